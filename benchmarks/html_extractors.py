"""Which HTML main-text extractor keeps a government page's text best?

Runs trafilatura, readability-lxml, jusText and a selectolax baseline (and policycompare's own
reader) on the government-page fixtures in tests/fixtures/html and prints, per extractor and page:

* ``kept``: share of the page's body lines found in the output;
* ``lines``: share of outline headings (一、 (一) 1.) that start a line of their own;
* ``leaked``: furniture strings (breadcrumbs, share links, related lists, ICP footer) in the output.

    PYTHONPATH=src python benchmarks/html_extractors.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "html"
# Body lines each page must keep (a few per page, outline headings among them), and its furniture.
BODY = {
    "policy_library.html": ["都政办发〔2022〕7号", "各乡镇人民政府、街道办事处，市政府各部门：", "一、总体目标",
                            "二、重点任务", "（一）完善实体平台。", "（三）加强队伍建设。", "1.每年组织法律服务人员",
                            "2.建立律师、公证员", "三、保障措施", "宜都市人民政府办公室", "2022年4月15日"],
    "county_disclosure.shtml": ["各乡镇（街道）司法所", "安吉县司法局", "2023年2月27日", "一、工作目标", "二、主要任务",
                                "（一）开展普法下乡活动。", "1.制定法律明白人培养办法", "2.每年开展集中培训",
                                "（三）建立积分激励机制。", "三、年度指标", "民主法治村创建率", "四、工作要求"],
    "bureau_article.htm": ["2021年全市普法依法治理工作的总体要求", "一、深入学习宣传习近平法治思想",
                           "1.组织全市国家工作人员开展专题学习，年内举办", "2.将习近平法治思想", "二、突出宪法和民法典宣传",
                           "3.在12月4日", "三、落实普法责任制", "5.9月底前", "钟祥市司法局", "2021年3月3日"],
    "saved_gbk.html": ["为持续优化营商环境", "一、主要目标", "二、重点任务", "（一）提升政务服务效能",
                       "1.全面推行", "2.推动高频事项", "（二）降低企业经营成本", "3.落实减税降费政策", "4.规范涉企收费",
                       "三、保障措施", "各部门要建立工作台账"],
}
FURNITURE = ["当前位置", "您现在的位置", "首页", "分享", "相关", "ICP", "网站标识码", "打印", "上一篇", "下一篇", "扫一扫",
             "网站地图", "通知公告", "栏目导航", "信息公开目录", "浏览次数"]
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")


def html_of(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("gbk") if b"charset=GBK" in data[:600] else data.decode("utf-8")


def blocks_to_text(root) -> str:
    """lxml element -> text with one line per block element and per <br> (used for readability's HTML)."""
    from lxml import etree

    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table"):
        block.tail = "\n" + (block.tail or "")
    for cell in root.iter("td", "th"):
        cell.tail = "\t" + (cell.tail or "")
    text = etree.tostring(root, method="text", encoding="unicode")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def run_trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True) or ""


def run_trafilatura_precision(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_tables=True, include_comments=False) or ""


def run_readability(html: str) -> str:
    import lxml.html
    from readability import Document

    return blocks_to_text(lxml.html.fromstring(Document(html).summary(html_partial=True)))


def run_justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), frozenset(), encoding="utf-8")  # no Chinese stoplist ships
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_selectolax(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "nav", "header", "footer", "aside"])
    return "\n".join(line.strip() for line in tree.body.text(separator="\n").splitlines() if line.strip())


def run_policycompare(html: str) -> str:
    from policycompare.ingest import clean_text
    from policycompare.readers import html_to_text

    return clean_text(html_to_text(html).text).text  # with the line rules every page goes through


EXTRACTORS = {"trafilatura (recall)": run_trafilatura, "trafilatura (default)": run_trafilatura_precision,
              "readability-lxml": run_readability, "jusText": run_justext, "selectolax (no heuristics)": run_selectolax,
              "policycompare.readers": run_policycompare}


def score(text: str, body: list[str]) -> tuple[float, float, int]:
    squeezed = re.sub(r"[ \t\u3000\xa0]+", "", text)
    lines = [re.sub(r"[ \t\u3000\xa0]+", "", line) for line in text.splitlines()]
    kept = sum(re.sub(r"\s+", "", line) in squeezed for line in body) / len(body)
    headings = [line for line in body if HEADING.match(line)]
    at_start = sum(any(line.startswith(h) for line in lines) for h in headings) / len(headings)
    leaked = sum(word in text for word in FURNITURE)
    return kept, at_start, leaked


def main() -> None:
    print(f"{'extractor':28} {'page':26} {'kept':>5} {'lines':>5} {'leaked':>6} {'ms':>6}")
    for name, extract in EXTRACTORS.items():
        totals = [0.0, 0.0, 0]
        for page, body in BODY.items():
            html = html_of(FIXTURES / page)
            start = time.perf_counter()
            try:
                text = extract(html)
            except Exception as exc:  # a missing optional library: say so and go on
                print(f"{name:28} {page:26} error: {exc}", file=sys.stderr)
                continue
            ms = (time.perf_counter() - start) * 1000
            kept, lines, leaked = score(text, body)
            totals = [totals[0] + kept, totals[1] + lines, totals[2] + leaked]
            print(f"{name:28} {page:26} {kept:5.2f} {lines:5.2f} {leaked:6d} {ms:6.0f}")
        n = len(BODY)
        print(f"{name:28} {'MEAN / TOTAL':26} {totals[0] / n:5.2f} {totals[1] / n:5.2f} {totals[2]:6d}")


if __name__ == "__main__":
    main()
