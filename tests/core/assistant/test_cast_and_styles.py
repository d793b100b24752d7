import io

from PIL import Image, ImageDraw

from studio.core.assistant import cast, styles
from studio.core.stickers import art as sticker


def test_a_character_is_found_by_any_of_its_names_in_english_and_korean(project):
    larry = project.cast.remember("Larry", "a sunflower hedgehog", [], aliases=["래리"])
    members = project.cast.all()
    assert cast.mentioned("Show me Larry's house", members) == [larry]
    assert cast.mentioned("래리가 자는 모습", members) == [larry]
    assert cast.mentioned("Welcome to Larryland", members) == []
    prompt = cast.with_cast("Larry's house", [larry])
    assert prompt.startswith("Larry's house") and "- Larry: a sunflower hedgehog" in prompt


def test_naming_a_character_again_updates_it_and_keeps_its_pictures(project):
    first = project.cast.remember("Larry", "a hedgehog", [3])
    again = project.cast.remember("larry", "", [7], aliases=["래리"])
    assert again.id == first.id and again.description == "a hedgehog"
    assert again.reference_ids == (7, 3) and again.aliases == ("래리",)
    assert len(project.cast.all()) == 1


def test_style_presets_cover_the_asked_for_looks_and_sticker_is_transparent():
    assert {"watercolor", "crayon", "sticker", "coloring", "clay", "pixel", "photo"} <= set(styles.STYLE_IDS)
    assert styles.get("sticker").transparent and styles.get("sticker").sticker
    styled = styles.apply("Larry waving", styles.get("coloring"))
    assert "line art" in styled and styles.apply(styled, styles.get("coloring")) == styled


def _png(img):
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_a_sticker_loses_its_background_and_gains_a_white_border():
    img = Image.new("RGB", (400, 400), (230, 240, 250))
    ImageDraw.Draw(img).ellipse((120, 120, 280, 280), fill=(200, 120, 20))
    with Image.open(io.BytesIO(sticker.make_sticker(_png(img)))) as out:
        out.load()
    assert out.mode == "RGBA" and out.getpixel((0, 0))[3] == 0
    cx, cy = out.width // 2, out.height // 2
    assert out.getpixel((cx, cy))[:3] == (200, 120, 20)
    # Walking out from the centre: the orange shape, then a white border, then transparency.
    row = [out.getpixel((x, cy)) for x in range(cx, out.width)]
    first_white = next(i for i, p in enumerate(row) if p[:3] == (255, 255, 255) and p[3] == 255)
    assert first_white > 60 and row[-1][:3] == sticker.CUT_LINE[:3]  # the grey cut line is the outer edge


def test_a_character_saved_with_a_picture_listed_three_times_lists_it_once(project):
    """Books written before references were kept once said "#4 #4 #4" on the Cast card."""
    member = project.cast.remember("Larry", "a hedgehog")
    project.db.execute("UPDATE cast_members SET refs = ? WHERE id = ?", ("[4, 4, 2, 4]", member.id))
    assert project.cast.get(member.id).reference_ids == (4, 2)
    assert project.cast.update(member.id, reference_ids=[7, 7, 4]).reference_ids == (7, 4)
