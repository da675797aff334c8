"""``/load``: the statutory reporting load of one body on a few dates, as a table and a bar chart.

The chart is inline SVG drawn here (no script, no CDN): one bar per date and kind of reporter,
its length the number of obligations.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from bomay.analysis.load import LoadOnDate, parse_dates, reporting_load
from bomay.errors import BomayError
from bomay.web.pages import render

router = APIRouter(include_in_schema=False)
DEFAULT_BODY = "UBND Thành phố Hồ Chí Minh"
DEFAULT_DATES = "2025-06-30,2025-07-01"
BAR_H, GAP, LABEL_W, CHART_W = 18, 6, 360, 760


def chart(loads: list[LoadOnDate]) -> dict[str, object]:
    """Bars (x, y, width, labels) for the template: one per date and reporter kind."""
    rows = [(x.date, ln.reporter_kind, ln.obligations) for x in loads for ln in x.lines]
    most = max((n for *_, n in rows), default=0) or 1
    bars = []
    y = 0
    for date, kind, n in rows:
        width = round((CHART_W - LABEL_W - 60) * n / most, 1)
        bars.append({"y": y, "label": f"{date} · {kind}", "width": width, "value": n, "x": LABEL_W,
                     "text_y": y + BAR_H - 5, "value_x": LABEL_W + width + 4, "odd": date != loads[0].date})
        y += BAR_H + GAP
    return {"bars": bars, "height": max(y, BAR_H), "width": CHART_W, "bar_h": BAR_H, "label_w": LABEL_W}


@router.get("/load", response_class=HTMLResponse)
async def load_page(request: Request, body: str = DEFAULT_BODY, dates: str = DEFAULT_DATES) -> HTMLResponse:
    view = request.app.state.backend.live.view
    try:
        day_list = parse_dates(dates)
        loads = await run_in_threadpool(reporting_load, view, body, day_list)
    except BomayError as exc:
        return render(request, "load.html", status=400, body=body, dates=dates, loads=[], error=str(exc),
                      chart=chart([]))
    return render(request, "load.html", body=body, dates=dates, loads=loads, error=None, chart=chart(loads))
