"""The pipeline benchmark (``make bench``): the command users run, cold, warm and after one changed
document, against bare jieba on the same texts, with the time of each stage and peak memory, as JSON,
then the ratios of issue 15 one per line; on generated documents and, when present, on the real
local regulations in ``../shared/corpora/local-regulations``.

    python benchmarks/run.py [--documents 1000] [--large] [--repeat N] [--dask] [--no-real]   # --large: 10,000

* cold: empty caches; everything is computed.
* warm: the same command again; nothing changed, so the report is copied from the cache.
* one changed: one document edited; the report is computed again, with every other measure's
  tokens from the token cache.
* bare jieba: ``jieba.lcut`` over the full text of every document, in one process, dictionary
  loaded beforehand: the issue's measure of the unavoidable work of segmentation.
* bare jieba-rs: the same with ``rjieba`` (jieba-rs, the segmenter the package uses since it gives
  the same Chinese tokens about twenty times faster): what segmentation costs the package now.

Timings on a shared virtual machine vary by a third from run to run, so each round measures
bare jieba just before the cold run, rounds are repeated (3 by default) and medians reported.
CPU time (user + system of the whole process tree) is reported beside wall time: on a machine
other work also loads, ``cold CPU / jieba CPU`` says what the pipeline costs, wall time what it took.
Peak memory is sampled every 0.1 s in one more cold run of the first round, not in the runs that are
timed (sampling took 8 CPU seconds of the run it watched and slowed it by a fifth): the resident set of
the main process, and the proportional set (shared pages counted once) summed over the whole process
tree, main process and workers. Stage times are those the cold run recorded in ``run.json``.

The report is written with its figures and report.html, as users run it. Most figures are drawn
beside other stages (those of the networks by the child that computes them, while the themes are
found), so no stage times them: ``figures share`` is what they add, the cold run's seconds minus
those of the same cold run with ``--no-figures`` (fresh caches both), over the cold run's; its CPU
share the same difference in CPU seconds of the process tree over the cold run's. Being the
difference of two runs, it is noisy (session 13: 14.7%, 28.7% and -2.9% in three rounds).
``figures' CPU in the run`` is measured where the figures are made: the CPU seconds the run spent
drawing and writing them and report.html, in every process (``figures_cpu_seconds`` of
``run.json``), over the cold run's CPU seconds. Both cores are busy through the figures, so this
share of the CPU is also their share of the time.

Goals of issue 15 (2 cores): cold <= 1.0 x bare jieba; warm <= 0.05 x cold; figures and report.html
<= 10% of the cold run at 1,000 documents; peak memory of the process tree at 10,000 documents <= 2 GB.
The script prints the ratios; it does not fail when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import ROOT, generate


def _memory_mb(pid: int, field: str) -> float:
    """A process's resident memory: ``Rss``, or ``Pss`` (pages shared with the forked workers
    counted once, split between the processes sharing them, so a tree's sum is not inflated)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _descendants(pid: int) -> list[int]:
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def timed(command: list[str], env: dict, memory: bool = False) -> dict:
    """Wall seconds and CPU seconds (user + system of the whole process tree: main process, workers
    and figure writers, all waited for); with ``memory``, also peak memory (MB) of the main process
    and of the tree, sampled every 0.1 s.

    Sampling is not free: reading ``smaps_rollup`` walks every page table of the tree, and on 2 cores
    it took 8.4 CPU seconds (7.3 of them in the kernel) of a cold run at 1,000 documents and made that
    run 20-30% slower. Runs that are timed are therefore not sampled; memory has a run of its own.
    """
    start, cpu_start = time.perf_counter(), _children_cpu()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    main_peak = tree_peak = 0.0
    while memory and process.poll() is None:
        main = _memory_mb(process.pid, "Rss")
        tree = _memory_mb(process.pid, "Pss") + sum(_memory_mb(child, "Pss") for child in _descendants(process.pid))
        main_peak, tree_peak = max(main_peak, main), max(tree_peak, tree)
        time.sleep(0.1)
    process.wait()
    seconds = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit status {process.returncode}")
    measured = {"seconds": round(seconds, 2), "cpu_seconds": round(_children_cpu() - cpu_start, 2)}
    return measured | ({"peak_rss_main_mb": round(main_peak), "peak_pss_tree_mb": round(tree_peak)} if memory else {})


