"""Stage 1b: document metadata read from the text itself.

Government pages put metadata in many layouts: a key-value table (名称: / 文号: / 成文日期:),
a ``|`` table row holding several keys, bracketed fields (【颁发部门】), a key over its value, an
inline line (发布时间:… 来源:…), or nothing but a title, a signature and a date; regulations carry
adoption and amendment lines (…常务委员会第五次会议通过) instead of a signature. This module reads
all of them with one set of key aliases (``data/header_keys.csv``), then decides between
candidates with explicit preferences, and says where each value came from.

Places are looked up in the national division table (the ``adcodes.csv`` that ships with cpca,
read directly), 文号 prefixes in ``data/doc_number_places.csv``, organ names end in one of
``data/organ_suffixes.csv``.

It also finds where the enclosed document starts when the page is a cover notice
(关于印发《X》的通知): the body to segment into measures is X, not the notice.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.resources
import importlib.util
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .ingest import WIDE_TO_NARROW, replace_chars
from .numerals import CN_DIGITS, DATE_PATTERN, DOC_NUMBER, YEAR_DIGITS, date_from_match


def _data_rows(name: str) -> list[dict[str, str]]:
    """Rows of a packaged CSV table (``policycompare/data/<name>``); ``#`` lines are comments."""
    with importlib.resources.files("policycompare").joinpath("data", name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


_KEY_TO_FIELD = {row["key"]: row["field"] for row in _data_rows("header_keys.csv")}
FIELD_KEYS: dict[str, tuple[str, ...]] = {}
for _key, _field in _KEY_TO_FIELD.items():
    FIELD_KEYS[_field] = (*FIELD_KEYS.get(_field, ()), _key)
# Pages pad keys with spaces (名  称), so every key is matched with optional spaces inside.
_KEY_ALT = "|".join(r"\s*".join(key) for key in sorted(_KEY_TO_FIELD, key=len, reverse=True))
# 【key】 value  |  key: value   (value stops at the line end or at the next key on the same line)
HEADER_FIELD = re.compile(
    rf"(?:【\s*(?P<bkey>{_KEY_ALT})\s*】|(?<![^\s|])(?P<key>{_KEY_ALT})\s*:)[ \t]*"
    rf"(?P<value>(?:(?!\s(?:{_KEY_ALT})\s*:)(?:[^\n|【]|【(?=\s*(?:19|20)\d\d\s*】)))*)"
)
# a byline without keys under a title: the organ, the posting day and the page's counters
# (> 某市文化和旅游局  2024-03-27  阅读:588)
KEYLESS_BYLINE = re.compile(
    r"^(?:>\s*)?(?P<organ>[\u4e00-\u9fff()]{2,30})\s+(?P<date>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"(?:\s+(?:阅读|浏览|点击|访问)(?:次数|量)?\s*:?\s*\d*)?\s*$")
# a cell or line that is nothing but a key: its value is the next cell or the next line
KEY_ONLY = re.compile(rf"(?:【\s*)?(?P<key>{_KEY_ALT})\s*(?:】)?\s*:?")
NEXT_KEY = re.compile(rf"(?:{_KEY_ALT})\s*[:：]")  # 发文字号:发文机关:… — the next key, not a value
# 文　　号　某政办发〔2023〕21号: a key spaced from its value without a colon (read only in a run of
# two or more such lines, so that a sentence starting with 时间 or 来源 is never a field)
TYPED_DATE = re.compile(r"(?:19|20)\d{6}")  # 20171116: a date typed without separators
DATE_ENDS = set("日" + YEAR_DIGITS)  # the last character of any DATE_PATTERN match but spaces and digits
# 二〇二四年一月 / 2024年1月 under the organ that signs: a signature dated to the month, no day
MONTH_SIGNATURE = re.compile(rf"(?:(?:19|20)\d\d|[{YEAR_DIGITS}]{{4}})\s*年\s*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*月")
WIDE_GAP = re.compile(r"\S\s{2,}\S")  # 新乡      市人民政府: a name blanked apart on a signature line
SPACED_FIELD = re.compile(rf"(?P<key>{_KEY_ALT})[ \t]+(?P<value>[^\s:：].*)")
PLACEHOLDER = re.compile(r"[-—–―/／]+|暂?无")  # a database's empty field (【发布文号】--, 文号: 无)
# a vertical national organ's local branch (国家税务总局海口市税务局) is one organ of that place
NATIONAL_VERTICAL = re.compile("^(?:" + "|".join(
    sorted((row["prefix"] for row in _data_rows("national_vertical_organs.csv")), key=len, reverse=True)) + ")")
# 昆明住房公积金管理中心, 宜春仲裁委员会: bodies named after their city without its unit (data: bare_place_organs.csv)
BARE_PLACE_ORGAN = re.compile("^[\u4e00-\u9fff]{2,4}?(?:" + "|".join(
    sorted((row["head"] for row in _data_rows("bare_place_organs.csv")), key=len, reverse=True)) + ")")
# 新政办发[2019]45号, 【2019】, (2019): the year's bracket as 〔〕, the form 文号 are stored in
YEAR_BRACKET = re.compile(r"[〔\[(（【]\s*((?:19|20)\d\d)\s*[〕\])）】](?=\s*第?\s*\d{1,4}\s*号)")
# the ordinal 第 before a 文号's serial (丰政字〔2022〕第18号), dropped so the number is stored in one
# form; an order keeps it (某市人民政府令〔2023〕第5号), as ORDER_NUMBER reads it
SERIAL_ORDINAL = re.compile(r"(?<!令)(〔(?:19|20)\d\d〕)\s*第\s*(?=\d{1,4}\s*号)")
# Organs that issue policy documents; the name ends in one of these.
_SUFFIXES = sorted((row["suffix"] for row in _data_rows("organ_suffixes.csv")), key=len, reverse=True)
ORGAN_SUFFIX = "(?:" + "|".join(_SUFFIXES) + ")"
# a byline naming a media centre or a newspaper names who re-posted the page, not its issuer
BYLINE_PUBLISHERS = tuple(row["suffix"] for row in _data_rows("byline_publishers.csv"))
# (a campaign in quotes may stand inside a name: 某市“无废城市”建设工作领导小组办公室)
ORGAN_NAME = re.compile(rf"^[\u4e00-\u9fff()]{{2,30}}?(?:“[\u4e00-\u9fff]{{2,12}}”[\u4e00-\u9fff()]{{1,20}}?)?{ORGAN_SUFFIX}$")
ORGAN_SUFFIX_AT = re.compile(ORGAN_SUFFIX)  # an organ's suffix where it stands (局 of 长汀|局: no stem before it)
# A place name is a run of named units: 天津市 + 滨海新区, 湖北省 + 天门市, 西安市. A unit's name
# does not start with a unit character (市城市管理局 names no place).
# 州 alone is a short 自治州 (恩施州) unless a unit follows it (杭州市)
PLACE_UNIT = r"(?:自治区|自治州|自治县|自治旗|特别行政区|新区|林区|地区|省|市(?!场)|盟|县|区(?!域)|旗|州(?![市区县省]))"  # (市场, 区域: words, no units)
# One unit's name: no unit character inside it, so a run of units splits one way only (linear time).
UNIT_NAME = r"(?:(?![省市县区旗盟])[\u4e00-\u9fff]){1,12}?"
# after the first unit a one-character name is a word, not a place (重庆市城市管理局)
# 委 right after a unit is the party committee (中共宁都县委全面依法治县委员会办公室: 宁都县, not
# 宁都县委全面依法治县); no division's name starts with it
# a unit after the first never runs across an organ's word (晋城市|生态环境局泽州|分局 holds no place 生态环境局泽州)
# nor holds a campaign's words (驻马店市|创建全国文明城市指挥部, 宿松县|创建省级文明县: no place 创建全国文明城市)
# nor names a campaign of the place (宜宾市|质量强市, 通渭县|全面依法治县, 宣汉县|紧密型县域…; not 自治县; the campaign's
# words hold no unit: 赣州市|南康区|质量强区)
# After a unit a name may open with a unit's character when one or two more follow before its own unit
# (青岛市|市南区, 济南市|市中区, 七星关区|市东街道); not 市区, 县城区, 市直 (a unit and no name), nor an organ's
# words before a unit further on (某市|市民服务中心北区办事处)
_UNIT_OPENED = r"(?:(?!县城|市辖|市直|县直|区直)[市县区](?=(?:(?![省市县区旗盟局厅镇乡])[\u4e00-\u9fff]){1,2}(?:[市县区旗]|街道|镇|乡)))"
INNER_UNIT_NAME = (r"(?!委)(?!(?:(?![省市县区旗盟])[\u4e00-\u9fff]){0,6}(?:强|(?<!自)治|型)[市县区])"
                   rf"(?:{_UNIT_OPENED}|(?![省市县区旗盟局厅]|创建|全国)[\u4e00-\u9fff])(?:(?![省市县区旗盟局厅]|创建|全国)[\u4e00-\u9fff]){{1,11}}?")
# what a town's name opens: its government and party bodies, its own offices (江湾镇党政办公室) and stations
# (某镇农村经济经营管理站, which issue notices to the villages)
_TOWN_ORGANS = (r"人民政府|政府|人民代表大会|人大主席团|办事处|党委|党工委|工委|委员会|工作委员会|党政|综合行政执法队|综合执法队|应急管理办公室"
                rf"|社会事务办公室|便民服务中心|[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(w for w in _SUFFIXES if w.endswith('站'))})$")
# a town's name may open with 镇 or 乡 (镇北堡镇), never hold one further in but right before its level
# (旧镇镇, 新乡乡: a town whose name ends in its level's character; 西乡街道, 新镇街道: a street's); a street's name
# may hold 市 (米市巷街道, 花市街道)
_TOWN_NAME = (rf"(?!委|乡镇)(?:{_UNIT_OPENED}|(?![省市县区旗盟])[\u4e00-\u9fff])(?:(?![省市县区旗盟镇乡])[\u4e00-\u9fff]|[镇乡](?=[镇乡])|(?<![乡各])[镇乡](?=街道)"
              r"|(?<=[\u4e00-\u9fff])市(?=[\u4e00-\u9fff]{0,3}街道))"
              rf"{{0,7}}?(?:镇|乡|街道|苏木)"
              rf"(?={_TOWN_ORGANS})")
PLACE_PREFIX = re.compile(rf"^(?:中共|中国共产党|共青团)?((?:{UNIT_NAME}{PLACE_UNIT})(?:{INNER_UNIT_NAME}{PLACE_UNIT})*(?:{_TOWN_NAME})?)")
TOWN_NAME = re.compile(_TOWN_NAME)
TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木)$")
# 周市镇人民政府, 某县沙市镇人民政府, 香坊区红旗街道办事处, 中山市南区街道, 临夏县白旗乡: a township whose
# name ends in a unit character (市, 旗, 区) before its level (not 某县乡镇人民政府: the towns of a county; not
# 某区镇: a district's towns)
TOWNSHIP_AFTER_UNIT = re.compile(r"(?:中共)?((?:[\u4e00-\u9fff]{2,12}?[县区市旗])?[\u4e00-\u9fff](?:市(?:镇|乡)|旗(?:街道|镇|乡(?!镇))|区(?:街道|乡(?!镇))))"
                                 rf"(?={_TOWN_ORGANS})")
# The longest unit the division table does not hold that a path may end with, below a known one: a
# township with its nationalities (某某蒙古族满族乡) or a new district (郫都区); longer is running text.
MAX_UNKNOWN_UNIT = 10
LONGEST_NAME = 16  # characters of the longest name in the division table (双江拉祜族佤族布朗族傣族自治县: 15)
TOWNSHIP_HEAD = re.compile(r"^(?:中共|中国共产党|共青团)?((?:(?![省市县区旗盟镇乡])[\u4e00-\u9fff]|(?<![乡各])[镇乡](?=街道)){2,8}?(?:镇|乡|街道|苏木))"
                           rf"(?={_TOWN_ORGANS})")
# A cover notice's title: 印发 [《] enclosed title [》] [的] 通知. Read with str methods, not one
# regex: a lazy title between 印发 and an ending anchored at $ is re-scanned from every 印发 (quadratic).
# zero-width: overlapping verbs (印发布) all tried; 发布 hands a document on only after 关于 or its organ
# (关于做好年度报告编制发布工作的通知 encloses nothing: 编制发布 is the work)
NOTICE_VERB = re.compile(r"(?=印发|转发|颁布|(?<=关于)发布|(?<=[局厅府委会办室院部])发布)")
NOTICE_ENDINGS = ("通知", "决定", "函")
SPACES = re.compile(r"\s*")
TRAILER_NOTE = re.compile(
    r"^[((]此件.{2,10}[))]$|^抄送|^抄报|^附件|^联系人|^联系电话|^电话|^(?:主题词|关键词)|.{2,30}\d日印发$|^\(?共印|^校对"
    r"|^[((](?:信息)?公开(?:方式|形式|选项|属性|类型).{0,12}[))]$|^[((](?:盖章|印章|签章)[))]$"
)
SELF_REFERENCE = {
    "county": ("我区", "全区", "本区", "我县", "全县", "本县", "我旗", "全旗", "本旗"),
    "prefecture": ("全州", "本州", "我州", "全盟", "本盟", "我盟"),
    "province": ("我省", "全省", "本省"),
}
FLATTENED = 300  # characters: a longer line has lost its line breaks
# a title's last word spaced out to centre it (…预案》的 通 知, a Word export's headline)
SPACED_GENRE_WORD = re.compile(r"(?<=\S)[ \t\u3000]*(?:的[ \t\u3000]*)?(?:通[ \t\u3000]+知|决[ \t\u3000]+定|意[ \t\u3000]+见|方[ \t\u3000]+案"
                               r"|办[ \t\u3000]+法|报[ \t\u3000]+告|公[ \t\u3000]+告|通[ \t\u3000]+告|批[ \t\u3000]+复|通[ \t\u3000]+报)$")
EPOCH_YEARS = range(1900, 1971)  # 1970-01-01 and friends are empty database fields, not dates
TITLE_ENDINGS = re.compile(
    r"(通知|意见|方案|规划|办法|决定|纲要|细则|规定|计划|要点|安排|报告|措施|通告|公告|公报|条例|指引|清单|制度|规则|守则|准则|章程|决议|批复|函|纪要|通报|公示|总结|交办单|督办单|协议|协议书"
    r"|规范"  # a county's 城市管理综合执法工作规范: normative rules that a cover notice hands on like a 办法
    r"|解读|答记者问)$"  # a page that explains a policy (…政策解读) is its own genre, not the policy
)
# a title's last word, with a bracketed note after it: …管理办法(试行), …规划(2021—2025年)
TITLE_COMPLETE = re.compile(TITLE_ENDINGS.pattern[:-1] + r"(?:\s*[(][^()]{1,20}[)])?$")
# a line a title never is: a web address, a sentence, an addressee (各…:), a site banner
NOT_A_TITLE = re.compile(r"https?://|www\.|[。;]|^各.{1,60}:$|:$|网站$|(?:门户|政府|官)网$|^(?:来源|作者|编辑)|\s?[>»→]\s?\S"
                         r"|^附件\s*\d*\s*:"  # 附件:《…》 / 附件:关于印发…的通知.pdf, the list under a notice
                         r"|^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十百]+[章条])")
# the addressee a PDF glues to a centred title printed in body size over it (…的通知各区县人民政府:,
# …的批复县发展和改革委员会:): 各…: or an organ's name, and no word that goes on a title (的, 和)
GLUED_ADDRESSEE = re.compile(rf"(?![的和及与])(?:各|[\u4e00-\u9fff]{{2,30}}?{ORGAN_SUFFIX}(?=[:、,]))[^:。;\n]{{0,60}}:")
GENRE_WORD = re.compile(TITLE_ENDINGS.pattern[:-1])
# a citation code, a link line or a red-header line (…文件) before the title of an export
# (a gazette's masthead 某市人民政府公报 and its issue 2023年第4期 too)
ISSUE_LINE = r"^(?:(?:19|20)\d\d\s*年\s*|〔(?:19|20)\d\d〕\s*)?第\s*\d+\s*期$"  # 2023年第4期, 〔2026〕第6期
ISSUE = re.compile(ISSUE_LINE)
EXPORT_FURNITURE = re.compile(rf"^(?:CLI\.|【?法宝引证码|原文链接|链接|https?://)|文件$|政府公报$|^(?:会\s*议\s*)?纪\s*要$|{ISSUE_LINE}")
# 2017年8月31日 东营市第八届人民代表大会常务委员会第5次会议通过 (the legal history of a regulation)
LEGAL_EVENT = re.compile(r"(通过|批准|修正|修订|修改|公布|颁布|发布|施行)")
CONGRESS = re.compile(
    r"(?P<place>(?:" + UNIT_NAME + PLACE_UNIT + r")+)"
    r"(?:第[一二三四五六七八九十\d]{1,4}届)?(?P<organ>人民代表大会(?:常务委员会)?|人大常委会|人大|人民政府(?=第))"
)
# the short names adoption lines use, spelled out (北京市第九届人大常委会第三十一次会议通过)
# and legal databases label organs (某州人大(含常委会)): the standing committee enacts most regulations
ORGAN_SHORT_NAMES = {"人大(含常委会)": "人民代表大会常务委员会", "人大常委会": "人民代表大会常务委员会",
                     "人大": "人民代表大会"}
MEETING_LINE = re.compile(r"^[-—―─]*\s*[((]?\s*(?P<date>.{6,16}?日)\s*在(?:.{2,40}?(?:会议|大会)上|.{2,30}第.{1,4}届$)")
# (not where the sentence goes on to another day: 1月20日，省安委会召开…会议后，4月3日县安委会召开…)
MINUTES_OPENING = re.compile(rf"(?m)^[ \t\u3000]*(?P<date>{DATE_PATTERN.pattern})\s*[,，](?![^。\n]*?\d{{1,2}}月\d{{1,2}}日)[^。\n]{{0,40}}?召开")
# 我代表市人民政府 (a work report), 受区人民政府委托 (a plan or budget report read by a bureau head)
SPEAKING_FOR = re.compile(r"(?:我代表|受)(?P<organ>(?:[\u4e00-\u9fff]{0,12}?)(?:人民政府|政府))(?:委托|[,，、向])")
PROMULGATED_BY = re.compile(rf"由(?P<organ>[\u4e00-\u9fff]{{2,30}}?{ORGAN_SUFFIX})(?:于(?P<date>[^,。;]{{6,16}}?日))?"
                            r"(?:颁布|发布|印发|公布)")
NATIONAL_ZONE = re.compile(r"中国\s?[(（](?P<place>[\u4e00-\u9fff]{2,4})[)）]")
ITSELF_BEFORE = re.compile(r"本(?:条例|办法|规定|细则|决定|规则|方案|意见|实施细则|通知|公告)\s{0,2}\Z")
SITUATED = re.compile(r"(?:结合|立足|根据)(?:我|本)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:实际|实情|的实际)")
EFFECTIVE = re.compile(r"本(?:条例|办法|规定|细则|决定|规则|方案|意见|实施细则)自(?P<date>.{6,16}?日)起(?:施行|实施|执行|生效)")
GARBLED_DATE = re.compile(r"(?<![\d\-－])(?:19|20)\d{5,6}(?![\d\-－])")  # not a phone's number after its area code
CONTACT_NUMBER = re.compile(r"(?:电话|传真|手机|热线)\s{0,2}[:：]?\s{0,2}[\d\-－—()（） ]{5,20}")  # 联系电话：2056813: to call
# where the organs at the head of a title end: 关于…, “十四五”规划, 《…》, 2021年…, 工作报告
# (and 负责人就《…》答记者问: the organ whose head answers questions on a policy)
TITLE_SUBJECT = re.compile(r"关于|印发|转发|“|\"|《|\d|[(（]|工作|(?:主要)?负责人")
# A bracket that opens the second line of a wrapped title: (2024—2026年)的通知, (试行)的通知
WRAPPED_BRACKET = re.compile(r"[((][^()（）\n]{1,16}[)）](?:的)?[\u4e00-\u9fff]{0,12}$")
BARE_LEVEL_HEAD = re.compile(r"(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)(?=[\u4e00-\u9fff]{2})")
SECTION_LABEL = re.compile(r"(?:发布|基本|文件|法规)信息|(?:内容|文件|法规)?全文|正文(?:内容)?|相关(?:文件|链接)")
VERSION_NOTE = re.compile(r"\s*\((?:19|20)\d\d年?(?:\d{1,2}月)?(?:修订|修正|修改)本?\)$")
SEVERAL_ENCLOSED = re.compile(r"》\s*[和及与、,]?\s*《|》等[^《》]{1,8}$")  # 《甲》《乙》, 《甲》和《乙》, 《甲》等三个文件
ORGAN_TERM = re.compile(r"第[一二三四五六七八九十\d]{1,4}届(?=人民政府|人民代表大会)")
LEGISLATURE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,20}?人民代表大会(?:常务委员会)?")
# the serial of an order or announcement: digits, or Chinese numerals after 第 (公告第二十一号)
_SERIAL = r"(?:\d{1,4}|(?<=第)\s*[一二三四五六七八九十百零〇]{1,6})"
# 某省人民政府令第15号 / 政府令〔2010〕第15号: the number of a government order
# 某市人民政府令27号: some pages leave the 第 off
ORDER_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{0,12}}令\s*(?:[〔\[(]\s*(?:19|20)\d\d\s*[〕\])]\s*)?第?\s*{_SERIAL}\s*号")
# the head of government who signs an order, with the name under which the date stands (省长 某某)
SIGNING_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,10}?)(?:代理?)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席|主任)\s*[\u4e00-\u9fff]{2,4}")
GENERIC_AREAS = frozenset(row["area"] for row in _data_rows("generic_areas.csv"))  # 新区, 开发区: no place alone
BARE_LEVEL_ORGAN = re.compile(r"^(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县|镇|乡|苏木)(?=人民政府|政府)")
# 县教育局, 市财政局: a department named by its level word alone, as it signs on its government's site
BARE_LEVEL_DEPARTMENT = re.compile(rf"^(?:省|市|县|区|州|盟|旗)(?!人民政府|政府)(?=[\u4e00-\u9fff]{{1,20}}?{ORGAN_SUFFIX}$)")
# 在新兴镇第十八届人民代表大会…: a township the division table does not list, named before its congress
MEETING_TOWNSHIP = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:镇|乡|苏木))(?:第[一二三四五六七八九十\d]{1,4}届)?人民代表大会")
# what follows a cited 《title》 when the page hands that document on (现将《X》印发给你们)
# 现将…《X》转发给你们; not the short name a bracket gives it (《X》(以下简称《Y》),现印发给你们)
HANDED_IN_QUOTES = re.compile(r"(?<!简称)(?<!下称)《(?P<title>[^《》\n]{4,80})》[^。\n《]{0,6}?(?:印发|转发)给")
HANDED_ON = re.compile(r"[^。\n]{0,60}?(?:印发|转发)")
PIECE = re.compile(r"\S+")  # a piece of a line scraped without line breaks
ORDER_ORDINAL = re.compile(rf"第\s*{_SERIAL}\s*号")  # the second line of 某市人民政府令 / 第12号
# (…市人民政府第41次常务会议审议通过 …遵义市人民政府令第12号公布…): the order that published government rules
ORDER_PUBLISHED = re.compile(rf"(?:(?<=日)|(?<![\u4e00-\u9fff\d]))(?P<number>(?P<organ>[\u4e00-\u9fff]{{2,20}}?人民政府)令\s*第?\s*{_SERIAL}\s*号)\s*(?:公布|发布)")
_BRACKETED_YEAR = r"[〔\[(【]\s*(?:19|20)\d\d\s*[〕\])】]"  # 〔2023〕, [2023], (2023), 【2023】
# what follows the organ on an order's, announcement's or red header's line in the head of a page
ORDER_LINE_TAIL = re.compile(rf"令(?:\s*(?:{_BRACKETED_YEAR}\s*)?第?\s*{_SERIAL}\s*号)?$|(?:文件|公告)$")
# the line under an order's organ with the order's year, the 令 said again after it (某市人民政府令 / 〔2023〕第5号令)
ORDER_ORDINAL_DATED = re.compile(rf"{_BRACKETED_YEAR}\s*第\s*\d{{1,4}}\s*号(?=令?$)")
# 某县人民政府公告 / 第7号, or 某县人民政府公告(第7号): an announcement that publishes rules, read as an order
ANNOUNCEMENT = re.compile(rf"(?P<head>[\u4e00-\u9fff]{{2,30}}公告)\s*(?:[(（]\s*(?P<number>第\s*{_SERIAL}\s*号)\s*[)）])?")
# a 文号 whose 号 the page left off, read only on a line of its own (某委发〔2018〕20)
DOC_NUMBER_WITHOUT_HAO = re.compile(r"[\u4e00-\u9fff]{1,12}[发字函办][〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*\d{1,4}")
# 某府办发〔202114 alone on its line: a page's editor lost the closing bracket and the 号, and the year
# runs into the serial; a year is four digits, so the split is certain
DOC_NUMBER_FUSED = re.compile(r"(?P<head>[\u4e00-\u9fff]{1,12}[发字函办])[〔\[【]\s*(?P<year>(?:19|20)\d\d)(?P<serial>\d{1,4})\s*号?")
DOC_NUMBER_BRACKETED = re.compile(rf"[((]\s*({DOC_NUMBER.pattern})\s*[))]")  # (黔府发〔2023〕14号)
NUMBER_AFTER_TITLE = re.compile(rf"[((]\s*{DOC_NUMBER.pattern}\s*[))]$")  # …的通知(岳办发〔2017〕2号): no part of the title
DOC_NUMBER_BRACKETED_AT_END = re.compile(rf"(?<=[((])\s*{DOC_NUMBER.pattern}(?=\s*[))]$)")  # …的通知(岳办发〔2017〕2号)
# 某市人民政府办公室 2026年4月15日 某政办发〔2026〕19号: a 文号 after a signature's date on one line under a title
SIGNED_NUMBER = re.compile(rf"\s+({DOC_NUMBER.pattern})\s*$")
PRINTED_ON = re.compile(rf"(?P<date>{DATE_PATTERN.pattern})\s*印发$")  # 2021年3月5日印发 at the end
# (2026年3月20日某市人民政府办公室印发 某府办发〔2026〕9号) under the title of rules published without a
# cover notice: the organ (or organs issuing together, 某区民政局、某区财政局印发), the day and the 文号 of the page
_NOTE_ORGAN = rf"[\u4e00-\u9fff]{{2,30}}?{ORGAN_SUFFIX}"
PUBLICATION_NOTE = re.compile(rf"^[((]\s*(?:(?P<lead_number>{DOC_NUMBER.pattern})\s*)?(?P<date>{DATE_PATTERN.pattern})\s*"
                              rf"(?P<organ>{_NOTE_ORGAN}(?:(?:、|\s+){_NOTE_ORGAN}){{0,4}})"
                              rf"\s*(?:印发|发布|公布)\s*(?P<number>{DOC_NUMBER.pattern})?\s*[))]$")
