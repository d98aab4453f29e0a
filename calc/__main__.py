"""``python -m calc``: the command line (see calc/_cli.py)."""

from __future__ import annotations

import os
import sys

from ._cli import main

if __name__ == "__main__":
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `python -m calc figures | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    sys.exit(status)
