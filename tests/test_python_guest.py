# ruff: noqa: F811 - pytest fixtures imported from python_fixtures are used as parameters
"""The guest side of Python modules, end to end through the real CLI: one probe component
whose input's first line picks the behaviour (elif chains, lazy imports, failures, isolation,
a 50 MB input)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import query, run_wadup, wadup_test_json
from python_fixtures import ELIF_SIZES, probe_wasm  # noqa: F401 - a fixture

from wadup.build.python_module import WIT_DIR

STDLIB = {
    "sqlite3": "3", "zlib": "1000", "gzip": "gzip ok", "zipfile": "zip ok", "tarfile": "tar ok",
    "json": '{"a": [1, 2]}', "csv": "a|b,c|d", "email": "hi", "xml.etree": "1",
    "hashlib": "ba7816bf8f01cfea", "struct": "3735928559",
    "unicodedata": "LATIN SMALL LETTER E WITH ACUTE", "bz2": "bz2 ok", "lzma": "lzma ok",
}


def sample(tmp_path: Path, op: str, extra: bytes = b"") -> Path:
    path = tmp_path / f"{op}.in"
    path.write_bytes(op.encode() + b"\n" + extra)
    return path


def probe(module: Path, tmp_path: Path, op: str) -> dict:
    return wadup_test_json(module, sample(tmp_path, op))


def test_elif_chains_eager_and_lazy(probe_wasm: Path, tmp_path: Path) -> None:
    """The seed's crash class: N-branch methods in sub-modules, imported at build and run time."""
    report = probe(probe_wasm, tmp_path, "elif")
    assert report["ok"], report["error"]
    expected = []
    for n in ELIF_SIZES:
        for value in (0, n - 1, n):
            for mode in ("eager", "lazy"):
                result = f"{mode}_{value}" if value < n else "default"
                expected.append([n, mode, value, result])
    assert sorted(report["rows"]["elif_results"]) == sorted(expected)


def test_lazy_imports_of_stdlib_and_dependency(probe_wasm: Path, tmp_path: Path) -> None:
    report = probe(probe_wasm, tmp_path, "imports")
    assert report["ok"], report["error"]
    got = dict(map(tuple, report["rows"]["imports"]))
    assert got == {**STDLIB, "text_unidecode": "hello world"}


def test_uncaught_exception_is_guest_error_with_traceback(probe_wasm: Path,
                                                          tmp_path: Path) -> None:
    report = probe(probe_wasm, tmp_path, "raise")
    assert not report["ok"]
    assert report["error_kind"] == "guest_error"
    assert report["error"].startswith("Traceback (most recent call last):")
    assert 'probe/__init__.py", line' in report["error"]
    assert report["error"].rstrip().endswith("ValueError: probe failure")
    assert "_wadup_entry" not in report["error"]
    assert report["stdout"] == "about to fail\n"
    assert report["rows"] == {}


@pytest.mark.parametrize(("op", "kind"), [("memory", "memory"), ("recursion", "stack")])
def test_failure_kinds(probe_wasm: Path, tmp_path: Path, op: str, kind: str) -> None:
    report = wadup_test_json(probe_wasm, sample(tmp_path, op), "--max-memory", "256M")
    assert (report["ok"], report["error_kind"]) == (False, kind), report["error"]


def test_stdout_stderr_sys_exit_and_subcontent(probe_wasm: Path, tmp_path: Path) -> None:
    printed = probe(probe_wasm, tmp_path, "print")
    assert (printed["ok"], printed["stdout"], printed["stderr"]) == (True, "to stdout\n",
                                                                      "to stderr\n")
    exited = probe(probe_wasm, tmp_path, "sysexit")
    assert exited["ok"] and exited["rows"]["calls"] == [[1]]
    emitted = probe(probe_wasm, tmp_path, "emit")
    assert emitted["ok"], emitted["error"]
    children = {c["filename"]: c for c in emitted["subcontent"]}
    assert children["child.bin"]["sha256"] == hashlib.sha256(b"child bytes").hexdigest()
    assert children["head.bin"]["slice"] == {"offset": 0, "length": 4}
    assert children["head.bin"]["sha256"] == hashlib.sha256(b"emit").hexdigest()


