"""Killing the game mid-save never costs the player the slot.

A child process saves to one slot in a loop and is killed with SIGKILL at random
moments, a few hundred times. After every kill the slot must hold the last save the
child finished or the one it was writing: never a damaged file, never an older one.
The child reports each finished save on stdout, which is how the test knows both.
"""

from __future__ import annotations

import inspect
import random
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from game.persistence.atomic import backup_path
from game.persistence.paths import UserPaths
from game.persistence.savedata import SaveData
from game.persistence.saves import SaveStore
from game.session import Session

LANES = 4  # children run side by side in separate folders to keep the test short
KILLS_PER_LANE = 50
MAX_DELAY = 0.02  # seconds after the child's first save; a save takes a few milliseconds


def payload(n: int) -> SaveData:
    """Save number ``n``; its size varies so a torn write would be visible."""
    return SaveData(
        session=Session("crash_test", player_character="kara", journal="x" * (n * 37 % 3000),
                        play_steps=n, seen_lines={f"line{i}" for i in range(n % 40)}),
        flags={"version": 1, "flags": {"n": n}, "visits": {}},
        saved_at=datetime(2025, 1, 1, tzinfo=timezone.utc),
    )


CHILD = "\n".join([
    "import sys",
    "sys.path.insert(0, sys.argv[1])",
    "from datetime import datetime, timezone",
    "from pathlib import Path",
    "from game.persistence.paths import UserPaths",
    "from game.persistence.savedata import SaveData",
    "from game.persistence.saves import SaveStore",
    "from game.session import Session",
    textwrap.dedent(inspect.getsource(payload)),
    "root = Path(sys.argv[2])",
    "n = int(sys.argv[3])",
    "store = SaveStore(UserPaths(root, root))",
    "assert 'pygame' not in sys.modules",
    "print('ready', flush=True)",
    "while True:",
    "    store.write('1', payload(n))",
    "    print(n, flush=True)",
    "    n += 1",
])


def run_lane(root: Path, seed: int, repo: Path) -> tuple[int, int]:
    """Kill a saving child ``KILLS_PER_LANE`` times.

    Returns how many saves the children made and how many kills provably landed inside
    a write (a temp file left behind, or a finished save the child had no time to report).
    """
    rng = random.Random(seed)
    store = SaveStore(UserPaths(root, root))
    store.write("1", payload(0))
    confirmed = 0
    interrupted = 0
    for kill in range(KILLS_PER_LANE):
        # stderr joins stdout so a child that fails to start explains itself. All
        # reading goes through child.stdout: readline() buffers ahead, so mixing it
        # with communicate() (which reads the raw pipe) would lose reports.
        child = subprocess.Popen(
            [sys.executable, "-S", "-c", CHILD, str(repo), str(root), str(confirmed + 1)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert child.stdout is not None
        ready = child.stdout.readline()
        first = child.stdout.readline()  # wait until it is saving, however busy the machine
        if ready != "ready\n" or not first.strip().isdigit():
            child.kill()
            rest = child.stdout.read()
            child.wait()
            raise AssertionError(f"child did not start: {ready}{first}{rest}")
        time.sleep(rng.uniform(0, MAX_DELAY))  # a random kill moment, not a timing check
        child.kill()
        rest = child.stdout.read()
        child.wait()
        child.stdout.close()
        confirmed = int([first, *rest.split()][-1])
        temps = list(root.joinpath("saves").glob(".*.tmp"))
        interrupted += bool(temps)
        for temp in temps:
            temp.unlink()

        where = f"lane seed {seed}, kill {kill}, last finished save {confirmed}"
        main = store.save_path("1")
        # Stronger than reading through the backup: the main file is never even missing.
        assert main.exists(), where
        loaded = store.read("1").session.play_steps
        assert loaded in (confirmed, confirmed + 1), f"{where}: slot holds {loaded}"
        assert store.read("1") == payload(loaded), where
        interrupted += not temps and loaded == confirmed + 1
        if backup_path(main).exists():
            # equal when the kill came between keeping the backup and the replace
            assert store.read_backup("1").session.play_steps <= loaded, where
        confirmed = loaded
    return confirmed, interrupted


def test_killed_while_saving_leaves_the_old_or_the_new_save(tmp_path: Path,
                                                            repo_root: Path) -> None:
    seed = random.randrange(1_000_000)
    with ThreadPoolExecutor(LANES) as pool:
        lanes = [pool.submit(run_lane, tmp_path / f"lane{i}", seed + i, repo_root)
                 for i in range(LANES)]
        results = [lane.result() for lane in lanes]
    print("saves, kills mid-save per lane:", results)
    # The test proves something only if many kills really hit a save in progress.
    interrupted = sum(r[1] for r in results)
    assert interrupted >= LANES * KILLS_PER_LANE // 10, f"only {interrupted} kills mid-save"
