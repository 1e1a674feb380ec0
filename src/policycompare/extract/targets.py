"""How much: quantitative targets, normalised, with the raw phrase kept.

A target is a number with a unit that the plan commits to: 达到100%, 保持在97%以上, 不低于30%,
达80人以上, 每两千人1名, 不少于50个小时, 建成1-2个, 有效期最长不得超过5年, 5小时内, 至少一次.
A percentage counts unless it is a share of something (占…的30%) or a baseline (由80%提高到…);
any other number needs a commitment cue (达到, 不少于, 至少, 建成 … or 以上, 以下, 以内, 左右) and a
unit, so counts that merely describe (四大系统, 三级平台) are left out. Sentences about the past
or comparisons with it (先后, 同比, 以来, 累计 …) hold no targets.
Chinese numerals are read only as a whole token beside a cue and a unit (至少一次), never by
rewriting running text. Numbers in names (十四五, 12348, 三项制度), ordinals (第一起), years,
document numbers and statements about the past (先后建立起了21个, 这21个) are not targets.

Money and large quantities keep the unit as written (4000万元, 突破5亿, 1.96万户) with the value
multiplied out and a standard unit (``unit_std``: yuan, household …); ``左右`` is ``approx``; a
reduction or rise (下降10%, 降低, 提高) gives ``direction``; ranges (5%—5.5%, 4.5-5%) give
``value_low``; in a list (A、B、C分别达到60%、75%、90%以上) each value takes its own indicator
and the comparator the list shares. Scope thresholds (亿元以上项目, 6亩以下的, 3年期以上贷款) and
fixed grants (补助标准为每人500元) are not targets. Cues, units and these words are data
(policycompare/data/extract_targets.csv, extract_units_of_measure.csv).

``indicator`` is the short noun phrase that is measured, so one indicator can be lined up across
jurisdictions; an elliptical one (…受理率达100%,成功率达98%) borrows its subject from the
indicator before it in the same sentence. ``year`` is the year of the deadline stated earlier in
the same sentence (到2025年,…达到…), else of one stated earlier in the measure, else later in the sentence;
a year beyond the end of a five-year plan named before it (“十五五”时期…，到2035年…) dates only its own
sentence, and the plan's targets after it take the plan's end.
"""

from __future__ import annotations

import bisect
import os
import re
from functools import lru_cache

from ..ingest import parse_view
from ..numerals import CN_DIGITS, digits_of, numeral_or_none
from .common import (RATE_END, RATE_WORD, Coverage, any_match, cited_spans, clause_start, matches_in, matches_of,
                     paragraph_start, sentence_start)
from .deadlines import FIVE_YEAR_END, FIVE_YEAR_PLAN, PLAN_END, VALIDITY, _anchor, extract_deadlines
from .labels import (BARE_RATE, DURATION_END, KIND_MARK, LEVEL_MARK, LIST_JOINT, MEASURE_END, MONTH_DAY, OBJECT_CUE, OBJECT_END, QUALIFIER, SCHEDULE,
                     SCOPE_LABEL, STAFFING, VERB_NOUN, WORD, clean_indicator, grant_before, object_end_at, split_shared_heads, verb_chain_length,
                     starts_longer_word, verb_opens_noun)
from .lexicon import alternation, alternation_outside, first_chars, mapping, table, words
from .tables import INDICATOR_COLUMNS, indicator_tables, split_unit

COLUMNS = ["raw", "indicator", "comparator", "value", "value_low", "unit", "year", "direction", "unit_std",
           "start", "end"]

_CN_NUM = CN_DIGITS
_ARABIC = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,12}(?:\.\d{1,6})?"
NUMBER = rf"{_ARABIC}|[{_CN_NUM}]{{1,8}}"
UNIT_STD = {row["unit"]: row["unit_std"] for row in table("extract_units_of_measure")}
# no unit where a word opening with its character follows (10万群众, not 10万群 of bee colonies; data: unit_goes_on)
UNIT = rf"(?!{alternation(words('extract_targets', 'unit_goes_on'))})(?:{alternation(UNIT_STD)})"
MULTIPLIERS = {word: float(value) for word, value in mapping("extract_targets", "multiplier").items()}
AT_LEAST = mapping("extract_targets", "at_least")
AT_MOST = mapping("extract_targets", "at_most")
EQUAL = mapping("extract_targets", "equal")
COMPARING = {**EQUAL, **AT_MOST, **AT_LEAST}  # cue -> comparator
# Values that commit to nothing, whatever their cue: what a value defines (…分以上为优秀, …万元以上不满100万元的
# 为二档: a grade, read up to the clause's end), a part's weight in an assessment (季度考核占40%), what holders
# have (有3名以上正式党员的企业: which firms) and a benefit a policy pays (报销比例为65%; data: grade, benefit_rate)
GRADE_DEFINED = re.compile(rf"[^,;。]{{0,16}}?(?:的)?为(?:{alternation(words('extract_targets', 'grade'))})")
_ASSESSMENT = "考核|评价|评估|测评|考评|评分"
# (权重为8%, 水质因素权重为70%, …纳入年度考核，权重20%: a weight stated; a bound on it, 权重不低于2%, is a norm)
WEIGHT_BEFORE = re.compile(rf"(?:(?:{_ASSESSMENT}|得分)[^。;:]{{0,30}}?(?:分别)?占(?:比)?|权重(?:分别)?(?:为|是)?\s{{0,2}})"
                           rf"(?:[\d.]{{1,5}}%、){{0,5}}\Z")
# 评价指标及权重为:亩均税收40%、亩均营业收入30%…: each part named before its weight, after a colon
WEIGHT_LIST = re.compile(r"权重(?:分别)?(?:为|是)?\s{0,2}:(?:[^,。;:\n%、]{1,16}?[\d.]{1,5}%、)*[^,。;:\n%、\d]{1,16}\Z")
# 二、考核内容。红白理事会运行情况占40%: the heading names the assessment the parts weigh in
WEIGHT_HEADING = re.compile(rf"(?:{_ASSESSMENT})(?:内容|标准|指标|事项)\s{{0,2}}[。:]")
DIMENSION = ("×", "*")  # 1米×1米: the sides of a shape, not counts
# 750千伏送出工程, 10千伏线路80公里: a class unit right before a noun (not 及以上, 以下 …: a scope) names which things
CLASS_UNITS = set(words("extract_targets", "class_unit"))
CLASS_OF_NOUN = re.compile(r"(?![以及和与或、的])[\u4e00-\u9fff]")
# 750千伏|和330千伏电网工程: classes listed before one noun all name which things are meant
CLASSES_LISTED = {unit: re.compile(rf"(?:(?:[、和与或]|及)\d+(?:\.\d+)?{re.escape(unit)})*") for unit in CLASS_UNITS}
CLASS_GOES_ON = re.compile(r"[\u4e00-\u9fff、]")  # 3层及以上|经营性自建房, 3层及以上|、用于…的自建房: a class of buildings
OWNING_SCOPE = re.compile(r"有\Z")
SCOPE_OF_HOLDERS = re.compile(r"(?:以上|以下)?[^,;。的]{0,10}的[\u4e00-\u9fff]")
BENEFIT_RATE = re.compile(rf"(?:{alternation(words('extract_targets', 'benefit_rate'))})为?\Z")
OBJECT_CUES = words("extract_targets", "object")
SHARE_DONE_CUES = set(words("extract_targets", "share_done"))  # 完成 of 完成75%以上的确权登记
# 6亩以下(不含6亩): a bracket opening with 不含, 含 … says where a scope's bound falls; its number is no target
TIER = re.compile(rf"\s{{0,2}}(?:{alternation(words('extract_targets', 'tier_after'))})")
INCLUSION = re.compile(rf"\((?:{alternation(words('extract_targets', 'inclusion'))})\s{{0,2}}\Z")
# 分解为五个方面, 细化为79项任务: a count of the parts a text is divided into (data: tally_verb), no target
# 100个示范社区全面建成, 30条生产线投产: a count before what it counts, then the completion verb that
# closes the clause (data: done_after) commits as a cue before the count does
DONE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?(?:全面|基本|全部|均|陆续)?(?:{alternation(words('extract_targets', 'done_after'))})"
                        r"(?=\s{0,2}(?:[,;。)\n]|$))")
TALLY_UNITS = ("项", "条")  # the units a text's items are counted in: 牵头工作(8项)
TALLY_VERB = re.compile(rf"(?:{alternation(words('extract_targets', 'tally_verb'))})\s{{0,2}}\Z")
NOMINAL_CUES = set(words("extract_targets", "nominal_cue"))
VAGUE_COUNTS = set(words("extract_targets", "vague_count"))
PLAN_NAME = re.compile(alternation(words("extract_targets", "plan_name")))
DROP_VERBS = words("extract_targets", "drop_verb")
DROP_VERB = re.compile(alternation(DROP_VERBS))
POST = mapping("extract_targets", "post")  # 以上 -> >=, 左右 -> approx
BEFORE_NUMBER = mapping("extract_targets", "before_number")  # 超600亿元 -> >=
BOUND_IN_WORD = set(words("extract_targets", "bound_in_word"))  # 签约320户: 约 ends a word, no bound
ON_CALL = re.compile(alternation(words("extract_targets", "on_call")))  # 值班, 待命 … after hours (24小时|待命)
CUE_IN_WORD = tuple(words("extract_targets", "cue_in_word"))  # 违法行为于24小时内: 为 ends a word, no cue
RATE_CUES = set(words("extract_targets", "rate_cue"))
RATE_UNITS = ("%", "percentage point", "per mille", "grade")  # unit_std of the quantities a rate cue may touch (提升1个等级)
DOWN = set(words("extract_targets", "down"))
UP = set(words("extract_targets", "up"))
_CUE = alternation([*COMPARING, *OBJECT_CUES])
# a cue verb opening a noun (安置房, 建设用地, 新建住宅: data noun) is none, nor one naming a kind with 式 (压缩式转运站)
CUE = re.compile(rf"(?!{VERB_NOUN.pattern})(?:{_CUE})(?!{KIND_MARK.pattern})")
_S = r"\s{0,2}"

PER_CAPITA = re.compile(
    rf"每(?P<base>[\d{_CN_NUM}]{{1,6}})(?P<base_unit>人|户|名)\s{{0,2}}(?P<value>{NUMBER})\s{{0,2}}(?P<unit>名|个|人|所|家)"
)
# 孕产妇死亡率控制在10/10万以下: a rate per a base population, whose base is its unit (not 10万 of a count)
RATE_PER_BASE = re.compile(rf"(?P<value>{_ARABIC}){_S}/{_S}(?P<base>10万|十万|1万|万|1000|千)(?![\d万])"
                           rf"{_S}(?P<post>{alternation(POST)})?")


def _word_percent_pattern(group: str) -> str:
    """A percentage or per mille in words with its fraction after 点 (百分之五点五, 千分之二); QUANTITY
    reads two as a range (百分之八至百分之十)."""
    return rf"(?P<{group}_of>百|千)分之(?P<{group}>{NUMBER})(?:点(?P<{group}_fraction>[〇零一二三四五六七八九]{{1,4}}))?"


def _percent_unit(match: re.Match) -> str:
    """The unit of a quantity in words: % (百分之) or ‰ (千分之)."""
    return "‰" if match["percent_of"] == "千" else "%"


QUANTITY = re.compile(  # guarded by the characters a quantity starts with
    rf"(?=[百千\d{_CN_NUM}])(?:(?:{_word_percent_pattern('percent_low')}{_S}(?:至|[-—–~]){_S})?{_word_percent_pattern('percent')}"
    rf"{_S}(?P<percent_post>{alternation(POST)})?|"
    # (800万—1000万吨: the multiplier written on both ends is the range's)
    rf"(?P<low>{_ARABIC}){_S}(?P<low_mult>{alternation(MULTIPLIERS)})?{_S}(?P<low_unit>%|(?P<low_written>(?:{UNIT})))?{_S}"
    rf"(?:[-—–~]|至){_S}(?P<range_high>{_ARABIC}){_S}"
    # (3000亩至3500亩: the unit written on both ends is one unit)
    rf"(?P<range_mult>{alternation(MULTIPLIERS)})?(?P<range_unit>(?(low_written)(?P=low_written)|(?:{UNIT})))"
    rf"{_S}(?P<range_post>{alternation(POST)})?"
    # (120万头(只)左右, 30人(含)以下: a second unit or 含 in brackets before the bound word)
    # (150万字左右: after 万 or 亿, a character the table lacks before a bound word is the unit, so the bound stays)
    rf"|(?P<value>{NUMBER}){_S}(?P<mult>{alternation(MULTIPLIERS)})?{_S}"
    rf"(?P<unit>{UNIT}|(?<=[万亿])(?![及多余或])[\u4e00-\u9fff](?={_S}(?:{alternation([w for w in POST if len(w) > 1])})))?"
    rf"(?:{_S}\([\u4e00-\u9fff]{{1,2}}\)(?={_S}(?:{alternation(POST)})))?{_S}(?P<post>{alternation(POST)})?)"
)
NUMERAL_TERM = re.compile(alternation(words("extract_targets", "numeral_term")))  # 一次能源: no count
# 为期100天: how long the work lasts (data: duration); 开挖深度超过5米的基坑: a bound naming a class of things
DURATION = re.compile(rf"(?:{alternation(words('extract_targets', 'duration'))})\s{{0,2}}(?:一般|原则上)?(?:为|是)?\s{{0,2}}\Z")  # 试用期为12个月
WORK_TERM = re.compile(rf"(?:{alternation(words('extract_targets', 'work_term'))})期限\s{{0,2}}为?\s{{0,2}}\Z")
THRESHOLD_CUES = frozenset(words("extract_targets", "threshold"))
BELOW_CUES = frozenset(word for word, side in mapping("extract_targets", "threshold").items() if side == "below")
DESCRIBED = re.compile(rf"(?:{alternation(words('extract_targets', 'described'))})(?:为|共|有)?\s{{0,2}}(?:约\s{{0,2}})?\Z")
# 不足40%, 整改率仅为86.5%, 路面破损约200平方米: how far something falls short or is damaged
# (涉及10人以上: which cases are meant, data: involving)
SHORTFALL = re.compile(rf"(?:{alternation(words('extract_targets', 'shortfall') + words('extract_targets', 'involving'))})\s{{0,2}}(?:约\s{{0,2}})?\Z")
PERMITTED = re.compile(rf"(?:{alternation(words('extract_targets', 'permission'))})\Z")  # 可, 可以适当
BREAKDOWN = re.compile(r"\s{0,2}其中")  # a clause listing the parts of the sum before it
# 本办法所称…是指 (not 联系指导: contacts and guides)
DEFINITION = re.compile(rf"(?<!联)(?:{alternation(words('extract_targets', 'definition'))})")
COVERS = re.compile(alternation(words("extract_targets", "covers")))
# 应当符合下列条件: (anywhere), 申报条件:场馆面积不少于300平方米… (a heading's words as a key in the text;
# not 不符合申报条件的, 准入条件的文件清理率: nouns)
CONDITION_LEAD = re.compile(rf"{alternation(words('extract_targets', 'condition_lead'))}"
                            rf"|(?:{alternation(words('extract_targets', 'condition_heading'))})(?=[ \t]*:)")
PERIOD = re.compile(r"[。\n]")  # the end of the sentence of conditions, when no item marks list them
# 主播不少于20名、年销售额不低于5000万元的方可申报: bounds a sentence closes as the conditions of applying
ELIGIBLE_AFTER = re.compile(rf"[^,。;\n]{{0,60}}?的(?:[\u4e00-\u9fff]{{1,8}}?)?\s{{0,2}},?\s{{0,2}}(?:{alternation(words('extract_targets', 'eligible_after'))})")


@lru_cache(maxsize=64)
def _condition_lead(parse: str) -> tuple[int, int]:
    """Where the first words opening a list of conditions stand in a measure, and where their sentence
    ends (应当具备以下条件:…不少于10人;…500平方米以上。), or (-1, -1): found once per measure, not once
    per number (a search from the start for each number is quadratic)."""
    found = CONDITION_LEAD.search(parse)
    if not found:
        return -1, -1
    end = PERIOD.search(parse, found.start())
    return found.start(), end.start() if end else len(parse)



ITEM_MARK = re.compile(r"\s{0,3}\(?[一二三四五六七八九十\d]{1,3}[)、.]")  # (二) or 2. opening an item of such a list
DENOMINATOR = re.compile(r"/\s{0,2}\Z")  # what follows the slash of a rate unit (人/百亿元, 人/万人)
COUNT_UNITS = ("unit", "person", "household", "item", "event", "site", "batch")
AGE_AFTER = re.compile(r"\d{1,3}\s{0,2}周?岁")
# 20个500千伏输变电工程, 3个10万吨级泊位, 3个4A级景区, 100个5G基站: a count glued to a quantity that grades what is counted (a noun follows
# it): the count is the target, the grade part of its label (12批1181项, two counts, stay glued)
GRADE_AFTER = re.compile(rf"(?:{_ARABIC}){_S}(?:(?:{alternation(MULTIPLIERS)})?{_S}(?>{UNIT})|[A-Z]{{1,2}})级?(?![\d]|{alternation(POST)})"
                         r"(?=[\u4e00-\u9fff])")
COUNT_BEFORE = re.compile(rf"(?:{_ARABIC}){_S}(?:{alternation(u for u, std in UNIT_STD.items() if std in COUNT_UNITS)})\Z")
COUNT_IN_CLAUSE = re.compile(COUNT_BEFORE.pattern.removesuffix(r"\Z"))  # a count anywhere before
TIME_UNITS = ("小时", "个小时", "日", "天", "工作日", "个工作日", "个月", "年")
# bounds written as adverbs before the verb and its object (至少培训合作社会计人员30人次): they reach a count in
# digits (至少每十五日对电梯进行一次 is a rhythm, and 一次 no count: see the recurring rows)
ADVERB_CUES = frozenset({"至少", "最少", "至多", "最多"})
EVENT_UNITS = ("场", "场次", "期", "轮")  # 至少举办2场招聘会: what is held is named after the count (as for 次)
OBJECT_NAMED = re.compile(r"[\u4e00-\u9fff“]")
CLAUSE_END = re.compile(r"\s{0,2}(?:[,;。、:)\n]|\(|\Z)")
# (由已建成的9条调整为12条, 对已建成项目开展安全抽查: a past word after 由/从 opens the base of a change, 已建
# after 对 the things the work is done on; no report on the past. 对已取得许可的… names a past condition, as
# before. 现有 is a stock, STOCK below)
# 以来 reports the past where its date opens a clause (2023年以来，…; 今年以来新增的…) or no noun phrase follows;
# a date inside a clause before …的 or 未 (完成2023年以来未办结申请的清理, 核查2018年以来实施的项目) names the things meant
_SINCE_DATE = r"(?:(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|今年|去年|上年)"
_SINCE = (rf"(?<![\u4e00-\u9fff\d]){_SINCE_DATE}以来|{_SINCE_DATE}以来(?!的|[\u4e00-\u9fff]{{1,4}}的|未)"
          r"|(?<![年月日])以来")
# (对已建成的…, 对已投入使用的…: after 对 the things the work is done on, no report (data: past words valued things);
# 对已完成整改的17座电站 names a stock; nor before the rate of the things it names: 已建工会企业集体合同签订率达到85%
# measures the firms that have a union, no report)
_NAMES_THINGS = alternation([word for word, value in mapping("extract_targets", "past").items() if value == "things"])
# (已达标排放企业, 已达峰的行业: words that open with a past word name a kind of things; data: not_past)
PAST = re.compile(rf"(?<![由从])(?!(?<=对)(?:{_NAMES_THINGS}))(?!{alternation(words('extract_targets', 'not_past'))})"
                  rf"(?!(?:{_NAMES_THINGS})[\u4e00-\u9fff]{{1,12}}?(?:率|比例)(?![\u4e00-\u9fff]{{0,2}}为))"
                  rf"(?:{alternation(words('extract_targets', 'past'))}|{_SINCE})")
