"""The calm pod ride scene: the night city under the pod, seen through its canopy.

Pushed by the game flow on a `StartRide` request; it reuses the flight's city
backdrop and pod sprites (read only) and adds what a ride has that a battle
has not: lines of talk in the dashboard, fireworks, the queue and the red scan
light at "the line". When the clock runs out it leaves the stack and hands its
`RideResult` to `on_done`.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.requests import OpenPause
from game.core.scene import Scene
from game.flight.art import FlightArt
from game.ride.rules import POD_REST_Y, RideResult, RideRun
from game.ride.spec import RideSpec
from game.ui.text import GOLD, INK, PALE_GOLD, RED, TEXT
from game.ui.tutorial import binding_label, draw_tutorial

TUTORIAL_FLAG = "tutorial_ride"
FAST_SCALE = 10.0  # --fast: the ride's clock runs ten times quicker
BURST_STEPS = 48
TINTS = {"gold": (255, 210, 110), "red": (240, 90, 70), "blue": (130, 190, 255),
         "white": (255, 255, 255), "violet": (200, 140, 230)}
QUEUE_PODS = 3
GANTRY_LEAD = 7.0  # seconds before the scan that the checkpoint slides into view
ESCORT_LAG = 24  # steps Alex's escort pod trails behind
GLOW_RADIUS = 70
CITY_SHADE = (20, 14, 40, 90)


class RideScene(Scene):
    opaque = True
    busy = True  # no saving mid-ride: the script resumes after it

    def __init__(self, ctx: GameContext, spec: RideSpec, steady: bool,
                 on_done: Callable[[RideResult], None]) -> None:
        super().__init__(ctx)
        self.run = RideRun(spec, steady=steady)
        self.on_done = on_done
        self.scale = FAST_SCALE if ctx.options.fast else 1.0
        self.tick = 0
        self.bursts: list[tuple[int, float, float, str]] = []  # start tick, x, y, colour
        self.looked_flash = 0
        self.trail: deque[float] = deque([self.run.x] * ESCORT_LAG, maxlen=ESCORT_LAG)
        self.tutorial = TUTORIAL_FLAG in ctx.flags and not ctx.flags.get(TUTORIAL_FLAG)
        self._art: FlightArt | None = None
        self._glows: dict[tuple[str, int], pygame.Surface] = {}
        self._shade = pygame.Surface((480, 270), pygame.SRCALPHA)
        self._shade.fill(CITY_SHADE)

    def enter(self) -> None:
        self.ctx.audio.play_music("tension" if self.run.spec.scan else "balcony")

    def _load(self) -> FlightArt:
        """Art needs a display mode (convert_alpha), so it loads on first draw."""
        if self._art is None:
            self._art = FlightArt(self.ctx.assets)
        return self._art

    def _draw_city(self, surface: pygame.Surface, art: FlightArt) -> None:
        """The flight's night city, scrolling under the pod at the route's speed."""
        city = art.frames["night_daxam"][0]
        height = city.get_height()
        offset = int(self.run.scroll) % height
        surface.blit(city, (0, offset - height))
        surface.blit(city, (0, offset))
        surface.blit(self._shade, (0, 0))

    def handle(self, action: Action) -> bool:
        if action is Action.MENU:
            self.ctx.requests.post(OpenPause())
        elif self.tutorial and action is Action.CONFIRM:
            self.tutorial = False
            self.ctx.flags.set(TUTORIAL_FLAG, True)
            self.ctx.audio.play_sfx("menu_confirm")
        return True

    def update(self, inp: InputState) -> None:
        self.tick += 1
        if self.tutorial:
            return
        run = self.run
        for cue in run.step(inp.direction(), self.scale / 60):
            if cue == "firework":
                self._burst()
            elif cue == "scan":
                self.ctx.audio.play_sfx("scan_sweep")
            elif cue == "looked":
                self.looked_flash = 90
                self.ctx.audio.play_sfx("spotted")
        self.trail.append(run.x)
        self.bursts = [b for b in self.bursts if self.tick - b[0] < BURST_STEPS]
        if self.looked_flash:
            self.looked_flash -= 1
        if run.done:
            self.ctx.stack.remove(self)
            self.on_done(run.result())

    def _burst(self) -> None:
        for f in self.run.spec.fireworks:
            if self.run.t - self.scale / 60 < f.at <= self.run.t:
                self.bursts.append((self.tick, f.x, f.y, f.colour))
                self.ctx.audio.play_sfx("fireworks")

    # drawing -----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        art = self._load()
        run = self.run
        self._draw_city(surface, art)
        self._draw_departure(surface)
        self._draw_glow(surface)
        self._draw_traffic(surface, art)
        gantry_y = self._gantry_y()
        if gantry_y is not None:
            self._draw_queue(surface, art, gantry_y)
        if run.spec.escort:
            pod = art.frame("wingman", self.tick)
            surface.blit(pod, pod.get_rect(center=(round(self.trail[0]) + 14, round(run.y + 30))))
        pod = art.frame("player_pod", self.tick)
        rect = pod.get_rect(center=(round(run.x), round(run.y)))
        surface.blit(pod, rect)
        if gantry_y is not None:
            self._draw_gantry(surface, gantry_y, rect)
        self._draw_bursts(surface)
        surface.blit(self.ctx.assets.image("assets/ride/cockpit.png"), (0, 0))
        self._draw_dash(surface)
        if self.tutorial:
            self._draw_tutorial(surface)

    def _draw_departure(self, surface: pygame.Surface) -> None:
        """The palace behind the pod, shrinking and sliding away as the ride begins."""
        seconds = self.run.spec.departure
        if seconds <= 0 or self.run.t >= seconds:
            return
        f = self.run.t / seconds
        image = self.ctx.assets.image("assets/ride/palace.png")
        scale = 2.0 - 1.6 * f
        size = (round(image.get_width() * scale), round(image.get_height() * scale))
        small = pygame.transform.scale(image, size)
        small.fill((150, 150, 205), special_flags=pygame.BLEND_RGB_MULT)  # night on it
        small.set_alpha(round(255 * (1 - f * f)))
        surface.blit(small, small.get_rect(midtop=(240, round(118 + 112 * f))))

    def _draw_glow(self, surface: pygame.Surface) -> None:
        """Fireworks light the city below them for a moment (added light, faded)."""
        for start, x, y, colour in self.bursts:
            level = 1.0 - (self.tick - start) / BURST_STEPS
            if level > 0:
                glow = self._glow(colour, round(level * 8))
                surface.blit(glow, (round(x) - GLOW_RADIUS, round(y) - GLOW_RADIUS),
                             special_flags=pygame.BLEND_RGB_ADD)

    def _glow(self, colour: str, level: int) -> pygame.Surface:
        """A stepped disc of light, brighter in the middle; cached by colour and level."""
        key = (colour, level)
        glow = self._glows.get(key)
        if glow is None:
            glow = pygame.Surface((GLOW_RADIUS * 2, GLOW_RADIUS * 2))
            r, g, b = TINTS[colour]
            for ring in range(4):
                k = level / 8 * 0.09
                layer = pygame.Surface(glow.get_size())
                pygame.draw.circle(layer, (round(r * k), round(g * k), round(b * k)),
                                   (GLOW_RADIUS, GLOW_RADIUS), GLOW_RADIUS * (4 - ring) // 4)
                glow.blit(layer, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
            self._glows[key] = glow
        return glow

    def _draw_traffic(self, surface: pygame.Surface, art: FlightArt) -> None:
        for car in self.run.spec.traffic:
            age = self.run.t - car.at
            if age < 0:
                continue
            start = 300.0 if car.speed > 0 else -30.0
            y = start - car.speed * age
            if not -40 <= y <= 310:
                continue
            image = art.frame(car.sprite, self.tick)
            if car.speed < 0:
                image = pygame.transform.rotate(image, 180)
            # a small drop shadow sells the height over the towers
            shadow = image.copy()
            shadow.fill((0, 0, 0, 90), special_flags=pygame.BLEND_RGBA_MIN)
            surface.blit(shadow, shadow.get_rect(center=(round(car.x) + 6, round(y) + 8)))
            surface.blit(image, image.get_rect(center=(round(car.x), round(y))))

    def _gantry_y(self) -> float | None:
        """Where the checkpoint girder is on screen, or None while out of view."""
        scan = self.run.spec.scan
        if scan is None:
            return None
        t, rest = self.run.t, POD_REST_Y - 112
        appear, end = scan.at - GANTRY_LEAD, scan.at + scan.seconds
        if t < appear:
            return None
        if t < scan.at - 3:
            return -40 + (rest + 40) * (t - appear) / (GANTRY_LEAD - 3)
        if t < end + 1.5:
            return rest
        y = rest + 140 * (t - end - 1.5)
        return y if y < 300 else None

    def _draw_queue(self, surface: pygame.Surface, art: FlightArt, gantry_y: float) -> None:
        """Pods waiting their turn ahead of ours, under the gantry."""
        scan = self.run.spec.scan
        assert scan is not None
        lane = self.run.lane().x
        for i in range(QUEUE_PODS):
            leave = scan.at - 3 + i * 1.2 - QUEUE_PODS * 1.2
            y = gantry_y - 8 - i * 30
            if self.run.t > leave:
                y -= 160 * (self.run.t - leave)
            if y < -30:
                continue
            image = art.frame("wingman" if i % 2 else "dart", self.tick)
            surface.blit(image, image.get_rect(center=(round(lane), round(y))))
        if self.run.lane().speed < 30:  # and the ones waiting behind us
            for i, sprite in enumerate(("dart", "wingman")):
                image = art.frame(sprite, self.tick + i * 3)
                y = self.run.y + 34 + i * 26
                surface.blit(image, image.get_rect(center=(round(lane) - 3 + i * 6, round(y))))

    def _draw_gantry(self, surface: pygame.Surface, y: float, pod: pygame.Rect) -> None:
        surface.blit(self.ctx.assets.image("assets/ride/gantry.png"), (0, round(y)))
        progress = self.run.scanning()
        if progress is None:
            return
        beam = self.ctx.assets.image("assets/ride/scan_light.png")
        bx = self.run.lane().x + math.sin(progress * 2 * math.pi * 2) * 44
        top = round(y) + 22
        surface.blit(beam, (round(bx) - beam.get_width() // 2, top))
        if abs(bx - pod.centerx) < 20:  # the light on our hull
            wash = pygame.Surface(pod.size, pygame.SRCALPHA)
            wash.fill((210, 69, 46, 110))
            surface.blit(wash, pod.topleft, special_flags=pygame.BLEND_RGBA_ADD)

    def _draw_bursts(self, surface: pygame.Surface) -> None:
        strip = self.ctx.assets.image("assets/ride/firework.png")
        size = strip.get_height()
        frames = strip.get_width() // size
        for start, x, y, colour in self.bursts:
            age = self.tick - start
            frame = strip.subsurface((min(frames - 1, age * frames // BURST_STEPS) * size, 0,
                                      size, size)).copy()
            frame.fill((*TINTS[colour], 255), special_flags=pygame.BLEND_RGBA_MULT)
            big = pygame.transform.scale(frame, (size * 3, size * 3))
            surface.blit(big, (round(x) - size * 3 // 2, round(y) - size * 3 // 2),
                         special_flags=pygame.BLEND_RGBA_ADD)

    def _draw_dash(self, surface: pygame.Surface) -> None:
        font = self.ctx.fonts.small
        run = self.run
        line = run.line()
        if line is not None:
            who = f"{line.speaker}: " if line.speaker else ""
            rows = font.wrap(who + line.text, 340)[:2]
            y = 270 - 34 if len(rows) > 1 else 270 - 26
            for row in rows:
                font.draw(surface, row, ((480 - font.width(row)) // 2, y), TEXT, INK)
                y += font.line_height + 2
        title = run.spec.title
        font.draw(surface, title, ((480 - font.width(title)) // 2, 12), PALE_GOLD, INK)
        done = min(1.0, run.t / run.spec.seconds)  # how far along the route, on the dash
        pygame.draw.rect(surface, INK, (200, 233, 80, 3))
        pygame.draw.rect(surface, GOLD, (200, 233, round(80 * done), 3))
        progress = run.scanning()
        if progress is not None:
            text = "Hold still" if not self.looked_flash else "A guard looks twice"
            colour = RED if self.looked_flash or (self.tick // 15) % 2 else GOLD
            font.draw(surface, text, ((480 - font.width(text)) // 2, 28), colour, INK)
        elif not run.steady and self.tick < 240 and not self.tutorial:
            hint = "Steer gently: the pod finds its way back"
            font.draw(surface, hint, ((480 - font.width(hint)) // 2, 28), TEXT, INK)

    def _draw_tutorial(self, surface: pygame.Surface) -> None:
        keys = self.ctx.settings.keys
        arrows = "/".join(binding_label(keys, a) for a in ("up", "left", "down", "right"))
        draw_tutorial(surface, self.ctx.fonts.small, "A calm ride", [
            f"Steer with {arrows}. Let go and the pod drifts back to its route.",
            "No one shoots tonight. Look around; listen.",
            "Where a red light sweeps the pod, hold still: moving makes a guard look "
            "twice.",
        ], f"{binding_label(keys, 'confirm')}: fly")
