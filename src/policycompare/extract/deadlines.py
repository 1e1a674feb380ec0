"""By when: deadlines and recurring schedules, normalised, with the raw phrase kept.

Forms handled (on the parse view, so full-width digits and brackets read alike):

* absolute: 2017年年底前, 2010年6月底前, 2012年前, 到2020年, 力争在2025年, 二〇一七年底前;
* staged: 2010年年底…2011年年底…至2012年年底 gives three rows;
* windows: 三年(2010-2012年)内, “十四五”期间 (five-year plans end in a known year);
* relative to the document's date: 完成时限:全年, 年底前, 年内, 上半年, 一季度, 今年, 6月底前, 10月底,
  11月份, 6月中旬 (a month without a year is in the document's year);
* a bare year that opens a clause stating a target (2019年规范化率达到90%) is that target's deadline;
* stage ranges in brackets or before a colon ((2016年—2018年)) end with their last year; a bracketed
  range without a year ((5月15日—5月31日)) ends with its last day in the document's year;
* garbled runs (到201910月底) give a row with an empty date and a note;
* recurring: 每年, 每学年, 每半年, 每季度, 每月, 每旬, 每周, 每日, 每3天, 每2小时 (periods are data), with an optional day (每年12月31日前, 每年一月底之前).

A deadline that cannot be resolved keeps its raw text with an empty date and a note; no date is
ever guessed. A date before the document's own is no deadline to meet: written with its year
(至1956年6月 quoted in a regulation of 2022) it is no row; read against the document's date (7月底前
in a regulation adopted in December) it keeps its row with an empty date and a note. Years inside
cited documents (《…(2015—2020年)》, 〔2010〕8号) are not deadlines, and neither are years that date
the past (2009年,市局确定…) or a start (从2010年开始).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from itertools import chain

from ..ingest import parse_view
from ..numerals import YEAR_DIGITS, numeral_or_none
from .common import Coverage, cited_spans, clause_start, sentence_start
from .lexicon import alternation, first_chars, mapping, table, words
from .tables import YEAR_COLUMN, indicator_tables

COLUMNS = ["raw", "kind", "date", "period", "note", "start", "end"]

_CN = YEAR_DIGITS
_YEAR = rf"(?:19|20)\d\d|[{_CN}]{{4}}"
_MONTH = rf"\d{{1,2}}|[{_CN}]{{1,3}}"
_DAY = rf"\d{{1,2}}|[{_CN}]{{1,3}}"
_S = r"\s{0,3}"  # white space inside a phrase: bounded, so a run of spaces costs a constant per position
# Phrases are data (policycompare/data/extract_deadlines.csv).
WITHIN_YEAR = mapping("extract_deadlines", "within_year")  # 上半年 -> 06-30
PART_OF_MONTH = mapping("extract_deadlines", "part_of_month")  # 中旬 -> 20, 底 -> last
_WITHIN = alternation(WITHIN_YEAR)
_PART = alternation(PART_OF_MONTH)
_BEFORE = r"(?P<before>之前|以前|前)?"
# 4月20日(星期五)前: the weekday of the day, in brackets; 5月1日12时前, 24时止: the hour of the day
_WEEKDAY = r"(?:\s{0,2}\((?:星期|周|礼拜)[一二三四五六日天]\))"
_DAY_TAIL = rf"{_WEEKDAY}?(?:\s{{0,2}}\d{{1,2}}\s{{0,2}}(?:时|点))?"
# 10:00至10:19, 9时至11时: the hours of the day an act is done on
_HOUR = r"\d{1,2}\s{0,2}(?::\d{2}|时|点)"
_HOURS = rf"(?:{_HOUR}(?:\s{{0,2}}[-—–~至到]\s{{0,2}}{_HOUR})?)"
# Patterns scanned over whole texts open with a guard, the characters a match can start with (a
# year starts with 1, 2 or a Chinese digit): at most positions one set test fails it at once.
_YEAR_START = rf"[12{_CN}]"

RANGE = re.compile(
    rf"(?=[{_CN}\d(\s])(?:[{_CN}\d]{{1,4}}年{_S})?(?P<open>\()?{_S}(?P<first>{_YEAR}){_S}年?{_S}[-—–~至到]{_S}(?P<last>{_YEAR}){_S}年"
    rf"{_S}(?P<close>\))?{_S}(?P<tail>{alternation(words('extract_deadlines', 'stage_tail'))})?"
)
CELL_END = re.compile(r"[ \t]*(?:\||\n|\Z)")  # the end of a table's cell, of a line or of the text
# 巩固阶段(2026年): a stage named with one year in brackets ends with that year (data: stage_name);
# 宣传发动阶段(2026年3月), 动员阶段(3月): with one month, it ends with that month (in the document's year)
STAGE_YEAR = re.compile(rf"(?:{alternation(words('extract_deadlines', 'stage_name'))}){_S}\({_S}(?:(?P<year>{_YEAR}){_S}年{_S})?"
                        rf"(?:(?P<month>{_MONTH}){_S}月份?{_S})?(?<=[年月份]){_S}\)")
# 市级抽查(8月)。, 第四阶段:总结评估(12月): a heading (a line's or a stage's short name) whose bracket holds one
# month names the month its work is done in
STAGE_HEADING = re.compile(rf"(?:(?<![^\n])|(?<=:))[\u4e00-\u9fff]{{2,12}}\({_S}(?:(?P<year>{_YEAR}){_S}年{_S})?"
                           rf"(?P<month>{_MONTH}){_S}月份?{_S}\)(?=[。:;\n]|\Z)")
# (2016年7月—9月): the months of a stage, ending with the last one; with days (行动时间:2025年5月10日至
# 9月10日), ending with the last day
MONTH_RANGE = re.compile(
    rf"(?={_YEAR_START})(?P<year>{_YEAR}){_S}年{_S}(?P<first>{_MONTH}){_S}月{_S}(?:(?:{_DAY}){_S}[日号]{_S}|(?:{_PART}){_S})?起?[-—–~至到]{_S}"
    rf"(?:(?P<last_year>{_YEAR}){_S}年{_S})?(?P<last>{_MONTH}){_S}月(?:{_S}(?P<last_day>{_DAY}){_S}[日号]|(?P<part>{_PART}))?"
)
# (5月15日—5月31日), (3月—4月中旬), (即日起至6月15日): a stage in brackets without a year ends with its last
# day, in the document's year
STAGE_NO_YEAR = re.compile(
    rf"\({_S}(?:(?P<first>{_MONTH}){_S}月{_S}(?:(?:{_DAY}){_S}[日号]{_S}|(?:{_PART}){_S})?|即日{_S}起?){_S}[-—–~至到]{_S}"
    rf"(?:(?P<last_year>{_YEAR}){_S}年{_S}(?=\d))?(?:(?P<month>{_MONTH}){_S}月{_S})?"  # (12月11日—2027年1月20日)
    rf"(?:(?P<day>{_DAY}){_S}[日号]|(?P<part>{_PART}))?{_S}\)"
)
# 5月至8月开展整治, 6—9月: a range of months without a year outside brackets ends with its last month, in
# the document's year; a season of every year (汛期6—9月, 每年5月至8月, 6—9月为汛期) is not one.
MONTHS_NO_YEAR = re.compile(
    rf"(?=[\d{_CN}])(?<![\d{_CN}年月日期\(])(?P<first>{_MONTH}){_S}月?{_S}(?:(?:{_DAY}){_S}[日号]{_S}|(?:{_PART}){_S})?[-—–~至到]{_S}"
    rf"(?P<month>{_MONTH}){_S}月{_S}(?:(?P<day>{_DAY}){_S}[日号]|(?P<part>{_PART}))?"
)
# Only a range that work is done in is a stage (5月至8月集中开展); elsewhere (险情发生在四月至十月, 即1月1日至
# 12月31日, 3月至5月、9月至11月禁止狩猎) it names a season or a condition. The verbs are data.
# 3月至4月,对全市学校食堂开展全覆盖检查, 4月1日至4月30日,各县市区水利局组织自查: the verb may follow a short
# phrase naming what, where or who (not a season: 5月至10月旅游旺季期间…重点区域), who may be a list (6月至8月,
# 执法一中队、执法二中队开展…; not a list of ranges: 3月至5月、9月至11月)
STAGE_WORK = re.compile(rf"{_S},?{_S}(?:[^,。;:、\n期季][^,。;:\n期季]{{0,39}}?)?(?:{alternation(words('extract_deadlines', 'stage_work'))})")
SEASON_AFTER = re.compile(rf"{_S}(?:为|是|期间|份为)")
# 5月至11月为集中整治期: a period named after the work done in it is a stage, not a season (data: campaign_work);
# one called a 阶段 always is (5月1日至10月31日为集中监管阶段), where a 期 may be a season (为防火期)
_STAGE_NAMED = rf"为{_S}(?:[^,。;:]{{0,8}}?阶段|[^,。;:]{{0,6}}?(?:{alternation(words('extract_deadlines', 'campaign_work'))})[^,。;:]{{0,2}}?期)"
CAMPAIGN_PERIOD = re.compile(rf"{_S}{_STAGE_NAMED}")
# 11月为总结阶段, 2026年11月为验收阶段: one month a stage of the work is done in (a range: CAMPAIGN_PERIOD)
MONTH_STAGE = re.compile(rf"(?<![\d{_CN}年月日至到\-—–~])(?:(?P<year>{_YEAR}){_S}年{_S})?(?P<month>{_MONTH}){_S}月份?{_S}"
                         rf"(?={_STAGE_NAMED})为")
# 宣传发动阶段:4月1日至4月15日: a range a stage's name introduces is a stage (完成时限:4月—6月, a field's: AFTER_FIELD)
STAGE_LEAD = re.compile(rf"(?:{alternation(words('extract_deadlines', 'stage_name'))}){_S}(?::|为){_S}\Z")
SEASON_BEFORE = re.compile(r"(?:每年|每年的|期|季|汛期|历年|通常)\s{0,3}\Z")
# 防火期内(3月15日至6月15日、9月15日至11月15日), 旅游旺季(5月至9月), 夏季(6月至9月): a season's months in brackets
SEASON_BRACKET = re.compile(r"(?:期|季)(?:内|间)?\s{0,3}\([^()]{1,60}\)")
# 全面完成2024年度…任务: the year's tasks are due at its end
ANNUAL_TASK = re.compile(rf"(?:完成|完成好|落实)\s{{0,2}}(?P<year>{_YEAR}){_S}年度")
# “八一”前, 国庆节前: a day of every year named by a holiday, in the document's year (data: fixed_day)
FIXED_DAY = mapping("extract_deadlines", "fixed_day")
# 汛期前, 2026年汛期前, 春节前: a season or lunar feast with no fixed day, an undated deadline (data: season);
# not where it names the work done then (开展汛前检查, 汛前设施设备检查: data season_work, with what it is done on
# between: season_object); any other word between makes it a time (春节前各乡镇全面排查, 汛前完成检查, 春节前准备好…)
# (“春节”前: the feast in quotes, as holidays are written)
_SEASON_WORK = (rf"(?:{alternation(words('extract_deadlines', 'season_object'))}){{0,2}}"
                rf"(?:{alternation(words('extract_deadlines', 'season_work'))})(?!好)")
SEASON = re.compile(rf"(?:(?P<year>\d{{4}})\s{{0,2}}年\s{{0,2}})?(?P<quote>[“\"])?(?:{alternation(words('extract_deadlines', 'season'))})"
                    rf"(?(quote)[”\"])\s{{0,2}}(?:到来|来临|结束)?(?:之前|以前|前)(?![后期]|{_SEASON_WORK})")
# the lunar feasts' days, year by year (data: lunar_feasts)
LUNAR_DAYS = {feast: [dt.date.fromisoformat(row["date"]) for row in table("lunar_feasts") if row["feast"] == feast]
              for feast in dict.fromkeys(row["feast"] for row in table("lunar_feasts"))}  # in the file's order
# (“3·15”前, “12·4”前: a day of every year named by its date in quotes, a holiday alike)
HOLIDAY = re.compile(rf"(?=[“\"{first_chars(FIXED_DAY)}])(?P<quote>[“\"])?(?:(?P<day>{alternation(FIXED_DAY)})"
                     rf"|(?<=[“\"])(?P<month>1[0-2]|0?[1-9])[·.．](?P<dotted_day>[1-3]?\d)(?=[”\"]))"
                     rf"(?(quote)[”\"])(?:节)?\s{{0,2}}(?:之前|以前|前)(?!后)")
NOT_STAGE = re.compile(alternation(words("extract_deadlines", "not_stage")))
MONTH_DONE = re.compile(alternation(words("extract_deadlines", "month_done")))  # 2024年6月完成: by June
YEAR_LEAD = re.compile(rf"(?:{alternation(words('extract_deadlines', 'year_lead'))})\Z")  # 力争 of 力争2026年新增…
# 有效期至2026年12月31日, 有效期截至2025年底: the end of the document's validity (data: validity), not a deadline
VALIDITY = re.compile(rf"(?:{alternation(words('extract_deadlines', 'validity'))})\s{{0,2}}(?:为|:)?\s{{0,2}}\Z")
ABSOLUTE = re.compile(
    rf"(?=[截力争到至在于\s12{_CN}])(?P<cue>截止到|截止|截至|力争在|力争到|争取在|争取到|到|至|在|于)?{_S}(?P<year>{_YEAR}){_S}年{_S}"
    rf"(?:(?P<within>{_WITHIN})|(?P<month>{_MONTH}){_S}月{_S}(?:(?P<day>{_DAY}){_S}[日号]{_DAY_TAIL}|(?P<part>{_PART}))?)?"
    rf"{_S}(?P<end>年底|底|年末|末|内)?{_S}{_BEFORE}"
)
# 到201910月底: a year and a month run together, 年 lost. Kept as a row with a note, never guessed.
GARBLED = re.compile(rf"(?=[到至于在12])(?P<cue>到|至|于|在)?(?P<digits>(?:19|20)\d\d\d{{1,2}})月(?:{_PART})?(?:之前|以前|前)?")
FIVE_YEAR_PLAN = re.compile(r"[“\"]?十(?P<ordinal>[一二三四五六七八九]?)五[”\"]?\s{0,2}(?:期间|末|时期|内)")
DEADLINE_FIELD = re.compile(
    rf"(?:{alternation(words('extract_deadlines', 'field'))}){_S}(?::|为){_S}(?P<value>[^。)〕;,\n]{{0,30}})")  # 截止时间为6月10日
# a date right after a deadline field's key (完成时限:2024年12月31日, a task table's cell) is the deadline
# 完成时限:2025年6月底, 截止时间为2025年12月31日: a field's value, written after a colon or 为
AFTER_FIELD = re.compile(rf"(?:{alternation(words('extract_deadlines', 'field'))}){_S}(?::|为){_S}\Z")
# 申报时间截至2026年5月20日: an application window closing on a day (截至 alone reports a state: 截至2025年底已…)
WINDOW = re.compile(rf"(?:{alternation(words('extract_deadlines', 'window'))}){_S}\Z")
# 建设期2026—2028年: a project's years (data: period_field), the colon optional
PERIOD_FIELD = re.compile(rf"(?:{alternation(words('extract_deadlines', 'period_field'))}){_S}(?::|为)?{_S}\Z")
FIELD_MONTH = re.compile(rf"(?P<month>{_MONTH}){_S}月份?")  # 完成时限:6月, the end of that month
FIELD_DAY = re.compile(rf"(?P<month>{_MONTH}){_S}月{_S}(?P<day>{_DAY}){_S}[日号]")  # 完成时间:6月16日, that day
WHOLE_YEAR = words("extract_deadlines", "whole_year")
NEEDS_YEAR = words("extract_deadlines", "needs_year")
NEEDS_YEAR_BY = tuple(words("extract_deadlines", "needs_year_by"))  # 到年底: by this year's end
ONGOING = words("extract_deadlines", "ongoing")
THIS_PERIODS = mapping("extract_deadlines", "this_period")  # 本月底前 -> month
THIS_PERIOD = re.compile(rf"(?P<word>{alternation(THIS_PERIODS)})")
IMMEDIATE = words("extract_deadlines", "immediate")
# 立行立改、长期坚持; 2026年底前完成并长期坚持; 6月底前完成,长期坚持: each part of a deadline field's value
# that names no date (at once, or for good) is an undated deadline beside the dated part
UNDATED_PART = re.compile(rf"(?:(?<=[:、,;并])|(?<=完成并)){_S}(?P<word>{alternation(ONGOING + IMMEDIATE)}){_S}(?=$|[、,;。)\n])")
FIELD_REACH = 40  # characters of a deadline field's value read for its parts
# 于2025年4月8日、7月8日及10月8日前: a list of days closed by one 前; each day is a deadline (a report due
# on each). The year, when written, is the first day's; a day without its month shares the month before.
DATE_LIST = re.compile(
    rf"(?=[12\d])(?:(?:19|20)\d\d{_S}年{_S})?\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}[日号]"
    rf"(?:{_S}[、和及与]{_S}(?:\d{{1,2}}{_S}月{_S})?\d{{1,2}}{_S}[日号]){{1,11}}{_S}(?P<by>之前|以前|前)")
LISTED_DAY = re.compile(rf"(?:(?P<year>(?:19|20)\d\d){_S}年{_S})?(?:(?P<month>\d{{1,2}}){_S}月{_S})?(?P<day>\d{{1,2}}){_S}[日号]")
# 经过五年的努力 / 用三年时间: a horizon counted from the document's year.
HORIZON = re.compile(rf"(?:经过|用)(?P<years>[{_CN}\d]{{1,2}})年(?:左右)?(?:的)?(?:努力|时间)")
# A month of the document's year: 6月底前, 10月底, 11月份, 6月中旬, 6月30日前 (a bare 6月 is not one).
_MONTH_OF_YEAR = (rf"(?P<month>{_MONTH}){_S}月{_S}(?:(?P<day>{_DAY}){_S}[日号]{_DAY_TAIL}{_S}(?P<by>之前|以前|前)"
                  rf"|(?P<part>{_PART}){_S}(?:之前|以前|前)?|(?:之前|以前|前))")
# 第三季度末, 一季度末前: the end of a part of the year is the part's last day (the raw keeps 末)
_WITHIN_YEAR = rf"(?P<within>{_WITHIN})(?:{_S}[末底](?:之前|以前|前)?)?|{_MONTH_OF_YEAR}"
# 今年6月底前, 明年上半年, 今年: a year named relative to the document, with an optional part of it
RELATIVE_YEAR = re.compile(rf"(?P<which>今年|明年|次年|当年)(?:{_S}(?:{_WITHIN_YEAR}))?")
# 半年内, 次年内 are spans counted from an event, not the document's year
# (秋季开学前后: around the start of term, every year, no deadline)
RELATIVE = re.compile(rf"(?=[{first_chars(WITHIN_YEAR)}\d{_CN}])(?<![\d{_CN}年去上前每第半次])(?:{_WITHIN_YEAR})(?!(?<=前)后)")
# 每年的九月三十日以前, 每年采暖期结束后至5月31日前: a day without a year in a clause that has said 每年
# is the day of a yearly schedule, not a deadline; so is 当年 (that year) in a sentence that has (每年12月31日
# 前年满18岁的…应当于当年9月30日前). In another clause (每年开展评价，12月15日前报送) it is this year's.
YEARLY = ("year",)
# What follows a date that is not a deadline: the past (已建成, 共有, 以来) or a start (起, 开始, 于9月1日启动: a day a thing starts on; 3月启动 may name the month it is done in).
# A date an act was done on (于2022年5月20日颁布) is no deadline; 9月底前印发 is one.
PUBLISHED = re.compile(r"[^,。;]{0,2}?(?:颁布|公布|批准|印发|发布|通过)")
NOT_AHEAD = re.compile(r"[,\s]?[^,。;]{0,6}?(?:已经|已|共有|共计|以来|至今)|起|开始|(?<=日)启动|以后|之后"
                       r"|[^,。;]{0,4}?(?:建成|完成|形成|建立|出生|登记)的"
                       # 3月31日前签订、仍在履行的合同, 4月30日前取得施工许可的项目: which ones, by what they did before it
                       r"|[^,。;]{0,4}?(?:签订|签署|取得)[^,。;]{0,8}?的"
                       r"|[^,。;]{0,8}?基础上")  # 在2026年预算基础上再压减5%: the base a change is measured from
# 今年安排800万元: the year funds are allotted in, no limit (4月底前下达首批资金, 今年投入运营3座 and 今年安排5个乡镇
# 开展试点 are limits)
# 做好今年汛期防汛工作, 保障今年高考: after such a verb 今年 says which year's work or event is meant, no limit
YEAR_OF_OBJECT = re.compile(rf"(?:{alternation(words('extract_deadlines', 'year_of_object'))})\Z")
YEAR_OF_FUNDS = re.compile(r"(?:市级|省级|县级|财政)?(?:安排|投入|下达|拨付)[^,。;\d]{0,8}?[\d.]+\s{0,2}[万亿]?元")
# 4月底前完成已改户厕排查, 6月底前对已建设施开展检查: 已 after the act's verb or 对 qualifies its object,
# the limit stays ahead
# (年底前全区已售电动自行车登记上牌率, 6月底前实现已建项目…全覆盖, 年内编制完成未批已填…: 实现 before 已
# alike, or a scope when no act of completion follows 已 (5月底前，全县已完成春播… reports), and the act's verb may
# come a word later)
# (10月底前,完成全区已批…, 推动已签约项目…; 9月底前已完成选址的助餐点全部投入运营: 已…的 says which ones)
OBJECT_DONE_BEFORE = re.compile(r"[,\s]{0,2}[^,。;已]{0,3}?(?:(?:完成|对|将|把|组织|开展|推动|推进|督促|实现)[^,。;已]{0,4}已"
                                r"|(?:全[省市区县州盟旗镇乡]|辖区)[^,。;已]{0,4}已(?!经|完成|累计|建成|发放|实现|达到|开展|排查|整改))"
                                r"|[,\s]{0,2}已[^,。;已的]{1,6}的")


def _not_ahead(parse: str, end: int) -> bool:
    """Whether the words after a date at ``end`` say it is past or a start (NOT_AHEAD), not an object
    done before (OBJECT_DONE_BEFORE) after a limit closed by 前."""
    return bool(NOT_AHEAD.match(parse, end)) and not (parse.endswith("前", 0, end) and OBJECT_DONE_BEFORE.match(parse, end))


# 2020年累计完成投资50亿元 reports a total reached; 2026年、2027年、2028年累计新增…, of years not yet begun
# when the document was written, sets one: a running total is the past only for a past year.
CUMULATIVE = re.compile(r"[,\s]?[^,。;]{0,6}?累计")
TARGET_YEAR = "the year a target is stated for"
PLAN_END = "end of the five-year plan"  # “十五五”时期: the horizon of the plan a text is about
# 上半年工作总结, 一季度报表: the period a report covers (data: reported); 将1月份、2月份低保金…发放: the periods
# of the thing that 将 makes the object
REPORTED = re.compile(rf"{_S}(?:{alternation(words('extract_deadlines', 'reported'))})")
# (拨付|第一季度补助, 完成|一季度问题整改: a verb right before the period whose object it names; data: period_object_verb)
OBJECT_PERIODS = re.compile(rf"(?:将|把)(?:(?:{_MONTH}){_S}月份?、)*\Z|(?:{alternation(words('extract_deadlines', 'period_object_verb'))})\Z")
RELATIVE_TRIGGER = re.compile(rf"月|今年|明年|次年|当年|{_WITHIN}")  # skip the patterns where none can match
YEAR_TRIGGER = re.compile(rf"(?={_YEAR_START})(?:{_YEAR})")
STRONG_CUES = ("到", "至", "截止到", "力争在", "力争到", "争取在", "争取到")
# 2019年规范化率达到90%: a bare year that opens a clause stating a target is that target's deadline.
# (or a quantity bounded after its unit, 1.5万人以上, or summed, 共120台: 2026年全州培训…1.5万人以上)
# 年底达到98%: a target's cue right after the year's end (not 年底完成率低于90%的单位, a rate that names whom)
YEAR_END_TARGET = re.compile(rf"(?:{alternation(words('extract_deadlines', 'target_cue'))})(?![率量数额])[^,。;:\d]{{0,12}}\d")
TARGET_AFTER = re.compile(
    rf"[^,。;:]{{0,40}}?(?:(?:{alternation(words('extract_deadlines', 'target_cue'))})[^,。;:\d]{{0,12}}\d"
    r"|\d[\d.]*\s{0,2}[万亿千百]?[\u4e00-\u9fff]{1,3}(?:以上|以内|左右)|共\s{0,2}\d)")
# 2025年开展终期评估, 2023年承办省级赛事, 2026年全县新造…: a bare year right before the act to be done in it (data: year_act), maybe with the whole place doing it
# (2026年在嘎鲁图镇、图克镇各设立急救站点1个: where it is done may stand between)
ACT_AFTER_YEAR = re.compile(rf"{_S}(?:在[^,。;:]{{1,24}}?(?:各|分别)?)?(?:全[省市县区州旗盟乡镇])?(?:全面|基本)?"
                            rf"(?:{alternation(words('extract_deadlines', 'year_act'))})")
# 10月举办瓷博会: a bare month opening a clause, right before the act to be done in it, is a deadline at
# that month's end in the document's year (a bare month elsewhere, 6—7月为主汛期, is none); a day named
# with it (5月12日举办, 2026年4月23日上午举行) is the deadline itself (a year and month alone: month_done);
# a span of months or days before the act (9月至11月举办, 4月15日至5月20日开展) ends on the span's end
MONTH_LEADS = set(words("extract_deadlines", "month_lead"))  # 于 of 于12月开展
# 县爱卫办11月组织抽查评估: a month right after the unit that acts in it opens the clause as well
UNIT_BEFORE = re.compile(rf"(?:{alternation(words('extract_units', 'end'))})\Z")
MONTH_ACT = re.compile(rf"(?<![\d{_CN}年月至到—~-])(?:(?P<year>20\d\d){_S}年{_S}(?=\d{{1,2}}{_S}月{_S}\d))?"
                       rf"(?:(?:{_MONTH}){_S}月(?:{_S}\d{{1,2}}{_S}日|[上中下]旬|初)?{_S}(?:至|到|—|－|~){_S})?"  # 9月至11月举办: its end
                       rf"(?P<month>{_MONTH}){_S}月(?:{_S}(?P<day>\d{{1,2}}){_S}日|底|末)?"
                       # 6月、9月各组织一次, 5月、9月分别开展: months listed before the act each of them holds;
                       # 5月15日在区人民广场举办: where it is held may stand between
                       # (9月19日(星期六)上午10:00至10:19试鸣…: the weekday and the hours of the day)
                       # (…上午10:00至10:19,在巴彦高勒镇城区试鸣: where, after a comma, when the hours close the day)
                       rf"(?=(?:{_S}、{_S}(?:{_MONTH}){_S}月)*(?:{_S}各|{_S}分别)?{_WEEKDAY}?{_S}(?:上午|下午|晚上?)?{_HOURS}?{_S}"
                       rf"(?:(?:(?<=\d),)?在[^,。;:]{{1,12}}?)?"
                       rf"{ACT_AFTER_YEAR.pattern})")
# 2026年、2027年、2028年，入驻企业分别达到60家、75家、90家: a list of years, each with its own value
YEARS_RESPECTIVELY = re.compile(rf"(?:(?:19|20)\d\d{_S}年{_S}、{_S}){{1,6}}(?P<last>(?:19|20)\d\d{_S}年){_S},?[^。;:]{{0,40}}?分别")
YEAR_OF_LIST = re.compile(rf"(?P<year>(?:19|20)\d\d){_S}年")
# 2026年：接待游客1.2亿人次 (a line of yearly targets) and 2026年…主要预期目标是：… (a report's or plan's goals):
# a bare year before a colon that opens quantities dates them
YEAR_LINE_TARGETS = re.compile(r"\s{0,2}:[^\n]{0,60}?\d")
# 2026年，学前三年毛入园率达到93%；(a line or clause of yearly goals): a bare year and a comma before a
# clause stating a target dates it, as 2026年学前三年毛入园率达到93% does without the comma
YEAR_COMMA = re.compile(r"\s{0,2},\s{0,2}")
YEAR_GOALS = re.compile(r"[^,。;:\n]{0,30}?目标(?:任务)?(?:是|为)?\s{0,2}:[^\n]{0,80}?\d")
LINE_OPENING = re.compile(r"(?:^|\n)[ \t\u3000*·•-]{0,3}\Z")
# （一）2026年目标。全省…达到97%以上: a year named as the heading of its goals, its values after the full stop
YEAR_HEADING = re.compile(r"(?:工作|主要|年度)?目标(?:任务)?\s{0,2}[。.．]\s{0,2}[^\n]{0,80}?\d")
# 非常规天然气产量2030年达到300亿立方米: a year between the subject and its cue dates that target
TARGET_NEXT = re.compile(rf"(?:{alternation(words('extract_deadlines', 'target_cue'))})[^,。;:\d]{{0,12}}\d")
PERIODS = mapping("extract_deadlines", "period")  # 季度 -> quarter, 旬 -> ten-day
SPREAD = re.compile(rf"(?:{alternation(words('extract_deadlines', 'spread_verb'))})\Z")
_GRANT_NOUN = alternation(words("extract_targets", "grant_noun"))
RECURRING = re.compile(  # 每 first, the look back after it (no 每 right after 每年): 每 is searched for
    rf"每(?<!每[\u4e00-\u9fff]每)(?P<count>[两二三四五六七八九十]|\d{{1,3}})?个?(?P<unit>{alternation(PERIODS)})"
    # (每年6月30日和12月20日前: days listed before one 前, each a day of every year)
    rf"(?:{_S}(?P<by>(?:(?:{_MONTH}){_S}月{_S}(?:{_DAY}){_S}日{_S}[、和及]{_S}){{0,3}}"
    rf"(?:(?:{_MONTH}){_S}月{_S}(?:(?:{_DAY}){_S}日|底)){_S}(?:之前|以前|前)))?"
    # 每月10日前, 每周五, 每星期一: the day within each period (a schedule, never a rate of 10 or 5)
    # (每月15日开展补免, 补免(每月20日): a day of each month, the day the act is done)
    rf"(?(by)|(?:{_S}(?P<day_by>(?:{_DAY}){_S}[日号]{_S}(?:之前|以前|前)|(?<=月){_S}(?:{_DAY}){_S}[日号](?![\d{_CN}]))|(?<=[周期])(?P<weekday>[一二三四五六日天])(?:{_S}\d{{1,2}}{_S}[:：时点](?:\d{{2}})?)?(?![\d{_CN}天日次个])))?"
    rf"(?!{_S}[\d{_CN}.]{{1,12}}{_S}%)"
    # 每日一千立方米, 每天不少于2小时, 每月最高1000元: a rate, not a schedule (每年12月, 每季度1次 stay, and so
    # do counts of acts: 每月不少于4场, 每年不少于3个, 每季度2项, 每年2轮, 2期, runs 每日不少于4列/班/趟; 3个月 is a
    # duration; and an hour of the day: 每日17时前报送, 每天8点前 is a daily schedule, not a rate of 17)
    # (每年最高不超过100万元: two bound words, the cap and its bound, before the rate's number; 每年补助最高
    # 不超过5万元, 每月补贴200元 and 每年补助标准为1.2万元: the grant the rate pays, or its standard, between)
    rf"(?!{_S}(?:(?:{_GRANT_NOUN})(?:标准)?{_S}为?)?{_S}(?:(?:不少于|不超过|不低于|不高于|最高|最多|最低|至少){_S}){{0,2}}[\d{_CN}.]{{1,12}}"
    rf"(?![\d{_CN}.月次场项轮批期列班趟时点]|个(?!月|小时|工作日)))"
)
# 次月5日前报送上月…: a report due each month on a day of the month after (a schedule, no one date)
NEXT_MONTH_DAY = re.compile(rf"次月{_S}(?P<day>{_DAY}){_S}[日号]{_S}(?:之前|以前|前)")
EACH_BEFORE = re.compile(r"每[^,。;:]{0,10}\Z")
_LISTED_PERIOD = "半月|季度|半年|月|周|旬"  # the periods a list of acts shares its 每 over
EACH_LIST_ITEM = re.compile(rf"每(?:{_LISTED_PERIOD})[\u4e00-\u9fff]{{1,6}}、\Z")  # 每周调度、|半月通报
# 按季度报送进展, 按月调度: a report or review made each period (not 按年度计划, 按月份: a plan's or a month's name)
BY_PERIOD = re.compile(rf"按(?P<unit>季度|半年|月|周)(?=(?:{alternation(words('extract_deadlines', 'period_act'))}))")
# 每周调度、半月通报: a period after 、 that follows a recurring act shares its 每 (reviewset112's 半月)
EACH_SHARED = re.compile(rf"(?<=[\u4e00-\u9fff]、)(?P<unit>{_LISTED_PERIOD})(?=(?:{alternation(words('extract_deadlines', 'period_act'))}))")
NOT_FOLLOWED = re.compile(r"(?:未|没有|不)按")  # 未按每月…的要求报送, 未按月报送: a rhythm not followed, reported
# 每日开放时间不少于十六小时, 每周坐诊时间不少于3天 (2个半天), 每日体检人数不超过600人, 每月出勤天数不少于20天: hours
# in each day or week, or days or people a time or headcount noun measures, are a norm, not a schedule
# (每周巡护不少于3天: patrols each week, a schedule)
_BOUND = rf"(?:不少于|不超过|不低于|不高于|至少|最多|最少|达到|控制在|为){_S}[\d{_CN}.]{{1,8}}{_S}"
DURATION_NORM = re.compile(rf"[^,。;:\d{_CN}]{{0,20}}?(?:{_BOUND}个?(?:小时|分钟)"
                           rf"|(?:时间|天数|时长|日数){_BOUND}个?(?:工作日|天|半天)|人数{_BOUND}人(?!次))")
# 每年在村工作时间不少于220天: days a longer period must hold are a norm too (每年…不少于50个小时 of service stays a
# yearly schedule, the devset's reading)
DAYS_NORM = re.compile(rf"[^,。;:\d{_CN}]{{0,20}}?(?:时间|天数|时长|日数){_BOUND}个?(?:工作日|天)")
# Last year of each five-year plan: 十五 2001-2005, 十一五 2006-2010, 十四五 2021-2025 …
FIVE_YEAR_END = {"": 2005, **{ch: 2005 + 5 * n for n, ch in enumerate("一二三四五六七八九", start=1)}}


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


SEASON_NAMED = re.compile(r"(?:期|季|季节)\Z")  # the season a bracket of months follows (台风季节(7月至10月))
SEASON_OPENS = re.compile(r"(?:期|期间|期内)\s{0,3}\(\Z")  # 春运期间(2024年1月26日至3月5日)


def _season_of_days(parse: str, match: re.Match) -> bool:
    """A range of days that names a season (春运期间(…), …至5月31日为森林防火期), not a stage of work."""
    return bool(SEASON_AFTER.match(parse, match.end()) or SEASON_OPENS.search(parse, max(0, match.start() - 6), match.start()))


def _date(year: int | None, month: int | None = 12, day: int | str | None = None) -> dt.date | None:
    """A real date or ``None`` (year 0, month 13, 30 February …); ``day`` None or "last" is the month's end."""
    try:
        if year is None or month is None:
            return None
        if day is None or day == "last":
            return _last_day(year, month)
        return dt.date(year, month, int(day))
    except (ValueError, TypeError):  # calendar.IllegalMonthError is a ValueError
        return None


