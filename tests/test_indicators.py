"""Indicators on a common scale: the taxonomy and how labels are matched to it."""

import pandas as pd
import pytest

import policycompare as pc
from policycompare.indicators import add_indicators, classify_indicator, indicator_taxonomy


def test_taxonomy_has_80_indicators_with_unit_and_direction():
    table = indicator_taxonomy()
    assert len(table) >= 80 and table.indicator_id.is_unique
    assert set(table.direction) <= {"up", "down", "stable", ""}
    assert {"economy", "employment", "prices", "income", "environment", "agriculture", "rule of law"} <= set(table.domain)
    assert (table.unit != "").mean() > 0.9


@pytest.mark.parametrize("label, indicator_id", [
    ("全省地区生产总值增长", "gdp_growth"), ("经济增长", "gdp_growth"), ("GDP增长", "gdp_growth"),
    ("地区生产总值年均增长", "gdp_growth_average"), ("城镇调查失业率", "surveyed_unemployment"),
    ("居民消费价格指数涨幅", "cpi"), ("CPI涨幅", "cpi"), ("城镇新增就业人数", "new_urban_jobs"),
    ("单位地区生产总值能耗下降", "energy_intensity_reduction"), ("细颗粒物(PM2.5)年均浓度", "pm25"),
    ("空气质量优良天数比率", "good_air_days"), ("森林覆盖率", "forest_coverage"), ("粮食总产量", "grain_output"),
    ("农村居民人均可支配收入增长", "rural_income_growth"), ("全社会研发经费支出相当于全市生产总值的比例", "rd_intensity"),
    ("社会矛盾纠纷调处成功率", "mediation_success_rate"), ("调解案件受理率", "mediation_acceptance_rate"),
    ("司法所业务用房120平米标准达标率", "office_space_standard"), ("执法规范化建设达标率", "law_enforcement_standardisation"),
    ("老年人對居家養老服務滿意度", "elderly_care_satisfaction"), ("公共法律服务满意率", "public_legal_service_satisfaction"),
    ("基本医疗保险参保率", "medical_insurance_coverage"), ("村(社区)法律顾问覆盖率", "village_legal_adviser_coverage"),
])
def test_labels_find_their_indicator(label, indicator_id):
    assert classify_indicator(label)[0] == indicator_id


def test_a_label_outside_the_taxonomy_keeps_its_own_name():
    assert classify_indicator("某某新指标") == ("", "某某新指标")
    table = add_indicators(pd.DataFrame({"indicator": ["某某新指标"], "raw": ["某某新指标达到3个"]}))
    assert table[["indicator_id", "indicator_name"]].values.tolist() == [["", "某某新指标"]]


def test_targets_of_a_corpus_carry_indicator_columns():
    targets = pc.load_corpus("corpus").targets
    assert {"indicator_id", "indicator_name"} <= set(targets.columns)
    assert (targets.indicator_id != "").mean() > 0.7


@pytest.mark.parametrize("label, indicator_id", [
    # a ratio whose base or part is a known indicator measures neither
    ("制造业增加值占地区生产总值比重", ""), ("全社会物流总费用与GDP比率", ""), ("海洋生产总值占GDP比重", ""),
    # a sector's product is its own indicator, growth included
    ("海洋生产总值增长", "ocean_gdp"),
    # names that include the ratio stay matched
    ("数字经济核心产业增加值占地区生产总值比重", "digital_economy_share"),
])
def test_a_ratio_base_or_part_is_not_the_indicator(label, indicator_id):
    assert classify_indicator(label)[0] == indicator_id


