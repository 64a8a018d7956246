"""Session fixtures for the Python build tests: real components, built once and cached.

Builds go through `wadup.build` (componentize-py + wasmtime) and are cached by input hash in
$WADUP_CACHE_DIR (default here: `.wadup-cache/` in the repo, gitignored), so only the first run
on a machine pays the ~15 s per component. Test modules import the fixtures they use.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("WADUP_CACHE_DIR", str(REPO / ".wadup-cache"))

from wadup.build.python_module import build_python_module  # noqa: E402

EXAMPLES = REPO / "examples"
PROJECTS = Path(__file__).resolve().parent / "python_projects"
EXAMPLE_MODULES = {"db-parser": "db_parser", "zip-extractor": "zip_extractor",
                   "text-analyser": "text_analyser", "elif-chain": "elif_chain"}
ELIF_SIZES = (28, 440, 2000)


def branches_source(n: int, label: str) -> str:
    """A module whose class has one method with an `n`-branch if/elif chain (the seed's shape)."""
    lines = [f'"""Generated: {n} if/elif branches."""', "", "", "class Classifier:",
             "    def classify(self, obj):"]
    for i in range(n):
        lines += [f"        {'if' if i == 0 else 'elif'} obj == {i}:",
                  f'            return "{label}_{i}"']
    lines += ['        return "default"', ""]
    return "\n".join(lines)


def copy_project(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "dist"))
    return dest


@pytest.fixture(scope="session")
def probe_wasm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The probe module, with generated 28/440/2000-branch sub-modules (eager and lazy)."""
    root = copy_project(PROJECTS / "probe", tmp_path_factory.mktemp("probe") / "probe")
    pkg = root / "src" / "probe"
    for n in ELIF_SIZES:
        (pkg / f"branches_{n}.py").write_text(branches_source(n, "eager"))
        (pkg / f"lazy_{n}.py").write_text(branches_source(n, "lazy"))
    out = tmp_path_factory.mktemp("probe-modules") / "probe.wasm"
    return build_python_module(root, out)


@pytest.fixture(scope="session")
def example_modules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A modules/ directory holding the four example components."""
    modules = tmp_path_factory.mktemp("example-modules")
    for project, stem in EXAMPLE_MODULES.items():
        build_python_module(EXAMPLES / project, modules / f"{stem}.wasm")
    return modules
