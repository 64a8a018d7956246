#!/usr/bin/env python3
"""Bootstrap and everyday tasks, with nothing but Python >= 3.11 and pip on the machine.

    python3 tasks.py demo   # set up .venv, build the examples, run them over examples/data
    python3 tasks.py test   # set up .venv with test tools, ruff, then the whole test suite

Stdlib only: this file runs before anything is installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent
VENV = Path(os.environ.get("WADUP_VENV", REPO / ".venv"))
BIN = VENV / "bin"


def sh(*args: str | Path, **kwargs: object) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=REPO, **kwargs)  # type: ignore[call-overload]


def setup(extras: str = "") -> None:
    """Create the venv once and (re)install wadup into it, editable."""
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "-e", f".{extras}")


def build_examples(modules: Path) -> None:
    """Every project under examples/ (Python or C) becomes modules/<name>.wasm."""
    modules.mkdir(exist_ok=True)
    for project in sorted(p for p in (REPO / "examples").iterdir() if p.is_dir()):
        if project.name == "data":
            continue
        out = modules / f"{project.name.replace('-', '_')}.wasm"
        sh(BIN / "wadup", "build", project, "-o", out)


def demo() -> None:
    setup()
    modules = REPO / "modules"
    build_examples(modules)
    db = REPO / "results.sqlite"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    sh(BIN / "wadup", "run", "--modules", modules, "--input", REPO / "examples" / "data",
       "--db", db)
    print(f"\nResults: sqlite3 {db.name} 'select * from module_runs'")


def test() -> None:
    setup("[test]")
    sh(BIN / "ruff", "check", ".")
    sh(BIN / "python", "-m", "pytest", "-q", *sys.argv[2:])


if __name__ == "__main__":
    tasks = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in tasks:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(tasks)}}} [pytest args]")
    tasks[sys.argv[1]]()
