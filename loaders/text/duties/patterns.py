"""Compiled patterns of a sentence's shape: openers and list markers, where a subject may stand,
speakers and their cues, addressees, modals and task verbs, times set off before a task.

Built once at import from the word lists (``words.py``). The patterns read only inside a task
(reports, recipients, chains, partners) are in ``task_patterns.py``, so this module holds what
decides who speaks to whom.
"""

from __future__ import annotations

import re

from bomay.loaders.text.duties.words import (
            AIM_CUES,
            ANAPHORIC_PLURALS,
            BARE_TITLES,
            CHAIR_CUES,
            CONDITION_NOUNS,
            CONDITION_OPENERS,
            CONVEY_VERBS,
            CONVEYED_OPINIONS,
            DEADLINE_OPENERS,
            DISTRIBUTIVES,
            EX_OFFICIO_HEADS,
            EXTRA_DUTY_MODALS,
            EXTRA_TASK_VERBS,
            GAP_ADVERBS,
            GOVERNMENT_HEADS,
            HONORIFICS,
            ISSUE_CUES,
            LIST_LABELS,
            MANDATE_FRAME_OPENERS,
            MEETING_WORDS,
            POINT_OPENERS,
            SPEAKER_CUES,
            SPEECH_ENDS,
            SUBJECT_QUANTIFIERS,
            TOPIC_ADJUNCTS,
            WRITTEN_DIRECTIVES,
)
from bomay.loaders.text.lexicon import (
            _V,
            ACTION_VERBS,
            ASSIGN_VERBS,
            CONTINUATION_OPENERS,
            DUTY_MODALS,
            OTHER_VERBS,
            TASK_PREFIXES,
            alternation,
            rx,
)

_OPENERS = [*CONTINUATION_OPENERS, *MANDATE_FRAME_OPENERS, *(o + " để" for o in DEADLINE_OPENERS),
            *DEADLINE_OPENERS, "theo đó", "do đó", "vì vậy", "riêng", "qua đó", "từ đó",
            "tuy nhiên", "đối với", "trước hết"]
_SOURCE_TAG = r"(?:\([^()]{1,40}\)\s*[-–]?\s*)?"  # "(Thanh tra) - …", "(Baoquangngai.vn)- …"
_LIST_MARKER = r"(?:điều \d+[.:]\s*|[-–+•*]\s*|\(?\d{1,2}[.)/-](?!\d)\s*|\(?[a-zđ][)]\s*|[ivx]{1,4}[.)]\s+)?"
_HEAD_BEFORE_RX = rx(r"(?:(?:các )?đồng chí )?(?:" + alternation(EX_OFFICIO_HEADS) + r")\s+(?:các\s+)?$")
_GOV_HEAD_RX = rx(r"(?<!\w)(?:" + alternation(GOVERNMENT_HEADS) + r")(?!\w)")
# the heads of the National Assembly speak for its Standing Committee, which they chair ("Chủ tịch Quốc hội đề
# nghị Chính phủ …"; the gold reads "báo cáo Chủ tịch Quốc hội" so)
_ASSEMBLY_HEAD_RX = rx(r"(?<!\w)(?:phó )?chủ tịch quốc hội(?!\w)")
_ISSUE_GAP_RX = rx(r"\s*(?:(?:đã|cũng|vừa) )*(?:(?:\d+|nhiều|hai|ba) lần )?(?:" + alternation(ISSUE_CUES)
                   + r") (?:(?:thêm|nhiều|các|một số|hai|ba|\d+) )?(?:" + alternation(WRITTEN_DIRECTIVES)
                   + r")\b[^;:]{0,90}?(?=\s(?:giao|yêu cầu|đề nghị|chỉ đạo)\b)")
_CHAIR_RX = rx(r"\s*(?:đã |vừa )?(?:" + alternation(CHAIR_CUES)
               + r")(?:(?: [^,;.]{0,40}?)?(?: của| với)? |(?=[.,;]|$))")  # "… chủ trì cuộc họp." ends one too
