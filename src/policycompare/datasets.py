"""Public collections of real documents, fetched and cached in the conventions of ``sklearn.datasets``.

``fetch_provincial_work_reports(2026)`` returns the government work reports (政府工作报告) of all
31 provincial-level units as a :class:`~sklearn.utils.Bunch` with ``.corpus`` (a loaded
:class:`~policycompare.corpus.Corpus`) and ``.frame`` (one row per report: province, year, title,
source_url, publish_date, doc_id, full_text).

Where the files come from, in order:

1. a local mirror: ``<data_home>/provincial-work-reports-<year>/`` already holding the files;
2. otherwise a download of each missing file from the public repository at its pinned commit,
   written into that folder.

Every file, mirrored or downloaded, is checked against the SHA-256 table shipped in the package
(``data/provincial_work_reports_<year>.sha256.csv``); a file that differs is an error naming it.
``data_home`` defaults to the ``POLICYCOMPARE_DATA`` environment variable, else
``~/policycompare_data`` (see :func:`get_data_home`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from importlib import resources
from pathlib import Path
from urllib.request import urlopen

import pandas as pd

# The public collection (source: its README), pinned to one commit so the files never change under us.
REPOSITORY = "johncodes404/china-provincial-gov-reports-2026"
COMMITS = {2026: "ad4c815c4acefe47240a3afaece74e1eb2011dd3"}
FOLDERS = {2026: "output/2026_raw_text"}
RAW_URL = "https://raw.githubusercontent.com/{repository}/{commit}/{folder}/"
FRAME_COLUMNS = ["doc_id", "province", "year", "title", "source_url", "publish_date", "file", "full_text"]


class DatasetError(RuntimeError):
    """A file of a collection is missing, could not be fetched, or is not the published one."""


def get_data_home(data_home: str | Path | None = None) -> Path:
    """The folder where collections are cached: ``data_home``, ``$POLICYCOMPARE_DATA`` or ``~/policycompare_data``.

    The folder is created if needed (when it can be: a read-only mirror is fine).

    >>> get_data_home("/tmp/pc_data").name
    'pc_data'
    """
    home = Path(data_home or os.environ.get("POLICYCOMPARE_DATA") or Path.home() / "policycompare_data").expanduser()
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # a read-only mirror: reading it needs no writes
    return home


def published_files(year: int = 2026) -> pd.DataFrame:
    """The files of one year's collection with their SHA-256 and size, as shipped in the package.

    >>> table = published_files(2026)
    >>> len(table), int(table.file.str.endswith("政府工作报告.csv").sum())
    (32, 31)
    """
    name = f"provincial_work_reports_{year}.sha256.csv"
    source = resources.files("policycompare") / "data" / name
    if year not in COMMITS or not source.is_file():
        raise ValueError(f"no provincial work reports for {year}: available years {sorted(COMMITS)}")
    with source.open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype={"file": str, "sha256": str, "bytes": int})


def fetch_provincial_work_reports(year: int = 2026, data_home: str | Path | None = None,
                                  download_if_missing: bool = True, base_url: str | None = None,
                                  opener=urlopen):
    """The 31 provincial government work reports of ``year``, checked and loaded.

    Parameters
    ----------
    year : int
        The year of the reports (2026).
    data_home : str or Path, optional
        Cache folder, or a folder holding a mirror (``provincial-work-reports-<year>/``).
        Default: ``$POLICYCOMPARE_DATA``, else ``~/policycompare_data``.
    download_if_missing : bool
        Fetch missing files; when False a missing file raises :class:`DatasetError`.
    base_url : str, optional
        Where the files are fetched from (default: the repository's raw files at the pinned commit);
        a ``file://`` URL reads another local copy.
    opener : callable
        ``opener(url)`` returns a file-like response (default ``urllib.request.urlopen``).

    Returns
    -------
    sklearn.utils.Bunch
        ``corpus`` (a :class:`~policycompare.corpus.Corpus`, one document per province, doc_id =
        file stem), ``frame`` (columns doc_id, province, year, title, source_url, publish_date,
        file, full_text), ``manifest`` (the collection's run manifest), ``folder`` and ``DESCR``.

    Examples
    --------
    >>> reports = fetch_provincial_work_reports(2026, data_home="../shared/corpora")  # doctest: +SKIP
    >>> len(reports.frame), reports.frame.province.iloc[0]  # doctest: +SKIP
    (31, '上海市')
    """
    from sklearn.utils import Bunch

    from .corpus import load_corpus

    folder = get_data_home(data_home) / f"provincial-work-reports-{year}"
    files = published_files(year)
    base_url = base_url or RAW_URL.format(repository=REPOSITORY, commit=COMMITS[year], folder=FOLDERS[year])
    for row in files.itertuples():
        path = folder / row.file
        if not path.exists():
            if not download_if_missing:
                raise DatasetError(f"{path}: missing, and download_if_missing=False")
            _download(base_url + row.file, path, row.sha256, opener)
        _check(path, row.sha256)
    reports = files[files.file.str.endswith("政府工作报告.csv")].file
    frame = pd.concat([_read_report(folder / name) for name in reports], ignore_index=True)
    frame["year"] = frame.year.astype(int)
    frame["file"] = list(reports)
    frame["doc_id"] = [Path(name).stem for name in reports]
    manifest = pd.read_csv(folder / f"run_manifest_{year}.csv", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    with tempfile.TemporaryDirectory(prefix="policycompare-") as tmp:
        # the corpus reads pages: each report's text becomes one page named after its CSV file
        for row in frame.itertuples():
            (Path(tmp) / f"{row.doc_id}.txt").write_text(row.full_text, encoding="utf-8")
        curated = pd.DataFrame({"file": frame.doc_id + ".txt", "jurisdiction": frame.province,
                                "province": frame.province, "admin_level": "province",
                                "source_url": frame.source_url})
        corpus = load_corpus(sorted(Path(tmp).glob("*.txt")), manifest=curated)
    describe = (f"Government work reports (政府工作报告) of the 31 provincial-level units, {year}. Source: "
                f"github.com/{REPOSITORY}, folder {FOLDERS[year]}, commit {COMMITS[year]}; files checked "
                f"against SHA-256 in the package. Read from {folder}.")
    return Bunch(corpus=corpus, frame=frame[FRAME_COLUMNS], manifest=manifest, folder=folder, DESCR=describe)


def _read_report(path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    if len(table) != 1 or "full_text" not in table.columns:
        raise DatasetError(f"{path}: expected one report row with a full_text column, found {len(table)} rows")
    return table


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check(path: Path, expected: str) -> None:
    found = _sha256(path)
    if found != expected:
        raise DatasetError(f"{path}: SHA-256 {found} is not the published {expected}; delete it to fetch it again")


def _download(url: str, path: Path, expected: str, opener) -> None:
    """Fetch one file, check it, and move it into place only when whole and right."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        with opener(url) as response, partial.open("wb") as out:
            for block in iter(lambda: response.read(1 << 20), b""):
                out.write(block)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatasetError(f"{url}: could not be fetched into {path} ({exc})") from exc
    if _sha256(partial) != expected:
        partial.unlink()
        raise DatasetError(f"{url}: the fetched file's SHA-256 is not the published {expected}")
    partial.replace(path)
