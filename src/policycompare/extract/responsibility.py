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

import functools
import re

from ..ingest import fold_width
from .common import RATE_WORD, Coverage, cited_spans, clause_start, matches_ending_in
from .deadlines import SEASON
from .lexicon import alternation, first_chars, mapping, table, words


def _role_lists(form: str) -> dict[str, list[str]]:
    return {word: roles.split("|") for word, roles in mapping("extract_roles", form, "form", "roles").items()}


# Words are data (policycompare/data/extract_roles.csv, extract_units.csv); the patterns below are
# built from them, every repeat bounded so that no text makes a pattern backtrack without end.
ROLES = _role_lists("key")  # note key stem -> roles (牵头考核 -> lead, assess)
# verb after unit names in a bracket -> roles; 负责 and its duty (负责督导) only in a bracket: at the end of a
# measure's text (…，县应急管理局负责指导。) it is a sentence
BRACKET_VERBS = _role_lists("bracket_verb")
VERB_ROLES = _role_lists("verb") | BRACKET_VERBS
VERBS = sorted(VERB_ROLES, key=len, reverse=True)  # 按职责分工负责 is tried before 负责
# 县水利局(牵头)、县财政局 in a list (a task table's unit cell): the bracketed verb is that unit's role
ROLE_MARK = re.compile(rf"\((?:{'|'.join(map(re.escape, VERBS))})\)\Z")
DUTIES = mapping("extract_roles", "duty", "form", "roles")  # verb after an organ in the body -> duty
NOT_ROLES = words("extract_roles", "not_role", "form")
PERSON_WORDS = words("extract_roles", "person", "form")
_STEMS = alternation(ROLES)
_UNIT_WORDS = "单位|部门|处室|科室|股室|部室|机构"  # 部室: a mass organisation's departments (责任部室:)
UNIT_WORD = re.compile(rf"(?:{_UNIT_WORDS})\Z")
# A note written as a sentence of its own needs a unit word: 责任单位:…, 牵头部门:…, 牵头科室:…; but for
# a few stems that key nothing else (牵头：维权股；配合：各乡镇残联。, data: bare_key)
_LOOSE_KEY = rf"(?:{_STEMS})(?:、(?:{_STEMS})){{0,4}}(?:{_UNIT_WORDS})|(?:{alternation(words('extract_roles', 'bare_key', 'form'))})"
# (责任单位:市卫生健康委,配合单位:市医保局: a key after a comma opens a note of its own, as after a 。 or ;)
LOOSE_NOTE = re.compile(  # the value runs to the sentence end or the next key on the line
    rf"(?:^|(?<=[。;,\s]))(?P<key>{_LOOSE_KEY})(?P<colon>[ \t]{{0,3}}:)(?:(?![ \t]{{0,3}}(?:{_LOOSE_KEY})[ \t]{{0,3}}:)"
    # …, or any other key after a comma or a blank (责任单位:区发改局,完成时限:2025年6月底)
    # a list wrapped after 、 goes on, and so does one closed by a collective tail (…;各县(市、区)人民政府)
    rf"(?![ \t,]{{1,3}}[\u4e00-\u9fff]{{2,6}}[ \t]{{0,3}}:)(?:[^。;\n]|(?<=、)\n|;(?=各))){{0,400}}"
)
# A note whose key stands in lenticular brackets on its line, the value after them (【牵头单位】区发改局):
# the value runs to the line's or sentence's end, or to the next such key.
BRACKET_KEY_NOTE = re.compile(rf"【(?P<key>{_LOOSE_KEY})】[ \t]{{0,3}}:?[ \t]{{0,3}}(?P<value>[^。;\n【]{{0,400}})")
# A key: up to five words of two to six characters joined by 、, then a colon. Bounded, so a long
# list of names with no colon costs a constant per position (it once backtracked exponentially).
PREFIX = re.compile(r"(?P<key>[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){0,4})[ \t]{0,3}:")
ORGAN_END = re.compile(rf"(?:{alternation(words('extract_units', 'end'))})\Z")
PERSON_UNIT = re.compile(rf"(?:{alternation(words('extract_units', 'person_unit'))})\Z")  # 各包保干部: persons
COLLECTIVE = re.compile(rf"{alternation(words('extract_units', 'collective'))}|等\Z")
LIST_SPLIT = set(words("extract_units", "separator"))
LIST_TAIL = re.compile(rf"(?:{alternation(words('extract_units', 'tail'))})\Z")
# a box set under a plan's text (专栏1 高原粮仓建设工程 and its items): the text's closing note stands before it
BOX_LINE = re.compile(rf"\n[ \t\u3000>*]{{0,6}}(?:{alternation(words('extract_units', 'box_opening'))})\s{{0,2}}[\d一二三四五六七八九十]")
NOTE_OPENER = re.compile(alternation(words("extract_units", "note_opener")))  # 由 of (由市科技局牵头)
# 〔责任单位:市水利局,下同〕: a remark after a comma names no unit; the note's units end before it
NOTE_REMARK = re.compile(rf"[,;。(](?:{alternation(words('extract_units', 'note_remark'))})")
# (列第一位者为牵头单位): the remark says the note's first unit leads
FIRST_LEADS = re.compile(rf"[,;。(](?:{alternation([w for w in words('extract_units', 'note_remark') if '第一位' in w])})"
                         r"(?:者|的)?(?:为|是)牵头")
JOINER = re.compile(alternation(words("extract_units", "joiner")))  # 和 of 县发改局和县财政局
ORGAN_START = re.compile(rf"各|中共|(?:{alternation(words('extract_units', 'level'))})")  # what opens the second of two
OPENING, CLOSING = "(（〔【[", ")）〕】]"
# 【责任单位：区教体局】 and [牵头单位：区卫健局；责任单位：各街办] are notes as (责任单位:…) is
BRACKET_MARKS = re.compile(r"[(（〔【\[)）〕】\]]")
ALIAS_NOTE = re.compile(r"\([^()]{1,20}\)\Z")  # 市教育局(市体育局): a second name in brackets
# 各市、州、县人民政府, 各区、县(市)政府: levels listed before the government they share, one name
_LEVEL = rf"(?:各)?[省市州县区乡镇旗盟](?:\([^()]{{1,8}}\))?"
SHARED_LEVEL = re.compile(_LEVEL)
SHARED_HEAD = re.compile(rf"{_LEVEL}(?:人民政府|政府|党委和政府|党委|党委政府)")
# 各市、县(区)民政局, 市、县两级住房城乡建设部门: levels listed before the organ of their field they share
# (from high to low: see _level_rank)
SHARED_ORGAN = re.compile(rf"{_LEVEL}(?:两级|三级)?(?![直各属])[\u4e00-\u9fff]{{2,14}}")
CN_NUMERAL = "一二三四五六七八九十"  # the numerals a shared-suffix list counts with (社矫安帮一、二、三处)
NUMERAL_NAME = re.compile(rf"[{CN_NUMERAL}\d]{{1,4}}")
NUMBERED_LAST = re.compile(rf"([{CN_NUMERAL}\d]{{1,4}})(\D{{1,12}})")
NUMBERED_STEM = re.compile(rf"(.{{1,30}}?)([{CN_NUMERAL}\d]{{1,4}})")
# A segment of a note that gives a time, not units: (2022年6月底前完成,区人社局牵头)
TIME_SEGMENT = re.compile(r"\d|[年月]|季度|底前|长期|持续|完成|时限|时间")
# A bracket that names a role: if nothing is read from it, the reader is told.
NOTE_LIKE = re.compile(rf"(?:{_STEMS})[\u4e00-\u9fff]{{0,4}}[ \t]{{0,3}}:|(?:{alternation(VERB_ROLES)})\Z")

# Organs as the body text names them. A level prefix (区, 市, 新区, 灞桥区…) is required, except for
# classes of organs that stand alone (公安机关, 检察机关 …); prefix characters exclude the function
# words that could glue a name to the words before it (之前新区司法局 -> 新区司法局).
_LEVEL_WORDS = words("extract_units", "level")


@functools.lru_cache(maxsize=1)
def _division_stems() -> frozenset:
    """The names of the division table without their level word (宜宾 of 宜宾市, 内蒙古 of 内蒙古自治区), of
    two characters or more."""
    from ..metadata import _divisions

    levels = sorted(_LEVEL_WORDS, key=len, reverse=True)
    stems = set()
    for name in _divisions()[1]:
        level = next((word for word in levels if name.endswith(word) and len(name) > len(word)), "")
        if level and len(name) - len(level) >= 2:
            stems.add(name[:-len(level)])
    return frozenset(stems)


# characters that end a name where they stand (之前, 的, 向, 每年 …: the words around an organ's name)
_NOT_NAME_CHARS = "之前后的与向对在将由等及或要为是了把被从每年月日并按照根据依同报当"


def _place_name_words() -> tuple[str, ...]:
    """Places whose name holds a character that ends other names (日喀则, 大同, 克拉玛依, 乌拉特前): as name words,
    a company or an office named after the place (国网日喀则供电公司) keeps them. Only names of three characters
    or more and those of prefectures: a county's two (向阳, 前进, 站前) are words of the text as often, which would
    glue a name across the words around it (镇党委|向阳城县委报告)."""
    from ..metadata import _divisions

    prefectures = {name for name, _, level in _divisions()[0].values() if level == "prefecture"}
    return tuple(sorted(stem for stem in _division_stems() if set(stem) & set(_NOT_NAME_CHARS)
                        and (len(stem) >= 3 or any(stem + word in prefectures for word in _LEVEL_WORDS))))


_NAME_WORD_LIST = words("extract_units", "name_word") + _place_name_words()
_NAME_WORDS = alternation(_NAME_WORD_LIST)
NAME_WORD = re.compile(_NAME_WORDS)
_NAME_CHAR = (rf"(?:(?=[{first_chars(_NAME_WORD_LIST)}]){_NAME_WORDS}"  # tried only where one may start
              rf"|(?![{_NOT_NAME_CHARS}]|经(?!济)|送(?=[同本]级)|全部|建立)[\u4e00-\u9fff()])")
# (各乡镇(街道)|全部建立工作站: an adverb or a verb of building ends a name; 资料送|同级…部门: 送 before the
# level of the organ a thing is sent to)
# Organ heads, longest first; names are matched lazily, so 区政府和市政府 is two names, while 和 may
# stand inside one (市住房和城乡建设局).
_HEAD_WORDS = words("extract_units", "head")
# The first characters guard the alternation: at most positions one set test fails it at once.
# a head is a whole word: 宣传部|门 is no 宣传部 (宣传部门 ends in the head 部门), nor 科 of 科技 (data
# head_word: 区科技创新和产业发展局 was cut to 区科 by the lazy match and lost after another organ)
_HEAD_GOES_ON = "".join(f"|(?<={re.escape(w[:-1])}){re.escape(w[-1])}" for w in words("extract_units", "head_word"))
# 举办, 承办, 督办 …: a verb ending in a head's characters (办) ends no name (市人社局举办招聘会; data: verb_end),
# nor does another word that does (学科, 入股, 县级医院; data: word_end)
_VERB_ENDS = words("extract_units", "verb_end") + words("extract_units", "word_end")
_VERB_STARTS = words("extract_units", "verb_start")


def _head_alternative(head: str) -> str:
    """``head`` as an alternative of ORGAN_HEADS, not matched where it ends a verb of ``verb_end`` nor
    where it opens one of ``verb_start`` (市司法行政机关|办理: no 办)."""
    lead = sorted({verb[:-len(head)] for verb in _VERB_ENDS if verb.endswith(head) and len(verb) > len(head)})
    rest = sorted({verb[len(head):] for verb in _VERB_STARTS if verb.startswith(head) and len(verb) > len(head)})
    after = f"(?!{'|'.join(map(re.escape, rest))})" if rest else ""
    return "".join(f"(?<!{re.escape(part)})" for part in lead) + re.escape(head) + after


_HEADS_LONGEST = sorted(set(_HEAD_WORDS), key=len, reverse=True)
ORGAN_HEADS = (rf"(?=[{''.join(sorted({w[0] for w in _HEAD_WORDS}))}])(?:{'|'.join(map(_head_alternative, _HEADS_LONGEST))})"
               rf"(?!门{_HEAD_GOES_ON})")
# 社区, 景区, 城市, 超市, 上市公司 …: a level character inside a word is no level (data: inside_word),
# unless the character ends a word after which a level stands (level_after: 以上, so 县级以上市 keeps 市)
_AFTER = {word[-1]: word[:-1] for word in words("extract_units", "level_after")}
_INSIDE = "".join(sorted(set(words("extract_units", "inside_word")) - set(_AFTER)))
_INSIDE_UNLESS = "".join(rf"(?<!(?<!{re.escape(head)}){re.escape(last)})" for last, head in sorted(_AFTER.items()))
_LEVEL_NOTE = r"(?:\([\u4e00-\u9fff、]{1,8}\))?"  # 县(市、区), 乡(镇), 县(自治县、市、区)
# ... unless its government follows (珠山区人民政府, 矿区人民政府: districts of those names; data: level_government)
_GOVERNED = rf"(?=(?:{alternation(_LEVEL_WORDS)}){_LEVEL_NOTE}(?:{alternation(words('extract_units', 'level_government'))}))"


