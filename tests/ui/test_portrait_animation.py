"""The face in the box talks while its line types and blinks now and then, never in step."""

from __future__ import annotations

import itertools

import pygame
import pytest

from game.content import load_content, portrait_frame
from game.core.actions import Action
from game.core.assets import AssetResolver
from game.core.portrait import BLINK_STEPS, Portrait, is_blinking
from game.flight.registry import STAGE_WORDS
from game.ui.dialogue_box import BOX, BoxState, DialogueBox, UiImages
from game.ui.ninepatch import NinePatch
from game.ui.text import Fonts


@pytest.fixture()
def box_and_face(display: pygame.Surface) -> tuple[DialogueBox, Portrait]:
    assets = AssetResolver.discover()
    content = load_content(assets, STAGE_WORDS)
    fonts = Fonts.load(assets)
    images = UiImages(NinePatch(assets.image("assets/ui/dialogue_frame.png"), 8),
                      NinePatch(assets.image("assets/ui/namebox.png"), 4),
                      assets.image("assets/ui/cursor.png"), [pygame.Surface((8, 8))])
    face = portrait_frame(assets, content.characters["kara"], ("happy",), content.expressions)
    assert face is not None
    return DialogueBox(fonts.small, images, "slow"), face


def test_mouth_moves_while_typing_and_rests_when_the_line_is_shown(
        box_and_face: tuple[DialogueBox, Portrait]) -> None:
    box, face = box_and_face
    box.show_line("Kara", "Happy birthday to me, apparently, with a parade.", face)
    seen = set()
    for _ in range(60):
        box.update()
        image = box.portrait_image()
        if not is_blinking(box._tick):
            seen.add(id(image))
    assert {id(face.talk), id(face.still)} <= seen  # it opened and closed its mouth
    box.handle(Action.CONFIRM)
    assert box.state is BoxState.WAITING
    for _ in range(30):
        box.update()
        if not is_blinking(box._tick):
            assert box.portrait_image() is face.still


def test_blinks_are_short_and_irregular() -> None:
    ticks = [t for t in range(2000) if is_blinking(t) and not is_blinking(t - 1)]
    gaps = {b - a for a, b in itertools.pairwise(ticks)}
    assert len(ticks) >= 5 and len(gaps) >= 2
    assert sum(is_blinking(t) for t in range(ticks[0], ticks[0] + 50)) == BLINK_STEPS


def test_portrait_and_text_fit_the_box(box_and_face: tuple[DialogueBox, Portrait]) -> None:
    box, face = box_and_face
    box.show_line("Kara", "A line.", face)
    w, h = face.size
    assert h <= BOX.height - 8  # the face sits inside the frame
    rect = box.text_rect()
    assert rect.left >= BOX.x + w + 8 and rect.right <= BOX.right
    assert box.lines_per_page() >= 4
    canvas = pygame.Surface((480, 270))
    box.draw(canvas)  # draws without error, portrait included
