"""A cache-friendly copy of an opaque picture blits the same pixels as the picture, and
is left alone where SDL would not stream it anyway (alpha, colour key, odd pitch)."""

from __future__ import annotations

import random

import pygame

from game.world.cached_copy import cache_friendly


def noise(size: tuple[int, int], flags: int = 0) -> pygame.Surface:
    rng = random.Random(size[0] * 31 + size[1])
    picture = pygame.Surface(size, flags)
    for y in range(size[1]):
        for x in range(size[0]):
            picture.set_at((x, y), (rng.randrange(256), rng.randrange(256),
                                    rng.randrange(256), rng.randrange(256)))
    return picture


def test_an_opaque_picture_blits_the_same_pixels_from_its_copy(display) -> None:
    for size in [(16, 16), (256, 256), (40, 7)]:
        picture = noise(size).convert()
        copy = cache_friendly(picture)
        assert copy is not picture and copy.get_size() == picture.get_size()
        assert copy.get_pitch() % 16 and copy.get_bitsize() == picture.get_bitsize()
        for at in [(0, 0), (3, 5), (-7, 2), (470, 260)]:
            ours, theirs = noise((480, 270)), noise((480, 270))
            ours.blit(copy, at)
            theirs.blit(picture, at)
            assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(theirs, "RGB")


def test_pictures_sdl_does_not_stream_are_left_as_they_are(display) -> None:
    alpha = noise((16, 16), pygame.SRCALPHA)
    keyed = noise((16, 16)).convert()
    keyed.set_colorkey((0, 0, 0))
    faded = noise((16, 16)).convert()
    faded.set_alpha(128)
    odd = noise((15, 16)).convert()  # a pitch of 60 bytes: SDL copies it with plain stores
    for picture in (alpha, keyed, faded, odd):
        assert cache_friendly(picture) is picture
