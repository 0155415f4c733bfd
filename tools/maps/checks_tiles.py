"""Checks on tilesets, images and cells: what pytmx (and Tiled) load without a word.

Every non-zero cell must fall in a tileset's gid range and have an image; every
tileset file and image must exist. A layer with many bad cells is reported once,
with the first cell and the count, so a shifted tileset does not bury the report.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pygame

from game.world.loader.build_layers import MAX_DRIFT
from tools.maps.checks_objects import condition_problems
from tools.maps.context import Project, Report
from tools.maps.tmx import Tileset, TmxMap


def check_tiles(project: Project, tmx: TmxMap, report: Report) -> None:
    where = project.rel(tmx.path)
    if not tmx.tilesets and any(any(layer.gids) for layer in tmx.tile_layers):
        report.error(where, "", "has tiles but no tileset")
    for ts in tmx.tilesets:
        _check_tileset(project, ts, where, report)
    _check_ranges(tmx, where, report)
    for layer_name, image in tmx.image_sources:
        if not image.is_file():
            report.error(where, f"image layer '{layer_name}'",
                         f"image {project.rel(image)} does not exist")
        elif not _decodes(image):
            report.error(where, f"image layer '{layer_name}'",
                         f"image {project.rel(image)} cannot be read as a picture")
    _check_layer_props(project, tmx, where, report)
    for layer in tmx.tile_layers:
        bad: list[tuple[int, int, int, str]] = []
        for index, gid in enumerate(layer.gids):
            if gid:
                reason = _cell_problem(tmx, gid)
                if reason:
                    bad.append((index % max(layer.width, 1), index // max(layer.width, 1),
                                gid, reason))
        if bad:
            x, y, gid, reason = bad[0]
            more = f" (and {len(bad) - 1} more cells)" if len(bad) > 1 else ""
            report.error(where, f"layer '{layer.name}'",
                         f"cell ({x}, {y}) uses tile id {gid}, {reason}{more}")


def _check_layer_props(project: Project, tmx: TmxMap, where: str, report: Report) -> None:
    """`lighting` on tile and image layers (shown only in those modes), `drift` on
    image layers (a scrolling lane), `when` on tile layers (there while it holds): the
    values the game accepts, nothing else."""
    lighting_modes = project.lighting_modes
    for kind, name, props in tmx.layer_props:
        label = f"{'image layer' if kind == 'imagelayer' else 'layer'} '{name}'"
        known = ("lighting", "drift") if kind == "imagelayer" else ("lighting", "when")
        for key in props:
            if key not in known:
                report.error(where, label, f"has the property '{key}', which a {kind} does "
                             f"not have (it may have: {', '.join(known)})")
        when = props["when"].value.strip() if "when" in props and kind == "layer" else ""
        if when:
            if "lighting" in props:
                report.error(where, label, "has both `when` and `lighting`; a layer with "
                             "`when` takes no `lighting` (give those tiles a layer of "
                             "their own)")
            for problem in condition_problems(project, when):
                report.error(where, label, f"when condition '{when}': {problem}")
        if "lighting" in props:
            modes = [m.strip() for m in props["lighting"].value.split(",") if m.strip()]
            wrong = [m for m in modes if m not in lighting_modes]
            if wrong or not modes:
                report.error(where, label, f"lighting '{props['lighting'].value}' should list "
                             f"some of {', '.join(lighting_modes)} (assets/lighting.json)")
        if "drift" in props:
            try:
                drift = float(props["drift"].value)
            except ValueError:
                drift = math.nan
            if not math.isfinite(drift) or abs(drift) > MAX_DRIFT:
                report.error(where, label, f"drift '{props['drift'].value}' should be pixels "
                             f"per second within +-{MAX_DRIFT:g}")


def _check_tileset(project: Project, ts: Tileset, where: str, report: Report) -> None:
    label = f"tileset '{ts.name or Path(ts.source).stem}'"
    if ts.error:
        report.error(where, label, ts.error)
        return
    if ts.source and not ts.source.startswith("../assets/tilesets/") and \
            "/assets/tilesets/" not in ts.source:
        report.warn(where, label, f"is {ts.source}; maps use tilesets from "
                    "../assets/tilesets/ so they open from a clone")
    if not ts.source:
        report.warn(where, label, "is embedded in the map; use an external .tsx from "
                    "assets/tilesets/ so every map shares one copy")
    if ts.image is not None and not ts.image.is_file():
        report.error(where, label, f"image {project.rel(ts.image)} does not exist")
    for tid, image in sorted(ts.tile_images.items()):
        if not image.is_file():
            report.error(where, label, f"tile {tid} image {project.rel(image)} does not exist")
    if ts.tile_size not in ((0, 0), (16, 16)):
        report.error(where, label, f"has {ts.tile_size[0]}x{ts.tile_size[1]} tiles; the game "
                     "uses 16x16")


def _check_ranges(tmx: TmxMap, where: str, report: Report) -> None:
    ordered = sorted(tmx.tilesets, key=lambda t: t.firstgid)
    for a, b in itertools.pairwise(ordered):
        if a.tilecount and a.firstgid + a.tilecount > b.firstgid:
            report.error(where, f"tileset '{b.name or b.source}'",
                         f"firstgid {b.firstgid} overlaps tileset '{a.name or a.source}' "
                         f"(gids {a.firstgid}-{a.firstgid + a.tilecount - 1})")


def _cell_problem(tmx: TmxMap, gid: int) -> str:
    ts = tmx.tileset_of(gid)
    if ts is None:
        return "which no tileset defines"
    local = gid - ts.firstgid
    if ts.error:
        return f"from tileset {ts.source}, which cannot be read"
    if ts.image is None and ts.tile_images:
        return "" if local in ts.tile_images else f"which tileset '{ts.name}' has no image for"
    if local >= ts.tilecount:
        return (f"past the end of tileset '{ts.name}' (it has {ts.tilecount} tiles from "
                f"gid {ts.firstgid})")
    if ts.image is None:
        return f"but tileset '{ts.name}' has no image"
    return ""


def _decodes(image: Path) -> bool:
    """Whether the picture decodes: the game reads a backdrop for a later hour only when
    it is first shown, so a broken file must be caught here, before a player meets it."""
    try:
        pygame.image.load(str(image))
    except (pygame.error, OSError):
        return False
    return True
