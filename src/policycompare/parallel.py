"""Where the per-document work runs: this process, the local cores, or a Dask cluster.

Every stage that works document by document (reading and parsing files, cutting measures into
tokens) hands its work to :func:`map_batches`. By default many items are spread over the local
cores in worker processes and few items stay in this process. Any ``concurrent.futures``-style
executor can be passed instead; :func:`dask_client` gives one that runs on a Dask cluster, local or
remote, so the same pipeline scales out without other changes::

    with dask_client("tcp://scheduler:8786") as client:
        write_report("corpus", "build/report", executor=client.get_executor())

Results always come back in input order, so tables do not depend on where they were computed.
"""

from __future__ import annotations

import gc
import os
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from functools import partial
from typing import Callable, Iterator, Sequence

BATCHES_PER_WORKER = 8  # enough batches to balance uneven documents, few enough to keep overhead low
EXECUTOR_BATCHES = 64  # an executor may stand for a cluster of many workers: give it more batches
PROGRESS_AFTER = 2.0  # seconds: a bar appears only for work that lasts longer
_SHOW_PROGRESS = ContextVar("policycompare_progress", default=True)


def map_batches(function: Callable, items: Sequence, executor: Executor | None = None,
                local_below: int = 200, progress: str | None = None) -> list:
    """``[function(item) for item in items]``, computed in batches on ``executor`` (or the local
    cores when there are at least ``local_below`` items), in input order. ``progress`` names a
    progress bar shown on standard error while batches come back.

    ``function`` and the items must pickle (module-level functions, plain data).

    >>> map_batches(len, ["甲", "乙丙"])
    [1, 2]
    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     map_batches(len, ["甲", "乙丙", "丁"], executor=pool)
    [1, 2, 1]
    """
    items = list(items)
    workers = os.cpu_count() or 1
    if executor is None and (len(items) < local_below or workers < 2):
        results = []
        with progress_bar(len(items), progress) as bar:
            for item in items:
                results.append(function(item))
                bar.update()
        return results
    batches = _batches(items, workers * BATCHES_PER_WORKER if executor is None else EXECUTOR_BATCHES)
    results = []
    # Forked workers share the parent's memory until they write to it; the garbage collector would
    # write to every object it visits (and copy the page). Frozen objects are never visited.
    gc.freeze()
    try:
        with progress_bar(len(items), progress) as bar, \
                (ProcessPoolExecutor(workers) if executor is None else nullcontext(executor)) as pool:
            for batch in pool.map(partial(_apply, function), batches):
                results.extend(batch)
                bar.update(len(batch))
    finally:
        gc.unfreeze()
    return results


def progress_bar(total: int, description: str | None, unit: str = "item"):
    """A progress bar on standard error, named ``description``; none when ``description`` is empty,
    inside :func:`progress_shown(False) <progress_shown>`, or for work done within ``PROGRESS_AFTER`` seconds.

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


def _apply(function: Callable, batch: list) -> list:
    return [function(item) for item in batch]


def _batches(items: list, count: int) -> list[list]:
    size = max(1, -(-len(items) // count))
    return [items[start:start + size] for start in range(0, len(items), size)]


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