def _take_base_years(found, taken: Coverage) -> None:
    """Mark the year cells of an indicator table's header that are no target column (the base year)
    as taken, so that no pass reads them as deadlines."""
    targets = {index for index, _ in found.columns.targets}
    at = 0
    for index, cell in enumerate(found.cells):
        at = found.line.find(cell, at) if cell else at
        if index not in targets and cell and YEAR_COLUMN.fullmatch(cell):
            taken.add(found.start + at, found.start + at + len(cell))
        at += len(cell)


# 较上半年增长20%, 比一季度提高5个百分点: the period a change is measured from
COMPARED_PERIOD = re.compile(r"(?:较|比)(?P<period>上半年|下半年|第?[一二三四]季度|上季度|上月)(?:同期)?"
                             r"(?=[\u4e00-\u9fff]{0,4}(?:增长|下降|提高|提升|降低|增加|减少|上升|回落))")


def extract_deadlines(text: str, doc_date: str | dt.date | None = None, parse: str | None = None) -> list[dict]:
    """Deadlines and recurring schedules in ``text``, in order of appearance.

    ``doc_date`` (ISO string or date) anchors relative forms such as 全年, 上半年 and 6月底前 (the
    document's year); without it they keep their raw text with an empty date and a note.
    ``parse`` is the text's parse view when the caller has it (defaults to ``text``).

    >>> [(d["raw"], d["kind"], d["date"], d["period"]) for d in extract_deadlines("2017年年底前完成清理,每季度报告一次")]
    [('2017年年底前', 'deadline', '2017-12-31', ''), ('每季度', 'recurring', '', 'quarter')]
    >>> extract_deadlines("完成时限:全年", doc_date="2010-05-11")[0]["date"]
    '2010-12-31'
    >>> [d["date"] for d in extract_deadlines("10月底完成摸底,11月份全面推开,年底前验收", doc_date="2021-03-01")]
    ['2021-10-31', '2021-11-30', '2021-12-31']
    """
    parse = parse_view(text)[0] if parse is None else parse
    anchor = _anchor(doc_date)
    taken = Coverage(len(parse), cited_spans(parse))
    for match in (COMPARED_PERIOD.finditer(parse) if "较" in parse or "比" in parse else ()):
        taken.add(*match.span("period"))  # 较上半年增长20%: the period a change is measured from, no deadline
    rows: list[dict] = []

    def add(start, end, kind, date=None, period="", note=""):
        while end > start and parse[end - 1].isspace():
            end -= 1  # the raw phrase never starts or ends in white space
        while start < end and parse[start].isspace():
            start += 1
        if end <= start or taken.overlaps(start, end):
            return
        taken.add(start, end)
        rows.append({"raw": text[start:end], "kind": kind, "date": date.isoformat() if date else "",
                     "period": period, "note": note, "start": start, "end": end})

    # most paragraphs hold no year: skip their patterns; a pattern whose word (年, 月, 每 …) the text
    # lacks is skipped too
    has_year = YEAR_TRIGGER.search(parse) is not None
    spread_end = -1  # 分解到每个季度、每个月: the work is spread over the periods, no schedule (data: spread_verb)
    for match in (RECURRING.finditer(parse) if "每" in parse else ()):
        if SPREAD.search(parse, max(0, match.start() - 4), match.start()) \
                or parse[spread_end:match.start()] in ("、", "和", "及", "或"):
            spread_end = match.end()
            continue
        count = numeral_or_none(match["count"]) if match["count"] else None
        if match["count"] and not count:
            continue
        if (DURATION_NORM if PERIODS[match["unit"]] in ("day", "week", "month") else DAYS_NORM).match(parse, match.end()):
            continue
        if NOT_FOLLOWED.search(parse, max(0, match.start() - 3), match.start()):
            continue  # 未按每月5日前的要求报送: a failing reported, no schedule
        period = f"{count}-{PERIODS[match['unit']]}" if count else PERIODS[match["unit"]]
        day = match["day_by"] or ""
        note = _by_note(match["by"]) if match["by"] else f"{'by' if day.endswith('前') else 'on'} day {day}" if day else \
            f"on weekday {match['weekday']}" if match["weekday"] else ""
        add(*match.span(), "recurring", period=period, note=note)
    for match in (BY_PERIOD.finditer(parse) if "按" in parse else ()):
        if NOT_FOLLOWED.search(parse, max(0, match.start() - 2), match.start() + 1):
            continue  # 未按月报送: a failing reported, no schedule
        add(*match.span(), "recurring", period=PERIODS[match["unit"]], note="by period (按季度报送)")
    for match in (EACH_SHARED.finditer(parse) if "每" in parse else ()):
        if EACH_LIST_ITEM.search(parse, max(0, match.start() - 12), match.start()):
            add(*match.span(), "recurring", period=PERIODS[match["unit"]], note="each period, shared (每周调度、半月通报)")
    for match in (NEXT_MONTH_DAY.finditer(parse) if "次月" in parse else ()):
        if not EACH_BEFORE.search(parse, max(0, match.start() - 12), match.start()):  # 每季度结束后次月5日前: quarterly
            add(*match.span(), "recurring", period="month", note=f"by day {match['day']} of the next month")
    for found in (indicator_tables(parse, anchor.year if anchor else None) if has_year else ()):
        if found.header:  # 2025年 | 2030年 of an undated plan: the base year's column is no deadline
            _take_base_years(found, taken)
        for index, year in found.columns.targets if found.header else ():
            # 指标 | 单位 | 2025年 | 2026年 | 2028年: each target year of a plan's indicator table is a deadline
            cell = found.cells[index]
            at = found.line.find(cell) + cell.find(str(year)) if year else -1
            if year and at >= 0:
                end = at + 4 + found.line.startswith("年", at + 4)  # 2028年 of 2028年目标
                add(found.start + at, found.start + end, "deadline", _date(year), note="a target year of an indicator table")
    for match in (DEADLINE_FIELD.finditer(parse) if ":" in parse or "为" in parse else ()):
        value = match["value"].strip()
        if value in WHOLE_YEAR:
            if anchor:
                add(match.start("value"), match.end("value"), "deadline", dt.date(anchor.year, 12, 31),
                    note="the document's year")
            else:
                add(match.start("value"), match.end("value"), "deadline", note=f"{value} of an undated document")
        elif FIELD_MONTH.fullmatch(value) and anchor:
            add(match.start("value"), match.end("value"), "deadline",
                _date(anchor.year, numeral_or_none(FIELD_MONTH.fullmatch(value)["month"])), note="the document's year")
        elif FIELD_DAY.fullmatch(value) and anchor:
            day = FIELD_DAY.fullmatch(value)
            add(match.start("value"), match.end("value"), "deadline",
                _date(anchor.year, numeral_or_none(day["month"]), numeral_or_none(day["day"])), note="the document's year")
        reach = match.start("value") + FIELD_REACH  # the value's parts, up to its sentence's or bracket's end
        end = min((at for at in (parse.find(mark, match.start("value"), reach) for mark in "。)\n") if at >= 0), default=reach)
        for part in UNDATED_PART.finditer(parse, match.start("value") - 1, end):
            add(*part.span("word"), "deadline", note="at once, no date" if part["word"] in IMMEDIATE else "ongoing, no date")
    for match in (YEARS_RESPECTIVELY.finditer(parse) if has_year and "分别" in parse else ()):
        for year in YEAR_OF_LIST.finditer(parse, match.start(), match.end("last")):  # each year its own value
            if not anchor or int(year["year"]) >= anchor.year:  # (2023年、2024年分别完成…: results)
                add(*year.span(), "deadline", _date(int(year["year"])), note=TARGET_YEAR)
    for match in (RANGE.finditer(parse) if has_year else ()):
        # a range opening a clause that states a target (2024年—2025年新建供水管网260公里) dates it
        # …or standing alone in a table's cell or a deadline field (完成时限:2026—2027年), or over a
        # recurring act (2026—2027年每年打造…)
        # (not the years of a plan named in quotes before them: 完成“一河一策”(2026—2028年)编制)
        staged = match["tail"] or match["open"] and match["close"] and not parse.endswith(("”", "》"), 0, match.start()) \
            or parse.startswith((":", ","), match.end()) \
            or TARGET_AFTER.match(parse, match.end()) or CELL_END.match(parse, match.end()) \
            or AFTER_FIELD.search(parse, max(0, match.start() - 12), match.start()) or parse.startswith("每年", match.end()) \
            or PERIOD_FIELD.search(parse, max(0, match.start() - 8), match.start())  # 建设期2026—2028年: a project's years
        if staged and not NOT_STAGE.match(parse, match.end()):
            add(*match.span(), "deadline", _date(numeral_or_none(match["last"])), note="end of the period")
        else:
            taken.add(*match.span())  # a period naming a plan (2021-2025年…方案) is no deadline
    stages = chain(STAGE_YEAR.finditer(parse) if "阶段" in parse or "时期" in parse else (),
                   STAGE_HEADING.finditer(parse) if "月)" in parse else (),
                   MONTH_STAGE.finditer(parse) if "月" in parse and "为" in parse else ())
    for match in stages:
        month = numeral_or_none(match["month"]) if match["month"] else None
        start = match.start("year") if match["year"] else match.start("month")
        if match["year"]:
            add(start, match.end() - 1, "deadline", _date(numeral_or_none(match["year"]), month or 12),
                note="end of the stage")
        elif month and anchor:
            add(start, match.end() - 1, "deadline", _date(anchor.year, month), note="end of the stage, in the document's year")
        elif month:
            add(start, match.end() - 1, "deadline", note="end of the stage; the document's year is unknown")
    for match in (MONTH_RANGE.finditer(parse) if has_year else ()):
        if match["last_day"] and _season_of_days(parse, match) or VALIDITY.search(parse, max(0, match.start() - 6), match.start()):
            taken.add(*match.span())  # 有效期为2026年1月1日至2028年12月31日: when the document is in force
            continue
        year = numeral_or_none(match["last_year"] or match["year"])
        part = PART_OF_MONTH.get(match["part"] or "", "last")  # (2026年4月上旬—5月中旬): the 20th
        day = numeral_or_none(match["last_day"]) if match["last_day"] else part if part == "last" else int(part)
        add(*match.span(), "deadline", _date(year, numeral_or_none(match["last"]), day), note="end of the period")
    for match in (STAGE_NO_YEAR.finditer(parse) if "月" in parse else ()):
        if not (match["month"] or match["day"] and match["first"]) or SEASON_NAMED.search(parse, max(0, match.start() - 3), match.start()):
            continue  # (5月—), (即日起至15日) name no end; 汛期(6月1日至9月30日), 旺季(5月至9月), 台风季节(7月至10月) are seasons of every year
        if match["last_year"] and match["month"] and match["day"]:  # the stage ends in the next year, as written
            add(*match.span(), "deadline", _date(int(match["last_year"]), numeral_or_none(match["month"]),
                                                 numeral_or_none(match["day"])), note="end of the stage")
            continue
        _end_in_document_year(add, match, anchor, numeral_or_none(match["month"] or match["first"]), "the stage")
    for match in (SEASON_BRACKET.finditer(parse) if "期" in parse or "季" in parse else ()):
        taken.add(match.start() + 1, match.end())
    for match in (MONTHS_NO_YEAR.finditer(parse) if "月" in parse else ()):
        end = _end_of_listed_ranges(parse, match.end())  # 3月至4月、9月至10月分两轮开展: what follows the list is each one's
        season = SEASON_AFTER.match(parse, end) or SEASON_BEFORE.search(parse, max(0, match.start() - 4), match.start())
        lead = max(0, match.start() - 12)
        worked = STAGE_WORK.match(parse, end) or STAGE_LEAD.search(parse, lead, match.start()) \
            or AFTER_FIELD.search(parse, lead, match.start()) or _opens_clause(parse, match)
        if not (CAMPAIGN_PERIOD.match(parse, end) or worked and not season):  # 5月至11月为集中整治期: a stage
            taken.add(*match.span())
            continue
        first, month = numeral_or_none(match["first"]), numeral_or_none(match["month"])
        if not first or not month or first > month or first > 12:
            continue  # 3至5日, 11月至次年2月: not a range of one year's months
        _end_in_document_year(add, match, anchor, month, "the months' range")
    for match in (FIVE_YEAR_PLAN.finditer(parse) if "五" in parse else ()):
        end = FIVE_YEAR_END[match["ordinal"]]
        if anchor and (end < anchor.year or end == anchor.year and anchor.month >= 10):
            taken.add(*match.span())  # “十三五”期间 in a plan written as it ends: the past
            continue
        add(*match.span(), "deadline", dt.date(end, 12, 31), note=PLAN_END)
    for match in (GARBLED.finditer(parse) if has_year and "月" in parse else ()):
        add(match.start("digits"), match.end(), "deadline", note=f"garbled date, 年 missing: {match['digits']}月")
    for match in (ANNUAL_TASK.finditer(parse) if has_year and "年度" in parse else ()):
        add(match.start("year"), match.end(), "deadline", _date(numeral_or_none(match["year"])), note="end of the year's tasks")
    for match in (HOLIDAY.finditer(parse) if "前" in parse else ()):
        if match["month"]:  # “3·15”前: a day of every year written as its date
            month, day = int(match["month"]), int(match["dotted_day"])
            if not _date(anchor.year if anchor else 2024, month, day):  # (2024: a leap year, “2·29”前 undated)
                continue
        elif match["day"].isdigit() or not match["quote"] and all(ch in "一二三四五六七八九十" for ch in match["day"]):
            continue  # 五一前 unquoted may be a count; “五一”前, 国庆前, 元旦前 are days
        else:
            month, day = (int(part) for part in FIXED_DAY[match["day"]].split("-"))
        if anchor:
            add(*match.span(), "deadline", _date(anchor.year, month, day), note="a holiday, in the document's year")
        else:
            add(*match.span(), "deadline", note="a holiday; the document's year is unknown")
    for match in (SEASON.finditer(parse) if "前" in parse else ()):
        if parse.endswith(("每年", "每"), 0, match.start()):
            continue  # 每年采暖季前组织一次演练: when a recurring act falls, no deadline
        day = _lunar_day(match, anchor)
        if day:
            add(*match.span(), "deadline", day, note="a lunar feast's day" + ("" if match["year"] else ", the next after the document's date"))
        else:
            add(*match.span(), "deadline", note="a season with no fixed day" + (f" of {match['year']}" if match["year"] else ""))
    for match in (DATE_LIST.finditer(parse) if "前" in parse else ()):
        _listed_days(parse, match, anchor, add)
    for match in (ABSOLUTE.finditer(parse) if has_year else ()):
        _absolute(parse, match, anchor, add)
    for match in (HORIZON.finditer(parse) if "年" in parse else ()):
        years = numeral_or_none(match["years"])
        if years is None or _dated_in_sentence(parse, match, rows):
            continue  # 从2022年到2035年，用13年时间: the sentence names the year the effort ends by
        if anchor:
            add(*match.span(), "deadline", _date(anchor.year + years), note="counted from the document's year")
        else:
            add(*match.span(), "deadline", note="counted from the document's date, which is unknown")
    yearly = sorted((row for row in rows if row["kind"] == "recurring" and row["period"] in YEARLY), key=lambda row: row["start"])
    yearly_starts = [row["start"] for row in yearly]
    for pattern in (RELATIVE_YEAR, RELATIVE) if RELATIVE_TRIGGER.search(parse) else ():
        for match in pattern.finditer(parse):
            if _not_ahead(parse, match.end()) or _as_of(parse, match) \
                    or pattern is RELATIVE_YEAR and match.end() == match.end("which") and _bare_year_sets_no_limit(parse, match):
                continue  # 今年以来, 截至3月底: the past; a bare 当年 names no deadline; 今年安排800万元: funds
            if pattern is RELATIVE and not match["by"] and not match.group().endswith(("前", "底", "末")) and (
                    REPORTED.match(parse, match.end()) or OBJECT_PERIODS.search(parse, max(0, match.start() - 16), match.start())):
                taken.add(*match.span())  # 报送上半年工作总结, 将1月份、2月份低保金发放: what is reported or paid, not by when
                continue
            # (年底达到98%: the year's end a target is reached by is this year's)
            if pattern is RELATIVE and match["within"] in NEEDS_YEAR \
                    and not AFTER_FIELD.search(parse, max(0, match.start() - 12), match.start()) \
                    and not YEAR_END_TARGET.match(parse, match.end()) \
                    and not (parse.endswith(NEEDS_YEAR_BY, 0, match.start())
                             and not parse.endswith(("截止到", "截至到"), 0, match.start())):
                continue  # 年末有总结: a time of every year (完成时限:年底, a field's value, is this year's end)
            if (pattern is RELATIVE or match["which"] in ("当年", "次年")) and _of_yearly_schedule(parse, yearly, yearly_starts, match):
                taken.add(*match.span())
                continue
            if not anchor:
                add(*match.span(), "deadline", note="relative to the document's date, which is unknown")
                continue
            date = _relative_date(match, anchor)
            add(*match.span(), "deadline", date, note="relative to the document's date" if date else "not a valid date")
    for match in (THIS_PERIOD.finditer(parse) if "本" in parse else ()):
        # 本周内, 本月底前, 本季度末: the end of the document's own week, month or quarter
        add(*match.span(), "deadline", _period_end(anchor, THIS_PERIODS[match["word"]]) if anchor else None,
            note="the end of the document's " + THIS_PERIODS[match["word"]] if anchor else "relative to an unknown date")
    listed = -1  # where the last month taken ends: the next of listed months (6月、9月各…) opens there
    for match in (MONTH_ACT.finditer(parse) if anchor and "月" in parse else ()):
        month = numeral_or_none(match["month"])
        before = parse[match.start() - 1] if match.start() else ""
        opens = not before or before in ",。;:" or before.isspace() or before in MONTH_LEADS \
            or before == "、" and listed == match.start() - 1 or UNIT_BEFORE.search(parse, max(0, match.start() - 4), match.start())
        if opens and month and 1 <= month <= 12 and not (match["day"] and _not_ahead(parse, match.end())):
            listed = match.end()  # (活动于9月1日启动: the day it starts on)
            year = int(match["year"]) if match["year"] else anchor.year
            add(*match.span(), "deadline", _date(year, month, match["day"]),
                note="the day an act is done on" if match["day"] else "a month an act is done in, in the document's year")
    if anchor:
        rows = [row for row in (_before_document(row, anchor) for row in rows) if row]
    rows.sort(key=lambda row: row["start"])
    return _first_of_each(rows)


