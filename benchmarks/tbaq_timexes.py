"""TBAQ timex benchmark: TempEval-3 extent/type/value scores through the public CLI, plus a speed run.

    .venv/bin/python benchmarks/tbaq_timexes.py                 # the table + speed run
    .venv/bin/python benchmarks/tbaq_timexes.py --errors        # + per-document errors
    .venv/bin/python benchmarks/tbaq_timexes.py --errors --doc APW19980807.0261
    .venv/bin/python benchmarks/tbaq_timexes.py --no-speed --by-part   # + TimeBank and AQUAINT apart

Scoring follows TempEval-3: a system timex and a gold timex match *relaxed* when their character spans overlap
(one-to-one: each gold timex pairs with at most one system timex, exact spans first, then the largest overlap),
*strict* when the spans are identical.  Precision = matches / system timexes, recall = matches / gold timexes.
Type and value accuracy are measured on relaxed matches; "type F1" and "value F1" are relaxed F1 x accuracy.
Offsets are characters of the TEXT element with the tags removed (see ``tbaq.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tbaq import CORPUS, GoldDocument, GoldTimex, read_corpus  # noqa: E402

HEIDELTIME = {"strict": 83.9, "relaxed": 92.0, "type": None, "value": 77.2}
TARGETS = {"strict": 88.0, "relaxed": 94.0, "value": 86.0}


@dataclass(frozen=True)
class SysTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)
    value_errors: list[tuple[str, str, str]] = field(default_factory=list)  # (gold text, gold value, system value)


def _prf(matched: int, system: int, gold: int) -> tuple[float, float, float]:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def align(gold: list[GoldTimex], system: list[SysTimex]) -> list[tuple[GoldTimex, SysTimex]]:
    """One-to-one relaxed pairs: identical spans first, then the largest overlap."""
    pairs: list[tuple[GoldTimex, SysTimex]] = []
    used: set[int] = set()
    rest: list[GoldTimex] = []
    by_span = {(s.start, s.end): i for i, s in enumerate(system)}
    for g in gold:
        i = by_span.get((g.start, g.end))
        if i is not None and i not in used:
            used.add(i)
            pairs.append((g, system[i]))
        else:
            rest.append(g)
    for g in rest:
        best, best_overlap = -1, 0
        for i, s in enumerate(system):
            if i in used:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best >= 0:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def score(docs: list[GoldDocument], predicted: dict[str, list[SysTimex]]) -> Counts:
    c = Counts()
    for doc in docs:
        system = predicted.get(doc.doc_id, [])
        pairs = align(doc.timexes, system)
        c.system += len(system)
        c.gold += len(doc.timexes)
        errs: list[str] = []
        matched_gold = {id(g) for g, _ in pairs}
        matched_sys = {id(s) for _, s in pairs}
        for g, s in pairs:
            c.relaxed += 1
            if (g.start, g.end) == (s.start, s.end):
                c.strict += 1
            else:
                errs.append(
                    f"  extent  gold {g.text!r} [{g.start}:{g.end}]  system {s.text!r} [{s.start}:{s.end}]"
                )
            if g.type == s.type:
                c.type_ok += 1
            else:
                errs.append(f"  type    {g.text!r}: gold {g.type}  system {s.type}")
            if g.value == s.value:
                c.value_ok += 1
            else:
                c.value_errors.append((g.text, g.value, s.value))
                errs.append(
                    f"  value   {g.text!r}: gold {g.value}  system {s.value}  ...{_context(doc.text, g.start, g.end)}..."
                )
        for g in doc.timexes:
            if id(g) not in matched_gold:
                errs.append(
                    f"  missed  {g.text!r} [{g.start}:{g.end}] {g.type} {g.value}  ...{_context(doc.text, g.start, g.end)}..."
                )
        for s in system:
            if id(s) not in matched_sys:
                errs.append(
                    f"  spurious {s.text!r} [{s.start}:{s.end}] {s.type} {s.value}  ...{_context(doc.text, s.start, s.end)}..."
                )
        if errs:
            c.errors[doc.doc_id] = [f"  (DCT {doc.dct.isoformat()})", *errs]
    return c


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return (text[max(0, start - width) : start] + "[" + text[start:end] + "]" + text[end : end + width]).replace(
        "\n", " "
    )


def run_cli(docs: list[GoldDocument], workdir: Path) -> tuple[dict[str, list[SysTimex]], float]:
    """Write a JSONL corpus, run ``timeline extract ... --what timexes --format jsonl``, read its rows back."""
    corpus = workdir / "tbaq.jsonl"
    out = workdir / "timexes.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"doc_id": d.doc_id, "text": d.text, "dct": d.dct.isoformat()}) + "\n")
    exe = shutil.which("timeline", path=str(Path(sys.executable).parent))
    args = ["extract", str(corpus), "--what", "timexes", "--format", "jsonl", "-o", str(out)]
    started = time.perf_counter()
    if exe:
        proc = subprocess.run([exe, *args], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"timeline extract failed ({proc.returncode}):\n{proc.stderr}")
    else:  # no console script: the same entry point in-process
        from timeline.cli import main

        try:
            main(args)
        except SystemExit as exc:
            if exc.code not in (0, None):
                raise
    elapsed = time.perf_counter() - started
    predicted: dict[str, list[SysTimex]] = {}
    texts = {d.doc_id: d.text for d in docs}
    bad = 0
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            t = SysTimex(int(row["start"]), int(row["end"]), row["text"], row["type"] or "", row["value"] or "")
            if texts.get(row["doc_id"], "")[t.start : t.end] != t.text:
                bad += 1
            predicted.setdefault(str(row["doc_id"]), []).append(t)
    if bad:
        print(f"warning: {bad} rows whose offsets do not index the document text", file=sys.stderr)
    return predicted, elapsed


def _median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median CPU seconds of this process (one core, robust to other load on the machine) and median wall seconds."""
    cpu, wall = [], []
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def _peak_kib(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def speed(docs: list[GoldDocument], repeat: int, dateparser_repeat: int) -> dict[str, float]:
    """Time ``tag`` and ``dateparser.search.search_dates`` over the same texts in this process (medians)."""
    from dateparser.search import search_dates

    from timeline.temporal import tag

    chars = sum(len(d.text) for d in docs)

    def ours() -> None:
        for d in docs:
            tag(d.text, d.dct, doc_id=d.doc_id)

    def theirs() -> None:
        for d in docs:
            search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": d.dct})

    ours()  # warm: compile patterns, import lazily loaded modules
    search_dates("warm up on May 3, 2017", languages=["en"])
    t_ours, wall_ours = _median_time(ours, repeat)
    t_theirs, wall_theirs = _median_time(theirs, dateparser_repeat)
    return {
        "docs": len(docs), "chars": chars, "ours_s": t_ours, "theirs_s": t_theirs,
        "ours_wall_s": wall_ours, "theirs_wall_s": wall_theirs,
        "ours_docs_s": len(docs) / t_ours, "theirs_docs_s": len(docs) / t_theirs,
        "ours_chars_s": chars / t_ours, "theirs_chars_s": chars / t_theirs,
        "ours_peak_kib": _peak_kib(ours), "theirs_peak_kib": _peak_kib(theirs),
    }  # fmt: skip


def print_table(c: Counts) -> None:
    sp, sr, sf = _prf(c.strict, c.system, c.gold)
    rp, rr, rf = _prf(c.relaxed, c.system, c.gold)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    value_acc = c.value_ok / c.relaxed if c.relaxed else 0.0
    print(f"TBAQ ({CORPUS}): {c.gold} gold timexes, {c.system} system timexes")
    print(f"{'measure':<10} {'P':>6} {'R':>6} {'F1':>6}   {'target':>6}  {'HeidelTime':>10}")
    rows = [
        ("strict", sp, sr, sf),
        ("relaxed", rp, rr, rf),
        ("type", rp * type_acc, rr * type_acc, rf * type_acc),
        ("value", rp * value_acc, rr * value_acc, rf * value_acc),
    ]
    for name, p, r, f in rows:
        target = TARGETS.get(name)
        ht = HEIDELTIME.get(name)
        print(
            f"{name:<10} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}   {'' if target is None else f'{target:6.1f}':>6}"
            f"  {'' if ht is None else f'{ht:10.1f}':>10}"
        )
    print(
        f"type accuracy {100 * type_acc:.1f}%, value accuracy {100 * value_acc:.1f}% (on {c.relaxed} relaxed matches)"
    )


_WEEKDAY = r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
_MONTH = r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec)\b"
_FEW = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|few)\b"


