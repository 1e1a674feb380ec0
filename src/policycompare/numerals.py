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
# 市办发〔2010〕8号, 津司发[2017]92号: a document number, a year and a serial in brackets.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*\d{1,4}\s*号")
# The tail of a document number: a cheap test that spares most texts the search for the whole
# number, which tries up to 12 characters before every bracket.
DOC_NUMBER_TAIL = re.compile(r"(?:19|20)\d\d\s*[〕\])】]\s*\d{1,4}\s*号")

# 2017年5月3日 / 2017-05-03 / 2017.5.3 / 二O一O年五月十一日
DATE_PATTERN = re.compile(
    rf"(?P<year>(?:19|20)\d\d|{_YEAR_DIGITS}{{4}})\s*(?P<sep>年|-|/|\.)\s*"
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
    import cn2an  # imported on first use: it costs 0.15 s at start-up

    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"not a numeral: {token!r}") from exc


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

    >>> parse_date("二O一O年五月十一日")
    datetime.date(2010, 5, 11)
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
    try:
        return dt.date(*(parse_numeral(match[part]) for part in ("year", "month", "day")))
    except ValueError:
        return None
