"""One module instance in its own directory, processing one file at a time under hard limits.

The guest sees a private host directory as `/` (guest ABI v1, design §3): a *copy* of the content
at `/data.bin` (we run as root, so file modes would not protect the input; nothing is ever linked),
empty `/metadata/`, `/subcontent/` and `/tmp/`. Limits: a memory cap (`Store.set_limits`), fuel,
an epoch deadline for wall-clock time, and the Engine's 2 MiB wasm stack. Whatever the guest does,
`run()` returns an `Invocation`; it never raises because of the guest.
"""

from __future__ import annotations

import errno
import math
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import wasmtime
import wasmtime.component

from wadup.config import Limits
from wadup.engine import EPOCH_HZ, Engine, LoadedModule, ModuleKind
from wadup.faults import ErrorKind, Fault, classify

#: Guest directories created empty for every file.
GUEST_DIRS = ("metadata", "subcontent", "tmp")

#: A C stack pointer this close to 0 (or wrapped past it) means the stack overflowed.
_STACK_GUARD = 4096

#: Epoch deadline used when there is no --timeout (about 290 years at 100 Hz).
_NO_DEADLINE = 1 << 40

#: Above this share of --max-memory, a failing core module is judged to have hit the limit:
#: wasmtime-py does not report refused `memory.grow`s, so the memory left is the evidence.
_MEMORY_REFUSED_SHARE = 0.75


_NO_KERNEL_COPY = frozenset({errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL})
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class ContentSource:
    """Where the bytes of one content are on the host: a whole file or a slice of one."""

    path: Path
    offset: int = 0
    length: int | None = None

    def copy_to(self, dest: Path) -> int:
        """Copy the bytes into `dest` (kernel-side copy; no Python buffers). Returns the size."""
        with open(self.path, "rb") as src, open(dest, "wb") as dst:
            remaining = self.length if self.length is not None else os.fstat(src.fileno()).st_size
            remaining = max(0, remaining - (0 if self.length is not None else self.offset))
            total = 0
            offset = self.offset
            kernel_copy = True
            while remaining > 0:
                if kernel_copy:
                    try:
                        n = os.copy_file_range(src.fileno(), dst.fileno(), remaining, offset)
                    except OSError as error:
                        # EXDEV: input and sandbox on different filesystems (not supported by
                        # copy_file_range on Linux >= 5.19); fall back to a buffered copy.
                        if error.errno not in _NO_KERNEL_COPY:
                            raise
                        kernel_copy = False
                        continue
                else:
                    chunk = os.pread(src.fileno(), min(remaining, _COPY_CHUNK), offset)
                    n = len(chunk)
                    dst.write(chunk)
                if n == 0:
                    break
                offset += n
                total += n
                remaining -= n
            return total


def _empty_dir(path: str) -> None:
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.unlink(entry.path)


@dataclass
class Invocation:
    """What one module did with one file: its fault (None = success) and its captured output."""

    module: str
    fault: Fault | None
    stdout: str
    stderr: str
    duration_ms: float
    #: The guest's `/` on the host, still holding /metadata and /subcontent for decoding.
    root: Path

    @property
    def ok(self) -> bool:
        return self.fault is None


