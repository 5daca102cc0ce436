"""manage.py local_login : create (or reset) a local superuser for the embedded default and print it."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create or reset the local login 'griffier' with a fresh random password (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="griffier")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("local_login is for a local DEBUG setup; use createsuperuser in production.")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Local login: user {username}, password {password}")
