"""Metadata of the seeds against the hand annotation, and the date rules on their own."""

import datetime as dt

import pytest

from policycompare.metadata import enclosed_title, extract_metadata, find_title, header_fields, locate
from policycompare.numerals import parse_date, parse_numeral

from .seeds import SEEDS

FIELDS = ["title", "enclosed_title", "issuer", "jurisdiction", "doc_number", "date", "validity"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_metadata_matches_the_hand_annotation(seed, corpus, annotations):
    row = corpus.documents.set_index("source_file").loc[seed.name]
    expected = annotations[seed.name]["metadata"]
    assert {name: row[name] or None for name in FIELDS} == {name: expected[name] for name in FIELDS}


def test_placeholder_and_posting_dates_are_rejected_with_a_reason(corpus):
    docs = corpus.documents.set_index("doc_id")
    xian = docs.loc["003_f572bcd16cf0a2fa"]
    assert xian.date == "2010-05-11"
    assert "1970-08-21" in xian.date_note and "placeholder" in xian.date_note
    unnamed = docs.loc["001_af02048d2d89f97e"]
    assert unnamed.date == "" and "posting time" in unnamed.date_note
    rows = corpus.warnings.query("doc_id == '001_af02048d2d89f97e'")
    assert rows.stage.unique().tolist() == ["metadata"]
    # every empty key field has a row that says why
    assert [message.split(":")[0] for message in rows.message] == ["no jurisdiction", "no issuer", "no document date"]
    assert "no issuer and no place named in the text" in rows.message.iloc[0]
    assert "posting time" in rows.message.iloc[2]


def test_date_sources_name_where_the_date_came_from(corpus):
    sources = dict(zip(corpus.documents.doc_id.str[:3], corpus.documents.date_source))
    assert sources == {"000": "signature", "001": "", "002": "date line", "003": "date line", "004": "signature"}


def test_province_and_admin_level_come_from_the_division_table(corpus):
    found = corpus.documents.set_index("jurisdiction")[["province", "admin_level"]].drop_duplicates()
    assert found.loc["天津市滨海新区"].tolist() == ["天津市", "county"]
    assert found.loc["天门市"].tolist() == ["湖北省", "county"]
    assert found.loc["西安市"].tolist() == ["陕西省", "prefecture"]
    assert locate("湖北省") == ("湖北省", "province") and locate("") == ("", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("二O一O年五月十一日", dt.date(2010, 5, 11)),
        ("二〇二〇年十二月八日", dt.date(2020, 12, 8)),
        ("2017年5月3日", dt.date(2017, 5, 3)),
        ("成文日期: 2017-05-03", dt.date(2017, 5, 3)),
        ("2017年2月30日", None),
        ("“十四五”期间", None),
    ],
)
def test_dates_in_arabic_and_chinese_numerals(text, expected):
    assert parse_date(text) == expected


def test_numerals_are_parsed_only_as_whole_tokens():
    assert [parse_numeral(t) for t in ("十", "二十二", "一百零五", "２４")] == [10, 22, 105, 24]
    for not_a_number in ("统一", "一是", "十四五规划"):
        with pytest.raises(ValueError):
            parse_numeral(not_a_number)


def test_plain_numerals_are_read_as_cn2an_reads_them():
    """The numerals read without cn2an (so worker processes never load it) are read as cn2an
    reads them: every string of up to three numeral characters, and cn2an's own writing of
    numbers up to 100,000; colloquial forms (三千五, 一万五) are left to cn2an."""
    import itertools

    import cn2an

    from policycompare.numerals import _plain_numeral

    def by_cn2an(text):
        try:
            return int(cn2an.cn2an(text, "smart"))
        except Exception:
            return None

    alphabet = "〇零一二两三四五六七八九十百千万"
    strings = ["".join(chars) for length in (1, 2, 3) for chars in itertools.product(alphabet, repeat=length)]
    read = {text: _plain_numeral(text) for text in strings}
    assert {text: value for text, value in read.items() if value is not None and value != by_cn2an(text)} == {}
    assert sum(value is not None for value in read.values()) > 1000
    assert [n for n in range(0, 100_000, 37) if _plain_numeral(cn2an.an2cn(n)) != n] == []
    assert [_plain_numeral(t) for t in ("三千五", "一万五", "十〇五", "一百五")] == [None] * 4
    assert parse_numeral("三千五") == 3500  # and cn2an reads them


