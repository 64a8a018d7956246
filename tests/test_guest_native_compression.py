"""bz2 and lzma inside a real componentize-py component, backed by src/wadup/guest/native.

componentize-py's CPython lacks `_bz2` and `_lzma`; wadup ships WASI builds of both
(tools/guest-native/). This test builds a component with `-p src/wadup/guest/native`, feeds
it files made by the host's own bz2/lzma/zipfile, and checks the guest's output byte for
byte (sha256), its clean exceptions on corrupt input, and files the guest compressed that
the host must be able to read. A last test goes through `wadup build` / `wadup test` to check
that the real build pipeline ships the modules (lazy import at run time included).
Real wasmtime, real components: nothing is mocked.

The component build (~7 s) and its compiled form (~5 s) are cached under
$WADUP_CACHE_DIR (default <repo>/.wadup-cache/) keyed by a hash of every input.
"""

from __future__ import annotations

import bz2
import hashlib
import importlib.metadata
import io
import json
import lzma
import os
import random
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

wasmtime = pytest.importorskip("wasmtime")
from wasmtime.component import Component, Linker  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
NATIVE = REPO / "src" / "wadup" / "guest" / "native"
WIT = REPO / "src" / "wadup" / "guest" / "wit"
EXT = ".cpython-314-wasm32-wasi.so"
BENCH_ROUNDS = 3

# The guest program. Everything it needs is imported at module level: after componentize-py's
# pre-initialisation the stdlib is no longer mounted, so a lazy import at run time would fail.
API_CHECKS = r'''
import bz2
import lzma
import pickle


def error_of(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - the type is what we report
        return {"type": type(e).__name__, "message": str(e),
                "oserror": isinstance(e, OSError), "lzmaerror": isinstance(e, lzma.LZMAError)}
    return None



def api_checks(payload):
    """Edge cases of the API surface, each reported as the exception it raised."""
    res = {}
    small = lzma.compress(payload[:1000])
    d = lzma.LZMADecompressor()
    d.decompress(small + b"trailing")
    res["xz unused_data"] = [d.eof, d.unused_data == b"trailing", d.check]
    res["xz after eof"] = error_of(lambda: d.decompress(b"x"))
    b = bz2.BZ2Decompressor()
    b.decompress(bz2.compress(payload[:1000]) + b"tail")
    res["bz2 unused_data"] = [b.eof, b.unused_data == b"tail", b.needs_input]
    res["bz2 after eof"] = error_of(lambda: b.decompress(b"x"))
    c = bz2.BZ2Compressor()
    c.flush()
    res["bz2 compress after flush"] = error_of(lambda: c.compress(b"x"))
    res["bz2 flush twice"] = error_of(c.flush)
    res["bz2 bad level"] = error_of(lambda: bz2.BZ2Compressor(0))
    res["bz2 pickle"] = error_of(lambda: pickle.dumps(bz2.BZ2Decompressor()))
    lc = lzma.LZMACompressor()
    lc.flush()
    res["lzma compress after flush"] = error_of(lambda: lc.compress(b"x"))
    res["lzma check with alone"] = error_of(
        lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32))
    res["lzma preset and filters"] = error_of(
        lambda: lzma.LZMACompressor(preset=1, filters=[{"id": lzma.FILTER_LZMA2}]))
    res["lzma bad preset"] = error_of(lambda: lzma.LZMACompressor(preset=42))
    res["lzma raw without filters"] = error_of(lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW))
    res["lzma bad filter id"] = error_of(lambda: lzma.compress(
        b"x", format=lzma.FORMAT_RAW, filters=[{"id": 99}]))
    res["lzma bad filter key"] = error_of(lambda: lzma.compress(
        b"x", filters=[{"id": lzma.FILTER_LZMA2, "bogus": 1}]))
    res["lzma filter without id"] = error_of(lambda: lzma.compress(b"x", filters=[{}]))
    res["lzma too many filters"] = error_of(lambda: lzma.compress(
        b"x", filters=[{"id": lzma.FILTER_DELTA}] * 4 + [{"id": lzma.FILTER_LZMA2}]))
    big = lzma.compress(payload, preset=9)
    res["lzma memlimit"] = error_of(lambda: lzma.LZMADecompressor(memlimit=1 << 16).decompress(big))
    res["lzma pickle"] = error_of(lambda: pickle.dumps(lzma.LZMACompressor()))
    res["checks supported"] = [lzma.is_check_supported(getattr(lzma, n)) for n in
                               ("CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256")]
    props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 3, "lc": 2})
    res["filter props"] = [props.hex(), lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)]
    res["delta props"] = lzma._decode_filter_properties(
        lzma.FILTER_DELTA, lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 9}))
    res["constants"] = {n: getattr(lzma, n) for n in lzma.__all__ if n.isupper()}
    return res
'''

