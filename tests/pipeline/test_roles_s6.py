"""Role codes of actors already found (issue #12, L2): which role and whose country, on sentences written
for these tests."""

from warta.pipeline.pipeline import extract, load_pipeline
from warta.records import Article


def codes(text: str, published: str = "2025-06-02") -> list[str | None]:
    nlp = load_pipeline("id")
    doc = nlp.make_doc(Article("t", text, "id", published))
    nlp.components[0](doc)
    return [m.code for s in doc.sentences for m in doc.actors.get(s.index, [])]


def triples(text: str, published: str = "2025-06-02") -> set[tuple]:
    result = extract(text, language="id", published=published)
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in result.events}


def test_a_place_after_a_title_is_the_seat_of_the_office():
    # "Gubernur <province>", "Kapolda <province>", "Wali Kota <city>": the office of that place, whose
    # country it is, even when another country was named first; the place is no person's name
    assert codes("Investor Jepang meminta kepastian kepada Gubernur Sulawesi Utara.") == ["JPNBUS", "IDNGOV"]
    assert codes("Investor Jepang meminta kepastian kepada Kapolda Jawa Timur.") == ["JPNBUS", "IDNCOP"]
    assert ("JPNGOV", "040", "IDNGOV") in triples("Duta Besar Jepang bertemu dengan Gubernur Jawa Barat di Bandung.")
    # the holder's name may follow the place
    assert codes("Pengusaha Korea Selatan menemui Wali Kota Surabaya Andi Wiratama.") == ["KORBUS", "IDNGOV"]