def test_header_layouts_share_one_reader():
    table = header_fields("名\xa0\xa0称: 关于印发《某方案》的通知\n文  号: 津滨司发〔2017〕10号")
    brackets = header_fields("【颁发部门】 西安市司法局\n\n【发文字号】\n\n【颁发时间】 1970-08-21")
    inline = header_fields("发布时间:2020-12-08 16:32 来源:天门市司法局")
    assert table["doc_number"][0] == "津滨司发〔2017〕10号" and table["title"][0].startswith("关于印发")
    assert brackets["issuer"][0] == "西安市司法局" and brackets["doc_number"][0] == ""
    assert brackets["published"][0] == "1970-08-21"
    # 来源 is where the page came from: an organ or a newspaper that re-published it
    assert (inline["published"][0], inline["source"][0]) == ("2020-12-08 16:32", "天门市司法局")


def test_a_cited_document_number_is_not_the_documents_own():
    page = "某市司法局关于印发《方案》的通知\n根据《意见》(市办发〔2010〕8号),现印发。\n\n2010年5月11日\n方案\n一、总则"
    meta = extract_metadata(page, page)
    assert meta.doc_number == "" and meta.date == "2010-05-11"
    standalone = page.replace("根据", "某司发〔2010〕3号\n根据")
    assert extract_metadata(standalone, standalone).doc_number == "某司发〔2010〕3号"



def _meta_of(page: str):
    """The metadata of a page read as the corpus reads it (on its parse view)."""
    from policycompare.ingest import parse_view

    return extract_metadata(page, parse_view(page)[0])

