"""Smoke test of the benchmark harness (bench/run.py) on a tiny corpus.

Checks that one run produces every figure BENCHMARKS.md reports, with sane values, and that
every method computed the same results. Speed itself is measured by the benchmark, not here.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

METHODS = ("native", "subprocess", "wadup_py_file", "wadup_py_worker", "wadup_c_file")
PER_METHOD = (
    "files_per_s_1w", "files_per_s_2w", "mb_per_s_1w", "mb_per_s_2w", "latency_p50_ms",
    "latency_p99_ms", "peak_rss_mb_1w", "peak_rss_mb_2w", "scaling_2w", "vs_native",
    "vs_subprocess", "startup_s_1w", "e2e_files_per_s_1w",
)
INSTANCE = ("instantiate_ms", "instance_call_ms", "lifecycle_ms", "reused_call_ms")
TARGETS = ("instance_call_ms", "py_vs_subprocess", "kernel_ratio", "scaling_2w",
           "store_rows_per_s", "rss_mb_per_worker")


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def test_bench_tiny_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--tiny", "--json", str(out),
         "--work", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "| method |" in proc.stdout
    result = json.loads(out.read_text())

    corpus = result["corpus"]
    assert corpus["contents"] == corpus["roots"] + corpus["zip_members"] > 0
    for key in METHODS:
        fig = result["methods"][key]
        for name in PER_METHOD:
            assert _positive(fig[name]), (key, name, fig[name])
        assert fig["latency_p99_ms"] >= fig["latency_p50_ms"]
        assert fig["same_results"], key  # every method saw the same contents, lines and words
        assert fig["contents"] == corpus["contents"]
    assert result["methods"]["native"]["vs_native"] == 1.0
    assert result["methods"]["subprocess"]["vs_subprocess"] == 1.0
    for module in ("py", "c"):
        for name in INSTANCE:
            assert _positive(result["instance"][module][name]), (module, name)
    assert _positive(result["kernel"]["native_s"]) and _positive(result["kernel"]["guest_s"])
    assert _positive(result["store"]["table_rows_per_s"])
    for name in TARGETS:
        target = result["targets"][name]
        assert _positive(target["value"]) and isinstance(target["met"], bool), name
    machine = result["machine"]
    assert machine["nproc"] >= 1 and machine["wasmtime"] and machine["python"]
