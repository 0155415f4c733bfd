"""Where the game's logs and crash reports go, and how much of them reaches the console.

The console gets one plain line per problem, never a traceback: a player reads it, and
a traceback there looks like the game fell apart. The details go to files in the user's
log folder. If that folder cannot be written (a read-only or full user folder) the
logs go to the next folder we can write, and the player is told which one: never
silently to a shared temporary folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from game.persistence.paths import UNIX_NAME, user_paths

RUN_LOG = "last-run.log"


class OneLineFormatter(logging.Formatter):
    """Formats a record without its traceback or stack (those belong in the log file)."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


class NotOnConsole(logging.Filter):
    """Drops records marked ``extra={"console": False}`` (already said in one line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "console", True)


def log_folder_candidates(env: dict[str, str] | None = None) -> list[Path]:
    """The user's log folder first, then fallbacks in order of how easy they are to find."""
    env = dict(os.environ) if env is None else env
    candidates: list[Path] = []
    with contextlib.suppress(ValueError):  # an unsafe user folder: fallbacks still work
        candidates.append(user_paths(env).logs)
    state = env.get("XDG_STATE_HOME", "").strip()
    home = Path.home()
    if state and Path(state).is_absolute():
        candidates.append(Path(state) / UNIX_NAME / "logs")
    candidates.append(home / ".local" / "state" / UNIX_NAME / "logs")
    candidates.append(Path(tempfile.gettempdir()) / f"{UNIX_NAME}-{_user_tag()}" / "logs")
    return candidates


def choose_log_folder(candidates: list[Path]) -> tuple[Path | None, str]:
    """The first folder we can create and write a file in, and a notice if it is a fallback.

    Returns ``(None, notice)`` when none works; the game then runs without log files.
    """
    first_problem = ""
    for index, folder in enumerate(candidates):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".write-test"
            probe.write_bytes(b"ok\n")
            probe.unlink()
        except OSError as err:
            first_problem = first_problem or f"{folder} ({err.strerror or err})"
            continue
        if index == 0:
            return folder, ""
        return folder, f"cannot write logs to {first_problem}; writing them to {folder}"
    return None, f"cannot write logs anywhere (first tried {first_problem})"


def setup_logging(say: Callable[[str], None],
                  candidates: list[Path] | None = None) -> Path | None:
    """Warnings to the console in one line each, the whole run to ``last-run.log``."""
    root = logging.getLogger()
    if sys.stderr is not None:
        console = logging.StreamHandler()
        console.setFormatter(OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
        console.setLevel(os.environ.get("RED_SUN_LOG", "WARNING").upper())
        console.addFilter(NotOnConsole())
        root.addHandler(console)
    root.setLevel(logging.INFO)
    folder, notice = choose_log_folder(log_folder_candidates() if candidates is None
                                       else candidates)
    if notice:
        say(notice)
    if folder is None:
        return None
    try:
        handler = logging.FileHandler(folder / RUN_LOG, mode="w", encoding="utf-8")
    except OSError:
        return folder
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    return folder


def write_crash_report(folder: Path | None, details: str,
                       fallbacks: list[Path] | None = None) -> Path | None:
    """Write the traceback to ``crash-<time>.txt``; returns where, or None if nowhere."""
    name = f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    folders = ([folder] if folder is not None else []) + (
        log_folder_candidates() if fallbacks is None else fallbacks)
    for target in folders:
        try:
            target.mkdir(parents=True, exist_ok=True)
            report = target / name
            report.write_text(details, encoding="utf-8")
        except OSError:
            continue
        return report
    return None


def _user_tag() -> str:
    """Keeps two accounts on one machine from sharing a fallback folder in /tmp."""
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else os.environ.get("USERNAME", "user")
