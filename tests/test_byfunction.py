"""Comparisons by function: leading and carrying functions, the function network, joint issuance."""

from types import SimpleNamespace

import networkx as nx
import pandas as pd
import pytest

import policycompare as pc
from policycompare.byfunction import (function_graph, function_pairs, function_roles, issuers_of,
                                      joint_issuance_graph, leading_function)


@pytest.fixture(scope="module")
def toy():
    """Two counties whose bureaus are spelled differently but share functions."""
    rows = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "b", "b"],
        "measure_id": ["a-m1", "a-m1", "a-m2", "b-m1", "b-m1", "b-m1"],
        "department": ["区发改局", "区财政局", "区发展和改革局", "县发展改革委", "县财政局", "有关部门"],
        "role": ["lead", "cooperate", "responsible", "lead", "responsible", "cooperate"],
        "collective": [False, False, False, False, False, True],
    })
    documents = pd.DataFrame({"doc_id": ["a", "b"], "jurisdiction": ["甲区", "乙县"], "admin_level": ["county"] * 2,
                              "issuer": ["甲区人民政府", "乙县发展改革委"],
                              "issuers": ["甲区人民政府", "乙县发展改革委；乙县财政局；乙县教育局"]})
    from policycompare.functions import add_functions

    return SimpleNamespace(assignments=add_functions(rows, documents), documents=documents)


def test_spellings_of_one_function_pool_across_jurisdictions(toy):
    pooled = function_roles(toy).query("jurisdiction == 'pooled'").set_index("function")
    assert pooled.loc["发展改革", ["measures", "leads"]].tolist() == [3, 2]
    assert pooled.loc["财政", ["measures", "leads"]].tolist() == [2, 0]
    assert pooled.loc["发展改革", "function_en"] == "Development and Reform"
    assert "" not in pooled.index  # collective placeholders are not a function


def test_leading_function_per_jurisdiction(toy):
    table = leading_function(toy).set_index("jurisdiction")
    assert table.loc["甲区", "carries_most"] == "发展改革" and table.loc["乙县", "leads_most"] == "发展改革"


def test_function_pairs_and_the_pooled_network(toy):
    pairs = function_pairs(toy)
    pooled = pairs[pairs.jurisdiction == "pooled"]
    assert pooled[["function_a", "function_b", "measures", "lead_pairs"]].values.tolist() == [["发展改革", "财政", 2, 2]]
    graph = function_graph(toy)
    assert set(graph) == {"发展改革", "财政"} and graph.edges["发展改革", "财政"]["weight"] == 2
    assert graph.nodes["发展改革"]["jurisdictions"] == 2
    assert function_graph(toy, "乙县").graph["jurisdiction"] == "乙县"


def test_joint_issuance_uses_issuers_when_present_else_issuer(toy):
    graph = joint_issuance_graph(toy)
    assert graph.graph["joint_documents"] == 1
    assert graph.degree("乙县|乙县发展改革委") == 2 and graph.nodes["乙县|乙县发展改革委"]["lead_documents"] == 1
    assert graph.nodes["乙县|乙县教育局"]["function"] == "教育"
    by_function = joint_issuance_graph(toy, by="function")
    assert {frozenset(e) for e in by_function.edges} == {frozenset(p) for p in
                                                         [("发展改革", "教育"), ("发展改革", "财政"), ("教育", "财政")]}
    without = SimpleNamespace(documents=toy.documents.drop(columns="issuers"))
    assert issuers_of(without.documents).tolist() == [["甲区人民政府"], ["乙县发展改革委"]]
    assert joint_issuance_graph(without).number_of_edges() == 0


def test_on_the_seed_corpus_graphs_export():
    corpus = pc.load_corpus("corpus")
    graph = function_graph(corpus)
    assert "司法" in graph and all(isinstance(v, (int, str)) for _, d in graph.nodes(data=True) for v in d.values())
    nx.generate_gexf(graph)  # attributes are plain values: the graph exports for Gephi
    nx.generate_gexf(joint_issuance_graph(corpus))


def test_unknown_grouping_is_a_clear_error(toy):
    with pytest.raises(ValueError, match="by="):
        joint_issuance_graph(toy, by="province")
