"""Score the development set (tests/devset) and print every figure with the misses.

    PYTHONPATH=src python -m tests.devset_score            # the table and the misses
    PYTHONPATH=src python -m tests.devset_score --figures  # the table only

Documents the current reader cannot read (an .html or .md file before its reader exists) are not
scored; they are counted and named, never dropped in silence. Metadata is scored per field on the
documents read; the extraction F1 per kind of row comes from :func:`tests.scoring.score`.
See tests/devset/README.md for the annotation decisions the comparisons rely on.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

import policycompare as pc

from .scoring import ALIASES, expected_keys, found_keys, score
from .seeds import ROOT

DEVSET = ROOT / "tests" / "devset"
ANNOTATION = DEVSET / "annotations.json"
META_FIELDS = ("title", "enclosed_title", "issuer", "issuers", "jurisdiction", "province", "admin_level",
               "doc_number", "date", "date_adopted")
KEY_FIELDS = ("jurisdiction", "issuer", "doc_number", "date")  # the pooled figure of issue 11
KINDS = ("annotated", "text", "deadline", "recurring", "target")
DISTINCT = ("deadline", "recurring")  # one row per date or period and measure (README)
# Verbs that may open or close an indicator label without changing what is measured (README).
_VERB = (r"(?:新增|新建|新培育|培育|完成|实施|建成|建立|开展|举办|组织|创建|筹集建设|筹集|发放|治理|推广|招聘|"
         r"培训|开设|上线|实现|淘汰|补充|帮助|储备|改扩建|改建|扩建|新改建|改造|开工建设)")
# a chain of verbs (新建、改扩建; 新建改造) is dropped as a single verb is (README, Targets)
LEADING_VERBS = re.compile(rf"^{_VERB}(?:(?:、|和|及|与|或)?{_VERB}){{0,4}}")
TRAILING_VERBS = re.compile(r"(?:增长|下降|降低|减少|提高|增加)$")


@dataclass
class DevsetScore:
    """Figures (name -> value in [0, 1] or a count) and the misses behind them, for printing."""

    figures: dict[str, float] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    metadata_misses: list[tuple[str, str, object, object]] = field(default_factory=list)
    measure_misses: list[tuple[str, str, str]] = field(default_factory=list)
    extraction_misses: list[tuple[str, str, str, tuple]] = field(default_factory=list)
    target_misses: list[tuple[str, str, str, str]] = field(default_factory=list)


def read_annotations(folder) -> dict:
    """Every annotation of a scored set: ``annotations.json`` and any ``annotations_*.json`` beside it
    (documents added in parallel branches annotate in their own file), merged; a name annotated twice
    is an error, not an override.

    >>> len(read_annotations(DEVSET)) >= 48
    True
    """
    merged: dict = {}
    for path in sorted(folder.glob("annotations*.json")):
        part = json.loads(path.read_text(encoding="utf-8"))
        twice = sorted(set(part) & set(merged))
        if twice:
            raise ValueError(f"{path}: annotated twice: {', '.join(twice)}")
        merged.update(part)
    return merged


def load_devset(folder=DEVSET):
    """``(corpus, pages, skipped)``: the loaded corpus, the annotation of each document it read
    (keyed by doc_id) and the annotated file names it did not read; of the development set, or of
    another scored set in its format (``folder``).

    >>> corpus, pages, skipped = load_devset()  # doctest: +SKIP
    """
    annotation = read_annotations(folder)
    corpus = pc.load_corpus(folder, aliases=ALIASES)
    read = set(corpus.documents.doc_id)
    pages = {name.rsplit(".", 1)[0]: page for name, page in annotation.items() if name.rsplit(".", 1)[0] in read}
    skipped = sorted(name for name in annotation if name.rsplit(".", 1)[0] not in read)
    return corpus, pages, skipped


def _flat(value) -> str:
    """A field as a string without whitespace; missing values (None, NaN, "") are ""."""
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return ""
    return re.sub(r"\s", "", str(value))


def _found_issuers(row: dict) -> list[str]:
    # before the issuers column exists the single issuer is the list (README of the devset)
    if _flat(row.get("issuers")):
        return [part for part in re.split(r"[；;]", _flat(row["issuers"])) if part]
    return [_flat(row.get("issuer"))] if _flat(row.get("issuer")) else []


def field_right(name: str, expected, row: dict) -> bool:
    """Whether the found document ``row`` has the annotated value of field ``name``.

    Titles and names are compared without whitespace; a jurisdiction is right when one of the two
    names ends with the other (金乡县 ~ 济宁市金乡县); ``issuers`` is compared as an ordered list.

    >>> field_right("jurisdiction", "金乡县", {"jurisdiction": "山东省济宁市金乡县"})
    True
    >>> field_right("date", None, {"date": ""}), field_right("issuers", ["甲", "乙"], {"issuer": "甲"})
    (True, False)
    """
    if name == "issuers":
        return [_flat(x) for x in expected or []] == _found_issuers(row)
    want, found = _flat(expected), _flat(row.get(name))
    if name == "date" or name == "date_adopted":
        found = found[:10]
    if name == "jurisdiction" and want and found:
        return (want.endswith(found) or found.endswith(want)) and min(len(want), len(found)) >= 2
    return want == found


def _f1(tp: int, n_found: int, n_expected: int) -> tuple[float, float, float]:
    precision = tp / n_found if n_found else 1.0
    recall = tp / n_expected if n_expected else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def _metadata(corpus, pages: dict, result: DevsetScore) -> None:
    rows = corpus.documents.set_index("doc_id").to_dict("index")
    for name in META_FIELDS:
        right = 0
        for doc, page in pages.items():
            if field_right(name, page["metadata"].get(name), rows[doc]):
                right += 1
            else:
                found = _found_issuers(rows[doc]) if name == "issuers" else rows[doc].get(name)
                result.metadata_misses.append((doc, name, page["metadata"].get(name), found))
        result.figures[f"metadata/{name}"] = right / len(pages) if pages else 1.0
    key_right = sum(result.figures[f"metadata/{name}"] for name in KEY_FIELDS) / len(KEY_FIELDS)
    result.figures["metadata/key_fields"] = key_right


def _measures(corpus, pages: dict, result: DevsetScore) -> None:
    tp = n_found = n_expected = headings = 0
    for doc, page in pages.items():
        measures = corpus.measures[corpus.measures.doc_id == doc]
        found = dict(zip(measures.path, measures.text))
        expected = {m["path"]: m["heading_start"] for m in page["measures"]}
        tp += len(found.keys() & expected.keys())
        n_found, n_expected = n_found + len(found), n_expected + len(expected)
        headings += sum(found[path].startswith(start) for path, start in expected.items() if path in found)
        result.measure_misses += [(doc, "missed", path) for path in expected if path not in found]
        result.measure_misses += [(doc, "extra", path) for path in found if path not in expected]
    precision, recall, f1 = _f1(tp, n_found, n_expected)
    result.figures.update({"measures/precision": precision, "measures/recall": recall, "measures/f1": f1,
                           "measures/heading_start": headings / tp if tp else 1.0})


def expected_rows(pages: dict) -> dict:
    """The annotation in the shape :func:`tests.scoring.score` reads: doc -> path -> rows."""
    return {doc: {m["path"]: {k: m.get(k, []) for k in ("assignments", "deadlines", "targets")}
                  for m in page["measures"]} for doc, page in pages.items()}


def _extraction(corpus, pages: dict, result: DevsetScore) -> None:
    expected = expected_rows(pages)
    pooled = score(corpus, expected, distinct=DISTINCT)
    for kind in KINDS:
        for measure in ("precision", "recall", "f1"):
            result.figures[f"{kind}/{measure}"] = pooled[kind][measure]
    for doc in expected:  # the misses per document, for reading
        single = score(corpus, {doc: expected[doc]}, distinct=DISTINCT)
        for kind in KINDS:
            result.extraction_misses += [(doc, kind, "missed", key) for key in single[kind]["fn"].elements()]
            result.extraction_misses += [(doc, kind, "extra", key) for key in single[kind]["fp"].elements()]
    _collective(corpus, expected, result)


def _collective(corpus, expected: dict, result: DevsetScore) -> None:
    """Recall of the collective actors (各镇人民政府 …), which the F1 above pools with the others."""
    jurisdictions = dict(zip(corpus.documents.doc_id, corpus.documents.jurisdiction))
    want = got = 0
    for doc, measures in expected.items():
        collective = {path: {**rows, "assignments": [r for r in rows["assignments"] if r.get("collective")],
                             "deadlines": [], "targets": []} for path, rows in measures.items()}
        keys = expected_keys({doc: collective}, doc, jurisdictions[doc])
        found = found_keys(corpus, doc)
        for kind in ("annotated", "text"):
            want += sum(keys[kind].values())
            got += sum((keys[kind] & found[kind]).values())
    result.figures["collective/recall"] = got / want if want else 1.0


def _value(value) -> float:
    return float(f"{float(value):.10g}")


def _indicator(label: str) -> str:
    return TRAILING_VERBS.sub("", LEADING_VERBS.sub("", _flat(label)))


def _targets(corpus, pages: dict, result: DevsetScore) -> None:
    """Among targets found with the annotated comparator and value: indicator, direction, low bound."""
    paths = dict(zip(corpus.measures.measure_id, corpus.measures.path))
    found = {}
    for row in corpus.targets.to_dict("records"):
        found.setdefault((row["doc_id"], paths[row["measure_id"]], row["comparator"], _value(row["value"])), []).append(row)
    counts = Counter()
    for doc, page in pages.items():
        for measure in page["measures"]:
            for target in measure["targets"]:
                rows = found.get((doc, measure["path"], target["comparator"], _value(target["value"])))
                if not rows:
                    continue
                row = rows.pop(0)
                counts["matched"] += 1
                if _indicator(row["indicator"]) == _indicator(target["indicator"]):
                    counts["indicator"] += 1
                else:
                    result.target_misses.append((doc, measure["path"], target["indicator"], row["indicator"]))
                if "value_low" in target:
                    counts["ranges"] += 1
                    counts["value_low"] += _flat(row.get("value_low")) != "" and float(row["value_low"]) == target["value_low"]
                if "direction" in target:
                    counts["directions"] += 1
                    counts["direction"] += _flat(row.get("direction")) == target["direction"]
    result.figures["target/indicator"] = counts["indicator"] / counts["matched"] if counts["matched"] else 1.0
    result.figures["target/value_low"] = counts["value_low"] / counts["ranges"] if counts["ranges"] else 1.0
    result.figures["target/direction"] = counts["direction"] / counts["directions"] if counts["directions"] else 1.0


def score_devset(loaded=None) -> DevsetScore:
    """Every figure of the development set on the current code, with the misses.

    ``loaded`` is the result of :func:`load_devset` when the caller has it.

    >>> result = score_devset()  # doctest: +SKIP
    >>> result.figures["metadata/issuer"]  # doctest: +SKIP
    0.5
    """
    corpus, pages, skipped = loaded or load_devset()
    result = DevsetScore(skipped=skipped)
    result.figures["documents/scored"] = len(pages)
    result.figures["documents/skipped"] = len(skipped)
    _metadata(corpus, pages, result)
    _measures(corpus, pages, result)
    _extraction(corpus, pages, result)
    _targets(corpus, pages, result)
    return result


def report(result: DevsetScore, misses: bool = True) -> str:
    """The figures as a table, then (``misses=True``) every miss, one per line."""
    lines = [f"development set: {result.figures['documents/scored']:.0f} documents scored, "
             f"{len(result.skipped)} not read by the current reader and not scored"
             + (f": {', '.join(result.skipped)}" if result.skipped else "")]
    lines += [f"  {name:<26} {value:6.3f}" for name, value in result.figures.items() if not name.startswith("documents/")]
    if misses:
        lines.append("\nmetadata misses (document, field, annotated, found):")
        lines += [f"  {doc}  {name}: {want!r} != {got!r}" for doc, name, want, got in result.metadata_misses]
        lines.append("\nmeasure paths (document, missed/extra, path):")
        lines += [f"  {doc}  {what} {path}" for doc, what, path in result.measure_misses]
        lines.append("\nextraction misses (document, kind, missed/extra, key):")
        lines += [f"  {doc}  {kind:<9} {what:<6} {key}" for doc, kind, what, key in result.extraction_misses]
        lines.append("\nindicator labels (document, path, annotated, found):")
        lines += [f"  {doc}  {path}: {want} != {got}" for doc, path, want, got in result.target_misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print(report(score_devset(), misses="--figures" not in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