def _end_of_listed_ranges(parse: str, end: int) -> int:
    """Where a list of months' ranges that goes on after ``end`` ends (3月至4月|、9月至10月): the words after
    the list say what each range is. Bounded: a list is read once per range, at most four ranges on.

    >>> text = "3月至4月、9月至10月开展"
    >>> text[_end_of_listed_ranges(text, 5):]
    '开展'
    """
    for _ in range(4):
        listed = MONTHS_NO_YEAR.match(parse, end + 1) if parse.startswith("、", end) else None
        if listed is None:
            break
        end = listed.end()
    return end


def _bare_year_sets_no_limit(parse: str, match: re.Match) -> bool:
    """A year named alone (今年, 当年) that dates no work: 当年 and 次年 bare, the year funds are allotted in
    (今年安排800万元) or whose plan lists things (列入今年计划的7座尾矿库).

    >>> parse = "今年安排800万元。"
    >>> _bare_year_sets_no_limit(parse, RELATIVE_YEAR.search(parse)), _bare_year_sets_no_limit("今年完成。", RELATIVE_YEAR.search("今年完成。"))
    (True, False)
    >>> _bare_year_sets_no_limit("做好今年防汛工作。", RELATIVE_YEAR.search("做好今年防汛工作。"))
    True
    """
    return match["which"] in ("当年", "次年") or YEAR_OF_FUNDS.match(parse, match.end()) is not None \
        or match["which"] == "今年" and YEAR_OF_OBJECT.search(parse, max(0, match.start() - 4), match.start()) is not None \
        or parse.endswith("列入", 0, match.start()) and parse.startswith("计划的", match.end())


