"""The window: one 480x270 logical surface scaled by a whole factor and letterboxed.

Never draw at window size and never scale by a fraction: pixels stay square and
crisp on every monitor. Fullscreen uses the desktop resolution and the largest
whole factor that fits, with black bars for the rest.
"""

from __future__ import annotations

import pygame

LOGICAL_SIZE = (480, 270)


def best_scale(window: tuple[int, int], logical: tuple[int, int] = LOGICAL_SIZE) -> int:
    """Largest whole factor at which `logical` fits in `window` (at least 1)."""
    return max(1, min(window[0] // logical[0], window[1] // logical[1]))


def letterbox(window: tuple[int, int], scale: int) -> pygame.Rect:
    """Where the scaled picture goes inside the window (centred)."""
    w, h = LOGICAL_SIZE[0] * scale, LOGICAL_SIZE[1] * scale
    return pygame.Rect((window[0] - w) // 2, (window[1] - h) // 2, w, h)


class Display:
    """Owns the window and the logical canvas scenes draw on."""

    def __init__(self, scale: int = 0, fullscreen: bool = False, title: str = "") -> None:
        self.canvas = pygame.Surface(LOGICAL_SIZE)
        self.requested_scale = scale
        self.fullscreen = fullscreen
        self.title = title
        self.window: pygame.Surface | None = None
        self.scale = 1
        # Where `present` scales to: a view into the window made once per window size,
        # so a frame allocates no new 960x540 surface and blits nothing twice.
        self._target_for: tuple[int, int] | None = None
        self._target: pygame.Surface | None = None

    def open(self, icon: pygame.Surface | None = None) -> None:
        """Open the window; an icon given here is set first, which also spares SDL
        loading pygame's own (about 2 ms of the first frame)."""
        pygame.display.set_caption(self.title)
        if icon is not None:
            pygame.display.set_icon(icon)
        self._apply_mode()

    def _desktop_size(self) -> tuple[int, int]:
        sizes = pygame.display.get_desktop_sizes()
        return sizes[0] if sizes else (LOGICAL_SIZE[0] * 2, LOGICAL_SIZE[1] * 2)

    def _apply_mode(self) -> None:
        self._target = None  # a new window: the view into the old one is gone
        desktop = self._desktop_size()
        if self.fullscreen:
            self.window = pygame.display.set_mode(desktop, pygame.FULLSCREEN)
            self.scale = best_scale(desktop)
            return
        # Leave room for window decorations and panels.
        fit = best_scale((desktop[0], max(LOGICAL_SIZE[1], desktop[1] - 80)))
        self.scale = min(self.requested_scale, fit) if self.requested_scale else min(fit, 3)
        self.scale = max(1, self.scale)
        size = (LOGICAL_SIZE[0] * self.scale, LOGICAL_SIZE[1] * self.scale)
        self.window = pygame.display.set_mode(size)

    def set_scale(self, scale: int) -> None:
        self.requested_scale = scale
        if not self.fullscreen:
            self._apply_mode()

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self._apply_mode()

    def present(self) -> None:
        """Scale the canvas into the window, letterboxed, and flip."""
        window = self.window or pygame.display.get_surface()
        if window is None:
            return
        target = self._scaled_view(window)
        if target.get_size() == LOGICAL_SIZE:
            target.blit(self.canvas, (0, 0))
        else:
            pygame.transform.scale(self.canvas, target.get_size(), target)
        pygame.display.flip()

    def screenshot(self) -> pygame.Surface:
        """The frame as the window shows it: the canvas at the window's whole scale
        (a screenshot at x1 is a thumbnail on any monitor), without the black bars."""
        if self.scale <= 1:
            return self.canvas.copy()
        return pygame.transform.scale_by(self.canvas, self.scale)

    def _scaled_view(self, window: pygame.Surface) -> pygame.Surface:
        """The letterboxed part of the window; the bars are painted black once, when
        the window changes size (nothing else ever draws on them)."""
        size = window.get_size()
        if self._target is None or self._target_for != size:
            window.fill((0, 0, 0))
            self._target = window.subsurface(letterbox(size, best_scale(size)))
            self._target_for = size
        return self._target
