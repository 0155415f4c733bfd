"""Map-wide settings from the map's own properties: title, music, ambience, lighting (and the
lighting modes an image layer is shown under).

Lighting modes are data (`assets/lighting.json`), so the loader is told which
exist instead of keeping its own list; a new mode needs no Python edit.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from game.core.errors import ContentError


@dataclass(frozen=True)
class MapSettings:
    title: str
    music: str
    lighting: str
    ambience: str = ""  # the bed under the music (assets/data/audio.json), "" for none


def map_settings(name: str, properties: dict[str, Any],
                 lighting_modes: Collection[str] | None) -> MapSettings:
    """The settings of map `name`; `lighting_modes` None accepts any mode (drawing tools)."""
    lighting = str(properties.get("lighting", "day"))
    if lighting_modes is not None and lighting not in lighting_modes:
        raise ContentError(
            f"{name}: map property lighting={lighting!r} is not one of "
            f"{', '.join(lighting_modes)} (the modes of assets/lighting.json)")
    return MapSettings(
        title=str(properties.get("title", name.replace("_", " ").title())),
        music=str(properties.get("music", "")),
        lighting=lighting,
        ambience=str(properties.get("ambience", "")),
    )


def check_layer_modes(map_name: str, layer: str, modes: tuple[str, ...],
                      lighting_modes: Collection[str] | None) -> None:
    """A layer shown only under some modes must name modes that exist."""
    if lighting_modes is None:
        return
    for mode in modes:
        if mode not in lighting_modes:
            raise ContentError(
                f"{map_name}: {layer} has lighting={','.join(modes)!r}; "
                f"'{mode}' is not one of {', '.join(lighting_modes)}")
