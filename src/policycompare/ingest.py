"""Stage 1a: raw bytes to clean text.

Three things happen here, each recorded rather than hidden:

* decoding: UTF-8 (with or without BOM) or GB18030 (which covers GBK and GB2312), detected by
  strict decoding, never by a silent guess;
* page boilerplate (breadcrumbs, share/print links, QR prompts, site link lists, copyright and
  ICP lines, previous/next links) is cut line by line, and every cut is kept for the report;
* a *parse view* of the clean text is built for the later stages: full-width forms folded to
  half-width and traditional characters mapped to simplified, one character for one character,
  so every offset found in the parse view is also an offset in the stored text.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import opencc


class IngestError(ValueError):
    """A file that cannot be turned into text; the message names the file (and line, if any)."""


@dataclass
class CleanText:
    """A decoded, de-boilerplated document text with everything needed to trace it back.

    ``text`` keeps what the page said; ``parse`` is the same length and is what the parsers read.
    ``line_numbers[i]`` is the 1-based line of the raw file where line ``i`` of ``text`` starts.
    """

    path: Path
    text: str
    parse: str
    encoding: str
    script: str
    sha256: str = ""
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (raw line, text, why)
    line_numbers: list[int] = field(default_factory=list)
    format: str = "text"  # text, html, markdown, docx or pdf (see policycompare.readers)
    page_meta: dict[str, str] = field(default_factory=dict)  # the page's own metadata evidence (<meta> tags)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def boilerplate_chars(self) -> int:
        """Characters cut as page boilerplate."""
        return sum(len(line) for _, line, _ in self.removed)

    def line_of(self, offset: int) -> int:
        """The raw file's line number (1-based) holding character ``offset`` of ``text``.

        >>> doc = clean_text("扫一扫在手机打开当前页\\n一、总则\\n内容")
        >>> doc.line_of(doc.text.index("内容"))
        3
        """
        if not self.line_numbers:
            return 1
        if len(self._line_starts) != len(self.line_numbers):
            self._line_starts[:] = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return self.line_numbers[bisect.bisect_right(self._line_starts, offset) - 1]


# ---------------------------------------------------------------- decoding

def decode_bytes(data: bytes, source: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes, returning ``(text, encoding)``; raise :class:`IngestError` if impossible.

    >>> decode_bytes("司法局".encode("gbk"))
    ('司法局', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "一、".encode())
    ('一、', 'utf-8-sig')
    """
    if not data.strip():
        raise IngestError(f"{source}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", source), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", source), "utf-8-sig"
    if b"\x00" in data:  # UTF-16 written without a BOM, or a binary file with NUL bytes anywhere
        return _utf16_without_bom(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        _refuse_mixed(data, source)
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            raise IngestError(
                f"{source}:{line}: neither UTF-8 nor GB18030 (byte {utf8_error.start}); "
                "set the encoding column of the manifest"
            ) from None
    if _common_hanzi_share(text) < 0.5:
        raise IngestError(
            f"{source}: decodes as GB18030 but reads as noise; set the encoding column of the manifest"
        )
    return text, "gb18030"


def _no_nul(text: str, source) -> str:
    """Decoded text with no NUL character, else an error naming the line."""
    at = text.find("\x00")
    if at >= 0:
        raise IngestError(f"{source}:{text.count(chr(10), 0, at) + 1}: binary file (NUL bytes), not a text page")
    return text


def _utf16_without_bom(data: bytes, source) -> tuple[str, str]:
    """Text of UTF-16 bytes without a byte-order mark (the byte order that reads as text), or an
    error naming the first NUL byte's line.

    >>> _utf16_without_bom("一、总则\\n".encode("utf-16-le"), "x.txt")
    ('一、总则\\n', 'utf-16-le')
    """
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _reads_as_text(text):
                return text, encoding
    at = data.index(b"\x00")
    line = data.count(b"\n", 0, at) + 1
    raise IngestError(f"{source}:{line}: binary file (NUL bytes, byte {at}), not a text page")


def _reads_as_text(text: str) -> bool:
    """Whether decoded text looks like a page: printable, with common Chinese characters."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\n\r\t")
    return controls <= len(sample) // 1000 and _common_hanzi_share(sample) >= 0.5 and bool(HAN.search(sample))


def _refuse_mixed(data: bytes, source) -> None:
    """Raise when some lines are UTF-8 Chinese and others only GB18030: a file pasted together
    from two encodings, which no single decoding reads. The error names the line where the
    encoding changes."""
    first = None
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            kind = "UTF-8" if HAN.search(line.decode("utf-8")) else None
        except UnicodeDecodeError:
            kind = "GB18030"
        if kind is None:
            continue
        if first is None:
            first = kind
        elif kind != first:
            raise IngestError(f"{source}:{number}: the encoding changes here from {first} to {kind}; "
                              "save the file in one encoding")


def _strict(data: bytes, encoding: str, source) -> str:
    try:
        return _no_nul(data.decode(encoding), source)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise IngestError(f"{source}:{line}: invalid {encoding} (byte {exc.start})") from None


def _common_hanzi_share(text: str) -> float:
    """Share of Han characters that are among the 3,755 most common (GB2312 level 1).

    A wrong decoding produces rare characters; real Chinese prose is mostly common ones.
    """
    han = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 1.0
    return sum(_is_common_hanzi(ch) for ch in han) / len(han)


@lru_cache(maxsize=None)
def _is_common_hanzi(ch: str) -> bool:
    try:
        return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- parse view

HAN = re.compile(r"[\u4e00-\u9fff]")
# Invisible characters pasted into pages (zero-width space, joiners, word joiner, BOM, soft hyphen,
# direction marks). They would split a marker (1\u200b.) or a name; clean_text removes them from the
# text and its parse view alike, so offsets stay aligned, and records each removal.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]+")
# full-width forms (and the ideographic and no-break spaces) -> half-width ones
WIDE_TO_NARROW = {"\u3000": " ", "\xa0": " ", **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}}
# bullet glyphs (▶ 区民政局：牵头…, ● 新建…) mark lines and say nothing: blanks in the parse view (○ stays:
# pages write it for the zero of 二○二六年)
BULLETS = dict.fromkeys("▶►▸◆◇■□▪●◉★☆✔✓", " ")
FOLDED = {**WIDE_TO_NARROW, **BULLETS}


RADICAL = re.compile("[\u2e80-\u2fdf]")  # CJK Radicals Supplement and Kangxi Radicals


@lru_cache(maxsize=1)
def radical_forms() -> dict[str, str]:
    """Radical code points a PDF's font maps characters to (⼯作⽬标 for 工作目标, 6⽉30⽇), each
    with the character it prints: the Kangxi radicals by their compatibility form, the others
    from ``data/radical_forms.csv``."""
    from .extract.lexicon import table  # here, not at the top: the extractors import this module

    forms = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
    forms.update((row["radical"], row["character"]) for row in table("radical_forms"))
    return {radical: character for radical, character in forms.items() if len(character) == 1 and radical != character}


def without_radicals(text: str) -> str:
    """``text`` with radical code points written as the characters they print, one for one.

    >>> without_radicals("⼀、⼯作⽬标：6⽉30⽇前，县⽔利局⻓期坚持")
    '一、工作目标：6月30日前，县水利局长期坚持'
    """
    return replace_chars(text, {ch: radical_forms()[ch] for ch in set(RADICAL.findall(text)) if ch in radical_forms()}) \
        if RADICAL.search(text) else text


def replace_chars(text: str, table: dict[str, str]) -> str:
    """``text`` with each character of ``table`` replaced by its value (one character for one):
    ``str.translate``, done as one ``replace`` per character the text holds, since translating a
    long Chinese text character by character is slow.

    >>> replace_chars("〈条例〉(试行)", {"〈": "《", "〉": "》"})
    '《条例》(试行)'
    """
    for old, new in table.items():
        if old in text:
            text = text.replace(old, new)
    return text


def fold_width(text: str) -> str:
    """``text`` with full-width forms (and the ideographic and no-break spaces) as half-width ones,
    and bullet glyphs as spaces, one character for one.

    >>> fold_width("（一）１２％\u3000ok"), fold_width("▶ 区民政局：牵头")
    ('(一)12% ok', '  区民政局:牵头')
    """
    return replace_chars(text, FOLDED)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=None)
def _simplified(ch: str) -> str:
    converted = _t2s().convert(ch)
    return converted if len(converted) == 1 else ch


@lru_cache(maxsize=1)
def _traditional() -> tuple[dict[str, str], re.Pattern]:
    """Every Han character (those ``HAN`` matches) that has another simplified form, mapped to it,
    and a pattern that finds them: converted once, so a text is searched, not taken apart."""
    from .extract.lexicon import table  # here, not at the top: the extractors import this module

    kept = {row["character"] for row in table("simplified_kept")}  # 乾县, 濛阳: valid simplified characters
    changed = {}
    for code in range(0x4E00, 0xA000):
        simple = _simplified(chr(code))
        if simple != chr(code) and chr(code) not in kept:
            changed[chr(code)] = simple
    return changed, re.compile(f"[{''.join(changed)}]")


@lru_cache(maxsize=1 << 14)  # extractors fold the same short labels and names again and again
def parse_view(text: str) -> tuple[str, str]:
    """Fold widths and map traditional to simplified, keeping the length; return ``(view, script)``.

    ``script`` is ``"traditional"`` when enough characters changed to call the page traditional.

    >>> parse_view("（一）關於印發")
    ('(一)关于印发', 'traditional')
    """
    return _simplify(fold_width(text))


# 號(hào): a pinyin gloss after a character (on pages for learners) is noise to every parser.
# (The bracket comes first, the character before it is looked back at: a pattern that starts with a
# literal is searched for that character, not tried at every position of the page.)
PINYIN_GLOSS = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[1-5]?\)")


def _blank_glosses(folded: str) -> str:
    """Blank pinyin glosses with spaces of the same length (offsets stay those of the text)."""
    return PINYIN_GLOSS.sub(lambda m: " " * len(m.group()), folded) if "(" in folded else folded


# ??2018年5月14日: an indent of ideographic spaces that a wrong encoding turned into question marks
LOST_INDENT = re.compile(r"(?m)^[?？]{2,8}(?=[\u4e00-\u9fff\d(（《“])")


def _blank_lost_indents(folded: str) -> str:
    """Blank question marks that stand for a lost indent at a line's start (same length)."""
    return LOST_INDENT.sub(lambda m: " " * len(m.group()), folded) if "??" in folded else folded


def _simplify(folded: str) -> tuple[str, str]:
    """Map traditional characters to simplified one for one; judge the script on a sample."""
    folded = _blank_lost_indents(_blank_glosses(folded))
    simple, traditional = _traditional()
    table = {ord(ch): simple[ch] for ch in set(traditional.findall(folded))}
    if not table:
        return folded, "simplified"
    sample = HAN.findall(folded, 0, 50_000)
    changed = sum(1 for ch in sample if ord(ch) in table)
    script = "traditional" if changed > 0.02 * len(sample) else "simplified"
    return folded.translate(table), script


# ---------------------------------------------------------------- boilerplate

# links that switch a page's mode (accessibility, the elderly's view, script, login): a top bar holds them
_PAGE_MODES = r"(?:无障碍(?:浏览|阅读|模式)?|长者模式|关怀版|适老版|繁體|繁体|简体|English|ENGLISH|登录|注册)"
# Lines that are site furniture wherever they stand. Each pattern is matched on the folded line.
_BOILERPLATE_LINES = [
    # 当前位置, 您当前的位置, 你现在所在的位置 …: a site's path
    (re.compile(r"^(?:[您你]?(?:当前|现在|目前)(?:所在)?|所在)的?位置\s*[:：]"), "breadcrumb"),
    (re.compile(r"^首页\s*[>/»›＞→]"), "breadcrumb"),
    (re.compile(r"^[【\[]?\s*(字号|字体)\s*[:：]?\s*([大中小默认]\s*)*[】\]]?\s*(分享\s*[:：]?.*)?$"), "font-size switch"),
    (re.compile(r"^(分享到?\s*[:：]?.*)$"), "share links"),
    (re.compile(r"^(?:[\[【]?(?:打印|关闭|关闭窗口|打印本页|返回|收藏|纠错)[\]】]?[\s|｜/]*)+(?:分享到?[:：]?.*)?$"),
     "print/close links"),
    (re.compile(r"^扫一扫"), "QR prompt"),
    (re.compile(r"^.{0,12}二维码.{0,8}$"), "QR prompt"),
    (re.compile(r"^(上一篇|下一篇)\s*[:：]"), "previous/next links"),
    (re.compile(r"^(相关阅读|相关链接|相关文章|相关文件|友情链接|重点链接|网站地图|联系我们)\s*[:：]?\s*$"), "site links"),
    (re.compile(r"^(回到顶部|返回顶部|TOP)$", re.I), "back-to-top link"),
    (re.compile(r"^.{0,12}(政府网站|政府系统网站)$"), "site links"),
    (re.compile(r"版权所有|ICP\s*备|公网安备|网站标识码|^网站(?:主办|承办)单位\s*[:：]"), "copyright/ICP"),
    (re.compile(r"^(?:主办|承办)单位\s*[:：].*\S\s+(?:主办|承办|协办)单位\s*[:：]"), "copyright/ICP"),  # one line: a footer
    (re.compile(r"^\d{5}政务服务便民热线"), "site hotline"),
    (re.compile(r"^\S{1,12}网\s*[—-]{1,2}\s*\S{0,20}$"), "site banner"),
    # 某市人民政府网 | 无障碍 | 长者模式: a site's top bar, short links set off by bars of which one switches
    # the page's mode; set off by spaces (某县人民政府　无障碍　长者模式), only a site's name and such links
    (re.compile(rf"^(?=.*[|｜丨])(?=(?:.*[|｜丨]\s*|){_PAGE_MODES}\s*(?:[|｜丨]|$))(?:[^|｜丨]{{1,16}}(?:[|｜丨]|$))+$"), "site top bar"),
    (re.compile(rf"^(?:\S{{1,16}}\s+)?{_PAGE_MODES}(?:\s+{_PAGE_MODES})+$"), "site top bar"),
    # 某市人民政府　网站支持IPv6: a site's banner with its IPv6 badge
    (re.compile(r"^.{0,20}支持\s*IPv6.{0,20}$", re.I), "site top bar"),
    # 某市人民政府网 | 首页 政务公开 办事服务 互动交流: a site's menu
    (re.compile(r"^(?:\S{1,16}\s*[|｜丨]?\s*)?首页(?:\s*[|｜丨]?\s*[^\s|｜丨]{2,6}){2,}$"), "site menu"),
]


# 主办单位：某县人民政府办公室 alone on a line names a site's owner at the page's foot (the last line, or
# over its ICP line), an event's organiser in a plan's body (主办单位 / 承办单位 / 协办单位 lines)
SITE_OWNER = re.compile(r"^(?:主办|承办)单位\s*[:：]")

# Lines the rules never cut: outline headings and sentences.
OUTLINE_START = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十百]+[章节条])")
SENTENCE_END = re.compile(r"[。;!?]$")


