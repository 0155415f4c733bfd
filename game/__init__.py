"""Red Sun over Daxam: a story-driven top-down adventure.

Sub-packages by concern: `core` (loop, scenes, input, assets, display),
`world` (maps, characters, collision, camera, cutscenes), `dialogue` (script
language and flags), `ui` (text, boxes, menus), `flight` (the pod-flight
minigame), `persistence` (saves and settings). Nothing here does I/O at import.
"""

import os as _os

# pygame prints a banner on import; players and logs do not need it.
_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
GAME_TITLE = "Red Sun over Daxam"
# The window's icon and the bundle's (tools/build_bundle.py): the square around the
# red sun in the title sky (480x270): picture, then x, y, side.
ICON_SOURCE = "assets/ui/title_backdrop_sky.png"
ICON_CROP = (144, 78, 192)