TOTAL = re.compile(alternation(words("extract_targets", "total")))  # 共计: past unless a bound follows
STOCK = re.compile(rf"(?<![由从])(?:{alternation(words('extract_targets', 'stock'))})")  # 共有: how many there are (由现有的9个增加到14个: a base)
# 桥梁共486座: 共 between the things and their number (not 公共)
STOCK_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![公一])共(?=约?\s{0,2}\d)")
# 更新健身器材共300件, 抽查…肥料共90批次: a verb of the work before the things makes the total a commitment
WORK_VERB = re.compile(alternation(DROP_VERBS + OBJECT_CUES + words("extract_label_trims", "inspection")
                                   + words("extract_units", "inner_verb") + words("extract_label_trims", "inner_verb")))
PAST_CLAUSE = re.compile(alternation(words("extract_targets", "past_clause")) + r"|较(?:19|20)\d\d年")
# 比上年提高2个百分点, 较2020年下降16%: a change committed against a base is a target; the indicator is
# what stands before 比/较 (the base is dropped from it).
_BASE = rf"(?:比|较)\s{{0,2}}(?:{alternation(words('extract_targets', 'base'))}|(?:19|20)\d\d年(?:底|末|年底|年末|同期)?)"
CHANGE_FROM_BASE = re.compile(rf"{_BASE}\s{{0,2}}(?:分别)?(?:{alternation([*DOWN, *UP, '上升'])})\s{{0,2}}\Z")  # 下降了5%: the past
SAME_PERIOD_WORDS = set(words("extract_targets", "same_period"))
# a value of a list and its joint (5%、, 2个百分点和): what stands between a change and a later value of it
_LISTED_VALUE = r"[\d.]{1,12}\s{0,2}(?:%|个百分点)?\s{0,2}[、和]\s{0,2}"
# (同比分别下降10%、15%: each value of a list after the change)
SAME_PERIOD = re.compile(rf"(?:{alternation(SAME_PERIOD_WORDS)})\s{{0,2}}(?:分别)?(?:{alternation([*DOWN, *UP, '上升'])})\s{{0,2}}"
                         rf"(?:{_LISTED_VALUE}){{0,6}}\Z")
COMMITTED = re.compile(alternation(words("extract_targets", "committed")))
PLEDGE = re.compile(r"力争|确保|(?<!已)争取|在此基础上")  # a commitment in a target's own clause (not 目标, 预期: words of labels too;
# not 已争取上级资金1800万元: obtained)
BUILT_ON = re.compile(r"在此基础上\s{0,2},\s{0,2}\Z")  # …1260台，在此基础上，新增…400台: the clause before commits
BASE_TAIL = re.compile(rf"{_BASE}(?:分别)?\Z")
# 较2023年分别减少5%、8%: the values listed before a value of the same change
PRIOR_VALUES = re.compile(rf"(?:{_LISTED_VALUE}){{1,6}}\Z")
# 每个社区至少配备1名专职网格员: a norm for each unit; what is counted is the object of the verb, not 每个社区.
# 在每个社区至少设立1个…: a preposition before the scope alike
# 每站配备服务人员, 每村配齐…: a unit named without a measure word, before a verb of such a norm (a
# counted base, 每万亩林地配备护林员, is a rate's base and stays)
PER_UNIT = re.compile(r"(?:在)?每(?:一)?(?:个|所|栋|幢|座|家|条|处|间|支|片"
                      rf"|(?=(?![\d一二三四五六七八九十百千万两])[\u4e00-\u9fff]{{1,4}}"
                      rf"(?:{alternation(words('extract_targets', 'per_unit_verb'))})))")
HOLDER_BASE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})每[\u4e00-\u9fff]{{1,2}}(?=(?:{alternation(words('extract_targets', 'grant_noun'))}))")
# 每条奖励资金, 每处补贴: a grant per unit
GRANT_END = re.compile(rf"(?:{alternation(words('extract_targets', 'grant_noun'))})(?:资金)?\Z")
GENERIC_HOLDER = re.compile(alternation(words("extract_label_trims", "generic_holder")))
PER_UNIT_VERB = re.compile(alternation(words("extract_targets", "per_unit_verb")))
ENUMERATOR = re.compile(r"[一二三四五六七八九十]{1,3}是(?=每)")
PER_UNIT_INSPECTION = re.compile(alternation(words("extract_label_trims", "inspection")))
INSPECTION_MEASURED = re.compile(r"(?:时间|时长|人数|户数|数量|次数|天数)\Z")
UNIT_NAME_CLOSED = re.compile(r"[\u4e00-\u9fff]{1,4}[(（][\u4e00-\u9fff、]{1,8}[)）]")  # 县（市、区）
# 每20名学生, 每100名就餐学生: a counted base standing alone before a bound (the norm's object follows the count)
# (每接待100名学生, 每4张护理床位, 每5所学校: a verb before the count, other measure words)
COUNTED_BASE = re.compile(r"每(?:[\u4e00-\u9fff]{1,2}(?=[\d一二三四五六七八九十百千万两]))?[\d一二三四五六七八九十百千万两]{1,6}"
                          r"(?:名|个|户|人|位|家|张|所|亩|公顷|平方米|艘|公里|辆|台|套)(?!次)[\u4e00-\u9fff]{0,6}")  # 每服务1人次: a rate's base
MAX_PER_UNIT_NAME = 10  # 每个社区卫生服务中心 (8): the name of a unit a norm is set for; a longer run is a measure
# 全乡12个村, 全部128个乡镇: a scope word before a count names no indicator; the object after it does.
EACH_PLACES = re.compile(rf"各(?:{alternation(words('extract_units', 'level'))})(?:\([\u4e00-\u9fff、]{{1,8}}\))?")  # 各村(社区), 各县(市、区)
SCOPE_WORD = re.compile(alternation(words("extract_targets", "scope_word")) + r"|全[省市区县州盟旗镇乡村]")
SCOPE_END = re.compile(rf"(?:{SCOPE_WORD.pattern})\Z")  # 城区剩余|18公里: a place's scope may stand before it
# 苗族银饰锻造、吊脚楼营造等非遗档案: the examples before 等 are not the indicator.
# 复康路等道路, 水池等调蓄设施: one example alike; 中等职业学校, 差等路, 等级民宿, 一等奖, 等效, 等值, 二级甲等 (a grade) are
# no 等 of examples
EXAMPLES = re.compile(r"^(?:[^、]{1,20}、.{1,30}?|[^、等]{1,12}?)(?<![中高初同平对均优差上下次特相何超劣一二三甲乙丙])等"
                      r"(?![级次待同于额量价候到奖效值别])(?=[\u4e00-\u9fff“\"]{2})")
EXAMPLES_END = re.compile(r"(?<![中高初同平对均优差上下次特相何超劣一二三甲乙丙])等\Z")  # 包头、阿拉善等 (6个…): examples only
# 3%征收率, 1%税率: a percentage naming a rate that applies (a scope), not a commitment.
NAMED_RATE = re.compile(r"\s{0,2}[\u4e00-\u9fff]{0,4}率")
ADJUSTED_BY = re.compile(rf"(?:{alternation(words('extract_targets', 'adjusted_by'))})\s{{0,2}}\Z")
# 利用系数提高到0.57: a quantity with no unit is a target when the indicator is a coefficient or index.
UNITLESS_END = re.compile(rf"(?:{alternation(words('extract_targets', 'unitless'))})\Z")
UNITLESS = re.compile(rf"(?:{alternation(words('extract_targets', 'unitless'))})\s{{0,2}}(?:{alternation(COMPARING)})\s{{0,2}}\Z")
# 规模 names a fund's size (首期规模2亿元), not in 规模以上工业总产值 (a scope of the enterprises counted),
# nor after what an economy produces (产业规模达到400亿元, 交易规模: data output_scale): that size is a target.
# One lookbehind per word length (Python needs fixed widths), tried only where 规模 stands.
_OUTPUT_SCALE = words("extract_targets", "output_scale")
_NOT_OUTPUT = "".join(rf"(?<!{'|'.join(re.escape(w) for w in _OUTPUT_SCALE if len(w) == n)})"
                      for n in sorted({len(w) for w in _OUTPUT_SCALE}))
_AWARDS = alternation(words("extract_targets", "award"))
AWARDED = re.compile(rf"(?:{_AWARDS})(?:[、和及](?:{_AWARDS}))*\s{{0,2}}(?:各|分别)?\s{{0,2}}\Z")  # 设一等奖|2名
DISPOSAL = re.compile(r"(?<=[前要应并,])(?:使|将|把)(?![用得来])")  # (要在6月底前将参保率提升至…)
EXPERIENCE = re.compile(r"从事")  # 从事手工技艺|5年以上: the years a person has practised
# 按日加收滞纳款额千分之三, 每日千分之五加处滞纳金: a late fee charged by the day (not 增加收入, 审核收费)
LATE_FEE = re.compile(r"(?:按日|每日|逐日)[^,;。]{0,8}?(?:加收|核收|加处)|滞纳")
LATE_FEE_AFTER = re.compile(r"[^,;。]{0,4}(?:滞纳|加收)")  # (按水价的1倍加收: a surcharge)
# 须具有|3名以上…; 应当具备有效仓容|3000吨以上: what one must have, named or not between the verb and the value
# (named: only what a regulated party must have, REGULATED_PARTY before it in the sentence)
REGULATED_PARTY = re.compile(r"企业|机构|单位|公司|申请人|经营者|承储|申请|申报")
MUST = ("须", "应当", "应", "必须")  # the modal before a thing one must have, named (应当具备有效仓容)
_QUALIFICATION = alternation(words("extract_targets", "qualification"))
QUALIFIED = re.compile(rf"(?:(?:{alternation(MUST)})(?:{_QUALIFICATION})[\u4e00-\u9fff]{{1,8}}|(?:{_QUALIFICATION}))\s{{0,2}}\Z")
GRANT = re.compile(rf"(?:(?!规模)|{_NOT_OUTPUT})(?:{alternation(words('extract_targets', 'grant'))})(?!以上|以下|及以上|及以下)")
# 注：[ ]内为五年累计数 under an indicator table: a line opened by a note word explains the table
# (which values are cumulative, what * marks); what it quantifies is no target (data: table_note).
TABLE_NOTE = re.compile(rf"(?:^|(?<=\n))[ \t\u3000]{{0,4}}(?:{alternation(words('extract_targets', 'table_note'))})[ \t]{{0,2}}:[^\n]*")
# 亿元以上项目, 6亩以下的, 3年期以上贷款: a threshold that scopes what is counted.
# (a bound listed with other conditions before their 的: 欠薪金额1万元以下、事实清楚的案件)
SCOPE = re.compile(rf"(?:年期|期)?(?:及以上|以上|以下|及以下)(?:\s{{0,2}}\([^()]{{1,8}}\))?(?:、[^,;。、\d]{{1,10}}?(?=的))?"
                   rf"(?:[\u4e00-\u9fff]{{1,2}}项目|{alternation(words('extract_targets', 'scope_after'))})")  # (…以上外资项目)
# The heading of a measure: a short first line, or a short first sentence when the heading runs on inline
# (an article of a regulation that opens with a long sentence has none).
HEADING = re.compile(r"[^\n。;:,]{1,24}(?=[\n。 \t\u3000]|\Z)")  # a page run into one line parts heading and text by a blank
REVIEW = re.compile(alternation(words("extract_targets", "review") + words("extract_targets", "problem")
                                 + words("extract_targets", "background")))
BACKGROUND = re.compile(alternation(words("extract_targets", "background")))
PROBLEM = re.compile(alternation(words("extract_targets", "problem")))
# sizes that grade a thing (装机1000千瓦以上电站, 船长12米以上渔船, 10万吨以上企业), not counts of things built
GRADING_UNITS = {"kW", "MW", "kV", "m", "cm", "km", "m2", "km2", "m3", "mu", "hectare", "tonne", "yuan", "kWh", "tce"}
# (造林1万亩以上任务: the task itself; 30平方公里以上建成区面积达到…: the measure of the bound named after it)
GRADED_NOUN = re.compile(r"(?!任务|目标|水平|标准|规模|安排|投入|给予|补助|补贴|奖励|用于|的)"
                         r"(?![\u4e00-\u9fff]{0,6}(?:面积|长度|里程|容量))[\u4e00-\u9fff]")
AHEAD = re.compile(alternation(words("extract_targets", "ahead")))
AHEAD_END = re.compile(rf"(?:{alternation(words('extract_targets', 'ahead_end'))})\Z")  # 三、下半年工作计划
# (目标任务进展情况: a review word ending the heading beats an ahead word before it; a problem does not,
# 限期整改存在问题 sets the remedies)
# 2025年度考核结果, 上半年监测结果: the results heading the section, after no more than when they were taken
# (三、用好监测结果, 推广主要做法: an act on them looks ahead)
REVIEW_RESULT = re.compile(r"(?:[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\))?"
                           r"(?:(?:19|20)\d\d年(?:度|上半年|下半年)?|上半年|下半年|本次|本年度|[一二三四]季度|第[一二三四]季度)?"
                           + alternation(words("extract_targets", "review_result")))
REVIEW_END = re.compile(rf"(?:{alternation(words('extract_targets', 'review'))})\Z")
# 这五年，…。全市生产总值从…增加到…: a sentence opening with a look back (data: review_lead) makes the rest
# of its paragraph results, until a sentence opens with a look ahead (ahead_lead: 今后五年, 今年 …)
# (the words are searched, guarded by their first characters; whether one opens a sentence is asked after)
_REVIEW_LEADS, _AHEAD_LEADS = words("extract_targets", "review_lead"), words("extract_targets", "ahead_lead")
REVIEW_LEAD = re.compile(f"(?=[{first_chars(_REVIEW_LEADS)}])(?:{alternation(_REVIEW_LEADS)})")
AHEAD_LEAD = re.compile(f"(?=[{first_chars(_AHEAD_LEADS)}])(?:{alternation(_AHEAD_LEADS)})")
HEARD_LEAD = re.compile(alternation(words("extract_targets", "heard_lead")))
# what stands before a word opening a sentence (一、会议听取了…: after an item's number too)
OPENING = re.compile(r"(?:^|[。!?;\n])[ \t\u3000]{0,2}(?:[一二三四五六七八九十]{1,2}、)?\Z")
HEADING_LINE = 60  # a first line longer than this is a paragraph, not a heading
REVIEW_LEAD_REACH = 60  # how far under a heading a look back may open its section (2025年是…收官之年。一年来，…)
# 最高1000元的租房补贴: the grant a cap or floor is on, named after the amount
GRANT_TAIL = re.compile(rf"(?:的)?(?P<noun>[\u4e00-\u9fff]{{2,6}}?)?(?:{alternation(words('extract_targets', 'grant_noun'))})(?=[,;。、)]|\Z)")
# (对新开通并常态化运营(每年飞行1000架次以上)的航线: a bracket closing the condition before its 的)
# (停用超过3年且未闭库的尾矿库: a second condition joined by 且 or 或 before the 的)
CONDITION = re.compile(r"\s{0,2}\)?\s{0,2}(?:(?:且|或者?|并且)[^,;。的\d]{1,8})?的(?:[\u4e00-\u9fff]|(?P<end>[,;]))")
# 有1000名以上旅客滞留的,启动Ⅳ级响应; 过火面积超过1公顷或者威胁村庄的,报请…; 整治完成率低于90%的不得分:
# a clause closed by 的 before a comma or a score rule is the condition of what follows (a threshold), not a
# commitment, whatever words stand between the number and its 的
CLAUSE_CONDITION = re.compile(r"[^,;。:\d的]{0,24}的\s{0,2}(?:[,;]|不得分|得满分|扣[\d一二三四五六七八九十])")
# 死亡3人以上、10人以下,或小型水库发生垮坝时,启动Ⅱ级响应; 水位超过警戒水位0.5米,或气象部门发布预警时,…;
# …1公顷以上100公顷以下,或者死亡3人以上的,为较大森林火灾: a number in the conditions (joined by 或) that a
# clause ending in 时 or 的 sets before what follows is a trigger or a grade, not a commitment
UNDONE = re.compile(alternation(words("extract_targets", "undone_after")))
WHEN_REACHED = re.compile(r"(?:以上|以下)?时(?![间限段长效期刻])(?=[\u4e00-\u9fff])")
TRIGGER_CLAUSE = re.compile(r"(?:[^,;。:]|,(?=或)){0,60}?(?:(?<![小同及按准临])时|的)\s{0,2},")
# 处1万元以上5万元以下罚款, 处货值金额百分之五十以上, 百分之四以下的罚款: a fine is no target (处理, 处置,
# 办事处, 调处成功率, 处方审核合格率 are other words: 处 follows an organ, a party, 可, 并 or 依法)
FINE_BEFORE = re.compile(r"(?:^|并|以|[关位人员可者法贩业商构户])处(?![理置于在室长级所方])[^,;。]{0,16}\Z")
FINE_AFTER = re.compile(r"[^,;。]{0,8}?(?:的)?罚款")
# 对 as the preposition of whom an act is done to; not the 对 of 针对, 面对, 相对, 绝对 (有针对性地开展…)
WHOM = re.compile(r"(?<![针面相绝])对")
WHOLE_SCOPE_BEFORE = re.compile(r"(?:全(?:市|州|县|区|旗|盟|镇|乡|村|街道|社区)|辖区内?)\s{0,2}\Z")
RECIPIENT_AFTER = re.compile(r"[^,;。的\d]{1,6}的[\u4e00-\u9fff]{1,8}(?=[,;])")  # …渔船的船东, closing the 对 clause
NORM_IN_CLAUSE = re.compile(r"按|给予|每")  # 对…按每平方米不少于4个固定点的标准…: a norm set, not whom it is set for
# 超过|5亿元的种业企业|2家: a bound with its 的 and the noun it qualifies, between a cue and a later value (not a year)
QUALIFYING_BOUND = re.compile(r"\s{0,2}(?!(?:19|20)\d\d年)[\d.]+\s{0,2}[万亿千百]?[\u4e00-\u9fff%]{0,3}的[\u4e00-\u9fff]{1,12}")
ARTICLE_NUMBER = re.compile(r"\s{0,4}第[一二三四五六七八九十百零〇\d]{1,6}条\s{0,4}")
# 对年度纳税首次突破1000万元的企业,给予…: a condition naming who receives, not a commitment
# 到2027年,50%以上的城市社区建成完整社区: a share of holders that do something, opening its clause
SHARE_OF_HOLDERS = re.compile(rf"\s{{0,2}}的(?P<holders>[\u4e00-\u9fff]{{2,12}}?)"
                              rf"(?P<act>(?:{alternation(words('extract_targets', 'holder_verb'))})[^,;。:]{{0,20}})")
