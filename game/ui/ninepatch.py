"""Nine-slice frames: corners kept, edges and centre stretched by tiling."""

from __future__ import annotations

import pygame


class NinePatch:
    def __init__(self, image: pygame.Surface, corner: int) -> None:
        self.image = image
        self.corner = corner
        self._cache: dict[tuple[int, int], pygame.Surface] = {}

    def render(self, width: int, height: int) -> pygame.Surface:
        key = (width, height)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        c = self.corner
        iw, ih = self.image.get_size()
        mid_w, mid_h = iw - 2 * c, ih - 2 * c
        out = pygame.Surface((width, height), pygame.SRCALPHA)
        src = self.image

        def tile(src_rect: tuple[int, int, int, int], dest: pygame.Rect) -> None:
            piece = src.subsurface(src_rect)
            pw, ph = piece.get_size()
            for y in range(dest.top, dest.bottom, ph):
                for x in range(dest.left, dest.right, pw):
                    area = pygame.Rect(0, 0, min(pw, dest.right - x), min(ph, dest.bottom - y))
                    out.blit(piece, (x, y), area)

        inner_w, inner_h = width - 2 * c, height - 2 * c
        tile((c, c, mid_w, mid_h), pygame.Rect(c, c, inner_w, inner_h))
        tile((c, 0, mid_w, c), pygame.Rect(c, 0, inner_w, c))
        tile((c, ih - c, mid_w, c), pygame.Rect(c, height - c, inner_w, c))
        tile((0, c, c, mid_h), pygame.Rect(0, c, c, inner_h))
        tile((iw - c, c, c, mid_h), pygame.Rect(width - c, c, c, inner_h))
        out.blit(src, (0, 0), (0, 0, c, c))
        out.blit(src, (width - c, 0), (iw - c, 0, c, c))
        out.blit(src, (0, height - c), (0, ih - c, c, c))
        out.blit(src, (width - c, height - c), (iw - c, ih - c, c, c))
        self._cache[key] = out
        return out
