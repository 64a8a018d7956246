"""Read a Python module project: pyproject.toml, its entry point and where its code lives."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from wadup.build.errors import BuildError

# Names the build itself puts on the guest's path; a project must not shadow them.
RESERVED = frozenset({"wadup", "wit_world", "componentize_py_types", "_wadup_entry",
                      "_wadup_elif", "_wadup_config", "_wadup_precompile"})
_SKIP_FLAT = frozenset({"setup.py", "conftest.py", "noxfile.py"})
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass(frozen=True)
class Project:
    """What the build needs to know about one module project."""

    root: Path
    name: str
    dependencies: tuple[str, ...]
    entry_module: str  # e.g. "my_parser" or "my_parser.main"
    entry_function: str  # e.g. "main"
    code: tuple[Path, ...]  # top-level packages/modules to bundle

    @property
    def top_level(self) -> str:
        return self.entry_module.split(".")[0]


def _code_paths(root: Path, top: str) -> tuple[Path, ...]:
    """The project's code: everything in src/ (src layout) or the entry package (flat layout)."""
    src = root / "src"
    if (src / top).is_dir() or (src / f"{top}.py").is_file():
        return tuple(
            p for p in sorted(src.iterdir())
            if (p.is_dir() and (p / "__init__.py").exists()) or p.suffix == ".py"
            or (p.is_dir() and p.name == top)
        )
    if (root / top).is_dir() or (root / f"{top}.py").is_file():
        chosen = [root / top if (root / top).is_dir() else root / f"{top}.py"]
        chosen += [p for p in sorted(root.glob("*.py"))
                   if p not in chosen and p.name not in _SKIP_FLAT
                   and not p.name.startswith("test_")]
        return tuple(chosen)
    raise BuildError(
        f"{root}: entry-point package {top!r} not found: expected src/{top}/__init__.py "
        f"(src layout), {top}/__init__.py or {top}.py (flat layout)"
    )


def read_project(root: Path) -> Project:
    """Parse `root/pyproject.toml`; raise BuildError naming what is missing or wrong."""
    root = root.resolve()
    manifest = root / "pyproject.toml"
    if not manifest.is_file():
        raise BuildError(f"{root}: no pyproject.toml (is this a wadup module project?)")
    try:
        doc = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BuildError(f"{manifest}: invalid TOML: {exc}") from exc
    project = doc.get("project") or {}
    name = project.get("name")
    if not isinstance(name, str) or not name:
        raise BuildError(f"{manifest}: project.name is required")
    deps = project.get("dependencies") or []
    if not isinstance(deps, list) or not all(isinstance(d, str) for d in deps):
        raise BuildError(f"{manifest}: project.dependencies must be a list of strings")
    tool = (doc.get("tool") or {}).get("wadup") or {}
    entry = tool.get("entry-point") or name.replace("-", "_").lower()
    if not isinstance(entry, str):
        raise BuildError(f"{manifest}: tool.wadup.entry-point must be a string")
    module, _, function = entry.partition(":")
    function = function or "main"
    if not _IDENT.match(module) or not function.isidentifier():
        raise BuildError(
            f"{manifest}: tool.wadup.entry-point {entry!r} is not 'package' or "
            "'package.module[:function]'"
        )
    if module.split(".")[0] in RESERVED:
        raise BuildError(f"{manifest}: entry-point {module!r} shadows a name wadup reserves")
    code = _code_paths(root, module.split(".")[0])
    clash = sorted(p.stem for p in code if p.stem in RESERVED)
    if clash:
        raise BuildError(f"{root}: project code {clash} shadows names wadup reserves")
    return Project(root, name, tuple(deps), module, function, code)
