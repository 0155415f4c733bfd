"""The audio registry in data: adding a track is a JSON edit, bad entries say what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.audio_registry import parse_registry
from game.core.errors import ContentError

GOOD = {
    "music": {"palace": {"file": "assets/audio/music/palace.ogg", "loudness": -20}},
    "ambience": {"wind": {"file": "assets/audio/ambience/wind.ogg", "loudness": -30,
                          "volume": 0.5}},
    "effects": {"blip": {"file": "assets/audio/sfx/blip.ogg", "peak": 0.2, "duck": 0.7,
                         "duck_steps": 8}},
    "aliases": {"halls": "palace"},
}


def _with(section: str, name: str, **changes: object) -> dict:
    data = json.loads(json.dumps(GOOD))
    data[section][name].update(changes)
    return data


def test_a_good_registry_reads_into_typed_entries():
    reg = parse_registry(GOOD)
    assert reg.music["palace"].loudness == -20.0
    assert reg.ambience["wind"].volume == 0.5
    assert reg.effects["blip"].duck == 0.7 and reg.effects["blip"].duck_steps == 8
    assert reg.music_name("halls") == "palace" and reg.music_name("disco") is None
    assert {"palace", "halls", "none"} <= reg.known_music()


def test_the_shipped_registry_reads(repo_root: Path):
    reg = parse_registry(json.loads((repo_root / "assets/data/audio.json").read_text()))
    assert len(reg.music) >= 20 and reg.ambience and reg.effects


@pytest.mark.parametrize(("data", "message"), [
    ([], "expected an object"),
    ({**GOOD, "tracks": {}}, "unknown sections"),
    (_with("music", "palace", loudness=float("nan")), "music 'palace': 'loudness' must be"),
    (_with("music", "palace", loudness=-2), "'loudness' must be a number from -40"),
    (_with("music", "palace", loudness="loud"), "'loudness' must be a number"),
    (_with("music", "palace", file="/etc/passwd"), "'file' must be a path under assets/audio"),
    (_with("music", "palace", file="assets/audio/../../x.ogg"), "under assets/audio"),
    (_with("music", "palace", tempo=3), "unknown fields ['tempo']"),
    (_with("effects", "blip", duck=4), "effect 'blip': 'duck' must be a number from 0"),
    (_with("ambience", "wind", volume=True), "'volume' must be a number"),
    ({**GOOD, "aliases": {"old": "nowhere"}}, "alias 'old' points to 'nowhere'"),
    ({**GOOD, "music": {"Bad Name": {"file": "assets/audio/x.ogg", "loudness": -20}}},
     "lower_case"),
])
def test_bad_entries_are_content_errors_naming_the_entry(data, message):
    with pytest.raises(ContentError, match=r"assets/data/audio\.json") as err:
        parse_registry(data)
    assert message in str(err.value)
