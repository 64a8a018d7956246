"""Property tests of the output decoder: whatever a guest leaves in /metadata and /subcontent.

`wadup.output.decode` is called in-process on a directory filled with arbitrary bytes, arbitrary
JSON and almost-valid documents (mutated schemas, rows, values and sub-content records), plus
symlinks and directories where files belong. It must either return a ModuleOutput whose every
row and child is valid and storable in the real SQLite store, or raise BadOutput; nothing else.
Through a real run, a module that writes the same arbitrary output next to a valid row leaves
either all of its output or none of it.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import query
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wasm_build import c_module

from wadup.config import Limits, RunConfig
from wadup.engine import Engine
from wadup.output import BadOutput, ColumnType, ModuleOutput, decode
from wadup.scheduler import Scheduler
from wadup.store import ContentResult, ContentRow, ModuleRunRow, Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "security"
LIMITS = Limits(max_output_bytes=20_000, max_subcontent=6)
PARENT_SIZE = 100
TYPES = [t.value for t in ColumnType]

# -- strategies ---------------------------------------------------------------------------------

#: Outputs that once escaped the decoder as exceptions other than BadOutput.
FLOAT_OVERFLOW = (b'{"tables":[{"name":"t","columns":[{"name":"c","data_type":"Float64"}]}],'
                  b'"rows":[{"table_name":"t","values":[{"Float64":' + b"9" * 400 + b"}]}]}")
INT_DIGITS = b'{"tables":[],"n":' + b"9" * 5000 + b"}"

texts = st.text(max_size=12) | st.sampled_from(["t", "c", "content_id", "CONTENT_ID", "x\0y",
                                                 '"; DROP TABLE contents; --', "\udcff", ""])
numbers = (st.integers() | st.integers(min_value=10**18, max_value=10**400)
           | st.integers(min_value=-(10**400), max_value=-(10**18))
           | st.floats(allow_nan=True, allow_infinity=True))
scalars = st.none() | st.booleans() | numbers | texts
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(texts, inner, max_size=4), max_leaves=12)

names = st.sampled_from(["t", "u", "T"]) | texts
cell = st.one_of(
    st.none(),
    st.fixed_dictionaries({}, optional={"Int64": numbers, "Float64": numbers}),
    st.builds(lambda tag, v: {tag: v}, st.sampled_from([*TYPES, "Null", "int", ""]),
              json_values),
    json_values,
)
column = st.fixed_dictionaries({"name": names, "data_type": st.sampled_from(TYPES) | json_values})
table = st.fixed_dictionaries({"name": names, "columns": st.lists(column, max_size=4)}) | (
    json_values)
row = st.fixed_dictionaries({"table_name": names, "values": st.lists(cell, max_size=4)}) | (
    json_values)
document = st.fixed_dictionaries(
    {}, optional={"tables": st.lists(table, max_size=3) | json_values,
                  "rows": st.lists(row, max_size=6) | json_values}) | json_values
child_meta = st.fixed_dictionaries(
    {}, optional={"filename": texts | json_values, "offset": numbers | json_values,
                  "length": numbers | json_values}) | json_values


def encode(doc: Any) -> bytes:
    return json.dumps(doc, allow_nan=True).encode("utf-8", "surrogatepass")


payload = st.one_of(
    document.map(encode),
    child_meta.map(encode),
    st.binary(max_size=200),
    document.map(encode).flatmap(lambda b: st.integers(0, len(b)).map(lambda i: b[:i])),
    st.just(b"[" * 5000),
    st.just(b'{"filename": "raw \xff\xfe name"}'),
    st.just(FLOAT_OVERFLOW),
    st.just(INT_DIGITS),
)
kinds = st.sampled_from(["file"] * 8 + ["dir", "symlink", "dangling"])
metadata_names = st.sampled_from(["a.json", "b.json", "0.json", "10.json", "2.json", "x.txt",
                                  ".json"])
subcontent_names = st.builds(
    lambda kind, key: f"{kind}_{key}.{'bin' if kind == 'data' else 'json'}",
    st.sampled_from(["data", "metadata"]), st.sampled_from(["0", "1", "2", "10", "a", "x.y"]),
) | st.just("junk")
entries = st.lists(
    st.tuples(st.sampled_from(["metadata", "subcontent"]), metadata_names, subcontent_names,
              kinds, payload),
    max_size=8,
)

# -- checks -------------------------------------------------------------------------------------


def fill(root: Path, spec: list[tuple[str, str, str, str, bytes]], outside: Path) -> None:
    for directory in ("metadata", "subcontent", "tmp"):
        (root / directory).mkdir()
    for directory, meta_name, sub_name, kind, data in spec:
        path = root / directory / (meta_name if directory == "metadata" else sub_name)
        if path.exists() or path.is_symlink():
            continue
        if kind == "file":
            path.write_bytes(data)
        elif kind == "dir":
            path.mkdir()
        elif kind == "symlink":
            os.symlink(outside, path)  # points at valid-looking output outside the sandbox
        else:
            os.symlink(root / "nowhere", path)


def check_valid(output: ModuleOutput, root: Path) -> None:
    """Everything a successful decode returns is well-formed."""
    for name, schema in output.tables.items():
        assert name == schema.name and isinstance(name, str)
        name.encode("utf-8")  # strict: no surrogates reach SQLite identifiers
        for col, kind in schema.columns:
            col.encode("utf-8")
            assert col.lower() != "content_id" and isinstance(kind, ColumnType)
    for name, rows in output.rows.items():
        schema = output.tables[name]
        for values in rows:
            assert len(values) == len(schema.columns)
            for value, (_col, kind) in zip(values, schema.columns, strict=True):
                if value is None:
                    continue
                if kind is ColumnType.INT64:
                    assert type(value) is int and -(2**63) <= value < 2**63
                elif kind is ColumnType.FLOAT64:
                    assert type(value) is float and not math.isnan(value)
                elif kind is ColumnType.STRING:
                    assert type(value) is str
                    value.encode("utf-8")
                elif kind is ColumnType.BOOLEAN:
                    assert value in (0, 1)
                else:
                    assert type(value) is bytes
    assert len(output.children) <= LIMITS.max_subcontent
    for child in output.children:
        child.filename.encode("utf-8")
        if child.data_path is not None:
            assert child.data_path.parent == root / "subcontent"
            assert child.data_path.is_file() and not child.data_path.is_symlink()
        else:
            assert child.offset is not None and child.length is not None
            assert 0 <= child.offset and 0 <= child.length
            assert child.offset + child.length <= PARENT_SIZE


def store_and_read_back(output: ModuleOutput, db: Path) -> None:
    """The decoded rows go into the real store unchanged."""
    store = Store(db)
    try:
        result = ContentResult(
            ContentRow("c1", None, "c1", "f", "0" * 64, PARENT_SIZE, 0, "ok"),
            runs=[ModuleRunRow("c1", "m", "ok", None, None, "", "", 1.0, output.row_count,
                               len(output.children))],
            tables=[("m", schema, output.rows[name]) for name, schema in output.tables.items()],
        )
        store.write_batch([result])
    finally:
        store.close()
    for name, schema in output.tables.items():
        cols = ", ".join('"' + c.replace('"', '""') + '"' for c, _ in schema.columns)
        sql_name = ("m." + name).replace('"', '""')
        got = query(db, f'SELECT {cols or "content_id"} FROM "{sql_name}" ORDER BY rowid')
        want = [tuple(r) for r in output.rows[name]] if schema.columns else [
            ("c1",) for _ in output.rows[name]]
        assert got == want


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=entries)
def test_decode_returns_valid_output_or_bad_output(spec: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        outside = Path(tmp) / "outside"
        outside.mkdir()
        (outside / "a.json").write_bytes(encode({"tables": [{"name": "leak", "columns": []}]}))
        fill(root, spec, outside)
        try:
            output = decode(root, LIMITS, PARENT_SIZE)
        except BadOutput as error:
            assert str(error)
            return
        check_valid(output, root)
        assert not any(p.is_symlink() for p in (root / "metadata").iterdir()
                       if p.suffix == ".json")
        store_and_read_back(output, Path(tmp) / "store.sqlite")


def test_known_crashers_are_bad_output(tmp_path: Path) -> None:
    """Regressions found by the properties above (they once escaped as other exceptions)."""
    cases = {
        "float-overflow": FLOAT_OVERFLOW,  # float() of a 400-digit integer: OverflowError
        "int-digits": INT_DIGITS,  # Python's int digit limit: json.loads raised ValueError
    }
    for name, data in cases.items():
        root = tmp_path / name
        (root / "metadata").mkdir(parents=True)
        (root / "metadata" / "x.json").write_bytes(data)
        with pytest.raises(BadOutput):
            decode(root, LIMITS, PARENT_SIZE)


# -- through a real run -------------------------------------------------------------------------

SEP = b"\n--8<--\n"


@pytest.fixture(scope="module")
def echo_engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    mods = tmp_path_factory.mktemp("echo-modules")
    c_module((FIXTURES / "echo.c").read_text(), mods / "echo.wasm")
    c_module((FIXTURES / "witness.c").read_text(), mods / "witness.wasm")
    with Engine() as engine:
        from wadup.engine import load_modules

        yield mods, engine, load_modules(engine, mods)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(metadata=payload, child=payload)
def test_random_output_is_stored_whole_or_not_at_all(
    echo_engine: Any, metadata: bytes, child: bytes
) -> None:
    """`echo` writes a valid row, then our bytes as /metadata/x.json and as a child's metadata."""
    with tempfile.TemporaryDirectory() as tmp:
        db = run_echo(echo_engine, Path(tmp), metadata + SEP + child)
        root_id = query(db, "SELECT content_id FROM contents WHERE depth = 0")[0][0]
        (status, kind), = query(db, "SELECT status, error_kind FROM module_runs WHERE "
                                "content_id = ? AND module = 'echo'", root_id)
        fixed = query(db, 'SELECT count(*) FROM "echo.fixed" WHERE content_id = ?', root_id) \
            if _has_table(db, "echo.fixed") else [(0,)]
        children = query(db, "SELECT count(*) FROM contents WHERE parent_id = ?", root_id)
        tables = [n for (n,) in query(db, "SELECT sql_name FROM module_tables WHERE "
                                      "module = 'echo'")]
        rows = sum(query(db, f'SELECT count(*) FROM "{n}" WHERE content_id = ?', root_id)[0][0]
                   for n in tables)
        if status == "ok":
            assert fixed == [(1,)]
            assert children[0][0] in (0, 1)
        else:
            assert kind == "bad_output"
            assert fixed == [(0,)] and children == [(0,)] and rows == 0
        # the other module on the same file is never affected
        assert query(db, "SELECT status FROM module_runs WHERE content_id = ? AND "
                     "module = 'witness'", root_id) == [("ok",)]
        assert query(db, "SELECT count(*) FROM contents WHERE status NOT IN ('ok', 'skipped')"
                     ) == [(0,)]


