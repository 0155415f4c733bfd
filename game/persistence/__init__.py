"""Saves and settings, kept in the player's user data folder and nowhere else.

One module per job: ``paths`` finds the folder, ``atomic`` writes a file so that a
crash leaves the old or the new version (never half of one), ``migrations`` upgrades
old save layouts, ``savedata`` turns a playthrough into JSON and checks it on the way
back, ``saves`` manages the slots, ``thumbnails`` is the only part that needs pygame
for saves, and ``settings``/``keybindings`` hold the player's preferences.

Nothing is imported here on purpose: a tool that only reads saves must not pay for
pygame, and nothing in this package does I/O at import time.
"""
