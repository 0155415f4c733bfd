"""Write a file so that a crash or power cut leaves the old or the new version.

A save written in place can be half old, half new when the game is killed mid-write.
Instead the data goes to a temporary file in the same folder (``os.replace`` is only
atomic within one file system), is flushed and fsynced, and then renamed over the
target; the folder is fsynced too where the platform allows it, so the rename itself
survives a power cut. Before the rename the current file, if it is good, is copied to
``<name>.bak`` the same atomic way: a save that turns out to be bad (a bug, a
hand edit, a disk error) can be undone from the menu. The target is never missing
while this runs, so a reader needs the backup only if the player deleted the file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 600.0
_TEMP_PID = re.compile(r"\.(\d{1,10})\.[^.]*\.tmp\Z")  # .slot_1.json.<pid>.<random>.tmp
_REPLACE_RETRIES = 5  # Windows: a virus scanner may hold the target open for a moment


def backup_path(path: Path) -> Path:
    """``slot_1.json`` -> ``slot_1.json.bak``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write_bytes(
    path: Path,
    data: bytes,
    *,
    backup: bool = True,
    is_good: Callable[[bytes], bool] | None = None,
) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist.

    With ``backup`` the current file is first kept as ``<name>.bak``, but only if
    ``is_good`` (when given) accepts it: a damaged file must not push out a good backup.
    """
    if backup:
        _rotate(path, is_good)
    _replace_with(path, data)


def atomic_write_text(
    path: Path,
    text: str,
    *,
    backup: bool = True,
    is_good: Callable[[bytes], bool] | None = None,
) -> None:
    """``atomic_write_bytes`` for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup, is_good=is_good)


def remove_stale_temps(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete temporary files a killed writer left behind; returns what was removed.

    Only old ones: a young temp file may belong to another copy of the game that is
    saving right now.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    cutoff = time.time() - older_than
    for temp in folder.glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
                removed.append(temp)
    return removed


def remove_dead_temps(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """At start: delete temporary files whose writer is gone; returns what was removed.

    A temp file's name carries its writer's process id, so one left by a killed game
    goes at the next start even if it is seconds old, while one that another running
    copy is writing right now stays. Where a process cannot be asked about (Windows,
    or an old name without an id) only files older than ``older_than`` go.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    cutoff = time.time() - older_than
    for temp in folder.glob(f".*{TEMP_SUFFIX}"):
        alive = _writer_alive(temp.name)
        with contextlib.suppress(OSError):
            if alive is False or (alive is None and temp.stat().st_mtime < cutoff):
                temp.unlink()
                removed.append(temp)
    return removed


def _writer_alive(name: str) -> bool | None:
    """Whether the process that named this temp file runs; None when it cannot be told."""
    match = _TEMP_PID.search(name)
    if match is None or os.name == "nt":  # os.kill would end the process on Windows
        return None
    pid = int(match.group(1))
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or a number we cannot ask about: keep it
    return True


def _rotate(path: Path, is_good: Callable[[bytes], bool] | None) -> None:
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        return
    if is_good is not None and not is_good(current):
        return
    _replace_with(backup_path(path), current)


def _replace_with(path: Path, data: bytes) -> None:
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.",
                                     suffix=TEMP_SUFFIX)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Windows cannot open a folder for fsync; skip there."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (e.g. certain network mounts) refuse; the data is synced
    finally:
        os.close(fd)
