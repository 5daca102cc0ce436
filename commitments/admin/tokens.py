"""API tokens in the admin: issued here (the secret is shown once), revoked here, never shown again."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import ApiToken
from ..services.tokens import issue_token, revoke_token


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "scope", "prefix", "created_at", "revoked_at"]
    list_filter = ["scope", ("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "prefix", "user__username"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        if obj is None:
            # Anyone else issues a token for themselves only (see services.tokens.issue_token).
            return ["name", "user", "scope"] if request.user.is_superuser else ["name", "scope"]
        return ["name", "user", "scope", "prefix", "created_at", "revoked_at", "last_used_at"]

    def get_readonly_fields(self, request, obj=None):
        # A token's owner and scope are what it was issued with; change them by issuing another.
        return [] if obj is None else ["user", "scope", "prefix", "created_at", "revoked_at", "last_used_at"]

    def save_model(self, request, obj, form, change):
        if change:
            obj.save(update_fields=["name"])
            return
        if not request.user.is_superuser:
            obj.user = request.user
        token, key = issue_token(obj.user, obj.name, obj.scope, issued_by=request.user)
        obj.pk, obj.prefix, obj.key_hash, obj.created_at = token.pk, token.prefix, token.key_hash, token.created_at
        obj._state.adding = False
        messages.warning(
            request,
            _("The token's secret, shown only now: %(key)s — send it as 'Authorization: Token <secret>'.")
            % {"key": key},
        )

    def has_delete_permission(self, request, obj=None):
        # Revoke instead: the row keeps who had access and until when.
        return False

    @admin.action(description=_("Revoke selected tokens"), permissions=["change"])
    def revoke(self, request, queryset):
        live = list(queryset.filter(revoked_at__isnull=True).values_list("pk", flat=True))
        for token_id in live:
            revoke_token(token_id)
        self.message_user(
            request, ngettext("%(n)d token revoked.", "%(n)d tokens revoked.", len(live)) % {"n": len(live)}
        )
