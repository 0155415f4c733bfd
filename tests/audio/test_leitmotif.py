"""Kara and Lena's theme returns, changed, at the sunset, the vow, the farewell and the end.

A listener recognises a theme by its shape (the steps between its notes) even
when it moves key, slows down or turns minor; these tests look for that shape in
the melody each story moment plays.
"""

from __future__ import annotations

from fractions import Fraction

from tools.audio import build
from tools.audio.harmony import midi_number
from tools.audio.score import Song, load_song

# G C E D C A: up a fourth, up a third, down, down, down a third
MAJOR = (5, 4, -2, -2, -3)
MINOR = (5, 3, -1, -2, -4)


def _song(name: str) -> Song:
    shared = build.parse_motifs(build.MOTIFS.read_text(encoding="utf-8"))
    return load_song(build.SONG_DIR / f"{name}.txt", shared)


def _statements(song: Song, shape: tuple[int, ...]) -> list[Fraction]:
    """Lengths of the first note wherever a melodic line plays `shape`."""
    found = []
    for channel in song.channels:
        if song.instruments[channel.instrument].wave == "drums":
            continue
        notes = [e for e in channel.events if len(e.pitches) == 1]
        midis = [midi_number(e.pitches[0]) for e in notes]
        for i in range(len(midis) - len(shape)):
            steps = tuple(midis[i + k + 1] - midis[i + k] for k in range(len(shape)))
            if steps == shape:
                found.append(notes[i].length)
    return found


def test_the_theme_is_heard_at_sunset_in_major():
    assert _statements(_song("kara_lena"), MAJOR)


def test_at_the_vow_it_returns_slowed_to_half_speed():
    sunset = min(_statements(_song("kara_lena"), MAJOR))
    vow = _statements(_song("vow"), MAJOR)
    assert vow and min(vow) == 2 * sunset


def test_at_the_farewell_it_turns_minor():
    farewell = _song("farewell")
    assert _statements(farewell, MINOR) and not _statements(farewell, MAJOR)


def test_it_comes_home_at_the_ending():
    for name in ("epilogue", "coronation", "credits"):
        assert _statements(_song(name), MAJOR), name
