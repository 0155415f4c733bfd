"""Builds the game from the command line and runs the loop.

Everything is created here and passed down explicitly: no module-level state,
no I/O at import time. `main` never lets a traceback reach a player: errors the
game understands are printed as one plain line.
"""

from __future__ import annotations

import logging
import os
import random
import sys
import time
import traceback
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game import GAME_TITLE, ICON_CROP, ICON_SOURCE
from game.audio import Audio
from game.cli import CONTEST_SCENES, PROG, CliOptions, UsageError, parse_args
from game.content import load_content
from game.core.actions import Action, InputState
from game.core.assets import AssetResolver
from game.core.context import GameContext, RunOptions
from game.core.display import Display
from game.core.errors import AssetMissing, GameError
from game.core.fonts import Fonts
from game.core.input import InputMapper
from game.core.loop import LoopHooks, run_realtime, run_steps
from game.core.scene import SceneStack
from game.dialogue.flags import FlagStore
from game.flow import Flow, apply_chapter_flags
from game.persistence.keybindings import buttonmap, keymap
from game.persistence.logs import setup_logging, write_crash_report
from game.persistence.paths import user_paths
from game.persistence.saves import SaveStore
from game.persistence.settings import load_settings
from game.ui.crash_screen import show_crash_screen

if TYPE_CHECKING:
    from game.content_chapters import Chapter
    from game.content_flight import StageWords
    from game.core.replay import Recorder, ReplaySource

log = logging.getLogger("game")

# The world, the minigame and the contests are imported where they are first needed:
# the title screen draws without them (docs/PERFORMANCE.md, "Startup").


class Game:
    def __init__(self, opts: CliOptions) -> None:
        self.opts = opts
        paths = user_paths()
        settings, warnings = load_settings(paths)
        for warning in warnings:
            log.warning("settings: %s", warning)
        pygame.display.init()
        pygame.joystick.init()  # controllers: SDL reports hot-plug through it
        self.display = Display(opts.scale or settings.window_scale,
                               opts.fullscreen or settings.fullscreen, GAME_TITLE)
        assets = AssetResolver.discover()
        self.display.open(_window_icon(assets))
        content = load_content(assets, _stage_words, lazy=True)  # scripts: on the way in
        self.audio = Audio(assets, settings.music_volume, settings.sfx_volume)
        self.ctx = GameContext(
            assets=assets,
            stack=SceneStack(),
            content=content,
            flags=FlagStore(content.flag_decls),
            fonts=Fonts.load(assets),
            options=RunOptions(map_name=opts.map, spawn=opts.spawn, seed=opts.seed,
                               fast=opts.fast, debug_menu=debug_menu_enabled(opts)),
            rng=random.Random(opts.seed),
            audio=self.audio,
            settings=settings,
        )
        self.chapter = self._chapter(opts.act)
        if self.chapter is not None:
            apply_chapter_flags(self.ctx, self.chapter)
        if opts.set_flags:  # after the act's: --set wins
            from game.devtools.flag_text import apply_assignments

            apply_assignments(self.ctx.flags, opts.set_flags)
        self.mapper = InputMapper(keymap(settings), buttonmap(settings))
        maps_dir = assets.maps_dir
        saves = SaveStore(paths, content_flags(self.ctx), map_exists=partial(_map_exists, maps_dir),
                          world=LazyFacts(maps_dir, self.ctx))
        self.flow = Flow(self.ctx, self.display, self.mapper, paths, saves)
        self.replay: ReplaySource | None = None
        self.recorder: Recorder | None = None
        if opts.input or opts.record:
            from game.core.replay import Recorder, ReplaySource, load_script

            self.replay = ReplaySource(load_script(opts.input)) if opts.input else None
            self.recorder = Recorder() if opts.record else None
        self._window_closed = False
        self._last_frame_ms = 0.0
        self._saves_checked = False
        self._world_asked = False  # set by start(): a map or an act, not the title

    def _chapter(self, act: int | None) -> Chapter | None:
        if act is None:
            return None
        chapter = self.ctx.content.chapters.get(act)
        if chapter is None:
            known = ", ".join(map(str, self.ctx.content.chapters.numbers)) or "none"
            raise UsageError(f"--act {act}: there is no act {act} in "
                             f"assets/data/chapters.json (acts: {known})")
        return chapter

    # scenes -----------------------------------------------------------------------
    def start(self) -> None:
        scene = self.opts.scene or ("world" if self.opts.map or self.chapter else "title")
        self._world_asked = scene == "world" or self.chapter is not None
        if self.chapter is not None:
            self.flow.start_chapter(self.chapter, keep_flags=True, fade=False)
        elif scene == "flight":
            self.flow.to_title()
            self.flow.play_flight(self.opts.spawn or "all")
        elif scene == "credits":  # the roll from the title's Credits entry, for a look
            self.flow.to_title()
            self.flow.open_credits()
        elif scene in CONTEST_SCENES:
            from game.contest.demo import demo_scene

            self.flow.to_title()
            self.ctx.stack.push(demo_scene(self.ctx, scene, self.opts.spawn))
        elif scene == "world":
            content = self.ctx.content
            self.flow.start_at(self.opts.map or content.start_map,
                               self.opts.spawn if self.opts.map else content.start_spawn)
        else:
            self.flow.to_title()

    # loop hooks ---------------------------------------------------------------------
    def poll(self) -> None:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self._window_closed = True
            elif self.replay is None or self.replay.finished:
                self.mapper.process(event)

    def step(self) -> None:
        ctx = self.ctx
        if self.replay is not None and not self.replay.finished:
            state = self.replay.state_for(ctx.frame)
            self.mapper.step()  # keep live edges from piling up while replaying
        else:
            state = self.mapper.step()
        if self.recorder is not None:
            self.recorder.record(ctx.frame, state)
        if Action.FULLSCREEN in state.pressed:
            self.display.toggle_fullscreen()
            state = InputState(state.held, state.pressed - {Action.FULLSCREEN}, state.released)
        ctx.stack.update(state)
        self.flow.after_step()  # what the scenes asked for during the step
        self.audio.update()
        ctx.frame += 1

    def render(self) -> None:
        start = time.perf_counter()
        canvas = self.display.canvas
        self.ctx.stack.draw(canvas)
        self.display.present()
        self._last_frame_ms = (time.perf_counter() - start) * 1000
        self.ctx.last_frame_ms = self._last_frame_ms
        if not self._saves_checked:
            self.check_saves()

    def check_saves(self) -> None:
        """Tidy and try the save folder: once, just after the first frame is on screen
        (the probe's fsync can take tens of milliseconds), long before anyone saves."""
        self._saves_checked = True
        saves = self.flow.saves
        saves.remove_leftovers()
        problem = saves.check_writable()
        if problem:
            log.warning("saving is off: %s", problem)

    def running(self) -> bool:
        return not (self._window_closed or self.ctx.quit_requested or len(self.ctx.stack) == 0)

    def run(self) -> int:
        self.start()
        failed = self.start_failure()
        if failed is not None and self.opts.frames is not None:
            _say(f"--map {self.opts.map}: {failed}")  # a smoke test must see it fail
            self.finish()
            return 1
        hooks = LoopHooks(self.poll, self.step, self.render, self.running)
        try:
            if self.opts.frames is not None:
                run_steps(hooks, self.opts.frames)
            else:
                run_realtime(hooks)
        finally:
            self.finish()
        return 0

    def start_failure(self) -> str | None:
        """Why the first map could not be loaded, or None when it was (or none was asked).
        The title asks for none, and must not import the world before its first frame."""
        if not self._world_asked:
            return None
        from game.world.scene import WorldScene

        world = self.ctx.stack.find(WorldScene)
        if isinstance(world, WorldScene) and world.world is None:
            return world.load_error or "the map could not be loaded"
        return None

    def finish(self) -> None:
        if self.opts.screenshot is not None:
            self.opts.screenshot.parent.mkdir(parents=True, exist_ok=True)
            pygame.image.save(self.display.screenshot(), str(self.opts.screenshot))
        if self.recorder is not None and self.opts.record is not None:
            self.recorder.save(self.opts.record)


