"""The second whole-game run: New Game to the credits through the other main branches
(tests/story/profiles.py's HARSH: Siobhan refused, less trust, every stand-off played
and lost (the duel lost: Kara goes down, gets up and wins the rematch), Maggie told to stop, Alex
never won over, no bread and no friend in the slums, the sweep caught, Lex's ships fired
on, no family fetched, the plant shut...).

It plays the same parts as test_full_playthrough, with the harsher picks, and checks at
each act that the other branch was taken: the flags differ from the first run's (which
are exactly assets/data/chapters.json's, as that test asserts) and the lines the player
reads are the ones those flags choose. Then the recording is replayed into a fresh game,
which must end in the same state. docs/story/BRANCHES.md lists the branches.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.app import Game
from game.cli import parse_args
from game.screens.credits import CreditsScene
from game.screens.title import TitleScene
from tests.story.branch_lines import EPILOGUE, FIRST_EPILOGUE, HIGH_SUSPICION, NO_WINGMEN
from tests.story.pilot import skip_contests, spy_all_lines
from tests.story.profiles import HARSH
from tests.story.test_full_playthrough import SEED, play, state, story_parts, world

Check = Callable[[Game], None]


def other_side(act: int, wanted: dict[str, object]) -> Check:
    """At the start of `act`: each flag of `wanted` has the harsh value, and the first run
    (the chapter's flags) took the other side of it."""
    def check(game: Game) -> None:
        chapter = game.ctx.content.chapters.get(act)
        assert chapter is not None
        decls = game.ctx.flags.declarations
        for name, value in wanted.items():
            kind = chapter.flags.get(name, decls[name].default)
            assert kind != value, f"{name}: the first run has {kind!r} too"
            assert game.ctx.flags.get(name) == value, (name, game.ctx.flags.get(name))
        scene = world(game)
        assert (scene.world.data.name, scene.session.player_character) == (chapter.map,
                                                                         chapter.player)
        assert int(game.ctx.flags.get("progress")) == chapter.progress
    return check


def flags_are(wanted: dict[str, object]) -> Check:
    def check(game: Game) -> None:
        got = {name: game.ctx.flags.get(name) for name in wanted}
        assert got == wanted
    return check


def both(*checks: Check) -> Check:
    def check(game: Game) -> None:
        for one in checks:
            one(game)
    return check


def heard(lines: list[str], *said: str, unsaid: tuple[str, ...] = ()) -> Check:
    """The lines the player has read so far include `said` and none of `unsaid`."""
    def check(game: Game) -> None:
        for line in said:
            assert line in lines, line
        for line in unsaid:
            assert line not in lines, line
    return check


def harsh_checks(lines: list[str]) -> dict[str, Check]:
    """Every part's check in the harsh run: the other side of each branch, and its lines."""
    return {
        "Act One": both(
            other_side(2, {"kind_to_siobhan": False, "siobhan_grudge": True, "lena_trust": 2,
                           "queen_suspicion": 0}),
            heard(lines, "No. No dance, no pair, no arrangement with your mother.",
                  "I told her my daughter has teeth. I was almost proud, darling.",
                  "No locks. And I'll knock. Every time. Even though it's technically my room.")),
        "Act Two": heard(lines, "Forty metres to the garden. Guards on every path. Pods with "
                         "scanners.", "Is this— I can stop—",
                         "It speaks. Kara, it speaks in my throne room.",
                         "Your gift watches a great deal. See that she watches the floor.",
                         "I spoke in front of the Queen. Stupid. She covered for me without "
                         "blinking. Also stupid. Braver, though."),
        "to bed": other_side(3, {"lena_trust": 4, "queen_suspicion": 3}),
        "Act Three, the victory night": both(
            flags_are({"standoff_sparring": "lost", "sparring_lapses": 2,
                       "lena_called_servant": False, "leslie_suspects": True,
                       "leslie_inspected": False, "toasted_krypton": False,
                       "glared_at_leslie": False, "promised_queen": False}),
            heard(lines, "Two to one. You looked. Twice. I counted.",
                  "Her name is Lena. You can use it.",
                  "You didn't drink to my victory. Leslie saw. Everyone saw Leslie seeing.")),
        "Act Three, the vow": both(
            other_side(4, {"maggie_trained": False, "leslie_confronted": False,
                           "standoff_leslie": "lost", "standoff_comm_room": "lost",
                           "alex_trusts_lena": False, "alex_guard": 10, "exson_truth": False,
                           "shared_pie": False}),
            heard(lines, "There it is. The flinch. Your mother's been looking for that for years.",
                  "Twice now you've shown Rann what I am to you. She only needed once.",
                  "It counts for nice. Nice doesn't open doors.",
                  "I watched you with the Rann girl. You let her see you flinch. We will work "
                  "on that.",
                  unsaid=("You came for me in front of everyone. Either very brave or very "
                          "stupid.", "I didn't do it to frighten Rann, Mother."))),
        "Act Four, the council": both(
            flags_are({"a4a_alex_doubt": False, "a4a_alex_glanced": True,
                       "a4a_composure": "lost", "a4a_james_stand": "lost"}),
            heard(lines, "Guardsman. Hands off my armourer.",
                  "You blinked, Danvers. Soldiers who blink are usually hiding something. Or "
                  "someone.", "Even my First Charge will fly. Steady hands, Danvers. I'll be "
                  "watching them.",
                  "Late, Danvers. By a heartbeat. I count heartbeats.",
                  *HIGH_SUSPICION["Act Four, the council"])),
        "Act Four, the slums by day": both(
            flags_are({"shared_bread": False, "oscar_won": False, "lena_future_queen": False}),
            heard(lines, "Not today. I'm sorry.")),
        "Act Four, the challenge": both(
            flags_are({"a4b_message": False, "lucy_left_pin": False, "kara_forgave_lucy": False,
                       "standoff_throne": "lost", "a4b_dakkum": "lost", "challenge_tries": 2}),
            heard(lines, "I said it on my knees. I'll say it standing. I love her.",
                  "Crooked at first. But spoken. The law heard all of it.",
                  "Hours, Lucy. We had hours, and you spent them being right.",
                  *HIGH_SUSPICION["Act Four, the challenge"])),
        "Act Four, the slums by night": both(
            other_side(5, {"sweep_outcome": "caught", "oscar_won": False, "shared_bread": False,
                           "lena_future_queen": False, "a4a_alex_doubt": False,
                           "a4b_message": False, "lucy_left_pin": False,
                           "kara_forgave_lucy": False, "standoff_throne": "lost",
                           "a4a_composure": "lost", "a4a_james_stand": "lost"}),
            heard(lines, "Cadet. Take your hand off that girl.",
                  *HIGH_SUSPICION["Act Four, the slums by night"])),
        "Act Five, before Rao": both(
            other_side(6, {"a5_bring_home": False, "a5_hugged_monel": False,
                           "a5_told_jonn": False, "a5_raised_rhea": False,
                           "a5_shield_lane": False, "a5_lucy_sorry": False,
                           "a5_wore_crest": False, "a5_message_lena": "sorry",
                           "duel_rhea": "won"}),
            flags_are({"a5_duel_fell": True}),
            heard(lines, "Every pilot who flew for my mother is flying home to me. Open it.",
                  "Let them. They'll see it for the rest of my life, however long you leave me.",
                  *HIGH_SUSPICION["Act Five, before Rao"])),
        "Act Six, Rao's Storm": both(
            other_side(7, {"fired_on_lex": True, "slum_families_saved": 0,
                           "a6_kara_order": "turrets", "a6_broadcast": "everyone",
                           "a6_lex_greeting": "late", "a6_told_maggie": "children",
                           "a6_pod_word": "sure"}),
            heard(lines, "Whoever you are, unknown ships... I'm sorry we shot at you. I'd shoot "
                  "at me too.", "Someone up there shot at my ships. I'll be having words with "
                  "whoever leads this planet.",
                  "Inside! There's no more time, the others will have to hide where they are!",
                  "I still don't know what you are to this planet. But I know what you are to "
                  "her. Get in.")),
        "Act Seven, the red dawn": both(the_credits, flags_are(
            {"a7_decree": "plant", "a7_offered_home": False, "a7_embraced_rhea": False,
             "a7_shielded_rhea": False, "a7_pin_by_maggie": False}),
            heard(lines, *EPILOGUE, *NO_WINGMEN, unsaid=FIRST_EPILOGUE)),
        "the end": the_title,
    }


def the_credits(game: Game) -> None:
    assert isinstance(game.ctx.stack.top, CreditsScene)
    assert game.ctx.flags.get("progress") == 100


def the_title(game: Game) -> None:
    title = game.ctx.stack.top
    assert isinstance(title, TitleScene)
    assert "Chapters" in [item.label for item in title.menu.items]


def test_new_game_to_the_credits_through_the_other_branches(
        tmp_path: Path, display, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "harsh"))
    lines = spy_all_lines(monkeypatch)
    recorded = tmp_path / "played.txt"
    game = contests_played(["--record", str(recorded)])
    game.start()
    for part in story_parts(tmp_path, HARSH, harsh_checks(lines)):
        play(game, part)
    assert isinstance(game.ctx.stack.top, TitleScene)
    played = state(game)
    game.finish()  # writes the recording

    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "replay"))  # no autosave to Continue
    replay = contests_played(["--input", str(recorded), "--frames", str(played["frame"])])
    replay.run()
    assert state(replay) == played


def contests_played(argv: list[str]) -> Game:
    """The game as this player sets it up: rides and stealth skipped in Settings, the
    stand-offs and the duel played (HARSH's contest bot loses them)."""
    game = skip_contests(Game(parse_args(["--fast", "--seed", SEED, *argv])))
    game.flow.settings.contest_skip = False
    return game
