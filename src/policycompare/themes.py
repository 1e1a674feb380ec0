"""Stage 4c: themes of measures, found two ways and compared.

* Unsupervised: :class:`ThemeClusterer` groups measure vectors (KMeans, or agglomerative), choosing
  the number of clusters by the silhouette over a stated range unless it is given. Each cluster is
  labelled by its top class-based TF-IDF terms and its most central measure.
* Transparent: a codebook (the package's ``themes.csv``, see :mod:`policycompare.dictionaries`: theme, Chinese and English labels,
  terms) codes each measure by the terms found in its text, matched on characters, longest first,
  so 人民调解 counts for people's mediation and not also for 调解 elsewhere.

:func:`agreement` says whether the clusters are real: adjusted Rand index, NMI and the cross-table
of clusters against codebook themes. :func:`analyse_themes` runs it all on a corpus.
"""

from __future__ import annotations

import numbers
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.cluster import AgglomerativeClustering, KMeans
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import (adjusted_rand_score, normalized_mutual_info_score, pairwise_distances_chunked,
                             silhouette_samples, silhouette_score)
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted, validate_data

from .corpus import place_labels
from .dictionaries import dictionary_files, read_table
from .extract.lexicon import LongestTerms
from .parallel import one_native_thread, progress_bar
from .tokens import strip_notes
from .vectorize import PolicyVectorizer, as_dense, cosine_table

SILHOUETTE_SAMPLE = 2000
SEARCH_SAMPLE = 2000  # above this many measures, k is chosen on a seeded sample (see ThemeClusterer.fit)
# restarts of the KMeans refit on a whole corpus above SEARCH_SAMPLE (at most n_init): with that many
# measures more restarts rarely find a better partition (benchmarks/themes_refit.py)
REFIT_N_INIT = 5
NEIGHBOURS = 5  # measure_similarity keeps each measure's nearest measures in other documents
THEME_COLUMNS = ["doc_id", "measure_id", "cluster", "cluster_label", "codebook_theme", "score", "codebook_terms"]
UNCODED = "uncoded"


