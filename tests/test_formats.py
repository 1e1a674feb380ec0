"""Every format a researcher collects: HTML, Word .docx, PDF with a text layer, Markdown, and the
ones that cannot be read as text (reported as skipped, with what to do)."""

import io
import shutil
import time

import pytest

import policycompare as pc
from policycompare.cli import main
from policycompare.ingest import read_document
from policycompare.readers import Unreadable, read_page

from .real_corpora import corpora_home
from .seeds import RAW, ROOT

HTML = ROOT / "tests" / "fixtures" / "html"
FURNITURE = ["ICP", "网站标识码", "分享", "相关文件", "相关阅读", "相关文章", "当前位置", "您现在的位置", "上一篇",
             "打印", "扫一扫", "栏目导航", "浏览次数"]


@pytest.fixture(scope="module")
def html_corpus():
    return pc.load_corpus(HTML)


def test_government_pages_keep_the_main_text_and_drop_the_furniture(html_corpus):
    assert html_corpus.report.status.tolist() == ["ok"] * 4
    for doc_id, text in html_corpus.texts.items():
        assert not any(word in text for word in FURNITURE), doc_id
        assert "<" not in text and "&nbsp;" not in text, doc_id
    assert set(html_corpus.documents.format) == {"html"}


def test_a_header_table_becomes_key_value_lines_the_metadata_stage_reads(html_corpus):
    text = html_corpus.texts["policy_library"]
    assert text.splitlines()[:3] == ["索引号: 011080354/2022-08812", "主题分类: 司法", "发文机关: 宜都市人民政府办公室"]
    docs = html_corpus.documents.set_index("doc_id")
    assert docs.loc["policy_library", ["doc_number", "date", "issuer", "jurisdiction", "validity"]].tolist() == [
        "都政办发〔2022〕7号", "2022-04-15", "宜都市人民政府办公室", "宜都市", "有效"]
    assert docs.loc["county_disclosure", "doc_number"] == "安司〔2023〕5号"


def test_an_html_page_keeps_its_lines_and_outline(html_corpus):
    measures = html_corpus.measures[html_corpus.measures.doc_id == "policy_library"]
    assert measures.path.tolist() == ["一", "二/(一)", "二/(二)", "二/(三)/1", "二/(三)/2", "三/(一)", "三/(二)"]
    county = html_corpus.measures[html_corpus.measures.doc_id == "county_disclosure"]
    assert county.path.tolist() == ["一", "二/(一)", "二/(二)/1", "二/(二)/2", "二/(三)", "三", "四"]
    table = county[county.path == "三"].text.iloc[0]  # a table in the body: one row per line, cells by tabs
    assert "民主法治村创建率\t70%\t80%\t90%" in table.splitlines()
    for row in html_corpus.measures.itertuples():  # offsets are offsets into the clean text
        assert html_corpus.texts[row.doc_id][row.char_start:row.char_end].strip().startswith(row.label)


def test_meta_tags_are_evidence_where_the_text_is_silent(html_corpus):
    doc = html_corpus.documents.set_index("doc_id").loc["saved_gbk"]
    assert (doc.encoding, doc.date, doc.date_source) == ("gb18030", "2021-05-20", "meta:PubDate")
    assert (doc.title, doc.issuer, doc.jurisdiction, doc.province) == (
        "城固县优化营商环境三年行动方案", "城固县人民政府办公室", "城固县", "陕西省")
    signed = html_corpus.documents.set_index("doc_id").loc["policy_library"]
    assert signed.date_source == "signature"  # the text's own date wins over <meta name="PubDate">


def test_a_table_layout_page_keeps_its_posting_line_and_title(html_corpus):
    text = html_corpus.texts["bureau_article"]
    assert text.splitlines()[:2] == ["发布时间：2021-03-05 10:20 来源：钟祥市司法局 作者：普法科",
                                     "钟祥市司法局2021年普法依法治理工作要点"]
    doc = html_corpus.documents.set_index("doc_id").loc["bureau_article"]
    assert (doc.issuer, doc.date, doc.genre) == ("钟祥市司法局", "2021-03-03", "要点")


@pytest.mark.parametrize("name", ["page.html", "page.txt", "page"])
def test_a_browser_saved_page_is_read_as_html_whatever_its_name(tmp_path, name):
    """Newcomer failure: a saved page passed directly gave one measure starting <!DOCTYPE html>,
    an issuer ending in </p> and targets read from markup."""
    (tmp_path / name).write_bytes((HTML / "policy_library.html").read_bytes())
    corpus = pc.load_corpus(tmp_path / name)
    doc = corpus.documents.iloc[0]
    assert doc.format == "html" and doc.issuer == "宜都市人民政府办公室" and doc.n_measures == 7
    assert not corpus.measures.text.str.contains("<|DOCTYPE").any()
    assert not corpus.targets.raw.str.contains("<|px|%;").any()


