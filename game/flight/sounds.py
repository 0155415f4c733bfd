"""Sound cues for the battle, read off the battle's state after each step.

The battle logic stays silent and deterministic; this compares a few counters
before and after a step and asks the audio service for the matching effects,
at most one of each kind per step so a wall of bullets is not a wall of noise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from game.flight.battle import Battle


class SoundPlayer(Protocol):
    def play_sfx(self, name: str) -> None: ...


@dataclass
class Cues:
    """The counters a step is compared by."""

    shots: int
    kills: int
    player_hp: int
    shield_hp: float
    enemy_shots: int
    radio: int = 0  # lines of chatter so far: a new one (a hail, an answer) crackles

    @classmethod
    def of(cls, battle: Battle) -> Cues:
        return cls(len(battle.player_bullets), battle.kills, battle.player.hp,
                   sum(s.hp for s in battle.shields), battle.enemy_shots, len(battle.radio))


def play_cues(before: Cues, battle: Battle, audio: SoundPlayer, frame: int) -> Cues:
    """Play what changed since `before`; returns the new counters."""
    after = Cues.of(battle)
    if after.shots > before.shots and frame % 6 == 0:
        audio.play_sfx("shot")
    if after.enemy_shots > before.enemy_shots and frame % 8 == 0:
        audio.play_sfx("enemy_shot")
    if after.kills > before.kills:
        audio.play_sfx("explosion")
    if after.player_hp < before.player_hp or after.shield_hp < before.shield_hp:
        audio.play_sfx("shield_hit")
    if after.radio > before.radio:
        audio.play_sfx("comm_static")
    return after
