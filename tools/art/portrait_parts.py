"""Text-grid parts for the 48x48 bust portraits (see `tools.art.portraits`).

Slot letters are those of `tools.art.character_parts` (skin L S s x, hair I H h j,
top U T t v, accent Z A a z, cape K C c k); portrait-only letters:
W eye white/glint, w eye white shade, e iris, o iris light, E pupil,
R mouth dark, X tongue/lip, Y blush. Eye and brow grids are for the left eye
(outer corner at column 0); the right one is mirrored.
"""

from __future__ import annotations

EXPRESSIONS = ("neutral", "happy", "sad", "angry", "surprised", "tender")

EYES: dict[str, list[str]] = {
    "neutral": [".0000.", "0WEEe0", "wEEEew", "weooew", ".ssss."],
    "happy": ["......", ".0000.", "00..00", "0....0", "......"],
    "sad": ["......", "000000", "wEEEEw", "weWoew", ".sVss."],
    "angry": ["......", "0000..", "0EE000", "wEEEew", ".ssss."],
    "surprised": [".0000.", "0wwww0", "wwEEww", "wweeww", ".0000."],
    "tender": ["......", "......", "000000", "weEEow", ".ssss."],
}

# softer, lashed eyes for some characters (hand-tuned for the main cast)
EYES_LASHED: dict[str, list[str]] = {
    "neutral": ["0000..", ".00000", "0WEEe0", "wEEEew", "weooew", ".ssss."],
    "happy": ["......", "0.....", ".0000.", "00..00", "0....0", "......"],
    "sad": ["......", "......", "000000", "wEEEEw", "weWoew", ".sVss."],
    "angry": ["......", "0.....", "00000.", "0EE000", "wEEEew", ".ssss."],
    "surprised": ["0.....", ".0000.", "0wwww0", "wwEEww", "wweeww", ".0000."],
    "tender": ["......", "......", "0.....", "000000", "weEEow", ".ssss."],
}

BROWS: dict[str, list[str]] = {
    "neutral": ["......", ".jjjj.", "j....."],
    "happy": [".jjjj.", "j....j", "......"],
    "sad": ["....jj", "..jj..", "jj...."],
    "angry": ["jj....", "..jjj.", ".....j"],
    "surprised": [".jjjj.", "j....j", "......"],
    "tender": ["......", ".jjjj.", "j....j"],
}

# (dx, dy) shift of the brows relative to the neutral place
BROW_LIFT = {"neutral": 0, "happy": -1, "sad": 0, "angry": 1, "surprised": -2, "tender": 0}

MOUTHS: dict[str, list[str]] = {
    "neutral": ["........", "..xxxx..", "...ss..."],
    "happy": [".x....x.", ".xWWWWx.", "..RXXR..", "...ss..."],
    "sad": ["........", "..xxxx..", ".x....x.", "........"],
    "angry": ["........", ".xxxxxx.", ".xWWWWx.", "..xxxx.."],
    "surprised": ["...xx...", "..xRRx..", "..xRRx..", "...xx..."],
    "tender": ["........", ".x....x.", "..xxxx..", "...ss..."],
}

# per-character mouth overrides (hand-tuned)
MOUTH_OVERRIDE: dict[tuple[str, str], list[str]] = {
    ("lena", "neutral"): ["........", "..xxxxx.", "....ss.."],
    ("lena", "happy"): ["......x.", "..xxxx..", "...ss..."],
    ("lena", "tender"): ["........", ".x....x.", "..xxxx..", "...ss..."],
    ("alex", "happy"): ["........", ".x....x.", "..xxxx..", "...ss..."],
    ("alex", "neutral"): ["........", "..xxxx..", "........"],
    ("rhea", "happy"): [".x....x.", "..xxxx..", "...ss..."],
    ("rhea", "neutral"): ["........", ".xxxxxx.", "...ss..."],
    ("maggie", "happy"): [".x......", ".xWWWWx.", "..RXXR..", "...ss..."],
    ("winn", "surprised"): ["..xxxx..", ".xRRRRx.", ".xRXXRx.", "..xxxx.."],
    ("kara", "happy"): ["x......x", ".xWWWWx.", "..RXXR..", "...ss..."],
}

