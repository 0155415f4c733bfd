"""Credits (with the cast list), the title menu, the start of a new game and the
emotes are read from assets/data; broken entries are reported by file and entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.app import Game
from game.cli import parse_args
from game.content import load_content
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.flight.registry import STAGE_WORDS
from game.screens.credits import CreditsScene
from game.screens.title import TitleScene
from game.world.scene import WorldScene


def content(root: Path):
    return load_content(AssetResolver(root), STAGE_WORDS)


def started(argv: list[str]) -> Game:
    game = Game(parse_args([*argv, "--fast", "--frames", "1"]))
    game.run()
    return game


def expect_error(root: Path, *fragments: str) -> None:
    with pytest.raises(ContentError) as caught:
        content(root)
    for fragment in fragments:
        assert fragment in str(caught.value)


# -- credits ------------------------------------------------------------------------------

def cast_of(credits) -> list:
    """The cast list of a credits.json's data, wherever its section is."""
    return next(s["cast"] for s in credits["sections"] if "cast" in s)


def section_index(credits, key: str) -> int:
    return next(i for i, s in enumerate(credits["sections"]) if key in s)


def test_the_credits_roll_what_the_data_says(display, data_root, edit) -> None:
    def change(credits):
        cast_of(credits).insert(0, {"who": "oscar", "as": "the best liar"})
        credits["sections"].append({"head": "Tea", "lines": ["Brewed by Maggie"]})
    edit("credits.json", change)
    game = started(["--scene", "title"])
    roll = CreditsScene(game.ctx, game.flow, then_title=False)
    texts = [(row.kind, row.text, row.role) for row in roll.rows]
    assert ("cast", "Oscar", "the best liar") in texts  # the name comes from characters.json
    assert ("line", "Brewed by Maggie", "") in texts
    assert texts.index(("head", "Tea", "")) < texts.index(("line", "Brewed by Maggie", ""))


def test_the_credits_play_the_track_the_data_names(display, data_root, edit) -> None:
    edit("credits.json", lambda c: c.update(music="epilogue"))
    game = started(["--scene", "title"])
    game.flow.open_credits()
    assert game.ctx.audio.music == "epilogue"


def test_a_cast_name_follows_characters_json_unless_the_credits_name_it(data_root, edit) -> None:
    edit("characters.json", lambda c: c["winn"].update(name="Winn Schott"))
    rows = content(data_root).credits.rows  # read when first asked for
    assert any(r.kind == "cast" and r.text == "Winn Schott" for r in rows)
    assert any(r.kind == "cast" and r.text == "Kara Zor-El" for r in rows)  # named in credits


def expect_credits_error(root: Path, *fragments: str) -> None:
    """The game starts with a broken credits.json; reading the roll names the fault."""
    loaded = content(root)
    with pytest.raises(ContentError) as caught:
        loaded.credits  # noqa: B018 - reading it is the check
    for fragment in fragments:
        assert fragment in str(caught.value)


def test_a_cast_entry_for_an_unknown_character_names_the_entry(data_root, edit) -> None:
    edit("credits.json", lambda c: cast_of(c)[1].update(who="lenna"))
    where = section_index(json.loads((data_root / "assets/data/credits.json").read_text()), "cast")
    expect_credits_error(data_root, "assets/data/credits.json", f"sections[{where}].cast[1].who",
                         "lenna")


def test_a_credits_section_needs_lines_or_a_cast(data_root, edit) -> None:
    edit("credits.json", lambda c: c["sections"][1].pop("lines"))
    expect_credits_error(data_root, "credits.json", "sections[1]", "one of 'lines', 'cast'")


# -- the title menu -------------------------------------------------------------------------

def test_the_title_menu_shows_the_labels_and_hints_of_the_data(display, data_root, edit) -> None:
    edit("title.json", lambda t: t["menu"]["new_game"].update(
        label="Begin", hint="Twenty candles, one gift."))
    game = started(["--scene", "title"])
    title = game.ctx.stack.find(TitleScene)
    assert title is not None
    first = title.menu.items[0]
    assert (first.label, first.hint) == ("Begin", "Twenty candles, one gift.")
    title.menu.cursor = 0
    assert title.menu.hint() == "Twenty candles, one gift."


