"""The credits roll as a player sees it: faces beside the cast, game scenes that change
behind the text, a skip that asks first, a broken credits.json that is an error panel
(and a linter finding) instead of a crash, and the final still before the title."""

from __future__ import annotations

import threading

import pygame
import pytest

from game.app import Game
from game.cli import parse_args
from game.content_credits import BackdropScene, uncredited
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.screens.credits import SKIP_STEPS, CreditsScene
from game.screens.credits_scenes import Backdrop
from game.screens.title import TitleScene
from game.ui.error_scene import ErrorScene


def title_game() -> Game:
    game = Game(parse_args(["--scene", "title", "--fast", "--frames", "1"]))
    game.run()
    return game


def roll(game: Game, then_title: bool = False) -> CreditsScene:
    scene = game.flow.roll_credits(then_title)
    assert isinstance(scene, CreditsScene)
    return scene


def step(game: Game, pressed: tuple[Action, ...] = (), held: tuple[Action, ...] = ()) -> None:
    game.ctx.stack.update(InputState(frozenset(held) | frozenset(pressed), frozenset(pressed)))
    game.flow.after_step()


def draw(game: Game) -> pygame.Surface:
    canvas = game.display.canvas
    game.ctx.stack.draw(canvas)
    return canvas


def test_every_cast_row_is_drawn_with_its_portrait(display) -> None:
    game = title_game()
    credits = roll(game)
    cast = {row.who for row in credits.rows if row.kind == "cast"}
    seen: set[str] = set()
    for i in range(4000):
        if credits.text_done:
            break
        step(game)
        if i % 12 == 0:
            draw(game)
            seen |= credits.faces_seen
    assert cast and seen == cast
    face = credits._portrait("kara")
    assert face is not None and face.get_size() == (64, 64)  # the box's own size: crisp
    assert pygame.mask.from_surface(face).count() > 64 * 64 // 3  # a face, not an empty well


def test_the_scenes_behind_the_roll_change_and_cross_fade(display) -> None:
    game = title_game()
    credits = roll(game)
    backdrop = credits.backdrop
    shown: list[int] = []
    pictures: list[bytes] = []
    for _ in range(3000):
        if credits.text_done:
            break
        step(game)
        if not shown or backdrop.index != shown[-1]:
            shown.append(backdrop.index)
            draw(game)
            pictures.append(pygame.image.tobytes(game.display.canvas, "RGB"))
    scenes = len(credits.credits.scenes)
    assert scenes >= 5 and shown[:scenes] == list(range(scenes))  # each in turn, none skipped
    assert len(set(pictures)) == len(pictures)  # a different picture each time
    assert backdrop.errors == []
    # one map in memory, two while one fades into the next
    assert len(backdrop.shelf._ready) <= 2


def test_a_first_press_asks_and_only_a_second_press_skips(display) -> None:
    game = title_game()
    credits = roll(game, then_title=True)
    step(game, pressed=(Action.CANCEL,))
    assert game.ctx.stack.top is credits and credits.skip_prompt > 0
    for _ in range(SKIP_STEPS + 1):  # the question lapses: a later press asks again
        step(game)
    assert credits.skip_prompt == 0
    step(game, pressed=(Action.MENU,))
    assert game.ctx.stack.top is credits
    step(game)
    step(game, pressed=(Action.CANCEL,))
    assert isinstance(game.ctx.stack.top, TitleScene)


def test_holding_confirm_speeds_the_roll_up_without_skipping(display) -> None:
    game = title_game()
    slow, fast = roll(game), roll(game)
    for _ in range(60):
        slow.update(EMPTY_INPUT)
        fast.update(InputState(frozenset({Action.CONFIRM})))
    assert fast.offset >= 3 * slow.offset > 0
    assert fast.backdrop.clock > slow.backdrop.clock


def test_the_roll_ends_on_the_final_still_then_the_title(display) -> None:
    game = title_game()
    credits = roll(game, then_title=True)
    final = credits.credits.final
    assert final is not None and final.lines and final.actors
    held_on_final = 0
    for _ in range(6000):
        if game.ctx.stack.top is not credits:
            break
        step(game)
        if credits.on_final_image:
            held_on_final += 1
            if held_on_final == 30:
                draw(game)
                view = credits.backdrop._views[(final.scene.map, -1)]
                assert {a.character for a in view.actors} == {a.who for a in final.actors}
    assert held_on_final >= 60  # a still held, not a flash
    assert isinstance(game.ctx.stack.top, TitleScene)


