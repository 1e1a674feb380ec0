"""Stage 1a, before cleaning: one reader per file format, each returning the document's text.

Every reader gives a :class:`Page`: plain text with one paragraph (or table row) per line and the
outline numbering (一、 (一) 1.) kept where the document has it, plus the page's own metadata
evidence (``page_meta``: HTML ``<meta>`` tags such as ArticleTitle, PubDate, ContentSource). The
text then goes through the same boilerplate rules and parse view as a ``.txt`` page
(:func:`policycompare.ingest.clean_text`), so offsets in every table are offsets into that text.

Formats:

* ``.txt`` (and no suffix): decoded as before; a ``.txt`` that is really HTML, PDF or .docx is
  read as what it is.
* HTML (``.html .htm .shtml .xhtml``, and ``.mht`` web archives): header tables (索引号 / 发布机构 /
  成文日期 …) become ``key: value`` lines at the top, link-only blocks are dropped, the main text is
  chosen by readability-lxml (see README, "Reading HTML") and turned into lines, one per block
  element, ``<br>`` or table row.
* Word ``.docx``: paragraphs (with Word's automatic numbering written out) and table rows in
  reading order (python-docx); a header table's rows become ``key: value`` lines.
* PDF with a text layer: pages joined, running headers, footers and page numbers dropped, the
  lines of one paragraph rejoined (pdfminer.six).
* Markdown (``.md``): heading, list, emphasis and comment markers dropped, one line per line.

Anything else raises :class:`Unreadable` with what to do (``.doc``: save as .docx; a scanned
PDF: run OCR first): the corpus reports it as a ``skipped`` row.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .ingest import IngestError, _strict, boilerplate_reason, decode_bytes
from .numerals import DOC_NUMBER

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
# Formats we know and cannot read as text, with what the user can do about them.
UNREADABLE = {
    ".doc": "legacy Word .doc: open it in Word or LibreOffice and save as .docx",
    ".wps": "WPS document: open it in WPS or LibreOffice and save as .docx",
    ".et": "WPS spreadsheet: not a policy text",
    ".rtf": "RTF document: save as .docx",
    ".odt": "OpenDocument text: save as .docx",
    ".ofd": "OFD fixed-layout document: export it as PDF with a text layer or as .docx",
    ".caj": "CAJ document: export it as PDF with a text layer",
    ".xls": "spreadsheet: not a policy text (save it as .xlsx if it holds documents in a text column)",
    ".xlsx": "spreadsheet without a text column (full_text, text, 正文 …): not a policy text",
    ".csv": "table without a text column (full_text, text, 正文 …): not a policy text (a manifest belongs "
            "beside raw/, not in it)",
    ".ppt": "presentation: save as PDF with a text layer", ".pptx": "presentation: save as PDF with a text layer",
    **{s: "image: run OCR first and save the text as .txt" for s in
       (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp")},
    **{s: "archive: unpack it into the folder first" for s in
       (".zip", ".rar", ".7z", ".gz", ".tgz", ".bz2", ".xz", ".tar")},
}
# What a file's first bytes say it is, for files whose name does not tell.
MAGIC = [
    (b"%PDF", ".pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"), (b"PK\x03\x04", ".zip"),
    (b"\x89PNG", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF8", ".gif"),
    (b"II*\x00", ".tif"), (b"MM\x00*", ".tif"), (b"Rar!", ".rar"), (b"7z\xbc\xaf", ".7z"),
    (b"\x1f\x8b", ".gz"), (b"{\\rtf", ".rtf"),
]
# A page's source, or a crawled fragment of one, starts with markup (after an XML declaration or comments).
LOOKS_LIKE_HTML = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,500}?-->\s*){0,5}"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|table|section|article|span|h[1-6])\b",
    re.I | re.S)


class Unreadable(IngestError):
    """A file policycompare does not read as text; the message says what it is and what to do."""


@dataclass
class Page:
    """A document's text as its format gives it, before boilerplate cleaning.

    ``encoding`` is the text's encoding (``utf-8`` for .docx and PDF, whose text is Unicode);
    ``page_meta`` maps evidence names (``meta:PubDate``, ``html:title``) to values.
    """

    text: str
    encoding: str
    format: str
    page_meta: dict[str, str] = field(default_factory=dict)


def read_page(data: bytes, path: str | Path = "<bytes>", encoding: str | None = None) -> Page:
    """Read a file's bytes with the reader its suffix (or, without one, its content) calls for.

    Raises :class:`Unreadable` for formats without a text reader and
    :class:`~policycompare.ingest.IngestError` for files that are broken.

    >>> read_page("<html><body><p>一、总则</p><p>二、附则</p></body></html>".encode(), "a.txt").text
    '一、总则\\n二、附则'
    >>> read_page(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(100), "plan.doc")
    Traceback (most recent call last):
    policycompare.readers.Unreadable: plan.doc: legacy Word .doc: open it in Word or LibreOffice and save as .docx
    """
    suffix = Path(path).suffix.lower()
    if suffix in TEXT_SUFFIXES and sniff(data) in (".pdf", ".docx"):
        suffix = sniff(data)  # a download saved under the wrong name
    elif not suffix or suffix not in UNREADABLE and suffix not in READERS:
        sniffed = sniff(data)
        if sniffed in UNREADABLE or sniffed in (".pdf", ".docx"):
            suffix = sniffed
        elif suffix:  # a text file of a kind we do not read (.json, .py, .log …)
            raise Unreadable(f"{path}: not a document format policycompare reads ({suffix}); "
                             "rename it to .txt if it holds a page's text")
    if suffix in UNREADABLE:
        raise Unreadable(f"{path}: {UNREADABLE[suffix]}")
    return READERS.get(suffix, read_text)(data, path, encoding)


def sniff(data: bytes) -> str:
    """The suffix a file's content calls for ('' for plain text).

    >>> sniff(b"%PDF-1.7 ..."), sniff(b"<!DOCTYPE html><html>"), sniff("<div><p>一、总则</p>".encode()), sniff("一、总则".encode())
    ('.pdf', '.html', '.html', '')
    """
    if data.startswith(b"PK\x03\x04"):
        return ".docx" if b"word/document.xml" in data[:200_000] else ".zip"
    for magic, suffix in MAGIC:
        if data.startswith(magic):
            return suffix
    return ".html" if LOOKS_LIKE_HTML.match(data[:4096]) else ""


# ---------------------------------------------------------------- plain text

# paragraph markup inside a scraped page's text (a header of key lines, then <p>…</p><p>…): the page's HTML
HTML_MARKUP = re.compile(rb"</?(?:p|div|br|span|strong|td|tr|table|h[1-6])\b[^<>]{0,200}>", re.I)
MIN_MARKUP_TAGS = 6


def read_text(data: bytes, path, encoding: str | None = None) -> Page:
    """A text page: decoded strictly; a file that is really HTML is read as HTML.

    >>> read_text("一、总则".encode("gbk"), "a.txt")
    Page(text='一、总则', encoding='gb18030', format='text', page_meta={})
    >>> read_text("文号:某政发〔2018〕3号\\n<p>一、总则</p><p><br/></p><p><strong>二、附则</strong></p>".encode(), "a.txt").text
    '文号:某政发〔2018〕3号\\n一、总则\\n二、附则'
    """
    if LOOKS_LIKE_HTML.match(data[:4096]) or len(HTML_MARKUP.findall(data[:20000])) >= MIN_MARKUP_TAGS:
        return read_html(data, path, encoding)
    text, encoding = _decode(data, path, encoding)
    return Page(reflowed(rows_of_cell_lines(_without_page_numbers(text))), encoding, "text")


# — 3 —, - 12 -: a page number of a text copied out of a PDF, on a line of its own between dashes
DASHED_PAGE_NUMBER = re.compile(r"(?m)^[ \t\u3000]*[-—–－]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–－]{1,2}[ \t\u3000]*\n?")


def _without_page_numbers(text: str) -> str:
    """The text without its dashed page-number lines, so a paragraph cut by a page break joins again.

    >>> _without_page_numbers("分工方\\n— 3 —\\n案如下。")
    '分工方\\n案如下。'
    """
    return DASHED_PAGE_NUMBER.sub("", text) if "\n" in text else text


CELL_LINE = re.compile(r"[ \t]*(?P<cell>[^|\n]*?)[ \t]*\|[ \t]*")  # one table cell a line, closed by a pipe
MIN_HEADER_CELLS = 3


def rows_of_cell_lines(text: str) -> str:
    """A table scraped one cell a line, each closed by a pipe (序号 | / 重点工作 | / … / 1 | / 全力推进… |),
    as one pipe row a table row: the header is the cells before the first number, and each row
    after it holds as many cells and opens with its number. Anything else is left as it is.

    >>> print(rows_of_cell_lines("清单\\n序号 |\\n工作 |\\n责任单位 |\\n1 |\\n建台账 |\\n甲局 |\\n2 |\\n抓整改 |\\n乙局 |"))
    清单
    | 序号 | 工作 | 责任单位 |
    | 1 | 建台账 | 甲局 |
    | 2 | 抓整改 | 乙局 |
    """
    if "|" not in text:
        return text
    lines, out, index = text.split("\n"), [], 0
    while index < len(lines):
        run_end = index
        while run_end < len(lines) and CELL_LINE.fullmatch(lines[run_end]):
            run_end += 1
        rows = _cell_rows([CELL_LINE.fullmatch(line)["cell"] for line in lines[index:run_end]])
        if rows:
            out += ["| " + " | ".join(row) + " |" for row in rows]
            index = run_end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


def _cell_rows(cells: list[str]) -> list[list[str]] | None:
    """Rows of a run of cells (the header, then rows opened by their numbers), or None."""
    width = next((at for at, cell in enumerate(cells) if cell.isdigit()), 0)
    if width < MIN_HEADER_CELLS or len(cells) < 2 * width or len(cells) % width:
        return None
    rows = [cells[at: at + width] for at in range(0, len(cells), width)]
    return rows if all(row[0].isdigit() for row in rows[1:]) else None


WRAPPED_SHARE = 0.5  # of the long lines of a text copied out of a PDF, those cut mid-sentence
MIN_WRAPPED_LINES = 8
WRAP_SLACK = 10  # columns a line cut at a PDF's width may fall short of the widest lines
MAX_PAGE_WIDTH = 100  # columns of a page's line (an A4 page holds 30-40 characters): wider lines were typed
SENTENCE_END = "。！？：；:;!?"
OPENING_MARKS, CLOSING_MARKS = "（(“「『《【", "）)”」』》】"
# a line opening with a key and its colon (发文字号：…, 牵头单位：…) starts a field of its own, never the rest of
# the line above, however long that line ran (发文机关：两个机关的名称)
# (after a list bullet too, and with a learner's page's pinyin glosses: 發(fā)布機構:)
KEY_LINE = re.compile(r"(?:[-•·●*][ \t]*)?(?:[\u4e00-\u9fff](?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）])?){2,6}"
                      r"[ \t]{0,3}[：:]")


# 某局办公室  2026年4月16日印发: the printing line under a document stands alone, never the end of a paragraph
PRINTED_LINE = re.compile(r"\d{1,2}\s*日\s*印发\s*$")


def reflowed(text: str) -> str:
    """A text copied out of a PDF with its line breaks (most of its long lines cut at one width,
    mid-sentence) with each paragraph's lines joined and the PDF's gaps closed, as
    :func:`read_pdf` gives them; any other text unchanged.

    A line is joined to the next when it runs to the width (within a character), does not end a
    sentence, and the next line is neither blank, indented nor numbered (一、 (二) 3. 第四条).

    >>> page = "\\n".join(["一、目标"] + ["全州新造油茶林6万亩、改造低产油茶", "林9万亩。"] * 4)
    >>> reflowed(page).splitlines()[:2]
    ['一、目标', '全州新造油茶林6万亩、改造低产油茶林9万亩。']
    >>> head = ["发文机关：中共某县委办公室 某县人民政府办公室", "发文字号：某办发〔2025〕8号"]
    >>> [line[:4] for line in reflowed("\\n".join(head + page.splitlines()[1:])).splitlines()[:2]]  # a key line stands alone
    ['发文机关', '发文字号']
    """
    lines = text.split("\n")
    # table rows, site furniture (当前位置:首页 > …) and a page's byline of fields (来源:… 发布时间:…) are
    # lines of their own: never joined, never counted
    widths = [0 if "\t" in line or "|" in line or boilerplate_reason(line.strip()) or _byline(line)
              else _width(line.strip()) for line in lines]
    written = sorted(w for w in widths if w)
    if len(written) < MIN_WRAPPED_LINES:
        return text
    # a PDF's lines end at its width give or take digits and spaces (half a character each)
    full = written[int(0.9 * (len(written) - 1))] - WRAP_SLACK
    long = [not _ends_paragraph(line) for line, width in zip(lines, widths) if width >= full]
    if full > MAX_PAGE_WIDTH or len(long) < MIN_WRAPPED_LINES / 2 or sum(long) < WRAPPED_SHARE * len(long):
        return text  # long lines that end their sentences: one paragraph a line, as typed
    out, paragraph, unclosed = [], [lines[0]], _unclosed(lines[0])
    for before, line, width_before, width in zip(lines, lines[1:], widths, widths[1:]):
        if (width_before >= full and width and (unclosed or not _ends_paragraph(before))
                and not line.startswith(("　", "  ")) and not OUTLINE_MARK.match(line) and not PRINTED_LINE.search(line)
                and (unclosed or not KEY_LINE.match(line))):  # in an open note (（牵头单位：…；配合|单位：…）) a key goes on
            paragraph[-1] = paragraph[-1].rstrip()  # the pieces are joined once: linear in the text
            paragraph.append(_glue(paragraph[-1], line.strip()) + line.strip())
            unclosed = max(0, unclosed + _unclosed(line))
        else:
            out.append("".join(paragraph))
            paragraph, unclosed = [line], _unclosed(line)
    out.append("".join(paragraph))
    return _close_gaps("\n".join(out))


MAX_BYLINE = 200  # characters: a longer line is text, whatever keys it quotes


@lru_cache(maxsize=1)
def _key_alternation() -> str:
    """The header keys of the metadata stage and of disclosure tables (来源, 发布时间, 索引号 …) as one
    alternation, longest first."""
    _, keys = page_fields()
    return "|".join(sorted(map(re.escape, keys), key=len, reverse=True))


@lru_cache(maxsize=1)
def _header_key() -> re.Pattern:
    """A header key and its colon."""
    return re.compile(rf"(?:{_key_alternation()})[ \t]*[：:]")


def _byline(line: str) -> bool:
    """A page's byline or header line of two fields or more (发布机构:本站 发布时间:2023-09-15 来源:区政府办):
    a short page's widest lines are such lines and the title, neither cut at a PDF's width.

    >>> _byline("来源:县教育局 发布时间:2024-03-11"), _byline("总体目标:到2025年,全县粮食产量稳定。")
    (True, False)
    """
    if len(line) > MAX_BYLINE or ":" not in line and "：" not in line:
        return False
    return len(_header_key().findall(line)) >= 2


def _unclosed(line: str) -> int:
    """Brackets a line opens and leaves open (negative: closes more than it opens)."""
    return line.count("（") + line.count("(") - line.count("）") - line.count(")")


def _ends_paragraph(line: str) -> bool:
    """Whether a line may end a paragraph: it ends a sentence (。 ： …), or a note or quotation
    after one ((责任单位:…)), and leaves no bracket open; 各县(市)| and (牵头单位:| go on.

    >>> _ends_paragraph("按每亩400元给予奖补。（责任单位：各县（市）林业局）"), _ends_paragraph("各县（市）")
    (True, False)
    """
    line = line.rstrip()
    if _unclosed(line) > 0:
        return False
    if line[-1:] in CLOSING_MARKS:
        opened = max(line.rfind(mark) for mark in OPENING_MARKS)
        return len(line) - opened > 6  # a note or quotation, not a bracket inside a name (县(市))
    return line[-1:] in SENTENCE_END


def _width(line: str) -> int:
    """Columns a line takes: two for a Chinese or full-width character (three bytes of UTF-8), one
    for ASCII (one byte).

    >>> _width("到2026年底")
    10
    """
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


_CJK_CHAR = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _glue(before: str, after: str) -> str:
    """What joins two lines of one paragraph: a space between Latin words, nothing between Chinese
    characters, and nothing inside a number the line cut in Chinese text (到20|25年, 项目4|5个, 约4.|6万人).

    >>> _glue("the", "next"), _glue("到", "2025年"), _glue("现就20", "25年"), _glue("表1 2", "3 Data")
    (' ', '', '', ' ')
    >>> _glue("在校学生约4.", "6万人"), _glue("1.", "2025年底前"), _glue("具体要求如下：1.", "2026年底前")
    ('', ' ', ' ')
    """
    if not (re.match(r"[A-Za-z0-9]", after) and re.search(r"[A-Za-z0-9,.;]$", before)):
        return ""
    head, tail = re.search(r"(.?)[0-9.]*$", before), re.match(r"[0-9.]*(.?)", after)
    if before[-1].isdigit() and after[0].isdigit() and (_CJK_CHAR.match(head.group(1)) or _CJK_CHAR.match(tail.group(1))):
        return ""
    # a decimal cut at its point (约4.|6万人); a number alone before its point is an item's (1.|2025年)
    if re.search(r"[0-9]\.$", before) and after[0].isdigit() and re.match(r"[\u4e00-\u9fff]", head.group(1)):
        return ""  # (要求如下：1.|2026年底前…: after punctuation the number is an item's)
    return " "


def _decode(data: bytes, path, encoding: str | None) -> tuple[str, str]:
    """Decode with the manifest's encoding when given, else by detection (see ingest.decode_bytes)."""
    if not encoding:
        return decode_bytes(data, path)
    try:
        text = _strict(data, encoding, path)
    except LookupError:
        raise IngestError(f"{path}: unknown encoding {encoding!r} in the manifest") from None
    if not text.strip():
        raise IngestError(f"{path}: empty file")
    return text, encoding


# ---------------------------------------------------------------- Markdown

_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
# (pattern, replacement), each applied to every line in turn; a line's patterns never cross its end, so
# each runs once over the whole text (re.M: ^ and $ at every line)
_MD_LINE = [
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # horizontal rule (and front-matter fences)
    (re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.M), ""),  # setext heading underline
    (re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)", re.M), ""),  # ATX heading marker
    (re.compile(r"[ \t]+#+[ \t]*$", re.M), ""),  # closing hashes of a heading
    (re.compile(r"^ {0,3}>[ \t]?", re.M), ""),  # block quote
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),  # bullet (numbered items keep their number: it is outline)
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M), ""),  # table rule
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)", re.M), ""),  # image
    (re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)", re.M), r"\1"),  # link -> its text
    (re.compile(r"\*\*|__|`", re.M), ""),  # strong emphasis and code marks
    (re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>", re.M), ""),  # inline HTML tags (<br>, <sup> …)
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])", re.M), r"\1"),  # backslash escapes
]


