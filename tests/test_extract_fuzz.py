"""Property-based fuzzing of the single-string extractors (issues 12 and 16).

Texts are built from Chinese words, outline markers, brackets, role words, digits, %, 年月日 and
full-width forms. For every extractor: no exception, every row's raw phrase is the text at its
offsets with no white space around it, and the same text gives the same rows.

A bounded number of examples runs in the unit suite; ``HYPOTHESIS_PROFILE=fuzz`` (``make fuzz``)
runs 10,000 per extractor.
"""

import os

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from policycompare.extract import extract_assignments, extract_deadlines, extract_measure, extract_targets  # noqa: E402
from policycompare.ingest import parse_view  # noqa: E402

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", 10_000 if FUZZ else 60))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=not FUZZ,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

FRAGMENTS = [
    # outline markers and punctuation
    "一、", "(一)", "（二）", "1.", "２．", "第一条", "第三章", "。", "，", ",", "；", ";", "：", ":", "、", "\n", " ", "　",
    "\t", "(", ")", "（", "）", "〔", "〕", "【", "】", "《", "》", "“", "”", "—", "-", "~", "至",
    # role words and units
    "牵头单位:", "责任单位：", "配合单位:", "牵头考核单位：", "牵头领导：张三", "完成时限:", "牵头", "负责", "配合",
    "按职责分工负责", "参加", "会同", "应当", "等部门", "各市", "各级政府", "市司法局", "区政府", "县（市、区）人民政府",
    "市住房城乡建设主管部门", "有关部门", "社矫安帮一", "二", "三处", "办公室",
    # numbers, dates, targets
    "0", "1", "9", "12", "2019", "2025", "201910", "１２", "３", "二〇二〇", "千百万", "千零", "百万", "十", "万", "亿",
    ".", "%", "％", "年", "月", "日", "底前", "年底前", "上半年", "一季度", "中旬", "份", "年内", "每年", "每季度",
    "达到", "达", "不低于", "控制在", "以内", "以上", "左右", "下降", "增长", "突破", "最高", "万元", "亩", "分别达到",
    "到", "力争", "统一", "“十四五”期间", "十四五",
    # ordinary words
    "加强", "建设", "完成", "工作", "率", "覆盖率", "增加值", "项目", "贷款", "补助", "奖励",
]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet="甲乙丙的了0123456789%年月 ", max_size=3)),
                 max_size=40).map("".join)


def _check_rows(text, rows, raw_key="raw"):
    for row in rows:
        raw = row[raw_key]
        assert raw == text[row["start"]:row["end"]], row
        assert raw == raw.strip(), row


@SETTINGS
@given(TEXTS)
def test_assignments_never_raise_and_keep_offsets(text):
    rows = extract_assignments(text)
    _check_rows(text, rows, "raw_name")
    assert extract_assignments(text) == rows


@SETTINGS
@given(TEXTS)
def test_deadlines_never_raise_and_keep_offsets(text):
    rows = extract_deadlines(text, "2020-06-01")
    _check_rows(text, rows)
    assert extract_deadlines(text, "2020-06-01") == rows
    _check_rows(text, extract_deadlines(text))


@SETTINGS
@given(TEXTS)
def test_targets_never_raise_and_keep_offsets(text):
    rows = extract_targets(text, "2020-06-01")
    _check_rows(text, rows)
    assert extract_targets(text, "2020-06-01") == rows


@SETTINGS
@given(TEXTS)
def test_measure_never_raises_and_keeps_offsets(text):
    found, warnings = extract_measure(text, parse_view(text)[0], "2020-06-01")
    _check_rows(text, found["assignments"], "raw_name")
    _check_rows(text, found["deadlines"])
    _check_rows(text, found["targets"])
    assert all(0 <= offset <= len(text) for offset, _ in warnings)
    assert extract_measure(text, parse_view(text)[0], "2020-06-01") == (found, warnings)


@pytest.mark.parametrize("text", ["为千百万人民群众提供优质法律服务", "为百万元", "达到千万人次", "用千零年时间",
                                  "每年千千月底前", "到二〇〇〇〇年底前", "每千千年", "达到一千千万元以上"])
def test_phrases_that_are_not_numbers_are_neither_targets_nor_deadlines(text):
    assert extract_targets(text, "2020-01-01") == []
    assert all(row["date"] == "" or row["date"] >= "1900" for row in extract_deadlines(text, "2020-01-01"))
