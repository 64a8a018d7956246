"""Turn a module project into a `.wasm`: Python projects via componentize-py (host side)."""
