"""`wadup test`: one module on one file, no store; everything it produced, for a person or CI."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Any

from wadup.config import Limits
from wadup.engine import Engine
from wadup.output import Child, decode_invocation
from wadup.sandbox import ContentSource, Sandbox
from wadup.scheduler import hash_source

_HEAD_BYTES = 32


def test_module(module_path: Path, sample: Path, limits: Limits) -> dict[str, Any]:
    """Run `module_path` on `sample` once; returns the JSON-ready report (see `wadup test`)."""
    with Engine(fuel=limits.fuel is not None) as engine:
        module = engine.load(module_path)
        source = ContentSource(sample)
        size = sample.stat().st_size
        env = {
            "WADUP_FILENAME": sample.name,
            "WADUP_CONTENT_ID": "test",
            "WADUP_DEPTH": "0",
            "WADUP_PARENT_ID": "",
        }
        with Sandbox(engine, module, limits, Path(tempfile.gettempdir())) as sandbox:
            invocation = sandbox.run(source, env)
            fault, output = decode_invocation(invocation, limits, size)
            subcontent = (
                [_describe(child, source) for child in output.children] if output else []
            )
    return {
        "ok": fault is None,
        "module": module.name,
        "error_kind": fault.kind.value if fault else None,
        "error": fault.message if fault else None,
        "tables": {
            name: [[col, kind.value] for col, kind in schema.columns]
            for name, schema in (output.tables.items() if output else [])
        },
        "rows": {
            name: [[_jsonable(v) for v in row] for row in rows]
            for name, rows in (output.rows.items() if output else [])
        },
        "stdout": invocation.stdout,
        "stderr": invocation.stderr,
        "duration_ms": round(invocation.duration_ms, 3),
        "subcontent": subcontent,
    }


def _describe(child: Child, parent: ContentSource) -> dict[str, Any]:
    if child.data_path is not None:
        source = ContentSource(child.data_path)
    else:
        source = ContentSource(parent.path, child.offset or 0, child.length)
    sha256, size = hash_source(source)
    with open(source.path, "rb") as f:
        f.seek(source.offset)
        head = f.read(min(_HEAD_BYTES, size))
    return {
        "filename": child.filename,
        "size": size,
        "sha256": sha256,
        "head": head.hex(),
        "slice": None if child.data_path else {"offset": child.offset, "length": child.length},
    }


def _jsonable(value: object) -> object:
    if isinstance(value, bytes):
        return {"Bytes": base64.b64encode(value).decode("ascii")}
    return value
