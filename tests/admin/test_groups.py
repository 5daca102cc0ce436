"""The migration gives clerks the right to edit and readers only the right to look."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def codenames(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_clerks_may_change_commitments_and_documents():
    assert {"change_commitment", "add_document", "change_fulfilment"} <= codenames("Clerks")


def test_clerks_may_not_rewrite_history_or_delete_commitments():
    assert not {"change_commitmentevent", "delete_commitment", "change_mention"} & codenames("Clerks")


def test_the_read_only_group_may_only_view():
    granted = codenames("Read-only")
    assert "view_commitment" in granted
    assert all(codename.startswith("view_") for codename in granted)
