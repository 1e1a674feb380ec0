"""Decoding, boilerplate removal and the parse view, on the seeds and on bad input."""

import pytest

from policycompare.ingest import IngestError, clean_text, decode_bytes, parse_view, read_document

from .seeds import RAW, SEEDS

SEED_TEXT = (RAW / "000_efb97529a21d4f3f.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig"])
def test_encodings_are_detected_and_give_the_same_text(encoding):
    page = SEED_TEXT.replace("\xa0", " ")  # GBK has no no-break space
    text, found = decode_bytes(page.encode(encoding))
    assert text == page
    assert found == ("utf-8-sig" if encoding == "utf-8-sig" else "gb18030")


def test_utf16_with_bom_is_read():
    assert decode_bytes(SEED_TEXT.encode("utf-16")) == (SEED_TEXT, "utf-16")


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty file"), (b"  \n\n", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_unreadable_bytes_are_errors_that_name_the_file(data, message):
    with pytest.raises(IngestError, match=rf"bad\.txt:(\d+:)? .*{message}"):
        decode_bytes(data, "bad.txt")


def test_bytes_that_decode_only_as_noise_are_refused_with_the_line():
    latin = "Politique publique: résumé\n".encode("latin-1") * 3 + bytes([0x81, 0x30, 0xFF])
    with pytest.raises(IngestError, match=r"bad\.txt"):
        decode_bytes(latin, "bad.txt")


def test_parse_view_folds_width_and_script_without_moving_offsets():
    page = "（一）關於印發《實施方案》的通知：１２３　全文"
    view, script = parse_view(page)
    assert view == "(一)关于印发《实施方案》的通知:123 全文"
    assert len(view) == len(page) and script == "traditional"
    assert parse_view(SEED_TEXT) == (SEED_TEXT.replace("\xa0", " "), "simplified")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_seed_keeps_its_whole_document_and_loses_only_site_furniture(seed, annotations):
    doc = read_document(seed)
    raw_lines = seed.read_text(encoding="utf-8").splitlines()
    for number, line, _ in doc.removed:
        assert raw_lines[number - 1] == line
        assert not any(mark in line for mark in ("。", "(责任部门"))  # no sentence of the document
    measures = annotations[seed.name]["measures"]
    for measure in measures:
        assert measure["heading_start"] in doc.text
    assert doc.boilerplate_chars == sum(len(line) for _, line, _ in doc.removed) > 0
    assert len(doc.parse) == len(doc.text)


def test_the_site_furniture_of_each_layout_is_cut():
    cut = {seed.name[:3]: {line.strip() for _, line, _ in read_document(seed).removed} for seed in SEEDS}
    assert {"扫一扫在手机打开当前页", "全国各省市政府网站", "重点链接"} <= cut["000"]
    assert any(line.startswith("上一篇") for line in cut["001"])
    assert {"[打印] [关闭]", "友情链接:", "字号: 分享:"} <= cut["002"]
    assert any(line.startswith("当前位置") for line in cut["002"])
    assert any("ICP" in line for line in cut["002"])
    assert {"法邦网—法律法规查看", "相关阅读", "回到顶部"} <= cut["003"]


def test_line_numbers_point_back_into_the_raw_file():
    seed = RAW / "003_f572bcd16cf0a2fa.txt"
    doc = read_document(seed)
    offset = doc.text.index("【颁发时间】")
    assert seed.read_text(encoding="utf-8").splitlines()[doc.line_of(offset) - 1].startswith("【颁发时间】")


@pytest.mark.parametrize(
    "line",
    ["一、网上执法办案", "建设政府网站集约化平台。", "(五)加强政府网站", "一、主办单位:市司法局",
     "在政务服务大厅张贴二维码,推广扫码评价。", "分享典型经验做法。", "1.推进政务公开"],
)
def test_boilerplate_rules_leave_document_lines_alone(line):
    page = f"{line}\n扫一扫在手机打开当前页\n"
    assert clean_text(page).text == line


def test_an_events_organisers_stay_and_a_sites_owner_at_the_foot_goes(tmp_path):
    """主办单位：/承办单位： lines in a plan's body name the event's organisers (a note of its measure);
    the same key on the page's last line, over its ICP line, or beside another such key on one line
    names the website."""
    import policycompare as pc

    body = ("某县文化广电和旅游局关于印发2026年乡村文化节活动方案的通知\n一、活动时间\n2026年5月1日至5月3日。\n"
            "二、组织单位\n主办单位：某县文化广电和旅游局、某县农业农村局\n承办单位：某镇人民政府\n三、活动内容\n举办文艺展演。\n")
    kept = clean_text(body)
    assert "承办单位：某镇人民政府" in kept.text and kept.removed == []
    for foot in ("主办单位：某县人民政府办公室\n", "主办单位：某县人民政府办公室\n承办单位：某县大数据中心\n网站标识码：1234\n",
                 "主办单位：某县人民政府办公室　承办单位：某县融媒体中心\n附件下载\n"):
        page = clean_text(body + "\n" + foot)
        assert page.text.startswith(kept.text) and "主办单位：某县人民政府办公室" not in page.text
        assert {why for _, _, why in page.removed} == {"copyright/ICP"}
    (tmp_path / "plan.txt").write_text(body, encoding="utf-8")
    rows = pc.load_corpus(tmp_path).assignments
    assert rows[rows.source == "annotation"][["department", "role"]].values.tolist() == [
        ["某县文化广电和旅游局", "lead"], ["某县农业农村局", "lead"], ["某镇人民政府", "responsible"]]


def test_radical_code_points_of_a_pdf_font_read_as_the_characters_they_print(tmp_path):
    """Text taken from some PDFs holds Kangxi and supplement radicals (⼯作⽬标, 6⽉30⽇, ⻓期): the
    outline, dates and organ names are read as from the characters they print."""
    import policycompare as pc

    (tmp_path / "a.txt").write_text("某县人民政府关于做好防汛⼯作的通知\n⼀、⼯作⽬标\n到2025年6⽉30⽇前，隐患整改率达到100%。\n"
                                    "⼆、保障措施\n县⽔利局每⽉调度⼀次，⻓期坚持。\n某县人民政府\n2025年3⽉1⽇\n", encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    assert corpus.measures.path.tolist() == ["一", "二"]
    assert corpus.documents.loc[0, "date"] == "2025-03-01"
    assert corpus.deadlines.date.tolist()[0] == "2025-06-30"
    assert "县水利局" in corpus.assignments.department.tolist()
    assert clean_text("⼯作⽬标").text == "工作目标"


def test_characters_the_standard_table_keeps_stay_as_written():
    # 乾县 and 濛阳 are simplified names: a traditional-to-simplified table would make them 干县, 蒙阳
    assert parse_view("乾县人民政府、濛阳街道办事處")[0] == "乾县人民政府、濛阳街道办事处"
