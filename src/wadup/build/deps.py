"""Resolve a project's `[project].dependencies` into an isolated directory with pip.

Only pure-Python wheels can run in the guest (plus wasm32-wasi extension modules, which PyPI
does not carry), so resolution asks pip for platform-independent wheels for CPython 3.14. When
that fails, a second resolution for the host platform shows which package ships only native
code, and the build fails naming the package and its native file. Never touches the host's
site-packages. Results are cached by the dependency list.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from wadup.build.cache import Hasher, cache_dir, publish_dir
from wadup.build.errors import BuildError

GUEST_PYTHON = "3.14"
NATIVE_SUFFIXES = (".so", ".pyd", ".dylib", ".dll")
_PURE = ["--platform", "any", "--implementation", "cp", "--abi", "none"]


def _pip(target: Path, requirements: list[str], extra: list[str]) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pip", "install", "--target", str(target), "--no-compile",
           "--disable-pip-version-check", "--no-input", "--only-binary=:all:",
           "--python-version", GUEST_PYTHON, *extra, *requirements]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)


def _owners(site: Path) -> dict[str, str]:
    """Installed file (relative path) -> distribution name, from each wheel's RECORD."""
    owners: dict[str, str] = {}
    for info in site.glob("*.dist-info"):
        name = info.name.split("-")[0]
        meta = info / "METADATA"
        if meta.exists():
            for line in meta.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.startswith("Name:"):
                    name = line.split(":", 1)[1].strip()
                    break
        record = info / "RECORD"
        if record.exists():
            for line in record.read_text(encoding="utf-8", errors="replace").splitlines():
                owners[line.split(",")[0]] = name
    return owners


def native_files(site: Path) -> list[tuple[str, str]]:
    """(distribution, relative path) of every native library installed under `site`."""
    owners = _owners(site)
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix in NATIVE_SUFFIXES and "wasm32-wasi" not in path.name:
            rel = path.relative_to(site).as_posix()
            found.append((owners.get(rel, rel.split("/")[0]), rel))
    return found


def _native_error(found: list[tuple[str, str]]) -> BuildError:
    lines = [f"  {dist}: {rel}" for dist, rel in found]
    first = found[0][0]
    return BuildError(
        f"dependency {first!r} ships only native code, which cannot run in the WebAssembly "
        "guest (pure-Python packages only):\n" + "\n".join(lines) + "\n"
        "Use a pure-Python alternative or an older pure-Python release "
        "(e.g. pydantic<2 instead of pydantic 2, whose pydantic_core is native)."
    )


def _diagnose(requirements: list[str], pure_log: str) -> BuildError:
    """The pure resolution failed: find out whether a native-only package is why."""
    with tempfile.TemporaryDirectory(prefix="wadup-deps-native-") as tmp:
        site = Path(tmp) / "site"
        result = _pip(site, requirements, [])
        if result.returncode == 0:
            found = native_files(site)
            if found:
                return _native_error(found)
    tail = "\n".join(pure_log.strip().splitlines()[-15:])
    return BuildError(
        "could not resolve project.dependencies as pure-Python wheels for CPython "
        f"{GUEST_PYTHON} ({', '.join(requirements)}):\n{tail}"
    )


def resolve(requirements: list[str]) -> Path | None:
    """Directory holding `requirements` and their dependencies (cached), or None if none."""
    if not requirements:
        return None
    key = Hasher("wadup-deps-v1").text("requirements", json.dumps(requirements)).hexdigest()
    root = cache_dir() / "deps"
    final = root / key[:32]
    native = root / f"{key[:32]}.native"  # a definitive answer: these requirements are native
    if final.is_dir():
        return final
    if native.is_file():
        raise BuildError(native.read_text())
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    try:
        result = _pip(tmp, requirements, _PURE)
        if result.returncode != 0:
            error: BuildError | None = _diagnose(requirements, result.stdout + result.stderr)
        else:
            found = native_files(tmp)
            error = _native_error(found) if found else None
        if error is not None:
            if "ships only native code" in error.message:
                native.write_text(error.message)
            raise error
        shutil.rmtree(tmp / "bin", ignore_errors=True)
        return publish_dir(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
