"""Saves from older layouts walk the migration chain; newer ones are refused politely."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest

from game.dialogue.flags import FlagStore
from game.persistence.atomic import backup_path
from game.persistence.errors import SaveDamaged
from game.persistence.migrations import MIGRATIONS, SAVE_VERSION, migrate
from game.persistence.saves import SaveStore
from game.session import Session

# A save as the pre-release demo wrote it (layout "version 0").
DEMO_SAVE: dict[str, Any] = {
    "version": 0,
    "map": "palace",
    "spawn": None,
    "x": 128.0,
    "y": 72.5,
    "facing": "left",
    "hero": "zor",
    "journal": "Find the observatory key.",
    "act": "act1",
    "triggers": ["palace:12", "palace:3"],
    "seen": ["intro.1", "intro.2"],
    "steps": 60 * 60 * 42,
    "flags": {"met_kara": True, "trust": 4},
    "saved": 1_700_000_000,
}


def test_every_version_below_the_current_one_has_a_step() -> None:
    assert sorted(MIGRATIONS) == list(range(SAVE_VERSION))


def test_a_demo_save_loads_in_the_current_game(store: SaveStore, flags: FlagStore) -> None:
    store.paths.ensure()
    store.save_path("2").write_text(json.dumps(DEMO_SAVE), encoding="utf-8")

    info = store.info("2")
    assert info.status == "ok", info.reason
    assert (info.map_title, info.play_time, info.game_version) == ("palace", "0:42",
                                                                   "pre-release")
    assert info.saved_at == datetime.fromtimestamp(1_700_000_000, timezone.utc)

    session = Session("start", player_character="kara")
    assert store.read("2").apply_to(session, flags) == []
    assert session == Session(map_name="palace", position=(128.0, 72.5), facing="left",
                              player_character="zor", journal="Find the observatory key.",
                              act="act1", fired_triggers={"palace:12", "palace:3"},
                              seen_lines={"intro.1", "intro.2"}, play_steps=60 * 60 * 42)
    assert flags.get("met_kara") is True and flags.get("trust") == 4
    assert flags.visits() == {}


def test_rewriting_a_migrated_save_stores_the_new_layout(store: SaveStore) -> None:
    store.paths.ensure()
    store.save_path("1").write_text(json.dumps(DEMO_SAVE), encoding="utf-8")
    store.write("1", store.read("1"))
    assert json.loads(store.save_path("1").read_text(encoding="utf-8"))["version"] == 1
    backup = backup_path(store.save_path("1"))
    assert json.loads(backup.read_text(encoding="utf-8"))["version"] == 0  # kept as it was


def test_a_broken_demo_save_gets_a_reason_not_a_traceback() -> None:
    broken = dict(DEMO_SAVE, saved="last tuesday")
    with pytest.raises(SaveDamaged, match="field 'saved'"):
        migrate(broken)
    with pytest.raises(SaveDamaged, match="could not upgrade a version 0 save"):
        migrate(dict(DEMO_SAVE, saved=10.0**30))


def test_the_chain_runs_step_by_step() -> None:
    chain = {0: lambda d: {**d, "version": 1, "a": 1},
             1: lambda d: {**d, "version": 2, "b": d["a"] + 1}}
    assert migrate({"version": 0}, chain, target=2) == {"version": 2, "a": 1, "b": 2}
    with pytest.raises(SaveDamaged, match=r"saved by a newer version \(3\)"):
        migrate({"version": 3}, chain, target=2)
    with pytest.raises(SaveDamaged, match="could not upgrade"):
        migrate({"version": 0}, {0: lambda d: d}, target=1)  # a step that forgot the bump