def read_markdown(data: bytes, path, encoding: str | None = None) -> Page:
    """Markdown as plain lines: markers dropped, one output line per input line.

    Keeping the line count means warnings point at the Markdown file's own lines.

    >>> read_markdown("# 某条例\\n<!-- INFO END -->\\n## 第一章  总则\\n- **第一条** 为了……".encode(), "a.md").text
    '某条例\\n\\n第一章  总则\\n第一条 为了……'
    """
    text, encoding = _decode(data, path, encoding)
    text = _MD_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text.replace("\r\n", "\n"))
    text, page_meta = _front_matter(text)
    for pattern, replacement in _MD_LINE:
        text = pattern.sub(replacement, text)
    lines = [_table_row([cell.strip() for cell in line.strip().strip("|").split("|")])
             if line.lstrip().startswith("|") else line  # a table row: cells separated by tabs
             for line in text.split("\n")]
    return Page("\n".join(lines), encoding, "markdown", page_meta)


# a YAML front matter block that opens a Markdown file (---, key: value lines, ---), as exporters write it
# (every line a key, an indented continuation or blank: a horizontal rule over text opens no such block)
# (keys in Chinese too: 文号: …, 发文机关: …, the header fields the metadata stage reads on any page)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:(?:[A-Za-z_\u4e00-\u9fff][\w-]{0,30}[ \t]*[:：][^\n]*|[ \t][^\n]*|)\n){0,40}?)"
                          r"---[ \t]*(?:\n|\Z)")
