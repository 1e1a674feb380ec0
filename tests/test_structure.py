"""The outline of each seed against the hand annotation, and every false marker the seeds hold."""

from collections import Counter

import pytest

import policycompare as pc
from policycompare.ingest import parse_view
from policycompare.structure import paragraphs, parse_outline

from .seeds import SEEDS


def outline_of(text):
    return parse_outline(text, parse_view(text)[0])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_measures_match_the_hand_annotation(seed, corpus, annotations):
    expected = annotations[seed.name]["measures"]
    measures = corpus.measures[corpus.measures.doc_id == seed.stem]
    assert measures.path.tolist() == [m["path"] for m in expected]
    for text, m in zip(measures.text, expected):
        assert text.startswith(m["heading_start"]), (m["path"], text[:20])
    depths = Counter(path.count("/") + 1 for path in measures.path)
    assert depths == Counter(m["path"].count("/") + 1 for m in expected)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_preamble_and_closing_match_the_hand_annotation(seed, corpus, annotations):
    expected = annotations[seed.name]
    nodes = corpus.outline[corpus.outline.doc_id == seed.stem]
    text = corpus.texts[seed.stem]
    starts = {kind: text[row.char_start: row.char_start + 10] for kind, row in zip(nodes.kind, nodes.itertuples())}
    assert starts.get("preamble") == expected["preamble_start"]
    assert starts.get("closing") == expected["closing_start"]
    if expected["closing_start"]:
        assert expected["closing_start"] not in corpus.measures[corpus.measures.doc_id == seed.stem].text.iloc[-1]


def test_offsets_point_at_the_label_and_text_in_the_clean_text(corpus):
    for row in corpus.measures.itertuples():
        span = corpus.texts[row.doc_id][row.char_start: row.char_end]
        assert span.startswith(row.label) and span.endswith(row.text)
        assert row.text.startswith(row.heading)


def test_headings_are_first_sentences(corpus):
    headings = dict(zip(corpus.measures.measure_id.str[:3] + corpus.measures.path, corpus.measures.heading))
    assert headings["000二/(一)/1"] == "进一步推进权责清单制度"
    assert headings["002一"] == "指导思想"
    assert headings["002四/1"] == "司法所建设"
    assert headings["003五/(十三)"] == "加强上下协作联系"


def test_numbering_skip_is_kept_and_recorded(corpus):
    paths = corpus.measures[corpus.measures.doc_id.str.startswith("000")].path.tolist()
    assert "二/(六)/24" in paths and not any(p.endswith("/23") for p in paths)
    skip = corpus.warnings[corpus.warnings.message.str.contains("skips")]
    assert skip[["doc_id", "line", "message"]].values.tolist() == [
        ["000_efb97529a21d4f3f", 90, "numbering skips from 22 to 24"]
    ]


@pytest.mark.parametrize(
    "false_marker",
    ["建成1-2个基地", "重点改善3-5个司法所", "依托“12.4”宪法宣传周", "(市办发〔2010〕8号)", "三年(2010-2012年)内",
     "(以下简称《意见》)", "(责任部门:办公室、律管处)", "(此件主动公开)", "2017年年底前", "“十四五”期间"],
)
def test_false_markers_do_not_split_a_measure(false_marker):
    body = f"一、总则\n1.第一项。内容{false_marker}继续。\n 2.第二项。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["一/1", "一/2"]
    assert false_marker in body[outline.measures[0].char_start: outline.measures[0].char_end]


def test_false_markers_at_a_line_start_inside_the_seeds_do_not_split(corpus):
    texts = corpus.measures.set_index(corpus.measures.measure_id.str[:3] + corpus.measures.path).text
    assert "建成1-2个" in texts["002三/(六)/5"] and "重点改善3-5个" in texts["002三/(八)/1"]
    assert "“12.4”宪法宣传周" in texts["002三/(六)/1"]
    assert "(2010-2012年)" in texts["003一/(二)"]


def test_enumerations_stay_inside_their_measure(corpus):
    measures = corpus.measures.set_index(corpus.measures.measure_id.str[:3] + corpus.measures.path)
    goals = measures.text["002二"]
    assert all(f"{n}是" in goals for n in "一二三四五六七")
    assert all(f"{n}是发挥" in measures.text["003五/(十五)"] for n in "一二三四")


def test_a_skipped_number_after_a_full_stop_in_a_page_without_line_breaks():
    body = "一、总则 (一)第一条。内容。 (二)第二条。 (四)第四条,跳过了三。 二、附则 (五)第五条。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["一/(一)", "一/(二)", "一/(四)", "二/(五)"]
    assert [message for _, message in outline.warnings] == ["numbering skips from 2 to 4"]


