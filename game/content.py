"""The game's content registries, read from data files named in one manifest.

`assets/data/content.json` lists every dialogue script, the character and flag
registries, the flight's words, the credits, the title menu, the emotes and where
a new game starts (docs/CONTENT.md). Listing files explicitly (instead of
scanning folders) keeps the game working inside a pyinstaller bundle and lets
the linter report a file that is missing rather than silently skipping it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, TypeVar

import pygame

from game.content_parts import (
    EMOTES,
    TITLE,
    Emotes,
    MenuText,
    Start,
    load_emotes,
    load_title_menu,
    parse_start,
)
from game.core.assets import AssetResolver
from game.core.datafile import Entry
from game.core.errors import ContentError
from game.dialogue.flags import FlagDecl, load_declarations

if TYPE_CHECKING:  # the story's, the chapters' and the credits' modules: when they are read
    from game.content_chapters import Chapters
    from game.content_credits import Credits
    from game.content_flight import FlightScript, StageWords
    from game.content_staging import ItemTable, PoseTable
    from game.core.expressions import ExpressionTable
    from game.core.portrait import Portrait
    from game.dialogue.program import Program

T = TypeVar("T")

MANIFEST = "assets/data/content.json"


class CharacterInfo(NamedTuple):
    id: str
    name: str  # the name scripts write before the colon
    sprite: str
    portrait: str | None
    voice: float = 1.0  # pitch of dialogue blips


class Story(NamedTuple):
    """What only play needs: the compiled scripts and the registries the world, the
    portraits and the flight read."""

    program: Program
    palette: dict[str, tuple[int, int, int]]
    lighting: dict[str, dict[str, Any]]
    expressions: ExpressionTable
    flight: FlightScript
    emotes: Emotes
    poses: PoseTable
    items: ItemTable


@dataclass
class Content:
    """Everything read from the manifest; reloadable with F5.

    The title screen needs only the first fields. The story (scripts, flight words,
    emotes, poses, items...) is read by `story()`, at once by `load_content` unless it
    is asked to wait (`lazy=True`, the game: the flow reads it on New Game, Continue,
    Load, a chapter or `--map`, so the title's first frame never waits for it).
    """

    title: str
    start: Start
    characters: dict[str, CharacterInfo]
    flag_decls: list[FlagDecl]
    script_paths: list[str]
    title_menu: Mapping[str, MenuText]
    read_story: Callable[[], Story] = field(repr=False)
    read_credits: Callable[[], Credits] = field(repr=False)
    read_chapters: Callable[[], Chapters] = field(repr=False)
    _story: Story | None = field(default=None, repr=False)
    _chapters: Chapters | None = field(default=None, repr=False)
    _credits: Credits | None = field(default=None, repr=False)
    _by_name: dict[str, CharacterInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the first character of a name is the speaker: outfit variants listed after
        # it (lena_jacket) share the name without taking over its portrait
        for c in self.characters.values():
            self._by_name.setdefault(c.name.lower(), c)

    def story(self) -> Story:
        """The story's registries, read (and checked) the first time they are asked for."""
        if self._story is None:
            self._story = self.read_story()
        return self._story

    @property
    def chapters(self) -> Chapters:
        """Where each act starts (`--act`, the chapter menu), read and checked when first
        asked for: the title asks only once the story has been finished."""
        if self._chapters is None:
            self._chapters = self.read_chapters()
        return self._chapters

    @property
    def credits(self) -> Credits:
        """The credits roll, read (and checked) when it is first asked for: a broken
        credits.json is the roll's error panel, never a game that will not start."""
        if self._credits is None:
            self._credits = self.read_credits()
        return self._credits

    @property
    def program(self) -> Program:
        return self.story().program

    @property
    def palette(self) -> dict[str, tuple[int, int, int]]:
        return self.story().palette

    @property
    def lighting(self) -> dict[str, dict[str, Any]]:
        return self.story().lighting

    @property
    def expressions(self) -> ExpressionTable:
        return self.story().expressions

    @property
    def flight(self) -> FlightScript:
        return self.story().flight

    @property
    def emotes(self) -> Emotes:
        return self.story().emotes

    @property
    def poses(self) -> PoseTable:
        return self.story().poses

    @property
    def items(self) -> ItemTable:
        return self.story().items

    @property
    def start_map(self) -> str:
        return self.start.map

    @property
    def start_spawn(self) -> str:
        return self.start.spawn

    def speaker(self, name: str) -> CharacterInfo | None:
        """Character for a script speaker name ("J'onn") or id ("jonn")."""
        return self._by_name.get(name.lower()) or self.characters.get(name.lower())


StageWordsSource: TypeAlias = "Mapping[str, StageWords] | Callable[[], Mapping[str, StageWords]]"


def load_content(assets: AssetResolver, stage_words: StageWordsSource,
                 lazy: bool = False) -> Content:
    """Read the manifest and everything it names. `stage_words` is what each flight
    stage's rules need from its data (`game.flight.registry.STAGE_WORDS`, or a function
    that imports it only when the story is read): the content layer sits below the
    minigame, so the caller hands it down. `lazy` leaves the story for `story()` and
    the chapters for their first reader."""
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
    names = {cid: c.name for cid, c in characters.items()}

    def read_story() -> Story:
        from game.content_flight import FLIGHT_DATA
        from game.content_flight_loader import check_flag_writes, load_flight_script
        from game.content_staging import EMPTY_ITEMS, EMPTY_POSES, load_poses, parse_items
        from game.core.expressions import EXPRESSIONS_FILE, parse_expressions

        words = stage_words() if callable(stage_words) else stage_words
        flight = load_flight_script(assets, words, str(manifest.get("flight", FLIGHT_DATA)))
        check_flag_writes(flight, {d.name: d for d in flag_decls})
        expressions_file = manifest.get("expressions", EXPRESSIONS_FILE)
        return Story(
            program=load_program(assets, scripts),
            palette={k: tuple(v) for k, v in assets.json("assets/data/palette.json").items()},
            lighting=assets.json("assets/lighting.json"),
            expressions=parse_expressions(assets.json(expressions_file), expressions_file),
            flight=flight,
            emotes=load_emotes(assets, str(manifest.get("emotes", EMOTES))),
            poses=load_poses(assets, str(manifest["poses"])) if "poses" in manifest
            else EMPTY_POSES,
            items=_optional(assets, manifest, "items", parse_items, EMPTY_ITEMS),
        )

    content = Content(
        title=title,
        start=parse_start(Entry(MANIFEST, start, "start"), characters),
        characters=characters,
        flag_decls=flag_decls,
        script_paths=scripts,
        read_credits=partial(_read_credits, assets, manifest, characters, names),
        title_menu=load_title_menu(assets, str(manifest.get("title_menu", TITLE))),
        read_story=read_story,
        read_chapters=partial(_read_chapters, assets, manifest, flag_decls, characters),
    )
    if not lazy:
        content.story()
        content.chapters  # noqa: B018 (read now: a broken file fails the load)
    return content


def _read_chapters(assets: AssetResolver, manifest: Mapping[str, Any],
                   flag_decls: list[FlagDecl], characters: Mapping[str, CharacterInfo]
                   ) -> Chapters:
    from game.content_chapters import NO_CHAPTERS, parse_chapters

    if "chapters" not in manifest:
        return NO_CHAPTERS
    path = str(manifest["chapters"])
    return parse_chapters(assets.text(path), path, {d.name: d for d in flag_decls}, characters)


def _optional(assets: AssetResolver, manifest: dict[str, Any], key: str,
              parse: Callable[[object, str], T], empty: T) -> T:
    """A registry the manifest may leave out (a test slice): then it is empty."""
    if key not in manifest:
        return empty
    path = str(manifest[key])
    return parse(assets.json(path), path)


def _read_credits(assets: AssetResolver, manifest: Mapping[str, Any],
                  characters: Mapping[str, CharacterInfo], names: Mapping[str, str]) -> Credits:
    """The roll, when the credits are first shown (its parser is not on the title's path)."""
    from game.content_credits import CREDITS, credit_checks, load_credits

    checks = credit_checks(assets, characters, names, partial(_map_exists, assets))
    return load_credits(assets, checks, str(manifest.get("credits", CREDITS)))


def _map_exists(assets: AssetResolver, name: str) -> bool:
    """A map the credits may show: maps/<name>.tmx (or .tmj/.json, as the loader finds it)."""
    return any((assets.maps_dir / f"{name}{suffix}").is_file()
               for suffix in (".tmx", ".tmj", ".json"))


def load_program(assets: AssetResolver, scripts: list[str]) -> Program:
    from game.dialogue.errors import ScriptError
    from game.dialogue.program import compile_sources

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
    from game.core.expressions import EXPRESSIONS_FILE
    from game.core.portrait import Portrait

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
