"""Every model is registered in the admin and its list (and add page, where adding is allowed) renders."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db
# The reminder sweep's own bookkeeping: a lock row and a per-commitment schedule, not for clerks.
INTERNAL = {"remindercursor", "reminderplan"}
MODELS = [m for m in apps.get_app_config("commitments").get_models() if m._meta.model_name not in INTERNAL]


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("beheer", password="x"))
    return client


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_the_model_is_registered(model):
    assert admin.site.is_registered(model)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_its_list_renders(superuser_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert superuser_client.get(url).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_its_add_page_renders_or_adding_is_refused(superuser_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    assert superuser_client.get(url).status_code in (200, 302, 403)


def test_the_groups_cover_models_added_after_they_were_created():
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("migrate", verbosity=0)  # post_migrate brings the groups up to date
    clerk_codenames = set(Group.objects.get(name="Clerks").permissions.values_list("codename", flat=True))
    reader_codenames = set(Group.objects.get(name="Read-only").permissions.values_list("codename", flat=True))
    assert {"add_subscription", "change_ministrycontact", "view_reminderdigest"} <= clerk_codenames
    assert "view_subscription" in reader_codenames
    assert not any(c.startswith(("add_", "change_", "delete_")) for c in reader_codenames)
    assert "view_apitoken" not in reader_codenames | clerk_codenames
