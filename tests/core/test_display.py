"""Whole-number scaling and letterboxing: pixels stay square at every window size."""

from __future__ import annotations

import pytest

from game.core.display import best_scale, letterbox


@pytest.mark.parametrize(
    ("window", "scale"),
    [((480, 270), 1), ((960, 540), 2), ((1920, 1080), 4), ((1366, 768), 2), ((2560, 1440), 5),
     ((1000, 1000), 2), ((300, 200), 1)],
)
def test_largest_whole_factor_that_fits(window: tuple[int, int], scale: int) -> None:
    assert best_scale(window) == scale


def test_letterbox_centres_the_picture() -> None:
    rect = letterbox((1366, 768), 2)
    assert rect.size == (960, 540)
    assert rect.topleft == ((1366 - 960) // 2, (768 - 540) // 2)


def test_present_scales_the_canvas_into_the_letterbox_and_keeps_the_bars_black(display) -> None:
    import pygame

    from game.core.display import Display

    screen = Display()
    screen.window = pygame.display.set_mode((1100, 600))
    for colour in ((200, 40, 30), (20, 90, 160)):  # twice: the second frame reuses the view
        screen.canvas.fill(colour)
        screen.canvas.set_at((0, 0), (255, 255, 255))
        screen.present()
        box = letterbox((1100, 600), 2)
        window = screen.window
        assert window.get_at((box.x + 1, box.y + 1))[:3] == (255, 255, 255)  # 1 px -> 2x2
        assert window.get_at((box.x + 2, box.y + 2))[:3] == colour
        assert window.get_at((box.right - 1, box.bottom - 1))[:3] == colour
        assert window.get_at((box.x - 1, box.y))[:3] == (0, 0, 0)
        assert window.get_at((box.right, box.bottom - 1))[:3] == (0, 0, 0)
    pygame.display.set_mode((480, 270))


def test_the_window_shows_the_red_sun_and_the_sky_is_read_once(repo_root, display,
                                                                  monkeypatch) -> None:
    """The icon is set before the window opens (SDL would load pygame's own), from the
    title sky the title screen draws: read once, and converted once a window exists."""
    import pygame

    from game.app import _window_icon
    from game.core.assets import AssetResolver

    assets = AssetResolver(repo_root)
    monkeypatch.setattr(pygame.display, "get_surface", lambda: None)  # no window yet
    icon = _window_icon(assets)
    assert icon is not None and icon.get_size() == (192, 192)
    red, green, blue = icon.get_at((96, 96))[:3]
    assert red > 150 and red > 2 * green and red > 2 * blue  # the sun, not the sky
    monkeypatch.undo()
    sky = assets.image("assets/ui/title_backdrop_sky.png")  # the title's first frame
    assert sky is not icon.get_parent()  # converted for the window's format
    assert assets.image("assets/ui/title_backdrop_sky.png") is sky
    assert sky.get_at((240, 174)) == icon.get_at((96, 96))


def test_a_tree_without_the_sky_opens_a_window_without_an_icon(tmp_path) -> None:
    from game.app import _window_icon
    from game.core.assets import AssetResolver

    assert _window_icon(AssetResolver(tmp_path)) is None


def test_a_screenshot_is_the_frame_at_the_window_scale(display) -> None:
    import pygame

    from game.core.display import Display

    screen = Display(scale=2)
    screen.open()
    screen.canvas.fill((20, 90, 160))
    screen.canvas.set_at((479, 269), (255, 255, 255))
    shot = screen.screenshot()
    assert shot.get_size() == (960, 540)
    assert shot.get_at((958, 538))[:3] == (255, 255, 255)  # 1 px -> 2x2, no smoothing
    assert shot.get_at((957, 537))[:3] == (20, 90, 160)
    pygame.display.set_mode((480, 270))
