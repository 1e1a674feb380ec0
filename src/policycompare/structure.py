"""Stage 2: the outline of a document's body, and its leaves, the measures.

Chinese policy documents number their outline with a fixed family of markers, from the top down:
一、 / (一) / 1. (or 1、 1．) / (1) / ①. The level of a node is its depth in the tree, not its
marker type: a plan may put 1. directly under 一、. A leaf of the tree is a *measure*; a section
with text and no numbered children is a leaf too.

What makes real pages hard, and how each case is handled:

* bodies scraped without line breaks: a marker may also start after white space inside a line,
  but then only when its number continues the sequence (next sibling, or first child);
* numbering that skips (22 then 24), restarts in a later section, or runs on across sections:
  accepted, and skips are recorded as warnings (inside a long line, a skip of one is accepted
  right after a full stop);
* regulations: (一)(二) items inside an article (第五条) enumerate its conditions, so the article
  is the measure;
* false markers (1-2个, 12.4, 〔2010〕8号, (2010-2012年), 一是…): they either do not have a
  marker's shape or do not stand at the start of a paragraph; numbers from 1000 up (a year, in
  2021、2022年) are markers only where they continue the sequence (999. then 1000.);
* a concluding paragraph after the last measure is not part of that measure when the measure's
  siblings are all shorter: it becomes a ``closing`` node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numerals import CN_DIGITS as _CN
from .numerals import parse_numeral

# Marker types in outline order (chapter, section, article, 一、, (一), 1., (1), ①); each named
# group holds the numeral. Regulations use 第一章/第一节/第一条, plans 一、/(一)/1.
MARKER = re.compile(
    rf"(?<![^\s])(?P<marker>"
    rf"第(?P<chapter>[{_CN}]{{1,4}})章"
    rf"|第(?P<part>[{_CN}]{{1,4}})节"
    rf"|第(?P<article>[{_CN}]{{1,4}})条"
    rf"|(?P<cn>[{_CN}]{{1,4}})(?:、|\.(?![{_CN}\d]))(?!\s*[{_CN}\d]{{1,2}}\s*(?:季度|月|日|号))"
    rf"|\((?P<pcn>[{_CN}]{{1,4}})\)、?"
    rf"|(?P<ar>\d{{1,4}})\s?(?:\.(?!\d)|、(?!\s*\d{{1,2}}\s*(?:季度|月|日|号)))"
    rf"|\(?(?P<par>\d{{1,4}})\)"
    rf"|(?P<circ>[①-⑳])"
    rf")"
)
MARKER_TYPES = ("chapter", "part", "article", "cn", "pcn", "ar", "par", "circ")
RANK = {name: rank for rank, name in enumerate(MARKER_TYPES, start=1)}
SEQUENCE_ONLY = 1000  # from here on a number is more often a year than an item: it must continue a sequence
PARAGRAPH_END = re.compile(r"[。;!?]\s+$")
# (?<!…) guards: a run of blanks is tried from its first character only, never from each (linear)
PARAGRAPH_BREAK = re.compile(r"(?<![ \t])[ \t]*\n\s*|(?<=[。;!?])[ \t]+(?=\S)")
HEADING_END = re.compile(r"[。;!?\n]|(?<!\s)\s+(?=\S)")
LEAD_PHRASE = re.compile(r"[^,。;:\s]{2,15}:")  # 司法所建设:完成全市…
KEEPS_MEASURE = re.compile(r"(?:责任|牵头|监督|配合)(?:单位|部门|处室)\s*:|完成时限|[(〔][^()〔〕]{2,30}(?:处|室|局)[)〕]")
BRACKETS = {"(": ")", "〔": "〕", "【": "】", "《": "》", "[": "]"}
BRACKET_CHARS = re.compile("[" + re.escape("".join(BRACKETS) + "".join(BRACKETS.values())) + "]")


@dataclass
class Node:
    """One node of the outline: a section, a measure, or the preamble/closing text around them."""

    kind: str  # section | measure | preamble | closing
    marker_type: str
    number: int | None
    label: str  # the marker as the page writes it, e.g. "（一）" or "6."
    key: str  # the marker in path form, e.g. "(一)" or "6"
    char_start: int
    char_end: int
    content_start: int  # first character after the marker
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)
    heading: str = ""

    @property
    def path(self) -> str:
        """Labels from the top down, e.g. ``二/(一)/3``."""
        keys, node = [], self
        while node is not None and node.key:
            keys.append(node.key)
            node = node.parent
        return "/".join(reversed(keys))

    @property
    def level(self) -> int:
        """Depth in the outline, 1 for the top level (0 for preamble and closing)."""
        return self.path.count("/") + 1 if self.key else 0


@dataclass
class Outline:
    """The outline of one body: every node in document order, plus warnings found on the way."""

    nodes: list[Node]
    warnings: list[tuple[int, str]]  # (character offset, message)

    @property
    def measures(self) -> list[Node]:
        """The leaves of the outline, in document order."""
        return [node for node in self.nodes if node.kind == "measure"]


def _path_key(kind: str, value: str) -> str:
    if kind in ("pcn", "par"):
        return f"({value})"
    return {"chapter": f"第{value}章", "part": f"第{value}节", "article": f"第{value}条"}.get(kind, value)


def _candidates(parse: str, start: int, end: int):
    """Every marker-shaped token standing after white space, with whether it starts a line and
    where the white space before it starts."""
    for match in MARKER.finditer(parse, start, end):
        kind = next(name for name in MARKER_TYPES if match[name])
        try:
            number = parse_numeral(match[kind]) if kind != "circ" else ord(match[kind]) - ord("①") + 1
        except ValueError:
            continue
        blank = _blank_before(parse, start, match.start())
        yield match, kind, number, blank == start or parse[blank - 1] == "\n", blank


def _blank_before(parse: str, start: int, position: int) -> int:
    """Start of the white space (within its line) that ends at ``position``.

    Only the run before each marker is scanned, so all candidates together cost one pass.
    """
    while position > start and parse[position - 1] != "\n" and parse[position - 1].isspace():
        position -= 1
    return position


def _expected(stack: list[Node], kind: str, last_of_kind: dict[str, int]) -> set[int]:
    """Numbers a marker of ``kind`` may carry to continue the outline as it stands."""
    for node in reversed(stack):
        if node.marker_type == kind:
            return {node.number + 1}
    return {1, last_of_kind.get(kind, 0) + 1}


def parse_outline(text: str, parse: str, start: int = 0, end: int | None = None) -> Outline:
    """Segment ``text[start:end]`` into its outline; ``parse`` is the same-length parse view.

    >>> body = "前言。\\n一、总则\\n(一)第一条。内容。\\n(二)第二条。\\n二、附则\\n说明。"
    >>> [(n.kind, n.path, n.heading) for n in parse_outline(body, body).nodes]
    [('preamble', '', '前言'), ('section', '一', '总则'), ('measure', '一/(一)', '第一条'), ('measure', '一/(二)', '第二条'), ('measure', '二', '附则')]
    """
    end = len(text) if end is None else end
    stack: list[Node] = []
    nodes: list[Node] = []
    warnings: list[tuple[int, str]] = []
    last_of_kind: dict[str, int] = {}
    for match, kind, number, at_line_start, blank in _candidates(parse, start, end):
        if any(node.marker_type == "article" for node in stack) and RANK[kind] > RANK["article"]:
            continue  # (一)(二) inside an article enumerate its conditions: the article is the measure
        expected = _expected(stack, kind, last_of_kind)
        if number >= SEQUENCE_ONLY and number not in expected:
            continue  # 2021、2022年 or (2020): a four-digit number is a marker only where the sequence says so
        if number not in expected:
            after_paragraph = PARAGRAPH_END.search(parse, max(start, blank - 3), match.start("marker"))
            if not at_line_start and not (after_paragraph and 0 < number - max(expected) <= 1):
                continue  # inside a paragraph only a continuing number (or one skip after a full stop) is a marker
            previous = max(expected) - 1
            if previous == 0:
                warnings.append((blank, f"numbering starts at {number}"))
            elif number > previous + 1:
                warnings.append((blank, f"numbering skips from {previous} to {number}"))
            else:  # back to an earlier number among siblings: a second document, or a typo
                warnings.append((blank, f"numbering goes back to {number} after {previous}"))
        while stack and RANK[stack[-1].marker_type] >= RANK[kind]:
            stack.pop()
        label_start = match.start("marker")
        node = Node(
            kind="section", marker_type=kind, number=number,
            label=text[label_start: match.end()].strip(), key=_path_key(kind, match[kind]),
            char_start=label_start, char_end=end, content_start=match.end(),
            parent=stack[-1] if stack else None,
        )
        if node.parent:
            node.parent.children.append(node)
        stack.append(node)
        nodes.append(node)
        last_of_kind[kind] = number
    _close_spans(nodes, text, start, end)
    for node in nodes:
        node.kind = "section" if node.children else "measure"
        node.heading = heading_of(text, parse, node.content_start, _own_end(node))
    nodes = _frame(nodes, text, parse, start, end, warnings)
    warnings.extend(_bracket_warnings(parse, nodes))
    return Outline(nodes, warnings)


def _close_spans(nodes: list[Node], text: str, start: int, end: int) -> None:
    """A node runs until the next node that is not its descendant; trailing space is trimmed."""
    open_nodes: list[Node] = []
    for node in nodes:
        while open_nodes and open_nodes[-1] is not node.parent:
            closed = open_nodes.pop()
            closed.char_end = _rstrip(text, closed.char_start, node.char_start)
        open_nodes.append(node)
    for node in open_nodes:
        node.char_end = _rstrip(text, node.char_start, end)


def _own_end(node: Node) -> int:
    """End of the text that belongs to the node itself, before its first child."""
    return node.children[0].char_start if node.children else node.char_end


def _rstrip(text: str, start: int, stop: int) -> int:
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop


def heading_of(text: str, parse: str, start: int, stop: int) -> str:
    """The heading of a node: its first sentence, or a short lead phrase ended by a colon.

    >>> s = "进一步推进权责清单制度。坚持……"
    >>> heading_of(s, s, 0, len(s))
    '进一步推进权责清单制度'
    """
    while start < stop and parse[start].isspace():
        start += 1
    lead = LEAD_PHRASE.match(parse, start, stop)
    if lead:
        return text[start: lead.end() - 1]
    match = HEADING_END.search(parse, start, stop)
    return text[start: match.start() if match else stop].strip()


def paragraphs(parse: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Paragraph spans in ``parse[start:stop]``: split at line breaks, and at white space after a
    full stop (the only trace of a paragraph in a page scraped without line breaks).

    >>> paragraphs("甲。乙。 丙。\\n丁", 0, 9)
    [(0, 4), (5, 7), (8, 9)]
    """
    spans, cursor = [], start
    for match in PARAGRAPH_BREAK.finditer(parse, start, stop):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < stop:
        spans.append((cursor, stop))
    return spans


