""""… các đoàn thể trên địa bàn cần …": the area the listed subjects work in ("trên địa bàn", "trên địa bàn
tỉnh") stands between them and their duty, and does not hide the duty. Issue 11, session 21. Sentences written
here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k

DISTRICT = {"jurisdiction": "Quận Cầu Giấy, Thành phố Hà Nội", "date": "2022-07-20"}


def mandates(text: str) -> set[tuple[str, str]]:
    doc = document_from_text("t", text, DISTRICT)
    return {(k(r["assigner"]), k(r["assignee"])) for r in (gold_view(r) for r in to_records(extract(doc)))
            if r and r["type"] == "mandate"}


def test_a_listed_subject_on_the_area_gets_its_duty() -> None:
    found = mandates("Quận ủy Cầu Giấy tổ chức hội nghị sơ kết quý II. Bí thư Quận ủy nhấn mạnh, các cấp ủy Đảng, "
                     "chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội trên địa bàn cần tiếp tục thực "
                     "hiện 9 nhiệm vụ trọng tâm.")
    assigner = k("Quận ủy Cầu Giấy")
    assert {(assigner, k("Ủy ban Mặt trận Tổ quốc Việt Nam quận Cầu Giấy")),
            (assigner, k("Các đoàn thể chính trị - xã hội quận Cầu Giấy"))} <= found
    assert any(a == assigner and b.startswith(k("Các cấp ủy")) for a, b in found)


def test_the_area_may_name_its_level() -> None:
    found = mandates("Quận ủy Cầu Giấy tổ chức hội nghị sơ kết quý II. Bí thư Quận ủy nhấn mạnh, các cơ quan, đơn vị "
                     "trên địa bàn quận cần chủ động rà soát các nhiệm vụ còn chậm.")
    assert (k("Quận ủy Cầu Giấy"), k("Các cơ quan, đơn vị quận Cầu Giấy")) in found


def test_a_report_of_what_was_done_on_the_area_stays_no_duty() -> None:
    found = mandates("Quận ủy Cầu Giấy tổ chức hội nghị sơ kết quý II. Theo báo cáo, các đoàn thể chính trị - xã hội "
                     "trên địa bàn đã tổ chức 40 buổi tuyên truyền.")
    assert not found
