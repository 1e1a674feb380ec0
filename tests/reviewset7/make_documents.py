"""Write the documents of review set 7: ten Word (.docx) and ten PDF files laid out as printed 公文.

    PYTHONPATH=src python tests/reviewset7/make_documents.py   # rewrites the .docx and .pdf files here

The text of every document is below; the files are what the set scores. The output is deterministic
(fixed core properties and zip times in Word, reportlab's ``invariant`` in PDF), so running the script
again gives the same bytes. Word files use real Word features: automatic numbering from numbering
definitions (on the paragraph or on a paragraph style), tables with merged cells, header tables, page
header and footer parts, soft line breaks, right-aligned signatures. PDF files are drawn like printed
pages: a red-header organ line, titles wrapped over lines, text hard-wrapped at the page width with a
two-character indent, running headers, footers `— 3 —`, tables drawn as ruled grids, paragraphs
running on to the next page, and lines set with character spacing (spaced digits).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 6, 1, 9, 0, 0)

# ---------------------------------------------------------------- Word


def _numbering_xml(abstract_id: int, levels) -> str:
    """An abstractNum of the given levels: (numFmt, lvlText, indent in twips)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="{indent}"/></w:pPr></w:lvl>'
        for i, (fmt, text, indent) in enumerate(levels))
    return f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>{body}</w:abstractNum>'


