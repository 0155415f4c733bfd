"""Object templates (.tx): pytmx keeps an object's template reference but not what
the template holds, so the loader fills it in here before reading objects."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytmx

from game.core.errors import ContentError


def apply_templates(tmx: pytmx.TiledMap, path: Path) -> None:
    """Fill class/type, name, size and properties from each object's .tx template;
    what the instance sets itself wins (pytmx keeps the reference but not the content)."""
    cache: dict[Path, ET.Element | None] = {}
    for group in tmx.objectgroups:
        for obj in group:
            source = getattr(obj, "template", None)
            if not source:
                continue
            tx = (path.parent / source).resolve()
            if tx not in cache:
                try:
                    cache[tx] = ET.parse(tx).getroot().find("object")
                except (OSError, ET.ParseError):
                    raise ContentError(f"{path.name}: object {obj.id}: cannot read template "
                                       f"{source}") from None
            node = cache[tx]
            if node is None:
                continue
            for attr in ("class", "type", "name"):
                if node.get(attr) and not getattr(obj, attr, None):
                    setattr(obj, attr, node.get(attr))
            for attr in ("width", "height"):
                if node.get(attr) and not getattr(obj, attr, 0):
                    setattr(obj, attr, float(node.get(attr, "0")))
            holder = node.find("properties")
            for prop in holder.findall("property") if holder is not None else ():
                obj.properties.setdefault(prop.get("name", ""), _typed(prop))


def _typed(prop: ET.Element) -> Any:
    value, kind = prop.get("value", prop.text or ""), prop.get("type", "string")
    if kind == "bool":
        return value == "true"
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return value
