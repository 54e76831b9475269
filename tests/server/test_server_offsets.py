"""Evidence offsets count Unicode code points (Python str indexes), before and after characters that take two
UTF-16 units (emoji, flags) or combine with the one before; the OpenAPI schema says so."""

from __future__ import annotations

import pytest

# Emoji and a pair of flags (two code points each, each two UTF-16 units) and a combining accent before
# the sentence that states the event.
TEXT = ("🔥🔥🔥 🇮🇩🇲🇾\n\nKafe\u0301 ditutup. Polisi Indonesia menangkap dua penyelundup di Batam pada Selasa "
        "(4/6/2024).")


def utf16_index(text: str, offset: int) -> int:
    """The JavaScript (UTF-16) index of a code-point offset, as docs/output.md explains."""
    return len(text[:offset].encode("utf-16-le")) // 2


def test_offsets_are_code_points_after_astral_characters(client):
    result = client.post("/api/extract", json={"text": TEXT, "language": "id"}).json()
    arrest = next(e for e in result["events"] if e["code"] == "173")
    spans = {s["kind"]: (s["start"], s["end"]) for s in arrest["spans"]}
    shown = {kind: TEXT[start:end] for kind, (start, end) in spans.items()}
    assert shown["source"] == "Polisi Indonesia" and shown["predicate"] == "menangkap"
    mention = arrest["mentions"][0]
    assert TEXT[mention["start"]:mention["end"]] == mention["text"]
    # the same span in UTF-16 units, as a browser indexes the string, is further right by the extra units
    units = TEXT.encode("utf-16-le")
    start, end = (utf16_index(TEXT, n) for n in spans["source"])
    assert units[2 * start:2 * end].decode("utf-16-le") == "Polisi Indonesia" and start == spans["source"][0] + 7


@pytest.mark.parametrize(("model", "fields"), [("Span", ["start", "end"]), ("MentionOut", ["start_char", "end_char"]),
                                               ("QuoteOut", ["start_char", "end_char"])])
def test_openapi_names_the_offset_unit(client, model, fields):
    schema = client.get("/api/openapi.json").json()["components"]["schemas"][model]
    for field in fields:
        assert "Unicode code points" in schema["properties"][field]["description"]
        assert "UTF-16" in schema["properties"][field]["description"]