def boilerplate_reason(line: str) -> str | None:
    """Why a (width-folded, stripped) line is site boilerplate, or ``None`` if it is content.

    >>> boilerplate_reason("扫一扫在手机打开当前页"), boilerplate_reason("一、主办单位:市司法局")
    ('QR prompt', None)
    """
    if not line or len(line) > 120 or OUTLINE_START.match(line) or SENTENCE_END.search(line):
        return None  # a numbered heading or a sentence is the document's own text
    for pattern, reason in _BOILERPLATE_LINES:
        if pattern.search(line):
            return reason
    return None


def clean_text(raw: str, path: str | Path = "<text>", encoding: str = "utf-8") -> CleanText:
    """Remove page boilerplate from decoded text and build the parse view.

    >>> doc = clean_text("当前位置:首页 / 文件\\n一、总体要求\\n[打印] [关闭]\\n")
    >>> doc.text, [why for _, _, why in doc.removed]
    ('一、总体要求', ['breadcrumb', 'print/close links'])
    """
    raw = without_radicals(raw.replace("\r\n", "\n").replace("\r", "\n"))  # ⼯作 (a PDF's radical forms): 工作
    raw, invisible = _remove_invisible(raw)
    view_raw, script = _simplify(fold_width(raw))  # boilerplate rules read the parse view too
    kept, numbers, removed = [], [], []
    lines = list(zip(raw.split("\n"), view_raw.split("\n")))
    reasons = _site_owner_lines([boilerplate_reason(folded.strip()) for _, folded in lines], lines)
    for number, ((line, folded), reason) in enumerate(zip(lines, reasons), start=1):
        if reason:
            removed.append((number, line, reason))
        else:
            kept.append((line.rstrip(), folded[: len(line.rstrip())]))  # a blanked gloss is no trailing space
            numbers.append(number)
    while kept and not kept[0][0].strip():  # leading and trailing blank lines carry nothing
        kept.pop(0), numbers.pop(0)
    while kept and not kept[-1][0].strip():
        kept.pop(), numbers.pop()
    text = "\n".join(line for line, _ in kept)
    view = "\n".join(folded for _, folded in kept)
    removed = sorted(removed + invisible)
    return CleanText(Path(path), text, view, encoding, script, removed=removed, line_numbers=numbers)


