"""The ``policycompare`` command.

    policycompare extract PATH... --out DIR [--format csv|parquet|xlsx] [--manifest FILE] [--aliases FILE]
                          [--dictionaries DIR] [--strict] [--time-budget SECONDS]
    policycompare network PATH... --out DIR [--figures DIR] [--annotated-only] [--english | --lang en]
                          [--dictionaries DIR] [--time-budget SECONDS]
    policycompare report [PATH...] --out DIR [--no-figures] [--figures DIR] [--no-cache] [--dictionaries DIR]
                         [--dask [ADDRESS]] [--by LEVEL] [--top N] [--lang zh|en] [--time-budget SECONDS]
    policycompare --version

Every command takes ``--quiet`` (no progress bars on standard error).

``extract`` writes the tables of ingest, outline and extraction; ``network`` the responsibility
networks; ``report`` everything, with a self-contained report.html. Each prints how many input files
were ok, warning, skipped, duplicate or failed, and exits 1 only when a file failed, after writing
what the other files gave. PATH is a corpus folder (raw/,
manifest.csv, dictionaries/), any folder of documents, or files. What can be checked before parsing
is checked first: options, that the paths exist, that the output folders can be written.
``--dask`` runs the per-document work on a Dask cluster: a new local one, or the scheduler at ADDRESS.
``--time-budget`` bounds the seconds one file may take (default 120): a file past it is failed, the run
goes on. Outputs are written beside --out and --figures and swapped in when complete.

Heavy libraries are imported inside the commands, so a report served from the cache starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import BrokenExecutor
from contextlib import contextmanager


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``policycompare`` command.

    >>> build_parser().parse_args(["extract", "corpus", "--out", "build"]).format
    'csv'
    """
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="policycompare",
        description="Comparative analysis of Chinese local-government policy documents.",
    )
    parser.add_argument("--version", action="version", version=f"policycompare {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="raw files -> tidy tables (documents, measures, assignments, deadlines, targets, report …)",
        description="Read raw policy files or corpus folders (a folder with raw/ and manifest.csv) "
        "and write one table per file into --out. Exits 1 when a file could not be read.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="raw files, folders or corpus folders")
    extract.add_argument("--out", required=True, metavar="DIR", help="folder to write the tables into")
    extract.add_argument("--format", choices=("csv", "parquet", "xlsx"), default="csv",
                         help="table format (default csv; xlsx: one workbook, one sheet per table)")
    extract.add_argument("--manifest", metavar="FILE", help="curator manifest (default: the corpus folder's manifest.csv)")
    extract.add_argument("--aliases", metavar="FILE",
                         help="alias table of department names, extending the package's")
    extract.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    _budget_option(extract)
    _dictionaries_option(extract)
    _dask_option(extract)
    _quiet_option(extract)
    network = commands.add_parser(
        "network",
        help="department-responsibility networks: tables, GEXF/GraphML graphs and figures",
        description="Build the co-responsibility network of every jurisdiction and write departments.csv, "
        "network_comparison.csv, one GEXF and one GraphML file per jurisdiction into --out, and the "
        "figures (PNG and SVG) into --figures.",
    )
    network.add_argument("paths", nargs="+", metavar="PATH", help="raw files, folders or corpus folders")
    network.add_argument("--out", required=True, metavar="DIR", help="folder for tables and graphs")
    network.add_argument("--figures", metavar="DIR", help="folder for the figures (default: no figures)")
    network.add_argument("--annotated-only", action="store_true", help="leave out actors named only in the text")
    network.add_argument("--english", action="store_true", help="label figures with English names where known")
    _dictionaries_option(network)
    network.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of figure labels (en: as --english)")
    _budget_option(network)
    _quiet_option(network)
    report = commands.add_parser(
        "report",
        help="the whole pipeline: tables, graphs, figures and a self-contained report.html",
        description="Run ingest, structure, extraction, themes and networks on a corpus folder, any folder "
        "of documents or files, and write tables/*.csv (with report.csv and warnings.csv), graphs/*.gexf, "
        "figures/*.png (and *.svg with --svg) and report.html into --out.",
    )
    report.add_argument("corpus", nargs="*", default=["corpus"], metavar="PATH",
                        help="corpus folder, folder of documents or files (default: corpus)")
    report.add_argument("--out", required=True, metavar="DIR", help="folder to write the report into")
    report.add_argument("--no-figures", action="store_true", help="write the tables and graphs only")
    report.add_argument("--figures", metavar="DIR", help="folder for the figures (default: DIR/figures)")
    report.add_argument("--no-cache", action="store_true",
                        help="compute everything afresh (default: reuse cached tokens, and the whole report "
                        "when neither corpus nor code changed)")
    _dictionaries_option(report)
    report.add_argument("--by", default="jurisdiction", metavar="LEVEL",
                        help="group documents in figures by jurisdiction (default), province, admin_level, genre, "
                        "year, document, or any column of documents.csv")
    report.add_argument("--top", type=int, metavar="N",
                        help="groups drawn in figures; the rest pooled as 其他 (default 30)")
    report.add_argument("--lang", choices=("zh", "en"), default="zh",
                        help="language of figure labels: zh (default; English in titles) or en")
    report.add_argument("--svg", action="store_true",
                        help="also write each figure but the maps as SVG, for print (costs about a sixth of the "
                        "figures' time)")
    _budget_option(report)
    _dask_option(report)
    _quiet_option(report)
    return parser


def _budget_option(command) -> None:
    command.add_argument("--time-budget", type=float, default=120, metavar="SECONDS",
                         help="seconds one file may take to parse before it is reported as failed and the run goes "
                         "on (default 120; 0: no limit)")


def _dictionaries_option(command) -> None:
    command.add_argument("--dictionaries", metavar="DIR",
                         help="folder of departments.csv, themes.csv, user_dict.txt, stopwords.txt extending the "
                         "package's (default: the corpus folder's dictionaries/)")


def _quiet_option(command) -> None:
    command.add_argument("--quiet", action="store_true", help="no progress bars (shown on standard error by default)")


def _dask_option(command) -> None:
    command.add_argument("--dask", nargs="?", const="local", metavar="ADDRESS",
                         help="run the per-document work on Dask: a local cluster of one worker per core, or the "
                         "scheduler at ADDRESS (e.g. tcp://10.0.0.5:8786); needs policycompare[distributed]")


@contextmanager
def _executor(args):
    """The executor of ``--dask`` while the command runs (None: the local cores)."""
    if not getattr(args, "dask", None):
        yield None
        return
    from .parallel import dask_client

    with dask_client(None if args.dask == "local" else args.dask) as client:
        yield client.get_executor()


def _expected(exc: Exception) -> bool:
    """Errors about the input, reported in one line; anything else is a bug and keeps its traceback."""
    # CorpusError only exists once the corpus was loaded: do not load pandas just to print an error
    corpus_error = getattr(sys.modules.get("policycompare.corpus"), "CorpusError", OSError)
    return isinstance(exc, (corpus_error, OSError, TimeoutError, ValueError, ImportError, BrokenExecutor))


def check_before_parsing(args) -> None:
    """Everything that can be wrong before the files are read: missing inputs, unwritable outputs.

    Raises OSError (one line, naming the path) so a mistake costs no parsing time.
    """
    from pathlib import Path

    paths = args.paths if hasattr(args, "paths") else args.corpus
    for path in [*paths, *(p for p in (getattr(args, "manifest", None), getattr(args, "aliases", None)) if p)]:
        if not Path(path).exists():
            raise FileNotFoundError(f"{path}: no such file or folder")
    if args.dictionaries and not Path(args.dictionaries).is_dir():
        raise FileNotFoundError(f"{args.dictionaries}: no such dictionaries folder")
    outputs = [args.out, getattr(args, "figures", None)]
    if args.command == "report" and not args.no_figures:
        outputs.append(args.figures or Path(args.out) / "figures")
    from .runcache import writable_folder

    for folder in filter(None, outputs):
        writable_folder(folder)


def run_report(args) -> int:
    """The ``report`` command."""
    from pathlib import Path

    from . import runcache

    # an unchanged corpus: copy the stored report back before loading pandas, jieba and the rest
    cache_dir = None if args.no_cache else "default"
    out = Path(args.out)
    options = {"by": args.by, "top": args.top, "lang": args.lang, "svg": args.svg} if not args.no_figures else {}
    inputs = args.corpus + ([args.dictionaries] if args.dictionaries else [])
    if runcache.restore_report(inputs, out, Path(args.figures or out / "figures"), not args.no_figures,
                               cache_dir, **options)[0]:
        print(f"report written: {out / 'report.html' if not args.no_figures else out / 'tables'} "
              "(unchanged corpus and code: copied from the cache)")
        return 0
    from .report import write_report

    with _executor(args) as executor:
        written = write_report(args.corpus, args.out, figures=not args.no_figures, figures_dir=args.figures,
                               cache_dir=cache_dir, executor=executor, progress=not args.quiet,
                               dictionaries=args.dictionaries, time_budget=args.time_budget or None, **options)
    print(f"report written: {written}")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    if "files" in run:
        print("files: " + ", ".join(f"{n} {status}" for status, n in run["files"].items()))
    _print_failed(run["failed_files"])
    return 1 if run["failed_files"] else 0


def _print_failed(reasons) -> None:
    for reason in reasons:  # the reason names the file
        print(f"policycompare: failed: {reason}", file=sys.stderr)


def run_network(args) -> int:
    """The ``network`` command: tables, graphs and figures of every jurisdiction."""
    from .corpus import format_counts, load_corpus
    from .network import export_graphs, network_tables, plot_networks
    from .paths import staged_outputs

    corpus = load_corpus(args.paths, dictionaries=args.dictionaries, time_budget=args.time_budget or None)
    print(f"files: {format_counts(corpus.report)}")
    _print_failed(corpus.report.reason[corpus.report.status == "failed"])
    text_actors = not args.annotated_only
    graphs, departments, comparison = network_tables(corpus, text_actors)
    # written beside --out (and --figures) and swapped in whole: no graphs of places no longer in the corpus
    with staged_outputs(args.out, args.figures) as (out, figures):
        export_graphs(graphs, out, (".gexf", ".graphml"))
        departments.to_csv(out / "departments.csv", index=False)
        comparison.to_csv(out / "network_comparison.csv", index=False)
        if figures:
            written = plot_networks(corpus, figures, text_actors, args.english or args.lang == "en", graphs=graphs)
    print(comparison.to_string(index=False))
    if args.figures:
        print(f"{len(written)} figure files in {args.figures}")
    return 1 if (corpus.report["status"] == "failed").any() else 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["extract", "corpus", "--out", "build/tables"])  # doctest: +SKIP
    0
    """
    from .parallel import progress_shown

    args = build_parser().parse_args(argv)
    with progress_shown(not args.quiet):
        return _run(args)


def _run(args) -> int:
    """Run one parsed command."""
    try:
        check_before_parsing(args)
        if args.command == "network":
            return run_network(args)
        if args.command == "report":
            return run_report(args)
        from .corpus import format_counts, load_corpus

        with _executor(args) as executor:
            corpus = load_corpus(args.paths, manifest=args.manifest, strict=args.strict, aliases=args.aliases,
                                 executor=executor, dictionaries=args.dictionaries,
                                 time_budget=args.time_budget or None)
    except Exception as exc:
        if not _expected(exc):
            raise
        print(f"policycompare: {exc}", file=sys.stderr)
        return 1
    for line in corpus.summary():
        print(line)
    lacking = sum("  [no " in line for line in corpus.summary())
    if lacking:
        print(f"{lacking} documents miss a key field ([no …] above; the warnings table says why)")
    written = corpus.write(args.out, args.format)
    print(f"{len(corpus.documents)} documents, {len(corpus.measures)} measures, "
          f"{len(corpus.warnings)} warnings; files: {format_counts(corpus.report)} "
          f"-> {', '.join(p.name for p in written)} in {args.out}")
    return 1 if (corpus.report["status"] == "failed").any() else 0


def run() -> None:
    """The console script: :func:`main`, then exit at once.

    After a report of a thousand documents this process holds some 500 MB in hundreds of thousands
    of objects (tables, the font, the map boundaries); tearing the interpreter down frees them one
    by one, about a second on one core with nothing left to do. The exit handlers run (files are
    flushed and closed, temporary folders removed, worker pools joined) and the operating system
    takes the memory back whole.
    """
    import atexit
    import os

    status = main()
    atexit._run_exitfuncs()  # what sys.exit would run before tearing down; each handler runs once
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
