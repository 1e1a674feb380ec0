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
  siblings are all shorter: it becomes a ``closing`` node;
* task tables (序号 | 工作任务 | 责任单位 | 完成时限, rows of tab- or ``|``-separated cells): each row is
  a measure under the section the table stands in (``二/3``); a row with an empty or repeated
  序号 continues the row above, an empty unit or deadline cell repeats the one above (a merged
  cell), a row holding only 一、… is a group; the header words are data
  (``data/table_columns.csv``) and :func:`measure_view` hands the cells to extraction as a note;
* lines that are not outline: a table of contents (目录) before the chapters, and the attachment
  list, 抄送, 印发 and contact lines after the text (``trailer`` nodes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .extract.lexicon import table as _data_table
from .numerals import CN_DIGITS as _CN
from .numerals import parse_numeral

# Marker types in outline order (chapter, section, article, 一、, (一), 1., (1), ①); each named
# group holds the numeral. Regulations use 第一章/第一节/第一条, plans 一、/(一)/1. A marker stands after white space
# or right after a full stop (…年底前改造200台。2.各县…: items a flowed PDF or a one-paragraph page runs on)
MARKER = re.compile(
    rf"(?<![^\s。])(?P<marker>"
    rf"第(?P<volume>[{_CN}]{{1,4}})(?:篇|部分)(?![分之])"  # a plan's 第一篇 or a page's 第一部分, above its chapters
    rf"|第(?P<chapter>[{_CN}]{{1,4}})章"
    rf"|第(?P<part>[{_CN}]{{1,4}})节"
    rf"|第(?P<article>[{_CN}]{{1,4}})条(?!第)"  # (第二十条第(一)项: a citation, no article)
    rf"|第(?P<stage>[{_CN}]{{1,4}})阶段:?"  # 第一阶段:排查摸底(3月20日—4月30日): the stages of a campaign
    # 一、二季度 and 三、四月 list periods; 一、3月20日至… opens an item with its date
    rf"|(?P<cn>[{_CN}]{{1,4}})(?:、|\.(?![{_CN}\d]))(?!\s*[{_CN}]{{1,2}}\s*(?:季度|月|日|号))"
    rf"|\((?P<pcn>[{_CN}]{{1,4}})\)、?"
    rf"|(?P<ar>\d{{1,4}})\s?(?:\.(?:(?!\d)|(?=\d{{1,2}}月)|(?=(?:19|20)\d\d\s?年))|、(?!\s*\d{{1,2}}\s*(?:季度|月|日|号)))"
    rf"|\(?(?P<par>\d{{1,4}})\)"
    rf"|(?P<circ>[①-⑳])"
    rf")"
)
MARKER_TYPES = ("chapter", "part", "article", "cn", "pcn", "ar", "par", "circ", "stage", "volume")
# A decimal outline (应急预案, standards: 1 总则 / 1.1 编制目的 / 2.2.1 …): a number of one to four
# dotted parts at the start of a line, before a heading (a blank, or a character that is no unit of a
# quantity: 1.2万亩 is none). A bare top number (1 总则) is a marker only on a short heading line.
DECIMAL = re.compile(r"(?m)^[ \t\u3000]*(?P<marker>(?P<dec>\d{1,2}(?:\.\d{1,2}){1,3})[.、]?)"
                     r"(?=[ \t\u3000]+\S|[^\s\d.%万亿千百个元米亩吨倍年月日号])")
# the top number may carry a dot (1. 总则 / 1.1 编制目的)
DECIMAL_TOP = re.compile(r"(?m)^[ \t\u3000]*(?P<marker>(?P<dec>\d{1,2})(?:\.(?!\d)|、)?)[ \t\u3000]*(?=[^\s\d.])[^\n。;,:]{2,20}$")
DECIMAL_KINDS = ("dec1", "dec2", "dec3", "dec4")  # by the number of parts: 2 / 2.2 / 2.2.1 / 2.2.1.1
DECIMAL_LINES = 2  # a body numbers its outline this way when this many lines open with 1.1-style numbers
# an attachment (附件1) starts a new outline above every marker; table groups and rows sit below
# whatever section holds their table; decimal levels rank below articles and above 一、
RANK = {"attachment": 0, "volume": 0.5,
        **{name: rank for rank, name in enumerate(MARKER_TYPES, start=1) if name not in ("stage", "volume")},
        "group": 9, "row": 10,
        "stage": 4.5,  # a campaign's stages sit under 一、 (二、实施步骤) and above (一)
        **{name: 3 + (depth + 1) / 10 for depth, name in enumerate(DECIMAL_KINDS)}}
SEQUENCE_ONLY = 1000  # from here on a number is more often a year than an item: it must continue a sequence
PARAGRAPH_END = re.compile(r"[。;!?]\s+$")
# (?<!…) guards: a run of blanks is tried from its first character only, never from each (linear)
PARAGRAPH_BREAK = re.compile(r"(?<![ \t])[ \t]*\n\s*|(?<=[。;!?])[ \t]+(?=\S)")
# a blank ends a heading run into its text, but not the blanks that space out a short heading (总　　则)
HEADING_END = re.compile(r"[。;!?\n]|(?<=\S\S)\s+(?=\S)")
LEAD_PHRASE = re.compile(r"[^,。;:\s]{2,15}:")  # 司法所建设:完成全市…
KEEPS_MEASURE = re.compile(r"(?:责任|牵头|监督|配合)(?:单位|部门|处室)\s*:|完成时限|[(〔][^()〔〕]{2,30}(?:处|室|局)[)〕]")
BRACKETS = {"(": ")", "〔": "〕", "【": "】", "《": "》", "[": "]"}
BRACKET_CHARS = re.compile("[" + re.escape("".join(BRACKETS) + "".join(BRACKETS.values())) + "]")


@dataclass
class Node:
    """One node of the outline: a section, a measure, or the preamble/closing text around them."""

    kind: str  # section | measure | preamble | closing | trailer
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
    cells: list[tuple[str, int, int]] = field(default_factory=list)  # a task-table row's (role, start, end)
    limit: int | None = None  # a table row or group ends with its table, whatever follows
    quantities: dict[int, tuple[str, str]] = field(default_factory=dict)  # a quantity cell's (label, unit) by start

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
    return {"chapter": f"第{value}章", "part": f"第{value}节", "article": f"第{value}条",
            "stage": f"第{value}阶段"}.get(kind, value)


class _Decimal:
    """A decimal marker (2.2.1) shaped as a MARKER match: its kind's group is the number written."""

    def __init__(self, match: re.Match, kind: str):
        self.match, self.kind = match, kind

    def start(self, group: str | int = 0) -> int:
        """Start of the marker (every group starts there)."""
        return self.match.start("marker")

    def end(self, group: str | int = 0) -> int:
        """End of the marker."""
        return self.match.end("marker")

    def __getitem__(self, group: str) -> str | None:
        return self.match["dec"] if group in (self.kind, "marker", "dec") else None


def _decimal_candidates(parse: str, start: int, end: int) -> list[tuple[int, _Decimal]]:
    """Decimal markers of a body that numbers its outline 1 / 1.1 / 1.1.1, or none: the shape is
    taken only when ``DECIMAL_LINES`` lines open with a dotted number, so a stray 1.5 is no marker."""
    dotted = list(DECIMAL.finditer(parse, start, end))
    if len(dotted) < DECIMAL_LINES:
        return []
    found = [(m.start("marker"), _Decimal(m, DECIMAL_KINDS[min(m["dec"].count("."), 3)])) for m in dotted]
    found += [(m.start("marker"), _Decimal(m, "dec1")) for m in DECIMAL_TOP.finditer(parse, start, end)]
    return sorted(found, key=lambda item: item[0])


def _candidates(parse: str, start: int, end: int):
    """Every marker-shaped token standing after white space, with whether it starts a line and
    where the white space before it starts."""
    decimals = _decimal_candidates(parse, start, end)
    taken = {position for position, _ in decimals}
    pending = iter(decimals)
    upcoming = next(pending, None)
    for match in MARKER.finditer(parse, start, end):
        while upcoming is not None and upcoming[0] <= match.start("marker"):
            yield _decimal_event(parse, start, upcoming[1])
            upcoming = next(pending, None)
        if match.start("marker") in taken:
            continue  # 1. of 1.1 is the decimal marker's first part
        kind = next(name for name in MARKER_TYPES if match[name])
        try:
            number = parse_numeral(match[kind]) if kind != "circ" else ord(match[kind]) - ord("①") + 1
        except ValueError:
            continue
        blank = _blank_before(parse, start, match.start())
        yield match, kind, number, blank == start or parse[blank - 1] == "\n", blank
    while upcoming is not None:
        yield _decimal_event(parse, start, upcoming[1])
        upcoming = next(pending, None)


def _decimal_event(parse: str, start: int, marker: _Decimal):
    """A decimal marker as a candidate event; its number is its last part (2.2.3 → 3)."""
    blank = _blank_before(parse, start, marker.start())
    return marker, marker.kind, int(marker["dec"].rsplit(".", 1)[-1]), True, blank


def _blank_before(parse: str, start: int, position: int) -> int:
    """Start of the white space (within its line) that ends at ``position``.

    Only the run before each marker is scanned, so all candidates together cost one pass.
    """
    while position > start and parse[position - 1] != "\n" and parse[position - 1].isspace():
        position -= 1
    return position


WRAPPED_LINE = 25  # a line this long that stops inside a sentence was broken by the page's width


def _hard_wrap_before(parse: str, start: int, line_start: int) -> bool:
    """Whether the line above ``line_start`` is a long line cut inside a sentence (no closing
    punctuation): a PDF's hard wrap, not the end of a heading or a paragraph."""
    if line_start - 1 <= start or parse[line_start - 1] != "\n":
        return False
    above_start = parse.rfind("\n", start, line_start - 1) + 1
    above = parse[max(above_start, start): line_start - 1].strip()
    return len(above) >= WRAPPED_LINE and ("\u4e00" <= above[-1] <= "\u9fff" or above[-1].isdigit())


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
    for event in _events(parse, start, end):
        if isinstance(event, _Item):
            _place_row(event, text, stack, nodes)
            continue
        if isinstance(event, _Trailer):
            _place_trailer(event, text, end, stack, nodes)
            continue
        match, kind, number, at_line_start, blank = event
        if any(node.marker_type == "article" for node in stack) and RANK[kind] > RANK["article"]:
            continue  # (一)(二) inside an article enumerate its conditions: the article is the measure
        expected = _expected(stack, kind, last_of_kind)
        if number >= SEQUENCE_ONLY and number not in expected:
            continue  # 2021、2022年 or (2020): a four-digit number is a marker only where the sequence says so
        if number not in expected:
            after_paragraph = PARAGRAPH_END.search(parse, max(start, blank - 3), match.start("marker"))
            if not at_line_start and not (after_paragraph and 0 < number - max(expected) <= 1):
                continue  # inside a paragraph only a continuing number (or one skip after a full stop) is a marker
            if at_line_start and _hard_wrap_before(parse, start, blank):
                continue  # …划分为 / 三、四级: a line broken inside a sentence (PDF) before an off-sequence number
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
            label=text[label_start: match.end()].strip(),
            key=re.sub(r"\s", "", match["marker"]) if kind == "volume" else _path_key(kind, match[kind]),
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
        node.char_end = node.char_end if node.limit is None else min(node.char_end, node.limit)
        if node.marker_type in ("trailer", "attachment") and not node.children:
            node.kind = "trailer"
        else:
            node.kind = "section" if node.children else "measure"
        node.heading = heading_of(text, parse, node.content_start, _own_end(node))
    _forms_hold_no_measures(nodes, text)
    _one_attachment_unnumbered(nodes)
    nodes = _frame(nodes, text, parse, start, end, warnings)
    warnings.extend(_bracket_warnings(parse, nodes))
    return Outline(nodes, warnings)


FORM_FIELD = re.compile(r"[^,，。;；:：、\t|]{1,8}")  # 1.姓名 / 2.联系电话: a blank form's field, no task


def _forms_hold_no_measures(nodes: list[Node], text: str) -> None:
    """An attachment whose numbered items are all short labels (1.姓名 2.学校 3.联系电话) is a form to
    fill in, not a list of measures: its items become trailer nodes."""
    for node in nodes:
        if node.marker_type != "attachment" or not node.children:
            continue
        items = [n for n in nodes if n is not node and _under(n, node)]
        if all(n.kind != "measure" or FORM_FIELD.fullmatch(text[n.content_start:n.char_end].strip()) for n in items):
            for item in [node, *items]:
                item.kind = "trailer"
            node.children = []


def _under(node: Node, ancestor: Node) -> bool:
    parent = node.parent
    while parent is not None and parent is not ancestor:
        parent = parent.parent
    return parent is ancestor


def _one_attachment_unnumbered(nodes: list[Node]) -> None:
    """The outline of the only attachment that has one is under ``附件/`` whatever its line's number
    (附件1 above a task list is the attachment, as the annotations write it); several attachments
    with outlines keep their numbers (附件1/…, 附件2/…), so their rows do not collide."""
    outlined = [node for node in nodes if node.marker_type == "attachment" and node.children]
    if len(outlined) == 1:
        outlined[0].key = "附件"


def _events(parse: str, start: int, end: int):
    """Marker candidates, task-table rows and trailer blocks in document order; markers inside a
    table, a trailer or a table of contents are not outline."""
    contents = _contents_span(parse, start, end)
    trailers = _trailers(parse, start, end)
    tables = task_tables(parse, start, end)
    blocked = sorted(([contents] if contents else []) + [(a, b) for a, b, _ in trailers]
                     + [(a, b) for a, b, _ in tables] + _grids(parse, start, end) + _boxes(parse, start, end))
    others = sorted([(a, 0, _Trailer(a, b, key)) for a, b, key in trailers]
                    + [(row.first, 1, row) for _, _, rows in tables for row in rows], key=lambda item: item[:2])
    cursor, index = 0, 0
    for candidate in _candidates(parse, start, end):
        position = candidate[0].start("marker")
        while index < len(others) and others[index][0] <= position:
            yield others[index][2]
            index += 1
        while cursor < len(blocked) and blocked[cursor][1] <= position:
            cursor += 1
        if cursor < len(blocked) and blocked[cursor][0] <= position:
            continue
        yield candidate
    for _, _, event in others[index:]:
        yield event


def _place_row(row: _Item, text: str, stack: list[Node], nodes: list[Node]) -> None:
    """Put a task-table row (or group) under the node the table stands in."""
    rank = RANK[row.kind]
    while stack and RANK[stack[-1].marker_type] >= rank:
        stack.pop()
    label_start, label_end = row.label
    node = Node("section", row.kind, row.number, text[label_start:label_end].strip(), row.key,
                row.first, row.end, row.content_start,
                parent=stack[-1] if stack else None, cells=row.cells, limit=row.end, quantities=row.quantities)
    if node.parent:
        node.parent.children.append(node)
    stack.append(node)
    nodes.append(node)


@dataclass
class _Trailer:
    start: int
    end: int
    key: str | None  # 附件1 for an attachment line


def _place_trailer(block: _Trailer, text: str, end: int, stack: list[Node], nodes: list[Node]) -> None:
    """A trailer closes every open node; an attachment line also starts a new outline (附件1/…)."""
    block_start, block_end, key = block.start, block.end, block.key
    if key is None:
        nodes.append(Node("trailer", "trailer", None, "", "", block_start, block_end, block_start, limit=block_end))
        return
    stack.clear()
    label_start, content = block_start, block_start
    for line_start, line_end in _line_spans(text, block_start, block_end):  # the signature may come first
        line = text[line_start:line_end]
        found = _trailer_patterns()[0].match(line.lstrip().replace("：", ":"))
        if found:
            label_start = line_start + len(line) - len(line.lstrip())
            content = label_start + found.end()
            break
    node = Node("section", "attachment", None, text[label_start:content].strip(), key, block_start, end, content)
    stack.append(node)
    nodes.append(node)


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
        outlined = any(n.kind in ("section", "measure") for n in nodes)
        kind = "preamble" if outlined else "measure"
        node = Node(kind, "", None, "", "", pre_start, pre_end, pre_start)
        node.heading = heading_of(text, parse, pre_start, pre_end)
        framed.insert(0, node)
        if not outlined:
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
    if len(siblings) < 2 or last.marker_type in ("article", "chapter", "part", "row"):
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
        if node.kind in ("section", "trailer"):
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


# ---------------------------------------------------------------- lines that are not outline

@lru_cache(maxsize=None)
def _trailer_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(attachment line, line-start words, line-end words) from ``data/outline_trailers.csv``."""
    words = {kind: [row["word"] for row in _data_table("outline_trailers") if row["kind"] == kind]
             for kind in ("attachment", "start", "prefix", "end")}
    alt = {kind: "|".join(map(re.escape, sorted(found, key=len, reverse=True))) for kind, found in words.items()}
    attachment = re.compile(
        rf"(?:{alt['attachment']})\s{{0,3}}(?P<n>\d{{1,2}}|[{_CN}]{{1,3}})?\s{{0,3}}(?::|$|(?<=\s)(?=\S)|(?<=\d)(?=\S))")
    # (四、联系方式。局规划科：林某某: a numbered item that only gives a contact closes the text too)
    start = re.compile(rf"(?:(?:[{_CN}]{{1,3}}、|\d{{1,2}}[.、])\s{{0,2}})?(?:{alt['start']})\s{{0,3}}(?:[:\s。]|$)|(?:{alt['prefix']})")
    end = re.compile(rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})\s{{0,3}}日\s{{0,3}}(?:{alt['end']})$")
    return attachment, start, end


@lru_cache(maxsize=1)
def _notes_pattern() -> re.Pattern:
    """A line opening notes on the text (注: / 注释:, data: outline_trailers ``note``)."""
    words = sorted((row["word"] for row in _data_table("outline_trailers") if row["kind"] == "note"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s{{0,2}}:")


LIST_ITEM = re.compile(rf"(?:\d{{1,2}}|[①-⑳]|[{_CN}]{{1,3}})\s?[.、)]?")  # 1. 2、 ① under 附件:
LIST_NUMBER = re.compile(r"(\d{1,2})\s?[.、)]")  # a list item numbered in digits (1. 2、), blank lines may part them


def _line_spans(parse: str, start: int, end: int):
    """``(line start, line end)`` of every line of ``parse[start:end]``."""
    cursor = start
    while cursor < end:
        stop = parse.find("\n", cursor, end)
        stop = end if stop < 0 else stop
        yield cursor, stop
        cursor = stop + 1


def _trailers(parse: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Blocks of lines that close a text rather than belong to its outline: ``(start, end, key)``.

    ``key`` is the attachment's path key (``附件1``) for a 附件 line, else ``None``. An attachment
    line takes the numbered list under it (附件:1.… / 2.…): short lines without a full stop.

    >>> page = "三、要求\\n按时报送。\\n附件:1.任务表\\n  2.台账\\n抄送:市委办。"
    >>> [page[a:b] for a, b, _ in _trailers(page, 0, len(page))]
    ['附件:1.任务表\\n  2.台账', '抄送:市委办。']
    """
    attachment, starts, ends = _trailer_patterns()
    notes = _notes_pattern()
    blocks: list[tuple[int, int, str | None]] = []
    lines = list(_line_spans(parse, start, end))
    index = 0
    while index < len(lines):
        line_start, line_end = lines[index]
        line = parse[line_start:line_end].strip()
        offset = line_start + len(parse[line_start:line_end]) - len(parse[line_start:line_end].lstrip())
        found_at, index = index, index + 1
        found = attachment.match(line)
        if found and "。" not in line and len(line) <= 80:
            block_end, expected = line_end, 1
            # 附件1 alone on its line heads the attachment's own body (its title, then 一、…): no list
            while index < len(lines) and not (found["n"] and not line[found.end():].strip()):
                item = parse[lines[index][0]:lines[index][1]].strip()
                if not item:  # blank lines between the items of a list numbered 1. 2. 3. …
                    after = next((i for i in range(index, len(lines)) if parse[lines[i][0]:lines[i][1]].strip()), None)
                    number = after is not None and LIST_NUMBER.match(parse[lines[after][0]:lines[after][1]].strip())
                    if not number or int(number[1]) != expected:
                        break
                    index = after
                    continue
                if len(item) > 60 or "。" in item or not LIST_ITEM.match(item):
                    break
                number = LIST_NUMBER.match(item)
                expected = int(number[1]) + 1 if number else expected
                block_end = lines[index][1]
                index += 1
            offset = _signature_above(parse, lines[max(0, found_at - 5): found_at], offset)
            blocks.append((offset, _rstrip(parse, offset, block_end), f"附件{found['n'] or ''}"))
        elif notes.match(line):  # 注:1.本公报中… / 注释: over 1. 2.: explanations of the text, not outline
            block_end = line_end
            while index < len(lines) and LIST_NUMBER.match(parse[lines[index][0]:lines[index][1]].strip()):
                block_end, index = lines[index][1], index + 1
            blocks.append((offset, block_end, None))
        elif starts.match(line) or "日" in line and ends.search(line):  # the end words follow a day (日)
            blocks.append((offset, line_end, None))
    return blocks


SIGNATURE_DATE = re.compile(rf"(?:\d{{4}}|[{_CN}〇○零]{{4}})\s?年\s?[\d{_CN}]{{1,3}}\s?月\s?[\d{_CN}]{{1,3}}\s?日$")


def _signature_above(parse: str, lines: list[tuple[int, int]], offset: int) -> int:
    """Start of the signature block (organ lines, then a date line) among ``lines``, the few lines
    right above an attachment line, or ``offset`` when there is none: the signature is not part of
    the last measure."""
    block, dated = offset, False
    for line_start, line_end in reversed(lines):
        line = parse[line_start:line_end].strip()
        if not line:
            continue
        if len(line) > 30 or re.search(r"[。;:]", line) or _is_table_line(line) or MARKER.match(line):
            break
        dated = dated or bool(SIGNATURE_DATE.search(line.strip("()")))
        block = line_start + len(parse[line_start:line_end]) - len(parse[line_start:line_end].lstrip())
    return block if dated else offset


TOC_LINE = 40  # a contents line is short: the test comes before any pattern runs on the line
TOC_LEADER = re.compile(r"[\s.·…_\-—]+\d{0,4}$")  # dot leaders and the page number of a contents line
TOC_PAGE = re.compile(r"(?:\.{3}|…|·{3}|_{3})\s*\d{1,4}$")  # a leader of dots ending in a page number
TOC_PAGED = 3  # lines with a dot leader and a page number that make a table of contents by themselves
TOC_TITLE_STOP = re.compile(r"[,,。;;::!!??]")  # a sentence's punctuation: no line of a contents


def _contents_span(parse: str, start: int, end: int) -> tuple[int, int] | None:
    """A table of contents: the first heading line written again later, with only short lines
    between that hold no sentence (目录 / 第一章 总则 / 第二章 … / 第一章 总则; a group line without
    a number, 组织体系及职责, or the document's title repeated before its text may stand between).
    Contents printed with dot leaders and page numbers (1 总则……6) are contents even when the page
    ends before the text (``_paged_contents``). Returns its span or ``None``.

    >>> page = "目录\\n第一章 总则\\n第二章 附则\\n第一章 总则\\n第一条 为了……"
    >>> span = _contents_span(page, 0, len(page)); page[span[0]:span[1]]
    '第一章 总则\\n第二章 附则\\n'
    >>> page = "总则\\n1.1 编制目的\\n组织体系\\n2.1 指挥机构\\n某县预案\\n1 总则\\n1.1 编制目的\\n为了……"
    >>> span = _contents_span(page, 0, len(page)); page[span[0]:span[1]]
    '1.1 编制目的\\n组织体系\\n2.1 指挥机构\\n某县预案\\n'
    """
    paged = _paged_contents(parse, start, end)
    if paged:
        return paged
    found = [m for m in (pattern.search(parse, start, end) for pattern in (MARKER, DECIMAL, DECIMAL_TOP)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start("marker"))
    line_start = parse.rfind("\n", start, first.start("marker")) + 1
    if parse[max(line_start, start):first.start("marker")].strip():
        return None
    lines = _line_spans(parse, max(line_start, start), end)
    first_start, first_end = next(lines)
    if first_end - first_start > TOC_LINE:
        return None
    head = _toc_key(parse[first_start:first_end])
    for index, (a, b) in enumerate(lines, start=1):
        line = parse[a:b].strip()
        if len(line) > TOC_LINE or TOC_TITLE_STOP.search(line):
            return None
        if _toc_key(line) == head and index > 1:
            return first_start, _parent_heading_before(parse, first_start, a, first)
    return None


def _parent_heading_before(parse: str, start: int, at: int, first: re.Match) -> int:
    """Where the body starts when the contents' first entry (1.1 编制目的) is written again at ``at``:
    at the line just before it when that line is the entry's parent heading (1 总则), which the
    contents left out."""
    number = first.groupdict().get("dec") or ""
    if "." not in number:
        return at
    before = parse[start:at].rstrip()
    line_start = before.rfind("\n") + 1
    parent = DECIMAL_TOP.match(before, line_start) or DECIMAL.match(before, line_start)
    if parent and parent["dec"] == number.rsplit(".", 1)[0]:
        return start + line_start + len(before[line_start:]) - len(before[line_start:].lstrip())
    return at


def _paged_contents(parse: str, start: int, end: int) -> tuple[int, int] | None:
    """The lines from the first to the last of a run of contents lines with dot leaders and page
    numbers (1 总 则……6 / 1.1 目的和依据……6), when the run holds at least ``TOC_PAGED`` of them and
    only short lines without a sentence between them. Returns its span or ``None``.

    >>> page = "目 录\\n1 总 则……6\\n1.1 目的……6\\n2 组织体系……8\\n1 总 则\\n为了……"
    >>> span = _paged_contents(page, 0, len(page)); page[span[0]:span[1]]
    '1 总 则……6\\n1.1 目的……6\\n2 组织体系……8'
    """
    run_start, run_end, count = None, None, 0
    for a, b in _line_spans(parse, start, end):
        line = parse[a:b].strip()
        if line and TOC_PAGE.search(line[-24:]) and len(_toc_key(line)) <= TOC_LINE:
            run_start = a if run_start is None else run_start
            run_end, count = b, count + 1
        elif run_start is not None and (len(line) > TOC_LINE or TOC_TITLE_STOP.search(line)):
            break
    return (run_start, run_end) if count >= TOC_PAGED else None


def _toc_key(line: str) -> str:
    return re.sub(r"\s+", "", TOC_LEADER.sub("", line.strip()[:TOC_LINE]))


# ---------------------------------------------------------------- task tables

UNIT_ROLES = ("lead", "responsible", "cooperate", "supervise", "assess")
NOTE_ROLES = (*UNIT_ROLES, "deadline")  # cells handed to extraction as a note
# an empty cell of these columns repeats the one above (a merged cell); an empty 配合单位 is no unit
REPEATED_ROLES = ("lead", "responsible", "deadline")
GROUP = re.compile(rf"[(]?(?P<n>[{_CN}]{{1,4}})(?:[)]|、|\.|\s|$)")  # 一、 (一) 一 opening a group row
NUMBER_CELL = re.compile(r"\d{1,12}(?:\.\d{1,6})?")
# a column of quantities: its name and, in brackets, its unit (粮食播种面积（亩）, 户数(户), 高标准农田（万亩）, 覆盖率（%）)
# (money columns of a project list, 总投资（万元）, are amounts planned, not targets: reviewsets 28 and 35; in a
# quota table, whose rows are units and not tasks, 新增贷款（亿元） is each unit's quota: reviewsets 71 and 99)
# (其中特殊困难老年人家庭（户）: a part of the column before it, named without its 其中)
# (村（社区）, 乡镇（街道）: a place's kinds in brackets, no unit)
QUANTITY_HEADER = re.compile(r"(?:其中)?(?P<label>[\u4e00-\u9fff]{1,12})[(（](?!社区|街道|镇|乡|村|居)(?P<unit>[\u4e00-\u9fff%]{1,3})[)）]")
def _quantity_header(cell: str, money: bool = False) -> re.Match | None:
    """The name and unit of a header naming a quantity (户数（户）), spaces ignored, else None; a sum of
    money (总投资（万元）) only with ``money`` or when the header names it a target or a task."""
    found = QUANTITY_HEADER.fullmatch(re.sub(r"\s+", "", cell))
    # a sum the column names a target or a task (集体经营性收入目标（万元）, 投资任务（亿元）) is one in any table
    return found if found and (money or not found["unit"].endswith("元") or re.search("目标|任务", found["label"])) else None


def _quota_table(roles: list, cells: list[str]) -> bool:
    """Whether a header's cells and roles (:func:`header_roles`) make a quota table: units or places
    answer for its rows and every other column is a quantity's (no tasks, no things such as a
    project list's 项目名称), so every number under a quantity's header is a unit's quota.

    >>> _quota_table(["number", "responsible", None, "deadline"], ["序号", "银行", "新增贷款（亿元）", "完成时限"])
    True
    >>> _quota_table(["number", None, None, "responsible"], ["序号", "项目名称", "总投资（万元）", "责任单位"])
    False
    """
    unknown = [cell for cell, role in zip(cells, roles) if role is None]
    return "task" not in roles and bool({"responsible", "lead"} & set(roles)) and all(
        _quantity_header(cell, money=True) for cell in unknown)


TOTAL_ROW = re.compile(r"(?:合\s*计|总\s*计|小\s*计)[:：]?")  # a row of sums, opening with its word
RULE_CELL = re.compile(r":?-{3,}:?")  # | --- | :---: |: a Markdown rule under a header, kept in text pasted from a page


@lru_cache(maxsize=None)
def _column_words() -> tuple[tuple[str, str], ...]:
    """``(header word, role)`` pairs, longest word first."""
    rows = [(row["header"], row["role"]) for row in _data_table("table_columns")]
    return tuple(sorted(rows, key=lambda pair: len(pair[0]), reverse=True))


@lru_cache(maxsize=None)
def note_keys() -> dict[str, str]:
    """The key each note role is handed to extraction under: the first header of the role.

    >>> note_keys()["deadline"]
    '完成时限'
    """
    keys: dict[str, str] = {}
    for row in _data_table("table_columns"):
        keys.setdefault(row["role"], row["header"])
    return {role: keys[role] for role in NOTE_ROLES if role in keys}


@lru_cache(maxsize=4096)  # the same few header words, asked of every short line
def column_role(header: str) -> str | None:
    """The role of a task table's column from its header cell, or ``None`` when unknown.

    >>> column_role("牵头单位(部门)"), column_role("完成 时限"), column_role("资金")
    ('lead', 'deadline', None)
    """
    cell = re.sub(r"\s+", "", header)
    if not cell or len(cell) > 12:
        return None
    bare = re.sub(r"[(（][^()（）]*[)）]$", "", cell)
    for word, role in _column_words():
        if bare == word:
            return role
    for word, role in _column_words():
        if word in bare and len(word) >= 2 and role != "place":  # 包干乡镇卫生院 names no place column
            return role
    return None


def header_roles(cells: list[str]) -> list[str | None]:
    """The roles of a header row's cells (:func:`column_role`). A bare 单位 column beside a column of
    duties (单位 | 职责 | 完成时限) or of quotas and no tasks (单位 | 检查数（家）) holds the units that
    do them; elsewhere 单位 is the unit of a measure (指标 | 单位 | 目标值) and has no role.

    >>> header_roles(["序号", "单位", "职责", "完成时限"]), header_roles(["指标", "单位", "目标值"])
    (['number', 'responsible', 'task', 'deadline'], ['task', None, 'task'])
    >>> header_roles(["序号", "单位", "检查数（家）", "完成时限"])
    ['number', 'responsible', None, 'deadline']

    """
    roles = [column_role(cell) for cell in cells]
    bare_unit = [re.sub(r"\s+", "", cell) == "单位" for cell in cells]
    unknown = [cell for cell, role, unit in zip(cells, roles, bare_unit) if role is None and not unit]
    # 单位 | 职责; 序号 | 单位 | 经营企业检查数（家） | 完成时限: beside duties, or beside quotas alone, 单位 names
    # who answers for each row (指标 | 单位 | 绝对数 | 增长（%）: a statistical table, 单位 its units of measure)
    if any("职责" in cell for cell in cells) or (
            unknown and all(map(_quantity_header, unknown)) and not {"task", "responsible", "lead"} & set(roles)):
        roles = ["responsible" if unit else role for role, unit in zip(roles, bare_unit)]
    if "place" in roles:  # 序号 | 街道 | 新建助餐点（个） | 完成时限: each place answers for its quota
        quota = not {"responsible", "lead", "remark", "score"} & set(roles) and (
            "deadline" in roles or any(_quantity_header(cell, money=True) for cell, role in zip(cells, roles) if role is None))
        roles = [("responsible" if quota else None) if role == "place" else role for role in roles]
    return roles


def _with_things_column(roles: list, cells: list[str]) -> list:
    """A table header's roles with, where no column holds tasks but one holds units, the first
    column of unknown header as the task column: 序号 | 小区名称 | 户数（户） | 责任单位 lists things
    each unit answers for, the column naming them is the row's text. Not a page's grid of fields
    (公开责任部门 | 公开形式: | 主动公开).

    >>> _with_things_column(["number", None, None, "responsible"], ["序号", "小区名称", "户数（户）", "责任单位"])
    ['number', 'task', None, 'responsible']
    """
    if "task" in roles or not {"responsible", "lead"} & set(roles) or None not in roles \
            or any(re.search(r"[:：]\s*$", cell) for cell in cells):
        return roles
    unknown = [i for i, role in enumerate(roles) if role is None]
    if "remark" in roles and all(_quantity_header(cells[i], True) or re.search(r"数\s*\Z", cells[i]) for i in unknown):
        return roles  # 承办单位 | 承办件数 | 已答复 | 办结率: counts beside results, what each unit has done
    # 序号 | 街道 | 新建助餐点（个） | 完成时限: with no column naming things, the first quantity's is the text
    things = next((i for i in unknown if not _quantity_header(cells[i], _quota_table(roles, cells))), unknown[0])
    return [*roles[:things], "task", *roles[things + 1:]]


def _grids(parse: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of tables of any kind (two or more lines of three or more cells): a number in a cell
    (1.南浦街道 in a form) is not an outline marker.

    >>> page = "一、表\\n1.甲\\t2\\t3\\n2.乙\\t4\\t5\\n二、完"
    >>> [page[a:b] for a, b in _grids(page, 0, len(page))]
    ['1.甲\\t2\\t3\\n2.乙\\t4\\t5']
    """
    spans, run = [], []
    for a, b in [*_line_spans(parse, start, end), (end, end)]:
        line = parse[a:b]
        if line.count("\t") >= 2 or _pipe_cells(line) >= 3:
            run.append((a, b))
        elif line.strip() or b == end:
            if len(run) >= 2:
                spans.append((run[0][0], run[-1][1]))
            run = []
    return spans


BOX_LINE = re.compile(rf"[ \t\u3000>]*专栏\s?(?:\d{{1,2}}|[{_CN}]{{1,3}})(?![\d{_CN}])")
BOX_END_KINDS = ("volume", "chapter", "part", "article", "cn", "pcn")


def _boxes(parse: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a plan's 专栏 boxes (专栏1 重点工程 / (1)… / (2)…): the items listed in a box are the
    text of the section that holds it, not outline. A box runs from its 专栏 line to the next line
    opening with a chapter, section, article, 一、 or (一) marker, a decimal marker, or another box.

    >>> page = "第一节 提升质量\\n专栏1 重点工程\\n(1)甲工程:新建5万亩。\\n(2)乙工程。\\n第二节 做强产业\\n内容。"
    >>> [page[a:b] for a, b in _boxes(page, 0, len(page))]
    ['专栏1 重点工程\\n(1)甲工程:新建5万亩。\\n(2)乙工程。']
    >>> [page[a:b] for a, b in _boxes(page[:39], 0, 39)]  # a box that ends the text keeps its last line
    ['专栏1 重点工程\\n(1)甲工程:新建5万亩。\\n(2)乙工程。']
    """
    spans, box_start = [], None
    for a, b in [*_line_spans(parse, start, end), (end, end)]:
        line = parse[a:b]
        marker = MARKER.match(line.lstrip())
        # (end, end) closes a box that runs to the end of the text, whose last line ends at end too
        ends = a == end or BOX_LINE.match(line) or DECIMAL_TOP.match(line) or DECIMAL.match(line) \
            or marker and any(marker[kind] for kind in BOX_END_KINDS)
        if box_start is not None and ends:
            spans.append((box_start, _rstrip(parse, box_start, a)))
            box_start = None
        if BOX_LINE.match(line):
            box_start = a + len(line) - len(line.lstrip(" \t\u3000"))
    return spans


def _pipe_cells(line: str) -> int:
    """How many ``|``-separated cells a line holds. A row may open and close with a pipe (Markdown)
    or not (a table pasted as text: 序号 | 工作任务 | 牵头单位); a line without pipes holds none."""
    text = line.strip()
    if "|" not in text:
        return 0
    return text.count("|") + 1 - text.startswith("|") - text.endswith("|")


def _is_table_line(line: str) -> bool:
    # a row opened by a pipe may have two cells (|甲|乙|); a row without one needs three, as a
    # single pipe in running text is no table
    cells = _pipe_cells(line)
    return "\t" in line or cells >= (2 if line.lstrip().startswith("|") else 3)


def _cells(parse: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cell spans of one table line (tab- or ``|``-separated), each without its surrounding blanks."""
    line = parse[start:end]
    if "\t" in line:
        bounds = [-1, *(i for i, ch in enumerate(line) if ch == "\t"), len(line)]
    else:
        pipes = [i for i, ch in enumerate(line) if ch == "|"]  # an outer pipe bounds a cell, no cell of its own
        opened = line.lstrip().startswith("|")
        bounds = ([] if opened else [-1]) + pipes + ([] if line.rstrip().endswith("|") else [len(line)])
    cells = []
    for left, right in zip(bounds, bounds[1:]):
        a, b = start + left + 1, start + right
        while a < b and parse[a].isspace():
            a += 1
        cells.append((a, _rstrip(parse, a, b)))
    return cells


@dataclass
class _Item:
    """One row of a task table as the outline sees it: a group (一、…) or a measure row."""

    kind: str  # group | row
    key: str
    number: int | None
    label: tuple[int, int]  # the number cell
    content_start: int
    end: int
    cells: list[tuple[str, int, int]]  # (role, start, end) of the row's cells, merged cells included
    start: int | None = None  # where a row without a number cell starts: its first cell (阶段 | 时间 | 主要内容)
    quantities: dict[int, tuple[str, str]] = field(default_factory=dict)  # a quantity cell's start -> (label, unit)

    @property
    def first(self) -> int:
        """Where the row's node starts: its number cell, else its first cell, else its content."""
        return self.label[0] if self.label[1] > self.label[0] else self.content_start if self.start is None else self.start


def task_tables(parse: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, list[_Item]]]:
    """Task tables in ``parse[start:end]``: ``(table start, table end, rows)``.

    A task table has a header row naming a task column and a unit or deadline column
    (``data/table_columns.csv``). Rows: a number (序号) starts a measure; an empty or repeated
    number continues the measure above; a row holding only 一、… (or a line without cells
    between rows) is a group; an empty unit or deadline cell repeats the cell above.

    >>> page = "序号\\t工作任务\\t责任单位\\t完成时限\\n1\\t建台账\\t甲局\\t6月底前\\n2\\t抓整改\\t\\t年底前"
    >>> [(row.key, page[row.content_start:row.end]) for row in task_tables(page)[0][2]]
    [('1', '建台账\\t甲局\\t6月底前'), ('2', '抓整改\\t\\t年底前')]
    >>> [page[a:b] for role, a, b in task_tables(page)[0][2][1].cells if role == "responsible"]
    ['甲局']
    """
    end = len(parse) if end is None else end
    lines = [span for span in _line_spans(parse, start, end)]
    tables, index = [], 0
    while index < len(lines):
        a, b = lines[index]
        index += 1
        if not _is_table_line(parse[a:b]):
            cell = parse[a:b].strip()
            found = _column_table(parse, lines, index - 1) if cell and len(cell) <= 4 and column_role(cell) == "number" else None
            if found:
                rows, index = found
                tables.append((a, rows[-1].end, rows))
            continue
        headers = [parse[x:y] for x, y in _cells(parse, a, b)]
        base = header_roles(headers)
        roles = _with_things_column(base, headers)
        if not _is_header(roles):
            continue
        rows, index = _table_rows(parse, lines, index, roles, headers, _quota_table(base, headers))
        if rows:
            for row in rows:
                row.end = row.end if row.kind == "row" else rows[-1].end  # a group runs to the table's end
            tables.append((a, rows[-1].end, rows))
    return tables


def _table_rows(parse: str, lines: list, index: int, roles: list, headers: list[str] = (), quota: bool = False
                ) -> tuple[list[_Item], int]:
    """The rows under a header, and the index of the first line after the table. A number under a
    header naming a quantity and its unit (户数（户）| 612; a sum of money too in a ``quota`` table) is a
    ``quantity`` cell, its header kept."""
    rows: list[_Item] = []
    quantity_columns = {i: (found["label"], found["unit"]) for i, found in
                        enumerate(_quantity_header(header, quota) for header in headers) if found}
    last: dict[str, list[tuple[str, int, int]]] = {}
    ordinal = 0
    while index < len(lines):
        a, b = lines[index]
        line = parse[a:b]
        if not line.strip():
            index += 1
            continue
        if not _is_table_line(line):
            follows = _table_line_follows(parse, lines, index + 1)
            if len(line.strip()) > 40 or "。" in line or not follows or follows == "header":
                break  # prose after the table, or the caption of the next table
        index += 1
        cells = _cells(parse, a, b) if _is_table_line(line) else [(a + len(line) - len(line.lstrip()), _rstrip(parse, a, b))]
        row_roles = header_roles([parse[x:y] for x, y in cells])
        if rows and row_roles != roles and _is_header(row_roles):
            index -= 1
            break  # the header of the next table
        if row_roles == roles or _with_things_column(row_roles, [parse[x:y] for x, y in cells]) == roles:
            continue  # the header again (a table continued on the next page)
        filled = [(i, x, y) for i, (x, y) in enumerate(cells) if y > x]
        if not filled or all(RULE_CELL.fullmatch(parse, x, y) for _, x, y in filled):
            continue  # an empty row, or the rule between a header and its rows
        if not rows and all(row_roles[i] for i, _, _ in filled):
            roles.extend([None] * (len(row_roles) - len(roles)))
            for i, _, _ in filled:  # a second header row: 责任单位 over 牵头 | 配合
                roles[i] = row_roles[i]
            continue
        if TOTAL_ROW.fullmatch(parse, filled[0][1], filled[0][2]):
            continue  # 合计 | | 78 | 2515: the sums of the rows above, no task of its own
        typed = [(roles[i] if i < len(roles) else None, x, y) for i, x, y in filled]
        # (a number alone in a task column naming a quantity, 改造任务（户）| 100, is that quantity too)
        quantities = {x: quantity_columns[i] for i, x, y in filled
                      if i in quantity_columns and (i >= len(roles) or roles[i] in (None, "task")) and NUMBER_CELL.fullmatch(parse, x, y)}
        typed = [("quantity" if x in quantities else role, x, y) for role, x, y in typed]
        number_cell = next(((x, y) for role, x, y in typed if role == "number"), None)
        group = GROUP.match(parse, filled[0][1], filled[0][2])
        # | 一 | 经济部门 | | |: a numeral of a group and its name alone, whatever column the name stands in
        named_group = group and len(filled) == 2 and number_cell == filled[0][1:] and not parse[filled[0][1]].isdigit()
        if group and (named_group or not any(role in NOTE_ROLES for role, _, _ in typed)) and (
                len(filled) == 1 or (number_cell is not None and number_cell[0] == filled[0][1])):
            key = group["n"] if not parse[filled[0][1]] == "(" else f"({group['n']})"
            after = group.end() if group.end() < filled[0][2] else (filled[1][1] if len(filled) > 1 else group.end())
            rows.append(_Item("group", key, parse_numeral(group["n"]), (filled[0][1], group.end()), after, b, []))
            last, ordinal = {}, 0
            continue
        number, key = _row_number(parse, number_cell)
        continues = rows and rows[-1].kind == "row" and (
            (number_cell is None and "number" in roles) or (number is not None and number == rows[-1].number))
        content = [(role or "text", x, y) for role, x, y in typed if role != "number"]
        if continues:
            rows[-1].cells.extend(content)
            rows[-1].quantities.update(quantities)  # a merged row's quantity cells are read with their headers too
            rows[-1].end = b
            continue
        ordinal += 1
        own = {role for role, _, _ in content}
        inherited = [cell for role, found in last.items() if role not in own for cell in found]
        for role in REPEATED_ROLES:
            found = [cell for cell in content + inherited if cell[0] == role]
            if found:
                last[role] = found
        # (a number alone in the task column, 镇 | 内资实际到位（亿元） | …: the row starts at its first cell)
        tasks = [x for role, x, y in content if role == "task" and not NUMBER_CELL.fullmatch(parse, x, y)] \
            or [x for _, x, _ in content] or [a]
        label = number_cell or (a, a)
        rows.append(_Item("row", key or str(ordinal), number if number is not None else ordinal,
                          label, tasks[0], b, content + inherited, None if number_cell else filled[0][1], quantities))
    return rows, index


def _column_table(parse: str, lines: list, index: int) -> tuple[list[_Item], int] | None:
    """A task table scraped one cell per line (序号 / 工作任务 / 责任单位 / 完成时限 / 1 / … / 2 / …):
    its rows and the index of the line after it, or ``None``.

    The header is a run of lines that are all column names, 序号 first; a row starts at a line
    holding the next number. A row with a line per column fills the columns in order; a row with
    fewer lines (empty cells were dropped) gives its first line to the task and the rest to the
    unit columns, a line that reads as a time going to the deadline column.

    >>> page = "序号\\n工作任务\\n责任单位\\n完成时限\\n1\\n建台账\\n甲局\\n6月底前\\n2\\n抓整改\\n年底前\\n三、要求"
    >>> rows, _ = _column_table(page, list(_line_spans(page, 0, len(page))), 0)
    >>> [(row.key, [(role, page[a:b]) for role, a, b in row.cells]) for row in rows]
    [('1', [('task', '建台账'), ('responsible', '甲局'), ('deadline', '6月底前')]), ('2', [('task', '抓整改'), ('deadline', '年底前')])]
    """
    filled = _FilledLines(parse, lines, index)
    roles = []
    for a, b, _ in filled:
        role = column_role(parse[a:b]) if b - a <= 12 else None
        if role is None or role == "number" and roles or len(roles) == 10:
            break
        roles.append(role)
    if len(roles) < 3 or roles[0] != "number" or "task" not in roles or not set(roles) & set(NOTE_ROLES):
        return None
    rows: list[_Item] = []
    position, last_index = len(roles), filled.get(len(roles) - 1)[2]
    while filled.get(position):
        a, b, line_index = filled.get(position)
        number, key = _row_number(parse, (a, b))
        if number != len(rows) + 1:
            break
        cells = []
        position += 1
        while filled.get(position) and len(cells) < len(roles) - 1 + 4:
            x, y, _ = filled.get(position)
            if _row_number(parse, (x, y))[0] == number + 1:
                break
            heading = MARKER.match(parse, x, y)
            if heading and any(heading[kind] for kind in SECTION_KINDS) or len(cells) >= len(roles) - 1 and y - x > 60:
                break  # the text after the table: the next section, or a paragraph
            cells.append((x, y))
            position += 1
        if not cells:
            break
        typed = _cells_by_column(parse, cells, roles[1:])
        rows.append(_Item("row", key, number, (a, b), cells[0][0], cells[-1][1], typed))
        last_index = filled.get(position - 1)[2]
    return (rows, last_index + 1) if rows else None


class _FilledLines:
    """The non-blank lines from ``lines[index]`` on as ``(start, end, line index)``, stripped, read
    as far as they are asked for (a header that is no header costs a few lines, not the page)."""

    def __init__(self, parse: str, lines: list, index: int):
        self.parse, self.lines, self.index, self.found = parse, lines, index, []

    def _more(self) -> bool:
        while self.index < len(self.lines):
            a, b = self.lines[self.index]
            self.index += 1
            if self.parse[a:b].strip():
                self.found.append((a + len(self.parse[a:b]) - len(self.parse[a:b].lstrip()),
                                   _rstrip(self.parse, a, b), self.index - 1))
                return True
        return False

    def __iter__(self):
        position = 0
        while position < len(self.found) or self._more():
            yield self.found[position]
            position += 1

    def get(self, position: int) -> tuple[int, int, int] | None:
        """The line at ``position`` among the non-blank lines, or ``None`` past the end."""
        while len(self.found) <= position and self._more():
            pass
        return self.found[position] if position < len(self.found) else None


def _cells_by_column(parse: str, cells: list[tuple[int, int]], roles: list) -> list[tuple[str, int, int]]:
    """Cells of a one-cell-per-line row under their columns (see :func:`_column_table`)."""
    if len(cells) == len(roles):
        return [(role or "text", a, b) for role, (a, b) in zip(roles, cells)]
    extra = max(0, len(cells) - len(roles))
    typed = [("task", a, b) for a, b in cells[: 1 + extra]]  # a task cell written over several lines
    units = [role for role in roles if role in UNIT_ROLES]
    for a, b in cells[1 + extra:]:
        if TIME_CELL.search(parse, a, b) and "deadline" in roles:
            typed.append(("deadline", a, b))
        elif units:
            typed.append((units.pop(0), a, b))
        else:
            typed.append(("text", a, b))
    return typed


SECTION_KINDS = ("volume", "chapter", "part", "article", "cn", "pcn")  # markers that end a table scraped one cell per line
TIME_CELL = re.compile(r"\d{1,2}\s?月|年底|年内|季度|上半年|下半年|长期|持续|常态|前$")


def _table_line_follows(parse: str, lines: list, index: int) -> bool | str:
    """Whether the next non-blank line (a few lines down at most) is a table row (``"header"``
    when it is a task table's header): a line without cells between two rows is a group caption
    (a merged row of a Word table), one before a header is the next table's caption."""
    for a, b in lines[index: index + 3]:
        if parse[a:b].strip():
            if not _is_table_line(parse[a:b]):
                return False
            return "header" if _is_header(header_roles([parse[x:y] for x, y in _cells(parse, a, b)])) else True
    return False


def _is_header(roles: list) -> bool:
    """Whether a row's column roles make it a task table's header: a task column and a unit,
    deadline or score column (a scoring table: 考核内容 | 分值 | 评分标准)."""
    return "task" in roles and bool(set(roles) & {*NOTE_ROLES, "score"})


def _row_number(parse: str, cell: tuple[int, int] | None) -> tuple[int | None, str]:
    """The number in a 序号 cell (1, 1., (1), 一) and its path key as written, or ``(None, "")``; a
    dotted number (1.1 under 1) is a row of its own keyed as written, with no number of a sequence."""
    if cell is None:
        return None, ""
    dotted = re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){1,3}", parse[cell[0]:cell[1]])
    if dotted:
        return None, dotted.group()
    found = re.fullmatch(rf"[(]?(\d{{1,4}}|[{_CN}]{{1,4}})[).、]?", parse[cell[0]:cell[1]])
    if not found:
        return None, ""
    try:
        return parse_numeral(found[1]), found[1]
    except ValueError:
        return None, ""


@dataclass
class MeasureView:
    """The text extraction reads for one measure, and the way back to document offsets.

    For an ordinary measure it is the measure's own text. For a task-table row it is the task
    cells as sentences followed by the unit and deadline cells as a note under their keys
    (``建台账。(责任单位:甲局。完成时限:6月底前)``): every cell is a piece of the document, the
    keys and punctuation between them are not, so :meth:`span` maps a found span back to the
    document (raw text stays ``text[start:end]``).
    """

    text: str
    parse: str
    pieces: list[tuple[int, int, int]]  # (view start, document start, length)
    # a quantity cell's document start -> its column's name (改造任务（户）| 100: the indicator is 改造任务)
    quantity_labels: dict[int, str] = field(default_factory=dict)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets of ``view[start:end]``; an edge inside inserted text moves to the
        nearest cell edge inwards."""
        return self._offset(start, after=True), self._offset(end, after=False)

    def _offset(self, position: int, after: bool) -> int:
        for view_start, doc_start, length in self.pieces:
            if view_start <= position <= view_start + length:
                if position == view_start + length and after and length:
                    continue  # a start at a piece's end belongs to the next piece
                return doc_start + position - view_start
            if after and position < view_start:
                return doc_start
        previous = [doc_start + length for view_start, doc_start, length in self.pieces if view_start + length <= position]
        return previous[-1] if previous else (self.pieces[0][1] if self.pieces else 0)


# a cell that is a value: a sign, a number or a cue opening it (≥92%, 82岁以上, 控制在5‰以下, 达到95%)
VALUE_CELL = re.compile(r"\s*(?:[≥≤<>＞＜\d]|控制在|达到|不低于|不少于|不高于|不超过|保持在|稳定在|提高到|降低到|低于|高于)")


def measure_view(text: str, parse: str, node: Node) -> MeasureView:
    """What extraction reads for ``node``: its text, or a table row's cells with their keys.

    >>> page = "序号\\t工作任务\\t责任单位\\t完成时限\\n1\\t建台账\\t甲局\\t6月底前"
    >>> row = parse_outline(page, page).measures[0]
    >>> view = measure_view(page, page, row); view.text
    '建台账。(责任单位:甲局。完成时限:6月底前)'
    >>> a, b = view.span(view.text.index("甲局"), view.text.index("甲局") + 2); page[a:b]
    '甲局'
    """
    start = node.content_start
    while start < node.char_end and text[start].isspace():
        start += 1
    if not node.cells:
        stop = _rstrip(text, start, node.char_end)
        return MeasureView(text[start:stop], parse[start:stop], [(0, start, stop - start)])
    pieces: list[tuple[str, str, int | None]] = []  # (text, parse, document start or None for inserted)
    for role, a, b in node.cells:
        if role == "quantity":  # 户数（户）| 612: read as 户数612户, the header's words inserted around the number
            label, unit = node.quantities[a]
            pieces += [(label, label, None), (text[a:b], parse[a:b], a), (unit + "。", unit + "。", None)]
        elif role not in NOTE_ROLES and role not in ("person", "number", "remark", "score"):
            if pieces and pieces[-1] == ("。", "。", None) and VALUE_CELL.match(parse, a) \
                    and not re.search(r"\d", pieces[-2][1]):
                pieces.pop()  # 婴儿死亡率 | 控制在5‰以下: an indicator's cell and its value's read as one phrase
            pieces.append((text[a:b], parse[a:b], a))
            if not re.search(r"[。;!?]$", parse[a:b]):
                pieces.append(("。", "。", None))
    note = [(role, [(a, b) for r, a, b in node.cells if r == role]) for role in NOTE_ROLES]
    note = [(role, spans) for role, spans in note if spans]
    if note:
        pieces.append(("(", "(", None))
        for index, (role, spans) in enumerate(note):
            pieces.append((("。" if index else "") + note_keys()[role] + ":",) * 2 + (None,))
            for position, (a, b) in enumerate(spans):
                if position:  # units listed; dates each under their key (开工时间 | 完工时间: two deadlines)
                    joint = "。" + note_keys()[role] + ":" if role == "deadline" else "、"
                    pieces.append((joint, joint, None))
                pieces.append((text[a:b], parse[a:b], a))
        pieces.append((")", ")", None))
    view_text, view_parse, mapped, cursor = [], [], [], 0
    for piece_text, piece_parse, doc_start in pieces:
        if doc_start is not None:
            mapped.append((cursor, doc_start, len(piece_text)))
        view_text.append(piece_text)
        view_parse.append(piece_parse)
        cursor += len(piece_text)
    labels = {a: node.quantities[a][0] for role, a, _ in node.cells if role == "quantity"}
    return MeasureView("".join(view_text), "".join(view_parse), mapped, labels)
