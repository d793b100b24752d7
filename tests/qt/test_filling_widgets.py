"""A pane filled from the book says nothing back: putting a frame's settings into the controls or a page's words
into the editor is not an edit (the widgets' signals are blocked while they are filled)."""

from studio.core.document.model import BookFormat, Frame, Page


def text_frame(frame_id=10, text="Once upon a time", **props):
    return Frame(id=frame_id, page_id=1, kind="text", x=0.1, y=0.6, w=0.8, h=0.3, text=text, props=props)


def picture_frame(**props):
    return Frame(id=11, page_id=1, kind="image", x=0.1, y=0.1, w=0.8, h=0.45, props=props)


def test_showing_a_frame_in_the_panel_changes_nothing_and_a_change_is_one_edit(qtbot):
    from studio.qt.storyboard.frame_panel import FramePanel

    panel = FramePanel()
    qtbot.addWidget(panel)
    changes = []
    panel.changed.connect(lambda frame, name, merge: changes.append((frame, name)))
    panel.show_frame(text_frame())  # no settings yet: the controls show the defaults
    panel.show_frame(picture_frame(zoom=1.234, fit="fit"))  # a zoom the slider can only show rounded
    panel.show_frame(text_frame(size=13.5, family="serif", bold=True, leading=1.55))
    panel.show_frame(None)
    assert changes == []  # was (without blocking): the defaults and the rounded values written into the frames
    panel.show_frame(text_frame(size=20))
    panel.size.setValue(24)
    assert [(frame.props, name) for frame, name in changes] == [({"size": 24}, "Text size")]


def test_a_pages_words_put_into_the_editor_are_not_typed(qtbot):
    from studio.qt.storyboard.canvas import PageCanvas

    canvas = PageCanvas()
    qtbot.addWidget(canvas)
    typed = []
    canvas.text_edited.connect(lambda frame_id, text: typed.append((frame_id, text)))
    first, second = text_frame(), text_frame(12, "The end")
    page = Page(id=1, position=0, frames=(picture_frame(), first, second))
    canvas.set_pages([(0, page, 1)], BookFormat(), 0, {})
    canvas.begin_editing(second)
    assert canvas.text_edit.toPlainText() == "The end" and typed == []
    canvas.text_edit.insertPlainText("!")
    assert typed == [(12, "The end!")]
