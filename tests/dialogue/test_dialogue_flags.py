"""FlagStore: typing, clamping, declarations from JSON, listeners and save round trips."""

from __future__ import annotations

import json

import pytest

from game.dialogue import FlagDecl, FlagError, FlagStore, load_declarations

DECLS_JSON = json.dumps({
    "lena_trust": {"type": "int", "default": 0, "min": 0, "max": 10, "doc": "Lena's trust"},
    "knelt": {"type": "bool", "default": False},
    "speed": {"type": "float", "default": 1, "min": 0.5, "max": 2.0},
    "player_name": {"type": "str", "default": "Kara"},
    "count": {"type": "int"},
})


@pytest.fixture
def store() -> FlagStore:
    return FlagStore(load_declarations(DECLS_JSON, "flags.json"))


def test_declarations_load_with_types_and_defaults(store: FlagStore) -> None:
    assert store.snapshot() == {"lena_trust": 0, "knelt": False, "speed": 1.0,
                                "player_name": "Kara", "count": 0}
    assert type(store.get("speed")) is float
    assert store.declaration("lena_trust").doc == "Lena's trust"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "flags.json:1:2: invalid JSON"),
        ("[]", "flags.json: expected a JSON object of flag declarations"),
        ('{"x": {"type": "integer"}}', "flags.json: flag 'x': unknown type 'integer'"),
        ('{"x": {"type": "int", "default": true}}', "flag 'x' is an int, not True (bool)"),
        ('{"x": {"type": "int", "default": 1.5}}', "flag 'x' is an int, not 1.5"),
        ('{"x": {"type": "bool", "min": 0}}', "flag 'x': only int and float flags can have"),
        ('{"x": {"type": "int", "default": 20, "max": 10}}', "default 20 is outside None..10"),
        ('{"x": {"type": "int", "colour": 1}}', "flag 'x': unknown key(s) colour"),
        ('{"bad name": {"type": "int"}}', "flag name 'bad name' must be"),
        ('{"x": 3}', "flag 'x': expected an object"),
    ],
)
def test_bad_declarations_name_the_source(text: str, message: str) -> None:
    with pytest.raises(FlagError) as info:
        load_declarations(text, "flags.json")
    assert message in str(info.value)
    assert "flags.json" in str(info.value)


def test_all_bad_declarations_are_reported_together() -> None:
    text = '{"a": {"type": "nope"}, "b": {"type": "int", "default": "x"}}'
    with pytest.raises(FlagError) as info:
        load_declarations(text, "f.json")
    assert len(str(info.value).splitlines()) == 2


def test_undeclared_and_wrongly_typed_sets_fail(store: FlagStore) -> None:
    with pytest.raises(FlagError, match="unknown flag 'trust'"):
        store.set("trust", 1)
    with pytest.raises(FlagError, match="unknown flag 'trust'"):
        store.get("trust")
    with pytest.raises(FlagError, match="flag 'knelt' is a bool, not 1"):
        store.set("knelt", 1)
    with pytest.raises(FlagError, match="flag 'lena_trust' is an int, not True"):
        store.set("lena_trust", True)
    with pytest.raises(FlagError, match="flag 'player_name' is a str"):
        store.set("player_name", 3)
    assert store.snapshot()["lena_trust"] == 0


def test_numbers_are_clamped_and_coerced(store: FlagStore) -> None:
    assert store.set("lena_trust", 15) == 10
    assert store.set("lena_trust", -3) == 0
    assert store.set("lena_trust", 4.0) == 4 and type(store.get("lena_trust")) is int
    assert store.set("speed", 3) == 2.0 and type(store.get("speed")) is float
    assert store.set("count", 10**9) == 10**9  # unbounded ints are not clamped


def test_listeners_see_real_changes_only_and_can_unsubscribe(store: FlagStore) -> None:
    seen: list[tuple] = []
    unsubscribe = store.add_listener(lambda *change: seen.append(change))
    store.set("lena_trust", 3)
    store.set("lena_trust", 3)
    store.set("lena_trust", 99)
    unsubscribe()
    store.set("knelt", True)
    assert seen == [("lena_trust", 0, 3), ("lena_trust", 3, 10)]


def test_save_round_trip_through_json_text(store: FlagStore) -> None:
    store.set("lena_trust", 7)
    store.set("player_name", "Kara Zor-El")
    store.record_visit("garden")
    store.record_visit("garden")
    text = json.dumps(store.to_json())
    other = FlagStore(store.declarations.values())
    assert other.from_json(json.loads(text)) == []
    assert other.snapshot() == store.snapshot()
    assert other.visit_count("garden") == 2 and other.visit_count("attic") == 0


def test_old_or_odd_saves_load_with_a_report(store: FlagStore) -> None:
    store.set("knelt", True)
    problems = store.from_json({"flags": {"removed_flag": 1, "lena_trust": "high",
                                          "speed": 9.0},
                                "visits": {"garden": -1, "attic": 2}})
    assert problems == [
        "unknown flag 'removed_flag' in save (ignored)",
        "flag 'lena_trust' is an int, not 'high' (str); using default 0",
        "bad visit count -1 for node 'garden' (ignored)",
    ]
    assert store.get("knelt") is False  # missing from the save: default
    assert store.get("speed") == 2.0  # clamped
    assert store.visits() == {"attic": 2}


def test_flag_decl_validates_directly() -> None:
    with pytest.raises(FlagError, match="min 5 is above max 1"):
        FlagDecl("x", int, 1, min=5, max=1)
    with pytest.raises(FlagError, match="declared twice"):
        FlagStore([FlagDecl("x", int, 0), FlagDecl("x", int, 1)])


def test_version_moves_with_every_change_and_only_then(store: FlagStore) -> None:
    """Map conditions cache their answers until this number moves."""
    seen = [store.version]

    def moved() -> bool:
        seen.append(store.version)
        return seen[-1] != seen[-2]

    store.set("knelt", False)  # the value it already had
    assert not moved()
    store.set("knelt", True)
    assert moved()
    store.set("lena_trust", 99)  # clamped to 10: still a change
    assert moved()
    store.set("lena_trust", 50)  # clamped to 10 again: no change
    assert not moved()
    store.record_visit("Intro")  # visited("Intro") reads this
    assert moved()
    store.from_json(store.to_json())
    assert moved()
    store.reset()
    assert moved()
