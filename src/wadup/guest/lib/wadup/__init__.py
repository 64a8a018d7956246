"""The `wadup` library for Python modules; it runs *inside* the WebAssembly sandbox.

A module's `main()` reads the content at `/data.bin` (see `content_path()`), declares tables,
inserts rows and emits sub-content. Everything travels to the host as files (guest ABI v1):
`/metadata/*.json` for tables and rows, `/subcontent/*` for children. Rows still pending when
`main()` returns are flushed automatically.

    import wadup

    def main():
        stats = wadup.define_table("stats", [("name", "String"), ("size", "Int64")])
        stats.insert("data", wadup.size())
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "TYPES",
    "Table",
    "content_id",
    "content_path",
    "define_table",
    "depth",
    "emit_bytes",
    "emit_file",
    "emit_slice",
    "filename",
    "flush",
    "insert_row",
    "parent_id",
    "size",
]

TYPES = ("Int64", "Float64", "String", "Boolean")
_PY_TYPES: dict[Any, str] = {int: "Int64", float: "Float64", str: "String", bool: "Boolean"}
_INT64 = (-(2**63), 2**63 - 1)

CONTENT = "/data.bin"
METADATA_DIR = "/metadata"
SUBCONTENT_DIR = "/subcontent"


class Table:
    """A declared table; `insert(*values)` adds one row in column order."""

    __slots__ = ("name", "columns")

    def __init__(self, name: str, columns: Sequence[tuple[str, str]]) -> None:
        self.name = name
        self.columns = tuple(columns)

    def insert(self, *values: Any) -> None:
        """Queue one row; it reaches the host at the next flush (or when main() returns)."""
        insert_row(self.name, values)

    def __repr__(self) -> str:
        return f"Table({self.name!r}, {list(self.columns)!r})"


# Tables persist for the life of the instance (a module may declare them at import time);
# rows and counters belong to one file and are reset before each call to main().
_tables: dict[str, Table] = {}
_rows: list[dict[str, Any]] = []
_counters = {"metadata": 0, "subcontent": 0}


def _reset() -> None:
    """Forget the previous file's pending rows and output counters (called by the wrapper)."""
    _rows.clear()
    _counters["metadata"] = 0
    _counters["subcontent"] = 0


def _column_type(kind: Any) -> str:
    if kind in _PY_TYPES:
        return _PY_TYPES[kind]
    if isinstance(kind, str) and kind in TYPES:
        return kind
    raise ValueError(f"unknown column type {kind!r}: use one of {', '.join(TYPES)}")


def define_table(name: str, columns: Iterable[tuple[str, Any]]) -> Table:
    """Declare table `name` with `(column, type)` pairs; redeclaring it identically is a no-op.

    Types are "Int64", "Float64", "String", "Boolean" (or int, float, str, bool). On the host
    the table is stored as "<module>.<name>" with these columns plus `content_id`.
    """
    if not isinstance(name, str) or not name:
        raise ValueError("a table needs a non-empty string name")
    cols = tuple((str(col), _column_type(kind)) for col, kind in columns)
    if not cols:
        raise ValueError(f"table {name!r} needs at least one column")
    names = [col for col, _ in cols]
    if "content_id" in names:
        raise ValueError(f"table {name!r}: column name 'content_id' is reserved (the host adds it)")
    if len(set(names)) != len(names):
        raise ValueError(f"table {name!r} has duplicate column names: {names}")
    known = _tables.get(name)
    if known is not None:
        if known.columns != cols:
            raise ValueError(
                f"table {name!r} is already defined with columns {list(known.columns)}"
            )
        return known
    table = Table(name, cols)
    _tables[name] = table
    return table


