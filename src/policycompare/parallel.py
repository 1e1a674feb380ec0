"""Where the per-document work runs: this process, the local cores, or a Dask cluster.

Every stage that works document by document (reading and parsing files, cutting measures into
tokens) hands its work to :func:`map_batches`. By default many items are spread over the local
cores in worker processes and few items stay in this process. Any ``concurrent.futures``-style
executor can be passed instead; :func:`dask_client` gives one that runs on a Dask cluster, local or
remote, so the same pipeline scales out without other changes::

    with dask_client("tcp://scheduler:8786") as client:
        write_report("corpus", "build/report", executor=client.get_executor())

Results always come back in input order, so tables do not depend on where they were computed.

Native thread pools (OpenBLAS, OpenMP) are held to one thread in each process doing the work
(:func:`one_native_thread`): the parallelism is one process per core already, and on a shared
machine a second BLAS or OpenMP thread per process spins on busy cores. Measured on 2 loaded
cores: KMeans over k = 5..15 took 31 s with two threads and 1.3 s with one, a Kamada-Kawai layout
15 times longer. One thread also makes the floating-point sums, hence the clusters, the same on
every machine whatever its core count.

A file that takes too long must not stall a run: :func:`run_budgeted` gives each item a time
budget. In a process's main thread (this process, or a local worker process) an alarm signal
interrupts the item. Signals reach only the main thread, and Dask runs tasks in threads: there the
items run in a helper process of that thread, which interrupts them the same way, and a watchdog
kills the helper should an item not come back even so.
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections import deque
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

HELPER_START_SECONDS = 300  # a helper process imports the package (pandas, jieba …) before its first item
WATCHDOG_GRACE = 10  # seconds past an item's budget before its helper is killed: the alarm should come first
IN_FLIGHT_PER_WORKER = 2  # batches submitted per worker and not yet consumed: one running, one queued
BATCHES_PER_WORKER = 8  # enough batches to balance uneven documents, few enough to keep overhead low
EXECUTOR_BATCHES = 64  # an executor may stand for a cluster of many workers: give it more batches
PROGRESS_AFTER = 2.0  # seconds: a bar appears only for work that lasts longer
# POLICYCOMPARE_PROGRESS=0 hides the bars of library calls (the commands say --quiet): `make notebooks`
# and `make test` set it, because a bar appears only for work over PROGRESS_AFTER seconds, so a
# notebook's stored output would depend on how fast the machine that ran it was
_SHOW_PROGRESS = ContextVar("policycompare_progress", default=os.environ.get("POLICYCOMPARE_PROGRESS", "1") != "0")
_IN_THIS_PROCESS = ContextVar("policycompare_in_this_process", default=False)
_DELIVER: ContextVar[Callable | None] = ContextVar("policycompare_deliver", default=None)


_MEANWHILE: list = []  # done by a thread while the next local pool's workers run
_preparing: list[threading.Thread] = []


@contextmanager
def preparing(*tasks: str | Callable) -> Iterator[None]:
    """Within the block, do ``tasks`` (module names to import, or functions of no arguments) in a
    thread of this process as soon as a pool of local workers has started (:func:`imap_batches`):
    this process mostly waits on its workers then, so the tasks take what the workers leave of the
    cores instead of delaying their start (the report's theme and figure libraries and the map
    boundaries: seconds, while the files are parsed). Every fork this package makes waits for the
    thread first (:func:`wait_for_preparing`): a process forked while a thread imports would inherit
    its import locks half held. On leaving, the thread is waited for and tasks not started are
    dropped: they are done where they are needed. A task that fails is left: it fails again where
    its result is needed, with its context.

    >>> with preparing("json"):
    ...     pass
    """
    _MEANWHILE.extend(tasks)
    try:
        yield
    finally:
        _MEANWHILE.clear()
        wait_for_preparing()


def _start_preparing() -> None:
    if _MEANWHILE and not _preparing:
        tasks = list(_MEANWHILE)
        _MEANWHILE.clear()
        _preparing.append(threading.Thread(target=_prepare, args=(tasks,), name="policycompare-prepare", daemon=True))
        _preparing[0].start()


def _prepare(tasks: list) -> None:
    import importlib

    for task in tasks:
        try:
            importlib.import_module(task) if isinstance(task, str) else task()
        except Exception:  # noqa: BLE001, S110 -- done again where needed, and failing there
            pass


def wait_for_preparing() -> None:
    """Wait for the work of :func:`preparing` in progress (call before forking)."""
    while _preparing:
        _preparing.pop().join()


def map_batches(function: Callable, items: Iterable, executor: Executor | None = None,
                local_below: int = 200, progress: str | None = None, total: int | None = None) -> list:
    """``[function(item) for item in items]``, computed in batches on ``executor`` (or the local
    cores when there are at least ``local_below`` items), in input order. ``progress`` names a
    progress bar shown on standard error while batches come back. ``items`` may be a generator
    when ``total`` gives its length; see :func:`imap_batches`.

    ``function`` and the items must pickle (module-level functions, plain data).

    >>> map_batches(len, ["甲", "乙丙"])
    [1, 2]
    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     map_batches(len, ["甲", "乙丙", "丁"], executor=pool)
    [1, 2, 1]
    """
    return list(imap_batches(function, items, executor, local_below, progress, total))


def imap_batches(function: Callable, items: Iterable, executor: Executor | None = None,
                 local_below: int = 200, progress: str | None = None, total: int | None = None,
                 batch_size: int | None = None) -> Iterator:
    """:func:`map_batches` as a stream: each result is yielded, in input order, as soon as its batch
    is back, and items are drawn from ``items`` only when their batch is submitted.

    At most ``IN_FLIGHT_PER_WORKER`` batches per worker are submitted and not yet consumed, so
    neither every input nor every result need be held at once: a generator of large inputs
    (a table per place, say) costs the memory of a few batches. ``total`` is the number of items
    when ``items`` has no length (it sets the batch size). ``batch_size`` caps the items of a
    batch: a worker holds a whole batch's results until it sends them back, so large results
    (graphs, say) want small batches.

    >>> list(imap_batches(len, (word for word in ["甲", "乙丙"]), total=2))
    [1, 2]
    """
    total = len(items) if total is None else total
    workers = os.cpu_count() or 1
    if executor is None and (total < local_below or workers < 2 or _IN_THIS_PROCESS.get()):
        with progress_bar(total, progress) as bar:
            for item in items:
                yield function(item)
                bar.update()
        return
    batches = _batches(iter(items), workers * BATCHES_PER_WORKER if executor is None else EXECUTOR_BATCHES, total,
                       batch_size)
    # a local pool has ``workers`` processes; an executor's own size, if it says, else all batches at once
    in_flight = IN_FLIGHT_PER_WORKER * (workers if executor is None else getattr(executor, "_max_workers", EXECUTOR_BATCHES))
    wait_for_preparing()  # the pool forks its workers at the first batch: no thread may be importing then
    # garbage left by the stage before would be copied into the frozen set (and every worker) below
    release_free_memory()
    # Forked workers share the parent's memory until they write to it; the garbage collector would
    # write to every object it visits (and copy the page). Frozen objects are never visited.
    gc.freeze()
    try:
        with progress_bar(total, progress) as bar, \
                (ProcessPoolExecutor(workers, initializer=_one_native_thread_here) if executor is None
                 else nullcontext(executor)) as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.submit(_apply, function, batch))
                del batch  # the pool holds it until it is sent; then only the worker does
                if executor is None:  # every worker has been forked by now
                    _start_preparing()
                while len(pending) >= in_flight:
                    yield from _done(pending.popleft(), bar)
            while pending:
                yield from _done(pending.popleft(), bar)
    finally:
        gc.unfreeze()


def release_free_memory() -> None:
    """Collect garbage and give the C heap's free pages back to the system (glibc ``malloc_trim``).

    Called before forking: a free page kept in the heap is shared with the child, and when this
    process reuses it (as it will, for the next stage's objects) the page is copied, the child
    keeping the old one, so freed memory would be counted twice in the process tree. Returned pages
    are not shared: reused, they cost this process alone. Elsewhere than glibc, only the collection.
    """
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (looked up once)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


class _Background:
    """A function running in a forked child process; :meth:`result` waits for what it returns, and
    :meth:`delivered` for what it handed over on the way (:func:`deliver`)."""

    def __init__(self, function: Callable, args: tuple, kwargs: dict):
        import multiprocessing

        self.function, self.args, self.kwargs = function, args, kwargs
        self.receiver, sender = multiprocessing.Pipe(duplex=False)
        # values are left in files: the child ends as soon as its value is written, rather than live on
        # (with all the memory it used) until this process asks for it
        self.paths = {}
        for kind in ("early", "result"):
            handle, self.paths[kind] = tempfile.mkstemp(prefix=f"policycompare-{kind}-", suffix=".pickle")
            os.close(handle)
        wait_for_preparing()
        # forked: the child has this process's memory (a corpus, say) without anything being pickled
        self.process = multiprocessing.get_context("fork").Process(
            target=_run_in_child, args=(sender, function, args, kwargs, self.paths))
        release_free_memory()
        gc.freeze()  # the child shares this process's memory: keep the collector from touching (copying) it
        try:
            self.process.start()
        finally:
            gc.unfreeze()
        sender.close()
        self.received: dict[str, tuple] = {}  # kind -> (failed, value)

    def delivered(self):
        """What the function handed to :func:`deliver`, as soon as it did."""
        self._receive("early")
        failed, value = self.received.get("early") or self.received["result"]
        if failed:
            raise value
        if "early" not in self.received:
            raise _nothing_delivered(self.function)
        return value

    def result(self):
        self._receive("result")
        failed, value = self.received["result"]
        if failed:
            raise value
        return value

    def ended(self) -> bool:
        """Whether the child has ended (its core is free), without waiting."""
        return "result" in self.received or not self.process.is_alive()

    def _receive(self, wanted: str) -> None:
        """Read the child's messages until ``wanted`` (or the result) is in."""
        while wanted not in self.received and "result" not in self.received:
            try:
                kind, value = self.receiver.recv()
            except EOFError:  # the child died (killed, out of memory): do the work here instead
                self.close()
                early = []
                outcome = _run_delivering(self.function, self.args, self.kwargs, early.append)
                self.received.update({"early": (False, early[0])} if early else {}, result=outcome)
                break
            if value is None:  # in its file
                with open(self.paths[kind], "rb") as stored:
                    failed, value = pickle.load(stored)
            else:
                failed = True
            self.received[kind] = (failed, value)
        if "result" in self.received:
            self.close()

    def close(self) -> None:
        self.receiver.close()
        if self.process.is_alive() and "result" not in self.received:
            self.process.kill()
        self.process.join()
        for path in self.paths.values():
            if os.path.exists(path):
                os.remove(path)


def _run_delivering(function: Callable, args: tuple, kwargs: dict, hand_over: Callable) -> tuple[bool, object]:
    """Run ``function`` in this process, the first value it delivers (:func:`deliver`) given to
    ``hand_over`` at once; (failed, value) of its return or its exception."""
    delivered = []

    def first_only(value) -> None:
        if not delivered:
            delivered.append(True)
            hand_over(value)

    token = _DELIVER.set(first_only)
    try:
        return False, function(*args, **kwargs)
    except Exception as exc:  # raised where the value is asked for
        return True, exc
    finally:
        _DELIVER.reset(token)


def _nothing_delivered(function: Callable) -> RuntimeError:
    return RuntimeError(f"{getattr(function, '__name__', 'the function')} returned without delivering")


class _Here:
    """:class:`_Background`'s interface for a function run in this process when it is asked for."""

    def __init__(self, function: Callable, args: tuple, kwargs: dict):
        self.function, self.args, self.kwargs = function, args, kwargs
        self.ran = None

    def delivered(self):
        early, _ = self._run()
        if not early:
            self.result()  # its exception, if it raised
            raise _nothing_delivered(self.function)
        return early[0]

    def result(self):
        _, (failed, value) = self._run()
        if failed:
            raise value
        return value

    @staticmethod
    def ended() -> bool:
        """Never: the function runs here, when its value is asked for."""
        return False

    def _run(self) -> tuple[list, tuple]:
        if self.ran is None:
            early = []
            self.ran = early, _run_delivering(self.function, self.args, self.kwargs, early.append)
        return self.ran


@contextmanager
def in_background(function: Callable, *args, when: bool = True, **kwargs) -> Iterator:
    """Run ``function(*args, **kwargs)`` in a forked child process while the block runs; the handle
    yielded gives its value with ``result()`` (an exception is raised there), with
    ``delivered()`` the value it passed to :func:`deliver` while it went on working, and with
    ``ended()`` whether the child has ended (without waiting; always False when run here).

    For work of one process that can overlap another stage, so both cores stay busy: the child
    runs with one native thread, without progress bars, and everything it parallelises stays in it
    (:func:`imap_batches` runs in the child itself). Nothing is pickled on the way in, only the
    values on the way out. Without ``when``, or where processes are not forked, the function runs
    in this process when a value is first asked for. A child left running when the block ends is stopped.

    >>> with in_background(sorted, [3, 1, 2]) as job:
    ...     job.result()
    [1, 2, 3]
    """
    import multiprocessing

    forks = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    job = _Background(function, args, kwargs) if when and forks else _Here(function, args, kwargs)
    try:
        yield job
    finally:
        if isinstance(job, _Background):
            job.close()


class Claims:
    """The numbers 0, 1, 2 … each handed out once across this process and the processes it forks
    afterwards: processes sharing a list of work call it for the position of their next item, so
    whoever is free first takes it.

    >>> claims = Claims()
    >>> claims(), claims()
    (0, 1)
    """

    def __init__(self):
        import multiprocessing

        self.count = multiprocessing.Value("q", 0)  # in shared memory: forked children count on it too

    def __call__(self) -> int:
        with self.count.get_lock():
            number = self.count.value
            self.count.value += 1
        return number


def claimed(items: list, claim):
    """The items of ``items`` this process takes, in order: each at the position ``claim`` (a
    :class:`Claims` shared with other processes working through the same list) hands out next.

    >>> list(claimed(["a", "b", "c"], Claims()))
    ['a', 'b', 'c']
    """
    while (position := claim()) < len(items):
        yield items[position]


def deliver(value) -> None:
    """Inside a function run by :func:`in_background`, hand ``value`` over now (its job's
    ``delivered()`` returns it) and go on working; only the first value counts. Anywhere else,
    nothing happens.

    >>> def tables_then_figures():
    ...     deliver("tables")
    ...     return "figures"
    >>> with in_background(tables_then_figures) as job:
    ...     job.delivered(), job.result()
    ('tables', 'figures')
    """
    send = _DELIVER.get()
    if send is not None:
        send(value)


def in_background_child() -> bool:
    """Whether this process is the child of :func:`in_background`: its work stays in it (the other
    cores are busy), so it forks no workers or figure writers of its own.

    >>> in_background_child()
    False
    """
    return _IN_THIS_PROCESS.get()


def _run_in_child(sender, function: Callable, args: tuple, kwargs: dict, paths: dict) -> None:
    _IN_THIS_PROCESS.set(True)
    _SHOW_PROGRESS.set(False)

    def send(kind: str, failed: bool, value) -> None:
        try:
            with open(paths[kind], "wb") as stored:
                pickle.dump((failed, value), stored, protocol=pickle.HIGHEST_PROTOCOL)
            sender.send((kind, None))
        except Exception as exc:  # a value or an exception that does not pickle
            sender.send((kind, RuntimeError(f"{type(exc).__name__}: {exc}")))

    _one_native_thread_here()
    send("result", *_run_delivering(function, args, kwargs, functools.partial(send, "early", False)))
    sender.close()


def _done(future, bar) -> list:
    results = future.result()
    bar.update(len(results))
    return results


def progress_bar(total: int, description: str | None, unit: str = "item"):
    """A progress bar on standard error, named ``description``; none when ``description`` is empty,
    inside :func:`progress_shown(False) <progress_shown>`, outside :func:`progress_shown` when the
    environment variable ``POLICYCOMPARE_PROGRESS`` is ``0``, or for work done within ``PROGRESS_AFTER`` seconds.

    >>> with progress_bar(3, None) as bar:
    ...     bar.update(3)
    """
    # the plain text bar: tqdm.auto would warn (to stderr) in kernels without ipywidgets
    from tqdm import tqdm

    return tqdm(total=total, disable=not description or not _SHOW_PROGRESS.get(), desc=description, unit=unit,
                delay=PROGRESS_AFTER, leave=False, file=sys.stderr)


@contextmanager
def progress_shown(show: bool = True):
    """Show (or, with ``show=False``, hide) every progress bar of the work done inside.

    >>> with progress_shown(False):
    ...     progress_bar(10, "parsing").disable
    True
    """
    token = _SHOW_PROGRESS.set(show)
    try:
        yield
    finally:
        _SHOW_PROGRESS.reset(token)


@contextmanager
def one_native_thread():
    """Hold native thread pools (BLAS, OpenMP) to one thread while the block runs.

    >>> import numpy as np
    >>> with one_native_thread():
    ...     float(np.ones((2, 2)) @ np.ones(2) @ np.ones(2))
    4.0
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield


def _one_native_thread_here() -> None:
    """A worker process's native thread pools: one thread for the worker's lifetime."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _apply(function: Callable, batch: list) -> list:
    return [function(item) for item in batch]


def _batches(items: Iterator, count: int, total: int, most: int | None = None) -> Iterator[list]:
    """About ``count`` lists of consecutive items out of ``total`` (more if a list may hold at most
    ``most`` items), drawn as they are needed."""
    size = min(max(1, -(-total // count)), most or total or 1)
    while batch := list(islice(items, size)):
        yield batch


@contextmanager
def dask_client(address: str | None = None, n_workers: int | None = None) -> Iterator:
    """A ``dask.distributed`` client: connected to the scheduler at ``address``, or to a new
    local cluster of ``n_workers`` single-threaded worker processes (all cores by default).

    Use ``client.get_executor()`` as the ``executor`` of :func:`~policycompare.corpus.load_corpus`,
    :func:`~policycompare.themes.analyse_themes` or :func:`~policycompare.report.write_report`.
    Needs the ``distributed`` extra: ``pip install "policycompare[distributed]"``.

    >>> with dask_client(n_workers=2) as client:  # doctest: +SKIP
    ...     corpus = load_corpus("corpus", executor=client.get_executor())
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # say what to install rather than fail deep inside a stage
        raise ImportError('the Dask engine needs dask.distributed: pip install "policycompare[distributed]"') from exc
    if address:
        with Client(address) as client:
            yield client
        return
    # one thread per worker: jieba and the parsers are pure Python, threads would share one core
    with LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


class OutOfTime(BaseException):
    """An item ran past its time budget. A ``BaseException``, so that no parser's ``except
    Exception`` (meant for bad input) swallows it."""


def run_budgeted(function: Callable, items: Sequence, seconds: float | None) -> list[tuple[bool, object]]:
    """``function(item)`` for each item, each within ``seconds`` (no limit when None or 0).

    Returns ``(True, result)`` per item, or ``(False, None)`` for an item that ran out of time;
    the other items still run. ``function`` and the items must pickle (they may be sent to a
    helper process, see the module's description).

    >>> run_budgeted(len, ["甲", "乙丙"], seconds=5)
    [(True, 1), (True, 2)]
    """
    if not seconds:
        return [(True, function(item)) for item in items]
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return [_with_alarm(function, item, seconds) for item in items]
    return _helper().run(function, list(items), seconds)


def _with_alarm(function: Callable, item, seconds: float) -> tuple[bool, object]:
    """Run one item in the main thread, interrupted by SIGALRM after ``seconds``. A timer and
    handler set by the caller (pytest-timeout, say) are put back afterwards."""
    def ring(signum, frame):
        raise OutOfTime()

    previous = signal.signal(signal.SIGALRM, ring)
    started = time.monotonic()
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            return True, function(item)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except OutOfTime:
        return False, None
    finally:
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001), interval)


_local = threading.local()


def _helper() -> "_Helper":
    """This thread's helper process, started on first use and kept for the thread's lifetime."""
    helper = getattr(_local, "helper", None)
    if helper is None or not helper.alive():
        helper = _local.helper = _Helper()
    return helper


class _Helper:
    """A Python process that runs items for one thread, each under an alarm, and sends results back.

    Started with ``subprocess`` rather than ``multiprocessing``: Dask's worker processes are
    daemons, which multiprocessing forbids to have children. Frames on the pipes are a length and
    a pickle.
    """

    def __init__(self):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        self.process = subprocess.Popen([sys.executable, "-c", "from policycompare.parallel import _serve; _serve()"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.frames: queue.Queue = queue.Queue()
        threading.Thread(target=_read_frames, args=(self.process.stdout, self.frames), daemon=True).start()
        # the helper ends with its thread (or this process): nothing else refers to it
        weakref.finalize(self, _stop, self.process)

    def alive(self) -> bool:
        return self.process.poll() is None

    def run(self, function: Callable, items: list, seconds: float) -> list[tuple[bool, object]]:
        results: list[tuple[bool, object]] = []
        helper = self
        while len(results) < len(items):
            rest = items[len(results):]
            try:
                _write_frame(helper.process.stdin, pickle.dumps((function, rest, seconds)))
                wait = HELPER_START_SECONDS
                for _ in rest:
                    frame = helper.frames.get(timeout=wait)
                    wait = seconds + WATCHDOG_GRACE
                    if frame is None:
                        raise EOFError("the helper process ended")
                    kind, value = pickle.loads(frame)
                    if kind == "error":  # the rest of the items are dropped with the helper
                        helper.close()
                        raise value
                    results.append(value)
            except (queue.Empty, EOFError, BrokenPipeError):
                # the item did not come back (stuck in code no signal reaches, or the helper died):
                # it is out of time; a fresh helper runs the rest
                helper.close()
                results.append((False, None))
                helper = _local.helper = _Helper()
        return results

    def close(self) -> None:
        _stop(self.process)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


def _read_frames(stream, frames: queue.Queue) -> None:
    """Move frames from a helper's output to ``frames``; None marks its end."""
    while True:
        frame = _read_frame(stream)
        frames.put(frame)
        if frame is None:
            return


def _serve() -> None:
    """The helper process's loop: read ``(function, items, seconds)``, send each item's result."""
    # the frames own stdout: anything a library prints goes to stderr instead
    channel, sys.stdout = sys.stdout.buffer, sys.stderr
    while True:
        frame = _read_frame(sys.stdin.buffer)
        if frame is None:  # the parent closed the pipe (or exited)
            return
        function, items, seconds = pickle.loads(frame)
        for item in items:
            try:
                message = ("result", _with_alarm(function, item, seconds))
            except Exception as exc:  # a bug is raised in the parent, as without a budget
                message = ("error", exc)
            try:
                payload = pickle.dumps(message)
            except Exception as exc:
                payload = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
            _write_frame(channel, payload)


def _write_frame(stream, payload: bytes) -> None:
    stream.write(len(payload).to_bytes(8, "little") + payload)
    stream.flush()


def _read_frame(stream) -> bytes | None:
    head = stream.read(8)
    if len(head) < 8:
        return None
    size = int.from_bytes(head, "little")
    payload = stream.read(size)
    return payload if len(payload) == size else None
