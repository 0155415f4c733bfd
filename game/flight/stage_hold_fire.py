"""Stage 1, Hold Fire (space, as Alex): restraint first, then a fighting retreat.

Three unknown ships (Lex's) cross the line of fire early; every shot that hits
them is remembered (`fired_on_lex`). The score is the wingmen brought home
through the jump gate, plus kills.
"""

from __future__ import annotations

from functools import partial

from game.content_flight import StageWords
from game.flight.entities import ALLY, FIELD_H, FIELD_W, LEX, Effect, Ship
from game.flight.stages import Stage

WINGMEN = 4
GATE_Y = 58.0
GATE_REACH = 24.0
RESCUE_STEPS = 260
WINGMAN_BONUS = 1000
LEX_CONTACT_STEP = 540  # the panel names contacts from then on


class HoldFire(Stage):
    name = "hold_fire"
    words = StageWords(
        lines={"retreat": (), "through_gate": ("saved", "total"), "hit": (), "rescued": (),
               "wingman_down": ("left",), "friendly_fire": (), "hail": (),
               "hail_answer": (), "lex_identifies": ()},
        texts={key: () for key in (
            "warn_unknown", "warn_bandits", "warn_retreat", "objective_protect",
            "objective_hold", "objective_gate", "objective_rescue", "wingmen", "contacts",
            "unknown", "lex_ally", "fired_on", "lex_ships")} | {"hail_prompt": ("button",)},
        result_values=("score", "saved", "total"),
        result_conditions=("fired_on_lex", "hailed"),
        beats={"dart_vee": ("count", "speed"), "lex_arrive": (), "side_darts": ("count",),
               "lex_engage": (), "drone_wall": ("armour",), "warn_bandits": (),
               "flankers": ("count",), "retreat": ()},
        meters=("wingmen", "contacts", "fired_on_lex"))
    craft = "alex_jet"
    background = "space"
    scroll_speed = 1.2

    def start(self) -> None:
        b = self.b
        self.gate_y: float | None = None
        self.retreat = False
        self.hailed = False
        self.rescue_at: int | None = None
        self.rescuer: Ship | None = None
        self._scolded = False
        for slot in range(WINGMEN):
            ox = (-26, 26, -46, 46)[slot]
            self.spawn("wingman", b.player.x + ox, b.player.y + 20, team=ALLY, slot=slot)

    def _wing(self) -> list:
        """What the darts may home on: the wingmen and Alex."""
        return [s for s in self.b.allies if s.team == ALLY] + [self.b.player]

    # -- the timeline's beats (assets/data/flight/hold_fire.json) ---------------------------
    def beat_dart_vee(self, count: float = 5, speed: float = 1.8) -> None:
        self.dart_vee(self.count(count), self.b.rng.uniform(60, 228), vy=speed,
                      targets=self._wing())

    def beat_lex_arrive(self) -> None:
        for slot in range(3):
            x = FIELD_W / 2 + (slot - 1) * 60
            self.spawn("lex_ship", x, -30 - slot * 10, team=LEX, slot=slot, target="hail")
        self.warn("warn_unknown", 200)

    def beat_lex_engage(self) -> None:
        """The strangers stop waiting; unless hailed first, Lex names himself now."""
        if not self.hailed:
            self.say("lex_identifies")
        self._free_lex()

    def _free_lex(self) -> None:
        for ship in self.b.allies:
            if ship.team == LEX and ship.target == "hail":
                ship.target = None

    def hail(self) -> None:
        """Answered at once: the unknowns are Lex's, and they join the fight."""
        if self.hailed or not any(self.is_unknown(s) for s in self.b.allies):
            return
        self.hailed = True
        self.warning = None  # the "hold fire" warning has been answered
        self.say("hail")
        self.at(self.b.frame + 50, partial(self.say, "hail_answer"))
        self.at(self.b.frame + 50, self._free_lex)

    def is_unknown(self, ship: Ship) -> bool:
        return ship.team == LEX and ship.target == "hail" and not self.hailed

    def gauge(self, meter: str) -> float | None:
        """"contacts": 1 while Lex's ships are unknown, 0 once known; nothing shown
        before they are due (nine seconds in) or while none are about."""
        if meter != "contacts":
            return None
        lex = [s for s in self.b.allies if s.team == LEX]
        if not lex and self.b.frame <= LEX_CONTACT_STEP:
            return None
        return 1.0 if any(self.is_unknown(s) for s in lex) else 0.0

    def prompt(self, hail_key: str) -> str:
        if any(self.is_unknown(s) for s in self.b.allies):
            return self.text("hail_prompt", button=hail_key)
        return ""

    def beat_side_darts(self, count: float = 2) -> None:
        """Darts slipping in from the sides while the strangers hover: tempting shots."""
        rng = self.b.rng
        targets = self._wing()
        side = rng.choice((-1, 1))
        x = -10 if side < 0 else FIELD_W + 10
        for i in range(self.count(count)):
            self.spawn("dart", x, 40 + i * 24, -side * 1.8, 0.6, slot=i, target=rng.choice(targets))

    def beat_drone_wall(self, armour: float = 6) -> None:
        """A row of drones the width of the field with one two-drone gap."""
        columns = 11
        gap = self.b.rng.randint(1, columns - 3)
        for i in range(columns):
            if gap <= i <= gap + 1:
                continue
            x = 14 + i * (FIELD_W - 28) / (columns - 1)
            drone = self.spawn("drone", x, -14, 0.0, 0.55, slot=i, target=self.b.player)
            drone.hp = int(armour)  # armoured: the wall should hold long enough to be a wall

    def beat_warn_bandits(self) -> None:
        self.warn("warn_bandits", 120)

    def beat_flankers(self, count: float = 3) -> None:
        rng = self.b.rng
        targets = self._wing()
        for i in range(self.count(count)):
            side = -1 if i % 2 else 1
            x = FIELD_W / 2 + side * (100 + i * 8)
            self.spawn("dart", x, FIELD_H + 14, 0.0, -2.2, slot=i, target=rng.choice(targets))

    def beat_retreat(self) -> None:
        self._order_retreat()

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
            self.beat_flankers()
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
        self.wingmen_saved = len(wingmen)
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
        if any(self.is_unknown(s) for s in self.b.allies):
            return self.text("objective_hold")
        return self.text("objective_protect")

    def snapshot(self) -> dict[str, object]:
        return {"wingmen_saved": self.wingmen_saved, "hailed": self.hailed}

    def result_values(self) -> dict[str, object]:
        return {**super().result_values(), "saved": self.wingmen_saved, "total": WINGMEN,
                "fired_on_lex": self.b.fired_on_lex, "hailed": self.hailed}

    def on_ally_lost(self, ship: Ship) -> None:
        if ship.team == ALLY:
            left = sum(1 for s in self.b.allies if s.team == ALLY and s.alive)
            self.say("wingman_down", left=left)

    def on_friendly_fire(self, ship: Ship) -> None:
        if ship.flash == 6 and not self._scolded:
            self._scolded = True
            self.say("friendly_fire")
