"""The one wasmtime Engine a run shares, and the modules it has compiled.

Compiling a 20 MB Python component takes seconds; wasmtime's on-disk cache (`Config.cache`) makes
every later process load it in ~0.1 s, so modules are compiled once per machine. All worker
threads share this Engine: instantiation and calls are thread-safe and release the GIL.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from importlib.metadata import version as _version
from pathlib import Path

import wasmtime
import wasmtime.component

from wadup import bundle
from wadup.build.cache import cache_dir, prune

#: Epoch ticks per second: the resolution of `--timeout`.
EPOCH_HZ = 100

#: wasmtime panics the whole process when max_wasm_stack exceeds 2 MiB (measured).
MAX_WASM_STACK = 2 << 20

_WASMTIME_VERSION = _version("wasmtime")

#: Precompiled components kept in the cache (least recently used go first).
_KEEP_COMPILED = 20

_CORE_VERSION = b"\x01\x00\x00\x00"
_COMPONENT_VERSION = b"\x0d\x00\x01\x00"


class ModuleKind(StrEnum):
    CORE = "core"  # a wasip1 reactor exporting process() -> i32
    COMPONENT = "component"  # a component of the wadup:guest world (Python modules)


class ModuleLoadError(Exception):
    """A module file that cannot be used at all: the run cannot proceed with it."""


@dataclass
class LoadedModule:
    """A compiled module, ready to be instantiated any number of times, from any thread."""

    name: str
    path: Path
    kind: ModuleKind
    sha256: str
    compiled: wasmtime.Module | wasmtime.component.Component
    #: Host directories preopened read-only at these guest paths (a component's stdlib, deps).
    mounts: list[tuple[Path, str]] = field(default_factory=list)


class Engine:
    """A wasmtime Engine configured for sandboxing, with an epoch ticker thread for deadlines.

    `fuel` decides whether fuel metering is compiled in (~9% slower): it is an engine-wide
    setting, so it is fixed for the life of the Engine.
    """

    def __init__(self, *, fuel: bool = False, cache: bool = True) -> None:
        config = wasmtime.Config()
        if cache:  # wasmtime-py 50 refuses an explicit `cache = False`: off is the default
            config.cache = True
        self.cache = cache
        config.consume_fuel = fuel
        config.epoch_interruption = True
        config.max_wasm_stack = MAX_WASM_STACK
        config.wasm_component_model = True
        self.fuel_enabled = fuel
        self.wasmtime = wasmtime.Engine(config)
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="wadup-epoch", daemon=True)
        self._ticker.start()
        self._local = threading.local()

    def _tick(self) -> None:
        while not self._stop.wait(1 / EPOCH_HZ):
            self.wasmtime.increment_epoch()

    def close(self) -> None:
        self._stop.set()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load(self, path: Path) -> LoadedModule:
        """Compile (or fetch from the compile cache) one `.wasm` file."""
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ModuleLoadError(f"cannot read module {path}: {e.strerror}") from e
        if len(data) < 8 or data[:4] != b"\0asm":
            raise ModuleLoadError(f"{path} is not a WebAssembly file (no \\0asm header)")
        version = data[4:8]
        try:
            if version == _CORE_VERSION:
                kind = ModuleKind.CORE
                compiled: wasmtime.Module | wasmtime.component.Component = wasmtime.Module(
                    self.wasmtime, data
                )
            elif version == _COMPONENT_VERSION:
                kind = ModuleKind.COMPONENT
                compiled = self._component(data)
            else:
                raise ModuleLoadError(f"{path}: unknown WebAssembly version {version.hex()}")
        except wasmtime.WasmtimeError as e:
            raise ModuleLoadError(f"{path} does not compile: {e}") from e
        module = LoadedModule(
            name=path.stem,
            path=path,
            kind=kind,
            sha256=hashlib.sha256(data).hexdigest(),
            compiled=compiled,
        )
        del data
        if kind is ModuleKind.CORE:
            _check_core_exports(module)
        else:
            module.mounts = bundle.runtime_mounts(path)
        return module

    def _component(self, data: bytes) -> wasmtime.component.Component:
        """Compile a component, or map its precompiled form from wadup's cache.

        Loading a 20 MB Python component through `Config.cache` costs ~0.16 s and a transient
        ~95 MB of host RAM (the cached artifact is read and decompressed); mapping a serialized
        component with `deserialize_file` costs ~4 ms and ~6 MB (BENCHMARKS.md). The file is
        keyed by the component's sha256, the wasmtime version and the fuel setting; wasmtime
        itself refuses an artifact built for another engine configuration, and then we
        recompile and replace it.
        """
        if not self.cache:
            return wasmtime.component.Component(self.wasmtime, data)
        key = hashlib.sha256(data).hexdigest()[:40]
        flavour = f"wt{_WASMTIME_VERSION}-{'fuel' if self.fuel_enabled else 'nofuel'}"
        cached = cache_dir() / "compiled" / f"{key}-{flavour}.cwasm"
        if cached.exists():
            try:
                component = wasmtime.component.Component.deserialize_file(
                    self.wasmtime, str(cached)
                )
            except wasmtime.WasmtimeError:
                pass  # stale or foreign artifact: recompile below
            else:
                try:
                    os.utime(cached)  # most recently used: kept by prune()
                except OSError:
                    pass
                return component
        component = wasmtime.component.Component(self.wasmtime, data)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(component.serialize())
            tmp.replace(cached)
            prune(cached.parent, "*.cwasm", _KEEP_COMPILED)  # ~35 MB each for Python modules
        except OSError:
            pass  # a read-only cache only costs speed
        return component

    def core_linker(self) -> wasmtime.Linker:
        """A per-thread linker with WASI p1 defined (linkers are cheap; sharing them is not)."""
        linker = getattr(self._local, "core", None)
        if linker is None:
            linker = wasmtime.Linker(self.wasmtime)
            linker.define_wasi()
            self._local.core = linker
        return linker

    def component_linker(self) -> wasmtime.component.Linker:
        linker = getattr(self._local, "component", None)
        if linker is None:
            linker = wasmtime.component.Linker(self.wasmtime)
            linker.add_wasip2()
            self._local.component = linker
        return linker


def _check_core_exports(module: LoadedModule) -> None:
    assert isinstance(module.compiled, wasmtime.Module)
    names = {e.name for e in module.compiled.exports}
    if "process" not in names and "_start" not in names:
        raise ModuleLoadError(
            f"{module.path}: a core module must export process() -> i32 (or _start); "
            f"it exports {sorted(names) or 'nothing'}"
        )


def load_modules(engine: Engine, modules_dir: Path) -> list[LoadedModule]:
    """Every `*.wasm` in a directory, sorted by name; the file stem names the module."""
    if not modules_dir.is_dir():
        raise ModuleLoadError(f"modules directory {modules_dir} does not exist")
    paths = sorted(modules_dir.glob("*.wasm"))
    if not paths:
        raise ModuleLoadError(f"no .wasm modules in {modules_dir}")
    dotted = [p.name for p in paths if "." in p.stem]
    if dotted:
        raise ModuleLoadError(
            f"module file names may not contain '.' before .wasm (tables are named "
            f"\"<module>.<table>\", so it would be ambiguous): rename {', '.join(dotted)}"
        )
    reserved = [p.name for p in paths if p.stem.lower().startswith("sqlite_")]
    if reserved:
        raise ModuleLoadError(
            f"module file names may not start with 'sqlite_' (SQLite reserves table names "
            f"that do): rename {', '.join(reserved)}"
        )
    return [engine.load(p) for p in paths]
