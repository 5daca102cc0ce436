"""Two screens through which clerks teach the extractor: a missed promise, and how each rule fares.

- "Gemiste toezegging": the document's text with a selection, recorded as a commitment the
  extractor missed (rule `clerk`);
- the extraction report: per rule, what was found and what clerks decided about it.

They are plain views under the admin's URL space (tracker/urls.py), wrapped by the admin site
for login and permission, because neither edits one model row as a ModelAdmin page does.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import Commitment, Document
from ..models.choices import Action
from ..selectors.extraction_report import extraction_report
from ..services.history import ChangeRefused
from ..services.missed import MissedPromise, record_missed_commitment


class MissedPromiseForm(forms.Form):
    # Filled by the page's script from the clerk's selection; without a script the clerk pastes the sentence.
    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    selected_text = forms.CharField(
        label=_("promise as written"),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text=_("Select the sentence in the text above, or paste it here."),
    )
    action = forms.ChoiceField(label=_("action"), choices=Action.choices, initial=Action.INFORM)
    actor = forms.CharField(label=_("actor"), required=False, max_length=300)
    subject = forms.CharField(label=_("subject"), required=False, max_length=500)
    deadline_text = forms.CharField(label=_("deadline as written"), required=False, max_length=500)
    due_date = forms.DateField(label=_("due date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    condition = forms.CharField(label=_("condition"), required=False)

    def missed_promise(self, text: str) -> MissedPromise:
        data = self.cleaned_data
        start, end = data.get("start"), data.get("end")
        if start is None or end is None:
            # No offsets (typed or pasted): the text itself finds the span, first occurrence.
            start, end = 0, 0
        return MissedPromise(
            start=start,
            end=end,
            selected_text=data["selected_text"],
            action=data["action"],
            actor=data["actor"],
            subject=data["subject"],
            deadline_text=data["deadline_text"],
            due_date=data["due_date"],
            condition=data["condition"],
        )


def missed_commitment_view(request, document_id: str):
    # Any segment matches (not <int:>), so "abc/missed/" is this view's 404 rather than the
    # admin's catch-all redirect for a change page.
    if not document_id.isdigit():
        raise Http404
    document = get_object_or_404(Document, pk=int(document_id))
    if not request.user.has_perm("commitments.add_commitment"):
        raise PermissionDenied
    form = MissedPromiseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            commitment = record_missed_commitment(document.pk, form.missed_promise(document.text), user=request.user)
        except ChangeRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, gettext("Missed commitment %(number)s recorded.") % {"number": commitment.number})
            return HttpResponseRedirect(reverse("admin:commitments_commitment_change", args=[commitment.pk]))
    found = document.mentions.order_by("start").values_list("start", "end")
    context = {
        **admin.site.each_context(request),
        "title": _("Missed commitment"),
        "document": document,
        "segments": _segments(document.text, list(found)),
        "form": form,
        "opts": Document._meta,
    }
    return TemplateResponse(request, "admin/commitments/document/missed.html", context)


def _segments(text: str, found: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into runs, each marked whether the extractor already found it (shown highlighted)."""
    runs, at = [], 0
    for start, end in found:
        if start < at:
            continue
        runs.append((text[at:start], False))
        runs.append((text[start:end], True))
        at = end
    runs.append((text[at:], False))
    return [run for run in runs if run[0]]


def extraction_report_view(request):
    if not request.user.has_perm("commitments.view_commitment"):
        raise PermissionDenied
    context = {
        **admin.site.each_context(request),
        "title": _("Extraction report"),
        "report": extraction_report(),
        "opts": Commitment._meta,
    }
    return TemplateResponse(request, "admin/commitments/extraction_report.html", context)


urlpatterns = [
    path(
        "commitments/document/<str:document_id>/missed/",
        admin.site.admin_view(missed_commitment_view),
        name="commitments_document_missed",
    ),
    path(
        "commitments/extraction-report/",
        admin.site.admin_view(extraction_report_view),
        name="commitments_extraction_report",
    ),
]