def _add_list(document, levels) -> str:
    """A new list (numId) with its own abstract numbering; returns the numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    root = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in root.iter(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in root.iter(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 10, max(num_ids, default=0) + 10
    abstract = parse_xml(_numbering_xml(abstract_id, levels))
    first_num = next(iter(root.iter(qn("w:num"))), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return str(num_id)


def _num_pr(num_id: str, level: int):
    from docx.oxml import parse_xml

    return parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     f'<w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')


CHINESE_LIST = [("chineseCounting", "%1、", 640), ("chineseCounting", "（%2）", 640), ("decimal", "%3.", 640)]
CHINESE_DECIMAL = [("chineseCounting", "%1、", 640), ("decimalFullWidth", "%2．", 640)]


def docx_document(blocks, header=None, footer=None, lists=None, styles=None, font="仿宋_GB2312") -> bytes:
    """A .docx of the blocks (see the documents below for the kinds), deterministic."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    num_ids = {name: _add_list(document, levels) for name, levels in (lists or {}).items()}
    for name, (list_name, level) in (styles or {}).items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.element.get_or_add_pPr().append(_num_pr(num_ids[list_name], level))
    for block in blocks:
        kind = block[0]
        if kind == "t":
            rows, merges = block[1], (block[2] if len(block) > 2 else ())
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style, table.alignment = "Table Grid", WD_TABLE_ALIGNMENT.CENTER
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    if value:
                        table.cell(r, c).text = value
            for r1, c1, r2, c2 in merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
            continue
        if kind == "s":
            paragraph = document.add_paragraph(style=block[1])
            text = block[2]
        elif kind == "n":
            paragraph = document.add_paragraph()
            paragraph._p.get_or_add_pPr().append(_num_pr(num_ids[block[1]], block[2]))
            text = block[3]
        else:
            paragraph = document.add_paragraph()
            text = block[1]
        pieces = text.split("\n")
        run = paragraph.add_run(pieces[0])
        for piece in pieces[1:]:
            run.add_break()
            run = paragraph.add_run(piece)
        if kind in ("c", "red", "title"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "red":
            for run in paragraph.runs:
                run.font.color.rgb, run.font.size, run.bold = RGBColor(0xE0, 0, 0), Pt(26), True
        if kind == "title":
            for run in paragraph.runs:
                run.font.size, run.bold = Pt(22), True
        if kind == "r":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if kind == "p":
            paragraph.paragraph_format.first_line_indent = Pt(32)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    props = document.core_properties
    props.author = props.last_modified_by = "办公室"
    props.created = props.modified = FIXED
    props.revision, props.title = 1, ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed member times, so that the file does not change from run to run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 9, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- PDF

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595, 842
LEFT, WIDTH, TOP, BOTTOM = 79, 437, 770, 95
SIZE, LEADING = 15, 27
NO_LINE_START = "，。、；：！？）》」”’％%"


def _text_width(text: str, size: float) -> float:
    """The printed width of a line: full width for every Chinese character and full-width mark (the
    width the PDF's font dictionary gives them), the font's metrics for ASCII."""
    from reportlab.pdfbase import pdfmetrics

    return sum(size if ord(char) > 0x2000 else pdfmetrics.stringWidth(char, FONT, size) for char in text)


def _wrap(text: str, width: float, size: float, indent: int = 2) -> list[str]:
    """Lines of a paragraph cut where the next character would pass the width; closing punctuation
    is not put at the start of a line: the character before it goes down with it (typesetting's
    push-out), so no line passes the margin."""
    lines, line = [], "\u3000" * indent
    for char in text:
        if _text_width(line + char, size) > width and line.strip():
            if char in NO_LINE_START and len(line.strip()) > 1:
                lines.append(line[:-1])
                line = line[-1]
            else:
                lines.append(line)
                line = ""
        line += char
    lines.append(line)
    return lines


def pdf_document(blocks, running=None, running_from=2, footer=True) -> bytes:
    """A PDF of the blocks laid out as a printed 公文 (see the documents below for the kinds)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setTitle("")
    state = {"page": 1, "y": TOP}

    def furniture():
        pdf.setFont(FONT, 10.5)
        if running and state["page"] >= running_from:
            pdf.drawString(LEFT, 805, running)
        if footer:
            pdf.setFont(FONT, 14)
            text = f"— {state['page']} —"
            if state["page"] % 2:
                pdf.drawRightString(LEFT + WIDTH, 50, text)
            else:
                pdf.drawString(LEFT, 50, text)

    def need(height):
        if state["y"] - height < BOTTOM:
            pdf.showPage()
            state["page"] += 1
            state["y"] = TOP
            furniture()

    furniture()
    for block in blocks:
        kind, text = block[0], block[1] if len(block) > 1 else ""
        if kind == "gap":
            state["y"] -= LEADING * 0.6
        elif kind in ("red", "title", "c"):
            size = {"red": 26, "title": 20, "c": SIZE}[kind]
            for line in text.split("\n"):
                need(size * 1.8)
                pdf.setFont(FONT, size)
                if kind == "red":
                    pdf.setFillColorRGB(0.85, 0, 0)
                pdf.drawCentredString(LEFT + WIDTH / 2, state["y"] - size, line)
                pdf.setFillColorRGB(0, 0, 0)
                state["y"] -= size * 1.8
            if kind == "red":
                pdf.setStrokeColorRGB(0.85, 0, 0)
                pdf.line(LEFT, state["y"] + 6, LEFT + WIDTH, state["y"] + 6)
                pdf.setStrokeColorRGB(0, 0, 0)
                state["y"] -= 8
        elif kind == "r":
            for line in text.split("\n"):
                need(LEADING)
                pdf.setFont(FONT, SIZE)
                pdf.drawRightString(LEFT + WIDTH - 2 * SIZE, state["y"] - SIZE, line)
                state["y"] -= LEADING
        elif kind in ("p", "l", "sp"):
            # a letter-spaced paragraph holds fewer characters a line, spread out to the margin
            lines = _wrap(text, WIDTH * (0.8 if kind == "sp" else 1), SIZE, indent=0 if kind == "l" else 2)
            for line in lines:
                need(LEADING)
                indent = len(line) - len(line.lstrip("\u3000"))
                x = LEFT + indent * SIZE
                if kind == "sp" and line is not lines[-1]:
                    # a justified line: the characters spaced out to the right margin
                    body = line.lstrip("\u3000")
                    natural = _text_width(body, SIZE)
                    spacing = (LEFT + WIDTH - x - natural) / max(len(body) - 1, 1)
                    obj = pdf.beginText(x, state["y"] - SIZE)
                    obj.setFont(FONT, SIZE)
                    obj.setCharSpace(max(spacing, 0))
                    obj.textOut(body)
                    obj.setCharSpace(0)  # the spacing is text state: it would carry on to the next lines
                    pdf.drawText(obj)
                else:
                    pdf.setFont(FONT, SIZE)
                    pdf.drawString(x, state["y"] - SIZE, line.lstrip("\u3000"))
                state["y"] -= LEADING
        elif kind == "grid":
            widths, rows = block[1], block[2]
            size, lead = 11.5, 16
            for r, row in enumerate(rows):
                wrapped = [_wrap(cell, w - 8, size, indent=0) for cell, w in zip(row, widths)]
                height = max(len(c) for c in wrapped) * lead + 8
                need(height)
                x = LEFT + (WIDTH - sum(widths)) / 2
                top = state["y"]
                pdf.setFont(FONT, size)
                for cell, w in zip(wrapped, widths):
                    pdf.rect(x, top - height, w, height)
                    for i, line in enumerate(cell):
                        if r == 0 or len(cell) == 1 and len(line) < 4:
                            pdf.drawCentredString(x + w / 2, top - 4 - size - i * lead, line)
                        else:
                            pdf.drawString(x + 4, top - 4 - size - i * lead, line)
                    x += w
                state["y"] -= height
            state["y"] -= 6
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# ---------------------------------------------------------------- the documents

WORD = {}
PDF = {}

WORD["w01_tianyang_mango_paragraph_numbering.docx"] = dict(
    lists={"outline": CHINESE_LIST},
    blocks=[
        ("red", "百色市田阳区人民政府办公室文件"),
        ("c", "田政办发〔2025〕6号"),
        ("title", "百色市田阳区人民政府办公室关于印发田阳区2025年芒果产业提质增效工作方案的通知"),
        ("l", "各镇人民政府，区直各有关单位："),
        ("p", "《田阳区2025年芒果产业提质增效工作方案》已经区人民政府同意，现印发给你们，请结合实际认真组织实施。"),
        ("r", "百色市田阳区人民政府办公室"),
        ("r", "2025年3月14日"),
        ("p", "（此件公开发布）"),
        ("title", "田阳区2025年芒果产业提质增效工作方案"),
        ("p", "为推动芒果产业由规模扩张向质量效益转变，促进果农持续增收，制定本方案。"),
        ("n", "outline", 0, "工作目标"),
        ("p", "到2025年底，全区芒果种植面积稳定在30万亩以上，新增标准化示范基地5个，芒果产业综合产值达到60亿元。"),
        ("n", "outline", 0, "重点任务"),
        ("n", "outline", 1, "推进低产果园改造。对树龄15年以上的低产果园实施品种更新和密改稀，全年完成低产果园改造2万亩，9月30日前全部完成。（牵头单位：区农业农村局；配合单位：各镇人民政府）"),
        ("n", "outline", 1, "提升采后处理能力。支持企业和农民专业合作社建设冷库及分选线，年内新增冷链仓储能力1万吨，芒果商品化处理率达到70%以上。（牵头单位：区发展和改革局；配合单位：区财政局、区商务局）"),
        ("n", "outline", 1, "打响区域公用品牌。全年举办芒果展销推介活动不少于8场次，每季度开展一次品牌宣传推介。（牵头单位：区农业农村局；配合单位：区融媒体中心）"),
        ("n", "outline", 0, "保障措施"),
        ("p", "区财政局统筹安排产业发展资金，区农业农村局每月调度各镇工作进展，各镇人民政府于11月30日前报送年度工作总结。"),
        ("l", "抄送：区委办公室，区人大常委会办公室，区政协办公室。"),
        ("l", "百色市田阳区人民政府办公室　　　　　　2025年3月14日印发"),
    ])

WORD["w02_ganzhou_water_style_numbering.docx"] = dict(
    lists={"outline": CHINESE_LIST},
    styles={"公文一级标题": ("outline", 0), "公文二级标题": ("outline", 1)},
    header="赣州市水利局文件", footer="赣州市水利局办公室印发",
    blocks=[
        ("red", "赣州市水利局文件"),
        ("c", "赣市水字〔2025〕12号"),
        ("title", "赣州市水利局关于印发"),
        ("title", "《2025年全市农村供水保障工作要点》的通知"),
        ("l", "各县（市、区）水利局，局属各单位："),
        ("p", "现将《2025年全市农村供水保障工作要点》印发给你们，请结合实际抓好落实。"),
        ("r", "赣州市水利局"),
        ("r", "2025年2月26日"),
        ("title", "2025年全市农村供水保障工作要点"),
        ("s", "公文一级标题", "保障农村供水安全"),
        ("s", "公文二级标题", "加快城乡供水一体化建设。2025年底前，全市农村自来水普及率达到92%，规模化供水工程覆盖农村人口比例达到75%以上。（责任单位：各县（市、区）水利局）"),
        ("s", "公文二级标题", "强化水质检测。每月对千吨万人供水工程出厂水开展1次水质检测，农村供水工程水质达标率不低于90%。（责任单位：市水利局农村水利水电科；配合单位：市卫生健康委）"),
        ("s", "公文一级标题", "加强工程运行管护"),
        ("s", "公文二级标题", "落实维修养护。年内完成农村供水工程维修养护项目120处，9月底前下达维修养护补助资金。（责任单位：市财政局、市水利局）"),
        ("s", "公文二级标题", "规范水费收缴。推行“两部制”水价，农村供水工程水费收缴率达到85%以上。（责任单位：各县（市、区）水利局）"),
        ("s", "公文一级标题", "工作要求"),
        ("p", "各县（市、区）水利局要于每季度末月25日前向市水利局报送工作进展。"),
    ])

WORD["w03_yongshun_roads_header_table_merged.docx"] = dict(
    blocks=[
        ("t", [["索引号", "431127/2025-00231", "主题分类", "交通"],
               ["发文机关", "永顺县人民政府办公室", "成文日期", "2025年04月02日"],
               ["文号", "永政办发〔2025〕9号", "发布日期", "2025年04月07日"]]),
        ("title", "永顺县人民政府办公室关于印发永顺县农村公路提质改造三年行动方案（2025—2027年）的通知"),
        ("l", "各乡镇人民政府，县直各有关单位："),
        ("p", "《永顺县农村公路提质改造三年行动方案（2025—2027年）》已经县人民政府同意，现印发给你们，请认真贯彻执行。"),
        ("r", "永顺县人民政府办公室"),
        ("r", "2025年4月2日"),
        ("title", "永顺县农村公路提质改造三年行动方案（2025—2027年）"),
        ("p", "一、工作目标"),
        ("p", "到2027年底，全县农村公路路网结构进一步优化，等级公路比例达到98%以上，乡镇通三级及以上公路比例达到100%。"),
        ("p", "二、重点任务"),
        ("t", [["序号", "任务", "牵头单位", "配合单位", "完成时限"],
               ["1", "完成农村公路提质改造150公里，其中2025年完成60公里。", "县交通运输局", "县财政局、各乡镇人民政府", "2027年12月底"],
               ["2", "实施农村公路危旧桥梁改造12座。", "县交通运输局", "县财政局", "2026年6月底"],
               ["", "新增农村公路安全生命防护工程80公里。", "", "县公安局交警大队", "2025年11月底"],
               ["3", "建制村通客车率保持100%，每月开展一次农村客运班线安全检查。", "县交通运输局", "各乡镇人民政府", "长期坚持"],
               ["4", "农村公路优良中等路率达到85%以上。", "县公路建设养护中心", "各乡镇人民政府", "2027年12月底"]],
         [(2, 0, 3, 0), (2, 2, 3, 2)]),
        ("p", "三、保障措施"),
        ("p", "县财政局统筹安排农村公路建设养护资金，县交通运输局每季度通报工作进展情况，各乡镇人民政府全面落实农村公路“路长制”。"),
    ])

WORD["w04_shandong_food_soft_breaks.docx"] = dict(
    lists={"outline": CHINESE_DECIMAL},
    blocks=[
        ("red", "山东省市场监督管理局"),
        ("c", "鲁市监食经字〔2025〕37号"),
        ("title", "山东省市场监督管理局关于开展2025年校园食品安全守护行动的通知"),
        ("l", "各市市场监督管理局："),
        ("p", "为切实保障广大师生饮食安全，省局决定在全省开展2025年校园食品安全守护行动，现将有关事项通知如下："),
        ("n", "outline", 0, "工作目标"),
        ("p", "到2025年底，全省学校食堂“互联网+明厨亮灶”覆盖率达到95%以上，校园食品安全量化分级B级以上比例不低于90%。"),
        ("n", "outline", 0, "重点任务"),
        ("n", "outline", 1, "开展全覆盖监督检查。\n各市市场监管局在春季、秋季开学前后对辖区学校食堂及校外供餐单位开展全覆盖检查，9月30日前完成秋季开学食品安全检查。"),
        ("n", "outline", 1, "强化抽检监测。\n全年完成校园及周边食品抽检不少于12000批次，问题食品核查处置率达到100%。"),
        ("n", "outline", 1, "推进陪餐制度落实。\n督促中小学、幼儿园落实负责人陪餐制度，陪餐记录保存时间不少于12个月。"),
        ("n", "outline", 1, "加强业务培训。\n于6月底前举办一期全省学校食品安全管理人员专题培训，全省培训学校食堂从业人员不少于5000人次。"),
        ("n", "outline", 0, "工作要求"),
        ("p", "各市市场监督管理局要于每月5日前报送上月工作进展，11月20日前报送行动总结。"),
        ("p", "联系人：王晓峰；联系电话：0531-81765432"),
        ("r", "山东省市场监督管理局\n2025年3月5日"),
        ("p", "（此件主动公开）"),
    ])

WORD["w05_tangjiahui_elderly_red_table.docx"] = dict(
    lists={"outline": CHINESE_LIST},
    blocks=[
        ("t", [["金寨县汤家汇镇人民政府文件"], ["汤政〔2025〕5号"]]),
        ("title", "汤家汇镇人民政府关于做好2025年农村养老服务工作的通知"),
        ("l", "各村民委员会，镇直各单位："),
        ("p", "为进一步健全农村养老服务体系，切实保障农村老年人基本生活，现就有关事项通知如下："),
        ("n", "outline", 0, "工作目标"),
        ("p", "到2025年底，全镇村级养老服务站覆盖率达到100%，特困人员集中供养率达到50%以上。"),
        ("n", "outline", 0, "主要任务"),
        ("n", "outline", 1, "建设村级养老服务站。6月底前建成村级养老服务站8个，每站配备服务人员不少于2名。（责任单位：镇民政办；配合单位：各村民委员会）"),
        ("n", "outline", 1, "开展关爱巡访。对独居、空巢、留守老年人每月至少巡访1次，巡访覆盖率达到100%。（责任单位：各村民委员会）"),
        ("n", "outline", 1, "落实高龄津贴。80周岁以上老年人高龄津贴发放率达到100%，9月30日前完成年度资格认证。（责任单位：镇民政办、镇财政所）"),
        ("n", "outline", 0, "保障措施"),
        ("p", "镇财政所统筹安排养老服务工作经费，镇民政办每季度对各村工作开展情况进行督查。"),
        ("r", "汤家汇镇人民政府"),
        ("r", "二〇二五年三月二十日"),
    ])

WORD["w06_tianshui_flood_task_table_groups.docx"] = dict(
    lists={"outline": CHINESE_LIST},
    header="天市应急发〔2025〕21号", footer="天水市应急管理局",
    blocks=[
        ("red", "天水市应急管理局文件"),
        ("c", "天市应急发〔2025〕21号"),
        ("title", "天水市应急管理局关于做好2025年汛期安全防范工作的通知"),
        ("l", "各县（区）应急管理局，市防指各成员单位："),
        ("p", "为全力做好今年汛期安全防范工作，最大限度减少灾害损失，现就有关事项通知如下："),
        ("n", "outline", 0, "总体要求"),
        ("p", "坚持人民至上、生命至上，确保汛期不发生群死群伤事件，因灾死亡人数较近五年均值下降10%以上。"),
        ("n", "outline", 0, "重点任务"),
        ("p", "各项任务分工见下表。"),
        ("t", [["序号", "任务", "牵头单位", "配合单位", "完成时限"],
               ["（一）隐患排查", "", "", "", ""],
               ["1", "对全市山洪灾害危险区、地质灾害隐患点开展拉网式排查，排查覆盖率达到100%。", "市自然资源局", "市水务局", "5月31日前"],
               ["2", "完成病险水库除险加固15座。", "市水务局", "市财政局", ""],
               ["（二）应急准备", "", "", "", ""],
               ["3", "修订完善县、乡、村三级防汛应急预案，乡镇预案修订率达到100%。", "市应急管理局", "各县（区）人民政府", "6月15日前"],
               ["4", "组建村级应急抢险队伍不少于300支，每年汛前至少开展1次实战演练。", "市应急管理局", "市消防救援支队", "6月30日前"]],
         [(1, 0, 1, 4), (2, 4, 3, 4), (4, 0, 4, 4)]),
        ("n", "outline", 0, "工作要求"),
        ("p", "各县（区）应急管理局要严格落实24小时值班和领导带班制度，汛期每日17时前报送当日雨情汛情。"),
        ("r", "天水市应急管理局"),
        ("r", "2025年4月18日"),
        ("l", "抄送：市防汛抗旱指挥部办公室。"),
    ])

WORD["w07_leishan_tourism_style_attachment.docx"] = dict(
    lists={"flat": [("chineseCounting", "%1、", 640)]},
    styles={"措施条目": ("flat", 0)},
    blocks=[
        ("red", "雷山县人民政府文件"),
        ("c", "雷府发〔2025〕3号"),
        ("title", "雷山县人民政府关于促进乡村旅游高质量发展的若干措施"),
        ("l", "各乡镇人民政府，县直各部门："),
        ("p", "为加快推进乡村旅游提质增效，结合我县实际，制定以下措施。"),
        ("s", "措施条目", "培育乡村旅游重点村。到2026年底，全县创建省级乡村旅游重点村5个以上，培育乡村旅游示范户100户。"),
        ("s", "措施条目", "提升民宿接待能力。对新评定为甲级旅游民宿的，给予一次性奖励5万元。全县旅游民宿床位数达到6000张。"),
        ("s", "措施条目", "完善旅游交通设施。县交通运输局负责建设旅游公路30公里，9月底前完成西江至郎德段旅游公路改造。"),
        ("s", "措施条目", "丰富节庆活动。办好苗年节、鼓藏节等节庆活动，每年举办乡村旅游主题活动不少于10场。"),
        ("s", "措施条目", "加强人才培训。县文体广电旅游局每年组织乡村旅游从业人员培训不少于500人次。"),
        ("s", "措施条目", "强化要素保障。县财政局每年安排乡村旅游发展专项资金1000万元，县自然资源局优先保障乡村旅游项目用地。"),
        ("p", "本措施自2025年5月1日起施行，有效期3年。"),
        ("r", "雷山县人民政府"),
        ("r", "2025年4月10日"),
        ("l", "附件"),
        ("title", "雷山县2025年乡村旅游重点任务清单"),
        ("t", [["序号", "重点任务", "责任单位", "完成时间"],
               ["1", "完成郎德苗寨游客服务中心提质改造", "县文体广电旅游局、丹江镇人民政府", "2025年8月31日"],
               ["2", "新增旅游厕所12座", "县文体广电旅游局", "2025年10月31日"],
               ["3", "开通旅游专线公交2条", "县交通运输局", "2025年6月30日"]]),
    ])

WORD["w08_baoding_dust_joint_wrapped_title.docx"] = dict(
    lists={"outline": [("chineseCounting", "%1、", 640)]},
    footer="— 1 —",
    blocks=[
        ("red", "保定市生态环境局\n保定市住房和城乡建设局"),
        ("c", "保环发〔2025〕8号"),
        ("title", "保定市生态环境局　保定市住房和城乡建设局"),
        ("title", "关于加强建筑施工扬尘污染防治工作的"),
        ("title", "通知"),
        ("l", "各县（市、区）人民政府，市直有关部门："),
        ("p", "为持续改善全市空气质量，进一步加强建筑施工扬尘污染防治，现就有关事项通知如下："),
        ("n", "outline", 0, "工作目标"),
        ("p", "到2025年底，全市建筑施工工地扬尘治理“六个百分之百”达标率达到95%以上，PM10平均浓度较2024年下降3%。"),
        ("n", "outline", 0, "重点任务"),
        ("p", "（一）落实施工单位主体责任。施工工地围挡、物料堆放覆盖、出入车辆清洗、现场地面硬化、拆迁工地湿法作业、渣土车辆密闭运输要全部落实到位。（牵头单位：市住房和城乡建设局；配合单位：市城市管理综合行政执法局）"),
        ("p", "（二）推进在线监测。5000平方米以上的建筑工地全部安装扬尘在线监测设备，8月底前联网率达到100%。（牵头单位：市生态环境局；配合单位：市住房和城乡建设局）"),
        ("p", "（三）加强执法检查。每月至少开展1次联合执法检查，对问题突出的工地依法予以处罚。（牵头单位：市城市管理综合行政执法局；配合单位：各县（市、区）人民政府）"),
        ("n", "outline", 0, "保障措施"),
        ("p", "各县（市、区）人民政府要落实属地管理责任，市生态环境局、市住房和城乡建设局每季度对各地工作开展情况进行通报。"),
        ("r", "保定市生态环境局　　　　保定市住房和城乡建设局"),
        ("r", "2025年3月28日"),
    ])

WORD["w09_changchun_chaoyang_housing_index.docx"] = dict(
    header="长春市朝阳区人民政府办公室",
    blocks=[
        ("t", [["索引号", "11220104MB1C52641X/2025-00087", "主题分类", "城乡建设"],
               ["发文机关", "长春市朝阳区人民政府办公室", "成文日期", "2025年05月09日"],
               ["文号", "长朝府办发〔2025〕11号", "发布日期", "2025年05月13日"]]),
        ("title", "长春市朝阳区人民政府办公室关于印发朝阳区2025年城镇老旧小区改造工作方案的通知"),
        ("l", "各街道办事处，区政府各委办局，各直属机构："),
        ("p", "《朝阳区2025年城镇老旧小区改造工作方案》已经区政府同意，现印发给你们，请认真组织实施。"),
        ("r", "长春市朝阳区人民政府办公室"),
        ("r", "2025年5月9日"),
        ("title", "朝阳区2025年城镇老旧小区改造工作方案"),
        ("p", "一、改造任务\n年内完成城镇老旧小区改造42个，改造老旧供热管网18公里。"),
        ("p", "二、改造内容"),
        ("p", "（一）基础类。\n重点改造供水、排水、供热、供气等管线，加装电梯不少于30部。（责任单位：区住房和城乡建设局）"),
        ("p", "（二）完善类。\n新增停车泊位800个，建设充电桩200个，7月31日前完成项目招标。（责任单位：区住房和城乡建设局；配合单位：区发展和改革局）"),
        ("p", "（三）提升类。\n在具备条件的小区配建养老托育、便民市场等社区服务设施，社区服务设施配建率达到60%以上。（责任单位：各街道办事处）"),
        ("p", "三、工作要求\n区财政局统筹落实改造资金，各街道办事处每月25日前向区住房和城乡建设局报送改造进度，11月30日前全部项目完工。"),
    ])

WORD["w10_ruian_health_style_decimal.docx"] = dict(
    lists={"outline": CHINESE_DECIMAL},
    styles={"要点一级": ("outline", 0), "要点二级": ("outline", 1)},
    header="瑞安市卫生健康局", footer="第 1 页",
    blocks=[
        ("red", "瑞安市卫生健康局文件"),
        ("c", "瑞卫发〔2025〕7号"),
        ("title", "瑞安市卫生健康局关于印发瑞安市2025年基层卫生健康工作要点的通知"),
        ("l", "各医共体，局机关各科室："),
        ("p", "现将《瑞安市2025年基层卫生健康工作要点》印发给你们，请认真贯彻落实。"),
        ("r", "瑞安市卫生健康局"),
        ("r", "2025年2月20日"),
        ("title", "瑞安市2025年基层卫生健康工作要点"),
        ("s", "要点一级", "夯实基层服务网络"),
        ("s", "要点二级", "推进乡镇卫生院服务能力提升，年内新增社区医院2家，建成县域医疗卫生次中心1个。（牵头：基层卫生科；配合：医政医管科）"),
        ("s", "要点二级", "规范村级医疗机构管理，村卫生室医保结算覆盖率达到100%。（牵头：基层卫生科）"),
        ("s", "要点一级", "做实基本公共卫生服务"),
        ("s", "要点二级", "提高家庭医生签约服务质量，重点人群签约率达到85%以上，家庭医生每季度开展高血压患者随访。（牵头：基层卫生科；配合：各医共体）"),
        ("s", "要点二级", "加强老年人健康管理，65岁及以上老年人城乡社区规范健康管理服务率达到65%，9月底前完成年度体检。（牵头：老龄健康科；配合：各镇街卫生院）"),
        ("s", "要点一级", "强化工作保障"),
        ("p", "局财务科于6月底前拨付基本公共卫生服务补助资金，各医共体每半年报送一次工作进展。"),
    ])

PDF["p01_huili_pomegranate_chinese_date.pdf"] = dict(
    running="会府办发〔2025〕15号",
    blocks=[
        ("red", "会理市人民政府办公室"),
        ("c", "会府办发〔2025〕15号"),
        ("gap",),
        ("title", "会理市人民政府办公室关于印发会理市石榴产业\n高质量发展实施方案的通知"),
        ("gap",),
        ("l", "各乡镇人民政府、街道办事处，市级有关部门："),
        ("p", "《会理市石榴产业高质量发展实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。"),
        ("gap",),
        ("r", "会理市人民政府办公室"),
        ("r", "二〇二五年四月三日"),
        ("p", "（此件公开发布）"),
        ("gap",),
        ("title", "会理市石榴产业高质量发展实施方案"),
        ("p", "为做强做优石榴特色产业，加快建设现代农业强市，结合我市实际，制定本方案。"),
        ("p", "一、发展目标"),
        ("p", "到2027年，全市石榴种植面积稳定在35万亩，石榴综合产值突破100亿元，建成省级现代农业园区1个。"),
        ("p", "二、重点任务"),
        ("p", "（一）实施品种改良。每年改造提升老旧石榴园3万亩，推广软籽石榴等优良品种，良种覆盖率达到90%以上。（牵头单位：市农业农村局；配合单位：各乡镇人民政府）"),
        ("p", "（二）建设冷链物流体系。2025年新建产地冷藏保鲜设施20个，新增冷藏能力2万吨。（牵头单位：市商务和经济信息化局；配合单位：市农业农村局）"),
        ("p", "（三）培育经营主体。培育市级以上农业产业化龙头企业5家，发展石榴专业合作社不少于50个。（牵头单位：市农业农村局）"),
        ("p", "（四）拓展销售渠道。依托电商平台开展直播带货，全年石榴网络销售额达到8亿元。（牵头单位：市商务和经济信息化局；配合单位：团市委）"),
        ("p", "三、保障措施"),
        ("p", "市财政局统筹整合涉农资金支持石榴产业发展，市农业农村局每半年对方案实施情况开展评估。"),
        ("gap",),
        ("l", "抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
        ("l", "会理市人民政府办公室　　　　　　2025年4月3日印发"),
    ])

PDF["p02_heilongjiang_irrigation_grid_table.pdf"] = dict(
    blocks=[
        ("red", "黑龙江省水利厅文件"),
        ("c", "黑水发〔2025〕44号"),
        ("gap",),
        ("title", "黑龙江省水利厅关于做好2025年\n农田水利设施管护工作的通知"),
        ("gap",),
        ("l", "各市（地）水务局："),
        ("p", "为加强农田水利设施管护，保障农业生产用水，现将有关事项通知如下。"),
        ("p", "一、管护目标"),
        ("p", "2025年底前，全省大中型灌区骨干工程完好率达到85%以上，小型农田水利设施管护责任落实率达到100%。"),
        ("p", "二、重点工作"),
        ("grid", [40, 200, 110, 85], [
            ["序号", "工作任务", "责任处室", "完成时限"],
            ["1", "完成大中型灌区续建配套与现代化改造项目18处", "农村水利水电处", "2025年10月底"],
            ["2", "开展小型水库安全鉴定120座", "运行管理处", "2025年9月底"],
            ["3", "建立农田水利设施管护台账，管护台账建档率达到100%", "农村水利水电处、规划计划处", "2025年7月底"],
            ["4", "组织灌区管理人员培训不少于1500人次", "人事处", "2025年11月底"]]),
        ("p", "三、工作要求"),
        ("p", "各市（地）水务局要于每季度末向省水利厅报送管护工作进展。"),
        ("gap",),
        ("r", "黑龙江省水利厅"),
        ("r", "2025年5月12日"),
    ])

PDF["p03_ordos_transport_spaced_running.pdf"] = dict(
    running="鄂交发〔2025〕26号", running_from=1,
    blocks=[
        ("red", "鄂尔多斯市交通运输局文件"),
        ("c", "鄂交发〔2025〕26号"),
        ("gap",),
        ("title", "鄂尔多斯市交通运输局关于开展道路运输\n安全隐患专项整治的通知"),
        ("gap",),
        ("l", "各旗区交通运输局，局属各单位："),
        ("p", "为有效防范遏制道路运输领域安全事故，经研究，决定在全市开展道路运输安全隐患专项整治，现将有关事项通知如下。"),
        ("p", "一、整治时间"),
        ("p", "2025年4月至10月。"),
        ("p", "二、整治重点"),
        ("p", "重点整治“两客一危”车辆动态监控不在线、驾驶员疲劳驾驶、超速行驶等违法违规行为，以及道路运输企业安全管理制度不落实等问题。"),
        ("p", "三、工作措施"),
        ("sp", "（一）强化源头管理。各旗区交通运输局要对辖区道路运输企业开展全覆盖检查，6月30日前检查覆盖率达到100%。"),
        ("sp", "（二）加强动态监控。重点营运车辆动态监控上线率达到98%以上，每月通报一次监控平台运行情况。（责任单位：市道路运输事业发展中心）"),
        ("p", "（三）开展联合执法。会同公安交管部门每周至少开展2次联合路检路查。（责任单位：市交通运输综合行政执法支队；配合单位：市公安局交通管理支队）"),
        ("p", "（四）严格考核问责。对发生较大及以上道路运输安全事故的企业，依法依规严肃追究责任。"),
        ("p", "四、工作要求"),
        ("p", "各旗区交通运输局要于每月5日前报送上月整治情况，10月31日前报送专项整治工作总结。"),
        ("gap",),
        ("r", "鄂尔多斯市交通运输局"),
        ("r", "2025年3月31日"),
    ])

PDF["p04_cibihu_town_erhai_chinese_date.pdf"] = dict(
    blocks=[
        ("red", "洱源县茈碧湖镇人民政府文件"),
        ("c", "茈政发〔2025〕4号"),
        ("gap",),
        ("title", "茈碧湖镇人民政府关于印发茈碧湖镇2025年\n洱海流域水环境保护工作方案的通知"),
        ("gap",),
        ("l", "各村委会，镇属各站所："),
        ("p", "现将《茈碧湖镇2025年洱海流域水环境保护工作方案》印发给你们，请认真抓好落实。"),
        ("gap",),
        ("r", "茈碧湖镇人民政府"),
        ("r", "二〇二五年二月二十八日"),
        ("gap",),
        ("title", "茈碧湖镇2025年洱海流域水环境保护工作方案"),
        ("p", "一、工作目标"),
        ("p", "到2025年底，镇域内入湖河道水质稳定保持Ⅲ类及以上，农村生活污水治理率达到90%以上，化肥使用量较2024年减少5%。"),
        ("p", "二、主要任务"),
        ("p", "（一）推进农村生活污水治理。9月底前建成自然村污水收集管网12公里，污水处理设施正常运行率达到95%以上。（责任单位：镇农业农村服务中心；配合单位：各村委会）"),
        ("p", "（二）开展河道清洁行动。各村委会每周组织一次河道保洁，镇河长办每月开展巡河检查。"),
        ("p", "（三）推广绿色生产。全镇推广有机肥替代化肥面积1.2万亩，绿色防控覆盖率达到60%。（责任单位：镇农业农村服务中心）"),
        ("p", "（四）加强禁养区管理。禁养区畜禽养殖场关停率保持100%，6月底前完成存量养殖户排查。（责任单位：镇畜牧兽医站；配合单位：镇综合行政执法队）"),
        ("p", "三、保障措施"),
        ("p", "镇财政所每季度拨付洱海保护工作经费，镇纪委对工作推进不力的村进行通报。"),
    ])

PDF["p05_yiling_elevator_grid_attachment.pdf"] = dict(
    running="夷陵区市场监督管理局",
    blocks=[
        ("red", "宜昌市夷陵区市场监督管理局"),
        ("c", "夷市监发〔2025〕9号"),
        ("gap",),
        ("title", "宜昌市夷陵区市场监督管理局关于开展\n2025年电梯安全隐患排查整治的通知"),
        ("gap",),
        ("l", "各市场监管所，局机关各股室："),
        ("p", "为进一步压实电梯安全责任，防范电梯安全事故，局党组研究决定开展电梯安全隐患排查整治，现将有关事项通知如下。"),
        ("p", "一、工作目标"),
        ("p", "全区在用电梯定期检验率达到100%，电梯万台事故起数控制在0.1起以内，电梯困人故障平均救援时间不超过30分钟。"),
        ("p", "二、工作安排"),
        ("p", "（一）自查自纠阶段（2025年4月1日至4月30日）。组织电梯使用单位对在用电梯开展自查，自查覆盖率达到100%。"),
        ("p", "（二）集中整治阶段（2025年5月1日至8月31日）。各市场监管所对辖区住宅小区电梯逐台检查，督促使用单位整改隐患，隐患整改率达到100%。"),
        ("p", "（三）总结提升阶段（2025年9月1日至9月30日）。特种设备安全监察股汇总整治情况，形成专项报告。"),
        ("p", "三、工作要求"),
        ("p", "各市场监管所每月20日前报送整治进展。"),
        ("gap",),
        ("r", "宜昌市夷陵区市场监督管理局"),
        ("r", "2025年3月25日"),
        ("gap",),
        ("l", "附件"),
        ("title", "电梯安全隐患排查整治任务分解表"),
        ("grid", [40, 200, 110, 85], [
            ["序号", "任务内容", "责任单位", "完成时间"],
            ["1", "完成老旧住宅电梯安全评估60台", "特种设备安全监察股", "2025年6月30日"],
            ["2", "推动住宅电梯加装应急救援物联网装置200台", "各市场监管所", "2025年9月30日"],
            ["3", "开展电梯维保单位专项检查不少于15家", "特种设备安全监察股", "2025年8月31日"]]),
    ])

PDF["p06_nantong_subsistence_joint.pdf"] = dict(
    blocks=[
        ("red", "南通市民政局\n南通市财政局"),
        ("c", "通民发〔2025〕12号"),
        ("gap",),
        ("title", "南通市民政局　南通市财政局\n关于提高2025年城乡低保标准的通知"),
        ("gap",),
        ("l", "各县（市、区）民政局、财政局："),
        ("p", "为保障困难群众基本生活，经市人民政府同意，现就调整全市城乡最低生活保障标准有关事项通知如下："),
        ("p", "一、调整低保标准"),
        ("p", "自2025年7月1日起，全市城乡低保标准由每人每月950元提高到每人每月1000元。"),
        ("p", "二、提高特困人员供养标准"),
        ("p", "特困人员基本生活标准不低于当地低保标准的1.3倍。"),
        ("p", "三、落实资金保障"),
        ("p", "提标所需资金由市、县两级财政按现行渠道分担，各县（市、区）财政局要于8月底前足额拨付。"),
        ("p", "四、做好政策衔接"),
        ("p", "各县（市、区）民政局要于7月31日前完成系统数据调整，每季度开展一次低保对象动态核查，低保资金社会化发放率达到100%。"),
        ("p", "五、加强监督管理"),
        ("p", "市民政局每半年对提标政策落实情况开展一次专项检查。"),
        ("gap",),
        ("r", "南通市民政局　　　　南通市财政局"),
        ("r", "2025年6月20日"),
    ])

PDF["p07_baota_forest_fire_fullwidth.pdf"] = dict(
    running="宝政办发〔2025〕5号",
    blocks=[
        ("red", "延安市宝塔区人民政府办公室"),
        ("c", "宝政办发〔2025〕5号"),
        ("gap",),
        ("title", "延安市宝塔区人民政府办公室关于做好\n2025年春季森林草原防灭火工作的通知"),
        ("gap",),
        ("l", "各乡镇人民政府、街道办事处，区政府各工作部门："),
        ("p", "当前我区已进入森林草原防火关键期，为切实做好春季森林草原防灭火工作，经区政府同意，现就有关事项通知如下："),
        ("p", "一、压紧压实防火责任。各乡镇人民政府要于2月28日前与村（社区）签订防火责任书，落实网格化管理。"),
        ("p", "二、严格火源管控。防火期内，全区设置防火检查站不少于25个，护林员每日巡山不少于1次。"),
        ("p", "三、加强隐患排查。区林业局牵头对林区输配电线路、坟墓、景区开展排查，隐患整改率达到100%。"),
        ("p", "四、做好扑救准备。区应急管理局组建专业扑火队不少于120人，储备风力灭火机、二号工具等物资，森林火灾受害率控制在０．３‰以内。"),
        ("p", "五、强化值班值守。防火期内实行24小时值班制度，各乡镇人民政府每日16时前向区森林草原防灭火指挥部办公室报送火情。"),
        ("gap",),
        ("r", "延安市宝塔区人民政府办公室"),
        ("r", "2025年2月14日"),
        ("p", "（此件公开发布）"),
    ])

PDF["p08_chongqing_rural_tourism_cc.pdf"] = dict(
    blocks=[
        ("red", "重庆市文化和旅游发展委员会"),
        ("c", "渝文旅发〔2025〕18号"),
        ("gap",),
        ("title", "重庆市文化和旅游发展委员会关于推进\n2025年乡村旅游提质升级的通知"),
        ("gap",),
        ("l", "各区县（自治县）文化旅游委，两江新区、西部科学城重庆高新区、万盛经开区文化旅游部门："),
        ("p", "为深入推进乡村旅游高质量发展，助力乡村全面振兴，现就2025年乡村旅游提质升级工作通知如下。"),
        ("p", "一、发展目标。到2025年底，全市创建全国乡村旅游重点村镇3个以上、市级乡村旅游重点村20个，乡村旅游接待游客人次较上年增长8%。"),
        ("p", "二、提升乡村民宿品质。各区县文化旅游委要开展乡村民宿等级评定，年内评定等级民宿不少于100家。"),
        ("p", "三、打造精品线路。市文化旅游委于6月底前发布乡村旅游精品线路50条。"),
        ("p", "四、加强宣传推广。每季度开展一次“乡村四季”主题推广活动，组织旅行社开发乡村旅游产品不少于200个。"),
        ("p", "五、强化人才支撑。全年培训乡村旅游带头人1000名。"),
        ("gap",),
        ("r", "重庆市文化和旅游发展委员会"),
        ("r", "二〇二五年三月七日"),
        ("gap",),
        ("l", "抄送：文化和旅游部资源开发司。"),
        ("l", "重庆市文化和旅游发展委员会办公室　　2025年3月10日印发"),
    ])

PDF["p09_zhuanghe_rural_housing_pagebreak.pdf"] = dict(
    running="庄河市住房和城乡建设局",
    blocks=[
        ("red", "庄河市住房和城乡建设局文件"),
        ("c", "庄住建发〔2025〕6号"),
        ("gap",),
        ("title", "庄河市住房和城乡建设局关于做好2025年\n农村低收入群体等重点对象住房安全\n保障工作的通知"),
        ("gap",),
        ("l", "各乡镇人民政府、街道办事处："),
        ("p", "为巩固拓展农村住房安全保障成果，切实保障农村低收入群体等重点对象住房安全，根据省、大连市有关工作部署，结合我市实际，现就做好2025年相关工作通知如下。"),
        ("p", "一、目标任务"),
        ("p", "年内全市完成农村危房改造300户，农房安全隐患排查覆盖率达到100%。"),
        ("p", "二、精准认定对象"),
        ("p", "各乡镇人民政府要于4月30日前完成改造对象摸底认定，市住房和城乡建设局会同市民政局、市乡村振兴局开展数据比对，确保应改尽改、不漏一户。对认定结果存在争议的，由乡镇人民政府组织复核，并在村务公开栏公示不少于5个工作日。"),
        ("p", "三、落实补助政策"),
        ("p", "对C级危房每户补助不超过2万元，D级危房每户补助不超过4万元。"),
        ("p", "四、加强质量监管"),
        ("p", "市住房和城乡建设局每月组织一次施工质量巡查，竣工验收合格率达到100%。"),
        ("p", "五、规范档案管理"),
        ("p", "10月31日前完成危房改造农户档案录入，信息录入率达到100%。（责任单位：各乡镇人民政府）"),
        ("gap",),
        ("r", "庄河市住房和城乡建设局"),
        ("r", "2025年3月18日"),
    ])

PDF["p10_jinzhong_health_task_grid.pdf"] = dict(
    running="晋中卫发〔2025〕15号",
    blocks=[
        ("red", "晋中市卫生健康委员会文件"),
        ("c", "晋中卫发〔2025〕15号"),
        ("gap",),
        ("title", "晋中市卫生健康委员会关于印发晋中市2025年\n基层卫生健康重点工作任务的通知"),
        ("gap",),
        ("l", "各县（区、市）卫生健康局，委机关各科室："),
        ("p", "现将《晋中市2025年基层卫生健康重点工作任务》印发给你们，请认真抓好落实。"),
        ("gap",),
        ("r", "晋中市卫生健康委员会"),
        ("r", "2025年3月3日"),
        ("gap",),
        ("title", "晋中市2025年基层卫生健康重点工作任务"),
        ("p", "一、工作目标"),
        ("p", "到2025年底，全市乡镇卫生院服务能力达到国家基本标准的比例达到90%以上，县域内就诊率达到90%。"),
        ("p", "二、重点任务"),
        ("grid", [34, 165, 80, 80, 76], [
            ["序号", "重点任务", "牵头科室", "配合科室", "完成时限"],
            ["1", "推进紧密型县域医共体建设，检查检验结果互认率达到95%以上", "基层卫生健康科", "医政医管科", "2025年12月底"],
            ["2", "新建村卫生室标准化建设项目45个", "规划发展与信息化科", "财务科", "2025年9月底"],
            ["3", "开展基层卫生人员能力提升培训不少于2000人次", "科技教育科", "基层卫生健康科", "2025年11月底"],
            ["4", "65岁及以上老年人健康管理率达到72%", "老龄健康科", "基层卫生健康科", "2025年12月底"]]),
        ("p", "三、工作要求"),
        ("p", "各县（区、市）卫生健康局要于每季度末月20日前报送工作进展，市卫生健康委每半年通报一次。"),
    ])


def write_documents(folder: Path, word: dict, pdf: dict) -> None:
    """Write the Word (``word``: file name -> :func:`docx_document` arguments) and PDF documents
    (``pdf``: -> :func:`pdf_document` arguments) of a review set into ``folder``."""
    for name, spec in word.items():
        (folder / name).write_bytes(docx_document(**spec))
    for name, spec in pdf.items():
        (folder / name).write_bytes(pdf_document(**spec))


def main() -> None:
    """Write every document of the set beside this script."""
    write_documents(HERE, WORD, PDF)


if __name__ == "__main__":
    main()
