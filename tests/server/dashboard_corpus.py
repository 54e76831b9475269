"""A realistic database for the dashboard's browser tests, written with warta's own store writer.

About 450 events over twelve months of 2025 in short Indonesian articles composed here from templates: a
busy dyad in both directions (more than 50 events one way), actors in separate groups that never meet
(the network must keep them apart), a place where conflict and cooperation tie, places on both sides of the
180th meridian, events without a target, undated events, a gazetteer name that looks like HTML and an
article URL with the ``javascript:`` scheme. Two articles with emoji, flags and combining marks are coded
by the real Indonesian pipeline, so their offsets are the pipeline's own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from warta import codebook
from warta.pipeline.pipeline import load_pipeline
from warta.records import Actor, Article, ArticleResult, Event, Location, Mention
from warta.store.writer import Coded, Store

# code: (country, name, how an article names it)
ACTORS = {
    "IDNGOV": ("IDN", "Prabowo Subianto", "Presiden Prabowo Subianto"),
    "IDNMIL": ("IDN", "TNI", "TNI"),
    "MYSGOV": ("MYS", "Anwar Ibrahim", "Perdana Menteri Anwar Ibrahim"),
    "SGPGOV": ("SGP", "Pemerintah Singapura", "Pemerintah Singapura"),
    "AUSGOV": ("AUS", "Pemerintah Australia", "Pemerintah Australia"),
    "CHNGOV": ("CHN", "Pemerintah Tiongkok", "Pemerintah Tiongkok"),
    "RUSMIL": ("RUS", "Militer Rusia", "Militer Rusia"),
    "UKRGOV": ("UKR", "Pemerintah Ukraina", "Pemerintah Ukraina"),
    "ISRMIL": ("ISR", "Militer Israel", "Militer Israel"),
    "PSE": ("PSE", "Palestina", "warga Palestina"),
    "EGYGOV": ("EGY", "Pemerintah Mesir", "Pemerintah Mesir"),
    "FJIGOV": ("FJI", "Pemerintah Fiji", "Pemerintah Fiji"),
    "TONGOV": ("TON", "Pemerintah Tonga", "Pemerintah Tonga"),
}

VERBS = {"036": "menyatakan siap berunding dengan", "042": "mengunjungi", "057": "menandatangani perjanjian dengan",
         "061": "memperluas perdagangan dengan", "073": "mengirim bantuan kemanusiaan kepada",
         "111": "mengecam", "112": "menuduh", "130": "mengancam", "190": "menyerang", "195": "mengebom",
         "010": "menyampaikan pernyataan"}

# name: (country, lat, lon)
PLACES = {"Jakarta": ("IDN", -6.21, 106.85), "Kuala Lumpur": ("MYS", 3.14, 101.69),
          "Singapura": ("SGP", 1.29, 103.85), "Gaza": ("PSE", 31.5, 34.47), "Kyiv": ("UKR", 50.45, 30.52),
          "Suva": ("FJI", -18.14, 178.44), "Nuku'alofa": ("TON", -21.14, -175.2),
          "<img src=x onerror=alert(1)>": ("IDN", -0.5, 117.15)}
HOSTILE_PLACE = "<img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(document.domain)"

# Offsets are code points: emoji outside the BMP, flags (two regional indicators) and a combining acute
# accent come before the sentences the pipeline codes.
EMOJI_ARTICLES = {
    "emoji-1": ("🔥🔥🔥 Ketegangan 🇮🇩🇲🇾 di perbatasan\n\n"
                "Jakarta 🇮🇩 — Pemerintah Indonesia mengecam Malaysia atas penangkapan nelayan di perairan "
                "Natuna pada Senin (3/3/2025). Kafe\u0301 di pelabuhan tutup 😢.\n\n"
                "Menteri Luar Negeri Sugiono mendesak Malaysia segera membebaskan para nelayan 👨‍👩‍👧."),
    "emoji-2": ("Bantuan 🇸🇬 tiba 🙏🏽\n\n"
                "Pemerintah Singapura mengirim bantuan kemanusiaan kepada Indonesia pada Rabu (5/3/2025) 🚢. "
                "Jose\u0301 dari Palang Merah menyambut bantuan itu."),
}


@dataclass(frozen=True)
class Planned:
    day: dt.date | None
    code: str
    source: str
    target: str | None
    place: str | None


def plan(seed: int = 20250101) -> list[Planned]:
    """The events to write: each group below is one thing the dashboard must show truthfully."""
    rng = random.Random(seed)
    months = [dt.date(2025, m, 1) for m in range(1, 13)]

    def day() -> dt.date:
        first = rng.choice(months)
        return first + dt.timedelta(days=rng.randrange(28))

    plan: list[Planned] = []

    def add(n: int, source: str, target: str | None, codes: list[str], places: list[str | None],
            dated: bool = True) -> None:
        for _ in range(n):
            plan.append(Planned(day() if dated else None, rng.choice(codes), source, target, rng.choice(places)))

    asean = ["036", "042", "057", "061", "111", "112"]
    add(64, "IDNGOV", "MYSGOV", asean, ["Jakarta", "Kuala Lumpur", None])  # the busy dyad, one way ...
    add(37, "MYSGOV", "IDNGOV", asean, ["Kuala Lumpur", "Jakarta", None])  # ... and back
    add(3, "IDNGOV", "MYSGOV", asean, [None], dated=False)  # reported without any date
    add(9, "IDNMIL", "MYSGOV", ["130", "111"], [None])
    add(30, "SGPGOV", "IDNGOV", ["036", "057", "061", "073"], ["Singapura", "Jakarta"])
    add(18, "IDNGOV", "SGPGOV", ["042", "061"], ["Singapura"])
    add(22, "AUSGOV", "IDNGOV", ["036", "042", "111"], ["Jakarta", None])
    add(25, "CHNGOV", "MYSGOV", ["061", "112", "130"], ["Kuala Lumpur", None])
    add(12, "IDNGOV", None, ["010"], ["Jakarta", None])  # statements with no target
    add(45, "RUSMIL", "UKRGOV", ["190", "195"], ["Kyiv"])  # a second group, unconnected to the first
    add(16, "UKRGOV", "RUSMIL", ["111", "112"], ["Kyiv", None])
    plan += [Planned(day(), rng.choice(["190", "195"]), "ISRMIL", "PSE", "Gaza") for _ in range(14)]
    plan += [Planned(day(), rng.choice(["036", "042"]), "EGYGOV", "PSE", "Gaza") for _ in range(14)]  # a tie
    add(10, "ISRMIL", "PSE", ["190"], [None])
    add(6, "FJIGOV", "TONGOV", ["042", "057"], ["Suva", "Nuku'alofa"])  # a third group, by the antimeridian
    add(4, "TONGOV", "FJIGOV", ["036"], ["Nuku'alofa"])
    add(3, "IDNGOV", "MYSGOV", ["111"], [HOSTILE_PLACE])
    return plan


def _actor(code: str | None) -> Actor | None:
    if code is None:
        return None
    country, name, text = ACTORS[code]
    return Actor(code=code, country=country, name=name, text=text)


def _sentence(p: Planned) -> str:
    target = f" {ACTORS[p.target][2]}" if p.target else ""
    where = f" di {p.place}" if p.place and p.place != HOSTILE_PLACE else ""
    return f"{ACTORS[p.source][2]} {VERBS[p.code]}{target}{where}."


def _article(no: int, group: list[Planned]) -> ArticleResult:
    day = group[0].day
    title = f"{'🔴 ' if no % 3 == 0 else ''}Kabar kawasan {no}"
    text = title + "\n\n"
    events = []
    for seq, p in enumerate(group):
        sentence = _sentence(p)
        start = len(text)  # code points, as the store keeps them
        text += sentence + " "
        entry = codebook.event_code(p.code)
        place = PLACES.get(p.place) if p.place else None
        events.append(Event(
            id=f"e{seq}", code=p.code, root_code=p.code[:2], quad_class=entry.quad_class, goldstein=entry.goldstein,
            source=_actor(p.source), target=_actor(p.target), date=day.isoformat() if day else None,
            location=Location(p.place, place[0], place[1], place[2]) if place and p.place else None,
            mentions=(Mention(sentence=seq, start=start, end=start + len(sentence), text=sentence),),
            rule=f"test-corpus.{p.code}"))
    url = HOSTILE_URL if no == 1 else f"https://contoh.id/kawasan/{no}"
    article = Article(id=f"kawasan-{no:03d}", text=text.rstrip(), language="id",
                      published=day.isoformat() if day else None, url=url, title=title, outlet="contoh.id")
    return ArticleResult(article=article, events=tuple(events))


def build(db: Path, seed: int = 20250101) -> int:
    """Write the corpus into ``db``; returns the number of events written."""
    rng = random.Random(seed + 1)
    planned = sorted(plan(seed), key=lambda p: (p.day or dt.date.max, p.source, p.target or ""))
    results: list[ArticleResult] = []
    i = 0
    while i < len(planned):
        size = rng.choice([1, 1, 2, 3])
        group = [planned[i]]
        while len(group) < size and i + len(group) < len(planned) and planned[i + len(group)].day == planned[i].day:
            group.append(planned[i + len(group)])
        results.append(_article(len(results) + 1, group))
        i += len(group)
    pipeline = load_pipeline("id")
    for name, text in EMOJI_ARTICLES.items():
        results.append(pipeline(Article(id=name, text=text, language="id", published="2025-03-05",
                                        url=f"https://contoh.id/{name}", title=text.split("\n")[0])))
    with Store(db) as store:
        store.write(Coded(f"dashboard-corpus#{r.article.id}", r) for r in results)
    return sum(len(r.events) for r in results)


def random_network(actors: int, seed: int = 1) -> list[dict]:
    """Edges as ``/api/network`` gives them for a seeded random graph the size of a real corpus's: three
    quarters of the actors in one group around a few busy hubs, the rest in pairs on their own."""
    rng = random.Random(seed)
    codes = [f"A{i:03d}" for i in range(actors)]
    crowd = codes[: actors * 3 // 4]
    pairs: dict[tuple[str, str], int] = {}
    for code in crowd:
        for _ in range(rng.choice([1, 1, 2, 3])):
            target = rng.choice(crowd[:6] + crowd)
            if target != code:
                pairs[code, target] = rng.randint(1, 60)
    rest = codes[len(crowd):]
    for a, b in zip(rest[::2], rest[1::2], strict=False):
        pairs[a, b] = rng.randint(1, 10)
    return [{"source": s, "target": t, "source_name": s, "target_name": t, "events": n,
             "goldstein_mean": rng.uniform(-10, 10)} for (s, t), n in pairs.items()]
