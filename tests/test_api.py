"""The package as a newcomer meets it: dictionaries without a clone, a corpus that behaves like data,
mistakes caught before parsing, tables in the formats researchers open."""

import shutil
import subprocess
import sys
import time
import warnings

import pandas as pd
import pytest

import policycompare as pc
from policycompare import dictionaries
from policycompare.cli import main
from policycompare.compare import accountability, plan_horizons, recurring_schedules, targets_by_indicator
from policycompare.corpus import DOCUMENT_COLUMNS
from policycompare.themes import analyse_themes, theme_shares

from .seeds import RAW, ROOT, SEEDS

TIANMEN = RAW / "002_193be430d96738cc.txt"
BINHAI = RAW / "000_efb97529a21d4f3f.txt"
# a short plan written for these tests: two sections, four measures, units, a deadline and a target
PLAN = """某县司法局关于加强基层法治建设的工作方案
一、完善人民调解
1.健全村居调解组织,2025年底前实现全覆盖。(责任单位:基层科)
2.人民调解成功率达到95%以上。(责任单位:基层科、律师公证科)
二、深化法律援助
1.扩大法律援助覆盖面。(责任单位:法律援助中心)
2.推进公共法律服务体系建设。(责任单位:办公室)
"""


# ---------------------------------------------------------------- the package stands alone

def test_the_dictionaries_are_package_data_not_corpus_files():
    for name in dictionaries.FILES:
        path = dictionaries.package_file(name)
        assert path.is_file() and path.parent == ROOT / "src" / "policycompare" / "data"
    assert not (ROOT / "corpus" / "dictionaries" / "themes.csv").exists()
    assert "data/*" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # shipped in the wheel


def test_themes_of_loose_files_use_the_package_dictionaries(tmp_path):
    """Newcomer failure: analyse_themes on files outside a corpus folder asked for dictionaries=."""
    for seed in (TIANMEN, BINHAI):
        shutil.copy(seed, tmp_path / seed.name)
    corpus = pc.load_corpus(tmp_path)
    assert corpus.root is None and corpus.dictionaries is None
    result = analyse_themes(corpus, cache_dir=None)
    assert len(result.themes) == len(corpus.measures)
    assert (result.themes.codebook_theme != "uncoded").mean() > 0.5  # the package codebook coded them
    # the same documents inside the seed corpus folder get the same codes
    seeded = analyse_themes(pc.load_corpus(ROOT / "corpus").subset(list(corpus.documents.doc_id)), cache_dir=None)
    assert result.themes.codebook_theme.tolist() == seeded.themes.codebook_theme.tolist()


def test_a_corpus_folder_extends_and_overrides_the_package_dictionaries(tmp_path):
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    package = dictionaries.read_table("themes.csv")
    mediation = package[package.terms.str.contains("人民调解")].iloc[0]
    (folder / "themes.csv").write_text(
        "theme,label_zh,label_en,terms\n"
        f"{mediation.theme},调解,Mediation,村居调解\n"  # replaces the package row, in its place
        "legal_aid_reach,法律援助覆盖,Legal aid reach,法律援助覆盖面\n", encoding="utf-8")  # a new row
    (folder / "stopwords.txt").write_text("-工作\n覆盖面\n", encoding="utf-8")
    (folder / "departments.csv").write_text("jurisdiction,canonical,aliases,english,unit_type\n"
                                            ",基层工作科,基层科,Grassroots Section,section\n", encoding="utf-8")
    book = dictionaries.read_table("themes.csv", folder)
    assert len(book) == len(package) + 1 and book.theme.tolist()[:len(package)] == package.theme.tolist()
    assert book.set_index("theme").loc[mediation.theme, "terms"] == "村居调解"
    stop = dictionaries.read_words(dictionaries.dictionary_files("stopwords.txt", folder))
    assert "工作" not in stop and "覆盖面" in stop and "的" in stop

    corpus = pc.from_texts({"plan": PLAN}, dictionaries=folder)
    assert "基层工作科" in set(corpus.assignments.department)  # the folder's alias row
    themes = analyse_themes(corpus, cache_dir=None).themes.set_index("measure_id")
    assert themes.loc["plan-m003", "codebook_theme"] == "legal_aid_reach"
    assert themes.loc["plan-m001", "codebook_terms"] == "村居调解"


