"""Every way a save can be broken is listed with a plain reason; other slots still work."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import pytest

from game.dialogue.flags import FlagStore
from game.persistence.errors import SaveDamaged
from game.persistence.paths import UserPaths
from game.persistence.savedata import SaveData, encode_save
from game.persistence.saves import SaveStore
from game.session import Session

WHEN = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
KNOWN_MAPS = {"palace", "garden"}


def good_save(flags: FlagStore, map_name: str = "palace") -> SaveData:
    flags.set("trust", 3)
    session = Session(map_name, position=(10.0, 20.0), player_character="kara")
    return SaveData.from_game(session, flags, "Act I", map_name.title(), now=WHEN)


def edited(change: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    """A hand edit: load the JSON, change it, write it back."""
    def apply(raw: bytes) -> bytes:
        data = json.loads(raw)
        change(data)
        return json.dumps(data).encode()
    return apply


def drop(section: str, name: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: (d[section] if section else d).pop(name)


def put(section: str, name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: (d[section] if section else d).__setitem__(name, value)


DAMAGE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "empty": (lambda raw: b"", "the file is empty"),
    "blank": (lambda raw: b"  \n", "the file is empty"),
    "truncated": (lambda raw: raw[: len(raw) // 2], "the file is cut short (truncated)"),
    "garbage": (lambda raw: b"{]" + raw, "the file is not valid JSON (line 1, column 2"),
    "binary": (lambda raw: b"\xff\xfe\x00\x01" * 8, "the file is not text (it is not UTF-8)"),
    "not an object": (lambda raw: b"[1, 2, 3]", "expected a JSON object"),
    "newer version": (edited(put("", "version", 3)),
                      "saved by a newer version (3) of the game"),
    "no version": (edited(drop("", "version")), "field 'version' is missing"),
    "odd version": (edited(put("", "version", -1)), "unknown save version (-1)"),
    "text version": (edited(put("", "version", "1")), "field 'version' should be a whole"),
    "no map": (edited(drop("session", "map_name")), "field 'map_name' is missing"),
    "map is a number": (edited(put("session", "map_name", 7)),
                        "field 'map_name' should be text, not 7"),
    "unknown map": (edited(put("session", "map_name", "atlantis")),
                    "map 'atlantis' is not part of this version of the game"),
    "steps as text": (edited(put("session", "play_steps", "lots")),
                      "field 'play_steps' should be a whole number of 0 or more"),
    "negative steps": (edited(put("session", "play_steps", -5)), "field 'play_steps'"),
    "position text": (edited(put("session", "position", ["a", 1])),
                      "field 'position' should be a pair of numbers"),
    "position NaN": (lambda raw: raw.replace(b"10.0", b"NaN"), "field 'position'"),
    "facing": (edited(put("session", "facing", "north")), "field 'facing' should be one of"),
    "seen as text": (edited(put("session", "seen_lines", "all")),
                     "field 'seen_lines' should be a list of text"),
    "watch shape": (edited(put("session", "watch", ["kara", "near", "f"])), "field 'watch'"),
    "no session": (edited(drop("", "session")), "field 'session' is missing"),
    "no summary": (edited(drop("", "summary")), "field 'summary' is missing"),
    "bad time": (edited(put("", "saved_at", "yesterday")), "field 'saved_at'"),
    "undeclared flag": (edited(lambda d: d["flags"]["flags"].update(ghost=True)),
                        "flag 'ghost' is not used by this version of the game"),
    "flag type": (edited(lambda d: d["flags"]["flags"].update(trust="high")),
                  "flag 'trust' is an int, not 'high'"),
    "visits": (edited(lambda d: d["flags"]["visits"].update(intro=-1)),
               "visit count for node 'intro'"),
    "flags not object": (edited(put("", "flags", [])), "field 'flags' should be an object"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_save_is_listed_with_reason(kind: str, user_home: UserPaths,
                                            flags: FlagStore) -> None:
    damage, reason = DAMAGE[kind]
    store = SaveStore(user_home, declarations=flags.declarations,
                      map_exists=KNOWN_MAPS.__contains__)
    store.write("1", good_save(flags))
    store.write("1", good_save(flags))  # the first becomes the backup
    store.write("2", good_save(flags, "garden"))
    path = store.save_path("1")
    path.write_bytes(damage(path.read_bytes()))

    infos = {info.slot: info for info in store.list_slots()}
    assert infos["1"].status == "damaged"
    assert reason in infos["1"].reason
    assert infos["1"].backup_available  # the first write's copy is still good
    with pytest.raises(SaveDamaged) as err:
        store.read("1")
    assert reason in err.value.reason

    # Every other slot still works, and the damaged one can simply be overwritten.
    assert infos["2"].status == "ok" and store.read("2").session.map_name == "garden"
    assert infos["auto"].status == infos["3"].status == "empty"
    store.write("3", good_save(flags))
    assert store.read("3").session.map_name == "palace"
    store.write("1", good_save(flags, "garden"))
    assert store.read("1").session.map_name == "garden"


def test_an_unreadable_slot_does_not_break_the_list(store: SaveStore,
                                                    flags: FlagStore) -> None:
    store.write("2", good_save(flags))
    store.paths.saves.joinpath("slot_1.json").mkdir()  # a folder where the file should be
    infos = {info.slot: info for info in store.list_slots()}
    assert infos["1"].status == "damaged" and "could not be read" in infos["1"].reason
    assert infos["2"].status == "ok"


def test_damaged_backup_of_a_missing_save(store: SaveStore, flags: FlagStore) -> None:
    store.paths.ensure()
    store.paths.saves.joinpath("slot_3.json.bak").write_bytes(b"")
    info = store.info("3")
    assert info.status == "damaged" and "backup is damaged: the file is empty" in info.reason
    assert not info.backup_available
    with pytest.raises(SaveDamaged, match="empty"):
        store.restore_backup("3")


def test_no_backup_to_restore(store: SaveStore, flags: FlagStore) -> None:
    store.write("1", good_save(flags))
    with pytest.raises(SaveDamaged, match="no backup"):
        store.restore_backup("1")


def test_a_lenient_store_accepts_flags_it_cannot_check(user_home: UserPaths,
                                                      flags: FlagStore) -> None:
    """A tool without the game's content still lists saves; only the game is strict."""
    raw = encode_save(good_save(flags))
    data = json.loads(raw)
    data["flags"]["flags"]["ghost"] = True
    user_home.ensure()
    SaveStore(user_home).save_path("1").write_text(json.dumps(data), encoding="utf-8")
    assert SaveStore(user_home).info("1").status == "ok"
    assert SaveStore(user_home, declarations=flags.declarations).info("1").status == "damaged"
