"""One save as data: what it holds, how it becomes JSON, and how JSON is checked.

A save file is read by a game that may be newer than the one that wrote it, edited by
hand, cut short by a full disk or copied from a friend. So reading checks every field
and turns any surprise into ``SaveDamaged`` with a plain reason instead of letting a
``KeyError`` surface three scenes later. Pure data: no pygame and no file access here
(``saves.py`` owns the files).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from game import __version__
from game.dialogue.errors import FlagError
from game.dialogue.flags import FlagDecl, FlagStore, coerce
from game.dialogue.limits import MAX_NUMBER
from game.persistence.errors import SaveDamaged
from game.persistence.migrations import SAVE_VERSION, migrate
from game.persistence.rules import (
    MAX_COORDINATE,
    MAX_COUNT,
    MAX_DISTANCE,
    MAX_PLAY_STEPS,
    MAX_TEXT,
    WorldFacts,
    check_session,
)
from game.persistence.staged import staged_from_json, staged_to_json
from game.session import Session

STEPS_PER_SECOND = 60  # the fixed logic step (DESIGN.md): play time is counted in steps
FACINGS = ("up", "down", "left", "right")
MAX_NAMED = 16  # people in one held/poses entry: the player and a few followers
MAX_NAME = 80  # characters of one name, item or pose there
MAX_SAVE_BYTES = 4 * 1024 * 1024  # far above any real save; refuses to parse a stray video

MapCheck = Callable[[str], bool]


def format_play_time(steps: int) -> str:
    """Logic steps as ``h:mm`` (minutes rounded down), the way save menus show it."""
    minutes = max(0, steps) // (STEPS_PER_SECOND * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class SaveData:
    """Everything a save holds. ``flags`` is ``FlagStore.to_json()``'s dict."""

    session: Session
    flags: dict[str, Any]
    act: str = ""
    map_title: str = ""
    saved_at: datetime = field(default_factory=_now)
    game_version: str = __version__

    @property
    def play_time(self) -> str:
        return format_play_time(self.session.play_steps)

    @classmethod
    def from_game(cls, session: Session, flags: FlagStore, act: str, map_title: str,
                  now: datetime | None = None) -> SaveData:
        """A snapshot of the running game; later changes to it do not leak in."""
        return cls(session=_copy_session(session), flags=flags.to_json(), act=act,
                   map_title=map_title, saved_at=now or _now())

    def apply_to(self, session: Session, flags: FlagStore) -> list[str]:
        """Put this save into the running game; returns flag problems (normally none).

        The session is changed in place so scenes holding it see the loaded state.
        ``position`` wins over ``spawn`` when the world places the player.
        """
        loaded = _copy_session(self.session)
        for item in dataclasses.fields(Session):
            setattr(session, item.name, getattr(loaded, item.name))
        return flags.from_json(self.flags)

    def to_json(self) -> dict[str, Any]:
        """The file's content; sets become sorted lists so files diff cleanly."""
        s = self.session
        return {
            "version": SAVE_VERSION,
            "game_version": self.game_version,
            "saved_at": self.saved_at.isoformat(),
            # play_time is for people reading the file; the game recounts it from steps.
            "summary": {"act": self.act, "map_title": self.map_title,
                        "play_time": self.play_time},
            "session": {
                "map_name": s.map_name,
                "spawn": s.spawn,
                "position": list(s.position) if s.position is not None else None,
                "facing": s.facing,
                "player_character": s.player_character,
                "journal": s.journal,
                "act": s.act,
                "fired_triggers": sorted(s.fired_triggers),
                "seen_lines": sorted(s.seen_lines),
                "play_steps": s.play_steps,
                "followers": list(s.followers),
                "meters": [list(m) for m in s.meters],
                "watch": list(s.watch) if s.watch is not None else None,
                "lighting": s.lighting,
                "held": dict(sorted(s.held.items())),
                "poses": dict(sorted(s.poses.items())),
                "outfits": dict(sorted(s.outfits.items())),
                **staged_to_json(s),
            },
            "flags": self.flags,
        }


