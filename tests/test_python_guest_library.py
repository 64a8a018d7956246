"""The guest `wadup` library (pure Python) on the host, its sandbox paths pointed at tmp_path:
the exact ABI v1 JSON it writes and the mistakes it refuses early."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

GUEST_WADUP = (Path(__file__).resolve().parents[1] / "src" / "wadup" / "guest" / "lib" / "wadup"
               / "__init__.py")


@pytest.fixture
def guest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("wadup_guest_under_test", GUEST_WADUP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for sub in ("metadata", "subcontent"):
        (tmp_path / sub).mkdir()
    (tmp_path / "data.bin").write_bytes(b"0123456789")
    monkeypatch.setattr(module, "CONTENT", str(tmp_path / "data.bin"))
    monkeypatch.setattr(module, "METADATA_DIR", str(tmp_path / "metadata"))
    monkeypatch.setattr(module, "SUBCONTENT_DIR", str(tmp_path / "subcontent"))
    return module


def test_rows_and_tables_as_abi_v1_json(guest: ModuleType, tmp_path: Path) -> None:
    t = guest.define_table("t", [("i", "Int64"), ("f", float), ("s", str), ("b", "Boolean")])
    t.insert(1, 2, "x", True)
    guest.insert_row("t", [-(2**63), 1.5, "", False])
    guest.flush()
    guest.flush()  # nothing pending: still declares the tables, no rows
    first = json.loads((tmp_path / "metadata" / "output_0.json").read_text())
    assert first == {
        "tables": [{"name": "t", "columns": [
            {"name": "i", "data_type": "Int64"}, {"name": "f", "data_type": "Float64"},
            {"name": "s", "data_type": "String"}, {"name": "b", "data_type": "Boolean"}]}],
        "rows": [
            {"table_name": "t", "values": [{"Int64": 1}, {"Float64": 2.0}, {"String": "x"},
                                           {"Boolean": True}]},
            {"table_name": "t", "values": [{"Int64": -(2**63)}, {"Float64": 1.5},
                                           {"String": ""}, {"Boolean": False}]}]}
    assert json.loads((tmp_path / "metadata" / "output_1.json").read_text())["rows"] == []


def test_reset_keeps_tables_and_drops_pending_rows(guest: ModuleType, tmp_path: Path) -> None:
    t = guest.define_table("t", [("i", int)])
    t.insert(1)
    guest._reset()
    guest.flush()
    doc = json.loads((tmp_path / "metadata" / "output_0.json").read_text())
    assert doc["rows"] == [] and doc["tables"][0]["name"] == "t"
    assert guest.define_table("t", [("i", "Int64")]) is t  # identical redefinition


@pytest.mark.parametrize(("columns", "row", "error"), [
    ([("i", "Int64")], [2**63], OverflowError),
    ([("i", "Int64")], [True], TypeError),
    ([("i", "Int64")], [1.0], TypeError),
    ([("s", "String")], [None], TypeError),
    ([("b", "Boolean")], [1], TypeError),
    ([("i", "Int64")], [1, 2], ValueError),
])
def test_bad_values_are_refused_at_insert(guest: ModuleType, columns: list, row: list,
                                          error: type) -> None:
    guest.define_table("t", columns)
    with pytest.raises(error):
        guest.insert_row("t", row)


def test_bad_definitions(guest: ModuleType) -> None:
    with pytest.raises(ValueError, match="reserved"):
        guest.define_table("t", [("content_id", "String")])
    with pytest.raises(ValueError, match="unknown column type"):
        guest.define_table("t", [("x", "Text")])
    guest.define_table("t", [("x", "String")])
    with pytest.raises(ValueError, match="already defined"):
        guest.define_table("t", [("x", "Int64")])
    with pytest.raises(KeyError):
        guest.insert_row("nope", [1])


def test_subcontent_files(guest: ModuleType, tmp_path: Path) -> None:
    guest.emit_bytes(b"abc", "a.txt")
    guest.emit_slice(2, 5, "slice.bin")
    scratch = tmp_path / "scratch"
    scratch.write_bytes(b"moved")
    guest.emit_file(str(scratch), "m.bin")
    sub = tmp_path / "subcontent"
    assert (sub / "data_0.bin").read_bytes() == b"abc"
    assert json.loads((sub / "metadata_0.json").read_text()) == {"filename": "a.txt"}
    assert not (sub / "data_1.bin").exists()
    assert json.loads((sub / "metadata_1.json").read_text()) == {
        "filename": "slice.bin", "offset": 2, "length": 5}
    assert (sub / "data_2.bin").read_bytes() == b"moved" and not scratch.exists()
    with pytest.raises(ValueError, match="outside the content"):
        guest.emit_slice(8, 5, "too-long")
