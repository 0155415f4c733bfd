"""Hair styles for the 16x32 walking sprites (slot letters as in `character_parts`).

Grids start at (x2, y4) and are 12 wide; the head sits at x3..12, y7..17.
"""

from __future__ import annotations

# ------------------------------------------------ hair styles (x2, y4; 12 wide)
# Each style: direction -> (front rows, back rows). Back rows are drawn behind the
# body (long hair seen past the shoulders); both start at y4.
_SHORT_D = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHhHHHhHHh.",
    ".Hh.h..h.hh.",
    ".h........h.",
]
_SHORT_S = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHHh",
    ".HhHHHHHHHHh",
    ".h...hHHHHhh",
    "......hsHHh.",
    ".......hHhh.",
    "........hh..",
]
_SHORT_U = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHhh.",
    ".HhHHHHHhHh.",
    ".hHhHHHhHhh.",
    "..hhhhhhhh..",
]

_MESSY_D = [
    "............",
    "....H..H....",
    "..IIHHHHHh..",
    ".IHHHHHHHHh.",
    "IHHHHHHHHHHh",
    ".HHHHHHHHHHh",
    ".HHhHHhHHhH.",
    "Hh.h.h..h.hh",
    ".h........h.",
]
_MESSY_S = [
    "............",
    "....H..H....",
    "..IIHHHHHh..",
    ".IHHHHHHHHh.",
    "IHHHHHHHHHHh",
    ".HHHHHHHHHHH",
    "HhHhHHHHHHHh",
    ".h..hhHHHHhH",
    "......hsHHh.",
    ".......hHhhh",
    "........h...",
]
_MESSY_U = [
    "............",
    "....H..H....",
    "..IIHHHHHh..",
    ".IHHHHHHHHh.",
    "IHHHHHHHHHHh",
    ".HHHHHHHHHHh",
    ".HHHHHHHHHh.",
    "HHhHHHHHhHhh",
    ".HhHHhHHhHh.",
    ".hHhhHhhHhh.",
    "..h.hh.hh...",
]

_LONG_D = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHhHHhHHh.",
    ".HHh....hHh.",
    ".HH......Hh.",
    ".HH......Hh.",
    ".Hh......hh.",
    ".Hh......hh.",
    ".h........h.",
]
_LONG_DB = [
    "", "", "", "", "", "", "", "", "", "", "", "", "",
    ".HH......hh.",
    ".Hh......hh.",
    "..h......h..",
    "..h......h..",
]
_LONG_S = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHHh",
    ".HhHHHHHHHHh",
    ".h...HHHHHHh",
    ".....hHHHHHh",
    "......HHHHHh",
    "......HHHHhh",
    "......HHHhh.",
    "......hHHhh.",
    ".......hHh..",
    ".......hh...",
]
_LONG_U = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHhh.",
    ".HHHHHHHHhh.",
    ".HhHHHHHhHh.",
    ".HHHHHHHHhh.",
    ".HhHHHHhHhh.",
    "..HHHHHHhh..",
    "..hHhHHhhh..",
    "..hhhhhhhh..",
    "...h.hh.h...",
]

_WAVY_D = [
    "............",
    "............",
    "...IIIHHh...",
    "..IIHHHHHh..",
    ".IIHHHHHHHh.",
    ".IHHHHHHHHh.",
    ".HHHhHHHhHh.",
    ".HHh.h..hHh.",
    "IHH......Hhh",
    "HHh......hHh",
    ".Hh......hh.",
    "Hh........hh",
]
_WAVY_S = [
    "............",
    "............",
    "...IIIHHh...",
    "..IIHHHHHh..",
    ".IIHHHHHHHh.",
    ".IHHHHHHHHHh",
    ".HHhHHHHHHHh",
    ".Hh..HHHHHHh",
    "......HHHHHh",
    "......HHHHHH",
    ".....hHHHhHh",
    "......hHhHhh",
    ".......h.hh.",
]
_WAVY_U = [
    "............",
    "............",
    "...IIIHHh...",
    "..IIHHHHHh..",
    ".IIHHHHHHHh.",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHhh.",
    "IHHhHHHHhHhh",
    "HHHHHhHHHHHh",
    ".HhHHHHHhHh.",
    "HhHhHhHhhHhh",
    ".h.hh.hh.hh.",
]

_BOB_D = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHHh",
    ".HHHHHHHHHHh",
    ".HHh....hHHh",
    ".HH......HHh",
    ".HH......Hhh",
    ".hh......hh.",
]
_BOB_S = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHHh",
    ".HHHHHHHHHHh",
    ".Hh..HHHHHHh",
    ".....HHHHHHh",
    ".....HHHHHHh",
    ".....hhHHHhh",
    "......hhhh..",
]
_BOB_U = [
    "............",
    "............",
    "...IIHHHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHHh",
    ".HHHHHHHHHHh",
    ".HHHHHHHHHHh",
    ".HHHHHHHHHhh",
    ".HHHHHHHHHhh",
    ".hhHHHHHHhh.",
    "..hhhhhhhh..",
]

