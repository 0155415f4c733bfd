"""Act One played from New Game to the Act Two hand-off through the real game loop.

The input script walks the routes a player would take (computed from the maps'
tile coordinates), skips through lines with the skip key (`--fast` makes text
instant) and picks choices by position. A per-step probe records the map, the
player and the story flags, so each scene's outcome is asserted in order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.world.scene import WorldScene
from tests.helpers import InputScript
from tests.story.profiles import KIND, Profile

PX_PER_STEP = 1.25  # game.world.character.PLAYER_SPEED
TILE = 16


@dataclass
class Route:
    """An input script plus the moves that make it readable: walk, talk, skip, choose."""

    script: InputScript = field(default_factory=InputScript)

    def walk(self, direction: str, tiles: float) -> Route:
        frames = round(tiles * TILE / PX_PER_STEP)
        if frames > 0:
            self.script.hold(direction, frames)
        return self

    def path(self, *legs: tuple[str, float]) -> Route:
        for direction, tiles in legs:
            self.walk(direction, tiles)
        return self

    def face(self, direction: str) -> Route:
        self.script.hold(direction, 1)
        return self

    def talk(self) -> Route:
        self.script.tap("confirm")
        return self

    def skip(self, frames: int = 240) -> Route:
        """Hold the skip key: every line is read until a choice or the end of the scene."""
        self.script.hold("skip", frames)
        return self

    def choose(self, downs: int, ups: int = 0) -> Route:
        """Move the choice cursor from where it is and confirm."""
        if downs:
            self.script.tap("down", downs)
        if ups:
            self.script.tap("up", ups)
        self.script.tap("confirm")
        return self

    def wait(self, frames: int) -> Route:
        self.script.wait(frames)
        return self


@dataclass
class Probe:
    """What the game looked like at each step: map, player character, flags."""

    steps: list[tuple[int, str, str, dict[str, object]]] = field(default_factory=list)
    guests_seen: int = 0  # the most background guests on a map at once
    closest_guest: float = float("inf")  # pixels from the player or a follower
    vase: list[str] = field(default_factory=list)  # where the vase was, as it changed

    def record(self, game: Game) -> None:
        scene = game.ctx.stack.find(WorldScene)
        if scene is None or scene.world is None:
            return
        flags = dict(game.ctx.flags.snapshot())
        player = scene.world.player
        flags["_pos"] = (round(player.x / TILE, 1), round(player.y / TILE, 1))
        flags["_held"] = player.held.item if player.held is not None else ""
        if scene.world.data.name == "kara_room":
            self._look_at_the_vase(scene)
        guests = scene.world.staging.crowd_members()
        if guests:
            self.guests_seen = max(self.guests_seen, len(guests))
            walkers = [player, *scene.world.followers]
            self.closest_guest = min(self.closest_guest, *(
                math.hypot(g.x - w.x, g.y - w.y) for g in guests for w in walkers))
        self.steps.append(
            (game.ctx.frame, scene.world.data.name, scene.session.player_character, flags)
        )

    def _look_at_the_vase(self, scene: WorldScene) -> None:
        assert scene.world is not None
        lena = scene.world.find("Lena")
        if any(p.item == "vase" for p in scene.world.props):
            where = "stand"
        elif lena is not None and lena.held is not None and lena.held.item == "vase":
            where = "overhead" if lena.pose is not None and lena.pose.name == "raise" else "hands"
        else:
            where = "gone"
        if not self.vase or self.vase[-1] != where:
            self.vase.append(where)

    def first(self, predicate) -> int:
        for i, (_, name, who, flags) in enumerate(self.steps):
            if predicate(name, who, flags):
                return i
        raise AssertionError("the playthrough never reached that state")

    def maps_in_order(self) -> list[str]:
        seen: list[str] = []
        for _, name, _, _ in self.steps:
            if not seen or seen[-1] != name:
                seen.append(name)
        return seen


def act_one(route: Route, profile: Profile = KIND) -> Route:
    """Kara's birthday as a player would play it (`profile` picks the options; KIND:
    kind to Siobhan, kneels to Lena after a soft word)."""
    r = route
    pick = iter(profile.a1)
    # 0 -> 1: the title card, then Alex at the great doors ("Promise to behave.").
    r.wait(20).skip(500).choose(next(pick)).skip(300)
    # Lord Varn, west gazebo: down to the oak path, west, down the side path.
    r.path(("down", 8), ("left", 13), ("down", 7), ("left", 2)).face("left").talk()
    r.skip(200).choose(next(pick)).skip(200)
    # Lady Ysolde, north-east gazebo: back up, east along the oak path, up to her.
    r.path(("right", 2), ("up", 7), ("right", 24), ("up", 2)).face("up").talk()
    r.skip(200).choose(next(pick)).skip(200)
    # Lord Castan, south-east gazebo: down the east lawn, round to his front.
    r.path(("down", 2), ("left", 2), ("down", 15), ("right", 3)).face("up").talk()
    r.skip(200).choose(next(pick)).skip(200)
    # 2: Siobhan walks up (auto). Let her down gently.
    r.skip(400).choose(next(pick)).skip(300)
    # The great oak: Alex and Lucy ("Tease Alex about the collar.").
    r.path(("down", 3), ("right", 3), ("down", 8), ("left", 4)).face("up").talk()
    r.skip(400).choose(next(pick)).skip(400)
    # 3: Mon-El arrives with the photo (auto). Hug him.
    r.skip(300).choose(next(pick)).skip(400)
    # The Queen by the stage ("Say that kindness is a strength too.").
    r.path(("down", 1), ("right", 5), ("up", 1), ("right", 11), ("up", 1)).face("up").talk()
    r.skip(400).choose(next(pick)).skip(400)
    # 4: up the stage steps: the gift ("Say you don't want a slave.").
    r.path(("right", 4), ("up", 4)).skip(900).choose(next(pick)).skip(500)
    # 5: lead Lena to the great doors (walks that end in a door stop just past its edge).
    r.path(
        ("down", 1),
        ("right", 2),
        ("down", 2),
        ("left", 14),
        ("up", 3),
        ("left", 5),
        ("up", 7),
        ("left", 1),
        ("up", 4.1),
    ).wait(150)
    r.skip(300)  # the grand hall: a1_lead (auto)
    r.walk("up", 18.6).wait(150)  # through the hall to the royal wing
    r.walk("up", 8.6).wait(150)  # to Kara's room: the vase stand-off (auto)
    # Until Kara kneels (KIND: order, talk softly, kneel): the cursor stays where it was.
    r.skip(500)
    for i, downs in enumerate(profile.vase, 1):
        r.choose(downs).skip(500 if i == len(profile.vase) else 200)
    # 6: out to the kitchen: down the wing, west across the grand hall.
    r.path(("right", 3.5), ("down", 2.1)).wait(150)
    r.walk("down", 8.1).wait(150)
    r.path(("down", 8), ("left", 19.2)).wait(150)
    r.path(("left", 2), ("down", 2), ("left", 6), ("up", 1)).face("up").talk().skip(200)
    # 7: back to Lena with the tray ("Give her the key.").
    r.path(("down", 1), ("right", 6), ("up", 2), ("right", 3.6)).wait(150)
    r.path(("right", 17.5), ("up", 9.6)).wait(150)
    r.walk("up", 8.6).wait(150)
    r.path(("up", 1), ("left", 4.5)).face("left").talk().skip(300).choose(profile.a1_end[0])
    r.skip(300)
    # 8: post the guard ("Ask him, as a favour.").
    r.path(("right", 4.5), ("down", 2.1)).wait(150)
    r.path(("down", 4), ("right", 3.5)).face("right").talk().skip(300)
    r.choose(profile.a1_end[1]).skip(400)
    # 9: the spare room, and to bed: the act ends.
    r.path(("up", 4), ("right", 8), ("up", 1.6)).wait(150)
    r.path(("up", 2), ("left", 1.5)).face("left").talk().skip(900)
    return r


def test_act_one_playthrough(tmp_path: Path) -> None:
    route = act_one(Route())
    script = route.script.write(tmp_path / "act1.txt")
    game = Game(
        parse_args(
            [
                "--map",
                "garden",
                "--spawn",
                "party_start",
                "--fast",
                "--input",
                str(script),
                "--frames",
                str(route.script.frame + 60),
            ]
        )
    )
    probe = Probe()
    step = game.step

    def recording_step() -> None:
        step()
        probe.record(game)

    game.step = recording_step  # type: ignore[method-assign]
    game.run()

    def reached(progress: int) -> dict[str, object]:
        return probe.steps[probe.first(lambda m, w, f: f["progress"] >= progress)][3]

    # Every step of the act happens in order, on the right map.
    order = [probe.first(lambda m, w, f, p=p: f["progress"] >= p) for p in range(1, 11)]
    assert order == sorted(order)
    assert probe.steps[order[0]][1] == "garden"
    greeted = reached(2)
    assert greeted["greeted_varn"] and greeted["greeted_ysolde"] and greeted["greeted_castan"]
    oak = reached(3)
    assert oak["kind_to_siobhan"] and not oak["siobhan_grudge"]
    assert reached(4)["has_photo"]
    assert reached(4)["queen_suspicion"] == 1  # kindness is strength, said to the Queen
    gift = reached(5)
    assert gift["queen_suspicion"] == 2  # "I don't want a slave"
    assert probe.steps[order[4]][1] == "garden"
    # The vase leaves its stand, goes up over Lena's head, comes down and goes back.
    assert probe.vase[0] == "stand" and probe.vase[-1] == "stand", probe.vase
    assert "overhead" in probe.vase and "gone" not in probe.vase, probe.vase
    assert probe.vase.count("stand") == 2  # taken once, put back once
    vase = reached(6)
    assert probe.steps[order[5]][1] == "kara_room"
    assert vase["knelt"] and vase["lena_trust"] == 3  # order -1 (floored at 0), soft +1, kneel +2
    assert probe.steps[order[6]][1] == "kitchen" and reached(7)["has_tray"]
    assert probe.steps[order[7]][1] == "kara_room" and not reached(8)["has_tray"]
    assert reached(8)["lena_trust"] == 4  # the key
    # The tray is carried: in Kara's hands on every map between the kitchen and Lena,
    # and out of them once it is handed over.
    carrying = probe.steps[order[6]:order[7]]
    maps_carried = {name for _, name, _, f in carrying if f["_held"] == "tray"}
    assert {"kitchen", "grand_hall", "royal_wing", "kara_room"} <= maps_carried
    assert all(f["_held"] == "tray" for _, name, _, f in carrying
               if name in ("grand_hall", "royal_wing"))
    assert all(f["_held"] == "" for _, _, _, f in probe.steps[order[7]:])
    assert probe.steps[order[8]][1] == "royal_wing" and reached(9)["guard_posted"]
    assert probe.steps[order[9]][1] == "spare_room"
    # Two hundred guests, more or less, and never one in the way of the route.
    assert probe.guests_seen >= 120
    assert probe.closest_guest > 16
    maps = probe.maps_in_order()
    assert maps[:5] == ["garden", "grand_hall", "royal_wing", "kara_room", "royal_wing"]
    assert "kitchen" in maps and "spare_room" in maps
    # The hand-off: Act Two starts as Lena in Kara's room, in the morning.
    handoff = probe.first(lambda m, w, f: m == "kara_room" and w == "lena")
    _, name, who, flags = probe.steps[handoff]
    assert (name, who) == ("kara_room", "lena") and flags["progress"] == 10
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.session.act == "Act Two: Behind the Princess"
