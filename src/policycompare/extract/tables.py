"""Indicator tables of plans (指标 | 单位 | 2025年 | 2030年目标 | 属性), read line by line.

A plan lists its quantified goals in a table: one row an indicator, with its unit, a base value and
the value committed for a target year (or for each year of an action plan: 2026年 | 2027年 | 2028年).
The header words are data (``data/indicator_table_columns.csv``). Targets read the rows
(:mod:`.targets`), deadlines the target years (:mod:`.deadlines`).
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from .lexicon import table

INDICATOR_COLUMNS = {row["header"]: row["role"] for row in table("indicator_table_columns")}
YEAR_COLUMN = re.compile(r"((?:19|20)\d\d)年?(?:目标|目标值)?")
LEADING_YEAR = re.compile(r"\A(?:19|20)\d\d年度?")  # the year a header word is of, before it
BRACKETED_YEAR = re.compile(r"[(（](?:19|20)\d\d年?(?:底|末)?[)）]\Z")  # the year a header word is of


class Columns(NamedTuple):
    """The columns of an indicator table: indicator, unit, and each target column with its year.

    ``unit`` is None for a table without a unit column, whose indicators carry their units in
    brackets (粮食播种面积(万亩) | 2020年 | 2025年)."""

    indicator: int
    unit: int | None
    targets: list[tuple[int, int | None]]


class TableLine(NamedTuple):
    """One line of an indicator table: its offset in the text, the line, its cells and the columns."""

    start: int
    line: str
    cells: list[str]
    columns: Columns
    header: bool


def table_cells(line: str) -> list[str] | None:
    """The cells of a table line written with pipes or tabs (a Markdown row's outer pipes dropped),
    or None for a line of text.

    >>> table_cells("| 指标 | 单位 |"), table_cells(" | 研发投入强度 | % | 2.0"), table_cells("一、目标")
    (['指标', '单位'], ['', '研发投入强度', '%', '2.0'], None)
    """
    sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
    if sep is None:
        return None
    cells = [cell.strip() for cell in line.strip().split(sep)]
    if sep == "|" and line.strip().startswith("|") and line.strip().endswith("|"):
        cells = cells[1:-1]  # a Markdown row; a row opening with a pipe alone has an empty (merged) first cell
    return cells


def indicator_columns(cells: list[str], year_now: int | None) -> Columns | None:
    """The columns of an indicator table's header, or None for another line.

    The targets are the columns named so (目标值, 2030年目标); else, the earliest year column being the
    base (2025年 | 2030年), the later ones: year by year from the document's year (2025年 | 2026年 |
    2027年 with the document of 2026: 2026 and 2027), else those after the document's year (2020年 |
    2025年 | 2030年 of 2025: 2030); all of them when they run year by year from the document's year
    (2026年 | 2027年 | 2028年); the latest when the document's year is unknown.

    >>> indicator_columns(["指标", "单位", "2025年", "2026年", "2027年", "属性"], 2026)
    Columns(indicator=0, unit=1, targets=[(3, 2026), (4, 2027)])
    >>> indicator_columns(["指　标", "单　位", "2025年", "规划目标值", "属性"], 2026)
    Columns(indicator=0, unit=1, targets=[(3, None)])
    >>> indicator_columns(["指标", "单位", "基期值(2025年)", "目标值(2028年)", "属性"], 2026)
    Columns(indicator=0, unit=1, targets=[(3, 2028)])
    >>> indicator_columns(["指标", "单位", "2025年完成", "2026年预期目标"], 2026)
    Columns(indicator=0, unit=1, targets=[(3, 2026)])
    >>> indicator_columns(["类别", "指标", "2020年", "2025年", "属性"], 2021)
    Columns(indicator=1, unit=None, targets=[(3, 2025)])
    """
    cells = [re.sub(r"\s+", "", cell) for cell in cells]  # 指　标, 单　位: spaced header words
    roles: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        # 目标值(2028年), 基期值(2025年): a header word with its year in brackets has the word's role
        # (2026年预期目标, 2025年完成: the header word after its year)
        role = INDICATOR_COLUMNS.get(cell) or INDICATOR_COLUMNS.get(BRACKETED_YEAR.sub("", cell)) \
            or INDICATOR_COLUMNS.get(LEADING_YEAR.sub("", cell), "")
        roles.setdefault(role, []).append(index)
    if "indicator" not in roles:
        return None
    years = [(int(found[1]), index) for index, cell in enumerate(cells)
             if (found := YEAR_COLUMN.fullmatch(cell)) and not INDICATOR_COLUMNS.get(cell)]
    if "target" in roles:
        targets = [(index, int(found[1]) if (found := YEAR_COLUMN.search(cells[index])) else None)
                   for index in roles["target"]]
    elif len(years) < 2:
        return None
    else:
        years.sort()
        # the earliest year is the base (2025年 | 2030年), unless the years run year by year from the
        # document's year (2026年 | 2027年 | 2028年); yearly targets count from the document's year, the
        # targets of a span (2020 | 2025 | 2030) only after it (the document's own year is an estimate)
        later = years if _yearly(years) and year_now and years[0][0] >= year_now else years[1:]
        ahead = [(index, year) for year, index in later
                 if year_now and (year >= year_now if _yearly(later) else year > year_now)]
        targets = ahead or [(years[-1][1], years[-1][0])]
    return Columns(roles["indicator"][0], roles["unit"][0] if "unit" in roles else None, targets)


# 粮食播种面积(万亩): an indicator cell that carries its unit in closing brackets
BRACKETED_UNIT = re.compile(r"(?P<indicator>.+?)\s{0,2}[(（](?P<unit>[^()（）\d]{1,8})[)）]")


def split_unit(cell: str) -> tuple[str, str] | None:
    """``(indicator, unit)`` of an indicator cell ending with its unit in brackets, else None.

    >>> split_unit("粮食播种面积（万亩）"), split_unit("森林覆盖率")
    (('粮食播种面积', '万亩'), None)
    """
    found = BRACKETED_UNIT.fullmatch(cell)
    return (found["indicator"], found["unit"]) if found else None


def _yearly(years: list[tuple[int, int]]) -> bool:
    """Whether sorted ``(year, column)`` pairs run year by year (one alone does)."""
    return all(b[0] - a[0] == 1 for a, b in zip(years, years[1:]))


def indicator_tables(parse: str, year_now: int | None = None) -> Iterator[TableLine]:
    """The header and row lines of the indicator tables in ``parse`` (a blank line inside a table, a
    Markdown rule read as blank, does not end it).

    >>> [(t.header, t.cells[0]) for t in indicator_tables("指标 | 单位 | 2025年 | 2030年\\n\\n森林覆盖率 | % | 84 | 85\\n说明。")]
    [(True, '指标'), (False, '森林覆盖率')]
    """
    if "|" not in parse and "\t" not in parse:
        return
    columns, cursor = None, 0
    for line in parse.split("\n"):
        line_start, cursor = cursor, cursor + len(line) + 1
        cells = table_cells(line)
        if cells is None:
            columns = columns if not line.strip() else None
            continue
        header = indicator_columns(cells, year_now)
        if header is not None:
            columns = header
            yield TableLine(line_start, line, cells, columns, True)
        elif columns is not None and len(cells) > max(columns.indicator, columns.unit or 0, *(i for i, _ in columns.targets)):
            yield TableLine(line_start, line, cells, columns, False)
