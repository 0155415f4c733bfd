"""Faces match their names: every speaker has a speaking portrait, every tag a face,
no two characters could be mistaken, and the cast sheet's details are drawn."""

from __future__ import annotations

import itertools
import json
from collections.abc import Collection
from pathlib import Path

import pygame
import pytest

from game.content import Content, load_content, portrait_frame
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.core.expressions import parse_expressions
from game.dialogue.model import LineStmt
from game.flight.registry import STAGE_WORDS
from tools.art import portraits
from tools.art.cast import load_cast, parse_cast
from tools.art.palette import PALETTE

ROOT = Path(__file__).resolve().parents[1]
NEAR_IDENTICAL = 0.3  # share of the pixels two portraits must differ in, at the least
NEAR_IDENTICAL_FACE = 0.2  # the same for the head alone (hair and face, no clothes)
HEAD = (16, 8, 32, 40)


@pytest.fixture(scope="module")
def content(display: pygame.Surface) -> Content:
    return load_content(AssetResolver.discover(), STAGE_WORDS)


@pytest.fixture(scope="module")
def assets(display: pygame.Surface) -> AssetResolver:
    return AssetResolver.discover()


def _spoken_lines(content: Content) -> list[LineStmt]:
    return [stmt for node in content.program.nodes.values() for stmt in node.statements()
            if isinstance(stmt, LineStmt) and stmt.speaker is not None]


def test_every_speaker_in_every_script_has_a_full_portrait(content: Content,
                                                           assets: AssetResolver) -> None:
    table = content.expressions
    lines = _spoken_lines(content)
    assert len(lines) > 100
    for stmt in lines:
        info = content.speaker(stmt.speaker or "")
        assert info is not None and info.portrait, f"{stmt.loc}: {stmt.speaker} has no portrait"
        sheet = assets.image(f"assets/portraits/{info.portrait}.png")
        assert sheet.get_size() == (table.size * len(table.names), table.size * 3), stmt.loc


def test_every_expression_tag_used_exists(content: Content) -> None:
    unknown = [f"{stmt.loc}: #{tag}" for stmt in _spoken_lines(content) for tag in stmt.tags
               if not tag.startswith("line:") and not content.expressions.is_known(tag)]
    assert not unknown, "tags with no face in assets/data/expressions.json:\n" + "\n".join(unknown)


def test_main_cast_has_eight_expressions_that_act(content: Content) -> None:
    for name in ("neutral", "happy", "sad", "angry", "surprised", "afraid", "tender",
                 "determined"):
        assert name in content.expressions.names


def test_a_tag_picks_its_column_and_an_alias_its_face(content: Content,
                                                      assets: AssetResolver) -> None:
    kara = content.characters["kara"]
    afraid = portrait_frame(assets, kara, ("worried",), content.expressions)
    direct = portrait_frame(assets, kara, ("afraid",), content.expressions)
    neutral = portrait_frame(assets, kara, ("line:x",), content.expressions)
    assert afraid is not None and direct is not None and neutral is not None
    raw = [pygame.image.tobytes(p.still, "RGBA") for p in (afraid, direct, neutral)]
    assert raw[0] == raw[1] != raw[2]
    assert pygame.image.tobytes(afraid.talk, "RGBA") != raw[0]


def _neutral(assets: AssetResolver, cid: str) -> pygame.Surface:
    return assets.image(f"assets/portraits/{cid}.png").subsurface((0, 0, 64, 64))


def _difference(a: pygame.Surface, b: pygame.Surface,
                rect: tuple[int, int, int, int] = (0, 0, 64, 64)) -> float:
    """Share of the pixels where either face is drawn that differ in colour."""
    drawn = differ = 0
    x0, y0, w, h = rect
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            ca, cb = a.get_at((x, y)), b.get_at((x, y))
            if ca.a or cb.a:
                drawn += 1
                differ += ca != cb
    return differ / max(drawn, 1)


def _outfit_of(a: str, b: str, cast: Collection[str] = ()) -> bool:
    """One person in another outfit (lena and lena_jacket, or lena_jacket and
    lena_servant: both outfits of `lena`) keeps her own face."""
    def person(cid: str) -> str:
        return next((p for p in cast if cid.startswith(p + "_")), cid)
    return b.startswith(a + "_") or a.startswith(b + "_") or person(a) == person(b)


def test_no_two_faces_are_near_identical(assets: AssetResolver) -> None:
    cast = load_cast()
    faces = {cid: _neutral(assets, cid) for cid in cast}
    close = [(a, b, round(d, 3)) for a, b in itertools.combinations(cast, 2)
             if not _outfit_of(a, b, cast)
             and ((d := _difference(faces[a], faces[b])) < NEAR_IDENTICAL
                  or (d := _difference(faces[a], faces[b], HEAD)) < NEAR_IDENTICAL_FACE)]
    assert not close, f"faces a player could mistake for each other: {close}"