# Run identically by the guest and by the host: call-by-call traces of the incremental
# decompressors under random feeding plans, and the outcome of decoding mutated inputs.
DIFFERENTIAL = r'''
import bz2
import hashlib
import lzma
import random

CHUNKS = (1, 7, 100, 4096, 65536)
LIMITS = (-1, 1, 13, 4096, 100000)


def trace(module, blob, seed):
    rng = random.Random(seed)
    d = bz2.BZ2Decompressor() if module == "bz2" else lzma.LZMADecompressor()
    pos, calls, steps = 0, 0, []
    while not d.eof and calls < 5000:
        calls += 1
        if d.needs_input:
            if pos >= len(blob):
                break
            size = rng.choice(CHUNKS)
            chunk, pos = blob[pos:pos + size], pos + size
        else:
            chunk = b""
        out = d.decompress(chunk, rng.choice(LIMITS))
        steps.append([len(chunk), len(out), d.eof, d.needs_input, len(d.unused_data)])
    return hashlib.sha256(repr(steps).encode()).hexdigest(), len(steps)


def outcome(fn, data):
    try:
        return ["ok", hashlib.sha256(fn(data)).hexdigest()]
    except Exception as e:  # noqa: BLE001 - the type and message are the outcome
        return [type(e).__name__, str(e)]


def mutations(blob, seed, count):
    rng = random.Random(seed)
    for _ in range(count):
        b = bytearray(blob)
        kind = rng.randrange(3)
        if kind == 0:
            for _ in range(rng.randint(1, 4)):
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del b[rng.randrange(len(b)):]
        else:
            i = rng.randrange(len(b))
            b[i:i + rng.randint(1, 32)] = bytes(rng.randrange(256) for _ in range(8))
        yield bytes(b)


def differential(blobs):
    res = {"trace": {}, "fuzz": {}}
    for name, (module, blob) in sorted(blobs.items()):
        res["trace"][name] = [trace(module, blob, seed) for seed in range(12)]
        fn = bz2.decompress if module == "bz2" else lzma.decompress
        res["fuzz"][name] = [outcome(fn, m) for m in mutations(blob, 7, 150)]
    return res
'''

