"""Maps read their pictures once: pytmx no longer decodes the image layers the game
reads itself, and a world keeps decoded pictures between maps, yet sees an edit made
in Tiled or an image editor (F5) at once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame

from game.world.loader import images as images_mod
from game.world.loader import load_map
from game.world.loader.images import ImageCache


def _count_loads(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = pygame.image.load

    def counting(name, *args):
        seen.append(Path(str(name)).name)
        return real(name, *args)

    monkeypatch.setattr(images_mod.pygame.image, "load", counting)
    monkeypatch.setattr(pygame.image, "load", counting)
    return seen


def test_each_backdrop_is_decoded_once_per_load_and_not_again_on_return(display, repo_root,
                                                                        monkeypatch):
    seen = _count_loads(monkeypatch)
    cache = ImageCache()
    data = load_map(repo_root / "maps" / "balcony.tmx", images=cache)
    backdrops = [name for name in seen if not name.endswith(("balcony.png",))]
    assert data.layers.images, "the balcony shows its view as image layers"
    assert len(backdrops) == len(set(backdrops)), "a picture was decoded twice in one load"
    seen.clear()
    again = load_map(repo_root / "maps" / "balcony.tmx", images=cache)
    assert seen == [] and len(again.layers.images) == len(data.layers.images)


def test_an_edited_picture_is_read_again(display, repo_root, tmp_path):
    picture = tmp_path / "sky.png"
    shutil.copy(repo_root / "assets/backdrops/balcony/sky_day.png", picture)
    cache = ImageCache()
    first = cache.picture(str(picture))
    assert cache.picture(str(picture)) is first
    edited = pygame.Surface((8, 4))
    pygame.image.save(edited, str(picture))
    stat = picture.stat()
    os.utime(picture, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert cache.picture(str(picture)).get_size() == (8, 4)


def test_the_cache_stays_within_its_budget(display, repo_root):
    cache = ImageCache(max_bytes=480 * 270 * 4 + 1)
    for name in ("sky_day", "sky_night", "sky_dawn"):
        cache.picture(str(repo_root / f"assets/backdrops/balcony/{name}.png"))
        assert len(cache) == 1


def test_a_backdrop_for_a_later_hour_is_decoded_when_first_shown(display, repo_root,
                                                                 monkeypatch):
    """The balcony loads by day without decoding its night sky; when night falls the
    night view is on screen exactly as if every backdrop had been read at load."""
    from dataclasses import replace

    from game.world.camera import Camera
    from game.world.render import DAYLIGHT, MapRenderer

    def frame(layers, mode: str) -> bytes:
        camera = Camera(*data.pixel_size)
        camera.snap(240, 135)
        canvas = pygame.Surface((480, 270))
        MapRenderer(layers).draw(canvas, camera, [], 0, DAYLIGHT, [], mode, ())
        return pygame.image.tobytes(canvas, "RGB")

    seen = _count_loads(monkeypatch)
    path = repo_root / "maps" / "balcony.tmx"
    data = load_map(path, images=ImageCache())
    assert "sky_day.png" in seen and "sky_night.png" not in seen
    night = frame(data.layers, "night")
    assert "sky_night.png" in seen
    eager = load_map(path)
    eager.layers.images = [replace(image, picture=image.surface)
                           for image in eager.layers.images]
    assert night == frame(eager.layers, "night") != frame(eager.layers, "day")


def test_an_edited_tileset_is_read_again(display, repo_root, tmp_path):
    """Tileset files are parsed once, yet F5 after an edit in Tiled sees the edit."""
    shutil.copytree(repo_root / "tests/maps/fixtures", tmp_path, dirs_exist_ok=True)
    room, tsx = tmp_path / "maps/good.tmx", tmp_path / "assets/tilesets/tiny.tsx"
    assert load_map(room).solid_tiles[0][0], "the wall round the room blocks the way"
    text = tsx.read_text()
    tsx.write_text(text.replace('value="wall"/>\n   <property name="solid" type="bool" '
                                'value="true"', 'value="wall"/>\n   <property name="solid" '
                                'type="bool" value="false"'))
    stat = tsx.stat()
    os.utime(tsx, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert not load_map(room).solid_tiles[0][0], "the edit made the wall passable"