def _cell(table: str, column: str, kind: str, value: Any) -> dict[str, Any]:
    """Encode one value as ABI v1 JSON, refusing values the column type cannot hold."""
    if kind == "Boolean" and isinstance(value, bool):
        return {"Boolean": value}
    if kind == "Int64" and isinstance(value, int) and not isinstance(value, bool):
        if not _INT64[0] <= value <= _INT64[1]:
            raise OverflowError(f"{table}.{column}: {value} does not fit in Int64")
        return {"Int64": value}
    if kind == "Float64" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"Float64": float(value)}
    if kind == "String" and isinstance(value, str):
        return {"String": value}
    raise TypeError(f"{table}.{column} is {kind}; got {type(value).__name__} {value!r}")


def insert_row(table: str, values: Sequence[Any]) -> None:
    """Queue a row for `table` (declared with define_table), values in column order."""
    name = table.name if isinstance(table, Table) else table
    known = _tables.get(name)
    if known is None:
        raise KeyError(f"table {name!r} is not defined: call define_table first")
    values = list(values)
    if len(values) != len(known.columns):
        raise ValueError(
            f"table {name!r} has {len(known.columns)} columns, row has {len(values)} values"
        )
    pairs = zip(known.columns, values, strict=True)
    cells = [_cell(name, col, kind, v) for (col, kind), v in pairs]
    _rows.append({"table_name": name, "values": cells})


def flush() -> None:
    """Write the declared tables and pending rows to a new /metadata file for the host."""
    if not _tables and not _rows:
        return
    doc = {
        "tables": [
            {"name": t.name, "columns": [{"name": c, "data_type": k} for c, k in t.columns]}
            for t in _tables.values()
        ],
        "rows": list(_rows),
    }
    n = _counters["metadata"]
    _counters["metadata"] = n + 1
    with open(f"{METADATA_DIR}/output_{n}.json", "w", encoding="utf-8") as out:
        json.dump(doc, out, separators=(",", ":"))
    _rows.clear()


def _next_child() -> int:
    n = _counters["subcontent"]
    _counters["subcontent"] = n + 1
    return n


def _child_metadata(n: int, doc: dict[str, Any]) -> None:
    with open(f"{SUBCONTENT_DIR}/metadata_{n}.json", "w", encoding="utf-8") as out:
        json.dump(doc, out)


def emit_bytes(data: bytes | bytearray | memoryview, filename: str) -> None:
    """Hand `data` to the host as a child named `filename`; it goes through every module."""
    n = _next_child()
    with open(f"{SUBCONTENT_DIR}/data_{n}.bin", "wb") as out:
        out.write(data)
    _child_metadata(n, {"filename": str(filename)})


def emit_file(path: str, filename: str) -> None:
    """Emit a file the module wrote (e.g. under /tmp) as a child, moving it rather than copying."""
    n = _next_child()
    os.replace(path, f"{SUBCONTENT_DIR}/data_{n}.bin")
    _child_metadata(n, {"filename": str(filename)})


def emit_slice(offset: int, length: int, filename: str) -> None:
    """Emit bytes [offset, offset+length) of the current content as a child, without a copy."""
    total = size()
    if offset < 0 or length < 0 or offset + length > total:
        raise ValueError(f"slice {offset}+{length} is outside the content ({total} bytes)")
    n = _next_child()
    _child_metadata(n, {"filename": str(filename), "offset": int(offset), "length": int(length)})


def content_path() -> str:
    """Path of the content being processed (a private copy: the module may open it r/w)."""
    return CONTENT


def size() -> int:
    """Size in bytes of the content being processed."""
    return os.stat(CONTENT).st_size


def filename() -> str:
    """Name of the content being processed (base name for roots, the emitted name for children)."""
    return os.environ.get("WADUP_FILENAME", "")


def content_id() -> str:
    """Host id of the content being processed."""
    return os.environ.get("WADUP_CONTENT_ID", "")


def depth() -> int:
    """0 for input files, parent's depth + 1 for sub-content."""
    return int(os.environ.get("WADUP_DEPTH", "0") or 0)


def parent_id() -> str | None:
    """Content id of the parent, or None for input files."""
    return os.environ.get("WADUP_PARENT_ID") or None
