"""Broken saves are listed "damaged" with the reason loading gives; "ok" really loads."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.app import Game
from game.cli import parse_args
from game.core.assets import AssetResolver
from game.dialogue.flags import FlagStore
from game.persistence.errors import SaveDamaged
from game.persistence.paths import UserPaths
from game.persistence.savedata import decode_save
from game.persistence.saves import SaveStore
from game.ui.error_scene import ErrorScene
from game.world.loader import resolve_map_path
from game.world.save_facts import SaveFacts
from game.world.scene import WorldScene

FOLDER = Path(__file__).parent / "saves"
EXPECTED: dict[str, str] = {
    k: v for k, v in json.loads((FOLDER / "expected.json").read_text()).items()
    if not k.startswith("_")
}


@pytest.fixture(scope="module")
def facts(display) -> SaveFacts:
    from game.content import load_content
    from game.flight.registry import STAGE_WORDS

    assets = AssetResolver.discover()
    return SaveFacts(assets.maps_dir, load_content(assets, STAGE_WORDS))


def real_store(root: Path, facts: SaveFacts) -> SaveStore:
    maps = facts.maps_dir
    return SaveStore(UserPaths(root, root), FlagStore(facts.content.flag_decls).declarations,
                     map_exists=lambda name: resolve_map_path(maps, name).is_file(), world=facts)


def test_every_corpus_save_has_an_expected_message() -> None:
    assert {p.name for p in FOLDER.glob("*.json") if p.name != "expected.json"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_listing_is_as_strict_as_loading(name: str, tmp_path: Path, facts: SaveFacts) -> None:
    store = real_store(tmp_path, facts)
    store.paths.saves.mkdir(parents=True)
    shutil.copy(FOLDER / name, store.save_path("1"))
    info = store.info("1")
    if not EXPECTED[name]:
        assert info.status == "ok"
        assert store.read("1").session.map_name
        return
    assert info.status == "damaged"
    assert info.reason.startswith(EXPECTED[name])
    with pytest.raises(SaveDamaged) as loading:
        store.read("1")
    assert loading.value.reason == info.reason


OK_SAVES = sorted(name for name, message in EXPECTED.items() if not message)


@pytest.mark.parametrize("name", OK_SAVES)
def test_an_ok_save_really_loads_in_the_game(name: str, home: Path, display) -> None:
    (home / "saves").mkdir(parents=True)
    shutil.copy(FOLDER / name, home / "saves" / "slot_1.json")
    session = json.loads((FOLDER / name).read_text())["session"]
    game = Game(parse_args(["--fast", "--frames", "1"]))
    game.start()
    assert game.flow.saves.info("1").status == "ok"
    assert game.flow.load_slot("1")
    for _ in range(30):
        game.step()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene) and world.world is not None
    assert not any(isinstance(s, ErrorScene) for s in game.ctx.stack)
    assert world.world.data.name == session["map_name"]
    if session["position"] is not None:
        assert [world.world.player.x, world.world.player.y] == session["position"]
    else:
        spawn = world.world.data.spawns[session["spawn"]]
        assert (world.world.player.x, world.world.player.y) == (spawn.x, spawn.y)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
SESSION_FIELDS = ["map_name", "spawn", "position", "facing", "player_character", "journal",
                  "act", "fired_triggers", "seen_lines", "play_steps", "followers", "meters",
                  "watch", "lighting"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from([*SESSION_FIELDS, "flags", "saved_at", "version", "summary"]),
       value=JSON)
def test_any_edit_of_a_save_loads_or_is_damaged(facts: SaveFacts, field: str,
                                                value: object) -> None:
    data = json.loads((FOLDER / "good.json").read_text())
    (data["session"] if field in SESSION_FIELDS else data)[field] = value
    raw = json.dumps(data).encode()
    try:
        save = decode_save(raw, FlagStore(facts.content.flag_decls).declarations, None, facts)
    except SaveDamaged as err:
        assert err.reason and "\n" not in err.reason
    else:
        position = save.session.position
        if position is not None:
            assert 0 <= position[0] <= 352 and 0 <= position[1] <= 224


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_load_or_are_damaged(raw: bytes) -> None:
    try:
        decode_save(raw)
    except SaveDamaged as err:
        assert err.reason
