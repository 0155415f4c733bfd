"""The simulation of one stage: pure logic, no pygame, no clock.

A `Battle` advances exactly one 1/60 s step per `step()` call and draws its
randomness only from its own `random.Random(seed)`, so the same seed and the same
per-step inputs replay the same battle frame for frame. The renderer reads it;
`run_headless` and the tests drive it without a display.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Sequence
from typing import TypeVar

from game.content_flight import StageScript
from game.flight import ai
from game.flight.entities import (
    ALLY,
    ENEMY,
    FIELD_H,
    FIELD_W,
    FOCUS_SPEED,
    LEX,
    PLAYER_SPEED,
    Bullet,
    Effect,
    Mothership,
    Player,
    RadioLine,
    Shield,
    Ship,
)
from game.flight.options import FlightOptions
from game.flight.patterns import player_volley
from game.flight.registry import default_script, make_stage
from game.flight.spatial import Body, touching
from game.flight.swarm import DEAD, Swarm

T = TypeVar("T", bound=Body)

MARGIN = 24  # bullets and ships this far outside the field are culled
DEATH_STEPS = 90  # the wreck burns this long before the failure menu
FIRE_COOLDOWN = 6
BULLET_CANCEL = 36  # a hit clears enemy shots this close: a breather, as arcade games do
MAX_BULLET_R = 3.0


class Battle:
    """One attempt at one stage. `outcome` becomes "won" or "lost" when it ends.

    `script` is the stage's words from data (the session passes the game's); without
    one, the battle reads them from the game's data folder."""

    def __init__(self, stage: str, options: FlightOptions, collisions: str = "grid",
                 script: StageScript | None = None) -> None:
        self.options = options
        self.tuning = options.tuning
        self.rng = random.Random(options.seed)
        self.collisions = collisions  # "grid" or "naive" (the benchmark's baseline)
        self.frame = 0
        self.scroll = 0.0
        self.player = Player(FIELD_W / 2, FIELD_H - 40, self.tuning.player_hp)
        self.player_bullets = Swarm()  # bullets live in lists, a side each (swarm.py)
        self.ally_bullets = Swarm()
        self.enemy_bullets = Swarm()
        self.enemies: list[Ship] = []
        self.allies: list[Ship] = []
        self.shields: list[Shield] = []
        self.mothership: Mothership | None = None
        self.effects: list[Effect] = []
        self.radio: list[RadioLine] = []
        self.score = 0
        self.kills = 0
        self.enemy_shots = 0
        self.fired_on_lex = False
        self.outcome: str | None = None
        self.control_locked = False
        self.fire_enabled = True
        self.shake = 0
        self.lose_timer = 0
        self.stage = make_stage(stage, self, script or default_script().stage(stage))
        self.stage.start()
        # Everything alive now (art, fonts, maps, the story) lives to the end of the
        # fight: out of the collector's sight, a collection during a storm of bullets
        # only walks the bullets, not the whole game (the 3,000-bullet p99).
        gc.freeze()

    # -- the step ----------------------------------------------------------------
    def step(self, dx: int, dy: int, fire: bool, focus: bool, hail: bool = False) -> None:
        """Advance one 1/60 s step with this step's held input."""
        if self.outcome is not None:
            return
        self.frame += 1
        self.scroll += self.stage.scroll_speed
        self.shake = max(0, self.shake - 1)
        self.stage.update()
        if hail and self.player.alive and not self.control_locked:
            self.stage.hail()
        self._move_player(dx, dy, fire, focus)
        for ship in self.allies:
            ai.update_ship(self, ship)
        for ship in self.enemies:
            ai.update_ship(self, ship)
        if self.mothership is not None:
            ai.update_mothership(self, self.mothership)
        self._move_bullets()
        self._collide()
        self._tick_effects()
        self.enemies = [s for s in self.enemies if s.alive]
        self.allies = [s for s in self.allies if s.alive]
        if self.lose_timer:
            self.lose_timer -= 1
            if self.lose_timer == 0:
                self.outcome = "lost"
                return
        self.stage.check_end()

    def _move_player(self, dx: int, dy: int, fire: bool, focus: bool) -> None:
        p = self.player
        p.invuln = max(0, p.invuln - 1)
        p.cooldown = max(0, p.cooldown - 1)
        if not p.alive or self.control_locked:
            return
        p.focus = focus
        speed = FOCUS_SPEED if focus else PLAYER_SPEED
        if dx and dy:
            speed *= 0.7071  # diagonals no faster than straight lines
        p.x = min(FIELD_W - 8, max(8, p.x + dx * speed))
        p.y = min(FIELD_H - 10, max(self.stage.top_limit, p.y + dy * speed))
        if fire and self.fire_enabled and p.cooldown == 0:
            player_volley(self, p.x, p.y, focus)
            p.cooldown = FIRE_COOLDOWN

    def _move_bullets(self) -> None:
        """Move every bullet; those leaving the field are culled (enemy shots that
        reach the ground land, on a city shield in the storm)."""
        left, top, right, bottom = -MARGIN, -MARGIN, FIELD_W + MARGIN, FIELD_H + MARGIN
        for group in (self.player_bullets, self.ally_bullets, self.enemy_bullets):
            group.move()
            gone = group.leaving(left, top, right, bottom)
            if group is self.enemy_bullets:
                for i in gone:
                    if group.y[i] >= FIELD_H:
                        self.stage.bullet_landed(group.bullet(i))

    # -- collisions ----------------------------------------------------------------
    def _pairs(self, bullets: Swarm, targets: Sequence[T]) -> list[tuple[int, T]]:
        """Touching (bullet index, target) pairs, via the grid or, for the benchmark,
        all pairs."""
        if not bullets or not targets:
            return []
        if self.collisions == "naive":
            shots = [(i, bullets.bullet(i)) for i in bullets.live_indices()]
            return [(i, t) for i, shot in shots for t in targets if touching(shot, t)]
        return bullets.pairs(targets, MAX_BULLET_R)

    def _collide(self) -> None:
        """Every bullet that touches what it may hit is spent, in bullet order (a
        bullet taken off mid-loop by a hit's breather still counts, as it always did)."""
        shootable = [s for s in self.enemies if s.alive and not s.falling and s.kind != "grounded"]
        # Only ships not yet known to be friends take the player's shots: that is
        # the test of restraint. Known friends (wingmen, Lex's once identified) let
        # shots pass, as a new player would expect.
        lex = [s for s in self.allies if s.team == LEX and self.stage.is_unknown(s)]
        shots = self.player_bullets
        for i, ship in self._pairs(shots, shootable + lex):
            if shots.state[i] == DEAD:
                continue
            shots.kill(i)
            if ship.team == LEX:
                self.fired_on_lex = True
                ship.flash = 6
                self.stage.on_friendly_fire(ship)
            else:
                self.damage_enemy(ship, int(shots.damage[i]))
        allied = self.ally_bullets
        for i, ship in self._pairs(allied, shootable):
            if allied.state[i] != DEAD:
                allied.kill(i)
                self.damage_enemy(ship, int(allied.damage[i]))
        mother = self.mothership
        if mother is not None:
            for i, _ in self._pairs(shots, [mother]):
                if shots.state[i] != DEAD:
                    shots.kill(i)
                    mother.absorbed += 1
                    if mother.absorbed % 4 == 0:
                        where = float(shots.x[i]), float(shots.y[i])
                        self.effects.append(Effect("spark", *where, 12))
        wingmen = [s for s in self.allies if s.team == ALLY]
        victims: list[Player | Ship] = [self.player, *wingmen] if self.player.alive else [*wingmen]
        foes = self.enemy_bullets
        for i, body in self._pairs(foes, victims):
            if foes.state[i] == DEAD:
                continue
            if isinstance(body, Player):
                if self.hurt_player():
                    foes.kill(i)
            else:
                foes.kill(i)
                self.damage_ally(body)
        p = self.player
        for ship in self.enemies:  # bodies ramming the player: few, checked directly
            rams = ship.alive and not ship.falling and p.alive and touching(ship, p)
            if rams and self.hurt_player():
                self.destroy(ship, scored=False)
        for group in (self.player_bullets, self.ally_bullets, self.enemy_bullets):
            group.compact()

    # -- events the AI and stages call ---------------------------------------------
    def fire_enemy(self, bullet: Bullet) -> None:
        """An enemy shot joins the field."""
        self.enemy_bullets.append(bullet)
        self.enemy_shots += 1

    def hurt_player(self, amount: int = 1) -> bool:
        """Hit the player unless blinking; True if the hit counted (or was soaked
        by the invincibility assist, which still eats the bullet)."""
        p = self.player
        if not p.alive or p.invuln > 0 or self.control_locked:
            return False
        p.invuln = self.tuning.invuln_frames
        p.hits_taken += 1
        self.effects.append(Effect("hit", p.x, p.y, 24))
        if self.options.screen_shake:
            self.shake = 10
        self.enemy_bullets.take_off_near(p.x, p.y, BULLET_CANCEL)
        if self.options.invincible:
            return True
        p.hp = max(0, p.hp - amount)
        if p.hp == 0:
            p.alive = False
            p.invuln = 0
            self.effects.append(Effect("boom", p.x, p.y, 32))
            self.lose_timer = DEATH_STEPS
        return True

    def damage_enemy(self, ship: Ship, amount: int) -> None:
        ship.hp -= amount
        ship.flash = 3
        if ship.hp <= 0:
            self.destroy(ship)

    def damage_ally(self, ship: Ship) -> None:
        ship.hp -= 1
        ship.flash = 4
        if ship.hp <= 0:
            ship.alive = False
            self.effects.append(Effect("boom", ship.x, ship.y, 32))
            self.stage.on_ally_lost(ship)

    def destroy(self, ship: Ship, scored: bool = True) -> None:
        if not ship.alive:
            return
        ship.alive = False
        big = ship.kind == "bomber"
        self.effects.append(Effect("boom" if big else "pop", ship.x, ship.y, 32 if big else 24))
        if scored:
            self.score += ship.score
            self.kills += 1
            self.stage.on_kill(ship)

    def say(self, speaker: str, text: str, length: int = 210) -> None:
        self.radio.append(RadioLine(self.frame, speaker, text, length))

    def lose(self) -> None:
        """End in failure after a short beat (the palace shield broke)."""
        if not self.lose_timer and self.outcome is None:
            self.lose_timer = DEATH_STEPS

    def _tick_effects(self) -> None:
        for e in self.effects:
            e.t += 1
        self.effects = [e for e in self.effects if e.t < e.duration]

    # -- reading the state ---------------------------------------------------------
    @property
    def current_radio(self) -> RadioLine | None:
        for line in reversed(self.radio):
            if line.frame <= self.frame < line.frame + line.length:
                return line
        return None

    def snapshot(self) -> dict:
        """Everything a replay must reproduce, rounded so it compares exactly."""
        def ships(group: list[Ship]) -> list:
            return [(s.kind, round(s.x, 3), round(s.y, 3), s.hp, s.falling) for s in group]

        return {
            "stage": self.stage.name, "frame": self.frame, "score": self.score,
            "kills": self.kills, "outcome": self.outcome,
            "player": (round(self.player.x, 3), round(self.player.y, 3), self.player.hp,
                       self.player.invuln),
            "enemies": ships(self.enemies), "allies": ships(self.allies),
            "enemy_bullets": [(round(b.x, 2), round(b.y, 2)) for b in self.enemy_bullets],
            "player_bullets": len(self.player_bullets),
            "shields": [(s.name, round(s.hp, 3)) for s in self.shields],
            "fired_on_lex": self.fired_on_lex, **self.stage.snapshot(),
            "rng": hash(self.rng.getstate()[1]),  # ints hash the same in every run
        }


__all__ = ["ENEMY", "Battle"]
