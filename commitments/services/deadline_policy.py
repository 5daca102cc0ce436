"""The deadline assumed for a commitment that states none, so reminders can still ask about it.

DEFAULT_DEADLINE_POLICY: "off", "months:N" (N months after the document date) or
"half-year" (the next 30 June or 31 December at least 30 days after the document date, the
rhythm in which the chambers ask ministries for a status of open promises).
Assumed dates are flagged (Commitment.deadline_assumed) and never overwrite a stated one.
"""

import calendar
import datetime as dt

from django.conf import settings

# Event, ongoing and vague promises have no date by nature; reminders ask for their status instead.
KINDS_WITHOUT_STATED_DEADLINE = ("none",)


class PolicyError(ValueError):
    pass


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def assumed_due_date(document_date: dt.date | None, policy: str | None = None) -> dt.date | None:
    policy = (policy or settings.DEFAULT_DEADLINE_POLICY).strip().lower()
    if document_date is None or policy == "off":
        return None
    if policy.startswith("months:"):
        try:
            months = int(policy.split(":", 1)[1])
        except ValueError:
            raise PolicyError(f"DEFAULT_DEADLINE_POLICY={policy!r}: months:N needs a whole number") from None
        return add_months(document_date, months)
    if policy == "half-year":
        earliest = document_date + dt.timedelta(days=30)
        for year in (earliest.year, earliest.year + 1):
            for candidate in (dt.date(year, 6, 30), dt.date(year, 12, 31)):
                if candidate >= earliest:
                    return candidate
    raise PolicyError(f"DEFAULT_DEADLINE_POLICY={policy!r} is not one of off, months:N, half-year")
