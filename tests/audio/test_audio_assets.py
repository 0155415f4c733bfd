"""The shipped sound as a listener would measure it: length, loudness, seams, size.

The committed Ogg files are decoded and measured (BS.1770 loudness with the same
tool the build uses); music is not re-rendered here, except one short song twice
to prove that rendering is deterministic.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.audio_registry import AudioRegistry
from tools.audio import build, synth
from tools.audio.ambience import load_beds
from tools.audio.encode import decode
from tools.audio.loudness import Levels, measure
from tools.audio.render import render_song
from tools.audio.score import parse_song

SHORT_SONG = """
tempo 150
meter 4/4
echo delay=3/16 feedback=0.4 mix=0.4
instrument lead pulse duty=0.25 adsr=0.01,0.1,0.6,0.2 vibrato=6,0.2,0.05 echo=0.5 lowpass=4000
instrument pad  saw adsr=0.1,0.3,0.7,0.3 detune=9 gain=0.1
instrument arp  triangle arp=0.04 gain=0.2
instrument kit  drums
section A bars=2
channel a lead
  C5 8 E5 8 G5! 4 ~ 8 r 8 A4 4 | F5 4+8 D5 8 B4 2 |
channel b pad style=block
  %C 1 | %G7 1 |
channel d kit
  [ k/c 4 h 8 h 8 s 4 o 4 | ]x2
section B bars=1
channel c arp
  G3/B3/D4 1 |
