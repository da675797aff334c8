"""Mandates and reporting obligations, sentence by sentence, in the grammar of Vietnamese
directives (GLOSSARY "How duties are written").

Three sentence shapes give a mandate:

1. explicit: ``ASSIGNER (cũng) giao|yêu cầu|đề nghị|chỉ đạo ASSIGNEE(S) TASK``;
2. a duty of the subject, under the document's current assigner (the body that issued the
   directive or leads the meeting): ``ASSIGNEE(S) cần|phải|có trách nhiệm|VERB TASK``;
3. a continuation without a subject (``Đồng thời, …``, ``Giải quyết …``), which inherits the
   last assignment when that had one assignee.

Inside a task: ``chủ trì``; ``phối hợp với PARTNERS`` (co-assignees joined by "phối hợp" cooperate
with each other); chains ``lãnh đạo, chỉ đạo B …`` and ``; chỉ đạo B …`` give a second mandate
from the assignee to B; every ``báo cáo RECIPIENT FREQUENCY`` gives a reporting obligation per
recipient with its own frequency (a bare "báo cáo" as the main task reports to the assigner).
Requests upward (``kiến nghị``, ``đề xuất``, or ``đề nghị`` addressed to a higher body) and
statements of what was done are not mandates.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from bomay.loaders.text.bodies import BARE_TYPE_WORD_RX, BodyFinder, Mention, Plural
from bomay.loaders.text.deadlines import FREQUENCY_RX, Deadline, Frequency, find_deadline, frequency_at
from bomay.loaders.text.lexicon import (
    _V,
    ACTION_VERBS,
    ASSIGN_VERBS,
    CONTINUATION_OPENERS,
    DUTY_MODALS,
    OTHER_VERBS,
    TASK_PREFIXES,
    alternation,
    match_form,
    rx,
)
from bomay.loaders.text.naming import PARTY_KINDS, Body, belongs_to, stands_above
from bomay.loaders.text.people import Post, person_name_at
from bomay.loaders.text.places import Place
from bomay.loaders.text.sentences import Sentence
from bomay.textnorm import fold

LEVEL_RANK = {"central": 4, "province": 3, "district": 2, "commune": 1, "ward": 1}

# ----- word lists: from the vocabulary tables (words/sentence_cues.csv, duty_words.csv, deadline_cues.csv) ------
# Heads of a body: "Chánh Thanh tra tỉnh", "người đứng đầu các sở", "chủ tịch UBND huyện" act for it.
EX_OFFICIO_HEADS = _V.sentence_cues("ex_officio_head")
# Heads of the Government speak for it ("Thủ tướng yêu cầu …", "báo cáo Thủ tướng").
GOVERNMENT_HEADS = _V.sentence_cues("government_head")
# Quantifiers and list markers that may stand before a subject.
SUBJECT_QUANTIFIERS = _V.sentence_cues("subject_quantifier")
# A paragraph this short between a directive and its continuation is a caption or a heading.
CAPTION_MAX_WORDS = 20
# Modal phrases of a subject's duty beyond the lexicon's ("Tổ công tác có nhiệm vụ …").
EXTRA_DUTY_MODALS = _V.duty_words("subject_modal")
# Sentences about the time limit of the task before them ("Thời gian thực hiện: …") continue it.
DEADLINE_OPENERS = _V.deadline_cues("deadline_opener")
# A paragraph after a directive that states its aim ("với mục tiêu …") elaborates the aim, not tasks.
AIM_CUES = _V.sentence_cues("aim_cue")
# Plural labels before an enumeration of their members ("- Các Bộ: Quốc phòng, Công an …").
LIST_LABELS = _V.sentence_cues("list_label")
# Standing parts of a body, and task forces it sets up, that meet and conclude in its name (its head
# speaks for them there).
STANDING_KINDS = {"party_standing_board", "party_standing_members", "peoples_council_standing", "national_assembly",
                  "task_force"}
# Distributive quantifiers before a list label ("từng ngành, mỗi địa phương …"), and the verbs that
# report what a text or speaker said before them ("Thông báo nêu rõ, …").
DISTRIBUTIVES = _V.sentence_cues("distributive")
SPEECH_ENDS = _V.sentence_cues("speech_end")
# Openers of a paragraph that states one point of the directive before ("Về thời gian: …").
POINT_OPENERS = _V.sentence_cues("point_opener")
# Generic plurals that name no body and refer back to the bodies just named ("các địa phương",
# "các đơn vị trên").
ANAPHORIC_PLURALS = _V.sentence_cues("anaphoric_plural")
# what "các địa phương" can refer back to: a locality's own bodies
LOCAL_GOVERNMENT_KINDS = {"peoples_committee", "peoples_council", "party_committee", "fatherland_front"}
# Meetings whose body gives the directions stated there ("Phiên họp thứ 54 của UBTVQH …").
MEETING_WORDS = _V.sentence_cues("meeting_word")
# Verbs that open tasks in directives, beyond the lexicon's ("Chăm sóc …", "Làm rõ …", "Sơ tán …").
EXTRA_TASK_VERBS = _V.duty_words("task_verb")
# A subject-less line this short that ends with ":" heads a list; the items carry the duties.
LIST_HEADING_MAX_WORDS = 12
# What may stand between an assigner and its verb: "A cũng giao", "VPCP trân trọng đề nghị"
GAP_ADVERBS = _V.sentence_cues("gap_adverb")
# Words before a person's title or name that do not change who speaks.
HONORIFICS = [*_V.sentence_cues("honorific"), *_V.sentence_cues("plural_honorific")]
# Adjuncts that open a sentence before its subject ("Liên quan đến …, Thanh tra Chính phủ yêu cầu …").
TOPIC_ADJUNCTS = _V.sentence_cues("topic_adjunct")
# Titles written without their body before a known person's name ("Bí thư Lê Văn A").
BARE_TITLES = _V.sentence_cues("bare_title")
# A chair of a body's meeting speaks for that body: "Bí thư X chủ trì cuộc họp của Ban Thường vụ …".
CHAIR_CUES = _V.sentence_cues("chair_cue")
# What an office does when it only passes on a leader's words: the leader's body assigns.
CONVEY_VERBS = _V.sentence_cues("convey_verb")
CONVEYED_OPINIONS = _V.sentence_cues("conveyed_opinion")
# Statements by which a body takes the floor to give directions (it becomes the current assigner).
SPEAKER_CUES = _V.sentence_cues("speaker_verb")
# Phrases that frame a duty by the addressee's remit ("Theo chức năng, nhiệm vụ được giao, chủ động …").
MANDATE_FRAME_OPENERS = _V.sentence_cues("mandate_frame")
# Conditions before a continued duty: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo …".
CONDITION_OPENERS = _V.sentence_cues("condition_opener")
CONDITION_NOUNS = _V.sentence_cues("condition_noun")
# Words that introduce a written directive between its issuer and its verb:
# "UBND tỉnh ban hành Công văn số 12/UBND-TH chỉ đạo …".
ISSUE_CUES = _V.sentence_cues("issue_cue")
WRITTEN_DIRECTIVES = _V.sentence_cues("written_directive")

_OPENERS = [*CONTINUATION_OPENERS, *MANDATE_FRAME_OPENERS, *(o + " để" for o in DEADLINE_OPENERS),
            *DEADLINE_OPENERS, "theo đó", "do đó", "vì vậy", "riêng", "qua đó", "từ đó",
            "tuy nhiên", "đối với", "trước hết"]
_SOURCE_TAG = r"(?:\([^()]{1,40}\)\s*[-–]?\s*)?"  # "(Thanh tra) - …", "(Baoquangngai.vn)- …"
_LIST_MARKER = r"(?:điều \d+[.:]\s*|[-–+•*]\s*|\(?\d{1,2}[.)/-](?!\d)\s*|\(?[a-zđ][)]\s*|[ivx]{1,4}[.)]\s+)?"
_HEAD_BEFORE_RX = rx(r"(?:(?:các )?đồng chí )?(?:" + alternation(EX_OFFICIO_HEADS) + r")\s+(?:các\s+)?$")
_GOV_HEAD_RX = rx(r"(?<!\w)(?:" + alternation(GOVERNMENT_HEADS) + r")(?!\w)")
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
_THROUGH_RX = rx(r"\s*thông qua\s+")
_THROUGH_FOR_RX = rx(r"\s*(?:để|cho)\s+")
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
_STOP_RX = rx(r"[;.]|,\s+báo cáo|\s+và\s+báo cáo|,\s+(?:đồng thời|định kỳ)(?! gửi)")
_PARTNER_RX = rx(r"(?:với|cùng)\s+")
_APPOSED_NAME_RX = rx(r",\s*(?:ông|bà|đồng chí)\s+")
# "Thay mặt Thường trực HĐND tỉnh, bà NAME (, TITLE,) đề nghị …": the person speaks for the body named
_ON_BEHALF_RX = rx(r"thay mặt (?:cho )?")
_TITLE_APPOSED_RX = rx(r",[^,.;:]{3,80},")
_AUTHOR_OF_RX = rx(r"\b(?:kết luận|ý kiến kết luận) của ")
_ANAPHORA_RX = rx(r"(?:" + alternation(ANAPHORIC_PLURALS)
                  + r")(?:( trên| nêu trên| này| đó))?\b(?!,? (?:có )?liên quan)")
_RECIPIENT_HONORIFIC_RX = rx(r"(?:" + alternation(HONORIFICS) + r")\s+")
# "từng ngành, từng địa phương …" (maybe after "Văn bản nêu rõ,"): each of the bodies just addressed
_EACH = r"(?:" + alternation(DISTRIBUTIVES) + r") (?:" + alternation(LIST_LABELS) + r")"
_DISTRIBUTIVE_RX = rx(r"[\"“‘«(\s]*(?:[^,;:.]{0,40}?\b(?:" + alternation(SPEECH_ENDS) + r")\s*[,:]\s*)?"
                      + _EACH + r"(?:,? (?:và )?" + _EACH + r")*\s*,?\s*")
_POINT_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER + r"(?:" + alternation(POINT_OPENERS) + r")\s")
_PERSONAL_RX = rx(r"(?:ông|bà)\s")
_LEAD_RX = rx(r"[\"“‘«(\s]*" + _LIST_MARKER)
_POWER_RX = rx(r"quyền\s+(?:yêu cầu|đề nghị)\s*$")
_LATE_SEND_RX = rx(r",\s*gửi(?: hỏa tốc| ngay)?(?: về| đến| tới| cho| lên)?\s+")
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
_PURPOSE_WORD_RX = rx(r"\b(?:để|nhằm|giúp)\s")
# "Các cơ quan liên quan", "Các đơn vị có liên quan": wholly unspecified bodies (gold README) get no duty
_UNSPECIFIED_RX = re.compile(r"^Các (?:cơ quan|đơn vị|tổ chức)(?:,? (?:và )?(?:cơ quan|đơn vị|tổ chức|cá nhân))*"
                             r" (?:có )?liên quan\b", re.IGNORECASE)
_BARE_HEAD_RX = rx(r"(?:bí thư|chủ tịch|giám đốc|trưởng ban|thủ trưởng cơ quan|tổ trưởng)"
                   r"(?=\s*(?:[,;.]|$|trước|để|theo|định kỳ|hằng|hàng))")
# "(Báo X) – …", "TPO - …", "VOV.VN - …", "CẦN THƠ – …": a source tag or dateline before the news
_SOURCE_TAG_RX = rx(r"[\"“‘«\s]*(?:\([^()]{1,40}\)\s*[-–]?|[\w.]{2,12}(?: [\w.]{2,12}){0,2} ?[-–])\s*")
_IMPERSONAL_RX = rx(r"(?:cần|phải|cần phải|nên)\b")
_REF_LEAD_RX = rx(r"(?<!\w)(?:(?:đồng chí|ông|bà)\s+)?(?:(?:" + alternation(BARE_TITLES) + r")\s+)?$")
_CONVEY_RX = rx(r"(?:" + alternation(CONVEY_VERBS) + r") (?:" + alternation(CONVEYED_OPINIONS) + r")(?: của)? ")
# "giao thông", "giao dịch", "giao lưu" … are nouns, not "giao" (assign)
_NOT_GIAO = r"(?:(?<!giao)|(?!\s+(?:thông|dịch|lưu|tiếp|hữu|hàng|nhận|thoa|lộ|diện|tế|thừa|kèm|khoán)\b))"
_ASSIGN_RX = rx(r"(?:" + alternation(ASSIGN_VERBS) + r")\b" + _NOT_GIAO)
# "gửi (về) X" written just before a report: X receives it ("gửi Bộ Tài chính báo cáo tình hình …")
_SEND_BEFORE_RX = rx(r"(?<!\w)gửi(?: về| đến| tới| cho| lên)?\s*$")
# a second predicate of the same subject: "A đã thành lập B, đồng thời giao C …", "… và giao C …"
_COORDINATED_GAP_RX = rx(r"(?:,\s*(?:và\s+)?đồng thời|,?\s+và(?:\s+đồng thời)?)\s*$")
_GAP_LEAD_RX = rx(r"\s*(?:(?:đã|cũng|vừa|sẽ) )*")
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
# the results of a task sent to a body: ", gửi kết quả (thẩm định) về X", "; kết quả gửi về X"
_RESULT_NOUNS = alternation(_V.reporting_cues("result_noun"))
_SEND_RESULT_RX = rx(r"(?:(?<=,)|(?<=;)|^)\s*(?:gửi (?:" + _RESULT_NOUNS + r")(?: [^,;.]{0,40}?)?|(?:" + _RESULT_NOUNS
                     + r")(?: [^,;.]{0,40}?)? gửi)(?: về| đến| tới| cho| lên)\s+")
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
_COMMA_CHAIN_RX = rx(r"lãnh đạo,\s+")
# a sentence opening with the text it carries out ("Thực hiện chỉ đạo của …", "Thực hiện Công văn số …")
_BASIS_LEAD_RX = rx(r"thực hiện (?:ý kiến )?(?:chỉ đạo|kết luận|chỉ thị|công văn|văn bản|công điện|thông báo|kế hoạch"
                    r"|quyết định|nghị quyết)(?: kết luận)? (?:số|của)\b")
_MANNER_ONLY_RX = rx(r"[\s,]*(?:(?:nhanh|kịp thời|đầy đủ|ngay|chính xác|bằng văn bản|khẩn trương|trung thực)"
                     r"(?:[\s,]|và)*)+")
# a report made with a proposal goes to the body proposed to: right after "báo cáo" ("báo cáo, đề xuất X") or after
# its topic ("báo cáo diễn biến sạt lở và đề xuất X")
_PROPOSAL = r"(?:đề xuất|kiến nghị)\s+"
_ALONGSIDE_RX = rx(r",?\s*(?:và\s+)?" + _PROPOSAL)
_LATE_PROPOSAL_RX = rx(r"\s*(?:,|\bvà)\s*" + _PROPOSAL)
_AS_PRESCRIBED_RX = rx(r"(?:theo (?:đúng )?(?:quy định|thẩm quyền)|xem xét|xem xét, (?:quyết định|chỉ đạo))"
                       r"(?: của pháp luật)?")
_AND_DATE_RX = rx(r"và (?:ngày )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")  # "trước ngày 01/6 và 01/12"
_WHEN_CLAUSE_RX = rx(r"(?:khi|nếu|trường hợp|trong trường hợp) [^,;:.]{1,50},\s*")
# bodies listed after "đối với" / "làm việc với" (blanked by _unnamed): the next one of the list is an object too
# ("Đối với Sở X, UBND tỉnh yêu cầu …" opens with its topic: the body after it speaks)
_OBJECT_LIST_RX = rx(r"\w (?:đối với|làm việc với) _+(?: ?, ?_+)* ?,$")
_PARTNER_LIST_RX = rx(r"phối hợp(?: chặt chẽ)?(?: với| cùng)? [_\s,]*(?:và [_\s,]*)?$")
_HEARD_RX = rx(r"\bnghe (?:đại diện |lãnh đạo )?$")
_BASIS_RX = rx(r"(?:căn cứ|trên cơ sở|dựa trên|dựa vào)\b")
_CLAUSE_CHAIN_RX = rx(r";\s*(?:lãnh đạo, chỉ đạo|chỉ đạo)\s+")
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
_QUALIFIER_RX = rx(r"\s+(?:ở|tại|thuộc|trực thuộc)\s[^;:.]{0,40}?(?=\s(?:" + alternation(_VERB_LIST) + r")\b)")
# "trên địa bàn (tỉnh)" between the subjects and their task ("… các đoàn thể trên địa bàn cần …")
_ON_AREA_RX = rx(r"\s+trên (?:cùng )?địa bàn(?: (?:toàn )?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?")
_TOPIC_INTRO_RX = rx(r"(?:về trách nhiệm của|đối với|riêng với|về phía)\s+$")
_JOINT_RX = rx(r"(?:\s*(?:" + alternation(TASK_PREFIXES) + r")\b)*\s*,?\s*(?:(?:căn cứ|theo) (?:chức năng,? nhiệm vụ"
               r"|chức năng và nhiệm vụ)(?: được giao)?,?\s*)?(?:chủ trì,?\s*)?phối hợp")
_PREFIX_DUTY_RX = re.compile(r"(?<!phát biểu )(?:giao|yêu cầu|đề nghị|phân công|phối hợp|báo cáo|chỉ đạo)\b")
_GIAO_RX = rx(r"(?:giao" + _NOT_GIAO + r"|yêu cầu|đề nghị)(?: nhiệm vụ(?: cụ thể)? cho| cho)?\s+")
_RUN_QUALIFIER_RX = rx(r"\s+(?:thuộc|trực thuộc|trên địa bàn|của) (?:tỉnh|thành phố|huyện|quận|thị xã|xã|trung ương"
                      r"|chính phủ|ủy ban nhân dân tỉnh|ubnd tỉnh)\b")
# a demonstrative after a body's name ("UBND thành phố này"): the body just named
_DEMONSTRATIVE_RX = rx(r"\s+(?:này|nói trên)(?!\w)")
_LOCALITIES_LABEL_RX = rx(r"các địa phương ?: ?")
_RUN_JOIN_RX = rx(r"\s*(?:,|;|và|,\s*và|cùng|với)\s*")
# unspecified members closing a listed subject (", các cơ quan, đơn vị liên quan"): not bodies, the named ones act
_VAGUE_TAIL_RX = rx(r"\s*,\s*(?:và\s+)?(?:các|những)\s+(?:" + alternation(_V.body_cues("unspecified_member"))
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
_BARE_TIME_CLAUSE_RX = rx(r"(?:" + alternation(_V.sentence_cues("time_clause")) + r") [^,;:.]{3,80}?\s(?=các\s)")
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
# a title before another title of the same body: "Chủ tịch hoặc Phó Chủ tịch UBND tỉnh", "Giám đốc, Phó Giám đốc Sở X"
_SHARED_HEAD_RX = rx(r"(?:phó )?(?:" + alternation(EX_OFFICIO_HEADS) + r")\s*(?:hoặc|và|,|/)\s*(?=(?:phó )?(?:"
                     + alternation(EX_OFFICIO_HEADS) + r")\b)")
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


@dataclass
class Actor:
    start: int
    end: int
    bodies: list[Body]
    person: bool = False
    head: bool = False  # a head noun before a body ("Giám đốc Sở Y tế"): the body acts
    named: bool = False  # a person referred to by name only ("ông Nguyễn Văn A")


@dataclass(frozen=True)
class Clause(Sentence):
    """A clause of a sentence processed on its own; facts cite the whole sentence."""

    whole: Sentence | None = None


def _whole(s: Sentence) -> Sentence:
    return s.whole if isinstance(s, Clause) and s.whole is not None else s


@dataclass
class MandateFact:
    sentence: Sentence
    assigner: Body
    assignee: Body
    task: str
    task_start: int
    task_end: int
    action: str
    action_concept: str | None
    cooperate: list[Body] = field(default_factory=list)
    report_to: list[Body] = field(default_factory=list)
    frequencies: list[Frequency] = field(default_factory=list)
    deadline: Deadline | None = None
    chained_from: int | None = None
    continues: int | None = None
    reports: list[int] = field(default_factory=list)


@dataclass
class ReportFact:
    sentence: Sentence
    reporter: Body
    recipient: Body
    about: str
    frequency: Frequency | None
    deadline: Deadline | None
    mandate: int | None
    implied: bool = False  # the recipient is the asker, no body was named ("A yêu cầu B báo cáo …")


@dataclass
class _Context:
    _speaker: Body | None = None
    co_speakers: list[Body] = field(default_factory=list)  # "Bộ Chính trị, Ban Bí thư kết luận …"
    last_assigner: Body | None = None
    last_assignees: list[Body] = field(default_factory=list)
    last_paragraph: int = -10
    last_mandate: int | None = None
    upward_paragraph: int = -1
    last_aim: bool = False  # the last assignment stated its aim ("với mục tiêu …")
    last_person: Body | None = None  # the body of the last person named (for "Đồng chí cũng yêu cầu …")
    last_group: list[Body] = field(default_factory=list)  # the last several bodies named together
    meeting_report_paragraph: int = -1  # a paragraph telling what was presented at a meeting ("Tại phiên họp, …")
    holder: Body | None = None  # the standing body holding the meeting ("Thường trực HĐND huyện tổ chức họp …")

    @property
    def speaker(self) -> Body | None:
        return self._speaker

    @speaker.setter
    def speaker(self, body: Body | None) -> None:
        self._speaker = body
        self.co_speakers = []

    def speakers(self) -> list[Body]:
        return [b for b in (self._speaker, *self.co_speakers) if b is not None]


class DutyFinder:
    def __init__(self, text: str, folded: str, mentions: list[Mention], posts: list[Post],
                 year: int | None, issuer: Body | None, standing_boards: set[str], finder: BodyFinder):
        self.finder = finder
        self.t = text
        self.f = folded
        self.mentions = mentions
        self.posts = posts
        self.year = year
        self.ctx = _Context()
        self.ctx.speaker = issuer
        self.standing_boards = standing_boards  # names of Ban Thường vụ bodies the document mentions
        self.mandates: list[MandateFact] = []
        self.reports: list[ReportFact] = []
        self._government: Body | None = None
        self._par_words: dict[int, int] = {}
        self._par_points: set[int] = set()  # paragraphs that open with "Về …"/"Đối với …": points of one directive
        self._gap_addressees: list[Actor] = []
        self._giver: Body | None = None  # the assigner of the task being read: "gửi về Bộ" names it
        self._cur: tuple[int, int, list[Actor]] | None = None
        self._posts_of: dict[str, list[Body]] = {}  # a body a person speaks for -> all that person's posts' bodies
        self._person_refs = self._find_person_refs()
        # the body speaking after each sentence (its index): the learned back-off's assigner (backoff.py)
        self.speaker_at: dict[int, Body | None] = {}

    # ----- actors --------------------------------------------------------------------------
    def _actors(self, s: Sentence) -> list[Actor]:
        """Bodies and the people who act for them, in order; a head noun ("Chánh", "người đứng đầu",
        "Chủ tịch") before a body joins it, so "yêu cầu Chánh Thanh tra tỉnh …" names the Thanh tra."""
        actors: list[Actor] = []
        by_person: dict[int, list[Post]] = {}
        for p in self.posts:
            if s.start <= p.start and p.end <= s.end:
                by_person.setdefault(p.end, []).append(p)
        for end, ps in by_person.items():
            start = min(p.start for p in ps)
            bodies = [self._ex_officio(p) for p in sorted(ps, key=lambda p: p.start)]
            # a person with several posts speaks for the one tied to the meeting's body, else the last
            holder = self.ctx.holder
            best = next((b for b in bodies if self._in_lineage(b) or belongs_to(holder, b)),
                        None) or self._council_at_session(s, bodies) or self._senior_post(bodies)
            if len({b.iri for b in bodies}) > 1:
                self._posts_of[best.iri] = bodies  # the other posts, for a duty of the other hierarchy
            actors.append(Actor(start, end, [best], person=True))
        for start, end, body in self._person_refs:
            if s.start <= start and end <= s.end and not any(a.start <= start < a.end for a in actors):
                actors.append(Actor(start, end, [body], person=True, named=True))
        for m in self.mentions:
            if not (s.start <= m.start and m.end <= s.end):
                continue
            same = next((a for a in actors if a.end == m.end and (a.start == m.start or a.head)
                         and (not a.person or a.head)), None)
            if same is not None:  # "UBND các tỉnh nêu trên": several bodies named by one span
                same.bodies.append(m.body)
                continue
            if not any(a.start <= m.start < a.end for a in actors):
                head = _HEAD_BEFORE_RX.search(self.f, max(s.start, m.start - 30), m.start)
                if head and (head.start() == s.start or not self.f[head.start() - 1].isalnum()) \
                        and not self._ends_actor(head.start()):
                    body = m.body
                    if body.kind == "party_committee" and _STANDING_DEPUTY_RX.match(self.f, head.start(), m.start) \
                            and f"Ban Thường vụ {body.name}" not in self.standing_boards:
                        body = self.finder.namer.standing_members(body)  # as for a named standing deputy (_ex_officio)
                    actors.append(Actor(head.start(), m.end, [body], person=True, head=True))
                else:
                    actors.append(Actor(m.start, m.end, [m.body]))
                if m.body.collective:
                    self._named_back(actors)
        for d in _DEPUTIES_RX.finditer(self.f, s.start, s.end):
            if not (self._at_subject_position(s, d.start()) or self._opinions_of(s, d.start())):
                continue  # "chất vấn của đại biểu HĐND tỉnh": the deputies are not speaking here
            # "các vị đại biểu HĐND huyện đề nghị …": the deputies act as their People's Council
            found, end = self.finder.place(d.end(), allow_bare_name=False)
            place = self.finder.resolve_place(found)  # "đại biểu HĐND tỉnh": the document's own province
            if not (isinstance(place, Place) and end > d.end()):
                place, end = self.finder.own_unit(), d.end()  # "nhiều đại biểu HĐND đã yêu cầu …": the document's
            if isinstance(place, Place) and not any(a.start <= d.start() < a.end for a in actors):
                # the deputies speak as their council, not as its standing part that holds the session
                actors.append(Actor(d.start(), _trim_end(self.t, end), [self.finder.namer.council(place)], head=True))
        for g in _GOV_HEAD_RX.finditer(self.f, s.start, s.end):
            if not any(a.start <= g.start() < a.end or g.start() <= a.start < g.end() for a in actors):
                actors.append(Actor(g.start(), g.end(), [self.government], person=True))
        actors.sort(key=lambda a: a.start)
        return actors

    def _named_back(self, actors: list[Actor]) -> None:
        """"UBND các tỉnh, thành phố nêu trên": a collective pointed back at means the bodies of its kind and
        level just addressed or listed (the five provinces named before), not every one in the country."""
        last = actors[-1]
        back = _BACK_REF_RX.match(self.f, last.end)
        group = last.bodies[0]
        if back is None:
            return
        for pool in (self.ctx.last_assignees, self.ctx.last_group):
            same = [b for b in pool if b.kind == group.kind and b.level == group.level and not b.collective]
            if len(same) > 1:
                actors[-1] = Actor(last.start, back.end(), same, person=last.person, head=last.head)
                return

    def _opinions_of(self, s: Sentence, start: int) -> bool:
        """"có 16 lượt ý kiến của các vị đại biểu HĐND huyện đề nghị …": the deputies request through their opinions."""
        return bool(_DEPUTIES_RX.match(self.f, start) and _OPINIONS_OF_RX.search(self.f, s.start, start))

    def _ends_actor(self, pos: int) -> bool:
        """A body just before ``pos``: a head noun there is a verb ("Đảng đoàn HĐND lãnh đạo HĐND …")."""
        k = pos
        while k > 0 and self.t[k - 1] == " ":
            k -= 1
        return any(m.end == k for m in self.mentions) or any(p.end == k for p in self.posts)

    @property
    def government(self) -> Body:
        if self._government is None:
            self._government = self.finder.namer.national("Chính phủ")
        return self._government

    def _find_person_refs(self) -> list[tuple[int, int, Body]]:
        """Later references to a titled person by name ("Ông Nguyễn Văn A", "ông A"): the body
        of the person's last stated post."""
        by_name: dict[str, Body] = {}
        for p in sorted(self.posts, key=lambda p: p.start):
            by_name[p.person] = self._ex_officio(p)
        refs: list[tuple[int, int, Body]] = []
        if not by_name:
            return refs
        covered = [(p.start, p.end) for p in self.posts]
        for name, body in by_name.items():
            for form, needs_honorific in ((match_form(name), False), (match_form(name.split()[-1]), True)):
                start = self.f.find(form)
                while start != -1:
                    end = start + len(form)
                    lead = _REF_LEAD_RX.search(self.f, max(0, start - 30), start)
                    if lead is not None and lead.start() == start:
                        lead = None  # nothing before the name
                    bounded = (end == len(self.f) or not self.f[end].isalnum()) \
                        and (start == 0 or not self.f[start - 1].isalnum())
                    if bounded and (lead or not needs_honorific):
                        ref_start = lead.start() if lead else start
                        inside_name = any(m.start <= start < m.end and m.end > end for m in self.mentions)
                        # "Thủ tướng Chính phủ" is no reference to a person named "… Chính"
                        if not inside_name and not any(a <= ref_start < b or a <= start < b for a, b in covered):
                            refs.append((ref_start, end, body))
                    start = self.f.find(form, end)
        refs.sort()
        out: list[tuple[int, int, Body]] = []
        for r in refs:  # a full name and its given name found at the same place: keep the longer
            if out and r[0] < out[-1][1]:
                continue
            out.append(r)
        return out

    def _ex_officio(self, post: Post) -> Body:
        body = post.body
        if body.kind == "party_committee" and post.role in ("bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc"):
            board = f"Ban Thường vụ {body.name}"
            if board in self.standing_boards:
                return _standing_board_of(body, board, self.mentions)
            if post.role == "pho-bi-thu-thuong-truc":
                # the standing deputy secretary runs the committee's standing members and speaks for them
                return self.finder.namer.standing_members(body)
        return body

    def _groups(self, actors: list[Actor]) -> list[list[Actor]]:
        groups: list[list[Actor]] = []
        for a in actors:
            gap = self.t[groups[-1][-1].end:a.start] if groups else ""
            if groups and _JOIN_RX.match(gap):  # "A, B và C", "A; B; C"
                groups[-1].append(a)
            else:
                groups.append([a])
        return groups

    def _heard(self, s: Sentence, start: int) -> bool:
        """"(để) nghe A, B, C báo cáo …": bodies a meeting hears report there, listed after "nghe"."""
        actors = self._cur[2] if self._cur is not None and self._cur[0] <= s.start <= self._cur[1] else []
        pos = start
        while (prev := next((a for a in actors if a.end <= pos and not self.f[a.end:pos].strip(" ,")), None)):
            pos = prev.start  # back over the bodies listed before, "A, B, " …
        return bool(_HEARD_RX.search(self.f, s.start, pos))

    def _at_subject_position(self, s: Sentence, start: int) -> bool:
        if self._heard(s, start) or _PARTNER_LIST_RX.search(self._unnamed(s, start)):
            return False  # "(chủ trì,) phối hợp với các sở, UBND các huyện …": partners, not a subject
        if _OBJECT_LIST_RX.search(self._unnamed(s, start)):
            return False  # "giám sát trực tiếp đối với UBND huyện A, UBND huyện B, …": the objects, listed on
        prefix = _TRAILING_HONORIFIC_RX.sub("", self.f[s.start:start])
        colon = prefix.rfind(": ")
        while colon != -1 and prefix.count("“", 0, colon) > prefix.count("”", 0, colon):
            colon = prefix.rfind(": ", 0, colon)  # inside a quoted title ("bài viết “Hải Phòng: …”"): starts nothing
        if colon != -1:
            prefix = prefix[colon + 2:]  # "Công văn nêu rõ: Để …, A đề nghị B …": a statement starts after ":"
        tag = _SOURCE_TAG_RX.match(prefix)
        if tag and tag.end():
            prefix = prefix[tag.end():]  # "(Báo X) – Nhằm …, A giao B …"
        if _OPENER_RX.fullmatch(prefix) or _DATE_LEAD_RX.fullmatch(prefix) or _DOC_OF_LEAD_RX.fullmatch(prefix):
            return True
        if _SPEECH_END_RX.search(prefix) and not _POWER_RX.search(prefix):
            return True  # "… nhấn mạnh, A …"; not "… có quyền yêu cầu A …" (a power, not a request)
        if _HONORIFIC_OPENER_RX.fullmatch(prefix):
            return True
        if _OCCASION_LEAD_RX.fullmatch(prefix) and _TITLE_START_RX.match(self.f, start):
            return True  # "Tại buổi làm việc Bí thư Huyện ủy X chỉ đạo …": the occasion, then the speaker's title
        adjunct = any(_ADJUNCT_RX.match(seg.strip()) for seg in prefix.split(",") if seg.strip())
        return (prefix.rstrip().endswith(",") and (adjunct or not _PREFIX_DUTY_RX.search(self._unnamed(s, start)))
                and prefix.count(",") <= (12 if adjunct else 3))

    def _in_task_object(self, s: Sentence, start: int) -> bool:
        """"Tổ chức rà soát quy chế làm việc của A, B và C, phân công …": bodies after a subject-less task's verb
        (no adjunct cue before them) are its object, not the subject of a duty."""
        prefix = self.f[s.start:start]
        if any(_ADJUNCT_RX.match(seg.strip()) for seg in prefix.split(",") if seg.strip()):
            return False
        lead = _LEAD_RX.match(prefix)
        return bool(_VERB_RX.match(prefix, lead.end() if lead else 0))

    def _unnamed(self, s: Sentence, start: int) -> str:
        """The sentence's text before ``start`` with the bodies it names blanked out: "Ban Chỉ đạo" is a
        name, not the verb "chỉ đạo"."""
        text = self.f[s.start:start]
        actors = self._cur[2] if self._cur is not None and self._cur[0] <= s.start <= self._cur[1] else []
        for a in actors:
            if s.start <= a.start and a.end <= start:
                text = text[:a.start - s.start] + "_" * (a.end - a.start) + text[a.end - s.start:]
        return " ".join(text.split())

    # ----- sentences -----------------------------------------------------------------------
    def run(self, sentences: list[Sentence]) -> None:
        for s in sentences:
            if s.paragraph not in self._par_words and _POINT_RX.match(self.f, s.start, s.end):
                self._par_points.add(s.paragraph)
            self._par_words[s.paragraph] = self._par_words.get(s.paragraph, 0) + len(s.text.split())
        for s in sentences:
            self._cur = (s.start, s.end, self._actors(s))  # actors of the sentence, for look-ups inside it
            for unit in self._clauses(s):
                before = len(self.reports)
                self._sentence(unit)
                if len(self.reports) == before:
                    self._standalone_reports(unit)
            listed = [g for g in self._groups([a for a in self._cur[2] if not a.person]) if len(g) > 1]
            if listed:
                self.ctx.last_group = _unique([b for a in listed[-1] for b in a.bodies])
            self.speaker_at[s.index] = self.ctx.speaker or self.ctx.last_assigner
            self._cur = None
        self._drop_superseded_reports()

    def _clauses(self, s: Sentence) -> list[Sentence]:
        """A sentence cut before each "; " clause that opens its own assignment ("…; Yêu cầu B …",
        "…; UBND huyện có trách nhiệm …"); other clauses stay in the task of the one before."""
        cuts: list[int] = []
        for m in re.finditer(r"[;:]\s*[\"“‘«]?\s*", self.t[s.start:s.end]):  # past a quote opened after ":"
            pos = s.start + m.end()
            giao = _GIAO_RX.match(self.f, pos)
            request = giao is not None and self._actor_starting(giao.end(), s.end) is not None
            lo = cuts[-1] if cuts else s.start
            # "A kết luận như sau: B …": a speaker's statement before the colon is a clause of its own
            spoken = m.group(0).startswith(":") and _SPEAKER_CUE_RX.search(self.f, lo, pos) is not None
            if m.group(0).startswith(":") and _PARTNERS_LISTED_RX.search(self.f, lo, s.start + m.start() + 1):
                continue  # "phối hợp với các Bộ: Tài chính, Xây dựng kiểm tra …": the partners, one by one
            if self._opens_clause(pos, s.end) and (request or spoken or self._has_predicate(lo, pos)):
                cuts.append(pos)
        if not cuts:
            return [s]
        bounds = [s.start, *cuts, s.end]
        out: list[Sentence] = []
        for lo, hi in itertools.pairwise(bounds):
            hi_trim = hi
            while hi_trim > lo and self.t[hi_trim - 1].isspace():
                hi_trim -= 1
            if hi_trim > lo:
                out.append(Clause(s.index, lo, hi_trim, self.t[lo:hi_trim], s.paragraph, s))
        return out

    def _has_predicate(self, lo: int, hi: int) -> bool:
        """Text with a verb outside the bodies it names: "A; B; C báo cáo …" is one clause, its
        first parts only list subjects."""
        spans = [(a.start, a.end) for a in self._actors(Sentence(-1, lo, hi, self.t[lo:hi], -1))]
        after = max((b for _a, b in spans), default=lo)  # "Giao A; B; C báo cáo …": no verb after the list yet
        adverbs = _PREFIX_RX.match(self.f, spans[0][1]) if spans else None
        if adverbs and not self.t[lo:spans[0][0]].strip(" ;:") and not _ASSIGN_RX.search(self.f, lo, hi) \
                and _VERB_RX.match(self.f, adverbs.end()):
            return True  # "A thực hiện các văn bản của B; C …": the subject's own verb, before the body it names
        tail = self.t[after:hi].strip(" ,;.:")
        for rx_ in (_VERB_RX, _ASSIGN_RX, _MODAL_RX):
            # "A đề nghị B …; C chỉ đạo D …": an assigning verb between the bodies is a predicate too, unless
            # only addressees follow it ("A yêu cầu B; C; D triển khai …": one list of addressees)
            if rx_ is _ASSIGN_RX and not tail:
                continue
            first = min((a for a, _b in spans), default=after)
            for m in rx_.finditer(self.f, first if rx_ is _ASSIGN_RX else after, hi):
                inside = any(a <= m.start() < b for a, b in spans)
                if not inside and (m.start() == 0 or not self.f[m.start() - 1].isalnum()):
                    return True
        return False

    def _opens_clause(self, pos: int, hi: int) -> bool:
        g = _GIAO_RX.match(self.f, pos)
        if g and self._actor_starting(g.end(), hi):
            return True
        if self.t[pos:pos + 1].islower() and not _PLURAL_OPENS_RX.match(self.f, pos):
            return False  # a lowercase clause opens an assignment only with a plural subject ("; các ngành cần …")
        actor = self._actor_starting(pos, hi)
        if actor is None:
            # "Chủ tịch UBND tỉnh nhấn mạnh: Thành phố X khẩn trương …": a district or commune as the subject
            place, end = self.finder.place(pos, allow_bare_name=False)
            return isinstance(place, Place) and place.level in ("district", "commune") and pos < end <= hi \
                and bool(_MODAL_RX.match(self.f, end) or _VERB_RX.match(self.f, _skip(self.f, end)))
        end = actor.end
        while (j := re.match(r"\s*(?:,|và)\s*", self.t[end:hi])) and (nxt := self._actor_starting(end + j.end(), hi)):
            end = nxt.end
        rest = self.f[end:hi]
        return bool(_MODAL_RX.match(rest) or _ASSIGN_RX.match(rest.lstrip()) or _VERB_RX.match(rest.lstrip()))

    def _actor_starting(self, pos: int, hi: int) -> Actor | None:
        cur = self._cur
        if cur is not None and cur[0] <= pos and hi <= cur[1]:
            return next((a for a in cur[2] if a.start == pos and a.end <= hi), None)
        whole = Sentence(-1, pos, hi, self.t[pos:hi], -1)
        return next((a for a in self._actors(whole) if a.start == pos), None)

    def _sentence(self, s: Sentence) -> None:
        if _ATTENDANCE_RX.match(self.f, s.start, s.end) or (isinstance(s, Clause) and s.whole is not None
                                                            and _ATTENDANCE_RX.match(self.f, s.whole.start)):
            return  # "Dự phiên họp có các đồng chí: …" lists who attended
        actors = self._actors(s)
        groups = self._groups(actors)
        pronoun = _PRONOUN_SUBJECT_RX.match(self.f, s.start, s.end)
        if pronoun is None:  # "Đối với các kiến nghị …, đồng chí giao …": after an adjunct, before any body
            pronoun = _PRONOUN_AFTER_ADJUNCT_RX.search(self.f, s.start, s.end)
            if pronoun is not None and any(a.start < pronoun.start() for a in actors):
                pronoun = None
        if pronoun and self.ctx.last_person is not None:
            # "Đồng chí cũng yêu cầu phường …": the person just named speaks again
            actors = [Actor(pronoun.start(), pronoun.end(), [self.ctx.last_person], person=True), *actors]
            groups = self._groups(actors)
        for a in actors:
            if a.person and not a.head:
                self.ctx.last_person = a.bodies[0]
        if _UPWARD_RX.search(self.f, s.start, s.end) and groups and self._at_subject_position(s, groups[0][0].start) \
                and _UPWARD_RX.match(self.f, _skip(self.f, groups[0][-1].end)):
            self.ctx.upward_paragraph = s.paragraph
            return
        meeting = _MEETING_OF_RX.search(self.f, s.start, s.end)
        cue = _MEETING_CUE_RX.search(self.f, max(s.start, meeting.start() - 12), meeting.start()) if meeting else None
        if cue and cue.group(0).startswith("tại") and not _OPENER_RX.fullmatch(self.f, s.start, cue.start()):
            cue = None  # "… trình tại Kỳ họp thứ sáu HĐND tỉnh": a session ahead, not the one speaking
        if meeting and not (self._at_subject_position(s, meeting.start()) or cue):
            meeting = None  # "… tổ chức thành công kỳ họp thứ 10 HĐND huyện": a meeting reported, not held here
        meeting_body = None
        if meeting:
            body = next((a for a in actors if a.start == meeting.end() and not a.person), None)
            if body is not None and not self._standing_part_of(body.bodies[0]):
                self.ctx.speaker = meeting_body = body.bodies[0]
                if meeting_body.kind in STANDING_KINDS:
                    self.ctx.holder = meeting_body
        if self.ctx.speaker is None and len(actors) == 1 and not actors[0].person \
                and not self.t[s.start:actors[0].start].strip(" |") and not self.t[actors[0].end:s.end].strip(" |.:"):
            self.ctx.speaker = actors[0].bodies[0]  # the issuer's name heading an official document
            return
        if self.ctx.speaker is None:
            # "… trên cơ sở kết luận của Ban Chấp hành Đảng bộ tỉnh": the author of the conclusion speaks
            for author in _AUTHOR_OF_RX.finditer(self.f, s.start, s.end):
                if self.f[max(s.start, author.start() - 10):author.start()].endswith("thực hiện "):
                    continue  # "Thực hiện kết luận của X, …": X's words are carried out, not spoken here
                body = next((a for a in actors if a.start == author.end()), None)
                if body is not None:
                    self.ctx.speaker = body.bodies[0]
                    break
        if self._conveyed(s, groups):
            return
        if self._direction_heading(s, actors):
            return
        if self._on_behalf(s, actors, groups):
            return
        for g in _subgroups(groups):
            if not self._at_subject_position(s, g[0].start) and not self._opinions_of(s, g[0].start):
                continue
            v = self._assign_verb_after(g[-1].end, s.end) or self._request_after_appraisal(g, s.end)
            if v and self._explicit(s, g, v, groups):
                return
            if v and self.ctx.speaker is None and not g[0].person and len(g) == 1:
                self.ctx.speaker = g[0].bodies[0]  # "UBND tỉnh chỉ đạo xử lý sạt lở.": it directs what follows
        place_speaker = self._place_subject(s, ("province", "district", "commune"))
        if place_speaker is not None and (v := self._assign_verb_after(place_speaker.end, s.end)) is not None \
                and self._explicit(s, [place_speaker], v, groups):
            return  # "Tỉnh yêu cầu thủ trưởng các sở, …, Chủ tịch UBND các huyện …"
        if s.paragraph != self.ctx.upward_paragraph:
            for g in _subgroups(groups):
                if self._at_subject_position(s, g[0].start) and not self._in_task_object(s, g[0].start) \
                        and not _CHAIR_RX.match(self.f, self._after_name(g[-1].end, s.end), s.end) \
                        and self._duty_of_subject(s, g):
                    return  # "Bí thư Tỉnh ủy chủ trì hội nghị …" chairs a meeting: no duty
        for g in _subgroups(groups):
            after = self._after_name(g[-1].end, s.end)
            chair = _CHAIR_RX.match(self.f, after, s.end) if self._at_subject_position(s, g[0].start) else None
            if chair is not None:
                board = next((a for a in actors if a.start == chair.end()), None)
                speaker = self.ctx.speaker
                if board is None and meeting_body is None and g[0].person and speaker is not None \
                        and speaker.kind == "party_committee" and belongs_to(g[0].bodies[0], speaker):
                    return  # "Tỉnh ủy tổ chức Hội nghị Ban Chấp hành …. Bí thư Tỉnh ủy chủ trì": still the committee's
                # "X chủ trì Phiên họp thứ 26, Thường trực HĐND tỉnh": the meeting's body, found above
                self.ctx.speaker = board.bodies[0] if board is not None else meeting_body or self._as_speaker(g[0])
                return
        for g in _subgroups(groups):
            if g[-1].person and not g[0].person:
                continue  # "ý kiến các Bộ: A, B, Phó Thủ tướng X có ý kiến …": the person before the cue speaks
            cue_at = self._after_name(g[-1].end, s.end)
            if self._at_subject_position(s, g[0].start) \
                    and (_SPEAKER_RX.match(self.f, cue_at, s.end) or self._appraisal_before_request(s, cue_at)):
                self.ctx.speaker = self._as_speaker(g[0])
                if not g[0].person and self.ctx.speaker.kind in STANDING_KINDS \
                        and _HOLD_MEETING_RX.match(self.f, cue_at, s.end):
                    self.ctx.holder = self.ctx.speaker  # "Thường trực HĐND huyện tổ chức phiên họp …"
                self.ctx.co_speakers = _unique([a.bodies[0] for a in g[1:] if not a.person
                                                and a.bodies[0].iri != self.ctx.speaker.iri])
                cue = _SPEAKER_RX.match(self.f, self._after_name(g[-1].end, s.end), s.end)
                number = _DOC_NUMBER_RX.match(self.f, cue.end(), s.end) if cue else None
                sent = _SENT_TO_RX.match(self.f, _skip(self.f, number.end() if number else cue.end()), s.end) \
                    if cue else None
                run = self._assignee_run(sent.end(), s.end, groups)[0] if sent else []
                if run:
                    # "UBND tỉnh có văn bản gửi các sở, ngành, UBND các huyện về …": the addressees of the text
                    # are those its later requests ("đề nghị các đơn vị …") speak to
                    self._remember(self.ctx.speaker, [b for a in run for b in a.bodies], s)
                return
        if self._topic_head_duty(s, groups):
            return
        if s.paragraph != self.ctx.upward_paragraph:
            place_subject = self._place_subject(s)
            if place_subject is not None and self._duty_of_subject(s, [place_subject]):
                return
        self._continuation(s, groups)

    def _standalone_reports(self, s: Sentence) -> None:
        """"X (định kỳ, sẽ) tổng hợp, báo cáo Y …" with no assigner in force: X reports to Y all the
        same (gold README "Reporting": every explicit "báo cáo … Y" obligation is a record)."""
        if _ATTENDANCE_RX.match(self.f, s.start, s.end):
            return
        groups = self._groups(self._actors(s))
        for g in _subgroups(groups):
            if (g[0].person and not g[0].head) or not self._at_subject_position(s, g[0].start):
                continue
            pos = self._after_name(g[-1].end, s.end)
            paren = _PAREN_RX.match(self.t, pos, s.end)
            pos = paren.end() if paren else pos
            if _NOT_DUTY_RX.match(self.f, pos, s.end) or not self._starts_task(pos, s.end, future=True):
                continue
            m = _REPORT_RX.search(self.f, pos, s.end)
            if m is None or not self._reporting_verb(pos, m.start()):
                continue
            self._emit_standalone(s, [b for a in g for b in a.bodies], pos, m)
            return

    def _reporting_verb(self, lo: int, at: int) -> bool:
        """Between subject and "báo cáo" only verbs, adverbs, modals and commas: no other body, no
        assigning verb, no purpose ("để … báo cáo"), no noun "báo cáo" ("dự thảo báo cáo")."""
        gap = self.f[lo:at]
        actors = self._cur[2] if self._cur is not None else []
        if len(gap) > 120 or any(lo <= a.start < at and not _COOPERATE_RX.search(self.f, lo, a.start) for a in actors):
            return False  # "X chủ trì, phối hợp với Y tổng hợp, báo cáo Z": partners may stand between
        if _ASSIGN_RX.search(gap) or _PURPOSE_WORD_RX.search(gap) or _ADVICE_BEFORE_RX.search(gap):
            return False
        return not _NOT_REPORT_BEFORE_RX.search(self.f, max(lo, at - 40), at)

    def _emit_standalone(self, s: Sentence, reporters: list[Body], lo: int, m: re.Match[str]) -> None:
        hi = _trim_end(self.t, s.end)
        recipients, about, freq = self._report_target(m.end(), hi)
        if not recipients:
            return  # no recipient named: a judgment call (gold README), no record
        if freq is None:
            found = FREQUENCY_RX.search(self.f, lo, m.start())
            freq = frequency_at(self.t, found) if found else None
        deadline = find_deadline(self.t, self.f, lo, hi, self.year)
        if not about:
            about = self._object_text(lo, m.start())
        seen: set[tuple[str, str]] = set()
        for reporter in _unique(reporters):
            for r in _unique(recipients):
                if r.iri == reporter.iri or (reporter.iri, r.iri) in seen:
                    continue
                seen.add((reporter.iri, r.iri))
                self.reports.append(ReportFact(_whole(s), reporter, r, about, freq, deadline, None))

    def _assign_verb_after(self, after: int, hi: int) -> re.Match[str] | None:
        """The assigning verb right after a subject: "A (cũng) yêu cầu", "Phó Thủ tướng thường trực
        NAME yêu cầu", "A ban hành Công văn số … chỉ đạo" (a written directive between issuer and verb)."""
        self._gap_addressees = []
        after = self._after_name(after, hi)
        v = _ASSIGN_RX.search(self.f, after, hi)
        while v is not None and (self.f[max(after, v.start() - 3):v.start()] == "có "
                                 or _ASSIGN_RX.match(self.f, _skip(self.f, v.end()), hi)) \
                and not self._actor_starting(self._addressee_pos(v.end()), hi):
            v = _ASSIGN_RX.search(self.f, v.end(), hi)  # "có (ý kiến) chỉ đạo yêu cầu B": the request is the verb
        if v is None:
            return None
        gap = self.f[after:v.start()]
        if _GAP_ADVERBS_RX.match(gap) and ("đã" not in gap or self._addressee_starting(v.end(), hi)):
            return v  # "A đã phân công B …" narrates an assignment; "A đã chỉ đạo" alone is a fact
        second = self._second_predicate_verb(v, after, hi)
        if second is not None:
            return second  # "A đã thành lập B, đồng thời giao C …": A's second predicate, not B's
        issue = _ISSUE_GAP_RX.match(self.f, after, hi)
        if issue and _skip(self.f, issue.end()) == v.start():
            sent = _SENT_TO_RX.search(self.f, after, issue.end())
            if sent:
                whole = Sentence(-1, sent.end(), v.start(), self.t[sent.end():v.start()], -1)
                run, _end = self._assignee_run(sent.end(), v.start(), self._groups(self._actors(whole)))
                provinces = None if run else self._bare_provinces(sent.end(), v.start())
                self._gap_addressees = [provinces] if provinces is not None else run
            return v
        return None

    def _second_predicate_verb(self, v: re.Match[str] | None, after: int, hi: int) -> re.Match[str] | None:
        """"A đã thành lập B, đồng thời giao C …", "A ban hành Kế hoạch và yêu cầu C …": the assigning verb of a second
        predicate the subject joins to its first (a verb inside a name, "Ban Chỉ đạo", is none)."""
        lead = _GAP_LEAD_RX.match(self.f, after)
        if lead is None or not _VERB_RX.match(self.f, lead.end()):
            return None
        names = [(a.start, a.end) for a in (self._cur[2] if self._cur is not None else [])]
        while v is not None and any(a <= v.start() < b for a, b in names):
            v = _ASSIGN_RX.search(self.f, v.end(), hi)
        if v is None or re.search(r"[.;:]", self.f[after:v.start()]) or _HEAD_OF_RX.match(self.f, v.start()):
            return None  # "… với các tổ công tác và lãnh đạo các xã": the communes' leaders, a noun
        if _COORDINATED_GAP_RX.search(self.f, after, v.start()) and self._addressee_starting(v.end(), hi):
            return v
        return None

    def _on_behalf(self, s: Sentence, actors: list[Actor], groups: list[list[Actor]]) -> bool:
        """"Thay mặt Thường trực HĐND tỉnh, bà NAME đề nghị UBND tỉnh …": whoever speaks, the body named after
        "thay mặt" (on behalf of) is the assigner."""
        m = _ON_BEHALF_RX.search(self.f, s.start, s.end)
        if m is None or not _OPENER_RX.fullmatch(self.f, s.start, m.start()):
            return False
        body = next((a for a in actors if a.start == m.end() and not a.person), None)
        name = _APPOSED_NAME_RX.match(self.f, body.end, s.end) if body is not None else None
        name_end = person_name_at(self.t, name.end()) if name else None
        if body is None or not name_end:
            return False
        title = _TITLE_APPOSED_RX.match(self.f, name_end, s.end)  # "…, bà NAME, Phó Chủ tịch HĐND tỉnh, đề nghị"
        v = self._assign_verb_after(title.end() if title else name_end, s.end)
        return bool(v and self._explicit(s, [body], v, groups))

    def _addressee_starting(self, after_verb: int, hi: int) -> bool:
        """A body, or units standing for their committees ("các quận: Hồng Bàng, Lê Chân", "huyện X"), right after
        an assigning verb."""
        pos = self._addressee_pos(after_verb)
        if self._actor_starting(pos, hi):
            return True
        place, end = self.finder.place(pos, allow_bare_name=False, bare_words=False)
        return isinstance(place, (Place, Plural)) and pos < end <= hi

    def _after_name(self, pos: int, hi: int) -> int:
        """Past the rest of a title and a person's name ("Phó Thủ tướng thường trực NAME …"), or a
        body's term ("Thường trực HĐND huyện khóa XI, nhiệm kỳ 2016-2021 họp …")."""
        paren = _PAREN_RX.match(self.t, pos, hi)
        if paren:
            pos = paren.end()  # "Sở Nội vụ (cơ quan thường trực Ủy ban bầu cử tỉnh) đề nghị …"
        term = _TERM_RX.match(self.f, pos, hi)
        if term:
            return term.end()
        appo = _APPOSED_NAME_RX.match(self.f, pos, hi)
        if appo:
            name_end = person_name_at(self.t, appo.end())
            if name_end and self.t[name_end:name_end + 1] == ",":
                return name_end + 1  # "Phó Bí thư Thành ủy, ông NAME, có chỉ đạo …"
        name = _TITLE_TAIL_RX.match(self.f, pos, hi)
        if name:
            name_end = person_name_at(self.t, _skip(self.f, name.end()))
            if name_end:
                return name_end
        if (this := _DEMONSTRATIVE_RX.match(self.f, pos, hi)) is not None:
            return this.end()  # "UBND thành phố này yêu cầu …"
        return pos

    def _senior_post(self, bodies: list[Body]) -> Body:
        """The body a person with several posts speaks for outside a meeting of one of them: the last post
        written ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the UBND), except that a party secretary who also
        chairs the People's Council speaks as secretary ("Bí thư Đảng ủy, Chủ tịch HĐND xã"), and as the secretary
        of the council's own level: a seat on the Central Committee ("Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư
        Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh") is no capacity to speak in at a provincial meeting."""
        last = bodies[-1]
        if last.kind in ("peoples_council", "peoples_council_standing"):
            party = [b for b in bodies if b.kind in PARTY_KINDS]
            return next((b for b in party if b.level == last.level), party[0] if party else last)
        return last

    def _post_for(self, assigner: Body, assignees: list[Body]) -> Body:
        """A person holding posts in the Party and the state directs party bodies as the party official ("Phó Bí thư
        Tỉnh ủy, Chủ tịch UBND tỉnh … yêu cầu Ban Thường vụ Huyện ủy …"); other bodies as the post chosen before."""
        posts = self._posts_of.get(assigner.iri)
        if not posts:
            return assigner
        party = [b.kind in PARTY_KINDS for b in assignees]
        if all(party) and assigner.kind not in PARTY_KINDS:
            return next((b for b in reversed(posts) if b.kind in PARTY_KINDS), assigner)
        return assigner

    def _council_at_session(self, s: Sentence, bodies: list[Body]) -> Body | None:
        """"Phát biểu bế mạc Kỳ họp, ông X, Bí thư Huyện ủy, Chủ tịch HĐND huyện …": at a council's session its
        chair speaks for the council."""
        if not _SESSION_RX.search(self.f, s.start, s.end):
            return None
        return next((b for b in bodies if b.kind == "peoples_council"), None)

    def _as_speaker(self, actor: Actor) -> Body:
        """A head of a body at the meeting of that body's standing part speaks for the part
        ("Chủ tịch HĐND huyện kết luận" at a Thường trực HĐND meeting, also after another body's head has spoken
        there)."""
        body = actor.bodies[0]
        for part in (self.ctx.speaker, self.ctx.holder):
            if actor.person and part is not None and part.iri != body.iri and part.kind in STANDING_KINDS \
                    and belongs_to(part, body):
                return part
        return body

    def _standing_part_of(self, body: Body) -> bool:
        """The current speaker is a standing part of ``body``: "tại kỳ họp thứ 7, HĐND huyện …" named at a Thường
        trực HĐND meeting is the council's session being prepared, not the council taking the floor."""
        speaker = self.ctx.speaker
        return speaker is not None and speaker.kind in STANDING_KINDS and speaker.iri != body.iri \
            and belongs_to(speaker, body)

    def _in_lineage(self, body: Body) -> bool:
        """``body`` is the current speaker or one of the bodies it belongs to (Thường trực → Ban
        Thường vụ → Thành ủy)."""
        return belongs_to(self.ctx.speaker, body)

    def _addressee_pos(self, pos: int) -> int:
        pos = _skip(self.f, pos)
        intro = _RECEIVER_INTRO_RX.match(self.f, pos)
        return intro.end() if intro else pos

    def _time_adjunct_end(self, pos: int, hi: int) -> int | None:
        """Past a time set off by a comma at ``pos``: a deadline ("Trước ngày 20/12,", "Chậm nhất ngày 20-7,"), a
        frequency ("Hằng tháng,"), a span of days or a time clause ("từ ngày 30/4 đến hết ngày 3/5,", "sau khi …,"),
        or several in a row ("Định kỳ hàng tuần, trước 9h00 thứ hai,")."""
        past = None
        while True:
            k = _skip(self.f, past or pos)
            end = None
            deadline = find_deadline(self.t, self.f, k, hi, self.year)
            if deadline is not None and deadline.start == k and not self.f.startswith("ngày", k):
                end = deadline.end  # "Ngày 15/3, …" dates a narrated event; it sets no time limit
            for m in (FREQUENCY_RX.match(self.f, k, hi), _SPAN_ADJUNCT_RX.match(self.f, k, hi)):
                if m is not None:
                    end = max(end or 0, m.end())
            comma = _COMMA_RX.match(self.f, end, hi) if end is not None else None
            if comma is None:
                return past
            past = comma.end()

    def _bare_time_before_task(self, pos: int, hi: int) -> int | None:
        """Past frequencies and deadlines written before a task's verb without a comma ("Định kỳ trước ngày 01/6
        và 01/12 hằng năm báo cáo …"), when a task does follow; else None."""
        k, moved = _skip(self.f, pos), False
        while k < hi:
            ends = [m.end() for m in (FREQUENCY_RX.match(self.f, k, hi), _AND_DATE_RX.match(self.f, k, hi)) if m]
            deadline = find_deadline(self.t, self.f, k, hi, self.year)
            if deadline is not None and deadline.start == k:
                ends.append(deadline.end)
            if not ends:
                break
            k, moved = _skip(self.f, max(ends)), True
        return k if moved and self._starts_task(k, hi) and not _SPAN_ADJUNCT_RX.match(self.f, pos, hi) else None

    def _addressees_after_time(self, pos: int, hi: int) -> int | None:
        """"yêu cầu: từ ngày … đến …, các đơn vị …", "yêu cầu sau khi kết thúc đại hội các đơn vị …": where the
        addressees start after a time between the request and them (a body or a plural naming the last ones)."""
        ends = [self._time_adjunct_end(pos, hi)]
        bare = _BARE_TIME_CLAUSE_RX.match(self.f, _skip(self.f, pos), hi)
        ends.append(bare.end() if bare else None)
        for end in ends:
            if end is not None and (self._actor_starting(end, hi) or _ANAPHORA_RX.match(self.f, end, hi)):
                return end
        return None

    def _request_after_appraisal(self, g: list[Actor], hi: int) -> re.Match[str] | None:
        """"A đánh giá cao …, đồng thời yêu cầu B …", "A ghi nhận …; đề nghị B …": what the subject says of others,
        then its request in the same sentence; no other subject acts in between."""
        lead = _APPRAISAL_RX.match(self.f, self._after_name(g[-1].end, hi), hi)
        if lead is None:
            return None
        join = _REQUEST_JOIN_RX.search(self.f, lead.end(), hi)
        if join is None:
            return None
        actors = self._cur[2] if self._cur is not None else []
        for a in actors:
            if lead.end() <= a.start and a.end <= join.start():
                nxt = self.f[_skip(self.f, a.end):]
                if _ASSIGN_RX.match(nxt) or _MODAL_RX.match(nxt) or _UPWARD_RX.match(nxt):
                    return None  # "…, Sở Nội vụ đề nghị …": another subject speaks
        return _ASSIGN_RX.match(self.f, join.end(), hi)

    def _appraisal_before_request(self, s: Sentence, pos: int) -> bool:
        """"A ghi nhận …; đề nghị B …": the appraising clause makes A the speaker of the request after ";"."""
        whole = _whole(s)
        if not _APPRAISAL_RX.match(self.f, pos, s.end):
            return False
        if whole is s:  # "A biểu dương …. Đồng thời, đề nghị B …": the next sentence's request is A's too
            return _NEXT_REQUEST_RX.match(self.f, s.end) is not None
        request = _REQUEST_AFTER_CLAUSE_RX.match(self.f, s.end, whole.end)
        return request is not None and self.f[s.start:s.end].rstrip().endswith(";")

    def _conveyed(self, s: Sentence, groups: list[list[Actor]]) -> bool:
        """"Văn phòng X thông báo ý kiến kết luận của Phó Chủ tịch UBND tỉnh …": the leader's body
        speaks (the office only conveys), and assigns when a verb follows the leader."""
        m = _CONVEY_RX.search(self.f, s.start, s.end)
        if m is None:
            return False
        grp = next((g for g in _subgroups(groups) if g[0].start == m.end()), None)
        if grp is None:
            return False
        if any(g[0].start > grp[0].end and self._at_subject_position(s, g[0].start)
               and self._assign_verb_after(g[-1].end, s.end) for g in _subgroups(groups)):
            return False  # "Trong khi chờ Thông báo kết luận của Thủ tướng(, …), Chủ tịch UBND tỉnh yêu cầu …"
        self.ctx.speaker = grp[0].bodies[0]
        v = self._assign_verb_after(grp[-1].end, s.end)
        if v is not None:
            self._explicit(s, grp[:1], v, groups)
        return True

    def _direction_heading(self, s: Sentence, actors: list[Actor]) -> bool:
        """"Ý kiến chỉ đạo của Bí thư Tỉnh ủy: (…, vì vậy) đề nghị UBND tỉnh …": the leader named in the heading
        speaks; the request after the colon, with no subject of its own, is theirs."""
        head = _DIRECTION_HEAD_RX.match(self.f, s.start, s.end)
        if head is None:
            return False
        actor = next((a for a in actors if a.start == head.end()), None)
        colon = re.match(r"\s*:\s*", self.t[actor.end:s.end]) if actor is not None else None
        if actor is None or colon is None:
            return False
        self.ctx.speaker = actor.bodies[0]
        lo = actor.end + colon.end()
        request = None
        for v in _GIAO_RX.finditer(self.f, lo, s.end):
            before = self.f[lo:v.start()]
            if v.start() == lo or _REQUEST_LEAD_RX.search(before):
                request = v
            break
        if request is None or not self._actor_starting(request.end(), s.end):
            return True  # the heading only names who speaks; the lines below carry the duties
        self._continuation(Clause(s.index, request.start(), s.end, self.t[request.start():s.end], s.paragraph,
                                  _whole(s)), self._groups(self._actors(s)))
        return True

    def _topic_head_duty(self, s: Sentence, groups: list[list[Actor]]) -> bool:
        """"Với Bộ Công an, tiếp tục mở các đợt cao điểm …", "Đối với UBND các huyện: …": the body the
        sentence is about gets the duties that follow, from the current speaker."""
        head = _TOPIC_HEAD_RX.match(self.f, s.start, s.end)
        speaker = self.ctx.speaker
        if head is None or speaker is None:
            return False
        run, end = self._assignee_run(head.end(), s.end, groups)
        sep = re.match(r"\s*[,:]\s*", self.t[end:s.end]) if run else None
        if not sep or not self._starts_task(end + sep.end(), s.end):
            return False
        bodies = [b for a in run for b in a.bodies if b.iri != speaker.iri]
        if not bodies:
            return False
        self._assign(s, speaker, bodies, end + sep.end())
        self._remember(speaker, bodies, s)
        return True

    def _place_subject(self, s: Sentence, levels: tuple[str, ...] = ("district", "commune")) -> Actor | None:
        """"Riêng TP Thủ Đức cần …": a district or commune named as the subject means its UBND (with
        ``levels`` including the province: "Tỉnh yêu cầu B …", the province speaking through its UBND)."""
        m = _OPENER_RX.match(self.f, s.start, s.end)
        pos = m.end() if m else s.start
        told = _TOLD_LEAD_RX.match(self.f, pos, s.end)
        pos = told.end() if told else pos  # "Thông tin từ UBND tỉnh cho biết, tỉnh đã chỉ đạo …"
        when = _WHEN_CLAUSE_RX.match(self.f, pos, s.end)
        pos = when.end() if when else pos  # "Khi có cháy rừng, các xã …"
        leaders = _LEADERS_OF_RX.match(self.f, pos, s.end) if "province" in levels else None
        if leaders:  # "(Bên cạnh đó,) lãnh đạo tỉnh (cũng) chỉ đạo …": the place's leadership, through its UBND
            place, end = self.finder.place(leaders.end(), allow_bare_name=False)
            place = self.finder.resolve_place(place) if place == "home" else place
            if isinstance(place, Place):
                return Actor(pos, end, [self.finder.namer.people_committee(place)], person=True)
        place, end = self.finder.place(pos, allow_bare_name=False)
        if place == "home" and "province" in levels:
            place = self.finder.resolve_place(place)  # "Tỉnh …", "Thành phố …": the document's own unit
        if isinstance(place, Place) and place.level in levels and end > pos:
            return Actor(pos, end, [self.finder.namer.people_committee(place)])
        by = self.ctx.speaker or self.ctx.last_assigner
        if isinstance(place, Plural) and place.level in levels and by is not None and self.f.startswith("các", pos):
            units = self.finder.addressed_units(pos, by)  # "Các xã, thị trấn báo cáo …": their People's Committees
            if units is not None:
                return Actor(pos, units[1], [units[0]])
        return None

    def _capacity(self, g: list[Actor]) -> Actor:
        """Titles of one unnamed person listed together ("Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện yêu
        cầu …"): the title tied to the body whose meeting this is acts, else the first."""
        if len(g) > 1 and all(a.person and a.head for a in g):
            for a in g:
                if self._as_speaker(a).iri != a.bodies[0].iri:
                    return a
        return g[0]

    def _explicit(self, s: Sentence, g: list[Actor], v: re.Match[str], groups: list[list[Actor]]) -> bool:
        assigner = self._as_speaker(self._capacity(g))
        verb = fold(v.group(0))
        pos = _skip_punct(self.f, v.end())  # "yêu cầu, UBND các huyện …" / "yêu cầu: …"
        intro = _RECEIVER_INTRO_RX.match(self.f, pos)
        if intro:
            pos = intro.end()
        when = _TIME_ADJUNCT_RX.match(self.f, pos, s.end)
        if when and self._actor_starting(when.end(), s.end):
            pos = when.end()  # "đề nghị tháng 12/2018 Thường trực HĐND, các Ban HĐND …": the time the request covers
        elif not (self._actor_starting(pos, s.end) or _ANAPHORA_RX.match(self.f, pos, s.end)):
            pos = self._addressees_after_time(pos, s.end) or pos  # "yêu cầu: từ ngày … đến …, các đơn vị …"
        pre_freq = None
        fm = FREQUENCY_RX.match(self.f, pos)
        if fm:
            pre_freq = frequency_at(self.t, fm)
            pos = _skip(self.f, fm.end())
            if self.f[pos:pos + 1] == ",":
                pos = _skip(self.f, pos + 1)
        run, run_end = self._assignee_run(pos, s.end, groups, assigner)
        if not run and self._gap_addressees:
            run, run_end = self._gap_addressees, pos
        if not run:
            back = self._anaphora(pos, s.end, assigner)
            if back is not None:
                run, run_end = back
        if not run:
            topic = self._topic_intro_actor(s, groups, g)
            place = None if topic else self._place_assignee(pos, s.end, assigner)
            if topic is None and place is None:
                rest = self.f[pos:s.end].strip(" .:")
                if verb.startswith(("giao", "yeu cau", "de nghi")) or (verb.startswith("chi dao") and not rest):
                    self.ctx.speaker = assigner  # "X chỉ đạo: B …; C …": X speaks the items after the colon
                    return not rest  # "X yêu cầu." alone says nothing more
                return False
            if topic is not None:
                assignees = topic.bodies
                vp_lo = pos
            else:
                assert place is not None
                assignees = place.bodies
                vp_lo = place.end
        else:
            assignees = self._resolve_vague([b for a in run for b in a.bodies], assigner, s)
            vp_lo = run_end
        if verb == "de nghi" and any(LEVEL_RANK.get(b.level, 0) > LEVEL_RANK.get(assigner.level, 0)
                                     or stands_above(b, assigner) for b in assignees):
            return False  # "Sở X đề nghị UBND tỉnh …", "UBND huyện đề nghị UBND tỉnh …": a request upwards
        assignees = [b for b in assignees if b.iri != assigner.iri]
        if not assignees:
            return False
        assigner = self._post_for(assigner, assignees)
        speaker = self.ctx.speaker
        issue = _ISSUE_GAP_RX.match(self.f, self._after_name(g[-1].end, s.end), s.end)
        own_directive = bool(issue and _skip(self.f, issue.end()) == v.start())
        # "Từ đầu năm, Đảng ủy xã đã chỉ đạo UBND xã …": what the body did, not a job the speaker gives it
        narrated = bool(_PAST_OPENER_RX.match(self.f, s.start, g[0].start)) \
            and _DONE_BEFORE_RX.search(self.f, g[-1].end, v.start()) is not None
        if verb.startswith(("chi dao", "lanh dao")) and speaker is not None and speaker.iri != assigner.iri \
                and not own_directive and not narrated \
                and LEVEL_RANK.get(speaker.level, 0) >= LEVEL_RANK.get(assigner.level, 0):
            # "B chỉ đạo C …" inside A's directive: A gives B the job of directing C
            top = self._assign(s, speaker, [assigner], v.start(), pre_freq=None, chain=False)
            # the directed bodies' task ends with its clause: "…; báo cáo Thủ tướng" is the middle body's
            self._assign(s, assigner, assignees, vp_lo, pre_freq, chained_from=top[0] if top else None,
                         report_hi=self._clause_end(vp_lo, s.end))
            if self.t[:s.end].rstrip().endswith(":"):
                # "… B chỉ đạo C thực hiện một số việc sau:" — the items are C's tasks, under B
                self._remember(assigner, assignees, s)
            else:
                self._remember(speaker, [assigner], s)
            return True
        if not _DEPUTIES_RX.match(self.f, g[0].start):
            self.ctx.speaker = assigner  # deputies raise requests; they do not take over the session
        self._assign(s, assigner, assignees, vp_lo, pre_freq)
        if not narrated:  # the sentences after a narrated direction go on narrating
            self._remember(assigner, assignees, s)
        co = _unique([a.bodies[0] for a in g[1:] if not a.person and a.bodies[0].iri != assigner.iri])
        for other in co:  # "Bộ Chính trị, Ban Bí thư yêu cầu …": each assigns
            self._assign(s, other, [b for b in assignees if b.iri != other.iri], vp_lo, pre_freq)
        self.ctx.co_speakers = co
        return True

    def _assignee_run(self, pos: int, hi: int, groups: list[list[Actor]],
                      assigner: Body | None = None) -> tuple[list[Actor], int]:
        """The addressees after an assigning verb: actors joined by ",", ";", "và", each may carry a
        head noun and a qualifier ("người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND …"); with the
        assigner known, units addressed among them are their committees ("đề nghị các ngành, các xã, thị trấn …")."""
        actors = [a for g in groups for a in g]
        run: list[Actor] = []
        end = pos
        label = _ADDRESSEE_LABEL_RX.match(self.f, pos, hi)
        if label and any(a.start == label.end() for a in actors):
            end = label.end()  # "yêu cầu Bộ trưởng các bộ: Công an, Tài chính …"
        elif not any(a.start == pos for a in actors):
            end = self._past_unknown_addressee(pos, hi, actors)
        while True:
            nxt = next((a for a in actors if a.start == end), None)
            if nxt is None:
                break
            personal = nxt.named or (nxt.person and not nxt.head and _PERSONAL_RX.match(self.f, nxt.start))
            if not personal:  # "yêu cầu Ban cán sự đảng … và ông X, Chủ tịch …": the person is addressed in person
                run.append(nxt)
            end = nxt.end
            q = _RUN_QUALIFIER_RX.match(self.f, end, hi)
            if q:
                end = q.end()
            j = _RUN_JOIN_RX.match(self.f, end, hi)
            if j and any(a.start == j.end() for a in actors):
                end = j.end()
                continue
            units = self.finder.addressed_units(j.end(), assigner) if j and assigner is not None else None
            if j and units is not None and units[1] <= hi:
                run.append(Actor(j.end(), units[1], [units[0]]))
                end = units[1]
                j = _RUN_JOIN_RX.match(self.f, end, hi)
                if j and any(a.start == j.end() for a in actors):
                    end = j.end()  # "Sở Y tế, các huyện, thành phố và Công an tỉnh"
                    continue
                break
            step = self._past_unknown_item(j.end(), hi, actors) if j and j.group(0).strip() else None
            if step is None and _heading_list(self.t, end, hi):
                step = self._past_unknown_item(end, hi, actors)  # "…; các cơ quan Trung ương tại tỉnh; …:" its rest
            if step is not None:
                end = step  # "Sở Y tế, các thành viên Ban Chỉ đạo tỉnh, UBND các huyện …": an item it cannot name
                continue
            break
        return run, (run[-1].end if run and not _RUN_QUALIFIER_RX.match(self.f, run[-1].end, hi) else end)

    def _past_unknown_item(self, pos: int, hi: int, actors: list[Actor]) -> int | None:
        """Where the next known addressee starts after an item of the list the grammar cannot name
        (no verb in it, up to the next "," or ";"), or None when the list has ended."""
        inside = [(a.start, a.end) for a in actors if pos <= a.start]
        if _heading_list(self.t, pos, hi):
            # "Thủ trưởng các sở; các Hội do Đảng và Nhà nước giao nhiệm vụ; Chủ tịch UBND các huyện:": a heading of
            # addressees set apart by ";" may describe one with a verb ("giao nhiệm vụ"); the next ";" ends it
            for sep in re.finditer(r";\s*", self.t[pos:min(hi, pos + 200)]):
                if any(a.start == pos + sep.end() for a in actors):
                    return pos + sep.end()
            return None
        for sep in re.finditer(r"[;,]\s*(?:và\s+)?|\s+và\s+", self.t[pos:min(hi, pos + 100)]):
            at = pos + sep.end()
            gap = [(x, y) for x, y in inside if y <= pos + sep.start()]
            for rx_ in (_VERB_RX, _MODAL_RX, _ASSIGN_RX, _COOPERATE_RX):
                for m in rx_.finditer(self.f, pos, pos + sep.start()):
                    bounded = m.start() == 0 or not self.f[m.start() - 1].isalnum()
                    if bounded and not any(x <= m.start() < y for x, y in gap):
                        return None
            if (lead := _PREFIX_RX.match(self.f, pos)) is not None and lead.end() > pos:
                return None  # "…, khẩn trương …": the task has begun
            if any(a.start == at for a in actors):
                return at
        return None

    def _past_unknown_addressee(self, pos: int, hi: int, actors: list[Actor]) -> int:
        """"yêu cầu các thành viên Ban chỉ đạo …; Thủ trưởng các sở …", "yêu cầu Công ty Điện lực X, Sở Công Thương
        …": a first addressee the grammar cannot name (a plural or a short capitalised name), ended by ";" (or ",")
        before known ones, with no verb in it, is stepped over."""
        for sep in re.finditer(r"[;,]\s*", self.t[pos:min(hi, pos + 120)]):
            at = pos + sep.end()
            if any(a.start == at for a in actors):
                between = self.f[pos:pos + sep.start()]
                inside = [(a.start, a.end) for a in actors if pos <= a.start < pos + sep.start()]
                verbs = [m for rx_ in (_VERB_RX, _MODAL_RX) for m in rx_.finditer(self.f, pos, pos + sep.start())
                         if not any(x <= m.start() < y for x, y in inside)]
                named = self.t[pos:pos + 1].isupper() and len(between.split()) <= 8  # "Công ty Điện lực X, Sở …"
                return at if (between.startswith("các ") or named) and not verbs else pos
        return pos

    def _anaphora(self, pos: int, hi: int, assigner: Body | None = None) -> tuple[list[Actor], int] | None:
        """"yêu cầu các địa phương …", "chỉ đạo các đơn vị trên …": a generic plural that names no
        body refers back: with "trên/nêu trên/này" to the bodies just listed together, bare to the
        last assignees."""
        m = _ANAPHORA_RX.match(self.f, pos, hi)
        if m is None:
            return None
        bodies = self.ctx.last_group if m.group(1) else self.ctx.last_assignees
        last = self.ctx.last_assigner
        if not m.group(1) and assigner is not None and last is not None and last.iri != assigner.iri:
            return None  # "A đề nghị B …; C chỉ đạo các cơ quan …": C's own bodies, not A's addressees
        if not bodies:
            return None
        return [Actor(pos, m.end(), [b]) for b in bodies], m.end()

    def _resolve_vague(self, bodies: list[Body], assigner: Body, s: Sentence) -> list[Body]:
        """"UBND tỉnh chỉ đạo các sở, ngành và UBND các huyện …. Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương
        …": a group of unspecified agencies and localities addressed again by the same assigner means the bodies
        it has just addressed."""
        ctx = self.ctx
        last = [b for b in ctx.last_assignees if b.iri not in self.finder.vague]
        if ctx.last_assigner is None or ctx.last_assigner.iri != assigner.iri or len(last) < 2 \
                or len(last) != len(ctx.last_assignees) or not self._near(s):
            return bodies
        out: list[Body] = []
        for b in bodies:
            out.extend(last if b.iri in self.finder.vague and _VAGUE_NAME_RX.match(b.name) else [b])
        return _unique(out)

    def _place_assignee(self, pos: int, hi: int, assigner: Body) -> Actor | None:
        """"yêu cầu tỉnh Vĩnh Phúc …", "giao huyện X …": a unit addressed means its UBND."""
        chairs = _CHAIRS_OF_UNITS_RX.match(self.f, pos) if assigner.kind == "peoples_committee" else None
        # "yêu cầu các huyện, thành phố …", "yêu cầu Chủ tịch các huyện, TX, TP …": their UBND
        units = self.finder.addressed_units(chairs.end() if chairs else pos, assigner)
        if units is not None and units[1] <= hi:
            return Actor(pos, units[1], [units[0]])
        place, end = self.finder.place(pos, allow_bare_name=False)
        if isinstance(place, Place) and end > pos and end <= hi:
            more, last = self.finder.more_listed(end)  # "yêu cầu các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình …"
            if last <= hi:
                end = last
            else:
                more = []
            while (join := _RUN_JOIN_RX.match(self.f, end, hi)) is not None:  # "yêu cầu quận A, quận B …"
                nxt, nend = self.finder.place(join.end(), allow_bare_name=False, bare_words=False)
                if not isinstance(nxt, Place) or nxt.level != place.level or not join.end() < nend <= hi:
                    break
                more.append(nxt)
                end = nend
            return Actor(pos, end, [self.finder.namer.people_committee(p) for p in [place, *more]])
        provinces = self._bare_provinces(pos, hi)
        if provinces is not None:
            return provinces
        bare = BARE_TYPE_WORD_RX.match(self.f, pos)  # "đề nghị tỉnh tập trung …": the document's unit of that type
        if bare and bare.end() < hi and assigner.kind in _UNIT_ADDRESSERS and self.t[bare.end() + 1:][:1].islower():
            unit = self.finder.bare_unit(pos, bare.group(1))  # "Phó Thủ tướng đề nghị tỉnh tập trung …": its UBND
            if isinstance(unit, Place) and unit != assigner.unit:
                return Actor(pos, bare.end(), [self.finder.namer.people_committee(unit)])
        return None

    def _bare_provinces(self, pos: int, hi: int) -> Actor | None:
        """"yêu cầu Hà Nội, TP Hồ Chí Minh và Đà Nẵng chủ động …", "gửi Đà Nẵng, Quảng Ngãi và Gia Lai": provinces
        addressed by their names alone mean their People's Committees (a name of any lower unit stays unread)."""
        places: list[Place] = []
        label = _LOCALITIES_LABEL_RX.match(self.f, pos, hi)  # "yêu cầu các địa phương: Nghệ An, Hà Tĩnh …"
        at = last = label.end() if label else pos
        while True:
            place, end = self.finder.place(at, bare_words=False)
            if not isinstance(place, Place) or place.level != "province" or not at < end <= hi:
                break
            places.append(place)
            last = end
            join = _RUN_JOIN_RX.match(self.f, end, hi)
            if join is None:
                break
            at = join.end()
        if not places:
            return None
        return Actor(pos, last, [self.finder.namer.people_committee(p) for p in places])

    def _topic_intro_actor(self, s: Sentence, groups: list[list[Actor]], subject: list[Actor]) -> Actor | None:
        """"Về trách nhiệm của Ban Tổ chức Thành ủy, Ban Thường vụ Thành ủy yêu cầu …"."""
        for grp in groups:
            for actor in grp:
                if actor.start < subject[0].start and _TOPIC_INTRO_RX.search(self.f, s.start, actor.start):
                    return actor
        return None

    def _owner_of(self, bodies: list[Body]) -> Body | None:
        """The body every one of ``bodies`` belongs to when no speaker is named: the document's People's Committee
        for its own departments, the Government for ministries in a central text; else None."""
        if not bodies:
            return None
        unit = self.finder.own_unit()
        if unit is not None and all(b.kind == "department" and b.unit == unit for b in bodies):
            return self.finder.namer.people_committee(unit)
        if all(b.kind == "ministry" and not b.collective and b.name.startswith("Bộ ") for b in bodies):
            return self.finder.namer.national("Chính phủ")
        return None

    def _duty_of_subject(self, s: Sentence, g: list[Actor]) -> bool:
        speaker = self.ctx.speaker
        if speaker is None and not _REPORT_RX.search(self.f, g[-1].end, s.end) \
                and not _FUTURE_RX.match(self.f, _skip(self.f, g[-1].end), s.end):
            # no speaker named yet: "Sở X có trách nhiệm …" is its People's Committee's, which speaks from here on;
            # a report alone stays a report, "X sẽ …" describes a plan
            speaker = self.ctx.speaker = self._owner_of([b for a in g for b in a.bodies])
        if speaker is None:
            return False
        run, run_end = self._assignee_run(g[0].start, s.end, self._groups(self._actors(s)))
        area = _ON_AREA_RX.match(self.f, run_end, s.end)
        if area and self._starts_task(area.end(), s.end):
            run_end = area.end()  # "… các đoàn thể trên địa bàn cần …": the area the listed subjects work in
        if len(run) > len(g) and run[:len(g)] == g and (self._starts_task(run_end, s.end)
                                                        or re.fullmatch(r"\s*:\s*", self.t[run_end:s.end])):
            g = run  # "Sở Y tế, các thành viên Ban Chỉ đạo tỉnh, UBND các huyện … tăng cường": one listed subject
        pos = g[-1].end
        paren = _PAREN_RX.match(self.t, pos, s.end)
        if paren:
            pos = paren.end()
        q = _QUALIFIER_RX.match(self.f, pos)
        if q:
            pos = q.end()
        area = _ON_AREA_RX.match(self.f, pos, s.end)
        if area and self._starts_task(area.end(), s.end):
            pos = area.end()  # "Sở Y tế trên địa bàn tỉnh cần …"
        role = _ROLE_APPOSITION_RX.match(self.f, pos, s.end)
        if role:
            comma = _COMMA_RX.match(self.f, role.end(), s.end)
            after = comma.end() if comma else role.end()
            if self._starts_task(after, s.end) or self._helped(after, s.end):
                pos = after  # "Sở X là cơ quan thường trực, có trách nhiệm …": the role set off before the task
        helped = self._helped(pos, s.end)
        if helped is not None:
            pos = helped  # "Sở X giúp UBND tỉnh theo dõi …": the task is X's
        relative = _RELATIVE_RX.match(self.f, pos, s.end)
        if relative and not self._starts_task(pos, s.end) and self._urgent_task(relative.end(), s.end) \
                and not _ASSIGN_RX.search(self.f, pos, relative.end()):
            pos = relative.end()  # "Các bộ đến nay chưa có báo cáo …, khẩn trương gửi …": those the clause picks out
        colon = re.match(r"\s*[:;]\s*", self.t[pos:s.end])
        if colon and self._starts_task(pos + colon.end(), s.end):
            pos += colon.end()  # "Tất cả các sở, ngành; Báo cáo kịp thời …": a headed duty
        elif colon and colon.group(0).strip() == ":":
            # "- Các Bộ: Quốc phòng, Công an, …": the enumerated members are the subjects
            run, run_end = self._assignee_run(pos + colon.end(), s.end, self._groups(self._actors(s)))
            if not run and not self.t[pos + colon.end():s.end].strip() and _is_heading_start(self.f, s, g[0].start):
                # "- Sở Y tế:" heading the items below: they are its duties (continuation)
                self._remember(speaker, [b for a in g for b in a.bodies if b.iri != speaker.iri], s)
                return True
            if not run:
                return False
            g, pos = run, run_end
        if len(g) > 1 or self._parallel_item_follows(g[-1], s.end):
            pos = self._past_unnamed_members(pos, s.end)
        vague_tail = _VAGUE_TAIL_RX.match(self.f, pos, s.end)
        if vague_tail and self._starts_task(vague_tail.end(), s.end):
            pos = vague_tail.end()  # "UBND các xã, thị trấn, các cơ quan liên quan tăng cường …": the named ones act
        comma = re.match(r",\s*", self.t[pos:s.end])
        if comma and _VERB_RX.match(self.f, pos + comma.end()):
            pos += comma.end()  # "UBND các xã, phường, vận động nhân dân …": a comma before the verb
        elif len(g) > 1 and comma and not self._starts_task(pos, s.end):
            pos = self._past_to_urged_task(pos, s.end)
        rest = self.f[pos:s.end]
        if _WORKING_SESSION_RX.match(rest) and _NARRATED_DAY_RX.match(self.f, s.start, s.end):
            return False  # "Sáng 10/7, Đoàn công tác … làm việc với …": a session reported (its host speaks), no duty
        if _ISSUED_RX.match(rest) and _NARRATED_DAY_RX.match(self.f, s.start, s.end):
            # "Ngày 25/02/2021, Chủ tịch UBND tỉnh ban hành Công văn …": a document issued, no duty; its issuer speaks
            # in the lines after it, unless an office only conveys a leader's direction ("Văn phòng Trung ương Đảng")
            issuer = g[0].bodies[0]
            if not fold(issuer.name).startswith("van phong"):
                self.ctx.speaker = issuer
            return True
        if _PRESENTED_RX.match(rest) and _MEETING_REPORT_RX.match(self.f, s.start):
            self.ctx.meeting_report_paragraph = s.paragraph  # "Tại buổi làm việc, X đã báo cáo tiến độ …"
        if _NOT_DUTY_RX.match(rest) or _PAST_OPENER_RX.match(self.f, s.start, g[0].start):
            return False  # "Năm qua, Công an tỉnh phối hợp … tổ chức diễn tập": what was done, not a duty
        cue = _SPEAKER_RX.match(self.f, pos, s.end)
        if cue and re.match(r"[^.;:]{0,40}:", self.t[cue.end():s.end]):
            return False  # "… X chỉ đạo một số nội dung trọng tâm sau: …": X takes the floor (speaker cues below)
        initial = bool(_OPENER_RX.fullmatch(self.f, s.start, g[0].start))
        if not self._starts_task(pos, s.end, future=initial):
            return False  # "sẽ …" is a duty only for a subject opening its sentence, not inside a condition
        if _PRESENTED_RX.match(self.f, pos, s.end):
            if _MEETING_REPORT_RX.match(self.f, s.start):
                self.ctx.meeting_report_paragraph = s.paragraph
                return False  # "Tại hội nghị, các ban, ngành báo cáo kết quả …": what was presented, not a duty
            opener = _OPENER_RX.match(self.f, s.start, g[0].start)
            also = _ALSO_RX.match(self.f, pos, s.end) is not None
            if s.paragraph == self.ctx.meeting_report_paragraph and initial and opener is not None \
                    and (opener.end() > s.start or also):
                return False  # "…. Đồng thời, Ban Pháp chế báo cáo …", "Hội X cũng báo cáo …": presented there too
        subjects = self._resolve_vague([b for a in g for b in a.bodies if b.iri != speaker.iri], speaker, s)
        if not subjects or (g[0].person and not g[0].head):
            return False
        if any(LEVEL_RANK.get(b.level, 0) > LEVEL_RANK.get(speaker.level, 0) for b in subjects):
            return False
        vp_lo = pos
        chain = _CHAIN_RX.match(self.f, _skip(self.f, vp_lo))
        if chain and self._actor_at(chain.end()):
            top = self._assign(s, speaker, subjects, vp_lo, chain=False, subject=True)
            for i, subject in enumerate(subjects):  # "Sở A, Sở B chỉ đạo C …": each directs C
                self._chain_at(s, subject, chain.end(), top[i] if i < len(top) else None)
        else:
            self._assign(s, speaker, subjects, vp_lo, subject=True)
        for other in self.ctx.co_speakers:  # "Bộ Chính trị, Ban Bí thư yêu cầu …. Các tỉnh ủy … tập trung …": each asks
            self._assign(s, other, [b for b in subjects if b.iri != other.iri], vp_lo, subject=True)
        self._remember(speaker, subjects, s)
        return True

    def _helped(self, pos: int, hi: int) -> int | None:
        """Where the task starts after "giúp A" ("… giúp UBND tỉnh theo dõi, đôn đốc …"), when a task follows."""
        m = _HELP_RX.match(self.f, pos, hi)
        actor = self._actor_starting(m.end(), hi) if m else None
        if actor is None or not self._starts_task(actor.end, hi):
            return None
        return actor.end

    def _starts_task(self, pos: int, hi: int, future: bool = False) -> bool:
        """A modal or a verb, maybe after task adverbs ("kịp thời báo cáo", "khẩn trương rà soát")."""
        k = _skip(self.f, pos)
        will = _FUTURE_RX.match(self.f, k, hi) if future else None
        if will:
            k = will.end()  # "Bộ X sẽ tổng hợp, báo cáo …"
        remit = _REMIT_RX.match(self.f, k, hi)
        if remit:
            k = remit.end()
        if _MODAL_RX.match(self.f, pos, hi) or _MODAL_RX.match(self.f, k, hi):
            return True
        lead = _PREFIX_RX.match(self.f, k, hi)
        if _VERB_RX.match(self.f, lead.end() if lead else k, hi):
            return True
        return self._past_basis(k, hi) > k

    def _past_basis(self, k: int, hi: int) -> int:
        """"B: căn cứ số liệu của UBND các huyện, thành phố gửi về, tổng hợp …": where the task starts after the
        basis it rests on (``k`` when there is none)."""
        if not _BASIS_RX.match(self.f, k, hi):
            return k
        for c in re.finditer(r",\s*", self.f[k:min(hi, k + 160)]):
            lead = _PREFIX_RX.match(self.f, k + c.end(), hi)  # "…, nghiêm túc đánh giá …": an adverb first
            if _VERB_RX.match(self.f, lead.end() if lead else k + c.end(), hi):
                return k + c.end()
        return k

    def _past_to_urged_task(self, pos: int, hi: int) -> int:
        """"các sở, …, các Ban QLDA chuyên ngành, khu vực, các chủ đầu tư, khẩn trương đánh giá …": a listed subject
        may end with lowercase members the grammar cannot name when an urged task follows a comma; no verb, ";" or
        "." may stand between."""
        for c in re.finditer(r",\s*", self.t[pos:min(hi, pos + 80)]):
            at = pos + c.end()
            between = self.f[pos:pos + c.start()]
            if re.search(r"[;.:]", between):
                return pos
            for item in filter(None, (x.strip() for x in between.split(","))):
                nominal = item.startswith(("các ", "những "))  # "các chủ đầu tư": a plural noun, its words are nouns
                if len(item.split()) > 5 or (not nominal and any(
                        rx_.search(item) for rx_ in (_VERB_RX, _MODAL_RX, _ASSIGN_RX))):
                    return pos
            if self._urgent_task(at, hi):
                return at
        return pos

    def _urgent_task(self, pos: int, hi: int) -> bool:
        """A task opened by a modal or a task adverb ("khẩn trương gửi …", "cần …"), not by a bare verb."""
        k = _skip(self.f, pos)
        lead = _PREFIX_RX.match(self.f, k, hi)
        return bool(_MODAL_RX.match(self.f, k, hi) or (lead and lead.end() > k and self._starts_task(k, hi)))

    def _parallel_item_follows(self, actor: Actor, hi: int) -> bool:
        """"Sở Công thương, Sở NN-PTNT chỉ đạo …": a next item with the same head word continues the list."""
        head = self.t[actor.start:actor.end].split()[0] if actor.end > actor.start else ""
        nxt = re.match(r"\s*[,;]\s*(?:và\s+)?(\S+)", self.t[actor.end:hi])
        return bool(head and nxt and nxt.group(1) == head and head[:1].isupper())

    def _past_unnamed_members(self, pos: int, hi: int) -> int:
        """A listed subject may end with members the body grammar does not know ("Sở Y tế, Sở Tài
        chính, Ban An toàn giao thông tỉnh thường xuyên …"): past capitalised items to the verb."""
        if _MODAL_RX.match(self.f, pos) or _VERB_RX.match(self.f, _skip(self.f, pos)):
            return pos
        k = pos
        for _ in range(3):
            item = _LIST_ITEM_RX.match(self.t, k, hi)
            if not item:
                return pos
            for w in re.finditer(r"\s+", self.t[item.end():min(hi, item.end() + 80)]):
                at = item.end() + w.start()
                if _MODAL_RX.match(self.f, at) or _VERB_RX.match(self.f, at + len(w.group(0))):
                    return at
                if self.t[at - 1] in ",;":
                    k = at - 1
                    break
            else:
                return pos
        return pos

    def _continuation(self, s: Sentence, groups: list[list[Actor]]) -> None:
        """A sentence without a subject continues the last assignment (its assigner and all its
        assignees): "Đồng thời, …", "Tiếp tục …", "- Rà soát …"; "Giao B …" keeps only the assigner."""
        ctx = self.ctx
        if _is_heading(s):
            return
        m = _OPENER_RX.match(self.f, s.start, s.end)
        pos = m.end() if m else s.start
        timed = self._time_adjunct_end(pos, s.end)  # "Trước ngày 20/12, (các đơn vị) gửi báo cáo …"
        bare_time = None if timed else self._bare_time_before_task(pos, s.end)
        task_lo = pos  # "Định kỳ trước ngày 01/6 và 01/12 hằng năm báo cáo …": the times belong to the task
        pos = timed or bare_time or pos
        g = _GIAO_RX.match(self.f, pos)
        if ctx.last_assigner is None and ctx.speaker is None and not g:
            return
        if g and not self._actor_starting(g.end(), s.end) and _VERB_RX.match(self.f, g.end()) \
                and ctx.last_assigner is not None and ctx.last_assignees and self._near(s):
            # "Yêu cầu gửi báo cáo về Sở KH&ĐT trước ngày …": a request without addressee continues
            self._assign(s, ctx.last_assigner, ctx.last_assignees, g.end(), continues=ctx.last_mandate)
            ctx.last_paragraph = s.paragraph
            return
        if g:
            # "Cùng với đó, giao B …": only the assigner is left out; it is the current one
            run, run_end = self._assignee_run(g.end(), s.end, groups)
            if not run:
                run, run_end = self._anaphora(g.end(), s.end) or ([], g.end())
            givers = ctx.speakers() or ([ctx.last_assigner] if ctx.last_assigner else [])
            if not givers and (owner := self._owner_of([b for a in run for b in a.bodies])) is not None:
                givers = [owner]  # "Giao Bộ X …" with no speaker named: the Government; "Giao Sở X …": the UBND
                ctx.speaker = owner
            co = ctx.co_speakers
            for giver in givers:
                assignees = [b for a in run for b in a.bodies if b.iri != giver.iri]
                if assignees:
                    self._assign(s, giver, assignees, run_end, continues=ctx.last_mandate)
                    self._remember(giver, assignees, s)
            if givers:
                ctx.co_speakers = co
            return
        if ctx.last_assigner is None or not ctx.last_assignees or not self._near(s):
            return
        each = _DISTRIBUTIVE_RX.match(self.f, s.start, s.end)
        if each and self._starts_task(each.end(), s.end):
            # "Thông báo nêu rõ, từng ngành, từng địa phương chủ động rà soát …": each of the last assignees
            self._assign(s, ctx.last_assigner, ctx.last_assignees, each.end(), continues=ctx.last_mandate)
            ctx.last_paragraph = s.paragraph
            return
        if s.text.rstrip().endswith(":") and len(s.text.split()) <= LIST_HEADING_MAX_WORDS:
            ctx.last_paragraph = s.paragraph  # "- Báo cáo trong dịp nghỉ Lễ:" heads the items below
            return
        result = _RESULT_REPORT_RX.match(self.f, pos, s.end)
        if result and (not groups or groups[0][0].start > result.end()):
            # "Kết quả thực hiện báo cáo về UBND tỉnh trước ngày …": the last assignees report it
            self._assign(s, ctx.last_assigner, ctx.last_assignees, result.end(), continues=ctx.last_mandate)
            ctx.last_paragraph = s.paragraph
            return
        point = _POINT_HEAD_RX.match(self.f, pos, s.end)
        lv_pos = point.end() if point else pos
        if _LEVEL_SUBJECT_RX.match(self.f, lv_pos):
            # "(Về thời gian:) Cấp xã hoàn thành trước ngày 10/6; cấp huyện hoàn thành trước ngày 14/6": each
            # part is a duty of the last assignees of that level
            for part in re.finditer(r"[^;\s][^;]*", self.f[lv_pos:s.end]):
                lvl = _LEVEL_SUBJECT_RX.match(self.f, lv_pos + part.start())
                if not lvl or not self._starts_task(lvl.end(), lv_pos + part.end()):
                    continue
                level = {"xã": "commune", "huyện": "district", "tỉnh": "province"}[lvl.group(1)]
                of_level = [b for b in ctx.last_assignees if b.level == level]
                if of_level:
                    self._assign(s, ctx.last_assigner, of_level, lvl.end(), continues=ctx.last_mandate,
                                 report_hi=lv_pos + part.end())
                    ctx.last_paragraph = s.paragraph
            return
        ana = _ANAPHORA_RX.match(self.f, pos, s.end)
        if ana and self._starts_task(ana.end(), s.end) and not _NOT_DUTY_RX.match(self.f, ana.end(), s.end) \
                and not (groups and groups[0][0].start < ana.end()):
            # "Các đơn vị báo cáo bằng văn bản, gửi về …", "nếu có vướng mắc, các địa phương báo cáo về …": a
            # generic plural as the subject refers back to the last assignees (with "trên": those just listed)
            bodies = ctx.last_group if ana.group(1) and ctx.last_group else ctx.last_assignees
            if fold(ana.group(0)).startswith("cac dia phuong"):
                bodies = [b for b in bodies if b.kind in LOCAL_GOVERNMENT_KINDS]  # localities, not a Sở just named
            if bodies:
                self._assign(s, ctx.last_assigner, bodies, ana.end(), continues=ctx.last_mandate)
                ctx.last_paragraph = s.paragraph
            return
        marked = bool(m and self.f[s.start:m.end()].strip(" “\"‘«("))
        if s.paragraph != ctx.last_paragraph and ctx.last_aim and not marked:
            return  # a new paragraph of plain text after "giao …, với mục tiêu …" elaborates the aim
        if not (_MODAL_RX.match(self.f, pos) or _VERB_RX.match(self.f, pos)):
            lead = _LEAD_RX.match(self.f, s.start, s.end)
            adj = _CONT_ADJUNCT_RX.match(self.f, pos, s.end) or (
                _CONT_ADJUNCT_RX.match(self.f, lead.end(), s.end) if lead is not None else None)
            if adj and adj.end() > pos:
                pos = adj.end()  # "Đối với các nội dung vượt thẩm quyền, chủ động …"
        rest = self.f[pos:s.end]
        if _BASIS_LEAD_RX.match(rest):
            return  # "Thực hiện chỉ đạo của X tại Công văn số …": the basis of what follows, not a task
        lead = _PREFIX_RX.match(rest)
        if not (_MODAL_RX.match(rest) or _VERB_RX.match(rest, lead.end() if lead else 0)) \
                or _NOT_DUTY_RX.match(rest) or (_IMPERSONAL_RX.match(rest) and not marked):
            return  # a bare "Cần …"/"Phải …" (or after an adjunct) states a maxim; "Trong đó, cần …" continues
        if groups and groups[0][0].start == pos:
            return
        self._assign(s, ctx.last_assigner, ctx.last_assignees, task_lo if bare_time else pos,
                     continues=ctx.last_mandate)
        ctx.last_paragraph = s.paragraph

    def _near(self, s: Sentence) -> bool:
        """Close enough to the last assignment to continue it: the same paragraph, or a later one
        with only short lines (photo captions, list headings) in between."""
        last = self.ctx.last_paragraph
        if s.paragraph == last:
            return True
        if s.paragraph - last > 4:
            return False
        # "Về thời gian tổng kết: …" between the request and "Báo cáo gửi về …": points of the same directive
        return all(self._par_words.get(p, 0) <= CAPTION_MAX_WORDS or p in self._par_points
                   for p in range(last + 1, s.paragraph))

    def _remember(self, assigner: Body, assignees: list[Body], s: Sentence) -> None:
        self.ctx.last_assigner = assigner
        self.ctx.last_assignees = assignees
        self.ctx.last_paragraph = s.paragraph
        self.ctx.last_aim = bool(_AIM_RX.search(self.f, s.start, s.end))

    # ----- tasks ---------------------------------------------------------------------------
    def _assign(self, s: Sentence, assigner: Body, assignees: list[Body], lo: int,
                pre_freq: Frequency | None = None, chained_from: int | None = None,
                continues: int | None = None, chain: bool = True, report_hi: int | None = None,
                subject: bool = False) -> list[int]:
        lo = _skip_punct(self.f, lo)
        if (paren := _PAREN_RX.match(self.t, lo, s.end)) is not None:
            lo = _skip_punct(self.f, paren.end())  # "giao Sở Y tế (cơ quan thường trực …) theo dõi …": the task follows
        hi = _trim_end(self.t, s.end)
        self._giver = assigner
        if not subject:  # addressed, "các cơ quan, đơn vị liên quan" names nobody; as a subject it is asked to act
            assignees = [b for b in assignees if not _UNSPECIFIED_RX.match(b.name)]
        assignees = [self.finder.under(b, assigner) for b in assignees]
        if hi <= lo or not assignees:
            return []
        chain_spans = self._chain_spans(lo, hi, assignees[0]) if chain else []
        own_hi = chain_spans[0][0] if chain_spans and chain_spans[0][0] > lo else hi
        action, concept = self._action(lo, hi)
        cooperate = self._cooperate(lo, own_hi)
        found = [frequency_at(self.t, m) for m in FREQUENCY_RX.finditer(self.f, lo, hi)]
        freqs = [pre_freq, *found] if pre_freq else found
        deadline = find_deadline(self.t, self.f, lo, hi, self.year)
        created: list[int] = []
        joint = len(assignees) > 1 and _JOINT_RX.match(self.f, lo, hi)
        for assignee in assignees:
            partners = [b for b in cooperate if b.iri != assignee.iri]
            if joint:
                partners = [b for b in assignees if b.iri != assignee.iri] + partners
            fact = MandateFact(_whole(s), assigner, assignee, self.t[lo:hi], lo, hi, action, concept,
                               _unique(partners), [], freqs, deadline, chained_from, continues)
            self.mandates.append(fact)
            idx = len(self.mandates) - 1
            created.append(idx)
            for r_lo, r_hi in _exclude(lo, min(hi, report_hi or hi), chain_spans):
                self._reports(s, fact, idx, r_lo, r_hi, main=(r_lo == lo), pre_freq=pre_freq)
        self.ctx.last_mandate = created[0] if created else self.ctx.last_mandate
        for t in created if chain_spans else []:
            top = self.mandates[t]
            for c_lo, c_hi in chain_spans:
                sub = self._chain_at(s, top.assignee, c_lo, t, c_hi)
                for i in sub:
                    for r in self.mandates[i].report_to:
                        if r.iri not in {b.iri for b in top.report_to}:
                            top.report_to.append(r)
        return created

    def _chain_spans(self, lo: int, hi: int, by: Body | None = None) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = _PREFIX_RX.match(self.f, lo, hi)
        first = _CHAIN_RX.match(self.f, start.end() if start else lo, hi)
        if first and self._actor_at(first.end(), by):
            spans.append((first.end(), self._clause_end(first.end(), hi)))
        elif (comma := _COMMA_CHAIN_RX.match(self.f, start.end() if start else lo, hi)) \
                and (actor := self._actor_at(comma.end())) is not None \
                and _CHAIN_RX.match(self.f, _skip(self.f, actor.end), hi):
            # "giao A lãnh đạo, B chỉ đạo triển khai …": A leads B, which directs the task
            spans.append((comma.end(), self._clause_end(comma.end(), hi)))
        for m in _CLAUSE_CHAIN_RX.finditer(self.f, lo, hi):
            if self._actor_at(m.end()):
                spans.append((m.end(), self._clause_end(m.end(), hi)))
        return spans

    def _clause_end(self, lo: int, hi: int) -> int:
        semi = self.f.find(";", lo, hi)
        return semi if semi != -1 else hi

    def _actor_at(self, pos: int, by: Body | None = None) -> Mention | None:
        """The body named at ``pos``; with ``by``, also units it addresses by their type ("chỉ đạo các xã,
        phường, thị trấn …": their People's Committees)."""
        for m in self.mentions:
            if m.start == pos:
                return m
        units = self.finder.addressed_units(pos, by) if by is not None else None
        return Mention(pos, units[1], self.t[pos:units[1]], units[0]) if units is not None else None

    def _chain_at(self, s: Sentence, giver: Body, pos: int, parent: int | None, hi: int | None = None) -> list[int]:
        hi = hi or _trim_end(self.t, s.end)
        targets: list[Body] = []
        end = pos
        while True:
            m = self._actor_at(end, None if targets else giver)
            if m is None:
                break
            targets.append(m.body)
            end = m.end
            j = re.match(r"\s*(?:,|và)\s*", self.t[end:end + 6])
            if j and self._actor_at(end + j.end()):
                end += j.end()
                continue
            break
        targets = [self.finder.under(b, giver) for b in targets if b.iri != giver.iri]
        if not targets or end >= hi:
            return []
        lo = _skip_punct(self.f, end)
        if (paren := _PAREN_RX.match(self.t, lo, hi)) is not None:
            lo = _skip_punct(self.f, paren.end())
        deeper = _CHAIN_RX.match(self.f, lo, hi)
        if deeper and len(targets) == 1 and self._actor_at(deeper.end()):
            # "A lãnh đạo B chỉ đạo C thực hiện …": B directs C in turn
            upper = self._chain_at(s, giver, pos, parent, deeper.start())
            return upper + self._chain_at(s, targets[0], deeper.end(), upper[0] if upper else parent, hi)
        action, concept = self._action(lo, hi)
        cooperate = self._cooperate(lo, hi)
        freqs = [frequency_at(self.t, m) for m in FREQUENCY_RX.finditer(self.f, lo, hi)]
        deadline = find_deadline(self.t, self.f, lo, hi, self.year)
        created = []
        for target in targets:
            fact = MandateFact(_whole(s), giver, target, self.t[lo:hi].rstrip(" ,;."), lo, hi, action, concept,
                               [b for b in cooperate if b.iri != target.iri], [], freqs, deadline, parent)
            self.mandates.append(fact)
            idx = len(self.mandates) - 1
            created.append(idx)
            self._reports(s, fact, idx, lo, hi, main=True, pre_freq=None)
        return created

    def _action(self, lo: int, hi: int) -> tuple[str, str | None]:
        p = _PREFIX_RX.match(self.f, lo, hi)
        pos = p.end() if p else lo
        pos = self._past_basis(pos, hi)
        verbs: list[str] = []
        concept = None
        while pos < hi:
            m = _VERB_RX.match(self.f, pos, hi)
            if not m:
                break
            verbs.append(self.t[m.start():m.end()])
            if concept is None:
                concept = _ACTION_BY_KEY.get(fold(m.group(0)))
            j = re.match(r"\s*(?:,|và)?\s*", self.f[m.end():hi])
            pos = m.end() + (j.end() if j else 0)
        if not verbs:
            words = self.t[lo:hi].split()[:3]
            return " ".join(words).strip(" ,;."), None
        return ", ".join(v.lower() if i else v[:1].lower() + v[1:] for i, v in enumerate(verbs)), concept

    def _cooperate(self, lo: int, hi: int) -> list[Body]:
        out: list[Body] = []
        for m in _COOPERATE_RX.finditer(self.f, lo, hi):
            end = self._partners_start(m.end())
            while True:
                a = self._actor_at(end)
                if a is None:
                    # "phối hợp với các cơ quan liên quan": skip an unspecified partner
                    j = re.match(r"[^,;.]{0,40}?(?:,\s*)", self.t[end:hi])
                    if j and out:
                        end += j.end()
                        continue
                    break
                out.append(a.body)
                end = a.end
                j = re.match(r"\s*(?:,|và|cùng)\s*", self.t[end:end + 6])
                if not j:
                    break
                end += j.end()
        return _unique(out)

    def _reports(self, s: Sentence, fact: MandateFact, idx: int, lo: int, hi: int, main: bool,
                 pre_freq: Frequency | None) -> None:
        """Every "báo cáo" of a task with a named recipient: "báo cáo X", "báo cáo … cho/về/lên X",
        "báo cáo … gửi (về) X"; a reporter named inside the task ("…: các Tổ … báo cáo UBND xã")
        reports instead of the assignee. Purposes ("để báo cáo X") and advice ("tham mưu X báo cáo
        Y") are not obligations of the assignee."""
        seg_lo = lo
        for seg_hi in [*(m.start() for m in re.finditer(";", self.f[lo:hi])), hi - lo]:
            a, b = seg_lo, lo + seg_hi
            seg_lo = b + 1
            verbal = [m for m in _REPORT_RX.finditer(self.f, a, b)
                      if not _NOT_REPORT_BEFORE_RX.search(self.f, max(a, m.start() - 40), m.start())
                      # "…, gửi về Ban X trước … để tổng hợp, báo cáo Y": that report is Ban X's, the send stays
                      and not _PURPOSE_BEFORE_RX.search(self.f, max(a, m.start() - 150), m.start())]
            if not verbal or a > lo:
                # "…; định kỳ hằng quý xây dựng báo cáo tình hình gửi đến Bộ Công an để …": a deliverable sent on
                count = len(self.reports)
                self._sent_deliverable(s, fact, idx, a, b, verbal[0].start() if verbal else b)
                if len(self.reports) == count and not verbal:
                    self._sent_result(s, fact, idx, a, b)
        for m in _REPORT_RX.finditer(self.f, lo, hi):
            if _NOT_REPORT_BEFORE_RX.search(self.f, max(lo, m.start() - 40), m.start()):
                continue
            if self._purpose_subject_before(lo, m.start()):
                continue  # "… để Sở KH&ĐT có căn cứ tổng hợp, báo cáo UBND tỉnh": that body reports
            if _PURPOSE_BEFORE_RX.search(self.f, max(lo, m.start() - 150), m.start()) \
                    or _ADVICE_BEFORE_RX.search(self.f, max(lo, m.start() - 60), m.start()):
                continue
            recipients, about, freq = self._report_target(m.end(), hi)
            if not recipients and (sent_to := self._sent_to_before(lo, m.start())) is not None:
                recipients = [sent_to]  # "gửi Bộ Tài chính báo cáo tình hình …": the report goes to the body before it
                about = self.t[_skip(self.f, m.end()):self._clause_end(m.end(), hi)].strip(" ,;.")
            implied = not recipients
            if not recipients:
                first_verb = _PREFIX_RX.match(self.f, lo, hi)
                if not (main and fact.continues is None and first_verb and first_verb.end() == m.start()):
                    continue  # an implied recipient is a judgment call (gold README): no record
                # "A yêu cầu hàng tuần, B báo cáo tình hình …": the report asked for goes to the asker
                recipients = [fact.assigner]
                about = self.t[_skip(self.f, m.end()):self._clause_end(m.end(), hi)].strip(" ,;.")
            if freq is None:
                before = FREQUENCY_RX.search(self.f, max(lo, m.start() - 25), m.start())
                freq = frequency_at(self.t, before) if before else (pre_freq or next(iter(fact.frequencies), None))
            if not about:
                about = self._object_text(lo, m.start())
            reporters = self._sub_reporters(lo, m.start())
            if not reporters:
                if self._unnamed_sub_subject(lo, m.start()):
                    continue  # "…theo phương thức: các Tổ … báo cáo …": someone the grammar cannot name reports
                reporters = [fact.assignee]
            for reporter in reporters:
                for r in recipients:
                    if r.iri == reporter.iri:
                        continue
                    if reporter is fact.assignee and r.iri not in {b.iri for b in fact.report_to}:
                        fact.report_to.append(r)
                    fact.reports.append(self._add_report(
                        ReportFact(_whole(s), reporter, r, about, freq, fact.deadline, idx, implied)))

    def _sent_to_before(self, lo: int, at: int) -> Body | None:
        """The body a report is sent to when written before it: "gửi (về) X báo cáo …"."""
        for m in self.mentions:
            if lo <= m.start and _skip(self.f, m.end) == at and _SEND_BEFORE_RX.search(self.f, max(lo, m.start - 12),
                                                                                       m.start):
                return m.body
        return None

    def _sent_result(self, s: Sentence, fact: MandateFact, idx: int, lo: int, hi: int) -> None:
        """"thẩm định dự toán, gửi kết quả về Sở X", "…; kết quả gửi về Sở X trước …": the results of the task
        sent to a body are a report to it."""
        m = _SEND_RESULT_RX.search(self.f, lo, hi)
        if m is None or _PURPOSE_RX.search(self.f, lo, m.start()) or (m.start() == lo and lo == fact.task_start):
            return
        recipients, _end = self._recipients_at(m.end(), hi)
        self._report_sent(s, fact, idx, recipients, self.t[m.start():m.end()].strip(" ,;."))

    def _report_sent(self, s: Sentence, fact: MandateFact, idx: int, recipients: list[Body], about: str) -> None:
        """The assignee reports what it sends to each recipient (not to itself), at the task's first frequency."""
        for r in recipients:
            if r.iri == fact.assignee.iri:
                continue
            if r.iri not in {b.iri for b in fact.report_to}:
                fact.report_to.append(r)
            freq = next(iter(fact.frequencies), None)
            report = ReportFact(_whole(s), fact.assignee, r, about, freq, fact.deadline, idx)
            fact.reports.append(self._add_report(report))

    def _add_report(self, report: ReportFact) -> int:
        """Keep one report per sentence, reporter and recipient: duties given by two speakers at once ("Bộ Chính
        trị, Ban Bí thư giao B … báo cáo Bộ Chính trị") oblige B once."""
        for i, other in enumerate(self.reports):
            if other.sentence.index == report.sentence.index and other.reporter.iri == report.reporter.iri \
                    and other.recipient.iri == report.recipient.iri:
                return i
        self.reports.append(report)
        return len(self.reports) - 1

    def _drop_superseded_reports(self) -> None:
        """"Giao B báo cáo tình hình …. Yêu cầu gửi báo cáo về Sở X trước …": the next sentences name where B's
        report goes, so the recipient implied by the asker is dropped."""
        named = [r for r in self.reports if not r.implied]
        drop = {i for i, r in enumerate(self.reports) if r.implied and any(
            o.reporter.iri == r.reporter.iri and 0 < o.sentence.index - r.sentence.index <= 2 for o in named)}
        if not drop:
            return
        new_index = {old: new for new, old in enumerate(i for i in range(len(self.reports)) if i not in drop)}
        for i in sorted(drop):
            rep = self.reports[i]
            fact = self.mandates[rep.mandate] if rep.mandate is not None else None
            if fact is not None and not any(self.reports[j].recipient.iri == rep.recipient.iri
                                            for j in fact.reports if j not in drop):
                fact.report_to = [b for b in fact.report_to if b.iri != rep.recipient.iri]
        for fact in self.mandates:
            fact.reports = [new_index[j] for j in fact.reports if j in new_index]
        self.reports = [r for i, r in enumerate(self.reports) if i not in drop]

    def _sent_deliverable(self, s: Sentence, fact: MandateFact, idx: int, lo: int, hi: int,
                          verbal: int | None = None) -> None:
        """"Yêu cầu hoàn thiện, gửi Văn phòng UBND tỉnh trước …", "tổng hợp gửi Sở Tài chính": a task
        that finishes a deliverable and sends it to a body is a report to that body (the send before any
        report verb of the clause, ``verbal``)."""
        lead = _PREFIX_RX.match(self.f, _skip(self.f, lo), hi)
        k = lead.end() if lead else _skip(self.f, lo)
        when = FREQUENCY_RX.match(self.f, k, hi)
        if when:  # "định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo …"
            k = _skip(self.f, when.end())
            while (more := re.match(r",\s*(?:\d+ tháng|năm|quý|tháng)\b\s*", self.f[k:hi])) is not None:
                k += more.end()
        m = _DELIVERABLE_RX.match(self.f, k, hi)
        if m is None:
            return
        stop = min(self._stop(m.end(), hi), verbal if verbal is not None else hi)
        send = _SEND_CLAUSE_RX.search(self.f, m.end(), stop)
        if send is None or _PURPOSE_RX.search(self.f, m.end(), send.start()):
            return
        recipients, _end = self._recipients_at(send.end(), hi)
        self._report_sent(s, fact, idx, recipients, self.t[m.end():send.start()].strip(" ,;."))

    def _purpose_subject_before(self, lo: int, pos: int) -> bool:
        """A purpose clause with its own subject before the report: "để X (có căn cứ) tổng hợp, báo cáo"."""
        found = list(_PURPOSE_WORD_RX.finditer(self.f, max(lo, pos - 120), pos))
        if not found:
            return False
        p = found[-1]
        return self._actor_starting(_skip(self.f, p.end()), pos) is not None

    def _sub_reporters(self, lo: int, pos: int) -> list[Body]:
        """"… theo phương thức: các Tổ kiểm soát … chốt số liệu, báo cáo …": the subject of the
        sub-clause (after ":" or ";") that holds the "báo cáo"."""
        cut = max(self._sub_clause_colon(lo, pos), self.f.rfind(";", lo, pos))
        if cut == -1:
            return []
        start = _skip(self.f, cut + 1)
        actor = self._actor_starting(start, pos)
        if actor is None:
            return []
        bodies = list(actor.bodies)
        end = actor.end
        while (j := re.match(r"\s*(?:,|và)\s*", self.t[end:pos])) and (nxt := self._actor_starting(end + j.end(), pos)):
            bodies.extend(nxt.bodies)
            end = nxt.end
        return bodies

    def _sub_clause_colon(self, lo: int, pos: int) -> int:
        """The last ":" before pos that opens a sub-clause; a partner list's ("phối hợp với các Bộ: …") opens none."""
        cut = self.f.rfind(":", lo, pos)
        return -1 if cut != -1 and _PARTNERS_LISTED_RX.search(self.f, lo, cut + 1) else cut

    def _unnamed_sub_subject(self, lo: int, pos: int) -> bool:
        """After ":" in a task, a noun phrase (not a verb) opens a sub-clause with its own subject."""
        cut = self._sub_clause_colon(lo, pos)
        if cut == -1:
            return False
        start = _skip(self.f, cut + 1)
        lead = _PREFIX_RX.match(self.f, start, pos)
        at = lead.end() if lead else start
        return not (_VERB_RX.match(self.f, at) or _MODAL_RX.match(self.f, start) or _REPORT_RX.match(self.f, at))

    def _recipients_at(self, pos: int, hi: int) -> tuple[list[Body], int]:
        """Recipients starting at ``pos``: bodies or the people who head them ("Chủ tịch UBND tỉnh",
        "Thủ tướng Chính phủ"), joined by "," or "và"; "cho đồng chí Bí thư …" names the same head."""
        shared = _SHARED_HEAD_RX.match(self.f, pos, hi)
        if shared and self._actor_starting(shared.end(), hi):
            pos = shared.end()  # "báo cáo Chủ tịch hoặc Phó Chủ tịch UBND tỉnh": both heads of one body
        honorific = _RECIPIENT_HONORIFIC_RX.match(self.f, pos, hi)
        after = honorific.end() if honorific else pos
        if honorific and (self._actor_starting(after, hi) or _BARE_HEAD_RX.match(self.f, after, hi)):
            pos = after
        actor = self._actor_starting(pos, hi)
        if actor is None:
            bare = _BARE_HEAD_RX.match(self.f, pos, hi)
            if bare and self.ctx.speaker is not None:
                return [self.ctx.speaker], bare.end()  # "báo cáo đầy đủ cho Bí thư": the head of the speaking body
            unit = BARE_TYPE_WORD_RX.match(self.f, pos, hi)  # "báo cáo tỉnh"
            if unit is not None and not self.t[unit.end():unit.end() + 2].strip()[:1].isupper():
                found, _end = self.finder.place(pos, allow_bare_name=False)
                place = self.finder.resolve_place(found)
                if isinstance(place, Place):  # "báo cáo tỉnh tháo gỡ": the province, through its People's Committee
                    return [self.finder.namer.people_committee(place)], unit.end()
            own = _SELF_HEAD_RX.match(self.f, pos, hi)
            giver = self._giver
            if own and giver is not None and fold(giver.name).startswith(fold(own.group(1))):
                note = re.match(r"\s*\([^()]{0,120}\)", self.t[own.end():hi])  # "về Bộ (qua Vụ X)": one recipient
                return [giver], own.end() + (note.end() if note else 0)  # "gửi về Bộ trước …": the ministry asking
            return [], pos
        bodies = list(actor.bodies)
        end = actor.end
        # a note in brackets after a recipient does not end the list: "về Sở X (Văn phòng Ban Chỉ huy), UBND tỉnh"
        while (j := re.match(r"\s*(?:\([^()]{0,120}\))?\s*(?:,|và|đồng thời)\s*", self.t[end:hi])) \
                and (nxt := self._actor_starting(end + j.end(), hi)):
            bodies.extend(nxt.bodies)
            end = nxt.end
        return _unique(bodies), end

    def _report_target(self, pos: int, hi: int) -> tuple[list[Body], str, Frequency | None]:
        k = _skip(self.f, pos)
        alongside = _ALONGSIDE_RX.match(self.f, k, hi)
        if alongside and self._recipients_at(alongside.end(), hi)[0]:
            k = alongside.end()  # "báo cáo, đề xuất Thủ tướng Chính phủ": the report goes with the proposal
        intro = _REPORT_TARGET_RX.match(self.f, k, hi)
        recipients, end = self._recipients_at(intro.end() if intro else k, hi)
        if recipients:
            freq = None
            fm = FREQUENCY_RX.match(self.f, _skip(self.f, end))
            if fm:
                freq = frequency_at(self.t, fm)
                end = fm.end()
            tail_end = min(x for x in (self._stop(end, hi), hi))
            dl = find_deadline(self.t, self.f, end, tail_end, self.year)
            if dl is not None:
                tail_end = min(tail_end, dl.start)
            about = self.t[end:tail_end].strip(" ,;.")
            if about and FREQUENCY_RX.fullmatch(self.f[end:tail_end].strip(" ,;.")):
                about = ""
            about = re.sub(r"^(?:về|kết quả về)\s+", "", about) if about.startswith("về ") else about
            about = _SENT_TAIL_RX.split(about)[0].strip(" ,;.")
            if _AS_PRESCRIBED_RX.fullmatch(match_form(about)):
                about = ""  # "báo cáo X theo quy định": no topic
            also = _ALSO_SEND_RX.search(self.f, end, hi)
            if also and not _PURPOSE_RX.search(self.f, end, also.start()):
                # "báo cáo UBND tỉnh; đồng thời gửi Bộ Tài chính": a copy sent on is reported too
                more, _more_end = self._recipients_at(also.end(), hi)
                recipients = _unique([*recipients, *more])
            return recipients, about, freq
        through = _THROUGH_RX.match(self.f, k, hi)
        if through:
            # "báo cáo thông qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo": the report is for the latter
            _via, via_end = self._recipients_at(through.end(), hi)
            purpose = _THROUGH_FOR_RX.match(self.f, via_end, hi) if _via else None
            if purpose:
                bodies, _end = self._recipients_at(purpose.end(), hi)
                if bodies:
                    return bodies, "", None
        stop = self._stop(k, hi)
        purpose = _PURPOSE_RX.search(self.f, k, stop)
        if purpose:
            stop = purpose.start()
        other = _GIAO_CHO_RX.search(self.f, k, stop)
        if other:
            stop = other.start()  # "báo cáo việc thực hiện nhiệm vụ … giao cho X": X receives the tasks
        for t in _REPORT_SEND_RX.finditer(self.f, k, stop):
            bodies, b_end = self._recipients_at(t.end(), hi)
            if bodies:
                about = self.t[k:t.start()].strip(" ,;.")
                if _MANNER_ONLY_RX.fullmatch(self.f, k, t.start()):
                    about = ""  # "báo cáo nhanh, đầy đủ về X": how, not what
                freq = None
                fm = FREQUENCY_RX.match(self.f, _skip(self.f, b_end))
                if fm:
                    freq = frequency_at(self.t, fm)
                return bodies, about, freq
        for late in _LATE_PROPOSAL_RX.finditer(self.f, k, stop):
            # "báo cáo diễn biến sạt lở và đề xuất UBND tỉnh chỉ đạo …": the report goes with the proposal
            bodies, _end = self._recipients_at(late.end(), hi)
            if bodies:
                return bodies, self.t[k:late.start()].strip(" ,;."), None
        if purpose:
            # "nộp báo cáo … để Sở Kế hoạch và Đầu tư tổng hợp": the body that compiles receives it
            bodies, b_end = self._recipients_at(purpose.end(), hi)
            if bodies and _COMPILER_RX.match(self.f, b_end, hi):
                return bodies, self.t[k:purpose.start()].strip(" ,;."), None
        nxt = re.match(r";\s*", self.t[stop:hi]) if stop < hi else None
        send = _SEND_CLAUSE_RX.match(self.f, stop + nxt.end(), hi) if nxt else None
        if send:
            # "tổng hợp báo cáo tình hình …; gửi Sở NN&PTNT trước ngày …"
            bodies, _end = self._recipients_at(send.end(), hi)
            if bodies:
                return bodies, self.t[k:stop].strip(" ,;."), None
        end = self.f.find(";", k, hi)
        end = hi if end == -1 else end
        for late in _LATE_SEND_RX.finditer(self.f, stop, end):
            # "báo cáo …, đồng thời, đề xuất …, gửi UBND tỉnh, Thường trực Tỉnh ủy trước …": the deliverables go to X
            if _PURPOSE_RX.search(self.f, stop, late.start()):
                break
            bodies, _end = self._recipients_at(late.end(), hi)
            if bodies:
                return bodies, self.t[k:stop].strip(" ,;."), None
        return [], "", None

    def _stop(self, pos: int, hi: int) -> int:
        m = _STOP_RX.search(self.f, pos, hi)
        return m.start() if m else hi

    def _partners_start(self, pos: int) -> int:
        """Where the partners begin: past a plural head that lists them ("các Bộ: Tài chính, …")."""
        head = _PARTNERS_HEAD_RX.match(self.f, pos)
        return head.end() if head and self._actor_at(head.end()) is not None else pos

    def _object_text(self, lo: int, hi: int) -> str:
        """What a task is about: its text after the leading verbs and partners, up to the clause end."""
        p = _PREFIX_RX.match(self.f, lo, hi)
        pos = p.end() if p else lo
        while True:
            m = _VERB_RX.match(self.f, pos, hi)
            if not m:
                partner = _PARTNER_RX.match(self.f, pos, hi)
                if partner and (first := self._actor_at(self._partners_start(partner.end()))) is not None:
                    end = first.end
                    while (j := re.match(r"\s*(?:,|và)\s*", self.t[end:hi])) and (nxt := self._actor_at(end + j.end())):
                        end = nxt.end
                    pos = _skip(self.f, end)
                    continue
                break
            j = re.match(r"\s*(?:,|và)?\s*", self.f[m.end():hi])
            pos = m.end() + (j.end() if j else 0)
        stop = min((i for i in (self.f.find(";", pos, hi), self.f.find(", báo cáo", pos, hi)) if i != -1), default=hi)
        text = self.t[pos:stop].strip(" ,;.")
        fm = FREQUENCY_RX.search(self.f, pos, stop)
        if fm and fm.end() >= stop - 1:
            text = self.t[pos:fm.start()].strip(" ,;.")
        return text


