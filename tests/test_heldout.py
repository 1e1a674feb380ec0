"""Pages that are not seeds: tests/heldout holds four pages in other layouts (a regulation with
articles, a plan with varied notes, a traditional-character page, a page without line breaks),
annotated by hand without running the parser. They were first scored before any rule was changed
for them (see the issue notes); the goals below are the issue's."""

import json
import pytest

import policycompare as pc

from .scoring import score
from .seeds import ROOT

HELDOUT = ROOT / "tests" / "heldout"
GOALS = {"annotated": 0.97, "text": 0.60, "deadline": 0.92, "recurring": 0.90, "target": 0.85}


@pytest.fixture(scope="module")
def heldout():
    annotation = json.loads((HELDOUT / "annotations.json").read_text(encoding="utf-8"))
    corpus = pc.load_corpus(HELDOUT)
    return corpus, {name.rsplit(".", 1)[0]: page for name, page in annotation.items()}


def test_every_page_loads_and_other_files_are_reported_skipped(heldout):
    corpus, annotation = heldout
    status = dict(zip(corpus.report.doc_id, corpus.report.status))
    assert all(status[doc] in ("ok", "warning") for doc in annotation)
    assert status["README"] == status["annotations"] == "skipped"


def test_measure_boundaries(heldout):
    corpus, annotation = heldout
    for doc, page in annotation.items():
        measures = corpus.measures[corpus.measures.doc_id == doc]
        assert measures.path.tolist() == [m["path"] for m in page["measures"]], doc
        for text, expected in zip(measures.text, page["measures"]):
            assert text.startswith(expected["heading_start"]), (doc, expected["path"])


@pytest.mark.parametrize("field", ["title", "enclosed_title", "issuer", "doc_number", "date"])
def test_metadata(heldout, field):
    corpus, annotation = heldout
    documents = corpus.documents.set_index("doc_id")
    assert {doc: documents.loc[doc, field] or None for doc in annotation} == {
        doc: page["metadata"][field] for doc, page in annotation.items()}


def test_jurisdiction_and_province_together_name_the_place(heldout):
    corpus, annotation = heldout
    documents = corpus.documents.set_index("doc_id")
    for doc, page in annotation.items():
        place = documents.loc[doc, "jurisdiction"]
        assert page["metadata"]["jurisdiction"].endswith(place), doc


@pytest.mark.parametrize("kind", GOALS)
def test_extraction_goals(heldout, kind):
    corpus, annotation = heldout
    expected = {doc: {m["path"]: {k: m.get(k, []) for k in ("assignments", "deadlines", "targets")}
                      for m in page["measures"]} for doc, page in annotation.items()}
    # the pages' annotation leaves collective bodies in the text out (各街道、各部门; 各县(市、区): see
    # heldout/README.md), where the later sets keep those that act, marked collective: found ones are
    # not counted against it
    result = score(corpus, expected, collective_text=False)[kind]
    assert result["f1"] >= GOALS[kind] and result["precision"] >= 0.9, (result["fp"], result["fn"])
