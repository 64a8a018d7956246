"""The `wadup` command: argument parsing and presentation only; the work happens elsewhere.

Exit codes: 0 when the run completed (whatever modules did on individual files), 1 when
`wadup test` saw the module fail, 2 when the command could not proceed (bad arguments,
unreadable module, unwritable store), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from wadup.config import Isolation, Limits, RunConfig, TreeCaps
from wadup.engine import Engine, ModuleLoadError, load_modules
from wadup.scheduler import RunError, Scheduler
from wadup.stats import RunStats
from wadup.store import Store


def _size(text: str) -> int:
    """Bytes, with an optional K/M/G suffix (powers of 1024)."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = text.strip().lower().removesuffix("b").removesuffix("i")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(
        timeout=args.timeout if args.timeout and args.timeout > 0 else None,
        fuel=args.fuel,
        max_memory=args.max_memory,
        max_output_bytes=args.max_output_bytes,
        max_subcontent=args.max_subcontent,
        max_stdio_bytes=args.max_stdio_bytes,
    )


def _add_limit_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--timeout", type=float, default=60.0,
                   help="wall-clock seconds per module per file (0 = none; default 60)")
    p.add_argument("--fuel", type=int, default=None,
                   help="wasmtime fuel units per module per file (default: unmetered)")
    p.add_argument("--max-memory", type=_size, default=1 << 30, metavar="BYTES",
                   help="linear memory per instance, e.g. 512M (default 1G)")
    p.add_argument("--max-output-bytes", type=_size, default=Limits.max_output_bytes,
                   metavar="BYTES", help="metadata JSON per module per file (default 64M)")
    p.add_argument("--max-subcontent", type=int, default=Limits.max_subcontent, metavar="N",
                   help="sub-content items per module per file (default 100000)")
    p.add_argument("--max-stdio-bytes", type=_size, default=Limits.max_stdio_bytes,
                   metavar="BYTES", help="stdout and stderr kept per module per file (default 1M)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wadup",
        description="Run sandboxed WebAssembly analysis modules over every file of a corpus.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run every module over every input file, recursively")
    run.add_argument("--modules", type=Path, required=True, help="directory of .wasm modules")
    run.add_argument("--input", type=Path, nargs="+", required=True, help="files or directories")
    run.add_argument("--db", type=Path, required=True, help="SQLite results database")
    run.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    _add_limit_args(run)
    run.add_argument("--max-depth", type=int, default=None,
                     help="skip content deeper than N (roots are depth 0)")
    run.add_argument("--max-files", type=int, default=None,
                     help="per root file's tree, root included")
    run.add_argument("--max-bytes", type=_size, default=None,
                     help="per root file's tree, root included")
    run.add_argument("--isolation", choices=[i.value for i in Isolation], default="file",
                     help="file: fresh instance per file (default); worker: one per worker")
    run.add_argument("--no-dedup", action="store_true",
                     help="process identical content every time it occurs")
    run.add_argument("--resume", action="store_true",
                     help="continue an interrupted run in the same --db")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    test = sub.add_parser("test", help="run one module on one file and show everything it did")
    test.add_argument("module", type=Path)
    test.add_argument("sample", type=Path)
    test.add_argument("--json", action="store_true", help="one JSON object on stdout")
    _add_limit_args(test)

    build = sub.add_parser("build", help="build a module project into a .wasm component")
    build.add_argument("project", type=Path)
    build.add_argument("-o", "--output", type=Path, default=None)

    new = sub.add_parser("new", help="scaffold a new module project")
    new.add_argument("name")
    new.add_argument("--lang", choices=["python"], default="python")
    new.add_argument("--dir", type=Path, default=Path("."), help="where to create it")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    console = Console(stderr=True)
    try:
        if args.command == "run":
            return _run(args, console)
        if args.command == "test":
            return _test(args, console)
        if args.command == "build":
            return _build(args, console)
        if args.command == "new":
            return _new(args, console)
    except (ModuleLoadError, RunError) as error:
        _say(console, "error:", str(error))
        return 2
    except KeyboardInterrupt:  # before a run started (compiling modules): nothing was saved
        _say(console, "interrupted:", "stopped before any result was saved")
        return 130
    return 2


def _say(console: Console, label: str, message: str) -> None:
    """An error line: never wrapped (paths stay greppable), never read as Rich markup."""
    console.print(Text(label + " ", style="bold red") + Text(message), soft_wrap=True)