GUEST_APP = API_CHECKS + DIFFERENTIAL + r'''
"""Guest half of tests/test_guest_native_compression.py (runs inside WebAssembly)."""
import bz2
import encodings.cp437  # zipfile decodes member names with it, lazily
import hashlib
import io
import json
import lzma
import pickle
import time
import traceback
import zipfile

import wit_world
from componentize_py_types import Err

IN = "/input"
OUT = "/output"
MODULES = {"bz2": bz2, "lzma": lzma}


def sha(data):
    return hashlib.sha256(data).hexdigest()


def read(name):
    with open(f"{IN}/{name}", "rb") as f:
        return f.read()


def new_decompressor(module, kwargs):
    if module == "bz2":
        return bz2.BZ2Decompressor()
    return lzma.LZMADecompressor(**kwargs)


def incremental(module, data, kwargs):
    """Feed 1000-byte slices, take at most 4096 bytes a call, obey needs_input/eof."""
    h = hashlib.sha256()
    total = calls = 0
    while data:
        d = new_decompressor(module, kwargs)
        pos = 0
        while not d.eof:
            calls += 1
            if calls > 10_000_000:
                raise RuntimeError("decompressor made no progress")
            if d.needs_input:
                if pos >= len(data):
                    raise EOFError("input ended before the end of the stream")
                chunk = data[pos:pos + 1000]
                pos += len(chunk)
            else:
                chunk = b""
            out = d.decompress(chunk, 4096)
            if len(out) > 4096:
                raise AssertionError(f"max_length ignored: {len(out)}")
            h.update(out)
            total += len(out)
        data = d.unused_data + data[pos:]
    return h.hexdigest(), total


def streamed(module, name, kwargs):
    h = hashlib.sha256()
    total = 0
    with MODULES[module].open(f"{IN}/{name}", "rb", **kwargs) as f:
        while chunk := f.read(65536):
            h.update(chunk)
            total += len(chunk)
    return h.hexdigest(), total


def decompress_checks(manifest):
    results = {}
    for case in manifest["decompress"]:
        module, name, kwargs = case["module"], case["file"], case.get("kwargs", {})
        data = read(name)
        one = MODULES[module].decompress(data, **kwargs)
        results[name] = {
            "oneshot": [sha(one), len(one)],
            "stream": list(streamed(module, name, kwargs)),
            "incremental": list(incremental(module, data, kwargs)),
        }
    return results


def corrupt_checks(manifest):
    out = {}
    for case in manifest["corrupt"]:
        module, name = case["module"], case["file"]
        mod = MODULES[module]
        data = read(name)

        def via_open(mod=mod, name=name):
            with mod.open(f"{IN}/{name}", "rb") as f:
                f.read()

        out[name] = {"oneshot": error_of(lambda mod=mod, data=data: mod.decompress(data)),
                     "stream": error_of(via_open)}
    return out


def bench(manifest):
    out = {}
    for case in manifest["bench"]:
        mod = MODULES[case["module"]]
        data = read(case["file"])
        best = float("inf")
        for _ in range(manifest["bench_rounds"]):
            t0 = time.perf_counter()
            plain = mod.decompress(data)
            best = min(best, time.perf_counter() - t0)
        out[case["file"]] = {"seconds": best, "bytes": len(plain), "sha256": sha(plain)}
    return out


def roundtrips(payload):
    """Compress in the guest with many options, decompress in the guest; keep the bytes
    so the host can decompress them too."""
    text = payload.decode("latin-1")
    made = {}
    for level in (1, 9):
        made[f"bz2-level{level}.bz2"] = bz2.compress(payload, level)
    c = bz2.BZ2Compressor(5)
    made["bz2-incremental.bz2"] = b"".join(
        c.compress(payload[i:i + 10007]) for i in range(0, len(payload), 10007)) + c.flush()
    for check in ("CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256"):
        made[f"xz-{check}.xz"] = lzma.compress(payload, check=getattr(lzma, check))
    made["preset0.xz"] = lzma.compress(payload, preset=0)
    made["preset9e.xz"] = lzma.compress(payload, preset=9 | lzma.PRESET_EXTREME)
    made["alone.lzma"] = lzma.compress(payload, format=lzma.FORMAT_ALONE)
    made["custom.xz"] = lzma.compress(payload, filters=[
        {"id": lzma.FILTER_DELTA, "dist": 2},
        {"id": lzma.FILTER_LZMA2, "preset": 3, "dict_size": 1 << 20, "lc": 4, "lp": 0,
         "pb": 1, "mode": lzma.MODE_NORMAL, "nice_len": 64, "mf": lzma.MF_BT3, "depth": 0}])
    made["bcj.xz"] = lzma.compress(payload, filters=[
        {"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "mf": lzma.MF_HC4,
                                  "mode": lzma.MODE_FAST}])
    c = lzma.LZMACompressor()
    made["lzma-incremental.xz"] = b"".join(
        c.compress(payload[i:i + 10007]) for i in range(0, len(payload), 10007)) + c.flush()
    raw_filters = [{"id": lzma.FILTER_LZMA1, "preset": 6}]
    raw = lzma.compress(payload, format=lzma.FORMAT_RAW, filters=raw_filters)

    ok = {name: (bz2 if name.endswith(".bz2") else lzma).decompress(blob) == payload
          for name, blob in made.items()}
    ok["raw-lzma1"] = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=raw_filters) == payload
    for name, blob in made.items():
        with open(f"{OUT}/{name}", "wb") as f:
            f.write(blob)

    # The file interfaces, writing and reading back (seek included).
    with bz2.open(f"{OUT}/open.bz2", "wb", compresslevel=7) as f:
        for i in range(0, len(payload), 65536):
            f.write(payload[i:i + 65536])
    with lzma.open(f"{OUT}/open-text.xz", "wt", encoding="utf-8", newline="") as f:
        f.write(text)
    with lzma.open(f"{OUT}/open.lzma", "wb", format=lzma.FORMAT_ALONE) as f:
        f.write(payload)
    with bz2.open(f"{OUT}/open.bz2", "rb") as f:
        f.seek(12345)
        ok["bz2.open seek"] = f.read(100) == payload[12345:12445]
        f.seek(0)
        ok["bz2.open readall"] = f.read() == payload
    with lzma.open(f"{OUT}/open-text.xz", "rt", encoding="utf-8", newline="") as f:
        ok["lzma.open text"] = f.read() == text
    with lzma.open(f"{OUT}/open.lzma", "rb") as f:
        f.seek(len(payload) - 10)
        ok["lzma.open seek alone"] = f.read() == payload[-10:]

    # zipfile drives _encode_filter_properties / _decode_filter_properties.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("a.txt"), payload, compress_type=zipfile.ZIP_LZMA)
        z.writestr(zipfile.ZipInfo("b.txt"), payload, compress_type=zipfile.ZIP_BZIP2)
    with open(f"{OUT}/guest.zip", "wb") as f:
        f.write(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        ok["zip roundtrip"] = z.read("a.txt") == payload and z.read("b.txt") == payload
    return ok


class WitWorld(wit_world.WitWorld):
    def process(self, env):
        try:
            with open(f"{IN}/manifest.json") as f:
                manifest = json.load(f)
            payload = read(manifest["payload"])
            results = {"seconds": {}}
            diff_blobs = {c["file"]: (c["module"], read(c["file"])) for c in manifest["diff"]}
            for key, fn, arg in (("differential", differential, diff_blobs),
                                 ("decompress", decompress_checks, manifest),
                                 ("corrupt", corrupt_checks, manifest),
                                 ("roundtrip", roundtrips, payload),
                                 ("api", api_checks, payload),
                                 ("bench", bench, manifest)):
                t0 = time.perf_counter()
                results[key] = fn(arg)
                results["seconds"][key] = round(time.perf_counter() - t0, 3)
            with open(f"{OUT}/results.json", "w") as f:
                json.dump(results, f)
        except Exception:  # noqa: BLE001 - reported to the host as the failure
            raise Err(wit_world.Failure("guest_error", traceback.format_exc()))
'''


