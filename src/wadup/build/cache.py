"""Where builds, resolved dependencies and extracted run-time trees are cached, and how keys
are made: every cache entry is named by a hash of everything that went into it."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

# Never hashed: caches, VCS state and build outputs that do not change what a build produces.
IGNORED_DIRS = frozenset(
    {"__pycache__", ".git", ".hg", ".venv", "venv", "build", "dist", ".wadup-cache",
     ".pytest_cache", ".ruff_cache", ".mypy_cache", "node_modules"}
)
IGNORED_SUFFIXES = (".pyc", ".wasm")


def cache_dir() -> Path:
    """`$WADUP_CACHE_DIR`, else `~/.cache/wadup`; created on first use."""
    root = os.environ.get("WADUP_CACHE_DIR")
    path = Path(root) if root else Path.home() / ".cache" / "wadup"
    path.mkdir(parents=True, exist_ok=True)
    return path


def tree_files(root: Path) -> list[Path]:
    """Files under `root` that matter to a build, in a stable order."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.endswith(".egg-info"))
        for name in sorted(files):
            if not name.endswith(IGNORED_SUFFIXES):
                found.append(Path(folder) / name)
    return found


class Hasher:
    """sha256 over labelled parts, so that moving bytes between parts changes the key."""

    def __init__(self, label: str) -> None:
        self._h = hashlib.sha256(label.encode())

    def text(self, name: str, value: str) -> Hasher:
        return self.data(name, value.encode())

    def data(self, name: str, value: bytes) -> Hasher:
        self._h.update(f"\0{name}\0{len(value)}\0".encode())
        self._h.update(value)
        return self

    def files(self, name: str, root: Path, paths: Iterable[Path]) -> Hasher:
        for path in paths:
            self.data(f"{name}/{path.relative_to(root).as_posix()}", path.read_bytes())
        return self

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def publish_dir(tmp: Path, final: Path) -> Path:
    """Move a fully written `tmp` into place as `final`; if another process won, keep theirs."""
    try:
        tmp.rename(final)
    except OSError:
        if not final.exists():
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def publish_file(data_path: Path, final: Path) -> Path:
    """Atomically put a finished file at `final` (same directory rename)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-")
    os.close(fd)
    shutil.copyfile(data_path, tmp)
    os.chmod(tmp, 0o644)
    os.replace(tmp, final)
    return final


def prune(folder: Path, pattern: str, keep: int) -> None:
    """Delete all but the `keep` most recently used files matching `pattern` in `folder`."""
    entries = []
    for path in folder.glob(pattern):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[keep:]:
        path.unlink(missing_ok=True)
