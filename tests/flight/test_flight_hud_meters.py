"""The right side panel shows the meters the stage's data lists, in its order, and
nothing the data leaves out, whatever rules the stage runs on."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.flight import FlightOptions
from game.flight.art import FlightArt
from game.flight.battle import Battle
from game.flight.entities import FIELD_W, FIELD_X
from game.flight.hud import Hud
from game.flight.meters import METERS
from game.flight.registry import STAGE_KINDS, load_flight
from game.ui.text import Fonts

RIGHT = FIELD_X + FIELD_W


def right_panel_words(root: Path, stage: str, frames: int = 0) -> list[str]:
    """The texts the HUD draws in the right panel, top to bottom, left to right."""
    assets = AssetResolver(root)
    words = load_flight(assets)
    fonts = Fonts.load(assets)
    battle = Battle(stage, FlightOptions(invincible=True), script=words.stage(stage))
    for _ in range(frames):
        battle.step(0, 0, False, False)
    drawn: list[tuple[int, int, str]] = []
    original = fonts.small.draw

    def spy(target, text, pos, *args, **kwargs):  # type: ignore[no-untyped-def]
        if pos[0] >= RIGHT:
            drawn.append((pos[1], pos[0], text))
        return original(target, text, pos, *args, **kwargs)

    fonts.small.draw = spy  # type: ignore[method-assign]
    Hud(assets, fonts, FlightArt(assets), words).draw(pygame.Surface((480, 270)), battle,
                                                    battle.options, fast=True)
    hints = {"NORMAL", "Z fire  X focus", "X focus", "arrows move"}
    return [text for _, _, text in sorted(drawn) if text not in hints]


def add_stage(root: Path, name: str, rules: str, hud: list) -> None:
    """A copy of the `rules` stage's data under `name`, with its own "hud" list."""
    data = root / "assets" / "data"
    stage = json.loads((data / "flight" / f"{rules}.json").read_text())
    stage["hud"] = hud
    (data / f"{name}.json").write_text(json.dumps(stage))
    listing = json.loads((data / "flight.json").read_text())
    listing["stages"][name] = {"file": f"assets/data/{name}.json", "rules": rules}
    (data / "flight.json").write_text(json.dumps(listing))


def test_the_shipped_stages_show_their_panels(display, data_root: Path) -> None:
    assert right_panel_words(data_root, "storm") == [
        "JAM", "0%", "signal", "SLUMS", "PALACE", "MARKET"]
    assert right_panel_words(data_root, "hold_fire") == ["WINGMEN"]
    assert right_panel_words(data_root, "hold_fire", frames=600)[:3] == [
        "WINGMEN", "CONTACTS", "UNKNOWN"]
    assert right_panel_words(data_root, "pod_run") == ["TO PALACE", "LENA ABOARD", "NO WEAPONS"]


def test_a_stage_declaring_other_meters_shows_exactly_those(display, data_root: Path) -> None:
    add_stage(data_root, "city_only", "storm", ["shields"])
    assert right_panel_words(data_root, "city_only") == ["SLUMS", "PALACE", "MARKET"]
    add_stage(data_root, "jam_watch", "storm",
              [{"note": "objective_hold", "colour": "gold"}, "jam"])
    assert right_panel_words(data_root, "jam_watch") == ["HOLD THE SHIELDS", "JAM", "0%"]
    add_stage(data_root, "quiet", "hold_fire", [])
    assert right_panel_words(data_root, "quiet", frames=600) == []


def test_a_meter_the_rules_cannot_feed_is_a_content_error(data_root: Path) -> None:
    add_stage(data_root, "wrong", "storm", ["jam", "wingmen"])
    with pytest.raises(ContentError, match=r"wrong\.json.*hud\[1\].*no meter 'wingmen'"):
        load_flight(AssetResolver(data_root))
    add_stage(data_root, "wrong", "pod_run", [{"note": "objective"}])  # it has a {left}
    with pytest.raises(ContentError, match=r"hud\[0\]\.note"):
        load_flight(AssetResolver(data_root))


def test_every_meter_a_rule_feeds_has_its_texts() -> None:
    for name, kind in STAGE_KINDS.items():
        for meter in kind.words.meters:
            assert meter in METERS, (name, meter)
            missing = set(METERS[meter].texts) - set(kind.words.texts)
            assert not missing, (name, meter, missing)
