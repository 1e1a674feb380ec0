"""Stage 5: the department-responsibility network, per jurisdiction and pooled.

Plain functions over networkx graphs, built from the ``assignments`` table; everything a node or an
edge means is carried as an attribute, so a graph exported to GEXF or GraphML for Gephi is
self-describing.

* :func:`responsibility_graph`: the two-mode graph of measures and departments (``bipartite`` 0/1);
  an edge per (measure, department) carries its roles and sources.
* :func:`co_responsibility_graph`: departments linked when they share measures, weighted by the
  number shared, with counts per role pair (lead-responsible, responsible-responsible …);
  ``directed=True`` gives lead -> other-unit edges only.
* :func:`department_table` and :func:`network_comparison`: the measures of the network as tidy tables.

Department nodes are keyed ``"<jurisdiction>|<department>"`` because the 办公室 of one bureau is
not the 办公室 of another. Collective placeholders (有关处室 …) are kept and flagged by default;
``drop_collective=True`` removes them and records what was removed in ``graph.graph["dropped"]``.
"""

from __future__ import annotations

import re
from functools import partial
from collections import namedtuple
from itertools import combinations
from pathlib import Path
from typing import Iterator

import networkx as nx
import numpy as np
import pandas as pd

from .corpus import place_labels
from .parallel import claimed, imap_batches, one_native_thread
from .paths import inside, safe_stems

# a worker holds a batch's graphs until it sends them back: at 10,000 documents (859 places) the
# stage added 730 MB to the process tree with 54 places a batch, 500 MB with 8
PLACES_PER_BATCH = 8
PARALLEL_PLACES = 200  # below this many jurisdictions, worker start-up costs more than it saves
ROLE_ORDER = ["lead", "responsible", "supervise", "assess", "cooperate", "mentioned"]
DEPARTMENT_COLUMNS = ["jurisdiction", "department", "english", "unit_type", "collective", "measures",
                      "share_of_measures", "leads", "degree", "weighted_degree", "betweenness", "eigenvector", "community"]
COMPARISON_COLUMNS = [
    "jurisdiction", "measures", "measures_with_unit", "share_with_unit", "departments", "edges", "density",
    "degree_centralisation", "largest_hub", "hub_share", "collective_share", "units_per_measure", "communities",
]


GRAPH_COLUMNS = ["doc_id", "measure_id", "department", "role", "collective", "source", "english", "unit_type"]


def _selected(corpus, text_actors: bool) -> pd.DataFrame:
    """Assignments with their place label, sorted; text actors optional. Only the columns a graph
    shows are kept: on a large corpus every copy of the full table costs hundreds of megabytes."""
    places = place_labels(corpus.documents)
    rows = corpus.assignments[GRAPH_COLUMNS]
    rows = rows.assign(place=rows.doc_id.map(places))
    if not text_actors:
        rows = rows[rows.source == "annotation"]
    return rows.sort_values(["measure_id", "department", "role"], kind="stable")


def responsibility_graph(corpus, jurisdiction: str | None = None, text_actors: bool = True,
                         drop_collective: bool = False) -> nx.Graph:
    """Two-mode graph: measures (bipartite=0) and departments (bipartite=1) of one jurisdiction or all.

    >>> import policycompare as pc
    >>> g = responsibility_graph(pc.load_corpus("corpus"), "西安市", text_actors=False)
    >>> g.nodes["西安市|市局法规处"]["english"], g.graph["jurisdiction"]
    ('Regulations and Forensic Appraisal Division', '西安市')
    """
    rows = _selected(corpus, text_actors)
    plan_measures = len(corpus.measures)
    if jurisdiction is not None:
        rows = rows[rows.place == jurisdiction]
        plan_measures = int((corpus.measures.doc_id.map(place_labels(corpus.documents)) == jurisdiction).sum())
    records = _Columns(rows).records(np.arange(len(rows)))
    return _graph(records, _measure_info(corpus), jurisdiction or "pooled", plan_measures, text_actors,
                  drop_collective)


def responsibility_graphs(corpus, text_actors: bool = True, drop_collective: bool = False) -> dict[str, nx.Graph]:
    """The two-mode graph of every jurisdiction, keyed by place label, built in one pass.

    Equal to ``responsibility_graph(corpus, place)`` for each place, without re-reading the tables
    once per place (a corpus of every county's plan has thousands of places).

    >>> import policycompare as pc
    >>> sorted(responsibility_graphs(pc.load_corpus("corpus")))
    ['天津市滨海新区', '天门市', '未具名(001)', '西安市']
    """
    return {job[2]: _graph(*job, text_actors, drop_collective) for job in _place_jobs(corpus, text_actors)[1]}


_Record = namedtuple("_Record", [*GRAPH_COLUMNS, "place"])


class _Columns:
    """A table's columns as integer codes into their distinct values: the rows of any subset are
    made as plain tuples (:meth:`records`) at the cost of array indexing, not of a pandas
    selection per subset, and the codes take a few bytes a row where Python strings take a hundred."""

    def __init__(self, table: pd.DataFrame):
        self.codes, self.values = [], []
        for name in _Record._fields:
            codes, values = pd.factorize(table[name], sort=False, use_na_sentinel=False)
            self.codes.append(codes.astype(np.int32))
            self.values.append(np.asarray(values.tolist(), dtype=object))

    def records(self, rows: np.ndarray) -> list[_Record]:
        """The rows at positions ``rows``, in that order."""
        columns = [values[codes[rows]].tolist() for codes, values in zip(self.codes, self.values)]
        return list(map(_Record._make, zip(*columns)))