def _site_owner_lines(reasons: list[str | None], lines: list[tuple[str, str]]) -> list[str | None]:
    """``reasons`` with a site owner's line (主办单位：…) at the page's foot marked as footer: the last line
    with text, or one over a footer line. In the body, such lines name an event's organisers.

    >>> _site_owner_lines([None, None], [("主办单位:某县政府办公室", "主办单位:某县政府办公室"), ("", "")])
    ['copyright/ICP', None]
    """
    filled = [index for index, (_, folded) in enumerate(lines) if folded.strip()]
    for here, after in reversed(list(zip(filled, filled[1:] + [None]))):  # from the foot: 主办 over 承办 over ICP
        if reasons[here] is None and SITE_OWNER.match(lines[here][1].strip()) \
                and (after is None or reasons[after] == "copyright/ICP"):
            reasons[here] = "copyright/ICP"
    return reasons


def _remove_invisible(raw: str) -> tuple[str, list[tuple[int, str, str]]]:
    """``raw`` without invisible characters, and one record per line that held some.

    >>> _remove_invisible("一\\u200b、总则\\n1\\ufeff.内容")
    ('一、总则\\n1.内容', [(1, '\\u200b', 'invisible characters'), (2, '\\ufeff', 'invisible characters')])
    """
    if not INVISIBLE.search(raw):
        return raw, []
    records = []
    for number, line in enumerate(raw.split("\n"), start=1):
        found = "".join(INVISIBLE.findall(line))
        if found:
            records.append((number, found, "invisible characters"))
    return INVISIBLE.sub("", raw), records


def read_document(path: str | Path, encoding: str | None = None) -> CleanText:
    """Read one raw file: decode, strip boilerplate, build the parse view.

    The reader is chosen by the file's suffix, or its content (see :mod:`policycompare.readers`):
    text, HTML, Markdown, Word .docx or PDF. ``encoding`` overrides detection (a curator's word
    from the manifest). Formats without a text reader raise :class:`policycompare.readers.Unreadable`.

    >>> doc = read_document("corpus/raw/002_193be430d96738cc.txt")  # doctest: +SKIP
    >>> doc.encoding, doc.text.splitlines()[0]  # doctest: +SKIP
    ('utf-8', '天门市司法局“十四五”规划')
    """
    from .readers import read_page  # the readers use this module's decoding

    path = Path(path)
    data = path.read_bytes()
    page = read_page(data, path, encoding)
    text, encoding = page.text, page.encoding
    if text and unicodedata.category(text[0]) == "Cf":  # stray BOM / zero-width mark at the start
        text = text[1:]
    doc = clean_text(text, path, encoding)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.format, doc.page_meta = page.format, page.page_meta
    return doc
