#!/usr/bin/env python3
"""Rebuild the WASI CPython 3.14 extension modules `_bz2` and `_lzma`.

componentize-py's CPython ships without `_bz2` and `_lzma`; componentize-py links every
`*.cpython-314-wasm32-wasi.so` it finds in a `-p` directory, so shipping these two files
in `src/wadup/guest/native/` makes `import bz2` / `import lzma` work in guests.

Everything comes from Debian through apt (run as root): clang-19, lld-19 and wasi-libc
from the machine's own (bookworm) sources; the CPython 3.14 headers (`libpython3.14-dev`)
and the bzip2 / xz-utils sources from Debian unstable through a private apt state that
leaves the system's apt configuration alone. The guest's `pyconfig.h` is regenerated from
the guest's own `_sysconfigdata`, read out of a throw-away probe component.

Usage (as root, with the venv that has componentize-py):
    .venv/bin/python tools/guest-native/build.py [--out DIR] [--work DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_OUT = REPO / "src" / "wadup" / "guest" / "native"
WIT_DIR = REPO / "src" / "wadup" / "guest" / "wit"

# Preferred versions; if Debian unstable has moved on, the newest available is used
# (with a warning) and recorded in BUILDINFO.txt.
PYTHON_DEV = ("libpython3.14-dev", "3.14.10-1")
BZIP2_SRC = ("bzip2", "1.0.8-6")
XZ_SRC = ("xz-utils", "5.8.4-1")
HOST_TOOLS = ("clang-19", "lld-19", "wasi-libc")
EXT_SUFFIX = ".cpython-314-wasm32-wasi.so"
DEBIAN_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"

BZIP2_FILES = ("blocksort", "huffman", "crctable", "randtable", "compress", "decompress", "bzlib")
XZ_CONFIGURE_FLAGS = (
    "--disable-threads", "--disable-shared", "--enable-static", "--disable-xz",
    "--disable-xzdec", "--disable-lzmadec", "--disable-lzmainfo", "--disable-lzma-links",
    "--disable-scripts", "--disable-doc", "--disable-nls", "--disable-rpath",
    "--disable-clmul-crc", "--disable-arm64-crc32", "--disable-microlzma",
    "--disable-lzip-decoder",
)


def log(msg: str) -> None:
    """Progress goes to stderr so stdout stays clean for callers."""
    print(f"[guest-native] {msg}", file=sys.stderr, flush=True)


def run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
        check: bool = True, quiet: bool = False) -> subprocess.CompletedProcess[str]:
    """Run a command, showing its output only when it fails (or when not quiet)."""
    res = subprocess.run(cmd, cwd=cwd, env=env, text=True, capture_output=True)
    if check and res.returncode != 0:
        sys.stderr.write(res.stdout[-4000:] + res.stderr[-4000:])
        raise SystemExit(f"command failed ({res.returncode}): {' '.join(cmd)}")
    if not quiet and res.returncode == 0 and res.stdout.strip():
        log(res.stdout.strip().splitlines()[-1])
    return res


def debian_mirror() -> str:
    """The Debian archive URI the machine's own apt sources use (not its security one)."""
    files = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for f in files:
        if not f.is_file():
            continue
        text = f.read_text()
        uris = re.findall(r"^URIs:\s*(.+)$", text, re.M)
        uris += re.findall(r"^deb(?:-src)?\s+(?:\[[^]]*\]\s+)?(\S+)", text, re.M)
        for line in uris:
            for uri in line.split():
                if uri.rstrip("/").endswith("/debian"):
                    return uri.rstrip("/")
    raise SystemExit("no Debian archive found in /etc/apt sources")


