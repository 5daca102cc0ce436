"""Turn one matched time phrase into a due date: one small function per calendar rule.

Conventions (the corpus README's "Deadline normalisation" table, extended; the recess,
season and budget moments are in ``moment_normalisation``):

* The due date is the *end* of the period meant: "in mei" = 31 May, "eind 2024" = 31 December,
  "in het derde kwartaal" = 30 September, "in de eerste helft van 2024" = 30 June,
  "medio 2018"/"half 2026" = 30 June, "begin 2026" = 31 March, "begin april" = 10 April,
  "half mei"/"medio mei" = 15 May, "de eerste week van juni" = 7 June,
  "in deze of de volgende maand" = end of next month, "in 2027" = 31 December 2027.
* "voor X" is due on the first day of X: "voor juni" = 1 June, "vóór 2027" = 1 January 2027;
  "per" likewise ("per 1 januari"); but a bare date must be preceded ("vóór 1 januari 2027"
  = 31 December 2026), and "voor het einde van het eerste kwartaal" names the end itself
  (31 March). A meeting with its own date ("voor het commissiedebat van 2 juli") is due on
  that date, its next occurrence.
* Relative phrases count from the reference date: "binnen zes weken" = +6 weeks, "binnen
  een maand" = +1 month, ranges ("vier à zes weken", "2-3 jaar") take their end, "een paar"
  = 3, "enkele" = 3, "een aantal" = 4 and "de komende weken" = 3 weeks (all estimated),
  "een weekje of drie" = 3 weeks, "anderhalve maand" = 1 month and 15 days; "binnen drie
  maanden na ontvangst" counts from an event and gives no date. "vandaag", "vanavond",
  "rond 16:00" = the reference date, "morgen" = +1; "deze/volgende week" and the spoken "van
  de week" = Friday of that week, "in de week van 12 mei" = Friday of that week, "uiterlijk
  vrijdag" and a bare "maandag" ("als ik maandag op bezoek ga") = the next such day after the
  reference date; the bare forms are weak, as a bare date is.
* A year left open is the reference date's year ("6 januari", "in mei"); where that puts the
  whole period more than 60 days before the reference date, the promise means next year's
  ("in februari" said in December). Phrases that point forward take the first occurrence on
  or after the reference date (``UPCOMING``). With no reference date and no year in the
  phrase there is no date: a year is never invented.
* ``estimated`` is True for indefinite amounts ("een aantal weken") and, in
  ``moment_normalisation``, for recess dates from the calendar's pattern and budget debates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar as cal
from .recesses import RecessCalendar
from .time_phrases import (
    MEETING,
    NTH,
    ORDINALS,
    VAGUE_COUNTS,
    WEEKDAYS,
    field,
    month_value,
    number_value,
    optional_int,
    text,
)  # fmt: skip

LENIENT, UPCOMING = "lenient", "upcoming"
PAST_TOLERANCE = timedelta(days=60)

# Precision ranks: when two phrases are joined by "of", the finer one is the promise.
DAY, WEEK, MONTH, SEASON, QUARTER, YEAR = range(6)
WEAK, STRONG = 1, 2

Dated = tuple[date, bool] | None  # (due date, estimated)


@dataclass(frozen=True, slots=True)
class Context:
    reference: date | None
    calendar: RecessCalendar
    chamber: str


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    due: date | None
    estimated: bool
    precision: int
    strength: int
    # named by an occasion (a budget day, a dated meeting, the votes) rather than by the calendar
    occasion: bool = False


def fixed(day: date | None, estimated: bool = False) -> Dated:
    return None if day is None else (day, estimated)


def pick(ctx: Context, make: Callable[[int], Dated], year: int | None, mode: str = LENIENT) -> Dated:
    """The occurrence meant when the phrase names no year (see the module docstring)."""
    if year is not None:
        return make(year)
    ref = ctx.reference
    if ref is None:
        return None
    if mode == UPCOMING:
        for candidate_year in (ref.year - 1, ref.year, ref.year + 1):
            found = make(candidate_year)
            if found is not None and found[0] >= ref:
                return found
        return None
    for candidate_year in (ref.year, ref.year + 1):
        found = make(candidate_year)
        if found is None or found[0] >= ref - PAST_TOLERANCE:
            return found
    return None


def year_of(match: re.Match[str], ctx: Context) -> tuple[int | None, bool]:
    """(year, named): the year a phrase names or points at; named=False when it leaves it open."""
    digits = field(match, "y")
    if digits:
        return int(digits), True
    relative = field(match, "yrel")
    if relative is None:
        return None, False
    if ctx.reference is None:
        return None, True
    step = 1 if relative.split()[-1].lower() in {"volgend", "komend", "aankomend", "volgende", "komende"} else 0
    return ctx.reference.year + step, True


def prep_word(match: re.Match[str], key: str = "prep") -> str:
    words = (field(match, key) or "").lower().split()
    if "voor" in words and _scheduled_for(match, key):
        return "in"
    return words[-1] if words else ""


# "voor" beside a schedule is "for", not "before": "Verzending is voorzien voor het najaar" and "De toezending is voor
# het derde trimester gepland" are due at the period's end
_SCHEDULED = r"(?:gepland|ingepland|voorzien|geagendeerd|geprogrammeerd)"
_SCHEDULED_BEFORE = re.compile(rf"\b{_SCHEDULED}\s+$", re.IGNORECASE)
_SCHEDULED_AFTER = re.compile(rf"\s+(?:\S+\s+){{0,2}}?{_SCHEDULED}\b", re.IGNORECASE)


def _scheduled_for(match: re.Match[str], key: str) -> bool:
    at = match.start(f"{match.lastgroup}_{key}")
    return bool(
        _SCHEDULED_BEFORE.search(match.string[max(0, at - 40) : at])
        or _SCHEDULED_AFTER.match(match.string, match.end())
    )


def is_before(prep: str) -> bool:
    return prep in {"voor", "vóór", "voór", "vóor"}


def _relative(ctx: Context, amount: float, unit: str) -> date | None:
    ref = ctx.reference
    if ref is None:
        return None
    unit = unit.lower()
    if unit.startswith("werkdag"):
        return cal.add_workdays(ref, round(amount))
    if unit.startswith("dag"):
        return cal.shift_days(ref, round(amount))
    if unit.startswith("we"):
        return cal.shift_days(ref, round(amount * 7))
    months = amount * (12 if unit.startswith("ja") else 3 if unit.startswith("kw") else 1)
    whole = int(months)
    shifted = cal.add_months(ref, whole)
    return None if shifted is None else cal.shift_days(shifted, round((months - whole) * 30))


def _unit_precision(unit: str) -> int:
    unit = unit.lower()
    if unit.startswith(("dag", "werkdag")):
        return DAY
    if unit.startswith("we"):
        return WEEK
    if unit.startswith("maand"):
        return MONTH
    return QUARTER if unit.startswith("kw") else YEAR


def _clock(m: re.Match[str], ctx: Context) -> Candidate | None:
    if prep_word(m) in {"na", "vanaf"} or prep_word(m, "prep2") in {"na", "vanaf"}:
        return None
    return candidate(m, "relative", fixed(ctx.reference), DAY)


def _date(m: re.Match[str], ctx: Context) -> Candidate | None:
    day, month = int(text(m, "d")), month_value(text(m, "m"))
    year = optional_int(field(m, "y"))
    mode = UPCOMING if field(m, "as") else LENIENT
    dated = pick(ctx, lambda y: fixed(cal.safe_date(y, month, day)), year, mode)
    if field(m, "week") and dated is not None:  # "in de week van 12 mei": by the Friday of that week
        dated = fixed(cal.friday_of_week(dated[0]))
    elif is_before(prep_word(m)):
        # "voor 1 oktober" is due by the day before it; "uiterlijk 1 oktober" and "op 1 oktober" on the day
        dated = _day_before(dated)
    strength = WEAK if prep_word(m) in {"", "op"} and not field(m, "week") else STRONG
    return candidate(m, "date", dated, DAY, strength if cal.safe_date(2000, month, day) else 0)


def _event_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    # Unlike "voor 1 oktober" (by the day before), "voor het debat van 2 juli" is due on the
    # event's day: what is promised must be there when the meeting sits. A meeting spoken of
    # ahead is the next one of that date.
    # "voorafgaand aan", "tijdig voor", "ruim voor" the meeting say before its day, as "voor 1 oktober" does.
    day, month = int(text(m, "d")), month_value(text(m, "m"))
    dated = pick(ctx, lambda y: fixed(cal.safe_date(y, month, day)), optional_int(field(m, "y")), UPCOMING)
    # an occasion other than a meeting dated in brackets is a day like "voor 1 december": the promise comes first
    other_occasion = field(m, "bracket") and not _MEETING_NAMED.search(m.group())
    strictly = prep_word(m) == "aan" or other_occasion or _AHEAD_OF.search(m.string, max(0, m.start() - 8), m.start())
    if strictly:
        dated = _day_before(dated)
    return candidate(m, "date", dated, DAY, STRONG if cal.safe_date(2000, month, day) else 0)


_AHEAD_OF = re.compile(r"\b(?:tijdig|ruim)\s+$", re.IGNORECASE)
_MEETING_NAMED = re.compile(MEETING + r"\b", re.IGNORECASE)


def _day_before(dated: Dated) -> Dated:
    # What must come before a day is due the day before it.
    if dated is None or dated[0] is None:
        return dated
    day_before = cal.shift_days(dated[0], -1)
    return None if day_before is None else (day_before, dated[1])


def _numdate(m: re.Match[str], ctx: Context) -> Candidate | None:
    day = cal.safe_date(int(text(m, "y")), int(text(m, "m")), int(text(m, "d")))
    # "vóór 1-7-2027" is due by the day before it, as "vóór 1 juli 2027" is
    dated = _day_before(fixed(day)) if is_before(prep_word(m)) else fixed(day)
    return candidate(m, "date", dated, DAY, WEAK if prep_word(m) in {"", "op"} else STRONG if day else 0)


_EVERY = re.compile(r"\b(?:elke|iedere)\s+$", re.IGNORECASE)


def _weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    bare = not field(m, "prep")
    if bare and _EVERY.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "elke maandag" is a rhythm, not a day
    # A weekday said without a preposition ("als ik maandag een bezoek breng") is the next one
    # after the reference date, but any other phrase in the sentence is the likelier deadline.
    strength = WEAK if bare else STRONG
    if ctx.reference is None:
        return candidate(m, "relative", None, DAY, strength)
    weekday = WEEKDAYS[re.sub(r"(ochtend|middag|avond)$", "", text(m, "wd").lower())]
    if field(m, "next"):
        monday = cal.shift_days(ctx.reference, 7 - ctx.reference.weekday())
        due = None if monday is None else cal.shift_days(monday, weekday)
    else:
        due = cal.next_weekday(ctx.reference, weekday)
    return candidate(m, "relative", fixed(due), DAY, strength)


def _nth_weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    n, month = NTH[text(m, "o").lower()], month_value(text(m, "m"))
    weekday = WEEKDAYS[re.sub(r"(ochtend|middag|avond)$", "", text(m, "wd").lower())]
    year, named = year_of(m, ctx)
    if named and year is None:
        return candidate(m, "date", None, DAY)
    dated = pick(ctx, lambda y: fixed(cal.nth_weekday(y, month, weekday, n)), year, UPCOMING)
    if is_before(prep_word(m)):
        dated = _day_before(dated)
    return candidate(m, "date", dated, DAY)


def _weekend(m: re.Match[str], ctx: Context) -> Candidate | None:
    return candidate(m, "relative", fixed(ctx.reference and cal.friday_of_week(ctx.reference)), WEEK)


def _this_week(m: re.Match[str], ctx: Context) -> Candidate | None:
    # colloquial and also said of the week just gone ("ik sprak hem van de week"): weak
    return candidate(m, "relative", fixed(ctx.reference and cal.friday_of_week(ctx.reference)), WEEK, WEAK)


def _week(m: re.Match[str], ctx: Context) -> Candidate | None:
    ref = ctx.reference
    if ref is None:
        return candidate(m, "relative", None, WEEK)
    base = ref if text(m, "which").lower() == "deze" else cal.shift_days(ref, 7)
    friday = None if base is None else cal.friday_of_week(base)
    if friday is not None and (field(m, "pos") or "").lower() == "begin":
        friday = max(ref, friday - timedelta(days=3))
    return candidate(m, "relative", fixed(friday), WEEK)


def _week_number(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "in week 12": the Friday of that ISO week, as "volgende week" is; "voor week 12": the Friday before it."""
    number = int(text(m, "wn"))
    before = is_before(prep_word(m))
    year, _ = year_of(m, ctx)

    def make(y: int) -> Dated:
        try:
            friday = date.fromisocalendar(y, number, 5)
        except ValueError:  # week 53 of a year of 52
            return None
        return fixed(friday - timedelta(days=7) if before else friday)

    return candidate(m, "period", pick(ctx, make, year, UPCOMING), WEEK)


