"""Hostile core modules: each attack ends as the right recorded failure, nothing else is touched.

One real run of `wadup run` over a corpus in which every file triggers one attack by the `evil`
module (tests/fixtures/security/evil.c), next to a well-behaved `witness` module that records
the size and hash of the content it was given. For every case the tests check the exact
`error_kind`, that the failing module kept none of its rows or children (all or nothing), that
the witness on the same file succeeded with the original bytes, and that the host files
(inputs and a secret file outside the corpus) are unchanged.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import query, run_wadup
from wasm_build import c_module

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "security"

#: Limits of the hostile run (small, so the caps are reached quickly).
LIMITS = ("--timeout", "5", "--max-memory", "64M", "--max-output-bytes", "100000",
          "--max-subcontent", "50", "--max-stdio-bytes", "4096", "--max-bytes", "64M",
          "--workers", "2")

#: case -> exact error_kind of the evil module.
FAILURES = {
    "loop": "timeout",
    "memory": "memory",
    "stack": "stack",
    "trap": "trap",
    "exit": "guest_error",
    "return": "guest_error",
    "big-metadata": "bad_output",
    "many-children": "bad_output",
    "bad-json": "bad_output",
    "wrong-type": "bad_output",
    "unknown-table": "bad_output",
    "orphan-data": "bad_output",
    "bad-slice": "bad_output",
    "symlinks-meta-dir": "bad_output",
    "symlinks-sub-dir": "bad_output",
    "symlinks-meta-file": "bad_output",
    "symlinks-sub-file": "bad_output",
}

#: What each failure message must say (so the kind is right for the right reason).
MESSAGES = {
    "loop": "5 s wall-clock limit",
    "memory": "memory limit reached",
    "stack": "stack overflow",
    "trap": "unreachable",
    "exit": "proc_exit(3)",
    "return": "returned 7",
    "big-metadata": "100000-byte cap",
    "many-children": "over the cap of 50",
    "bad-json": "not valid JSON",
    "wrong-type": "got a String value for a Int64 column",
    "unknown-table": "undeclared table 'nowhere'",
    "orphan-data": "data_9.bin has no metadata_9.json",
    "bad-slice": "runs past the end of the parent",
    "symlinks-meta-dir": "/metadata is not a directory",
    "symlinks-sub-dir": "/subcontent is not a directory",
    "symlinks-meta-file": "/metadata/x.json is not a regular file",
    "symlinks-sub-file": "/subcontent/data_0.bin is not a regular file",
}


def fnv1a(data: bytes) -> str:
    h = 1469598103934665603
    for b in data:
        h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(tmp: Path, *names: str) -> Path:
    mods = tmp / "modules"
    for name in names:
        c_module((FIXTURES / f"{name}.c").read_text(), mods / f"{name}.wasm")
    return mods


class HostileRun:
    """The finished run: paths, the database, and the host files' hashes before the run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.corpus = root / "corpus"
        self.secret = root / "secret"
        self.db = root / "results.sqlite"
        self.before: dict[Path, str] = {}
        self.proc: Any = None
        self.seconds = 0.0

    def content(self, filename: str) -> str:
        rows = query(self.db, "SELECT content_id FROM contents WHERE filename = ? AND depth = 0",
                     filename)
        assert len(rows) == 1, (filename, rows)
        return rows[0][0]

    def run_of(self, cid: str, module: str) -> dict[str, Any]:
        rows = query(self.db, "SELECT status, error_kind, error, stdout, stderr FROM module_runs "
                     "WHERE content_id = ? AND module = ?", cid, module)
        assert len(rows) == 1, (cid, module, rows)
        return dict(zip(("status", "error_kind", "error", "stdout", "stderr"), rows[0],
                        strict=True))


