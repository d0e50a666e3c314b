"""Shared fixtures. Test data that is not generated here lives in tests/data/ (see its README)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Builds run by the tests (``kg build`` uses a cache by default) never touch the user's cache."""
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of seeds/ shared by the tests that only read it."""
    from kg import build

    out = tmp_path_factory.mktemp("seed-build")
    result = build([SEEDS], out)
    return result, out


def run_kg(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run the CLI in a subprocess (as a user would), return CompletedProcess."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=cwd or ROOT, env=full_env,
        capture_output=True, text=True, timeout=300,
    )
