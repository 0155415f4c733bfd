"""The story's chapters: where each act begins and what a typical player has by then.

`assets/data/chapters.json` lists the acts in order. Each entry is the act's entry
point (map, spawn, who the player plays, the `progress` value its first scene waits
for) and the flags a typical playthrough holds when it gets there, so that `--act N`
and the title's chapter menu can start any act without playing the ones before it.
Adding an act is a data edit (docs/CONTENT.md). Every value is checked against the
flag declarations and the cast when the game starts, with `file:line:col` in the
message; the map linter also checks that each map and spawn exists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from game import strict_json
from game.core.datafile import Entry
from game.core.errors import ContentError
from game.core.json_places import LazyPlaces
from game.dialogue.errors import FlagError
from game.dialogue.flags import FlagDecl, FlagValue, coerce

CHAPTERS = "assets/data/chapters.json"
MAX_ACTS = 20
MAX_HINT = 70  # one line of the hint bar
PROGRESS = "progress"


class Chapter(NamedTuple):
    """One act's start. `flags` holds the typical values (progress not among them)."""

    act: int
    title: str  # the chapter menu's line and the act name saves show
    map: str
    spawn: str
    player: str
    progress: int
    flags: Mapping[str, FlagValue]
    journal: str = ""  # the journal line the act starts with
    hint: str = ""  # the chapter menu's line about the act


class Chapters(NamedTuple):
    acts: tuple[Chapter, ...] = ()

    def get(self, act: int) -> Chapter | None:
        return next((c for c in self.acts if c.act == act), None)

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(c.act for c in self.acts)


NO_CHAPTERS = Chapters()


def parse_chapters(text: str, source: str, decls: Mapping[str, FlagDecl],
                   characters: Mapping[str, object]) -> Chapters:
    """Read and check `text`, the file's contents."""
    try:
        data = strict_json.loads(text)
    except (json.JSONDecodeError, strict_json.DuplicateKeyError) as err:
        raise ContentError(f"{source}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
    top = Entry(source, data, "", LazyPlaces(text))
    top.as_object({"acts"}, ("acts",))
    acts: list[Chapter] = []
    for entry in top.get("acts").elements(MAX_ACTS):
        chapter = _chapter(entry, decls, characters)
        if any(c.act == chapter.act for c in acts):
            raise entry.get("act").error(f"act {chapter.act} is listed twice")
        if acts and chapter.act < acts[-1].act:
            raise entry.get("act").error(f"act {chapter.act} comes after act {acts[-1].act}: "
                                         "list the acts in story order")
        acts.append(chapter)
    return Chapters(tuple(acts))


def _chapter(entry: Entry, decls: Mapping[str, FlagDecl],
             characters: Mapping[str, object]) -> Chapter:
    entry.as_object({"act", "title", "map", "spawn", "player", "progress", "flags", "journal",
                     "hint"},
                    ("act", "title", "map", "spawn", "player", "progress"))
    player = entry.get("player").text(40)
    if player not in characters:
        raise entry.get("player").error(f"unknown character '{player}' (see characters.json)")
    progress = _value(entry.get("progress"), PROGRESS, decls)
    assert isinstance(progress, int)
    flags: dict[str, FlagValue] = {}
    if entry.has("flags"):
        for name, value in entry.get("flags").items():
            if name == PROGRESS:
                raise value.error("progress has its own entry beside 'flags'")
            flags[name] = _value(value, name, decls)
    return Chapter(
        act=entry.get("act").integer(1, 99),
        title=entry.get("title").text(40),
        map=entry.get("map").text(80),
        spawn=entry.get("spawn").text(80),
        player=player,
        progress=progress,
        flags=MappingProxyType(flags),
        journal=entry.get("journal").text(120) if entry.has("journal") else "",
        hint=entry.get("hint").text(MAX_HINT) if entry.has("hint") else "",
    )


def _value(entry: Entry, name: str, decls: Mapping[str, FlagDecl]) -> FlagValue:
    """The value of a declared flag, of its type and inside its range (never clamped:
    a typical run cannot hold a value the game would not store)."""
    decl = decls.get(name)
    if decl is None:
        raise entry.error(f"unknown flag '{name}' (declared in assets/data/flags.json)")
    try:
        value = coerce(decl, entry.value)
    except FlagError as err:
        raise entry.error(str(err)) from None
    if decl.clamp(value) != value:
        raise entry.error(f"flag '{name}': {value!r} is outside {decl.min}..{decl.max}")
    return value
