"""Stage 4a: measures to tokens, the step between text and matrix.

jieba cuts the text with a domain user dictionary (the package's ``user_dict.txt``,
extended by a corpus folder's, see :mod:`policycompare.dictionaries`), so policy
terms stay whole (公共法律服务, 双随机一公开), and a stop list (``stopwords.txt``) removes function
words and the boilerplate verbs every measure uses (进一步, 加强, 推进 …). Responsibility notes and
numbers are cut out first: a theme is what a measure does, not who does it.

jieba is run as jieba-rs (the ``rjieba`` binding): the Rust port of jieba, with jieba's dictionary,
HMM and user-word rules, which gives the same Chinese tokens about twenty times faster than the Python
package (``benchmarks/run.py`` compares them). One instance per user dictionary is loaded once per process.
Cut tokens are cached on disk in SQLite, keyed by the text's hash and the tokenizer's settings, so a
second run does not cut again. Long runs show a progress bar; very large ones use every core.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import time
import warnings
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .dictionaries import read_words
from .extract.responsibility import bracket_groups
from .parallel import imap_batches, progress_bar
from .runcache import CacheWarning, cache_folder

NOTE_OPENERS = "(〔"  # a note opens with one of these; a text without them has no note
NOTE = re.compile("^[" + NOTE_OPENERS + r"]\s*(?:[\u4e00-\u9fff、]{2,12}(?:单位|部门|处室|时限)\s*:|[^()〔〕]*(?:处|室)\s*[)〕]$)")
KEEP = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z+]+")
# jieba-rs cuts some 6,000 measures a second in one process; sending texts to workers and tokens back
# costs about as much again, and in the report the other core computes the networks meanwhile
PARALLEL_FROM = 1_000_000  # texts (some 40,000 documents)


def read_word_list(path) -> list[str]:
    """Words of a plain list file, or of several read in order (see
    :func:`policycompare.dictionaries.read_words`: a line ``-word`` removes a word).

    >>> from policycompare.dictionaries import package_file
    >>> read_word_list(package_file("stopwords.txt"))[:3]
    ['的', '了', '和']
    """
    return read_words(path) if path else []


@lru_cache(maxsize=8)
def _jieba(user_words: tuple[str, ...]):
    """One jieba-rs segmenter per user dictionary, loaded once per process; each user word gets
    jieba's suggested frequency times ten plus 1000, so it stays whole where a dictionary word
    would otherwise split it."""
    import rjieba

    segmenter = rjieba.Jieba()
    for word in user_words:
        segmenter.add_word(word, segmenter.suggest_freq(word) * 10 + 1000, None)
    return segmenter


def strip_notes(text: str) -> str:
    """Remove responsibility notes ((责任部门:…), 〔牵头单位:…〕) and bare unit brackets.

    >>> strip_notes("加强备案审查。(责任部门:办公室)")
    '加强备案审查。'
    """
    if not any(map(text.__contains__, NOTE_OPENERS)):
        return text
    for start, end, _ in reversed(bracket_groups(text)):
        if NOTE.match(text[start:end]):
            text = text[:start] + text[end:]
    return text


class Tokenizer:
    """Cut Chinese policy text into theme-bearing tokens.

    Parameters are plain values so the tokenizer pickles into worker processes and its settings
    key the cache. ``cache_dir="default"`` is ``$POLICYCOMPARE_CACHE`` or ``~/.cache/policycompare``;
    ``None`` turns the cache off.

    >>> from policycompare.dictionaries import package_file
    >>> tok = Tokenizer(user_dict=package_file("user_dict.txt"), stop_words=package_file("stopwords.txt"),
    ...                 cache_dir=None)
    >>> tok.cut("进一步推进公共法律服务体系建设,落实双随机一公开监管(责任部门:办公室)")
    ['公共法律服务体系', '双随机一公开', '监管']
    """

    def __init__(self, user_dict=None, stop_words=None, cache_dir="default", progress=True):
        self.user_words = tuple(read_word_list(user_dict))
        self.stop_words = frozenset(read_word_list(stop_words))
        self.cache_dir = cache_folder(cache_dir)
        self.progress = progress
        self.stats = {"cut": 0, "cached": 0}
        self._kept = _KeptWords(self.stop_words)
        # the patterns that filter tokens, and the code that finds the notes they strip, are part of
        # the settings: change one and old tokens are not reused (a warm run gives what a cold one does)
        settings = json.dumps([sorted(self.user_words), sorted(self.stop_words), _jieba_version(), NOTE.pattern,
                               KEEP.pattern, _rules_digest()])
        self.settings_key = hashlib.sha256(settings.encode()).hexdigest()[:16]

    def cut(self, text: str) -> list[str]:
        """Tokens of one text, without the cache."""
        return self._cut_with(_jieba(self.user_words), text)

    def _cut_with(self, segmenter, text: str) -> list[str]:
        # each distinct word is judged once (a corpus has millions of tokens, few words) and then
        # stands for itself if kept, "" if not: one dictionary lookup a token, one object a word
        return [word for word in map(self._kept.__getitem__, segmenter.cut(strip_notes(text), True)) if word]

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """Kept tokens of ``text`` with their character offsets (notes are not stripped here).

        >>> Tokenizer(cache_dir=None).spans("推进人民调解")
        [('推进', 0, 2), ('人民调解', 2, 6)]
        """
        return [(word, start, end) for word, start, end in _jieba(self.user_words).tokenize(text, "default", True)
                if self._keep(word)]

    def _keep(self, word: str) -> bool:
        return bool(self._kept[word])

    def cut_many(self, texts: list[str], executor=None) -> list[list[str]]:
        """Tokens of many texts, in order: from the cache when possible, else cut (on the local
        cores when there are many, or on ``executor``) and stored."""
        # without a cache a text is its own key: nothing to hash
        keys = [self._key(text) for text in texts] if self.cache_dir else texts
        found = self._load(keys)
        missing = {key: text for key, text in zip(keys, texts) if key not in found}
        if self.cache_dir:
            missing = dict(sorted(missing.items()))
        if missing and executor is None and len(missing) < PARALLEL_FROM:
            # in this process nothing is sent anywhere: tokens stay lists (joined only for the cache)
            found.update(zip(missing, self._cut_here(list(missing.values()))))
            self._store((key, " ".join(found[key])) for key in missing)
        elif missing:
            # each text's tokens come back as one string (the cache's form): one object to send and
            # keep instead of one per token, split and interned here one text at a time, so the
            # memory of millions of short-lived token strings is never held at once
            joined = []
            for key, line in zip(missing, self._cut_all(list(missing.values()), executor)):
                joined.append(line)
                found[key] = _interned(line)
            self._store(zip(missing, joined))
            del joined
        self.stats["cut"] += len(missing)
        self.stats["cached"] += len(texts) - len(missing)
        return [found[key] for key in keys]

    def _cut_here(self, texts: list[str]) -> Iterator[list[str]]:
        """Each text's :meth:`cut`, in this process, with a progress bar for long runs."""
        segmenter = _jieba(self.user_words)
        with progress_bar(len(texts), "tokenising" if self.progress else None) as bar:
            for start in range(0, len(texts), 1000):
                batch = texts[start:start + 1000]
                yield from (self._cut_with(segmenter, text) for text in batch)
                bar.update(len(batch))

    def cut_joined(self, text: str) -> str:
        """The tokens of one text joined by spaces (tokens hold none), as the cache keeps them."""
        return " ".join(self.cut(text))

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.settings_key}\0{text}".encode()).hexdigest()

    def _cut_all(self, texts: list[str], executor=None) -> Iterator[str]:
        """Each text's :meth:`cut_joined`, in order, as batches come back."""
        show = self.progress  # the bar appears only when the work lasts (parallel.PROGRESS_AFTER)
        if executor is None and len(texts) >= PARALLEL_FROM:
            _jieba(self.user_words)  # loaded once here: the forked workers share it instead of each loading it
        return imap_batches(self.cut_joined, texts, executor, PARALLEL_FROM, "tokenising" if show else None)

    def _load(self, keys: list[str]) -> dict[str, list[str]]:
        return TokenCache(self.cache_dir).load(keys) if self.cache_dir else {}

    def _store(self, rows) -> None:
        if self.cache_dir:
            TokenCache(self.cache_dir).store(rows)


