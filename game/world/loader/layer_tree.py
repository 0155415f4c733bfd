"""The map's layers in the order Tiled draws them, with what their groups add.

pytmx 3.32 lists layers by kind (all groups, then all tile layers, then image layers,
then object groups), not in file order, and it ignores what a group layer gives its
children. Tiled draws in file order, and a layer inside groups shows with the product
of their opacities, tints and parallax factors, the sum of their offsets, and only
while every group is visible. This module reads that from the XML tree (a .tmx, or
the tree `reading_json` makes from a .tmj), so `reading.py` can put pytmx's layers
back in order and hand the build the effective values.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from game.core.errors import ContentError

KINDS = {"layer": "tile", "imagelayer": "image", "objectgroup": "objects"}
Colour = tuple[int, int, int, int]  # RGBA 0..255
WHITE: Colour = (255, 255, 255, 255)
MAX_OFFSET = 1 << 16


@dataclass(frozen=True)
class LayerInfo:
    """One drawable layer (never a group) with its groups folded in."""

    kind: str  # "tile", "image" or "objects"
    index: int  # its place among the layers of its kind, as pytmx numbers them
    name: str
    visible: bool
    opacity: float
    offset: tuple[float, float]
    parallax: tuple[float, float]
    tint: Colour  # WHITE: no tint
    in_group: bool


@dataclass(frozen=True)
class _Inherited:
    visible: bool = True
    opacity: float = 1.0
    offset: tuple[float, float] = (0.0, 0.0)
    parallax: tuple[float, float] = (1.0, 1.0)
    tint: Colour = WHITE
    in_group: bool = False


def layer_infos(root: ET.Element, where: str) -> list[LayerInfo]:
    """Every tile, image and object layer of the `<map>` element, in draw order."""
    counts = dict.fromkeys(KINDS.values(), 0)
    out: list[LayerInfo] = []
    _walk(root, _Inherited(), counts, out, where)
    return out


def parallax_origin(root: ET.Element, where: str) -> tuple[float, float]:
    """The map's parallax origin (Tiled 1.8 `parallaxoriginx/y`, default 0, 0)."""
    return (_float(root, "parallaxoriginx", 0.0, where),
            _float(root, "parallaxoriginy", 0.0, where))


def _walk(node: ET.Element, above: _Inherited, counts: dict[str, int],
          out: list[LayerInfo], where: str) -> None:
    for child in node:
        if child.tag not in (*KINDS, "group"):
            continue
        label = f"{where}: layer '{child.get('name', '')}'"
        mine = _Inherited(
            visible=above.visible and child.get("visible", "1") != "0",
            opacity=above.opacity * _float(child, "opacity", 1.0, label, 0.0, 1.0),
            offset=(above.offset[0] + _float(child, "offsetx", 0.0, label),
                    above.offset[1] + _float(child, "offsety", 0.0, label)),
            parallax=(above.parallax[0] * _float(child, "parallaxx", 1.0, label),
                      above.parallax[1] * _float(child, "parallaxy", 1.0, label)),
            tint=_multiply(above.tint, tint_colour(child.get("tintcolor", ""), label)),
            in_group=above.in_group,
        )
        if child.tag == "group":
            _walk(child, _Inherited(mine.visible, mine.opacity, mine.offset, mine.parallax,
                                    mine.tint, True), counts, out, where)
            continue
        kind = KINDS[child.tag]
        out.append(LayerInfo(kind, counts[kind], child.get("name", ""), mine.visible,
                             mine.opacity, mine.offset, mine.parallax, mine.tint,
                             mine.in_group))
        counts[kind] += 1


def tint_colour(text: str, label: str) -> Colour:
    """Tiled's `#AARRGGBB` or `#RRGGBB` (empty: no tint)."""
    digits = text.strip().lstrip("#")
    if not digits:
        return WHITE
    try:
        value = int(digits, 16)
    except ValueError:
        value = -1
    if len(digits) == 6 and value >= 0:
        return ((value >> 16) & 255, (value >> 8) & 255, value & 255, 255)
    if len(digits) == 8 and value >= 0:
        return ((value >> 16) & 255, (value >> 8) & 255, value & 255, (value >> 24) & 255)
    raise ContentError(f"{label}: tint colour {text!r} should be #RRGGBB or #AARRGGBB")


def _multiply(a: Colour, b: Colour) -> Colour:
    return (a[0] * b[0] // 255, a[1] * b[1] // 255, a[2] * b[2] // 255, a[3] * b[3] // 255)


def _float(node: ET.Element, attr: str, default: float, label: str,
           low: float = -MAX_OFFSET, high: float = MAX_OFFSET) -> float:
    text = node.get(attr)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not low <= value <= high:
        raise ContentError(f"{label}: {attr}={text!r} must be a number from {low:g} to "
                           f"{high:g}")
    return value
