"""Loading whole corpora: every file accounted for, bad input reported, results reproducible."""

import shutil

import pandas as pd
import pytest

import policycompare as pc
from policycompare.corpus import DOCUMENT_COLUMNS, MEASURE_COLUMNS

from .seeds import RAW, ROOT, SEEDS


def test_the_embedded_corpus_loads_every_seed(corpus, annotations):
    assert corpus.report.status.isin(["ok", "warning"]).all()
    assert sorted(corpus.documents.source_file) == sorted(p.name for p in SEEDS)
    assert corpus.documents.n_measures.sum() == len(corpus.measures) == sum(
        len(a["measures"]) for a in annotations.values())
    assert list(corpus.documents.columns) == DOCUMENT_COLUMNS
    assert list(corpus.measures.columns) == MEASURE_COLUMNS
    assert corpus.measures.measure_id.is_unique


def test_two_loads_give_identical_tables(corpus):
    again = pc.load_corpus(ROOT / "corpus")
    for name in pc.Corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(again, name))


@pytest.fixture()
def bad_folder(tmp_path):
    """The seeds plus one file for every kind of bad input the loader must survive."""
    folder = tmp_path / "raw"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    page = (RAW / "004_5aaf9744da0f674b.txt").read_text(encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "gbk.txt").write_bytes(page.replace("\xa0", " ").encode("gbk"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    (folder / "no_outline.txt").write_text("关于做好某项工作的通知\n\n请各单位认真落实。\n\n2020年1月2日", encoding="utf-8")
    (folder / "brackets.txt").write_text(page.replace("(责任部门:办公室、有关处室)。", "(责任部门:办公室、有关处室。", 1),
                                         encoding="utf-8")
    return folder


def test_bad_input_is_reported_never_dropped(bad_folder):
    corpus = pc.load_corpus(bad_folder)
    report = corpus.report.set_index(corpus.report.source_file.str.rsplit("/", n=1).str[-1])
    assert len(report) == len(list(bad_folder.iterdir()))
    assert report.loc["empty.txt", "status"] == "failed" and "empty file" in report.loc["empty.txt", "reason"]
    assert report.loc["binary.txt", "status"] == "failed" and "binary" in report.loc["binary.txt", "reason"]
    docs = corpus.documents.set_index("source_file")
    assert docs.loc["gbk.txt", "encoding"] == "gb18030" and docs.loc["bom.txt", "encoding"] == "utf-8-sig"
    seed = corpus.measures[corpus.measures.doc_id == "004_5aaf9744da0f674b"].text.tolist()
    for variant in ("gbk", "bom"):
        assert corpus.measures[corpus.measures.doc_id == variant].text.str.replace("\xa0", " ").tolist() == [
            t.replace("\xa0", " ") for t in seed]
    assert docs.loc["no_outline.txt", "n_measures"] == 1
    assert "no outline markers" in report.loc["no_outline.txt", "reason"]
    assert "unclosed bracket" in report.loc["brackets.txt", "reason"]
    assert docs.loc["brackets.txt", "n_measures"] == 16
    assert "same bytes as 004_5aaf9744da0f674b" not in report.loc["bom.txt", "reason"]


def test_strict_loading_raises_and_names_the_file(bad_folder):
    with pytest.raises(pc.CorpusError, match=r"binary\.txt:\d+: binary file"):
        pc.load_corpus(bad_folder, strict=True)


def test_a_copied_file_is_a_duplicate_row_counted_once(tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(RAW / "004_5aaf9744da0f674b.txt", tmp_path / name)
    corpus = pc.load_corpus(tmp_path)
    assert corpus.report.status.tolist() == ["ok", "duplicate"]
    assert "same bytes as" in corpus.report.reason[1] and corpus.report.reason[1].count("a.txt") == 1
    assert corpus.documents.doc_id.tolist() == ["a"] and set(corpus.measures.doc_id) == {"a"}
    assert list(corpus.texts) == ["a"]


def test_a_twenty_megabyte_file_loads_whole(tmp_path):
    page = (RAW / "001_af02048d2d89f97e.txt").read_text(encoding="utf-8")
    head, body = page.split("一、大力提高", 1)
    copies = 20_000_000 // len(("一、大力提高" + body).encode()) + 1
    big = tmp_path / "big.txt"
    big.write_text(head + ("一、大力提高" + body) * copies, encoding="utf-8")
    assert big.stat().st_size > 20_000_000
    corpus = pc.load_corpus(big)
    assert corpus.documents.n_measures.item() == 22 * copies
    assert corpus.report.status.item() == "warning"  # the repeated numbering goes back, and says so


def test_the_manifest_fills_what_the_text_never_says_and_flags_conflicts(tmp_path):
    manifest = pd.DataFrame({
        "file": ["001_af02048d2d89f97e.txt", "003_f572bcd16cf0a2fa.txt"],
        "jurisdiction": ["某区", ""],
        "admin_level": ["", "county"],
    })
    corpus = pc.load_corpus([RAW / "001_af02048d2d89f97e.txt", RAW / "003_f572bcd16cf0a2fa.txt"], manifest=manifest)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["001_af02048d2d89f97e", ["jurisdiction", "admin_level", "from_manifest"]].tolist() == [
        "某区", "county", "jurisdiction"]
    assert docs.loc["003_f572bcd16cf0a2fa", "admin_level"] == "prefecture"
    assert "manifest says admin_level='county', the text says 'prefecture'" in corpus.warnings.message.tolist()


def test_a_manifest_column_named_like_a_documents_column_is_kept_beside_it():
    corpus = pc.load_corpus(RAW, manifest=pd.DataFrame({"file": [SEEDS[0].name], "date": ["2017-01-01"]}))
    assert corpus.docvars == ["manifest_date"]
    assert corpus.documents.manifest_date.tolist()[0] == "2017-01-01"
    assert corpus.documents.date.tolist()[0] == "2017-05-03"  # the text's own date keeps its column


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_round_trip_through_files(corpus, tmp_path, fmt):
    written = corpus.write(tmp_path, fmt)
    assert [p.name for p in written] == [f"{name}.{fmt}" for name in pc.Corpus.TABLES]
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    measures = read(tmp_path / f"measures.{fmt}", **({"keep_default_na": False} if fmt == "csv" else {}))
    assert measures.measure_id.tolist() == corpus.measures.measure_id.tolist()
    assert measures.text.tolist() == corpus.measures.text.tolist()


def _variant_corpus(tmp_path, transform):
    for seed in SEEDS:
        (tmp_path / seed.name).write_text(transform(seed.read_text(encoding="utf-8")), encoding="utf-8")
    return pc.load_corpus(tmp_path)


def test_a_traditional_character_page_parses_like_its_simplified_original(corpus, tmp_path):
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    variant = _variant_corpus(tmp_path, to_traditional)
    assert (variant.documents.script == "traditional").all()
    assert variant.measures.path.tolist() == corpus.measures.path.tolist()
    assert variant.documents.date.tolist() == corpus.documents.date.tolist()
    assert variant.measures.heading.tolist() == [to_traditional(h) for h in corpus.measures.heading]
    # simplified characters, so that documents compare across scripts; the text keeps what the page said
    for column in ("title", "enclosed_title", "issuer", "issuers", "doc_number", "jurisdiction", "province",
                   "admin_level"):
        assert variant.documents[column].tolist() == corpus.documents[column].tolist()


def test_full_width_punctuation_and_digits_parse_like_half_width(corpus, tmp_path):
    to_full = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}, " ": "\u3000"})
    variant = _variant_corpus(tmp_path, lambda text: text.translate(to_full))
    assert variant.measures.path.tolist() == corpus.measures.path.tolist()
    assert variant.documents.date.tolist() == corpus.documents.date.tolist()
    assert variant.measures.label.str.contains("（|．").any()  # labels keep what the page said