_LABEL_CORE = r"(?:các )?(?:" + alternation(LIST_LABELS) + r")\s*:\s*"  # "Các Bộ: Quốc phòng, …"
_LIST_LABEL = r"(?:" + _LABEL_CORE + r")?"
_HONORIFIC_OPENER_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER + r"(?:(?:" + alternation(_OPENERS)
                          + r")\b\s*,?\s*)?(?:" + alternation(HONORIFICS) + r")\s+")
_ADJUNCT_RX = rx(r"[\"“‘«(\s]*(?:" + alternation(TOPIC_ADJUNCTS) + r")\b")
_TITLE_TAIL_RX = rx(r"(?:\s*(?:thường trực|chính phủ|,))*\s*")
_SENT_TO_RX = rx(r"\bgửi (?:đến |tới |cho )?")
_CONT_ADJUNCT_RX = rx(r"(?:đối với|trong quá trình|trường hợp|riêng đối với|về) [^,;:.]{3,80}?,\s*")
_TRAILING_HONORIFIC_RX = rx(r"(?<=[,\s])(?:" + alternation(HONORIFICS) + r")\s+$")
_TERM_RX = rx(r"(?:,?\s*(?:khóa [ivxlc\d]+|nhiệm kỳ \d{4} ?[-–] ?\d{4}))+,?(?=\s)")
_LIST_ITEM_RX = re.compile(r"[,;]\s*(?:và\s+)?[A-ZĐÀ-Ỹ]\w*")
_AIM_RX = rx(r"\b(?:" + alternation(AIM_CUES) + r")\b")
_MEETING_OF_RX = rx(r"\b(?:" + alternation(MEETING_WORDS)
                    + r")(?:(?: thứ [\w]+| lần thứ [\w]+)(?: mở rộng)?(?:,\s*|\s+)"
                    r"|(?: thường kỳ(?: tháng [\d/]+)?)?(?: mở rộng)?\s+)(?:của )?")  # "Phiên họp thứ 26, Thường trực"
# an occasion written before a speaker's title without a comma ("Tại buổi làm việc Bí thư Huyện ủy …")
_OCCASION_LEAD_RX = rx(r"[\"“‘«(\s]*(?:tại|trong|phát biểu tại|kết luận) (?:buổi|hội nghị|cuộc họp|phiên họp|kỳ họp)"
                       r"[^,.;:]{0,60}\s+")
_TITLE_START_RX = rx(r"(?:" + alternation(BARE_TITLES) + r")\b")
_TOLD_LEAD_RX = rx(r"(?:[^.;:]|\.(?=\d)){0,120}?\bcho biết\s*,\s*")  # a source telling what a place did
_LEADERS_OF_RX = rx(r"lãnh đạo (?=tỉnh|thành phố|tp|huyện|thị xã|quận)")  # "lãnh đạo tỉnh chỉ đạo …"
_SESSION_RX = rx(r"\bkỳ họp\b")  # a People's Council's session
_MEETING_CUE_RX = rx(r"\b(?:tại|bế mạc|khai mạc|kết luận|chủ trì) $")
_APPOSED_NAME_RX = rx(r",\s*(?:ông|bà|đồng chí)\s+")
# "Thay mặt Thường trực HĐND tỉnh, bà NAME (, TITLE,) đề nghị …": the person speaks for the body named
_ON_BEHALF_RX = rx(r"thay mặt (?:cho )?")
_TITLE_APPOSED_RX = rx(r",[^,.;:]{3,80},")
_AUTHOR_OF_RX = rx(r"\b(?:kết luận|ý kiến kết luận) của ")
_ANAPHORA_RX = rx(r"(?:" + alternation(ANAPHORIC_PLURALS)
                  + r")(?:( trên| nêu trên| này| đó))?\b(?!,? (?:có )?liên quan)")
