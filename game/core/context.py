"""What every scene may use, passed explicitly (no module-level singletons)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.core.assets import AssetResolver
from game.core.scene import SceneStack

if TYPE_CHECKING:
    from game.content import Content
    from game.dialogue.flags import FlagStore
    from game.ui.text import Fonts


@dataclass
class RunOptions:
    """Options from the command line that change how the game runs."""

    map_name: str | None = None
    spawn: str | None = None
    seed: int = 0
    fast: bool = False  # instant text, short fades: for tests and scripted runs
    skip_title: bool = False


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
    frame: int = 0
    quit_requested: bool = False
    services: dict[str, Any] = field(default_factory=dict)

    def request_quit(self) -> None:
        self.quit_requested = True
