"""Deterministic benchmark corpus: many small files, a few large ones, ZIPs with stored members.

Same seed, same bytes: every run (and every machine) measures the same work. A corpus is
regenerated only when its parameters change; `<dir>.json` next to it records what it holds.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

MB = 1 << 20
KB = 1 << 10


@dataclass(frozen=True)
class Spec:
    """What a corpus holds; its JSON is the cache key."""

    small: int = 1000  # 1-64 KB files, 80% text, 20% binary
    large_mb: tuple[int, ...] = (10, 25, 50)
    zips: int = 10
    members: int = 20  # stored members per ZIP, 1-16 KB text each
    seed: int = 4


QUICK = Spec(small=100, large_mb=(10,), zips=2, members=10)
FULL = Spec()
TINY = Spec(small=12, large_mb=(1,), zips=1, members=3)


@dataclass
class Manifest:
    spec: dict[str, object]
    roots: int = 0
    members: int = 0
    bytes: int = 0
    files: list[str] = field(default_factory=list)

    @property
    def contents(self) -> int:
        """Roots plus ZIP members: what every method must process."""
        return self.roots + self.members


class _Text:
    """Fast deterministic text: lines of words drawn from a fixed pseudo-word vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        letters = "etaoinshrdlucmfwypvbgkjqxz"
        weights = [26 - i for i in range(26)]
        self.rng = rng
        self.words = [
            "".join(rng.choices(letters, weights, k=rng.randint(1, 10))) for _ in range(3000)
        ]

    def make(self, size: int) -> bytes:
        rng, out, n = self.rng, [], 0
        while n < size:
            line = " ".join(rng.choices(self.words, k=rng.randint(3, 14)))
            if rng.random() < 0.1:
                line = "\t" + line + "  "
            out.append(line)
            n += len(line) + 1
        return ("\n".join(out) + "\n").encode()[:size]


def generate(dest: Path, spec: Spec) -> Manifest:
    """Create the corpus in `dest` unless an identical one is already there."""
    record = dest.with_suffix(".json")
    key = asdict(spec)
    if record.exists() and dest.is_dir():
        old = json.loads(record.read_text())
        if old.get("spec") == json.loads(json.dumps(key)):
            return Manifest(**old)
    shutil.rmtree(dest, ignore_errors=True)
    rng = random.Random(spec.seed)
    text = _Text(rng)
    manifest = Manifest(spec=json.loads(json.dumps(key)))

    def add(path: Path, members: int = 0) -> None:
        manifest.roots += 1
        manifest.members += members
        manifest.bytes += path.stat().st_size
        manifest.files.append(str(path.relative_to(dest)))

    (dest / "small").mkdir(parents=True)
    for i in range(spec.small):
        size = rng.randint(KB, 64 * KB)
        data = rng.randbytes(size) if rng.random() < 0.2 else text.make(size)
        path = dest / "small" / f"{i // 100:02d}" / f"file_{i:05d}.bin"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        add(path)
    (dest / "large").mkdir()
    blocks = [text.make(MB) for _ in range(8)]
    for i, mb in enumerate(spec.large_mb):
        path = dest / "large" / f"large_{i}_{mb}mb.txt"
        with open(path, "wb") as f:
            f.write(f"large file {i}\n".encode())
            for _ in range(mb):
                f.write(rng.choice(blocks))
        add(path)
    (dest / "zips").mkdir()
    for i in range(spec.zips):
        path = dest / "zips" / f"archive_{i:03d}.zip"
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
            for j in range(spec.members):
                info = zipfile.ZipInfo(f"dir/member_{i:03d}_{j:03d}.txt", (2020, 1, 1, 0, 0, 0))
                z.writestr(info, text.make(rng.randint(KB, 16 * KB)))
        add(path, spec.members)
    record.write_text(json.dumps(asdict(manifest), indent=1))
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    m = generate(args.dest, QUICK if args.quick else FULL)
    print(f"{m.roots} roots, {m.members} ZIP members, {m.bytes / MB:.1f} MB in {args.dest}")


if __name__ == "__main__":
    main()
