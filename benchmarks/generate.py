"""Realistic synthetic corpora for benchmarks: new documents recombined from the seeds.

Each document takes the page header of one seed (its layout, boilerplate and cover notice) with the
seed's place replaced by a real county or city from the national division table, and an outline of
3-6 sections of 3-8 measures. Each measure is a seed measure (its text, notes, deadlines and targets
intact) with one sentence of another seed measure added after its first sentence, so measure texts
are almost all distinct, as in a real corpus, and the token cache cannot short-cut a cold run. The
same N and seed give the same files.

    python benchmarks/generate.py 1000 build/bench/corpus
"""

from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path

import policycompare as pc

ROOT = Path(__file__).resolve().parents[1]
CN = "一二三四五六七八九十"
SEED_PLACES = ["天津市滨海新区", "滨海新区", "天门市", "天门", "西安市"]  # longest first within each place
SENTENCE = re.compile(r"[^。;]+[。;]")


def seed_parts(corpus_folder: Path = ROOT / "corpus"):
    """Headers (text before the first measure) and measure texts of the seed documents."""
    corpus = pc.load_corpus(corpus_folder)
    headers = []
    for doc_id, text in corpus.texts.items():
        first = corpus.measures[corpus.measures.doc_id == doc_id].char_start.min()
        headers.append(text[:first].rstrip())
    return headers, corpus.measures.text.tolist()


def places(n: int, rng: random.Random) -> list[str]:
    """``n`` real county- and city-level names (from cpca's division table), in a seeded order."""
    import cpca

    table = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    names = sorted({line.split(",")[1] for line in table.read_text(encoding="utf-8").splitlines()[1:]
                    if line.split(",")[1].endswith(("市", "县", "区")) and len(line.split(",")[1]) >= 3})
    return rng.sample(names, min(n, len(names)))


def new_measure(measures: list[str], sentences: list[str], rng: random.Random) -> str:
    """A seed measure with a sentence of another measure after its first sentence."""
    text = rng.choice(measures)
    first = SENTENCE.match(text)
    cut = first.end() if first else len(text)
    return text[:cut] + rng.choice(sentences) + text[cut:]


def generate(n: int, out: Path, seed: int = 0, n_places: int = 300) -> list[Path]:
    """Write ``n`` documents into ``out/raw``; return the files (the dictionaries are the package's)."""
    rng = random.Random(seed)
    headers, measures = seed_parts()
    sentences = [s for text in measures for s in SENTENCE.findall(text) if 8 <= len(s) <= 120 and not set(s) & set("(（")]
    towns = places(n_places, rng)
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    files = []
    for index in range(n):
        header, town = rng.choice(headers), rng.choice(towns)
        for place in SEED_PLACES:
            header = header.replace(place, town)
        lines = [header, ""]
        for section in range(rng.randint(3, 6)):
            lines.append(f"{CN[section]}、主要任务之{CN[section]}")
            for item in range(rng.randint(3, 8)):
                lines.append(f"{item + 1}.{new_measure(measures, sentences, rng)}")
        path = raw / f"{index:06d}_synthetic.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "build" / "bench" / "corpus"
    print(f"{len(generate(count, target))} documents in {target}")
