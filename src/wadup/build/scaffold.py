"""`wadup new NAME --lang python`: a module project that builds and runs as it stands."""

from __future__ import annotations

import re
from pathlib import Path

from wadup.build.errors import BuildError
from wadup.build.project import RESERVED

LANGUAGES = ("python",)

PYPROJECT = '''\
[project]
name = "{name}"
version = "0.1.0"
description = "A wadup analysis module"
# Pure-Python packages only: they are bundled into the component at build time.
dependencies = []

[tool.wadup]
entry-point = "{package}"
'''

MODULE = '''\
"""{name}: a wadup module. main() runs once per file, inside the WebAssembly sandbox.

The file is at wadup.content_path(); rows go into tables declared with define_table
(stored as "{package}.<table>" on the host); wadup.emit_bytes / emit_slice hand
sub-content (e.g. archive members) back to wadup, which runs every module on it.
"""

import hashlib

import wadup

# Tables may be declared at import time: the build runs this once and snapshots it.
summary = wadup.define_table(
    "file_summary",
    [("filename", "String"), ("size", "Int64"), ("lines", "Int64"), ("sha256", "String"),
     ("is_text", "Boolean")],
)


def main() -> None:
    """Called for every file; pending rows are flushed when it returns."""
    digest = hashlib.sha256()
    lines = 0
    is_text = True
    with open(wadup.content_path(), "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            lines += chunk.count(b"\\n")
            is_text = is_text and b"\\x00" not in chunk
    summary.insert(wadup.filename(), wadup.size(), lines, digest.hexdigest(), is_text)
'''

SAMPLE = "first line of the sample\nsecond line\nthird line\n"

README = '''\
# {name}

A [wadup](https://pypi.org/project/wadup/) analysis module.

```
wadup build . -o dist/{package}.wasm          # pre-initialised WebAssembly component
wadup test dist/{package}.wasm samples/sample.txt   # expect one file_summary row: 3 lines
wadup run --modules dist --input CORPUS --db results.sqlite
```

Edit `src/{package}/__init__.py`; add pure-Python dependencies to `pyproject.toml`.
'''

GITIGNORE = "dist/\n__pycache__/\n"


def package_name(name: str) -> str:
    """The import name for project `name`: lower case, dashes and dots to underscores."""
    return re.sub(r"[-.\s]+", "_", name.strip()).lower()


def new_module(name: str, lang: str, dest: Path) -> Path:
    """Create project `dest/name` for `lang` and return its directory.

    Raises BuildError if the language is unknown, the name cannot be a Python package or the
    directory already has files in it.
    """
    if lang not in LANGUAGES:
        raise BuildError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    package = package_name(name)
    if not package.isidentifier() or package in RESERVED:
        raise BuildError(f"{name!r} cannot be a module name: it must give a Python package "
                         "name (letters, digits, '_' or '-', not starting with a digit)")
    if package.startswith("sqlite_"):
        raise BuildError(f"{name!r}: module names starting with 'sqlite_' are reserved by "
                         "SQLite for the result tables; pick another name")
    root = Path(dest) / name
    if root.exists() and any(root.iterdir()):
        raise BuildError(f"{root} already exists and is not empty")
    pkg = root / "src" / package
    pkg.mkdir(parents=True, exist_ok=True)
    (root / "samples").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text(PYPROJECT.format(name=name, package=package))
    (pkg / "__init__.py").write_text(MODULE.format(name=name, package=package))
    (root / "samples" / "sample.txt").write_text(SAMPLE)
    (root / "README.md").write_text(README.format(name=name, package=package))
    (root / ".gitignore").write_text(GITIGNORE)
    return root
