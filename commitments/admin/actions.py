"""The clerk's actions on one commitment: a form that asks for what is needed, then one service call.

Each action is a row in ACTIONS; the admin serves them at <commitment>/do/<name>/ and shows
the ones that apply as buttons on the commitment page.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ..models.choices import FulfilmentExtent, ReviewState, Status
from ..services import fulfilling, history, merging
from .forms import DeadlineForm, FulfilForm, MergeForm, ReasonForm, RequiredReasonForm


@dataclass(frozen=True)
class CommitmentAction:
    name: str
    label: str
    form: type
    run: Callable  # (commitment, cleaned_data, user) -> None
    applies: Callable  # (commitment) -> bool
    done: str


def _review(state):
    def run(commitment, data, user):
        history.change_review_state(commitment.pk, state, user=user, reason=data.get("reason", ""))

    return run


def _fulfil(extent):
    def run(commitment, data, user):
        fulfilling.record_fulfilment(
            commitment.pk,
            data["document"].pk,
            extent=extent,
            user=user,
            reason=data.get("reason", ""),
            fulfilled_on=data.get("fulfilled_on"),
        )

    return run


def _lapse(commitment, data, user):
    history.change_status(commitment.pk, Status.LAPSED, user=user, reason=data["reason"])


def _reopen(commitment, data, user):
    history.change_status(commitment.pk, Status.OPEN, user=user, reason=data["reason"])


def _deadline(commitment, data, user):
    history.change_deadline(
        commitment.pk,
        data["due_date"],
        deadline_text=data.get("deadline_text") or None,
        user=user,
        reason=data["reason"],
    )


def _merge(commitment, data, user):
    merging.merge_commitments(commitment.pk, data["keep"].pk, user=user, reason=data.get("reason", ""))


def _live(commitment):
    return commitment.merged_into_id is None


ACTIONS = {
    action.name: action
    for action in [
        CommitmentAction(
            "confirm",
            _("Confirm"),
            ReasonForm,
            _review(ReviewState.CONFIRMED),
            lambda c: _live(c) and c.review_state != ReviewState.CONFIRMED,
            _("Confirmed."),
        ),
        CommitmentAction(
            "reject",
            _("Reject"),
            ReasonForm,
            _review(ReviewState.REJECTED),
            lambda c: _live(c) and c.review_state != ReviewState.REJECTED,
            _("Rejected."),
        ),
        CommitmentAction(
            "fulfil",
            _("Mark fulfilled"),
            FulfilForm,
            _fulfil(FulfilmentExtent.FULL),
            lambda c: _live(c) and c.status != Status.FULFILLED,
            _("Marked fulfilled."),
        ),
        CommitmentAction(
            "partly_fulfil",
            _("Mark partly fulfilled"),
            FulfilForm,
            _fulfil(FulfilmentExtent.PARTIAL),
            lambda c: _live(c) and c.status == Status.OPEN,
            _("Marked partly fulfilled."),
        ),
        CommitmentAction(
            "lapse",
            _("Lapse"),
            RequiredReasonForm,
            _lapse,
            lambda c: _live(c) and c.status != Status.LAPSED,
            _("Marked lapsed."),
        ),
        CommitmentAction(
            "reopen",
            _("Reopen"),
            RequiredReasonForm,
            _reopen,
            lambda c: _live(c) and c.status != Status.OPEN,
            _("Reopened."),
        ),
        CommitmentAction("deadline", _("Change deadline"), DeadlineForm, _deadline, _live, _("Deadline changed.")),
        CommitmentAction("merge", _("Merge into another"), MergeForm, _merge, _live, _("Merged.")),
    ]
}
