"""Who: responsible units with their roles, from annotations and from the body text.

Annotations are bracketed notes attached to a measure, in every form the seeds use:

* (责任部门:办公室、律管处) and 〔责任单位:…〕 with square brackets;
* (牵头单位:…。责任单位:…。完成时限:…), several prefixes in one note;
* combined prefixes, 牵头、监督单位:X, giving one row per role;
* a bare bracket of unit names at the end of a measure, (基层处、调解协调处), read as responsible.

Lists split on 、 , ; at bracket depth 0, so 市局政治(警务)部组教处 stays whole, and shared-suffix
abbreviations expand (社矫安帮一、二、三处 -> 社矫安帮一处, 社矫安帮二处, 社矫安帮三处). Names that
name no single unit (有关处室, 各处室, 市直各单位, 区县司法局 …) are marked ``collective``.

Actors named in the body text as doing, leading or coordinating the work (由区政府负总责、
区政府法制办牵头; 区政府法制办将定期组织…; 发挥市社区矫正委员会作用; 行政执法机关、公安机关…
信息平台互联互通) become rows with role ``mentioned`` and source ``text``. Precision comes first:
an organ that is only addressed or reported to (向区人大报告, 接受人大监督) is not an actor.
"""

from __future__ import annotations

import re

from .common import cited_spans, inside

ROLES = {  # prefix stem -> role
    "牵头": "lead", "主办": "lead", "主责": "lead", "主管": "lead",
    "责任": "responsible", "承办": "responsible", "落实": "responsible", "实施": "responsible",
    "监督": "supervise", "督办": "supervise", "督查": "supervise", "督导": "supervise",
    "考核": "assess", "考评": "assess",
    "配合": "cooperate", "协办": "cooperate", "协助": "cooperate", "参与": "cooperate",
}
_STEMS = "|".join(sorted(ROLES, key=len, reverse=True))
# A note written as a sentence of its own needs a unit word: 责任单位:…, 牵头部门:…
_LOOSE_KEY = rf"(?:{_STEMS})(?:、(?:{_STEMS}))*(?:单位|部门|处室)"
LOOSE_NOTE = re.compile(  # the value runs to the sentence end or the next key on the line
    rf"(?:^|(?<=[。;\s]))(?P<key>{_LOOSE_KEY})(?P<colon>\s*:)(?:(?!\s*{_LOOSE_KEY}\s*:)[^。;\n])*"
)
VERB_FORM = re.compile(r"(?P<names>.+?)(?P<verb>牵头负责|牵头|负责落实|分别负责|负责|配合|参与|协办|协助|落实)")
VERB_ROLES = {"牵头负责": "lead", "牵头": "lead", "负责落实": "responsible", "分别负责": "responsible",
              "负责": "responsible", "落实": "responsible", "配合": "cooperate", "参与": "cooperate",
              "协办": "cooperate", "协助": "cooperate"}
NOT_ROLES = ("完成时限", "时限", "完成时间", "时间", "进度", "备注", "目标")
UNIT_WORDS = r"(?:单位|部门|处室|科室|机构)?"
PERSON_KEY = re.compile(r"(?:领导|责任人|联系人|负责人|分管领导)$")  # 责任领导:张三 names a person, not a unit
PREFIX = re.compile(rf"(?P<key>[\u4e00-\u9fff]{{2,4}}{UNIT_WORDS}(?:、[\u4e00-\u9fff]{{2,4}}{UNIT_WORDS})*)\s*:")
ORGAN_END = re.compile(r"(?:处|室|局|中心|办|委|科|所|队|部|院|会|组|厅|站|庭|机关|政府|单位|部门|支队|大队)$")
COLLECTIVE = re.compile(r"各|有关|相关|所属|区县|县区|区\(县|县\(区|成员单位|示范单位|直属单位|等$")
LIST_SPLIT = set("、,;，；")
OPENING, CLOSING = "(（〔【[", ")）〕】]"
BRACKET_MARKS = re.compile("[(（〔)）〕]")
CN_NUMERAL = "一二三四五六七八九十"  # the numerals a shared-suffix list counts with (社矫安帮一、二、三处)

