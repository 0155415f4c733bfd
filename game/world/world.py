"""One map in play: characters, collision and what the player walks into.

`World.step` moves everyone for one logic step and reports what happened
(a door entered, a trigger touched) as events; the scene decides what to do
with them, so this module never reaches up to scenes or the loop. Map `when`
conditions come compiled from the loader and are answered by a `ConditionSource`
that caches per flag version; who is on stage is rebuilt when that version moves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import pygame

from game.content_staging import EMPTY_POSES, PoseTable
from game.core.actions import InputState
from game.world.character import (
    FOLLOW_GAP,
    PLAYER_SPEED,
    Character,
    Held,
    SpriteSheet,
    follow_step,
    patrol_step,
    wander_step,
)
from game.world.collision import Box, CollisionWorld
from game.world.conditions import ConditionSource
from game.world.crowd import Crowd
from game.world.crowd_grid import FootGrid
from game.world.light_set import LightSet, light_box
from game.world.map_staging import Staging
from game.world.model import Door, Facing, Light, MapData, Prop, Sign, Trigger, TriggerMode
from game.world.spatial import SpatialIndex
from game.world.when_tiles import WhenTiles

SheetLoader = Callable[[str], SpriteSheet]

FOLLOW_SPACING = 16  # a follower placed by a door or a cutscene stands a tile behind
INTERACT_REACH = 12  # pixels in front of the feet that "facing" something covers


@dataclass(frozen=True)
class DoorEntered:
    door: Door


@dataclass(frozen=True)
class TriggerFired:
    trigger: Trigger


WorldEvent = DoorEntered | TriggerFired


class World:
    def __init__(self, data: MapData, sheets: SheetLoader, conditions: ConditionSource,
                 fired: set[str], rand: Callable[[], float], player_character: str,
                 poses: PoseTable = EMPTY_POSES) -> None:
        self.data = data
        self.collision = CollisionWorld(data.solid_tiles, data.solid_rects, data.tile_size)
        self.conditions = conditions
        self._cast_version = conditions.version
        self.fired = fired
        self.rand = rand
        self._sheets = sheets
        self._light_index: SpatialIndex[Light] | None = None
        self.player = Character("player", player_character, 0, 0, Facing.DOWN,
                                sheets(player_character), speed=PLAYER_SPEED, solid=False)
        self._doors_armed = False
        # What doors and triggers last answered nothing for (see `_doors_and_triggers`).
        self._quiet_key: tuple[object, ...] | None = None
        self.trail: list[tuple[float, float, Facing]] = []
        self.npcs: list[Character] = []
        self.props: list[Prop] = []
        self.tiles_shown: tuple[WhenTiles, ...] = ()  # tile layers whose `when` holds
        self.staging = Staging(data, sheets, poses, self.collision)
        self.refresh_npcs()

    # setup ------------------------------------------------------------------
    def refresh_npcs(self) -> None:
        """(Re)build NPCs whose `when` condition holds; keeps those already present.
        Followers stay whatever their map object's condition says: they walk with the player."""
        self._cast_version = self.conditions.version
        holds = self.conditions.holds
        followers = self.followers
        present = {n.name: n for n in self.npcs}
        following = {f.name.lower() for f in followers}
        npcs: list[Character] = list(followers)
        for spec in self.data.npcs:
            if spec.name.lower() in following:
                continue
            if not holds(spec.when):
                continue
            existing = present.get(spec.name)
            if existing is not None:
                npcs.append(existing)
                continue
            npc = Character(spec.name, spec.character, spec.x, spec.y, spec.facing,
                            self._sheets(spec.character), dialogue=spec.dialogue,
                            wander=spec.wander, patrol=spec.patrol, visible=not spec.hidden)
            npc.home = (spec.x, spec.y)
            npc.pose = self.staging.pose(spec.pose, str(spec.ref))
            npcs.append(npc)
        self.npcs = npcs
        self._set_scenery()
        self.staging.refresh_crowds(holds)

    def place_player(self, x: float, y: float, facing: Facing) -> None:
        self.player.x, self.player.y, self.player.facing = x, y, facing
        self.player.moving = False
        self.trail = []
        for i, follower in enumerate(self.followers):
            follower.x, follower.y = self._behind(x, y, facing, i + 1)
        self._seed_trail()
        self._doors_armed = not any(self._feet_in(d.rect) for d in self.data.doors)
        self._quiet_key = None

    def set_player_character(self, character: str) -> None:
        self.player.character = character
        self.player.sheet = self._sheets(character)

    def redress(self, character: str) -> None:
        """Everyone who is `character` takes their sheet again (they changed clothes)."""
        for ch in (self.player, *self.npcs):
            if ch.character == character:
                ch.sheet = self._sheets(character)

    @property
    def lights(self) -> LightSet:
        """The map's lights and those of the props on show."""
        if self._light_index is None:
            self._light_index = SpatialIndex((lt, light_box(lt)) for lt in self.data.lights)
        return LightSet(self._light_index, self.data.lights,
                        [p.light for p in self.props if p.light is not None]
                        + [light for tiles in self.tiles_shown for light in tiles.lights])

    @property
    def followers(self) -> list[Character]:
        return [n for n in self.npcs if n.leader is self.player]

    def _seed_trail(self) -> None:
        """Footsteps from the last follower up to the player, as if the party had just
        walked in: each follower sets off with the player, not two tiles late."""
        followers = self.followers
        if not followers:
            return
        facing = self.player.facing
        points = [(f.x, f.y) for f in reversed(followers)] + [(self.player.x, self.player.y)]
        trail: list[tuple[float, float, Facing]] = []
        for (ax, ay), (bx, by) in pairwise(points):
            trail += [(ax + (bx - ax) * i / FOLLOW_GAP, ay + (by - ay) * i / FOLLOW_GAP, facing)
                      for i in range(FOLLOW_GAP)]
        self.trail = [*trail, (self.player.x, self.player.y, facing)]

    def _behind(self, x: float, y: float, facing: Facing, place: int = 1
                ) -> tuple[float, float]:
        """`place` tiles behind the leader (or beside, where a wall is behind)."""
        fx, fy = facing.vector
        far = FOLLOW_SPACING * place
        for bx, by in ((-fx, -fy), (fy, fx), (-fy, -fx), (fx, fy)):
            spot = x + bx * far, y + by * far
            if self.collision.box_free(Box(spot[0] - 5, spot[1] - 6, 10, 6)):
                return spot
        return x - fx * far, y - fy * far

    def attach_follower(self, name: str, character: str) -> Character:
        """Make `name` walk behind the player, creating them if they are not on this map."""
        npc = self.find(name)
        if npc is None or npc is self.player:
            x, y = self._behind(self.player.x, self.player.y, self.player.facing,
                                len(self.followers) + 1)
            # A map object of the same name lends its dialogue (talking to a follower).
            spec = next((s for s in self.data.npcs if s.name.lower() == name.lower()), None)
            npc = Character(name, character, x, y, self.player.facing, self._sheets(character),
                            dialogue=spec.dialogue if spec is not None else "")
            self.npcs.append(npc)
        npc.leader = self.player
        npc.solid = False
        npc.path = None
        npc.wander = 0
        return npc

    def detach_follower(self, name: str) -> None:
        npc = self.find(name)
        if npc is not None and npc is not self.player:
            npc.leader = None
            npc.solid = True
            npc.moving = False

    @property
    def characters(self) -> list[Character]:
        """Everyone drawn: the player, the NPCs, then the crowds' background people."""
        return [self.player, *self.npcs, *self.staging.crowd_members()]

    def characters_in(self, view: pygame.Rect) -> list[Character]:
        """`characters`, less the crowds drawn wholly outside `view` (a garden party of
        140 background people, a third of them on screen)."""
        members = [m for crowd in self.staging.crowds.values() if crowd.box.colliderect(view)
                   for m in crowd.members]
        return [self.player, *self.npcs, *members]

    @property
    def crowds(self) -> dict[str, Crowd]:
        return self.staging.crowds

    def take_prop(self, prop: Prop) -> None:
        """A prop picked up (<<hold>>): off the map until it is put down."""
        self.staging.taken.append(prop)
        self.props = [p for p in self.props if p is not prop]

    def put_item(self, held: Held, to: tuple[float, float] | None) -> None:
        """A held item put down: back where it came from, or standing at `to`."""
        self.staging.put(held, to)
        self._set_scenery()

    def refresh_props(self) -> None:
        """Props (only) come and go by the flags as they are now: a scene's own change
        of the scenery, while its people stay until the scene ends."""
        self._set_scenery()

    def _set_scenery(self) -> None:
        """The props and the `when` tile layers that the flags say are there now."""
        holds = self.conditions.holds
        self.props = self.staging.props_on_show(holds)
        layers = getattr(self.data.layers, "when_tiles", ())  # a map built in code has none
        self.tiles_shown = tuple(t for t in layers if holds(t.when))

    def find(self, name: str) -> Character | None:
        """A character by map Name, character id, or 'player'."""
        if name.lower() in ("player", self.player.character):
            return self.player
        lowered = name.lower()
        for npc in self.npcs:
            if npc.name.lower() == lowered or npc.character == lowered:
                return npc
        return None

    # stepping -----------------------------------------------------------------
    def step(self, inp: InputState, controllable: bool, events_on: bool = True
             ) -> list[WorldEvent]:
        """One step; `events_on=False` (a stealth scene in play) moves everyone as
        usual but leaves doors and triggers for later, so none is used up unseen."""
        events: list[WorldEvent] = []
        if controllable and self.conditions.version != self._cast_version:
            # A flag changed: people and props whose `when` now differs come or go on
            # this step. Inside a cutscene the cast waits for its end (the scene
            # refreshes then), so nobody vanishes mid-scene.
            self.refresh_npcs()
        if self.player.path is not None and not self.player.path.done:
            self.player.follow_path(self.collision, [])
        elif controllable:
            dx, dy = inp.direction()
            # Only a walking player meets the others' feet: a standing one builds none.
            blockers = [] if dx == 0 and dy == 0 else self._blockers()
            self.player.walk(dx, dy, self.collision, blockers)
        else:
            self.player.moving = False
        if self.player.moving:
            self.trail.append((self.player.x, self.player.y, self.player.facing))
            keep = FOLLOW_GAP * max(1, len(self.followers)) + 2
            del self.trail[: max(0, len(self.trail) - keep)]
        ahead = self.player
        place = 0
        # Only a patrolling guard waits for people in its way (scripted paths and
        # wanderers walk through), so only they ask the grid for their neighbours.
        grid: FootGrid | None = None
        for npc in self.npcs:
            if npc.leader is self.player:
                place += 1  # the second follower walks behind the first
                follow_step(npc, self.trail, self.collision, FOLLOW_GAP * place, ahead)
                ahead = npc
                continue
            x0, y0 = npc.x, npc.y
            if npc.patrol and controllable:
                others: list[pygame.Rect] = []
                if npc.path is not None and not npc.path.done:  # walking, not pausing
                    if grid is None:
                        grid = FootGrid([self.player, *(n for n in self.npcs if n.solid)])
                    others = grid.boxes_near(npc, npc.path.speed)
                patrol_step(npc, self.collision, others)
            elif npc.wander and controllable:
                wander_step(npc, self.collision, [], self.rand, self.data.tile_size)
            elif npc.path is not None and npc.path.idle:
                npc.moving = False  # a cutscene: wanderers and patrols wait where they are
                # (never into the scene's marks) and walk on after; a <<move>> still walks
            elif npc.path is not None and not npc.path.done:
                npc.follow_path(self.collision, [])
            else:
                npc.moving = False
            if grid is not None and (npc.x != x0 or npc.y != y0):
                grid.moved(npc)  # who stood keeps their cell and foot box
        for crowd in self.staging.crowds.values():
            crowd.step()  # its people's animations with it
        for ch in (self.player, *self.npcs):
            if ch.moving or ch.anim_step or ch.pose is not None or ch.emote is not None:
                ch.tick_animation()  # one who stands, unposed, has nothing to tick
        if controllable and events_on:
            events.extend(self._doors_and_triggers())
        return events

    def _blockers(self) -> list[pygame.Rect]:
        """What stops the player: the feet of solid people on show, and solid props."""
        blockers = [n.feet_rect() for n in self.npcs if n.solid and n.visible]
        blockers += [p.rect() for p in self.props if p.solid]
        for tiles in self.tiles_shown:
            blockers += [r.copy() for r in tiles.solid]
        return blockers

    def _doors_and_triggers(self) -> list[WorldEvent]:
        """Doors and triggers, looked at only when what they depend on has changed:
        the tile box the feet cover, a flag, a trigger fired. A step whose answer was
        nothing and whose inputs are the same would answer nothing again."""
        key = (tuple(self.player.feet_rect()), self.conditions.version, id(self.fired),
               len(self.fired))
        if key == self._quiet_key:
            return []
        events = self._doors() + self._triggers()
        self._quiet_key = None if events else key
        return events

    def _feet_in(self, rect: pygame.Rect) -> bool:
        return self.player.feet_rect().colliderect(rect)

    def _doors(self) -> list[WorldEvent]:
        inside = [d for d in self.data.doors if self._feet_in(d.rect)
                  and self.conditions.holds(d.when)]
        if not inside:
            self._doors_armed = True
            return []
        if not self._doors_armed:
            return []  # arrived standing in a doorway: step out first
        self._doors_armed = False
        return [DoorEntered(inside[0])]

    def _triggers(self) -> list[WorldEvent]:
        for trig in self.data.triggers:
            if trig.mode is TriggerMode.ACTION:
                continue
            if trig.mode is TriggerMode.TOUCH and not self._feet_in(trig.rect):
                continue
            if self._available(trig):
                self._mark(trig)
                return [TriggerFired(trig)]
        return []

    def _available(self, trig: Trigger) -> bool:
        key = f"{self.data.name}:{trig.ref.object_id}"
        if trig.once and key in self.fired:
            return False
        return self.conditions.holds(trig.when)

    def _mark(self, trig: Trigger) -> None:
        if trig.once:
            self.fired.add(f"{self.data.name}:{trig.ref.object_id}")

    # interaction ----------------------------------------------------------------
    def interact(self) -> tuple[str, Character | None] | None:
        """What the player talks to or inspects: (dialogue node, npc or None)."""
        px, py = self.player.facing_point(INTERACT_REACH)
        probe = pygame.Rect(round(px) - 3, round(py) - 3, 6, 6)
        for npc in self.npcs:
            if npc.visible and npc.dialogue and probe.colliderect(npc.feet_rect().inflate(6, 10)):
                return npc.dialogue, npc
        for sign in self.data.signs:
            if probe.colliderect(sign.rect) and self._sign_ok(sign):
                return sign.dialogue, None
        for trig in self.data.triggers:
            if trig.mode is TriggerMode.ACTION and (
                probe.colliderect(trig.rect) or self._feet_in(trig.rect)
            ) and self._available(trig):
                self._mark(trig)
                return trig.dialogue, None
        return None

    def _sign_ok(self, sign: Sign) -> bool:
        return self.conditions.holds(sign.when)
