"""Object templates (.tx): pytmx keeps an object's template reference but not what the
template holds, so the reader fills it in from here. Plain XML, no pytmx."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.core.errors import ContentError


@dataclass(frozen=True)
class Template:
    """What a .tx file gives the objects made from it; the instance's own values win."""

    cls: str = ""
    type: str = ""
    name: str = ""
    width: float = 0.0
    height: float = 0.0
    properties: dict[str, Any] = field(default_factory=dict)


class Templates:
    """The templates one map uses, each file read once per load."""

    def __init__(self, map_path: Path) -> None:
        self._map_path = map_path
        self._cache: dict[Path, Template | None] = {}

    def get(self, source: str, object_id: int) -> Template | None:
        """The template `source` (relative to the map); None when it holds no object."""
        path = (self._map_path.parent / source).resolve()
        if path not in self._cache:
            self._cache[path] = self._read(path, source, object_id)
        return self._cache[path]

    def _read(self, path: Path, source: str, object_id: int) -> Template | None:
        where = f"{self._map_path.name}: object {object_id}: template {source}"
        try:
            node = ET.parse(path).getroot().find("object")
        except (OSError, ET.ParseError):
            raise ContentError(f"{self._map_path.name}: object {object_id}: cannot read "
                               f"template {source}") from None
        if node is None:
            return None
        holder = node.find("properties")
        props = {p.get("name", ""): _typed(p, where)
                 for p in (holder.findall("property") if holder is not None else ())}
        return Template(cls=node.get("class", ""), type=node.get("type", ""),
                        name=node.get("name", ""), width=_size(node, "width", where),
                        height=_size(node, "height", where), properties=props)


def _size(node: ET.Element, attr: str, where: str) -> float:
    text = node.get(attr, "0")
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise ContentError(f"{where}: {attr}={text!r} must be a size in pixels (0 or more)")
    return value


def _typed(prop: ET.Element, where: str) -> Any:
    """A property value as Tiled typed it; a bad value names the template and property."""
    value, kind = prop.get("value", prop.text or ""), prop.get("type", "string")
    name = prop.get("name", "")
    try:
        if kind == "bool":
            if value not in ("true", "false"):
                raise ValueError(value)
            return value == "true"
        if kind == "int":
            return int(value)
        if kind == "float":
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(value)
            return number
    except ValueError:
        raise ContentError(f"{where}: property '{name}' is {kind} but holds {value!r}") from None
    return value
