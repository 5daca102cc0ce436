"""Due dates of parliamentary and seasonal moments: recesses, seasons and the budget cycle.

* "voor de zomer", "omstreeks/rond de zomer", "voor het zomerreces" = the first day of the TK
  zomerreces (of the chamber addressed for a named recess: "voor het kerstreces" to the EK
  is the EK's); "voor het reces" = whichever recess comes first; "na het X-reces" = its last
  day + 1, but "(kort) na het zomerreces" = 30 September, as "na de zomer"; "in/tijdens het
  X-reces" and "(uiterlijk) voor het einde van het X-reces" = its last day. A recess without a
  calendar row is estimated from the chamber's pattern (``RecessCalendar``) and flagged
  ``estimated``; the verkiezingsreces, which follows no pattern, only from its rows (a year
  without one gives no date).
* "(kort) na de zomer" = 30 September; "in/deze zomer" = 31 August; "(in het/dit) voorjaar" =
  30 June; "(in het/dit) najaar" = 31 December; "winter" = end of February; "begin" a
  season = the end of its first month; "voor het voorjaar" = its first day. "komend/volgend
  voorjaar" is next year's once that season has begun.
* Budget cycle: Prinsjesdag is the third Tuesday of September; the Begroting/Miljoenennota
  "voor N" (or "N") comes on Prinsjesdag N-1, without a year on the next Prinsjesdag;
  Voorjaarsnota and first suppletoire begroting = 1 June (sent before June), Najaarsnota and
  second suppletoire = 30 November; Verantwoordingsdag = third Wednesday of May, and "bij het
  jaarverslag (over N)" or "de slotwet" is that of N+1 (the next one without a year); "voor de
  begrotingsbehandeling" or "de behandeling van de begroting" = 1 November (the middle of the
  TK budget debates; estimated, the day depends on the ministry).
* Votes: the Tweede Kamer votes on Tuesdays, so "voor de stemming(en)" is due the Monday before the
  next Tuesday (estimated unless "van dinsdag" names it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import calendar as cal
from .recesses import normalise_recess_name
from .time_normalisation import (
    DAY,
    LENIENT,
    SEASON,
    STRONG,
    UPCOMING,
    WEAK,
    Candidate,
    Context,
    Dated,
    candidate,
    fixed,
    is_before,
    pick,
    prep_word,
    year_of,
)  # fmt: skip
from .time_phrases import field, optional_int, text


def _recess_moment(prep_words: list[str]) -> str:
    """Which day of a recess a preposition points at: its first day, its last, or the day after."""
    if "na" in prep_words:  # "na (afloop van) het reces": the first sitting day
        return "after"
    if prep_words[-1:] in (["in"], ["tijdens"], ["gedurende"]) or {"eind", "einde"} & set(prep_words):
        return "last"
    return "first"


def _recess_day(ctx: Context, name: str, moment: str) -> Callable[[int], Dated]:
    if moment == "after" and normalise_recess_name(name) == "zomerreces":
        # "na het zomerreces" is said as "na de zomer" is: the autumn's first weeks, not the first
        # sitting day (the corpus labels both 30 September)
        return _after_summer

    def make(year: int) -> Dated:
        try:
            if moment == "first":
                return ctx.calendar.first_day(ctx.chamber, name, year)
            last, estimated = ctx.calendar.last_day(ctx.chamber, name, year)
        except LookupError:
            return None  # a year the calendar has no row for and cannot estimate (the verkiezingsreces)
        return fixed(cal.shift_days(last, 1) if moment == "after" else last, estimated)

    return make


def _after_summer(year: int) -> Dated:
    return fixed(cal.safe_date(year, 9, 30))


_RECESS_NAMES = ("zomerreces", "kerstreces", "voorjaarsreces", "meireces", "herfstreces")


def _recess(m: re.Match[str], ctx: Context) -> Candidate | None:
    moment = _recess_moment((field(m, "prep") or "").lower().split())
    year = optional_int(field(m, "y"))
    name = field(m, "n")
    if name:
        dated = pick(ctx, _recess_day(ctx, name, moment), year, UPCOMING)
        return candidate(m, "period", dated, SEASON)
    # "voor het reces": whichever recess comes first
    picked = [pick(ctx, _recess_day(ctx, n, moment), year, UPCOMING) for n in _RECESS_NAMES]
    found = [f for f in picked if f is not None]
    return candidate(m, "period", min(found) if found else None, SEASON)


def _christmas(m: re.Match[str], ctx: Context) -> Candidate | None:
    year = optional_int(field(m, "y"))
    return candidate(
        m, "period", pick(ctx, _recess_day(ctx, "kerstreces", _recess_moment([prep_word(m)])), year, UPCOMING), SEASON
    )


def _summer(m: re.Match[str], ctx: Context) -> Candidate | None:
    prep = prep_word(m)
    year, _ = year_of(m, ctx)
    if is_before(prep) or prep in {"rond", "omstreeks", "tegen", "begin"}:
        make = _recess_day(ctx, "zomerreces", "first")
    elif "na" in (field(m, "prep") or "").lower().split():  # "kort na", "na afloop van" de zomer too
        make = _after_summer
    else:

        def make(y: int) -> Dated:
            return fixed(cal.safe_date(y, 8, 31))

    mode = LENIENT if prep in {"in", "tijdens", "gedurende", "eind", "deze"} else UPCOMING
    if prep == "deze" and year is None and ctx.reference is not None:
        year = ctx.reference.year
    return candidate(m, "period", pick(ctx, make, year, mode), SEASON)


# season -> (first month, last month); the winter runs into the next year
_SEASONS = {"voorjaar": (3, 6), "lente": (3, 6), "najaar": (9, 12), "herfst": (9, 12), "winter": (12, 14)}


def _season(m: re.Match[str], ctx: Context) -> Candidate | None:
    first_month, last_month = _SEASONS[text(m, "s").lower()]
    prep = prep_word(m)
    words = (field(m, "prep") or "").lower().split()
    year, _ = year_of(m, ctx)
    if year is None and "jaar" in words and ctx.reference is not None:
        year = ctx.reference.year + 1  # "volgend jaar voorjaar"

    # (prep_word reads a scheduled "voor" as "in": "voorzien voor het najaar" is due at its end)
    before = prep != "in" and any(is_before(word) for word in words)

    def make(y: int) -> Dated:
        if before:
            return fixed(cal.safe_date(y, first_month, 1))
        month = first_month if words[:1] == ["begin"] else last_month
        return fixed(cal.last_day_of_month(y + (month - 1) // 12, (month - 1) % 12 + 1))

    ref = ctx.reference
    if prep in {"dit", "deze"} and year is None and ref is not None:
        year = ref.year - (1 if first_month == 12 and ref.month <= 2 else 0)
    if prep.startswith(("komend", "aankomend", "volgend")) and year is None and ref is not None:
        # "komend voorjaar" said once spring has begun is next year's
        year = ref.year if (ref.month, ref.day) < (first_month, 1) else ref.year + 1
    mode = UPCOMING if first_month == 12 else LENIENT
    return candidate(m, "period", pick(ctx, make, year, mode), SEASON)


def _prinsjesdag(m: re.Match[str], ctx: Context) -> Candidate | None:
    year = optional_int(field(m, "y"))
    dated = pick(ctx, lambda y: fixed(cal.prinsjesdag(y)), year, UPCOMING)
    return candidate(m, "period", dated, DAY, STRONG if field(m, "prep") else WEAK)


def _on_day(month: int, day: int) -> Callable[[int], Dated]:
    return lambda year: fixed(cal.safe_date(year, month, day))


def _budget(m: re.Match[str], ctx: Context) -> Candidate | None:
    document = text(m, "doc").lower()
    digits = field(m, "y") or field(m, "y2")
    year = int(digits) if digits else None
    if "voorjaarsnota" in document or document.startswith(("eerste", "1e")):
        dated = pick(ctx, lambda y: fixed(cal.safe_date(y, 6, 1)), year, UPCOMING)
    elif "najaarsnota" in document or document.startswith(("tweede", "2e")):
        dated = pick(ctx, lambda y: fixed(cal.safe_date(y, 11, 30)), year, UPCOMING)
    elif document.startswith("suppletoire"):
        options = [pick(ctx, _on_day(month, day), year, UPCOMING) for month, day in ((6, 1), (11, 30))]
        dated = min((o for o in options if o), default=None)
    else:  # the budget for year N is presented on Prinsjesdag of N-1
        dated = pick(ctx, lambda y: fixed(cal.prinsjesdag(y)), None if year is None else year - 1, UPCOMING)
        if year is not None and dated and dated[0] and ctx.reference and dated[0] < ctx.reference:
            # a promise cannot fall due before it is made: "met de Miljoenennota 2025", said in 2025, means
            # the one presented that year
            dated = fixed(cal.prinsjesdag(year))
    return candidate(m, "period", dated, SEASON, WEAK if prep_word(m) in {"in", "via"} else STRONG)


def _budget_debate(m: re.Match[str], ctx: Context) -> Candidate | None:
    year = int(text(m, "y")) - 1 if field(m, "y") else None
    dated = pick(ctx, lambda y: fixed(cal.safe_date(y, 11, 1), True), year, UPCOMING)
    return candidate(m, "period", dated, SEASON)


def _verantwoordingsdag(m: re.Match[str], ctx: Context) -> Candidate | None:
    year = optional_int(field(m, "y"))
    dated = pick(ctx, lambda y: fixed(cal.verantwoordingsdag(y)), year, UPCOMING)
    return candidate(m, "period", dated, DAY, STRONG if field(m, "prep") else WEAK)


def _votes(m: re.Match[str], ctx: Context) -> Candidate | None:
    # Votes are held on the Tuesday after the debate; which Tuesday a bill's vote falls on is a guess
    # unless the Tuesday is named. What must come before the votes is due the day before.
    if ctx.reference is None:
        return candidate(m, "period", None, DAY)
    tuesday = cal.next_weekday(ctx.reference, cal.TUESDAY)
    day_before = None if tuesday is None else cal.shift_days(tuesday, -1)
    return candidate(m, "period", fixed(day_before, estimated=not field(m, "tue")), DAY)


def _annual_report(m: re.Match[str], ctx: Context) -> Candidate | None:
    digits = field(m, "y") or field(m, "y2")
    year = int(digits) + 1 if digits else None  # the report over N comes on Verantwoordingsdag N+1
    dated = pick(ctx, lambda y: fixed(cal.verantwoordingsdag(y)), year, UPCOMING)
    return candidate(m, "period", dated, SEASON, WEAK if prep_word(m) in {"in", "via"} else STRONG)


NORMALISERS: dict[str, Callable[[re.Match[str], Context], Candidate | None]] = {
    "recess": _recess, "christmas": _christmas, "summer": _summer, "season": _season, "season_year": _season,
    "prinsjesdag": _prinsjesdag, "budget": _budget, "budget_debate": _budget_debate,
    "verantwoordingsdag": _verantwoordingsdag, "annual_report": _annual_report, "votes": _votes,
}  # fmt: skip
