"""`python -m game` entry point."""

import sys

from game.app import main

if __name__ == "__main__":
    sys.exit(main())
