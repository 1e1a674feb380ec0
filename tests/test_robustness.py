"""Issue 16: no input hangs, crashes or escapes; caches and outputs that survive faults.

Each reproduction of the issue is a test here. Slowness is simulated (a stage that sleeps), never
a real hang.
"""

from __future__ import annotations

import signal
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

import policycompare as pc
from policycompare.extract import AliasTable
from policycompare.parallel import run_budgeted

SLOW_SECONDS = 60  # far past the budgets below: only an interruption ends it in time


class SlowAliases(AliasTable):
    """An alias table whose lookup of a unit called 慢… sleeps: a stage stuck on one file.

    Defined at module level, so it pickles into worker and helper processes by reference.
    """

    def lookup(self, name, jurisdiction=""):
        if "慢" in name:
            time.sleep(SLOW_SECONDS)
        return super().lookup(name, jurisdiction)


def slow_square(value):
    """A function for the helper processes: sleeps on negative numbers."""
    if value < 0:
        time.sleep(SLOW_SECONDS)
    return value * value


def deaf_square(value):
    """Like :func:`slow_square`, but deaf to the alarm while it sleeps (stuck in C code, say)."""
    if value < 0:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(SLOW_SECONDS)
    return value * value


@pytest.fixture()
def slow_folder(tmp_path):
    """Three pages; the second names a unit whose lookup hangs."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, unit in (("a", "市司法局"), ("b", "慢行办"), ("c", "市财政局")):
        (folder / f"{name}.txt").write_text(
            f"某市关于推进某项工作的实施方案\n一、加强协调。(责任单位:{unit})\n二、完善制度。(责任单位:{unit})\n",
            encoding="utf-8")
    return folder


def _assert_only_b_timed_out(corpus, budget):
    report = corpus.report.set_index(corpus.report.source_file.str.rsplit("/", n=1).str[-1])
    assert report.loc["b.txt", "status"] == "failed"
    assert report.loc["b.txt", "reason"].endswith(f"b.txt: took longer than {budget:g} s; please report it")
    assert report.loc[["a.txt", "c.txt"], "status"].isin(["ok", "warning"]).all()
    assert sorted(corpus.documents.source_file) == ["a.txt", "c.txt"]
    assert len(corpus.measures) == 4


@pytest.mark.parametrize("where", ["this process", "local workers", "threads", "dask"])
def test_a_file_past_its_time_budget_fails_and_the_run_goes_on(slow_folder, where):
    started = time.monotonic()
    if where == "this process":
        corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=1)
    elif where == "local workers":
        with ProcessPoolExecutor(2) as pool:
            corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=1, executor=pool)
    elif where == "threads":  # signals do not reach threads: a helper process runs the files
        with ThreadPoolExecutor(2) as pool:
            corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=1, executor=pool)
    else:
        distributed = pytest.importorskip("distributed")
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            corpus = pc.load_corpus(slow_folder, aliases=SlowAliases(), time_budget=1,
                                    executor=client.get_executor())
    _assert_only_b_timed_out(corpus, 1)
    assert time.monotonic() - started < SLOW_SECONDS / 2


def test_the_watchdog_kills_a_helper_that_does_not_answer(monkeypatch):
    # a thread's items run in a helper; an item stuck where no alarm reaches it is given up by the
    # watchdog, and a fresh helper runs the rest
    monkeypatch.setattr("policycompare.parallel.WATCHDOG_GRACE", 0.5)
    started = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        for function in (slow_square, deaf_square):
            assert pool.submit(run_budgeted, function, [2, -1, 3], 1).result() == [(True, 4), (False, None), (True, 9)]
    assert time.monotonic() - started < SLOW_SECONDS / 2


def test_no_budget_runs_everything(slow_folder):
    assert run_budgeted(slow_square, [2, 3], None) == [(True, 4), (True, 9)]
