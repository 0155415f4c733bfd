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
