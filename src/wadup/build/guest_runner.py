"""Run a freshly built component once at build time (to precompile pycs in the guest).

Build-only and deliberately minimal: the real sandbox (limits, output decoding) is
`wadup.sandbox`; the build just needs one call of `process` with some trees mounted.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from wasmtime import Config, Engine, Store, WasiConfig, WasmtimeError
from wasmtime.component import Component, Linker

# The run-time stack (wadup.engine), so that a file that compiles here compiles at run time.
from wadup.engine import MAX_WASM_STACK


@dataclass(frozen=True)
class GuestCall:
    """Outcome of one `process` call: failure kind/message (None if ok) and the output."""

    failure_kind: str | None
    failure_message: str | None
    stdout: str
    stderr: str


def call_process(wasm: Path, mounts: list[tuple[Path, str, bool]],
                 env: list[tuple[str, str]]) -> GuestCall:
    """Instantiate `wasm` with `(host, guest, writable)` mounts and call `process(env)`."""
    config = Config()
    config.cache = True  # shares wasmtime's on-disk compile cache with later runs
    # One short call: compiling without optimisation saves ~40% of this step's time.
    config.cranelift_opt_level = "none"
    config.max_wasm_stack = MAX_WASM_STACK  # the same stack as at run time, so the same limits
    engine = Engine(config)
    component = Component.from_file(engine, str(wasm))
    linker = Linker(engine)
    linker.add_wasip2()
    with tempfile.TemporaryDirectory(prefix="wadup-build-run-") as tmp:
        sandbox = Path(tmp) / "root"
        for sub in ("metadata", "subcontent", "tmp"):
            (sandbox / sub).mkdir(parents=True)
        (sandbox / "data.bin").write_bytes(b"")
        out, err = Path(tmp) / "stdout", Path(tmp) / "stderr"
        wasi = WasiConfig()
        wasi.stdout_file = str(out)
        wasi.stderr_file = str(err)
        wasi.env = env
        wasi.preopen_dir(str(sandbox), "/")
        for host, guest, writable in mounts:
            wasi.preopen_dir(str(host), guest, writable)
        store = Store(engine)
        store.set_wasi(wasi)
        instance = linker.instantiate(store, component)
        process = instance.get_func(store, "process")
        if process is None:
            raise RuntimeError(f"{wasm}: no `process` export")
        try:
            result = process(store, env)
            trap = None
        except WasmtimeError as exc:  # a trap: the instance is dead, report it
            result, trap = None, str(exc)
        stdout = out.read_text(errors="replace") if out.exists() else ""
        stderr = err.read_text(errors="replace") if err.exists() else ""
    if trap is not None:
        return GuestCall("trap", trap, stdout, stderr)
    if result is None:
        return GuestCall(None, None, stdout, stderr)
    return GuestCall(str(result.kind), str(result.message), stdout, stderr)
