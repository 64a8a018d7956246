"""Crash safety: a run killed at random points and resumed ends exactly like an uninterrupted one.

The real CLI runs in a subprocess over a corpus whose files split recursively into nested
sub-content (new files and slices), under tight per-tree caps that the trees exactly meet (so
a resumed run that miscounted what it had admitted would skip something), with one module
failing on some contents and a few duplicated contents. It is killed with SIGKILL after a
random (seeded) delay, resumed with `--resume`, killed again, and so on, then resumed to the
end and compared with a clean run: the same contents (ids, statuses, reasons), exactly one
module run per content and module, and the same table rows, none missing and none twice.
Ctrl-C (SIGINT) stops cleanly with exit code 130 and says how to resume.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import query, run_wadup
from wasm_build import c_module

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "security"
# Trees: 128 -> 64 -> 32 -> 16 -> 8 bytes (depth 0-4: 31 contents, 640 bytes, exactly the caps)
# and the 4-byte halves at depth 5, recorded as skipped by --max-depth.
CAPS = ("--max-depth", "4", "--max-files", "31", "--max-bytes", "640")
SEED = 20261124
ROOTS = 60
MIN_KILLS = 20
MAX_TRIALS = 12
KILLS_PER_TRIAL = 6


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("resume")
    mods = root / "modules"
    for name in ("splitter", "witness"):
        c_module((FIXTURES / f"{name}.c").read_text(), mods / f"{name}.wasm")
    corpus = root / "corpus"
    corpus.mkdir()
    rng = random.Random(SEED)
    roots = [rng.randbytes(128) for _ in range(ROOTS)]
    for i in range(1, 4):  # same left half as root 0: duplicate sub-content across trees
        roots[i] = roots[0][:64] + roots[i][64:]
    for i, data in enumerate(roots):
        (corpus / f"r{i:02d}.bin").write_bytes(data)
    (corpus / "r00-copy.bin").write_bytes(roots[0])  # duplicate roots
    (corpus / "r00-copy2.bin").write_bytes(roots[0])
    # How long a run takes to start (one tiny file) and to do everything: kill points are
    # spread over what is left of the work each time.
    tiny = root / "tiny"
    tiny.mkdir()
    (tiny / "x.bin").write_bytes(b"x")
    started = time.monotonic()
    run_wadup(*command(mods, tiny, root / "tiny.sqlite"))
    startup = time.monotonic() - started
    clean = root / "clean.sqlite"
    started = time.monotonic()
    run_wadup(*command(mods, corpus, clean))
    seconds = time.monotonic() - started
    return {"root": root, "mods": mods, "corpus": corpus, "clean": snapshot(clean),
            "startup": startup, "work": max(seconds - startup, 0.5)}


def finished_share(db: Path, total: int) -> float:
    """The share of the run's contents already saved in `db`."""
    if not db.exists():
        return 0.0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            done = conn.execute("SELECT count(*) FROM contents WHERE status != 'pending'")
            return min(1.0, done.fetchone()[0] / total)
        finally:
            conn.close()
    except sqlite3.Error:
        return 0.0


def command(mods: Path, corpus: Path, db: Path, *extra: str) -> list[str | Path]:
    return ["run", "--modules", mods, "--input", corpus, "--db", db, "--quiet",
            "--workers", "2", *CAPS, *extra]


