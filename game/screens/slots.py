"""Save and load screens: the autosave and three manual slots.

Each slot shows its thumbnail, act, place and play time. A damaged slot says
why and offers its backup when there is one; it never hides the other slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.persistence.errors import SaveDamaged
from game.persistence.saves import AUTO_SLOT, SLOTS, SlotInfo
from game.screens.common import backdrop, heading
from game.ui.ninepatch import NinePatch
from game.ui.text import GOLD, INK, RED, TEXT, TEXT_DIM

if TYPE_CHECKING:
    from game.flow import Flow
    from game.world.scene import WorldScene

ROW_H = 50


class SlotsScene(Scene):
    opaque = True

    def __init__(self, ctx: GameContext, flow: Flow, mode: str,
                 world: WorldScene | None = None) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.mode = mode  # "save" or "load"
        self.world = world
        self.panel = NinePatch(ctx.assets.image("assets/ui/panel.png"), 8)
        self.cursor_image = ctx.assets.image("assets/ui/cursor.png")
        self.empty = ctx.assets.image("assets/ui/slot_empty.png")
        self.slots = [s for s in SLOTS if not (mode == "save" and s == AUTO_SLOT)]
        self.cursor = 0
        self.message = ""
        self.confirm_overwrite = False
        self.refresh()

    def refresh(self) -> None:
        store = self.flow.saves
        self.infos: dict[str, SlotInfo] = {i.slot: i for i in store.list_slots()}
        self.thumbs: dict[str, pygame.Surface | None] = {}
        for slot, info in self.infos.items():
            self.thumbs[slot] = store.load_thumbnail(slot) if info.status == "ok" else None

    @property
    def slot(self) -> str:
        return self.slots[self.cursor]

    def handle(self, action: Action) -> bool:
        if action in (Action.UP, Action.DOWN):
            step = -1 if action is Action.UP else 1
            self.cursor = (self.cursor + step) % len(self.slots)
            self.message, self.confirm_overwrite = "", False
        elif action in (Action.CANCEL, Action.MENU):
            self.ctx.stack.remove(self)
        elif action is Action.CONFIRM:
            self._choose()
        elif action is Action.RIGHT and self.mode == "load":
            self._restore_backup()
        return True

    def _choose(self) -> None:
        info = self.infos.get(self.slot)
        f = self.flow
        if self.mode == "save":
            assert self.world is not None
            if info is not None and info.status != "empty" and not self.confirm_overwrite:
                self.confirm_overwrite = True
                self.message = "Press confirm again to overwrite this slot."
                return
            self.message = f.save_slot(self.world, self.slot)
            self.confirm_overwrite = False
            self.refresh()
            return
        if info is None or info.status == "empty":
            self.message = "This slot is empty."
        elif info.status == "damaged":
            self.message = ("Damaged. Press Right to restore the backup." if info.backup_available
                            else "Damaged, and there is no backup.")
        else:
            f.load_slot(self.slot, from_backup=info.from_backup)

    def _restore_backup(self) -> None:
        info = self.infos.get(self.slot)
        if info is None or not info.backup_available:
            self.message = "No backup for this slot."
            return
        try:
            self.flow.saves.restore_backup(self.slot)
        except SaveDamaged as err:
            self.message = f"The backup cannot be used: {err.reason}"
            return
        except OSError as err:  # SaveUnwritable: read-only or full folder, a folder in the way
            self.message = f"Could not restore: {err}"
            return
        self.refresh()
        self.message = "Backup restored."

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.ctx, surface)
        heading(self.ctx, surface, "Save" if self.mode == "save" else "Load", 10)
        font = self.ctx.fonts.small
        for i, slot in enumerate(self.slots):
            rect = pygame.Rect(60, 40 + i * (ROW_H + 4), 360, ROW_H)
            surface.blit(self.panel.render(rect.width, rect.height), rect.topleft)
            if i == self.cursor:
                surface.blit(self.cursor_image, (rect.x - 12, rect.centery - 4))
                pygame.draw.rect(surface, GOLD, rect, 1)
            self._draw_slot(surface, rect, slot, font)
        if self.message:
            good = self.message in ("Saved.", "Backup restored.")
            font.draw(surface, self.message, ((480 - font.width(self.message)) // 2, 250),
                      GOLD if good else RED, INK)

    def _draw_slot(self, surface: pygame.Surface, rect: pygame.Rect, slot: str, font) -> None:
        info = self.infos.get(slot)
        thumb = self.thumbs.get(slot) or self.empty
        thumb = pygame.transform.scale(thumb, (64, 36)) if thumb.get_size() != (64, 36) else thumb
        surface.blit(thumb, (rect.x + 7, rect.y + 7))
        x = rect.x + 80
        name = "Autosave" if slot == AUTO_SLOT else f"Slot {slot}"
        font.draw(surface, name, (x, rect.y + 7), GOLD, INK)
        if info is None or info.status == "empty":
            font.draw(surface, "Empty", (x, rect.y + 20), TEXT_DIM, INK)
            return
        if info.status == "damaged":
            font.draw(surface, f"Damaged: {info.reason}"[:60], (x, rect.y + 20), RED, INK)
            if info.backup_available:
                font.draw(surface, "A backup is available (Right to restore).",
                          (x, rect.y + 32), TEXT_DIM, INK)
            return
        when = info.saved_at.strftime("%Y-%m-%d %H:%M") if info.saved_at else ""
        font.draw(surface, f"{info.act} - {info.map_title}", (x, rect.y + 20), TEXT, INK)
        font.draw(surface, f"{info.play_time}   {when}", (x, rect.y + 32), TEXT_DIM, INK)
