"""Indicator labels: the measured noun phrase, cleaned of what the subject reader leaves around it.

The target reader (``targets._row``) takes the words before a comparing cue, or the object after a
number, as the label. On unseen documents that span often holds more than what is measured:

- the actor and a modal or procedural word (县财政局按照…, 城镇居住区应当按照…, 原则上…): dropped,
  and when nothing nominal is left the object named after the value is the label
  (…不少于20平方米配建养老服务用房 -> 养老服务用房);
- an organ and a schedule before a verb (各县(市、区)人社局每月举办线上招聘会 -> 线上招聘会);
- fragments left by earlier cuts: a bracket (（1月26日至3月5日）…), 度 of 2024年度, a leading 的,
  a place scope (全县…);
- a condition clause (旱情发生时…);
- a schedule (县级林长每年巡林 -> 县级林长巡林) and verbs, alone or chained (新建、改扩建中小学 -> 中小学);
- who is served (为困难群众提供免费体检 -> 免费体检), and a preposition or causative verb with its noun
  before the act (在昆明、大理开设展销窗口 -> 展销窗口, 引导金融机构新增消费贷款 -> 消费贷款);
- a grant verb with no noun (企业给予): the grant named after the amount, qualified by the
  holder named after 对…的, without its condition
  (对考核优秀的村给予最高50万元奖励 -> 村奖励).

The words are data (``policycompare/data/extract_label_trims.csv``: kinds ``leading``, ``inner``,
``provides``, ``trailing``, ``condition``, ``object_lead``, ``qualifier``, ``chain_verb``, ``head_end``,
``object_end``, ``opener``, ``rate_verb``; ``act_manner``, ``beneficiary`` and ``locative`` are read by the target reader;
leading verbs are the ``drop_verb`` rows of
``extract_targets.csv``). Every pattern is a bounded alternation of literal words, so no label can
make cleaning superlinear. A label is only ever cut or assembled from words of the text.
"""

from __future__ import annotations

import re

from ..ingest import parse_view
from ..numerals import parse_numeral
from .common import RATE_END, RATE_WORD  # RATE_WORD anywhere in the words (新设招牌备案率实现: a cue may follow)
from .lexicon import alternation, alternation_outside, words
from .responsibility import ACTOR_AFTER, MANAGER, NOT_ORGAN_END, ORGAN, organ_span

_TRIMS = "extract_label_trims"
LEADING = re.compile(alternation(words(_TRIMS, "leading")))
# 全年新增…, 当年…: the period a count falls in, dropped (the deadline row dates it), unless the label names
# that period's task, rate or count of days (全年抽检任务, 当年项目竣工率, 全年轻度以上污染天数)
LEADING_TIME = re.compile(alternation(words(_TRIMS, "leading_time")))
PERIOD_NAMED = re.compile(r"(?:任务|率|天数)\Z")
# (依法必须招标项目: a modal inside a legal term is part of it; data: modal_in_term)
INNER = re.compile(alternation_outside(words(_TRIMS, "inner"), words(_TRIMS, "modal_in_term")))
INNER_VERB = re.compile(alternation(words(_TRIMS, "inner_verb")))
PROVIDES = re.compile(alternation(words(_TRIMS, "provides")))
# trailing_after_word: dropped only after a word, not a numeral (…延伸至 -> …延伸; 百分之八至 is the
# first half of a range and stays as it is)
MONTH_DAY = r"\d{1,2}月(?:\d{1,2}日|底|末|[上中下]旬)?"  # 6月底, 9月30日: a day of the year in a label's words
# …支出进度6月底前, …支出进度6月末, …设置率于8月底前: a deadline written between the indicator and its cue is no part
# of the label, nor is the preposition that opens it
# 服务时限比承诺时限(压缩50%): the base a change is measured against is no part of the label (比例, 比重, 对比, 比较, 比对 are words); 较法定时限, 较原标准: a legal or former base too
COMPARED_BASE = r"(?:(?<![占对评])比(?![例重率赛较对])|(?:(?<![占对评])比)?较(?=去年|上年|同期|上半|下半|上季|上月|第?[一二三四]季|基准|基期|年初|法定|原|[\u4e00-\u9fff]{1,6}前))[\u4e00-\u9fff]{2,8}"  # (较去年同期, 较上半年, 较投礁前)
# 代表委员满意率(含基本满意): an aside on what is counted closes no label (a second name does: 乡镇(街道))
ASIDE = rf"\((?:{alternation(words(_TRIMS, 'bracket_lead'))})[^()]{{1,20}}\)"
TRAILING = re.compile(rf"(?:{alternation_outside(words(_TRIMS, 'trailing'), words('extract_targets', 'bound_in_word'))}|(?:[于在])?{MONTH_DAY}(?:之前|以前|前)?"
                      rf"|(?:[于在])?(?:(?:19|20)\d\d年[底末]|[一二三四]季度末?|[上下]半年|年底|年末)(?:之前|以前|前)|{COMPARED_BASE}|{ASIDE}"
                      rf"|(?<![\d一二三四五六七八九十百千万两点])(?:{alternation(words(_TRIMS, 'trailing_after_word'))})"
                      r"|由\s{0,2}[\d.]+\s{0,2}[户家个所座项条支处名][\u4e00-\u9fff]{0,4}"  # 区属一级企业|由11户整合(为4户): the base of the change
                      r"|按照?每[\u4e00-\u9fff]{1,4})\Z")  # 养护经费|按每平方米(每年不低于6元): the base of a standard
# 遇重大突发事件时…: a condition opened by 遇 and closed by 时 (not 时间, 时限 …)
# (在岗期间职业健康检查率: a phase of employment names the examination, no condition)
CONDITION = re.compile(r"(?<!在岗)(?:" + alternation(words(_TRIMS, "condition")) + r")|遇到?[\u4e00-\u9fff]{1,12}?时(?![间限段长效期刻])")
OBJECT_LEAD = re.compile(alternation(words(_TRIMS, "object_lead")))
# 联合发布, 累计建成: a word of manner before a verb is dropped with it; before a noun or a bare act it stays
MANNER_LEAD = re.compile(alternation(words(_TRIMS, "object_lead") + words(_TRIMS, "verb_manner")))
# 台阶, 大关: what follows a level reached (迈上3万亿元台阶) and names no object of it
LEVEL_MARK = re.compile(alternation(words("extract_targets", "level_mark")))
VERB_NOUN = re.compile(alternation(words(_TRIMS, "noun")))
# a verb, unless it opens a noun (种植户, 安装企业: data noun)
DROP_VERB = re.compile(rf"(?!{VERB_NOUN.pattern})(?:{alternation(words('extract_targets', 'drop_verb'))})")
OBJECT_CUE = re.compile(alternation(words("extract_targets", "object")))
# 组织开展 (…2次防汛应急演练): verbs with no object; the object follows the value
VERBS_ONLY = re.compile(rf"(?:{DROP_VERB.pattern}|{OBJECT_CUE.pattern}){{1,3}}")
NORM_VERB = re.compile(alternation(words("extract_targets", "norm_verb")))  # 按…2倍核定: no object after the value
# 新建住宅小区按: a label closed by a procedure word names who applies the norm (按照 alone names nothing)
PROCEDURE_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:按照|按)\Z")
# 按|不低于10%的比例安排民兵训练经费: a label that is the procedure word alone names what is measured after the value
PROCEDURE_ONLY = re.compile(r"按照?|依照")
# 对员工进行|一次|安全培训: a light verb closing the label takes its object after the count (data: light_verb)
LIGHT_VERB_END = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{alternation(words(_TRIMS, 'light_verb'))})\Z")
# 交易资料自交易完成之日起|保存: when a period starts says nothing of what is measured (data: since_end)
SINCE = re.compile(rf"自[^,;。:自]{{1,20}}?(?:{alternation(words(_TRIMS, 'since_end'))})")
SCHEDULE = re.compile(r"每(?:[\d一二两三四五六七八九十]{1,3}个?(?:月|年|周|日|天)|年度|年|季度|半年|月|周|旬|日|天|学期|学年|餐(?=陪餐))")  # 每两个月; 每餐陪餐 (not 每餐价格, a base)
# 县级林长每年巡林 -> 县级林长巡林: how often an act is done is the recurring row, not the label; the
# period of a duration norm (每周开放时间, 每日清扫保洁时间) is its base and stays
DURATION_END = re.compile(r"(?:时间|时长|时数|天数|日数)\Z")  # (每月巡护天数: days a period holds)
# 县财政每年安排教育基础设施建设资金: a schedule and a verb inside a label follow the actor
SCHEDULE_VERB = re.compile(rf"{SCHEDULE.pattern}(?:{DROP_VERB.pattern})")
# 每五百户, 每百户: the base of a norm names nothing measured
PER_BASE = re.compile(r"每[\d一二三四五六七八九十百千万两]{1,5}[\u4e00-\u9fff]{0,2}")
BRACKET = re.compile(r"\([^()]{0,40}\)|\[[^\[\]]{0,40}\]|〔[^〔〕]{0,40}〕")
# 3 固定资产投资增长…: the serial number of a task table's row, set off by a space, is no part of the label
NUMBERING = re.compile(r"\d{1,3}[ \t\u3000]{1,3}(?=[\u4e00-\u9fff])"
                       # a work report's enumerator: 一是, 十是, 十四是 (十四是免费送戏下乡1万场, 一是65岁及以上…)
                       r"|[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff\d])"
                       # an article's number or a list's ordinal (第十条 荒山租赁期限, 五、常务委员会组成人员)
                       r"|第[一二三四五六七八九十百零〇]{1,6}条[ \t\u3000]{0,3}|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])")