_ACTION_BY_KEY = {fold(k): v for k, v in ACTION_VERBS.items()}


def _subgroups(groups: list[list[Actor]]) -> list[list[Actor]]:
    """Each group and its tails: in "Về trách nhiệm của A, B yêu cầu …" B alone is the subject."""
    return [g[k:] for g in groups for k in range(len(g))]


def _standing_board_of(committee: Body, name: str, mentions: list[Mention]) -> Body:
    for m in mentions:
        if m.body.name == name:
            return m.body
    return committee


def _skip(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t":
        pos += 1
    return pos


def _skip_punct(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t,:":
        pos += 1
    return pos


def _trim_end(t: str, end: int) -> int:
    while end > 0 and t[end - 1] in " .…;:,\"”’»)":
        end -= 1
    return end


def _heading_list(t: str, pos: int, hi: int) -> bool:
    """A heading of addressees set apart by ";" that ends in ":" ("Thủ trưởng các sở; …; Chủ tịch UBND các huyện:")."""
    rest = t[pos:hi].rstrip()
    return rest.endswith(":") and ";" in rest


def _is_heading_start(f: str, s: Sentence, start: int) -> bool:
    """Only a list marker (or nothing) before ``start``: "- Sở Y tế:", "1. Sở Tài chính:"."""
    return bool(re.fullmatch(r"[\s\"“(]*(?:[-–+•*]|\(?\d{1,2}[.)/-]|\(?[a-zđ][.)])?\s*", f[s.start:start]))


def _is_heading(s: Sentence) -> bool:
    """A short line without closing punctuation, or a line in capitals ("ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …")."""
    text = s.text.strip()
    shouting = any(c.isalpha() for c in text) and text == text.upper() and len(text.split()) >= 3
    return shouting or (not text.endswith((".", "!", "?", "…", ";", ":", "\"", "”")) and len(text.split()) <= 12)


def _exclude(lo: int, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = lo
    for a, b in sorted(spans):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < hi:
        out.append((pos, hi))
    return out


def _unique(bodies: list[Body]) -> list[Body]:
    seen: set[str] = set()
    out = []
    for b in bodies:
        if b.iri not in seen:
            seen.add(b.iri)
            out.append(b)
    return out
