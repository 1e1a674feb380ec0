"""Metadata fill rates on the real corpora in ../shared/corpora (issue 11): the 1,083 local
regulations (Markdown, dated by adoption lines) and the 31 provincial work reports (CSV). The
tests skip when the folder is absent (a user's clone has no ../shared)."""

import csv
from pathlib import Path

import pytest

import policycompare as pc
from policycompare.ingest import clean_text, read_document
from policycompare.metadata import extract_metadata

from .seeds import ROOT

KEY_FIELDS = ("jurisdiction", "issuer", "title", "date")


def _corpora() -> Path | None:
    for candidate in (ROOT.parent / "shared" / "corpora", Path("/work/shared/corpora")):
        if candidate.is_dir():
            return candidate
    return None


CORPORA = _corpora()
needs_corpora = pytest.mark.skipif(CORPORA is None, reason="../shared/corpora is absent (real corpora for CI)")


def _fill(metas) -> dict[str, float]:
    return {name: sum(bool(getattr(meta, name)) for meta in metas) / len(metas) for name in KEY_FIELDS}


@pytest.fixture(scope="module")
def regulations():
    files = sorted((CORPORA / "local-regulations").glob("*/*.md"))
    # read through the Markdown reader; the title is the `# ` heading either way
    return files, [extract_metadata(doc.text, doc.parse) for doc in map(read_document, files)]


@needs_corpora
def test_regulations_are_placed_dated_and_attributed(regulations):
    files, metas = regulations
    assert len(files) > 1000
    fill = _fill(metas)
    # measured: jurisdiction 1.000, title 1.000, date 0.997, issuer 0.972 (30 规定/办法 name no organ:
    # neither an adoption line nor a genre that only a congress may use)
    assert fill["jurisdiction"] >= 0.99 and fill["title"] >= 0.99 and fill["date"] >= 0.99, fill
    assert fill["issuer"] >= 0.97, fill
    # every place found is one the national division table knows (no 上海市技术市 from a title)
    assert all(meta.province for meta in metas)
    assert {meta.admin_level for meta in metas} <= {"province", "prefecture", "county"}
    adopted = [meta for meta in metas if meta.date_source == "adoption"]
    assert len(adopted) > 0.85 * len(metas)
    # the adopting standing committee (or a government's executive meeting, for its rules) is the
    # issuer, never the approving provincial committee nor an organ the title is about
    assert all(meta.issuer.endswith(("人民代表大会常务委员会", "人民代表大会", "人民政府")) for meta in adopted)
    assert sum(meta.issuer.endswith("人民政府") for meta in adopted) < 20
    assert all(meta.date_adopted <= meta.date for meta in adopted if meta.date_adopted)
    by_name = dict(zip((path.name for path in files), metas))
    city = next(meta for name, meta in by_name.items() if name.startswith("东营市养犬管理条例"))
    assert (city.issuer, city.jurisdiction, city.province, city.admin_level) == (
        "东营市人民代表大会常务委员会", "东营市", "山东省", "prefecture")
    assert (city.date_adopted, city.date) == ("2017-08-31", "2017-09-30")  # adopted, then approved


@needs_corpora
def test_every_regulation_without_a_field_says_why(regulations):
    _, metas = regulations
    for meta in metas:
        reasons = meta.missing()
        assert set(reasons) == {name for name in KEY_FIELDS if not getattr(meta, name)}
        assert all(reason.startswith(f"no {'document ' if name == 'date' else ''}{name}") for name, reason in reasons.items())


@needs_corpora
def test_work_reports_are_placed_dated_and_attributed(tmp_path):
    csv.field_size_limit(1 << 30)
    metas, pages = [], []
    for path in sorted((CORPORA / "provincial-work-reports-2026").glob("2026_*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            row = next(csv.DictReader(handle))
        doc = clean_text(row["full_text"], path)
        metas.append((row["province"], extract_metadata(doc.text, doc.parse)))
        pages.append((path.stem, row["full_text"]))
    assert len(metas) == 31
    assert _fill([meta for _, meta in metas]) == {name: 1.0 for name in KEY_FIELDS}
    for province, meta in metas:
        # the province comes from the text (title, 我代表省人民政府 + the meeting line), not the CSV
        assert meta.jurisdiction == province and meta.admin_level == "province", (province, meta)
        assert meta.date_source == "meeting" and meta.date.startswith("2026-0")
        assert meta.issuer.startswith(province) and meta.issuer.endswith("政府")
    # and through the loader: the new columns are filled, no key field is left without a warning
    for stem, text in pages[:3]:
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    corpus = pc.load_corpus(sorted(tmp_path.glob("*.txt")))
    assert (corpus.documents.jurisdiction_source == "text").all() or (corpus.documents.jurisdiction_source != "").all()
    assert not corpus.warnings.message.str.startswith("no jurisdiction").any()


@needs_corpora
def test_the_work_report_dataset_loads_as_it_is_shared_one_report_per_csv_row():
    # the folder as published (one CSV per province, full_text column, plus a manifest and a failure
    # list): every report is a document, the dataset's columns are docvars, the two lists are skipped
    corpus = pc.load_corpus(CORPORA / "provincial-work-reports-2026")
    docs = corpus.documents
    assert len(docs) == 31 and (docs.jurisdiction == docs.province).all()
    assert (docs.manifest_title.str.contains("政府工作报告")).all() and set(docs.year) == {"2026"}
    skipped = corpus.report[corpus.report.status == "skipped"]
    assert sorted(skipped.doc_id) == ["failures_2026", "run_manifest_2026"]
    assert skipped.reason.str.contains("text column").all()
    # the year's main expected targets stand in 三、's lead or under a 2026年 heading: GDP is found, dated 2026
    # (甘肃 and 内蒙古 write their parts without numbers: the preamble's headed parts hold them)
    gdp = corpus.targets[corpus.targets.indicator_id.isin(["gdp", "gdp_growth"]) & (corpus.targets.year == 2026)]
    assert gdp.doc_id.nunique() == 31
