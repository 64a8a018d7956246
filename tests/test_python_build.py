# ruff: noqa: F811 - pytest fixtures imported from python_fixtures are used as parameters
"""`wadup build` / `wadup new` for Python projects: caching, layouts, dependency and limit
errors with user-facing messages, and the run-time trees a component carries."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import run_wadup, wadup_test_json
from python_fixtures import probe_wasm  # noqa: F401 - a fixture

from wadup.build.errors import BuildError
from wadup.build.python_module import build_python_module
from wadup.bundle import runtime_mounts


def project(root: Path, files: dict[str, str], deps: list[str] | None = None,
            entry: str = "mod") -> Path:
    """A module project at `root` with `files` (paths relative to the project)."""
    dep_list = ", ".join(f'"{d}"' for d in deps or [])
    (root / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "{entry}"\nversion = "0.1"\ndependencies = [{dep_list}]\n\n'
        f'[tool.wadup]\nentry-point = "{entry}"\n'
    )
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_rebuild_is_a_cache_hit_and_inputs_change_the_key(probe_wasm: Path,
                                                          tmp_path: Path) -> None:
    """The probe was built by the session fixture: building the same sources again is a copy."""
    from python_fixtures import PROJECTS, copy_project

    root = copy_project(PROJECTS / "probe", tmp_path / "probe")
    for generated in probe_wasm.parent.parent.glob("probe*/probe/src/probe/*branches*"):
        (root / "src" / "probe" / generated.name).write_bytes(generated.read_bytes())
    for generated in probe_wasm.parent.parent.glob("probe*/probe/src/probe/lazy_*"):
        (root / "src" / "probe" / generated.name).write_bytes(generated.read_bytes())
    started = time.monotonic()
    again = build_python_module(root, tmp_path / "again.wasm")
    assert time.monotonic() - started < 3
    assert again.read_bytes() == probe_wasm.read_bytes()


def test_runtime_mounts_are_embedded_extracted_once_and_read_only(probe_wasm: Path) -> None:
    mounts = runtime_mounts(probe_wasm)
    guests = [guest for _, guest in mounts]
    assert guests[0] == "/python" and guests[1:3] == ["/0", "/1"]
    host = dict((g, h) for h, g in mounts)
    assert (host["/python"] / "os.py").is_file()
    assert (host["/python"] / "__pycache__" / "os.cpython-314.pyc").is_file()
    assert (host["/0"] / "probe" / "stdlib_checks.py").is_file()
    assert (host["/0"] / "wadup" / "__init__.py").is_file()
    assert (host["/1"] / "text_unidecode").is_dir()
    assert not (host["/0"] / "probe" / "stdlib_checks.py").stat().st_mode & 0o222
    started = time.perf_counter()
    assert runtime_mounts(probe_wasm) == mounts
    assert time.perf_counter() - started < 0.05


def test_core_module_has_no_mounts(tmp_path: Path) -> None:
    core = tmp_path / "core.wasm"
    core.write_bytes(b"\0asm\x01\0\0\0")
    assert runtime_mounts(core) == []


def test_native_only_dependency_fails_naming_package_and_file(tmp_path: Path) -> None:
    root = project(tmp_path / "p", {"src/mod/__init__.py": "def main():\n    pass\n"},
                   deps=["pydantic>=2"])
    with pytest.raises(BuildError) as err:
        build_python_module(root, tmp_path / "p.wasm")
    assert "pydantic_core" in err.value.message
    assert "_pydantic_core.cpython-314" in err.value.message and ".so" in err.value.message


def test_too_deep_nesting_fails_at_build_naming_file_and_line(tmp_path: Path) -> None:
    """A limit that remains (parser stack) fails the build, not the run, with file and line."""
    deep = "a = 1\nb = 2\nx = " + "(" * 150 + "1" + ")" * 150 + "\n"
    root = project(tmp_path / "p", {
        "src/mod/__init__.py": "def main():\n    from mod import deep  # noqa: F401\n",
        "src/mod/deep.py": deep,
    })
    with pytest.raises(BuildError) as err:
        build_python_module(root, tmp_path / "p.wasm")
    message = err.value.message
    assert f"{root / 'src' / 'mod' / 'deep.py'}:3:" in message
    assert "Parser stack overflowed" in message or "stack" in message


def test_import_error_at_build_shows_the_guest_traceback(tmp_path: Path) -> None:
    root = project(tmp_path / "p", {
        "mod.py": "import json\n\nX = json.loads('{bad')\n\n\ndef main():\n    pass\n",
    })
    with pytest.raises(BuildError) as err:
        build_python_module(root, tmp_path / "p.wasm")
    message = err.value.message
    assert f'File "{root / "mod.py"}", line 3' in message
    assert "JSONDecodeError" in message


@pytest.mark.parametrize(("files", "problem"), [
    ({}, "entry-point package 'mod' not found"),
    ({"src/mod/__init__.py": "", "src/wadup.py": ""}, "shadows names wadup reserves"),
])
def test_project_errors(tmp_path: Path, files: dict[str, str], problem: str) -> None:
    with pytest.raises(BuildError, match=problem):
        build_python_module(project(tmp_path / "p", files), tmp_path / "p.wasm")


def test_missing_pyproject(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no pyproject.toml"):
        build_python_module(tmp_path, None)


def test_new_scaffold_builds_and_runs_its_sample(tmp_path: Path) -> None:
    run_wadup("new", "my-parser", "--lang", "python", "--dir", tmp_path)
    root = tmp_path / "my-parser"
    assert (root / "src" / "my_parser" / "__init__.py").is_file()
    module = tmp_path / "modules" / "my_parser.wasm"
    run_wadup("build", root, "-o", module)
    report = wadup_test_json(module, root / "samples" / "sample.txt")
    assert report["ok"], report["error"]
    (row,) = report["rows"]["file_summary"]
    assert row[:3] == ["sample.txt", 48, 3] and row[4] == 1


def test_host_site_packages_never_leak_into_the_guest(tmp_path: Path) -> None:
    """`rich` is installed on the host but not declared: the guest must not find it."""
    root = project(tmp_path / "p", {"mod.py": "import rich\n\n\ndef main():\n    pass\n"})
    with pytest.raises(BuildError, match="No module named 'rich'"):
        build_python_module(root, tmp_path / "p.wasm")
