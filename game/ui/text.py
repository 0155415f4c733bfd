"""Text on screen: the UI colours every screen shares, and the bitmap fonts.

The fonts themselves live in `game.core.fonts` (every scene is handed them);
they are re-exported here so UI code has one import for text and colour.
"""

from __future__ import annotations

from game.core.fonts import BitmapFont, Fonts

__all__ = ["GOLD", "INK", "NAVY", "PALE_GOLD", "RED", "TEXT", "TEXT_DIM", "BitmapFont", "Fonts"]

# UI colours (palette names in comments) shared by every screen.
TEXT = (244, 239, 230)  # white
TEXT_DIM = (157, 152, 168)  # stone_light
GOLD = (245, 192, 74)  # gold
PALE_GOLD = (255, 224, 138)  # pale_gold
RED = (210, 69, 46)  # red_light
INK = (26, 15, 31)  # ink
NAVY = (28, 35, 64)  # navy
