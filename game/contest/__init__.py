"""Contests the story plays rather than tells: the presence stand-off, the duel
before Rao, and ordered choices (the formal challenge).

Each contest keeps its rules in a module with no pygame and no I/O
(`standoff`, `duel`, `ordered`): a spec in, one `step` per 1/60 s logic step
with that step's actions, a result out. Same spec, same seed, same inputs, same
result, which is what makes a replay reproduce it. The scenes (`*_scene`) map
actions onto the rules and draw them; `game.world.commands.contest` starts them
from a script and writes the result into flags.
"""
