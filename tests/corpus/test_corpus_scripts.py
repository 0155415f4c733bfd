"""Every broken script in the corpus ends in our own message with file:line:col, fast."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from game.content import load_program
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from tests.corpus.generated import script_cases

FOLDER = Path(__file__).parent / "scripts"
EXPECTED: dict[str, str] = {
    k: v for k, v in json.loads((FOLDER / "expected.json").read_text()).items()
    if not k.startswith("_")
}


def message_of(assets: AssetResolver, name: str) -> str:
    with pytest.raises(ContentError) as info:
        load_program(assets, [name])
    return str(info.value)


def test_every_corpus_file_has_an_expected_message() -> None:
    files = {p.name for p in FOLDER.iterdir() if p.suffix == ".yarn"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_script_gives_its_message(name: str) -> None:
    lines = message_of(AssetResolver(FOLDER), name).splitlines()
    assert any(line.startswith(EXPECTED[name]) for line in lines), lines


@pytest.mark.parametrize("name", sorted(script_cases()))
def test_huge_or_deep_script_gives_a_located_error_quickly(name: str, tmp_path: Path) -> None:
    text, expected = script_cases()[name]
    (tmp_path / "gen.yarn").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    lines = message_of(AssetResolver(tmp_path), "gen.yarn").splitlines()
    assert time.perf_counter() - started < 5.0  # a hang would be minutes
    assert any(line.startswith(expected) for line in lines), lines[:3]
