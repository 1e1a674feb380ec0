"""Helpers shared by the extractors: spans that cite other documents, and clause boundaries.

All extractors read the *parse view* of a text (full-width folded, traditional simplified; see
``policycompare.ingest.parse_view``), which has the same length as the stored text, so every span
found here is also a span of what the page said.
"""

from __future__ import annotations

import re

from ..numerals import DOC_NUMBER, DOC_NUMBER_TAIL

TITLE_MARKS = re.compile("[《》]")
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
    return sorted(spans)


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


def _after_last(parse: str, marks: str, offset: int) -> int:
    floor = max(0, offset - LOOK_BACK)
    return max(max(parse.rfind(mark, floor, offset) for mark in marks) + 1, floor)


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
