"""Indicators on a common scale: a target's label -> an indicator of the national taxonomy.

The taxonomy (``data/indicators.csv``, package data) lists common indicators of Chinese plans and
work reports with an id, a Chinese and an English name, a domain, a usual unit, a direction
(``up``: more is better, ``down``: less is better, ``stable``: a level to keep) and synonyms
separated by ``|``. A label is matched on characters (width-folded, simplified, without spaces):
the longest name or synonym it contains wins, and on a tie the one ending later, because a Chinese
noun phrase ends in its head (单位地区生产总值能耗 is energy intensity, not GDP). A label that
matches nothing keeps its own name and an empty id.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pandas as pd

from .ingest import parse_view

TAXONOMY_COLUMNS = ["indicator_id", "name", "name_en", "domain", "unit", "direction", "synonyms"]
_NOISE = re.compile(r"[\s“”\"'‘’]")


def indicator_taxonomy() -> pd.DataFrame:
    """The taxonomy of common indicators shipped with the package, one row per indicator.

    >>> table = indicator_taxonomy()
    >>> len(table) >= 80, table.set_index("indicator_id").loc["gdp_growth", "name_en"]
    (True, 'GDP growth')
    """
    with (resources.files("policycompare") / "data" / "indicators.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, dtype=str, keep_default_na=False)
    missing = set(TAXONOMY_COLUMNS) - set(table.columns)
    if missing:
        raise ValueError(f"indicators.csv lacks columns {sorted(missing)}")
    return table


def _fold(label: str) -> str:
    return _NOISE.sub("", parse_view(str(label))[0])


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[str, str, str], ...]:
    """``(folded synonym, indicator_id, name)``, longest first."""
    pairs = {}
    for row in indicator_taxonomy().itertuples():
        for name in [row.name, *row.synonyms.split("|")]:
            if name:
                pairs.setdefault(_fold(name), (row.indicator_id, row.name))
    return tuple(sorted(((s, i, n) for s, (i, n) in pairs.items()), key=lambda t: (-len(t[0]), t[0])))


def classify_indicator(label: str) -> tuple[str, str]:
    """``(indicator_id, indicator_name)`` of a target's label; ``("", label)`` outside the taxonomy.

    >>> classify_indicator("全省地区生产总值增长")
    ('gdp_growth', '地区生产总值增长')
    >>> classify_indicator("单位地区生产总值能耗下降")[0], classify_indicator("城鎮調查失業率")[0]
    ('energy_intensity_reduction', 'surveyed_unemployment')
    >>> classify_indicator("司法所业务用房120平米标准达标率")[0], classify_indicator("执法规范化建设达标率")[0]
    ('office_space_standard', 'law_enforcement_standardisation')
    >>> classify_indicator("某某新指标")
    ('', '某某新指标')
    """
    indicator_id, name, _ = match_indicator(label)
    return (indicator_id, name) if indicator_id else ("", label)


def match_indicator(label: str) -> tuple[str, str, int]:
    """``(indicator_id, indicator_name, offset)``: the best match and where it starts in the
    folded label; ``("", "", -1)`` when nothing matches.

    >>> match_indicator("完成国家下达的粮食生产任务")
    ('grain_output', '粮食产量', 7)
    """
    folded = _fold(label)
    best = None
    for synonym, indicator_id, name in _synonyms():
        if best is not None and len(synonym) < len(best[0]):
            break  # longest first: nothing shorter can win
        start = folded.rfind(synonym)
        if start >= 0 and (best is None or start + len(synonym) > best[3] + len(best[0])):
            best = (synonym, indicator_id, name, start)
    return (best[1], best[2], best[3]) if best else ("", "", -1)


def add_indicators(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets table with ``indicator_id`` and ``indicator_name`` from the taxonomy.

    The label is the target's ``indicator``; when it matches nothing, the ``raw`` phrase up to
    its first digit is tried, so a short extracted label (增长) still finds its indicator.

    >>> table = add_indicators(pd.DataFrame({"indicator": ["调解成功率", "值增长"],
    ...                                      "raw": ["调解成功率达98%", "地区生产总值增长5%"]}))
    >>> table[["indicator_id", "indicator_name"]].values.tolist()
    [['mediation_success_rate', '人民调解成功率'], ['gdp_growth', '地区生产总值增长']]
    """
    ids, names = [], []
    raws = targets["raw"] if "raw" in targets.columns else [""] * len(targets)
    for label, raw in zip(targets["indicator"], raws):
        found = classify_indicator(label or "")
        if not found[0] and raw:
            found = classify_indicator(re.split(r"\d", str(raw), maxsplit=1)[0])
        ids.append(found[0])
        names.append(found[1] if found[0] else (label or ""))
    return targets.assign(indicator_id=ids, indicator_name=names)
