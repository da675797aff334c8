"""Compiled patterns read only inside a task: chained directions, joint tasks, reports and their
recipients, sends of results and deliverables, purposes and advice that are no report.

Apart from ``patterns.py`` because only the task and reporting readers (``tasks.py``,
``reporting.py``, ``recipients.py``) use them.
"""

from __future__ import annotations

import re

from bomay.loaders.text.duties.words import EX_OFFICIO_HEADS, HONORIFICS
from bomay.loaders.text.lexicon import _V, TASK_PREFIXES, alternation, rx

_THROUGH_RX = rx(r"\s*thông qua\s+")
_THROUGH_FOR_RX = rx(r"\s*(?:để|cho)\s+")
_STOP_RX = rx(r"[;.]|,\s+báo cáo|\s+và\s+báo cáo|,\s+(?:đồng thời|định kỳ)(?! gửi)")
_PARTNER_RX = rx(r"(?:với|cùng)\s+")
_RECIPIENT_HONORIFIC_RX = rx(r"(?:" + alternation(HONORIFICS) + r")\s+")
_LATE_SEND_RX = rx(r",\s*gửi(?: hỏa tốc| ngay)?(?: về| đến| tới| cho| lên)?\s+")
_PURPOSE_WORD_RX = rx(r"\b(?:để|nhằm|giúp)\s")
# "Các cơ quan liên quan", "Các đơn vị có liên quan": wholly unspecified bodies (gold README) get no duty
_UNSPECIFIED_RX = re.compile(r"^Các (?:cơ quan|đơn vị|tổ chức)(?:,? (?:và )?(?:cơ quan|đơn vị|tổ chức|cá nhân))*"
                             r" (?:có )?liên quan\b", re.IGNORECASE)
_BARE_HEAD_RX = rx(r"(?:bí thư|chủ tịch|giám đốc|trưởng ban|thủ trưởng cơ quan|tổ trưởng)"
                   r"(?=\s*(?:[,;.]|$|trước|để|theo|định kỳ|hằng|hàng))")
# "gửi (về) X" written just before a report: X receives it ("gửi Bộ Tài chính báo cáo tình hình …")
_SEND_BEFORE_RX = rx(r"(?<!\w)gửi(?: về| đến| tới| cho| lên)?\s*$")
# the results of a task sent to a body: ", gửi kết quả (thẩm định) về X", "; kết quả gửi về X"
_RESULT_NOUNS = alternation(_V.reporting_cues("result_noun"))
_SEND_RESULT = (r"\s*(?:gửi (?:" + _RESULT_NOUNS + r")(?: [^,;.]{0,40}?)?|(?:" + _RESULT_NOUNS
                + r")(?: [^,;.]{0,40}?)? gửi)(?: về| đến| tới| cho| lên)\s+")
_SEND_RESULT_RX = rx(r"(?:(?<=,)|(?<=;))" + _SEND_RESULT)  # after a comma or a semicolon inside the task
_SEND_RESULT_START_RX = rx(_SEND_RESULT)  # the task itself ("yêu cầu B gửi kết quả về X"), matched at its start
_COMMA_CHAIN_RX = rx(r"lãnh đạo,\s+")
_MANNER_ONLY_RX = rx(r"[\s,]*(?:(?:nhanh|kịp thời|đầy đủ|ngay|chính xác|bằng văn bản|khẩn trương|trung thực)"
                     r"(?:[\s,]|và)*)+")
# a report made with a proposal goes to the body proposed to: right after "báo cáo" ("báo cáo, đề xuất X") or after
# its topic ("báo cáo diễn biến sạt lở và đề xuất X")
_PROPOSAL = r"(?:đề xuất|kiến nghị)\s+"
_ALONGSIDE_RX = rx(r",?\s*(?:và\s+)?" + _PROPOSAL)
_LATE_PROPOSAL_RX = rx(r"\s*(?:,|\bvà)\s*" + _PROPOSAL)
_AS_PRESCRIBED_RX = rx(r"(?:theo (?:đúng )?(?:quy định|thẩm quyền)|xem xét|xem xét, (?:quyết định|chỉ đạo))"
                       r"(?: của pháp luật)?")
