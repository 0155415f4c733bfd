"""The save slots on disk: one autosave and three manual slots, each with a backup.

Each slot is ``slot_<name>.json`` in the saves folder, its thumbnail ``slot_<name>.png``
beside it, and the previous good version of both as ``.bak``. Every write is atomic
(``atomic.py``), so a crash leaves the old or the new save. A damaged slot is listed
with its reason and, if there is one, the offer of its backup; it never stops the menu
from showing the other slots.

pygame is imported only when a thumbnail is written or loaded, so tools and the
crash test can use this module without it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from game.dialogue.flags import FlagDecl
from game.persistence.atomic import (
    atomic_write_bytes,
    backup_path,
    remove_dead_temps,
    remove_stale_temps,
)
from game.persistence.errors import SaveDamaged, SaveUnwritable, SlotEmpty, write_problem
from game.persistence.paths import UserPaths

if TYPE_CHECKING:
    from datetime import datetime

    import pygame

    from game.persistence.rules import WorldFacts
    from game.persistence.savedata import MapCheck, SaveData

# The save format (game.persistence.savedata: the session, the rules, the migrations)
# is imported with the first save read or written: the title of a player with no
# save reads none before its first frame (docs/PERFORMANCE.md, "Round six").

log = logging.getLogger(__name__)

AUTO_SLOT = "auto"
MANUAL_SLOTS = ("1", "2", "3")
SLOTS = (AUTO_SLOT, *MANUAL_SLOTS)

SlotStatus = Literal["empty", "ok", "damaged"]


class SlotInfo(NamedTuple):
    """What the Load menu shows for one slot.

    ``backup_available``: a good ``.bak`` exists and ``restore_backup`` would work.
    ``from_backup``: the main file is gone, so the summary (and a load) come from it.
    """

    slot: str
    status: SlotStatus
    reason: str = ""
    act: str = ""
    map_title: str = ""
    play_time: str = ""
    saved_at: datetime | None = None
    game_version: str = ""
    thumbnail: Path | None = None
    backup_available: bool = False
    from_backup: bool = False


class SaveStore:
    """Reads and writes the save slots under ``paths.saves``.

    ``declarations`` (the game's flags), ``map_exists`` and ``world`` make reading
    stricter: flags that do not fit, maps that no longer exist, positions off the map,
    unknown spawns or characters mark a save as damaged, at listing as at loading.
    """

    def __init__(self, paths: UserPaths, declarations: Mapping[str, FlagDecl] | None = None,
                 map_exists: MapCheck | None = None, world: WorldFacts | None = None) -> None:
        self.paths = paths
        self.declarations = declarations
        self.map_exists = map_exists
        self.world = world
        # Why saving does not work right now (None: it does); menus show it in one line.
        self.write_problem: str | None = None

    # -- file names --------------------------------------------------------------------
    def save_path(self, slot: str) -> Path:
        return self.paths.saves / f"slot_{_checked(slot)}.json"

    def thumbnail_path(self, slot: str) -> Path:
        return self.paths.saves / f"slot_{_checked(slot)}.png"

    # -- writing -----------------------------------------------------------------------
    def write(self, slot: str, save: SaveData,
              thumbnail: pygame.Surface | None = None) -> None:
        """Store ``save`` in ``slot``; the slot's current good save becomes its backup.

        The picture is written first and the JSON last: the JSON is what makes the
        save exist, so a crash in between leaves the old save with a newer picture at
        worst. If the current save is damaged it does not replace a good backup.
        Raises ``SaveUnwritable`` (an ``OSError``: disk full, no permission) with a plain
        reason for the caller to report; the files already there are left as they were.
        """
        from game.persistence.savedata import encode_save

        data = encode_save(save)  # fails before touching the disk (e.g. NaN position)
        with self._writing():
            self._write(slot, data, thumbnail)

    def _write(self, slot: str, data: bytes, thumbnail: pygame.Surface | None) -> None:
        self.paths.ensure()
        remove_stale_temps(self.paths.saves)
        path = self.save_path(slot)
        keep = self._good(path)
        picture = self.thumbnail_path(slot)
        if thumbnail is not None:
            from game.persistence.thumbnails import encode_thumbnail

            atomic_write_bytes(picture, encode_thumbnail(thumbnail), backup=keep)
        elif picture.exists():
            # No new picture: the old one would show the wrong place, so it retires
            # to the backup along with the save it belonged to.
            if keep:
                picture.replace(backup_path(picture))
            else:
                picture.unlink()
        atomic_write_bytes(path, data, backup=keep)

    def restore_backup(self, slot: str) -> SaveData:
        """Make the backup the slot's save again; ``SaveDamaged`` if it is not usable."""
        path = self.save_path(slot)
        backup = backup_path(path)
        raw = self._read_bytes(backup, missing="there is no backup for this slot")
        save = self._decode(raw)
        with self._writing():
            self._restore(slot, raw)
        return save

    def _restore(self, slot: str, raw: bytes) -> None:
        path = self.save_path(slot)
        self.paths.ensure()
        picture = self.thumbnail_path(slot)
        picture_backup = backup_path(picture)
        if picture_backup.exists():
            atomic_write_bytes(picture, picture_backup.read_bytes(), backup=False)
        else:
            with contextlib.suppress(FileNotFoundError):
                picture.unlink()
        atomic_write_bytes(path, raw, backup=False)

    def check_writable(self) -> str | None:
        """Try the save folder once (at start): None if saving works, else why not.

        Writes and removes a small probe file the way a save would, so a read-only,
        missing-and-uncreatable or full folder is known before the player tries to save.
        """
        try:
            with self._writing():
                self.paths.ensure()
                probe = self.paths.saves / ".write-test"
                atomic_write_bytes(probe, b"ok\n", backup=False)
                probe.unlink()
        except SaveUnwritable:
            pass
        return self.write_problem

    def remove_leftovers(self) -> list[Path]:
        """Delete temporary files of saves and settings that a killed game left behind."""
        removed: list[Path] = []
        for folder in {self.paths.saves, self.paths.config}:
            removed += remove_dead_temps(folder)
        if removed:
            log.info("removed %d leftover temporary file(s) of an interrupted save",
                     len(removed))
        return removed

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Turn an ``OSError`` into ``SaveUnwritable`` and remember whether writing works."""
        try:
            yield
        except SaveUnwritable as err:
            self.write_problem = err.reason
            raise
        except OSError as err:
            log.warning("cannot write in the save folder %s: %s", self.paths.saves, err)
            self.write_problem = write_problem(err)
            raise SaveUnwritable(self.write_problem) from None
        self.write_problem = None

    def delete(self, slot: str) -> None:
        """Remove the slot's save, picture and their backups."""
        for path in (self.save_path(slot), self.thumbnail_path(slot)):
            for target in (path, backup_path(path)):
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()

    # -- reading -----------------------------------------------------------------------
    def read(self, slot: str) -> SaveData:
        """The save in ``slot``; ``SlotEmpty`` or ``SaveDamaged`` with a reason.

        Falls back to the backup only when the main file is missing: a damaged main
        file is reported, and the player chooses to restore the backup.
        """
        path = self.save_path(slot)
        if not path.exists() and backup_path(path).exists():
            path = backup_path(path)
        return self._decode(self._read_bytes(path, missing="there is no save in this slot"))

    def read_backup(self, slot: str) -> SaveData:
        raw = self._read_bytes(backup_path(self.save_path(slot)),
                               missing="there is no backup for this slot")
        return self._decode(raw)

    def info(self, slot: str) -> SlotInfo:
        """The menu's view of one slot; never raises for anything on disk."""
        path = self.save_path(slot)
        backup = backup_path(path)
        picture = self.thumbnail_path(slot)
        backup_ok = self._good(backup)
        if not path.exists():
            if not backup.exists():
                return SlotInfo(slot, "empty")
            if not backup_ok:
                return SlotInfo(slot, "damaged", reason="the save file is missing and its "
                                f"backup is damaged: {self._reason(backup)}")
            return _summary(slot, self.read_backup(slot), backup_path(picture),
                            backup_available=True, from_backup=True)
        try:
            save = self._decode(self._read_bytes(path, missing="the save file is missing"))
        except SaveDamaged as err:
            return SlotInfo(slot, "damaged", reason=err.reason, backup_available=backup_ok)
        return _summary(slot, save, picture, backup_available=backup_ok)

    def list_slots(self) -> list[SlotInfo]:
        """Every slot, autosave first; one broken slot never hides the others."""
        infos: list[SlotInfo] = []
        for slot in SLOTS:
            try:
                infos.append(self.info(slot))
            except Exception as err:  # the contract is "never crashes": log and go on
                log.exception("could not list save slot %s", slot)
                infos.append(SlotInfo(slot, "damaged", reason=f"unexpected problem: {err}"))
        return infos

    def latest(self) -> SlotInfo | None:
        """The most recently saved usable slot (the title screen's Continue), or None."""
        usable = [i for i in self.list_slots() if i.status == "ok" and i.saved_at is not None]
        if not usable:
            return None
        from datetime import datetime  # a save was read, and with it the save format

        return max(usable, key=lambda i: i.saved_at or datetime.min)

    def load_thumbnail(self, slot: str) -> pygame.Surface | None:
        """The slot's picture as listed by ``info`` (None if it has none)."""
        picture = self.info(slot).thumbnail
        if picture is None:
            return None
        from game.persistence.thumbnails import load_thumbnail

        return load_thumbnail(picture)

    # -- helpers -----------------------------------------------------------------------
    def _decode(self, raw: bytes) -> SaveData:
        from game.persistence.savedata import decode_save

        return decode_save(raw, self.declarations, self.map_exists, self.world)

    def _good(self, path: Path) -> bool:
        try:
            self._decode(path.read_bytes())
        except (OSError, SaveDamaged):
            return False
        return True

    def _reason(self, path: Path) -> str:
        try:
            self._decode(self._read_bytes(path, missing="the file is missing"))
        except SaveDamaged as err:
            return err.reason
        return ""

    @staticmethod
    def _read_bytes(path: Path, missing: str) -> bytes:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise SlotEmpty(missing) from None
        except OSError as err:
            raise SaveDamaged(f"the file could not be read ({err.strerror or err})") from None


def _checked(slot: str) -> str:
    if slot not in SLOTS:
        raise ValueError(f"unknown save slot {slot!r} (slots: {', '.join(SLOTS)})")
    return slot


def _summary(slot: str, save: SaveData, picture: Path, *, backup_available: bool,
             from_backup: bool = False) -> SlotInfo:
    return SlotInfo(slot, "ok", act=save.act, map_title=save.map_title,
                    play_time=save.play_time, saved_at=save.saved_at,
                    game_version=save.game_version,
                    thumbnail=picture if picture.exists() else None,
                    backup_available=backup_available, from_backup=from_backup)
