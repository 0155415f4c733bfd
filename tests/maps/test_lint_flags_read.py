"""Every choice is read: the lint names a flag a script (or a flight stage) sets that no
later line or map condition reads, and the real game has none."""

from __future__ import annotations

import json
from pathlib import Path

from game.dialogue.program import parse_source
from tools.maps.checks_flags import check_flags_read
from tools.maps.context import Project, Report, load_project
from tools.maps.lint import ROOT

SCRIPT = """title: start
---
-> "Kneel."
    <<set $knelt to true>>
-> "Stand."
    <<set $stood to true>>
<<set $gold to 3>>
<<if $knelt>>
    Lena: You knelt.
<<endif>>
===
"""
MAP = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" width="2" height="2" tilewidth="16"
 tileheight="16" infinite="0" nextlayerid="2" nextobjectid="2">
 <objectgroup id="1" name="objects">
  <object id="1" name="chest" type="Prop" x="0" y="0" width="16" height="16">
   <properties><property name="when" value="$gold &gt; 2"/></properties>
  </object>
 </objectgroup>
</map>
"""


def unread(tmp_path: Path, flight: dict | None = None) -> list[str]:
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "room.tmx").write_text(MAP, encoding="utf-8")
    if flight is not None:
        (tmp_path / "assets" / "data").mkdir(parents=True)
        (tmp_path / "assets" / "data" / "flight.json").write_text(
            json.dumps({"stages": {"run": "stage.json"}}), encoding="utf-8")
        (tmp_path / "stage.json").write_text(json.dumps({"flags": flight}), encoding="utf-8")
    nodes, errors = parse_source("story.yarn", SCRIPT)
    assert not errors
    project = Project(root=tmp_path, nodes={n.title: n for n in nodes},
                      flags={"knelt": "bool", "stood": "bool", "gold": "int",
                             "flight_run": "str", "progress": "int"})
    report = Report()
    check_flags_read(project, report)
    return [f.message for f in report.errors]


def test_a_choice_nobody_reads_is_named_and_read_ones_are_not(tmp_path: Path) -> None:
    # knelt: read by a line; gold: read by a map's `when`; stood: set and forgotten
    assert unread(tmp_path) == ["flag '$stood' is set here but nothing reads it (no script "
                                "line or map `when` condition): read it later, or drop it"]


def test_a_flight_stage_result_nobody_reads_is_named(tmp_path: Path) -> None:
    found = unread(tmp_path, {"outcome": "flight_run"})
    assert any("'$flight_run'" in m for m in found)


def test_every_flag_the_game_sets_is_read_somewhere() -> None:
    report = Report()
    check_flags_read(load_project(ROOT, report), report)
    assert [str(f) for f in report.errors] == []