def _run(args: argparse.Namespace, console: Console) -> int:
    for path in args.input:
        if not path.exists():
            raise RunError(f"input {path} does not exist")
    if args.workers < 1:
        raise RunError("--workers must be at least 1")
    if args.db.exists() and not args.resume:
        raise RunError(
            f"{args.db} already exists: pass --resume to continue that run, or choose another --db"
        )
    config = RunConfig(
        modules_dir=args.modules,
        inputs=tuple(args.input),
        db_path=args.db,
        workers=args.workers,
        isolation=Isolation(args.isolation),
        dedup=not args.no_dedup,
        resume=args.resume,
        limits=_limits(args),
        caps=TreeCaps(args.max_depth, args.max_files, args.max_bytes),
    )
    with Engine(fuel=config.limits.fuel is not None) as engine:
        with console.status("compiling modules (cached after the first time)..."):
            modules = load_modules(engine, config.modules_dir)
        try:
            store = Store(config.db_path)
        except Exception as error:
            raise RunError(f"cannot open {config.db_path}: {error}") from error
        stats = RunStats()
        scheduler = Scheduler(config, engine, modules, store, stats)
        progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} files/s"),
            TimeElapsedColumn(),
            console=console,
            disable=args.quiet or not console.is_terminal,
        )
        bar = progress.add_task("processing", total=None, rate=0.0)

        def update() -> None:
            progress.update(bar, total=stats.files_total, completed=stats.files_done,
                            rate=stats.files_per_second)

        try:
            with progress:
                try:
                    scheduler.run(on_progress=update)
                except KeyboardInterrupt:
                    scheduler.stop()
                    raise
                update()
        except KeyboardInterrupt:
            store.close()
            again = [a for a in args.argv if a != "--resume"] + ["--resume"]
            console.print(
                Text("interrupted. ", style="yellow")
                + Text("Results saved so far are kept. To finish the run:\n  "
                       + shlex.join(["wadup", *again])),
                soft_wrap=True,
            )
            return 130
        store.close()
    _print_summary(stats, [m.name for m in modules], console)
    return 0


def _print_summary(stats: RunStats, modules: list[str], console: Console) -> None:
    out = Console()
    table = Table(title="wadup run", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("modules", ", ".join(modules))
    table.add_row("files", f"{stats.files_done} ({stats.roots} roots, "
                  f"{stats.subcontent} sub-content)")
    table.add_row("bytes", f"{stats.bytes_done:,}")
    if stats.duplicates:
        table.add_row("duplicates", str(stats.duplicates))
    if stats.skipped:
        table.add_row("skipped by caps", str(stats.skipped))
    if stats.failed_contents:
        table.add_row("unreadable", str(stats.failed_contents))
    if stats.resumed:
        table.add_row("already done", f"{stats.resumed} roots (resumed)")
    table.add_row("module runs", str(stats.module_runs))
    failures = ", ".join(f"{k} {v}" for k, v in sorted(stats.failures.items())) or "none"
    table.add_row("failures", failures)
    for name, count in sorted(stats.rows.items()):
        table.add_row(f"rows {name}", str(count))
    table.add_row("time", f"{stats.elapsed:.2f} s ({stats.files_per_second:.1f} files/s)")
    out.print(table)


def _test(args: argparse.Namespace, console: Console) -> int:
    from wadup.tester import test_module

    if not args.sample.is_file():
        raise RunError(f"sample {args.sample} is not a file")
    report = test_module(args.module, args.sample, _limits(args))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0 if report["ok"] else 1
    out = Console()
    status = "[green]ok[/]" if report["ok"] else f"[red]failed ({report['error_kind']})[/]"
    out.print(f"[bold]{report['module']}[/] on {args.sample}: {status} "
              f"in {report['duration_ms']:.1f} ms")
    for name, columns in report["tables"].items():
        table = Table(title=name, title_justify="left")
        for col, kind in columns:
            table.add_column(f"{col}\n[dim]{kind}[/]")
        for row in report["rows"][name]:
            table.add_row(*(repr(v) if not isinstance(v, str) else v for v in row))
        out.print(table)
    if report["subcontent"]:
        table = Table(title="sub-content", title_justify="left")
        for col in ("filename", "size", "slice", "first bytes"):
            table.add_column(col)
        for child in report["subcontent"]:
            where = child["slice"]
            table.add_row(repr(child["filename"]), str(child["size"]),
                          f"{where['offset']}+{where['length']}" if where else "",
                          child["head"][:32])
        out.print(table)
    for stream in ("stdout", "stderr"):
        if report[stream]:
            out.rule(stream)
            out.print(report[stream], markup=False, highlight=False)
    if not report["ok"]:
        out.rule("error")
        out.print(report["error"], markup=False, highlight=False)
        return 1
    return 0


def _build(args: argparse.Namespace, console: Console) -> int:
    from wadup.build.c_module import build_c_module, c_sources
    from wadup.build.errors import BuildError
    from wadup.build.python_module import build_python_module

    is_c = not (args.project / "pyproject.toml").exists() and bool(c_sources(args.project))
    builder = build_c_module if is_c else build_python_module
    try:
        with console.status(f"building {args.project}..."):
            out = builder(args.project, args.output)
    except BuildError as error:
        _say(console, "build failed:", str(error))
        return 2
    console.print(f"built [bold]{out}[/]")
    return 0


def _new(args: argparse.Namespace, console: Console) -> int:
    from wadup.build.errors import BuildError
    from wadup.build.scaffold import new_module

    try:
        path = new_module(args.name, args.lang, args.dir)
    except BuildError as error:
        _say(console, "error:", str(error))
        return 2
    console.print(f"created [bold]{path}[/]; next: wadup build {path}")
    return 0


def entry() -> None:
    """Console-script entry: exit without interpreter teardown.

    Results are already committed and closed here. Skipping finalisation avoids a noisy (but
    harmless) panic that wasmtime's WASI p2 worker threads can print when Python tears down
    while they still exist.
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
