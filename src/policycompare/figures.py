"""Stage 6 figures: the comparisons across jurisdictions, drawn from the tables of ``compare``,
``themes`` and ``network``. Each function returns a matplotlib figure; :func:`save_figure` in
``plotting`` writes it as PNG and SVG. Titles are bilingual, labels are the data's own (Chinese).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .plotting import use_cjk_font

THEME_COLOURS = plt.get_cmap("tab20").colors


def theme_heatmap(shares: pd.DataFrame, labels: dict[str, str] | None = None):
    """Jurisdiction x codebook-theme shares as a heatmap with the share written in each cell.

    >>> figure = theme_heatmap(pd.DataFrame({"a": [0.5, 0.2]}, index=["甲", "乙"]))  # doctest: +SKIP
    """
    use_cjk_font()
    columns = [labels.get(c, c) if labels else c for c in shares.columns]
    figure, ax = plt.subplots(figsize=(max(8, 0.7 * len(columns) + 3), 0.6 * len(shares) + 2.5))
    image = ax.imshow(shares.to_numpy(), cmap="Blues", vmin=0, aspect="auto")
    ax.set_xticks(range(len(columns)), columns, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(shares)), shares.index, fontsize=9)
    for (row, col), value in np.ndenumerate(shares.to_numpy()):
        if value:
            ax.text(col, row, f"{value:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if value > 0.35 else "black")
    figure.colorbar(image, ax=ax, label="share of the jurisdiction's measures 措施占比")
    ax.set_title("主题分布 Themes of measures by jurisdiction (codebook)", fontsize=11)
    figure.tight_layout()
    return figure


def deadline_timeline_figure(timeline: pd.DataFrame):
    """Deadlines per jurisdiction and year, one dot per (measure, deadline), coloured by theme.

    >>> import policycompare as pc
    >>> from policycompare.compare import deadline_timeline
    >>> deadline_timeline_figure(deadline_timeline(pc.load_corpus("corpus"))).axes[0].get_title()  # doctest: +SKIP
    '时间表 Deadlines by jurisdiction, coloured by codebook theme'
    """
    use_cjk_font()
    if timeline.empty:
        return _empty_figure("时间表 Deadlines", "no dated deadlines in this corpus 无具体完成时限")
    places = sorted(timeline.jurisdiction.unique())
    theme_of = timeline["codebook_theme"].fillna("uncoded") if "codebook_theme" in timeline else pd.Series("all", timeline.index)
    themes = sorted(theme_of.unique())
    colour = {theme: THEME_COLOURS[i % len(THEME_COLOURS)] for i, theme in enumerate(themes)}
    figure, ax = plt.subplots(figsize=(10, 1.0 * len(places) + 2))
    rng = np.random.default_rng(0)  # a fixed jitter keeps dots apart and the figure reproducible
    for theme in themes:
        rows = timeline[theme_of == theme]
        y = rows.jurisdiction.map({p: i for i, p in enumerate(places)}) + rng.uniform(-0.25, 0.25, len(rows))
        x = rows.year + rng.uniform(-0.2, 0.2, len(rows))  # by the end of that year, mostly
        ax.scatter(x, y, s=28, color=colour[theme], label=theme, alpha=0.85, edgecolors="white", linewidths=0.5)
    ax.set_yticks(range(len(places)), places)
    years = range(int(timeline.year.min()), int(timeline.year.max()) + 1)
    ax.set_xticks(list(years), [str(y) for y in years], fontsize=8, rotation=45 if len(years) > 10 else 0)
    ax.set_xlabel("year of the deadline 完成时限(年)")
    ax.set_title("时间表 Deadlines by jurisdiction, coloured by codebook theme", fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=7, ncol=2, bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    figure.tight_layout()
    return figure


def targets_figure(targets: pd.DataFrame):
    """Targets whose indicator is set by two or more jurisdictions, value by jurisdiction and year.

    >>> import policycompare as pc
    >>> from policycompare.compare import targets_by_indicator
    >>> targets_figure(targets_by_indicator(pc.load_corpus("corpus"))).axes[0].get_xlabel()  # doctest: +SKIP
    'target value (%) 目标值'
    """
    use_cjk_font()
    shared = targets[(targets.places_sharing > 1) & (targets.unit == "%")]
    if shared.empty:
        return _empty_figure("同一指标 The same indicator", "no percentage indicator is set by two jurisdictions")
    keys = sorted(shared.indicator_key.unique())
    figure, ax = plt.subplots(figsize=(9, 0.8 * max(1, len(keys)) + 2.5))
    places = sorted(shared.jurisdiction.unique())
    for i, place in enumerate(places):
        rows = shared[shared.jurisdiction == place]
        y = rows.indicator_key.map({k: j for j, k in enumerate(keys)}) + (i - (len(places) - 1) / 2) * 0.15
        ax.scatter(rows.value, y, s=40, label=place, color=THEME_COLOURS[2 * i % len(THEME_COLOURS)])
        for value, yy, year in zip(rows.value, y, rows.year):
            if pd.notna(year):
                ax.annotate(str(int(year)), (value, yy), xytext=(4, 3), textcoords="offset points", fontsize=6)
    ax.set_yticks(range(len(keys)), keys)
    ax.set_xlabel("target value (%) 目标值")
    ax.set_title("同一指标 The same indicator set by different jurisdictions (label: target year)", fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=8, frameon=False)
    figure.tight_layout()
    return figure


def accountability_figure(table: pd.DataFrame):
    """Share of each plan's measures that say who, by when and how much, side by side.

    >>> import policycompare as pc
    >>> from policycompare.compare import accountability
    >>> len(accountability_figure(accountability(pc.load_corpus("corpus"))).axes[0].patches)  # doctest: +SKIP
    25
    """
    use_cjk_font()
    columns = {"share_who_annotated": "who (note) 责任单位", "share_who": "who (incl. text) 含正文主体",
               "share_when": "by when 时限", "share_how_much": "how much 指标", "share_all_three": "all three 三者俱全"}
    labels = [f"{place}\n{doc[:3]}" for place, doc in zip(table.jurisdiction.replace("", "未具名"), table.doc_id)]
    figure, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(columns)
    for i, (column, name) in enumerate(columns.items()):
        ax.bar(np.arange(len(table)) + (i - 2) * width, table[column], width, label=name,
               color=THEME_COLOURS[2 * i % len(THEME_COLOURS)])
    ax.set_xticks(range(len(table)), labels, fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of measures 措施占比")
    ax.set_title("可问责性 How specific each plan is: who, by when, how much", fontsize=11)
    ax.legend(fontsize=7, ncol=3, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.15))
    figure.tight_layout()
    return figure


def _empty_figure(title: str, message: str):
    """A figure that says there is nothing to draw, rather than failing or drawing an empty frame."""
    figure, ax = plt.subplots(figsize=(8, 2.5))
    ax.set_axis_off()
    ax.set_title(title, fontsize=11)
    ax.text(0.5, 0.5, message, ha="center", va="center", color="grey", transform=ax.transAxes)
    return figure
