"""The speed-ups of issue 15 change no result: figures written in child processes are the files
written in this process, the indexed synonym search finds what the full scan finds, network
figures do not depend on string hashing, and native thread pools are held to one thread."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pytest

from policycompare import functions, plotting
from policycompare.dictionaries import read_table
from policycompare.parallel import in_background, one_native_thread

ROOT = Path(__file__).resolve().parents[1]


def _figure():
    plotting.use_cjk_font()  # also fixes the ids inside SVG files
    figure, ax = plt.subplots(figsize=(4, 3))
    ax.plot(np.arange(20), np.sin(np.arange(20)), label="正弦")
    ax.set_title("司法行政 figure")
    ax.legend()
    return figure


def test_figures_written_in_child_processes_are_the_files_written_here(tmp_path):
    here = plotting.save_figure(_figure(), "figure", tmp_path / "here")
    with plotting.saving_in_parallel():
        from_figure = plotting.save_figure(_figure(), "figure", tmp_path / "child")
        from_function = plotting.save_figure(_figure, "figure", tmp_path / "drawn_in_child")
        assert [p.suffix for p in from_figure] == [".png", ".svg"]  # planned before the child ends
    for paths in (from_figure, from_function):
        assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in here]


def test_an_svg_too_heavy_is_dropped_from_the_list_when_the_child_is_done(tmp_path, monkeypatch):
    monkeypatch.setattr(plotting, "MAX_SVG_BYTES", 100)  # the forked child sees it too
    with plotting.saving_in_parallel():
        paths = plotting.save_figure(_figure(), "heavy", tmp_path)
    assert [p.name for p in paths] == ["heavy.png"] and not (tmp_path / "heavy.svg").exists()


def _broken():
    raise ValueError("no figure")


def test_a_figure_that_fails_in_its_child_fails_the_block_and_names_the_figure(tmp_path):
    with pytest.raises(RuntimeError, match="figure broken"):
        with plotting.saving_in_parallel():
            plotting.save_figure(_broken, "broken", tmp_path)
            plotting.save_figure(_figure(), "fine", tmp_path)
    assert (tmp_path / "fine.png").exists()  # the others were still written


def test_native_thread_pools_run_one_thread_inside_the_block():
    from threadpoolctl import threadpool_info

    with one_native_thread():
        assert all(pool["num_threads"] == 1 for pool in threadpool_info())


def _scan(stem):
    """The synonym search before the index: every synonym, longest first."""
    facts, entries = functions._entries()
    found = {False: None, True: None}
    for synonym, function, former, year in entries:
        start = stem.rfind(synonym)
        if start < 0:
            continue
        generic = facts[function][1] in functions.GENERIC_KINDS
        end = functions.ORGAN_WORD.match(stem, start + len(synonym)).end()
        if found[generic] is None or end > found[generic][4]:
            found[generic] = (function, former, year, start, end)
    return found[False] or found[True]


def test_the_indexed_synonym_search_finds_what_the_full_scan_finds():
    aliases = read_table("departments.csv")
    names = {name for column in ("canonical", "aliases") for cell in aliases[column].fillna("")
             for name in str(cell).split("|") if name}
    names |= {synonym for synonym, *_ in functions._entries()[1]}
    names |= {f"县{name}局" for name in list(names)[:300]} | {"", "局", "浙江省杭州市西湖区市场监督管理局"}
    stems = sorted(functions._fold(name) for name in names)
    assert len(stems) > 500
    assert [functions._best(stem) for stem in stems] == [_scan(stem) for stem in stems]


DRAW = """
import sys, networkx as nx
from policycompare.network import draw_network
from policycompare.plotting import use_cjk_font
import matplotlib.pyplot as plt
use_cjk_font()  # also fixes the ids inside SVG files
g = nx.Graph(jurisdiction="甲县")
names = [f"部门{i:03d}" for i in range(90)]
g.add_nodes_from(names, measures=1, collective=False, leads=0, label="部门", english="")
for i, name in enumerate(names):
    g.nodes[name]["measures"] = 1 + i % 7
    g.add_edges_from(((name, names[(i * 7 + k) % 90]) for k in (1, 2)), weight=1)
