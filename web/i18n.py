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
    "taken from": "lấy từ",
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
    "drawn: {nodes} nodes, {edges} edges": "đã vẽ: {nodes} nút, {edges} cạnh",
    # reporting load
    "Reporting load": "Khối lượng báo cáo",
    ("The reports the law requires a body to receive on each date: how many bodies report to it, and on what. "
     "A name is taken as the body that existed on each date."):
        "Các báo cáo mà pháp luật quy định một cơ quan phải nhận vào từng ngày: bao nhiêu cơ quan báo cáo cho "
        "cơ quan đó và về nội dung gì. Tên được hiểu là cơ quan tồn tại vào từng ngày.",
    "Receiving body (name or address)": "Cơ quan nhận báo cáo (tên hoặc địa chỉ)",
    "Dates, separated by commas": "Các ngày, cách nhau bằng dấu phẩy", "Date": "Ngày",
    "Receiving body": "Cơ quan nhận báo cáo", "Reporting bodies": "Cơ quan báo cáo", "Obligations": "Nghĩa vụ",
    "Reports a year": "Số báo cáo mỗi năm", "Deadline": "Thời hạn",
    "About": "Nội dung", "Frequency": "Tần suất", "Basis": "Căn cứ",
    "Obligations per date and kind of reporting body": "Số nghĩa vụ theo ngày và loại cơ quan báo cáo",
    "Obligations received, per date and kind of reporting body.":
        "Số nghĩa vụ báo cáo phải nhận, theo ngày và loại cơ quan báo cáo.",
    "No statutory report reaches this body on this date.":
        "Không có báo cáo theo luật định nào gửi đến cơ quan này vào ngày này.",
    "its reporting load before and after 1 July 2025": "khối lượng báo cáo trước và sau ngày 1/7/2025",
    "Continued by": "Được tiếp nối bởi", "This body ended on {day}.": "Cơ quan này chấm dứt ngày {day}.",
    "On {day} see": "Ngày {day} xem",
    "by law": "theo luật",
    "administrative units before the 2025 reform": "đơn vị hành chính trước cải cách năm 2025",
    "administrative units from 1 July 2025": "đơn vị hành chính từ ngày 1/7/2025",
    "bodies of every administrative unit": "cơ quan của mọi đơn vị hành chính",
    "central bodies": "cơ quan trung ương",
    "lines of accountability between bodies": "quan hệ trách nhiệm giữa các cơ quan",
    "the 2025 restructure of units": "sắp xếp đơn vị hành chính năm 2025",
    "legal instruments": "văn bản pháp lý", "duties fixed by law": "nhiệm vụ, báo cáo theo luật định",
    "the ontology (terms and their meaning)": "bản thể học (thuật ngữ và ý nghĩa)",
    "validation rules": "quy tắc kiểm tra dữ liệu",
    "facts read from documents, reviewed (set {n})": "dữ kiện đọc từ văn bản, đã rà soát (bộ {n})",
    "{n} bodies report to it": "{n} cơ quan báo cáo",
    "Reports a year received": "Số báo cáo nhận mỗi năm",
    "Reports received per year (weighted by frequency)": "Số báo cáo nhận mỗi năm (theo tần suất)",
    "Mandates assigned": "Nhiệm vụ đã giao", "Bodies ended per year": "Số cơ quan chấm dứt theo năm",
    # analytics tables: titles, descriptions, columns
    "Reporting load per body": "Khối lượng báo cáo của từng cơ quan",
    ("Reports each body must receive; weighted = reports a year (a monthly report counts 12, a quarterly one 4; "
     "an unknown or irregular frequency counts 1)."):
        "Các báo cáo mỗi cơ quan phải nhận; có trọng số = số báo cáo mỗi năm (báo cáo tháng tính 12, báo cáo "
        "quý tính 4; tần suất không rõ hoặc đột xuất tính 1).",
    "Span of control": "Phạm vi quản lý",
    "Bodies directly under each body (its parts and the bodies that answer to it).":
        "Các cơ quan trực tiếp dưới mỗi cơ quan (đơn vị trực thuộc và các cơ quan chịu trách nhiệm trước nó).",
    "Longest chains of command": "Chuỗi chỉ đạo dài nhất",
    "Longest path down the hierarchy (superior → subordinate), overall and within each province.":
        "Đường dài nhất theo thứ bậc (cấp trên → cấp dưới), trên cả nước và trong từng tỉnh.",
    "Bodies that assign the most mandates": "Cơ quan giao nhiều nhiệm vụ nhất",
    "Mandates each body assigns, to how many distinct assignees, and how many ask for a report back.":
        "Số nhiệm vụ mỗi cơ quan giao, cho bao nhiêu cơ quan khác nhau, và bao nhiêu nhiệm vụ yêu cầu báo cáo lại.",
    "Mandates with no report-back": "Nhiệm vụ không yêu cầu báo cáo lại",
    "Tasks one body gives another without asking for any report back.":
        "Nhiệm vụ một cơ quan giao cho cơ quan khác mà không yêu cầu báo cáo lại.",
    "Cycles in the mandate and reporting graph": "Vòng lặp trong mạng giao nhiệm vụ và báo cáo",
    ("Loops of authority up to 6 bodies long (A assigns B or B reports to A, and back again): often an upward "
     "request or swapped roles in extraction."):
        "Vòng quyền hạn dài tối đa 6 cơ quan (A giao cho B hoặc B báo cáo cho A, rồi quay lại): thường là một "
        "đề nghị gửi lên cấp trên, hoặc vai trò bị đảo khi trích xuất.",
    "Betweenness on the mandate graph": "Vị trí trung gian trong mạng giao nhiệm vụ",
    "Bodies that sit between others on mandate chains (assigner → assignee), normalised 0-1.":
        "Cơ quan nằm giữa các cơ quan khác trên chuỗi giao nhiệm vụ (bên giao → bên nhận), chuẩn hóa 0-1.",
    "Restructure impact: old units per new unit": "Tác động sắp xếp: số đơn vị cũ của mỗi đơn vị mới",
    ("Former units whose territory went (wholly or partly) into each new unit, from the shares of territory and "
     "the units before and after each merger or split."):
        "Các đơn vị cũ có địa giới nhập (toàn bộ hoặc một phần) vào mỗi đơn vị mới, theo phần địa giới và các "
        "đơn vị trước và sau mỗi lần sáp nhập hay chia tách.",
    "Bodies whose last day falls in each year, by kind.":
        "Các cơ quan có ngày hoạt động cuối cùng trong mỗi năm, theo loại.",
    "body": "cơ quan", "obligations": "nghĩa vụ", "weighted per year": "có trọng số mỗi năm",
    "unknown frequency": "tần suất không rõ", "reporters": "cơ quan báo cáo", "top topics": "chủ đề chính",
    "direct subordinates": "cấp dưới trực tiếp", "by kind": "theo loại", "examples": "ví dụ", "scope": "phạm vi",
    "bodies": "cơ quan", "chain": "chuỗi", "mandates": "nhiệm vụ", "assignees": "bên nhận",
    "with report back": "có báo cáo lại", "assigner": "bên giao", "assignee": "bên nhận", "task": "nhiệm vụ",
    "length": "độ dài", "cycle": "vòng", "relations": "quan hệ", "betweenness": "độ trung gian",
    "assigned by": "được giao bởi", "assigns to": "giao cho", "new unit": "đơn vị mới", "old units": "đơn vị cũ",
    "partial shares": "phần địa giới", "effective": "hiệu lực", "old unit names": "tên đơn vị cũ",
    "year": "năm", "bodies ended": "cơ quan chấm dứt",
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