def encode_save(save: SaveData) -> bytes:
    """UTF-8 JSON, indented so a player or a bug report can read it."""
    text = json.dumps(save.to_json(), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def decode_save(raw: bytes, declarations: Mapping[str, FlagDecl] | None = None,
                map_exists: MapCheck | None = None,
                world: WorldFacts | None = None) -> SaveData:
    """Check and load a save file's bytes; ``SaveDamaged`` names the first problem.

    ``declarations`` (the game's flags), ``map_exists`` and ``world`` (maps, spawns,
    characters: see ``rules.py``) are optional because a tool listing saves may not
    have loaded the game's content. Numbers are always finite and bounded.
    """
    data = _parse_json(raw)
    data = migrate(data)
    fields = _Fields(data)
    game_version = fields.text("game_version")
    saved_at = _timestamp(fields.require("saved_at"))
    summary = _Fields(fields.mapping("summary"), "summary.")
    session = _session(_Fields(fields.mapping("session")))
    if map_exists is not None and not map_exists(session.map_name):
        raise SaveDamaged(f"map '{session.map_name}' is not part of this version of the game")
    check_session(session, world, declarations)
    flags = check_flags(fields.mapping("flags"), declarations)
    return SaveData(session=session, flags=flags, act=summary.text("act"),
                    map_title=summary.text("map_title"), saved_at=saved_at,
                    game_version=game_version)


def check_flags(data: Mapping[str, Any],
                declarations: Mapping[str, FlagDecl] | None) -> dict[str, Any]:
    """The flags part, checked against the declarations and with values coerced.

    Unlike ``FlagStore.from_json`` (which forgives), a flag the game does not declare or
    a value of the wrong type makes the save damaged: it means a hand edit or a file
    from another game, and silently dropping it would change the story.
    """
    fields = _Fields(data, "flags.")
    values = fields.mapping("flags")
    visits = fields.mapping("visits")
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if not isinstance(value, (bool, str)) and not (
                _finite_number(value) and abs(value) <= MAX_NUMBER):
            raise SaveDamaged(f"flag '{name:.40}' has a value of the wrong kind or out of "
                              f"range ({value!r:.40})")
        if declarations is None:
            checked[name] = value
            continue
        decl = declarations.get(name)
        if decl is None:
            raise SaveDamaged(f"flag '{name}' is not used by this version of the game")
        try:
            checked[name] = decl.clamp(coerce(decl, value))
        except (FlagError, OverflowError) as err:
            raise SaveDamaged(str(err)) from None
    for node, count in visits.items():
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            raise SaveDamaged(f"visit count for node '{node:.40}' should be a whole number "
                              f"from 0 to {MAX_COUNT}, not {count!r:.40}")
    return {"version": data.get("version", 1), "flags": dict(sorted(checked.items())),
            "visits": dict(sorted(visits.items()))}


# -- helpers ----------------------------------------------------------------------------

def _parse_json(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_SAVE_BYTES:
        raise SaveDamaged("the file is too large to be a save")
    if not raw.strip():
        raise SaveDamaged("the file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SaveDamaged("the file is not text (it is not UTF-8)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.pos >= len(text.rstrip()) or "Unterminated" in err.msg:
            raise SaveDamaged("the file is cut short (truncated)") from None
        raise SaveDamaged(f"the file is not valid JSON (line {err.lineno}, column "
                          f"{err.colno}: {err.msg})") from None
    except RecursionError:
        raise SaveDamaged("the file is nested too deeply to be a save") from None
    if not isinstance(data, dict):
        raise SaveDamaged("the file does not hold a save (expected a JSON object)")
    return data


def _timestamp(value: Any) -> datetime:
    if not isinstance(value, str):
        raise SaveDamaged(f"field 'saved_at' should be a date and time, not {value!r:.40}")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise SaveDamaged(f"field 'saved_at' is not a date and time ({value!r:.40})") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _session(fields: _Fields) -> Session:
    map_name = fields.text("map_name")
    if not map_name:
        raise SaveDamaged("field 'map_name' is empty")
    facing = fields.text("facing")
    if facing not in FACINGS:
        raise SaveDamaged(f"field 'facing' should be one of {', '.join(FACINGS)}, "
                          f"not {facing!r:.40}")
    character = fields.text("player_character")
    if not character:
        raise SaveDamaged("field 'player_character' is empty")
    staged_map, staged, staged_crowds = staged_from_json(dict(fields.data))
    return Session(
        map_name=map_name,
        spawn=fields.optional_text("spawn"),
        position=fields.position("position"),
        facing=facing,
        player_character=character,
        journal=fields.text("journal"),
        act=fields.text("act"),
        fired_triggers=fields.text_set("fired_triggers"),
        seen_lines=fields.text_set("seen_lines"),
        play_steps=fields.count("play_steps", MAX_PLAY_STEPS),
        followers=fields.text_list("followers"),
        meters=fields.meters("meters"),
        watch=fields.watch("watch"),
        lighting=fields.text("lighting"),
        # Added within layout 1: a save written before carrying existed holds nothing.
        held=fields.names("held"),
        poses=fields.names("poses"),
        outfits=fields.names("outfits"),  # added within layout 1: absent is none
        staged_map=staged_map,  # added within layout 1 too (game/persistence/staged.py)
        staged=staged,
        staged_crowds=staged_crowds,
    )


def _copy_session(session: Session) -> Session:
    # Deep, so the save and the running game never share a set or list.
    return copy.deepcopy(session)


class _Fields:
    """Typed access to one JSON object, raising ``SaveDamaged`` with the field's name."""

    def __init__(self, data: Mapping[str, Any], prefix: str = "") -> None:
        self.data = data
        self.prefix = prefix

    def _bad(self, name: str, wanted: str, value: Any) -> SaveDamaged:
        return SaveDamaged(f"field '{self.prefix}{name}' should be {wanted}, not {value!r:.40}")

    def require(self, name: str) -> Any:
        if name not in self.data:
            raise SaveDamaged(f"field '{self.prefix}{name}' is missing")
        return self.data[name]

    def text(self, name: str) -> str:
        value = self.require(name)
        if not isinstance(value, str):
            raise self._bad(name, "text", value)
        if len(value) > MAX_TEXT:
            raise self._bad(name, f"text of at most {MAX_TEXT} characters", value)
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.require(name)
        if value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT):
            raise self._bad(name, "text or null", value)
        return value

    def count(self, name: str, most: int) -> int:
        value = self.require(name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self._bad(name, "a whole number of 0 or more", value)
        if value > most:
            raise self._bad(name, f"a whole number of at most {most}", value)
        return value

    def mapping(self, name: str) -> Mapping[str, Any]:
        value = self.require(name)
        if not isinstance(value, dict):
            raise self._bad(name, "an object", value)
        return value

    def text_set(self, name: str) -> set[str]:
        return set(self.text_list(name))

    def text_list(self, name: str) -> list[str]:
        value = self.require(name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._bad(name, "a list of text", value)
        return list(value)

    def names(self, name: str) -> dict[str, str]:
        """An optional object of short text by name ({"player": "tray"}); absent is empty."""
        value = self.data.get(name, {})
        if (not isinstance(value, dict) or len(value) > MAX_NAMED
                or not all(isinstance(k, str) and isinstance(v, str)
                           and len(k) <= MAX_NAME and len(v) <= MAX_NAME
                           for k, v in value.items())):
            raise self._bad(name, f"an object of at most {MAX_NAMED} names and short texts",
                            value)
        return dict(value)

    def meters(self, name: str) -> list[tuple[str, str]]:
        value = self.require(name)
        if not isinstance(value, list) or not all(
                isinstance(m, list) and len(m) == 2 and all(isinstance(t, str) for t in m)
                for m in value):
            raise self._bad(name, "a list of [flag, label] pairs", value)
        return [(m[0], m[1]) for m in value]

    def watch(self, name: str) -> tuple[str, int, str] | None:
        value = self.require(name)
        if value is None:
            return None
        if (not isinstance(value, list) or len(value) != 3
                or not isinstance(value[0], str) or not isinstance(value[2], str)
                or isinstance(value[1], bool) or not isinstance(value[1], int)
                or not 0 <= value[1] <= MAX_DISTANCE):
            raise self._bad(name, "null or [who, distance, flag]", value)
        return value[0], value[1], value[2]

    def position(self, name: str) -> tuple[float, float] | None:
        value = self.require(name)
        if value is None:
            return None
        if (not isinstance(value, list) or len(value) != 2
                or not all(_finite_number(v) for v in value)):
            raise self._bad(name, "a pair of numbers or null", value)
        if not all(abs(v) <= MAX_COORDINATE for v in value):
            raise self._bad(name, f"a pair of numbers within {MAX_COORDINATE:g} either way",
                            value)
        return float(value[0]), float(value[1])


def _finite_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float: not a coordinate or a flag
        return False