_SAME_DAY_OFFSETS = {"overmorgen": 2, "morgen": 1}


def _sameday(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = text(m, "w").lower()
    offset = next((days for prefix, days in _SAME_DAY_OFFSETS.items() if word.startswith(prefix)), 0)
    due = None if ctx.reference is None else cal.shift_days(ctx.reference, offset)
    return candidate(m, "relative", fixed(due), DAY)


def _idiom(m: re.Match[str], ctx: Context) -> Candidate | None:
    amount = number_value(text(m, "n"))
    unit = text(m, "u")
    due = None if amount is None else _relative(ctx, amount, unit)
    return candidate(m, "relative", fixed(due), _unit_precision(unit))


_COUNTED_FROM_AN_EVENT = re.compile(r"\s+(?:na|nadat|vanaf|volgend\s+op|te\s+rekenen)\b", re.IGNORECASE)


def _relative_span(m: re.Match[str], ctx: Context) -> Candidate | None:
    if _COUNTED_FROM_AN_EVENT.match(m.string, m.end()):
        return None  # "binnen drie maanden na ontvangst": the count starts at the event, the condition says which
    unit = text(m, "u")
    vague, half = field(m, "vague"), field(m, "half")
    if vague:
        amount: float | None = VAGUE_COUNTS[vague.lower()]
    elif half:
        amount = 0.5 if half.lower() == "half" else 1.5
    else:
        amount = number_value(field(m, "n2") or text(m, "n1"))
    due = None if amount is None else _relative(ctx, amount, unit)
    return candidate(m, "relative", fixed(due, bool(vague)), _unit_precision(unit))


def _coming(m: re.Match[str], ctx: Context) -> Candidate | None:
    unit = text(m, "u")
    return candidate(m, "relative", fixed(_relative(ctx, VAGUE_COUNTS["paar"], unit), True), _unit_precision(unit))


def _month_both(m: re.Match[str], ctx: Context) -> Candidate | None:
    ref = ctx.reference
    nxt = None if ref is None else cal.add_months(ref.replace(day=1), 1)
    return candidate(m, "period", fixed(nxt and cal.last_day_of_month(nxt.year, nxt.month)), MONTH)


# "primo" is the bookkeeper's "begin", as "ultimo" is its "eind"
_POSITION_DAY = {"begin": 10, "primo": 10, "medio": 15, "half": 15, "halverwege": 15, "midden": 15}
_WEEK_OF_MONTH_DAY = {"eerste": 7, "tweede": 14, "derde": 21, "vierde": 28}


def _month_day(year: int, month: int, position: str | None, prep: str) -> Dated:
    words = position.lower().split() if position else []
    if "week" in words:  # "de eerste week van juni" = by 7 June; "de laatste week" = by the month's end
        day = _WEEK_OF_MONTH_DAY.get(words[words.index("week") - 1])
        return fixed(cal.safe_date(year, month, day) if day else cal.last_day_of_month(year, month))
    if "helft" in words:  # "de eerste helft van oktober" = by the 15th; "de tweede helft" = by the month's end
        first = words[words.index("helft") - 1] == "eerste"
        return fixed(cal.safe_date(year, month, 15) if first else cal.last_day_of_month(year, month))
    position = words[0] if words else ""
    if position in _POSITION_DAY:
        return fixed(cal.safe_date(year, month, _POSITION_DAY[position]))
    if not position and (is_before(prep) or prep in {"per", "tot"}):
        return fixed(cal.safe_date(year, month, 1))
    return fixed(cal.last_day_of_month(year, month))


def _month_rel(m: re.Match[str], ctx: Context) -> Candidate | None:
    ref = ctx.reference
    which = text(m, "which").lower()
    if which == "de" and not field(m, "pos"):
        return None  # "de maand" alone names no month
    base = None if ref is None else cal.add_months(ref.replace(day=1), 0 if which in {"deze", "de"} else 1)
    dated = None if base is None else _month_day(base.year, base.month, field(m, "pos"), prep_word(m))
    return candidate(m, "period", dated, WEEK if field(m, "pos") else MONTH)


def _month(m: re.Match[str], ctx: Context) -> Candidate | None:
    month = month_value(text(m, "m"))
    year = optional_int(field(m, "y"))
    position = field(m, "pos") if m.lastgroup == "month_pos" else None
    dated = pick(ctx, lambda y: _month_day(y, month, position, prep_word(m)), year)
    strength = WEAK if not field(m, "prep") and not position else STRONG
    return candidate(m, "period", dated, WEEK if position else MONTH, strength)


def _quarter_relative(m: re.Match[str], ctx: Context) -> Candidate | None:
    # "dit kwartaal" ends with the quarter of the reference date; "komend" or "volgend kwartaal" with the next one
    if ctx.reference is None:
        return candidate(m, "relative", None, QUARTER)
    ahead = 0 if text(m, "rel").lower() in {"dit", "deze"} else 1
    index = (ctx.reference.month - 1) // 3 + ahead
    year, quarter = ctx.reference.year + index // 4, index % 4 + 1
    return candidate(m, "relative", fixed(cal.last_day_of_month(year, 3 * quarter)), QUARTER)


def _quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.lastgroup == "quarter_short":
        quarter = int(text(m, "q"))
        digits = field(m, "y")
        year, named = (None, False) if not digits else (int(digits) + (2000 if len(digits) == 2 else 0), True)
    else:
        quarter = ORDINALS[text(m, "o").lower()]
        year, named = year_of(m, ctx)
    months = 3
    if m.lastgroup == "quarter" and text(m, "unit").lower() == "trimester":
        # a year has three trimesters of four months: the last is the third, and there is no fourth
        months, quarter = 4, 3 if text(m, "o").lower() == "laatste" else quarter
        if quarter > 3:
            return None
    if named and year is None:
        return candidate(m, "period", None, QUARTER)
    # "voor het einde van het eerste kwartaal" is due at the end, not on the quarter's first day
    before = is_before(prep_word(m)) and not (m.lastgroup == "quarter" and field(m, "end"))

    def make(y: int) -> Dated:
        if before:
            return fixed(cal.safe_date(y, months * (quarter - 1) + 1, 1))
        return fixed(cal.last_day_of_month(y, months * quarter))

    return candidate(m, "period", pick(ctx, make, year), QUARTER)


def _half(m: re.Match[str], ctx: Context) -> Candidate | None:
    second = text(m, "o").lower() in {"tweede", "2e", "laatste"}
    year, named = year_of(m, ctx)
    if named and year is None:
        return candidate(m, "period", None, QUARTER)
    before = is_before(prep_word(m))

    def make(y: int) -> Dated:
        if before:
            return fixed(cal.safe_date(y, 7 if second else 1, 1))
        return fixed(cal.safe_date(y, 12, 31) if second else cal.safe_date(y, 6, 30))

    return candidate(m, "period", pick(ctx, make, year), QUARTER)


_YEAR_POSITION_END = {
    "begin": (3, 31), "primo": (3, 31), "medio": (6, 30), "half": (6, 30), "midden": (6, 30), "halverwege": (6, 30)
}  # fmt: skip


def _year_pos(m: re.Match[str], ctx: Context) -> Candidate | None:
    year, _ = year_of(m, ctx)
    if year is None and (field(m, "yrel") or "").lower() == "het" and ctx.reference:
        year = ctx.reference.year
    position = text(m, "pos").lower()
    month, day = (3, 31) if "maanden" in position else _YEAR_POSITION_END.get(position.split()[0], (12, 31))
    return candidate(m, "period", None if year is None else fixed(cal.safe_date(year, month, day)), QUARTER)


def _year_rel(m: re.Match[str], ctx: Context) -> Candidate | None:
    step = 0 if text(m, "which").lower() == "dit" else 1
    ref = ctx.reference
    due = None if ref is None else cal.safe_date(ref.year + step, 12, 31)
    return candidate(m, "period", fixed(due), YEAR, STRONG if field(m, "prep") else WEAK)


def _year_plain(m: re.Match[str], ctx: Context) -> Candidate | None:
    year = int(text(m, "y"))
    first = is_before(prep_word(m)) or prep_word(m) == "per"
    return candidate(m, "period", fixed(cal.safe_date(year, 1, 1) if first else cal.safe_date(year, 12, 31)), YEAR)


def _turn_of_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    return candidate(m, "period", pick(ctx, lambda y: fixed(cal.safe_date(y, 12, 31)), None, UPCOMING), SEASON)


def candidate(m: re.Match[str], kind: str, dated: Dated, precision: int, strength: int = STRONG) -> Candidate:
    due, estimated = dated if dated is not None else (None, False)
    return Candidate(m.start(), m.end(), kind, due, estimated, precision, strength)


def _no_date(kind: str) -> Callable[[re.Match[str], Context], Candidate]:
    return lambda m, ctx: Candidate(m.start(), m.end(), kind, None, False, YEAR + 1, 0)


NORMALISERS: dict[str, Callable[[re.Match[str], Context], Candidate | None]] = {
    "vague": _no_date("vague"), "ongoing": _no_date("ongoing"), "clock": _clock, "date": _date,
    "event_date": _event_date, "numdate": _numdate, "nth_weekday": _nth_weekday, "weekday": _weekday,
    "weekend": _weekend, "this_week": _this_week,
    "week": _week, "week_number": _week_number,
    "sameday": _sameday,
    "idiom": _idiom, "coming": _coming, "relative": _relative_span, "month_both": _month_both, "month_rel": _month_rel,
    "month_pos": _month, "month": _month, "quarter": _quarter, "quarter_short": _quarter,
    "quarter_rel": _quarter_relative, "half": _half,
    "year_pos": _year_pos, "year_rel": _year_rel, "year_plain": _year_plain, "turn_of_year": _turn_of_year,
}  # fmt: skip
