"""The contests' words, read from assets/data/contests.json and checked once.

Writers keep what Kara may say in a stand-off and the phrases of an ordered
choice in that file, by name, and scripts pick a set by its name
(`<<standoff Rhea 4 words=throne>>`). Anything malformed is a ContentError that
names the file, the set and what is wrong; pushes are bounded whole numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.contest.duel import DuelSpec
from game.contest.ordered import OrderedSpec
from game.contest.standoff import StandoffSpec, WordOption, WordRound
from game.core.assets import AssetResolver
from game.core.errors import AssetMissing, ContentError

CONTESTS_FILE = "assets/data/contests.json"
MAX_PUSH = 40
MAX_TEXT = 80  # one line of the choice box


@dataclass(frozen=True)
class ContestData:
    words: dict[str, tuple[WordRound, ...]]
    ordered: dict[str, OrderedSpec]
    standoff_demos: dict[str, StandoffSpec] = field(default_factory=dict)
    duel_demos: dict[str, DuelSpec] = field(default_factory=dict)


def parse_contests(data: Any, source: str = CONTESTS_FILE) -> ContestData:
    """The word sets and ordered choices of a parsed file, or a ContentError."""
    if not isinstance(data, dict):
        raise ContentError(f"{source}: the file must hold an object")
    words_raw = _object(data.get("words", {}), f"{source}: 'words'")
    ordered_raw = _object(data.get("ordered", {}), f"{source}: 'ordered'")
    words = {name: _rounds(raw, f"{source}: words '{name}'") for name, raw in words_raw.items()}
    ordered = {name: _ordered(raw, f"{source}: ordered '{name}'")
               for name, raw in ordered_raw.items()}
    demos = _object(data.get("demos", {}), f"{source}: 'demos'")
    standoffs = {
        name: _standoff_demo(raw, words, f"{source}: demos standoff '{name}'")
        for name, raw in _object(demos.get("standoff", {}), f"{source}: demos 'standoff'").items()}
    duels = {name: _duel_demo(raw, words, f"{source}: demos duel '{name}'")
             for name, raw in _object(demos.get("duel", {}), f"{source}: demos 'duel'").items()}
    return ContestData(words, ordered, standoffs, duels)


def _named_words(raw: dict[str, Any], words: dict[str, tuple[WordRound, ...]],
                 where: str) -> tuple[WordRound, ...]:
    name = raw.get("words", "none")
    if name == "none":
        return ()
    if name not in words:
        raise ContentError(f"{where}: no word set '{name}'")
    return words[name]


def _standoff_demo(raw: Any, words: dict[str, tuple[WordRound, ...]], where: str
                   ) -> StandoffSpec:
    raw = _object(raw, where)
    winnable = raw.get("winnable", True)
    if not isinstance(winnable, bool):
        raise ContentError(f"{where}: 'winnable' must be true or false")
    return StandoffSpec(_text(raw.get("opponent"), f"{where}: 'opponent'"),
                        _whole(raw.get("strength", 3), 1, 5, f"{where}: 'strength'"),
                        _whole(raw.get("waves", 4), 1, 8, f"{where}: 'waves'"), winnable,
                        _named_words(raw, words, where))


def _duel_demo(raw: Any, words: dict[str, tuple[WordRound, ...]], where: str) -> DuelSpec:
    raw = _object(raw, where)
    return DuelSpec(_text(raw.get("opponent", "Rhea"), f"{where}: 'opponent'"),
                    _whole(raw.get("strength", 3), 1, 5, f"{where}: 'strength'"),
                    _whole(raw.get("exchanges", 8), 2, 16, f"{where}: 'exchanges'"),
                    _named_words(raw, words, where),
                    _text(raw.get("threat", "..."), f"{where}: 'threat'"))


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ContentError(f"{where} must be an object")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where} must be some text")
    if len(value) > MAX_TEXT:
        raise ContentError(f"{where} is {len(value)} characters; keep it under {MAX_TEXT}")
    return value


def _whole(value: Any, lo: int, hi: int, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ContentError(f"{where} must be a whole number from {lo} to {hi}, "
                           f"not {value!r:.30}")
    return value


def _rounds(raw: Any, where: str) -> tuple[WordRound, ...]:
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{where} must be a list of rounds")
    rounds = []
    for i, item in enumerate(raw):
        at = f"{where}, round {i + 1}"
        item = _object(item, at)
        options = item.get("options")
        if not isinstance(options, list) or not 2 <= len(options) <= 4:
            raise ContentError(f"{at}: 'options' must list 2 to 4 choices")
        parsed = tuple(
            WordOption(_text(_object(o, f"{at}, option {k + 1}").get("text"),
                             f"{at}, option {k + 1}: 'text'"),
                       _whole(o.get("push"), -MAX_PUSH, MAX_PUSH,
                              f"{at}, option {k + 1}: 'push'"))
            for k, o in enumerate(options))
        rounds.append(WordRound(_text(item.get("prompt"), f"{at}: 'prompt'"), parsed,
                                _whole(item.get("after_wave"), 1, 8, f"{at}: 'after_wave'")))
    return tuple(rounds)


def _ordered(raw: Any, where: str) -> OrderedSpec:
    raw = _object(raw, where)
    parts = raw.get("parts")
    if not isinstance(parts, list) or not 2 <= len(parts) <= 5:
        raise ContentError(f"{where}: 'parts' must list 2 to 5 phrases")
    fixes = raw.get("corrections", [])
    if not isinstance(fixes, list):
        raise ContentError(f"{where}: 'corrections' must be a list of lines")
    return OrderedSpec(
        prompt=_text(raw.get("prompt"), f"{where}: 'prompt'"),
        parts=tuple(_text(p, f"{where}: part {i + 1}") for i, p in enumerate(parts)),
        corrections=tuple(_text(c, f"{where}: correction {i + 1}") for i, c in enumerate(fixes)),
        speaker=str(raw.get("speaker", "")))


def load_contests(assets: AssetResolver) -> ContestData:
    """Read and check the file (each time a contest starts: it is small, and F5-fresh)."""
    try:
        raw = assets.json(CONTESTS_FILE)
    except AssetMissing:
        raise ContentError(f"{CONTESTS_FILE} is missing: the stand-offs' words and the "
                           "ordered choices live there") from None
    except OSError as err:
        raise ContentError(f"{CONTESTS_FILE}: cannot be read ({err.strerror})") from None
    return parse_contests(raw)
