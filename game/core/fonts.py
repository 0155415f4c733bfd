"""Bitmap fonts: our own pixel fonts, drawn crisp at 1x on the logical canvas.

A font is a PNG of white glyphs plus JSON rects (see docs/ASSETS.md). Colour is
applied by multiplying, and rendered strings are cached because dialogue
redraws the same words every frame. The fonts are part of what every scene is
handed (`GameContext.fonts`), so they live with the engine, below the UI.
"""

from __future__ import annotations

from typing import NamedTuple

import pygame

from game.core.assets import AssetResolver
from game.core.errors import ContentError

REPLACEMENT = "?"


class BitmapFont:
    def __init__(self, image: pygame.Surface, line_height: int,
                 glyphs: dict[str, tuple[int, int, int, int]], name: str = "") -> None:
        self.name = name
        self.line_height = line_height
        self._glyphs = {ch: image.subsurface(rect) for ch, rect in glyphs.items()}
        self._height = max((r[3] for r in glyphs.values()), default=line_height)
        self._cache: dict[tuple[str, tuple[int, int, int]], pygame.Surface] = {}
        self._widths: dict[str, int] = {}  # HUDs measure the same labels every frame

    @classmethod
    def load(cls, assets: AssetResolver, name: str) -> BitmapFont:
        meta = assets.json(f"assets/fonts/{name}.json")
        try:
            glyphs = {ch: tuple(int(v) for v in rect) for ch, rect in meta["glyphs"].items()}
            line_height = int(meta["line_height"])
        except (KeyError, TypeError, ValueError) as err:
            raise ContentError(f"assets/fonts/{name}.json: bad font description ({err})") from None
        return cls(assets.image(f"assets/fonts/{name}.png"), line_height, glyphs, name)  # type: ignore[arg-type]

    def has(self, ch: str) -> bool:
        return ch in self._glyphs

    def _glyph(self, ch: str) -> pygame.Surface:
        glyph = self._glyphs.get(ch)
        if glyph is None:
            glyph = self._glyphs.get(REPLACEMENT) or next(iter(self._glyphs.values()))
        return glyph

    def width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            width = sum(self._glyph(ch).get_width() + 1 for ch in text) - 1 if text else 0
            if len(self._widths) > 2000:
                self._widths.clear()
            self._widths[text] = width
        return width

    def render(self, text: str, colour: tuple[int, int, int] = (244, 239, 230)) -> pygame.Surface:
        key = (text, colour)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        surface = pygame.Surface((max(1, self.width(text)), self._height), pygame.SRCALPHA)
        x = 0
        for ch in text:
            glyph = self._glyph(ch)
            surface.blit(glyph, (x, 0))
            x += glyph.get_width() + 1
        if colour != (255, 255, 255):
            surface.fill((*colour, 255), special_flags=pygame.BLEND_RGBA_MULT)
        if len(self._cache) > 2000:
            self._cache.clear()
        self._cache[key] = surface
        return surface

    def draw(self, target: pygame.Surface, text: str, pos: tuple[int, int],
             colour: tuple[int, int, int] = (244, 239, 230),
             shadow: tuple[int, int, int] | None = (26, 15, 31)) -> int:
        """Draw text with an optional 1 px drop shadow; returns the width drawn."""
        if shadow is not None:
            target.blit(self.render(text, shadow), (pos[0] + 1, pos[1] + 1))
        target.blit(self.render(text, colour), pos)
        return self.width(text)

    def wrap(self, text: str, max_width: int) -> list[str]:
        """Break text into lines that fit, on spaces; a word wider than a line is split.

        Linear in the length of ``text`` (widths are summed once per character, and a long
        word is cut by index, not by re-measuring shorter and shorter prefixes), so even a
        megabyte without a space lays out at once instead of hanging the game.
        """
        lines: list[str] = []
        space = self._advance(" ")
        for paragraph in text.split("\n"):
            line = ""
            line_w = 0  # sum of advances (glyph + 1 px gap); drawn width is one less
            for word in paragraph.split(" "):
                word_w = sum(self._advance(ch) for ch in word)
                trial_w = line_w + space + word_w if line else word_w
                if trial_w - 1 <= max_width:
                    line = f"{line} {word}" if line else word
                    line_w = trial_w
                    continue
                if line:
                    lines.append(line)
                start = 0
                while word_w - 1 > max_width:
                    cut, taken = start, 0
                    while cut < len(word) and taken + self._advance(word[cut]) - 1 <= max_width:
                        taken += self._advance(word[cut])
                        cut += 1
                    if cut == start:  # a glyph wider than the line still takes a line
                        taken = self._advance(word[cut])
                        cut += 1
                    lines.append(word[start:cut])
                    word_w -= taken
                    start = cut
                line, line_w = word[start:], word_w
            lines.append(line)
        return lines

    def _advance(self, ch: str) -> int:
        return self._glyph(ch).get_width() + 1


class Fonts(NamedTuple):
    small: BitmapFont
    large: BitmapFont

    @classmethod
    def load(cls, assets: AssetResolver) -> Fonts:
        return cls(BitmapFont.load(assets, "daxam"), BitmapFont.load(assets, "daxam_large"))
