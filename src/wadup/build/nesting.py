"""Where a source file nests deepest: what to point at when the guest's parser runs out of
stack on it (the host's tokenizer is iterative, so it never does)."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

_OPEN = "([{"
_CLOSE = ")]}"


def deepest_nesting(path: Path) -> tuple[int, int]:
    """(line, depth) of the deepest bracket/block nesting in `path`; (1, 0) if unreadable."""
    best = (1, 0)
    brackets = indents = 0
    try:
        source = path.read_bytes()
        for tok in tokenize.tokenize(io.BytesIO(source).readline):
            if tok.type == tokenize.INDENT:
                indents += 1
            elif tok.type == tokenize.DEDENT:
                indents -= 1
            elif tok.type == tokenize.OP and tok.string in _OPEN:
                brackets += 1
            elif tok.type == tokenize.OP and tok.string in _CLOSE:
                brackets -= 1
            if brackets + indents > best[1]:
                best = (tok.start[0], brackets + indents)
    except (OSError, SyntaxError, tokenize.TokenError):
        pass
    return best
