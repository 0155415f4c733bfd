"""The small picture beside each save: the only save code that needs pygame.

Thumbnails live in their own PNG next to the JSON (``slot_1.png``) rather than inside
it: the JSON stays small and readable, and a broken picture never makes a save
unloadable. 96x54 is the 480x270 screen divided by five, so pixel art shrinks evenly.
"""

from __future__ import annotations

import io
from pathlib import Path

import pygame

THUMBNAIL_SIZE = (96, 54)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def encode_thumbnail(surface: pygame.Surface) -> bytes:
    """``surface`` shrunk to ``THUMBNAIL_SIZE`` as PNG bytes (for an atomic write)."""
    # A plain 32-bit copy: smoothscale refuses 8-bit surfaces, and this needs no display.
    source = pygame.Surface(surface.get_size(), 0, 32)
    source.blit(surface, (0, 0))
    small = pygame.transform.smoothscale(source, THUMBNAIL_SIZE)
    buffer = io.BytesIO()
    pygame.image.save(small, buffer, "png")
    return buffer.getvalue()


def looks_like_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE)


def load_thumbnail(path: Path) -> pygame.Surface | None:
    """The picture at ``path``, or None if it is missing or unreadable (never fatal)."""
    try:
        image = pygame.image.load(str(path))
    except (OSError, pygame.error, ValueError):
        return None
    if image.get_size() != THUMBNAIL_SIZE:
        image = pygame.transform.scale(image, THUMBNAIL_SIZE)
    return image
