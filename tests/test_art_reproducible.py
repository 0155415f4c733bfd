"""The committed art is exactly what the generators in tools/art produce.

Anyone can change a sheet by editing its text source and rerunning
`python -m tools.art.build`; this test makes sure nobody edits a PNG by hand
(or forgets to commit a regenerated one). Images are compared by pixels, not
bytes, so a different zlib build cannot fail it.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tools.art.build import build_all

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, display) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("assets")
    return out, build_all(out)


def test_every_generated_file_is_committed_unchanged(generated: tuple[Path, list[Path]]) -> None:
    out, files = generated
    assert len(files) > 100
    stale = []
    for path in files:
        rel = path.relative_to(out)
        committed = ROOT / "assets" / rel
        if not committed.exists():
            stale.append(f"{rel}: not committed")
        elif path.suffix == ".png":
            a, b = pygame.image.load(str(path)), pygame.image.load(str(committed))
            if a.get_size() != b.get_size() or pygame.image.tobytes(a, "RGBA") != \
                    pygame.image.tobytes(b, "RGBA"):
                stale.append(f"{rel}: pixels differ")
        elif path.read_bytes() != committed.read_bytes():
            stale.append(f"{rel}: content differs")
    assert not stale, "run `python -m tools.art.build` and commit:\n" + "\n".join(stale)


def test_running_twice_gives_identical_files(generated: tuple[Path, list[Path]],
                                             tmp_path: Path) -> None:
    out, files = generated
    again = build_all(tmp_path)
    assert [p.relative_to(tmp_path) for p in again] == [p.relative_to(out) for p in files]
    for first, second in zip(files, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.relative_to(out)
