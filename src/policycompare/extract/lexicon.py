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


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict, ...]:
    """Rows of ``data/<name>.csv`` as dicts, in file order.

    >>> table("extract_roles")[0]["word"]
    '牵头'
    """
    text = resources.files("policycompare").joinpath("data", f"{name}.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


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


def trie_alternation(items) -> str:
    """The regex of :func:`alternation` (at each position the longest word matches) laid out as a
    prefix tree, so a position is tried against one branch per character instead of every word:
    hundreds of terms cost what a handful do.

    >>> trie_alternation(["人民调解", "人民调解员", "人民法院", "调解"])
    '(?:人民(?:法院|调解(?:员)?)|调解)'
    >>> import re; re.findall(trie_alternation(["人民调解", "人民调解员", "调解"]), "人民调解员调解")
    ['人民调解员', '调解']
    """
    tree: dict = {}
    for item in sorted(set(items)):
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree) if tree else "(?!)"  # no word: a pattern that never matches


def _branches(node: dict) -> str:
    """The regex of a trie node's children: each child's run of characters, then, optionally when
    a word also ends there, its own children (greedy: the longer word is tried first)."""
    parts = []
    for char, child in node.items():
        if char == "":
            continue
        run = char  # a chain of only children is one literal (人民调解, not 人(?:民(?:调(?:解))))
        while len(child) == 1 and "" not in child:
            (char, child), = child.items()
            run += char
        part = re.escape(run)
        if set(child) - {""}:
            inner = _branches(child)
            part += f"(?:{inner})?" if "" in child else inner
        parts.append(part)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def first_chars(items) -> str:
    """The characters the words start with, for a character class: a pattern scanned over a whole
    text opens with the guard ``(?=[…])`` of its first characters, so that at most positions one
    set test fails it at once.

    >>> first_chars(["牵头", "牵头负责", "配合"])
    '牵配'
    """
    return "".join(re.escape(ch) for ch in sorted({item[0] for item in items if item}))


def alternation(items) -> str:
    """A regex alternation of literal words, longest first (no quantifier, so it cannot backtrack).

    >>> alternation(["牵头", "牵头负责"])
    '牵头负责|牵头'
    """
    return "|".join(re.escape(item) for item in sorted(set(items), key=len, reverse=True))
