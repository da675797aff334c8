"""Small HTTP helpers shared by the routers: plain-text errors, capped bodies, form parsing."""

from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.responses import Response

from bomay.web.execute import Answer


class Problem(Exception):
    """An error answered as ``status`` with a one-paragraph plain-text message."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def problem_response(problem: Problem) -> Response:
    return Response((problem.message.rstrip() + "\n").encode("utf-8"), status_code=problem.status,
                    media_type="text/plain; charset=utf-8", headers=problem.headers)


def answer_response(answer: Answer, vary: bool = True) -> Response:
    headers = dict(answer.headers)
    if vary:
        headers["Vary"] = "Accept"
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=headers)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed limit bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    size = 0
    chunks: list[bytes] = []
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def too_large(limit: int) -> Problem:
    return Problem(413, f"request body too large: the limit is {limit:,} bytes (--max-body)")


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def decode_utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Problem(400, f"the {what} is not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """An ``application/x-www-form-urlencoded`` body as (name, value) pairs, in order."""
    return parse_qsl(decode_utf8(body, "form body"), keep_blank_values=True)
