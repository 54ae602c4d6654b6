"""Event pass «within_visit»: what is announced for a visit's programme happens within the visit."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.article import interval_of
from accord.analyse.events.state import EventState


def date_within_visit(st: EventState) -> None:
    """«Putin will meet Nguyen Phu Trong»: a part of an announced visit told as coming, dated only from
    the day it is told (`2024-06-19/..`), takes the days of its visit when the article gives them
    (`2024-06-19/2024-06-20`) and they begin on or after that day; the talks cannot outlast the trip."""
    by_id = {e.id: e for e in st.events}
    for e in st.events:
        parent = by_id.get(e.part_of) if e.part_of else None
        if parent is None or parent.type != "visit" or not e.when or not parent.when or not e.when.endswith("/.."):
            continue
        lo, _ = interval_of(e.when)
        vlo, vhi = interval_of(parent.when)
        if lo is None or vlo is None or vhi is None or vhi < lo:
            continue
        # the visit's own days, not the week an undated report covers (GOLD.md's default)
        if parent.when != st.news_default and (edtf.precision_days(parent.when) or 99) <= 7:
            e.when = parent.when if vlo >= lo else edtf.span(lo, vhi)
