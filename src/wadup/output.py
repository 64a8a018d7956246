"""Decode what a guest left in its sandbox into typed rows and sub-content, or refuse it whole.

The guest is untrusted: every byte under `/metadata` and `/subcontent` is validated here, sizes are
capped, symlinks are never followed, and any violation raises `BadOutput` so that none of the
module's rows or children for that file are kept (all or nothing).

Formats (guest ABI v1, design §3):
- `/metadata/*.json`: `{"tables": [{"name", "columns": [{"name", "data_type"}]}],
  "rows": [{"table_name", "values": [{"Int64": 1} | {"Float64": 1.5} | {"String": "x"} |
  {"Boolean": true} | {"Bytes": "<base64>"} | {"Null": null} | null]}]}`
- `/subcontent/metadata_<N>.json`: `{"filename": "..."}` with `/subcontent/data_<N>.bin`, or
  `{"filename": "...", "offset": O, "length": L}` alone for a slice of the parent.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import re
import stat
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from wadup.config import Limits
from wadup.faults import ErrorKind, Fault
from wadup.sandbox import Invocation


class BadOutput(Exception):
    """The guest's output breaks the ABI; the message says where and how."""


class ColumnType(StrEnum):
    INT64 = "Int64"
    FLOAT64 = "Float64"
    STRING = "String"
    BOOLEAN = "Boolean"
    BYTES = "Bytes"

    @property
    def sql(self) -> str:
        return _SQL_TYPES[self]


_SQL_TYPES = {
    ColumnType.INT64: "INTEGER",
    ColumnType.FLOAT64: "REAL",
    ColumnType.STRING: "TEXT",
    ColumnType.BOOLEAN: "INTEGER",
    ColumnType.BYTES: "BLOB",
}

_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1
_MAX_NAME = 256
_MAX_COLUMNS = 1000  # SQLite refuses a table of more than 2000 (and with it the whole batch)
_CHILD_KEY = re.compile(r"^(?:data|metadata)_(.+)\.(bin|json)$")

Value = int | float | str | bytes | None


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: tuple[tuple[str, ColumnType], ...]


@dataclass(frozen=True)
class Child:
    """One piece of sub-content a module emitted, in emission order."""

    key: str  # the <N> of data_<N>.bin / metadata_<N>.json
    filename: str  # evidence, never a host path
    data_path: Path | None = None  # the guest-written file, still inside the sandbox
    offset: int | None = None  # slice of the parent, when data_path is None
    length: int | None = None


@dataclass
class ModuleOutput:
    tables: dict[str, TableSchema] = field(default_factory=dict)
    rows: dict[str, list[tuple[Value, ...]]] = field(default_factory=dict)
    children: list[Child] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def decode_invocation(
    invocation: Invocation, limits: Limits, parent_size: int
) -> tuple[Fault | None, ModuleOutput | None]:
    """The module's fault, or its decoded output; output that breaks the ABI becomes a fault."""
    if invocation.fault is not None:
        return invocation.fault, None
    try:
        return None, decode(invocation.root, limits, parent_size)
    except BadOutput as error:
        return Fault(ErrorKind.BAD_OUTPUT, str(error)), None


def decode(root: Path, limits: Limits, parent_size: int) -> ModuleOutput:
    """Read and validate everything under `root/metadata` and `root/subcontent`."""
    output = ModuleOutput()
    _decode_metadata(root / "metadata", limits, output)
    output.children = _decode_subcontent(root / "subcontent", limits, parent_size)
    return output


# -- metadata -----------------------------------------------------------------------------------


def _regular_files(directory: Path) -> list[os.DirEntry[str]]:
    """Entries of a guest directory; anything but a regular file there is bad output."""
    try:
        # lstat first: a guest may replace /metadata or /subcontent with a symlink that points
        # out of its sandbox (WASI lets it create one, not follow it); the host must not follow.
        if not stat.S_ISDIR(os.lstat(directory).st_mode):
            raise BadOutput(f"/{directory.name} is not a directory")
        entries = list(os.scandir(directory))
    except FileNotFoundError:
        return []  # the guest removed its own output directory: it emitted nothing
    except NotADirectoryError as e:
        raise BadOutput(f"/{directory.name} is not a directory") from e
    for entry in entries:
        if not stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
            raise BadOutput(f"/{directory.name}/{_show(entry.name)} is not a regular file")
    return entries


