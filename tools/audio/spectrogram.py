"""Spectrogram pictures of the tracks (docs/img/audio/*.png), so anyone can see a track's shape.

Sections, the loop seam, a drum-less bridge or a track that is all one texture
show at a glance: time runs left to right (a tick every 10 s, a taller one every
30 s), pitch bottom to top on a logarithmic scale from 50 Hz to 11 kHz, loudness
as colour from black through the game's crimson to a sunlit yellow. Drawn with
numpy and saved with pygame (already a game dependency), so no plotting library.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import numpy as np

from tools.audio.synth import RATE, Samples

WINDOW = 1024
HEIGHT = 160
PX_PER_SECOND = 5
LOW_HZ, HIGH_HZ = 50.0, 11000.0
FLOOR_DB = -80.0
STOPS = ((0.0, (8, 6, 14)), (0.35, (70, 14, 60)), (0.6, (178, 30, 38)),
         (0.82, (236, 120, 40)), (1.0, (255, 236, 150)))


def spectrum_image(samples: Samples, rate: int = RATE) -> np.ndarray:
    """(height, width, 3) uint8 pixels of the log-frequency spectrogram."""
    width = max(320, int(len(samples) / rate * PX_PER_SECOND))
    hop = max(1, (len(samples) - WINDOW) // width)
    window = np.hanning(WINDOW)
    frames = np.stack([samples[i * hop : i * hop + WINDOW] * window
                       for i in range(width) if i * hop + WINDOW <= len(samples)])
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    freqs = np.fft.rfftfreq(WINDOW, 1.0 / rate)
    edges = np.geomspace(LOW_HZ, HIGH_HZ, HEIGHT + 1)
    rows = []
    for lo, hi in itertools.pairwise(edges):
        band = (freqs >= lo) & (freqs < max(hi, lo + rate / WINDOW))
        rows.append(power[:, band].mean(axis=1) if band.any() else np.zeros(len(frames)))
    db = 10.0 * np.log10(np.stack(rows[::-1]) + 1e-12)
    db -= db.max()
    level = np.clip(1.0 - db / FLOOR_DB, 0.0, 1.0)
    return _colour(level)


def _colour(level: np.ndarray) -> np.ndarray:
    xs = [s for s, _ in STOPS]
    out = np.zeros((*level.shape, 3), dtype=np.uint8)
    for c in range(3):
        out[..., c] = np.interp(level, xs, [rgb[c] for _, rgb in STOPS]).astype(np.uint8)
    return out


def save_spectrogram(path: Path, samples: Samples, caption: str, rate: int = RATE) -> None:
    """Write the picture with a caption strip and time ticks."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pixels = spectrum_image(samples, rate)
    height, width = pixels.shape[:2]
    pygame.font.init()
    font = pygame.font.Font(None, 18)
    canvas = pygame.Surface((width, height + 34))
    canvas.fill((16, 12, 22))
    canvas.blit(pygame.surfarray.make_surface(pixels.swapaxes(0, 1)), (0, 20))
    canvas.blit(font.render(caption, True, (235, 225, 210)), (4, 3))
    seconds = len(samples) / rate
    for t in range(0, int(seconds) + 1, 10):
        x = min(width - 1, int(t / seconds * width))
        tall = t % 30 == 0
        pygame.draw.line(canvas, (200, 190, 180), (x, height + 20), (x, height + (28 if tall
                         else 24)))
        if tall and t:
            label = font.render(f"{t // 60}:{t % 60:02d}", True, (200, 190, 180))
            canvas.blit(label, (min(x + 2, width - label.get_width()), height + 21))
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(canvas, str(path))