# (某县殡葬改革工作领导小组办公室　2026年3月25日印发): the organ written before the day
PUBLICATION_NOTE_ORGAN_FIRST = re.compile(rf"^[((]\s*(?P<organ>{_NOTE_ORGAN}(?:(?:、|\s+){_NOTE_ORGAN}){{0,4}})\s*"
                                          rf"(?P<date>{DATE_PATTERN.pattern})\s*(?:印发|发布|公布)\s*(?P<number>{DOC_NUMBER.pattern})?\s*[))]$")
# (2026年2月27日　某人社发〔2026〕8号): the day and the 文号 alone, the organ being the title's
PUBLICATION_NOTE_NO_ORGAN = re.compile(rf"^[((](?=[^()]*号)\s*(?:(?P<lead_number>{DOC_NUMBER.pattern})\s*)?(?P<date>{DATE_PATTERN.pattern})"
                                       rf"\s*(?P<number>{DOC_NUMBER.pattern})?\s*(?:印发|发布)?\s*[))]$")
# organs and their date, each set off by spaces, after a sentence's end within one line (see _signs_inside)
SIGNATURE_INSIDE = re.compile(r"。\s*(?:[^。\s]+\s+)??(?P<organs>[\u4e00-\u9fff()（）]{4,40}(?:[ \t\u3000]+[\u4e00-\u9fff()（）]{4,40}){0,2})"
                              r"[ \t\u3000]+(?P<date>[^\s。]{6,16}日)(?=\s|$)")


@dataclass
class Metadata:
    """Metadata of one document, with the provenance of the date and of the jurisdiction."""

    title: str = ""
    enclosed_title: str = ""
    genre: str = ""
    issuer: str = ""
    issuers: str = ""
    jurisdiction: str = ""
    jurisdiction_source: str = ""
    province: str = ""
    admin_level: str = ""
    doc_number: str = ""
    date: str = ""
    date_source: str = ""
    date_adopted: str = ""
    date_note: str = ""
    validity: str = ""
    issuer_note: str = ""
    body_start: int = 0
    body_end: int = 0

    def missing(self) -> dict[str, str]:
        """The key fields left empty, each with the reason a researcher needs.

        >>> Metadata(title="某方案", date_note="header:written '2020928' is not a date").missing()["date"]
        "no document date: header:written '2020928' is not a date"
        """
        reasons = {}
        if not self.jurisdiction:
            reasons["jurisdiction"] = (
                f"no jurisdiction: the issuer {self.issuer} names no place, nor does the text or the 文号"
                if self.issuer else "no jurisdiction: no issuer and no place named in the text")
        if not self.issuer:
            reasons["issuer"] = ("no issuer: no signature, header field, title or adoption line names "
                                 "the issuing organ")
        if not self.title:
            reasons["title"] = "no title: no header field or title line found"
        if not self.date:
            reasons["date"] = "no document date: " + (
                self.date_note or "no signature, header, adoption or meeting date in the text")
        return reasons


FILE_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_file_name(name: str) -> str:
    """The date a collection wrote into a file's name (某条例(1990-01-09).md, 20210315_通知.html), the
    last one if several, as ISO; ``""`` when there is none or it is not a valid date. A last resort
    for a text that states no date of its own.

    >>> date_from_file_name("上海市某办法(1990-01-09).md"), date_from_file_name("20210315_通知.txt")
    ('1990-01-09', '2021-03-15')
    >>> date_from_file_name("附件2_20210231.txt"), date_from_file_name("doc_2021031512.txt")
    ('', '')
    """
    for match in reversed(list(FILE_NAME_DATE.finditer(name))):
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            continue
    return ""


# ---------------------------------------------------------------- header fields

def header_fields(parse: str, limit: int = 3000) -> dict[str, tuple[str, int]]:
    """Key-value fields in the page header: ``{field: (value, offset)}``; the first of each wins.

    Reads ``key: value`` (several on one line), ``【key】 value``, ``|`` table rows
    (``发布机构 | 金乡县 | 生成日期 | …``) and a key alone on its line over its value.

    >>> header_fields("文  号: 津滨司发〔2017〕10号\\n发布时间:2020-12-08 16:32 来源:天门市司法局")
    {'doc_number': ('津滨司发〔2017〕10号', 6), 'published': ('2020-12-08 16:32', 25), 'source': ('天门市司法局', 45)}
    >>> header_fields("发布机构 | 金乡县 | 生成日期 | 2020-09-28")["issuer"]
    ('金乡县', 7)
    """
    found: dict[str, tuple[str, int]] = {}
    lines = list(_lines(parse, 0, min(limit, len(parse))))
    for index, (at, line) in enumerate(lines):
        cells = _cells(line, at)
        if len(cells) >= 3 and any(cell in ROW_NUMBER_COLUMNS for _, cell in cells):
            continue  # 序号 | 类别 | 标题 | 主办单位: the column names of a table in the text, whose 标题 holds no title
        taken = -1  # the cell read as the value of the key cell before it
        for number, (cell_at, cell) in enumerate(cells):
            key_only = KEY_ONLY.fullmatch(cell)
            if key_only:
                if len(cells) > 1:
                    value = cells[number + 1] if number + 1 < len(cells) else (cell_at + len(cell), "")
                else:  # the next line, without a list bullet (• 发文字号: / • 发文机关:…)
                    below = _cells(*reversed(lines[index + 1])) if index + 1 < len(lines) else []
                    value = below[0] if below else (at + len(line), "")  # a line of bare | has no cell
                if KEY_ONLY.fullmatch(value[1]) or HEADER_FIELD.match(value[1]):
                    value = (cell_at + len(cell), "")  # the next key, not a value: read on as a field
                else:
                    taken = number + 1
                _keep(found, key_only["key"], value[1], value[0])
                continue
            if number == taken:
                continue  # the value of the key before it
            for match in HEADER_FIELD.finditer(cell):
                for key, value, begin in _unglued(match["bkey"] or match["key"], match["value"], match.start("value")):
                    value = value.rstrip()
                    start = cell_at + begin + len(value) - len(value.lstrip())
                    _keep(found, key, value.strip(), start)
    spaced = [(at, _spaced_fields(line)) for at, line in lines[:20]]
    for index, (at, pairs) in enumerate(spaced):
        if pairs and any(spaced[near][1] for near in (index - 1, index + 1) if 0 <= near < len(spaced)):
            for key, value, offset in pairs:
                _keep(found, key, value, at + offset)
    source = found.get("source")
    dated = SOURCE_DATE.search(source[0]) if source else None
    if dated:  # 来源:洛阳市文化广电和旅游局 2026年4月16日: the organ, and the day the page was posted
        found["source"] = (source[0][: dated.start()], source[1])
        found.setdefault("published", (dated["date"], source[1] + dated.start("date")))
    return found


ROW_NUMBER_COLUMNS = ("序号", "编号", "排序", "排名")  # the first column of a table of items, never a page field
SOURCE_DATE = re.compile(r"(?<=[\u4e00-\u9fff)])\s+(?P<date>(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))\s*$")


# a key glued to the value before it, as spans of a page's info bar are read
# (索引号:11360700MB…/2026-00087发布机构:某市人民政府办公室文号:某府办发〔2026〕9号成文日期:2026-04-08)
GLUED_KEY = re.compile(rf"(?<=[^\s|:])(?P<key>{_KEY_ALT})\s*:")


def _unglued(key: str, value: str, begin: int) -> list[tuple[str, str, int]]:
    """``(key, value, offset)`` of a field's value cut at every key glued into it (a key with a colon
    right after another value's last character); the field itself when none is.

    >>> [(k, v) for k, v, _ in _unglued("索引号", "0001/2026-00087发布机构:某市人民政府办公室文号:某府办发〔2026〕9号", 4)]
    [('索引号', '0001/2026-00087'), ('发布机构', '某市人民政府办公室'), ('文号', '某府办发〔2026〕9号')]
    """
    glued = GLUED_KEY.search(value)
    if not glued:
        return [(key, value, begin)]
    return [(key, value[: glued.start()], begin), *_unglued(glued["key"], value[glued.end():], begin + glued.end())]


# a key inside a spaced line (索引号 0144/2018-00693 主题分类 城乡建设 / 文号 某政发〔2018〕53号 时效 有效)
SPACED_NEXT_KEY = re.compile(rf"[ \t]+(?P<key>{_KEY_ALT})[ \t]+(?=[^\s:：])")


def _spaced_fields(line: str) -> list[tuple[str, str, int]]:
    """``(key, value, offset in line)`` of a line of keys spaced from their values without colons,
    one or several on the line (发布机构 某区人民政府办公室 文    号 某政办〔2023〕1号); [] for any other line.

    >>> [(key, value) for key, value, _ in _spaced_fields("文号 某政发〔2018〕53号 时效 有效")]
    [('文号', '某政发〔2018〕53号'), ('时效', '有效')]
    """
    match = SPACED_FIELD.fullmatch(line)
    if not match:
        return []
    pairs, key, start = [], match["key"], match.start("value")
    for inner in SPACED_NEXT_KEY.finditer(line, start):
        pairs.append((key, line[start: inner.start()].strip(), start))
        key, start = inner["key"], inner.end()
    pairs.append((key, line[start:].strip(), start))
    return pairs


def _keyless_byline(parse: str, fields: dict) -> None:
    """Read a byline without keys in the head of the page (某局  2024-03-27  阅读:588) as the
    page's 来源 and 发布日期, where the header gave neither.

    >>> fields = {}
    >>> _keyless_byline("某方案\\n> 某市文化和旅游局 2024-03-27 阅读:588\\n正文", fields)
    >>> fields["source"][0], fields["published"][0]
    ('某市文化和旅游局', '2024-03-27')
    """
    if "source" in fields or "published" in fields:
        return
    for at, line in list(_lines(parse, 0, min(len(parse), 1500)))[:8]:
        match = KEYLESS_BYLINE.match(line)
        if match and _organs(match["organ"]):
            fields["source"] = (match["organ"], at + match.start("organ"))
            fields["published"] = (match["date"], at + match.start("date"))
            return


def _cells(line: str, at: int) -> list[tuple[int, str]]:
    """A ``|``- or tab-separated table row as ``(offset, cell)``; any other line is one cell
    (a list bullet before a key, • 发文字号:, is dropped)."""
    bullet = re.match(r"[•·●◆■▪*-]\s*", line)
    if bullet:
        line, at = line[bullet.end():], at + bullet.end()
    if "|" not in line and "\t" not in line:
        return [(at, line)]
    cells = []
    for match in re.finditer(r"[^|\t]+", line):
        cell = match.group()
        if cell.strip():
            cells.append((at + match.start() + len(cell) - len(cell.lstrip()), cell.strip()))
    return cells


def _keep(found: dict, key: str, value: str, offset: int) -> None:
    name = _KEY_TO_FIELD[re.sub(r"\s+", "", key)]
    value = value.rstrip("•")  # 【制定机关】某市人民政府办公室•【公布日期】…: the bullet parts two fields
    if KEY_ONLY.fullmatch(value) or value.endswith((":", "：")) or NEXT_KEY.match(value) or PLACEHOLDER.fullmatch(value):
        value = ""  # an empty field followed by the next key (the key is not the value), or a placeholder
    if name != "ignore" and name not in found:
        found[name] = (value, offset)


# ---------------------------------------------------------------- lines

def _lines(parse: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, str], ...]:
    """(start offset, stripped line) for every non-blank line within ``parse[start:end]``.

    A very long line is a page scraped without line breaks: its space-separated pieces are the
    lines it lost (the signature organ, the date, the 文号 each stood on a line of their own).
    The lines of a text are listed once (many fields are looked for in them); those within
    ``[start, end)`` are a run of that list, found by bisection.
    """
    end = len(parse) if end is None else end
    lines = _all_lines(parse)
    first = bisect_left(lines, (start,))
    return lines[first: bisect_right(lines, end, lo=first, key=_line_end)]


def _line_end(line: tuple[int, str]) -> int:
    return line[0] + len(line[1])