class PrivateApt:
    """apt with its own state and sources (Debian unstable), so the system is untouched."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in ("state/lists/partial", "cache/archives/partial", "etc"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        mirror = debian_mirror()
        (root / "etc" / "sources.list").write_text(
            f"deb [signed-by={DEBIAN_KEYRING}] {mirror} unstable main\n"
            f"deb-src [signed-by={DEBIAN_KEYRING}] {mirror} unstable main\n"
        )
        self.opts = [
            "-o", f"Dir::State={root / 'state'}",
            "-o", f"Dir::Cache={root / 'cache'}",
            "-o", f"Dir::Etc::SourceList={root / 'etc' / 'sources.list'}",
            "-o", "Dir::Etc::SourceParts=/dev/null",
            "-o", "APT::Sandbox::User=root",
        ]

    def update(self) -> None:
        run(["apt-get", *self.opts, "update"], quiet=True)

    def versions(self, name: str, source: bool) -> list[str]:
        """Versions apt knows for a binary or source package, newest first."""
        if source:
            out = run(["apt-cache", *self.opts, "showsrc", name], quiet=True).stdout
            found = re.findall(r"^Version: (\S+)$", out, re.M)
        else:
            out = run(["apt-cache", *self.opts, "madison", name], quiet=True).stdout
            found = [line.split("|")[1].strip() for line in out.splitlines() if "|" in line]
        return sorted(set(found), key=_debver_key, reverse=True)

    def pick(self, name: str, wanted: str, source: bool) -> str:
        have = self.versions(name, source)
        if not have:
            raise SystemExit(f"Debian unstable has no {name}")
        if wanted in have:
            return wanted
        log(f"WARNING: {name} {wanted} is gone from unstable; using {have[0]}")
        return have[0]

    def download(self, name: str, version: str, dest: Path) -> Path:
        run(["apt-get", *self.opts, "download", f"{name}={version}"], cwd=dest, quiet=True)
        return next(dest.glob(f"{name}_*.deb"))

    def source_tarball(self, name: str, version: str, dest: Path) -> Path:
        """Fetch a source package's .orig tarball, checked against the Sources index.

        `apt-get source --download-only` is used; some mirrors refuse the .dsc, so its
        exit status is ignored and the tarball's sha256 is verified here instead.
        """
        run(["apt-get", *self.opts, "source", "--download-only", f"{name}={version}"],
            cwd=dest, check=False, quiet=True)
        upstream = version.split(":")[-1].rsplit("-", 1)[0]
        tarballs = list(dest.glob(f"{name}_{upstream}.orig.tar.*"))
        if not tarballs:
            raise SystemExit(f"could not fetch the source of {name} {version}")
        tarball = tarballs[0]
        showsrc = run(["apt-cache", *self.opts, "showsrc", name], quiet=True).stdout
        stanza = next((s for s in showsrc.split("\n\n")
                       if f"\nVersion: {version}\n" in f"\n{s}\n"), "")
        digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
        if f" {digest} " not in stanza:
            raise SystemExit(f"{tarball.name}: sha256 {digest} not in Debian's Sources index")
        return tarball


def _debver_key(v: str) -> list[object]:
    """Rough Debian version ordering; good enough to pick the newest candidate."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", v)]


def ensure_host_tools() -> None:
    """Install clang-19, lld-19 and wasi-libc from the machine's own apt sources."""
    missing = [p for p in HOST_TOOLS
               if run(["dpkg", "-s", p], check=False, quiet=True).returncode != 0]
    if missing:
        log(f"apt-get install {' '.join(missing)}")
        run(["apt-get", "update"], quiet=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "install", "-y", "--no-install-recommends", *missing], env=env, quiet=True)


def dpkg_version(pkg: str) -> str:
    return run(["dpkg-query", "-W", "-f=${Version}", pkg], quiet=True).stdout.strip()


def make_sysroot(work: Path) -> Path:
    """Debian's wasi-libc lives in /usr/{include,lib}/wasm32-wasi; give clang a sysroot
    that holds only it (pointing --sysroot at /usr would pull in glibc headers)."""
    root = work / "sysroot"
    for kind, src in (("include", "/usr/include/wasm32-wasi"), ("lib", "/usr/lib/wasm32-wasi")):
        (root / kind).mkdir(parents=True, exist_ok=True)
        for triple in ("wasm32-wasi", "wasm32-wasip1", "wasm32-wasip2"):
            link = root / kind / triple
            if not link.exists():
                link.symlink_to(src)
    return root


