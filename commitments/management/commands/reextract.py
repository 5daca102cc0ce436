"""manage.py reextract : run the current extractor again over stored documents.

Recording only adds: spans already recorded keep their commitment, and nothing a clerk
decided (review, status, text, deadline) is touched, so this is safe to run at any time.
"""

from django.core.management.base import BaseCommand

from ...extraction import EXTRACTOR_VERSION
from ...models import Document
from ...tasks import schedule_extraction


class Command(BaseCommand):
    help = "Extract stored documents again with the current extractor (default: those extracted by an older one)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every document, also those already at this version")

    def handle(self, *args, all=False, **options):
        documents = Document.objects.all() if all else Document.objects.exclude(extractor_version=EXTRACTOR_VERSION)
        queued = list(documents.order_by("id").only("pk"))
        for document in queued:
            schedule_extraction(document, force=True)
        self.stdout.write(f"{len(queued)} documents queued for extraction with extractor {EXTRACTOR_VERSION}")
