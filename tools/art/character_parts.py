"""Text-grid parts for the 16x32 walking sprites (see `tools.art.characters`).

Letters are *slots*, resolved per character: each slot has four tones
(highlight, base, shade, deep). Digits are fixed palette colours. '.' is empty.

    skin  L S s x     hair  I H h j     top    U T t v     bottom Q P p q
    accent Z A a z    cape  K C c k     boots  F B b f     eyes   E (dark) e (iris)
    glasses G g

Positions are absolute inside a 16x32 frame (left-facing for side views; the
right-facing row is the mirror image). Heads sit at x3..12, y7..17; the outline
is added afterwards around everything, so grids hold interior pixels only.
"""

from __future__ import annotations

from tools.art import character_hair

SLOTS: dict[str, str] = {
    "skin": "LSsx",
    "hair": "IHhj",
    "top": "UTtv",
    "bottom": "QPpq",
    "accent": "ZAaz",
    "cape": "KCck",
    "boots": "FBbf",
}

FIXED: dict[str, str] = {
    "0": "ink",
    "1": "shadow",
    "2": "red",
    "3": "gold",
    "4": "pale_gold",
    "5": "white",
    "6": "red_dark",
    "7": "marble",
    "8": "stone_light",
    "9": "bronze",
    "d": "stone",
    "m": "brown",
    "n": "brown_dark",
    "y": "dirt",
}

# name -> (highlight, base, shade, deep)
RAMPS: dict[str, tuple[str, str, str, str]] = {
    # skins
    "pale": ("white", "skin_light", "skin", "skin_mid"),
    "fair": ("skin_light", "skin_light", "skin", "skin_mid"),
    "tan": ("skin_light", "skin", "skin_mid", "skin_dark"),
    "brown_skin": ("skin", "skin_mid", "skin_dark", "brown_dark"),
    "dark_skin": ("skin_mid", "skin_dark", "brown_dark", "shadow"),
    # hair
    "blonde": ("pale_gold", "gold", "orange", "bronze"),
    "black": ("violet", "violet_dark", "shadow", "ink"),
    "dark_brown": ("brown", "brown_dark", "shadow", "ink"),
    "brown_hair": ("bronze", "brown", "brown_dark", "shadow"),
    "auburn": ("red_light", "red", "red_dark", "blood"),
    "red_hair": ("orange", "ember", "red_light", "red"),
    "silver": ("white", "marble", "stone_light", "stone"),
    "grey": ("white", "marble", "stone_light", "stone"),
    "platinum": ("white", "white", "marble", "stone_light"),
    # cloth and metal
    "royal": ("blue_light", "blue", "blue_dark", "navy"),
    "sky": ("glow", "sky", "blue_light", "blue"),
    "navy": ("blue", "blue_dark", "navy", "shadow"),
    "red": ("red_light", "red", "red_dark", "blood"),
    "ember": ("ember", "red_light", "red", "red_dark"),
    "crimson": ("red", "red_dark", "blood", "shadow"),
    "gold": ("pale_gold", "gold", "orange", "bronze"),
    "bronze": ("gold", "bronze", "brown", "brown_dark"),
    "leather": ("bronze", "brown", "brown_dark", "shadow"),
    "sand": ("pale_gold", "sand", "dirt", "brown"),
    "dirt": ("sand", "dirt", "brown", "brown_dark"),
    "stone": ("stone_light", "stone", "stone_dark", "shadow"),
    "greyblue": ("stone_light", "stone", "stone_dark", "navy"),
    "white": ("white", "marble", "stone_light", "stone"),
    "charcoal": ("stone_dark", "violet_dark", "shadow", "ink"),
    "green": ("leaf", "green_light", "green", "green_dark"),
    "forest": ("green_light", "green", "green_dark", "shadow"),
    "violet": ("mauve", "violet_light", "violet", "violet_dark"),
    "plum": ("violet_light", "violet", "violet_dark", "shadow"),
}

# ---------------------------------------------------------------- heads (x3, y7)
HEAD = {
    "down": [
        "..SSSSSS..",
        ".SSSSSSSS.",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "LSESSSSESs",
        "SSeSSSSeSs",
        "sSSSSSSSSs",
        ".sSSSxSSs.",
        "..ssssss..",
    ],
    "side": [
        "..SSSSSS..",
        ".SSSSSSSS.",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SESSSSSSSs",
        "SeSSSSSSss",
        "SSSSSSSSss",
        ".xSSSSSss.",
        "..sssssss.",
    ],
    "up": [
        "..SSSSSS..",
        ".SSSSSSSS.",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSS",
        "SSSSSSSSSs",
        "SSSSSSSSSs",
        "sSSSSSSSSs",
        ".sSSSSSSs.",
        "..ssssss..",
    ],
}

