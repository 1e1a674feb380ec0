"""The whole pipeline in one call: every table, graph and figure, and a report a person can read.

``write_report(corpus_path, out)`` (the ``policycompare report`` command) writes into ``out``:

* ``tables/``: documents, measures, assignments, deadlines, targets, themes, theme_shares,
  departments, network_comparison, accountability, and report and warnings (what became of every
  input file) (CSV);
* ``graphs/``: the co-responsibility graph of each jurisdiction (GEXF);
* ``figures/``: every figure as PNG and SVG (unless ``figures=False``);
* ``report.html``: one self-contained page (figures inline) comparing the jurisdictions;
* ``run.json``: the size of the corpus, files that failed, the cache key and each stage's seconds.
"""

from __future__ import annotations

import base64
import html
import json
import time
from pathlib import Path

import pandas as pd

from .compare import (accountability, deadline_timeline, plan_horizons, recurring_schedules,
                      targets_by_indicator)
from . import runcache
from .corpus import Corpus, load_corpus, status_counts
from .network import export_graph, network_tables, plot_networks
from .themes import Codebook, analyse_themes


def build_tables(corpus: Corpus, cache_dir="default", executor=None, seconds: dict | None = None
                 ) -> tuple[dict[str, pd.DataFrame], object, dict]:
    """All tables of the report, keyed by file name, the theme analysis they came from and the
    co-responsibility graph of each jurisdiction. ``seconds``, if given, receives the time
    of each stage.

    >>> tables, _, _ = build_tables(load_corpus("corpus"), cache_dir=None)  # doctest: +SKIP
    >>> sorted(tables)[:3]  # doctest: +SKIP
    ['accountability', 'assignments', 'deadlines']
    """
    lap = _stopwatch(seconds if seconds is not None else {})
    analysis = analyse_themes(corpus, cache_dir=cache_dir, executor=executor)
    lap("tokens, vectors, themes")
    graphs, departments, comparison = network_tables(corpus, executor=executor)
    lap("networks")
    tables = {
        "documents": corpus.documents, "measures": corpus.measures, "assignments": corpus.assignments,
        "deadlines": corpus.deadlines, "targets": corpus.targets, "themes": analysis.themes,
        "theme_shares": analysis.shares.reset_index(), "departments": departments,
        "network_comparison": comparison, "accountability": accountability(corpus),
        "targets_by_indicator": targets_by_indicator(corpus), "plan_horizons": plan_horizons(corpus),
        "clusters": analysis.clusters.reset_index(),
        "report": corpus.report, "warnings": corpus.warnings,  # what became of every input file
    }
    lap("comparisons")
    return tables, analysis, graphs


def _stopwatch(seconds: dict):
    """A function that records the seconds since its last call under the name it is given."""
    last = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        seconds[name] = round(now - last[0], 3)
        last[0] = now

    return lap


def write_figures(corpus: Corpus, tables: dict, analysis, folder: str | Path) -> dict[str, list[Path]]:
    """Every figure of the report into ``folder`` (PNG and SVG); returns name -> files."""
    from .figures import accountability_figure, deadline_timeline_figure, targets_figure, theme_heatmap
    from .plotting import save_figure, use_cjk_font

    use_cjk_font()
    labels = None
    if corpus.root:
        book = Codebook.from_csv(Path(corpus.root) / "dictionaries" / "themes.csv").table
        labels = dict(zip(book.theme, book.label_zh))
    figures = {
        "accountability": accountability_figure(tables["accountability"]),
        "themes_heatmap": theme_heatmap(analysis.shares, labels),
        "deadline_timeline": deadline_timeline_figure(deadline_timeline(corpus, analysis.themes)),
        "targets_by_indicator": targets_figure(tables["targets_by_indicator"]),
    }
    written = {name: save_figure(fig, name, folder) for name, fig in figures.items()}
    written["networks"] = plot_networks(corpus, folder)
    written["network_all"] = [p for p in written["networks"] if p.stem == "network_all"]
    return written