_BUN_D = [
    "....IHHh....",
    "....HHHh....",
    "...IHhhHh...",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHh..hHHh.",
    ".Hh......hh.",
    ".h........h.",
]
_BUN_S = [
    "......IHh...",
    "......HHHh..",
    "...IIHhHHh..",
    "..IHHHHHHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHHh",
    ".HhhHHHHHHHh",
    ".h...hHHHHh.",
    "......hsHh..",
    ".......hh...",
]
_BUN_U = [
    "....IHHh....",
    "...IHHHHh...",
    "...hHHHHh...",
    "..IHhhhhHh..",
    ".IHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HHHHHHHHHh.",
    ".HhHHHHHhHh.",
    ".hHHHHHHHhh.",
    "..hhhhhhhh..",
]

_CROP_D = [
    "............",
    "............",
    "............",
    "...IHHHHh...",
    "..IHHHHHHh..",
    "..HHHHHHHh..",
    "..HhhhhhhH..",
    "..h......h..",
]
_CROP_S = [
    "............",
    "............",
    "............",
    "...IHHHHh...",
    "..IHHHHHHh..",
    "..HHHHHHHHh.",
    "..hhHHHHHHh.",
    ".....hHHHHh.",
    "......hsHh..",
    ".......hh...",
]
_CROP_U = [
    "............",
    "............",
    "............",
    "...IHHHHh...",
    "..IHHHHHHh..",
    "..HHHHHHHHh.",
    "..HHHHHHHHh.",
    "..HHHHHHHhh.",
    "..HhHHHHhHh.",
    "..hhhhhhhhh.",
]

_BALD_D = ["", "", "", "....LL......", "...L........", "", "", ".h........h."]
_BALD_S = ["", "", "", "....LL......", "...L........", "", "", "", ".......hh...",
           ".......hh..."]
_BALD_U = ["", "", "", "....LL......", "...L........", "", "", "", "",
           ".hh......hh.", "..hhhhhhhh.."]

# a cloth hood (the hooded coat of Act 4): the face shows through the opening
_HOOD_D = ["............", "....IIHh....", "...IHHHHh...", "..IHHHHHHh..", ".IHHHHHHHHh.",
           ".HHHHHHHHHh.", ".HHHHHHHHHh.", ".HHh....hHh.", ".Hh......hh.", ".Hh......hh.",
           ".Hh......hh.", ".Hh......hh.", "HHh......hhh", "HHhh....hhhh", ".hhh....hhh."]
_HOOD_S = ["............", "....IIHHh...", "...IHHHHHh..", "..IHHHHHHHh.", ".IHHHHHHHHHh",
           ".HHHHHHHHHHh", ".HHHHHHHHHHh", ".Hh..hHHHHHh", ".h....hHHHHh", "......hHHHHh",
           "......hHHHHh", "......hHHHHh", ".....hHHHHhh", ".....hhHHHhh", "......hhhhh."]
_HOOD_U = ["............", "....IIHh....", "...IHHHHh...", "..IHHHHHHh..", ".IHHHHHHHHh.",
           ".HHHHHHHHHh.", ".HHHHHHHHHh.", ".HHHHHHHHHh.", ".HHHHhHHHHh.", ".HHHHhHHHHh.",
           ".HHHHhHHHhh.", ".HHHHhHHHhh.", "HHHHHhHHHhhh", "HHHHHHHHhhhh", ".hhhhhhhhhh."]

HAIR: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "short": {"down": (_SHORT_D, []), "side": (_SHORT_S, []), "up": (_SHORT_U, [])},
    "messy": {"down": (_MESSY_D, []), "side": (_MESSY_S, []), "up": (_MESSY_U, [])},
    "long": {"down": (_LONG_D, _LONG_DB), "side": (_LONG_S, []), "up": (_LONG_U, [])},
    "wavy": {"down": (_WAVY_D, []), "side": (_WAVY_S, []), "up": (_WAVY_U, [])},
    "bob": {"down": (_BOB_D, []), "side": (_BOB_S, []), "up": (_BOB_U, [])},
    "bun": {"down": (_BUN_D, []), "side": (_BUN_S, []), "up": (_BUN_U, [])},
    "cropped": {"down": (_CROP_D, []), "side": (_CROP_S, []), "up": (_CROP_U, [])},
    "bald": {"down": (_BALD_D, []), "side": (_BALD_S, []), "up": (_BALD_U, [])},
    "hood": {"down": (_HOOD_D, []), "side": (_HOOD_S, []), "up": (_HOOD_U, [])},
}