def spawn(args: list[str | Path]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "wadup", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def snapshot(db: Path) -> dict[str, Any]:
    """Everything a run leaves in its database, in comparable form."""
    conn = sqlite3.connect(db)
    try:
        contents = {
            row[0]: row[1:] for row in conn.execute(
                "SELECT content_id, parent_id, root_id, filename, sha256, size, depth, status, "
                "reason, emitted_by FROM contents")
        }
        duplicate_of = dict(conn.execute(
            "SELECT content_id, duplicate_of FROM contents WHERE duplicate_of IS NOT NULL"))
        runs = Counter(conn.execute("SELECT content_id, module, status, error_kind "
                                    "FROM module_runs"))
        parts = Counter(conn.execute('SELECT content_id, size, fnv FROM "splitter.parts"'))
        seen = Counter(conn.execute('SELECT content_id, size, fnv FROM "witness.seen"'))
    finally:
        conn.close()
    return {"contents": contents, "duplicate_of": duplicate_of, "runs": runs, "parts": parts,
            "seen": seen}


def assert_same_as_clean(got: dict[str, Any], clean: dict[str, Any]) -> None:
    """Equal, except for which of several identical contents ran the modules.

    Which occurrence of a duplicated content runs the modules (and so which one the copies'
    children hang under) is first come, first served, as in any run with several workers.
    So contents that are, or descend from, a duplicated content are compared by what they are
    (sha256, parent's sha256, name, depth, status, reason); every other content by its id.
    """
    gc, cc = got["contents"], clean["contents"]
    sha_count = Counter(row[3] for row in cc.values() if row[3] is not None)

    def tainted(contents: dict[str, tuple[Any, ...]], cid: str) -> bool:
        while cid is not None:
            if sha_count.get(contents[cid][3], 0) > 1:
                return True
            cid = contents[cid][0]
        return False

    def keyed(contents: dict[str, tuple[Any, ...]]) -> Counter[tuple[Any, ...]]:
        def parent_sha(row: tuple[Any, ...]) -> str | None:
            return contents[row[0]][3] if row[0] is not None else None

        return Counter((row[3], parent_sha(row), *row[2:3], *row[4:])
                       for cid, row in contents.items() if tainted(contents, cid))

    strict_got = {cid: row for cid, row in gc.items() if not tainted(gc, cid)}
    strict_clean = {cid: row for cid, row in cc.items() if not tainted(cc, cid)}
    assert strict_got == strict_clean
    assert keyed(gc) == keyed(cc)
    assert Counter(gc[c][3] for c in got["duplicate_of"]) == Counter(
        cc[c][3] for c in clean["duplicate_of"])
    ran = {cid for cid, _module, _status, _kind in got["runs"]}
    for dup, first in got["duplicate_of"].items():
        assert first in ran and first not in got["duplicate_of"], (dup, first)
        assert gc[dup][3] == gc[first][3]  # same sha256
    # exactly one run per content and module, the same runs as the clean run
    assert max(got["runs"].values()) == 1
    assert {k: v for k, v in got["runs"].items() if k[0] in strict_got} == {
        k: v for k, v in clean["runs"].items() if k[0] in strict_clean}
    assert Counter((gc[c][3], *rest) for (c, *rest) in got["runs"]) == Counter(
        (cc[c][3], *rest) for (c, *rest) in clean["runs"])
    # table rows: none missing, none twice
    for table in ("parts", "seen"):
        assert max(Counter(cid for cid, _size, _fnv in got[table].elements()).values()) == 1
        assert Counter((gc[c][3], *rest) for (c, *rest) in got[table].elements()) == Counter(
            (cc[c][3], *rest) for (c, *rest) in clean[table].elements())
        assert {k: v for k, v in got[table].items() if k[0] in strict_got} == {
            k: v for k, v in clean[table].items() if k[0] in strict_clean}


def test_clean_run_shape(setup: dict[str, Any]) -> None:
    """The scenario exercises what it claims: nesting, caps met exactly, failures, duplicates."""
    clean = setup["clean"]
    statuses = Counter(row[6] for row in clean["contents"].values())
    assert statuses["skipped"] > 500 and statuses["ok"] > 800 and set(statuses) == {
        "ok", "skipped"}
    assert max(row[5] for row in clean["contents"].values()) == 5
    assert Counter(kind for (_c, _m, _s, kind) in clean["runs"])["guest_error"] > 50
    assert len(clean["duplicate_of"]) == 5


def test_sigkill_at_random_points_then_resume(setup: dict[str, Any]) -> None:
    rng = random.Random(SEED)
    kills = trial = 0
    while kills < MIN_KILLS:  # whole runs, each killed up to KILLS_PER_TRIAL times
        assert trial < MAX_TRIALS, f"only {kills} of the runs' kills landed"
        trial += 1
        db = setup["root"] / f"killed-{trial}.sqlite"
        isolation = ("--isolation", "worker" if trial % 2 else "file")
        first = True
        for _ in range(KILLS_PER_TRIAL):
            left = 1.0 - finished_share(db, len(setup["clean"]["contents"]))
            proc = spawn(command(setup["mods"], setup["corpus"], db, *isolation,
                                 *(() if first else ("--resume",))))
            time.sleep(rng.uniform(0.1, 0.95) * (setup["startup"] + left * setup["work"]))
            if proc.poll() is not None:  # finished before the kill: that is fine too
                assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
                proc.communicate()
                break
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            if proc.returncode == 0:  # it finished between poll() and the kill
                break
            assert proc.returncode == -signal.SIGKILL
            kills += 1
            first = first and not db.exists()
        run_wadup(*command(setup["mods"], setup["corpus"], db, *isolation, "--resume"))
        assert query(db, "SELECT count(*) FROM contents WHERE status = 'pending'") == [(0,)]
        assert not db.with_name(db.name + ".work").exists()
        assert_same_as_clean(snapshot(db), setup["clean"])
    print(f"{kills} SIGKILLs in {trial} runs")  # shown with pytest -s


def test_resume_of_a_finished_run_changes_nothing(setup: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "twice.sqlite"
    run_wadup(*command(setup["mods"], setup["corpus"], db))
    proc = run_wadup(*command(setup["mods"], setup["corpus"], db, "--resume"))
    assert f"{ROOTS + 2} roots (resumed)" in proc.stdout
    assert_same_as_clean(snapshot(db), setup["clean"])


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(setup: dict[str, Any],
                                                     tmp_path: Path) -> None:
    db = tmp_path / "interrupted.sqlite"
    proc = spawn(command(setup["mods"], setup["corpus"], db))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until results are being committed
        time.sleep(0.05)
        if not db.exists():
            continue
        try:  # read-only: connecting must not create the database before wadup does
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                if conn.execute("SELECT count(*) FROM module_runs").fetchone()[0] > 20:
                    break
            finally:
                conn.close()
        except sqlite3.Error:
            continue
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume" in err
    done = query(db, "SELECT count(*) FROM contents WHERE status != 'pending'")[0][0]
    assert 0 < done < len(setup["clean"]["contents"])
    run_wadup(*command(setup["mods"], setup["corpus"], db, "--resume"))
    assert_same_as_clean(snapshot(db), setup["clean"])
    assert not os.path.exists(db.with_name(db.name + ".work"))


def test_repeats_saved_before_their_first_occurrence_stay_consistent(tmp_path: Path) -> None:
    """With several workers a repeat can be committed before the content it repeats (that one
    was still running when the run was killed). Resuming must then run the modules on that
    very content, so every `duplicate_of` points at a content whose modules ran.

    The state is made from a clean run by removing what the killed run had not committed.
    """
    mods = tmp_path / "modules"
    c_module((FIXTURES / "witness.c").read_text(), mods / "witness.wasm")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.bin", "b.bin", "c.bin"):
        (corpus / name).write_bytes(b"the same bytes")
    (corpus / "d.bin").write_bytes(b"other bytes")
    db = tmp_path / "dup.sqlite"
    run_wadup("run", "--modules", mods, "--input", corpus, "--db", db, "--quiet",
              "--workers", "1")
    ids = dict(query(db, "SELECT filename, content_id FROM contents"))
    # The killed run: c.bin was first and still running, b.bin was saved as its repeat.
    conn = sqlite3.connect(db)
    with conn:
        for name in ("a.bin", "c.bin"):
            for sql in ("DELETE FROM contents WHERE content_id = ?",
                        "DELETE FROM module_runs WHERE content_id = ?",
                        'DELETE FROM "witness.seen" WHERE content_id = ?'):
                conn.execute(sql, (ids[name],))
        conn.execute("UPDATE contents SET duplicate_of = ? WHERE content_id = ?",
                     (ids["c.bin"], ids["b.bin"]))
    conn.close()
    run_wadup("run", "--modules", mods, "--input", corpus, "--db", db, "--quiet",
              "--workers", "1", "--resume")
    dups = dict(query(db, "SELECT content_id, duplicate_of FROM contents "
                      "WHERE duplicate_of IS NOT NULL"))
    ran = {cid for (cid,) in query(db, "SELECT content_id FROM module_runs")}
    assert len(dups) == 2
    assert all(first in ran and first not in dups for first in dups.values()), dups
    assert query(db, 'SELECT count(*) FROM "witness.seen" WHERE size = 14') == [(1,)]


def test_ctrl_c_while_compiling_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """Compiling Python components takes seconds the first time; Ctrl-C then must be clean."""
    from test_security_python import build_pyhostile

    wasm = build_pyhostile(tmp_path / "built")
    mods = tmp_path / "modules"
    mods.mkdir()
    for i in range(4):  # distinct bytes (a trailing custom section): four separate compiles
        name = f"m{i}".encode()
        payload = bytes([len(name)]) + name
        (mods / f"m{i}.wasm").write_bytes(wasm.read_bytes() + b"\x00" + bytes([len(payload)])
                                          + payload)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("plain\n")
    env = dict(os.environ, WADUP_CACHE_DIR=str(tmp_path / "empty-cache"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "wadup", "run", "--modules", str(mods), "--input", str(corpus),
         "--db", str(tmp_path / "never.sqlite"), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(3)
    assert proc.poll() is None, "the modules compiled faster than expected"
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
