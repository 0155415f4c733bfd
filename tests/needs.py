"""A test that needs a program or a device this machine may lack.

Outside CI it skips and says what to install. Under CI (`CI=true`, where
`tools/run_tests.sh` installs everything) a missing part fails instead: a skip
there would hide exactly the regression the test is for.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(why: str) -> NoReturn:
    """Skip with `why` on a developer's machine; fail with it under CI."""
    if in_ci():
        pytest.fail(f"{why} (CI installs it: tools/run_tests.sh)", pytrace=False)
    pytest.skip(why, allow_module_level=True)
