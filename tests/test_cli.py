import json
import sqlite3

import pytest

from studio.cli import main
from studio.core.app.project import Project
from studio.core.document.schema import SCHEMA_VERSION
from studio.core.layout.book import story_pages
from tests.fake_openai import png_for


def test_chat_creates_the_book_prints_prompts_and_image_ids_and_remembers(tmp_path, capsys):
    book = tmp_path / "Larry.storybook"
    assert main(["chat", str(book), "What does a sunflower hedgehog look like?", "--backend", "offline"]) == 0
    out = capsys.readouterr().out
    assert out.count("prompt ") == 4
    assert "created images: 1, 2, 3, 4" in out
    assert main(["chat", str(book), "Tell a story about Larry", "--backend", "offline"]) == 0
    assert "story:" in capsys.readouterr().out
    project = Project.open(book)
    assert [m.content for m in project.messages() if m.role == "user"] == [
        "What does a sunflower hedgehog look like?", "Tell a story about Larry"]
    project.close()


def test_chat_against_a_real_server_with_the_openai_flag(tmp_path, capsys, monkeypatch, fake_openai):
    monkeypatch.setenv("OPENAI_API_KEY", "cli-key")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    assert main(["chat", str(tmp_path / "b.storybook"), "draw a kite", "--backend", "openai"]) == 0
    assert "created images: 1, 2, 3, 4" in capsys.readouterr().out
    assert len(fake_openai.requests_to("/v1/images/generations")) == 4


