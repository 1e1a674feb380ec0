"""Stage 6: comparisons across jurisdictions, as tidy tables ready for a figure.

Functions here take a loaded :class:`~policycompare.corpus.Corpus` and return DataFrames with one
row per document (or per jurisdiction); notebooks only display and plot them. ``by=`` names the
documents column to compare along: ``jurisdiction`` (the default; a document that names none is
``未具名(…)``) or any other column, e.g. a docvar of the manifest (``treatment``, ``policy_area``).
"""

from __future__ import annotations

import pandas as pd

ACCOUNTABILITY_COLUMNS = [
    "doc_id", "jurisdiction", "n_measures", "share_who_annotated", "share_who", "share_when",
    "share_how_much", "share_all_three",
]


def group_labels(documents: pd.DataFrame, by: str = "jurisdiction") -> pd.Series:
    """The group of each doc_id along ``by``: a documents column (jurisdiction: its display name).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["", "天门市"], "arm": ["pilot", "control"]})
    >>> group_labels(docs).tolist(), group_labels(docs, "arm").tolist()
    (['未具名(a)', '天门市'], ['pilot', 'control'])
    """
    from .corpus import place_labels

    if by not in documents.columns:
        raise KeyError(f"by={by!r}: not a documents column (columns: {', '.join(map(str, documents.columns))})")
    if by == "jurisdiction":
        return place_labels(documents)
    return pd.Series(documents[by].to_numpy(), index=documents.doc_id.to_numpy(), name=by)


def accountability(corpus, by: str = "jurisdiction") -> pd.DataFrame:
    """How specific each plan is: the share of its measures that say who, by when and how much.

    ``share_who_annotated`` counts only units named in responsibility notes; ``share_who`` also
    counts actors named in the text. ``share_when`` counts deadlines and recurring schedules.
    The second column is ``by`` (a documents column, as written there); group on it to compare.

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
    group_labels(corpus.documents, by)  # a clear error for an unknown column
    groups = corpus.documents.set_index("doc_id")[by]
    shares.insert(0, by, groups.reindex(shares.index))
    return shares.reset_index()[[by if c == "jurisdiction" else c for c in ACCOUNTABILITY_COLUMNS]]


def indicator_key(targets: pd.DataFrame) -> pd.Series:
    """The key that lines one indicator up across plans: its ``indicator_id`` in the national
    taxonomy (:mod:`policycompare.indicators`), or, outside it, the indicator's own name.

    >>> indicator_key(pd.DataFrame({"indicator_id": ["mediation_success_rate", ""],
    ...                             "indicator_name": ["人民调解成功率", "律师总数"]})).tolist()
    ['mediation_success_rate', '律师总数']
    """
    return targets.indicator_id.where(targets.indicator_id != "", targets.indicator_name)


def _with_places(corpus, table: pd.DataFrame, by: str = "jurisdiction") -> pd.DataFrame:
    documents = corpus.documents.set_index("doc_id")
    return table.assign(**{by: table.doc_id.map(group_labels(corpus.documents, by)),
                           "doc_date": table.doc_id.map(documents.date)})


def targets_by_indicator(corpus, by: str = "jurisdiction") -> pd.DataFrame:
    """Every target with its jurisdiction (or ``by`` group), document date and indicator key, sorted
    so that the same indicator set by different places at different times stands together;
    ``places_sharing`` counts the groups that set it (0 for a target whose indicator has no name,
    listed last: it lines up with nothing). Only targets with the same ``indicator_id``
    line up (达标率 of office space never meets 达标率 of law enforcement).

    >>> import policycompare as pc
    >>> table = targets_by_indicator(pc.load_corpus("corpus"))
    >>> sorted(table[table.indicator_key == "mediation_success_rate"].jurisdiction)
    ['天津市滨海新区', '天门市']
    """
    table = _with_places(corpus, corpus.targets, by).assign(indicator_key=lambda t: indicator_key(t))
    shared = table.groupby("indicator_key")[by].transform("nunique")
    # a target whose indicator has no name lines up with nothing: shared by no place, listed last
    table = table.assign(places_sharing=shared.where(table.indicator_key.fillna("") != "", 0))
    columns = ["indicator_key", "indicator_id", "indicator_name", "indicator", by, "doc_date", "year",
               "comparator", "value", "value_low",
               "unit", "raw", "doc_id", "measure_id", "places_sharing"]
    return table.sort_values(["places_sharing", "indicator_key", by, "measure_id"],
                             ascending=[False, True, True, True], ignore_index=True)[columns]


def deadline_timeline(corpus, themes: pd.DataFrame | None = None, by: str = "jurisdiction") -> pd.DataFrame:
    """Dated deadlines with jurisdiction (or ``by`` group), year and (when ``themes`` is given) the measure's codebook theme.

    >>> import policycompare as pc
    >>> timeline = deadline_timeline(pc.load_corpus("corpus"))
    >>> int(timeline.year.min()), int(timeline.year.max())
    (2010, 2025)
    """
    table = _with_places(corpus, corpus.deadlines[corpus.deadlines.kind == "deadline"], by)
    table = table[table.date != ""].assign(year=lambda t: t.date.str[:4].astype(int))
    if themes is not None:
        table = table.merge(themes[["measure_id", "codebook_theme"]], on="measure_id", how="left")
    return table.sort_values([by, "date", "measure_id"], ignore_index=True)


def plan_horizons(corpus, by: str = "jurisdiction") -> pd.DataFrame:
    """Per document: its ``by`` group, its date, its last deadline and the horizon between them in years.

    >>> import policycompare as pc
    >>> horizons = plan_horizons(pc.load_corpus("corpus")).set_index("doc_id")
    >>> horizons.loc["002_193be430d96738cc", ["doc_date", "last_deadline", "horizon_years"]].astype(str).tolist()
    ['2020-12-08', '2025-12-31', '5.1']
    """
    deadlines = corpus.deadlines[(corpus.deadlines.kind == "deadline") & (corpus.deadlines.date != "")]
    last = deadlines.groupby("doc_id").date.max().to_dict()
    table = _with_places(corpus, corpus.documents[["doc_id"]], by)
    table["last_deadline"] = [last.get(doc_id, "") for doc_id in table.doc_id]
    start = pd.to_datetime(table.doc_date.replace("", None))
    end = pd.to_datetime(table.last_deadline.replace("", None))
    table["horizon_years"] = ((end - start).dt.days / 365.25).round(1)
    return table[["doc_id", by, "doc_date", "last_deadline", "horizon_years"]]


def recurring_schedules(corpus, by: str = "jurisdiction") -> pd.DataFrame:
    """Recurring schedules per jurisdiction (or ``by`` group) and period (year, half-year, quarter …), as counts.

    >>> import policycompare as pc
    >>> int(recurring_schedules(pc.load_corpus("corpus")).loc["未具名(001)", "quarter"])
    2
    """
    table = _with_places(corpus, corpus.deadlines[corpus.deadlines.kind == "recurring"], by)
    return pd.crosstab(table[by], table.period)