def _cache_dir() -> Path:
    root = Path(os.environ.get("WADUP_CACHE_DIR") or REPO / ".wadup-cache")
    path = root / "guest-native-test"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _componentize_py() -> Path:
    cpy = Path(sys.executable).parent / "componentize-py"
    if cpy.exists():
        return cpy
    found = shutil.which("componentize-py")
    if found is None:
        pytest.skip("componentize-py is not installed")
    return Path(found)


def _build_key() -> str:
    """Everything that changes the component: app, native modules, WIT, tool versions."""
    h = hashlib.sha256()
    h.update(GUEST_APP.encode())
    for path in sorted([*NATIVE.glob(f"*{EXT}"), *WIT.rglob("*.wit")]):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    for dist in ("componentize-py", "wasmtime"):
        h.update(f"{dist}={importlib.metadata.version(dist)}".encode())
    return h.hexdigest()[:24]


def _build_component(engine: Any) -> Any:
    """The guest component, from cache when nothing changed."""
    cache = _cache_dir()
    key = _build_key()
    wasm, cwasm = cache / f"{key}.wasm", cache / f"{key}.cwasm"
    if not wasm.exists():
        work = cache / f"{key}.build"
        shutil.rmtree(work, ignore_errors=True)
        (work / "app").mkdir(parents=True)
        (work / "app" / "app.py").write_text(GUEST_APP)
        venv = work / "empty-venv"  # componentize-py must not see the host's site-packages
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        proc = subprocess.run(
            [str(_componentize_py()), "-d", str(WIT), "-w", "module", "componentize",
             "-p", str(work / "app"), "-p", str(NATIVE), "app", "-o", str(work / "out.wasm")],
            cwd=work, env=dict(os.environ, VIRTUAL_ENV=str(venv)),
            capture_output=True, text=True,
        )
        assert proc.returncode == 0, f"componentize-py failed:\n{proc.stdout}\n{proc.stderr}"
        os.replace(work / "out.wasm", wasm)
        shutil.rmtree(work, ignore_errors=True)
    if cwasm.exists():
        return Component.deserialize_file(engine, str(cwasm))
    component = Component.from_file(engine, str(wasm))
    tmp = cwasm.with_suffix(".tmp")
    tmp.write_bytes(component.serialize())
    os.replace(tmp, cwasm)
    return component


