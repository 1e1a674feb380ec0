"""Score the extraction tables against the hand annotation of the seeds (F1 over rows matched by measure).

Rows are compared on what a reader checks: the unit and its role, the normalised date or period,
the comparator and value of a target. Department names on both sides go through the same curated
alias table, so the score measures extraction, not spelling.
"""

import re
from collections import Counter

from policycompare.extract import AliasTable

from .seeds import ROOT

ALIASES = AliasTable.from_csv(ROOT / "src" / "policycompare" / "data" / "departments.csv")
# An undated deadline is compared on its text; the cue word before it (到201910月底) is not part of it.
_CUE = re.compile(r"^(?:截止到|截至|截止|力争在|力争到|争取在|争取到|到|至|在|于)")


def _unit(name: str) -> str:
    """A unit's name with full-width brackets made half-width: 各县（市、区） and 各县(市、区) are one unit."""
    return name.replace("（", "(").replace("）", ")")


def _keys(kind, path, row, jurisdiction):
    if kind in ("annotated", "text"):
        return (path, _unit(ALIASES.lookup(row["department"], jurisdiction)[0]), row["role"])
    if kind == "deadline":
        return (path, row["date"] or _CUE.sub("", row["raw"]))
    if kind == "recurring":
        return (path, row["period"])
    return (path, row["comparator"], float(f"{float(row['value']):.10g}"))  # 1.1亿: no float noise


def expected_keys(annotation: dict, doc_id: str, jurisdiction: str) -> dict[str, Counter]:
    keys = {kind: Counter() for kind in ("annotated", "text", "deadline", "recurring", "target")}
    for path, found in annotation[doc_id].items():
        for row in found["assignments"]:
            kind = "annotated" if row["source"] == "annotation" else "text"
            keys[kind][_keys(kind, path, row, jurisdiction)] += 1
        for row in found["deadlines"]:
            keys[row["kind"]][_keys(row["kind"], path, row, jurisdiction)] += 1
        for row in found["targets"]:
            keys["target"][_keys("target", path, row, jurisdiction)] += 1
    return keys


def found_keys(corpus, doc_id: str, collective_text: bool = True) -> dict[str, Counter]:
    paths = dict(zip(corpus.measures.measure_id, corpus.measures.path))
    keys = {kind: Counter() for kind in ("annotated", "text", "deadline", "recurring", "target")}
    for row in corpus.assignments[corpus.assignments.doc_id == doc_id].to_dict("records"):
        kind = "annotated" if row["source"] == "annotation" else "text"
        if kind == "text" and row["collective"] and not collective_text:
            continue
        keys[kind][(paths[row["measure_id"]], _unit(row["department"]), row["role"])] += 1
    for row in corpus.deadlines[corpus.deadlines.doc_id == doc_id].to_dict("records"):
        keys[row["kind"]][_keys(row["kind"], paths[row["measure_id"]], row, "")] += 1
    for row in corpus.targets[corpus.targets.doc_id == doc_id].to_dict("records"):
        keys["target"][_keys("target", paths[row["measure_id"]], row, "")] += 1
    return keys


def score(corpus, annotation: dict, distinct: tuple[str, ...] = (), collective_text: bool = True) -> dict[str, dict]:
    """Precision, recall and F1 per kind of row, pooled over the seeds, with the differences.

    For the kinds in ``distinct`` each key counts once per measure on both sides (到2025年 and
    2025年 in one measure are one deadline, 2025-12-31). ``collective_text=False`` leaves out the
    collective bodies found in the text (各街道, 各县(市、区)), for annotations that leave them out.
    """
    totals = {}
    jurisdictions = dict(zip(corpus.documents.doc_id, corpus.documents.jurisdiction))
    for doc_id in annotation:
        expected = expected_keys(annotation, doc_id, jurisdictions[doc_id])
        found = found_keys(corpus, doc_id, collective_text)
        for kind in distinct:
            expected[kind], found[kind] = Counter(set(expected[kind])), Counter(set(found[kind]))
        for kind in expected:
            total = totals.setdefault(kind, {"tp": 0, "fp": Counter(), "fn": Counter()})
            hits = expected[kind] & found[kind]
            total["tp"] += sum(hits.values())
            total["fp"] += found[kind] - hits
            total["fn"] += expected[kind] - hits
    for total in totals.values():
        tp, fp, fn = total["tp"], sum(total["fp"].values()), sum(total["fn"].values())
        total["precision"] = tp / (tp + fp) if tp + fp else 1.0
        total["recall"] = tp / (tp + fn) if tp + fn else 1.0
        p, r = total["precision"], total["recall"]
        total["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return totals