def test_a_plain_folder_of_documents_runs_every_command(tmp_path, capsys):
    """Newcomer failure: `policycompare report FOLDER` on a folder of documents died after parsing."""
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(TIANMEN, folder / TIANMEN.name)
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", str(folder), "--out", str(out), "--no-figures", "--no-cache"]) == 0
    report = pd.read_csv(out / "tables" / "report.csv")
    assert sorted(report.source_file.str.rsplit("/", n=1).str[-1]) == ["002_193be430d96738cc.txt", "plan.txt"]
    assert (out / "tables" / "warnings.csv").exists() and (out / "tables" / "themes.csv").exists()
    files = [str(folder / TIANMEN.name), str(folder / "plan.txt")]  # or a list of files
    assert main(["network", *files, "--out", str(tmp_path / "net")]) == 0
    assert main(["extract", str(folder / "plan.txt"), "--out", str(tmp_path / "tables"), "--format", "xlsx"]) == 0


def test_the_report_shows_every_file_read(tmp_path):
    corpus_folder = tmp_path / "c"
    (corpus_folder / "raw").mkdir(parents=True)
    (corpus_folder / "raw" / "plan.txt").write_text(PLAN, encoding="utf-8")
    (corpus_folder / "raw" / "empty.txt").write_bytes(b"")
    from policycompare.report import write_report

    html = write_report(corpus_folder, tmp_path / "out", cache_dir=None).read_text(encoding="utf-8")
    assert "Files not read, and why" in html and "empty file" in html
    report = pd.read_csv(tmp_path / "out" / "tables" / "report.csv")
    assert len(report) == 2 and report.set_index(report.source_file.str.rsplit("/", n=1).str[-1]).status.to_dict()[
        "empty.txt"] == "failed" and report.status.isin(["failed", "ok", "warning"]).all()


# ---------------------------------------------------------------- checked before parsing

def test_an_unwritable_output_is_reported_before_any_parsing(tmp_path, capsys, monkeypatch):
    import policycompare.corpus

    def never(*args, **kwargs):
        raise AssertionError("parsed before checking the output folder")

    monkeypatch.setattr(policycompare.corpus, "load_corpus", never)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    for command in (["extract", str(RAW)], ["network", str(RAW)], ["report", str(RAW), "--no-cache"]):
        started = time.perf_counter()
        assert main([*command, "--out", str(blocker / "out")]) == 1
        assert time.perf_counter() - started < 5
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot write here" in err and str(blocker / "out") in err


def test_bad_options_and_missing_inputs_fail_in_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(RAW), "--out", str(tmp_path), "--format", "xls"])
    assert stop.value.code == 2 and "invalid choice: 'xls'" in capsys.readouterr().err
    assert main(["report", str(RAW), "--out", str(tmp_path), "--dictionaries", str(tmp_path / "none")]) == 1
    assert "no such dictionaries folder" in capsys.readouterr().err
    assert main(["extract", str(RAW), "--out", str(tmp_path), "--manifest", str(tmp_path / "m.csv")]) == 1
    assert "m.csv: no such file or folder" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown clustering method"):
        analyse_themes(pc.from_texts({"plan": PLAN}), method="kmedoids", dictionaries=tmp_path / "none")
    with pytest.raises(ValueError, match="unknown table format 'xls'"):
        pc.from_texts({"plan": PLAN}).write(tmp_path / "never", format="xls")
    assert not (tmp_path / "never").exists()


