"""The reference data of every build: administrative units of both eras, the bodies each unit
has, national bodies, lines of accountability, restructure events and the instruments they cite.

``source.ReferenceSource`` is the build's entry point; the other modules each make one kind of
record or triple from the curated tables (``bomay/curated``) and the vietnamadminunits dataset.
"""
