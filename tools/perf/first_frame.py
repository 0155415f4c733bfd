"""Child process of the start row: build the game as `python -m game` does, run one
step and draw the first frame, then print the CPU seconds this process had used and
the wall clock when that frame's flip returned (the save-folder check that `render`
runs just after it is not counted), and leave without the shutdown (which no player
waits for)."""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    from game.app import Game
    from game.cli import parse_args
    game = Game(parse_args(sys.argv[1:]))
    shown: list[float] = []
    present = game.display.present

    def present_and_note() -> None:
        present()
        shown.extend((time.process_time(), time.time()))
    game.display.present = present_and_note  # type: ignore[method-assign]
    game.start()
    game.start_failure()  # as `Game.run` does before its loop
    game.step()
    game.render()
    print(shown[0], shown[1], flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
