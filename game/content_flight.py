"""The words of the minigame as the game holds them: radio chatter, titles, HUD
labels, result texts and the story flags each stage writes (the loader that reads
them from data is `game.content_flight_loader`).

Why JSON and not a line-based script: the same stage files are where the stages'
waves and timelines will go (issue 20), which are structured data; one format
keeps one loader, and JSON's own errors already carry line and column. Writers
edit `assets/data/flight/<stage>.json` (see docs/CONTENT.md); `assets/data/flight.json`
holds the texts every stage shares and lists the stage files.

The code declares which lines and texts each stage needs (`StageWords`, on each
`Stage` class) and which `{placeholders}` each may use; the loader checks the data
against that. This module sits in the content layer (below the minigame, see
docs/ARCHITECTURE.md), so it never imports the minigame.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

FLIGHT_DATA = "assets/data/flight.json"
MAX_STEPS = 60 * 60 * 10  # ten minutes: no stage is longer
MAX_LINE_STEPS = 60 * 60  # a radio line shown for at most a minute
DEFAULT_LINE_STEPS = 210
MAX_SPEAKER = 12  # fits the comms box's name line
MAX_RADIO = 160  # six wrapped lines of the comms box
MAX_LABEL = 60

#: Texts every stage shares (menus, HUD), with the placeholders each may use.
UI_TEXTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "failed": ("stage",), "clear": ("stage",), "story_goes_on": (),
    "retry": (), "retry_easier": (), "skip": (), "continue": (),
    "easier_difficulty": ("difficulty",), "easier_speed": ("speed",),
    "easier_invincible": (),
    "hull": (), "score": (), "assist": (), "fire_hint": (), "focus_hint": (),
    "move_hint": (), "checkpoint": (),
})

#: How a result field is written to its flag.
HOW = ("set", "add", "latch")
#: The fields of a stage's `FlightResult` a stage may write to flags, with their types
#: (`stage` names the stage itself; a flight test checks this matches FlightResult).
RESULT_FIELDS: Mapping[str, type] = MappingProxyType({
    "outcome": str, "score": int, "wingmen_saved": int, "fired_on_lex": bool,
    "retries": int, "frames": int, "skipped": bool})
ADDABLE = (int, float)  # result field types a flag write may "add"


@dataclass(frozen=True)
class StageWords:
    """What a stage's code asks of its data: each key with its placeholders."""

    lines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # radio on events
    texts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # HUD, objectives
    result_values: tuple[str, ...] = ("score",)  # placeholders of the clear panel
    result_conditions: tuple[str, ...] = ()  # yes/no values a clear line may depend on
    #: timeline beats the rules can run ("do"), each with the numbers it may take
    beats: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: tuning numbers the rules read from data: name -> (lowest, highest) allowed
    rules: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    #: the side-panel meters these rules can feed (the data's "hud" picks from them)
    meters: tuple[str, ...] = ()


#: A note on the HUD may be drawn in one of these colours (game.flight.meters).
NOTE_COLOURS = ("text", "dim", "gold", "leaf", "ember", "red")
MAX_HUD = 12  # the right panel holds about that many rows


@dataclass(frozen=True)
class HudItem:
    """One row of the right side panel, as the stage's data declares it: a meter the
    rules feed (`meter`), or a still line of the stage's texts (`meter` "note", with
    `text` the key and `colour` one of NOTE_COLOURS)."""

    meter: str
    text: str = ""
    colour: str = "text"


@dataclass(frozen=True)
class Beat:
    """One entry of a stage's timeline: run `do` at step `at`, then again every
    `every` steps (scaled by the difficulty's spawn rate) until step `until`."""

    at: int
    do: str
    params: Mapping[str, float] = field(default_factory=dict)
    every: int = 0
    until: int = MAX_STEPS

    def __deepcopy__(self, memo: dict) -> Beat:
        return self  # immutable: a checkpoint shares it


@dataclass(frozen=True)
class RadioLine:
    """A line of chatter as written: who, what, and how long it stays up."""

    speaker: str
    text: str
    steps: int = DEFAULT_LINE_STEPS


@dataclass(frozen=True)
class TimedLine:
    at: int  # logic step of the stage (60 = one second)
    line: RadioLine


@dataclass(frozen=True)
class ResultLine:
    """One line of the stage-clear panel, shown if `when` is true / `unless` false."""

    text: str
    when: str | None = None
    unless: str | None = None


@dataclass(frozen=True)
class FlagWrite:
    """`result.<field>` goes to flag `flag`: set it, add to it, or latch it (set only
    when the value is true, so a later clean stage never clears it)."""

    field: str
    flag: str
    how: str = "set"


@dataclass(frozen=True)
class StageScript:
    name: str
    kind: str  # the rules it runs (game/flight/registry.py); a stage's own name by default
    source: str  # the data file, for messages
    title: str
    subtitle: str
    chapter: str  # the short line under the pilot's name ("Stage 1")
    pilot: str
    radio: tuple[TimedLine, ...]
    lines: Mapping[str, RadioLine]
    texts: Mapping[str, str]
    result: tuple[ResultLine, ...]
    flags: tuple[FlagWrite, ...]
    timeline: tuple[Beat, ...] = ()
    checkpoints: tuple[int, ...] = ()  # steps where a retry resumes (besides the start)
    rules: Mapping[str, float] = field(default_factory=dict)
    hud: tuple[HudItem, ...] = ()  # the right panel's meters, top to bottom

    def __deepcopy__(self, memo: dict) -> StageScript:
        return self  # immutable: a checkpoint shares it

    def rule(self, key: str) -> float:
        """A tuning number of the stage's rules (the data must give every one)."""
        return self.rules[key]

    def line(self, key: str, **values: object) -> RadioLine:
        """The event line `key` with its placeholders filled in."""
        line = self.lines[key]
        return RadioLine(line.speaker, line.text.format(**values), line.steps)

    def text(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)

    def clear_lines(self, values: Mapping[str, object]) -> list[str]:
        """The stage-clear panel's lines for these result values."""
        out = []
        for line in self.result:
            # a condition the rules did not report counts as no (the loader has
            # already checked that every condition named in the data exists)
            if line.when is not None and not values.get(line.when):
                continue
            if line.unless is not None and values.get(line.unless):
                continue
            out.append(line.text.format(**values))
        return out


@dataclass(frozen=True)
class FlightScript:
    """Every stage's words plus the shared ones; built once by `parse_flight`.

    `stages` is the stage registry: every stage the game knows, in story order (the
    order `flight.json` lists them), which is the order of a flight of "all"."""

    ui: Mapping[str, str]
    stages: Mapping[str, StageScript]

    def stage(self, name: str) -> StageScript:
        return self.stages[name]

    @property
    def order(self) -> tuple[str, ...]:
        """Stage names in story order."""
        return tuple(self.stages)

    def resolve(self, stage: int | str) -> str:
        """A stage name from a name ("storm", any case) or its 1-based place in the
        story order (2 or "2"); ValueError naming the known stages otherwise."""
        order = self.order
        if isinstance(stage, str) and stage.strip().isdigit():
            stage = int(stage)
        if isinstance(stage, int):
            if 1 <= stage <= len(order):
                return order[stage - 1]
        elif stage.strip().lower() in self.stages:
            return stage.strip().lower()
        raise ValueError(f"unknown flight stage {stage!r} (known: 1-{len(order)}, "
                         f"{', '.join(order)})")

    def ui_text(self, key: str, **values: object) -> str:
        return self.ui[key].format(**values)
