"""What the assistant offered instead of changing the book itself (turn_events.Offer): the person accepts it here,
from the window's offer card or with the `studio place` line the CLI prints. Accepting is one undo step; an
offer the book has moved past since (the page gone, another picture put there) is refused with a reason."""

from __future__ import annotations

from enum import Enum

from studio.core.app.edits import EditError, put_picture_name
from studio.core.app.project import Project
from studio.core.assistant.turn_events import Offer
from studio.core.i18n import _
from studio.core.layout import book


class OfferState(str, Enum):
    OPEN = "open"  # the frame holds what it held when the offer was made (or nothing)
    DONE = "done"  # the offered picture is in the frame
    STALE = "stale"  # the page, the frame or the picture is gone, or the frame holds another picture now
    DECLINED = "declined"  # the person said "No thanks"


DECLINED_KEY = "declined_offers"  # in the offering message's extra: [[image id, frame id], …]


def _where(project: Project, offer: Offer) -> str:
    """The page as it is labelled now (pages may have moved since the offer), else as it was."""
    found = next((label for label, page in book.page_labels(project.page_outline()) if page.id == offer.page_id), None)
    return book.spoken_label(found or offer.page_label)


def why_not(project: Project, offer: Offer) -> str | None:
    """None when the offer can still be accepted as made; else the reason, for the person."""
    where = _where(project, offer)
    try:
        page = project.page(offer.page_id)
    except KeyError:
        return _sentence(_("{where} is no longer in the book.").format(where=book.spoken_label(offer.page_label)))
    frame = next((f for f in page.shown() if f.id == offer.frame_id), None)
    if frame is None:
        return _("The picture frame on {where} is gone (the page was laid out again).").format(where=where)
    try:
        picture = project.image(offer.image_id)
    except KeyError:
        return _("Picture #{id} is no longer in the book.").format(id=offer.image_id)
    if picture.trashed is not None:
        return _("Picture #{id} is in the trash; put it back first.").format(id=offer.image_id)
    if frame.image_id == offer.image_id:
        return _("Picture #{id} is on {where} already.").format(id=offer.image_id, where=where)
    if frame.image_id not in (None, offer.replaces):
        return _sentence(_("{where} has another picture now (#{id}); nothing was changed.").format(
            where=where, id=frame.image_id))
    return None


def _sentence(text: str) -> str:
    """A sentence that begins with a page's name ("page 3", "the cover") begins with a capital."""
    return text[:1].upper() + text[1:]


def decline_offer(project: Project, message_id: int, offer: Offer) -> None:
    """"No thanks": kept with the message that made the offer, so a reopened chat does not ask again. The book
    itself is not touched (nothing to undo)."""
    extra = dict(project.message(message_id).extra)
    declined = [list(d) for d in extra.get(DECLINED_KEY, [])]
    if [offer.image_id, offer.frame_id] not in declined:
        extra[DECLINED_KEY] = [*declined, [offer.image_id, offer.frame_id]]
        project.update_message_extra(message_id, extra)


def state(project: Project, offer: Offer, message_id: int | None = None) -> OfferState:
    """Where the offer stands now; with the offering message's id, a "No thanks" said earlier counts too."""
    if message_id is not None:
        try:
            declined = project.message(message_id).extra.get(DECLINED_KEY, [])
        except KeyError:
            declined = []
        if [offer.image_id, offer.frame_id] in [list(d) for d in declined]:
            return OfferState.DECLINED
    reason = why_not(project, offer)
    if reason is None:
        return OfferState.OPEN
    try:
        done = project.frame(offer.frame_id).image_id == offer.image_id
    except KeyError:
        done = False
    return OfferState.DONE if done else OfferState.STALE


def accept_offer(project: Project, offer: Offer) -> str:
    """Put the offered picture in the frame, as one undo step; returns the step's name. EditError (with the
    reason) when the book has changed so that the offer no longer says what would happen."""
    reason = why_not(project, offer)
    if reason is not None:
        raise EditError(reason)
    frame = project.frame(offer.frame_id)
    where = _where(project, offer)
    name = (_("Replace the picture on {where} with #{id}").format(where=where, id=offer.image_id)
            if frame.image_id is not None else put_picture_name(offer.image_id, where))
    with project.history.step(name):
        project.set_frame_image(frame.id, offer.image_id)
    return name
