"""The game's navigation: new game, continue, load, save, settings, title, credits.

The flow sits above the world and the minigame. Menu screens (its own layer)
call it directly; the scenes below it post requests (`game.core.requests`)
and the app hands the queue to `after_step` once per logic step, so the flow
decides after the step what happens next. It is the one place that knows
about saves and settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.core.context import GameContext
from game.core.display import Display
from game.core.errors import ContentError
from game.core.scene import Scene
from game.persistence.errors import SaveDamaged
from game.persistence.finished import mark_finished, read_finished
from game.persistence.keybindings import buttonmap, keymap
from game.persistence.paths import UserPaths
from game.persistence.saves import AUTO_SLOT, SaveStore
from game.persistence.settings import Settings, save_settings
from game.screens.title import TitleScene
from game.ui.error_scene import ErrorScene
from game.ui.fade import FadeScene

if TYPE_CHECKING:
    from game.content_chapters import Chapter
    from game.core.input import InputMapper
    from game.core.requests import Request, StartRide, Ticket
    from game.flight import FlightResult, FlightScene
    from game.session import Session
    from game.world.scene import WorldScene

# The world, the minigame, rides and the map makers' menu are imported where they are
# first used, not here: the title screen is drawn before any of them is needed, and
# importing them costs most of a start (docs/PERFORMANCE.md, "Startup").

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = (96, 54)


class Flow:
    def __init__(self, ctx: GameContext, display: Display, mapper: InputMapper,
                 paths: UserPaths, saves: SaveStore) -> None:
        self.ctx = ctx
        self.display = display
        self.mapper = mapper
        self.paths = paths
        self.saves = saves
        self._autosave_pending = False
        self.finished = read_finished(paths)  # the story seen to its end: chapters open
        self._watched: list[tuple[Scene, Ticket]] = []  # scenes whose end answers a ticket

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    # requests -------------------------------------------------------------------------
    def after_step(self) -> None:
        """Answer what the scenes asked for during the step, oldest first."""
        for request in self.ctx.requests.drain():
            self.handle(request)
        still_open = []
        for scene, ticket in self._watched:
            if scene in self.ctx.stack:
                still_open.append((scene, ticket))
            else:
                ticket.resolve(ticket.result)
        self._watched = still_open

    def handle(self, request: Request) -> None:
        # imported with the first request: the title posts none (docs/PERFORMANCE.md)
        from game.core.requests import (
            Autosave,
            ChangeAct,
            CutsceneEnded,
            GoToTitle,
            JumpTo,
            OpenBacklog,
            OpenDebugMenu,
            OpenPause,
            Quit,
            RollCredits,
            SkipCutscene,
            StartFlight,
            StartRide,
        )

        world = self._world()
        if isinstance(request, OpenPause) and world is not None:
            self.open_pause(world)
        elif isinstance(request, OpenBacklog):
            self.open_backlog(list(request.lines))
        elif isinstance(request, Autosave) and world is not None:
            self.autosave(world)
        elif isinstance(request, CutsceneEnded) and world is not None:
            self.cutscene_ended(world)
        elif isinstance(request, ChangeAct) and world is not None:
            world.session.act = request.name
            self.autosave(world)
        elif isinstance(request, StartFlight):
            scene = self.play_flight(request.stage, request.results.append)
            self._watched.append((scene, request.ticket))
        elif isinstance(request, StartRide):
            self._watched.append((self.play_ride(request), request.ticket))
        elif isinstance(request, RollCredits):
            if request.then_title:  # the story's own credits, not the title's Credits
                self.note_finished()
            self._watched.append((self.roll_credits(request.then_title), request.ticket))
        elif isinstance(request, OpenDebugMenu) and world is not None:
            from game.devtools.debug_menu import DebugMenuScene

            self.ctx.stack.push(DebugMenuScene(self.ctx, world, self.start_typing))
        elif isinstance(request, JumpTo) and world is not None:
            from game.devtools.debug_menu import jump_to

            jump_to(world, request.map_name, request.spawn)
        elif isinstance(request, SkipCutscene) and world is not None:
            from game.devtools.debug_menu import skip_cutscene

            skip_cutscene(world)
        elif isinstance(request, GoToTitle):
            self.to_title()
        elif isinstance(request, Quit):
            self.ctx.request_quit()
        else:
            log.warning("request %s has no world to act on; ignored", type(request).__name__)

    def _world(self) -> WorldScene | None:
        if not len(self.ctx.stack):
            return None
        from game.world.scene import WorldScene

        found = self.ctx.stack.find(WorldScene)
        return found if isinstance(found, WorldScene) else None

    # starting and leaving ------------------------------------------------------------
    def new_game(self) -> None:
        from game.session import Session  # with the first game, like the save format

        content = self.ctx.content
        self.ctx.flags.reset()
        self._enter_world(Session(map_name=content.start_map, spawn=content.start_spawn,
                                  player_character=content.start.player))

    def start_at(self, map_name: str, spawn: str | None) -> None:
        """Straight into a map (`--map`), with a fresh story."""
        from game.session import Session

        self._enter_world(Session(map_name=map_name, spawn=spawn,
                                  player_character=self.ctx.content.start.player), fade=False)

    def start_chapter(self, chapter: Chapter, keep_flags: bool = False, fade: bool = True
                      ) -> None:
        """A fresh story at the start of an act, as a typical playthrough reaches it.
        `keep_flags` is for `--act`, whose flags (and `--set`'s) are already set."""
        from game.session import Session

        if not keep_flags:
            apply_chapter_flags(self.ctx, chapter)
        self._enter_world(Session(map_name=chapter.map, spawn=chapter.spawn,
                                  player_character=chapter.player, act=chapter.title,
                                  journal=chapter.journal), fade=fade)

    def note_finished(self) -> None:
        """The story's credits roll: from now on the title offers the chapters."""
        if not self.finished:
            self.finished = True  # for this run even when the marker cannot be written
            mark_finished(self.paths)

    def can_continue(self) -> bool:
        return self.saves.latest() is not None

    def continue_game(self) -> None:
        latest = self.saves.latest()
        if latest is not None:
            self.load_slot(latest.slot)

    def load_slot(self, slot: str, from_backup: bool = False) -> bool:
        try:
            data = self.saves.read_backup(slot) if from_backup else self.saves.read(slot)
        except SaveDamaged as err:
            self.ctx.stack.push(ErrorScene(self.ctx, f"Slot {slot} cannot be loaded: {err}",
                                           title="Damaged save"))
            return False
        from game.session import Session

        session = Session(map_name=data.session.map_name,
                          player_character=data.session.player_character)
        self.ctx.flags.reset()
        problems = data.apply_to(session, self.ctx.flags)
        for problem in problems:
            log.warning("save %s: %s", slot, problem)
        self._enter_world(session)
        return True

    def _enter_world(self, session: Session, fade: bool = True) -> None:
        from game.world.scene import WorldScene

        try:
            self.ctx.content.story()  # the scripts are compiled on the way into play
        except ContentError as err:
            if not len(self.ctx.stack):
                raise  # `--map` or `--act`: one line and exit 1, as before any menu
            self.ctx.stack.push(ErrorScene(self.ctx, str(err), title="The story cannot start"))
            return

        def swap() -> None:
            self.ctx.stack.clear()
            self.ctx.stack.push(WorldScene(self.ctx, session))
            if fade:
                self.ctx.stack.push(FadeScene(self.ctx, steps=None, fade_in=True,
                                              start_black=True))

        if fade and len(self.ctx.stack):
            self.ctx.stack.push(FadeScene(self.ctx, swap, fade_in=False))
        else:
            swap()

    def to_title(self) -> None:
        self.ctx.stack.clear()
        self.ctx.stack.push(TitleScene(self.ctx, self))

    # saving ---------------------------------------------------------------------------
    def save_slot(self, world: WorldScene, slot: str) -> str:
        """Write a save; returns a message for the player."""
        if world.world is None:
            return "Nothing to save yet."
        session = world.session
        player = world.world.player
        session.position = (player.x, player.y)
        session.facing = player.facing.value
        from game.persistence.savedata import SaveData
        from game.world import carry  # the world package loads on first use (fast title)

        carry.remember(world.world, session)
        act = session.act or self.ctx.content.start.act
        data = SaveData.from_game(session, self.ctx.flags, act, world.world.data.title)
        session.position = None
        facts = self.saves.world
        if facts is not None:  # the maps in play need not be read again to check a save
            for (path, stamp), known in world.loaded_facts.items():
                facts.remember(path, stamp, known)
        try:
            self.saves.write(slot, data, self._thumbnail(world))
        except OSError as err:
            return f"Could not save: {err.strerror or err}"
        self.ctx.audio.play_sfx("save")
        return "Saved." if slot != AUTO_SLOT else "Autosaved."

    def autosave(self, world: WorldScene) -> None:
        """Autosave now, or as soon as the running cutscene ends (a save taken in the
        middle of a cutscene would lose the rest of it on load)."""
        if world.director.active:
            self._autosave_pending = True
            return
        self._autosave_pending = False
        message = self.save_slot(world, AUTO_SLOT)
        if message != "Autosaved.":
            log.error("autosave failed: %s", message)

    def cutscene_ended(self, world: WorldScene) -> None:
        if self._autosave_pending:
            self.autosave(world)

    def _thumbnail(self, world: WorldScene) -> pygame.Surface:
        canvas = pygame.Surface((480, 270))
        world.draw(canvas)
        return pygame.transform.smoothscale(canvas, THUMBNAIL_SIZE)

    # the minigame ---------------------------------------------------------------------
    def play_flight(self, stage: str, on_result: Callable[[FlightResult], None] | None = None
                    ) -> FlightScene:
        """Push the pod-flight battle with the player's difficulty and assists."""
        from game.flight import FlightOptions, FlightScene

        s = self.settings
        listed = self.ctx.content.flight.stages
        fired = "fired_on_lex" in self.ctx.flags and bool(self.ctx.flags.get("fired_on_lex"))
        options = FlightOptions(difficulty=s.flight_difficulty, speed_percent=s.flight_speed,
                                invincible=s.flight_invincible, show_hitbox=s.show_hitbox,
                                seed=self.ctx.options.seed, lex_help=not fired,
                                screen_shake=s.screen_shake,
                                start_stage=stage if stage in listed else "")
        scene = FlightScene(self.ctx, stage, options, on_result or (lambda result: None))
        self.ctx.stack.push(scene)
        return scene

    def play_ride(self, request: StartRide) -> Scene:
        """Push a calm pod ride with the player's assist; its result goes on the ticket."""
        from game.ride import load_ride
        from game.ride.scene import RideScene

        try:
            spec = load_ride(self.ctx.assets, request.ride)
        except ContentError as err:  # the panel says why; the script goes on after it
            panel = ErrorScene(self.ctx, str(err))
            self.ctx.stack.push(panel)
            return panel
        scene: Scene = RideScene(self.ctx, spec, self.settings.ride_assist,
                          lambda result: setattr(request.ticket, "result", result))
        self.ctx.stack.push(scene)
        return scene

    # screens --------------------------------------------------------------------------
    def open_pause(self, world: WorldScene) -> None:
        from game.screens.pause import PauseScene

        self.ctx.stack.push(PauseScene(self.ctx, self, world))

    def open_save(self, world: WorldScene) -> None:
        from game.screens.slots import SlotsScene

        self.ctx.stack.push(SlotsScene(self.ctx, self, mode="save", world=world))

    def open_load(self) -> None:
        from game.screens.slots import SlotsScene

        self.ctx.stack.push(SlotsScene(self.ctx, self, mode="load"))

    def start_typing(self, sink: Callable[[str], None] | None) -> None:
        """The keyboard types into `sink` (the F9 text entry) until called with None."""
        self.mapper.start_typing(sink)

    def open_chapters(self) -> None:
        from game.screens.chapters import ChaptersScene

        self.ctx.stack.push(ChaptersScene(self.ctx, self))

    def open_settings(self) -> None:
        from game.screens.settings import SettingsScene

        self.ctx.stack.push(SettingsScene(self.ctx, self))

    def open_credits(self) -> None:
        self.roll_credits(then_title=False)

    def roll_credits(self, then_title: bool) -> Scene:
        from game.screens.credits import CreditsScene

        roll = CreditsScene(self.ctx, self, then_title=then_title)
        self.ctx.stack.push(roll)
        return roll

    def open_backlog(self, lines: list[tuple[str | None, str]]) -> None:
        from game.screens.backlog import BacklogScene

        self.ctx.stack.push(BacklogScene(self.ctx, lines))

    # settings -------------------------------------------------------------------------
    def apply_settings(self) -> None:
        """Push the settings into the running game (volumes, keys, window)."""
        s = self.settings
        self.ctx.audio.set_volumes(s.music_volume, s.sfx_volume)
        self.mapper.keys = keymap(s)
        self.mapper.buttons = buttonmap(s)
        if s.fullscreen != self.display.fullscreen:
            self.display.toggle_fullscreen()
        if s.window_scale != self.display.requested_scale:
            self.display.set_scale(s.window_scale)

    def save_settings(self) -> None:
        self.apply_settings()
        try:
            save_settings(self.settings, self.paths)
        except OSError as err:
            log.error("settings not saved: %s", err)


def apply_chapter_flags(ctx: GameContext, chapter: Chapter) -> None:
    """A new story's flags, then the act's `progress` and typical values."""
    from game.content_chapters import PROGRESS  # read with the chapters, after the title

    ctx.flags.reset()
    ctx.flags.set(PROGRESS, chapter.progress)
    for name, value in chapter.flags.items():
        ctx.flags.set(name, value)