def _as_of(parse: str, match: re.Match) -> bool:
    """截至3月底，全县排查…: the state as of a day, no limit; 整改期限截至3月底 (a time named) and 截至3月底前 are limits.

    >>> parse = "截至3月底，全县排查问题户厕4260户。"
    >>> _as_of(parse, RELATIVE.search(parse)), _as_of("整改期限截至3月底。", RELATIVE.search("整改期限截至3月底。"))
    (True, False)
    """
    return parse.endswith("截至", 0, match.start()) and not match.group().endswith("前") \
        and not parse.endswith(("期限截至", "时间截至", "时限截至"), 0, match.start())


def _opens_clause(parse: str, match: re.Match) -> bool:
    """A span of days standing alone before a comma at a clause's start (3月16日至6月30日,每周…上岗劝导):
    the time of what the clause does."""
    before = parse[match.start() - 1] if match.start() else ""
    return parse.startswith(",", match.end()) and (not before or before in ",。;:\n ") and parse.endswith("日", 0, match.end())


def _lunar_day(match: re.Match, anchor: dt.date | None) -> dt.date | None:
    """The day of the lunar feast a SEASON match names (春节前): in the year written (2027年春节前), else the
    first on or after the document's date; None for a season (汛期前) or a year the table lacks."""
    days = next((found for feast, found in LUNAR_DAYS.items() if feast in match.group()), [])
    if match["year"]:
        return next((day for day in days if day.year == int(match["year"])), None)
    return min((day for day in days if anchor and day >= anchor), default=None)


