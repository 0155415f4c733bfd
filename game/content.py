"""The game's content registries, read from data files named in one manifest.

`assets/data/content.json` lists every dialogue script, the character and flag
registries and where a new game starts. Listing files explicitly (instead of
scanning folders) keeps the game working inside a pyinstaller bundle and lets
the linter report a file that is missing rather than silently skipping it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pygame

from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.dialogue.errors import ScriptError
from game.dialogue.flags import FlagDecl, load_declarations
from game.dialogue.program import Program, compile_sources
from game.expressions import EXPRESSIONS_FILE, ExpressionTable, parse_expressions
from game.ui.portrait import Portrait

MANIFEST = "assets/data/content.json"


@dataclass(frozen=True)
class CharacterInfo:
    id: str
    name: str  # the name scripts write before the colon
    sprite: str
    portrait: str | None
    voice: float = 1.0  # pitch of dialogue blips


@dataclass
class Content:
    """Everything read from the manifest; reloadable with F5."""

    title: str
    start_map: str
    start_spawn: str
    characters: dict[str, CharacterInfo]
    flag_decls: list[FlagDecl]
    script_paths: list[str]
    program: Program
    palette: dict[str, tuple[int, int, int]]
    lighting: dict[str, dict[str, Any]]
    expressions: ExpressionTable
    _by_name: dict[str, CharacterInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_name = {c.name.lower(): c for c in self.characters.values()}

    def speaker(self, name: str) -> CharacterInfo | None:
        """Character for a script speaker name ("J'onn") or id ("jonn")."""
        return self._by_name.get(name.lower()) or self.characters.get(name.lower())


def load_content(assets: AssetResolver) -> Content:
    manifest = assets.json(MANIFEST)
    try:
        start = manifest["start"]
        scripts = list(manifest["scripts"])
        title = str(manifest.get("title", "Red Sun over Daxam"))
    except (KeyError, TypeError) as err:
        raise ContentError(f"{MANIFEST}: missing entry {err}") from None
    characters = _characters(assets.json(manifest.get("characters", "assets/data/characters.json")))
    flags_file = manifest.get("flags", "assets/data/flags.json")
    flag_decls = load_declarations(assets.text(flags_file), flags_file)
    program = load_program(assets, scripts)
    palette = {k: tuple(v) for k, v in assets.json("assets/data/palette.json").items()}
    lighting = assets.json("assets/lighting.json")
    expressions_file = manifest.get("expressions", EXPRESSIONS_FILE)
    expressions = parse_expressions(assets.json(expressions_file), expressions_file)
    return Content(
        title=title,
        start_map=str(start["map"]),
        start_spawn=str(start["spawn"]),
        characters=characters,
        flag_decls=flag_decls,
        script_paths=scripts,
        program=program,
        palette=palette,  # type: ignore[arg-type]
        lighting=lighting,
        expressions=expressions,
    )


def load_program(assets: AssetResolver, scripts: list[str]) -> Program:
    sources = [(path, assets.text(path)) for path in scripts]
    try:
        return compile_sources(sources)
    except ScriptError as err:
        raise ContentError(str(err)) from None


def _characters(data: Any) -> dict[str, CharacterInfo]:
    if not isinstance(data, dict):
        raise ContentError("assets/data/characters.json: expected an object of characters")
    result: dict[str, CharacterInfo] = {}
    for cid, info in data.items():
        try:
            result[cid] = CharacterInfo(
                id=cid,
                name=str(info["name"]),
                sprite=str(info.get("sprite", cid)),
                portrait=info.get("portrait", cid),
                voice=float(info.get("voice", 1.0)),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ContentError(f"assets/data/characters.json: character '{cid}': {err}") from None
    return result


def portrait_frame(assets: AssetResolver, info: CharacterInfo, tags: tuple[str, ...],
                   expressions: ExpressionTable) -> Portrait | None:
    """The portrait for a line: the first tag that names an expression, else neutral."""
    if not info.portrait:
        return None
    return load_portrait(assets, info.portrait, expressions.pick(tags), expressions)


def load_portrait(assets: AssetResolver, sheet_name: str, expression: str,
                  table: ExpressionTable) -> Portrait:
    """The frames of one expression from `assets/portraits/<sheet_name>.png`.

    A sheet with fewer columns or rows than the table (an older or hand-made one)
    falls back to its neutral column and its still row rather than failing.
    """
    path = f"assets/portraits/{sheet_name}.png"
    sheet = assets.image(path)
    size = table.size
    if sheet.get_width() < size or sheet.get_height() < size:
        raise ContentError(f"{path}: {sheet.get_width()}x{sheet.get_height()} is smaller than "
                           f"one {size}x{size} portrait frame (see {EXPRESSIONS_FILE})")
    columns = max(1, sheet.get_width() // size)
    rows = max(1, sheet.get_height() // size)
    column = table.column(expression)
    if column >= columns:
        column = 0

    def cell(row_name: str) -> pygame.Surface:
        row = table.row(row_name)
        if row >= rows:
            row = 0
        return sheet.subsurface((column * size, row * size, size, size))

    return Portrait(cell("still"), cell("blink"), cell("talk"))