def test_version_and_public_api():
    run = subprocess.run([sys.executable, "-m", "policycompare.cli", "--version"], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src")}, check=True)
    assert run.stdout.strip() == f"policycompare {pc.__version__}"
    assert f'"policycompare.__version__"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for name in ("load_corpus", "Corpus", "concat", "from_frame", "from_texts", "analyse_themes", "accountability"):
        assert name in dir(pc) and name in pc.__all__ and callable(getattr(pc, name))
    # the command line's cache path must not pay for pandas
    probe = "import sys, policycompare, policycompare.cli, policycompare.runcache; print('pandas' in sys.modules)"
    lazy = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT / "src")})
    assert lazy.stdout.strip() == "False"


# ---------------------------------------------------------------- docvars and by=

@pytest.fixture(scope="module")
def with_docvars():
    manifest = pd.DataFrame({
        "file": [p.name for p in SEEDS[:4]],
        "jurisdiction": ["", "", "", ""],
        "treatment": ["pilot", "control", "pilot", "control"],
        "policy_area": ["justice", "justice", "justice", "legal aid"],
        "note": ["", "a curator's remark", "", ""],
    })
    return pc.load_corpus(RAW, manifest=manifest)


def test_extra_manifest_columns_are_docvars_after_the_documented_columns(with_docvars):
    """Newcomer failure: a manifest with treatment and policy_area columns was refused."""
    documents = with_docvars.documents
    assert documents.columns.tolist() == [*DOCUMENT_COLUMNS, "treatment", "policy_area"]
    assert with_docvars.docvars == ["treatment", "policy_area"]
    by_file = documents.set_index("source_file")
    assert by_file.loc[SEEDS[1].name, "treatment"] == "control"
    assert by_file.loc[SEEDS[4].name, "treatment"] == ""  # not in the manifest


def test_comparisons_group_by_any_documents_column(with_docvars):
    table = accountability(with_docvars, by="treatment")
    assert "treatment" in table.columns and "jurisdiction" not in table.columns
    assert table.set_index("doc_id").treatment.to_dict() == with_docvars.documents.set_index("doc_id").treatment.to_dict()
    assert table.groupby("treatment").n_measures.sum().to_dict() == (
        with_docvars.documents.groupby("treatment").n_measures.sum().to_dict())
    targets = targets_by_indicator(with_docvars, by="policy_area")
    assert set(targets.policy_area) <= {"justice", "legal aid", ""} and len(targets) == len(with_docvars.targets)
    assert plan_horizons(with_docvars, by="treatment").columns[1] == "treatment"
    schedules = recurring_schedules(with_docvars, by="treatment")
    assert schedules.to_numpy().sum() == (with_docvars.deadlines.kind == "recurring").sum()
    default = accountability(with_docvars)  # as before: by jurisdiction
    assert default.columns[1] == "jurisdiction"
    themes = pd.DataFrame({"doc_id": with_docvars.measures.doc_id, "codebook_theme": "x"})
    assert theme_shares(themes, with_docvars.documents, by="policy_area").index.name == "policy_area"
    with pytest.raises(KeyError, match="not a documents column"):
        accountability(with_docvars, by="arm")


# ---------------------------------------------------------------- a corpus that behaves like data

def _ids(corpus) -> dict[str, set]:
    return {name: set(getattr(corpus, name).doc_id) for name in pc.Corpus.TABLES}


def test_len_and_subset_filter_every_table_alike(corpus):
    assert len(corpus) == len(corpus.documents) == len(SEEDS)
    tianmen = corpus.subset("jurisdiction == '天门市'")
    assert len(tianmen) == 1 and tianmen.documents.doc_id.tolist() == [TIANMEN.stem]
    for name, ids in _ids(tianmen).items():
        assert ids <= {TIANMEN.stem}, name
    assert set(tianmen.texts) == {TIANMEN.stem}
    pd.testing.assert_frame_equal(tianmen.measures, corpus.measures[corpus.measures.doc_id == TIANMEN.stem]
                                  .reset_index(drop=True))
    large = corpus.subset(corpus.documents.n_measures > 20)
    assert set(large.documents.doc_id) == set(corpus.documents.doc_id[corpus.documents.n_measures > 20])
    listed = corpus.subset([BINHAI.stem, TIANMEN.stem])
    assert set(listed.texts) == set(listed.documents.doc_id) == set(listed.measures.doc_id)
    with pytest.raises(KeyError, match="no such doc_id"):
        corpus.subset(["nope"])
    with pytest.raises(ValueError, match="one True/False per document"):
        corpus.subset([True, False])