# Organs as the body text names them. A level prefix (区, 市, 新区, 灞桥区…) is required, except for
# classes of organs that stand alone (公安机关, 检察机关 …); prefix characters exclude the function
# words that could glue a name to the words before it (之前新区司法局 -> 新区司法局).
_NAME_CHAR = r"(?:(?![之前后的与向对在将由等及或要应为是了把被从自每年月日并按照根据依])[\u4e00-\u9fff()])"
# Organ heads, longest first; names are matched lazily, so 区政府和市政府 is two names, while 和 may
# stand inside one (市住房和城乡建设局).
ORGAN_HEADS = ("政府法制办公室|政府法制办|法制办|政府办公室|人民政府|政府|司法局|公安局|局党委|局机关|党委|委员会"
               "|领导小组|联席会议|工作专班|专班|办事处|法律援助中心|法援中心|劳教所|司法所|纪委|督查室|办公厅|局|厅|委")
_LEAD_CHAR = _NAME_CHAR.replace("()", "")  # a name does not start inside an item label like (一)
ORGAN = re.compile(
    rf"(?:各)?(?:{_LEAD_CHAR}{{0,3}}?(?:[省市区县乡镇村]|街道)(?:\([县区市]\))?(?:{_NAME_CHAR}|和){{0,12}}?(?:{ORGAN_HEADS})"
    r"|行政执法机关|公安机关|检察机关|审判机关)"
    r"(?:各部门|各单位|所属部门)?"
)
# 发挥X(在…方面的)作用/功能: X is given a role in the work.
# A name matched lazily may go on: 市政府 + 督查局 is one organ (a part of the government).
EXTENSION = re.compile(rf"{_LEAD_CHAR}{{1,3}}?(?:{ORGAN_HEADS})")
ROLE_GIVEN = re.compile(
    rf"发挥(?P<organ>{_NAME_CHAR}{{2,14}}?(?:委员会|中心|联席会议|领导小组|法制办|政府|司法所))"
    r"(?:在[^,。;]{0,40}?的[^,。;]{0,12}?)?(?:功能|作用|职能)"
)
ACTOR_AFTER = re.compile(
    r"(?:将|要|应当|应|必须|负总责|牵头|负责|组织|会同|统一|定期|适时|召集|主导|指导|督促|协调|制定|建立|开展"
    r"|进行|做出|作出|决定|向|在每|每|切实|认真|积极|依法|带头)(?!的|求)"
)
COOPERATION = re.compile(r"信息平台|互联互通|数据共享|联动|协作|衔接|联合|共同|联席")
NOT_ACTOR_BEFORE = re.compile(r"(?:向|对|接受|报|经|给|同|与|和|及|按照|根据|依据|贯彻|落实|提请|报送|以|在|支持|执行)$")
ACTOR_BEFORE = re.compile(r"(?:由|指定由|请)$")
LIST_JOINT = re.compile(r"[、和及]|及其|以及")
PERSON_AFTER = re.compile(r"领导(?!小组)|负责人|主要负责|干部|工作人员")


def split_names(value: str) -> list[str]:
    """Unit names in a written list; see :func:`split_written_names` for the written phrases.

    >>> split_names("办公室、律管处")
    ['办公室', '律管处']
    """
    return [name for name, _ in split_written_names(value)]


def split_written_names(value: str) -> list[tuple[str, str]]:
    """Split a list of unit names at depth-0 separators and expand shared suffixes.

    Returns ``(name, written phrase)`` pairs: an expanded abbreviation keeps the whole phrase.

    >>> split_written_names("社矫安帮一、二、三处")[1]
    ('社矫安帮二处', '社矫安帮一、二、三处')
    >>> split_names("市局政治(警务)部组教处、各处(室、科),市法援中心等")
    ['市局政治(警务)部组教处', '各处(室、科)', '市法援中心']
    """
    names, depth, current = [], 0, ""
    for ch in value:
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        if ch in LIST_SPLIT and depth == 0:
            names.append(current)
            current = ""
        else:
            current += ch
    names.append(current)
    names = [re.sub(r"等(?:部门|单位)?$", "", name.strip(" 。")) for name in names]
    return _expand_shared_suffix([name for name in names if name])


def _expand_shared_suffix(names: list[str]) -> list[tuple[str, str]]:
    """社矫安帮一 / 二 / 三处 -> the three full names, each with the phrase it was written as."""
    out, index = [], 0
    while index < len(names):
        run = index + 1
        while run < len(names) and re.fullmatch(rf"[{CN_NUMERAL}\d]+", names[run]):
            run += 1
        last = re.fullmatch(rf"([{CN_NUMERAL}\d]+)(\D+)", names[run]) if run < len(names) else None
        stem = re.fullmatch(rf"(.+?)([{CN_NUMERAL}\d]+)", names[index])
        if last and stem and ORGAN_END.search(last.group(2)) and (run > index + 1 or len(names[run]) <= 3):
            suffix, phrase = last.group(2), "、".join(names[index: run + 1])
            numbers = [stem.group(2), *names[index + 1: run], last.group(1)]
            out.extend((stem.group(1) + number + suffix, phrase) for number in numbers)
            index = run + 1
        else:
            out.append((names[index], names[index]))
            index += 1
    return out