class ThemeClusterer(ClusterMixin, BaseEstimator):
    """Cluster measure vectors; pick k by silhouette (cosine) over ``k_range`` unless ``n_clusters``.

    >>> X = np.array([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]])
    >>> ThemeClusterer(k_range=(2, 3)).fit(X).labels_.tolist()
    [0, 0, 1, 1]
    """

    def __init__(self, n_clusters=None, method="kmeans", k_range=(5, 15), random_state=0, n_init=10):
        self.n_clusters = n_clusters
        self.method = method
        self.k_range = k_range
        self.random_state = random_state
        self.n_init = n_init

    def _model(self, k, n_init=None):
        if self.method == "kmeans":
            return KMeans(n_clusters=k, n_init=n_init or self.n_init, random_state=self.random_state)
        if self.method == "agglomerative":
            return AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average")
        raise ValueError(f"unknown clustering method {self.method!r}: use 'kmeans' or 'agglomerative'")

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags

    def fit(self, X, y=None):
        """Cluster ``X``; set ``labels_``, ``n_clusters_`` and ``silhouette_`` (k -> score).

        Above ``SEARCH_SAMPLE`` rows, k is chosen on a seeded sample of that size and the whole
        corpus is then clustered once with that k (KMeans with ``REFIT_N_INIT`` restarts at most):
        the cost grows with the corpus, not with the corpus times the values of k tried.
        """
        X = validate_data(self, X, accept_sparse=True, dtype=float)
        dense = as_dense(X)
        n = len(dense)
        sample = (np.sort(np.random.default_rng(self.random_state).choice(n, SEARCH_SAMPLE, replace=False))
                  if n > SEARCH_SAMPLE else np.arange(n))
        searched = dense[sample]
        self.silhouette_, best = {}, None
        silhouette = _Silhouette(searched, self.random_state)
        candidates = self._candidates(n)
        with progress_bar(len(candidates) + (n > len(sample)), "clustering", unit="fit") as bar:  # after 2 s
            for k in candidates:
                labels = self._labels(self._model(k), searched) if k > 1 else np.zeros(len(searched), dtype=int)
                found = int(labels.max()) + 1  # duplicates can leave fewer clusters than asked for
                score = silhouette(labels) if 1 < found < len(searched) else 0.0
                self.silhouette_[k] = round(float(score), 4)
                if best is None or score > best[0] + 1e-9:
                    best = (score, found, labels)
                bar.update()
            _, self.n_clusters_, self.labels_ = best
            if n > len(sample):
                # KMeans is linear in the corpus: refit on all of it (a sample's centres, refined once,
                # agree less with the codebook). Agglomerative is quadratic: the rest join the nearest centre.
                if self.method == "kmeans":
                    restarts = min(self.n_init, REFIT_N_INIT) if isinstance(self.n_init, numbers.Integral) else None
                    self.labels_ = self._labels(self._model(self.n_clusters_, restarts), dense)
                else:
                    centres = _centres(searched, self.labels_, self.n_clusters_)
                    self.labels_ = np.argmax(_unit(dense) @ _unit(centres).T, axis=1)
                self.labels_ = _relabel(self.labels_)
                self.n_clusters_ = int(self.labels_.max()) + 1
                bar.update()
        self.centers_ = _centres(dense, self.labels_, self.n_clusters_)
        return self

    @staticmethod
    def _labels(model, dense) -> np.ndarray:
        with warnings.catch_warnings():  # duplicate vectors: fewer clusters than k, handled by the caller
            warnings.simplefilter("ignore", ConvergenceWarning)
            return _relabel(model.fit_predict(dense))

    def _candidates(self, n: int) -> list[int]:
        """Values of k to try: ``n_clusters``, or ``k_range`` capped at one cluster per 5 measures."""
        if n < 2:
            return [1]
        if self.n_clusters:
            return [min(self.n_clusters, n)]
        low, high = self.k_range
        high = max(2, min(high, n - 1, n // 5))
        return list(range(min(max(2, low), high), high + 1))

    def predict(self, X):
        """Nearest cluster centre (cosine) of each row of ``X``; for KMeans fits this can differ
        from ``labels_`` on a few points near a boundary (KMeans itself is Euclidean)."""
        check_is_fitted(self, "centers_")
        X = validate_data(self, X, accept_sparse=True, dtype=float, reset=False)
        dense = as_dense(X)
        return np.argmax(_unit(dense) @ _unit(self.centers_).T, axis=1)


class _Silhouette:
    """The cosine silhouette of labellings of the rows of ``X``, on a seeded sample of at most
    ``SILHOUETTE_SAMPLE`` rows, which keeps it linear in the corpus (exact below that): what
    ``silhouette_score(X, labels, metric="cosine", sample_size=..., random_state=seed)`` gives.
    With an integer seed every labelling is scored on the same sample, so the distances between
    its rows are computed once, not once per k."""

    def __init__(self, X, random_state):
        self.X, self.random_state = X, random_state
        self.size = min(len(X), SILHOUETTE_SAMPLE)
        self._sample = self._distances = None

    def __call__(self, labels) -> float:
        if not isinstance(self.random_state, numbers.Integral):  # a generator draws another sample each time
            return silhouette_score(self.X, labels, metric="cosine", sample_size=self.size, random_state=self.random_state)
        if self._distances is None:
            # the sample and the distances silhouette_score would draw and compute
            self._sample = check_random_state(self.random_state).permutation(len(self.X))[:self.size]
            self._distances = np.vstack(list(pairwise_distances_chunked(self.X[self._sample], metric="cosine")))
        return float(np.mean(silhouette_samples(self._distances, labels[self._sample], metric="precomputed")))


def _centres(dense, labels, k) -> np.ndarray:
    return np.vstack([dense[labels == c].mean(axis=0) for c in range(k)])


def _unit(matrix):
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def _relabel(labels) -> np.ndarray:
    """Number clusters by first appearance, so equal partitions get equal labels on every run."""
    order = {}
    return np.array([order.setdefault(label, len(order)) for label in labels])


def class_tfidf_terms(tokens: list[list[str]], labels, top_n: int = 5) -> dict[int, list[str]]:
    """Top terms of each cluster by class-based TF-IDF (each cluster's tokens as one document).

    >>> class_tfidf_terms([["矫正", "帮教"], ["矫正"], ["律师"], ["律师", "公证"]], [0, 0, 1, 1], 1)
    {0: ['矫正'], 1: ['律师']}
    """
    # one Counter per cluster, filled in one C-level pass over its measures' token lists (held
    # already): memory grows with the vocabulary, not with every token of the corpus
    members: dict = {}
    for label, words in zip(labels, tokens):
        members.setdefault(label, []).append(words)
    per_label = {label: Counter(chain.from_iterable(members[label])) for label in sorted(members)}
    terms = sorted(set().union(*per_label.values()))
    column = {term: index for index, term in enumerate(terms)}
    counts = np.zeros((len(per_label), len(terms)), dtype=np.int64)
    for row, found in enumerate(per_label.values()):
        counts[row, [column[term] for term in found]] = list(found.values())
    kept = counts.sum(axis=1) > 0
    if not kept.any():
        return {}
    labels_kept = [label for label, keep in zip(per_label, kept) if keep]
    counts = counts[kept]
    sizes = counts.sum(axis=1)
    idf = np.log(1 + sizes.mean() / counts.sum(axis=0))
    weights = counts / sizes[:, None] * idf
    # ties broken by term: the columns are in term order
    order = np.arange(len(terms))
    return {int(label): [terms[index] for index in np.lexsort((order, -row))[:top_n]]
            for label, row in zip(labels_kept, weights)}


@dataclass
class Codebook:
    """Themes with their terms, read from a plain CSV file (theme, label_zh, label_en, terms)."""

    table: pd.DataFrame

    def __post_init__(self):
        self._theme_of = {term: row.theme for row in self.table.itertuples()
                          for term in reversed(row.terms.split("|")) if term}
        self._terms = LongestTerms(self._theme_of)  # the longest term at each position
        self._order = {theme: i for i, theme in enumerate(self.table.theme)}

    @classmethod
    def from_csv(cls, path: str | Path) -> "Codebook":
        """Read a codebook file.

        >>> from policycompare.dictionaries import package_file
        >>> Codebook.from_csv(package_file("themes.csv")).table.theme.iloc[0]
        'government_functions'
        """
        return cls(pd.read_csv(path, dtype=str, keep_default_na=False))

    @classmethod
    def default(cls, dictionaries: str | Path | None = None) -> "Codebook":
        """The package's codebook, extended by the ``themes.csv`` of the folder ``dictionaries``.

        >>> Codebook.default().table.theme.iloc[0]
        'government_functions'
        """
        return cls(read_table("themes.csv", dictionaries))

    def code(self, text: str) -> tuple[str, float, list[str]]:
        """``(theme, share of term hits, terms that fired)`` of one text; ``uncoded`` without hits.

        >>> Codebook(pd.DataFrame({"theme": ["mediation", "disputes"], "label_zh": ["", ""], "label_en": ["", ""],
        ...     "terms": ["人民调解", "调解|纠纷"]})).code("强化人民调解,化解纠纷,人民调解员")
        ('mediation', 0.667, ['人民调解', '纠纷'])
        """
        hits = self._terms.findall(strip_notes(text))
        if not hits:
            return UNCODED, 0.0, []
        counts = Counter(map(self._theme_of.__getitem__, hits))
        best = min(counts, key=lambda theme: (-counts[theme], self._order[theme]))
        return best, round(counts[best] / len(hits), 3), sorted(set(hits))


def agreement(clusters, themes) -> dict:
    """Agreement between clusters and codebook themes, over measures the codebook coded.

    >>> agreement([0, 0, 1, 1], ["a", "a", "b", "uncoded"])["adjusted_rand"]
    1.0
    """
    frame = pd.DataFrame({"cluster": clusters, "theme": themes})
    coded = frame[frame.theme != UNCODED]
    if len(coded) < 2 or coded.theme.nunique() < 2 and coded.cluster.nunique() < 2:
        return {"adjusted_rand": float("nan"), "nmi": float("nan"), "n_coded": len(coded),
                "crosstab": pd.crosstab(coded.cluster, coded.theme)}  # nothing to agree on
    return {
        "adjusted_rand": round(float(adjusted_rand_score(coded.theme, coded.cluster)), 4),
        "nmi": round(float(normalized_mutual_info_score(coded.theme, coded.cluster)), 4),
        "n_coded": len(coded),
        "crosstab": pd.crosstab(coded.cluster, coded.theme),
    }


@dataclass
class ThemeAnalysis:
    """Results of :func:`analyse_themes`: tidy tables plus the fitted pieces, for inspection."""

    themes: pd.DataFrame
    shares: pd.DataFrame
    clusters: pd.DataFrame
    agreement: dict
    vectors: object
    vectorizer: PolicyVectorizer
    clusterer: ThemeClusterer
    measures: pd.DataFrame  # doc_id and measure_id of each row of ``vectors``

    # Similarities are computed on first use: nearest neighbours of every measure cost O(n^2)
    # dot products, which a report on a large corpus does not need.
    @cached_property
    def _similarities(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return similarities(self.vectors, self.measures)

    @property
    def measure_similarity(self) -> pd.DataFrame:
        """id_a, id_b, similarity: each measure's nearest measures in other documents."""
        return self._similarities[0]

    @property
    def document_similarity(self) -> pd.DataFrame:
        """id_a, id_b, similarity: documents as the mean of their measures."""
        return self._similarities[1]


def analyse_themes(corpus, dictionaries: str | Path | None = None, n_clusters=None, method="kmeans",
                   k_range=(5, 15), n_components=40, random_state=0, cache_dir="default", executor=None,
                   n_features=None) -> ThemeAnalysis:
    """Cluster the measures of a corpus, label the clusters, code them with the codebook, compare.

    The package's user dictionary, stop list and codebook (``themes.csv``) are used, extended by
    the files of the folder ``dictionaries`` (default: the one the corpus was loaded with, or the
    corpus folder's ``dictionaries/``; see :mod:`policycompare.dictionaries` for the rule). Returns the ``themes`` table (one row per measure), the
    jurisdiction x theme ``shares`` table (codebook themes), a ``clusters`` table (label, top terms,
    most central measure, size) and the agreement figures. Measures are cut into tokens on the
    local cores, or on ``executor`` (see :mod:`policycompare.parallel`). ``n_features`` hashes
    tokens instead of keeping a vocabulary (see :class:`~policycompare.vectorize.PolicyVectorizer`).

    >>> import policycompare as pc
    >>> result = analyse_themes(pc.load_corpus("corpus"), cache_dir=None)  # doctest: +SKIP
    >>> result.themes.columns.tolist()  # doctest: +SKIP
    ['doc_id', 'measure_id', 'cluster', 'cluster_label', 'codebook_theme', 'score', 'codebook_terms']
    """
    ThemeClusterer(method=method)._model(2)  # an unknown method fails here, not after tokenising
    folder = Path(dictionaries) if dictionaries else corpus.dictionaries
    if folder is not None and not folder.is_dir():
        raise ValueError(f"{folder}: no such dictionaries folder")
    measures = corpus.measures
    if measures.empty:
        raise ValueError("the corpus has no measures to find themes in")
    # on tens of measures a term seen twice is already common: prune only larger corpora
    large = len(measures) >= 20
    vectorizer = PolicyVectorizer(_paths("user_dict.txt", folder), _paths("stopwords.txt", folder), min_df=2 if large else 1,
                                  max_df=0.5 if large else 1.0, n_components=n_components, random_state=random_state,
                                  cache_dir=cache_dir, n_features=n_features)
    texts = measures.text.tolist()  # one pass over the column, not one per use
    tokens = vectorizer.tokenize(texts, executor)
    with one_native_thread():  # see policycompare.parallel: extra BLAS/OpenMP threads only spin
        try:
            vectors = vectorizer.fit_transform_tokens(tokens)
        except ValueError:  # no term left (all stop words, or every term in every measure)
            vectors = np.zeros((len(measures), 1))
        clusterer = ThemeClusterer(n_clusters, method, k_range, random_state).fit(vectors)
    clusters = _cluster_table(clusterer, vectors, tokens, measures)
    codebook = Codebook.default(folder)
    codes = {text: codebook.code(text) for text in set(texts)}  # a text repeated is coded once
    coded = [codes[text] for text in texts]
    themes = pd.DataFrame({
        "doc_id": measures.doc_id, "measure_id": measures.measure_id, "cluster": clusterer.labels_,
        "cluster_label": clusters.label.reindex(clusterer.labels_).to_numpy(),
        "codebook_theme": [theme for theme, _, _ in coded], "score": [score for _, score, _ in coded],
        "codebook_terms": ["|".join(terms) for _, _, terms in coded],
    })[THEME_COLUMNS]
    return ThemeAnalysis(themes, theme_shares(themes, corpus.documents), clusters,
                         agreement(themes.cluster, themes.codebook_theme), vectors, vectorizer, clusterer,
                         measures[["doc_id", "measure_id"]].reset_index(drop=True))


def _paths(name: str, folder) -> tuple[str, ...]:
    """The files of one word list as plain strings (vectorizer parameters pickle and compare)."""
    return tuple(str(path) for path in dictionary_files(name, folder))


def similarities(vectors, measures: pd.DataFrame, neighbours: int = NEIGHBOURS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each measure's nearest measures in other documents (cosine), and document similarity
    (documents as the mean of their measures). Computed in blocks, so memory stays linear.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "measure_id": ["a1", "a2", "b1"]})
    >>> pairs, docs = similarities(np.array([[1.0, 0], [0.8, 0.6], [1.0, 0]]), m)
    >>> pairs.values.tolist(), docs.values.tolist()
    ([['a1', 'b1', 1.0], ['a2', 'b1', 0.8]], [['a', 'b', 0.9487]])
    """
    dense = _unit(as_dense(vectors))
    ids, docs = measures.measure_id.to_numpy(), measures.doc_id.to_numpy()
    found: dict[tuple[int, int], float] = {}
    k = min(neighbours, max(1, len(dense) - 1))
    for start in range(0, len(dense), 1000):
        sims = dense[start:start + 1000] @ dense.T
        sims[docs[start:start + 1000, None] == docs[None, :]] = -np.inf  # other documents only
        nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k] if sims.shape[1] > k else np.tile(np.arange(sims.shape[1]), (len(sims), 1))
        for row, cols in enumerate(nearest):
            for col in cols:
                score = sims[row, col]
                if np.isfinite(score) and score > 0:
                    found[(min(start + row, col), max(start + row, col))] = round(float(score), 6)
    pairs = pd.DataFrame([(ids[a], ids[b], s) for (a, b), s in found.items()], columns=["id_a", "id_b", "similarity"])
    pairs = pairs.sort_values(["similarity", "id_a", "id_b"], ascending=[False, True, True], ignore_index=True)
    doc_ids = sorted(measures.doc_id.unique())
    means = np.vstack([dense[(measures.doc_id == doc).to_numpy()].mean(axis=0) for doc in doc_ids])
    documents = cosine_table(_unit(means), doc_ids)
    documents["similarity"] = documents.similarity.round(4)
    return pairs, documents


def _cluster_table(clusterer, vectors, tokens, measures) -> pd.DataFrame:
    """One row per cluster: size, top terms, the most central measure and a readable label."""
    terms = class_tfidf_terms(tokens, clusterer.labels_)
    dense = as_dense(vectors)
    rows = []
    for cluster in range(clusterer.n_clusters_):
        members = np.flatnonzero(clusterer.labels_ == cluster)
        closeness = _unit(dense[members]) @ _unit(clusterer.centers_[cluster:cluster + 1]).T
        central = members[int(np.argmax(closeness))]
        rows.append({"cluster": cluster, "size": len(members), "top_terms": "、".join(terms.get(cluster, [])),
                     "central_measure": measures.measure_id.iloc[central], "central_heading": measures.heading.iloc[central],
                     "label": "/".join(terms.get(cluster, [])[:3])})
    return pd.DataFrame(rows).set_index("cluster")


def theme_shares(themes: pd.DataFrame, documents: pd.DataFrame, by: str = "jurisdiction") -> pd.DataFrame:
    """Share of each jurisdiction's (or ``by`` group's, a documents column) measures per codebook
    theme (rows sum to 1), for a heatmap."""
    from .compare import group_labels

    labels = themes.doc_id.map(group_labels(documents, by))
    table = pd.crosstab(labels, themes.codebook_theme, normalize="index").round(4)
    table.index.name, table.columns.name = by, "theme"
    return table


def closest_across(measure_id: str, vectors, measures: pd.DataFrame, documents: pd.DataFrame, k: int = 1) -> pd.DataFrame:
    """For one measure, its ``k`` nearest measures (cosine) in each other jurisdiction.

    >>> import policycompare as pc  # doctest: +SKIP
    >>> result = analyse_themes(corpus := pc.load_corpus("corpus"))  # doctest: +SKIP
    >>> closest_across(corpus.measures.measure_id[0], result.vectors, corpus.measures, corpus.documents)  # doctest: +SKIP
    """
    dense = _unit(as_dense(vectors))
    where = measures.doc_id.map(place_labels(documents)).to_numpy()
    index = int(np.flatnonzero(measures.measure_id.to_numpy() == measure_id)[0])
    sims = dense @ dense[index]
    frame = pd.DataFrame({"jurisdiction": where, "measure_id": measures.measure_id.to_numpy(),
                          "heading": measures.heading.to_numpy(), "similarity": sims.round(4)})
    frame = frame[frame.jurisdiction != where[index]]
    frame = frame.sort_values(["jurisdiction", "similarity", "measure_id"], ascending=[True, False, True])
    return frame.groupby("jurisdiction", sort=True).head(k).reset_index(drop=True)