def _frame(nodes, text, parse, start, end, warnings) -> list[Node]:
    """Add the preamble before the first marker and a closing after the last measure."""
    framed = list(nodes)
    first = nodes[0].char_start if nodes else end
    pre_start = start
    while pre_start < first and text[pre_start].isspace():
        pre_start += 1
    if pre_start < first:
        pre_end = _rstrip(text, pre_start, first)
        kind = "preamble" if nodes else "measure"
        node = Node(kind, "", None, "", "", pre_start, pre_end, pre_start)
        node.heading = heading_of(text, parse, pre_start, pre_end)
        framed.insert(0, node)
        if not nodes:
            warnings.append((pre_start, "no outline markers found: the whole body is kept as one measure"))
    closing = _closing(nodes, parse)
    if closing is not None:
        last = [n for n in nodes if n.kind == "measure"][-1]
        node = Node("closing", "", None, "", "", closing, last.char_end, closing)
        node.heading = heading_of(text, parse, closing, last.char_end)
        for trimmed in (last, *_ancestors(last)):
            trimmed.char_end = min(trimmed.char_end, _rstrip(text, trimmed.char_start, closing))
        framed.append(node)
    return framed


def _ancestors(node: Node):
    while node.parent is not None:
        node = node.parent
        yield node


def _closing(nodes: list[Node], parse: str) -> int | None:
    """Start of a concluding passage glued to the last measure, or ``None``.

    The last measure is cut when it has more paragraphs than any of its sibling measures: the
    extra paragraphs are the plan's closing words, not part of that measure.
    """
    measures = [n for n in nodes if n.kind == "measure"]
    if not measures:
        return None
    last = measures[-1]
    siblings = [n for n in (last.parent.children if last.parent else [n for n in nodes if n.parent is None])
                if n is not last and n.kind == "measure"]
    if len(siblings) < 2 or last.marker_type in ("article", "chapter", "part"):
        return None  # an article's second paragraph is its second clause (款), never closing words
    longest = max(len(paragraphs(parse, n.content_start, n.char_end)) for n in siblings)
    spans = paragraphs(parse, last.content_start, last.char_end)
    if len(spans) <= longest or KEEPS_MEASURE.search(parse, spans[longest][0], last.char_end):
        return None  # a note or a deadline after the extra paragraph ties it to the measure
    return spans[longest][0]


def _bracket_warnings(parse: str, nodes: list[Node]) -> list[tuple[int, str]]:
    """Unbalanced brackets inside a node: a warning, never a failure."""
    found = []
    for node in nodes:
        if node.kind == "section":
            continue
        stack: list[tuple[str, int]] = []
        for match in BRACKET_CHARS.finditer(parse, node.content_start, node.char_end):
            ch = match.group()
            if ch in BRACKETS:
                stack.append((ch, match.start()))
            elif stack and BRACKETS[stack[-1][0]] == ch:
                stack.pop()
            else:
                found.append((match.start(), f"unmatched closing bracket {ch!r} in {node.path or node.kind}"))
        found.extend((offset, f"unclosed bracket {ch!r} in {node.path or node.kind}") for ch, offset in stack)
    return found