def test_inline_markers_in_a_page_without_line_breaks():
    body = "一、总则 (一)第一条。内容。 (二)第二条。 二、附则 (三)第三条,接上文编号。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["一/(一)", "一/(二)", "二/(三)"]
    assert outline.warnings == []


def test_inside_a_paragraph_only_a_continuing_number_is_a_marker():
    body = "一、总则 (一)第一条,参见 (三)款,内容。 (二)第二条。"
    assert [m.path for m in outline_of(body).measures] == ["一/(一)", "一/(二)"]


def test_numbering_that_restarts_in_a_later_section():
    body = "一、甲\n1.a。\n2.b。\n二、乙\n1.c。\n(一)丙\n1.d。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["一/1", "一/2", "二/1", "二/(一)/1"]
    assert outline.warnings == []


def test_full_width_and_spaced_markers():
    body = "一、总则\n（一）第一条。\n（二）、第二条。\n3． 第三条。\n４、第四条。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["一/(一)", "一/(二)/3", "一/(二)/4"]
    assert [m.label for m in outline.measures] == ["（一）", "3．", "４、"]


def test_a_body_without_outline_is_one_measure_with_a_warning():
    outline = outline_of("全文没有编号。只有两句话。")
    assert [(m.kind, m.heading) for m in outline.measures] == [("measure", "全文没有编号")]
    assert "no outline markers" in outline.warnings[0][1]


def test_unbalanced_brackets_are_warnings_not_failures():
    body = "一、总则\n1.第一项(责任部门:办公室。\n2.第二项)。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["一/1", "一/2"]
    assert [message for _, message in outline.warnings] == [
        "unclosed bracket '(' in 一/1", "unmatched closing bracket ')' in 一/2"]


def test_paragraphs_split_at_line_breaks_and_at_spaces_after_a_full_stop():
    text = "甲。乙。 丙,丁 戊。\n己"
    assert [text[a:b] for a, b in paragraphs(text, 0, len(text))] == ["甲。乙。", "丙,丁 戊。", "己"]


def test_regulations_number_chapters_and_articles():
    body = "第一章 总则\n第一条 为了规范执法,制定本办法。\n第二条 本办法适用于:\n(一)行政许可;\n(二)行政处罚。\n第二章 附则\n第三条 本办法自发布之日起施行。"
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["第一章/第一条", "第一章/第二条", "第二章/第三条"]
    second = outline.measures[1]
    assert "(一)行政许可;\n(二)行政处罚。" in body[second.char_start: second.char_end]  # items stay in their article


def test_other_common_marker_spellings():
    body = "一.总体要求\n1)第一项。\n2)第二项。\n二、三项制度全覆盖\n①甲。\n②乙。"
    assert [m.path for m in outline_of(body).measures] == ["一/(1)", "一/(2)", "二/①", "二/②"]


def test_a_trailing_signature_is_not_part_of_the_last_measure(tmp_path):
    import policycompare as pc

    page = "某市司法局关于加强某项工作的意见\n\n一、总则\n1.第一项。\n2.第二项。\n\n某市司法局\n2021年3月5日\n(此件公开发布)\n"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path / "a.txt")
    assert corpus.measures.text.tolist() == ["第一项。", "第二项。"]
    assert corpus.documents[["issuer", "date", "date_source"]].values.tolist() == [["某市司法局", "2021-03-05", "signature"]]


def test_a_blank_form_in_an_attachment_holds_no_measures():
    text = ("一、培训对象。培训不少于3000人次。\n二、报名要求。5月20日前报送报名表。\n附件：培训报名表\n某市教育局\n"
            "2025年4月28日\n附件\n培训报名表\n1.姓名\n2.学校\n3.联系电话\n")
    assert [node.path for node in parse_outline(text, parse_view(text)[0]).measures] == ["一", "二"]


def test_an_attachment_list_spaced_by_blank_lines_holds_no_measures():
    text = ("二、工作要求。各单位按月报送进展。\n附件:\n\n1.丰都县河道整治专项行动方案\n\n2.丰都县农房整治专项行动方案\n"
            "3.丰都县道路整治专项行动方案\n\n丰都县人民政府办公室\n2023年6月2日\n附件1\n丰都县河道整治专项行动方案\n"
            "一、目标任务\n年内清理河道40公里。\n二、保障措施\n县水利局牵头推进。")
    paths = [node.path for node in parse_outline(text, parse_view(text)[0]).measures]
    assert paths == ["二", "附件/一", "附件/二"]


def test_an_attachment_numbered_alone_on_its_line_heads_its_own_body():
    # 附件1 above a title opening with its year: the title and 一、 are the attachment's, not a list of names
    text = ("一、压实责任。各单位逐项细化任务。\n二、按月调度。各单位每月报送进展。\n某县人民政府办公室\n2025年4月2日\n"
            "附件1\n2025年县政府工作报告任务清单\n一、县文旅局牵头工作(2项)\n1.创建省级旅游度假区。\n"
            "2.举办乡村文化节。\n二、县交通运输局牵头工作(1项)\n3.改造农村公路60公里。\n")
    paths = [node.path for node in parse_outline(text, parse_view(text)[0]).measures]
    assert paths == ["一", "二", "附件/一/1", "附件/一/2", "附件/二/3"]