def test_key_value_cells_are_header_lines_and_a_table_of_documents_stays_in_the_text(tmp_path):
    page = """<html><body><table><tr><td>索引号：0113/2021-1</td><td>发文字号：某政发〔2021〕3号</td></tr></table>
    <ul class="news"><li><a href="/1">某县召开工作会议</a><span>日期：2019-01-01</span></li></ul>
    <div style="display: none">隐藏的统计代码</div>
    <div class="content"><p>一、总体要求</p><p>各单位要对照下列文件抓好落实，2021年底前完成自查。</p>
    <table><tr><th>序号</th><th>文件名称</th><th>文号</th><th>发布日期</th></tr>
    <tr><td>1</td><td>关于加强法治建设的意见</td><td>某发〔2020〕1号</td><td>2020-01-02</td></tr></table>
    <p>二、工作要求</p><p>各单位要按时报送材料，确保工作质量，并于每季度末报告进展情况。</p></div></body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    text = pc.load_corpus(tmp_path).texts["p"]
    assert text.splitlines()[:3] == ["索引号: 0113/2021-1", "发文字号: 某政发〔2021〕3号", "一、总体要求"]
    assert "2019-01-01" not in text and "隐藏" not in text
    assert "序号\t文件名称\t文号\t发布日期" in text and "1\t关于加强法治建设的意见\t某发〔2020〕1号\t2020-01-02" in text


@pytest.mark.parametrize("page, status, words", [
    ("<html><frameset><frame src='a.html'></frameset></html>", "skipped", "frame set"),
    ("<html><body><script>render()</script></body></html>", "failed", "without text"),
    ("", "failed", "empty file"),
    ("<!-- nothing -->", "failed", "not a readable HTML page"),
])
def test_html_pages_without_text_are_reported(tmp_path, page, status, words):
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    row = pc.load_corpus(tmp_path).report.iloc[0]
    assert row.status == status and words in row.reason and "p.html" in row.reason


def test_a_short_notice_beside_a_long_list_of_links_keeps_only_the_notice(tmp_path):
    news = "".join(f'<li><a href="/n/{i}">某县召开第{i}次防汛工作部署会议，县领导强调要压实责任、细化措施、确保安全度汛</a>'
                   f"<span>2023-05-{i:02d}</span></li>" for i in range(1, 15))
    page = f"""<html><head><title>关于做好防汛工作的通知_通知公告_某县人民政府</title></head><body>
    <div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a></div>
    <div class="title">关于做好防汛工作的通知</div>
    <div class="content"><p>各乡镇：</p><p>一、落实责任。各乡镇要于6月1日前完成隐患排查，参照<a href="/law">《防汛条例》</a>执行。</p>
    <p>二、加强值守。汛期实行24小时值班。</p><p>某县防汛抗旱指挥部办公室</p><p>2023年5月20日</p></div>
    <div class="list"><h3>相关新闻</h3><ul>{news}</ul></div><div class="footer">版权所有 某县人民政府</div></body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    corpus = pc.load_corpus(tmp_path)
    assert corpus.texts["p"].splitlines() == [
        "关于做好防汛工作的通知", "各乡镇：", "一、落实责任。各乡镇要于6月1日前完成隐患排查，参照《防汛条例》执行。",
        "二、加强值守。汛期实行24小时值班。", "某县防汛抗旱指挥部办公室", "2023年5月20日"]
    assert corpus.documents.loc[0, ["date", "date_source"]].tolist() == ["2023-05-20", "signature"]


def test_a_web_archive_is_read_as_its_page(tmp_path):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    page = (HTML / "saved_gbk.html").read_bytes().decode("gbk")
    archive.attach(MIMEText(page, "html", "gbk"))  # quoted-printable or base64, as browsers write them
    (tmp_path / "saved.mht").write_bytes(archive.as_bytes())
    corpus = pc.load_corpus(tmp_path)
    reference = pc.load_corpus(HTML / "saved_gbk.html")
    assert corpus.texts["saved"] == reference.texts["saved_gbk"]
    assert corpus.documents.loc[0, ["format", "date", "date_source"]].tolist() == ["html", "2021-05-20", "meta:PubDate"]


# ---------------------------------------------------------------- generated Word and PDF files

PARAGRAPHS = [
    "某县司法局关于印发《某县公共法律服务实施方案》的通知",
    "各乡镇人民政府，县直各单位：",
    "现将《某县公共法律服务实施方案》印发给你们，请认真贯彻落实。",
    "一、工作目标",
    "到2025年底，全县公共法律服务实体平台覆盖率达到100%，群众满意率达到95%以上，法律援助案件办结率稳步提高。",
    "二、重点任务",
    "（一）建设实体平台。2024年6月底前完成全部乡镇公共法律服务工作站标准化建设，实现村级服务点全覆盖。（责任单位：县司法局）",
    "（二）畅通热线服务。",
    "1.整合12348热线资源，提供全天候法律咨询服务。",
    "2.每季度开展一次热线服务质量评估，评估结果向社会公开。（责任单位：县司法局、县财政局）",
    "三、保障措施",
    "各单位要加强组织领导，明确责任分工，确保各项任务按时完成。",
]


