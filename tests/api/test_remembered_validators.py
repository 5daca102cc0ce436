"""The per-process memory of list validators is bounded and reads the table's newest write time."""

import pytest

from commitments.api.polling.remembered_validators import RememberedValidators, table_stamp
from commitments.models import Commitment
from tests.factories import make_commitment


def test_the_memory_forgets_its_oldest_entry_when_full():
    memory = RememberedValidators(size=2)
    for n in range(3):
        memory.remember(("/api/v1/commitments/", str(n)), f'"{n}"', None, n)
    assert memory.get(("/api/v1/commitments/", "0")) is None
    assert [memory.get(("/api/v1/commitments/", str(n))).etag for n in (1, 2)] == ['"1"', '"2"']


def test_remembering_a_key_again_replaces_it():
    memory = RememberedValidators(size=2)
    memory.remember(("p", "json"), '"a"', None, 1)
    memory.remember(("p", "json"), '"b"', None, 2)
    assert (memory.get(("p", "json")).etag, len(memory.held)) == ('"b"', 1)


@pytest.mark.django_db
def test_the_stamp_is_the_newest_updated_at_as_an_aware_datetime():
    assert table_stamp(Commitment, "updated_at") is None
    make_commitment(None)
    newest = make_commitment(None)
    newest.refresh_from_db()
    assert table_stamp(Commitment, "updated_at") == newest.updated_at
