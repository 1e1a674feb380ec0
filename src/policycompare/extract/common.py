"""Helpers shared by the extractors: spans that cite other documents, and clause boundaries.

All extractors read the *parse view* of a text (full-width folded, traditional simplified; see
``policycompare.ingest.parse_view``), which has the same length as the stored text, so every span
found here is also a span of what the page said.
"""

from __future__ import annotations

import bisect
import functools
import re

from ..numerals import DOC_NUMBER, DOC_NUMBER_TAIL

TITLE_MARKS = re.compile("[《》]")
RATE_WORD = re.compile(r"率|比例|比重|占比")  # what names a rate or a share, anywhere in some words
RATE_END = re.compile(rf"(?:{RATE_WORD.pattern})\Z")  # words that end by naming one (诉求解决率)
CLAUSE_MARKS = ",;。!?:"
SENTENCE_MARKS = "。!?;"
# How far back a clause or sentence start is looked for: a run of text with no break longer than
# this is cut, so no look-back makes an extractor quadratic.
LOOK_BACK = 300


def cited_spans(parse: str) -> list[tuple[int, int]]:
    """Spans that name other documents: 《titles》 (nested brackets too) and document numbers.

    Dates and numbers inside them belong to the cited document, not to this one.

    >>> text = "落实《纲要(2015—2020年)》和(市办发〔2010〕8号)"
    >>> [text[a:b] for a, b in cited_spans(text)]
    ['《纲要(2015—2020年)》', '市办发〔2010〕8号']
    """
    return list(_cited_spans(parse))


