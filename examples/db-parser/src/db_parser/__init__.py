"""wadup module: for a SQLite database, one row per table with its row count."""

import sqlite3

import wadup

MAGIC = b"SQLite format 3\x00"

stats = wadup.define_table("db_table_stats", [("table_name", "String"), ("row_count", "Int64")])


def main() -> None:
    with open(wadup.content_path(), "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            return
    # /data.bin is the module's private copy, so SQLite may open it read-write.
    db = sqlite3.connect(wadup.content_path())
    try:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            (count,) = db.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()
            stats.insert(name, count)
    finally:
        db.close()
