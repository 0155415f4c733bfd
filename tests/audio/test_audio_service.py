"""The Audio service: fades by logic steps, streamed music, ambience beds, the duck,
warnings once."""

from __future__ import annotations

import logging
from pathlib import Path

import pygame
import pytest

from game import audio as audio_mod
from game.audio import Audio
from game.core.assets import AssetResolver
from tests.needs import missing


@pytest.fixture
def resolver(repo_root: Path) -> AssetResolver:
    return AssetResolver(repo_root)


@pytest.fixture
def live(resolver):
    """An Audio on the dummy driver (tests/conftest.py sets SDL_AUDIODRIVER=dummy)."""
    service = Audio(resolver, music_volume=0.5, sfx_volume=0.8)
    if not service.available:
        missing("no mixer even with the dummy driver")
    yield service
    service.stop()
    pygame.mixer.quit()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The files the music stream opens, in order (the real stream still plays them)."""
    real = pygame.mixer.music.load
    names: list[str] = []

    def load(path: str) -> None:
        names.append(Path(path).name)
        real(path)

    monkeypatch.setattr(pygame.mixer.music, "load", load)
    return names


def _steps(service: Audio, count: int) -> None:
    for _ in range(count):
        service.update()


def test_music_fades_in_over_update_steps(live, opened):
    live.play_music("palace")
    assert live.music == "palace" and live.levels == {"palace": 0.0}
    assert opened == []  # opened on a later step, never in the frame that asked
    _steps(live, 30)
    assert opened == ["palace.ogg"] and pygame.mixer.music.get_busy()
    assert live.levels["palace"] == pytest.approx(0.5)
    assert pygame.mixer.music.get_volume() == pytest.approx(0.25, abs=0.01)
    _steps(live, 40)
    assert live.levels == {"palace": 1.0}


def test_a_change_fades_the_old_track_out_then_the_new_one_in(live, opened):
    live.play_music("palace")
    _steps(live, 60)
    live.play_music("balcony")
    assert live.music == "balcony"
    _steps(live, 20)
    assert live.levels == pytest.approx({"palace": 1 / 3, "balcony": 0.0})
    assert opened == ["palace.ogg"] and pygame.mixer.music.get_busy()
    _steps(live, 10)  # the old one is out after half a second
    assert live.levels == {"balcony": 0.0}
    _steps(live, 30)
    assert opened == ["palace.ogg", "balcony.ogg"] and pygame.mixer.music.get_busy()
    assert live.levels["balcony"] == pytest.approx(0.5)
    _steps(live, 30)
    assert live.levels == {"balcony": 1.0}


def test_music_is_streamed_never_decoded_whole(live, opened, monkeypatch):
    """A decoded track is 8-9 MB; the stream holds none of them."""
    real = pygame.mixer.Sound
    decoded: list[str] = []

    def counting(path: str) -> pygame.mixer.Sound:
        decoded.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(audio_mod.pygame.mixer, "Sound", counting)
    for name in ("title", "palace", "slums"):
        live.play_music(name)
        _steps(live, 90)
    assert opened == ["title.ogg", "palace.ogg", "slums.ogg"] and decoded == []


def test_same_name_keeps_playing_and_none_fades_out(live, opened):
    live.play_music("slums")
    _steps(live, 60)
    live.play_music("slums")
    _steps(live, 5)
    assert live.levels == {"slums": 1.0} and opened == ["slums.ogg"]  # not restarted
    live.play_music("none")
    assert live.music == ""
    _steps(live, 29)
    assert 0.0 < live.levels["slums"] < 0.05
    live.update()
    assert live.levels == {} and not pygame.mixer.music.get_busy()


def test_returning_to_a_fading_track_fades_it_back(live, opened):
    live.play_music("title")
    _steps(live, 60)
    live.play_music("battle")
    _steps(live, 15)
    live.play_music("title")
    _steps(live, 30)
    assert live.levels == {"title": 1.0} and live.music == "title"
    assert opened == ["title.ogg"]  # it never stopped, and the other never started


def test_volumes_clamp_and_apply(live):
    live.play_music("ending")
    _steps(live, 60)
    live.set_volumes(2.0, -1.0)
    assert (live.music_volume, live.sfx_volume) == (1.0, 0.0)
    live.set_volumes(0.25, 0.5)
    assert pygame.mixer.music.get_volume() == pytest.approx(0.25, abs=0.01)


def test_sfx_play_and_unknown_names_warn_once(live, caplog):
    live.play_sfx("blip")
    live.play_sfx("menu_confirm")
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        live.play_sfx("kaboom")
        live.play_sfx("kaboom")
        live.play_music("disco")
    warnings = [r.getMessage() for r in caplog.records]
    assert sum("kaboom" in w for w in warnings) == 1
    assert any("unknown music track 'disco'" in w for w in warnings)


def test_missing_file_warns_and_does_not_crash(tmp_path, caplog, resolver):
    (tmp_path / "assets").mkdir()
    registry = Audio(resolver).registry
    service = Audio(AssetResolver(tmp_path), registry=registry)
    try:
        with caplog.at_level(logging.WARNING, logger="game.audio"):
            service.play_music("palace")
            service.play_sfx("item")
            service.update()
        assert any("cannot load" in r.getMessage() for r in caplog.records)
    finally:
        service.stop()
        pygame.mixer.quit()


def test_no_device_is_a_silent_no_op(resolver, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(audio_mod.pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(audio_mod.pygame.mixer, "init", refuse)
    monkeypatch.setattr(audio_mod.pygame.mixer, "Sound", refuse)
    monkeypatch.setattr(audio_mod.pygame.mixer, "Channel", refuse)
    service = Audio(resolver)
    assert service.available is False
    service.play_music("palace")
    service.play_sfx("shot")
    service.set_volumes(0.3, 0.3)
    _steps(service, 61)
    service.play_music("")
    _steps(service, 61)
    service.stop()
    assert service.levels == {}


def test_ambience_cross_fades_under_the_music_on_its_own_channels(live):
    live.play_music("palace")
    live.play_ambience("palace_hall")
    _steps(live, 60)
    assert live.ambience == "palace_hall" and live.ambience_levels == {"palace_hall": 1.0}
    assert pygame.mixer.Channel(0).get_busy()
    bed = live.registry.ambience["palace_hall"].volume
    assert pygame.mixer.Channel(0).get_volume() == pytest.approx(0.5 * bed, abs=0.01)
    live.play_ambience("garden_night")
    _steps(live, 30)
    assert live.ambience_levels == pytest.approx({"palace_hall": 0.5, "garden_night": 0.5})
    assert live.levels == {"palace": 1.0}  # the music does not notice
    live.play_ambience("none")
    _steps(live, 60)
    assert live.ambience == "" and live.ambience_levels == {}


def test_dialogue_blips_duck_the_music_then_it_recovers(live):
    live.play_music("palace")
    _steps(live, 60)
    full = pygame.mixer.music.get_volume()
    for _ in range(10):  # a line being typed: a blip every third step
        live.play_sfx("blip")
        _steps(live, 3)
    ducked = pygame.mixer.music.get_volume()
    assert ducked == pytest.approx(full * live.registry.effects["blip"].duck, abs=0.02)
    _steps(live, 40)
    assert pygame.mixer.music.get_volume() == pytest.approx(full, abs=0.01)


def test_old_names_still_play_through_aliases(live):
    live.play_music("battle")
    assert live.music == "flight_storm"


def test_a_broken_registry_is_a_content_error_naming_the_file(tmp_path):
    from game.core.errors import ContentError

    (tmp_path / "assets" / "data").mkdir(parents=True)
    (tmp_path / "assets" / "data" / "audio.json").write_text('{"music": {"x": {}}}')
    with pytest.raises(ContentError, match=r"assets/data/audio\.json: music 'x'"):
        Audio(AssetResolver(tmp_path))


def test_a_tree_without_a_registry_runs_silent_with_a_warning(tmp_path, caplog):
    (tmp_path / "assets").mkdir()
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        service = Audio(AssetResolver(tmp_path))
    try:
        service.play_music("palace")
        service.update()
        assert service.music == "" and service.registry.music == {}
        assert any("assets/data/audio.json" in r.getMessage() for r in caplog.records)
    finally:
        service.stop()
        pygame.mixer.quit()
