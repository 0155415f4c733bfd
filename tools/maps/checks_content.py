"""Lint the content data files the manifest lists besides maps and scripts: the
flight's words and flags, the credits, the title menu, the emotes and the start.

The game's own loaders do the checking (one set of rules, no second copy that could
drift); the linter only turns their `ContentError` into a finding with the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from game.content import MANIFEST
from game.content_chapters import parse_chapters
from game.content_credits import credit_checks, load_credits, uncredited
from game.content_flight_loader import check_flag_writes
from game.content_parts import load_emotes, load_title_menu, parse_start
from game.content_staging import load_poses, parse_items
from game.core.assets import AssetResolver
from game.core.datafile import Entry
from game.core.errors import ContentError, GameError
from game.devtools.map_index import spawn_names
from game.dialogue.errors import DialogueError
from game.dialogue.flags import FlagDecl, load_declarations
from game.flight.registry import load_flight
from game.world.loader import resolve_map_path
from tools.maps.context import Report

Loaded = dict[str, tuple[str, object]]  # manifest key -> (its file, what it loaded as)


def check_content_data(root: Path, report: Report) -> Loaded:
    """Check every data entry the manifest names (a fixture may name only some); return
    what loaded, so that later checks (the credits' music) read no file a second time."""
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}  # load_project has reported it
    if not isinstance(manifest, dict):
        return {}
    assets = AssetResolver(root)
    characters = _characters(root, manifest)
    names = {cid: str(info.get("name", cid)) if isinstance(info, dict) else cid
             for cid, info in characters.items()}
    checks: dict[str, Callable[[str], object]] = {
        "flight": lambda path: _flight(assets, root, manifest, path),
        "credits": lambda path: _credits(assets, root, characters, names, path, report),
        "title_menu": lambda path: load_title_menu(assets, path),
        "emotes": lambda path: load_emotes(assets, path),
        "poses": lambda path: load_poses(assets, path),
        "items": lambda path: parse_items(assets.json(path), path),
        "chapters": lambda path: _chapters(assets, root, manifest, characters, path),
    }
    loaded: Loaded = {}
    for key, check in checks.items():
        if key in manifest:
            path = str(manifest[key])
            found = _run(report, path, partial(check, path))
            if found is not None:
                loaded[key] = (path, found)
    _check_character_files(root, str(manifest.get("characters", CHARACTERS)), characters,
                           report)
    start = manifest.get("start")
    if isinstance(start, dict) and ("player" in start or "act" in start):
        _run(report, MANIFEST, partial(parse_start, Entry(MANIFEST, start, "start"), characters))
    return loaded


CHARACTERS = "assets/data/characters.json"


def _check_character_files(root: Path, file: str, characters: dict[str, Any],
                           report: Report) -> None:
    """Each character's walking sheet and face exist where the game looks for them
    (checked where the data root has those folders; a linter fixture may not)."""
    sheets, faces = root / "assets" / "sprites" / "characters", root / "assets" / "portraits"
    if not sheets.is_dir() or not faces.is_dir():
        return
    for cid, info in characters.items():
        if not isinstance(info, dict):
            continue
        sprite = str(info.get("sprite", cid))
        if not (root / "assets" / "sprites" / "characters" / f"{sprite}.png").is_file():
            report.error(file, f"character '{cid}'", f"sprite '{sprite}' needs "
                         f"assets/sprites/characters/{sprite}.png, which does not exist")
        portrait = info.get("portrait", cid)
        if portrait and not (root / "assets" / "portraits" / f"{portrait}.png").is_file():
            report.error(file, f"character '{cid}'", f"portrait '{portrait}' needs "
                         f"assets/portraits/{portrait}.png, which does not exist (or write "
                         '"portrait": null for no face)')


def _credits(assets: AssetResolver, root: Path, characters: dict[str, Any],
             names: dict[str, str], path: str, report: Report) -> None:
    """The roll's own checks (maps, lights, tracks, characters: errors), and a warning
    for a character of characters.json in neither the cast nor the crowd list, so a
    new NPC is not forgotten at the end (the story's tests hold the real game to it)."""
    checks = credit_checks(assets, characters, names,
                           lambda name: resolve_map_path(root / "maps", name).is_file())
    credits = load_credits(assets, checks, path)
    missing = uncredited(credits, characters, names)
    if missing:
        report.warn(path, "cast", f"{', '.join(missing)} appear in characters.json but not "
                    "in the credits; give each a cast row or list it in 'crowd'")


def _flight(assets: AssetResolver, root: Path, manifest: dict[str, Any], path: str) -> None:
    script = load_flight(assets, path)
    flags_file = str(manifest.get("flags", "assets/data/flags.json"))
    try:
        decls = load_declarations((root / flags_file).read_text(encoding="utf-8"), flags_file)
    except (OSError, DialogueError):
        return  # load_project has reported the flag file
    check_flag_writes(script, {d.name: d for d in decls})


def _chapters(assets: AssetResolver, root: Path, manifest: dict[str, Any],
              characters: dict[str, Any], path: str) -> None:
    """Each act's values fit their flags (the game's own reader); its map and spawn exist."""
    chapters = parse_chapters(assets.text(path), path, _declarations(root, manifest), characters)
    for chapter in chapters.acts:
        where = f"act {chapter.act}"
        map_path = resolve_map_path(root / "maps", chapter.map)
        if not map_path.is_file():
            raise ContentError(f"{path}: {where}: there is no map '{chapter.map}' in maps/")
        if chapter.spawn not in spawn_names(map_path):
            raise ContentError(f"{path}: {where}: map '{chapter.map}' has no Spawn named "
                               f"'{chapter.spawn}'")


def _declarations(root: Path, manifest: dict[str, Any]) -> dict[str, FlagDecl]:
    flags_file = str(manifest.get("flags", "assets/data/flags.json"))
    try:
        decls = load_declarations((root / flags_file).read_text(encoding="utf-8"), flags_file)
    except (OSError, DialogueError):
        return {}  # load_project has reported the flag file
    return {d.name: d for d in decls}


def _characters(root: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads((root / str(manifest.get("characters", "assets/data/characters.json")))
                          .read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _run(report: Report, fallback_file: str, check: Callable[[], object]) -> object | None:
    """What the check loaded, or None after reporting why it could not."""
    try:
        return check()
    except GameError as err:
        message = str(err)
        file, sep, rest = message.partition(": ")
        if sep and file.split(":")[0].endswith(".json"):  # "x.json" or "x.json:12:5"
            report.error(file, "", rest)
        else:
            report.error(fallback_file, "", message)
        return None
