"""Canonical department names from a curated alias table, per jurisdiction.

The table (the package's ``data/departments.csv``, see :mod:`policycompare.dictionaries`) has columns jurisdiction, canonical, aliases
(separated by ``|``), english, unit_type. A row with an empty jurisdiction applies everywhere; a
row with one applies only there, because the 办公室 of one bureau is not the 办公室 of another.
Names are matched whole, on characters. Unknown names pass through unchanged, never dropped, and
get a unit type from their last characters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .lexicon import alternation, mapping

ALIAS_COLUMNS = ["jurisdiction", "canonical", "aliases", "english", "unit_type"]
UNIT_TYPES = mapping("extract_units", "type")  # suffix -> unit type (policycompare/data/extract_units.csv)
# The longest suffix wins: a search from the left finds the earliest start that reaches the end.
SPACES = re.compile(r"\s+")
_TYPE_SUFFIX = re.compile(rf"(?:{alternation(UNIT_TYPES)})\Z")


class AliasTable:
    """Lookup of canonical names; build it from a CSV file or a DataFrame.

    >>> table = AliasTable(pd.DataFrame({"jurisdiction": ["西安市"], "canonical": ["市局法规处"],
    ...     "aliases": ["法规处"], "english": ["Regulations Division"], "unit_type": ["division"]}))
    >>> table.lookup("法规处", "西安市"), table.lookup("法规处", "天门市")
    (('市局法规处', 'Regulations Division', 'division'), ('法规处', '', 'division'))
    """

    def __init__(self, table: pd.DataFrame | None = None):
        self._names: dict[tuple[str, str], tuple[str, str, str]] = {}
        self.functions: dict[tuple[str, str], str] = {}  # (jurisdiction, canonical) -> function, from a `function` column
        if table is None:
            return
        missing = set(ALIAS_COLUMNS) - set(table.columns)
        if missing:
            raise ValueError(f"alias table lacks columns {sorted(missing)}")
        for row in table.fillna("").itertuples():
            entry = (row.canonical, row.english, row.unit_type or unit_type(row.canonical))
            for name in [row.canonical, *filter(None, str(row.aliases).split("|"))]:
                self._names[(row.jurisdiction, _key(name))] = entry
            if getattr(row, "function", ""):
                self.functions[(row.jurisdiction, row.canonical)] = row.function

    @classmethod
    def from_csv(cls, path: str | Path) -> "AliasTable":
        """Read the alias table from ``path`` (UTF-8 CSV).

        >>> AliasTable.from_csv("src/policycompare/data/departments.csv").lookup("市法援中心", "西安市")[0]
        '市法律援助中心'
        """
        return cls(pd.read_csv(path, dtype=str, keep_default_na=False))

    def lookup(self, name: str, jurisdiction: str = "") -> tuple[str, str, str]:
        """``(canonical, english, unit_type)`` of a name as written in one jurisdiction.

        >>> AliasTable().lookup("某某处")
        ('某某处', '', 'division')
        """
        key = _key(name)
        found = self._names.get((jurisdiction, key)) or self._names.get(("", key))
        return found if found else (name, "", unit_type(name))


def _key(name: str) -> str:
    return SPACES.sub("", name).replace("（", "(").replace("）", ")")


def unit_type(name: str) -> str:
    """The kind of unit a name ends in (处 -> division, 政府 -> government …), or ``""``.

    >>> unit_type("调解协调处"), unit_type("市社区矫正委员会")
    ('division', 'committee')
    """
    found = _TYPE_SUFFIX.search(name)
    return UNIT_TYPES[found.group()] if found else ""