@lru_cache(maxsize=8)
def _all_lines(parse: str) -> tuple[tuple[int, str], ...]:
    """Every non-blank line of ``parse`` as ``(offset, stripped line)``, pieces of a flattened
    line as lines, in text order (their offsets and ends increase)."""
    found, offset = [], 0
    for line in parse.split("\n"):
        if len(line) > FLATTENED or _signs_inside(line):  # judged on the whole line
            found += [(offset + piece.start() + at, text) for number, piece in enumerate(PIECE.finditer(line))
                      for at, text in _glued_pieces(piece.group(), first=number == 0)]
        elif line.strip():
            found.append((offset + len(line) - len(line.lstrip()), line.strip()))
        offset += len(line) + 1
    return tuple(found)


def _signs_inside(line: str) -> bool:
    """A shorter line that lost its breaks too: a sentence's end, then organs and their date set off by
    spaces (…请认真组织实施。 附件:某方案 某县人民政府 2023年5月10日 某方案 一、…), the way a page
    scraped without line breaks keeps its signature."""
    if "日" not in line or not ("。 " in line or "。\u3000" in line or "。\t" in line):
        return False  # most lines: no sentence end set off by a space
    for found in SIGNATURE_INSIDE.finditer(line):
        if DATE_PATTERN.fullmatch(found["date"]) and _organs(re.sub(r"\s", "", found["organs"])):
            return True
    return False


MAX_GLUED_ORGANS = 40  # characters of the organs glued before a date in a flattened line
# what may follow a signature's date in a flattened line: its end, a note or attachment, no more words
AFTER_SIGNATURE = re.compile(r"$|[((]|附件|抄送|[^\u4e00-\u9fff]")


def _glued_pieces(piece: str, first: bool = False) -> list[tuple[int, str]]:
    """``(offset, text)`` of the lines a piece of a flattened line lost without even a space: a
    signature (organs, then their date, glued after a comma or a file name) and, at the start of the
    line, its 文号 (某财农〔2023〕6号各区财政局:…); any other piece is one line.

    >>> [text for _, text in _glued_pieces("请认真执行,某县财政局某县农业农村局2023年4月14日附件:分配表")]
    ['请认真执行,', '某县财政局某县农业农村局', '2023年4月14日', '附件:分配表']
    """
    cuts = set()
    number = DOC_NUMBER.match(piece) if first else None
    if number:
        cuts.add(number.end())
    for date in DATE_PATTERN.finditer(piece):
        run = _run_before(piece, date.start())  # …联系电话:0571-1234567,某县财政局|2023年5月6日
        if AFTER_SIGNATURE.match(piece, date.end()) and 2 <= len(run) < MAX_GLUED_ORGANS and _organs(run):
            cuts.update((date.start() - len(run), date.start(), date.end()))
    bounds = sorted({0, len(piece)} | cuts)
    return [(start, piece[start:end]) for start, end in zip(bounds, bounds[1:]) if piece[start:end]]


def _run_before(text: str, end: int) -> str:
    """The Chinese characters (and brackets) right before ``end``, up to MAX_GLUED_ORGANS of them
    (a walk back, not a search: linear in the text however many dates it holds)."""
    start = end
    while start > max(0, end - MAX_GLUED_ORGANS) and ("\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in "()"):
        start -= 1
    return text[start:end]


# ---------------------------------------------------------------- title

def find_title(parse: str, fields: dict) -> str:
    """The page's title: the header's 名称 field, else the first line that reads as a title.

    A title may be a Markdown heading (``# 标题``), wrapped over two lines (the first ending
    inside 《…》), or have its issuer on the line above (X市人民政府办公室 / 关于印发…的通知).

    >>> find_title("当前位置\\n天门市司法局“十四五”规划\\n发布时间:2020-12-08", {})
    '天门市司法局“十四五”规划'
    >>> find_title("# 某市养犬管理条例\\n\\n2017年8月31日 某市人民代表大会常务委员会通过", {})
    '某市养犬管理条例'
    >>> find_title("某县人民政府办公室\\n关于印发《某县防汛\\n工作方案》的通知\\n各乡镇:", {})
    '某县人民政府办公室关于印发《某县防汛工作方案》的通知'
    """
    if "title" in fields and fields["title"][0]:
        return _wrapped_field_title(parse, *fields["title"])
    field_offsets = {offset for _, offset in fields.values()}
    lines = [(at, _strip_heading(line)) for at, line in list(_lines(parse, 0, min(len(parse), 6000)))[:30]]
    for index, (start, line) in enumerate(lines):
        if any(start <= off <= start + len(line) + 1 for off in field_offsets) or HEADER_FIELD.match(line):
            continue
        if EXPORT_FURNITURE.search(line) or DOC_NUMBER.fullmatch(line) or _announcement(
                line, lines[index + 1][1] if index + 1 < len(lines) else ""):
            continue
        if _masthead(line, [text for _, text in lines[index + 1: index + 4]]) or _issue_masthead(lines, index):
            continue
        line = _without_addressee(_strip_doc_number(line))
        line = NUMBER_AFTER_TITLE.sub("", line)
        if re.fullmatch(r"《[^《》]+》", line):  # 《某方案》 / 政策解读: a reading's title wrapped after the policy's
            below = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
            line = line + below if READING_LINE.fullmatch(below) else line[1:-1]
        line = SPACED_GENRE_WORD.sub(lambda found: re.sub(r"\s", "", found.group()), line)  # …的 通 知
        joined = _join_wrapped(_unspaced(line), [_unspaced(text) for _, text in lines[index + 1: index + 4]])
        for candidate in (joined, re.split(r"\s", joined)[0], re.sub(r"\s+", "", joined)):
            if _reads_as_title(candidate):
                outside_quotes = re.sub(r"《[^《》]*》", "", candidate)  # 《临沂市统计局2024年…》 names no issuer
                previous = _issuer_lines_above(lines, index, outside_quotes)
                joint = _named_before_guanyu(candidate) and _joint_issuer_line(previous, candidate)  # not a banner
                if previous and (candidate.startswith(("关于", "印发", "转发")) or joint or _unplaced(candidate, previous)) \
                        and not _byline_names_another(fields, previous):
                    # the issuers stood on their own line(s) above; or the first of joint issuers did
                    # (周口市住房和城乡建设局 周口市城市管理局 / 周口市生态环境局关于…的通知)
                    return _unspaced(previous) + candidate
                return _minutes_subject(candidate, lines[index + 1: index + 7])

    return ""


def _unplaced(title: str, organ_line: str) -> bool:
    """A title that names neither place nor organ at its head (2026年城市黑臭水体治理工作要点): the organ
    line above it is its first line (某市住房和城乡建设局 / 2026年…工作要点, reviewsets 55, 73, 216).
    Minutes and a 政府工作报告 keep their own line (reviewset192, 227; the devset), and so does a title
    that opens with a place the organ line names (某县江当乡人民政府 / 江当乡2025年重点工作计划) or names a
    whole place of another level (某市人民政府 / 2025年全县…工作要点: the site's banner).

    >>> _unplaced("2026年城市黑臭水体治理工作要点", "某市住房和城乡建设局"), _unplaced("2026年第一次全体会议纪要", "某县安委会")
    (True, False)
    >>> _unplaced("黄港镇2026年村级考核细则", "某县黄港镇人民政府")
    False
    """
    if title.startswith(("《", "“")) or title.endswith(("纪要", "政府工作报告")) or jurisdiction_of(title) \
            or _named_before_guanyu(title):
        return False
    places = "".join(map(jurisdiction_of, _organs(organ_line) or []))
    whole = WHOLE_PLACE.search(title)  # 2025年全县…工作要点 under 某市人民政府: the site's banner, not the issuer
    if whole and not places.endswith(whole.group(1)):
        return False
    head = PLACE_AT_HEAD.match(title)
    return not (head and head.group() in places)


WHOLE_PLACE = re.compile(r"全([省市县区州盟旗镇乡])")
PLACE_AT_HEAD = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道|苏木|县|区|市|旗)")


def _named_before_guanyu(title: str) -> bool:
    """A title opening with an organ's name right before 关于 (某市生态环境局关于…的通知)."""
    at = title.find("关于")
    return at > 0 and bool(_organs(title[:at]))


def _joint_issuer_line(previous: str, title: str) -> bool:
    """Organ lines above a title that opens with its own organ (某县民政局关于…) are joint issuers: two
    organs or more, or one that is neither a government (某县人民政府 / 某县民政局关于…: the site's banner)
    nor the title's own organ under its full name (某区某街道办事处 / 某街道办事处关于…).

    >>> title = "某县民政局关于开展排查的通知"
    >>> _joint_issuer_line("某县人民政府", title), _joint_issuer_line("某县处非工作领导小组办公室", title)
    (False, True)
    >>> _joint_issuer_line("某区某街道办事处", "某街道办事处关于印发方案的通知")
    False
    """
    organs = _organs(previous) or []
    own = title[:title.find("关于")]
    return len(organs) >= 2 or len(organs) == 1 and not organs[0].endswith(("政府", own))


def _masthead(line: str, following: list[str]) -> bool:
    """A red header that names the organ and the kind of paper only (某市人民政府通知, as 某市人民政府文件),
    over the document's own title (某市人民政府关于…的通知) within the next lines.

    >>> _masthead("某市人民政府通知", ["某市人民政府关于印发某办法的通知"]), _masthead("某市人民政府通知", ["各县:"])
    (True, False)
    """
    if not line.endswith(("通知", "函")) or "关于" in line or not _organs(line.removesuffix("通知").removesuffix("函")):
        return False
    return any("关于" in nxt and _reads_as_title(nxt) for nxt in following)


def _issue_masthead(lines: list, index: int) -> bool:
    """A bulletin's or minutes' name over its issue line (重点项目建设调度通报 / 2026年第5期, 某区人民政府会议纪要 /
    〔2026〕第6期), with the document's own title a few lines below it.

    >>> _issue_masthead([(0, "工作简报"), (5, "2026年第5期"), (13, "关于5月份项目进展情况的通报")], 0)
    True
    """
    below = [text for _, text in lines[index + 1: index + 6]]
    return bool(below) and ISSUE.match(_unspaced(below[0])) is not None \
        and any(_reads_as_title(_unspaced(text)) for text in below[1:])


def _wrapped_field_title(parse: str, value: str, at: int) -> str:
    """The header's 名称/标题 value, joined with the line below it when the page wrapped the value
    (标  题: 某市人民政府办公室关于印发某市城市内涝治理 / 实施方案的通知) and only the joined
    text ends as a title does.

    >>> _wrapped_field_title("标题: 某县关于印发某县防汛\\n工作方案的通知\\n文号: 某政发〔2023〕1号", "某县关于印发某县防汛", 4)
    '某县关于印发某县防汛工作方案的通知'
    """
    title = NUMBER_AFTER_TITLE.sub("", _strip_heading(value))
    if _complete_title(title):
        return title
    following = [line.strip() for line in parse[at + len(value):].split("\n", 3)[1:3]]
    joined = _join_wrapped(title, following)
    return joined if joined != title and _complete_title(joined) else title


def _minutes_subject(candidate: str, below: list) -> str:
    """Minutes under a generic masthead (某市人民政府专题会议纪要) take the subject line below it
    (关于推进…的专题会议纪要) as their title; any other title is kept."""
    if not candidate.endswith("纪要") or "关于" in candidate:
        return candidate
    texts = [_unspaced(line) for _, line in below]
    # the subject may be wrapped (关于加快推进… / 民宿规范提升的会议纪要)
    subjects = (_join_wrapped(line, texts[at + 1: at + 3]) for at, line in enumerate(texts) if line.startswith("关于"))
    return next((subject for subject in subjects if subject.endswith("纪要")), "") or candidate


MAX_ISSUER_LINES = 4  # joint issuers above a title, one organ a line (中共某县委办公室 / 某县人民政府办公室)


def _issuer_lines_above(lines: list, index: int, title: str) -> str:
    """The organ lines right above line ``index`` joined, nearest last ('' when the line above names
    no organ); an organ the title names itself is no issuer line."""
    found = []
    for _, line in reversed(lines[max(0, index - MAX_ISSUER_LINES):index]):
        if not _organs(line) or line in title:
            break
        found.insert(0, line)
    return "".join(found)


def _byline_names_another(fields: dict, organ_line: str) -> bool:
    """The page's byline (来源, 发布机构) names a placed organ the line above the title does not:
    that line is the site's banner (某市人民政府 over a bureau's notice), not the issuer."""
    named = [organ for name in ("source", "issuer") for organ in (_organs(fields.get(name, ("", 0))[0]) or [])]
    # an organ named by its level only (县重点项目建设指挥部办公室) is another when the line holds no such name
    return any(organ not in organ_line if jurisdiction_of(organ) else
               len(organ) > 4 and re.sub(r"^[省市县区州旗盟]", "", organ) not in organ_line for organ in named)


# a site's column name before a title, set off by 丨 (政务服务丨某市人民政府关于…), and a table
# cell's bar after it (…的通知 |)
COLUMN_PREFIX = re.compile(r"^[^丨|\s]{2,12}丨\s*(?=\S{4})")


def _strip_heading(line: str) -> str:
    """A Markdown heading's text (``# 标题`` -> ``标题``), without a site's column name before it
    (``政务服务丨标题``) or a table cell's bar after it (``标题 |``)."""
    return COLUMN_PREFIX.sub("", re.sub(r"^#{1,6}\s+", "", line)).rstrip("| \t").strip()


def _strip_doc_number(line: str) -> str:
    """The line without a 文号 in front of it (津滨司发〔2017〕10号 关于…), also when the parse view
    blanked a learner's glosses inside it (寧政辦發(fā)〔2018〕47號《…》)."""
    match = DOC_NUMBER.match(line)
    if match and line[match.end():].strip():
        return line[match.end():].strip()
    compact = re.sub(r"\s+", "", line)
    match = DOC_NUMBER.match(compact) if compact != line else None
    return compact[match.end():] if match and compact[match.end():] else line


def _without_addressee(line: str) -> str:
    """A title without the addressee a PDF glued to its end: the line up to the last genre word that
    the rest (GLUED_ADDRESSEE) follows; any other line as it is.

    >>> _without_addressee("某市人民政府办公室关于印发某方案的通知各区县人民政府、市直各部门:")
    '某市人民政府办公室关于印发某方案的通知'
    >>> _without_addressee("某县人民政府关于同意设立某园区的批复县发展和改革委员会:"), _without_addressee("各乡镇人民政府:")
    ('某县人民政府关于同意设立某园区的批复', '各乡镇人民政府:')
    """
    if not line.endswith(":") or len(line) > 220:
        return line
    for genre in reversed(list(GENRE_WORD.finditer(line))):
        if GLUED_ADDRESSEE.fullmatch(line, genre.end()) and _complete_title(line[: genre.end()]):
            return line[: genre.end()]
    return line


def _unspaced(line: str) -> str:
    """A centred title spaced out letter by letter (关 于 做 好 … 的 通 知) without its spaces."""
    pieces = line.split()
    return "".join(pieces) if len(pieces) >= 4 and len("".join(pieces)) <= 2 * len(pieces) else line


def _join_wrapped(line: str, following: list[str]) -> str:
    """Join a title wrapped over lines: while 《 is open, or the line ends with 关于/印发/的; and a
    title cut at a line's end (a red header, a PDF) while no genre word ends it and the next lines
    continue it up to one (…森林草 / 原防灭火工作方案的通知). Without that genre word the cut
    lines are left alone: the line was not a wrapped title."""
    joined = kept = line
    for nxt in following:
        if len(joined) + len(nxt) > 150 or NOT_A_TITLE.search(nxt):
            break
        if joined.count("《") > joined.count("》") or re.search(r"(关于|印发|转发|的|和|及|与)$", joined):
            joined += nxt
        elif not _complete_title(joined) and _starts_title(kept) and _continues_title(nxt):
            joined += nxt
        elif _open_guanyu(joined) and _continues_title(nxt) and re.search(r"的" + TITLE_COMPLETE.pattern, nxt):
            joined += nxt  # 关于在全区推行金融顾问制度 / 助力乡村振兴的通知: 关于 … 的 is one title
        elif SPACED_GENRE.fullmatch(nxt):
            joined += re.sub(r"\s", "", nxt)  # …联席会议 / 纪　　要: a masthead's genre word spaced out on a line of its own
        else:
            break
        if not _cut_at_line_end(joined):
            kept = joined
    return kept if _cut_at_line_end(joined) else joined


SPACED_GENRE = re.compile(r"(?:纪|简|通)[ \t\u3000]+(?:要|报)")
READING_LINE = re.compile(r"(?:的)?(?:政策解读|解读|图解|答记者问)")


def _open_guanyu(line: str) -> bool:
    """A line that opens a 关于 title and ends in a genre word with no 的 after 关于: the genre word is
    the subject's (…金融顾问制度), the document's genre on the next line (助力乡村振兴的通知).

    >>> _open_guanyu("关于在全区推行金融顾问制度"), _open_guanyu("关于加强防汛工作的通知")
    (True, False)
    """
    return "关于" in line and "的" not in line.rpartition("关于")[2] and "印发" not in line and bool(TITLE_COMPLETE.search(line))


def _cut_at_line_end(joined: str) -> bool:
    """A joined title that is still open (no genre word at its end, 《 unclosed or a connective)."""
    return not _complete_title(joined) and not re.search(r"(关于|印发|转发|的|和|及|与)$", joined) \
        and joined.count("《") <= joined.count("》")


def _complete_title(text: str) -> bool:
    """A title that ends in its genre word; a cover notice (关于印发…) only in 通知/决定/函, so that
    关于印发某县饮水工程管理办法 / 实施细则的通知 is read on."""
    if not TITLE_COMPLETE.search(text):
        return False
    return not re.search(r"印发|转发", text) or bool(re.search(r"(?:通知|决定|函)(?:\s*[(][^()]{1,20}[)])?$", text))


def _starts_title(line: str) -> bool:
    """A line that opens a title: 关于/印发, a place at its head or a year; not an organ line alone."""
    if NOT_A_TITLE.search(line) or DATE_PATTERN.search(line):
        return False
    if re.search(r"关于|印发|转发", line):  # 关于印发于都县残疾人联合会 / 2026年工作要点的通知: an organ it names is its subject
        return len(line) >= 6
    if _organs(line):
        return False
    # 乐安河流域（婺源—德兴段） / 上下游横向生态保护补偿协议: a qualifying bracket closing the first line
    # (解放街道2026年“守护养老钱”… : a place no table knows, then the year)
    return len(line) >= 6 and bool(re.match(r"(?:中共|[\u4e00-\u9fff]{0,12}?(?:19|20)\d\d年)", line) or _known_head(line)
                                   or re.search(r"[)）]$", line) and "(" in line.replace("（", "("))


def _continues_title(line: str) -> bool:
    """A line that may be the rest of a title cut above it: short, no field, date, 文号, new
    title (关于… at its start, or a whole 某局关于…的通知 of its own under a file name's line),
    organ line or address."""
    return len(line) <= 60 and not (
        HEADER_FIELD.match(line) or DATE_PATTERN.search(line) or DOC_NUMBER.search(line) or _organs(line)
        or EXPORT_FURNITURE.search(line) or re.match(r"关于|[—-]{2}", line) or re.search(r"[|>,、:]", line)
        or re.match(r"[((]", line) and not WRAPPED_BRACKET.match(line)
        or "关于" in line and _complete_title(line))



def _reads_as_title(candidate: str) -> bool:
    if not 4 <= len(candidate) <= 150 or NOT_A_TITLE.search(candidate):
        return False
    if candidate.count("《") != candidate.count("》"):
        return False
    # a site's column name (通知公告, 政策法规) is short: a title ending in a genre word is longer
    return bool((TITLE_ENDINGS.search(candidate) and len(candidate) >= 6) or ("关于" in candidate and len(candidate) > 6))


