"""The stealth and pod-ride assists and Skips are kept like any other setting."""

from __future__ import annotations

from game.persistence.settings import Settings

NAMES = ("stealth_assist", "skip_stealth", "ride_assist", "skip_rides")


def test_the_scene_assists_round_trip_and_start_off() -> None:
    assert not any(getattr(Settings(), n) for n in NAMES)
    chosen = Settings(stealth_assist=True, skip_rides=True)
    loaded, warnings = Settings.from_json(chosen.to_json())
    assert warnings == []
    assert loaded.stealth_assist and loaded.skip_rides
    assert not loaded.skip_stealth and not loaded.ride_assist


def test_a_bad_value_falls_back_with_a_warning() -> None:
    data = Settings().to_json() | {"skip_stealth": "yes please"}
    loaded, warnings = Settings.from_json(data)
    assert loaded.skip_stealth is False
    assert any("skip_stealth" in w for w in warnings)
