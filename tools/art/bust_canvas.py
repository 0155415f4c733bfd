"""The letter canvas and the head geometry shared by the portrait parts.

A portrait is drawn on a 64x64 grid of slot letters (those of
`tools.art.character_parts`, plus portrait letters listed in
`tools.art.portraits`) and only turned into colours at the end, like the
walk sprites. The face is symmetric about the line between columns 31 and 32.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools.art.letter_canvas import LetterCanvas

SIZE = 64
AXIS = 32.0  # x of the face's centre line (between pixel columns 31 and 32)
EYE_Y = 27  # row through the middle of the eyes
TOP_Y = 9  # top of the skull


class Canvas(LetterCanvas):
    """The 64x64 portrait grid, with a mirror for the symmetric face."""

    def __init__(self) -> None:
        super().__init__(SIZE, SIZE)

    def put2(self, x: int, y: int, ch: str, ch_right: str | None = None) -> None:
        """A pixel and its mirror image across the face's axis."""
        self.put(x, y, ch)
        self.put(SIZE - 1 - x, y, ch_right or ch)

    def get(self, x: int, y: int) -> str:
        return self.rows[y][x] if 0 <= x < SIZE and 0 <= y < SIZE else "."


@dataclass(frozen=True)
class HeadShape:
    """Half-widths of the face at temple, cheek, jaw and chin, and where jaw and chin are."""

    temple: float
    cheek: float
    jaw: float
    chin: float
    jaw_y: int
    chin_y: int
    curve: str  # round, taper, square: how the jaw meets the chin

    def half_width(self, y: int) -> float:
        """Half-width of the head at row y (0 outside it)."""
        brow = EYE_Y - 4
        cheek_y = EYE_Y + 2
        if y < TOP_Y or y > self.chin_y:
            return 0.0
        if y < brow:
            t = (brow - y) / (brow - TOP_Y + 0.6)
            return self.temple * max(0.0, 1 - t * t) ** 0.5
        if y < cheek_y:
            return _lerp(self.temple, self.cheek, (y - brow) / (cheek_y - brow))
        if y < self.jaw_y:
            return _lerp(self.cheek, self.jaw, (y - cheek_y) / (self.jaw_y - cheek_y))
        t = (y - self.jaw_y) / max(1, self.chin_y - self.jaw_y)
        if self.curve == "round":
            return self.chin + (self.jaw - self.chin) * max(0.0, 1 - t * t) ** 0.5
        if self.curve == "square":
            return self.jaw - (self.jaw - self.chin) * t ** 2.5
        return _lerp(self.jaw, self.chin, t)

    def span(self, y: int) -> tuple[int, int]:
        """First and last column of the face on row y (x0 > x1 when the row is empty)."""
        hw = round(self.half_width(y))
        return int(AXIS) - hw, int(AXIS) - 1 + hw


HEADS: dict[str, HeadShape] = {
    "round": HeadShape(12, 13, 12, 6, 36, 44, "round"),
    "oval": HeadShape(12, 12, 10, 4, 36, 45, "round"),
    "angular": HeadShape(12, 13, 9, 3, 35, 46, "taper"),
    "square": HeadShape(12, 13, 13, 8, 38, 44, "square"),
    "heart": HeadShape(13, 13, 9, 3, 35, 43, "taper"),
    "long": HeadShape(11, 11, 10, 5, 38, 46, "round"),
    "broad": HeadShape(13, 14, 14, 8, 38, 45, "square"),
    "full": HeadShape(13, 14, 14, 9, 37, 45, "round"),
    "narrow": HeadShape(11, 11, 9, 4, 36, 45, "taper"),
    "soft": HeadShape(12, 13, 13, 7, 37, 45, "round"),
    "small": HeadShape(11, 12, 11, 5, 35, 42, "round"),
}


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t