def title_from_body(parse: str) -> str:
    """For a page that starts at its addressee: the title of the document it encloses
    (现将《X》印发给你们), else its first heading-like line.

    >>> title_from_body("各乡镇人民政府:\\n现将《某县防汛工作方案》印发给你们,请认真执行。\\n一、总则")
    '某县防汛工作方案'
    """
    head = parse[:2000]
    match = re.search(r"(?:现将|特将|将)《(?P<title>[^《》\n]{4,80})》(?:印发|转发|予以印发|发)\s{0,8}给", head) or \
        re.search(r"(?:制定|制定了|研究制定)《(?P<title>[^《》\n]{4,80})》[^。\n]{0,12}?(?:印发|转发)给", head)
    if match:
        return match["title"]
    for _, line in list(_lines(head))[:15]:
        line = _strip_heading(line)
        if 4 <= len(line) <= 40 and not NOT_A_TITLE.search(line) and not re.search(r"[,，、|]", line) \
                and not HEADER_FIELD.match(line) and not DATE_PATTERN.search(line) and not DOC_NUMBER.search(line) \
                and _may_head_a_page(line):
            return line
    return ""


def _may_head_a_page(line: str) -> bool:
    """A short line that may be a page's heading: not an index code (CYQD00-2019-0014), an
    attachment or trailer line (附件:…), an organ line alone (the signature) or a site's button."""
    if len(re.findall(r"[\u4e00-\u9fff]", line)) < 4 or _trailer_note(line) or _organs(line):
        return False
    if re.match(r"[\u4e00-\u9fff]{2,6}\s*:", line) or "@" in line:  # 电子邮箱:…, 邮寄地址:…: a contact line
        return False
    if SECTION_LABEL.fullmatch(line):  # an encyclopedia's or database's section label (发布信息, 内容全文)
        return False
    return not re.search(r"(?:复制|打印|关闭|收藏|分享|下载|朗读|字号|返回)(?:本页|全文|正文|窗口)?$|朋友圈$", line)


def genre_of(title: str) -> str:
    """The kind of document a title names, from its last word: 方案, 规划, 办法, 意见 ….

    >>> genre_of("天门市司法局“十四五”规划"), genre_of("全市司法行政系统深入推进执法规范化建设实施方案")
    ('规划', '方案')
    >>> genre_of("拉萨市城市生活垃圾分类实施办法（试行）")  # a bracket after the word (试行, 2025—2027年)
    '办法'
    """
    match = TITLE_ENDINGS.search(re.sub(r"\s*[(（][^()（）]{1,20}[)）]$", "", title))
    return match.group(1) if match else ""


def enclosed_title(title: str) -> str:
    """The enclosed document's title when ``title`` is a cover notice, else ``""``.

    >>> enclosed_title("关于印发《滨海新区司法局2017年政务公开工作实施方案》的通知")
    '滨海新区司法局2017年政务公开工作实施方案'
    >>> enclosed_title("某市人民政府办公室关于印发某市法治政府建设实施方案的通知")
    '某市法治政府建设实施方案'
    >>> enclosed_title("某厅关于印发《甲项目实施细则》《乙项目实施细则》的通知")
    '甲项目实施细则'
    >>> enclosed_title("某市人民政府办公室关于印发《某市年鉴（2026）》编纂工作方案的通知")
    '《某市年鉴（2026）》编纂工作方案'
    >>> enclosed_title("某旗人民政府办公室关于印发《甲方案》等三个文件的通知")
    '甲方案'
    """
    ending = _notice_ending(title)
    if ending is None:
        return ""
    first, last = ending
    newline = title.rfind("\n", 0, first)  # the enclosed title is on one line
    for verb in NOTICE_VERB.finditer(title):
        # where the title may start, in the order the former regex tried them:
        # after 印发, its spaces and 《; then without 《; then with fewer spaces
        after = verb.start() + 2
        spaces_end = SPACES.match(title, after).end()
        # (a 《 whose 》 is not the ending's opens a book named inside the title: 印发《某年鉴》编纂方案的通知)
        opened = spaces_end < len(title) and title[spaces_end] in "《<〈" \
            and (title[first] in "》>〉" or SEVERAL_ENCLOSED.search(title, spaces_end, first) is not None)
        for start in ([spaces_end + 1] if opened else []) + list(range(spaces_end, after - 1, -1)):
            end = max(first, start + 1)  # the title's first possible end: one character at least
            if end <= last and (title[start] != "\n" if end == start + 1 else newline < start):
                # 印发《甲细则》《乙细则》的通知: several documents handed on, the first is the enclosed one
                return SEVERAL_ENCLOSED.split(title[start:end].strip(), maxsplit=1)[0]
    return ""


def _notice_ending(title: str) -> tuple[int, int] | None:
    """``(first, last)``: the offsets where a notice's ending (》 的 通知) may start, or ``None``.

    The ending is ``[》>〉]? space* 的? (通知|决定|函) space*`` at the end of ``title``; the offsets
    where it can start form one run: from its 》 (or spaces, or 的) to its 通知.
    """
    body = title.rstrip()
    last = next((len(body) - len(word) for word in NOTICE_ENDINGS if body.endswith(word)), None)
    if last is None and body.endswith(")"):  # …的通知(2019修订): a database's version note after it
        body = VERSION_NOTE.sub("", body)
        last = next((len(body) - len(word) for word in NOTICE_ENDINGS if body.endswith(word)), None)
    if last is None:
        return None
    first = last - 1 if body[last - 1: last] == "的" else last
    first = len(body[:first].rstrip())
    if first and body[first - 1] in "》>〉":
        first -= 1
    return first, last


_BRACKET_BLIND = dict(zip("〈〉<>（）", "《》《》()"))


def _bracket_blind(text: str) -> str:
    """Make 《》〈〉<> and full/half-width parentheses compare equal (same length)."""
    return replace_chars(text, _BRACKET_BLIND)


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
    first_marker = re.search(r"(?:^|\s)(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章条])",
                             parse)
    stop = first_marker.start() if first_marker else len(parse)
    best = 0
    # a copy wrapped over lines (某市人民政府 / 关于…的实施意见) is a copy too
    target = re.sub(r"\s", "", target)
    for at, end in _spread_copies(haystack[:stop], target):
        before = haystack[max(0, at - 4): at]
        if re.search(r"(^|\s|#|丨|附件\s*:\s*)$", before) or at == 0:
            if not haystack[end: end + 1] in ("》", "的"):  # …方案的通知: a wrapped title's line, no copy
                best = end
    if enclosed and first_marker:  # a cover notice numbering its own points (现就有关事项通知如下:一、…)
        best = max(best, _copy_under_signature(parse, haystack, target, stop))
    return _skip_title_block(parse, best) if best else 0


def _spread_copies(text: str, target: str):
    """``(start, end)`` of each copy of ``target`` (which holds no whitespace) in ``text``, also
    where whitespace breaks it (a title wrapped over lines), left to right and not overlapping: what
    ``re.finditer`` finds with whitespace allowed between any two characters of ``target``, without
    compiling a pattern for each title.

    >>> list(_spread_copies("某县方案\\n某县\\n方案", "某县方案"))
    [(0, 4), (5, 10)]
    """
    if not target:
        return
    runs = [(run.start(), run.group()) for run in NON_SPACE_RUN.finditer(text)]
    squeezed = "".join(chars for _, chars in runs)
    # where each run starts in the squeezed text: a squeezed offset goes back to the text by the run holding it
    run_starts = list(itertools.accumulate((len(chars) for _, chars in runs[:-1]), initial=0))

    def in_text(offset: int) -> int:
        run = bisect_right(run_starts, offset) - 1
        return runs[run][0] + offset - run_starts[run]

    found = squeezed.find(target)
    while found >= 0:
        yield in_text(found), in_text(found + len(target) - 1) + 1
        found = squeezed.find(target, found + len(target))


NON_SPACE_RUN = re.compile(r"\S+")


def _copy_under_signature(parse: str, haystack: str, target: str, start: int) -> int:
    """The end of a copy of the enclosed title (``target``, without whitespace) alone on its line
    right under the cover notice's signature date (or its 此件公开发布 note), past ``start``; 0 when
    there is none.

    >>> page = "关于印发某方案的通知\\n一、高度重视。\\n某县人民政府\\n2023年1月3日\\n某方案\\n一、目标"
    >>> page[_copy_under_signature(page, page, "某方案", 12):]
    '\\n一、目标'
    """
    for found_at, found_end in _spread_copies(haystack[start: start + 20000], target):
        at, end = start + found_at, start + found_end
        line_start = parse.rfind("\n", 0, at) + 1
        if parse[line_start: at].strip() or parse[end: parse.find("\n", end) if "\n" in parse[end:] else len(parse)].strip():
            continue  # not alone on its line
        above = [line for _, line in _lines(parse, max(0, line_start - 200), line_start)][-3:]
        if any(DATE_PATTERN.fullmatch(line.strip("()（）")) or "此件" in line for line in above):
            return end
    return 0


def _is_title_block_line(line: str) -> bool:
    """Date lines ((2023年3月10日) in a gazette too), 文号 lines, header fields and legal history
    lines under a title, before the text."""
    return bool(DATE_PATTERN.fullmatch(line.strip("()")) or DOC_NUMBER.fullmatch(line) or HEADER_FIELD.match(line)
                or _legal_event_line(line) or line.startswith("<!--"))


def _placed_organs_alone(line: str) -> bool:
    organs = _organs(line.strip())
    return bool(organs) and bool(jurisdiction_of(organs[0]))


def _skip_title_block(parse: str, offset: int) -> int:
    """Move ``offset`` past the title block lines that follow it, and past the issuing organs' line among
    them or over a 文号, date or issue line (# 某旗…任务分工 / 某旗文化旅游体育局 / 某文旅发〔2026〕6号; not a
    list of duties under a title: 某县水务局 / 负责…).

    >>> page = "某旗任务分工\\n某旗文化旅游体育局\\n某文旅发〔2026〕6号\\n为推动…"
    >>> page[_skip_title_block(page, 6):]
    '\\n为推动…'
    """
    lines = ((start, line) for start, line in _lines(parse, offset) if line.strip())
    # each line with the one after it, read only as far as the block goes (a regulation's history runs long)
    for index, ((start, line), (_, after)) in enumerate(itertools.pairwise(itertools.chain(lines, [(len(parse), "")]))):
        after = after.strip()
        # (an organ line between the title's date or 文号 lines, or over its minutes' issue: 某办公室 / 2026年第3期)
        placed = _placed_organs_alone(line) and (index > 0 or _is_title_block_line(after) or ISSUE.fullmatch(after))
        if not (_is_title_block_line(line) or placed):
            break
        offset = start + len(line)
    return offset


# ---------------------------------------------------------------- signature and dates

COMPILED_BY = re.compile(r"(?<=[室厅府局委科处股组队])\s*(?:编印|编)\s*$")  # 某县人民政府办公室编, …监管科编印
DIVISION_OF = re.compile(r"(?P<parent>.{2,24}?[局委厅府])[\u4e00-\u9fff]{2,14}(?:[科处股组队]|(?<!办公)室)")  # a bureau, then its division


def _date_line(line: str) -> tuple[list[str], dt.date | None, bool]:
    """Read a signature line: ``(organs, date, is_signature_line)``.

    A signature line is a date alone, organs alone, or organs followed by a date on one line
    (某市人民政府  某市中级人民法院  2021年3月5日).
    """
    line = _signature_text(line)
    if TYPED_DATE.fullmatch(line) and (typed := date_from_match_digits(line)):
        return [], typed, True  # 20171116: a date typed without separators
    match = DATE_PATTERN.search(line)
    if match and match.end() == len(line):
        # 某县人民政府办公室编 2026年3月18日: the office that compiles minutes or a bulletin, and its day
        compiler = COMPILED_BY.search(line[: match.start()])
        name = line[: compiler.start()] if compiler else line[: match.start()]
        division = DIVISION_OF.fullmatch(name) if compiler else None
        organs = _organs(division["parent"] if division else name)  # …监管科编: the bureau its division compiles for
        if organs is not None:
            return organs, date_from_match(match), True
    organs = _organs(line)
    return (organs or [], None, bool(organs))


# an agreement's signature: 甲方:X(盖章)  乙方:Y(盖章) over 签订日期:2026年3月2日  签订日期:2026年3月2日
SEAL = r"[(（]\s*(?:盖章|印章|公章)\s*[)）]"  # （盖章）under or after a signing organ
SIGNING_LABEL = re.compile(rf"(?:甲方|乙方|丙方)(?:\([^()]{{1,6}}\))?\s*:|(?:签订|签署|签约|签字)(?:日期|时间)\s*:|{SEAL}")


def _signature_text(line: str) -> str:
    """A signature line without its brackets ((2020年5月6日) under a title), without a 文号 after its
    date (某市人民政府办公室 2026年4月15日 某政办发〔2026〕19号), and without an agreement's party and
    date labels and seals (甲方:某区人民政府(盖章), 签订日期:2026年3月2日), the date both parties
    wrote read once.

    >>> _signature_text("签订日期:2026年3月2日  签订日期:2026年3月2日")
    '2026年3月2日'
    """
    if "方" in line or "期" in line or "间" in line or "章" in line:
        line = SIGNING_LABEL.sub(" ", line).strip()
        parts = line.split()
        line = parts[0] if len(parts) > 1 and len(set(parts)) == 1 else line
    line = line.strip("()")
    return SIGNED_NUMBER.sub("", line) if "号" in line else line


def _ends_in_date(line: str) -> bool:
    """Whether :func:`_date_line` could find a date in ``line`` (it ends with one, or is one typed
    as eight digits): a cheap test before reading a line's organs, for scans of a whole text."""
    line = _signature_text(line)
    if not line or not (line[-1] in DATE_ENDS or line[-1].isspace() or line[-1].isdigit()):
        return False  # a date ends in 日, a digit or a numeral: most lines are passed over here
    match = DATE_PATTERN.search(line)
    return bool(match and match.end() == len(line) or TYPED_DATE.fullmatch(line))


def _organs(text: str) -> list[str] | None:
    """The organ names a piece of a signature holds ([] when empty, None when it is not organs).

    >>> _organs("中共岳阳市委办公室岳阳市人民政府办公室"), _organs("各区县人民政府:")
    (['中共岳阳市委办公室', '岳阳市人民政府办公室'], None)
    """
    parts = [part for part in re.split(r"[\s、,;]+", text.strip()) if part]
    gapped = WIDE_GAP.search(text) is not None  # the only place a name's pieces can be joined again
    for index in range(len(parts) - 2, -1, -1) if gapped else ():  # 新乡      市人民政府: a gloss blanked inside a name
        if not ORGAN_NAME.match(parts[index]) and ORGAN_NAME.match(parts[index] + parts[index + 1]) \
                and re.search(rf"\S\s{{2,}}{re.escape(parts[index + 1])}", text):
            parts[index: index + 2] = [parts[index] + parts[index + 1]]
    if parts and all(ORGAN_NAME.match(part) for part in parts):
        return [name for part in parts for name in _unglue(part)]
    return None if parts else []


# a bureau's branch named by its county or district alone (…生态环境局兰陵县分局, …自然资源局武侯分局)
_BRANCH_PLACE = r"[\u4e00-\u9fff]{2,6}?"
BRANCH_OF_BUREAU = re.compile(rf"{_BRANCH_PLACE}(?:分局|分中心)")
# the city's bureau and its branch, for the place the branch governs
BUREAU_BRANCH = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?[市州盟][\u4e00-\u9fff]{{2,14}}?局(?P<place>{_BRANCH_PLACE})分局$")


def _unglue(name: str) -> list[str]:
    """Joint organs written without a space (中共某市委办公室某市人民政府办公室) as separate names:
    split where an organ name ends and the next one starts with 中共 or a known place."""
    for match in re.finditer(ORGAN_SUFFIX, name):
        if NATIONAL_VERTICAL.fullmatch(name[: match.end()]):
            continue  # 国家税务总局|海口市税务局 is one organ
        rest = name[match.end():]
        if BRANCH_OF_BUREAU.fullmatch(rest):
            continue  # 临沂市生态环境局|兰陵县分局: the bureau's branch in a county is one organ
        if len(rest) >= 4 and ORGAN_NAME.match(name[: match.end()]) and ORGAN_NAME.match(rest) \
                and (rest.startswith(("中共", "中国")) or _known_head(rest)):  # (中国铁路某局集团有限公司: a national group's)
            return [name[: match.end()], *_unglue(rest)]
    return [name]


SEAL_LINE = re.compile(rf"(?:{SEAL}\s*)+")  # （盖章）under each signing organ
# 代表:张某某  代表:杨某某 under an agreement's parties: the persons who signed for them
SIGNER_LINE = re.compile(r"(?:(?:法定代表人或授权代表|法定代表人|授权代表|代表|负责人)(?:\(签字\))?\s*:\s*[\u4e00-\u9fff]{2,4}\s*)+")


def _organ_lines_above(lines: list, index: int):
    """``(line number, text)`` of the organ lines right above line ``index`` (joint issuers sign one under
    the other), over the lines of their seals (（盖章） （盖章）) and of the persons signing for them
    (代表:张某某), which an agreement may also write under each party (甲方:X / 代表:张某某 / 乙方:Y)."""
    top, organs, skipped = index, 0, 0
    while top > 0 and organs < 4 and skipped < 4:
        line = lines[top - 1][1].strip()
        if SEAL_LINE.fullmatch(line) or SIGNER_LINE.fullmatch(line) or DOC_NUMBER.fullmatch(line) or ISSUE.fullmatch(line):
            skipped += 1  # (某镇人民政府　　某政〔2026〕18号　　2026年3月2日 under a title: its 文号 or minutes' issue between)
        elif _organs(_signature_text(line)):
            organs += 1
            yield top - 1, _signature_text(line)
        else:
            return
        top -= 1


def _organs_above(lines: list, index: int) -> list[str]:
    return [organ for _, line in reversed(list(_organ_lines_above(lines, index))) for organ in _organs(line)]


def find_body_end(parse: str, body_start: int) -> tuple[int, list[str], dt.date | None]:
    """Where the body ends when the document closes with a signature: ``(end, organs, date)``.

    The signature block is a date line among the last lines of the text, with the organ
    lines right above it (or the organs on the date's own line); notes such as (此件公开发布),
    抄送 and 印发 lines may follow it. Without one the body runs to the end of the text and
    organs and date are empty.

    >>> page = "一、总则\\n内容。\\n\\n某市司法局\\n2021年3月5日\\n(此件公开发布)"
    >>> end, organs, date = find_body_end(page, 0)
    >>> page[:end], organs, date
    ('一、总则\\n内容。', ['某市司法局'], datetime.date(2021, 3, 5))

    Organs closing the text with no date after them (dated under the title) sign it too:

    >>> find_body_end("某工作安排\\n(2026年3月6日)\\n一、目标。\\n宜昌市夷陵区发展和改革局", 0)[1:]
    (['宜昌市夷陵区发展和改革局'], None)
    """
    lines = _lines(parse, body_start)
    for index in range(len(lines) - 1, max(len(lines) - 13, 0) - 1, -1):
        start, line = lines[index]
        organs, date, _ = _date_line(line)
        # organs over a date without its day still sign the document (its date is left empty and the
        # reason given, see _month_signature)
        by_month = date is None and MONTH_SIGNATURE.fullmatch(_signature_text(line)) and _organs_above(lines, index)
        if date is None and not by_month:
            if _trailer_note(line) or (organs and index < len(lines) - 1):
                continue
            if organs and index > 0:  # 宜昌市夷陵区发展和改革局 closing the text, its date under the title
                end = start
                while end > body_start and parse[end - 1].isspace():
                    end -= 1
                return end, organs, None
            if re.fullmatch(r"[\d\s|-]{1,6}|[—–-]\s*\d{1,3}\s*[—–-]", line):  # a page number (—2—), a table's bar
                continue
            break
        top = index
        if not organs:
            organs = _organs_above(lines, index)
            top = min((at for at, _ in _organ_lines_above(lines, index)), default=index)
        end = lines[top][0]
        while end > body_start and parse[end - 1].isspace():
            end -= 1
        return end, organs, date
    return len(parse), [], None