def make_docx(paragraphs, table_after: int | None = None, numbered=()) -> bytes:
    """A .docx of the paragraphs; those in ``numbered`` lose their typed number and get Word's
    automatic numbering (the List Number style) instead."""
    import docx

    document = docx.Document()
    for index, paragraph in enumerate(paragraphs):
        if index in numbered:
            document.add_paragraph(paragraph.split(".", 1)[1], style="List Number")
        else:
            document.add_paragraph(paragraph)
        if index == table_after:
            table = document.add_table(rows=2, cols=3)
            for row, cells in zip(table.rows, [("指标", "2024年", "2025年"), ("覆盖率", "90%", "100%")]):
                for cell, value in zip(row.cells, cells):
                    cell.text = value
    document.sections[0].header.paragraphs[0].text = "某县司法局"  # running header: not the document's text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(paragraphs, width=288, lines_per_page=8, scanned=False) -> bytes:
    """A PDF laid out like a printed 公文: paragraphs wrapped at a fixed width with a two-character
    first-line indent, a running header, page numbers in the footer (— 1 —), paragraphs that run
    on to the next page. Text drawn in reportlab's built-in CID font STSong-Light, so the PDF has
    a text layer; ``scanned`` draws the page furniture only, as a scan without OCR would have."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size, left, top = 12, 72, 760
    lines = []  # (alignment, text)
    for paragraph in paragraphs:  # wrapped where the next character would pass the right margin
        align, paragraph = paragraph if isinstance(paragraph, tuple) else ("indent", paragraph)
        if align != "indent":
            lines.append((align, paragraph))
            continue
        line = "\u3000\u3000"  # two ideographic spaces: the first-line indent
        for char in paragraph:
            if pdfmetrics.stringWidth(line + char, "STSong-Light", size) > width:
                lines.append(("left", line))
                line = ""
            line += char
        lines.append(("left", line))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(612, 842))
    for number, start in enumerate(range(0, len(lines), lines_per_page), start=1):
        page.setFont("STSong-Light", 9)
        if not scanned:
            page.drawString(left, 800, "某县人民政府行政规范性文件")
            page.drawCentredString(306, 40, f"— {number} —")
        page.setFont("STSong-Light", size)
        for row, (align, line) in enumerate(lines[start:start + lines_per_page]):
            indent = len(line) - len(line.lstrip("\u3000"))
            y = top - row * 1.6 * size
            if scanned:
                continue
            if align == "center":
                page.drawCentredString(left + width / 2, y, line)
            elif align == "right":
                page.drawRightString(left + width, y, line)
            else:
                page.drawString(left + indent * size, y, line.lstrip("\u3000"))
        page.rect(left, 100, 300, 20)  # a drawing, as a scan's page would hold an image
        page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_word_document_is_read_in_reading_order_with_its_outline(tmp_path):
    (tmp_path / "plan.docx").write_bytes(make_docx(PARAGRAPHS, table_after=4))
    corpus = pc.load_corpus(tmp_path)
    text = corpus.texts["plan"]
    assert text.splitlines()[:5] == PARAGRAPHS[:5]
    assert text.splitlines()[5:7] == ["指标\t2024年\t2025年", "覆盖率\t90%\t100%"]  # the table where it stands
    assert "某县司法局\n" not in text  # the page header is not body text
    assert corpus.measures.path.tolist() == ["一", "二/(一)", "二/(二)/1", "二/(二)/2", "三"]
    assert corpus.documents.loc[0, ["format", "issuer"]].tolist() == ["docx", "某县司法局"]
    assert len(corpus.deadlines) >= 1 and corpus.targets.raw.str.contains("100%").any()


def test_word_tracked_insertions_are_text_and_deletions_are_not(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("一、工作目标")
    paragraph = document.add_paragraph("到2025年底，覆盖率达到")
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t>100%</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>90%</w:delText></w:r></w:del>'))
    paragraph.add_run("。")
    document.save(tmp_path / "tracked.docx")
    assert pc.load_corpus(tmp_path).texts["tracked"] == "一、工作目标\n到2025年底，覆盖率达到100%。"


def test_word_automatic_numbering_is_written_out(tmp_path):
    (tmp_path / "plan.docx").write_bytes(make_docx(PARAGRAPHS, numbered=(8, 9)))
    corpus = pc.load_corpus(tmp_path)
    assert corpus.texts["plan"].splitlines() == PARAGRAPHS
    assert corpus.measures.path.tolist() == ["一", "二/(一)", "二/(二)/1", "二/(二)/2", "三"]


def test_a_pdf_text_layer_is_read_as_paragraphs_without_running_lines(tmp_path):
    (tmp_path / "plan.pdf").write_bytes(make_pdf(PARAGRAPHS))
    corpus = pc.load_corpus(tmp_path)
    assert corpus.report.status.iloc[0] in ("ok", "warning")
    text = corpus.texts["plan"]
    # paragraphs broken over lines and pages are whole again, no space between Chinese characters
    assert text.splitlines() == PARAGRAPHS
    assert corpus.measures.path.tolist() == ["一", "二/(一)", "二/(二)/1", "二/(二)/2", "三"]
    assert corpus.documents.loc[0, "format"] == "pdf"


def test_a_printed_notice_keeps_its_title_block_and_signature(tmp_path):
    """A 公文 as printed: centred title and 文号, salutation at the margin, signature and date
    set to the right; the metadata stage reads them from the PDF as from a text page."""
    notice = [("center", "安吉县司法局2022年普法工作要点"), ("center", "某司发〔2022〕3号"),
              ("left", "各司法所，局机关各股室："), *PARAGRAPHS[3:], ("right", "浙江省安吉县司法局"),
              ("right", "2022年3月1日")]
    (tmp_path / "notice.pdf").write_bytes(make_pdf(notice))
    corpus = pc.load_corpus(tmp_path)
    assert corpus.texts["notice"].splitlines() == [p[1] if isinstance(p, tuple) else p for p in notice]
    doc = corpus.documents.iloc[0]
    assert (doc.doc_number, doc.issuer, doc.date, doc.date_source) == (
        "某司发〔2022〕3号", "浙江省安吉县司法局", "2022-03-01", "signature")


def test_a_pdf_or_docx_saved_as_txt_is_read_by_its_content(tmp_path):
    (tmp_path / "a.txt").write_bytes(make_pdf(PARAGRAPHS))
    (tmp_path / "b.txt").write_bytes(make_docx(PARAGRAPHS))
    corpus = pc.load_corpus(tmp_path)
    assert corpus.documents.format.tolist() == ["pdf", "docx"]
    assert corpus.texts["a"] == corpus.texts["b"] == "\n".join(PARAGRAPHS)


def test_a_pdf_without_a_text_layer_is_skipped_with_what_to_do(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(make_pdf(PARAGRAPHS, scanned=True))
    row = pc.load_corpus(tmp_path).report.iloc[0]
    assert row.status == "skipped" and "no text layer" in row.reason and "OCR" in row.reason


@pytest.mark.parametrize("name, data, advice", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save as .docx"),
    ("old.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save as .docx"),
    ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save as .docx"),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(600), "run OCR first"),
    ("bundle.zip", b"PK\x03\x04" + bytes(600), "unpack"),
    ("noname", b"\x89PNG\r\n\x1a\n" + bytes(600), "run OCR first"),
    ("data.json", b'{"a": 1}', "rename it to .txt"),
    ("blob.bin", bytes(range(256)) * 4, "rename it to .txt"),
])
def test_formats_without_a_text_reader_are_skipped_with_what_to_do(tmp_path, name, data, advice):
    (tmp_path / name).write_bytes(data)
    row = pc.load_corpus(tmp_path).report.iloc[0]
    assert row.status == "skipped" and name in row.reason and advice in row.reason


@pytest.mark.parametrize("name, data", [("broken.docx", b"PK\x03\x04" + b"word/document.xml" + bytes(100)),
                                        ("broken.pdf", b"%PDF-1.4\n" + bytes(300)),
                                        ("cut.pdf", None)])
def test_a_broken_docx_or_pdf_fails_and_names_the_file(tmp_path, name, data):
    (tmp_path / name).write_bytes(data if data is not None else make_pdf(PARAGRAPHS)[:1500])
    row = pc.load_corpus(tmp_path).report.iloc[0]
    assert row.status == "failed" and name in row.reason and "please report it" not in row.reason


def test_markdown_markers_are_dropped_and_lines_kept():
    page = ("# 某市物业管理条例\n\n2020年1月1日 某市人民代表大会常务委员会通过\n\n<!-- INFO END -->\n\n"
            "## 第一章  总则\n\n第一条 为了规范物业管理活动，制定本条例。\n\n- **第二条** 本条例适用于本市。\n\n"
            "| 事项 | 时限 |\n| --- | --- |\n| 备案 | 30日 |\n")
    text = read_page(page.encode(), "a.md").text
    assert text.splitlines() == ["某市物业管理条例", "", "2020年1月1日 某市人民代表大会常务委员会通过", "", "", "",
                                 "第一章  总则", "", "第一条 为了规范物业管理活动，制定本条例。", "",
                                 "第二条 本条例适用于本市。", "", "事项\t时限", "", "备案\t30日"]


def test_a_header_table_in_markdown_or_word_gives_key_value_lines(tmp_path):
    rows = [("索引号", "0113/2022-00318", "主题分类", "水利"), ("发文字号", "宁政办字〔2022〕26号", "成文日期", "2022年07月11日")]
    markdown = "\n".join("| " + " | ".join(row) + " |" for row in rows[:1]) + "\n| --- | --- | --- | --- |\n" + \
        "| " + " | ".join(rows[1]) + " |\n\n# 某县农村供水工程实施方案\n\n一、工作目标\n\n到2023年底完成改造。\n"
    (tmp_path / "a.md").write_text(markdown, encoding="utf-8")
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("某县农村供水工程实施方案")
    document.add_paragraph("一、工作目标")
    document.add_paragraph("到2023年底完成改造。")
    document.save(tmp_path / "b.docx")
    corpus = pc.load_corpus(tmp_path)
    assert corpus.texts["b"].splitlines()[:2] == ["索引号: 0113/2022-00318\t主题分类: 水利",
                                                "发文字号: 宁政办字〔2022〕26号\t成文日期: 2022年07月11日"]
    assert corpus.documents.doc_number.tolist() == ["宁政办字〔2022〕26号"] * 2
    assert corpus.documents.date.tolist() == ["2022-07-11"] * 2


def test_a_folder_of_mixed_formats_never_crashes_the_command(tmp_path, capsys):
    """Newcomer failure: extract on a folder with a .pdf/.docx/.html/.md beside the .txt died in
    corpus.summary with a KeyError and wrote nothing."""
    shutil.copy(RAW / "002_193be430d96738cc.txt", tmp_path / "page.txt")
    (tmp_path / "plan.docx").write_bytes(make_docx(PARAGRAPHS))
    (tmp_path / "plan2.pdf").write_bytes(make_pdf(PARAGRAPHS[3:]))
    shutil.copy(HTML / "saved_gbk.html", tmp_path / "page.html")
    (tmp_path / "law.md").write_text("# 某条例\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n", encoding="utf-8")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert main(["extract", str(tmp_path), "--out", str(tmp_path.parent / "out")]) == 0
    out = capsys.readouterr().out
    assert "1 skipped, 0 duplicate, 0 failed" in out.splitlines()[-1]
    assert "skipped   " in out and "old.doc: legacy Word .doc" in out
    corpus = pc.load_corpus(tmp_path)
    status = corpus.report.set_index("doc_id").status
    assert status["old"] == "skipped" and status.drop("old").isin(["ok", "warning"]).all()
    assert sorted(corpus.documents.format) == ["docx", "html", "markdown", "pdf", "text"]
    assert "1 skipped" in repr(corpus) and "0 failed" in repr(corpus)
    assert any(line.startswith("skipped") and "old.doc" in line for line in corpus.summary())


def test_the_regulations_folder_is_read_in_full():
    """All 1,083 Markdown regulations of ../shared/corpora read, each with its articles as measures."""
    folder = corpora_home() / "local-regulations"  # skips when ../shared/corpora is absent
    files = sorted(folder.rglob("*.md"))
    start = time.perf_counter()
    corpus = pc.load_corpus(folder)
    seconds = time.perf_counter() - start
    assert len(corpus.report) == len(files) == 1083
    assert corpus.report.status.isin(["ok", "warning", "duplicate"]).all(), corpus.report.status.value_counts()
    read = corpus.documents
    # four source files hold a title and adoption lines only: no articles, so no measures (a warning
    # says so); an adoption line is never a measure
    empty = read[read.n_measures == 0]
    assert len(empty) <= 4 and not any("第一条" in corpus.texts[doc] for doc in empty.doc_id)
    assert set(read.format) == {"markdown"}
    assert not corpus.measures.text.str.contains(r"^#|<!--", regex=True).any()
    assert (read.title != "").mean() > 0.95  # the # heading is a plain first line the metadata stage reads
    assert seconds < 600  # a generous bound that only catches superlinear behaviour


# a text copied out of a PDF: every line of the body cut at the page's width, mid-word
WRAPPED = """临川县农业农村局文件

