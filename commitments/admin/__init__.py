"""The clerk admin, one module per screen; importing them registers them with the site.

- commitments.py: the commitment list, page and review queue, with actions.py (the clerk's
  actions), forms.py, filters.py and panels.py (what the page shows beside its form);
- documents.py: upload, re-extract, status and findings;
- reminders.py: who is reminded and what was sent;
- tokens.py: API tokens;
- sources.py: the followed sources (cursor, last run, errors) and what they left here;
- reconciliation.py: the registry and the extractor side by side, and the links a clerk decides;
- records.py: reference data and the records the system writes (read-only, readonly.py).

The dashboard on the index is templatetags/commitment_dashboard.py over selectors/dashboard.py.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import commitments, documents, reconciliation, records, reminders, sources, tokens  # noqa: F401  (they register themselves)

admin.site.site_header = _("Commitment tracker")
admin.site.site_title = _("Commitment tracker")
admin.site.index_title = _("Commitments to parliament")
admin.site.index_template = "admin/commitments/index.html"
# The lists need the width: the index lists every screen, and the breadcrumbs lead back to it.
admin.site.enable_nav_sidebar = False
