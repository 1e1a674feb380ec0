"""How many KMeans restarts the themes refit needs (themes.REFIT_N_INIT).

Above ``themes.SEARCH_SAMPLE`` measures, ThemeClusterer chooses k on a sample and then clusters the
whole corpus once with that k. This compares that refit with ``n_init`` restarts (10, the
clusterer's default) and with ``REFIT_N_INIT``, for several seeds, on N generated documents and on
the real corpora (the 31 work reports and every 5th local regulation, when ../shared/corpora is
there): CPU seconds, inertia, cosine silhouette (a seeded sample of 5,000 measures) and the
agreement with the codebook (adjusted Rand index, NMI).

    python benchmarks/themes_refit.py [--documents 1000] [--seeds 6] [--out build/bench]

Results go to ``<out>/themes_refit.json`` and are printed; ``benchmarks/results/`` keeps the ones we quote.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from generate import ROOT, generate
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

import policycompare as pc
from policycompare.parallel import one_native_thread
from policycompare.themes import REFIT_N_INIT, _relabel, agreement, analyse_themes

REAL = [ROOT.parent / "shared" / "corpora", Path("/work/shared/corpora")]


def real_files() -> list[Path]:
    """The 31 work reports and every 5th local regulation, or none when the corpora are absent."""
    home = next((path for path in REAL if (path / "local-regulations").is_dir()), None)
    if home is None:
        return []
    reports = sorted((home / "provincial-work-reports-2026").glob("*政府工作报告.csv"))
    return reports + sorted((home / "local-regulations").rglob("*.md"))[::5]


def compare(corpus, seeds: int) -> dict:
    """The refit at the chosen k, with 10 and with REFIT_N_INIT restarts, for each seed."""
    analysis = analyse_themes(corpus, cache_dir=None)
    vectors, themes = np.asarray(analysis.vectors), analysis.themes.codebook_theme
    k = analysis.clusterer.n_clusters_
    rows = []
    with one_native_thread():
        for seed in range(seeds):
            for n_init in (10, REFIT_N_INIT):
                start = time.process_time()
                model = KMeans(k, n_init=n_init, random_state=seed).fit(vectors)
                cpu = time.process_time() - start
                labels = _relabel(model.labels_)
                figures = agreement(labels, themes)
                rows.append({"seed": seed, "n_init": n_init, "cpu_s": round(cpu, 2), "inertia": round(float(model.inertia_), 1),
                             "silhouette": round(silhouette_score(vectors, labels, metric="cosine",
                                                                  sample_size=min(len(vectors), 5000), random_state=0), 4),
                             "adjusted_rand": figures["adjusted_rand"], "nmi": figures["nmi"]})
    means = {n_init: {key: round(float(np.mean([row[key] for row in rows if row["n_init"] == n_init])), 4)
                      for key in ("cpu_s", "silhouette", "adjusted_rand", "nmi")} for n_init in (10, REFIT_N_INIT)}
    return {"measures": len(vectors), "k": k, "runs": rows, "means": means}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seeds", type=int, default=6)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    files = generate(args.documents, args.out / f"corpus_{args.documents}")
    results = {f"generated_{args.documents}": compare(pc.load_corpus(files[0].parents[1]), args.seeds)}
    if real := real_files():
        results["real_sample"] = compare(pc.load_corpus(real), args.seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "themes_refit.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    for name, result in results.items():
        print(name, result["measures"], "measures, k =", result["k"], json.dumps(result["means"]))


if __name__ == "__main__":
    main()