临农发〔2025〕8号

一、工作目标
到2026年底，全县建成高标准农田12万亩，改造提升中低产田3万
亩，新建田间灌排渠道80公里，全县农田灌溉水有效利用系数达到0.
58，粮食综合生产能力稳定在每年5.2亿斤以上，带动农民人均增收200元。
二、主要措施
（一）统筹项目资金。县财政局按照每亩不低于1500元的标准统筹
整合涉农资金，各乡（镇）人民政府负责组织项目区群众投工投劳，
县农业农村局负责项目的规划设计、招标采购和竣工验收等工作，每
季度通报一次进展。（责任单位：县财政局、县农业农村局）
（二）强化建后管护。各乡（镇）人民政府落实管护主体和管护经费，
对损毁的田间设施在30日内修复到位，县农业农村局每半年组织一次
检查。
"""


def test_a_text_copied_out_of_a_pdf_has_its_paragraphs_joined(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    text = read_page(path.read_bytes(), path).text
    assert "改造提升中低产田3万亩，新建" in text and "各乡（镇）人民政府负责组织" in text
    assert "系数达到0.58，粮食" in text  # a decimal cut at its point joins without a gap
    assert any(line.startswith("（二）强化建后管护。") for line in text.splitlines())  # a numbered line starts one
    assert "临农发〔2025〕8号" in text.splitlines()
    typed = text  # one paragraph a line, as typed: unchanged
    assert read_page(typed.encode("utf-8"), path).text == typed


def test_a_header_of_key_and_value_spans_keeps_its_wen_hao():
    # 发文字号 ends in 字号, the name of a font switch, and each key's <span> is no line of its own
    page = read_page("<html><body><div class='info'><div><span>索引号：</span><span>0001/2025-00321</span></div>"
                     "<div><span>发文字号：</span><span>东委发〔2025〕6号</span></div></div>"
                     "<div><p>各村：</p><p>一、整治目标。卫生厕所普及率达到90%以上。</p></div></body></html>".encode(),
                     "page.html")
    assert page.text.splitlines()[:2] == ["索引号：0001/2025-00321", "发文字号：东委发〔2025〕6号"]


def _read_tasks(tmp_path, draw):
    """``(corpus, lines, leads, path)`` of a PDF drawn by ``draw``: its text lines, the sorted (path,
    unit) of its lead rows, and each measure's path by id."""
    (tmp_path / "tasks.pdf").write_bytes(_printed_pdf(draw))
    corpus = pc.load_corpus(tmp_path)
    path = dict(zip(corpus.measures.measure_id, corpus.measures.path))
    leads = corpus.assignments[corpus.assignments.role == "lead"]
    return corpus, corpus.texts["tasks"].splitlines(), sorted(zip(leads.measure_id.map(path), leads.department)), path


