from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import values_check


class TokenScope(models.TextChoices):
    READ = "read", _("read only (integration)")
    CLERK = "clerk", _("clerk (may write)")


class ApiToken(models.Model):
    """A bearer token for the API. Only the SHA-256 of the secret is stored; the prefix finds the row.

    The secret is 32 random bytes, so a fast hash is enough: there is nothing to brute-force.
    """

    name = models.CharField(_("name"), max_length=200, help_text=_("who uses it, e.g. the ministry's dashboard"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("user"),
        help_text=_("writes made with this token are recorded in the history as this user"),
    )
    scope = models.CharField(_("scope"), max_length=10, choices=TokenScope.choices, default=TokenScope.READ)
    prefix = models.CharField(_("prefix"), max_length=12, unique=True, editable=False)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        constraints = [values_check("scope", TokenScope, "api_token_scope_valid")]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
