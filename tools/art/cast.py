"""The cast sheet: how every character looks, read from `assets/data/cast.json`.

One entry per character id (the id the maps and `characters.json` use) says
their age, build, skin, hair, eyes, clothes and signature detail, as in
the story's cast notes. The sprite generator (`tools.art.characters`) and the
portrait generator (`tools.art.portraits`) both draw from it, so a walk sprite
and a face cannot disagree. Parsed once into typed values; anything unknown or
out of range is a ContentError naming the file, the character and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.core.errors import ContentError

CAST_FILE = Path(__file__).resolve().parents[2] / "assets" / "data" / "cast.json"
SOURCE = "assets/data/cast.json"

SKINS = ("pale", "fair", "tan", "brown_skin", "dark_skin")
HAIR_COLOURS = ("blonde", "black", "dark_brown", "brown_hair", "auburn", "grey", "platinum",
                "red_hair", "white_hair", "silver")
EYE_COLOURS = ("blue", "green", "brown", "brown_dark", "grey", "hazel")
CLOTH = ("royal", "sky", "navy", "red", "ember", "crimson", "gold", "bronze", "leather", "sand",
         "dirt", "stone", "greyblue", "white", "charcoal", "green", "forest", "violet", "plum")
OUTFITS = ("tunic", "armour", "coat", "dress", "robe")
SKIRTS = ("jacket", "coat", "dress", "gown", "robe")
SPRITE_HAIR = ("short", "messy", "long", "wavy", "bob", "bun", "cropped", "bald", "hood")
BUSTS = ("tunic", "gown", "dress", "robe", "coat", "jacket", "armour", "hoodie", "uniform",
         "shawl", "helmeted")
FACE_SHAPES = ("round", "oval", "angular", "square", "heart", "long", "broad", "full", "narrow",
               "soft", "small")
NOSES = ("button", "straight", "sharp", "aquiline", "broad", "long", "small", "round")
EYE_SHAPES = ("round", "almond", "narrow", "wide", "heavy", "gentle")
BROWS = ("soft", "thin", "arched", "straight", "thick", "bushy", "none")
MOUTHS = ("small", "medium", "wide", "thin", "full")
HAIR_STYLES = ("ponytail", "long", "waves", "bob", "chin", "shoulder", "messy", "tousled", "crop",
               "crew", "slick", "knot", "updo", "braid_crown", "undercut", "receding", "bald",
               "scarf", "helmet", "short")
MARKS = ("stubble", "walrus_moustache", "pencil_moustache", "moustache", "short_beard",
         "full_beard", "sideburns", "dimples", "scar_brow", "freckles", "lipstick",
         "raised_brow", "beauty_mark", "hologram", "streaks", "streak", "cheekbones", "lines",
         "aura", "ruddy", "smile", "smirk", "frown")
EXTRAS = ("crest", "glasses", "circlet", "crown", "tall_crown", "helmet", "apron", "work_apron",
          "sash", "collar", "shawl", "streak", "pin", "medals", "chain", "tool_belt", "tablet",
          "fan", "lorgnette", "ledger", "goblet", "slate", "wrist_device", "shoulder_plates",
          "jewels", "hood_strings", "cuff", "scarf_knot", "gold_trim", "crest_silver")


@dataclass(frozen=True)
class Hair:
    colour: str
    style: str  # the portrait's hairstyle
    sprite: str  # the 16x32 sprite's hairstyle


@dataclass(frozen=True)
class Face:
    shape: str
    nose: str
    eyes: str  # eye shape
    brows: str
    mouth: str
    lashes: bool
    marks: tuple[str, ...]


@dataclass(frozen=True)
class Clothes:
    outfit: str  # sprite torso
    bust: str  # portrait shoulders
    top: str
    bottom: str
    accent: str
    boots: str
    cape: str | None
    skirt: str | None


@dataclass(frozen=True)
class CastMember:
    id: str
    age: int
    build: str
    height: int  # sprite height: -2 a small child, -1 short, 0, +1 tall
    skin: str
    eye_colour: str
    hair: Hair
    face: Face
    clothes: Clothes
    extras: tuple[str, ...]
    signature: str
    main: bool


def load_cast(path: Path = CAST_FILE) -> dict[str, CastMember]:
    """Every character of the cast sheet, in file order."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{SOURCE}: missing (the cast sheet the art is drawn from)") from None
    except json.JSONDecodeError as err:
        raise ContentError(f"{SOURCE}:{err.lineno}:{err.colno}: {err.msg}") from None
    return parse_cast(data)


def parse_cast(data: Any, source: str = SOURCE) -> dict[str, CastMember]:
    if not isinstance(data, dict) or not data:
        raise ContentError(f"{source}: expected an object of character id -> description")
    return {str(cid): _member(str(cid), entry, f"{source}: character '{cid}'")
            for cid, entry in data.items()}


class _Fields:
    """Reads one JSON object, naming the field in every error."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ContentError(f"{where}: expected an object")
        self.data = data
        self.where = where

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value not in allowed:
            raise ContentError(f"{self.where}: '{key}' is {value!r}; expected one of "
                               f"{', '.join(allowed)}")
        return str(value)

    def optional(self, key: str, allowed: tuple[str, ...]) -> str | None:
        return None if self.data.get(key) is None else self.choice(key, allowed)

    def number(self, key: str, low: int, high: int, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ContentError(f"{self.where}: '{key}' must be a whole number {low} to {high}")
        return value

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{self.where}: '{key}' must be a short description")
        return value

    def names(self, key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise ContentError(f"{self.where}: '{key}' must be a list")
        for item in value:
            if item not in allowed:
                raise ContentError(f"{self.where}: '{key}' has unknown {item!r}; known: "
                                   f"{', '.join(allowed)}")
        return tuple(value)

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise ContentError(f"{self.where}: '{key}' must be true or false")
        return value

    def sub(self, key: str) -> _Fields:
        return _Fields(self.data.get(key), f"{self.where}: {key}")


def _member(cid: str, entry: Any, where: str) -> CastMember:
    f = _Fields(entry, where)
    h, e, fa, c = f.sub("hair"), f.sub("eyes"), f.sub("face"), f.sub("clothes")
    return CastMember(
        id=cid,
        age=f.number("age", 5, 110),
        build=f.text("build"),
        height=f.number("height", -2, 1, 0),
        skin=f.choice("skin", SKINS),
        eye_colour=e.choice("colour", EYE_COLOURS),
        hair=Hair(h.choice("colour", HAIR_COLOURS), h.choice("style", HAIR_STYLES),
                  h.choice("sprite", SPRITE_HAIR)),
        face=Face(fa.choice("shape", FACE_SHAPES), fa.choice("nose", NOSES),
                  e.choice("shape", EYE_SHAPES), fa.choice("brows", BROWS),
                  fa.choice("mouth", MOUTHS), fa.flag("lashes"), fa.names("marks", MARKS)),
        clothes=Clothes(c.choice("outfit", OUTFITS), c.choice("bust", BUSTS),
                        c.choice("top", CLOTH), c.choice("bottom", CLOTH),
                        c.choice("accent", CLOTH), c.choice("boots", CLOTH, "leather"),
                        c.optional("cape", CLOTH), c.optional("skirt", SKIRTS)),
        extras=f.names("extras", EXTRAS),
        signature=f.text("signature"),
        main=f.flag("main"),
    )
