"""wadup module: statistics of text files, using pure-Python dependencies.

chardet guesses the encoding, pydantic (v1) validates the result, python-slugify and humanize
format the name and size. Binary content (a NUL byte in the first 8 KiB) is skipped.
"""

import chardet
import humanize
from pydantic import BaseModel, conint
from slugify import slugify

import wadup

SAMPLE = 64 * 1024

# Warm chardet at build time: its models load on first use, and loading them in every fresh
# instance would cost ~180 ms per file; loaded here, they are part of the snapshot.
chardet.detect("warm-up: é ü ß".encode())


class TextStats(BaseModel):
    """One analysed text file; pydantic checks the counts are sane."""

    encoding: str
    lines: conint(ge=0)
    words: conint(ge=0)
    chars: conint(ge=0)
    slug: str
    human_size: str


table = wadup.define_table(
    "text_stats",
    [("encoding", "String"), ("lines", "Int64"), ("words", "Int64"), ("chars", "Int64"),
     ("slug", "String"), ("human_size", "String")],
)


def main() -> None:
    with open(wadup.content_path(), "rb") as f:
        data = f.read()
    if b"\x00" in data[:8192]:
        return
    encoding = chardet.detect(data[:SAMPLE])["encoding"] or "utf-8"
    text = data.decode(encoding, errors="replace")
    stats = TextStats(
        encoding=encoding.lower(),
        lines=len(text.splitlines()),
        words=len(text.split()),
        chars=len(text),
        slug=slugify(wadup.filename()),
        human_size=humanize.naturalsize(len(data)),
    )
    table.insert(stats.encoding, stats.lines, stats.words, stats.chars, stats.slug,
                 stats.human_size)
