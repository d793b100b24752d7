"""Money in the window: the estimate before "Illustrate the book", the caps, and the spending ledger's dialog."""

import csv
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from studio.core import secrets
from studio.core.jobs.ledger import Entry, Ledger
from studio.core.layout import book
from studio.core.settings import Settings, ledger_path
from studio.qt.spending_dialog import SpendingDialog

IMAGES = "/v1/images/generations"


def online(make_window, fake_openai, **settings):
    secrets.set_api_key("compatible", "test-key")
    win = make_window(Settings(backend="compatible", base_url=fake_openai.base_url, **settings), "Online.storybook")
    book.add_story_pages(win.project, {"title": "Tea", "pages": [
        {"text": f"Larry pours tea {n}."} for n in range(8)]})
    return win


def print_estimate(win, fake_openai=None):
    """What eight pages and the cover cost at the size each is asked for (its frame at print size), by the window's own runner;
    and those sizes, which must be print sizes, not square drafts."""
    from studio.core.app.illustrate import print_sizes

    sizes = print_sizes(win.project, win.backend.capabilities)
    assert len(sizes) == 9 and all(int(w) * int(h) > 1024 * 1024 for w, h in (s.split("x") for s in sizes))
    return sizes, win.jobs.estimate(len(sizes), sizes, win.settings.image_quality).describe()


def box_named(win, name):
    return next((b for b in win.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()), None)


def test_illustrate_shows_the_estimate_and_draws_only_on_draw(qtbot, make_window, fake_openai):
    win = online(make_window, fake_openai)  # nine medium pictures at print size (eight pages and the cover): over the $0.25 "don't ask under"
    sizes, guess = print_estimate(win)
    assert not win.illustrate_book()
    qtbot.waitUntil(lambda: box_named(win, "estimateBox") is not None, timeout=10_000)
    box = box_named(win, "estimateBox")
    assert box.text() == guess
    assert box.informativeText() == "Spent so far: $0.00 today (of $10.00), $0.00 on this book (of $5.00)."
    box.findChild(QPushButton, "cancelButton").click()
    assert win.storyboard.illustrating is None and fake_openai.requests_to(IMAGES) == []

    win.illustrate_book()
    qtbot.waitUntil(lambda: box_named(win, "estimateBox") is not None, timeout=10_000)
    box_named(win, "estimateBox").findChild(QPushButton, "drawButton").click()
    qtbot.waitUntil(lambda: win.storyboard.illustrating is None and len(fake_openai.requests_to(IMAGES)) == 9,
                    timeout=60_000)
    assert all(p.frame("image").image_id for p in book.story_pages(win.project))
    assert sorted(r["size"] for r in fake_openai.requests_to(IMAGES)) == sorted(sizes)  # what was priced is sent
    assert not any(b.role == "question" for b in win.chat.bubbles())  # asked once, where the person clicked


def test_illustrate_over_the_book_cap_says_why_and_draws_nothing(qtbot, make_window, fake_openai):
    win = online(make_window, fake_openai, book_cap=0.20)
    _, guess = print_estimate(win)
    assert not win.illustrate_book()
    qtbot.waitUntil(lambda: box_named(win, "spendingCapBox") is not None, timeout=10_000)
    text = box_named(win, "spendingCapBox").text()
    assert guess in text and "this book's spending cap of $0.20" in text
    assert fake_openai.requests_to(IMAGES) == [] and win.project.jobs.all() == []


def test_a_cheap_batch_is_drawn_without_asking(qtbot, make_window, fake_openai):
    win = online(make_window, fake_openai, ask_under=4.00)
    assert win.illustrate_book()
    qtbot.waitUntil(lambda: win.storyboard.illustrating is None, timeout=60_000)
    assert len(fake_openai.requests_to(IMAGES)) == 9 and box_named(win, "estimateBox") is None  # pages and cover


@pytest.fixture
def ledger_with_two_books(tmp_path):
    ledger = Ledger(ledger_path())
    yesterday = datetime(2026, 11, 25, 18, 0).timestamp()
    for _ in range(3):
        ledger.record(Entry("picture", 0.042, str(tmp_path / "Larry.storybook"), "gpt-image-2", "1024x1024", "auto",
                            at=yesterday))
    ledger.record(Entry("picture", 0.25, str(tmp_path / "Pip.storybook"), "gpt-image-2", "1536x1024", "high"))
    return ledger


def test_book_spending_shows_cost_per_day_and_per_book_and_exports_csv(qtbot, window, ledger_with_two_books,
                                                                       tmp_path):
    action = next(a for m in window.menuBar().actions() if m.text() == "&Book" for a in m.menu().actions()
                  if a.text() == "Spendin&g…")
    action.trigger()
    dialog = window.findChild(SpendingDialog)
    assert dialog is not None and dialog.isVisible()
    days = [(dialog.days.item(r, 0).text(), dialog.days.item(r, 2).text()) for r in range(dialog.days.rowCount())]
    assert days[-1] == ("2026-11-25", "$0.13") and len(days) == 2  # today's $0.25 above it
    books = [(dialog.books.item(r, 0).text(), dialog.books.item(r, 1).text(), dialog.books.item(r, 2).text())
             for r in range(dialog.books.rowCount())]
    assert books == [("Pip", "1", "$0.25"), ("Larry", "3", "$0.13")]
    assert "Today on this computer: $0.25 of $10.00 a day" in dialog.summary.text()
    assert "This book, “Larry”" in dialog.summary.text()

    out = tmp_path / "exported" / "spending.csv"
    out.parent.mkdir()
    assert dialog.export_to(out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 4 and {r["quality"] for r in rows} == {"auto", "high"}
    assert "Wrote 4 rows" in dialog.status.text()
    assert not dialog.export_to(tmp_path / "no-such-folder" / "x.csv")  # a clear reason, nothing half-written
    assert "Not exported" in dialog.status.text()


def test_clicking_the_cost_meter_opens_spending(qtbot, window):
    qtbot.mouseClick(window.cost_label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SpendingDialog) is not None, timeout=10_000)
    assert "Nothing has been paid for" in window.findChild(SpendingDialog).empty.text()


def test_pictures_drawn_without_a_question_say_what_they_cost_as_they_start(qtbot, make_window, fake_openai):
    """Under the "don't ask" amount nothing asks first; the estimate is still in sight, above the pictures."""
    from studio.qt.text_view import PlainTextView
    from tests.qt.conftest import send_and_wait

    win = online(make_window, fake_openai)  # the fake answers "draw …" with four prompts: $0.17, under $0.25
    send_and_wait(qtbot, win, "draw a kite")
    assert len(fake_openai.requests_to(IMAGES)) == 4
    notes = [n.text() for b in win.chat.bubbles() for n in b.findChildren(PlainTextView, "noteText")]
    assert "4 pictures, about $0.17: drawing now (Settings ▸ Spending says when to ask first)" in notes
