"""wadup against native CPython and process-per-file isolation, side by side, in one run.

    python bench/run.py --quick --json bench-quick.json     # < 2 minutes with cached builds
    python bench/run.py --json bench-full.json              # the full corpus (~10 minutes)

Every method processes the same deterministic corpus with the same analysis (sha256, line and
word counts, one table row per content, stored ZIP members as sub-content) on this machine in
this run, each in its own child process, repeated (methods interleaved) and reported as medians.
See BENCHMARKS.md for how to read the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import corpus as corpus_mod  # noqa: E402

PY = sys.executable
WADUP = str(Path(PY).with_name("wadup"))
MB = 1 << 20

#: Targets from issue 4: (figure key, comparison, threshold, description).
TARGETS = [
    ("instance_call_ms", "<=", 1.0, "pristine Python instance + call, small file, median (ms)"),
    ("py_vs_subprocess", ">=", 30.0, "wadup Python files/s over subprocess-per-file"),
    ("kernel_ratio", "<=", 2.0, "CPU-bound pure-Python kernel, guest time over native"),
    ("scaling_2w", ">=", 1.8, "2 workers over 1, wadup Python --isolation file"),
    ("store_rows_per_s", ">=", 50_000.0, "store ingest, table rows/s"),
    ("rss_mb_per_worker", "<=", 150.0, "wadup host peak RSS per worker (MB)"),
]


@dataclass(frozen=True)
class Method:
    key: str
    label: str
    kind: str  # native | perfile | wadup
    modules: str = ""  # module directory name under .corpus/modules
    isolation: str = "file"


METHODS = [
    Method("native", "native CPython, in-process", "native"),
    Method("subprocess", "python analyse.py FILE, subprocess per file", "perfile"),
    Method("wadup_py_file", "wadup Python module, --isolation file", "wadup", "py", "file"),
    Method("wadup_py_worker", "wadup Python module, --isolation worker", "wadup", "py", "worker"),
    Method("wadup_c_file", "wadup C module, --isolation file", "wadup", "c", "file"),
]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _measure(cmd: list[str]) -> dict[str, Any]:
    """Run `cmd` under the `measure` wrapper (a fresh process, so RUSAGE_CHILDREN is its own)."""
    out = subprocess.run([PY, str(BENCH / "drivers.py"), "measure", *cmd],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["rc"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({result['rc']}):\n{result['stderr']}")
    return result


def _driver(*args: str) -> dict[str, Any]:
    out = subprocess.run([PY, str(BENCH / "drivers.py"), *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"drivers.py {' '.join(args)} failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout)


# -- setup -----------------------------------------------------------------------------------


def build_modules(work: Path) -> dict[str, Any]:
    """Python modules via `wadup build` (cached by wadup), the C module via zig (cached)."""
    sys.path.insert(0, str(REPO / "tests"))
    from wasm_build import c_module  # noqa: PLC0415

    mods = work / "modules"
    timings: dict[str, Any] = {}
    for name, project, folder in (("pyanalyse", "pyanalyse", "py"),
                                  ("pykernel", "pykernel", "kernel")):
        dest = mods / folder / f"{name}.wasm"
        dest.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        subprocess.run([WADUP, "build", str(BENCH / "modules" / project), "-o", str(dest)],
                       check=True, capture_output=True, text=True)
        timings[f"build_{name}_s"] = time.perf_counter() - start
        timings[f"{name}_wasm_mb"] = dest.stat().st_size / MB
    start = time.perf_counter()
    c_dest = c_module((BENCH / "modules" / "canalyse.c").read_text(), mods / "c" / "canalyse.wasm")
    timings["build_canalyse_s"] = time.perf_counter() - start
    timings["canalyse_wasm_mb"] = c_dest.stat().st_size / MB
    return timings


def warm_compile_cache(work: Path, sample: Path) -> dict[str, float]:
    """One `wadup run` per module on one file, so timed runs load from the compile cache.
    Reported separately: the first ever run of a new component compiles it (seconds)."""
    one = work / "one"
    shutil.rmtree(one, ignore_errors=True)
    one.mkdir(parents=True)
    shutil.copy(sample, one / sample.name)
    out = {}
    for folder in ("py", "c", "kernel"):
        db = work / "runs" / f"warm-{folder}.sqlite"
        db.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run([WADUP, "run", "--modules", str(work / "modules" / folder), "--input",
                        str(one), "--db", str(db), "--workers", "1", "--quiet"],
                       check=True, capture_output=True)
        out[f"warmup_{folder}_s"] = time.perf_counter() - start
        db.unlink(missing_ok=True)
    return out


# -- one timed run ---------------------------------------------------------------------------


def run_method(method: Method, corpus: Path, workers: int, work: Path) -> dict[str, Any]:
    db = work / "runs" / f"{method.key}-{workers}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(f"{db}.work", ignore_errors=True)
    if method.kind != "wadup":
        m = _measure([PY, str(BENCH / "drivers.py"), method.kind, "--corpus", str(corpus),
                      "--workers", str(workers), "--db", str(db)])
        inner = json.loads(m["stdout"])
        return {"wall_s": m["wall_s"], "elapsed_s": inner["elapsed_s"],
                "peak_rss_mb": m["peak_rss_mb"], "cpu_s": m["cpu_s"],
                "contents": inner["contents"], "lines": inner["lines"],
                "words": inner["words"], "latencies_ms": inner["latencies_ms"]}
    m = _measure([WADUP, "run", "--modules", str(work / "modules" / method.modules),
                  "--input", str(corpus), "--db", str(db), "--workers", str(workers),
                  "--isolation", method.isolation, "--quiet"])
    found = re.search(r"time\W+([\d.]+) s \(", m["stdout"])
    if not found:
        raise RuntimeError(f"no run time in wadup's summary:\n{m['stdout']}")
    conn = sqlite3.connect(db)
    table = conn.execute("SELECT sql_name FROM module_tables").fetchone()[0]
    contents, lines, words = conn.execute(
        f'SELECT count(*), sum(lines), sum(words) FROM "{table}"').fetchone()
    latencies = [r[0] for r in conn.execute("SELECT duration_ms FROM module_runs")]
    failed = conn.execute("SELECT count(*) FROM module_runs WHERE status != 'ok'").fetchone()[0]
    conn.close()
    return {"wall_s": m["wall_s"], "elapsed_s": float(found.group(1)),
            "peak_rss_mb": m["peak_rss_mb"], "cpu_s": m["cpu_s"], "contents": contents,
            "lines": lines, "words": words, "latencies_ms": latencies, "failed_runs": failed}


# -- figures ---------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summarise(runs: dict[str, dict[int, list[dict[str, Any]]]], manifest: corpus_mod.Manifest,
              workers: list[int]) -> dict[str, dict[str, Any]]:
    """Medians over repeats per method; latencies pooled over the 1-worker repeats."""
    out: dict[str, dict[str, Any]] = {}
    for key, by_workers in runs.items():
        fig: dict[str, Any] = {}
        for w in workers:
            reps = by_workers[w]
            elapsed = statistics.median(r["elapsed_s"] for r in reps)
            wall = statistics.median(r["wall_s"] for r in reps)
            fig[f"files_per_s_{w}w"] = manifest.contents / elapsed
            fig[f"mb_per_s_{w}w"] = manifest.bytes / MB / elapsed
            fig[f"e2e_files_per_s_{w}w"] = manifest.contents / wall
            fig[f"elapsed_s_{w}w"] = elapsed
            fig[f"wall_s_{w}w"] = wall
            fig[f"startup_s_{w}w"] = statistics.median(r["wall_s"] - r["elapsed_s"] for r in reps)
            fig[f"peak_rss_mb_{w}w"] = statistics.median(r["peak_rss_mb"] for r in reps)
            fig[f"cpu_s_{w}w"] = statistics.median(r["cpu_s"] for r in reps)
            # CPU seconds per wall second: how many cores the method actually got.
            fig[f"cores_used_{w}w"] = statistics.median(r["cpu_s"] / r["wall_s"] for r in reps)
        lat = [ms for r in by_workers[workers[0]] for ms in r["latencies_ms"]]
        fig["latency_p50_ms"] = pct(lat, 50)
        fig["latency_p99_ms"] = pct(lat, 99)
        first = by_workers[workers[0]][0]
        fig["contents"] = first["contents"]
        fig["lines"] = first["lines"]
        fig["words"] = first["words"]
        if len(workers) > 1:
            one, two = (fig[f"files_per_s_{x}w"] for x in workers[:2])
            fig["scaling_2w"] = two / one
            # What 2 workers could reach with 2 free cores, given the extra CPU they spend:
            # a load-independent bound (on a busy machine scaling_2w measures free cores).
            cpu1, cpu2 = (fig[f"cpu_s_{x}w"] for x in workers[:2])
            fig["cpu_scaling_bound_2w"] = workers[1] / workers[0] * cpu1 / cpu2
        out[key] = fig
    native = out["native"]
    sub = out["subprocess"]
    for key, fig in out.items():
        fig["same_results"] = all(
            r["contents"] == manifest.contents and r["lines"] == native["lines"]
            and r["words"] == native["words"] for reps in runs[key].values() for r in reps)
        fig["vs_native"] = fig["files_per_s_1w"] / native["files_per_s_1w"]
        fig["vs_subprocess"] = fig["files_per_s_1w"] / sub["files_per_s_1w"]
    return out


def machine() -> dict[str, Any]:
    def version(pkg: str) -> str:
        from importlib.metadata import PackageNotFoundError  # noqa: PLC0415
        from importlib.metadata import version as v

        try:
            return v(pkg)
        except PackageNotFoundError:
            return "not installed"

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        mem_kb = 0
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / (1 << 20), 1),
            "os": platform.platform(), "python": platform.python_version(),
            "wasmtime": version("wasmtime"), "componentize_py": version("componentize-py"),
            "ziglang": version("ziglang"), "load_avg_at_start": os.getloadavg()}


def render(result: dict[str, Any]) -> str:
    figs = result["methods"]
    w = result["workers"]
    lines = [
        "| method | files/s | MB/s | vs subprocess | vs native | p50 ms | p99 ms "
        f"| peak RSS MB ({'/'.join(f'{x}w' for x in w)}) | {w[-1]}w/{w[0]}w "
        "| CPU-time bound | cores used | start-up s | same results |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|",
    ]
    for m in METHODS:
        f = figs[m.key]
        rss = " / ".join(f"{f[f'peak_rss_mb_{x}w']:.0f}" for x in w)
        scaling = f"{f['scaling_2w']:.2f}×" if "scaling_2w" in f else "-"
        bound = f"{f['cpu_scaling_bound_2w']:.2f}×" if "cpu_scaling_bound_2w" in f else "-"
        cores = " / ".join(f"{f[f'cores_used_{x}w']:.2f}" for x in w)
        lines.append(
            f"| {m.label} | {f['files_per_s_1w']:.1f} | {f['mb_per_s_1w']:.1f} "
            f"| {f['vs_subprocess']:.2f}× | {f['vs_native']:.3f}× | {f['latency_p50_ms']:.2f} "
            f"| {f['latency_p99_ms']:.1f} | {rss} | {scaling} | {bound} | {cores} "
            f"| {f['startup_s_1w']:.2f} "
            f"| {'yes' if f['same_results'] else 'NO'} |")
    lines.append("")
    lines.append("| micro-benchmark | Python module | C module |")
    lines.append("|---|---:|---:|")
    ip, ic = result["instance"]["py"], result["instance"]["c"]
    for key, label in (("instantiate_ms", "fresh Store + instantiate, median ms"),
                       ("instance_call_ms", "fresh instance + call (1 KB file), median ms"),
                       ("instance_call_ms_p99", "fresh instance + call, p99 ms"),
                       ("lifecycle_ms", "per-file sandbox work as the scheduler does it "
                                        "(empty dir, copy, instance, call, decode), median ms"),
                       ("lifecycle_tmpfs_ms", "same with the sandbox directory on tmpfs, "
                                              "median ms"),
                       ("reused_call_ms", "call on a reused instance (--isolation worker), ms")):
        if key in ip and key in ic:
            lines.append(f"| {label} | {ip[key]:.3f} | {ic[key]:.3f} |")
    k = result["kernel"]
    s = result["store"]
    lines += [
        "",
        "| other figure | value |",
        "|---|---:|",
        f"| CPU-bound kernel n={k['n']}: native CPython {k['native_python']} s "
        f"| {k['native_s']:.3f} |",
        f"| same kernel in the guest (CPython {k['guest_python']}) s | {k['guest_s']:.3f} |",
        f"| guest / native | {k['ratio']:.2f}× |",
        f"| store ingest, table rows/s ({s['rows_per_content']} rows per content) "
        f"| {s['table_rows_per_s']:,.0f} |",
        f"| store ingest, contents/s (content + module run + rows) | {s['contents_per_s']:,.0f} |",
    ]
    lines += ["", "| target | figure | met |", "|---|---:|:-:|"]
    for key, op, threshold, label in TARGETS:
        value = result["targets"][key]["value"]
        ok = result["targets"][key]["met"]
        lines.append(f"| {label} {op} {threshold:g} | {value:.2f} | {'yes' if ok else 'NO'} |")
    return "\n".join(lines)


def targets(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    figs = result["methods"]
    py = figs["wadup_py_file"]
    w = result["workers"]
    values = {
        "instance_call_ms": result["instance"]["py"]["instance_call_ms"],
        "py_vs_subprocess": py["vs_subprocess"],
        "kernel_ratio": result["kernel"]["ratio"],
        "scaling_2w": py.get("scaling_2w", float("nan")),
        "store_rows_per_s": result["store"]["table_rows_per_s"],
        "rss_mb_per_worker": max(py[f"peak_rss_mb_{x}w"] / x for x in w),
    }
    out = {}
    for key, op, threshold, _label in TARGETS:
        v = values[key]
        out[key] = {"value": v, "target": threshold, "op": op,
                    "met": v <= threshold if op == "<=" else v >= threshold}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small corpus, < 2 minutes")
    parser.add_argument("--tiny", action="store_true", help="a few files: smoke test only")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--repeats", type=int, default=None,
                        help="runs per method and worker count (default 3, --tiny 1)")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    parser.add_argument("--work", type=Path, default=BENCH / ".corpus",
                        help="corpora, modules and result databases (gitignored)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    spec, name = ((corpus_mod.TINY, "tiny") if args.tiny else
                  (corpus_mod.QUICK, "quick") if args.quick else (corpus_mod.FULL, "full"))
    repeats = args.repeats or (1 if args.tiny else 3)
    n_instance = 30 if args.tiny else 200 if args.quick else 500
    kernel_n = 3000 if args.tiny else 30000 if args.quick else 100000
    store_contents = 2000 if args.tiny else 20000 if args.quick else 50000
    workers = [int(x) for x in args.workers.split(",")]
    work = args.work.resolve()
    (work / "runs").mkdir(parents=True, exist_ok=True)
    os.environ["WADUP_BENCH_WORK"] = str(work / "runs")

    log(f"corpus {name}")
    corpus = work / name
    manifest = corpus_mod.generate(corpus, spec)
    result: dict[str, Any] = {"mode": name, "repeats": repeats, "workers": workers,
                              "machine": machine(),
                              "corpus": {"path": str(corpus), "roots": manifest.roots,
                                         "zip_members": manifest.members,
                                         "contents": manifest.contents,
                                         "mb": manifest.bytes / MB, "spec": manifest.spec}}
    log("building modules (cached)")
    result["build"] = build_modules(work)
    sample = corpus / sorted(manifest.files)[0]
    result["build"].update(warm_compile_cache(work, sample))

    runs: dict[str, dict[int, list[dict[str, Any]]]] = {m.key: {w: [] for w in workers}
                                                        for m in METHODS}
    for rep in range(repeats):
        for w in workers:
            for m in METHODS:
                log(f"repeat {rep + 1}/{repeats}, {w} worker(s): {m.key}")
                runs[m.key][w].append(run_method(m, corpus, w, work))
    result["methods"] = summarise(runs, manifest, workers)
    result["runs"] = {k: {str(w): [{x: y for x, y in r.items() if x != "latencies_ms"}
                                   for r in reps] for w, reps in v.items()}
                      for k, v in runs.items()}

    log("micro-benchmarks: fresh instances, kernel, store")
    small = work / "runs" / "sample-1k.txt"
    small.write_bytes((corpus / "large" / sorted(os.listdir(corpus / "large"))[0])
                      .read_bytes()[:1024])
    result["instance"] = {
        "py": _driver("instance", "--module", str(work / "modules/py/pyanalyse.wasm"),
                      "--sample", str(small), "-n", str(n_instance)),
        "c": _driver("instance", "--module", str(work / "modules/c/canalyse.wasm"),
                     "--sample", str(small), "-n", str(n_instance)),
    }
    result["kernel"] = _driver("kernel", "--module", str(work / "modules/kernel/pykernel.wasm"),
                               "-n", str(kernel_n), "--repeats", "3")
    result["store"] = _driver("store", "--contents", str(store_contents))
    result["targets"] = targets(result)
    result["total_s"] = time.perf_counter() - started
    result["machine"]["load_avg_at_end"] = os.getloadavg()
    table = render(result)
    result["table_markdown"] = table
    print(table)
    print(f"\n{name} corpus: {manifest.roots} files + {manifest.members} ZIP members, "
          f"{manifest.bytes / MB:.1f} MB; {repeats} repeat(s); total {result['total_s']:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