def debug_menu_enabled(opts: CliOptions) -> bool:
    """F9 is for map makers: on when running from source, off in a bundle unless
    `--debug-menu` (Tiled's "Run game here" passes it) or RED_SUN_DEBUG_MENU=1."""
    if opts.debug_menu or os.environ.get("RED_SUN_DEBUG_MENU") == "1":
        return True
    return not getattr(sys, "frozen", False)


def _stage_words() -> Mapping[str, StageWords]:
    """What the flight's rules need from its data; imports the minigame's registry."""
    from game.flight.registry import STAGE_WORDS

    return STAGE_WORDS


def _map_exists(maps_dir: Path, name: str) -> bool:
    from game.world.loader import resolve_map_path

    return resolve_map_path(maps_dir, name).is_file()


class LazyFacts:
    """The world's answers for the save checks (`game.world.save_facts.SaveFacts`),
    built on the first question, so that the title's slot list does not import the
    map loader before it is needed; the content is the one current after an F5."""

    def __init__(self, maps_dir: Path, ctx: GameContext) -> None:
        self.maps_dir = maps_dir
        self.ctx = ctx
        self._facts: Any = None  # a SaveFacts, kept while the content is the same

    def __getattr__(self, name: str) -> Any:
        from game.world.save_facts import SaveFacts

        if self._facts is None or self._facts.content is not self.ctx.content:
            self._facts = SaveFacts(self.maps_dir, self.ctx.content)
        return getattr(self._facts, name)


def content_flags(ctx: GameContext):
    """The flag declarations saves are checked against."""
    return ctx.flags.declarations


def _say(text: str) -> None:
    """One line for the person; a windowed build may have no stderr at all."""
    if sys.stderr is not None:
        sys.stderr.write(f"red-sun: {text}\n")


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    logs = setup_logging(_say)
    game: Game | None = None
    try:
        game = Game(opts)
        return game.run()
    except UsageError as err:
        if sys.stderr is not None:
            sys.stderr.write(f"{PROG}: error: {err} (see --help)\n")
        return 2
    except GameError as err:
        _say(str(err))
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug: keep the details, tell the person where they are
        report = write_crash_report(logs, traceback.format_exc())
        where = (f"details are in {report}" if report is not None
                 else "and the details could not be saved")
        # The traceback goes to the log file only; the console gets the one line below.
        log.critical("unexpected error", exc_info=True, extra={"console": False})
        what = (str(err).strip().splitlines() or [""])[0][:160]
        _say(f"the game stopped on an unexpected error ({type(err).__name__}: {what}); "
             f"{where}. Please send that file with a bug report.")
        if game is not None and opts.frames is None:  # a player at the window, maybe no console
            show_crash_screen(game.display, game.ctx.fonts.small,
                              f"An unexpected error ({type(err).__name__}); {where}. "
                              "Please send that file with a bug report.")
        return 70
    finally:
        pygame.quit()


def _window_icon(assets: AssetResolver) -> pygame.Surface | None:
    """The red sun of the title sky, the bundle's icon too (None in a tree without it)."""
    try:
        sky = assets.image(ICON_SOURCE)
    except AssetMissing:
        return None
    x, y, side = ICON_CROP
    return sky.subsurface(pygame.Rect(x, y, side, side))