def test_files_parsed_in_worker_processes_give_identical_tables(corpus, monkeypatch):
    import policycompare.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "PARALLEL_FILES", 2)
    monkeypatch.setattr(corpus_module, "CHUNK_FILES", 2)  # three chunks, joined with the same column types
    parallel = pc.load_corpus(ROOT / "corpus")
    for name in pc.Corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(corpus, name))
    assert parallel.texts == corpus.texts


PLAN = ("{place}人民政府办公室关于印发{place}农村供水保障实施方案的通知\n"
        "一、主要目标\n到2026年底，农村自来水普及率达到{rate}%以上。（牵头单位：{place}水利局）\n"
        "二、保障措施\n加强资金保障。\n{place}人民政府办公室\n2025年3月{day}日\n")


def test_a_table_of_documents_gives_one_document_per_row_with_its_columns_as_docvars(tmp_path):
    # shared datasets come as spreadsheets: province, year, title, source_url, full_text (one row a document)
    rows = pd.DataFrame({"province": ["江西省", "湖南省"], "year": ["2025", "2025"],
                         "full_text": [PLAN.format(place="安远县", rate=92, day=4),
                                       PLAN.format(place="桑植县", rate=90, day=18)]})
    rows.to_csv(tmp_path / "plans.csv", index=False, encoding="utf-8-sig")
    pd.DataFrame({"正文": [PLAN.format(place="安远县", rate=95, day=25)]}).to_excel(tmp_path / "one.xlsx", index=False)
    pd.DataFrame({"file": ["a.txt"], "jurisdiction": ["安远县"]}).to_csv(tmp_path / "list.csv", index=False)
    corpus = pc.load_corpus(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert docs.index.tolist() == ["one", "plans-1", "plans-2"]
    assert docs.jurisdiction.tolist() == ["安远县", "安远县", "桑植县"]  # from each row's own text
    assert docs.loc["plans-2", "year"] == "2025" and docs.loc["plans-2", "date"] == "2025-03-18"
    assert corpus.targets.groupby("doc_id").value.first().tolist() == [95, 92, 90]
    report = corpus.report.set_index("doc_id")
    assert report.loc["plans-2", "source_file"].endswith("plans.csv, row 2")
    # a table without a text column is not a document table: skipped, and the reason says what would make it one
    assert report.loc["list", "status"] == "skipped" and "text column" in report.loc["list", "reason"]


def test_a_sections_lead_that_sets_targets_is_a_measure_and_an_introduction_is_not():
    # a work report's 今年主要预期目标 paragraph stands under 三、 above (一)(二): its targets are kept
    report = ("政府工作报告\n——2026年1月20日在松阳县第十八届人民代表大会第五次会议上\n"
              "一、2025年工作回顾\n全县地区生产总值增长6.1%。\n"
              "二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
              "城镇新增就业3500人以上，城镇调查失业率控制在5%以内。\n"
              "（一）做强生态工业。新增规上工业企业30家。\n（二）建设美丽乡村。完成农房改造1200户。\n"
              "三、加强政府自身建设\n我们将坚持依法行政。\n（一）建设法治政府。\n（二）建设廉洁政府。\n")
    corpus = pc.from_texts({"songyang": report})
    assert corpus.measures.path.tolist() == ["一", "二", "二/(一)", "二/(二)", "三/(一)", "三/(二)"]
    assert corpus.documents.n_measures.tolist() == [6]
    lead = corpus.measures.measure_id[corpus.measures.path == "二"].item()
    targets = corpus.targets[corpus.targets.measure_id == lead]
    assert targets.value.tolist() == [6, 3500, 5] and set(targets.year) == {2026}
    assert (corpus.outline.set_index("path").loc["二", "kind"]) == "section"  # the outline is unchanged


def test_figures_under_a_review_heading_are_results_not_targets():
    # 一、"十四五"时期和2025年工作回顾 with (一)(二) under it: the children report results
    report = ("政府工作报告\n——2026年1月22日在临湘市第十届人民代表大会第五次会议上\n"
              "一、“十四五”时期和2025年工作回顾\n（一）经济实力跃上新台阶。地区生产总值达到520亿元，年均增长6.3%。\n"
              "（二）民生福祉持续增进。城镇新增就业累计2.6万人。\n"
              "二、2026年主要任务\n（一）稳定经济增长。地区生产总值增长6%左右。\n")
    corpus = pc.from_texts({"linxiang": report})
    paths = dict(zip(corpus.measures.measure_id, corpus.measures.path))
    assert [paths[m] for m in corpus.targets.measure_id] == ["二/(一)"]
    assert corpus.targets.value.tolist() == [6]


def test_a_report_of_results_has_targets_only_where_it_looks_ahead():
    # a 政府信息公开工作年度报告 counts last year's work; its 改进情况 commits to what comes
    report = ("和田县人民政府2025年政府信息公开工作年度报告\n和田县人民政府办公室\n2026年1月28日\n"
              "一、总体情况\n全年主动公开政府信息3210条，比上年增长6.2%；新收政府信息公开申请57件。\n"
              "二、存在的主要问题及改进情况\n2026年依申请公开按时办结率保持100%，6月底前完成专栏栏目优化。\n")
    corpus = pc.from_texts({"hetian": report})
    assert _where(corpus, "targets", "value") == [("二", 100)]
    assert {path for path, _ in _where(corpus, "deadlines", "raw")} == {"二"}
    # a statistical bulletin reports only results; its notes (注:1. …) are no measures
    bulletin = ("永修县2025年国民经济和社会发展统计公报\n永修县统计局\n2026年3月20日\n"
                "一、综合\n全年地区生产总值达到286.5亿元，比上年增长5.4%。\n"
                "二、农业\n全年粮食产量稳定在22.1万吨，增长1.2%。\n"
                "注：1.本公报中部分数据为初步统计数。\n2.增长速度按可比价格计算。\n")
    corpus = pc.from_texts({"yongxiu": bulletin})
    assert corpus.measures.path.tolist() == ["一", "二"] and corpus.targets.empty
    assert corpus.documents.genre.tolist() == ["公报"]


def test_a_section_headed_by_a_past_year_reports_results():
    report = ("沭阳县政府工作报告\n——2026年1月13日在沭阳县第十八届人民代表大会第五次会议上\n"
              "一、2025年主要工作\n全县地区生产总值增长6.3%，新建改造桥梁60座。\n"
              "二、2026年发展目标\n地区生产总值增长6%左右，单位产值能耗较2025年下降3%。\n")
    assert _where(pc.from_texts({"shuyang": report}), "targets", "value") == [("二", 6), ("二", 3)]


def test_thresholds_under_a_heading_of_conditions_are_no_targets():
    call = ("关于组织申报2026年度市级工业发展专项资金项目的通知\n"
            "一、支持方向\n对新认定的省级工业设计中心，每家奖励最高不超过50万元。\n"
            "二、申报条件\n申报企业须在本市注册，2025年营业收入2000万元以上，研发费用占比不低于3%。\n")
    assert _where(pc.from_texts({"call": call}), "targets", "value") == [("一", 500000)]


def test_a_standing_rules_dates_without_a_year_fall_every_year():
    regulation = ("# 鹰潭市档案管理条例\n\n2018年6月1日 鹰潭市第八届人民代表大会常务委员会第十次会议通过\n\n"
                  "第一条 为了加强档案管理，制定本条例。\n\n第二条 档案馆应当于次年六月三十日前接收上一年度的档案。\n")
    rows = pc.from_texts({"yingtan": regulation}).deadlines
    assert rows[["raw", "kind", "period"]].values.tolist() == [["次年六月三十日前", "recurring", "year"]]
    plan = regulation.replace("# 鹰潭市档案管理条例", "# 鹰潭市2018年档案清理办法")  # a year's one-off keeps its date
    assert pc.from_texts({"yingtan": plan}).deadlines.date.tolist() == ["2019-06-30"]
    revised = regulation.replace("# 鹰潭市档案管理条例", "# 鹰潭市档案管理条例（2018年修订）")  # a version's year
    assert pc.from_texts({"yingtan": revised}).deadlines.kind.tolist() == ["recurring"]


def _where(corpus, table: str, column: str) -> list[tuple[str, object]]:
    """(measure path, value of ``column``) of each row of one of ``corpus``'s extraction tables."""
    paths = dict(zip(corpus.measures.measure_id, corpus.measures.path))
    rows = getattr(corpus, table)
    return [(paths[m], value) for m, value in zip(rows.measure_id, rows[column])]


def test_a_target_takes_the_year_its_sections_heading_names():
    plan = ("桐庐县2026年民生实事项目实施方案\n一、2026年重点任务\n（一）新增托位300个。\n"
            "（二）到2027年，完成农村公路提升80公里。\n二、2025—2027年保障措施\n（一）培训护理员200人次。\n")
    corpus = pc.from_texts({"tonglu": plan})
    years = corpus.targets.set_index("value").year
    assert years[300] == 2026 and years[80] == 2027  # the sentence's own year wins over the heading's
    assert pd.isna(years[200])  # a span of years names no one year


def test_a_report_with_unnumbered_part_headings_keeps_the_targets_of_its_forward_parts():
    # reprinted by a newspaper: the parts 一、二、三、 lost their numbers, only (一)(二) of the last remain
    report = ("政府工作报告\n——2026年1月25日在宜州市第五届人民代表大会第六次会议上\n各位代表：\n"
              "2025年工作回顾\n过去一年，全市地区生产总值增长5.8%，城镇新增就业4100人，各项工作取得新成效。\n"
              "2026年主要目标和重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4500人以上。\n"
              "重点抓好以下工作：\n（一）做强特色产业。新增规上工业企业12家。\n（二）推进乡村振兴。建设高标准农田3万亩。\n")
    corpus = pc.from_texts({"yizhou": report})
    targets = corpus.targets.merge(corpus.measures[["measure_id", "path", "heading"]])
    assert targets[["path", "heading", "value"]].values.tolist() == [
        ["", "2026年主要目标和重点工作", 6], ["", "2026年主要目标和重点工作", 4500], ["(一)", "做强特色产业", 12],
        ["(二)", "推进乡村振兴", 30000]]
    assert set(targets.year[targets.path == ""]) == {2026}  # the review's results are not targets


def test_a_goals_paragraph_of_a_preamble_is_a_measure_headed_by_its_announcement():
    # a township's 工作要点: its goals stand in one paragraph above 一、, with no heading line of their own
    plan = ("某乡2026年工作要点\n乡党委、政府将围绕“产业兴乡”思路，推动各项工作提质增效。\n"
            "全年主要预期目标：农业总产值增长6%，村集体经济收入达到320万元。\n"
            "一、做强茶产业\n1.新建标准化茶园500亩。\n2.培育茶叶合作社4家。\n")
    corpus = pc.from_texts({"xiang": plan})
    targets = corpus.targets.merge(corpus.measures[["measure_id", "path", "heading"]])
    assert targets[["path", "heading", "value"]].values.tolist() == [
        ["", "全年主要预期目标", 6], ["", "全年主要预期目标", 3_200_000], ["一/1", "新建标准化茶园500亩", 500], ["一/2", "培育茶叶合作社4家", 4]]
    # an introduction that sets nothing stays out of the measures
    assert list(corpus.measures.path) == ["", "一/1", "一/2"]


def _assignments_by_path(text: str, columns: list[str]) -> list[list]:
    """The assignments of one text as rows of ``columns``, the measure's path among them."""
    corpus = pc.from_texts({"doc": text})
    return corpus.assignments.merge(corpus.measures[["measure_id", "path"]])[columns].values.tolist()


def test_a_note_line_closing_a_group_of_items_names_who_does_each_of_them():
    split = ("某市防汛能力建设任务分解\n一、完善预案体系\n1.修订防汛预案\n(1)修订城区内涝应急预案。\n"
             "(2)组织开展汛前实战演练。\n(责任单位:市应急管理局、各区县人民政府)\n"
             "2.加强物资储备\n(1)补充抢险物资。(责任单位:市发展改革委)\n(2)建立物资调用台账。(责任单位:市粮食和储备局)\n")
    # the line after 1's last item holds for both its items; 2's items each carry their own note
    assert _assignments_by_path(split, ["path", "department"]) == [
        ["一/1/(1)", "市应急管理局"], ["一/1/(1)", "各区县人民政府"],
        ["一/1/(2)", "市应急管理局"], ["一/1/(2)", "各区县人民政府"],
        ["一/2/(1)", "市发展改革委"], ["一/2/(2)", "市粮食和储备局"]]


def test_the_lead_a_group_heading_names_holds_for_its_items_in_a_numbered_attachment():
    notice = ("各镇人民政府，县直各单位：\n现将任务清单印发给你们，并就有关事项通知如下。\n一、压实责任。各单位逐项细化任务。\n"
              "二、按月调度。各单位每月报送进展。\n某县人民政府办公室\n2025年4月2日\n"
              "附件1\n2025年县政府工作报告任务清单\n一、县文旅局牵头工作(2项)\n1.创建省级旅游度假区。\n"
              "2.举办乡村文化节。\n二、县交通运输局牵头工作(1项)\n3.改造农村公路60公里。\n")
    assert _assignments_by_path(notice, ["path", "department", "role"]) == [
        ["一", "各单位", "mentioned"], ["二", "各单位", "mentioned"],  # the notice's own items: every unit acts
        ["附件/一/1", "县文旅局", "lead"], ["附件/一/2", "县文旅局", "lead"], ["附件/二/3", "县交通运输局", "lead"]]


def test_a_short_name_the_document_defines_is_its_unit(tmp_path):
    """X(以下简称Y): where the regulation later writes Y, the unit is X (raw_name keeps Y)."""
    (tmp_path / "water.txt").write_text(
        "某市城市供水管理条例\n\n第一条 为了加强城市供水管理，制定本条例。\n\n"
        "第二条 某市水务局（以下简称市水务局）是本市供水行政主管部门。\n\n"
        "第三条 市水务局应当会同市发展改革委制定供水规划。\n", encoding="utf-8")
    rows = pc.load_corpus(tmp_path / "water.txt").assignments
    # 第二条 designates the department in charge (it acts); 第三条 writes its short name
    assert rows[["department", "raw_name"]].values.tolist() == [
        ["某市水务局", "某市水务局"], ["某市水务局", "市水务局"], ["市发展改革委", "市发展改革委"]]


def test_a_text_without_a_date_takes_the_date_of_its_file_name_with_a_warning(tmp_path):
    import policycompare as pc

    body = "# 某市养犬管理办法\n\n<!-- INFO END -->\n\n第一条 为了规范养犬行为，制定本办法。\n\n第二条 本办法自公布之日起施行。\n"
    (tmp_path / "某市养犬管理办法(1995-06-30).md").write_text(body, encoding="utf-8")
    signed = "某县人民政府办公室关于做好防汛工作的通知\n\n一、加强值守。\n\n某县人民政府办公室\n2021年6月1日\n"
    (tmp_path / "notice_2020-01-01.txt").write_text(signed, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    dates = dict(zip(corpus.documents.source_file, zip(corpus.documents.date, corpus.documents.date_source)))
    assert dates["某市养犬管理办法(1995-06-30).md"] == ("1995-06-30", "file name")
    assert dates["notice_2020-01-01.txt"] == ("2021-06-01", "signature")  # the text's own date wins
    assert any("read from the file name" in message for message in corpus.warnings.message)


def test_an_undated_plan_dates_its_deadlines_in_the_year_its_title_names(tmp_path):
    """A township's 工作要点 copied from its page without a date: 3月底前 and 年内 fall in the one year
    the title names. The document's own date stays empty, and a title naming two years anchors nothing."""
    body = ("一、发展特色产业\n1.新建高山蔬菜基地1500亩，4月底前完成移栽。（责任单位：镇农业服务中心）\n"
            "2.年内建成农产品冷链仓储点2个。（责任单位：镇经发办）\n")
    (tmp_path / "points.txt").write_text("峨边县黑竹沟镇2025年工作要点\n\n" + body, encoding="utf-8")
    (tmp_path / "review.txt").write_text("黑竹沟镇2024年工作总结和2025年工作打算\n\n" + body, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    assert corpus.documents.set_index("doc_id").date.fillna("").to_dict() == {"points": "", "review": ""}
    dates = corpus.deadlines.groupby("doc_id").date.apply(lambda s: sorted(s.fillna(""))).to_dict()
    assert dates == {"points": ["2025-04-30", "2025-12-31"], "review": ["", ""]}


def test_a_bare_heading_naming_the_year_is_no_measure(tmp_path):
    (tmp_path / "report.txt").write_text(
        "某市政府工作报告\n\n一、2025年工作回顾\n过去一年，全市生产总值增长5.4%。\n\n三、今年重点工作\n"
        "（一）扛稳粮食安全重任。新建高标准农田45万亩。\n（二）增进民生福祉。新增城镇公办幼儿园学位3000个。\n", encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    assert corpus.measures.path.tolist() == ["一", "三/(一)", "三/(二)"]
    assert corpus.deadlines.empty


def test_a_rhythm_under_problems_found_is_no_recurring_duty():
    page = ("某县教育局关于幼儿园安全检查情况的通报\n\n一、存在问题\n（一）部分幼儿园未每日开展晨午检。\n"
            "二、整改要求\n（一）各幼儿园每日开展晨午检，每周报送检查记录。\n\n某县教育局\n2026年4月2日\n")
    corpus = pc.from_texts({"notice": page})
    rows = corpus.deadlines.merge(corpus.measures[["measure_id", "path"]], on="measure_id")
    assert sorted(rows[rows.kind == "recurring"].path) == ["二/(一)", "二/(一)"]  # none under 一、存在问题
