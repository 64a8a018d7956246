"""Walk the inputs, run every module on every content, feed sub-content back, resume after a crash.

The loop (after unblob's Task -> Result -> subtasks): a worker takes a `Task`, hashes its bytes,
runs each module in a sandbox, decodes the output, admits the children against the per-tree caps
and hands one `ContentResult` to the writer thread, then queues the admitted children as new
tasks. Failures are data (module_runs rows), never exceptions that stop the run.

Content ids are derived, not random (root: its path; child: parent id, module and key), so a
re-run after a crash regenerates the same ids and `--resume` processes every content exactly once.
"""

from __future__ import annotations

import hashlib
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from wadup.config import Isolation, RunConfig
from wadup.engine import Engine, LoadedModule
from wadup.faults import ErrorKind, Fault
from wadup.output import BadOutput, Child, ModuleOutput, TableSchema, decode_invocation
from wadup.sandbox import ContentSource, Invocation, Sandbox
from wadup.stats import RunStats
from wadup.store import ContentResult, ContentRow, ModuleRunRow, Store

_HASH_CHUNK = 1 << 20


@dataclass
class Task:
    """One content to process."""

    row: ContentRow
    source: ContentSource


class RunError(Exception):
    """The run itself cannot proceed (bad arguments, unwritable store)."""


