"""The real game content lints clean, and the Tiled files match the schema."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.maps import schema
from tools.maps.lint import ROOT, lint
from tools.maps.tmx import read_props


def test_every_reachable_map_and_script_lints_clean() -> None:
    assert any((ROOT / "maps").glob("*.tmx")), "maps/ has no .tmx"
    report, done = lint(ROOT)
    assert done, "the start map in assets/data/content.json was not found"
    assert [str(f) for f in report.errors] == [], "run python -m tools.maps.lint"


def test_tiled_project_files_match_the_schema() -> None:
    assert schema.main([]) == 0, "run python -m tools.maps.schema --write"


@pytest.mark.parametrize("template", sorted((ROOT / "maps" / "templates").glob("*.tx")),
                         ids=lambda p: p.stem)
def test_templates_use_known_classes_and_members(template: Path) -> None:
    obj = ET.parse(template).getroot().find("object")
    assert obj is not None
    cls = obj.get("class") or obj.get("type") or ""
    assert cls in schema.CLASSES
    assert set(read_props(obj)) <= set(schema.CLASSES[cls])
