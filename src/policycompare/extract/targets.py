"""How much: quantitative targets, normalised, with the raw phrase kept.

A target is a number with a unit that the plan commits to: 达到100%, 保持在97%以上, 不低于30%,
达80人以上, 每两千人1名, 不少于50个小时, 建成1-2个, 有效期最长不得超过5年, 5小时内, 至少一次.
A percentage counts unless it is a share of something (占…的30%) or a baseline (由80%提高到…);
any other number needs a commitment cue (达到, 不少于, 至少, 建成 … or 以上, 以下, 以内, 左右) and a
unit, so counts that merely describe (四大系统, 三级平台) are left out. Sentences about the past
or comparisons with it (先后, 同比, 以来, 累计 …) hold no targets.
Chinese numerals are read only as a whole token beside a cue and a unit (至少一次), never by
rewriting running text. Numbers in names (十四五, 12348, 三项制度), ordinals (第一起), years,
document numbers and statements about the past (先后建立起了21个, 这21个) are not targets.

``indicator`` is the short noun phrase that is measured, so one indicator can be lined up across
jurisdictions; an elliptical one (…受理率达100%,成功率达98%) borrows its subject from the
indicator before it in the same sentence. ``year`` is the year of the deadline stated earlier in
the same sentence (到2025年,…达到…).
"""

from __future__ import annotations

import re

from ..ingest import parse_view
from ..numerals import CN_DIGITS, parse_numeral
from .common import cited_spans, clause_start, inside, sentence_start
from .deadlines import extract_deadlines

COLUMNS = ["raw", "indicator", "comparator", "value", "value_low", "unit", "year", "start", "end"]

_CN_NUM = CN_DIGITS
NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN_NUM}]+"
UNIT = (r"%|个小时|小时|个工作日|工作日|个月|人次|平方公里|平方米|平米|立方米|公里|千米|公顷|万元|亿元|元|吨|亩|名|人"
        r"|个|件|次|家|所|项|场|期|批|户|天|日|年|倍|篇|部|支|套|台|份|座|间")
AT_LEAST = ("不低于", "不少于", "至少", "最少", "高于", "超过", "多于")
AT_MOST = ("最长不得超过", "不得超过", "不超过", "最多", "低于", "控制在", "最迟", "少于")
EQUAL = ("达到", "达", "保持在", "保持", "提高到", "提升到", "增加到", "增长到", "为")
OBJECT_CUES = ("建成", "完成", "改善", "新建", "新增", "增加", "培育", "办理", "参与", "打造", "创建", "建设", "举办",
               "开展", "配备")
CUES = sorted(AT_LEAST + AT_MOST + EQUAL + OBJECT_CUES, key=len, reverse=True)
_CUE = "|".join(CUES)

PER_CAPITA = re.compile(
    rf"每(?P<base>[\d{_CN_NUM}]+)(?P<base_unit>人|户|名)\s*(?P<value>{NUMBER})\s*(?P<unit>名|个|人|所|家)"
)
QUANTITY = re.compile(
    rf"(?P<low>\d+(?:\.\d+)?)\s*[-—–~]\s*(?P<range_high>\d+(?:\.\d+)?)\s*(?P<range_unit>{UNIT})"
    rf"|(?P<value>{NUMBER})\s*(?P<mult>万|亿)?\s*(?P<unit>{UNIT})?\s*(?P<post>及以上|以上|以下|以内|之内|内|左右)?"
)
# A sentence about the past or a comparison with it: 先后建立起了, 同比增长, 较上年, 2020年以来.
PAST = re.compile(r"先后|已经|已有|已建|截至|截止目前|目前已|现有|同比|环比|比上年|较上年|较(?:19|20)\d\d年|去年|上年度|以来|累计|共有|共计")
# 由80%提高到95%: the first number is the baseline, not the commitment.
BASELINE = re.compile(r"\s*(?:提高到|提升到|增加到|增长到|下降到|降低到|减少到|上升到)")
BASELINE_TAIL = re.compile(r"(?:由|从)\s*[\d.]+\s*%?$")
LEAD_WORDS = re.compile(  # time phrases and adverbs that open a clause before its subject
    r"(?:(?:到|至|在|力争在|力争到|争取在)?\s*(?:(?:19|20)\d\d年(?:年底|底|末)?|[“\"]?十[一二三四五六七八九]?五[”\"]?期间)\s*,?"
    r"|确保|保证|围绕|力争|努力|争取|实现|使|推动|促进|全市|全区|全县|全省|进一步|基本|其中|并且|并|且|和|及|要|将|均|都|逐步|\s)+"
)
TAIL_WORDS = re.compile(rf"(?:要|应|均|都|每年|逐年|稳定|力争|的|{'|'.join(AT_LEAST + AT_MOST + EQUAL)})+$")
JOINT = re.compile(r"或者|或|以及|并且")  # 不少于50个小时…或者至少办理10件: two subjects
# The object of a verb cue runs to the end of the clause, or to the next listed quantity.
OBJECT_TAIL = re.compile(r"[^,;。:]*?(?=[,;。:]|、\s*\d|或者|或|以及|$)")
RATIO_WORD = re.compile(r"(?P<head>.*?)(?P<ratio>[\u4e00-\u9fff]{0,2}(?:率|比|比例|占比|度|量))$")


