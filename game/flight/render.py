"""Draws a battle: backdrop, then the playfield from the ground up.

Reads the battle, never changes it. Everything animates from the battle's own
frame counter, so a replay looks identical as well as playing identically.
"""

from __future__ import annotations

import math

import pygame

from game.flight.art import EMBER, GLOW, GOLD, RED_LIGHT, WHITE, FlightArt
from game.flight.background import Backdrop
from game.flight.battle import Battle
from game.flight.entities import FIELD_H, FIELD_W, FIELD_X, Beam, Ship
from game.flight.iff import SHAPES, UNKNOWN, Standing, standing

FIELD_RECT = pygame.Rect(FIELD_X, 0, FIELD_W, FIELD_H)
EFFECT_SPRITES = {"boom": "explosion", "pop": "explosion_small", "hit": "explosion_small",
                  "spark": "explosion_small"}


class BattleRenderer:
    """One per scene; keeps the backdrop of the stage being drawn."""

    def __init__(self, art: FlightArt) -> None:
        self.art = art
        self._backdrops: dict[str, Backdrop] = {}
        self.pulse_frames = [pygame.transform.scale_by(f, 3) for f in art.frames["recode_pulse"]]

    def backdrop(self, kind: str) -> Backdrop:
        if kind not in self._backdrops:
            self._backdrops[kind] = Backdrop(self.art, kind)
        return self._backdrops[kind]

    def draw(self, surface: pygame.Surface, battle: Battle, show_hitbox: bool) -> None:
        # only the field: the HUD's side panels are opaque and drawn over the rest
        clip = surface.get_clip()
        surface.set_clip(FIELD_RECT)
        self.backdrop(battle.stage.background).draw(surface, battle.scroll, battle.frame)
        surface.set_clip(clip)
        field = surface.subsurface(FIELD_RECT)
        ox, oy = 0, 0
        if battle.shake:
            ox = int(math.sin(battle.frame * 2.1) * battle.shake * 0.4)
            oy = int(math.cos(battle.frame * 1.7) * battle.shake * 0.4)
        self._ground(field, battle, ox, oy)
        self._ships(field, battle, ox, oy)
        self._player(field, battle, ox, oy, show_hitbox)
        self._bullets(field, battle, ox, oy)
        self._effects(field, battle, ox, oy)

    # -- layers ------------------------------------------------------------------------
    def _ground(self, field: pygame.Surface, b: Battle, ox: int, oy: int) -> None:
        art = self.art
        for shield in b.shields:
            dome = art.dome(int(shield.half_width))
            x = int(shield.x - shield.half_width) + ox
            y = FIELD_H - dome.get_height() + oy
            if shield.up:
                if shield.hit_flash and shield.hit_flash % 4 < 2:
                    pygame.draw.ellipse(field, WHITE, (x, y, dome.get_width(),
                                                       dome.get_height() * 2), 1)
                else:
                    field.blit(dome, (x, y))
            elif b.frame % 20 < 10:  # a broken dome: a dying red rim
                pygame.draw.arc(field, RED_LIGHT, (x, y, dome.get_width(), dome.get_height() * 2),
                                0.2, math.pi - 0.2, 1)
        stage = b.stage
        gate_y = getattr(stage, "gate_y", None)
        if gate_y is not None:
            gate = art.frame("jump_gate", b.frame, 5)
            field.blit(gate, (FIELD_W // 2 - 32 + ox, int(gate_y) - 32 + oy))
        mother = b.mothership
        if mother is not None:
            if mother.beam is not None:
                self._beam(field, b, mother.beam, ox, oy)
            image = art.frames["mothership"][0]
            field.blit(image, (int(mother.x) - 100 + ox, int(mother.y) - 60 + oy))
            glow = (b.frame // 8) % 2
            pygame.draw.circle(field, GLOW if glow else WHITE,
                               (int(mother.x) + ox, int(mother.y) + 48 + oy), 3)

    def _beam(self, field: pygame.Surface, b: Battle, beam: Beam, ox: int, oy: int) -> None:
        """Telegraph: the whole band glows red, a dashed line marks where the sweep
        starts and chevrons show which way it goes. Then the beam itself."""
        top = int(b.mothership.y) + 50 if b.mothership else 0
        if not beam.firing:
            left, right = sorted((beam.x0, beam.x1))
            band = pygame.Surface((int(right - left) + 20, FIELD_H - top), pygame.SRCALPHA)
            strength = 28 + int(22 * (0.5 + 0.5 * math.sin(beam.t / 4)))
            band.fill((*RED_LIGHT, strength))
            field.blit(band, (int(left) - 10 + ox, top + oy))
            line = self.art.frame("beam_telegraph", b.frame, 4)
            for y in range(top, FIELD_H, line.get_height()):
                field.blit(line, (int(beam.x0) - 4 + ox, y + oy))
            direction = 1 if beam.x1 > beam.x0 else -1
            step = (beam.t // 6) % 3
            for i in range(3):
                cx = int(beam.x0 + direction * (22 + (i + step) * 14)) + ox
                cy = FIELD_H // 2 + oy
                colour = GOLD if i == 0 else EMBER
                pygame.draw.lines(field, colour, False, [(cx - direction * 4, cy - 6),
                                                        (cx + direction * 2, cy),
                                                        (cx - direction * 4, cy + 6)], 2)
            return
        frame = self.art.frame("beam", b.frame, 3)
        x = int(beam.x) - frame.get_width() // 2 + ox
        for y in range(top, FIELD_H, frame.get_height()):
            field.blit(frame, (x, y + oy))

    def _ships(self, field: pygame.Surface, b: Battle, ox: int, oy: int) -> None:
        art = self.art
        tractor = getattr(b.stage, "tractor", False)
        rescuer = getattr(b.stage, "rescuer", None)
        if tractor and rescuer is not None:
            beam = art.tractor
            x = int(rescuer.x) - beam.get_width() // 2 + ox
            top, bottom = int(rescuer.y) + 6, int(b.player.y) + 6
            shift = b.frame % 8
            for y in range(top - 8 + shift, bottom, beam.get_height()):
                field.blit(beam, (x, y + oy), area=pygame.Rect(0, max(0, top - y), 18,
                                                                  max(0, bottom - y)))
        batch: list[tuple[pygame.Surface, tuple[int, int]]] = []
        for ship in (*b.allies, *b.enemies):
            self._ship(field, batch, b, ship, ox, oy)
        field.fblits(batch)

    def _ship(self, field: pygame.Surface, batch: list[tuple[pygame.Surface, tuple[int, int]]],
              b: Battle, ship: Ship, ox: int, oy: int) -> None:
        """Queue the craft's blits on `batch` (one `fblits` for the whole fleet); a
        light drawn on top first empties the queue, so the layering is as drawn."""
        art = self.art
        kind = ship.kind
        if kind == "grounded":
            image = art.frames["drone_fallen"][ship.slot % 4]
            batch.append((image, (int(ship.x) - 8 + ox, int(ship.y) - 8 + oy)))
            if (b.frame + ship.slot * 7) % 40 < 20:  # the armed light: still live
                field.fblits(batch)
                batch.clear()
                centre = (int(ship.x) + ox, int(ship.y) + oy)
                pygame.draw.circle(field, RED_LIGHT, centre, 2)
                pygame.draw.circle(field, EMBER, centre, int(ship.r) + 3, 1)
            return
        side = None
        if ship.falling:
            if kind == "drone":
                image = art.frame("drone_fallen", ship.t, 5)
            else:
                base = art.frames[kind][0]
                image = pygame.transform.rotate(base, (ship.t * 9) % 360)
            image = image.copy()
            image.set_alpha(200)
        else:
            side = standing(b, ship)
            if ship.flash and kind in art.flash and ship.flash % 2:
                image = art.flash[kind][(ship.t // 6) % len(art.flash[kind])]
            else:
                frames = art.outlined.get((side, kind)) if side else None
                if frames is None:
                    frames = art.frames[kind]
                image = frames[((ship.t + ship.slot) // 6) % len(frames)]
        w, h = image.get_size()
        x, y = int(ship.x) + ox, int(ship.y) + oy
        batch.append((image, (x - w // 2, y - h // 2)))
        if side is not None:
            self._marker(batch, b, ship, side, x, y)
        if kind == "dart" and not ship.falling and ship.t % 30 < 2:
            field.fblits(batch)
            batch.clear()
            pygame.draw.circle(field, RED_LIGHT, (x, y), 1)

    def _marker(self, batch: list[tuple[pygame.Surface, tuple[int, int]]], b: Battle,
                ship: Ship, side: Standing, x: int, y: int) -> None:
        """The standing's shape around the craft; unknowns also get a "?" that bobs."""
        mark = self.art.marker(SHAPES[side], int(ship.r), side)
        batch.append((mark, (x - mark.get_width() // 2, y - mark.get_height() // 2)))
        if side == UNKNOWN:
            query = self.art.query
            bob = (b.frame // 12) % 2
            batch.append((query, (x - query.get_width() // 2, y - int(ship.r) - 14 - bob)))

    def _player(self, field: pygame.Surface, b: Battle, ox: int, oy: int, show: bool) -> None:
        p = b.player
        if not p.alive:
            return
        if p.invuln and (p.invuln // 4) % 2 == 0:
            return  # the classic blink: visible half the time while invulnerable
        image = self.art.frame(b.stage.craft, b.frame, 4)
        x, y = int(p.x) + ox, int(p.y) + oy
        field.blit(image, (x - 12, y - 12))
        if show or p.focus:
            marker = self.art.frames["hitbox"][0]
            pygame.draw.circle(field, WHITE, (x, y), 6, 1)
            field.blit(marker, (x - 2, y - 2))

    def _bullets(self, field: pygame.Surface, b: Battle, ox: int, oy: int) -> None:
        frames = self.art.frames["bullets"]
        half = frames[0].get_width() // 2
        for group in (b.player_bullets, b.ally_bullets, b.enemy_bullets):
            field.fblits(group.blits(frames, half, ox, oy))

    def _effects(self, field: pygame.Surface, b: Battle, ox: int, oy: int) -> None:
        art = self.art
        for e in b.effects:
            x, y = int(e.x) + ox, int(e.y) + oy
            sprite = EFFECT_SPRITES.get(e.kind)
            if sprite is not None:
                image = art.once(sprite, e.t, e.duration)
                w, h = image.get_size()
                field.blit(image, (x - w // 2, y - h // 2))
            elif e.kind == "pulse":
                frames = self.pulse_frames
                image = frames[min(len(frames) - 1, e.t * len(frames) // e.duration)]
                field.blit(image, (x - 96, y - 96))
            elif e.kind == "warp":
                radius = 2 + e.t
                pygame.draw.circle(field, GLOW, (x, y - e.t * 2), radius, 1)
            elif e.kind == "ripple":
                w = 8 + e.t * 2
                pygame.draw.ellipse(field, GLOW, (x - w, y - w // 4, w * 2, w // 2), 1)
            elif e.kind == "fizzle" and e.t % 2 == 0:
                field.set_at((x, y), GLOW)
            elif e.kind == "hangar":
                radius = 6 + (e.t % 10)
                pygame.draw.circle(field, EMBER, (x, y), radius, 1)
