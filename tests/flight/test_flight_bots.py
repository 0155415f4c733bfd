"""The difficulty bots (tools/flight_bots.py): deterministic per seed, and each
plays the way its name says. The full table is a tool run (docs/FLIGHT.md)."""

from __future__ import annotations

from tools.flight_bots import play, table

SHORT = 1200  # 20 s of a stage: enough to meet the first waves and Lex's ships


def test_the_same_seed_gives_the_same_run_and_the_same_table() -> None:
    first = [play("hold_fire", "normal", bot, 4, SHORT) for bot in ("competent", "random")]
    again = [play("hold_fire", "normal", bot, 4, SHORT) for bot in ("competent", "random")]
    assert first == again
    assert table(first) == table(again)
    other = play("hold_fire", "normal", "random", 5, SHORT)
    assert (other.kills, other.hits, other.seconds) != (first[1].kills, first[1].hits,
                                                        first[1].seconds)


def test_the_passive_bot_never_fires_and_the_competent_one_spares_the_unknowns() -> None:
    passive = play("hold_fire", "easy", "passive", 1, SHORT)
    assert passive.volleys == 0 and not passive.fired_on_lex
    competent = play("hold_fire", "easy", "competent", 1, SHORT)
    assert competent.volleys > 100 and not competent.fired_on_lex


def test_a_competent_bot_clears_the_pod_run_on_easy() -> None:
    run = play("pod_run", "easy", "competent", 2)
    assert run.won and run.seconds == 30
