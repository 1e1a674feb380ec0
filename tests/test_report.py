"""The one-command report and the comparison tables and figures it is made of."""

import re
import warnings

import networkx as nx
import pandas as pd
import pytest

from policycompare.cli import main
from policycompare.compare import deadline_timeline, plan_horizons, recurring_schedules, targets_by_indicator

from .seeds import ROOT

ISSUE_TABLES = ["documents", "measures", "assignments", "deadlines", "targets", "themes", "theme_shares",
                "departments", "network_comparison", "accountability", "regions", "region_themes", "region_targets"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        assert main(["report", str(ROOT / "corpus"), "--out", str(out)]) == 0
    return out


def test_the_report_writes_every_table_graph_and_figure(report):
    tables = {p.stem for p in (report / "tables").glob("*.csv")}
    assert set(ISSUE_TABLES) <= tables
    assert len(pd.read_csv(report / "tables" / "themes.csv")) == 128
    assert sorted(p.name for p in (report / "graphs").glob("*.gexf")) == [
        "network_天津市滨海新区.gexf", "network_天门市.gexf", "network_未具名(001).gexf", "network_西安市.gexf"]
    from policycompare import load_corpus
    from policycompare.network import co_responsibility_graph, responsibility_graph

    written = nx.read_gexf(report / "graphs" / "network_西安市.gexf")
    built = co_responsibility_graph(responsibility_graph(load_corpus(ROOT / "corpus"), "西安市"))
    assert sorted(written.edges) == sorted(built.edges) and written.number_of_edges() > 100
    figures = {p.name for p in (report / "figures").iterdir()}
    charts = ("accountability", "themes_heatmap", "deadline_timeline", "targets_by_indicator", "network_all")
    # the images of the page as PNG, nothing else (each place's network alone is `policycompare
    # network`'s; SVG copies are asked for, see below)
    assert {name for name in figures if not name.startswith("map_")} == {f"{name}.png" for name in charts}


def test_run_json_counts_the_cpu_of_the_figures_in_every_process(report, tmp_path):
    import json

    from policycompare.plotting import figure_clock, save_figures

    run = json.loads((report / "run.json").read_text(encoding="utf-8"))
    # eleven images drawn and written, in this process or in children it forked: seconds, not nothing
    assert run["figures_cpu_seconds"] > 0.5
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path / "bare"), "--no-figures", "--quiet",
                 "--no-cache"]) == 0
    assert json.loads((tmp_path / "bare" / "run.json").read_text(encoding="utf-8"))["figures_cpu_seconds"] == 0
    import matplotlib.pyplot as plt

    def busy():  # a figure whose drawing takes CPU time of its own
        sum(i * i for i in range(2_000_000))
        return plt.figure()

    with figure_clock() as seconds:
        save_figures({"busy": busy}, tmp_path, vector=False)
    assert seconds() >= 0.05


def test_svg_copies_of_the_figures_but_the_maps_are_written_when_asked_for(tmp_path):
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path), "--svg", "--quiet", "--no-cache"]) == 0
    copies = {p.stem for p in (tmp_path / "figures").glob("*.svg")}
    assert copies == {"accountability", "themes_heatmap", "deadline_timeline", "targets_by_indicator", "network_all"}
    assert "<svg" in (tmp_path / "figures" / "network_all.svg").read_text(encoding="utf-8")[:1000]


def test_report_html_is_self_contained_and_compares_the_jurisdictions(report):
    page = (report / "report.html").read_text(encoding="utf-8")
    assert not re.search(r'src="(?!data:)', page)  # every image is inline
    maps = len(list((report / "figures").glob("map_*.png")))  # 6 with policycompare[maps], else none
    assert maps in (0, 6) and page.count('src="data:image/png;base64,') == 5 + maps
    for place in ("天津市滨海新区", "天门市", "西安市"):
        assert place in page
    assert "adjusted Rand" in page


def test_no_figures_writes_tables_and_graphs_only(tmp_path):
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path), "--no-figures"]) == 0
    assert not (tmp_path / "figures").exists() and not (tmp_path / "report.html").exists()
    assert set(ISSUE_TABLES) <= {p.stem for p in (tmp_path / "tables").glob("*.csv")}


def test_the_same_indicator_lines_up_across_jurisdictions(corpus):
    table = targets_by_indicator(corpus)
    success = table[table.indicator_key == "mediation_success_rate"]
    assert sorted(zip(success.jurisdiction, success.value)) == [("天津市滨海新区", 97.0), ("天门市", 98.0)]
    # two 达标率 that are different indicators never line up (office space vs law-enforcement standards)
    office = set(table[table.indicator.str.contains("业务用房")].indicator_key)
    enforcement = set(table[table.indicator.str.contains("执法规范化")].indicator_key)
    assert office == {"office_space_standard"} and enforcement == {"law_enforcement_standardisation"}
    assert len(table) == len(corpus.targets)


def test_timelines_horizons_and_schedules(corpus):
    timeline = deadline_timeline(corpus)
    dated = corpus.deadlines[(corpus.deadlines.kind == "deadline") & (corpus.deadlines.date != "")]
    assert len(timeline) == len(dated) and (timeline.year == timeline.date.str[:4].astype(int)).all()
    horizons = plan_horizons(corpus).set_index("doc_id")
    assert horizons.loc["003_f572bcd16cf0a2fa", "last_deadline"] == dated[dated.doc_id.str.startswith("003")].date.max()
    assert pd.isna(horizons.loc["001_af02048d2d89f97e", "horizon_years"])  # undated plan: no horizon
    schedules = recurring_schedules(corpus)
    assert schedules.to_numpy().sum() == (corpus.deadlines.kind == "recurring").sum()


def test_a_report_on_one_plan_without_dated_deadlines(tmp_path):
    import shutil

    corpus = tmp_path / "corpus"
    (corpus / "raw").mkdir(parents=True)
    shutil.copy(ROOT / "corpus" / "raw" / "004_5aaf9744da0f674b.txt", corpus / "raw")
    assert main(["report", str(corpus), "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "report.html").exists()
    assert (tmp_path / "out" / "figures" / "deadline_timeline.png").exists()


def test_commands_report_a_wrong_path_without_a_traceback(tmp_path, capsys):
    for command in (["report", str(tmp_path / "nowhere")], ["network", str(tmp_path / "nowhere")]):
        assert main([*command, "--out", str(tmp_path / "out")]) == 1
        assert "no such file or folder" in capsys.readouterr().err
