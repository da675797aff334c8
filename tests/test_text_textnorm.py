"""The text loader folds text with the project's one tone-mark table (bomay.textnorm)."""

from bomay.loaders.text import lexicon
from bomay.textnorm import match_form, search_key, tone_fold


def test_the_loader_uses_the_shared_fold():
    assert lexicon.match_form is match_form


def test_match_form_keeps_offsets_and_places_tone_marks_one_way():
    text = "Ủy ban nhân dân tỉnh Thanh Hóa; UBND huyện Hoà Vang"
    folded = match_form(text)
    assert len(folded) == len(text)
    assert folded.startswith("uỷ ban")
    assert "thanh hoá" in folded and "hoà vang" in folded
    assert lexicon.rx("ủy ban nhân dân tỉnh thanh hóa").search(folded).start() == 0


def test_match_form_agrees_with_tone_fold_on_single_spaced_text():
    text = "Sở Tài nguyên và Môi trường tỉnh Khánh Hòa, Thủy lợi"
    assert match_form(text) == tone_fold(text)


def test_search_key_spells_out_the_city_short_forms():
    full = search_key("Ủy ban nhân dân Thành phố Hồ Chí Minh")
    assert search_key("UBND TPHCM") == search_key("UBND TP.HCM") == search_key("UBND TP HCM") == full
