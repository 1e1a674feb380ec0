"""Departments on a national scale: any jurisdiction's spelling of an organ -> its function.

区发改局, 县发展和改革局 and 省发展改革委 are one function, 发展改革 (Development and Reform), at
three levels. The taxonomy (``data/functions.csv``, package data) lists the functions of
government departments, party organs, people's congresses, the CPPCC, courts, procuratorates,
mass organisations, enterprises, townships and street offices, each with its English name (from
official translations where they exist), its kind of organ, synonyms and abbreviations separated
by ``|``, and former names with the year of the institutional reform that renamed them
(``工商@2018``: 工商 became 市场监管 in 2018).

A name is read on characters (width-folded, simplified, no spaces or brackets):

1. place prefixes are stripped with the national division table (cpca): 浙江省杭州市西湖区
   gives the level of the most specific place (province / prefecture / county);
2. a party committee prefix (市委, 区委 …) makes the rest a party organ (市委办公室, 市委组织部);
3. the function is the synonym that ends last in the name, the longest on a tie, because a
   Chinese organ name ends in its head (市人民政府住房城乡建设主管部门 is 住房城乡建设);
   coordination bodies (领导小组, 委员会 …) count only when nothing more specific matches;
4. a name ending in a division (处/科/室/股) below its match, or with no match at all, is an
   internal division: its parent is the organ named before it, or the document's issuer.

The level of an organ without a place prefix comes from its head character (省 -> province,
市/州/盟 -> prefecture, 县/区/旗 -> county, 乡/镇/街道 -> township), or the document's own level
when the head is the jurisdiction's own suffix (市 in a 北京市 document is the province level).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .dictionaries import package_table
from .ingest import parse_view

FUNCTION_COLUMNS = ["function", "function_en", "organ_kind", "synonyms", "former"]
ASSIGNMENT_FUNCTION_COLUMNS = ["function", "function_en", "organ_level", "organ_kind"]
LEVEL_OF_RANK = {0: "province", 1: "prefecture", 2: "county"}
HEAD_LEVEL = {"省": "province", "自治区": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture",
              "地区": "prefecture", "县": "county", "区": "county", "旗": "county", "乡": "township", "镇": "township",
              "街道": "township", "国家": "national", "国务院": "national", "中央": "national", "全国": "national"}
HEAD = re.compile(r"^(?:国务院|国家|中央|全国|自治区|地区|街道|[省市州盟县区旗乡镇])")
MULTI_LEVEL = re.compile(r"^(?:县级以上|县级|市级|省级|各级|地级以上|设区的市|县\(市、区\)|县\(市\)|市\(州\))")
PARTY_PREFIX = re.compile(r"^(?:中共)?(?:自治区|[省市州盟县区旗])?(?:党)?委(?!员|会)")
DIVISION_END = re.compile(r"(?:[处科室股]|大队|中队)$")
GENERIC_KINDS = {"coordination body"}
# national organs with local branches named after them (国家税务总局XX市税务局, 中国人民银行XX中心支行)
NATIONAL_PARENT = re.compile(r"(?:国家[\u4e00-\u9fff]{1,8}?总局|国家统计局|中国人民银行|国家外汇管理局)(?=[\u4e00-\u9fff]{2})")
SELF_REFERENCE = re.compile(r"[省市县区州]?(?:本|我)?(?:局|厅|委|办)(?:机关)?")  # after the place: 市局, 本局, 局机关
_NOISE = re.compile(r"[\s()（）\[\]【】“”\"'·]")


class Organ(NamedTuple):
    """What a department name denotes: its function, English name, level and kind of organ."""

    function: str = ""
    function_en: str = ""
    organ_level: str = ""
    organ_kind: str = ""
    former: str = ""  # the pre-reform name it was written with (工商), "" if current
    reform_year: str = ""


def function_taxonomy() -> pd.DataFrame:
    """The taxonomy of organ functions shipped with the package, one row per function.

    >>> table = function_taxonomy()
    >>> len(table) >= 60, table.set_index("function").loc["发展改革", "function_en"]
    (True, 'Development and Reform')
    """
    return package_table("functions.csv", FUNCTION_COLUMNS)


def _fold(name: str) -> str:
    return _NOISE.sub("", parse_view(str(name))[0])


@lru_cache(maxsize=1)
def _entries() -> tuple[dict, tuple]:
    """Function facts by name, and ``(folded synonym, function, former, year)`` longest first."""
    facts, pairs = {}, {}
    for row in function_taxonomy().itertuples():
        facts[row.function] = (row.function_en, row.organ_kind)
        for name in [row.function, *row.synonyms.split("|")]:
            if name:
                pairs.setdefault(_fold(name), (row.function, "", ""))
        for item in filter(None, row.former.split("|")):
            old, _, year = item.partition("@")
            pairs[_fold(old)] = (row.function, old, year)  # a former name is itself a spelling of the function
    ordered = sorted(((s, *v) for s, v in pairs.items()), key=lambda t: (-len(t[0]), t[0]))
    return facts, tuple(ordered)


@lru_cache(maxsize=1)
def _places() -> dict[str, int]:
    """Place name -> rank (0 province, 1 prefecture, 2 county) from cpca; short forms for the
    top two ranks (浙江, 杭州) since county short forms collide with words (平安区 -> 平安)."""
    from .metadata import _divisions  # cpca's table, read without importing cpca (needs pkg_resources)

    ranks = {"province": 0, "prefecture": 1, "county": 2}
    places: dict[str, int] = {}
    for name, _, level in _divisions()[0].values():
        rank = ranks[level]
        places.setdefault(name, rank)
        if rank < 2:
            short = re.sub(r"(?:维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$|地区$|盟$", "", name)
            if len(short) >= 2 and short != name:
                places.setdefault(short, rank)
    return places


def strip_places(name: str) -> tuple[str, str]:
    """The name without its place prefixes, and the level of the most specific place.

    >>> strip_places("浙江省杭州市西湖区发展和改革局")
    ('发展和改革局', 'county')
    >>> strip_places("市场监督管理局")
    ('市场监督管理局', '')
    """
    places, level = _places(), ""
    stripped = True
    while stripped:
        stripped = False
        for length in range(min(len(name) - 1, 12), 1, -1):
            rank = places.get(name[:length])
            if rank is not None:
                name, level, stripped = name[length:], LEVEL_OF_RANK[rank], True
                break
    return name, level


@lru_cache(maxsize=1)
def _entries_by_last_char() -> dict[str, tuple[int, ...]]:
    """Character -> positions in ``_entries()`` of the synonyms ending with it ("" for an empty one)."""
    index: dict[str, list[int]] = {}
    for position, (synonym, *_) in enumerate(_entries()[1]):
        index.setdefault(synonym[-1:], []).append(position)
    return {char: tuple(positions) for char, positions in index.items()}


def _best(stem: str) -> tuple[str, str, str, int, int] | None:
    """``(function, former, year, start, end)`` of the synonym ending last (longest on a tie);
    coordination bodies only when nothing else matches."""
    facts, entries = _entries()
    found = {False: None, True: None}
    # only synonyms ending with a character of the stem can occur in it: visit those, in the
    # entries' order (longest first), instead of a thousand rfind calls per name
    index = _entries_by_last_char()
    candidates = sorted({position for char in {*stem, ""} for position in index.get(char, ())})
    for synonym, function, former, year in (entries[position] for position in candidates):
        start = stem.rfind(synonym)
        if start < 0:
            continue
        generic = facts[function][1] in GENERIC_KINDS
        end = ORGAN_WORD.match(stem, start + len(synonym)).end()  # 体育 and 体育局 end at the same place
        best = found[generic]
        if best is None or end > best[4]:  # entries come longest first: a tie keeps the longer
            found[generic] = (function, former, year, start, end)
    return found[False] or found[True]


@lru_cache(maxsize=65536)
def classify_department(name: str, jurisdiction_suffix: str = "", jurisdiction_level: str = "",
                        parent: str = "") -> Organ:
    """The function, English name, level and kind of organ of one department name.

    ``jurisdiction_suffix``/``jurisdiction_level`` (e.g. ``"市"``, ``"province"`` for 北京市)
    resolve a bare head (市人民政府 in a Beijing document is province level); ``parent`` is the
    document's issuer, the parent of a division named alone (法规处).

    Examples
    --------
    >>> [classify_department(n).function for n in ("区发改局", "县发展和改革局", "省发展改革委")]
    ['发展改革', '发展改革', '发展改革']
    >>> organ = classify_department("浙江省杭州市西湖区市场监督管理局")
    >>> organ.function, organ.function_en, organ.organ_level, organ.organ_kind
    ('市场监管', 'Market Regulation', 'county', 'department')
    >>> organ = classify_department("县工商局")
    >>> organ.function, organ.former, organ.reform_year
    ('市场监管', '工商局', '2018')
    >>> classify_department("市委组织部")[:4], classify_department("镇人民政府")[2:4]
    (('组织部', 'Organisation Department', 'prefecture', 'party'), ('township', 'government'))
    >>> classify_department("法规处", parent="西安市司法局")[:4]
    ('司法', 'Justice', '', 'division')
    """
    folded = _fold(name)
    national = NATIONAL_PARENT.match(folded)  # 国家税务总局锡林郭勒盟税务局: the place after it sets the level
    stem, level = strip_places(folded[national.end():] if national else folded)
    if national:
        stem, level = national.group() + stem, level or "national"
    level = level or _head_level(stem, jurisdiction_suffix, jurisdiction_level)
    party = PARTY_PREFIX.match(stem)
    if party:  # 市委组织部 -> 党委组织部; 市委 alone -> 党委
        stem = "党委" + stem[party.end():]
    if parent and SELF_REFERENCE.fullmatch(stem):  # 市局, 本局, 局机关: the issuing organ itself
        return classify_department(parent)._replace(organ_level=level or classify_department(parent).organ_level)
    best = _best(stem)
    facts = _entries()[0]
    if best is None:
        parent_organ = classify_department(parent) if parent else Organ()
        kind = "division" if DIVISION_END.search(stem) or stem in ("办公室", "局办公室") else ""
        if parent_organ.function and kind:
            return Organ(parent_organ.function, parent_organ.function_en, level, "division")
        return Organ("", "", level, kind)
    if _is_division(stem[best[4]:]):  # 市发改委价格处, 市财政局办公室: a division of the organ named before it
        return Organ(best[0], facts[best[0]][0], level, "division", best[1], best[2])
    function, former, year = best[:3]
    function_en, kind = facts[function]
    if function == "乡镇街道":
        level = "township"
    if party and kind == "department" and function not in ("人民政府", "政府办公厅"):
        kind = "party"
    return Organ(function, function_en, level, kind, former, year)


ORGAN_WORD = re.compile(r"(?:主管|行政|管理|监督管理|工作|服务)*(?:部门|分局|总局|局|厅|委员会|委|院|会|中心|署|所|站|支队|大队"
                       r"|队|部|办)?")


def _is_division(tail: str) -> bool:
    """局价格处, 局办公室 after a function name: a division; 局, 委员会 alone: the organ itself."""
    rest = tail[ORGAN_WORD.match(tail).end():]
    return bool(rest) and (bool(DIVISION_END.search(rest)) or rest in ("办公室", "办"))


@lru_cache(maxsize=65536)
def _names_organ(rest: str) -> bool:
    """Whether ``rest`` begins with an organ's name (民政局 after 市), or a party committee (委)."""
    if rest.startswith(("委", "人民", "党委")):
        return True
    return any(rest.startswith(synonym) for synonym, *_ in _entries()[1])