def content_id(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def hash_source(source: ContentSource) -> tuple[str, int]:
    """sha256 and size of a file or slice, streamed."""
    digest = hashlib.sha256()
    size = 0
    with open(source.path, "rb") as f:
        f.seek(source.offset)
        remaining = source.length
        while remaining is None or remaining > 0:
            chunk = f.read(_HASH_CHUNK if remaining is None else min(_HASH_CHUNK, remaining))
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
            if remaining is not None:
                remaining -= len(chunk)
    return digest.hexdigest(), size


def walk_inputs(inputs: tuple[Path, ...]) -> Iterator[Path]:
    """Every regular file under the inputs, in a stable order; symlinks are not followed."""
    for path in inputs:
        if path.is_dir() and not path.is_symlink():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames.sort()
                for name in sorted(filenames):
                    full = Path(dirpath) / name
                    if full.is_file() and not full.is_symlink():
                        yield full
        else:
            yield path


class _Trees:
    """Per-root caps, counted in discovery order under one lock."""

    def __init__(self, config: RunConfig) -> None:
        self.caps = config.caps
        self._usage: dict[str, list[int]] = {}  # root_id -> [files, bytes, seq]
        self._lock = threading.Lock()

    def knows(self, root_id: str) -> bool:
        return root_id in self._usage

    def restore(self, root_id: str, files: int, size: int, seq: int) -> None:
        """Resume: start a tree from what an earlier run already admitted into it."""
        self._usage[root_id] = [files, size, seq]

    def admit(self, root_id: str, depth: int, size: int) -> tuple[int, str | None]:
        """Count one content into its tree. Returns (seq, reason it was skipped or None)."""
        caps = self.caps
        with self._lock:
            usage = self._usage.setdefault(root_id, [0, 0, 0])
            usage[2] += 1
            seq = usage[2]
            if caps.max_depth is not None and depth > caps.max_depth:
                return seq, f"depth {depth} is over --max-depth {caps.max_depth}"
            if caps.max_files is not None and usage[0] + 1 > caps.max_files:
                return seq, f"tree already has {usage[0]} files (--max-files {caps.max_files})"
            if caps.max_bytes is not None and usage[1] + size > caps.max_bytes:
                return seq, (
                    f"{size} more bytes would bring the tree to {usage[1] + size} "
                    f"(--max-bytes {caps.max_bytes})"
                )
            usage[0] += 1
            usage[1] += size
            return seq, None


class _Schemas:
    """The first declaration of each module table wins; a different one later is bad output."""

    def __init__(self) -> None:
        self._known: dict[str, TableSchema] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(module: str, table: str) -> str:
        """The SQL table's identity: SQLite ignores ASCII case in names ("t" is "T")."""
        return f"{module}.{table}".lower()

    def restore(self, module: str, schema: TableSchema) -> None:
        """Resume: a table an earlier run stored keeps its declaration."""
        self._known[self.key(module, schema.name)] = schema

    def claim(self, module: str, output: ModuleOutput) -> None:
        with self._lock:
            for schema in output.tables.values():
                known = self._known.setdefault(self.key(module, schema.name), schema)
                if known != schema:
                    def cols(s: TableSchema) -> str:
                        return ", ".join(f"{c} {t.value}" for c, t in s.columns)

                    raise BadOutput(
                        f"table {schema.name!r} was declared earlier in this run as "
                        f"({cols(known)}); now as ({cols(schema)})"
                    )


class Scheduler:
    """Runs one `wadup run` to completion (or until interrupted)."""

    def __init__(
        self,
        config: RunConfig,
        engine: Engine,
        modules: list[LoadedModule],
        store: Store,
        stats: RunStats | None = None,
    ) -> None:
        self.config = config
        self.engine = engine
        self.modules = modules
        self.store = store
        self.stats = stats or RunStats()
        self.workdir = config.db_path.with_name(config.db_path.name + ".work")
        self.blobs = self.workdir / "blobs"
        self.sandboxes = self.workdir / "sandboxes"
        self._trees = _Trees(config)
        self._schemas = _Schemas()
        self._first: dict[str, str] = {}  # sha256 -> content_id of the first occurrence
        self._first_lock = threading.Lock()
        self._children: queue.SimpleQueue[Task] = queue.SimpleQueue()
        self._roots: queue.Queue[Task | None] = queue.Queue(maxsize=max(4, 4 * config.workers))
        self._results: queue.SimpleQueue[ContentResult | None] = queue.SimpleQueue()
        self._outstanding = 0
        self._idle = threading.Condition()
        self._stop = threading.Event()
        self._local = threading.local()
        self.writer_error: BaseException | None = None

    # -- the run -------------------------------------------------------------------------------

    def run(self, on_progress: Callable[[], None] | None = None) -> RunStats:
        self.blobs.mkdir(parents=True, exist_ok=True)
        self.sandboxes.mkdir(parents=True, exist_ok=True)
        finished = self._restore() if self.config.resume else set()
        writer = threading.Thread(target=self._write_loop, name="wadup-writer", daemon=True)
        writer.start()
        workers = [
            threading.Thread(target=self._work_loop, name=f"wadup-worker-{i}", daemon=True)
            for i in range(self.config.workers)
        ]
        for w in workers:
            w.start()
        try:
            self._feed_roots(finished)
            with self._idle:
                while self._outstanding and not self._stop.is_set():
                    self._idle.wait(0.1)
                    if on_progress is not None:
                        on_progress()
                    if self.writer_error is not None:
                        break
        finally:
            self._stop.set()
            for w in workers:
                w.join(timeout=0.5)
            self._results.put(None)
            writer.join()
            self.stats.finished = time.monotonic()
        if self.writer_error is not None:
            raise RunError(f"could not write results to {self.config.db_path}: "
                           f"{self.writer_error}") from self.writer_error
        if not self.interrupted:
            shutil.rmtree(self.workdir, ignore_errors=True)
        return self.stats

    @property
    def interrupted(self) -> bool:
        return self._outstanding > 0

    def stop(self) -> None:
        """Stop taking work (Ctrl-C). Results already handed to the writer are still saved."""
        self._stop.set()

    def _restore(self) -> set[str]:
        """Load what an earlier, interrupted run finished and queue what it left pending."""
        for module, schema in self.store.declared_tables():
            self._schemas.restore(module, schema)
        self._first = self.store.first_occurrences()
        for row in self.store.pending():
            if not self._trees.knows(row.root_id):
                self._trees.restore(row.root_id, *self.store.tree_usage(row.root_id))
            source = ContentSource(Path(row.source_path or ""), row.source_offset or 0,
                                   row.source_length)
            self._submit(Task(row, source), child=True)
            self.stats.add(files_total=1)
        return self.store.finished_ids()

    def _feed_roots(self, finished: set[str]) -> None:
        seen: set[str] = set()
        for path in walk_inputs(self.config.inputs):
            if self._stop.is_set():
                return
            absolute = os.path.abspath(path)
            cid = content_id("root", absolute)
            if cid in seen:
                continue
            seen.add(cid)
            if cid in finished:
                self.stats.add(resumed=1)
                continue
            row = ContentRow(
                content_id=cid, parent_id=None, root_id=cid, filename=path.name, sha256=None,
                size=None, depth=0, status="pending", source_path=absolute,
            )
            self.stats.add(files_total=1, roots=1)
            self._submit(Task(row, ContentSource(Path(absolute))), child=False)

    def _submit(self, task: Task, *, child: bool) -> None:
        with self._idle:
            self._outstanding += 1
        if child:
            self._children.put(task)
        else:
            while not self._stop.is_set():
                try:
                    self._roots.put(task, timeout=0.1)
                    return
                except queue.Full:
                    continue

    def _next_task(self) -> Task | None:
        try:
            return self._children.get_nowait()  # children first: finish trees, keep blobs few
        except queue.Empty:
            pass
        try:
            return self._roots.get(timeout=0.05)
        except queue.Empty:
            return None

    def _work_loop(self) -> None:
        try:
            while not self._stop.is_set():
                task = self._next_task()
                if task is None:
                    continue
                try:
                    result, children = self._process(task)
                except Exception as error:  # a bug of ours: keep the run going, record it
                    result, children = self._failed(task, f"internal error: {error!r}"), []
                if self._stop.is_set():
                    return  # interrupted mid-task: not saved, so --resume redoes it
                self._results.put(result)
                for child in children:
                    self._submit(child, child=True)
                self.stats.add(files_done=1)
                with self._idle:
                    self._outstanding -= 1
                    self._idle.notify_all()
        finally:
            for sandbox in getattr(self._local, "sandboxes", {}).values():
                sandbox.close()

    def _write_loop(self) -> None:
        done = False
        while not done:
            batch = [self._results.get()]
            while len(batch) < 2000:
                try:
                    batch.append(self._results.get_nowait())
                except queue.Empty:
                    break
            if batch[-1] is None or None in batch:
                done = True
            results = [r for r in batch if r is not None]
            if results and self.writer_error is None:
                try:
                    self.store.write_batch(results)
                except Exception as error:
                    self.writer_error = error
                    self._stop.set()

    # -- one content ---------------------------------------------------------------------------

    def _failed(self, task: Task, reason: str) -> ContentResult:
        task.row.status = "failed"
        task.row.reason = reason
        self.stats.add(failed_contents=1)
        return ContentResult(task.row)

    def _process(self, task: Task) -> tuple[ContentResult, list[Task]]:
        row = task.row
        if row.sha256 is None:
            try:
                row.sha256, row.size = hash_source(task.source)
            except OSError as error:
                return self._failed(task, f"cannot read: {error.strerror or error}"), []
        assert row.size is not None
        if row.parent_id is None:  # roots are admitted here; children when discovered
            row.seq, reason = self._trees.admit(row.root_id, 0, row.size)
            if reason is not None:
                row.status, row.reason = "skipped", reason
                self.stats.add(skipped=1)
                return ContentResult(row), []
        row.status = "ok"
        if self.config.dedup:
            with self._first_lock:
                first = self._first.setdefault(row.sha256, row.content_id)
            if first != row.content_id:
                row.duplicate_of = first
                self.stats.add(duplicates=1)
                return ContentResult(row), []
        if row.parent_id is not None:
            row.source_path = row.source_offset = row.source_length = None  # blob goes away
        self.stats.add(bytes_done=row.size)
        env = {
            "WADUP_FILENAME": row.filename,
            "WADUP_CONTENT_ID": row.content_id,
            "WADUP_DEPTH": str(row.depth),
            "WADUP_PARENT_ID": row.parent_id or "",
        }
        result = ContentResult(row)
        children: list[Task] = []
        failures: list[str] = []
        rows: dict[str, int] = {}
        for module in self.modules:
            sandbox = self._sandbox(module)
            try:
                invocation = sandbox.run(task.source, env)
                run, output = self._collect(invocation, row.size)
                if output is not None:
                    children += self._admit_children(task, module.name, output.children)
                    for schema in output.tables.values():
                        table_rows = output.rows[schema.name]
                        result.tables.append((module.name, schema, table_rows))
                        key = f"{module.name}.{schema.name}"
                        rows[key] = rows.get(key, 0) + len(table_rows)
            finally:
                if self.config.isolation is Isolation.FILE:
                    sandbox.discard_instance()  # fresh instance per file; directory reused
            run.content_id = row.content_id
            if run.error_kind:
                failures.append(run.error_kind)
            result.runs.append(run)
        # Copies: another worker may take a child and mark its row "ok" before this result is
        # written; a killed run then saved the child as finished although it never ran.
        result.children = [replace(t.row) for t in children]
        self.stats.record_runs(len(self.modules), failures, rows)
        return result, [t for t in children if t.row.status == "pending"]

    def _sandbox(self, module: LoadedModule) -> Sandbox:
        """This thread's sandbox for `module` (under --isolation file its instance is discarded
        after every file; only its directory is reused, emptied before each file)."""
        cache: dict[str, Sandbox] = self._local.__dict__.setdefault("sandboxes", {})
        sandbox = cache.get(module.name)
        if sandbox is None:
            sandbox = cache[module.name] = Sandbox(
                self.engine, module, self.config.limits, self.sandboxes
            )
        return sandbox

    def _collect(
        self, invocation: Invocation, parent_size: int
    ) -> tuple[ModuleRunRow, ModuleOutput | None]:
        fault, output = decode_invocation(invocation, self.config.limits, parent_size)
        if output is not None:
            try:
                self._schemas.claim(invocation.module, output)
            except BadOutput as error:
                fault, output = Fault(ErrorKind.BAD_OUTPUT, str(error)), None
        run = ModuleRunRow(
            content_id="",
            module=invocation.module,
            status="ok" if fault is None else "failed",
            error_kind=fault.kind.value if fault else None,
            error=fault.message if fault else None,
            stdout=invocation.stdout,
            stderr=invocation.stderr,
            duration_ms=invocation.duration_ms,
            rows=output.row_count if output else 0,
            subcontent=len(output.children) if output else 0,
        )
        return run, output

    def _admit_children(self, task: Task, module: str, emitted: list[Child]) -> list[Task]:
        """Hash, cap-check and stash each child; returns tasks for admitted and skipped ones."""
        parent = task.row
        tasks = []
        for child in emitted:
            if child.data_path is not None:
                source = ContentSource(child.data_path)
            else:
                assert child.offset is not None
                source = ContentSource(task.source.path, task.source.offset + child.offset,
                                       child.length)
            # Caps first, from the size alone: a guest can make a huge sparse file in no time,
            # and hashing what a cap skips would let it hold the host for hours.
            if child.length is not None:
                size = child.length
            else:
                assert child.data_path is not None
                size = os.stat(child.data_path).st_size
            depth = parent.depth + 1
            seq, reason = self._trees.admit(parent.root_id, depth, size)
            sha256 = hash_source(source)[0] if reason is None else None
            row = ContentRow(
                content_id=content_id(parent.content_id, module, child.key),
                parent_id=parent.content_id, root_id=parent.root_id, filename=child.filename,
                sha256=sha256, size=size, depth=depth, status="pending", emitted_by=module,
                seq=seq,
            )
            if reason is not None:
                row.status, row.reason = "skipped", reason
                self.stats.add(skipped=1, files_done=1, files_total=1)
                tasks.append(Task(row, source))
                continue
            assert sha256 is not None
            if child.data_path is not None:
                blob = self.blobs / sha256
                if not blob.exists():
                    os.replace(child.data_path, blob)
                source = ContentSource(blob)
            row.source_path = str(source.path)
            row.source_offset = source.offset
            row.source_length = source.length
            self.stats.add(subcontent=1, files_total=1)
            tasks.append(Task(row, source))
        return tasks
