"""Stage 3: who, by when, how much, for each measure.

Each extractor works on one string (for analysts working outside a corpus) and returns a list of
row dicts; :func:`extract_measure` runs all three on one measure, and ``load_corpus`` gathers the
rows into the ``assignments``, ``deadlines`` and ``targets`` tables.
"""

from __future__ import annotations

import re

from ..ingest import parse_view
from .aliases import AliasTable, unit_type
from .deadlines import every_year, extract_deadlines
from .responsibility import annotation_rows, heading_note_rows, is_collective, names_whom_covered, split_names, text_actor_rows
from .targets import HEADING, extract_targets, is_background, is_problem, is_review, looks_ahead, reports_results, states_conditions

__all__ = ["AliasTable", "every_year", "extract_assignments", "extract_deadlines", "extract_measure", "extract_notes", "extract_targets", "extract_timing",
           "is_collective", "is_problem", "is_review", "looks_ahead", "measure_assignments", "names_whom_covered", "reports_results", "split_names", "states_conditions", "unit_type"]


def extract_assignments(text: str, jurisdiction: str = "", aliases: AliasTable | None = None,
                        parse: str | None = None, warnings: list | None = None) -> list[dict]:
    """Responsible units of one measure: annotated roles first, then actors named in the text.

    ``aliases`` maps spellings to canonical names for ``jurisdiction``; malformed annotations
    append ``(offset, message)`` to ``warnings`` when a list is given. ``parse`` is the text's
    parse view when the caller has it; full-width punctuation is folded otherwise.

    >>> rows = extract_assignments("加强备案审查。(责任部门:办公室、社矫安帮一、二处)")
    >>> [(r["department"], r["role"], r["source"]) for r in rows]
    [('办公室', 'responsible', 'annotation'), ('社矫安帮一处', 'responsible', 'annotation'), ('社矫安帮二处', 'responsible', 'annotation')]
    """
    return _assignments(text, jurisdiction, aliases, parse, warnings, actors=True)


def _assignments(text: str, jurisdiction: str, aliases: AliasTable | None, parse: str | None,
                 warnings: list | None, actors: bool) -> list[dict]:
    """The rows of :func:`extract_assignments`; without ``actors``, the notes' rows only."""
    parse = parse_view(text)[0] if parse is None else parse
    aliases = aliases or AliasTable()
    rows, seen = [], set()
    noted = annotation_rows(text, parse, warnings) + ([] if actors else heading_note_rows(text, parse))
    noted_names = [row["name"] for row in noted]
    for row in noted + (text_actor_rows(text, parse) if actors else []):
        if row["source"] == "text" and row["name"].startswith("各") and any(
                name.startswith(row["name"]) and name != row["name"] for name in noted_names):
            continue  # 各社区 acting in a measure whose note names 各社区居委会: the note's row says it
        department, english, kind = aliases.lookup(row.pop("name"), jurisdiction)
        key = (department, row["role"], row["source"])
        if key in seen or row["source"] == "text" and (department, "note") in seen:
            continue  # a unit the note names is not repeated as an actor of the text (devset README)
        seen.update({key, (department, "note")} if row["source"] == "annotation" else {key})
        rows.append({"department": department, **row, "english": english, "unit_type": kind})
    return rows


def extract_notes(text: str, jurisdiction: str = "", aliases: AliasTable | None = None,
                  parse: str | None = None) -> list[dict]:
    """Only the responsibility notes of a text (no actors from the body), e.g. a section heading's.

    >>> [r["department"] for r in extract_notes("(一)完善制度。(责任单位:办公室)")]
    ['办公室']
    """
    return _assignments(text, jurisdiction, aliases, parse, None, actors=False)


def extract_measure(text: str, parse: str, doc_date: str = "", jurisdiction: str = "",
                    aliases: AliasTable | None = None, review: bool = False) -> tuple[dict[str, list[dict]], list]:
    """All three extractions of one measure, and the warnings they raised.

    ``review``: the measure stands under a heading that reviews the past (一、2025年工作回顾): its
    figures are results, not targets (a measure whose own heading reviews is found as such).

    >>> found, warnings = extract_measure("到2025年,律师总数达80人(责任单位:律管处)", "到2025年,律师总数达80人(责任单位:律管处)")
    >>> {name: len(rows) for name, rows in found.items()}, warnings
    ({'assignments': 1, 'deadlines': 1, 'targets': 1}, [])
    """
    warnings: list = []
    assignments = measure_assignments(text, parse, jurisdiction, aliases, warnings)
    return {"assignments": assignments, **extract_timing(text, parse, doc_date, review)}, warnings


def extract_timing(text: str, parse: str, doc_date: str = "", review: bool = False) -> dict[str, list[dict]]:
    """The deadlines and targets of one measure (``review`` as in :func:`extract_measure`).

    >>> {name: len(rows) for name, rows in extract_timing(*["到2025年,律师总数达80人"] * 2).items()}
    {'deadlines': 1, 'targets': 1}
    """
    deadlines = extract_deadlines(text, doc_date or None, parse)
    review = review or is_review(parse)  # 2023年工作回顾: past results, neither targets nor deadlines
    # (一、出台背景: why the policy was made, a review whose heading names it; not even a yearly routine it
    # tells of, 全省每年受理…, is work given)
    background = is_background(parse)
    return {"deadlines": [row for row in deadlines if not review or (row["kind"] == "recurring" and not background)],
            "targets": [] if review else extract_targets(text, doc_date or None, parse, deadlines)}


REVIEW_RUN_IN = 5  # characters of a run-in review heading (总体情况。…); 报送工作进展。… is a task named
# work given after the review (存在问题。…县林业局要于6月底前督促整改, 工作进展。各乡镇每月5日前报送…): the section
# assigns it
ASSIGNS = re.compile(r"(?<![主需重必按])要(?![求点素])|须|务必|负责|每[日周月季年]")  # (not 主要, 按要求)


def _headed_review(parse: str) -> bool:
    """:func:`is_review` for a heading on its own line or a short run-in one (存在问题。部分派出所…) over text
    that gives no work, not a first sentence that ends in a review word (县慈善总会每季度公开一次慈善项目执行情况。)."""
    first_line = parse.split("\n", 1)[0]
    heading = HEADING.match(parse)
    return bool(heading) and (heading.end() == len(first_line) or heading.end() <= REVIEW_RUN_IN) \
        and is_review(parse) and not ASSIGNS.search(parse, heading.end())


def measure_assignments(text: str, parse: str, jurisdiction: str = "", aliases: AliasTable | None = None,
                        warnings: list | None = None) -> list[dict]:
    """The assignments of one measure (:func:`extract_assignments`, but none from the text of a policy's
    background section, whose organs drafted the policy, nor of a section of the problems found, whose
    organs failed in the past: they are given no work).

    >>> [row["department"] for row in measure_assignments(*["一、出台背景。由市司法局起草"] * 2)]
    []
    """
    assignments = extract_assignments(text, jurisdiction, aliases, parse, warnings)
    # 出台背景: the organs named drafted the policy; 总体情况, 存在问题 (the measure's text, its number cut off):
    # they did or failed in the past; no work is given them
    if is_background(parse) or _headed_review(parse):
        assignments = [row for row in assignments if row["source"] != "text"]
    return assignments