BROKEN = [
    ("unknown map", lambda c: c["scenes"][0].update(map="moon_base"),
     ["scenes[0].map", "no map 'moon_base'"]),
    ("unknown character", lambda c: c["sections"][0]["cast"][2].update(who="supergirl"),
     ["sections[0].cast[2].who", "unknown character 'supergirl'"]),
    ("unknown track", lambda c: next(s for s in c["sections"] if "tracks" in s)["tracks"][0]
     .update(track="kara_lena_remix"), ["tracks[0].track", "'kara_lena_remix'"]),
    ("negative seconds", lambda c: c["scenes"][1].update(seconds=-3),
     ["scenes[1].seconds", "more than 0"]),
    ("missing logo", lambda c: c.update(logo="assets/ui/red_moon.png"),
     ["logo", "no picture 'assets/ui/red_moon.png'"]),
    ("unknown pose", lambda c: c["final"]["actors"][0].update(pose="moonwalk"),
     ["final.actors[0].pose", "unknown pose 'moonwalk'"]),
]


@pytest.mark.parametrize("what,change,says", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_credits_file_is_a_lint_error_and_an_error_panel(display, data_root, edit,
                                                                  what, change, says) -> None:
    from tools.maps.lint import lint

    edit("credits.json", change)
    report, _ = lint(data_root, [data_root / "maps" / "balcony.tmx"], only_given=True)
    found = [f"{f.file}: {f.message}" for f in report.errors
             if f.file == "assets/data/credits.json"]
    assert found and all(part in found[0] for part in says), found
    game = title_game()
    roll(game, then_title=True)
    panel = game.ctx.stack.top
    assert isinstance(panel, ErrorScene) and all(part in panel.message for part in says)
    draw(game)
    step(game, pressed=(Action.CONFIRM,))
    assert isinstance(game.ctx.stack.top, TitleScene)


def test_everyone_in_the_story_is_credited(display) -> None:
    game = title_game()
    content = game.ctx.content
    names = {cid: c.name for cid, c in content.characters.items()}
    assert uncredited(content.credits, content.characters, names) == []
    cast = {row.text for row in content.credits.rows if row.kind == "cast"}
    assert {"Kara Zor-El", "Lena Luthor", "Lia", "Lady Ysolde", "Titus of Braal"} <= cast


def test_the_linter_warns_of_a_character_left_out_of_the_credits(data_root, edit) -> None:
    from tools.maps.lint import lint

    edit("credits.json", lambda c: c["sections"][0]["cast"].pop(0))  # Kara
    report, _ = lint(data_root, [data_root / "maps" / "balcony.tmx"], only_given=True)
    assert any("kara" in f.message and "not in the credits" in f.message and not f.error
               for f in report.findings), [str(f) for f in report.findings]


def test_every_music_track_has_a_title_in_the_credits(data_root, edit) -> None:
    from tools.maps.lint import lint

    edit("credits.json", lambda c: next(s for s in c["sections"] if "tracks" in s)["tracks"]
         .pop())
    report, _ = lint(data_root, [data_root / "maps" / "balcony.tmx"], only_given=True)
    assert any("missing: credits" in f.message for f in report.errors), \
        [str(f) for f in report.errors]


def test_a_threaded_roll_waits_for_a_map_still_being_read(display) -> None:
    """In play the maps are read on a worker thread: the scene clock holds (the text
    still rolls) until the map it needs is in, so no scene starts as a black frame."""
    game = title_game()
    scenes = [BackdropScene("arena", (15, 9), (15, 9), "", 1.0),
              BackdropScene("throne_room", (13, 9), (13, 9), "", 1.0)]
    backdrop = Backdrop(game.ctx, scenes, None, threaded=True)
    gates = {"arena": threading.Event(), "throne_room": threading.Event()}
    read = backdrop.shelf._load
    backdrop.shelf._load = lambda name: (gates[name].wait(30), read(name))[1]
    backdrop.update(0.5)
    assert backdrop.clock == 0  # the arena is still being read
    gates["arena"].set()
    backdrop.shelf.settle(30)
    for _ in range(4):
        backdrop.update(0.25)
    assert (backdrop.index, backdrop.clock) == (0, 0.75)  # held before the throne room
    gates["throne_room"].set()
    backdrop.shelf.settle(30)
    backdrop.update(0.25)
    assert backdrop.index == 1 and backdrop.shelf.ready("throne_room")