def _requirements(page, font, top):
    """The section after a task table: 三、要求 and its line, below ``top``."""
    page.setFont(font, 15)
    page.drawString(79, top - 30, "三、要求")
    page.drawString(109, top - 57, "各乡镇每月报送进展。")


def _printed_pdf(draw) -> bytes:
    """A one- or two-page PDF drawn by ``draw(canvas, font)``, in reportlab's CID font STSong-Light."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    draw(page, "STSong-Light")
    page.save()
    return buffer.getvalue()


def test_a_ruled_pdf_table_is_read_cell_by_cell_as_a_word_table_is(tmp_path):
    """A task table drawn as a ruled grid: a cell wrapped over two printed lines is one cell, the
    序号 is not glued to the task, and each row is one tab-separated line, so the table's rows are
    measures with their lead unit and deadline."""
    rows = [["序号", "工作任务", "牵头单位", "完成时限"],
            ["1", "完成全县病险水库除险加固任务共计15座", "县水利局", "2025年6月底"],
            ["2", "建设农村饮水安全巩固提升工程", "县水利局、县财政局", "2025年10月底"]]
    widths = [40, 150, 80, 90]

    def draw(page, font):
        page.setFont(font, 15)
        page.drawString(79, 760, "一、目标")
        page.drawString(109, 733, "病险水库除险加固率达到100%。")
        page.drawString(79, 706, "二、任务")
        top = 690
        for row in rows:
            height = 40
            x = 79
            for cell, width in zip(row, widths):
                page.rect(x, top - height, width, height)
                page.setFont(font, 11)
                lines = [cell[i:i + int((width - 8) // 11)] for i in range(0, len(cell), int((width - 8) // 11))]
                for n, line in enumerate(lines):
                    page.drawString(x + 4, top - 15 - 14 * n, line)
                x += width
            top -= height
        _requirements(page, font, top)
        page.showPage()

    corpus, lines, leads, path = _read_tasks(tmp_path, draw)
    assert ["\t".join(row) for row in rows] == lines[3:6]
    assert corpus.measures.path.tolist() == ["一", "二/1", "二/2", "三"]
    assert leads == [("二/1", "县水利局"), ("二/2", "县水利局"), ("二/2", "县财政局")]
    dated = corpus.deadlines[corpus.deadlines.kind == "deadline"]
    assert sorted(path[m] for m in dated.measure_id) == ["二/1", "二/2"]


def test_a_running_wen_hao_from_page_two_is_dropped_and_page_one_keeps_its_own(tmp_path):
    """A 文号 printed small above the text from page 2 on is page furniture; the same 文号 under page
    1's red header is the document's, also when the running line is printed on every page."""
    def document(every_page):
        def draw(page, font):
            for number in (1, 2):
                if every_page or number == 2:
                    page.setFont(font, 10.5)
                    page.drawString(79, 805, "某府办发〔2025〕7号")
                page.setFont(font, 15)
                y = 760
                if number == 1:
                    for text in ("某县人民政府办公室", "某府办发〔2025〕7号", "关于做好防汛工作的通知", "一、压实责任"):
                        page.drawCentredString(297, y, text)
                        y -= 27
                for n in range(3):
                    page.drawString(79, y, f"各乡镇要落实第{number}页第{n + 1}项防汛责任。")
                    y -= 27
                if number == 2:
                    page.drawRightString(480, y, "某县人民政府办公室")
                page.showPage()
        return draw

    for every_page in (False, True):
        text = read_page(_printed_pdf(document(every_page)), "notice.pdf").text
        assert text.splitlines().count("某府办发〔2025〕7号") == 1, every_page
        assert text.splitlines()[1] == "某府办发〔2025〕7号"


def test_a_letter_spaced_pdf_line_closes_its_numbers(tmp_path):
    """Justified print spreads a line's characters apart; the reader closes digits and marks too."""
    def draw(page, font):
        text = page.beginText(79, 760)
        text.setFont(font, 15)
        text.setCharSpace(4)
        text.textOut("各乡镇6月30日前完成排查，覆盖率达到100%。")
        text.setCharSpace(0)
        page.drawText(text)
        page.showPage()

    assert read_page(_printed_pdf(draw), "a.pdf").text == "各乡镇6月30日前完成排查，覆盖率达到100%。"


