"""Reports of an unchanged corpus come from the cache instead of being computed again.

A report is keyed by everything it depends on: every file of the corpus folder (raw pages,
manifest, dictionaries), the package's own source, the versions of the libraries that compute
it, and the report's options. Change any of them and the report is computed afresh; change none
and its files are copied back from ``<cache>/reports/<key>``, which takes a fraction of a second
where the computation takes minutes. Only the newest ``KEEP`` reports are kept.

This module imports nothing heavy, so a cached report never pays for loading pandas or jieba.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib import metadata
from pathlib import Path

KEEP = 5
LIBRARIES = ("jieba", "scikit-learn", "pandas", "numpy", "networkx", "matplotlib", "opencc", "cn2an", "cpca")


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


def report_key(corpus_path: str | Path, **options) -> str:
    """A digest of the corpus folder's files, the package source, library versions and ``options``.

    >>> report_key("corpus", figures=False) == report_key("corpus", figures=False)
    True
    >>> report_key("corpus", figures=False) == report_key("corpus", figures=True)
    False
    """
    digest = hashlib.sha256()
    digest.update(json.dumps([options, [_version(name) for name in LIBRARIES]], sort_keys=True, default=str).encode())
    for folder in (Path(corpus_path), Path(__file__).parent):
        for path in _files(folder, "*" if folder == Path(corpus_path) else "*.py"):
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]


def restore(cache_dir, key: str, destinations: dict[str, Path]) -> bool:
    """Copy a stored report's parts (``{"out": folder, "figures": folder}``) back; False if none."""
    cache_dir = cache_folder(cache_dir)
    stored = cache_dir / "reports" / key if cache_dir else None
    if stored is None or not (stored / "complete").exists():
        return False
    for part, destination in destinations.items():
        if (stored / part).is_dir():
            shutil.copytree(stored / part, destination, dirs_exist_ok=True)
    (stored / "complete").touch()  # newest use first when old reports are pruned
    return True


def store(cache_dir, key: str, written: dict[str, tuple[Path, list[Path]]]) -> None:
    """Keep the files a report wrote: ``{part: (folder, files under it)}``; prune old reports."""
    cache_dir = cache_folder(cache_dir)
    if cache_dir is None:
        return
    stored = cache_dir / "reports" / key
    shutil.rmtree(stored, ignore_errors=True)
    for part, (folder, files) in written.items():
        for path in files:
            target = stored / part / Path(path).relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    (stored / "complete").parent.mkdir(parents=True, exist_ok=True)
    (stored / "complete").touch()  # written last: a run killed half-way leaves no usable entry
    reports = sorted((p for p in (cache_dir / "reports").iterdir() if (p / "complete").exists()),
                     key=lambda p: (p / "complete").stat().st_mtime, reverse=True)
    for old in reports[KEEP:]:
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
