"""Shared fixtures: the seed documents (copied byte for byte into corpus/raw) and their hand
annotation (tests/fixtures/seed_annotations.json, written by reading the pages, not the parser)."""

import json
from pathlib import Path

import pytest

import policycompare as pc

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def annotations() -> dict:
    return json.loads((ROOT / "tests" / "fixtures" / "seed_annotations.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus() -> pc.Corpus:
    return pc.load_corpus(ROOT / "corpus")