def test_a_cell_merged_over_two_rows_of_a_pdf_table_is_read_once_and_leads_both(tmp_path):
    """Word prints a table's borders as thin filled boxes; a 牵头单位 merged over two rows has no
    border between them and its text sits on the row boundary. It is read in its first row, the
    row below keeps the cell empty (a merged cell, as the convention reads it) and both rows are led."""
    def draw(page, font):
        def rule(x0, y0, x1, y1):  # a border as Word prints it: a filled box half a point thick
            page.rect(x0, y0, max(x1 - x0, 0.5), max(y1 - y0, 0.5), stroke=0, fill=1)
        page.setFont(font, 15)
        page.drawString(79, 760, "二、任务")
        xs, ys = [79, 119, 279, 369, 459], [740, 710, 680, 650]
        for y in ys:
            rule(xs[0], y, xs[-1], y) if y in (ys[0], ys[1], ys[-1]) else (rule(xs[0], y, xs[2], y), rule(xs[3], y, xs[4], y))
        for x in xs:
            rule(x, ys[-1], x, ys[0])
        page.setFont(font, 11)
        for text, x, y in [("序号", 85, 722), ("任务", 125, 722), ("牵头单位", 375 - 90, 722), ("完成时限", 465 - 90, 722),
                           ("1", 85, 692), ("加固病险水库15座", 125, 692), ("2025年6月底", 375, 692),
                           ("2", 85, 662), ("新建供水工程3处", 125, 662), ("2025年9月底", 375, 662),
                           ("县水利局", 285, 677)]:
            page.drawString(x, y, text)
        page.showPage()

    corpus, lines, leads, _ = _read_tasks(tmp_path, draw)
    assert lines[1:] == [
        "序号\t任务\t牵头单位\t完成时限", "1\t加固病险水库15座\t县水利局\t2025年6月底", "2\t新建供水工程3处\t\t2025年9月底"]
    assert leads == [("二/1", "县水利局"), ("二/2", "县水利局")]


def test_a_word_page_laid_out_in_a_one_column_table_keeps_its_lines_and_numbering(tmp_path):
    """Word files saved from a web page hold the whole text in one table cell: its paragraphs are
    the body's lines (with Word's numbering), not one joined row."""
    import docx

    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = PARAGRAPHS[0]
    for index, paragraph in enumerate(PARAGRAPHS[1:], start=1):
        if index in (8, 9):
            cell.add_paragraph(paragraph.split(".", 1)[1], style="List Number")
        else:
            cell.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    (tmp_path / "page.docx").write_bytes(buffer.getvalue())
    corpus = pc.load_corpus(tmp_path)
    assert corpus.texts["page"].splitlines() == PARAGRAPHS
    assert corpus.measures.path.tolist() == ["一", "二/(一)", "二/(二)/1", "二/(二)/2", "三"]


def test_word_lists_sharing_a_numbering_definition_count_on_unless_one_restarts(tmp_path):
    """Word keeps the count per abstract numbering definition: a second list (numId) on the same
    definition goes on (三、 after 二、), and a list with a start override restarts (Word's
    "restart at 1")."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    root = document.part.numbering_part.element
    root.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
    for num_id, override in (("91", ""), ("92", ""), ("93", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')):
        root.append(parse_xml(f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="90"/>{override}</w:num>'))
    for num_id, text in (("91", "总体要求"), ("91", "重点任务"), (None, "附：说明"), ("92", "保障措施"), ("93", "附件要求")):
        paragraph = document.add_paragraph(text)
        if num_id:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_page(buffer.getvalue(), "a.docx").text
    assert text.splitlines() == ["一、总体要求", "二、重点任务", "附：说明", "三、保障措施", "一、附件要求"]


def test_a_pdf_table_printed_without_rules_is_read_by_its_columns(tmp_path):
    """Cells printed in columns without rules are pieces of a line two characters and more apart:
    they are joined by tabs, so each row is a table row, and rows are never joined as a wrapped
    paragraph is. Two organs signed side by side stay the document's issuers."""
    rows = [("序号", "工作任务", "牵头单位", "完成时限"), ("1", "加固病险水库15座", "县水利局", "2025年6月底"),
            ("2", "新建供水工程3处", "县财政局", "2025年9月底")]

    def draw(page, font):
        page.setFont(font, 15)
        y = 760
        for text in ("某县水利局　某县财政局", "关于做好水利工程建设的通知", "一、目标", "全县水库安全鉴定率达到100%。", "二、任务"):
            page.drawCentredString(297, y, text) if y > 720 else page.drawString(79, y, text)
            y -= 27
        page.setFont(font, 12)
        for row in rows:
            for x, cell in zip((79, 129, 329, 429), row):
                page.drawString(x, y, cell)
            y -= 24
        _requirements(page, font, y + 20)
        page.drawString(260, y - 90, "某县水利局")
        page.drawString(400, y - 90, "某县财政局")
        page.drawString(330, y - 117, "2025年3月1日")
        page.showPage()

    corpus, lines, leads, _ = _read_tasks(tmp_path, draw)
    assert ["\t".join(row) for row in rows] == lines[5:8]
    assert corpus.measures.path.tolist() == ["一", "二/1", "二/2", "三"]
    assert leads == [("二/1", "县水利局"), ("二/2", "县财政局")]
    assert corpus.documents.loc[0, "issuer"] == "某县水利局" and corpus.documents.loc[0, "date"] == "2025-03-01"