def _place_jobs(corpus, text_actors: bool) -> tuple[int, Iterator[tuple[list, dict, str, int]]]:
    """The number of jurisdictions and what each one's graph is built from, in place order: its
    assignments (records), the measures they name, its place label and its number of measures.

    The jobs are made one at a time as they are drawn, so a stage working through them holds the
    inputs of the places in progress only, not a second copy of the assignments split by place.
    """
    places = place_labels(corpus.documents)
    plan_measures = corpus.measures.doc_id.map(places).value_counts()
    selected = _selected(corpus, text_actors)
    positions = selected.groupby("place", sort=False).indices  # row numbers of each place, in table order
    columns = _Columns(selected)
    # what measure nodes show, looked up per place: a dict of every measure costs 90 MB at 250,000
    shown = corpus.measures.drop_duplicates("measure_id", keep="last").set_index("measure_id")[["heading", "path"]]
    ordered = sorted(set(places))
    del selected

    def jobs():
        for place in ordered:
            rows = columns.records(positions.get(place, np.zeros(0, dtype=np.int64)))
            named = shown.loc[list(dict.fromkeys(row.measure_id for row in rows))]
            info = dict(zip(named.index, zip(named.heading.tolist(), named.path.tolist())))
            yield rows, info, place, int(plan_measures.get(place, 0))

    return len(ordered), jobs()


def _measure_info(corpus) -> dict[str, tuple[str, str]]:
    """measure_id -> (heading, path): what a measure node shows."""
    measures = corpus.measures
    return dict(zip(measures.measure_id, zip(measures.heading, measures.path)))


_HALF_WIDTH_BRACKETS = str.maketrans("（）", "()")


def _graph(rows: list, info: dict, jurisdiction: str, plan_measures: int, text_actors: bool,
           drop_collective: bool) -> nx.Graph:
    graph = nx.Graph(jurisdiction=jurisdiction, text_actors=text_actors, drop_collective=drop_collective,
                     plan_measures=plan_measures, dropped=0, dropped_names="", assignments=0, collective_assignments=0)
    if drop_collective:
        dropped = [row for row in rows if row.collective]
        graph.graph["dropped"] = len(dropped)
        graph.graph["dropped_names"] = "、".join(sorted({row.department for row in dropped}))
        rows = [row for row in rows if not row.collective]
    graph.graph["assignments"] = len(rows)
    graph.graph["collective_assignments"] = sum(1 for row in rows if row.collective)
    for row in rows:
        heading, path = info[row.measure_id]
        graph.add_node(row.measure_id, bipartite=0, kind="measure", label=heading[:20], path=path,
                       doc_id=row.doc_id, jurisdiction=row.place)
        key = f"{row.place}|{row.department.translate(_HALF_WIDTH_BRACKETS)}"  # 乡（镇） and 乡(镇): one unit
        graph.add_node(key, bipartite=1, kind="department", label=row.department, english=row.english,
                       unit_type=row.unit_type, collective=bool(row.collective), jurisdiction=row.place)
        if graph.has_edge(row.measure_id, key):  # a unit with two roles in one measure: one edge
            edge = graph.edges[row.measure_id, key]
            edge["roles"] = _join(edge["roles"], row.role)
            edge["sources"] = _join(edge["sources"], row.source)
        else:
            graph.add_edge(row.measure_id, key, roles=row.role, sources=row.source)
    for node, data in graph.nodes(data=True):
        if data["kind"] == "department":
            roles = [graph.edges[node, m]["roles"] for m in graph[node]]
            data["measures"] = len(roles)
            data["leads"] = sum("lead" in r.split(",") for r in roles)
    return graph


def _join(existing: str, value: str) -> str:
    """Add a value to a comma-joined set, roles in ROLE_ORDER and anything else after them."""
    parts = set(existing.split(",")) | {value}
    return ",".join(sorted(parts, key=lambda p: (ROLE_ORDER.index(p) if p in ROLE_ORDER else len(ROLE_ORDER), p)))


def departments_of(graph: nx.Graph) -> list[str]:
    """The department nodes of a two-mode graph, sorted.

    >>> departments_of(nx.Graph([("m1", "d1")]))
    []
    """
    return sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "department")