def phrasing(text: str) -> str:
    """A timex's wording with its particulars abstracted: "last Friday" and "last Monday" read alike."""
    t = re.sub(r"\d+", "N", text.lower().strip(" .,"))
    return re.sub(_FEW, "K", re.sub(_MONTH, "MON", re.sub(_WEEKDAY, "WD", t)))


def value_form(value: str) -> str:
    """A value with its digits abstracted: "1998-W12" and "1989-W43" have one form."""
    return re.sub(r"\d", "9", value)


def audit(docs: list[GoldDocument], counts: Counts) -> dict[str, int]:
    """Sort the value errors: is our value's form one the gold itself gives the same phrasing elsewhere?"""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for g in doc.timexes:
            forms[phrasing(g.text)][value_form(g.value)] += 1
    kinds: Counter[str] = Counter()
    for text, gold, system in counts.value_errors:
        if value_form(gold) == value_form(system):
            kinds["same form, other date (reference time, arithmetic, or a gold slip)"] += 1
        elif forms[phrasing(text)][value_form(system)]:
            kinds["our form is the one TBAQ gives this phrasing elsewhere"] += 1
        else:
            kinds["other"] += 1
    return dict(kinds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="print each document's errors")
    ap.add_argument("--doc", help="only this document's errors (with --errors)")
    ap.add_argument("--repeat", type=int, default=5, help="timing repeats for the tagger (median is quoted)")
    ap.add_argument("--dateparser-repeat", type=int, default=3, help="timing repeats for dateparser")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed run")
    ap.add_argument("--audit", action="store_true", help="sort the value errors by how the gold annotates alike")
    ap.add_argument(
        "--by-part",
        action="store_true",
        help="also score TimeBank and AQUAINT apart (AQUAINT's 2000s multi-source news is the nearer to unseen news)",
    )
    args = ap.parse_args(argv)

    docs = read_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        predicted, cli_seconds = run_cli(docs, Path(tmp))
    counts = score(docs, predicted)
    print_table(counts)
    print(f"CLI run (timeline extract, incl. start-up): {cli_seconds:.1f} s")
    if args.by_part:
        for part in ("TimeBank", "AQUAINT"):
            ids = {d.doc_id for d in read_corpus(CORPUS / part)}
            sub = [d for d in docs if d.doc_id in ids]
            c = score(sub, {k: v for k, v in predicted.items() if k in ids})
            _, _, rf = _prf(c.relaxed, c.system, c.gold)
            _, _, sf = _prf(c.strict, c.system, c.gold)
            print(
                f"{part:<9} {len(sub):3d} docs, {c.gold:4d} gold: strict F1 {100 * sf:.1f}, relaxed F1 {100 * rf:.1f},"
                f" value F1 {100 * rf * c.value_ok / max(c.relaxed, 1):.1f}"
            )
    if args.audit:
        print(f"\nvalue errors ({len(counts.value_errors)}), by how TBAQ annotates the same phrasing:")
        for kind, n in sorted(audit(docs, counts).items(), key=lambda kv: -kv[1]):
            print(f"  {n:4d}  {kind}")
    if args.errors:
        for doc_id, errs in sorted(counts.errors.items()):
            if args.doc and doc_id != args.doc:
                continue
            print(f"\n{doc_id}")
            print("\n".join(errs))
    if not args.no_speed:
        s = speed(docs, args.repeat, args.dateparser_repeat)
        print(
            f"\nspeed, one process, one core, {s['docs']} docs / {s['chars']:,} chars (CPU time, median of repeats):"
        )
        print(f"{'':<24} {'docs/s':>8} {'chars/s':>11} {'CPU s':>7} {'wall s':>7} {'peak KiB':>9}")
        for name, key in (("timeline.temporal.tag", "ours"), ("dateparser.search_dates", "theirs")):
            print(
                f"{name:<24} {s['docs'] / s[key + '_s']:8.1f} {s['chars'] / s[key + '_s']:11,.0f} {s[key + '_s']:7.2f}"
                f" {s[key + '_wall_s']:7.2f} {s[key + '_peak_kib']:9.0f}"
            )
        print(
            f"ratio: {s['theirs_s'] / s['ours_s']:.1f}x faster than dateparser (CPU time; wall {s['theirs_wall_s'] / s['ours_wall_s']:.1f}x)"
        )
        print(
            f"max resident set size of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