def test_an_article_number_set_apart_from_its_text_is_no_column():
    def draw(page, font):
        page.setFont(font, 15)
        page.drawString(109, 760, "第一条")
        page.drawString(190, 760, "为了加强农村公路管理，促进农村经济发展，根")
        page.drawString(79, 733, "据有关法律法规，结合本省实际，制定本条例。")
        page.showPage()

    assert read_page(_printed_pdf(draw), "a.pdf").text == "第一条 为了加强农村公路管理，促进农村经济发展，根据有关法律法规，结合本省实际，制定本条例。"


def test_a_word_text_box_is_read_once_not_with_its_fallback_copy():
    """Word writes a text box (a red header's organ line, often) twice: as a drawing (mc:Choice) and
    as a VML fallback for old readers (mc:Fallback). The text is read once."""
    import docx
    from docx.oxml import parse_xml

    box = ('<w:txbxContent><w:p><w:r><w:t>某县人民政府办公室文件</w:t></w:r></w:p></w:txbxContent>')
    document = docx.Document()
    document.add_paragraph()._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    document.add_paragraph("某政办发〔2025〕3号")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_page(buffer.getvalue(), "a.docx").text.splitlines() == ["某县人民政府办公室文件", "某政办发〔2025〕3号"]


def test_a_line_stopped_short_by_a_pushed_out_character_goes_on():
    """A closing mark may not open a line: the character before it goes down with it, and with a
    half-width digit the line stops two characters short of the margin. Its sentence goes on; a
    signature set right (four characters in, as 公文 sets the date) and the 抄送 line after it stay apart."""
    def draw(page, font):
        page.setFont(font, 15)
        lines = [(109, "一、培育经营主体。培育市级以上农业产业化龙头企业10家"), (79, "县财政局统筹安排专项资金支持石榴产业发展，新建冷库20"),
                 (79, "座，发展石榴专业合作社不少于50个。"), (79, "县农业农村局每半年对方案实施情况开展一次评估工作。")]
        y = 760
        for x, text in lines:
            page.drawString(x, y, text)
            y -= 27
        page.drawRightString(409, y, "某县人民政府办公室")
        page.drawRightString(409, y - 27, "2025年4月3日")
        page.drawString(79, y - 54, "抄送：县委办公室。")
        page.showPage()

    lines = read_page(_printed_pdf(draw), "a.pdf").text.splitlines()
    assert lines[0].endswith("龙头企业10家县财政局统筹安排专项资金支持石榴产业发展，新建冷库20座，发展石榴专业合作社不少于50个。")
    assert lines[-3:] == ["某县人民政府办公室", "2025年4月3日", "抄送：县委办公室。"]


def test_a_pdf_title_in_larger_type_does_not_run_on_into_the_addressee_under_it(tmp_path):
    """A centred title line ending near the margin's push-out zone, set in larger type, is a line of
    its own: the addressee printed under it in body type starts a new line."""
    def draw(page, font):
        page.setFont(font, 20)
        page.drawCentredString(297.5, 760, "某县人民政府办公室")
        page.drawCentredString(297.5, 724, "关于推进茶旅融合高质量发展的实施意见")
        page.setFont(font, 15)
        page.drawString(79, 690, "各乡镇人民政府，县直各有关单位：")
        page.drawString(109, 663, "为推动茶产业与文化旅游深度融合，现提出如下意见。")
        page.showPage()

    path = tmp_path / "title.pdf"
    path.write_bytes(_printed_pdf(draw))
    lines = read_document(path).text.split("\n")
    assert "关于推进茶旅融合高质量发展的实施意见" in lines
    assert "各乡镇人民政府，县直各有关单位：" in lines


def test_markdown_markers_are_dropped_line_by_line_whatever_the_lines_around():
    """read_markdown runs each marker pattern once over the whole text: every line must come out as
    the patterns applied to that line alone would leave it (seeded random lines of markers and text)."""
    import random

    from policycompare.readers import _MD_LINE, _table_row, read_markdown

    pieces = ["# ", "## ", "   ### ", " ##", "---", "***", "===", "> ", "- ", "* ", "+ ", "1. ", "**", "__", "`",
              "[链接](http://a.cn/x)", "![图](a.png)", "<br>", "</sup>", "\\*", "\\#", "| 甲 | 乙 |", "|---|---|",
              "第一条", "某市人民政府", " ", "\t", "2026年3月5日", "#", "-", "_"]
    rng = random.Random(7)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3000)]

    def alone(line: str) -> str:
        for pattern, replacement in _MD_LINE:
            line = pattern.sub(replacement, line)
        return _table_row([c.strip() for c in line.strip().strip("|").split("|")]) if line.lstrip().startswith("|") else line

    assert read_markdown("\n".join(lines).encode(), "random.md").text.split("\n") == [alone(line) for line in lines]