# -------------------------------------------------- hair styles for portraits
# cap: (rx, ry, top y) of the skull-covering ellipse; fringe: 28 characters for
# x = 10..37, each the last hair row (hex, from y 10) of the fringe or '.' for none;
# side: last row of the locks beside the face; back: (half width, last row) of the
# hair behind the head and shoulders; extra: bun, spikes, streak, curls.
HAIR: dict[str, dict[str, object]] = {
    "short": {"cap": (14, 13, 6), "fringe": "bbbbb9888776777887789abbbbbb", "side": 26,
              "back": (0, 0)},
    "messy": {"cap": (15, 14, 5), "fringe": "cbca987a98689a978698a9abcbcc", "side": 25,
              "back": (0, 0), "extra": "spikes"},
    "long": {"cap": (14, 13, 6), "fringe": "ffffff988766566678899fffffff", "side": 46,
             "back": (17, 47)},
    "wavy": {"cap": (14, 13, 5), "fringe": "fffff98a8776687678a89bffffff", "side": 40,
             "back": (15, 41), "extra": "curls"},
    "bob": {"cap": (15, 13, 6), "fringe": "fffff999999999999999999fffff", "side": 33,
            "back": (16, 34)},
    "bun": {"cap": (14, 12, 7), "fringe": "bbbbb98776655556677899bbbbbb", "side": 24,
            "back": (0, 0), "extra": "bun"},
    "cropped": {"cap": (13, 12, 7), "fringe": "aaaaa8777666666666667778aaaa", "side": 22,
                "back": (0, 0)},
    "bald": {"cap": (0, 0, 0), "fringe": "", "side": 0, "back": (0, 0)},
}

HAIR_OVERRIDE: dict[str, dict[str, object]] = {
    "kara": {"fringe": "fffffa8a7655676548789cffffff"},
    "lena": {"fringe": "ffffffa9876543334456789fffff", "back": (15, 47)},
    "alex": {"fringe": "bbbbb9ab987787899a8789bbbbbb", "side": 24},
    "maggie": {"fringe": "fffffa99887779887789abffffff", "side": 36},
    "winn": {"fringe": "cbcb9a8b977a989a87a8aabcbccc"},
    "rhea": {"fringe": "bbbbb98765544445567899bbbbbb"},
}

GLASSES = [
    "GGGGGGGG..GGGGGGGG",
    "G......GggG......G",
    "G......G..G......G",
    "G......G..G......G",
    "G.....WG..G.....WG",
    ".GGGGGG....GGGGGG.",
]

CROWNS: dict[str, list[str]] = {
    "circlet": ["9333399333343333993333", ".999....9929....999.."],
    "crown": [
        "....4.....4.....4....",
        "...434...434...434...",
        "...333..33233..333...",
        "..33333333333333333..",
        "..39939932223399399..",
        "..99999999999999999..",
    ],
    "tall_crown": [
        "..........4..........",
        "....4....434....4....",
        "...434...333...434...",
        "...333..33233..333...",
        "4..333..32223..333..4",
        "3..3333332223333333.3",
        "33333333332333333333.",
        "34343343434343343433.",
        "99399399392939939939.",
        "999999999999999999999",
    ],
}

HELMET = [
    "..........2222..........",
    "..........2662..........",
    "........88777788........",
    "......8877777777dd......",
    ".....877777777777dd.....",
    "....87777777777777dd....",
    "...8777777777777777dd...",
    "...8777777777777777dd...",
    "..877777777777777777dd..",
    "..877777777777777777dd..",
    "..99999999999999999999..",
    "..999999999999999999dd..",
    "..8d..............8dd...",
    "..8d..............8dd...",
    "..8d..............8dd...",
    "..8d..............8dd...",
    "..8dd............8ddd...",
    "...dd............ddd....",
]