def test_rules_published_without_a_cover_take_the_note_under_their_title():
    # (日期 + organ + 印发 + 文号) under the title: issuer, date and 文号 of the page
    page = ("某州市场主体信用评价办法\n\n（2025年7月2日黔西南州人民政府办公室印发　州府办发〔2025〕17号）\n\n"
            "第一章　总则\n第一条　为规范信用评价，制定本办法。\n第二条　本办法自印发之日起施行。\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.doc_number, meta.date) == ("黔西南州人民政府办公室", "州府办发〔2025〕17号", "2025-07-02")


def test_a_report_speaking_for_a_bare_level_government_is_placed_by_its_meeting_line_before_a_byline():
    page = ("政府工作报告\n——2026年1月20日在某市第十七届人民代表大会第六次会议上\n来源：靖西市人民政府办公室\n"
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2025年工作回顾\n地区生产总值增长6%。\n")
    page = page.replace("某市", "靖西市")
    meta = _meta_of(page)
    assert (meta.issuer, meta.jurisdiction) == ("靖西市人民政府", "靖西市")


def test_a_township_is_placed_by_the_breadcrumb_of_its_countys_site():
    from policycompare.metadata import _placed_on_page

    assert _placed_on_page("蕉岭县人民政府网 > 镇街信息 > 新铺镇\n新铺镇人民政府关于…的通知", "新铺镇") == "蕉岭县新铺镇"
    assert _placed_on_page("首页 > 新闻 > 新铺镇\n新铺镇人民政府关于…的通知", "新铺镇") == ""


def test_a_forwarding_notice_is_signed_above_the_forwarded_text_not_at_its_end():
    page = ("平顺县人民政府办公室关于转发《长治市防汛工作方案》的通知\n平政办发〔2026〕5号\n各乡镇人民政府：\n"
            "现将《长治市防汛工作方案》转发给你们，并提出以下要求：\n一、县水利局要在5月底前完成水库安全检查。\n"
            "二、各乡镇要组织1次防汛演练。\n\n平顺县人民政府办公室\n2026年4月2日\n\n长治市防汛工作方案\n一、工作目标\n"
            "预警覆盖率达到100%。\n二、工作措施\n转移安置率达到100%。\n\n长治市人民政府办公室\n2026年3月20日\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.date) == ("平顺县人民政府办公室", "2026-04-02")


def test_a_township_report_speaks_for_the_township_its_meeting_line_names():
    page = ("政府工作报告\n——2026年1月10日在新兴镇第十八届人民代表大会第五次会议上\n各位代表：\n"
            "现在，我代表镇人民政府，向大会报告工作。\n一、2025年工作回顾\n收入增长7.1%。\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("新兴镇人民政府", "新兴镇", "township")


def test_minutes_under_a_masthead_take_their_own_title_and_the_compiling_office():
    page = ("会 议 纪 要\n第5期\n阜宁县人民政府办公室编　　2026年3月18日\n县政府第二十次常务会议纪要\n"
            "3月16日，县长主持召开常务会议。会议议定事项如下：\n一、会议同意城区排水改造方案。\n")
    meta = _meta_of(page)
    assert (meta.title, meta.issuer, meta.date) == ("县政府第二十次常务会议纪要", "阜宁县人民政府办公室", "2026-03-18")


def test_minutes_under_a_generic_masthead_take_their_subject_line_as_title():
    page = ("# 通辽市人民政府专题会议纪要\n\n通政阅〔2026〕21号\n\n通辽市人民政府办公室　2026年5月22日\n\n"
            "关于推进城区供热改造工作的专题会议纪要\n\n5月19日，副市长主持召开专题会议。现纪要如下：\n1. 关于改造任务。完成改造86公里。\n")
    meta = _meta_of(page)
    assert meta.title == "关于推进城区供热改造工作的专题会议纪要"


def test_copies_of_a_title_across_whitespace_are_those_the_spread_pattern_finds():
    import random
    import re

    from policycompare.metadata import _spread_copies

    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("甲乙丙 \n\t") for _ in range(rng.randrange(0, 40)))
        target = "".join(rng.choice("甲乙丙") for _ in range(rng.randrange(1, 4)))
        spread = r"\s*".join(map(re.escape, target))
        assert list(_spread_copies(text, target)) == [m.span() for m in re.finditer(spread, text)], (text, target)


def test_a_town_whose_name_holds_a_unit_character_and_one_named_like_a_city_elsewhere():
    from policycompare.metadata import jurisdiction_of, locate

    # 周市镇: 市 inside a town's name; 大同镇 under 赤水市 is no 大同市 of another province
    assert jurisdiction_of("昆山市周市镇人民政府") == "昆山市周市镇"
    assert jurisdiction_of("周市镇人民政府") == "周市镇"
    assert locate(jurisdiction_of("赤水市大同镇人民政府")) == ("贵州省", "township")


def test_a_street_office_named_under_its_district_government_is_placed_without_the_government():
    from policycompare.metadata import jurisdiction_of, locate

    # 某区人民政府某街道办事处: the street office is the district government's agency; the place path is
    # the district and the street
    assert jurisdiction_of("伊宁市人民政府解放路街道办事处") == "伊宁市解放路街道"
    assert locate(jurisdiction_of("北京市海淀区人民政府学院路街道办事处")) == ("北京市", "township")


@pytest.mark.parametrize("line, dated", [
    ("2021年3月5日", True), ("二〇二一年三月五日", True), ("二O一O年五月十一日", True), ("(2020年5月6日)", True),
    ("20171116", True), ("2021-03-05 ", True), ("某市人民政府  某市中级人民法院  2021年3月5日", True),
    ("某县人民政府办公室编 2026年3月18日", True), ("2021年3月5日起施行", False), ("于2021年3月", False),
    ("第十条 本办法自2021年3月5日起施行。", False), ("共3项", False), ("", False),
])
def test_the_cheap_date_test_passes_every_line_a_signature_date_is_read_on(line, dated):
    """Scans of a whole text read organs only on lines _ends_in_date passes: it passes every line
    _date_line finds a date on, and only lines ending with a date."""
    from policycompare.metadata import _date_line, _ends_in_date

    assert _ends_in_date(line) == dated
    assert dated or _date_line(line)[1] is None


def test_a_town_whose_name_opens_with_a_town_word_is_the_jurisdiction():
    from policycompare.metadata import jurisdiction_of

    assert jurisdiction_of("银川市西夏区镇北堡镇人民政府") == "银川市西夏区镇北堡镇"
    assert jurisdiction_of("某县乡镇人民政府") == "某县"
    assert jurisdiction_of("临泉县各乡镇街道办事处") == "临泉县"  # the towns and streets of a county


def test_the_adoption_line_under_an_html_heading_dates_a_resolution():
    from policycompare.readers import html_to_text

    page = html_to_text("<html><body><div class='nav'>首页 &gt; 决议决定</div><div class='article'>"
                        "<h1>某市人民代表大会常务委员会关于加强河湖保护的决议</h1>"
                        "<p class='sub'>（2026年4月23日某市第十七届人民代表大会常务委员会第二十九次会议通过）</p>"
                        "<div class='info'>发布时间：2026-04-28 10:30</div><div class='content'>"
                        + "".join(f"<p>{n}、市人民政府应当加强河湖保护，健全巡查机制，落实管护责任，每年报告执行情况。</p>"
                                  for n in "一二三四五") + "</div></div></body></html>")
    assert "（2026年4月23日某市第十七届人民代表大会常务委员会第二十九次会议通过）" in page.text


def test_an_organ_a_doc_number_and_a_date_on_one_head_line_are_read_apart():
    page = ("某街道2026年城市更新工作方案\n\n温州市鹿城区人民政府五马街道办事处　　五马街〔2026〕6号　　2026年3月20日\n\n"
            "为推进老城区有机更新，制定本方案。\n\n一、工作目标\n\n年内完成老旧小区微改造6个。")
    assert extract_metadata(page, page).doc_number == "五马街〔2026〕6号"


def test_a_view_counter_after_the_issuer_key_leaves_the_issuer():
    page = ("《某区2026年社区服务设施建设实施方案》图解\n\n发布时间：2026-04-28 16:20　　发布机构：长沙市岳麓区民政局　　浏览量：\n\n"
            "一、总体目标\n▶ 新建社区嵌入式服务设施12个\n\n二、责任分工\n▶ 区民政局：牵头统筹设施建设")
    from policycompare.ingest import parse_view

    meta = extract_metadata(page, parse_view(page)[0])
    assert (meta.issuer, meta.jurisdiction, meta.date) == ("长沙市岳麓区民政局", "长沙市岳麓区", "2026-04-28")


def test_a_doc_number_under_an_html_heading_is_kept():
    from policycompare.readers import html_to_text

    page = html_to_text("<html><body><h1>某市人民政府办公室关于印发重点任务分工方案的通知</h1><p class='wh'>宜府办发〔2026〕3号</p>"
                        "<div class='content'>" + "".join(f"<p>{n}、各县市区人民政府要落实分工，市直各部门要按期完成任务，确保工作取得实效。</p>"
                                                          for n in "一二三四五") + "</div></body></html>")
    assert "宜府办发〔2026〕3号" in page.text.splitlines()[:3]


def test_a_masthead_row_of_cells_gives_its_doc_number_and_date():
    page = ("海伦市教育局文件\t海教发〔2026〕3号\t2026年5月20日\n海伦市教育局关于开展2026年中小学校园安全隐患排查整治的通知\n"
            "各中小学校、幼儿园：\n为切实保障师生安全，现就有关事项通知如下。\n一、排查范围。全市中小学校的校舍。\n海伦市教育局")
    meta = extract_metadata(page, page)
    assert (meta.doc_number, meta.date) == ("海教发〔2026〕3号", "2026-05-20")


def test_a_town_named_without_its_county_takes_the_province_of_the_places_its_text_names():
    page = ("新宝拉格镇人民政府关于做好2026年草原保护工作的通知\n新政发〔2026〕3号\n各嘎查村民委员会：\n"
            "为落实镶黄旗草原生态保护补助奖励政策，现就有关工作通知如下。\n一、明确工作任务。全镇落实禁牧面积12万亩。\n"
            "新宝拉格镇人民政府\n2026年3月2日")
    meta = extract_metadata(page, page)
    assert (meta.jurisdiction, meta.province, meta.admin_level) == ("新宝拉格镇", "内蒙古自治区", "township")


@pytest.mark.parametrize("issuer, place, province, level", [
    # a development zone named after its city is placed in that city, at the city's level (data: development_zones)
    ("合肥高新技术产业开发区管理委员会", "合肥市", "安徽省", "prefecture"),
    ("济源产城融合示范区管理委员会", "济源市", "河南省", "county"),
    ("上海市浦东新区人民政府", "上海市浦东新区", "上海市", "county"),  # a national new area is a division
    # a division of the Corps merged with its city (师市合一) is a prefecture of 新疆 (data: functional_areas)
    ("第八师石河子市农业农村局", "第八师石河子市", "新疆维吾尔自治区", "prefecture"),
])
def test_zones_and_corps_divisions_are_placed(issuer, place, province, level):
    page = f"{issuer}关于做好2026年重点工作的通知\n各有关单位：\n一、加强组织领导。\n{issuer}\n2026年3月2日\n"
    meta = _meta_of(page)
    assert (meta.jurisdiction, meta.province, meta.admin_level) == (place, province, level)


def test_an_organ_that_publishes_a_list_in_an_article_is_no_issuer():
    page = ("# 鹰潭市古树名木保护条例\n\n第一条 为了保护古树名木，制定本条例。\n\n"
            "第二条 古树名木名录由市人民政府公布。\n\n第三条 本条例自2026年1月1日起施行。\n")
    assert _meta_of(page).issuer == "鹰潭市人民代表大会常务委员会"  # the genre's organ, not 由市人民政府公布


def test_a_free_trade_zone_regulation_is_the_provinces_standing_committees():
    page = "# 中国（福建）自由贸易试验区条例\n\n第一条 为了推进试验区建设，制定本条例。\n\n第二条 本条例自2026年3月1日起施行。\n"
    meta = _meta_of(page)
    assert (meta.issuer, meta.jurisdiction) == ("福建省人民代表大会常务委员会", "福建省")


def test_a_regulation_amended_after_its_city_merged_belongs_to_the_city_its_title_names():
    page = ("# 济南市城市绿化条例\n\n2017年6月30日 莱芜市第十八届人民代表大会常务委员会第三次会议通过\n\n"
            "2017年9月30日 山东省第十二届人民代表大会常务委员会第三十一次会议批准\n\n"
            "2019年1月31日 济南市第十七届人民代表大会常务委员会第一次会议通过的《关于修改〈莱芜市城市绿化条例〉的决定》修正\n\n"
            "第一条 为了加强城市绿化，制定本条例。\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.jurisdiction, meta.date) == ("济南市人民代表大会常务委员会", "济南市", "2019-01-31")


def test_amendments_run_into_one_line_date_the_version_and_rules_of_conduct_are_titles():
    history = "".join(f"根据{year}年6月1日某市第十届人民代表大会常务委员会第{n}次会议《关于修改部分地方性法规的决定》第{n}次修正"
                      for year, n in ((2004, "一"), (2010, "二"), (2018, "三")))
    page = ("# 某市人民代表大会常务委员会组成人员守则\n\n1997年5月23日 某市第八届人民代表大会常务委员会第三十一次会议通过\n\n"
            f"1997年7月1日 施行{history}\n\n第一条 常委会组成人员应当遵守本守则。\n")
    meta = _meta_of(page)
    assert (meta.title, meta.genre, meta.date, meta.date_adopted) == (
        "某市人民代表大会常务委员会组成人员守则", "守则", "2018-06-01", "1997-05-23")


def test_an_announcement_numbered_in_words_publishes_the_law_its_congress_passed():
    page = ("某自治县人民代表大会常务委员会公告\n第二十一号\n\n《某自治县草原保护条例》已由某自治县第十八届人民代表大会第五次会议"
            "于2026年1月10日通过，青海省第十四届人民代表大会常务委员会第二十一次会议于2026年3月26日批准，现予公布。\n\n"
            "某自治县人民代表大会常务委员会\n2026年4月3日\n\n某自治县草原保护条例\n"
            "（2026年1月10日某自治县第十八届人民代表大会第五次会议通过　2026年3月26日青海省第十四届人民代表大会常务委员会第二十一次会议批准）\n\n"
            "第一条　为了保护草原，制定本条例。\n")
    meta = _meta_of(page)
    assert (meta.title, meta.doc_number, meta.issuer) == (
        "某自治县草原保护条例", "某自治县人民代表大会常务委员会公告第二十一号", "某自治县人民代表大会")


def test_government_rules_are_the_governments_whose_order_published_them():
    page = ("遵义市城市绿地管理办法\n发布时间：2026-04-02　来源：遵义市司法局\n"
            "（2026年3月16日市人民政府第41次常务会议审议通过　2026年3月30日遵义市人民政府令第12号公布　自2026年5月1日起施行）\n"
            "第一条　为了加强城市绿地管理，制定本办法。\n第二条　本办法自2026年5月1日起施行。\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.doc_number) == ("遵义市人民政府", "遵义市人民政府令第12号")


def test_a_townships_joint_party_and_government_office_places_the_township():
    page = ("江湾镇党政办公室文件\n江党政办字〔2026〕5号\n江湾镇党政办公室关于印发《江湾镇2026年人居环境评比方案》的通知\n"
            "各村委会，镇直各单位：\n现将方案印发给你们，请遵照执行。\n一、评比时间\n每月评比一次。\n\n江湾镇党政办公室\n2026年3月6日\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("江湾镇党政办公室", "江湾镇", "township")


@pytest.mark.parametrize("issuer, place", [
    ("晋城市生态环境局泽州分局", "泽州县"),  # a city bureau's branch named by its county alone
    ("临沂市生态环境局兰陵县分局", "兰陵县"),
    ("成都市规划和自然资源局武侯分局", "武侯区"),
    ("晋城市生态环境局", "晋城市"),
    ("荆州市生态环境局监利市分局", "监利市"),
])
def test_a_city_bureaus_branch_governs_its_county(issuer, place):
    from policycompare.metadata import _organs, jurisdiction_of

    assert jurisdiction_of(issuer) == place
    assert _organs(issuer) == [issuer]  # one organ, not the bureau and a 分局


def test_a_county_level_city_whose_name_holds_xian_is_named_whole():
    from policycompare.metadata import jurisdiction_of

    assert jurisdiction_of("辉县市人民政府") == "辉县市"
    assert jurisdiction_of("重庆市忠县卫生健康委员会") == "重庆市忠县"  # a county of one character
    assert jurisdiction_of("重庆市卫生健康委员会") == "重庆市"
    assert jurisdiction_of("某县某某镇人民政府") == "某县某某镇"


def test_a_standing_committee_named_short_in_the_title_issues_the_plan():
    from policycompare.metadata import organ_from_title

    assert organ_from_title("永春县人大常委会2026年度监督工作计划") == ["永春县人民代表大会常务委员会"]


def test_a_bulletins_compiling_division_dates_it_and_names_its_bureau():
    from policycompare.metadata import _date_line

    organs, date, signature = _date_line("无锡市梁溪区教育局校外教育培训监管科编　　　2026年7月28日")
    assert organs == ["无锡市梁溪区教育局"] and date.isoformat() == "2026-07-28" and signature
    assert _date_line("保定市公安局网络安全保卫支队编　2026年4月16日")[0] == ["保定市公安局"]
    assert _date_line("某县人民政府办公室编 2026年3月18日")[0] == ["某县人民政府办公室"]  # the office compiles for itself


def test_a_publication_note_right_under_the_title_names_the_issuer_and_day():
    from policycompare.metadata import extract_metadata

    text = "白马镇农村公路路长制工作方案\n\n(2026年3月6日 武隆区白马镇人民政府印发)\n\n一、组织体系\n\n镇设镇级总路长1名。"
    meta = extract_metadata(text, text)
    assert meta.issuer == "武隆区白马镇人民政府" and meta.date == "2026-03-06"


@pytest.mark.parametrize("page, title", [
    # an organ line over a title that names no place or organ is the title's first line
    ("邢台市住房和城乡建设局\n2026年城市黑臭水体治理工作要点\n\n邢住建〔2026〕19号\n\n一、巩固治理成效\n",
     "邢台市住房和城乡建设局2026年城市黑臭水体治理工作要点"),
    # minutes keep their own line, and so does a title that names its own town
    ("某县食品安全委员会\n2026年第一次全体会议纪要\n\n某食安委纪〔2026〕1号\n\n一、会议要求\n", "2026年第一次全体会议纪要"),
    ("某县黄港镇人民政府\n黄港镇2026年村级工作目标管理考核细则\n\n第一条 为…\n", "黄港镇2026年村级工作目标管理考核细则"),
])
def test_an_organ_line_over_an_unplaced_title_opens_it(page, title):
    assert find_title(page, {}) == title


def test_characters_valid_in_both_scripts_stay_in_metadata():
    """乾 is the simplified form too (乾州街道, 乾县): the metadata keep it, as the parse view does."""
    text = "吉首市乾州街道办事处\n关于做好2026年汛期地质灾害防治工作的通知\n乾街发〔2026〕6号\n各社区：\n做好防治工作。\n吉首市乾州街道办事处\n2026年4月2日\n"
    meta = _meta_of(text)
    assert "干" not in meta.issuer + meta.doc_number and meta.doc_number.startswith("乾街发")


def test_a_bracketed_part_of_the_organs_prefix_stays_in_the_doc_number():
    text = ("宁夏回族自治区住房和城乡建设厅文件\n宁建（城）发〔2026〕12号\n"
            "宁夏回族自治区住房和城乡建设厅关于做好2026年城市生活垃圾分类工作的通知\n各地级市住房和城乡建设局：\n"
            "一、明确年度目标。全区地级城市居民小区垃圾分类覆盖率达到98%以上。\n宁夏回族自治区住房和城乡建设厅\n2026年3月10日\n")
    assert _meta_of(text).doc_number == "宁建（城）发〔2026〕12号"


def test_a_town_report_read_at_the_towns_congress_named_under_its_county():
    page = ("政府工作报告\n\n——2026年1月16日在门源回族自治县浩门镇第十八届人民代表大会第五次会议上\n\n"
            "浩门镇人民政府镇长　马某某\n\n各位代表：\n\n现在，我代表镇人民政府向大会报告工作，请予审议。\n\n"
            "一、2025年工作回顾\n\n全镇完成固定资产投资1.2亿元。\n\n二、2026年工作安排\n\n全镇新建村级活动场所2个。\n")
    meta = _meta_of(page)
    assert (meta.issuer, meta.jurisdiction) == ("门源回族自治县浩门镇人民政府", "门源回族自治县浩门镇")


def test_a_notice_on_work_that_publishes_encloses_no_document():
    assert enclosed_title("某州人民政府办公室关于做好2025年度政府信息公开工作年度报告编制发布工作的通知") == ""
    assert enclosed_title("某市人民政府关于发布某市基准地价的通知") == "某市基准地价"


@pytest.mark.parametrize("issuer, place", [
    ("哈尔滨市香坊区红旗街道办事处", "哈尔滨市香坊区红旗街道"), ("红旗街道办事处", "红旗街道"),
    ("中山市南区街道办事处", "中山市南区街道"), ("临夏县白旗乡人民政府", "临夏县白旗乡"),
    ("镇宁布依族苗族自治县丁旗街道办事处", "镇宁布依族苗族自治县丁旗街道"),
    ("某县乡镇人民政府", "某县"), ("杭锦旗锡尼镇人民政府", "杭锦旗锡尼镇"),  # the towns of a county; a town of a banner
    ("聊城市生态环境局茌平分局", "茌平区"),  # a county turned district: the district is the newer name
    ("某区镇人民政府", "某区"),  # a district's towns, no township
    ("赣州市南康区质量强区工作领导小组办公室", "赣州市南康区"),  # the campaign's words hold no unit
    ("杭州市拱墅区米市巷街道办事处", "杭州市拱墅区米市巷街道"), ("北京市东城区花市街道办事处", "北京市东城区花市街道"),
    ("昆明住房公积金管理中心", "昆明市"), ("宜春仲裁委员会办公室", "宜春市"),  # bodies named after their city without 市
    ("长沙市雨花区人大常委会侯家塘街道工作委员会", "长沙市雨花区侯家塘街道"),  # the district's congress before its street's
    ("汉中市勉县武侯镇人民政府", "汉中市勉县武侯镇"),  # a town of a county whose name has one character
])
def test_a_township_whose_name_ends_in_a_units_character_is_the_jurisdiction(issuer, place):
    from policycompare.metadata import jurisdiction_of
    assert jurisdiction_of(issuer) == place


def test_a_street_whose_name_ends_in_a_township_character_keeps_its_level():
    from policycompare.metadata import jurisdiction_of

    # 西乡街道, 新镇街道, 花乡街道: 乡 or 镇 right before 街道 ends a street's name, no township inside it
    assert jurisdiction_of("深圳市宝安区西乡街道办事处") == "深圳市宝安区西乡街道"
    assert jurisdiction_of("北京市丰台区花乡街道办事处") == "北京市丰台区花乡街道"
    assert jurisdiction_of("西乡街道办事处") == "西乡街道"
    assert jurisdiction_of("某县乡镇人民政府") == "某县"


def test_a_place_the_document_writes_in_full_is_named_in_full():
    from policycompare.ingest import parse_view

    page = ("临夏回族自治州未成年人保护工作联席会议\n纪　　要\n\n临夏州未成年人保护工作领导小组办公室　　　　2026年5月14日\n\n"
            "5月12日，全州未成年人保护工作联席会议召开。现将议定事项纪要如下：\n一、由州民政局牵头，于6月底前完成排查。\n")
    meta = extract_metadata(page, parse_view(page)[0])
    # the masthead's genre spaced out on its own line closes the title; the issuer's short form of the
    # place is read as the full name the title writes
    assert meta.title == "临夏回族自治州未成年人保护工作联席会议纪要"
    assert meta.jurisdiction == "临夏回族自治州"
    short = page.replace("临夏回族自治州", "临夏州")
    assert extract_metadata(short, parse_view(short)[0]).jurisdiction == "临夏州"


def test_minutes_without_a_signature_are_dated_by_the_meeting_they_open_with():
    from policycompare.ingest import parse_view

    page = ("某县蜂业发展推进会议纪要\n\n某县人民政府办公室　　〔2026〕第6期\n\n"
            "2026年4月9日，副县长王某某主持召开全县蜂业发展推进会议。现将议定事项纪要如下：\n"
            "一、9月底前完成蜜源植物种植任务。\n")
    meta = extract_metadata(page, parse_view(page)[0])
    assert (meta.date, meta.date_source) == ("2026-04-09", "meeting")
    plan = page.replace("会议纪要", "工作方案", 1)  # only minutes report their meeting as their date
    assert extract_metadata(plan, parse_view(plan)[0]).date == ""
    earlier = page.replace("副县长王某某主持召开", "省里召开电视电话会议后，4月12日县里召开", 1)  # another meeting first
    assert extract_metadata(earlier, parse_view(earlier)[0]).date == ""


def test_a_congress_standing_committee_signing_by_its_short_name_is_spelled_out():
    text = ("海东市乐都区人大常委会文件\n乐人常发〔2026〕9号\n海东市乐都区人大常委会关于印发测评办法的通知\n"
            "区人民政府：\n现将测评办法印发给你们。\n海东市乐都区人大常委会\n2026年4月16日\n")
    assert extract_metadata(text, text).issuer == "海东市乐都区人民代表大会常务委员会"