MAX_SHARE_LEAD = 4  # characters before such a share in its clause: 力争, 全县, 确保
HOLDER_CONDITION = re.compile(rf"\s{{0,2}}的(?:{alternation(words('extract_label_trims', 'generic_holder'))})[,;]")
RESPECTIVELY = re.compile(alternation(words("extract_targets", "respectively")))
# 由80%提高到95%: the first number is the baseline, not the commitment.
BASELINE = re.compile(r"\s{0,2}(?:(?:提高|提升|增加|增长|下降|降低|减少|上升|压缩|缩短)(?:到|至)|降至)")
ON_BASIS = re.compile(r"\s{0,2}的?\s{0,2}基础上")  # 在举办展会68场的基础上: the base a target builds on
# 保费由每生每年5元提高至10元, 标准从每人每月2375元提高到…: the baseline with its unit and per-unit base,
# and the year it held (覆盖率由2025年的70%提高到90%)
_BASE_VALUE = rf"[\d.,]{{1,12}}\s{{0,2}}(?:{alternation(MULTIPLIERS)})?(?:{UNIT})?"
_BASE_YEAR = r"(?:(?:(?:19|20)\d\d年(?:底|末|度)?|目前|现在|现有|上年|去年)的?\s{0,2})?"
BASELINE_TAIL = re.compile(rf"(?:由|从)\s{{0,2}}{_BASE_YEAR}(?:每[\u4e00-\u9fff]{{1,2}}){{0,3}}{_BASE_VALUE}(?:、\s{{0,2}}{_BASE_VALUE}){{0,6}}\Z")
# 分别由每人每月50元、100元、500元提高到…: every value listed before the change is a baseline
BASELINE_LIST = re.compile(rf"(?:、\s{{0,2}}{_BASE_VALUE}){{1,6}}{BASELINE.pattern}")
# 并网, 都市圈, 要素, 及时率: words that open with a lead word's character are no lead (data: not_lead)
LEAD_WORD = re.compile(  # a time phrase or adverb that opens a clause before its subject
    rf"(?!{alternation(words('extract_targets', 'not_lead'))})"
    r"(?:(?:到|至|在|力争在|力争到|争取在)?(?:(?:19|20)\d\d年(?:年底|底|末|度)?(?:前|以前)?|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期|期末|末)),?"
    r"|每(?:年度|年|季度|月|周|半年|学期|学年)|全年|年内|年底前|今年|明年|上半年|下半年|\d{1,2}月(?:底|中旬|上旬|下旬)?前"
    r"|[一二三四]季度[末底]?(?:前|以前)?|汛前|汛后|[\u4e00-\u9fff]{1,3}期内"
    r"|确保|保证|围绕|力争|努力|争取|实现|使|推动|促进|全[省市区县州盟旗镇乡]|[\u4e00-\u9fff]{1,4}期间|进一步|基本(?=实现|建成|完成|形成|消除|达到)"
    rf"|其中|并且|并|且|和|及|要|将|均|都|逐步|{alternation(words('extract_targets', 'clause_lead'))}|\s"
    # an item's marker at a line's start ((一) 1. ① under an article's 下列规定:) opens no subject
    # (not 一、二级医院 nor 1、2号楼: a list of numerals)
    r"|(?<![^\n])(?:\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|[①-⑳]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[.、](?![\d一二三四五六七八九十])))"
)
MAX_LEAD_WORDS = 12
SCHEDULE_LEAD = re.compile(r"每(?:季度|月|周|日|天)")  # (每年志愿服务时长: a yearly total, named alone)
LEAD_WORDS = re.compile(rf"(?:{LEAD_WORD.pattern}){{1,{MAX_LEAD_WORDS}}}")
# 常年, 长期, 始终, 持续 (免疫密度常年保持在90%以上), 全年 (宣传活动全年不少于50场): how long a level is held is no part of the label
# (评估工作五年至少进行一次: a span of years before the cue is a period, as 每年 is; not 第一年, 满两年, 不足三年)
# 人均, 户均, 亩均, 生均, 床均 (居住小区人均不低于1平方米) say per what: their 均 stays in the label
# (单家, 单户 before a cap are a base, as 每家 is: 给予运营奖励,单家最高不超过200万元)
TAIL_WORDS = re.compile(rf"(?:应当|必须|要|应|(?<![人户亩生床])均|都|再|在|年均|[日月周]均|年平均|平均|每[\u4e00-\u9fff]{{1,2}}|单[家户]|逐年|常年|全年|长期|始终|持续|(?:19|20)\d\d年(?:底|末)?|(?<![第满足过超])[一两二三四五六七八九十]{{1,2}}年|(?<![青少老成幼壮周])年|稳定|力争|的|分别|累计|全部|{alternation_outside(COMPARING, CUE_IN_WORD)}){{1,6}}\Z")
JOINT = re.compile(r"或者|或|以及|并且")  # 不少于50个小时…或者至少办理10件: two subjects
# The object of a verb cue runs to the end of the clause, or to the next listed quantity.
# the object ends before the next item of a list (…中心、30家…, …企业和100个以上…, …工厂、新建90家…)
# an item after 、 that holds a number of its own is another count (…产业集群、新入规加工企业20家以上)
# …or before a verb that opens what the counted do (确定1名联络员负责对接, 派出2支医疗队赴灾区; data: object_end)
OBJECT_TAIL = re.compile(r"[^,;。:]{0,30}?(?=[,;。:]|[、和及与]\s{0,2}[\u4e00-\u9fff]{0,4}\d|、[^,;。:、\d]{0,15}\d"
                         rf"|(?:或者|或|以及)[^,;。:\d]{{0,10}}\d|(?<=[\u4e00-\u9fff]{{2}})(?:{alternation(words('extract_targets', 'object_end'))})"
                         r"(?!人(?![民才力员])|同志)|$)"  # (明确1名分管负责人: a post, 负责 no verb of it)
                         r"|[^,;。:]{0,30}")
DIGIT = re.compile(r"\d")
RATIO_WORD = re.compile(r"(?P<head>.{0,40}?)(?P<ratio>[\u4e00-\u9fff]{0,2}(?:率|比|比例|占比|度|量))")
_TRIGGER_WORDS = ["百分之", "千分之", *(c for c in COMPARING if len(c) > 1)]
CN_MAGNITUDE = re.compile(r"[一二三四五六七八九两十][十百千万亿]")  # 三万, 一百二十: see _is_target
TRIGGER = re.compile(rf"(?=[\d{first_chars(_TRIGGER_WORDS)}])(?:\d|{alternation(_TRIGGER_WORDS)})")
# 上门巡诊, 带队检查: a manner word and a short verb are a bare act, counted with its actor as 巡林 is
BARE_ACT = re.compile(rf"(?:{alternation(words('extract_label_trims', 'act_manner'))})[\u4e00-\u9fff]{{1,2}}")
LIST_GAP = re.compile(r"\s{0,2}[、和及与]\s{0,2}")
LONGEST_LIST_GAP = 5  # characters LIST_GAP spans at most: where the value before a list's next one may end
DECIMAL = re.compile(r"\d{1,12}(?:\.\d{1,6})?")  # a number written in digits (1200, 1.2)
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


# 每个社区, 在每个行政村, 每个结对村: a place each holds the norm, alone (每户补贴, 每期学员 name what is counted)
BASE_ONLY = re.compile(r"在?每个?[\u4e00-\u9fff]{0,2}(?:社区|行政村|村|乡镇|乡|镇|街道|县|区|市)")


def extract_targets(text: str, doc_date=None, parse: str | None = None, deadlines: list[dict] | None = None) -> list[dict]:
    """Quantitative targets in ``text``, in order of appearance.

    ``deadlines`` are the text's deadlines when the caller has them already (they date targets).

    >>> rows = extract_targets("到2025年,全市律师总数达80人,调解案件受理率达100%,成功率达98%以上。")
    >>> [(r["indicator"], r["comparator"], r["value"], r["unit"], r["year"]) for r in rows]
    [('律师总数', '=', 80.0, '人', 2025), ('调解案件受理率', '=', 100.0, '%', 2025), ('调解案件成功率', '>=', 98.0, '%', 2025)]
    >>> [(r["indicator"], r["comparator"], r["value"]) for r in extract_targets("城市、县城污水处理率分别达到95%、90%以上")]
    [('城市污水处理率', '>=', 95.0), ('县城污水处理率', '>=', 90.0)]
    >>> [(r["comparator"], r["value"], r["unit"], r["unit_std"]) for r in extract_targets("旅游收入突破5亿元,新增1.96万户")]
    [('>', 500000000.0, '亿元', 'yuan'), ('=', 19600.0, '万户', 'household')]
    >>> extract_targets("统一登记、统一编号,先后建立起了21个示范单位")
    []
    """
    parse = parse_view(text)[0] if parse is None else parse
    if not TRIGGER.search(parse):
        return []  # no digit, 百分之 or comparing cue: a Chinese numeral alone is never a target
    skip = Coverage(len(parse), cited_spans(parse))
    if deadlines is None:
        deadlines = extract_deadlines(text, doc_date, parse)
    deadlines = sorted((d for d in deadlines if d["kind"] == "deadline" and d["date"]), key=lambda d: d["start"])
    for deadline in deadlines:
        skip.add(deadline["start"], deadline["end"])
    for note in TABLE_NOTE.finditer(parse) if "注" in parse else ():
        skip.add(*note.span())
    year_now = _year_of(doc_date)
    rows: list[dict] = _indicator_table_rows(text, parse, skip, year_now) if ("|" in parse or "\t" in parse) else []
    for match in PER_CAPITA.finditer(parse):
        base, value = numeral_or_none(match["base"]), _number(match["value"])
        if base is None or value is None:
            continue
        rows.append(_row(text, parse, match.start(), match.end(), "=", value, None,
                         f"{match['unit']}/{base}{match['base_unit']}", match.start(), match.end()))
        skip.add(*match.span())
    rows += _rates_per_base(text, parse, skip) if "/" in parse else []
    floor, rejected_end = 0, -1
    for match in QUANTITY.finditer(parse):
        if skip.overlaps(*match.span()) or _day_of_month(parse, match) or NUMERAL_TERM.match(parse, match.start()):
            continue
        if DENOMINATOR.search(parse, max(0, match.start() - 3), match.start()):
            floor = match.end()  # 0.6人/百亿元以下: the base of a rate is no quantity; the next label starts after it
            continue
        # a value listed right after one with a unit that is no target shares its verdict (补贴标准分别为1000元、
        # 1500元、2000元: the standard's words stand before the first only; 0.50、0.45以内: the bound is the list's)
        # (同比增长5%、6%以上: a value with a bound of its own is judged on its own)
        bound = match["post"] or match["percent_post"] or match["range_post"]
        listed = not bound and rejected_end >= 0 and LISTED_AFTER.fullmatch(parse, rejected_end, match.start())
        cue = None if listed else _target_cue(parse, match)
        if cue is None:
            rejected_end = match.end() if match["unit"] else -1
            continue
        row = _quantity_row(text, parse, match, cue, floor)
        if row:
            rows.append(row)
            floor = match.end()
    rows += _values_sharing_a_unit(rows, text, parse)
    rows = sorted(rows, key=lambda row: (row["number_start"], row["start"]))
    listed = _respective_list_rows(rows, parse)
    rows = [part for index, row in enumerate(rows) for part in ([row] if index in listed else _split_joint_ratios(row))]
    _share_lists(rows, parse)
    _respective_to_earlier(rows, parse)
    _measure_named_first(rows, text, parse)
    _resolve_ellipsis(rows, parse)
    _dated_values_share_the_label(rows, parse)
    _grades_share_the_head(rows, parse)
    rows = _households_before_people(rows, text, parse)
    for row in rows:
        if (not row["indicator"] or SEASON.fullmatch(row["indicator"])) and row["unit"] in ACT_UNITS:
            # 每学期不少于2次, 汛期每周不少于1次: how often an act is done (in a season)
            row["indicator"] = _act_of_clause_before(text, parse, row["start"]) or row["indicator"]
        elif CLAUSE_TOTAL.fullmatch(parse_view(row["indicator"])[0]) and parse.startswith(row["indicator"], row["start"]):
            # 发放文旅消费券，总额不少于1000万元: the total of what the clause before gives (发放规模 names its act)
            head = _act_of_clause_before(text, parse, row["start"])
            row["indicator"] = head + row["indicator"] if head else row["indicator"]
        elif not row["indicator"] and row["comparator"] == "<=":  # …给予补贴,最高不超过1.5万元: that grant's cap
            row["indicator"] = grant_before(text, parse, row["start"])
        if BASE_ONLY.fullmatch(parse_view(row["indicator"])[0]):
            # 建成宣传阵地,每个社区不少于1处; 在每个行政村至少设置1个回收点: the base alone names nothing; the object
            # after the value does, or the clause before's
            row["indicator"] = clean_indicator("", text, row["start"], row["end"], parse)
        if not row["indicator"] and row.get("unit_phrase") and not BASE_ONLY.fullmatch(parse_view(row["unit_phrase"])[0]):
            # no act or grant before: each unit's norm
            row["indicator"] = clean_indicator(row["unit_phrase"])
        if not row["indicator"] and (parse.startswith(("每", "最高", "最低", "全年"), row["start"])
                                     or parse[clause_start(parse, row["start"]): row["start"]].strip() in ("全年", "每年", "年度")):
            # 配备执法记录仪，每队不少于6台, 发放生活补助，最高不超过800元: a norm per unit or a cap that names
            # nothing counts the object of the clause before (…安排评估经费,全年控制在120万元以内: so does a bound
            # after the year it holds for); a bare bound (不得少于十日) is left empty, as the clause
            # before a rule's limit seldom names what it limits
            row["indicator"] = _act_of_clause_before(text, parse, row["start"])
        row.pop("unit_phrase", None)
    starts = [d["start"] for d in deadlines]
    for row in rows:
        row["year"] = row.pop("stated_year", None) or _target_year(row, deadlines, starts, parse)
        del row["number_start"]
    # a result reported for a past year or plan period stays only where a year of its own sentence dates it
    # (2020年末…达到X，到2025年达到Y keeps Y; …完成1.05亿元，为今年工作打下了基础 keeps nothing: 今年 comes after)
    first_dated: dict[int, int] = {}  # the sentence's start -> where its first deadline starts
    for deadline in deadlines:
        sentence = _statement_start(parse, deadline["start"])
        first_dated[sentence] = min(first_dated.get(sentence, deadline["start"]), deadline["start"])
    # (2025年收缴率为86%，全年力争提高到92%: a clause committing to it after the year's result is a target)
    return [row for row in rows
            if not _bracketed_result(parse, row["end"], year_now) and not _basis_of_task(parse, row)
            and (row["year"] and first_dated.get(_statement_start(parse, row["start"]), row["start"]) < row["start"]
                 or not _reported_year(parse, row["start"], year_now)
                 or _pledged(parse, row["end"]))]


# （2025年为38.6亿元）, （2025年已赠阅1.2万册）: a bracket opening with a year before the document's gives
# the result reached beside a target
BRACKET_YEAR = re.compile(r"\(\s{0,2}((?:19|20)\d\d)年")
YEAR_IN_BRACKET = re.compile(r"((?:19|20)\d\d)年")


def _bracketed_result(parse: str, end: int, year_now: int | None) -> bool:
    """Whether a value ending at ``end`` stands in a bracket that opens with a year before the document's.

    >>> _bracketed_result("收入达到45亿元(2025年为38.6亿元)。", 21, 2026), _bracketed_result("收入达到45亿元(2027年达到50亿元)。", 21, 2026)
    (True, False)
    """
    opening = parse.rfind("(", _statement_start(parse, end - 1), end)
    if not year_now or opening < 0 or ")" in parse[opening:end] or not BRACKET_YEAR.match(parse, opening):
        return False
    # (…(2025年已达98万册，2026年力争达到108万册): the year nearest before the value dates it; 2025年起 opens a span)
    year = list(YEAR_IN_BRACKET.finditer(parse, opening, end))[-1]
    return int(year[1]) < year_now and not parse.startswith("起", year.end())


# 在2025年完成9个配套项目的基础上，再建设…: what a clause of 在…的基础上 holds is the base the task builds on
BASIS_END = re.compile(r"[^,;。]{0,40}?的基础上")
BASIS_COMMITTED = re.compile(r"确保|力争|任务")  # 在确保完成5万亩…任务的基础上: a value committed to, kept


def _basis_of_task(parse: str, row: dict) -> bool:
    """Whether an exact value stands in a clause of 在…的基础上 (a bound there, 在确保…不低于90%的基础上, commits).

    >>> _basis_of_task("在完成9个项目的基础上,再建设6个。", {"start": 4, "end": 6, "comparator": "="})
    True
    """
    clause = parse[clause_start(parse, row["start"]):row["start"]].lstrip()
    return row["comparator"] == "=" and clause.startswith("在") and not BASIS_COMMITTED.search(clause) \
        and BASIS_END.match(parse, row["start"]) is not None


def _last_year_as_base(parse: str, past: re.Match) -> bool:
    """Whether a past word is 去年 after 较/比, the base of a change (火点数量较去年同期减少30%以上: bound, a
    commitment; 较去年同期下降12% in a summary stays a result).

    >>> text = "火点数量较去年同期减少30%以上"
    >>> _last_year_as_base(text, PAST.search(text)), _last_year_as_base("去年火点数量减少", PAST.search("去年火点数量减少"))
    (True, False)
    """
    return past.group() == "去年" and parse[past.start() - 1: past.start()] in ("较", "比")


def _pledged(parse: str, end: int) -> bool:
    """Whether the clause ending at ``end`` commits (力争…, 在此基础上…) or follows a clause of
    在此基础上 alone: a target stated after a past result of its sentence."""
    begin = clause_start(parse, end - 1)
    return PLEDGE.search(parse, begin, end) is not None or BUILT_ON.search(parse, max(0, begin - 12), begin) is not None


# 6月底前达到60%、9月30日前达到90%: a later value named only by its deadline measures what the first one does
DATE_ONLY = re.compile(rf"(?:{MONTH_DAY}|年底|年末|年内|上半年|下半年)(?:之前|以前|前)?")
# …一般不少于5个工作日，最长不超过15个工作日: a bound word alone names the measure of the value before it
BOUND_ONLY = re.compile(alternation(words("extract_targets", "bound_label")))


def _dated_values_share_the_label(rows: list[dict], parse: str) -> None:
    """A target whose label is only a deadline (9月30日前) or a bound word (最长) takes the label of the
    target before it in its sentence (衔接资金支出进度6月底前达到60%、9月30日前达到90%; 审核时间一般不少于5个
    工作日，最长不超过15个工作日).

    >>> rows = [{"indicator": "支出进度", "start": 0, "unit": "%"}, {"indicator": "9月30日前", "start": 14, "unit": "%"}]
    >>> _dated_values_share_the_label(rows, "支出进度6月底前达到60%、9月30日前达到90%。"); rows[1]["indicator"]
    '支出进度'
    """
    for before, row in zip(rows, rows[1:]):
        label = parse_view(row["indicator"])[0]
        same_unit = (row["unit"] or "").lstrip("万亿千百") == (before["unit"] or "").lstrip("万亿千百")  # (20万元, 300元)
        if (DATE_ONLY.fullmatch(label) or BOUND_ONLY.fullmatch(label) and same_unit) and before["indicator"] \
                and _statement_start(parse, before["start"]) == _statement_start(parse, row["start"]):
            row["indicator"] = before["indicator"]


HOUSEHOLDS = re.compile(r"(?P<value>\d{1,6}(?:\.\d{1,2})?)\s{0,2}(?P<mult>万)?户\s{0,2}\Z")


def _households_before_people(rows: list[dict], text: str, parse: str) -> list[dict]:
    """避险搬迁180户560人: households and people counted together are two rows with one label (reviewsets
    203, 476); the households, read into the people's label, become a row of their own.

    >>> rows = _households_before_people([{"raw": "搬迁180户560人", "indicator": "搬迁180户", "value": 560.0, "unit": "人",
    ...                                    "start": 0, "end": 10, "number_start": 6}], "搬迁180户560人", "搬迁180户560人")
    >>> [(row["indicator"], row["value"], row["unit"]) for row in rows]
    [('搬迁', 180.0, '户'), ('搬迁', 560.0, '人')]
    """
    counted = {row["number_start"] for row in rows}
    added = []
    for row in rows:
        households = HOUSEHOLDS.search(parse, max(row["start"], row["number_start"] - 12), row["number_start"]) \
            if UNIT_STD.get(row["unit"]) == "person" else None
        written = text[households.start(): households.end()].strip() if households else ""
        if not households or households.start() in counted or not row["indicator"].endswith(written):
            continue
        row["indicator"] = row["indicator"][: -len(written)].rstrip()
        value = float(households["value"]) * (10_000 if households["mult"] else 1)
        added.append({**row, "raw": text[row["start"]: households.end()].strip(), "comparator": "=", "value": value,
                      "value_low": None, "unit": "万户" if households["mult"] else "户", "unit_std": UNIT_STD.get("户"),
                      "end": households.end(), "number_start": households.start()})
    return sorted(rows + added, key=lambda row: (row["number_start"], row["start"])) if added else rows


