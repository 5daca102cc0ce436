from .api_tokens import ApiToken, TokenScope
from .calendar import Recess
from .commitments import Commitment, CommitmentRelation, Mention
from .documents import Document, IngestRun
from .fulfilment import Fulfilment
from .government import GovernmentMember, Ministry, MinistryName, MinistrySuccession
from .history import CommitmentEvent
from .registry import (
    Addressee,
    CommitmentAddressee,
    CommitmentCommittee,
    Committee,
    FeedDocument,
    ReconciliationProposal,
    RegistryEntry,
    RegistryLink,
)
from .reminders import ReminderCursor, ReminderDigest, ReminderLog, ReminderPlan
from .sources import SourceCursor, SourceRun
from .subscriptions import MinistryContact, ReminderOptOut, ResponsiblePerson, Subscription

__all__ = [
    "Addressee",
    "CommitmentAddressee",
    "CommitmentCommittee",
    "Committee",
    "FeedDocument",
    "ReconciliationProposal",
    "RegistryEntry",
    "RegistryLink",
    "SourceCursor",
    "SourceRun",
    "ApiToken",
    "TokenScope",
    "Commitment",
    "CommitmentEvent",
    "CommitmentRelation",
    "Document",
    "Fulfilment",
    "GovernmentMember",
    "IngestRun",
    "Mention",
    "Ministry",
    "MinistryName",
    "MinistrySuccession",
    "Recess",
    "ReminderCursor",
    "ReminderDigest",
    "ReminderLog",
    "ReminderOptOut",
    "ReminderPlan",
    "MinistryContact",
    "ResponsiblePerson",
    "Subscription",
]