def test_a_decimal_outline_of_an_emergency_plan():
    # 1 总则 / 1.1 编制目的 / 2.2.1 …: numbers as written; duty lines under a heading are its text
    body = ("1 总则\n1.1 编制目的\n减少灾害损失。\n1.2 适用范围\n本区内的内涝。\n2 组织体系\n2.1 指挥部\n区指挥部负责统一指挥。\n"
            "2.2 成员职责\n2.2.1 区水务局：负责排涝。\n2.2.2 区城管局：负责道路积水清排，储备沙袋1万条。\n3 附则\n本预案自印发之日起施行。")
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["1/1.1", "1/1.2", "2/2.1", "2/2.2/2.2.1", "2/2.2/2.2.2", "3"]
    assert [m.heading for m in outline.measures][:3] == ["编制目的", "适用范围", "指挥部"]


def test_the_contents_of_an_emergency_plan_hold_no_measures():
    # contents with a group line that has no number and the plan's title between them and the text
    toc = ("总则\n1.1 编制目的\n1.2 适用范围\n组织体系及职责\n2.1 指挥机构\n2.2 成员单位\n8 附则\n"
           "青川县森林火灾应急预案\n1 总则\n1.1 编制目的\n减少火灾损失。\n1.2 适用范围\n本县林区。\n"
           "2 组织体系及职责\n2.1 指挥机构\n县指挥部负责统一指挥。\n2.2 成员单位\n县林业局负责扑救。")
    assert [m.path for m in outline_of(toc).measures] == ["1/1.1", "1/1.2", "2/2.1", "2/2.2"]
    # contents with dot leaders and page numbers, cut off before the text
    paged = ("目 录\n1 总 则……………………6\n1.1 目的和依据………………6\n1.2 适用范围…………………7\n"
             "2 组织指挥体系和应急预案体系………………………………8\n2.1.1 领导机构………………8\n")
    assert [m.path for m in outline_of(paged).measures] == [""]


def test_one_dotted_number_does_not_make_a_decimal_outline():
    body = "一、目标\n1.5万亩高标准农田当年建成。\n二、措施\n1.加强指导。\n2.强化保障。"
    assert [m.path for m in outline_of(body).measures] == ["一", "二/1", "二/2"]


def test_the_items_of_a_plan_box_are_text_of_its_section():
    # 专栏1 with (1)(2) items: the box belongs to the section, its items are no measures
    body = ("第一章 主要任务\n第一节 提升森林质量\n每年抚育森林5万亩。\n专栏1 重点工程\n（1）储备林工程：新建储备林7.5万亩。\n"
            "（2）珍贵树种工程：培育1.2万亩。\n第二节 发展林下经济\n林下经济面积达到30万亩。")
    outline = outline_of(body)
    assert [m.path for m in outline.measures] == ["第一章/第一节", "第一章/第二节"]
    assert "7.5万亩" in body[outline.measures[0].content_start: outline.measures[0].char_end]
    # a box that ends the text keeps its last item too
    last = "第二章 重点工程\n第一节 林业工程\n专栏2 重点项目\n（1）储备林：新建2万亩。\n（2）苗圃：改造5处。"
    assert [m.path for m in outline_of(last).measures] == ["第二章/第一节"]


def test_a_decimal_outline_with_dots_after_its_numbers():
    body = "1. 总则\n1.1. 编制目的\n减少损失。\n1.2. 适用范围\n本区。\n2. 组织体系\n2.1 指挥部\n负责指挥。\n（1）白天值守。\n（2）夜间值守。"
    assert [m.path for m in outline_of(body).measures] == ["1/1.1", "1/1.2", "2/2.1/(1)", "2/2.1/(2)"]


def test_a_cover_notice_numbering_its_own_points_holds_no_measures():
    # the notice numbers its own requirements (一、… 二、…), signs, then the enclosed title stands alone
    page = ("新洲区人民政府办公室关于印发新洲区2024年重点工作分解方案的通知\n各街道办事处,区政府各部门:\n"
            "《新洲区2024年重点工作分解方案》经区政府研究同意,现予印发,有关要求如下:\n"
            "一、各牵头单位细化本单位任务清单,2月底前报区政府办。\n二、区督查室按季度通报进展。\n"
            "武汉市新洲区人民政府办公室\n2024年1月8日\n新洲区2024年重点工作分解方案\n"
            "一、主要预期目标\n(一)地区生产总值增长6%左右\n牵头单位:区发改局\n(二)固定资产投资增长8%左右\n"
            "牵头单位:区发改局\n二、重点任务\n(一)推进产业园区建设。\n")
    measures = pc.from_texts({"notice": page}).measures
    assert list(measures.path) == ["一/(一)", "一/(二)", "二/(一)"]


