"""Stage 6: comparisons across jurisdictions, as tidy tables ready for a figure.

Functions here take a loaded :class:`~policycompare.corpus.Corpus` and return DataFrames with one
row per document (or per jurisdiction); notebooks only display and plot them.
"""

from __future__ import annotations

import pandas as pd

ACCOUNTABILITY_COLUMNS = [
    "doc_id", "jurisdiction", "n_measures", "share_who_annotated", "share_who", "share_when",
    "share_how_much", "share_all_three",
]


def accountability(corpus) -> pd.DataFrame:
    """How specific each plan is: the share of its measures that say who, by when and how much.

    ``share_who_annotated`` counts only units named in responsibility notes; ``share_who`` also
    counts actors named in the text. ``share_when`` counts deadlines and recurring schedules.

    >>> import policycompare as pc
    >>> table = accountability(pc.load_corpus("corpus"))
    >>> table.loc[table.doc_id.str.startswith("004"), "share_who_annotated"].item()
    1.0
    """
    measures = corpus.measures[["doc_id", "measure_id"]].copy()
    assignments = corpus.assignments
    flags = {
        "share_who_annotated": assignments.measure_id[assignments.source == "annotation"],
        "share_who": assignments.measure_id,
        "share_when": corpus.deadlines.measure_id,
        "share_how_much": corpus.targets.measure_id,
    }
    for column, ids in flags.items():
        measures[column] = measures.measure_id.isin(set(ids))
    measures["share_all_three"] = measures[["share_who", "share_when", "share_how_much"]].all(axis=1)
    shares = measures.groupby("doc_id", sort=True).agg(
        n_measures=("measure_id", "size"), **{c: (c, "mean") for c in [*flags, "share_all_three"]})
    jurisdictions = corpus.documents.set_index("doc_id").jurisdiction
    shares.insert(0, "jurisdiction", jurisdictions.reindex(shares.index))
    return shares.reset_index()[ACCOUNTABILITY_COLUMNS]
