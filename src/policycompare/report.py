"""The whole pipeline in one call: every table, graph and figure, and a report a person can read.

``write_report(corpus_path, out)`` (the ``policycompare report`` command) writes into ``out``:

* ``tables/``: documents, measures, assignments, deadlines, targets, themes, theme_shares,
  departments, network_comparison, accountability, recurring_schedules, regions, region_themes and
  region_targets (values per province and prefecture), and report and warnings (what became of
  every input file) (CSV);
* ``graphs/``: the co-responsibility graph of each jurisdiction (GEXF);
* ``figures/``: every figure of ``report.html`` as PNG (unless ``figures=False``), and with
  ``svg=True`` (``--svg``) but for the maps also as SVG; :func:`~policycompare.network.plot_networks`
  (``policycompare network``) draws each jurisdiction's network on its own;
* ``report.html``: one self-contained page (figures inline) comparing the jurisdictions;
* ``run.json``: the size of the corpus, files that failed, the cache key, each stage's seconds and the
  CPU seconds of drawing the figures and writing report.html (in every process that does it).

On a large corpus the stages overlap so that both cores stay busy: while this process finds the
themes, a forked child computes the networks and the other tables of the corpus alone, hands them
over and draws their figures, while this process draws the figures and maps of the themes and writes
the tables; then both write the graphs, each taking the next as it is free, and this process the
page. The files are those of the stages run one after the other.
"""

from __future__ import annotations

import base64
import html
import json
import re
import time
from contextvars import ContextVar
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from .compare import (accountability, deadline_timeline, plan_horizons, recurring_schedules,
                      targets_by_indicator)
from . import runcache
from .corpus import KEY_FIELDS, TIME_BUDGET, Corpus, doc_labels, format_counts, load_corpus, status_counts
from .parallel import Claims, claimed, deliver, in_background, preparing, progress_bar, progress_shown
from .maps import (MAP_LEVELS, MapDataError, below_provinces, province_mapped, read_boundaries, region_map_makers,
                   region_tables, unplaced_counts)
from .paths import staged_outputs


def build_tables(corpus: Corpus, cache_dir="default", executor=None, seconds: dict | None = None
                 ) -> tuple[dict[str, pd.DataFrame], object, dict]:
    """All tables of the report, keyed by file name, the theme analysis they came from and the
    co-responsibility graph of each jurisdiction. ``seconds``, if given, receives the time
    of each stage.

    >>> tables, _, _ = build_tables(load_corpus("corpus"), cache_dir=None)  # doctest: +SKIP
    >>> sorted(tables)[:3]  # doctest: +SKIP
    ['accountability', 'assignments', 'deadlines']
    """
    return _tables_and_figures(corpus, cache_dir, executor, seconds)[:3]


def _tables_and_figures(corpus: Corpus, cache_dir="default", executor=None, seconds: dict | None = None,
                        look: dict | None = None, out: Path | None = None) -> tuple:
    """:func:`build_tables`, and with ``look`` (the options of :func:`_corpus_figures`) every figure,
    drawn as soon as what it shows is known: name -> files of those is returned fourth. With
    ``out``, the tables (:func:`_write_tables`) and graphs are written there once known: their files
    are returned fifth.

    The networks and the other tables of the corpus alone are made by a forked child while this
    process finds the themes (one process's work). The child hands its tables over and goes on to
    draw their figures (accountability, targets, networks and their maps), while this process draws
    those of the themes and their maps while another child writes the tables (three processes on
    two cores for a while: whichever ends first leaves its core to the others, where a fixed order
    left a core idle for seconds at the end). Then both write the graphs, each taking the next as
    it is free. Both cores stay busy, and the figures cost little more than the CPU they take. On
    an executor, or on few measures, everything is done here, one after the other.
    """
    from contextlib import nullcontext

    from .network import export_graphs
    from .plotting import saving_in_parallel

    lap = _stopwatch(seconds if seconds is not None else {})
    overlap = executor is None and len(corpus.measures) >= BACKGROUND_MEASURES
    # the figures of the corpus tables are drawn by the child, and by this process once its own are
    # done: each takes the next one free, so neither waits while the other draws the last ones
    figures_claims = Claims()
    draw = partial(_corpus_figures, corpus, claim=figures_claims, **look) if look else None
    graphs_out, claims = (out / "graphs", Claims()) if out is not None else (None, None)
    with in_background(_corpus_tables, corpus, executor, draw, graphs_out, claims, when=overlap) as job:
        from .themes import analyse_themes

        analysis = analyse_themes(corpus, cache_dir=cache_dir, executor=executor)
        lap("tokens, vectors, themes")
        # beside a child still at work on the other core, this process draws; alone (no child, or one
        # that has ended: the themes of many measures outlast the networks), its children write
        with nullcontext() if overlap and not job.ended() else saving_in_parallel():
            drawn = _theme_figures(corpus, analysis, **look) if look else {}
            graphs, corpus_tables = job.delivered()
            tables = _all_tables(corpus, analysis, corpus_tables)
            with in_background(_write_tables, tables, out, when=out is not None and overlap) as writing:
                if look:
                    drawn |= _theme_maps(corpus, tables, look)
                    drawn |= _corpus_figures(corpus, graphs, corpus_tables, claim=figures_claims, **look)
                    lap("figures and maps of the themes")
                written = writing.result() if out is not None else []
            if out is not None:
                exported = export_graphs(graphs, graphs_out, claim=claims)  # those the child has not taken
                lap("writing the tables and graphs")
            drawn_there, exported_there = job.result()
            drawn = {**drawn_there, **drawn}  # whichever process drew them: the page looks each up by name
    lap("networks and their figures" if look else "networks")  # what was left of them
    if out is not None:
        written += _graph_files(graphs, graphs_out, exported + exported_there)
    return tables, analysis, graphs, drawn, written


def _graph_files(graphs: dict, folder: Path, written: list[Path]) -> list[Path]:
    """The files of every graph in ``folder``, in the order of ``graphs`` whoever wrote them: those
    ``written`` by the processes that claimed them, and here any a process claimed but died before
    writing (killed, out of memory)."""
    from .network import export_graph, graph_paths

    done = set(written)
    return [path if path in done else export_graph(graphs[place], path)
            for place, paths in graph_paths(graphs, folder).items() for path in paths]