def guest_sysconfigdata(work: Path) -> Path:
    """Read the guest CPython's `_sysconfigdata` out of a throw-away component.

    During componentize-py's pre-initialisation the guest sees the stdlib at /python and
    the `-p` directories read-write at /0.., so the probe app just copies the file out.
    """
    probe = work / "probe"
    app = probe / "app"
    app.mkdir(parents=True, exist_ok=True)
    (app / "app.py").write_text(
        "import glob\nimport shutil\n\nimport wit_world\n\n"
        "for f in glob.glob('/python/_sysconfigdata_*.py'):\n"
        "    shutil.copy(f, '/0/')\n\n\n"
        "class WitWorld(wit_world.WitWorld):\n"
        "    def process(self, env):\n"
        "        return None\n"
    )
    venv = probe / "empty-venv"
    if not venv.exists():
        run([sys.executable, "-m", "venv", "--without-pip", str(venv)], quiet=True)
    cpy = Path(sys.executable).parent / "componentize-py"
    if not cpy.exists():
        found = shutil.which("componentize-py")
        if found is None:
            raise SystemExit("componentize-py not found: run this with the project's venv python")
        cpy = Path(found)
    env = dict(os.environ, VIRTUAL_ENV=str(venv))
    run([str(cpy), "-d", str(WIT_DIR), "-w", "module", "componentize", "-p", str(app), "app",
         "-o", str(probe / "probe.wasm")], cwd=probe, env=env, quiet=True)
    found = sorted(app.glob("_sysconfigdata_*.py"))
    if not found:
        raise SystemExit("probe component did not expose the guest's _sysconfigdata")
    return found[0]


def generate_pyconfig(template: Path, sysconfigdata: Path) -> str:
    """Write a wasm32-wasi pyconfig.h: keys from Debian's x86_64 pyconfig.h, values from
    the guest's build_time_vars (which sysconfig parsed from the guest's pyconfig.h;
    a 0 there means `#undef`). Keys starting with `_` are feature-test macros that
    sysconfig does not record; they are kept as Debian has them."""
    ns: dict[str, object] = {}
    exec(compile(sysconfigdata.read_text(), str(sysconfigdata), "exec"), ns)
    values = ns["build_time_vars"]
    assert isinstance(values, dict)
    out = ["/* pyconfig.h for componentize-py's CPython 3.14 (wasm32-wasi).",
           " * Generated by tools/guest-native/build.py; do not edit. */",
           "#ifndef Py_PYCONFIG_H", "#define Py_PYCONFIG_H"]
    define = re.compile(r"#define ([A-Za-z_]\w*)(?: (.*))?$")
    undef = re.compile(r"/\* #undef ([A-Za-z_]\w*) \*/$")
    for line in template.read_text().splitlines():
        m = define.match(line) or undef.match(line)
        if not m or m.group(1) == "Py_PYCONFIG_H":
            continue
        key = m.group(1)
        if key.startswith("_"):
            out.append(line)
            continue
        value = values.get(key, 0)
        literal_zero = line.startswith("#define") and m.group(2) == "0"
        if value == 0 and not literal_zero:
            out.append(f"/* #undef {key} */")
        else:
            out.append(f"#define {key} {value}")
    out.append("#endif /* Py_PYCONFIG_H */")
    return "\n".join(out) + "\n"


def python_headers(work: Path, deb: Path, sysconfigdata: Path) -> Path:
    """Unpack libpython3.14-dev and swap in the guest's pyconfig.h."""
    unpacked = work / "libpython-dev"
    run(["dpkg-deb", "-x", str(deb), str(unpacked)], quiet=True)
    include = work / "include"
    if include.exists():
        shutil.rmtree(include)
    shutil.copytree(unpacked / "usr" / "include" / "python3.14", include / "python3.14")
    template = unpacked / "usr" / "include" / "x86_64-linux-gnu" / "python3.14" / "pyconfig.h"
    (include / "python3.14" / "pyconfig.h").write_text(generate_pyconfig(template, sysconfigdata))
    return include / "python3.14"


