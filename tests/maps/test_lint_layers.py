"""The linter checks what a map maker writes on layers: `lighting` and `drift`."""

from __future__ import annotations

from pathlib import Path

from tools.maps.lint import lint

ROOT = Path(__file__).resolve().parents[2]


def _room(tmp_path: Path, name: str, image: Path, image_props: str, tile_layers: str) -> Path:
    """A 4x4 room on the palace tiles: one image layer (with `image_props`), a floor,
    the `tile_layers` given, and a start spawn."""
    tileset = (ROOT / "assets" / "tilesets" / "palace.tsx").as_posix()
    floor = ",".join(["1"] * 16)
    path = tmp_path / f"{name}.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="4" height="4"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="9" nextobjectid="2">
 <tileset firstgid="1" source="{tileset}"/>
 <imagelayer id="1" name="{name}">
  <properties>{image_props}</properties>
  <image source="{image.as_posix()}"/>
 </imagelayer>
 <layer id="2" name="ground" width="4" height="4"><data encoding="csv">{floor}</data></layer>
{tile_layers} <objectgroup id="7" name="sprites"/>
 <objectgroup id="8" name="objects">
  <object id="1" name="start" type="Spawn" x="24" y="24"><point/></object>
 </objectgroup>
</map>""")
    return path


def test_layer_lighting_and_drift_are_checked(tmp_path: Path) -> None:
    sunlight = f""" <layer id="3" name="sunlight" width="4" height="4">
  <properties><property name="lighting" value="day,noon"/><property name="glow" value="1"/>
  </properties>
  <data encoding="csv">{",".join(["0"] * 16)}</data>
 </layer>
"""
    path = _room(tmp_path, "pods", ROOT / "assets" / "backdrops" / "balcony" / "pods.png",
                 '<property name="drift" value="9000"/>', sunlight)
    report, _ = lint(ROOT, [path], only_given=True)
    lines = [line.split(": ", 1)[1] for line in report.lines()]
    assert "image layer 'pods': drift '9000' should be pixels per second within +-240" in lines
    assert ("layer 'sunlight': has the property 'glow', which a layer does not have (it may "
            "have: lighting)") in lines
    assert ("layer 'sunlight': lighting 'day,noon' should list some of day, sunset, night, "
            "dawn, moon (assets/lighting.json)") in lines


def _backdrop_room(tmp_path: Path, image: Path, lighting: str) -> Path:
    return _room(tmp_path, "night_sky", image,
                 f'<property name="lighting" value="{lighting}"/>', "")


def test_a_backdrop_that_cannot_be_decoded_is_a_lint_error(tmp_path: Path) -> None:
    broken = tmp_path / "sky.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    report, _ = lint(ROOT, [_backdrop_room(tmp_path, broken, "night")], only_given=True)
    assert any("image layer 'night_sky'" in line and "cannot be read as a picture" in line
               for line in report.lines()), report.lines()


def test_a_backdrop_broken_after_the_load_shows_nothing_instead_of_stopping(
        tmp_path: Path, display, caplog) -> None:
    """A backdrop for a later hour is decoded when first shown; if its file broke in
    between, that frame goes on without it and the log says why."""
    from game.world.loader import load_map

    sky = tmp_path / "sky.png"
    sky.write_bytes((ROOT / "assets" / "backdrops" / "balcony" / "pods.png").read_bytes())
    data = load_map(_backdrop_room(tmp_path, sky, "night"))
    sky.write_bytes(b"\x89PNG\r\n\x1a\n broken since")
    (layer,) = data.layers.images
    assert layer.surface.get_size() == (1, 1)
    assert "night_sky" in caplog.text and "cannot be read" in caplog.text