def _run_probe(probe_wasm: Path, tmp_path: Path, files: dict[str, bytes],
               *extra: str) -> Path:
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "probe.wasm").symlink_to(probe_wasm)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", modules, "--input", corpus, "--db", db, "--quiet", *extra)
    return db


@pytest.mark.parametrize("isolation", ["file", "worker"])
def test_isolation(probe_wasm: Path, tmp_path: Path, isolation: str) -> None:
    """A module counting its calls: 1 on every file per fresh instance, 1..N per worker."""
    files = {f"f{i}.in": b"count\n" + str(i).encode() for i in range(5)}
    db = _run_probe(probe_wasm, tmp_path, files, "--isolation", isolation, "--workers", "1")
    counts = sorted(c for (c,) in query(db, 'SELECT count FROM "probe.calls"'))
    assert counts == ([1] * 5 if isolation == "file" else [1, 2, 3, 4, 5])


def test_worker_isolation_survives_a_failure(probe_wasm: Path, tmp_path: Path) -> None:
    """An exception discards the instance; the run goes on with the other files."""
    files = {"a.in": b"count\na", "b.in": b"raise\n", "c.in": b"count\nc"}
    db = _run_probe(probe_wasm, tmp_path, files, "--isolation", "worker", "--workers", "1")
    runs = query(db, "SELECT c.filename, r.status, r.error_kind FROM module_runs r "
                     "JOIN contents c USING (content_id) ORDER BY 1")
    assert runs == [("a.in", "ok", None), ("b.in", "failed", "guest_error"),
                    ("c.in", "ok", None)]
    error, stdout = query(db, "SELECT error, stdout FROM module_runs WHERE status='failed'")[0]
    assert "ValueError: probe failure" in error and stdout == "about to fail\n"
    assert len(query(db, 'SELECT count FROM "probe.calls"')) == 2


def test_50_mb_input_goes_through_files_not_list_u8(probe_wasm: Path, tmp_path: Path) -> None:
    wit = (WIT_DIR / "wadup.wit").read_text()
    assert "list<u8>" not in wit  # content never crosses the component boundary as bytes
    data = b"big\n" + bytes(range(256)) * (50 * 1024 * 1024 // 256)
    report = wadup_test_json(probe_wasm, sample(tmp_path, "big", data[4:]))
    assert report["ok"], report["error"]
    assert report["rows"]["digest"] == [[len(data), hashlib.sha256(data).hexdigest()]]
    assert report["duration_ms"] < 5000, json.dumps(report)[:500]


# C extension modules CPython's WASI build does not have (or other platforms' modules).
UNAVAILABLE = {
    "_ctypes", "_curses", "_curses_panel", "_dbm", "_gdbm", "_hashlib", "_interpchannels",
    "_interpqueues", "_interpreters", "_multiprocessing", "_overlapped", "_posixshmem",
    "_posixsubprocess", "_remote_debugging", "_scproxy", "_ssl", "_tkinter", "_uuid",
    "_winapi", "_wmi", "_zstd", "ctypes", "curses", "fcntl", "grp", "mmap", "msvcrt", "nt",
    "pty", "pwd", "readline", "resource", "ssl", "syslog", "termios", "tkinter", "tty",
    "turtle", "winreg", "winsound",
}


def test_every_pure_stdlib_module_imports_lazily(probe_wasm: Path, tmp_path: Path) -> None:
    """Any stdlib module not imported at build time imports in main(): all but the C
    extensions WASI lacks."""
    report = probe(probe_wasm, tmp_path, "allstdlib")
    assert report["ok"], report["error"]
    failed = {name for name, _ in report["rows"]["imports"]}
    assert failed <= UNAVAILABLE, sorted(failed - UNAVAILABLE)
    assert "bz2" not in failed and "lzma" not in failed
