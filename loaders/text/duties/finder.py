"""``DutyFinder``, the class ``extract.py`` builds for each document, assembled from the frame mixins.

Each mixin inherits the mixins whose methods it calls, so the chain reads bottom-up:
``state`` (memory) → ``posts`` → ``actors`` → ``task_starts`` → ``recipients`` → ``reporting`` →
``tasks``; ``addressees`` → ``speakers``; the frames ``explicit``, ``subjects`` and
``continuations``; ``relayed``; ``sentences`` (the reading loop).
"""

from __future__ import annotations

from bomay.loaders.text.duties.sentences import SentenceReading


class DutyFinder(SentenceReading):
    """Mandates (``mandates``) and reporting obligations (``reports``) of one document, read by ``run``;
    ``speaker_at`` keeps the body speaking after each sentence (the learned back-off's assigner)."""
