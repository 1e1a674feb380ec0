"""Task tables, attachments, trailer lines and tables of contents in the outline (issue 11).

Fixtures are written here in our own words; they reproduce the layouts of real pages (a 序号 |
工作任务 | 责任单位 | 完成时限 table under a section, merged cells, group rows, an attachment list
after the signature, a regulation's 目录).
"""

import time

from policycompare import load_corpus
from policycompare.extract import extract_measure
from policycompare.extract.lexicon import table as data_table
from policycompare.ingest import parse_view
from policycompare.readers import read_html
from policycompare.structure import column_role, measure_view, parse_outline, task_tables


def outline_of(text):
    return parse_outline(text, parse_view(text)[0])


def paths(text):
    return [node.path for node in outline_of(text).measures]


NOTICE = """某县人民政府办公室关于印发某县2024年秸秆禁烧工作方案的通知
各乡镇人民政府：
　　现将《某县2024年秸秆禁烧工作方案》印发给你们，请认真落实。
某县人民政府办公室
2024年3月1日
某县2024年秸秆禁烧工作方案
一、工作目标
　　全县秸秆综合利用率达到92%以上。
二、重点任务
{table}
三、工作要求
　　加强巡查，及时处置火情。
"""

PIPE_TABLE = """| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 划定禁烧重点区域 | 县农业农村局 | 县自然资源局 | 2024年4月底前 |
| 2 | 建设秸秆收储点不少于12个 |  |  | 2024年9月底前 |
|  | 配套建设防火隔离带 |  | 县消防救援大队 |  |
| 3 | 开展禁烧巡查 | 各乡镇人民政府 |  | 长期坚持 |
"""