def test_main_cast_share_no_face_template() -> None:
    main = [m for m in load_cast().values() if m.main]
    assert len(main) >= 8
    faces = [(m.face.shape, m.face.nose, m.face.eyes, m.face.brows, m.face.mouth) for m in main]
    assert len(set(faces)) == len(faces)
    assert len({m.face.shape for m in main}) >= 6


def _colours(surface: pygame.Surface, rect: tuple[int, int, int, int]) -> list[str]:
    names = {v: k for k, v in PALETTE.items()}
    x0, y0, w, h = rect
    out = []
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            c = surface.get_at((x, y))
            if c.a:
                out.append(names[(c.r, c.g, c.b)])
    return out


def test_the_named_fixes_are_drawn(assets: AssetResolver) -> None:
    cast = load_cast()
    varn, ysolde, castan, rhea = (cast[c] for c in ("noble_a", "noble_b", "noble_c", "rhea"))
    assert "walrus_moustache" in varn.face.marks
    assert not {"short_beard", "full_beard", "stubble"} & set(ysolde.face.marks)
    assert ysolde.clothes.bust in ("gown", "dress") and ysolde.age >= 60
    assert "pencil_moustache" in castan.face.marks and castan.hair.style == "slick"
    assert rhea.age >= 50 and "tall_crown" in rhea.extras
    # Lord Varn's moustache: grey hair between his nose and his mouth
    face = portraits.face_of(varn)
    band = (24, face.nose_bottom + 1, 16, face.mouth_y - face.nose_bottom)
    assert _colours(_neutral(assets, "noble_a"), band).count("marble") >= 8
    # Lady Ysolde's chin is bare skin, not beard
    chin = _colours(_neutral(assets, "noble_b"), (28, portraits.face_of(ysolde).head.chin_y - 3,
                                                   8, 2))
    assert all(c.startswith("skin") or c == "white" for c in chin), chin


def test_karas_glasses_are_clear_not_dark(assets: AssetResolver) -> None:
    """Inside the rims a player sees skin and eyes: rim and lens are never a dark patch."""
    kara = _neutral(assets, "kara")
    lens = _colours(kara, (20, 24, 8, 6))
    dark = sum(c in ("ink", "shadow", "navy", "violet_dark") for c in lens)
    assert "gold" in _colours(kara, (18, 23, 12, 8))
    assert dark / len(lens) < 0.3, lens


def test_bad_expression_and_cast_data_say_what_is_wrong() -> None:
    good = json.loads((ROOT / "assets/data/expressions.json").read_text(encoding="utf-8"))
    broken = dict(good, aliases={"worried": "panicked"})
    with pytest.raises(ContentError, match=r"alias 'worried'.*unknown expression 'panicked'"):
        parse_expressions(broken)
    with pytest.raises(ContentError, match="'size'"):
        parse_expressions(dict(good, size=1e9))
    cast = json.loads((ROOT / "assets/data/cast.json").read_text(encoding="utf-8"))
    cast["kara"]["face"]["nose"] = "trunk"
    with pytest.raises(ContentError, match="character 'kara': face: 'nose' is 'trunk'"):
        parse_cast(cast)
    cast["kara"]["face"]["nose"] = "button"
    cast["kara"]["age"] = 1e400
    with pytest.raises(ContentError, match="'age' must be a whole number"):
        parse_cast(cast)


def test_the_linter_names_a_tag_with_no_face_by_file_and_line() -> None:
    from game.dialogue.program import parse_source
    from tools.maps.checks_scripts import _check_expression_tags
    from tools.maps.context import Project, Report

    nodes, errors = parse_source("assets/dialogue/test.yarn", "title: Start\n---\n"
                                 "Kara: Fine. #worried\nKara: Wonderful. #gleeful\n===\n")
    assert not errors
    project = Project(root=ROOT, nodes={n.title: n for n in nodes})
    report = Report()
    _check_expression_tags(project, report)
    lines = [str(f) for f in report.errors]
    assert len(lines) == 1 and "test.yarn:4" in lines[0] and "#gleeful" in lines[0], lines


def test_the_cast_sheet_describes_every_character_of_the_registry(content: Content) -> None:
    cast = load_cast()
    assert set(cast) == set(content.characters)
    for member in cast.values():
        assert member.signature and member.build


def test_face_numbers_out_of_range_are_refused(tmp_path: Path) -> None:
    data = json.loads((ROOT / "assets/data/expressions.json").read_text(encoding="utf-8"))
    data["expressions"][1]["eyes"] = 99
    path = tmp_path / "expressions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError, match="expression 'happy': 'eyes' is 99"):
        portraits.load_looks(path)
