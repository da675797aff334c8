"""Statutory duties: the templates are checked row by row, and instantiated over every body with
validity, basis and stable IRIs (the 2025 switch of a commune's reports from district to province)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from bomay.errors import LoadError
from bomay.loaders.statutory import GRAPH, Duty, duties, duty_quads
from bomay.loaders.statutory_templates import COLUMNS, FILE, read_templates, templates
from bomay.namespaces import BM, ID, PROV

GOOD = {
    "key": "x-report", "kind": "reporting", "era": "all", "holder": "peoples-committee", "levels": "any",
    "counterpart": "parent:peoples-committee", "about": "Báo cáo", "topics": "kinh-te", "frequency": "annual",
    "frequency_text": "hằng năm", "times_per_year": "1", "timing": "", "start": "", "end": "",
    "instrument": "nd-09-2019-nd-cp", "article": "Điều 12", "checked": "no", "note": "",
}


def write(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / FILE
    lines = [",".join(COLUMNS)] + [",".join(row[c] for c in COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def all_duties() -> list[Duty]:
    return duties()


@pytest.fixture(scope="module")
def by_iri(all_duties: list[Duty]) -> dict[str, Duty]:
    return {d.iri: d for d in all_duties}


def test_shipped_templates_cover_the_instruments_the_issue_names() -> None:
    cited = {t.instrument for t in templates()}
    assert {"luat-77-2015-qh13", "luat-72-2025-qh15", "luat-87-2015-qh13", "nd-09-2019-nd-cp", "nd-24-2014-nd-cp",
            "nd-37-2014-nd-cp", "nd-45-2025-nd-cp", "nd-150-2025-nd-cp", "dieu-le-dang-2011", "qd-24-2021-tw",
            "qd-22-2021-tw"} <= cited
    assert {t.kind for t in templates()} == {"reporting", "mandate"}


def test_a_good_row_reads(tmp_path: Path) -> None:
    (tpl,) = read_templates(write(tmp_path, GOOD))
    assert (tpl.key, tpl.frequency, tpl.article, tpl.checked, tpl.line) == ("x-report", "annual", "Điều 12", False, 2)


@pytest.mark.parametrize(("change", "message"), [
    ({"kind": "duty"}, "kind 'duty'"),
    ({"holder": "mayor"}, "holder 'mayor'"),
    ({"levels": "village"}, "levels 'village'"),
    ({"counterpart": "above"}, "counterpart 'above'"),
    ({"counterpart": "national:bo-khong-co"}, "no national body"),
    ({"topics": "kinh-te;thoi-tiet"}, "topic 'thoi-tiet'"),
    ({"frequency": "hourly"}, "frequency 'hourly'"),
    ({"frequency": ""}, "needs a frequency"),
    ({"times_per_year": "4"}, "disagrees with bmf:annual"),
    ({"start": "2025-13"}, "not a date"),
    ({"start": "2025-07-01", "end": "2025-06-30"}, "after end"),
    ({"instrument": "luat-khong-co"}, "unknown instrument"),
    ({"checked": "maybe"}, "checked 'maybe'"),
    ({"checked": "yes", "article": ""}, "checked=yes needs an article"),
])
def test_a_malformed_row_is_an_error_naming_file_and_line(tmp_path: Path, change: dict[str, str],
                                                          message: str) -> None:
    path = write(tmp_path, GOOD | {"key": "first"}, GOOD | change)
    with pytest.raises(LoadError, match=rf"^{FILE}:3: .*{message}"):
        read_templates(path)


def test_repeated_key_and_wrong_field_count_are_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=rf"^{FILE}:3: .*repeated key"):
        read_templates(write(tmp_path, GOOD, GOOD))
    path = write(tmp_path, GOOD)
    path.write_text(path.read_text(encoding="utf-8") + "a,b\n", encoding="utf-8")
    with pytest.raises(LoadError, match=rf"^{FILE}:3: wrong number of fields"):
        read_templates(path)


def test_commune_reports_go_to_the_district_until_2025_06_30_and_to_the_province_after(
        by_iri: dict[str, Duty]) -> None:
    # Phường Bến Nghé (Quận 1) before the reform; Phường Sài Gòn, which took its code, after it.
    old = by_iri[f"{ID}statutory/ubnd-bao-cao-cap-tren/pre2025/26740/peoples-committee"]
    new = by_iri[f"{ID}statutory/ubnd-bao-cao-cap-tren/2025/26740/peoples-committee"]
    assert old.counterpart.name == "Ủy ban nhân dân Quận 1"
    assert (old.start, old.end) == ("2019-03-12", "2025-06-30")  # from the decree's entry into force
    assert new.counterpart.name == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert new.counterpart.iri.endswith("/2025/79/peoples-committee")
    assert (new.start, new.end) == ("2025-07-01", None)
    party_old = by_iri[f"{ID}statutory/cap-uy-bao-cao-cap-tren/pre2025/26740/party-committee"]
    party_new = by_iri[f"{ID}statutory/cap-uy-bao-cao-cap-tren/2025/26740/party-committee"]
    assert party_old.counterpart.name == "Quận ủy Quận 1"
    assert party_new.counterpart.name == "Thành ủy Thành phố Hồ Chí Minh"


def test_validity_follows_the_bodies_and_the_instrument(by_iri: dict[str, Duty]) -> None:
    # HCMC ward councils ended 2021-06-30: the ward committee's report to its council ends then.
    to_council = by_iri[f"{ID}statutory/ubnd-bao-cao-cong-tac-hdnd/pre2025/26740/peoples-committee"]
    assert (to_council.start, to_council.end) == ("2016-07-01", "2021-06-30")
    # A department reports under Nghị định 24/2014 until 2025-02-27, then under 45/2025.
    so = "pre2025/79/so/so-y-te"
    assert by_iri[f"{ID}statutory/so-bao-cao-ubnd-2014/{so}"].end == "2025-02-27"
    assert by_iri[f"{ID}statutory/so-bao-cao-ubnd-2025-02/{so}"].start == "2025-02-28"


def test_provinces_report_to_national_bodies_and_departments_to_their_ministry(by_iri: dict[str, Duty]) -> None:
    assert by_iri[f"{ID}statutory/ubnd-bao-cao-cap-tren/2025/79/peoples-committee"].counterpart.name == "Chính phủ"
    assert (by_iri[f"{ID}statutory/cap-uy-bao-cao-cap-tren/2025/48/party-committee"].counterpart.name
            == "Ban Chấp hành Trung ương Đảng")
    assert by_iri[f"{ID}statutory/so-bao-cao-bo-2025/2025/79/so/so-y-te"].counterpart.name == "Bộ Y tế"
    farming = by_iri[f"{ID}statutory/so-bao-cao-bo-2025/2025/79/so/so-nong-nghiep-va-moi-truong"]
    assert farming.counterpart.name == "Bộ Nông nghiệp và Môi trường"
    assert f"{ID}statutory/so-bao-cao-bo-2025/2025/79/so/van-phong-uy-ban-nhan-dan" not in by_iri  # no ministry


def test_every_fact_cites_its_instrument_and_article(all_duties: list[Duty]) -> None:
    quads = duty_quads([d for d in all_duties if "/2025/79/" in d.iri])
    assert {q.graph_name for q in quads} == {ox.NamedNode(GRAPH)}
    subjects = {q.subject for q in quads}
    basis = {q.subject: q.object for q in quads if q.predicate == ox.NamedNode(BM + "basis")}
    derived = {q.subject: q.object for q in quads if q.predicate == ox.NamedNode(PROV + "wasDerivedFrom")}
    assert set(basis) == subjects and basis == derived
    s = ox.NamedNode(f"{ID}statutory/ubnd-bao-cao-cong-tac-hdnd/2025/79/peoples-committee")
    about = {q.predicate.value.rsplit("#", 1)[-1]: q.object for q in quads if q.subject == s}
    assert about["basis"] == ox.NamedNode(f"{ID}instrument/luat/87-2015-qh13")
    assert about["basisArticle"] == ox.Literal("Điều 59")
    assert about["frequency"] == ox.NamedNode("https://w3id.org/bomay/frequency/semiannual")
    assert about["recipient"] == ox.NamedNode(f"{ID}body/2025/79/peoples-council")


def test_output_is_deterministic_and_iris_unique(all_duties: list[Duty]) -> None:
    again = duties()
    assert [d.iri for d in again] == [d.iri for d in all_duties]
    assert len({d.iri for d in all_duties}) == len(all_duties)
    sample = all_duties[:2000]
    assert duty_quads(sample) == duty_quads(list(sample))
