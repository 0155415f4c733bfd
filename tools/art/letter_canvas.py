"""The letter grid the walk sprites and the portraits are drawn on: slot letters
(`tools.art.character_parts`) are put, outlined in ink, and only then turned into
palette colours, so every sheet is deterministic text until the last step."""

from __future__ import annotations


class LetterCanvas:
    """A `width` x `height` grid of slot letters; '.' is empty."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.rows = [["."] * width for _ in range(height)]

    def put(self, x: int, y: int, ch: str) -> None:
        if 0 <= x < self.width and 0 <= y < self.height and ch not in " .":
            self.rows[y][x] = ch

    def grid(self, rows: list[str], x: int, y: int) -> None:
        for dy, row in enumerate(rows):
            for dx, ch in enumerate(row):
                self.put(x + dx, y + dy, ch)

    def span(self, x0: int, y: int, letters: str) -> None:
        for i, ch in enumerate(letters):
            self.put(x0 + i, y, ch)

    def outline(self, ink: str = "0") -> None:
        """Ink round everything drawn (its empty 4-neighbours)."""
        src = [r[:] for r in self.rows]
        w, h = self.width, self.height
        for y in range(h):
            for x in range(w):
                if src[y][x] != ".":
                    continue
                for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                    if 0 <= nx < w and 0 <= ny < h and src[ny][nx] != ".":
                        self.rows[y][x] = ink
                        break

    def shade(self, spans: tuple[tuple[int, int, int], ...], ch: str = "1") -> None:
        """A floor shadow after the outline, on empty cells only (so it has no line)."""
        for x0, width, y in spans:
            for x in range(max(0, x0), min(self.width, x0 + width)):
                if 0 <= y < self.height and self.rows[y][x] == ".":
                    self.rows[y][x] = ch

    def lines(self) -> list[str]:
        return ["".join(r) for r in self.rows]
