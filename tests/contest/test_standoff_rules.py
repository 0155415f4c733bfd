"""The stand-off's rules, played step by step as a player would (no display)."""

from __future__ import annotations

from dataclasses import replace

from game.contest.assist import Tuning
from game.contest.standoff import (
    LULL,
    OVER,
    UNWINNABLE_CAP,
    WAVE,
    WORDS,
    Standoff,
    StandoffSpec,
    WordOption,
    WordRound,
)

ROUND = WordRound("Say something.", (WordOption("Dakkum Ur. For the people.", 25),
                                     WordOption("Please stop.", -8)), after_wave=2)
QUEEN = StandoffSpec("Queen", strength=4, waves=4, words=(ROUND,), seed=5)


def play(rules: Standoff, hold: bool = True, tap_delay: int | None = 5,
         best_words: bool = True, limit: int = 20000) -> list[tuple[str, bool, bool]]:
    """Play to the end; returns the inputs used, step by step (for replays)."""
    log: list[tuple[str, bool, bool]] = []
    steps = 0
    while rules.phase != OVER and steps < limit:
        steps += 1
        if rules.phase == WORDS:
            assert rules.round is not None
            pushes = [o.push for o in rules.round.options]
            pick = pushes.index(max(pushes) if best_words else min(pushes))
            rules.choose(pick)
            log.append(("choose", pick == 0, False))
            continue
        h = hold and rules.phase == WAVE
        tap = (tap_delay is not None and rules.phase == LULL
               and rules.t + 1 == rules.tell_at + tap_delay)
        rules.step(h or tap, tap)
        log.append(("step", h or tap, tap))
    assert rules.phase == OVER, "the stand-off never ended"
    return log


def test_holding_answering_tells_and_the_right_words_win() -> None:
    rules = Standoff(QUEEN)
    play(rules)
    result = rules.result()
    assert result is not None and result.outcome == "won"
    assert result.tells == QUEEN.waves - 1  # one tell in each lull


def test_letting_go_during_the_waves_loses() -> None:
    rules = Standoff(QUEEN)
    play(rules, hold=False)
    assert rules.outcome == "lost"
    assert rules.balance == -100  # she was driven to her knees before the end


def test_holding_without_answering_tells_is_not_enough_against_the_queen() -> None:
    rules = Standoff(QUEEN)
    play(rules, tap_delay=None, best_words=False)
    assert rules.outcome == "lost"


def test_tapping_at_random_in_a_lull_loses_ground() -> None:
    rules = Standoff(QUEEN)
    while rules.phase not in (LULL, OVER):
        rules.step(rules.phase == WAVE, False)
    before = rules.balance
    rules.step(True, True)  # the very first step of the lull: no tell yet
    assert rules.balance < before and "miss" in rules.events


def test_unwinnable_never_passes_the_middle_and_ends_kneeling_after_coming_close() -> None:
    spec = replace(QUEEN, winnable=False, waves=3, words=(replace(ROUND, after_wave=2),))
    rules = Standoff(spec)
    best = -100.0
    while rules.phase != OVER:
        if rules.phase == WORDS:
            rules.choose(0)
            continue
        tap = rules.phase == LULL and rules.t + 1 == rules.tell_at + 5
        rules.step(rules.phase == WAVE or tap, tap)
        best = max(best, rules.balance)
    assert best <= UNWINNABLE_CAP
    assert rules.outcome == "lost"
    assert rules.closest >= UNWINNABLE_CAP - 1  # perfect play touches the cap: so close


def test_the_wide_assist_accepts_a_tap_the_plain_rules_call_late() -> None:
    late = 30  # after a plain 20-step tell has gone, inside a wide 40-step one
    plain, wide = Standoff(QUEEN), Standoff(replace(QUEEN, tuning=Tuning.of("wide")))
    play(plain, tap_delay=late)
    play(wide, tap_delay=late)
    assert plain.tells == 0 and wide.tells == QUEEN.waves - 1


def test_gentle_waves_cost_less_to_hold_and_auto_resists_for_the_player() -> None:
    def after_first_wave(tuning: Tuning, hold: bool) -> float:
        rules = Standoff(replace(QUEEN, tuning=tuning))
        while rules.phase not in (LULL, OVER):
            rules.step(hold and rules.phase == WAVE, False)
        return rules.balance

    plain = after_first_wave(Tuning(), True)
    assert after_first_wave(Tuning.of("gentle"), True) > plain
    assert after_first_wave(Tuning.of("auto"), False) == plain  # let go, still held
    assert after_first_wave(Tuning(), False) < plain - 20


def test_skip_ends_at_once_as_skipped() -> None:
    rules = Standoff(QUEEN)
    rules.skip()
    result = rules.result()
    assert result is not None and result.outcome == "skipped"


def test_the_same_inputs_replay_to_the_same_result() -> None:
    first = Standoff(QUEEN)
    log = play(first, tap_delay=9)
    again = Standoff(QUEEN)
    for kind, hold, tap in log:
        if kind == "choose":
            again.choose(0 if hold else 1)
        else:
            again.step(hold, tap)
    assert again.result() == first.result()
    other = Standoff(replace(QUEEN, seed=6))
    play(other, tap_delay=9)
    assert other.tell_at != first.tell_at or other.length != first.length
