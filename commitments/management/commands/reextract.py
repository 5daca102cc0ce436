"""manage.py reextract : run the current extractor again over stored documents.

Recording only adds: spans already recorded keep their commitment, and nothing a clerk
decided (review, status, text, deadline) is touched, so this is safe to run at any time.
"""

from django.core.management.base import BaseCommand

from ...extraction import EXTRACTOR_VERSION
from ...models import Document
from ...tasks import extract_document


class Command(BaseCommand):
    help = "Extract stored documents again with the current extractor (default: those extracted by an older one)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every document, also those already at this version")

    def handle(self, *args, all=False, **options):
        documents = Document.objects.all() if all else Document.objects.exclude(extractor_version=EXTRACTOR_VERSION)
        ids = list(documents.order_by("id").values_list("id", flat=True))
        for document_id in ids:
            extract_document.delay(document_id, None, True)
        self.stdout.write(f"{len(ids)} documents queued for extraction with extractor {EXTRACTOR_VERSION}")
