from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitmentsConfig(AppConfig):
    name = "commitments"
    verbose_name = _("Commitments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .models.derived import ensure_triggers
        from .services import freshness, tokens
        from .services.access import sync_groups

        # After Django's own post_migrate has created the permissions of new models.
        post_migrate.connect(sync_groups, sender=self, dispatch_uid="commitments.sync_groups")
        post_migrate.connect(ensure_triggers, sender=self, dispatch_uid="commitments.derived_triggers")
        tokens.connect_signals()
        freshness.connect_signals()