def _place_stems() -> str:
    """Lookbehinds for the places whose name ends in an inside-word character before its level
    (成都|市, 佛山|市, 郸城|县, 吉林|省: the national division table): there the level is one, so
    由成都市住房和城乡建设局负责 names an organ as 由郑州市… does. One lookbehind per stem length, after
    one of its characters' classes: most positions (社|区) fail that at once, not after trying every stem
    (a fifth of the organ search's time)."""
    stems = {stem for stem in _division_stems() if stem[-1] in _INSIDE}
    by_length = {}
    for stem in sorted(stems):
        by_length.setdefault(len(stem), []).append(stem)
    return "".join(f"|(?<={_classes(group)})(?<={'|'.join(map(re.escape, group))})" for _, group in sorted(by_length.items()))


def _classes(words: list[str]) -> str:
    """A pattern of one class per position matching every word of ``words`` (all of one length), and more.

    >>> _classes(["成都", "佛山"])
    '[佛成][山都]'
    """
    return "".join(f"[{''.join(sorted({word[i] for word in words}))}]" for i in range(len(words[0])))


_LEVELS = (rf"(?=[{''.join(sorted({w[0] for w in _LEVEL_WORDS}))}])(?:(?<![{_INSIDE}]){_INSIDE_UNLESS}{_place_stems()}|{_GOVERNED})"
           rf"(?:{alternation(_LEVEL_WORDS)})(?!域)")  # 区域 (a region) is no level
# a name does not start inside an item label like (一), nor with the end of another name (所联合乡镇…)
_LEAD_CHAR = _NAME_CHAR.replace("()", "").replace("依同", "依同联所应者其本" + "".join(words("extract_units", "not_lead")))
# 其他有关主管部门: a word that opens a name although its first character never does (data: lead_word), so
# the name does not start on its second character (他有关主管部门)
_LEAD_CHAR = rf"(?:{'|'.join(re.escape(w[0]) + f'(?={re.escape(w[1:])})' for w in words('extract_units', 'lead_word'))}|{_LEAD_CHAR})"


def _stems_no_char_opens() -> list[str]:
    """The division stems holding a character that never stands in a name (日 of 日照, 同 of 大同, 当 of
    当雄, 本 of 本溪: the national division table), longest first; not a verb linking two organs (会同)."""
    lead_char = re.compile(_LEAD_CHAR)
    return sorted((stem for stem in _division_stems() if stem not in words("extract_units", "link_verb")
                   and not all(lead_char.fullmatch(ch) for ch in stem)), key=lambda stem: (-len(stem), stem))


# 大同|市, 日照|市, 当雄|县: such a stem is one lead word where its level follows
_STEMS_NO_CHAR_OPENS = _stems_no_char_opens()
_STEM_LEAD = (rf"(?=[{first_chars(_STEMS_NO_CHAR_OPENS)}])(?:{'|'.join(map(re.escape, _STEMS_NO_CHAR_OPENS))})"
              rf"(?=[{first_chars(_LEVEL_WORDS)}])")
_LEAD_CHAR = rf"(?:{_STEM_LEAD}|{_LEAD_CHAR})"
# 所在地|镇人民政府: the last character of a word that ends before a name (data: name_boundary) does not open it
_BOUNDARY_WORDS = words("extract_units", "name_boundary")
_LEAD_CHAR = "".join(  # one test a position for the words of each length: (?!地(?<=所在地|发生地))
    rf"(?![{first_chars([w[-1] for w in group])}](?<={'|'.join(map(re.escape, group))}))"
    for group in ([w for w in _BOUNDARY_WORDS if len(w) == n] for n in sorted({len(w) for w in _BOUNDARY_WORDS}))
) + _LEAD_CHAR
# before the level, 各 stands first (各镇人民政府, not 防火期内各镇…) or after a joint (陵城区和各县(市)人民政府)
# no name opening with 以 (以|德阳市…公司为主体)
_FIRST_LEAD = rf"(?:(?<=[和、])各|(?![各以]){_LEAD_CHAR})"
# A name does not start with a verb that links two organs (会同, 配合 …), nor inside one (see organ_span).
LINK_VERBS = words("extract_units", "link_verb")
_NOT_START = rf"(?!(?!{_NAME_WORDS})(?:{alternation(LINK_VERBS)}))"  # 组织 of 组织部 opens a word of a name
_STANDALONE_WORDS = words("extract_units", "standalone")
# 由市公安机关, 向区税务机关: a preposition or joint before the level leaves it the name's (data: standalone_lead);
# any other Chinese character before it makes it part of a word (社区公安机关 is no 区公安机关)
_STANDALONE_LEAD = "".join(words("extract_units", "standalone_lead"))
MAX_LEAD = 5  # characters of a name before its first level word: 铁路沿线|县级以上人民政府, 风景名胜|区管理机构
# 局办公室, 局属各单位, 分局反诈中心 opening a clause or after 由: a part of the bureau (厅: the department;
# 院: the court) that issues the document
_OWN_HEADS = words("extract_units", "own_head")
_OWN_AT = r"(?:(?<![\u4e00-\u9fff])|(?<=由)|(?<=会同))"  # where such a part's name may open
# 厅计划财务处, 厅市场运行和消费促进处: a division of the issuing department (data: own_division), not before
# a verb that opens with its character (处理, 处置); 处 before 于 and a time (处|于每年) ends a division, before 于
# and anything else (处于) is a verb
_OWN_DIVISION = (rf"(?:{alternation(words('extract_units', 'own_division'))})"
                 rf"(?![{first_chars(words('extract_units', 'not_division_next'))}])(?!于(?![\d每本次今明]))")
_OWN_UNIT = (rf"{_OWN_AT}(?:{alternation(_OWN_HEADS)})(?!{alternation(words('extract_units', 'not_own_unit'))})"
             rf"(?:属各单位|{_NAME_CHAR}{{0,8}}?(?:{ORGAN_HEADS})|(?:{_NAME_CHAR}|[和与]){{2,10}}?{_OWN_DIVISION})")
# Every organ starts with 各, a standalone word, a bureau's head at a clause's start, or has a level word
# within its first MAX_LEAD + 2 characters (各 and the lead characters before it): a cheap test that spares
# most positions the full pattern. Lead characters are Chinese characters (and those of the name and lead
# words), so the level test runs over those only, possessively, up to the first level character: one C
# loop with no backtracking, a position with a comma or digit before its level fails at once. A standalone
# word is tested whole where its first character stands (人 and 行 open many words, few 人民法院).
_LEVEL_FIRSTS = first_chars(_LEVEL_WORDS)


def _cjk_except(excluded: str, also: str = "") -> str:
    """A character class body: the CJK block but the ``excluded`` characters, and ``also``."""
    ranges, low = [], 0x4E00
    for point in sorted({ord(ch) for ch in excluded if 0x4E00 <= ord(ch) <= 0x9FFF}):
        if point > low:
            ranges.append(f"\\u{low:04x}-\\u{point - 1:04x}")
        low = point + 1
    ranges.append(f"\\u{low:04x}-\\u9fff")
    return "".join(ranges) + "".join(re.escape(ch) for ch in sorted(set(also)) if ch not in excluded)


_LEAD_ALPHABET = _cjk_except("".join(w[0] for w in _LEVEL_WORDS),
                             "".join(ch for w in _NAME_WORD_LIST + words("extract_units", "lead_word") for ch in w
                                     if not "\u4e00" <= ch <= "\u9fff"))
# 科技创新局每月调度…, 质量监督科制定…, 会同代王城派出所: a zone's bureau, a division of the issuing one or a
# station named by its place, opening a line, a sentence, an item of a list or the clause after a deadline
# (4月15日前，质量监督科制定…), without a level (data: line_head)
MAX_LINE_LEAD = 10
# where such a name may start (（一）相如市场监管所负责…, 会同|配合|协助代王城派出所)
_LINE_HEAD_AT = r"(?:(?<![^\s。;、同)])|(?<=前,)|(?<=配合|协助))"
_LINE_HEADS = (f"(?:{'|'.join(map(_head_alternative, sorted(words('extract_units', 'line_head'), key=len, reverse=True)))})"
               f"(?!门{_HEAD_GOES_ON})")  # 科 of 科技 is no head (data: head_word)
_ORGAN_START = (rf"(?=(?=[各{''.join(sorted({w[0] for w in _STANDALONE_WORDS}))}])(?:各|{alternation(_STANDALONE_WORDS)})"
                rf"|{_OWN_AT}[{first_chars(_OWN_HEADS)}]"
                rf"|[{_LEAD_ALPHABET}]{{0,{MAX_LEAD + 1}}}+[{_LEVEL_FIRSTS}]"
                rf"|{_LINE_HEAD_AT}[\u4e00-\u9fff]{{2,{MAX_LINE_LEAD}}}(?:{_LINE_HEADS})"
                # (察哈尔右翼前|旗委员会, 中共|达尔罕茂明安联合|旗委员会: a stem of _STEMS_NO_CHAR_OPENS is one lead
                # word of many characters; the party's name the one word before it tried, as a wider test costs
                # a tenth of the organ search)
                rf"|(?=[中{first_chars(_STEMS_NO_CHAR_OPENS)}])(?:中共)?{_STEM_LEAD})")
_EACH_HEADS = alternation(words("extract_units", "each_head"))
# 各沿海村(社区): bodies of one kind and, in a bracket, the places of another level that stand with them
_PLACE_KINDS = alternation(_LEVEL_WORDS + ("社区", "居"))
_PLACES_NOTE = rf"(?:\((?:{_PLACE_KINDS})(?:、(?:{_PLACE_KINDS})){{0,3}}\))?"
# 各沿海镇, 各沿江乡镇: places of a level along a coast or river (data: each_scope words of 沿) are bodies of one kind
_EACH_ALONE = [*words("extract_units", "each_alone")] + [scope + level for scope in words("extract_units", "each_scope")
                                                      if scope.startswith("沿") for level in ("乡镇", "镇", "乡")]
_EACH_LONG_HEADS = alternation([word for word in words("extract_units", "each_head") if len(word) >= 3])
ORGAN = re.compile(
    # (levels listed to share one organ, 市、县(区)人民政府; not into 市直各部门 after a list: 直 opens another name)
    rf"{_ORGAN_START}(?<!联)(?:各)?{_NOT_START}(?:{_FIRST_LEAD}{{0,{MAX_LEAD}}}?(?:(?:{_LEVELS}){_LEVEL_NOTE}、(?!.直)){{0,3}}(?:{_LEVELS}){_LEVEL_NOTE}"
    # (与 of 自然资源与规划局; a head right after an open bracket, 市直各单位|(部门), is the note's, not the name's)
    # (a campaign in quotes after the level, 市“无废城市”建设工作专班, is part of the name)
    # (和各 joins two names: 市直各单位和各县区档案馆)
    rf"(?:(?!和各){_NAME_CHAR}|与(?!各|[省市县区州盟旗镇乡])|“[\u4e00-\u9fff]{{2,10}}”(?=[\u4e00-\u9fff])(?!部门)){{0,12}}?(?<!\()(?:{ORGAN_HEADS})"
    # 各村(社区)红白理事会, 各村卫生室: bodies of one kind named by their level, before the level's places alone (各村(社区))
    # (heads of three characters or more: 各村(社区)|利用村…, 各镇和县直各成员单位 name other things)
    rf"|各(?:{_LEVELS})(?:\([\u4e00-\u9fff、]{{1,8}}\))?(?:(?![和与及、各]){_NAME_CHAR}){{0,6}}?(?:{_EACH_LONG_HEADS})(?!\))"
    # 各镇(街道), 各乡(镇、街道), 各县(市)、区, 各县(市)区: places of a level and their note as a collective, before 各镇 alone
    # (not into 区直各单位 after it: a level before 直 opens the units directly under it, another name)
    rf"|各(?:{_LEVELS})\([\u4e00-\u9fff、]{{1,8}}\)(?:(?:、|(?<=\)))(?:{_LEVELS}){_LEVEL_NOTE}(?!直)){{0,3}}"
    # 市公安机关: a standalone word with the level before it (not 社区居民委员会's 区, nor before 各); no
    # standalone word before 属 (各县属企业) or 域 (各县域…: the county areas' bodies, named on)
    rf"|(?:(?<![{_cjk_except(_STANDALONE_LEAD)}])(?:{_LEVELS})级?(?!各))?(?:{alternation(_STANDALONE_WORDS)})(?![属域])|{_OWN_UNIT}"
    # 各宗教活动场所管理委员会, 各村卫生室, 各项目实施单位: bodies of one kind, named with 各 and no level; 各种政策, 各项措施
    # (all kinds of policies, all measures), 各类 (all sorts: 各类城镇) and 各自 (their own) name no body, and a head in a bracket ends
    # none (各行业(企业)主管部门 goes on to 部门). Some heads name the bodies alone (各分局; data: each_alone),
    # not 各部门 (a placeholder)
    rf"|各(?!种|类|项(?!目)|自(?!然))(?:{_NAME_CHAR}{{1,10}}?(?:{_EACH_HEADS})"
    rf"|(?:{alternation(_EACH_ALONE)})){_PLACES_NOTE}(?!\))"
    rf"|{_LINE_HEAD_AT}(?:{_LEAD_CHAR}){{2,{MAX_LINE_LEAD}}}?(?:{_LINE_HEADS}))"
    rf"(?:{alternation(words('extract_units', 'own_parts'))})?"
)
# 生态环境主管部门 in a regulation names a class of organs, with no level; searched only where the
# words stand (a pattern of its own, so the common case pays nothing for it). The name is matched
# from its leftmost start, so the bound must hold the longest field written before 主管部门 (城镇容貌
# 和环境卫生行政主管部门): a shorter one cut names mid-word (貌和环境卫生行政主管部门).
MAX_MANAGER_LEAD = 12
_LONGEST_NAME_WORD = max(len(word) for word in _NAME_WORD_LIST)  # a lead character may be a name word


