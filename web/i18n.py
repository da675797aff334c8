"""The interface in Vietnamese and English: which language a request wants, and the words.

The choice comes from ``?lang=vi|en`` (remembered in a cookie), else the cookie, else the
browser's ``Accept-Language``; without any of them the pages are in English. Messages are
keyed by their English text, so a template stays readable and a missing translation falls
back to English rather than to a code.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

LANGUAGES = ("vi", "en")
COOKIE = "bomay_lang"
DEFAULT = "en"

VI: dict[str, str] = {
    # layout
    "Home": "Trang chủ", "Query": "Truy vấn", "Ontology": "Bản thể học", "API": "API",
    "Graph view": "Đồ thị", "Analytics": "Phân tích", "Search": "Tìm kiếm",
    "Find a body or a unit… (e.g. UBND TP.HCM)": "Tìm cơ quan, đơn vị… (vd. UBND TP.HCM)",
    "Serving build": "Phiên bản dữ liệu", "SPARQL endpoint": "Điểm truy vấn SPARQL",
    "data: bomay contributors": "dữ liệu: những người đóng góp bomay", "Language": "Ngôn ngữ",
    # search
    "Case, diacritics, tone-mark placement and common abbreviations (UBND, HĐND, TP, TP.HCM, MTTQ, …) do not matter.":
        "Không phân biệt hoa thường, dấu, vị trí dấu thanh và các chữ viết tắt thường gặp "
        "(UBND, HĐND, TP, TP.HCM, MTTQ, …).",
    "{n} results for": "{n} kết quả cho", "1 result for": "1 kết quả cho",
    "Nothing matches": "Không có kết quả cho", "Name": "Tên", "In": "Thuộc", "Type": "Loại",
    "Valid": "Hiệu lực", "English": "Tiếng Anh", "today": "nay", "until": "đến", "since": "từ",
    # entity
    "Also called": "Tên khác", "Part of": "Trực thuộc", "Where": "Địa bàn", "Stated in": "Nguồn dữ liệu",
    "Nothing in the graph is about this page's address.": "Đồ thị không có dữ liệu về địa chỉ này.",
    "Search by name": "Tìm theo tên", "Structure": "Cơ cấu", "Answers to": "Chịu trách nhiệm trước",
    "Bodies answering to it": "Các cơ quan chịu trách nhiệm trước cơ quan này",
    "Parts and subordinate units": "Đơn vị trực thuộc", "Bodies of this unit": "Các cơ quan của đơn vị",
    "Duties and reports": "Nhiệm vụ và báo cáo", "Reports to": "Báo cáo cho",
    "Receives reports from": "Nhận báo cáo từ", "Mandates given": "Giao nhiệm vụ cho",
    "Mandates received": "Được giao nhiệm vụ bởi", "about": "về", "frequency": "tần suất",
    "basis": "căn cứ", "deadline": "thời hạn", "Events": "Sự kiện", "whole": "toàn bộ", "part": "một phần",
    "Documents": "Văn bản", "source": "nguồn", "Other facts": "Thông tin khác",
    "Referenced by": "Được nhắc đến bởi", "Download the data": "Tải dữ liệu",
    "from": "từ", "to": "đến", "Relation": "Quan hệ", "Body": "Cơ quan", "Dates": "Thời gian",
    "Instrument": "Văn bản pháp lý", "Event": "Sự kiện", "Units": "Đơn vị", "Kind": "Loại",
    "Only the first references are shown.": "Chỉ hiển thị các tham chiếu đầu tiên.",
    "Named graph": "Đồ thị con", "triples": "bộ ba", "Sentence": "Câu nguồn", "Document": "Văn bản",
    "yes": "có", "no": "không", "reports to": "báo cáo cho", "leads": "lãnh đạo", "part of": "trực thuộc",
    "supervises": "giám sát", "guides": "hướng dẫn", "receives reports from": "nhận báo cáo từ",
    "led by": "được lãnh đạo bởi", "has part": "có đơn vị trực thuộc", "supervised by": "được giám sát bởi",
    "guided by": "được hướng dẫn bởi", "succeeded by": "được kế thừa bởi", "continued by": "được tiếp nối bởi",
    "gave territory to": "chuyển địa giới cho", "took territory from": "nhận địa giới từ",
    "ended; became": "chấm dứt; trở thành", "formed from": "hình thành từ",
    "is part of": "thuộc", "latitude": "vĩ độ", "longitude": "kinh độ", "code": "mã", "title": "tiêu đề",
    "web address": "địa chỉ web", "date": "ngày", "number": "số hiệu", "passed by": "cơ quan ban hành",
    "document type": "loại văn bản", "in force from": "có hiệu lực từ", "member": "thành viên",
    "organisation": "tổ chức", "role": "chức vụ", "definition": "định nghĩa", "in scheme": "thuộc bộ khái niệm",
    "instrument": "văn bản pháp lý", "created": "ngày tạo", "publisher": "nơi công bố", "name": "tên",
    "comment": "ghi chú", "broader": "khái niệm rộng hơn",
    "identifier": "mã định danh", "published": "ngày đăng", "description": "mô tả", "sentence of": "câu của",
    "What was read from this document": "Những gì đọc được từ văn bản này",
    "broader / sub-of": "thuộc lớp / khái niệm rộng hơn", "domain": "miền", "range": "phạm vi giá trị",
    "version": "phiên bản", "download": "tải về", "Classes": "Lớp", "Properties": "Thuộc tính",
    "Concept schemes": "Bộ khái niệm", "Concept": "Khái niệm", "The OpenAPI document is at": "Tài liệu OpenAPI ở",
    "The SPARQL 1.1 Protocol endpoint is": "Điểm truy vấn theo giao thức SPARQL 1.1 là",
    "named queries run at": "truy vấn có tên chạy ở",
    "{n} bodies": "{n} cơ quan", "Only what held on": "Chỉ những gì có hiệu lực ngày",
    "show every date": "xem mọi thời điểm", "on": "ngày",
    "Show in the graph view": "Xem trên đồ thị", "Related lines no longer in force": "Quan hệ đã hết hiệu lực",
    "its lines of accountability, by date": "các quan hệ trách nhiệm, theo thời gian",
    # home
    "bomay: Vietnam's political-administrative apparatus as a knowledge graph":
        "bomay: bộ máy chính trị - hành chính Việt Nam dưới dạng đồ thị tri thức",
    ("Party committees, People's Councils (HĐND), People's Committees (UBND), departments, administrative units, "
     "posts and office holders, legal instruments, and the mandates and reporting obligations one body assigns "
     "another."):
        "Cấp ủy, Hội đồng nhân dân, Ủy ban nhân dân, sở ngành, đơn vị hành chính, chức vụ và người giữ chức vụ, "
        "văn bản pháp lý, cùng các nhiệm vụ và nghĩa vụ báo cáo mà cơ quan này giao cho cơ quan khác.",
    "This graph holds {triples} facts from {graphs} sources.": "Đồ thị có {triples} dữ kiện từ {graphs} nguồn.",
    "example questions": "câu hỏi mẫu", "Count": "Số lượng", "Era": "Giai đoạn", "Bodies": "Cơ quan",
    "Source": "Nguồn", "Graphs": "Đồ thị", "Facts": "Dữ kiện",
    ("pre2025: three tiers (province, district, commune) as they stood before the 2025 reform; 2025: two tiers "
     "from 1 July 2025; national: central bodies."):
        "pre2025: ba cấp (tỉnh, huyện, xã) trước cải cách năm 2025; 2025: hai cấp từ ngày 1/7/2025; "
        "national: cơ quan trung ương.",
    "No administrative units or bodies are loaded yet.": "Chưa có đơn vị hành chính hay cơ quan nào.",
    "Where to start": "Bắt đầu", "Search a body by name": "Tìm cơ quan theo tên",
    "Query editor": "Trình truy vấn", "National bodies": "Cơ quan trung ương",
    "Provinces and cities": "Tỉnh, thành phố", "What the graph holds": "Đồ thị gồm những gì",
    "Eras": "Các giai đoạn", "Sources": "Nguồn",
    # query page / results
    "Query the graph": "Truy vấn đồ thị", "required": "bắt buộc", "rows": "dòng",
    ("Pick a question on the left (its form is filled with an example), or write SPARQL in the editor. "
     "Results name every entity by its label and place; share the link to come back to them."):
        "Chọn một câu hỏi bên trái (biểu mẫu đã điền sẵn ví dụ) hoặc viết SPARQL trong trình soạn thảo. "
        "Kết quả gọi mỗi thực thể bằng tên và địa bàn; chia sẻ liên kết để quay lại.",
    "Run": "Chạy", "Share link": "Liên kết chia sẻ", "Examples": "Ví dụ", "Parameters": "Tham số",
    "Map": "Bản đồ", "Timeline": "Dòng thời gian", "Table": "Bảng",
    # analytics / viz
    "Network analytics": "Phân tích mạng lưới", "Jurisdiction": "Địa bàn", "As of": "Tại ngày",
    "Rows": "Số dòng", "Show": "Hiển thị", "Focus (name or address)": "Trọng tâm (tên hoặc địa chỉ)",
    "Hops": "Số bước", "Topic": "Chủ đề", "Source document": "Văn bản nguồn", "Layout": "Bố cục",
    "Most nodes": "Số nút tối đa", "Draw": "Vẽ", "Error": "Lỗi", "Page not found": "Không tìm thấy trang",
    "Nothing to show here:": "Không có gì để hiển thị:",
    "Focus: {names}, {hops} hop(s)": "Trọng tâm: {names}, {hops} bước", "Jurisdiction: {names}": "Địa bàn: {names}",
    "As of: {day}": "Tại ngày: {day}", "As of: any date (all records)": "Tại ngày: mọi thời điểm (mọi bản ghi)",
    "Relations: {names}": "Quan hệ: {names}", "Topic: {names}": "Chủ đề: {names}",
    "Source document: {title}": "Văn bản nguồn: {title}",
    "Drawn: {nodes} nodes, {edges} edges": "Đã vẽ: {nodes} nút, {edges} cạnh",
    " (from {n} nodes before folding)": " (từ {n} nút trước khi gộp)",
    "subordination": "trực thuộc", "reports-to": "báo cáo cho", "mandate": "giao nhiệm vụ", "supervision": "giám sát",
    "leadership": "lãnh đạo", "territory": "địa bàn",
    "Person": "Cá nhân", "Administrative unit": "Đơn vị hành chính", "Party body": "Tổ chức đảng",
    "People's Council (HĐND)": "Hội đồng nhân dân (HĐND)", "People's Committee (UBND)": "Ủy ban nhân dân (UBND)",
    "Department (Sở, Phòng)": "Sở, phòng", "Other body": "Cơ quan khác", "Aggregated group": "Nhóm gộp",
    "group of folded bodies (box, with count)": "nhóm cơ quan được gộp (hình hộp, kèm số lượng)",
    ("Hover a node or edge for details (edges: topic and frequency); click a node to open its page; "
     "double-click the background to fit."):
        "Di chuột lên nút hoặc cạnh để xem chi tiết (cạnh: chủ đề và tần suất); bấm vào nút để mở trang; "
        "bấm đúp vào nền để thu vừa khung.",
    "Nothing to draw: no relations of the chosen types match these filters.":
        "Không có gì để vẽ: không có quan hệ nào thuộc các loại đã chọn khớp với bộ lọc.",
    "the bodies of {place}": "các cơ quan của {place}", "any body": "cơ quan nào",
    "no mandate or reporting obligation in the graph involves {scope}{when}.":
        "đồ thị không có nhiệm vụ hay nghĩa vụ báo cáo nào liên quan đến {scope}{when}.",
    " valid on {day}": " còn hiệu lực ngày {day}",
    ("with an as-of date only the bodies valid on that day are counted, and none of them has ended; "
     "clear the date to see every body that ended."):
        "khi chọn ngày, chỉ tính các cơ quan còn hiệu lực ngày đó, nên chưa cơ quan nào chấm dứt; "
        "bỏ ngày để xem mọi cơ quan đã chấm dứt.",
    "no rows match the jurisdiction and date chosen.": "không có dòng nào khớp với địa bàn và ngày đã chọn.",
}


def choose_language(request: Request) -> str:
    """``?lang``, else the remembered cookie, else the first supported Accept-Language."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES:
        return asked
    cookie = request.cookies.get(COOKIE, "")
    if cookie in LANGUAGES:
        return cookie
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT


def translator(lang: str) -> Callable[..., str]:
    """``t("English text", **fields)`` in the page's language."""

    def t(message: str, **fields: object) -> str:
        text = VI.get(message, message) if lang == "vi" else message
        return text.format(**fields) if fields else text

    return t


def remember(request: Request, response: object) -> None:
    """Keep an explicit ``?lang`` choice for the next pages."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES and request.cookies.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=365 * 24 * 3600, samesite="lax")  # type: ignore[attr-defined]
