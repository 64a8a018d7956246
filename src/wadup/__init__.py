"""wadup: run sandboxed WebAssembly analysis modules over a corpus, recursively.

Host-side package. The code that runs *inside* WebAssembly lives in `wadup/guest/` as data
files and is never imported here.
"""

__version__ = "0.1.0"
