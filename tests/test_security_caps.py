"""Zip bombs: the per-tree caps (depth, files, bytes) stop them and record what was skipped.

Real zip archives built here, unpacked by a real Python module (`pyhostile` extracts every
member of a zip as sub-content). Each bomb shape meets one cap; a normal archive in the same
run is processed completely, and so is every tree below its caps.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import query, run_wadup
from test_security_python import build_pyhostile

MIB = 1 << 20
CAPS = ("--max-depth", "3", "--max-files", "40", "--max-bytes", "40M")


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buf.getvalue()


def nested(levels: int, fanout: int, leaf: bytes) -> bytes:
    """42.zip's shape: `fanout` copies of the level below, `levels` deep."""
    data = leaf
    name = "leaf.bin"
    for level in range(levels):
        data = zip_bytes([(f"{i}-{name}", data) for i in range(fanout)])
        name = f"level{level}.zip"
    return data


@pytest.fixture(scope="module")
def bomb_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bombs")
    mods = root / "modules"
    build_pyhostile(mods)
    corpus = root / "corpus"
    corpus.mkdir()
    # wide: 100 distinct members -> the files cap (40, root included)
    (corpus / "wide.zip").write_bytes(
        zip_bytes([(f"m{i}.txt", f"member {i}\n".encode()) for i in range(100)]))
    # deep: a zip in a zip ... 6 levels, each distinct -> the depth cap (3)
    deep = b"the bottom\n"
    for level in range(6):
        deep = zip_bytes([(f"level{level}.zip" if level else "bottom.txt", deep),
                          (f"note{level}.txt", f"level {level}\n".encode())])
    (corpus / "deep.zip").write_bytes(deep)
    # big: 8 distinct 10 MiB members, ~10 KiB each compressed -> the bytes cap (40 MiB)
    (corpus / "big.zip").write_bytes(
        zip_bytes([(f"z{i}.bin", bytes([i]) * (10 * MIB)) for i in range(8)]))
    # 42.zip-like: 10^4 copies of 10 MiB (100 GiB) in a 50 KiB file; dedup plus caps
    (corpus / "nested.zip").write_bytes(nested(4, 10, b"\0" * (10 * MIB)))
    # a normal archive, well under every cap
    (corpus / "normal.zip").write_bytes(zip_bytes([("a.txt", b"alpha\n"), ("b.txt", b"beta\n")]))
    db = root / "results.sqlite"
    run_wadup("run", "--modules", mods, "--input", corpus, "--db", db, "--quiet",
              "--workers", "2", *CAPS)
    return db


def tree(db: Path, root_name: str) -> list[tuple[int, str, str | None, int]]:
    """(depth, status, reason, size) of every content in one root's tree."""
    return query(db, "SELECT c.depth, c.status, c.reason, c.size FROM contents c JOIN "
                 "contents r ON r.content_id = c.root_id WHERE r.filename = ? AND r.depth = 0 "
                 "ORDER BY c.seq", root_name)


def admitted(rows: list[tuple[int, str, str | None, int]]) -> list[tuple[int, str, str | None,
                                                                            int]]:
    return [r for r in rows if r[1] != "skipped"]


def test_files_cap_stops_a_wide_bomb(bomb_db: Path) -> None:
    rows = tree(bomb_db, "wide.zip")
    assert len(rows) == 101  # every member has its row, processed or not
    assert len(admitted(rows)) == 40
    skipped = [r for r in rows if r[1] == "skipped"]
    assert len(skipped) == 61
    assert all("--max-files 40" in r[2] for r in skipped)


def test_depth_cap_stops_a_deep_bomb(bomb_db: Path) -> None:
    rows = tree(bomb_db, "deep.zip")
    assert max(r[0] for r in admitted(rows)) == 3
    skipped = [r for r in rows if r[1] == "skipped"]
    # the two members at depth 4 are recorded as skipped; nothing deeper was ever unpacked
    assert [(r[0], r[2]) for r in skipped] == [(4, "depth 4 is over --max-depth 3")] * 2
    assert max(r[0] for r in rows) == 4


def test_bytes_cap_stops_a_big_bomb(bomb_db: Path) -> None:
    rows = tree(bomb_db, "big.zip")
    assert len(rows) == 9
    assert sum(r[3] for r in admitted(rows)) <= 40 * MIB
    assert len(admitted(rows)) == 4  # the root and three 10 MiB members
    skipped = [r for r in rows if r[1] == "skipped"]
    assert len(skipped) == 5 and all("--max-bytes" in r[2] for r in skipped)


def test_a_nested_bomb_is_bounded(bomb_db: Path) -> None:
    rows = tree(bomb_db, "nested.zip")
    # levels 0-3 each: one copy processed, nine repeats that run nothing; level 4 is over
    # --max-depth, so the 10 MiB leaves are recorded, never unpacked
    assert len(rows) == 41
    assert [r for r in rows if r[1] == "skipped"] == [
        (4, "skipped", "depth 4 is over --max-depth 3", 10 * MIB)] * 10
    runs = query(bomb_db, "SELECT count(*) FROM module_runs m JOIN contents c USING "
                 "(content_id) JOIN contents r ON r.content_id = c.root_id "
                 "WHERE r.filename = 'nested.zip'")[0][0]
    assert runs == 4  # one per distinct content that was admitted


def test_the_normal_archive_is_complete(bomb_db: Path) -> None:
    rows = tree(bomb_db, "normal.zip")
    assert [(r[0], r[1]) for r in rows] == [(0, "ok"), (1, "ok"), (1, "ok")]
    failures = query(bomb_db, "SELECT count(*) FROM module_runs WHERE status != 'ok'")
    assert failures == [(0,)]
