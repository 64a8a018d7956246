"""Regenerate the sample inputs in examples/data (run from anywhere) (deterministic contents)."""

import sqlite3
import zipfile
from pathlib import Path

HERE = Path(__file__).parent / "data"
NOTES = (
    "wadup runs sandboxed analysis modules over every file.\n"
    "Each module sees one file at a time and reports tables.\n"
    "Archives are opened and their members analysed in turn.\n"
)


def make_db(path: Path) -> None:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER, total REAL)")
    db.executemany("INSERT INTO customers (name) VALUES (?)", [("ada",), ("grace",), ("alan",)])
    db.executemany("INSERT INTO orders (customer, total) VALUES (?, ?)",
                   [(1, 9.5), (2, 12.0), (1, 3.25), (3, 7.0), (2, 1.0)])
    db.commit()
    db.close()


def make_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("docs/readme.txt", (2024, 1, 1, 0, 0, 0)), NOTES,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("stored.txt", (2024, 1, 1, 0, 0, 0)),
                   "stored without compression\n", compress_type=zipfile.ZIP_STORED)


if __name__ == "__main__":
    make_db(HERE / "shop.db")
    make_zip(HERE / "bundle.zip")
    (HERE / "notes.txt").write_text(NOTES)
