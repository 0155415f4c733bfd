"""A key written twice in a data file is an error with its place, never a silent loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.dialogue.errors import FlagError
from game.dialogue.flags import load_declarations
from game.strict_json import DuplicateKeyError, loads


def test_a_repeated_key_names_the_second_place() -> None:
    with pytest.raises(DuplicateKeyError) as caught:
        loads('{\n  "trust": {"type": "int",\n    "type": "str"}\n}')
    assert (caught.value.key, caught.value.lineno, caught.value.colno) == ("type", 3, 5)


def test_equal_keys_in_different_objects_are_fine() -> None:
    assert loads('{"a": {"doc": 1}, "b": {"doc": 2}, "c": ["doc", "doc"]}') == {
        "a": {"doc": 1}, "b": {"doc": 2}, "c": ["doc", "doc"]}


def test_a_flag_declared_twice_is_a_flag_error_with_its_line() -> None:
    text = ('{\n  "met": {"type": "bool", "default": false},\n'
            '  "met": {"type": "bool", "default": true}\n}')
    with pytest.raises(FlagError, match=r"flags\.json:3:3:.*\"met\" is given twice"):
        load_declarations(text, "flags.json")


def test_a_data_file_with_a_repeated_key_is_a_content_error(tmp_path: Path) -> None:
    data = tmp_path / "assets" / "data"
    data.mkdir(parents=True)
    (data / "title.json").write_text('{"music": "title", "music": "credits"}', encoding="utf-8")
    with pytest.raises(ContentError, match=r"data/title\.json:1:20:.*\"music\" is given twice"):
        AssetResolver(tmp_path).json("assets/data/title.json")
