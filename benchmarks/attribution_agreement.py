"""Inter-annotator agreement on the attribution gold, beside the system's score on the same documents.

    .venv/bin/python benchmarks/attribution_agreement.py                  # the table (~5-40 s, spaCy loading)
    .venv/bin/python benchmarks/attribution_agreement.py --disagreements  # + what A and B annotated differently

Annotator A is `attribution_gold.jsonl`, restricted to the documents annotator B covered; annotator B
(`attribution_gold_b.jsonl`) annotated those documents blind, from the texts and the guidelines in
benchmarks/README.md only. The human ceiling tells how far the system's figure can be read: a system score near
the A-B agreement is as good as the gold can show.

Pairing and matching are those of `attribution.py` (imported, not copied): one-to-one pairs by cue overlap then
content token overlap; cue and speaker = span overlap, content = token Dice >= 0.5. B is scored as a "system"
against A, so P = right / B, R = right / A. The pairing is symmetric (cue overlap and content Dice are symmetric;
only ties are broken by index) and so is the speaker test, so swapping A and B swaps P and R and leaves F1
unchanged; the script checks this and says so. The system's claims are merged on shared cue and speaker, as in
`attribution.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.attribution import (  # noqa: E402
    GOLD,
    MEASURES,
    Attribution,
    _prf,
    _show,
    align,
    check_gold,
    content_f1,
    judge,
    load_gold,
    merge_same_cue,
    run_system,
    select_documents,
)

GOLD_B = Path(__file__).resolve().parent / "attribution_gold_b.jsonl"

Figures = dict[str, tuple[int, float, float, float]]


def score(reference: list[Attribution], other: list[Attribution], texts: dict[str, str]) -> Figures:
    """measure -> (right, P, R, F1) of `other` against `reference`, with attribution.py's pairing and judging."""
    pairs = align(reference, other, texts)
    verdicts = [judge(texts[reference[gi].doc_id], reference[gi], other[si]) for gi, si in pairs]
    out: Figures = {}
    for key, _ in MEASURES:
        right = sum(v[key] for v in verdicts)
        out[key] = (right, *_prf(right, len(other), len(reference)))
    return out


def label_agreement(a: list[Attribution], b: list[Attribution], texts: dict[str, str]) -> str:
    """How often two paired annotations agree on kind and cue type."""
    pairs = align(a, b, texts)
    same_kind = sum(a[i].kind == b[j].kind for i, j in pairs)
    same_type = sum(a[i].cue_type == b[j].cue_type for i, j in pairs)
    n = max(1, len(pairs))
    return (f"On the {len(pairs)} paired attributions: same kind {same_kind} ({100 * same_kind / n:.1f}%), "
            f"same cue_type {same_type} ({100 * same_type / n:.1f}%)")


def print_disagreements(a: list[Attribution], b: list[Attribution], texts: dict[str, str]) -> None:
    pairs = align(a, b, texts)
    paired_a = {i: j for i, j in pairs}
    paired_b = set(paired_a.values())
    for doc_id, text in texts.items():
        lines = []
        for i, g in enumerate(a):
            if g.doc_id != doc_id:
                continue
            if i not in paired_a:
                lines.append(f"  only A   {_show(text, g)}")
                continue
            o = b[paired_a[i]]
            v = judge(text, g, o)
            wrong = [k for k in ("cue", "speaker", "content") if not v[k]]
            if g.kind != o.kind:
                wrong.append("kind")
            if g.cue_type != o.cue_type:
                wrong.append("cue_type")
            if wrong:
                lines.append(f"  differ {', '.join(wrong)} (content F1 {content_f1(text, g, o):.2f})\n"
                             f"           A {_show(text, g)}\n           B {_show(text, o)}")
        for j, o in enumerate(b):
            if o.doc_id == doc_id and j not in paired_b:
                lines.append(f"  only B   {_show(text, o)}")
        if lines:
            print(f"\n== {doc_id}")
            print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold-a", type=Path, default=GOLD)
    parser.add_argument("--gold-b", type=Path, default=GOLD_B)
    parser.add_argument("--disagreements", action="store_true", help="list what A and B annotated differently")
    parser.add_argument("--no-system", action="store_true", help="skip building the documents with timeline")
    args = parser.parse_args()

    all_texts = select_documents()
    b = load_gold(args.gold_b)
    check_gold(b, all_texts)
    docs = sorted({g.doc_id for g in b})
    texts = {d: all_texts[d] for d in docs}
    a = [g for g in load_gold(args.gold_a) if g.doc_id in texts]
    check_gold(a, texts)

    def counts(ann: list[Attribution]) -> str:
        kinds = Counter(g.kind for g in ann)
        types = Counter(g.cue_type for g in ann)
        return f"{len(ann)} ({', '.join(f'{n} {k}' for k, n in sorted((kinds + types).items()))})"

    print(f"{len(docs)} documents: {', '.join(docs)}")
    print(f"annotator A: {counts(a)}\nannotator B: {counts(b)}")

    ab, ba = score(a, b, texts), score(b, a, texts)
    symmetric = all(abs(ab[k][3] - ba[k][3]) < 1e-9 for k, _ in MEASURES)
    system: list[Attribution] = []
    if not args.no_system:
        claims, elapsed = run_system(texts)
        system = merge_same_cue(claims)
        sa, sb = score(a, system, texts), score(b, system, texts)
        print(f"system: {len(claims)} claims, {len(system)} after merging shared cue+speaker; "
              f"timeline.build took {elapsed:.1f} s")

    head = "| measure | right | P (B vs A) | R | F1 A-B |"
    rule = "| --- | ---: | ---: | ---: | ---: |"
    if system:
        head += " system F1 vs A | system F1 vs B |"
        rule += " ---: | ---: |"
    print(f"\n{head}\n{rule}")
    for key, label in MEASURES:
        right, p, r, f = ab[key]
        row = f"| {label.replace('  << issue 4', '')} | {right} | {p:.1f} | {r:.1f} | {f:.1f} |"
        if system:
            row += f" {sa[key][3]:.1f} | {sb[key][3]:.1f} |"
        print(row)
    print(f"\nF1 symmetric (scoring A against B gives the same F1 on every row): {'yes' if symmetric else 'NO'}"
          + ("" if symmetric else f"; A vs B: {', '.join(f'{k} {ba[k][3]:.1f}' for k, _ in MEASURES)}"))
    print(label_agreement(a, b, texts))
    if args.disagreements:
        print_disagreements(a, b, texts)


if __name__ == "__main__":
    main()