# "từng ngành, từng địa phương …" (maybe after "Văn bản nêu rõ,"): each of the bodies just addressed
_EACH = r"(?:" + alternation(DISTRIBUTIVES) + r") (?:" + alternation(LIST_LABELS) + r")"
_DISTRIBUTIVE_RX = rx(r"[\"“‘«(\s]*(?:[^,;:.]{0,40}?\b(?:" + alternation(SPEECH_ENDS) + r")\s*[,:]\s*)?"
                      + _EACH + r"(?:,? (?:và )?" + _EACH + r")*\s*,?\s*")
_POINT_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER + r"(?:" + alternation(POINT_OPENERS) + r")\s")
_PERSONAL_RX = rx(r"(?:ông|bà)\s")
_LEAD_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER)
_POWER_RX = rx(r"quyền\s+(?:yêu cầu|đề nghị)\s*$")
# "có 16 lượt ý kiến của các vị đại biểu HĐND huyện đề nghị …": the deputies' opinions request
_OPINIONS_OF_RX = rx(r"\bý kiến (?:của )?$")
_DEPUTIES_RX = rx(r"(?<!\w)(?:các vị |các |nhiều |một số |nhiều vị )?đại biểu (?:hđnd|hội đồng nhân dân)\b ?")
_FUTURE_RX = rx(r"(?:sẽ|sẽ tiếp tục)\s+")
_ATTENDANCE_RX = rx(r"[\"“‘«(\s-]*(?:cùng |tới |đến )?(?:tham )?dự (?:[^:;.]{0,60}?)?(?:có|gồm)\b")
_PRONOUN_SUBJECT_RX = rx(r"[\"“‘«(\s]*(?:đồng chí|ông|bà)(?=\s+(?:cũng\s+)?(?:yêu cầu|đề nghị|giao|chỉ đạo|nhấn mạnh"
                         r"|lưu ý|khẳng định)\b)")
_PLURAL_OPENS_RX = rx(r"các (?=\w)")
_PRONOUN_AFTER_ADJUNCT_RX = rx(r"(?<=,)\s?(?:đồng chí|ông|bà)"
                               r"(?=\s+(?:cũng\s+)?(?:yêu cầu|đề nghị|giao|chỉ đạo)\b)")
_UNIT_ADDRESSERS = ("government", "ministry", "peoples_committee", "peoples_council")
_PAREN_RX = re.compile(r"\s*\([^()]{0,100}\)")
_ADDRESSEE_LABEL_RX = rx(r"(?:(?:" + alternation(EX_OFFICIO_HEADS) + r")\s+)?" + _LABEL_CORE)
_TOPIC_HEAD_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER + r"(?:riêng đối với|đối với|riêng với|với|riêng"
                    r"|(?:trách nhiệm|nhiệm vụ) (?:cụ thể )?của)\s+")  # "Trách nhiệm của Sở X: chủ trì …"
