"""Atomic writes keep the previous good file as .bak and leave no temp files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from game.persistence import atomic
from game.persistence.atomic import atomic_write_bytes, backup_path, remove_stale_temps


def test_write_then_rotate(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic_write_bytes(target, b"one")
    assert target.read_bytes() == b"one" and not backup_path(target).exists()
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.json.bak"]


def test_a_bad_current_file_does_not_push_out_the_good_backup(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic_write_bytes(target, b"good")
    atomic_write_bytes(target, b"BAD")
    atomic_write_bytes(target, b"new", is_good=lambda data: data != b"BAD")
    assert backup_path(target).read_bytes() == b"good"


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.json"
    atomic_write_bytes(target, b"old", backup=False)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new", backup=False)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_only_old_temp_files_are_cleaned(tmp_path: Path) -> None:
    old = tmp_path / ".slot_1.json.abc.tmp"
    young = tmp_path / ".slot_1.json.def.tmp"
    for temp in (old, young):
        temp.write_bytes(b"x")
    past = time.time() - 3600
    os.utime(old, (past, past))
    assert remove_stale_temps(tmp_path) == [old]
    assert young.exists()
