"""Departments on a national scale: spellings, reforms, levels, kinds, divisions, coverage on real text."""

import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import policycompare as pc
from policycompare.extract import AliasTable, is_collective
from policycompare.functions import add_functions, classify_department, coverage, function_taxonomy

from .real_corpora import corpora_home


def test_the_taxonomy_covers_every_level_of_the_state():
    table = function_taxonomy()
    assert len(table) >= 60 and table.function.is_unique
    assert {"department", "party", "congress", "cppcc", "court", "procuratorate", "mass organisation", "enterprise",
            "government"} <= set(table.organ_kind)
    assert (table.function_en != "").all()


@pytest.mark.parametrize("name", ["区发改局", "县发展和改革局", "省发展改革委", "发展和改革委员会", "国家发展改革委",
                                  "浙江省杭州市西湖区发展和改革局", "市发改委"])
def test_every_spelling_of_development_and_reform_is_one_function(name):
    organ = classify_department(name)
    assert (organ.function, organ.function_en) == ("发展改革", "Development and Reform")


@pytest.mark.parametrize("name, function, former, year", [
    ("县工商局", "市场监管", "工商局", "2018"), ("市质监局", "市场监管", "质监局", "2018"),
    ("省食药监局", "市场监管", "食药监", "2018"), ("区政府法制办", "司法", "政府法制办", "2018"),
    ("市国土资源局", "自然资源", "国土资源局", "2018"), ("市环保局", "生态环境", "环保局", "2018"),
    ("市卫计委", "卫生健康", "卫计委", "2018"), ("县安监局", "应急管理", "安监局", "2018"),
    ("市银保监分局", "金融监管", "银保监分局", "2023"), ("县扶贫办", "乡村振兴", "扶贫办", "2021"),
    ("市生态环境局", "生态环境", "", ""),
])
def test_institutional_reform_renames_keep_the_old_name_and_year(name, function, former, year):
    organ = classify_department(name)
    assert (organ.function, organ.former, organ.reform_year) == (function, former, year)


@pytest.mark.parametrize("name, level, kind", [
    ("浙江省杭州市西湖区市场监督管理局", "county", "department"), ("省人大常委会", "province", "congress"),
    ("市中级人民法院", "prefecture", "court"), ("区人民检察院", "county", "procuratorate"),
    ("镇人民政府", "township", "government"), ("街道办事处", "township", "government"),
    ("市委组织部", "prefecture", "party"), ("县纪委监委", "county", "party"), ("市政协", "prefecture", "cppcc"),
    ("区残联", "county", "mass organisation"), ("某某建设集团有限公司", "", "enterprise"),
    ("国务院办公厅", "national", "department"), ("市场监督管理局", "", "department"),
])
def test_level_and_kind_of_organs(name, level, kind):
    organ = classify_department(name)
    assert organ.function and (organ.organ_level, organ.organ_kind) == (level, kind)


def test_the_head_character_takes_the_documents_own_level_when_it_is_its_suffix():
    assert classify_department("市人民政府", "市", "province").organ_level == "province"  # 北京市
    assert classify_department("市人民政府").organ_level == "prefecture"


def test_divisions_are_linked_to_their_parent_organ():
    assert classify_department("市发改委价格处")[::3] == ("发展改革", "division")
    assert classify_department("市财政局办公室")[::3] == ("财政", "division")
    assert classify_department("法规处", parent="西安市司法局")[::3] == ("司法", "division")
    assert classify_department("法规处")[::3] == ("", "division")  # no parent shown: no guess
    assert classify_department("市局", parent="西安市司法局").function == "司法"


def test_local_branches_of_national_organs_take_the_level_of_their_place():
    branch, head = classify_department("国家税务总局锡林郭勒盟税务局"), classify_department("国家税务总局")
    assert (branch.function, branch.organ_level, head.function, head.organ_level) == ("税务", "prefecture", "税务", "national")
    assert classify_department("中国人民银行济南分行").function == "人民银行"