def co_responsibility_graph(two_mode: nx.Graph, directed: bool = False) -> nx.Graph:
    """Departments linked by the measures they share.

    Edge attributes: ``weight`` (measures shared) and one count per role pair, e.g.
    ``lead-responsible``. With ``directed=True``, edges run from a measure's lead units to its other
    units only.

    >>> g = nx.Graph()
    >>> g.add_nodes_from(["a", "b"], kind="department"); g.add_node("m", kind="measure")
    >>> g.add_edge("m", "a", roles="lead"); g.add_edge("m", "b", roles="responsible")
    >>> dict(co_responsibility_graph(g).edges["a", "b"])
    {'weight': 1, 'lead-responsible': 1}
    """
    result = nx.DiGraph() if directed else nx.Graph()
    result.graph.update(two_mode.graph)
    for node in departments_of(two_mode):
        result.add_node(node, **two_mode.nodes[node])
    measures = sorted(n for n, d in two_mode.nodes(data=True) if d.get("kind") == "measure")
    edges = {}  # (a, b) -> attributes: counted in plain dicts, added to the graph once
    for measure in measures:
        units = sorted(two_mode[measure])
        roles = {unit: two_mode.edges[measure, unit]["roles"].split(",")[0] for unit in units}
        pairs = ([(a, b) for a in units for b in units if a != b and roles[a] == "lead" and roles[b] != "lead"]
                 if directed else combinations(units, 2))
        for a, b in pairs:
            pair = "-".join(sorted((roles[a], roles[b]), key=ROLE_ORDER.index)) if not directed else f"{roles[a]}-{roles[b]}"
            edge = edges.get((a, b))
            if edge is None:
                edge = edges[a, b] = {"weight": 0}
            edge["weight"] += 1
            edge[pair] = edge.get(pair, 0) + 1
    result.add_edges_from((a, b, data) for (a, b), data in edges.items())  # in order of first sharing, as added
    return result


def department_table(two_mode: nx.Graph) -> pd.DataFrame:
    """One row per department: measures carried, share of the plan's measures, times as lead,
    degree and weighted degree in the co-responsibility graph, betweenness, eigenvector centrality
    and community (Louvain, seeded, numbered by size).

    >>> import policycompare as pc
    >>> table = department_table(responsibility_graph(pc.load_corpus("corpus"), "天津市滨海新区", False))
    >>> table.iloc[0][["department", "measures"]].astype(str).tolist()
    ['办公室', '32']
    """
    return _department_table(two_mode, co_responsibility_graph(two_mode))


def _department_table(two_mode: nx.Graph, co: nx.Graph) -> pd.DataFrame:
    measures_total = two_mode.graph["plan_measures"]
    betweenness = _betweenness(co)
    eigen = _eigenvector(co)
    community = _communities(co)
    # one list per column, rows in table order (most measures first): a DataFrame built from
    # columns costs a fraction of one built from a dict per row and then sorted (a table per place)
    nodes = sorted(departments_of(two_mode), key=lambda n: (-two_mode.nodes[n]["measures"], two_mode.nodes[n]["label"]))
    if not nodes:
        return pd.DataFrame([], columns=DEPARTMENT_COLUMNS)
    data = [two_mode.nodes[node] for node in nodes]
    degree, weighted = co.degree(nodes), co.degree(nodes, weight="weight")
    return pd.DataFrame({
        "jurisdiction": [d["jurisdiction"] for d in data], "department": [d["label"] for d in data],
        "english": [d["english"] for d in data], "unit_type": [d["unit_type"] for d in data],
        "collective": [d["collective"] for d in data], "measures": [d["measures"] for d in data],
        "share_of_measures": [round(d["measures"] / measures_total, 4) if measures_total else 0.0 for d in data],
        "leads": [d["leads"] for d in data], "degree": [degree[n] for n in nodes],
        "weighted_degree": [weighted[n] for n in nodes],
        "betweenness": [round(betweenness.get(n, 0.0), 4) for n in nodes],
        "eigenvector": [round(eigen.get(n, 0.0), 4) for n in nodes],
        "community": [community.get(n, -1) for n in nodes],
    }, columns=DEPARTMENT_COLUMNS)


