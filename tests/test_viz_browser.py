"""Headless Chromium opens the generated page from disk with every network request refused,
and must draw nodes: the view is useless if it only works online."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

from bomay.analysis.selection import Selection
from bomay.analysis.view import make_view
from tests.conftest import CHROMIUM, block_off_machine
from tests.fixtures.analysis import build_fixture_store

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                       "(./run test installs it with apt-get when it can)"),
]


def non_white_pixels(png: bytes) -> int:
    """Pixels of a PNG that are not (near) white, decoded with the standard library only."""
    import struct
    import zlib

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, width = 8, [], 0
    height = bit_depth = colour_type = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        data = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, bit_depth, colour_type = struct.unpack(">IIBB", data[:10])
        elif kind == b"IDAT":
            chunks.append(data)
        pos += 12 + length
    assert bit_depth == 8 and colour_type in (2, 6), (bit_depth, colour_type)
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    count = 0
    for y in range(height):
        filter_type = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if filter_type == 1:
                line[i] = (line[i] + left) & 255
            elif filter_type == 2:
                line[i] = (line[i] + up) & 255
            elif filter_type == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif filter_type == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
        for x in range(0, stride, channels):
            alpha = line[x + 3] if channels == 4 else 255
            if alpha > 0 and min(line[x], line[x + 1], line[x + 2]) < 235:
                count += 1
        previous = line
    return count


@pytest.mark.parametrize("layout", ["force", "hierarchical"])
def test_page_from_disk_draws_nodes_with_the_network_off(chromium, tmp_path: Path, layout: str) -> None:  # type: ignore[no-untyped-def]
    store = build_fixture_store(tmp_path / "store")
    view = make_view(store, Selection(focus="Tỉnh ủy Sông Lam"), hierarchical=layout == "hierarchical",
                     link_base="http://127.0.0.1:8000")
    page_file = tmp_path / "viz.html"
    page_file.write_text(view.html, encoding="utf-8")
    refused: list[str] = []
    errors: list[str] = []
    context = chromium.new_context(viewport={"width": 1280, "height": 860})
    try:
        page = context.new_page()
        block_off_machine(page, refused, schemes=("file:", "data:", "blob:", "about:"))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-bomay-drawn='1']", state="attached", timeout=60_000)
        drawn = page.evaluate("network.body.data.nodes.length")
        positioned = page.evaluate("Object.keys(network.getPositions()).length")
        canvas_png = base64.b64decode(page.evaluate(
            "document.querySelector('#mynetwork canvas').toDataURL('image/png').split(',')[1]"))
        shot = tmp_path / f"viz-{layout}.png"
        page.screenshot(path=str(shot), full_page=True)
    finally:
        context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTIFACTS / shot.name)
    assert errors == []
    assert refused == []  # nothing tried to leave the machine
    assert drawn == len(view.network.nodes) > 20
    assert positioned == drawn
    assert non_white_pixels(canvas_png) > 2000  # the canvas holds a drawing, not a blank page
