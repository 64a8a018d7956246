"""wadup module: one row per ZIP member, and each member emitted as sub-content.

Stored (uncompressed) members are emitted as slices of the archive, so no bytes are copied;
compressed members are inflated to /tmp in chunks and handed over with emit_file.
"""

import shutil
import struct
import zipfile

import wadup

members = wadup.define_table(
    "zip_members",
    [("name", "String"), ("size", "Int64"), ("compressed_size", "Int64"), ("method", "String")],
)
METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated",
           zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "lzma"}
LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... name length, extra length


def _data_offset(f, info: zipfile.ZipInfo) -> int:
    """Where a member's bytes start: after its local header, name and extra field."""
    f.seek(info.header_offset)
    signature, name_len, extra_len = LOCAL_HEADER.unpack(f.read(LOCAL_HEADER.size))
    if signature != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    return info.header_offset + LOCAL_HEADER.size + name_len + extra_len


def main() -> None:
    path = wadup.content_path()
    if not zipfile.is_zipfile(path):
        return
    with zipfile.ZipFile(path) as archive, open(path, "rb") as raw:
        for n, info in enumerate(archive.infolist()):
            if info.is_dir():
                continue
            method = METHODS.get(info.compress_type, str(info.compress_type))
            members.insert(info.filename, info.file_size, info.compress_size, method)
            if info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 0x1:
                wadup.emit_slice(_data_offset(raw, info), info.file_size, info.filename)
            else:
                scratch = f"/tmp/member_{n}"
                with archive.open(info) as src, open(scratch, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                wadup.emit_file(scratch, info.filename)