@pytest.fixture(scope="module", params=["file", "worker"])
def hostile(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
            ) -> HostileRun:
    """The hostile run, once with a fresh instance per file and once with reused instances."""
    run = HostileRun(tmp_path_factory.mktemp(f"hostile-{request.param}"))
    mods = build(run.root, "evil", "witness")
    run.corpus.mkdir()
    (run.secret / "metadir").mkdir(parents=True)
    host_file = run.secret / "host.txt"
    host_file.write_text("top secret host data\n")
    leak = run.secret / "metadir" / "leak.json"
    leak.write_text('{"tables":[{"name":"leak","columns":[{"name":"x","data_type":"Int64"}]}],'
                    '"rows":[{"table_name":"leak","values":[{"Int64":666}]}]}')
    # A host file named like sub-content: following a symlinked /subcontent would move it.
    (run.secret / "metadir" / "data_0.bin").write_text("host file, not sub-content")
    (run.secret / "metadir" / "metadata_0.json").write_text('{"filename": "stolen"}')
    args = {
        "escape": str(host_file), "files": str(host_file),
        "big-metadata": "200000", "many-children": "51", "big-stdio": "100000",
        "symlinks-meta-dir": str(run.secret / "metadir"),
        "symlinks-sub-dir": str(run.secret / "metadir"),
        "symlinks-meta-file": str(leak),
        "symlinks-sub-file": str(host_file),
    }
    cases = [*FAILURES, "ok", "escape", "vandal", "hardlink", "names", "big-stdio",
             "many-files", "sparse"]
    for case in cases:
        (run.corpus / f"{case}.txt").write_text(f"{case}\n{args.get(case, '')}\n")
    for path in [*run.corpus.iterdir(), *run.secret.rglob("*")]:
        if path.is_file():
            run.before[path] = sha(path)
    started = time.monotonic()
    run.proc = run_wadup("run", "--modules", mods, "--input", run.corpus, "--db", run.db,
                         "--quiet", "--isolation", request.param, *LIMITS)
    run.seconds = time.monotonic() - started
    return run


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_attack_is_the_right_failure_and_nothing_else_is_touched(
    hostile: HostileRun, case: str
) -> None:
    cid = hostile.content(f"{case}.txt")
    evil = hostile.run_of(cid, "evil")
    assert (evil["status"], evil["error_kind"]) == ("failed", FAILURES[case]), evil["error"]
    assert MESSAGES[case] in evil["error"]
    # All or nothing: the valid row and child it wrote before failing are not kept.
    assert query(hostile.db, 'SELECT count(*) FROM "evil.partial" WHERE content_id = ?',
                 cid) == [(0,)]
    assert query(hostile.db, "SELECT count(*) FROM contents WHERE parent_id = ?", cid) == [(0,)]
    # The other module on the same file saw the original bytes and succeeded.
    data = (hostile.corpus / f"{case}.txt").read_bytes()
    assert hostile.run_of(cid, "witness")["status"] == "ok"
    assert query(hostile.db, 'SELECT size, fnv FROM "witness.seen" WHERE content_id = ?',
                 cid) == [(len(data), fnv1a(data))]


def test_a_module_that_behaves_keeps_its_output(hostile: HostileRun) -> None:
    cid = hostile.content("ok.txt")
    assert hostile.run_of(cid, "evil")["status"] == "ok"
    assert query(hostile.db, 'SELECT x FROM "evil.partial" WHERE content_id = ?', cid) == [(1,)]
    assert query(hostile.db, "SELECT filename, status FROM contents WHERE parent_id = ?",
                 cid) == [("partial.bin", "ok")]


def test_every_file_of_the_run_is_recorded_once(hostile: HostileRun) -> None:
    roots = query(hostile.db, "SELECT filename, status FROM contents WHERE depth = 0")
    assert sorted(roots) == sorted((p.name, "ok") for p in hostile.corpus.iterdir())
    # sub-content: ok's child, 3 from hardlink, 7 names, the sparse one; nothing else
    assert query(hostile.db, "SELECT count(*) FROM contents WHERE depth > 0") == [(12,)]
    runs = query(hostile.db, "SELECT module, count(*) FROM module_runs m JOIN contents c "
                 "USING (content_id) WHERE c.depth = 0 GROUP BY module")
    assert dict(runs) == {"evil": len(roots), "witness": len(roots)}
    assert query(hostile.db, 'SELECT count(*) FROM "witness.seen"') == query(
        hostile.db, "SELECT count(*) FROM contents WHERE duplicate_of IS NULL AND status = 'ok'")


