"""Issuing, revoking and checking API tokens. The secret is shown once, at issue, and never stored.

A token found once is held in the shared cache (Redis in production) for API_TOKEN_CACHE_SECONDS,
so a poller's request does not look its token up in the database every time. Revoking a token,
changing or deleting it, or deactivating its user removes it from the cache at once; only a change
made around the ORM (a raw UPDATE of the user table) waits for the cache to expire.
"""

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from ..models import ApiToken
from ..models.api_tokens import TokenScope

PREFIX_LENGTH = 8
# last_used_at is kept to this resolution, so a busy poller costs one UPDATE per period, not per request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=15)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _cache_key(key_hash: str) -> str:
    return f"api-token:{key_hash}"


def issue_token(user, name: str, scope: str = TokenScope.READ, *, issued_by) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which the caller must hand over now.

    `issued_by` is who asks. A token acts as its user, so issuing one for somebody else would let
    anyone who may add tokens act as anyone: only a superuser may (PermissionDenied otherwise).
    """
    if scope not in TokenScope.values:
        raise ValueError(f"Unknown token scope {scope!r}.")
    if issued_by.pk != user.pk and not issued_by.is_superuser:
        raise PermissionDenied("Only a superuser issues API tokens for another user.")
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        name=name, user=user, scope=scope, prefix=key[:PREFIX_LENGTH], key_hash=hash_key(key)
    )
    return token, key


def revoke_token(token_id: int) -> None:
    ApiToken.objects.filter(pk=token_id, revoked_at__isnull=True).update(revoked_at=timezone.now())
    forget_tokens(ApiToken.objects.filter(pk=token_id))


def find_active_token(key: str) -> ApiToken | None:
    """The live token for this secret, or None; compared in constant time after the prefix lookup."""
    if not key or len(key) < PREFIX_LENGTH or len(key) > 200:
        return None
    key_hash = hash_key(key)
    token = cache.get(_cache_key(key_hash))
    if token is not None:
        return token
    token = (
        ApiToken.objects.select_related("user")
        .filter(prefix=key[:PREFIX_LENGTH], revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None or not secrets.compare_digest(token.key_hash, key_hash):
        return None
    _hold(token)
    return token


def note_use(token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
        _hold(token)


def _hold(token: ApiToken) -> None:
    if settings.API_TOKEN_CACHE_SECONDS > 0:
        cache.set(_cache_key(token.key_hash), token, timeout=settings.API_TOKEN_CACHE_SECONDS)


def forget_tokens(tokens) -> None:
    """Drop these tokens from the cache, after the transaction that changed them commits."""
    hashes = [_cache_key(key_hash) for key_hash in tokens.values_list("key_hash", flat=True)]
    if hashes:
        # Also now: a request inside this transaction must not see the old token either.
        cache.delete_many(hashes)
        transaction.on_commit(lambda: cache.delete_many(hashes))


def _token_changed(sender, instance, **kwargs) -> None:
    cache.delete(_cache_key(instance.key_hash))
    transaction.on_commit(lambda: cache.delete(_cache_key(instance.key_hash)))


def _user_changed(sender, instance, **kwargs) -> None:
    if instance.pk is not None:
        forget_tokens(ApiToken.objects.filter(user_id=instance.pk))


def connect_signals() -> None:
    """Called from the app's ready(), so every process that changes tokens or users keeps the cache true."""
    post_save.connect(_token_changed, sender=ApiToken, dispatch_uid="api-token-changed")
    post_delete.connect(_token_changed, sender=ApiToken, dispatch_uid="api-token-deleted")
    post_save.connect(_user_changed, sender=get_user_model(), dispatch_uid="api-token-user-changed")
