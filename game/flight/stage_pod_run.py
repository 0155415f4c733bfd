"""Stage 3, Pod Run (as Alex, Lena aboard): a short, calm flight over live bombs.

No guns and no enemies: the only threat is the powered-down drones lying in the
streets, which still explode on contact. Rows always leave a lane wide enough
for the pod, so careful flying always gets through.
"""

from __future__ import annotations

from game.content_flight import StageWords
from game.flight.entities import FIELD_W
from game.flight.stages import Stage

LENGTH = 1800  # 30 s from the slums to the palace (the data's "length" rule)
LANE = 56  # px always left clear in each row
CLEAN_BONUS = 3000
HIT_COST = 600


class PodRun(Stage):
    name = "pod_run"
    words = StageWords(
        texts={"objective": ("left",), "to_palace": (), "aboard": (), "no_weapons": ()},
        result_values=("score", "hits"),
        beats={"row": ("least", "most")},
        rules={"length": (600.0, 7200.0)},
        meters=("progress",))
    craft = "player_pod"
    background = "ground"
    scroll_speed = 1.0
    top_limit = 60.0

    def start(self) -> None:
        self.b.fire_enabled = False
        self.length = int(self.script.rule("length"))

    def beat_row(self, least: float = 2, most: float = 4) -> None:
        """Place a few grounded drones, never inside this row's clear lane."""
        rng = self.b.rng
        lane = rng.uniform(LANE / 2 + 8, FIELD_W - LANE / 2 - 8)
        count = self.count(rng.randint(int(least), max(int(least), int(most))), least=1)
        for i in range(count):
            for _ in range(8):
                x = rng.uniform(12, FIELD_W - 12)
                if abs(x - lane) > LANE / 2 + 8:
                    self.spawn("grounded", x, -12 - rng.uniform(0, 10), slot=i)
                    break

    def check_end(self) -> None:
        if self.b.frame >= self.length:
            b = self.b
            b.score += max(0, CLEAN_BONUS - HIT_COST * b.player.hits_taken)
            b.outcome = "won"

    def objective(self) -> str:
        left = max(0, self.length - self.b.frame) // 60
        return self.text("objective", left=left)

    def progress(self) -> float:
        """How far to the palace, 0-1 (the HUD's bar)."""
        return min(1.0, self.b.frame / self.length)

    def gauge(self, meter: str) -> float | None:
        return self.progress() if meter == "progress" else None

    def result_values(self) -> dict[str, object]:
        return {**super().result_values(), "hits": self.b.player.hits_taken}
