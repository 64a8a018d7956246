"""The long-elif rewrite (guest code, pure Python) on the host: same results, same lines."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

GUEST_LIB = Path(__file__).resolve().parents[1] / "src" / "wadup" / "guest" / "lib"


def load_rewriter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_wadup_elif", GUEST_LIB / "_wadup_elif.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rewriter = load_rewriter()


def run(source: str, func: str, *args: object) -> object:
    namespace: dict[str, object] = {}
    exec(compile(source, "<test>", "exec"), namespace)
    return namespace[func](*args)  # type: ignore[operator]


def chain(n: int, indent: str = "    ", with_else: bool = True) -> str:
    lines = [f"{indent}if x == 0:", f"{indent}    r = 'c0'"]
    for i in range(1, n):
        lines += [f"{indent}elif x == {i}:", f"{indent}    r = 'c{i}'"]
    if with_else:
        lines += [f"{indent}else:", f"{indent}    r = 'other'"]
    return "\n".join(lines) + "\n"


def test_short_chains_are_left_alone() -> None:
    source = "def f(x):\n" + chain(10) + "    return r\n"
    assert rewriter.rewrite(source) == source


def test_long_chain_keeps_lines_and_results() -> None:
    source = "def f(x):\n" + chain(300) + "    return r\n"
    out = rewriter.rewrite(source)
    assert out != source
    assert len(out.splitlines()) == len(source.splitlines())
    for x in (0, 1, 150, 299, 300, -5):
        assert run(out, "f", x) == run(source, "f", x)


def test_nested_chains_loops_and_multiline_conditions() -> None:
    inner = chain(60, indent="            ").replace("r = ", "out.append(").replace(
        "'\n", "')\n")
    source = (
        "def f(xs, y):\n    out = []\n    for x in xs:\n        if y == 0:\n"
        "            continue\n"
        + "".join(f"        elif y == {i}:\n            out.append({i})\n" for i in range(1, 60))
        + "        elif (y ==\n              99):\n" + inner
        + "        else:\n            break\n    else:\n        out.append('done')\n"
        "    return out\n"
    )
    out = rewriter.rewrite(source)
    for xs in ([0, 5, 59, 60, 61], [], [3]):
        for y in (0, 1, 30, 59, 99, 100):
            assert run(out, "f", xs, y) == run(source, "f", xs, y)


def test_traceback_line_numbers_are_exact() -> None:
    source = "def f(x):\n" + chain(100, with_else=False) + "    return 1 / 0\n"
    out = rewriter.rewrite(source)
    try:
        run(out, "f", 7)
    except ZeroDivisionError as exc:
        assert exc.__traceback__ is not None
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        assert tb.tb_lineno == source.splitlines().index("    return 1 / 0") + 1


@settings(max_examples=40, deadline=None)
@given(n=st.integers(48, 200), xs=st.lists(st.integers(-3, 210), max_size=8),
       with_else=st.booleans())
def test_rewrite_preserves_semantics(n: int, xs: list[int], with_else: bool) -> None:
    source = "def f(x):\n    r = None\n" + chain(n, with_else=with_else) + "    return r\n"
    out = rewriter.rewrite(source)
    for x in xs:
        assert run(out, "f", x) == run(source, "f", x)


def test_deepest_nesting_points_at_the_line() -> None:
    source = "a = 1\nx = " + "(" * 30 + "1" + ")" * 30 + "\n"
    assert rewriter.deepest_nesting(source) == (2, 30)
