"""Score the reviewer's set (tests/reviewset) with the development-set scorer.

    PYTHONPATH=src python -m tests.reviewset_score            # the table and the misses
    PYTHONPATH=src python -m tests.reviewset_score --figures  # the table only
    PYTHONPATH=src python -m tests.reviewset_score --json     # the figures as JSON
    PYTHONPATH=src python -m tests.reviewset_score --set reviewset2   # another folder under tests/

The review set is written by the independent reviewer in the format and conventions of
tests/devset (see tests/reviewset/README.md for the decisions it adds). It is not tuned on: it
measures how the code generalises. Every figure is computed by :func:`tests.devset_score.score_devset`
on the documents of this folder, so the two sets are scored the same way.
"""

from __future__ import annotations

import json
import sys

from .devset_score import DevsetScore, load_devset, report, score_devset
from .seeds import ROOT

REVIEWSET = ROOT / "tests" / "reviewset"


def load_reviewset(folder=REVIEWSET):
    """``(corpus, pages, skipped)`` for a review set (``tests/reviewset`` unless ``folder`` is given), in
    the shape :func:`score_devset` reads.

    >>> corpus, pages, skipped = load_reviewset(ROOT / "tests" / "reviewset2")  # doctest: +SKIP
    """
    return load_devset(folder)


def score_reviewset(loaded=None, folder=REVIEWSET) -> DevsetScore:
    """Every figure of a review set on the current code, with the misses.

    >>> score_reviewset().figures["metadata/issuer"]  # doctest: +SKIP
    0.5
    """
    return score_devset(loaded or load_reviewset(folder))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    name = argv[argv.index("--set") + 1] if "--set" in argv else "reviewset"
    result = score_reviewset(folder=ROOT / "tests" / name)
    if "--json" in argv:
        print(json.dumps(result.figures, indent=1, sort_keys=True))
    else:
        print(report(result, misses="--figures" not in argv).replace("development set:", f"{name}:", 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
