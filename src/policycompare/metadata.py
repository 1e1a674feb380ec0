"""Stage 1b: document metadata read from the text itself.

Government pages put metadata in many layouts: a key-value table (名称: / 文号: / 成文日期:),
bracketed fields (【颁发部门】), an inline line (发布时间:… 来源:…), or nothing but a title, a
signature and a date. This module reads all of them with one set of key aliases, then decides
between candidates with explicit preferences, and says where each value came from.

It also finds where the enclosed document starts when the page is a cover notice
(关于印发《X》的通知): the body to segment into measures is X, not the notice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .numerals import DATE_PATTERN, DOC_NUMBER, date_from_match

# Header keys as pages spell them (after removing inner spaces), mapped to our field names.
FIELD_KEYS = {
    "title": ("名称", "标题", "文件名称", "文件标题"),
    "index_number": ("索引号",),
    "issuer": ("发布机构", "发文机关", "发文单位", "颁发部门", "发布单位", "制发机关", "来源", "信息来源"),
    "doc_number": ("文号", "发文字号", "发文号"),
    "written": ("成文日期", "成文时间", "印发日期"),
    "published": ("发文日期", "发布日期", "颁发时间", "发布时间", "公布日期", "时间", "日期"),
    "effective": ("实施时间", "施行日期", "实施日期", "生效日期"),
    "validity": ("有效性", "效力属性", "时效性", "效力状态"),
}
_KEY_TO_FIELD = {key: name for name, keys in FIELD_KEYS.items() for key in keys}
# Pages pad keys with spaces (名  称), so every key is matched with optional spaces inside.
_KEY_ALT = "|".join(r"\s*".join(key) for key in sorted(_KEY_TO_FIELD, key=len, reverse=True))
# 【key】 value  |  key: value   (value stops at the line end or at the next key on the same line)
HEADER_FIELD = re.compile(
    rf"(?:【\s*(?P<bkey>{_KEY_ALT})\s*】|(?<![^\s])(?P<key>{_KEY_ALT})\s*:)[ \t]*"
    rf"(?P<value>(?:(?!\s(?:{_KEY_ALT})\s*:)[^\n])*)"
)
# Organs that issue policy documents; the name ends in one of these.
ORGAN_SUFFIX = r"(?:人民政府办公厅|人民政府办公室|人民政府|政府办公室|司法局|司法厅|委员会|办公厅|办公室|局|厅|委|政府|院|中心)"
ORGAN_NAME = re.compile(rf"^[\u4e00-\u9fff()]{{2,30}}?{ORGAN_SUFFIX}$")
# A place name is a run of named units: 天津市 + 滨海新区, 湖北省 + 天门市, 西安市.
PLACE_PREFIX = re.compile(r"^(?:中共)?((?:[\u4e00-\u9fff]{1,9}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|盟|地区|县|区|旗))+)")
NOTICE_TITLE = re.compile(r"(?:印发|转发|颁布|发布)\s*[《<〈]?(?P<enclosed>.+?)[》>〉]?\s*的?(?:通知|决定|函)\s*$")
TRAILER_NOTE = re.compile(r"^\(此件.{2,8}\)$|^抄送")
SELF_REFERENCE = {"county": r"我区|我县|全区|全县|区政府|县政府", "province": r"我省|全省|省政府"}
FLATTENED = 300  # characters: a longer line has lost its line breaks
EPOCH_YEARS = range(1900, 1971)  # 1970-01-01 and friends are empty database fields, not dates
TITLE_ENDINGS = re.compile(
    r"(通知|意见|方案|规划|办法|决定|纲要|细则|规定|计划|要点|安排|报告|措施|通告|公告|条例|指引|清单|制度)$"
)


@dataclass
class Metadata:
    """Metadata of one document, with the provenance of the date."""

    title: str = ""
    enclosed_title: str = ""
    genre: str = ""
    issuer: str = ""
    jurisdiction: str = ""
    province: str = ""
    admin_level: str = ""
    doc_number: str = ""
    date: str = ""
    date_source: str = ""
    date_note: str = ""
    validity: str = ""
    body_start: int = 0
    body_end: int = 0


def header_fields(parse: str, limit: int = 3000) -> dict[str, tuple[str, int]]:
    """Key-value fields in the page header: ``{field: (value, offset)}``; the first of each wins.

    >>> header_fields("文  号: 津滨司发〔2017〕10号\\n发布时间:2020-12-08 16:32 来源:天门市司法局")
    {'doc_number': ('津滨司发〔2017〕10号', 6), 'published': ('2020-12-08 16:32', 25), 'issuer': ('天门市司法局', 45)}
    """
    found: dict[str, tuple[str, int]] = {}
    for match in HEADER_FIELD.finditer(parse[:limit]):
        key = re.sub(r"\s+", "", match["bkey"] or match["key"])
        name = _KEY_TO_FIELD[key]
        value = match["value"].rstrip()
        if name not in found:
            found[name] = (value.lstrip(), match.start("value") + len(value) - len(value.lstrip()))
    return found


def _lines(parse: str, start: int = 0, end: int | None = None):
    """(start offset, stripped line) for every non-blank line within ``parse[start:end]``.

    A very long line is a page scraped without line breaks: its space-separated pieces are the
    lines it lost (the signature organ, the date, the 文号 each stood on a line of their own).
    """
    end = len(parse) if end is None else end
    for at, line in _raw_lines(parse, start, end):
        if at >= start and at + len(line) <= end:
            yield at, line


def _raw_lines(parse: str, start: int, end: int):
    offset = 0
    for line in parse.split("\n"):
        if offset > end:
            return
        if len(line) > FLATTENED:  # judged on the whole line, however much of it is asked for
            for piece in re.finditer(r"\S+", line):
                yield offset + piece.start(), piece.group()
        elif line.strip():
            yield offset + len(line) - len(line.lstrip()), line.strip()
        offset += len(line) + 1


def find_title(parse: str, fields: dict) -> str:
    """The page's title: the header's 名称 field, else the first line that reads as a title.

    >>> find_title("当前位置\\n天门市司法局“十四五”规划\\n发布时间:2020-12-08", {})
    '天门市司法局“十四五”规划'
    """
    if "title" in fields and fields["title"][0]:
        return fields["title"][0]
    field_offsets = {offset for _, offset in fields.values()}
    for start, line in list(_lines(parse))[:15]:
        first = re.split(r"\s", line)[0]
        if any(start <= off <= start + len(line) for off in field_offsets) or len(first) < 4:
            continue
        if TITLE_ENDINGS.search(first) or "关于" in first:
            return first
    return ""


def genre_of(title: str) -> str:
    """The kind of document a title names, from its last word: 方案, 规划, 办法, 意见 ….

    >>> genre_of("天门市司法局“十四五”规划"), genre_of("全市司法行政系统深入推进执法规范化建设实施方案")
    ('规划', '方案')
    """
    match = TITLE_ENDINGS.search(title)
    return match.group(1) if match else ""


def enclosed_title(title: str) -> str:
    """The enclosed document's title when ``title`` is a cover notice, else ``""``.

    >>> enclosed_title("关于印发《滨海新区司法局2017年政务公开工作实施方案》的通知")
    '滨海新区司法局2017年政务公开工作实施方案'
    >>> enclosed_title("某市人民政府办公室关于印发某市法治政府建设实施方案的通知")
    '某市法治政府建设实施方案'
    """
    match = NOTICE_TITLE.search(title)
    return match["enclosed"].strip() if match else ""


def _bracket_blind(text: str) -> str:
    """Make 《》〈〉<> and full/half-width parentheses compare equal (same length)."""
    return text.translate(str.maketrans("〈〉<>（）", "《》《》()"))


def find_body_start(parse: str, title: str, enclosed: str) -> int:
    """Offset where the main document starts: after the last standalone copy of its title.

    A standalone copy starts a line or follows whitespace or 附件:, and is not a citation in 《》.
    Returns 0 when no copy is found (the whole text is then treated as body).

    >>> page = "关于印发《方案》的通知\\n现将《方案》印发给你们。\\n方案\\n一、总体要求"
    >>> page[find_body_start(page, "", "方案"):]
    '\\n一、总体要求'
    """
    target = _bracket_blind(enclosed or title)
    if not target:
        return 0
    haystack = _bracket_blind(parse)
    first_marker = re.search(r"(?:^|\s)(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))", parse)
    stop = first_marker.start() if first_marker else len(parse)
    best = 0
    for match in re.finditer(re.escape(target), haystack[:stop]):
        before = haystack[max(0, match.start() - 4): match.start()]
        if re.search(r"(^|\s|附件\s*:\s*)$", before) or match.start() == 0:
            if not haystack[match.end(): match.end() + 1] in ("》",):
                best = match.end()
    return _skip_title_block(parse, best) if best else 0


def _is_title_block_line(line: str) -> bool:
    """Date lines, 文号 lines and header fields that sit under a title, before the text."""
    return bool(DATE_PATTERN.fullmatch(line) or DOC_NUMBER.fullmatch(line) or HEADER_FIELD.match(line))


def _skip_title_block(parse: str, offset: int) -> int:
    """Move ``offset`` past the title block lines that follow it."""
    for start, line in _lines(parse, offset):
        if not _is_title_block_line(line):
            break
        offset = start + len(line)
    return offset


def find_body_end(parse: str, body_start: int) -> tuple[int, str, dt.date | None]:
    """Where the body ends when the document closes with a signature: ``(end, organ, date)``.

    The signature block is a date-only line among the last lines of the text, with the organ
    lines right above it; notes such as (此件公开发布) may follow it. Without one the body runs
    to the end of the text and organ and date are empty.

    >>> page = "一、总则\\n内容。\\n\\n某市司法局\\n2021年3月5日\\n(此件公开发布)"
    >>> end, organ, date = find_body_end(page, 0)
    >>> page[:end], organ, date
    ('一、总则\\n内容。', '某市司法局', datetime.date(2021, 3, 5))
    """
    lines = list(_lines(parse, body_start))
    for index in range(len(lines) - 1, max(len(lines) - 5, 0) - 1, -1):
        start, line = lines[index]
        match = DATE_PATTERN.fullmatch(line)
        if match is None:
            if TRAILER_NOTE.match(line):
                continue
            break
        top = index
        while top > 0 and ORGAN_NAME.match(lines[top - 1][1]):
            top -= 1
        organ = lines[top][1] if top < index else ""
        end = lines[top][0]
        while end > body_start and parse[end - 1].isspace():
            end -= 1
        return end, organ, date_from_match(match)
    return len(parse), "", None


def signature(parse: str, end: int) -> tuple[str, dt.date | None]:
    """Signature organ and date of the cover or title block before ``end``.

    A signature date is a line that holds nothing but a date; the organ is the line above it
    when that line is an organ name. Returns ``(organ, date)``.

    >>> signature("现将…印发给你们。\\n\\n天津市滨海新区司法局\\n\\n2017年5月3日\\n", 40)
    ('天津市滨海新区司法局', datetime.date(2017, 5, 3))
    """
    lines = list(_lines(parse, 0, end))
    for index in range(len(lines) - 1, -1, -1):
        _, line = lines[index]
        match = DATE_PATTERN.fullmatch(line)
        if match:
            organ = lines[index - 1][1] if index else ""
            return (organ if ORGAN_NAME.match(organ) else ""), date_from_match(match)
    return "", None


def organ_from_title(title: str) -> str:
    """The issuing organ named at the head of a title (天门市司法局“十四五”规划 -> 天门市司法局).

    >>> organ_from_title("西安市司法局关于印发《方案》的通知")
    '西安市司法局'
    """
    match = re.match(rf"^(.{{2,30}}?{ORGAN_SUFFIX})(?=关于|“|\"|《|\d|[(（]|$)", title)
    return match.group(1) if match and PLACE_PREFIX.match(match.group(1)) else ""


def jurisdiction_of(issuer: str) -> str:
    """The place an issuing organ governs: the run of place units at the head of its name.

    >>> jurisdiction_of("天津市滨海新区司法局"), jurisdiction_of("区司法局")
    ('天津市滨海新区', '')
    """
    match = PLACE_PREFIX.match(issuer)
    return match.group(1) if match else ""


def locate(jurisdiction: str) -> tuple[str, str]:
    """``(province, admin_level)`` of a place name, from the national division table (cpca).

    admin_level is ``province``, ``prefecture`` or ``county`` (districts, counties, county-level
    cities). Unknown names give ``("", "")``.

    >>> locate("天津市滨海新区"), locate("西安市"), locate("天门市")
    (('天津市', 'county'), ('陕西省', 'prefecture'), ('湖北省', 'county'))
    """
    if not jurisdiction:
        return "", ""
    import cpca  # the division table costs 0.2 s to load: only when a place is looked up

    row = cpca.transform([jurisdiction]).iloc[0]
    province, city, area = (row[col] if isinstance(row[col], str) else "" for col in ("省", "市", "区"))
    if not province or not area and city in ("县", "市辖区", "省直辖县级行政区划"):
        return "", ""  # cpca guessed a province for a bare 某县: better unknown than wrong
    if area:
        level = "county"
    elif city and city != "市辖区":
        level = "prefecture"
    else:
        level = "province"
    return province, level


def level_from_self_reference(body: str) -> str:
    """Admin level of an unnamed jurisdiction from how the text names itself (我区, 全县, 我省…).

    我市/全市 is left open: it is said by prefectures and county-level cities alike.

    >>> level_from_self_reference("特制定我区实施意见,区政府负总责"), level_from_self_reference("全市")
    ('county', '')
    """
    counts = {level: len(re.findall(pattern, body)) for level, pattern in SELF_REFERENCE.items()}
    level, count = max(counts.items(), key=lambda item: item[1])
    return level if count else ""


def _date_candidate(raw: str, source: str) -> tuple[dt.date | None, str]:
    """Parse a header date; return (date or None, reason it was rejected or '')."""
    match = DATE_PATTERN.search(raw)
    date = date_from_match(match) if match else None
    if date is None:
        return None, f"{source} {raw!r} is not a date" if raw else ""
    if date.year in EPOCH_YEARS:
        return None, f"{source} {date.isoformat()} is a placeholder (epoch) date"
    if re.search(r"\d{1,2}:\d{2}", raw):
        return None, f"{source} {raw} is a web posting time, not the document's date"
    return date, ""


def choose_date(sign_date, fields, sign_source: str = "signature") -> tuple[str, str, str]:
    """Pick the document date: the text's own date line, then 成文日期, then the publication date.

    Returns ``(iso date or "", source, note on rejected candidates)``.

    >>> choose_date(None, {"published": ("1970-08-21", 0)})
    ('', '', 'header:published 1970-08-21 is a placeholder (epoch) date')
    """
    notes, chosen, source = [], None, ""
    candidates = [(sign_source, sign_date, "")]
    for name in ("written", "published"):
        if name in fields:
            candidates.append((f"header:{name}", *_date_candidate(fields[name][0], f"header:{name}")))
    for name, date, rejected in candidates:
        if rejected:
            notes.append(rejected)
        elif date is not None and chosen is None:
            if date.year in EPOCH_YEARS:
                notes.append(f"{name} {date.isoformat()} is a placeholder (epoch) date")
                continue
            chosen, source = date, name
    return (chosen.isoformat() if chosen else ""), source, "; ".join(notes)


def extract_metadata(text: str, parse: str) -> Metadata:
    """Read title, issuer, jurisdiction, 文号, date and validity from a clean document.

    ``text`` is the stored text, ``parse`` its same-length parse view (see ``ingest.parse_view``).

    >>> page = "名  称: 关于印发《某方案》的通知\\n文  号: 津滨司发〔2017〕10号\\n有效性: 有效\\n\\n" \\
    ...        "天津市滨海新区司法局\\n\\n2017年5月3日\\n\\n某方案\\n\\n一、总体要求"
    >>> meta = extract_metadata(page, page)
    >>> meta.issuer, meta.jurisdiction, meta.doc_number, meta.date, meta.date_source
    ('天津市滨海新区司法局', '天津市滨海新区', '津滨司发〔2017〕10号', '2017-05-03', 'signature')
    """
    fields = header_fields(parse)
    stored = {name: text[at: at + len(value)] for name, (value, at) in fields.items()}
    meta = Metadata()
    # Decisions are taken on the parse view (simplified, half-width); values are reported as the
    # page spells them, except the jurisdiction, which is a normalised (simplified) place name.
    title = find_title(parse, fields)
    enclosed = enclosed_title(title)
    meta.title, meta.enclosed_title = _stored(text, parse, title), _stored(text, parse, enclosed)
    meta.genre = genre_of(enclosed or title)
    meta.body_start = find_body_start(parse, title, enclosed)
    organ, sign_date = signature(parse, meta.body_start)
    meta.body_end, end_organ, end_date = find_body_end(parse, meta.body_start)
    if sign_date is None and end_date is not None:
        organ, sign_date = end_organ, end_date
    header_issuer = fields.get("issuer", ("", 0))[0]
    issuer = next(
        (name for name in (organ, organ_from_title(enclosed), organ_from_title(title), header_issuer)
         if name and ORGAN_NAME.match(name) and jurisdiction_of(name)),
        header_issuer,
    )
    meta.issuer = _stored(text, parse, issuer)
    meta.jurisdiction = jurisdiction_of(issuer)
    meta.province, meta.admin_level = locate(meta.jurisdiction)
    meta.admin_level = meta.admin_level or level_from_self_reference(parse[meta.body_start: meta.body_end])
    meta.doc_number = stored.get("doc_number", "") or _standalone_doc_number(text, parse, meta.body_start)
    meta.date, meta.date_source, meta.date_note = choose_date(sign_date, fields, "signature" if organ else "date line")
    meta.validity = stored.get("validity", "")
    return meta


def _standalone_doc_number(text: str, parse: str, end: int) -> str:
    """A 文号 on a line of its own before the body (cited numbers inside sentences do not count)."""
    found = next((line for _, line in _lines(parse, 0, end) if DOC_NUMBER.fullmatch(line)), "")
    return _stored(text, parse, found)


def _stored(text: str, parse: str, found: str) -> str:
    """The stored-text spelling of a string found in the parse view (same offsets)."""
    at = parse.find(found) if found else -1
    return text[at: at + len(found)] if at >= 0 else found
