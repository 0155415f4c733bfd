"""What the player (or the story) chooses before a flight: difficulty, assists, seed.

Options are plain data so a story command, the CLI and a test build them the same
way; `Tuning` turns the difficulty name into numbers so no stage hard-codes a
difficulty branch.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

DIFFICULTIES = ("easy", "normal", "hard")
MIN_SPEED = 50  # slowest assist: half speed
MAX_SPEED = 100


@dataclass(frozen=True)
class Tuning:
    """The numbers a difficulty changes; every stage reads these, never the name."""

    player_hp: int
    enemy_fire: float  # multiplier on how often enemies shoot
    bullet_speed: float  # multiplier on enemy bullet speed
    spawn_rate: float  # multiplier on how many enemies a wave holds
    jam_rate: float  # multiplier on how fast Winn's jam meter fills
    shield_damage: float  # multiplier on damage to the palace and city shields
    invuln_frames: int  # blinking invulnerability after a hit (1.5-2 s)


TUNINGS: dict[str, Tuning] = {
    "easy": Tuning(6, 0.55, 0.8, 0.75, 1.45, 0.6, 120),
    "normal": Tuning(4, 1.0, 1.0, 1.0, 1.0, 1.0, 105),
    "hard": Tuning(3, 1.9, 1.3, 1.45, 0.75, 1.4, 90),
}


@dataclass(frozen=True)
class FlightOptions:
    """Choices for one flight.

    `speed_percent` (50-100) runs that share of logic steps per update call, so
    the whole game slows down evenly without touching any timing constant.
    `invincible` keeps the player's jet (and, in the storm, the palace shield)
    from ever failing: the assist must guarantee a player can always go on.
    `start_stage` is only read when the scene plays every stage in a row
    (stage "all"): it is the checkpoint to start from (empty: the first stage the
    data lists). `lex_help` is False when
    the player fired on Lex's ships earlier: fewer of them come to the storm.
    """

    difficulty: str = "normal"
    speed_percent: int = 100
    invincible: bool = False
    show_hitbox: bool = False
    seed: int = 0
    start_stage: str = ""
    lex_help: bool = True
    screen_shake: bool = True

    def __post_init__(self) -> None:
        if self.difficulty not in DIFFICULTIES:
            raise ValueError(f"difficulty must be one of {DIFFICULTIES}, not {self.difficulty!r}")
        if not MIN_SPEED <= self.speed_percent <= MAX_SPEED:
            raise ValueError(f"speed_percent must be {MIN_SPEED}-{MAX_SPEED}")

    @property
    def tuning(self) -> Tuning:
        return TUNINGS[self.difficulty]

    def easier(self) -> FlightOptions:
        """One notch easier, for "Retry easier": lower the difficulty first, then
        slow the game down, and at the bottom of the ladder turn invincibility on."""
        index = DIFFICULTIES.index(self.difficulty)
        if index > 0:
            return replace(self, difficulty=DIFFICULTIES[index - 1])
        if self.speed_percent > 70:
            return replace(self, speed_percent=max(MIN_SPEED, self.speed_percent - 20))
        return replace(self, invincible=True)
