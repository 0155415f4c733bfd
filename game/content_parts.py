"""The small pieces of content the manifest names besides scripts and characters:
where a new game starts, the title menu's words and the emote balloons (the
credits have their own module, `game.content_credits`).

Each is parsed once into frozen records with every value checked, so a writer's
typo is a `ContentError` naming the file and the entry when the game starts (or the
linter runs), never a crash ten hours in. The records are named tuples, not
dataclasses: building a dataclass costs the start up to a millisecond each, and these
are on the title's path (docs/PERFORMANCE.md, "Round six").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from game.core.assets import AssetResolver
from game.core.datafile import Entry

TITLE = "assets/data/title.json"
EMOTES = "assets/data/emotes.json"
MAX_HINT = 70  # one line of the hint bar
#: The title menu's entries, in the order the menu shows them ("chapters" only once the
#: story has been finished).
TITLE_ITEMS = ("new_game", "continue", "load", "chapters", "settings", "credits", "quit")


# -- where a new game starts ------------------------------------------------------------------

class Start(NamedTuple):
    map: str
    spawn: str
    player: str  # character id the player plays
    act: str  # the act's name saves show before the first <<act>> command


def parse_start(entry: Entry, characters: Mapping[str, object]) -> Start:
    entry.as_object({"map", "spawn", "player", "act"}, ("map", "spawn", "player", "act"))
    player = entry.get("player").text(40)
    if player not in characters:
        raise entry.get("player").error(f"unknown character '{player}' (see characters.json)")
    return Start(map=entry.get("map").text(80), spawn=entry.get("spawn").text(80),
                 player=player, act=entry.get("act").text(40))


# -- the title menu ------------------------------------------------------------------------

class MenuText(NamedTuple):
    label: str
    hint: str


def load_title_menu(assets: AssetResolver, path: str = TITLE) -> Mapping[str, MenuText]:
    """Label and hint of each title-menu entry (every entry of TITLE_ITEMS)."""
    top = Entry(path, assets.json(path)).as_object({"menu"}, ("menu",))
    menu = top.get("menu").as_object(TITLE_ITEMS, TITLE_ITEMS)
    out = {}
    for key in TITLE_ITEMS:
        item = menu.get(key).as_object({"label", "hint"}, ("label", "hint"))
        out[key] = MenuText(item.get("label").text(20), item.get("hint").text(MAX_HINT))
    return MappingProxyType(out)


# -- emotes ---------------------------------------------------------------------------------

class Emotes(NamedTuple):
    """Balloon names scripts write (`<<emote Kara heart>>`) and their frame in `strip`."""

    strip: str
    frame_size: int
    frames: Mapping[str, int]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.frames)


def load_emotes(assets: AssetResolver, path: str = EMOTES) -> Emotes:
    top = Entry(path, assets.json(path)).as_object({"strip", "frame_size", "emotes"},
                                                   ("strip", "frame_size", "emotes"))
    strip = top.get("strip").text(200)
    size = top.get("frame_size").integer(4, 64)
    width = assets.image(strip).get_width()  # also: a missing strip is an error now
    count = width // size
    frames = {}
    for name, index in top.get("emotes").items():
        if not name or len(name) > 16 or any(c.isspace() for c in name):
            raise index.error(f"'{name}' cannot be an emote name (1-16 characters, no spaces)")
        frames[name] = index.integer(0, 255)
        if frames[name] >= count:
            raise index.error(f"frame {frames[name]} is past the end of {strip} "
                              f"({count} frames of {size} px)")
    if not frames:
        raise top.get("emotes").error("no emotes")
    return Emotes(strip, size, MappingProxyType(frames))
