"""Attribution accuracy of the claims stage on a small hand-annotated TBAQ development set.

    .venv/bin/python benchmarks/attribution.py                 # the table (~20-40 s, most of it loading spaCy)
    .venv/bin/python benchmarks/attribution.py --errors        # + per-document misses, spurious claims, wrong parts
    .venv/bin/python benchmarks/attribution.py --errors --doc wsj_0810
    .venv/bin/python benchmarks/attribution.py --show-gold     # print the gold spans (to check or extend the gold)

Issue 4 measures attribution on a held-out news attribution corpus we cannot see ("speaker + cue + content
overlap", a dependency-rule prototype reached 55 F). `attribution_gold.jsonl` is our own development stand-in:
every attribution (PARC 3.0 sense) in 32 TBAQ documents, chosen by a fixed rule (every 8th document by sorted
doc_id), annotated without looking at the system's output. Guidelines: benchmarks/README.md.

The documents go through the public API: a JSONL corpus (doc_id/text/dct) in a temporary folder, then
`timeline.build(path)`; the claims table's cue/speaker/content offsets index each document's text.

Scoring: system claims sharing a cue span and a speaker span are merged into one attribution first (their
content spans united; a multi-sentence quote under one cue is one attribution, as in the gold; `--no-merge` scores
each claim alone). They are then paired one-to-one with gold attributions of the same document, first by cue overlap
(largest first), then, for what is left, by content token overlap. On a pair:
  cue      the cue spans overlap;
  speaker  the speaker spans overlap (the system's span as written, so a resolved pronoun counts when the
           pronoun is the gold source); a gold attribution without a source needs a claim without a speaker;
  content  token-level overlap F1 (Dice over word tokens; gold continuation spans count) >= 0.5;
           "content (any overlap)" needs one shared token;
  all      speaker + cue + content: the issue's combined measure.
P = right / system claims, R = right / gold attributions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = Path(__file__).resolve().parent / "attribution_gold.jsonl"
EVERY = 8  # the selection rule: sorted(doc_ids)[::EVERY]
CONTENT_THRESHOLD = 0.5
WORD = re.compile(r"\w+")

Span = tuple[int, int]


@dataclass
class Attribution:
    """One gold attribution or one system claim, as spans into its document's text."""

    doc_id: str
    cue: Span
    speaker: Span | None
    content: list[Span]
    kind: str
    cue_type: str = ""
    ident: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def select_documents() -> dict[str, str]:
    """doc_id -> text of the annotated documents: every EVERY-th TBAQ document by sorted doc_id."""
    from benchmarks.tbaq import read_corpus

    docs = {d.doc_id: d for d in read_corpus()}
    return {i: docs[i].text for i in sorted(docs)[::EVERY]}


def _dct_of(doc_ids: set[str]) -> dict[str, str]:
    from benchmarks.tbaq import read_corpus

    return {d.doc_id: d.dct.isoformat() for d in read_corpus() if d.doc_id in doc_ids}


def load_gold(path: Path = GOLD) -> list[Attribution]:
    gold = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        content: list[Span] = [(s, e) for s, e in [r["content"], *r.get("content_more", [])]]
        cue_s, cue_e = r["cue"]
        gold.append(
            Attribution(
                r["doc_id"], (cue_s, cue_e), (r["speaker"][0], r["speaker"][1]) if r["speaker"] else None,
                content, r["kind"], r.get("cue_type", "speech"), f"gold line {n}",
            )
        )
    return gold


def run_system(texts: dict[str, str]) -> tuple[list[Attribution], float]:
    """Build the documents through the public API; the claims as Attributions and the build's wall time."""
    import timeline

    dcts = _dct_of(set(texts))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "attribution.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for doc_id, text in texts.items():
                handle.write(json.dumps({"doc_id": doc_id, "text": text, "dct": dcts[doc_id]}) + "\n")
        t0 = time.perf_counter()
        tl = timeline.build(corpus)
        elapsed = time.perf_counter() - t0
    for doc_id, text in texts.items():
        if tl.texts.get(doc_id) != text:
            raise SystemExit(f"{doc_id}: the pipeline's text differs from the gold text; offsets would not match")
    claims = []
    records: list[dict[str, Any]] = tl.claims.to_dict("records")  # type: ignore[assignment]
    for row in records:
        speaker = _span(row["speaker_start"], row["speaker_end"])
        claims.append(
            Attribution(
                str(row["doc_id"]), (int(row["cue_start"]), int(row["cue_end"])), speaker,
                [(int(row["content_start"]), int(row["content_end"]))], str(row["kind"]), ident=str(row["claim_id"]),
                extra={k: str(row[k]) for k in ("speaker", "actor", "cue_class")},
            )
        )
    return claims, elapsed


