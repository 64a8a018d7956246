"""Live counters of a run: what the progress bar shows and the summary reports."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RunStats:
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    files_total: int = 0  # roots walked + sub-content admitted: the progress bar's total
    files_done: int = 0  # contents whose processing ended (any status)
    roots: int = 0
    subcontent: int = 0  # sub-content items admitted for processing
    skipped: int = 0  # contents a cap stopped
    duplicates: int = 0
    failed_contents: int = 0  # contents that could not be read
    resumed: int = 0  # roots already finished in an earlier run
    bytes_done: int = 0
    module_runs: int = 0
    failures: Counter[str] = field(default_factory=Counter)  # error_kind -> count
    rows: Counter[str] = field(default_factory=Counter)  # "module.table" -> rows
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                setattr(self, name, getattr(self, name) + delta)

    def record_runs(self, runs: int, failures: list[str], rows: dict[str, int]) -> None:
        with self._lock:
            self.module_runs += runs
            self.failures.update(failures)
            self.rows.update(rows)

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def files_per_second(self) -> float:
        return self.files_done / self.elapsed if self.elapsed > 0 else 0.0
