"""Who gets reminded: subscriptions, responsible people, ministry contacts and opt-outs (clerks edit),
and what was sent: digests and the reminder log (read-only, written by the reminder run)."""

from django.contrib import admin
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import ReminderDigest, ReminderLog
from ..models.subscriptions import MinistryContact, ReminderOptOut, ResponsiblePerson, Subscription
from ..services.reminders import sending
from ..tasks import send_waiting_reminders
from .readonly import ReadOnlyAdmin


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "user",
        "contact",
        "ministry",
        "dossier",
        "chamber",
        "commitment",
        "addressee",
        "committee",
        "created_at",
    ]
    list_filter = ["chamber", "ministry", "addressee__kind"]
    raw_id_fields = ["commitment"]
    autocomplete_fields = ["ministry", "addressee", "committee"]
    list_select_related = ["user", "contact", "ministry", "commitment", "addressee", "committee"]


@admin.register(ResponsiblePerson)
class ResponsiblePersonAdmin(admin.ModelAdmin):
    list_display = ["commitment", "user", "email"]
    search_fields = ["email", "commitment__number", "user__username"]
    raw_id_fields = ["commitment"]
    list_select_related = ["commitment", "user"]


@admin.register(MinistryContact)
class MinistryContactAdmin(admin.ModelAdmin):
    list_display = ["email", "name", "ministry", "last_overview_period"]
    list_filter = ["ministry"]
    search_fields = ["email", "name"]
    readonly_fields = ["last_overview_period"]
    list_select_related = ["ministry"]


@admin.register(ReminderOptOut)
class ReminderOptOutAdmin(admin.ModelAdmin):
    list_display = ["email", "paused_until", "unsubscribed", "updated_at"]
    list_filter = ["unsubscribed"]
    search_fields = ["email"]


@admin.register(ReminderDigest)
class ReminderDigestAdmin(ReadOnlyAdmin):
    list_display = ["recipient", "as_of", "state", "attempts", "next_attempt_at", "sent_at", "error"]
    list_filter = ["state", "as_of"]
    search_fields = ["recipient"]
    date_hierarchy = "as_of"
    actions = ["send_again"]

    def has_send_permission(self, request):
        # The row stays read-only (ReadOnlyAdmin); this permission only allows sending it again.
        return request.user.has_perm("commitments.change_reminderdigest")

    @admin.action(description=_("Send again"), permissions=["send"])
    def send_again(self, request, queryset):
        count = sending.send_again(list(queryset.values_list("pk", flat=True)))
        transaction.on_commit(send_waiting_reminders.delay)
        self.message_user(
            request,
            ngettext("%(n)d email queued to be sent again.", "%(n)d emails queued to be sent again.", count)
            % {"n": count},
        )


@admin.register(ReminderLog)
class ReminderLogAdmin(ReadOnlyAdmin):
    list_display = ["recipient", "commitment", "kind", "period_key", "state", "sent_at"]
    list_filter = ["kind", "state"]
    search_fields = ["recipient", "commitment__number"]
    list_select_related = ["commitment"]
