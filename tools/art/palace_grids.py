"""Text grids for small palace details (one character per pixel).

Keys map characters to palette names; ' ' and '.' are transparent.
"""

from __future__ import annotations

# Candle / torch flame, 4 frames (6 x 8), drawn above a sconce cup.
FLAME_KEY = {"k": "red_dark", "r": "red_light", "o": "orange", "e": "ember",
             "g": "gold", "p": "pale_gold", "w": "white"}
FLAMES = (
    ["..o...",
     "..oo..",
     ".oeo..",
     ".egpo.",
     "oegwgo",
     "oegpgo",
     ".eggo.",
     "..rr.."],
    ["...o..",
     "..oo..",
     "..eoo.",
     ".egpo.",
     ".egwgo",
     "oegpgo",
     ".oegr.",
     "..rr.."],
    ["......",
     "..o...",
     ".oe...",
     ".egpo.",
     "oepwgo",
     "oegpge",
     ".egge.",
     "..rr.."],
    ["...o..",
     "...oo.",
     "..oeo.",
     ".oegpo",
     "oegwgo",
     ".egpgo",
     ".eggo.",
     "..rr.."],
)

# Wall sconce (16 x 10): candle in a gold cup on a bracket, drawn at row 6.
SCONCE_KEY = {"k": "ink", "p": "pale_gold", "g": "gold", "b": "bronze", "n": "brown",
              "w": "white", "m": "marble", "s": "stone_light"}
SCONCE = [
    "......kwmk......",
    "......kwsk......",
    "....kkpggbkk....",
    "....kpgggbbk....",
    ".....kkgbkk.....",
    "......kpbk......",
    ".....kpgbnk.....",
    "......kgbk......",
    ".......kk.......",
]

# Potted plant leaves (16 x 20), drawn above an urn.
LEAF_KEY = {"l": "leaf", "g": "green_light", "m": "green", "d": "green_dark", "k": "ink"}
PLANT = [
    "......kk........",
    ".....kgl k......",
    "..kk kglkkgk....",
    ".kglkkmgkglmk...",
    ".kmglkmgkgmdk.kk",
    "..kmgkmgkmdk.kglk",
    "kk.kdmmgkmkkkglmk",
    "kglkkdmgmdkglgmdk",
    "kmggkkdmgdklgmdk.",
    ".kmggkkmdkgmmdk..",
    "..kdmmgkmkgmdkk..",
    "kk.kkdmgmgmdk.kk.",
    "kglkkkdmgmdkkkglk",
    "kmgglkkdmdkglgmdk",
    ".kddmmgkmkgmmdk..",
    "..kkddmgmgmdkk...",
    "....kkdmmdkk.....",
    "......kddk.......",
]

# Tray of food (16 x 10), set on a table.
TRAY_KEY = {"k": "ink", "s": "stone_light", "m": "marble", "w": "white", "t": "stone",
            "r": "red", "l": "red_light", "e": "ember", "g": "leaf", "n": "green",
            "b": "sand", "o": "orange", "d": "bronze", "v": "violet_light", "p": "mauve"}
TRAY = [
    "..kkkkkkkkkkkk..",
    ".kwmmmmmmmmmmsk.",
    "kwmkkk.kk.kkkmsk",
    "kmkobbkpvk.kelk.",
    "kmkbbokvpvklrrk.",
    "kmkkdkkkvkngkrk.",
    "kms.kk..k.kk.kk.",
    ".ksmmmmmmmmmmtk.",
    "..kkkkkkkkkkkk..",
    "................",
]

# Armour helmet (10 x 9) for the mannequins.
HELM_KEY = {"k": "ink", "w": "white", "m": "marble", "s": "stone_light", "t": "stone",
            "g": "gold", "p": "pale_gold", "r": "red", "l": "red_light", "d": "stone_dark"}
HELM = [
    "....kk....",
    "...klrk...",
    "..kkrrkk..",
    ".kwmmmsstk",
    "kwmmmsssdk",
    "kmgppggggk",
    "kmkkkkkkdk",
    "kmskksksdk",
    ".kttttddk.",
]

# Jars on a kitchen shelf (16 x 7): honey, preserves, herbs, oil.
JAR_KEY = {"k": "ink", "g": "gold", "o": "orange", "r": "red", "l": "red_light",
           "n": "green", "f": "leaf", "b": "blue_light", "s": "sky", "w": "white",
           "m": "marble", "d": "bronze"}
JARS = [
    ".kk...kk..kkk...",
    "kmmk.kwwk.kdk.kk",
    "kogk.klrk.kmk.kd",
    "kogk.krrk.kfnkkd",
    "kogk.krrk.knnk.k",
    "kggk.kllk.kfnk.k",
    ".kk...kk...kk...",
]
