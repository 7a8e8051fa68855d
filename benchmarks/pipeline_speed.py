"""Wall time and peak memory of the whole pipeline on the seed (and optionally a TBAQ sample).

    .venv/bin/python benchmarks/pipeline_speed.py [--repeat 5] [--tbaq 50]

Reports medians over repeats; the first build (model loading, lexicon compilation) is reported separately,
since a one-off `timeline build` pays it once.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_4af24b45e95ba1e9.txt"


def _tbaq_jsonl(n: int, folder: Path) -> Path:
    from benchmarks.tbaq import read_corpus  # the timex benchmark's reader of the gold TimeML

    docs = read_corpus()[:n]
    path = folder / "tbaq.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps({"doc_id": d.doc_id, "text": d.text, "dct": d.dct.isoformat()}) + "\n")
    return path


def _one_core() -> None:
    """Run on one core, as the targets say, before numpy loads: BLAS worker threads started earlier would keep
    running on the other cores (the affinity set here binds only this thread and those it starts later)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    assert "numpy" not in sys.modules, "numpy loaded before the benchmark pinned itself to one core"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tbaq", type=int, default=0, help="also build N TBAQ documents as one corpus")
    args = parser.parse_args()

    _one_core()
    import timeline

    t0 = time.perf_counter()
    timeline.build(SEED)
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        tl = timeline.build(SEED)
        warm.append(time.perf_counter() - t0)
    print(f"seed: first build {cold:.2f} s (loads spaCy and compiles the grammar); "
          f"then median {statistics.median(warm) * 1000:.0f} ms over {args.repeat} "
          f"({len(tl.timexes)} timexes, {len(tl.events)} events, {len(tl.claims)} claims)")
    if args.tbaq:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = _tbaq_jsonl(args.tbaq, Path(tmp))
            walls, cpus = [], []
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                tl = timeline.build(corpus)
                walls.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
        n = len(tl.documents)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"tbaq, whole pipeline (timexes, events, claims, links): {n} docs, median of {args.repeat}: "
              f"{n / wall:.1f} docs/s wall, {n / cpu:.1f} docs/s CPU time "
              f"({len(tl.timexes)} timexes, {len(tl.events)} events, {len(tl.claims)} claims, "
              f"{len(tl.claim_links)} links)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