HAIR = character_hair.HAIR

# beards: (x3, y13), head-relative
BEARD = {
    "down": ["", "", "hHh....hHh", ".HHh..hHH.", "..hHHHHh..", "...hHHh..."],
    "side": ["", "", "...hH.....", "hHHHHh....", ".hHHHh....", "..hh......"],
}

# moustaches: (x3, y15), head-relative; the cast sheet's marks name them
MOUSTACHE = {
    "moustache": {"down": ["...hHHh..."], "side": ["hHh......."]},
    "walrus_moustache": {"down": ["..HHHHHH..", ".Hh....hH."], "side": ["HHHh......",
                                                                      "h.h......."]},
    "pencil_moustache": {"down": ["...hjjh..."], "side": ["jh........"]},
}

# ---------------------------------------------------------- accessories (x2, y0)
ACCESSORY: dict[str, dict[str, list[str]]] = {
    "glasses": {
        "down": ["", "", "", "", "", "", "", "", "", "", "", "", "..G.GggG.G..",
                 ""],
        "side": ["", "", "", "", "", "", "", "", "", "", "", "", ".G.Ggg......",
                 ""],
    },
    "circlet": {
        "down": ["", "", "", "", "", "", "", "..394349..3.", "", ],
        "side": ["", "", "", "", "", "", "", ".4394.......", ],
        "up": ["", "", "", "", "", "", "", "..939339....", ],
    },
    "crown": {
        "down": ["", "", "", "...4..3..3..", "...3.434.3..", "...343943...",
                 "...993299...", ],
        "side": ["", "", "", "...4..3.....", "...34.3.....", "...3439.....",
                 "...9929.....", ],
        "up": ["", "", "", "...3..3..3..", "...3.3.3.3..", "...393933...",
               "...999999...", ],
    },
    "tall_crown": {
        "down": ["", "....4..4....", "..3.3443.3..", "..3343343...", "..34343343..",
                 "...434234...", "...993399...", ],
        "side": ["", "....4.......", "..3.3.4.....", "..334334....", "..343433....",
                 "...43423....", "...99339....", ],
        "up": ["", "....3..3....", "..3.3333.3..", "..3333333...", "..39393933..",
               "...939393...", "...999999...", ],
    },
    "helmet": {
        "down": ["", "", ".....22.....", "....2622....", "...87778...", "..8777777d..",
                 ".877777777d.", ".8777777777d", ".99999999999", ".9d......d9.",
                 ".8d......dd.", ".8d......dd.", "..d......d.."],
        "side": ["", "", ".......22...", "......2262..", "....8777d...", "..877777777.",
                 ".87777777777", ".8777777777d", ".99999999999", "..........89",
                 "..........8d", "..........d."],
        "up": ["", "", ".....22.....", "....2262....", "...877778...", "..87777777..",
               ".8777777777d", ".87777777dd.", ".99999999999", ".d87777777dd",
               ".d87777777d.", "..dd8777dd..", "...dddddd..."],
    },
}

