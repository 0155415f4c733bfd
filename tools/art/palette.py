"""The one palette of Red Sun over Daxam.

Every generated pixel comes from this table, so sheets made by different
generators stay coherent. The palette is tuned for a world under a dying red
sun: warm reds and golds for light, deep blues for night and stone, violets
for every shadow (never pure black or grey).
"""

from __future__ import annotations

# name -> (r, g, b). Order is stable: index files may refer to positions.
PALETTE: dict[str, tuple[int, int, int]] = {
    # outlines and shadows: violet-black ramp
    "ink": (0x1A, 0x0F, 0x1F),
    "shadow": (0x2B, 0x1A, 0x33),
    "violet_dark": (0x3D, 0x24, 0x47),
    "violet": (0x5A, 0x35, 0x61),
    "violet_light": (0x7D, 0x4B, 0x7A),
    "mauve": (0xA8, 0x72, 0x9A),
    # deep blues: night, stone tint, water, glow
    "navy": (0x1C, 0x23, 0x40),
    "blue_dark": (0x27, 0x33, 0x5E),
    "blue": (0x34, 0x50, 0x8A),
    "blue_light": (0x4C, 0x79, 0xB5),
    "sky": (0x7F, 0xB2, 0xE0),
    "glow": (0xB8, 0xE0, 0xF2),
    # reds: the crest, carpets, the sun
    "blood": (0x4A, 0x14, 0x20),
    "red_dark": (0x7A, 0x1C, 0x24),
    "red": (0xA8, 0x28, 0x2A),
    "red_light": (0xD2, 0x45, 0x2E),
    "ember": (0xEE, 0x70, 0x40),
    # golds and browns: trim, wood, lamplight
    "brown_dark": (0x3E, 0x24, 0x1C),
    "brown": (0x6B, 0x42, 0x26),
    "bronze": (0x9C, 0x6A, 0x2A),
    "orange": (0xE0, 0x8C, 0x3A),
    "gold": (0xF5, 0xC0, 0x4A),
    "pale_gold": (0xFF, 0xE0, 0x8A),
    # skin tones
    "skin_dark": (0x6E, 0x42, 0x30),
    "skin_mid": (0xA8, 0x6A, 0x4A),
    "skin": (0xD8, 0x9B, 0x72),
    "skin_light": (0xF2, 0xC9, 0xA0),
    # greens: garden, hedges, grass
    "green_dark": (0x1F, 0x3A, 0x2E),
    "green": (0x2F, 0x5E, 0x3A),
    "green_light": (0x4F, 0x8A, 0x45),
    "leaf": (0x8C, 0xBF, 0x5A),
    # stone and neutrals: marble, dust, cloth
    "stone_dark": (0x4A, 0x44, 0x58),
    "stone": (0x6F, 0x6A, 0x80),
    "stone_light": (0x9D, 0x98, 0xA8),
    "marble": (0xCF, 0xC8, 0xC8),
    "white": (0xF4, 0xEF, 0xE6),
    # sand and dirt
    "dirt": (0x8A, 0x63, 0x48),
    "sand": (0xC9, 0xA2, 0x6E),
}

TRANSPARENT = (0, 0, 0, 0)


def rgba(name: str, alpha: int = 255) -> tuple[int, int, int, int]:
    """Colour `name` with an alpha; raises KeyError for names not in the palette."""
    r, g, b = PALETTE[name]
    return (r, g, b, alpha)
