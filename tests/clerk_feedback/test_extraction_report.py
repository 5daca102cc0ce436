"""manage.py extraction_report: per rule, what the extractor found and what clerks decided."""

import io

import pytest
from django.core.management import call_command

from commitments.models import Mention
from commitments.selectors.extraction_report import RuleFigures, extraction_report
from commitments.services.history import change_review_state
from commitments.services.missed import MissedPromise, record_missed_commitment

pytestmark = pytest.mark.django_db


def test_a_rule_without_decisions_has_no_precision_yet():
    assert RuleFigures("r", found=3, confirmed=0, rejected=0, pending=3).precision is None


def test_precision_is_confirmed_among_the_decided():
    assert RuleFigures("r", found=5, confirmed=3, rejected=1, pending=1).precision == 0.75


def test_each_mention_counts_by_its_commitments_review_state(letter):
    first, second = Mention.objects.filter(document=letter).order_by("start")
    change_review_state(first.commitment_id, "confirmed")
    change_review_state(second.commitment_id, "rejected")
    report = extraction_report()
    by_rule = {r.rule: r for r in report.rules}
    assert sum(r.found for r in report.rules) == 2
    assert (by_rule[first.rule].confirmed, by_rule[second.rule].rejected) >= (1, 1)
    assert report.total == RuleFigures("", found=2, confirmed=1, rejected=1, pending=0)


def test_clerk_added_promises_are_counted_as_missed_not_as_a_rule(letter):
    start = letter.text.find("Het kabinet staat hiertoe")
    record_missed_commitment(letter.pk, MissedPromise(start, start + 60))
    report = extraction_report()
    assert report.missed == 1
    assert "clerk" not in {r.rule for r in report.rules}


def test_the_command_prints_a_line_per_rule_a_total_and_the_missed_count(letter):
    rule = Mention.objects.filter(document=letter).first().rule
    out = io.StringIO()
    call_command("extraction_report", stdout=out)
    text = out.getvalue()
    assert rule in text
    assert any(line.startswith("total") and " 2 " in f" {line} " for line in text.splitlines())
    assert "missed by the extractor, added by clerks: 0" in text
