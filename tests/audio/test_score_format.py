"""The song text format: sections, forms, chord symbols, motifs, and errors that say where."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tools.audio.harmony import accompany, stretch_duration, transform_motif
from tools.audio.score import ScoreError, parse_motifs, parse_song

HEAD = "tempo 120\nmeter 4/4\ninstrument x pulse\ninstrument k drums\n"


def test_bars_that_do_not_add_up_are_errors():
    bad = HEAD + "bars 1\nchannel a x\n  C4 4 D4 4 E4 4 |\n"
    with pytest.raises(ScoreError, match="bar 1 lasts 3/4"):
        parse_song("bad", bad)
    with pytest.raises(ScoreError, match="not a note name"):
        parse_song("bad", bad.replace("C4 4", "H4 4 F4 4"))


def test_the_form_places_and_transposes_sections():
    song = parse_song("s", HEAD + "section A bars=1\nchannel a x\n  C4 1 |\n"
                      "section B bars=2\nchannel a x\n  E4 1 | G4 1 |\n"
                      "channel d k\n  [ k 4 s 4 k 4 s 4 | ]x2\nform A B A+2\n")
    assert song.bars == 4 and song.seconds(song.loop_length) == 8.0
    melody = next(c for c in song.channels if c.name == "a")
    assert [(e.start, e.pitches) for e in melody.events] == [
        (Fraction(0), ("C4",)), (Fraction(1), ("E4",)), (Fraction(2), ("G4",)),
        (Fraction(3), ("D4",))]
    drums = next(c for c in song.channels if c.name == "d")
    assert drums.events[0].start == 1 and len(drums.events) == 8  # drums only in B


def test_chord_symbols_become_the_channel_style():
    assert accompany("Dm7", Fraction(1, 2), "block", Fraction(1, 4)) == [
        (Fraction(0), Fraction(1, 2), (50, 53, 57, 60))]
    arp = accompany("C", Fraction(1, 2), "arp8", Fraction(1, 4))
    assert [p for _, _, p in arp] == [(60,), (64,), (67,), (72,)]
    assert accompany("C/E", Fraction(1, 4), "bass", Fraction(1, 4))[0][2] == (40,)
    song = parse_song("s", HEAD + "bars 1\nchannel h x style=bass8\n  %F 2 %G7 2 |\n")
    assert [e.pitches[0] for e in song.channels[0].events][:5] == ["F2", "F2", "F3", "F2", "G2"]


def test_a_motif_returns_transposed_slowed_and_minor():
    motifs = parse_motifs("motif theme C4\n  C5 4 E5 4 G5 2 | A5 1 |\n")
    tonic, body = motifs["theme"]
    assert transform_motif(body, tonic, {"t": "2"}) == [
        "D5", "4", "F#5", "4", "A5", "2", "B5", "1", "||"]
    assert transform_motif(body, tonic, {"s": "2", "m": "minor"}) == [
        "C5", "2", "Eb5", "2", "G5", "1", "Ab5", "1+1", "||"]
    song = parse_song("s", HEAD + "motif theme C4\n  C5 4 E5 4 G5 2 | A5 1 |\n"
                      "bars 4\nchannel a x\n  @theme(s=2)\n")
    assert [e.length for e in song.channels[0].events] == [
        Fraction(1, 2), Fraction(1, 2), Fraction(1), Fraction(2)]


@pytest.mark.parametrize(("text", "message"), [
    ("section A bars=1\nchannel a x\n  C4 1 |\nform A Z\n", "plays section 'Z'"),
    ("bars 1\nchannel a x\n  %Dm 1 |\n", "chord symbol %Dm in a channel without style="),
    ("bars 1\nchannel a x style=waltzing\n  %Dm 1 |\n", "unknown style 'waltzing'"),
    ("bars 1\nchannel a x style=block\n  %Dq 1 |\n", "unknown chord quality"),
    ("bars 1\nchannel a x\n  @nothing\n", "unknown motif @nothing"),
    ("motif m C4\n  C4 2 D4 2 |\nbars 1\nchannel a x\n  @m(s=1/2) C4 2 |\n", "motif ending"),
    ("motif m C4\n  C4 2 D4 2 |\nbars 1\nchannel a x\n  @m(z=1)\n", "unknown motif options"),
    ("section A bars=1\nchannel a y\n  C4 1 |\n", "uses unknown y"),
])
def test_mistakes_name_the_song_and_the_place(text, message):
    with pytest.raises(ScoreError, match=r"^bad") as err:
        parse_song("bad", HEAD + text)
    assert message in str(err.value)


def test_note_values_stretch_into_ties():
    assert stretch_duration("1", Fraction(2)) == "1+1"
    assert stretch_duration("4.", Fraction(1, 2)) == "8."
    assert stretch_duration("2+8", Fraction(2)) == "1+4"
