"""An id that is no id, or a path that names nothing, is the API's JSON 404: never HTML, a 403 or a 500."""

import pytest

pytestmark = pytest.mark.django_db

MALFORMED = ["abc", "1.5", "-1", "0x1", "%C2%B2", "1000000000000000000", "99999999999999999999999"]


@pytest.mark.parametrize("object_id", MALFORMED)
@pytest.mark.parametrize(
    "path", ["commitments/{}/", "documents/{}/", "ingest-runs/{}/", "ministries/{}/", "recesses/{}/"]
)
def test_reading_a_malformed_id_is_a_json_404(read_client, path, object_id):
    response = read_client.get("/api/v1/" + path.format(object_id))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


@pytest.mark.parametrize("object_id", MALFORMED)
@pytest.mark.parametrize("path", ["commitments/{}/confirm/", "commitments/1/fulfilments/{}/accept/"])
def test_writing_to_a_malformed_id_is_a_json_404_not_a_csrf_403(clerk_client, path, object_id):
    response = clerk_client.post("/api/v1/" + path.format(object_id), {}, format="json")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_a_path_without_its_slash_is_still_redirected(read_client):
    assert read_client.get("/api/v1/commitments").status_code == 301
