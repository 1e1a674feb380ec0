"""The corpus: raw files in, tidy tables out, every input file accounted for.

``load_corpus`` runs ingest -> metadata -> structure on each file and gathers the results into
pandas DataFrames, one row per thing (document, outline node, measure). Every input file, and
every entry of a folder, is a row of ``corpus.report`` with a status (see ``STATUSES``): ``ok``,
``warning``, ``skipped`` (not a readable document: a .doc, a scan, a hidden file, a broken link …),
``duplicate`` (the same bytes as an earlier file, kept out of the tables) or ``failed`` (with
``strict=True``, an exception). Warnings (numbering skips, unbalanced brackets, rejected dates,
manifest conflicts) are rows of ``corpus.warnings`` with the file and line they refer to.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings as _warnings
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd

from .dictionaries import corpus_dictionaries, read_table
from .extract import (AliasTable, every_year, extract_notes, extract_timing, is_problem, is_review, looks_ahead,
                      measure_assignments, names_whom_covered, reports_results, states_conditions)
from .extract.responsibility import short_names
from .functions import add_functions
from .indicators import add_indicators
from .ingest import CleanText, IngestError, clean_text, read_document
from .metadata import date_from_file_name, extract_metadata
from .parallel import map_batches, run_budgeted
from .readers import Unreadable, fill_from_page_meta
from .structure import Node, measure_view, parse_outline

DOCUMENT_COLUMNS = [
    "doc_id", "source_file", "sha256", "jurisdiction", "jurisdiction_source", "province", "admin_level",
    "issuer", "issuers", "title", "enclosed_title", "genre", "doc_number", "date", "date_source",
    "date_adopted", "date_note", "validity", "script", "encoding", "format", "n_chars", "n_measures",
    "boilerplate_chars", "from_manifest",
]
KEY_FIELDS = ("jurisdiction", "issuer", "title", "date")  # a document without one gets a warning row
OUTLINE_COLUMNS = [
    "doc_id", "node_id", "parent_id", "kind", "path", "label", "level", "number", "heading",
    "char_start", "char_end",
]
MEASURE_COLUMNS = [
    "doc_id", "measure_id", "ordinal", "path", "label", "level", "heading", "text",
    "char_start", "char_end",
]
REPORT_COLUMNS = ["source_file", "doc_id", "status", "n_warnings", "reason"]
WARNING_COLUMNS = ["source_file", "doc_id", "line", "stage", "message"]
BOILERPLATE_COLUMNS = ["doc_id", "line", "reason", "text"]
ASSIGNMENT_COLUMNS = [
    "doc_id", "measure_id", "department", "raw_name", "role", "collective", "source", "jurisdiction",
    "english", "unit_type", "char_start", "char_end", "duty",
]
DEADLINE_COLUMNS = ["doc_id", "measure_id", "raw", "kind", "date", "period", "note", "char_start", "char_end"]
TARGET_COLUMNS = [
    "doc_id", "measure_id", "raw", "indicator", "comparator", "value", "value_low", "unit", "year",
    "char_start", "char_end", "direction", "unit_std",
]
EXTRACTED = {"assignments": ASSIGNMENT_COLUMNS, "deadlines": DEADLINE_COLUMNS, "targets": TARGET_COLUMNS}
COLUMNS = {"documents": DOCUMENT_COLUMNS, "outline": OUTLINE_COLUMNS, "measures": MEASURE_COLUMNS,
           "report": REPORT_COLUMNS, "warnings": WARNING_COLUMNS, "boilerplate": BOILERPLATE_COLUMNS, **EXTRACTED}
# the tables a file's parse fills; report and warnings are written here, where files are compared
PARSED_TABLES = ("documents", "outline", "measures", "assignments", "deadlines", "targets", "boilerplate")
PARALLEL_FILES = 200  # below this, starting worker processes costs more than it saves
# Files are parsed in chunks that come back as DataFrames: a large corpus never holds every row of
# every table as Python objects at once, which would take several times the memory of the tables.
CHUNK_FILES = 25
# Seconds one file may take to read and parse before it is failed and the run goes on (a hang is a bug).
TIME_BUDGET = 120
# What became of each input file (the report's status column), in the order counts are printed.
STATUSES = ("ok", "warning", "skipped", "duplicate", "failed")
# Files of a folder that document the folder rather than being documents of it.
FOLDER_NOTES = {"readme", "license", "licence", "changelog", "copying"}
SYSTEM_FILES = {"thumbs.db", "desktop.ini"}  # written by file managers, not by anyone collecting documents
# What a curator may state from outside the text; the text's own value wins when it has one.
MANIFEST_FIELDS = ["jurisdiction", "province", "admin_level", "source_url", "encoding"]
# Any other manifest column is a docvar kept on ``documents``; ``note`` is the curator's comment.
MANIFEST_COMMENT = "note"
TABLE_FORMATS = ("csv", "parquet", "xlsx")
# A spreadsheet among the documents holds documents, one per row, when one of its columns is named
# like a text column (as crawled datasets are shared: province, year, title, source_url, full_text).
TEXT_COLUMNS = ("full_text", "text", "content", "body", "正文", "全文", "内容", "文本")
ID_COLUMNS = ("doc_id", "id")
DOCUMENT_TABLES = {".csv": ",", ".tsv": "\t", ".xlsx": None}
# A line standing alone as a heading: short, no sentence punctuation in or after it, between paragraphs
UNNUMBERED_HEADING = re.compile(r"(?<=[。；;！!？?\n]\n)[^\n。；;：:，,、！!？?]{4,24}(?=\n[^\n]{25})")
# A paragraph of the preamble that announces goals in its first clause (全年经济社会发展预期目标：…,
# 建议2025年主要预期目标为：…), as 工作要点 and reprinted work reports write them above 一、
PREAMBLE_GOALS = re.compile(r"(?<=\n)[^\n。；;：:]{0,40}?目标(?:任务)?(?:是|为)?\s{0,2}[：:](?=[^\n]{0,80}?\d)")
HEADING_CHARS = 60
# A line that is only a bracketed note: (责任单位:市直各有关单位、各县(市、区)人民政府)
CLOSING_NOTE = re.compile(r"[(（][^\n]{2,300}[)）]")
HEADING_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
EXCEL_CELL_CHARS = 32_767  # Excel's limit on one cell


class CorpusError(RuntimeError):
    """Raised by ``load_corpus(strict=True)`` when a file fails; the message names the file."""


@dataclass
class Corpus:
    """Tables of a loaded corpus. Join them on ``doc_id`` and ``measure_id``.

    ``texts[doc_id]`` is the clean text; ``char_start``/``char_end`` in every table are offsets
    into it. ``len(corpus)`` counts documents; :meth:`subset` keeps some of them in every table,
    :func:`concat` joins corpora, :meth:`write` saves the tables (csv, parquet, xlsx).

    >>> corpus = load_corpus("corpus")
    >>> corpus.measures.merge(corpus.targets, on=["doc_id", "measure_id"]).indicator.iloc[0]
    '职权事项履职比例'
    """

    documents: pd.DataFrame
    outline: pd.DataFrame
    measures: pd.DataFrame
    report: pd.DataFrame
    warnings: pd.DataFrame
    boilerplate: pd.DataFrame
    assignments: pd.DataFrame
    deadlines: pd.DataFrame
    targets: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    root: Path | None = None  # the corpus folder (with raw/ and dictionaries/), when one was loaded
    # the folder extending the package dictionaries (default: the corpus folder's dictionaries/)
    dictionaries: Path | None = None

    TABLES = ("documents", "outline", "measures", "assignments", "deadlines", "targets", "report", "warnings",
              "boilerplate")

    def __post_init__(self):
        if self.dictionaries is None:
            self.dictionaries = corpus_dictionaries(self.root)

    def __len__(self) -> int:
        """The number of documents.

        >>> len(load_corpus("corpus"))
        5
        """
        return len(self.documents)

    @property
    def docvars(self) -> list[str]:
        """Columns of ``documents`` beyond the documented ones: the manifest's own columns.

        >>> load_corpus("corpus").docvars
        []
        """
        return [column for column in self.documents.columns if column not in DOCUMENT_COLUMNS]

    def subset(self, which) -> "Corpus":
        """The corpus of some documents, every table and text filtered alike.

        ``which`` is a query on ``documents`` (``"province == '湖北省'"``, see
        :meth:`pandas.DataFrame.query`), a boolean mask over ``documents`` rows, or a list of doc_ids.

        >>> corpus = load_corpus("corpus")
        >>> len(corpus.subset("jurisdiction == '天门市'")), len(corpus.subset(corpus.documents.n_measures > 20))
        (1, 4)
        >>> corpus.subset(["002_193be430d96738cc"]).measures.doc_id.unique().tolist()
        ['002_193be430d96738cc']
        """
        documents = self.documents
        if isinstance(which, str):
            kept = documents.query(which, engine="python")
        elif isinstance(which, (list, tuple, set, frozenset, pd.Index)) and all(isinstance(v, str) for v in which):
            unknown = sorted(set(which) - set(documents.doc_id))
            if unknown:
                raise KeyError(f"no such doc_id: {', '.join(unknown[:5])}")
            kept = documents[documents.doc_id.isin(set(which))]
        else:
            mask = which.reindex(documents.index) if isinstance(which, pd.Series) else pd.Series(list(which))
            if len(mask) != len(documents) or mask.dtype != bool:
                raise ValueError(f"a subset mask needs one True/False per document ({len(documents)})")
            kept = documents[mask.to_numpy()]
        ids = set(kept.doc_id)
        tables = {name: getattr(self, name) for name in self.TABLES}
        tables = {name: table[table.doc_id.isin(ids)].reset_index(drop=True) for name, table in tables.items()}
        texts = {doc_id: text for doc_id, text in self.texts.items() if doc_id in ids}
        return Corpus(**tables, texts=texts, root=self.root, dictionaries=self.dictionaries)

    def __repr__(self) -> str:
        return (f"<Corpus: {len(self.documents)} documents, {len(self.measures)} measures, "
                f"{len(self.warnings)} warnings; files: {format_counts(self.report)}>")

    def summary(self) -> list[str]:
        """One line per input file: what was read and how many measures it holds.

        >>> corpus = load_corpus("corpus")  # doctest: +SKIP
        >>> print(corpus.summary()[0])  # doctest: +SKIP
        ok       000_efb97529a21d4f3f  天津市滨海新区  2017-05-03  29 measures  天津市滨海新区司法局关于…
        """
        docs = self.documents.set_index("doc_id")
        lines = []
        for row in self.report.itertuples():
            if row.status not in ("ok", "warning") or row.doc_id not in docs.index:
                lines.append(f"{row.status:<9} {row.reason}")  # the reason names the file
                continue
            doc = docs.loc[row.doc_id]
            title = doc.enclosed_title or doc.title
            missing = [name for name in KEY_FIELDS if not doc[name]]
            lines.append(
                f"{row.status:<9} {row.doc_id}  {doc.jurisdiction or '?'}  {doc.date or '????-??-??'}  "
                f"{doc.n_measures:>3} measures  {title[:30]}" + (f"  [no {', '.join(missing)}]" if missing else "")
            )
        return lines

    def write(self, out: str | Path, format: str = "csv") -> list[Path]:
        """Write every table to ``out``; return the paths.

        ``format`` is ``csv`` or ``parquet`` (``<table>.csv`` …) or ``xlsx`` (one workbook,
        ``corpus.xlsx``, with one sheet per table; Excel holds at most 32,767 characters in a cell,
        so longer cells are cut, with a warning, and control characters it refuses are removed).

        >>> load_corpus("corpus").write("build/tables")  # doctest: +SKIP
        [PosixPath('build/tables/documents.csv'), ...]
        """
        if format not in TABLE_FORMATS:
            raise ValueError(f"unknown table format {format!r}: use {', '.join(TABLE_FORMATS)}")
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        if format == "xlsx":
            return [write_excel({name: getattr(self, name) for name in self.TABLES}, out / "corpus.xlsx")]
        written = []
        for name in self.TABLES:
            table = getattr(self, name)
            path = out / f"{name}.{format}"
            if format == "csv":
                table.to_csv(path, index=False)
            else:
                table.to_parquet(path, index=False)
            written.append(path)
        return written


def write_excel(tables: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write tables into one Excel workbook, one sheet per table (names cut to Excel's 31 characters).

    Cells longer than Excel's 32,767 characters are cut, with a warning naming the table and
    column; control characters Excel refuses are removed.

    >>> import tempfile
    >>> path = write_excel({"measures": pd.DataFrame({"text": ["一、\\x07加强"]})}, Path(tempfile.mkdtemp()) / "t.xlsx")
    >>> pd.read_excel(path, sheet_name=None)["measures"].text.tolist()
    ['一、加强']
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    path = Path(path)
    sheets: set[str] = set()
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, table in tables.items():
            table = table.copy()
            for column in [c for c in table.columns if table[c].dtype == object or pd.api.types.is_string_dtype(table[c])]:
                values = table[column].map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
                long = values.map(lambda v: isinstance(v, str) and len(v) > EXCEL_CELL_CHARS)
                if long.any():
                    _warnings.warn(f"{path}: {int(long.sum())} cells of {name}.{column} are longer than Excel's "
                                   f"{EXCEL_CELL_CHARS:,} characters and were cut", stacklevel=3)
                    values = values.map(lambda v: v[:EXCEL_CELL_CHARS] if isinstance(v, str) else v)
                table[column] = values
            sheet = _sheet_name(name, sheets)
            table.to_excel(writer, sheet_name=sheet, index=False)
    return path


def _sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), distinct from ``taken``."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "sheet"
    sheet, n = base, 1
    while sheet.lower() in {t.lower() for t in taken}:
        n += 1
        sheet = f"{base[:31 - len(str(n)) - 1]}~{n}"
    taken.add(sheet)
    return sheet


def load_corpus(
    paths: str | Path | list[str | Path],
    manifest: str | Path | pd.DataFrame | None = None,
    strict: bool = False,
    aliases: str | Path | AliasTable | None = None,
    executor=None,
    dictionaries: str | Path | None = None,
    time_budget: float | None = TIME_BUDGET,
    keep_texts: bool = True,
) -> Corpus:
    """Load raw policy documents into a :class:`Corpus`.

    Parameters
    ----------
    paths : a file, a list of files, or a folder. A folder with a ``raw/`` subfolder is a corpus
        folder: its ``manifest.csv`` and ``dictionaries/`` are used unless ``manifest`` or
        ``dictionaries`` is given. A spreadsheet (.csv, .tsv, .xlsx) with a text column
        (``full_text``, ``text``, ``正文`` …, see ``TEXT_COLUMNS``) holds one document per row, its other
        columns docvars, as crawled datasets are shared.
    manifest : a CSV file (or DataFrame) with a ``file`` column naming each file; the curator
        fields (jurisdiction, province, admin_level, source_url, encoding) fill what the text does
        not say, ``note`` is a comment, and every other column is a docvar kept on ``documents``.
    strict : raise :class:`CorpusError` at the first file that cannot be read.
    aliases : an alias table of department names (a CSV file extending the package's, or an
        :class:`~policycompare.extract.AliasTable` used as it is).
    executor : where many files are parsed (see :mod:`policycompare.parallel`, e.g. a Dask
        cluster's); by default worker processes on the local cores.
    dictionaries : a folder whose files extend the package dictionaries (see
        :mod:`policycompare.dictionaries`).
    time_budget : seconds one file may take (None: no limit); a file past it is ``failed`` with
        the reason "took longer than N s", and the other files go on.
    keep_texts : keep each document's clean text in ``Corpus.texts``; without it ``texts`` is
        empty and the texts are never sent back from the worker processes (the tables, measure
        texts included, are the same): what a report of thousands of documents needs.

    Returns
    -------
    Corpus
        Files are read in sorted order, so tables are the same on every run.

    Examples
    --------
    >>> corpus = load_corpus("corpus")
    >>> corpus.documents.loc[0, ["jurisdiction", "date", "n_measures"]].astype(str).tolist()
    ['天津市滨海新区', '2017-05-03', '29']
    """
    if aliases is None and dictionaries is not None:  # the folder given, not the corpus folder's
        aliases = Path(dictionaries)
    files, manifest, aliases, root, skipped = _resolve(paths, manifest, aliases)
    files, manifest = _documents_in_tables(files, manifest)
    return _build(files, _unique_ids(files), manifest, aliases, strict, executor, root, skipped, dictionaries,
                  time_budget, keep_texts)


@dataclass(frozen=True)
class _Text:
    """A document given as text rather than as a file; named like one."""

    name: str
    text: str
    given: str = ""  # the name given, when another document had it first (name is then name~2)

    @property
    def stem(self) -> str:
        return self.given or self.name

    def __str__(self) -> str:
        return self.name


def from_texts(texts: dict[str, str] | list[str], manifest: pd.DataFrame | None = None, strict: bool = False,
               aliases: str | Path | AliasTable | None = None, executor=None,
               dictionaries: str | Path | None = None, time_budget: float | None = TIME_BUDGET) -> Corpus:
    """A :class:`Corpus` of texts already in memory, keyed by their doc_id (a list is named
    ``text1``, ``text2`` …).

    They go through the same cleaning, metadata, outline and extraction as files; ``manifest``
    (its ``file`` column naming the keys) and the other arguments are those of :func:`load_corpus`.

    Examples
    --------
    >>> corpus = from_texts({"plan": "某县司法局工作要点\\n一、加强人民调解\\n1.完善调解组织。(责任单位:基层科)"})
    >>> corpus.measures[["doc_id", "measure_id"]].values.tolist()
    [['plan', 'plan-m001']]
    """
    if not isinstance(texts, dict):
        texts = {f"text{i}": text for i, text in enumerate(texts, start=1)}
    names = [str(name) for name in texts]
    if len(set(names)) < len(names):
        raise ValueError("from_texts: two texts have the same name once written as strings")
    sources = [_Text(name, text if isinstance(text, str) else "") for name, text in zip(names, texts.values())]
    return _build(sources, names, manifest, aliases, strict, executor, None, [], dictionaries, time_budget)


def from_frame(frame: pd.DataFrame, text: str = "text", docvars: list[str] | None = None, doc_id: str | None = None,
               **options) -> Corpus:
    """A :class:`Corpus` of a DataFrame with one document per row (texts already in memory).

    Parameters
    ----------
    frame : one row per document.
    text : the column holding the text.
    docvars : columns kept on ``documents`` (default: every column but ``text`` and ``doc_id``);
        jurisdiction, province and admin_level among them fill what the text does not say.
    doc_id : the column naming each document (default ``text1``, ``text2`` …); a name seen
        before becomes ``name~2``, as for files of the same name in two folders.
    options : ``strict``, ``aliases``, ``executor``, ``dictionaries``, ``time_budget`` of :func:`load_corpus`.

    Returns
    -------
    Corpus

    Examples
    --------
    >>> frame = pd.DataFrame({"text": ["某县司法局工作要点\\n一、加强人民调解\\n二、深化法律援助"],
    ...                       "treatment": ["pilot"]})
    >>> corpus = from_frame(frame)
    >>> corpus.documents[["doc_id", "n_measures", "treatment"]].values.tolist()
    [['text1', 2, 'pilot']]
    """
    unknown = set(options) - {"strict", "aliases", "executor", "dictionaries", "time_budget"}
    if unknown:
        raise TypeError(f"from_frame: unknown options {sorted(unknown)}")
    for column in [text, *(docvars or []), *([doc_id] if doc_id else [])]:
        if column not in frame.columns:
            raise KeyError(f"from_frame: no column {column!r} (columns: {', '.join(map(str, frame.columns))})")
    if docvars is None:
        docvars = [column for column in frame.columns if column not in (text, doc_id)]
    raw = frame[doc_id].astype(str).tolist() if doc_id else [f"text{i}" for i in range(1, len(frame) + 1)]
    names = _unique_ids([_Text(name, "") for name in raw])
    manifest = frame[docvars].reset_index(drop=True).assign(file=names) if docvars else None
    texts = [value if isinstance(value, str) else "" for value in frame[text]]
    sources = [_Text(name, value, given) for name, value, given in zip(names, texts, raw)]
    return _build(sources, names, manifest,
                  options.get("aliases"), options.get("strict", False), options.get("executor"), None, [],
                  options.get("dictionaries"), options.get("time_budget", TIME_BUDGET))


def concat(corpora) -> Corpus:
    """One corpus of several: tables stacked, docvars kept (empty where a corpus lacks one).

    A doc_id already taken becomes ``doc_id~2`` (and its measure and node ids with it), with a
    warning, as for files of the same name in two folders.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     both = concat([from_texts({"plan": "一、加强人民调解"}), from_texts({"plan": "一、深化法律援助"})])
    >>> both.documents.doc_id.tolist(), both.measures.measure_id.tolist()
    (['plan', 'plan~2'], ['plan-m001', 'plan~2-m001'])
    """
    corpora = list(corpora)
    if not corpora:
        raise ValueError("concat needs at least one corpus")
    taken: set[str] = set()
    parts = []
    for corpus in corpora:
        renames = {}
        for doc_id in dict.fromkeys([*corpus.documents.doc_id, *corpus.report.doc_id]):
            new, n = doc_id, 1
            while new in taken:
                n += 1
                new = f"{doc_id}~{n}"
            taken.add(new)
            if new != doc_id:
                renames[doc_id] = new
        parts.append(_renamed(corpus, renames) if renames else corpus)
    tables = {}
    for name in Corpus.TABLES:
        frames = [getattr(part, name) for part in parts]
        table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        tables[name] = table.infer_objects()
    docvars = [c for c in tables["documents"].columns if c not in DOCUMENT_COLUMNS]
    tables["documents"][docvars] = tables["documents"][docvars].astype(object).where(
        tables["documents"][docvars].notna(), "")
    texts = {doc_id: text for part in parts for doc_id, text in part.texts.items()}
    roots = {part.root for part in parts}
    folders = {part.dictionaries for part in parts}
    return Corpus(**tables, texts=texts, root=roots.pop() if len(roots) == 1 else None,
                  dictionaries=folders.pop() if len(folders) == 1 else None)


def _renamed(corpus: Corpus, renames: dict[str, str]) -> Corpus:
    """The corpus with doc_ids (and the measure and node ids built on them) renamed, each noted."""
    tables = {}
    for name in Corpus.TABLES:
        table = getattr(corpus, name).copy()
        old = table.doc_id
        new = old.map(lambda d: renames.get(d, d))
        for column in ("measure_id", "node_id", "parent_id"):
            if column in table.columns:  # ids are f"{doc_id}-m001": swap the prefix
                table[column] = [n + value[len(o):] if value and n != o else value
                                 for o, n, value in zip(old, new, table[column])]
        table["doc_id"] = new
        tables[name] = table
    notes = []
    for old, new in renames.items():
        message = f"another document is called {old}: doc_id {new}"
        _warnings.warn(message, stacklevel=3)
        source = tables["report"].loc[tables["report"].doc_id == new, "source_file"]
        notes.append([source.iloc[0] if len(source) else old, new, 1, "ingest", message])
    tables["warnings"] = pd.concat([tables["warnings"], pd.DataFrame(notes, columns=WARNING_COLUMNS)],
                                   ignore_index=True)
    report = tables["report"]
    noted = report.doc_id.isin(set(renames.values())) & (report.status != "failed")
    report.loc[noted, "n_warnings"] += 1
    report.loc[noted & (report.status == "ok"), "status"] = "warning"
    texts = {renames.get(doc_id, doc_id): text for doc_id, text in corpus.texts.items()}
    return Corpus(**tables, texts=texts, root=corpus.root, dictionaries=corpus.dictionaries)


def _build(sources, doc_ids, manifest, aliases, strict, executor, root, skipped, dictionaries,
           time_budget: float | None = TIME_BUDGET, keep_texts: bool = True) -> Corpus:
    """Parse documents (files, or texts in memory) into a Corpus: the path both kinds share."""
    if dictionaries is not None and not Path(dictionaries).is_dir():
        raise FileNotFoundError(f"{dictionaries}: no such dictionaries folder")
    if aliases is not None and not isinstance(aliases, AliasTable) and not Path(aliases).exists():
        raise FileNotFoundError(f"{aliases}: no such alias table")
    aliases = Path(dictionaries) if aliases is None and dictionaries is not None else aliases
    manifest_rows, docvars = _manifest_rows(manifest)
    if not isinstance(aliases, AliasTable):
        aliases = AliasTable(read_table("departments.csv", aliases))
    texts, seen_hashes, duplicates, rows = {}, {}, set(), {"report": [], "warnings": []}
    frames = {name: [] for name in PARSED_TABLES}
    jobs = [(path, doc_id, manifest_rows.get(path.name, {}), aliases) for path, doc_id in zip(sources, doc_ids)]
    chunks = [jobs[start:start + CHUNK_FILES] for start in range(0, len(jobs), CHUNK_FILES)]
    local_below = 0 if len(jobs) >= PARALLEL_FILES else len(chunks) + 1  # counted in files, not chunks
    parsed_chunks = map_batches(partial(_parse_chunk, time_budget=time_budget, keep_texts=keep_texts), chunks,
                                executor, local_below,
                                f"reading files ({CHUNK_FILES} a batch)")
    for chunk, (tables, parsed) in zip(chunks, parsed_chunks):
        for name, table in tables.items():
            frames[name].append(table)
        for (path, doc_id, _, _), (warnings, text, status, reason, digest, has_measures) in zip(chunk, parsed):
            if status in ("failed", "skipped"):
                if strict and status == "failed":
                    raise CorpusError(reason)
                rows["report"].append([str(path), doc_id, status, 0, reason])
                continue
            if digest in seen_hashes:  # counted once: a copy would weigh its jurisdiction twice
                duplicates.add(doc_id)
                first_id, first_path = seen_hashes[digest]
                rows["report"].append([str(path), doc_id, "duplicate", 0, f"{path}: same bytes as {first_path} "
                                       f"(doc_id {first_id}); left out of the tables"])
                continue
            seen_hashes[digest] = (doc_id, path)
            if doc_id != path.stem:
                warnings.append((1, "ingest", f"another file is called {path.stem}: doc_id {doc_id}"))
            if not has_measures:
                warnings.append((1, "structure", "no measures: the body is empty"))
            rows["warnings"].extend([str(path), doc_id, line, stage, msg] for line, stage, msg in warnings)
            status = "warning" if warnings else "ok"
            rows["report"].append([str(path), doc_id, status, len(warnings), "; ".join(m for _, _, m in warnings[:3])])
            if keep_texts:
                texts[doc_id] = text
    rows["report"].extend([str(p), p.stem, "skipped", 0, f"{p}: {why}"] for p, why in skipped)
    tables = {name: _concat(frames[name], COLUMNS[name]) for name in PARSED_TABLES}
    if duplicates:
        tables = {name: table[~table.doc_id.isin(duplicates)].reset_index(drop=True) for name, table in tables.items()}
    tables.update({name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in rows})
    # national scales (issue 14): each organ's function, level and kind; each target's indicator
    # (added to each chunk's rows where it was parsed; here only when no file was parsed)
    if "function" not in tables["assignments"]:
        tables["assignments"] = add_functions(tables["assignments"], tables["documents"], aliases.functions)
    if "indicator_id" not in tables["targets"]:
        tables["targets"] = add_indicators(tables["targets"])
    tables["documents"] = _with_docvars(tables["documents"], manifest_rows, docvars)
    return Corpus(**tables, texts=texts, root=root, dictionaries=Path(dictionaries) if dictionaries else None)


def _load_one(doc: CleanText, doc_id: str, curated: dict, rows: dict, aliases: AliasTable) -> list[tuple[int, str, str]]:
    """Metadata and outline of one decoded document; appends table rows, returns its warnings."""
    meta = extract_metadata(doc.text, doc.parse)
    fill_from_page_meta(meta, doc.page_meta)  # <meta> tags of an HTML page, where the text is silent
    outline = parse_outline(doc.text, doc.parse, meta.body_start, meta.body_end)
    warnings = [(doc.line_of(offset), "structure", message) for offset, message in outline.warnings]
    values = {"jurisdiction": meta.jurisdiction, "province": meta.province, "admin_level": meta.admin_level}
    from_manifest = []
    for name, value in values.items():
        curated_value = curated.get(name) or ""
        if curated_value and not value:
            values[name] = curated_value
            from_manifest.append(name)
        elif curated_value and curated_value != value:
            warnings.append((1, "metadata", f"manifest says {name}={curated_value!r}, the text says {value!r}"))
    if "jurisdiction" in from_manifest:
        meta.jurisdiction, meta.jurisdiction_source = values["jurisdiction"], "manifest"
    meta.issuers = meta.issuers or meta.issuer  # an issuer filled after the text was read (a page's tags)
    meta.jurisdiction_source = meta.jurisdiction_source or ("issuer" if meta.jurisdiction else "")
    named = "" if meta.date else date_from_file_name(doc.path.name)
    if named:  # the text states no date: the one its collection wrote into the file's name
        meta.date, meta.date_source = named, "file name"
        warnings.append((1, "metadata", f"date {meta.date} read from the file name: the text states no date"))
    missing = meta.missing()
    warnings += [(1, "metadata", missing[name]) for name in KEY_FIELDS if name in missing]
    if meta.issuer_note:
        warnings.append((1, "metadata", meta.issuer_note))
    rows["boilerplate"].extend([doc_id, line, reason, cut] for line, cut, reason in doc.removed)
    measures = outline.measures
    rows["documents"].append([
        doc_id, doc.path.name, doc.sha256,
        values["jurisdiction"], meta.jurisdiction_source, values["province"], values["admin_level"], meta.issuer,
        meta.issuers, meta.title, meta.enclosed_title, meta.genre, meta.doc_number, meta.date, meta.date_source,
        meta.date_adopted, meta.date_note, meta.validity, doc.script, doc.encoding, doc.format, len(doc.text),
        len(measures), doc.boilerplate_chars, ",".join(from_manifest),
    ])
    node_ids = {id(node): f"{doc_id}-n{index:03d}" for index, node in enumerate(outline.nodes, start=1)}
    for node in outline.nodes:
        rows["outline"].append([
            doc_id, node_ids[id(node)], node_ids.get(id(node.parent), ""), node.kind, node.path,
            node.label, node.level, node.number, node.heading, node.char_start, node.char_end,
        ])
    anchor = meta.date or title_year_date(meta.title, meta.enclosed_title)
    reports = reports_results(meta.title) or reports_results(meta.enclosed_title)
    standing = _standing_rules(meta, outline)
    warnings += _extract(doc, doc_id, outline, anchor, values["jurisdiction"], aliases, rows, reports, standing)
    return warnings


# 2025年 in a title, not one end of a span (2025—2027年, 2024-2025年度, 2024至2025年)
TITLE_YEAR = re.compile(r"(?<![\d—–~\-至])((?:19|20)\d\d)年(?!度?[—–~\-至])")


def title_year_date(*titles: str) -> str:
    """The first day of the one year a document's titles name, or "" when they name none or several.

    A 工作要点 or 工作方案 posted without its date (苍溪县元坝镇2025年工作要点) is the plan of the year
    its title names: its deadlines (3月底前, 年内) fall in that year. Only stands in for a date the
    document does not state.

    >>> title_year_date("元坝镇2025年工作要点", ""), title_year_date("2024年工作总结和2025年工作计划")
    ('2025-01-01', '')
    >>> title_year_date("三年行动计划(2025—2027年)"), title_year_date("关于做好春耕工作的通知")
    ('', '')
    """
    years = {found[1] for title in titles if title for found in TITLE_YEAR.finditer(title)}
    return f"{years.pop()}-01-01" if len(years) == 1 else ""


def _span(doc: CleanText, start: int, end: int) -> tuple[int, str, str]:
    """A stripped span of the text: its start, its stored text and its parse view."""
    body = doc.text[start:end]
    start += len(body) - len(body.lstrip())
    text = body.strip()
    return start, text, doc.parse[start: start + len(text)]


STANDING_GENRES = ("条例", "规定", "办法", "细则", "规则", "守则", "准则", "章程")


def _standing_rules(meta, outline) -> bool:
    """Whether a document is a standing rule: a regulation or rules in articles (第X条) whose title names
    no year (2026年…办法 is a year's one-off). Its dates without a year (年底前, 次年6月30日前) fall every year."""
    title = REVISION_YEAR.sub("", meta.enclosed_title or meta.title)
    return meta.genre in STANDING_GENRES and not TITLE_YEAR.search(title) \
        and any(node.marker_type == "article" for node in outline.nodes)


# 考核细则（2026年修订）: the year a standing rule was revised in names its version, not a one-off year
REVISION_YEAR = re.compile(r"[(（]\s{0,2}(?:19|20)\d\d\s{0,2}年\s{0,2}(?:修订|修正|修改|版)\s{0,2}[)）]")


def _extract(doc, doc_id, outline, doc_date, jurisdiction, aliases, rows, reports=False,
             standing=False) -> list[tuple[int, str, str]]:
    """Measure rows and their assignments, deadlines and targets; returns the warnings.

    What a section says holds for the measures under it: its responsibility note ((一)完善制度。
    (责任单位:办公室) above 1. 2. …), its review heading (一、2025年工作回顾: results, not targets) and the
    one year its heading names (三、2026年重点工作: the year of targets that state none). Its lead, when
    it sets targets or deadlines, is a measure of its own. In a report of results (``reports``: a 统计公报,
    a 政府信息公开工作年度报告) every measure reviews the past but under a heading that looks ahead (改进措施).
    """
    warnings, notes, leads, reviews = [], {}, [], set()
    for node in outline.nodes:
        if node.kind == "section":
            start, text, parse = _span(doc, node.content_start, node.children[0].char_start)
            found = extract_notes(text, jurisdiction, aliases, parse)
            notes[id(node)] = [{**row, "start": start + row["start"], "end": start + row["end"]} for row in found]
            if text:
                leads.append(_lead(node))
            if is_review(parse) or _of_a_past_year(node, doc_date):  # 一、2025年工作回顾 above (一)(二): results
                reviews.add(id(node))
            notes[id(node)] += _closing_note(doc, node, jurisdiction, aliases)
        elif node.kind == "preamble":
            leads.extend(_headed_parts(doc, node))
    ordinal, lead_ids, first_assignment = 0, {id(node) for node in leads}, len(rows["assignments"])
    for node in sorted([*outline.measures, *leads], key=lambda node: node.char_start):
        view = measure_view(doc.text, doc.parse, node)  # a task-table row: its cells as a note
        headings = [section.heading for section in [node, *_ancestors(node)]]
        # 二、申报条件: thresholds of who may apply, no more targets or deadlines than a review holds
        review = any(id(section) in reviews for section in _ancestors(node)) or any(map(states_conditions, headings)) \
            or _of_a_past_year(node, doc_date) \
            or reports and not any(map(looks_ahead, headings))
        found = extract_timing(view.text, view.parse, doc_date, review)
        if any(map(is_problem, headings)):  # 二、存在问题: a rhythm not kept is no duty either
            found["deadlines"] = []
        if standing:
            every_year(found["deadlines"])
        if any(not row["year"] for row in found["targets"]):  # 三、2026年重点工作 above: that year's targets
            year = next(filter(None, map(_heading_year, [node, *_ancestors(node)])), None)
            for row in found["targets"]:
                row["year"] = row["year"] or year
        if id(node) in lead_ids and not found["targets"] and (
                all(row["kind"] == "recurring" for row in found["deadlines"]) or view.text.strip() == node.heading.strip()):
            # a section's lead without a target or a deadline is an introduction, not a measure; nor is a
            # bare heading whose year or 今年 says when its measures fall (三、今年重点工作). Known before its
            # organs are searched, which a fifth of the nodes of a long plan would cost in vain
            continue
        problems: list = []
        found["assignments"] = measure_assignments(view.text, view.parse, jurisdiction, aliases, problems)
        if names_whom_covered(node.heading):  # 一、考核对象: the units listed are assessed, they do nothing
            found["assignments"] = [row for row in found["assignments"] if row["source"] != "text"]
        if id(node) in lead_ids:
            # its note already applies to the measures under it: only the organs its text names are its own
            found["assignments"] = [row for row in found["assignments"] if row["source"] == "text"]
        ordinal += 1
        measure_id = f"{doc_id}-m{ordinal:03d}"
        start, text, parse = _span(doc, node.content_start, node.char_end)
        rows["measures"].append([doc_id, measure_id, ordinal, node.path, node.label, node.level, node.heading,
                                 text, node.char_start, node.char_end])
        for row in (row for rows_ in found.values() for row in rows_):
            row["start"], row["end"] = view.span(row["start"], row["end"])
        for row in found["targets"]:  # a number under a column naming a quantity: the column's name is its indicator
            row["indicator"] = view.quantity_labels.get(row["start"], row["indicator"])
        own = {(row["department"], row["role"]) for row in found["assignments"]}
        for ancestor in _ancestors(node):
            found["assignments"] += [row for row in notes.get(id(ancestor), []) if (row["department"], row["role"]) not in own]
        for table, found_rows in found.items():
            for row in found_rows:
                row.update(doc_id=doc_id, measure_id=measure_id, jurisdiction=jurisdiction,
                           char_start=row["start"], char_end=row["end"])
                rows[table].append([row[column] for column in EXTRACTED[table]])
        warnings.extend((doc.line_of(view.span(offset, offset)[0]), "extract", f"{node.path}: {message}")
                        for offset, message in problems)
    rows["documents"][-1][DOCUMENT_COLUMNS.index("n_measures")] = ordinal
    _use_short_names(doc.parse, rows["assignments"][first_assignment:], jurisdiction, aliases)
    return warnings


_NAMED = [ASSIGNMENT_COLUMNS.index(column) for column in ("department", "english", "unit_type")]


def _use_short_names(parse: str, assignments: list[list], jurisdiction: str, aliases) -> None:
    """A unit the document names X(以下简称Y) is X wherever the document writes Y (``raw_name``
    keeps Y): one unit, not two, in the document's tables and networks."""
    defined = short_names(parse)
    if not defined:
        return
    full = {aliases.lookup(short, jurisdiction)[0]: aliases.lookup(name, jurisdiction) for short, name in defined.items()}
    for row in assignments:
        for column, value in zip(_NAMED, full.get(row[_NAMED[0]], ())):
            row[column] = value


def _of_a_past_year(section, doc_date: str) -> bool:
    """Whether a section's heading names one year before the document's (二、2025年主要工作 in a 2026 report)
    and does not look ahead: its measures report that year's results."""
    year = _heading_year(section)
    # a heading that opens with its year and counts nothing (not 单位产值能耗较2025年下降12%, a measure's words)
    titled = PAST_YEAR_HEADING.fullmatch(section.heading.strip())
    return bool(year and titled and doc_date and year < int(doc_date[:4]) and not looks_ahead(section.heading))


PAST_YEAR_HEADING = re.compile(r"(?:19|20)\d\d年[^\d]{2,16}")


def _heading_year(section) -> int | None:
    """The one year a section's heading names (2026年重点工作), or None (none, or a span of years)."""
    if len(section.heading) > HEADING_CHARS:  # a paragraph read as a heading (a body without markers)
        return None
    years = set(HEADING_YEAR.findall(section.heading))
    year = years.pop() if len(years) == 1 else None
    return int(year) if year and f"{year}年" in section.heading else None


def _headed_parts(doc, preamble) -> list:
    """The parts of a preamble that open with an unnumbered heading line ("2026年重点工作" standing alone
    above its paragraphs, as reprinted work reports write 一、 二、 without numbers), as nodes with an
    empty path; the parts that review the past are results and are left out."""
    headings = list(UNNUMBERED_HEADING.finditer(doc.parse, preamble.char_start, preamble.char_end))
    ends = [heading.start() for heading in headings[1:]] + [preamble.char_end]
    parts = [Node("measure", "heading", None, "", "", heading.start(), end, heading.start(), heading=heading.group())
             for heading, end in zip(headings, ends) if not is_review(heading.group())]
    return parts or _goal_paragraphs(doc, preamble)


def _goal_paragraphs(doc, preamble) -> list:
    """The paragraphs of a preamble without heading lines that open by announcing goals
    (全年经济社会发展预期目标：全乡GDP达2.92亿元…), as nodes with an empty path and the words before
    the colon as their heading; like any lead, one becomes a measure only when it sets targets."""
    parts = []
    for goals in PREAMBLE_GOALS.finditer(doc.parse, preamble.char_start, preamble.char_end):
        end = doc.parse.find("\n", goals.end(), preamble.char_end)
        parts.append(Node("measure", "heading", None, "", "", goals.start(), preamble.char_end if end < 0 else end,
                          goals.start(), heading=goals.group()[:-1].rstrip()))
    return parts


def _closing_note(doc, section, jurisdiction, aliases) -> list[dict]:
    """A responsibility note standing on its own line after a section's last item, when no other item
    has one: 1.完善预案体系 (1)… (2)… (3)… ⏎(责任单位:市应急局、各县区政府) names who does all of them,
    as a note above them would; else none (the note of one item among items with notes of their own)."""
    items = section.children
    if len(items) < 2 or any(item.children for item in items):
        return []
    start, text, parse = _span(doc, items[-1].content_start, items[-1].char_end)
    line = text.rfind("\n") + 1
    if not line or not CLOSING_NOTE.fullmatch(parse, line):
        return []
    found = extract_notes(text[line:], jurisdiction, aliases, parse[line:])
    others = (_span(doc, item.content_start, item.char_end) for item in items[:-1])
    if not found or any(extract_notes(other, jurisdiction, aliases, other_parse) for _, other, other_parse in others):
        return []
    return [{**row, "start": start + line + row["start"], "end": start + line + row["end"]} for row in found]


def _lead(section):
    """A section's own text before its first child, as a measure with the section's path: a plan's
    三、主要目标 or a work report's 今年主要预期目标 paragraph often stands there, above (一)(二)."""
    return Node("measure", section.marker_type, section.number, section.label, section.key, section.char_start,
                section.children[0].char_start, section.content_start, parent=section.parent,
                heading=section.heading)


def _ancestors(node):
    while node.parent is not None:
        node = node.parent
        yield node


def _unique_ids(files: list[Path]) -> list[str]:
    """Each file's stem, or stem~2, stem~3 … when files in different folders share a name."""
    taken, ids = set(), []
    for path in files:
        doc_id, n = path.stem, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{path.stem}~{n}"
        taken.add(doc_id)
        ids.append(doc_id)
    return ids


def _parse_chunk(jobs: list, time_budget: float | None = None, keep_texts: bool = True
                 ) -> tuple[dict[str, pd.DataFrame], list[tuple]]:
    """Parse some files: their rows as one DataFrame per table (failed files add none) and, per
    file, ``(warnings, clean text, status, why it failed or was skipped, sha256, has measures)``
    (the text empty without ``keep_texts``)."""
    rows = {name: [] for name in PARSED_TABLES}
    parsed = []
    for job, (finished, result) in zip(jobs, run_budgeted(_parse_file, jobs, time_budget)):
        own, warnings, text, status, reason = result if finished else (
            {}, [], "", "failed", f"{job[0]}: took longer than {time_budget:g} s; please report it")
        if status == "ok":
            for name in PARSED_TABLES:
                rows[name].extend(own[name])
        digest = own["documents"][-1][2] if own.get("documents") else ""
        parsed.append((warnings, text if keep_texts else "", status, reason, digest, bool(own.get("measures"))))
    tables = {name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in PARSED_TABLES}
    if jobs:  # row by row, from the file's own rows: done where the files are parsed, on every core
        tables["assignments"] = add_functions(tables["assignments"], tables["documents"], jobs[0][3].functions)
        tables["targets"] = add_indicators(tables["targets"])
    return tables, parsed


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """The chunks of one table as one, with the column types one construction would give."""
    if len(frames) == 1:
        return frames[0]
    if not frames:
        return pd.DataFrame([], columns=columns)
    # a chunk where a column is all empty has it as object: infer again over the whole column
    return pd.concat(frames, ignore_index=True).infer_objects()


def _parse_file(job) -> tuple[dict, list, str, str, str]:
    """Read and parse one file: its table rows, warnings, clean text, status (ok, skipped, failed)
    and why it was skipped or failed ("" if not)."""
    path, doc_id, curated, aliases = job
    own = {name: [] for name in Corpus.TABLES}
    try:
        doc = _read(path, curated.get("encoding") or None)
        return own, _load_one(doc, doc_id, curated, own, aliases), doc.text, "ok", ""
    except Unreadable as exc:  # a format without text (.doc, a scan): the user can convert it
        return own, [], "", "skipped", str(exc)
    except (IngestError, OSError) as exc:
        return own, [], "", "failed", str(exc)
    except Exception as exc:  # a parser bug on one file must not cost the others
        return own, [], "", "failed", f"{path}: could not be parsed ({type(exc).__name__}: {exc}); please report it"


def _read(source, encoding: str | None) -> CleanText:
    """The clean text of a file, or of a text given in memory."""
    if not isinstance(source, _Text):
        return read_document(source, encoding=encoding)
    if not source.text.strip():
        raise IngestError(f"{source.name}: empty text")
    doc = clean_text(source.text, source.name)
    doc.sha256 = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    return doc


@dataclass(frozen=True)
class _Row(_Text):
    """A document held in one row of a spreadsheet (``table``, row ``row`` counted from 1 after the header)."""

    table: str = ""
    row: int = 0

    def __str__(self) -> str:
        return f"{self.table}, row {self.row}"


def _documents_in_tables(files: list, manifest) -> tuple[list, object]:
    """Spreadsheets with a text column (see ``TEXT_COLUMNS``) replaced by their rows as documents.

    A table of one row is named after its file, a longer one ``<file stem>-<row>`` or by its
    ``doc_id``/``id`` column. Its other columns are docvars (``province``, ``jurisdiction`` … fill what
    the text does not say, as a manifest's would). Any other spreadsheet stays a file, skipped as
    not a policy text.
    """
    sources, extra = [], []
    for path in files:
        table = _document_table(path) if isinstance(path, Path) else None
        if table is None:
            sources.append(path)
            continue
        text, ids = _column(table.columns, TEXT_COLUMNS), _column(table.columns, ID_COLUMNS)
        for row, record in enumerate(table.to_dict("records"), start=1):
            given = str(record[ids]) if ids else path.stem if len(table) == 1 else f"{path.stem}-{row}"
            name = f"{path.name}#{row}"
            sources.append(_Row(name, record[text], given, table=str(path), row=row))
            extra.append({"file": name, **{k: v for k, v in record.items() if k not in (text, ids)}})
    if not extra:
        return sources, manifest
    rows = pd.DataFrame(extra).fillna("").astype(str)
    if manifest is not None:
        given = manifest if isinstance(manifest, pd.DataFrame) else pd.read_csv(manifest, dtype=str,
                                                                                   keep_default_na=False)
        rows = pd.concat([given, rows], ignore_index=True).fillna("")
    return sources, rows


def _document_table(path: Path) -> pd.DataFrame | None:
    """The rows of a spreadsheet of documents (every cell a string), or None when ``path`` is not one."""
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_TABLES:
        return None
    sep = DOCUMENT_TABLES[suffix]
    try:
        read = (lambda **kw: pd.read_excel(path, dtype=str, **kw)) if sep is None else \
            (lambda **kw: pd.read_csv(path, sep=sep, dtype=str, encoding="utf-8-sig", **kw))
        if _column(read(nrows=0).columns, TEXT_COLUMNS) is None:
            return None
        return read(keep_default_na=False)
    except Exception:  # not a table we can read: the reader reports the file as skipped, with its reason
        return None


def _column(columns, names: tuple[str, ...]):
    """The first column named like one of ``names`` (case and surrounding spaces aside), or None."""
    return next((column for column in columns if str(column).strip().lower() in names), None)


def _resolve(paths, manifest, aliases) -> tuple[list[Path], object, object, Path | None, list[tuple[Path, str]]]:
    """Expand folders into sorted file lists and find a corpus folder's manifest and alias table.

    Returns the files to read and the ``(path, reason)`` of everything in the folders that is
    not read (hidden files, broken links, folders that cannot be opened …).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    root = None
    # absolute: a worker process or a Dask worker may run in another working directory
    for path in (Path(p).absolute() for p in paths):
        if path.is_dir():
            raw = path / "raw"
            if raw.is_dir():
                root = root or path
                if manifest is None and (path / "manifest.csv").exists():
                    manifest = path / "manifest.csv"
                if aliases is None and (path / "dictionaries" / "departments.csv").exists():
                    aliases = path / "dictionaries" / "departments.csv"
                path = raw
            for found, why in _walk(path, {_identity(path)}):
                (skipped.append((found, why)) if why else files.append(found))
        elif path.is_file():  # a file named on its own is read whatever its name
            files.append(path)
        elif path.exists():
            skipped.append((path, "not a regular file (a pipe, socket or device)"))
        elif path.is_symlink():
            skipped.append((path, f"broken symbolic link (to {os.readlink(path)})"))
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return files, manifest, aliases, root, skipped


def _walk(folder: Path, ancestors: set) -> list[tuple[Path, str]]:
    """Every entry under ``folder`` in sorted order: ``(path, "")`` for a file to read, or
    ``(path, why it is not read)``. Linked folders are followed unless they loop back."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        return [(folder, f"folder cannot be opened ({exc.strerror or exc}): nothing in it was read")]
    found = []
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:  # a link that loops back on itself (ELOOP)
            found.append((path, f"symbolic link that cannot be followed ({exc.strerror or exc})"))
            continue
        if entry.name.startswith("."):
            kind = "folder" if is_dir else "file"
            found.append((path, f"hidden {kind} (its name starts with '.'): rename it to have it read"))
        elif entry.is_symlink() and not (is_dir or is_file) and not os.path.exists(path):
            found.append((path, f"broken symbolic link (to {os.readlink(path)})"))
        elif is_dir:
            identity = _identity(path)
            if identity in ancestors:
                found.append((path, "symbolic link back to a folder above it (a loop): not followed"))
            else:
                found.extend(_walk(path, ancestors | {identity}))
        elif not is_file:
            found.append((path, "not a regular file (a pipe, socket or device)"))
        elif path.stem.lower() in FOLDER_NOTES:
            found.append((path, "the folder's own notes (README, LICENSE …), not a document"))
        elif entry.name.startswith("~$") or entry.name.lower() in SYSTEM_FILES:
            found.append((path, "an Office lock file or a file manager's file, not a document"))
        else:
            found.append((path, ""))
    return found


def _identity(folder: Path) -> tuple[int, int]:
    info = folder.stat()
    return info.st_dev, info.st_ino


def _manifest_rows(manifest) -> tuple[dict[str, dict], list[str]]:
    """Manifest rows keyed by file name (its ``file`` column), and its docvar columns.

    A docvar named like a documents column (``title``, ``date`` …) is kept as ``manifest_<name>``:
    the text's own value keeps its column.
    """
    if manifest is None:
        return {}, []
    table = manifest if isinstance(manifest, pd.DataFrame) else pd.read_csv(manifest, dtype=str, keep_default_na=False)
    if "file" not in table.columns:
        raise ValueError(f"{_name(manifest)}: a manifest needs a 'file' column naming each raw file")
    repeated = table.file[table.file.duplicated()].tolist()
    if repeated:
        raise ValueError(f"{_name(manifest)}: files named twice: {', '.join(map(str, repeated[:5]))}")
    curated = {"file", *MANIFEST_FIELDS, MANIFEST_COMMENT}
    renamed = {c: f"manifest_{c}" if c in DOCUMENT_COLUMNS else str(c) for c in table.columns if c not in curated}
    table = table.rename(columns=renamed)
    records = table.astype(object).where(table.notna(), "").to_dict("records")
    return {str(row["file"]): row for row in records}, list(renamed.values())


def _name(manifest) -> str:
    return "the manifest" if isinstance(manifest, pd.DataFrame) else str(manifest)


def _with_docvars(documents: pd.DataFrame, rows: dict[str, dict], docvars: list[str]) -> pd.DataFrame:
    """``documents`` with the manifest's docvar columns after the documented ones ("" where unlisted)."""
    if not docvars:
        return documents
    extra = pd.DataFrame({column: [rows.get(name, {}).get(column, "") for name in documents.source_file]
                          for column in docvars}, index=documents.index)
    return pd.concat([documents, extra.infer_objects()], axis=1)


def status_counts(report: pd.DataFrame) -> dict[str, int]:
    """How many input files have each status, every status listed.

    >>> status_counts(pd.DataFrame({"status": ["ok", "ok", "skipped"]}))
    {'ok': 2, 'warning': 0, 'skipped': 1, 'duplicate': 0, 'failed': 0}
    """
    counts = report["status"].value_counts()
    return {status: int(counts.get(status, 0)) for status in STATUSES}


def format_counts(report: pd.DataFrame) -> str:
    """The status counts as one line: ``2 ok, 0 warning, 1 skipped, 0 duplicate, 0 failed``."""
    return ", ".join(f"{n} {status}" for status, n in status_counts(report).items())


def place_labels(documents: pd.DataFrame) -> pd.Series:
    """A display name per doc_id: the jurisdiction, or 未具名(file key) when the text names none.

    The file key is the doc_id up to its first ``_`` or ``-`` (``001_x`` -> 001) when that tells the
    unnamed documents apart, else the whole doc_id: never a fixed-length prefix, which would make
    ``tianjin_…`` and ``tianmen_…`` one place.

    >>> place_labels(pd.DataFrame({"doc_id": ["001_x", "002_y"], "jurisdiction": ["", "天门市"]})).tolist()
    ['未具名(001)', '天门市']
    >>> place_labels(pd.DataFrame({"doc_id": ["plan_a", "plan_b"], "jurisdiction": ["", ""]})).tolist()
    ['未具名(plan_a)', '未具名(plan_b)']
    >>> place_labels(pd.DataFrame({"doc_id": ["tianjin_1", "tianmen_1"], "jurisdiction": ["", ""]})).tolist()
    ['未具名(tianjin)', '未具名(tianmen)']
    """
    unnamed = [doc_id for doc_id, place in zip(documents.doc_id, documents.jurisdiction) if not place]
    short = {doc_id: re.split(r"[_\-]", doc_id, maxsplit=1)[0] or doc_id for doc_id in unnamed}
    if len(set(short.values())) < len(short):  # plan_a, plan_b: short names would merge two places
        short = {doc_id: doc_id for doc_id in unnamed}
    names = [place or f"未具名({short[doc_id]})" for doc_id, place in zip(documents.doc_id, documents.jurisdiction)]
    return pd.Series(names, index=documents.doc_id.to_numpy(), name="jurisdiction")


SHORT_TITLE_CHARS = 14
# what is left of a title without its issuer, at most this long, is a bare genre (工作报告, 议事规则, 工作要点)
# the issuer belongs to: the title keeps the organ and loses the jurisdiction only
BARE_GENRE_CHARS = 4
# what a title says before and after its subject: 某某司法局关于印发《…》的通知 -> …
_TITLE_LEAD = re.compile(r"^.{0,30}?关于(?:印发|转发|公布)?")
_TITLE_TAIL = re.compile(r"(?:的)?(?:通知|通告|公告)$")


def short_title(title: str, jurisdiction: str = "", limit: int = SHORT_TITLE_CHARS, issuer: str = "",
                year: str = "") -> str:
    """A document's subject in at most ``limit`` characters: the 《…》 a title publishes (关于印发《…》的通知),
    else the title without its issuer, 关于/印发 and a closing 的通知; without the issuer's or the
    jurisdiction's name, nor the ``year`` (which a label writes after it), in front; a law it
    implements by its short name (实施《中华人民共和国教师法》办法 -> 实施《教师法》办法); when too long,
    without bracketed spans; cut with … when still too long.

    >>> short_title("天津市滨海新区司法局关于印发《法治政府建设实施方案(2021-2025年)》的通知", "天津市滨海新区")
    '法治政府建设实施方案'
    >>> short_title("天门市关于加强人民调解工作的意见", "天门市")
    '加强人民调解工作的意见'
    >>> short_title("《临海市司法局2017年政务公开方案》", "临海市", issuer="临海市司法局")
    '2017年政务公开方案'
    >>> short_title("2026年临海市政府工作报告", "临海市", year="2026"), short_title("临海市实施《中华人民共和国教师法》办法", "临海市")
    ('政府工作报告', '实施《教师法》办法')
    >>> short_title("2026年临海市人民政府工作报告", "临海市", issuer="临海市人民政府", year="2026")
    '人民政府工作报告'
    """
    title = (title or "").strip()
    # the text a document publishes (印发《…》), not a law it implements (实施《…》办法)
    quoted = re.search(r"(?:^|印发|转发|公布|颁布)《([^《》]{2,80})》", title)
    subject = quoted.group(1) if quoted else _TITLE_TAIL.sub("", _TITLE_LEAD.sub("", title)) or title
    for name in ("中华人民共和国", jurisdiction):  # a law named in the title, by its short name
        if name:
            subject = re.sub(rf"《{re.escape(name)}([^《》]{{2,}})》", r"《\1》", subject)
    for _ in range(2):  # 2026年临海市…: the year, then the name after it
        for name in (issuer, jurisdiction):  # the longer first: 临海市司法局 before 临海市
            if name and subject.startswith(name) and len(subject) > len(name) + 1:
                if name == issuer and len(subject) - len(name) <= BARE_GENRE_CHARS:
                    continue  # 某省人民政府工作报告, 某省人民代表大会议事规则: the organ is the subject, not the sender
                subject = subject[len(name):]
        if year and re.match(rf"{re.escape(year)}年度?(?=\D)", subject) and len(subject) > len(year) + 3:
            subject = re.sub(rf"^{re.escape(year)}年度?", "", subject)
    if len(subject) > limit:  # a bracketed span ((2021-2025年)) is the first thing a short title can spare
        subject = re.sub(r"[(（][^()（）]*[)）]", "", subject) or subject
    return subject if len(subject) <= limit else subject[:limit - 1] + "…"


def doc_labels(documents: pd.DataFrame) -> pd.Series:
    """A readable label per doc_id: jurisdiction, short title and year (``天门市 法治政府建设方案 2021``),
    made unique with ``#2``, ``#3`` … where two documents would read the same.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "jurisdiction": ["天门市", "天门市", ""],
    ...                      "title": ["天门市关于加强人民调解工作的意见"] * 2 + ["工作要点"],
    ...                      "enclosed_title": ["", "", ""], "date": ["2021-03-01", "2021-05-01", ""]})
    >>> doc_labels(docs).tolist()
    ['天门市 加强人民调解工作的意见 2021', '天门市 加强人民调解工作的意见 2021 #2', '未具名(c) 工作要点']
    """
    places = place_labels(documents)
    titles = documents.get("enclosed_title", pd.Series("", index=documents.index)).fillna("")
    titles = titles.where(titles != "", documents.get("title", pd.Series("", index=documents.index)).fillna(""))
    years = documents.get("date", pd.Series("", index=documents.index)).fillna("").astype(str).str[:4]
    issuers = documents.get("issuer", pd.Series("", index=documents.index)).fillna("")
    labels, seen = [], {}
    for doc_id, place, jurisdiction, title, year, issuer in zip(documents.doc_id, places, documents.jurisdiction.fillna(""),
                                                                 titles, years, issuers):
        subject = short_title(title, jurisdiction, issuer=issuer, year=year)
        label = " ".join(part for part in (place, subject, year) if part)
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return pd.Series(labels, index=documents.doc_id.to_numpy(), name="label")
