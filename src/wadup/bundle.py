"""Placeholder: the read-only file trees a Python component mounts at run time (owned by build)."""

from __future__ import annotations

from pathlib import Path


def runtime_mounts(wasm_path: Path) -> list[tuple[Path, str]]:
    return []
