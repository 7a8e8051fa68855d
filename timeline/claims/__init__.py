"""The claims tracker: who said what, when, and which claims agree with, contradict or leave out others.

``extract_claims`` finds attributions (cue, speaker, content) in a document with a dependency parse;
``link_claims`` relates the claims of one or many documents.
"""

from __future__ import annotations

from .extract import extract_claims, extract_claims_many
from .links import link_claims

__all__ = ["extract_claims", "extract_claims_many", "link_claims"]
