"""The whole game in a real window, New Game to the credits, and the time a reader takes.

    SDL_AUDIODRIVER=dummy xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tools.play_through /tmp/playthrough [--render-every 4]

Driven by the parts of tests/story/test_full_playthrough.py (the same pilots, in story
order), at the real speed (no --fast: waits, fades, scripted walks and title cards take
the time a player sees), except Act One, whose recorded input script was written for
--fast and is replayed so. It saves a screenshot at x2 at every act card and at the
first line on each map, at each flight's start and during the credits, then prints the
time table (docs/PLAYTIME.md): the words of every line and choice shown, read at
`--wpm` plus `--pause` seconds a box, and the frames when no box is up (walking,
cutscene moves and waits, cards, flights), at 60 frames a second.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import pygame

from game.app import Game
from game.cli import parse_args
from game.flight import FlightScene
from game.screens.credits import CreditsScene
from game.ui.dialogue_box import BoxState, DialogueBox
from game.ui.title_card import CARD_STEPS, TitleCardScene
from game.world.scene import WorldScene
from tests.story.pilot import skip_contests
from tests.story.test_full_playthrough import Part, Source, story_parts

ROOT = Path(__file__).resolve().parents[1]
FPS = 60
SHOTS_PER_MAP = 1  # the first line on each map visit
READING = (BoxState.TYPING, BoxState.WAITING, BoxState.CHOOSING)


@dataclasses.dataclass
class ActTime:
    """What one act showed: lines and their words, and frames by kind."""

    lines: int = 0
    words: int = 0
    choices: int = 0
    reading_frames: int = 0  # the pilot's own reading: replaced by the estimate
    world_frames: int = 0  # walking, scripted moves, waits, fades
    card_frames: int = 0
    cards: int = 0
    flight_frames: int = 0
    other_frames: int = 0  # menus, the credits, contest skip screens
    fast: bool = False  # measured with --fast timings (a lower bound)

    def minutes(self, wpm: float, pause: float) -> dict[str, float]:
        read = self.words / wpm + (self.lines * pause + self.choices * 2 * pause) / 60
        cards = max(self.card_frames, self.cards * CARD_STEPS) / FPS / 60
        walk = self.world_frames / FPS / 60
        fly = self.flight_frames / FPS / 60
        other = self.other_frames / FPS / 60
        return {"read": read, "walk": walk, "cards": cards, "flight": fly, "other": other,
                "total": read + walk + cards + fly + other}


class Watcher:
    """Counts what the player is shown and saves the shots; one per run."""

    def __init__(self, game: Game, out: Path, scale: int) -> None:
        self.game = game
        self.out = out
        self.scale = scale
        self.acts: dict[int, ActTime] = defaultdict(ActTime)
        starts = json.loads((ROOT / "assets" / "data" / "chapters.json")
                            .read_text(encoding="utf-8"))["acts"]
        self.starts = sorted((int(a["progress"]), int(a["act"])) for a in starts)
        self.last_map = ""
        self.map_shots = 0
        self.seen: set[int] = set()  # ids of the cards, flights and credits shot
        self.shots: list[Path] = []
        self.pending: tuple[FlightScene, int] | None = None
        self._hook_box()

    def act(self) -> int:
        progress = int(self.game.ctx.flags.get("progress"))
        return max((a for p, a in self.starts if progress >= p), default=1)

    def _hook_box(self) -> None:
        """Every line and choice a box shows, counted against the act in play."""
        watcher = self
        show_line, show_choice = DialogueBox.show_line, DialogueBox.show_choice

        def line(box: DialogueBox, speaker: str | None, text: str, portrait: Any) -> None:
            act = watcher.acts[watcher.act()]
            act.lines += 1
            act.words += len(text.split())
            show_line(box, speaker, text, portrait)

        def choice(box: DialogueBox, options: list[tuple[str, bool]], key: str) -> None:
            act = watcher.acts[watcher.act()]
            act.choices += 1
            act.words += sum(len(text.split()) for text, ok in options if ok)
            show_choice(box, options, key)

        DialogueBox.show_line = line  # type: ignore[method-assign,assignment]
        DialogueBox.show_choice = choice  # type: ignore[method-assign,assignment]

    def after_step(self) -> None:
        game = self.game
        top = game.ctx.stack.top
        number = self.act()
        act = self.acts[number]
        if isinstance(top, TitleCardScene):
            act.card_frames += 1
            if id(top) not in self.seen and top.t >= 21:
                self.seen.add(id(top))
                act.cards += 1
                self.save(f"card_{top.title}")
        elif isinstance(top, FlightScene):
            act.flight_frames += 1
            if id(top) not in self.seen and top.session.phase == "play":
                self.seen.add(id(top))
                self.pending = (top, 90)
        elif isinstance(top, WorldScene) and top.world is not None:
            if top.box.state in READING:
                act.reading_frames += 1
            else:
                act.world_frames += 1
            name = top.world.data.name
            if name != self.last_map:
                self.last_map, self.map_shots = name, 0
            if self.map_shots < SHOTS_PER_MAP and top.box.state is BoxState.WAITING:
                self.map_shots += 1
                self.save(f"{name}_{top.session.player_character}")
        else:
            act.other_frames += 1
            if isinstance(top, CreditsScene) and id(top) not in self.seen and top.offset > 300:
                self.seen.add(id(top))
                self.save("credits")
        if self.pending is not None:
            scene, left = self.pending
            if left <= 0 or scene is not top:
                if scene is top:
                    self.save("flight")
                self.pending = None
            else:
                self.pending = (scene, left - 1)

    def save(self, label: str) -> None:
        game = self.game
        canvas = game.display.canvas
        game.ctx.stack.draw(canvas)
        game.display.present()
        safe = "".join(c if c.isalnum() else "_" for c in label.lower()).strip("_")
        path = self.out / f"{len(self.shots):03d}_act{self.act()}_{safe}.png"
        pygame.image.save(pygame.transform.scale_by(canvas, self.scale), str(path))
        self.shots.append(path)
        print(path, flush=True)


def play(game: Game, part: Part, watcher: Watcher, render_every: int) -> None:
    """One part, as test_full_playthrough.play does, in the window, watched."""
    source: Source = part.drive(game)
    game.replay = source  # type: ignore[assignment]  # a pilot has ReplaySource's protocol
    for step in range(part.max_steps * 8):
        game.poll()
        game.step()
        watcher.after_step()
        if render_every and step % render_every == 0:
            game.render()
        if part.done(game, source):
            try:
                part.check(game)
            except AssertionError as error:  # at real speed: say so, and play on
                print(f"CHECK FAILED after {part.name}: {error} {_unlike_chapter(game)}")
            return
    raise AssertionError(f"{part.name}: not done after {part.max_steps * 8} steps")


def _unlike_chapter(game: Game) -> dict[str, object]:
    """The flags that differ from the entry of the act in play (chapters.json)."""
    progress = int(game.ctx.flags.get("progress"))
    chapters = game.ctx.content.chapters
    entries = [c for c in map(chapters.get, chapters.numbers) if c is not None]
    chapter = max((c for c in entries if c.progress <= progress), key=lambda c: c.progress)
    decls = game.ctx.flags.declarations
    played = {k: v for k, v in game.ctx.flags.snapshot().items() if v != decls[k].default}
    wanted = {"progress": chapter.progress, **chapter.flags}
    return {k: (played.get(k), wanted.get(k)) for k in set(played) | set(wanted)
            if played.get(k) != wanted.get(k)}


def table(acts: dict[int, ActTime], wpm: float, pause: float) -> list[str]:
    rows = ["| act | lines | words | choices | reading | walking & scenes | cards | "
            "flight | other | total |", "|---|---|---|---|---|---|---|---|---|---|"]
    totals: dict[str, float] = defaultdict(float)
    counts = [0, 0, 0]
    for number in sorted(acts):
        a = acts[number]
        m = a.minutes(wpm, pause)
        for key, value in m.items():
            totals[key] += value
        counts = [counts[0] + a.lines, counts[1] + a.words, counts[2] + a.choices]
        mark = " (fast timing)" if a.fast else ""
        rows.append(f"| {number}{mark} | {a.lines} | {a.words} | {a.choices} | "
                    + " | ".join(f"{m[k]:.1f}" for k in
                                 ("read", "walk", "cards", "flight", "other", "total")) + " |")
    rows.append(f"| all | {counts[0]} | {counts[1]} | {counts[2]} | "
                + " | ".join(f"{totals[k]:.1f}" for k in
                             ("read", "walk", "cards", "flight", "other", "total")) + " |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder for the screenshots")
    parser.add_argument("--wpm", type=float, default=200.0, help="reading speed")
    parser.add_argument("--pause", type=float, default=1.0,
                        help="seconds a reader spends on each box beyond its words")
    parser.add_argument("--render-every", type=int, default=4,
                        help="draw the window every N logic steps (0: only the shots)")
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="play_through_"))
    # A player with no saves yet, whatever this machine's own user folder holds: the
    # title's cursor must start on New Game, and the run must not touch real saves.
    os.environ["RED_SUN_HOME"] = str(work / "home")
    # Act One's input script is frame-stamped for --fast: it starts fast, the rest not.
    game = skip_contests(Game(parse_args(["--fast", "--seed", "0", "--scale", "2"])))
    watcher = Watcher(game, args.out, max(1, min(4, args.scale)))
    game.start()
    for part in story_parts(work):
        print(f"-- {part.name}", flush=True)
        play(game, part, watcher, args.render_every)
        if part.name == "Act One":
            watcher.acts[1].fast = True
            game.ctx.options.fast = False
            for scene in game.ctx.stack:
                if isinstance(scene, WorldScene):
                    scene.box.text_speed = game.ctx.settings.text_speed
    game.finish()
    print("\n".join(table(watcher.acts, args.wpm, args.pause)))
    skipped = sorted(k for k, v in game.ctx.flags.snapshot().items() if v == "skipped")
    print(f"contests skipped (not timed): {', '.join(skipped)}")
    print(f"{len(watcher.shots)} shots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
