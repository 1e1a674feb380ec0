"""policycompare: comparative analysis of Chinese local-government policy documents.

The pipeline, one module per stage:

* :mod:`policycompare.ingest`: raw bytes -> clean text (decoding, boilerplate, parse view);
* :mod:`policycompare.metadata`: title, issuer, jurisdiction, 文号, date from the text;
* :mod:`policycompare.structure`: the outline (一、/(一)/1.) and its leaves, the measures;
* :mod:`policycompare.corpus`: files -> tidy tables (:func:`load_corpus`);
* :mod:`policycompare.cli`: the ``policycompare`` command.

>>> import policycompare as pc
>>> corpus = pc.load_corpus("corpus")          # doctest: +SKIP
>>> corpus.measures[["doc_id", "path", "heading"]].head()  # doctest: +SKIP
"""

from .corpus import Corpus, CorpusError, load_corpus
from .ingest import IngestError

__all__ = ["Corpus", "CorpusError", "IngestError", "load_corpus"]
__version__ = "0.1.0"
