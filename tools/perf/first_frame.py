"""Child process of the start row: build the game as `python -m game` does, run one
step and draw the first frame, then print the CPU seconds this process has used and
the wall clock, and leave without the shutdown (which no player waits for)."""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    from game.app import Game
    from game.cli import parse_args
    game = Game(parse_args(sys.argv[1:]))
    game.start()
    game.start_failure()  # as `Game.run` does before its loop
    game.step()
    game.render()
    print(time.process_time(), time.time(), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
