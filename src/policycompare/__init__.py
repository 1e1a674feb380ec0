"""policycompare: comparative analysis of Chinese local-government policy documents.

The pipeline, one module per stage:

* :mod:`policycompare.ingest`: raw bytes -> clean text (decoding, boilerplate, parse view);
* :mod:`policycompare.metadata`: title, issuer, jurisdiction, 文号, date from the text;
* :mod:`policycompare.structure`: the outline (一、/(一)/1.) and its leaves, the measures;
* :mod:`policycompare.extract`: responsible units, deadlines and targets of each measure;
* :mod:`policycompare.corpus`: files -> tidy tables (:func:`load_corpus`);
* :mod:`policycompare.tokens`, :mod:`~policycompare.vectorize`, :mod:`~policycompare.themes`:
  measures -> tokens -> matrix -> themes;
* :mod:`policycompare.network`: the department-responsibility networks;
* :mod:`policycompare.compare`, :mod:`~policycompare.figures`, :mod:`~policycompare.report`: comparisons;
* :mod:`policycompare.functions`, :mod:`~policycompare.indicators`: national scales for organs and indicators;
  :mod:`~policycompare.byfunction`: comparisons by function and the joint-issuance network;
* :mod:`policycompare.datasets`, :mod:`~policycompare.workreport`, :mod:`~policycompare.maps`: real
  collections (the 31 provincial work reports), their main targets, maps of China;
* :mod:`policycompare.parallel`, :mod:`~policycompare.runcache`: where work runs, what is reused;
* :mod:`policycompare.cli`: the ``policycompare`` command.

>>> import policycompare as pc
>>> corpus = pc.load_corpus("corpus")          # doctest: +SKIP
>>> corpus.measures[["doc_id", "path", "heading"]].head()  # doctest: +SKIP
"""

__all__ = ["Corpus", "CorpusError", "IngestError", "load_corpus"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # imported on first use, so the command line can answer from the cache without loading pandas
    if name in ("Corpus", "CorpusError", "load_corpus"):
        from . import corpus

        return getattr(corpus, name)
    if name == "IngestError":
        from .ingest import IngestError

        return IngestError
    raise AttributeError(f"module 'policycompare' has no attribute {name!r}")
