"""The words the extractors read, as data: ``policycompare/data/extract_*.csv``.

Role words, note keys, organ heads, unit-list separators, comparator words, scope thresholds and
deadline phrases live in CSV files shipped with the package (read with ``importlib.resources``), so
a new form is a line of data, not a new branch of code. Each file has a ``kind`` (or ``form``)
column that says what a word is, a ``word`` and a ``value``; see the ``note`` column of each file.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

import ahocorasick


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict, ...]:
    """Rows of ``data/<name>.csv`` as dicts, in file order; ``#`` lines are comments.

    >>> table("extract_roles")[0]["word"], table("national_vertical_organs")[0]["prefix"]
    ('牵头', '国家税务总局')
    """
    text = resources.files("policycompare").joinpath("data", f"{name}.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#")))


@lru_cache(maxsize=None)
def words(name: str, kind: str, column: str = "kind") -> tuple[str, ...]:
    """Words of one kind, longest first (so an alternation tries 牵头负责 before 牵头).

    >>> words("extract_units", "separator")[:2]
    ('、', ',')
    """
    found = [row["word"] for row in table(name) if row[column] == kind]
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=None)
def mapping(name: str, kind: str, column: str = "kind", value: str = "value") -> dict[str, str]:
    """``word -> value`` for one kind of word.

    >>> mapping("extract_roles", "verb", "form", "roles")["牵头考核"]
    'lead|assess'
    """
    return {row["word"]: row[value] for row in table(name) if row[column] == kind}


class LongestTerms:
    """Finds literal terms in a text as ``re.findall`` of their :func:`alternation` does (at each
    position the longest term, matches not overlapping), by Aho-Corasick (``pyahocorasick``): one
    pass over the text in C, whatever the number of terms, where a regex tries the terms at every
    position.

    >>> LongestTerms(["人民调解", "人民调解员", "调解"]).findall("人民调解员调解")
    ['人民调解员', '调解']
    """

    def __init__(self, terms):
        self._automaton = ahocorasick.Automaton()
        for term in set(terms):
            if term:
                self._automaton.add_word(term, term)
        if len(self._automaton):
            self._automaton.make_automaton()

    def findall(self, text: str) -> list[str]:
        """The terms found in ``text``, left to right."""
        if not len(self._automaton):
            return []
        # every occurrence, overlapping, in the order they end: the last one to start at a
        # position is the longest there (pyahocorasick's own iter_long misses some matches)
        longest = {}
        for end, term in self._automaton.iter(text):
            longest[end - len(term) + 1] = term
        found, reach = [], 0
        for start in sorted(longest):
            if start >= reach:
                term = longest[start]
                found.append(term)
                reach = start + len(term)
        return found


def first_chars(items) -> str:
    """The characters the words start with, for a character class: a pattern scanned over a whole
    text opens with the guard ``(?=[…])`` of its first characters, so that at most positions one
    set test fails it at once.

    >>> first_chars(["牵头", "牵头负责", "配合"])
    '牵配'
    """
    return "".join(re.escape(ch) for ch in sorted({item[0] for item in items if item}))


def alternation(items) -> str:
    """A regex alternation of literal words that matches the longest word it can at a position.

    >>> alternation(["牵头", "牵头负责", "配合"])
    '(?:牵头(?:负责)?|配合)'
    """
    # Written as a trie (牵头(?:负责)?): at each position the engine tests each distinct next character
    # once instead of every word in turn. The words that match at one position are prefixes of one
    # another, and a greedy optional tail tries the longer first, so the match is the flat
    # longest-first alternation's.
    trie: dict = {}
    for item in set(items):
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """The pattern of one node of :func:`alternation`'s trie: its branches, optional where a word ends."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"


def alternation_outside(items, words_ending) -> str:
    r""":func:`alternation`, each item but where it ends one of ``words_ending`` (约 but not 签|约).

    >>> re.search(alternation_outside(["约"], ["签约"]) + r"\Z", "完成签约") is None
    True
    """
    cues = []
    for item in sorted(set(items), key=len, reverse=True):
        before = "".join(sorted({w[:-len(item)] for w in words_ending if w.endswith(item) and len(w) == len(item) + 1}))
        cues.append(f"(?<![{before}]){re.escape(item)}" if before else re.escape(item))
    return "|".join(cues)
