"""The synthesiser and its output: deterministic, complete, seamless, never clipping.

Music is not re-rendered here (a full build takes ~30 s); the committed files are
checked instead, and one short song is rendered twice to prove determinism.
"""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from game import audio
from tools.audio import build, sfx, synth
from tools.audio.render import render_song
from tools.audio.score import ScoreError, parse_song
from tools.audio.wavio import measure, read_wav, wav_bytes

SHORT_SONG = """
tempo 150
meter 4/4
bars 2
echo delay=3/16 feedback=0.4 mix=0.4
instrument lead pulse duty=0.25 adsr=0.01,0.1,0.6,0.2 vibrato=6,0.2,0.05 echo=0.5 lowpass=4000
instrument pad  saw adsr=0.1,0.3,0.7,0.3 detune=9 gain=0.1
instrument arp  triangle arp=0.04 gain=0.2
instrument kit  drums
channel a lead
  C5 8 E5 8 G5! 4 ~ 8 r 8 A4 4 | F5 4+8 D5 8 B4 2 |
channel b pad
  C4/E4/G4 1 | D4/F4/G4/B4 1 |
channel c arp
  [ C4/E4/G4 2 ]x2 | G3/B3/D4 1 |
channel d kit
  [ k/c 4 h 8 h 8 s 4 o 4 | ]x2
"""


def _render() -> bytes:
    return wav_bytes(render_song(parse_song("short", SHORT_SONG)))


def test_rendering_is_deterministic():
    synth.wavetable.cache_clear()
    synth.drum.cache_clear()
    first = _render()  # cold caches
    second = _render()  # warm caches must not change a single byte
    assert first == second
    assert len(first) > 44 + 2 * synth.RATE  # 2 bars at 150 bpm = 3.2 s


def test_effects_in_repo_match_a_fresh_render(repo_root: Path):
    for name in sfx.EFFECTS:
        committed = (repo_root / audio.sfx_path(name)).read_bytes()
        assert committed == wav_bytes(sfx.render_effect(name)), f"{name}: rebuild the audio"


def test_registry_matches_the_build():
    assert audio.MUSIC == build.SONGS
    assert set(audio.SFX) == set(sfx.EFFECTS)


def test_bars_that_do_not_add_up_are_errors():
    bad = "tempo 120\nmeter 4/4\nbars 1\ninstrument x pulse\nchannel a x\n  C4 4 D4 4 E4 4 |\n"
    with pytest.raises(ScoreError, match="bar 1 lasts 3/4"):
        parse_song("bad", bad)
    with pytest.raises(ScoreError, match="not a note name"):
        parse_song("bad", bad.replace("C4 4", "H4 4 F4 4"))


def _all_files() -> list[str]:
    return [audio.music_path(n) for n in audio.MUSIC] + [audio.sfx_path(n) for n in audio.SFX]


@pytest.mark.parametrize("relative", _all_files())
def test_every_registered_file_is_a_valid_wav(repo_root: Path, relative: str):
    path = repo_root / relative
    assert path.is_file(), f"missing {relative}: run python -m tools.audio.build"
    with wave.open(str(path), "rb") as src:
        assert (src.getnchannels(), src.getsampwidth(), src.getframerate()) == (1, 2, 22050)
        assert src.getnframes() > 0


@pytest.fixture(scope="module")
def music_levels(repo_root: Path):
    return {n: measure(read_wav(repo_root / audio.music_path(n))[1]) for n in audio.MUSIC}


@pytest.mark.parametrize("name", audio.MUSIC)
def test_music_loops_seamlessly_without_clipping(music_levels, name: str):
    levels = music_levels[name]
    assert 20.0 <= levels.seconds <= 40.0
    assert levels.peak < 0.9
    assert levels.rms > 0.05, "too quiet to be music"
    assert levels.seam_ok, f"loop seam jump {levels.seam:.4f} vs typical {levels.typical_step}"


@pytest.mark.parametrize("name", audio.SFX)
def test_effects_start_and_end_silent_without_clipping(repo_root: Path, name: str):
    _, samples = read_wav(repo_root / audio.sfx_path(name))
    assert max(abs(x) for x in samples) < 0.9
    assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.01


def test_audio_folder_stays_small(repo_root: Path):
    total = sum(p.stat().st_size for p in (repo_root / "assets" / "audio").rglob("*"))
    assert total < 12_000_000
    assert (repo_root / "assets" / "audio" / "LICENSE.txt").read_text().count("CC0") >= 1
