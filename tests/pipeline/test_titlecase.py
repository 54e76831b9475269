"""Headlines in Title Case are read with their common words in lower case."""

from warta.pipeline.pipeline import extract
from warta.pipeline.titlecase import decase, is_title_case
from warta.tokens import tokenize


def test_a_title_case_line_is_recognised():
    assert is_title_case(tokenize("Polisi Bolivia Tangkap Pemimpin Serikat Buruh di La Paz"))
    assert not is_title_case(tokenize("Polisi Bolivia menangkap pemimpin serikat buruh di La Paz."))


def test_common_words_lose_their_capitals_and_offsets_stay():
    tokens = tokenize("Polisi Bolivia Tangkap Demonstran")
    out = decase(tokens, lambda norm: norm in {"polisi", "tangkap", "demonstran"})
    assert [t.text for t in out] == ["polisi", "Bolivia", "tangkap", "demonstran"]
    assert [(t.start, t.end) for t in out] == [(t.start, t.end) for t in tokens]


def test_a_title_case_headline_codes_its_actors():
    result = extract("Polisi Bolivia Tembaki Demonstran di La Paz\n\nIsi berita.", language="id",
                     published="2025-06-02")
    found = {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in result.events}
    assert ("BOLCOP", "19", "BOLCVL") in found


def test_words_of_a_known_name_keep_their_capitals():
    tokens = tokenize("North Korea Threatens South Korea")
    out = decase(tokens, lambda norm: norm in {"north", "south", "threatens"}, keep={0, 1, 3, 4})
    assert [t.text for t in out] == ["North", "Korea", "threatens", "South", "Korea"]


def test_a_title_case_headline_keeps_country_names_of_common_words():
    # "north" and "south" alone are common words; in "North Korea" they are part of a name
    result = extract("North Korea Threatens South Korea Over Joint Drills\n\nThe statement came on Monday.",
                     language="en", published="2025-06-02")
    found = {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in result.events}
    assert ("PRK", "13", "KOR") in found
