"""Stage 6 figures: the comparisons across jurisdictions, drawn from the tables of ``compare``,
``themes`` and ``network``. Each function returns a matplotlib figure; :func:`save_figure` in
``plotting`` writes it as PNG and SVG.

Figures read the same at 2 documents and at 10,000:

* rows are groups at a level the user picks (``by``: jurisdiction, province, admin_level, genre,
  year, document or any column of the documents table); the ``top`` largest are drawn and the
  rest pooled as 其他 (other), the full tables being in the report;
* figure sizes are bounded, tick labels that would overlap are hidden by a rule (every k-th label,
  k from the axis length and the font size: :func:`~policycompare.plotting.hide_overlapping`);
* one language per label set (``lang="zh"`` or ``"en"``): themes and measures by their codebook
  label, never an internal id.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.layout_engine import TightLayoutEngine
from matplotlib.ticker import PercentFormatter
from matplotlib.transforms import Affine2D

from .corpus import doc_labels, place_labels
from .plotting import hide_overlapping, use_cjk_font

THEME_COLOURS = plt.get_cmap("tab20").colors
UNCODED_COLOUR = "#9e9e9e"  # no theme: grey, as the uncoded column of the heatmap


# tab20's strong colours, then their pale pairs, without its greys (grey is for the uncoded)
_THEME_ORDER = [c for c in THEME_COLOURS[0::2] + THEME_COLOURS[1::2] if len(set(c)) > 1]


def theme_colour(i: int) -> tuple:
    """The ``i``-th theme's colour: the nine strong colours of tab20 first, then their pale pairs, so
    that up to nine themes never share a hue (tab20 in order pairs dark and pale orange side by side);
    never tab20's grey, which is the uncoded's.

    >>> theme_colour(1) == THEME_COLOURS[2], theme_colour(9) == THEME_COLOURS[1]
    (True, True)
    """
    return _THEME_ORDER[i % len(_THEME_ORDER)]
TOP = 30  # groups drawn as rows; the rest pooled as 其他
TOP_INDICATORS = 20
DOTS_UP_TO = 300  # deadlines drawn one dot each up to this many; more are counted per group and year
LEVELS = ("jurisdiction", "province", "admin_level", "genre", "year", "document")
MAX_HEIGHT = 15.0  # inches; with MAX_PIXELS in plotting, no figure grows with the corpus

TEXT = {
    "zh": {"other": "其他", "unknown": "未知", "uncoded": "未编码", "share": "措施占比", "year": "完成时限(年)",
           "value": "目标值(%)", "median": "中位数", "target": "一项目标", "n": "篇",
           "who_annotated": "责任单位(注明)", "who": "责任主体(含正文)", "when": "时限", "how_much": "指标",
           "all_three": "三者俱全", "theme_share": "主题占措施比例", "deadlines": "时限数",
           "sorted": "{share}(按“{key}”排序)"},
    "en": {"other": "other", "unknown": "unknown", "uncoded": "uncoded", "share": "share of measures",
           "year": "year of the deadline", "value": "target value (%)", "median": "median", "target": "one target",
           "n": "docs", "who_annotated": "who (note)", "who": "who (incl. text)", "when": "by when",
           "how_much": "how much", "all_three": "all three", "theme_share": "share of the group's measures",
           "deadlines": "deadlines", "sorted": "{share} (sorted by {key})"},
}
ACCOUNTABILITY = {"share_who_annotated": "who_annotated", "share_who": "who", "share_when": "when",
                  "share_how_much": "how_much", "share_all_three": "all_three"}


def _text(lang: str) -> dict:
    if lang not in TEXT:
        raise ValueError(f"unknown language {lang!r}: use 'zh' or 'en'")
    return TEXT[lang]


def document_groups(documents: pd.DataFrame, by: str = "jurisdiction", lang: str = "zh") -> pd.Series:
    """The group of each document (indexed by doc_id) at level ``by``: ``jurisdiction`` (place
    labels), ``document`` (jurisdiction, short title and year), ``year`` (of the document's date), or
    any column of the documents table (``province``, ``admin_level``, ``genre`` …). Empty values read
    未知 (unknown).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["天门市", ""], "province": ["湖北省", ""],
    ...                      "date": ["2021-03-01", ""]})
    >>> document_groups(docs, "province").tolist(), document_groups(docs, "year").tolist()
    (['湖北省', '未知'], ['2021', '未知'])
    """
    if by == "jurisdiction":
        values = place_labels(documents)
    elif by == "document":
        values = doc_labels(documents)
    elif by == "year":
        values = pd.Series(documents.date.fillna("").astype(str).str[:4].to_numpy(), index=documents.doc_id.to_numpy())
    elif by in documents.columns:
        values = pd.Series(documents[by].fillna("").astype(str).to_numpy(), index=documents.doc_id.to_numpy())
    else:
        raise ValueError(f"unknown level {by!r}: use one of {', '.join(LEVELS)} or a column of the documents table")
    return values.replace("", _text(lang)["unknown"]).rename(by)


def top_groups(groups: pd.Series, top: int = TOP, weights=None, other: str = "其他") -> pd.Series:
    """``groups`` with all but the ``top`` largest (by count, or by the sum of ``weights``) renamed
    ``other``; ties go to the name sorted first. Nothing is pooled when only one group would be.

    >>> top_groups(pd.Series(list("aaabbc")), top=1).tolist()
    ['a', 'a', 'a', '其他', '其他', '其他']
    >>> top_groups(pd.Series(list("aab")), top=1).tolist()
    ['a', 'a', 'b']
    """
    weights = pd.Series(1 if weights is None else weights, index=groups.index)
    sizes = weights.groupby(groups.to_numpy()).sum()
    if len(sizes) <= top + 1:
        return groups
    ranked = sorted(sizes.items(), key=lambda item: (-item[1], str(item[0])))
    keep = {name for name, _ in ranked[:top]}
    return groups.where(groups.isin(keep), other)


def _rows_of(table: pd.DataFrame, documents, by: str, lang: str) -> pd.Series:
    """The group of each row of a table with ``doc_id`` (and, without documents, ``jurisdiction``)."""
    if documents is not None:
        return table.doc_id.map(document_groups(documents, by, lang))
    if by == "jurisdiction" and "jurisdiction" in table:
        return table.jurisdiction.fillna("").replace("", "未具名")
    if by == "document":
        return table.doc_id
    raise ValueError(f"grouping by {by!r} needs the documents table: pass documents=corpus.documents")


def _height(rows: int, per_row: float = 0.28, extra: float = 2.2) -> float:
    return float(min(MAX_HEIGHT, max(3.0, per_row * rows + extra)))


def accountability_table(table: pd.DataFrame, documents: pd.DataFrame | None = None, by: str = "jurisdiction",
                         top: int = TOP, lang: str = "zh") -> pd.DataFrame:
    """The accountability table per group: documents, measures and the five shares (weighted by
    measures), the ``top`` groups with the most documents (of as many, most measures) and the rest
    as 其他 (last), sorted by the share that differs most between them (:func:`sorting_share`, kept
    in ``attrs["sorted_by"]``).

    >>> t = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲", "甲"], "n_measures": [1, 3],
    ...                   **{c: [1.0, 0.0] for c in ACCOUNTABILITY}})
    >>> accountability_table(t)[["group", "documents", "measures", "share_who"]].values.tolist()
    [['甲', 2, 4, 0.25]]
    """
    other = _text(lang)["other"]
    # the groups with most documents; between groups of as many documents, the one with more measures
    # (a province's report of 40 measures before a city's of 10), not the name sorted first
    rank = 1 + table.n_measures / (float(table.n_measures.sum()) + 1)  # a group's sum: documents + a fraction < 1
    groups = top_groups(_rows_of(table, documents, by, lang), top, weights=rank.to_numpy(), other=other)
    weighted = table[list(ACCOUNTABILITY)].mul(table.n_measures, axis=0).assign(measures=table.n_measures)
    sums = weighted.groupby(groups.to_numpy()).sum()
    result = sums[list(ACCOUNTABILITY)].div(sums.measures.replace(0, np.nan), axis=0).fillna(0.0).round(4)
    result.insert(0, "measures", sums.measures.astype(int))
    result.insert(0, "documents", groups.value_counts().reindex(result.index).astype(int))
    result = result.rename_axis("group").reset_index()
    result["_other"] = result.group == other
    key = sorting_share(result[~result._other])
    result = result.sort_values(["_other", key, "share_all_three", "share_who", "group"],
                                ascending=[True, False, False, False, True], ignore_index=True)
    result = result.drop(columns="_other")
    result.attrs["sorted_by"] = key
    return result


def sorting_share(rows: pd.DataFrame) -> str:
    """The share that rows of groups are sorted by: the one that differs most between them, by its
    interquartile range (ties: who, by when and how much together first). Sorting by a share that is
    near zero everywhere (all three, in a corpus of regulations) would order the rows by noise; so
    would a share near zero in all groups but one (how much, in regulations beside one work report),
    which the range of the values, not the interquartile range, took for the largest difference.

    >>> sorting_share(pd.DataFrame({c: [0.0, 0.01] for c in ACCOUNTABILITY}).assign(share_who=[0.2, 0.6]))
    'share_who'
    """
    order = ["share_all_three", "share_who", "share_when", "share_how_much", "share_who_annotated"]
    spread = {column: round(float(rows[column].quantile(0.75) - rows[column].quantile(0.25)), 4) if len(rows)
              else 0.0 for column in order}
    return max(order, key=lambda column: (spread[column], -order.index(column)))


def accountability_figure(table: pd.DataFrame, documents: pd.DataFrame | None = None, by: str = "jurisdiction",
                          top: int = TOP, lang: str = "zh"):
    """Share of each group's measures that say who, by when and how much: one row per group (the
    ``top`` groups by documents, the rest pooled), one marker per kind of commitment.

    >>> import policycompare as pc
    >>> from policycompare.compare import accountability
    >>> corpus = pc.load_corpus("corpus")
    >>> figure = accountability_figure(accountability(corpus), corpus.documents)  # doctest: +SKIP
    >>> len(figure.axes[0].get_yticklabels())  # doctest: +SKIP
    4
    """
    use_cjk_font()
    words = _text(lang)
    rows = accountability_table(table, documents, by, top, lang)
    figure, ax = plt.subplots(figsize=(10, _height(len(rows))))
    y = np.arange(len(rows))[::-1]  # the most specific group on top
    markers = ["o", "s", "D", "^", "*"]
    for i, (column, key) in enumerate(ACCOUNTABILITY.items()):
        ax.scatter(rows[column], y, s=42 if markers[i] != "*" else 80, marker=markers[i], label=words[key],
                   color=THEME_COLOURS[2 * i % len(THEME_COLOURS)], alpha=0.9, zorder=3)
    ax.hlines(y, 0, 1, color="#eeeeee", linewidth=0.8, zorder=1)
    ax.set_yticks(y, [f"{g} ({n})" for g, n in zip(rows.group, rows.documents)], fontsize=8)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlabel(words["sorted"].format(share=words["share"], key=words[ACCOUNTABILITY[rows.attrs["sorted_by"]]]))
    ax.set_title(_title("可问责性", f"Who, by when, how much: share of measures by {by} (n = {words['n']})", lang),
                 fontsize=11)
    ax.legend(fontsize=8, frameon=False, bbox_to_anchor=(1.01, 1), loc="upper left")
    return _finish(figure)


def accountability_map(table: pd.DataFrame, documents: pd.DataFrame, lang: str = "zh"):
    """Two province choropleths of China: the share of measures that name a responsible unit, and
    the share that say who, by when and how much (weighted by measures). ``None`` when no document
    names its province. Needs the boundary package (``pip install "policycompare[maps]"``).

    >>> import policycompare as pc
    >>> from policycompare.compare import accountability
    >>> corpus = pc.load_corpus("corpus")
    >>> accountability_map(accountability(corpus), corpus.documents).axes[0].get_title()  # doctest: +SKIP
    '责任主体(含正文)'
    """
    from .maps import choropleth

    use_cjk_font()
    words = _text(lang)
    rows = accountability_table(table, documents, "province", top=len(documents) + 1, lang=lang)
    rows = rows[rows.group != words["unknown"]]
    if rows.empty:
        return None
    figure, axes = plt.subplots(1, 2, figsize=(13, 5.5))
    for ax, column in zip(axes, ("share_who", "share_all_three")):
        choropleth(dict(zip(rows.group, rows[column])), "province", ax=ax, vmin=0, vmax=1, cmap="Blues",
                   label=words["share"])
        ax.set_title(words[ACCOUNTABILITY[column]], fontsize=10)
    figure.suptitle(_title("可问责性", f"Accountability by province ({rows.documents.sum():,} documents with a "
                           "province; grey: none)", lang), fontsize=11)
    return figure


def theme_shares_by(themes: pd.DataFrame, documents: pd.DataFrame, by: str = "jurisdiction", top: int = TOP,
                    lang: str = "zh") -> tuple[pd.DataFrame, pd.Series]:
    """Group x codebook-theme shares of measures (rows sum to 1), the ``top`` groups with the most
    measures and the rest pooled as 其他 (last), and the number of measures of each row. Themes with
    most measures in the corpus first (the columns read from the largest theme), the measures no
    theme codes (``uncoded``) last.

    >>> themes = pd.DataFrame({"doc_id": ["a", "a", "b"], "codebook_theme": ["x", "y", "x"]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲", "乙"]})
    >>> shares, sizes = theme_shares_by(themes, docs)
    >>> shares.loc["甲"].tolist(), sizes.tolist()
    ([0.5, 0.5], [2, 1])
    """
    other = _text(lang)["other"]
    groups = top_groups(themes.doc_id.map(document_groups(documents, by, lang)), top, other=other)
    shares = pd.crosstab(groups.to_numpy(), themes.codebook_theme.to_numpy(), normalize="index").round(4)
    coded = themes.codebook_theme[themes.codebook_theme != "uncoded"].value_counts()
    themes_first = sorted((c for c in shares.columns if c != "uncoded"), key=lambda c: (-coded.get(c, 0), str(c)))
    shares = shares[themes_first + [c for c in shares.columns if c == "uncoded"]]
    sizes = groups.value_counts()
    order = sorted((g for g in shares.index if g != other), key=lambda g: (-sizes[g], g))
    order += [other] if other in shares.index else []
    shares = shares.loc[order]
    shares.index.name, shares.columns.name = by, "theme"
    sizes = sizes.reindex(order).rename("measures")
    shares.attrs["measures"] = sizes.to_dict()  # for the heatmap's row labels, as the other figures' (n)
    return shares, sizes


def theme_heatmap(shares: pd.DataFrame, labels: dict[str, str] | None = None, top: int = TOP, lang: str = "zh"):
    """Group x codebook-theme shares as a heatmap, the share written in each cell while cells are
    large enough. Columns are named by ``labels`` (theme -> label in one language); rows beyond
    ``top`` + 1 are left out (the table in the report has them all); rows from :func:`theme_shares_by`
    say their number of measures, as the other figures' rows say theirs. The share no theme codes
    (``uncoded``) is written in a grey column of its own, outside the colour scale: it is not a
    theme, and where it is large it would leave every theme pale.

    >>> figure = theme_heatmap(pd.DataFrame({"a": [0.5, 0.2]}, index=["甲", "乙"]))  # doctest: +SKIP
    """
    use_cjk_font()
    words = _text(lang)
    shares = shares.iloc[:top + 1]
    names = {"uncoded": words["uncoded"], **(labels or {})}
    columns = [names.get(c, c) for c in shares.columns]
    figure, ax = plt.subplots(figsize=(min(12.0, max(7.0, 0.5 * len(columns) + 4.5)), _height(len(shares), 0.3, 3.2)))
    values = shares.to_numpy()
    coded = np.ma.masked_array(values, np.broadcast_to(shares.columns == "uncoded", values.shape))
    colours = plt.get_cmap("Blues").with_extremes(bad="#eeeeee")  # the uncoded column: grey, not on the scale
    # a mesh of cells, not an image: an image is resampled to the output's pixels at every save
    image = ax.pcolormesh(np.arange(values.shape[1] + 1) - 0.5, np.arange(values.shape[0] + 1) - 0.5, coded,
                          cmap=colours, vmin=0, vmax=max(float(coded.max() or 0), 0.01))
    ax.set_xlim(-0.5, values.shape[1] - 0.5)
    ax.set_ylim(values.shape[0] - 0.5, -0.5)  # the first row on top, as a table reads
    ax.set_xticks(range(len(columns)), columns, rotation=90, fontsize=8)
    sizes = shares.attrs.get("measures", {})
    ax.set_yticks(range(len(shares)), [f"{g} ({sizes[g]:,})" if g in sizes else str(g) for g in shares.index],
                  fontsize=8)
    if len(shares) <= 40:
        _cell_labels(ax, values, dark=0.6 * float(image.norm.vmax), muted=coded.mask)
    # the scale in per cent, as the cells are written (8%), not 0.08 beside them
    figure.colorbar(image, ax=ax, label=words["theme_share"], fraction=0.04, format=PercentFormatter(1.0, decimals=0))
    ax.set_title(_title("主题分布", f"Codebook themes by {shares.index.name or 'jurisdiction'}"
                        + (" (n = measures)" if sizes else ""), lang), fontsize=11)
    return _finish(figure)


def _cell_labels(ax, values: np.ndarray, dark: float, muted=None, fontsize: float = 6.5) -> None:
    """Write each share that reads at least 1% in its cell, centred: white on cells above ``dark``,
    grey where ``muted`` (a boolean array like ``values``) is true (the uncoded column, off the scale).
    A share that rounds to 0% is left blank as a zero is (a cell reading "0%" beside blank zeros
    said the two differ by more than they do).

    The labels are the outlines of their glyphs, one collection per distinct text placed at every
    cell showing it: hundreds of text objects were laid out (font shaping, metrics) at each layout
    and again for each file, which cost more than the rest of the figure; a collection is drawn
    at once. Left out of the layout (inside their cells) and never clipped, like the texts were.
    """
    from matplotlib.collections import PathCollection
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath
    from matplotlib.transforms import IdentityTransform

    cells: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for (row, col), value in np.ndenumerate(values):
        text = f"{value:.0%}"
        if value > 0 and text != "0%":
            colour = "#555555" if muted is not None and muted[row, col] else "white" if value > dark else "black"
            cells.setdefault((text, colour), []).append((col, row))
    outlines = {}
    for (text, colour), places in cells.items():
        if text not in outlines:
            path = TextPath((0, 0), text, size=fontsize, prop=FontProperties())  # in points
            box = path.get_extents()
            outlines[text] = path.transformed(Affine2D().translate(-(box.x0 + box.x1) / 2, -(box.y0 + box.y1) / 2))
        labels = PathCollection([outlines[text]], sizes=[1.0], offsets=places, offset_transform=ax.transData,
                                facecolors=colour, edgecolors="none", linewidths=0, snap=False)
        labels.set_transform(IdentityTransform())  # sizes=1: the outline scaled from points to pixels
        # what it writes, as a valid SVG id (cell_80pct_white), for readers of the figure and tests
        labels.set_gid(f"cell_{text.replace('%', 'pct')}_{colour.lstrip('#')}")
        ax.add_collection(labels, autolim=False)
        labels.set_clip_on(False)
        labels.set_in_layout(False)


def deadline_timeline_figure(timeline: pd.DataFrame, documents: pd.DataFrame | None = None, by: str = "jurisdiction",
                             top: int = TOP, theme_labels: dict[str, str] | None = None, lang: str = "zh"):
    """Deadlines per group and year: one dot per (measure, deadline) coloured by codebook theme
    while there are at most ``DOTS_UP_TO``, else one disc per group and year sized by the count.

    >>> import policycompare as pc
    >>> from policycompare.compare import deadline_timeline
    >>> deadline_timeline_figure(deadline_timeline(pc.load_corpus("corpus"))).axes[0].get_title()  # doctest: +SKIP
    '时间表 Deadlines by jurisdiction and year'
    """
    use_cjk_font()
    words = _text(lang)
    if timeline.empty:
        return _empty_figure(_title("时间表", "Deadlines", lang),
                             "no dated deadlines in this corpus" + (" 无具体完成时限" if lang != "en" else ""))
    other = words["other"]
    groups = top_groups(_rows_of(timeline, documents, by, lang), top, other=other)
    counts = groups.value_counts()
    places = sorted((g for g in counts.index if g != other), key=lambda g: (-counts[g], g))
    places += [other] if other in counts.index else []
    row = groups.map({p: len(places) - 1 - i for i, p in enumerate(places)})  # the largest on top
    figure, ax = plt.subplots(figsize=(10, _height(len(places), 0.3)))
    if len(timeline) <= DOTS_UP_TO:
        _timeline_dots(ax, timeline, row, {"uncoded": words["uncoded"], **(theme_labels or {})})
    else:
        cells = pd.DataFrame({"row": row.to_numpy(), "year": timeline.year.to_numpy()}).value_counts()
        sizes = 12 + 300 * (cells.to_numpy() / cells.max()) ** 0.5
        ax.scatter([y for _, y in cells.index], [r for r, _ in cells.index], s=sizes, color="#4c72b0", alpha=0.75)
        ax.scatter([], [], s=60, color="#4c72b0", label=f"{words['deadlines']}: 1 … {int(cells.max())}")
        ax.legend(fontsize=8, frameon=False, bbox_to_anchor=(1.01, 1), loc="upper left")
    ax.set_yticks(range(len(places)), [f"{p} ({counts[p]})" for p in places][::-1], fontsize=8)
    ax.set_ylim(-0.7, len(places) - 0.3)
    years = year_ticks(int(timeline.year.min()), int(timeline.year.max()))
    ax.set_xticks(list(years), [str(y) for y in years], fontsize=8, rotation=90 if len(years) > 12 else 0)
    ax.set_xlabel(words["year"])
    ax.set_title(_title("时间表", f"Deadlines by {by} and year (n = deadlines)", lang), fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    return _finish(figure)


def year_ticks(first: int, last: int, most: int = 16) -> range:
    """The years named on a timeline's axis: every one, or every 2nd, 5th, 10th … from a multiple of
    the step at or before ``first`` to one at or after ``last`` (a deadline in 2039 is not beyond the
    last year named, 2035), at most ``most`` of them.

    >>> list(year_ticks(2024, 2030)), list(year_ticks(1994, 2039))[-2:]
    ([2024, 2025, 2026, 2027, 2028, 2029, 2030], [2035, 2040])
    """
    for step in (1, 2, 5, 10, 20, 50, 100, 1000):
        ticks = range(first - first % step, last + (-last) % step + 1, step)
        if len(ticks) <= most:
            return ticks
    return ticks


def _timeline_dots(ax, timeline: pd.DataFrame, row: pd.Series, names: dict) -> None:
    theme_of = (timeline["codebook_theme"].fillna("uncoded") if "codebook_theme" in timeline
                else pd.Series("uncoded", timeline.index))
    themes = sorted(theme_of.unique(), key=lambda t: (t == "uncoded", t))  # uncoded last, as in the heatmap
    rank = theme_of.map({theme: i for i, theme in enumerate(themes)}).to_numpy()
    # the room of a cell as drawn: a year is a sliver of an axis over decades, a row a band of ~0.3 inch;
    # in a few tall rows, dots stay within CELL_INCHES of the row's line (further, they read as another row)
    box, (width, height) = ax.get_position(), ax.figure.get_size_inches()
    year_inches = box.width * width / (float(timeline.year.max() - timeline.year.min()) + 2)  # a year beyond each end
    row_inches = box.height * height / (row.max() + 1.4)
    half_height = min(0.25, CELL_INCHES / row_inches)
    dx, dy = cell_offsets(row.to_numpy(), timeline.year.to_numpy(), rank, height=half_height,
                          aspect=(0.4 * year_inches) / (2 * half_height * row_inches))
    for i, theme in enumerate(themes):
        chosen = rank == i
        y = row.to_numpy()[chosen] + dy[chosen]
        x = timeline.year.to_numpy()[chosen] + dx[chosen]
        ax.scatter(x, y, s=28, color=UNCODED_COLOUR if theme == "uncoded" else theme_colour(i),
                   label=names.get(theme, theme), alpha=0.85, edgecolors="white", linewidths=0.5)
    # one column while the entries fit the figure's height: a second column of long (English) names
    # takes the width from the years
    per_column = max(8, int(ax.figure.get_figheight() * LEGEND_ENTRIES_PER_INCH))
    ax.legend(fontsize=7, ncol=-(-len(themes) // per_column), bbox_to_anchor=(1.01, 1), loc="upper left",
              frameon=False)


def cell_offsets(rows, years, order, width: float = 0.2, height: float = 0.25, aspect: float = 1.0
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Where each dot of a timeline sits in its cell (row and year): a dot alone on the row's line and
    at its year; the dots of one cell on a grid, at most ``width`` years and ``height`` rows from the
    cell's centre, in ``order`` (the themes' order: one theme's dots together). ``aspect``: how much
    wider than high the cell's room is as drawn; the grid takes its shape (two dots side by side in a
    square room, many dots in a column where decades leave a year a sliver). The same dots always sit
    in the same places, and no dot wanders towards the next row (with two rows, a random jitter read
    as a third row in between).

    >>> dx, dy = cell_offsets([0, 0, 1], [2030, 2030, 2030], [0, 1, 0])
    >>> dx.tolist(), dy.tolist()
    ([-0.2, 0.2, 0.0], [0.0, 0.0, 0.0])
    """
    frame = pd.DataFrame({"row": rows, "year": years, "order": order}).reset_index(drop=True)
    frame = frame.sort_values(["row", "year", "order"], kind="stable")
    cell = frame.groupby(["row", "year"], sort=False)
    size = cell.order.transform("size").to_numpy()
    place = cell.cumcount().to_numpy()
    columns = np.clip(np.ceil(np.sqrt(size * aspect)), 1, size)
    lines = np.ceil(size / columns)
    column, line = place % columns, place // columns
    dx = np.where(columns > 1, (column / np.maximum(columns - 1, 1) - 0.5) * 2 * width, 0.0)
    dy = np.where(lines > 1, (line / np.maximum(lines - 1, 1) - 0.5) * 2 * height, 0.0)
    offsets_x, offsets_y = np.zeros(len(frame)), np.zeros(len(frame))
    offsets_x[frame.index.to_numpy()], offsets_y[frame.index.to_numpy()] = dx, dy
    return offsets_x, offsets_y


CELL_INCHES = 0.1  # the farthest a timeline dot sits above or below its row's line
LEGEND_ENTRIES_PER_INCH = 4.5  # legend entries at 7 pt, with their spacing, in an inch of figure height


def targets_figure(targets: pd.DataFrame, top: int = TOP_INDICATORS, lang: str = "zh", places_shown: int = 8):
    """Percentage targets whose indicator is set by two or more jurisdictions: the ``top``
    indicators set by most places, one dot per target. Up to ``places_shown`` places are coloured
    and named; beyond, dots are grey with each indicator's median marked.

    >>> import policycompare as pc
    >>> from policycompare.compare import targets_by_indicator
    >>> targets_figure(targets_by_indicator(pc.load_corpus("corpus"))).axes[0].get_xlabel()  # doctest: +SKIP
    '目标值(%)'
    """
    use_cjk_font()
    words = _text(lang)
    # targets whose indicator has no name are not one indicator set in many places
    named = targets.indicator_key.fillna("").astype(str).str.strip() != ""
    shared = targets[(targets.places_sharing > 1) & (targets.unit == "%") & named]
    # places counted among the percentages drawn: an indicator two places set in 万人 and one in % is not
    # set in % by two (places_sharing counts every unit), and its row would show one dot labelled (3)
    ranked = shared.groupby("indicator_key").agg(places=("jurisdiction", "nunique"), n=("value", "size"))
    ranked = ranked[ranked.places > 1]
    shared = shared[shared.indicator_key.isin(ranked.index)]
    if shared.empty:
        return _empty_figure(_title("同一指标", "The same indicator", lang),
                             "no percentage indicator is set by two jurisdictions"
                             + (" 无两地共设的百分比指标" if lang != "en" else ""))  # as the empty timeline says it
    keys = sorted(ranked.index, key=lambda k: (-ranked.places[k], -ranked.n[k], k))[:top]
    shared = shared[shared.indicator_key.isin(keys)]
    row = shared.indicator_key.map({k: len(keys) - 1 - i for i, k in enumerate(keys)})
    figure, ax = plt.subplots(figsize=(9, _height(len(keys), 0.4, 2.5)))
    places = sorted(shared.jurisdiction.unique())
    rng = np.random.default_rng(0)
    if len(places) <= places_shown:
        for i, place in enumerate(places):
            chosen = (shared.jurisdiction == place).to_numpy()
            y = row[chosen] + (i - (len(places) - 1) / 2) * 0.12
            ax.scatter(shared.value[chosen], y, s=40, label=place, color=THEME_COLOURS[2 * i % len(THEME_COLOURS)])
            if len(shared) <= 40:
                for value, yy, year in zip(shared.value[chosen], y, shared.year[chosen]):
                    if pd.notna(year):
                        ax.annotate(str(int(year)), (value, yy), xytext=(4, 3), textcoords="offset points", fontsize=6)
    else:
        ax.scatter(shared.value, row + rng.uniform(-0.25, 0.25, len(shared)), s=10, color="#999999", alpha=0.5,
                   label=words["target"])
        medians = shared.groupby("indicator_key").value.median()
        ax.scatter([medians[k] for k in keys], [len(keys) - 1 - i for i in range(len(keys))], s=70, marker="D",
                   color="#d62728", label=words["median"], zorder=3)
    # the taxonomy's Chinese name (in --lang en its English name, as on the maps: GDP, not gdp), never an
    # id beside Chinese labels; outside the catalogue, the name as written
    names = shared.groupby("indicator_key").indicator_name.first()
    english = {}
    if lang == "en":
        from .maps import _english_indicators

        english = _english_indicators()
    # one language per label set: English only when every indicator shown is in the catalogue
    in_english = lang == "en" and all(k != names[k] for k in keys)
    shown = {k: (english.get(k) or k.replace("_", " ")) if in_english else names[k] for k in keys}
    ax.set_yticks(range(len(keys)), [f"{shown[k]} ({ranked.places[k]})" for k in keys][::-1], fontsize=8)
    ax.set_xlabel(words["value"])
    # per cent from 0: equal targets (20% and 20%) never spread over an invented 19.00 to 21.00
    ax.set_xlim(left=min(0.0, float(shared.value.min())))
    ax.set_ylim(-0.6, len(keys) - 0.4)  # one row of a few places: its dots inside the frame, not on it
    ax.set_title(_title("同一指标", "The same indicator set by different jurisdictions (n = places)", lang),
                 fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=8, frameon=False, bbox_to_anchor=(1.01, 1), loc="upper left")
    return _finish(figure)


def _finish(figure):
    """Lay the figure out, then hide tick labels that would overlap (every k-th kept).

    The layout is applied once, as ``figure.tight_layout()`` would, but leaves no layout engine
    on the figure: with one, every save would lay out (measure every text) again.
    """
    TightLayoutEngine().execute(figure)
    for ax in figure.axes:
        hide_overlapping(ax.get_yticklabels())
        hide_overlapping(ax.get_xticklabels())
    return figure


def _title(zh: str, en: str, lang: str = "zh") -> str:
    """A figure's title: Chinese and English with Chinese labels (zh), English alone with English ones.

    >>> _title("时间表", "Deadlines"), _title("时间表", "Deadlines", "en")
    ('时间表 Deadlines', 'Deadlines')
    """
    return en if lang == "en" else f"{zh} {en}"


def _empty_figure(title: str, message: str):
    """A figure that says there is nothing to draw, rather than failing or drawing an empty frame."""
    figure, ax = plt.subplots(figsize=(8, 2.5))
    ax.set_axis_off()
    ax.set_title(title, fontsize=11)
    ax.text(0.5, 0.5, message, ha="center", va="center", color="grey", transform=ax.transAxes)
    return figure
