"""The linter checks what a map maker writes on layers: `lighting`, `drift` and `when`."""

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
            "have: lighting, when)") in lines
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


def _when_layer(name: str, props: str, layer_id: int = 4) -> str:
    cells = ",".join(["0"] * 5 + ["2"] + ["0"] * 10)
    return f""" <layer id="{layer_id}" name="{name}" width="4" height="4">
  <properties>{props}</properties>
  <data encoding="csv">{cells}</data>
 </layer>
"""


def test_a_tile_layers_when_is_checked_like_an_objects(tmp_path: Path) -> None:
    layers = (_when_layer("barricade", '<property name="when" value="$no_such_flag and"/>')
              + _when_layer("wreck", '<property name="when" value="$knelt"/>'
                            '<property name="lighting" value="night"/>', 5)
              + _when_layer("banquet", '<property name="when" value="$knelt"/>', 6))
    path = _room(tmp_path, "hall", ROOT / "assets" / "backdrops" / "balcony" / "pods.png",
                 "", layers)
    report, _ = lint(ROOT, [path], only_given=True)
    lines = [line.split(": ", 1)[1] for line in report.lines()]
    barricade = [line for line in lines if line.startswith("layer 'barricade': when condition")]
    assert barricade, lines
    assert ("layer 'wreck': has both `when` and `lighting`; a layer with `when` takes no "
            "`lighting` (give those tiles a layer of their own)") in lines
    assert not [line for line in lines if "'banquet'" in line], "a good `when` is quiet"


def test_a_bad_when_on_a_tile_layer_stops_the_load_with_its_name(tmp_path: Path,
                                                                display) -> None:
    """At run time the same mistake is a content error naming the map and the layer
    (the game shows it on its error panel), never a crash or a layer silently shown."""
    import pytest

    from game.core.errors import ContentError
    from game.world.loader import load_map

    path = _room(tmp_path, "hall", ROOT / "assets" / "backdrops" / "balcony" / "pods.png", "",
                 _when_layer("barricade", '<property name="when" value="$met_lena =="/>'))
    with pytest.raises(ContentError, match="hall: layer 'barricade': when condition"):
        load_map(path)
