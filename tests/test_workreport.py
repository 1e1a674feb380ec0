"""Main expected targets of the 31 provincial 2026 work reports, against values read by hand."""

import math

import pandas as pd
import pytest

from policycompare.datasets import fetch_provincial_work_reports
from policycompare.workreport import main_targets, paragraph_targets, target_paragraph

from .real_corpora import corpora_home

# Read by hand from each report's full_text (line = line number of full_text, 1-based), in the
# paragraph that opens 主要预期目标是： (山西: 主要目标是：; 广东: the cue is broken over lines 61-62).
# province -> (line, phrase as written, low, high, comparator, 左右)
GDP_2026 = {
    "上海市": (62, "生产总值增长5%左右", 5.0, 5.0, "=", True),
    "云南省": (67, "地区生产总值增长4.5%左右", 4.5, 4.5, "=", True),
    "内蒙古自治区": (33, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "北京市": (48, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "吉林省": (34, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "四川省": (46, "地区生产总值增长5.5%左右", 5.5, 5.5, "=", True),
    "天津市": (70, "地区生产总值增长4.5%", 4.5, 4.5, "=", False),
    "宁夏回族自治区": (79, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "安徽省": (52, "地区生产总值增长5%—5.5%", 5.0, 5.5, "range", False),
    "山东省": (45, "地区生产总值增长5%以上", 5.0, 5.0, ">=", False),
    "山西省": (54, "地区生产总值增长4.5%—5%", 4.5, 5.0, "range", False),
    "广东省": (63, "地区生产总值增长4.5%—5%", 4.5, 5.0, "range", False),
    "广西壮族自治区": (57, "经济增长5%左右", 5.0, 5.0, "=", True),
    "新疆维吾尔自治区": (53, "地区生产总值增长5.5%—6%", 5.5, 6.0, "range", False),
    "江苏省": (46, "地区生产总值按增长5%安排", 5.0, 5.0, "=", False),
    "江西省": (47, "地区生产总值增长5%-5.5%", 5.0, 5.5, "range", False),
    "河北省": (43, "地区生产总值增长5%以上", 5.0, 5.0, ">=", False),
    "河南省": (47, "经济增长5%左右", 5.0, 5.0, "=", True),
    "浙江省": (59, "生产总值增长5%—5.5%", 5.0, 5.5, "range", False),
    "海南省": (110, "地区生产总值增长6%左右", 6.0, 6.0, "=", True),
    "湖北省": (58, "经济增长5.5%左右", 5.5, 5.5, "=", True),
    "湖南省": (55, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "甘肃省": (52, "地区生产总值增长5.5%左右", 5.5, 5.5, "=", True),
    "福建省": (77, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "西藏自治区": (51, "地区生产总值增长7%以上", 7.0, 7.0, ">=", False),
    "贵州省": (41, "地区生产总值增长5%左右", 5.0, 5.0, "=", True),
    "辽宁省": (40, "地区生产总值增长4.5%左右", 4.5, 4.5, "=", True),
    "重庆市": (46, "地区生产总值增长5%以上", 5.0, 5.0, ">=", False),
    "陕西省": (44, "生产总值增长5％左右", 5.0, 5.0, "=", True),
    "青海省": (58, "地区生产总值增长4.5%左右", 4.5, 4.5, "=", True),
    "黑龙江省": (52, "地区生产总值增长4.5-5%", 4.5, 5.0, "range", False),
}


@pytest.fixture(scope="module")
def reports():
    return fetch_provincial_work_reports(2026, data_home=corpora_home())


@pytest.fixture(scope="module")
def targets(reports):
    return main_targets(reports.frame)


def test_the_hand_read_phrases_are_where_the_test_says(reports):
    texts = dict(zip(reports.frame.province, reports.frame.full_text))
    assert set(texts) == set(GDP_2026)
    for province, (line, phrase, *_) in GDP_2026.items():
        assert phrase in texts[province].split("\n")[line - 1], province


def test_gdp_growth_target_of_all_31_provinces(targets):
    gdp = targets[(targets.indicator_id == "gdp_growth") & targets.value.notna()].groupby("province").head(1)
    found = {row.province: (row.value_low, row.value, row.comparator, bool(row.approx)) for row in gdp.itertuples()}
    expected = {p: (low, high, comparator, approx) for p, (_, _, low, high, comparator, approx) in GDP_2026.items()}
    right = [p for p in expected if found.get(p) == expected[p]]
    assert len(right) == 31, {p: (found.get(p), expected[p]) for p in expected if p not in right}


def test_gdp_rows_keep_the_phrase_as_written(targets):
    gdp = targets[(targets.indicator_id == "gdp_growth") & targets.value.notna()].groupby("province").head(1)
    for row in gdp.itertuples():
        written = GDP_2026[row.province][1]
        assert row.raw.replace("\n", "") in written or written.startswith(row.raw), (row.province, row.raw)


def test_other_main_targets_line_up_on_the_common_scale(targets):
    by = targets.set_index(["province", "indicator_id"])
    assert by.loc[("北京市", "pm25"), ["value", "unit", "approx"]].tolist() == [29.0, "微克/立方米", True]
    assert by.loc[("云南省", "surveyed_unemployment"), ["comparator", "value"]].tolist() == ["<=", 5.5]
    assert by.loc[("内蒙古自治区", "grain_output"), ["comparator", "value", "unit"]].tolist() == [">=", 840.0, "亿斤"]
    # 分别增长5%、6.5%左右: one row per item, the last 左右 covering both
    assert by.loc[("甘肃省", "urban_income_growth"), ["value", "approx"]].tolist() == [5.0, True]
    assert by.loc[("甘肃省", "rural_income_growth"), ["value", "approx"]].tolist() == [6.5, True]
    # two indicators in one clause joined by 、
    assert by.loc[("新疆维吾尔自治区", "rural_income_growth"), "value"] == 8.0
    assert by.loc[("新疆维吾尔自治区", "surveyed_unemployment"), "comparator"] == "<="
    cpi = targets[targets.indicator_id == "cpi"]
    assert cpi.province.nunique() >= 25 and set(cpi.value.dropna()) == {2.0}


def test_five_year_averages_and_last_years_results_are_not_targets():
    text = ("全省地区生产总值增长5.2%。\n“十五五”时期经济社会发展的\n主要目标\n是：地区生产总值年均增长5%左右。\n"
            "今年主要预期目标是：地区生产总值增长5％以上。")
    start, end = target_paragraph(text)
    assert text[start:end].startswith("地区生产总值增长5％以上")
    rows = paragraph_targets(text, start, end)
    assert [(r["indicator_id"], r["comparator"], r["value"]) for r in rows] == [("gdp_growth", ">=", 5.0)]


def test_a_target_split_across_lines_is_joined_and_planned_growth_is_read():
    text = "今年主要预期目标是：地区生产总值按增长5%\n安排，城镇新增就业50万人\n左右。\n一、工作"
    rows = paragraph_targets(text, *target_paragraph(text))
    assert [(r["indicator_id"], r["value"], r["approx"]) for r in rows] == [("gdp_growth", 5.0, False),
                                                                          ("new_urban_jobs", 50.0, True)]
    assert rows[1]["raw"] == "城镇新增就业50万人\n左右"


def test_a_report_without_the_paragraph_gives_no_rows():
    frame = pd.DataFrame({"doc_id": ["x"], "province": ["某省"], "full_text": ["去年增长5.2%。"]})
    table = main_targets(frame)
    assert table.empty and "indicator_id" in table.columns


def test_targets_of_a_loaded_corpus(reports):
    table = main_targets(reports.corpus)
    assert table.doc_id.nunique() == len(reports.corpus.texts)
    assert not math.isnan(table[table.indicator_id == "gdp_growth"].value.iloc[0])


def test_central_and_county_reports_use_the_same_reading():
    # layouts of a State Council report and a county report, in our own words
    central = ("过去一年国内生产总值增长5.0%。\n今年发展的主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
               "城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右。")
    county = ("全县地区生产总值增长6.1%。\n今年全县经济社会发展的主要目标任务是：全县地区生产总值增长6%—6.5%，"
              "一般公共预算收入增长4%以上。")
    frame = pd.DataFrame({"doc_id": ["c", "x"], "province": ["", "某省"], "jurisdiction": ["全国", "某省某县"],
                          "full_text": [central, county]})
    table = main_targets(frame).set_index(["doc_id", "indicator_id"])
    assert table.loc[("c", "gdp_growth"), ["value", "approx"]].tolist() == [5.0, True]
    assert table.loc[("c", "grain_output"), ["value", "unit"]].tolist() == [1.4, "万亿斤"]
    assert table.loc[("c", "energy_intensity_reduction"), "value"] == 3.0
    assert table.loc[("x", "gdp_growth"), ["value_low", "value", "comparator"]].tolist() == [6.0, 6.5, "range"]
    assert table.loc[("x", "budget_revenue_growth"), "comparator"] == ">="
    assert table.loc[("x", "gdp_growth"), "jurisdiction"] == "某省某县"


def test_many_cues_cost_linear_time():
    import time

    text = "“十五五”时期的主要目标是：年均增长5%左右。\n" * 20_000 + "今年主要预期目标是：地区生产总值增长5%左右。"
    began = time.perf_counter()
    start, end = target_paragraph(text)
    assert text[start:end] == "地区生产总值增长5%左右。"
    assert time.perf_counter() - began < 20  # generous: a quadratic walk would take minutes


@pytest.fixture(scope="module")
def corpus_targets():
    import policycompare

    return policycompare.load_corpus(corpora_home() / "provincial-work-reports-2026").targets


def test_gdp_targets_in_percent_are_growth_indicators(corpus_targets):
    # the label drops the change verb (地区生产总值); a rate of GDP is its growth, never the level
    gdp = corpus_targets[corpus_targets.indicator_id.isin(["gdp", "gdp_growth", "gdp_growth_average"])
                         & (corpus_targets.unit_std == "%")]
    assert len(gdp) >= 40 and set(gdp.indicator_id) == {"gdp_growth", "gdp_growth_average"}


def test_the_fifteenth_plan_targets_are_dated_at_its_end(corpus_targets):
    # a vision year (到2035年) stated before a plan's indicators dates none of them
    assert (corpus_targets.year == 2035).sum() == 0 and (corpus_targets.year == 2030).sum() >= 120