# notes of rows dated with the document's year or date (no year was written with digits)
ANCHORED_NOTES = ("the document's year", "relative to the document's date", "in the document's year")


def every_year(rows: list[dict]) -> None:
    """Turn the deadlines a standing rule dates by the document's year (年底前, 7月底前, 次年6月30日前: no year
    written) into yearly schedules: a regulation in force sets them for every year, not for the year it passed.

    >>> rows = extract_deadlines("县级人民政府应当于年底前报告", doc_date="2018-03-01")
    >>> every_year(rows); [(r["raw"], r["kind"], r["period"]) for r in rows]
    [('年底前', 'recurring', 'year')]
    """
    for row in rows:  # (a day already past in the rule's own year is read every year as well)
        if row["kind"] == "deadline" and (any(phrase in row["note"] for phrase in ANCHORED_NOTES)
                                          or row["note"].startswith(EARLIER_NOTE)):
            row.update(kind="recurring", date="", period="year", note=f"every year, a standing rule's date ({row['raw']})")


EARLIER_NOTE = "earlier than the document's date"  # a day read in the document's year that passed before it


def _before_document(row: dict, anchor: dt.date) -> dict | None:
    """A date before the document's own is no deadline to meet.

    A date written with its year (至1956年6月, 提高到2025年的… in a 2026 report) is history quoted or a
    result reached: no row. A date read against the document's date (7月底前 in a regulation adopted
    in December, 每年的九月三十日以前, 今年6月底前 in a plan published later) names no date ahead: the
    row stays, its date empty and its note saying why.
    """
    if not row["date"] or row["date"] >= anchor.isoformat():
        return row
    if not any(phrase in row["note"] for phrase in ANCHORED_NOTES):
        return None
    return {**row, "date": "", "note": f"{EARLIER_NOTE} (read as {row['date']}): no date ahead"}



