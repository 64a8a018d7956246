"""The benchmark's analysis as a plain Python program: `python analyse.py FILE` prints one JSON
row per content (the file, then each stored ZIP member) on stdout.

Used in-process by the native baseline and as a subprocess per file by the isolation baseline;
the analysis code itself is the wadup module's (bench/modules/pyanalyse/src/pyanalyse/core.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

_CORE = Path(__file__).resolve().parent / "modules" / "pyanalyse" / "src" / "pyanalyse" / "core.py"


def _load_core() -> Any:
    """Load core.py by path: its package's __init__ imports the guest `wadup` library."""
    spec = importlib.util.spec_from_file_location("bench_core", _CORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


core = _load_core()


def analyse(path: str) -> list[dict[str, Any]]:
    """Rows for a file and, recursively, its stored ZIP members (as slices, like wadup)."""
    rows: list[dict[str, Any]] = []
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        pending = [(0, size, os.path.basename(path), 0)]
        while pending:
            offset, length, name, depth = pending.pop(0)
            sha, n, lines, words = core.file_stats(f, offset, length)
            members = core.zip_members(f, offset, length)
            rows.append({"name": name, "depth": depth, "sha256": sha, "size": n,
                         "lines": lines, "words": words, "members": len(members)})
            pending += [(offset + o, ln, m, depth + 1) for o, ln, m in members]
    return rows


def main() -> None:
    for path in sys.argv[1:]:
        for row in analyse(path):
            sys.stdout.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
