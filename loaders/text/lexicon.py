"""Word lists of Vietnamese administrative writing, and the length-keeping fold rules match on.

Patterns are written in ordinary Vietnamese and compiled against ``match_form(text)``: the text
lowercased with tone marks placed one way (Ủy/Uỷ, hóa/hoá), character for character the same
length as the original, so a match's offsets are offsets into the stored text.
"""

from __future__ import annotations

import re

_TONE_MOVES = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_TONE_RE = re.compile("|".join(_TONE_MOVES))


def match_form(text: str) -> str:
    """Lowercase, one tone-mark placement, same length as ``text`` (NFC input)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lowercase is longer (not Vietnamese)
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(0)], lowered)


def rx(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in plain Vietnamese: folded like the text, spaces match any run
    of whitespace."""
    folded = match_form(source).replace(" ?", r"\s*")
    return re.compile(re.sub(r"(?<!\\) ", r"\\s+", folded), flags)


def alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces as written (``rx`` widens them)."""
    return "|".join(re.escape(match_form(w)).replace("\\ ", " ") for w in sorted(set(words), key=len, reverse=True))


# Departments of a provincial People's Committee (Sở) and divisions of a district one (Phòng),
# by the names texts give them; ministries share most of the same stems.
DEPARTMENT_NAMES = [
    "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương",
    "Xây dựng", "Giao thông vận tải", "Giao thông - Vận tải", "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Văn hóa - Thể thao",
    "Du lịch", "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Ngoại vụ", "Quy hoạch - Kiến trúc",
    "Quy hoạch và Kiến trúc", "Dân tộc và Tôn giáo", "Quy hoạch Kiến trúc", "Văn hóa - Thông tin",
    "Văn hóa và Thông tin", "Kinh tế", "Quản lý đô thị", "Tài chính - Kế hoạch", "Tài nguyên - Môi trường",
    "Lao động - Thương binh - Xã hội", "Giáo dục - Đào tạo", "Văn hóa - Xã hội", "Kinh tế - Hạ tầng",
    "An toàn thực phẩm",
]
MINISTRY_NAMES = [
    "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Y tế", "Giáo dục và Đào tạo", "Tư pháp", "Công Thương",
    "Xây dựng", "Giao thông vận tải", "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
    "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Công an", "Quốc phòng", "Ngoại giao",
    "Dân tộc và Tôn giáo",
]
# "ngành y tế" names the department of that sector
SECTOR_TO_DEPARTMENT = {
    "y tế": "Y tế", "giáo dục": "Giáo dục và Đào tạo", "tư pháp": "Tư pháp", "nội vụ": "Nội vụ",
    "tài chính": "Tài chính", "xây dựng": "Xây dựng", "công thương": "Công Thương",
    "văn hóa": "Văn hóa, Thể thao và Du lịch", "giao thông vận tải": "Giao thông vận tải",
    "tài nguyên và môi trường": "Tài nguyên và Môi trường",
}

# Titles of posts, most specific first; each maps to a role slug of the bmr: scheme.
TITLES = {
    "Ủy viên Bộ Chính trị": "uy-vien-bo-chinh-tri", "Bí thư Trung ương Đảng": "uy-vien-ban-bi-thu",
    "Ủy viên Trung ương Đảng": "uy-vien-trung-uong", "Ủy viên Ban Chấp hành Trung ương Đảng": "uy-vien-trung-uong",
    "Ủy viên dự khuyết Trung ương Đảng": "uy-vien-trung-uong", "Tổng Bí thư": "tong-bi-thu",
    "Chủ tịch nước": "chu-tich-nuoc", "Thủ tướng Chính phủ": "thu-tuong", "Thủ tướng": "thu-tuong",
    "Phó Thủ tướng Chính phủ": "pho-thu-tuong", "Phó Thủ tướng": "pho-thu-tuong",
    "Chủ tịch Quốc hội": "chu-tich-quoc-hoi",
    "Phó Bí thư Thường trực": "pho-bi-thu-thuong-truc", "Phó Bí thư": "pho-bi-thu", "Bí thư": "bi-thu",
    "Ủy viên Ban Thường vụ": "uy-vien-ban-thuong-vu", "Ủy viên Ban Chấp hành": "uy-vien-ban-chap-hanh",
    "Thành ủy viên": "uy-vien-ban-chap-hanh", "Tỉnh ủy viên": "uy-vien-ban-chap-hanh",
    "Huyện ủy viên": "uy-vien-ban-chap-hanh", "Quận ủy viên": "uy-vien-ban-chap-hanh",
    "Phó Chủ tịch Thường trực": "pho-chu-tich-thuong-truc", "Phó Chủ tịch": "pho-chu-tich", "Chủ tịch": "chu-tich",
    "Phó Chủ nhiệm": "pho-chu-nhiem", "Chủ nhiệm": "chu-nhiem",
    "Phó Trưởng ban Thường trực": "pho-truong-ban-thuong-truc", "Phó Trưởng ban": "pho-truong-ban",
    "Trưởng ban": "truong-ban", "Trưởng đoàn": "truong-doan",
    "Phó Giám đốc": "pho-giam-doc", "Giám đốc": "giam-doc", "Bộ trưởng": "bo-truong", "Thứ trưởng": "thu-truong",
    "Phó Vụ trưởng": "pho-vu-truong", "Vụ trưởng": "vu-truong", "Phó Trưởng phòng": "pho-truong-phong",
    "Trưởng phòng": "truong-phong", "Phó Chánh Văn phòng": "pho-chanh-van-phong", "Chánh Văn phòng": "chanh-van-phong",
    "Chánh Thanh tra": "chanh-thanh-tra", "Phó Chánh án": "pho-chanh-an", "Chánh án": "chanh-an",
    "Phó Viện trưởng": "pho-vien-truong", "Viện trưởng": "vien-truong",
}
# Titles that name their body by themselves ("Thành ủy viên" is a member of the Thành ủy).
TITLE_IMPLIES_BODY = {"Thành ủy viên": "Thành ủy", "Tỉnh ủy viên": "Tỉnh ủy", "Huyện ủy viên": "Huyện ủy",
                      "Quận ủy viên": "Quận ủy", "Ủy viên Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
                      "Ủy viên Ban Chấp hành Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
                      "Ủy viên dự khuyết Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
                      "Ủy viên Bộ Chính trị": "Bộ Chính trị", "Bí thư Trung ương Đảng": "Ban Bí thư",
                      "Thủ tướng Chính phủ": "Chính phủ", "Thủ tướng": "Chính phủ",
                      "Phó Thủ tướng Chính phủ": "Chính phủ", "Phó Thủ tướng": "Chính phủ",
                      "Chủ tịch Quốc hội": "Quốc hội", "Tổng Bí thư": "Ban Chấp hành Trung ương Đảng"}

SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "trương", "đinh", "lâm", "mai", "tô", "đoàn", "trịnh", "lương", "hà", "cao", "châu", "tạ",
    "thái", "quách", "lưu", "phùng", "kiều", "triệu", "la", "vương", "nông", "kim", "âu", "tăng", "từ", "giang",
    "đàm", "thân", "lại", "mạc", "văn", "khúc", "tống", "tôn", "chu", "hứa", "diệp", "nghiêm", "ninh", "đào",
    "thạch", "lò", "y", "h'", "ksor", "rơ", "danh", "sơn", "quan", "lữ", "viên", "ông", "bế", "hầu", "mã",
    "trình", "đồng", "đậu", "khổng", "lục", "phí", "bạch", "cù", "doãn", "giáp", "kha", "lạc", "mẫn", "ôn",
}

# Verbs by which an assigner hands a task down.
ASSIGN_VERBS = ["giao nhiệm vụ cụ thể cho", "giao nhiệm vụ cho", "giao trách nhiệm cho", "giao cho", "giao",
                "yêu cầu", "đề nghị", "chỉ đạo", "phân công", "lãnh đạo, chỉ đạo", "lãnh đạo"]
# Verbs by which a lower body asks a higher one: never a mandate.
UPWARD_VERBS = ["kiến nghị", "đề xuất", "kiến nghị với", "đề xuất với", "xin ý kiến", "trình"]
# Modal words that mark the subject's duty ("X cần ...", "X có trách nhiệm ...").
DUTY_MODALS = ["có trách nhiệm", "chịu trách nhiệm", "cần phải", "phải", "cần", "cần sớm", "sớm", "khẩn trương",
               "chủ động", "tiếp tục", "tập trung", "tăng cường", "thường xuyên", "đẩy mạnh", "quyết liệt"]
# Verbs a task starts with.
ACTION_VERBS = {
    "lãnh đạo, chỉ đạo": "lanh-dao", "lãnh đạo": "lanh-dao", "chỉ đạo": "chi-dao", "chủ trì": "chu-tri",
    "phối hợp": "phoi-hop", "tham mưu": "tham-muu", "báo cáo": "bao-cao", "theo dõi": "theo-doi",
    "kiểm tra": "kiem-tra", "giám sát": "giam-sat", "hướng dẫn": "huong-dan", "đôn đốc": "don-doc",
    "rà soát": "ra-soat", "ban hành": "ban-hanh", "triển khai": "trien-khai", "xây dựng": "xay-dung",
    "tổ chức thực hiện": "to-chuc-thuc-hien", "thực hiện": "thuc-hien", "tổng hợp": "tong-hop",
    "quán triệt": "quan-triet", "tuyên truyền": "tuyen-truyen", "giải quyết": "giai-quyet", "trình": "trinh",
    "đề xuất": "de-xuat", "kiến nghị": "kien-nghi",
}
OTHER_VERBS = [
    "tổ chức", "cụ thể hóa", "sắp xếp", "đẩy nhanh", "đẩy mạnh", "nghiên cứu", "đổi mới", "kiện toàn", "bố trí",
    "phân cấp", "ủy quyền", "tháo gỡ", "lắng nghe", "bám sát", "chú trọng", "bảo đảm", "đảm bảo", "tăng cường",
    "vận động", "quy định", "thành lập", "phân công", "rà soát", "đánh giá", "cập nhật", "hoàn thiện", "sửa đổi",
    "bổ sung", "có phương án", "quản lý", "khai thác", "xử lý", "tập huấn", "bồi dưỡng", "đào tạo", "nâng cao",
    "tạo điều kiện", "ưu tiên", "hỗ trợ", "chuẩn bị", "khảo sát", "cải cách", "thẩm định", "phê duyệt", "vận hành",
    "tiếp nhận", "bàn giao", "công khai", "xác định", "thống kê", "lập", "hoàn thành", "chấn chỉnh", "khắc phục",
    "tăng tốc", "làm tốt", "giữ vững", "duy trì", "phát huy", "tập trung", "kiểm điểm", "thanh tra", "điều chỉnh",
    "rút kinh nghiệm", "đầu tư", "phát triển", "tiếp tục", "ứng dụng", "số hóa", "trình", "đề xuất", "giao",
]
# Adverbs and modals that may precede a task's verb.
TASK_PREFIXES = ["tiếp tục", "khẩn trương", "chủ động", "tập trung", "tăng cường", "thường xuyên", "kịp thời",
                 "nghiêm túc", "sớm", "cần", "phải", "cần phải", "có trách nhiệm", "chịu trách nhiệm", "cũng",
                 "đặc biệt", "quyết liệt", "đẩy mạnh", "khẩn trương", "nhanh chóng", "cùng", "trực tiếp", "đồng thời"]

# Connectives that open a subject-less sentence continuing the previous assignment.
CONTINUATION_OPENERS = ["đồng thời", "cùng với đó", "cùng đó", "song song đó", "song song với đó", "ngoài ra",
                        "bên cạnh đó", "trong đó", "mặt khác", "đặc biệt", "sau đó", "tiếp đó", "trước mắt"]

FREQUENCIES = {
    "hàng ngày": "daily", "hằng ngày": "daily", "mỗi ngày": "daily",
    "hàng tuần": "weekly", "hằng tuần": "weekly", "mỗi tuần": "weekly",
    "hàng tháng": "monthly", "hằng tháng": "monthly", "mỗi tháng": "monthly",
    "hàng quý": "quarterly", "hằng quý": "quarterly", "mỗi quý": "quarterly",
    "6 tháng": "semiannual", "sáu tháng": "semiannual", "6 tháng một lần": "semiannual",
    "hàng năm": "annual", "hằng năm": "annual", "mỗi năm": "annual",
    "định kỳ": "periodic", "thường xuyên": "periodic", "đột xuất": "ad-hoc",
}
