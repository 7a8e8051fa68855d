"""The command line: it parses arguments and calls the library, nothing more.

Bad inputs are reported one line each (``timeline: error: FILE: problem``) on stderr; the other inputs of the
same run are still processed and written, and the exit code is 1 when any input failed (2 for usage errors).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import click

from .errors import TimelineError

WHAT = ("documents", "timexes", "events", "event-mentions", "claims", "claim-links")
FORMATS = ("csv", "jsonl", "parquet", "timelinejs", "jsonld", "timeml")
_STAGES_FOR = {
    "documents": (),
    "timexes": ("timexes",),
    "events": ("timexes", "events"),
    "event-mentions": ("timexes", "events"),
    "claims": ("timexes", "events", "claims"),
    "claim-links": ("timexes", "events", "claims"),
}

_INPUTS_HELP = "Articles: .txt, .html/.htm, folders of those, or .jsonl corpora (one article per line)."
_DCT_HELP = "The article date (ISO 8601, e.g. 2017-05-03 or 2017-05-03T01:43); overrides dates found in the inputs."


def _fail(message: str, code: int = 2) -> NoReturn:
    click.echo(f"timeline: error: {message}", err=True)
    sys.exit(code)


def _report(problems: Sequence[str]) -> None:
    for line in problems:
        click.echo(f"timeline: error: {line}", err=True)


def _warnings_to_stderr(caught: Sequence[warnings.WarningMessage]) -> None:
    for w in caught:
        click.echo(f"timeline: warning: {w.message}", err=True)


def _build(inputs: Sequence[str], dct: str | None, stages: Sequence[str]):  # type: ignore[no-untyped-def]
    from .pipeline import build

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tl = build(list(inputs), dct=dct, stages=stages)
        except TimelineError as exc:
            _fail(str(exc))
    _warnings_to_stderr([w for w in caught if issubclass(w.category, UserWarning)])
    _report(tl.problems)
    return tl


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def cli() -> None:
    """timeline: event timelines and claims from news articles."""


@cli.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--dct", default=None, help=_DCT_HELP)
@click.option(
    "--lanes", type=click.Choice(["actor", "kind", "source"]), default="actor", show_default=True,
    help="What the lanes of the timeline are.",
)
@click.option(
    "--plotlyjs", type=click.Choice(["embed", "cdn", "directory"]), default="embed", show_default=True,
    help="embed: opens offline (about 1.2 MB; 4.8 MB above 6,000 items); cdn: small, needs the network; "
    "directory: plotly.js beside the file.",
)
@click.option("--title", default=None, help="The page title (default: the documents' titles).")
def build_command(
    inputs: tuple[str, ...], output: str, dct: str | None, lanes: str, plotlyjs: str, title: str | None
) -> None:
    """Build the interactive timeline of INPUT... as a standalone HTML page.

    INPUT: .txt, .html/.htm, folders of those, or .jsonl corpora (one article per line).
    """
    started = time.perf_counter()
    tl = _build(inputs, dct, ("timexes", "events", "claims"))
    if tl.documents.empty:
        _fail("no readable input; nothing written", 1)
    try:
        path = tl.to_html(output, plotlyjs=plotlyjs, lanes=lanes, title=title)
    except TimelineError as exc:
        _fail(str(exc))
    elapsed = time.perf_counter() - started
    click.echo(
        f"wrote {path} ({len(tl.documents)} document(s), {len(tl.events)} events, {len(tl.claims)} claims, "
        f"{elapsed:.1f} s)"
    )
    if tl.problems:
        sys.exit(1)


@cli.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--what", type=click.Choice(WHAT), default="timexes", show_default=True, help="Which table to write.")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
    help="Table formats: csv, jsonl, parquet. Also timelinejs (events, claims), jsonld (claims), timeml (timexes).",
)
@click.option(
    "-o", "--output", default="-", show_default=True,
    help="The file to write ('-' for standard output, csv and jsonl only; a folder for timeml with many documents).",
)
@click.option("--dct", default=None, help=_DCT_HELP)
def extract_command(inputs: tuple[str, ...], what: str, fmt: str, output: str, dct: str | None) -> None:
    """Extract a table (time expressions, events, claims, ...) from INPUT... .

    INPUT: .txt, .html/.htm, folders of those, or .jsonl corpora (one article per line).
    """
    from .exports import export

    if output == "-" and fmt not in ("csv", "jsonl"):
        _fail(f"--format {fmt} needs a file: give -o PATH")
    # TimelineJS shows events and claims together, whichever of the two was asked for.
    tl = _build(inputs, dct, _STAGES_FOR["claims"] if fmt == "timelinejs" else _STAGES_FOR[what])
    try:
        if output == "-":
            with tempfile.TemporaryDirectory() as tmp:
                written = export(tl, what, fmt, Path(tmp) / f"out.{fmt}")
                with written.open("rb") as handle:
                    shutil.copyfileobj(handle, sys.stdout.buffer)
                sys.stdout.flush()
        else:
            export(tl, what, fmt, output)
    except TimelineError as exc:
        _fail(str(exc))
    if tl.problems:
        sys.exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``timeline`` command."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="timeline")
