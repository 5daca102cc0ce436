"""The orjson renderer writes what DRF's JSONRenderer writes, only faster."""

import datetime as dt
import decimal

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from commitments.api.renderers import OrjsonRenderer

CASES = {
    "a page of rows": {
        "next": "http://testserver/api/v1/commitments/?cursor=abc",
        "has_more": False,
        "results": [
            {
                "id": 1,
                "text": "Ik zal uw Kamer vóór de zomer informeren.",
                "due_date": None,
                "recurring": False,
                "confidence": 0.75,
            }
        ],
    },
    "an aware datetime": {"at": dt.datetime(2026, 11, 23, 11, 5, 7, 123456, tzinfo=dt.timezone.utc)},
    "a naive date": {"on": dt.date(2026, 6, 1)},
    "a decimal": {"amount": decimal.Decimal("1.50")},
    "a lazy translation": {"detail": gettext_lazy("Not found.")},
    "line separators": {"quote": "eerste\u2028tweede\u2029derde"},
    "integer keys": {1: "een"},
    "an integer beyond 64 bits": {"n": 2**70},
}


@pytest.mark.parametrize("data", CASES.values(), ids=CASES.keys())
def test_orjson_renders_the_bytes_drf_renders(data):
    assert OrjsonRenderer().render(data) == JSONRenderer().render(data)


def test_an_indent_asked_for_is_honoured():
    assert OrjsonRenderer().render({"a": 1}, "application/json; indent=2") == b'{\n  "a": 1\n}'


def test_no_data_is_an_empty_body():
    assert OrjsonRenderer().render(None) == b""