ASCII_KEY = re.compile(r"---|[A-Za-z_][\w-]{0,30}[ \t]*:|[ \t]")  # a fence, a YAML key or a continuation
FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,30})[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)


@lru_cache(maxsize=1)
def _title_key() -> re.Pattern:
    """A header key of the title (标题:, 名称: …; the metadata stage's) and its colon."""
    from .metadata import FIELD_KEYS

    return re.compile(rf"(?:{'|'.join(map(re.escape, FIELD_KEYS['title']))})[ \t]*[:：]")


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A Markdown file's front matter is the page's own metadata, as an HTML page's ``<meta>`` tags are
    (``title:``, ``date:``, ``source:`` named in ``data/page_fields.csv``): it goes to ``page_meta`` and
    its lines are blanked, so that no ``title: …`` line is read as the document's title; the title is
    written as a header line (``标题：…``) and keys in Chinese (``文号:``) stay as the header lines they are.

    >>> _front_matter("---\\ntitle: 某县防汛方案\\ndate: 2022-08-19\\nlayout: post\\n---\\n# 某县防汛方案\\n")
    ('标题：某县防汛方案\\n\\n\\n\\n\\n# 某县防汛方案\\n', {'meta:title': '某县防汛方案', 'meta:date': '2022-08-19'})
    >>> _front_matter("---\\ntitle: 关于印发某方案的通知\\n文号: 某政发〔2026〕3号\\n---\\n# 某方案\\n")[0]
    '标题：关于印发某方案的通知\\n\\n文号: 某政发〔2026〕3号\\n\\n# 某方案\\n'
    """
    block = FRONT_MATTER.match(text)
    if not block:
        return text, {}
    names, _ = page_fields()
    found = {}
    for field in FRONT_MATTER_FIELD.finditer(block["body"]):
        value = field["value"].strip("'\"")
        if field["key"].lower() in names and value:
            found.setdefault(f"meta:{field['key']}", value)
    # a field named in Chinese stays a line of the page's head, where the metadata stage reads header keys;
    # the block's title is written there as one (标题：…), so it outranks a heading of the body (the
    # enclosed document's title under a notice's)
    kept = [line if line and not ASCII_KEY.match(line) else "" for line in block.group().split("\n")[1:-1]]
    title = next((value for key, value in found.items() if names[key[5:].lower()] == "title"), "")
    head = f"标题：{title}" if title and not any(_title_key().match(line) for line in kept) else ""
    return head + "\n" + "\n".join(kept) + "\n" + text[block.end():], found


# ---------------------------------------------------------------- HTML

BLOCK_TAGS = {"p", "div", "li", "dd", "dt", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
              "section", "article", "blockquote", "pre", "center", "form", "header", "footer", "dl", "hr"}
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "select", "button", "svg")
_KEY_TRIM = re.compile(r"[\s\u3000\xa0:：]+")


@lru_cache(maxsize=1)
def page_fields() -> tuple[dict[str, str], frozenset[str]]:
    """``({meta tag name (lower case): field}, header-table keys)`` from the package's data.

    Header keys are the metadata stage's (名称, 发文机关, 成文日期 …) plus the extra keys of
    disclosure tables (索引号, 主题分类 …) listed in ``data/page_fields.csv``.
    """
    from .metadata import FIELD_KEYS

    rows = list(csv.DictReader(io.StringIO(
        resources.files("policycompare").joinpath("data/page_fields.csv").read_text(encoding="utf-8"))))
    meta = {row["name"].lower(): row["field"] for row in rows if row["source"] == "meta"}
    keys = {row["name"] for row in rows if row["source"] == "header"}
    keys.update(key for aliases in FIELD_KEYS.values() for key in aliases)
    return meta, frozenset(keys)


def read_html(data: bytes, path, encoding: str | None = None) -> Page:
    """An HTML page's main text (see :func:`html_to_text`), decoded by its declared charset.

    >>> page = read_html('<meta name="PubDate" content="2021-05-20"><p>一、总则</p>'.encode(), "a.html")
    >>> page.text, page.page_meta
    ('一、总则', {'meta:PubDate': '2021-05-20'})
    """
    if not data.strip():
        raise IngestError(f"{path}: empty file")
    text, encoding = _decode_html(data, path, encoding)
    if re.search(r"<frameset\b", text[:20000], re.I):
        raise Unreadable(f"{path}: a frame set, whose text is in other pages: save the framed page itself")
    from lxml.etree import LxmlError

    try:
        page = html_to_text(text)
    except (LxmlError, ValueError) as exc:  # e.g. a document of comments without elements
        raise IngestError(f"{path}: not a readable HTML page ({exc})") from None
    if not page.text.strip():
        raise IngestError(f"{path}: an HTML page without text (a page its scripts fill in?)")
    page.encoding = encoding
    return page


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{2,30})""", re.I)


def _decode_html(data: bytes, path, encoding: str | None) -> tuple[str, str]:
    """Decode by the manifest's encoding; else as UTF-8 when the bytes are valid UTF-8 (a page
    converted to UTF-8 often keeps its old charset=gb2312 declaration); else by the declared
    charset; else by detection.

    >>> _decode_html('<meta charset="gb2312"><p>司法局</p>'.encode("gbk"), "a.html", None)[1]
    'gb18030'
    >>> _decode_html('<meta charset="gb2312"><p>司法局</p>'.encode(), "a.html", None)[1]
    'utf-8'
    """
    if encoding or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, path, encoding)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "gb18030" if name in ("gb2312", "gbk", "gb18030", "x-gbk") else name
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a page that lies about its charset: detect instead
    return _decode(data, path, None)


def html_to_text(html: str) -> Page:
    """The main text of an HTML page, header-table fields first, with its ``<meta>`` evidence.

    >>> page = html_to_text('<meta name="ArticleTitle" content="某方案"><table><tr><th>文号:</th>'
    ...                     '<td>某发〔2021〕1号</td><th>发布机构:</th><td>某局</td></tr></table>'
    ...                     '<div><p>一、总则</p><p>内容。<br>第二行</p></div>')
    >>> print(page.text)
    文号: 某发〔2021〕1号
    发布机构: 某局
    某方案
    一、总则
    内容。
    第二行
    >>> page.page_meta
    {'meta:ArticleTitle': '某方案'}
    """
    import lxml.html
    from readability import Document

    tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    hidden = [e for e in tree.iter() if isinstance(e.tag, str) and "display:none" in (e.get("style") or "").replace(" ", "")]
    for tag in [*tree.iter(*DROP_TAGS), *hidden]:
        tag.drop_tree() if tag.getparent() is not None else None
    page_meta = _meta_tags(tree)
    header = _header_fields(tree)
    info = _info_lines(tree)
    title = _page_title(tree, page_meta)
    _drop_link_blocks(tree)
    try:
        summary = lxml.html.fromstring(Document(lxml.html.tostring(tree, encoding="unicode")).summary(html_partial=True))
        main = "" if _rows_cut_from_table(summary) else _block_text(summary)
    except Exception:  # readability gives up on some pages (no candidates): keep the whole page
        main = ""
    if not main:  # readability found no candidate: the whole page, whose furniture the line rules cut
        main = _block_text(tree.body if tree.find("body") is not None else tree)
    main = "\n".join(_trim_posting_line(line) for line in main.split("\n"))
    lines = [f"{key}: {value}" for key, value in header]
    squeezed = re.sub(r"\s+", "", main)
    lines += [line for line in info if re.sub(r"\s+", "", line) not in squeezed]  # 发布时间:… lines left out
    if title and title not in main[: 4 * len(title) + 200]:  # the page's own heading, when the text lacks it
        lines.append(title)
        # with the bracketed line under it (（2026年4月23日…常务委员会第二十九次会议通过）): a resolution's
        # adoption, a draft's status; the text readability kept starts below them
        lines += [note for note in _heading_notes(tree) if re.sub(r"\s+", "", note) not in squeezed]
    return Page("\n".join(lines + [main]).strip(), "utf-8", "html", page_meta)


