"""The wardrobe command: a person changes clothes and keeps them on (game/world/wardrobe.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.commands.params import ArgError, Cast
from game.world.commands.registry import Command, command

if TYPE_CHECKING:
    from game.world.stage import Stage


def wear(stage: Stage, name: str, outfit: str) -> None:
    """WHO changes into OUTFIT (an id of assets/data/characters.json with WHO's name,
    e.g. `<<wear Lena lena_servant>>`; WHO's own id takes the outfit off). Every
    sprite and portrait of WHO shows it from now on, the player's too, through doors
    and saves."""
    content = stage.content
    person, dress = content.speaker(name), content.characters.get(outfit)
    if person is None or dress is None or dress.name != person.name:
        raise ArgError(f"'{outfit}' is not an outfit of {name} (its name in "
                       "assets/data/characters.json must be the same)")
    outfits = stage.session.outfits
    if outfit == person.id:
        outfits.pop(person.id, None)
    else:
        outfits[person.id] = outfit
    player = content.characters.get(stage.session.player_character)
    if player is not None and player.name == person.name and player.id != person.id:
        # playing a variant named outright (play_as lena_jacket): back to her own id,
        # so the outfit dresses the player as well
        stage.session.player_character = person.id
        stage.world.set_player_character(person.id)
    stage.world.redress(person.id)


COMMANDS: tuple[Command, ...] = (
    command("wear", wear, Cast("WHO"), Cast("OUTFIT", ids=True, key="outfit")),
)
