"""The admin speaks Dutch: every model in the app list has a Dutch name, every catalogue entry a translation."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.utils import translation

PO = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES" / "django.po"
# Words that are the same in both languages.
SAME_IN_DUTCH = {"document", "documents"}


NAMES = [
    pytest.param(name, id=f"{model.__name__}:{name}")
    for model in apps.get_app_config("commitments").get_models()
    for name in (model._meta.verbose_name, model._meta.verbose_name_plural)
]


@pytest.mark.parametrize("name", NAMES)
def test_every_model_has_a_dutch_name(name):
    with translation.override("en"):
        english = str(name)
    with translation.override("nl"):
        dutch = str(name)
    assert dutch != english or english in SAME_IN_DUTCH


def test_the_dutch_catalogue_has_no_empty_or_guessed_entry():
    entries = PO.read_text(encoding="utf-8").split("\n\n")[1:]  # after the header
    empty = [entry for entry in entries if entry.rstrip().endswith('msgstr ""')]
    assert empty == [] and not any(re.search(r"^#, .*\bfuzzy\b", entry, re.M) for entry in entries)
