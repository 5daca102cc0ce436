"""The page behind every reminder's footer link: pause or stop reminders, or resume them.

The link carries a signed address, so it needs no login (ministry contacts have no account).
GET only shows the choice; the change is a POST, because mail scanners follow links.
"""

import datetime as dt

from django.core import signing
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from .emails import email_from_token
from .models import ReminderOptOut

PAUSE_DAYS = (14, 30, 90)


@require_http_methods(["GET", "POST"])
def opt_out(request, token):
    try:
        email = email_from_token(token)
    except signing.BadSignature:
        return HttpResponseBadRequest("Deze link is ongeldig of beschadigd.")
    done = ""
    if request.method == "POST":
        done = _apply(email, request.POST.get("action", ""), request.POST.get("days", ""))
        if done is None:
            return HttpResponseBadRequest("Onbekende keuze.")
    current = ReminderOptOut.objects.filter(email=email).first()
    return render(
        request,
        "commitments/reminder_opt_out.html",
        {
            "email": email,
            "current": current,
            "done": done,
            "pause_days": PAUSE_DAYS,
            "today": timezone.localdate(),
        },
    )


def _apply(email, action, days):
    # Takes effect at once: planning and sending both read this row before every email.
    if action == "pause" and days.isdigit() and int(days) in PAUSE_DAYS:
        until = timezone.localdate() + dt.timedelta(days=int(days))
        ReminderOptOut.objects.update_or_create(email=email, defaults={"paused_until": until, "unsubscribed": False})
        return "paused"
    if action == "unsubscribe":
        ReminderOptOut.objects.update_or_create(email=email, defaults={"unsubscribed": True})
        return "unsubscribed"
    if action == "resume":
        ReminderOptOut.objects.filter(email=email).delete()
        return "resumed"
    return None