# --- torsos (x3, y18)
# rows y18..y24; 10 wide (x3..12); arms are drawn separately at x3..4 / x11..12.
TORSO: dict[str, dict[str, list[str]]] = {
    "tunic": {
        "down": ["..UTssTt..", ".UUTTTTTt.", "..UTTTTt..", "..UTTTTt..", "..UTTTTt..",
                 "..ZAAAAa..", "..QPPPPp.."],
        "side": ["...TsTt...", "..UTTTTt..", "..UTTTTt..", "..UTTTTt..", "..UTTTTt..",
                 "..ZAAAAa..", "..QPPPPp.."],
        "up": ["..UTTTTt..", ".UUTTTTTt.", "..UTTTTt..", "..UTTTTt..", "..UtTTtt..",
               "..ZAAAAa..", "..QPPPPp.."],
    },
    "armour": {
        "down": ["..ZAssAa..", ".UUTTTTTt.", "..UTZATt..", "..UTTTTt..", "..tUTTtt..",
                 "..zAAAAa..", "..QPPPPp.."],
        "side": ["...ZsAa...", "..UTTTTt..", "..UTTTTt..", "..UTTTTt..", "..tUTTtt..",
                 "..zAAAAa..", "..QPPPPp.."],
        "up": ["..UTTTTt..", ".UUTTTTTt.", "..UTTTTt..", "..UTtTTt..", "..tTTTtt..",
               "..zAAAAa..", "..QPPPPp.."],
    },
    "coat": {
        "down": ["..UAssAt..", ".UUTAATTt.", "..UTTATt..", "..UTTATt..", "..UTTATt..",
                 "..UTzzTt..", "..UTTATt.."],
        "side": ["...AsTt...", "..UTTTTt..", "..UATTTt..", "..UTTTTt..", "..UATTTt..",
                 "..UtzzTt..", "..UTTTTt.."],
        "up": ["..UTAATt..", ".UUTTTTTt.", "..UTTTTt..", "..UTTTTt..", "..UTTtTt..",
               "..UTzzTt..", "..UTTtTt.."],
    },
    "dress": {
        "down": ["..UTssTt..", ".UUTZZTTt.", "..UTTTTt..", "..UTTTTt..", "...UTTt...",
                 "..ZAAAAa..", "..UTTTTt.."],
        "side": ["...TsTt...", "..UTTTTt..", "..UTTTTt..", "..UTTTTt..", "...UTTt...",
                 "..ZAAAAa..", "..UTTTTt.."],
        "up": ["..UTTTTt..", ".UUTTTTTt.", "..UTTTTt..", "..UTTTTt..", "...UTtt...",
               "..ZAAAAa..", "..UTTTTt.."],
    },
    "robe": {
        "down": ["..UZssZt..", ".UUTZaTTt.", "..UTZaTt..", "..UTZaTt..", "..UTZaTt..",
                 "..ZAAAAa..", "..UTZaTt.."],
        "side": ["...ZsTt...", "..UTZTTt..", "..UTZTTt..", "..UTTTTt..", "..UTTTTt..",
                 "..ZAAAAa..", "..UTTTTt.."],
        "up": ["..UTTTTt..", ".UUTTTTTt.", "..UTTTTt..", "..UTTTTt..", "..UTTtTt..",
               "..ZAAAAa..", "..UTTtTt.."],
    },
}

# overlays drawn after the torso (x3, y18)
OVERLAY: dict[str, dict[str, list[str]]] = {
    "crest": {"down": ["", "...3223...", "...2332...", "....22...."]},
    "apron": {
        "down": ["", "...7778...", "...7778...", "...7778...", "...7778...", "..977789..",
                 "...7778..."],
        "side": ["", "..778.....", "..778.....", "..778.....", "..778.....", "..9789....",
                 "..778....."],
    },
    "sash": {
        "down": ["", "..2.......", "...2......", "....2.....", ".....2....", "......2..."],
        "up": ["", ".......2..", "......2...", ".....2....", "....2.....", "...2......"],
        "side": ["", "..2.......", "..62......", "...62.....", "", ""],
    },
    "work_apron": {
        "down": ["", "...yyyn...", "...ymmn...", "...ymmn...", "...ymmn...", "..9ymmn9..",
                 "...ymmn..."],
        "side": ["", "..ymn.....", "..ymn.....", "..ymn.....", "..ymn.....", "..9mn9....",
                 "..ymn....."],
    },
    "collar": {"down": ["..7..7...."], "side": ["...7......"]},
    "shawl": {
        "down": [".ZAAAAAAa.", "ZAAAAAAAAa", ".aAAAAAAa.", "...aAAa...", "....aa...."],
        "side": ["..ZAAAa...", ".ZAAAAAa..", "..AAAAAa..", "...aAAa...", "....a....."],
        "up": [".ZAAAAAAa.", "ZAAAAAAAAa", ".AAAAAAAAa", "..aAAAAa..", "...aAAa...",
               "....aa...."],
    },
}

# shoulder guards for armour, drawn over the arms (x2, y18)
PAULDRON = {
    "down": ["ZAa......ZAa", "AAa......Aaa", ".a........a."],
    "side": ["....ZAAa....", "....AAAa....", ".....aa....."],
    "up": ["ZAa......ZAa", "AAa......Aaa", ".a........a."],
}