def run_echo(echo_engine: Any, tmp: Path, *samples: bytes) -> Path:
    """A real run (in-process: real Engine, Scheduler and Store) of echo and witness."""
    mods, engine, modules = echo_engine
    corpus = tmp / "corpus"
    corpus.mkdir()
    for i, data in enumerate(samples):
        (corpus / f"sample{i}.bin").write_bytes(data)
    db = tmp / "run.sqlite"
    config = RunConfig(modules_dir=mods, inputs=(corpus,), db_path=db, limits=LIMITS)
    store = Store(db)
    try:
        Scheduler(config, engine, modules, store).run()
    finally:
        store.close()
    shutil.rmtree(corpus)
    return db


def test_tables_sqlite_cannot_hold_are_bad_output(echo_engine: Any, tmp_path: Path) -> None:
    """Regressions: each of these failed the store's write batch and so stopped the whole run."""
    def doc(*tables: tuple[str, list[str]]) -> bytes:
        return encode({
            "tables": [{"name": n, "columns": [{"name": c, "data_type": "Int64"} for c in cols]}
                       for n, cols in tables],
            "rows": [{"table_name": n, "values": [{"Int64": 1} for _ in cols]}
                     for n, cols in tables],
        })

    samples = [
        doc(("empty", [])),  # CREATE TABLE with no columns is a syntax error
        doc(("wide", [f"c{i}" for i in range(2001)])),  # SQLite: "too many columns"
        doc(("t", ["a"]), ("T", ["a", "b"])),  # SQLite names ignore case: "t" is "T"
        doc(("later", ["a"])),
        doc(("LATER", ["a", "b"])),  # the same, across two files of the run
        b"not json",
    ]
    db = run_echo(echo_engine, tmp_path, *samples)
    runs = query(db, "SELECT c.filename, m.module, m.status, m.error_kind FROM module_runs m "
                 "JOIN contents c USING (content_id) ORDER BY 1, 2")
    by = {(f, m): (s, k) for f, m, s, k in runs}
    assert len(by) == 2 * len(samples)  # the run went on and recorded every file
    assert by[("sample0.bin", "echo")] == ("failed", "bad_output")
    assert by[("sample1.bin", "echo")] == ("failed", "bad_output")
    assert by[("sample2.bin", "echo")] == ("failed", "bad_output")
    assert {by[("sample3.bin", "echo")], by[("sample4.bin", "echo")]} == {
        ("ok", None), ("failed", "bad_output")}
    assert all(by[(f"sample{i}.bin", "witness")] == ("ok", None) for i in range(len(samples)))
    assert query(db, 'SELECT count(*) FROM "echo.fixed"') == [(1,)]  # only the good output


def _has_table(db: Path, name: str) -> bool:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() \
            is not None
    finally:
        conn.close()
