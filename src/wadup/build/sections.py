"""Custom sections at the top level of a component: how a built module carries its run-time
file tree (stdlib, bundled packages) so one `.wasm` file is all a user copies around.

Binary format (both core modules and components): 8-byte preamble, then sections of
`id:u8, size:uleb128, payload`; id 0 is custom: `name:(uleb128 len, utf-8), bytes`.
Engines skip custom sections they do not know.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO

PREAMBLE_LEN = 8


def _uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_uleb(stream: BinaryIO) -> int | None:
    result = shift = 0
    while True:
        raw = stream.read(1)
        if not raw:
            return None
        result |= (raw[0] & 0x7F) << shift
        if raw[0] < 0x80:
            return result
        shift += 7


def custom_section(name: str, payload: bytes) -> bytes:
    """Encode one custom section."""
    encoded = name.encode()
    body = _uleb(len(encoded)) + encoded + payload
    return b"\x00" + _uleb(len(body)) + body


def append_sections(src: Path, dst: Path, sections: dict[str, bytes | Path]) -> None:
    """Copy `src` to `dst` with custom sections appended (payloads as bytes or files)."""
    shutil.copyfile(src, dst)
    with dst.open("ab") as out:
        for name, payload in sections.items():
            data = payload.read_bytes() if isinstance(payload, Path) else payload
            out.write(custom_section(name, data))


def find_custom_sections(path: Path, prefix: str = "") -> dict[str, tuple[int, int]]:
    """Map custom-section name -> (payload offset, payload length), seeking past the rest."""
    found: dict[str, tuple[int, int]] = {}
    with path.open("rb") as stream:
        if len(stream.read(PREAMBLE_LEN)) < PREAMBLE_LEN:
            return found
        while True:
            ident = stream.read(1)
            if not ident:
                return found
            size = _read_uleb(stream)
            if size is None:
                return found
            start = stream.tell()
            if ident[0] == 0:
                name_len = _read_uleb(stream) or 0
                name = stream.read(name_len).decode("utf-8", "replace")
                if name.startswith(prefix):
                    payload = stream.tell()
                    found[name] = (payload, start + size - payload)
            stream.seek(start + size)


def read_payload(path: Path, where: tuple[int, int]) -> bytes:
    offset, length = where
    with path.open("rb") as stream:
        stream.seek(offset)
        return stream.read(length)
