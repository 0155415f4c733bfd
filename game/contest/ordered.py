"""The rules of an ordered choice: phrases the player assembles in the right order.

The formal challenge has a form: who speaks, in whose presence, before whom. The
phrases are offered in a fixed shuffled order; the player picks one after
another. A wrong order is not a failure: a correction is heard (which one
depends on the first phrase out of place) and the player tries again. After a
few wrong tries the next right phrase is marked, so no one is stuck here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

HINT_AFTER = 2  # wrong tries before the next right phrase is marked


@dataclass(frozen=True)
class OrderedSpec:
    prompt: str
    parts: tuple[str, ...]  # in the right order
    corrections: tuple[str, ...]  # what is said when part i is the first out of place
    speaker: str = ""  # who corrects (the King, the court)
    seed: int = 0
    hint_after: int = HINT_AFTER


class Ordered:
    """The phrases on offer, those picked so far, and the tries."""

    def __init__(self, spec: OrderedSpec) -> None:
        self.spec = spec
        offered = list(spec.parts)
        random.Random(spec.seed).shuffle(offered)
        if len(offered) > 1 and offered == list(spec.parts):
            offered.reverse()  # never offer the answer as it stands
        self.offered = tuple(offered)
        self.picked: list[str] = []
        self.tries = 0
        self.correction: str | None = None  # shown until the next pick
        self.done = False

    @property
    def remaining(self) -> list[str]:
        return [p for p in self.offered if p not in self.picked]

    @property
    def hint(self) -> str | None:
        """The next right phrase, once the player has tried enough times."""
        if self.tries < self.spec.hint_after or self.done:
            return None
        return self.spec.parts[len(self.picked)]

    def pick(self, phrase: str) -> None:
        """Add a phrase from those remaining; the last one checks the order."""
        if self.done or phrase not in self.remaining:
            return
        self.correction = None
        self.picked.append(phrase)
        if len(self.picked) < len(self.spec.parts):
            return
        self.tries += 1
        wrong = next((i for i, (a, b) in enumerate(zip(self.picked, self.spec.parts,
                                                         strict=True)) if a != b), None)
        if wrong is None:
            self.done = True
            return
        fixes = self.spec.corrections
        self.correction = fixes[min(wrong, len(fixes) - 1)] if fixes else "Again."
        self.picked = []

    def undo(self) -> None:
        """Take back the last phrase (cancel)."""
        if self.picked and not self.done:
            self.picked.pop()

    @property
    def spoken(self) -> str:
        """The sentence as assembled so far."""
        return " ".join(self.picked)
