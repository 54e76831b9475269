"""The news-frequency audit of the Indonesian lexicon (issue #12): scripts/lexicon_frequency.py on small
corpus files written for this test, its reviewed list, and the entries it led to (the section
"News-frequency audit" of src/warta/lang/id/events.tsv), each with a sentence of our own and the event it must
give through the real pipeline. The run on the real corpora needs ../shared and is skipped without it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from warta.lang.lexicon import load_event_lexicon
from warta.pipeline.pipeline import extract

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "lexicon_frequency.py"
_spec = importlib.util.spec_from_file_location("lexicon_frequency", SCRIPT)
frequency = importlib.util.module_from_spec(_spec)
sys.modules["lexicon_frequency"] = frequency  # dataclasses look their module up
_spec.loader.exec_module(frequency)


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    result = extract(text, language="id", published="2025-06-02")
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in result.events}


# ---- the entries the audit added ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 020 appeals: the spelling menghimbau, and advising that someone act (menganjurkan, menyarankan)
        ("Menteri Luar Negeri Jepang menghimbau Korea Utara menghentikan uji coba rudal.",
         ("JPNGOV", "020", "PRK")),
        ("Pemerintah Prancis menganjurkan Iran kembali ke meja perundingan.", ("FRAGOV", "020", "IRN")),
        # (advice to open talks takes the kind of what it asks for: 026, pipeline.obligations request_code)
        ("Menteri Luar Negeri Jepang menyarankan Korea Selatan untuk membuka dialog.",
         ("JPNGOV", "026", "KOR")),
        # 040 discussing something with a partner (membicarakan, mendiskusikan ... dengan X)
        ("Presiden Indonesia membicarakan kerja sama pertahanan dengan Perdana Menteri Australia.",
         ("IDNGOV", "040", "AUSGOV")),
        ("Menteri Luar Negeri Malaysia mendiskusikan isu perbatasan dengan Menteri Luar Negeri Thailand.",
         ("MYSGOV", "040", "THAGOV")),
        # 042 visiting a patient or a detainee (menjenguk, membesuk)
        ("Presiden Indonesia menjenguk korban banjir di rumah sakit.", ("IDNGOV", "042", "IDNCVL")),
        ("Duta Besar Australia membesuk warga Australia di penjara Bali.", ("AUSGOV", "042", "AUSCVL")),
        # 045 reconciling two parties (mendamaikan)
        ("Qatar mendamaikan Hamas dan Fatah.", ("QAT", "045", "PSEREBHMS")),
        # 072 arming someone (mempersenjatai)
        ("Iran mempersenjatai kelompok Houthi di Yaman.", ("IRN", "072", "YEMREB")),
        # 116 and 163 with menjatuhi / dijatuhi: the object or the passive subject is the one punished
        ("Pengadilan Malaysia menjatuhi mantan Perdana Menteri Malaysia hukuman penjara.",
         ("MYSJUD", "116", "MYSELI")),
        ("Mantan Perdana Menteri Malaysia dijatuhi hukuman penjara oleh pengadilan Malaysia.",
         ("MYSJUD", "116", "MYSELI")),
        ("Pemerintah Amerika Serikat menjatuhi Iran sanksi baru.", ("USAGOV", "163", "IRN")),
        # 173 police "mengamankan" a person: detention
        ("Polisi Thailand mengamankan tiga orang pelaku pembakaran.", ("THACOP", "173", "THACVL")),
        # 190 an uprising against a government (memberontak, pemberontakan), as a verb and as a noun
        ("Kelompok separatis Kamerun memberontak terhadap pemerintah Kamerun.", ("CMRSEP", "190", "CMRGOV")),
        ("Kelompok separatis Kamerun melakukan pemberontakan terhadap pemerintah Kamerun.",
         ("CMRSEP", "190", "CMRGOV")),
        # 182 a slapping, as the noun after a light verb
        ("Polisi Filipina melakukan penamparan terhadap wartawan Filipina.", ("PHLCOP", "182", "PHLMED")),
    ],
)
def test_an_audit_entry_gives_its_event(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # the senses the entries keep out: securing a place, an armed group (an adjective), suggestions as a
        # noun, peace as a state
        "Tentara Thailand mengamankan perbatasan selama perayaan tahun baru.",
        "Kelompok bersenjata itu bersembunyi di hutan.",
        "Menteri Pendidikan Malaysia menerima kritik dan saran dari guru.",
        "Warga desa itu hidup berdamai selama puluhan tahun.",
    ],
)
def test_the_senses_left_out_give_no_event_of_the_audit_codes(text):
    assert not {c for _, c, _ in triples(text)} & {"173", "072", "020", "045"}


# ---- over-broad readings the audit's sample of real news showed -----------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a suicide squad kills nobody by its name: the attack stays, no killing (1823) by "bunuh diri"
        ("Pasukan bunuh diri Taliban menyerang markas tentara Pakistan.",
         ("AFGMIL", "190", "PAKMIL"), "1823"),
        # destroying an armed group is force (190), destroying a house is property (1712)
        ("Tentara Turki menghancurkan pemberontak Kurdi di Irak utara.", ("TURMIL", "190", "IRQREB"), "1712"),
        ("Tentara Israel menghancurkan rumah warga Palestina di Tepi Barat.",
         ("ISRMIL", "1712", "PSECVL"), "190"),
        # a minister for emergencies declares no emergency (1724) by his title
        ("Menteri Keadaan Darurat Rusia Sergei Shoigu akan bertemu dengan Presiden Indonesia.",
         ("RUSGOV", "040", "IDNGOV"), "1724"),
        # "yang berhubungan dengan" is "related to": the investigation stays, no contact (040) with Fatah
        ("Polisi Inggris menyelidiki aktivis yang berhubungan dengan kelompok militan Fatah.",
         ("GBRCOP", "090", "GBROPP"), "040"),
    ],
)
def test_a_longer_pattern_keeps_the_wrong_reading_out(text, expected, absent):
    found = triples(text)
    assert expected in found
    assert absent not in {code for _, code, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        # the anti-corruption court's name is no arrest; damaging stability is a figure of speech
        "Pengacara itu menyampaikan protes kepada hakim Pengadilan Tindak Pidana Korupsi Jakarta.",
        "Sanksi Amerika Serikat dapat merusak kestabilan Pakistan.",
    ],
)
def test_a_non_event_phrase_gives_no_event(text):
    assert not triples(text)


def test_a_declared_state_of_emergency_is_still_coded():
    assert ("THAGOV", "1724", "THA") in triples("Pemerintah Thailand mengumumkan keadaan darurat di Bangkok.")


def test_berhubungan_as_a_main_verb_is_still_a_contact():
    text = "Menteri Luar Negeri Inggris sudah berhubungan dengan pemerintah Iran."
    assert ("GBRGOV", "040", "IRNGOV") in triples(text)


# ---- the script --------------------------------------------------------------------------------------------

BAPOS = "Tentara\tB-NN\nThailand\tB-NNP\nmenyerang\tB-VB\ndesa\tB-NN\nKamboja\tB-NNP\n.\tB-Z\n\n" \
    "Harga\tB-NN\npangan\tB-NN\nmenjadi\tB-VB\nmahal\tB-JJ\n.\tB-Z\n\n" \
    "Warga\tB-NN\nmelakukan\tB-VB\npawai\tB-NN\n.\tB-Z\n"
NER = "Polisi\tB-IND\nmenyerang\tO\nmenjadi\tO\n\nmenteri\tO\nitu\tO\n"
CONLLU = "# text = Mereka menjadi menteri\n1\tMereka\tmereka\tPRON\t_\t_\t2\tnsubj\t_\t_\n" \
    "2\tmenjadi\tjadi\tVERB\t_\t_\t0\troot\t_\t_\n3-4\tmenterinya\t_\t_\t_\t_\t_\t_\t_\t_\n" \
    "3\tmenteri\tmenteri\tNOUN\t_\t_\t2\tobj\t_\t_\n4\tnya\tia\tPRON\t_\t_\t3\tnmod\t_\t_\n\n"
IDNER = "Presiden PROPN B-PER\nmenjadi VERB O\n\n"


def write_corpus(root: Path) -> list[tuple[str, str]]:
    files = {"a/bapos.txt": (BAPOS, "bio-pos"), "b/ner.txt": (NER, "bio"), "c/ud.conllu": (CONLLU, "conllu"),
             "d/idner.txt": (IDNER, "idner")}
    for name, (text, _) in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return [(name, fmt) for name, (_, fmt) in files.items()] + [("missing/file.txt", "bio")]


def test_each_format_is_read_as_words_and_coarse_tags_and_a_missing_file_is_skipped(tmp_path):
    sentences = [s for _, s in frequency.corpus(tmp_path, write_corpus(tmp_path))]
    assert sentences[0][:3] == [("Tentara", "noun"), ("Thailand", "name"), ("menyerang", "verb")]
    assert sentences[3] == [("Polisi", "name"), ("menyerang", None), ("menjadi", None)]
    assert sentences[5] == [("Mereka", "other"), ("menjadi", "verb"), ("menteri", "noun"), ("nya", "other")]
    assert sentences[6] == [("Presiden", "name"), ("menjadi", "verb")]
    assert len(sentences) == 7


def test_a_word_is_read_as_root_and_template_by_generation():
    analyser = frequency.Analyser(frozenset({"serang", "temu", "nilai", "nila"}),
                                  frozenset({"menteri", "teri"}))
    assert analyser.analyse("menyerang") == frequency.Reading("serang", "meN-")
    assert analyser.analyse("pertemuan") == frequency.Reading("temu", "per-an")
    assert analyser.analyse("menilai") == frequency.Reading("nilai", "meN-")  # the longer verb root
    assert analyser.analyse("menteri") is None  # a lemma of its own, not meN- + teri
    assert analyser.analyse("rumah") is None


def test_the_audit_counts_roots_their_matches_and_the_covered_share(tmp_path):
    sentences = [s for _, s in frequency.corpus(tmp_path, write_corpus(tmp_path))]
    lexicon = load_event_lexicon("id")
    analyser = frequency.Analyser(frozenset({"serang", "jadi"}), frozenset({"menteri"}))
    result = frequency.audit(sentences, lexicon, analyser, light=["melakukan"],
                             left_out={"jadi": ("function", "copula")})
    assert result.status["serang"] == "covered" and result.status["jadi"] == "reviewed"
    serang, jadi = result.roots["serang"], result.roots["jadi"]
    assert (serang.tokens, serang.verb_tokens, serang.fires, serang.named) == (2, 2, 2, 1)
    assert serang.codes["190"] == 2
    # "menjadi" in the NER file has no tag of its own: the tagged files make it a verb
    assert (jadi.tokens, jadi.verb_tokens, jadi.fires) == (4, 4, 0)
    assert "menteri" not in result.roots  # a noun, no event root
    # the object of a light verb is counted as a noun that may name an event
    assert (result.roots["pawai"].after_light, result.roots["pawai"].verb_tokens) == (1, 0)
    assert result.status.get("pawai") is None
    assert result.verb_share() == (3, 7)  # menyerang twice, and the light verb melakukan
    assert result.verb_share(("covered", "light", "reviewed")) == (7, 7)
    row = next(r for r in frequency.rows(result, {"jadi": ("function", "copula")}) if r["root"] == "jadi")
    assert row["status"] == "reviewed" and row["note"] == "function copula"


def test_no_corpus_is_one_coded_line(tmp_path, capsys):
    assert frequency.main(["--shared", str(tmp_path), "--out", str(tmp_path / "out.tsv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("W-LEX03 ") and len(err.splitlines()) == 1


def test_the_reviewed_list_uses_the_documented_decisions_and_no_root_the_lexicon_covers():
    reviewed = frequency.reviewed()
    assert len(reviewed) > 300
    covered = frequency.lexicon_roots(load_event_lexicon("id"))
    assert not set(reviewed) & set(covered), "a reviewed root has an entry now: take it off the reviewed list"


def test_a_malformed_reviewed_list_is_one_coded_line(tmp_path, capsys, monkeypatch):
    bad = tmp_path / "reviewed.tsv"
    bad.write_text("root\tdecision\treason\njadi\tmaybe\tcopula\n", encoding="utf-8")
    monkeypatch.setattr(frequency, "REVIEWED", bad)
    write_corpus(tmp_path)
    monkeypatch.setattr(frequency, "CORPORA", (("a/bapos.txt", "bio-pos"),))
    assert frequency.main(["--shared", str(tmp_path), "--out", str(tmp_path / "out.tsv")]) == 2
    assert capsys.readouterr().err.startswith("W-LEX04 ")


def test_the_pipeline_sample_counts_events_by_entry_on_sentences_naming_two_actors():
    sentences = [[("Polisi", "name"), ("Malaysia", "name"), ("menangkap", "verb"), ("dua", "other"),
                  ("warga", "noun"), ("Indonesia", "name"), (".", "other")],
                 [("harga", "noun"), ("naik", "verb")],  # no names: passed over
                 [("polisi", "name"), ("menangkap", "verb"), ("warga", "noun"), ("indonesia", "name")]]
    texts = frequency.actor_sentences(sentences, 5)
    assert texts == ["Polisi Malaysia menangkap dua warga Indonesia ."]  # the lower-case copy is passed over
    counts, examples = frequency.event_rules(texts)
    (rule, count), = counts.items()
    assert rule.startswith("tangkap ") and rule.endswith("→ 173") and count == 1
    assert examples[rule].startswith("MYSCOP 173 IDNCVL :: Polisi Malaysia")


@pytest.mark.shared
def test_the_real_corpora_give_the_summary_and_the_table(tmp_path, capsys):
    if not any((frequency.SHARED_ID / name).exists() for name, _ in frequency.CORPORA):
        pytest.skip("shared Indonesian news corpora not present")
    out = tmp_path / "freq.tsv"
    assert frequency.main(["--out", str(out), "--top", "5"]) == 0
    summary = next(line for line in capsys.readouterr().out.splitlines() if "lexicon covers" in line)
    share = float(summary.split("covers: ")[1].split(" = ")[1].split(";")[0])
    assert share > 0.4
    header = out.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header[:2] == ["status", "root"]
