"""Map checks for staging: an NPC's `pose`, a Prop's `item` and a Crowd's pool and
focus name things that exist (the pose and item registries, the cast, the map's
Spawns), so a typo is a lint error with the object's name, not a surprise in play."""

from __future__ import annotations

from tools.maps.context import MANIFEST, Project, Report, read_json
from tools.maps.tmx import MapObject, TmxMap

REGISTRIES = {"pose": ("poses", "poses"), "item": ("items", "items")}  # manifest key, field


def registry_names(project: Project, kind: str) -> frozenset[str] | None:
    """The names of the pose or item registry, or None when it cannot be read."""
    key, field = REGISTRIES[kind]
    manifest = read_json(project.root, MANIFEST)
    path = manifest.get(key) if isinstance(manifest, dict) else None
    data = read_json(project.root, str(path)) if path else None
    if isinstance(data, dict) and isinstance(data.get(field), dict):
        return frozenset(data[field])
    return None


def check_staging(project: Project, tmx: TmxMap, obj: MapObject, where: str,
                  report: Report) -> None:
    def text(key: str) -> str:
        prop = obj.props.get(key)
        return str(prop.value).strip() if prop is not None else ""

    for kind, key in (("pose", "pose"), ("item", "item")):
        value = text(key)
        known = registry_names(project, kind) if value else None
        if value and known is not None and value not in known:
            report.error(where, obj.label, f"{kind} '{value}' is not in the {kind} registry "
                         f"(known: {', '.join(sorted(known))})")
    if obj.cls != "Crowd":
        return
    pool = [p.strip() for p in text("pool").split(",") if p.strip()]
    if not pool:
        report.error(where, obj.label, "a Crowd needs a pool of character ids")
    for cid in pool:
        if project.characters and cid not in project.characters:
            report.error(where, obj.label, f"crowd pool: '{cid}' is not a character id "
                         "of assets/data/characters.json")
    focus = text("focus")
    if focus and focus not in tmx.spawn_names:
        report.error(where, obj.label, f"crowd focus '{focus}' is not a Spawn on this map")
    if not obj.name:
        report.error(where, obj.label, "a Crowd needs a Name (scripts switch it by name)")
