"""The extraction engine: text -> document metadata + commitment mentions. Pure Python, no Django."""

from .config import ExtractionConfig
from .engine import ExtractionError, extract
from .result import Delivery, ExtractedCommitment, Extraction

# Changes whenever a result may change (rules, fields, deadline reading): documents are
# re-extracted once per version.
EXTRACTOR_VERSION = "2026.12.4"

__all__ = [
    "EXTRACTOR_VERSION",
    "Delivery",
    "ExtractedCommitment",
    "Extraction",
    "ExtractionConfig",
    "ExtractionError",
    "extract",
]
