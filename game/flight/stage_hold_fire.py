"""Stage 1, Hold Fire (space, as Alex): restraint first, then a fighting retreat.

Three unknown ships (Lex's) cross the line of fire early; every shot that hits
them is remembered (`fired_on_lex`). The score is the wingmen brought home
through the jump gate, plus kills.
"""

from __future__ import annotations

from game.content_flight import StageWords
from game.flight.entities import ALLY, FIELD_H, FIELD_W, LEX, Effect, Ship
from game.flight.stages import Stage

WINGMEN = 4
LEX_ARRIVE = 540
LEX_ENGAGE = 1080
WALL = 1620
FLANK = 2220
RETREAT = 2640
GATE_Y = 58.0
GATE_REACH = 24.0
RESCUE_STEPS = 260
WINGMAN_BONUS = 1000


class HoldFire(Stage):
    name = "hold_fire"
    words = StageWords(
        lines={"retreat": (), "through_gate": ("saved", "total"), "hit": (), "rescued": (),
               "wingman_down": ("left",), "friendly_fire": ()},
        texts={key: () for key in (
            "warn_unknown", "warn_bandits", "warn_retreat", "objective_protect",
            "objective_hold", "objective_gate", "objective_rescue", "wingmen", "contacts",
            "unknown", "lex_ally", "fired_on", "lex_ships")},
        result_values=("score", "saved", "total"), result_conditions=("fired_on_lex",))
    craft = "alex_jet"
    background = "space"
    scroll_speed = 1.2

    def start(self) -> None:
        b = self.b
        self.gate_y: float | None = None
        self.retreat = False
        self.rescue_at: int | None = None
        self.rescuer: Ship | None = None
        for slot in range(WINGMEN):
            ox = (-26, 26, -46, 46)[slot]
            self.spawn("wingman", b.player.x + ox, b.player.y + 20, team=ALLY, slot=slot)
        wing = lambda: [s for s in b.allies if s.team == ALLY] + [b.player]  # noqa: E731
        for frame in (120, 300, 450):
            self.at(frame, lambda: self.dart_vee(self._count(5), b.rng.uniform(70, 218),
                                                 targets=wing()))
        self.at(LEX_ARRIVE, self._lex_arrive)
        for frame in range(LEX_ARRIVE + 120, LEX_ENGAGE, 150):
            self.at(frame, lambda: self._side_darts(wing()))
        self.at(LEX_ENGAGE, self._lex_engage)
        for frame in range(LEX_ENGAGE + 60, WALL - 60, 130):
            self.at(frame, lambda: self.dart_vee(self._count(6), b.rng.uniform(60, 228),
                                                 vy=2.0, targets=wing()))
        self.at(WALL, self._drone_wall)
        self.at(WALL + 300, self._drone_wall)
        self.at(FLANK - 30, lambda: self.warn("warn_bandits", 120))
        for frame in (FLANK + 60, FLANK + 200, FLANK + 340):
            self.at(frame, lambda: self._flankers(wing()))
        self.at(RETREAT, self._order_retreat)

    def _count(self, base: int) -> int:
        return max(2, round(base * self.b.tuning.spawn_rate))

    def _lex_arrive(self) -> None:
        for slot in range(3):
            x = FIELD_W / 2 + (slot - 1) * 60
            self.spawn("lex_ship", x, -30 - slot * 10, team=LEX, slot=slot, target="hail")
        self.warn("warn_unknown", 200)

    def _lex_engage(self) -> None:
        for ship in self.b.allies:
            if ship.team == LEX:
                ship.target = None

    def _side_darts(self, targets: list) -> None:
        """Darts slipping in from the sides while the strangers hover: tempting shots."""
        rng = self.b.rng
        side = rng.choice((-1, 1))
        x = -10 if side < 0 else FIELD_W + 10
        for i in range(self._count(2)):
            self.spawn("dart", x, 40 + i * 24, -side * 1.8, 0.6, slot=i, target=rng.choice(targets))

    def _drone_wall(self) -> None:
        """A row of drones the width of the field with one two-drone gap."""
        columns = 11
        gap = self.b.rng.randint(1, columns - 3)
        for i in range(columns):
            if gap <= i <= gap + 1:
                continue
            x = 14 + i * (FIELD_W - 28) / (columns - 1)
            drone = self.spawn("drone", x, -14, 0.0, 0.55, slot=i, target=self.b.player)
            drone.hp = 6  # armoured: the wall should hold long enough to be a wall

    def _flankers(self, targets: list) -> None:
        rng = self.b.rng
        for i in range(self._count(3)):
            side = -1 if i % 2 else 1
            x = FIELD_W / 2 + side * (100 + i * 8)
            self.spawn("dart", x, FIELD_H + 14, 0.0, -2.2, slot=i, target=rng.choice(targets))

    def _order_retreat(self) -> None:
        self.retreat = True
        self.gate_y = -40.0
        self.say("retreat")
        self.warn("warn_retreat", 180)
        for ship in self.b.allies:
            if ship.team == LEX:
                ship.target = "leave"

    def tick(self) -> None:
        b = self.b
        if self.gate_y is not None and self.gate_y < GATE_Y:
            self.gate_y = min(GATE_Y, self.gate_y + 0.8)
        if self.retreat and self.rescue_at is None and b.frame % 100 == 0:
            self._flankers([s for s in b.allies if s.team == ALLY] + [b.player])
        if self.rescue_at is None and self.gate_y == GATE_Y and b.player.alive:
            p = b.player
            if (p.x - FIELD_W / 2) ** 2 + (p.y - GATE_Y) ** 2 < GATE_REACH ** 2:
                self._begin_rescue()
        if self.rescue_at is not None:
            self._rescue_step(b.frame - self.rescue_at)

    def _begin_rescue(self) -> None:
        """At the gate: wingmen jump home, Alex's jet is hit, Lex's beam pulls her out."""
        b = self.b
        b.control_locked = True
        self.rescue_at = b.frame
        wingmen = [s for s in b.allies if s.team == ALLY]
        b.wingmen_saved = len(wingmen)
        b.score += WINGMAN_BONUS * len(wingmen)
        for ship in wingmen:
            ship.alive = False
            b.effects.append(Effect("warp", ship.x, ship.y, 24))
        b.enemy_bullets.clear()
        self.say("through_gate", saved=len(wingmen), total=WINGMEN)

    def _rescue_step(self, t: int) -> None:
        b = self.b
        p = b.player
        if t == 20:
            self.say("hit")
        if 20 <= t < 150 and t % 9 == 0:
            b.effects.append(Effect("pop", p.x + b.rng.uniform(-8, 8), p.y + b.rng.uniform(-6, 8),
                                    24))
            if b.options.screen_shake:
                b.shake = 4
        if t == 70:
            self.rescuer = self.spawn("lex_ship", p.x, -24, team=LEX, slot=1,
                                      target="rescue")
        if self.rescuer is not None and t < 150:
            self.rescuer.x += (p.x - self.rescuer.x) * 0.05
            self.rescuer.y += (max(14.0, p.y - 40) - self.rescuer.y) * 0.05
        if t == 150:
            self.say("rescued")
        if t >= 150 and self.rescuer is not None:
            p.y += (self.rescuer.y + 14 - p.y) * 0.03
            p.x += (self.rescuer.x - p.x) * 0.03

    @property
    def tractor(self) -> bool:
        """True while Lex's beam holds Alex (the renderer draws it)."""
        return self.rescue_at is not None and self.b.frame - self.rescue_at >= 130

    def check_end(self) -> None:
        if self.rescue_at is not None and self.b.frame - self.rescue_at >= RESCUE_STEPS:
            self.b.outcome = "won"

    def objective(self) -> str:
        if self.rescue_at is not None:
            return self.text("objective_rescue")
        if self.retreat:
            return self.text("objective_gate")
        if any(s.team == LEX and s.target == "hail" for s in self.b.allies):
            return self.text("objective_hold")
        return self.text("objective_protect")

    def result_values(self) -> dict[str, object]:
        return {**super().result_values(), "saved": self.b.wingmen_saved, "total": WINGMEN,
                "fired_on_lex": self.b.fired_on_lex}

    def on_ally_lost(self, ship: Ship) -> None:
        if ship.team == ALLY:
            left = sum(1 for s in self.b.allies if s.team == ALLY and s.alive)
            self.say("wingman_down", left=left)

    def on_friendly_fire(self, ship: Ship) -> None:
        if ship.flash == 6 and not getattr(self, "_scolded", False):
            self._scolded = True
            self.say("friendly_fire")
