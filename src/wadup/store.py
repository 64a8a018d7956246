"""The results database: plain SQLite that anyone can open, browse and query without wadup.

Schema (the product's contract, design §4):
- `contents`: one row per occurrence of a content (roots and sub-content).
- `module_runs`: one row per module per processed content, with the failure kind if any.
- `"<module>.<table>"`: one real table per module table, its declared columns plus `content_id`.
- `module_tables`: the declared schema of each module table (for tools and for resume).

Everything one content produced is written in one transaction (all or nothing); transactions
are batched (WAL, synchronous=NORMAL), so a crash loses at most the last batch, never half of a
content's results. Only the writer thread touches the connection.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wadup.output import ColumnType, TableSchema, Value

SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS contents (
    content_id   TEXT PRIMARY KEY,
    parent_id    TEXT,
    root_id      TEXT NOT NULL,
    filename     TEXT,
    sha256       TEXT,
    size         INTEGER,
    depth        INTEGER NOT NULL,
    status       TEXT NOT NULL,        -- pending | ok | skipped | failed
    reason       TEXT,                 -- why skipped or failed
    duplicate_of TEXT,                 -- first occurrence of the same sha256, if a repeat
    emitted_by   TEXT,                 -- module that emitted this sub-content
    source_path  TEXT,                 -- where the bytes are on the host (roots, pending work)
    source_offset INTEGER,
    source_length INTEGER,
    seq          INTEGER               -- discovery order within the root's tree
);
CREATE INDEX IF NOT EXISTS contents_parent ON contents(parent_id);
CREATE INDEX IF NOT EXISTS contents_root ON contents(root_id);
CREATE INDEX IF NOT EXISTS contents_sha256 ON contents(sha256);
CREATE TABLE IF NOT EXISTS module_runs (
    content_id   TEXT NOT NULL,
    module       TEXT NOT NULL,
    status       TEXT NOT NULL,        -- ok | failed
    error_kind   TEXT,                 -- timeout fuel memory stack trap bad_output guest_error
    error        TEXT,
    stdout       TEXT,
    stderr       TEXT,
    duration_ms  REAL,
    rows         INTEGER,
    subcontent   INTEGER,
    PRIMARY KEY (content_id, module)
);
CREATE TABLE IF NOT EXISTS module_tables (
    module       TEXT NOT NULL,
    name         TEXT NOT NULL,
    sql_name     TEXT NOT NULL,
    columns      TEXT NOT NULL,        -- JSON [[name, data_type], ...]
    PRIMARY KEY (module, name)
);
CREATE TABLE IF NOT EXISTS wadup_meta (key TEXT PRIMARY KEY, value TEXT);
"""


def quote(identifier: str) -> str:
    """An SQL identifier in double quotes; embedded quotes doubled, so any name is safe."""
    return '"' + identifier.replace('"', '""') + '"'


def table_sql_name(module: str, table: str) -> str:
    return f"{module}.{table}"


@dataclass
class ContentRow:
    content_id: str
    parent_id: str | None
    root_id: str
    filename: str
    sha256: str | None
    size: int | None
    depth: int
    status: str
    reason: str | None = None
    duplicate_of: str | None = None
    emitted_by: str | None = None
    source_path: str | None = None
    source_offset: int | None = None
    source_length: int | None = None
    seq: int | None = None


@dataclass
class ModuleRunRow:
    content_id: str
    module: str
    status: str
    error_kind: str | None
    error: str | None
    stdout: str
    stderr: str
    duration_ms: float
    rows: int
    subcontent: int


@dataclass
class ContentResult:
    """Everything one content produced: written in one transaction."""

    content: ContentRow
    runs: list[ModuleRunRow] = field(default_factory=list)
    #: (module, schema, rows) for each module table that got rows or was declared
    tables: list[tuple[str, TableSchema, list[tuple[Value, ...]]]] = field(default_factory=list)
    children: list[ContentRow] = field(default_factory=list)


