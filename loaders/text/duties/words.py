"""The word lists the duty grammar reads, and the few numbers and body kinds it weighs.

The lists come from the vocabulary tables (``words/sentence_cues.csv``, ``duty_words.csv``,
``deadline_cues.csv``): add words there, not here. They sit apart from the compiled patterns so a
reader (and ``tests/test_text_vocabulary.py``, through the package's re-exports) finds every word
list of the grammar in one place.
"""

from __future__ import annotations

from bomay.loaders.text.lexicon import _V, ACTION_VERBS
from bomay.loaders.text.naming import Body
from bomay.textnorm import fold

# Ranks of the administrative levels: a request to a higher level asks upward, a subject above the
# speaker gets no duty from it.
LEVEL_RANK = {"central": 4, "province": 3, "district": 2, "commune": 1, "ward": 1}
# the administration (a People's Committee, its departments) directs neither its council nor the party bodies of its
# own level or above: "Vĩnh Châu: HĐND tỉnh kiểm tra …" after a committee's request is a headline, not its duty
_ADMINISTRATION = {"peoples_committee", "department"}
_ABOVE_ADMINISTRATION = {"peoples_council", "peoples_council_standing", "peoples_council_committee", "party_committee",
                         "party_standing_board", "party_standing_members", "party_commission",
                         "party_inspection_commission"}


# a committee's organs (its commissions, inspection commission, office) serve it: "UBKT Thành ủy đề nghị Ban Thường
# vụ Thành ủy thi hành kỷ luật" asks upwards
_COMMITTEE_ORGANS = {"party_commission", "party_inspection_commission"}
_COMMITTEE_LEADERSHIP = {"party_committee", "party_standing_board", "party_standing_members"}


def _committee_of(body: Body) -> Body | None:
    current: Body | None = body
    while current is not None and current.kind != "party_committee":
        current = current.parent
    return current


def cannot_direct(assigner: Body, assignee: Body) -> bool:
    """Whether ``assigner`` cannot give ``assignee`` a duty: an administration the body that elects or leads it (at
    its level or above); a committee's organ that committee's leadership."""
    if assigner.kind in _COMMITTEE_ORGANS and assignee.kind in _COMMITTEE_LEADERSHIP:
        own = _committee_of(assigner)
        return own is not None and own.iri == (_committee_of(assignee) or assignee).iri
    if assigner.kind not in _ADMINISTRATION:
        return False
    bodies = [assignee]
    if assignee.kind == "other" and assignee.parent is not None and assignee.parent.kind == "peoples_council":
        bodies.append(assignee.parent)  # a council's own groups ("các Tổ đại biểu HĐND huyện")
    return any(b.kind in _ABOVE_ADMINISTRATION and LEVEL_RANK.get(b.level, 0) >= LEVEL_RANK.get(assigner.level, 0)
               for b in bodies)

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

# the bma: concept of each task verb, by its folded form (tasks.py reads it)
_ACTION_BY_KEY = {fold(k): v for k, v in ACTION_VERBS.items()}
