"""The benchmark's analysis, shared verbatim by every Python variant (native, subprocess, guest).

Per content: sha256, size, newline count and word count (ASCII-whitespace separated, the rule of
`bytes.split()`), streamed in 1 MiB chunks so a 50 MB file never needs 50 MB of word objects.
ZIPs: stored members are found by walking local file headers and analysed as slices of the
parent (the C module does exactly the same walk), so every variant sees the same contents.
"""

from __future__ import annotations

import hashlib
import struct
from typing import BinaryIO

CHUNK = 1 << 20
WHITESPACE = b" \t\n\r\x0b\x0c"
_LOCAL = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")  # 30 bytes


def file_stats(f: BinaryIO, offset: int, length: int) -> tuple[str, int, int, int]:
    """(sha256 hex, size, lines, words) of bytes [offset, offset+length) of `f`."""
    digest = hashlib.sha256()
    lines = words = 0
    after_space = True
    f.seek(offset)
    remaining = length
    while remaining > 0:
        chunk = f.read(min(CHUNK, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
        digest.update(chunk)
        lines += chunk.count(b"\n")
        n = len(chunk.split())
        if n and not after_space and chunk[0] not in WHITESPACE:
            n -= 1  # the first word continues the previous chunk's last one
        words += n
        after_space = chunk[-1] in WHITESPACE
    return digest.hexdigest(), length - remaining, lines, words


def zip_members(f: BinaryIO, offset: int, length: int) -> list[tuple[int, int, str]]:
    """Stored members of a ZIP as (offset relative to the content, length, name)."""
    members: list[tuple[int, int, str]] = []
    pos = 0
    while pos + _HEADER.size <= length:
        f.seek(offset + pos)
        header = f.read(_HEADER.size)
        if len(header) < _HEADER.size:
            break
        sig, _ver, flags, method, _t, _d, _crc, csize, _usize, nlen, xlen = _HEADER.unpack(header)
        if sig != _LOCAL or flags & 0x08:
            break  # not a local header, or sizes only in a data descriptor
        name = f.read(nlen).decode("utf-8", "replace")
        start = pos + _HEADER.size + nlen + xlen
        if start + csize > length:
            break
        if method == 0 and not name.endswith("/"):
            members.append((start, csize, name))
        pos = start + csize
    return members