def _read_json(path: Path, budget: list[int], limits: Limits) -> Any:
    shown = f"/{path.parent.name}/{_show(path.name)}"
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    with os.fdopen(fd, "rb") as f:
        data = f.read(budget[0] + 1)
    if len(data) > budget[0]:
        raise BadOutput(
            f"metadata over the {limits.max_output_bytes}-byte cap per file and module "
            f"(at {shown})"
        )
    budget[0] -= len(data)
    try:
        # Raw bytes that are not UTF-8 (a zip member's CP437 name, say) are evidence: keep them
        # as lone surrogates, which _escape_surrogates later shows as visible escapes.
        return json.loads(data.decode(json.detect_encoding(data), "surrogateescape"))
    except (ValueError, RecursionError) as e:  # ValueError: also int digit limit, encodings
        raise BadOutput(f"{shown} is not valid JSON: {e}") from None


def _decode_metadata(directory: Path, limits: Limits, output: ModuleOutput) -> None:
    budget = [limits.max_output_bytes]
    documents = []
    for entry in sorted(_regular_files(directory), key=lambda e: _natural_key(e.name)):
        if entry.name.endswith(".json"):
            documents.append((entry.name, _read_json(Path(entry.path), budget, limits)))
    # Tables first, from every file: the original library writes schemas and rows separately.
    for name, doc in documents:
        if not isinstance(doc, dict):
            raise BadOutput(f"/metadata/{_show(name)}: top level must be an object")
        for table in _list(doc, "tables", name):
            schema = _table_schema(table, name)
            known = output.tables.get(schema.name)
            if known is not None and known != schema:
                raise BadOutput(
                    f"/metadata/{_show(name)}: table {schema.name!r} declared twice with "
                    "different columns"
                )
            output.tables[schema.name] = schema
            output.rows.setdefault(schema.name, [])
    for name, doc in documents:
        for row in _list(doc, "rows", name):
            table, values = _row(row, output.tables, name)
            output.rows[table].append(values)


def _list(doc: dict[str, Any], key: str, name: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise BadOutput(f"/metadata/{_show(name)}: {key!r} must be a list")
    return value


def _table_schema(table: Any, name: str) -> TableSchema:
    where = f"/metadata/{_show(name)}"
    if not isinstance(table, dict):
        raise BadOutput(f"{where}: each table must be an object")
    table_name = _name(table.get("name"), f"{where}: table name")
    columns = table.get("columns")
    if not isinstance(columns, list):
        raise BadOutput(f"{where}: table {table_name!r} needs a 'columns' list")
    if len(columns) > _MAX_COLUMNS:
        raise BadOutput(f"{where}: table {table_name!r} has {len(columns)} columns, "
                        f"over the cap of {_MAX_COLUMNS}")
    seen: set[str] = set()
    parsed = []
    for column in columns:
        if not isinstance(column, dict):
            raise BadOutput(f"{where}: table {table_name!r}: each column must be an object")
        col = _name(column.get("name"), f"{where}: table {table_name!r}: column name")
        if col.lower() == "content_id":
            raise BadOutput(f"{where}: table {table_name!r}: column name 'content_id' is reserved")
        if col.lower() in seen:
            raise BadOutput(f"{where}: table {table_name!r}: column {col!r} appears twice")
        seen.add(col.lower())
        try:
            kind = ColumnType(column.get("data_type"))
        except ValueError:
            raise BadOutput(
                f"{where}: table {table_name!r}: column {col!r} has unknown data_type "
                f"{column.get('data_type')!r} (expected one of "
                f"{', '.join(t.value for t in ColumnType)})"
            ) from None
        parsed.append((col, kind))
    if not parsed:  # SQL has no table without columns: it would fail the whole write batch
        raise BadOutput(f"{where}: table {table_name!r} needs at least one column")
    return TableSchema(table_name, tuple(parsed))


def _name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > _MAX_NAME or "\0" in value:
        raise BadOutput(f"{what} must be a non-empty string of at most {_MAX_NAME} characters")
    if _has_surrogates(value):
        raise BadOutput(f"{what} is not valid Unicode")
    return value


def _row(row: Any, tables: dict[str, TableSchema], name: str) -> tuple[str, tuple[Value, ...]]:
    where = f"/metadata/{_show(name)}"
    if not isinstance(row, dict):
        raise BadOutput(f"{where}: each row must be an object")
    table_name = row.get("table_name")
    schema = tables.get(table_name) if isinstance(table_name, str) else None
    if schema is None:
        raise BadOutput(f"{where}: row for undeclared table {table_name!r}")
    values = row.get("values")
    if not isinstance(values, list) or len(values) != len(schema.columns):
        got = len(values) if isinstance(values, list) else "no"
        raise BadOutput(
            f"{where}: row for table {schema.name!r} has {got} values, "
            f"expected {len(schema.columns)}"
        )
    out = tuple(
        _value(v, col, kind, f"{where}: table {schema.name!r}, column {col!r}")
        for v, (col, kind) in zip(values, schema.columns, strict=True)
    )
    return schema.name, out


def _value(value: Any, column: str, kind: ColumnType, where: str) -> Value:
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) != 1:
        raise BadOutput(f"{where}: a value must look like {{\"{kind.value}\": ...}}")
    (tag, inner), = value.items()
    if tag == "Null" and inner is None:
        return None
    if tag != kind.value:
        raise BadOutput(f"{where}: got a {tag} value for a {kind.value} column")
    if kind is ColumnType.INT64:
        if isinstance(inner, int) and not isinstance(inner, bool):
            if _INT64_MIN <= inner <= _INT64_MAX:
                return inner
            raise BadOutput(f"{where}: {inner} does not fit in Int64")
    elif kind is ColumnType.FLOAT64:
        if isinstance(inner, int | float) and not isinstance(inner, bool):
            try:
                number = float(inner)
            except OverflowError:  # an integer literal beyond the float range
                raise BadOutput(f"{where}: integer too large for Float64") from None
            return None if math.isnan(number) else number
    elif kind is ColumnType.STRING:
        if isinstance(inner, str):
            return _escape_surrogates(inner)
    elif kind is ColumnType.BOOLEAN:
        if isinstance(inner, bool):
            return int(inner)
    elif kind is ColumnType.BYTES and isinstance(inner, str):
        try:
            return base64.b64decode(inner, validate=True)
        except binascii.Error:
            raise BadOutput(f"{where}: Bytes value is not valid base64") from None
    raise BadOutput(f"{where}: {type(inner).__name__} is not a valid {kind.value}")