GRADE = re.compile(r"[^\s,、;。]{1,4}?级")  # 国家级, 省级, 5A级, 一级: the grade of what is counted


def _grades_share_the_head(rows: list[dict], parse: str) -> None:
    """A target labelled by a grade alone (6个国家级) takes the head of the graded count listed next
    (新建6个国家级、20个省级临床重点专科 -> 国家级临床重点专科).

    >>> rows = [{"indicator": "国家级", "end": 7}, {"indicator": "省级临床重点专科", "number_start": 8}]
    >>> _grades_share_the_head(rows, "新建6个国家级、20个省级临床重点专科"); rows[0]["indicator"]
    '国家级临床重点专科'
    """
    for row, following in reversed(list(zip(rows, rows[1:]))):  # from the end: 3个国家级、5个省级、8个市级基地
        grade = GRADE.match(following["indicator"])
        if GRADE.fullmatch(row["indicator"]) and grade and len(following["indicator"]) > grade.end() \
                and parse[row["end"]: following["number_start"]].strip() in ("、", "和", "及"):
            row["indicator"] += following["indicator"][grade.end():]


def _statement_start(parse: str, at: int) -> int:
    """Where the sentence of ``at`` starts, a line break ending one too (a heading line above is no part)."""
    return max(sentence_start(parse, at), paragraph_start(parse, at))


# A sentence opening with a bare year and a comma or a scope (2020年末，全市… / 2022年全县…): what it states
# happened in that year
# (also with the part of the year it speaks of: 2025年汛期全市共发布洪水预警12次)
# (also after a minute's report of what the meeting heard: 一、会议指出，2025年全县培育…)
YEAR_OPENING = re.compile(r"\s{0,2}(?:(?:[一二三四五六七八九十]{1,3}、)?会议(?:指出|认为)\s{0,2}[,，:]\s{0,2})?"
                          r"((?:19|20)\d\d)年(?:末|底|全年|上半年|下半年|汛期|[春夏秋冬]季|[一二三四]季度)?\s{0,2}(?:[,，]|全(?:[省市州县区镇乡旗盟村]|街道|社区)|我[省市州县区镇乡旗盟局委办]"
                          r"|(?P<done>已)"  # 2025年已检查平台企业46家: done (that clause only)
                          # 2025年片区共监测到黑颈鹤1860只: that year's total (not 共享, 共建, 公共)
                          r"|(?=[\u4e00-\u9fff]{0,6}?(?<!公)共(?![享建同治])[\u4e00-\u9fff]{0,10}?\d)"
                          r"|(?![度前内以起至到])(?=[\u4e00-\u9fff]{2,12}(?:为|达到?)\s{0,2}\d))")  # 2025年项目区…盖度为18%
LOOKS_AHEAD = re.compile(r"要|将|继续|力争|确保")  # a later clause of a year's report that looks ahead
PLAN_OPENING = re.compile(rf"\s{{0,4}}(?:{FIVE_YEAR_PLAN.pattern})")


def _reported_year(parse: str, start: int, year_now: int | None) -> bool:
    """Whether the sentence of a target opens with a year before the document's: a plan's background
    (2020年末，全市居民人均预期寿命提高到82.25岁 in a 2023 plan) reports results, not targets.

    >>> _reported_year("2020年末,全市人均预期寿命提高到82岁。", 14, 2023), _reported_year("2024年,全市造林1万亩。", 7, 2023)
    (True, False)
    >>> _reported_year("“十三五”期间,全市新建绿道300公里。", 16, 2022)
    True
    """
    if not year_now:
        return False
    begin = _statement_start(parse, start)
    opening = YEAR_OPENING.match(parse, begin)
    # “十三五”期间，全市人均体育场地面积达到1.9平方米 in a 2022 plan: a plan period ended before the document
    plan = PLAN_OPENING.match(parse, begin)
    later = re.search(r"[,;]", parse[opening.end():start]) if opening is not None else None
    if later and (opening["done"] or LOOKS_AHEAD.search(parse, opening.end() + later.end(), start)):
        return False  # 2025年已下达资金5000万元,新建…不少于300个; 2025年全区已兑现…,各乡(镇)要继续…,知晓率达到95%
    return opening is not None and int(opening[1]) < year_now or plan is not None \
        and FIVE_YEAR_END[plan["ordinal"]] < year_now


TABLE_CELL_VALUE = re.compile(rf"^(?P<cmp>[≥≤><]=?|不低于|不少于|不超过|不高于|达到)?\s{{0,2}}(?P<num>{_ARABIC})\s{{0,2}}(?P<post>{alternation(POST)})?\Z")
CELL_COMPARATOR = {"≥": ">=", ">=": ">=", "不低于": ">=", "不少于": ">=", "≤": "<=", "<=": "<=", "不超过": "<=",
                   "不高于": "<=", ">": ">", "<": "<", "达到": "="}


def _indicator_table_rows(text: str, parse: str, skip: Coverage, year_now: int | None = None) -> list[dict]:
    """Targets of a plan's indicator table (指标 | 单位 | 2025年 | 2030年目标 | 属性): one per row and
    target column (see :func:`.tables.indicator_columns`), dated by the column's year, the unit from
    its column (万/亿 multiplied out); base columns and the attribute give nothing. The table's lines
    are then skipped by the running-text pass."""
    rows: list[dict] = []
    growth: list[int] = []
    for found in indicator_tables(parse, year_now):
        skip.add(found.start, found.start + len(found.line))
        if found.header:
            # 年均增长 | 年均增速(%): the yearly growth each row commits to over the plan (data role growth)
            growth = [index for index, cell in enumerate(found.cells) if INDICATOR_COLUMNS.get(re.sub(r"\s+", "", cell)) == "growth"]
            continue
        indicator = found.cells[found.columns.indicator]
        if found.columns.unit is not None:
            unit = found.cells[found.columns.unit]
        elif (split := split_unit(indicator)) and _is_unit(split[1]):  # no unit column: 粮食播种面积(万亩)
            indicator, unit = split
        elif UNITLESS_END.search(indicator):  # 城乡居民收入倍差 | 1.62 | ≤1.55: measured without a unit
            unit = ""
        else:
            continue
        at = found.line.find(indicator)
        for index, year in found.columns.targets:
            rows += _table_cell_target(text, found.line, found.start, at, indicator, unit, found.cells[index], year)
        last_year = max((year for _, year in found.columns.targets if year), default=None)
        for index in growth if at >= 0 else ():
            rows += _growth_cell_target(text, found, at, indicator, index, last_year)
    return rows


def _growth_cell_target(text: str, found, at: int, indicator: str, index: int, year: int | None) -> list[dict]:
    """The target of a growth cell (5.5%, 7) of an indicator table's row: a change in % of the row's
    indicator, up to the table's last target year, as 地区生产总值年均增长5.5% says in prose. A cumulative
    value in brackets ([13.5]) or a dash gives none, as in a year column."""
    if index >= len(found.cells):
        return []
    cell, position = found.cells[index], at + len(indicator)
    value = TABLE_CELL_VALUE.match(cell.removesuffix("%").rstrip())
    if not value:
        return []
    for before in found.cells[found.columns.indicator + 1: index + 1]:  # the cells in order: 7% is not the 7 of 7.2
        position = found.line.find(before, position) + len(before)
    start = found.start + position - len(cell)
    return [{"raw": text[start: start + len(cell)], "indicator": text[found.start + at: found.start + at + len(indicator)],
             "comparator": CELL_COMPARATOR.get(value["cmp"] or "", POST.get(value["post"] or "", "=")),
             "value": _number(value["num"]), "value_low": None, "unit": "%", "stated_year": year, "direction": "up",
             "unit_std": UNIT_STD.get("%", ""), "start": start, "end": start + len(cell), "number_start": start}]


def _is_unit(word: str) -> bool:
    """Whether a word is a unit of measure, maybe after 万 or 亿 (万亩, 亿元, %): 约束性 is none."""
    return any(word[len(m):] in UNIT_STD for m in ("", *MULTIPLIERS) if word.startswith(m))


def _year_of(doc_date) -> int | None:
    """The year of the document's date (a date or an ISO string), or None."""
    anchor = _anchor(doc_date)
    return anchor.year if anchor else None


def _table_cell_target(text, line, line_start, at, indicator, unit, cell, year) -> list[dict]:
    """The target of one cell of an indicator table (≥84.8, 2050, 42以上), or none (—, [13.5])."""
    value = TABLE_CELL_VALUE.match(cell)
    if not value or not indicator:
        return []
    multiplier = next((word for word in sorted(MULTIPLIERS, key=len, reverse=True) if unit.startswith(word)), "")
    cell_start = line_start + line.find(cell, at + len(indicator))
    return [{"raw": text[cell_start: cell_start + len(cell)], "indicator": text[line_start + at: line_start + at + len(indicator)],
             "comparator": CELL_COMPARATOR.get(value["cmp"] or "", POST.get(value["post"] or "", "=")),
             "value": _number(value["num"], multiplier or None), "value_low": None, "unit": unit,
             "stated_year": year, "direction": "", "unit_std": UNIT_STD.get(unit[len(multiplier):], UNIT_STD.get(unit, "")),
             "start": cell_start, "end": cell_start + len(cell), "number_start": cell_start}]


DUE_BY = re.compile(r"[于在]\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末)?(?:之前|以前|前)")  # a day a task is due by (not 1月至10月前)


def is_review(parse: str) -> bool:
    """Whether a measure opens with a heading that reviews the past (一、2023年工作回顾, 计划执行情况).

    Such a section reports results (完成412亿元, 增长6.1%, 已建成): none of them is a target. A heading
    that also announces what comes next (执行情况与2024年计划草案) is not a review.

    A heading that says neither (一年接着一年干，…取得新进展) reviews when the section's lead opens a
    sentence with a look back (2025年是收官之年。一年来，…; ``review_lead`` in the data).

    >>> is_review("2023年计划执行情况\\n全市地区生产总值完成368亿元"), is_review("2024年主要预期目标\\n增长5.5%")
    (True, False)
    >>> is_review("目标任务进展情况\\n已实施182万亩"), is_review("执行情况与2024年计划草案\\n增长5%")
    (True, False)
    >>> is_review("一步一个脚印，各项工作取得新进展\\n2025年是收官之年。一年来，我们稳中求进。")
    True
    >>> is_review("2023年工作回顾 2023年是开局之年,全年完成投资32亿元")
    True
    """
    heading = HEADING.match(parse)
    heading = None if heading and DUE_BY.search(heading.group()) else heading  # 各学校于8月25日前报送工作总结: a task due
    # (目标任务进展情况: the review word that ends the heading is its head; the 目标 before it says of what)
    if heading and REVIEW.search(heading.group()) is not None and (
            AHEAD.search(heading.group()) is None or REVIEW_END.search(heading.group().rstrip("。.:")) is not None) \
            or heading and REVIEW_RESULT.fullmatch(heading.group().strip().rstrip("。.:")):
        return True
    line_end = parse.find("\n", 0, HEADING_LINE)
    if line_end < 0 or not any(_opens_sentence(parse, match.start()) for match in
                               REVIEW_LEAD.finditer(parse, line_end, line_end + REVIEW_LEAD_REACH)):
        return False
    return not (REVIEW.search(parse, 0, line_end) or AHEAD.search(parse, 0, line_end))  # a heading of the future


def is_problem(parse: str) -> bool:
    """Whether a measure or section opens with a heading of problems found (二、存在问题): what it names
    happened, so not even a rhythm in it (未每日开展晨午检) is a recurring duty; one that sets the
    remedies (限期整改存在问题) looks ahead.

    >>> is_problem("存在问题\\n部分幼儿园未每日开展晨午检"), is_problem("限期整改存在问题\\n每周报送进度")
    (True, False)
    """
    heading = HEADING.match(parse)
    return bool(heading and PROBLEM.search(heading.group())) and is_review(parse)


def is_background(parse: str) -> bool:
    """Whether a measure opens with a heading that gives a policy's background (一、出台背景): the
    organs it names drafted the policy, no work is given them.

    >>> is_background("一、出台背景\\n市商务局会同市财政局起草了本办法"), is_background("一、工作目标\\n…")
    (True, False)
    """
    heading = HEADING.match(parse)
    return bool(heading and BACKGROUND.search(heading.group()))


REPORT_TITLE = re.compile(alternation(words("extract_targets", "report_title")))


def reports_results(title: str) -> bool:
    """Whether a document's title names a report of results (统计公报, 政府信息公开工作年度报告): all its
    sections review the past but those whose heading looks ahead (see :func:`looks_ahead`).

    >>> reports_results("洛川县2025年国民经济和社会发展统计公报"), reports_results("关于印发…实施方案的通知")
    (True, False)
    >>> reports_results("某局2025年工作总结"), reports_results("某局2025年工作总结和2026年工作计划")
    (True, False)
    >>> reports_results("关于做好2025年度政府信息公开工作年度报告编制发布工作的通知")
    False
    """
    title = title or ""  # a summary that closes with the next year's plan (工作总结和…工作计划) reports and plans;
    # a notice on how to write such reports (关于做好…年度报告编制发布工作的通知) asks for work to be done
    return REPORT_TITLE.search(title) is not None and not (looks_ahead(title) or re.search(r"计划|要点|方案|通知\Z", title))


def looks_ahead(heading: str) -> bool:
    """Whether a heading announces what comes next (改进措施, 下一步工作打算, 2026年预算草案).

    >>> looks_ahead("存在的主要问题及改进情况"), looks_ahead("主动公开政府信息情况")
    (True, False)
    >>> looks_ahead("三、下半年工作计划"), looks_ahead("2025年工作计划完成情况")
    (True, False)
    """
    return AHEAD.search(heading) is not None or AHEAD_LEAD.search(heading) is not None \
        or AHEAD_END.search(heading.rstrip("。.:： ")) is not None


# at the heading's end: an article's first words (达到试运行基本条件的, 成员资格条件不受…) are no such heading
CONDITION_HEADING = re.compile(rf"(?:{alternation(words('extract_targets', 'condition_heading'))})[。.:：]?\Z")


def states_conditions(heading: str) -> bool:
    """Whether a heading names the conditions a call or a grant sets (申报条件, 奖补对象和条件): the
    thresholds under it (营业收入2000万元以上, 限报1项) say who may apply, not what is to be reached.

    >>> states_conditions("申报条件"), states_conditions("选聘条件"), states_conditions("工作目标"), states_conditions("达到试运行基本条件的")
    (True, True, False, False)
    """
    return CONDITION_HEADING.search(heading.strip()) is not None


def _opens_sentence(parse: str, offset: int) -> bool:
    return OPENING.search(parse, max(0, offset - 6), offset) is not None


_OPENINGS: dict = {}  # pattern -> (the last text seen, starts of its matches that open a sentence)


def _sentence_openings(pattern: re.Pattern, parse: str, start: int) -> int:
    """Offset of the last match of ``pattern`` opening a sentence before ``start``, or -1 (the
    matches are found once per text)."""
    cached = _OPENINGS.get(pattern)
    if cached is None or cached[0] is not parse:
        cached = (parse, [m.start() for m in pattern.finditer(parse) if _opens_sentence(parse, m.start())])
        _OPENINGS[pattern] = cached
    index = bisect.bisect_left(cached[1], start) - 1
    return cached[1][index] if index >= 0 else -1


def _in_review_paragraph(parse: str, start: int) -> bool:
    """Whether a sentence opening with a look back (这五年, 过去一年 …) stands before ``start`` in its
    paragraph, with no sentence opening with a look ahead (今后五年, 今年 …) between."""
    review = _sentence_openings(REVIEW_LEAD, parse, start)
    heard = _sentence_openings(HEARD_LEAD, parse, start)  # (the sentences after a report heard, not its own)
    review = max(review, heard if heard < _statement_start(parse, start) else -1)
    if review < 0 or review < paragraph_start(parse, start):
        return False
    return _sentence_openings(AHEAD_LEAD, parse, start) < review


BARE_VALUE_BEFORE = re.compile(rf"(?<![\d.A-Za-z])(?P<num>{_ARABIC})\s{{0,2}}[、和及]\s{{0,2}}\Z")
LEADING_NUMBER = re.compile(_ARABIC)
MAX_SHARED = 5  # bare values a list may put before the one that carries the unit


def _values_sharing_a_unit(rows: list[dict], text: str, parse: str) -> list[dict]:
    """分别不高于53和32微克/立方米, 分别达到30、50万千瓦: bare values listed after 分别 before the value that
    carries the unit share it (and its 万); each is a row of its own, the list then split by _share_lists."""
    taken = {row["number_start"] for row in rows}
    added = []
    for row in rows:
        if row["value_low"] is not None or not row["unit"] or row["value"] is None:
            continue
        written = LEADING_NUMBER.match(parse, row["number_start"])
        base = (_number(written.group()) or 0.0) if written else 0.0
        at, bare = row["number_start"], []
        for _ in range(MAX_SHARED):
            found = BARE_VALUE_BEFORE.search(parse, max(0, at - 24), at)
            if not found or found.start("num") in taken:
                break
            bare.append(found)
            at = found.start("num")
        if not bare or not base or not RESPECTIVELY.search(parse, clause_start(parse, at), at):
            continue
        for found in bare:
            start, end = found.span("num")
            value = _number(found["num"]) * row["value"] / base
            added.append({**row, "raw": text[start:end], "value": float(f"{value:.12g}"), "start": start, "end": end,
                          "number_start": start})
            taken.add(start)
    return added


def _day_of_month(parse: str, match: re.Match) -> bool:
    """Whether a quantity is the day of a date (完成情况于2025年4月8日报送: 8日 is no count of days)."""
    return match["unit"] in ("日", "号") and parse.endswith("月", 0, match.start()) and not match["post"]


def _number(token: str, multiplier: str | None = None) -> float | None:
    """1,200 -> 1200; 1.2 with 万 -> 12000 (1.63万 -> 16300, never 16299.999…); 三 -> 3; None when the token is not a number (千百万)."""
    digits = token.replace(",", "")
    if DECIMAL.fullmatch(digits):
        value = float(digits)
    else:
        whole = numeral_or_none(token)
        if whole is None:
            return None
        value = float(whole)
    # 1.63 * 10000 is 16299.999999999998 in binary floating point: keep the digits the text wrote
    return float(f"{value * MULTIPLIERS.get(multiplier or '', 1):.12g}")


def _word_percent(match: re.Match, group: str) -> float | None:
    """百分之五点五 -> 5.5: the whole in numerals, the fraction digit by digit (None when not written)."""
    whole = _number(match[group]) if match[group] else None
    fraction = match[f"{group}_fraction"]
    if whole is None or not fraction:
        return whole
    return float(f"{whole:g}." + digits_of(fraction))


NEGATIONS = tuple(words("extract_targets", "negation"))  # 未 of 尚未完成
# a cue verb right before these opens a noun (安置率, 完成比例, 建设者, 增加值): no cue
# (建成区公交站点500米覆盖率: 建成区, the built-up area, is a noun; not 新建区级…, 新建区域…, a level or a region)
CUE_NOUN_END = re.compile(alternation(words("extract_targets", "cue_noun_end")) + "|区(?![级域县市])")


RATE_HOLDERS = re.compile(r"[%‰]的")  # a rate closed by 的: it names holders (完成率低于80%的乡镇)