def _all_tables(corpus: Corpus, analysis, corpus_tables: dict) -> dict[str, pd.DataFrame]:
    """The report's tables, in the order they are written, from the corpus, the theme analysis and
    the tables of :func:`_corpus_tables`."""
    made = {**corpus_tables, **region_tables(None, analysis.themes, None, corpus.documents)}
    return {
        "documents": corpus.documents, "measures": corpus.measures, "assignments": corpus.assignments,
        "deadlines": corpus.deadlines, "targets": corpus.targets, "themes": analysis.themes,
        "theme_shares": analysis.shares.reset_index(),
        **{name: made[name] for name in ("departments", "network_comparison", "accountability", "targets_by_indicator",
                                         "plan_horizons")},
        "clusters": analysis.clusters.reset_index(), "recurring_schedules": made["recurring_schedules"],
        "report": corpus.report, "warnings": corpus.warnings,  # what became of every input file
        # values per province and prefecture, drawn as maps
        **{name: made[name] for name in ("regions", "region_themes", "region_targets")},
    }


BACKGROUND_MEASURES = 2000  # below this, the networks take less than forking a child costs


def _corpus_tables(corpus: Corpus, executor=None, draw=None, graphs_out: Path | None = None, claim=None
                   ) -> tuple[dict, list[Path]]:
    """What the report computes from the corpus alone, handed over as soon as it is known
    (:func:`~policycompare.parallel.deliver`): the graphs of the networks, and the tables of the
    networks, targets by indicator, accountability, plan horizons, recurring schedules and the
    regions' accountability and targets. Returns, with ``draw`` (a function of the graphs and
    tables), the figures it draws of them (name -> files), and with ``graphs_out`` the graphs it then
    writes there (those it claims, see :func:`~policycompare.network.export_graphs`)."""
    from .network import export_graphs, network_tables

    graphs, departments, comparison = network_tables(corpus, executor=executor)
    account, measure_targets = accountability(corpus), targets_by_indicator(corpus)
    tables = {"departments": departments, "network_comparison": comparison, "accountability": account,
              "targets_by_indicator": measure_targets, "plan_horizons": plan_horizons(corpus),
              "recurring_schedules": recurring_schedules(corpus).reset_index(),
              **region_tables(account, None, measure_targets, corpus.documents)}
    deliver((graphs, tables))
    drawn = draw(graphs, tables) if draw is not None else {}
    return drawn, export_graphs(graphs, graphs_out, claim=claim) if graphs_out is not None else []


# the bar of the report's stages, advanced by every lap: a run shows what it has done between the stages
# that have bars of their own (reading files, clustering), whose gaps the stages without one would leave silent
_STAGES = ContextVar("policycompare_report_stages", default=None)


def _stopwatch(seconds: dict):
    """A function that records the seconds since its last call under the name it is given (and
    advances the report's bar of stages, when one is shown)."""
    last = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        seconds[name] = round(now - last[0], 3)
        last[0] = now
        stages = _STAGES.get()
        if stages is not None:
            stages.set_postfix_str(f"{name}: done", refresh=False)
            stages.update()

    return lap


def theme_labels(corpus: Corpus, lang: str = "zh") -> dict[str, str]:
    """Codebook theme -> its label in ``lang`` (zh or en), from the corpus's codebook.

    >>> theme_labels(load_corpus("corpus"))["admin_reconsideration"]
    '行政复议与应诉'
    """
    from .themes import Codebook

    book = Codebook.default(corpus.dictionaries).table  # the package's, with the corpus's rows
    column = "label_en" if lang == "en" else "label_zh"
    return dict(zip(book.theme, book[column])) if column in book else {}


def write_figures(corpus: Corpus, tables: dict, analysis, folder: str | Path, by: str = "jurisdiction",
                  top: int | None = None, lang: str = "zh", graphs: dict | None = None,
                  progress: bool = True, cache_dir="default", svg: bool = False) -> dict[str, list[Path]]:
    """Every figure of the report into ``folder`` as PNG (with ``svg``, also as SVG but for the
    maps); returns name -> files.

    Rows are groups of documents at level ``by`` (see :func:`policycompare.figures.document_groups`),
    the ``top`` largest drawn and the rest pooled; labels in ``lang`` (zh or en). ``cache_dir``
    is where map boundaries decoded from their package are kept (None: nowhere).
    """
    from .plotting import saving_in_parallel

    look = {"folder": folder, "by": by, "top": top, "lang": lang, "cache_dir": cache_dir, "svg": svg}
    with saving_in_parallel():  # each figure is written by a child process while the next one is drawn
        return {**_corpus_figures(corpus, graphs, tables, **look), **_theme_figures(corpus, analysis, **look),
                **_theme_maps(corpus, tables, look, progress)}


def _theme_maps(corpus: Corpus, tables: dict, look: dict, progress: bool = True) -> dict[str, list[Path]]:
    """The maps of the themes (name -> files): framed on the regions of every document, drawn once
    every table is known."""
    written = {}
    with progress_bar(len(MAP_LEVELS), "maps of the themes" if progress else None, unit="level") as bar:
        for level in MAP_LEVELS:
            written |= _maps_of(corpus, tables, level, ("themes",), look)
            bar.update()
    return written


def _corpus_figures(corpus: Corpus, graphs: dict, tables: dict, folder, by: str = "jurisdiction",
                    top: int | None = None, lang: str = "zh", cache_dir="default", svg: bool = False,
                    claim=None) -> dict[str, list[Path]]:
    """The figures of the tables made from the corpus alone: accountability, targets, the networks
    and the maps of accountability and targets (name -> files; with ``svg``, SVG copies but of the maps).
    With ``claim`` (a :class:`~policycompare.parallel.Claims` shared with another process drawing
    the same figures) only those this process claims are drawn."""
    from .figures import TOP, accountability_figure, targets_figure
    from .network import plot_networks
    from .plotting import save_figure, use_cjk_font

    use_cjk_font()
    top = top or TOP
    maps_look, map_tables = {"folder": folder, "lang": lang, "cache_dir": cache_dir}, {"documents": corpus.documents,
                                                                                      **tables}
    jobs = [
        lambda: {"accountability": save_figure(lambda: accountability_figure(
            tables["accountability"], corpus.documents, by, top, lang), "accountability", folder, svg)},
        lambda: {"targets_by_indicator": save_figure(lambda: targets_figure(tables["targets_by_indicator"], lang=lang),
                                                     "targets_by_indicator", folder, svg)},
        # the page shows the panel only
        lambda: {"network_all": plot_networks(corpus, folder, english=lang == "en", graphs=graphs, singles=False,
                                              vector=svg)},
        *(partial(_maps_of, corpus, map_tables, level, ("accountability", "targets"), maps_look)
          for level in MAP_LEVELS),
    ]
    written = {}
    with progress_bar(len(jobs) if claim is None else None, "figures", unit="figure") as bar:  # shared: no total
        for job in jobs if claim is None else claimed(jobs, claim):
            written |= job()
            bar.update()
    return written


