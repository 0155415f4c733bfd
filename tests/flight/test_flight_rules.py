"""What a player notices about the flight's rules: hits, blinking, shields, jam, Lex."""

from __future__ import annotations

from game.core.actions import Action, InputState
from game.flight import FlightOptions, run_headless
from game.flight.battle import DEATH_STEPS, Battle
from game.flight.entities import ORB, Bullet
from game.flight.session import FAILED, FlightSession
from game.flight.stage_storm import POWER_DOWN_STEPS


def held(*actions: Action) -> InputState:
    return InputState(held=frozenset(actions))


def quiet_battle(stage: str = "pod_run", **options) -> Battle:
    """A battle at its first step with nothing else flying (pod run spawns nothing yet)."""
    battle = Battle(stage, FlightOptions(**options))
    battle.step(0, 0, False, False)
    battle.enemies.clear()
    battle.enemy_bullets.clear()
    return battle


def shoot_down_past(battle: Battle, dx: float) -> None:
    """Send one enemy orb straight down the column `dx` px from the player's centre."""
    p = battle.player
    battle.enemy_bullets.append(Bullet(p.x + dx, p.y - 40, 0.0, 3.0, ORB))
    for _ in range(30):
        battle.step(0, 0, False, False)


def test_a_shot_through_the_sprite_edge_misses_but_through_the_hitbox_hits() -> None:
    battle = quiet_battle()
    hp = battle.player.hp
    shoot_down_past(battle, 9.0)  # inside the 24 px sprite, outside the tiny hitbox
    assert battle.player.hp == hp
    shoot_down_past(battle, 3.0)  # grazes the hitbox itself
    assert battle.player.hp == hp - 1


def test_no_second_hit_while_blinking_but_hits_land_after() -> None:
    battle = quiet_battle()
    hp = battle.player.hp
    window = battle.tuning.invuln_frames
    assert 90 <= window <= 120  # 1.5-2 s at 60 steps a second
    shoot_down_past(battle, 0.0)
    assert battle.player.hp == hp - 1
    # a second shot arrives well inside the window: it passes through
    shoot_down_past(battle, 0.0)
    assert battle.player.hp == hp - 1
    while battle.player.invuln:
        battle.step(0, 0, False, False)
    shoot_down_past(battle, 0.0)
    assert battle.player.hp == hp - 2


def test_full_jam_meter_drops_every_drone_and_wins() -> None:
    battle = Battle("storm", FlightOptions(invincible=True))
    while len(battle.enemies) < 4:
        battle.step(0, 0, False, False)
    battle.stage.jam = 99.99  # type: ignore[attr-defined]
    battle.step(0, 0, False, False)
    assert battle.enemies and all(ship.falling for ship in battle.enemies)
    assert not battle.enemy_bullets
    heights = [ship.y for ship in battle.enemies]
    for _ in range(10):
        battle.step(0, 0, False, False)
    assert all(s.y > h for s, h in zip(battle.enemies, heights, strict=False))
    for _ in range(POWER_DOWN_STEPS):
        battle.step(0, 0, False, False)
    assert battle.outcome == "won"


def test_jam_meter_alone_ends_the_storm_with_a_win() -> None:
    run = run_headless("storm", FlightOptions(difficulty="easy", invincible=True),
                       [held(Action.CONFIRM)] * 7000)
    assert run.result is not None and run.result.outcome == "won"
    assert run.snapshot["jam"] == 100.0


def test_losing_the_palace_shield_loses_the_stage() -> None:
    session = FlightSession("storm", FlightOptions())
    battle = session.battle
    palace = battle.shields[1]
    assert palace.name == "palace"
    palace.hp = 1.0
    battle.stage.shield_hit(palace, 50.0, palace.x)
    assert palace.hp == 0
    for _ in range(DEATH_STEPS + 1):
        session.step(InputState())
    assert session.phase == FAILED
    result = session.pending()
    assert result is not None and result.outcome == "lost"


def test_invincibility_assist_keeps_the_palace_standing() -> None:
    battle = Battle("storm", FlightOptions(invincible=True))
    palace = battle.shields[1]
    battle.stage.shield_hit(palace, 500.0, palace.x)
    assert palace.hp >= 1


def _lex_flight(fire: bool) -> FlightSession:
    """Sit under the middle unknown ship (it hovers dead centre) for the hail."""
    inputs = [held(Action.CONFIRM) if fire else InputState()] * 900
    run = run_headless("hold_fire", FlightOptions(invincible=True), inputs)
    assert run.session is not None
    return run.session


def test_firing_on_lexs_ships_is_recorded_in_the_result() -> None:
    session = _lex_flight(fire=True)
    assert session.battle.fired_on_lex
    assert session.result("won").fired_on_lex


def test_holding_fire_keeps_the_record_clean() -> None:
    session = _lex_flight(fire=False)
    assert not session.battle.fired_on_lex
    assert not session.result("won").fired_on_lex


def test_retreat_through_the_gate_counts_wingmen_and_ends_in_the_rescue() -> None:
    inputs = [held(Action.CONFIRM)] * 2700 + [held(Action.UP)] * 700
    result, snapshot = run_headless("hold_fire", FlightOptions(invincible=True, seed=3), inputs)
    assert result is not None and result.outcome == "won"
    assert 1 <= result.wingmen_saved <= 4
    assert result.score >= 1000 * result.wingmen_saved
    assert snapshot["wingmen_saved"] == result.wingmen_saved


def test_pod_run_has_no_guns_and_ends_at_the_palace() -> None:
    result, snapshot = run_headless("pod_run", FlightOptions(invincible=True),
                                    [held(Action.CONFIRM)] * 1900)
    assert snapshot["player_bullets"] == 0
    assert result is not None and result.outcome == "won"