def test_export_writes_a_pdf(tmp_path, capsys):
    book = tmp_path / "b.storybook"
    Project.create(book).close()
    out = tmp_path / "b.pdf"
    assert main(["export", str(book), "--pdf", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_failures_exit_non_zero_with_one_line_reason(tmp_path, capsys):
    assert main(["export", str(tmp_path / "missing.storybook"), "--pdf", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]

    future = tmp_path / "future.storybook"
    Project.create(future).close()
    conn = sqlite3.connect(future)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert main(["chat", str(future), "hi", "--backend", "offline"]) == 2
    assert "newer version" in capsys.readouterr().err


def test_a_dead_server_is_a_one_line_reason(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert main(["chat", str(tmp_path / "b.storybook"), "hello", "--backend", "openai"]) == 2
    assert "Could not reach the server" in capsys.readouterr().err


def test_book_turns_an_idea_into_an_illustrated_book_headless(tmp_path, capsys):
    book = tmp_path / "Tea.storybook"
    idea = "Larry the sunflower hedgehog serves tea in a thunderstorm"
    assert main(["book", str(book), "--idea", idea, "--pages", "6", "--style", "crayon", "--backend", "offline"]) == 0
    out = capsys.readouterr().out
    for step in ("1/4 story", "2/4 cast: Larry", "3/4 pages", "4/4 illustrations", "done: 6 pages"):
        assert step in out
    project = Project.open(book)
    everything = project.pages()
    assert [p.kind for p in everything] == ["cover", "title", "dedication"] + ["story"] * 6 + ["back_cover"]
    pages = story_pages(project)  # the story starts on the first story page: none is left empty
    assert all(p.frame("text").text and p.frame("image").image_id for p in pages)
    cover = everything[0]
    title = next(f for f in cover.frames if f.slot == "title").text
    larry = project.cast.find("Larry")
    on_cover = project.image(cover.frame("image").image_id)  # drawn for the cover, at its size, with Larry's look
    assert title == project.book_format().title and "front cover" in on_cover.prompt
    assert larry.reference_ids[0] in on_cover.settings["reference_ids"]
    assert larry.reference_ids  # a character picture was made first...
    illustrations = [project.image(p.frame("image").image_id) for p in pages]
    assert all(i.settings["style"] == "crayon" and larry.reference_ids[0] in i.settings["reference_ids"]
               for i in illustrations if "Larry" in i.prompt)  # ...and every page with Larry uses it
    assert sum("Larry" in i.prompt for i in illustrations) >= 5
    assert project.book_format().title == "Larry the sunflower hedgehog serves tea in a thunderstorm"
    project.close()


def test_book_in_korean(tmp_path, capsys):
    book = tmp_path / "래리.storybook"
    idea = "해바라기 고슴도치 래리가 천둥 치는 날 차를 대접해요"
    assert main(["book", str(book), "--idea", idea, "--pages", "3", "--lang", "ko", "--backend", "offline"]) == 0
    assert "2/4 cast: 래리" in capsys.readouterr().out
    project = Project.open(book)
    assert any("래리" in p.frame("text").text for p in story_pages(project))
    project.close()


def test_pages_lists_each_page_with_its_side_and_warnings(tmp_path, capsys):
    import json

    book = tmp_path / "Larry.storybook"
    assert main(["book", str(book), "--idea", "Larry the hedgehog serves tea", "--pages", "3", "--trim", "8x10in",
                 "--bleed-model", "pod", "--backend", "offline"]) == 0
    capsys.readouterr()
    assert main(["pages", str(book), "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert [(p["label"], p["side"], p["kind"]) for p in pages] == [
        ("Cover", "right", "cover"), ("Page 1", "right", "title"), ("Page 2", "left", "dedication"),
        ("Page 3", "right", "story"), ("Page 4", "left", "story"), ("Page 5", "right", "story"),
        ("Back cover", "left", "back_cover")]
    stories = [p for p in pages if p["kind"] == "story"]
    assert all(any(f["kind"] == "text" and f["text"] for f in p["frames"]) for p in stories)
    assert all(p["template"] == "picture_above" for p in stories)
    assert not any("DPI" in w for p in pages for w in p["warnings"])  # sketched at print size: every page is sharp
    project = Project.open(book)
    fmt = project.book_format()
    project.close()
    assert (fmt.trim_width_in, fmt.trim_height_in, fmt.bleed_model) == (8, 10, "pod")
    assert main(["pages", str(book)]) == 0
    listed = capsys.readouterr().out
    assert "page 4 (left, story, picture_above): picture #" in listed and listed.startswith("cover (right, cover")


def test_a_page_count_or_trim_out_of_range_is_a_one_line_reason(tmp_path, capsys):
    import pytest

    for bad in (["--pages", "0"], ["--pages", "-3"], ["--pages", "500"], ["--trim", "huge"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["book", str(tmp_path / "x.storybook"), "--idea", "tea", "--backend", "offline", *bad])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith("studio book: argument") and err.count("\n") == 1, err
    assert not (tmp_path / "x.storybook").exists()


def test_book_settings_templates_and_illustrate_from_the_command_line(tmp_path, capsys):
    from studio.core.layout.frames import text_look

    book = tmp_path / "Bleed.storybook"
    assert main(["book", str(book), "--idea", "Larry the hedgehog serves tea", "--pages", "2", "--template",
                 "full_bleed", "--trim", "a4", "--safe-margin", "0.6", "--gutter", "0.25", "--title", "Tea!",
                 "--backend", "offline"]) == 0
    project = Project.open(book)
    fmt = project.book_format()
    assert (round(fmt.trim_width_in, 3), fmt.safe_margin_in, fmt.gutter_in) == (8.268, 0.6, 0.25)
    stories = story_pages(project)
    assert [p.template for p in stories] == ["full_bleed", "full_bleed"]
    assert all(text_look(p.frame("text")).backing and p.frame("image").image_id for p in stories)
    # take one picture out, then ask for the missing ones only
    project.set_frame_image(stories[1].frame("image").id, None)
    project.close()
    capsys.readouterr()
    assert main(["book", str(book), "--illustrate", "--backend", "offline"]) == 0
    assert "illustrating 1 page, " in capsys.readouterr().out
    project = Project.open(book)
    assert all(p.frame("image").image_id for p in story_pages(project))
    project.close()
    with pytest.raises(SystemExit) as exit_info:
        main(["book", str(book), "--backend", "offline"])
    assert exit_info.value.code == 2 and "--idea" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["book", str(book), "--illustrate", "--gutter", "5"])
    assert "0 to 2 inches" in capsys.readouterr().err


def _made_book(tmp_path):
    book = tmp_path / "Larry.storybook"
    assert main(["book", str(book), "--idea", "Larry serves tea", "--pages", "3", "--backend", "offline"]) == 0
    return book


def test_export_writes_every_print_file_from_one_command(tmp_path, capsys):
    from pypdf import PdfReader

    book = _made_book(tmp_path)
    (tmp_path / "pages").mkdir()
    args = ["export", str(book), "--pdf", str(tmp_path / "book.pdf"), "--cover", str(tmp_path / "cover.pdf"),
            "--paper", "cream", "--png", str(tmp_path / "pages"), "--dpi", "40"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Spine" in out and "cream" in out
    assert len(PdfReader(tmp_path / "book.pdf").pages) % 2 == 0
    interior = len([p for p in Project.open(book).pages() if not p.is_cover])
    assert len(list((tmp_path / "pages").glob("*.png"))) == interior + 2  # and the two covers
    assert main(["export", str(book), "--pdf", str(tmp_path / "booklet.pdf"), "--booklet", "--home", "letter"]) == 0
    assert len(PdfReader(tmp_path / "booklet.pdf").pages) % 2 == 0


@pytest.mark.parametrize("bad", [
    ["--pdf", "{book}"],  # the book itself
    ["--pdf", "{tmp}/other.storybook"],
    ["--pdf", "{tmp}/x.pdf", "--crop-marks"],
    ["--pdf", "{tmp}/x.pdf", "--booklet", "--crop-marks", "--home", "a4"],
    ["--png", "{tmp}/pages", "--jpeg", "{tmp}/pages"],
    ["--png", "{tmp}/pages", "--dpi", "5000"],
    ["--dpi", "300", "--pdf", "{tmp}/x.pdf"],
    ["--home", "a5", "--pdf", "{tmp}/x.pdf"],
    ["--paper", "glossy", "--cover", "{tmp}/c.pdf"],
    [],
    ["--png", "{tmp}/missing-folder"],
])
def test_every_export_mistake_is_one_line_and_exit_2(tmp_path, capsys, bad):
    book = tmp_path / "Larry.storybook"
    Project.create(book).close()
    before = book.read_bytes()
    args = [a.format(book=book, tmp=tmp_path) for a in bad]
    try:
        code = main(["export", str(book), *args])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("studio"), err
    assert book.read_bytes() == before


@pytest.mark.parametrize("bad", [
    ["--images", "1"],  # no output
    ["--images", "99", "--out", "{tmp}/s.pdf"],
    ["--images", "x,y", "--out", "{tmp}/s.pdf"],
    ["--cast", "--out", "{tmp}/s.pdf"],
    ["--board", "Favourites", "--out", "{tmp}/s.pdf"],
    ["--images", "1", "--size", "40", "--out", "{tmp}/s.pdf"],
    ["--images", "1:0.1", "--out", "{tmp}/s.pdf"],
    ["--images", "1:big", "--out", "{tmp}/s.pdf"],
    ["--images", "1", "--border", "2", "--out", "{tmp}/s.pdf"],
    ["--images", "1", "--sheet", "tabloid", "--out", "{tmp}/s.pdf"],
    ["--images", "1", "--sheet", "avery-5160", "--cricut", "{tmp}/s.png"],
    ["--images", "1", "--out", "{tmp}/Larry.storybook"],
    ["--out", "{tmp}/s.pdf"],
])
def test_every_sticker_mistake_is_one_line_and_exit_2(tmp_path, capsys, bad):
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    project.add_image(png_for("Larry"), png_for("Larry"), 64, 64, "image/png")
    project.close()
    args = [a.format(tmp=tmp_path) for a in bad]
    try:
        code = main(["stickers", str(book), *args])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("studio"), err
    assert not (tmp_path / "s.pdf").exists()


def test_stickers_of_the_cast_from_the_command_line(tmp_path, capsys):
    from pypdf import PdfReader

    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    image = project.add_image(png_for("Larry"), png_for("Larry"), 64, 64, "image/png")
    project.cast.remember("Larry", "a sunflower hedgehog", reference_ids=[image.id])
    project.close()
    assert main(["stickers", str(book), "--cast", "--size", "2", "--out", str(tmp_path / "s.pdf"),
                 "--svg", str(tmp_path / "s.svg"), "--cricut", str(tmp_path / "s.png")]) == 0
    assert "CutContour" in capsys.readouterr().out
    assert len(PdfReader(tmp_path / "s.pdf").pages) == 1
    assert (tmp_path / "s.svg").read_text().count("<path") == 1 and (tmp_path / "s.png").exists()


def test_a_title_given_on_the_command_line_wins_over_the_storys(tmp_path):
    book = tmp_path / "Larry.storybook"
    assert main(["book", str(book), "--idea", "Larry serves tea", "--pages", "2", "--backend", "offline",
                 "--title", "Larry's Thunderstorm Tea"]) == 0
    project = Project.open(book)
    titled = [p for p in project.pages() if p.kind in ("cover", "title")]
    assert all(any(f.text == "Larry's Thunderstorm Tea" for f in p.frames) for p in titled)
    assert project.book_format().title == "Larry's Thunderstorm Tea"
    project.close()


def _settings_for_the_studio(tmp_path, monkeypatch, fake_openai):
    from studio.core.prices import default_prices
    from studio.core.settings import Settings, save_settings

    prices = default_prices()
    prices["image"]["gpt-image-2"]["1024x1024/high"] = 1.25
    save_settings(Settings(chat_model="tiny-local-model", image_model="gpt-image-2", image_quality="high",
                           context_tokens=4000, prices=prices, book_cap=100, day_cap=100))
    monkeypatch.setenv("OPENAI_API_KEY", "cli-key")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)


def test_book_from_an_idea_sends_what_settings_hold_and_prices_it_with_their_table(tmp_path, capsys, monkeypatch,
                                                                                      fake_openai):
    _settings_for_the_studio(tmp_path, monkeypatch, fake_openai)
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    for n in range(3):  # a long conversation already: more than the 4,000-token budget Settings allow
        project.add_message("user", f"Earlier talk {n}: " + "hedgehogs and tea " * 1500)
        project.add_message("assistant", "Lovely.")
    project.close()
    fake_openai.chat_script.append({"text": "Here it is.", "tool": "write_story", "arguments": {
        "title": "Larry's Tea", "characters": [],
        "pages": [{"text": "Larry pours tea.", "illustration_prompt": "Larry pouring tea"},
                  {"text": "Thunder rolls.", "illustration_prompt": "Larry under a thundercloud"}]}})
    fake_openai.chat_script.append({"text": "Done."})
    assert main(["book", str(book), "--idea", "Larry serves tea in a thunderstorm", "--pages", "2",
                 "--backend", "openai", "--yes"]) == 0  # $2.50 at these prices: more than "don't ask under"
    out = capsys.readouterr().out
    chats = fake_openai.requests_to("/v1/chat/completions")
    assert {c["model"] for c in chats} == {"tiny-local-model"}
    sent = json.dumps(chats[0]["messages"])
    assert "Earlier talk 0" in sent and "hedgehogs and tea " * 50 not in sent  # summarised to fit the budget
    pictures = fake_openai.requests_to("/v1/images/generations")
    assert len(pictures) == 3  # one per page and the cover (no cast, so no character sheet)
    assert {(p["model"], p["quality"]) for p in pictures} == {("gpt-image-2", "high")}
    assert f"≈ ${_priced_by_area(pictures, 1.25):.2f} · {len(pictures)} pictures" in out


def _priced_by_area(pictures, square_price):
    """Pages are asked for at print size: the table's square price, scaled by each picture's area."""
    total = 0.0
    for picture in pictures:
        width, height = map(int, picture["size"].split("x"))
        assert width * height > 1024 * 1024  # a print size, not a square draft
        total += square_price * width * height / (1024 * 1024)
    return total


def test_illustrate_sends_the_quality_settings_hold(tmp_path, capsys, monkeypatch, fake_openai):
    _settings_for_the_studio(tmp_path, monkeypatch, fake_openai)
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    from studio.core.layout.book import add_story_pages

    add_story_pages(project, {"title": "Tea", "pages": [{"text": "Larry pours tea."}, {"text": "Thunder rolls."}]})
    project.close()
    assert main(["book", str(book), "--illustrate", "--backend", "openai", "--yes"]) == 0
    pictures = fake_openai.requests_to("/v1/images/generations")
    assert len(pictures) == 3 and {(p["model"], p["quality"]) for p in pictures} == {("gpt-image-2", "high")}
    assert f"≈ ${_priced_by_area(pictures, 1.25):.2f} · 3 pictures" in capsys.readouterr().out  # the cover too


# -- money: estimates, caps, the ledger ------------------------------------------------------------------

IMAGES = "/v1/images/generations"


def _online(monkeypatch, fake_openai, **settings):
    from studio.core.settings import Settings, save_settings

    save_settings(Settings(backend="openai", **settings))
    monkeypatch.setenv("OPENAI_API_KEY", "cli-key")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)


def _three_page_story(fake_openai):
    fake_openai.chat_script.append({"text": "Here it is.", "tool": "write_story", "arguments": {
        "title": "Larry's Tea", "characters": [],
        "pages": [{"text": f"Larry pours tea {n}.", "illustration_prompt": f"Larry pouring tea {n}"} for n in range(3)]}})
    fake_openai.chat_script.append({"text": "Done."})


def _page_estimate(out: str, pictures: int, square_price: float = 0.042) -> str:
    """The estimate `studio book` must print for its pictures at the print sizes it names ("pages at WxH px", or
    "WxH (n), WxH (m)" when the cover's differs): the table's square price scaled by each picture's area."""
    import re

    listed = re.search(r"pages at (.+?) px\)", out).group(1)
    cost, count = 0.0, 0
    for item in listed.split(", "):
        size, _, times = item.partition(" (")
        width, height = map(int, size.split("x"))
        assert width * height > 1024 * 1024  # a page is asked for at print size, not as a square draft
        n = int(times.rstrip(")")) if times else pictures
        cost, count = cost + n * square_price * width * height / (1024 * 1024), count + n
    assert count == pictures
    return f"{pictures} pictures, about ${cost:.2f}"


def test_book_with_max_cost_stops_with_exit_2_and_the_reason_and_keeps_the_pages(tmp_path, capsys, monkeypatch,
                                                                                 fake_openai):
    _online(monkeypatch, fake_openai)
    _three_page_story(fake_openai)
    book = tmp_path / "Larry.storybook"
    assert main(["book", str(book), "--idea", "Larry serves tea", "--pages", "3", "--backend", "openai",
                 "--max-cost", "0.10", "--yes"]) == 2
    out, err = capsys.readouterr()
    guess = _page_estimate(out, 4)  # the cover and three pages
    assert f"to draw: {guess}" in out
    assert f"Not started: {guess} would go over this run's limit of $0.10" in err
    assert "Allow more with --max-cost" in err and "--illustrate" in err  # and how to go on
    assert fake_openai.requests_to(IMAGES) == []
    project = Project.open(book, read_only=True)
    assert len([p for p in project.pages() if p.kind == "story"]) == 3  # the story is not lost
    project.close()


def test_book_over_the_dont_ask_amount_is_drawn_only_with_yes_when_not_on_a_terminal(tmp_path, capsys, monkeypatch,
                                                                                     fake_openai):
    _online(monkeypatch, fake_openai, ask_under=0.10)
    _three_page_story(fake_openai)
    book = tmp_path / "Larry.storybook"
    assert main(["book", str(book), "--idea", "Larry serves tea", "--pages", "3", "--backend", "openai"]) == 2
    out, err = capsys.readouterr()
    guess = _page_estimate(out, 4)  # the cover and three pages
    assert f"{guess}: add --yes" in err and "Nothing was drawn" in err
    assert fake_openai.requests_to(IMAGES) == []

    assert main(["book", str(book), "--illustrate", "--backend", "openai", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"illustrating 4 pages, 4 at a time: {guess}" in out
    assert len(fake_openai.requests_to(IMAGES)) == 4


def test_book_under_the_dont_ask_amount_needs_no_yes(tmp_path, capsys, monkeypatch, fake_openai):
    _online(monkeypatch, fake_openai, ask_under=1.00)  # the cover and three pages at print size: about $0.55
    _three_page_story(fake_openai)
    assert main(["book", str(tmp_path / "b.storybook"), "--idea", "tea", "--pages", "3", "--backend", "openai"]) == 0
    out = capsys.readouterr().out
    assert f"to draw: {_page_estimate(out, 4)}" in out
    assert len(fake_openai.requests_to(IMAGES)) == 4  # the cover and three pages


def test_chat_with_max_cost_does_not_start_a_batch_over_it(tmp_path, capsys, monkeypatch, fake_openai):
    _online(monkeypatch, fake_openai)
    assert main(["chat", str(tmp_path / "b.storybook"), "draw a kite", "--backend", "openai",
                 "--max-cost", "0.10"]) == 2
    err = capsys.readouterr().err
    assert "this run's limit of $0.10" in err and fake_openai.requests_to(IMAGES) == []


@pytest.mark.parametrize("bad", ["0", "-1", "lots"])
def test_a_max_cost_that_is_not_an_amount_is_one_line_and_exit_2(tmp_path, capsys, bad):
    with pytest.raises(SystemExit) as stopped:
        main(["book", str(tmp_path / "b.storybook"), "--illustrate", "--max-cost", bad])
    assert stopped.value.code == 2 and len(capsys.readouterr().err.strip().splitlines()) == 1


def test_costs_lists_days_and_books_and_writes_the_ledger_as_csv(tmp_path, capsys, monkeypatch, fake_openai):
    import csv

    _online(monkeypatch, fake_openai)
    book = tmp_path / "Larry.storybook"
    assert main(["chat", str(book), "draw a kite", "--backend", "openai"]) == 0  # four pictures, one reply
    capsys.readouterr()
    out_csv = tmp_path / "spent.csv"
    assert main(["costs", str(book), "--csv", str(out_csv)]) == 0
    out = capsys.readouterr().out
    assert "Larry.storybook: ≈ $0.17 · 4 pictures" in out and "(cap $5.00)" in out
    assert "today on this computer: $0.17 of $10.00 a day" in out
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    pictures = [r for r in rows if r["what"] == "picture"]
    assert len(pictures) == 4 and {r["book"] for r in rows} == {str(book.resolve())}
    chats = [r for r in rows if r["what"] == "chat"]  # the model's replies are paid for too
    assert chats and {r["model"] for r in chats} == {"gpt-5.4-mini"} and all(float(r["cost"]) > 0 for r in chats)
    assert sum(float(r["cost"]) for r in pictures) == pytest.approx(4 * 0.042)
    assert main(["costs"]) == 0
    everything = capsys.readouterr().out
    assert "by book:" in everything and str(book.resolve()) in everything


def _placed_ppi(pdf_path):
    """Each picture's pixels per inch as the PDF places it (its image's width in pixels over the width its `cm`
    matrix draws it at), for every page: what `pdfimages -list` reports as x-ppi."""
    import re

    from pypdf import PdfReader

    found = []
    for page in PdfReader(pdf_path).pages:
        content = page.get_contents().get_data().decode("latin-1")
        xobjects = page["/Resources"].get("/XObject", {})
        for width_pt, name in re.findall(r"([\d.]+) 0 0 [\d.]+ [-\d.]+ [-\d.]+ cm\s*/(\S+) Do", content):
            image = xobjects[f"/{name}"].get_object()
            if image.get("/Subtype") == "/Image":
                found.append(round(int(image["/Width"]) * 72 / float(width_pt)))
    return found


def test_book_asks_for_each_page_at_print_size_and_the_pdf_places_it_at_300_ppi(tmp_path, capsys, monkeypatch,
                                                                                fake_openai):
    fake_openai.max_edge = 4000  # pictures as large as asked for
    _online(monkeypatch, fake_openai, ask_under=0, book_cap=0, day_cap=0)
    _three_page_story(fake_openai)
    book, pdf = tmp_path / "Larry.storybook", tmp_path / "Larry.pdf"
    assert main(["book", str(book), "--idea", "tea", "--pages", "3", "--trim", "8.5x8.5in", "--template",
                 "full_bleed", "--backend", "openai", "--yes"]) == 0
    sizes = [r["size"] for r in fake_openai.requests_to(IMAGES)]
    assert sizes == ["2640x2640"] * 4  # the cover and 3 pages: (8.5 + 2 × 0.125) in × 300, rounded up to 16s
    assert main(["export", str(book), "--pdf", str(pdf)]) == 0
    placed = _placed_ppi(pdf)
    assert len(placed) >= 3 and all(ppi >= 300 for ppi in placed), placed