@pytest.mark.parametrize("label, raw, unit_std, indicator_id", [
    ("节能降碳改造项目", "实施150个以上节能降碳改造项目", "unit", ""),
    ("单位GDP二氧化碳排放", "单位GDP二氧化碳排放下降3%", "%", "carbon_intensity_reduction"),
    ("老旧小区改造", "老旧小区改造2万户", "household", "old_community_renovation"),
    ("人均地区生产总值", "人均地区生产总值达到2万美元", "USD", "gdp_per_capita"),
    # counts, weights and areas are families of their own: a count of counties is no grain output in
    # tonnes, trees counted are no area planted; persons and person-times measure one another
    ("省级粮食产能提升重点县", "建设12个省级粮食产能提升重点县", "unit", ""),
    ("义务植树", "义务植树3000万株", "plant", ""),
    ("粮食产量", "粮食产量稳定在300万吨以上", "tonne", "grain_output"),
    ("城镇新增就业", "城镇新增就业5万人次", "person-time", "new_urban_jobs"),
])
def test_a_target_in_another_unit_family_does_not_measure_the_indicator(label, raw, unit_std, indicator_id):
    table = add_indicators(pd.DataFrame({"indicator": [label], "raw": [raw], "unit_std": [unit_std]}))
    assert table.indicator_id.tolist() == [indicator_id]


@pytest.mark.parametrize("label", ["城市副中心和平原新城地区生产总值", "高新区规模以上工业增加值增长", "中心城区常住人口城镇化率"])
def test_the_figure_of_a_part_of_the_jurisdiction_keeps_its_own_label(label):
    assert classify_indicator(label) == ("", label)


@pytest.mark.parametrize("label", ["高技术制造业投资增长", "实际对外直接投资增长", "跨境电商进出口增长", "能源工业增加值增长"])
def test_the_figure_of_a_branch_of_the_economy_keeps_its_own_label(label):
    assert classify_indicator(label) == ("", label)


@pytest.mark.parametrize("label, indicator_id", [
    ("全社会固定资产投资增长", "fixed_investment_growth"), ("高技术制造业增加值增长", "high_tech_manufacturing_growth"),
    ("新增高新技术和科技型中小企业", "tech_smes"),
])
def test_a_branch_named_inside_the_indicator_is_no_branch_of_it(label, indicator_id):
    assert classify_indicator(label)[0] == indicator_id


@pytest.mark.parametrize("label, raw, unit_std, indicator_id", [
    # the label drops the change verb; a rate of a level indicator is its growth, named in the raw
    ("地区生产总值", "全县地区生产总值增长6.5%左右", "%", "gdp_growth"),
    ("生产总值", "生产总值年均增长5%以上", "%", "gdp_growth_average"),
    ("一般公共预算收入", "一般公共预算收入增长3%", "%", "budget_revenue_growth"),
    # a level stays the level
    ("地区生产总值", "地区生产总值突破800亿元", "yuan", "gdp"),
    ("居民人均可支配收入", "居民人均可支配收入达到4万元", "yuan", "disposable_income_growth"),
])
def test_a_rate_of_a_level_indicator_is_its_growth(label, raw, unit_std, indicator_id):
    table = add_indicators(pd.DataFrame({"indicator": [label], "raw": [raw], "unit_std": [unit_std]}))
    assert table.indicator_id.tolist() == [indicator_id]


@pytest.mark.parametrize("label, indicator_id", [
    # R&D spending named without its change verb (a head of a list that grows) is still R&D spending;
    # its intensity stays the intensity
    ("全社会研发经费投入", "rd_spending_growth"), ("全社会研发经费投入强度", "rd_intensity"),
])
def test_rd_spending_and_its_intensity(label, indicator_id):
    assert classify_indicator(label)[0] == indicator_id


@pytest.mark.parametrize("label, indicator_id", [
    # a sector's value added named without its change verb; 一二三产 names three sectors, not the third
    ("地区生产总值年均增速", "gdp_growth_average"),
    ("一产增加值", "primary_industry_growth"), ("第二产业增加值", "secondary_industry_growth"),
    ("第三产业增加值", "tertiary_industry_growth"), ("一二三产增加值", ""),
])
def test_sector_value_added(label, indicator_id):
    assert classify_indicator(label)[0] == indicator_id


@pytest.mark.parametrize("label, indicator_id", [
    ("城镇常住居民人均可支配收入", "urban_income_growth"), ("农村常住居民人均可支配收入", "rural_income_growth"),
])
def test_resident_income_of_town_and_country(label, indicator_id):
    assert classify_indicator(label)[0] == indicator_id