def _children_cpu() -> float:
    """User + system seconds of every descendant that ended and was waited for (grandchildren too)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_jieba(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for jieba.lcut over the texts in one process (the dictionary loaded beforehand)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start, time.process_time() - cpu_start


def bare_jieba_rs(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for jieba-rs (rjieba) over the texts in one process, dictionary loaded beforehand."""
    import rjieba

    segmenter = rjieba.Jieba()
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        segmenter.cut(text, True)
    return time.perf_counter() - start, time.process_time() - cpu_start


def one_round(files: list[Path], corpus: Path, report: Path, dask: bool, memory: bool = True) -> dict:
    """Bare jieba, then the report cold, warm and after one changed document (fresh caches); with
    ``memory``, one more cold run whose memory is sampled (see :func:`timed`)."""
    texts = [f.read_text(encoding="utf-8") for f in files]
    cache = Path(tempfile.mkdtemp(prefix="pc-bench-cache-"))
    env = {**os.environ, "POLICYCOMPARE_CACHE": str(cache)}
    command = [sys.executable, "-m", "policycompare.cli", "report", str(corpus), "--out", str(report), "--quiet"]
    jieba_wall, jieba_cpu = bare_jieba(texts)  # just before the cold run: same machine state
    rs_wall, rs_cpu = bare_jieba_rs(texts)
    result = {"bare_jieba_seconds": round(jieba_wall, 2), "bare_jieba_cpu_seconds": round(jieba_cpu, 2),
              "bare_jieba_rs_seconds": round(rs_wall, 2), "bare_jieba_rs_cpu_seconds": round(rs_cpu, 2)}
    result["cold"] = timed(command, env)
    run = json.loads((report / "run.json").read_text(encoding="utf-8"))
    result["stages_cold_seconds"] = run["seconds"]
    result["figures_in_run_cpu_seconds"] = run["figures_cpu_seconds"]
    result["figures_in_run_cpu_share"] = round(run["figures_cpu_seconds"] / result["cold"]["cpu_seconds"], 3)
    # what the figures and report.html add: the same cold run without them (a fresh cache). Drawn
    # beside the other stages, the figures take no stage of their own to time; their cost is this.
    bare = timed([*command[:-2], str(report.parent / f"{report.name}_no_figures"), "--quiet", "--no-figures"],
                 {**env, "POLICYCOMPARE_CACHE": tempfile.mkdtemp(prefix="pc-bench-")})
    result["cold_without_figures"] = bare
    result["figures_seconds"] = round(result["cold"]["seconds"] - bare["seconds"], 2)
    result["figures_share"] = round(result["figures_seconds"] / result["cold"]["seconds"], 3)
    result["figures_cpu_seconds"] = round(result["cold"]["cpu_seconds"] - bare["cpu_seconds"], 2)
    result["figures_cpu_share"] = round(result["figures_cpu_seconds"] / result["cold"]["cpu_seconds"], 3)
    result["report_html_mb"] = round((report / "report.html").stat().st_size / 1e6, 2)
    result["warm"] = timed(command, env)
    original = files[0].read_bytes()
    link = files[0].readlink() if files[0].is_symlink() else None  # the real documents: never written to
    files[0].unlink(missing_ok=True)
    files[0].write_bytes(original + "加强法治宣传教育。\n".encode())  # one more sentence in one document
    result["one_document_changed"] = timed(command, env)
    files[0].unlink()
    if link:
        files[0].symlink_to(link)
    else:
        files[0].write_bytes(original)
    if dask:  # a cold run on a local Dask cluster: same work, scheduled by Dask
        result["cold_on_local_dask"] = timed(command + ["--dask"], {**env, "POLICYCOMPARE_CACHE": tempfile.mkdtemp()})
    if memory:  # the cold run again, observed: its seconds are those of a sampled run, not compared
        result["cold_memory_sampled"] = timed(command, {**env, "POLICYCOMPARE_CACHE": tempfile.mkdtemp()}, memory=True)
    result["ratio_cold_to_jieba"] = round(result["cold"]["seconds"] / result["bare_jieba_seconds"], 2)
    result["ratio_cold_to_jieba_rs"] = round(result["cold"]["seconds"] / result["bare_jieba_rs_seconds"], 2)
    result["ratio_warm_to_cold"] = round(result["warm"]["seconds"] / result["cold"]["seconds"], 3)
    result["ratio_one_changed_to_cold"] = round(result["one_document_changed"]["seconds"] / result["cold"]["seconds"], 3)
    return result