_MEETING_REPORT_RX = rx(r"[\"“‘«(\s]*(?:tại|trong) (?:hội nghị|cuộc họp|phiên họp|buổi làm việc|kỳ họp)\b")
_REPORTED_AT_MEETING_RX = rx(r"(?:báo cáo|trình bày|thông qua|phát biểu|tham luận)\b")
# "(Báo X) – …", "TPO - …", "VOV.VN - …", "CẦN THƠ – …": a source tag or dateline before the news
_SOURCE_TAG_RX = rx(r"[\"“‘«\s]*(?:\([^()]{1,40}\)\s*[-–]?|[\w.]{2,12}(?: [\w.]{2,12}){0,2} ?[-–])\s*")
_IMPERSONAL_RX = rx(r"(?:cần|phải|cần phải|nên)\b")
_REF_LEAD_RX = rx(r"(?<!\w)(?:(?:đồng chí|ông|bà)\s+)?(?:(?:" + alternation(BARE_TITLES) + r")\s+)?$")
_CONVEY_RX = rx(r"(?:" + alternation(CONVEY_VERBS) + r") (?:" + alternation(CONVEYED_OPINIONS) + r")(?: của)? ")
# "giao thông", "giao dịch", "giao lưu" … are nouns, not "giao" (assign)
_NOT_GIAO = r"(?:(?<!giao)|(?!\s+(?:thông|dịch|lưu|tiếp|hữu|hàng|nhận|thoa|lộ|diện|tế|thừa|kèm|khoán)\b))"
_ASSIGN_RX = rx(r"(?:" + alternation(ASSIGN_VERBS) + r")\b" + _NOT_GIAO)
# a second predicate of the same subject: "A đã thành lập B, đồng thời giao C …", "… và giao C …"
_COORDINATED_GAP_RX = rx(r"(?:,\s*(?:và\s+)?đồng thời|,?\s+và(?:\s+đồng thời)?)\s*$")
_GAP_LEAD_RX = rx(r"\s*(?:(?:đã|cũng|vừa|sẽ) )*")
# a person named with an honorific and no title ("đồng chí Lâm Minh Thành giao …", "ông Hoan giao …"): only the
# honorific is matched here (the name is read on the text, its capitals)
_UNTITLED_PERSON_RX = rx(r"(?<!\w)(?:đồng chí|ông|bà)\s+")
_GAP_ADVERBS_RX = rx(r"(?:\s|,|" + alternation(GAP_ADVERBS) + r")*$")
_RECEIVER_INTRO_RX = rx(r"(?:nhiệm vụ(?: cụ thể)? cho|trách nhiệm cho|cho) ")
# words that open a subject after a condition's comma ("Khi có cháy rừng, các xã … báo cáo"): not the condition's
_SUBJECT_START = r"(?:" + alternation(_V.sentence_cues("subject_start")) + r")\b"  # words/sentence_cues.csv
_CONDITION = (r"(?:trong quá trình [^,;.]{0,40},\s*)?(?:" + alternation(CONDITION_OPENERS)
              + r") (?:" + alternation(CONDITION_NOUNS) + r")(?:,? (?:" + alternation(CONDITION_NOUNS)
              + r"))*[^,;.]{0,30}?,?\s*"
              r"(?=kịp thời|phải|cần|báo cáo|(?:" + alternation(ANAPHORIC_PLURALS) + r") )"
              # any case that calls for a report: "Trường hợp đặc biệt, … không thể tham dự phải báo cáo Chủ tịch …"
              r"|(?:trường hợp|nếu|khi) [^,;.:]{0,60}?(?:,\s*(?!" + _SUBJECT_START + r")[^,;.:]{0,60}?)?,?\s*"
              r"(?=(?:phải |thì |kịp thời |cần )*báo cáo\b)")
_OPENER_RX = rx(r"[\"“‘«(\s]*" + _SOURCE_TAG + _LIST_MARKER + _LIST_LABEL + r"(?:(?:" + alternation(_OPENERS)
                + r")\b\s*,?\s*)?(?:" + _CONDITION + r")?(?:(?:" + alternation(SUBJECT_QUANTIFIERS) + r")\s+)?")
_SPEECH_END_RX = rx(r"(?:nhấn mạnh|lưu ý|yêu cầu|đề nghị|cho rằng|khẳng định|chỉ rõ|nêu rõ|chỉ thị)"
                    r"(?: rằng)?\s*[:,]?\s*$")
_SPEAKER_CUE_RX = rx(r"\b(?:" + alternation(SPEAKER_CUES) + r")\b")
_SPEAKER_RX = rx(r"\s*(?:cũng |đã |vừa )*(?:" + alternation(SPEAKER_CUES) + r")\b")
_HEAD_OF_RX = rx(r"(?:thủ trưởng|lãnh đạo|người đứng đầu|chủ tịch|giám đốc)\s+")
# a modal before a quantity or a passive is a need, not a duty ("… cần 120 tỷ đồng", "Sở X cần được bổ sung …");
# "cũng"/"còn" (also) may come before it ("UBND huyện X còn có trách nhiệm …")
_MODAL_RX = rx(r"\s*(?:(?:cũng|còn)\s+)?(?:" + alternation([*DUTY_MODALS, *EXTRA_DUTY_MODALS])
               + r")\b(?!\s+(?:\d|được\b))")
