"""The department-responsibility network, with counts computed from the assignments table."""

import warnings
from itertools import combinations

import networkx as nx
import pandas as pd
import pytest

from policycompare.corpus import place_labels
from policycompare.network import (
    COMPARISON_COLUMNS,
    co_responsibility_graph,
    department_table,
    export_graph,
    network_comparison,
    plot_networks,
    responsibility_graph,
)


def assignments_of(corpus, place, text_actors):
    rows = corpus.assignments[corpus.assignments.doc_id.map(place_labels(corpus.documents)) == place]
    return rows if text_actors else rows[rows.source == "annotation"]


@pytest.mark.parametrize("place", ["天津市滨海新区", "西安市", "天门市", "未具名(001)"])
@pytest.mark.parametrize("text_actors", [False, True])
def test_node_and_edge_counts_follow_from_the_assignments(corpus, place, text_actors):
    rows = assignments_of(corpus, place, text_actors)
    graph = responsibility_graph(corpus, place, text_actors)
    kinds = pd.Series(dict(graph.nodes(data="kind")))
    assert (kinds == "department").sum() == rows.department.nunique()
    assert (kinds == "measure").sum() == rows.measure_id.nunique()
    assert graph.number_of_edges() == len(rows.drop_duplicates(["measure_id", "department"]))
    pairs = {tuple(sorted(p)) for _, group in rows.groupby("measure_id") for p in combinations(set(group.department), 2)}
    assert co_responsibility_graph(graph).number_of_edges() == len(pairs)


def test_annotated_plans_have_networks_from_annotations_alone(corpus):
    sizes = {place: responsibility_graph(corpus, place, text_actors=False).number_of_nodes()
             for place in ["天津市滨海新区", "西安市", "天门市", "未具名(001)"]}
    assert sizes["天津市滨海新区"] > 0 and sizes["西安市"] > 0
    assert sizes["天门市"] == sizes["未具名(001)"] == 0
    assert responsibility_graph(corpus, "天门市").number_of_nodes() > 0
    assert responsibility_graph(corpus, "未具名(001)").number_of_nodes() > 0


def test_collective_placeholders_are_flagged_and_dropping_them_is_recorded(corpus):
    graph = responsibility_graph(corpus, "天津市滨海新区", text_actors=False)
    assert graph.nodes["天津市滨海新区|有关处室"]["collective"] is True
    assert graph.nodes["天津市滨海新区|办公室"]["collective"] is False
    dropped = responsibility_graph(corpus, "天津市滨海新区", text_actors=False, drop_collective=True)
    rows = assignments_of(corpus, "天津市滨海新区", False)
    assert "天津市滨海新区|有关处室" not in dropped
    assert dropped.graph["dropped"] == int(rows.collective.sum()) > 0
    assert "有关处室" in dropped.graph["dropped_names"]


def test_role_pairs_and_the_directed_lead_graph(corpus):
    graph = responsibility_graph(corpus, "西安市", text_actors=False)
    co = co_responsibility_graph(graph)
    edge = co.edges["西安市|市局法规处", "西安市|市局纪检监察室"]
    assert edge["weight"] == sum(v for k, v in edge.items() if k != "weight")
    directed = co_responsibility_graph(graph, directed=True)
    assert directed.is_directed() and directed.number_of_edges() > 0
    assert all(graph.nodes[a]["leads"] > 0 for a, _ in directed.edges)  # edges leave lead units only


def test_department_table_measures(corpus):
    graph = responsibility_graph(corpus, "西安市", text_actors=False)
    table = department_table(graph).set_index("department")
    rows = assignments_of(corpus, "西安市", False)
    carried = rows.drop_duplicates(["measure_id", "department"]).groupby("department").size()
    assert table.measures.to_dict() == carried.to_dict()
    assert table.loc["市局法规处", "leads"] == rows[(rows.department == "市局法规处") & (rows.role == "lead")].measure_id.nunique()
    assert (table.share_of_measures == (table.measures / 23).round(4)).all()  # 23 measures in the Xi'an plan
    assert table.eigenvector.between(0, 1).all() and table.community.ge(0).all()


def test_the_comparison_table_has_one_row_per_jurisdiction(corpus):
    table = network_comparison(corpus).set_index("jurisdiction")
    assert list(network_comparison(corpus).columns) == COMPARISON_COLUMNS
    assert sorted(table.index) == sorted(set(place_labels(corpus.documents)))
    for place, row in table.iterrows():
        rows = assignments_of(corpus, place, True)
        assert row.measures_with_unit == rows.measure_id.nunique()
        assert row.collective_share == round(float(rows.collective.mean()), 4)
    assert table.loc["天津市滨海新区", "largest_hub"] == "办公室"


