"""The figures on the admin index: how many promises are open, overdue, due soon, and where."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, DateField, F, Min, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, TruncMonth
from django.utils.translation import gettext_lazy

from ..models import Commitment, Mention

OLDEST_SHOWN = 10
MONTHS_AHEAD = 12


def with_promised_on(queryset):
    """Annotate the day a promise was made: its earliest document's date, else when it was recorded."""
    # A correlated subquery rather than a join with GROUP BY, so it composes with the admin's
    # search and filters over mentions without multiplying or collapsing rows.
    first_document_date = (
        Mention.objects.filter(commitment=OuterRef("pk"))
        .values("commitment")
        .annotate(first=Min("document__date"))
        .values("first")
    )
    return queryset.annotate(
        promised_on=Coalesce(Subquery(first_document_date, output_field=DateField()), Cast("created_at", DateField()))
    )


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    share: float  # of the largest bar, 0..1


@dataclass
class Dashboard:
    as_of: dt.date
    open: int = 0
    overdue: int = 0
    due_30: int = 0
    proposed: int = 0
    per_ministry: list = field(default_factory=list)
    oldest_open: list = field(default_factory=list)
    due_per_month: list = field(default_factory=list)
    overdue_per_ministry: list = field(default_factory=list)


# Commitments no ministry is known for yet (an undated debate): named, not a dash.
WITHOUT_MINISTRY = gettext_lazy("without a ministry yet")


def _bars(pairs) -> list[Bar]:
    top = max((value for _label, value in pairs), default=0) or 1
    return [Bar(label, value, value / top) for label, value in pairs]


def _month_starts(first: dt.date, count: int) -> list[dt.date]:
    months = []
    year, month = first.year, first.month
    for _ in range(count):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def build(as_of: dt.date) -> Dashboard:
    board = Dashboard(as_of=as_of)
    open_ = Commitment.objects.open()
    overdue = Q(due_date__lt=as_of)
    due_30 = Q(due_date__gte=as_of, due_date__lte=as_of + dt.timedelta(days=30))
    totals = open_.aggregate(open=Count("pk"), overdue=Count("pk", filter=overdue), due_30=Count("pk", filter=due_30))
    board.open, board.overdue, board.due_30 = totals["open"], totals["overdue"], totals["due_30"]
    board.proposed = open_.filter(review_state="proposed").count()

    board.per_ministry = list(
        open_.values(name=F("ministry__name"))
        .annotate(open=Count("pk"), overdue=Count("pk", filter=overdue), due_30=Count("pk", filter=due_30))
        .order_by("-overdue", "-open", "name")
    )
    board.overdue_per_ministry = _bars(
        [(row["name"] or str(WITHOUT_MINISTRY), row["overdue"]) for row in board.per_ministry if row["overdue"]]
    )
    board.oldest_open = list(
        with_promised_on(open_.select_related("ministry")).order_by("promised_on", "pk")[:OLDEST_SHOWN]
    )

    months = _month_starts(as_of, MONTHS_AHEAD)
    last = _month_starts(months[-1], 2)[1] - dt.timedelta(days=1)
    counted = {
        row["month"]: row["count"]
        # From today: what is already overdue is counted as overdue, not as falling due.
        for row in open_.filter(due_date__gte=as_of, due_date__lte=last)
        .annotate(month=TruncMonth("due_date"))
        .values("month")
        .annotate(count=Count("pk"))
    }
    board.due_per_month = _bars([(month.strftime("%m-%Y"), counted.get(month, 0)) for month in months])
    return board
