"""Crowds drawn wholly off screen are passed over (the garden party: 140 background
people, a third in view), and the picture is the same as drawing everyone."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.world.camera import VIEW_H, VIEW_W
from game.world.scene import WorldScene


def test_a_frame_without_the_crowds_out_of_view_shows_the_same_pixels(display) -> None:
    game = Game(parse_args(["--map", "garden", "--fast", "--frames", "30"]))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None and scene.renderer
    world, camera = scene.world, scene.camera
    assert len(world.crowds) >= 2 and len(world.characters) > 100
    map_w, map_h = world.data.pixel_size
    skipped = 0
    for fx in (0.0, 0.3, 0.6, 1.0):
        for fy in (0.0, 0.5, 1.0):
            camera.x, camera.y = fx * (map_w - VIEW_W), fy * (map_h - VIEW_H)
            view = pygame.Rect(*camera.offset, VIEW_W, VIEW_H)
            frames = []
            for people in (world.characters, world.characters_in(view)):
                surface = pygame.Surface((VIEW_W, VIEW_H))
                scene.renderer.draw(surface, camera, people, 1000, scene.stage.lighting.current,
                                    world.lights, scene.stage.lighting_mode, world.props)
                frames.append(pygame.image.tobytes(surface, "RGB"))
            assert frames[0] == frames[1], (fx, fy)
            skipped += len(world.characters) - len(world.characters_in(view))
    assert skipped > 0, "some crowd was out of view somewhere"
