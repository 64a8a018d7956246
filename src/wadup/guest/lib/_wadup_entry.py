"""componentize-py app of every wadup Python module: implements the WIT export `process`.

At build time (pre-initialisation) it installs the long-elif rewrite and imports the user's
entry module, so the module's code and everything it imports eagerly are in the snapshot.
Per file, `process(env)` resets the per-file state of the `wadup` library, sets os.environ,
calls the user's `main()`, flushes pending rows, and turns any exception into a `failure`
(an exception escaping into the runtime would poison the instance).
"""

import _wadup_elif

_wadup_elif.install()

import importlib  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402

import _wadup_config  # noqa: E402
import wit_world  # noqa: E402
from componentize_py_types import Err  # noqa: E402

import wadup  # noqa: E402

_wadup_elif.TRACE_FILE = _wadup_config.TRACE_FILE
try:
    _module = importlib.import_module(_wadup_config.ENTRY)
finally:
    _wadup_elif.TRACE_FILE = None
_main = getattr(_module, _wadup_config.FUNCTION, None)
if not callable(_main):
    raise ImportError(
        f"entry-point module {_wadup_config.ENTRY!r} has no callable "
        f"{_wadup_config.FUNCTION}(): define `def {_wadup_config.FUNCTION}():` in it"
    )

PRECOMPILE = "WADUP_PRECOMPILE"


def _format(exc: BaseException) -> str:
    """The full traceback, or as much as can be had when memory is exhausted."""
    try:
        # Drop the wrapper's own frame: the traceback starts in the user's main().
        tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
        return "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    except BaseException:  # noqa: B036 - formatting must never escape
        return f"{type(exc).__name__}: {exc}"


def _kind(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "memory"
    if isinstance(exc, RecursionError):
        return "stack"
    return "guest_error"


def _flush_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:  # noqa: B036, S110 - a broken stream must not fail the run
            pass


def _precompile(spec: str) -> None:
    """Build-time only: write pycs for the run-time trees (see _wadup_precompile)."""
    import _wadup_precompile

    roots, _, strict = spec.partition("|")
    errors = _wadup_precompile.precompile(roots.split(":"), [s for s in strict.split(":") if s])
    if errors:
        raise Err(wit_world.Failure("build", "\n".join(errors)))


class WitWorld(wit_world.WitWorld):
    """The component's export; one call processes one file."""

    def process(self, env: list[tuple[str, str]]) -> None:
        values = dict(env)
        if PRECOMPILE in values:
            return _precompile(values[PRECOMPILE])
        wadup._reset()
        # A reused instance (--isolation worker) must not see the previous file's variables.
        for name in [n for n in os.environ if n.startswith("WADUP_") and n not in values]:
            del os.environ[name]
        os.environ.update(values)
        failure = None
        try:
            _main()
            wadup.flush()
        except SystemExit as exc:
            if exc.code not in (None, 0):
                failure = wit_world.Failure("guest_error", _format(exc))
            else:
                try:
                    wadup.flush()
                except BaseException as inner:  # noqa: B036
                    failure = wit_world.Failure(_kind(inner), _format(inner))
        except BaseException as exc:  # noqa: B036 - every exception becomes a failure
            failure = wit_world.Failure(_kind(exc), _format(exc))
        finally:
            _flush_stdio()
        if failure is not None:
            raise Err(failure)
