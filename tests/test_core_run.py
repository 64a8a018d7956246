"""`wadup run` with core modules: rows, sub-content, dedup, caps and failures, end to end.

Every test runs the real CLI on fixture modules built from C/WAT source and reads the real
SQLite store it wrote.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import query, run_wadup, wadup_test_json
from core_modules import build


def modules(tmp_path: Path, *names: str) -> Path:
    directory = tmp_path / "modules"
    for name in names:
        build(name, directory)
    return directory


def corpus(tmp_path: Path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "corpus"
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def test_byte_counter_rows_and_contents(tmp_path: Path) -> None:
    mods = modules(tmp_path, "counter")
    inp = corpus(tmp_path, {"a.txt": b"one\ntwo\n", "sub/b.bin": b"xyz", "empty": b""})
    db = tmp_path / "r.sqlite"
    proc = run_wadup("run", "--modules", mods, "--input", inp, "--db", db, "--workers", "2")
    assert "files" in proc.stdout and "counter.counts" in proc.stdout
    rows = query(db, 'SELECT c.filename, t.bytes, t.lines, t.filename, t.depth '
                     'FROM "counter.counts" t JOIN contents c USING (content_id) ORDER BY 1')
    assert rows == [("a.txt", 8, 2, "a.txt", 0), ("b.bin", 3, 0, "b.bin", 0),
                    ("empty", 0, 0, "empty", 0)]
    contents = query(db, "SELECT filename, sha256, size, depth, status, parent_id FROM contents "
                         "ORDER BY filename")
    assert contents == [
        ("a.txt", hashlib.sha256(b"one\ntwo\n").hexdigest(), 8, 0, "ok", None),
        ("b.bin", hashlib.sha256(b"xyz").hexdigest(), 3, 0, "ok", None),
        ("empty", hashlib.sha256(b"").hexdigest(), 0, 0, "ok", None),
    ]
    runs = query(db, "SELECT module, status, error_kind, stdout FROM module_runs ORDER BY stdout")
    assert runs == [("counter", "ok", None, "counted 0 bytes\ndone\n"),
                    ("counter", "ok", None, "counted 3 bytes\ndone\n"),
                    ("counter", "ok", None, "counted 8 bytes\ndone\n")]
    columns = query(db, "SELECT name, type FROM pragma_table_info('counter.counts')")
    assert columns == [("content_id", "TEXT"), ("bytes", "INTEGER"), ("lines", "INTEGER"),
                       ("filename", "TEXT"), ("depth", "INTEGER")]


def test_every_column_type(tmp_path: Path) -> None:
    mods = modules(tmp_path, "alltypes")
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", corpus(tmp_path, {"x": b"x"}), "--db", db)
    rows = query(db, 'SELECT i, f, s, b, raw, typeof(b), typeof(raw) FROM "alltypes.typed" '
                     "ORDER BY i")
    assert rows == [
        (-(1 << 63), 1.5, 'h\u00e9llo "q"', 1, b"\x00\x01\x02\xff", "integer", "blob"),
        (42, -0.25, "", 0, None, "integer", "null"),
    ]
    types = query(db, "SELECT name, type FROM pragma_table_info('alltypes.typed')")
    assert types == [("content_id", "TEXT"), ("i", "INTEGER"), ("f", "REAL"), ("s", "TEXT"),
                     ("b", "INTEGER"), ("raw", "BLOB")]


def test_nested_subcontent_parent_links_and_depth(tmp_path: Path) -> None:
    """A file inside a sliced region inside an emitted file: EMIT -> SLICE -> EMIT -> leaf."""
    mods = modules(tmp_path, "unpacker", "counter")
    inp = corpus(tmp_path, {"nested.pack": b"EMIT:SLICE:EMIT:leaf!"})
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db)
    rows = query(db, "SELECT content_id, parent_id, filename, depth, size, sha256, emitted_by "
                     "FROM contents ORDER BY depth")
    expected = [("nested.pack", 0, b"EMIT:SLICE:EMIT:leaf!", None),
                ("emitted.bin", 1, b"SLICE:EMIT:leaf!", "unpacker"),
                ("sliced.bin", 2, b"EMIT:leaf!", "unpacker"),
                ("emitted.bin", 3, b"leaf!", "unpacker")]
    assert len(rows) == 4
    for i, (row, (name, depth, data, by)) in enumerate(zip(rows, expected, strict=True)):
        assert row[2:] == (name, depth, len(data), hashlib.sha256(data).hexdigest(), by)
        assert row[1] == (rows[i - 1][0] if i else None)  # parent is the previous level
    counts = query(db, 'SELECT t.depth, t.bytes FROM "counter.counts" t ORDER BY t.depth')
    assert counts == [(0, 21), (1, 16), (2, 10), (3, 5)]
    assert {r[0] for r in query(db, "SELECT root_id FROM contents")} == {rows[0][0]}


def test_dedup_links_repeats_and_no_dedup_processes_all(tmp_path: Path) -> None:
    mods = modules(tmp_path, "counter")
    inp = corpus(tmp_path, {"a": b"same", "b": b"same", "c": b"other"})
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db, "--workers", "1")
    rows = query(db, "SELECT filename, status, duplicate_of FROM contents ORDER BY filename")
    first = query(db, "SELECT content_id FROM contents WHERE filename = 'a'")[0][0]
    assert rows == [("a", "ok", None), ("b", "ok", first), ("c", "ok", None)]
    assert query(db, "SELECT count(*) FROM module_runs") == [(2,)]
    db2 = tmp_path / "r2.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db2, "--no-dedup")
    assert query(db2, "SELECT count(*) FROM module_runs") == [(3,)]
    assert query(db2, "SELECT count(*) FROM contents WHERE duplicate_of IS NOT NULL") == [(0,)]


@pytest.mark.parametrize(
    ("cap", "value", "expected"),
    [
        # SPLIT:<EMIT:aa>|<EMIT:bb> : root, left, right, then one grandchild under each.
        ("--max-depth", "1", {"ok": 3, "skipped": 2}),
        ("--max-files", "4", {"ok": 4, "skipped": 1}),
        ("--max-bytes", "30", {"ok": 3, "skipped": 1}),  # 21 + 7 + 2; right (7) is over
    ],
)
def test_tree_caps_skip_and_record(tmp_path: Path, cap: str, value: str,
                                   expected: dict[str, int]) -> None:
    mods = modules(tmp_path, "unpacker")
    inp = corpus(tmp_path, {"t": b"SPLIT:EMIT:aa|EMIT:bb"})  # 21 bytes; children 7 and 7
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db, "--workers", "1", cap, value)
    statuses = dict(query(db, "SELECT status, count(*) FROM contents GROUP BY status"))
    assert statuses == expected
    reasons = query(db, "SELECT reason FROM contents WHERE status = 'skipped'")
    assert reasons and all(cap in r[0] for r in reasons)
    skipped_runs = query(db, "SELECT count(*) FROM module_runs m JOIN contents c "
                             "USING (content_id) WHERE c.status = 'skipped'")
    assert skipped_runs == [(0,)]


@pytest.mark.parametrize(
    ("fixture", "kind", "extra"),
    [
        ("spin", "timeout", ["--timeout", "0.5"]),
        ("spin", "fuel", ["--fuel", "2000000"]),
        ("membomb", "memory", ["--max-memory", "32M"]),
        ("recurse", "stack", []),
        ("cstack", "stack", []),
        ("wildptr", "trap", []),
        ("explode", "trap", []),
        ("nonzero", "guest_error", []),
    ],
)
def test_hostile_module_is_recorded_and_others_intact(
    tmp_path: Path, fixture: str, kind: str, extra: list[str]
) -> None:
    mods = modules(tmp_path, fixture, "counter")
    inp = corpus(tmp_path, {"f1": b"data one\n", "f2": b"data two\n\n"})
    db = tmp_path / "r.sqlite"
    proc = run_wadup("run", "--modules", mods, "--input", inp, "--db", db, *extra)
    runs = query(db, "SELECT module, status, error_kind, error FROM module_runs "
                     "ORDER BY module, content_id")
    hostile = [r for r in runs if r[0] == fixture]
    assert [r[1:3] for r in hostile] == [("failed", kind)] * 2
    assert all(r[3] for r in hostile)  # a readable message
    assert query(db, 'SELECT bytes FROM "counter.counts" ORDER BY bytes') == [(9,), (10,)]
    assert query(db, "SELECT count(*) FROM contents WHERE status = 'ok'") == [(2,)]
    assert f"{kind} 2" in proc.stdout  # the summary counts failures by kind
    if fixture == "explode":
        assert "explode" in hostile[0][3]  # wasm backtrace names the function
    if fixture == "nonzero":  # its metadata is dropped with the failure
        assert query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'nonzero.t'") == [(0,)]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"malformed", "not valid JSON"),
        (b"wrongtype", "got a String value for a Int64 column"),
        (b"unknowntable", "undeclared table 'nope'"),
        (b"arity", "has 0 values, expected 1"),
    ],
)
def test_bad_output_keeps_nothing_of_that_module(tmp_path: Path, content: bytes,
                                                 needle: str) -> None:
    mods = modules(tmp_path, "badout", "counter")
    inp = corpus(tmp_path, {"bad": content, "good": b"fine"})
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db)
    runs = query(db, "SELECT c.filename, m.status, m.error_kind, m.error FROM module_runs m "
                     "JOIN contents c USING (content_id) WHERE m.module = 'badout' "
                     "AND c.depth = 0 ORDER BY 1")
    assert runs[0][:3] == ("bad", "failed", "bad_output") and needle in runs[0][3]
    assert runs[1][:3] == ("good", "ok", None)
    bad_id = query(db, "SELECT content_id FROM contents WHERE filename = 'bad'")[0][0]
    # Nothing partial from the bad file: no rows, no children; the good file's are there.
    assert query(db, 'SELECT count(*) FROM "badout.t" WHERE content_id = ?', bad_id) == [(0,)]
    assert query(db, "SELECT count(*) FROM contents WHERE parent_id = ?", bad_id) == [(0,)]
    good_id = query(db, "SELECT content_id FROM contents WHERE filename = 'good'")[0][0]
    assert query(db, 'SELECT v FROM "badout.t" WHERE content_id = ?', good_id) == [(7,)]
    assert query(db, "SELECT filename FROM contents WHERE parent_id = ?", good_id) == [("c",)]
    # The other module saw the bad file as usual.
    assert query(db, 'SELECT count(*) FROM "counter.counts" WHERE content_id = ?', bad_id) \
        == [(1,)]


def test_hostile_subcontent_names_are_kept_as_evidence(tmp_path: Path) -> None:
    mods = modules(tmp_path, "names")
    inp = corpus(tmp_path, {"x": b"x"})
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db)
    names = query(db, "SELECT filename FROM contents WHERE depth = 1 ORDER BY filename")
    assert sorted(n[0] for n in names) == sorted(
        ["../../etc/passwd", "/etc/shadow", "a/../../b", "..", "nul\0byte", "bad\\udcffutf8"]
    )
    # Nothing was written outside the run's own files.
    assert not (tmp_path / "b").exists() and not Path("/etc/passwd.wadup").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "modules", "r.sqlite",
                                                          "r.sqlite-shm", "r.sqlite-wal"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "modules", "r.sqlite"]


def test_ten_thousand_children(tmp_path: Path) -> None:
    mods = modules(tmp_path, "many")
    data = b"MANY" + bytes(range(256)) * 40
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", corpus(tmp_path, {"m": data}), "--db", db)
    assert query(db, "SELECT count(*), count(DISTINCT content_id) FROM contents "
                     "WHERE depth = 1") == [(10000, 10000)]
    # 10,000 one-byte slices hold 256 distinct values: the rest are duplicates, not reprocessed.
    assert query(db, "SELECT count(*) FROM contents WHERE depth = 1 AND duplicate_of IS NULL") \
        == [(256,)]
    assert query(db, "SELECT filename, size FROM contents WHERE depth = 1 ORDER BY seq "
                     "LIMIT 2") == [("c00000", 1), ("c00001", 1)]


def test_worker_isolation_runs_the_same(tmp_path: Path) -> None:
    mods = modules(tmp_path, "counter", "explode")
    inp = corpus(tmp_path, {f"f{i}": b"x" * i for i in range(6)})
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db, "--isolation", "worker")
    assert query(db, 'SELECT bytes FROM "counter.counts" ORDER BY bytes') == \
        [(i,) for i in range(6)]
    assert query(db, "SELECT count(*) FROM module_runs WHERE module = 'explode' "
                     "AND error_kind = 'trap'") == [(6,)]


def test_wadup_test_json_reports_everything(tmp_path: Path) -> None:
    mods = modules(tmp_path, "unpacker", "explode")
    sample = tmp_path / "s"
    sample.write_bytes(b"SPLIT:abc|de")
    report = wadup_test_json(mods / "unpacker.wasm", sample)
    assert report["ok"] is True and report["error_kind"] is None
    assert [(c["filename"], c["size"], c["slice"]) for c in report["subcontent"]] == [
        ("left", 3, {"offset": 6, "length": 3}), ("right", 2, {"offset": 10, "length": 2})]
    assert report["subcontent"][0]["head"] == b"abc".hex()
    failed = wadup_test_json(mods / "explode.wasm", sample)
    assert failed["ok"] is False and failed["error_kind"] == "trap"
    assert set(failed) >= {"ok", "error_kind", "error", "tables", "rows", "stdout", "stderr",
                           "subcontent"}
    proc = run_wadup("test", mods / "explode.wasm", sample, check=False)
    assert proc.returncode == 1 and "trap" in proc.stdout


def test_run_refuses_bad_arguments(tmp_path: Path) -> None:
    mods = modules(tmp_path, "counter")
    inp = corpus(tmp_path, {"a": b"a"})
    missing = run_wadup("run", "--modules", tmp_path / "nope", "--input", inp, "--db",
                        tmp_path / "x.sqlite", check=False)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "bad.wasm").write_bytes(b"not wasm")
    bad = run_wadup("run", "--modules", tmp_path / "junk", "--input", inp, "--db",
                    tmp_path / "y.sqlite", check=False)
    assert bad.returncode == 2 and "not a WebAssembly file" in bad.stderr
    for bad_name, needle in (("sqlite_x.wasm", "'sqlite_'"), ("a.b.wasm", "may not contain")):
        named = tmp_path / f"named-{bad_name}"
        named.mkdir()
        (named / bad_name).write_bytes((mods / "counter.wasm").read_bytes())
        refused = run_wadup("run", "--modules", named, "--input", inp, "--db",
                            tmp_path / f"{bad_name}.sqlite", check=False)
        assert refused.returncode == 2 and needle in refused.stderr
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", mods, "--input", inp, "--db", db)
    again = run_wadup("run", "--modules", mods, "--input", inp, "--db", db, check=False)
    assert again.returncode == 2 and "--resume" in again.stderr
