"""No text makes extraction superlinear (issues 12 and 16): each adversarial family of
benchmarks/adversarial.py, at 100 KB, runs through every extractor within a generous bound.

Linear code takes about a second per family on a loaded two-core machine; the quadratic code
these families once hit took minutes (and the exponential one never ended), so the bound separates
the two without timing anything finely. Speed goals are measured by the benchmark, not here.
"""

import importlib.util
import signal
import time

import pytest

from .seeds import ROOT

BOUND_SECONDS = 30
spec = importlib.util.spec_from_file_location("adversarial", ROOT / "benchmarks" / "adversarial.py")
adversarial = importlib.util.module_from_spec(spec)
spec.loader.exec_module(adversarial)
FAMILIES = adversarial.families(100)


def _stop(signum, frame):
    raise TimeoutError(f"extraction took longer than {BOUND_SECONDS} s: superlinear")


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_adversarial_family_is_extracted_in_linear_time(family):
    from policycompare.extract import extract_measure

    text = FAMILIES[family]
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(BOUND_SECONDS)
    try:
        began = time.perf_counter()
        found, _ = extract_measure(text, text, "2020-01-01")
        seconds = time.perf_counter() - began
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert seconds < BOUND_SECONDS
    assert all(text[row["start"]:row["end"]] == row["raw"] for row in found["deadlines"] + found["targets"])


def test_the_note_that_once_backtracked_exponentially_is_read_at_once():
    from policycompare.extract import extract_assignments

    began = time.perf_counter()
    warnings = []
    rows = extract_assignments("加强协调(" + "、".join(["有关部门"] * 24) + ")", warnings=warnings)
    assert time.perf_counter() - began < 2
    assert rows == []  # a bracket of placeholders in mid-sentence is not a note