def _betweenness(graph: nx.Graph) -> dict:
    """``nx.betweenness_centrality(graph, weight=None)`` (normalised), by matrix products over all
    sources at once where the graph is small: the same shortest-path counts and dependencies as
    Brandes' algorithm, summed in another order (equal to rounding error, 1e-16), at a fraction of
    the cost on the many small graphs of a corpus's places.

    >>> {n: round(v, 2) for n, v in _betweenness(nx.path_graph(3)).items()}
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    n = len(graph)
    if n <= 2 or n > DENSE_EIGEN_NODES:
        return nx.betweenness_centrality(graph, weight=None)
    index = {node: i for i, node in enumerate(graph)}
    adjacency = np.zeros((n, n))
    for a, b in graph.edges():
        adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = 1.0
    return dict(zip(index, (_dependencies(adjacency) / ((n - 1) * (n - 2))).tolist()))


def _dependencies(adjacency: np.ndarray) -> np.ndarray:
    """Each node's summed dependency over all sources (Brandes), from the breadth-first layers of
    every source at once: row s of each layer holds the shortest-path counts from s (zero where s
    does not reach)."""
    size = len(adjacency)
    paths, distance = np.eye(size), np.where(np.eye(size) > 0, 0, -1)
    layers = [np.eye(size)]
    while True:
        reached = layers[-1] @ adjacency
        reached[distance >= 0] = 0.0
        if not reached.any():
            break
        distance[reached > 0] = len(layers)
        paths += reached
        layers.append(reached)
    dependency = np.zeros((size, size))
    for depth in range(len(layers) - 1, 0, -1):
        share = np.divide(1.0 + dependency, paths, out=np.zeros((size, size)), where=distance == depth)
        dependency += np.where(distance == depth - 1, paths * (share @ adjacency), 0.0)
    np.fill_diagonal(dependency, 0.0)
    return dependency.sum(axis=0)


def _eigenvector(graph: nx.Graph) -> dict:
    """Eigenvector centrality per connected component (it is undefined across components)."""
    result = {}
    # a small graph's weights as one matrix, nodes sorted: each component's block is what its
    # sorted subgraph would give, without building that subgraph
    nodes = sorted(graph) if len(graph) <= DENSE_EIGEN_NODES else []
    index = {node: i for i, node in enumerate(nodes)}
    weights = np.zeros((len(nodes), len(nodes)))
    for a, b, weight in graph.edges(data="weight", default=1) if nodes else ():
        weights[index[a], index[b]] = weights[index[b], index[a]] = weight
    for component in nx.connected_components(graph):
        if len(component) < 3:
            result.update(dict.fromkeys(component, 0.0))
        elif nodes:
            members = sorted(component)
            at = [index[node] for node in members]
            result.update(_principal(weights[np.ix_(at, at)], members))
        else:
            sub = _sorted_subgraph(graph, component)
            result.update(_principal_eigenvector(sub) if len(sub) <= DENSE_EIGEN_NODES
                          else nx.eigenvector_centrality_numpy(sub, weight="weight"))
    return result


DENSE_EIGEN_NODES = 400  # up to this many units, a dense eigensolver is faster than ARPACK


def _principal_eigenvector(graph: nx.Graph) -> dict:
    """``nx.eigenvector_centrality_numpy`` of a connected undirected graph, by a dense symmetric
    eigensolver: the principal eigenvector is unique (Perron-Frobenius), so the two agree to
    rounding error (1e-12) at a tenth of the cost on the small graphs of one place.

    >>> {n: round(v, 2) for n, v in _principal_eigenvector(nx.path_graph(3)).items()}
    {0: 0.5, 1: 0.71, 2: 0.5}
    """
    nodes = list(graph)
    return _principal(nx.to_numpy_array(graph, nodelist=nodes, weight="weight", dtype=float), nodes)


def _principal(matrix: np.ndarray, nodes: list) -> dict:
    """The principal eigenvector of a connected graph's symmetric weight matrix, summing to more than 0."""
    largest = np.linalg.eigh(matrix)[1][:, -1]
    largest = largest / (np.sign(largest.sum()) * np.linalg.norm(largest))
    return dict(zip(nodes, largest.tolist()))


def _sorted_subgraph(graph: nx.Graph, nodes) -> nx.Graph:
    """A copy of the subgraph on ``nodes`` with nodes and edges in sorted order.

    ``graph.subgraph(set)`` iterates in the set's order, which changes with Python's string hashing
    from one process to the next; layouts and eigenvectors depend on that order.
    """
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_edges_from(sorted(tuple(sorted(edge)) + (data,) for *edge, data in graph.subgraph(nodes).edges(data=True)))
    return sub


COMMUNITY_SEED = 0


def _communities(graph: nx.Graph) -> dict:
    """Louvain communities (seeded: the same on every run), numbered from the largest.

    Louvain rather than greedy modularity: on the 344 networks of 1,000 generated documents it
    finds partitions of slightly higher modularity (0.432 vs 0.427 on average) in 40% of the time.
    """
    if graph.number_of_edges() == 0:
        return {node: i for i, node in enumerate(sorted(graph))}
    groups = nx.community.louvain_communities(graph, weight="weight", seed=COMMUNITY_SEED)
    groups = sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))
    return {node: i for i, group in enumerate(groups) for node in group}


def network_comparison(corpus, text_actors: bool = True) -> pd.DataFrame:
    """One row per jurisdiction, so networks compare at a glance (see ``COMPARISON_COLUMNS``).

    ``degree_centralisation`` is Freeman's: 0 when every unit is as central as every other, 1 for a
    star. ``collective_share`` is the share of assignments that go to placeholders naming no single
    unit: a measure of vague accountability.

    >>> import policycompare as pc
    >>> network_comparison(pc.load_corpus("corpus")).loc[3, ["jurisdiction", "departments"]].astype(str).tolist()
    ['西安市', '25']
    """
    return network_tables(corpus, text_actors)[2]


def network_tables(corpus, text_actors: bool = True, executor=None
                   ) -> tuple[dict[str, nx.Graph], pd.DataFrame, pd.DataFrame]:
    """Every jurisdiction's co-responsibility graph, the department table of all and the
    comparison table, each graph built and measured once: on the local cores when there are many
    jurisdictions, or on ``executor`` (see :mod:`policycompare.parallel`). The two-mode graphs
    (one node per measure) are not kept: on a large corpus they take more memory than the tables.

    >>> import policycompare as pc
    >>> graphs, departments, comparison = network_tables(pc.load_corpus("corpus"))
    >>> len(graphs), len(comparison), departments.jurisdiction.nunique() <= len(graphs)
    (4, 4, True)
    """
    # places are independent: thousands of them (every county's plan) are built and measured on all
    # cores, streamed: each place's input is made as its batch is sent, each result kept as it comes back
    count, jobs = _place_jobs(corpus, text_actors)
    graphs, tables, rows = {}, [], []
    with one_native_thread():  # eigenvectors of small graphs: extra BLAS threads only spin
        for co, table, row in imap_batches(_place_network, (job + (text_actors,) for job in jobs), executor,
                                           local_below=PARALLEL_PLACES, progress="networks", total=count,
                                           batch_size=PLACES_PER_BATCH):
            graphs[co.graph["jurisdiction"]] = co
            tables.append(table)
            rows.append(row)
    departments = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=DEPARTMENT_COLUMNS)
    comparison = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    return graphs, departments, comparison


