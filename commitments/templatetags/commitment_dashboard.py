"""The dashboard on the admin index, drawn server-side (SVG bars) so it works offline."""

from django import template
from django.utils import timezone

from ..selectors import dashboard

register = template.Library()

CHART_HEIGHT = 120
BAR_WIDTH = 36
ROW = 34
BAR_ROOM = 300


@register.inclusion_tag("admin/commitments/dashboard.html", takes_context=True)
def commitment_dashboard(context):
    request = context["request"]
    if not request.user.has_perm("commitments.view_commitment"):
        return {"visible": False}
    board = dashboard.build(timezone.localdate())
    months = [
        {
            "bar": bar,
            "x": i * BAR_WIDTH,
            "height": round(bar.share * CHART_HEIGHT),
            "y": CHART_HEIGHT - round(bar.share * CHART_HEIGHT),
        }
        for i, bar in enumerate(board.due_per_month)
    ]
    # Each ministry's full name on a line of its own above its bar: names are long, none is cut.
    ministries = [
        {"bar": bar, "y": i * ROW, "width": round(bar.share * BAR_ROOM)}
        for i, bar in enumerate(board.overdue_per_ministry)
    ]
    return {
        "visible": True,
        "board": board,
        "without_ministry": dashboard.WITHOUT_MINISTRY,
        "months": months,
        "nothing_due_ahead": not any(bar.value for bar in board.due_per_month),
        "ministries": ministries,
        "month_chart_width": BAR_WIDTH * len(months),
        "chart_height": CHART_HEIGHT,
        "ministry_chart_height": ROW * len(ministries) + 4,
        "ministry_chart_width": BAR_ROOM + 40,
    }