def _function_words() -> list[str]:
    """The short names of departments' functions (民政, 卫生健康, 市场监管) that name a department with 部门."""
    names = {name for row in table("functions") if row["organ_kind"] == "department" for name in row["synonyms"].split("|")}
    return sorted(name for name in names if len(name) >= 2 and name[-1] not in "局厅委办处室会部所校园生师狱关门")


_FUNCTION_WORDS = _function_words()
MAX_FUNCTION_NAME = max(map(len, _FUNCTION_WORDS))
# 民政部门应当…, 由卫生健康部门责令退回: a department named by its function alone, where no place or level opens it
# (会同同级财政部门, 由本级财政部门安排: the level of the organ acting, a collective)
FUNCTION_DEPARTMENT = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[由经和及与、同请]))(?:同级|本级)?(?:{alternation(_FUNCTION_WORDS)})部门")
# 各乡镇、街道要…: the streets named after the towns with 各 are a second collective of their own
STREETS_AFTER_TOWNS = re.compile("(?:" + "|".join(f"(?<=各{towns}、)" for towns in ("镇", "乡", "乡镇", "有关乡镇", "相关乡镇", "县", "区", "县区", "区县", "县市区"))
                                 + ")街道(?![\u4e00-\u9fff]{0,4}(?:办事处|工委|办))")
MANAGER = re.compile(rf"(?<!联){_NOT_START}{_LEAD_CHAR}{{2,{MAX_MANAGER_LEAD}}}?主管部门")
# 发挥X(在…方面的)作用/功能: X is given a role in the work.
# A name matched lazily may go on: 市政府 + 督查局 is one organ (a part of the government).
# A sub-unit does not start with a verb (乡镇人民政府|统筹布局 is no 布局).
_VERB_AFTER_ORGAN = rf"(?!(?!{_NAME_WORDS})(?:统筹|负责|组织|牵头|会同|配合|协助|做好|应当|依法|要|应|按照|加强|推进|开展|建立|安排|确保))"  # a name word (应急) is no verb (应)
# a sub-unit opens with a joint only before a bare head: 党委和政府 is one organ, 市人民政府|和区人民政府 two
# A name never runs across a verb (data: inner_verb): 市口岸服务部门|提请|市人民政府 is two names.
_INNER_VERBS = words("extract_units", "inner_verb")
INNER_VERB = re.compile(alternation(_INNER_VERBS))
_HEADS_WITH_VERB = [head for head in _HEADS_LONGEST if INNER_VERB.search(head)]  # 党组织
_INNER_VERB = rf"(?!(?!{_NAME_WORDS})(?:{alternation(_INNER_VERBS)}))"  # 组织 of 组织部 is a name's word
# 市林业局|副局长兼保护站站长: a post held in the organ is a person, no sub-unit (data: post)
_POST = rf"(?:分管|常务)?副?(?:{alternation(words('extract_units', 'post'))})(?!办公室)"  # (局长办公室: an office)
# (人民政府和红十字会: a society or union after 和 is an organ of its own, no part of the government)
EXTENSION = re.compile(rf"(?!和(?!{ORGAN_HEADS})|和(?:{alternation(words('extract_units', 'own_body_head'))})|、|{_POST}){_NOT_START}{_VERB_AFTER_ORGAN}(?:{_INNER_VERB}{_LEAD_CHAR}){{0,6}}?{_INNER_VERB}(?:{ORGAN_HEADS})")
# a government's department for a field, named by the field: 县(区)人民政府|城镇容貌和环境卫生主管部门,
# 县级以上人民政府|人力资源社会保障部门
FIELD_MANAGER = re.compile(rf"(?!和|、){_NOT_START}{_VERB_AFTER_ORGAN}(?:{_INNER_VERB}{_LEAD_CHAR}){{2,{MAX_MANAGER_LEAD}}}?(?:主管)?部门")
# 国网宜宾供电公司, 襄阳住房投资有限公司, 中国电信桑植分公司: a company named by its place without the
# place's level (宜宾, not 宜宾市), maybe after a national group's short name (data: company_group), and so a
# bank's branch, a customs office or a border station (data: place_named_head). Searched only where such a
# head stands, from a start where a group's or a place's name opens (_company_opens); the name runs
# across no verb and no 和 (宜宾市人民政府和宜宾供电公司 is two).
MAX_COMPANY_LEAD = 20
_COMPANY_GROUPS = words("extract_units", "company_group")
# what such a name ends in: a company, a bank's branch, a customs office or border station (营口海关) …
_PLACE_NAMED_HEADS = words("extract_units", "place_named_head")
# (but the 和 inside a place's name: 国网呼和浩特供电公司, 和田海关)
_JOINT_AND = f"和(?![{''.join(sorted({stem[i + 1] for stem in _division_stems() for i in range(len(stem) - 1) if stem[i] == '和'}))}])"
COMPANY = re.compile(rf"(?:{alternation(_COMPANY_GROUPS)})?(?:(?!{_JOINT_AND}){_INNER_VERB}{_NAME_CHAR}){{1,{MAX_COMPANY_LEAD}}}?"
                     rf"(?:{alternation(_PLACE_NAMED_HEADS)})")


# 莫莫格国家级自然保护区管理局, 海南热带雨林国家公园管理局五指山分局, 大熊猫国家公园宝兴管护总站: a protected
# area's organ, named by the area's proper name and kind (data: area_kind, area_head, area_sub) with no level.
# Searched only where a kind stands, from where a clause, a joint or a linking verb opens the name (_area_opens),
# across no verb: 由县林业局配合|莫莫格…管理局 names the reserve's organ after 配合.
MAX_AREA_LEAD = 12
_AREA_KINDS = words("extract_units", "area_kind")
_AREA_CHAR = rf"(?:{_NOT_START}(?!{_JOINT_AND}){_INNER_VERB}{_NAME_CHAR})"
# (后河国家级自然保护区管理局: an area's proper name may open with 前 or 后, which no other name char does)
AREA_ORGAN = re.compile(rf"(?:[前后](?={_AREA_CHAR}))?{_AREA_CHAR}{{0,{MAX_AREA_LEAD}}}?(?:{alternation(_AREA_KINDS)})"
                        rf"(?:{_AREA_CHAR}{{1,6}}?(?:{alternation(words('extract_units', 'area_part'))}))?"
                        rf"(?:{alternation(words('extract_units', 'area_head'))})"
                        # (…管理局五指山分局; not …管理局副局长兼保护站站长: a post, no branch)
                        rf"(?:(?![副兼]){_AREA_CHAR}{{2,5}}?(?:{alternation(words('extract_units', 'area_sub'))}))?")
_AREA_OPENERS = "".join(words("extract_units", "area_opener"))
_AREA_NOT_OPENERS = set(words("extract_units", "area_not_opener"))


def _area_opens(parse: str, start: int) -> bool:
    """Whether a protected area's organ may be named from ``start``: the text, a clause, a linking verb
    (配合, 会同) or a character that opens a name (由, 和; data: area_opener, not inside a word: 由于) ends
    just before it.

    >>> _area_opens("配合海珠国家湿地公园管理处", 2), _area_opens("配合海珠国家湿地公园管理处", 1), _area_opens("由于湿地公园", 2)
    (True, False, False)
    """
    if start == 0 or not "\u4e00" <= parse[start - 1] <= "\u9fff" or any(parse.endswith(v, 0, start) for v in LINK_VERBS):
        return True
    return parse[start - 1] in _AREA_OPENERS and parse[start - 2: start] not in _AREA_NOT_OPENERS \
        and parse[start - 1: start + 1] not in _AREA_NOT_OPENERS


@functools.lru_cache(maxsize=1)
def _bare_place_names() -> frozenset:
    """Divisions' names without their level (:func:`_division_stems`: 宜宾, 襄阳, 内蒙古) and the first two
    characters of each province's (广西, 新疆)."""
    from ..metadata import _divisions

    return _division_stems() | {name[:2] for name, _, level in _divisions()[0].values() if level == "province"}


def _opens_organ(text: str, start: int = 0) -> bool:
    """Whether an organ's name (a company's too) opens ``text`` at ``start``."""
    return bool(ORGAN.match(text, start) or _company_opens(text, start) and COMPANY.match(text, start))


def _place_named_ends(heads: list[str]) -> list[str]:
    """What to search a text for before trying the company pattern: the last two characters that several
    heads share, each searched for once (公司 ends 公司 and 分公司; 银行 ends 农商银行 and 村镇银行), and a
    head alone in its ending whole (边境管理大队: 大队 alone stands in every 执法大队).

    >>> _place_named_ends(["公司", "分公司", "海关", "边境管理大队"])
    ['公司', '海关', '边境管理大队']
    """
    ends = {}
    for head in heads:
        ends.setdefault(head[-2:], []).append(head)
    return sorted(end if len(group) > 1 or group[0] == end else group[0] for end, group in ends.items())


_PLACE_NAMED_ENDS = _place_named_ends(_PLACE_NAMED_HEADS)


def _company_opens(parse: str, start: int) -> bool:
    """Whether a company's name may open at ``start``: a group's short name or a place's bare name does."""
    if any(parse.startswith(group, start) for group in _COMPANY_GROUPS):
        return True
    names = _bare_place_names()
    return any(parse[start:start + n] in names for n in range(2, 6))


# 省财政厅|政府采购监管处, 省卫生健康委|基层卫生健康处于12月中旬组织…: a department's division named after
# it (a department: its name ends in a character of data: division_parent), not across a verb (县公安局|配合查处…:
# 处 ends no division after 查, 惩, 判 …; data: not_division_before), nor after a joint (区民政局|和市殡葬管理处: two)
DIVISION_AFTER = re.compile(rf"(?![和与]|{_POST})(?:{_NOT_START}{_VERB_AFTER_ORGAN}{_INNER_VERB}(?:{_NAME_CHAR}|[和与])){{2,10}}?"
                            rf"(?<![{''.join(words('extract_units', 'not_division_before'))}]){_OWN_DIVISION}")
_DIVISION_PARENTS = "".join(words("extract_units", "division_parent"))
# Verbs a lazily matched name may have swallowed at its start (成立|市…专班).
VERB_BEFORE_ORGAN = re.compile(r"成立|设立|组建|建立|会同|联合|协同|配合|协助|指导|督促|组织|要求|推动|支持|牵头|依托|通过"
                               rf"|{alternation(words('extract_units', 'swallowed_verb'))}")
# also after other lead characters, right before a level (必要时建议|市委; 申请变更股东 and 人民建议征集办公室 keep theirs)
SWALLOWED = re.compile(rf"(?:{alternation(words('extract_units', 'swallowed_verb'))})(?=[{_LEVEL_FIRSTS}])")
ROLE_GIVEN = re.compile(
    rf"发挥(?P<organ>{_NAME_CHAR}{{2,14}}?(?:委员会|中心|联席会议|领导小组|法制办|政府|司法所))"
    r"(?:在[^,。;]{0,40}?的[^,。;]{0,12}?)?(?:功能|作用|职能)"
)
AT_LEAST_DUTY = re.compile(rf"至少(?:{alternation(DUTIES)})")
ACTOR_AFTER = re.compile(
    r"(?:将|要|应当|应|必须|务必|须(?!知)|负总责|牵头|负责|组织|会同|统一|定期|适时|召集|主导|指导|督促|协调|制定|建立|开展"
    rf"|进行|做出|作出|决定|向|在每|于每|每|切实|认真|积极|依法|带头|可以|可(?=给予|对|按|根据|依据|视情)|对照|逐项|逐户|及时|按时|立即|迅速|严格|全面|继续|持续"
    rf"|采取|{alternation(DUTIES)}"
    # 市财政局按规定安排经费, 按普查进度拨付: the organ acts as a rule says
    rf"|按照?[^,。;:]{{0,10}}?(?:{alternation(DUTIES)})"
    r"|于[^,。;:]{0,12}?(?:之前|以前|前|末|底)"  # 各市(州)于12月15日前报送, 于每半年末报送
    r"|在?\d{1,3}个?(?:小时|工作日|日|天)内(?=[\u4e00-\u9fff])"  # 区仲裁院(在)24小时内派员: the time limit it acts within
    r"|在[^,。;:]{1,12}?后(?:\d{1,3}个?(?:小时|工作日|日|天)内)?(?=[\u4e00-\u9fff])"  # 在收到善款后10个工作日内开具: after what
    # 各乡镇人民政府汛期落实…: the season it acts in (data: actor_season)
    # (各县(市)人民政府冬春蔬菜储备量…: a season before a noun names what, not when)
    rf"|(?:{alternation(words('extract_units', 'actor_season'))})(?=每|(?:{alternation(DUTIES)}))"
    # 各村委会5月20日前完成, 市指挥部办公室年底前组织: a deadline written without 于 says the same
    # (次年3月底前, 年内, 上半年: the same, of the next year or the year's part)
    r"|(?:次年|当年)?(?:(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末)?|年底|年末)(?:之前|以前|前)|年内(?![的外])|全年(?![的共])|[上下]半年(?!的)"
    # 区农业农村局麦收前完成…, 各乡镇汛期前完成…: a season's deadline, as the deadlines read it
    rf"|{SEASON.pattern}"
    # 区国有资本运营管理有限公司作为区级实施主体: named the body that carries the work out
    r"|作为[^,。;]{0,10}?(?:实施主体|责任主体|建设主体|业主单位|项目业主)"
    r"|\d{1,2}月[上中下]旬(?=[\u4e00-\u9fff])(?!的)"  # 省发改委11月下旬组织…
    # 县爱卫办11月组织抽查评估, 省委老干部局6月至8月组织实地核查
    rf"|\d{{1,2}}月份?(?:[至到—–-]\d{{1,2}}月份?)?(?:{alternation(DUTIES)}|举办|完成|启动)"
    rf"|[一二三四]季度(?:{alternation(DUTIES)}|执法|开展|完成)"  # 市应急管理局二季度执法检查企业…
    rf"|20\d\d年(?:{alternation(DUTIES)}))(?!的|求)"  # 区财政局2026年安排…经费: the year it acts in
)
DUTY = re.compile(alternation(DUTIES))
# 领导小组办公室设在县民族宗教事务局,负责…: the office does the work, not the bureau that houses it (reviewset8:
# the host is no actor; reviewsets 15, 23, 38, 39, 41, 92, 95 and 98 annotate the office)
HOUSED_IN = re.compile(r"设在[^,。;]{2,30}?,(?:具体)?(?:负责|承担)")
# 市安委会各成员单位, 省统计局各专业处室: the parts of an organ named after it, one collective name with it
OWN_PARTS = re.compile(alternation(words("extract_units", "own_parts")))
# 建设“1”个省级成果转移转化中心, 建设国家、省级区域公共卫生中心: a facility to be built (the object of a
# construction verb, maybe after a count) is no actor; the verbs and measure words are data.
_COUNT = rf"[\d{CN_NUMERAL}百千万两几多余+“”\"]{{0,6}}(?:{alternation(words('extract_units', 'measure_word'))})"
_BUILD_VERBS = words("extract_units", "build_verb")
BUILT = re.compile(rf"(?=[{first_chars(_BUILD_VERBS)}])(?:{alternation(_BUILD_VERBS)})(?:{_COUNT})?"
                   rf"(?:(?:{alternation(words('extract_units', 'build_scope'))})、?)?\Z")  # \Z: not across a line end
