"""A registry row, as it really arrives, mapped onto our vocabulary (pure: no database)."""

import datetime as dt
import re
from pathlib import Path

import pytest

from commitments.sources import documents as feed
from commitments.sources.toezegging import SELECT, RowError, read_toezegging

from .shapes import NAVIGATION, PROPERTIES, fractie, guid, persoon, toezegging

XSD = Path(__file__).parent / "fixtures" / "xsd"


@pytest.mark.parametrize(
    "written, ours",
    [
        ("Openstaand", "open"),
        ("Afgedaan", "fulfilled"),
        ("Voldaan", "fulfilled"),
        ("Deels Afgedaan", "partly_fulfilled"),
        ("Deels Voldaan", "partly_fulfilled"),
        ("deels afgedaan", "partly_fulfilled"),
        ("Vervallen", "lapsed"),
        ("", "unknown"),
        (None, "unknown"),
    ],
    ids=[
        "live-open",
        "live-done",
        "first-schema-done",
        "live-partly",
        "first-schema-partly",
        "lower-case",
        "lapsed",
        "empty",
        "null",
    ],
)
def test_statuses_of_both_schemas_map_onto_ours(written, ours):
    item = read_toezegging(toezegging(1, Status=written))
    assert (item.status, item.status_as_written) == (ours, written or "")


def test_a_status_of_neither_schema_is_a_row_error_naming_the_entity():
    with pytest.raises(RowError) as refused:
        read_toezegging(toezegging(1, Status="Afgerond"))
    assert refused.value.entity_id == guid(1)
    assert "Afgerond" in refused.value.message


def test_the_placeholder_fulfilment_date_means_none():
    assert read_toezegging(toezegging(1)).fulfilled_on is None


def test_a_fulfilment_date_is_kept_as_the_day_it_was_fulfilled():
    item = read_toezegging(toezegging(1, Status="Afgedaan", DatumNakoming="2025-06-30T00:00:00Z"))
    assert item.fulfilled_on == dt.date(2025, 6, 30)


def test_several_fulfilling_letters_are_all_kept():
    letters = [
        {"Id": guid("d1"), "DocumentNummer": "2025D11111", "Titel": "Brief 1"},
        {"Id": guid("d2"), "DocumentNummer": "2025D22222", "Titel": "Brief 2"},
    ]
    item = read_toezegging(toezegging(1, KamerbriefNakoming=letters))
    assert [d.number for d in item.fulfilling] == ["2025D11111", "2025D22222"]


def test_a_fulfilling_letter_given_as_the_schemas_string_is_read_too():
    item = read_toezegging(toezegging(1, KamerbriefNakoming="31490-386"))
    assert [(d.ref, d.number) for d in item.fulfilling] == [("", "31490-386")]


def test_nested_and_repeated_addressees_give_every_member_and_party_once():
    # issue #180: one toegezegdAan holding a persoon and a fractie; repeated; and an empty one
    olger = persoon("vandijk", "O.", "Dijk", "van")
    nsc = fractie("NSC", "Nieuw Sociaal Contract")
    aan = [
        {"Persoon": olger, "Fractie": nsc},
        {"Persoon": persoon("x", "A.", "Bakker"), "Fractie": None},
        {"Persoon": None, "Fractie": nsc},
        {},
    ]
    item = read_toezegging(toezegging(1, ToegezegdAan=aan))
    assert [(a.kind, a.name) for a in item.addressees] == [
        ("member", "O. van Dijk"),
        ("party", "Nieuw Sociaal Contract"),
        ("member", "A. Bakker"),
    ]


def test_a_single_addressee_not_wrapped_in_a_list_is_read():
    item = read_toezegging(toezegging(1, ToegezegdAan={"Fractie": fractie("GL-PvdA", "GroenLinks-PvdA")}))
    assert [(a.kind, a.abbreviation) for a in item.addressees] == [("party", "GL-PvdA")]


def test_no_addressee_is_an_empty_list():
    assert read_toezegging(toezegging(1, ToegezegdAan=None)).addressees == ()


