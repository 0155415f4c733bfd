"""Tools for map makers inside the game: `--set FLAG=VALUE` and the F9 debug menu.

None of this changes how a player's game runs: `--set` only acts when given, and
the debug menu is off in the bundle unless enabled (see `docs/MAPPING.md`).
"""
