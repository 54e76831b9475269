import pickle

from warta.records import Actor, Article, ArticleResult, Event, Location, Mention, Quote


def _result() -> ArticleResult:
    article = Article("a1", "Rusia menyerang Ukraina.", "id", "2025-03-01", title="Judul")
    event = Event(
        id="e1", code="190", root_code="19", quad_class=4, goldstein=-10.0,
        source=Actor("RUS", "RUS", "Russia", "Rusia"), target=Actor("UKR", "UKR", "Ukraine", "Ukraina"),
        factuality="asserted", reported_by=None, date="2025-03-01",
        location=Location("Kyiv", "UKR", 50.45, 30.52),
        mentions=(Mention(0, 0, 23, "Rusia menyerang Ukraina"),), rule="id.active: serang → 190",
    )
    quote = Quote(Actor("RUSGOV", "RUS", "Dmitry Peskov", "Peskov"), "kami", 1, 5, "kata")
    return ArticleResult(article, (event,), (quote,))


def test_result_round_trips_through_its_json_form():
    result = _result()
    data = result.to_dict(include_text=True)
    assert data["events"][0]["source"]["code"] == "RUS"
    assert data["article"]["published"] == "2025-03-01"
    again = ArticleResult.from_dict(data)
    assert again == result


def test_records_pickle():
    result = _result()
    assert pickle.loads(pickle.dumps(result)) == result


def test_content_hash_is_stable_and_depends_on_text():
    a, b = Article("x", "teks"), Article("y", "teks")
    assert a.content_hash == b.content_hash
    assert Article("x", "lain").content_hash != a.content_hash
