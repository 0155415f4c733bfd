"""Our own deterministic chiptune synthesiser and the build that renders the game's sound.

Run `python -m tools.audio.build` to regenerate assets/audio/ from the song texts in
`tools/audio/songs/` and the effect recipes in `tools/audio/sfx.py`.
"""
