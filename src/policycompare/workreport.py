"""Government work reports (政府工作报告) as a genre: the year's main expected targets.

A work report states this year's targets in one paragraph, announced by a cue such as
``今年经济社会发展主要预期目标是：`` (or ``主要目标是：``), among paragraphs full of last year's
results (增长5.2%) and five-year averages (年均增长5%左右). :func:`target_paragraph` finds that
paragraph, joining lines the page split (主要预期目标 / 是：…); :func:`main_targets` reads every
indicator and value in it:

* ``5%左右`` (about), ``5%以上`` (at least), ``5%以内`` (at most), ``超过840亿斤``;
* ranges ``5%—5.5%``, ``4.5-5%``, ``5%-5.5%``; full-width digits ``5％``;
* ``按增长5%安排`` (planned at);
* lists ``城乡居民人均可支配收入分别增长5%、6.5%左右`` (one row per item);
* qualitative targets with a known indicator (居民收入增长和经济增长同步) as rows without a value.

Indicators are put on the common scale of :mod:`policycompare.indicators`.
"""

from __future__ import annotations

import re

import pandas as pd

from .indicators import classify_indicator, match_indicator
from .ingest import OUTLINE_START, parse_view

MAIN_TARGET_COLUMNS = [
    "doc_id", "province", "jurisdiction", "indicator_id", "indicator_name", "label", "raw", "comparator", "value_low", "value",
    "unit", "approx", "char_start", "char_end",
]
# The cue that opens the paragraph; a colon must follow (主要目标，… is a sentence about a plan).
CUE = re.compile(r"(?:主要\s*(?:预期)?|预期)\s*目标\s*(?:任务)?\s*(?:是|为)?\s*:")
# A cue inside a sentence about the five-year plan announces the plan's targets, not this year's.
PLAN_CONTEXT = re.compile(r"十[四五六]五|五年|203\d年|规划纲要|纲要草案")
UNITS = ("个百分点", "微克/立方米", "万亿元", "万亿斤", "亿美元", "万人次", "万千瓦", "亿元", "万元", "万人", "万吨", "亿斤", "万斤",
         "万亩", "万户", "%", "岁", "人", "家", "个", "套", "张", "件", "公斤", "吨", "元")
NUMBER = r"\d+(?:\.\d+)?"
UNIT = "|".join(re.escape(unit) for unit in UNITS)
VALUE = re.compile(
    rf"(?<![A-Za-z\d.])(?P<low>{NUMBER})\s*%?\s*[-—–~～至到]{{1,2}}\s*(?P<high>{NUMBER})\s*(?P<range_unit>{UNIT})"
    rf"|(?<![A-Za-z\d.])(?P<value>{NUMBER})\s*(?P<unit>{UNIT})"
)
POST = re.compile(r"\s*(?P<post>及以上|以上|以内|以下|左右)")
AT_LEAST = re.compile(r"(?:超过|不低于|不少于|高于|至少)\s*$")
AT_MOST = re.compile(r"(?:不超过|低于|不高于)\s*$")
CLAUSE = re.compile(r"[^,;。]+")
SENTENCE = re.compile(r"[^。]+。?")
# Words that open a clause before its subject, and that close a label before its value.
LEAD = re.compile(r"^(?:今年|全年|全国|全省|全市|全区|全县|全州|全盟|全旗|全自治区|我省|我市|我区|我县|其中|力争|确保|努力)+")
TAIL = re.compile(r"(?:控制在|保持在|稳定在|继续保持|保持|达到|达|超过|不低于|不少于|高于|提高到|为|在|分别)+$")
SENTENCE_REACH = 400  # characters looked back for the sentence around a cue (bounded work per cue)
HAN = re.compile(r"[\u4e00-\u9fff]")
QUALITATIVE_SUBJECT = 3  # a value-less clause counts when its indicator starts within its first characters
COMPARED = re.compile(r"高于|低于|快于|与|和|同")
# Joint names a list spells out: 城乡居民…分别增长a、b is urban a, rural b; 一二三产 are three sectors.
JOINT_NAMES = {"城乡": ("城镇", "农村"), "一二三产": ("一产", "二产", "三产"), "一、二、三产": ("一产", "二产", "三产")}


def target_paragraph(text: str) -> tuple[int, int] | None:
    """``(start, end)`` offsets of the paragraph stating this year's main expected targets, or None.

    The paragraph runs from the cue's colon to the end of its line, and on over the next lines
    while it has not ended a sentence (a page that broke a line inside a target).

    >>> text = "过去一年增长5.2%。\\n今年主要预期目标\\n是:地区生产总值增长5%\\n左右。\\n一、工作"
    >>> start, end = target_paragraph(text)
    >>> text[start:end]
    '地区生产总值增长5%\\n左右。'
    """
    parse = parse_view(text)[0]
    for match in CUE.finditer(parse):
        if PLAN_CONTEXT.search(parse, _sentence_start(parse, match.start()), match.start()):
            continue
        start = match.end()
        end = _line_end(parse, start)
        for _ in range(3):  # a target split over a few lines, never a runaway join
            if parse[start:end].rstrip().endswith(("。", ";", "：", ":")) or end >= len(parse):
                break
            end = _line_end(parse, end + 1)
        return start, end
    return None