def unpack(tarball: Path, dest: Path) -> Path:
    with tarfile.open(tarball) as tf:
        top = tf.getnames()[0].split("/")[0]
        tf.extractall(dest, filter="data")
    return dest / top


class Toolchain:
    """clang-19 / wasm-ld-19 invocations for wasm32-wasip2 position-independent code."""

    def __init__(self, sysroot: Path) -> None:
        self.cflags = ["--target=wasm32-wasip2", f"--sysroot={sysroot}", "-fPIC", "-O2"]

    def cc(self, src: Path, obj: Path, *extra: str) -> Path:
        run(["clang-19", *self.cflags, *extra, "-c", str(src), "-o", str(obj)], quiet=True)
        return obj

    def link_shared(self, out: Path, inputs: list[Path]) -> Path:
        run(["wasm-ld-19", "--experimental-pic", "-shared",
             "--unresolved-symbols=import-dynamic", "-o", str(out), *map(str, inputs)],
            quiet=True)
        return out


MODULE_WARNINGS = ("-fvisibility=hidden", "-Wall", "-Wextra", "-Werror",
                   "-Wno-unused-parameter", "-Wno-missing-field-initializers")


def build_bz2(tc: Toolchain, bzip2: Path, pyinc: Path, objdir: Path, out: Path) -> Path:
    objs = [tc.cc(bzip2 / f"{name}.c", objdir / f"bz2_{name}.o",
                  "-DBZ_NO_STDIO", "-fvisibility=hidden", "-w")
            for name in BZIP2_FILES]
    mod = tc.cc(HERE / "src" / "_bz2module.c", objdir / "_bz2module.o", *MODULE_WARNINGS,
                f"-I{pyinc}", f"-I{bzip2}", f"-I{HERE / 'src'}")
    return tc.link_shared(out / f"_bz2{EXT_SUFFIX}", [mod, *objs])


def build_lzma(tc: Toolchain, xz: Path, pyinc: Path, objdir: Path, out: Path) -> Path:
    """liblzma via its own configure (single-threaded, static, PIC), then the module."""
    build = objdir / "xz-build"
    build.mkdir(exist_ok=True)
    cc = " ".join(["clang-19", *tc.cflags])
    # configure's link tests need a plain wasip1 target: clang-19 would hand wasip2
    # links to wasm-component-ld, which Debian does not ship. Objects use wasip2 (make CC=).
    conf_cc = cc.replace("wasm32-wasip2", "wasm32-wasi")
    run([str(xz / "configure"), "--host=wasm32-unknown-wasi", f"CC={conf_cc}",
         "CFLAGS=-O2 -fPIC", *XZ_CONFIGURE_FLAGS], cwd=build, quiet=True)
    # Keep liblzma's API out of the module's exports (only PyInit__lzma is public), so it
    # cannot clash with another copy of liblzma linked into the same component.
    config_h = build / "config.h"
    config_h.write_text(config_h.read_text().replace("#define HAVE_VISIBILITY 1",
                                                     "#define HAVE_VISIBILITY 0"))
    run(["make", "-C", "src/liblzma", f"-j{os.cpu_count() or 2}", f"CC={cc}"], cwd=build,
        quiet=True)
    lib = build / "src" / "liblzma" / ".libs" / "liblzma.a"
    mod = tc.cc(HERE / "src" / "_lzmamodule.c", objdir / "_lzmamodule.o", *MODULE_WARNINGS,
                f"-I{pyinc}", f"-I{xz / 'src' / 'liblzma' / 'api'}", f"-I{HERE / 'src'}")
    return tc.link_shared(out / f"_lzma{EXT_SUFFIX}", [mod, lib])