def _place_network(job: tuple) -> tuple[nx.Graph, pd.DataFrame, dict]:
    """One jurisdiction's co-responsibility graph, department table and comparison row."""
    graph = _graph(*job, drop_collective=False)
    co = co_responsibility_graph(graph)
    table = _department_table(graph, co)
    return co, table, _comparison_row(graph, co, table)


def _comparison_row(graph: nx.Graph, co: nx.Graph, table: pd.DataFrame) -> dict:
    measures = graph.graph["plan_measures"]
    with_unit = sum(1 for _, kind in graph.nodes(data="kind") if kind == "measure")
    hub = table.iloc[0] if len(table) else None
    assignments = graph.graph["assignments"]
    return {
        "jurisdiction": graph.graph["jurisdiction"], "measures": measures, "measures_with_unit": with_unit,
        "share_with_unit": round(with_unit / measures, 4) if measures else 0.0,
        "departments": co.number_of_nodes(), "edges": co.number_of_edges(),
        "density": round(nx.density(co), 4) if len(co) > 1 else 0.0,
        "degree_centralisation": round(_centralisation(co), 4),
        "largest_hub": hub.department if hub is not None else "",
        "hub_share": round(hub.measures / measures, 4) if hub is not None and measures else 0.0,
        "collective_share": round(graph.graph["collective_assignments"] / assignments, 4) if assignments else 0.0,
        # units per measure: distinct (measure, unit) pairs, i.e. edges of the two-mode graph
        "units_per_measure": round(graph.number_of_edges() / with_unit, 2) if with_unit else 0.0,
        "communities": int(table.community.nunique()) if len(table) else 0,
    }


def _centralisation(graph: nx.Graph) -> float:
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _, d in graph.degree()]
    return sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))


def export_graphs(graphs: dict[str, nx.Graph], folder: str | Path, suffixes=(".gexf",), claim=None) -> list[Path]:
    """Write each jurisdiction's graph as ``<folder>/network_<jurisdiction><suffix>``; return the paths.

    The jurisdiction is made a safe, bounded file name (:func:`~policycompare.paths.safe_stems`),
    so a name read from the data never writes outside ``folder``. ``claim``, if given, is called
    for the position of the next graph to write until it passes the last (a
    :class:`~policycompare.parallel.Claims` shared by processes writing the same graphs: each
    writes those it claims, whoever is free first).

    >>> [p.name for p in export_graphs({"x/../../pwned": nx.Graph([("甲", "乙")])}, "/tmp/pc-graphs")]
    ['network_x_pwned.gexf']
    """
    paths = graph_paths(graphs, folder, suffixes)
    places = list(graphs) if claim is None else claimed(list(graphs), claim)
    return [export_graph(graphs[place], path) for place in places for path in paths[place]]


def graph_paths(graphs: dict, folder: str | Path, suffixes=(".gexf",)) -> dict[str, list[Path]]:
    """The files :func:`export_graphs` writes for each place, in the order of ``graphs``.

    >>> graph_paths({"甲县": None}, "/tmp/pc-graphs")
    {'甲县': [PosixPath('/tmp/pc-graphs/network_甲县.gexf')]}
    """
    stems = safe_stems(graphs)
    return {place: [inside(folder, f"network_{stems[place]}{suffix}") for suffix in suffixes] for place in graphs}


