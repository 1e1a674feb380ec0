"""The report at scale (issue 15): ``policycompare report`` once, cold, on N generated documents
(10,000 by default), measuring what the issue sets goals for:

* the size of report.html (goal <= 10 MB) and of every image (goal <= 2 MB each);
* peak memory of the whole process tree, main process and workers, proportional set summed
  (goal <= 2 GB), sampled every 0.2 s;
* the memory the figures and report.html add (goal <= 1 GB): the tree's peak minus that of the same
  cold run with ``--no-figures`` (most figures are drawn beside other stages, by the processes that
  made their tables, so no stage of their own holds them).

    python benchmarks/large.py [--documents 10000] [--out build/bench] [--cache DIR]

``--cache`` keeps the token cache between runs (the default is a fresh one: a cold run). Results go
to ``<out>/large_<N>.json`` and are printed; ``benchmarks/results/`` keeps the ones we quote.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import ROOT, generate
from run import _descendants, _memory_mb


def sampled(command: list[str], env: dict, every: float = 0.2) -> tuple[float, list[tuple[float, float, float]], int]:
    """Run ``command``; its wall seconds, the samples ``(unix time, tree PSS MB, main RSS MB)`` and its
    exit status."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples = []
    while process.poll() is None:
        tree = _memory_mb(process.pid, "Pss") + sum(_memory_mb(c, "Pss") for c in _descendants(process.pid))
        samples.append((time.time(), tree, _memory_mb(process.pid, "Rss")))
        time.sleep(every)
    stderr = process.stderr.read().decode("utf-8", "replace")
    if process.returncode:
        print(stderr[-4000:], file=sys.stderr)
    return time.perf_counter() - start, samples, process.returncode


def stage_peaks(samples, ended: float, stages: dict) -> dict:
    """The tree's peak memory (MB) in each stage, the stages laid back to back before ``ended``
    (the time report.html was written) with the seconds ``run.json`` records; what came before the
    first stage (start-up, imports) is ``start``."""
    bounds, end = [], ended
    for name, seconds in reversed(list(stages.items())):
        bounds.append((name, end - seconds, end))
        end -= seconds
    bounds.append(("start", 0.0, end))
    peaks = {name: round(max((tree for at, tree, _ in samples if low < at <= high), default=0.0))
             for name, low, high in bounds}
    return dict(reversed(list(peaks.items())))


def measure(n: int, out: Path, cache: Path | None) -> dict:
    """Generate, run the report once with figures, and measure it."""
    corpus = out / f"corpus_{n}"
    files = generate(n, corpus)
    report = out / f"report_{n}"
    given = cache is not None
    cache = cache or Path(tempfile.mkdtemp(prefix="pc-large-cache-"))
    env = {**os.environ, "POLICYCOMPARE_CACHE": str(cache)}
    command = [sys.executable, "-m", "policycompare.cli", "report", str(corpus), "--out", str(report), "--quiet"]
    seconds, samples, status = sampled(command, env)
    if status:
        raise SystemExit(f"report failed with exit status {status}")
    fresh = {**env, "POLICYCOMPARE_CACHE": tempfile.mkdtemp(prefix="pc-large-cache-")}
    bare = [*command[:-2], str(out / f"report_{n}_no_figures"), "--quiet", "--no-figures"]
    bare_seconds, bare_samples, status = sampled(bare, fresh)
    if status:
        raise SystemExit(f"report --no-figures failed with exit status {status}")
    peak, bare_peak = max(tree for _, tree, _ in samples), max(tree for _, tree, _ in bare_samples)
    run = json.loads((report / "run.json").read_text(encoding="utf-8"))
    html_file = report / "report.html"
    images = {p.name: round(p.stat().st_size / 1e6, 3) for p in sorted((report / "figures").glob("*.png"))}
    tables = {p.name: round(p.stat().st_size / 1e6, 2) for p in sorted((report / "tables").glob("*.csv"))}
    return {
        "documents": n, "measures": run["measures"], "characters": run["characters"],
        "conditions": {"cores": os.cpu_count(), "python": platform.python_version(), "machine": platform.machine(),
                       "load_average_at_end": os.getloadavg(), "token_cache": f"given ({cache})" if given else "fresh (cold)",
                       "command": "policycompare report <corpus> --out <out> --quiet (figures and maps included)"},
        "wall_seconds": round(seconds, 1), "stage_seconds": run["seconds"],
        "peak_pss_tree_mb": round(peak),
        "peak_rss_main_mb": round(max(main for _, _, main in samples)),
        "figures_memory": {"peak_pss_tree_mb_without_figures": round(bare_peak), "added_mb": round(peak - bare_peak),
                           "wall_seconds_without_figures": round(bare_seconds, 1)},
        "peak_pss_tree_mb_by_stage": stage_peaks(samples, html_file.stat().st_mtime, run["seconds"]),
        "report_html_mb": round(html_file.stat().st_size / 1e6, 2),
        "largest_image_mb": max(images.values(), default=0.0), "images_mb": images, "tables_mb": tables,
        "goals": {"report_html_mb": 10, "image_mb": 2, "peak_pss_tree_mb": 2048, "figures_added_mb": 1024},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--cache", type=Path, help="token cache to use (default: a fresh one, a cold run)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    result = measure(args.documents, args.out, args.cache)
    path = args.out / f"large_{args.documents}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=1, ensure_ascii=False))
    goals = result["goals"]
    print(f"\n{result['documents']:,} documents: {result['wall_seconds']} s; peak memory (tree) "
          f"{result['peak_pss_tree_mb']} MB (goal <= {goals['peak_pss_tree_mb']}); figures added "
          f"{result['figures_memory']['added_mb']} MB (goal <= {goals['figures_added_mb']}); report.html "
          f"{result['report_html_mb']} MB (goal <= {goals['report_html_mb']}); largest image "
          f"{result['largest_image_mb']} MB (goal <= {goals['image_mb']})")


if __name__ == "__main__":
    main()
