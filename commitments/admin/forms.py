"""The forms behind the clerk's actions: each asks for exactly what its service needs."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect
from django.utils.translation import gettext_lazy as _

from ..models import Commitment, Document, Fulfilment


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("reason"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class RequiredReasonForm(forms.Form):
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 3}))


class FulfilForm(forms.Form):
    # Searched as the clerk types (the document admin's search fields): the register holds far
    # too many documents for a plain select.
    document = forms.ModelChoiceField(
        label=_("fulfilling document"),
        queryset=Document.objects.defer("text"),
        widget=AutocompleteSelect(Fulfilment._meta.get_field("document"), admin.site),
    )
    fulfilled_on = forms.DateField(
        label=_("fulfilled on"),
        required=False,
        widget=AdminDateWidget,
        help_text=_("empty: the document's date"),
    )
    reason = forms.CharField(label=_("reason"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class DeadlineForm(forms.Form):
    due_date = forms.DateField(label=_("new due date"), widget=AdminDateWidget)
    deadline_text = forms.CharField(label=_("deadline as written"), required=False, max_length=500)
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 3}))


class MergeForm(forms.Form):
    keep = forms.CharField(
        label=_("merge into commitment number"),
        max_length=20,
        help_text=_("this commitment becomes part of that one; its mentions and fulfilments move there"),
    )
    reason = forms.CharField(label=_("reason"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, commitment=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.commitment = commitment

    def clean_keep(self):
        number = self.cleaned_data["keep"].strip()
        keep = Commitment.objects.filter(number__iexact=number).first()
        if keep is None:
            raise forms.ValidationError(_("No commitment has the number %(number)s."), params={"number": number})
        if self.commitment is not None and keep.pk == self.commitment.pk:
            raise forms.ValidationError(_("A commitment cannot be merged into itself."))
        return keep


class PairMergeForm(forms.Form):
    """Merging two selected commitments from the list: the clerk picks the one that survives."""

    keep = forms.ModelChoiceField(label=_("keep"), queryset=Commitment.objects.none(), widget=forms.RadioSelect)
    reason = forms.CharField(label=_("reason"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, pair=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = Commitment.objects.filter(pk__in=[c.pk for c in pair])


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("files"), required=False, help_text=_("PDF, DOCX, HTML, XML or text; several at once")
    )
    url = forms.URLField(label=_("or a URL"), required=False, max_length=2000, assume_scheme="https")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("files") and not cleaned.get("url"):
            raise forms.ValidationError(_("Choose one or more files, or give a URL."))
        return cleaned