def export_graph(graph: nx.Graph, path: str | Path) -> Path:
    """Write a graph as GEXF or GraphML (by the file's suffix), Chinese labels intact (UTF-8).

    >>> export_graph(nx.Graph([("甲", "乙")]), "/tmp/example.graphml").name  # doctest: +SKIP
    'example.graphml'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gexf":
        path.write_bytes(_gexf_bytes(graph))
    elif path.suffix == ".graphml":
        nx.write_graphml(graph, path, encoding="utf-8")
    else:
        raise ValueError(f"{path}: use a .gexf or .graphml file name")
    return path


def _gexf_bytes(graph: nx.Graph) -> bytes:
    """What ``nx.write_gexf`` writes, but for the day of writing (``<meta lastmodifieddate>``): the
    same graph gives the same file on any day, as every other output of a run does.

    Graphs of plain static attributes (ours) are written as text directly, byte for byte as
    networkx would: its element tree cost ten times the time (3.3 s of CPU for the 344 graphs of
    1,000 documents). Any other graph (dynamic, multi, lists, viz …) is written by networkx.
    """
    text = _plain_gexf(graph)
    return ("<?xml version='1.0' encoding='utf-8'?>\n" + (text or _networkx_gexf(graph))).encode("utf-8")


def _networkx_gexf(graph: nx.Graph) -> str:
    from xml.etree import ElementTree

    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph(graph)
    for meta in writer.xml.iter("meta"):
        meta.attrib.pop("lastmodifieddate", None)
    writer.indent(writer.xml)
    return ElementTree.tostring(writer.xml, encoding="unicode")  # one string: no encoder call per piece


# the attribute types networkx's writer declares, and the keys it reads as more than attributes
_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_GEXF_SPECIAL = frozenset({"id", "label", "pid", "start", "end", "parents", "spells", "slices", "viz", "type",
                           "key", "networkx_key"})
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;",
                          "\t": "&#09;"})
_TO_ESCAPE = re.compile('[&<>"\r\n\t]')


def _plain_gexf(graph: nx.Graph) -> str | None:
    """The GEXF text of a static graph whose attributes are plain values, or None for any other."""
    special = {"mode", "node_default", "edge_default"}
    if graph.is_multigraph() or special & set(graph.graph) or not _plain_items(graph.nodes(data=True), ("label",)):
        return None
    if not _plain_items(graph.edges(data=True), ("weight",)):
        return None
    ids: dict = {"node": {}, "edge": {}}
    names = {node: _attr(node) for node in graph}  # each is written once per node and edge it has
    nodes = [_gexf_element("node", f'id="{names[node]}" label="{_attr(data.get("label", node))}"',
                           {k: value for k, value in data.items() if k != "label"}, ids)
             for node, data in graph.nodes(data=True)]
    edges = []
    for number, (u, v, data) in enumerate(graph.edges(data=True)):
        weight = f' weight="{_attr(data["weight"])}"' if "weight" in data else ""
        values = {k: value for k, value in data.items() if k != "weight"}
        edges.append(_gexf_element("edge", f'source="{names[u]}" target="{names[v]}" id="{number}"{weight}',
                                   values, ids))
    kind = "directed" if graph.is_directed() else "undirected"
    lines = ['<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
             "  <meta>", f"    <creator>NetworkX {nx.__version__}</creator>", "  </meta>",
             f'  <graph defaultedgetype="{kind}" mode="static" name="{_attr(graph.graph.get("name", ""))}">']
    for cls in ("edge", "node"):  # networkx inserts each block first: the edges' stands before the nodes'
        if ids[cls]:
            lines.append(f'    <attributes mode="static" class="{cls}">')
            lines += [f'      <attribute id="{number}" title="{_attr(title)}" type="{kind}" />'
                      for title, (number, kind) in ids[cls].items()]
            lines.append("    </attributes>")
    for name, elements in (("nodes", nodes), ("edges", edges)):
        lines += [f"    <{name}>", *elements, f"    </{name}>"] if elements else [f"    <{name} />"]
    return "\n".join([*lines, "  </graph>", "</gexf>", ""])


def _plain_items(items, allowed: tuple) -> bool:
    return all(type(value) in _GEXF_TYPES and (key not in _GEXF_SPECIAL or key in allowed)
               for *_, data in items for key, value in data.items())


def _gexf_element(tag: str, head: str, data: dict, ids: dict) -> str:
    """One <node> or <edge> with its <attvalues>. Attribute ids are numbered in the order first
    met, nodes' then edges', on one count (as networkx numbers them)."""
    if not data:
        return f"      <{tag} {head} />"
    known, values = ids[tag], []
    for key, value in data.items():
        if key not in known:
            known[key] = (sum(map(len, ids.values())), _GEXF_TYPES[type(value)])
        values.append(f'          <attvalue for="{known[key][0]}" value="{_value(value)}" />')
    return "\n".join([f"      <{tag} {head}>", "        <attvalues>", *values, "        </attvalues>", f"      </{tag}>"])


def _attr(value) -> str:
    text = str(value)
    return text.translate(_ESCAPES) if _TO_ESCAPE.search(text) else text


def _value(value) -> str:
    kind = type(value)
    if kind is str:
        return _attr(value)
    if kind is bool:
        return "true" if value else "false"
    text = str(value)
    return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text) if kind is float else text


MAX_NODES = 40  # units drawn per network; the department table has them all
LABELLED_NODES = 18  # units named per network figure, by degree, as many as fit without overlapping
PANEL_LABELS = 6  # units named in each small panel of network_all (the figure of each jurisdiction names them all)
PANELS = 12  # jurisdictions in the small-multiples figure (and drawn one by one)


def draw_network(co: nx.Graph, ax, english: bool = False, max_nodes: int = MAX_NODES,
                 labelled: int = LABELLED_NODES, positions: dict | None = None) -> dict:
    """Draw a co-responsibility graph on ``ax``: node size by measures carried, edge width by
    measures shared, units that lead a measure outlined in red, collective placeholders grey.

    At most ``max_nodes`` units are drawn (those carrying most measures; the title says how many of
    how many), and the ``labelled`` units of highest degree are named, less any label that would
    overlap one of a higher-degree unit. The layout (Kamada-Kawai on sorted components) has no
    randomness: the same graph is drawn the same way every time. Returns the positions of the units
    drawn, which a second drawing of the same graph may pass as ``positions`` (a layout costs more
    than the drawing).

    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots()
    >>> g = nx.Graph(jurisdiction="x")
    >>> g.add_nodes_from("abc", measures=1, collective=False, leads=0, label="unit", english="")
    >>> g.add_edges_from([("a", "b"), ("b", "c")], weight=1)
    >>> sorted(draw_network(g, ax, max_nodes=2)), ax.get_title()
    (['a', 'b'], 'x (2 of 3 units)')
    >>> plt.close(figure)
    """
    from .plotting import hide_overlapping

    title = co.graph.get("jurisdiction", "")
    total = co.number_of_nodes()
    if total > max_nodes:
        co = _drawn_units(co, max_nodes)
        title += f" ({max_nodes} of {total} units)"
    ax.set_title(title, fontsize=10)
    ax.set_axis_off()
    if co.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no responsible units named\n未写明责任单位", ha="center", va="center", fontsize=9,
                color="grey", transform=ax.transAxes)
        return {}
    positions = positions or _layout(co)
    nodes = sorted(co)
    most = max(co.nodes[n]["measures"] for n in nodes) or 1
    sizes = [30 + 270 * (co.nodes[n]["measures"] / most) ** 0.5 for n in nodes]  # the same scale in every panel
    colours = ["#bbbbbb" if co.nodes[n]["collective"] else "#4c72b0" for n in nodes]
    outlines = ["#d62728" if co.nodes[n]["leads"] else "white" for n in nodes]
    # each edge as (smaller, larger): a subgraph view of fewer than half the units yields its edges
    # in set order, which changes with Python's string hashing from one process to the next
    edges = sorted(tuple(sorted(edge)) for edge in co.edges)
    widths = [0.4 + 0.6 * min(co.edges[e]["weight"], 8) for e in edges]
    nx.draw_networkx_edges(co, positions, edgelist=edges, width=widths, alpha=0.35, ax=ax)
    nx.draw_networkx_nodes(co, positions, nodelist=nodes, node_size=sizes, node_color=colours,
                           edgecolors=outlines, linewidths=1.6, ax=ax)
    named = sorted(nodes, key=lambda n: (-co.degree(n), -co.nodes[n]["measures"], n))[:labelled]
    # one language per label set: English only when every unit named has an English name
    english = english and all(co.nodes[node]["english"] for node in named)
    texts = []
    for node in named:
        data = co.nodes[node]
        x, y = positions[node]
        texts.append(ax.annotate(data["english"] if english else data["label"], (x, y),
                                 xytext=(0, 7), textcoords="offset points", ha="center", fontsize=7,
                                 bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75}))
    ax.margins(0.12)
    ax.autoscale_view()  # the limits the labels are measured in
    low, high = ax.get_xlim()
    if high - low < MIN_X_SPAN:  # a few units side by side: not on the panel's edges, their names over the next
        middle = (low + high) / 2
        ax.set_xlim(middle - MIN_X_SPAN / 2, middle + MIN_X_SPAN / 2)
    low, high = ax.get_ylim()
    if high - low < MIN_Y_SPAN:  # units in one line: a rounding error of 1e-8 in height would fill the panel
        middle = (low + high) / 2
        ax.set_ylim(middle - MIN_Y_SPAN / 2, middle + MIN_Y_SPAN / 2)
    hide_overlapping(texts, pad=4.0)  # apart enough that two names never read as one
    return positions


MIN_X_SPAN = 3.0  # layout units (components stand 0.8 apart): two or three single units sit inside the panel
MIN_Y_SPAN = 1.5  # layout units: a row of units (a pair and single units) stays a row in the middle of the panel


def _layout(co: nx.Graph) -> dict:
    """Kamada-Kawai within each connected component (deterministic): larger components side by side,
    single units and pairs in rows underneath, so no label sits on another."""
    positions, offset, small = {}, 0.0, 0
    undirected = co.to_undirected(as_view=True)  # a view: a copy per component deep-copied every attribute
    components = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), sorted(c)[0]))
    largest = len(components[0])
    loose = sum(len(c) for c in components if len(c) <= 2) if largest > 2 else 0
    per_row = max(5, int(2 * loose ** 0.5))  # rows about as wide as the components above them
    spread = max(1.0, (largest / 5) ** 0.5)  # a component of many units gets room beside the rows of single units
    for component in components:
        sub = _sorted_subgraph(undirected, component)
        if len(sub) <= 2 and largest > 2:
            for node in sorted(sub):
                positions[node] = (small % per_row, -0.5 - spread - 0.6 * (small // per_row))
                small += 1
            continue
        local = nx.kamada_kawai_layout(sub, weight=None) if len(sub) > 2 else nx.circular_layout(sorted(sub))
        scale = max(0.25, (len(sub) / largest) ** 0.5) * spread
        xs = [p[0] for p in local.values()]
        for node, (x, y) in local.items():
            positions[node] = (offset + (x - min(xs)) * scale, y * scale)
        offset += (max(xs) - min(xs)) * scale + 0.8
    return positions


def plot_networks(corpus, folder: str | Path = "figures", text_actors: bool = True, english: bool = False,
                  panels: int = PANELS, graphs: dict[str, nx.Graph] | None = None, singles: bool = True,
                  vector: bool = True) -> list[Path]:
    """The networks of the ``panels`` jurisdictions with most units, one figure each, and side by side
    those of :func:`panel_places` (most units first, of the networks where two units share a measure),
    as PNG and SVG in ``folder`` (``graphs``: co-responsibility graphs by place, if already built;
    ``vector=False``: no SVG).

    Returns the files written (``network_<jurisdiction>.png/.svg``, ``network_all.png/.svg``).
    ``singles=False`` writes the panel of all only (the report does: its page shows that panel, and
    the single figures cost twice what it does). The other jurisdictions are in the department and
    comparison tables. A jurisdiction is made a safe file
    name by :func:`~policycompare.paths.safe_stems`.
    """
    from .plotting import saving_in_parallel, use_cjk_font

    use_cjk_font()
    if graphs is None:
        graphs = {place: co_responsibility_graph(graph)
                  for place, graph in responsibility_graphs(corpus, text_actors).items()}
    shown = sorted(graphs, key=lambda p: (-graphs[p].number_of_nodes(), p))[:panels]
    shown = sorted(shown, key=list(graphs).index)  # in place order, as the tables
    # layouts solve small optimisations (extra BLAS threads only spin); figures are written by
    # child processes while the next is drawn, all of them before the list of files is returned
    with one_native_thread(), saving_in_parallel():
        saved = _plot_shown(graphs, shown, folder, english, singles, panel_places(graphs, panels), vector)
    return [path for paths in saved for path in paths]


def _plot_shown(graphs: dict, shown: list, folder, english: bool, singles: bool = True,
                panels: list | None = None, vector: bool = True) -> list[list[Path]]:
    """Each shown network in its own figure (with ``singles``), then those of ``panels`` (default:
    :func:`panel_places`) side by side; the files of each.

    The layouts are computed here, once; each figure is drawn and written by a function that
    :func:`~policycompare.plotting.save_figure` runs in a child process when it can.
    """
    from .plotting import save_figure, save_figures

    stems = safe_stems(graphs)  # a place name from the data never leaves the folder nor runs too long
    panels = panel_places(graphs) if panels is None else panels
    layouts = {place: _layout(units) if len(units := _drawn_units(graphs[place])) else {}
               for place in dict.fromkeys((shown if singles else []) + panels)}  # each laid out once
    written = [save_figure(partial(_networks_figure, graphs, panels, english, layouts), "network_all", folder, vector)]
    if not singles:
        return written
    # the single figures in two halves, each half written by one child process
    names = {inside(folder, f"network_{stems[place]}").name: place for place in shown}
    half = (len(names) + 1) // 2
    for part in (list(names)[:half], list(names)[half:]):
        saved = save_figures({name: partial(_network_figure, graphs[names[name]], english, layouts[names[name]])
                              for name in part}, folder, vector)
        written[-1:-1] = [saved[name] for name in part]  # in place order, network_all last
    return written


def panel_places(graphs: dict[str, nx.Graph], panels: int = PANELS) -> list[str]:
    """The jurisdictions drawn side by side in ``network_all``: the ``panels`` with most units (then by
    name, the order of the networks table in the report) among those where two units share a
    measure. A network without an edge (one unit, or units never named together) shows no
    co-responsibility: its units are in the department table, not in an empty-looking panel.

    >>> one, two = nx.Graph(), nx.Graph()
    >>> one.add_node("a"); two.add_edge("b", "c")
    >>> panel_places({"甲市": one, "乙市": two})
    ['乙市']
    """
    linked = [place for place, graph in graphs.items() if graph.number_of_edges()]
    return sorted(linked, key=lambda p: (-graphs[p].number_of_nodes(), p))[:panels]


def _drawn_units(co: nx.Graph, max_nodes: int = MAX_NODES) -> nx.Graph:
    """The units :func:`draw_network` draws: the ``max_nodes`` carrying most measures."""
    if co.number_of_nodes() <= max_nodes:
        return co
    return co.subgraph(sorted(co, key=lambda n: (-co.nodes[n]["measures"], -co.degree(n), n))[:max_nodes])


def _network_figure(co: nx.Graph, english: bool, positions: dict):
    """One jurisdiction's network as a figure of its own."""
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots(figsize=(7, 6))
    draw_network(co, ax, english, positions=positions or None)
    return figure


