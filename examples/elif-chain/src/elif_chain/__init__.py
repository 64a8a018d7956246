"""wadup module: classify each file's first byte through a 2,000-branch if/elif chain.

`branches.py` (imported here, at build time) and `branches_lazy.py` (imported inside main(),
at run time) each hold a method with 2,000 branches: the shape that used to crash the
original runtime's allocator at 28. `make_branches.py` regenerates both.
"""

import wadup
from elif_chain import branches

table = wadup.define_table(
    "first_byte", [("value", "Int64"), ("eager", "String"), ("lazy", "String")]
)


def main() -> None:
    from elif_chain import branches_lazy

    with open(wadup.content_path(), "rb") as f:
        head = f.read(1)
    value = head[0] if head else -1
    table.insert(value, branches.Classifier().classify(value),
                 branches_lazy.Classifier().classify(value))