def test_the_self_relations_map_onto_repeats_modifies_and_supplements():
    item = read_toezegging(
        toezegging(
            1, IsHerhalingVan=[{"Id": guid(2)}], IsWijzigingVan={"Id": guid(3)}, IsAanvullingOp=[{"Id": guid(4)}]
        )
    )
    assert sorted(item.relations) == sorted([("repeats", guid(2)), ("modifies", guid(3)), ("supplements", guid(4))])


def test_the_registry_number_and_activity_number_are_kept():
    item = read_toezegging(toezegging(1))
    assert (item.number, item.activity_number, item.activity_date) == (
        "TZ202504-057",
        "2025A01234",
        dt.date(2025, 4, 9),
    )


def test_the_promiser_is_read_from_its_strings():
    promiser = read_toezegging(toezegging(1)).promiser
    assert (promiser.name, promiser.office, promiser.ministry_name) == (
        "F.M. Wiersma",
        "minister",
        "Landbouw, Visserij, Voedselzekerheid en Natuur",
    )


def test_a_promiser_with_only_naam_is_read_from_surname_comma_initials():
    row = toezegging(
        1,
        Achternaam=None,
        Initialen=None,
        Naam="Brekelmans, R.P.",
        Functie="Minister van Defensie",
        Ministerie="Ministerie van Defensie",
    )
    promiser = read_toezegging(row).promiser
    assert (promiser.name, promiser.surname, promiser.ministry) == ("R.P. Brekelmans", "Brekelmans", "Defensie")


@pytest.mark.parametrize("flag", [True, "True", "true"], ids=["boolean", "capitalised", "lower"])
def test_a_deleted_entity_is_a_deletion_whatever_body_it_still_carries(flag):
    item = read_toezegging(toezegging(1, Verwijderd=flag, Status="Afgerond-onzin"))
    assert item.deleted and item.text == "" and item.status == "unknown"


def test_a_timestamp_without_a_zone_and_seven_fraction_digits_is_utc():
    item = read_toezegging(toezegging(1, changed="2019-06-28T23:59:41.5570000"))
    assert item.changed_at == dt.datetime(2019, 6, 28, 23, 59, 41, 557000, tzinfo=dt.timezone.utc)


def test_a_timestamp_with_an_offset_is_turned_into_utc():
    item = read_toezegging(toezegging(1, changed="2025-04-10T11:00:00+02:00"))
    assert item.changed_at == dt.datetime(2025, 4, 10, 9, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "broken",
    [
        {"Id": None},
        {"GewijzigdOp": "gisteren"},
        {"GewijzigdOp": None},
        {"Verwijderd": "misschien"},
        {"ToegezegdAan": ["NSC"]},
    ],
)
def test_a_broken_row_is_a_row_error_not_a_crash(broken):
    with pytest.raises(RowError):
        read_toezegging(toezegging(1, **broken))


def _xsd_elements(name: str) -> set[str]:
    return {e.lower() for e in re.findall(r'<xs:element name="(\w+)"', (XSD / name).read_text(encoding="utf-8"))}


def test_every_element_of_both_toezegging_schemas_has_its_property_in_the_shapes():
    known = {n.lower() for n in PROPERTIES["Toezegging"] + NAVIGATION["Toezegging"]} | {"toezegging"}
    for schema in ("tkData-v1-0-toezegging.xsd", "tkData-v1-0-toezegging.68c3356.xsd"):
        # the first schema's flat toegezegdAanPersoon/-Fractie became the nested ToegezegdAan
        missing = {e for e in _xsd_elements(schema) - known if not e.startswith("toegezegdaan")} - {
            "persoon",
            "fractie",
        }
        assert not missing, f"{schema}: {missing}"


def test_the_client_selects_only_properties_of_the_metadata():
    assert set(SELECT) <= set(PROPERTIES["Toezegging"])
    assert set(feed.SELECT) <= set(PROPERTIES["Document"])


def test_every_element_of_the_document_schema_the_feed_reads_exists():
    elements = _xsd_elements("tkData-v1-0-document.xsd")
    assert {"soort", "documentnummer", "titel", "onderwerp", "datum"} <= elements
