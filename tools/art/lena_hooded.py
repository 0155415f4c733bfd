"""Lena in Kara's hooded coat (Act 4: the escape to the pod platform): her own sprite
spec from the cast sheet with the hood up and a plain dark coat over the dress, so the
walk sheet matches her in every pose. Writes sprites/characters/lena_hooded.png; the
portrait stays Lena's own (characters.json points at it)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tools.art.cast import load_cast
from tools.art.characters import sheet, spec_for
from tools.art.pixels import save_png
from tools.art.pose_rows import load_pose_rows


def build(root: Path) -> list[Path]:
    lena = spec_for(load_cast()["lena"])
    hooded = replace(lena, hair="dark_brown", hair_style="hood", outfit="coat",
                     top="charcoal", bottom="charcoal", accent="leather", cape="charcoal",
                     skirt="coat", extras=())
    out = root / "sprites" / "characters" / "lena_hooded.png"
    return [save_png(sheet(hooded, load_pose_rows()), out)]