def _sentence_start(parse: str, position: int) -> int:
    """Where the sentence holding ``position`` begins, across lines the page broke mid-sentence
    (“十五五”时期经济社会发展的 / 主要目标 / 是：) but never into an outline heading."""
    floor = max(0, position - SENTENCE_REACH)
    start = max(parse.rfind("。", floor, position) + 1, floor)
    line_start = max(parse.rfind("\n", floor, position) + 1, floor)
    for _ in range(4):  # a sentence broken over a few lines; never a walk through the whole text
        if line_start <= start:
            break
        previous_start = max(parse.rfind("\n", floor, line_start - 1) + 1, floor)
        previous = parse[previous_start:line_start - 1].strip()
        if not previous or previous.endswith(("。", ";", ":", "!", "?")) or OUTLINE_START.match(previous):
            return line_start
        line_start = previous_start
    return max(start, line_start)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def paragraph_targets(text: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Target rows of one paragraph (offsets into ``text``), sentence by sentence.

    Reading stops at the first sentence that holds neither a value nor a known indicator, where
    the report moves on from its targets (这样的目标，是…).

    >>> rows = paragraph_targets("地区生产总值增长4.5-5%,城镇调查失业率5.5%左右;粮食产量超过840亿斤。")
    >>> [(r["indicator_id"], r["comparator"], r["value_low"], r["value"], r["approx"]) for r in rows]
    [('gdp_growth', 'range', 4.5, 5.0, False), ('surveyed_unemployment', '=', 5.5, 5.5, True), ('grain_output', '>=', 840.0, 840.0, False)]
    """
    end = len(text) if end is None else end
    parse = parse_view(text)[0].replace("\n", "")  # lines the page broke inside a target are one line
    joined_offsets = [i for i, ch in enumerate(parse_view(text)[0]) if ch != "\n"]
    window = [i for i, offset in enumerate(joined_offsets) if start <= offset < end]
    if not window:
        return []
    lo, hi = window[0], window[-1] + 1
    rows: list[dict] = []
    for sentence in SENTENCE.finditer(parse, lo, hi):
        found = []
        for clause in CLAUSE.finditer(parse, sentence.start(), sentence.end()):
            found += _clause_rows(parse, clause.start(), clause.end())
        if not found:
            break
        for row in found:
            row["char_start"] = joined_offsets[row.pop("start")]
            row["char_end"] = joined_offsets[row.pop("end") - 1] + 1
            row["raw"] = text[row["char_start"]:row["char_end"]]
        rows += found
    return rows


def _clause_rows(parse: str, start: int, end: int) -> list[dict]:
    values = list(VALUE.finditer(parse, start, end))
    label_end = values[0].start() if values else end
    label = parse[start:label_end].strip()
    label = LEAD.sub("", label).replace("按增长", "增长")
    label_start = start + parse[start:label_end].find(label[:1]) if label else start
    if not values:  # 居民收入增长和经济增长同步: the subject is what stands before the comparison
        indicator_id, name, at = match_indicator(COMPARED.split(label, maxsplit=1)[0])
        if not indicator_id or at > QUALITATIVE_SUBJECT:
            return []  # a known indicator that is not the clause's subject (完成国家下达的…目标)
        return [_row(indicator_id, name, label, "", None, None, "", False, label_start, end)]
    listed = "分别" in label
    labels = _split_list(TAIL.sub("", label.replace("分别", "")), len(values)) if listed else \
        _own_labels(parse, label, values)
    readings = [_reading(parse, match, start) for match in values]
    if listed:  # 分别增长4.5%、5.5%左右: the last qualifier covers the list
        last = readings[-1]
        readings = [r if r["post"] else {**r, "post": last["post"], "comparator": last["comparator"]} for r in readings]
    rows = []
    for item_label, reading in zip(labels, readings):
        indicator_id, name = classify_indicator(item_label)
        clean = TAIL.sub("", item_label) or item_label
        rows.append(_row(indicator_id, name if indicator_id else clean, clean, reading["comparator"], reading["low"],
                         reading["value"], reading["unit"], reading["post"] == "左右", label_start, reading["end"]))
    return rows


def _reading(parse: str, match: re.Match, clause_start: int) -> dict:
    post = POST.match(parse, match.end())
    post_word = post["post"] if post else ""
    before = parse[clause_start:match.start()]
    if match["low"] is not None:
        low, value, unit, comparator = float(match["low"]), float(match["high"]), match["range_unit"], "range"
    else:
        value = float(match["value"])
        low, unit = value, match["unit"]
        if post_word in ("以上", "及以上") or AT_LEAST.search(before):
            comparator = ">="
        elif post_word in ("以内", "以下") or AT_MOST.search(before):
            comparator = "<="
        else:
            comparator = "="
    return {"low": low, "value": value, "unit": unit, "comparator": comparator, "post": post_word,
            "end": post.end() if post else match.end()}


def _own_labels(parse: str, label: str, values: list[re.Match]) -> list[str]:
    """One label per value: 城镇新增就业47万人以上、城镇调查失业率5.5%以内 names two indicators;
    增长5%、6%左右 without a new name repeats the first."""
    labels = [label]
    for previous, match in zip(values, values[1:]):
        between = POST.sub("", parse[previous.end():match.start()], count=1).strip("、和及与 ")
        labels.append(LEAD.sub("", between) if len(HAN.findall(between)) >= 2 else labels[-1])
    return labels


def _split_list(label: str, n: int) -> list[str]:
    """一产、二产、三产增加值增长 with 3 values -> 一产增加值增长, 二产增加值增长, 三产增加值增长."""
    parts = [p for p in re.split(r"、|和|及", label) if p]
    if len(parts) == 1:
        for joint, expanded in JOINT_NAMES.items():
            if parts[0].startswith(joint) and n == len(expanded):
                return [e + parts[0][len(joint):] for e in expanded]
        return parts * n
    if len(parts) != n:
        return [label] * n
    tail = parts[-1][len(parts[0]):] if len(parts[-1]) > len(parts[0]) else ""
    return [p + tail for p in parts[:-1]] + [parts[-1]]


def _row(indicator_id, name, label, comparator, low, value, unit, approx, start, end) -> dict:
    return {"indicator_id": indicator_id, "indicator_name": name, "label": label, "comparator": comparator,
            "value_low": low, "value": value, "unit": unit, "approx": approx, "start": start, "end": end}


def main_targets(reports) -> pd.DataFrame:
    """The main expected targets of each work report, one row per indicator and report.

    Parameters
    ----------
    reports : Corpus or pandas.DataFrame
        A loaded corpus (its ``texts``; the province from ``documents.province`` or the
        jurisdiction), or a table with ``doc_id``, ``province`` and ``full_text`` (the ``frame``
        of :func:`policycompare.datasets.fetch_provincial_work_reports`).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, province, jurisdiction, indicator_id, indicator_name, label, raw, comparator,
        value_low, value, unit, approx, char_start, char_end``. ``comparator`` is ``=``, ``>=``,
        ``<=`` or ``range`` (``""`` for a qualitative target); ``value`` is the number (the upper
        end of a range) and ``value_low`` the lower end (equal to ``value`` for one number);
        ``approx`` marks 左右; ``raw`` is the phrase as the report writes it, at
        ``char_start:char_end`` of its text. A report without a target paragraph has no rows.

    Examples
    --------
    >>> frame = pd.DataFrame({"doc_id": ["r1"], "province": ["某省"], "full_text": [
    ...     "全省地区生产总值增长5.2%。\\n今年主要预期目标是：地区生产总值增长5％以上，居民收入增长和经济增长同步。"]})
    >>> main_targets(frame)[["indicator_id", "comparator", "value", "raw"]].values.tolist()
    [['gdp_growth', '>=', 5.0, '地区生产总值增长5％以上'], ['disposable_income_growth', '', nan, '居民收入增长和经济增长同步']]
    """
    rows = []
    for doc_id, province, jurisdiction, text in _reports(reports):
        span = target_paragraph(text)
        if span is None:
            continue
        rows += [{"doc_id": doc_id, "province": province, "jurisdiction": jurisdiction, **row}
                 for row in paragraph_targets(text, *span)]
    return pd.DataFrame(rows, columns=MAIN_TARGET_COLUMNS)


def _reports(reports):
    if isinstance(reports, pd.DataFrame):
        text_column = "full_text" if "full_text" in reports.columns else "text"
        places = reports["jurisdiction"] if "jurisdiction" in reports.columns else reports.province
        return list(zip(reports.doc_id, reports.province, places, reports[text_column]))
    documents = reports.documents
    provinces = documents.province.where(documents.province.astype(bool), documents.jurisdiction)
    return [(doc_id, province, place, reports.texts[doc_id])
            for doc_id, province, place in zip(documents.doc_id, provinces, documents.jurisdiction)
            if doc_id in reports.texts]
