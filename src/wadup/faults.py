"""Why a module failed on a file: a kind from a fixed list and a message a person can act on.

Traps are classified by wasmtime's `TrapCode`, never by message text. Component calls report
traps as a `wasmtime_error_t`, which wasmtime-py does not decode; the C API's error and trap
objects are the same boxed error, so the code is read through `wasmtime_trap_code` on it.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from enum import StrEnum

import wasmtime
from wasmtime import _ffi as ffi


class ErrorKind(StrEnum):
    TIMEOUT = "timeout"  # wall-clock deadline (--timeout) passed
    FUEL = "fuel"  # fuel budget (--fuel) spent
    MEMORY = "memory"  # the memory limit refused a grow (--max-memory), or MemoryError
    STACK = "stack"  # wasm stack exhausted, or Python RecursionError
    TRAP = "trap"  # any other trap: unreachable, out-of-bounds access, ...
    BAD_OUTPUT = "bad_output"  # what the module wrote does not follow the guest ABI
    GUEST_ERROR = "guest_error"  # process() returned non-zero, proc_exit(n), Python exception


@dataclass(frozen=True)
class Fault:
    kind: ErrorKind
    message: str


#: Frames kept in a backtrace: a stack overflow has thousands, all alike.
_MAX_FRAMES = 24

_KIND_BY_TRAP = {
    wasmtime.TrapCode.INTERRUPT: ErrorKind.TIMEOUT,
    wasmtime.TrapCode.OUT_OF_FUEL: ErrorKind.FUEL,
    wasmtime.TrapCode.STACK_OVERFLOW: ErrorKind.STACK,
}


def trap_code(error: BaseException) -> wasmtime.TrapCode | None:
    """The TrapCode behind a Trap or a WasmtimeError, or None when it was not a trap."""
    if isinstance(error, wasmtime.Trap):
        return error.trap_code
    if isinstance(error, wasmtime.WasmtimeError) and not isinstance(error, wasmtime.ExitTrap):
        code = ffi.wasmtime_trap_code_t()
        as_trap = ctypes.cast(error.ptr(), ctypes.POINTER(ffi.wasm_trap_t))
        if ffi.wasmtime_trap_code(as_trap, ctypes.byref(code)):
            return wasmtime.TrapCode(code.value)
    return None


def backtrace(error: BaseException) -> str:
    """The wasm frames of a trap, with function names where the module has a name section."""
    if isinstance(error, wasmtime.Trap):
        frames = error.frames
    elif isinstance(error, wasmtime.WasmtimeError):
        vec = ffi.wasm_frame_vec_t()
        ffi.wasmtime_error_wasm_trace(error.ptr(), ctypes.byref(vec))
        frames = [wasmtime.Frame._from_ptr(vec.data[i], None) for i in range(vec.size)]
    else:
        return ""
    lines = []
    for i, frame in enumerate(frames[:_MAX_FRAMES]):
        name = frame.func_name or f"<wasm function {frame.func_index}>"
        module = frame.module_name or "<module>"
        offset = frame.module_offset
        where = f"{offset:#x}" if offset < (1 << 63) else "?"
        lines.append(f"  {i}: {where} - {module}!{name}")
    if len(frames) > _MAX_FRAMES:
        lines.append(f"  ... {len(frames) - _MAX_FRAMES} more frames")
    return "wasm backtrace:\n" + "\n".join(lines) if lines else ""


def classify(
    error: BaseException,
    *,
    timeout: float | None,
    fuel: int | None,
    memory_refused: bool,
    max_memory: int,
    shadow_stack_overflow: bool = False,
) -> Fault:
    """Turn what a call raised into a Fault.

    `memory_refused` is the sandbox's judgement that the memory limit stopped a grow; a guest
    that then traps (malloc returned NULL, abort) failed because of memory, not the trap.
    `shadow_stack_overflow`: the module's exported `__stack_pointer` had left linear memory,
    so an out-of-bounds trap was the C stack overflowing (stack-first layout).
    """
    if isinstance(error, wasmtime.ExitTrap):
        if memory_refused:
            return Fault(ErrorKind.MEMORY, _memory_message(max_memory, f"exit code {error.code}"))
        return Fault(ErrorKind.GUEST_ERROR, f"module called proc_exit({error.code})")
    code = trap_code(error)
    trace = backtrace(error)
    if code is wasmtime.TrapCode.MEMORY_OUT_OF_BOUNDS and shadow_stack_overflow:
        return Fault(
            ErrorKind.STACK,
            "stack overflow: the C stack in linear memory ran past its start "
            "(__stack_pointer out of range; deep recursion or huge locals?)\n" + trace,
        )
    detail = str(error).strip()
    kind = _KIND_BY_TRAP.get(code, ErrorKind.TRAP) if code is not None else ErrorKind.TRAP
    if memory_refused and kind in (ErrorKind.TRAP, ErrorKind.GUEST_ERROR):
        what = f"then trapped: {code.name.lower()}" if code is not None else detail
        return Fault(ErrorKind.MEMORY, _memory_message(max_memory, what))
    if kind is ErrorKind.TIMEOUT:
        head = f"timed out: still running after the {timeout:g} s wall-clock limit (--timeout)"
    elif kind is ErrorKind.FUEL:
        head = f"ran out of fuel: used all {fuel} units (--fuel)"
    elif kind is ErrorKind.STACK:
        head = "stack overflow: the wasm call stack exceeded its 2 MiB limit (deep recursion?)"
    elif code is not None:
        head = f"trap: {code.name.lower().replace('_', ' ')}"
    else:
        head = "wasm error"
    parts = [head]
    if code is None and detail:
        parts.append(detail.splitlines()[0])
    if trace:
        parts.append(trace)
    return Fault(kind, "\n".join(parts))


def _memory_message(max_memory: int, detail: str) -> str:
    return (
        f"memory limit reached: the module asked for more than {max_memory} bytes of linear "
        f"memory (--max-memory) and failed ({detail.splitlines()[0] if detail else 'no detail'})"
    )
