"""The right side panel's meters, drawn in the order the stage's data lists them.

A stage's data says which rows its HUD shows (`"hud": ["jam", "signal", "shields"]`,
see `HudItem`); the rules only say which meters they can feed (`StageWords.meters`)
and give their values through `Stage.gauge`. Each meter here reads the stage's
texts it names in `METERS` (a test checks every rule that feeds a meter has them)
and returns the height it took, so the rows stack whatever the data picks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import pygame

from game.content_flight import HudItem
from game.flight.art import BLUE_LIGHT, EMBER, GLOW, LEAF
from game.flight.battle import Battle
from game.flight.entities import ALLY
from game.ui.text import GOLD, PALE_GOLD, RED, TEXT, TEXT_DIM

if TYPE_CHECKING:
    from game.flight.hud import Hud

COLOURS: Mapping[str, tuple[int, int, int]] = MappingProxyType({
    "text": TEXT, "dim": TEXT_DIM, "gold": GOLD, "leaf": LEAF, "ember": EMBER, "red": RED})
WINGMEN_SHOWN = 4


class Row:
    """Where a meter draws: the panel's left edge, the row's top and the bar width."""

    def __init__(self, hud: Hud, surface: pygame.Surface, battle: Battle, x: int, y: int,
                 width: int) -> None:
        self.hud, self.surface, self.b = hud, surface, battle
        self.x, self.y, self.width = x, y, width

    def label(self, text: str, dy: int = 0, colour: tuple[int, int, int] = GOLD,
              dx: int = 0) -> None:
        self.hud.fonts.small.draw(self.surface, text, (self.x + dx, self.y + dy), colour)

    def bar(self, dy: int, fraction: float, colour: tuple[int, int, int]) -> None:
        self.hud.draw_bar(self.surface, self.x, self.y + dy, self.width, fraction, colour)


def _jam(row: Row) -> int:
    jam = row.b.stage.gauge("jam")
    if jam is None:
        return 0
    row.label(row.b.stage.text("jam"))
    row.label(f"{int(jam * 100 + 1e-9)}%", colour=PALE_GOLD, dx=46)
    colour = LEAF if jam >= 1 else (GLOW if row.b.frame % 30 < 15 else BLUE_LIGHT)
    row.bar(14, jam, colour)
    return 26


def _signal(row: Row) -> int:
    """The signal's recode clock: a flash when it recodes, then the time left."""
    stage = row.b.stage
    left = stage.gauge("signal")
    if left is None:
        return 0
    if stage.gauge("recoding"):
        row.label(stage.text("recode"), colour=EMBER if row.b.frame % 8 < 5 else TEXT)
    else:
        row.label(stage.text("signal"), colour=TEXT_DIM)
        pygame.draw.rect(row.surface, EMBER, (row.x + 36, row.y + 5, round(36 * left), 2))
    return 20


def _shields(row: Row) -> int:
    stage = row.b.stage
    y = 0
    for shield in row.b.shields:
        colour = RED if shield.hp < 30 else (GOLD if shield.name == "palace" else GLOW)
        label = shield.label if shield.up else stage.text("shield_down", shield=shield.label)
        row.label(label, y, TEXT if shield.up else RED)
        row.bar(y + 12, shield.hp / 100, colour)
        y += 28
    return y


def _wingmen(row: Row) -> int:
    b = row.b
    row.label(b.stage.text("wingmen"))
    alive = sum(1 for s in b.allies if s.team == ALLY) or b.stage.wingmen_saved
    art = row.hud.art
    for i in range(WINGMEN_SHOWN):
        image = art.frames["wingman"][0] if i < alive else art.silhouette
        if i >= alive:
            image = image.copy()
            image.set_alpha(50)
        row.surface.blit(image, (row.x + i * 19, row.y + 14))
    return 38


def _contacts(row: Row) -> int:
    """Lex's ships: unknown until they name themselves, then allies."""
    stage = row.b.stage
    unknown = stage.gauge("contacts")
    if unknown is not None:
        row.label(stage.text("contacts"))
        status = stage.text("unknown") if unknown else stage.text("lex_ally")
        row.label(status, 12, EMBER if unknown else LEAF)
    return 26


def _fired_on_lex(row: Row) -> int:
    if not row.b.fired_on_lex:
        return 0
    row.label(row.b.stage.text("fired_on"), 0, RED)
    row.label(row.b.stage.text("lex_ships"), 11, RED)
    return 24


def _progress(row: Row) -> int:
    progress = row.b.stage.gauge("progress")
    if progress is None:
        return 0
    row.label(row.b.stage.text("to_palace"))
    row.bar(14, progress, GOLD)
    return 28


@dataclass(frozen=True)
class Meter:
    """A meter's drawing and the stage texts it reads."""

    draw: Callable[[Row], int]
    texts: tuple[str, ...] = ()


#: Every meter the HUD can draw; a rule lists in `StageWords.meters` those it feeds.
METERS: Mapping[str, Meter] = MappingProxyType({
    "jam": Meter(_jam, ("jam",)),
    "signal": Meter(_signal, ("recode", "signal")),
    "shields": Meter(_shields, ("shield_down",)),
    "wingmen": Meter(_wingmen, ("wingmen",)),
    "contacts": Meter(_contacts, ("contacts", "unknown", "lex_ally")),
    "fired_on_lex": Meter(_fired_on_lex, ("fired_on", "lex_ships")),
    "progress": Meter(_progress, ("to_palace",)),
})
NOTE_HEIGHT = 12


def draw_meters(hud: Hud, surface: pygame.Surface, battle: Battle, items: tuple[HudItem, ...],
                x: int, y: int, width: int) -> int:
    """Draw `items` top to bottom from `y`; returns the y below the last."""
    for item in items:
        row = Row(hud, surface, battle, x, y, width)
        if item.meter == "note":
            row.label(battle.stage.text(item.text), colour=COLOURS[item.colour])
            y += NOTE_HEIGHT
        else:
            y += METERS[item.meter].draw(row)
    return y
