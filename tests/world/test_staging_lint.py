"""The linter knows the staging names: poses and items from their registries, crowds
from the maps, so a script's typo is caught before anyone plays it."""

from __future__ import annotations

import json
from pathlib import Path

from tools.maps.lint import lint


def node(title: str, command: str) -> str:
    return f"title: {title}\n---\nAlex: Before.\n{command}\nAlex: After.\n===\n"


def test_unknown_poses_items_and_crowds_are_lint_errors(slice_root: Path) -> None:
    root = slice_root
    uses = {"good_pose": "<<pose Alex kneel left>>", "bad_pose": "<<pose Alex perch>>",
            "good_item": "<<hold Alex vase>>", "bad_item": "<<hold Alex spoon>>",
            "pair": "<<pose_pair Alex Kara waltz>>", "bad_crowd": "<<crowd choir kneel>>",
            "crowd_mood": "<<crowd choir sulk>>", "none": "<<pose Alex none>>"}
    script = root / "assets" / "dialogue" / "staging.yarn"
    script.write_text("".join(node(t, c) for t, c in uses.items()), encoding="utf-8")
    manifest = root / "assets" / "data" / "content.json"
    data = json.loads(manifest.read_text())
    data["scripts"].append("assets/dialogue/staging.yarn")
    data.update(poses="assets/data/poses.json", items="assets/data/items.json")
    manifest.write_text(json.dumps(data))
    report, _ = lint(root, [], only_given=True)
    lines = [line.split(": ", 1)[1] for line in report.lines() if "staging.yarn" in line]
    assert lines == [
        "<<pose>>: pose 'perch' is not a known pose name",
        "<<hold>>: item 'spoon' is not a known item name",
        "<<pose_pair>>: KIND must be one of hands hug, got 'waltz'",
        "<<crowd>>: crowd 'choir' is not a known crowd name",
        "<<crowd>>: BEHAVIOUR must be one of mingle face cheer kneel bow, got 'sulk'",
    ]