def test_a_short_text_page_keeps_its_title_under_the_breadcrumb():
    """A short page saved as text, its breadcrumb line over the title: the breadcrumb is site furniture
    that cleaning drops, so it is never taken for a PDF line wrapped into the title (which went with it),
    nor counted among the lines that tell whether the text was cut at a page's width."""
    from policycompare.ingest import clean_text
    from policycompare.metadata import extract_metadata
    from policycompare.readers import read_text

    page = "\n".join([
        "当前位置:首页 > 政务公开 > 乡镇动态 > 通知公告",
        "石门坎乡人民政府关于做好秋冬季森林防灭火工作的通知",
        "来源:威宁自治县人民政府 发布时间:2025-10-09",
        "为做好今冬明春森林防灭火工作,现通知如下:",
        "一、严格管控野外火源,进山入林一律登记。",
        "二、加强巡山护林,发现火情立即报告。",
        "石门坎乡人民政府",
        "2025年10月8日",
    ])
    text = read_text(page.encode(), "page.txt").text
    assert text.split("\n")[1] == "石门坎乡人民政府关于做好秋冬季森林防灭火工作的通知"
    doc = clean_text(text)
    meta = extract_metadata(doc.text, doc.parse)
    assert meta.title == "石门坎乡人民政府关于做好秋冬季森林防灭火工作的通知" and meta.date == "2025-10-08"


def test_a_wide_line_under_the_title_of_a_short_pdf_moves_no_margin():
    from policycompare.readers import _Line, _paragraphs

    # a one-page decision: its adoption line runs wider than the text block, and only a few lines reach the margin
    lines = [_Line("某旗人民代表大会常务委员会关于某事项的决定", 87.5, 507.5, 20.0),
             _Line("（2026年4月28日某旗第十八届人民代表大会常务委员会第二十三次会议通过）", 25.7, 569.3, 15.0),
             _Line("一、旗水利局负责黄河防洪工程的日常管理，旗林业和草原局", 109.0, 514.0, 15.0),
             _Line("负责沿黄防护林带的建设管护。各苏木镇人民政府应当每月组织一", 79.0, 514.0, 15.0),
             _Line("次河湖巡查。", 79.0, 169.0, 15.0),
             _Line("二、本决定自公布之日起施行。", 109.0, 319.0, 15.0)]
    assert _paragraphs([lines]).split("\n")[2:] == [
        "一、旗水利局负责黄河防洪工程的日常管理，旗林业和草原局负责沿黄防护林带的建设管护。各苏木镇人民政府应当每月组织一次河湖巡查。",
        "二、本决定自公布之日起施行。"]


def test_a_title_wrapped_wider_than_the_text_in_larger_type_moves_no_margin():
    from policycompare.readers import _Line, _paragraphs

    # a notice's title in 20 pt over two lines, both wider than the 15 pt text block: the body's lines still
    # run to the margin and are joined (会|同 and 抽|查 were cut apart when the title set the margin)
    lines = [_Line("遵义市交通运输局关于印发《遵义市公路水运工程建设领域", 37.5, 557.5, 20.0),
             _Line("招标投标专项整治实施方案》的通知", 47.5, 547.5, 20.0),
             _Line("（二）重点抽查阶段。市交通运输局会", 109.0, 514.0, 15.0),
             _Line("同市公共资源交易监督管理局对各县（市、区）项目进行抽查，抽", 79.0, 514.0, 15.0),
             _Line("查比例不低于25%。", 79.0, 220.0, 15.0),
             _Line("（三）整改提升阶段。问题整改率达到100%。", 109.0, 420.0, 15.0)]
    assert _paragraphs([lines]).split("\n") == [
        "遵义市交通运输局关于印发《遵义市公路水运工程建设领域招标投标专项整治实施方案》的通知",
        "（二）重点抽查阶段。市交通运输局会同市公共资源交易监督管理局对各县（市、区）项目进行抽查，抽查比例不低于25%。",
        "（三）整改提升阶段。问题整改率达到100%。"]


def test_a_signature_run_over_to_a_short_last_page_is_no_running_header():
    from policycompare.readers import _drop_running_lines, _Line

    # page 1 opens with the organ over the title; page 2 holds only the signature, the organ at the same height
    first = [_Line("齐齐哈尔市气象局", 200.0, 400.0, 22.0, top=80.0), _Line("关于2026年人工增雨防雹作业的公告", 120.0, 480.0, 22.0, top=110.0)]
    first += [_Line(f"{n}、作业事项第{n}项。", 90.0, 500.0, 16.0, top=150.0 + 24 * n) for n in range(1, 20)]
    last = [_Line("齐齐哈尔市气象局", 380.0, 520.0, 16.0, top=80.0), _Line("2026年4月10日", 390.0, 520.0, 16.0, top=104.0)]
    kept = _drop_running_lines([first, last])
    assert kept[0][0].text == "齐齐哈尔市气象局" and [line.text for line in kept[1]] == ["齐齐哈尔市气象局", "2026年4月10日"]


def test_a_pdfs_printing_line_under_a_full_last_line_stands_alone(tmp_path):
    """The office's printing line (…办公室  2026年4月16日印发) drawn right under a paragraph whose last line
    runs to the margin is no continuation of it: the paragraph keeps its measure."""
    lines = ["一、工作目标。到2026年底，城市道路缘石坡道设置率达到百分之百。",
             "二、工作要求。市住房和城乡建设局、市残联每半年联合开展一次督导检查，对进度滞",
             "后的县市区提请市人民政府予以通报，督促各地按时完成改造任务并报送进展情况汇总。",
             "某市住房和城乡建设局办公室　　　　2026年4月16日印发"]

    def draw(page, font):
        page.setFont(font, 15)
        for n, line in enumerate(lines):
            page.drawString(79, 760 - 28 * n, line)

    path = tmp_path / "a.pdf"
    path.write_bytes(_printed_pdf(draw))
    text = read_document(path).text
    assert text.splitlines()[-1].endswith("2026年4月16日印发") and text.splitlines()[-2].endswith("汇总。")
