"""Value sets shared by models, services, admin and API. Stored values are English slugs."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Chamber(models.TextChoices):
    TWEEDE_KAMER = "TK", _("Tweede Kamer")
    EERSTE_KAMER = "EK", _("Eerste Kamer")


class DocumentKind(models.TextChoices):
    KAMERBRIEF = "kamerbrief", _("letter to parliament")
    ANTWOORDEN = "antwoorden", _("answers to written questions")
    HANDELINGEN = "handelingen", _("proceedings (Handelingen)")
    OTHER = "other", _("other")


class IngestStatus(models.TextChoices):
    PENDING = "pending", _("waiting for extraction")
    DONE = "done", _("extracted")
    FAILED = "failed", _("failed")


class RunStatus(models.TextChoices):
    RUNNING = "running", _("running")
    INGESTED = "ingested", _("ingested")
    UNCHANGED = "unchanged", _("unchanged (already stored)")
    FAILED = "failed", _("failed")


class Status(models.TextChoices):
    # The Kamer registry's live values are Openstaand, Deels afgedaan, Afgedaan, Vervallen.
    OPEN = "open", _("open")
    PARTLY_FULFILLED = "partly_fulfilled", _("partly fulfilled")
    FULFILLED = "fulfilled", _("fulfilled")
    LAPSED = "lapsed", _("lapsed")


class ReviewState(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    CONFIRMED = "confirmed", _("confirmed")
    REJECTED = "rejected", _("rejected")


class Action(models.TextChoices):
    INFORM = "inform", _("inform")
    SEND = "send", _("send")
    REPORT = "report", _("report")
    INVESTIGATE = "investigate", _("investigate")
    COME_BACK = "come_back", _("come back to it")
    OTHER = "other", _("other")


class DeadlineKind(models.TextChoices):
    DATE = "date", _("date")
    PERIOD = "period", _("period")
    RELATIVE = "relative", _("relative")
    EVENT = "event", _("event")
    ONGOING = "ongoing", _("ongoing")
    VAGUE = "vague", _("vague")
    NONE = "none", _("none")


class RelationKind(models.TextChoices):
    REPEATS = "repeats", _("repeats")
    MODIFIES = "modifies", _("modifies")
    SUPPLEMENTS = "supplements", _("supplements")


class FulfilmentExtent(models.TextChoices):
    FULL = "full", _("fulfils")
    PARTIAL = "partial", _("partly fulfils")
    PROGRESS = "progress", _("progress update")


class ProposalState(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    CONFIRMED = "confirmed", _("confirmed")
    REJECTED = "rejected", _("rejected")


class RecessName(models.TextChoices):
    ZOMER = "zomerreces", _("summer recess")
    KERST = "kerstreces", _("Christmas recess")
    VOORJAAR = "voorjaarsreces", _("spring (crocus) recess")
    MEI = "meireces", _("May recess")
    HERFST = "herfstreces", _("autumn recess")
    PAAS = "paasreces", _("Easter recess")
    PINKSTER = "pinksterreces", _("Whitsun recess")
    OTHER = "other", _("other (e.g. election recess)")


class ReminderKind(models.TextChoices):
    BEFORE_DUE = "before_due", _("due soon")
    DUE = "due", _("due today")
    OVERDUE = "overdue", _("overdue")
    STATUS_REQUEST = "status_request", _("status request")
    OVERVIEW = "overview", _("ministry overview")


def values_check(field: str, choices: type[models.TextChoices], name: str) -> models.CheckConstraint:
    """A database CHECK that the column holds one of the choices, so no code path can store junk."""
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": choices.values}), name=name)
