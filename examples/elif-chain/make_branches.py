"""Regenerate src/elif_chain/branches.py and branches_lazy.py (2,000 branches each)."""

from pathlib import Path

BRANCHES = 2000


def source(n: int, label: str) -> str:
    """A class whose method is one if/elif chain of `n` branches."""
    lines = [f'"""Generated: a method with {n} if/elif branches ({label})."""', "", "",
             "class Classifier:", "    def classify(self, obj):"]
    for i in range(n):
        keyword = "if" if i == 0 else "elif"
        lines += [f"        {keyword} obj == {i}:", f'            return "{label}_{i}"']
    lines += ['        return "default"', ""]
    return "\n".join(lines)


if __name__ == "__main__":
    pkg = Path(__file__).parent / "src" / "elif_chain"
    (pkg / "branches.py").write_text(source(BRANCHES, "eager"))
    (pkg / "branches_lazy.py").write_text(source(BRANCHES, "lazy"))
