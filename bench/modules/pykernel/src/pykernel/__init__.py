"""wadup benchmark module: runs kernel(N) with N read from the content; one row with the result."""

import wadup
from pykernel.kernel import kernel

RESULT = wadup.define_table("result", [("n", "Int64"), ("checksum", "Int64")])


def main() -> None:
    with open(wadup.content_path(), "rb") as f:
        n = int(f.read().strip() or b"0")
    RESULT.insert(n, kernel(n))