def _head_level(stem: str, jurisdiction_suffix: str, jurisdiction_level: str) -> str:
    if MULTI_LEVEL.match(stem):
        return ""  # 县级以上人民政府: every level at once
    head = HEAD.match(stem)
    if head and head.group() in ("国务院", "中央"):
        return "national"
    if not head or not _names_organ(stem[head.end():]):
        return ""  # 市场监督管理局: 市 is part of a word here, not a level
    if jurisdiction_suffix and head.group() == jurisdiction_suffix and jurisdiction_level:
        return jurisdiction_level  # 市 in a 北京市 document: the document's own level
    return HEAD_LEVEL[head.group()]


def add_functions(assignments: pd.DataFrame, documents: pd.DataFrame | None = None,
                  overrides: dict | None = None) -> pd.DataFrame:
    """The assignments table with ``function``, ``function_en``, ``organ_level`` and ``organ_kind``.

    ``documents`` (doc_id, jurisdiction, admin_level, issuer) gives each name its document's level
    and issuer (the parent of a division named alone). Collective placeholders (有关部门) get
    ``organ_kind`` ``collective`` and no function. ``overrides`` maps ``(jurisdiction,
    department)`` or ``("", department)`` to a function: a researcher's alias table wins over
    the taxonomy.

    >>> rows = pd.DataFrame({"doc_id": ["d"] * 3, "department": ["区发改局", "律管处", "有关部门"],
    ...                      "jurisdiction": ["天津市滨海新区"] * 3, "collective": [False, False, True]})
    >>> docs = pd.DataFrame({"doc_id": ["d"], "jurisdiction": ["天津市滨海新区"], "admin_level": ["county"],
    ...                      "issuer": ["天津市滨海新区司法局"]})
    >>> add_functions(rows, docs)[["function", "organ_level", "organ_kind"]].values.tolist()
    [['发展改革', 'county', 'department'], ['司法', '', 'division'], ['', '', 'collective']]
    """
    doc_facts = {}
    if documents is not None and len(documents):
        facts = [column for column in ("doc_id", "jurisdiction", "admin_level", "issuer") if column in documents.columns]
        for row in documents[facts].itertuples():  # only the columns read: a row of every column costs more
            place = str(getattr(row, "jurisdiction", "") or "")
            suffix = next((s for s in ("自治区", "省", "市", "州", "盟", "县", "区", "旗") if place.endswith(s)), "")
            doc_facts[row.doc_id] = (suffix, str(getattr(row, "admin_level", "") or ""),
                                     str(getattr(row, "issuer", "") or ""))
    overrides = overrides or {}
    taxonomy = function_taxonomy().set_index("function") if overrides else None
    columns = {name: [] for name in ASSIGNMENT_FUNCTION_COLUMNS}
    # the columns as lists: iterating a list costs less than iterating a (string) Series
    collective = assignments["collective"].tolist() if "collective" in assignments.columns else [False] * len(assignments)
    jurisdictions = assignments["jurisdiction"].tolist() if "jurisdiction" in assignments.columns else [""] * len(assignments)
    for doc_id, department, place, is_collective in zip(assignments.doc_id.tolist(), assignments.department.tolist(),
                                                        jurisdictions, collective):
        if is_collective:
            organ = Organ(organ_kind="collective")
        else:
            suffix, level, issuer = doc_facts.get(doc_id, ("", "", ""))
            organ = classify_department(department, suffix, level, issuer if issuer != department else "")
            chosen = overrides.get((place, department)) or overrides.get(("", department))
            if chosen:
                english = taxonomy.function_en.get(chosen, "")
                organ = Organ(chosen, english, organ.organ_level, organ.organ_kind or "department")
        for name in ASSIGNMENT_FUNCTION_COLUMNS:
            columns[name].append(getattr(organ, name))
    return assignments.assign(**columns)


def coverage(assignments: pd.DataFrame) -> dict[str, float]:
    """Share of non-collective department names (distinct, and as assignment rows) with a function.

    >>> coverage(pd.DataFrame({"department": ["财政局", "某某处", "财政局"], "function": ["财政", "", "财政"],
    ...                        "collective": [False, False, False]}))
    {'names': 0.5, 'rows': 0.6667, 'n_names': 2, 'n_rows': 3}
    """
    rows = assignments[~assignments["collective"].astype(bool)]
    names = rows.drop_duplicates("department")
    share = lambda table: round(float((table.function != "").mean()), 4) if len(table) else 0.0  # noqa: E731
    return {"names": share(names), "rows": share(rows), "n_names": len(names), "n_rows": len(rows)}
