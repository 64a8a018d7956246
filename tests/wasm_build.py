"""Build test fixture modules from source, cached by a hash of the source and the toolchain.

WAT goes through wasmtime's own assembler; C through clang from the `ziglang` wheel
(`zig cc -target wasm32-wasi -mexec-model=reactor`). The first zig build on a machine takes
~30 s (zig builds its wasi-libc); later ones ~0.2 s, and cached fixtures cost nothing.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import wasmtime

from wadup.build.c_module import FLAGS, RUNTIME

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("WADUP_CACHE_DIR", REPO / ".wadup-cache")) / "fixtures"


def _cached(kind: str, source: str, flags: tuple[str, ...] = ()) -> tuple[Path, bool]:
    key = hashlib.sha256("\0".join((kind, source, *flags)).encode()).hexdigest()[:24]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{key}.wasm"
    return path, path.exists()


def wat_module(source: str, dest: Path) -> Path:
    """Assemble WAT into `dest` (a `.wasm` whose stem is the module name)."""
    cached, hit = _cached("wat", source)
    if not hit:
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(wasmtime.wat2wasm(source))
        tmp.replace(cached)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(cached.read_bytes())
    return dest


def c_module(source: str, dest: Path, *flags: str) -> Path:
    """Compile C as `wadup build` does, into a wasm32-wasi reactor at `dest`."""
    all_flags = (*FLAGS, *flags, RUNTIME.read_text())
    cached, hit = _cached("c", source, all_flags)
    if not hit:
        src = cached.with_suffix(".c")
        src.write_text(source)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run(
            [sys.executable, "-m", "ziglang", "cc", *FLAGS, *flags, "-o", str(tmp), str(src),
             str(RUNTIME)],
            check=True, capture_output=True, text=True,
        )
        tmp.replace(cached)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(cached.read_bytes())
    return dest
