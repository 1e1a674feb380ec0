"""Comparisons by function: which functions lead, carry and co-occur, per jurisdiction and pooled.

Departments become comparable across jurisdictions once they carry a ``function`` (see
:mod:`policycompare.functions`): 区发改局 and 省发展改革委 both count for 发展改革. Tables here are
tidy DataFrames; graphs are networkx graphs with everything they mean in node and edge attributes,
in the style of :mod:`policycompare.network`.

* :func:`function_roles`: per jurisdiction (and ``pooled``) and function, the measures it carries
  (is named in), leads (牵头) and their shares;
* :func:`function_pairs` and :func:`function_graph`: functions named in the same measure, and the
  pooled (or one jurisdiction's) network whose nodes are functions;
* :func:`joint_issuance_graph`: the joint-issuance (联合发文) network of organs: documents issued
  by several organs link them (the standard design of Chinese policy-network studies).
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pandas as pd

from .corpus import place_labels

ROLE_COLUMNS = ["jurisdiction", "function", "function_en", "measures", "leads", "share_of_measures", "share_of_leads",
                "rank"]
PAIR_COLUMNS = ["jurisdiction", "function_a", "function_b", "measures", "lead_pairs"]
ISSUER_SEPARATOR = "；"


def _named(corpus) -> pd.DataFrame:
    """Assignments that name a function, with their place label; one row per measure, function and role."""
    rows = corpus.assignments
    rows = rows[(rows.function != "") & ~rows.collective.astype(bool)]
    rows = rows.assign(place=rows.doc_id.map(place_labels(corpus.documents)))
    return rows.drop_duplicates(["measure_id", "function", "role"]).sort_values(["place", "measure_id", "function"])


def function_roles(corpus, pooled: bool = True) -> pd.DataFrame:
    """Which functions carry and lead measures, per jurisdiction and (``pooled=True``) over all.

    ``measures`` counts the measures naming the function in any role, ``leads`` those where it
    leads (牵头); the shares are over the jurisdiction's measures with a named function and over
    its led measures; ``rank`` orders functions by measures within a jurisdiction (1 = most).

    >>> import policycompare as pc
    >>> table = function_roles(pc.load_corpus("corpus"))
    >>> table[table.jurisdiction == "pooled"].iloc[0][["function", "function_en"]].tolist()
    ['司法', 'Justice']
    """
    named = _named(corpus)
    frames = [(place, rows) for place, rows in named.groupby("place", sort=True)]
    if pooled:
        frames.append(("pooled", named))
    english = dict(zip(named.function, named.function_en))
    out = []
    for place, rows in frames:
        carried = rows.groupby("function").measure_id.nunique()
        led = rows[rows.role == "lead"].groupby("function").measure_id.nunique()
        table = pd.DataFrame({"measures": carried, "leads": led}).fillna(0).astype(int)
        table["share_of_measures"] = (table.measures / max(rows.measure_id.nunique(), 1)).round(4)
        led_total = rows[rows.role == "lead"].measure_id.nunique()
        table["share_of_leads"] = (table.leads / led_total).round(4) if led_total else 0.0
        table = table.reset_index(names="function").sort_values(["measures", "leads", "function"],
                                                                 ascending=[False, False, True])
        table.insert(0, "jurisdiction", place)
        table["rank"] = range(1, len(table) + 1)
        out.append(table)
    if not out:
        return pd.DataFrame(columns=ROLE_COLUMNS)
    result = pd.concat(out, ignore_index=True)
    result["function_en"] = result.function.map(english)
    return result[ROLE_COLUMNS]


def leading_function(corpus) -> pd.DataFrame:
    """Per jurisdiction, the function that carries most measures and the one that leads most.

    >>> import policycompare as pc
    >>> leading_function(pc.load_corpus("corpus")).set_index("jurisdiction").loc["西安市", "carries_most"]
    '司法'
    """
    roles = function_roles(corpus, pooled=False)
    carries = roles.sort_values(["jurisdiction", "rank"]).groupby("jurisdiction").head(1)
    leads = roles[roles.leads > 0].sort_values(["jurisdiction", "leads", "function"], ascending=[True, False, True])
    leads = leads.groupby("jurisdiction").head(1).set_index("jurisdiction").function
    table = carries[["jurisdiction", "function", "share_of_measures"]].rename(columns={"function": "carries_most"})
    table["leads_most"] = table.jurisdiction.map(leads).fillna("")
    return table.reset_index(drop=True)


def function_pairs(corpus, pooled: bool = True) -> pd.DataFrame:
    """Functions named together in a measure: one row per jurisdiction and pair (a < b).

    ``lead_pairs`` counts the measures where one of the two leads.

    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> rows = pd.DataFrame({"doc_id": ["d"] * 3, "measure_id": ["m1"] * 3, "role": ["lead", "cooperate", "cooperate"],
    ...     "function": ["发展改革", "财政", "教育"], "function_en": ["", "", ""], "collective": [False] * 3})
    >>> docs = pd.DataFrame({"doc_id": ["d"], "jurisdiction": ["某县"]})
    >>> function_pairs(SimpleNamespace(assignments=rows, documents=docs), pooled=False)[["function_a", "function_b"]].values.tolist()
    [['发展改革', '教育'], ['发展改革', '财政'], ['教育', '财政']]
    """
    named = _named(corpus)
    counts: dict[tuple[str, str, str], list[int]] = {}
    for (place, _), rows in named.groupby(["place", "measure_id"], sort=True):
        functions = sorted(set(rows.function))
        leaders = set(rows[rows.role == "lead"].function)
        for a, b in combinations(functions, 2):
            for key_place in ([place, "pooled"] if pooled else [place]):
                entry = counts.setdefault((key_place, a, b), [0, 0])
                entry[0] += 1
                entry[1] += bool(leaders & {a, b})
    table = pd.DataFrame([(p, a, b, n, lead) for (p, a, b), (n, lead) in counts.items()], columns=PAIR_COLUMNS)
    return table.sort_values(["jurisdiction", "measures", "function_a", "function_b"],
                             ascending=[True, False, True, True], ignore_index=True)


def function_graph(corpus, jurisdiction: str | None = None) -> nx.Graph:
    """The network whose nodes are functions: pooled over all jurisdictions, or one jurisdiction's.

    Node attributes: ``function_en``, ``measures``, ``leads``, ``jurisdictions`` (how many places
    name it); edge attributes: ``weight`` (measures naming both) and ``lead_pairs``.

    >>> import policycompare as pc
    >>> g = function_graph(pc.load_corpus("corpus"))
    >>> g.graph["jurisdiction"], g.nodes["司法"]["function_en"]
    ('pooled', 'Justice')
    """
    key = jurisdiction or "pooled"
    roles = function_roles(corpus, pooled=True)
    roles = roles[roles.jurisdiction == key]
    spread = function_roles(corpus, pooled=False).groupby("function").jurisdiction.nunique()
    graph = nx.Graph(jurisdiction=key)
    for row in roles.itertuples():
        graph.add_node(row.function, function_en=row.function_en, measures=int(row.measures), leads=int(row.leads),
                       jurisdictions=int(spread.get(row.function, 0)))
    pairs = function_pairs(corpus, pooled=True)
    for row in pairs[pairs.jurisdiction == key].itertuples():
        graph.add_edge(row.function_a, row.function_b, weight=int(row.measures), lead_pairs=int(row.lead_pairs))
    return graph


def issuers_of(documents: pd.DataFrame) -> pd.Series:
    """Each document's issuing organs in order: the ``issuers`` column (``；``-separated) when the
    table has one, else the single ``issuer``.

    >>> issuers_of(pd.DataFrame({"doc_id": ["a", "b"], "issuer": ["市财政局", ""],
    ...                          "issuers": ["市财政局；市发展改革委", ""]})).tolist()
    [['市财政局', '市发展改革委'], []]
    """
    column = "issuers" if "issuers" in documents.columns else "issuer"
    values = documents[column].fillna("").astype(str)
    return pd.Series([[part.strip() for part in value.split(ISSUER_SEPARATOR) if part.strip()] for value in values],
                     index=documents.doc_id.to_numpy())


def joint_issuance_graph(corpus, by: str = "organ") -> nx.Graph:
    """The joint-issuance (联合发文) network: organs linked by the documents they issue together.

    ``by="organ"`` keys nodes ``"<jurisdiction>|<issuer>"`` (the 财政局 of two cities are two
    organs); ``by="function"`` pools organs into their functions across jurisdictions. Every
    issuer is a node (``documents``, ``lead_documents``: issued first); an edge's ``weight`` counts
    the documents two organs issued together and ``doc_ids`` names them. Organ nodes carry
    ``function``, ``function_en``, ``organ_level`` and ``organ_kind``.

    >>> from types import SimpleNamespace
    >>> docs = pd.DataFrame({"doc_id": ["d1", "d2"], "jurisdiction": ["某市", "某市"], "admin_level": ["prefecture"] * 2,
    ...     "issuer": ["市发展改革委", "市财政局"], "issuers": ["市发展改革委；市财政局", "市财政局"]})
    >>> g = joint_issuance_graph(SimpleNamespace(documents=docs))
    >>> g.edges["某市|市发展改革委", "某市|市财政局"]["weight"], g.nodes["某市|市财政局"]["documents"]
    (1, 2)
    >>> sorted(joint_issuance_graph(SimpleNamespace(documents=docs), by="function").edges)
    [('发展改革', '财政')]
    """
    from .functions import classify_department

    if by not in ("organ", "function"):
        raise ValueError(f"by={by!r}: use 'organ' or 'function'")
    documents = corpus.documents
    places = place_labels(documents)
    issuers = issuers_of(documents)
    graph = nx.Graph(kind="joint issuance", by=by, documents=len(documents),
                     joint_documents=int(sum(len(set(i)) > 1 for i in issuers)))
    levels = dict(zip(documents.doc_id, documents.get("admin_level", pd.Series("", index=documents.index))))
    for doc_id in documents.doc_id:
        place, organs = places[doc_id], issuers[doc_id]
        suffix = next((s for s in ("自治区", "省", "市", "州", "盟", "县", "区", "旗") if place.endswith(s)), "")
        nodes = []
        for position, organ in enumerate(organs):
            facts = classify_department(organ, suffix, levels.get(doc_id) or "")
            if by == "function":
                key = facts.function or organ
                attributes = {"function_en": facts.function_en}
            else:
                key = f"{place}|{organ}"
                attributes = {"label": organ, "jurisdiction": place, **facts._asdict()}
            if key not in graph:
                graph.add_node(key, documents=0, lead_documents=0, **attributes)
            if key not in nodes:
                graph.nodes[key]["documents"] += 1
                graph.nodes[key]["lead_documents"] += position == 0
                nodes.append(key)
        for a, b in combinations(sorted(nodes), 2):
            if graph.has_edge(a, b):
                graph.edges[a, b]["weight"] += 1
                graph.edges[a, b]["doc_ids"] += f",{doc_id}"
            else:
                graph.add_edge(a, b, weight=1, doc_ids=doc_id)
    return graph
