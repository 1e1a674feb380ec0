"""Whole-file property tests: any page of Chinese policy text goes through load_corpus.

Pages are drawn from fuzzing alphabets (Chinese prose, outline markers, brackets, role words,
digits, %, 年月日, full-width forms, zero-width characters, white space). For every page:
no exception, no file fails for a parser error, every table's offsets point at its raw text with
no stray white space, and a second load gives the same tables.

A bounded number of examples runs in the unit suite; ``make fuzz`` runs many more
(``POLICYCOMPARE_FUZZ=many``). What the fuzzer finds in the extractors is kept in
``tests/fuzz_findings.md``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policycompare as pc

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("many", max_examples=int(os.environ.get("POLICYCOMPARE_FUZZ_EXAMPLES", "3000")),
                          deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("POLICYCOMPARE_FUZZ", "ci"))

PROSE = ["加强", "推进", "完善", "制度", "建设", "法律服务", "公共", "人民群众", "千百万", "有关部门", "各区县",
         "市司法局", "区人民政府", "办公室", "法规处", "律师", "调解", "覆盖率", "达到", "不低于", "以上", "万人次",
         "关于印发", "的通知", "实施方案", "意见", "规划", "每年", "年底前", "月底前", "季度", "持续", "长期",
         "十四五", "百万元", "千零", "亿元", "为", "用", "在", "和", "及", "等"]
MARKERS = ["一、", "二、", "十一、", "(一)", "(二)", "（三）", "1.", "2.", "3、", "1．", "(1)", "(2)", "①", "②",
           "第一条", "第二条", "第一章", "第二节", "999.", "1000.", "一是", "12.4", "2021、"]
BRACKETS = ["(", ")", "（", "）", "〔", "〕", "【", "】", "《", "》", "[", "]"]
ROLES = ["责任单位:", "牵头单位:", "配合单位:", "责任部门：", "监督单位:", "完成时限:", "牵头,", "负责", "配合"]
NUMBERS = ["0", "1", "2", "3", "5", "9", "10", "85", "100", "2020", "2025", "%", "％", "年", "月", "日", "号",
           "一", "十", "百", "千", "万", "亿", "零", "两", "半", "个", "点", "１２", "：", "．", "，"]
PUNCTUATION = ["、", ",", "，", "。", ";", "；", ":", "!", "?", "-", "—", "~", "至"]
SPACE = [" ", "  ", "\u3000", "\n", "\n\n", "\t", "\xa0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
ALPHABET = "".join(sorted(set("".join(PROSE + MARKERS + BRACKETS + ROLES + NUMBERS + PUNCTUATION + SPACE))))

fragment = st.one_of(
    st.sampled_from(PROSE), st.sampled_from(MARKERS), st.sampled_from(BRACKETS), st.sampled_from(ROLES),
    st.sampled_from(NUMBERS), st.sampled_from(PUNCTUATION), st.sampled_from(SPACE),
    st.text(alphabet=ALPHABET, max_size=4),
)
page = st.lists(fragment, min_size=1, max_size=120).map("".join)
lined_page = st.lists(st.lists(fragment, max_size=25).map("".join), min_size=1, max_size=12).map("\n".join)

OFFSET_TABLES = {"deadlines": "raw", "targets": "raw", "assignments": "raw_name"}


FOLDER = Path(tempfile.mkdtemp(prefix="policycompare-fuzz-"))


def load(text: str) -> tuple[pc.Corpus, pc.Corpus]:
    """The page loaded twice from the same file."""
    path = FOLDER / "page.txt"
    path.write_text(text, encoding="utf-8")
    return pc.load_corpus(path, time_budget=60), pc.load_corpus(path, time_budget=60)


def check(text: str) -> None:
    corpus, again = load(text)
    report = corpus.report.iloc[0]
    if report.status == "failed":  # only a page with nothing to read may fail, and it says so
        assert report.reason.endswith("empty file"), report.reason
        return
    body = corpus.texts["page"]
    for table, column in OFFSET_TABLES.items():
        for row in getattr(corpus, table).itertuples():
            raw = getattr(row, column)
            assert body[row.char_start:row.char_end] == raw, (table, row)
            assert raw and raw == raw.strip(), (table, row)
    for row in corpus.measures.itertuples():
        span = body[row.char_start:row.char_end]
        assert span == span.strip() and span.endswith(row.text) and row.text == row.text.strip(), row
    for row in corpus.outline.itertuples():
        span = body[row.char_start:row.char_end]
        assert 0 <= row.char_start <= row.char_end <= len(body) and span == span.strip(), row
    for name in pc.Corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(again, name))


@given(page)
def test_any_page_loads_with_consistent_offsets(text):
    check(text)


@given(lined_page)
def test_any_page_of_lines_loads_with_consistent_offsets(text):
    check("某县人民政府办公室关于印发实施方案的通知\n" + text)