def _theme_figures(corpus: Corpus, analysis, folder, by: str = "jurisdiction", top: int | None = None,
                   lang: str = "zh", cache_dir="default", svg: bool = False) -> dict[str, list[Path]]:
    """The figures of the themes: the heatmap of theme shares and the deadline timeline coloured by
    theme (name -> files; with ``svg``, SVG copies too)."""
    from .figures import TOP, deadline_timeline_figure, theme_heatmap, theme_shares_by
    from .plotting import save_figure, use_cjk_font

    use_cjk_font()
    top, labels, documents = top or TOP, theme_labels(corpus, lang), corpus.documents
    draw = {
        "themes_heatmap": lambda: theme_heatmap(theme_shares_by(analysis.themes, documents, by, top, lang)[0],
                                                labels, top, lang),
        "deadline_timeline": lambda: deadline_timeline_figure(deadline_timeline(corpus, analysis.themes), documents,
                                                              by, top, labels, lang),
    }
    written = {}
    with progress_bar(len(draw), "figures of the themes", unit="figure") as bar:
        for name, make in draw.items():
            written[name] = save_figure(make, name, folder, svg)
            bar.update()
    return written


def _maps_of(corpus: Corpus, tables: dict, level: str, kinds: tuple, look: dict) -> dict[str, list[Path]]:
    """The maps of ``kinds`` at ``level`` (name -> file); none without the boundaries."""
    from .plotting import save_figure

    try:  # maps are optional: the boundaries come with policycompare[maps]
        maps = region_map_makers(tables, level, theme_labels(corpus, look["lang"]), look["lang"], look["cache_dir"],
                                 kinds)
    except MapDataError:
        return {}
    # PNG only: the boundaries weigh tens of MB as SVG
    return {name: save_figure(draw, name, look["folder"], vector=False) for name, draw in maps.items()}


def write_report(corpus_path: str | Path | list = "corpus", out: str | Path = "build/report", figures: bool = True,
                 figures_dir: str | Path | None = None, cache_dir="default", executor=None, by: str = "jurisdiction",
                 top: int | None = None, lang: str = "zh", progress: bool = True,
                 dictionaries: str | Path | None = None, time_budget: float | None = TIME_BUDGET,
                 svg: bool = False) -> Path:
    """Run the pipeline on a corpus folder (or any folder or list of files) and write tables,
    graphs, figures and ``report.html``. ``dictionaries`` is a folder extending the package
    dictionaries (see :mod:`policycompare.dictionaries`).

    Returns the path of ``report.html`` (or of the tables folder with ``figures=False``). Files
    are parsed and measures cut on the local cores, or on ``executor`` (e.g. a Dask cluster's, see
    :mod:`policycompare.parallel`). When neither the corpus, nor the package, nor the libraries
    changed since a report was last written, its files are copied back from the cache
    (:mod:`policycompare.runcache`); ``cache_dir=None`` computes everything afresh. ``run.json``
    records the size of the corpus, the cache key and the seconds each stage took. A file that
    takes longer than ``time_budget`` seconds to parse is failed (see :func:`load_corpus`). The
    report is written beside ``out`` and swapped in at the end (:func:`~policycompare.paths.staged`).

    Figures group documents at level ``by`` (jurisdiction, province, admin_level, genre, year,
    document or any documents column), draw the ``top`` largest groups and pool the rest, with
    labels in ``lang`` (zh or en). Figures are PNG, inline in the page; ``svg=True`` adds an SVG
    copy of each but the maps (for print: it costs about a sixth of the figures' time).
    ``progress=False`` hides the progress bars (shown on standard error for stages longer than two seconds).

    >>> write_report("corpus", "/tmp/pc-report", figures=False, cache_dir=None).name  # doctest: +SKIP
    'tables'
    """
    out = Path(out)
    figures_dir = Path(figures_dir or out / "figures")
    result = out / "report.html" if figures else out / "tables"
    for folder in (out, figures_dir) if figures else (out,):
        runcache.writable_folder(folder)  # before minutes of parsing, not after
    options = {"by": by, "top": top, "lang": lang, "svg": svg} if figures else {}
    inputs = [corpus_path] if isinstance(corpus_path, (str, Path)) else list(corpus_path)
    found, key = runcache.restore_report(inputs + ([dictionaries] if dictionaries else []), out, figures_dir,
                                         figures, cache_dir, **options)
    if found:
        return result
    # written beside out (and figures_dir) and swapped in at the end: a killed run leaves the old
    # report or the new one, never a mix, and nothing of an old run the new one did not write
    with progress_shown(progress), staged_outputs(out, figures_dir if figures else None) as (new_out, new_figures):
        _compute_report((inputs, dictionaries), new_out, figures, new_figures, cache_dir, executor, key, options,
                        new_out / result.relative_to(out), time_budget)
    return result


def _ready_to_draw(cache_dir) -> None:
    """What every figure needs, read once: matplotlib and the figure module, a CJK font, the map
    boundaries (nothing of them without their package)."""
    from . import figures  # noqa: F401 -- imported now, with matplotlib
    from .plotting import use_cjk_font

    use_cjk_font()
    read_boundaries(cache_dir)


def _nothing_to_analyse(corpus: Corpus) -> str:
    """Why no report can be drawn: no file held a measure; the status counts and the first reasons."""
    reasons = [reason for reason in corpus.report.reason if reason][:3]
    return (f"no measures to analyse: files: {format_counts(corpus.report)}"
            + (f"; {' | '.join(reasons)}" if reasons else "")
            + "; `policycompare extract` writes every file's status (report.csv)")


def _compute_report(sources, out, figures, figures_dir, cache_dir, executor, key, options, result,
                    time_budget) -> None:
    """Compute the report and write it into ``out`` (figures into ``figures_dir``)."""
    seconds = {}
    # ingest; themes; (figures and maps of the themes); tables and graphs; networks; (report.html)
    stages = progress_bar(4 + 2 * bool(figures), "report", unit="stage")
    token = _STAGES.set(stages)
    try:
        _compute_stages(sources, out, figures, figures_dir, cache_dir, executor, key, options, result, time_budget,
                        seconds)
    finally:
        _STAGES.reset(token)
        stages.close()