def test_markdown_task_table_rows_are_measures_with_their_cells_as_notes(tmp_path):
    (tmp_path / "plan.md").write_text(NOTICE.format(table=PIPE_TABLE), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    measures = corpus.measures
    assert measures.path.tolist() == ["一", "二/1", "二/2", "二/3", "三"]
    assert measures.set_index("path").heading["二/2"] == "建设秸秆收储点不少于12个"
    by_path = dict(zip(measures.measure_id, measures.path))
    roles = {(by_path[m], d, r) for m, d, r in
             corpus.assignments[["measure_id", "department", "role"]].itertuples(index=False)}
    assert ("二/1", "县农业农村局", "lead") in roles and ("二/1", "县自然资源局", "cooperate") in roles
    # an empty 牵头单位 cell is the merged cell above; an empty 配合单位 cell names nobody
    assert ("二/2", "县农业农村局", "lead") in roles
    assert ("二/2", "县自然资源局", "cooperate") not in roles
    # the row without 序号 continues measure 2: its unit belongs to it
    assert ("二/2", "县消防救援大队", "cooperate") in roles
    assert ("二/3", "各乡镇人民政府", "lead") in roles
    deadlines = {(by_path[m], date or raw) for m, raw, date in
                 corpus.deadlines[["measure_id", "raw", "date"]].itertuples(index=False)}
    assert {("二/1", "2024-04-30"), ("二/2", "2024-09-30"), ("二/3", "长期坚持")} <= deadlines
    targets = corpus.targets.assign(path=corpus.targets.measure_id.map(by_path))
    assert ("二/2", 12.0) in set(zip(targets.path, targets.value))


def test_a_markdown_rule_in_a_text_page_is_no_row_of_the_task_table(tmp_path):
    """A page copied as plain text may keep a Markdown table's rule (| --- | :---: |) under the
    header: it is neither a unit of the first row nor part of its text."""
    table = PIPE_TABLE.replace("| --- | --- | --- | --- | --- |", "| :---: | --- | --- | --- | --- |")
    (tmp_path / "plan.txt").write_text(NOTICE.format(table=table), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    measures = corpus.measures.set_index("path")
    assert "---" not in measures.text["二/1"]
    first = corpus.assignments[corpus.assignments.measure_id == measures.measure_id["二/1"]]
    assert sorted(zip(first.department, first.role)) == [("县农业农村局", "lead"), ("县自然资源局", "cooperate")]

def test_offsets_of_rows_found_in_table_cells_point_into_the_document(tmp_path):
    (tmp_path / "plan.md").write_text(NOTICE.format(table=PIPE_TABLE), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = corpus.texts["plan"]
    for row in corpus.assignments.itertuples():
        assert text[row.char_start:row.char_end] == row.raw_name
    for table in (corpus.deadlines, corpus.targets):
        for row in table.itertuples():
            assert text[row.char_start:row.char_end] == row.raw


def test_measure_view_hands_cells_to_extraction_under_their_keys():
    page = "二、任务\n序号\t重点工作\t责任部门\t时间节点\n1\t修订应急预案\t县应急局、县水利局\t6月底前"
    row = outline_of(page).measures[0]
    view = measure_view(page, parse_view(page)[0], row)
    assert view.text == "修订应急预案。(责任单位:县应急局、县水利局。完成时限:6月底前)"
    start = view.text.index("县水利局")
    a, b = view.span(start, start + 4)
    assert page[a:b] == "县水利局"


def test_group_rows_nest_the_rows_under_them_and_numbering_runs_on():
    table = ("序号\t工作任务\t责任单位\t完成时限\n（一）基础设施\n1\t修缮村道\t县交通局\t年底前\n"
             "2\t改造危桥\t县交通局\t年底前\n（二）公共服务\t\t\t\n3\t建设卫生室\t县卫健局\t10月底前")
    assert paths("三、分工\n" + table) == ["三/(一)/1", "三/(一)/2", "三/(二)/3"]
    assert paths("三、分工\n" + table.replace("（一）基础设施", "一\t基础设施\t\t")) [:1] == ["三/一/1"]


def test_repeated_header_and_repeated_number_continue_the_table():
    table = ("序号\t工作任务\t牵头单位\t完成时限\n1\t清理河道\t县水利局\t5月底前\n"
             "1\t清理河道\t县水利局\t6月底前\n序号\t工作任务\t牵头单位\t完成时限\n2\t疏浚沟渠\t各乡镇\t7月底前")
    outline = outline_of("二、任务\n" + table)
    assert [m.path for m in outline.measures] == ["二/1", "二/2"]
    first = outline.measures[0]
    assert sum(role == "deadline" for role, _, _ in first.cells) == 2  # both deadlines of the merged row


def test_table_without_number_column_numbers_its_rows_in_order():
    table = "| 工作任务 | 牵头领导 | 责任部门 | 时间节点 |\n| 建设物流园 | 副县长 | 县商务局 | 9月底前 |\n" \
            "| 开通货运专线 | 副县长 | 县交通局 | 11月底前 |"
    outline = outline_of("（一）完善设施。\n" + table)
    assert [m.path for m in outline.measures] == ["(一)/1", "(一)/2"]
    view = measure_view(table, parse_view(table)[0], outline_of(table).measures[0])
    assert "副县长" not in view.text  # persons are not units


def test_a_table_without_task_or_unit_columns_is_not_a_task_table():
    assert task_tables("指标\t2023年\t2024年\n地区生产总值\t100\t106") == []
    assert task_tables("序号\t工作任务\n1\t建台账") == []  # no unit and no deadline column


def test_numbers_in_other_tables_are_not_outline_markers():
    page = "一、进度\n按表填报。\n乡镇\t面积\t日期\n1.甲镇\t30\t3月\n2.乙镇\t40\t3月\n二、要求\n按时报送。"
    assert paths(page) == ["一", "二"]


def test_column_roles_are_data():
    roles = {row["role"] for row in data_table("table_columns")}
    assert roles <= {"number", "task", "responsible", "lead", "cooperate", "supervise", "person", "deadline", "remark", "score", "place", "assess"}
    assert column_role("责任单位") == "responsible" and column_role("牵头单位（部门）") == "lead"
    assert column_role("配合 单位") == "cooperate" and column_role("完成时间") == "deadline"
    assert column_role("项目总投资（万元）") is None


def test_html_tables_keep_their_grid():
    page = read_html("""<html><body><p>二、任务</p><table>
        <tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>
        <tr><td colspan="4">（一）审批提速</td></tr>
        <tr><td>1</td><td>压减审批时限<br>推行容缺受理</td><td rowspan="2">县政务局</td><td>6月底前</td></tr>
        <tr><td>2</td><td><p>推广电子证照</p></td><td>9月底前</td></tr>
        </table></body></html>""".encode(), "page.html").text
    assert "2\t推广电子证照\t\t9月底前" in page  # the merged 责任单位 leaves its column empty
    assert "1\t压减审批时限 推行容缺受理\t县政务局\t6月底前" in page
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["二/(一)/1", "二/(一)/2"]
    second = outline.measures[1]
    assert [page[a:b] for role, a, b in second.cells if role == "responsible"] == ["县政务局"]


def test_a_list_page_whose_one_row_readability_keeps_is_read_whole():
    rows = "".join(f"<tr><td>{n}</td><td>项目{n}</td><td>{text}</td><td>县民政局</td><td>10月底</td></tr>"
                   for n, text in enumerate(["新建助餐点8个", "改造敬老院3所，新增护理型床位不少于120张，提升服务能力", "培训护理员50名"], 1))
    page = read_html(("<html><head><title>某县2026年民生实事项目清单</title></head><body><table>"
                      "<tr><th>序号</th><th>项目名称</th><th>主要内容</th><th>责任单位</th><th>完成时限</th></tr>"
                      f"{rows}</table></body></html>").encode(), "list.html").text
    assert "1\t项目1\t新建助餐点8个\t县民政局\t10月底" in page and "3\t项目3\t培训护理员50名" in page


def test_a_layout_table_holding_the_article_is_not_flattened():
    paragraphs = "".join(f"<p>{n}、第{n}段内容。</p>" for n in "一二三四")
    page = read_html(f"<html><body><table><tr><td>导航</td><td>{paragraphs}</td></tr>"
                     f"<tr><td>页脚</td><td>版权</td></tr></table></body></html>".encode(), "a.html").text
    assert "一、第一段内容。\n二、第二段内容。" in page


ENDING = """一、排查隐患
　　1．7月10日前完成自查。
　　2．8月底前完成整改。
二、工作要求
　　请按时报送材料。
　　联系人：李四　联系电话：0000-7654321
　　附件：1．隐患排查表
　　　　　2．整改台账
某县应急管理局
2024年6月28日
抄送：县人民政府办公室。
某县应急管理局办公室　　　　2024年6月28日印发
"""


def test_attachment_list_contact_and_printing_lines_are_not_outline():
    outline = outline_of(ENDING)
    assert [m.path for m in outline.measures] == ["一/1", "一/2", "二"]
    last = outline.measures[-1]
    assert ENDING[last.content_start:last.char_end].strip() == "工作要求\n　　请按时报送材料。"
    trailers = [ENDING[n.char_start:n.char_end].split("：")[0].strip() for n in outline.nodes if n.kind == "trailer"]
    assert trailers[:2] == ["联系人", "附件"] and trailers[-2][:2] == "抄送"


def test_an_attachment_after_the_signature_starts_its_own_outline():
    page = ("一、总体要求\n　　统筹推进。\n二、保障措施\n　　强化保障。\n某县人民政府办公室\n2024年3月5日\n"
            "附件\n重点任务分工表\n序号\t工作任务\t责任单位\t完成时限\n1\t修订预案\t县应急局\t4月底前\n"
            "2\t排查隐患\t各乡镇\t5月底前\n")
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["一", "二", "附件/1", "附件/2"]
    second = outline.measures[1]
    assert page[second.char_start:second.char_end] == "二、保障措施\n　　强化保障。"  # no signature in it


def test_a_table_of_contents_is_not_outline():
    page = ("目　　录\n第一章　总　　则\n第二章　管　　理\n第三章　附　　则\n第一章　总　　则\n"
            "第一条　为了规范管理，制定本条例。\n第二章　管　　理\n第二条　加强管理。\n第三章　附　　则\n"
            "第三条　本条例自公布之日起施行。")
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["第一章/第一条", "第二章/第二条", "第三章/第三条"]
    assert [n.heading for n in outline.nodes if n.kind == "section"][0] == "总　　则"


def test_numbered_items_starting_with_a_month():
    assert paths("一、安排\n1．7月10日前召开班会。\n2．12月底前完成总结。") == ["一/1", "一/2"]
    assert paths("一、目标\n粮食产量1.7万吨。") == ["一"]  # a decimal is not an item


def test_large_tables_parse_in_linear_time():
    rows = "".join(f"{n}\t任务{n}\t县甲局\t年底前\n" for n in range(1, 20001))
    page = "二、任务\n序号\t工作任务\t责任单位\t完成时限\n" + rows + "三、要求\n落实。"
    started = time.perf_counter()
    outline = outline_of(page)
    assert len(outline.measures) == 20001
    assert time.perf_counter() - started < 30  # generous: catches quadratic work, not a benchmark


def test_two_header_rows_name_the_unit_columns():
    page = read_html("""<html><body><p>二、任务</p><table>
        <tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
        <tr><th>牵头</th><th>配合</th></tr>
        <tr><td>1</td><td>疏浚河道</td><td>县水利局</td><td>县财政局</td><td>6月底前</td></tr>
        </table></body></html>""".encode(), "page.html").text
    row = outline_of(page).measures[0]
    assert measure_view(page, parse_view(page)[0], row).text == "疏浚河道。(牵头单位:县水利局。配合单位:县财政局。完成时限:6月底前)"


def test_unit_and_deadline_cells_as_tables_write_them():
    page = ("二、任务\n序号\t工作任务\t责任单位\t完成时限\n1\t修订预案\t县水利局（牵头）、县财政局\t2024年12月31日\n"
            "2\t排查隐患\t县应急局\t6月\n")
    parse = parse_view(page)[0]
    found = [extract_measure(view.text, view.parse, "2024-03-01")[0]
             for view in (measure_view(page, parse, m) for m in parse_outline(page, parse).measures)]
    assert [(r["department"], r["role"]) for r in found[0]["assignments"]] == [("县水利局", "lead"), ("县财政局", "responsible")]
    assert [r["date"] for r in found[0]["deadlines"]] == ["2024-12-31"]
    assert [r["date"] for r in found[1]["deadlines"]] == ["2024-06-30"]  # 6月 in a deadline column: its end


def test_an_off_sequence_number_after_a_line_cut_inside_a_sentence_is_no_marker():
    page = ("一、总体要求\n（一）基本原则。坚持统筹推进，按照风险程度将全县隐患点划分为一级、二级和\n"
            "三、四级，实行分级管理，确保责任落实。\n（二）工作目标。完成治理。\n二、主要任务\n加强巡查。")
    assert paths(page) == ["一/(一)", "一/(二)", "二"]
    assert paths("一、总体要求\n三、主要任务\n加强巡查。") == ["一", "三"]  # a skip after a heading stays


def test_a_table_scraped_one_cell_per_line_is_still_a_task_table():
    page = ("二、重点任务\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n完成普查资料开发\n县统计局\n县发改局\n"
            "2024年6月底前\n2\n开展统计法治宣传\n县司法局\n长期坚持\n三、工作要求\n每月通报进展。")
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["二/1", "二/2", "三"]
    parse = parse_view(page)[0]
    # the second row lost its empty 配合单位 line: the time still goes to the deadline column
    assert measure_view(page, parse, outline.measures[1]).text == "开展统计法治宣传。(牵头单位:县司法局。完成时限:长期坚持)"


def test_two_tables_one_after_the_other_are_read_apart():
    page = ("二、任务\n序号\t工作任务\t责任单位\t完成时限\n1\t修订预案\t县应急局\t4月底前\n附表二\n"
            "序号\t重点项目\t牵头单位\t完成时间\n1\t建设泵站\t县水利局\t9月底前\n2\t加固堤防\t县水利局\t10月底前\n")
    tables = task_tables(page)
    assert [len(rows) for _, _, rows in tables] == [1, 2]
    assert [m.path for m in outline_of(page).measures] == ["二/1", "二/1", "二/2"]


def test_a_scoring_table_gives_a_measure_a_criterion_and_keeps_its_points_out_of_extraction():
    from policycompare.structure import measure_view, parse_outline

    page = ("考核评分细则\n序号 | 考核项目 | 考核内容 | 分值 | 评分标准\n1 | 组织领导 | 每季度至少召开1次会议 | 10 | 每少一次扣2分\n"
            "2 | 隐患整改 | 重大隐患整改率达到100% | 20 | 每有一项未整改扣5分\n")
    rows = parse_outline(page, page).measures
    assert [row.path for row in rows] == ["1", "2"]
    assert measure_view(page, page, rows[1]).text == "隐患整改。重大隐患整改率达到100%。"


def test_dotted_row_numbers_are_rows_of_their_own_keyed_as_written():
    page = ("序号\t重点任务\t具体措施\t牵头单位\t完成时限\n1\t隐患排查\t开展排查\t县应急局\t6月底前\n"
            "1.1\t\t排查企业200家\t县应急局\t5月底前\n1.2\t\t整改率达到100%\t县应急局\t6月底前\n2\t宣传教育\t培训500人次\t县应急局\t12月底前\n")
    assert [row.path for row in parse_outline(page, page).measures] == ["1", "1.1", "1.2", "2"]


def test_a_project_lists_years_of_construction_are_its_rows_deadline(tmp_path):
    (tmp_path / "p.md").write_text(
        "# 某市2026年重点建设项目计划\n\n| 序号 | 项目名称 | 建设内容及规模 | 建设起止年限 | 责任单位 |\n|---|---|---|---|---|\n"
        "| 1 | 城东污水处理厂扩建 | 新增处理能力5万吨/日 | 2026—2027年 | 市水务局 |\n"
        "| 2 | 滨河路改造 | 改造道路3.2公里 | 2026年 | 市住建局 |\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.deadlines.date) == ["2026-12-31", "2027-12-31"]


def test_a_numbered_list_of_things_with_their_units_is_a_task_table(tmp_path):
    """序号 | 小区名称 | … | 责任单位 has no task header: the column naming the things is the row's text;
    a 合计 row is no row, and each date column is a deadline of its own (开工时间 | 完工时间)."""
    table = ("| 序号 | 小区名称 | 户数（户） | 开工时间 | 完工时间 | 责任单位 |\n| --- | --- | --- | --- | --- | --- |\n"
             "| 1 | 城南路小区 | 612 | 2026年5月 | 2026年11月 | 城南街道办事处 |\n"
             "| 2 | 纺织厂宿舍 | 480 | 2026年6月 | 2026年12月 | 城北街道办事处 |\n| 合计 | | 1092 | | | |")
    page = "四、改造计划\n" + table
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["四/1", "四/2"]
    view = measure_view(page, parse_view(page)[0], outline.measures[0])
    assert view.text.startswith("城南路小区") and "完成时限:2026年5月。完成时限:2026年11月" in view.text
    # a number under a header naming a quantity and its unit is read with them: 户数（户）| 612 -> 户数612户
    assert "户数612户。" in view.text
    a, b = view.span(view.text.index("612"), view.text.index("612") + 3)
    assert page[a:b] == "612"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    row = load_corpus(tmp_path).targets.iloc[0]
    assert (row.indicator, row.value, row.unit) == ("户数", 612.0, "户")
    assert task_tables("序号\t单位\t联系人\t电话\n1\t县水利局\t王某\t1234") == []  # a contact list


def test_a_table_without_numbers_starts_each_row_at_its_first_cell():
    page = "三、时间安排\n| 阶段 | 时间 | 主要内容 |\n| --- | --- | --- |\n| 项目梳理 | 一季度 | 完成项目库更新 |\n" \
           "| 集中推进 | 4—10月 | 项目全面实施 |\n四、保障措施\n加强领导。"
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["三/1", "三/2", "四"]  # 三 holds nothing of its rows


def test_a_problem_column_is_kept_out_of_extraction():
    page = ("一、整改任务\n序号\t反馈问题\t整改措施\t责任单位\t整改时限\n"
            "1\t露天堆放料堆12处未苫盖\t全部苫盖并建立台账\t县住建局\t2026年6月底前")
    view = measure_view(page, parse_view(page)[0], outline_of(page).measures[0])
    assert "12处" not in view.text and view.text.startswith("全部苫盖")


def test_a_leader_column_named_with_a_level_holds_persons():
    assert [column_role(h) for h in ("牵头县领导", "包联市领导", "牵头单位")] == ["person", "person", "lead"]


def test_a_progress_column_is_kept_out_of_extraction():
    page = ("二、进度滞后的主要任务\n序号\t任务内容\t责任单位\t一季度进展\n"
            "1\t新增规模以上工业企业20家\t县工业和信息化局\t新增3家")
    view = measure_view(page, parse_view(page)[0], outline_of(page).measures[0])
    assert "新增3家" not in view.text and view.text.startswith("新增规模以上工业企业20家")


def test_each_place_of_a_quota_table_answers_for_its_numbers(tmp_path):
    """序号 | 街道 | 新建助餐点（个） | 完成时限: no task column, no unit column; each street answers for its
    row, whose numbers are read under their column's name; beside a unit column the place names the
    row's things, and a table of results (得分, 完成率) or a column merely holding 乡镇 is no quota."""
    (tmp_path / "quota.txt").write_text(
        "某区民政局关于下达2026年社区老年助餐点建设任务的通知\n一、任务分解\n各街道按下表落实。\n"
        "序号\t街道（镇）\t新建助餐点（个）\t其中农村助餐点（个）\t完成时限\n"
        "1\t三台子街道\t4\t1\t6月30日前\n2\t彭浦镇\t3\t2\t9月30日前\n某区民政局\n2026年3月16日\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.measures.path.tolist() == ["一/1", "一/2"]
    rows = corpus.assignments[corpus.assignments.source == "annotation"]
    assert rows[["department", "role"]].values.tolist() == [["三台子街道", "responsible"], ["彭浦镇", "responsible"]]
    assert corpus.targets[["indicator", "value", "unit"]].values.tolist() == [
        ["新建助餐点", 4.0, "个"], ["农村助餐点", 1.0, "个"], ["新建助餐点", 3.0, "个"], ["农村助餐点", 2.0, "个"]]
    assert sorted(corpus.deadlines.date) == ["2026-06-30", "2026-09-30"]
    assert task_tables("序号\t乡镇\t粮食播种面积（亩）\t责任单位\n1\t八面城镇\t265000\t八面城镇人民政府")[0][2][0].cells[0][0] == "task"
    assert task_tables("序号\t街道（乡镇）\t综合得分\t排名\n1\t右安门街道\t94.6\t1\n2\t新村街道\t93.8\t2") == []
    assert task_tables("序号\t乡镇\t年度任务（个）\t已完成（个）\t完成率\n1\t潋江镇\t8\t8\t100%\n2\t长冈乡\t6\t5\t83%") == []
    assert [column_role(h) for h in ("包干乡镇卫生院", "所在街道", "乡镇（街道）")] == [None, "remark", "place"]
    # Inner Mongolia's townships and villages (苏木镇, 嘎查村) head a place column as 乡镇 and 村 do
    assert [column_role(h) for h in ("苏木镇", "苏木（镇）", "嘎查村")] == ["place", "place", "place"]


def test_a_sector_supervisor_column_supervises():
    assert [column_role(h) for h in ("行业监管部门", "监管部门")] == ["supervise", "supervise"]


def test_a_group_row_names_its_group_in_any_column_and_a_merged_row_keeps_its_quantities(tmp_path):
    """| 一 | 经济部门 | | |: a group's numeral and name, though the name stands in the unit column; a
    row continued over two lines (a merged cell) reads its quantity cells with their headers."""
    (tmp_path / "quota.md").write_text(
        "# 某县人民政府关于印发招商引资目标任务分解表的通知\n\n| 序号 | 责任单位 | 配合单位 | 新签约项目（个） |\n|---|---|---|---|\n"
        "| 一 | 经济部门 | | |\n| 1 | 县工业和信息化局 | 县科技局 | 3 |\n| | | 县商务局 | 2 |\n"
        "| 二 | 综合部门 | | |\n| 2 | 县财政局 | | 1 |\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.report.status.tolist() != ["failed"]  # no crash on the merged row
    assert corpus.measures.path.tolist() == ["一/1", "二/2"]
    assert corpus.targets[["indicator", "value"]].values.tolist() == [["新签约项目", 3.0], ["新签约项目", 2.0], ["新签约项目", 1.0]]


def test_a_village_column_with_its_kinds_in_brackets_names_the_rows_and_a_leader_column_holds_persons():
    page = ("三、任务分解\n| 序号 | 村（社区） | 户厕改造（户） | 完成时限 | 包村领导 | 责任单位 |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 1 | 魏集村 | 150 | 6月30日前 | 王某某 | 魏集村村民委员会 |\n| 2 | 房湾村 | 110 | 8月31日前 | 张某某 | 房湾村村民委员会 |")
    view = measure_view(page, parse_view(page)[0], outline_of(page).measures[0])
    assert view.text.startswith("魏集村") and "户厕改造150户" in view.text and "王某某" not in view.text


def test_a_quota_row_without_numbers_starts_at_its_place():
    page = ("二、任务分配\n| 镇 | 内资实际到位（亿元） | 新签约亿元以上项目（个） | 完成时限 |\n|---|---|---|---|\n"
            "| 新开河镇 | 8 | 4 | 12月20日前 |\n| 桑林镇 | 6 | 3 | 11月30日前 |")
    outline = outline_of(page)
    assert [m.path for m in outline.measures] == ["二/1", "二/2"]
    assert page[outline.measures[0].content_start:].startswith("新开河镇")  # not at the number 8


def test_a_provinces_cities_as_one_column_answer_for_their_quotas():
    assert [column_role(h) for h in ("市州", "县区", "市（州）")] == ["place", "place", "place"]


def test_a_village_committee_column_answers_for_its_quota():
    assert column_role("村委会") == "place"
    page = ("二、任务分解\n序号\t村委会\t粮食播种面积（亩）\t完成时限\n1\t小海子村委会\t8200\t6月30日前\n2\t前所村委会\t6500\t6月30日前")
    row = outline_of(page).measures[0]
    assert [(r, page[a:b]) for r, a, b in row.cells if r == "responsible"] == [("responsible", "小海子村委会")]


def test_a_bare_unit_column_beside_quotas_names_who_answers_for_each_row():
    page = ("一、任务分配\n| 序号 | 单位 | 经营企业检查数（家） | 使用单位检查数（家） | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 广州市市场监管局 | 420 | 85 | 9月30日前 |\n| 2 | 韶关市市场监管局 | 160 | 40 | 10月31日前 |")
    rows = [extract_measure(text, parse_view(text)[0])[0] for text in
            (measure_view(page, parse_view(page)[0], m).text for m in outline_of(page).measures)]
    assert [[(r["department"], r["role"]) for r in found["assignments"]] for found in rows] == [
        [("广州市市场监管局", "responsible")], [("韶关市市场监管局", "responsible")]]
    assert column_role("区镇") == "place" and column_role("考核单位") == "assess"


def test_a_share_column_is_a_quota_column(tmp_path):
    (tmp_path / "a.md").write_text(
        "# 某县快递进村工作方案\n\n二、任务分解\n\n| 序号 | 乡镇 | 村级寄递物流服务站点（个） | 快递进村覆盖率（%） | 完成时限 |\n"
        "|---|---|---|---|---|\n| 1 | 城关镇 | 12 | 100 | 6月30日前 |\n| 2 | 河口镇 | 9 | 95 | 9月30日前 |\n", encoding="utf-8")
    targets = load_corpus(tmp_path).targets
    assert targets[["indicator", "value"]].values.tolist() == [
        ["村级寄递物流服务站点", 12.0], ["快递进村覆盖率", 100.0], ["村级寄递物流服务站点", 9.0], ["快递进村覆盖率", 95.0]]


def test_a_hazard_lists_problem_column_is_a_remark_and_the_row_starts_at_its_rectification():
    page = ("一、隐患整改清单\n| 序号 | 隐患单位 | 隐患内容 | 整改措施 | 整改时限 | 责任单位 |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 1 | 鸿达家具有限公司 | 喷漆车间未设置防火分隔 | 砌筑防火隔墙 | 2026年6月30日 | 镇综合行政执法队 |\n"
            "| 2 | 宏远玻璃制品厂 | 厂房内设置员工宿舍 | 宿舍搬出厂房 | 2026年5月31日 | 镇应急管理办公室 |")
    assert column_role("隐患内容") == "remark"
    outline = outline_of(page)
    assert page[outline.measures[0].content_start:].startswith("砌筑防火隔墙")


def test_a_banks_lending_quota_table_reads_its_money_column(tmp_path):
    (tmp_path / "a.md").write_text(
        "# 浏阳市首贷培植行动方案\n\n附件：任务分解\n\n| 序号 | 银行 | 新增贷款（亿元） | 新增首贷户（户） | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 农业银行浏阳市支行 | 6.5 | 150 | 2026年12月底前 |\n| 2 | 浏阳农商银行 | 8 | 300 | 2026年12月底前 |\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.assignments.department.tolist() == ["农业银行浏阳市支行", "浏阳农商银行"]
    assert corpus.targets[["indicator", "value"]].values.tolist() == [
        ["新增贷款", 650000000.0], ["新增首贷户", 150.0], ["新增贷款", 800000000.0], ["新增首贷户", 300.0]]
    # a project list's money stays a sum planned, no target (reviewsets 28 and 35)
    (tmp_path / "a.md").write_text(
        "# 某县重点项目计划\n\n一、项目清单\n\n| 序号 | 项目名称 | 总投资（万元） | 责任单位 |\n|---|---|---|---|\n"
        "| 1 | 城区供水管网改造 | 3200 | 县住建局 |\n| 2 | 污水处理厂扩建 | 5600 | 县水务局 |\n", encoding="utf-8")
    assert load_corpus(tmp_path).targets.empty


def test_an_indicator_tables_name_cell_labels_the_value_beside_it(tmp_path):
    (tmp_path / "a.md").write_text(
        "# 某市儿童发展规划2026年度监测任务\n\n一、主要指标\n\n| 序号 | 指标 | 目标值 | 牵头单位 | 配合单位 |\n|---|---|---|---|---|\n"
        "| 1 | 婴儿死亡率 | 控制在5‰以下 | 市卫生健康委 | 市统计局 |\n| 2 | 学前教育毛入园率 | ≥92% | 市教育局 | 市财政局 |\n",
        encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.measures.text.str.startswith(("婴儿死亡率", "学前教育毛入园率")).all()
    assert corpus.targets[["indicator", "comparator", "value"]].values.tolist() == [
        ["婴儿死亡率", "<=", 5.0], ["学前教育毛入园率", ">=", 92.0]]


def test_a_reserve_companys_column_answers_for_its_quota():
    assert column_role("承储企业") == "place"
    page = ("三、收购任务\n| 序号 | 承储企业 | 收购库点 | 收购数量（吨） |\n| --- | --- | --- | --- |\n"
            "| 1 | 某县粮食储备有限公司 | 城关库 | 30000 |\n| 2 | 某县兴农粮油有限公司 | 河口库 | 18000 |")
    row = outline_of(page).measures[0]
    assert [(r, page[a:b]) for r, a, b in row.cells if r == "responsible"] == [("responsible", "某县粮食储备有限公司")]


def test_a_village_table_reads_its_paired_units_and_income_targets(tmp_path):
    (tmp_path / "a.md").write_text(
        "# 黄桥镇2026年村级集体经济增收目标\n\n一、增收目标\n\n| 序号 | 村 | 集体经营性收入目标（万元） | 包联单位 |\n|---|---|---|---|\n"
        "| 1 | 祁巷村 | 85 | 镇经济发展局 |\n| 2 | 溪桥村 | 60 | 镇财政分局 |\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.assignments[["department", "role"]].values.tolist() == [["镇经济发展局", "responsible"], ["镇财政分局", "responsible"]]
    assert corpus.targets[["indicator", "value"]].values.tolist() == [["集体经营性收入目标", 850000.0], ["集体经营性收入目标", 600000.0]]


def test_a_table_of_what_each_unit_has_done_holds_no_tasks():
    page = ("一、总体进展\n| 承办单位 | 承办件数 | 已答复 | 办结率 |\n| --- | --- | --- | --- |\n"
            "| 市教育局 | 36 | 36 | 100% |\n| 市交通运输局 | 25 | 14 | 56.0% |\n二、下步工作\n（一）加快办理。各承办单位要抓紧办理。")
    assert [node.path for node in outline_of(page).measures] == ["一", "二/(一)"]


def test_a_list_of_cases_is_read_from_its_title_column():
    page = ("二、领办分工\n序号\t类别\t标题\t主办单位\t协办单位\n1\t建议\t关于加快县域医共体建设的建议\t市卫生健康委\t市医保局\n"
            "2\t提案\t关于深化生态产品价值实现的提案\t市发展改革委\t市林业局")
    row = outline_of(page).measures[0]
    assert page[row.content_start:].startswith("关于加快县域医共体建设的建议")


def test_a_numbered_contact_item_closes_the_text():
    page = ("一、工作目标\n年底前完成入库。\n二、工作要求\n各单位按时报送。\n"
            "四、联系方式。局国土空间规划科：林某某，联系电话0591-85220000。\n福清市自然资源和规划局\n2026年4月20日")
    assert [node.path for node in outline_of(page).measures] == ["一", "二"]


def test_the_units_listed_under_whom_a_rule_covers_do_not_act(tmp_path):
    (tmp_path / "a.txt").write_text(
        "城固县2026年度保障农民工工资支付工作考核细则\n\n一、考核对象\n各镇人民政府和县住房和城乡建设局、县交通运输局等承担监管职责的县直部门。\n"
        "二、考核方式\n县人社局会同县住建局每季度开展一次督查。\n", encoding="utf-8")
    assignments = load_corpus(tmp_path).assignments
    assert assignments.measure_id.str.endswith("m001").sum() == 0
    assert set(assignments.department) == {"县人社局", "县住建局"}


def test_a_ledger_of_documents_to_clean_up_is_read_row_by_row():
    page = ("一、清理结果\n| 序号 | 文件名称 | 制定机关 | 问题 | 处理意见 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 关于促进建筑业发展的若干措施 | 县住房和城乡建设局 | 限定本地企业 | 修订 |\n"
            "| 2 | 招商引资优惠办法 | 县商务局 | 违规返还税收 | 废止 |")
    rows = outline_of(page).measures
    assert [row.path for row in rows] == ["一/1", "一/2"]
    assert [page[a:b] for role, a, b in rows[0].cells if role == "responsible"] == ["县住房和城乡建设局"]


def test_a_scenario_list_names_each_scenario_first():
    """序号 | 场景名称 | 建设内容 | 牵头单位 | 完成时限: a row opens with the scenario's name, as a project list does."""
    page = "序号\t场景名称\t建设内容\t牵头单位\t完成时限\n1\t无人机医疗物资配送\t开通医疗物资配送航线5条\t市卫生健康委\t2026年9月底前"
    (_, _, rows), = task_tables(page)
    assert page[rows[0].content_start:rows[0].end].startswith("无人机医疗物资配送\t开通")
    assert column_role("单位名称") == "responsible" and column_role("企业名称") is None  # a ledger's firms state no task


def test_a_responsibility_table_names_its_departments_and_leaves_its_leaders_out():
    assert column_role("包保部门") == "responsible" and column_role("包保县级领导") == "person"
