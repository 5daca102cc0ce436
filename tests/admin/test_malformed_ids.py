"""Every custom admin URL with an object id answers 404, never 500, for an id that is no id."""

import pytest

pytestmark = pytest.mark.django_db

MALFORMED = ["abc", "1.5", "-", "%00"]
CUSTOM_URLS = [
    ("get", "/admin/commitments/commitment/{}/do/lapse/"),
    ("post", "/admin/commitments/commitment/{}/do/lapse/"),
    ("get", "/admin/commitments/commitment/{}/do/merge/"),
    ("post", "/admin/commitments/document/{}/reextract/"),
    ("get", "/admin/commitments/document/{}/reextract/"),
    ("get", "/admin/commitments/document/{}/missed/"),
]


@pytest.mark.parametrize("method, url", CUSTOM_URLS, ids=[f"{m} {u}" for m, u in CUSTOM_URLS])
@pytest.mark.parametrize("object_id", MALFORMED)
def test_a_malformed_id_is_not_found(clerk_client, method, url, object_id):
    response = getattr(clerk_client, method)(url.format(object_id))
    assert response.status_code == 404


@pytest.mark.parametrize("method, url", CUSTOM_URLS, ids=[f"{m} {u}" for m, u in CUSTOM_URLS])
def test_an_id_of_no_row_is_not_found(clerk_client, method, url):
    assert getattr(clerk_client, method)(url.format(987654)).status_code == 404
