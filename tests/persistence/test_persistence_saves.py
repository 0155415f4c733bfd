"""A save brings back exactly the game that was saved; slots, backups and pictures."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.dialogue.flags import FlagStore
from game.persistence.atomic import backup_path
from game.persistence.errors import SlotEmpty
from game.persistence.rules import MAX_COORDINATE, MAX_DISTANCE
from game.persistence.savedata import FACINGS, SaveData, decode_save, encode_save
from game.persistence.saves import SLOTS, SaveStore
from game.persistence.thumbnails import THUMBNAIL_SIZE
from game.session import Session as GameSession


def Session(map_name: str, **fields: object) -> GameSession:
    """A session as the game builds one; every save in these tests is Kara's."""
    fields.setdefault("player_character", "kara")
    return GameSession(map_name, **fields)  # type: ignore[arg-type]


WHEN = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)

names = st.text(min_size=1, max_size=20)
numbers = st.floats(-MAX_COORDINATE, MAX_COORDINATE, width=64)
declared = st.sampled_from(["met_kara", "trust", "sun_angle", "ship_name"])  # conftest's
sessions = st.builds(
    Session,
    map_name=names,
    spawn=st.none() | names,
    position=st.none() | st.tuples(numbers, numbers),
    facing=st.sampled_from(FACINGS),
    player_character=names,
    journal=st.text(max_size=200),
    act=st.text(max_size=20),
    fired_triggers=st.sets(st.text(max_size=12), max_size=8),
    seen_lines=st.sets(st.text(max_size=12), max_size=8),
    play_steps=st.integers(0, 10**9),
    followers=st.lists(names, max_size=3),
    meters=st.lists(st.tuples(declared, st.text(max_size=10)), max_size=3),
    watch=st.none() | st.tuples(names, st.integers(0, MAX_DISTANCE), declared),
)
flag_values = st.fixed_dictionaries({}, optional={
    "met_kara": st.booleans(),
    "trust": st.integers(0, 10),
    "sun_angle": st.floats(0.0, 1.0),
    "ship_name": st.text(max_size=20),
})
visits = st.dictionaries(st.text(min_size=1, max_size=10), st.integers(0, 1000), max_size=5)


def fresh(flags: FlagStore) -> FlagStore:
    """A new store with the same declarations (the fixture's store is shared by examples)."""
    return FlagStore(flags.declarations.values())


def game_state(template: FlagStore, values: dict[str, object],
               seen: dict[str, int]) -> FlagStore:
    flags = fresh(template)
    for name, value in values.items():
        flags.set(name, value)
    for node, count in seen.items():
        for _ in range(min(count, 3)):
            flags.record_visit(node)
    return flags


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(session=sessions, values=flag_values, seen=visits,
       slot=st.sampled_from(SLOTS), act=st.text(max_size=30), title=st.text(max_size=30))
def test_round_trip_restores_the_same_state(store: SaveStore, flags: FlagStore,
                                            session: GameSession,
                                            values: dict[str, object], seen: dict[str, int],
                                            slot: str, act: str, title: str) -> None:
    flags = game_state(flags, values, seen)
    store.write(slot, SaveData.from_game(session, flags, act, title, now=WHEN))

    loaded = store.read(slot)
    restored = Session(map_name="elsewhere", facing="left", fired_triggers={"stale"})
    restored_flags = fresh(flags)
    restored_flags.set("trust", 9)
    assert loaded.apply_to(restored, restored_flags) == []

    assert restored == session
    assert restored_flags.snapshot() == flags.snapshot()
    assert restored_flags.visits() == flags.visits()
    assert (loaded.act, loaded.map_title, loaded.saved_at) == (act, title, WHEN)


def test_every_session_field_is_saved(flags: FlagStore) -> None:
    """Adding a field to Session without saving it must fail here, not in a player's game."""
    saved = SaveData(Session("m"), flags.to_json()).to_json()["session"]
    assert set(saved) == {f.name for f in dataclasses.fields(GameSession)}


def test_from_game_is_a_snapshot(flags: FlagStore) -> None:
    session = Session("palace", seen_lines={"a"})
    save = SaveData.from_game(session, flags, "Act I", "Palace")
    session.seen_lines.add("b")
    flags.set("trust", 4)
    assert save.session.seen_lines == {"a"}
    assert save.flags["flags"]["trust"] == 0