# -- sub-content --------------------------------------------------------------------------------


def _decode_subcontent(directory: Path, limits: Limits, parent_size: int) -> list[Child]:
    data_files: dict[str, Path] = {}
    meta_files: dict[str, Path] = {}
    for entry in _regular_files(directory):
        match = _CHILD_KEY.match(entry.name)
        if match is None:
            continue  # scratch files the guest left behind are not sub-content
        key, ext = match.groups()
        if entry.name.startswith("data_") and ext == "bin":
            data_files[key] = Path(entry.path)
        elif entry.name.startswith("metadata_") and ext == "json":
            meta_files[key] = Path(entry.path)
    if len(meta_files) > limits.max_subcontent:
        raise BadOutput(
            f"{len(meta_files)} sub-content items, over the cap of {limits.max_subcontent} "
            "per file and module"
        )
    orphans = sorted(set(data_files) - set(meta_files), key=_natural_key)
    if orphans:
        raise BadOutput(
            f"/subcontent/data_{_show(orphans[0])}.bin has no metadata_{_show(orphans[0])}.json"
        )
    budget = [limits.max_output_bytes]
    children = []
    for key in sorted(meta_files, key=_natural_key):
        doc = _read_json(meta_files[key], budget, limits)
        where = f"/subcontent/metadata_{_show(key)}.json"
        if not isinstance(doc, dict):
            raise BadOutput(f"{where}: must be an object")
        filename = doc.get("filename", f"subcontent_{key}")
        if not isinstance(filename, str):
            raise BadOutput(f"{where}: 'filename' must be a string")
        filename = _escape_surrogates(filename)
        offset, length = doc.get("offset"), doc.get("length")
        if key in data_files:
            if offset is not None or length is not None:
                raise BadOutput(f"{where}: give either data_{_show(key)}.bin or offset/length")
            children.append(Child(key, filename, data_path=data_files[key]))
            continue
        if not (_is_count(offset) and _is_count(length)):
            raise BadOutput(
                f"{where}: without data_{_show(key)}.bin it needs integer 'offset' and "
                "'length' (a slice of the parent)"
            )
        if offset + length > parent_size:
            raise BadOutput(
                f"{where}: slice {offset}+{length} runs past the end of the parent "
                f"({parent_size} bytes)"
            )
        children.append(Child(key, filename, offset=offset, length=length))
    return children


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# -- text helpers -------------------------------------------------------------------------------


def _natural_key(name: str) -> tuple[Any, ...]:
    """Order data_2 before data_10."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", name))


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _escape_surrogates(text: str) -> str:
    """JSON can carry lone surrogates (invalid UTF-8 from the guest); keep them visibly escaped."""
    if not _has_surrogates(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _show(name: str) -> str:
    return name.encode("unicode_escape").decode("ascii")[:120]