_VERB_LIST = sorted(set(ACTION_VERBS) | set(OTHER_VERBS) | set(EXTRA_TASK_VERBS), key=len, reverse=True)
_VERB_RX = rx(r"(?:" + alternation(_VERB_LIST) + r")\b")
_PREFIX_RX = rx(r"(?:\s*(?:" + alternation(TASK_PREFIXES) + r")\b,?)*\s*")
# "Bộ X, theo chức năng, nhiệm vụ được giao, chỉ đạo …": the remit set off by commas before the task
_REMIT_RX = rx(r",\s*(?:" + alternation([p for p in TASK_PREFIXES if "chức năng" in p or "thẩm quyền" in p])
               + r")\s*,?\s*")
_NOT_DUTY_RX = rx(r"\s*(?:có quyền|đã|vừa|cho biết|"
                  r"ghi nhận|biểu dương|báo cáo tại|phát biểu|dự|tham dự|là|được(?! (?:giao|yêu cầu|phân công))"
                  r"|kiến nghị"
                  r"|đề xuất|tổ chức hội nghị|tổ chức (?:phiên họp|cuộc họp|họp phiên)|họp (?:phiên|thường kỳ|giao ban)"
                  r"|có buổi làm việc|có kết luận|xác định"
                  r"|trình bày|luôn|nêu)\b")
_UPWARD_RX = rx(r"\b(?:kiến nghị|đề xuất|xin ý kiến)\b")
# a chain verb phrase holds "chỉ đạo", "lãnh đạo", "giao" or "phân công", maybe with its companions: "hướng dẫn,
# chỉ đạo B", "chỉ đạo, đôn đốc B", "lãnh đạo, chỉ đạo B", "(A đề nghị UBND huyện) giao B …"
_CHAIN_WORD = r"(?:lãnh đạo|chỉ đạo|hướng dẫn|đôn đốc|kiểm tra|giao|phân công)"
# manner adverbs between the chain verbs: "chỉ đạo quyết liệt, khẩn trương hướng dẫn B …"
_CHAIN_MANNER = (r"(?:,?\s*(?:quyết liệt|khẩn trương|chặt chẽ|sát sao|kịp thời|thường xuyên|nghiêm túc|tích cực"
                 r"|chủ động)\b)*")
_CHAIN_RX = rx(r"(?=(?:" + _CHAIN_WORD + r"(?:,? (?:và )?)?)*(?:lãnh đạo|chỉ đạo|giao|phân công)\b)" + _CHAIN_WORD
               + _CHAIN_MANNER + r"(?:(?:,| và|, và) " + _CHAIN_WORD + _CHAIN_MANNER + r"|(?:,\s*|\s+)" + _CHAIN_WORD
               + r")*\s+")
# a sentence opening with the text it carries out ("Thực hiện chỉ đạo của …", "Thực hiện Công văn số …")
_BASIS_LEAD_RX = rx(r"thực hiện (?:ý kiến )?(?:chỉ đạo|kết luận|chỉ thị|công văn|văn bản|công điện|thông báo|kế hoạch"
                    r"|quyết định|nghị quyết)(?: kết luận)? (?:số|của)\b")