def test_host_files_are_unchanged(hostile: HostileRun) -> None:
    after = {p: sha(p) for p in hostile.before if p.exists()}
    assert after == hostile.before
    # nothing new appeared next to the secret or in the corpus
    now = {p for p in [*hostile.corpus.iterdir(), *hostile.secret.rglob("*")] if p.is_file()}
    assert now == set(hostile.before)
    # the run's scratch space is gone: no sandbox, blob or guest file is left on the host
    assert not hostile.db.with_name(hostile.db.name + ".work").exists()


def test_the_sandbox_refuses_every_way_out(hostile: HostileRun) -> None:
    cid = hostile.content("escape.txt")
    assert hostile.run_of(cid, "evil")["status"] == "ok"
    attempts = dict(query(hostile.db, 'SELECT what, ok FROM "evil.attempts" '
                          "WHERE content_id = ?", cid))
    # Creating a symlink inside the sandbox is allowed (it is the guest's own directory);
    # following it out is not. Everything else must have failed.
    made_inside = {"symlink_dotdot_made", "symlink_dir_made"}
    assert len(attempts) == 23
    assert {what for what, ok in attempts.items() if ok} <= made_inside
    for what in ("etc_passwd", "dotdot_etc_passwd", "proc_environ", "host_file_abs",
                 "host_file_dotdot", "write_host_file_abs", "write_host_file_dotdot",
                 "unlink_host_file", "symlink_abs_read", "symlink_dotdot_read",
                 "symlink_dotdot_write", "symlink_dir_list", "symlink_dir_read_host",
                 "hardlink_host_file", "list_root_parent", "after_chdir_etc_passwd"):
        assert attempts[what] == 0, what


def test_damaging_its_own_input_does_not_reach_the_host(hostile: HostileRun) -> None:
    cid = hostile.content("vandal.txt")
    # process() returns 0 only when /data.bin is gone from its sandbox: it really deleted it
    assert hostile.run_of(cid, "evil")["status"] == "ok"
    assert query(hostile.db, 'SELECT gone FROM "evil.vandal" WHERE content_id = ?', cid) == [(1,)]
    data = (hostile.corpus / "vandal.txt").read_bytes()
    assert data == b"vandal\n\n"
    assert query(hostile.db, 'SELECT size, fnv FROM "witness.seen" WHERE content_id = ?',
                 cid) == [(len(data), fnv1a(data))]


def test_hard_links_in_subcontent_are_private_copies(hostile: HostileRun) -> None:
    cid = hostile.content("hardlink.txt")
    assert hostile.run_of(cid, "evil")["status"] == "ok"
    children = query(hostile.db, "SELECT filename, size, duplicate_of IS NOT NULL, content_id "
                     "FROM contents WHERE parent_id = ? ORDER BY filename", cid)
    original = (hostile.corpus / "hardlink.txt").read_bytes()
    linked = original + b"+guest"  # the guest appended through its link to /data.bin
    assert [c[:3] for c in children] == [
        ("hardlinked", len(linked), 0), ("one", 21, 0), ("two", 21, 1)]
    assert query(hostile.db, 'SELECT fnv FROM "witness.seen" WHERE content_id = ?',
                 children[0][3]) == [(fnv1a(linked),)]
    assert (hostile.corpus / "hardlink.txt").read_bytes() == original


def test_subcontent_names_are_evidence_not_paths(hostile: HostileRun) -> None:
    cid = hostile.content("names.txt")
    assert hostile.run_of(cid, "evil")["status"] == "ok"
    names = query(hostile.db, "SELECT filename FROM contents WHERE parent_id = ? ORDER BY seq",
                  cid)
    assert [n for (n,) in names] == [
        "../../../../etc/passwd",
        "/etc/shadow",
        "nul\0byte",
        "lone \\udcff surrogate",  # a lone surrogate from JSON: visibly escaped
        "raw \\udcff\\udcfe bytes",  # raw non-UTF-8 bytes: kept, visibly escaped
        "..",
        "a/b/../../c",
    ]
    # every child was processed as content, under its name, and no name became a host path
    assert query(hostile.db, "SELECT count(*) FROM module_runs WHERE content_id IN "
                 "(SELECT content_id FROM contents WHERE parent_id = ?)", cid) == [(14,)]
    assert not any(p.name in ("shadow", "c", "passwd") for p in hostile.root.rglob("*"))


