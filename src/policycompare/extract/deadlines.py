"""By when: deadlines and recurring schedules, normalised, with the raw phrase kept.

Forms handled (on the parse view, so full-width digits and brackets read alike):

* absolute: 2017年年底前, 2010年6月底前, 2012年前, 到2020年, 力争在2025年, 二〇一七年底前;
* staged: 2010年年底…2011年年底…至2012年年底 gives three rows;
* windows: 三年(2010-2012年)内, “十四五”期间 (five-year plans end in a known year);
* relative to the document's date: 完成时限:全年, 年底前, 上半年, 今年, 6月底前;
* recurring: 每年, 每年度, 每半年, 每季度, 每月, with an optional day (每年12月31日前, 每年一月底之前).

A deadline that cannot be resolved keeps its raw text with an empty date and a note; no date is
ever guessed. Years inside cited documents (《…(2015—2020年)》, 〔2010〕8号) are not deadlines,
and neither are years that date the past (2009年,市局确定…) or a start (从2010年开始).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..ingest import parse_view
from ..numerals import YEAR_DIGITS, parse_numeral
from .common import cited_spans, inside

COLUMNS = ["raw", "kind", "date", "period", "note", "start", "end"]

_CN = YEAR_DIGITS
_YEAR = rf"(?:19|20)\d\d|[{_CN}]{{4}}"
_MONTH = rf"\d{{1,2}}|[{_CN}]{{1,3}}"

RANGE = re.compile(
    rf"(?:[{_CN}\d]+年\s*)?\(?\s*(?P<first>{_YEAR})\s*年?\s*[-—–~至到]\s*(?P<last>{_YEAR})\s*年\s*\)?\s*(?P<tail>内|期间|以内)?"
)
ABSOLUTE = re.compile(
    rf"(?P<cue>截止到|截止|截至|力争在|力争到|争取在|争取到|到|至|在|于)?\s*(?P<year>{_YEAR})\s*年\s*"
    rf"(?:(?P<half>上半年|下半年)|第?(?P<quarter>[一二三四1-4])季度|(?P<month>{_MONTH})\s*月\s*(?:(?P<day>\d{{1,2}}|[{_CN}]{{1,3}})\s*日)?)?"
    rf"\s*(?P<end>年底|底|年末|末)?\s*(?P<before>之前|以前|前)?"
)
FIVE_YEAR_PLAN = re.compile(r"[“\"]?十(?P<ordinal>[一二三四五六七八九]?)五[”\"]?\s*(?:期间|末|时期|内)")
DEADLINE_FIELD = re.compile(r"完成时限\s*:\s*(?P<value>[^。)〕;]*)")
# 经过五年的努力 / 用三年时间: a horizon counted from the document's year.
HORIZON = re.compile(rf"(?:经过|用)(?P<years>[{_CN}\d]{{1,2}})年(?:左右)?(?:的)?(?:努力|时间)")
_WITHIN_YEAR = rf"(?P<half>上半年|下半年)|(?P<month>{_MONTH})\s*月\s*底?\s*(?:之前|前)|(?P<year_end>年底前|年底之前|底前|年内)"
# 今年6月底前, 明年上半年, 今年: a year named relative to the document, with an optional part of it
RELATIVE_YEAR = re.compile(rf"(?P<which>今年|明年|次年|当年)(?:\s*(?:{_WITHIN_YEAR}))?")
RELATIVE = re.compile(rf"(?<![\d{_CN}年])(?:{_WITHIN_YEAR.replace('|底前', '')})")
# What follows a date that is not a deadline: the past (已建成, 共有, 以来) or a start (起, 开始).
NOT_AHEAD = re.compile(r"[,\s]?[^,。;]{0,6}?(?:已经|已|共有|共计|累计|以来|至今)|起|开始")
STRONG_CUES = ("到", "至", "截止到", "力争在", "力争到", "争取在", "争取到")
RECURRING = re.compile(
    rf"每(?P<count>[两二三四五\d]?)个?(?P<unit>年度|半年|年|季度|季|月|周|星期)"
    rf"(?:\s*(?P<by>(?:(?:{_MONTH})\s*月\s*(?:(?:\d{{1,2}}|[{_CN}]{{1,3}})\s*日|底))\s*(?:之前|以前|前)))?"
    rf"(?!\s*[\d{_CN}.]+\s*%)"
)
PERIODS = {"年度": "year", "年": "year", "半年": "half-year", "季度": "quarter", "季": "quarter",
           "月": "month", "周": "week", "星期": "week"}
# Last year of each five-year plan: 十五 2001-2005, 十一五 2006-2010, 十四五 2021-2025 …
FIVE_YEAR_END = {"": 2005, **{ch: 2005 + 5 * n for n, ch in enumerate("一二三四五六七八九", start=1)}}


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def extract_deadlines(text: str, doc_date: str | dt.date | None = None, parse: str | None = None) -> list[dict]:
    """Deadlines and recurring schedules in ``text``, in order of appearance.

    ``doc_date`` (ISO string or date) anchors relative forms such as 全年 and 上半年; without it they
    keep their raw text with an empty date and a note. ``parse`` is the text's parse view when the
    caller has it (defaults to ``text``).

    >>> [(d["raw"], d["kind"], d["date"], d["period"]) for d in extract_deadlines("2017年年底前完成清理,每季度报告一次")]
    [('2017年年底前', 'deadline', '2017-12-31', ''), ('每季度', 'recurring', '', 'quarter')]
    >>> extract_deadlines("完成时限:全年", doc_date="2010-05-11")[0]["date"]
    '2010-12-31'
    """
    parse = parse_view(text)[0] if parse is None else parse
    anchor = dt.date.fromisoformat(doc_date) if isinstance(doc_date, str) and doc_date else doc_date or None
    taken = cited_spans(parse)
    rows: list[dict] = []

    def add(start, end, kind, date=None, period="", note=""):
        if inside(taken, start, end):
            return
        taken.append((start, end))
        rows.append({"raw": text[start:end].strip(), "kind": kind, "date": date.isoformat() if date else "",
                     "period": period, "note": note, "start": start, "end": end})

    for match in RECURRING.finditer(parse):
        count = match["count"]
        period = PERIODS[match["unit"]] if not count else f"{parse_numeral(count)}-{PERIODS[match['unit']]}"
        note = _by_note(match["by"]) if match["by"] else ""
        add(*match.span(), "recurring", period=period, note=note)
    for match in DEADLINE_FIELD.finditer(parse):
        value = match["value"].strip()
        if value in ("全年", "全年度", "本年度"):
            if anchor:
                add(match.start("value"), match.end("value"), "deadline", dt.date(anchor.year, 12, 31),
                    note="the document's year")
            else:
                add(match.start("value"), match.end("value"), "deadline", note="全年 of an undated document")
        elif value in ("长期", "长期坚持", "持续推进", "常态化"):
            add(match.start("value"), match.end("value"), "deadline", note="ongoing, no date")
    for match in RANGE.finditer(parse):
        if match["tail"]:
            add(*match.span(), "deadline", dt.date(parse_numeral(match["last"]), 12, 31), note="end of the period")
        else:
            taken.append(match.span())  # a period naming a plan (2021-2025年…方案) is no deadline
    for match in FIVE_YEAR_PLAN.finditer(parse):
        end = FIVE_YEAR_END[match["ordinal"]]
        if anchor and (end < anchor.year or end == anchor.year and anchor.month >= 10):
            taken.append(match.span())  # “十三五”期间 in a plan written as it ends: the past
            continue
        add(*match.span(), "deadline", dt.date(end, 12, 31), note="end of the five-year plan")
    for match in ABSOLUTE.finditer(parse):
        cue = match["cue"] or ""
        ahead = cue in STRONG_CUES or match["before"] or (match["end"] or match["half"] or match["quarter"]) and not cue.startswith(("截止", "截至"))
        if not ahead or parse[max(0, match.start() - 1): match.start()] in ("从", "自") or NOT_AHEAD.match(parse, match.end()):
            continue  # a bare year, 在2020年…中, 截至2020年底, 从2010年开始, 2019年底已…: not deadlines
        date = _absolute_date(match)
        add(*match.span(), "deadline", date, note="" if date else "not a valid date")
    for match in HORIZON.finditer(parse):
        if anchor:
            add(*match.span(), "deadline", dt.date(anchor.year + parse_numeral(match["years"]), 12, 31),
                note="counted from the document's year")
        else:
            add(*match.span(), "deadline", note="counted from the document's date, which is unknown")
    for pattern in (RELATIVE_YEAR, RELATIVE):
        for match in pattern.finditer(parse):
            if NOT_AHEAD.match(parse, match.end()) or pattern is RELATIVE_YEAR and match["which"] in ("当年", "次年") and match.end() == match.end("which"):
                continue  # 今年以来: the past; a bare 当年 names no deadline
            if not anchor:
                add(*match.span(), "deadline", note="relative to the document's date, which is unknown")
                continue
            date = _relative_date(match, anchor)
            add(*match.span(), "deadline", date, note="relative to the document's date" if date else "not a valid date")
    if anchor:
        for row in rows:
            if row["date"] and row["date"] < anchor.isoformat():
                row["note"] = (row["note"] + "; " if row["note"] else "") + "earlier than the document's date"
    rows.sort(key=lambda row: row["start"])
    return _first_of_each(rows)


def _first_of_each(rows: list[dict]) -> list[dict]:
    """One row per phrase: 到2025年 said twice in a measure is one deadline."""
    seen, unique = set(), []
    for row in rows:
        key = (row["kind"], row["raw"], row["date"], row["period"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def _by_note(by: str) -> str:
    """每年12月31日前 -> 'by 12-31', 每年一月底之前 -> 'by 01-31' (the day within each period)."""
    parts = re.match(rf"(?P<month>{_MONTH})\s*月\s*(?:(?P<day>\d{{1,2}}|[{_CN}]{{1,3}})\s*日)?", by)
    month = parse_numeral(parts["month"])
    if not 1 <= month <= 12:
        return f"{by}: not a valid date"
    day = parse_numeral(parts["day"]) if parts["day"] else calendar.monthrange(2001, month)[1]
    return f"by {month:02d}-{day:02d}"


def _absolute_date(match: re.Match) -> dt.date | None:
    try:
        year = parse_numeral(match["year"])
        if match["half"]:
            return dt.date(year, 6, 30) if match["half"] == "上半年" else dt.date(year, 12, 31)
        if match["quarter"]:
            return _last_day(year, 3 * parse_numeral(match["quarter"]))
        if match["month"]:
            month = parse_numeral(match["month"])
            return dt.date(year, month, parse_numeral(match["day"])) if match["day"] else _last_day(year, month)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


def _relative_date(match: re.Match, anchor: dt.date) -> dt.date | None:
    which = match.groupdict().get("which") or ""
    year = anchor.year + (which in ("明年", "次年"))
    if match["half"]:
        return dt.date(year, 6, 30) if match["half"] == "上半年" else dt.date(year, 12, 31)
    if match["month"]:
        try:
            return _last_day(year, parse_numeral(match["month"]))
        except ValueError:  # calendar.IllegalMonthError is one
            return None
    return dt.date(year, 12, 31)
