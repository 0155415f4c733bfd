"""The animated tiles of a view, kept while the view stays over the same buckets.

A frame draws the tiles its view meets, each showing the frame its timing shows now.
Most tiles share a timing (the same durations), so the frame is worked out once per
timing. Walking moves the view every frame, but it stays over the same buckets of the
spatial index for dozens of frames: the plan keeps those buckets' tiles with their map
places and timings, and a moved view only picks those it meets and subtracts its
offset. The blits themselves are kept while neither the view nor a timing's frame
changes.
"""

from __future__ import annotations

import pygame

from game.world.layers import AnimatedTile, frame_index
from game.world.spatial import SpatialIndex

Blits = list[tuple[pygame.Surface, tuple[int, int]]]
# A tile as drawn: its frames, which timing it follows (-1: it is irregular),
# the tile, and the rect it may draw in, in map pixels.
_Entry = tuple[tuple[pygame.Surface, ...], int, AnimatedTile, pygame.Rect]


_NEVER = 1 << 62  # no timing ever turns (all single frames)


def _next_turn(durations_ms: tuple[int, ...], ms: int) -> int:
    """The first clock time after `ms` at which `frame_index` may give another frame."""
    total = sum(durations_ms)
    if len(durations_ms) <= 1 or not total:
        return _NEVER
    t = ms % total
    for duration in durations_ms:
        if t < duration:
            return ms - t + duration
        t -= duration
    return ms + 1  # not reached with durations >= 0: ask again on the next ms


class AnimatedPlan:
    """The animated tiles in the buckets round one view, in the map's order, and the
    last blits (the view's tiles with the frame each timing showed then). A tile whose
    frames and durations disagree is asked every time, as `frame_at` draws it."""

    __slots__ = ("_blits", "_entries", "_indices", "_irregular", "_shown", "_since",
                 "_spot", "_timings", "_until", "near", "tiles")

    def __init__(self, tiles: SpatialIndex[AnimatedTile],
                 near: list[tuple[AnimatedTile, pygame.Rect]]) -> None:
        self.tiles, self.near = tiles, near
        self._timings = list(dict.fromkeys(t.durations_ms for t, _ in near
                                           if len(t.frames) == len(t.durations_ms)))
        slot = {timing: k for k, timing in enumerate(self._timings)}
        self._entries: list[_Entry] = []
        for tile, box in near:
            regular = len(tile.frames) == len(tile.durations_ms)
            self._entries.append((tile.frames,
                                  slot[tile.durations_ms] if regular else -1, tile, box))
        self._irregular = any(k < 0 for _, k, _, _ in self._entries)
        self._spot: tuple[int, int, int, int] | None = None
        self._shown: list[tuple[tuple[pygame.Surface, ...], int, AnimatedTile,
                                tuple[int, int]]] = []
        self._indices: tuple[int, ...] | None = None
        self._blits: Blits = []
        # The clock span over which every timing shows the frame it showed last time.
        self._since, self._until = 0, -1

    def blits(self, view: pygame.Rect, clock_ms: int) -> Blits:
        """What `view` shows of the animated tiles at `clock_ms`, placed on screen."""
        spot = (view.x, view.y, view.w, view.h)
        moved = spot != self._spot
        if moved:  # the tiles the view meets, at their places on screen
            vx, vy, meets = view.x, view.y, view.colliderect
            self._shown = [(frames, k, tile, (tile.x - vx, tile.y - vy))
                           for frames, k, tile, box in self._entries if meets(box)]
            self._spot = spot
        if self._irregular:
            return [(tile.frame_at(clock_ms), pos) for _, _, tile, pos in self._shown]
        if not moved and self._since <= clock_ms < self._until:
            return self._blits  # no timing can have turned a frame since the last call
        indices = tuple(frame_index(timing, clock_ms) for timing in self._timings)
        self._since, self._until = clock_ms, min(
            (_next_turn(timing, clock_ms) for timing in self._timings), default=_NEVER)
        if moved or indices != self._indices:
            self._blits = [(frames[indices[k]], pos) for frames, k, _, pos in self._shown]
            self._indices = indices
        return self._blits


class AnimatedPlans:
    """One kept plan per index of animated tiles (below and above the characters)."""

    def __init__(self) -> None:
        self._plans: dict[int, AnimatedPlan] = {}

    def blits(self, tiles: SpatialIndex[AnimatedTile], view: pygame.Rect,
              clock_ms: int) -> Blits:
        near = tiles.gathered(view)  # the same list while the view is over its buckets
        plan = self._plans.get(id(tiles))
        if plan is None or plan.tiles is not tiles or plan.near is not near:
            plan = self._plans[id(tiles)] = AnimatedPlan(tiles, near)
        return plan.blits(view, clock_ms)