def _leb128(buf: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _wasm_name(buf: bytes, i: int) -> tuple[str, int]:
    n, i = _leb128(buf, i)
    return buf[i:i + n].decode(), i + n


def wasm_exports(path: Path) -> list[str]:
    """Names in a wasm module's export section (enough of the format for a sanity check)."""
    buf = path.read_bytes()
    if buf[:4] != b"\0asm":
        raise SystemExit(f"{path} is not a wasm module")
    i, names = 8, []
    while i < len(buf):
        section, i = buf[i], i + 1
        size, i = _leb128(buf, i)
        if section == 7:
            count, j = _leb128(buf, i)
            for _ in range(count):
                name, j = _wasm_name(buf, j)
                _, j = _leb128(buf, j + 1)  # kind byte, then index
                names.append(name)
        i += size
    return names


def check_module(so: Path) -> None:
    """Exactly PyInit_<name> (plus wasm-ld's PIC helpers) may be exported: anything else
    could clash with another library componentize-py links into the same component."""
    init = "PyInit_" + so.name.split(".")[0]
    extra = set(wasm_exports(so)) - {init, "__wasm_apply_data_relocs", "__wasm_call_ctors"}
    if init not in wasm_exports(so) or extra:
        raise SystemExit(f"{so.name}: unexpected exports {sorted(extra)} (or no {init})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the .so files go")
    parser.add_argument("--work", type=Path, help="scratch directory (default: a temp dir)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("run as root: apt-get installs the toolchain")

    work = args.work or Path(tempfile.mkdtemp(prefix="wadup-guest-native-"))
    work.mkdir(parents=True, exist_ok=True)
    downloads = work / "downloads"
    downloads.mkdir(exist_ok=True)
    objdir = work / "obj"
    objdir.mkdir(exist_ok=True)
    log(f"work dir {work}")

    ensure_host_tools()
    apt = PrivateApt(work / "apt")
    apt.update()
    py_ver = apt.pick(*PYTHON_DEV, source=False)
    bz_ver = apt.pick(*BZIP2_SRC, source=True)
    xz_ver = apt.pick(*XZ_SRC, source=True)
    log(f"{PYTHON_DEV[0]} {py_ver}, {BZIP2_SRC[0]} {bz_ver}, {XZ_SRC[0]} {xz_ver}")
    deb = apt.download(PYTHON_DEV[0], py_ver, downloads)
    bz_tar = apt.source_tarball(BZIP2_SRC[0], bz_ver, downloads)
    xz_tar = apt.source_tarball(XZ_SRC[0], xz_ver, downloads)

    log("probing the guest's sysconfig (one componentize-py build)")
    sysconfigdata = guest_sysconfigdata(work)
    pyinc = python_headers(work, deb, sysconfigdata)
    srcdir = work / "src"
    srcdir.mkdir(exist_ok=True)
    bzip2 = unpack(bz_tar, srcdir)
    xz = unpack(xz_tar, srcdir)

    tc = Toolchain(make_sysroot(work))
    stage = work / "out"
    stage.mkdir(exist_ok=True)
    log("building _bz2")
    built = [build_bz2(tc, bzip2, pyinc, objdir, stage)]
    log("building _lzma")
    built.append(build_lzma(tc, xz, pyinc, objdir, stage))

    args.out.mkdir(parents=True, exist_ok=True)
    info = ["# Built by tools/guest-native/build.py; see tools/guest-native/README.md.",
            f"clang-19 {dpkg_version('clang-19')}", f"lld-19 {dpkg_version('lld-19')}",
            f"wasi-libc {dpkg_version('wasi-libc')}",
            f"{PYTHON_DEV[0]} {py_ver} (headers; pyconfig.h from {sysconfigdata.name})",
            f"{BZIP2_SRC[0]} {bz_ver} ({bz_tar.name})", f"{XZ_SRC[0]} {xz_ver} ({xz_tar.name})",
            ""]
    for so in built:
        check_module(so)
        shutil.copy2(so, args.out / so.name)
        digest = hashlib.sha256(so.read_bytes()).hexdigest()
        info.append(f"{digest}  {so.name}")
        log(f"wrote {args.out / so.name} ({so.stat().st_size} bytes)")
    (args.out / "BUILDINFO.txt").write_text("\n".join(info) + "\n")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
