"""Stage 4a: measures to tokens, the step between text and matrix.

jieba cuts the text with a domain user dictionary (the package's ``user_dict.txt``,
extended by a corpus folder's, see :mod:`policycompare.dictionaries`), so policy
terms stay whole (公共法律服务, 双随机一公开), and a stop list (``stopwords.txt``) removes function
words and the boilerplate verbs every measure uses (进一步, 加强, 推进 …). Responsibility notes and
numbers are cut out first: a theme is what a measure does, not who does it.

jieba is loaded once per process, quietly, as a private instance (the global one is left alone).
Cut tokens are cached on disk in SQLite, keyed by the text's hash and the tokenizer's settings, so a
second run does not cut again. Long runs show a progress bar and use every core.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

from .dictionaries import read_words
from .extract.responsibility import bracket_groups
from .parallel import map_batches
from .runcache import cache_folder

NOTE = re.compile(r"^[(〔]\s*(?:[\u4e00-\u9fff、]{2,12}(?:单位|部门|处室|时限)\s*:|[^()〔〕]*(?:处|室)\s*[)〕]$)")
KEEP = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z+]+")
PARALLEL_FROM = 2000  # texts; below this, worker start-up costs more than it saves


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
    """One quiet jieba instance per user dictionary, loaded once per process."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in user_words:
        tokenizer.add_word(word, freq=tokenizer.suggest_freq(word, tune=False) * 10 + 1000)
    return tokenizer


def strip_notes(text: str) -> str:
    """Remove responsibility notes ((责任部门:…), 〔牵头单位:…〕) and bare unit brackets.

    >>> strip_notes("加强备案审查。(责任部门:办公室)")
    '加强备案审查。'
    """
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
        # the patterns that filter tokens are part of the settings: change one and old tokens are not reused
        settings = json.dumps([sorted(self.user_words), sorted(self.stop_words), _jieba_version(), NOTE.pattern,
                               KEEP.pattern])
        self.settings_key = hashlib.sha256(settings.encode()).hexdigest()[:16]

    def cut(self, text: str) -> list[str]:
        """Tokens of one text, without the cache."""
        return [word for word in _jieba(self.user_words).lcut(strip_notes(text), HMM=True) if self._keep(word)]

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """Kept tokens of ``text`` with their character offsets (notes are not stripped here).

        >>> Tokenizer(cache_dir=None).spans("推进人民调解")
        [('推进', 0, 2), ('人民调解', 2, 6)]
        """
        return [(word, start, end) for word, start, end in _jieba(self.user_words).tokenize(text, HMM=True)
                if self._keep(word)]

    def _keep(self, word: str) -> bool:
        return bool(KEEP.fullmatch(word)) and word not in self.stop_words

    def cut_many(self, texts: list[str], executor=None) -> list[list[str]]:
        """Tokens of many texts, in order: from the cache when possible, else cut (on the local
        cores when there are many, or on ``executor``) and stored."""
        keys = [self._key(text) for text in texts]
        found = self._load(keys)
        missing = sorted({key: text for key, text in zip(keys, texts) if key not in found}.items())
        if missing:
            cut = self._cut_all([text for _, text in missing], executor)
            found.update(zip((key for key, _ in missing), cut))
            self._store({key: tokens for (key, _), tokens in zip(missing, cut)})
        self.stats["cut"] += len(missing)
        self.stats["cached"] += len(texts) - len(missing)
        # one string object per distinct word: a corpus has millions of tokens but few distinct words
        found = {key: list(map(sys.intern, found[key])) for key in set(keys)}
        return [found[key] for key in keys]

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.settings_key}\0{text}".encode()).hexdigest()

    def _cut_all(self, texts: list[str], executor=None) -> list[list[str]]:
        show = self.progress and len(texts) >= PARALLEL_FROM
        return map_batches(self.cut, texts, executor, PARALLEL_FROM, "tokenising" if show else None)

    def _connect(self) -> sqlite3.Connection | None:
        if self.cache_dir is None:
            return None
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.cache_dir / "tokens.sqlite")
        db.execute("CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, tokens TEXT NOT NULL)")
        return db

    def _load(self, keys: list[str]) -> dict[str, list[str]]:
        db = self._connect()
        if db is None:
            return {}
        found = {}
        with db:
            unique = sorted(set(keys))
            for start in range(0, len(unique), 500):
                batch = unique[start:start + 500]
                marks = ",".join("?" * len(batch))
                for key, tokens in db.execute(f"SELECT key, tokens FROM tokens WHERE key IN ({marks})", batch):
                    found[key] = tokens.split(" ") if tokens else []
        db.close()
        return found

    def _store(self, rows: dict[str, list[str]]) -> None:
        db = self._connect()
        if db is None:
            return
        with db:
            db.executemany("INSERT OR REPLACE INTO tokens VALUES (?, ?)", [(k, " ".join(v)) for k, v in rows.items()])
        db.close()


def _jieba_version() -> str:
    import jieba

    return getattr(jieba, "__version__", "")