GOALS = {"median_ratio_cold_to_jieba": 1.0, "median_ratio_warm_to_cold": 0.05, "median_figures_share": 0.10}


def summarise(n: int, files: list[Path], rounds: list[dict]) -> dict:
    """Medians over the rounds, the goals beside them, and every round in detail."""
    median = lambda values: round(statistics.median(values), 3)  # noqa: E731
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    cold = median([r["cold"]["seconds"] for r in rounds])
    stages = {name: median([r["stages_cold_seconds"].get(name, 0.0) for r in rounds])
              for name in rounds[0]["stages_cold_seconds"]}
    sampled = [r for r in rounds if "cold_memory_sampled" in r]  # the round(s) whose memory was measured
    return {
        "documents": n, "characters": chars, "cores": os.cpu_count(), "rounds": len(rounds),
        "median_cold_seconds": cold, "median_bare_jieba_seconds": median([r["bare_jieba_seconds"] for r in rounds]),
        "median_warm_seconds": median([r["warm"]["seconds"] for r in rounds]),
        "median_one_changed_seconds": median([r["one_document_changed"]["seconds"] for r in rounds]),
        "documents_per_second_cold": round(n / cold, 1), "characters_per_second_cold": round(chars / cold),
        "median_ratio_cold_to_jieba": median([r["ratio_cold_to_jieba"] for r in rounds]),
        "median_bare_jieba_rs_seconds": median([r["bare_jieba_rs_seconds"] for r in rounds]),
        "median_ratio_cold_to_jieba_rs": median([r["ratio_cold_to_jieba_rs"] for r in rounds]),
        # CPU over CPU: what the work costs, whatever else the shared machine runs meanwhile
        "median_ratio_cold_cpu_to_jieba_cpu": median([r["cold"]["cpu_seconds"] / r["bare_jieba_cpu_seconds"]
                                                      for r in rounds]),
        "median_cold_cpu_seconds": median([r["cold"]["cpu_seconds"] for r in rounds]),
        "median_ratio_warm_to_cold": median([r["ratio_warm_to_cold"] for r in rounds]),
        "median_ratio_one_changed_to_cold": median([r["ratio_one_changed_to_cold"] for r in rounds]),
        "median_figures_share": median([r["figures_share"] for r in rounds]),
        "median_figures_seconds": median([r["figures_seconds"] for r in rounds]),
        "median_figures_cpu_seconds": median([r["figures_cpu_seconds"] for r in rounds]),
        "median_figures_cpu_share": median([r["figures_cpu_share"] for r in rounds]),
        "median_figures_in_run_cpu_seconds": median([r["figures_in_run_cpu_seconds"] for r in rounds]),
        "median_figures_in_run_cpu_share": median([r["figures_in_run_cpu_share"] for r in rounds]),
        "median_stage_seconds": stages,
        "report_html_mb": max(r["report_html_mb"] for r in rounds),
        "peak_memory_mb": max(r["cold_memory_sampled"]["peak_pss_tree_mb"] for r in sampled),
        "peak_rss_main_mb": max(r["cold_memory_sampled"]["peak_rss_main_mb"] for r in sampled),
        "goals": {**GOALS, "peak_memory_mb_at_10000": 2048},
        "rounds_detail": rounds,
    }


def print_ratios(name: str, result: dict) -> None:
    """The ratios of the issue, one a line, each with its goal."""
    print(f"\n== {name}: {result['documents']} documents, {result['characters']:,} characters, "
          f"{result['cores']} cores, {result['rounds']} round(s), medians ==")
    print(f"cold / bare jieba      {result['median_ratio_cold_to_jieba']:>7.2f}x   (goal <= 1.0; "
          f"cold {result['median_cold_seconds']} s, jieba {result['median_bare_jieba_seconds']} s)")
    print(f"cold / bare jieba-rs   {result['median_ratio_cold_to_jieba_rs']:>7.2f}x   (the segmenter the package "
          f"uses: {result['median_bare_jieba_rs_seconds']} s)")
    print(f"cold CPU / jieba CPU   {result['median_ratio_cold_cpu_to_jieba_cpu']:>7.2f}x   (user + system of the "
          f"process tree: cold {result['median_cold_cpu_seconds']} s on {result['cores']} cores; load average "
          f"{os.getloadavg()[0]:.1f} at the end)")
    print(f"warm / cold            {result['median_ratio_warm_to_cold']:>7.3f}x   (goal <= 0.05)")
    print(f"one changed / cold     {result['median_ratio_one_changed_to_cold']:>7.3f}x")
    print(f"figures share of cold  {result['median_figures_share']:>7.1%}    (goal <= 10%; what they add: cold minus "
          f"cold --no-figures, {result['median_figures_seconds']} s; CPU: {result['median_figures_cpu_seconds']} s, "
          f"{result['median_figures_cpu_share']:.1%} of the run's)")
    print(f"figures' CPU in run    {result['median_figures_in_run_cpu_share']:>7.1%}    (goal <= 10%; drawing and "
          f"writing them and report.html, every process: {result['median_figures_in_run_cpu_seconds']} s of the "
          f"run's {result['median_cold_cpu_seconds']} s)")
    print(f"peak memory, tree      {result['peak_memory_mb']:>7} MB (goal <= 2048 MB at 10,000 documents; "
          f"main process {result['peak_rss_main_mb']} MB)")
    print(f"report.html            {result['report_html_mb']:>7} MB (goal <= 10 MB at 10,000 documents)")
    total = sum(result["median_stage_seconds"].values()) or 1
    print("where the cold run's time goes: " + "; ".join(
        f"{stage} {seconds} s ({seconds / total:.0%})" for stage, seconds in result["median_stage_seconds"].items()))