def test_a_gexf_file_is_the_same_whatever_the_day_it_is_written(corpus, tmp_path, monkeypatch):
    import time

    graph = co_responsibility_graph(responsibility_graph(corpus, "西安市"))
    first = export_graph(graph, tmp_path / "first.gexf").read_bytes()
    monkeypatch.setattr(time, "strftime", lambda *args: "2031-01-01")  # networkx dates its files with it
    assert export_graph(graph, tmp_path / "later.gexf").read_bytes() == first
    assert b"lastmodifieddate" not in first and "西安市".encode() in first


def _odd_graphs() -> list:
    escaped = nx.Graph([('a&<"\n\t', "b", {"weight": 2.5, "high": float("inf"), "gap": float("nan")})], name="x&y")
    mixed = nx.path_graph(3)
    mixed.nodes[0]["flag"], mixed.nodes[1]["score"], mixed.edges[1, 2]["kind"] = True, -1.5, "z"
    drawn = nx.Graph()
    drawn.add_node("x", viz={"size": 1})  # written by networkx, not as plain text
    return [nx.Graph(), nx.DiGraph([("甲", "乙")]), escaped, mixed, drawn, nx.MultiGraph([(1, 2), (1, 2)])]


def test_gexf_text_is_what_networkx_writes(corpus):
    """Our graphs are written as text, for speed: byte for byte what networkx's writer gives."""
    from policycompare.network import _gexf_bytes, _networkx_gexf, _plain_gexf

    graphs = [co_responsibility_graph(responsibility_graph(corpus, place)) for place in ("西安市", "天津市滨海新区")]
    for graph in graphs + _odd_graphs():
        expected = ("<?xml version='1.0' encoding='utf-8'?>\n" + _networkx_gexf(graph)).encode("utf-8")
        assert _gexf_bytes(graph) == expected
    assert all(_plain_gexf(graph) for graph in graphs)  # the fast path is the one taken


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_exports_read_back_equal_with_chinese_labels(corpus, tmp_path, suffix):
    graph = co_responsibility_graph(responsibility_graph(corpus, "西安市"))
    path = export_graph(graph, tmp_path / f"西安市{suffix}")
    back = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
    assert sorted(back.nodes) == sorted(graph.nodes)
    for node, data in graph.nodes(data=True):
        assert {k: back.nodes[node][k] for k in data} == data
    read_edges = {tuple(sorted(e)): {k: v for k, v in d.items() if k != "id"} for *e, d in back.edges(data=True)}
    assert read_edges == {tuple(sorted(e)): d for *e, d in graph.edges(data=True)}  # GEXF adds edge ids
    assert "市局法规处" in path.read_text(encoding="utf-8")


def test_figures_render_chinese_without_missing_glyphs(corpus, tmp_path):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        written = plot_networks(corpus, tmp_path)
    names = sorted(p.name for p in written)
    assert "network_all.png" in names and "network_西安市.svg" in names
    assert all(p.stat().st_size > 5000 for p in written)


def test_figures_and_tables_are_identical_across_processes(tmp_path):
    """Python salts string hashes per process; nothing we write may depend on set order."""
    import hashlib
    import os
    import subprocess
    import sys

    digests = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "policycompare.cli", "network", "corpus", "--out", str(out / "net"),
                        "--figures", str(out / "fig")], check=True, env=env, capture_output=True,
                       cwd=__import__("tests.seeds").seeds.ROOT)
        digests.append({p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith(".")})
    assert digests[0] == digests[1] and len(digests[0]) == 20


def test_streamed_networks_equal_each_place_built_on_its_own(tmp_path, monkeypatch):
    """The stage streams places through worker processes; every row, and the order of rows, must be
    what building each place's graph from the whole tables gives."""
    import sys

    import policycompare as pc
    import policycompare.network as network
    from policycompare.network import _comparison_row, network_tables

    from .seeds import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    generate = pytest.importorskip("generate").generate
    generate(40, tmp_path / "corpus", n_places=12)
    corpus = pc.load_corpus(tmp_path / "corpus")
    places = sorted(set(place_labels(corpus.documents)))
    assert len(places) > 8
    expected_tables, expected_rows, expected_edges = [], [], []
    for place in places:
        two_mode = responsibility_graph(corpus, place)
        co = co_responsibility_graph(two_mode)
        table = department_table(two_mode)
        expected_tables.append(table)
        expected_rows.append(_comparison_row(two_mode, co, table))
        expected_edges.append(sorted((*sorted(e), tuple(sorted(d.items()))) for *e, d in co.edges(data=True)))
    monkeypatch.setattr(network, "PARALLEL_PLACES", 1)  # worker processes even for a few places
    graphs, departments, comparison = network_tables(corpus)
    assert list(graphs) == places
    pd.testing.assert_frame_equal(departments, pd.concat(expected_tables, ignore_index=True))
    pd.testing.assert_frame_equal(comparison, pd.DataFrame(expected_rows, columns=COMPARISON_COLUMNS))
    assert [sorted((*sorted(e), tuple(sorted(d.items()))) for *e, d in graphs[p].edges(data=True))
            for p in places] == expected_edges