class _CappedStream:
    """A WASI stdout/stderr sink that keeps the first `limit` bytes and marks truncation."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.dropped = 0

    def write(self, data: bytes) -> int:
        room = self.limit - self.size
        if room > 0:
            kept = data[:room]
            self.chunks.append(kept)
            self.size += len(kept)
        self.dropped += max(0, len(data) - max(room, 0))
        return len(data)

    def text(self) -> str:
        out = b"".join(self.chunks).decode("utf-8", errors="replace")
        if self.dropped:
            out += f"\n[wadup: output truncated, {self.dropped} more bytes dropped]"
        return out

    def clear(self) -> None:
        self.chunks.clear()
        self.size = 0
        self.dropped = 0


class Sandbox:
    """A module instance bound to a private directory.

    Under `--isolation file` a Sandbox serves one file and is closed. Under `--isolation worker`
    the same instance serves many files; after any failure the instance is discarded (an
    uncaught trap or exception leaves it in an unknown state) and the next file gets a new one.
    """

    def __init__(self, engine: Engine, module: LoadedModule, limits: Limits, workdir: Path):
        self.engine = engine
        self.module = module
        self.limits = limits
        self.dir = Path(tempfile.mkdtemp(prefix=f"{module.name}-", dir=workdir))
        self.root = self.dir / "root"
        self.root.mkdir()
        self._stdout = _CappedStream(limits.max_stdio_bytes)
        self._stderr = _CappedStream(limits.max_stdio_bytes)
        self._store: wasmtime.Store | None = None
        self._instance: wasmtime.Instance | wasmtime.component.Instance | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        self._store = None
        self._instance = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def discard_instance(self) -> None:
        """Drop the instance so the next file gets a fresh one, but keep the directory:
        creating and removing a directory tree per file cost 1.5-9 ms on ext4 (BENCHMARKS.md)."""
        self._store = None
        self._instance = None

    def _reset_root(self) -> None:
        """Empty the guest's `/`, keeping the (emptied) guest directories: fewer metadata ops."""
        for entry in os.scandir(self.root):
            if entry.name in GUEST_DIRS and entry.is_dir(follow_symlinks=False):
                _empty_dir(entry.path)
            elif entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        for name in GUEST_DIRS:
            (self.root / name).mkdir(exist_ok=True)

    def _new_store(self, env: dict[str, str]) -> wasmtime.Store:
        store = wasmtime.Store(self.engine.wasmtime)
        store.set_limits(memory_size=self.limits.max_memory)
        wasi = wasmtime.WasiConfig()
        wasi.argv = [self.module.name]
        wasi.env = list(env.items())
        wasi.preopen_dir(str(self.root), "/")
        for host_dir, guest_path in self.module.mounts:
            wasi.preopen_dir(str(host_dir), guest_path, fs_mutable=False)
        wasi.stdout_custom = self._stdout.write
        wasi.stderr_custom = self._stderr.write
        store.set_wasi(wasi)
        return store

    def _arm(self, store: wasmtime.Store) -> None:
        """Give the next call its full budget of fuel and wall-clock time."""
        if self.engine.fuel_enabled:
            store.set_fuel(self.limits.fuel if self.limits.fuel is not None else 1 << 62)
        ticks = (
            math.ceil(self.limits.timeout * EPOCH_HZ) + 1
            if self.limits.timeout is not None
            else _NO_DEADLINE
        )
        store.set_epoch_deadline(ticks)

    # -- running -------------------------------------------------------------------------------

    def run(self, source: ContentSource, env: dict[str, str]) -> Invocation:
        """Process one content. Never raises for anything the guest does."""
        self._reset_root()
        self._stdout.clear()
        self._stderr.clear()
        source.copy_to(self.root / "data.bin")
        start = time.perf_counter()
        fault: Fault | None
        try:
            if self._store is None:
                self._store = self._new_store(env)
                self._arm(self._store)
                self._instance = self._instantiate(self._store)
            else:
                self._arm(self._store)
            fault = self._call(self._store, env)
        except (wasmtime.WasmtimeError, wasmtime.Trap) as error:
            fault = classify(
                error,
                timeout=self.limits.timeout,
                fuel=self.limits.fuel,
                memory_refused=self._memory_refused(),
                max_memory=self.limits.max_memory,
                shadow_stack_overflow=self._shadow_stack_overflowed(),
            )
        duration_ms = (time.perf_counter() - start) * 1000
        if fault is not None:
            self._store = None  # a failed instance is never reused
            self._instance = None
        return Invocation(
            module=self.module.name,
            fault=fault,
            stdout=self._stdout.text(),
            stderr=self._stderr.text(),
            duration_ms=duration_ms,
            root=self.root,
        )

    def _instantiate(
        self, store: wasmtime.Store
    ) -> wasmtime.Instance | wasmtime.component.Instance:
        if self.module.kind is ModuleKind.CORE:
            assert isinstance(self.module.compiled, wasmtime.Module)
            instance = self.engine.core_linker().instantiate(store, self.module.compiled)
            init = instance.exports(store).get("_initialize")
            if isinstance(init, wasmtime.Func) and "process" in instance.exports(store):
                init(store)
            return instance
        assert isinstance(self.module.compiled, wasmtime.component.Component)
        return self.engine.component_linker().instantiate(store, self.module.compiled)

    def _call(self, store: wasmtime.Store, env: dict[str, str]) -> Fault | None:
        if isinstance(self._instance, wasmtime.Instance):
            return self._call_core(store, self._instance)
        assert isinstance(self._instance, wasmtime.component.Instance)
        return self._call_component(store, self._instance, env)

    def _call_core(self, store: wasmtime.Store, instance: wasmtime.Instance) -> Fault | None:
        exports = instance.exports(store)
        process = exports.get("process")
        if isinstance(process, wasmtime.Func):
            rc = process(store)
            flush = exports.get("wadup_flush")  # C modules built by `wadup build`
            if isinstance(flush, wasmtime.Func):
                flush(store)
            if rc not in (0, None):
                return Fault(ErrorKind.GUEST_ERROR, f"process() returned {rc}")
            return None
        start = exports.get("_start")
        assert isinstance(start, wasmtime.Func)  # checked when the module was loaded
        try:
            start(store)
        except wasmtime.ExitTrap as exit_:
            if exit_.code != 0:
                return Fault(ErrorKind.GUEST_ERROR, f"module exited with code {exit_.code}")
        return None

    def _call_component(
        self, store: wasmtime.Store, instance: wasmtime.component.Instance, env: dict[str, str]
    ) -> Fault | None:
        process = instance.get_func(store, "process")
        if process is None:
            return Fault(ErrorKind.BAD_OUTPUT, "component does not export process(env)")
        result = process(store, list(env.items()))
        post_return = getattr(process, "post_return", None)
        if post_return is not None:
            post_return(store)
        if result is None:
            return None
        kind_name = getattr(result, "kind", "guest_error")
        try:
            kind = ErrorKind(kind_name)
        except ValueError:
            kind = ErrorKind.GUEST_ERROR
        return Fault(kind, str(getattr(result, "message", result)))

    def _memory_refused(self) -> bool:
        """Did the memory limit stop this guest? (core modules; see _MEMORY_REFUSED_SHARE)"""
        if not isinstance(self._instance, wasmtime.Instance) or self._store is None:
            return False
        memory = self._instance.exports(self._store).get("memory")
        if not isinstance(memory, wasmtime.Memory):
            return False
        used = memory.data_len(self._store)
        return used >= self.limits.max_memory * _MEMORY_REFUSED_SHARE

    def _shadow_stack_overflowed(self) -> bool:
        """Had the C stack pointer left linear memory? (core modules exporting __stack_pointer)"""
        if not isinstance(self._instance, wasmtime.Instance) or self._store is None:
            return False
        exports = self._instance.exports(self._store)
        pointer, memory = exports.get("__stack_pointer"), exports.get("memory")
        if not isinstance(pointer, wasmtime.Global) or not isinstance(memory, wasmtime.Memory):
            return False
        value = pointer.value(self._store)
        if not isinstance(value, int):
            return False
        address = value & 0xFFFFFFFF
        return address < _STACK_GUARD or address > memory.data_len(self._store)
