"""Shared pytest set-up for the unit tests and the nbval run of the notebooks."""

import json
import os

import pytest

import policycompare as pc

from tests.seeds import ROOT


def pytest_collectstart(collector):
    """nbval compares the plain-text form of every output, not its HTML twin.

    DataFrames also carry an HTML rendering whose markup changes with pandas releases while the table
    does not; text/plain of the same output is still compared, so no result goes unchecked.
    """
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += ("text/html",)


@pytest.fixture(autouse=True, scope="session")
def _private_token_cache(tmp_path_factory):
    """Tests (and the notebook kernels they start) use a fresh token cache, not the user's."""
    os.environ["POLICYCOMPARE_CACHE"] = str(tmp_path_factory.mktemp("token-cache"))


@pytest.fixture(scope="session")
def annotations() -> dict:
    """The hand annotation of the seeds (tests/fixtures/seed_annotations.json), made by reading the
    pages, not by running the parser."""
    return json.loads((ROOT / "tests" / "fixtures" / "seed_annotations.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus() -> pc.Corpus:
    """The embedded corpus, loaded once."""
    return pc.load_corpus(ROOT / "corpus")
