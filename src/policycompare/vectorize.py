"""Stage 4b: tokens to a matrix, and similarity between measures and documents.

``PolicyVectorizer`` is a scikit-learn transformer: parameters in ``__init__``, learned state in
attributes ending in ``_``, ``fit``/``transform`` on an iterable of texts, so it drops into a
``Pipeline``. It weights tokens by TF-IDF and can reduce them with LSA (TruncatedSVD), after which
rows are L2-normalised so that dot products are cosine similarities.
"""

from __future__ import annotations

import math
import numbers

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from .tokens import Tokenizer


class PolicyVectorizer(TransformerMixin, BaseEstimator):
    """TF-IDF (optionally LSA) vectors of Chinese policy texts, cut by :class:`~policycompare.tokens.Tokenizer`.

    Parameters
    ----------
    user_dict, stop_words : paths of the domain dictionary and stop list (None: none).
    min_df, max_df, sublinear_tf : passed to scikit-learn's ``TfidfVectorizer``.
    n_components : if set, reduce to this many LSA dimensions (capped below the vocabulary size).
    random_state : seed of the SVD.
    cache_dir : token cache folder ("default": the user's cache; None: no cache).
    n_features : if set, tokens are hashed into this many columns (scikit-learn's
        ``HashingVectorizer``) instead of being looked up in a vocabulary, so memory no longer grows
        with the vocabulary; feature names are then ``hash<column>``. Leave it None (exact) unless
        the vocabulary does not fit in memory.

    >>> from sklearn.pipeline import make_pipeline
    >>> from sklearn.cluster import KMeans
    >>> texts = ["加强社区矫正管理", "推进社区矫正信息化", "完善法律援助制度", "扩大法律援助覆盖面"]
    >>> pipe = make_pipeline(PolicyVectorizer(cache_dir=None), KMeans(2, n_init=10, random_state=0))
    >>> labels = pipe.fit_predict(texts)
    >>> bool(labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2])
    True
    """

    def __init__(self, user_dict=None, stop_words=None, min_df=1, max_df=1.0, sublinear_tf=True,
                 n_components=None, random_state=0, cache_dir="default", n_features=None):
        self.user_dict = user_dict
        self.stop_words = stop_words
        self.min_df = min_df
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf
        self.n_components = n_components
        self.random_state = random_state
        self.cache_dir = cache_dir
        self.n_features = n_features

    def _tokenizer(self) -> Tokenizer:
        return Tokenizer(self.user_dict, self.stop_words, self.cache_dir)

    def tokenize(self, texts, executor=None) -> list[list[str]]:
        """The tokens of each text (through the on-disk cache; cut on ``executor`` if given).

        >>> PolicyVectorizer(cache_dir=None).tokenize(["推进人民调解工作"])
        [['推进', '人民调解', '工作']]
        """
        return self._tokenizer().cut_many(_as_texts(texts), executor)

    def fit(self, X, y=None):
        """Learn the vocabulary and IDF weights (and the LSA basis) from texts ``X``."""
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None):
        """Fit and return the vectors of ``X``."""
        return self.fit_transform_tokens(self.tokenize(X))

    def fit_transform_tokens(self, tokens: list[list[str]]):
        """Fit on texts already cut by :meth:`tokenize` and return their vectors (cuts nothing again).

        >>> vectorizer = PolicyVectorizer(cache_dir=None)
        >>> vectorizer.fit_transform_tokens([["社区矫正"], ["法律援助"]]).shape
        (2, 2)
        """
        if self.n_features:
            self.tfidf_ = HashedTfidf(self.n_features, self.min_df, self.max_df, self.sublinear_tf)
        else:
            self.tfidf_ = TfidfVectorizer(analyzer=_identity, min_df=self.min_df, max_df=self.max_df,
                                          sublinear_tf=self.sublinear_tf)
        matrix = self.tfidf_.fit_transform(tokens)
        if hasattr(self.tfidf_, "stop_words_"):
            del self.tfidf_.stop_words_  # every pruned term: large on large corpora, and only for introspection
        self.vocabulary_ = getattr(self.tfidf_, "vocabulary_", None)
        self.svd_ = None
        if self.n_components:
            components = min(self.n_components, matrix.shape[1] - 1, matrix.shape[0] - 1)
            if components >= 1:
                self.svd_ = TruncatedSVD(components, random_state=self.random_state)
                return normalize(self.svd_.fit_transform(matrix))
        return matrix

    def transform(self, X):
        """Vectors of texts ``X`` in the fitted space (sparse TF-IDF, or dense LSA)."""
        check_is_fitted(self, "tfidf_")
        matrix = self.tfidf_.transform(self.tokenize(X))
        return normalize(self.svd_.transform(matrix)) if self.svd_ is not None else matrix

    def get_feature_names_out(self, input_features=None):
        """Token names (TF-IDF) or ``lsa0 … lsaN`` (LSA)."""
        check_is_fitted(self, "tfidf_")
        if self.svd_ is not None:
            return np.array([f"lsa{i}" for i in range(self.svd_.n_components)], dtype=object)
        return self.tfidf_.get_feature_names_out()