def _trailer_note(line: str) -> bool:
    """Whether a line is a note after the signature (TRAILER_NOTE); only its 印发 line is looked
    for past the line's start, so any other line is matched at its start, not searched."""
    return bool(TRAILER_NOTE.search(line) if line.endswith("印发") else TRAILER_NOTE.match(line))


def signature(parse: str, end: int) -> tuple[list[str], dt.date | None]:
    """Signature organs and date of the cover or title block before ``end``.

    A signature date is a line that holds nothing but a date (or organs and a date); the organs
    are the lines above it when those lines are organ names. Returns ``(organs, date)``.

    >>> signature("现将…印发给你们。\\n\\n天津市滨海新区司法局\\n\\n2017年5月3日\\n", 40)
    (['天津市滨海新区司法局'], datetime.date(2017, 5, 3))
    """
    lines = list(_lines(parse, 0, end))
    for index in range(len(lines) - 1, -1, -1):
        organs, date, _ = _date_line(lines[index][1])
        if date is not None and not HEADER_FIELD.match(lines[index][1]):
            return organs or _organs_above(lines, index), date
    return [], None


def legal_history(parse: str, start: int, end: int) -> list[tuple[dt.date, str, str, str]]:
    """Adoption, approval and amendment events under a regulation's title: ``(date, event,
    organ, place)`` in the order written. Only lines before the first article are read.

    >>> events = legal_history("# 某市条例\\n\\n2017年8月31日 东营市第八届人民代表大会常务委员会第5次会议通过\\n"
    ...                        "2017年9月30日 山东省第十二届人民代表大会常务委员会第三十二次会议批准\\n第一条", 0, 200)
    >>> [(d.isoformat(), event, organ) for d, event, organ, _ in events]
    [('2017-08-31', '通过', '东营市人民代表大会常务委员会'), ('2017-09-30', '批准', '山东省人民代表大会常务委员会')]
    """
    events = []
    lines = [line for _, line in _lines(parse, start, end)]
    for index, line in enumerate(lines):
        if re.match(r"^(?:#+\s*)?第[一二三四五六七八九十百]+[章条节]", line):
            break
        if not _legal_event_line(line):
            line = _wrapped_event_line(line, lines[index + 1] if index + 1 < len(lines) else "")
            if not line:
                continue
        # one line may hold several events (…通过 根据…修正); each event is a date and what follows
        dates = list(DATE_PATTERN.finditer(line))
        for number, match in enumerate(dates):
            stretch = line[match.end(): dates[number + 1].start() if number + 1 < len(dates) else len(line)]
            event = LEGAL_EVENT.search(stretch)
            date = date_from_match(match)
            if event is None or date is None:
                continue
            congress = CONGRESS.search(stretch[: event.start()])
            organ = ORGAN_SHORT_NAMES.get(congress["organ"], congress["organ"]) if congress else ""
            place = re.sub(r"^(?:并经|经|由|在|根据)", "", congress["place"]) if congress else ""
            organ = place + organ if congress else ""
            events.append((date, event.group(1), organ, place))
    return events


def _legal_event_line(line: str) -> bool:
    """A line of legal history; a sentence of the body that tells when another document passed
    (《某决定》于…会议审议通过。某政府决定…) is none."""
    # (a page may run every amendment into one line: 施行根据…第一次修正根据…第四次修正)
    long_history = len(line) < 2000 and line.rstrip().endswith(("修正", "修订")) and line.count("会议") >= 3
    return (len(line) < 400 or long_history) and bool(DATE_PATTERN.search(line)) and not re.search(r"。(?=.)", line) and bool(
        re.search(r"会议.{0,40}(通过|批准|修正|修订)|(通过|批准|修正|修订)$|[((].{0,30}(通过|公布|发布|施行)[))]?$", line))


def _wrapped_event_line(line: str, following: str) -> str:
    """An event line wrapped after its congress (——2021年12月11日某市第二届人民代表大会 / 第二次会议通过)
    joined with its short rest, else ''."""
    if len(following) > 20 or not DATE_PATTERN.search(line) or not CONGRESS.search(line):
        return ""
    joined = line + following
    return joined if _legal_event_line(joined) else ""


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


def _posting_date(raw: str) -> dt.date | None:
    """The day of a page's posting time (发布时间: 2023-05-12 16:20), a date the document's own
    dates come before."""
    match = DATE_PATTERN.search(raw)
    date = date_from_match(match) if match else None
    return None if date is None or date.year in EPOCH_YEARS else date


def choose_date(sign_date, fields, sign_source: str = "signature", later=(), meeting=None,
                posting: bool = True, meeting_first: bool = False) -> tuple[str, str, str]:
    """Pick the document date: the text's own date line, then 成文日期, then the date of the
    meeting a report was delivered at (before 成文日期 with ``meeting_first``: a report's own meeting
    line, whose page's 成文日期 is the day it was posted), then the publication date, then ``later`` candidates
    ``(source, date)`` (a 印发 line, a promulgation), then the page's posting time (source
    ``posted``: the day a page with no date of its own was put online), then the effective date.
    ``posting=False`` leaves the posting time out: the document has a date that cannot be read, or
    the page names no issuer (a re-post of unknown origin, whose posting day says nothing of the
    document's).

    Returns ``(iso date or "", source, note on rejected candidates)``.

    >>> choose_date(None, {"published": ("1970-08-21", 0)})
    ('', '', 'header:published 1970-08-21 is a placeholder (epoch) date')
    >>> choose_date(None, {"written": ("2020928", 0)})
    ('', '', "header:written '2020928' is not a date")
    >>> choose_date(None, {"published": ("2024-03-18 16:20", 0)})[:2]
    ('2024-03-18', 'posted')
    """
    notes, chosen, source = [], None, ""
    candidates = [(sign_source, sign_date, "")]
    for name in ("meeting", "written", "published") if meeting_first else ("written", "meeting", "published"):
        if name == "meeting" and meeting is not None:
            candidates.append(("meeting", meeting, ""))
        elif name in fields:
            candidates.append((f"header:{name}", *_date_candidate(fields[name][0], f"header:{name}")))
    candidates += [(name, date, "") for name, date in later if name != "effective"]
    posted = [_posting_date(fields[name][0]) for name in ("written", "published") if name in fields] if posting else []
    candidates += [("posted", date, "") for date in posted if date]
    candidates += [(name, date, "") for name, date in later if name == "effective"]
    for name, date, rejected in candidates:
        if rejected:
            notes.append(rejected)
        elif date is not None and chosen is None:
            if date.year in EPOCH_YEARS:
                notes.append(f"{name} {date.isoformat()} is a placeholder (epoch) date")
                continue
            chosen, source = date, name
    return (chosen.isoformat() if chosen else ""), source, "; ".join(notes)


def _garbled_dates(parse: str, spans: list[tuple[int, int]]) -> list[str]:
    """Digit runs that look like a date lost its separators (2020928): never guessed, noted."""
    found = []
    for start, end in spans:
        for _, line in _lines(parse, start, end):
            line = CONTACT_NUMBER.sub(lambda number: " " * len(number.group()), line)
            if len(line) <= 40 and not DOC_NUMBER.search(line):
                found += [f"{m.group()!r} looks like a garbled date and was not read"
                          for m in GARBLED_DATE.finditer(line) if date_from_match_digits(m.group()) is None]
    return found


def date_from_match_digits(digits: str) -> dt.date | None:
    """A date from 8 digits (20200928); shorter runs are ambiguous and give ``None``.

    >>> date_from_match_digits("20200928"), date_from_match_digits("2020928")
    (datetime.date(2020, 9, 28), None)
    """
    if len(digits) != 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


# ---------------------------------------------------------------- organs and places

# a government at the head of a title, followed by its subject rather than another organ's suffix
GOVERNMENT_HEAD = re.compile(r"(?P<organ>[\u4e00-\u9fff]{2,20}?人民政府)(?!办|令|公告|文件|门户|网)(?=[\u4e00-\u9fff]{2})")


def organ_from_title(title: str) -> list[str]:
    """The issuing organs named at the head of a title, joint issuers included
    (中共某市委 某市人民政府关于… -> both; 2026年安徽省政府工作报告 -> 安徽省人民政府: a place's
    政府 is the short name of its 人民政府).

    >>> organ_from_title("西安市司法局关于印发《方案》的通知")
    ['西安市司法局']
    >>> organ_from_title("中共某市委 某市人民政府关于加强某工作的意见"), organ_from_title("2024年神木市政府工作报告")
    (['中共某市委', '某市人民政府'], ['神木市人民政府'])
    >>> organ_from_title("长汀县人民政府森林防火禁火令"), organ_from_title("省人民政府关于优化营商环境的若干意见")
    (['长汀县人民政府'], ['省人民政府'])
    >>> organ_from_title("某县农业农村局负责人就《某县秸秆利用方案》答记者问")
    ['某县农业农村局']
    """
    title = re.sub(r"^(?:19|20)\d\d年", "", title[:120])
    # last, a government heading a title that has no 关于 (某县人民政府森林防火禁火令)
    governed = GOVERNMENT_HEAD.match(title)
    for cut in list(TITLE_SUBJECT.finditer(title))[:6] + ([governed.end("organ")] if governed else []) + [None]:
        end = cut if isinstance(cut, int) else cut.start() if cut else len(title)
        head = title[:end].strip()
        organs = _organs(head) if head else None
        if organs:
            if not all(jurisdiction_of(organ) or BARE_LEVEL_ORGAN.match(organ) for organ in organs):
                return []  # a level word alone (省人民政府关于…) is completed by the place found later
            return [jurisdiction_of(organ) + "人民政府" if organ == jurisdiction_of(organ) + "政府"
                    else _congress_spelled_out(organ) for organ in organs]
    legislature = LEGISLATURE_HEAD.match(title)  # 某市人民代表大会常务委员会议事规则
    return [legislature.group()] if legislature and jurisdiction_of(legislature.group()) else []


DISTRICT_BODY = re.compile("人民政府|人大常委会|人民代表大会常务委员会")  # a body of a district named before its street's


def _congress_spelled_out(organ: str) -> str:
    """某县人大常委会, the short name of the county's 人民代表大会常务委员会, spelled out whoever names it (a
    title, a header, a signature); its offices keep the name they are given (某县人大常委会办公室).

    >>> _congress_spelled_out("海东市乐都区人大常委会"), _congress_spelled_out("柳州市人大常委会办公室")
    ('海东市乐都区人民代表大会常务委员会', '柳州市人大常委会办公室')
    """
    place = jurisdiction_of(organ)
    return place + ORGAN_SHORT_NAMES["人大常委会"] if place and organ == place + "人大常委会" else organ


def jurisdiction_of(issuer: str) -> str:
    """The place an issuing organ governs: the run of place units at the head of its name.

    >>> jurisdiction_of("天津市滨海新区司法局"), jurisdiction_of("区司法局"), jurisdiction_of("市城市管理局")
    ('天津市滨海新区', '', '')
    >>> jurisdiction_of("某县某某镇人民政府"), jurisdiction_of("东营市人民代表大会常务委员会")
    ('某县某某镇', '东营市')
    >>> jurisdiction_of("开发区管理委员会"), jurisdiction_of("天津经济技术开发区管理委员会")
    ('', '天津经济技术开发区')
    >>> jurisdiction_of("北京市海淀区人民政府学院路街道办事处"), jurisdiction_of("长沙市雨花区人大常委会侯家塘街道工作委员会")
    ('北京市海淀区学院路街道', '长沙市雨花区侯家塘街道')
    >>> jurisdiction_of("银川市西夏区镇北堡镇人民政府"), jurisdiction_of("某县乡镇人民政府")
    ('银川市西夏区镇北堡镇', '某县')
    >>> jurisdiction_of("漳浦县旧镇镇人民政府"), jurisdiction_of("青岛市市南区市东街道办事处")
    ('漳浦县旧镇镇', '青岛市市南区市东街道')
    >>> jurisdiction_of("汉中市勉县武侯镇人民政府"), jurisdiction_of("江苏省沛县人民政府")
    ('汉中市勉县武侯镇', '江苏省沛县')
    >>> jurisdiction_of("昆明住房公积金管理中心"), jurisdiction_of("宜春仲裁委员会办公室")
    ('昆明市', '宜春市')
    """
    branch = BUREAU_BRANCH.match(issuer)  # 临沂市生态环境局兰陵县分局 -> 兰陵县, 晋城市生态环境局泽州分局 -> 泽州县
    if branch:
        whole = PLACE_PREFIX.fullmatch(branch["place"])  # 监利市分局: the county named whole
        named = [branch["place"] + unit for unit in ("县", "区", "市") if _one_division(branch["place"] + unit)]
        # (茌平县 became 茌平区: of a county and a district of one name in one province, the district is the
        # newer; a county turned district or city is never turned back)
        if len(named) == 2 and named[0].endswith("县") and named[1].endswith("区") \
                and len({locate(name)[0] for name in named}) == 1:
            named = named[1:]
        found = whole.group(1) if whole and locate(whole.group(1))[0] else named[0] if len(named) == 1 else ""
        if found:
            return found
    national = NATIONAL_VERTICAL.match(issuer)  # 国家税务总局海口市税务局 -> 海口市
    match = PLACE_PREFIX.match(issuer[national.end():] if national else issuer)
    if national and not (match and locate(match.group(1))[0]):
        # 国家统计局海口调查队, 中国银保监会泉州监管分局: the branch's place named without its unit
        return _bare_place(issuer[national.end():]) or (match.group(1) if match else "")
    town = TOWNSHIP_AFTER_UNIT.match(issuer, national.end() if national else 0) if match else None
    if town:
        return town.group(1)
    renamed = _district_named_with_a_unit(match.group(1), issuer[match.end(1):]) if match else ""
    if renamed:
        return renamed
    if match:
        # 新区管理委员会 names no place; 北京市海淀区人民政府学院路街道办事处: the district's government (or its
        # people's congress: 雨花区人大常委会侯家塘街道工作委员会) named before its street body is no unit of the place
        place = "" if match.group(1) in GENERIC_AREAS else DISTRICT_BODY.sub("", match.group(1))
        unit = issuer[match.end(1): match.end(1) + 1]
        if place and unit in "市县区旗" and not locate(place)[0] and locate(place + unit)[0]:
            return place + unit  # 辉县|市人民政府: a county-level city whose name holds 县
        county = issuer[match.end(1): match.end(1) + 2]
        if place and _one_division(county) and county[-1] in "县区":
            # 重庆市|忠县, 江苏省|沛县: a county of one character, too short for the pattern; and its town (汉中市勉县|武侯镇)
            town = TOWN_NAME.match(issuer, match.end(1) + 2)
            return place + county + (town.group() if town else "")
        return _county_branch(place, issuer[match.end(1):]) or place
    if BARE_PLACE_ORGAN.match(issuer):
        return _bare_place(issuer)  # 哈尔滨住房公积金管理中心 -> 哈尔滨市 ("" when two places bear the name)
    township = TOWNSHIP_HEAD.match(issuer)  # 丽景街街道办事处: the county is named elsewhere on the page
    return township.group(1) if township else ""


def _county_branch(place: str, rest: str) -> str:
    """A city bureau's branch named by one of the city's counties without its unit (龙岩市|长汀生态环境局,
    the county's ecology bureau): that county under the city, else "".

    >>> _county_branch("龙岩市", "长汀生态环境局"), _county_branch("龙岩市", "生态环境局")
    ('龙岩市长汀县', '')
    """
    if not place.endswith(("市", "州", "盟")) or not rest.endswith(("生态环境局", "分局")):
        return ""
    for length in (2, 3):
        for unit in ("县", "区", "市", "旗"):
            name = place + rest[:length] + unit
            if not ORGAN_SUFFIX_AT.match(rest, length) and _known_place(name) and locate(name)[1] == "county":
                return name
    return ""


def _one_division(name: str) -> bool:
    """Whether the division table holds exactly one division of this name (新县, 兰陵县: no other).

    >>> _one_division("涉县"), _one_division("城区")
    (True, False)
    """
    return len(_divisions()[1].get(name, ())) == 1


def _bare_place(text: str) -> str:
    """A known province, city or county named without its unit at the head of ``text``
    (海口调查队 -> 海口市, 四川监管办公室 -> 四川省); ``""`` when the name is two places (吉林).

    >>> _bare_place("海口调查队"), _bare_place("四川监管办公室"), _bare_place("吉林调查总队")
    ('海口市', '四川省', '')
    """
    for length in range(min(len(text) - 1, 8), 1, -1):
        found = [text[:length] + unit for unit in ("市", "县", "省") if _one_division(text[:length] + unit)]
        if found:
            return found[0] if len(found) == 1 else ""
    return ""


def _district_named_with_a_unit(place: str, rest: str) -> str:
    """A district whose name holds a unit's character (三明市|沙县区, 荆州市|沙市区, 赣县|区王母渡镇): unit names
    hold no unit character (linear-time matching), so the place read stops before or inside it; the
    table says whether the name runs on, and a town may follow. ``""`` when it does not.

    >>> _district_named_with_a_unit("赣县", "区王母渡镇人民政府"), _district_named_with_a_unit("三明市", "沙县区人民政府")
    ('赣县区王母渡镇', '三明市沙县区')
    >>> _district_named_with_a_unit("宜宾市", "区域发展中心")
    ''
    """
    names = _divisions()[1]
    for length in (1, 2, 3):  # 三明市|沙县区
        if rest[length: length + 2] in ("县区", "市区") and rest[: length + 2] in names:
            town = TOWN_NAME.match(rest, length + 2)
            return place + rest[: length + 2] + (town.group() if town else "")
    if rest.startswith("区") and place[-1:] in ("县", "市") \
            and any(place[-length:] + "区" in names for length in (2, 3, 4)):  # 赣县|区
        town = TOWN_NAME.match(rest, 1)
        return place + "区" + (town.group() if town else "")
    return ""


# ---------------------------------------------------------------- the division table

