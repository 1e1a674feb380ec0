"""Fuzzed pages counted by what went wrong (issue 16): the figures behind ``tests/fuzz_findings.md``.

    python benchmarks/fuzz_counts.py [--pages 2000] [--seed 0]

Draws pages from the same fuzzing alphabets as ``tests/test_fuzz.py`` (with a plain random
generator, so every page is checked rather than stopping at the first failure as hypothesis
does), loads each with :func:`policycompare.load_corpus` and counts: pages that failed for a
parser error or a time budget, rows whose offsets do not give their raw text, raw values with
white space at either end, and one example of each.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import policycompare as pc  # noqa: E402
from tests.test_fuzz import BRACKETS, MARKERS, NUMBERS, OFFSET_TABLES, PROSE, PUNCTUATION, ROLES, SPACE  # noqa: E402

KINDS = [PROSE, MARKERS, BRACKETS, ROLES, NUMBERS, PUNCTUATION, SPACE]


def random_page(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 12)):
        lines.append("".join(rng.choice(rng.choice(KINDS)) for _ in range(rng.randint(0, 25))))
    return "某县人民政府办公室关于印发实施方案的通知\n" + "\n".join(lines)


def problems(corpus: pc.Corpus) -> list[tuple[str, str]]:
    """(kind, example) of everything wrong with one loaded page."""
    found = []
    report = corpus.report.iloc[0]
    if report.status == "failed":
        if not report.reason.endswith("empty file"):
            found.append(("file failed", report.reason.split(": ", 1)[-1]))
        return found
    body = next(iter(corpus.texts.values()))
    for table, column in OFFSET_TABLES.items():
        for row in getattr(corpus, table).itertuples():
            raw = getattr(row, column)
            if body[row.char_start:row.char_end] != raw:
                found.append((f"{table}: offsets do not give {column}", repr(raw)))
            elif raw != raw.strip():
                found.append((f"{table}: white space around {column}", repr(raw)))
    for row in corpus.measures.itertuples():
        if not body[row.char_start:row.char_end].endswith(row.text) or row.text != row.text.strip():
            found.append(("measures: offsets or white space", repr(row.text[:40])))
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    counts, pages_with, examples = Counter(), Counter(), {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        for _ in range(args.pages):
            text = random_page(rng)
            path.write_text(text, encoding="utf-8")
            found = problems(pc.load_corpus(path, time_budget=60))
            for kind, example in found:
                counts[kind] += 1
                examples.setdefault(kind, (example, text))
            pages_with.update({kind for kind, _ in found})
    print(f"{args.pages} fuzzed pages (seed {args.seed})")
    if not counts:
        print("no problems found")
    for kind, n in counts.most_common():
        example, text = examples[kind]
        print(f"{kind}: {n} rows on {pages_with[kind]} pages; e.g. {example} in {text[:120]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
