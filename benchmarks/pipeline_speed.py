"""Wall time and peak memory of the whole pipeline on the seed (and optionally a TBAQ sample).

    .venv/bin/python benchmarks/pipeline_speed.py [--repeat 5] [--tbaq 50]

Reports medians over repeats; the first build (model loading, lexicon compilation) is reported separately,
since a one-off `timeline build` pays it once.
"""

from __future__ import annotations

import argparse
import json
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tbaq", type=int, default=0, help="also build N TBAQ documents as one corpus")
    args = parser.parse_args()

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
            t0 = time.perf_counter()
            tl = timeline.build(corpus)
            took = time.perf_counter() - t0
        print(f"tbaq: {len(tl.documents)} docs in {took:.2f} s = {len(tl.documents) / took:.1f} docs/s "
              f"({len(tl.events)} events, {len(tl.claims)} claims)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
