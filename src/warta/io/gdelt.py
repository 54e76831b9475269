"""Rows in GDELT 2.0's layouts: the event export (61 columns) and the mentions table (16 columns).

Column names and order are GDELT's (Event Codebook V2.0 and its header rows of Sep 2016). What warta
fills, and what it leaves empty, is documented in docs/exports.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

#: CAMEO type codes that introduce a known group (``IGOUNO`` = IGO + known group UNO).
GROUP_TYPES = {"IGO", "NGO", "NGM", "MNC", "REB", "INS", "UAF"}

#: First sentences counted as the lead (GDELT's IsRootEvent): the headline and the first two sentences.
LEAD_SENTENCES = 3


def _s(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if float(value) != int(value) else f"{float(value):.1f}"


def actor_fields(code: str | None, name: str | None, country: str | None) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3Code."""
    if not code:
        return [""] * 10
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    rest = chunks[1:] if country and chunks[0] == country else chunks
    if country is None and chunks and len(chunks[0]) == 3 and chunks[0] not in GROUP_TYPES and len(chunks) == 1:
        country = chunks[0]  # a bare country code such as ISR
        rest = []
    known = ""
    if len(rest) >= 2 and rest[0] in GROUP_TYPES:
        known = rest[1]
        rest = [rest[0], *rest[2:]]
    types = (rest + ["", "", ""])[:3]
    return [_s(code), _s(name.upper() if name else ""), _s(country), known, "", "", "", *types]


def _dates(day: dt.date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + (day.month * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _geo(name: str | None, lat: float | None, lon: float | None) -> list[str]:
    if not name:
        return ["0", "", "", "", "", "", "", ""]
    kind = "4" if lat is not None else "1"
    return [kind, _s(name), "", "", "", _num(lat), _num(lon), ""]


def _time(moment: dt.date | None) -> str:
    """GDELT's YYYYMMDDHHMMSS; a date alone at 000000."""
    if moment is None:
        return ""
    return moment.strftime("%Y%m%d%H%M%S") if isinstance(moment, dt.datetime) else moment.strftime("%Y%m%d000000")


def added_and_day(r: dict[str, Any], day_key: str = "day") -> tuple[dt.date | None, dt.date | None]:
    """DATEADDED (when the article was stored; its publication date for rows stored before warta recorded
    that) and the day of the event: its own, else the article's publication date, else the day it was
    stored, so that every row of an ingested article has both."""
    added = r.get("added") or r.get("published") or r.get(day_key)
    day = r.get(day_key) or (added.date() if isinstance(added, dt.datetime) else added)
    return added, day


def source_url(url: str | None, article_id: str | None) -> str:
    return _s(url) if url else f"warta:{_s(article_id)}"


def gdelt_event_row(r: dict[str, Any]) -> list[str]:
    """One merged event (a row of :func:`warta.store.merge.merged_events_sql`) as 61 GDELT fields."""
    first = r.get("first_sentence")
    added, day = added_and_day(r)
    return [
        str(r["cluster_id"]), *_dates(day),
        *actor_fields(r.get("source_code"), r.get("source_name"), r.get("source_country")),
        *actor_fields(r.get("target_code"), r.get("target_name"), r.get("target_country")),
        "1" if first is not None and first < LEAD_SENTENCES else "0",
        _s(r["code"]), _s(r["base_code"]), _s(r["root_code"]), str(int(r["quad_class"])), _num(r["goldstein"]),
        str(r["num_mentions"]), str(r["num_sources"]), str(r["num_articles"]), "",
        *_geo(None, None, None), *_geo(None, None, None),
        *_geo(r.get("location_name"), r.get("location_lat"), r.get("location_lon")),
        _time(added),
        source_url(r.get("url"), r.get("article_id")),
    ]


def _offset(start: int, mention: str, actor_text: str | None) -> str:
    if not actor_text:
        return "-1"
    pos = mention.find(actor_text)
    return str(start + pos) if pos >= 0 else "-1"


def gdelt_mention_row(r: dict[str, Any]) -> list[str]:
    """One mention (joined with its event's cluster and article) as 16 GDELT mention fields."""
    added, day = added_and_day(r, "cluster_day")
    outlet = r.get("outlet") or (r.get("url") or "").split("/")[2:3]
    return [
        str(r["cluster_id"]),
        _time(day),
        _time(r.get("published") or added),
        "1",  # WEB
        _s(outlet if isinstance(outlet, str) else (outlet[0] if outlet else "")),
        source_url(r.get("url"), r.get("article_id")),
        str(int(r["sentence"]) + 1),  # GDELT counts sentences from 1
        _offset(r["start_char"], r["text"], r.get("source_text")),
        _offset(r["start_char"], r["text"], r.get("target_text")),
        str(r["start_char"]),
        "1",
        "100" if r.get("factuality") == "asserted" else "50",
        str(r["doc_len"]),
        "", "", "",
    ]
