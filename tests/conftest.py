"""Headless test setup: dummy video and audio before pygame is imported anywhere."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# Saves and settings of test runs go to a throwaway folder, never the player's.
os.environ["RED_SUN_HOME"] = tempfile.mkdtemp(prefix="red-sun-tests-")

from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def display() -> pygame.Surface:
    """A dummy display: pytmx and convert_alpha need one."""
    pygame.display.init()
    surface = pygame.display.get_surface()
    if surface is None:
        surface = pygame.display.set_mode((480, 270))
    return surface


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
