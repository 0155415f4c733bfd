"""A translucent image layer (the slums' force field at 0.8) is drawn from a picture
prepared once; the screen must get exactly the pixels of blitting the layer's own
picture with its opacity, at every opacity Tiled can write."""

from __future__ import annotations

import random
from typing import Any

import pygame
import pytest

from game.world.backdrop import draw_image_layer, prepare_image
from game.world.camera import Camera
from game.world.layers import ImageLayer

SIZE = (64, 48)


def _noise(seed: int, alpha: bool) -> pygame.Surface:
    """Every alpha level 0..255 in each row, random colours, and transparent edges."""
    rng = random.Random(seed)
    w, h = SIZE
    data = bytearray()
    for y in range(h):
        for x in range(w):
            a = 0 if x < 3 or y < 2 else (x * 4 + y) % 256
            data += bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256),
                           a if alpha else 255))
    picture = pygame.image.frombytes(bytes(data), SIZE, "RGBA")
    return picture.convert_alpha() if alpha else picture.convert()


def _screen(seed: int) -> pygame.Surface:
    screen = pygame.Surface((96, 80)).convert()
    rng = random.Random(seed)
    for _ in range(200):
        screen.fill((rng.randrange(256), rng.randrange(256), rng.randrange(256)),
                    (rng.randrange(96), rng.randrange(80), 9, 7))
    return screen


@pytest.mark.parametrize("alpha", [True, False], ids=["per-pixel alpha", "opaque picture"])
def test_a_translucent_layer_shows_the_pixels_of_its_picture_at_its_opacity(
        display: Any, alpha: bool) -> None:
    picture = _noise(7, alpha)
    camera = Camera(96, 80)
    for level in range(1, 255):
        opacity = level / 255
        layer = ImageLayer(picture, (5.0, 9.0), (1.0, 1.0), False, "field", opacity)
        expected = _screen(level)
        faded = picture.copy()
        faded.set_alpha(round(255 * opacity))
        expected.blit(faded, (5, 9))
        shown = _screen(level)
        draw_image_layer(shown, layer, camera, 0, prepare_image(layer))
        assert pygame.image.tobytes(shown, "RGB") == pygame.image.tobytes(expected, "RGB"), \
            f"opacity {opacity:.3f} draws other pixels"


def test_a_prepared_translucent_layer_carries_no_surface_alpha(display: Any) -> None:
    """The point of preparing it: the blit takes the per-pixel path, not the slow one
    that multiplies a surface alpha into every pixel."""
    layer = ImageLayer(_noise(3, True), (0.0, 0.0), (1.0, 1.0), False, "field", 0.8)
    ready = prepare_image(layer)
    assert ready.image is not None
    assert ready.image.get_alpha() in (None, 255)
    assert ready.image.get_flags() & pygame.SRCALPHA
