"""Music and ambience names in maps and scripts, checked against the audio registry.

A map's `music` and `ambience` properties and a Music object's `music` must name
an entry of `assets/data/audio.json`, or the player hears silence where the
mapper meant a theme. The scripts' `<<music>>`, `<<ambience>>` and `<<sfx>>` names
are checked by the command declarations against the same registry
(`checks_scripts.command_names` uses `load_audio` and `known_music` from here).
A tree without the registry (the linter's own test fixtures) skips these checks;
a registry that does not parse is an error.
"""

from __future__ import annotations

import json
from pathlib import Path

from game.audio_registry import REGISTRY, AudioRegistry, parse_registry
from game.core.errors import ContentError
from tools.maps.context import Project, Report
from tools.maps.tmx import TmxMap


def load_audio(root: Path, report: Report) -> AudioRegistry | None:
    """The registry, or None when the tree has none (or it is broken: reported)."""
    path = root / REGISTRY
    if not path.is_file():
        return None
    try:
        return parse_registry(json.loads(path.read_text(encoding="utf-8")), REGISTRY)
    except json.JSONDecodeError as err:
        report.error(REGISTRY, "", f"line {err.lineno}: not valid JSON ({err.msg})")
    except ContentError as err:
        report.error(REGISTRY, "", str(err).split(": ", 1)[-1])
    return None


def known_music(registry: AudioRegistry) -> frozenset[str]:
    """Every name a `music` property or `<<music NAME>>` may use (aliases, "none")."""
    return registry.known_music()


def known_ambience(registry: AudioRegistry) -> frozenset[str]:
    return registry.known_ambience()


def check_map_audio(project: Project, tmx: TmxMap, registry: AudioRegistry | None,
                    report: Report) -> None:
    if registry is None:
        return
    where = project.rel(tmx.path)
    for key, known in (("music", known_music(registry)), ("ambience", known_ambience(registry))):
        prop = tmx.props.get(key)
        if prop is not None and prop.value and prop.value not in known:
            report.error(where, "map properties", _unknown(key, prop.value, known))
    for obj in tmx.objects:
        prop = obj.props.get("music")
        if obj.cls == "Music" and prop is not None and prop.value \
                and prop.value not in known_music(registry):
            report.error(where, obj.label, _unknown("music", prop.value, known_music(registry)))


def _unknown(kind: str, name: str, known: frozenset[str]) -> str:
    return (f"{kind} '{name}' is not in {REGISTRY} (known: "
            f"{', '.join(sorted(known))})")
