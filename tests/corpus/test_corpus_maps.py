"""Every broken map in the corpus ends on the error panel's message, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.core.errors import GameError
from game.world.loader import load_map

FOLDER = Path(__file__).parent / "maps"
EXPECTED: dict[str, str] = {
    k: v for k, v in json.loads((FOLDER / "expected.json").read_text()).items()
    if not k.startswith("_")
}


def test_every_corpus_map_has_an_expected_message() -> None:
    files = {p.name for p in FOLDER.iterdir() if p.suffix == ".tmx"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_map_gives_its_message(name: str, display) -> None:
    with pytest.raises(GameError) as info:
        load_map(FOLDER / name)
    assert str(info.value).startswith(EXPECTED[name])