def _payload(size: int, seed: int) -> bytes:
    """Text-like data with some noise: compresses ~3-4x, like real logs or documents."""
    rng = random.Random(seed)
    words = [bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9)))
             for _ in range(2000)]
    out = bytearray()
    while len(out) < size:
        out += b" ".join(rng.choices(words, k=12)) + b"%d\n" % rng.randrange(10**6)
        if rng.random() < 0.05:
            out += rng.randbytes(rng.randint(1, 200))
    return bytes(out[:size])


def _corrupt(blob: bytes) -> bytes:
    """Flip bytes in the middle of the compressed stream (headers stay intact)."""
    b = bytearray(blob)
    mid = len(b) // 2
    for i in range(mid, mid + 64):
        b[i] ^= 0x5A
    return bytes(b)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


RAW_FILTERS = [{"id": lzma.FILTER_DELTA, "dist": 4},
               {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}]


def _make_inputs(indir: Path) -> dict[str, Any]:
    """Files made by the host's CPython, and what the guest must get out of each."""
    payload = _payload(400_000, seed=1)
    second = _payload(100_000, seed=2)
    bench_plain = _payload(4_000_000, seed=3)
    (indir / "payload.bin").write_bytes(payload)
    host_zip = io.BytesIO()
    with zipfile.ZipFile(host_zip, "w") as z:
        z.writestr("lz.bin", payload, compress_type=zipfile.ZIP_LZMA)

    files: dict[str, tuple[bytes, bytes, str, dict[str, Any]]] = {
        # name: (compressed, expected plain, module, kwargs)
        "data.bz2": (bz2.compress(payload, 9), payload, "bz2", {}),
        "level1.bz2": (bz2.compress(payload, 1), payload, "bz2", {}),
        "multi.bz2": (bz2.compress(payload) + bz2.compress(second), payload + second, "bz2", {}),
        "empty.bz2": (bz2.compress(b""), b"", "bz2", {}),
        "data.xz": (lzma.compress(payload), payload, "lzma", {}),
        "sha256.xz": (lzma.compress(payload, check=lzma.CHECK_SHA256), payload, "lzma", {}),
        "nocheck.xz": (lzma.compress(payload, check=lzma.CHECK_NONE), payload, "lzma", {}),
        "multi.xz": (lzma.compress(payload) + lzma.compress(second, preset=1),
                     payload + second, "lzma", {}),
        "data.lzma": (lzma.compress(payload, format=lzma.FORMAT_ALONE), payload, "lzma", {}),
        "alone-explicit.lzma": (lzma.compress(second, format=lzma.FORMAT_ALONE), second, "lzma",
                                {"format": lzma.FORMAT_ALONE}),
        "raw.lzma2": (lzma.compress(payload, format=lzma.FORMAT_RAW, filters=RAW_FILTERS),
                      payload, "lzma", {"format": lzma.FORMAT_RAW, "filters": RAW_FILTERS}),
        "empty.xz": (lzma.compress(b""), b"", "lzma", {}),
    }
    manifest: dict[str, Any] = {"payload": "payload.bin", "decompress": [], "corrupt": [],
                                "bench": [], "bench_rounds": BENCH_ROUNDS}
    expected: dict[str, tuple[str, int]] = {}
    for name, (blob, plain, module, kwargs) in files.items():
        (indir / name).write_bytes(blob)
        manifest["decompress"].append({"file": name, "module": module, "kwargs": kwargs})
        expected[name] = (_sha(plain), len(plain))

    corrupt = {
        "corrupt.bz2": ("bz2", _corrupt(bz2.compress(payload))),
        "corrupt.xz": ("lzma", _corrupt(lzma.compress(payload))),
        "corrupt.lzma": ("lzma", _corrupt(lzma.compress(payload, format=lzma.FORMAT_ALONE))),
        "garbage.xz": ("lzma", b"this is not compressed at all" * 10),
        "truncated.bz2": ("bz2", bz2.compress(payload)[:-50]),
        "truncated.xz": ("lzma", lzma.compress(payload)[:-50]),
    }
    for name, (module, blob) in corrupt.items():
        (indir / name).write_bytes(blob)
        manifest["corrupt"].append({"file": name, "module": module})

    for name, blob in (("bench.bz2", bz2.compress(bench_plain, 9)),
                       ("bench.xz", lzma.compress(bench_plain))):
        (indir / name).write_bytes(blob)
        manifest["bench"].append({"file": name, "module": name.split(".")[1].replace("xz", "lzma")})
    diff_plain = _payload(60_000, seed=5)
    diff_blobs = {"diff.bz2": ("bz2", bz2.compress(diff_plain) + bz2.compress(diff_plain[:999])),
                  "diff.xz": ("lzma", lzma.compress(diff_plain, check=lzma.CHECK_SHA256)),
                  "diff.lzma": ("lzma", lzma.compress(diff_plain, format=lzma.FORMAT_ALONE))}
    manifest["diff"] = []
    for name, (module, blob) in diff_blobs.items():
        (indir / name).write_bytes(blob)
        manifest["diff"].append({"file": name, "module": module})
    (indir / "host.zip").write_bytes(host_zip.getvalue())
    (indir / "manifest.json").write_text(json.dumps(manifest))
    return {"payload": payload, "expected": expected, "bench_plain": bench_plain,
            "diff_blobs": diff_blobs,
            "host_zip_member": _sha(payload)}