COUNTED = re.compile(rf"[\d{CN_NUMERAL}”\"](?:{alternation(words('extract_units', 'measure_word'))})\Z")
NOT_ORGAN_END = re.compile(rf"(?:{alternation(words('extract_units', 'not_organ_end'))})\Z")  # 重点专科: no 科
_SHORT_NAME_WORDS = "以下简称|以下统称|以下称|简称|下称"
ALIAS_AFTER = re.compile(rf"\((?!{_SHORT_NAME_WORDS}){_LEAD_CHAR}{{1,8}}?(?:{ORGAN_HEADS})\)")  # 乡镇人民政府(街道办事处)
# X(以下简称Y): the short name the text goes on to use is not part of the name; X acts in what follows the note
SHORT_NAME_NOTE = re.compile(rf"\((?:{_SHORT_NAME_WORDS})[:“\"']?(?P<short>[^()“”\"']{{1,20}})[”\"']?\)")
# X(设在Y): where an office sits; X acts in what follows the note (领导小组办公室(设在县农业农村局)负责…)
SEAT_NOTE = re.compile(r"\(设在[^()]{1,24}\)")
# 项目所在乡镇人民政府, 所在县(市、区)卫生健康委: the organ of the place where a thing lies, named with that
# relation and what lies there (data: seat_owner): a collective of its own
SEAT_OF = re.compile(rf"(?:各?(?:{alternation(words('extract_units', 'seat_owner'))}))?所在\Z")
# 沿江各村(社区), 直属各单位: where the collective lies or whose it is, written before 各 (data: each_scope); a
# level's 属 (区属各医疗卫生单位) opens a word, not the end of a place's name (高新区属各企业: 区 of 高新区)
_LEVEL_OWNED = re.compile("[省市县区州盟旗镇乡村]属")
EACH_SCOPE = re.compile("(?:" + "|".join(f"(?<![\u4e00-\u9fff]){w}" if _LEVEL_OWNED.fullmatch(w) else re.escape(w)
                                         for w in sorted(words("extract_units", "each_scope"), key=len, reverse=True)) + r")\Z")
APPROVED_BY = re.compile(r"审查|批准|同意|审核|认定|核准|审定|确认")  # 经X审查同意, 经X确认后: X decides
# 报X批准: X decides what is reported to it; 报X审核 only receives and checks it (reviewsets 153, 168), and
# 报X审定 (as later sets read it) and 报X审批 name no actor either
DECIDED_BY = re.compile(r"(?:审查|审核)?(?:批准|同意|核准|认定)")  # 报X审查批准 decides too
GENERIC_DUTIES = ("应当", "依法", "要", "应", "必须")
CLAUSE_AFTER = re.compile(r"[^,。;:]{0,60}")
# 县防汛指挥部由县长任总指挥，…，负责…: a body whose head is named after it does the duty that follows
LED_BY = re.compile(rf":?由[^,。;:]{{1,16}}(?:担任|任)[^。;]{{0,60}}?(?:{alternation(DUTIES)})")
# a line's (or a sentence's) start, maybe after a bullet, a pipe or an item's number (一、县公安局:…)
_ITEM_NUMBER = rf"(?:[{CN_NUMERAL}]{{1,3}}、|\([{CN_NUMERAL}\d]{{1,3}}\)|\d{{1,2}}[.、])"  # 三、 (三) 3.
LINE_OPEN = re.compile(rf"(?:^|\n|。)[ \t\u3000*·•-]{{0,6}}(?:\|[ \t]{{0,2}})?{_ITEM_NUMBER}?\Z")
# a sentence's start (a line's, or after 。 or ;), and an enumerated point's (一是县水利局对取水户…)
_POINT = rf"\s*[{CN_NUMERAL}]{{1,3}}是"  # 一是, 二是: an enumerated point
SENTENCE_OPEN = re.compile(rf"(?:^|[\n。;!?])[ \t\u3000*·•-]{{0,6}}\Z|(?:^|[\n。;!?:]){_POINT}\Z")
# a duty written as a sentence after an organ opening its line or item (一、县公安局:重点宣传《…》), not a
# person's name or a telephone number (县财政局:王某某)
DUTY_SENTENCE = re.compile(r"[\u4e00-\u9fff《“]{6}")
DUTY_CELL = re.compile(r"[ \t]{0,2}(?::|\t|\|)[ \t]{0,2}")  # the colon or cell border between a unit and its duties
# （一）县公安局。负责…: a unit that is the whole heading of its item, its duties in the sentences after
HEADED_ITEM = re.compile(rf"(?:^|\n)[ \t\u3000]{{0,6}}{_ITEM_NUMBER}\Z")
SENTENCE_AFTER = re.compile(r"[^。;:]{0,60}")  # 市财政局对…项目,按照…给予补助: the verb may come a clause later
# An organ opening a clause is its subject when a preposition or a verb follows it (data: subject_next), not
# more of a noun: 市财政局|对验收合格的项目给予奖补, but 县级以上人民政府|卫生健康等部门应当… (the departments act)
SUBJECT_NEXT = re.compile(alternation(words("extract_units", "subject_next")))
# of those, the verbs that make the organ their subject with no duty word after them (乡派出所加强巡逻防控)
SUBJECT_VERB = re.compile(alternation(words("extract_units", "subject_verb")))
NOT_SUBJECT_NEXT = re.compile(alternation(words("extract_units", "not_subject_next")))  # 市政府|实施意见
# where a clause begins: a line, a sentence, a clause after a comma, a heading's number (三、 (三) 2. 第五条)
# (一是, 二是 …: a work report's enumerator opens a clause as 一、 does)
# (5月10日前:昌吉市城建集团完成招标, 准备阶段(…):镇农业农村服务中心完成…: a clause opens after the colon of a
# dated line or an inline heading, not after 其中:)
CLAUSE_START = re.compile(rf"(?:^|[\n。;,]|(?<=[\u4e00-\u9fff)])(?<!其中):|[{CN_NUMERAL}\d]+[、.]|\([{CN_NUMERAL}\d]+\)|第[{CN_NUMERAL}]+条"
                          rf"|(?:^|[\n。;,:]){_POINT})\s*\Z")
# 各县人民政府是…的责任主体, 领导小组是…的领导机构: what the organ is for the work (data: body_noun)
RESPONSIBLE_BODY = re.compile(rf"是[^,。;]{{0,24}}(?:{alternation(words('extract_units', 'body_noun'))})|"
                              r"(?:按照|根据|依照|依据)各自(?:的)?职责|按职责|在各自(?:的)?职责范围内|对[^,。;]{0,24}(?:进行(?:监督|检查|考核|指导|评估)|负责)"
                              rf"|对[^,。;]{{0,24}}?(?:进行|开展|实行|依法|及时)(?:{alternation(DUTIES)})|安排|参照")
COOPERATION = re.compile(r"信息平台|互联互通|数据共享|联动|协作|衔接|联合|共同|联席")
# 区住建局是综合管廊的|行业主管部门: a name after 是…的 says what the subject is, no organ that acts (特别是|尤其是|
# 重点是…的县市场监管局要…: 是 of an adverb opens the subject itself)
PREDICATE_OF_SHI = re.compile(r"(?<![凡但只就还总要别其点即而也都])是[^,。;:是]{1,16}的\Z")
NOT_ACTOR_BEFORE = re.compile(r"(?:向|对|接受|报|经|给|同|与|和|及|按照|根据|依据|贯彻|落实|提请|报送|以|在|支持|执行|联合"
                              rf"|{alternation(words('extract_units', 'not_actor_before'))})\Z")
# 对考核优秀的乡镇卫生院给予奖励, 对辖区内的县直单位开展检查: an organ the 对 phrase ends on, with what
# qualifies it before, is what the work is done to or given to, not who does it
# (not 对 of a word, 对象, 对外, 对口, 对接 …: 保护对象所在地的区人民政府, 市对外贸易…; nor a clause of what the
# organ has or answers for: 对该站有管理权限的…部门, 对本辖区安全生产负总责的乡镇人民政府)
OBJECT_OF_DUI = re.compile(r"(?<!由)对(?![象外口接应标照于比待话策称立抗])[^,。;:由对有负]{1,16}的\Z")
# 提请/恳请/报请 X: X is asked; 配合/协助 X: X leads the work it is helped with (配合县住建局完成…, 配合X对…开展检查)
# (会同辖区各银行网点: the bodies of the area the work is done in)
# (区农业农村局每季度|联合区市场监管局…: after a schedule word too, 联合 links the partner)
ACTOR_BEFORE = re.compile(r"(?:由|指定由|(?<![提恳报])请|会同|协同|(?<=[局委办厅府会所部队心站院室组联团校度月周期时年])联合|(?<!不)配合|(?<!不)协助)(?:辖区)?\Z")
# 1月31日前各市(区)完成…: bodies named with 各 after a deadline that opens the clause are the ones
# that meet it (a single name there may be the facility to build: 6月底前建成街道…中心)
DEADLINE_BEFORE = re.compile(r"(?:^|[\n。;,])\s*(?:(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末)?|(?:20\d\d)?年[底末])"
                             r"(?:之前|以前|前),?\Z")
# 二季度县交通运输局联合…: a quarter or a half-year opening the clause, before one organ and its verb
PERIOD_BEFORE = re.compile(r"(?:^|[\n。;,])\s*(?:第?[一二三四]季度|[上下]半年)[末底]?(?:之前|以前|前)?,?\Z")
# 会议要求，市公安局加快…, 会议要求县农牧和科技局…: the organ opening what a meeting asks does the work (data: meeting_asks)
MEETING_ASKS = re.compile(rf"(?:^|[\n。;,:])\s{{0,4}}会议(?:{alternation(words('extract_units', 'meeting_asks'))}),?\Z")
# 联合县司法局开展检查 opening a clause: the issuer and that organ act together (after an organ, X局联合Y: ACTOR_BEFORE)
JOINED_AT_CLAUSE_START = re.compile(r"(?:^|[,;。:\n])\s{0,2}联合\Z")
# …等部门的主要负责人, …负责…的分管领导: persons of the organs, not the organs
PERSON_OF = re.compile(r"[^,。;:]{0,16}?的(?:(?:主要|分管|有关)(?:负责人|领导|负责同志)|负责人|负责同志|工作人员)")  # 加强…的领导 is no person
# (等管线单位, 等供水企业: a kind of unit named before the tail's head)
ETC_TAIL = re.compile(r"等(?:有关|相关)?(?:(?:(?!主管)[\u4e00-\u9fff]){0,4}?(?:部门和单位|部门|单位|机构|企业))?")
# Verbs that may stand before an organ a lazy match swallowed (用于支持村卫生室…): never inside a name.
VERB_INSIDE = re.compile(r"支持|推动|要求|依托|通过|会同|协同|配合|协助|督促|用于|使用|决定|发挥|到|至")  # 授权, 委托 …: inner_verb (data)
# 有关部门和|乡镇人民政府: a name that opens with another organ's head and a joint starts after them
HEAD_JOINT = re.compile(rf"{_LEAD_CHAR}{{0,{MAX_LEAD}}}?(?:{ORGAN_HEADS})[和、]")
LIST_JOINT = re.compile(r"[、和及与]|及其|以及")  # 与: 县气象局与县水利局每周会商, both act
# 负责人 is a person, 负责|人民调解, 负责|人才认定, 负责|人力资源 and 负责|人员密集场所 duties
# 由市政府主要领导任组长: the organ's head (主要领导, as 主要负责人) leads, not the organ
# (镇党委副书记王某某, 区委常委、宣传部部长…: a post of the organ names a person)
PERSON_AFTER = re.compile(r"(?:主要)?领导(?!小组)|负责人(?![民才力]|员密集)|主要负责|干部|工作人员|专家(?!委员会|组|库)|分管|副?市长|副?县长|副?区长|院长|主任"
                          r"|副?书记|副?局长|副?部长|副?镇长|副?乡长|副?主席|常委(?!会)|[\u4e00-\u9fff]{0,3}?委员(?!会)")  # 政法委员: a post


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
    return list(_written_names(value))