def is_collective(name: str) -> bool:
    """Whether a name is a placeholder for several units (各处室, 有关处室, 市直各单位 …).

    >>> is_collective("各有关处室"), is_collective("市局法规处")
    (True, False)
    """
    return bool(COLLECTIVE.search(name))


def bracket_groups(parse: str) -> list[tuple[int, int, bool]]:
    """Outermost bracket groups ``(start, end, closed)``: () and 〔〕, nested brackets kept inside.

    An opening bracket left unclosed gives a group that runs to the end of the text, not closed.

    >>> bracket_groups("甲(责任单位:市局政治(警务)部)乙〔丙")
    [(1, 17, True), (18, 20, False)]
    """
    groups, depth, start = [], 0, 0
    for match in BRACKET_MARKS.finditer(parse):
        index, ch = match.start(), match.group()
        if ch in "(（〔":
            if depth == 0:
                start = index
            depth += 1
        elif ch in ")）〕" and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1, True))
    if depth:
        groups.append((start, len(parse), False))
    return groups


def _roles_of(key: str) -> list[str] | None:
    """Roles named by an annotation prefix (牵头、监督单位 -> lead, supervise); None if unknown."""
    roles = []
    for part in key.split("、"):
        stem = re.sub(UNIT_WORDS + "$", "", part)
        role = ROLES.get(stem) or ROLES.get(stem[:2])
        if role is None:
            return None
        roles.append(role)
    return roles


def annotation_rows(text: str, parse: str, warnings: list | None = None) -> list[dict]:
    """Rows of the responsibility notes of one measure (see the module docstring).

    Besides bracketed notes, a note written as a sentence of its own (责任单位:市司法局。) and a
    bracket in verb form ((市司法局牵头,市公安局配合)) are read.

    >>> [(r["name"], r["role"]) for r in annotation_rows(*["(牵头、监督单位:市局法规处。责任单位:区县司法局)"] * 2)]
    [('市局法规处', 'lead'), ('市局法规处', 'supervise'), ('区县司法局', 'responsible')]
    >>> [(r["name"], r["role"]) for r in annotation_rows(*["(市司法局牵头,市公安局、市民政局配合)"] * 2)]
    [('市司法局', 'lead'), ('市公安局', 'cooperate'), ('市民政局', 'cooperate')]
    """
    warnings = [] if warnings is None else warnings
    rows = []
    groups = bracket_groups(parse)
    for start, end, closed in groups:
        inner_start, inner_end = start + 1, end - 1 if closed else end
        inner = parse[inner_start:inner_end]
        keys = [m for m in PREFIX.finditer(inner) if _at_segment_start(inner, m.start())]
        if keys:
            if not closed:
                warnings.append((start, "unclosed annotation bracket: read to the end of the measure"))
            ends = [inner_start + k.start() for k in keys[1:]] + [inner_end]
            rows += _prefixed_rows(text, parse, [(inner_start + k.start(), inner_start + k.end(), k["key"], stop)
                                                  for k, stop in zip(keys, ends)], warnings)
        elif closed:
            rows += _verb_form_rows(text, inner_start, inner, parse, start, end)
    loose = [m for m in LOOSE_NOTE.finditer(parse) if not inside([(a, b) for a, b, _ in groups], *m.span())]
    rows += _prefixed_rows(text, parse, [(m.start("key"), m.end("colon"), m["key"], m.end()) for m in loose],
                           warnings)
    return sorted(rows, key=lambda row: row["start"])


def _prefixed_rows(text: str, parse: str, notes: list[tuple[int, int, str, int]], warnings: list) -> list[dict]:
    """Rows of ``key:names`` notes given as (key start, value start, key, value end)."""
    rows = []
    for key_start, value_start, key, value_end in notes:
        if key in NOT_ROLES or key.startswith(NOT_ROLES) or PERSON_KEY.search(key):
            continue
        roles = _roles_of(key)
        if roles is None:
            warnings.append((key_start, f"unknown annotation prefix {key!r}"))
            continue
        found = _name_rows(text, parse, value_start, value_end, roles)
        if not found:
            warnings.append((key_start, f"empty list after {key!r}"))
        rows += found
    return rows


