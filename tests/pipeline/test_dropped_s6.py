"""Session 6, issue 12: what becomes of each Indonesian trigger (pipeline.trace), and the general causes of
triggers found but lost. Sentences written for these tests."""

import json

import pytest

from warta.cli.main import main
from warta.pipeline.pipeline import extract, load_pipeline
from warta.records import Article


def triples(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2025-06-02")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


@pytest.fixture
def traced():
    pipeline = load_pipeline("id")
    trace = pipeline.start_trace()
    yield pipeline, trace
    pipeline.stop_trace()


def test_tracing_is_off_unless_asked(monkeypatch):
    monkeypatch.delenv("WARTA_TRACE_DROPPED", raising=False)
    assert load_pipeline("id").trace is None


def test_each_match_gets_one_fate(traced):
    pipeline, trace = traced
    pipeline(Article(id="t1", language="id", text=(
        "Tentara Myanmar menyerang desa itu. Pemerintah menolak. Jepang meminta Myanmar untuk "
        "menghentikan serangan.")))
    fates = {(f.trigger, f.step) for f in trace.fates}
    assert ("menyerang", "events:no-target") in fates  # "desa itu" is no actor
    assert ("menolak", "events:no-target") in fates
    assert ("menghentikan serangan", "events:embedded") in fates  # what is asked for has not happened
    emitted = [f for f in trace.fates if f.step == "emitted"]
    assert emitted and all(f.article == "t1" and f.sources for f in emitted)
    assert dict(trace.counts())[("events:no-target", "no-target")] >= 2


def test_a_later_component_taking_an_event_back_is_traced(traced):
    pipeline, trace = traced
    # a threat aimed at no one is dropped by pipeline.intentions after the event finder emitted it
    result = pipeline(Article(id="t2", language="id", text="Milisi itu mengancam akan terus melakukan aksinya."))
    assert not [e for e in result.events if e.code.startswith("13")]
    assert any(f.code.startswith("13") and f.step == "intentions" and f.reason == "taken back"
               for f in trace.fates)


def test_eval_prints_and_writes_the_trace(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "language": "id", "text": (
        "Tentara Thailand menembaki pos perbatasan. Malaysia mengecam Thailand."), "events": [
        {"source": "MYS", "target": "THA", "code": "111", "evidence": "Malaysia mengecam Thailand"},
        {"source": "THAMIL", "target": "KHM", "code": "190", "evidence": "Tentara Thailand menembaki pos perbatasan"},
    ]}) + "\n", encoding="utf-8")
    out = tmp_path / "fates.jsonl"
    assert main(["eval", str(gold), "--trace-dropped", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "match fates" in printed and "of the root of a missed gold event" in printed
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["step"] for r in rows} >= {"emitted", "events:no-target"}
    assert load_pipeline("id").trace is None  # off again after the evaluation


def test_an_event_noun_that_is_the_occasion_of_the_main_clause_is_its_subjects():
    # "dalam/saat/setelah + event noun + dengan/ke Y": the main clause's subject (or passive agent) acts
    assert ("JPNGOV", "041", "KORGOV") in triples(
        "Pernyataan itu disampaikan Menteri Luar Negeri Jepang dalam percakapan telepon dengan Menteri Luar "
        "Negeri Korea Selatan.")
    assert ("IDNGOV", "042", "MYS") in triples("Presiden Indonesia menyampaikan hal itu saat kunjungan ke Malaysia.")
    # an act of force is no occasion: those killed "dalam serangan" did not attack
    assert not any(c.startswith("19") for _, c, _ in triples("Dua tentara Thailand tewas dalam serangan di perbatasan."))


def test_coordinated_event_nouns_share_the_doer_named_after_them():
    found = triples("Serangan dan tembakan dari tentara Israel menewaskan 12 warga Palestina.")
    assert any(s == "ISRMIL" and c.startswith("19") and t == "PSECVL" for s, c, t in found)
    # "dari" a place, or from both sides, names no doer
    assert not any(s == "LBN" for s, _, _ in triples("Korban dari kedua belah pihak terus bertambah."))



def test_a_clash_that_killed_someone_was_fought_by_their_side():
    # "X tewas/terluka dalam baku tembak/bentrokan dengan Y": X's side fought Y
    assert ("IDNCOP", "193", "IDNSEP") in triples(
        "Dua personel Brimob terluka dalam baku tembak dengan milisi separatis di Papua.")
    assert ("THAMIL", "190", "KHMMIL") in triples(
        "Dua tentara Thailand tewas dalam bentrokan dengan pasukan Kamboja di perbatasan.")


def test_a_passive_act_of_force_with_no_agent_continues_the_violence_told_before():
    found = triples("Milisi RSF menyerbu kota El Fasher pada Minggu. Puluhan warga sipil Sudan dibunuh.")
    assert ("SDNUAF", "1823", "SDNCVL") in found
    # the same side is not its own victim, and an attack named after the verb has its own doer
    assert not any(c.startswith("19") and t == "ISRMIL" for _, c, t in triples(
        "Pasukan Israel menyerang Gaza. Tiga tentara Israel ditembak mati."))
    found = triples("Pasukan Rusia menyerang Kharkiv. Dua warga Ukraina terbunuh dalam serangan drone Belarus.")
    assert ("BLR", "195", "UKRCVL") in found and not any(s == "RUSMIL" and t == "UKRCVL" for s, _, t in found)


def test_an_investigation_of_a_case_is_coded_without_a_target():
    assert ("MYSCOP", "090", None) in triples("Polisi Malaysia menyelidiki kasus penyelundupan senjata itu.")
    assert ("IDNJUD", "090", "IDNGOV") in triples("Kejaksaan Agung memeriksa tiga pejabat Kementerian Pertahanan.")
    # an act of force with no actor as its object is still no event
    assert triples("Milisi itu menembaki sebuah gudang kosong di pinggir kota.") == set()


def test_an_attack_noun_is_on_what_its_verb_says_it_hit():
    # "Serangan X merusak/menghancurkan/menghantam Y": the attack was on Y, as with a verb of killing
    assert ("RUS", "195", "UKR") in triples("Serangan drone Rusia merusak pembangkit listrik milik Ukraina.")
    assert ("ISR", "195", "LBNREB") in triples("Serangan udara Israel menghancurkan gudang senjata Hizbullah.")


def test_we_or_his_side_in_reported_speech_is_the_speakers_side():
    # no quotation marks: "Kami ..., kata X", "Menurut X, pihaknya ..." (in quotes attribution does it)
    assert ("SGPGOV", "051", "MYSGOV") in triples(
        "Kami mendukung penuh langkah pemerintah Malaysia, kata Menteri Luar Negeri Singapura.")
    assert ("JPNGOV", "040", "KORGOV") in triples(
        "Menurut Menteri Luar Negeri Jepang, pihaknya telah berkoordinasi dengan pemerintah Korea Selatan.")
    # the speaker's side as the passive's subject, or as the object, is what the act befell
    for text in ("Kami diserang oleh pasukan Rusia, kata Presiden Ukraina.",
                 "Pasukan Rusia terus menyerang kami, ujar Presiden Ukraina."):
        found = triples(text)
        assert ("RUSMIL", "190", "UKRGOV") in found and not any(s == "UKRGOV" and c == "190" for s, c, _ in found)


def test_a_fronted_clause_with_no_subject_shares_the_main_clauses():
    assert ("TURGOV", "040", "RUSGOV") in triples(
        "Setelah bertemu Presiden Rusia, Presiden Turki mengecam serangan Ukraina.")
    found = triples("Saat berkunjung ke Jakarta, Perdana Menteri Jepang dan Presiden Korea Selatan menandatangani "
                    "kesepakatan.")
    assert {("JPNGOV", "042", "IDNGOV"), ("KORGOV", "042", "IDNGOV")} <= found
    # a fronted clause with its own subject keeps it
    assert ("RUS", "190", "UKR") in triples("Setelah Rusia menyerang Kyiv, Ukraina membalas.")
