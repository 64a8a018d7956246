"""Exercise stdlib modules a file parser needs; imported lazily, at run time only."""

from collections.abc import Callable, Iterator


def _sqlite3() -> str:
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute("create table t (x)")
    db.executemany("insert into t values (?)", [(1,), (2,)])
    return str(db.execute("select sum(x) from t").fetchone()[0])


def _zlib() -> str:
    import zlib

    return str(len(zlib.decompress(zlib.compress(b"a" * 1000))))


def _gzip() -> str:
    import gzip

    return gzip.decompress(gzip.compress(b"gzip ok")).decode()


def _zipfile() -> str:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "zip ok")
    return zipfile.ZipFile(buf).read("a.txt").decode()


def _tarfile() -> str:
    import io
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        data = b"tar ok"
        info = tarfile.TarInfo("a.txt")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        return t.extractfile("a.txt").read().decode()


def _json() -> str:
    import json

    return json.dumps(json.loads('{"a": [1, 2]}'), sort_keys=True)


def _csv() -> str:
    import csv
    import io

    return "|".join(next(csv.reader(io.StringIO('a,"b,c",d\n'))))


def _email() -> str:
    from email import message_from_string

    return message_from_string("Subject: hi\n\nbody\n")["Subject"]


def _xml() -> str:
    import xml.etree.ElementTree as ET

    return ET.fromstring("<a><b x='1'/></a>").find("b").get("x")


def _hashlib() -> str:
    import hashlib

    return hashlib.sha256(b"abc").hexdigest()[:16]


def _struct() -> str:
    import struct

    return str(struct.unpack("<I", struct.pack("<I", 0xDEADBEEF))[0])


def _unicodedata() -> str:
    import unicodedata

    return unicodedata.name("é")


def _bz2() -> str:
    import bz2

    return bz2.decompress(bz2.compress(b"bz2 ok" * 100))[:6].decode()


def _lzma() -> str:
    import lzma

    return lzma.decompress(lzma.compress(b"lzma ok" * 100))[:7].decode()


CHECKS: dict[str, Callable[[], str]] = {
    "sqlite3": _sqlite3, "zlib": _zlib, "gzip": _gzip, "zipfile": _zipfile,
    "tarfile": _tarfile, "json": _json, "csv": _csv, "email": _email, "xml.etree": _xml,
    "hashlib": _hashlib, "struct": _struct, "unicodedata": _unicodedata, "bz2": _bz2,
    "lzma": _lzma,
}


def run_all() -> Iterator[tuple[str, str]]:
    """(module, result or 'error: ...') for every check; one failure does not stop the rest."""
    for name, check in CHECKS.items():
        try:
            yield name, check()
        except Exception as exc:  # noqa: BLE001 - report, do not stop
            yield name, f"error: {type(exc).__name__}: {exc}"


def import_everything() -> Iterator[tuple[str, str]]:
    """(module, error) for every stdlib module that fails to import lazily at run time."""
    import importlib
    import sys

    for name in sorted(sys.stdlib_module_names):
        if name in sys.modules or name in ("antigravity", "this", "idlelib", "turtledemo"):
            continue
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - report, do not stop
            yield name, f"{type(exc).__name__}: {exc}"
