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
>>> "load_corpus" in dir(pc) and "from_frame" in pc.__all__
True
"""

__version__ = "0.2.0"

# public name -> the module that defines it; modules are imported on first use, so the command
# line can answer from the cache without loading pandas
_PUBLIC = {
    "Corpus": "corpus", "CorpusError": "corpus", "load_corpus": "corpus", "from_texts": "corpus",
    "from_frame": "corpus", "concat": "corpus", "IngestError": "ingest", "analyse_themes": "themes",
    "Codebook": "themes", "PolicyVectorizer": "vectorize", "Tokenizer": "tokens", "AliasTable": "extract",
    "network_tables": "network", "accountability": "compare", "targets_by_indicator": "compare",
    "deadline_timeline": "compare", "plan_horizons": "compare", "recurring_schedules": "compare",
    "write_report": "report", "read_table": "dictionaries",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    if name in _PUBLIC:
        from importlib import import_module

        return getattr(import_module(f".{_PUBLIC[name]}", __name__), name)
    raise AttributeError(f"module 'policycompare' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*__all__, *(name for name in globals() if not name.startswith("_") or name.startswith("__"))})
