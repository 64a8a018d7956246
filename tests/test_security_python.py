"""Hostile Python modules: failures get the right kind, and the host grants no way out.

The `pyhostile` component (tests/fixtures/security/pyhostile, built with `wadup build`) picks
an attack from the first line of its content. Refused attempts are recorded as rows
(what, outcome) so that each one is checked here, next to a real TCP listener on loopback, a
secret in the host's environment and host files outside the corpus.
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import query, run_wadup
from wasm_build import c_module

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("WADUP_CACHE_DIR", str(REPO / ".wadup-cache"))

from wadup.build.python_module import build_python_module  # noqa: E402
from wadup.bundle import runtime_mounts  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "security"
SECRET = "wadup-test-secret-7f3a"


def build_pyhostile(dest_dir: Path) -> Path:
    """The hostile Python component (cached by input hash: a file copy after the first build)."""
    return build_python_module(FIXTURES / "pyhostile", dest_dir / "pyhostile.wasm")


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it accepts."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[Any] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, peer = self.sock.accept()
            except TimeoutError:
                continue
            self.accepted.append(peer)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


def tree_state(root: Path) -> dict[str, tuple[int, str]]:
    """(mode, sha256) of every file under a host directory."""
    return {
        str(p.relative_to(root)): (p.stat().st_mode, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(root.rglob("*")) if p.is_file()
    }


class PyRun:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / "results.sqlite"
        self.corpus = root / "corpus"
        self.host_file = root / "secret.txt"
        self.accepted: list[Any] = []
        self.mounts_before: dict[str, dict[str, tuple[int, str]]] = {}
        self.mounts_after: dict[str, dict[str, tuple[int, str]]] = {}

    def cid(self, case: str) -> str:
        return query(self.db, "SELECT content_id FROM contents WHERE filename = ?",
                     f"{case}.txt")[0][0]

    def run_of(self, case: str, module: str) -> tuple[str, str | None, str | None]:
        rows = query(self.db, "SELECT status, error_kind, error FROM module_runs "
                     "WHERE content_id = ? AND module = ?", self.cid(case), module)
        assert len(rows) == 1
        return rows[0]

    def attempts(self, case: str) -> dict[str, str]:
        return dict(query(self.db, 'SELECT what, outcome FROM "pyhostile.attempts" '
                          "WHERE content_id = ?", self.cid(case)))


@pytest.fixture(scope="module")
def pyrun(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PyRun]:
    run = PyRun(tmp_path_factory.mktemp("pyhostile"))
    mods = run.root / "modules"
    wasm = build_pyhostile(mods)
    c_module((FIXTURES / "witness.c").read_text(), mods / "witness.wasm")
    run.host_file.write_text("host secret\n")
    listener = Listener()
    run.corpus.mkdir()
    args = {"sockets": str(listener.port), "files": str(run.host_file)}
    for case in ("recursion", "json-nesting", "memory", "environ", "sockets", "subprocess",
                 "files", "mounts", "raise", "plain"):
        (run.corpus / f"{case}.txt").write_text(f"{case}\n{args.get(case, '')}\n")
    mounts = runtime_mounts(wasm)
    assert mounts, "a built Python module mounts its run-time trees"
    run.mounts_before = {guest: tree_state(host) for host, guest in mounts}
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("WADUP_TEST_SECRET", SECRET)
            run_wadup("run", "--modules", mods, "--input", run.corpus, "--db", run.db,
                      "--quiet", "--workers", "2", "--max-memory", "256M", "--timeout", "60")
    finally:
        listener.close()
    run.accepted = listener.accepted
    run.mounts_after = {guest: tree_state(host) for host, guest in mounts}
    yield run


@pytest.mark.parametrize(("case", "kind", "evidence"), [
    ("recursion", "stack", "RecursionError"),
    ("json-nesting", "stack", "stack overflow"),  # C recursion: the wasm stack traps
    ("memory", "memory", "MemoryError"),
    ("raise", "guest_error", "ValueError: a parser bug"),
])
def test_python_failures_have_the_right_kind(
    pyrun: PyRun, case: str, kind: str, evidence: str
) -> None:
    status, error_kind, error = pyrun.run_of(case, "pyhostile")
    assert (status, error_kind) == ("failed", kind), error
    assert evidence in (error or "")
    # the row it inserted before failing is not kept; the witness on the same file is intact
    assert pyrun.attempts(case) == {}
    assert pyrun.run_of(case, "witness") == ("ok", None, None)
    data = (pyrun.corpus / f"{case}.txt").read_bytes()
    assert query(pyrun.db, 'SELECT size FROM "witness.seen" WHERE content_id = ?',
                 pyrun.cid(case)) == [(len(data),)]


def test_a_failure_does_not_poison_later_files(pyrun: PyRun) -> None:
    assert pyrun.run_of("plain", "pyhostile") == ("ok", None, None)
    assert pyrun.attempts("plain") == {"nothing": "plain"}
    statuses = query(pyrun.db, "SELECT status, count(*) FROM contents GROUP BY status")
    assert statuses == [("ok", 10)]


def test_the_host_environment_is_not_visible(pyrun: PyRun) -> None:
    assert pyrun.run_of("environ", "pyhostile") == ("ok", None, None)
    env = dict(query(pyrun.db, 'SELECT name, value FROM "pyhostile.environ"'))
    assert env == {
        "WADUP_CONTENT_ID": pyrun.cid("environ"),
        "WADUP_DEPTH": "0",
        "WADUP_FILENAME": "environ.txt",
        "WADUP_PARENT_ID": "",
    }
    assert SECRET not in str(env)


def test_no_network(pyrun: PyRun) -> None:
    attempts = pyrun.attempts("sockets")
    assert set(attempts) == {"create_connection", "socket_connect", "listen", "resolve"}
    for what, outcome in attempts.items():
        assert outcome.startswith("refused: "), (what, outcome)
    assert pyrun.accepted == []  # the listener on loopback never saw a connection


def test_no_processes(pyrun: PyRun) -> None:
    attempts = pyrun.attempts("subprocess")
    assert set(attempts) == {"subprocess_run", "os_system", "os_fork", "os_execv"}
    for what, outcome in attempts.items():
        assert outcome.startswith("refused: "), (what, outcome)


def test_no_host_files(pyrun: PyRun) -> None:
    attempts = pyrun.attempts("files")
    assert len(attempts) == 6
    for what, outcome in attempts.items():
        assert outcome.startswith("refused: "), (what, outcome)
    assert pyrun.host_file.read_text() == "host secret\n"


def test_mounted_runtime_trees_stay_read_only(pyrun: PyRun) -> None:
    attempts = pyrun.attempts("mounts")
    mounted = attempts.pop("mounts").split()
    assert "python" in mounted and len(mounted) == len(pyrun.mounts_before)
    for what, outcome in attempts.items():
        if what.startswith("chmod_"):
            continue  # WASI has no chmod: wasi-libc reports success and does nothing
        assert outcome.startswith("refused: "), (what, outcome)
    assert len(attempts) == 7 * len(mounted)
    # the shared trees on the host are byte-for-byte and mode-for-mode as before the run
    assert pyrun.mounts_after == pyrun.mounts_before
