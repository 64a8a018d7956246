"""A CPU-bound pure-Python kernel (integer arithmetic, dict and list work, function calls).

Run unchanged natively and inside WebAssembly to measure the interpreter's slowdown there.
"""

from __future__ import annotations


def _collatz(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def kernel(n: int) -> int:
    """Collatz lengths plus a word-frequency dict over n numbers: returns a checksum."""
    counts: dict[str, int] = {}
    total = 0
    for i in range(1, n + 1):
        s = _collatz(i)
        total += s
        key = str(s % 97)
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return total * 31 + sum(v * (j + 1) for j, (_k, v) in enumerate(ordered))