def extract_targets(text: str, doc_date=None, parse: str | None = None, deadlines: list[dict] | None = None) -> list[dict]:
    """Quantitative targets in ``text``, in order of appearance.

    ``deadlines`` are the text's deadlines when the caller has them already (they date targets).

    >>> rows = extract_targets("到2025年,全市律师总数达80人,调解案件受理率达100%,成功率达98%以上。")
    >>> [(r["indicator"], r["comparator"], r["value"], r["unit"], r["year"]) for r in rows]
    [('律师总数', '=', 80.0, '人', 2025), ('调解案件受理率', '=', 100.0, '%', 2025), ('调解案件成功率', '>=', 98.0, '%', 2025)]
    >>> extract_targets("统一登记、统一编号,先后建立起了21个示范单位")
    []
    """
    parse = parse_view(text)[0] if parse is None else parse
    skip = cited_spans(parse)
    if deadlines is None:
        deadlines = extract_deadlines(text, doc_date, parse)
    deadlines = [d for d in deadlines if d["kind"] == "deadline" and d["date"]]
    skip += [(d["start"], d["end"]) for d in deadlines]
    rows: list[dict] = []
    for match in PER_CAPITA.finditer(parse):
        base = parse_numeral(match["base"])
        rows.append(_row(text, parse, match.start(), match.end(), "=", _number(match["value"]), None,
                         f"{match['unit']}/{base}{match['base_unit']}", match.start(), match.end()))
        skip.append(match.span())
    floor = 0
    for match in QUANTITY.finditer(parse):
        if inside(skip, *match.span()) or not _is_target(parse, match):
            continue
        row = _quantity_row(text, parse, match, floor)
        if row:
            rows.append(row)
            floor = match.end()
    rows = [part for row in sorted(rows, key=lambda row: row["start"]) for part in _split_joint_ratios(row)]
    _resolve_ellipsis(rows, parse)
    for row in rows:
        row["year"] = _target_year(row, deadlines, parse)
    return rows


def _number(token: str, multiplier: str | None = None) -> float:
    """1,200 -> 1200; 1.2 with 万 -> 12000; 三 -> 3."""
    digits = token.replace(",", "")
    value = float(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) else float(parse_numeral(token))
    return value * {"万": 10_000, "亿": 100_000_000}.get(multiplier or "", 1)


def _cue_before(parse: str, start: int) -> tuple[str, int]:
    """The commitment cue before a number and its offset.

    A comparing cue (至少, 不低于, 达到 …) may stand up to 8 characters before the number
    (至少每年开展一次); a verb cue (建成, 完成 …) up to 4; the one-character cues 达 and 为 must
    touch it (达80人), so 达标率100% is not read as 达 + 标率.
    """
    window_start = max(clause_start(parse, start), start - 12)
    window = parse[window_start:start]
    best = None
    for match in re.finditer(_CUE, window):
        gap = len(window) - match.end()
        cue = match.group()
        limit = 1 if len(cue) == 1 else 4 if cue in OBJECT_CUES else 8
        if gap <= limit and (best is None or cue not in OBJECT_CUES or best.group() in OBJECT_CUES):
            best = match
    return (best.group(), window_start + best.start()) if best else ("", start)


def _is_target(parse: str, match: re.Match) -> bool:
    start = match.start()
    before = parse[max(0, start - 1): start]
    if before in ("第", "“", '"', "这", "该", "此", "前", "后", "的") or before.isdigit() or before == ".":
        return False  # ordinals, names, demonstratives, and shares of something (占全市人口的30%)
    if BASELINE.match(parse, match.end()) or parse[max(0, start - 2): start].endswith(("按照", "按")):
        return False
    after = parse[match.end(): match.end() + 1]
    if after in ("”", '"', "号", "条", "款", "级", "是") or (after.isdigit()):
        return False
    if match["low"] is not None:
        return float(match["range_high"]) < 1900  # 2010-2012年 is a period
    value, unit, post = match["value"].replace(",", ""), match["unit"], match["post"]
    if unit == "年" and re.fullmatch(r"(?:19|20)\d\d", value):
        return False
    if post == "内" and unit not in ("小时", "个小时", "日", "天", "工作日", "个工作日", "个月", "年"):
        return False
    cue, _ = _cue_before(parse, start)
    if not value.isdigit() and not re.fullmatch(r"\d+\.\d+", value):
        # a Chinese numeral counts only beside a comparing cue and a unit (至少一次, not 建设一批)
        if not (cue and unit) or cue in OBJECT_CUES:
            return False
    elif unit != "%" and not (cue or post) or not unit and not (cue in AT_LEAST + AT_MOST + EQUAL and post):
        return False  # a bare number (12348热线, 5G) counts only with a comparing cue and 以上/以下
    sentence = parse[sentence_start(parse, start): start]
    return not PAST.search(sentence)


