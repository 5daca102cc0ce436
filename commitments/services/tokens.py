"""Issuing, revoking and checking API tokens. The secret is shown once, at issue, and never stored."""

import datetime as dt
import hashlib
import secrets

from django.utils import timezone

from ..models import ApiToken
from ..models.api_tokens import TokenScope

PREFIX_LENGTH = 8
# last_used_at is kept to this resolution, so a busy poller costs one UPDATE per period, not per request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=15)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_token(user, name: str, scope: str = TokenScope.READ) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which the caller must hand over now."""
    if scope not in TokenScope.values:
        raise ValueError(f"Unknown token scope {scope!r}.")
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        name=name, user=user, scope=scope, prefix=key[:PREFIX_LENGTH], key_hash=hash_key(key)
    )
    return token, key


def revoke_token(token_id: int) -> None:
    ApiToken.objects.filter(pk=token_id, revoked_at__isnull=True).update(revoked_at=timezone.now())


def find_active_token(key: str) -> ApiToken | None:
    """The live token for this secret, or None; compared in constant time after the prefix lookup."""
    if not key or len(key) < PREFIX_LENGTH or len(key) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(prefix=key[:PREFIX_LENGTH], revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None or not secrets.compare_digest(token.key_hash, hash_key(key)):
        return None
    return token


def note_use(token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
