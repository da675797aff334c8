"""The party committee of an enterprise ("Đảng ủy Công ty Điện lực …", "Đảng ủy Tổng công ty …") is the body a
duty goes to, like a hospital's or an office's; until session 23 the loader read only the company (or nothing).
Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

DONG_NAI = {"jurisdiction": "Tỉnh Đồng Nai", "date": "2024-03-01"}


def test_a_company_party_committee_gets_the_duty() -> None:
    text = "Ban Thường vụ Tỉnh ủy giao Đảng ủy Công ty Điện lực Đồng Nai lãnh đạo thực hiện."
    assert extracted.mandates(text, DONG_NAI) == [(k("Đảng ủy Công ty Điện lực Đồng Nai"), "lãnh đạo thực hiện")]
    assert k("Công ty Điện lực Đồng Nai") not in extracted.names(text, DONG_NAI)


def test_a_corporation_party_committee_is_read_as_a_party_committee() -> None:
    text = "Đảng ủy Tổng công ty Tín Nghĩa phối hợp với Sở Tài chính rà soát các dự án."
    bodies = {r["name"]: r["kind"] for r in extracted.records(text, DONG_NAI) if r["type"] == "organization"}
    assert bodies.get("Đảng ủy Tổng công ty Tín Nghĩa") == "party_committee"


def test_a_hospital_committee_still_reads_as_before() -> None:
    text = "Ban Thường vụ Tỉnh ủy giao Đảng ủy Bệnh viện Đa khoa tỉnh quán triệt nghị quyết."
    assert extracted.mandates(text, DONG_NAI) == [
        (k("Đảng ủy Bệnh viện Đa khoa tỉnh Đồng Nai"), "quán triệt nghị quyết")]