# (即全年污染天数, (含口袋公园: a bracket left open by the cut, with the word opening its aside
UNCLOSED = re.compile(rf"\((?:{alternation(words(_TRIMS, 'bracket_lead'))})?")
# 于6月底前发布…, 6月30日前检查覆盖率, 年内完成…: a deadline before the act is the deadline row, not the label
# (春节前后, around the feast: the time lead whole, not 春节前|后平价蔬菜…)
DEADLINE_LEAD = re.compile(r"(?:到|于|在)?(?:(?:(?:19|20)\d\d年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
                           r"(?:\d{1,2}日|[一二三四五六七八九十]{1,3}日|[上中下]旬|底|末)?|年底|年末"
                           rf"|(?:(?:19|20)\d\d年)?(?:{alternation(words('extract_deadlines', 'season'))}))(?:之前|以前|前后|前)|年内")
DEADLINE_ONLY = re.compile(rf"(?:19|20)\d\d年(?:年?底|年?末)(?:之前|以前|前)?|{DEADLINE_LEAD.pattern}")
# 2026年培育…, 年底评选…, 9月中旬举办…: when the work is done, before what is counted (a deadline's row says it)
# (3月份起解决率: from when it is counted; not 年末, when a stock is counted: 年末累计供应总量)
TIME_LEAD = re.compile(r"(?:(?:19|20)\d\d年度?(?![底末内前])|(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末|份)?"
                       r"|年底|年内)|今年|本年度?(?!级))(?:起|以来)?(?![\d份底末旬日号起])(?=[\u4e00-\u9fff《“A-Za-z])")
# 32个住宅小区业委会组建率: how many units a rate is taken over, before its name
COUNT_LEAD = re.compile(r"\d{1,4}个(?=[\u4e00-\u9fff])")
# 各县(市、区)信访事项按期办结率, 各乡(镇)、街道禁毒专干配备率: the places of a level each held to the value,
# a scope as 各乡镇 is (37 labels of the scored sets drop it, one keeps it)
_EACH_LEVEL_WORD = r"(?:乡镇|街道|社区|[省市州地县区乡镇村盟旗])"
EACH_LEVEL = re.compile(rf"各{_EACH_LEVEL_WORD}\([^()]{{1,8}}\)(?:、{_EACH_LEVEL_WORD})*")
# 设气象信息员1名, 镇设镇级总路长1名, 村(社区)各设村级路长: posts set up (not 设施, 设备, 设计, 设置率 …)
SET_UP_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,6}[镇乡村县区市](?:\([^()]{1,6}\))?)?各?设(?![施备计置立定区])(?=[\u4e00-\u9fff“]{2})")
# (督促)平台公司将|抽成比例上限控制在…: a body that disposes of what is measured (the 将 construction) is its actor
DISPOSER_LEAD = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:公司|企业|单位|部门|机构|平台|政府|[局委办])将(?=[\u4e00-\u9fff“]{2})")
# a line break inside a label: the label is on the last line (一、改造任务 / 年内完成…改造42个)
LINE_BREAK = re.compile(r"\n")
GRANT_NOUN = re.compile(rf"(?:一次性)?(?:{alternation(words('extract_targets', 'grant_noun'))})")
GENERIC_HOLDERS = set(words(_TRIMS, "generic_holder"))
BARE_COUNT = re.compile(r"[一二两三四五六七八九十]{1,3}[次个期批场轮项]")  # 召开一次: a count alone, no object
# 新建项目每亩补助, 扶持项目收益率: a generic holder before a grant's base or a rate of its own keeps the verb that names it
GENERIC_HOLDER_AT = re.compile(rf"(?:{alternation(sorted(GENERIC_HOLDERS))})(?:每|[\u4e00-\u9fff]{{0,4}}率\Z|\Z)")
# 接入时间, 建设补助, 帮扶检查: a word that names nothing measured once the verb before it is gone keeps the verb
BARE_AFTER_VERB = set(words(_TRIMS, "bare_after_verb"))
# 具备条件的建制村…比例, 具有…资格的乡村医生占比: a qualifier that defines who is counted stays in the label
QUALIFIER = re.compile(alternation(words(_TRIMS, "qualifier")))
BARE_GRANT = re.compile(rf"(?:给予)?{GRANT_NOUN.pattern}")  # 一次性奖励: the grant, not yet what it is for
# 对考核优秀的村给予, 对农村公路建设按照每公里…给予: the object of 对 qualifies the grant
SENTENCE_BREAK, COMMA = re.compile(r"[;。:\n]"), re.compile(",")
# (a short note in brackets, 村(社区), is part of the object)
GRANT_OBJECT = re.compile(r"对(?P<object>(?:[\u4e00-\u9fff、\dA-Za-z“”\"]|\([\u4e00-\u9fff、]{1,4}\)){2,24}?)(?:按照|按|,|给予|\Z)")
# the object named after a value runs to the end of the clause, a list mark or the next item of a
# list (…中心和25—30家…)
# (a name in quotes, “瘦肉精”自检, is one word of it)
OBJECT_AFTER = re.compile(r"(?:(?![、和及与][\u4e00-\u9fff]{0,4}\d)[\u4e00-\u9fff\dA-Za-z]|“[\u4e00-\u9fff\dA-Za-z]{1,10}”){0,24}")
# 建设控制地带内新建建筑物高度: a verb that opens the name of a place (…内) is part of the label
PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:范围内|区域内|内)[\u4e00-\u9fff]{2}")
# 在…, 为…, 引导…: a preposition or causative verb and its noun (at most 12 characters, the shortest
# before a verb of extract_targets.csv) open the phrase of the act measured
OPENER = re.compile(rf"(?:{alternation(words(_TRIMS, 'opener'))})[\u4e00-\u9fff、]{{1,12}}?(?={DROP_VERB.pattern})")
# a verb after the object counted closes it, unless it opens a noun (项目实施方案, 达到标准的…)
OBJECT_END = re.compile(rf"(?:{alternation(words(_TRIMS, 'object_end'))})(?!方案|细则|计划|意见|办法|主体|单位|情况|进度|效果|过程|期间)")
NOMINAL = re.compile(r"[\u4e00-\u9fff]{2}")
# 按照, 经, 但, 山区 …: a label that is only such a word names nothing measured, and is left empty
NOT_LABEL = re.compile(alternation(words(_TRIMS, "not_label") + words(_TRIMS, "scope_label")))
SCOPE_LABEL = re.compile(alternation(words(_TRIMS, "scope_label")))  # 山区, 丘陵地区: a scope of its own


