"""Scaling out and reusing work: worker processes, a Dask cluster, the report cache, sampled k.

Every path that runs work elsewhere or skips it must give the tables of the plain local run.
"""

import json
import shutil

import numpy as np
import pandas as pd
import pytest

import policycompare.network as network
import policycompare.report as report
import policycompare.themes as themes
from policycompare import load_corpus, runcache
from policycompare.cli import main
from policycompare.network import network_tables
from policycompare.parallel import dask_client, map_batches
from policycompare.themes import ThemeClusterer, analyse_themes
from policycompare.vectorize import PolicyVectorizer

from .seeds import ROOT

TABLES = ("documents", "outline", "measures", "assignments", "deadlines", "targets", "report", "warnings",
          "boilerplate")


def assert_same_corpus(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    assert a.texts == b.texts


def test_batches_come_back_in_input_order_from_worker_processes():
    items = [f"第{i}条" * (i % 7 + 1) for i in range(500)]
    assert map_batches(len, items, local_below=10) == [len(item) for item in items]
    assert map_batches(len, []) == []


@pytest.fixture(scope="module")
def dask_executor():
    pytest.importorskip("distributed")
    with dask_client(n_workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client.get_executor()


def test_a_dask_cluster_gives_the_tables_of_the_local_run(corpus, dask_executor):
    assert_same_corpus(load_corpus(ROOT / "corpus", executor=dask_executor), corpus)


def test_measures_are_cut_on_dask_workers_with_the_same_tokens_and_themes(corpus, dask_executor, tmp_path):
    local = analyse_themes(corpus, cache_dir=None)
    remote = analyse_themes(corpus, cache_dir=None, executor=dask_executor)
    pd.testing.assert_frame_equal(remote.themes, local.themes)
    pd.testing.assert_frame_equal(remote.clusters, local.clusters)
    folder = ROOT / "src" / "policycompare" / "data"
    vectorizer = PolicyVectorizer(str(folder / "user_dict.txt"), str(folder / "stopwords.txt"), cache_dir=None)
    assert vectorizer.tokenize(corpus.measures.text, dask_executor) == vectorizer.tokenize(corpus.measures.text)


def test_the_command_runs_on_a_local_dask_cluster(tmp_path, capsys):
    pytest.importorskip("distributed")
    assert main(["extract", str(ROOT / "corpus"), "--out", str(tmp_path), "--dask"]) == 0
    local = load_corpus(ROOT / "corpus")
    written = pd.read_csv(tmp_path / "measures.csv")
    assert written.measure_id.tolist() == local.measures.measure_id.tolist()


def test_jurisdictions_measured_in_worker_processes_give_the_same_tables(corpus, monkeypatch):
    graphs, departments, comparison = network_tables(corpus)
    monkeypatch.setattr(network, "PARALLEL_PLACES", 1)
    graphs_2, departments_2, comparison_2 = network_tables(corpus)
    pd.testing.assert_frame_equal(departments_2, departments)
    pd.testing.assert_frame_equal(comparison_2, comparison)
    assert list(graphs_2) == list(graphs)


@pytest.mark.parametrize("method", ["kmeans", "agglomerative"])
def test_large_corpora_choose_k_on_a_sample_and_cluster_everything(corpus, monkeypatch, method):
    vectors = PolicyVectorizer(str(ROOT / "src/policycompare/data/user_dict.txt"), n_components=20,
                               cache_dir=None).fit_transform(corpus.measures.text)
    monkeypatch.setattr(themes, "SEARCH_SAMPLE", 60)
    fitted = ThemeClusterer(method=method, k_range=(3, 8)).fit(vectors)
    again = ThemeClusterer(method=method, k_range=(3, 8)).fit(vectors)
    assert len(fitted.labels_) == len(vectors) == 128
    assert set(fitted.silhouette_) == set(range(3, 9))  # k searched over the range, on the sample
    assert sorted(set(fitted.labels_)) == list(range(fitted.n_clusters_))  # no empty cluster
    assert np.array_equal(fitted.labels_, again.labels_)


def copy_corpus(tmp_path):
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target


def test_an_unchanged_corpus_report_comes_from_the_cache(tmp_path, monkeypatch):
    folder = copy_corpus(tmp_path)
    cache = tmp_path / "cache"
    first = report.write_report(folder, tmp_path / "a", figures=False, cache_dir=cache)
    run = json.loads((tmp_path / "a" / "run.json").read_text(encoding="utf-8"))
    assert run["documents"] == 5 and run["measures"] == 128 and run["seconds"]["networks"] >= 0

    def must_not_run(*args, **kwargs):
        raise AssertionError("the pipeline ran although nothing changed")

    monkeypatch.setattr(report, "load_corpus", must_not_run)
    second = report.write_report(folder, tmp_path / "b", figures=False, cache_dir=cache)
    assert second.name == first.name == "tables"
    for path in sorted((tmp_path / "a").rglob("*.*")):
        assert (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes() == path.read_bytes()
    with pytest.raises(AssertionError, match="pipeline ran"):  # no cache: computed afresh
        report.write_report(folder, tmp_path / "c", figures=False, cache_dir=None)


def test_any_changed_input_invalidates_the_cached_report(tmp_path):
    folder = copy_corpus(tmp_path)
    before = runcache.report_key(folder, figures=False)
    page = sorted((folder / "raw").iterdir())[0]
    page.write_bytes(page.read_bytes() + "\n".encode())
    after_page = runcache.report_key(folder, figures=False)
    (folder / "dictionaries").mkdir(exist_ok=True)
    (folder / "dictionaries" / "stopwords.txt").write_text("的\n", encoding="utf-8")
    after_dictionary = runcache.report_key(folder, figures=False)
    assert len({before, after_page, after_dictionary, runcache.report_key(folder, figures=True)}) == 4


def test_the_cache_keeps_only_the_newest_reports(tmp_path, monkeypatch):
    monkeypatch.setattr(runcache, "KEEP", 2)
    source = tmp_path / "x.csv"
    source.write_text("a\n", encoding="utf-8")
    for key in ("k1", "k2", "k3"):
        runcache.store(tmp_path / "cache", key, {"out": (tmp_path, [source])})
    kept = sorted(p.name for p in (tmp_path / "cache" / "reports").iterdir())
    assert kept == ["k2", "k3"]
    assert runcache.restore(tmp_path / "cache", "k3", {"out": tmp_path / "restored"})
    assert (tmp_path / "restored" / "x.csv").read_text(encoding="utf-8") == "a\n"
    assert not runcache.restore(tmp_path / "cache", "k1", {"out": tmp_path / "restored"})


def test_hashed_columns_give_the_similarities_of_the_vocabulary(corpus):
    folder = ROOT / "src" / "policycompare" / "data"
    make = lambda **kw: PolicyVectorizer(str(folder / "user_dict.txt"), str(folder / "stopwords.txt"),  # noqa: E731
                                         cache_dir=None, **kw)
    exact = make().fit_transform(corpus.measures.text)
    hashed_vectorizer = make(n_features=2 ** 20)
    hashed = hashed_vectorizer.fit_transform(corpus.measures.text)
    assert hashed.shape[0] == exact.shape[0] and abs(hashed.shape[1] - exact.shape[1]) <= 5  # a few collisions
    difference = abs((exact @ exact.T).toarray() - (hashed @ hashed.T).toarray())
    assert difference.mean() < 1e-4 and difference.max() < 0.1
    assert hashed_vectorizer.vocabulary_ is None  # no vocabulary is held
    again = hashed_vectorizer.transform(corpus.measures.text[:3])
    assert abs(again - hashed[:3]).max() < 1e-12
    pruned = make(n_features=2 ** 20, min_df=2, max_df=0.5).fit_transform(corpus.measures.text)
    assert pruned.shape[1] < hashed.shape[1]


def test_workers_in_another_working_directory_read_the_same_files(corpus, monkeypatch):
    import os
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.chdir(ROOT)
    with ProcessPoolExecutor(1, initializer=os.chdir, initargs=("/",)) as elsewhere:  # like a Dask worker's cwd
        assert_same_corpus(load_corpus("corpus", executor=elsewhere), corpus)


def test_a_report_with_a_failed_file_is_written_flagged_and_never_cached(tmp_path, capsys):
    folder = copy_corpus(tmp_path)
    (folder / "raw" / "empty.txt").write_bytes(b"")
    cache = tmp_path / "cache"
    report.write_report(folder, tmp_path / "out", figures=False, cache_dir=cache)
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["documents"] == 5 and len(run["failed_files"]) == 1 and "empty.txt" in run["failed_files"][0]
    assert not (cache / "reports").exists() or not any((cache / "reports").iterdir())
    assert main(["report", str(folder), "--out", str(tmp_path / "cli"), "--no-figures"]) == 1
    assert "empty.txt" in capsys.readouterr().err


def test_an_unreadable_file_fails_alone(tmp_path, monkeypatch):
    from pathlib import Path

    folder = copy_corpus(tmp_path)
    locked = sorted((folder / "raw").iterdir())[0]
    read_bytes = Path.read_bytes

    def permission_denied(path):  # as chmod 000 would for a user other than root
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", permission_denied)
    assert runcache.report_key(folder, figures=False)  # the key notes the file instead of failing
    corpus = load_corpus(folder)
    assert (corpus.report.status == "failed").sum() == 1 and len(corpus.documents) == 4
    assert locked.name in corpus.report.reason[corpus.report.status == "failed"].iloc[0]


def test_a_cache_inside_the_corpus_folder_does_not_change_the_key(tmp_path):
    folder = copy_corpus(tmp_path)
    before = runcache.report_key(folder, (folder / "build",), figures=False)
    (folder / "build").mkdir()
    (folder / "build" / "measures.csv").write_text("x\n", encoding="utf-8")
    assert runcache.report_key(folder, (folder / "build",), figures=False) == before


def test_batches_are_drawn_only_as_results_are_consumed():
    from concurrent.futures import ThreadPoolExecutor

    from policycompare.parallel import EXECUTOR_BATCHES, IN_FLIGHT_PER_WORKER, imap_batches

    drawn = []

    def items():
        for i in range(640):
            drawn.append(i)
            yield f"第{i}条"

    size = 640 // EXECUTOR_BATCHES
    ahead = []
    with ThreadPoolExecutor(2) as pool:
        for consumed, result in enumerate(imap_batches(len, items(), executor=pool, total=640), start=1):
            assert result == len(f"第{consumed - 1}条")  # input order
            ahead.append(len(drawn) - consumed)
    assert consumed == 640
    # never more than two batches per worker drawn and not yet consumed, so inputs are not all held at once
    assert max(ahead) <= IN_FLIGHT_PER_WORKER * 2 * size
    assert max(ahead) >= size  # batches do run ahead of the consumer


def test_a_batch_holds_at_most_batch_size_items(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    from policycompare import parallel

    sizes, apply = [], parallel._apply
    monkeypatch.setattr(parallel, "_apply", lambda function, batch: sizes.append(len(batch)) or apply(function, batch))
    with ThreadPoolExecutor(2) as pool:
        assert list(parallel.imap_batches(str, range(300), executor=pool, batch_size=3)) == [str(i) for i in range(300)]
    assert max(sizes) == 3 and sum(sizes) == 300  # 64 batches of 5 without the cap
