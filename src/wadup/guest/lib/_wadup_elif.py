"""Rewrite very long if/elif chains before CPython compiles them (runs inside the guest).

CPython's compiler and parser recurse once per `elif`; inside WebAssembly the C stack is small,
so a chain of a few hundred branches fails to compile (and, with a badly laid-out stack, used to
corrupt the allocator: the seed's crash). This module streams the source through `tokenize`
(no recursion, no AST) and turns each long chain into flat sibling `if` statements guarded by
a per-chain flag, keeping every physical line so tracebacks point at the user's lines:

    if C:        ->  if (_wadup_f3 := not not (C)):
    elif C:      ->  if not _wadup_f3 and (_wadup_f3 := not not (C)):
    else:        ->  if not _wadup_f3:

Each condition is still evaluated once, in order, only while no earlier branch matched.
`install()` hooks `SourceLoader.source_to_code`, which covers imports at build time, lazy
imports at run time and the build's pyc precompilation.
"""

from __future__ import annotations

import io
import tokenize
from importlib import _bootstrap_external
from typing import Any

# Chains with at least this many `elif` branches are flattened; shorter ones compile fine.
THRESHOLD = 48
_FLAG = "_wadup_f"
# Set by the wrapper during pre-initialisation only: each source compile first writes its
# path here, so that if the guest traps (uncatchable) the build can name the file.
TRACE_FILE: str | None = None
_OPEN = "([{"
_CLOSE = ")]}"


class _Chain:
    """One if/elif/else chain: where its keywords and header colons are."""

    __slots__ = ("ifs", "elifs", "elses", "number")

    def __init__(self, number: int) -> None:
        self.number = number
        self.ifs: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.elifs: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.elses: list[tuple[int, int]] = []


def _chains(source: str) -> list[_Chain]:
    """Find every if/elif/else chain in `source` by scanning tokens, never by parsing."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    found: list[_Chain] = []
    open_chains: dict[int, _Chain] = {}
    depth = 0
    at_start = True
    pending: tuple[str, tuple[int, int], _Chain] | None = None
    brackets = 0
    for tok in tokens:
        kind = tok.type
        if kind in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING):
            continue
        if kind == tokenize.INDENT:
            depth += 1
            at_start = True
            continue
        if kind == tokenize.DEDENT:
            depth -= 1
            at_start = True
            continue
        if kind in (tokenize.NEWLINE, tokenize.ENDMARKER):
            at_start = True
            continue
        if pending is not None:
            # Inside an if/elif header: find the colon that ends it, outside brackets.
            if kind == tokenize.OP:
                if tok.string in _OPEN:
                    brackets += 1
                elif tok.string in _CLOSE:
                    brackets -= 1
                elif tok.string == ":" and brackets == 0:
                    word, start, chain = pending
                    target = chain.ifs if word == "if" else chain.elifs
                    target.append((start, tok.start))
                    pending = None
            at_start = False
            continue
        if at_start:
            at_start = False
            for level in [lvl for lvl in open_chains if lvl > depth]:
                del open_chains[level]
            word = tok.string if kind == tokenize.NAME else ""
            if word == "if":
                chain = _Chain(len(found))
                found.append(chain)
                open_chains[depth] = chain
                pending, brackets = ("if", tok.start, chain), 0
            elif word == "elif" and depth in open_chains:
                pending, brackets = ("elif", tok.start, open_chains[depth]), 0
            elif word == "else" and depth in open_chains:
                open_chains.pop(depth).elses.append(tok.start)
            else:
                open_chains.pop(depth, None)
    return found


def rewrite(source: str, threshold: int = THRESHOLD) -> str:
    """Return `source` with every chain of `threshold`+ elif branches flattened."""
    edits: list[tuple[tuple[int, int], int, str]] = []  # (position, length to drop, text)
    for chain in _chains(source):
        if len(chain.elifs) < threshold or len(chain.ifs) != 1:
            continue
        flag = f"{_FLAG}{chain.number}"
        (start, colon) = chain.ifs[0]
        edits.append((start, 2, f"if ({flag} := not not ("))
        edits.append((colon, 0, "))"))
        for start, colon in chain.elifs:
            edits.append((start, 4, f"if not {flag} and ({flag} := not not ("))
            edits.append((colon, 0, "))"))
        for start in chain.elses:
            edits.append((start, 4, f"if not {flag}"))
    if not edits:
        return source
    lines = source.splitlines(keepends=True)
    for (row, col), drop, text in sorted(edits, reverse=True):
        # tokenize columns count characters, so editing the decoded line is exact.
        line = lines[row - 1]
        lines[row - 1] = line[:col] + text + line[col + drop :]
    return "".join(lines)


def _decode(data: Any) -> str | None:
    """Source text for `data` as the import system would decode it, or None to leave it."""
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if raw.count(b"elif") < THRESHOLD:
            return None
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
        return raw.decode(encoding)
    return None


def deepest_nesting(source: str) -> tuple[int, int]:
    """(line, depth) of the most deeply nested bracket or block in `source`, found by tokenizing
    (iterative, so it works where the recursive parser ran out of stack)."""
    best = (1, 0)
    brackets = indents = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
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
    except (SyntaxError, tokenize.TokenError):
        pass
    return best


def _explain(exc: BaseException, data: Any, path: Any) -> None:
    """Point a parser/compiler stack failure at the file and line that caused it."""
    try:
        text = data if isinstance(data, str) else bytes(data).decode("utf-8", "replace")
        line, depth = deepest_nesting(text)
        exc.filename = str(path)  # type: ignore[attr-defined]
        exc.lineno = line  # type: ignore[attr-defined]
        exc.add_note(
            f"{path}, line {line}: nesting {depth} levels deep is more than CPython's parser "
            "and compiler can handle inside the WebAssembly guest's stack; flatten it"
        )
    except BaseException:  # noqa: B036, S110 - explaining must never hide the real error
        pass


def install() -> None:
    """Route every source compile of the import system through `rewrite`."""
    loader = _bootstrap_external.SourceLoader
    if getattr(loader.source_to_code, "_wadup_rewrite", False):
        return
    original = loader.source_to_code

    def source_to_code(self: Any, data: Any, path: Any, *, _optimize: int = -1) -> Any:
        if TRACE_FILE is not None:
            try:
                with open(TRACE_FILE, "w") as trace:
                    trace.write(str(path))
            except OSError:
                pass
        text = _decode(data)
        if text is not None and text.count("elif") >= THRESHOLD:
            try:
                data = rewrite(text)
            except (SyntaxError, tokenize.TokenError, IndentationError):
                pass  # let compile() report the real error with its own message
        try:
            return original(self, data, path, _optimize=_optimize)
        except (MemoryError, RecursionError) as exc:
            _explain(exc, data, path)
            raise

    source_to_code._wadup_rewrite = True  # type: ignore[attr-defined]
    loader.source_to_code = source_to_code  # type: ignore[method-assign]