def _compute_stages(sources, out, figures, figures_dir, cache_dir, executor, key, options, result, time_budget,
                    seconds) -> None:
    """:func:`_compute_report`'s stages, each timed into ``seconds``."""
    lap = _stopwatch(seconds)
    # the libraries of the themes and figures and the map boundaries (seconds) are read while the
    # files are parsed; the report reads the tables only: the full texts (a tenth of the memory) go
    drawing = (partial(_ready_to_draw, cache_dir),) if figures else ()
    with preparing("policycompare.themes", "policycompare.network", *drawing):
        corpus = load_corpus(sources[0], executor=executor, dictionaries=sources[1], time_budget=time_budget,
                             keep_texts=False)
    lap("ingest, structure, extract")
    if corpus.measures.empty:
        raise ValueError(_nothing_to_analyse(corpus))
    look = {"folder": figures_dir, **options, "cache_dir": cache_dir} if figures else None
    # the tables are written while the child draws the figures of the networks (see _tables_and_figures)
    with _figure_clock(figures) as figure_seconds:
        tables, analysis, graphs, drawn, written = _tables_and_figures(corpus, cache_dir, executor, seconds, look,
                                                                       out)
    if figures:
        lap, started = _stopwatch(seconds), time.process_time()
        result.write_text(_html(corpus, tables, analysis, drawn, options["by"], options["top"], options["lang"]),
                          encoding="utf-8")
        written.append(result)
        lap("report.html")
    # the figures are drawn beside other stages, in several processes: their CPU, not a stage's wall time
    cpu = round(figure_seconds() + (time.process_time() - started if figures else 0.0), 3)
    written.append(out / "run.json")
    failed = corpus.report[corpus.report.status == "failed"]
    written[-1].write_text(json.dumps({"documents": len(corpus.documents), "measures": len(corpus.measures),
                                       "characters": int(corpus.documents.n_chars.sum()), "cache_key": key,
                                       "seconds": seconds, "figures_cpu_seconds": cpu,
                                       "files": status_counts(corpus.report),
                                       "failed_files": failed.reason.tolist()},
                                      ensure_ascii=False, indent=1), encoding="utf-8")
    drawn_files = sorted({path for name, paths in drawn.items() for path in paths})
    if failed.empty:  # a failure may be passing (a file being written, storage a worker cannot see)
        runcache.store(cache_dir, key, {"out": (out, written), "figures": (figures_dir, drawn_files)})


def _figure_clock(figures: bool):
    """:func:`~policycompare.plotting.figure_clock` when figures are drawn (matplotlib is not
    imported for a run without them)."""
    from contextlib import nullcontext

    if not figures:
        return nullcontext(lambda: 0.0)
    from .plotting import figure_clock

    return figure_clock()


def _write_tables(tables: dict, out: Path) -> list[Path]:
    """Every table as ``out/tables/<name>.csv``; the paths."""
    (out / "tables").mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        written.append(out / "tables" / f"{name}.csv")
        _whole_numbers_as_integers(table).to_csv(written[-1], index=False)
    return written


