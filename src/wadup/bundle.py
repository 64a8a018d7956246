"""Which host directories a component needs mounted (read-only) at run time.

A Python module built by `wadup build` carries its run-time file tree (the CPython stdlib,
its own code and bundled dependencies, with precompiled pycs) as custom sections, so that lazy
imports work while the `.wasm` stays one self-contained file. The first call for a component
unpacks each tree once into the cache (`$WADUP_CACHE_DIR` or `~/.cache/wadup`), keyed by the
tree's sha256, so components that share a stdlib share one copy.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import threading
from pathlib import Path

from wadup.build.cache import cache_dir
from wadup.build.sections import find_custom_sections, read_payload

MANIFEST_SECTION = "wadup-runtime"
TREE_SECTION = "wadup-tree:"

_memo: dict[tuple[str, int, int], list[tuple[Path, str]]] = {}
_lock = threading.Lock()


def _read_only(root: Path) -> None:
    for folder, _dirs, files in os.walk(root, topdown=False):
        for name in files:
            os.chmod(os.path.join(folder, name), 0o444)
        os.chmod(folder, 0o555)


def _extract(wasm: Path, where: tuple[int, int], sha256: str, compression: str) -> Path:
    final = cache_dir() / "runtime" / sha256[:32]
    if final.is_dir():
        return final
    payload = read_payload(wasm, where)
    if hashlib.sha256(payload).hexdigest() != sha256:
        raise ValueError(f"{wasm}: embedded run-time tree is corrupt (sha256 mismatch)")
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=final.parent))
    try:
        with tarfile.open(fileobj=io.BytesIO(payload), mode=f"r:{compression}") as tar:
            tar.extractall(tmp, filter="data")
        _read_only(tmp)
        tmp.rename(final)
    except OSError:
        if not final.is_dir():
            raise
    finally:
        if tmp.exists():
            os.chmod(tmp, 0o755)
            shutil.rmtree(tmp, ignore_errors=True)
    return final


def runtime_mounts(wasm_path: Path) -> list[tuple[Path, str]]:
    """(host_dir, guest_path) pairs to preopen read-only for this component; [] if none.

    Memoised per path, mtime and size: call it whenever a module is loaded.
    """
    path = Path(wasm_path).resolve()
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _lock:
        if key in _memo and all(host.is_dir() for host, _ in _memo[key]):
            return list(_memo[key])
        sections = find_custom_sections(path, "wadup-")
        if MANIFEST_SECTION not in sections:
            mounts: list[tuple[Path, str]] = []
        else:
            manifest = json.loads(read_payload(path, sections[MANIFEST_SECTION]))
            mounts = []
            for entry in manifest["mounts"]:
                where = sections[TREE_SECTION + entry["guest"]]
                host = _extract(path, where, entry["sha256"], entry["compression"])
                mounts.append((host, entry["guest"]))
        _memo[key] = mounts
        return list(mounts)
