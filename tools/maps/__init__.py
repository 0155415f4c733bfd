"""Map tools: the linter (`python -m tools.maps.lint`), the Tiled schema, the TMX writer."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep linter output clean