def _quantity_row(text: str, parse: str, match: re.Match, floor: int = 0) -> dict | None:
    cue, cue_start = _cue_before(parse, match.start())
    post = match["post"] or ""
    if match["low"] is not None:
        comparator, value, low, unit = "range", float(match["range_high"]), float(match["low"]), match["range_unit"]
    else:
        value, low, unit = _number(match["value"], match["mult"]), None, match["unit"] or ""
        if post in ("以上", "及以上") or cue in AT_LEAST:
            comparator = ">="
        elif post in ("以下", "以内", "之内", "内") or cue in AT_MOST:
            comparator = "<="
        else:
            comparator = "="
    object_first = cue in OBJECT_CUES or post in ("内", "以内", "之内") or unit == "次"
    return _row(text, parse, cue_start if cue else match.start(), match.end(), comparator, value, low, unit,
                match.start(), match.end(), object_first, floor)


def _row(text, parse, start, end, comparator, value, low, unit, number_start, number_end, object_first=False, floor=0):
    """One target row; the indicator is the subject before the cue, or the object after the number.

    The subject never reaches back past ``floor``, the end of the previous target (受理率达100%、办结率…).
    """
    indicator, ind_start, ind_end = "", start, end
    if not object_first:
        ind_start = max(clause_start(parse, start), floor)
        while ind_start < start and parse[ind_start] in "、,和及与":
            ind_start += 1
        joints = list(JOINT.finditer(parse, ind_start, start))
        ind_start = joints[-1].end() if joints else ind_start
        lead = LEAD_WORDS.match(parse, ind_start, start)
        ind_start = lead.end() if lead else ind_start
        subject = BASELINE_TAIL.sub("", text[ind_start:start].strip())
        indicator = TAIL_WORDS.sub("", subject)
        object_first = not indicator or indicator.endswith(OBJECT_CUES)
    if object_first:
        tail = OBJECT_TAIL.match(parse, number_end)
        indicator, ind_end = text[number_end: tail.end()].strip(), tail.end()
        ind_start = start
        if not indicator:  # 新增律师50名: the object stands between the cue and the number
            cue = re.match(_CUE, parse[start:number_start])
            indicator = text[start + (cue.end() if cue else 0): number_start].strip()
    if len(indicator) > 10 and "的" in indicator and len(indicator.rsplit("的", 1)[1]) >= 4:
        indicator = indicator.rsplit("的", 1)[1]  # 政府购买的专职人民调解员数量 -> 专职人民调解员数量
    return {"raw": text[min(ind_start, start): max(end, ind_end)].strip(), "indicator": indicator,
            "comparator": comparator, "value": value, "value_low": low, "unit": unit, "year": None,
            "start": min(ind_start, start), "end": max(end, ind_end)}


JOINT_RATIOS = re.compile(r"(?P<head>.*?)(?P<first>[\u4e00-\u9fff]{1,4}率)[和及与、](?P<second>[\u4e00-\u9fff]{1,4}率)")


def _split_joint_ratios(row: dict) -> list[dict]:
    """建成率和有效运行率达100%: one commitment on two indicators gives two rows."""
    match = JOINT_RATIOS.fullmatch(row["indicator"])
    if not match:
        return [row]
    return [{**row, "indicator": match["head"] + match[part]} for part in ("first", "second")]


def _resolve_ellipsis(rows: list[dict], parse: str) -> None:
    """Fill or complete indicators left implicit after an earlier one in the same sentence."""
    for previous, row in zip(rows, rows[1:]):
        if sentence_start(parse, row["start"]) != sentence_start(parse, previous["start"]):
            continue
        if not row["indicator"]:
            row["indicator"] = previous["indicator"]
        elif len(row["indicator"]) <= 3 and RATIO_WORD.fullmatch(row["indicator"]):
            head = RATIO_WORD.fullmatch(previous["indicator"])
            if head and head["head"] and not row["indicator"].startswith(head["head"]):
                row["indicator"] = head["head"] + row["indicator"]


def _target_year(row: dict, deadlines: list[dict], parse: str) -> int | None:
    """Year of the last deadline stated before the target in the same sentence."""
    begin = sentence_start(parse, row["start"])
    years = [int(d["date"][:4]) for d in deadlines if begin <= d["start"] < row["end"]]
    return years[-1] if years else None