def _cue_before(parse: str, start: int, rate: bool = True) -> tuple[str, int]:
    """The commitment cue before a number and its offset.

    A comparing cue (至少, 不低于, 达到 …) may stand up to 8 characters before the number
    (至少每年开展一次); a verb cue (建成, 完成 …) up to 16, its object between (创建美丽庭院示范户3000户);
    the one-character cues 达 and 为 must
    touch it (达80人), so 达标率100% is not read as 达 + 标率. Of several, a comparing cue wins
    over a verb cue, and the one nearest the number over others (增加值增长8.5%: 增长).

    >>> _cue_before("规模以上工业增加值增长8.5%", 13)
    ('增长', 9)
    """
    share = parse.startswith("的", start - 1)  # 不低于当地城镇非私营单位在岗职工平均工资的80%: a reference named at length
    floor = max(clause_start(parse, start), start - (26 if share else 18))
    starts, matches = matches_of(CUE, parse)  # cues do not overlap: their ends are ordered too
    best, best_key = None, None
    index = bisect.bisect_left(starts, start) - 1
    while index >= 0 and matches[index].end() > start:
        index -= 1
    while index >= 0 and matches[index].start() >= floor:
        match = matches[index]
        index -= 1
        gap, cue = start - match.end(), match.group()
        if parse.endswith(NEGATIONS, max(0, match.start() - 2), match.start()):
            continue  # 尚未完成整改的7个问题: what is not yet done, no commitment
        if len(cue) == 1 and parse.endswith(CUE_IN_WORD, 0, match.end()):
            continue  # 违法行为于24小时内报告: the cue character ends a word
        if gap and parse.startswith("、", match.end()):
            continue  # 稳增长、防风险、保民生三项任务: a cue closing an item of a list governs no count after it
        if CUE_NOUN_END.match(parse, match.end()):
            continue  # 安置率100%, 建设者之家床位3万张, 增加值占…: the verb opens a name, no cue
        if RATE_HOLDERS.search(parse, match.end(), start):
            continue  # 签订率低于80%的县市区扣3分: the cue bounds the rate that names whom a rule hits
        # a share of a reference named at length (不高于同地段同品质市场租赁住房租金的90%) is as far as an object
        # (至少推出地名文化宣传作品2篇: a comparing cue before a verb reaches as far as the verb does)
        limit = 1 if len(cue) == 1 else 24 if share and cue not in OBJECT_CUES else 16 if cue in OBJECT_CUES or share \
            or VERB_CUE.match(parse, match.end()) or cue in ADVERB_CUES and parse[start].isdigit() else 8
        if cue in RATE_CUES and (gap or not rate):
            continue  # 提升24个服务区: improving things, no change committed
        if gap > limit and not (len(cue) == 1 and SCOPE_WORD.fullmatch(parse, match.end(), start)):
            continue  # 为全县1.5万名…: a scope word may stand between 为 and its count
        comparing = cue not in OBJECT_CUES  # the nearest comparing cue; the verb that governs the whole object
        if comparing and QUALIFYING_BOUND.fullmatch(parse, match.end(), start):
            continue  # 培育年销售收入超过5亿元的种业企业2家: the cue bounds the value that says which firms, not the count
        key = (comparing, -gap if comparing else gap, len(cue))
        if best_key is None or key > best_key:
            best, best_key = match, key
    return (best.group(), best.start()) if best else ("", start)


def _target_cue(parse: str, match: re.Match) -> tuple[str, int] | None:
    """The cue of a quantity that is a target (``("", start)`` when none is needed), else None."""
    unit = _percent_unit(match) if match["percent"] is not None else match["unit"] or match["range_unit"] or ""
    found = _cue_before(parse, match.start(), UNIT_STD.get(unit, "") in RATE_UNITS)
    return found if _is_target(parse, match, *found) else None


BRACKET_SCOPE_END = re.compile(r"\)[\u4e00-\u9fff、\d]")  # the name or the list goes on after the bracket
LISTED_AFTER = re.compile(r"\s{0,2}、\s{0,2}")  # a value's place in a list: right after the one before it
PER_STANDARD_IN = re.compile(r"按(?:照)?(?:每|单个)")
PER_STANDARD = re.compile(rf"{PER_STANDARD_IN.pattern}[^,;。]{{0,10}}\Z")  # 按每千瓦, 按单个项目: a standard per unit
# …元的标准安排运行经费: the funds a per-unit standard is set for, named after it (a grant, or 经费/资金)
STANDARD_FUNDS = re.compile(r"(?:的)?(?:标准)?(?:安排|落实|拨付|保障|给予|下达|发放|列支|提取|计提)?(?:一次性)?"
                            rf"(?P<noun>[\u4e00-\u9fff“”]{{0,10}}?(?:经费|资金|{alternation(words('extract_targets', 'grant_noun'))}))"
                            r"(?=[,;。、)]|\Z)")
CHARACTERISED = re.compile(r"[^,。;:]{0,16}?为(?:主|重点|核心)")  # the end of 以…为主 after a number
CHARACTERISED_BY = re.compile(r"(?<![可所予加得难])以(?![上下内前后来及外])")  # its 以, not 可以 or 以上


SCOPED_NOUN = re.compile(rf"\s{{0,2}}(?:以上|以下)的\s{{0,2}}(?:{alternation(set(words('extract_targets', 'scope_after')) - {'的'})})")


def _inside_counted_object(parse: str, clause_begin: int, start: int, end: int) -> bool:
    """Whether a compared value and its 的 stand between a verb of counting and the count of its object
    (培育[年营业收入超10亿元的龙头企业]3家): the value then says which things are counted."""
    verb = OBJECT_CUE.search(parse, clause_begin, start)
    rest = CLAUSE_REST.match(parse, end).group()
    return verb is not None and DIGIT.search(rest) is not None


CLAUSE_REST = re.compile(r"[^,;。:]{0,30}")
# a bound closing a relative clause before what it describes (…就业5人以上的社区工厂, 带动3人以上就业的,), not
# before the goal it states (…5000人以上的目标)
RELATIVE_CLAUSE = re.compile(r"\s{0,2}(?:及)?以[上下](?P<more>[\u4e00-\u9fff]{0,6}?)的(?!目标|任务|水平|规模)(?=[\u4e00-\u9fff,])")


def _graded_by_count(parse: str, clause_begin: int, start: int) -> bool:
    """Whether a count stands before a value in its clause with no list joint between (为100所|海拔1500米以上
    农村中小学): the value then grades what is counted (not 培育2家…企业、|50家以上…: an item of a list)."""
    counts = list(COUNT_IN_CLAUSE.finditer(parse, clause_begin, start))
    return bool(counts) and LIST_JOINT.search(parse, counts[-1].end(), start) is None


def _share_done(parse: str, match: re.Match, cue: str, clause: str) -> bool:
    """完成75%以上的确权登记: a share of a task right after its verb, not those who reached a share
    (对完成80%以上的企业给予奖励, 完成80%以上的项目)."""
    return cue in SHARE_DONE_CUES and match["unit"] == "%" and parse.endswith(cue, 0, match.start()) \
        and "对" not in clause and not SCOPED_NOUN.match(parse, match.end("unit"))


def _holders_share(parse: str, match: re.Match) -> re.Match | None:
    """A percentage opening its clause (but for a few words: 力争, 全县) before 的, its holders and what
    they do (60%以上的行政村建成美丽乡村): the share of holders is a target.

    >>> text = "力争60%以上的行政村建成美丽乡村"
    >>> _holders_share(text, next(QUANTITY.finditer(text))).group("holders", "act")
    ('行政村', '建成美丽乡村')
    """
    lead = parse[clause_start(parse, match.start()): match.start()].strip()
    if match["unit"] != "%" or len(lead) > MAX_SHARE_LEAD or "对" in lead:
        return None  # (对完成80%以上的企业: whom a grant goes to)
    return SHARE_OF_HOLDERS.match(parse, match.end())


RATE_BASIS = re.compile(r"按(?:照)?(?![期时])")


def _rate_basis(parse: str, start: int, cue_end: int) -> bool:
    """按建设投入的50%给予补助: the clause opens with the basis a rate applies to, or names it after the cue
    (对完成改造的企业按投资额的20%给予补助), so a verb before it (建设, 完成) is no cue of a commitment."""
    return bool(RATE_BASIS.match(parse, clause_start(parse, start)) or RATE_BASIS.search(parse, cue_end, start))


def _decimal_point(parse: str, at: int) -> bool:
    """Whether the 点 at ``at`` is a decimal point between numerals (一点八, 3点5), not a noun (站点)."""
    return at > 0 and (parse[at - 1].isdigit() or parse[at - 1] in CN_DIGITS)


EACH_BASE = re.compile(r"(?:每[\u4e00-\u9fff]{1,3}){1,2}\s{0,2}\Z")  # 每人每月, 每户: the base of a rate
COUNTED_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,12}?(?=\d)")


def _threshold_of_counted(parse: str, end: int) -> bool:
    """Whether the things a count counts follow a bound in one run of words (产值超10亿元|企业|3家,
    500万元以上|技术改造项目|100项): the bound grades them, as one before 的 does."""
    things = COUNTED_AFTER.match(parse, end)
    count = QUANTITY.match(parse, things.end()) if things else None
    return count is not None and UNIT_STD.get(count["unit"] or "") in COUNT_UNITS