def write_report(corpus_path: str | Path = "corpus", out: str | Path = "build/report", figures: bool = True,
                 figures_dir: str | Path | None = None, cache_dir="default", executor=None) -> Path:
    """Run the pipeline on a corpus folder and write tables, graphs, figures and ``report.html``.

    Returns the path of ``report.html`` (or of the tables folder with ``figures=False``). Files
    are parsed and measures cut on the local cores, or on ``executor`` (e.g. a Dask cluster's, see
    :mod:`policycompare.parallel`). When neither the corpus, nor the package, nor the libraries
    changed since a report was last written, its files are copied back from the cache
    (:mod:`policycompare.runcache`); ``cache_dir=None`` computes everything afresh. ``run.json``
    records the size of the corpus, the cache key and the seconds each stage took.

    >>> write_report("corpus", "/tmp/pc-report", figures=False, cache_dir=None).name  # doctest: +SKIP
    'tables'
    """
    out = Path(out)
    figures_dir = Path(figures_dir or out / "figures")
    result = out / "report.html" if figures else out / "tables"
    found, key = runcache.restore_report(corpus_path, out, figures_dir, figures, cache_dir)
    if found:
        return result
    seconds = {}
    lap = _stopwatch(seconds)
    corpus = load_corpus(corpus_path, executor=executor)
    lap("ingest, structure, extract")
    tables, analysis, graphs = build_tables(corpus, cache_dir, executor, seconds)
    lap = _stopwatch(seconds)
    (out / "tables").mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        written.append(out / "tables" / f"{name}.csv")
        table.to_csv(written[-1], index=False)
    for place, co in graphs.items():
        written.append(export_graph(co, out / "graphs" / f"network_{place}.gexf"))
    lap("writing tables and graphs")
    drawn = {}
    if figures:
        drawn = write_figures(corpus, tables, analysis, figures_dir)
        result.write_text(_html(corpus, tables, analysis, drawn), encoding="utf-8")
        written.append(result)
        lap("figures and report.html")
    written.append(out / "run.json")
    failed = corpus.report[corpus.report.status == "failed"]
    written[-1].write_text(json.dumps({"documents": len(corpus.documents), "measures": len(corpus.measures),
                                       "characters": int(corpus.documents.n_chars.sum()), "cache_key": key,
                                       "seconds": seconds, "files": status_counts(corpus.report),
                                       "failed_files": failed.reason.tolist()},
                                      ensure_ascii=False, indent=1), encoding="utf-8")
    drawn_files = sorted({path for name, paths in drawn.items() for path in paths})
    if failed.empty:  # a failure may be passing (a file being written, storage a worker cannot see)
        runcache.store(cache_dir, key, {"out": (out, written), "figures": (figures_dir, drawn_files)})
    return result


def _image(paths: list[Path]) -> str:
    png = next(p for p in paths if p.suffix == ".png")
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(png.stem)}" src="data:image/png;base64,{data}">'


def _table(frame: pd.DataFrame, columns=None) -> str:
    frame = frame[columns] if columns else frame
    return frame.to_html(index=False, na_rep="", float_format=lambda v: f"{v:.2f}", border=0, classes="table")


def _html(corpus, tables, analysis, figures) -> str:
    agreement = analysis.agreement
    documents = tables["documents"]
    sections = [
        ("The corpus 语料", "One row per document; dates come from the document itself, with their source.",
         _table(documents, ["doc_id", "jurisdiction", "province", "admin_level", "issuer", "doc_number", "date",
                            "date_source", "n_measures"])),
        ("Who, by when, how much 可问责性", "Share of each plan's measures that name a responsible unit, a deadline "
         "or schedule, and a quantitative target.", _image(figures["accountability"]) + _table(tables["accountability"])),
        ("Themes 主题", f"Codebook themes per jurisdiction. Unsupervised clusters: {analysis.clusterer.n_clusters_}; "
         f"agreement with the codebook: adjusted Rand {agreement['adjusted_rand']}, NMI {agreement['nmi']} "
         f"over {agreement['n_coded']} coded measures.",
         _image(figures["themes_heatmap"]) + _table(tables["clusters"], ["cluster", "size", "top_terms", "central_heading"])),
        ("Responsibility networks 部门责任网络", "Departments linked by the measures they share.",
         _image(figures["network_all"]) + _table(tables["network_comparison"])),
        ("Targets 量化指标", "Targets lined up by indicator; the same indicator set by several jurisdictions first.",
         _image(figures["targets_by_indicator"]) + _table(tables["targets_by_indicator"],
                                                          ["indicator_key", "indicator", "jurisdiction", "year",
                                                           "comparator", "value", "unit", "raw"])),
        ("Timelines 时间表", "Dated deadlines by jurisdiction and year, and each plan's horizon.",
         _image(figures["deadline_timeline"]) + _table(tables["plan_horizons"])
         + _table(recurring_schedules(corpus).reset_index())),
    ]
    files = tables["report"]
    sections.append(("Files 文件", "Every input file and what became of it: "
                     + ", ".join(f"{n} {status}" for status, n in status_counts(files).items())
                     + ". Files that were not read, and why:",
                     _table(files[~files.status.isin(["ok", "warning"])], ["source_file", "status", "reason"])))
    body = "\n".join(f"<section><h2>{html.escape(title)}</h2><p>{html.escape(text)}</p>{content}</section>"
                     for title, text, content in sections)
    style = ("body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;max-width:1100px;margin:2em auto;"
             "padding:0 1em;color:#222}img{max-width:100%}table{border-collapse:collapse;font-size:12px;margin:1em 0}"
             "td,th{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left}h2{margin-top:2em}")
    return (f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>policycompare report</title>"
            f"<style>{style}</style></head><body><h1>policycompare: comparison of {len(documents)} policy documents "
            f"from {documents.jurisdiction.replace('', pd.NA).nunique()} named jurisdictions</h1>{body}</body></html>")
