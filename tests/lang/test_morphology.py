import pytest

from warta.lang.id.morphology import expand_forms, generate, normalise


@pytest.mark.parametrize(
    "root, template, form",
    [
        ("serang", "meN-", "menyerang"),
        ("pukul", "meN-", "memukul"),
        ("tembak", "meN-", "menembak"),
        ("kirim", "meN-", "mengirim"),
        ("kritik", "meN-", "mengkritik"),
        ("bom", "meN-", "mengebom"),
        ("dukung", "meN-", "mendukung"),
        ("ancam", "meN-", "mengancam"),
        ("rebut", "meN-", "merebut"),
        ("kunjung", "meN-i", "mengunjungi"),
        ("kunjung", "di-i", "dikunjungi"),
        ("kunjung", "-an", "kunjungan"),
        ("tanda tangan", "meN-i", "menandatangani"),
        ("tanda tangan", "peN-an", "penandatanganan"),
        ("runding", "ber-", "berunding"),
        ("temu", "per-an", "pertemuan"),
        ("serang", "peN-an", "penyerangan"),
        ("usir", "meN-", "mengusir"),
        ("lancar", "meN-kan", "melancarkan"),
        ("pengaruh", "meN-i", "memengaruhi"),
        ("kuat", "memper-", "memperkuat"),
        ("satu", "ke-an", "kesatuan"),
    ],
)
def test_generate_makes_the_standard_form(root, template, form):
    assert form in generate(root, template)


def test_forms_classes_expand_and_reject_unknown_templates():
    assert "meN-" in expand_forms("v") and "-an" in expand_forms("n")
    assert expand_forms("ber-|per-an") == ("ber-", "per-an")
    with pytest.raises(ValueError):
        expand_forms("xyz-")


def test_normalise_strips_clitics_and_reduplication():
    assert "serangan" in normalise("serangannya")
    assert "menyerang" in normalise("serang-menyerang")
    assert "kunjungan" in normalise("Kunjungannya".lower())
    assert normalise("rumah")[0] == "rumah"


@pytest.mark.parametrize(
    "root, template, form",
    [
        # two vowels side by side are two syllables: such a root takes meN- as any root of two syllables
        ("maaf", "meN-kan", "memaafkan"),
        ("klaim", "meN-", "mengklaim"),
        ("kuat", "peN-an", "penguatan"),
        ("naik", "meN-kan", "menaikkan"),
        ("luas", "meN-", "meluas"),
        ("jual", "meN-", "menjual"),
        # a closing diphthong stays one syllable, and a root of one syllable still takes menge-
        ("sampai", "meN-kan", "menyampaikan"),
        ("bom", "meN-", "mengebom"),
        ("cat", "meN-", "mengecat"),
    ],
)
def test_adjacent_vowels_are_two_syllables(root, template, form):
    assert form in generate(root, template)


def test_a_root_of_two_vowels_is_not_given_the_prefix_of_a_monosyllable():
    assert "mengemaafkan" not in generate("maaf", "meN-kan")
