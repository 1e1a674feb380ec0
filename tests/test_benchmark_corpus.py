"""The benchmark's synthetic corpus: deterministic, realistic, and read without failures."""

import sys

import pytest

import policycompare as pc

from .seeds import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
generate = pytest.importorskip("generate").generate


def test_the_synthetic_corpus_is_deterministic_and_parses_like_real_pages(tmp_path):
    first = generate(12, tmp_path / "a")
    second = generate(12, tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    corpus = pc.load_corpus(tmp_path / "a")
    assert len(corpus.documents) == 12 and not (corpus.report.status == "failed").any()
    assert corpus.measures.text.nunique() >= 0.95 * len(corpus.measures)  # new texts, hardly any copies
    assert corpus.documents.jurisdiction.nunique() > 3  # places other than the seeds'
    assert len(corpus.assignments) and len(corpus.deadlines) and len(corpus.targets)


def test_timed_runs_are_not_sampled_and_the_memory_run_is():
    """A timed run reads no /proc of the process it times (that cost the run a fifth of its speed);
    a run asked for memory reports the peaks of its main process and of its tree."""
    run = pytest.importorskip("run")
    command = [sys.executable, "-c", "import time; data = bytearray(50_000_000); time.sleep(0.5)"]
    timed = run.timed(command, {})
    assert set(timed) == {"seconds", "cpu_seconds"} and timed["seconds"] >= 0.5
    sampled = run.timed(command, {}, memory=True)
    assert sampled["peak_rss_main_mb"] >= 45 and sampled["peak_pss_tree_mb"] >= 45