def clean_indicator(label: str, text: str = "", start: int = 0, number_end: int | None = None,
                    parse: str | None = None) -> str:
    """The measured noun phrase in ``label``, a target's indicator as the subject reader found it.

    Parameters
    ----------
    label : str
        The indicator as read (a slice of ``text``, or words of it joined).
    text : str, optional
        The measure's text; with ``start`` (where the target's cue or number starts) and
        ``number_end`` (where its number ends) it lets a label left empty take the object
        named after the value, and a bare grant verb take the grant and what it is for.
    start, number_end : int, optional
        Offsets in ``text``.
    parse : str, optional
        ``parse_view(text)``, when the caller has it (read once per text, never once per label).

    Returns
    -------
    str
        The label, cut or assembled from words of ``text``; ``label`` unchanged when no rule applies.

    Examples
    --------
    >>> clean_indicator("原则上每年轮换数量"), clean_indicator("(2024年1月26日至3月5日)客运班线运力")
    ('轮换数量', '客运班线运力')
    >>> clean_indicator("全县城乡居民医保参保率"), clean_indicator("旱情发生时农村集中供水工程供水保证率")
    ('城乡居民医保参保率', '农村集中供水工程供水保证率')
    >>> clean_indicator("各县(市、区)人社局每月举办线上招聘会")
    '线上招聘会'
    >>> text = "城镇居住区应当按照每百户不少于20平方米配建养老服务用房。"
    >>> clean_indicator("城镇居住区应当按照", text, 9, text.index("米") + 1)
    '养老服务用房'
    >>> clean_indicator("但"), clean_indicator("山区")
    ('', '')
    """
    cleaned = _after_subject_verb(_without_inner_verb(_cleaned(label, text, start, number_end, parse)))
    cleaned = _posted(_staffed(cleaned.rstrip("(（")))  # 新建口袋公园(8个): the bracket around the count opens after the label
    return "" if NOT_LABEL.fullmatch(parse_view(cleaned)[0].strip()) else cleaned


# 结果在村务公开栏|公示, 决议事项在嘎查(村)务公开栏|公示时间: what is posted and where stand before the act of
# posting, which with its period is what is measured
_POSTING_ACTS = alternation(words(_TRIMS, "posting_act"))
POSTED_AT = re.compile(rf"在[^,;。在]{{1,14}}?(?:{alternation(words(_TRIMS, 'posting_place'))})(?={_POSTING_ACTS})")
POSTING_PERIOD = re.compile(rf"(?:{_POSTING_ACTS})(?:时间|期限|期)?")  # 公示, 公示时间: the act and its period


def _posted(label: str) -> str:
    """Without where a thing is posted (信息在信用中国网站公示率 -> 信息公示率); when the act of posting or
    its period is what is measured, without what is posted too (结果在村务公开栏公示 -> 公示).

    >>> _posted("决议事项在村务公开栏公示时间"), _posted("处罚信息在信用网站公示率"), _posted("在分配前公示")
    ('公示时间', '处罚信息公示率', '在分配前公示')
    """
    posted = POSTED_AT.search(label)
    if not posted or len(label) - posted.end() < 2:
        return label
    return label[posted.end():] if POSTING_PERIOD.fullmatch(label, posted.end()) else label[:posted.start()] + label[posted.end():]


STAFFING = re.compile(rf"(?:{alternation(words(_TRIMS, 'staffing_verb'))})(?!{alternation(words(_TRIMS, 'staffed_not_object'))})")
STAFFED_MEASURE = re.compile(rf"(?:{alternation(words(_TRIMS, 'staffed_measure'))})\Z")


def _staffed(label: str) -> str:
    """每10公里岸线配备护渔员 -> 护渔员: a norm that staffs or equips a unit counts the post or equipment
    after the verb, not the holder or base before it; a rate, a standard or a count of the staffing
    (配备达标率, 保洁员配置标准) keeps the verb.

    >>> _staffed("每500平方米营业面积配备控烟劝导员"), _staffed("寄宿制学校每校配备专职保安员")
    ('控烟劝导员', '专职保安员')
    >>> _staffed("心理健康教师配置缺口"), _staffed("未配备消防设施单位")
    ('心理健康教师配置缺口', '未配备消防设施单位')
    >>> _staffed("专职保安员配备达标率"), _staffed("保洁员配置标准"), _staffed("配备消毒设备的供水工程比例")
    ('专职保安员配备达标率', '保洁员配置标准', '配备消毒设备的供水工程比例')
    """
    view = parse_view(label)[0]
    verb = max(STAFFING.finditer(view, 1), key=lambda found: found.start(), default=None)
    if verb is None or len(view) - verb.end() < 2 or RATE_END.search(view) or MEASURE_END.search(view) \
            or STAFFED_MEASURE.search(view, verb.end()) or view[verb.start() - 1] in "未不没无":
        return label  # (心理健康教师配置缺口, 未配备消防设施单位: a measure of the staffing, or its absence)
    return label[verb.end():]


# what a subject ends with before the verb of the work it does: an organ (县教育局新建…), a collective of
# places (各县(市、区)打造…), a unit each is counted for (每户配建…) or where it is done (在城区选址设置…)
SUBJECT_BEFORE_VERB = re.compile(r"(?:各[\u4e00-\u9fff]{1,4}\([\u4e00-\u9fff、]{1,8}\)|每[户个人家所]|在[\u4e00-\u9fff]{1,6}?(?:选址)?)\Z")
# 城区|建成|综合性零工市场, …等场所|部署|服务机器人: a place before the verb of a counted work (not of a rate, which
# keeps what it is of: 城区回收网点覆盖率)
PLACE_BEFORE_VERB = re.compile(rf"(?:{alternation(words(_TRIMS, 'place_subject'))})\Z")


def _after_subject_verb(label: str) -> str:
    """县教育局新建公办幼儿园 -> 公办幼儿园: the object of a counted work whose subject (an organ, a
    collective of places, a unit each, a place) and verb (data: drop_verb) open the label.

    >>> _after_subject_verb("县教育局新建公办幼儿园"), _after_subject_verb("新建住宅项目每户配建停车泊位")
    ('公办幼儿园', '停车泊位')
    >>> _after_subject_verb("示范创建单位"), _after_subject_verb("各县(市、区)打造夜间消费集聚区")
    ('示范创建单位', '夜间消费集聚区')
    """
    view = parse_view(label)[0]
    verbs = [verb for verb in DROP_VERB.finditer(view) if verb.start() >= 2 and len(view) - verb.end() >= 2]
    for verb in reversed(verbs):
        subject = view[:verb.start()]
        organ = ORGAN.search(subject, max(0, len(subject) - 24))
        if BARE_RATE.fullmatch(view, verb.end()):
            continue  # 贮存场所改造完成率: a rate of the work, not an object after it
        if organ and organ.end() == len(subject) or SUBJECT_BEFORE_VERB.search(subject) \
                or _counted_after_place(view, subject, verb.end()) or _work_done(view, verb):
            return label[verb.end():]
    return label


WORK_VERB = set(words(_TRIMS, "work_verb"))
WORK_NOT_OBJECT = re.compile(alternation(words(_TRIMS, "work_not_object")))  # 落实情况, 安排工作: a noun, not an act
# 信息采集|设备: the verb qualifies the head noun after it (one character may stand between: 化解|调处中心)
WORK_MODIFIED = re.compile(rf"[\u4e00-\u9fff]?(?:{alternation(words(_TRIMS, 'work_modified'))})")
WORK_LIMIT = re.compile(rf"(?:{alternation(words(_TRIMS, 'work_limit'))})\Z")  # 两次采集间隔: a limit of the work


def _work_done(view: str, verb: re.Match) -> bool:
    """市妇联依托…服务站|开展|线上家长课堂: a verb of the work done (data: work_verb) leaves its object as the
    label, whatever stands before it, unless the label is a rate or the word after it names nothing
    measured (开展时间).

    >>> _work_done("市妇联依托服务站开展线上家长课堂", re.search("开展", "市妇联依托服务站开展线上家长课堂"))
    True
    >>> _work_done("人脸信息采集设备", re.search("采集", "人脸信息采集设备")), _work_done("开展时间", re.search("开展", "开展时间"))
    (False, False)
    """
    rest = view[verb.end():]
    return verb.group() in WORK_VERB and not RATE_END.search(view) and rest not in BARE_AFTER_VERB \
        and not WORK_NOT_OBJECT.match(rest) and not MEASURE_END.search(rest) and not DURATION_END.search(rest) \
        and not WORK_MODIFIED.fullmatch(rest) and not WORK_LIMIT.search(rest)


def _counted_after_place(view: str, subject: str, verb_end: int) -> bool:
    """城区|建成|综合性零工市场: a place before the verb of a counted work leaves the object after the verb;
    not a rate (城区回收网点覆盖率), a two-character object (中心城区新增人口), an item of a list of works
    (旧城区改建、城中村改造…) nor what a grant is for (避难场所建设补助资金).

    >>> _counted_after_place("城区建成综合性零工市场", "城区", 4), _counted_after_place("中心城区新增人口", "中心城区", 6)
    (True, False)
    """
    return PLACE_BEFORE_VERB.search(subject) is not None and not RATE_END.search(view) and len(view) - verb_end >= 3 \
        and view[verb_end] not in "、和及与" and not GRANT_NOUN.match(view, verb_end)


