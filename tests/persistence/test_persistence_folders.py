"""Read-only, full or blocked user folders: saving says why it is off, nothing is lost."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.dialogue.flags import FlagStore
from game.persistence.atomic import backup_path
from game.persistence.errors import SaveUnwritable
from game.persistence.paths import UserPaths
from game.persistence.savedata import SaveData
from game.persistence.saves import SaveStore
from game.session import Session
from tests.needs import missing


def _make_save(flags: FlagStore, map_name: str = "palace_hall") -> SaveData:
    session = Session(map_name=map_name, spawn="start", player_character="kara")
    return SaveData.from_game(session, flags, "Act I", "Hall")


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` refuse new files: chmod for a normal user, chattr +i for root."""
    folder.chmod(0o555)
    undo = [lambda: folder.chmod(0o755)]
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        pass
    else:  # root ignores permissions; an immutable folder stops root too
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            undo[0]()
            missing("this machine cannot make a folder read-only for this user")
        undo.append(lambda: subprocess.run(["chattr", "-i", str(folder)], check=True))
    try:
        yield
    finally:
        for step in reversed(undo):
            step()


@pytest.fixture
def saved(store: SaveStore, flags: FlagStore) -> SaveStore:
    """A store whose slot 1 holds a save and a backup of an older one."""
    store.write("1", _make_save(flags, "garden"))
    store.write("1", _make_save(flags))
    return store


def test_read_only_save_folder_is_reported_and_keeps_the_saves(saved: SaveStore,
                                                                flags: FlagStore) -> None:
    path = saved.save_path("1")
    before = path.read_bytes(), backup_path(path).read_bytes()
    with read_only(saved.paths.saves):
        assert saved.check_writable() == "the save folder is read-only"
        with pytest.raises(SaveUnwritable, match="the save folder is read-only"):
            saved.write("1", _make_save(flags, "kitchen"))
        with pytest.raises(SaveUnwritable, match="the save folder is read-only"):
            saved.restore_backup("1")
        assert saved.info("1").status == "ok"  # still listed, still loadable
        assert saved.read("1").session.map_name == "palace_hall"
    assert (path.read_bytes(), backup_path(path).read_bytes()) == before
    assert saved.check_writable() is None  # writable again: the notice goes away


def test_slot_path_that_is_a_folder_gives_a_message(saved: SaveStore) -> None:
    path = saved.save_path("1")
    path.unlink()
    path.mkdir()
    (path / "something.txt").write_text("in the way")
    info = saved.info("1")
    assert info.status == "damaged" and info.backup_available
    assert "could not be read" in info.reason
    with pytest.raises(SaveUnwritable, match="a folder is in the way of the save file"):
        saved.restore_backup("1")
    assert (path / "something.txt").read_text() == "in the way"
    assert saved.write_problem == "a folder is in the way of the save file"


def test_user_folder_that_cannot_be_created(tmp_path: Path, flags: FlagStore) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the user folder should be")
    store = SaveStore(UserPaths(blocker / "data", blocker / "data"))
    assert store.check_writable() == "a file is in the way of the save folder"
    with pytest.raises(SaveUnwritable):
        store.write("1", _make_save(flags))
    assert [i.status for i in store.list_slots()] == ["empty"] * 4
    assert blocker.read_text() == "a file where the user folder should be"


def test_full_disk_keeps_the_old_save_and_leaves_no_temp(saved: SaveStore, flags: FlagStore,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    path = saved.save_path("1")
    before = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("game.persistence.atomic.os.fsync", full)
    with pytest.raises(SaveUnwritable, match="the disk is full"):
        saved.write("1", _make_save(flags, "kitchen"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not list(saved.paths.saves.glob(".*.tmp"))
    assert saved.read("1").session.map_name == "palace_hall"


def test_leftover_temps_of_a_killed_save_go_at_the_next_start(store: SaveStore,
                                                               flags: FlagStore) -> None:
    store.write("1", _make_save(flags))
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = int(child.stdout)
    folder = store.paths.saves
    killed = folder / f".slot_1.json.{dead}.k1ll3d.tmp"
    killed.write_bytes(b'{"half a sa')
    ours = folder / f".slot_2.json.{os.getpid()}.w0rk1n.tmp"
    ours.write_bytes(b"being written right now")
    settings_temp = store.paths.config / f".settings.json.{dead}.zz.tmp"
    settings_temp.write_bytes(b"{")
    removed = store.remove_leftovers()
    assert sorted(removed) == sorted([killed, settings_temp])
    assert ours.exists() and store.info("1").status == "ok"
