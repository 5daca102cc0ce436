"""Where tests find things: the repository, the seeds, the corpus, the browser, the test Redis."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
REDIS = f"redis://{os.environ.get('TEST_REDIS_HOST', '127.0.0.1')}:{os.environ.get('TEST_REDIS_PORT', '6379')}"


def redis_url(db: int) -> str:
    """A Redis database of its own for a test module (never the broker's or a shared one)."""
    return f"{REDIS}/{db}"