def _networks_figure(graphs: dict, shown: list, english: bool, layouts: dict):
    """The shown networks side by side (small multiples); a note when no two units share a measure."""
    import matplotlib.pyplot as plt

    from .figures import _empty_figure, _title

    title = _title("部门责任网络", "Department co-responsibility networks", "en" if english else "zh")
    if not shown:
        return _empty_figure(title, "no two units share a measure in any jurisdiction"
                             + ("" if english else " 各地均无共同承担措施的单位"))
    columns = 2 if len(shown) <= 4 else 3 if len(shown) <= 9 else 4
    rows = max(1, (len(shown) + columns - 1) // columns)
    side = 6.0 if columns == 2 else 4.5
    figure, axes = plt.subplots(rows, columns, figsize=(side * columns, side * 0.85 * rows), squeeze=False)
    for ax, place in zip(axes.flat, shown):
        draw_network(graphs[place], ax, english, labelled=PANEL_LABELS if columns > 2 else LABELLED_NODES,
                     positions=layouts.get(place) or None)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_axis_off()
    linked = sum(1 for graph in graphs.values() if graph.number_of_edges())
    drawn = ""  # which jurisdictions, on a line of its own: after the legend, one line ran beyond the figure's edges
    if len(shown) < linked == len(graphs):
        drawn = f"\nThe {len(shown)} of {len(graphs)} jurisdictions with most units"
    elif len(shown) < linked:
        drawn = f"\nThe {len(shown)} with most units of the {linked} of {len(graphs)} jurisdictions where units share a measure"
    elif linked < len(graphs):
        drawn = f"\nThe {linked} of {len(graphs)} jurisdictions where units share a measure"
    figure.suptitle(f"{title}\n(node size: measures carried; edge width: measures shared; red outline: leads a measure; "
                    f"grey: collective placeholder){drawn}", fontsize=10)
    return figure
