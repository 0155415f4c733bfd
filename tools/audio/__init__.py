"""Our own deterministic chiptune synthesiser and the build that renders the game's sound.

Run `python -m tools.audio.build` to regenerate assets/audio/ (Ogg Vorbis) from the
registry `assets/data/audio.json`: song texts in `tools/audio/songs/`, ambience
bed recipes in `tools/audio/beds.json`, effect recipes in `sfx.py` and
`sfx_staged.py`. docs/AUDIO.md explains the whole pipeline.
"""
