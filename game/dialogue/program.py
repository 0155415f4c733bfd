"""Compiling script texts into a ``Program``: the set of nodes the runner plays.

The caller reads the files (from ``assets/dialogue/`` or a bundle) and passes their
text, so this module does no I/O and tests can compile strings directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from game.dialogue.errors import RunnerError, ScriptError, ScriptErrors
from game.dialogue.model import Node
from game.dialogue.nodes import split_nodes
from game.dialogue.parser import parse_node
from game.dialogue.typecheck import check_node


@dataclass(frozen=True)
class Program:
    """Compiled nodes by title, in the order they appear in the sources."""

    nodes: Mapping[str, Node]

    def node(self, title: str) -> Node:
        """The node called ``title``; ``RunnerError`` names it if it does not exist."""
        try:
            return self.nodes[title]
        except KeyError:
            raise RunnerError(f"no dialogue node named '{title}'") from None

    def __contains__(self, title: object) -> bool:
        return title in self.nodes

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(self.nodes)


def parse_source(path: str, text: str) -> tuple[list[Node], list[ScriptError]]:
    """Nodes of one file plus every error found in it (does not raise)."""
    errors: list[ScriptError] = []
    nodes = []
    for raw in split_nodes(path, text, errors):
        node = parse_node(raw, errors)
        nodes.append(node)
    if not errors:  # type checks only make sense on a tree without holes
        for node in nodes:
            errors.extend(check_node(node))
    return nodes, errors


def compile_sources(sources: Iterable[tuple[str, str]]) -> Program:
    """Compile ``(path, text)`` pairs; raises ``ScriptErrors`` listing every problem."""
    errors: list[ScriptError] = []
    nodes: dict[str, Node] = {}
    for path, text in sources:
        file_nodes, file_errors = parse_source(path, text)
        errors.extend(file_errors)
        for node in file_nodes:
            earlier = nodes.get(node.title)
            if earlier is not None:
                errors.append(ScriptError.at(
                    node.loc, f"node '{node.title}' is defined twice (also at "
                    f"{earlier.loc.path}:{earlier.loc.line})"))
                continue
            nodes[node.title] = node
    if errors:
        raise ScriptErrors(errors)
    return Program(MappingProxyType(nodes))
