"""Claims stage speed over the TBAQ texts: claims per document, docs/s on one core, peak memory.

    .venv/bin/python benchmarks/claims_speed.py [--corpus ../shared/corpora/tbaq] [--repeats 3]

The stage measured is what the pipeline runs for claims: sentence segmentation, the parse of candidate sentences
(batched over all documents), attribution, speaker resolution, dating against the article date, and linking.
Time expressions and events come from other stages and are not included (passed empty).  The process is pinned
to one CPU; the model load is timed apart; the figure is the median of the repeats.  Wall time is what a user
waits on an idle machine; CPU time is the same figure undisturbed by other processes sharing the core.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import resource
import statistics
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# One core, as the target says, before numpy loads: BLAS worker threads started earlier would keep running on
# the other cores (the affinity binds only this thread and the threads it starts later).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

from timeline.claims import extract_claims_many, link_claims  # noqa: E402
from timeline.parse import load_nlp  # noqa: E402
from timeline.records import Claim, Document, Event, Sentence, Timex  # noqa: E402
from timeline.segment import split_sentences  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
_TAG = re.compile(r"<[^>]+>")


def load_tbaq(corpus: Path) -> list[Document]:
    """TimeML files -> documents: the TEXT element with its tags stripped, the DCT element's date."""
    docs = []
    for path in sorted(corpus.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        text_match = _TEXT.search(raw)
        if not text_match:
            continue
        dct_match = _DCT.search(raw)
        dct = datetime.fromisoformat(dct_match.group(1)) if dct_match else None
        docs.append(Document(path.stem, html.unescape(_TAG.sub("", text_match.group(1))), dct, path=str(path)))
    return docs


def run_stage(docs: list[Document]) -> tuple[list[Claim], int]:
    items: list[tuple[Document, list[Sentence], list[Timex], list[Event]]] = [
        (d, split_sentences(d.text), [], []) for d in docs
    ]
    claims = extract_claims_many(items)
    return claims, len(link_claims(claims))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    docs = load_tbaq(args.corpus)
    if not docs:
        sys.exit(f"no .tml files under {args.corpus}")
    t0 = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t0

    times, cpu_times = [], []
    claims: list[Claim] = []
    n_links = 0
    for _ in range(args.repeats):
        t, c = time.perf_counter(), time.process_time()
        claims, n_links = run_stage(docs)
        times.append(time.perf_counter() - t)
        cpu_times.append(time.process_time() - c)
    median = statistics.median(times)
    cpu = statistics.median(cpu_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    per_doc = Counter(c.doc_id for c in claims)
    counts = [per_doc.get(d.doc_id, 0) for d in docs]
    words = sum(len(d.text.split()) for d in docs)
    rows = [
        ("documents", f"{len(docs)}"),
        ("words", f"{words}"),
        ("claims", f"{len(claims)}"),
        ("claims per document (mean)", f"{statistics.mean(counts):.2f}"),
        ("claims per document (median / max)", f"{statistics.median(counts):g} / {max(counts)}"),
        ("claim links", f"{n_links}"),
        ("kinds", ", ".join(f"{k} {v}" for k, v in Counter(c.kind for c in claims).most_common())),
        ("stances", ", ".join(f"{k} {v}" for k, v in Counter(c.stance for c in claims).most_common(6))),
        ("model load (s)", f"{load_s:.2f}"),
        (f"wall time, median of {args.repeats} (s)", f"{median:.2f}  (runs: {', '.join(f'{t:.2f}' for t in times)})"),
        (f"CPU time, median of {args.repeats} (s)", f"{cpu:.2f}  (runs: {', '.join(f'{t:.2f}' for t in cpu_times)})"),
        ("speed (docs/s, one core, wall)", f"{len(docs) / median:.1f}"),
        ("speed (docs/s, one core, CPU)", f"{len(docs) / cpu:.1f}"),
        ("fastest run (docs/s, wall)", f"{len(docs) / min(times):.1f}"),
        ("speed (words/s, CPU)", f"{words / cpu:.0f}"),
        ("peak memory (RSS, MB)", f"{peak_mb:.0f}"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"claims stage over {args.corpus}")
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


if __name__ == "__main__":
    main()