def _whole_numbers_as_integers(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with each column of whole numbers that is float only for its missing values (a
    target's year: 2026 or none) as integers: the CSV reads 2026, not 2026.0. Shares and scores
    (:data:`FRACTION_COLUMNS`) stay fractions, even where every value is 0.

    >>> frame = pd.DataFrame({"year": [2026.0, None], "value": [4.5, None], "share_who": [0.0, None]})
    >>> print(_whole_numbers_as_integers(frame).to_csv(index=False).strip())
    year,value,share_who
    2026,4.5,0.0
    ,,
    """
    whole = [column for column in table.columns
             if pd.api.types.is_float_dtype(table[column]) and not FRACTION_COLUMNS.search(str(column))
             and table[column].isna().any() and (table[column].dropna() % 1 == 0).all()
             and (table[column].dropna().abs() < 2 ** 53).all()]  # exact as integers
    return table.astype({column: "Int64" for column in whole}) if whole else table


ROWS_SHOWN = 100  # rows of a table shown in report.html; the full table is linked as CSV
# clicking a column's header sorts the table by it (numbers as numbers); no library, no network
SORT_SCRIPT = """document.querySelectorAll("table.sortable th").forEach(function (th) {
 th.title = "sort"; th.addEventListener("click", function () {
  var table = th.closest("table"), body = table.tBodies[0], i = th.cellIndex, up = th.dataset.up !== "1";
  var rows = Array.from(body.rows), num = function (r) { return parseFloat(r.cells[i].textContent.replace(/,/g, "")); };
  var numeric = rows.every(function (r) { return r.cells[i].textContent.trim() === "" || !isNaN(num(r)); });
  rows.sort(function (a, b) {
   var x = numeric ? (num(a) || 0) : a.cells[i].textContent, y = numeric ? (num(b) || 0) : b.cells[i].textContent;
   return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1); });
  rows.forEach(function (r) { body.appendChild(r); }); th.dataset.up = up ? "1" : "0"; }); });"""


def _image(paths: list[Path]) -> str:
    png = next(p for p in paths if p.suffix == ".png")
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(png.stem)}" src="data:image/png;base64,{data}">'


MAP_KINDS = ("accountability", "themes", "targets")
LEVEL_HEADINGS = {"province": "By province 按省", "prefecture": "By prefecture 按地市"}


def _maps(tables: dict, figures: dict, image=_image) -> str:
    """The maps of each level, the values of every region (most documents first, all of them in
    ``tables/regions.csv``) and how many documents no region holds; or why there is no map."""
    try:
        from .maps import _data_root

        _data_root()
        installed = True
    except MapDataError:
        installed = False
    parts = []
    for level in MAP_LEVELS:
        regions = tables["regions"][tables["regions"].level == level]
        placed = regions[regions.region != ""].sort_values(["documents", "region"], ascending=[False, True])
        unplaced = int(regions.documents[regions.region == ""].sum())
        above = unplaced_counts(tables["documents"], level)[0] if "documents" in tables else 0
        parts.append(f"<h3>{LEVEL_HEADINGS[level]}</h3><p>{_count(int(placed.documents.sum()), 'document')} in "
                     f"{_count(len(placed), 'region')}"
                     + (f"; {_count(above, 'document')} of a whole province "
                        f"{'lies' if above == 1 else 'lie'} above this level"
                        + (" (drawn on the province map)" if province_mapped(tables) else "")
                        if above else "")
                     + (f"; {_count(unplaced - above, 'document')} without a known {level} "
                        f"{'is' if unplaced - above == 1 else 'are'} counted here and not drawn"
                        if unplaced - above else "") + ".</p>")
        drawn = [figures[name] for name in (f"map_{kind}_{level}" for kind in MAP_KINDS) if name in figures]
        if not installed:
            parts.append('<p class="note">No map: the boundaries need <code>pip install "policycompare[maps]"</code>.'
                         "</p>")
        elif not drawn and len(placed) == 1:
            parts.append(f'<p class="note">No {level} map: every document placed at this level lies in '
                         f"{html.escape(_region_name(placed.region.iloc[0]))}; a map of one region compares it with "
                         "nothing (its values are in the table below).</p>")
        elif not drawn and len(placed) and not below_provinces(placed.region, level):
            parts.append(f'<p class="note">No {level} map: every document placed at this level is of a '
                         "province-level municipality, drawn whole on the province map.</p>")
        elif not drawn:
            parts.append(f'<p class="note">No map: no document names its {level}.</p>')
        parts += [image(paths) for paths in drawn]
        if drawn and f"map_targets_{level}" not in figures:
            parts.append(f'<p class="note">No target map by {level}: no indicator of the catalogue is set in two '
                         "or more regions (one region compares with nothing).</p>")
        if len(placed):
            parts.append(_table(placed.assign(region=placed.region.map(_region_name)),
                                [c for c in placed if c != "level"], csv="regions"))
    return "".join(parts) + ('<p class="note">Theme shares and target values of every region: '
                             '<a href="tables/region_themes.csv">tables/region_themes.csv</a>, '
                             '<a href="tables/region_targets.csv">tables/region_targets.csv</a>.</p>')


def _count(n: int, noun: str) -> str:
    """A count and its noun, plural but for one: 1 document, 1,083 documents.

    >>> _count(1, "region"), _count(1083, "document")
    ('1 region', '1,083 documents')
    """
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _region_name(key: str) -> str:
    """A region's key as a reader names it: 广东省|深圳市 -> 广东省 深圳市, a municipality's
    北京市|北京市 -> 北京市 (the key, with its bar, stays in tables/regions.csv).

    >>> _region_name("广东省|深圳市"), _region_name("北京市|北京市"), _region_name("江苏省")
    ('广东省 深圳市', '北京市', '江苏省')
    """
    parts = [part for part in str(key).split("|") if part]
    return " ".join(part for i, part in enumerate(parts) if i == 0 or part != parts[i - 1])


# columns of fractions and scores: two decimals even where every value is whole (a share of 0 reads 0.00,
# as in the next table, not 0 as if it were a count)
FRACTION_COLUMNS = re.compile(r"share|density|centralisation|silhouette|betweenness|eigenvector|_per_|adjusted_rand"
                              r"|nmi")


# columns of values as documents write them (targets) or as rounded where computed (a horizon of 9.9 years)
AS_WRITTEN_COLUMNS = re.compile(r"value|value_low|median_value|horizon_years")


def _display(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells as text: whole numbers without decimals (a count read as 3, not 3.00), values of
    :data:`AS_WRITTEN_COLUMNS` as written (60, 8.2 and 54.58 in one column, not 60.00, 8.20 and 54.58;
    at most :data:`DECIMALS_AS_WRITTEN` decimals), every other number (fractions, scores, the theme
    shares named by theme) to two decimals, missing values empty."""
    shown = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
            shown[column] = values.astype(object).where(values.notna(), "").astype(str)
        elif (values.dropna() % 1 == 0).all() and (pd.api.types.is_integer_dtype(values)
                                                   or not FRACTION_COLUMNS.search(str(column))):
            shown[column] = [f"{int(v)}" if pd.notna(v) else "" for v in values]
        elif AS_WRITTEN_COLUMNS.fullmatch(str(column)):
            shown[column] = [_as_written_number(v) if pd.notna(v) else "" for v in values]
        else:
            shown[column] = [f"{v:.2f}" if pd.notna(v) else "" for v in values]
    return shown


DECIMALS_AS_WRITTEN = 4  # a value such as 0.035 (mg/m³) keeps its digits; float noise beyond is cut


def _as_written_number(value: float) -> str:
    """A number with the decimals it has and no trailing zeros: 60.0 -> 60, 8.2 -> 8.2, 1e7 -> 10000000."""
    return np.format_float_positional(round(float(value), DECIMALS_AS_WRITTEN), trim="-")


def _table(frame: pd.DataFrame, columns=None, csv: str | None = None, rows: int | None = None) -> str:
    """A sortable HTML table of at most ``rows`` rows (default ``ROWS_SHOWN``); when there are more,
    a note links the full table (``tables/<csv>.csv``). Columns empty in every row are left out, and
    the note names them."""
    rows = rows or ROWS_SHOWN
    frame = frame[[c for c in columns if c in frame]] if columns else frame
    # a column empty in every row says nothing on the page (doc_number of documents that carry none)
    empty = [c for c in frame if len(frame) and (frame[c].isna() | frame[c].eq("")).all()]
    frame = frame.drop(columns=empty)
    left_out = f' Empty in every row, left out: {", ".join(map(str, empty))}.' if empty else ""
    note = f'<p class="note">{html.escape(left_out.strip())}</p>' if left_out else ""
    if len(frame) > rows:
        link = f' Full table: <a href="tables/{html.escape(csv)}.csv">tables/{html.escape(csv)}.csv</a>.' if csv else ""
        note = f'<p class="note">First {rows} of {len(frame):,} rows.{link}{html.escape(left_out)}</p>'
        frame = frame.iloc[:rows]
    elif csv:
        note = (f'<p class="note"><a href="tables/{html.escape(csv)}.csv">tables/{html.escape(csv)}.csv</a>'
                f'{html.escape(left_out)}</p>')
    return _html_table(_display(frame)) + note


# a cell as pandas' to_html writes it: tabs and line breaks shown escaped, markup characters as entities
_CELL_TEXT = str.maketrans({"\t": r"\t", "\n": r"\n", "\r": r"\r", "<": "&lt;", ">": "&gt;", "&": "&amp;"})


def _html_table(shown: pd.DataFrame) -> str:
    """The markup of ``shown.to_html(index=False, border=0, classes="sortable")`` for a frame of
    text cells (:func:`_display`'s), byte for byte, written directly: pandas' formatter costs some
    30 ms a table of a hundred rows, and the page is written alone at the end of a run.

    >>> print(_html_table(pd.DataFrame({"单位": ["a<b"]})))
    <table class="dataframe sortable">
      <thead>
        <tr style="text-align: right;">
          <th>单位</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>a&lt;b</td>
        </tr>
      </tbody>
    </table>
    """
    def cells(tag: str, values) -> list[str]:
        return [f"      <{tag}>{str(value).translate(_CELL_TEXT).strip()}</{tag}>" for value in values]

    lines = ['<table class="dataframe sortable">', "  <thead>", '    <tr style="text-align: right;">',
             *cells("th", shown.columns), "    </tr>", "  </thead>", "  <tbody>"]
    columns = [shown[column].tolist() for column in shown.columns]
    for row in zip(*columns) if columns else [()] * len(shown):
        lines += ["    <tr>", *cells("td", row), "    </tr>"]
    return "\n".join([*lines, "  </tbody>", "</table>"])


def _quality(corpus, analysis, labels: pd.Series | None = None) -> str:
    """What the reader should know before trusting the comparison: files not read, documents
    without a jurisdiction or date, warnings by kind, and whether the clusters are weak. ``labels``:
    each document's label by doc_id (:func:`~policycompare.corpus.doc_labels`), if already made."""
    report, documents = corpus.report, corpus.documents
    parts = [f"<p>Every input file and what became of it: {len(report):,} files — "
             + ", ".join(f"{status} {n:,}" for status, n in status_counts(report).items()) + ".</p>"]
    lost = report[~report.status.isin(["ok", "warning"])]  # failed, skipped, duplicate …
    if len(lost):
        parts.append("<h3>Files not read, and why 未读入的文件</h3>"
                     + _table(lost.assign(reason=_reasons(lost)), ["status", "source_file", "reason"], "report"))
    labels = doc_labels(documents) if labels is None else labels
    missing = []
    names = {"jurisdiction": "jurisdiction 地区", "issuer": "issuer 发文机关", "title": "title 标题", "date": "date 日期"}
    for column, name in ((field, names[field]) for field in KEY_FIELDS):
        empty = documents[documents[column].fillna("") == ""]
        if len(empty):
            missing.append((name, empty))
    if not missing and len(documents):
        fields = [names[field].split()[0] for field in KEY_FIELDS]
        parts.append(f"<p>Every one of the {len(documents):,} documents has a "
                     + ", ".join(fields[:-1]) + f" and {fields[-1]}.</p>")
    if missing:
        parts.append("<h3>Documents without key fields 缺少关键字段的文档</h3><p>" + "; ".join(
            f"no {name}: {len(empty):,} of {len(documents):,}" for name, empty in missing) + ".</p>")
        metadata = corpus.warnings[corpus.warnings.stage == "metadata"]
        rows = []
        for name, empty in missing:
            field = name.split()[0]  # the warning that says why names the field (no document date: …)
            why = metadata[metadata.message.str.contains(field, regex=False)].groupby("doc_id").message.first()
            rows.append(empty.assign(missing=field, why=[why.get(doc_id, "") for doc_id in empty.doc_id]))
        rows = pd.concat(rows)
        rows = rows.assign(label=rows.doc_id.map(labels))  # the label and the file name the document: no doc_id
        parts.append(_table(rows, ["missing", "label", "source_file", "why"], "warnings"))
    if len(corpus.warnings):
        kinds = corpus.warnings.assign(kind=corpus.warnings.message.map(_warning_kind))
        counts = (kinds.groupby(["stage", "kind"]).agg(warnings=("doc_id", "size"), documents=("doc_id", "nunique"))
                  .reset_index().sort_values(["warnings", "stage", "kind"], ascending=[False, True, True]))
        parts.append("<h3>Warnings by kind 警告 (notes left unread, numbering, dates …)</h3>"
                     + _table(counts, csv="warnings", rows=30))
    parts.append(_cluster_quality(analysis))
    return "".join(parts)


def _reasons(report: pd.DataFrame) -> pd.Series:
    """Each file's reason without the file's path it may begin with (the path is in its own column)."""
    return pd.Series([reason[len(source) + 2:] if reason.startswith(f"{source}: ") else reason
                      for reason, source in zip(report.reason.fillna("").astype(str),
                                                report.source_file.fillna("").astype(str))], index=report.index)


def _warning_kind(message: str) -> str:
    """A warning's kind: its message with numbers, quoted names and places in the outline generalised."""
    kind = message.split(": ", 1)[1] if re.match(r"^[一二三四五六七八九十0-9/()（）.、]+: ", message) else message
    kind = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", kind)
    kind = re.sub(r"[0-9一二三四五六七八九十]+(?:/[0-9一二三四五六七八九十()（）]+)*", "N", kind)
    if len(kind) <= KIND_CHARS:
        return kind
    # too long: up to the last clause that fits (never a sentence cut in the middle without a mark)
    breaks = [m.end() for m in re.finditer(r"[,;:，；：]\s*", kind[:KIND_CHARS]) if m.start() >= KIND_CHARS // 3]
    return kind[:breaks[-1]].rstrip(" ,;:，；：") + " …" if breaks else kind[:KIND_CHARS - 1] + "…"


KIND_CHARS = 80  # a warning kind longer than this is cut at a clause, marked …


def _cluster_quality(analysis) -> str:
    """The silhouette of each k tried and a plain verdict: weak when the silhouette is low, the number
    uncertain when the best k sits at the edge of the range searched (the true number may lie outside it)."""
    clusterer = analysis.clusterer
    scores = getattr(clusterer, "silhouette_", {}) or {}
    k = clusterer.n_clusters_
    if not scores:
        return f"<h3>Clusters 聚类</h3><p>{k} clusters (k was given).</p>"
    tried = sorted(scores)
    best = scores.get(k, max(scores.values()))
    problems = []
    if len(tried) > 1 and k in (tried[0], tried[-1]):
        problems.append(f"k = {k} is at the {'upper' if k == tried[-1] else 'lower'} edge of the range searched "
                        f"({tried[0]}–{tried[-1]}): the best number of clusters may lie outside it")
    if best < WEAK_SILHOUETTE:
        problems.append(f"silhouette {best:.3f} < {WEAK_SILHOUETTE}: the clusters overlap")
    # weak: the clusters overlap; a k at the edge of the range alone says the number is uncertain, not
    # that clusters with a silhouette of 0.36 are weak
    heading = "Weak clusters 聚类较弱" if best < WEAK_SILHOUETTE else "Number of clusters uncertain 聚类数待定"
    verdict = (f"<p class=\"warn\">{heading}: " + "; ".join(problems) + ".</p>") if problems \
        else f"<p>k = {k} (silhouette {best:.3f}) inside the range searched.</p>"
    table = pd.DataFrame({"k": tried, "silhouette": [scores[t] for t in tried]})
    return "<h3>Clusters 聚类</h3>" + verdict + _table(table)


WEAK_SILHOUETTE = 0.1


def _as_written(targets: pd.DataFrame) -> pd.DataFrame:
    """Targets with their values in the unit beside them (60 万人, not 600000 万人: the table keeps
    values normalised to one unit, 600000 people, for comparing)."""
    from .maps import written_scale

    if targets.empty:  # an empty table's columns may be text: nothing to divide
        return targets
    scale = targets.unit.fillna("").astype(str).map(written_scale).astype(float)
    shown = targets.assign(value=pd.to_numeric(targets.value, errors="coerce") / scale)
    if "value_low" in shown:
        shown = shown.assign(value_low=pd.to_numeric(shown.value_low, errors="coerce") / scale)
    return shown


# days in each period named by extract_deadlines.csv: the schedules' columns run from the shortest period
PERIOD_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "ten-days": 10, "half-month": 15, "month": 30, "quarter": 91,
               "semester": 182, "half-year": 182, "school-year": 365, "year": 365}


def _period_days(period: str) -> float:
    """How long a period of the recurring schedules lasts, in days: '3-day' -> 3, 'quarter' -> 91;
    an unknown period sorts last."""
    count, _, unit = str(period).rpartition("-") if re.match(r"^\d+-", str(period)) else ("1", "", str(period))
    return float(count) * PERIOD_DAYS.get(unit, float("inf"))


# periods a count of a shorter one may equal (每六个月 is 每半年); a school term is not a calendar half-year
CALENDAR_PERIODS = ("hour", "day", "week", "ten-days", "half-month", "month", "quarter", "half-year", "year")
SAME_PERIOD = 0.03  # relative difference in days under which two periods are one (6 months of 30 days, 182 days)


def _same_period(period: str) -> str:
    """The calendar period a count of another is (within :data:`SAME_PERIOD`), else the period itself.

    >>> _same_period("6-month"), _same_period("3-month"), _same_period("7-day"), _same_period("2-week")
    ('half-year', 'quarter', 'week', '2-week')
    """
    if not re.match(r"^\d+-", str(period)):
        return period
    days = _period_days(period)
    return next((name for name in CALENDAR_PERIODS if abs(PERIOD_DAYS[name] - days) <= SAME_PERIOD * days), period)


def _schedules(table: pd.DataFrame) -> str:
    """The recurring schedules by group, said in words: columns from the shortest period to the
    longest (one column for one length: 6-month counted as half-year), groups with most schedules
    first."""
    if table.empty:
        return ""
    by = table.columns[0]
    merged = table.set_index(by)
    merged = merged.T.groupby([_same_period(p) for p in merged.columns], sort=False).sum().T.reset_index()
    table = merged.rename(columns={merged.columns[0]: by})
    periods = sorted(table.columns[1:], key=lambda p: (_period_days(p), str(p)))
    total = table[periods].sum(axis=1)
    table = table.assign(_total=total).sort_values(["_total", by], ascending=[False, True])[[by, *periods]]
    return ("<h3>Recurring schedules 定期要求</h3><p>How many measures of each group repeat at each period "
            "(每日 day, 每周 week, 每月 month, 每季度 quarter, 每年 year …), shortest period first.</p>"
            + _table(table, csv="recurring_schedules"))


ACCOUNTABILITY_GLOSSARY = ("Columns: share_who_annotated, a responsible unit named in a note (责任单位: …); "
                           "share_who, a unit or actor named anywhere, the note or the text; share_when, a "
                           "deadline or a recurring schedule; share_how_much, a quantitative target; "
                           "share_all_three, who, when and how much together.")


def _most_units_first(comparison: pd.DataFrame) -> pd.DataFrame:
    """The networks table in the order the networks are drawn: most departments first, then by name."""
    if "departments" not in comparison or comparison.empty:
        return comparison
    return comparison.sort_values(["departments", comparison.columns[0]], ascending=[False, True], kind="stable")


# the targets as the page shows them: the catalogue's id (empty outside it) beside the name as written, not
# the key they line up by (the id, or else the name: the same text twice in two columns outside the catalogue)
TARGET_COLUMNS = ["indicator_id", "indicator", "jurisdiction", "year", "comparator", "value_low", "value", "unit", "raw"]


def _groups_sentence(documents: pd.DataFrame, by: str, top: int, lang: str = "zh") -> str:
    """What the rows of the group figures and tables are: every group when none is pooled (as
    :func:`~policycompare.figures.top_groups` pools nothing when only one group would be), else the
    ``top`` largest and how many the pooled row 其他 holds.

    >>> docs = pd.DataFrame({"doc_id": list("abc"), "jurisdiction": ["甲市", "乙市", "丙市"]})
    >>> _groups_sentence(docs, "jurisdiction", 2)
    'Rows are the 3 jurisdiction groups.'
    >>> _groups_sentence(docs, "jurisdiction", 1)
    'Rows are jurisdiction groups: the 1 largest of 3, the other 2 pooled as 其他 (other).'
    >>> _groups_sentence(docs.iloc[:1], "jurisdiction", 2)
    'One row, the one jurisdiction group.'
    """
    from .figures import document_groups

    groups = document_groups(documents, by, lang).nunique()
    if groups == 1:
        return f"One row, the one {by} group."
    if groups <= top + 1:
        return f"Rows are the {groups:,} {by} groups."
    return (f"Rows are {by} groups: the {top} largest of {groups:,}, the other {groups - top:,} pooled as "
            + ("其他 (other)." if lang == "zh" else "other."))


def _labelled(table: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    """A table of one row per document with the document's label (jurisdiction, short title and year)
    where its doc_id was: the reader knows a document by its title, not by the name of its file.

    >>> _labelled(pd.DataFrame({"doc_id": ["f1"], "n": [3]}), pd.Series({"f1": "甲市 某办法 2024"})).columns.tolist()
    ['label', 'n']
    """
    return table.assign(doc_id=table.doc_id.map(labels)).rename(columns={"doc_id": "label"})


def _timelines_sentence(horizons: pd.DataFrame, documents: pd.DataFrame, by: str, top: int, lang: str = "zh") -> str:
    """What the timeline shows: its rows are the groups of the documents with a dated deadline (not of
    every document: 4 rows of 39 jurisdictions on 1,083 regulations), or that no document has one."""
    dated = set(_dated(horizons).doc_id)
    if not dated:
        return "Dated deadlines by group and year, and each plan's horizon: no document sets a dated deadline."
    return ("Dated deadlines by group and year, and each plan's horizon. "
            + re.sub(r" (groups?)\b", r" \1 with a dated deadline",
                     _groups_sentence(documents[documents.doc_id.isin(dated)], by, top, lang), count=1))


def _dated(horizons: pd.DataFrame) -> pd.DataFrame:
    """The rows of the plan horizons table whose document sets a dated deadline."""
    return horizons[horizons.last_deadline.fillna("").astype(str) != ""]


def _horizons(horizons: pd.DataFrame, labels: pd.Series) -> str:
    """The plans' horizons: the documents with a dated deadline, longest horizon first, by label (the
    rows without one, most on a corpus of regulations, are in ``tables/plan_horizons.csv``)."""
    dated = _dated(horizons)
    if dated.empty:
        return ('<p class="note">No plan horizon: no document sets a dated deadline '
                '(<a href="tables/plan_horizons.csv">tables/plan_horizons.csv</a>).</p>')
    shown = _labelled(dated, labels).sort_values(["horizon_years", "label"], ascending=[False, True],
                                                 na_position="last", kind="stable")
    return (f"<h3>Plan horizons 规划期限</h3><p>{len(dated):,} of {_count(len(horizons), 'document')} set a dated "
            "deadline; the horizon runs from the document's date to its last deadline, longest first.</p>"
            + _table(shown, ["label", "doc_date", "last_deadline", "horizon_years"], "plan_horizons"))


def _html(corpus, tables, analysis, figures, by: str = "jurisdiction", top: int | None = None, lang: str = "zh",
          image=_image) -> str:
    from .figures import TOP, accountability_table, theme_shares_by

    top = top or TOP
    agreement = analysis.agreement
    labels = doc_labels(tables["documents"])  # made once: the corpus table and the data quality both show them
    documents = tables["documents"].assign(label=labels.to_numpy())
    groups = accountability_table(tables["accountability"], corpus.documents, by, top, lang)
    shares, sizes = theme_shares_by(analysis.themes, corpus.documents, by, top, lang)
    names = {"uncoded": "未编码" if lang == "zh" else "uncoded", **theme_labels(corpus, lang)}
    shares = shares.rename(columns=names).assign(measures=sizes).reset_index()
    level = _groups_sentence(corpus.documents, by, top, lang)
    sections = [
        ("Data quality 数据质量", "Files that could not be read, documents without a jurisdiction, date or issuer, "
         "warnings by kind, and how well the clusters separate.", _quality(corpus, analysis, labels)),
        ("The corpus 语料", "One row per document; dates come from the document itself, with their source.",
         _table(documents, ["label", "jurisdiction", "title", "province", "admin_level", "genre", "issuer", "doc_number",
                            "date", "date_source", "n_measures", "doc_id"], "documents")),
        ("Who, by when, how much 可问责性", "Share of each group's measures that name a responsible unit, a deadline "
         f"or schedule, and a quantitative target (weighted by measures). {level} Sorted by "
         f"{groups.attrs.get('sorted_by', 'share_all_three')}, the share that differs most between the groups. "
         + ACCOUNTABILITY_GLOSSARY,
         image(figures["accountability"]) + _table(groups)
         + (_table(_labelled(tables["accountability"], labels), csv="accountability") if groups.documents.max() > 1
            else '<p class="note">One document per group: the table above is the table of documents, '
                 '<a href="tables/accountability.csv">tables/accountability.csv</a>.</p>')),
        ("Maps 地图", "Accountability, the largest themes and the targets set in most places (each region's "
         "target for the year most regions set, or its nearest; the year is in the title when it is the same "
         "everywhere), by province and by prefecture (a county is drawn in its "
         "prefecture; a municipality is one region). Grey: no document there; on a target map, no target of "
         "that indicator there.",
         _maps(tables, figures, image)),
        ("Themes 主题", f"Codebook themes by group. {level} Unsupervised clusters: {analysis.clusterer.n_clusters_}; "
         f"agreement with the codebook: adjusted Rand {agreement['adjusted_rand']:.2f}, NMI {agreement['nmi']:.2f} "
         f"over {agreement['n_coded']:,} coded measures.",
         image(figures["themes_heatmap"]) + _table(shares)
         + _table(tables["clusters"], ["cluster", "size", "top_terms", "central_heading"], "clusters")),
        ("Responsibility networks 部门责任网络", "Departments linked by the measures they share; drawn: the "
         "jurisdictions with most units among those where two units share a measure (a network without a link "
         "shows no co-responsibility). Every jurisdiction is in the table.",
         image(figures["network_all"]) + _table(_most_units_first(tables["network_comparison"]),
                                                csv="network_comparison")),
        ("Targets 量化指标", "Targets lined up by indicator; the same indicator set by several jurisdictions first. "
         "indicator_id: the indicator in the package's catalogue (empty outside it: such targets line up by the "
         "indicator's name as written).",
         image(figures["targets_by_indicator"]) + _table(_as_written(tables["targets_by_indicator"]),
                                                          TARGET_COLUMNS, "targets_by_indicator")),
        ("Timelines 时间表", _timelines_sentence(tables["plan_horizons"], corpus.documents, by, top, lang),
         image(figures["deadline_timeline"]) + _horizons(tables["plan_horizons"], labels)
         + _schedules(tables["recurring_schedules"])),
    ]
    body = "\n".join(f"<section><h2>{html.escape(title)}</h2><p>{html.escape(text)}</p>{content}</section>"
                     for title, text, content in sections)
    style = ("body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;max-width:1100px;margin:2em auto;"
             "padding:0 1em;color:#222}img{max-width:100%}table{border-collapse:collapse;font-size:12px;margin:1em 0}"
             "td,th{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left}th{cursor:pointer;background:#f6f6f6}"
             "h2{margin-top:2em}.note{font-size:12px;color:#555}.warn{color:#a33}")
    return (f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>policycompare report</title>"
            f"<style>{style}</style></head><body><h1>policycompare: comparison of {len(documents):,} policy documents "
            f"from {documents.jurisdiction.replace('', pd.NA).nunique():,} named jurisdictions</h1>{body}"
            f"<script>{SORT_SCRIPT}</script></body></html>")
