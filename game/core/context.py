"""What every scene may use, passed explicitly (no module-level singletons).

Scenes get typed services here and nothing else: there is no dictionary of
"services" through which a scene could reach the game flow. What a scene may
not do itself (pause, save, fly a stage, roll credits) it asks for through
`requests`, which the flow handles after the step (see `game.core.requests`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.audio import Audio
from game.content import Content
from game.core.assets import AssetResolver
from game.core.fonts import Fonts
from game.core.request_queue import RequestQueue
from game.core.scene import SceneStack
from game.dialogue.flags import FlagStore
from game.persistence.settings import Settings


@dataclass
class RunOptions:
    """Options from the command line that change how the game runs."""

    map_name: str | None = None
    spawn: str | None = None
    seed: int = 0
    fast: bool = False  # instant text, short fades: for tests and scripted runs
    skip_title: bool = False
    debug_menu: bool = False  # F9 for map makers: on from source, off in a bundle unless asked


@dataclass
class GameContext:
    """The services a scene may use. Built once by the app, handed to each scene."""

    assets: AssetResolver
    stack: SceneStack
    content: Content
    flags: FlagStore
    fonts: Fonts
    options: RunOptions
    rng: random.Random
    audio: Audio
    settings: Settings
    requests: RequestQueue = field(default_factory=RequestQueue)
    frame: int = 0
    quit_requested: bool = False
    last_frame_ms: float = 0.0  # for the F3 overlay

    def request_quit(self) -> None:
        self.quit_requested = True
