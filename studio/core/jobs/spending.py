"""What the studio may still spend: the caps for one book, one day (every book on this computer, from the ledger)
and one run (`--max-cost`), checked by the job runner before a batch starts and before each picture is asked for.

A picture's price is reserved when its request goes out and charged (a ledger row) when it comes back, so pictures
made at the same time never overshoot a cap together; a failed request gives its reservation back. Reservations
and charges come from the network thread, so they are under a lock; the book's own spend is read on the loop that
owns the book (`refresh`) and carried forward by what is charged here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from studio.backends.base import BackendError
from studio.core.i18n import _, ngettext
from studio.core.jobs.ledger import Entry, Ledger
from studio.core.prices import describe_estimate, image_price, money

SPENDING_CAP = "spending_cap"  # a job's error_kind when a cap stopped it


class SpendingCapError(BackendError):
    """A batch, or a picture, that would go over a cap: not started. The message is for people."""

    def __init__(self, message: str) -> None:
        super().__init__(SPENDING_CAP, message)


@dataclass(frozen=True)
class Terms:
    """What Settings say about money (read again each time: the Settings dialog can change them meanwhile)."""
    prices: dict[str, Any] = field(default_factory=dict)
    book_cap: float = 0.0  # 0: no cap
    day_cap: float = 0.0
    ask_under: float = 0.0  # 0: always ask


@dataclass(frozen=True)
class Estimate:
    count: int
    cost: float | None  # None: no price for this model/size in the table
    currency: str = "USD"
    free: bool = False  # the offline sketches

    def describe(self) -> str:
        if self.free:  # not "about $0.00": nothing is paid for at all
            return ngettext("{n} picture, free", "{n} pictures, free", self.count).format(n=self.count)
        return describe_estimate(self.count, self.cost, self.currency)


class Budget:
    def __init__(self, terms: Callable[[], Terms], ledger: Ledger | None, book: str = "",
                 book_spent: Callable[[], float] = lambda: 0.0, run_cap: float = 0.0) -> None:
        """`run_cap`: the most this run may spend (`--max-cost`), 0 for no limit."""
        self._terms, self.ledger, self.book, self.run_cap = terms, ledger, book, run_cap
        self._book_spent = book_spent
        self._lock = threading.Lock()
        self._book_base = 0.0
        self._reserved = 0.0
        self.run_spent = 0.0  # charged through this budget: this window's or this command's pictures
        self._since_refresh = 0.0
        self.refresh()

    @property
    def terms(self) -> Terms:
        return self._terms()

    @property
    def currency(self) -> str:
        return str(self.terms.prices.get("currency", "USD"))

    def refresh(self) -> None:
        """Read the book's spend again (on the book's own thread): the meter's figure, chat included."""
        base = self._book_spent()
        with self._lock:
            self._book_base, self._since_refresh = base, 0.0

    def price(self, model: str, size: str, quality: str) -> float | None:
        return image_price(self.terms.prices, model, size, quality)

    def estimate(self, count: int, model: str, size: str | Sequence[str], quality: str,
                 offline: bool = False) -> Estimate:
        """`size`: one for every picture, or each picture's own (a book's pages and its cover differ)."""
        sizes = [size] * count if isinstance(size, str) else list(size)
        each = [self.price(model, s, quality) for s in sizes]
        cost = None if any(p is None for p in each) else sum(p for p in each if p is not None)
        return Estimate(count, 0.0 if offline else cost, self.currency, offline)

    def needs_approval(self, guess: Estimate) -> bool:
        """More than one picture that costs money, unless it is under the "don't ask under" amount."""
        if guess.free or guess.count <= 1:
            return False
        ask_under = self.terms.ask_under
        return guess.cost is None or ask_under <= 0 or guess.cost >= ask_under

    # -- the caps ---------------------------------------------------------------------------

    def _over(self, cost: float) -> tuple[str, str] | None:
        """Which cap `cost` more would go over (with what is reserved), "run", "book" or "day", and the reason in
        words; or None. Called under the lock."""
        terms = self.terms
        book = self._book_base + self._since_refresh + self._reserved
        day = (self.ledger.spent_on() if self.ledger and terms.day_cap else 0.0) + self._reserved
        run = self.run_spent + self._reserved
        c = self.currency
        reasons = {  # the sentence each cap fills in
            "run": _("this run's limit of {cap} ({spent} spent, {left} left)"),
            "book": _("this book's spending cap of {cap} ({spent} spent, {left} left)"),
            "day": _("today's spending cap of {cap} ({spent} spent, {left} left)"),
        }
        for cap, spent, which in ((self.run_cap, run, "run"), (terms.book_cap, book, "book"),
                                  (terms.day_cap, day, "day")):
            if cap > 0 and spent + cost > cap + 1e-9:
                return which, reasons[which].format(cap=money(cap, c), spent=money(spent, c),
                                                    left=money(max(0.0, cap - spent), c))
        return None

    def standing(self) -> str:
        """"Spent so far: $0.59 today (of $10.00), $0.34 on this book (of $5.00)." — beside an estimate."""
        terms, c = self.terms, self.currency
        with self._lock:
            book = self._book_base + self._since_refresh
        today = self.ledger.spent_on() if self.ledger else 0.0

        day = (_("{spent} today (of {cap})").format(spent=money(today, c), cap=money(terms.day_cap, c))
               if terms.day_cap > 0 else _("{spent} today").format(spent=money(today, c)))
        this_book = (_("{spent} on this book (of {cap})").format(spent=money(book, c), cap=money(terms.book_cap, c))
                     if terms.book_cap > 0 else _("{spent} on this book").format(spent=money(book, c)))
        # Translators: {today} is "$0.59 today (of $10.00)", {book} "$0.34 on this book (of $5.00)"
        return _("Spent so far: {today}, {book}.").format(today=day, book=this_book)

    def check_batch(self, guess: Estimate) -> None:
        """Raise SpendingCapError when the whole batch would go over a cap: then nothing of it is started."""
        if guess.free or not guess.cost:
            return
        self.refresh()
        with self._lock:
            over = self._over(guess.cost)
        if over:
            which, why = over
            raise SpendingCapError((
                _("Not started: {batch} would go over {reason}. Allow more with --max-cost, or ask for fewer "
                  "pictures.") if which == "run" else
                _("Not started: {batch} would go over {reason}. Raise the cap in Settings (the Spending tab), or ask "
                  "for fewer pictures.")).format(batch=guess.describe(), reason=why))

    def reserve(self, cost: float) -> str | None:
        """Hold `cost` for a request about to go out; the reason instead when it would go over a cap."""
        with self._lock:
            over = self._over(cost)
            if over is None:
                self._reserved += cost
            return over[1] if over else None

    def release(self, cost: float) -> None:
        with self._lock:
            self._reserved = max(0.0, self._reserved - cost)

    def charge(self, cost: float, what: str, model: str = "", size: str = "", quality: str = "",
               reserved: bool = True) -> None:
        """Money spent: the reservation (if any) becomes a ledger row."""
        with self._lock:
            if reserved:
                self._reserved = max(0.0, self._reserved - cost)
            self.run_spent += cost
            self._since_refresh += cost
        if self.ledger is not None:
            self.ledger.record(Entry(what, cost, self.book, model, size, quality, self.currency))
