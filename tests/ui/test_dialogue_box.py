"""The dialogue box: typewriter, pages that never overflow, choices that remember."""

from __future__ import annotations

import time

import pygame
import pytest

from game.core.actions import Action
from game.core.assets import AssetResolver
from game.ui.dialogue_box import BOX, BoxState, DialogueBox, UiImages
from game.ui.ninepatch import NinePatch
from game.ui.text import Fonts


@pytest.fixture()
def box(display) -> DialogueBox:
    assets = AssetResolver.discover()
    fonts = Fonts.load(assets)
    images = UiImages(NinePatch(assets.image("assets/ui/dialogue_frame.png"), 8),
                      NinePatch(assets.image("assets/ui/namebox.png"), 4),
                      assets.image("assets/ui/cursor.png"), [pygame.Surface((8, 8))])
    return DialogueBox(fonts.small, images, "normal")


def test_first_press_completes_the_line_second_advances(box: DialogueBox) -> None:
    box.show_line("Kara", "I was not late. I was strategically delayed.", None)
    box.update()
    assert box.state is BoxState.TYPING and 0 < box.shown < len(box.page_text)
    box.handle(Action.CONFIRM)
    assert box.state is BoxState.WAITING and box.shown == len(box.page_text)
    box.handle(Action.CONFIRM)
    assert box.state is BoxState.DONE


def test_typewriter_reveals_over_time(box: DialogueBox) -> None:
    box.show_line(None, "The vase trembles in her hands.", None)
    for _ in range(200):
        box.update()
    assert box.state is BoxState.WAITING


def test_long_text_is_wrapped_and_paged_inside_the_box(box: DialogueBox) -> None:
    text = " ".join(["Every word of this speech must stay inside the frame."] * 12)
    box.show_line("Rhea", text, pygame.Surface((48, 48)))
    assert len(box.pages) > 1
    rect = box.text_rect()
    for page in box.pages:
        assert len(page) * box.font.line_height <= rect.height
        for line in page:
            assert box.font.width(line) <= rect.width
    assert " ".join(" ".join(p) for p in box.pages).split() == text.split()
    pages_seen = 1
    while box.state is not BoxState.DONE:
        box.handle(Action.CONFIRM)  # complete
        box.handle(Action.CONFIRM)  # next page
        pages_seen += box.state is BoxState.TYPING
    assert pages_seen == len(box.pages)
    assert box.text_rect().right <= BOX.right


def test_choices_skip_hidden_options_and_remember_the_cursor(box: DialogueBox) -> None:
    options = [("Order her to stop.", True), ("Hidden", False), ("Kneel.", True)]
    box.show_choice(options, key="vase")
    assert box.cursor == 0
    box.handle(Action.DOWN)
    assert box.cursor == 2  # the hidden option is skipped
    box.handle(Action.CONFIRM)
    assert box.chosen == 2 and box.state is BoxState.DONE
    box.show_choice(options, key="vase")
    assert box.cursor == 2  # back at the same choice, the cursor is where it was


def test_fast_forward_pages_through_quickly(box: DialogueBox) -> None:
    box.show_line("Kara", "A line already read.", None)
    box.fast_forward = True
    for _ in range(6):
        box.update()
    assert box.state is BoxState.DONE


def test_a_megabyte_without_spaces_pages_at_once_and_fits(box: DialogueBox) -> None:
    """A runaway line is cut and wrapped in linear time; every piece still fits the frame."""
    started = time.perf_counter()
    box.show_line("Kara", "A" * 1_000_000, None)
    assert time.perf_counter() - started < 2.0
    rect = box.text_rect()
    shown = "".join("".join(page) for page in box.pages)
    assert shown.endswith("…") and len(shown) <= 4000
    assert all(box.font.width(line) <= rect.width for page in box.pages for line in page)


def test_wrap_of_a_long_word_is_linear(box: DialogueBox) -> None:
    started = time.perf_counter()
    lines = box.font.wrap("W" * 200_000, 300)
    assert time.perf_counter() - started < 2.0
    assert "".join(lines) == "W" * 200_000
    assert all(0 < box.font.width(line) <= 300 for line in lines)