class TokenCache:
    """The SQLite file of cut tokens, opened defensively: the cache may never break a run.

    * a file that is not a database, is truncated, or has another table layout is moved aside
      (``tokens.sqlite.damaged-<time>``) with a warning, and a new one is built;
    * rows whose values are not text (written by something else) are not served;
    * a cache folder that cannot be written is read (when it holds a cache) or bypassed, with a
      warning; nothing is stored there.

    >>> import tempfile
    >>> cache = TokenCache(tempfile.mkdtemp())
    >>> cache.store({"k": ["公共", "法律"]}); cache.load(["k", "missing"])
    {'k': ['公共', '法律']}
    """

    FILE = "tokens.sqlite"
    COLUMNS = [("key", "TEXT"), ("tokens", "TEXT")]

    def __init__(self, folder: str | Path):
        self.path = Path(folder) / self.FILE

    def load(self, keys: list[str]) -> dict[str, list[str]]:
        """Tokens of the keys found (keys not found, or found with a bad row, are left out)."""
        found: dict[str, list[str]] = {}
        unique = sorted(set(keys))
        with self._open(write=False) as db:
            for start in range(0, len(unique) if db else 0, 500):
                batch = unique[start:start + 500]
                marks = ",".join("?" * len(batch))
                for key, tokens in db.execute(f"SELECT key, tokens FROM tokens WHERE key IN ({marks})", batch):
                    if isinstance(key, str) and isinstance(tokens, str):  # a poisoned row is a miss
                        found[key] = _interned(tokens)
        return found  # all of it, or what came before a damaged page (the rest is cut again)

    def store(self, rows) -> None:
        """Keep ``{key: tokens}`` (or ``(key, tokens joined by spaces)`` pairs); nothing happens
        when the cache cannot be written."""
        pairs = ((key, tokens if isinstance(tokens, str) else " ".join(tokens))
                 for key, tokens in (rows.items() if isinstance(rows, dict) else rows))
        with self._open(write=True) as db:
            if db is not None:
                with db:
                    db.executemany("INSERT OR REPLACE INTO tokens VALUES (?, ?)", pairs)

    @contextmanager
    def _open(self, write: bool) -> Iterator[sqlite3.Connection | None]:
        """A connection (None: no usable cache); a damaged file is moved aside and built afresh."""
        db = self._usable_connection(write)
        try:
            yield db
        except sqlite3.OperationalError as exc:  # locked by another run for too long, disk full …: not damage
            _warn(f"token cache {self.path} could not be used ({exc}): tokens are cut again", once=True)
        except sqlite3.DatabaseError as exc:  # damage found on a page read only now
            db.close()
            db = None
            self._set_aside(exc)
        finally:
            if db is not None:
                db.close()

    def _usable_connection(self, write: bool) -> sqlite3.Connection | None:
        for attempt in (1, 2):
            try:
                return self._connect(write)
            except sqlite3.OperationalError as exc:
                _warn(f"token cache {self.path} could not be opened ({exc}): tokens are not cached", once=True)
                return None
            except sqlite3.DatabaseError as exc:  # not a database, truncated, another table layout
                if attempt == 2 or not self._set_aside(exc):
                    return None
        return None

    def _connect(self, write: bool) -> sqlite3.Connection | None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _warn(f"token cache {folder} cannot be created ({exc.strerror}): tokens are not cached")
            return None
        writable = os.access(folder, os.W_OK) and (not self.path.exists() or os.access(self.path, os.W_OK))
        if not writable:
            if write or not self.path.exists():
                _warn(f"token cache {folder} is read-only: new tokens are not stored", once=True)
                return None
            db = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
        else:
            db = sqlite3.connect(self.path, timeout=30)
            db.execute("CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, tokens TEXT NOT NULL)")
        layout = [(row[1], row[2].upper()) for row in db.execute("PRAGMA table_info(tokens)")]
        if layout != self.COLUMNS:
            db.close()
            raise sqlite3.DatabaseError(f"table tokens has columns {layout}, not {self.COLUMNS}")
        return db

    def _set_aside(self, exc: Exception) -> bool:
        """Move a damaged cache file out of the way; whether it could be."""
        aside = self.path.with_name(f"{self.FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, aside)
        except OSError:  # a read-only cache: leave it, use none
            _warn(f"token cache {self.path} is unusable ({exc}) and cannot be moved aside: tokens are not cached")
            return False
        _warn(f"token cache {self.path} was unusable ({exc}): moved to {aside.name}, a new one is built")
        return True


class _KeptWords(dict):
    """Each word judged so far -> the word itself (one interned object) if it is kept, else ""."""

    def __init__(self, stop_words: frozenset[str]):
        super().__init__()
        self.stop_words = stop_words

    def __missing__(self, word: str) -> str:
        kept = self[word] = sys.intern(word) if KEEP.fullmatch(word) and word not in self.stop_words else ""
        return kept


def _interned(line: str) -> list[str]:
    """The tokens of a line joined by spaces, one string object per distinct word: a corpus has
    millions of tokens but few distinct words."""
    return list(map(sys.intern, line.split(" "))) if line else []


_warned: set[str] = set()


def _warn(message: str, once: bool = False) -> None:
    if once and message in _warned:
        return
    _warned.add(message)
    warnings.warn(message, CacheWarning, stacklevel=3)


# the modules whose code decides which text is cut: this one and the bracket rule of the notes
RULE_SOURCES = (Path(__file__), Path(__file__).parent / "extract" / "responsibility.py")


def _rules_digest() -> str:
    return _digest_of(RULE_SOURCES)


@lru_cache(maxsize=4)  # read once a process, however many tokenizers it makes
def _digest_of(paths: tuple[Path, ...]) -> str:
    return hashlib.sha256(b"".join(path.read_bytes() for path in paths)).hexdigest()[:16]


def _jieba_version() -> str:
    from importlib.metadata import version

    return "rjieba " + version("rjieba")
