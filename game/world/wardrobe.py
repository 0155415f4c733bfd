"""Who wears what: a person's outfit, kept in the session by their base id.

An outfit variant (`lena_servant`, `kara_crowned`) is a character of its own that
shares its person's name. `<<wear Lena lena_servant>>` writes `{"lena":
"lena_servant"}` into the session, and from then on every sheet and portrait asked
for `lena` (the player, an NPC a map places, a follower) is the outfit's, through
doors and saves, until she wears something else. A variant named outright
(`<<play_as lena_jacket>>`, an NPC whose character is `lena_hooded`) is drawn as
itself: the wardrobe only dresses the person's own id.
"""

from __future__ import annotations

from collections.abc import Mapping


def dressed(outfits: Mapping[str, str], character: str, known: Mapping[str, object]) -> str:
    """The character id to draw for `character`: its outfit when it wears a known one.
    An outfit the game no longer knows (an old save) is ignored, never an error."""
    outfit = outfits.get(character)
    return outfit if outfit is not None and outfit in known else character
