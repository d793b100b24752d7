"""Lengths as a person reads them: inches in English, millimetres in Korean (or as Settings say)."""

from studio.core import units


def test_lengths_are_inches_in_english_and_millimetres_in_korean(korean):
    assert units.units() == "mm"
    assert units.size(8.5, 8.5) == "215.9 × 215.9mm" and units.length(0.125) == "3.2mm"
    assert units.size(6.75, 9.25) == "171.5 × 235mm"  # whole millimetres without ".0"


def test_english_keeps_the_inches_a_printer_writes():
    assert units.units() == "in"
    assert units.size(8.625, 8.75) == "8.625 × 8.75 in" and units.length(0.125) == "0.125 in"


def test_a_fixed_choice_wins_over_the_language(korean):
    try:
        units.set_units("in")
        assert units.length(0.5) == "0.5인치"
        units.set_units("nonsense")  # a hand-edited setting: back to the language's own
        assert units.units() == "mm"
    finally:
        units.set_units("")