def real_corpus(source: Path, out: Path) -> tuple[Path | None, list[Path], str]:
    """A corpus folder over the real regulations (links to the files, never copies), its files, and
    why it cannot be run ("" when it can): the package must read at least one of them into measures."""
    if not source.is_dir():
        return None, [], f"{source} is not present"
    files = sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith("."))
    corpus = out / "corpus_real"
    if corpus.exists():
        shutil.rmtree(corpus)
    (corpus / "raw").mkdir(parents=True)
    if (ROOT / "corpus" / "dictionaries").is_dir():  # else the package's own dictionaries are read
        shutil.copytree(ROOT / "corpus" / "dictionaries", corpus / "dictionaries")
    for index, path in enumerate(files):  # flat names: the province folders hold files of the same name
        (corpus / "raw" / f"{index:05d}_{path.name}").symlink_to(path)
    import policycompare as pc

    probe = out / "probe_real"
    if probe.exists():
        shutil.rmtree(probe)
    (probe / "raw").mkdir(parents=True)
    for path in files[:3]:
        (probe / "raw" / path.name).symlink_to(path)
    loaded = pc.load_corpus(probe)
    shutil.rmtree(probe)
    if loaded.measures.empty:
        suffixes = sorted({p.suffix for p in files})
        statuses = loaded.report.status.value_counts().to_dict()
        return None, files, (f"this version of policycompare reads no measures from {', '.join(suffixes)} files "
                             f"(first three: {statuses}); a reader for them is on another branch")
    return corpus, files, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--large", action="store_true", help="10,000 documents")
    parser.add_argument("--repeat", type=int, help="rounds; medians are reported (default 3, 1 with --large)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--dask", action="store_true", help="also a cold run on a local 2-worker Dask cluster")
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "corpora" / "local-regulations",
                        help="folder of real documents also measured (default ../shared/corpora/local-regulations)")
    parser.add_argument("--no-real", action="store_true", help="generated documents only")
    args = parser.parse_args()
    if not args.real.is_dir() and Path("/work/shared/corpora/local-regulations").is_dir():
        args.real = Path("/work/shared/corpora/local-regulations")  # a worktree sits deeper than the clone
    n = 10_000 if args.large else args.documents
    corpus = args.out / f"corpus_{n}"
    files = generate(n, corpus)
    rounds = [one_round(files, corpus, args.out / f"report_{n}", args.dask, memory=index == 0)
              for index in range(args.repeat or (1 if args.large else 3))]
    result = summarise(n, files, rounds)
    (args.out / f"results_{n}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=1, ensure_ascii=False))
    results = {"generated": result}
    if not args.no_real:
        real, real_files, reason = real_corpus(args.real, args.out)
        if reason:
            print(f"\nreal regulations: skipped: {reason}")
        else:
            rounds = [one_round(sorted((real / "raw").iterdir()), real, args.out / "report_real", False)]
            results["real regulations"] = summarise(len(real_files), sorted((real / "raw").iterdir()), rounds)
            (args.out / "results_real.json").write_text(json.dumps(results["real regulations"], indent=1,
                                                                   ensure_ascii=False), encoding="utf-8")
    for name, found in results.items():
        print_ratios(name, found)


if __name__ == "__main__":
    main()
