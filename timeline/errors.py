"""Named exceptions: every message names the input and the problem, so one bad file never hides the others."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(TimelineError):
    """An input that cannot be read as an article (missing, empty, binary, malformed JSONL line)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DateError(TimelineError):
    """A date the caller gave that cannot be parsed (``--dct``)."""


class ExportError(TimelineError):
    """A table or format that cannot be written."""