def _without_inner_verb(label: str) -> str:
    """市级承担抽检任务 -> 市级抽检任务: a verb between a qualifying scope and the object is dropped.

    >>> _without_inner_verb("城市建成区淘汰重型柴油车"), _without_inner_verb("淘汰落后产能")
    ('城市建成区重型柴油车', '淘汰落后产能')
    """
    view = parse_view(label)[0]
    verb = INNER_VERB.search(view, 2)
    if verb is None or len(view) - verb.end() < 2:
        return label
    return label[:verb.start()] + label[verb.end():]


# 各村(社区)|至少组建2支…: a label left as a bracket alone (the note of a collective dropped before it) names nothing measured
BRACKET_ONLY = re.compile(r"\([^()]*\)")


def _cleaned(label: str, text: str, start: int, number_end: int | None, parse: str | None) -> str:
    """:func:`clean_indicator` before a label left as a lone function word or scope is emptied."""
    view = parse_view(label)[0]
    begin, end = 0, len(view)
    begin = _after_inner_words(view, begin, end)
    actor_only = begin == end  # 城镇居住区应当按照: an actor and a procedure, nothing measured
    begin = _after_leading_words(view, begin, end)
    end = _before_trailing_words(view, begin, end)
    at = view.rfind("对", 0, begin)  # (对全区出版物零售网点检查: the scope after 对 was cut too)
    counted = INSPECTED.fullmatch(view, at, end) if at >= 0 else None
    if counted:  # 对农村集中供水工程抽检 -> 抽检: a count of inspections is labelled by the act (reviewset4)
        begin = counted.start("act")
    held = None if counted else _held_inspection(view, begin, end)
    kept = label[begin:held.start()] + label[held.start("act"):end] if held else label[begin:end]
    cleaned = _without_schedule(_without_since(kept.strip()))
    if text and number_end is not None:
        parse = parse_view(text)[0] if parse is None else parse
        grant = _grant_label(label, text, parse, start, number_end)
        if grant:
            return grant
        bare = parse_view(cleaned)[0]
        actor_only = actor_only or bool(bare) and (ORGAN.fullmatch(bare) or MANAGER.fullmatch(bare)) is not None \
            or PROCEDURE_END.search(view) is not None and not NOT_LABEL.fullmatch(bare)  # 新建住宅小区按…配建…用房
        if actor_only or not bare or BRACKET_ONLY.fullmatch(bare) or PROCEDURE_ONLY.fullmatch(bare) or NORM_VERB.fullmatch(bare) or PER_BASE.fullmatch(bare) or VERBS_ONLY.fullmatch(bare) or LIGHT_VERB_END.search(bare) \
                or DEADLINE_ONLY.fullmatch(bare):  # (各县(市、区)2027年底前至少建成1处…: a deadline names nothing measured)
            # nothing after the value either: the label less its trailing words (内资实际到位资金确保完成60亿元)
            # (基本报酬按不低于…的2倍核定: a verb alone after the value names nothing measured)
            after = _object_after(text, parse, number_end)
            after = "" if after and NORM_VERB.fullmatch(parse_view(after)[0]) else after
            # (栏目每周更新不少于3次: nothing after the value, the act counted without its schedule)
            return after or cleaned or _without_schedule(label[:_before_trailing_words(view, 0, len(view))])
    return cleaned if _nominal(cleaned) else label


def _without_since(label: str) -> str:
    """交易资料自交易完成之日起 -> 交易资料: the start of a period is dropped from a label.

    >>> _without_since("培训记录自学员结业之日起保存"), _without_since("自然保护地面积")
    ('培训记录保存', '自然保护地面积')
    """
    since = SINCE.search(parse_view(label)[0])
    kept = label[:since.start()] + label[since.end():] if since else label
    return kept if _nominal(kept) else label


def _without_schedule(label: str) -> str:
    """县级林长每年巡林 -> 县级林长巡林; 每周开放时间 stays (the base of a duration); a label that is
    only a schedule is left as it is.

    >>> _without_schedule("县级林长每年巡林"), _without_schedule("市级公共图书馆每周开放时间")
    ('县级林长巡林', '市级公共图书馆每周开放时间')
    """
    view = parse_view(label)[0]
    if DURATION_END.search(view):
        return label
    kept, last = [], 0
    for schedule in SCHEDULE.finditer(view):
        kept.append(label[last: schedule.start()])
        verb = DROP_VERB.match(view, schedule.end())  # 林长每月开展巡林 -> 林长巡林
        last = verb.end() if verb and len(view) - verb.end() >= 2 and schedule.start() > 0 else schedule.end()
    kept = "".join(kept) + label[last:]
    return kept if _nominal(kept) else label