@functools.lru_cache(maxsize=4096)  # a note's value is split to judge its segments, then to read them
def _written_names(value: str) -> tuple[tuple[str, str], ...]:
    names, depth, current = [], 0, []
    for ch in value:
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        if ch in LIST_SPLIT and depth == 0:
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
    names.append("".join(current))
    names = [_without_tail(part) for name in names for part in _split_joined(name.strip().strip("。").strip())]
    return tuple(_expand_shared_suffix(_join_shared_heads([name for name in names if name])))


def _split_joined(name: str) -> list[str]:
    """Two organs joined by 和/及/与 (县发改局和县财政局, 市级各有关部门及各县市区政府) are two names: the
    left ends as an organ does and the right opens with a level or 各; 县人力资源和社会保障局 is one."""
    parts = []
    for _ in range(4):  # bounded: each round cuts one joint
        joint = next((m for m in JOINER.finditer(name) if ORGAN_END.search(name, 0, m.start())
                      and ORGAN_START.match(name, m.end()) and ORGAN_END.search(name[m.end():])), None)
        if joint is None or joint.start() < 2:
            break
        parts.append(name[:joint.start()])
        name = name[joint.end():]
    return [*parts, name]


def _without_tail(name: str) -> str:
    """A list's name without the tails that may close it, one after another (…等部门按职责分工负责)."""
    for _ in range(3):  # bounded: each round removes one tail
        shorter = LIST_TAIL.sub("", name).strip()
        if shorter == name:
            break
        name = shorter
    return name


def _join_shared_heads(names: list[str]) -> list[str]:
    """各市 / 州 / 县人民政府 -> 各市、州、县人民政府, 各市 / 县(区)民政局 -> 各市、县(区)民政局: bare levels
    share the government or the organ after them (see :func:`_level_rank`)."""
    out, run = [], []
    for name in names:
        if SHARED_LEVEL.fullmatch(name) and len(run) < 6:
            run.append(name)
            continue
        if run and (SHARED_HEAD.fullmatch(name) or SHARED_ORGAN.fullmatch(name) and ORGAN_END.search(name)
                    and _level_rank(run[-1]) <= _level_rank(name)):
            out.append("、".join([*run, name]))
        else:
            out += [*run, name]
        run = []
    return out + run


LEVEL_RANKS = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "乡": 3, "镇": 3}


def _level_rank(name: str) -> int:
    """How low the level opening a name stands (省 0 … 镇 3): levels listed from high to low share the organ
    after them (各市、县(区)民政局, 各市、州民政局); a lower level before a higher one is a body of its own
    (各镇(街道)、市民政局)."""
    return LEVEL_RANKS.get(name.lstrip("各")[:1], -1)


def _expand_shared_suffix(names: list[str]) -> list[tuple[str, str]]:
    """社矫安帮一 / 二 / 三处 -> the three full names, each with the phrase it was written as."""
    run_end = [len(names)] * (len(names) + 1)  # first index at or after i that is not a bare numeral
    for index in range(len(names) - 1, -1, -1):
        run_end[index] = run_end[index + 1] if NUMERAL_NAME.fullmatch(names[index]) else index
    out, index = [], 0
    while index < len(names):
        run = run_end[index + 1] if index + 1 < len(names) else len(names)
        last = NUMBERED_LAST.fullmatch(names[run]) if run < len(names) else None
        stem = NUMBERED_STEM.fullmatch(names[index])
        short = run - index <= 12  # 一、二、三处: real lists are short; a long run is not expanded
        if short and last and stem and ORGAN_END.search(last.group(2)) and (run > index + 1 or len(names[run]) <= 3):
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

    >>> is_collective("各有关处室"), is_collective("市局法规处"), is_collective("县（区）人民政府")
    (True, False, True)
    """
    return bool(COLLECTIVE.search(fold_width(name)))  # names keep the text's brackets: 县（区）


def bracket_groups(parse: str) -> list[tuple[int, int, bool]]:
    """Outermost bracket groups ``(start, end, closed)``: (), 〔〕, 【】 and [], nested brackets kept inside.

    An opening bracket left unclosed gives a group, not closed, that runs to the end of its line:
    a note never spans paragraphs, and the text after a forgotten bracket is text, not its note.

    >>> bracket_groups("甲(责任单位:市局政治(警务)部)乙〔丙") + bracket_groups("甲〔乙。" + chr(10) + "丙")
    [(1, 17, True), (18, 20, False), (1, 4, False)]
    """
    return list(_bracket_groups(parse))


@functools.lru_cache(maxsize=8)  # the notes and the actors of one measure text ask for its groups
def _bracket_groups(parse: str) -> tuple[tuple[int, int, bool], ...]:
    groups, depth, start = [], 0, 0
    for match in BRACKET_MARKS.finditer(parse):
        index, ch = match.start(), match.group()
        if ch in OPENING:
            if depth == 0:
                start = index
            depth += 1
        elif ch in CLOSING and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1, True))
    if depth:
        line_end = parse.find("\n", start)
        groups.append((start, len(parse) if line_end < 0 else line_end, False))
    return tuple(groups)


def _roles_of(key: str) -> list[str] | None:
    """Roles named by an annotation prefix (牵头、监督单位 -> lead, supervise); None if unknown."""
    roles = []
    for part in key.split("、"):
        stem = UNIT_WORD.sub("", part)
        found = ROLES.get(stem) or ROLES.get(stem[:2])
        if found is None:
            return None
        roles += [role for role in found if role not in roles]
    return roles


def annotation_rows(text: str, parse: str, warnings: list | None = None) -> list[dict]:
    """Rows of the responsibility notes of one measure (see the module docstring).

    Besides bracketed notes, a note written as a sentence of its own (责任单位:市司法局。) and a
    bracket in verb form ((市司法局牵头,市公安局配合)) are read. A bracket that looks like a note
    (a role key or verb) but gives no row adds a warning.

    >>> [(r["name"], r["role"]) for r in annotation_rows(*["(牵头、监督单位:市局法规处。责任单位:区县司法局)"] * 2)]
    [('市局法规处', 'lead'), ('市局法规处', 'supervise'), ('区县司法局', 'responsible')]
    >>> [(r["name"], r["role"]) for r in annotation_rows(*["(市司法局牵头,市公安局、市民政局配合)"] * 2)]
    [('市司法局', 'lead'), ('市公安局', 'cooperate'), ('市民政局', 'cooperate')]
    """
    warnings = [] if warnings is None else warnings
    rows, note_spans = [], []
    groups = bracket_groups(parse)
    for start, end, closed in groups:
        inner_start, inner_end = start + 1, end - 1 if closed else end
        inner = parse[inner_start:inner_end]
        keys = [m for m in (PREFIX.finditer(inner) if ":" in inner else ())  # a key ends with a colon
                if _at_segment_start(inner, m.start())]
        found = []
        if keys:
            ends = [inner_start + k.start() for k in keys[1:]] + [inner_end]
            if not closed:
                warnings.append((start, "unclosed annotation bracket: read to the end of the sentence"))
            # each value stops at its full stop: what follows is the text again, or, inside a closed
            # bracket, a remark on the list (〔责任单位:…按职责分工负责。具体任务均涉及…,不再做分工,下同。〕)
            ends = [_sentence_end(parse, inner_start + k.end(), stop) for k, stop in zip(keys, ends)]
            found = _prefixed_rows(text, parse, [(inner_start + k.start(), inner_start + k.end(), k["key"], stop)
                                                  for k, stop in zip(keys, ends)], warnings)
        elif closed:
            found = _verb_form_rows(text, inner_start, inner, parse, start, end)
        if not found and not keys and closed and _looks_like_note(inner):
            warnings.append((start, f"a bracket that looks like a responsibility note was not read: {inner[:40]!r}"))
        rows += found
        if found or keys:
            note_spans.append((start, end))
    covered = Coverage(len(parse), [(a, b) for a, b, _ in groups])
    trailing = trailing_note(parse)
    # 县农业农村局牵头,各村(社区)负责。: a bracket inside the units of a trailing note is part of a name
    if trailing and not Coverage(len(parse), note_spans).overlaps(*trailing):
        rows += _verb_form_rows(text, trailing[0], parse[slice(*trailing)], parse, *trailing)
    loose = [m for m in (LOOSE_NOTE.finditer(parse) if ":" in parse else ())  # a note has a colon
             if not covered.overlaps(*m.span("key"))]
    rows += _prefixed_rows(text, parse, [(m.start("key"), m.end("colon"), m["key"], m.end()) for m in loose],
                           warnings)
    rows += _prefixed_rows(text, parse, [(m.start(), m.start("value"), m["key"], m.end())
                                         for m in BRACKET_KEY_NOTE.finditer(parse)] if "【" in parse else [], warnings)
    # (各镇牵头,各包保干部配合: cadres are persons, though 部 ends organs; the note's units stay)
    return sorted((row for row in rows if not PERSON_UNIT.search(row["name"])), key=lambda row: row["start"])


MAX_NOTE_CLAUSES = 4  # clauses of a note written without brackets (X牵头,Y配合,Z负责)
VERB_ENDINGS = tuple(VERBS)
# …加快园区建设。——县农业农村委、县财政局: units after a dash closing a measure, with no verb, answer for it
# (not the dash of a range: 培育1—2个示范村)
DASH_TAIL = re.compile(r"(?<![\d一二三四五六七八九十])(?:—{1,2}|－{2}|-{2})\s{0,2}(?P<names>[\u4e00-\u9fff][^—\n。;,]{1,79}?)[。;]?\s*\Z")


@functools.lru_cache(maxsize=8)  # the notes and the actors of one measure text ask for it
def trailing_note(parse: str) -> tuple[int, int] | None:
    """The span of a note written without brackets at the end of a measure: the last clauses, each
    naming units and their role (…冷链物流中心,县商务局牵头,县发改局配合。 县住建局、县卫健局分别负责。);
    None when the measure does not end so.

    >>> parse = "建成冷链物流中心,县商务局牵头,县发改局配合。"
    >>> parse[slice(*trailing_note(parse))]
    '县商务局牵头,县发改局配合'
    """
    box = BOX_LINE.search(parse) if "\n" in parse else None  # 专栏1 …: a box under the text closes it
    body = parse[:box.start()] if box else parse
    end = len(body.rstrip().rstrip("。;"))
    dash = DASH_TAIL.search(body) if "—" in body or "－" in body or "--" in body else None
    if dash and _all_organs(dash["names"]):
        return dash.span("names")
    if not body.endswith(VERB_ENDINGS, 0, end):
        return None  # most measures: the last word is no role verb
    start = stop = end  # the note found so far starts at start; the clause looked at ends at stop
    for _ in range(MAX_NOTE_CLAUSES):  # bounded: a measure of many clauses costs no more
        cut = max(parse.rfind(mark, 0, stop) for mark in ",;。\n—")  # (…核查。————X负责: a dash sets a note off)
        value = parse[cut + 1:stop].strip()
        # each clause opens with an organ (由市司法局负责 is a sentence of the text) and is units and a verb
        if not _opens_organ(value) or _role_verb(value) in (None, *BRACKET_VERBS):
            if value.startswith("由") and _opens_organ(value, 1) and _role_verb(value):
                return None  # 由县农业农村局牵头,县财政局配合: the clauses after 由 go on its sentence, text too
            break
        start, stop = cut + 1, cut
        if cut < 0 or parse[cut] in "。\n—":
            break
    start += len(parse[start:end]) - len(parse[start:end].lstrip())
    return (start, end) if start < end else None


def _before_remark(parse: str, start: int, end: int) -> int:
    """Where a note's units end: before a remark such as ,下同 or ,不再列出 (data: note_remark)."""
    remark = NOTE_REMARK.search(parse, start, end)
    return end if remark is None else remark.start()


def _sentence_end(parse: str, start: int, end: int) -> int:
    stop = parse.find("。", start, end)
    return end if stop < 0 else stop


def _looks_like_note(inner: str) -> bool:
    """A role key with a colon, or a segment ending in a role verb (…牵头, …配合)."""
    return any(NOTE_LIKE.search(segment.strip()) for segment in re.split(r"[,;。]", inner[:400]))