def _is_target(parse: str, match: re.Match, cue: str, cue_start: int) -> bool:
    start = match.start()
    if match["low"] is not None and (parse.endswith("月", 0, start) or match["low_written"] and match["range_unit"] in TIME_UNITS):
        return False  # 6月13日—14日: days of a month; 停业整顿3天至7天: a sanction's span, no range of a count
    before = parse[max(0, start - 1): start]
    if before == "的" and cue and cue not in ("为", "达") and not (cue in OBJECT_CUES and _rate_basis(parse, start, cue_start + len(cue))):
        before = ""  # 储气量达到年用气量的5%以上: a share, but the commitment is stated (not 按建设投入的50%给予…)
    if before in ("第", "“", '"', "这", "该", "此", "前", "后", "的", "每") or before.isdigit() or before == "." \
            or before == ":" and parse[start - 2: start - 1].isdigit() \
            or before in ("上", "下") and parse.startswith("一", start):
        return False  # ordinals, names, demonstratives, shares of something (占全市人口的30%), a norm's base (每300人),
        # the last or the next one (提请下一次常务委员会会议审议, 上一年度), a scale or a time (1:5万, 8:30)
    if match["post"] and parse.endswith("(", 0, start) and BRACKET_SCOPE_END.match(parse, match.end()):
        return False  # 规模蜂场(200群以上)质量…: a bound in brackets inside a name says which ones, a scope (城镇新增就业(1万人以上). is a target)
    if parse.endswith("(占", 0, start) and parse.startswith(")", match.end()):
        return False  # 医疗质量(占40%): the weight of a part of an assessment, bracketed after its name
    if COUNT_BEFORE.search(parse, max(0, start - 16), start) and GRADE_AFTER.match(parse, start):
        return False  # 20个|500千伏输变电工程: the grade of what is counted
    if match["unit"] in CLASS_UNITS and not match["post"] \
            and CLASS_OF_NOUN.match(parse, CLASSES_LISTED[match["unit"]].match(parse, match.end()).end()):
        return False  # 建成750千伏送出工程1项, 新建750千伏和330千伏电网工程16个: the class of what is built
    if (match["unit"] or match["range_unit"]) == "年" and parse.endswith("连续", 0, start):
        return False  # 连续3-5年抓下去, 连续两年用能超过…的: how many years in a row, a span of the work or a condition
    if UNIT_STD.get(match["unit"] or "") == "storey" and match["post"] and CLASS_GOES_ON.match(parse, match.end()):
        return False  # 3层及以上经营性自建房: storeys bound the class of buildings meant (不超过3层 is a cap)
    if UNIT_STD.get(match["unit"] or "") == "second" and not match["post"] and cue not in COMPARING:
        return False  # 预先警报鸣36秒、停24秒: a signal's timing, a standard (响应时间3秒以内 is bound)
    if cue not in COMPARING and not match["post"] and match["percent"] is None and match["unit"] != "%" \
            and WHOLE_SCOPE_BEFORE.search(parse, max(0, start - 6), start):
        return False  # 完成全旗28个固定作业点标准化改造: every one of the scope's things, a stock named, no count committed
        # (not after 全省: a province's 1000所学校 are some of its schools, 完成全省1000所学校周边道路…治理 commits to them)
    if AWARDED.search(parse, max(0, start - 24), start):
        return False  # 设一等奖2名, 冠军、亚军、季军各1名: prizes handed out, not a commitment (data: award)
    if ELIGIBLE_AFTER.match(parse, match.end()):
        return False  # 年带货销售额不低于5000万元的方可申报: a condition of applying (data: eligible_after)
    qualified = QUALIFIED.search(parse, max(0, start - 14), start)
    if qualified and (not qualified.group().startswith(MUST)
                      or REGULATED_PARTY.search(parse, sentence_start(parse, start), qualified.start())):
        return False  # 须具有3名以上专业技术人员, 承储企业应当具备有效仓容3000吨以上: what an applicant must have,
        # a condition (data: qualification); 各乡镇应具备专职消防队伍1支以上 is a commitment of the plan's units
    if match["unit"] in TIME_UNITS and (parse.endswith("满", 0, start) or any_match(EXPERIENCE, parse, clause_start(parse, start), start)):
        return False  # 从事农牧业生产3年以上, 依法登记满1年: years of practice or standing, a condition
    lead, conditions_end = _condition_lead(parse)
    if DEFINITION.search(parse, sentence_start(parse, start), start) or COVERS.search(parse, clause_start(parse, start), start) \
            or 0 <= lead < start and (ITEM_MARK.match(parse, clause_start(parse, start)) or start < conditions_end):
        return False  # 本办法所称小作坊，是指从业人员在7人以下…; 应当符合下列条件：(一)… or :…;…: what a term or a right covers
    if (VALIDITY.search(parse, max(0, start - 5), start) or DURATION.search(parse, max(0, start - 8), start)) \
            and not (match.group().endswith("内") and WORK_TERM.search(parse, max(0, start - 8), start)):
        # 登记证有效期为3年, 贷款期限为3年以内: how long a thing is valid or runs, stated; a bound on it (有效期不超过5年)
        # or the term set for a work within which it is done (整改期限为30日内; data: work_term) is a norm
        return False
    if INCLUSION.search(parse, max(0, start - 6), start) or TIER.match(parse, match.end()):
        return False  # 6亩以下(不含6亩): whether the bound itself is in the scope; 超过1.5万元的部分: a tier
    if TALLY_VERB.search(parse, max(0, start - 8), start):
        return False  # 分解为五个方面: how a text is divided, not a commitment
    if GRADE_DEFINED.match(parse, match.end()):
        return False  # 85分以上为优秀, 50万元以上不满100万元的为二档: a grade's definition, no commitment
    if cue in ("", "为", "分别为") and not match["post"] and UNIT_STD.get(match["unit"] or "") == "point":
        return False  # 分值分别为40分、30分、30分: the weights of a score
    if WEIGHT_BEFORE.search(parse, max(0, start - 40), start) \
            or cue not in COMPARING and match["unit"] == "%" and WEIGHT_LIST.search(parse, max(0, start - 240), start):
        return False  # 季度考核占40%, 分别占30%、25%…, 纳入年度测评，占比10%: a part's weight in an assessment
    if parse.endswith(("占", "占比"), 0, start) and WEIGHT_HEADING.search(parse, paragraph_start(parse, start), start):
        return False  # 考核内容。…运行情况占40%: the weight of a part of the assessment the heading names
    if parse.startswith(DIMENSION, match.end()) or parse.endswith(DIMENSION, 0, start):
        return False  # 沙障规格为1米×1米: the sides of a shape
    if not cue and OWNING_SCOPE.search(parse, max(0, start - 2), start) and SCOPE_OF_HOLDERS.match(parse, match.end()):
        return False  # 对有3名以上正式党员的企业: the bound says which firms, no commitment
    if cue in ("", "为") and BENEFIT_RATE.search(parse, max(0, start - 6), start):
        return False  # 门诊慢特病报销比例为65%: a benefit the policy pays, a standard (达到70% is a target)
    if (not cue or cue == "约") and POST.get(match["post"] or "") in (None, "approx") and DESCRIBED.search(parse, max(0, start - 12), start):
        return False  # 国土总面积约218平方公里, 户籍人口1264人: what a place is, no commitment (总投资1万亿元以上 is bound)
    if SHORTFALL.search(parse, max(0, start - 5), start):
        return False  # 完成目标不足40%的村: how far something falls short, not a commitment
    if cue and PERMITTED.search(parse, max(0, cue_start - 4), cue_start):
        return False  # 抵扣比例可提高至50%: what a rule allows, not a commitment
    if before == "点" and _decimal_point(parse, start - 1):
        return False  # 一点八米: the fraction of a number written in words; 托育点12个 counts sites
    clause_begin = clause_start(parse, start)
    clause = parse[clause_begin:start]
    if _bracket_tally(parse, match, clause_begin):
        return False
    if WHOM.match(parse, clause_begin) and RECIPIENT_AFTER.match(parse, match.end()) \
            and not NORM_IN_CLAUSE.search(parse, clause_begin, start):
        return False  # 对更新船龄超过25年渔船的船东,给予…: the bound says whom the clause's 对 names, a condition
    if "处" in clause and FINE_BEFORE.search(clause) or FINE_AFTER.match(parse, match.end()):  # 处…罚款
        return False
    if any_match(LATE_FEE, parse, clause_begin, start) or LATE_FEE_AFTER.match(parse, match.end()):
        return False  # 按日加收滞纳款额千分之三, 每日0.5%加处滞纳金: a late fee, a sanction
    if match["percent"] is not None:  # “六个百分之百”: a number closing a quoted name after its words is part of it
        quoted_name = parse[match.end(): match.end() + 1] in ("”", '"') and before not in ("“", '"')
        # (投诉率超过千分之三的企业，由…约谈: a rate's bound names which ones, as for a rate in digits below)
        # (绿地率低于百分之三十的,不予验收: a condition on what follows)
        named = CONDITION.match(parse, match.end())
        condition = named and cue not in OBJECT_CUES and named["end"] or named and cue in THRESHOLD_CUES \
            and (cue in BELOW_CUES or parse.endswith(("率", "比例"), 0, cue_start))
        return _number(match["percent"]) is not None and not any_match(PAST, parse, sentence_start(parse, start), start) \
            and not _in_review_paragraph(parse, start) and not quoted_name and not condition
    if BASELINE.match(parse, match.end()) or BASELINE_LIST.match(parse, match.end()) or ON_BASIS.match(parse, match.end()) \
            or parse[max(0, start - 2): start].endswith(("按照", "按")):
        return False
    if match["unit"] == "%" and not match["post"] and NAMED_RATE.match(parse, match.end()):
        return False  # 适用3%征收率的: a rate that applies, not a commitment
    if match["unit"] == "%" and ADJUSTED_BY.search(parse, max(clause_begin, start - 6), start):
        return False  # 贷款额度在上述标准基础上上浮20%: how a standard is adjusted, not a commitment
    after = parse[match.end(): match.end() + 1]
    # 1.5万名60岁以上老年人: a count before an age that scopes it (每千人5批次, 12批1181项 stay glued)
    count = UNIT_STD.get(match["unit"] or "") in COUNT_UNITS
    glued = after.isdigit() and not (count and (AGE_AFTER.match(parse, match.end()) or GRADE_AFTER.match(parse, match.end())))
    if after in ("”", '"', "号", "条", "款", "级", "是", "性", "制") or glued:  # 一次性, 3人制篮球场: no count
        return False
    counted = cue in OBJECT_CUES and UNIT_STD.get(match["unit"] or "") in COUNT_UNITS  # 组织50家以上企业: a count
    # 完成75%以上的确权登记: the share of a task to be done, not the scope of what has a share
    holders = None if cue else _holders_share(parse, match)  # 50%的城市社区建成完整社区: the share is the target
    counted = counted or _share_done(parse, match, cue, clause) or holders is not None
    # where a bound word (以上, 以下 …) after the value would stand: after its unit, multiplier or digits
    bound_at = match.end("unit") if match["unit"] else match.end("mult") if match["mult"] else match.end("value") \
        if match["value"] else match.end()
    relative = RELATIVE_CLAUSE.match(parse, bound_at)
    # (a value right after its verb and before 的 counts what follows: 新建5个以上的示范点, a target)
    if relative and (cue in OBJECT_CUES and (start > cue_start + len(cue) or relative["more"])
                     or parse.startswith("对", clause_begin)) \
            and not DIGIT.search(CLAUSE_REST.match(parse, relative.end()).group()):
        return False  # 吸纳搬迁群众就业5人以上的社区工厂, 对带动3人以上就业的: which firms, no count to reach
    if not counted and SCOPE.match(parse, bound_at):
        return False  # 亿元以上项目, 6亩以下的: a scope, not a commitment
    if "以" in clause and CHARACTERISED_BY.search(clause) and CHARACTERISED.match(parse, match.end()):
        return False  # 以建筑面积不超过70平方米的小户型为主: what the thing mostly is, not a commitment
    condition = None if holders else CONDITION.match(parse, match.end())
    if condition and not condition["end"] and cue in THRESHOLD_CUES \
            and (match["unit"] != "%" or cue in BELOW_CUES or parse.endswith(("率", "比例"), 0, cue_start)):
        return False  # 开挖深度超过5米的基坑, 退单率高于5%的单位: the bound names which ones (超过90%的村: a share of them, a target)
    if condition and cue not in OBJECT_CUES and (condition["end"] or cue not in COMPARING):
        return False  # 预收款金额超过五千元的,: a condition on what follows (最高1000元的租房补贴 is a cap)
    if condition and (cue in COMPARING or cue in OBJECT_CUES) and _inside_counted_object(parse, clause_begin, start, match.end()):
        return False  # 培育年营业收入超10亿元的龙头企业3家: the threshold of what is counted, not a target
    if cue not in OBJECT_CUES and HOLDER_CONDITION.match(parse, match.end()):
        return False
    # (对带动3人以上就业的,: those a grant goes to, whatever verb counts them)
    if WHEN_REACHED.match(parse, match.end()):
        return False  # 游客量达到最大承载量80%时发布预警: the value that triggers an act, no commitment
    if match["unit"] in TIME_UNITS and UNDONE.match(parse, match.end()):
        return False  # 清理超过2年未开工项目: how long things have not been done says which ones
    if not holders and (cue not in OBJECT_CUES or parse.startswith("对", clause_begin)) and (CLAUSE_CONDITION.match(parse, match.end())
                                                   or TRIGGER_CLAUSE.match(parse, match.end())):
        return False
    opened = parse.rfind("对", clause_begin, start)
    if condition and cue not in OBJECT_CUES and opened >= 0 and not GRANT.search(parse, opened, start) \
            and not parse.startswith("的标准安排", match.end()):
        return False  # 对当年设备投资额超过1000万元的技术改造项目: who receives (…万元的标准安排X经费: the funds set)
    if UNIT_STD.get(match["unit"] or "") in COUNT_UNITS and EACH_BASE.search(parse, max(clause_begin, start - 6), start) \
            and GRANT.match(parse, match.end()):
        return False  # 每引进1人给予奖励1万元: the unit a grant is paid for
    if _times(match["unit"]) and cue not in COMPARING and not cue.endswith(("至", "到")) and not match["post"] \
            and SCHEDULE.search(parse, clause_begin, start):
        return False  # 每年举办运动会1次: how often a recurring act is done (至少一次, 每周巡查1次以上 are targets)
    if UNIT_STD.get(match["unit"] or match["range_unit"] or "") == "point" and (cue not in COMPARING or parse.startswith(("的", "之", "贝"), match.end())):
        return False  # 扣2分, 总分100分, 得分低于60分的单位: a score is a target only when a cue commits to it (三分之二, 五十分贝: no score)
    age = UNIT_STD.get(match["unit"] or match["range_unit"] or "") == "year of age"
    if age and (cue not in COMPARING or match["low"] is not None
                or match["post"] and re.match(r"[\u4e00-\u9fff]", parse[match.end(): match.end() + 1])):
        return False  # 65岁以上老年人, 0—6岁儿童: an age names who is counted (a span of ages always)
    if match["post"] and not counted and SCOPE.match(parse, match.start("post")):
        return False
    if match["post"] and not counted and cue not in COMPARING and UNIT_STD.get(match["unit"] or "") in GRADING_UNITS \
            and GRADED_NOUN.match(parse, match.end()):
        return False  # 装机1000千瓦以上电站, 船长12米以上渔船: a bound in a measure grades the thing named after it
    if not cue and match["post"] and re.match(r"[\u4e00-\u9fff]", parse[match.end(): match.end() + 1]) \
            and _graded_by_count(parse, clause_begin, start):
        return False  # 为100所海拔1500米以上农村中小学…: a bound that grades what a count before it counts
    if match["unit"] in ("小时", "个小时") and ON_CALL.match(parse, match.end()):
        return False  # 应急通信车辆保持24小时待命: round-the-clock readiness, not a count of hours
    if match["unit"] in TIME_UNITS and cue in OBJECT_CUES and re.match(r"[\u4e00-\u9fff]", parse[match.end(): match.end() + 1]):
        return False  # 建立24小时抢修服务制度: hours that qualify what is set up, not a count of it
    if UNIT_STD.get(match["unit"] or match["range_unit"] or "") == "grade" and re.match(r"[\u4e00-\u9fff]", parse[match.end(): match.end() + 1]):
        return False  # 二级以上综合医院, A2级通用机场, 1-3级的企业: a grade naming a class of things (…控制在三级以内。 closes its clause)
    if UNIT_STD.get(match["unit"] or "") in ("tier", "grade") and (cue in ("", "为") or not DECIMAL.fullmatch(match["value"] or "")
                                                         and cue not in AT_MOST and cue not in AT_LEAST):
        return False  # 涉案金额…的为一档: a tier named; 在…基础上提高一档: a standard raised a grade; 会费档次不超过4档,
        # 推出精品栏目3档 count tiers; so with grades (发生5级以上地震时, 达到二级甲等 name a grade; 控制在三级以内 bounds one)
    money = UNIT_STD.get(match["unit"] or match["range_unit"] or "") == "yuan"
    if money and cue not in AT_MOST and cue not in AT_LEAST and PER_STANDARD.search(parse, max(clause_begin, start - 16), start):
        return False  # 按每千瓦200元给予补贴: a fixed standard per unit, not a commitment
    if money and not cue and BREAKDOWN.match(parse, clause_begin):
        return False  # 总投资1.27亿元，其中中央资金8420万元、省级资金2960万元: the parts a sum is made of
    if money and any_match(GRANT, parse, max(clause_begin, start - 12), start) and cue not in AT_MOST and cue not in AT_LEAST \
            and not (match["post"] or "").endswith("以上") and (match["low"] is None or parse.endswith("为", 0, start)):
        return False  # a fixed grant or fee (补助标准为每人500元), unless a cap (最高500万元) or a band given
        # (给予200元至2000元奖励; a band stated as what the amount is, 罚款金额一般为2000元至5000元, is a standard)
    if money and not CUE.search(parse, clause_begin, start) and EACH_BASE.search(parse, max(clause_begin, start - 8), start):
        return False  # 80—89周岁每人每月100元: an amount per person and month, a standard (不低于300元 is a floor;
        # 提高到每人每月800元、每人每年7200元: the cue governs the list)
    if money and _threshold_of_counted(parse, match.end()):
        return False  # 培育产值超10亿元企业3家: the bound says which firms the count counts
    if match["low"] is not None:
        # 2010-2012年 is a period (3000至4000个 is a range of a count, however large)
        return not (match["range_unit"] in ("年", "") and 1900 <= float(match["range_high"].replace(",", "")) <= 2100)
    value, unit, post = match["value"].replace(",", ""), match["unit"], match["post"]
    if unit == "年" and (YEAR_NUMBER.fullmatch(value) or PLAN_NAME.match(parse, match.end())):
        return False  # 2010年; 实施…3年行动: the years name a plan (data: plan_name), no target
    if post == "内" and (unit not in TIME_UNITS or cue not in COMPARING):
        return False  # 限期10日内, 5个工作日内办结: a procedural time limit, unless a cue compares it (压缩至5日内)
    has_unit = bool(unit or match["mult"])
    if not DECIMAL.fullmatch(value):
        # a Chinese numeral counts only beside a comparing cue and a unit (至少一次, not 建设一批); 一批
        # says "a number of" whatever the cue (突破一批关键技术: data vague_count)
        # a numeral with a magnitude and a unit of measure after a verb of counting (新建高标准农田三万亩,
        # 新改建农村公路一百二十公里) is written out as a figure would be
        # (the object named between, without 的, and no base or bound before the numeral: 每增加一百人, 不足四十五平方米)
        between = parse[cue_start + len(cue): start]
        counted_out = cue in OBJECT_CUES and len(between) <= 10 and "的" not in between \
            and not between.endswith(("每", "不足")) and not parse.endswith("每", 0, cue_start) and unit not in TIME_UNITS \
            and CN_MAGNITUDE.search(value + (match["mult"] or "")) is not None \
            and UNIT_STD.get(unit or "", "") not in ("", "batch", "item", "unit")
        if not (cue and has_unit) or cue in OBJECT_CUES and not counted_out or _number(value) is None \
                or value + (unit or "") in VAGUE_COUNTS:
            return False
    elif unit != "%" and not (cue or post) and not _stated_at_clause_end(parse, match, unit) \
            and not (unit and DONE_AFTER.match(parse, match.end())):
        return False
    elif not has_unit and not (cue in COMPARING and (post or match["mult"])) \
            and not ("." in value and UNITLESS.search(parse, max(clause_begin, start - 30), start)):
        return False  # a bare number (12348热线, 5G) counts only with a comparing cue and 以上/以下, or as a coefficient
    bound = cue in AT_LEAST or cue in AT_MOST
    sentence = sentence_start(parse, start)
    # (a past word in an earlier clause leaves a value its own clause pledges: 营业额已达21.6亿元，力争达到25亿元)
    pledged = PLEDGE.search(parse, clause_begin, start) is not None
    past = [word for word in matches_in(PAST, parse, sentence, start)
            if not _things_acted_on(parse, word, start) and not (pledged and word.start() < clause_begin)]
    if past and not ((bound or post) and all(_last_year_as_base(parse, word) for word in past)) \
            or _in_review_paragraph(parse, start):
        return False
    if not bound and any_match(TOTAL, parse, sentence, start):
        return False  # 共计完成投资120亿元: a total reached; 共计回收…不少于40万台 is bound, a commitment
    if not bound and not post and (STOCK.search(parse, clause_begin if cue not in ("", "为") else sentence, start)
                                   or not cue and _stock_count(parse, clause_begin, start)):
        return False  # 辖区共有渔船212艘, 桥梁共486座，其中特大桥4座: a stock and its parts, no commitment
    # (不低于上年最大负荷的30%: a bound before the past year's figure makes a share of it, a commitment)
    return not any_match(PAST_CLAUSE, parse, clause_begin, cue_start if bound else start) \
        or _against_base(parse, start) or _committed_change(parse, match, start)


THINGS_PAST = re.compile(rf"(?:{_NAMES_THINGS})[\u4e00-\u9fff]{{0,2}}的")


def _things_acted_on(parse: str, past: re.Match, at: int) -> bool:
    """Whether a past word names the things a work is done to, inside 对… before 的 (对塔克拉玛干沙漠边缘
    已建成的阻沙防护带开展排查), not a report of what was done, for a value at ``at`` in a later clause
    (the count of those things, 对已建成的17个中医馆, is a stock).

    >>> text = "对全旗已建成的防护带开展排查,覆盖率达到100%"
    >>> _things_acted_on(text, PAST.search(text), 22), _things_acted_on(text, PAST.search(text), 5)
    (True, False)
    """
    opening = clause_start(parse, past.start())
    return THINGS_PAST.match(parse, past.start()) is not None and "对" in parse[opening:past.start()] \
        and clause_start(parse, at) > opening


def _stock_count(parse: str, clause_begin: int, start: int) -> bool:
    """Whether a number states how many things there are (全市列养公路桥梁共486座, and its parts after
    其中): 共 before it in its clause, or in the clause before 其中, with no verb of the work before the
    things (排查登记的沼气池共1126口 is a stock; 布设监测点位共36个 a commitment).

    >>> text = "全市列养公路桥梁共486座，其中特大桥4座。"
    >>> _stock_count(text, 0, 9), _stock_count(text, 14, 18), _stock_count("布设监测点位共36个", 0, 7)
    (True, True, False)
    """
    scope = sentence_start(parse, start) if parse.startswith("其中", clause_begin) else clause_begin
    stocks = list(STOCK_COUNT.finditer(parse, scope, start + 1))
    if not stocks:
        return False
    things = parse[clause_start(parse, stocks[-1].start()): stocks[-1].start()].rpartition("的")[2]
    return WORK_VERB.search(things) is None and "各" not in things  # 各小学共12名: a quota shared out


def _committed_change(parse: str, match: re.Match, start: int) -> bool:
    """同比增长12%以上, 目标任务为：…同比增长10%: a change against the same period of last year that the
    text commits to, with a bound written after it or in a paragraph (or under a heading) stating goals
    (data: ``same_period``, ``committed``); a bare 同比增长8% reports a result."""
    if not SAME_PERIOD.search(parse, max(0, start - 40), start):
        return False
    if match["post"]:
        return True
    if COMMITTED.search(parse, paragraph_start(parse, start), start):
        return True
    line_end = parse.find("\n", 0, HEADING_LINE)
    return 0 < line_end < start and COMMITTED.search(parse, 0, line_end) is not None


def _bracket_tally(parse: str, match: re.Match, clause_begin: int) -> bool:
    """牵头工作(8项), 方面(分解任务15项): a count of items (项, 条) closing a bracket that holds no cue
    tallies the items of the text it follows; 新建口袋公园(不少于8个) commits, and 城市绿道20公里
    (含滨河步道8公里) breaks a target down."""
    opened = parse.rfind("(", clause_begin, match.start())
    if match["unit"] not in TALLY_UNITS:
        return _heading_tally(parse, match, opened)
    return opened >= 0 and ")" not in parse[opened:match.start()] and parse.startswith(")", match.end()) \
        and CUE.search(parse, opened + 1, match.start()) is None


def _heading_tally(parse: str, match: re.Match, opened: int) -> bool:
    """一、产业项目(4个) / 红榜单位(5个) over the lines that name them: a bracket holding only a count closes a
    line that names a kind of thing, no act (新建口袋公园(8个) commits to building them)."""
    if opened < 0 or opened + 1 != match.start() or not parse.startswith(")", match.end()):
        return False
    if parse[match.end() + 1: match.end() + 2] not in ("", "\n", ":"):
        return False
    line = parse[parse.rfind("\n", 0, opened) + 1: opened]
    mark = ITEM_MARK.match(line)
    words_ = line[mark.end():] if mark else line.lstrip()
    return bool(words_) and not DROP_VERB.match(words_) and not CUE.search(words_)


def _against_base(parse: str, start: int) -> bool:
    """比上年提高2个百分点, 较2020年下降16%: the number states a committed change against a base."""
    values = PRIOR_VALUES.search(parse, max(0, start - 40), start)
    end = values.start() if values else start
    return CHANGE_FROM_BASE.search(parse, max(0, end - 18), end) is not None


def _stated_at_clause_end(parse: str, match: re.Match, unit: str | None) -> bool:
    """治理退化草原300万亩。: a count with its unit closing a clause after what it counts is a target."""
    if not unit or unit in TIME_UNITS or unit == "%":
        return False
    subject = parse[clause_start(parse, match.start()): match.start()]
    return len(subject.strip()) >= 2 and bool(CLAUSE_END.match(parse, match.end()))


def _comparator(parse: str, match: re.Match, post: str, cue: str) -> str:
    """What bounds a value: a word after it (以上), one touching it before (超), its cue (不少于), else =."""
    before = "" if parse[max(0, match.start() - 2): match.start()] in BOUND_IN_WORD else parse[max(0, match.start() - 1): match.start()]
    return POST.get(post) or BEFORE_NUMBER.get(before) or COMPARING.get(cue) or "="


def _quantity_row(text: str, parse: str, match: re.Match, found_cue: tuple[str, int], floor: int = 0) -> dict | None:
    cue, cue_start = found_cue
    if match["percent"] is not None:
        post = match["percent_post"] or ""
        value, low, unit, mult = _word_percent(match, "percent"), _word_percent(match, "percent_low"), _percent_unit(match), None
        comparator = "range" if low is not None else _comparator(parse, match, post, cue)
        number_end = match.end()
    elif match["low"] is not None:
        mult = match["range_mult"]
        value, low = _number(match["range_high"], mult), _number(match["low"], match["low_mult"] or mult)
        unit, post, comparator = match["range_unit"], match["range_post"] or "", "range"
        number_end = match.end("range_unit")
    else:
        mult, post = match["mult"], match["post"] or ""
        value, low, unit = _number(match["value"], mult), None, match["unit"] or ""
        comparator = _comparator(parse, match, post, cue)
        number_end = match.end()
    if value is None:
        return None
    written_unit = (mult or "") + unit
    unit = unit if match["percent"] is None else _percent_unit(match)
    if UNIT_STD.get(unit) == "tenth":  # 不低于九成: nine tenths, a percentage as 百分之九十 is
        value, low, unit, written_unit = value * 10, low * 10 if low is not None else None, "%", "%"
    object_first = cue in OBJECT_CUES or post in ("内", "以内", "之内") and cue not in COMPARING and unit in TIME_UNITS or _times(unit) \
        or unit in EVENT_UNITS and OBJECT_NAMED.match(parse, number_end) is not None \
        or not cue and bool(unit) and DONE_AFTER.match(parse, number_end) is not None  # 100个示范社区全面建成
    row = _row(text, parse, cue_start if cue else match.start(), match.end(), comparator, value, low, written_unit,
               match.start(), number_end, object_first, floor)
    holders = None if cue else _holders_share(parse, match)
    if holders:  # what is counted: the holders that do it (建成完整社区的城市社区); the raw runs to its end
        row["indicator"] = f"{text[holders.start('act'): holders.end()].strip()}的{text[holders.start('holders'): holders.end('holders')]}"
        row["raw"] = text[match.start(): holders.end()].strip()
    # a change verb before the bound or, without a cue, before the number (提升|1个等别以上: a rise)
    row["direction"] = "down" if cue in DOWN else "up" if cue in UP else \
        _change_before(parse, cue_start if cue else match.start()) if comparator in (">=", "<=", ">", "<") else ""
    row["unit_std"] = UNIT_STD.get(unit, "")
    return row


def _change_before(parse: str, cue_start: int) -> str:
    """The direction of a change verb right before a bound (贷款余额增长|不低于18%: up), else ""."""
    before = parse[max(0, cue_start - 4): cue_start]
    return next((name for verbs, name in ((DOWN, "down"), (UP, "up")) for verb in verbs if before.endswith(verb)), "")


def _times(unit: str | None) -> bool:
    """Whether ``unit`` counts times an act is done (次, or a frequency: 次/年, 次/月): the act is named before it."""
    return UNIT_STD.get(unit or "", "").startswith("time ") or unit == "次"


