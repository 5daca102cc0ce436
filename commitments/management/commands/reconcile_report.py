from django.core.management.base import BaseCommand

from ...models import ReconciliationProposal
from ...models.choices import ProposalState
from ...services.sources.reconciling import group_counts


class Command(BaseCommand):
    help = "Count commitments known from both sources, from the Kamer's registry only, and extracted only."

    def handle(self, *args, **options):
        counts = group_counts()
        waiting = ReconciliationProposal.objects.filter(state=ProposalState.PROPOSED).count()
        self.stdout.write(f"in both:         {counts['both']}")
        self.stdout.write(f"registry only:   {counts['registry']}  (the extractor missed them)")
        self.stdout.write(f"extracted only:  {counts['extracted']}  (promises the registry lacks)")
        self.stdout.write(f"proposed links waiting for a clerk: {waiting}")
