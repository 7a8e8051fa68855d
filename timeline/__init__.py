"""timeline: event timelines and claims tracking for news articles.

    import timeline
    tl = timeline.build("seeds/article.txt")      # a path, a list of paths, a folder or a .jsonl corpus
    tl.events; tl.claims; tl.timexes              # pandas DataFrames (schemas in timeline.tables)
    tl.figure()                                   # a Plotly figure, inline in Jupyter
    tl.to_html("out/timeline.html")               # standalone, opens offline
"""

from . import jupyter as _jupyter  # noqa: F401  (registers the pandas accessor df.timeline)
from .documents import document_from_text, load
from .errors import DateError, ExportError, InputError, TimelineError
from .pipeline import build
from .records import Claim, ClaimLink, Document, Event, Sentence, Timex
from .result import Timeline
from .tables import SCHEMAS

__all__ = [
    "Claim",
    "ClaimLink",
    "DateError",
    "Document",
    "Event",
    "ExportError",
    "InputError",
    "SCHEMAS",
    "Sentence",
    "Timeline",
    "TimelineError",
    "Timex",
    "build",
    "document_from_text",
    "load",
]
__version__ = "0.1.0"