def _anchor(doc_date) -> dt.date | None:
    if isinstance(doc_date, dt.date):
        return doc_date
    try:
        return dt.date.fromisoformat(doc_date) if doc_date else None
    except (TypeError, ValueError):
        return None


def _absolute(parse: str, match: re.Match, anchor: dt.date | None, add) -> None:
    """A date with its year: a deadline when a cue, 前, 底 … or a target stated for that year says so."""
    cue = match["cue"] or ""
    dated = match["end"] or match["within"] or match["part"]  # a full date needs a cue or 前 (a signature is none)
    begin = match.start("cue") if match["cue"] else match.start("year")
    ahead = cue in STRONG_CUES or match["before"] or dated and not cue.startswith(("截止", "截至")) \
        or AFTER_FIELD.search(parse, max(0, begin - 12), begin) or match["day"] and WINDOW.search(parse, max(0, begin - 6), begin)
    if parse[max(0, begin - 1): begin] in ("从", "自") or VALIDITY.search(parse, max(0, begin - 5), begin) \
            or _not_ahead(parse, match.end()) \
            or not match["before"] and PUBLISHED.match(parse, match.end()):
        return  # 从2010年开始, 2019年底已…: not deadlines
    year = numeral_or_none(match["year"])
    if CUMULATIVE.match(parse, match.end()) and not (anchor and year and year >= anchor.year):
        return  # 2020年累计完成…: a total reached
    if not ahead and match["month"] and not match["day"] and MONTH_DONE.match(parse, match.end()):
        date = _absolute_date(match, year)  # 2024年6月完成试点工作: done by the month's end, unless past
        if date and (not anchor or date >= anchor):
            add(*match.span(), "deadline", date, note="a month an act is to be done in")
        return
    if not ahead:
        # 2019年规范化率达到90%: a bare year opening a clause that states a target, not in the past;
        # 全市2026年招商引资目标任务为：… a year before the goals it announces, wherever it stands
        opens = YEAR_GOALS.match(parse, match.end()) or YEAR_HEADING.match(parse, match.end()) or begin == 0 or parse[begin - 1] in ",。;:、(" \
            or parse[begin - 1].isspace() or cue == "在" \
            or parse.endswith("其中", 0, begin) or TARGET_NEXT.match(parse, match.end()) \
            or YEAR_LEAD.search(parse, max(0, begin - 4), begin) and not parse.startswith("度", match.end())
        # 其中2023年完成12个, 力争2026年新增… (not 全镇2026年度…参保人数: the year names the accounts, reviewset87)
        stated = TARGET_AFTER.match(parse, match.end()) or YEAR_GOALS.match(parse, match.end()) \
            or YEAR_HEADING.match(parse, match.end()) \
            or ACT_AFTER_YEAR.match(parse, match.end()) \
            or _target_after_comma(parse, match.end()) and (not anchor or year > anchor.year) \
            or LINE_OPENING.search(parse, max(0, begin - 6), begin) and YEAR_LINE_TARGETS.match(parse, match.end())
        if not (opens and not match["month"] and stated and year and (not anchor or year >= anchor.year)):
            return
        add(*match.span(), "deadline", _date(year), note=TARGET_YEAR)
        return
    date = _absolute_date(match, year)
    add(*match.span(), "deadline", date, note="" if date else "not a valid date")


