"""Indicators on a common scale: a target's label -> an indicator of the national taxonomy.

The taxonomy (``data/indicators.csv``, package data) lists common indicators of Chinese plans and
work reports with an id, a Chinese and an English name, a domain, a usual unit, a direction
(``up``: more is better, ``down``: less is better, ``stable``: a level to keep) and synonyms
separated by ``|``. A label is matched on characters (width-folded, simplified, without spaces):
the longest name or synonym it contains wins, and on a tie the one ending later, because a Chinese
noun phrase ends in its head (单位地区生产总值能耗 is energy intensity, not GDP). A name standing as
a ratio's base or part (工业增加值占地区生产总值比重, 社会物流总费用与GDP比率) is not what the label
measures, and a target whose unit is of another family than the indicator's usual unit (200个 …项目
beside 降碳, 600万平方米 beside 节能) does not measure it either: the words and unit families are data,
``data/indicator_context.csv``. So are the words naming a part of the jurisdiction (新城, 开发区 …)
whose figure is not the whole's. A label that matches nothing keeps its own name and an empty id.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .dictionaries import package_table
from .extract.lexicon import alternation, mapping, words
from .ingest import parse_view

TAXONOMY_COLUMNS = ["indicator_id", "name", "name_en", "domain", "unit", "direction", "synonyms"]
_NOISE = re.compile(r"[\s“”\"'‘’]")
# A match followed by these words is a ratio's base (…占GDP比重) or part (工业增加值占…): not the label's head.
RATIO_CONTEXT = words("indicator_context", "ratio_head") + words("indicator_context", "share_of")
UNIT_FAMILY = mapping("indicator_context", "unit_family")  # unit_std -> rate / money
UNIT_MULTIPLIERS = "十百千万亿"
# 城市副中心和平原新城地区生产总值: a part of the jurisdiction named before the indicator; its target is not the
# whole's indicator, and the label keeps its own name (data: sub_area).
SUB_AREA = re.compile(alternation(words("indicator_context", "sub_area")) or "(?!)")
# 高技术制造业投资增长, 跨境电商进出口: a branch of the economy named before the indicator; its target is
# not the whole's indicator either (data: sub_sector)
SUB_SECTOR = re.compile(alternation(words("indicator_context", "sub_sector")) or "(?!)")


def indicator_taxonomy() -> pd.DataFrame:
    """The taxonomy of common indicators shipped with the package, one row per indicator.

    >>> table = indicator_taxonomy()
    >>> len(table) >= 80, table.set_index("indicator_id").loc["gdp_growth", "name_en"]
    (True, 'GDP growth')
    """
    return package_table("indicators.csv", TAXONOMY_COLUMNS)


def _fold(label: str) -> str:
    return _NOISE.sub("", parse_view(str(label))[0])


@lru_cache(maxsize=1)
def _synonyms() -> tuple[dict[str, tuple[str, str]], tuple[int, ...]]:
    """``{folded synonym: (indicator_id, name)}`` and the synonyms' lengths, longest first.

    A label is looked up by its substrings of these lengths, so a lookup costs the label's length
    times the number of lengths (about 20), whatever the size of the taxonomy.
    """
    pairs = {}
    for row in indicator_taxonomy().itertuples():
        for name in [row.name, *row.synonyms.split("|")]:
            if name:
                pairs.setdefault(_fold(name), (row.indicator_id, row.name))
    return pairs, tuple(sorted({len(synonym) for synonym in pairs}, reverse=True))


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


@lru_cache(maxsize=4096)  # labels repeat across a corpus' targets
def match_indicator(label: str) -> tuple[str, str, int]:
    """``(indicator_id, indicator_name, offset)``: the best match and where it starts in the
    folded label; ``("", "", -1)`` when nothing matches.

    >>> match_indicator("完成国家下达的粮食生产任务")
    ('grain_output', '粮食产量', 7)
    >>> match_indicator("工业增加值占地区生产总值比重"), match_indicator("高新区地区生产总值")
    (('', '', -1), ('', '', -1))
    """
    folded = _fold(label)
    pairs, lengths = _synonyms()
    for length in lengths:  # longest first: the first length found wins
        for start in range(len(folded) - length, -1, -1):  # from the end: the head of the phrase
            found = pairs.get(folded[start:start + length])
            if found and not folded.startswith(RATIO_CONTEXT, start + length):
                if SUB_AREA.search(folded, 0, start) or SUB_SECTOR.search(folded, 0, start):
                    return "", "", -1  # the indicator of a part (新城地区生产总值, 制造业投资), not of the whole
                return found[0], found[1], start
    return "", "", -1


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
    units = targets["unit_std"] if "unit_std" in targets.columns else [""] * len(targets)
    for label, raw, unit in zip(targets["indicator"], raws, units):
        found = classify_indicator(label or "")
        before_number = re.split(r"\d", str(raw), maxsplit=1)[0] if raw else ""
        if not found[0] and raw:
            found = classify_indicator(before_number)
        elif found[0] and raw and _family(unit) != _family(indicator_unit(found[0])):
            # 地区生产总值增长5%: the label drops the change verb, the raw keeps it; a rate of a level
            # (GDP, 亿元) is the level's growth when the words before the number name it
            growth = classify_indicator(before_number)
            found = growth if growth[0] and _family(indicator_unit(growth[0])) == _family(unit) else found
        if found[0] and not units_meet(unit, indicator_unit(found[0])):
            found = ("", "")  # 实施200个节能降碳改造项目: a count of projects is no carbon intensity
        ids.append(found[0])
        names.append(found[1] if found[0] else (label or ""))
    return targets.assign(indicator_id=ids, indicator_name=names)


@lru_cache(maxsize=None)
def indicator_unit(indicator_id: str) -> str:
    """The standard unit (``unit_std``) of an indicator's usual unit, ``""`` when it has none.

    >>> indicator_unit("gdp"), indicator_unit("gdp_growth"), indicator_unit("no_such_indicator")
    ('yuan', '%', '')
    """
    from .extract.targets import UNIT_STD

    units = indicator_taxonomy().set_index("indicator_id").unit
    unit = str(units.get(indicator_id, "")) if indicator_id in units.index else ""
    for candidate in (unit, unit.lstrip(UNIT_MULTIPLIERS), unit.split("/")[0].lstrip(UNIT_MULTIPLIERS)):
        if candidate in UNIT_STD:
            return UNIT_STD[candidate]
    return ""


def _family(unit_std: str) -> str:
    return UNIT_FAMILY.get(unit_std, "other") if unit_std else ""


def units_meet(target_unit: str, indicator_unit_std: str) -> bool:
    """Whether a target in ``target_unit`` (a ``unit_std``) can measure an indicator whose usual
    unit is ``indicator_unit_std``: the same family, or a rate and a money amount (a growth and a
    level of one quantity); a count or an area never measures a rate (``data/indicator_context.csv``).

    >>> units_meet("%", "yuan"), units_meet("unit", "%"), units_meet("household", "unit"), units_meet("", "%")
    (True, False, True, True)
    """
    if not target_unit or not indicator_unit_std:
        return True
    families = {UNIT_FAMILY.get(target_unit, "other"), UNIT_FAMILY.get(indicator_unit_std, "other")}
    return len(families) == 1 or families == {"rate", "money"}
