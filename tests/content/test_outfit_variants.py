"""An outfit variant (Lena in the hooded coat, `lena_hooded`) is its own character id
with its own walk sheet, but shares Lena's name: lines written "Lena:" anywhere in the
story keep Lena's own face, and the variant is reached by its id."""

from __future__ import annotations

from pathlib import Path

from game.content import load_content
from game.core.assets import AssetResolver
from game.flight.registry import STAGE_WORDS

ROOT = Path(__file__).resolve().parents[2]


def test_a_variant_leaves_the_shared_name_to_the_character_it_dresses() -> None:
    content = load_content(AssetResolver(ROOT), STAGE_WORDS)
    lena, hooded = content.speaker("Lena"), content.speaker("lena_hooded")
    assert lena is not None and hooded is not None
    assert (lena.sprite, lena.portrait) == ("lena", "lena")
    assert (hooded.sprite, hooded.name) == ("lena_hooded", "Lena")
