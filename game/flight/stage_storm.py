"""Stage 2, Storm over Daxam (night sky, as Kara): hold the shields until Winn jams.

The jam meter is the clock: it fills on its own and faster with every drone
downed, so aggression is rewarded but survival alone is enough. The mothership
cannot be destroyed; its beam is always telegraphed two seconds ahead and only
sweeps a band, so a player who watches can always get clear.
"""

from __future__ import annotations

from game.content_flight import StageWords
from game.flight.entities import (
    FIELD_H,
    FIELD_W,
    LEX,
    Beam,
    Bullet,
    Effect,
    Mothership,
    Shield,
    Ship,
)
from game.flight.stages import Stage

JAM_FULL = 100.0
BEAM_TELEGRAPH = 120  # 2 s of warning
BEAM_SWEEP = 90
BEAM_BAND = 120  # px swept: never the whole field, so it can always be dodged
POWER_DOWN_STEPS = 180
RECODE_FLASH = 40  # steps the HUD flashes RECODE! after the signal recodes


class Storm(Stage):
    name = "storm"
    words = StageWords(
        lines={key: () for key in ("lex_arrives", "lex_arrives_alone", "jammed", "palace_down",
                                   "slums_down", "market_down")},
        texts={"shield_slums": (), "shield_palace": (), "shield_market": (),
               "shield_down": ("shield",), "jam": (), "recode": (), "signal": (),
               "objective_hold": (), "objective_jammed": ()},
        result_values=("score", "palace"),
        beats={"darts": ("count",), "bomber": (), "drone_wave": ("count",), "beam": (),
               "lex_arrive": ()},
        rules={"jam_seconds": (20.0, 600.0), "jam_per_kill": (0.0, 10.0),
               "recode_every": (60.0, 1200.0), "shield_patch": (0.0, 100.0),
               "beam_shield_damage": (0.0, 2.0)},
        meters=("jam", "signal", "shields"))
    craft = "kara_jet"
    background = "night"
    scroll_speed = 0.8
    top_limit = 72.0

    def start(self) -> None:
        b = self.b
        self.jam = 0.0  # Winn's meter, 0-100
        self.jammed_at: int | None = None
        self.recode_every = int(self.script.rule("recode_every"))
        self.beam_shield_damage = self.script.rule("beam_shield_damage")
        self.last_recode = -self.recode_every
        self.recodes = 0
        b.shields = [
            Shield("slums", self.text("shield_slums"), 44, 44),
            Shield("palace", self.text("shield_palace"), FIELD_W / 2, 52),
            Shield("market", self.text("shield_market"), FIELD_W - 44, 44),
        ]
        b.mothership = Mothership(FIELD_W / 2, 6.0)
        for slot, x in enumerate((FIELD_W / 2 - 70, FIELD_W / 2 + 70)):
            self.spawn("turret", x, FIELD_H - 16, team="palace", slot=slot)

    def beat_lex_arrive(self) -> None:
        count = 3 if self.b.options.lex_help else 1
        for slot in range(count):
            self.spawn("lex_ship", 40 + slot * 100, FIELD_H + 20, team=LEX, slot=slot)
        self.say("lex_arrives" if count == 3 else "lex_arrives_alone")

    def signals(self) -> list:
        """What a recoded drone may be pointed at: Kara, helpers, or a standing shield."""
        b = self.b
        targets: list = [b.player, b.player]
        targets += [s for s in b.allies if s.kind in ("lex_ship", "turret")]
        targets += [s for s in b.shields if s.up]
        return targets

    def _shield_target(self) -> Shield:
        up = [s for s in self.b.shields if s.up]
        palace = self.b.shields[1]
        return self.b.rng.choice([*up, palace, palace]) if up else palace

    def beat_darts(self, count: float = 3) -> None:
        rng = self.b.rng
        count = self.count(count)
        signals = self.signals()
        centre = rng.uniform(50, FIELD_W - 50)
        for i in range(count):
            x = centre + (i - count / 2) * 16
            self.spawn("dart", x, -10 - i * 10, rng.uniform(-0.6, 0.6), 1.8, slot=i,
                       target=rng.choice(signals))

    def beat_bomber(self) -> None:
        rng = self.b.rng
        self.spawn("bomber", rng.uniform(30, FIELD_W - 30), -20, 0.0, 0.3,
                   slot=rng.randint(0, 4), target=self._shield_target())

    def beat_drone_wave(self, count: float = 5) -> None:
        """The mothership's hangar opens and drones pour out: count scales with difficulty."""
        mother = self.b.mothership
        assert mother is not None
        count = self.count(count, least=3)
        signals = self.signals()
        for i in range(count):
            x = mother.x + (i - (count - 1) / 2) * 22
            self.spawn("drone", x, 34, (i - (count - 1) / 2) * 0.15, 0.7, slot=i,
                       target=self.b.rng.choice(signals))
        self.b.effects.append(Effect("hangar", mother.x, 40, 40))

    def beat_beam(self) -> None:
        """Start a sweep that begins on Kara's side of the field and crosses toward
        the other: the telegraph shows the whole band, so getting clear is fair."""
        b = self.b
        mother = b.mothership
        assert mother is not None
        px = b.player.x
        direction = 1 if px < FIELD_W / 2 else -1
        x0 = min(FIELD_W - 12, max(12, px - direction * 30))
        x1 = min(FIELD_W - 12, max(12, x0 + direction * BEAM_BAND))
        mother.beam = Beam(x0, x1, BEAM_TELEGRAPH, BEAM_SWEEP)

    def tick(self) -> None:
        b = self.b
        frame = b.frame
        if self.jammed_at is not None:
            return
        seconds = self.script.rule("jam_seconds")
        self.jam = min(JAM_FULL, self.jam + JAM_FULL / (60 * seconds) * b.tuning.jam_rate)
        if frame - self.last_recode >= self.recode_every and frame >= 120:
            self._recode()
        if self.jam >= JAM_FULL:
            self._power_down()

    def _recode(self) -> None:
        """The signal re-encodes: every drone gets a new target (a visible pulse)."""
        b = self.b
        self.last_recode = b.frame
        self.recodes += 1
        mother = b.mothership
        if mother is not None:
            b.effects.append(Effect("pulse", mother.x, 30, 36))
        signals = self.signals()
        for ship in b.enemies:
            if ship.kind in ("dart", "drone") and not ship.falling:
                ship.target = b.rng.choice(signals)
                ship.flash = 2

    def _power_down(self) -> None:
        """Winn's jam lands: every drone loses its signal and falls."""
        b = self.b
        self.jammed_at = b.frame
        self.halted = True
        for ship in b.enemies:
            ship.falling = True
            ship.vx = b.rng.uniform(-0.8, 0.8)
            ship.vy = min(ship.vy, 0.5)
        for bullet in b.enemy_bullets:
            b.effects.append(Effect("fizzle", bullet.x, bullet.y, 12))
        b.enemy_bullets.clear()
        if b.mothership is not None:
            b.mothership.beam = None
        self.say("jammed")

    def check_end(self) -> None:
        if self.jammed_at is not None and self.b.frame - self.jammed_at >= POWER_DOWN_STEPS:
            b = self.b
            b.score += int(sum(max(0.0, s.hp) for s in b.shields) * 10)
            b.outcome = "won"

    def on_kill(self, ship: Ship) -> None:
        b = self.b
        if self.jammed_at is None:
            gain = self.script.rule("jam_per_kill") * b.tuning.jam_rate
            self.jam = min(JAM_FULL, self.jam + gain)

    def shield_hit(self, shield: Shield, damage: float, x: float) -> None:
        b = self.b
        if not shield.up or self.jammed_at is not None:
            return
        shield.hp = max(0.0, shield.hp - damage * b.tuning.shield_damage)
        shield.hit_flash = 8
        if damage >= 4:
            b.effects.append(Effect("ripple", x, shield.y - 6, 20))
        if shield.name == "palace" and b.options.invincible:
            shield.hp = max(1.0, shield.hp)
        if shield.hp <= 0:
            b.effects.append(Effect("boom", shield.x, FIELD_H - 12, 32))
            self.say(f"{shield.name}_down")
            if shield.name == "palace":
                b.lose()

    def bullet_landed(self, bullet: Bullet) -> None:
        for shield in self.b.shields:
            if shield.covers(bullet.x):
                self.shield_hit(shield, 0.4, bullet.x)
                return

    def snapshot(self) -> dict[str, object]:
        return {"jam": round(self.jam, 4)}

    def resume(self) -> None:
        """Back at a checkpoint after a loss: the city patches its shields."""
        least = self.script.rule("shield_patch")
        for shield in self.b.shields:
            shield.hp = max(shield.hp, least)

    def gauge(self, meter: str) -> float | None:
        """"jam" 0-1; "signal" the share of the recode interval left; "recoding" 1 in
        the moments after the signal recoded."""
        since = self.b.frame - self.last_recode
        if meter == "jam":
            return self.jam / JAM_FULL
        if meter == "signal":
            return max(0.0, 1 - since / self.recode_every)
        if meter == "recoding":
            return 1.0 if since < RECODE_FLASH else 0.0
        return None

    def objective(self) -> str:
        if self.jammed_at is not None:
            return self.text("objective_jammed")
        return self.text("objective_hold")

    def result_values(self) -> dict[str, object]:
        shields = self.b.shields
        palace = shields[1].hp if len(shields) > 1 else 0
        return {**super().result_values(), "palace": round(palace)}

    def tick_shields(self) -> None:
        for shield in self.b.shields:
            shield.hit_flash = max(0, shield.hit_flash - 1)

    def update(self) -> None:
        super().update()
        self.tick_shields()
