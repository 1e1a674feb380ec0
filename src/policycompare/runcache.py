"""Reports of an unchanged corpus come from the cache instead of being computed again.

A report is keyed by what it depends on: every file of the corpus folder (raw pages, manifest,
dictionaries) or of the files and folders given, and where they are; the package's own source and
data; the versions of Python and of the libraries that compute it; and the report's options. A report in which a file failed is not kept: the failure may be
passing (a file being written, storage a worker could not see). Change any of them and the report is computed afresh; change none
and its files are copied back from ``<cache>/reports/<key>``, which takes a fraction of a second
where the computation takes minutes. Only the newest ``KEEP`` reports are kept.

This module imports nothing heavy, so a cached report never pays for loading pandas or jieba.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from .paths import staged_outputs

KEEP = 5
MANIFEST = "manifest.json"  # of a stored report: size and SHA-256 of each file, written last
LIBRARIES = ("rjieba", "scikit-learn", "scipy", "pandas", "numpy", "pyarrow", "networkx", "matplotlib", "opencc", "cn2an",
             "cpca", "lxml", "readability-lxml", "python-docx", "pdfminer.six")


class CacheWarning(UserWarning):
    """A cache could not be used as it is (damaged, read-only): the run goes on without it."""


def default_cache_dir() -> Path:
    """Where tokens and reports are cached unless told otherwise: ``$POLICYCOMPARE_CACHE`` or
    ``~/.cache/policycompare``.

    >>> saved = os.environ.pop("POLICYCOMPARE_CACHE", None)
    >>> default_cache_dir() == Path.home() / ".cache" / "policycompare"
    True
    >>> os.environ["POLICYCOMPARE_CACHE"] = "/tmp/elsewhere"
    >>> default_cache_dir()
    PosixPath('/tmp/elsewhere')
    >>> if saved: os.environ["POLICYCOMPARE_CACHE"] = saved
    """
    return Path(os.environ.get("POLICYCOMPARE_CACHE") or Path.home() / ".cache" / "policycompare")


def cache_folder(cache_dir) -> Path | None:
    """The cache folder meant by a ``cache_dir`` argument: "default", a path, or None (no cache)."""
    return default_cache_dir() if cache_dir == "default" else Path(cache_dir) if cache_dir else None


def report_key(corpus_path: str | Path | list, exclude: tuple = (), **options) -> str:
    """A digest of the corpus folder's files, the package source, Python and library versions and
    ``options``. Files under ``exclude`` (an output or cache folder inside the corpus) are left out.

    >>> report_key("corpus", figures=False) == report_key("corpus", figures=False)
    True
    >>> report_key("corpus", figures=False) == report_key("corpus", figures=True)
    False
    """
    digest = hashlib.sha256()
    versions = [sys.version, *(_version(name) for name in LIBRARIES)]
    digest.update(json.dumps([options, versions], sort_keys=True, default=str).encode())
    skip = [Path(folder).absolute() for folder in exclude if folder]
    inputs = [Path(p).absolute() for p in ([corpus_path] if isinstance(corpus_path, (str, Path)) else corpus_path)]
    # where the inputs are matters too: report.csv names each file by its path
    digest.update(json.dumps([str(p) for p in inputs]).encode())
    package = Path(__file__).parent  # its code and its data (taxonomies, dictionaries) make the tables
    for folder, pattern in (*((p, "*") for p in inputs), (package, "*.py"), (package / "data", "*")):
        for path in _files(folder, pattern):
            if any(path.is_relative_to(other) for other in skip):
                continue
            digest.update(str(path.relative_to(folder) if path != folder else path.name).encode() + b"\0")
            try:
                digest.update(hashlib.sha256(path.read_bytes()).digest())
            except OSError as exc:  # the pipeline reports an unreadable file; the key just notes it
                digest.update(f"unreadable: {exc.errno}".encode())
    return digest.hexdigest()[:32]


def restore_report(corpus_path, out: Path, figures_dir: Path, figures: bool, cache_dir, **options) -> tuple[bool, str]:
    """Copy back the stored report of this corpus and these options (``figures`` and any other
    option that changes what is written, e.g. ``by``, ``top``, ``lang``), if there is one.

    Returns whether it was found, and its key (under which a computed report is then stored).
    """
    key = report_key(corpus_path, (out, cache_folder(cache_dir)), figures=figures, **options)
    return restore(cache_dir, key, {"out": out, "figures": figures_dir}), key


def restore(cache_dir, key: str, destinations: dict[str, Path]) -> bool:
    """Copy a stored report's parts (``{"out": folder, "figures": folder}``) back; False if none.

    Every file is checked against the entry's manifest (size and SHA-256) as it is copied: an
    entry truncated or emptied since it was stored is a miss (and is removed), never served. The
    copies get the user's default modes, not the cache's (which may be read-only). They are
    written beside the destinations and swapped in whole (:func:`~policycompare.paths.staged`).
    """
    cache_dir = cache_folder(cache_dir)
    stored = cache_dir / "reports" / key if cache_dir else None
    manifest = _manifest(stored) if stored else None
    if not manifest:
        return False
    parts = {name.split("/", 1)[0] for name in manifest}
    try:
        with staged_outputs(destinations["out"], destinations["figures"] if "figures" in parts else None) as folders:
            into = dict(zip(("out", "figures"), folders))
            for name, (size, digest) in manifest.items():
                part, relative = name.split("/", 1)
                _copy_verified(stored / name, into[part] / relative, size, digest)
    except _Damaged:
        shutil.rmtree(stored, ignore_errors=True)  # computed and stored afresh by this run
        return False
    except OSError:  # pruned by another run while we copied: compute instead
        return False
    with contextlib.suppress(OSError):  # newest use first when old reports are pruned (a read-only cache is fine)
        (stored / MANIFEST).touch()
    return True


class _Damaged(Exception):
    """A cached file no longer matches the manifest written with it."""


def _manifest(stored: Path) -> dict[str, tuple[int, str]] | None:
    """``{part/relative path: (size, sha256)}`` of a stored report, None if none or unreadable."""
    try:
        manifest = json.loads((stored / MANIFEST).read_text(encoding="utf-8"))
        return {str(name): (int(size), str(digest)) for name, (size, digest) in manifest.items()
                if str(name).split("/", 1)[0] in ("out", "figures") and ".." not in Path(name).parts}
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def _copy_verified(source: Path, target: Path, size: int, digest: str) -> None:
    """Copy one file (new file, the user's default modes), checking its size and SHA-256."""
    target.parent.mkdir(parents=True, exist_ok=True)
    hasher, copied = hashlib.sha256(), 0
    try:
        with open(source, "rb") as reader, open(target, "wb") as writer:
            for block in iter(lambda: reader.read(1 << 20), b""):
                hasher.update(block)
                writer.write(block)
                copied += len(block)
    except FileNotFoundError:
        raise _Damaged(source) from None
    if copied != size or hasher.hexdigest() != digest:
        raise _Damaged(source)


def store(cache_dir, key: str, written: dict[str, tuple[Path, list[Path]]]) -> None:
    """Keep the files a report wrote: ``{part: (folder, files under it)}``; prune old reports.

    The entry is assembled in a temporary folder, its manifest (size and SHA-256 of every file)
    written last, and renamed into place, so a reader never sees half of it and a run killed
    half-way leaves nothing usable behind. A cache that cannot be written is left alone.
    """
    cache_dir = cache_folder(cache_dir)
    if cache_dir is None:
        return
    reports = cache_dir / "reports"
    if _manifest(reports / key):
        return
    try:
        reports.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=reports))
    except OSError:  # a read-only cache: serve what it has, store nothing
        return
    try:
        manifest = {}
        for part, (folder, files) in written.items():
            for path in files:
                name = f"{part}/{Path(path).relative_to(folder).as_posix()}"
                target = building / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
                data = target.read_bytes()
                manifest[name] = (len(data), hashlib.sha256(data).hexdigest())
        (building / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=0), encoding="utf-8")
        shutil.rmtree(reports / key, ignore_errors=True)  # a damaged entry of the same key
        building.rename(reports / key)
    except OSError:  # another run stored the same report first, or the disk is full
        shutil.rmtree(building, ignore_errors=True)
    _prune(reports)


def _prune(reports: Path) -> None:
    """Keep the ``KEEP`` most recently used reports; drop leftovers of runs killed an hour ago."""
    def used(entry: Path) -> float:
        try:
            return (entry / MANIFEST).stat().st_mtime
        except OSError:
            return 0.0

    entries = sorted((p for p in reports.iterdir() if not p.name.startswith(".")), key=used, reverse=True)
    stale = [p for p in reports.glob(".*") if time.time() - p.stat().st_mtime > 3600]
    for old in entries[KEEP:] + stale:
        shutil.rmtree(old, ignore_errors=True)


def _files(folder: Path, pattern: str) -> list[Path]:
    if folder.is_file():
        return [folder]
    return sorted(p for p in folder.rglob(pattern) if p.is_file()
                  and not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(folder).parts))


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def writable_folder(folder: str | Path) -> Path:
    """Create ``folder`` if needed and make sure files can be written in it; else a one-line OSError.

    >>> writable_folder("/proc/no-such-folder")
    Traceback (most recent call last):
    ...
    OSError: /proc/no-such-folder: cannot write here (No such file or directory)
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OSError(f"{folder}: cannot write here ({exc.strerror or exc})") from None
    return folder
