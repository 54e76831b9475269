"""Role codes of actors already found (issue #12, L2): which role and whose country, on sentences written
for these tests."""

from test_actor_roles_r2 import codes, triples  # the same probes: actor codes, (source, code, target)


def test_a_place_after_a_title_is_the_seat_of_the_office():
    # "Gubernur <province>", "Kapolda <province>", "Wali Kota <city>": the office of that place, whose
    # country it is, even when another country was named first; the place is no person's name
    assert codes("Investor Jepang meminta kepastian kepada Gubernur Sulawesi Utara.") == ["JPNBUS", "IDNGOV"]
    assert codes("Investor Jepang meminta kepastian kepada Kapolda Jawa Timur.") == ["JPNBUS", "IDNCOP"]
    assert ("JPNGOV", "040", "IDNGOV") in triples("Duta Besar Jepang bertemu dengan Gubernur Jawa Barat di Bandung.")
    # the holder's name may follow the place
    assert codes("Pengusaha Korea Selatan menemui Wali Kota Surabaya Andi Wiratama.") == ["KORBUS", "IDNGOV"]
