"""Who may call the API: hashed bearer tokens (read or clerk scope), sessions, optional anonymous reads."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import SAFE_METHODS, BasePermission

from ..models import ApiToken
from ..models.api_tokens import TokenScope
from ..services.tokens import find_active_token, note_use

KEYWORDS = (b"token", b"bearer")


def active_token(key: str) -> ApiToken | None:
    # A NUL is refused by PostgreSQL in a query parameter (a 500); no secret holds one, or any control character.
    return find_active_token(key) if key.isprintable() else None


def _authenticate_key(key: str):
    token = active_token(key)
    if token is None:
        raise AuthenticationFailed(_("Invalid or revoked token."))
    note_use(token)
    return token.user, token


def key_from_header(request) -> str | None:
    """The secret of `Authorization: Token <secret>` (or Bearer); None without such a header."""
    parts = get_authorization_header(request).split()
    if not parts or parts[0].lower() not in KEYWORDS:
        return None
    if len(parts) != 2:
        raise AuthenticationFailed(_("The Authorization header must be 'Token <secret>'."))
    try:
        return parts[1].decode("ascii")
    except UnicodeDecodeError:
        raise AuthenticationFailed(_("Invalid or revoked token.")) from None


class TokenAuthentication(BaseAuthentication):
    """`Authorization: Token <secret>` (or `Bearer <secret>`)."""

    def authenticate(self, request):
        key = key_from_header(request)
        return None if key is None else _authenticate_key(key)

    def authenticate_header(self, request):
        # Makes DRF answer 401 (not 403) to a request without credentials.
        return 'Token realm="api"'


class QueryTokenAuthentication(TokenAuthentication):
    """`?token=<secret>` for calendar apps, which cannot send headers. Only the feed accepts it."""

    def authenticate(self, request):
        key = request.query_params.get("token")
        if key is None:
            return super().authenticate(request)
        return _authenticate_key(key)


def may_write(request) -> bool:
    """A clerk-scope token, or a signed-in session; what the user may change is checked beside it."""
    if isinstance(request.auth, ApiToken):
        return request.auth.scope == TokenScope.CLERK
    return bool(request.user and request.user.is_authenticated)


class ApiAccess(BasePermission):
    """Reads: any token or signed-in user (anyone when API_ANONYMOUS_READ). Writes: clerk tokens and
    clerks, and in both cases only a user who holds the model permission the action needs.

    A token's scope says what its holder meant to allow an integration; the user's permissions say
    what the user may do at all. A clerk token outlives a change of role, so both are checked on
    every write. Each view names the permission of each write action (`write_permissions`); an
    action it does not name is refused.
    """

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return bool(request.user and request.user.is_authenticated) or settings.API_ANONYMOUS_READ
        needed = getattr(view, "write_permissions", {}).get(getattr(view, "action", None))
        return may_write(request) and needed is not None and request.user.has_perm(needed)


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = TokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <secret>`; tokens are issued in the admin.",
        }


class QueryTokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = QueryTokenAuthentication
    name = "queryTokenAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "query", "name": "token"}