def _verb_form_rows(text: str, inner_start: int, inner: str, parse: str, start: int, end: int) -> list[dict]:
    """(市司法局牵头,市公安局配合) or a bare bracket of unit names at the end of a measure."""
    segments = [m for m in re.finditer(r"[^,;。]+", inner)]
    parsed = [VERB_FORM.fullmatch(m.group().strip()) for m in segments]
    if segments and all(p and _all_organs(p["names"]) for p in parsed):
        rows = []
        for segment, found in zip(segments, parsed):
            seg_start = inner_start + segment.start()
            rows += _name_rows(text, parse, seg_start, seg_start + len(found["names"]), [VERB_ROLES[found["verb"]]])
        return rows
    if _is_bare_note(parse, start, end, inner):
        return _name_rows(text, parse, inner_start, inner_start + len(inner), ["responsible"])
    return []


def _all_organs(value: str) -> bool:
    names = split_names(value)
    return bool(names) and all(len(n) >= 2 and ORGAN_END.search(n) for n in names)


def _at_segment_start(inner: str, offset: int) -> bool:
    return offset == 0 or inner[offset - 1] in "。;,. \n"


def _is_bare_note(parse: str, start: int, end: int, inner: str) -> bool:
    """A bracket of unit names standing as the measure's last words, after a full stop."""
    if not _all_organs(inner):
        return False
    before = parse[:start].rstrip()
    after = parse[end:].strip()
    return before.endswith(("。", ";")) and after in ("", "。", ";")


def _name_rows(text: str, parse: str, start: int, end: int, roles: list[str]) -> list[dict]:
    """One row per (name, role) in the list ``parse[start:end]``; raw names as the page wrote them."""
    rows, cursor, previous, at = [], start, None, start
    for name, written in split_written_names(parse[start:end]):
        if written != previous:  # the units of one expanded phrase share its position
            found = parse.find(written, cursor, end)
            at = found if found >= 0 else cursor
            cursor, previous = at + len(written), written
        raw = text[at: at + len(written)]
        for role in roles:
            rows.append({"name": name, "raw_name": raw, "role": role, "source": "annotation",
                         "collective": is_collective(name), "start": at, "end": at + len(written)})
    return rows


def text_actor_rows(text: str, parse: str) -> list[dict]:
    """Organs the body text names as doing, leading or coordinating the work (role ``mentioned``).

    Collective placeholders (各街道办事处, 区政府各部门) are left out here: they name no one.

    >>> [r["raw_name"] for r in text_actor_rows(*["由区政府负总责、区政府法制办牵头,向区人大报告"] * 2)]
    ['区政府', '区政府法制办']
    """
    skip = cited_spans(parse) + [(a, b) for a, b, _ in bracket_groups(parse)]
    organs = [_extended(parse, m) for m in ORGAN.finditer(parse) if not inside(skip, *m.span())]
    spans = []
    index = 0
    while index < len(organs):
        run = [organs[index]]  # organs listed with 、/和 act together
        while index + 1 < len(organs) and LIST_JOINT.fullmatch(parse[run[-1][1]: organs[index + 1][0]]):
            index += 1
            run.append(organs[index])
        index += 1
        if _acts(parse, run[0][0], run[-1][1], len(run)):
            spans += run
    spans += [m.span("organ") for m in ROLE_GIVEN.finditer(parse) if not inside(skip, *m.span("organ"))]
    rows = []
    for start, end in sorted(set(spans)):
        name = parse[start:end]
        if not is_collective(name):
            rows.append({"name": name, "raw_name": text[start:end], "role": "mentioned", "source": "text",
                         "collective": False, "start": start, "end": end})
    return rows


def _extended(parse: str, match: re.Match) -> tuple[int, int]:
    """The span of an organ name, extended past the match when a sub-unit follows (市政府督查局)."""
    end = match.end()
    while (more := EXTENSION.match(parse, end)) is not None:
        end = more.end()
    return match.start(), end


def _acts(parse: str, start: int, end: int, listed: int) -> bool:
    """Whether organs at ``[start, end)`` are the subject of the work, judged from their context."""
    if PERSON_AFTER.match(parse, end):
        return False  # 市局领导召集: a person of the organ, not the organ
    before = parse[max(0, start - 4): start]
    if ACTOR_BEFORE.search(before):
        return True
    if NOT_ACTOR_BEFORE.search(before):
        return False
    clause = re.match(r"[^,。;:]*", parse[end:]).group()
    if ACTOR_AFTER.match(clause):
        return True
    if listed > 1 and COOPERATION.search(clause[:12]):
        return True
    # 区政府及各有关部门、各街道办事处每年…: the subject runs on through a list of placeholders
    return bool(LIST_JOINT.match(clause)) and bool(ACTOR_AFTER.search(clause[:30]))
