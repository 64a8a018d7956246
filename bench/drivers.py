"""Child-process drivers for bench/run.py: each prints one JSON object on stdout.

Every measured method runs in its own process (started through `measure`), so peak RSS
(`RUSAGE_CHILDREN` of a fresh wrapper) and start-up costs never leak between methods.

    measure CMD...        run CMD; report its wall time, peak RSS and stdout
    native / perfile      the two baselines over a corpus (in-process / `python analyse.py FILE`)
    instance / kernel / store   micro-benchmarks of wadup's pieces
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import analyse  # noqa: E402


def _work() -> Path:
    """Scratch space next to the corpus (same filesystem as the runs), set by run.py."""
    path = Path(os.environ.get("WADUP_BENCH_WORK", BENCH / ".corpus"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def corpus_files(corpus: Path) -> list[str]:
    """The corpus in wadup's walk order (sorted directories, then sorted names)."""
    out: list[str] = []
    for folder, dirs, files in os.walk(corpus):
        dirs.sort()
        out += [os.path.join(folder, name) for name in sorted(files)]
    return out


def _timed(path: str) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    rows = analyse.analyse(path)
    return rows, (time.perf_counter() - start) * 1000


def _perfile(path: str) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(BENCH / "analyse.py"), path],
                          capture_output=True, check=True, text=True)
    elapsed = (time.perf_counter() - start) * 1000
    return [json.loads(line) for line in done.stdout.splitlines()], elapsed


