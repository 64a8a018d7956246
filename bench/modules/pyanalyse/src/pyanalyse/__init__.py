"""wadup benchmark module: one `files` row per content; stored ZIP members emitted as slices."""

import os

import wadup
from pyanalyse.core import file_stats, zip_members

FILES = wadup.define_table(
    "files",
    [("sha256", "String"), ("size", "Int64"), ("lines", "Int64"), ("words", "Int64"),
     ("members", "Int64")],
)


def main() -> None:
    with open(wadup.content_path(), "rb") as f:
        size = os.fstat(f.fileno()).st_size
        sha, size, lines, words = file_stats(f, 0, size)
        members = zip_members(f, 0, size)
    for offset, length, name in members:
        wadup.emit_slice(offset, length, name)
    FILES.insert(sha, size, lines, words, len(members))
