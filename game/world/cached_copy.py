"""Opaque pictures kept so that SDL copies them onto the screen through the cache.

SDL's plain copy blit (an opaque picture onto a surface of its format, no colour key,
no alpha) takes an SSE path with non-temporal stores whenever both pitches and both
pixel pointers are 16-byte aligned: the pixels it writes skip the cache and go out to
memory. The next pass over the canvas (the lighting tint, the scale to the window) then
reads them back from memory (a 480x270 tint fill: ~20 us on a canvas in cache, ~60 us
after such copies), and a large copy itself runs about half as fast that way.
A picture held in a surface one pixel wider, cut back to its size, has a pitch that is
not a multiple of 16, so SDL copies it with ordinary stores. The pixels are the same.
"""

from __future__ import annotations

import pygame


def cache_friendly(picture: pygame.Surface) -> pygame.Surface:
    """`picture`, or the same pixels in a surface whose plain copies SDL does not stream
    past the cache (only an opaque picture with a 16-byte pitch is streamed)."""
    if (picture.get_flags() & pygame.SRCALPHA or picture.get_colorkey() is not None
            or picture.get_alpha() is not None or picture.get_pitch() % 16
            or picture.get_bytesize() != 4):
        return picture
    w, h = picture.get_size()
    wider = pygame.Surface((w + 1, h), 0, picture)
    wider.blit(picture, (0, 0))
    return wider.subsurface((0, 0, w, h))