def _save(db: Path, rows: list[dict[str, Any]]) -> None:
    """One table row per content, like wadup's store (one transaction)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS files (name TEXT, depth INTEGER, sha256 TEXT, "
                 "size INTEGER, lines INTEGER, words INTEGER, members INTEGER)")
    with conn:
        conn.executemany("INSERT INTO files VALUES (:name, :depth, :sha256, :size, :lines, "
                         ":words, :members)", rows)
    conn.close()


def run_baseline(kind: str, corpus: Path, workers: int, db: Path) -> dict[str, Any]:
    """Process the corpus natively (in-process; workers = processes) or one subprocess per file
    (workers = concurrent subprocesses). Times everything from the file list to the commit."""
    files = corpus_files(corpus)
    start = time.perf_counter()
    results: list[tuple[list[dict[str, Any]], float]]
    if kind == "native" and workers == 1:
        results = [_timed(p) for p in files]
    elif kind == "native":
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = list(pool.imap_unordered(_timed, files, chunksize=4))
    else:
        with ThreadPoolExecutor(workers) as ex:
            results = list(ex.map(_perfile, files))
    rows = [row for r, _ in results for row in r]
    _save(db, rows)
    elapsed = time.perf_counter() - start
    return {
        "elapsed_s": elapsed,
        "contents": len(rows),
        "latencies_ms": [ms for _, ms in results],
        "lines": sum(r["lines"] for r in rows),
        "words": sum(r["words"] for r in rows),
    }


def measure(cmd: list[str]) -> dict[str, Any]:
    """Run `cmd`; its wall time, the peak RSS of its largest process, and its stdout."""
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall_s": wall, "rc": done.returncode, "peak_rss_mb": usage.ru_maxrss / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime, "stdout": done.stdout,
            "stderr": done.stderr[-4000:]}


# -- micro-benchmarks of wadup's pieces (imported lazily: the baselines must not load wasmtime)

_ENV = {"WADUP_FILENAME": "f", "WADUP_CONTENT_ID": "c", "WADUP_DEPTH": "0", "WADUP_PARENT_ID": ""}


def instance_costs(module_path: Path, sample: Path, n: int) -> dict[str, Any]:
    """Fresh-instance costs for one small file, from the most to the least inclusive."""
    import shutil

    from wadup.config import Limits
    from wadup.engine import Engine
    from wadup.output import decode_invocation
    from wadup.sandbox import ContentSource, Sandbox

    limits = Limits()
    source = ContentSource(sample)
    size = sample.stat().st_size
    work = Path(tempfile.mkdtemp(prefix="wadup-bench-", dir=_work()))
    out: dict[str, list[float]] = {k: [] for k in
                                   ("instantiate_ms", "instance_call_ms", "lifecycle_ms",
                                    "reused_call_ms")}
    with Engine() as engine:
        t0 = time.perf_counter()
        module = engine.load(module_path)
        load_s = time.perf_counter() - t0
        worker_box = Sandbox(engine, module, limits, work)
        tmpfs = Path("/dev/shm")
        tmpfs_box = None
        if tmpfs.is_dir() and os.access(tmpfs, os.W_OK):
            shm = Path(tempfile.mkdtemp(prefix="wadup-bench-", dir=tmpfs))
            tmpfs_box = Sandbox(engine, module, limits, shm)
            out["lifecycle_tmpfs_ms"] = []
        for i in range(n + 5):
            # Store + WASI context + instantiate, nothing else.
            with Sandbox(engine, module, limits, work) as box:
                box._reset_root()
                a = time.perf_counter()
                store = box._new_store(_ENV)
                box._arm(store)
                box._instantiate(store)
                b = time.perf_counter()
                del store
            # What the scheduler does per file and module under --isolation file: empty the
            # thread's sandbox directory, copy the content in, fresh instance, call, decode.
            c = time.perf_counter()
            inv = worker_box.run(source, _ENV)
            fault, _ = decode_invocation(inv, limits, size)
            worker_box.discard_instance()
            d = time.perf_counter()
            assert fault is None, fault
            if tmpfs_box is not None:
                e = time.perf_counter()
                tmpfs_box.run(source, _ENV)
                tmpfs_box.discard_instance()
                f = time.perf_counter()
            if i >= 5:  # warm-up excluded
                out["instantiate_ms"].append((b - a) * 1000)
                out["instance_call_ms"].append(inv.duration_ms)
                out["lifecycle_ms"].append((d - c) * 1000)
                if tmpfs_box is not None:
                    out["lifecycle_tmpfs_ms"].append((f - e) * 1000)
        worker_box.close()
        if tmpfs_box is not None:
            tmpfs_box.close()
            shutil.rmtree(shm, ignore_errors=True)
        with Sandbox(engine, module, limits, work) as box:
            for i in range(n + 5):
                inv = box.run(source, _ENV)
                assert inv.ok, inv.fault
                if i >= 5:
                    out["reused_call_ms"].append(inv.duration_ms)
    shutil.rmtree(work, ignore_errors=True)
    result: dict[str, Any] = {k: statistics.median(v) for k, v in out.items()}
    result.update({f"{k}_p99": _pct(v, 99) for k, v in out.items()})
    result["module_load_s"] = load_s
    result["sample_bytes"] = size
    result["n"] = n
    return result


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def kernel_costs(module_path: Path, n: int, repeats: int) -> dict[str, Any]:
    """The same pure-Python kernel natively (this interpreter) and in the guest (CPython 3.14
    in WebAssembly); guest time = call with N minus call with N=0 (instance + call overhead)."""
    import shutil

    from wadup.config import Limits
    from wadup.engine import Engine
    from wadup.sandbox import ContentSource, Sandbox

    sys.path.insert(0, str(BENCH / "modules" / "pykernel" / "src" / "pykernel"))
    from kernel import kernel  # type: ignore[import-not-found]

    native = []
    for _ in range(repeats):
        t = time.perf_counter()
        expected = kernel(n)
        native.append(time.perf_counter() - t)
    work = Path(tempfile.mkdtemp(prefix="wadup-bench-", dir=_work()))
    files = {}
    for k in (0, n):
        files[k] = work / f"n{k}.txt"
        files[k].write_text(str(k))
    limits = Limits(timeout=None)
    guest: dict[int, list[float]] = {0: [], n: []}
    with Engine() as engine:
        module = engine.load(module_path)
        for _ in range(repeats):
            for k in (0, n):
                with Sandbox(engine, module, limits, work) as box:
                    inv = box.run(ContentSource(files[k]), _ENV)
                    assert inv.ok, inv.fault
                    guest[k].append(inv.duration_ms / 1000)
                    if k == n:
                        doc = json.loads(next((box.root / "metadata").glob("*.json")).read_text())
                        got = doc["rows"][0]["values"][1]["Int64"]
                        assert got == expected, (got, expected)
    shutil.rmtree(work, ignore_errors=True)
    native_s = statistics.median(native)
    guest_s = statistics.median(guest[n]) - statistics.median(guest[0])
    return {"n": n, "native_s": native_s, "guest_s": guest_s, "ratio": guest_s / native_s,
            "native_python": sys.version.split()[0], "guest_python": "3.14 (componentize-py)"}


def store_rate(contents: int, rows_per_content: int) -> dict[str, Any]:
    """Rows/s through wadup's Store.write_batch, batched as the writer thread batches."""
    from wadup.output import ColumnType, TableSchema
    from wadup.store import ContentResult, ContentRow, ModuleRunRow, Store

    schema = TableSchema("files", (("sha256", ColumnType.STRING), ("size", ColumnType.INT64),
                                   ("lines", ColumnType.INT64), ("words", ColumnType.INT64),
                                   ("members", ColumnType.INT64)))
    results = []
    for i in range(contents):
        cid = f"{i:032x}"
        row = ContentRow(cid, None, cid, f"file_{i}", f"{i:064x}", 1000 + i, 0, "ok",
                         source_path=f"/corpus/file_{i}")
        run = ModuleRunRow(cid, "bench", "ok", None, None, "", "", 1.25, rows_per_content, 0)
        rows = [(f"{i:064x}", i, j, i * j, 0) for j in range(rows_per_content)]
        results.append(ContentResult(row, [run], [("bench", schema, rows)]))
    with tempfile.TemporaryDirectory(dir=_work()) as tmp:
        store = Store(Path(tmp) / "store.sqlite")
        start = time.perf_counter()
        for i in range(0, contents, 2000):
            store.write_batch(results[i:i + 2000])
        elapsed = time.perf_counter() - start
        store.close()
    table_rows = contents * rows_per_content
    return {"contents": contents, "rows_per_content": rows_per_content, "elapsed_s": elapsed,
            "table_rows_per_s": table_rows / elapsed, "contents_per_s": contents / elapsed,
            "all_rows_per_s": (table_rows + 2 * contents) / elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("measure")
    p.add_argument("command", nargs=argparse.REMAINDER)
    for name in ("native", "perfile"):
        p = sub.add_parser(name)
        p.add_argument("--corpus", type=Path, required=True)
        p.add_argument("--workers", type=int, default=1)
        p.add_argument("--db", type=Path, required=True)
    p = sub.add_parser("instance")
    p.add_argument("--module", type=Path, required=True)
    p.add_argument("--sample", type=Path, required=True)
    p.add_argument("-n", type=int, default=200)
    p = sub.add_parser("kernel")
    p.add_argument("--module", type=Path, required=True)
    p.add_argument("-n", type=int, default=30000)
    p.add_argument("--repeats", type=int, default=3)
    p = sub.add_parser("store")
    p.add_argument("--contents", type=int, default=20000)
    p.add_argument("--rows-per-content", type=int, default=10)
    args = parser.parse_args()
    if args.cmd == "measure":
        out = measure(args.command)
    elif args.cmd in ("native", "perfile"):
        out = run_baseline(args.cmd, args.corpus, args.workers, args.db)
    elif args.cmd == "instance":
        out = instance_costs(args.module, args.sample, args.n)
    elif args.cmd == "kernel":
        out = kernel_costs(args.module, args.n, args.repeats)
    else:
        out = store_rate(args.contents, args.rows_per_content)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
