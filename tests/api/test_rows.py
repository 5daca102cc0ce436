"""The list's fast rows are exactly what CommitmentSerializer would send, so the schema holds for both."""

import datetime as dt

import pytest
from django.utils import timezone
from rest_framework.test import APIRequestFactory

from commitments.api.polling.rows import commitment_rows
from commitments.api.serializers import CommitmentSerializer
from commitments.models import Commitment
from tests.factories import make_commitment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("time_zone", ["Europe/Amsterdam", "UTC"])
def test_fast_rows_equal_the_serializers_rows(ministry, settings, time_zone):
    settings.TIME_ZONE = time_zone
    active = make_commitment(
        None,
        ministry=ministry,
        number="TZ202501-007",
        due_date=dt.date(2025, 6, 1),
        status="fulfilled",
        fulfilled_on=dt.date(2025, 5, 30),
    )
    bare = make_commitment(None)
    merged = make_commitment(None, merged_into=active)
    request = APIRequestFactory().get("/api/v1/commitments/")
    ids = [bare.pk, merged.pk, active.pk]
    with timezone.override(time_zone):
        expected = CommitmentSerializer(
            [Commitment.objects.select_related("ministry").get(pk=pk) for pk in ids],
            many=True,
            context={"request": request},
        ).data
        assert commitment_rows(ids, request) == [dict(row) for row in expected]