class Store:
    """One SQLite connection, used from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=10000")
        self.conn.executescript(_DDL)
        self.conn.execute(
            "INSERT OR IGNORE INTO wadup_meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
        self._created: set[str] = {
            row[0] for row in self.conn.execute("SELECT sql_name FROM module_tables")
        }

    def close(self) -> None:
        self.conn.close()

    # -- writing -------------------------------------------------------------------------------

    def write_batch(self, results: Iterable[ContentResult]) -> None:
        """Write many contents' results in one transaction."""
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                self._write(cur, result)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def _write(self, cur: sqlite3.Cursor, result: ContentResult) -> None:
        _upsert_content(cur, result.content)
        for child in result.children:
            _upsert_content(cur, child)
        cur.executemany(
            "INSERT OR REPLACE INTO module_runs VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    r.content_id, r.module, r.status, r.error_kind, r.error, r.stdout,
                    r.stderr, round(r.duration_ms, 3), r.rows, r.subcontent,
                )
                for r in result.runs
            ],
        )
        for module, schema, rows in result.tables:
            name = self._ensure_table(cur, module, schema)
            if rows:
                marks = ",".join("?" * (len(schema.columns) + 1))
                cur.executemany(
                    f"INSERT INTO {quote(name)} VALUES ({marks})",
                    [(result.content.content_id, *row) for row in rows],
                )

    def _ensure_table(self, cur: sqlite3.Cursor, module: str, schema: TableSchema) -> str:
        name = table_sql_name(module, schema.name)
        if name in self._created:
            return name
        cols = ", ".join(f"{quote(c)} {t.sql}" for c, t in schema.columns)
        cur.execute(f"CREATE TABLE IF NOT EXISTS {quote(name)} (content_id TEXT NOT NULL, {cols})")
        cur.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(name + ':content_id')} "
            f"ON {quote(name)}(content_id)"
        )
        cur.execute(
            "INSERT OR REPLACE INTO module_tables VALUES (?,?,?,?)",
            (module, schema.name, name, json.dumps([[c, t.value] for c, t in schema.columns])),
        )
        self._created.add(name)
        return name

    # -- reading (resume, summaries) -----------------------------------------------------------

    def declared_tables(self) -> Iterator[tuple[str, TableSchema]]:
        for module, name, columns in self.conn.execute(
            "SELECT module, name, columns FROM module_tables"
        ):
            cols = tuple((c, ColumnType(t)) for c, t in json.loads(columns))
            yield module, TableSchema(name, cols)

    def finished_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT content_id FROM contents "
                                                  "WHERE status != 'pending'")}

    def pending(self) -> list[ContentRow]:
        rows = self.conn.execute(
            "SELECT * FROM contents WHERE status = 'pending' ORDER BY root_id, seq"
        ).fetchall()
        return [ContentRow(*row) for row in rows]

    def first_occurrences(self) -> dict[str, str]:
        """sha256 -> content_id of each content whose modules ran (for dedup on resume).

        A repeat can be saved before the content it repeats (still running when the run was
        killed): that content stays the first occurrence, so it runs when it is resumed.
        """
        firsts = dict(
            self.conn.execute(
                "SELECT sha256, min(duplicate_of) FROM contents WHERE duplicate_of IS NOT NULL "
                "AND sha256 IS NOT NULL GROUP BY sha256"
            ).fetchall()
        )
        firsts.update(
            self.conn.execute(
                "SELECT sha256, min(content_id) FROM contents WHERE status = 'ok' AND "
                "duplicate_of IS NULL AND sha256 IS NOT NULL GROUP BY sha256"
            ).fetchall()
        )
        return firsts

    def tree_usage(self, root_id: str) -> tuple[int, int, int]:
        """(files, bytes, last seq) already admitted into one root's tree."""
        files, size, seq = self.conn.execute(
            "SELECT count(*), coalesce(sum(size), 0), coalesce(max(seq), 0) FROM contents "
            "WHERE root_id = ? AND status != 'skipped'",
            (root_id,),
        ).fetchone()
        return files, size, seq


def _upsert_content(cur: sqlite3.Cursor, row: ContentRow) -> None:
    cur.execute(
        "INSERT INTO contents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(content_id) DO UPDATE SET status=excluded.status, reason=excluded.reason, "
        "duplicate_of=excluded.duplicate_of, sha256=excluded.sha256, size=excluded.size, "
        "source_path=excluded.source_path, source_offset=excluded.source_offset, "
        "source_length=excluded.source_length",
        (
            row.content_id, row.parent_id, row.root_id, row.filename, row.sha256, row.size,
            row.depth, row.status, row.reason, row.duplicate_of, row.emitted_by,
            row.source_path, row.source_offset, row.source_length, row.seq,
        ),
    )