def test_an_item_opening_with_a_date_is_an_item_and_a_list_of_quarters_is_not():
    text = ("现将有关事项公告如下：\n一、3月20日至4月30日为全市森林防火重点管控期。\n二、各镇要设立防火检查站。\n"
            "三、一、二季度完成排查，三、四季度完成整改。\n")
    assert [node.path for node in parse_outline(text, parse_view(text)[0]).measures] == ["一", "二", "三"]


def test_an_item_opening_with_a_year_is_an_item_and_a_decimal_is_not():
    # 1．2026年…: the item's dot before a year's digits, no decimal 1.2026
    text = ("一、扩大服务供给\n1．2026年全市新增精神科床位200张。\n2．各县市区至少有1家医疗机构开设睡眠门诊。\n"
            "二、强化患者管理\n3.5万名患者纳入规范管理。\n")
    assert [node.path for node in parse_outline(text, parse_view(text)[0]).measures] == ["一/1", "一/2", "二"]


def test_a_list_of_units_and_their_duties_is_read_row_by_row(tmp_path):
    import policycompare as pc

    (tmp_path / "list.md").write_text(
        "# 某市2026年食品安全属地管理责任清单\n\n| 序号 | 单位 | 职责 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 市市场监督管理局 | 组织食品安全监督抽检，抽检量达到每千人5批次。 | 11月30日前 |\n"
        "| 2 | 市教育局 | 督促学校落实校长陪餐制度。 | 第三季度末 |\n", encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    assert corpus.measures.path.tolist() == ["1", "2"]
    assert corpus.assignments.department.tolist() == ["市市场监督管理局", "市教育局"]


def test_items_run_on_in_one_paragraph_after_a_full_stop_are_items():
    # a PDF's flowed text or a portal's one paragraph: 1.…。2.…。3.… under its heading
    body = ("一、主要任务\n（一）电梯安全。1.推进老旧电梯更新改造，年底前改造老旧电梯200台。"
            "2.市场监管部门每半年开展一次维保质量评价。3.第三季度末试点小区不少于30个。\n"
            "（二）锅炉安全。全面排查在用锅炉，增长率为2.5%。\n")
    nodes = parse_outline(body, parse_view(body)[0]).nodes
    assert [n.path for n in nodes if n.kind == "measure"] == ["一/(一)/1", "一/(一)/2", "一/(一)/3", "一/(二)"]


def test_the_stages_of_a_campaign_are_a_level_of_the_outline():
    body = ("一、工作目标\n排查全覆盖。\n二、实施步骤\n第一阶段：排查摸底（3月20日—4月30日）\n各校逐项排查。\n"
            "第二阶段：集中整治（5月1日—8月31日）\n县教育局督办。\n三、工作要求\n按时报送。")
    outline = parse_outline(body, parse_view(body)[0])
    assert [(n.path, n.heading[:4]) for n in outline.measures] == [
        ("一", "工作目标"), ("二/第一阶段", "排查摸底"), ("二/第二阶段", "集中整治"), ("三", "工作要求")]


def test_volumes_and_parts_stand_above_chapters():
    """A plan's 第一篇 and an explanation page's 第一部分 are the outline's top level."""
    from policycompare.ingest import parse_view
    from policycompare.structure import parse_outline

    plan = "第一篇 总体要求\n内容。\n第二篇 主要任务\n第一章 产业\n内容。\n第二章 民生\n内容。\n"
    assert [m.path for m in parse_outline(plan, parse_view(plan)[0]).measures] == ["第一篇", "第二篇/第一章", "第二篇/第二章"]
    page = "第一部分 出台背景\n为加强消防安全。\n第二部分 主要内容\n明确责任。\n"
    assert [m.path for m in parse_outline(page, parse_view(page)[0]).measures] == ["第一部分", "第二部分"]


def test_a_citation_of_an_articles_item_opens_no_article():
    from policycompare.structure import MARKER

    assert MARKER.match("第二十条第(一)项") is None or MARKER.match("第二十条第(一)项")["article"] is None
    assert MARKER.match("第二十条 本办法自发布之日起施行")["article"] == "二十"


def test_a_readings_contact_section_is_no_measure():
    text = ("一、出台背景\n为提高保障水平，制定本方案。\n二、主要内容\n每亩保额1000元。\n"
            "三、解读机关及联系方式\n解读机关：某市财政局　联系电话：0371-1234567\n")
    nodes = outline_of(text).nodes
    assert [(node.kind, node.key) for node in nodes][:3] == [("measure", "一"), ("measure", "二"), ("trailer", "")]
