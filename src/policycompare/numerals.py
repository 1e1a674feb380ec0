"""Chinese numerals and dates, parsed only where a whole token is known to be a number.

The numeral library (cn2an) is never run over running text: a rewriter that sees 统一 as
统1 is exactly the failure researchers complain about. Callers cut out the numeral first
(an outline label, the year of a date) and hand only that to :func:`parse_numeral`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# Characters that stand for a Chinese numeral digit or unit: the one set every module uses.
CN_DIGITS = "〇零一二两三四五六七八九十百千万"
# Zero is often typed as the Latin letter O, a full-width Ｏ/０ or the circle ○ in scraped pages.
ZERO_LOOKALIKES = "Oo○Ｏｏ０"
_ZERO_LOOKALIKES = str.maketrans({ch: "〇" for ch in ZERO_LOOKALIKES})
YEAR_DIGITS = CN_DIGITS + ZERO_LOOKALIKES
_YEAR_DIGITS = f"[{YEAR_DIGITS}]"
_BARE_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# 市办发〔2010〕8号, 津司发[2017]92号: a document number, a year and a serial in brackets; some
# organs print an ordinal 第 before the serial (丰政字〔2022〕第18号).
# The tail of a document number: a cheap test that spares most texts the search for the whole
# number, which tries up to 12 characters before every bracket.
_DOC_NUMBER_TAIL = r"(?:19|20)\d\d\s*[〕\])】]\s*第?\s*\d{1,4}\s*号"
DOC_NUMBER_TAIL = re.compile(_DOC_NUMBER_TAIL)
# (a bracketed part inside the organ's prefix stays in it: 宁建（城）发〔2026〕12号, 粤财（社）发)
DOC_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,12}}(?:[(（][\u4e00-\u9fff]{{1,3}}[)）][\u4e00-\u9fff]{{1,4}})?[〔\[(【]\s*{_DOC_NUMBER_TAIL}")

# 2017年5月3日 / 2017-05-03 / 2017.5.3 / 二O一O年五月十一日 / 二0一0年九月二十六日 (a digit 0 among numerals)
DATE_PATTERN = re.compile(
    rf"(?P<year>(?:19|20)\d\d|{_YEAR_DIGITS}{{4}}|[一二][{YEAR_DIGITS}0]{{3}})\s*(?P<sep>年|-|/|\.)\s*"
    rf"(?P<month>\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*(?:月|(?P=sep))\s*"
    rf"(?P<day>\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*日?"
)


@lru_cache(maxsize=8192)  # cn2an takes ~0.1 ms a token; a corpus repeats few numerals (三, 十, 二十 …)
def parse_numeral(token: str) -> int:
    """Return the integer value of one numeral token, Chinese or Arabic.

    Raises ``ValueError`` when the token is not a number as a whole.

    >>> parse_numeral("二十二"), parse_numeral("二O一O"), parse_numeral("１２"), parse_numeral("万")
    (22, 2010, 12, 10000)
    """
    text = token.strip().translate(_ZERO_LOOKALIKES)
    if text.isdigit():
        return int(text)  # int() reads full-width digits too
    if text in _BARE_UNITS:  # 每万人: cn2an reads 十 but not a bare 万
        return _BARE_UNITS[text]
    plain = _plain_numeral(text)
    if plain is not None:
        return plain
    import cn2an  # imported on first use only: compiling its patterns costs each process ~0.25 s

    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"not a numeral: {token!r}") from exc


_DIGIT_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DIGIT_CHARS = str.maketrans({ch: str(value) for ch, value in _DIGIT_VALUES.items()})


def digits_of(token: str) -> str:
    """A run of numerals read digit by digit, as a decimal fraction is (百分之五点〇五 -> 05).

    >>> digits_of("〇五"), digits_of("二五")
    ('05', '25')
    """
    return token.translate(_DIGIT_CHARS)
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}


def _plain_numeral(text: str) -> int | None:
    """The value of a numeral written in the plain form (二十三, 一百零五, 三万五千, 二〇二五), or
    ``None`` for anything else (三千五, 亿 …), which :func:`parse_numeral` leaves to cn2an. Plain
    numerals are nearly all a corpus holds: read here, a worker process never loads cn2an.

    >>> _plain_numeral("一百零五"), _plain_numeral("二〇二五"), _plain_numeral("三千五")
    (105, 2025, None)
    """
    if not text or any(ch not in _DIGIT_VALUES and ch not in _UNIT_VALUES and ch != "万" for ch in text):
        return None
    if all(ch in _DIGIT_VALUES for ch in text):  # read digit by digit (二〇二五), as cn2an does
        return int("".join(str(_DIGIT_VALUES[ch]) for ch in text)) if text[0] not in "两〇零" or len(text) == 1 else None
    head, _, tail = text.partition("万")
    high = _plain_section(head) if head else None
    if high is None or "万" in tail:
        return None
    if not tail:
        return high * 10_000 if "万" in text else high
    if tail[0] in "零〇":  # 一万零五百: the rest below a thousand
        low = _plain_section(tail[1:])
        return None if low is None or not 0 < low < 1000 or tail[1] in "零〇十" else high * 10_000 + low
    low = _plain_section(tail)  # 三万五千: the rest from the thousands (三万五 is 35,000: left to cn2an)
    return None if low is None or len(tail) < 2 or tail[1] != "千" else high * 10_000 + low


def _plain_section(text: str) -> int | None:
    """A numeral below 10,000 with its units (三千零五十, 十五), or ``None`` when not plain."""
    total, digit, last_unit, after_zero = 0, None, 10_000, False
    for index, ch in enumerate(text):
        if ch in "零〇":
            if digit is not None or after_zero or last_unit not in (100, 1000) or index == len(text) - 1:
                return None  # 零 marks a gap after 百 or 千, before what follows
            after_zero = True
        elif ch in _DIGIT_VALUES:
            if digit is not None:
                return None
            digit = _DIGIT_VALUES[ch]
        else:
            unit = _UNIT_VALUES[ch]
            if digit is None and not (unit == 10 and index == 0):
                return None  # only 十 stands without its digit, at the start
            if unit >= last_unit or (last_unit < 10_000 and (unit >= last_unit // 10 if after_zero else unit != last_unit // 10)):
                return None  # units fall one after another; a gap, and only a gap, is written with 零 (三千零五十)
            total += (1 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, unit, False
    if digit is not None:  # a last digit: ones only after 十, after 零, or alone (一百五 is 150)
        if last_unit not in (10, 10_000) and not after_zero:
            return None
        total += digit
    return total


@lru_cache(maxsize=8192)  # tokens that are no numeral too (parse_numeral's cache keeps no exception)
def numeral_or_none(token: str) -> int | None:
    """The value of a numeral token, or ``None`` when it is not one (千百万 'millions of', 千零).

    Extractors call this, never :func:`parse_numeral`, so no text makes them raise.

    >>> numeral_or_none("三"), numeral_or_none("千百万"), numeral_or_none("千零")
    (3, None, None)
    """
    if not token or len(token) > 12:  # no numeral an extractor reads is longer
        return None
    try:
        return parse_numeral(token)
    except Exception:  # cn2an raises several types on what it cannot read
        return None


def parse_date(text: str) -> dt.date | None:
    """Parse the first complete date in ``text``; ``None`` if there is none or it is invalid.

    >>> parse_date("二O一O年五月十一日"), parse_date("二0一0年九月二十六日")
    (datetime.date(2010, 5, 11), datetime.date(2010, 9, 26))
    >>> parse_date("成文日期: 2017-05-03"), parse_date("2017年13月1日")
    (datetime.date(2017, 5, 3), None)
    """
    match = DATE_PATTERN.search(text)
    if match is None:
        return None
    return date_from_match(match)


def date_from_match(match: re.Match) -> dt.date | None:
    """Turn a :data:`DATE_PATTERN` match into a date, or ``None`` when it names no real day.

    >>> date_from_match(DATE_PATTERN.search("2020年12月8日"))
    datetime.date(2020, 12, 8)
    """
    year = match["year"] if match["year"].isdigit() else match["year"].replace("0", "〇")
    try:
        return dt.date(parse_numeral(year), *(parse_numeral(match[part]) for part in ("month", "day")))
    except ValueError:
        return None
