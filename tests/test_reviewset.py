"""The reviewer's set (tests/reviewset): documents of other provinces and domains, never tuned on.

The floors are the figures of the merged code (main after issues 11 and 12) minus 0.03: they pass on
that code and fail on a regression. ``python -m tests.reviewset_score`` prints the figures and every
miss. Raise a floor only when a general rule lifts it, never by tuning on these documents."""

import datetime as dt
import re

import pytest

from .devset_score import KINDS, META_FIELDS, read_annotations, report
from .reviewset_score import REVIEWSET, load_reviewset, score_reviewset

# Figures of the merged main at 7efa52b (all issue-11/12 branches merged) minus 0.03, rounded down.
FLOORS: dict[str, float] = {
    "metadata/title": 0.97, "metadata/issuer": 0.97, "metadata/issuers": 0.97, "metadata/jurisdiction": 0.97,
    "metadata/doc_number": 0.97, "metadata/date": 0.97, "metadata/key_fields": 0.97, "measures/f1": 0.97,
    "annotated/f1": 0.95, "text/f1": 0.97, "deadline/f1": 0.97, "recurring/f1": 0.95, "target/f1": 0.97,
    "target/indicator": 0.90, "collective/recall": 0.93,
}
COMPARATORS = {"=", ">=", "<=", ">", "<", "approx"}
ROLES = {"lead", "responsible", "cooperate", "supervise", "mentioned"}
LEVELS = {"province", "prefecture", "county", "township", None}


@pytest.fixture(scope="module")
def reviewset():
    loaded = load_reviewset()
    return loaded, score_reviewset(loaded)


def test_every_document_is_annotated_and_every_annotation_has_its_document():
    annotation = read_annotations(REVIEWSET)
    documents = {p.name for p in REVIEWSET.iterdir() if p.suffix in (".txt", ".md", ".html")} - {"README.md"}
    assert documents == set(annotation) and len(annotation) == 24


def test_annotations_are_well_formed():
    annotation = read_annotations(REVIEWSET)
    for name, page in annotation.items():
        meta = page["metadata"]
        assert set(meta) == set(META_FIELDS) | {"genre"}, name
        assert meta["admin_level"] in LEVELS, name
        assert meta["issuers"][:1] == ([meta["issuer"]] if meta["issuer"] else []), name
        for key in ("date", "date_adopted"):
            assert meta[key] is None or dt.date.fromisoformat(meta[key]), (name, key)
        text = (REVIEWSET / name).read_text(encoding="utf-8")
        paths = [m["path"] for m in page["measures"]]
        assert len(paths) == len(set(paths)), name
        for measure in page["measures"]:
            assert measure["heading_start"] in text and len(measure["heading_start"]) <= 6, (name, measure["path"])
            assert all(row["role"] in ROLES for row in measure["assignments"]), (name, measure["path"])
            for row in measure["deadlines"]:
                assert row["raw"] in text, (name, row["raw"])
                assert (row["date"] is None or dt.date.fromisoformat(row["date"])) and row["kind"] in ("deadline", "recurring")
            for row in measure["targets"]:
                assert row["raw"] in text, (name, row["raw"])
                assert row["comparator"] in COMPARATORS and isinstance(row["value"], (int, float)), (name, row)
                assert row.get("direction") in (None, "up", "down"), (name, row)


def test_unread_documents_are_reported_not_dropped(reviewset):
    (corpus, pages, skipped), result = reviewset
    status = dict(zip(corpus.report.doc_id, corpus.report.status))
    assert all(status[name.rsplit(".", 1)[0]] in ("skipped", "failed") for name in skipped)
    assert all(status[doc] in ("ok", "warning") for doc in pages)
    assert result.figures["documents/scored"] == len(pages) and len(pages) + len(skipped) == 24


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_figures_do_not_fall_below_their_floor(reviewset, figure):
    _, result = reviewset
    assert result.figures[figure] >= FLOORS[figure], report(result, misses=False)


def test_the_report_names_every_figure(reviewset):
    _, result = reviewset
    table = report(result, misses=False)
    assert all(re.search(rf"^\s+{re.escape(name)}\s", table, re.M) for name in FLOORS)
    assert all(f"{kind}/f1" in result.figures for kind in KINDS)
