"""Calm pod rides: the data is checked, the pod drifts home, the scan notices
movement and nothing else, and the assist flies the pod."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.core.errors import ContentError
from game.ride import RideRun, parse_rides
from game.ride.rules import LOOK_STEPS, MAX_LOOKS
from game.ride.spec import RideSpec, Scan, Waypoint

ROOT = Path(__file__).resolve().parents[2]


def flat(seconds: float = 20, scan: Scan | None = None) -> RideSpec:
    return RideSpec("test", "Test", seconds,
                    (Waypoint(0, 240, 60), Waypoint(seconds, 240, 60)), scan=scan)


def fly(run: RideRun, seconds: float, direction: tuple[int, int] = (0, 0)) -> list[str]:
    cues: list[str] = []
    for _ in range(round(seconds * 60)):
        cues += run.step(direction)
    return cues


def test_the_game_rides_parse_and_have_their_set_pieces() -> None:
    rides = parse_rides(json.loads((ROOT / "assets/data/rides.json").read_text("utf-8")))
    assert {"festival", "the_line"} <= set(rides)
    assert len(rides["festival"].fireworks) >= 6 and rides["festival"].lines
    assert rides["festival"].escort and rides["festival"].departure > 0  # the palace recedes
    line = rides["the_line"]
    assert line.scan is not None and line.scan.flag == "queen_suspicion"
    queue = RideRun(line).lane(line.scan.at)
    assert queue.speed == 0  # the pod stands in the queue while the light sweeps it


def test_the_pod_steers_and_drifts_back_to_its_route_when_let_go() -> None:
    run = RideRun(flat())
    fly(run, 1.0, (-1, 0))
    assert run.x < 240 - 40  # the stick moves the pod
    fly(run, 3.0)
    assert abs(run.x - 240) < 4  # and the spring brings it home


def test_holding_still_under_the_scan_is_calm() -> None:
    run = RideRun(flat(scan=Scan(5, 6, "queen_suspicion")))
    cues = fly(run, 20)
    assert "scan" in cues and "looked" not in cues
    assert run.done and run.result().outcome == "calm" and run.result().looks == 0


def test_moving_under_the_scan_makes_a_guard_look_twice_at_most_three_times() -> None:
    run = RideRun(flat(scan=Scan(5, 6, "queen_suspicion")))
    fly(run, 4.0, (1, 0))  # before the light: free to steer
    assert run.looks == 0
    fly(run, 2.0)
    fly(run, 0.25, (1, 0))  # one nudge in the light
    assert run.looks == 1
    fly(run, 5.0, (0, 1))  # and then fidgeting throughout
    assert run.looks == MAX_LOOKS
    fly(run, 10)
    assert run.result().outcome == "noticed"
    assert LOOK_STEPS > 1


def test_the_steady_assist_flies_the_pod_and_holds_it_still() -> None:
    run = RideRun(flat(scan=Scan(5, 6, "queen_suspicion")), steady=True)
    fly(run, 20, (1, 1))
    assert run.result().outcome == "calm" and run.x == pytest.approx(240)


def test_the_same_input_flies_the_same_ride() -> None:
    def trace() -> tuple[float, float, int]:
        run = RideRun(flat(scan=Scan(5, 6, "queen_suspicion")))
        for i in range(20 * 60):
            run.step(((i // 37) % 3 - 1, (i // 53) % 3 - 1))
        return run.x, run.y, run.looks

    assert trace() == trace()


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r.update(seconds=1e9), "seconds"),
    (lambda r: r.update(seconds=float("nan")), "seconds"),
    (lambda r: r["route"].reverse(), "in order"),
    (lambda r: r.update(wings=2), "unknown entry 'wings'"),
    (lambda r: r.update(departure=500), "departure"),
    (lambda r: r["fireworks"].append({"at": 1, "x": 1, "y": 1, "colour": "plaid"}), "plaid"),
    (lambda r: r["lines"].append({"at": 999, "speaker": "Kara", "text": "late"}), "999"),
])
def test_a_broken_ride_names_the_file_and_the_entry(change, message) -> None:
    data = json.loads((ROOT / "assets/data/rides.json").read_text("utf-8"))
    change(data["rides"]["festival"])
    with pytest.raises(ContentError) as caught:
        parse_rides(data)
    assert "assets/data/rides.json" in str(caught.value)
    assert "festival" in str(caught.value) and message in str(caught.value)


def test_the_linter_knows_the_rides_and_the_stealth_command() -> None:
    from game.world.commands import Names, build_registry

    registry = build_registry()
    names = Names(known={"ride": frozenset({"festival", "the_line"}),
                         "spawn": frozenset({"goal"}), "character": frozenset({"alex"})},
                  flag_types={"queen_suspicion": "int", "stealth_result": "str"})
    assert registry.check("ride", ["festival"], {}, names) == []
    assert any("fesitval" in p for p in registry.check("ride", ["fesitval"], {}, names))
    assert registry.check("stealth", ["goal", "alex"], {"distance": "56"}, names) == []
    problems = registry.check("stealth", ["goal"], {"distance": "9000"}, names)
    assert problems and "distance" in problems[0]
    assert registry.check("stealth", ["goal"], {"caught": "stealth_result"}, names)