def test_stdout_and_stderr_are_capped_and_marked(hostile: HostileRun) -> None:
    run = hostile.run_of(hostile.content("big-stdio.txt"), "evil")
    assert run["status"] == "ok"
    for stream, char in (("stdout", "o"), ("stderr", "e")):
        text = run[stream]
        assert text.startswith(char * 4096 + "\n[wadup: output truncated, 95904 more bytes")
        assert len(text) < 4096 + 100


def test_a_flood_of_files_in_the_sandbox_is_survived(hostile: HostileRun) -> None:
    cid = hostile.content("many-files.txt")
    assert hostile.run_of(cid, "evil")["status"] == "ok"
    assert query(hostile.db, 'SELECT done FROM "evil.many" WHERE content_id = ?', cid) == [(1,)]
    # 500 scratch files in /subcontent are not sub-content
    assert query(hostile.db, "SELECT count(*) FROM contents WHERE parent_id = ?", cid) == [(0,)]


def test_symlinked_output_is_refused_without_being_followed(hostile: HostileRun) -> None:
    for case in ("symlinks-meta-dir", "symlinks-sub-dir", "symlinks-meta-file",
                 "symlinks-sub-file"):
        run = hostile.run_of(hostile.content(f"{case}.txt"), "evil")
        assert run["stdout"] == "symlink made: 1\n", case  # the attack really happened
    tables = {name for (name,) in query(hostile.db, "SELECT name FROM sqlite_master")}
    assert "evil.leak" not in tables
    assert query(hostile.db, "SELECT count(*) FROM contents WHERE filename = 'stolen'") == [(0,)]
    assert (hostile.secret / "metadir" / "data_0.bin").read_text() == "host file, not sub-content"


def test_a_huge_sparse_child_is_skipped_without_being_read(hostile: HostileRun) -> None:
    """1 TiB that cost the guest nothing: the bytes cap is applied before the host reads it."""
    cid = hostile.content("sparse.txt")
    run = hostile.run_of(cid, "evil")
    assert (run["status"], run["stdout"]) == ("ok", "sparse child made: 1\n")
    assert query(hostile.db, "SELECT filename, size, sha256, status FROM contents "
                 "WHERE parent_id = ?", cid) == [("sparse.img", 1 << 40, None, "skipped")]
    reason = query(hostile.db, "SELECT reason FROM contents WHERE parent_id = ?", cid)[0][0]
    assert "--max-bytes 67108864" in reason
    assert hostile.seconds < 60  # hashing 1 TiB would take the better part of an hour


def test_fuel_stops_an_infinite_loop(tmp_path: Path) -> None:
    mods = build(tmp_path, "evil", "witness")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "loop.txt").write_text("loop\n")
    (corpus / "ok.txt").write_text("ok\n")
    db = tmp_path / "fuel.sqlite"
    run_wadup("run", "--modules", mods, "--input", corpus, "--db", db, "--quiet",
              "--fuel", "20000000", "--timeout", "60")
    runs = query(db, "SELECT c.filename, m.module, m.status, m.error_kind, m.error FROM "
                 "module_runs m JOIN contents c USING (content_id) WHERE c.depth = 0")
    by = {(f, m): (s, k, e) for f, m, s, k, e in runs}
    assert by[("loop.txt", "evil")][:2] == ("failed", "fuel")
    assert "all 20000000 units" in by[("loop.txt", "evil")][2]
    assert by[("ok.txt", "evil")][:2] == ("ok", None)
    assert by[("loop.txt", "witness")][:2] == by[("ok.txt", "witness")][:2] == ("ok", None)


def test_wadup_test_reports_the_same_failures(tmp_path: Path) -> None:
    """`wadup test` (one module, one file) classifies like `wadup run`."""
    from conftest import wadup_test_json

    mods = build(tmp_path, "evil")
    sample = tmp_path / "stack.txt"
    sample.write_text("stack\n")
    report = wadup_test_json(mods / "evil.wasm", sample)
    assert (report["ok"], report["error_kind"]) == (False, "stack")
    assert report["rows"] == {} and report["subcontent"] == []
    assert os.path.exists(sample) and sample.read_text() == "stack\n"
