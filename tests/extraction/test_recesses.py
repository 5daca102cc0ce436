"""The recess calendar: published rows as facts, the chamber's own pattern where rows are missing."""

import csv
from datetime import date

import pytest

from commitments.extraction.deadlines.recesses import BUNDLED_CSV, Recess, RecessCalendar

CALENDAR = RecessCalendar.bundled()


def test_the_bundled_calendar_holds_every_row_of_the_csv():
    with BUNDLED_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(CALENDAR.recesses) == len(rows)


@pytest.mark.parametrize(
    "chamber, name, year, first_day",
    [
        ("TK", "zomerreces", 2018, date(2018, 7, 6)),
        ("TK", "zomerreces", 2024, date(2024, 7, 5)),
        ("EK", "zomerreces", 2024, date(2024, 7, 10)),
        ("TK", "kerstreces", 2025, date(2025, 12, 19)),
        ("TK", "krokusreces", 2018, date(2018, 2, 23)),
        ("EK", "meireces", 2026, date(2026, 4, 22)),
    ],
    ids=["tk-zomer-2018", "tk-zomer-2024", "ek-zomer-2024", "tk-kerst-2025", "krokus-is-voorjaars", "ek-mei-2026"],
)
def test_a_published_recess_gives_its_first_day_as_a_fact(chamber, name, year, first_day):
    assert CALENDAR.first_day(chamber, name, year) == (first_day, False)


def test_a_published_recess_gives_its_last_day_as_a_fact():
    assert CALENDAR.last_day("TK", "zomerreces", 2024) == (date(2024, 9, 2), False)


def test_the_tk_summer_recess_of_2021_is_estimated_to_end_on_the_confirmed_6_september():
    # recesses.md: no source gives the start of 2021, the TK's news item gives its end.
    assert CALENDAR.first_day("TK", "zomerreces", 2021) == (date(2021, 7, 9), True)
    assert CALENDAR.last_day("TK", "zomerreces", 2021) == (date(2021, 9, 6), True)


@pytest.mark.parametrize("year", range(2027, 2036))
def test_an_estimated_tk_summer_recess_starts_on_a_friday_between_3_and_9_july(year):
    first, estimated = CALENDAR.first_day("TK", "zomerreces", year)
    assert estimated and first.weekday() == 4 and date(year, 7, 3) <= first <= date(year, 7, 9)


@pytest.mark.parametrize("name", ["zomerreces", "kerstreces", "voorjaarsreces", "meireces", "herfstreces"])
def test_an_estimated_ek_recess_runs_from_a_wednesday_to_a_monday(name):
    first, _ = CALENDAR.first_day("EK", name, 2030)
    last, estimated = CALENDAR.last_day("EK", name, 2030)
    assert estimated and first.weekday() == 2 and last.weekday() == 0


def test_the_ek_summer_recess_starts_about_a_week_after_the_tk_one():
    tk, _ = CALENDAR.first_day("TK", "zomerreces", 2030)
    ek, _ = CALENDAR.first_day("EK", "zomerreces", 2030)
    assert 3 <= (ek - tk).days <= 8


def test_a_row_without_a_last_day_gets_the_usual_length():
    # TK kerstreces 2024 has only its start; the other Christmas recesses last 24 days.
    assert CALENDAR.last_day("TK", "kerstreces", 2024) == (date(2025, 1, 13), True)


@pytest.mark.parametrize(
    "left_out",
    [r for r in CALENDAR.recesses if r.chamber == "TK" and r.name in {"zomerreces", "kerstreces"}],
    ids=lambda r: f"{r.name}-{r.first_day.year}",
)
def test_each_tk_summer_and_christmas_recess_is_predicted_within_a_week_by_the_other_rows(left_out):
    others = RecessCalendar(r for r in CALENDAR.recesses if r is not left_out)
    estimate, estimated = others.first_day(left_out.chamber, left_out.name, left_out.first_day.year)
    assert estimated and estimate.weekday() == left_out.first_day.weekday()
    assert abs((estimate - left_out.first_day).days) <= 7


def test_the_calendar_the_product_passes_in_replaces_the_bundled_one():
    clerk_row = Recess("TK", "zomerreces", date(2027, 7, 2), date(2027, 8, 30), "griffie")
    calendar = RecessCalendar([*CALENDAR.recesses, clerk_row])
    assert calendar.first_day("TK", "zomerreces", 2027) == (date(2027, 7, 2), False)


def test_a_recess_with_no_row_in_the_chamber_borrows_the_other_chambers_pattern():
    first, estimated = CALENDAR.first_day("TK", "paasreces", 2030)
    assert estimated and first.year == 2030


def test_a_recess_no_chamber_has_ever_held_cannot_be_estimated():
    with pytest.raises(LookupError):
        CALENDAR.first_day("TK", "carnavalsreces", 2030)


def test_the_calendar_cannot_be_changed():
    with pytest.raises(AttributeError):
        CALENDAR._rows = {}


@pytest.mark.parametrize(
    "recess",
    [
        Recess("XK", "zomerreces", date(2024, 7, 5), None, ""),
        Recess("TK", "zomerreces", date(2024, 7, 5), date(2024, 7, 1), ""),
    ],
    ids=["unknown-chamber", "ends-before-it-starts"],
)
def test_an_invalid_row_is_refused_with_a_clear_error(recess):
    with pytest.raises(ValueError):
        RecessCalendar([recess])


def test_a_csv_with_a_bad_date_names_the_line():
    text = "chamber,name,first_day,last_day,source\nTK,zomerreces,2024-07-05,,x\nTK,kerstreces,2024-13-01,,x\n"
    with pytest.raises(ValueError, match="line 3"):
        RecessCalendar.from_csv(text)


def test_the_verkiezingsreces_is_read_from_its_row():
    assert CALENDAR.first_day("TK", "verkiezingsreces", 2025) == (date(2025, 10, 3), False)


def test_a_verkiezingsreces_without_a_row_is_never_estimated():
    # an election recess follows the election, not the calendar year
    with pytest.raises(LookupError):
        CALENDAR.first_day("TK", "verkiezingsreces", 2027)