@pytest.fixture(scope="module")
def guest(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build (or reuse) the component, run it once over host-made inputs."""
    base = tmp_path_factory.mktemp("guest-native")
    indir, outdir = base / "input", base / "output"
    indir.mkdir()
    outdir.mkdir()
    made = _make_inputs(indir)

    config = wasmtime.Config()
    engine = wasmtime.Engine(config)
    component = _build_component(engine)
    linker = Linker(engine)
    linker.add_wasip2()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    wasi.inherit_stderr()
    wasi.preopen_dir(str(indir), "/input", fs_mutable=False)
    wasi.preopen_dir(str(outdir), "/output")
    store.set_wasi(wasi)
    instance = linker.instantiate(store, component)
    t0 = time.perf_counter()
    result = instance.get_func(store, "process")(store, [])
    elapsed = time.perf_counter() - t0
    assert result is None, f"guest failed: {getattr(result, 'message', result)}"
    results = json.loads((outdir / "results.json").read_text())
    print(f"\nguest run {elapsed:.1f} s: {results['seconds']}")
    return {**made, "results": results, "outdir": outdir, "indir": indir, "elapsed": elapsed}


def test_native_modules_are_shipped() -> None:
    names = sorted(p.name for p in NATIVE.glob(f"*{EXT}"))
    assert names == [f"_bz2{EXT}", f"_lzma{EXT}"]
    for so in NATIVE.glob(f"*{EXT}"):
        assert so.read_bytes()[:4] == b"\0asm"


def test_guest_decompresses_host_files_exactly(guest: dict[str, Any]) -> None:
    """One-shot, file-object and incremental (max_length) paths all give the exact bytes."""
    got = guest["results"]["decompress"]
    assert set(got) == set(guest["expected"])
    for name, (sha, size) in guest["expected"].items():
        for path in ("oneshot", "stream", "incremental"):
            assert got[name][path] == [sha, size], f"{name} via {path}"


def test_corrupt_input_raises_cleanly(guest: dict[str, Any]) -> None:
    """Bad data is an ordinary Python exception in the guest, never a trap."""
    got = guest["results"]["corrupt"]
    for name in ("corrupt.bz2",):
        for path in ("oneshot", "stream"):
            assert got[name][path]["type"] == "OSError", got[name]
            assert got[name][path]["message"] == "Invalid data stream"
    for name in ("corrupt.xz", "corrupt.lzma", "garbage.xz"):
        for path in ("oneshot", "stream"):
            assert got[name][path]["type"] == "LZMAError", got[name]
            assert got[name][path]["lzmaerror"]
    assert got["garbage.xz"]["oneshot"]["message"] == "Input format not supported by decoder"
    assert got["corrupt.xz"]["oneshot"]["message"] == "Corrupt input data"
    # Truncation: the same exceptions the host's CPython raises.
    assert got["truncated.bz2"]["oneshot"]["type"] == "ValueError"
    assert got["truncated.bz2"]["stream"]["type"] == "EOFError"
    assert got["truncated.xz"]["oneshot"]["type"] == "LZMAError"
    assert got["truncated.xz"]["stream"]["type"] == "EOFError"


def test_guest_roundtrips(guest: dict[str, Any]) -> None:
    ok = guest["results"]["roundtrip"]
    assert ok and all(ok.values()), {k: v for k, v in ok.items() if not v}


def test_host_reads_what_the_guest_compressed(guest: dict[str, Any]) -> None:
    """The guest's output is standard bz2/xz/lzma: the host's CPython decodes it exactly."""
    out: Path = guest["outdir"]
    payload: bytes = guest["payload"]
    written = sorted(p.name for p in out.iterdir() if p.name != "results.json")
    assert len(written) >= 15, written
    for path in out.iterdir():
        if path.suffix == ".bz2":
            assert bz2.decompress(path.read_bytes()) == payload, path.name
        elif path.suffix in (".xz", ".lzma"):
            expected = payload.decode("latin-1").encode() if "text" in path.name else payload
            assert lzma.decompress(path.read_bytes()) == expected, path.name
    with zipfile.ZipFile(out / "guest.zip") as z:
        assert z.read("a.txt") == payload
        assert z.read("b.txt") == payload


def test_api_surface_matches_cpython(guest: dict[str, Any]) -> None:
    """The same edge cases run by the host's CPython: error types and messages, attributes,
    filter properties and constants must agree."""
    ns: dict[str, Any] = {}
    exec(compile(API_CHECKS, "api_checks", "exec"), ns)
    host = json.loads(json.dumps(ns["api_checks"](guest["payload"])))
    api = guest["results"]["api"]
    assert set(api) == set(host)
    for name in host:
        assert api[name] == host[name], name
    assert api["xz unused_data"] == [True, True, lzma.CHECK_CRC64]
    assert api["bz2 unused_data"] == [True, True, False]
    raised = [name for name, v in api.items() if isinstance(v, dict) and "type" in v]
    assert len(raised) >= 17, raised


def test_differential_against_host(guest: dict[str, Any]) -> None:
    """Random feeding plans give the same call-by-call trace (output sizes, eof, needs_input,
    unused_data) as the host's CPython, and mutated inputs the same outcome: identical
    bytes or the same exception. No mutation may trap the guest (the run would fail)."""
    ns: dict[str, Any] = {}
    exec(compile(DIFFERENTIAL, "differential", "exec"), ns)
    host = json.loads(json.dumps(ns["differential"](guest["diff_blobs"])))
    got = guest["results"]["differential"]
    assert got["trace"] == host["trace"]
    for name, outcomes in host["fuzz"].items():
        pairs = zip(got["fuzz"][name], outcomes, strict=True)
        mismatches = [(i, g, h) for i, (g, h) in enumerate(pairs) if g != h]
        assert not mismatches, f"{name}: {mismatches[:5]}"
    kinds = {o[0] for outcomes in got["fuzz"].values() for o in outcomes}
    assert kinds <= {"ok", "OSError", "ValueError", "EOFError", "LZMAError"}, kinds
    assert {"OSError", "LZMAError"} <= kinds


def test_decompress_throughput(guest: dict[str, Any]) -> None:
    """Guest vs host decompress speed (informational; asserted only against a floor that
    catches an accidental pure-Python or -O0 build, ~0.5 MB/s)."""
    plain: bytes = guest["bench_plain"]
    indir: Path = guest["indir"]
    lines = []
    for name, module in (("bench.bz2", bz2), ("bench.xz", lzma)):
        data = (indir / name).read_bytes()
        host = min(_timed(module.decompress, data) for _ in range(BENCH_ROUNDS))
        g = guest["results"]["bench"][name]
        assert g["sha256"] == _sha(plain) and g["bytes"] == len(plain)
        guest_mbs = len(plain) / g["seconds"] / 1e6
        host_mbs = len(plain) / host / 1e6
        lines.append(f"{name}: guest {guest_mbs:.1f} MB/s, host {host_mbs:.1f} MB/s "
                     f"({guest_mbs / host_mbs:.0%})")
        assert guest_mbs > 3, lines[-1]
    print("\n" + "\n".join(lines))


def _timed(fn: Any, arg: bytes) -> float:
    t0 = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t0


PIPELINE_MODULE = '''"""Decompress the input with bz2 or lzma, imported lazily inside main()."""

import hashlib

import wadup

out = wadup.define_table("plain", [("codec", "String"), ("size", "Int64"), ("sha256", "String")])


def main() -> None:
    import bz2
    import lzma

    with open(wadup.content_path(), "rb") as f:
        data = f.read()
    codec = "bz2" if data.startswith(b"BZh") else "lzma"
    plain = (bz2 if codec == "bz2" else lzma).decompress(data)
    out.insert(codec, len(plain), hashlib.sha256(plain).hexdigest())
'''


def test_wadup_build_ships_the_native_modules(tmp_path: Path) -> None:
    """A module built by `wadup build` can import bz2/lzma lazily at run time, and a corrupt
    input is an ordinary guest_error with LZMAError's traceback."""
    project = tmp_path / "nativeprobe"
    (project / "src" / "nativeprobe").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[project]\nname = "nativeprobe"\nversion = "0.1.0"\ndependencies = []\n\n'
        '[tool.wadup]\nentry-point = "nativeprobe"\n')
    (project / "src" / "nativeprobe" / "__init__.py").write_text(PIPELINE_MODULE)
    plain = _payload(300_000, seed=4)
    samples = {"s.xz": lzma.compress(plain), "s.bz2": bz2.compress(plain),
               "s.lzma": lzma.compress(plain, format=lzma.FORMAT_ALONE),
               "bad.xz": _corrupt(lzma.compress(plain))}
    for name, blob in samples.items():
        (tmp_path / name).write_bytes(blob)

    def wadup(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "wadup", *map(str, args)],
                              capture_output=True, text=True, timeout=600)

    wasm = tmp_path / "nativeprobe.wasm"
    built = wadup("build", project, "-o", wasm)
    assert built.returncode == 0, built.stderr
    for name in ("s.xz", "s.bz2", "s.lzma"):
        proc = wadup("test", wasm, tmp_path / name, "--json")
        report = json.loads(proc.stdout)
        assert report["ok"], report["error"]
        codec = "bz2" if name.endswith(".bz2") else "lzma"
        assert report["rows"]["plain"] == [[codec, len(plain), _sha(plain)]]
    report = json.loads(wadup("test", wasm, tmp_path / "bad.xz", "--json").stdout)
    assert not report["ok"] and report["error_kind"] == "guest_error"
    assert "LZMAError: Corrupt input data" in report["error"]