def test_file_is_readable_json_with_summary(store: SaveStore, flags: FlagStore) -> None:
    session = Session("palace", fired_triggers={"b:2", "a:1"}, play_steps=60 * 60 * 61 + 5)
    store.write("2", SaveData.from_game(session, flags, "Act II: Ash", "Sun Court", now=WHEN))
    data = json.loads(store.save_path("2").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["summary"] == {"act": "Act II: Ash", "map_title": "Sun Court",
                               "play_time": "1:01"}
    assert data["session"]["fired_triggers"] == ["a:1", "b:2"]
    assert data["flags"] == flags.to_json()


def test_list_slots_latest_and_empty(store: SaveStore, flags: FlagStore) -> None:
    assert [i.status for i in store.list_slots()] == ["empty"] * 4
    assert store.latest() is None
    with pytest.raises(SlotEmpty):
        store.read("3")
    store.write("auto", SaveData.from_game(Session("a"), flags, "I", "A", now=WHEN))
    store.write("3", SaveData.from_game(Session("b"), flags, "I", "B",
                                        now=WHEN + timedelta(minutes=5)))
    store.write("1", SaveData.from_game(Session("c"), flags, "I", "C",
                                        now=WHEN - timedelta(days=1)))
    infos = {i.slot: i for i in store.list_slots()}
    assert [i.slot for i in store.list_slots()] == ["auto", "1", "2", "3"]
    assert infos["2"].status == "empty"
    assert infos["3"].map_title == "B" and infos["3"].play_time == "0:00"
    latest = store.latest()
    assert latest is not None and latest.slot == "3"


def test_unknown_slot_is_a_programming_error(store: SaveStore) -> None:
    with pytest.raises(ValueError, match="unknown save slot"):
        store.save_path("../../etc/passwd")


def test_backup_is_offered_and_restorable(store: SaveStore, flags: FlagStore) -> None:
    first = SaveData.from_game(Session("first"), flags, "I", "First", now=WHEN)
    second = SaveData.from_game(Session("second"), flags, "I", "Second", now=WHEN)
    store.write("1", first)
    assert not store.info("1").backup_available
    store.write("1", second)
    assert store.info("1").backup_available
    store.save_path("1").write_text('{"version": 1, "sess', encoding="utf-8")  # cut short

    info = store.info("1")
    assert info.status == "damaged" and info.backup_available
    assert "truncated" in info.reason
    restored = store.restore_backup("1")
    assert restored.session.map_name == "first"
    assert store.read("1").session.map_name == "first"


def test_a_damaged_save_never_replaces_a_good_backup(store: SaveStore,
                                                     flags: FlagStore) -> None:
    store.write("1", SaveData.from_game(Session("one"), flags, "I", "One", now=WHEN))
    store.write("1", SaveData.from_game(Session("two"), flags, "I", "Two", now=WHEN))
    store.save_path("1").write_bytes(b"")
    store.write("1", SaveData.from_game(Session("three"), flags, "I", "Three", now=WHEN))
    assert store.read_backup("1").session.map_name == "one"


def test_missing_main_file_falls_back_to_backup(store: SaveStore, flags: FlagStore) -> None:
    store.write("2", SaveData.from_game(Session("old"), flags, "I", "Old", now=WHEN))
    store.write("2", SaveData.from_game(Session("new"), flags, "I", "New", now=WHEN))
    store.save_path("2").unlink()
    info = store.info("2")
    assert info.status == "ok" and info.from_backup and info.map_title == "Old"
    assert store.read("2").session.map_name == "old"


def test_delete_empties_the_slot(store: SaveStore, flags: FlagStore) -> None:
    for _ in range(2):
        store.write("1", SaveData.from_game(Session("m"), flags, "I", "M", now=WHEN))
    store.delete("1")
    assert store.info("1").status == "empty"
    assert not list(store.paths.saves.iterdir())


def test_thumbnail_is_stored_beside_the_save(display: pygame.Surface, store: SaveStore,
                                             flags: FlagStore) -> None:
    screen = pygame.Surface((480, 270))
    screen.fill((200, 40, 30))
    save = SaveData.from_game(Session("palace"), flags, "I", "Palace", now=WHEN)
    store.write("1", save, thumbnail=screen)

    info = store.info("1")
    assert info.thumbnail == store.paths.saves / "slot_1.png"
    assert "png" not in store.save_path("1").read_text(encoding="utf-8").lower()
    picture = store.load_thumbnail("1")
    assert picture is not None and picture.get_size() == THUMBNAIL_SIZE
    colour = picture.get_at((48, 27))[:3]
    assert all(abs(a - b) <= 3 for a, b in zip(colour, (200, 40, 30), strict=True))

    # A save without a picture must not show the old place; the backup keeps it.
    store.write("1", save)
    assert store.info("1").thumbnail is None
    assert backup_path(store.thumbnail_path("1")).exists()
    store.restore_backup("1")
    assert store.info("1").thumbnail == store.thumbnail_path("1")


def test_a_broken_thumbnail_does_not_damage_the_save(display: pygame.Surface,
                                                     store: SaveStore,
                                                     flags: FlagStore) -> None:
    store.write("3", SaveData.from_game(Session("m"), flags, "I", "M", now=WHEN))
    store.thumbnail_path("3").write_bytes(b"not a png")
    assert store.info("3").status == "ok"
    assert store.load_thumbnail("3") is None


def test_encode_refuses_a_position_json_cannot_hold(flags: FlagStore) -> None:
    save = SaveData.from_game(Session("m", position=(float("nan"), 0.0)), flags, "", "")
    with pytest.raises(ValueError):
        encode_save(save)


def test_apply_reports_flag_problems_from_a_lenient_read(flags: FlagStore) -> None:
    """Without declarations the store cannot check flags; FlagStore still reports them."""
    raw = encode_save(SaveData(Session("m"), {"version": 1, "flags": {"ghost": 1},
                                              "visits": {}}, saved_at=WHEN))
    save = decode_save(raw)
    problems = save.apply_to(Session("x"), flags)
    assert problems == ["unknown flag 'ghost' in save (ignored)"]
