"""The ``policycompare`` command.

    policycompare extract PATH... --out DIR [--format csv|parquet] [--manifest FILE] [--strict]

reads raw policy files (or corpus folders), writes one file per table into DIR, prints one line
per input file, and exits with status 1 when any file failed.
"""

from __future__ import annotations

import argparse
import sys

from .corpus import CorpusError, load_corpus


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``policycompare`` command.

    >>> build_parser().parse_args(["extract", "corpus", "--out", "build"]).format
    'csv'
    """
    parser = argparse.ArgumentParser(
        prog="policycompare",
        description="Comparative analysis of Chinese local-government policy documents.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="raw files -> tidy tables (documents, measures, assignments, deadlines, targets, report …)",
        description="Read raw policy files or corpus folders (a folder with raw/ and manifest.csv) "
        "and write one table per file into --out. Exits 1 when a file could not be read.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="raw files, folders or corpus folders")
    extract.add_argument("--out", required=True, metavar="DIR", help="folder to write the tables into")
    extract.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default csv)")
    extract.add_argument("--manifest", metavar="FILE", help="curator manifest (default: the corpus folder's manifest.csv)")
    extract.add_argument("--aliases", metavar="FILE",
                         help="alias table of department names (default: the corpus folder's dictionaries/departments.csv)")
    extract.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["extract", "corpus", "--out", "build/tables"])  # doctest: +SKIP
    0
    """
    args = build_parser().parse_args(argv)
    try:
        corpus = load_corpus(args.paths, manifest=args.manifest, strict=args.strict, aliases=args.aliases)
    except (CorpusError, FileNotFoundError, ValueError) as exc:
        print(f"policycompare: {exc}", file=sys.stderr)
        return 1
    for line in corpus.summary():
        print(line)
    written = corpus.write(args.out, args.format)
    print(f"{len(corpus.documents)} documents, {len(corpus.measures)} measures, "
          f"{len(corpus.warnings)} warnings -> {', '.join(p.name for p in written)} in {args.out}")
    return 1 if (corpus.report["status"] == "failed").any() else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
