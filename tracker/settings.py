"""The one settings module, driven by the environment.

With no environment at all it runs embedded: SQLite in var/, Celery tasks eagerly in
process, email to the console, DEBUG on. Production sets DATABASE_URL, CELERY_BROKER_URL,
EMAIL_HOST, SECRET_KEY, ALLOWED_HOSTS and DEBUG=false; the README lists every variable.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from tracker.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("TRACKER_VAR_DIR", str(BASE_DIR / "var")))
# The embedded default keeps its database and uploads here; it must exist before SQLite opens.
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEFAULT_SECRET_KEY = "insecure-local-only-secret-key-do-not-use-in-production"
SECRET_KEY = env_str("SECRET_KEY", DEFAULT_SECRET_KEY)
DEBUG = env_bool("DEBUG", True)

# Refusing to start is kinder than signing production sessions with a key from the README.
if not DEBUG and SECRET_KEY == DEFAULT_SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "commitments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before routing: a poller's unchanged list is a 304 without the rest of the stack.
    "commitments.api.polling.fast_revalidation.FastRevalidationMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite in WAL mode with IMMEDIATE transactions: a Celery worker and the web process
# can then write side by side without "database is locked" on lock upgrades.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "tracker.sqlite3",
            "OPTIONS": SQLITE_OPTIONS,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise warns at every start when it is missing
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Security: production (DEBUG off) gets the settings that `check --deploy` asks for.
# Behind a TLS-terminating proxy, the proxy sets X-Forwarded-Proto.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Celery. Without a broker, tasks run eagerly in the calling process so the embedded
# default needs nothing else installed or started.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "commitments.tasks.extract_document": {"queue": "extraction"},
    "commitments.tasks.send_reminders": {"queue": "email"},
    "commitments.tasks.send_waiting_reminders": {"queue": "email"},
}
CELERY_TIMEZONE = TIME_ZONE

# Reminders (the task commitments.tasks.send_reminders). The daily sweep runs at REMINDER_SEND_AT,
# a time of day in Europe/Amsterdam.
import datetime as _dt  # noqa: E402  (both imports kept beside the settings that need them)

from celery.schedules import crontab  # noqa: E402

try:
    REMINDER_SEND_AT = _dt.time.fromisoformat(env_str("REMINDER_SEND_AT", "07:00"))
except ValueError:
    raise ImproperlyConfigured("REMINDER_SEND_AT must be a time of day such as 07:00.") from None
CELERY_BEAT_SCHEDULE = {
    "send-reminders": {
        "task": "commitments.tasks.send_reminders",
        "schedule": crontab(hour=REMINDER_SEND_AT.hour, minute=REMINDER_SEND_AT.minute),
    },
}
# The clerks' shared mailbox that receives every reminder (comma-separated; none by default).
REMINDER_DEFAULT_RECIPIENTS = env_list("REMINDER_DEFAULT_RECIPIENTS")
REMINDER_DAYS_BEFORE = [int(day) for day in env_list("REMINDER_DAYS_BEFORE", "14,3")]
REMINDER_OVERDUE_WEEKS = env_int("REMINDER_OVERDUE_WEEKS", 4)
REMINDER_STATUS_EVERY_MONTHS = env_int("REMINDER_STATUS_EVERY_MONTHS", 3)
# Ministry contacts' overview: every N months (the Eerste Kamer's rappel would be 6).
REMINDER_OVERVIEW_EVERY_MONTHS = env_int("REMINDER_OVERVIEW_EVERY_MONTHS", 1)
# The first run after deployment plans the promises that may be due within the reminder horizon
# at once and the others this many per run (the daily run and the outbox sweep), earliest due first.
REMINDER_BACKFILL_BATCH = max(1, env_int("REMINDER_BACKFILL_BATCH", 50_000))
# A digest claimed longer ago than this is taken to be orphaned by a dead sender and re-sent.
REMINDER_CLAIM_LEASE_SECONDS = env_int("REMINDER_CLAIM_LEASE_SECONDS", 900)
# A digest that found no SMTP server (refused, timed out, 4xx) is tried again after this many
# seconds, doubling up to the maximum, by the outbox sweep every REMINDER_SWEEP_SECONDS; one the
# server refused for good (5xx) is failed at once. The daily run's rhythm is not a retry policy:
# an outage of two days used to exhaust five daily attempts and lose every reminder.
REMINDER_RETRY_SECONDS = env_int("REMINDER_RETRY_SECONDS", 60)
REMINDER_RETRY_MAX_SECONDS = env_int("REMINDER_RETRY_MAX_SECONDS", 3600)
REMINDER_SWEEP_SECONDS = env_int("REMINDER_SWEEP_SECONDS", 300)
CELERY_BEAT_SCHEDULE["send-waiting-reminders"] = {
    "task": "commitments.tasks.send_waiting_reminders",
    "schedule": REMINDER_SWEEP_SECONDS,
}

# Email: SMTP when EMAIL_HOST is set, otherwise printed to the console.
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "toezeggingen@localhost")

# Caches. The API throttle counts requests here, so every web worker must share it: Redis in
# production (CACHE_URL or REDIS_URL). The embedded default is per process (locmem): with N
# workers the effective limit becomes N times API_THROTTLE_RATE.
CACHE_URL = env_str("CACHE_URL") or env_str("REDIS_URL")
CACHES = {
    "default": {"BACKEND": "tracker.redis_cache.ReusingRedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tracker"}
}

# The REST API (commitments/api/). Anonymous reads are off unless API_ANONYMOUS_READ=true.
API_ANONYMOUS_READ = env_bool("API_ANONYMOUS_READ", False)
# Requests per token (or per user / client address) and window, e.g. "600/60" = 600 a minute.
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "600/60")
# Lists serve only rows last written more than this long ago, so a transaction that commits
# late (its updated_at is taken before COMMIT) cannot slip behind a poller's cursor.
API_SETTLE_SECONDS = env_int("API_SETTLE_SECONDS", 5)
API_MAX_PAGE_SIZE = env_int("API_MAX_PAGE_SIZE", 500)
# A token found in the database is held this long in the cache; revoking it there takes effect at once.
API_TOKEN_CACHE_SECONDS = env_int("API_TOKEN_CACHE_SECONDS", 300)
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "commitments.api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["commitments.api.auth.ApiAccess"],
    "DEFAULT_THROTTLE_CLASSES": ["commitments.api.throttling.TokenRateThrottle"],
    "DEFAULT_FILTER_BACKENDS": ["commitments.api.filters.StrictFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "commitments.api.polling.pagination.KeysetPagination",
    # orjson for JSON clients (the polled hot path); the browsable API stays for signed-in users
    "DEFAULT_RENDERER_CLASSES": [
        "commitments.api.renderers.OrjsonRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "commitments.api.schema.ApiSchema",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Commitment tracker API",
    "DESCRIPTION": (
        "Commitments (toezeggingen) of the Dutch government to parliament. Poll lists with "
        "`updated_since` and follow `next`; upsert rows by `id` (a row changed during a sync comes "
        "back on a later page); merged commitments come back as tombstones (`state: merged`)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # Tombstones carry only id, state and merged_into, so no response field is always present.
    "COMPONENT_NO_READ_ONLY_REQUIRED": True,
    "ENUM_NAME_OVERRIDES": {
        "CommitmentStatusEnum": "commitments.models.choices.Status",
        "RunStatusEnum": "commitments.models.choices.RunStatus",
        "IngestStatusEnum": "commitments.models.choices.IngestStatus",
        "DocumentKindEnum": "commitments.models.choices.DocumentKind",
        "RelationKindEnum": "commitments.models.choices.RelationKind",
        "ProposalStateEnum": "commitments.models.choices.ProposalState",
    },
}

# Ingestion limits (the readers refuse, never cut, what exceeds them).
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 100 * 1024 * 1024)
INGEST_MAX_CHARS = env_int("INGEST_MAX_CHARS", 10_000_000)
# A .docx is a zip: refuse one that inflates more than this many times its size (a zip bomb) ...
INGEST_MAX_INFLATE_RATIO = env_int("INGEST_MAX_INFLATE_RATIO", 100)
# ... or to more than this many bytes in all (text, styles and images together).
INGEST_MAX_UNPACKED_BYTES = env_int("INGEST_MAX_UNPACKED_BYTES", 256 * 1024 * 1024)
# Extraction runs in a child process under these limits (services/engine_process.py); hitting one
# is a recorded failure. Defaults for 2 cores and 24 GB: two extraction workers at 4 GB each leave
# room for the database, the web tier and the page cache, and five minutes is ~1,000 times what a
# large real document (a Handelingen of 1 MB) takes.
EXTRACTION_TIME_LIMIT_SECONDS = env_int("EXTRACTION_TIME_LIMIT_SECONDS", 300)
EXTRACTION_MEMORY_LIMIT_MB = env_int("EXTRACTION_MEMORY_LIMIT_MB", 4096)
# A run still `running` this long after it was queued or last started was left by a dead worker
# and is queued again (services/stalled_extractions.py); after this many starts it is failed.
EXTRACTION_LEASE_SECONDS = env_int("EXTRACTION_LEASE_SECONDS", 3 * EXTRACTION_TIME_LIMIT_SECONDS)
EXTRACTION_MAX_ATTEMPTS = env_int("EXTRACTION_MAX_ATTEMPTS", 3)
EXTRACTION_SWEEP_SECONDS = env_int("EXTRACTION_SWEEP_SECONDS", 300)
CELERY_BEAT_SCHEDULE["retry-stalled-extractions"] = {
    "task": "commitments.tasks.retry_stalled_extractions",
    "schedule": EXTRACTION_SWEEP_SECONDS,
}
# The deadline assumed when a commitment states none: off, months:N or half-year.
DEFAULT_DEADLINE_POLICY = env_str("DEFAULT_DEADLINE_POLICY", "months:3")
INGEST_URL_TIMEOUT = env_int("INGEST_URL_TIMEOUT", 30)
# Off in production: a clerk-supplied URL must not reach the server's own network.
INGEST_URL_ALLOW_PRIVATE = env_bool("INGEST_URL_ALLOW_PRIVATE", False)

# Followed sources (commitments/sources/, services/sources/): the Kamer's Gegevensmagazijn.
# Off by default: the embedded demo makes no outside requests. When on, beat runs both syncs
# (registry, then new documents) every SOURCES_POLL_EVERY seconds.
SOURCES_ENABLED = env_bool("SOURCES_ENABLED", False)
TK_ODATA_URL = env_str("TK_ODATA_URL", "https://gegevensmagazijn.tweedekamer.nl").rstrip("/")
SOURCES_POLL_EVERY = env_int("SOURCES_POLL_EVERY", 3600)
# Politeness towards a public service: one request at a time, this long between them.
SOURCES_PAUSE = env_int("SOURCES_PAUSE_MS", 1000) / 1000
SOURCES_TIMEOUT = env_int("SOURCES_TIMEOUT", 60)
SOURCES_RETRIES = env_int("SOURCES_RETRIES", 4)
SOURCES_BACKOFF = env_int("SOURCES_BACKOFF", 2)
# A feed document's file that could not be downloaded is tried again on a later sync, after
# this many seconds, doubling per failure up to the longest wait, until the attempts run out.
SOURCES_DOWNLOAD_RETRY_SECONDS = env_int("SOURCES_DOWNLOAD_RETRY_SECONDS", 900)
SOURCES_DOWNLOAD_RETRY_MAX_SECONDS = env_int("SOURCES_DOWNLOAD_RETRY_MAX_SECONDS", 86400)
SOURCES_DOWNLOAD_MAX_ATTEMPTS = env_int("SOURCES_DOWNLOAD_MAX_ATTEMPTS", 8)
if SOURCES_POLL_EVERY < 60:
    raise ImproperlyConfigured("SOURCES_POLL_EVERY is in seconds and must be at least 60.")
if SOURCES_ENABLED:
    CELERY_BEAT_SCHEDULE["sync-sources"] = {
        "task": "commitments.tasks.sync_sources",
        "schedule": float(SOURCES_POLL_EVERY),
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
