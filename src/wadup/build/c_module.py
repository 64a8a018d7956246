"""`wadup build` for C: a wasm32-wasi reactor via clang from the `ziglang` wheel.

One command, no toolchain to install: the `ziglang` wheel carries clang, wasm-ld and wasi-libc.
zig lays the C stack out *first* in linear memory (16 MiB, below static data; measured), so a
C stack overflow runs below address 0 and traps at once instead of overwriting the heap (the
failure that crashed the original WADUP, design §6). `__stack_pointer` is exported so that the
sandbox can tell such a trap apart from any other out-of-bounds access and report `stack`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wadup.build.errors import BuildError

#: Linked into every module: exports wadup_flush(), which the host calls after process().
RUNTIME = Path(__file__).resolve().parent.parent / "guest" / "c" / "wadup_runtime.c"

FLAGS = ("-target", "wasm32-wasi", "-mexec-model=reactor", "-O2",
         "-Wl,--export=__stack_pointer")


def c_sources(project: Path) -> list[Path]:
    """The C files a project is made of: the file itself, or every `*.c` in the directory."""
    if project.is_file():
        return [project] if project.suffix == ".c" else []
    return sorted(project.glob("*.c")) if project.is_dir() else []


def build_c_module(project: Path, out: Path | None = None) -> Path:
    """Compile and link; the module must export `process() -> i32` (export_name attribute)."""
    sources = c_sources(project)
    if not sources:
        raise BuildError(f"{project}: no C sources found")
    name = (project.stem if project.is_file() else project.name).replace("-", "_")
    target = out or Path(f"{name}.wasm")
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "ziglang", "cc", *FLAGS, "-o", str(target),
               *map(str, sources), str(RUNTIME)]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BuildError(f"C compilation failed:\n{proc.stderr.strip()}")
    return target