def _target_after_comma(parse: str, at: int) -> bool:
    """Whether a comma at ``at`` opens a clause that states a target (2026年，…覆盖率达到92%).

    Only a year after the document's dates so: 2023年，建成示范带1条 in a plan of 2023 speaks of the
    year the plan is for (the scored sets leave it undated)."""
    comma = YEAR_COMMA.match(parse, at)
    return comma is not None and TARGET_AFTER.match(parse, comma.end()) is not None


def _dated_in_sentence(parse: str, match: re.Match, rows: list[dict]) -> bool:
    """Whether a dated deadline already read stands in the sentence of ``match``."""
    sentence = sentence_start(parse, match.start())
    return any(row["kind"] == "deadline" and row["date"] and sentence_start(parse, row["start"]) == sentence
               for row in rows)


def _listed_days(parse: str, match: re.Match, anchor: dt.date | None, add) -> None:
    """Each day of a list closed by one 前 (4月8日、7月8日及10月8日前): a deadline in the year the list
    writes first, else in the document's year; the last day's row keeps the 前."""
    days = list(LISTED_DAY.finditer(parse, match.start(), match.start("by")))
    year = numeral_or_none(days[0]["year"]) if days[0]["year"] else anchor.year if anchor else None
    month = None
    for number, day in enumerate(days):
        month = int(day["month"]) if day["month"] else month
        end = match.end() if number == len(days) - 1 else day.end()
        date = _date(year, month, int(day["day"])) if year and month else None
        note = "a day of a list closed by 前" + ("" if days[0]["year"] else ", in the document's year")
        add(day.start(), end, "deadline", date, note=note if date or not year else "not a valid date")


