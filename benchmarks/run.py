"""The pipeline benchmark (``make bench``): cold and warm runs of the command users run, against
bare jieba on the same texts, with the time of each stage and peak memory, written as JSON.

    python benchmarks/run.py [--documents 1000] [--large]    # --large: 10,000 documents

Goals of issue 7 (2 cores): cold <= 0.75 x bare jieba; warm <= 0.05 x cold; peak RSS at 10,000
documents <= 2 GB. The script reports the ratios; it does not fail when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import ROOT, generate


def timed(command: list[str], env: dict) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) // 1024


def bare_jieba(texts: list[str]) -> float:
    """Seconds for jieba.lcut over the texts in one process (the dictionary loaded beforehand)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def stages(corpus_folder: Path, cache: Path) -> dict[str, float]:
    """In-process time of each stage, on a warm token cache."""
    import policycompare as pc
    from policycompare.network import network_comparison
    from policycompare.themes import analyse_themes

    times = {}
    start = time.perf_counter()
    corpus = pc.load_corpus(corpus_folder)
    times["ingest+structure+extract"] = time.perf_counter() - start
    start = time.perf_counter()
    analyse_themes(corpus, cache_dir=cache)
    times["tokens+vectors+themes"] = time.perf_counter() - start
    start = time.perf_counter()
    network_comparison(corpus)
    times["networks"] = time.perf_counter() - start
    return {name: round(seconds, 2) for name, seconds in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--large", action="store_true", help="10,000 documents")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    n = 10_000 if args.large else args.documents
    corpus = args.out / f"corpus_{n}"
    files = generate(n, corpus)
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(map(len, texts))
    cache = Path(tempfile.mkdtemp(prefix="pc-bench-cache-"))
    env = {**os.environ, "POLICYCOMPARE_CACHE": str(cache)}
    command = [sys.executable, "-m", "policycompare.cli", "report", str(corpus), "--out", str(args.out / "report"),
               "--no-figures"]
    cold, cold_rss = timed(command, env)
    warm, warm_rss = timed(command, env)
    jieba_seconds = bare_jieba(texts)
    result = {
        "documents": n, "characters": chars, "cores": os.cpu_count(),
        "cold_seconds": round(cold, 2), "warm_seconds": round(warm, 2), "bare_jieba_seconds": round(jieba_seconds, 2),
        "documents_per_second_cold": round(n / cold, 1), "characters_per_second_cold": round(chars / cold),
        "peak_rss_mb": max(cold_rss, warm_rss),
        "ratio_cold_to_jieba": round(cold / jieba_seconds, 2), "goal_cold_to_jieba": 0.75,
        "ratio_warm_to_cold": round(warm / cold, 3), "goal_warm_to_cold": 0.05,
        "stages_warm": stages(corpus, cache),
    }
    (args.out / f"results_{n}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