def test_a_title_entry_without_a_hint_is_an_error(data_root, edit) -> None:
    edit("title.json", lambda t: t["menu"]["quit"].pop("hint"))
    expect_error(data_root, "assets/data/title.json", "menu.quit", "'hint'")


# -- where a new game starts --------------------------------------------------------------

def test_a_new_game_plays_the_character_and_act_of_the_start_entry(display, data_root,
                                                                    edit) -> None:
    edit("content.json", lambda c: c["start"].update(player="lena", act="Before the Gift"))
    game = started(["--scene", "title"])
    game.flow.new_game()
    for _ in range(120):
        game.step()
    world = game.ctx.stack.find(WorldScene)
    assert world is not None and world.world is not None
    assert world.world.player.character == "lena"
    assert world.session.player_character == "lena"
    assert game.ctx.content.start.act == "Before the Gift"


def test_an_unknown_start_player_is_an_error(data_root, edit) -> None:
    edit("content.json", lambda c: c["start"].update(player="supergirl"))
    expect_error(data_root, "assets/data/content.json", "start.player", "supergirl")


def test_the_start_entry_must_name_the_act(data_root, edit) -> None:
    edit("content.json", lambda c: c["start"].pop("act"))
    expect_error(data_root, "content.json", "start", "'act'")


# -- emotes -------------------------------------------------------------------------------

def test_a_new_emote_name_is_a_data_entry(display, data_root, edit) -> None:
    edit("emotes.json", lambda e: e["emotes"].update(swoon=3))
    (data_root / "assets" / "data" / "emote_test.yarn").write_text(
        "title: emote_test\n---\n<<emote player swoon>>\n===\n", encoding="utf-8")
    edit("content.json", lambda c: c["scripts"].append("assets/data/emote_test.yarn"))
    game = started(["--map", "garden"])
    world = game.ctx.stack.find(WorldScene)
    assert world is not None and world.world is not None
    assert world.world.player.emote is None
    world.director.start("emote_test")
    for _ in range(5):
        game.step()
    emote = world.world.player.emote
    assert emote is not None and emote[0] == 3


def test_an_emote_past_the_end_of_the_strip_is_an_error(data_root, edit) -> None:
    edit("emotes.json", lambda e: e["emotes"].update(wink=7))
    expect_error(data_root, "assets/data/emotes.json", "emotes.wink", "past the end")


def test_the_art_generator_draws_every_emote_of_the_data(tmp_path: Path) -> None:
    from tools.art import fx

    frames = fx.emote_frames()
    strip = fx.emotes(frames)
    assert strip.get_width() == 16 * (max(frames.values()) + 1)
    assert set(frames) <= set(fx.SYMBOLS)
    wink = tmp_path / "emotes.json"
    wink.write_text(json.dumps({"emotes": {"!": 0, "wink": 1}}), encoding="utf-8")
    with pytest.raises(SystemExit, match="wink"):
        fx.emote_frames(wink)


# -- the linter ---------------------------------------------------------------------------

def test_the_linter_reports_broken_content_data_by_file(data_root, edit) -> None:
    from tools.maps.lint import lint

    edit("flight/storm.json", lambda s: s["lines"].pop("jammed"))
    edit("credits.json", lambda c: c["sections"][0]["cast"][0].update(who="nobody"))
    report, _ = lint(data_root)
    found = {(f.file, f.message.split(":")[0]) for f in report.errors}
    assert ("assets/data/flight/storm.json", "lines") in found
    assert ("assets/data/credits.json", "sections[0].cast[0].who") in found


def test_the_linter_knows_the_emotes_of_the_data(data_root, edit) -> None:
    from tools.maps.lint import lint

    (data_root / "assets" / "data" / "emote_test.yarn").write_text(
        "title: emote_test\n---\n<<emote player swoon>>\n<<emote player wink>>\n===\n",
        encoding="utf-8")
    edit("content.json", lambda c: c["scripts"].append("assets/data/emote_test.yarn"))
    edit("emotes.json", lambda e: e["emotes"].update(swoon=3))
    report, _ = lint(data_root)
    messages = [f.message for f in report.errors]
    assert any("emote 'wink'" in m for m in messages)
    assert not any("emote 'swoon'" in m for m in messages)
