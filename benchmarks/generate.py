"""Realistic synthetic corpora for benchmarks: new documents recombined from the seeds.

Each document takes the page header of one seed (its layout, boilerplate and cover notice), a new
title, and an outline of 3-6 sections holding measures drawn from all seeds (their text, notes,
deadlines and targets intact), renumbered. The same N and seed give the same files.

    python benchmarks/generate.py 1000 build/bench/corpus
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import policycompare as pc

ROOT = Path(__file__).resolve().parents[1]
CN = "一二三四五六七八九十"


def seed_parts(corpus_folder: Path = ROOT / "corpus"):
    """Headers (text before the first measure) and measure texts of the seed documents."""
    corpus = pc.load_corpus(corpus_folder)
    headers = []
    for doc_id, text in corpus.texts.items():
        first = corpus.measures[corpus.measures.doc_id == doc_id].char_start.min()
        headers.append(text[:first].rstrip())
    return headers, corpus.measures.text.tolist()


def generate(n: int, out: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` documents into ``out/raw`` (and the dictionaries beside it); return the files."""
    rng = random.Random(seed)
    headers, measures = seed_parts()
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    shutil.copytree(ROOT / "corpus" / "dictionaries", out / "dictionaries", dirs_exist_ok=True)
    files = []
    for index in range(n):
        lines = [rng.choice(headers), ""]
        for section in range(rng.randint(3, 6)):
            lines.append(f"{CN[section]}、主要任务之{CN[section]}")
            for item in range(rng.randint(3, 8)):
                lines.append(f"{item + 1}.{rng.choice(measures)}")
        path = raw / f"{index:06d}_synthetic.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "build" / "bench" / "corpus"
    print(f"{len(generate(count, target))} documents in {target}")
