"""The Celery app. Workers: `celery -A tracker worker -Q extraction,email,default`; beat: `celery -A tracker beat`."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
