"""Input scripts: the format, its errors, and record -> replay giving the same steps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.core.actions import Action, InputState
from game.core.replay import InputScriptError, Recorder, ReplaySource, parse_script


def test_script_presses_holds_and_releases() -> None:
    text = "# walk right\n0 +right\n3 -right\n3 +confirm\n4 -confirm\n"
    source = ReplaySource(parse_script(text))
    states = [source.state_for(f) for f in range(6)]
    assert states[0].pressed == {Action.RIGHT}
    assert all(Action.RIGHT in s.held for s in states[:3])
    assert Action.RIGHT not in states[3].held and Action.RIGHT in states[3].released
    assert states[3].pressed == {Action.CONFIRM}
    assert states[5] == InputState()
    assert source.finished


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0 right", "test.txt:1: write +action to press or -action to release"),
        ("x +up", "test.txt:1: frame must be a whole number"),
        ("5 +up\n2 -up", "test.txt:2: frame 2 comes before frame 5"),
        ("0 +jump", "test.txt:1: unknown action 'jump'"),
        ("0 +up extra", "test.txt:1: expected 'FRAME +action'"),
    ],
)
def test_bad_lines_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputScriptError) as err:
        parse_script(text, "test.txt")
    assert str(err.value).startswith(message)


actions = st.sampled_from([Action.UP, Action.LEFT, Action.CONFIRM, Action.CANCEL])


@given(st.lists(st.frozensets(actions, max_size=3), min_size=1, max_size=40))
def test_recorded_held_sets_replay_identically(helds: list[frozenset[Action]]) -> None:
    recorder = Recorder()
    previous: frozenset[Action] = frozenset()
    live = []
    for frame, held in enumerate(helds):
        state = InputState(held, held - previous, previous - held)
        live.append(state)
        recorder.record(frame, state)
        previous = held
    source = ReplaySource(parse_script("\n".join(
        f"{e.frame} {'+' if e.down else '-'}{e.action.value}" for e in recorder.events)))
    replayed = [source.state_for(f) for f in range(len(helds))]
    assert [s.held for s in replayed] == [s.held for s in live]
    assert [s.pressed for s in replayed] == [s.pressed for s in live]
