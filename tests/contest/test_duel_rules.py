"""The duel's rules: counters against telegraphed attacks, then the last exchange."""

from __future__ import annotations

from dataclasses import replace

from game.contest.assist import Tuning
from game.contest.duel import (
    BLOCK,
    COUNTERS,
    FINAL,
    LOW_GUARD,
    MIN_GUARD,
    OVER,
    PRESS,
    STRIKE,
    SWEEP,
    THREAT,
    WINDOW,
    WINDUP,
    Duel,
    DuelSpec,
    move_for,
)
from game.contest.standoff import LULL, WAVE, WORDS, WordOption, WordRound

WORDS_ROUND = WordRound("Yield?", (WordOption("For the people.", 26),
                                   WordOption("Please stop.", -8)), after_wave=1)
SPEC = DuelSpec("Rhea", strength=3, exchanges=6, final_words=(WORDS_ROUND,), seed=11)


def fight(duel: Duel, counter: str = "right", delay: int = 3, final: bool = True,
          limit: int = 30000) -> None:
    """Play the exchanges with one policy; then the last exchange perfectly (or not)."""
    steps = 0
    while duel.phase not in (OVER, FINAL) and steps < limit:
        steps += 1
        move = None
        if counter == "right" and duel.phase == WINDOW and duel.t + 1 == delay:
            move = COUNTERS[duel.attack]
        elif counter == "wrong" and duel.phase == WINDOW and duel.t + 1 == delay:
            move = BLOCK if duel.attack != "strike" else SWEEP
        elif counter == "early" and duel.phase == WINDUP and duel.t == 2:
            move = COUNTERS[duel.attack]
        duel.step(move)
    while duel.phase == FINAL and duel.outcome is None and steps < limit:
        steps += 1
        standoff = duel.final
        assert standoff is not None
        if standoff.phase == WORDS:
            standoff.choose(0 if final else 1)
            continue
        tap = final and standoff.phase == LULL and standoff.t + 1 == standoff.tell_at + 5
        duel.step(None, (final and standoff.phase == WAVE) or tap, tap)


def test_each_counter_needs_its_own_input() -> None:
    assert move_for((0, 0)) == BLOCK
    assert move_for((0, 1)) == PRESS
    assert move_for((1, 0)) == SWEEP and move_for((-1, 1)) == SWEEP


def test_countering_every_attack_then_holding_the_last_exchange_wins() -> None:
    duel = Duel(SPEC)
    fight(duel)
    result = duel.result()
    assert result is not None and result.outcome == "won"
    assert result.counters == SPEC.exchanges and result.hits == 0


def test_wrong_counters_land_blows_and_bring_the_threat_early() -> None:
    duel = Duel(SPEC)
    while duel.phase != THREAT:
        move = None
        if duel.phase == WINDOW and duel.t == 2:
            move = BLOCK if duel.attack != "strike" else SWEEP
        duel.step(move)
    assert duel.hits >= 3 and duel.counters == 0
    assert duel.exchange < SPEC.exchanges  # low guard: Rhea threatens Lena now
    assert duel.guard >= MIN_GUARD


def test_a_counter_before_the_flash_is_too_early() -> None:
    duel = Duel(SPEC)
    while duel.phase != WINDUP:
        duel.step(None)
    duel.step(COUNTERS[duel.attack])
    assert duel.last == "hit" and duel.guard < 100


def test_the_guard_never_reaches_zero() -> None:
    duel = Duel(replace(SPEC, strength=5, exchanges=16))
    while duel.phase not in (THREAT, FINAL):
        duel.step(None)  # the player does nothing at all
    assert duel.guard == MIN_GUARD or duel.guard > 0


def test_losing_the_last_exchange_can_be_faced_again() -> None:
    duel = Duel(SPEC)
    fight(duel, counter="none", final=False)
    assert duel.outcome == "lost" and duel.phase == FINAL
    duel.retry_final()
    assert duel.outcome is None and duel.final is not None and duel.final.phase != OVER
    fight(duel, final=True)
    assert duel.outcome == "won"


def test_a_loss_given_back_to_the_story_ends_the_duel_lost() -> None:
    duel = Duel(replace(SPEC, retry=False))
    fight(duel, counter="none", final=False)
    result = duel.result()
    assert duel.phase == OVER and result is not None and result.outcome == "lost"
    duel.retry_final()  # no second try inside this duel: the script stages the fall
    assert duel.outcome == "lost"


def test_the_rematch_is_the_last_exchange_alone_with_a_rally_head_start() -> None:
    rematch = Duel(replace(SPEC, final_only=True, rally=30))
    assert rematch.phase == THREAT and rematch.exchange == 0
    while rematch.phase != FINAL:
        rematch.step(COUNTERS[STRIKE])  # nothing to counter: no blow, no hit
    assert rematch.hits == 0 and rematch.guard == LOW_GUARD  # hurt, not beaten
    assert rematch.final is not None and rematch.final.balance == 30
    fight(rematch)
    assert rematch.outcome == "won"


def test_counters_landed_give_a_head_start_in_the_last_exchange() -> None:
    good, bad = Duel(SPEC), Duel(SPEC)
    for duel, policy in ((good, "right"), (bad, "none")):
        while duel.phase != FINAL:
            move = (COUNTERS[duel.attack] if policy == "right" and duel.phase == WINDOW
                    and duel.t == 2 else None)
            duel.step(move)
    assert good.final is not None and bad.final is not None
    assert good.final.balance > bad.final.balance


def test_wider_windows_accept_a_late_counter_and_auto_guard_counters_alone() -> None:
    late = 24  # past a plain 16-step window, inside a wide 32-step one
    plain, wide = Duel(SPEC), Duel(replace(SPEC, tuning=Tuning.of("wide")))
    fight(plain, delay=late)
    fight(wide, delay=late)
    assert plain.counters == 0 and wide.counters == SPEC.exchanges
    auto = Duel(replace(SPEC, tuning=Tuning.of("auto")))
    fight(auto, counter="none")
    assert auto.counters == SPEC.exchanges and auto.outcome == "won"


def test_gentle_slows_the_wind_ups() -> None:
    assert Duel(replace(SPEC, tuning=Tuning.of("gentle"))).windup_steps() > Duel(
        SPEC).windup_steps()


def test_skip_and_replay() -> None:
    skipped = Duel(SPEC)
    skipped.skip()
    assert skipped.result() is not None and skipped.outcome == "skipped"
    runs = []
    for _ in range(2):
        duel = Duel(SPEC)
        fight(duel, delay=5)
        runs.append(duel.result())
    assert runs[0] == runs[1]
    attacks = []
    for seed in (1, 2):
        duel = Duel(replace(SPEC, seed=seed))
        seen = []
        while len(seen) < 6 and duel.phase not in (THREAT, FINAL, OVER):
            duel.step(COUNTERS[duel.attack] if duel.phase == WINDOW else None)
            if duel.phase == WINDUP and duel.t == 0:
                seen.append(duel.attack)
        attacks.append(seen)
    assert attacks[0] != attacks[1]  # the seed picks her attacks; the same seed, the same