@lru_cache(maxsize=1)
def _divisions() -> tuple[dict[str, tuple[str, str, str]], dict[str, list[str]]]:
    """The national division table: ``{adcode: (name, province, level)}`` and ``{name: [adcodes]}``.

    Read from cpca's ``adcodes.csv`` without importing cpca (its import needs pkg_resources).
    Short forms are indexed too: 阿坝州 for 阿坝藏族羌族自治州, 某县 for 某族自治县, and the
    aliases of ``data/place_aliases.csv``; ``data/divisions_added.csv`` adds the divisions set up
    since the table was drawn, and ``data/functional_areas.csv`` the national new areas and county-level 管理区.
    """
    spec = importlib.util.find_spec("cpca")
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    with open(folder / "adcodes.csv", encoding="utf-8") as handle:
        rows = [(row["adcode"], row["name"]) for row in csv.DictReader(handle)]
    # divisions set up after the table was drawn, with no predecessor to alias (北屯市, 光明区 …)
    known = {code for code, _ in rows}
    rows += [(row["adcode"], row["name"]) for row in _data_rows("divisions_added.csv") if row["adcode"] not in known]
    lines = (folder / "56_nations.csv").read_text(encoding="utf-8").splitlines()  # read whole: no file left open
    nations = sorted((line.strip() for line in lines if line.strip()), key=len, reverse=True)
    names = {code: name for code, name in rows}
    table, index = {}, {}
    for code, name in rows:
        if name == "市辖区" or name.endswith("直辖县级行政区划") or name == "县":
            continue
        if code[2:] == "0" * 10:
            level = "province"
        elif code[4:6] == "00" and code[2:4] != "90":
            level = "prefecture"
        else:
            level = "county"
        province = names.get(code[:2] + "0" * 10, "")
        table[code] = (name, province, level)
        for key in _short_forms(name, nations):
            index.setdefault(key, []).append(code)
    by_name = {name: code for code, name in rows}
    for row in _data_rows("place_aliases.csv"):  # the entry by name, or by its code where names repeat (城区)
        code = row["name"] if row["name"] in table else by_name.get(row["name"])
        if code:
            index.setdefault(row["alias"], []).append(code)
    _add_functional_areas(table, index)
    return table, index


def _add_functional_areas(table: dict, index: dict) -> None:
    """Enter the functional areas of ``data/functional_areas.csv`` (national new areas: 天府新区, 雄安新区;
    a city's county-level 管理区: 屈原管理区) in the table.

    They have no code of the national standard: each is given one made of its city's code (or its
    province's) and a serial, so that a path naming the area under its city or province
    (成都市天府新区, 四川省天府新区) passes the same prefix tests as a division's.
    """
    heads = {name: code[:2] for code, (name, _, level) in table.items() if level == "province"}
    for number, row in enumerate(_data_rows("functional_areas.csv")):
        head = heads[row["province"]]
        city = next((code for code in index.get(row["city"], []) if code.startswith(head)
                     and table[code][2] == "prefecture"), "") if row["city"] else ""
        code = f"{city[:4] if city else head + '00'}FA{number:06d}"
        table[code] = (row["name"], row["province"], row["level"])
        for key in (row["name"], *filter(None, row["forms"].split("|"))):
            index.setdefault(key, []).append(code)


def _short_forms(name: str, nations: list[str]) -> list[str]:
    """A division's name and the short forms pages use (阿坝州 or 阿坝自治州, 某县 for 某族自治县)."""
    forms = [name]
    for unit, short in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(unit) and len(name) > len(unit) + 2:
            stem = name[: -len(unit)]
            while True:
                nation = next((n for n in nations if stem.endswith(n) and len(stem) > len(n)), None)
                if nation is None:
                    break
                stem = stem[: -len(nation)]
            if stem != name[: -len(unit)]:
                forms += [stem + short, stem + unit]  # 湘西州 and 湘西自治州
    return forms


@lru_cache(maxsize=1 << 16)  # a pure function of the name, asked for every place-like word of a text
def _resolve(jurisdiction: str, lenient: bool = False) -> tuple[str, str, str] | None:
    """``(name, province, level)`` of the last unit of a place path, or ``None`` if unknown.
    ``lenient``: a last unit the table does not know, under one it knows, is one level down."""
    found = _resolve_keyed(jurisdiction, lenient)
    return found[1:] if found else None


def _resolve_keyed(jurisdiction: str, lenient: bool = False) -> tuple[str, str, str, str] | None:
    """:func:`_resolve`'s answer after the key the path's last known unit was found by (平城区, where
    the table's name is 城区, which several cities have)."""
    table, index = _divisions()
    units, rest, parent, key = [], jurisdiction, "", ""
    while rest:
        name = next((rest[:n] for n in range(min(len(rest), LONGEST_NAME), 1, -1) if rest[:n] in index), "")
        # a city named without 市 at the head of a longer name (苏州工业园区), or a county or
        # county-level city since made a district or a city (长乐市 -> 长乐区, 兴仁县 -> 兴仁市)
        # (renamed places only for an organ's place, never for a word in running text: 会同市)
        # (not a town named as a city is, 龙泉镇: many provinces have one, 龙泉市 is in one)
        bare = "" if name else next((rest[:n] + unit for n in range(min(len(rest) - 1, 8), 1, -1)
                                     for unit in ("市", "县") if rest[:n] + unit in index
                                     and (unit == "市" or lenient and rest[n] in "区市")
                                     and not TOWNSHIP.fullmatch(rest[n:], 0)), "")
        if not name and not bare:
            break
        key = name or bare
        codes = index[key]
        renamed = next((bare[:-1] + unit for unit in "区市" if rest.startswith(bare[:-1] + unit)), "")
        name = name or (renamed if lenient else "") or bare[:-1]
        if parent:
            inside = [code for code in codes if code.startswith(parent.rstrip("0")[: max(2, len(parent.rstrip("0")))])]
            if not inside and bare:
                break  # 赤水市|大同镇: a town named like a city elsewhere (大同市) is no city under its county
            codes = inside or codes
        if len(codes) > 1 and len({table[code][1] for code in codes}) > 1:
            return None  # 城区, 鼓楼区: several provinces have one, and nothing says which
        units.append(codes[0])
        parent, rest = codes[0], rest[len(name):]
    if not units:
        return None
    name, province, level = table[units[-1]]
    if len(rest) > MAX_UNKNOWN_UNIT:
        return None  # 安新区 + 管理委员会关于印发雄安新区: a sentence, not a unit below a known one
    if rest and TOWNSHIP.search(rest):
        level = "township"
    elif rest and not lenient:
        return None
    elif rest:
        # a unit the table does not know (renamed or new: 郫都区) under a known one: one level down
        below = {"province": "prefecture" if re.search(r"(?:市|州|盟|地区)$", rest) else "county",
                 "prefecture": "county", "county": "township"}
        if not re.fullmatch(rf"(?:{INNER_UNIT_NAME}{PLACE_UNIT})", rest):
            return None
        level = below[level]
    return key, name, province, level


def locate(jurisdiction: str) -> tuple[str, str]:
    """``(province, admin_level)`` of a place name, from the national division table (cpca).

    admin_level is ``province``, ``prefecture`` (cities, 自治州, 盟), ``county`` (districts,
    counties, 旗, county-level cities) or ``township`` (镇, 乡, 街道, 苏木 under a known county).
    Unknown names give ``("", "")``.

    >>> locate("天津市滨海新区"), locate("西安市"), locate("天门市")
    (('天津市', 'county'), ('陕西省', 'prefecture'), ('湖北省', 'county'))
    >>> locate("阿坝州"), locate("达茂旗"), locate("锡林郭勒盟"), locate("内蒙古自治区")
    (('四川省', 'prefecture'), ('内蒙古自治区', 'county'), ('内蒙古自治区', 'prefecture'), ('内蒙古自治区', 'province'))
    """
    if not jurisdiction:
        return "", ""
    found = _resolve(jurisdiction, lenient=True)
    return (found[1], found[2]) if found else ("", "")


@lru_cache(maxsize=1 << 16)  # asked for every place-like run of characters in a text
def _known_place(candidate: str) -> bool:
    return bool(candidate) and _resolve(candidate) is not None


def place_from_text(title: str, body: str) -> str:
    """Where a document without a placed issuer says it belongs: the place at the head of its
    title, a place it applies itself to (结合官渡区实际), else the place named most often at the
    level it calls itself (全市/我市 with a named city). Only places in the division table count.

    >>> place_from_text("", "为推进工作,结合官渡区实际,制定本方案。")
    '官渡区'
    >>> place_from_text("关于做好防汛工作的通知", "全市各单位要做好准备。昆明市防汛指挥部…昆明市各县区")
    '昆明市'
    """
    # the place at the head of the title's subject (关于丹寨县2022年…, 关于《昆明市…条例》…)
    subject = re.sub(r"^(?:关于(?:印发|转发)?《?)?(?:(?:19|20)\d\d年)?", "", title)
    head = _known_head(subject) or _town_head(subject)
    if head:
        return head
    situated = SITUATED.search(body[:20000])
    if situated and _known_place(situated["place"]):
        return situated["place"]
    units = {"省": ("我省", "全省", "本省"), "市": ("我市", "全市", "本市"),
             "县": ("我县", "全县", "本县"), "区": ("我区", "全区", "本区"), "旗": ("我旗", "全旗", "本旗"),
             "州": ("我州", "全州", "本州"), "盟": ("我盟", "全盟", "本盟")}
    said = Counter({unit: sum(body.count(word) for word in words) for unit, words in units.items()})
    for unit, count in said.most_common():
        if not count:
            break
        named = Counter(_place_mentions(body[:20000], unit))
        if named:
            return named.most_common(1)[0][0]
    return ""


# a town or street at the head of a title, before its year, its government or its congress (菁芜洲镇2024年度…,
# 某某街道办事处关于…, 某乡第二十届人民代表大会第三次会议政府工作报告): the division table stops at
# counties, so the shape of the name decides
TOWN_TITLE_HEAD = re.compile(r"((?:(?![省市县区旗盟镇乡])[\u4e00-\u9fff]){2,6}?(?:镇|乡|街道|苏木))"
                             r"(?=(?:19|20)\d\d年|人民政府|政府|办事处|党委|党工委|第[一二三四五六七八九十\d]{1,4}届人民代表大会)")


def _town_head(text: str) -> str:
    """The town at the head of ``text`` (``""`` for a kind of town: 小城镇, 中心镇 in generic_areas.csv).

    >>> _town_head("菁芜洲镇2024年度政府工作计划"), _town_head("小城镇2024年建设计划")
    ('菁芜洲镇', '')
    """
    match = TOWN_TITLE_HEAD.match(text)
    return match.group(1) if match and match.group(1) not in GENERIC_AREAS else ""


def _known_head(text: str) -> str:
    """The longest run of place units at the head of ``text`` that the division table knows
    (上海市民用机场地区管理条例 -> 上海市: 民用机场地区 is no division)."""
    head = PLACE_PREFIX.match(text)
    if not head:
        return ""
    units = re.findall(rf"(?:{UNIT_NAME}{PLACE_UNIT})", head.group(1))
    units = units[:1] + [unit for unit in units[1:] if len(unit) > 2]
    for count in range(len(units), 0, -1):
        if _known_place("".join(units[:count])):
            return "".join(units[:count])
    return ""


SHORT_COUNTY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[向在和与及到对从经])|(?<=配合|会同|协助))([\u4e00-\u9fff]县)(?=[\u4e00-\u9fff])")


def _province_named(text: str) -> str:
    """The province of the county-level and prefecture-level places ``text`` names, when they all lie
    in one province; else ``""``.

    >>> _province_named("为落实镶黄旗草原生态保护补助奖励政策，现就有关工作通知如下。")
    '内蒙古自治区'
    """
    places = [place for unit in ("旗", "县", "市", "区", "州", "盟") for place in _place_mentions(text, unit)]
    # a county of one character before its 县 (新县, 涉县), set off from the words before it
    places += [match.group(1) for match in SHORT_COUNTY.finditer(text) if _one_division(match.group(1))]
    places += _bank_places(text)
    provinces = {locate(place)[0] for place in places} - {""}
    return provinces.pop() if len(provinces) == 1 else ""


# a county's rural bank, named by the county without its level (郸城农商银行, 沂南农村商业银行)
COUNTY_BANK = re.compile(r"农商银行|农村商业银行|农商行|村镇银行|农村信用合作联社")


def _bank_places(text: str) -> list[str]:
    """The counties (or county-level cities) whose short name stands before a rural bank in ``text``,
    where the table holds one division of that name.

    >>> _bank_places("郸城农商银行汲冢支行派员参加")
    ['郸城县']
    """
    found = []
    for match in COUNTY_BANK.finditer(text):
        end = match.start()
        found += next(([text[end - n: end] + unit] for n in (4, 3, 2) for unit in ("县", "市", "旗")
                       if end >= n and _one_division(text[end - n: end] + unit)), [])
    return found


def _place_mentions(text: str, unit: str) -> list[str]:
    """Division names ending in ``unit`` that the text names (the longest known name at each); a
    place whose own document is cited (省、温州市关于…的规定) is not where the text belongs.

    >>> _place_mentions("根据省、温州市关于森林消防的有关规定,全市林区禁火。温州市", "市")
    ['温州市']
    """
    found = []
    for match in re.finditer(unit, text):
        end = match.end()
        if text.startswith("关于", end):
            continue
        for length in range(min(12, match.start()), 1, -1):
            candidate = text[end - length - 1: end]
            if _known_place(candidate) and len(candidate) >= 3 and not re.match(r"[省市县区]", candidate):
                found.append(candidate)
                break
    return found


@lru_cache(maxsize=1)
def _doc_number_places() -> list[tuple[str, str]]:
    rows = [(row["prefix"], row["place"]) for row in _data_rows("doc_number_places.csv") if not row["ambiguous_with"]]
    return sorted(rows, key=lambda row: len(row[0]), reverse=True)


def place_from_doc_number(doc_number: str) -> str:
    """The place a 文号's prefix stands for (``data/doc_number_places.csv``), else ``""``.

    >>> place_from_doc_number("皖政办〔2020〕5号"), place_from_doc_number("津滨司发〔2017〕10号")
    ('安徽省', '天津市滨海新区')
    >>> place_from_doc_number("宁政发〔2020〕1号")  # 宁夏 or 南京: not guessed
    ''
    """
    head = doc_number.strip()
    return next((place for prefix, place in _doc_number_places() if head.startswith(prefix)), "")


def level_from_self_reference(body: str) -> str:
    """Admin level of an unnamed jurisdiction from how the text names itself (我区, 全县, 我省…).

    我市/全市 is left open: it is said by prefectures and county-level cities alike; a mention of
    a government (省政府, 县政府) names a government the text answers to, not itself.

    >>> level_from_self_reference("特制定我区实施意见,区政府负总责"), level_from_self_reference("全市")
    ('county', '')
    """
    counts = {level: sum(body.count(word) for word in words) for level, words in SELF_REFERENCE.items()}
    level, count = max(counts.items(), key=lambda item: item[1])
    return level if count else ""


# ---------------------------------------------------------------- the document

def extract_metadata(text: str, parse: str) -> Metadata:
    """Read title, issuers, jurisdiction, 文号, dates and validity from a clean document.

    ``text`` is the stored text, ``parse`` its same-length parse view (see ``ingest.parse_view``).
    Title, issuer and jurisdiction are stored in simplified characters; the 文号 with its year in 〔〕.

    >>> page = "名  称: 关于印发《某方案》的通知\\n文  号: 津滨司发〔2017〕10号\\n有效性: 有效\\n\\n" \\
    ...        "天津市滨海新区司法局\\n\\n2017年5月3日\\n\\n某方案\\n\\n一、总体要求"
    >>> meta = extract_metadata(page, page)
    >>> meta.issuer, meta.jurisdiction, meta.doc_number, meta.date, meta.date_source
    ('天津市滨海新区司法局', '天津市滨海新区', '津滨司发〔2017〕10号', '2017-05-03', 'signature')
    """
    parse = _head_parts_apart(parse)
    fields = header_fields(parse)
    _keyless_byline(parse, fields)
    stored = {name: text[at: at + len(value)] for name, (value, at) in fields.items()}
    meta = Metadata()
    # Decisions are taken on the parse view (simplified, half-width); values are reported as the
    # page spells them, in simplified characters.
    title = find_title(parse, fields) or title_from_body(parse)
    enclosed = _headed_title(_forwarded_title(enclosed_title(title), parse[:3000]), parse)
    # a cover notice's text hands the enclosed document on (现将《X》印发给你们); an order only promulgates
    cited = title and _handed_on(parse[:3000], title)
    if cited and not enclosed:
        enclosed = title  # the page (or its addressee) is headed by the title of the document it hands on
    handed = HANDED_IN_QUOTES.search(parse[:3000])
    if not enclosed and handed and find_body_start(parse, "", handed["title"]):
        enclosed = handed["title"]  # 关于下达…任务的通知 whose cover hands on 《某任务清单》, which heads the list below
    meta.title, meta.enclosed_title = _stored(text, parse, title), _stored(text, parse, enclosed)
    meta.genre = genre_of(enclosed or title)
    meta.body_start = find_body_start(parse, title, enclosed)
    history = legal_history(parse, 0, _first_article(parse))
    organs, sign_date = signature(parse, meta.body_start)
    if sign_date is None and enclosed and not meta.body_start:
        organs, sign_date = _cover_date(parse)  # the enclosed text heads no copy of the title read
    meta.body_end, end_organs, end_date = find_body_end(parse, meta.body_start)
    if sign_date is None and end_date is not None:
        organs, sign_date = end_organs, end_date
    if sign_date is None:
        organs, sign_date = _signature_anywhere(parse)
    organs = organs or end_organs
    organs, sign_date = _forwarding_signature(parse, title, organs, sign_date)
    head_end = _head_end(parse, meta.body_start)
    note = _publication_note(parse, head_end) or _closing_publication_note(parse, meta.genre == "纪要")
    if note and (sign_date is None or not organs and note["date"] == sign_date):
        organs, sign_date = organs or note["organs"], note["date"]
    _choose_issuers(meta, fields, text, parse, title, enclosed, organs, history)
    meta.doc_number = stored.get("doc_number", "") or _standalone_doc_number(text, parse, head_end) \
        or (text[note["number"][0]: note["number"][1]] if note and note["number"] else "")
    _choose_place(meta, parse, title)
    _choose_dates(meta, parse, fields, sign_date, organs, history)
    meta.validity = stored.get("validity", "")
    meta.title, meta.issuer, meta.issuers = (_simplified(value) for value in (meta.title, meta.issuer, meta.issuers))
    meta.enclosed_title, meta.jurisdiction = _simplified(meta.enclosed_title), _simplified(meta.jurisdiction)
    meta.doc_number = normalise_doc_number(_simplified(meta.doc_number))
    return meta


HEAD_GAP = re.compile(r"\t[ \t\u3000]*|[ \u3000]{2,}")  # a tab (a Word table row's cells) or wide spaces
INNER_GAP = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")  # the gaps between the parts of a head line, wide or narrow
HEAD_REACH = 1500  # characters of the page where the parts of its head are looked for


def _head_parts_apart(parse: str) -> str:
    """``parse`` with each head line made of an organ, a 文号 and a date set apart by wide spaces
    (某街道办事处　　某街〔2026〕6号　　2026年3月20日) broken into lines at those spaces: each part is
    then read where a line of its own would be. Same length as ``parse``.

    >>> head = "某市某区某街道办事处　　某街〔2026〕6号　　2026年3月20日"
    >>> [line.strip() for line in _head_parts_apart(head).splitlines()]
    ['某市某区某街道办事处', '某街〔2026〕6号', '2026年3月20日']
    >>> _head_parts_apart("某县农业农村局 2026年2月26日 某农发〔2026〕6号").splitlines()
    ['某县农业农村局', '2026年2月26日', '某农发〔2026〕6号']
    >>> _head_parts_apart("某办纪〔2026〕9号  某县人民政府办公室 2026年6月3日").splitlines()
    ['某办纪〔2026〕9号', ' 某县人民政府办公室', '2026年6月3日']
    """
    head = parse[:HEAD_REACH]
    if not INNER_GAP.search(head):
        return parse
    out = []
    for line in head.split("\n"):
        parts = [part for part in HEAD_GAP.split(line.strip()) if part]
        every = INNER_GAP.split(line.strip())
        if len(parts) >= 2 and all(_head_part(part) for part in parts):
            line = HEAD_GAP.sub(lambda gap: "\n" + gap.group()[1:], line)
        elif len(every) >= 2 and all(_head_part(part) for part in every) \
                and any(DOC_NUMBER.fullmatch(part) or DATE_PATTERN.fullmatch(part) for part in every):
            # 某县农业农村局 2026年2月26日 某农发〔2026〕6号: one space each; 某办纪〔2026〕9号　　某县人民政府办公室　2026年6月3日:
            # wide and narrow gaps on one line
            line = INNER_GAP.sub(lambda gap: "\n" + gap.group()[1:], line)
        out.append(line)
    return "\n".join(out) + parse[HEAD_REACH:]


