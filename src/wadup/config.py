"""One frozen object per run that carries every knob, so no layer reads globals or CLI args."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Isolation(StrEnum):
    """How long one module instance lives."""

    FILE = "file"  # a fresh instance per file and module: no state leaks between files
    WORKER = "worker"  # one instance per worker thread and module, reused (original WADUP)


@dataclass(frozen=True)
class Limits:
    """What one module may spend on one file."""

    timeout: float | None = 60.0  # wall-clock seconds per module per file (epoch interruption)
    fuel: int | None = None  # wasmtime fuel units per module per file; None = unmetered
    max_memory: int = 1 << 30  # bytes of linear memory per instance
    max_output_bytes: int = 64 << 20  # metadata JSON read back per module per file
    max_subcontent: int = 100_000  # children one module may emit for one file
    max_stdio_bytes: int = 1 << 20  # stdout and stderr kept per module per file (each)


@dataclass(frozen=True)
class TreeCaps:
    """Per-root caps on the extraction tree, counted in discovery order (root included)."""

    max_depth: int | None = None
    max_files: int | None = None
    max_bytes: int | None = None


@dataclass(frozen=True)
class RunConfig:
    modules_dir: Path
    inputs: tuple[Path, ...]
    db_path: Path
    workers: int = 1
    isolation: Isolation = Isolation.FILE
    dedup: bool = True
    resume: bool = False
    limits: Limits = field(default_factory=Limits)
    caps: TreeCaps = field(default_factory=TreeCaps)