def verb_opens_noun(label: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` opens a noun (开发区, 组织部) or a place name
    (建设控制地带内…), so it must stay in the label.

    >>> verb_opens_noun("开发区工业用地出让占比", 2), verb_opens_noun("开发政策性岗位", 2)
    (True, False)
    >>> verb_opens_noun("建设控制地带内新建建筑物高度", 2), verb_opens_noun("压缩式垃圾转运站", 2)
    (True, True)
    """
    view = parse_view(label)[0]
    return bool(VERB_NOUN.match(view)) or bool(PLACE_FIRST.match(view, verb_end)) or KIND_MARK.match(view, verb_end) is not None


def _nominal(label: str) -> bool:
    view = parse_view(label)[0]
    return bool(NOMINAL.search(view)) and not PER_BASE.fullmatch(view)


def _after_inner_words(view: str, begin: int, end: int) -> int:
    """Start after the last procedural or condition word inside the label, when a noun follows it."""
    cut = begin
    # 为…提供/解决/发放 Y: what is provided; a rate named with the verb (资助资金发放到位率) keeps it
    # (高频诉求解决率在三季度末前: a rate before a time closing the label keeps its verb too)
    rate = RATE_END.search(view, begin, end) or RATE_END.search(view, begin, _before_trailing_words(view, begin, end))
    patterns = (INNER, CONDITION, SCHEDULE_VERB) if rate else (INNER, PROVIDES, CONDITION, SCHEDULE_VERB)
    patterns += (LINE_BREAK,)
    for pattern in patterns:
        for match in pattern.finditer(view, begin, end):
            # at the end (城镇居住区应当按照) nothing measured is left: the object after the value is
            opens = match.start() > begin or pattern is CONDITION  # 遇…时 may open the label
            # (经营者应当|约定不少于7日的冷静期: only a verb after it, whose object follows the value)
            if opens and (end - match.end() >= 3 or match.end() == end and pattern is not CONDITION
                          or VERBS_ONLY.fullmatch(view, match.end(), end)):
                cut = max(cut, match.end())
    return cut


PARTNER = re.compile(alternation(words(_TRIMS, "partner_verb")))
KIND_MARK = re.compile("式(?!样)")  # 压缩|式转运站: a verb before 式 names a kind (式样 is a design, a noun of its own)
SEASON_LEAD = re.compile(alternation(words(_TRIMS, "season_lead")))  # 暑期, 春季: dropped only with the verb after them
RATE_OR_TIME_END = re.compile(r"(?:率|比例|时间|时限|时长)\Z")
RATE_OF_ACT = re.compile(r"[\u4e00-\u9fff]{2}(?:率|比例)")  # 住宅小区业委会|组建率: the rate of the organ's act keeps it


def _partner_end(view: str, begin: int) -> int:
    """End of 会同/联合 (data: partner_verb) and the organ it names at ``begin``, or 0.

    >>> view = "会同市数据局建成数据集"
    >>> view[_partner_end(view, 0):], _partner_end("联合开展检查", 0)
    ('建成数据集', 0)
    """
    partner = PARTNER.match(view, begin)
    organ = partner and ORGAN.match(view, partner.end())
    return max(organ.end(), organ_span(view, organ)[1]) if organ else 0


def _leading_word(view: str, begin: int, end: int) -> re.Match | None:
    """The modal word or scope (data: leading) opening ``view[begin:end]``, unless it is the start of
    a longer word (保证|金退还率, 将|乐县覆盖率: the word is what is measured), as jieba reads the
    label, whose rest is no verb (统筹|安排 is a lead and a verb).

    >>> _leading_word("保证金退还率", 0, 6), _leading_word("确保退还率", 0, 5).group()
    (None, '确保')
    """
    match = LEADING.match(view, begin, end)
    if match and match.group().startswith("各") and _organ_after_each(view, begin, match.end()):
        return EACH.match(view, begin)  # 各|乡镇人民政府, 各|村民委员会: the collective's own name stays
    if match and match.group().endswith("后") and RENOVATED.match(view, match.end(), end):
        return None  # 改造后小区物业服务覆盖率: the communities renovated, a kind of its own (reviewsets 10, 298)
    return None if match and starts_longer_word(view, begin, match.end(), end) else match


EACH = re.compile("各")


def _each_level(view: str, begin: int) -> re.Match | None:
    """各县(市、区) opening a label: a scope (see EACH_LEVEL), unless it opens an organ's name (各县(市)人民政府)."""
    match = EACH_LEVEL.match(view, begin)
    organ = ORGAN.match(view, begin) or ORGAN.match(view, begin + 1) if match else None
    return None if match is None or organ and organ.end() > match.end() else match


def _organ_after_each(view: str, begin: int, scope_end: int) -> bool:
    """Whether an organ's name starts after 各 and runs past the scope word (各乡镇|人民政府).

    >>> _organ_after_each("各乡镇人民政府巡查", 0, 3), _organ_after_each("各乡镇耕地保有量", 0, 3)
    (True, False)
    """
    organ = ORGAN.match(view, begin + 1)  # (各村(社区)…: a list of places in brackets is the scope itself)
    return organ is not None and organ.end() > scope_end and "(" not in organ.group()


# what a work is done on, named after 改造后/整治后: the renovated things are what is measured on (data: renovated)
RENOVATED = re.compile(rf"的?(?:{alternation(words(_TRIMS, 'renovated'))})")


def starts_longer_word(view: str, begin: int, cut: int, end: int) -> bool:
    """Whether ``view[begin:cut]`` is the start of a longer word of ``view[begin:end]`` whose rest is
    no verb, as jieba reads it (保证|金, 和|解率; not 统筹|安排, nor 年底前|线上: a word that starts
    after ``begin``). A whole place (全旗|嘎查村, 全县|城乡) is a scope whatever jieba joins to it.

    >>> starts_longer_word("保证金退还率", 0, 2, 6), starts_longer_word("统筹安排资金", 0, 2, 6)
    (True, False)
    """
    if view.startswith("全", begin):
        return False
    word = _word_around(view[begin:end], cut - begin)
    return bool(word) and word[0] == 0 and not VERB.fullmatch(view[cut:begin + word[1]])


def _after_leading_words(view: str, begin: int, end: int) -> int:
    """Drop brackets, modal words, scopes, an acting organ and a schedule with its verb from the front."""
    for _ in range(8):  # bounded: each round removes at least one word
        before = begin
        while begin < end and view[begin] in " ,、:;":
            begin += 1
        match = (BRACKET.match(view, begin) or NUMBERING.match(view, begin) or _leading_word(view, begin, end)
                 or DEADLINE_LEAD.match(view, begin) or TIME_LEAD.match(view, begin) or COUNT_LEAD.match(view, begin)
                 or _each_level(view, begin)
                 or SET_UP_LEAD.match(view, begin) or DISPOSER_LEAD.match(view, begin)
                 or (")" not in view[begin:end] and UNCLOSED.match(view, begin))
                 or (not PERIOD_NAMED.search(view, begin, end) and LEADING_TIME.match(view, begin)))
        if match and end - match.end() >= 2 and not (match.re is LEADING and view[match.end()] in "和、及与"):
            begin = match.end()  # (高新区和经开区地区生产总值: a scope joined to another stays)
        organ = ORGAN.match(view, begin)
        organ = None if organ and NOT_ORGAN_END.search(organ.group()) else organ  # 市级公共图书馆: a class, kept
        # (…投资集团|有限公司年内盘活…: the name runs on past its first head, as the actor's does)
        name_end = max(organ.end(), organ_span(view, organ)[1]) if organ else 0
        # (省直部门报送率: the rate of the organ's act keeps the organ)
        if organ and end - name_end >= 2 and not RATE_OF_ACT.fullmatch(view, name_end, end) \
                and (ACTOR_AFTER.match(view, name_end) or _partner_end(view, name_end) or DEADLINE_LEAD.match(view, name_end)
                     or DROP_VERB.match(view, name_end) and verb_chain_length(view[name_end:end])
                     or _after_inspected(view, name_end, end) > name_end
                     or _after_opener(view, name_end, end) > name_end):
            # 县财政局按照…, 各县人社局每月…, 市安委会召开…, 县财政局为每个村安排…: the actor, not what is measured
            begin = name_end
        partner = _partner_end(view, begin)
        if partner and end - partner >= 2:
            begin = partner  # 市工信局|会同市数据局|于10月底前建成…: the organ it acts with is no part of the label
        begin = _after_inspected(view, begin, end)
        # (暑期推出夜间演出: a season and a verb; 冬季清掏服务响应时间: the season's time or rate keeps both)
        schedule = SCHEDULE.match(view, begin) or not RATE_OR_TIME_END.search(view, begin, end) and SEASON_LEAD.match(view, begin)
        verb = DROP_VERB.match(view, schedule.end()) if schedule else None
        if verb and end - verb.end() >= 2 and not BARE_RATE.fullmatch(view, verb.end(), end):
            begin = verb.end()  # 每月举办线上招聘会 -> 线上招聘会 (每日播出时长: the time of the act keeps it)
        elif schedule and LEADING.match(view, schedule.end()):
            begin = schedule.end()  # 每年统筹安排…资金: the next round drops the manner word and its verb
        else:  # a verb opening the label (评选“最美家庭”), or one bared by a cut above (应当配备专职网格员), or
            # an opener with its noun (大队组织扑火队员开展演练: 组织 opens who does it, not what is counted)
            begin = _after_verb(view, _after_opener(view, begin, end), end)
        begin = _after_verb(view, _after_opener(view, begin, end), end) if OPENER.match(view, begin, end) else begin
        lead = MANNER_LEAD.match(view, begin)
        verb = DROP_VERB.match(view, lead.end()) if lead else None
        if verb and end - verb.end() >= 2:
            begin = verb.end()  # 的标准安排村医补助资金 -> 村医补助资金
        if begin == before:
            return begin
    return begin


# 对辖区发行单位实地核查比例, 对重点排水户检查: the units inspected, named with 对 before the act (not
# 对用人单位的抽查比例, where the rate is the 抽查比例 of them, nor 对孕产妇提供孕期随访, a service provided)
INSPECTED = re.compile(rf"(?<![针相面应核比绝反派配校])对(?![性于照接标象])(?P<object>(?:(?!的|提供)[\u4e00-\u9fff\d“”()、]){{2,24}}?)(?:开展)?"
                       rf"(?P<act>{alternation(words(_TRIMS, 'inspection'))})")


def _held_inspection(view: str, begin: int, end: int) -> re.Match | None:
    """精防医生对评估3级以上患者随访 -> 精防医生随访: a count of inspections by a person, a team or a station
    (data: inspector) keeps the holder and the act, not whom the act covers (reviewsets 26, 53, 167, 248, 428,
    478); an organ's bureau or squad before 对 is the actor and leaves (执法大队对在建工地巡查 -> 巡查, reviewset43).

    >>> view = "网格员每月对辖区种植养殖主体巡查"
    >>> view[:_held_inspection(view, 0, len(view)).start()], _held_inspection("旱季对水源点巡查", 0, 8)
    ('网格员每月', None)
    """
    held = INSPECTED.search(view, begin + 2, end)
    if held is None or held.end() != end or "对" in view[begin:held.start()]:
        return None
    return held if INSPECTOR_END.search(_without_schedule(view[begin:held.start()])) else None


# 精防医生, 网格员, 运维单位, 乡镇监管站: holders whose count of inspections keeps them (data: inspector)
INSPECTOR_END = re.compile(rf"(?:{alternation(words(_TRIMS, 'inspector'))})\Z")


def _after_inspected(view: str, begin: int, end: int) -> int:
    """Past 对 opening what an inspection covers, in the rate of the inspection (对X检查覆盖率 -> X检查覆盖率,
    reviewset50) and in the count of it, whose act :func:`_cleaned` then keeps alone (对X巡查 -> 巡查,
    reviewsets 4, 19, 36)."""
    inspected = INSPECTED.match(view, begin, end)
    return begin + 1 if inspected else begin


# 改造后, 开通后, 交付时: when it is measured (not 后期扶持项目, 时间, 时限)
AFTER_WORK = re.compile(r"后(?![继期备勤续台])|时(?![间限长效段期刻点代尚])")


def _after_opener(view: str, begin: int, end: int) -> int:
    """Past a preposition or a causative verb with its noun (在昆明、大理 开设…, 为乡镇卫生院 招聘…, 引导
    银行业金融机构 新增…) when a verb with an object follows: the object is measured, not where, for
    whom or through whom it is done."""
    opener = OPENER.match(view, begin, end)
    if opener and verb_chain_length(view[opener.end():end]):
        return opener.end()
    return begin


def _after_verb(view: str, begin: int, end: int) -> int:
    """Past a leading verb (组织, 开展 …) or chain of verbs (新建、改扩建) that opens the object, unless
    the verb opens a noun (开发区)."""
    return begin + verb_chain_length(view[begin:end])


# verbs that continue a chain (新建和改造提升, 新建改扩建及维修改造) but open no label on their own; after a
# joint any verb cue continues it (新建和改善), without one only these (改造安置房: 安置 opens the noun)
CHAIN_VERB = re.compile(rf"(?:{DROP_VERB.pattern}|{alternation(words(_TRIMS, 'chain_verb'))})")
VERB = re.compile(rf"(?:{CHAIN_VERB.pattern}|{OBJECT_CUE.pattern})")
CHAIN_JOINT = re.compile(r"、|和|及|与|或者|或")
RATE_VERBS = set(words(_TRIMS, "rate_verb"))  # 报送数据差错率: verbs a rate of the act keeps (verb_chain_length)
# 覆盖率, 完成率, 周期, 频次, 能力 (接收能力): a rate or measure of the act that names no object
FUNDS_ONLY = re.compile(rf"(?:{GRANT_NOUN.pattern})(?:资金|经费)?|资金|经费")
FUNDING_VERBS = frozenset(words(_TRIMS, "funding_verb"))  # 安排, 发放 …: verbs that give or set aside funds
BARE_RATE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:率|比例|总数)|周期|频次|频率|次数|时限|时长|能力|数量|覆盖面")


def verb_chain_length(words: str) -> int:
    """Length of the verbs opening ``words`` (建成, 新建、改扩建, 新建改造) before the object, or 0 when
    no object of two characters is left or the first verb opens a noun (开发区, 建设控制地带内…).

    >>> verb_chain_length("新建、改扩建中小学"), verb_chain_length("新建和改造农村公路"), verb_chain_length("开发区用地")
    (6, 5, 0)
    >>> verb_chain_length("新招引人工智能企业"), verb_chain_length("新能源汽车")
    (3, 0)
    """
    view = parse_view(words)[0]
    # 新招引, 新培训: "newly" before a verb that is no 新-word of its own (新建, 新增) opens the chain
    fresh = int(view.startswith("新") and DROP_VERB.match(view) is None and DROP_VERB.match(view, 1) is not None)
    verb = DROP_VERB.match(view, fresh)
    if verb is None or verb_opens_noun(view, verb.end()) \
            or (fresh or verb.group().startswith("新") or verb.group() in RATE_VERBS) and RATE_WORD.search(view):
        # 新开工项目工资保证金存储率, 报送数据差错率: a rate of what is new or of the act (data: rate_verb)
        # keeps its verb; 推动…覆盖率 does not
        return 0
    position = previous = fresh
    last = ""
    for _ in range(6):  # bounded: a chain of at most six verbs
        joint = CHAIN_JOINT.match(view, position) if position else None
        verb = (VERB if joint else CHAIN_VERB).match(view, joint.end() if joint else position)
        if verb is None or len(view) - verb.end() < 2 or VERB_NOUN.match(view, verb.start()) or KIND_MARK.match(view, verb.end()):
            break  # 筹集建设保障性租赁住房: 保障 opens the noun 保障性…, not a third verb
        previous, position, last = position, verb.end(), verb.group()
    if position and FUNDS_ONLY.fullmatch(view, position) and last not in FUNDING_VERBS:
        return previous  # 建设补助资金: the work a grant is for names it (a funding verb before it goes: 安排|建设补助资金, 发放|补助资金)
    # 排查覆盖率, 更新周期: a bare rate or measure word left names the rate of the act, so the verb stays;
    # so does a holder too generic to name anything alone (新开工项目, not 项目)
    rest = view[position:]
    if AFTER_WORK.match(rest):  # 改造后老年人满意度, 交付时…合格率: after the work is when it is measured (清除后复发率 stays)
        # (改造后小区物业服务覆盖率: the things renovated are a kind of their own, reviewsets 10, 298)
        return 0 if BARE_RATE.fullmatch(rest, 1) or RENOVATED.match(rest, 1) else position + 1
    return 0 if BARE_RATE.fullmatch(rest) or GENERIC_HOLDER_AT.match(rest) or rest in BARE_AFTER_VERB \
        or BARE_COUNT.fullmatch(rest) else position


def _before_trailing_words(view: str, begin: int, end: int) -> int:
    for _ in range(4):
        match = TRAILING.search(view, begin, end)
        if not match or match.start() == begin:
            return end
        end = match.start()
    return end


GRANT_BEFORE = re.compile(rf"给予(?P<noun>{GRANT_NOUN.pattern}|(?:一次性)?[\u4e00-\u9fff]{{1,4}}?{GRANT_NOUN.pattern})\s{{0,2}},\s{{0,2}}\Z")


def grant_before(text: str, parse: str, start: int) -> str:
    """The grant of the clause before a cap that names nothing (…给予补贴,最高不超过1.5万元 -> 补贴): a
    grant with its own noun is that noun (一次性创业补贴 -> 创业补贴), a bare one is qualified by the object of
    对 as a grant before its value is; "" when the clause before gives no grant.

    >>> text = "对新建的长者饭堂,按建设投入的50%给予一次性补助,最高不超过20万元。"
    >>> grant_before(text, text, text.index("最高"))
    '长者饭堂补助'
    """
    found = GRANT_BEFORE.search(parse, max(0, start - 12), start)
    if found is None:
        return ""
    noun = text[found.start("noun"): found.end("noun")]
    noun = noun[3:] if parse_view(noun)[0].startswith("一次性") else noun
    if not GRANT_NOUN.fullmatch(parse_view(noun)[0]):
        return noun
    return _grant_label("给予", text, parse, found.start(), found.start() + 2) or noun


def _grant_label(label: str, text: str, parse: str, start: int, number_end: int) -> str:
    """企业给予 / 给予补助 before a grant: the grant named after the value, qualified by the object of 对.

    >>> text = "对考核优秀的村给予最高50万元奖励。"
    >>> _grant_label("考核优秀的村给予", text, text, 7, text.index("元") + 1)
    '村奖励'
    """
    view = parse_view(label)[0]
    after_verb = label[view.rfind("给予") + 2:] if "给予" in view else label
    # 给予举报人200元至2000元奖励: whom the grant goes to stands between 给予 and the value, the grant after it
    recipient = "给予" in view and not GRANT_NOUN.search(parse_view(after_verb)[0])
    if not (view.endswith("给予") or recipient or BARE_GRANT.fullmatch(parse_view(after_verb)[0])):
        return ""
    noun = after_verb if GRANT_NOUN.fullmatch(parse_view(after_verb)[0]) else ""
    if not noun:
        tail = re.match(r"(?:的)?(?P<noun>(?:一次性)?[\u4e00-\u9fff]{0,4}?)(?=[,;。、)]|\Z)", parse[number_end:number_end + 8])
        noun = text[number_end + tail.start("noun"): number_end + tail.end("noun")] if tail and GRANT_NOUN.search(tail["noun"]) else ""
    if not noun:
        return ""
    noun = noun[3:] if parse_view(noun)[0].startswith("一次性") else noun
    window = max(0, start - 40)
    # the object of 对 stands in the grant's clause, or ends the clause before (对…的,给予…); words are
    # found on the parse view and taken from the text (a traditional page keeps its characters)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(parse, window, start)]
    commas = [m.start() for m in COMMA.finditer(parse, breaks[-1] if breaks else window, start)]
    clause_begin = commas[-1] + 1 if commas else (breaks[-1] if breaks else window)
    if "对" not in parse[clause_begin:start] and commas:
        clause_begin = commas[-2] + 1 if len(commas) >= 2 else (breaks[-1] if breaks else window)
        found = GRANT_OBJECT.search(parse, clause_begin, commas[-1] + 1)
    else:
        found = GRANT_OBJECT.search(parse, clause_begin, start)
    qualifier = text[found.start("object"): found.end("object")] if found else ""
    if "的" in qualifier:
        # 验收合格的新增耕地 -> 新增耕地: the condition before 的 is not what the grant is for; a generic
        # holder (企业, 项目) or none (对评为示范园区的,) leaves the grant alone
        rest = qualifier.rpartition("的")[2]
        # (单位和个人: holders all generic, joined)
        qualifier = "" if set(LIST_JOINT.split(parse_view(rest)[0])) <= GENERIC_HOLDERS else rest
    age = AGE_CONDITION.match(parse_view(qualifier)[0])
    if age:  # 对80周岁以上老年人就餐给予…补贴 -> 就餐补贴: an age is a condition; the act after the holder
        rest = qualifier[age.end():]  # is what the grant is for, else the holder is (高龄老年人补贴)
        qualifier = rest if len(rest) >= 2 else qualifier[age.end("condition"):]
    return qualifier + noun


def _object_after(text: str, view: str, number_end: int) -> str:
    """The object named after a value (…不少于20平方米配建养老服务用房); a share's object with its verb
    (…的比例配建电动自行车停放充电设施 -> 电动自行车停放充电设施配建比例)."""
    lead = OBJECT_LEAD.match(view, number_end)
    begin = lead.end() if lead else number_end
    # (…的比例对入场生猪开展“瘦肉精”自检 -> “瘦肉精”自检比例: the things an act is done to come before it)
    verb = DROP_VERB.match(view, begin) or GIVEN.match(view, begin) or ACT_ON.match(view, begin)
    begin = verb.end() + view.startswith("的", verb.end()) if verb else begin  # (…提取的职工教育经费)
    tail = OBJECT_AFTER.match(view, begin)
    if LEVEL_MARK.fullmatch(view, begin, tail.end()):
        return ""  # 迈上3万亿元台阶: a level reached names no object
    ending = object_end_at(view, begin + 2, tail.end(), number_end)  # 专项资金用于乡村振兴: the object ends at the verb
    noun = text[begin: ending.start() if ending else tail.end()]
    if len(noun) < 2 or ending and ending.start() - begin <= 2 and not verb:
        return ""  # (…的比例专项用于安排残疾人就业: a manner word before the verb, no object)
    if lead and lead.group() == "的比例" and verb and not FUNDS_END.search(noun) \
            and not STAFFING.fullmatch(view, verb.start(), verb.end()):
        # (…的比例安排教师培训经费 -> 教师培训经费, …的比例配备专职保安 -> 专职保安: the funds a share sets and
        # the post it staffs are named alone)
        act = "" if SHARE_ACT.search(view, verb.start(), verb.end()) else text[verb.start(): verb.end()]
        return noun + act + text[lead.end() - 2: lead.end()]
    return noun


def object_end_at(view: str, begin: int, end: int, number_end: int) -> re.Match | None:
    """Where the object named after a count ends: at the verb of what is done with it (吸纳, 开展; data:
    object_end), but not at 开展 when the count stands inside 对… or 为… (对辖区28家娱乐场所开展涉毒检查: the act
    done to or for what it counts is what the count measures) or sets a standard of the act (…的标准开展).

    >>> object_end_at("抽取10%的认定批次开展督导", 8, 15, 6).group(), object_end_at("对辖区28家娱乐场所开展检查", 7, 15, 6)
    ('开展', None)
    """
    ending = OBJECT_END.search(view, begin, end)
    if ending and ending.group() in WORK_ENDS and (INSIDE_ACT_ON.search(view, max(0, number_end - 16), number_end)
                                                   or STANDARD_OF.search(view, begin, ending.start())
                                                   or "对" in view[number_end:ending.start()]
                                                   or "的" in view[ending.end():end]):
        # (为2万名农村妇女开展…筛查: those served; 30个样品的标准开展检测: a standard of the act; 不少于一次对
        # 储水设施进行清洗: the act done to them; 5个常态化开展志愿服务的文明实践站: a clause naming them)
        return None
    return ending


GIVEN = re.compile(r"(?:给予|提取|计提|列支)(?:一次性)?")  # funds given or set aside
SHARE_ACT_VERBS = alternation(words(_TRIMS, "share_act_verb"))
SHARE_ACT = re.compile(rf"(?:{SHARE_ACT_VERBS})\Z")
ACT_ON = re.compile(rf"对[^,;。对]{{1,16}}?(?:{SHARE_ACT_VERBS})")  # 对入场生猪开展: the act done to them follows
INSIDE_ACT_ON = re.compile(r"[对为][^,;。对为]{0,14}\Z")  # a value inside 对… or 为…, before the act done to or for what it counts
STANDARD_OF = re.compile(r"的(?:标准|比例|要求)")
WORK_ENDS = frozenset(words(_TRIMS, "object_end")) & frozenset(words(_TRIMS, "share_act_verb"))  # 开展, 进行
FUNDS_END = re.compile(rf"(?:{FUNDS_ONLY.pattern}|费用)\Z")  # funds closing a noun (教师培训经费)
LIST_JOINT = re.compile(r"以及|、|和|及|与")
HOLDER = re.compile(alternation(words(_TRIMS, "holder")))
WORD = re.compile(r"[\u4e00-\u9fff]+")
HOLDER_END = re.compile(rf"(?:{HOLDER.pattern})\Z")
# 辖区60周岁以上老年人: an age that scopes who receives a grant
AGE_CONDITION = re.compile(rf"(?P<condition>[\u4e00-\u9fff]{{0,3}}?\d{{1,3}}\s{{0,2}}周?岁(?:及以上|以上))(?:的)?(?:{HOLDER.pattern})")
MEASURE_TAIL = re.compile(rf"(?:{alternation(words(_TRIMS, 'measure_tail'))})\Z")
MEASURE_END = re.compile(r"(?:[率量额值数比重度]|人次|收入|支出|产量|面积|标准|花费|规模|总额|价格|投资|投入)\Z")


def split_shared_heads(subject: str, count: int) -> list[str] | None:
    """One label per value of a list: the heads before a shared tail, each given the tail.

    The heads are split at 、 (at 和/及/与 when 、 gives the wrong count); the tail is what the
    last part holds beyond the length of the first head (城镇、农村居民… -> 农村 + 居民…). None
    when the heads do not number ``count``; 城乡居民… is one head, never two.

    >>> split_shared_heads("城镇和农村居民人均可支配收入", 2)
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> split_shared_heads("高血压、2型糖尿病患者规范管理率", 2)
    ['高血压患者规范管理率', '2型糖尿病患者规范管理率']
    >>> split_shared_heads("战略性新兴产业和高技术制造业增加值", 2)
    ['战略性新兴产业增加值', '高技术制造业增加值']
    >>> split_shared_heads("对东盟、欧盟进出口", 2)
    ['对东盟进出口', '欧盟进出口']
    >>> split_shared_heads("城市、县城污水处理率", 2), split_shared_heads("城乡居民人均可支配收入", 2)
    (['城市污水处理率', '县城污水处理率'], None)
    >>> split_shared_heads("银川、石嘴山、吴忠3市厨余垃圾处理能力", 3)
    ['银川厨余垃圾处理能力', '石嘴山厨余垃圾处理能力', '吴忠厨余垃圾处理能力']
    >>> split_shared_heads("城关区、堆龙德庆区绿化面积", 2), split_shared_heads("育婴员、养老护理员", 2)
    (['城关区绿化面积', '堆龙德庆区绿化面积'], ['育婴员', '养老护理员'])
    """
    parts, longest_head = subject.split("、"), 4
    if len(parts) != count:
        # heads joined by 和 are short places (城镇和农村居民…); 高龄津贴和基本养老金发放率 shares its rate
        parts, longest_head = LIST_JOINT.split(subject), 2
    if len(parts) != count or not all(parts):
        return None
    if count < 2 or any(len(part) > 30 for part in parts):
        return None
    tally = PLACE_TALLY.search(parts[-1])
    if tally and parse_numeral(tally["n"]) == count and len(parts[-1]) - tally.end() >= 2:
        # 桂林、河池、百色3市新增示范电站: places tallied, then what each of them is measured on
        return [part + parts[-1][tally.end():] for part in parts[:-1]] + [parts[-1][:tally.start()] + parts[-1][tally.end():]]
    if all(MEASURE_END.search(parse_view(part)[0]) for part in parts):
        return _first_subject_shared(parts)  # 孕产妇系统管理率和3岁以下儿童系统管理率: each names its own
    ending = parts[0][-1]
    heads_end_alike = all(part.endswith(ending) for part in parts[:-1])
    if heads_end_alike and parts[-1].endswith(ending):
        return parts  # 育婴员、养老护理员, 城关区、堆龙德庆区: every head ends alike, the last too: nothing is shared
    at = parts[-1].find(ending, 1, 10) if heads_end_alike and ending in PLACE_LEVELS else -1
    if at > 0 and len(parts[-1]) - at > 2:
        # 城关区、堆龙德庆区绿化面积: places of one level, the last longer; the tail follows its level
        return [part + parts[-1][at + 1:] for part in parts[:-1]] + [parts[-1]]
    # heads of one length (城镇、农村…); a leading 对 of the first head is shared (对东盟、欧盟进出口)
    head = len(parts[0]) - (parts[0].startswith("对") and not parts[-1].startswith("对"))
    # (longer heads before a measure that end alike: 小学一年级、初中一年级平均班额; not 社区矫正对象、
    # 刑满释放人员、社区戒毒康复人员帮扶覆盖率, whose last head is longer)
    if "、" in subject and MEASURED_TAIL.search(parts[-1]) and len(parts[0]) <= 6 \
            and parts[-1][len(parts[0]) - 1: len(parts[0])] == parts[0][-1:]:
        longest_head = 6
    same = len({len(p) for p in parts[:-1]}) == 1 and head <= longest_head and len(parts[-1]) > head
    shared = parts[-1][head:] if same and WORD.fullmatch(parts[-1][:head + 1]) and len(parts[-1]) - head >= 2 else ""
    word_end = _end_of_split_word(parts[-1], head) if shared else None
    if word_end and len(parts[-1]) - word_end >= 2:  # 原煤、原油、天然气产量: 天然|气 is no head; the tail
        shared = parts[-1][word_end:]  # follows the word 天然气
    elif shared and _splits_a_word(parts[-1], head):
        shared = ""  # 制造业、数字经济核心产业增加值: 数字经|济 is no head; the measure word is shared
    elif shared and head >= 2 and MEASURED_TAIL.search(parts[-1]):
        # a longer word the cut falls in: the last head is shorter (氨氮|达标率) or longer (集贸市场|全…使用率)
        around = _word_around(parts[-1], head)
        around = around if around and around[1] - around[0] >= 3 else None
        cut = None if around is None else around[0] if around[1] == len(parts[-1]) else around[1]
        shared = parts[-1][cut:] if cut and len(parts[-1]) - cut >= 2 else shared
    holder = HOLDER.search(parse_view(parts[-1])[0], 1)
    if holder and not any(holder.group() in part for part in parts[:-1]):
        # 高血压、2型糖尿病患者规范管理率: the tail starts at 患者; 孕产妇、0—3岁儿童系统管理率: heads that
        # are holders themselves share what follows the last holder
        own = all(HOLDER_END.search(parse_view(part)[0]) for part in parts[:-1])
        shared = parts[-1][holder.end() if own else holder.start():]
    facility = _facility_tail(parts)
    if facility:  # 乡镇卫生院、村卫生室、社区卫生服务站标准化建设达标率: the tail follows the last facility
        shared = facility
    if not shared:  # 林权首次登记、变更登记办理时间: the heads end alike (登记); what follows that in the last is shared
        shared = _after_same_ending(parts)
    if not shared:  # 战略性新兴产业和高技术制造业增加值: the measure word closing the list is shared
        measure = MEASURE_TAIL.search(parse_view(parts[-1])[0])
        shared = parts[-1][measure.start():] if measure and len(parts[-1]) - len(measure.group()) >= 2 else ""
        if shared and any(MEASURE_END.search(parse_view(part)[0]) for part in parts[:-1]):
            shared = ""  # 生产安全事故起数和死亡人数: each head names its own measure
    return [part if part.endswith(shared) else part + shared for part in parts]


PLACE_LEVELS = "省市县区州盟旗镇乡村"  # the last character of a place's name: its level
PLACE_TALLY = re.compile(r"(?<=[\u4e00-\u9fff])(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})个?[市县区州盟旗镇乡](?=[\u4e00-\u9fff“])")


SHARED_MEASURE = re.compile(rf"(?:{MEASURE_END.pattern})|(?:时间|时限)\Z")


def _after_same_ending(parts: list[str]) -> str:
    """What follows, in the last head, the two characters every other head ends with, when it names a
    measure (林权首次登记、变更登记办理时间 -> 办理时间; 生活补贴和护理补贴标准 -> 标准), else "".

    >>> _after_same_ending(["林权首次登记", "变更登记办理时间"]), _after_same_ending(["城镇", "农村居民收入"])
    ('办理时间', '')
    """
    endings = {part[-2:] for part in parts[:-1]}
    if len(endings) != 1 or any(SHARED_MEASURE.search(parse_view(part)[0]) for part in parts[:-1]):
        return ""
    at = parts[-1].rfind(endings.pop(), 0, len(parts[-1]) - 2)
    tail = parts[-1][at + 2:] if at >= 0 else ""
    return tail if len(tail) >= 2 and SHARED_MEASURE.search(parse_view(tail)[0]) else ""


HEAD_END = re.compile(alternation(words(_TRIMS, "head_end")))
HEAD_END_AT_END = re.compile(rf"(?:{HEAD_END.pattern})\Z")


def _first_subject_shared(parts: list[str]) -> list[str]:
    """Measures of one facility named once, before the first measure, share it; heads that name their
    own facility or none at all are kept.

    >>> _first_subject_shared(["农村生活污水处理设施建成率", "有效运行率"])
    ['农村生活污水处理设施建成率', '农村生活污水处理设施有效运行率']
    >>> _first_subject_shared(["孕产妇系统管理率", "3岁以下儿童系统管理率"])
    ['孕产妇系统管理率', '3岁以下儿童系统管理率']
    """
    ends = [match.end() for match in HEAD_END.finditer(parse_view(parts[0])[0])]
    if not ends or len(parts[0]) - ends[-1] < 2 or any(HEAD_END.search(parse_view(part)[0]) for part in parts[1:]):
        return parts
    return [parts[0], *(parts[0][:ends[-1]] + part for part in parts[1:])]


def _facility_tail(parts: list[str]) -> str:
    """The tail after the last facility of the last head when every other head is a facility
    (乡镇卫生院、村卫生室、社区卫生服务站标准化建设达标率 -> 标准化建设达标率), else "".

    >>> _facility_tail(["乡镇卫生院", "社区卫生服务站标准化建设达标率"]), _facility_tail(["城市", "县城污水处理率"])
    ('标准化建设达标率', '')
    """
    if not all(HEAD_END_AT_END.search(parse_view(part)[0]) for part in parts[:-1]):
        return ""
    last = parse_view(parts[-1])[0]
    ends = [match.end() for match in HEAD_END.finditer(last)]
    return parts[-1][ends[-1]:] if ends and len(last) - ends[-1] >= 2 else ""


def _word_around(phrase: str, at: int) -> tuple[int, int] | None:
    """The span of the word ``at`` falls strictly inside, as jieba reads ``phrase``; None at a word's edge.

    >>> _word_around("氨氮达标率", 3), _word_around("集贸市场全生物降解塑料购物袋使用率", 2), _word_around("氨氮达标率", 2)
    ((2, 5), (0, 4), None)
    """
    from ..tokens import _jieba  # loaded only for a list of heads

    position = 0
    for word in _jieba(()).cut(phrase, True):
        if position < at < position + len(word):
            return position, position + len(word)
        position += len(word)
    return None


def _end_of_split_word(phrase: str, at: int) -> int | None:
    """Where the word of three or more characters that ``at`` cuts one character short of its end
    ends (天然|气产量 -> 3, 食用|菌全产业链产值 -> 3), as jieba reads it; else None.

    >>> _end_of_split_word("天然气产量", 2), _end_of_split_word("农村居民人均可支配收入", 2)
    (3, None)
    """
    span = _word_around(phrase, at)
    return span[1] if span and span[1] - span[0] >= 3 and span[1] - at == 1 else None


MEASURED_TAIL = re.compile(r"(?:率|比例|比重|量|数|额|值)\Z")  # a tail that measures what the heads name


def _splits_a_word(phrase: str, at: int) -> bool:
    """Whether ``at`` falls inside a two-character word of ``phrase`` (数字经|济), as jieba reads it;
    a longer compound (农村|居民 read as 农村居民) may be split.

    >>> _splits_a_word("数字经济核心产业增加值", 3), _splits_a_word("农村居民人均可支配收入", 2)
    (True, False)
    """
    span = _word_around(phrase, at)
    return span is not None and span[1] - span[0] == 2
