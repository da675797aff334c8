"""Province names as documents write them, including former names the reference data no longer holds."""

from __future__ import annotations

from bomay.loaders.text.places import gazetteer


def test_a_former_province_name_finds_the_province() -> None:
    # Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01; a 2020 document still says the old name.
    gaz = gazetteer()
    old = gaz.province("Thừa Thiên Huế", "2020-07-30")
    new = gaz.province("Huế", "2020-07-30")
    assert old is not None and new is not None and old.iri == new.iri  # the same unit ...
    assert old.name == "Tỉnh Thừa Thiên Huế" and old.unit_type == "tinh"  # ... under the name it then had
    assert gaz.province("thừa thiên - huế", "2020-07-30") == old
    assert gaz.province("Thừa Thiên Huế", "2025-03-01") == gaz.province("Huế", "2025-03-01")  # after: the city


def test_written_forms_of_ho_chi_minh_city() -> None:
    gaz = gazetteer()
    city = gaz.province("Hồ Chí Minh", "2023-01-01")
    assert city is not None
    assert all(gaz.province(form, "2023-01-01") == city for form in ("TP.HCM", "TPHCM", "TP. Hồ Chí Minh"))


def test_an_unknown_name_is_none() -> None:
    assert gazetteer().province("Xứ Không Có", "2020-01-01") is None


def test_a_jurisdiction_in_a_province_whose_name_has_a_dash() -> None:
    """"Xã …, huyện …, tỉnh Bà Rịa - Vũng Tàu": the dash inside the province's name splits no part."""
    from bomay.loaders.text.extract import _from_name

    province, local = _from_name("Xã Phước Tỉnh, huyện Long Điền, tỉnh Bà Rịa - Vũng Tàu", gazetteer(), "2022-03-01")
    assert province is not None and province.name == "Tỉnh Bà Rịa - Vũng Tàu"
    assert local is not None and local.name == "Xã Phước Tỉnh"


def test_jurisdictions_written_with_a_note_in_brackets_or_two_provinces() -> None:
    """What users write in a sidecar: the unit in brackets is read, the first of two provinces speaks,
    "Trung ương (về tỉnh X)" is central; an unknown name still gets its one warning."""
    from bomay.loaders.text.documents import document_from_text
    from bomay.loaders.text.extract import extract

    def where(jurisdiction: str):
        ex = extract(document_from_text("t", "UBND tỉnh họp.", {"jurisdiction": jurisdiction, "date": "2020-01-01"}))
        return (ex.home.name if ex.home else None, ex.local.name if ex.local else None, len(ex.problems))

    assert where("Tỉnh An Giang (huyện Tri Tôn)") == ("Tỉnh An Giang", "Huyện Tri Tôn", 0)
    assert where("Huyện Tri Tôn (tỉnh An Giang)") == ("Tỉnh An Giang", "Huyện Tri Tôn", 0)
    assert where("Tỉnh Long An và tỉnh Tiền Giang") == ("Tỉnh Long An", None, 0)
    assert where("Trung ương (về tỉnh Trà Vinh)") == (None, None, 0)
    assert where("Xứ Không Có") == (None, None, 1)