def test_concat_renames_colliding_doc_ids_and_keeps_every_row(corpus):
    tianmen = corpus.subset([TIANMEN.stem])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        both = pc.concat([corpus, tianmen])
    assert any("002_193be430d96738cc~2" in str(w.message) for w in caught)
    assert len(both) == len(corpus) + 1
    for name in pc.Corpus.TABLES:
        assert len(getattr(both, name)) == len(getattr(corpus, name)) + len(getattr(tianmen, name)) + (
            name == "warnings")
    copy = both.measures[both.measures.doc_id == f"{TIANMEN.stem}~2"]
    assert copy.measure_id.str.startswith(f"{TIANMEN.stem}~2-m").all() and copy.measure_id.is_unique
    assert copy.text.tolist() == tianmen.measures.text.tolist()
    assert set(both.assignments.measure_id) <= set(both.measures.measure_id)
    assert both.texts[f"{TIANMEN.stem}~2"] == corpus.texts[TIANMEN.stem]
    renamed = both.report.set_index("doc_id").loc[f"{TIANMEN.stem}~2"]
    assert renamed.status == "warning" and renamed.n_warnings >= 1
    assert both.measures.measure_id.is_unique and both.outline.node_id.is_unique


def test_texts_in_memory_give_the_tables_of_the_same_text_in_a_file(tmp_path):
    text = TIANMEN.read_text(encoding="utf-8")
    from_file = pc.load_corpus(TIANMEN)
    in_memory = pc.from_texts({TIANMEN.stem: text})
    for name in ("outline", "measures", "assignments", "deadlines", "targets", "boilerplate"):
        pd.testing.assert_frame_equal(getattr(in_memory, name), getattr(from_file, name), obj=name)
    same = [c for c in DOCUMENT_COLUMNS if c not in ("source_file", "sha256")]
    pd.testing.assert_frame_equal(in_memory.documents[same], from_file.documents[same])
    assert in_memory.texts == from_file.texts

    frame = pd.DataFrame({"name": [TIANMEN.stem, "plan", "plan"], "body": [text, PLAN, None],
                          "treatment": ["a", "b", "c"], "year": [2020, 2021, 2022]})
    framed = pc.from_frame(frame, text="body", doc_id="name")
    pd.testing.assert_frame_equal(framed.subset([TIANMEN.stem]).measures, from_file.measures)
    documents = framed.documents.set_index("doc_id")
    assert documents.loc["plan", "treatment"] == "b" and documents.year.tolist() == [2020, 2021]
    report = framed.report.set_index("doc_id")
    assert report.loc["plan~2", "status"] == "failed" and "empty text" in report.loc["plan~2", "reason"]
    assert pc.from_texts([PLAN, text]).documents.doc_id.tolist() == ["text1", "text2"]
    only = pc.from_frame(frame.iloc[:2], text="body", docvars=["year"])
    assert only.documents.doc_id.tolist() == ["text1", "text2"] and only.docvars == ["year"]
    with pytest.raises(KeyError, match="no column 'txt'"):
        pc.from_frame(frame, text="txt")


def test_tables_write_to_one_excel_workbook(tmp_path):
    corpus = pc.from_texts({"plan": PLAN, "long": PLAN + "3.补充说明:" + "条" * 40_000 + "。\n"})
    with pytest.warns(UserWarning, match="longer than Excel's 32,767 characters"):
        [path] = corpus.write(tmp_path, format="xlsx")
    sheets = pd.read_excel(path, sheet_name=None, keep_default_na=False)
    assert list(sheets) == list(pc.Corpus.TABLES)
    assert sheets["measures"].measure_id.tolist() == corpus.measures.measure_id.tolist()
    assert sheets["measures"].text.str.len().max() == 32_767
    assert sheets["documents"].title.tolist() == corpus.documents.title.tolist()