def _prefixed_rows(text: str, parse: str, notes: list[tuple[int, int, str, int]], warnings: list) -> list[dict]:
    """Rows of ``key:names`` notes given as (key start, value start, key, value end).

    A tail of collective governments after a semicolon or comma (牵头单位:市发改委;各区政府) names
    the bodies that carry the work out: they are ``responsible``, whatever the key, except after a
    comma in a cooperating list (配合单位:计划财务科,各县(区)教育局), where the comma only separates
    the list's names, as 、 does.
    """
    rows = []
    for key_start, value_start, key, value_end in notes:
        first_leads = FIRST_LEADS.search(parse, value_start, value_end) is not None
        value_end = _before_remark(parse, value_start, value_end)
        if key in NOT_ROLES or key.startswith(NOT_ROLES) or key.endswith(PERSON_WORDS):
            continue
        roles = _roles_of(key)
        if roles is None:
            warnings.append((key_start, f"unknown annotation prefix {key!r}"))
            continue
        found = []
        for seg_start, seg_end, tail in _value_segments(parse, value_start, value_end):
            carried = tail and (parse[seg_start - 1] == ";" or "cooperate" not in roles)
            found += _name_rows(text, parse, seg_start, seg_end, ["responsible"] if carried else roles)
        if not found:
            warnings.append((key_start, f"empty list after {key!r}"))
        elif first_leads and roles == ["responsible"]:
            found[0] = {**found[0], "role": "lead"}  # 责任单位:A、B(列第一位者为牵头单位): A leads
        rows += found
    return rows


def _value_segments(parse: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Split a note's value before a depth-0 ;/, that opens a list of collective units."""
    cuts, depth = [], 0
    for index in range(start, end):
        ch = parse[index]
        depth += ch in OPENING
        depth -= ch in CLOSING and depth > 0
        if depth == 0 and ch in ";," and parse.startswith("各", index + 1):
            cuts.append(index)
    bounds = [start, *cuts, end]
    segments = []
    for number, (a, b) in enumerate(zip(bounds, bounds[1:])):
        a = a + 1 if number else a
        names = split_names(parse[a:b])
        segments.append((a, b, number > 0 and bool(names) and all(is_collective(n) for n in names)))
    return segments


def _verb_form_rows(text: str, inner_start: int, inner: str, parse: str, start: int, end: int) -> list[dict]:
    """(市司法局牵头,市公安局配合) or a bare bracket of unit names at the end of a measure.

    Segments split at , ; 。. Units listed before a comma share the verb of the segment that
    follows (区发改局等部门,区国投公司按职责分工负责); units left without a verb at the end (a
    collective tail, ;各区政府) are responsible; segments that give a time are passed over.
    """
    rows, pending, verbs = [], [], 0
    bracketed = inner_start > start  # (各市属国有企业负责) in a bracket is a note whatever its heads
    inner = inner[:_before_remark(inner, 0, len(inner))]  # (市教育局牵头,市财政局配合,下同)
    for segment in re.finditer(r"[^,;。]+", inner):
        value = segment.group().strip()
        seg_start = inner_start + segment.start() + (len(segment.group()) - len(segment.group().lstrip()))
        opener = NOTE_OPENER.match(value)
        if opener and len(value) - opener.end() >= 2:  # (由市科技局牵头): the agent after 由 is the name
            value, seg_start = value[opener.end():], seg_start + opener.end()
        verb = _role_verb(value, bracketed)
        if verb:
            for a, b in pending + [(seg_start, seg_start + len(value) - len(verb))]:
                rows += _name_rows(text, parse, a, b, VERB_ROLES[verb])
            pending, verbs = [], verbs + 1
        elif _all_organs(value, bracketed):
            pending.append((seg_start, seg_start + len(value)))
        elif not TIME_SEGMENT.search(value):
            return []
    if verbs:
        for a, b in pending:
            rows += _name_rows(text, parse, a, b, ["responsible"])
        return rows
    if pending and _is_bare_note(parse, start, end):
        return [row for a, b in pending for row in _name_rows(text, parse, a, b, ["responsible"])]
    return []


# 一、县发改局牵头工作(12项): a heading of a task list grouped by unit names the unit and its role for
# the items under it (the words after the verb and the tally of items are data: heading_note_tail)
# Only the verbs that make a unit answer for the items do (社会参与, 政策落实 head chapters, not units' lists).
_HEADING_VERBS = [verb for verb in VERBS if {"lead", "responsible"} & set(VERB_ROLES[verb]) and "落实" not in verb]
HEADING_NOTE = re.compile(rf"(?P<note>[^,。;:()\n]{{2,40}}?(?:{'|'.join(map(re.escape, _HEADING_VERBS))}))"
                          rf"(?:{alternation(words('extract_units', 'heading_note_tail'))})?(?:\(\d{{1,3}}项\))?[ \t]*(?:\n|\Z)")


def heading_note_rows(text: str, parse: str) -> list[dict]:
    """The units a section's heading names with their role verb when the heading is nothing else
    (县示范区管委会牵头工作(8项), 区住建局负责): they answer for the items under it.

    >>> [(r["name"], r["role"]) for r in heading_note_rows(*["县示范区管委会牵头工作(8项)\\n1.建设基地。"] * 2)]
    [('县示范区管委会', 'lead')]
    """
    found = HEADING_NOTE.match(parse)
    if found is None:
        return []
    return _verb_form_rows(text, 0, found["note"], parse, 0, found.end("note"))


def _role_verb(value: str, each_named: bool = False) -> str | None:
    """The role verb a clause ends with when all before it are units (市司法局牵头 -> 牵头), else None."""
    return next((v for v in VERBS if value.endswith(v) and _all_organs(value[: -len(v)], each_named)), None)


def _all_organs(value: str, each_named: bool = False) -> bool:
    """Whether every name in ``value`` ends as an organ's does (or is a division); ``each_named``: bodies
    of one kind named with 各 count too when the organ pattern names them whole (a bracket's note)."""
    names = split_names(value)
    # (a name in quotes ends where its quote closes: 各村“两委”; a division named alone, 爱辉区、逊克县负责, is its government)
    return bool(names) and all(len(n) >= 2 and (ORGAN_END.search(ALIAS_NOTE.sub("", n).rstrip("”\"")) or _is_division(n)
                                                or each_named and _named_whole(n))
                               for n in names)


def _named_whole(name: str) -> bool:
    """Whether ``name`` is bodies of one kind named with 各, maybe after whose they are (市直各医疗卫生机构), that
    the organ pattern names whole, with no verb inside (各派出所联合辖区镇: two)."""
    each = name.find("各")
    whose = name[:max(each, 0)]
    if each < 0 or whose and not (EACH_SCOPE.fullmatch(whose) or QUALIFIER_OF_EACH.fullmatch(whose)):
        return False
    organ = ORGAN.match(name, each)
    return organ is not None and organ.end() == len(name) and not VERB_BEFORE_ORGAN.search(name, each + 1)



def _is_division(name: str) -> bool:
    """Whether ``name`` is a division of the national table with its level (爱辉区, 逊克县; not 城区, 市区).

    >>> _is_division("逊克县"), _is_division("市区")
    (True, False)
    """
    return any(name.endswith(level) and name[: -len(level)] in _division_stems() for level in _LEVEL_WORDS)


def _bare_place_kind(item: str) -> str:
    """What a bare place a list may share an organ's suffix with is (see :func:`_share_place_suffix`):
    ``division`` for one of the national table named with its level and nothing else (景洪市, 勐海县),
    ``township`` for a town or township, which the table does not hold (海头镇, 阿尔达乡); empty for
    anything else (城区, 工业园区, 住房和城乡, 各乡镇)."""
    if PLACE_ITEM.fullmatch(item) and _is_division(item):
        return "division"
    bare = TOWNSHIP_ITEM.fullmatch(item) and not GENERIC_PLACE.search(item) and not NOT_PLACE_OPENING.match(item)
    return "township" if bare else ""


def _at_segment_start(inner: str, offset: int) -> bool:
    return offset == 0 or inner[offset - 1] in "。;,. \n"


def _is_bare_note(parse: str, start: int, end: int) -> bool:
    """A bracket of unit names right after a 《title》 (落实《…规划》(省监狱管理局)) or a dash (——县财政局),
    or standing as the measure's last words after a full stop."""
    before = parse[max(0, start - 20):start].rstrip()
    after = parse[end:end + 3].strip()
    return before.endswith(("》", "—", "－", "--")) or before.endswith(("。", ";")) and after in ("", "。", ";", ",")


def page_brackets(name: str, raw: str) -> str:
    """A name with the brackets the page wrote (各县（市、区）人民政府), other characters normalised.

    >>> page_brackets("各县(市、区)政府", "各縣（市、區）政府")
    '各县（市、区）政府'
    """
    if len(name) != len(raw):
        return name
    return "".join(r if r in "（）〔〕【】" else n for n, r in zip(name, raw))


def _name_rows(text: str, parse: str, start: int, end: int, roles: list[str]) -> list[dict]:
    """One row per (name, role) in the list ``parse[start:end]``; raw names as the page wrote them.

    A name closed by a role verb (责任单位:市交通运输局牵头,市公安局配合) has that verb's role, and so have
    the names listed before it with 、 (市发改委、市财政局牵头: both lead).
    """
    rows, cursor, previous, at = [], start, None, start
    run: list[int] = []  # indices in rows of the names of the current 、 run that took ``roles``
    for name, written in split_written_names(parse[start:end]):
        if written != previous:  # the units of one expanded phrase share its position
            found = parse.find(written, cursor, end)
            at = found if found >= 0 else cursor
            if not parse.startswith("、", at - 1):
                run = []  # a comma or the list's start: a verb further on is not these names'
            cursor, previous = at + len(written), written
        length, own_roles = len(written), roles
        mark = ROLE_MARK.search(written) if name == written else None
        verb = _role_verb(written) if name == written and not mark else None
        if mark and len(written) - len(mark.group()) >= 2:
            name, length = written[: mark.start()], mark.start()
            own_roles = VERB_ROLES[mark.group()[1:-1]]
        elif verb:  # 责任单位:市交通运输局牵头,市公安局配合: a name closed by its own role verb
            name, length = written[: -len(verb)], len(written) - len(verb)
            own_roles = VERB_ROLES[verb]
            rows = [row for index, row in enumerate(rows) if index not in run] + [
                {**rows[index], "role": role} for index in run[::len(roles)] for role in own_roles]
            run = []
        raw = text[at: at + length]
        name = page_brackets(name, raw) if name == written[:length] else name
        if own_roles is roles:
            run += range(len(rows), len(rows) + len(own_roles))
        for role in own_roles:
            rows.append({"name": name, "raw_name": raw, "role": role, "source": "annotation",
                         "collective": is_collective(name), "duty": "", "start": at, "end": at + length})
    return _share_place_suffix(rows, parse)


COVERED_HEADING = re.compile(alternation(words("extract_units", "covered_heading")))


def names_whom_covered(heading: str) -> bool:
    """Whether a measure's heading is only the words naming whom a rule covers (一、考核对象): the organs under
    it are assessed, no actors (an article that goes on, 考核对象为…,由省生态环境厅组织实施, keeps its actors).

    >>> names_whom_covered("考核对象"), names_whom_covered("工作要求")
    (True, False)
    """
    return COVERED_HEADING.fullmatch(heading.strip().rstrip("。:：")) is not None


STATIONED_OFFICE = "纪检监察组"  # the office a discipline commission stations in another organ (…纪委监委派驻…纪检监察组)


WHOLE_LEVEL = re.compile("全[省市县区州盟旗镇乡村]")  # 全市…: the whole of a level's things, no organ's name


def text_actor_rows(text: str, parse: str) -> list[dict]:
    """Organs the body text names as doing, leading or coordinating the work (role ``mentioned``).

    ``duty`` is what the verb after the organ gives it (负责 -> responsible, 审查 -> examine …; see
    ``data/extract_roles.csv``), empty when none is said. Collective bodies that act (各市, 各级政府)
    are kept, with ``collective`` true.

    >>> [(r["raw_name"], r["duty"]) for r in text_actor_rows(*["由区政府负总责、区政府法制办牵头,向区人大报告"] * 2)]
    [('区政府', 'responsible'), ('区政府法制办', 'lead')]
    """
    cited = Coverage(len(parse), cited_spans(parse))
    # a note in brackets, at the end, or on a line of its own (牵头单位:区委组织部) names no actor of the text
    loose = [m.span() for m in LOOSE_NOTE.finditer(parse)] if ":" in parse else []
    loose += [m.span() for m in BRACKET_KEY_NOTE.finditer(parse)] if "【" in parse else []
    notes = Coverage(len(parse), [(a, b) for a, b, _ in bracket_groups(parse)] + [trailing_note(parse) or (0, 0)] + loose)
    organs, reach = [], 0
    found = list(ORGAN.finditer(parse))
    if "主管部门" in parse:
        found += matches_ending_in(MANAGER, parse, "主管部门", MAX_MANAGER_LEAD * _LONGEST_NAME_WORD)
    if "部门" in parse:  # tried only just before each 部门: the names of functions are short
        found += matches_ending_in(FUNCTION_DEPARTMENT, parse, "部门", MAX_FUNCTION_NAME + 2)
    if "、街道" in parse:
        found += list(STREETS_AFTER_TOWNS.finditer(parse))
    if "镇" in parse and TOWN_ACTS.search(parse):  # searched only where a town's act may follow it
        found += list(BARE_TOWN.finditer(parse))
    companies = {m.span(): m for word in _PLACE_NAMED_ENDS if word in parse
                 for m in matches_ending_in(COMPANY, parse, word, MAX_COMPANY_LEAD + 8, _company_opens)}
    companies.update((m.span(), m) for kind in _AREA_KINDS if kind in parse
                     for m in matches_ending_in(AREA_ORGAN, parse, kind, MAX_AREA_LEAD, _area_opens))
    # at one start the organ with a level comes first (市水务局|和区供水行政主管部门 are two), a company last
    found = sorted(found + list(companies.values()), key=lambda m: (m.start(), m.re is not ORGAN, m.re is COMPANY, -m.end()))
    for match in found:
        if NOT_ORGAN_END.search(match.group()):
            continue  # 省级重点专科: a head that names no organ
        if match.re is MANAGER and match.start() < reach < match.end() - 4:
            # 县(区)人民政府组织|城市供水行政主管部门: the field's name starts after the organ's, not inside it
            match = MANAGER.search(parse, reach, match.end()) or match
        # an organ inside a note or a title is not an actor of the text; one holding a bracket (县(市)) is
        if match.start() >= reach and not cited.overlaps(*match.span()) and not notes.overlaps(match.start(), match.start() + 1):
            start, end = organ_span(parse, match)
            if start == end or NOT_ORGAN_END.search(parse, start, end) or WHOLE_LEVEL.match(parse, start):
                continue  # (区委|常委: extended into a post, no organ; 全市中等职业学校: all the schools of the city)
            while organs and organs[-1][0] >= start:
                organs.pop()  # 国家税务总局|咸阳市…税务局: the branch's name holds the national organ's found before it
            joint = LIST_JOINT.match(parse, start) if organs and start == organs[-1][2] else None
            if joint and end - joint.end() >= 3:
                start = joint.end()  # X(以下简称Y)和区政府: the joint after the note links two organs
            # (not into the organ before it: 县动物卫生监督所|在各镇 is no 所在各镇)
            seat = SEAT_OF.search(parse, max(0, start - 6, reach), start) or parse.startswith("各", start) \
                and EACH_SCOPE.search(parse, max(0, start - 4), start)
            start = seat.start() if seat else start
            short = SHORT_NAME_NOTE.match(parse, end) or SEAT_NOTE.match(parse, end)
            if organs and parse[organs[-1][1]:start] in ("派", "派驻") and parse.endswith(STATIONED_OFFICE, start, end):
                start = organs.pop()[0]  # 县纪委监委|派|驻县农业农村局纪检监察组: the office it stations in a bureau, one name
            organs.append((start, end, short.end() if short else end))  # the name, and where its text goes on
            reach = organs[-1][1]  # a name found inside an extended one (县委|县政府督查室) is part of it
    spans, sharing = [], {}  # sharing: (start, end) -> the places listed before that organ (see _places_sharing)
    index = 0
    while index < len(organs):
        run = [organs[index]]  # organs listed with 、/和 act together
        while index + 1 < len(organs) and LIST_JOINT.fullmatch(parse, run[-1][2], organs[index + 1][0]):
            index += 1
            run.append(organs[index])
        index += 1
        tail = ETC_TAIL.match(parse, run[-1][2])  # X、Y等部门按照各自职责…: the list acts as one subject
        run_end = tail.end() if tail else run[-1][2]
        places = sharing[run[0][:2]] = _places_sharing(parse, *run[0][:2])  # (X镇、Y镇人民政府：负责…: the list opens the line)
        if _acts(parse, places[0][0] if places else run[0][0], run_end, len(run)):
            duty = _duty(parse, run_end)
            spans += [(a, b, duty) for a, b, _ in run]
    spans += [(*m.span("organ"), _duty(parse, m.end())) for m in ROLE_GIVEN.finditer(parse)
              if not cited.overlaps(*m.span("organ")) and not notes.overlaps(*m.span("organ"))]
    rows, seen = [], set()
    for start, end, duty in sorted(spans):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        name = page_brackets(parse[start:end], text[start:end])
        places = sharing[(start, end)] if (start, end) in sharing else _places_sharing(parse, start, end)
        own_end = places[-1][1] if places else end
        for a, b in places[:-1]:  # 栾川县、嵩县、汝阳县人民政府: each place's government acts
            shared = page_brackets(parse[a:b] + parse[own_end:end], text[a:b] + text[own_end:end])
            rows.append({"name": shared, "raw_name": text[places[0][0]:end], "role": "mentioned", "source": "text",
                         "collective": False, "duty": duty, "start": places[0][0], "end": end})
        rows.append({"name": name, "raw_name": text[start:end], "role": "mentioned", "source": "text",
                     "collective": is_collective(name) or name in BARE_LEVELS, "duty": duty, "start": start, "end": end})
    return rows


# 江湾镇、思口镇要在6月底前完成…: towns named bare opening a clause, before their act (a county's plan
# gives its towns work by name); not a kind of town (乡镇, 城镇, 重点镇) nor one after 各/全/本
# what a town named alone does (碾伯镇、高庙镇务必于4月30日前…, 鸣沙镇于4月30日前完成…, 浩门镇配合; not 城关镇于3月12日发生…)
_TOWN_ACT = r"(?:要|务必|必须|负责|牵头|配合|于(?=[^,。;]{2,12}?前))"
BARE_TOWN = re.compile(r"(?:(?<=[\n。;,:])|(?<=镇、)|(?<![\s\S]))(?![各全本该每在由对向与和])"
                       r"(?![\u4e00-\u9fff]{0,2}(?:乡镇|城镇|重点镇|中心镇|建制镇|小城镇|集镇|小镇))[\u4e00-\u9fff]{2,3}镇"
                       rf"(?=(?:、[\u4e00-\u9fff]{{2,3}}镇)*{_TOWN_ACT})")  # (X镇、Y镇党委: the list shares the organ)
TOWN_ACTS = re.compile(rf"镇{_TOWN_ACT}")
BARE_LEVELS = {"街道", "乡镇", "社区"}  # a level's word alone (各乡镇、街道) names every unit of that level


# 栾川县、嵩县、|汝阳县人民政府: bare places listed before an organ named with its own place share its suffix
PLACE_LEVEL = "县区市旗镇乡"
PLACE_ITEM = re.compile(rf"[\u4e00-\u9fff]{{1,6}}[{PLACE_LEVEL}]")
TOWNSHIP_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}[镇乡]")
# 加强、完善…: verbs listed before an organ are no place stems
KNOWN_VERBS = frozenset(words("extract_units", "subject_verb") + words("extract_units", "link_verb") + words("extract_units", "inner_verb")
                        + tuple(DUTIES) + words("extract_targets", "drop_verb"))
