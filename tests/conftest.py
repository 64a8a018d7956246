"""Shared pytest fixtures: a way to run the real `wadup` CLI and read the real SQLite store."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def run_wadup(
    *args: str | Path, check: bool = True, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """The real command line, in a child process, as a user would run it."""
    proc = subprocess.run(
        [sys.executable, "-m", "wadup", *map(str, args)],
        capture_output=True, text=True, timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"wadup {' '.join(map(str, args))} exited {proc.returncode}\n"
            f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
        )
    return proc


def query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def wadup_test_json(module: Path, sample: Path, *extra: str) -> dict[str, Any]:
    proc = run_wadup("test", module, sample, "--json", *extra, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def wadup() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_wadup
