"""Language identification on sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from warta.pipeline.langid import identify_language

INDONESIAN = ("Pemerintah mengatakan bahwa bantuan uang akan dibagikan kepada warga setelah banjir "
              "karena banyak rumah yang rusak dan warga tidak bisa bekerja.")
MALAY = ("Kerajaan berkata bahawa bantuan wang akan diberikan kepada rakyat selepas banjir kerana "
         "banyak rumah rosak dan mereka tidak boleh bekerja.")
ENGLISH = "The government said that the aid would be given to the families after the flood destroyed their homes."


@pytest.mark.parametrize(("text", "expected"), [(INDONESIAN, "id"), (MALAY, "ms"), (ENGLISH, "en")])
def test_known_languages(text: str, expected: str) -> None:
    language, confidence = identify_language(text)
    assert language == expected
    assert 0.5 < confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a annoncé que les familles des victimes recevront une aide dans la semaine.",
        "El gobierno anunció que las familias de las víctimas recibirán una ayuda durante la semana.",
        "Die Regierung hat angekündigt, dass die Familien der Opfer eine Hilfe bekommen werden.",
        "Bapak lan ibu tindak menyang pasar ing dina Minggu, nanging aku ora melu amarga isih sinau.",
        "",
        "Jokowi Prabowo 2025",
    ],
)
def test_other_or_too_little(text: str) -> None:
    assert identify_language(text)[0] == "und"


def test_empty_has_no_confidence() -> None:
    assert identify_language("") == ("und", 0.0)


def test_fast_enough() -> None:
    article = " ".join([INDONESIAN] * 15)  # about 300 words
    identify_language(article)
    started = time.perf_counter()
    for _ in range(20):
        identify_language(article)
    assert (time.perf_counter() - started) / 20 < 0.001