_AND_DATE_RX = rx(r"và (?:ngày )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")  # "trước ngày 01/6 và 01/12"
_WHEN_CLAUSE_RX = rx(r"(?:khi|nếu|trường hợp|trong trường hợp) [^,;:.]{1,50},\s*")
# bodies listed after "đối với" / "làm việc với" (blanked by _unnamed): the next one of the list is an object too
# ("Đối với Sở X, UBND tỉnh yêu cầu …" opens with its topic: the body after it speaks)
_OBJECT_LIST_RX = rx(r"\w (?:đối với|làm việc với) _+(?: ?, ?_+)* ?,$")
_PARTNER_LIST_RX = rx(r"phối hợp(?: chặt chẽ)?(?: với| cùng)? [_\s,]*(?:và [_\s,]*)?$")
_HEARD_RX = rx(r"\bnghe (?:đại diện |lãnh đạo )?$")
_BASIS_RX = rx(r"(?:căn cứ|trên cơ sở|dựa trên|dựa vào)\b")
_COOPERATE_RX = rx(r"phối hợp(?: chặt chẽ)?(?: với| cùng)?\s+")
_PARTNERS_HEAD = r"các [^,;:.]{1,25}(?:, [^,;:.]{1,20}){0,3}:"
# "phối hợp với các Bộ: Tài chính, Xây dựng …": the partners named one by one after their plural head
_PARTNERS_LISTED_RX = rx(r"phối hợp(?: chặt chẽ)?(?: với| cùng)? " + _PARTNERS_HEAD + "$")
_PARTNERS_HEAD_RX = rx(_PARTNERS_HEAD + r"\s*")
_REPORT_RX = rx(r"báo cáo\b")
_POINT_HEAD_RX = rx(r"[\"“‘«(\s]*(?:về|đối với) [^:;.]{1,40}:\s*")
_LEVEL_SUBJECT_RX = rx(r"(?:ubnd |ủy ban nhân dân )?cấp (xã|huyện|tỉnh)\s+")
_RESULT_REPORT_RX = rx(r"(?:" + alternation(_V.reporting_cues("result_noun")) + r")(?: [^,;.:]{0,40}?)?,? "
                       r"(?=(?:báo cáo|gửi)(?: về| lên| cho)? )")
_QUALIFIER_RX = rx(r"\s+(?:ở|tại|thuộc|trực thuộc)\s[^;:.]{0,40}?(?=\s(?:" + alternation(_VERB_LIST) + r")\b)")
# "trên địa bàn (tỉnh)" between the subjects and their task ("… các đoàn thể trên địa bàn cần …")
_ON_AREA_RX = rx(r"\s+trên (?:cùng )?địa bàn(?: (?:toàn )?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?")
_TOPIC_INTRO_RX = rx(r"(?:về trách nhiệm của|đối với|riêng với|về phía)\s+$")
_PREFIX_DUTY_RX = re.compile(r"(?<!phát biểu )(?:giao|yêu cầu|đề nghị|phân công|phối hợp|báo cáo|chỉ đạo)\b")
_GIAO_RX = rx(r"(?:giao" + _NOT_GIAO + r"|yêu cầu|đề nghị)(?: nhiệm vụ(?: cụ thể)? cho| cho)?\s+")
_RUN_QUALIFIER_RX = rx(r"\s+(?:thuộc|trực thuộc|trên địa bàn|của) (?:tỉnh|thành phố|huyện|quận|thị xã|xã|trung ương"
                      r"|chính phủ|ủy ban nhân dân tỉnh|ubnd tỉnh)\b")
# a demonstrative after a body's name ("UBND thành phố này"): the body just named
_DEMONSTRATIVE_RX = rx(r"\s+(?:này|nói trên)(?!\w)")
_LOCALITIES_LABEL_RX = rx(r"các địa phương ?: ?")
_RUN_JOIN_RX = rx(r"\s*(?:,|;|và|,\s*và|cùng|với)\s*")
# unspecified members closing a listed subject (", các cơ quan, đơn vị liên quan", "và các cơ quan có liên quan"):
# not bodies, the named ones act
_VAGUE_TAIL_RX = rx(r"\s*(?:,\s*(?:và\s+)?|và\s+)(?:các|những)\s+(?:" + alternation(_V.body_cues("unspecified_member"))
                    + r")(?:\s*,?\s*(?:và\s+)?(?:" + alternation(_V.body_cues("unspecified_member"))
                    + r"))*(?:\s+(?:có\s+)?liên quan)?(?=\s)")