def _rates_per_base(text: str, parse: str, skip: Coverage) -> list[dict]:
    """Rows of rates per a base population (婴儿死亡率控制在4/1000以下, 10/10万以下): the value with
    the base as unit (/10万), compared as its cue or bound word says; the spans join ``skip``."""
    rows = []
    for match in RATE_PER_BASE.finditer(parse):
        cue, cue_start = _cue_before(parse, match.start())
        value = _number(match["value"])
        if value is None or skip.overlaps(*match.span()) or not (cue or match["post"]):
            continue
        comparator = _comparator(parse, match, match["post"] or "", cue)
        rows.append(_row(text, parse, cue_start if cue else match.start(), match.end(), comparator, value, None,
                         f"/{match['base']}", match.start(), match.end()))
        skip.add(*match.span())
    return rows


def _row(text, parse, start, end, comparator, value, low, unit, number_start, number_end, object_first=False, floor=0):
    """One target row; the indicator is the subject before the cue, or the object after the number.

    The subject never reaches back past ``floor``, the end of the previous target (受理率达100%、办结率…).
    """
    indicator, ind_start, ind_end = "", start, end
    subject_indicator, subject_start, per_unit, forced = "", start, False, object_first
    # the subject is read even when the object comes first: it is the fallback when no object is found
    ind_start = max(clause_start(parse, start), floor)
    while ind_start < start and parse[ind_start] in "、,和及与" and not starts_longer_word(parse, ind_start, ind_start + 1, start):
        ind_start += 1  # a joint left by the clause before (not 和|解率, 及|时率: a word's first character)
    # 不少于50个小时…或者至少办理10件: a joint after a quantity opens a second subject; one inside a
    # name (地表水达到或好于Ⅲ类水体比例, 养老或托育设施) does not
    quantity_before = DIGIT.search(parse, clause_start(parse, start), start)
    joints = [j for j in JOINT.finditer(parse, ind_start, start) if quantity_before and quantity_before.start() < j.start()]
    ind_start = joints[-1].end() if joints else ind_start
    ind_start = _after_counted_item(parse, ind_start, start)
    ind_start = _lead_end(parse, ind_start, start)
    # 深州市水务局要在6月底前使|年度任务完成率达到…: what is made to reach the value follows the last 使/将
    disposal = max(DISPOSAL.finditer(parse, ind_start, start), key=lambda found: found.start(), default=None)
    if disposal and start - disposal.end() >= 2:
        ind_start = disposal.end()
    newline = parse.rfind("\n", ind_start, start)
    if newline >= 0:  # a heading line above (攻坚目标⏎2023年全县…) is not the subject
        ind_start = _lead_end(parse, newline + 1, start)
    subject = BASELINE_TAIL.sub("", text[ind_start:start].strip())
    base = BASE_TAIL.search(parse[ind_start:start].strip())  # read on the parse view: 较２０２０年
    subject = subject[:base.start()] if base and base.end() == len(subject) else subject
    skip_verb = _leading_verb_length(TAIL_WORDS.sub("", parse[ind_start:start].strip()))  # (接入时间均: judged without 均)
    scoped = subject[skip_verb:] if len(subject) - skip_verb >= 2 else subject
    indicator, per_unit = _without_unit_scope(scoped)
    indicator = TAIL_WORDS.sub("", indicator)
    counted = COUNTED_BASE.search(indicator)  # (基地每接待100名学生: a holder may stand before it)
    if not per_unit and counted and counted.end() == len(indicator) \
            and len(OBJECT_TAIL.match(parse, number_end).group().strip()) >= 2:
        indicator, per_unit = "", True  # 每20名学生至少配备1名看护教师: a staffing ratio counts the staff after the count
    subject_indicator, subject_start = indicator, ind_start
    # (各村(社区)至少培训持证救护员5名: the collective of places that does the work names nothing counted)
    object_first = forced or not indicator or indicator.endswith(OBJECT_CUES) or indicator.endswith(("和", "及", "、")) \
        or EACH_PLACES.fullmatch(parse_view(indicator)[0]) is not None
    if object_first:
        indicator, ind_start = "", start
        cue = CUE.match(parse, start, number_start)
        between_start = max(cue.end() if cue else start, floor)
        if cue and cue.group() in OBJECT_CUES and between_start == cue.end() and parse.startswith(("、", "和", "或", *OBJECT_CUES), cue.end()):
            between_start = cue.start()  # 新建、改扩建幼儿园, 培育认定…: the chain is read whole (新建和美乡村 keeps 和美)
        while between_start < number_start and (parse[between_start] in "、,和及与" or parse[between_start].isspace()):
            between_start += 1
        between_start += _leading_verb_length(parse[between_start:number_start])
        between = text[between_start: number_start].strip().removesuffix("的")
        if cue and floor > cue.end():
            # 建成35个先导区、1000个示范点: the words before this count end the previous item; this
            # value's object is what follows the last joint (here nothing: the object after the count)
            between = re.split(r"[、和及与]", between)[-1].strip()
        if SCOPE_END.search(between):
            between = ""  # 完成全乡12个村…, 完成城区剩余18公里…: the scope names nothing; the object after the count does
        ind_start = start
        if per_unit and len(between) <= 4:  # 每个村至少盘活1个闲置资源项目: the verb and its object
            tail = OBJECT_TAIL.match(parse, number_end)
            indicator = between + text[number_end: tail.end()].strip()
            indicator, ind_end = indicator[_leading_verb_length(indicator):], tail.end()
        elif len(between) >= 2 and parse[between_start:number_start].strip() not in OBJECT_CUES \
                and not EXAMPLES_END.search(between) and not _noun_follows_count(parse, number_end, unit):
            # (not 实施包头、阿拉善等6个…工程 nor 完成东部8个乡镇水厂联网: there the object follows the count)
            indicator = between  # 配送文艺演出2场: the object stands between the verb and its count
            owner = _subject_before(parse, start, floor)
            # 城镇新增就业6万人: subject, verb, object; 开工建设 is one verb, not a subject and a verb
            # (改造建设…中心20个: a verb before the verb cue chains with it, as 开工建设 does)
            fused = owner and (DROP_VERB.fullmatch(parse, start - len(owner), cue.end())
                               or DROP_VERB.fullmatch(parse, start - len(owner), start)) if cue else None
            if owner and cue and between_start == cue.end() and not fused and not per_unit:
                # (每个网格配备专职网格员1名: a unit's norm counts the object, not the unit and its verb)
                indicator = text[start - len(owner): start] + cue.group() + indicator
                ind_start = start - len(owner)
            elif fused:
                ind_start = start - len(owner)  # the raw keeps the whole verb (新培育…)
            elif (len(between) <= 2 or BARE_ACT.fullmatch(between)) and subject_indicator \
                    and not subject_indicator.endswith(("、", "和", "及")) \
                    and not re.match(r"[\u4e00-\u9fff]", parse[number_end:number_end + 1]):
                # (推进2000个省级重点项目、完成投资9800亿元: an item listed before is no actor of the act)
                # 家庭医生每季度至少随访1次: a bare act counted, nothing named after the count; the actor
                # and schedule before the cue qualify it (as in 县级林长每年巡林不少于4次)
                article = ARTICLE_NUMBER.match(text, subject_start)  # 第四条 市人民代表大会会议每年至少举行一次
                ind_start = article.end() if article else subject_start
                # 对独居老年人每月至少探访1次: whom the act is done to is no actor; 家庭医生对签约老年人每季度…:
                # the actor stands before 对
                whom_match = WHOM.search(parse, ind_start, start)
                whom = whom_match.start() if whom_match else -1
                actor_end = whom if whom >= 0 else start
                # 市中心城市新增人口, 创业带动就业: a verb cue between the actor and its object stays
                verb = text[cue.start(): cue.end()] if cue and cue.group() in OBJECT_CUES and whom < 0 else ""
                if len(parse[ind_start:actor_end].strip()) >= 2:
                    indicator = text[ind_start: actor_end].strip() + verb + indicator
        else:  # 建成1个以上紧密型县域医共体: the object follows the count
            tail = OBJECT_TAIL.match(parse, number_end)
            bracket = re.match(r"\([^()]{0,6}\)", parse[number_end: number_end + 8])
            tail_start = number_end + (bracket.end() if bracket else 0)
            tail_end = max(tail.end(), tail_start)
            verb = object_end_at(parse, tail_start + 2, tail_end, number_end)  # 5家规上企业吸纳…就业: the object ends at the verb
            tail_end = verb.start() if verb else tail_end
            indicator, ind_end = text[tail_start: tail_end].strip(), tail_end
            if LEVEL_MARK.fullmatch(parse, tail_start, tail_end):
                indicator, ind_end = "", number_end  # 迈上3万亿元台阶: the level of the subject before the cue
        if not indicator:  # 新增律师50名; 开展宣传活动不少于6次
            # 民主评议每年至少进行一次: a bare verb that names no object leaves the subject
            between = "" if between in OBJECT_CUES else between
            indicator = EXAMPLES_END.sub("", between) or subject_indicator
            ind_start = start if between else subject_start
            if not between and cue and cue.group() in NOMINAL_CUES and subject_indicator \
                    and parse[subject_start:start].strip().endswith(subject_indicator):
                indicator += text[cue.start(): cue.end()]  # 低产林改造3万亩: a nominalised verb ends the label
    # a share keeps a qualifier that defines what it counts (具有…资格的乡村医生占比); a count does not
    # (建成1个具有食宿功能的过渡性安置基地 -> 过渡性安置基地)
    # …体系覆盖的行政村比例: a share whose rest names only who is counted keeps what defines it
    qualified_share = QUALIFIER.match(indicator) and RATE_END.search(indicator) \
        or re.search(r"(?:比例|占比|比重)\Z", indicator) and len(indicator.rpartition("的")[2]) <= 5
    # 干渠两侧堤脚外的保护范围: a place before 的 says where the measure is taken, and stays
    located = LOCATED.search(indicator.rsplit("的", 1)[0]) if "的" in indicator else None
    if len(indicator) > 10 and "的" in indicator and len(indicator.rsplit("的", 1)[1]) >= 4 and not qualified_share \
            and not located:
        head, tail = indicator.rsplit("的", 1)
        # 政府购买的专职人民调解员数量 -> 专职人民调解员数量; 专职社工的比例配齐力量 -> 专职社工: the ratio or
        # standard a post is staffed by names that post
        # (only when the post is the count's own object: 配备1名|专职社工的比例…, not 按照国家规定的标准配备执法人员)
        staffed = tail.startswith(("比例", "标准")) and (DROP_VERB.match(tail, 2) or STAFFING.match(tail, 2)) \
            and text.startswith(head, number_end)
        indicator = head if staffed and len(head) >= 2 else tail
    indicator = EXAMPLES.sub("", indicator)
    funds = STANDARD_FUNDS.match(parse, number_end) if PER_STANDARD_IN.search(indicator) else None
    if funds:  # 县财政局按每个实践站每年不低于5000元的标准安排运行经费 -> 运行经费: the funds the standard sets
        indicator = text[funds.start("noun"): funds.end("noun")]
    grant = GRANT_TAIL.match(parse, number_end)
    if grant and (grant["noun"] or not GRANT.search(indicator)):
        named = text[grant.start("noun"): grant.end()] if grant["noun"] else ""
        if named or indicator.endswith(("给予", "按照", "按")) or not indicator:
            indicator = named or indicator  # 对新就业大学毕业生给予每月最高1000元的租房补贴 -> 租房补贴
    if indicator.startswith("对") and GRANT.search(indicator):
        indicator = indicator[1:]  # 对单个小区的区级补助最高不超过300万元 -> 单个小区的区级补助
    # 示范村每村奖励 -> 示范村奖励: after its holder, the base of a grant that repeats the holder is
    # dropped (每亩 in 新建项目每亩补助 is a base of its own)
    base = HOLDER_BASE.search(indicator)
    if base and base.group()[-1] in indicator[max(0, base.start() - 6): base.start()]:
        indicator = indicator[:base.start()] + indicator[base.end():]
    indicator = _with_beneficiary_verb(clean_indicator(indicator, text, start, number_end, parse), parse, text,
                                       min(ind_start, start), number_start)
    begin, finish = min(ind_start, start), max(end, ind_end)
    while finish > begin and text[finish - 1].isspace():
        finish -= 1
    while begin < finish and text[begin].isspace():
        begin += 1
    return {"raw": text[begin:finish], "indicator": indicator, "comparator": comparator, "value": value,
            "value_low": low, "unit": unit, "year": None, "direction": "", "unit_std": "",
            "start": begin, "end": finish, "number_start": number_start,
            # 每个服务点床位不少于6张: with no object named, the norm's label is the unit's phrase (see extract_targets)
            "unit_phrase": TAIL_WORDS.sub("", scoped) if per_unit and not indicator else ""}


CLASSIFIED = ("unit", "site", "item", "batch")  # unit_std of classifiers (个, 处, 项, 批): a noun may follow
NOT_OBJECT = re.compile(alternation(words("extract_targets", "not_object")))


def _noun_follows_count(parse: str, number_end: int, unit: str) -> bool:
    """Whether a noun follows a count of a classifier (完成东部8个乡镇水厂联网, 完成东岔、党川2处水厂提标改造):
    then the words between the verb and the count only scope it (places, 首批), and the object is
    the noun after the count.

    >>> _noun_follows_count("完成东部8个乡镇水厂联网", 5, "个"), _noun_follows_count("建成站点20个以上任务", 7, "个")
    (True, False)
    """
    if UNIT_STD.get(unit) not in CLASSIFIED or not re.match(r"[“\"]?[\u4e00-\u9fff]{2}", parse[number_end:number_end + 3]):
        return False
    return not (CUE.match(parse, number_end) or DROP_VERB.match(parse, number_end) or OBJECT_END.match(parse, number_end)
                or NOT_OBJECT.match(parse, number_end))


BENEFICIARY = re.compile(rf"(?:{alternation(words('extract_label_trims', 'beneficiary'))})\Z")
HOLDER_LABEL = re.compile(alternation(words("extract_label_trims", "holder")))


def _with_beneficiary_verb(indicator: str, parse: str, text: str, begin: int, number_start: int) -> str:
    """惠及居民5200户, 带动农户3000户: who benefits is counted with the verb that says so; a bare holder
    (居民, 农户) standing right after such a verb in the target's words takes it.

    >>> text = "改造老旧小区15个、惠及居民5200户"
    >>> _with_beneficiary_verb("居民", text, text, 0, text.index("5200"))
    '惠及居民'
    """
    if not HOLDER_LABEL.fullmatch(indicator):
        return indicator
    at = parse.rfind(indicator, begin, number_start)
    verb = BENEFICIARY.search(parse, max(begin, at - 2), at) if at > 0 else None
    return text[verb.start(): verb.end()] + indicator if verb else indicator


def _without_unit_scope(indicator: str) -> tuple[str, bool]:
    """每个乡镇综合文化站配备专职人员 -> (专职人员, True); 每个社区 -> ("", True): a norm per unit counts
    the object of its verb. 每千人拥有… and 每亩管护费用 (a rate's base) are left as they are.

    >>> _without_unit_scope("每个行政村每年开展文化活动"), _without_unit_scope("每亩管护费用")
    (('文化活动', True), ('每亩管护费用', False))
    >>> _without_unit_scope("每个市（州）推荐项目")
    ('推荐项目', True)
    >>> _without_unit_scope("每支队伍人数"), _without_unit_scope("每个车间奖励资金"), _without_unit_scope("每个项目奖补资金")
    (('每支队伍人数', False), ('每个车间奖励资金', False), ('奖补资金', False))
    """
    enumerator = ENUMERATOR.match(indicator)  # 三是每个沿海村储备救生衣: a work report's enumerator first
    scope = PER_UNIT.match(indicator, enumerator.end() if enumerator else 0)
    if scope is None:
        return indicator, False
    rest = indicator[scope.end():]
    grant = GRANT_END.search(TAIL_WORDS.sub("", rest))  # 每处补贴最高: a bound word may follow
    if grant:  # 每条奖励资金, 每个小区奖补资金: the base of a grant stays, as 每户补贴 does; a generic
        holder = GENERIC_HOLDER.fullmatch(rest, 0, grant.start())  # holder is none (每个项目奖补资金 -> 奖补资金)
        return (rest[holder.end():] if holder else indicator), False
    # (每座|配备温湿度监测终端: a classifier alone names the unit a staffing verb equips)
    verb = PER_UNIT_VERB.search(rest, 1) or STAFFING.match(rest)
    if verb and verb.end() < len(rest):
        return rest[verb.end():], True
    # 每个社区检查凭证 -> 检查凭证: an inspection verb stays in the label; a measure of the inspection
    # (每处场所检查时间, 每个监测点核查户数) is one of each unit and keeps it; 检测站, 核查人员 are nouns
    inspection = PER_UNIT_INSPECTION.search(rest, 1)
    if inspection and len(rest) > inspection.end() and rest[inspection.end()] not in "站室所点队中人员组" \
            and not INSPECTION_MEASURED.search(rest):
        return rest[inspection.start():], True
    named = UNIT_NAME_CLOSED.match(rest)  # 每个市（州）推荐项目: the bracket closes the unit's name
    if named and len(rest) - named.end() >= 2:
        return rest[named.end():], True
    if MEASURE_END.search(rest):
        return indicator, False  # 每支队伍人数: a measure of each unit, named with its unit
    return ("", True) if len(rest) <= MAX_PER_UNIT_NAME else (indicator, False)


def _after_counted_item(parse: str, begin: int, start: int) -> int:
    """Where the subject of a value starts when a listed item with a number of its own stands before
    it: after that item's 、 (推进2000个省级重点项目、|完成投资9800亿元), so long as one item of two
    characters or more, with no number and no further 、, is left to name the value. A subject shared
    by the value (集装箱吞吐量4387万标箱、增长11.6%: nothing left), or by a list of heads
    (65岁以上老年人、高血压、…管理率), stays whole.

    >>> text = "推进2000个省级重点项目、完成投资9800亿元"
    >>> text[_after_counted_item(text, 0, text.index("9800")):]
    '完成投资9800亿元'
    """
    mark = parse.rfind("、", begin, start)
    if mark < 0 or len(parse[mark + 1:start].strip()) < 2 or DIGIT.search(parse, mark + 1, start) \
            or parse.rfind("(", begin, mark) > parse.rfind(")", begin, mark):
        return begin  # (2026年底前各县(市、|区)…: a 、 inside a bracket lists no item)
    previous = parse.rfind("、", begin, mark)
    return mark + 1 if DIGIT.search(parse, previous + 1 if previous >= 0 else begin, mark) else begin


def _lead_end(parse: str, begin: int, end: int) -> int:
    """Where the subject starts after the lead words opening ``parse[begin:end]`` (time phrases, 确保,
    全市 …); a lead that ends inside a word is no lead (保证|金退还率, 使|用率, 将|乐县, 且|末县:
    the word is the subject's), as jieba reads the words.

    >>> text = "确保保证金退还率达到100%"
    >>> text[_lead_end(text, 0, text.index("达到")):text.index("达到")]
    '保证金退还率'
    """
    starts = [begin]
    while len(starts) <= MAX_LEAD_WORDS and (lead := LEAD_WORD.match(parse, starts[-1], end)):
        starts.append(lead.end())
    if len(starts) == 1:
        return begin
    # the last lead word may open the subject's word (确保|保证|金: the word starts where 保证 does); a
    # period before a duration is its base (每周|开放时间不少于40小时: the hours of each week)
    if starts_longer_word(parse, starts[-2], starts[-1], end) \
            or SCHEDULE_LEAD.fullmatch(parse, starts[-2], starts[-1]) and DURATION_END.search(parse, starts[-1], end):
        return starts[-2]
    return starts[-1]


def _subject_before(parse: str, start: int, floor: int) -> str:
    """The few words before a verb cue that name what is counted (城镇 in 城镇新增就业), or ""."""
    begin = _lead_end(parse, max(clause_start(parse, start), floor), start)
    words = parse[begin:start]
    return words if 1 <= len(words) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", words) else ""


