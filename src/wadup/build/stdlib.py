"""The CPython 3.14 standard library that componentize-py's runtime uses.

componentize-py mounts it at `/python` during pre-initialisation but ships it only as a
zstd-compressed tar inside its native library; lazy imports at run time need the same files,
so we locate that tar, unpack it once per componentize-py build and cache it.
"""

from __future__ import annotations

import importlib.metadata
import io
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from wadup.build.cache import Hasher, cache_dir, publish_dir
from wadup.build.errors import BuildError

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_MARKERS = ("os.py", "encodings/__init__.py", "importlib/_bootstrap_external.py")


def componentize_py_library() -> Path:
    """The componentize-py native library, which embeds the stdlib tar."""
    import componentize_py

    folder = Path(componentize_py.__file__).parent
    found = sorted(folder.glob("componentize_py*.so")) + sorted(folder.glob("componentize_py*.pyd"))
    if not found:
        raise BuildError(f"componentize-py's native library not found in {folder}")
    return found[0]


def stdlib_key() -> str:
    """Identifies the stdlib: the componentize-py version and its library's size and mtime."""
    lib = componentize_py_library()
    stat = lib.stat()
    version = importlib.metadata.version("componentize-py")
    return (Hasher("wadup-stdlib-v1").text("version", version)
            .text("lib", f"{stat.st_size}:{stat.st_mtime_ns}").hexdigest()[:32])


def _decompress(data: bytes) -> bytes:
    """Decompress the zstd frame(s) at the start of `data`, ignoring trailing bytes."""
    try:
        import zstandard  # type: ignore[import-not-found]

        return zstandard.ZstdDecompressor().decompressobj().decompress(data)
    except ImportError:
        pass
    zstd = shutil.which("zstd")
    if zstd is None:
        raise BuildError("unpacking CPython's stdlib needs the `zstd` command or the "
                         "`zstandard` Python package")
    # zstd stops with an error at the bytes after the last frame; stdout is still complete.
    return subprocess.run([zstd, "-d", "-c", "-q"], input=data, capture_output=True).stdout


def _find_tar(blob: bytes) -> bytes:
    for match in re.finditer(re.escape(_ZSTD_MAGIC), blob):
        head = _decompress(blob[match.start(): match.start() + 64 * 1024])
        if len(head) < 512 or head[257:262] != b"ustar":
            continue
        raw = _decompress(blob[match.start():])
        try:
            names = set(tarfile.open(fileobj=io.BytesIO(raw)).getnames())
        except tarfile.TarError:
            continue
        if all(m in names for m in _MARKERS):
            return raw
    raise BuildError("CPython's stdlib tar not found inside componentize-py (unknown version?)")


def stdlib_dir() -> Path:
    """The unpacked stdlib (sources only), cached per componentize-py build."""
    root = cache_dir() / "stdlib"
    final = root / stdlib_key() / "src"
    if final.is_dir():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    raw = _find_tar(componentize_py_library().read_bytes())
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=final.parent))
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(tmp, filter="data")
    return publish_dir(tmp, final)


def precompiled_tar() -> Path:
    """Where the stdlib with its pycs is cached as tar.xz (made by the first build)."""
    return stdlib_dir().parent / "stdlib-pyc.tar.xz"
