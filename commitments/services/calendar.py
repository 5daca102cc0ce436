"""The recess calendar the extraction engine works with: the clerks' table, not the shipped file."""

from ..extraction.deadlines.recesses import Recess as CalendarRecess
from ..extraction.deadlines.recesses import RecessCalendar
from ..models import Recess


def recess_calendar() -> RecessCalendar:
    rows = Recess.objects.order_by("chamber", "first_day").values_list(
        "chamber", "name", "first_day", "last_day", "source"
    )
    return RecessCalendar(CalendarRecess(*row) for row in rows)