def _leading_verb_length(words: str) -> int:
    """Length of the verbs to drop from the front of an indicator (建成乡镇站点 -> 乡镇站点,
    新建、改扩建幼儿园 -> 幼儿园, 改造安置房 -> 安置房), or 0; a verb that opens a name (开发区) stays.

    >>> _leading_verb_length("建成乡镇处理站点"), _leading_verb_length("新建、改扩建幼儿园")
    (2, 6)
    """
    return verb_chain_length(words)


# (布雷图指数、诱蚊诱卵器指数均控制在5以下, …办理时限均不超过5个工作日: any comparing cue after 均; not the 均 of
# an average, 年均增长, 人均)
SHARED_VALUE = re.compile(rf"[\u4e00-\u9fff](?:、|和|及|与)[^,;。]{{1,30}}?(?:(?<![年月日人户亩])均|都)(?:{alternation(set(COMPARING) | {'保持在', '保持', '在'})})"
                          # 工业投资、民间投资年均增长6%: a change shared by heads listed with 、
                          r"|[\u4e00-\u9fff]、[^,;。]{1,30}?均(?:增长|提高|下降|降低|减少)")
JOINT_RATIOS = re.compile(r"(?P<head>.{0,30}?)(?P<first>[\u4e00-\u9fff]{1,4}率)[和及与、](?P<second>[\u4e00-\u9fff]{1,4}率)")


def _respective_list_rows(rows: list[dict], parse: str) -> set[int]:
    """The positions in ``rows`` of values of a list after 分别 (及时率、准确率分别达到95%、90%), whose
    heads go one to each value (_share_lists): splitting them as joint ratios gave a value both heads.

    A value's neighbours in its list are looked up by where they start and end, not by a pass over
    every row for each value: a measure may hold thousands of values.
    """
    starts, ends = {row["number_start"] for row in rows}, {row["end"] for row in rows}
    listed = set()
    for index, row in enumerate(rows):
        if not RESPECTIVELY.search(row["raw"]):
            continue
        after = LIST_GAP.match(parse, row["end"])
        before = range(max(0, row["number_start"] - LONGEST_LIST_GAP), row["number_start"])
        if after is not None and after.end() in starts \
                or any(end in ends and LIST_GAP.fullmatch(parse, end, row["number_start"]) for end in before):
            listed.add(index)
    return listed


def _split_joint_ratios(row: dict) -> list[dict]:
    """建成率和有效运行率达100%: one commitment on two indicators gives two rows.

    >>> [row["indicator"] for row in _split_joint_ratios({"indicator": "企业报表及时率、准确率", "raw": ""})]
    ['企业报表及时率', '企业报表准确率']
    """
    match = JOINT_RATIOS.fullmatch(row["indicator"])
    if not match:  # 高血压、2型糖尿病患者规范管理率均达到60%: one value shared by every head
        # heads at 、, else at 和/及/与 (城乡困难残疾人生活补贴和重度残疾人护理补贴发放率均达到100%)
        count = row["indicator"].count("、") + 1 if "、" in row["indicator"] else len(LIST_JOINT.split(row["indicator"]))
        heads = split_shared_heads(row["indicator"], count) if SHARED_VALUE.search(row["raw"]) else None
        return [{**row, "indicator": head} for head in heads] if heads else [row]
    head, first, second = match["head"], match["first"], match["second"]
    if len(second) <= 3 < len(first):  # 报表及时率、准确率: two rates of two characters share the head 报表
        head, first = head + first[:len(first) - len(second)], first[len(first) - len(second):]
    return [{**row, "indicator": head + part} for part in (first, second)]


def _share_lists(rows: list[dict], parse: str) -> None:
    """A list of values (60%、75%、90%以上): one comparator for all, one indicator each.

    The comparator of the last value (以上 -> >=) is the list's, else that of the first (不少于…); the subject before the cue, split
    at 、, gives each value its indicator when the counts agree (城市、县城污水处理率分别达到…).
    """
    index = 0
    while index < len(rows):
        run = [rows[index]]
        while index + len(run) < len(rows):
            following = rows[index + len(run)]
            if not LIST_GAP.fullmatch(parse, run[-1]["end"], following["number_start"]):
                break
            run.append(following)
        index += len(run)
        if len(run) < 2:
            continue
        # (不少于150个、80个、60个: a bound before the first value covers the list when none closes it)
        shared = run[-1]["comparator"] if run[-1]["comparator"] != "=" else run[0]["comparator"]
        for row in run:
            if row["comparator"] == "=" and shared != "range":
                row["comparator"] = shared
            row["direction"] = row["direction"] or run[0]["direction"]
        _split_subjects(run, parse)


YEAR_PART = re.compile(r"(?:19|20)\d\d年")


def _split_subjects(run: list[dict], parse: str) -> None:
    """城市、县城污水处理率 over two values -> 城市污水处理率, 县城污水处理率; 2023年、2024年…比例
    over as many values -> one indicator, each value with its own year."""
    first = run[0]
    subject = parse[clause_start(parse, first["start"]): first["start"]] if first["indicator"] == "" else first["indicator"]
    years = [m.group() for m in YEAR_PART.finditer(parse, clause_start(parse, first["start"]), first["number_start"])]
    if len(years) == len(run):
        # the years go first: the tail words would take the 年 of the last one (…2026年 -> 2026)
        shared = YEAR_PART.sub("", RESPECTIVELY.split(parse[first["start"]: first["number_start"]])[0])
        shared = TAIL_WORDS.sub("", shared.strip("、, ")).strip("、, ")
        # 其中2024年、2025年分别完成150公里、170公里: only years before 分别; the indicator is the one
        # named before in the sentence (filled by _resolve_ellipsis)
        for row, year in zip(run, years):
            row["indicator"], row["stated_year"] = shared, int(year[:4])
        return
    indicator = first["indicator"]
    labels = split_shared_heads(RESPECTIVELY.split(indicator)[0], len(run))
    for row, label in zip(run, labels or [indicator] * len(run)):
        row["indicator"] = label if labels else row["indicator"] or indicator


ACT_UNITS = set(words("extract_targets", "act_unit"))
CLAUSE_TOTAL = re.compile(alternation(words("extract_targets", "clause_total")))
# (在政策范围内的: a scope of a rule, not a place)
LOCATED = re.compile(rf"(?<!范围)(?:{alternation(words('extract_label_trims', 'locative'))})\Z")
VERB_CUE = re.compile(rf"(?:{DROP_VERB.pattern}|{alternation(OBJECT_CUES)})")


SEASON = re.compile(r"汛期|[\u4e00-\u9fff]{1,3}期(?:内|间)")


def _act_of_clause_before(text: str, parse: str, start: int) -> str:
    """开展校园食品安全专项检查，每学期不少于2次: a count that names nothing after a schedule counts the
    act of the clause before it; the label is that act's object (校园食品安全专项检查), or "".

    >>> text = "学校应当开设裕固语课程，每周不少于2课时。"
    >>> _act_of_clause_before(text, parse_view(text)[0], text.index("不少于"))
    '裕固语课程'
    """
    comma = clause_start(parse, start) - 1
    season = SEASON.match(parse, comma + 1, start)  # (组织联合巡查,汛期每周不少于1次: the season the act is counted in)
    after_season = season.end() if season else comma + 1
    lead = LEAD_WORDS.match(parse, after_season, start)
    if comma <= 0 or parse[comma] != "," or (lead.end() if lead else after_season) != start:
        return ""  # only a schedule (每学期, 每月) may stand between the clause before and the count
    begin = clause_start(parse, comma)
    for verb in VERB_CUE.finditer(parse, begin, comma):
        if verb_opens_noun(parse[verb.start(): comma], verb.end() - verb.start()):
            continue  # 建设单位应当…: a verb opening a noun is no act
        # a count after the verb is a target of its own; …的, closes a condition, not an act
        if comma - verb.end() >= 2 and not DIGIT.search(parse, verb.end(), comma) and parse[comma - 1] != "的":
            return clean_indicator(text[verb.end(): comma].strip())
    return ""


def _respective_to_earlier(rows: list[dict], parse: str) -> None:
    """接待游客3800万人次,旅游收入260亿元,分别增长8%和10%: a list of values after 分别 that names no
    indicator of its own takes, one each in order, those of as many targets just before it in the
    sentence (they stand apart, at commas; values listed at 、 are one list already)."""
    index = 0
    while index < len(rows):
        row = rows[index]
        run = 1
        while index + run < len(rows) and LIST_GAP.fullmatch(parse, rows[index + run - 1]["end"], rows[index + run]["number_start"]):
            run += 1
        earlier = rows[max(0, index - run): index]
        if run >= 2 and len(earlier) == run and not any(r["indicator"] for r in rows[index: index + run]) \
                and RESPECTIVELY.match(parse, row["start"]) \
                and all(r["indicator"] and sentence_start(parse, r["start"]) == sentence_start(parse, row["start"])
                        for r in earlier) \
                and not any(LIST_GAP.fullmatch(parse, a["end"], b["number_start"]) for a, b in zip(earlier, earlier[1:])):
            for target, source in zip(rows[index: index + run], earlier):
                target["indicator"] = source["indicator"]
        index += run


def _resolve_ellipsis(rows: list[dict], parse: str) -> None:
    """Fill or complete indicators left implicit after an earlier one in the same sentence."""
    for previous, row in zip(rows, rows[1:]):
        if sentence_start(parse, row["start"]) != sentence_start(parse, previous["start"]):
            continue
        if not row["indicator"] or row["indicator"] in SAME_PERIOD_WORDS:  # 到位内资120亿元，同比增长10%
            # (…，每座配备温湿度监测终端不少于1套: a norm per unit that names its own object counts it)
            own = _without_unit_scope(row["unit_phrase"])[0] if row.get("unit_phrase") else ""
            own = "" if BASE_ONLY.fullmatch(parse_view(own)[0]) else own  # 每个社区 alone names nothing
            if own:
                row["indicator"] = clean_indicator(own)
            elif not SCOPE_LABEL.search(parse, previous["end"], row.get("number_start", row["start"])):
                row["indicator"] = previous["indicator"]  # 丘陵地区每户…: a scope of its own, left empty
        elif _sub_scope(row["indicator"], previous["indicator"], parse[previous["end"]: row["start"]]):
            row["indicator"] += previous["indicator"]  # …覆盖率达到45%,其中重点人群达到75%: 重点人群…覆盖率
        elif row["unit"] == previous["unit"] and (
                carried := _parallel_holder(row["indicator"], previous["indicator"], parse[previous["end"]: row["start"]])):
            # …旅游景区无障碍设施达标率达到100%,其他A级旅游景区达到85%: the rate carried over (first: 规模养殖场…建立率,
            # 散养户达到80% swaps the holder, whatever its length)
            row["indicator"] += carried
        elif row["unit"] == previous["unit"] and _parallel_scope(row["indicator"], previous["indicator"],
                                                                 parse[previous["end"]: row["start"]]):
            # 县城污水处理率达到95%以上,乡镇达到80%以上: the scope of the same length is replaced (of the same
            # measure: …清扫率达到85%,每日洒水不少于2遍 counts another thing)
            row["indicator"] += previous["indicator"][len(row["indicator"]):]
        elif renamed := _scope_for_rate(row["indicator"], previous["indicator"], parse[previous["end"]: row["start"]]):
            row["indicator"] = renamed  # 城市社区助餐服务覆盖率达到100%,农村地区覆盖率…: the measure between is taken
        elif BARE_MEASURE.fullmatch(parse_view(row["indicator"])[0]) and re.fullmatch(
                rf"\s{{0,2}}[、,]\s{{0,2}}{re.escape(parse_view(row['indicator'])[0])}\D{{0,4}}",
                parse[previous["end"]: row.get("number_start", row["start"])]):
            # 改造老旧小区62个、面积136万平方米: the measure of what the target before names
            row["indicator"] = _measure_head(previous["indicator"]) + row["indicator"]
        elif len(row["indicator"]) <= 3 and RATIO_WORD.fullmatch(row["indicator"]) \
                and ("," not in parse[previous["end"]: row["start"]] or row["indicator"] in ASPECT_RATES) \
                and not WORD.search(parse, previous["end"], row["start"]):
            # 及时率、准确率 / 受理率达100%,成功率达98%: rates of one thing; …死亡率…,彩化率达24.2%: two things;
            # …比例≥3‰,社区康复中心街镇设置覆盖率100%: words cut before the rate name its own thing
            head = RATIO_WORD.fullmatch(previous["indicator"])
            if head and head["head"] and not row["indicator"].startswith(head["head"]):
                row["indicator"] = head["head"] + row["indicator"]


# 门诊慢特病费用报销比例，职工医保不低于75%，居民医保不低于60%: a sentence whose first clause is a
# measure's name alone (after any heading mark), a value for each scope after it
NAMED_FIRST = re.compile(r"\s{0,4}(?:第[一二三四五六七八九十百]{1,4}条|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.])?"
                         rf"\s{{0,2}}(?P<measure>[\u4e00-\u9fff][\u4e00-\u9fff()“”]{{1,29}}(?:{RATE_WORD.pattern}|标准|限额))\s{{0,2}}[,:]")
MAX_SCOPE_LABEL = 8


def _measure_named_first(rows: list[dict], text: str, parse: str) -> None:
    """A row labelled by a scope alone (职工医保) in a sentence that opens with the name of what is
    measured (…费用报销比例，职工医保不低于75%) is labelled scope + measure."""
    named: dict[int, re.Match | None] = {}  # sentence start -> its opening name: each sentence read once
    for row in rows:
        view = parse_view(row["indicator"])[0]
        if not 2 <= len(view) <= MAX_SCOPE_LABEL or MEASURE_END.search(view) or RATE_END.search(view) \
                or view.startswith(("是", "为")) or row["indicator"] not in text[row["start"]: row["end"]]:
            continue  # 应当是本企业…: a predicate, no scope; …的标准配套建设养老服务设施: named after the value
        begin = _statement_start(parse, row["start"])
        if begin not in named:
            named[begin] = NAMED_FIRST.match(parse, begin, min(row["start"], begin + 48))
        opening = named[begin]
        if opening and opening.end() <= row["start"]:
            row["indicator"] += text[opening.start("measure"): opening.end("measure")]


BARE_MEASURE = re.compile(alternation(words("extract_targets", "bare_measure")))
ASPECT_RATES = frozenset(words("extract_targets", "aspect_rate"))


def _measure_head(label: str) -> str:
    """What a label measures: 林下经济面积 -> 林下经济, 粮食播种面积 -> 粮食; a count's object (老旧小区)
    is its own head.

    >>> _measure_head("林下经济面积"), _measure_head("老旧小区")
    ('林下经济', '老旧小区')
    """
    view = parse_view(label)[0]
    measure = re.search(rf"(?:{BARE_MEASURE.pattern})\Z", view)
    if measure is None:
        return label
    return label[:measure.start()] if measure.start() >= 2 else ""


def _sub_scope(label: str, previous: str, between: str) -> bool:
    """Whether ``label`` after 其中 names only a part of what a rate before it measures (其中农村地区).

    >>> _sub_scope("重点人群", "家庭医生签约服务覆盖率", ",其中"), _sub_scope("脱贫劳动力", "农民", ",其中")
    (True, False)
    """
    view, before = parse_view(label)[0], parse_view(previous)[0]
    return "其中" in between and len(between) <= 6 and 2 <= len(view) <= 8 and RATE_END.search(before) is not None \
        and RATE_END.search(view) is None and MEASURE_END.search(view) is None


def _parallel_scope(label: str, previous: str, between: str) -> bool:
    """Whether ``label`` is a scope standing for the scope that opens the rate of the clause before
    (县城污水处理率达到95%,乡镇达到80% -> 乡镇污水处理率).

    >>> _parallel_scope("乡镇", "县城污水处理率", ","), _parallel_scope("乡镇", "污水处理率", ",")
    (True, False)
    """
    view, before = parse_view(label)[0], parse_view(previous)[0]
    return between.strip() == "," and 2 <= len(view) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", view) is not None \
        and RATE_END.search(before) is not None and RATE_END.search(view) is None and MEASURE_END.search(view) is None \
        and len(before) - len(view) >= 4


# 城市社区, 农村地区, 县城, 乡镇: scopes that stand for each other before a rate
PLACE_SCOPE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:地区|农村|乡村|城市|城镇|城区|县城|乡镇|社区|街道|村|镇|乡)")


# 景区, 医院, 机构: the kinds of holder a rate is measured over, which a second clause names alone
HOLDER_END = re.compile(r"医院|机构|景区|学校|社区|乡镇|园区|小区|场所|企业|单位|地区|农村|城市|县城|城区|行政村|养殖场|养殖户|散养户")


def _parallel_holder(label: str, previous: str, between: str) -> str:
    """What the rate of the clause before measures of its holders, when ``label`` names other holders
    alone (…旅游景区无障碍设施达标率达到100%,其他A级旅游景区达到85% -> 无障碍设施达标率), else "".

    >>> _parallel_holder("其他A级旅游景区", "4A级以上旅游景区无障碍设施达标率", ","), _parallel_holder("乡镇", "县城污水处理率", ",")
    ('无障碍设施达标率', '')
    """
    if between.strip() != "," or not 3 <= len(label) <= 10 or RATE_END.search(label) or not RATE_END.search(previous):
        return ""
    own = HOLDER_END.search(label, len(label) - 3)
    if own is None or own.end() != len(label):
        return ""
    ends = [match.end() for match in HOLDER_END.finditer(previous)]
    rest = previous[ends[-1]:] if ends else ""
    return rest if len(rest) >= 3 and not HOLDER_END.search(rest) else ""


def _scope_for_rate(label: str, previous: str, between: str) -> str:
    """``label`` named in full when it is a scope and a bare rate standing for the rate of the clause
    before, whose scope of the same length it replaces (城市社区助餐服务覆盖率…,农村地区覆盖率… ->
    农村地区助餐服务覆盖率); "" otherwise.

    >>> _scope_for_rate("农村地区覆盖率", "城市社区助餐服务覆盖率", ","), _scope_for_rate("调查失业率", "城镇登记失业率", ",")
    ('农村地区助餐服务覆盖率', '')
    """
    shared = len(os.path.commonprefix([label[::-1], previous[::-1]]))  # the ending both share (覆盖率)
    tail, scope = label[len(label) - shared:], len(label) - shared
    named = between.strip() == "," and 2 <= scope <= 4 and RATE_END.search(tail) is not None \
        and BARE_RATE.fullmatch(tail) is not None and len(previous) - shared - scope >= 2 \
        and PLACE_SCOPE.fullmatch(label, 0, scope) is not None and PLACE_SCOPE.fullmatch(previous, 0, scope) is not None
    return label[:scope] + previous[scope:] if named else ""


def _target_year(row: dict, deadlines: list[dict], starts: list[int], parse: str) -> int | None:
    """Year of the last deadline stated before the target in its sentence, else before it in the
    measure, else after it in its sentence (…达到90%,2025年前完成)."""
    before = bisect.bisect_left(starts, row["end"])
    if before:
        year = int(deadlines[before - 1]["date"][:4])
        # “十五五”时期…，到2035年基本实现…。主要指标包括…: a year beyond the horizon of the five-year plan
        # named before it is a long-range vision; it dates its own sentence, the plan's targets after it
        # take the plan's end
        plan = next((int(d["date"][:4]) for d in reversed(deadlines[:before - 1]) if d["note"] == PLAN_END), None)
        if plan and year > plan and sentence_start(parse, deadlines[before - 1]["start"]) != sentence_start(parse, row["start"]):
            return plan
        return year
    sentence_end = min((i for i in (parse.find(mark, row["end"], row["end"] + 300) for mark in "。;") if i >= 0),
                       default=row["end"] + 300)
    later = [d for d in deadlines[before: before + 3] if d["start"] < sentence_end]
    return int(later[0]["date"][:4]) if later else None