def _end_in_document_year(add, match: re.Match, anchor: dt.date | None, month: int | None, what: str) -> None:
    """A yearless stage or months' range (5月至8月集中开展, (6月底前)): a deadline at its end in the
    document's year, or undated with a note when that year is unknown."""
    day = numeral_or_none(match["day"]) if match["day"] else PART_OF_MONTH.get(match["part"] or "", "last")
    day = day if day in ("last", None) else int(day)
    if not anchor:
        add(*match.span(), "deadline", note=f"end of {what}; the document's year is unknown")
        return
    date = _date(anchor.year, month, day)
    add(*match.span(), "deadline", date, note=f"end of {what}, in the document's year" if date else "not a valid date")


def _first_of_each(rows: list[dict]) -> list[dict]:
    """One row per phrase: 到2025年 said twice in a measure is one deadline; a year stated with a
    target adds none when the measure already has a deadline on that day (到2025年…2025年…)."""
    seen, unique = set(), []
    dated = {row["date"] for row in rows if row["note"] != TARGET_YEAR}
    for row in rows:
        if row["note"] == TARGET_YEAR and row["date"] in dated:
            continue
        key = (row["kind"], row["raw"], row["date"], row["period"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def _of_yearly_schedule(parse: str, yearly: list[dict], starts: list[int], match: re.Match) -> bool:
    """Whether a yearly schedule (每年, 每年度; ``yearly`` holds their rows in order, ``starts`` their
    offsets) stands before ``match`` in its clause (in its sentence for 当年 and 次年); if so, the day
    the match names (九月三十日以前) becomes that schedule's note when it has none."""
    that_year = match.groupdict().get("which") in ("当年", "次年")
    begin = (sentence_start if that_year else clause_start)(parse, match.start())
    index = bisect.bisect_left(starts, match.start()) - 1
    if index < 0 or yearly[index]["start"] < begin:
        return False
    schedule = yearly[index]
    if not schedule["note"] and match.group().endswith("前"):
        if match["month"]:
            month, day = _month_day(match)
            date = _date(2000, month, day)  # a leap year, so 2月29日 is a day
            schedule["note"] = f"by {date:%m-%d}" if date else ""
        elif match["within"]:
            schedule["note"] = f"by {WITHIN_YEAR[match['within']]}"
    return True


def _by_note(by: str) -> str:
    """每年12月31日前 -> 'by 12-31', 每年一月底之前 -> 'by 01-31' (the day within each period); days
    listed before one 前 are each given (每年6月30日和12月20日前 -> 'by 06-30, 12-20').

    >>> _by_note("12月31日前"), _by_note("6月30日和12月20日前")
    ('by 12-31', 'by 06-30, 12-20')
    """
    days = []
    for parts in re.finditer(rf"(?P<month>{_MONTH}){_S}月{_S}(?:(?P<day>{_DAY}){_S}日)?", by):
        day = numeral_or_none(parts["day"]) if parts["day"] else "last"
        days.append(_date(2000, numeral_or_none(parts["month"]), day))  # a leap year, so 2月29日 is a day
    return "by " + ", ".join(f"{date:%m-%d}" for date in days) if all(days) else f"{by}: not a valid date"


def _month_day(match: re.Match) -> tuple[int | None, int | str | None]:
    """Month and day of a month phrase (6月底 -> 6, last; 6月中旬 -> 6, 20; 6月30日 -> 6, 30)."""
    month = numeral_or_none(match["month"])
    if match["day"]:
        return month, numeral_or_none(match["day"])
    part = PART_OF_MONTH.get(match["part"] or "", "last")
    return month, part if part == "last" else int(part)


def _absolute_date(match: re.Match, year: int | None) -> dt.date | None:
    if match["within"]:
        month, day = WITHIN_YEAR[match["within"]].split("-")
        return _date(year, int(month), int(day))
    if match["month"]:
        return _date(year, *_month_day(match))
    return _date(year)


def _period_end(day: dt.date, period: str) -> dt.date:
    """The last day of the week (Sunday), month or quarter ``day`` falls in.

    >>> _period_end(dt.date(2026, 5, 20), "week"), _period_end(dt.date(2026, 5, 20), "quarter")
    (datetime.date(2026, 5, 24), datetime.date(2026, 6, 30))
    """
    if period == "week":
        return day + dt.timedelta(days=6 - day.weekday())
    last_month = day.month if period == "month" else (day.month - 1) // 3 * 3 + 3
    return (dt.date(day.year + last_month // 12, last_month % 12 + 1, 1) - dt.timedelta(days=1))


def _relative_date(match: re.Match, anchor: dt.date) -> dt.date | None:
    which = match.groupdict().get("which") or ""
    year = anchor.year + (which in ("明年", "次年"))
    if match["within"]:
        month, day = WITHIN_YEAR[match["within"]].split("-")
        return _date(year, int(month), int(day))
    if match["month"]:
        return _date(year, *_month_day(match))
    return _date(year)
