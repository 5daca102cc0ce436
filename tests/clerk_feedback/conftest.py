import pytest

from commitments.models import Document
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested


@pytest.fixture
def letter(on_commit_runs, seed_paths):
    """The seed letter (Kamerstuk 36 045, nr. 264) ingested and extracted: two mentions."""
    path = next(p for p in seed_paths if p.name.startswith("003_"))
    on_commit_runs(lambda: extract_ingested(ingest_path(path)))
    return Document.objects.get()
