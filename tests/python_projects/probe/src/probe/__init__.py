"""Test module for the Python build: the first line of each input names the behaviour.

The test fixture adds generated `branches_<N>.py` (imported here, at build time) and
`lazy_<N>.py` (imported inside main()) with an N-branch if/elif method each.
"""

import hashlib
import sys

import wadup
from probe import branches_28, branches_440, branches_2000  # noqa: F401 - generated

ELIF_SIZES = (28, 440, 2000)
CALLS = 0

elif_table = wadup.define_table(
    "elif_results", [("n", "Int64"), ("mode", "String"), ("value", "Int64"), ("result", "String")]
)
imports_table = wadup.define_table("imports", [("module", "String"), ("detail", "String")])
calls_table = wadup.define_table("calls", [("count", "Int64")])
digest_table = wadup.define_table("digest", [("size", "Int64"), ("sha256", "String")])


def _elif() -> None:
    import importlib

    for n in ELIF_SIZES:
        eager = getattr(sys.modules[__name__], f"branches_{n}").Classifier()
        lazy = importlib.import_module(f"probe.lazy_{n}").Classifier()
        for value in (0, n - 1, n):
            elif_table.insert(n, "eager", value, eager.classify(value))
            elif_table.insert(n, "lazy", value, lazy.classify(value))


def _imports() -> None:
    """Import (lazily, at run time) and exercise each stdlib module a file parser needs."""
    from probe import stdlib_checks

    for name, detail in stdlib_checks.run_all():
        imports_table.insert(name, detail)
    from text_unidecode import unidecode  # a bundled dependency, never imported at build time

    imports_table.insert("text_unidecode", unidecode("h\u00e9llo w\u00f6rld"))


def _big() -> None:
    digest = hashlib.sha256()
    with open(wadup.content_path(), "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    digest_table.insert(wadup.size(), digest.hexdigest())


def _emit() -> None:
    wadup.emit_bytes(b"child bytes", "child.bin")
    wadup.emit_slice(0, 4, "head.bin")


def main() -> None:
    global CALLS
    CALLS += 1
    with open(wadup.content_path(), "rb") as f:
        op = f.readline().strip().decode()
    if op == "elif":
        _elif()
    elif op == "imports":
        _imports()
    elif op == "raise":
        print("about to fail")
        raise ValueError("probe failure")
    elif op == "count":
        calls_table.insert(CALLS)
    elif op == "big":
        _big()
    elif op == "print":
        print("to stdout")
        print("to stderr", file=sys.stderr)
    elif op == "emit":
        _emit()
    elif op == "memory":
        hoard = [bytearray(64 << 20) for _ in range(64)]  # 4 GiB: past any memory limit
        print(len(hoard))
    elif op == "recursion":
        def down(n: int) -> int:
            return down(n + 1) + 1

        down(0)
    elif op == "allstdlib":
        from probe import stdlib_checks

        for name, error in stdlib_checks.import_everything():
            imports_table.insert(name, error)
    elif op == "compile":
        with open(wadup.content_path(), "rb") as f:
            f.readline()
            compile(f.read(), "probe_source.py", "exec")
    elif op == "sysexit":
        calls_table.insert(CALLS)
        sys.exit(0)