_CLAUSE_CHAIN_RX = rx(r";\s*(?:lãnh đạo, chỉ đạo|chỉ đạo)\s+")
# a bare head word naming the assigner itself: "gửi về Bộ", "báo cáo Sở" (no name follows)
_SELF_HEADS = ["bộ", "sở", "cục", "tổng cục", "ban", "ủy ban", "văn phòng", "thanh tra", "phòng"]
_SELF_HEAD_RX = rx(r"(" + alternation(_SELF_HEADS) + r")(?=\s*(?:[,;.(]|$|trước|để|theo|định kỳ|hằng|hàng|trong|qua))")
_REPORT_TARGET_RX = rx(r"\s*(?:" + alternation(_V.reporting_cues("recipient_intro")) + r")\s+")
# "báo cáo ABOUT gửi (hỏa tốc) (về|đến) X", "báo cáo ABOUT về/cho/lên X"
_REPORT_SEND_RX = rx(r"(?:\bgửi(?: hỏa tốc| ngay| trực tiếp)?(?: về| đến| tới| cho| lên)?|\bcho|\blên|\bvới|\btới|\bđến"
                     r"|\bvề)\s+")
_ALSO_SEND_RX = rx(r"[,;]\s*(?:đồng thời|và|đồng gửi)\s*,?\s*gửi(?: hỏa tốc| ngay)?(?: về| đến| tới| cho| lên)?\s+")
_SEND_CLAUSE_RX = rx(r"gửi(?: hỏa tốc| ngay)?(?: về| đến| tới| cho| lên)?\s+")
_SENT_TAIL_RX = rx(r",?\s+(?:gửi|để)\s")
_COMPILER_RX = rx(r"\s*(?:có cơ sở |có căn cứ |kịp thời )?(?:" + alternation(_V.reporting_cues("compile_verb"))
                  + r")\b")
_DELIVERABLE_RX = rx(r"(?:" + alternation(_V.reporting_cues("deliverable_verb")) + r")\b")
_PURPOSE_RX = rx(r"\s(?:để|nhằm)\s")
_PURPOSE_BEFORE_RX = rx(r"\b(?:để|nhằm) (?:tổng hợp,?|kịp thời) $"
                        r"|\b(?:gửi|dự thảo|tham mưu|trình) [^;.]{0,90}\b(?:để|nhằm) (?:tổng hợp,? )?$"
                        # "gửi Văn phòng UBND tỉnh tổng hợp báo cáo UBND tỉnh": the office compiles and reports
                        r"|\bgửi (?:về |đến |tới |cho )?[^;.,]{3,60}? tổng hợp,? $"
                        # "… để trình Hội nghị BCH thông qua, trước khi báo cáo Trung ương": not the assignee's
                        r"|\b(?:để|nhằm) [^;.]{0,130}\b(?:trước khi|sau khi) $")
_GIAO_CHO_RX = rx(r"\bgiao(?: cho)?\s")
_ADVICE_BEFORE_RX = rx(r"\b(?:" + alternation(_V.reporting_cues("advice_before")) + r")(?: cho)? [^,;.]{0,40}$")
_NOT_REPORT_BEFORE_RX = rx(r"(?<!\w)(?<!văn\ )(?:" + alternation(_V.reporting_cues("not_report_before")) + r")\s+$")
_JOINT_RX = rx(r"(?:\s*(?:" + alternation(TASK_PREFIXES) + r")\b)*\s*,?\s*(?:(?:căn cứ|theo) (?:chức năng,? nhiệm vụ"
               r"|chức năng và nhiệm vụ)(?: được giao)?,?\s*)?(?:chủ trì,?\s*)?phối hợp")
# a title before another title of the same body: "Chủ tịch hoặc Phó Chủ tịch UBND tỉnh", "Giám đốc, Phó Giám đốc Sở X"
_SHARED_HEAD_RX = rx(r"(?:phó )?(?:" + alternation(EX_OFFICIO_HEADS) + r")\s*(?:hoặc|và|,|/)\s*(?=(?:phó )?(?:"
                     + alternation(EX_OFFICIO_HEADS) + r")\b)")