@functools.lru_cache(maxsize=8)  # every extractor asks for the spans of the same measure text
def _cited_spans(parse: str) -> tuple[tuple[int, int], ...]:
    spans, depth, start = [], 0, 0
    for match in TITLE_MARKS.finditer(parse):
        index, ch = match.start(), match.group()
        if ch == "《":
            if depth == 0:
                start = index
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
    if DOC_NUMBER_TAIL.search(parse):
        spans.extend(match.span() for match in DOC_NUMBER.finditer(parse))
    return tuple(sorted(spans))


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps any of ``spans``.

    >>> inside([(0, 4)], 3, 6), inside([(0, 4)], 4, 6)
    (True, False)
    """
    return any(a < end and start < b for a, b in spans)


class Coverage:
    """Spans already taken in a text, tested and marked in time proportional to their length.

    A list of spans tested one by one makes a text with many dates quadratic; a byte per character
    does not.

    >>> taken = Coverage(10); taken.add(2, 4)
    >>> taken.overlaps(3, 6), taken.overlaps(4, 6)
    (True, False)
    """

    def __init__(self, size: int, spans=()):
        self._taken = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as taken."""
        self._taken[start:end] = b"\x01" * max(0, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any character of ``[start, end)`` is taken."""
        return self._taken.find(1, start, end) >= 0


_BREAKS: dict[str, tuple[str, list[int]]] = {}  # marks -> (the last text seen, offsets of its marks)


@functools.cache
def _mark_class(marks: str) -> re.Pattern:
    """The marks as a class; a colon between digits is a scale or a time (1:500, 8:30), no break."""
    if ":" not in marks:
        return re.compile(f"[{re.escape(marks)}]")
    return re.compile(f"[{re.escape(marks.replace(':', ''))}]|(?<!\\d):|:(?!\\d)")


def _breaks(parse: str, marks: str) -> list[int]:
    """Offsets of ``marks`` in ``parse``, found once per text (extractors ask for many offsets)."""
    cached = _BREAKS.get(marks)
    if cached is None or cached[0] is not parse:
        cached = (parse, [m.start() for m in _mark_class(marks).finditer(parse)])
        _BREAKS[marks] = cached
    return cached[1]


_MATCHES: dict = {}  # pattern -> (the last text seen, match starts, matches)


def matches_of(pattern: re.Pattern, parse: str) -> tuple[list[int], list[re.Match]]:
    """All matches of ``pattern`` in ``parse`` and their starts, found once per text.

    An extractor that asks, for each of many numbers, whether a word stands before it, looks the
    answer up here (a bisection) instead of searching the text again.

    >>> matches_of(re.compile("达"), "甲达乙达")[0]
    [1, 3]
    """
    cached = _MATCHES.get(pattern)
    if cached is None or cached[0] is not parse:
        found = list(pattern.finditer(parse))
        cached = (parse, [m.start() for m in found], found)
        _MATCHES[pattern] = cached
    return cached[1], cached[2]


def matches_ending_in(pattern: re.Pattern, parse: str, word: str, lead: int, admit=None) -> list[re.Match]:
    """``list(pattern.finditer(parse))`` for a pattern whose every match holds ``word`` at most ``lead``
    characters after its start: each start is tried only where ``word`` stands that close after it, or
    at it (and, with ``admit``, only where ``admit(parse, start)`` is true).

    A pattern that opens with a lazy run of name characters (``…{2,12}?主管部门``) costs a run at
    every position of the text when searched; here, a few positions before each ``word``.

    >>> [m.group() for m in matches_ending_in(re.compile(r"[甲乙丙]{1,3}?部门"), "甲部门和乙丙部门", "部门", 3)]
    ['甲部门', '乙丙部门']
    """
    found, tried, at = [], 0, parse.find(word)
    while at >= 0:
        for start in range(max(tried, at - lead), at + 1):  # in order: the first to match is the leftmost
            match = pattern.match(parse, start) if admit is None or admit(parse, start) else None
            if match and match.end() >= at + len(word):  # it holds this occurrence (not an earlier name ending before it)
                found.append(match)
                tried = match.end()
                break
        else:
            tried = max(tried, at)
        at = parse.find(word, max(at + 1, tried))
    return found


def matches_in(pattern: re.Pattern, parse: str, start: int, end: int) -> list[re.Match]:
    """The matches of ``pattern`` (found once per text) that start in ``[start, end)``.

    >>> [m.start() for m in matches_in(re.compile("年"), "今年去年明年", 1, 4)]
    [1, 3]
    """
    starts, found = matches_of(pattern, parse)
    return found[bisect.bisect_left(starts, start): bisect.bisect_left(starts, end)]


def any_match(pattern: re.Pattern, parse: str, start: int, end: int) -> bool:
    """Whether a match of ``pattern`` (found once per text) starts in ``[start, end)``.

    >>> any_match(re.compile("以来"), "今年以来,达到", 0, 4), any_match(re.compile("以来"), "今年以来,达到", 4, 7)
    (True, False)
    """
    starts, _ = matches_of(pattern, parse)
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def _after_last(parse: str, marks: str, offset: int) -> int:
    positions = _breaks(parse, marks)
    index = bisect.bisect_left(positions, offset)
    return max(positions[index - 1] + 1 if index else 0, offset - LOOK_BACK, 0)


def paragraph_start(parse: str, offset: int) -> int:
    """Offset just after the line break before ``offset`` (0 if none), however far back it is.

    >>> paragraph_start("甲。\\n乙。丙", 5)
    3
    """
    positions = _breaks(parse, "\n")
    index = bisect.bisect_left(positions, offset)
    return positions[index - 1] + 1 if index else 0


def sentence_start(parse: str, offset: int) -> int:
    """Offset just after the sentence break before ``offset`` (0 if none).

    >>> sentence_start("甲。乙,丙", 5)
    2
    """
    return _after_last(parse, SENTENCE_MARKS, offset)


def clause_start(parse: str, offset: int) -> int:
    """Offset just after the clause break (comma, colon, full stop…) before ``offset``.

    >>> clause_start("甲。乙,丙", 5)
    4
    """
    return _after_last(parse, CLAUSE_MARKS, offset)