NOT_OWN_PLACE = re.compile(r"[和与]|城乡\Z")  # 住房和城乡|建设局: a department's name, no place
SHARED_GOVERNMENT = re.compile(r"人民政府|政府|党委|党委和政府|党委政府|党委、政府")
PLACE_STEM = re.compile(rf"[\u4e00-\u9fff]{{2,4}}(?<![{PLACE_LEVEL}门位关府构])")  # 撒拉溪, 杨家湾: a place named without its level
# (东乡族自治县|民族宗教事务局: an autonomous county's name holds 乡; 马龙区|城市管理局: the first level word ends it)
OWN_PLACE = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?自治[县旗]|[\u4e00-\u9fff]{{1,6}}?[{PLACE_LEVEL}]")
NOT_PLACE_OPENING = re.compile(r"全|各|本|该|所在|辖区|相关|有关|其他")
# 城市, 县城, 城乡: words of a kind of place, which name none
GENERIC_PLACE = re.compile(r"城市|县城|城镇|城乡|乡镇|市县|县市|区县|县区|市区|城区|郊区|地市|县级市|地级市|设区的市|涉农区")
LIST_OPENER = re.compile(rf"由|请|对|在|向|的|{VERB_BEFORE_ORGAN.pattern}")  # 由, 督促 …: a word that opens a list of organs
LIST_OPENED = re.compile(rf"(?:{LIST_OPENER.pattern})\Z")