def merge_same_cue(claims: list[Attribution]) -> list[Attribution]:
    """One attribution per (document, cue span, speaker span): a multi-sentence quote or a cue with two
    content clauses is one attribution in PARC, while the system may emit one claim per sentence or clause."""
    merged: dict[tuple[str, Span, Span | None], Attribution] = {}
    for c in claims:
        key = (c.doc_id, c.cue, c.speaker)
        if key in merged:
            m = merged[key]
            m.content = sorted(m.content + c.content)
            m.ident += "+" + c.ident.rsplit(":", 1)[-1]
        else:
            merged[key] = Attribution(c.doc_id, c.cue, c.speaker, list(c.content), c.kind, ident=c.ident,
                                      extra=c.extra)
    return list(merged.values())


def _span(start: Any, end: Any) -> Span | None:
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):  # NA
        return None
    return (s, e) if 0 <= s < e else None


def _overlap(a: Span | None, b: Span | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _tokens(text: str, spans: list[Span]) -> set[int]:
    """Start offsets of the word tokens inside any of the spans."""
    out: set[int] = set()
    for start, end in spans:
        out.update(m.start() for m in WORD.finditer(text, start, end))
    return out


def content_f1(text: str, gold: Attribution, system: Attribution) -> float:
    g, s = _tokens(text, gold.content), _tokens(text, system.content)
    return 2 * len(g & s) / (len(g) + len(s)) if g and s else 0.0


def align(gold: list[Attribution], system: list[Attribution], texts: dict[str, str]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs: by cue overlap first, then by content token overlap."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    for stage in ("cue", "content"):
        candidates: list[tuple[float, float, int, int, int, int]] = []
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for si, s in enumerate(system):
                if si in used_s or s.doc_id != g.doc_id:
                    continue
                f1 = content_f1(texts[g.doc_id], g, s)
                cue = _overlap(g.cue, s.cue)
                if stage == "cue" and cue:
                    candidates.append((cue, f1, -gi, -si, gi, si))
                elif stage == "content" and f1 > 0:
                    candidates.append((f1, 0, -gi, -si, gi, si))
        for *_, gi, si in sorted(candidates, reverse=True):
            if gi not in used_g and si not in used_s:
                pairs.append((gi, si))
                used_g.add(gi)
                used_s.add(si)
    return sorted(pairs)


def judge(text: str, g: Attribution, s: Attribution) -> dict[str, bool]:
    f1 = content_f1(text, g, s)
    speaker = (s.speaker is None) if g.speaker is None else _overlap(g.speaker, s.speaker) > 0
    cue = _overlap(g.cue, s.cue) > 0
    return {
        "found": True,
        "cue": cue,
        "speaker": speaker,
        "content": f1 >= CONTENT_THRESHOLD,
        "content_any": f1 > 0,
        "all": cue and speaker and f1 >= CONTENT_THRESHOLD,
        "all_any": cue and speaker and f1 > 0,
    }


MEASURES = [
    ("found", "attribution paired (cue or content overlap)"),
    ("cue", "cue (overlap)"),
    ("speaker", "speaker (overlap)"),
    ("content", f"content (token F1 >= {CONTENT_THRESHOLD})"),
    ("content_any", "content (any overlap)"),
    ("all", "speaker + cue + content  << issue 4"),
    ("all_any", "speaker + cue + content (any overlap)"),
]


def _prf(right: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = right / n_sys if n_sys else 0.0
    r = right / n_gold if n_gold else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def report(gold: list[Attribution], system: list[Attribution], texts: dict[str, str]) -> dict[str, Any]:
    pairs = align(gold, system, texts)
    verdicts = {gi: judge(texts[gold[gi].doc_id], gold[gi], system[si]) for gi, si in pairs}
    print("| measure | right | P | R | F1 |\n| --- | ---: | ---: | ---: | ---: |")
    figures = {}
    for key, label in MEASURES:
        right = sum(v[key] for v in verdicts.values())
        p, r, f = _prf(right, len(system), len(gold))
        figures[key] = (p, r, f)
        bold = f"**{f:.1f}**" if key == "all" else f"{f:.1f}"
        print(f"| {label} | {right} | {p:.1f} | {r:.1f} | {bold} |")

    print("\nRecall by gold kind and cue type (paired / speaker + cue + content right):")
    for attr in ("kind", "cue_type"):
        for value, n in sorted(Counter(getattr(g, attr) for g in gold).items()):
            idx = [i for i, g in enumerate(gold) if getattr(g, attr) == value]
            found = sum(i in verdicts for i in idx)
            right = sum(verdicts[i]["all"] for i in idx if i in verdicts)
            print(f"  {attr}={value:<9} {n:>4} gold   paired {100 * found / n:5.1f}%   all right {100 * right / n:5.1f}%")
    speech = [i for i, g in enumerate(gold) if g.cue_type == "speech"]
    paired_sys = {si for gi, si in pairs if gold[gi].cue_type != "speech"}
    n_sys = len(system) - len(paired_sys)
    right = sum(verdicts[i]["all"] for i in speech if i in verdicts)
    p, r, f = _prf(right, n_sys, len(speech))
    print(f"  speech attributions only (belief gold and the claims paired with it set aside): "
          f"P {p:.1f} R {r:.1f} F1 {f:.1f}")
    nested = {i for i, g in enumerate(gold) if any(
        o.doc_id == g.doc_id and o is not g and any(_overlap(g.cue, c) == g.cue[1] - g.cue[0] for c in o.content)
        for o in gold)}
    right = sum(verdicts[i]["all"] for i in nested if i in verdicts)
    print(f"  nested (cue inside another gold attribution's content, e.g. \"I think\" within a quote): "
          f"{len(nested)} gold, all right {100 * right / max(1, len(nested)):.1f}%")
    sys_kinds = Counter(system[si].kind for si in range(len(system)))
    print(f"\nSystem claims by kind: {dict(sys_kinds)}")
    return {"pairs": pairs, "verdicts": verdicts, "figures": figures}


def _context(text: str, span: Span, width: int = 50) -> str:
    s, e = span
    left = text[max(0, s - width): s].replace("\n", " ")
    right = text[e: e + width].replace("\n", " ")
    return f"...{left}[{text[s:e]}]{right}...".replace("\n", " ")


def _show(text: str, a: Attribution, limit: int = 110) -> str:
    def cut(span: Span | None) -> str:
        if span is None:
            return "-"
        words = text[span[0]: span[1]].replace("\n", " ")
        return words if len(words) <= limit else words[: limit // 2] + " ... " + words[-limit // 2:]

    more = f" (+{len(a.content) - 1} more)" if len(a.content) > 1 else ""
    return f"S={cut(a.speaker)!r} C={cut(a.cue)!r} Q={cut(a.content[0])!r}{more} [{a.kind}]"


def print_errors(gold: list[Attribution], system: list[Attribution], texts: dict[str, str],
                 result: dict[str, Any], only: str | None) -> None:
    paired_g = {gi: si for gi, si in result["pairs"]}
    paired_s = {si for _, si in result["pairs"]}
    for doc_id, text in texts.items():
        if only and doc_id != only:
            continue
        lines = []
        for gi, g in enumerate(gold):
            if g.doc_id != doc_id:
                continue
            if gi not in paired_g:
                lines.append(f"  missed   {_show(text, g)}\n           {_context(text, g.cue)}")
                continue
            v = result["verdicts"][gi]
            if not v["all"]:
                wrong = ", ".join(k for k in ("cue", "speaker", "content") if not v[k])
                s = system[paired_g[gi]]
                f1 = content_f1(text, g, s)
                lines.append(f"  wrong {wrong} (content F1 {f1:.2f})\n           gold {_show(text, g)}\n"
                             f"           sys  {_show(text, s)}")
        for si, s in enumerate(system):
            if s.doc_id == doc_id and si not in paired_s:
                lines.append(f"  spurious {_show(text, s)}\n           {_context(text, s.cue)}")
        if lines:
            print(f"\n== {doc_id}")
            print("\n".join(lines))


def show_gold(gold: list[Attribution], texts: dict[str, str], only: str | None) -> None:
    for g in gold:
        if only and g.doc_id != only:
            continue
        text = texts[g.doc_id]
        extra = " + ".join(text[s:e].replace("\n", " ") for s, e in g.content[1:])
        print(f"{g.doc_id} {g.kind}/{g.cue_type} {_show(text, g, limit=10_000)}" + (f" +Q={extra!r}" if extra else ""))


def check_gold(gold: list[Attribution], texts: dict[str, str]) -> None:
    """Every span must index its document and not start or end inside a word."""
    for g in gold:
        if g.doc_id not in texts:
            raise SystemExit(f"{g.ident}: {g.doc_id} is not one of the selected documents")
        text = texts[g.doc_id]
        for span in [g.cue, *g.content] + ([g.speaker] if g.speaker else []):
            s, e = span
            if not (0 <= s < e <= len(text)):
                raise SystemExit(f"{g.ident}: span {span} outside the text")
            if (s > 0 and text[s - 1].isalnum() and text[s].isalnum()) or (
                    e < len(text) and text[e - 1].isalnum() and text[e].isalnum()):
                raise SystemExit(f"{g.ident}: span {span} {text[s:e]!r} cuts a word")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="per-document misses, spurious and wrong claims")
    parser.add_argument("--doc", help="restrict --errors / --show-gold to one doc_id")
    parser.add_argument("--show-gold", action="store_true", help="print the gold spans and exit")
    parser.add_argument("--no-merge", action="store_true",
                        help="score every claim on its own (by default claims sharing cue and speaker are merged)")
    args = parser.parse_args()

    texts = select_documents()
    gold = load_gold(args.gold)
    check_gold(gold, texts)
    if args.show_gold:
        show_gold(gold, texts, args.doc)
        return
    claims, elapsed = run_system(texts)
    system = claims if args.no_merge else merge_same_cue(claims)
    kinds = Counter(g.kind for g in gold)
    print(f"{len(texts)} TBAQ documents (every {EVERY}th by sorted doc_id), {len(gold)} gold attributions "
          f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); {len(claims)} system claims"
          + ("" if args.no_merge else f", {len(system)} after merging claims that share cue and speaker")
          + f"; timeline.build took {elapsed:.1f} s\n")
    result = report(gold, system, texts)
    if args.errors:
        print_errors(gold, system, texts, result, args.doc)


if __name__ == "__main__":
    main()
