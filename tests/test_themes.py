"""Tokens, vectors and themes on the seed measures."""

import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.pipeline import make_pipeline
from sklearn.utils.estimator_checks import (
    check_estimator,
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from policycompare.themes import Codebook, ThemeClusterer, agreement, analyse_themes, closest_across
from policycompare.tokens import Tokenizer, read_word_list
from policycompare.vectorize import PolicyVectorizer, cosine_table

from .seeds import ROOT

DICTIONARIES = ROOT / "src" / "policycompare" / "data"  # the package data


@pytest.fixture(scope="module")
def tokenizer():
    return Tokenizer(DICTIONARIES / "user_dict.txt", DICTIONARIES / "stopwords.txt", cache_dir=None)


@pytest.fixture(scope="module")
def analysis(corpus, tmp_path_factory):
    return analyse_themes(corpus, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("term", ["法治政府", "公共法律服务", "社区矫正", "人民调解", "行政复议", "规范性文件", "双随机一公开",
                                  "法律援助", "司法鉴定", "普法"])
def test_policy_terms_stay_whole(corpus, tokenizer, term):
    """Every occurrence of a dictionary term in the seeds lies inside one token, never across two."""
    occurrences = 0
    for text in corpus.measures.text:
        spans = [(start, end) for _, start, end in tokenizer.spans(text)]
        for at in [i for i in range(len(text)) if text.startswith(term, i)]:
            occurrences += 1
            assert any(start <= at and at + len(term) <= end for start, end in spans), (term, text[at - 5: at + 10])
    assert occurrences >= 1


def test_stop_words_and_notes_are_gone(corpus, tokenizer):
    stop = set(read_word_list(DICTIONARIES / "stopwords.txt"))
    tokens = {token for text in corpus.measures.text for token in tokenizer.cut(text)}
    assert not tokens & stop
    assert not tokens & {"责任部门", "律管处", "公管处", "法援处", "完成时限"}  # who is not what
    assert not any(token.isdigit() or len(token) < 2 for token in tokens)


def test_the_token_cache_is_hit_on_the_second_run(corpus, tmp_path):
    texts = corpus.measures.text.tolist()
    first = Tokenizer(DICTIONARIES / "user_dict.txt", DICTIONARIES / "stopwords.txt", cache_dir=tmp_path)
    cut = first.cut_many(texts)
    assert first.stats == {"cut": len(set(texts)), "cached": len(texts) - len(set(texts))}
    second = Tokenizer(DICTIONARIES / "user_dict.txt", DICTIONARIES / "stopwords.txt", cache_dir=tmp_path)
    assert second.cut_many(texts) == cut
    assert second.stats == {"cut": 0, "cached": len(texts)}
    other = Tokenizer(DICTIONARIES / "user_dict.txt", None, cache_dir=tmp_path)  # other settings, other key
    other.cut_many(texts[:3])
    assert other.stats["cut"] == 3


def test_tokens_cut_by_other_rules_are_not_reused(tmp_path, monkeypatch):
    """The code that strips notes before cutting keys the cache: after an upgrade that changes it,
    a warm run cuts again rather than serve tokens a cold run would not give."""
    import policycompare.tokens as tokens

    texts = ["加强备案审查工作。〔责任单位:办公室", "推进人民调解工作"]
    Tokenizer(cache_dir=tmp_path).cut_many(texts)
    changed = tmp_path / "responsibility.py"
    changed.write_text("# another bracket rule\n", encoding="utf-8")
    monkeypatch.setattr(tokens, "RULE_SOURCES", (*tokens.RULE_SOURCES[:1], changed))
    again = Tokenizer(cache_dir=tmp_path)
    again.cut_many(texts)
    assert again.stats == {"cut": 2, "cached": 0}


def test_vectorizer_is_a_scikit_learn_transformer(corpus):
    """The subset of check_estimator that applies to an estimator whose input is text."""
    vectorizer = PolicyVectorizer(cache_dir=None)
    for check in (check_no_attributes_set_in_init, check_get_params_invariance, check_set_params):
        check("PolicyVectorizer", vectorizer)
    check_parameters_default_constructible("PolicyVectorizer", vectorizer)
    with pytest.raises(NotFittedError):
        vectorizer.transform(["加强普法"])
    texts = corpus.measures.text.tolist()
    fitted = clone(vectorizer).set_params(n_components=10).fit(texts)
    again = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_allclose(fitted.transform(texts[:5]), again.transform(texts[:5]))
    assert len(fitted.get_feature_names_out()) == 10
    with pytest.raises(ValueError, match="iterable of texts"):
        fitted.transform("一个字符串")


def test_vectorizer_and_clusterer_drop_into_a_pipeline(corpus):
    pipe = make_pipeline(PolicyVectorizer(DICTIONARIES / "user_dict.txt", DICTIONARIES / "stopwords.txt",
                                          n_components=20, cache_dir=None), ThemeClusterer(n_clusters=6))
    labels = pipe.fit_predict(corpus.measures.text)
    assert len(labels) == len(corpus.measures) and set(labels) == set(range(6))


def test_the_clusterer_passes_check_estimator():
    failed = [c for c in check_estimator(ThemeClusterer(k_range=(2, 3)), on_fail=None) if c["status"] == "failed"]
    assert failed == []


def test_two_runs_give_identical_clusters_and_labels(corpus, analysis, tmp_path):
    again = analyse_themes(corpus, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(analysis.themes, again.themes)
    pd.testing.assert_frame_equal(analysis.clusters, again.clusters)


def test_k_is_chosen_by_silhouette_over_the_stated_range(analysis):
    scores = analysis.clusterer.silhouette_
    assert sorted(scores) == list(range(5, 16))
    assert analysis.clusterer.n_clusters_ == max(scores, key=scores.get)


def test_every_cluster_has_a_label_and_a_central_measure(corpus, analysis):
    clusters = analysis.clusters
    assert clusters["size"].sum() == len(corpus.measures)
    assert clusters.label.str.len().gt(0).all()
    central = analysis.themes.set_index("measure_id").cluster
    assert all(central[m] == c for c, m in clusters.central_measure.items())


# Read by hand from the measures' text: the codebook theme a careful reader gives each.
HAND_CODED = {
    ("000", "二/(一)/1"): "government_functions",   # 进一步推进权责清单制度
    ("000", "二/(一)/2"): "community_corrections",  # 加强特殊人群管理 (社区矫正, 刑满释放人员)
    ("000", "二/(一)/3"): "public_legal_services",  # 推动公共法律服务向纵深发展
    ("000", "二/(一)/4"): "legal_awareness",        # 推进法治宣传教育全覆盖
    ("000", "二/(二)/6"): "institutional_system",   # 加强司法行政规范性文件制定和管理
    ("000", "二/(三)/9"): "decision_making",        # 加强决策合法性审查
    ("000", "二/(四)/15"): "law_enforcement",       # 健全行政执法人员管理制度
    ("000", "二/(六)/22"): "peoples_mediation",     # 强化人民调解在法治政府建设中的作用
    ("001", "一/(一)"): "capacity_training",        # 健全领导干部学法制度
    ("001", "六/(十五)"): "oversight",              # 严格行政问责
    ("001", "七/(十七)"): "admin_reconsideration",  # 做好行政复议工作
    ("002", "三/(四)/1"): "admin_reconsideration",  # 完成行政复议体制改革
    ("002", "三/(八)/2"): "informatisation",        # 推进司法行政信息化建设
    ("002", "三/(九)/2"): "team_building",          # 加快全局队伍正规化建设
    ("003", "五/(十四)"): "dispute_resolution",     # 切实加强涉法涉诉信访案件的督察督办工作
    ("004", "三/16"): "open_government",            # 推进依法规范依申请公开
}


def test_the_codebook_codes_a_hand_checked_sample(corpus, analysis):
    themes = analysis.themes.merge(corpus.measures[["measure_id", "path"]], on="measure_id")
    coded = {(d[:3], p): t for d, p, t in zip(themes.doc_id, themes.path, themes.codebook_theme)}
    wrong = {key: (coded[key], theme) for key, theme in HAND_CODED.items() if coded[key] != theme}
    assert not wrong


def test_codebook_terms_match_on_characters_longest_first():
    book = Codebook.from_csv(DICTIONARIES / "themes.csv")
    # 人民调解 is taken whole (not also 调解 or 调解员 inside it); 队伍建设 counts for team building
    assert book.code("加强人民调解员队伍建设,人民调解组织规范化") == ("peoples_mediation", 0.667, ["人民调解", "队伍建设"])
    assert book.code("加强领导,狠抓落实")[0] == "uncoded"


def test_agreement_and_shares_are_consistent(corpus, analysis):
    figures = analysis.agreement
    coded = analysis.themes[analysis.themes.codebook_theme != "uncoded"]
    assert figures["n_coded"] == len(coded) == figures["crosstab"].to_numpy().sum()
    assert -1 <= figures["adjusted_rand"] <= 1 and 0 <= figures["nmi"] <= 1
    assert agreement([0, 0, 1, 1], ["a", "a", "b", "b"])["adjusted_rand"] == 1.0
    np.testing.assert_allclose(analysis.shares.sum(axis=1), 1.0, atol=1e-3)
    assert "未具名(001)" in analysis.shares.index


def test_closest_measures_come_one_per_other_jurisdiction(corpus, analysis):
    measure = corpus.measures.measure_id.iloc[4]  # 天津市滨海新区: 推进法治宣传教育全覆盖
    found = closest_across(measure, analysis.vectors, corpus.measures, corpus.documents)
    assert sorted(found.jurisdiction) == ["天门市", "未具名(001)", "西安市"]
    assert found.similarity.between(-1, 1).all()
    tianmen = found[found.jurisdiction == "天门市"].heading.item()
    assert "普法" in tianmen or "法治宣传" in tianmen


def test_cosine_table_lists_each_pair_once():
    table = cosine_table(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]), ["a", "b", "c"])
    assert table.values.tolist() == [["b", "c", 0.8], ["a", "b", 0.6]]


def test_similarity_tables_pair_measures_across_documents_and_documents_with_each_other(corpus, analysis):
    doc_of = dict(zip(corpus.measures.measure_id, corpus.measures.doc_id))
    pairs = analysis.measure_similarity
    assert (pairs.id_a.map(doc_of) != pairs.id_b.map(doc_of)).all()
    assert pairs.similarity.is_monotonic_decreasing and pairs.similarity.le(1 + 1e-9).all()
    documents = analysis.document_similarity
    from itertools import combinations

    assert sorted(zip(documents.id_a, documents.id_b)) == list(combinations(sorted(corpus.documents.doc_id), 2))
    assert documents.similarity.between(0, 1).all()


def test_many_texts_are_cut_in_worker_processes_with_the_same_result(corpus, monkeypatch):
    import policycompare.tokens as tokens

    texts = corpus.measures.text.tolist()[:40]
    serial = Tokenizer(DICTIONARIES / "user_dict.txt", DICTIONARIES / "stopwords.txt", cache_dir=None)
    expected = serial.cut_many(texts)
    monkeypatch.setattr(tokens, "PARALLEL_FROM", 10)
    parallel = Tokenizer(DICTIONARIES / "user_dict.txt", DICTIONARIES / "stopwords.txt", cache_dir=None, progress=False)
    assert parallel.cut_many(texts) == expected


# ---------------------------------------------------------------- small and odd corpora

def _tiny_corpus(tmp_path, measures):
    import policycompare as pc

    (tmp_path / "raw").mkdir()
    body = "".join(f"{i}.{text}\n" for i, text in enumerate(measures, start=1))
    (tmp_path / "raw" / "plan.txt").write_text(f"某县司法局关于某项工作的方案\n一、主要任务\n{body}", encoding="utf-8")
    return pc.load_corpus(tmp_path)


@pytest.mark.parametrize("measures", [["加强人民调解工作。"], ["加强人民调解工作。", "推进普法宣传。", "完善法律援助制度。"],
                                      ["加强工作。", "加强工作。", "加强工作。"]])
def test_themes_work_on_a_handful_of_measures(tmp_path, measures):
    result = analyse_themes(_tiny_corpus(tmp_path, measures), cache_dir=None)
    assert len(result.themes) == len(measures)
    assert result.clusterer.n_clusters_ == result.themes.cluster.nunique()
    assert result.clusters["size"].sum() == len(measures)


def test_a_corpus_without_measures_gets_a_clear_error():
    import policycompare as pc

    empty = pc.from_texts({"blank": "   "})  # a failed document: no measures at all
    with pytest.raises(ValueError, match="no measures"):
        analyse_themes(empty, cache_dir=None)


def test_duplicate_vectors_never_make_empty_clusters():
    X = np.repeat(np.eye(3), 3, axis=0)
    clusterer = ThemeClusterer(n_clusters=5).fit(X)
    assert clusterer.n_clusters_ == 3 and sorted(set(clusterer.labels_)) == [0, 1, 2]
    assert not np.isnan(clusterer.centers_).any()
    assert ThemeClusterer(k_range=(2, 3)).fit(np.ones((6, 2))).n_clusters_ == 1


def test_k_is_capped_at_one_cluster_per_five_measures():
    rng = np.random.default_rng(0)
    clusterer = ThemeClusterer().fit(rng.random((30, 4)))
    assert max(clusterer.silhouette_) == 6


def test_no_coded_measures_means_no_agreement_figure():
    figures = agreement([0, 1, 1], ["uncoded", "uncoded", "uncoded"])
    assert np.isnan(figures["adjusted_rand"]) and figures["n_coded"] == 0


def test_the_default_codebook_codes_measures_of_every_domain_not_only_justice():
    from policycompare.themes import Codebook

    book = Codebook.default()
    coded = {text: book.code(text)[0] for text in [
        "新建高标准农田5万亩，粮食播种面积稳定在120万亩以上",
        "改造城镇老旧小区86个，筹集保障性住房1200套",
        "新增城镇就业8000人，城乡低保标准提高5%",
        "健全人民调解组织，选聘专职人民调解员",
        "规上工业增加值增长7%，培育专精特新企业20家",
    ]}
    assert list(coded.values()) == ["agriculture_rural", "urban_housing", "social_security", "peoples_mediation",
                                    "industry"]


# ---------------------------------------------------------------- segmenter and term patterns

def test_jieba_rs_cuts_chinese_as_python_jieba_does(corpus):
    """The segmenter (jieba-rs) gives the tokens the Python jieba gives, with the same user words,
    on every measure of the seed corpus (only Latin fragments of URLs may differ; none here)."""
    jieba = pytest.importorskip("jieba")
    import logging

    from policycompare.tokens import KEEP, _jieba

    jieba.setLogLevel(logging.WARNING)
    words = tuple(read_word_list(DICTIONARIES / "user_dict.txt"))
    python = jieba.Tokenizer()
    for word in words:
        python.add_word(word, freq=python.suggest_freq(word, tune=False) * 10 + 1000)
    texts = corpus.measures.text.tolist()
    rust = [[w for w in _jieba(words).cut(text, True) if KEEP.fullmatch(w)] for text in texts]
    assert rust == [[w for w in python.lcut(text, HMM=True) if KEEP.fullmatch(w)] for text in texts]
    assert sum(map(len, rust)) > 1000


@given(words=st.lists(st.text(alphabet="调解人民法院", min_size=1, max_size=4), max_size=8),
       text=st.text(alphabet="调解人民法院员", max_size=40))
def test_the_aho_corasick_matcher_finds_what_the_flat_alternation_finds(words, text):
    import re

    from policycompare.extract.lexicon import LongestTerms, alternation

    flat = re.findall(alternation(words), text) if words else []
    assert LongestTerms(words).findall(text) == flat