# "Các bộ đến nay chưa có báo cáo theo văn bản …, khẩn trương …": a clause picking out which members are meant
_RELATIVE_RX = rx(r"\s+(?:" + alternation(_V.sentence_cues("subject_relative")) + r")\b[^;:.]{0,220}?,\s*")
# a time before the addressees of a request: "đề nghị tháng 12/2018 Thường trực HĐND …", "yêu cầu trong năm 2024 các …"
_TIME_ADJUNCT_RX = rx(r"(?:ngay |trong |từ nay đến |từ nay tới )?(?:tháng|quý|năm|tuần) "
                      r"(?:[\divx]+(?:/\d{2,4})?|này|tới)(?: năm \d{4})?,?\s+"
                      r"|trong (?:thời gian|giai đoạn) (?:tới|này),?\s+"
                      r"|(?:ngay )?(?:sau|trước) (?:kỳ họp|hội nghị|cuộc họp|buổi làm việc)(?: này)?,\s+")
# a span of days or a time clause set off before a duty's subject or after a request: "Từ ngày 30/4 đến hết ngày
# 3/5, …", "yêu cầu: sau khi kết thúc đại hội, …" (deadlines and frequencies are read by deadlines.py)
_DATE = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
# "Văn bản của UBND tỉnh X nêu rõ: …", "Công văn số 12/UBND của Sở Y tế yêu cầu …": the text's issuer speaks
_DOC_OF_LEAD_RX = rx(r"[\"“‘«(\s]*(?:theo đó,? )?(?:" + alternation(
    ["văn bản", "công văn", "công điện", "thông báo", "kết luận", *_V.instrument_kinds()])
    + r")(?: số [^\s,]+)?(?: ngày [^\s,]+)? của ")
_DATE_LEAD_RX = rx(r"[\"“‘«(\s]*(?:(?:sáng|chiều|tối|trưa) )?(?:ngày )?" + _DATE + r",?\s*")  # "Ngày 2/5/2024 A …"
_SPAN_ADJUNCT_RX = rx(r"(?:ngay )?(?:từ (?:ngày )?" + _DATE + r" (?:đến|tới)(?: hết)?(?: ngày)? " + _DATE
                      + r"|(?:" + alternation(_V.sentence_cues("time_clause")) + r") [^,;:.]{3,80}?(?=\s*,))")
# the same time clause without its comma, ended by the plural that names the addressees ("sau khi kết thúc đại hội
# các đơn vị hoàn chỉnh …")
_BARE_TIME_CLAUSE_RX = rx(r"(?:" + alternation(_V.sentence_cues("time_clause")) + r") [^,;:.]{3,80}?,?\s(?:tất cả )?"
                          r"(?=các\s)")
# a subject's role set off before its task: "Sở X là cơ quan thường trực, có trách nhiệm …", "… là cơ quan đầu
# mối giúp UBND tỉnh …"
_ROLE_APPOSITION_RX = rx(r",?\s*là (?:" + alternation(_V.sentence_cues("role_noun")) + r")\b[^,;:.]{0,60}?"
                         r"(?=\s*,\s*\S|\s+giúp\s)")