figure, ax = plt.subplots()
draw_network(g, ax)
figure.savefig(sys.argv[1], metadata={"Date": None, "Creator": None})
"""


def test_a_capped_network_is_drawn_the_same_whatever_the_string_hashing(tmp_path):
    svgs = []
    for seed in ("1", "2"):
        path = tmp_path / f"network_{seed}.svg"
        subprocess.run([sys.executable, "-c", DRAW, str(path)], check=True, cwd=ROOT,
                       env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src"), "MPLBACKEND": "Agg",
                            "PATH": "/usr/bin:/bin"})
        svgs.append(path.read_bytes())
    assert svgs[0] == svgs[1]


def test_overlapped_stages_give_the_tables_and_files_of_stages_run_one_after_the_other(tmp_path, monkeypatch):
    from policycompare import load_corpus, report
    from policycompare.report import _write_tables, build_tables

    corpus = load_corpus(ROOT / "corpus")
    serial, _, graphs = build_tables(corpus, cache_dir=None)
    monkeypatch.setattr(report, "BACKGROUND_MEASURES", 0)  # the networks in a child, on 128 measures
    overlapped, _, forked_graphs = build_tables(corpus, cache_dir=None)
    assert list(overlapped) == list(serial)
    for name, table in serial.items():
        assert overlapped[name].equals(table), name
    assert sorted(forked_graphs) == sorted(graphs)
    assert all(sorted(forked_graphs[p].edges(data=True)) == sorted(graphs[p].edges(data=True)) for p in graphs)
    here = _write_tables(serial, tmp_path / "here")
    with in_background(_write_tables, serial, tmp_path / "child") as writing:
        there = writing.result()
    assert [p.relative_to(tmp_path / "child") for p in there] == [p.relative_to(tmp_path / "here") for p in here]
    assert [p.read_bytes() for p in there] == [p.read_bytes() for p in here]


def test_a_report_drawn_beside_the_themes_is_the_report_drawn_after_them(tmp_path, monkeypatch):
    """The figures of the networks, accountability and targets are drawn by the child that made
    their tables while the themes are found: every file, page and figure, is the same byte for byte."""
    from policycompare import parallel, report

    files = {}
    # overlapped: the child may have ended when the themes are found (this process's children then
    # write the figures) or not (this process draws them): both are run
    for name, measures, child_at_work in (("serial", 10**9, False), ("overlapped", 0, False),
                                          ("beside_the_child", 0, True)):
        monkeypatch.setattr(report, "BACKGROUND_MEASURES", measures)
        monkeypatch.setattr(parallel._Background, "ended", lambda self, at_work=child_at_work: not at_work)
        report.write_report(ROOT / "corpus", tmp_path / name, cache_dir=None, progress=False)
        folder = tmp_path / name
        files[name] = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
                       if p.is_file() and p.name != "run.json"}
    assert len(files["serial"]) > 30 and any(name.startswith("figures/map_") for name in files["serial"])
    for name in ("overlapped", "beside_the_child"):
        assert sorted(files[name]) == sorted(files["serial"])
        assert [n for n in files["serial"] if files[name][n] != files["serial"][n]] == [], name
    stages = json.loads((tmp_path / "overlapped" / "run.json").read_text(encoding="utf-8"))["seconds"]
    assert "figures and maps of the themes" in stages


_PREPARED = []


def _prepare_slowly():
    time.sleep(0.3)
    _PREPARED.append("done")


def _prepared_here():
    return list(_PREPARED)


def test_work_prepared_meanwhile_runs_while_workers_parse_and_is_done_before_the_next_fork():
    """preparing's thread starts once the pool's workers are forked, and every later fork waits for
    it: a child never starts while the thread may hold an import lock. Tasks never started are
    dropped on leaving the block."""
    from policycompare.parallel import imap_batches, preparing

    _PREPARED.clear()
    with preparing(_prepare_slowly, "policycompare.no_such_module"):  # a failing task is left
        assert list(imap_batches(len, ["甲乙"] * 4, local_below=1)) == [2] * 4
        with in_background(_prepared_here) as job:  # forks: waits for the thread first
            assert job.result() == ["done"]
    _PREPARED.clear()
    with preparing(_prepare_slowly):
        pass  # no pool started: nothing done, nothing left for a later pool
    assert list(imap_batches(len, ["甲"] * 4, local_below=1)) == [1] * 4
    with in_background(_prepared_here) as job:
        assert job.result() == []


def _fails(word):
    raise ValueError(f"no {word}")


def test_a_background_job_raises_its_error_where_its_result_is_asked_for():
    with in_background(_fails, "network") as job:
        with pytest.raises(ValueError, match="no network"):
            job.result()


def _sorted_slowly_elsewhere(text, parent):
    if os.getpid() != parent:  # the child would take a minute: it is killed before
        time.sleep(60)
    return sorted(text)


def test_a_background_job_whose_process_died_is_done_here_instead():
    with in_background(_sorted_slowly_elsewhere, "丙甲乙", os.getpid()) as job:
        os.kill(job.process.pid, signal.SIGKILL)
        assert job.result() == sorted("丙甲乙")


def _tables_then_figures(parent, draw_slowly):
    from policycompare.parallel import deliver

    deliver({"tables": "甲"})
    deliver("a second value is not handed over")
    if draw_slowly and os.getpid() != parent:  # the child would take a minute: it is stopped before
        time.sleep(60)
    return ["figure"]


def test_a_background_job_delivers_a_first_value_while_it_works_on():
    from policycompare.parallel import deliver

    with in_background(_tables_then_figures, os.getpid(), False) as job:
        assert job.delivered() == {"tables": "甲"}
        assert job.result() == ["figure"] and job.ended()
    with in_background(_tables_then_figures, os.getpid(), False, when=False) as job:  # here: the same values
        assert (job.delivered(), job.result()) == ({"tables": "甲"}, ["figure"])
        assert not job.ended()  # nothing runs beside this process
    started = time.perf_counter()
    with in_background(_tables_then_figures, os.getpid(), True) as job:
        assert job.delivered() == {"tables": "甲"} and not job.ended()  # while the child works on
    assert time.perf_counter() - started < 30  # left unread, the child was stopped with the block
    with in_background(_tables_then_figures, os.getpid(), True) as job:
        assert job.delivered() == {"tables": "甲"}
        os.kill(job.process.pid, signal.SIGKILL)  # died after delivering: its work is done here
        assert job.result() == ["figure"]
        assert job.delivered() == {"tables": "甲"}
    deliver("nobody asks")  # outside a background job: nothing happens


def test_a_background_job_that_delivers_nothing_says_so():
    for when in (True, False):
        with in_background(sorted, "乙甲", when=when) as job:
            with pytest.raises(RuntimeError, match="sorted returned without delivering"):
                job.delivered()
            assert job.result() == sorted("乙甲")
        with in_background(_fails, "tables", when=when) as job:
            with pytest.raises(ValueError, match="no tables"):
                job.delivered()


def _claim_all(claims, below=300):
    taken = []
    while (number := claims()) < below:
        taken.append(number)
    return taken


def test_claims_hand_each_number_to_one_process_only():
    from policycompare.parallel import Claims

    claims = Claims()
    with in_background(_claim_all, claims) as job:
        here = _claim_all(claims)
        there = job.result()
    assert sorted(here + there) == list(range(300))  # none twice, none lost, whoever took them


def test_graphs_claimed_by_a_process_that_died_are_written_in_their_place(tmp_path):
    import networkx as nx

    from policycompare.network import export_graphs
    from policycompare.report import _graph_files

    graphs = {place: nx.Graph([(f"{place}|甲", f"{place}|乙")]) for place in ("丙县", "甲县", "乙县")}
    written = export_graphs(graphs, tmp_path / "all")
    claims = iter([0, 2, 3])  # the graph at position 1 was claimed by a process that died before writing it
    here = export_graphs(graphs, tmp_path / "some", claim=lambda: next(claims))
    assert [p.name for p in here] == ["network_丙县.gexf", "network_乙县.gexf"]
    files = _graph_files(graphs, tmp_path / "some", list(reversed(here)))
    assert [p.name for p in files] == [p.name for p in written]  # in the order of the graphs
    assert [p.read_bytes() for p in files] == [p.read_bytes() for p in written]