form A B A+2
"""
REGISTRY: AudioRegistry = build.load_registry()
MUSIC = list(REGISTRY.music)
AMBIENCE = list(REGISTRY.ambience)
EFFECTS = list(REGISTRY.effects)


def test_rendering_is_deterministic():
    synth.wavetable.cache_clear()
    synth.drum.cache_clear()
    first = render_song(parse_song("short", SHORT_SONG))  # cold caches
    second = render_song(parse_song("short", SHORT_SONG))  # warm caches change nothing
    assert np.array_equal(first, second)
    assert len(first) == round(5 * 1.6 * synth.RATE)  # 5 bars at 150 bpm


def test_every_sound_has_a_recipe_for_the_build(repo_root: Path):
    beds = load_beds()
    for name in MUSIC:
        assert (build.SONG_DIR / f"{name}.txt").is_file(), f"{name}: no song text"
    assert set(AMBIENCE) <= set(beds)
    assert set(EFFECTS) <= set(build.EFFECTS)


@pytest.fixture(scope="module")
def loops(repo_root: Path) -> dict[str, tuple[Levels, np.ndarray]]:
    out = {}
    for track in (*REGISTRY.music.values(), *REGISTRY.ambience.values()):
        path = repo_root / track.file
        assert path.is_file(), f"missing {track.file}: run python -m tools.audio.build"
        rate, samples = decode(path)
        assert rate == synth.RATE
        out[track.file] = (measure(samples), samples)
    return out


@pytest.mark.parametrize("name", MUSIC)
def test_music_lasts_a_scene_and_loops_seamlessly(loops, name: str):
    levels, samples = loops[REGISTRY.music[name].file]
    assert 90.0 <= levels.seconds <= 180.0, f"{name} loops after {levels.seconds:.0f} s"
    assert levels.seam_ok, f"loop seam jump {levels.seam:.4f} vs typical {levels.typical_step}"
    # no silent gap at the loop point: sound rings on through the last 50 ms
    tail = samples[-synth.RATE // 20 :]
    assert np.sqrt(np.mean(tail**2)) > 0.005, f"{name} fades out before it loops"


@pytest.mark.parametrize("name", MUSIC + AMBIENCE)
def test_loudness_is_levelled_and_nothing_clips(loops, name: str):
    track = REGISTRY.music.get(name) or REGISTRY.ambience[name]
    levels, _ = loops[track.file]
    assert abs(levels.lufs - track.loudness) <= 1.0, f"{name}: {levels.lufs:.1f} LUFS"
    assert levels.peak < 0.99, f"{name} clips ({levels.peak:.2f})"


def test_all_music_at_one_loudness(loops):
    values = [loops[REGISTRY.music[n].file][0].lufs for n in MUSIC]
    assert max(values) - min(values) <= 2.0  # every track within +-1 LU of the others' centre


def test_music_has_sections_not_one_phrase(repo_root: Path):
    shared = build.parse_motifs(build.MOTIFS.read_text(encoding="utf-8"))
    for name in MUSIC:
        song = build.load_song(build.SONG_DIR / f"{name}.txt", shared)
        assert len(song.sections) >= 3 and len(song.form) >= 3, f"{name}: too few sections"


def _repetition(samples: np.ndarray) -> float:
    """How nearly the track repeats itself: the best mean spectral match at any lag.

    One-second log-spectrum frames; for every lag from 8 s to half the track, the
    mean similarity of each frame with the frame that lag later. A short phrase
    looped over and over scores 1.0 at its own length; real sections score far less.
    """
    rate = synth.RATE
    freqs = np.fft.rfftfreq(rate, 1.0 / rate)
    edges = np.geomspace(60.0, 10000.0, 41)
    masks = [(freqs >= lo) & (freqs < hi) for lo, hi in itertools.pairwise(edges)]
    frames = []
    for i in range(len(samples) // rate):
        power = np.abs(np.fft.rfft(samples[i * rate : (i + 1) * rate] * np.hanning(rate))) ** 2
        frames.append(np.log10(np.array([power[m].sum() for m in masks]) + 1e-9))
    p = np.array(frames)
    p -= p.mean(axis=1, keepdims=True)
    p /= np.linalg.norm(p, axis=1, keepdims=True)
    n = len(p)
    return max(float(np.mean(np.sum(p[: n - lag] * p[lag:], axis=1)))
               for lag in range(8, n // 2 + 1))


@pytest.mark.parametrize("name", MUSIC)
def test_no_track_is_one_phrase_on_repeat(loops, name: str):
    _, samples = loops[REGISTRY.music[name].file]
    assert _repetition(samples) < 0.85, f"{name} sounds like one phrase looped"
    assert _repetition(np.tile(samples[: 24 * synth.RATE], 4)) > 0.95  # the measure works


@pytest.mark.parametrize("name", EFFECTS)
def test_effects_start_and_end_silent_without_clipping(repo_root: Path, name: str):
    _, samples = decode(repo_root / REGISTRY.effects[name].file)
    assert np.max(np.abs(samples)) < 0.99
    assert abs(samples[0]) < 0.02 and abs(samples[-1]) < 0.02


def test_ogg_plays_through_the_mixer(repo_root: Path):
    pygame.mixer.init(frequency=22050, size=-16, channels=2)
    try:
        track = REGISTRY.music["kara_lena"]
        sound = pygame.mixer.Sound(str(repo_root / track.file))
        _, samples = decode(repo_root / track.file)
        assert sound.get_length() == pytest.approx(len(samples) / synth.RATE, abs=0.05)
        channel = sound.play(loops=-1)
        assert channel is not None and channel.get_busy()
        for name in EFFECTS:
            assert pygame.mixer.Sound(str(repo_root / REGISTRY.effects[name].file)).get_length() > 0
    finally:
        pygame.mixer.quit()


def test_audio_folder_ships_smaller_than_the_old_wavs(repo_root: Path):
    files = [p for p in (repo_root / "assets" / "audio").rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix == ".wav"], "Ogg replaced the WAV files"
    assert sum(p.stat().st_size for p in files) < 9_800_000  # today's WAVs: 9.8 MB
    assert (repo_root / "assets" / "audio" / "LICENSE.txt").read_text().count("CC0") >= 1
    minutes = sum(decode(repo_root / REGISTRY.music[n].file)[1].size for n in MUSIC) / 22050 / 60
    assert minutes >= 3 * 3.6  # three times the 3.6 minutes of music we had


def test_spectrograms_exist_for_every_loop(repo_root: Path):
    for name in MUSIC + AMBIENCE:
        image = repo_root / "docs" / "img" / "audio" / f"{name}.png"
        assert image.is_file(), f"no spectrogram for {name}: run python -m tools.audio.build"
