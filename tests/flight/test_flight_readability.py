"""Shots read on any backdrop, and a battle runs without garbage-collection pauses."""

from __future__ import annotations

import gc

import pygame

from game.core.actions import InputState
from game.core.assets import AssetResolver
from game.flight import FlightOptions, FlightScene
from game.flight.art import GLOW, FlightArt

BRIGHT_SKY = GLOW  # the palest colour of the storm's clouds


def test_every_shot_has_a_dark_backing_that_shows_on_a_bright_sky(display) -> None:
    art = FlightArt(AssetResolver.discover())
    for index, frame in enumerate(art.frames["bullets"]):
        sky = pygame.Surface(frame.get_size())
        sky.fill(BRIGHT_SKY)
        sky.blit(frame, (0, 0))
        w, h = frame.get_size()
        cx, cy = w // 2, h // 2
        around = [sky.get_at(xy) for xy in ((cx, 2), (cx, h - 3), (2, cy), (w - 3, cy))]
        assert all(sum(c[:3]) < sum(BRIGHT_SKY) * 0.7 for c in around), (
            f"bullet frame {index} is not ringed by a darker backing on a bright sky")


def test_the_flight_scene_holds_off_the_collector_while_it_runs(flight_ctx) -> None:
    was_enabled = gc.isenabled()
    scene = FlightScene(flight_ctx, "pod_run", FlightOptions(), lambda result: None)
    flight_ctx.stack.push(scene)
    try:
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        flight_ctx.stack.update(InputState())
    finally:
        flight_ctx.stack.remove(scene)
    assert gc.isenabled() == was_enabled
    assert gc.get_freeze_count() == 0
