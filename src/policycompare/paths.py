"""File names made from data (jurisdictions, issuers, titles), safe on every file system.

A jurisdiction read from a page or a manifest may hold anything: ``x/../../pwned``, a control
character, 120 characters of an issuer's name. Before it names a file it is made safe: letters and
digits of any script are kept (Chinese stays Chinese), every other run of characters becomes one
``_``, and the name is cut to a bounded number of bytes. Names that end up the same (after cutting,
or because they differed only in what was replaced) each get a short hash of the original name, so
two places never share a file. :func:`inside` then checks that the path stays in its folder.

Outputs are written into a staging folder beside their destination and swapped in at the end
(:func:`staged`): a run killed half-way leaves the old outputs or the new ones, never a mix.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import hashlib
import json
import os
import re
import secrets
import shutil
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

MAX_BYTES = 120  # of UTF-8 in a stem: file systems allow 255 per name, prefixes and suffixes come on top
KEEP = "-_()（）"


def safe_stem(name: str) -> str:
    """``name`` as a file-name stem: letters and digits kept, anything else one ``_``, bounded.

    >>> safe_stem("天门市"), safe_stem("x/../../pwned"), safe_stem("..")
    ('天门市', 'x_pwned', 'unnamed')
    """
    return _cut(_replaced(name)) or "unnamed"


def _replaced(name: str) -> str:
    kept = "".join(ch if unicodedata.category(ch)[0] in "LN" or ch in KEEP else "_" for ch in str(name))
    return re.sub(r"_{2,}", "_", kept).strip("_-")


def _cut(stem: str) -> str:
    return stem.encode("utf-8")[:MAX_BYTES].decode("utf-8", "ignore")


def safe_stems(names) -> dict[str, str]:
    """A distinct safe stem for each name (see :func:`safe_stem`).

    A stem shared by several names, or cut from a longer one, ends in ``-`` and the first eight
    hex digits of the SHA-1 of the name itself (not of its position among the others).

    >>> safe_stems(["a/b", "a_b", "天门市"])
    {'a/b': 'a_b-3ec69c85', 'a_b': 'a_b-eb2980a5', '天门市': '天门市'}
    """
    stems = {name: safe_stem(name) for name in sorted(set(map(str, names)))}
    counts: dict[str, int] = {}
    for stem in stems.values():  # case-folded: two names must not share a file on macOS or Windows either
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    for name, stem in stems.items():
        if counts[stem.casefold()] > 1 or _cut(_replaced(name)) != _replaced(name):
            stems[name] = f"{stem}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"
    return stems


def inside(folder: str | Path, file_name: str) -> Path:
    """``folder / file_name``, after checking that it stays inside ``folder``.

    >>> inside("/tmp/out", "network_天门市.gexf")
    PosixPath('/tmp/out/network_天门市.gexf')
    >>> inside("/tmp/out", "../pwned.gexf")
    Traceback (most recent call last):
    ...
    ValueError: ../pwned.gexf: a file name from the data would leave /tmp/out
    """
    folder = Path(folder)
    path = folder / file_name
    if Path(file_name).name != file_name or not path.resolve().is_relative_to(folder.resolve()):
        raise ValueError(f"{file_name}: a file name from the data would leave {folder}")
    return path


# ---------------------------------------------------------------- outputs swapped in whole

MARKER = ".policycompare-written"  # in an output folder: every file the last run wrote there
LEFTOVER_SECONDS = 3600  # staging folders of runs killed this long ago are removed


@contextmanager
def staged(target: str | Path) -> Iterator[Path]:
    """A fresh folder beside ``target`` to write outputs into, put in place of ``target`` on success.

    When ``target`` holds only what an earlier run wrote (or nothing), the two folders are
    exchanged in one step where the system can (Linux), else by two renames with the old folder
    kept as ``.<name>.previous`` until the new one is in place (and put back by the next run if
    the process died in between). A run killed before the end leaves the old outputs untouched, and
    outputs of the old run that the new one did not write (graphs of places no longer in the
    corpus) are gone. When ``target`` also holds files of its own (a ``figures/`` folder shared
    with other work), the new files are moved in one by one and only files the last run wrote
    and this one did not are removed. If the block raises, the staging folder is removed.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "report"
    >>> with staged(out) as folder:
    ...     _ = (folder / "run.json").write_text("{}")
    >>> sorted(p.name for p in out.iterdir())
    ['.policycompare-written', 'run.json']
    """
    target = Path(target).absolute()
    if target.is_symlink():  # swap the folder it points to, and keep the link
        target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    _recover(target)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"{target}: exists and is not a folder; outputs need a folder")
    staging = target.parent / f".{target.name}.new-{secrets.token_hex(4)}"
    staging.mkdir()  # mkdir (not mkdtemp, which makes it private): the user's default modes
    try:
        yield staging
        _publish(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _written(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name != MARKER)


def _recorded(folder: Path) -> set[str]:
    try:
        return set(json.loads((folder / MARKER).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _publish(staging: Path, target: Path) -> None:
    new = _written(staging)
    (staging / MARKER).write_text(json.dumps(new, ensure_ascii=False, indent=0), encoding="utf-8")
    if not target.exists():
        os.rename(staging, target)
    elif set(_written(target)) <= _recorded(target):  # nothing but an earlier run's outputs
        previous = target.parent / f".{target.name}.previous"
        if not _exchange(staging, target):
            shutil.rmtree(previous, ignore_errors=True)
            os.rename(target, previous)
            os.rename(staging, target)
        # the old outputs are now under the staging name (or .previous), which is removed
    else:
        _merge(staging, target, new)
    _remove_leftovers(target)


def _merge(staging: Path, target: Path, new: list[str]) -> None:
    """Move the new files into a folder that also holds files of others."""
    for name in new:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, destination)
    for stale in _recorded(target) - set(new):
        with contextlib.suppress(OSError):
            (target / stale).unlink()
    os.replace(staging / MARKER, target / MARKER)


def _exchange(one: Path, other: Path) -> bool:
    """Swap two folders atomically (Linux ``renameat2``); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        rename = libc.renameat2
    except (OSError, AttributeError):
        return False
    rename.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_cwd, exchange = -100, 2
    return rename(at_cwd, os.fsencode(one), at_cwd, os.fsencode(other), exchange) == 0


def _recover(target: Path) -> None:
    """Put back the outputs of a run that died between its two renames."""
    previous = target.parent / f".{target.name}.previous"
    if previous.is_dir() and not target.exists():
        os.rename(previous, target)


def _remove_leftovers(target: Path) -> None:
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*"):
        with contextlib.suppress(OSError):
            if leftover.name.endswith(".previous") or time.time() - leftover.stat().st_mtime > LEFTOVER_SECONDS:
                shutil.rmtree(leftover)


@contextmanager
def staged_outputs(out: str | Path, figures: str | Path | None = None) -> Iterator[tuple[Path, Path | None]]:
    """:func:`staged` for a report folder and its figures folder, which may lie inside it or not.

    Yields the two staging folders (the figures' one is None when ``figures`` is None).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> with staged_outputs(root / "out", root / "out" / "figures") as (out, figures):
    ...     figures.relative_to(out)
    PosixPath('figures')
    """
    out = Path(out).absolute()
    figures = Path(figures).absolute() if figures is not None else None
    with staged(out) as new_out:
        if figures is None or figures.is_relative_to(out):
            new_figures = new_out / figures.relative_to(out) if figures is not None else None
            if new_figures is not None:
                new_figures.mkdir(parents=True, exist_ok=True)
            yield new_out, new_figures
            return
        with staged(figures) as new_figures:
            yield new_out, new_figures
