"""Frozen records at the library's edges: ``Article`` in, ``ArticleResult`` out.

Each record has ``to_dict`` / ``from_dict`` giving exactly the JSON of DESIGN.md ("Output of warta extract").
Records are plain frozen dataclasses of strings, numbers and tuples, so they pickle (worker processes, Spark).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article as read: the text is never altered, every offset indexes it."""

    id: str
    text: str
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    outlet: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text}
        for key in ("language", "published", "url", "title", "outlet"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=str(data["id"]),
            text=data["text"],
            language=data.get("language"),
            published=data.get("published"),
            url=data.get("url"),
            title=data.get("title"),
            outlet=data.get("outlet"),
        )


@dataclass(frozen=True)
class Actor:
    """An actor as coded: CAMEO code (or ``None`` when the name has no resolvable code), its country,
    a canonical name, and the text that mentioned it."""

    code: str | None
    country: str | None = None
    name: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "name": self.name, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        if data is None:
            return None
        return cls(data.get("code"), data.get("country"), data.get("name"), data.get("text"))


@dataclass(frozen=True)
class Mention:
    """One place in the article that states the event: sentence index and character offsets."""

    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(int(data["sentence"]), int(data["start"]), int(data["end"]), data["text"])


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        if data is None:
            return None
        return cls(data["name"], data.get("country"), data.get("lat"), data.get("lon"))


@dataclass(frozen=True)
class Event:
    """A coded event: who did what to whom, when, where, how sure, according to whom, and the evidence."""

    id: str
    code: str
    root_code: str
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    factuality: str = "asserted"
    reported_by: Actor | None = None
    date: str | None = None
    location: Location | None = None
    mentions: tuple[Mention, ...] = ()
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "root_code": self.root_code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "factuality": self.factuality,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "mentions": [m.to_dict() for m in self.mentions],
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data["id"],
            code=data["code"],
            root_code=data["root_code"],
            quad_class=int(data["quad_class"]),
            goldstein=float(data["goldstein"]),
            source=Actor.from_dict(data.get("source")),
            target=Actor.from_dict(data.get("target")),
            factuality=data.get("factuality", "asserted"),
            reported_by=Actor.from_dict(data.get("reported_by")),
            date=data.get("date"),
            location=Location.from_dict(data.get("location")),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
            rule=data.get("rule", ""),
        )


@dataclass(frozen=True)
class Quote:
    """Direct or indirect speech: who said it, what, where, and the speech cue."""

    speaker: Actor | None
    text: str
    start: int
    end: int
    cue: str
    direct: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "direct": self.direct,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            Actor.from_dict(data.get("speaker")),
            data["text"],
            int(data["start"]),
            int(data["end"]),
            data.get("cue", ""),
            bool(data.get("direct", True)),
        )


@dataclass(frozen=True)
class ArticleResult:
    """What the pipeline found in one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        art: dict[str, Any] = {
            "id": self.article.id,
            "language": self.article.language,
            "published": self.article.published,
            "title": self.article.title,
        }
        if self.article.url:
            art["url"] = self.article.url
        if include_text:
            art["text"] = self.article.text
        out: dict[str, Any] = {
            "article": art,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str = "") -> ArticleResult:
        art = data["article"]
        article = Article(
            id=str(art["id"]),
            text=art.get("text", text),
            language=art.get("language"),
            published=art.get("published"),
            url=art.get("url"),
            title=art.get("title"),
        )
        return cls(
            article=article,
            events=tuple(Event.from_dict(e) for e in data.get("events", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            warnings=tuple(data.get("warnings", [])),
        )