def _head_part(part: str) -> bool:
    """An organ's name (or its masthead, 某局文件), a 文号, a date or the issue of minutes (〔2026〕第3期), alone."""
    organ = part[:-2] if part.endswith("文件") else part
    return bool(ORGAN_NAME.match(organ) or DOC_NUMBER.fullmatch(part) or DATE_PATTERN.fullmatch(part)
                or ISSUE.fullmatch(part))


def _forwarding_signature(parse: str, title: str, organs: list[str], sign_date):
    """A notice that forwards a document (关于转发《…》的通知) signs above the forwarded text, which may
    carry its own signature at the end: when the signature found is not the organ the title names,
    the first signature of that organ is the notice's (organs and date)."""
    own = organ_from_title(title) if title and "转发" in title else []
    if not own or not organs or organs[0] == own[0]:
        return organs, sign_date
    first_organs, first_date = _signature_anywhere(parse)
    if first_date is not None and first_organs and first_organs[0] == own[0]:
        return first_organs, first_date
    return organs, sign_date


def _publication_note(parse: str, end: int) -> dict | None:
    """The bracketed line under the title of rules published without a cover notice
    ((2026年3月20日某市人民政府办公室印发 某府办发〔2026〕9号)): its ``organ``, ``date`` and the span of its
    ``number`` in ``parse`` (None when it has none), or None when the head has no such line.

    >>> note = _publication_note("某市考核办法\\n\\n(2026年3月20日某市人民政府办公室印发 某府办发〔2026〕9号)\\n第一章 总则", 60)
    >>> note["organs"], note["date"].isoformat(), note["number"]
    (['某市人民政府办公室'], '2026-03-20', (31, 43))
    >>> _publication_note("某细则\\n(2026年6月18日某区民政局、某区财政局印发 某民发〔2026〕12号)\\n第一条", 60)["organs"]
    ['某区民政局', '某区财政局']
    >>> _publication_note("某细则\\n(某县民政局 2026年3月25日印发)\\n一、考核对象", 60)["date"].isoformat()
    '2026-03-25'
    >>> _publication_note("某局2026年工作要点\\n(2026年2月27日 某人社发〔2026〕8号)\\n一、目标", 60)["organs"]
    []
    """
    # (the head may end at the title itself: the note's line comes right after it)
    return _note_among(_lines(parse, 0, min((end or 1500) + 120, 3000))[:12])


def _note_among(lines) -> dict | None:
    """The first of ``lines`` (offset, text) that is a publication note, read as :func:`_publication_note` says."""
    for offset, line in lines:
        found = PUBLICATION_NOTE.match(line) or PUBLICATION_NOTE_ORGAN_FIRST.match(line) or PUBLICATION_NOTE_NO_ORGAN.match(line)
        if found:
            date = date_from_match(DATE_PATTERN.search(found["date"]))
            named = [group for group in ("number", "lead_number") if found.groupdict().get(group)]  # after or before the day
            number = (offset + found.start(named[0]), offset + found.end(named[0])) if named else None
            organ = found.groupdict().get("organ")
            return {"organs": re.split(r"、|\s+", organ) if organ else [], "date": date, "number": number}
    return None


def _closing_publication_note(parse: str, minutes: bool = False) -> dict | None:
    """The same note closing a page (minutes end with （某区人民政府办公室　2026年4月24日印发）), among its last
    three lines.

    >>> _closing_publication_note("某会议纪要\\n一、议定事项。\\n(某区人民政府办公室 2026年4月24日印发)")["organs"]
    ['某区人民政府办公室']
    >>> _closing_publication_note("某会议纪要\\n一、议定事项。\\n某县人民政府办公室　　2026年3月12日印发", minutes=True)["organs"]
    ['某县人民政府办公室']
    """
    # unbracketed, the printing line of minutes' 版记 (某县人民政府办公室　　2026年3月12日印发): the office that
    # keeps the minutes issues them; under other documents it only prints what another organ signed
    return _note_among((offset - 1, line if line[:1] in "((" else f"({line})") for offset, line in _lines(parse)[-3:]
                       if line[:1] in "((" or minutes and line.endswith("印发"))


def _forwarded_title(enclosed: str, head: str) -> str:
    """The enclosed title, without the drafter a forwarding title names before it (关于转发市国资委某办法的
    通知 hands on 《某办法》): the title the cover text hands on in 《》, when the one read from the
    title ends with it.

    >>> _forwarded_title("市财政局某市采购办法", "现将市财政局制定的《某市采购办法》转发给你们。")
    '某市采购办法'
    """
    handed = HANDED_IN_QUOTES.search(head)
    if enclosed and handed and enclosed != handed["title"] and enclosed.endswith(handed["title"]):
        return handed["title"]
    # 转发省人民政府办公厅关于某事的通知: the forwarded notice's 的通知 is the title's own ending, and 省
    # stands for the province the cover names in full (《某省人民政府办公厅关于某事的通知》)
    if enclosed and handed and handed["title"].endswith(enclosed + "的通知") \
            and handed.group().endswith("转发给"):
        return handed["title"]
    return enclosed


def _headed_title(enclosed: str, parse: str) -> str:
    """The enclosed title as the enclosed document heads itself, when the notice's title shortens it
    (关于印发2026年工作要点的通知 over 《某局2026年工作要点》): the title the cover text hands on in 《》, of
    the same genre, when it stands on a line of its own and the one read from the title does not.

    >>> page = "某局关于印发2026年工作要点的通知\\n现将《某局2026年工作要点》印发给你们。\\n某局2026年工作要点\\n一、任务"
    >>> _headed_title("2026年工作要点", page)
    '某局2026年工作要点'
    """
    handed = HANDED_IN_QUOTES.search(parse[:3000])
    if not enclosed or not handed or handed["title"] == enclosed or genre_of(handed["title"]) != genre_of(enclosed):
        return enclosed
    if find_body_start(parse, "", enclosed) or not find_body_start(parse, "", handed["title"]):
        return enclosed
    return handed["title"]


def _handed_on(head: str, title: str) -> bool:
    """Whether ``head`` cites 《title》 as the document it hands on (现将《X》印发给你们)."""
    cited = f"《{title}》"
    at = head.find(cited)
    while at >= 0:
        if HANDED_ON.match(head, at + len(cited)):
            return True
        at = head.find(cited, at + 1)
    return False


def _cover_date(parse: str) -> tuple[list[str], dt.date | None]:
    """The date line that closes a cover notice's text (…请认真贯彻执行。 / 二○一一年八月九日), with the
    organ lines above it, before the enclosed document's first outline marker; ``([], None)`` if none.

    >>> _cover_date("现将某意见转发给你们,请认真贯彻执行。\\n\\n二○一一年八月九日\\n某意见\\n一、目的")[1]
    datetime.date(2011, 8, 9)
    """
    lines = _all_lines(parse)
    text_above = False  # the line above the organs and the date ends a sentence
    for index, (_, line) in enumerate(lines):
        if re.match(r"[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条]", line):
            break
        organs, date, _ = _date_line(line)
        if date is not None and text_above:
            return organs or _organs_above(lines, index), date
        if not organs:
            text_above = line.endswith("。")
    return [], None


def _signature_anywhere(parse: str) -> tuple[list[str], dt.date | None]:
    """A signature far from both ends (a long appendix after it): the first date-only line with
    organ lines right above it, or with the head of government who signs an order (省长 某某)."""
    lines = _all_lines(parse)
    for index, (_, line) in enumerate(lines[1:], start=1):
        if not _ends_in_date(line):  # most lines: no need to read them as organs
            continue
        organs, date, _ = _date_line(line)
        if date is not None:
            organs = organs or _organs_above(lines, index)
            if organs or SIGNING_HEAD.fullmatch(lines[index - 1][1]):
                return organs, date
    return [], None


def _signed_block(parse: str, start: int, most: int = 4) -> list[str]:
    """The lines right after a title that has no cover (``start``, the body's start) while they are
    organ, date or 文号 lines: the block of 桐城市人民政府办公室 / 2026年6月3日 / 桐政办〔2026〕35号 under it,
    or one line holding all three."""
    block = []
    for _, line in list(_lines(parse, start))[:most]:
        if not (DOC_NUMBER.fullmatch(line) or _date_line(line)[2]):
            break
        block.append(line)
    return block


def _head_end(parse: str, body_start: int) -> int:
    """Where the head of the page ends: the body's start, or its first article when a re-posted
    order repeats its title above the order's block (某省人民政府 / 某省人民政府令第88号 / 省长 某某)."""
    article = re.search(r"(?m)^(?:#+\s*)?第[一二三四五六七八九十百]+[章条]", parse[body_start: body_start + 3000])
    return body_start + article.start() if article else body_start


def _first_article(parse: str) -> int:
    match = re.search(r"(?m)^(?:#+\s*)?第[一二三四五六七八九十百]+[章条]|^[一二三四五六七八九十]+、", parse[:20000])
    return match.start() if match else min(len(parse), 3000)


def _choose_issuers(meta, fields, text, parse, title, enclosed, organs, history) -> None:
    """Issuers in order of trust: the signature, the title, the header's 发布机构, the organs that
    adopted a regulation, a sentence naming the organ, the header's 来源 (a re-publishing site
    is no organ and is passed over). The first source whose organs name a place wins."""
    header = _township_organ(_spelled_out(_first_nameplate(fields.get("issuer", ("", 0))[0])))
    # a regulation's adoption lines name its organ more exactly than a database's 制定机关 label
    adopted = [organ for _, event, organ, _ in history if organ and event in ("通过", "修订", "修正", "修改")]
    # (the committee that only approved a city's regulation is never its issuer: 临沂市…条例, 山东省…批准)
    adopted = list(dict.fromkeys(adopted or [organ for _, event, organ, _ in history if organ and event != "批准"]))
    # 莱芜市…通过, then 济南市…修正 of 济南市…规定 (莱芜 merged into 济南): the organ of the place the title names
    titled = _known_head(title)
    adopted.sort(key=lambda organ: not (titled and jurisdiction_of(organ) == titled))
    sentence = [match["organ"] for match in (SPEAKING_FOR.search(parse[:8000]), _promulgation(parse))
                if match and (jurisdiction_of(match["organ"]) or BARE_LEVEL_ORGAN.match(match["organ"]))]
    meeting_place = _meeting_place(parse) if any(BARE_LEVEL_ORGAN.match(organ) for organ in sentence) else ""
    # 我代表市人民政府 under a meeting line of 靖西市…人民代表大会: the place's government, placed before a byline
    sentence = [_complete(organ, meeting_place) if meeting_place and BARE_LEVEL_ORGAN.match(organ) else organ
                for organ in sentence]
    source = fields.get("source", ("", 0))[0]
    byline = [] if source.endswith(BYLINE_PUBLISHERS) else _organs(_township_organ(source)) or []
    organ_line = _organ_line(parse, _head_end(parse, meta.body_start))
    ordered = ORDER_PUBLISHED.search(parse, 0, meta.body_start + 400)  # rules a government's order published
    if ordered and not adopted:  # (spelled as an organ line of the page spells it: 山东省烟台市人民政府)
        adopted = [next((organ for organ in organ_line if organ.endswith(ordered["organ"])), ordered["organ"])]
    if organs and any(organ + "常务委员会" == organs[0] for organ in adopted):
        # 某自治县人民代表大会常务委员会公告 of a 单行条例 its people's congress passed: the congress made it
        organs = [organ for organ in adopted if organ + "常务委员会" == organs[0]]
    # a regulation's title names its subject (某市居民委员会工作条例), its adoption lines its organ
    from_titles = organ_from_title(enclosed), organ_from_title(title)
    named = [organs, adopted, *from_titles, _organs(header) or ([header] if header and jurisdiction_of(header) == header else [])]
    # only when the signature, the adoption lines, the title and the header name no organ at all: an
    # organ line in the head (it may be the site's banner), a sentence, the page's 来源
    # a sentence (我代表/受…委托) first, then the page's byline (来源: X县人民政府办公室), and last an
    # organ line in the head, which is often the site's banner rather than the author
    # the completed organ as the page itself writes it (道里区人民政府 over 哈尔滨市道里区人民政府)
    sentence = [next((o for o in byline + organ_line if organ.endswith(o) and jurisdiction_of(o)), organ)
                for organ in sentence]
    implied = [sentence, byline, organ_line]
    if organs and not (PLACE_PREFIX.match(organs[0]) or NATIONAL_VERTICAL.match(organs[0])):
        # a signer without its county (区司法局, 某某苏木人民政府): a fully placed name of the same
        # organ in the title or the header, or the signer itself
        # (or the organ line over the title: 湘西自治州人大常委会法工委 over a notice signed 州人大常委会法工委)
        bare = BARE_LEVEL_HEAD.match(organs[0])  # 州人大常委会法工委, 区司法局: a level word, no name
        named = [found for found in [*named[1:], organ_line if bare else []]
                 if found and found[0].endswith(organs[0]) and found[0] != organs[0]] + [organs]
    chosen = _first_placed(named) or next((found for found in named if found), []) \
        or _first_placed(implied) or next((found for found in implied[:2] if found), [])
    # an organ taken from a title, a header or a line is spelled as the title spells it; a signature as it signs
    chosen = list(dict.fromkeys(organ if chosen is organs else _spelled_as_titled(organ, title) for organ in chosen))
    # a signer named without its city (惠农区安委办) is the organ the title names in full (石嘴山市惠农区安委办)
    chosen = [next((full for full in from_titles[1] + from_titles[0] if full != organ and full.endswith(organ)
                    and _known_place(full[: len(full) - len(organ)])), organ) for organ in chosen]
    if not chosen:
        chosen = _issuer_by_genre(meta, parse, title)
    # an organ named with its term (某州第十四届人民政府工作规则) is the organ: no term in its name
    chosen = [_congress_spelled_out(ORGAN_TERM.sub("", _simplified(_stored(text, parse, organ)))) for organ in chosen]
    meta.issuer = chosen[0] if chosen else ""
    meta.issuers = "；".join(chosen)


def _spelled_as_titled(organ: str, title: str) -> str:
    """An organ named by its place's short form (临夏州人民政府, from the enclosed 临夏州人民政府工作规则)
    spelled with the place's full name when the title spells it so (临夏回族自治州人民政府关于印发…).

    >>> _spelled_as_titled("临夏州人民政府", "临夏回族自治州人民政府关于印发临夏州人民政府工作规则的通知")
    '临夏回族自治州人民政府'
    >>> _spelled_as_titled("临夏州人民政府", "关于印发临夏州人民政府工作规则的通知")
    '临夏州人民政府'
    """
    place = jurisdiction_of(organ)
    found = _resolve(place) if place and organ.startswith(place) else None
    full = found[0] + organ[len(place):] if found and len(found[0]) > len(place) else ""
    return full if full and full in title else organ


def _first_nameplate(organ: str) -> str:
    """An organ with two nameplates named by the first (某市农业农村局(某市乡村振兴局) -> 某市农业农村局);
    a bracket that is no placed organ (某市人大(含常委会)) stays.

    >>> _first_nameplate("某市农业农村局(某市乡村振兴局)"), _first_nameplate("三亚市人大(含常委会)")
    ('某市农业农村局', '三亚市人大(含常委会)')
    """
    match = re.fullmatch(r"(?P<first>.{2,30}?)\((?P<second>[\u4e00-\u9fff]{4,20})\)", organ)
    if match and ORGAN_NAME.match(match["first"]) and ORGAN_NAME.match(match["second"]) \
            and PLACE_PREFIX.match(match["second"]):
        return match["first"]
    return organ


def _first_placed(sources: list[list[str]]) -> list[str]:
    """The first list of organs that names its place (某市人民政府, not 区司法局)."""
    return next((found for found in sources if found and jurisdiction_of(found[0])
                 and all(jurisdiction_of(o) or BARE_LEVEL_ORGAN.match(o) for o in found)), [])


def _spelled_out(name: str) -> str:
    """An organ name with a database's or a line's short form spelled out (某州人大(含常委会)).

    >>> _spelled_out("三亚市人大(含常委会)")
    '三亚市人民代表大会常务委员会'
    """
    short = next((short for short in ORGAN_SHORT_NAMES if name.endswith(short)), "")
    return name[: -len(short)] + ORGAN_SHORT_NAMES[short] if short and len(name) > len(short) else name


@lru_cache(maxsize=1)
def _township_units() -> tuple[dict[str, str], re.Pattern]:
    """``data/township_organs.csv``: a township unit -> its organ, and a bare township's name."""
    organs = {row["unit"]: row["organ"] for row in _data_rows("township_organs.csv")}
    units = "|".join(sorted(organs, key=len, reverse=True))
    return organs, re.compile(rf"(?:[\u4e00-\u9fff]{{2,10}}?[县区市旗])?(?:(?![省市县区旗盟镇乡])[\u4e00-\u9fff]){{2,8}}?({units})")


def _township_organ(name: str) -> str:
    """A header's bare township (横店镇, 某县某某镇, 丽景街街道) as the township's organ
    (``data/township_organs.csv``); any other name as it is.

    >>> _township_organ("横店镇"), _township_organ("鹿城区山福镇"), _township_organ("丽景街街道"), _township_organ("某县民政局")
    ('横店镇人民政府', '鹿城区山福镇人民政府', '丽景街街道办事处', '某县民政局')
    """
    organs, bare = _township_units()
    match = bare.fullmatch(name)
    return name + organs[match.group(1)] if match else name


def _organ_line(parse: str, end: int) -> list[str]:
    """Organs standing on a line of their own in the head of the page, over or under the title
    (河北省人民政府 / 某某管理规定, 某市人民政府令 or 公告 over 第12号, or a red header 某县人民政府办公室文件):
    the issuer of a page that names it nowhere else.

    >>> _organ_line("株洲市人民政府令第5号\\n《株洲市停车场管理办法》已经市人民政府同意，现予公布。", 0)
    ['株洲市人民政府']
    """
    for _, line in list(_lines(parse, 0, min(end or 1500, 3000)))[:15]:
        # an order's (also with its number on the line: 某市人民政府令第5号), announcement's or red header's organ
        organs = _organs(ORDER_LINE_TAIL.sub("", line))
        if organs and jurisdiction_of(organs[0]):
            return organs
    return []


# a line that opens an article, also right after its chapter's heading when a page lost the break
# between them (第一章 总则第一条 为了…)
ARTICLE_LINE = re.compile(r"(?m)^(?:#+\s*)?(?:第[一二三四五六七八九十]+章[^\n第]{0,20})?第[一二三四五六七八九十]+条")


def _issuer_by_genre(meta, parse, title) -> list[str]:
    """The organ a genre implies when no line names one (``data/genre_issuers.csv``): a local
    条例 in articles is enacted by the place's people's congress standing committee. The
    inference is noted in ``issuer_note`` (a warning row)."""
    bracketed = NATIONAL_ZONE.match(title)  # 中国（上海）自由贸易试验区条例: the province in the brackets
    place = _known_head(title) or (_bare_place(bracketed["place"] + "。") if bracketed else "")
    rule = _genre_issuers().get(genre_of(title))
    if not place or rule is None or not ARTICLE_LINE.search(parse[:30000]):
        return []
    meta.issuer_note = (f"issuer inferred from the genre {genre_of(title)}: no line names the organ, "
                        f"and {rule['basis']}")
    return [place + rule["organ"]]