def test_a_jurisdictions_figure_names_every_unit_that_fits_not_only_the_best_connected_twelve():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from policycompare.network import draw_network
    from policycompare.plotting import use_cjk_font, visible_overlaps

    use_cjk_font()
    units = ["发展改革委", "财政局", "教育局", "民政局", "司法局", "人社局", "住建局", "交通局", "水利局",
             "农业局", "商务局", "文旅局", "卫健委", "应急局", "审计局", "统计局", "医保局", "信访局"]
    co = nx.Graph(jurisdiction="某市")
    co.add_nodes_from(units, measures=2, collective=False, leads=1, english="")
    for unit in units:
        co.nodes[unit]["label"] = unit
    for group in (units[0:5], units[5:9], units[9:12]):  # three committees; the other six work alone or in pairs
        co.add_edges_from(combinations(group, 2), weight=1)
    co.add_edge("卫健委", "应急局", weight=1)
    figure, ax = plt.subplots(figsize=(7, 6))
    draw_network(co, ax)
    named = [t for t in ax.texts if t.get_visible()]
    assert len(named) == len(units) and not visible_overlaps(named)  # room for all 18: all are named
    plt.close(figure)


def test_a_large_component_is_drawn_larger_than_the_row_of_single_units_beneath_it():
    from policycompare.network import _layout

    co = nx.Graph()
    core = [f"u{i:02d}" for i in range(30)]
    co.add_edges_from((core[i], core[(i + k) % 30]) for i in range(30) for k in (1, 7))  # one committee of 30
    co.add_nodes_from(f"s{i}" for i in range(7))  # seven units alone
    positions = _layout(co)
    width = lambda nodes: max(positions[n][0] for n in nodes) - min(positions[n][0] for n in nodes)  # noqa: E731
    singles = [f"s{i}" for i in range(7)]
    assert width(core) > width(singles)  # 30 units are not squeezed into less room than a row of 5 single ones
    assert max(positions[n][1] for n in singles) < min(positions[n][1] for n in core)  # the row stays beneath


@pytest.mark.parametrize("seed", range(40))
def test_betweenness_and_eigenvectors_by_matrices_equal_networkx(seed):
    """The dense computations for a place's small graph give networkx's numbers, components and
    isolated units included."""
    import random

    from policycompare.network import _betweenness, _eigenvector, _sorted_subgraph

    rng = random.Random(seed)
    graph = nx.relabel_nodes(nx.gnp_random_graph(rng.randint(0, 45), rng.random() * 0.3, seed=seed),
                             lambda i: f"部门{i:02d}")
    graph.add_edges_from((f"链{i}", f"链{i + 1}") for i in range(rng.randint(0, 4)))
    nx.set_edge_attributes(graph, {edge: rng.randint(1, 5) for edge in graph.edges}, "weight")
    expected = nx.betweenness_centrality(graph, weight=None)
    found = _betweenness(graph)
    assert found.keys() == expected.keys()
    assert all(abs(found[node] - expected[node]) < 1e-12 for node in graph)
    eigen = _eigenvector(graph)
    for component in nx.connected_components(graph):
        if len(component) >= 3:
            reference = nx.eigenvector_centrality_numpy(_sorted_subgraph(graph, component), weight="weight")
            assert all(abs(eigen[node] - reference[node]) < 1e-8 for node in component)
        else:
            assert all(eigen[node] == 0.0 for node in component)


def test_english_node_names_are_used_only_when_every_unit_named_has_one():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from policycompare.network import draw_network

    co = nx.Graph(jurisdiction="某市")
    co.add_nodes_from(["市财政局", "各级人民政府"], measures=2, collective=False, leads=0)
    co.nodes["市财政局"].update(label="市财政局", english="Finance Bureau")
    co.nodes["各级人民政府"].update(label="各级人民政府", english="")
    co.add_edge("市财政局", "各级人民政府", weight=1)
    figure, ax = plt.subplots()
    draw_network(co, ax, english=True)
    assert sorted(t.get_text() for t in ax.texts) == ["各级人民政府", "市财政局"]  # one language per label set
    co.nodes["各级人民政府"]["english"] = "People's Governments at all levels"
    ax.clear()
    draw_network(co, ax, english=True)
    assert sorted(t.get_text() for t in ax.texts) == ["Finance Bureau", "People's Governments at all levels"]
    plt.close(figure)


def test_a_unit_written_with_full_or_half_width_brackets_is_one_node():
    import policycompare as pc
    from policycompare.network import departments_of, responsibility_graph

    plan = ("某县2026年秸秆禁烧工作方案\n一、任务\n（一）开展巡查。乡（镇）人民政府负责日常巡查。\n"
            "（二）加强宣传。乡(镇)人民政府负责宣传。\n")
    corpus = pc.from_texts({"a": plan})
    assert corpus.assignments.department.nunique() == 2  # the tables keep each page's brackets
    assert len(departments_of(responsibility_graph(corpus))) == 1
