"""The four screens a clerk lives in, at a desktop and a phone size: nothing cut off or too wide, no word broken.

Screenshots go to $SCREENSHOTS_DIR (default $TMPDIR/admin-screens), one per screen and size,
for a person to look at; the checks below are what a test can see.
"""

import os
import tempfile
from pathlib import Path

import pytest

from commitments.models import Commitment
from commitments.services.ingesting import ingest_path
from commitments.tasks import extract_ingested
from tests.admin.test_browser import PASSWORD, browser, users  # noqa: F401 - fixtures shared with the clerk's day
from tests.locations import CORPUS, SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("SCREENSHOTS_DIR", Path(tempfile.gettempdir()) / "admin-screens"))
SIZES = {"wide": (1440, 900), "phone": (390, 844)}
DOCUMENTS = [*sorted(SEEDS.glob("*.txt")), *(CORPUS / f"{n}.txt" for n in ("001", "002", "004", "013", "040"))]

# Words of a header cell that the browser laid out over more than one line.
BROKEN_WORDS = """
() => [...document.querySelectorAll('th, .tz-card, .tz-chart text')].flatMap(cell => {
  const broken = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
})
"""
# Changelist columns whose right edge lies beyond the window (the page must then scroll sideways).
CUT_OFF_COLUMNS = """
() => [...document.querySelectorAll('#result_list thead th')]
  .filter(th => th.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .map(th => th.innerText.trim())
"""

# How far the page reaches beyond the window, in pixels (a phone's dashboard was 507 px wide on 390).
SCROLLS_SIDEWAYS = "() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)"


@pytest.fixture
def corpus(db):
    for path in DOCUMENTS:
        extract_ingested(ingest_path(path))
    assert Commitment.objects.exists()


def open_as_clerk(browser, live_server, size):  # noqa: F811 - the fixture imported above
    width, height = SIZES[size]
    page = browser.new_context(locale="nl-NL", viewport={"width": width, "height": height}).new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "griffier")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#tz-dashboard")
    return page


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    page.screenshot(path=str(SHOTS / f"{name}-first-screen.png"))


@pytest.mark.parametrize("size", SIZES)
def test_the_clerks_screens_fit_and_break_no_word(browser, live_server, users, corpus, size):  # noqa: F811
    page = open_as_clerk(browser, live_server, size)
    commitment = Commitment.objects.order_by("pk").first()
    screens = {
        "dashboard": "/admin/",
        "changelist": "/admin/commitments/commitment/",
        "review-queue": "/admin/commitments/commitment/review/",
        "commitment": f"/admin/commitments/commitment/{commitment.pk}/change/",
    }
    broken, sideways = {}, {}
    for name, url in screens.items():
        page.goto(f"{live_server.url}{url}")
        shot(page, f"{name}-{size}")
        broken[name] = page.evaluate(BROKEN_WORDS)
        sideways[name] = page.evaluate(SCROLLS_SIDEWAYS)
    assert broken == {name: [] for name in screens}
    assert sideways == {name: 0 for name in screens}
    for url in (screens["changelist"], screens["review-queue"]):
        page.goto(f"{live_server.url}{url}")
        assert page.evaluate(CUT_OFF_COLUMNS) == []
    print(f"\nscreenshots: {SHOTS}")


def test_the_review_shortcuts_confirm_and_move_on(browser, live_server, users, corpus):  # noqa: F811
    page = open_as_clerk(browser, live_server, "wide")
    first, second = Commitment.objects.order_by("pk")[:2]
    page.goto(f"{live_server.url}/admin/commitments/commitment/{first.pk}/change/")
    page.keyboard.press("b")
    page.wait_for_url(f"**/{first.pk}/do/confirm/")
    page.goto(f"{live_server.url}/admin/commitments/commitment/{first.pk}/change/")
    with page.expect_navigation():
        page.keyboard.press("v")
    assert page.url.endswith("/change/") and f"/{first.pk}/change/" not in page.url