@lru_cache(maxsize=1)
def _genre_issuers() -> dict[str, dict[str, str]]:
    return {row["genre"]: row for row in _data_rows("genre_issuers.csv")}


def _promulgation(parse: str):
    """本办法由某市人民政府(于某日)颁布: read in the head and the closing articles only. The document itself is
    what is promulgated (本办法, or a date says when): 保护名单由市人民政府公布 in an article is no promulgation."""
    found = [*PROMULGATED_BY.finditer(parse, 0, 8000), *PROMULGATED_BY.finditer(parse, max(8000, len(parse) - 4000))]
    return next((match for match in found if match["date"] or ITSELF_BEFORE.search(parse, max(0, match.start() - 8),
                                                                                 match.start())), None)


def _choose_place(meta, parse, title) -> None:
    """Jurisdiction from the issuer, else the text, else the 文号; province and level from the
    division table for the place found."""
    place, source = jurisdiction_of(meta.issuer), "issuer"
    bare = BARE_LEVEL_ORGAN.match(meta.issuer or "")
    if bare and place == bare.group():
        place = ""  # 我代表自治区人民政府: a level word alone names no place; the text or the page does
    text_place = "" if place else _meeting_place(parse) or place_from_text(title, parse[meta.body_start: meta.body_end])
    if not place and text_place:
        place, source = text_place, "text"
    if not place and meta.doc_number:
        place, source = place_from_doc_number(meta.doc_number), "文号"
    department = BARE_LEVEL_DEPARTMENT.match(meta.issuer or "")
    if not place and department:  # 县教育局 on 某县's site: the county's bureau (its name is kept as it signs)
        place, source = _level_banner(parse[: meta.body_start], department.group()), "text"
    if meta.issuer and BARE_LEVEL_ORGAN.match(meta.issuer) and place:
        meta.issuers = meta.issuers.replace(meta.issuer, _complete(meta.issuer, place), 1)
        meta.issuer = _complete(meta.issuer, place)  # 我代表省人民政府 in 某省's report
    if place and not locate(place)[0]:
        place = _placed_on_page(parse, place) or place  # 城关区 of 拉萨市城关区 in the page's banner
    place = _written_whole(place, parse) or _holding_city(place) or place
    meta.jurisdiction, meta.jurisdiction_source = place, (source if place else "")
    meta.province, meta.admin_level = locate(place)
    if place and not meta.admin_level and TOWNSHIP.search(place):
        meta.admin_level = "township"
    if place and not meta.province and TOWNSHIP.search(place):
        # a town named without its county (新宝拉格镇人民政府): the province of a place its text names
        # (落实镶黄旗…政策), else of one the page names around it (a breadcrumb or <title> of 城固县人民政府,
        # 抄送：榕江县医疗保障局)
        meta.province = (_province_named(parse[meta.body_start: meta.body_end][:5000])
                         or _province_named(parse[: meta.body_start][-3000:] + "\n" + parse[meta.body_end:][:3000]))
    if not place:
        meta.admin_level = level_from_self_reference(parse[meta.body_start: meta.body_end])


def _written_whole(place: str, parse: str) -> str:
    """The official name of a place found in a short form (临夏州, 察右前旗) when the document writes that
    name too (临夏回族自治州 in its title or text); a short form the document alone uses stays.

    >>> _written_whole("临夏州", "临夏回族自治州…联席会议纪要 临夏州…办公室"), _written_whole("临夏州", "临夏州教育局")
    ('临夏回族自治州', '')
    """
    found = _resolve(place, lenient=True) if place else None
    return found[0] if found and len(found[0]) > len(place) and found[0] in parse else ""


ZONE_END = re.compile(rf"(?:{'|'.join(row['kind'] for row in _data_rows('development_zones.csv'))})\Z")


def _holding_city(place: str) -> str:
    """The city (or county-level city) a development zone named after it lies in, else ``""``: its committee
    governs no division of the table (data: development_zones.csv).

    >>> _holding_city("合肥高新技术产业开发区"), _holding_city("济源产城融合示范区"), _holding_city("浦东新区")
    ('合肥市', '济源市', '')
    """
    if not ZONE_END.search(place) or _known_place(place):
        return ""
    _, index = _divisions()
    return next((place[:n] + unit for n in range(min(len(place) - 3, 8), 1, -1) for unit in ("市", "县")
                 if place[:n] + unit in index), "")


BYLINE_ORGAN = re.compile(r"(?:来源|信息来源|发布机构|发文机关)\s*[:：]\s*(?P<organ>\S+)")
BREADCRUMB_STEP = re.compile(r"\s*(?:>|»|›|→)\s*")


def _placed_on_page(parse: str, place: str) -> str:
    """A place the division table cannot settle alone (城关区: several provinces have one; a
    street office without its district) completed by the page naming it under a known place
    (拉萨市城关区人民政府 in the banner, 兴庆区丽景街街道 in the header); else ``""``.

    >>> _placed_on_page("拉萨市城关区人民政府\\n城关区民宗局关于…的通知", "城关区")
    '拉萨市城关区'
    """
    head = parse[:6000]
    for found in list(re.finditer(re.escape(place), head))[:20]:
        line_start = head.rfind("\n", 0, found.start()) + 1  # a place is named on one line
        for start in range(max(line_start, found.start() - 12), found.start()):
            candidate = head[start: found.end()]
            if PLACE_PREFIX.match(candidate) and locate(candidate)[0]:
                return candidate
    lines = head.split("\n")
    # a byline naming the government above it (来源:积石山县人民政府 over 大河家镇's notice)
    for line in lines[:12]:
        for byline in BYLINE_ORGAN.finditer(line):
            known = _known_head(byline["organ"])
            if known and locate(known + place)[0]:
                return known + place
    # a banner line of its own (福州市鼓楼区人民政府 over a street office's notice) that the place completes:
    # the nearest above the place's first mention (a re-posting site's banner may stand higher up)
    mention = next((index for index, line in enumerate(lines[:12]) if place in line), 0)
    for line in reversed(lines[max(0, mention - 5): mention]):
        known = _known_head(line.strip())
        if known and line.strip().startswith(known) and locate(known + place)[0]:
            return known + place
    # a breadcrumb (蕉岭县人民政府网 > 镇街信息 > 新铺镇): the place under a known place before it on the path
    for line in lines:
        steps = [step.strip() for step in BREADCRUMB_STEP.split(line)]
        if len(steps) >= 2 and place in steps[1:]:
            for step in steps[: steps.index(place, 1)]:
                known = _known_head(step)
                if known and locate(known + place)[0]:
                    return known + place
    return ""


def _meeting_place(parse: str) -> str:
    """The place of a report's meeting line (——2025年1月12日在西藏自治区第十二届人民代表大会…上), else ""."""
    for _, line in list(_lines(parse, 0, min(len(parse), 3000)))[:30]:
        found = MEETING_LINE.match(line)
        if found:
            rest = line[found.end("date"):].lstrip(" \t在")
            known = _known_head(rest)
            # (在永泰县嵩口镇第十八届人民代表大会: the town's congress, named under its county)
            township = MEETING_TOWNSHIP.match(rest[len(known):])
            return known + township["place"] if township else known
    return ""


def _complete(organ: str, place: str) -> str:
    """省人民政府 of 安徽省 -> 安徽省人民政府 (a level word stands for the place at that level)."""
    level = BARE_LEVEL_ORGAN.match(organ).group()
    return place + organ[len(level):] if place.endswith(level) else organ


def _level_banner(head: str, level: str) -> str:
    """The place of the site's banner or byline in the page's head when it is of the level a bare
    department names (寻乌县人民政府门户网站 over 县教育局's work points): that department is the
    county's. The first line of the head naming a known place at that level, else ``""``.

    >>> _level_banner("寻乌县人民政府门户网站\\n2024年全县教育工作要点\\n来源:县教育局", "县")
    '寻乌县'
    """
    for line in head.split("\n")[:12]:
        for piece in [line.strip(), *(found["organ"] for found in BYLINE_ORGAN.finditer(line))]:
            known = _known_head(piece)
            rest = piece[len(known):].removesuffix("门户网站").removesuffix("网站").removesuffix("网")
            if known.endswith(level) and rest and _organs(rest):  # 某县人民政府(门户网站), 某县教育局
                return known
    return ""


def _choose_dates(meta, parse, fields, sign_date, organs, history) -> None:
    """The signature date, else the version date of a regulation (its latest adoption, approval
    or amendment; the first adoption is ``date_adopted``), else header dates, a meeting line
    (2026年1月27日在某省人民代表大会…会议上) or, last, the effective date."""
    # a regulation's first adoption by a people's congress (a government's executive meeting that
    # passes its own rules is not what date_adopted records)
    adoptions = [date for date, event, organ, _ in history if event == "通过" and "人民代表大会" in organ]
    meta.date_adopted = min(adoptions).isoformat() if adoptions else ""
    later, meeting, own_line = [], None, False
    for _, line in list(_lines(parse, 0, min(len(parse), 3000)))[:30]:
        found = MEETING_LINE.match(line)
        if found and DATE_PATTERN.search(found["date"]):
            meeting = date_from_match(DATE_PATTERN.search(found["date"]))
            own_line = found.end() >= len(line.rstrip(")")) - 1  # the report's meeting line, not a sentence
            break
    for _, line in _all_lines(parse)[-12:]:
        printed = PRINTED_ON.search(line) if line.endswith("印发") else None
        if printed:
            later.append(("印发", date_from_match(DATE_PATTERN.search(printed["date"]))))
    promulgated = _promulgation(parse)
    if promulgated and promulgated["date"] and DATE_PATTERN.search(promulgated["date"]):
        later.append(("promulgation", date_from_match(DATE_PATTERN.search(promulgated["date"]))))
    opening = MINUTES_OPENING.search(parse, meta.body_start, meta.body_start + 300) \
        if (meta.enclosed_title or meta.title).endswith("纪要") else None
    if opening:  # 2026年4月9日，副县长…主持召开…会议: minutes not dated otherwise, by the meeting they open with
        later.append(("meeting", date_from_match(DATE_PATTERN.search(opening["date"]))))
    effective = EFFECTIVE.search(parse)
    if effective and DATE_PATTERN.search(effective["date"]):
        later.append(("effective", date_from_match(DATE_PATTERN.search(effective["date"]))))
    source = "signature" if organs else "date line"
    versions = [date for date, event, _, _ in history if event != "施行"]
    enacted = [date for date, event, organ, _ in history if event != "施行" and "人民代表大会" in organ]
    if versions and (sign_date is None or not organs and max(versions) > sign_date):
        # (a date line with no organ over it may be the first 施行 of amendments run into one line)
        sign_date, source = max(versions), "adoption"
    elif enacted and organs and sign_date > max(enacted):
        # a standing committee's 公告 promulgates a regulation after its adoption and approval: the
        # version is dated by the adoption lines, the 公告 by its publication
        sign_date, source = max(enacted), "adoption"
    tail = _lines(parse, meta.body_start)[-8:]
    garbled = _garbled_dates(parse, [(0, meta.body_start), (tail[0][0] if tail else len(parse), len(parse))])
    meta.date, meta.date_source, meta.date_note = choose_date(sign_date, fields, source, later, meeting,
                                                              posting=_posted_by_issuer(meta, fields) and not garbled,
                                                              meeting_first=own_line)
    if garbled:
        meta.date_note = "; ".join(filter(None, [meta.date_note, *garbled]))
    if not meta.date and (month := _month_signature(parse, meta.body_end)):
        meta.date_note = "; ".join(filter(None, [meta.date_note, f"the signature is dated {month}, without a day"]))
    if meta.date_source == "posted":
        meta.date_note = "; ".join(filter(None, [meta.date_note, "no signature, header or adoption date: "
                                                 "the page's posting date is given"]))
    if meta.date_source == "effective":
        meta.date_note = "; ".join(filter(None, [meta.date_note, "no signature, header or adoption date: "
                                                 "the effective date is given"]))


def _month_signature(parse: str, body_end: int) -> str:
    """The signature's date line when it names a month but no day (二〇二四年一月), else ``""``."""
    return next((line for _, line in _lines(parse, body_end) if MONTH_SIGNATURE.fullmatch(_signature_text(line))), "")


def _posted_by_issuer(meta, fields) -> bool:
    """The page names its issuer and was not re-posted by a site that is no organ (来源: 某法规网,
    某日报): only then does its posting day say when the document was issued."""
    source = fields.get("source", ("", 0))[0].strip()
    if _reposted_later(meta.doc_number, fields):
        return False
    return bool(meta.issuer) and (not source or bool(_organs(source)) and not source.endswith(BYLINE_PUBLISHERS))


REPOST_YEARS = 2  # a page posted this many years after its 文号's year is a re-post (an archive, a 文库)


def _reposted_later(doc_number: str, fields: dict) -> bool:
    """The page was posted years after the year its 文号 names (鲁政发〔2014〕20号 on a page of
    2016): its posting time is the re-posting site's, not the document's.

    >>> _reposted_later("某政发〔2014〕20号", {"published": ("2016-01-17 23:45:19", 0)})
    True
    >>> _reposted_later("某政发〔2015〕20号", {"published": ("2016-01-17 23:45:19", 0)})
    False
    """
    numbered = re.search(r"(?:19|20)\d\d", doc_number)
    posted = [_posting_date(fields[name][0]) for name in ("written", "published") if name in fields]
    return bool(numbered) and any(date and date.year - int(numbered.group()) >= REPOST_YEARS for date in posted)


def _standalone_doc_number(text: str, parse: str, end: int) -> str:
    """A 文号 on a line of its own before the body, or leading the title's line (cited numbers
    inside sentences do not count)."""
    lines = [line for _, line in _lines(parse, 0, max(end, 1) if end else min(len(parse), 1500))]
    for line, nxt in zip(lines, [*lines[1:], ""]):  # 某市人民政府令 / 第12号 on two lines, or an announcement
        if line.endswith("令") and ORGAN_NAME.match(line[:-1]) and ORDER_ORDINAL.fullmatch(nxt):
            return _stored(text, parse, line + nxt)
        dated = ORDER_ORDINAL_DATED.match(nxt) if line.endswith("令") and ORGAN_NAME.match(line[:-1]) else None
        if dated:
            return _stored(text, parse, line + dated.group())
        announced = _announcement(line, nxt)
        if announced:
            return "".join(_stored(text, parse, part) for part in announced)
    published = next(filter(None, map(ORDER_PUBLISHED.search, lines)), None)
    if published:
        return _stored(text, parse, published["number"])
    for line in lines:
        compact = re.sub(r"\s+", "", line)  # 滬府發(fā)〔2017〕92號: the parse view blanks a learner's glosses
        glossed = DOC_NUMBER.match(compact) if compact != line else None
        if glossed and (glossed.end() == len(compact) or compact[glossed.end()] == "《"):
            return _stored(text, parse, glossed.group())  # alone, or before the 《title》 of a re-post
        match = DOC_NUMBER.match(line) or ORDER_NUMBER.fullmatch(line) or DOC_NUMBER_BRACKETED_AT_END.search(line)
        if match and (match.end() == len(line) or not line[match.end()].strip() or line[match.end()] in ")《"
                      or line.startswith(("关于", "印发", "转发"), match.end())):  # 某政发【2023】7号关于印发…
            return _stored(text, parse, match.group().strip())
    for line in _signed_block(parse, end):  # under a title without a cover
        signed = SIGNED_NUMBER.search(line)
        if DOC_NUMBER.fullmatch(line) or signed and _date_line(line)[1] is not None:
            return _stored(text, parse, signed.group(1) if signed else line)
    for line in lines:  # 湖委发〔2018〕20 alone on its line: a red header's number printed without 号
        if DOC_NUMBER_WITHOUT_HAO.fullmatch(line.strip()):
            return _stored(text, parse, line.strip())
    for line in lines:  # 某府办发〔202114 alone on its line: rebuilt as 某府办发〔2021〕14号
        fused = DOC_NUMBER_FUSED.fullmatch(line.strip())
        if fused:
            return f"{_stored(text, parse, fused['head'])}〔{fused['year']}〕{int(fused['serial'])}号"
    for _, line in _lines(parse, end or 0):  # (黔府发〔2023〕14号) alone on a line under the date
        match = DOC_NUMBER_BRACKETED.fullmatch(line)
        if match:
            return _stored(text, parse, match.group(1))
    return ""


def _announcement(line: str, following: str) -> tuple[str, str] | None:
    """``(head, number)`` of an announcement's block (某县人民政府公告 over 第7号, or with the number in
    brackets on its line), else None: like an order's, its number is the 文号 and its line no title.

    >>> _announcement("某县人民政府公告", "第7号"), _announcement("关于某事的公告", "")
    (('某县人民政府公告', '第7号'), None)
    """
    match = ANNOUNCEMENT.fullmatch(line)
    if not match or not ORGAN_NAME.match(match["head"][:-2]):
        return None
    below = ORDER_ORDINAL.fullmatch(following.strip("()"))  # 第7号 or (第7号) on the next line
    number = match["number"] or (below.group() if below else "")
    return (match["head"], number) if number else None


FULL_WIDTH_DIGITS = str.maketrans({wide: narrow for wide, narrow in WIDE_TO_NARROW.items() if narrow.isdigit()})


def normalise_doc_number(raw: str) -> str:
    """A 文号 with its year in 〔〕 and its digits half-width, however the page typed them.

    >>> normalise_doc_number("新政办发[2019]45号"), normalise_doc_number("某府发【2020】3号")
    ('新政办发〔2019〕45号', '某府发〔2020〕3号')
    >>> normalise_doc_number("某政办发〔２０２３〕１２号")  # typed in a full-width font, as a Word file may be
    '某政办发〔2023〕12号'
    >>> normalise_doc_number("丰政字〔2022〕第18号"), normalise_doc_number("某市人民政府令〔2023〕第5号")
    ('丰政字〔2022〕18号', '某市人民政府令〔2023〕第5号')
    """
    return SERIAL_ORDINAL.sub(r"\1", YEAR_BRACKET.sub(r"〔\1〕", raw.translate(FULL_WIDTH_DIGITS)))


def _stored(text: str, parse: str, found: str) -> str:
    """The stored-text spelling of a string found in the parse view (same offsets); a string
    joined from several lines is looked up piece by piece."""
    at = parse.find(found) if found else -1
    if at >= 0:
        return _without_glosses(text[at: at + len(found)], parse[at: at + len(found)])
    wanted = re.sub(r"\s", "", found)
    if wanted:  # joined from lines: find it with line breaks and spaces allowed between its characters
        spread = re.compile(r"\s*".join(map(re.escape, wanted))).search(parse, 0, 20000)
        if spread:
            return "".join(ch for ch, seen in zip(text[spread.start(): spread.end()], spread.group()) if not seen.isspace())
    return found


def _without_glosses(stored: str, view: str) -> str:
    """Drop what the parse view blanked (pinyin glosses) from a stored span."""
    if len(stored) != len(view):
        return stored
    return "".join(t for t, v in zip(stored, view) if not (v == " " and not t.isspace()))


def _simplified(value: str) -> str:
    """``value`` in simplified characters, one character for one (full-width forms kept), except the
    characters that are valid simplified ones too (乾 of 乾州街道, 乾县; data: simplified_kept).

    >>> _simplified("吉首市乾州街道辦事處")
    '吉首市乾州街道办事处'
    """
    from .ingest import _traditional

    changed = _traditional()[0]
    return "".join(changed.get(ch, ch) for ch in value)
