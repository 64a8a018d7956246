# ruff: noqa: F811 - pytest fixtures imported from python_fixtures are used as parameters
"""The four example modules on fixtures made here, with exact rows, and `wadup run` over
examples/data with all of them."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

from conftest import query, run_wadup, wadup_test_json
from python_fixtures import EXAMPLES, example_modules  # noqa: F401 - a fixture


def test_db_parser_lists_tables_with_row_counts(example_modules: Path, tmp_path: Path) -> None:
    path = tmp_path / "known.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE alpha (x)")
    db.executemany("INSERT INTO alpha VALUES (?)", [(1,), (2,), (3,)])
    db.execute("CREATE TABLE beta (y)")
    db.execute('CREATE TABLE "odd ""name""" (z)')
    db.executemany('INSERT INTO "odd ""name""" VALUES (?)', [(1,), (2,)])
    db.commit()
    db.close()
    before = path.read_bytes()
    report = wadup_test_json(example_modules / "db_parser.wasm", path)
    assert report["ok"], report["error"]
    assert report["rows"]["db_table_stats"] == [["alpha", 3], ["beta", 0], ['odd "name"', 2]]
    assert path.read_bytes() == before  # the module opened its private copy
    not_db = tmp_path / "plain.txt"
    not_db.write_text("not a database")
    assert wadup_test_json(example_modules / "db_parser.wasm", not_db)["rows"] == {
        "db_table_stats": []}


def test_zip_extractor_rows_and_members_as_subcontent(example_modules: Path,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "known.zip"
    stored, deflated = b"stored bytes\n", b"deflated " * 500
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a/stored.txt", stored, compress_type=zipfile.ZIP_STORED)
        z.writestr("b/deflated.txt", deflated, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("empty-dir/", b"")
    info = {i.filename: i for i in zipfile.ZipFile(path).infolist()}
    report = wadup_test_json(example_modules / "zip_extractor.wasm", path)
    assert report["ok"], report["error"]
    assert report["rows"]["zip_members"] == [
        ["a/stored.txt", len(stored), len(stored), "stored"],
        ["b/deflated.txt", len(deflated), info["b/deflated.txt"].compress_size, "deflated"],
    ]
    children = {c["filename"]: c for c in report["subcontent"]}
    assert set(children) == {"a/stored.txt", "b/deflated.txt"}
    assert children["a/stored.txt"]["sha256"] == hashlib.sha256(stored).hexdigest()
    assert children["a/stored.txt"]["slice"] is not None  # a slice of the archive: no copy
    assert children["b/deflated.txt"]["sha256"] == hashlib.sha256(deflated).hexdigest()
    assert children["b/deflated.txt"]["slice"] is None


def test_text_analyser_counts_with_third_party_deps(example_modules: Path,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "My Notes.txt"
    path.write_text("one two three\nfour five\n\nsix\n")
    report = wadup_test_json(example_modules / "text_analyser.wasm", path)
    assert report["ok"], report["error"]
    assert report["rows"]["text_stats"] == [["ascii", 4, 6, 29, "my-notes-txt", "29 Bytes"]]
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02")
    assert wadup_test_json(example_modules / "text_analyser.wasm", binary)["rows"] == {
        "text_stats": []}


def test_elif_chain_2000_branches_eager_and_lazy(example_modules: Path, tmp_path: Path) -> None:
    expected = {b"\x07rest": [7, "eager_7", "lazy_7"], b"\xfa": [250, "eager_250", "lazy_250"],
                b"": [-1, "default", "default"]}
    for n, (data, row) in enumerate(expected.items()):
        path = tmp_path / f"f{n}"
        path.write_bytes(data)
        report = wadup_test_json(example_modules / "elif_chain.wasm", path)
        assert report["ok"], report["error"]
        assert report["rows"]["first_byte"] == [row]


def test_run_over_examples_data(example_modules: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    run_wadup("run", "--modules", example_modules, "--input", EXAMPLES / "data", "--db", db,
              "--quiet")
    assert query(db, "SELECT count(*) FROM module_runs WHERE status != 'ok'") == [(0,)]
    assert query(db, 'SELECT table_name, row_count FROM "db_parser.db_table_stats" '
                     "ORDER BY 1") == [("customers", 3), ("orders", 5)]
    assert query(db, 'SELECT name, size, method FROM "zip_extractor.zip_members" ORDER BY 1') == [
        ("docs/readme.txt", 167, "deflated"), ("stored.txt", 27, "stored")]
    children = query(db, "SELECT filename, depth FROM contents WHERE parent_id IS NOT NULL "
                         "ORDER BY 1")
    assert children == [("docs/readme.txt", 1), ("stored.txt", 1)]
    texts = query(db, 'SELECT c.filename, t.lines, t.words FROM "text_analyser.text_stats" t '
                      "JOIN contents c USING (content_id) ORDER BY 1")
    # docs/readme.txt has the same bytes as notes.txt: a duplicate, so no runs of its own.
    assert texts == [("notes.txt", 3, 28), ("stored.txt", 1, 3)]
    processed = query(db, "SELECT count(DISTINCT content_id) FROM module_runs")[0][0]
    assert query(db, 'SELECT count(*) FROM "elif_chain.first_byte"') == [(processed,)]
