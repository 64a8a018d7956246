"""Compile every .py of the run-time trees to pycs with the guest's own CPython (build time).

Runs in a throw-away instance of the finished component, not during pre-initialisation, so the
snapshot stays small. Pycs are unchecked-hash: the run-time trees are read-only copies, so the
guest never re-validates or rewrites them. Sources go through the same long-elif rewrite hook
as imports, and any file that still fails to compile is reported with its line and reason.
"""

from __future__ import annotations

import importlib.util
import os
from importlib import _bootstrap_external
from importlib.machinery import SourceFileLoader


def _compile_one(path: str) -> None:
    with open(path, "rb") as src:
        data = src.read()
    loader = SourceFileLoader("_wadup_precompiled", path)
    code = loader.source_to_code(data, path)
    pyc = _bootstrap_external._code_to_hash_pyc(
        code, importlib.util.source_hash(data), checked=False
    )
    target = importlib.util.cache_from_source(path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    # A buffered file: a single os.write of a large pyc is short under WASI.
    with open(target, "wb") as out:
        out.write(pyc)


def _describe(path: str, exc: BaseException) -> str:
    line = getattr(exc, "lineno", None)
    if isinstance(exc, SyntaxError):
        reason = f"{type(exc).__name__}: {exc.msg}"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    notes = getattr(exc, "__notes__", None)
    if notes:
        reason += " (" + "; ".join(str(n).split(": ", 1)[-1] for n in notes) + ")"
    return f"{path}:{line if line is not None else '?'}: {reason}"


def precompile(roots: list[str], strict: list[str]) -> list[str]:
    """Write pycs for every .py under `roots`; return errors for files under `strict` roots.

    Files outside `strict` (the stdlib, dependencies) report only limit failures (stack,
    memory), not syntax errors in files nobody imports.
    """
    errors: list[str] = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(folder, name)
                # The host reads the last line if the guest traps (uncatchable) on this file.
                print(path, flush=True)
                try:
                    _compile_one(path)
                except (RecursionError, MemoryError) as exc:
                    errors.append(_describe(path, exc))
                except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
                    limit = "too many" in str(exc) or "stack" in str(exc).lower()
                    if limit or any(path.startswith(s + "/") for s in strict):
                        errors.append(_describe(path, exc))
    return errors
