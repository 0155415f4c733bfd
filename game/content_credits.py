"""The credits roll as data: `assets/data/credits.json`, parsed once into typed rows,
backdrop scenes and the final still.

Everything a writer changes is in the file: the sections and the cast (a character id
from characters.json, so the row can show the dialogue box's portrait), the music
titles (one per track of `assets/data/audio.json`'s music, as the player hears it),
the game scenes behind the roll (a map, a camera pan in tiles, a light from
`assets/lighting.json`, seconds) and the still the roll ends on. Every value is
checked here, so a typo is a `ContentError` naming the file and the entry: the
linter reports it, and the game shows it in the error panel instead of rolling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from game.audio_registry import REGISTRY, parse_registry
from game.content_staging import POSES_FILE, load_poses
from game.core.assets import AssetResolver
from game.core.datafile import Entry, choice
from game.core.errors import GameError

CREDITS = "assets/data/credits.json"
LIGHTING = "assets/lighting.json"
MAX_CREDIT = 56  # fits the 480 px screen in the small font with a margin
MAX_TILE = 500.0  # no map is wider or taller than this many tiles
MAX_SECONDS = 120.0
FACINGS = ("down", "left", "right", "up")

RowKind = Literal["logo", "title", "head", "line", "cast", "track", "gap"]


@dataclass(frozen=True)
class CreditRow:
    """One row of the scroll; a cast row shows `text` (the name) beside `role` and the
    portrait of `who`; a track row shows the title the player hears (`text`)."""

    kind: RowKind
    text: str = ""  # for a logo row: the picture's path
    role: str = ""
    who: str = ""  # character id (cast rows) or music track name (track rows)


@dataclass(frozen=True)
class BackdropScene:
    """A view of the game behind the roll: the camera centre pans from `start` to `end`
    (in tiles) over `seconds` under the light `light` ("" keeps the map's own)."""

    map: str
    start: tuple[float, float]
    end: tuple[float, float]
    light: str
    seconds: float


@dataclass(frozen=True)
class Actor:
    """Someone standing in the final still: a character id, a tile, a facing."""

    who: str
    at: tuple[float, float]
    facing: str
    pose: str = ""  # a pose of assets/data/poses.json ("" stands)


@dataclass(frozen=True)
class FinalImage:
    """The still the roll ends on: a staged view of a map with a few actors and the
    closing lines, held for `seconds` before the title."""

    scene: BackdropScene
    actors: tuple[Actor, ...]
    lines: tuple[str, ...]
    zoom: int = 1  # whole-number scale: the family close up, its pixels crisp


@dataclass(frozen=True)
class Credits:
    rows: tuple[CreditRow, ...]
    music: str = ""  # the track the roll plays ("" keeps what is playing)
    scenes: tuple[BackdropScene, ...] = ()
    final: FinalImage | None = None
    crowd: tuple[str, ...] = ()  # characters credited as a crowd line, not a cast row


@dataclass(frozen=True)
class CreditChecks:
    """What the roll may name, for the checks: the characters, the maps that exist,
    the lighting modes and the music tracks. None skips that check (a test slice)."""

    characters: Mapping[str, object]
    names: Mapping[str, str]
    map_exists: Callable[[str], bool] | None = None
    lights: Iterable[str] | None = None
    music: Iterable[str] | None = None
    poses: Iterable[str] | None = None


def credit_checks(assets: AssetResolver, characters: Mapping[str, object],
                  names: Mapping[str, str], map_exists: Callable[[str], bool] | None
                  ) -> CreditChecks:
    """The checks against the real registries of a data root (lighting, audio)."""
    lights = music = poses = None
    if (assets.root / LIGHTING).is_file():
        lights = tuple(assets.json(LIGHTING))
    if (assets.root / REGISTRY).is_file():
        music = tuple(parse_registry(assets.json(REGISTRY)).music)
    if (assets.root / POSES_FILE).is_file():
        try:
            poses = load_poses(assets).names
        except GameError:
            poses = None  # poses.json's own check reports it, once; names go unchecked here
    return CreditChecks(characters, names, map_exists, lights, music, poses)


def load_credits(assets: AssetResolver, checks: CreditChecks, path: str = CREDITS) -> Credits:
    """The roll: a title (or its logo), sections (a head and lines, a cast list of
    character ids with their parts, or the music tracks with their titles), the
    scenes behind it, a crowd list, then the final still with its closing lines."""
    top = Entry(path, assets.json(path)).as_object(
        {"title", "logo", "music", "sections", "scenes", "crowd", "final", "closing"},
        ("title", "sections"))
    rows: list[CreditRow] = [CreditRow("title", top.get("title").text(MAX_CREDIT))]
    if top.has("logo"):  # the title's picture in place of its words
        logo = top.get("logo").text(200)
        try:
            found = logo.endswith(".png") and assets.path(logo).is_file()
        except GameError:
            found = False
        if not found:
            raise top.get("logo").error(f"there is no picture '{logo}' (a .png under assets/)")
        rows = [CreditRow("logo", logo, top.get("title").text(MAX_CREDIT))]
    for section in top.get("sections").elements(100):
        rows += _section(section, checks)
    music = top.get("music").text(40) if top.has("music") else ""
    if music and checks.music is not None and music not in tuple(checks.music):
        raise top.get("music").error(_unknown("music track", music, checks.music, REGISTRY))
    scenes = tuple(_scene(e, checks) for e in top.get("scenes").elements(40)) \
        if top.has("scenes") else ()
    crowd = tuple(_character(e, checks) for e in top.get("crowd").elements(200)) \
        if top.has("crowd") else ()
    final = _final(top.get("final"), checks) if top.has("final") else None
    if top.has("closing"):  # an older file: closing lines scroll at the end
        rows += [CreditRow("gap"), CreditRow("gap")]
        rows += [CreditRow("line", e.text(MAX_CREDIT)) for e in top.get("closing").elements()]
    return Credits(tuple(rows), music, scenes, final, crowd)


def uncredited(credits: Credits, characters: Mapping[str, object],
               names: Mapping[str, str]) -> list[str]:
    """Characters neither in the cast nor in the crowd list; an outfit variant
    (lena_jacket) is credited by its name's cast row."""
    cast = {row.who for row in credits.rows if row.kind == "cast"}
    cast_names = {names.get(who, who) for who in cast}
    return [cid for cid in characters if cid not in cast and cid not in credits.crowd
            and names.get(cid, cid) not in cast_names]


# -- helpers ----------------------------------------------------------------------------

def _section(section: Entry, checks: CreditChecks) -> list[CreditRow]:
    section.as_object({"head", "lines", "cast", "tracks"}, ("head",))
    bodies = [key for key in ("lines", "cast", "tracks") if section.has(key)]
    if len(bodies) != 1:
        raise section.error("a section has one of 'lines', 'cast' or 'tracks'")
    rows = [CreditRow("gap"), CreditRow("head", section.get("head").text(MAX_CREDIT))]
    body = section.get(bodies[0])
    if bodies[0] == "lines":
        return rows + [CreditRow("line", e.text(MAX_CREDIT)) for e in body.elements()]
    if bodies[0] == "cast":
        return rows + [_cast_row(e, checks) for e in body.elements()]
    tracks = [_track_row(e, checks) for e in body.elements()]
    if checks.music is not None:
        listed = [row.who for row in tracks]
        missing = [name for name in checks.music if name not in listed]
        if missing:
            raise body.error(f"every music track needs its title here; missing: "
                             f"{', '.join(missing)} (see {REGISTRY})")
        twice = sorted({name for name in listed if listed.count(name) > 1})
        if twice:
            raise body.error(f"tracks listed twice: {', '.join(twice)}")
    return rows + tracks


def _cast_row(entry: Entry, checks: CreditChecks) -> CreditRow:
    entry.as_object({"who", "as", "name"}, ("who", "as"))
    who = _character(entry.get("who"), checks)
    name = entry.get("name").text(28) if entry.has("name") else checks.names.get(who, who)
    return CreditRow("cast", name, entry.get("as").text(28), who)


def _track_row(entry: Entry, checks: CreditChecks) -> CreditRow:
    entry.as_object({"track", "title"}, ("track", "title"))
    track = entry.get("track").text(40)
    if checks.music is not None and track not in tuple(checks.music):
        raise entry.get("track").error(_unknown("music track", track, checks.music, REGISTRY))
    return CreditRow("track", entry.get("title").text(MAX_CREDIT), who=track)


def _character(entry: Entry, checks: CreditChecks) -> str:
    who = entry.text(40)
    if who not in checks.characters:
        raise entry.error(f"unknown character '{who}' (see characters.json)")
    return who


def _scene(entry: Entry, checks: CreditChecks, extra: Iterable[str] = ()) -> BackdropScene:
    entry.as_object({"map", "at", "from", "to", "light", "seconds", *extra}, ("map", "seconds"))
    name = entry.get("map").text(80)
    if checks.map_exists is not None and not checks.map_exists(name):
        raise entry.get("map").error(f"there is no map '{name}' in maps/")
    if entry.has("at") == (entry.has("from") or entry.has("to")):
        raise entry.error("a scene has either 'at' (a still camera) or 'from' and 'to' (a pan)")
    if entry.has("at"):
        start = end = _tile(entry.get("at"))
    else:
        start, end = _tile(entry.get("from")), _tile(entry.get("to"))
    light = entry.get("light").text(20) if entry.has("light") else ""
    if light and checks.lights is not None and light not in tuple(checks.lights):
        raise entry.get("light").error(_unknown("light", light, checks.lights, LIGHTING))
    seconds = entry.get("seconds")
    if isinstance(seconds.value, (int, float)) and not isinstance(seconds.value, bool) \
            and seconds.value <= 0:
        raise seconds.error(f"seconds must be more than 0, got {seconds.value!r}")
    return BackdropScene(name, start, end, light, seconds.number(0.5, MAX_SECONDS))


def _tile(entry: Entry) -> tuple[float, float]:
    items = list(entry.elements(2))
    if len(items) != 2:
        raise entry.error("expected two numbers: [column, row] in tiles")
    x, y = (item.number(0, MAX_TILE) for item in items)
    return x, y


def _final(entry: Entry, checks: CreditChecks) -> FinalImage:
    entry.as_object(None)
    scene = _scene(entry, checks, extra=("actors", "lines", "zoom"))
    zoom = entry.get("zoom").integer(1, 3) if entry.has("zoom") else 1
    actors = []
    for actor in entry.get("actors").elements(12) if entry.has("actors") else ():
        actor.as_object({"who", "at", "facing", "pose"}, ("who", "at"))
        facing = choice(actor.get("facing"), FACINGS) if actor.has("facing") else "down"
        pose = actor.get("pose").text(40) if actor.has("pose") else ""
        if pose and checks.poses is not None and pose not in tuple(checks.poses):
            raise actor.get("pose").error(_unknown("pose", pose, checks.poses, POSES_FILE))
        actors.append(Actor(_character(actor.get("who"), checks), _tile(actor.get("at")), facing,
                            pose))
    lines = tuple(e.text(MAX_CREDIT) for e in entry.get("lines").elements(4)) \
        if entry.has("lines") else ()
    return FinalImage(scene, tuple(actors), lines, zoom)


def _unknown(kind: str, name: str, known: Iterable[str], where: str) -> str:
    return f"unknown {kind} '{name}' (see {where}; known: {', '.join(sorted(known))})"