def _places_sharing(parse: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the bare places listed before the organ at ``start:end`` that share its suffix, the
    organ's own place last; [] when no such list stands before it.

    >>> text = "由栾川县、嵩县、汝阳县人民政府负责"
    >>> [text[a:b] for a, b in _places_sharing(text, text.index("汝阳"), text.index("负责"))]
    ['栾川县', '嵩县', '汝阳县']
    """
    own = OWN_PLACE.match(parse, start, end)  # 马龙区|城市管理局: the place ends at its first level word
    if own is None or end - own.end() < 2 or not parse.startswith("、", start - 1) or "、" in parse[own.end():end] \
            or parse[own.end()] in "和及与" or GENERIC_PLACE.match(own.group()) or NOT_OWN_PLACE.search(own.group()) \
            or NOT_PLACE_OPENING.match(own.group()):
        return []  # (城市、县城乡规划主管部门: levels shared, no places; 即墨区和各县级市…: a joint after the place)
    for item_pattern in (PLACE_ITEM, PLACE_STEM):  # 栾川县、嵩县、汝阳县…, or 撒拉溪、杨家湾、燕子口镇…
        places, cut = [], start - 1
        for _ in range(8):  # bounded: at most eight places listed
            item = _place_before(parse, cut, item_pattern)
            if item is None:
                places = []
                break
            places.insert(0, item)
            cut = item[0]
            if not parse.startswith("、", cut - 1):
                break
            cut -= 1
        if places and item_pattern is PLACE_STEM and not SHARED_GOVERNMENT.fullmatch(parse, own.end(), end):
            return []  # stems share only a government (撒拉溪、杨家湾、燕子口镇人民政府), not any organ's name
        if places:  # stems take the level word with the suffix they share (撒拉溪|镇人民政府)
            return places + [own.span() if item_pattern is PLACE_ITEM else (own.start(), own.end() - 1)]
    return []


def _share_place_suffix(rows: list[dict], parse: str) -> list[dict]:
    """景洪市、勐海县、勐腊县人民政府配合 -> each place with the organ's suffix and its role: known places listed
    with 、 right before an organ named with its own known place share its suffix, as in the text (see
    :func:`_places_sharing`); rows are those of :func:`_name_rows`, whose roles are already read.

    >>> parse = "景洪市、勐海县人民政府配合"
    >>> rows = [{"name": "景洪市", "start": 0, "end": 3}, {"name": "勐海县人民政府", "start": 4, "end": 11}]
    >>> [row["name"] for row in _share_place_suffix(rows, parse)]
    ['景洪市人民政府', '勐海县人民政府']
    """
    spans = sorted({(row["start"], row["end"]): row["name"] for row in rows}.items())
    renamed, run = {}, []
    for (start, end), name in spans:
        adjacent = run and run[-1][0][1] + 1 == start and parse.startswith("、", start - 1)
        run = run if adjacent else []
        kind = _bare_place_kind(name)
        if kind:
            run.append(((start, end), name, kind))
            continue
        own = OWN_PLACE.match(name)
        suffix = name[own.end():] if own else ""
        own_kind = _bare_place_kind(own.group()) if own else ""
        # (海头镇、柘汪镇人民政府: towns share a town's organ, divisions a division's)
        if run and own_kind and len(suffix) >= 2 and not OWN_PLACE.match(suffix) \
                and all(place_kind == own_kind for _, _, place_kind in run) \
                and not NOT_OWN_PLACE.search(own.group()) and suffix[0] not in "和及与、":
            renamed.update({span: place + suffix for span, place, _ in run})
        run = []
    return [{**row, "name": renamed.get((row["start"], row["end"]), row["name"])} for row in rows]


def _place_before(parse: str, cut: int, item_pattern: re.Pattern) -> tuple[int, int] | None:
    """The bare place (栾川县, 嵩县) or place stem (撒拉溪) ending at ``cut`` after a list mark, a verb
    that opens a list of organs (由, 督促 …) or no word; None when the words there name no place or an organ."""
    for begin in range(max(0, cut - 7), cut - 1):
        before = parse[max(0, begin - 4):begin]
        opened = begin == 0 or not "\u4e00" <= parse[begin - 1] <= "\u9fff" or parse[begin - 1] == "、" \
            or LIST_OPENED.search(before)
        # (会议要求|桥头镇、城关镇人民政府: the verb opening the list is no part of the first place)
        if opened and not LIST_OPENER.match(parse, begin) and item_pattern.fullmatch(parse, begin, cut) \
                and not VERB_BEFORE_ORGAN.search(parse, begin, cut):
            item = parse[begin:cut]
            named = not (NOT_PLACE_OPENING.match(item) or GENERIC_PLACE.fullmatch(item) or item in KNOWN_VERBS)
            return (begin, cut) if named and not ORGAN.search(item) else None
    return None


def _duty(parse: str, end: int) -> str:
    """The duty a verb after an organ gives it: the most specific one in the next words.

    应当/依法 alone say only that the organ must act (responsible); 应当…审查 says what it does.
    """
    clause = CLAUSE_AFTER.match(parse, end).group()[:24]
    found = [DUTIES[m.group()] for m in DUTY.finditer(clause)]
    specific = [duty for duty, m in zip(found, DUTY.finditer(clause)) if m.group() not in GENERIC_DUTIES]
    return (specific or found or [""])[0]


# 国家税务总局福清市税务局, 人民银行娄底市分行: a national organ's branch is named after the national organ
_VERTICALS = tuple(sorted((row["prefix"] for row in table("national_vertical_organs")), key=len, reverse=True))
_ANY_VERTICAL = re.compile(alternation(_VERTICALS))
_LONGEST_VERTICAL = max(map(len, _VERTICALS))


def _vertical_start(parse: str, start: int) -> int:
    """Where the national organ's name that ends at or runs past ``start`` begins (the lead of a branch's name
    is longer than a name's lead may be), else ``start``."""
    # most organs stand far from every national organ's name: one search of the widest window says so
    if not _ANY_VERTICAL.search(parse, max(0, start - _LONGEST_VERTICAL), start + _LONGEST_VERTICAL - 1):
        return start
    for name in _VERTICALS:
        at = parse.rfind(name, max(0, start - len(name)), start + len(name) - 1)
        if 0 <= at < start <= at + len(name):
            return at
    return start


# 县直|各预算单位, 镇直|各单位: the bodies directly under a level; 沿黄|各镇, 沿线|各乡镇: those along a river, a line
QUALIFIER_OF_EACH = re.compile(r"(?:(?<![\u4e00-\u9fff])[省市县区州旗镇乡]直|沿[黄线海江河湖边])\Z")
PLACE_LEVEL_ENDS = "乡镇街道村区县市旗"  # 沿线|各乡镇 names places; 沿线各乡镇人民政府 names their governments, all of them
PLACES_NOTED = re.compile(rf"[{PLACE_LEVEL_ENDS}]\([\u4e00-\u9fff、]{{1,8}}\)\Z")  # 沿线|各乡(镇): the places with a note


def _inside_name_word(parse: str, start: int, end: int) -> bool:
    """Whether a name word that starts before ``start`` holds ``[start, end)`` (事务|受理 of 事务受理)."""
    return any(word.start() < start and word.end() >= end
               for word in NAME_WORD.finditer(parse, max(0, start - _LONGEST_NAME_WORD + 1), start + _LONGEST_NAME_WORD))


def organ_span(parse: str, match: re.Match) -> tuple[int, int]:
    """The span of an organ name, extended past the match when a sub-unit follows (市政府督查局);
    an empty span when the match holds no name.

    >>> parse = "市交通投资集团有限公司年内清收欠款"
    >>> start, end = organ_span(parse, ORGAN.match(parse))
    >>> parse[start:end]
    '市交通投资集团有限公司'
    """
    start, end = match.start(), match.end()
    start = _vertical_start(parse, start)
    if parse.startswith("各", start) and QUALIFIER_OF_EACH.search(parse, max(0, start - 3), start) \
            and (parse[start - 1] == "直" or parse[end - 1] in PLACE_LEVEL_ENDS or PLACES_NOTED.search(parse, start, end)):
        start -= 2  # 县直|各预算单位, 沿黄|各镇: the qualifier of the bodies is named with them
    if start and (parse[start - 1:start + 1] in LINK_VERBS or INNER_VERB.fullmatch(parse, start - 1, start + 1)) and end - start > 3:
        start += 1  # 推动|省级…, 完成|软弱涣散村党组织: the match began on the verb's second character
    for verb in INNER_VERB.finditer(parse, start, end):
        if NAME_WORD.match(parse, verb.start()) or _inside_name_word(parse, verb.start(), verb.end()):
            continue  # 区委组织部, 社区事务受理服务中心: the verb's characters are in a word of the name
        if any(parse.startswith(head, end - len(head)) and verb.start() >= end - len(head) for head in _HEADS_WITH_VERB):
            continue  # 各村(社区)党组织: the verb's characters are in the name's head
        if ORGAN.fullmatch(parse, start, verb.start()) or MANAGER.fullmatch(parse, start, verb.start()):
            end = verb.start()  # 市口岸服务部门|提请|市人民政府: the organ before the verb is the name
            break
        rest = verb.end() + (parse[verb.end()] in "和及")
        if end - verb.end() >= 3 or ORGAN.fullmatch(parse, rest, end):
            start = rest  # 可以请求|市人民政府: the name starts after the verb
        else:
            return end, end  # 农村生活垃圾管理遵循|政府: no organ on either side of the verb
    # the last verb among the lead characters (用于支持|村卫生室): the name starts after it
    lead = min(end, start + MAX_LEAD + 2)
    # (推|动县委组织部: a name found one character into the verb before it ends with that verb too)
    astride = VERB_BEFORE_ORGAN.match(parse, start - 1, end) if start else None
    verbs = [VERB_BEFORE_ORGAN.match(parse, start, end), *VERB_INSIDE.finditer(parse, start, lead),
             *SWALLOWED.finditer(parse, start, lead), astride if astride and astride.end() > start else None]
    # 确保|市委: a short organ (a level and its head) after the verb is a name of its own too
    cut = max((verb.end() for verb in verbs if verb and (end - verb.end() >= 3 or ORGAN.fullmatch(parse, verb.end(), end))),
              default=start)
    start = max(start, cut)
    joint = HEAD_JOINT.match(parse, start, end)
    if joint and end - joint.end() >= 3:
        start = joint.end()
    if parse.startswith("委会", end - 1) and not parse.startswith("同", end + 1):
        end += 1  # 各村委会负责: 委会 ends the name (区纪委会同… does not)
        parts = OWN_PARTS.match(parse, end)
        end = parts.end() if parts else end  # 市安委会|各成员单位: the members of the body named by its short name
    for _ in range(3):  # a bounded number of sub-units, so a run of heads costs a constant
        more = (parse[end - 1] in _DIVISION_PARENTS and DIVISION_AFTER.match(parse, end)
                or EXTENSION.match(parse, end) or ALIAS_AFTER.match(parse, end)
                or parse.endswith("政府", 0, end) and FIELD_MANAGER.match(parse, end) or None)
        if more is None:
            break
        end = more.end()
    return start, end


def _verb_of_subject(clause: str) -> bool:
    """Whether a clause after an organ opens with a verb it is the subject of (推进…, 发布预警); not a
    relative clause (人民法院发布的信息: what the organ issued, named as a source)."""
    verb = SUBJECT_VERB.match(clause)
    return bool(verb) and not clause.startswith("的", verb.end())


# 各乡(镇)退役军人服务站|专职工作人员不少于2名: the staff the organ must have, a norm it holds, no act
HOLDS_NORM = re.compile(rf"(?:专职|兼职|在岗|在编)?(?:工作)?人员(?:不少于|不低于|至少)\s{{0,2}}[\d{CN_NUMERAL}两]")
RATE_NAMED = re.compile(r"[\u4e00-\u9fff]{1,6}?率")  # 检查覆盖率达到100%: a rate named, no act
RATE_OF = re.compile(r"[\u4e00-\u9fff]{0,3}(?:率(?![先领])|占比)(?![\u4e00-\u9fff]{0,2}(?:负责|牵头))")  # 组建率, 覆盖率


def _subject_of(clause: str) -> bool:
    """Whether the organ before ``clause`` is its subject: a verb of a subject follows, or a word that
    opens what the subject does (对, 按照, 在 …; data: subject_next), not a noun it names (实施意见)."""
    return _verb_of_subject(clause) or bool(SUBJECT_NEXT.match(clause)) and not NOT_SUBJECT_NEXT.match(clause) \
        and not RATE_WORD.search(clause)  # 县级人民医院对…的互认率达到90%: a rate measured of the organ


DEFINES = re.compile(rf"(?:{alternation(words('extract_targets', 'definition'))})(?![导挥])")  # 是指, 系指 (not 是指导, 是指挥)


def _acts(parse: str, start: int, end: int, listed: int) -> bool:
    """Whether organs at ``[start, end)`` are the subject of the work, judged from their context."""
    if BUILT.search(parse, max(0, start - 14), start) or COUNTED.search(parse, max(0, start - 2), start + 1):
        return False  # 建设10个…中心: a facility built or counted, not an actor
    if PERSON_AFTER.match(parse, end):
        return False  # 市局领导召集: a person of the organ, not the organ
    if RATE_OF.match(parse, end):
        return False  # 业主委员会组建率不低于60%: the organ names a rate measured, it does nothing
    if HOLDS_NORM.match(parse, end):
        return False  # 各乡(镇)服务站专职工作人员不少于2名: the organ holds a norm, it does nothing
    if DEFINES.search(parse, clause_start(parse, start), start):
        return False  # 本办法所称总分馆制，是指由县图书馆作为总馆…: a term defined, no work given (…的资产，由X负责 is)
    before = parse[max(0, start - 4): start]
    if PERSON_OF.match(parse, end):
        return False
    if LED_BY.match(parse, end) or HOUSED_IN.match(parse, end):
        return True
    duties = DUTY_CELL.match(parse, end)
    cell = CLAUSE_AFTER.match(parse, duties.end()).group() if duties else ""
    if duties and LINE_OPEN.search(parse, max(0, start - 8), start) and not parse.startswith("负责人", duties.end()) \
            and (ACTOR_AFTER.match(cell) or DUTY_SENTENCE.match(cell)):  # 县公安局:重点宣传…
        return True  # 县水利局:负责… or 县水利局 | 负责…: a unit opening a line (or row) of its duties
    if parse.startswith("。", end) and HEADED_ITEM.search(parse, max(0, start - 12), start) \
            and ACTOR_AFTER.match(CLAUSE_AFTER.match(parse, end + 1).group()):
        return True
    if JOINED_AT_CLAUSE_START.search(parse, max(0, start - 6), start):
        return True
    if parse.startswith("各", start) and (DEADLINE_BEFORE.search(parse, max(0, start - 16), start) or AT_LEAST_DUTY.match(parse, end)):
        return True  # (各村委会至少组建1支宣讲队: each does it; 每个县级仲裁院至少设立2个仲裁庭 is a norm per unit)
    if (DEADLINE_BEFORE.search(parse, max(0, start - 16), start) or PERIOD_BEFORE.search(parse, max(0, start - 8), start)) \
            and LIST_JOINT.match(parse, end) is None and _subject_of(CLAUSE_AFTER.match(parse, end).group()):
        return True  # 3月底前镇人民政府签订…, 4月30日前，县公安局对…复盘: one organ after the deadline, its verb right after it
    if MEETING_ASKS.search(parse, max(0, start - 8), start):
        return True  # 会议要求，市公安局加快…: the organ the meeting gives the work
    # (配合区级部门: a run-in heading naming whom the items help, no act of theirs)
    if ACTOR_BEFORE.search(before) and not parse.startswith(":", end) or before.endswith("经") and APPROVED_BY.match(parse, end) \
            or before.endswith(("报", "报请")) and DECIDED_BY.match(parse, end):  # (报请X约谈, 提请X批准: X is asked)
        return True
    if NOT_ACTOR_BEFORE.search(before) or OBJECT_OF_DUI.search(parse, max(0, start - 18), start) \
            or PREDICATE_OF_SHI.search(parse, max(0, start - 18), start):
        return False
    clause = CLAUSE_AFTER.match(parse, end).group()
    if ACTOR_AFTER.match(clause):
        return True
    if CLAUSE_START.search(parse, max(0, start - 8), start) and not NOT_SUBJECT_NEXT.match(clause) and (
            SUBJECT_NEXT.match(clause) and DUTY.search(SENTENCE_AFTER.match(parse, end).group())
            or _verb_of_subject(clause)):
        return True  # 市财政局对验收合格的项目…给予奖补: the organ opening a clause is the subject of its verb
    if SENTENCE_OPEN.search(parse, max(0, start - 8), start) and SUBJECT_NEXT.match(clause) and not NOT_SUBJECT_NEXT.match(clause):
        return True  # 各区城市管理局对沿街商铺逐户签订…: opening a sentence, it is the subject whatever the verb
    if not clause and parse.startswith(",", end) and DUTY.match(parse, end + 1) and not RATE_NAMED.match(parse, end + 1):
        return True  # 成立X工作专班,统筹推进…: the organ named at a clause's end does what follows (not 检查覆盖率…)
    if RESPONSIBLE_BODY.match(clause):
        return True  # 各县人民政府是…的责任主体, X按照各自职责做好…, X对…进行监督
    if listed > 1 and COOPERATION.search(clause[:12]):
        return True
    # 区政府及各有关部门、各街道办事处每年…: the subject runs on through a list of placeholders, but not
    # into a noun the list qualifies (区政府及其部门出台的重要政策文件: 要 of 重要 is no verb of theirs)
    after = ACTOR_AFTER.search(clause[:30]) if LIST_JOINT.match(clause) else None
    # (X及其执法人员不依法履行职责: a failing reported on, not an act)
    return bool(after) and "的" not in clause[:after.start()] and not clause.endswith("不", 0, after.start())


SHORT_NAME_REACH = 60  # characters before a short-name note where the full name may start


def short_names(parse: str) -> dict[str, str]:
    """The short names a text defines for organs (X(以下简称Y)): short -> full name as written.

    >>> short_names("某市水务局(以下简称市水务局)是本市供水行政主管部门。")
    {'市水务局': '某市水务局'}
    """
    found: dict[str, str] = {}
    for note in SHORT_NAME_NOTE.finditer(parse) if "称" in parse else ():
        window = max(0, note.start() - SHORT_NAME_REACH)  # bounded: a long text without stops costs no more
        sentence = max(window, *(parse.rfind(mark, window, note.start()) + 1 for mark in "。;\n"))
        spans = [organ_span(parse, match) for match in ORGAN.finditer(parse, sentence, note.start())]
        named = next((parse[start:end] for start, end in spans if end == note.start()), None)
        if named and named != note["short"]:
            found.setdefault(note["short"], named)
    return found