def _rows_cut_from_table(summary) -> bool:
    """Whether readability kept table rows without their table (the one row with the most prose of a
    民生实事 list): the page is then read whole, as when it finds no candidate."""
    return any(not any(parent.tag == "table" for parent in row.iterancestors()) for row in summary.iter("tr"))


LEAF_BLOCKS = ("li", "p", "div", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6")


def _drop_link_blocks(tree) -> None:
    """Remove blocks whose text is (nearly) all links: menus, related-article lists, link bars.

    A sentence citing a linked 《条例》 keeps its block: its own words outweigh the link.
    """
    for block in list(tree.iter(*LEAF_BLOCKS)):
        if block.getparent() is None or any(inner.tag in BLOCK_TAGS for inner in block.iterdescendants()):
            continue
        text = re.sub(r"[\s\xa0\u3000|｜/·•>»]+", "", block.text_content())
        linked = sum(len(re.sub(r"[\s\xa0\u3000]+", "", a.text_content())) for a in block.iter("a") if a.get("href"))
        if text and linked >= 0.9 * len(text):
            block.drop_tree()


def _meta_tags(tree) -> dict[str, str]:
    """``<meta name=… content=…>`` tags that are metadata evidence, and the page's ``<title>``."""
    names, _ = page_fields()
    found = {}
    for tag in tree.iter("meta"):
        name = (tag.get("name") or tag.get("property") or "").strip()
        value = re.sub(r"\s+", " ", tag.get("content") or "").strip()
        if name.lower() in names and value and f"meta:{name}" not in found:
            found[f"meta:{name}"] = value
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():  # 标题_栏目_站名: the part before the site's name
        parts = re.split(r"\s*[_|｜]\s*|\s+-\s+", re.sub(r"\s+", " ", title.text_content()).strip())
        found["html:title"] = parts[0]
        if len(parts) > 1:
            found["html:site"] = parts[-1]  # the site's name: whose pages these are (a town's on its district's site)
    return found


def _page_title(tree, page_meta: dict[str, str]) -> str:
    """The document title a page shows: ArticleTitle, else its first <h1>, else the first <h2> or <h3>
    that reads as a title, else <title> before the site name."""
    names, _ = page_fields()
    for key, value in page_meta.items():
        if key.startswith("meta:") and names.get(key[5:].lower()) == "title":
            return value
    heading = tree.find(".//h1")
    if heading is not None and heading.text_content().strip():
        return re.sub(r"\s+", " ", heading.text_content()).strip()
    from .metadata import _reads_as_title

    for heading in tree.iter("h2", "h3"):  # sites that head the article with <h2 class="title">
        text = re.sub(r"\s+", " ", heading.text_content()).strip()
        if _reads_as_title(text):
            return text
    for block in tree.iter("div", "p", "span", "td"):  # <div class="title">organs<br>关于…的通知</div>
        named = f"{block.get('class') or ''} {block.get('id') or ''}"
        # (organs set apart by wide spaces, then the title's words: one title, written without the spaces)
        text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", block.text_content()).strip()
        if TITLE_CLASS.search(named) and _reads_as_title(text):
            return text
    return page_meta.get("html:title", "")


TITLE_CLASS = re.compile(r"(?i)(?<![a-z])(?:title|tit|bt|biaoti)(?![a-z])|article[_-]?title|news[_-]?title")


HEADING_NOTE = re.compile(r"[（(][^（）()]{4,120}[）)]")


def _heading_notes(tree) -> list[str]:
    """The bracketed lines and the 文号 right under the page's ``<h1>`` (at most three blocks down).

    >>> import lxml.html
    >>> _heading_notes(lxml.html.fromstring("<div><h1>某决议</h1><p>（2026年4月23日某会议通过）</p><p>正文</p></div>"))
    ['（2026年4月23日某会议通过）']
    """
    heading = tree.find(".//h1")
    notes = []
    for block in heading.itersiblings() if heading is not None else ():
        text = re.sub(r"\s+", " ", block.text_content()).strip()
        if not (HEADING_NOTE.fullmatch(text) or DOC_NUMBER.fullmatch(text)) or len(notes) == 3:
            break
        notes.append(text)
    return notes


def _header_fields(tree) -> list[tuple[str, str]]:
    """(key, value) pairs of the page's header tables (索引号 | 0113… | 发布机构 | 某局 …); the
    tables are removed from the tree so the main text does not hold them twice.

    A table counts as a header when at least two of its cells hold a known header key with a
    value: the rest of the cell (索引号：0113…) or, when the key stands alone, the next cell.
    ``<dl>`` and ``<ul>`` lists are read the same way. A table of documents whose heading row
    names keys (文号 | 发布日期) has no values beside its keys and stays in the text.
    """
    _, keys = page_fields()
    pairs: list[tuple[str, str]] = []
    for table in list(tree.iter("table", "ul", "dl")):
        if table.getparent() is None or any(inner is not table for inner in table.iter("table")):
            continue  # a layout table holding other tables is not a header
        cells = [_key_value(cell.text_content(), keys) for cell in table.iter("td", "th", "dt", "dd", "li")]
        found = []
        for (key, value), after in zip(cells, cells[1:] + [("", "")]):
            if key and not value and not after[0]:
                value = after[1]  # the key's cell is followed by its value's
            if key and value:
                found.append((key, value))
        if len(found) >= 2:
            pairs.extend(found)
            table.drop_tree()
    return pairs


def _key_value(text: str, keys: frozenset[str]) -> tuple[str, str]:
    """``(key, value)`` when a cell starts with a header key, else ``("", the cell's text)``.

    >>> _key_value("索 引 号：0113/2022-01", frozenset({"索引号"})), _key_value("0113", frozenset({"索引号"}))
    (('索引号', '0113/2022-01'), ('', '0113'))
    """
    text = _clean_cell(text)
    key, colon, value = text.partition(":")
    key = _KEY_TRIM.sub("", key)
    if key in keys:
        return key, value.strip()
    return ("", text) if colon or _KEY_TRIM.sub("", text) not in keys else (_KEY_TRIM.sub("", text), "")


# the font switch 字号 is no part of a key that ends in it (发文字号：东委发〔2025〕6号)
@lru_cache(maxsize=1)
def _page_counters() -> re.Pattern:
    """What ends a posting line: a hit counter, a font switch, or a bracket that opens no header key
    (【打印】, [大 中 小]; 【文号】 opens the next field)."""
    return re.compile(rf"(?:浏览次数|浏览量|点击数|点击次数|阅读次数|阅读量|访问量|(?<!文)字号|字体|【(?!(?:{_key_alternation()})】)|\[)")


def _info_lines(tree) -> list[str]:
    """Short lines of the page that start with a header key (发布时间:… 来源:…), in page order."""
    lines = []
    for element in tree.iter("p", "div", "td", "span", "h3", "h4", "h5", "h6"):
        if any(child.tag in BLOCK_TAGS or child.tag in ("td", "th") for child in element.iterdescendants()):
            continue  # not a leaf block: its children are looked at on their own
        if any(up.tag in ("li", "a", "nav", "footer", "ul", "ol") for up in element.iterancestors()):
            continue  # a date beside each item of a list of other pages is not this page's
        text = re.sub(r"[\s\u3000\xa0]+", " ", element.text_content()).strip()
        if _starts_with_key(text) or _numbered_line(text):
            text = _trim_posting_line(text)
            if text not in lines and not KEY_ONLY_LINE.fullmatch(text):  # a key's own <span>, its value in the next
                lines.append(text)
    return lines


KEY_ONLY_LINE = re.compile(r"[^:：]{1,12}[:：]\s*")


def _numbered_line(line: str) -> bool:
    """Whether a short line is a 文号, alone or before a header key (海政教督〔2026〕4号　发布日期：2026-06-18).

    >>> _numbered_line("海政教督〔2026〕4号 发布日期：2026-06-18"), _numbered_line("根据某政发〔2020〕3号文件")
    (True, False)
    """
    from .numerals import DOC_NUMBER

    number = DOC_NUMBER.match(line) if len(line) < 150 else None
    rest = line[number.end():].strip() if number else ""
    return number is not None and (not rest or _starts_with_key(rest))


def _starts_with_key(line: str) -> bool:
    """Whether a short line starts with a header key and a colon (发布时间：…) or in brackets (【文号】…)."""
    return len(line) < 150 and bool(_key_opening().match(re.sub(r"\s", "", line[:20])))


@lru_cache(maxsize=1)
def _key_opening() -> re.Pattern:
    return re.compile(f"(?:{_key_alternation()})[:：]|【(?:{_key_alternation()})】")  # 发布时间：… or 【文号】…


def _trim_posting_line(line: str) -> str:
    """A posting line (发布时间：… 来源：…) without the hit counter and font switch after it.

    >>> _trim_posting_line("发布时间：2022-09-07  来源：某局  浏览次数：1203  大 中 小")
    '发布时间：2022-09-07  来源：某局'
    """
    return _page_counters().split(line)[0].rstrip() if _starts_with_key(line) else line


def _table_row(cells: list[str]) -> str:
    """A table row as one line: ``key: value`` pairs when the row is a header row (索引号 | 0113 |
    主题分类 | 水利), else its cells separated by tabs.

    >>> _table_row(["索引号", "0113/2022-1", "主题分类", "水利"]), _table_row(["指标", "2023年"])
    ('索引号: 0113/2022-1\\t主题分类: 水利', '指标\\t2023年')
    """
    _, keys = page_fields()
    parsed = [_key_value(cell, keys) for cell in cells if cell.strip()]
    pairs, index = [], 0
    while index < len(parsed):
        key, value = parsed[index]
        if key and not value and index + 1 < len(parsed) and not parsed[index + 1][0]:
            value, index = parsed[index + 1][1], index + 1
        if not (key and value):
            return _cell_line(cells)
        pairs.append(f"{key}: {value}")
        index += 1
    return "\t".join(pairs) if pairs else _cell_line(cells)


def _cell_line(cells: list[str]) -> str:
    """Cells separated by tabs; empty cells keep their place (a merged cell, an empty 序号), so a
    row's cells stay under the header's columns."""
    return "\t".join(cell.strip() for cell in cells) if any(cell.strip() for cell in cells) else ""


def _clean_cell(text: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", " ", text.replace("：", ":")).strip()


CELL_SEPARATOR = "\ue000"  # a tab between grid cells, kept apart from the blank runs squeezed below (lxml refuses C0 controls)


def _grid_rows(table) -> list[str] | None:
    """A data table's rows as lines of cells, aligned on the table's grid, or ``None`` for a layout
    table (a cell holding several paragraphs of a page).

    A cell spanning rows (rowspan) leaves its column empty in the rows below and a cell spanning
    columns (colspan) leaves the columns it covers empty, so every row has its cells in the
    header's columns; ``<br>`` and paragraphs inside a cell stay on the cell's line.
    """
    rows = [row for row in table.iter("tr") if row.getparent() is not None]
    cells_of = [[cell for cell in row if cell.tag in ("td", "th")] for row in rows]
    if len(rows) < 2 or max((len(cells) for cells in cells_of), default=0) < 2:
        return None
    if any(sum(1 for e in cell.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6")) > 3
           for cells in cells_of for cell in cells):
        return None
    lines, spanned = [], {}  # spanned: column -> rows still covered by a rowspan above
    for cells in cells_of:
        line, column = [], 0
        queue = list(cells)
        while queue or spanned.get(column, 0) > 0:
            if spanned.get(column, 0) > 0:
                spanned[column] -= 1
                line.append("")
                column += 1
                continue
            cell = queue.pop(0)
            for inner in cell.iter("br", "p", "div", "li"):
                inner.tail = " " + (inner.tail or "")
            line.append(re.sub(r"[\s\xa0\u3000]+", " ", cell.text_content()).strip())
            width = _span_attribute(cell, "colspan")
            for offset in range(width):
                if offset:
                    line.append("")
                spanned[column + offset] = _span_attribute(cell, "rowspan") - 1
            column += width
        lines.append(CELL_SEPARATOR.join(line))
    return lines


def _span_attribute(cell, name: str) -> int:
    value = re.match(r"\s*(\d{1,3})", cell.get(name) or "")
    return max(1, min(int(value[1]), 100)) if value else 1


def _flatten_tables(root) -> None:
    """Replace each innermost data table by one paragraph per row (see :func:`_grid_rows`)."""
    from lxml import etree

    for table in list(root.iter("table")):
        if table.getparent() is None or any(inner is not table for inner in table.iter("table")):
            continue
        lines = _grid_rows(table)
        if lines is None:
            continue
        block = etree.Element("div")
        for line in lines:
            etree.SubElement(block, "p").text = line
        block.tail = table.tail
        table.getparent().replace(table, block)


def _block_text(root) -> str:
    """An element's text with one line per block element, ``<br>`` and table row; cells tab-separated."""
    from lxml import etree

    _flatten_tables(root)
    for element in root.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in ("td", "th"):
            element.tail = "\t" + (element.tail or "")
        elif tag in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    text = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
    lines = (line.strip(" \t\r\f\v\xa0\u3000\u2002\u2003") for line in text.split("\n"))
    lines = (re.sub(r"\t{2,}", "\t", line).replace(CELL_SEPARATOR, "\t") for line in lines)
    return "\n".join(line for line in lines if line.strip())


def read_mhtml(data: bytes, path, encoding: str | None = None) -> Page:
    r"""A web archive (.mht, "save as single file"): the HTML part, read as an HTML page.

    >>> mht = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
    ...        b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ...        + __import__("base64").b64encode("<p>一、总则</p>".encode()) + b"\r\n--b--\r\n")
    >>> read_mhtml(mht, "a.mht").text
    '一、总则'
    """
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise IngestError(f"{path}: a web archive without an HTML page in it")
    html = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if charset and not encoding and b"charset" not in html[:4096].lower():
        html = b'<meta charset="' + charset.encode("ascii", "ignore") + b'">' + html
    page = read_html(html, path, encoding)
    page.format = "html"
    return page


# ---------------------------------------------------------------- Word .docx

def read_docx(data: bytes, path, encoding: str | None = None) -> Page:
    """A Word document's paragraphs and table rows (cells tab-separated) in reading order.

    >>> import docx, io
    >>> document = docx.Document(); _ = document.add_heading("某方案", 1); _ = document.add_paragraph("一、总则")
    >>> buffer = io.BytesIO(); document.save(buffer)
    >>> read_docx(buffer.getvalue(), "a.docx").text
    '某方案\\n一、总则'
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise Unreadable(f"{path}: a legacy Word .doc named .docx, or a password-protected .docx: open it in Word "
                         "or LibreOffice and save as .docx without a password")
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OpcError, LxmlError) as exc:
        raise IngestError(f"{path}: not a readable .docx ({type(exc).__name__}: {exc})") from None
    lines, numbering = [], _Numbering(document)

    def read(container) -> None:
        for element in _body_blocks(container):
            if element.tag.endswith("}p"):
                paragraph = Paragraph(element, document)
                text = _docx_paragraph(paragraph)
                lines.append(numbering.label(paragraph) + text if text else "")
            elif element.tag.endswith("}tbl"):
                table = Table(element, document)
                if _layout_table(table):
                    for row in table.rows:
                        for cell in row.cells:
                            read(cell._tc)
                else:
                    lines.extend(_docx_rows(table))

    read(document.element.body)
    text = "\n".join(lines).strip()
    if not text:
        raise IngestError(f"{path}: a .docx without text")
    return Page(text, "utf-8", "docx")


def _layout_table(table) -> bool:
    """A table of one column whose cells hold the text itself (a page laid out in a table, as Word
    saves a web page): its paragraphs are read as the body's, each a line with its numbering, not
    joined into one row."""
    return len(table.columns) == 1


def _body_blocks(body):
    """Paragraphs and tables of the body in order, including those inside content controls (w:sdt)."""
    for element in body.iterchildren():
        if element.tag.endswith("}sdt"):
            for content in element.iterchildren():
                if content.tag.endswith("}sdtContent"):
                    yield from _body_blocks(content)
        else:
            yield element


def _docx_paragraph(paragraph) -> str:
    """A paragraph's text from every text run in it, also those that python-docx's ``text`` does not
    visit (tracked insertions, smart tags, fields); deleted text is left out; line breaks inside it
    (Shift+Enter) stay line breaks, and a text box's paragraphs get lines of their own."""
    pieces = []
    for element in _descendants(paragraph._p):
        tag = element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
        if tag == "t":
            pieces.append(element.text or "")
        elif tag == "tab":
            pieces.append("\t")
        elif tag in ("br", "cr") or (tag == "p" and element is not paragraph._p):
            pieces.append("\n")
    return "\n".join(line.strip() for line in "".join(pieces).split("\n") if line.strip())


def _descendants(element):
    """The elements inside ``element`` in document order, without the fallback copy Word writes of
    every text box and drawing (mc:Fallback beside mc:Choice): its text would be read twice."""
    for child in element:
        if isinstance(child.tag, str) and child.tag.endswith("}Fallback") and any(
                isinstance(other.tag, str) and other.tag.endswith("}Choice") for other in element):
            continue
        yield child
        yield from _descendants(child)


_CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """A counter as Word's chineseCounting writes it.

    >>> [_chinese(n) for n in (3, 10, 12, 20, 105, 110)]
    ['三', '十', '十二', '二十', '一百零五', '一百一十']
    """
    if n < 10:
        return _CHINESE_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + (_CHINESE_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    if not rest:
        tail = ""
    elif rest < 10:
        tail = "零" + _CHINESE_DIGITS[rest]
    else:
        tail = ("一" if rest < 20 else "") + _chinese(rest)
    return _chinese(hundreds) + "百" + tail


NUMBER_FORMATS = {  # Word's w:numFmt values -> how a counter is written
    "decimal": str, "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}),
    "chineseCounting": _chinese, "chineseCountingThousand": _chinese, "chineseLegalSimplified": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if n <= 20 else str(n),
    "lowerLetter": lambda n: chr(96 + (n - 1) % 26 + 1), "upperLetter": lambda n: chr(64 + (n - 1) % 26 + 1),
    "lowerRoman": lambda n: _roman(n).lower(), "upperRoman": lambda n: _roman(n),
}


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += letters * count
    return out


class _Numbering:
    """Word's automatic list numbering (一、 (一) 1.) written out, since it is not in the text runs.

    The count is kept per abstract numbering definition, as Word keeps it (ECMA-376 §17.9): lists
    (numId) that share a definition go on counting from each other, and a list that overrides a
    level's start (w:startOverride, Word's "restart at 1") restarts it where it first appears. A level
    counts on from its start value and resets the levels below it. Bullets and unknown formats give
    no label.
    """

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.qn, self.counters, self.lists, self.started = qn, {}, {}, set()
        try:
            self.root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self.root = None

    def _num_pr(self, paragraph):
        """The paragraph's (numId, level), from its own properties or its style's."""
        qn = self.qn
        for holder in (paragraph._p, *self._styles(paragraph)):
            ppr = holder.find(qn("w:pPr"))
            num = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num is not None and num.find(qn("w:numId")) is not None:
                level = num.find(qn("w:ilvl"))
                return num.find(qn("w:numId")).get(qn("w:val")), int(level.get(qn("w:val")) if level is not None else 0)
        return None

    @staticmethod
    def _styles(paragraph):
        style = paragraph.style
        while style is not None:
            yield style.element
            style = style.base_style

    def _list(self, num_id: str) -> tuple[str | None, dict[int, tuple[int, str, str]], dict[int, int]]:
        """``(abstract id, {level: (start, numFmt, lvlText)}, {level: start override})`` of a list."""
        if num_id in self.lists:
            return self.lists[num_id]
        qn = self.qn
        num = next((n for n in self.root.iter(qn("w:num")) if n.get(qn("w:numId")) == num_id), None)
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val")) if num is not None and \
            num.find(qn("w:abstractNumId")) is not None else None
        abstract = next((a for a in self.root.iter(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id), None)
        levels, overrides = {}, {}
        for lvl in abstract.iter(qn("w:lvl")) if abstract is not None else ():
            def value(tag, default):
                found = lvl.find(qn(tag))
                return found.get(qn("w:val")) if found is not None else default
            levels[int(lvl.get(qn("w:ilvl")))] = (int(value("w:start", "1")), value("w:numFmt", "decimal"),
                                                  value("w:lvlText", ""))
        for override in num.iter(qn("w:lvlOverride")) if num is not None else ():
            start = override.find(qn("w:startOverride"))
            if start is not None:
                overrides[int(override.get(qn("w:ilvl")))] = int(start.get(qn("w:val")))
        self.lists[num_id] = (abstract_id, levels, overrides)
        return self.lists[num_id]

    def label(self, paragraph) -> str:
        """The number Word shows before this paragraph, or ''."""
        found = self._num_pr(paragraph) if self.root is not None else None
        if found is None or found[0] == "0":
            return ""
        num_id, level = found
        abstract_id, levels, overrides = self._list(num_id)
        if level not in levels or levels[level][1] not in NUMBER_FORMATS:
            return ""
        count = self.counters.setdefault(abstract_id, {})
        if level in overrides and (num_id, level) not in self.started:
            count[level] = overrides[level] - 1  # this list restarts the level where it first appears
        self.started.add((num_id, level))
        count[level] = count.get(level, levels[level][0] - 1) + 1
        for deeper in [key for key in count if key > level]:
            del count[deeper]
        text = levels[level][2]
        for index in range(level + 1):
            start, fmt, _ = levels.get(index, (1, "decimal", ""))
            write = NUMBER_FORMATS.get(fmt, str)
            text = text.replace(f"%{index + 1}", write(count.get(index, start)))
        return text


def _docx_rows(table) -> list[str]:
    """One line per row, merged cells once; nested tables follow their row."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(filter(None, (_docx_paragraph(p).replace("\n", " ") for p in cell.paragraphs))))
        rows.append(_table_row(cells))
        for cell in row.cells:
            for inner in cell.tables:
                rows.extend(_docx_rows(inner))
    return rows


# ---------------------------------------------------------------- PDF

PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*页?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$")
OUTLINE_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十百\d]+[章节条])")
CJK = r"\u2014\u2018-\u201f\u2026\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
# Gaps a PDF's character spacing (or digits set in a Latin font) leave inside Chinese text: 到 2025 年底
_CJK_GAP = rf"(?<=[{CJK}]) {{1,2}}(?=[{CJK}0-9])|(?<=[0-9]) {{1,2}}(?=[{CJK}])"


@lru_cache(maxsize=1)
def _cjk_gap() -> re.Pattern:
    """``_CJK_GAP`` except a gap before a header key and its colon: on a header line (文件编号: 某财农
    〔2025〕5号 发布机构: 区财政局) that gap is all that ends one field's value, so it stays."""
    _, keys = page_fields()
    key = "|".join(map(re.escape, sorted(keys, key=len, reverse=True)))
    return re.compile(rf"(?:{_CJK_GAP})(?!(?:{key})[:：])")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    size: float  # character height: the unit of indents and margins
    top: float = 0.0  # distance of the line's top from the top of the page
    fixed: bool = False  # a table row: never joined to its neighbours
    ruled: bool = False  # a row of a ruled table, read cell by cell


def read_pdf(data: bytes, path, encoding: str | None = None) -> Page:
    """A PDF's text layer as paragraphs: running headers, footers and page numbers removed.

    Lines of one paragraph are joined without a space between Chinese characters; a paragraph
    ends where a line stops short of the right margin or the next line is indented or numbered.
    A PDF without a text layer (a scan) raises :class:`Unreadable`: it needs OCR first.
    """
    pages = _pdf_lines(data, path)
    if sum(len(line.text) for page in pages for line in page) < 20 * len(pages):
        raise Unreadable(f"{path}: no text layer (a scanned PDF?): run OCR first "
                         "(e.g. ocrmypdf -l chi_sim) or save the text as .txt")
    pages = _drop_running_lines(pages)
    return Page(_paragraphs(pages), "utf-8", "pdf")


def _pdf_lines(data: bytes, path) -> list[list[_Line]]:
    """The text lines of every page, top to bottom."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psparser import PSException  # the base of pdfminer's errors on broken files

    try:
        layout = list(extract_pages(io.BytesIO(data), laparams=LAParams()))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise Unreadable(f"{path}: an encrypted PDF: save an unprotected copy or the text as .txt") from None
    except (PSException, ValueError, TypeError, KeyError, EOFError) as exc:
        raise IngestError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    pages = []
    for page in layout:
        tables = _ruled_tables(page)
        lines, text_lines = [], []
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine) and line.get_text().strip():
                        text_lines.append(line)
        for line in text_lines:
            if any(table.holds(line) for table in tables):
                continue  # its characters are read cell by cell below
            text = _close_gaps(line.get_text().strip())
            lines.append((-line.y1, line.x0, _Line(text, line.x0, line.x1, line.height or 10.0, page.height - line.y1)))
        for table in tables:
            for top, row, size in table.rows(text_lines):
                lines.append((-top, table.x0, _Line(row, table.x0, table.x1, size, page.height - top, fixed=True, ruled=True)))
        pages.append(_same_baseline(sorted(lines, key=lambda item: (round(item[0]), item[1]))))
    return pages


RULE = 2.0  # points: a drawn segment or filled box thinner than this is a ruled line
RULE_TOLERANCE = 2.0  # points: rules closer than this are one rule, and touch
MAX_RULES = 2000  # a page with more drawn segments holds a drawing (a chart, a seal), not a table


@dataclass
class _RuledTable:
    """A table drawn with ruled lines: its vertical rules (x, y0, y1) and horizontal rules (y, x0, x1)."""
    verticals: list
    horizontals: list
    x0: float = field(init=False)
    x1: float = field(init=False)
    y0: float = field(init=False)
    y1: float = field(init=False)

    def __post_init__(self):
        self.x0 = min(x for x, _, _ in self.verticals)
        self.x1 = max(x for x, _, _ in self.verticals)
        self.y0 = min(y for y, _, _ in self.horizontals)
        self.y1 = max(y for y, _, _ in self.horizontals)

    def holds(self, item) -> bool:
        """Whether the centre of a text line or character lies inside the table."""
        cx, cy = (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2
        return self.x0 < cx < self.x1 and self.y0 < cy < self.y1

    def rows(self, text_lines) -> list[tuple[float, str, float]]:
        """``(top, row, size)`` of every row band between two horizontal rules that holds text: the
        characters of each cell (the space between the vertical rules crossing the band) joined
        line by line, the cells as :func:`_table_row` writes a Word table's. A cell merged over
        several rows (no rule between them over its column) is read once, in its first row; the
        rows below keep it empty, as the merged cells of a Word table are read."""
        from pdfminer.layout import LTChar

        chars = [char for line in text_lines for char in line if isinstance(char, LTChar) and self.holds(char)]
        ys = _merged(sorted((y for y, _, _ in self.horizontals), reverse=True))
        bands = list(zip(ys, ys[1:]))
        cells: dict[tuple[int, float], list] = {}
        for char in chars:
            cx, cy = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
            band = next((i for i, (top, bottom) in enumerate(bands) if bottom <= cy < top), None)
            if band is None:
                continue
            while band > 0 and not self._ruled(bands[band][0], cx):
                band -= 1  # the cell goes on from the row above: its text belongs to its first row
            left = max((x for x in self._separators(*bands[band]) if x <= cx), default=self.x0)
            cells.setdefault((band, left), []).append(char)
        rows = []
        for index, (top, bottom) in enumerate(bands):
            xs = self._separators(top, bottom)
            inside = [char for (band, _), found in cells.items() if band == index for char in found]
            if len(xs) < 2 or not inside:
                continue
            row = [_cell_text(cells.get((index, left), [])) for left in xs[:-1]]
            rows.append((top, _table_row(row), max(char.size for char in inside)))
        return rows

    def _separators(self, top: float, bottom: float) -> list[float]:
        """The vertical rules crossing the middle of a row band, left to right."""
        middle = (top + bottom) / 2
        return _merged(sorted(x for x, y0, y1 in self.verticals if y0 - RULE_TOLERANCE <= middle <= y1 + RULE_TOLERANCE))

    def _ruled(self, y: float, x: float) -> bool:
        """Whether a horizontal rule at height ``y`` runs over ``x``."""
        return any(abs(y - hy) <= RULE_TOLERANCE and x0 - RULE_TOLERANCE <= x <= x1 + RULE_TOLERANCE
                   for hy, x0, x1 in self.horizontals)


def _merged(values: list[float]) -> list[float]:
    """Sorted coordinates with those closer than RULE_TOLERANCE taken once."""
    out: list[float] = []
    for value in values:
        if not out or abs(value - out[-1]) > RULE_TOLERANCE:
            out.append(value)
    return out


def _cell_text(chars) -> str:
    """The characters of one table cell as text: printed lines top to bottom, joined as a
    paragraph's lines are (no space between Chinese characters)."""
    lines: list[list] = []
    for char in sorted(chars, key=lambda c: (-(c.y0 + c.y1) / 2, c.x0)):
        middle = (char.y0 + char.y1) / 2
        if lines and abs(middle - (lines[-1][0].y0 + lines[-1][0].y1) / 2) < 0.5 * char.size:
            lines[-1].append(char)
        else:
            lines.append([char])
    text = ""
    for line in lines:
        line.sort(key=lambda c: c.x0)
        printed = line[0].get_text()
        for before, char in zip(line, line[1:]):
            gap = char.x0 - before.x1
            printed += (" " if gap > 0.3 * char.size else "") + char.get_text()
        printed = _close_gaps(printed.strip())
        text += _glue(text, printed) + printed if text else printed
    return text


def _ruled_tables(page) -> list[_RuledTable]:
    """The tables of a page drawn with ruled lines: drawn lines, thin filled boxes (how Word prints
    a border) and the edges of cell boxes, grouped where they touch; a group with at least three
    vertical rules (two columns) and two horizontal ones (a row: a table running on from the page
    before) is a table. A lone frame or underline is none."""
    from pdfminer.layout import LTContainer, LTLine, LTRect

    def drawn(container):
        for item in container:
            if isinstance(item, (LTLine, LTRect)):
                yield item
            elif isinstance(item, LTContainer) and not hasattr(item, "get_text"):
                yield from drawn(item)

    segments = []  # ("v", x, y0, y1) or ("h", y, x0, x1)
    for item in drawn(page):
        width, height = item.x1 - item.x0, item.y1 - item.y0
        if width <= RULE < height:
            segments.append(("v", (item.x0 + item.x1) / 2, item.y0, item.y1))
        elif height <= RULE < width:
            segments.append(("h", (item.y0 + item.y1) / 2, item.x0, item.x1))
        elif isinstance(item, LTRect) and width > RULE and height > RULE:
            segments += [("v", item.x0, item.y0, item.y1), ("v", item.x1, item.y0, item.y1),
                         ("h", item.y0, item.x0, item.x1), ("h", item.y1, item.x0, item.x1)]
        if len(segments) > MAX_RULES:
            return []
    boxes = [(x - RULE_TOLERANCE, a - RULE_TOLERANCE, x + RULE_TOLERANCE, b + RULE_TOLERANCE) if kind == "v" else
             (a - RULE_TOLERANCE, x - RULE_TOLERANCE, b + RULE_TOLERANCE, x + RULE_TOLERANCE)
             for kind, x, a, b in segments]
    group = list(range(len(segments)))

    def root(i):
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i, (ax0, ay0, ax1, ay1) in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            bx0, by0, bx1, by1 = boxes[j]
            if ax0 <= bx1 and bx0 <= ax1 and ay0 <= by1 and by0 <= ay1:
                group[root(j)] = root(i)
    tables = []
    for key in sorted({root(i) for i in range(len(segments))}):
        members = [segment for i, segment in enumerate(segments) if root(i) == key]
        verticals = [(x, a, b) for kind, x, a, b in members if kind == "v"]
        horizontals = [(y, a, b) for kind, y, a, b in members if kind == "h"]
        if len(_merged(sorted(x for x, _, _ in verticals))) >= 3 and len(_merged(sorted(y for y, _, _ in horizontals))) >= 2:
            tables.append(_RuledTable(verticals, horizontals))
    return tables


LETTER_SPACED_SHARE = 0.7  # of a line's space-separated pieces, single characters: a line set letter-spaced
MIN_LETTER_SPACED = 8  # pieces


def _close_gaps(text: str) -> str:
    """Remove the spaces a PDF puts between Chinese characters and between them and digits; in a
    line set with character spacing (justified print: every character stands apart), every single
    space, so that its numbers close up too (6月3 0日 → 6月30日, 1 0 0 % → 100%).

    >>> _close_gaps("到 2025 年底，覆 盖 率达到 “100%”，GDP 增长")
    '到2025年底，覆盖率达到“100%”，GDP 增长'
    >>> _close_gaps("检 查 覆 盖 率 达 到 1 0 0 % ， 6 月 3 0 日 前")
    '检查覆盖率达到100%，6月30日前'
    """
    return _cjk_gap().sub("", "\n".join(map(_closed_if_letter_spaced, text.split("\n"))))


def _closed_if_letter_spaced(line: str) -> str:
    pieces = line.split(" ")
    if len(pieces) >= MIN_LETTER_SPACED and sum(len(piece) == 1 for piece in pieces) >= LETTER_SPACED_SHARE * len(pieces):
        return re.sub(r"(?<=\S) (?=\S)", "", line)
    return line


PUSHED_OUT = 2.5  # characters a wrapped line may stop short of the margin when its sentence goes on
COLUMN_GAP = 2.0  # characters: pieces of one printed line this far apart stand in columns
BARE_MARK = re.compile(r"\s*(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[章节条])\s*")


def _same_baseline(lines: list[tuple[float, float, _Line]]) -> list[_Line]:
    """Pieces of one printed line (split by a wide gap: 各区县，    市直各单位) as one line. Pieces at
    least two characters apart are columns (a table printed without rules: 1  建台账  县水利局): they
    are joined by a tab, as a table's cells are, and the line is a row, never joined to the next."""
    merged: list[tuple[float, _Line]] = []
    for top, _, line in lines:
        if (merged and abs(top - merged[-1][0]) < 0.5 * line.size and line.x0 >= merged[-1][1].x1
                and not (line.ruled or merged[-1][1].ruled)):
            last = merged[-1][1]
            # a number set apart from its text (第一条    为了…, 一、    总体要求) is no column
            column = line.x0 - last.x1 >= COLUMN_GAP * min(last.size, line.size) and not BARE_MARK.fullmatch(last.text)
            merged[-1] = (merged[-1][0], _Line(last.text + ("\t" if column else " ") + line.text, last.x0, line.x1,
                                               max(last.size, line.size), last.top, fixed=column or last.fixed))
        else:
            merged.append((top, line))
    return [line for _, line in merged]


SHORT_LAST_PAGE = 4  # lines


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove page numbers, lines repeated at the top or bottom of most pages at the same height
    (a 文号 printed as the running header of every page, not the 文号 under page 1's red header),
    and, after the first page, a header or footer line set smaller than the text and outside the
    band the text's lines fill (a running 文号 or organ printed from page 2 on)."""
    def shape(text: str) -> str:
        return re.sub(r"\d+", "#", text)

    # a last page of a few lines (a signature run over: 某市气象局 / 2026年4月10日) is all edge and no page
    # of running lines: its organ at the top repeats page 1's header line by chance, not as furniture
    counted = pages[:-1] if len(pages) >= 2 and len(pages[-1]) <= SHORT_LAST_PAGE else pages
    places: dict[str, list[tuple[int, float]]] = {}  # shape -> (page, top) of edge lines
    for number, page in enumerate(counted):
        for line in page[:2] + page[-2:]:
            if not line.fixed and (number, line.top) not in places.get(shape(line.text), []):
                places.setdefault(shape(line.text), []).append((number, line.top))
    need = max(2, (len(counted) + 1) // 2)

    def repeated(line: _Line) -> bool:
        seen = {number for number, top in places.get(shape(line.text), []) if abs(top - line.top) <= line.size}
        return len(counted) >= 2 and len(seen) >= need

    body = [line for page in pages for line in page if not line.fixed]
    size = sorted(line.size for line in body)[len(body) // 2] if body else 0.0
    text_band = [line.top for line in body if line.size >= 0.85 * size]
    top, bottom = (min(text_band), max(text_band)) if text_band else (0.0, 0.0)

    def furniture(line: _Line, number: int) -> bool:
        return (number > 0 and not line.fixed and line.size < 0.85 * size
                and (line.top < top - 0.5 * line.size or line.top > bottom + 0.5 * line.size))

    kept = []
    for number, page in enumerate(pages):
        edge = {id(line) for line in page[:2] + page[-2:]}
        kept.append([line for line in page if not (id(line) in edge and (
            PAGE_NUMBER.match(line.text) or repeated(line) or furniture(line, number)))])
    return kept


def _paragraphs(pages: list[list[_Line]]) -> str:
    """Join the lines of each paragraph; a paragraph may run on to the next page."""
    lines = [line for page in pages for line in page]
    if not lines:
        return ""
    # the text block's margins; a few wide or stray lines (a table, a seal's caption) do not move them
    text = _in_body_type(_without_overhanging([line for line in lines if not line.fixed] or lines))
    left = sorted(line.x0 for line in text)[len(text) // 20]
    right = sorted(line.x1 for line in text)[len(text) - 1 - len(text) // 20]
    out = [lines[0].text]
    for before, line in zip(lines, lines[1:]):
        full = before.x1 >= right - 1.5 * before.size  # the line ran to the margin: the sentence goes on
        # …or stopped short by a character pushed down with a closing mark (龙头企业5 / 家，…) and a
        # half-width digit: a body line (not a signature set right) whose sentence is not ended
        full = full or (before.x1 >= right - PUSHED_OUT * before.size and before.x0 <= left + 2.5 * before.size
                        and before.text[-1] not in SENTENCE_END and not KEY_LINE.match(line.text))
        indented = line.x0 > left + 1.2 * line.size
        # a title set in larger type does not run on into the smaller text under it (…的实施意见 / 各乡镇…：)
        resized = abs(before.size - line.size) > 0.2 * min(before.size, line.size)
        if full and not indented and not resized and not OUTLINE_MARK.match(line.text) and not (before.fixed or line.fixed) \
                and not PRINTED_LINE.search(line.text):  # the printing line under the text (…2026年4月16日印发)
            out[-1] += _glue(out[-1], line.text) + line.text
        else:
            out.append(line.text)
    return "\n".join(out)


def _in_body_type(lines: list[_Line]) -> list[_Line]:
    """The lines set in the body's type size (the most common one), when they are most of ``lines``:
    titles in larger type, wrapped over two lines wider than the text, must not move its margins.

    >>> title = [_Line("…领域", 37.5, 557.5, 20.0), _Line("…的通知", 47.5, 547.5, 20.0)]
    >>> body = [_Line("一、…", 109.0, 514.0, 15.0), _Line("…", 79.0, 512.6, 15.0), _Line("…", 79.0, 378.0, 15.0)]
    >>> [line.size for line in _in_body_type(title + body)]
    [15.0, 15.0, 15.0]
    """
    sizes = Counter(round(line.size) for line in lines)
    body = sizes.most_common(1)[0][0] if sizes else 0
    kept = [line for line in lines if round(line.size) == body]
    return kept if 2 * len(kept) > len(lines) else lines


def _without_overhanging(lines: list[_Line]) -> list[_Line]:
    """``lines`` without the (at most two) lines wider than all the others on both sides: on a short
    page one such line (an adoption line set wide under a decision's title) is more than the
    twentieth of lines the margins allow for, and would make every body line read as indented.

    >>> wide, body = _Line("（…会议通过）", 25.7, 569.3, 15.0), _Line("一、…", 109.0, 514.0, 15.0)
    >>> [line.x0 for line in _without_overhanging([wide, body, _Line("…", 79.0, 514.0, 15.0)])]
    [109.0, 79.0]
    """
    for _ in range(2):
        if len(lines) < 3:
            break
        widest = max(lines, key=lambda line: line.x1 - line.x0)
        others = [line for line in lines if line is not widest]
        if not (widest.x0 < min(line.x0 for line in others) - widest.size
                and widest.x1 > max(line.x1 for line in others) + widest.size):
            break
        lines = others
    return lines


READERS = {
    **{suffix: read_text for suffix in TEXT_SUFFIXES},
    **{suffix: read_html for suffix in HTML_SUFFIXES},
    **{suffix: read_markdown for suffix in MARKDOWN_SUFFIXES},
    ".mht": read_mhtml, ".mhtml": read_mhtml,
    ".docx": read_docx,
    ".pdf": read_pdf,
}


# ---------------------------------------------------------------- metadata evidence

def fill_from_page_meta(meta, page_meta: dict[str, str]) -> list[str]:
    """Fill a :class:`~policycompare.metadata.Metadata`'s empty title, issuer and date from the
    page's ``<meta>`` evidence; return what was filled (``date<-meta:PubDate`` …).

    The text's own values always win: a page's tags describe the web posting, not the document.

    >>> from policycompare.metadata import Metadata
    >>> meta = Metadata()
    >>> fill_from_page_meta(meta, {"meta:PubDate": "2021-05-20 10:00", "meta:ContentSource": "城固县人民政府办公室"})
    ['issuer<-meta:ContentSource', 'date<-meta:PubDate']
    >>> meta.date, meta.date_source, meta.jurisdiction, meta.province
    ('2021-05-20', 'meta:PubDate', '城固县', '陕西省')
    >>> town = Metadata(title="昌五镇取暖期消防安全工作方案", jurisdiction="昌五镇", admin_level="township")
    >>> fill_from_page_meta(town, {"html:title": "昌五镇取暖期消防安全工作方案-乡镇动态-肇东市人民政府"}), town.province
    (['province<-site'], '黑龙江省')
    >>> street = Metadata(title="三里庵街道2026年工作要点", jurisdiction="三里庵街道", admin_level="township")
    >>> fill_from_page_meta(street, {"html:title": "三里庵街道2026年工作要点", "html:site": "合肥市蜀山区人民政府"}), street.province
    (['province<-site'], '安徽省')
    """
    from .metadata import ORGAN_NAME, genre_of, jurisdiction_of, locate
    from .numerals import DATE_PATTERN, date_from_match

    names, _ = page_fields()
    evidence = {}
    for key, value in page_meta.items():
        evidence.setdefault(names.get(key.partition(":")[2].lower(), ""), (key, value))
    filled = []
    if not meta.title and "title" in evidence:
        meta.title = evidence["title"][1]
        meta.genre = meta.genre or genre_of(meta.title)
        filled.append(f"title<-{evidence['title'][0]}")
    if not meta.issuer and "issuer" in evidence and ORGAN_NAME.match(evidence["issuer"][1]):
        meta.issuer = evidence["issuer"][1]
        if not meta.jurisdiction and jurisdiction_of(meta.issuer):
            meta.jurisdiction = jurisdiction_of(meta.issuer)
            meta.province, meta.admin_level = locate(meta.jurisdiction)
        filled.append(f"issuer<-{evidence['issuer'][0]}")
    if not meta.date and "date" in evidence:
        match = DATE_PATTERN.search(evidence["date"][1])
        date = date_from_match(match) if match else None
        if date is not None and date.year > 1970:
            meta.date, meta.date_source = date.isoformat(), evidence["date"][0]
            filled.append(f"date<-{evidence['date'][0]}")
    # a town's page on its county's site (<title>…-肇东市人民政府</title>): the site's province is the town's
    site = evidence.get("site", ("", ""))[1] or page_meta.get("html:site") \
        or re.split(r"\s*[-_|—]+\s*", page_meta.get("html:title", ""))[-1]
    if meta.jurisdiction and not meta.province and ORGAN_NAME.match(site) and jurisdiction_of(site):
        meta.province = locate(jurisdiction_of(site))[0]
        filled.append("province<-site")
    return filled