_COMMA_RX = re.compile(r"\s*,\s*")
# "X giúp A theo dõi, đôn đốc …": X's task is done on behalf of A
_HELP_RX = rx(r"\s*giúp\s+")
# what a subject says of others before its request in the same sentence: "A đánh giá cao …, đồng thời yêu cầu B …"
_APPRAISAL_RX = rx(r"\s*(?:(?:đã|cũng|rất) )*(?:" + alternation(_V.sentence_cues("appraisal_verb")) + r")\b")
# the number and date of a text between its issuing verb and its addressees: "ban hành Công văn số 12/UBND-VP ngày
# 16/4/2020 gửi các sở, ngành …"
_DOC_NUMBER_RX = rx(r"\s*(?:số\s*)?\d[\w/.&-]*(?:,?\s*ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?")
# what a standing body does when it holds the meeting a text reports
_HOLD_MEETING_RX = rx(r"\s*(?:(?:đã|vừa) )?(?:tổ chức (?:phiên họp|cuộc họp|họp|hội nghị)|họp|chủ trì)\b")
# what was presented at a meeting ("Tại buổi làm việc, X đã báo cáo …"), and "X cũng báo cáo …" after it
_PRESENTED_RX = rx(r"\s*(?:(?:đã|cũng|vừa) )*(?:báo cáo|trình bày|thông qua|phát biểu|tham luận)\b")
_ALSO_RX = rx(r"\s*cũng\s")
# a working session narrated on its day: "Sáng 10/7/2025, A làm việc với B …"
_WORKING_SESSION_RX = rx(r"\s*làm việc với\b")
_PAST_OPENER_RX = rx(r"[\"“(\s]*(?:" + alternation(_V.sentence_cues("past_opener")) + r")\s*,")
_ISSUED_RX = rx(r"\s*(?:đã |vừa )?(?:ký )?ban hành (?:" + alternation(WRITTEN_DIRECTIVES) + r")\b")
_NARRATED_DAY_RX = rx(r"[\"“(\s]*(?:(?:sáng|chiều|tối|trưa) (?:nay |qua |hôm nay |ngày )?|ngày )(?:\d|\()")
_REQUEST_AFTER_CLAUSE_RX = rx(r"\s*(?:đồng thời\s*,?\s*)?(?:yêu cầu|đề nghị|giao)\b")
_CHAIRS_OF_UNITS_RX = rx(r"chủ tịch (?=các )")
_DONE_BEFORE_RX = rx(r"\bđã\s*$")
# a request opening the next sentence of the same paragraph ("…. Đồng thời, đề nghị …")
_NEXT_REQUEST_RX = rx(r"[ \t]*(?:đồng thời\s*,?\s*)?(?:yêu cầu|đề nghị|giao)\b")
_REQUEST_JOIN_RX = rx(r"(?:[,;]|\s(?=và\s))\s*(?:(?:đồng thời|và|cũng|tiếp tục)\s*,?\s*)*"
                      r"(?=(?:yêu cầu|đề nghị|giao)\b)")
_STANDING_DEPUTY_RX = rx(r"phó bí thư thường trực\s+$")
# a heading naming whose directions follow: "Ý kiến chỉ đạo của Bí thư Tỉnh ủy: …", "Kết luận của Chủ tịch UBND tỉnh: …"
_DIRECTION_HEAD_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER + r"(?:ý kiến )?(?:chỉ đạo|kết luận|ý kiến kết luận)(?: của)? ")
# what may lead a subject-less request after such a heading: background, then "vì vậy đề nghị B …"
_REQUEST_LEAD_RX = rx(r"(?:,|vì vậy|do đó|do vậy|vì thế|theo đó)\s*$")
# a group named only by unspecified member words ("Các đơn vị, địa phương tỉnh X", "Các cơ quan, đơn vị huyện Y")
_VAGUE_NAME_RX = re.compile(r"^Các (?:" + "|".join(_V.body_cues("unspecified_member")) + r")(?:,? (?:và )?(?:"
                            + "|".join(_V.body_cues("unspecified_member")) + r"))* (?!liên quan|có liên quan)[A-ZĐÀ-Ỹ]",
                            re.IGNORECASE)
# "… nêu trên", "… trên" (not "trên địa bàn"), "… này" after a collective: the members just named
_BACK_REF_RX = rx(r"\s+(?:nêu trên|kể trên|trên(?! (?:địa bàn|cơ sở|toàn|lĩnh vực|tinh thần))|này)\b")
_JOIN_RX = re.compile(r"^\s*(?:,|và|cùng|,\s*và|;)?\s*$")