def test_head_final_reading_of_composite_names():
    assert classify_department("县级以上人民政府生态环境主管部门").function == "生态环境"
    assert classify_department("市人民政府办公厅").function == "政府办公厅"
    assert classify_department("市住房公积金管理委员会").function == "住房城乡建设"
    assert classify_department("市禁毒委员会").function == "公安"
    assert classify_department("市文化广电旅游体育局").function == "文化和旅游"  # not 体育局
    assert classify_department("市公安机关交通管理部门").function == "公安"


def test_assignment_columns_and_a_researchers_alias_file_overrides(tmp_path):
    corpus = pc.load_corpus("corpus")
    assert {"function", "function_en", "organ_level", "organ_kind"} <= set(corpus.assignments.columns)
    seeds = corpus.assignments.drop_duplicates(["jurisdiction", "department"]).set_index(["jurisdiction", "department"])
    assert seeds.loc[("西安市", "市局法规处"), "function"] == "司法"
    assert seeds.loc[("天门市", "公安机关"), "function_en"] == "Public Security"
    assert (corpus.assignments[corpus.assignments.collective].organ_kind == "collective").all()
    table = pd.read_csv("src/policycompare/data/departments.csv", dtype=str, keep_default_na=False)
    table["function"] = ["法治宣传" if c == "法宣处" else "" for c in table.canonical]
    path = tmp_path / "departments.csv"
    table.to_csv(path, index=False)
    mine = pc.load_corpus("corpus", aliases=path).assignments
    assert set(mine[mine.department == "法宣处"].function) == {"法治宣传"}
    assert set(mine[mine.department == "律管处"].function) == {"司法"}


def test_coverage_on_seeds_heldout_and_development_pages():
    assert coverage(pc.load_corpus("corpus").assignments)["names"] >= 0.95
    for folder, pattern in (("tests/heldout", "h*.txt"), ("tests/devset", "d*.txt")):
        pages = sorted(Path(folder).glob(pattern))
        assert pages and coverage(pc.load_corpus(pages).assignments)["names"] >= 0.95, folder


# Department mentions as the articles of real regulations write them (省/市/区/县 + name + 主管部门/局 …),
# measured independently of the extraction stage; phrases ending in 布局/格局 are not organs.
MENTION = re.compile(r"(?<![城都超地])(?<!区域)(?:省|市|区|县)(?!域|场|民)(?:人民政府|政府)?[\u4e00-\u9fff、和]{0,3}?"
                     r"[\u4e00-\u9fff]{2,12}?(?:主管部门|行政部门|管理部门|局|委员会)")
NOT_ORGAN = re.compile(r"(?:布局|格局|大局|新局|全局|开局)$")


def test_at_least_95_percent_of_department_names_in_real_regulations_get_a_function():
    folder = corpora_home() / "local-regulations"
    names = Counter()
    for path in sorted(folder.rglob("*.md")):
        names.update(m.group() for m in MENTION.finditer(path.read_text(encoding="utf-8")))
    names = {n: c for n, c in names.items() if not is_collective(n) and not NOT_ORGAN.search(n)}
    assert len(names) > 1500
    covered = [n for n in names if classify_department(n).function]
    assert len(covered) / len(names) >= 0.95
    assert sum(names[n] for n in covered) / sum(names.values()) >= 0.98


def test_at_least_95_percent_of_extracted_organs_of_real_regulations_get_a_function():
    files = sorted((corpora_home() / "local-regulations").rglob("*.md"))[::10]  # every tenth: 109 regulations
    corpus = pc.load_corpus(files)
    assert coverage(corpus.assignments)["names"] >= 0.95


def test_alias_table_keeps_working_without_a_function_column():
    assert AliasTable().functions == {}
    rows = pd.DataFrame({"doc_id": ["d"], "department": ["区财政局"], "collective": [False]})
    assert add_functions(rows).function.tolist() == ["财政"]
