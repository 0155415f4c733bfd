"""How scenes left the map's own characters, kept in the session for a save.

A world is rebuilt from its map on every load, and the map places each NPC as its
object says; what a cutscene did to them since (`<<pose James pushup right>>`, a
`<<move>>`, a `<<face>>`, a `<<hide>>`, a `<<crowd court_w kneel>>`) lived only in the
old world. So `remember` writes down every NPC of the map who no longer stands as the
map object says, and every crowd that no longer idles as its object says, and
`restore` puts them back that way when the same map is built again. Saves are only
taken outside scenes, so a pose still held then is one that holds after its line; a
one-off beat ended with its scene and is not there to be written.

Only the map the record was taken on is re-staged: walking out through a door and
back in rebuilds the room as the map says, as it always has. The travellers (player
and followers) are `carry`'s. A name, pose or facing the game no longer knows is
skipped quietly: an old save never fails to load over a push-up.
"""

from __future__ import annotations

from game.content_staging import PoseTable
from game.session import Session, Staged
from game.world.character import Character
from game.world.model import CROWD_BEHAVIOURS, Facing, NPCSpec
from game.world.world import World

FACINGS = frozenset(f.value for f in Facing)


def remember(world: World, session: Session) -> None:
    """Write the re-staged NPCs of `world` into the session (replacing what was there)."""
    # one Name may have several objects, each for its own part of the story (`when`);
    # a character's own is the one it was built from, where it first stood
    specs = {(spec.name, spec.x, spec.y): spec for spec in world.data.npcs}
    staged: dict[str, Staged] = {}
    for npc in world.npcs:
        spec = specs.get((npc.name, *npc.home))
        if spec is None or npc.leader is not None:
            continue  # a follower walks with the player: carry keeps her
        now = _as_staged(npc)
        if now != _as_placed(spec):
            staged[npc.name] = now
    crowds = {name: crowd.behaviour for name, crowd in world.crowds.items()
              if crowd.behaviour != crowd.spec.behaviour}
    session.staged_map = world.data.name if staged or crowds else ""
    session.staged = staged
    session.staged_crowds = crowds


def restore(world: World, session: Session, table: PoseTable) -> None:
    """Stand the NPCs of a freshly built world as the session says, if it is their map."""
    if session.staged_map != world.data.name:
        return
    width, height = world.data.pixel_size
    for npc in world.npcs:
        staged = session.staged.get(npc.name)
        if staged is None or npc.leader is not None:
            continue
        if 0 <= staged.x <= width and 0 <= staged.y <= height:
            npc.x, npc.y = staged.x, staged.y
        if staged.facing in FACINGS:
            npc.facing = Facing(staged.facing)
        npc.visible = staged.visible
        pose = table.poses.get(staged.pose) if staged.pose else None
        if pose is not None or not staged.pose:
            npc.pose = pose
            npc.pose_step = npc.pose_tick = 0
    for name, behaviour in session.staged_crowds.items():
        crowd = world.crowds.get(name)
        if crowd is not None and behaviour in CROWD_BEHAVIOURS:
            crowd.set_behaviour(behaviour)


def _as_staged(npc: Character) -> Staged:
    pose = npc.pose.name if npc.pose is not None and not npc.moving else ""
    return Staged(pose, npc.x, npc.y, npc.facing.value, npc.visible)


def _as_placed(spec: NPCSpec) -> Staged:
    """How the map object stands its character when the world is built."""
    return Staged(spec.pose, spec.x, spec.y, spec.facing.value, not spec.hidden)
