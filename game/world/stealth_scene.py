"""The stealth scene: the map plays on under guards' eyes until the goal or a catch.

Pushed over the world scene by `<<stealth>>` (not opaque: the map still draws
below). It steps the world itself with the player in control, because the
world scene does not move anyone while a cutscene waits; it adds the sight
cones, the suspicion meter and the first-time tutorial on top. It ends in one
of two ways, never in a game over: the player reached the goal ("won"), or the
meter filled ("caught") and the script plays the bluff that follows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.requests import OpenPause
from game.core.scene import Scene
from game.ui.text import GOLD, INK, PALE_GOLD, RED, TEXT
from game.ui.tutorial import binding_label, draw_tutorial
from game.world.character import PLAYER_SPEED, Character
from game.world.hud import bar
from game.world.model import Facing
from game.world.stage import Stage
from game.world.stealth import Guard, Moment, SightRules, Suspicion, sight_polygon

GOAL_RADIUS = 14.0  # pixels from the goal that count as arrived
CATCH_STEPS = 75  # the "!" moment before the script takes over
HEAD_DOWN_SPEED = 0.5  # Lena's pace with her head down
TUTORIAL_FLAG = "tutorial_stealth"
EYE_HEIGHT = 10  # a guard looks from above its feet


@dataclass(frozen=True)
class StealthPlan:
    """What one `<<stealth>>` asks for: whom to follow, where to go, how strict."""

    goal: tuple[float, float]
    follow: str | None = None
    distance: float = 64.0
    rules: SightRules = field(default_factory=SightRules)


class StealthScene(Scene):
    opaque = False
    busy = True

    def __init__(self, ctx: GameContext, stage: Stage, plan: StealthPlan,
                 on_end: Callable[[str], None]) -> None:
        super().__init__(ctx)
        self.stage = stage
        self.plan = plan
        self.on_end = on_end
        self.meter = Suspicion(plan.rules)
        self.head_down = False
        self.catching = 0  # steps left of the catch moment
        self.outcome: str | None = None
        self.tick = 0
        self.tutorial = TUTORIAL_FLAG in ctx.flags and not ctx.flags.get(TUTORIAL_FLAG)
        self._cones: dict[tuple[bool, Facing], pygame.Surface] = {}

    # rules -------------------------------------------------------------------------
    def guards(self) -> list[Character]:
        """Everyone on a patrol route keeps watch."""
        return [n for n in self.stage.world.npcs if n.patrol and n.visible]

    def _leader(self) -> Character | None:
        return self.stage.find(self.plan.follow) if self.plan.follow else None

    def handle(self, action: Action) -> bool:
        if action is Action.MENU:
            self.ctx.requests.post(OpenPause())
            return True
        if self.tutorial and action is Action.CONFIRM:
            self.tutorial = False
            self.ctx.flags.set(TUTORIAL_FLAG, True)
            self.stage.play_sfx("menu_confirm")
        return action not in (Action.FULLSCREEN, Action.DEBUG_OVERLAY)

    def update(self, inp: InputState) -> None:
        world = self.stage.world
        self.tick += 1
        if self.tutorial:
            return
        if self.catching:
            self.catching -= 1
            self.stage.update()
            if not self.catching:
                self._end("caught")
            return
        player = world.player
        self.head_down = Action.CANCEL in inp.held
        player.speed = PLAYER_SPEED * (HEAD_DOWN_SPEED if self.head_down else 1.0)
        world.step(inp, True, events_on=False)  # doors and triggers wait till the end
        if player.moving and self.tick % (30 if self.head_down else 18) == 0:
            self.stage.play_sfx("footstep")
        self.stage.camera.follow(player.x, player.y - 8)
        self.stage.update()
        leader = self._leader()
        before = bool(self.meter.watchers)
        self.meter.step(world.collision, self._eyes(), Moment(
            (player.x, player.y), player.moving, self.head_down,
            (leader.x, leader.y) if leader else None, self.plan.distance))
        if self.meter.watchers and not before:
            self.stage.play_sfx("spotted")
        if self.meter.full:
            self._catch()
        elif math.dist((player.x, player.y), self.plan.goal) <= GOAL_RADIUS:
            self._end("won")

    def _eyes(self) -> list[Guard]:
        return [Guard(g.name, (g.x, g.y - EYE_HEIGHT), g.facing) for g in self.guards()]

    def _catch(self) -> None:
        world = self.stage.world
        player = world.player
        alarm = self.ctx.content.emotes.frames.get("!", 0)
        guards = self.guards()
        turning = [g for g in guards if g.name in self.meter.watchers] or sorted(
            guards, key=lambda g: math.dist((g.x, g.y), (player.x, player.y)))[:1]
        for guard in turning:  # who saw her, or (she strayed) the nearest guard
            guard.facing = Facing.from_vector(player.x - guard.x, player.y - guard.y,
                                              guard.facing)
            guard.emote = (alarm, CATCH_STEPS)
            guard.moving = False
        player.moving = False
        self.stage.play_sfx("heartbeat")
        self.stage.shake(2, 20)
        self.catching = self.stage.steps(CATCH_STEPS / 60)

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.stage.world.player.speed = PLAYER_SPEED
        self.ctx.stack.remove(self)
        self.on_end(outcome)

    # drawing -----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        ox, oy = self.stage.camera.offset
        alarmed = {ch.name for ch in self.guards() if ch.emote is not None}
        for guard in self._eyes():
            alert = guard.name in self.meter.watchers or (self.catching > 0
                                                          and guard.name in alarmed)
            self._draw_cone(surface, guard, alert, (ox, oy))
        self._draw_marks(surface, (ox, oy))
        self._draw_meter(surface)
        if self.tutorial:
            self._draw_tutorial(surface)

    def _cone(self, alert: bool, facing: Facing) -> pygame.Surface:
        cached = self._cones.get((alert, facing))
        if cached is None:
            name = "sight_cone_alert" if alert else "sight_cone"
            base = self.ctx.assets.image(f"assets/fx/{name}.png")
            fx, fy = facing.vector
            cached = pygame.transform.rotate(base, -math.degrees(math.atan2(fy, fx)))
            self._cones[(alert, facing)] = cached
        return cached

    def _draw_cone(self, surface: pygame.Surface, guard: Guard, alert: bool,
                   offset: tuple[int, int]) -> None:
        texture = self._cone(alert, guard.facing)
        r = texture.get_width() // 2
        ex, ey = guard.eye
        polygon = sight_polygon(self.stage.world.collision, guard.eye, guard.facing,
                                self.plan.rules)
        mask = pygame.Surface(texture.get_size(), pygame.SRCALPHA)
        pygame.draw.polygon(mask, (255, 255, 255, 255),
                            [(px - ex + r, py - ey + r) for px, py in polygon])
        mask.blit(texture, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        surface.blit(mask, (round(ex) - r - offset[0], round(ey) - r - offset[1]))

    def _draw_marks(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """The goal (a pulsing gold diamond) and, round the person followed, how far
        is still 'with them' (a dotted ring that turns red when you stray)."""
        gx, gy = round(self.plan.goal[0]) - offset[0], round(self.plan.goal[1]) - offset[1]
        size = 4 + (self.tick // 10) % 2
        pygame.draw.polygon(surface, GOLD, [(gx, gy - size - 6), (gx + size, gy - 6),
                                            (gx, gy + size - 6), (gx - size, gy - 6)])
        pygame.draw.polygon(surface, INK, [(gx, gy - size - 6), (gx + size, gy - 6),
                                           (gx, gy + size - 6), (gx - size, gy - 6)], 1)
        leader = self._leader()
        if leader is None:
            return
        colour = RED if self.meter.straying else PALE_GOLD
        d = self.plan.distance
        cx, cy = leader.x - offset[0], leader.y - offset[1]
        dots = 48
        turn = (self.tick // 8) % 4
        points = [(round(cx + math.cos(2 * math.pi * i / dots) * d),
                   round(cy + math.sin(2 * math.pi * i / dots) * d * 0.6))
                  for i in range(dots + 1)]
        for i in range(dots):  # dashes of three, gaps of one, crawling round
            if (i + turn) % 4 != 3:
                pygame.draw.line(surface, colour, points[i], points[i + 1])

    def _draw_meter(self, surface: pygame.Surface) -> None:
        font = self.ctx.fonts.small
        x, y, width = 10, 10, 120
        plate = pygame.Surface((width + 30, 30 if not self.head_down else 40),
                               pygame.SRCALPHA)
        plate.fill((28, 35, 64, 190))
        surface.blit(plate, (x - 4, y - 4))
        eyes = self.ctx.assets.image("assets/ui/suspicion_eye.png")
        value = self.meter.value
        frame = 2 if self.meter.watchers or self.catching else (1 if value > 0.3 else 0)
        surface.blit(eyes, (x, y), (frame * 16, 0, 16, 10))
        font.draw(surface, "Caught!" if self.catching else "Suspicion", (x + 20, y), TEXT, INK)
        colour = RED if self.meter.watchers or self.catching else GOLD
        bar(surface, self.ctx.assets.image("assets/ui/bar_frame.png"), x, y + 12, width + 20,
            value, colour)
        if self.head_down:
            font.draw(surface, "Head down: looks count half", (x, y + 22), PALE_GOLD, INK)
        leader = self._leader()
        goal = (f"Stay with {leader.name} to the gold mark" if leader is not None
                else "Reach the gold mark unseen")
        font.draw(surface, goal, (10, 270 - font.line_height - 8), PALE_GOLD, INK)
        hint = f"Hold {self._cancel_label()}: head down"
        font.draw(surface, hint, (480 - font.width(hint) - 10, 270 - font.line_height - 8),
                  TEXT, INK)

    def _cancel_label(self) -> str:
        """The key and the pad button for head down, as the player bound them."""
        settings = self.ctx.settings
        pad = binding_label(settings.buttons, "cancel")
        key = binding_label(settings.keys, "cancel")
        return key if pad == "?" else f"{key} / pad {pad}"

    def _draw_tutorial(self, surface: pygame.Surface) -> None:
        keys = self.ctx.settings.keys
        down = self._cancel_label()
        draw_tutorial(surface, self.ctx.fonts.small, "Keep your head down", [
            "Guards see what lies in their cones. Walls block their sight.",
            f"Hold {down} to keep your head down: you walk slower, but every "
            "look counts half.",
            "Stay inside the ring round the one you follow. Out of sight, "
            "suspicion fades. Reach the gold mark.",
        ], f"{binding_label(keys, 'confirm')}: go")
