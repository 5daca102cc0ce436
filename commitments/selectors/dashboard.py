"""The figures on the admin index: how many promises are open, overdue, due soon, and where."""

import datetime as dt
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy

from ..models import Commitment, Ministry

OLDEST_SHOWN = 10
# At 1,000,000 commitments the figures take a pass over the open ones (~200 ms of SQL); a clerk
# who opens the index again sees them from the cache until a commitment changes. A ministry
# renamed, or a document given a date (the oldest open promises), shows late by at most this long.
CACHE_SECONDS = 300
MONTHS_AHEAD = 12


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
    """The figures of `as_of`, computed again only after a commitment changed.

    Every change a figure shows (status, due date, review state, ministry, a merge) moves the
    commitment's updated_at, as the API's pollers rely on; a new commitment also moves the
    newest id. So the newest of both, read from their indexes, keys the cached figures.
    """
    stamp = Commitment.objects.aggregate(updated=Max("updated_at"), id=Max("id"))
    key = f"dashboard:{as_of.isoformat()}:{stamp['updated'].isoformat() if stamp['updated'] else '-'}:{stamp['id']}"
    board = cache.get(key)
    if board is None:
        board = _compute(as_of)
        cache.set(key, board, CACHE_SECONDS)
    return board


def _compute(as_of: dt.date) -> Dashboard:
    """Four queries whatever the number of commitments, each served by an index (see bench/admin.py)."""
    board = Dashboard(as_of=as_of)
    open_ = Commitment.objects.open()
    overdue = Q(due_date__lt=as_of)
    due_30 = Q(due_date__gte=as_of, due_date__lte=as_of + dt.timedelta(days=30))
    # One pass over the open promises, per ministry; the totals are its sums.
    rows = list(
        open_.values("ministry_id").annotate(
            # Counted on the index's own columns, not the id, which the index does not hold
            # (a filtered count needs a column: both windows imply a due date).
            open=Count("*"),
            overdue=Count("due_date", filter=overdue),
            due_30=Count("due_date", filter=due_30),
            proposed=Count("review_state", filter=Q(review_state="proposed")),
        )
    )
    for name in ("open", "overdue", "due_30", "proposed"):
        setattr(board, name, sum(row[name] for row in rows))
    names = dict(Ministry.objects.filter(pk__in=[r["ministry_id"] for r in rows]).values_list("pk", "name"))
    board.per_ministry = sorted(
        ({"name": names.get(row["ministry_id"]), **{k: row[k] for k in ("open", "overdue", "due_30")}} for row in rows),
        key=lambda row: (-row["overdue"], -row["open"], row["name"] is None, row["name"] or ""),
    )
    board.overdue_per_ministry = _bars(
        [(row["name"] or str(WITHOUT_MINISTRY), row["overdue"]) for row in board.per_ministry if row["overdue"]]
    )
    # promised_on is stored and indexed (models/derived.py): the index's first open rows.
    board.oldest_open = list(open_.select_related("ministry").order_by("promised_on", "pk")[:OLDEST_SHOWN])

    months = _month_starts(as_of, MONTHS_AHEAD)
    last = _month_starts(months[-1], 2)[1] - dt.timedelta(days=1)
    counted = {
        row["month"]: row["count"]
        # From today: what is already overdue is counted as overdue, not as falling due.
        for row in open_.filter(due_date__gte=as_of, due_date__lte=last)
        .annotate(month=TruncMonth("due_date"))
        .values("month")
        .annotate(count=Count("*"))
    }
    board.due_per_month = _bars([(month.strftime("%m-%Y"), counted.get(month, 0)) for month in months])
    return board