class HashedTfidf:
    """TF-IDF over hashed token columns: no vocabulary is held, whatever the corpus size.

    ``min_df`` and ``max_df`` keep their scikit-learn meaning (a count if int, a share if float),
    applied to the document frequency of each hashed column.

    >>> tfidf = HashedTfidf(2 ** 10, min_df=2)
    >>> tfidf.fit_transform([["矫正", "帮教"], ["矫正"], ["律师"]]).shape  # only 矫正 is in two texts
    (3, 1)
    """

    def __init__(self, n_features: int, min_df=1, max_df=1.0, sublinear_tf=True):
        self.hasher = HashingVectorizer(analyzer=_identity, n_features=n_features, alternate_sign=False, norm=None)
        self.min_df, self.max_df, self.sublinear_tf = min_df, max_df, sublinear_tf

    def fit_transform(self, tokens):
        counts = self.hasher.transform(tokens).tocsc()
        n = counts.shape[0]
        frequency = np.diff(counts.indptr)  # documents per column (hashed counts have no explicit zeros)
        low = self.min_df if isinstance(self.min_df, numbers.Integral) else math.ceil(self.min_df * n)
        high = self.max_df if isinstance(self.max_df, numbers.Integral) else self.max_df * n
        self.columns_ = np.flatnonzero((frequency >= low) & (frequency <= high))
        if not len(self.columns_):
            raise ValueError("no hashed column is left: lower min_df or raise max_df")
        self.idf_ = TfidfTransformer(sublinear_tf=self.sublinear_tf).fit(counts[:, self.columns_])
        return self.idf_.transform(counts[:, self.columns_].tocsr())

    def transform(self, tokens):
        return self.idf_.transform(self.hasher.transform(tokens).tocsc()[:, self.columns_].tocsr())

    def get_feature_names_out(self):
        return np.array([f"hash{column}" for column in self.columns_], dtype=object)


def as_dense(vectors) -> np.ndarray:
    """A dense float array of a sparse matrix or an array-like.

    >>> as_dense([[1, 0]]).dtype
    dtype('float64')
    """
    return vectors.toarray() if hasattr(vectors, "toarray") else np.asarray(vectors, dtype=float)


def _identity(tokens):
    return tokens


def _as_texts(X) -> list[str]:
    if isinstance(X, str):
        raise ValueError("PolicyVectorizer expects an iterable of texts, not one string")
    return [str(x) for x in X]


def cosine_table(vectors, ids, min_similarity: float = 0.0) -> pd.DataFrame:
    """Pairwise cosine similarity as a tidy table (id_a, id_b, similarity), each pair once.

    Rows of ``vectors`` must be L2-normalised (TF-IDF and LSA output of PolicyVectorizer are).

    >>> cosine_table(np.eye(2), ["a", "b"])
    Empty DataFrame
    Columns: [id_a, id_b, similarity]
    Index: []
    """
    dense = as_dense(vectors)
    sims = dense @ dense.T
    a, b = np.triu_indices(len(ids), k=1)
    keep = sims[a, b] > min_similarity
    ids = np.asarray(ids, dtype=object)
    table = pd.DataFrame({"id_a": ids[a[keep]], "id_b": ids[b[keep]], "similarity": sims[a, b][keep].round(6)})
    return table.sort_values(["similarity", "id_a", "id_b"], ascending=[False, True, True], ignore_index=True)
