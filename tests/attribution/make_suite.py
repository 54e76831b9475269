"""Writes suite.jsonl: the attribution suite, items composed from the speakers, events and constructions
below (all written by the team). Run it after editing them: python tests/attribution/make_suite.py"""
import json
from pathlib import Path

items = []
def add(cons, lang, text, events=(), quotes=(), ui=()):
    items.append({"id": f"attr-{len(items)+1:03d}", "language": lang, "published": "2025-06-02",
                  "construction": cons, "text": text,
                  "events": [dict(source=s, target=t, code=c, reported_by=r, **({"symmetric": True} if c == "057" else {}))
                             for s, t, c, r in events],
                  "quotes": [{"text": q, "speaker": sp} for q, sp in quotes], "ui": list(ui)})

# Indonesian speakers (text, code) and events (clause, source, target, code)
SP = [("Kementerian Luar Negeri Rusia", "RUSGOV"), ("Dmitry Peskov", "RUSGOV"),
      ("Militer Israel", "ISRMIL"), ("Kementerian Pertahanan Pakistan", "PAKGOV"),
      ("Kepolisian Indonesia", "IDNCOP"), ("Presiden Ukraina Volodymyr Zelensky", "UKRGOV"),
      ("Kementerian Luar Negeri China", "CHNGOV"), ("Perdana Menteri Jepang", "JPNGOV")]
EV = [("India menyerang Pakistan", "IND", "PAK", "190"), ("Rusia menyerang Ukraina", "RUS", "UKR", "190"),
      ("Amerika Serikat menjatuhkan sanksi terhadap Iran", "USA", "IRN", "163"),
      ("Tiongkok mengecam Filipina", "CHN", "PHL", "111"), ("Iran menyerang Israel", "IRN", "ISR", "190"),
      ("Korea Utara mengancam Korea Selatan", "PRK", "KOR", "130"),
      ("Turki mengecam Swedia", "TUR", "SWE", "111"), ("Rusia mengusir diplomat Inggris", "RUS", "GBRGOV", "174")]
def ev(e, rb): return (e[1], e[2], e[3], rb)
pairs = list(zip(SP, EV))
pairs2 = list(zip(SP, EV[3:] + EV[:3]))
for (s, c), e in pairs:
    add("id.preposed-bahwa", "id", f"{s} mengatakan bahwa {e[0]} pada Minggu.", [ev(e, c)])
for (s, c), e in pairs2:
    add("id.preposed-clause", "id", f"{s} menyatakan {e[0]} pekan lalu.", [ev(e, c)])
for verb, ((s, c), e) in zip(["kata", "ujar", "tutur", "imbuh", "tegas", "jelas", "papar", "ucap"], pairs):
    add("id.postposed-cue", "id", f"{e[0]} pada Sabtu, {verb} {s}.", [ev(e, c)])
for (s, c), e in pairs2:
    add("id.menurut", "id", f"Menurut {s}, {e[0]} pada Jumat.", [ev(e, c)])
for e in EV:
    add("id.narrated", "id", f"{e[0]} pada Senin pagi.", [ev(e, None)])
for e in EV[:6]:
    subj, rest = e[0].split(" ", 1)
    add("id.unnamed", "id", f"{subj} dilaporkan {rest} pada Senin.", [ev(e, None)])
for e in EV[2:8]:
    add("id.unnamed", "id", f"Menurut sumber yang tidak disebutkan namanya, {e[0]} pada Selasa.", [ev(e, None)])
OUT = [("Reuters", "GBRMED"), ("Anadolu", "TURMED"), ("AFP", "FRAMED"), ("Kantor berita Antara", "IDNMED")]
for (o, oc), e in zip(OUT * 2, EV):
    add("id.outlet", "id", f"Menurut {o}, {e[0]} pada Rabu.", [ev(e, oc)])
for (o, oc), ((s, c), e) in zip(OUT * 2, pairs):
    add("id.relay", "id", f"{e[0]} pada Kamis, kata {s} seperti dikutip dari {o}.", [ev(e, c)])
for (o, oc), ((s, c), e) in zip(OUT, pairs2[:4]):
    add("id.relay", "id", f"{e[0]} pada Kamis, kata {s} kepada {o}.", [ev(e, c)])
for (s, c), e in pairs[:6]:
    add("id.self-claim", "id", f"{e[1] and {'IND': 'India', 'RUS': 'Rusia', 'USA': 'Amerika Serikat', 'CHN': 'Tiongkok', 'IRN': 'Iran', 'PRK': 'Korea Utara', 'TUR': 'Turki'}[e[1]]} mengatakan telah {e[0].split(' ', 1)[1]}.",
        [(e[1], e[2], e[3], e[1])])
for (s, c), e in pairs[:6]:
    add("id.narrated-then-attributed", "id", f"{e[0]} pada Senin. {s} mengatakan bahwa {e[0]}.", [ev(e, c)])
for ((s, c), e), e2 in zip(pairs[:6], EV[4:] + EV[:4]):
    add("id.coordinated", "id", f"{s} mengatakan bahwa {e[0]} dan {e2[0]}.", [ev(e, c), ev(e2, c)])
# quotes
for verb, ((s, c), e) in zip(["kata", "ujar", "tutur", "tegas", "imbuh", "ungkap", "jelas", "papar"], pairs):
    q = f"{e[0]} pada malam hari,"
    add("id.quote-after", "id", f"“{q}” {verb} {s}.", [ev(e, c)], [(q, c)])
for verb, ((s, c), e) in zip(["ujarnya", "katanya", "tuturnya", "tegasnya", "imbuhnya", "ungkapnya"], pairs2):
    q = f"{e[0]} tanpa peringatan,"
    add("id.quote-anaphor", "id", f"{s} berbicara kepada wartawan di Jakarta. “{q}” {verb}.", [ev(e, c)], [(q, c)])
for verb, ((s, c), e) in zip(["tutur dia", "kata dia", "ujar dia", "kata beliau"], pairs[2:6]):
    q = f"{e[0]} kemarin,"
    add("id.quote-pronoun", "id", f"{s} memberikan keterangan pada Senin. “{q}” {verb}.", [ev(e, c)], [(q, c)])
for (s, c), e in pairs2[:6]:
    q = f"{e[0]} secara sepihak."
    add("id.quote-before", "id", f"{s} mengatakan, “{q}”", [ev(e, c)], [(q, c)])
for ui, e in zip(["Accept", "Baca juga", "Tutup", "Setuju", "Bagikan", "Lanjutkan"], EV):
    add("id.ui-string", "id", f"Tekan tombol \"{ui}\" untuk membaca. {e[0]} pada Senin.", [ev(e, None)], [], [ui])

for (s, c), e in pairs[:6]:
    q = f"{e[0]} tanpa alasan yang jelas,"
    add("id.quote-statement-after", "id", f"“{q}” demikian pernyataan {s} pada Selasa.", [ev(e, c)], [(q, c)])
for (s, c), e in pairs2[:6]:
    add("id.statement-frame", "id", f"Dalam pernyataannya, {s} menyebut {e[0]} secara sepihak.", [ev(e, c)])
VERBAL = [("Tiongkok mengecam Filipina sebagai", "CHN", "PHL", "111"), ("Turki mengecam Swedia sebagai", "TUR", "SWE", "111"),
          ("Rusia mengecam Inggris sebagai", "RUS", "GBR", "111"), ("Iran mengecam Amerika Serikat sebagai", "IRN", "USA", "111")]
for clause, src, tgt, code in VERBAL:
    add("id.verbal-act-own-words", "id", f"{clause} “pelanggar hukum internasional yang nyata”.",
        [(src, tgt, code, src)], [("pelanggar hukum internasional yang nyata", src)])
for (o, oc), e in zip(OUT, EV[4:]):
    add("id.relay-alone", "id", f"{e[0]} pada Kamis, seperti dilansir {o}.", [ev(e, oc)])
for (o, oc), ((s, c), e) in zip(OUT, pairs[4:]):
    q = f"{e[0]} tanpa pemberitahuan,"
    add("id.quote-speaker-relayed", "id", f"“{q}” {s} seperti dikutip {o} pada Rabu.", [ev(e, c)], [(q, c)])
# English
SPE = [("Russia's foreign ministry", "RUSGOV"), ("Kremlin spokesman Dmitry Peskov", "RUSGOV"),
       ("The Israeli military", "ISRMIL"), ("Pakistan's defence ministry", "PAKGOV"),
       ("Indonesian police", "IDNCOP"), ("Ukrainian President Volodymyr Zelensky", "UKRGOV"),
       ("China's foreign ministry", "CHNGOV"), ("The Japanese prime minister", "JPNGOV")]
EVE = [("India attacked Pakistan", "IND", "PAK", "190"), ("Russia attacked Ukraine", "RUS", "UKR", "190"),
       ("the United States imposed sanctions on Iran", "USA", "IRN", "163"),
       ("China condemned the Philippines", "CHN", "PHL", "111"), ("Iran attacked Israel", "IRN", "ISR", "190"),
       ("North Korea threatened South Korea", "PRK", "KOR", "130"),
       ("Turkey condemned Sweden", "TUR", "SWE", "111"), ("Russia expelled British diplomats", "RUS", "GBRGOV", "174")]
pe = list(zip(SPE, EVE)); pe2 = list(zip(SPE, EVE[3:] + EVE[:3]))
cap = lambda x: x[0].upper() + x[1:]
for (s, c), e in pe:
    add("en.preposed-that", "en", f"{s} said that {e[0]} on Sunday.", [ev(e, c)])
for (s, c), e in pe2:
    add("en.postposed", "en", f"{cap(e[0])} on Saturday, {s[0].lower() + s[1:] if s.startswith('The') else s} said.", [ev(e, c)])
for (s, c), e in pe:
    add("en.according-to", "en", f"According to {s[0].lower() + s[1:] if s.startswith('The') else s}, {e[0]} on Friday.", [ev(e, c)])
for e in EVE[:6]:
    add("en.narrated", "en", f"{cap(e[0])} on Monday morning.", [ev(e, None)])
for e in EVE[:4]:
    add("en.unnamed", "en", f"According to sources who asked not to be named, {e[0]} on Tuesday.", [ev(e, None)])
for (o, oc), e in zip([("Reuters", "GBRMED"), ("AFP", "FRAMED"), ("Anadolu", "TURMED"), ("Reuters", "GBRMED")], EVE[2:6]):
    add("en.outlet", "en", f"According to {o}, {e[0]} on Wednesday.", [ev(e, oc)])
for (s, c), e in pe[:6]:
    q = f"{cap(e[0])} without warning,"
    add("en.quote-after", "en", f"\"{q}\" {s[0].lower() + s[1:] if s.startswith('The') else s} said.", [ev(e, c)], [(q, c)])
for (s, c), e in pe2[:4]:
    q = f"{cap(e[0])} last night,"
    add("en.quote-anaphor", "en", f"{s} spoke to reporters on Monday. \"{q}\" he said.", [ev(e, c)], [(q, c)])
for ui, e in zip(["Accept", "Read more", "Subscribe", "Close"], EVE):
    add("en.ui-string", "en", f"Press \"{ui}\" to continue. {cap(e[0])} on Monday.", [ev(e, None)], [], [ui])

for (s, c), e in pe[:4]:
    add("en.statement-frame", "en", f"In a statement, {s[0].lower() + s[1:] if s.startswith('The') else s} said {e[0]} on Monday.", [ev(e, c)])
for (s, c), e in pe2[:4]:
    add("en.postposed-long", "en", f"{cap(e[0])}, {s[0].lower() + s[1:] if s.startswith('The') else s} said in a statement on Monday night.", [ev(e, c)])
PEOPLE = [("Dmitry Peskov, the Kremlin spokesman,", "RUSGOV"), ("Volodymyr Zelensky, Ukraine's president,", "UKRGOV"),
          ("Shehbaz Sharif, Pakistan's prime minister,", "PAKGOV"), ("Benjamin Netanyahu, Israel's prime minister,", "ISRGOV")]
for (s, c), e in zip(PEOPLE, EVE[4:]):
    add("en.apposition-subject", "en", f"{s} said {e[0]} overnight.", [ev(e, c)])
# a speech act narrated in the article's voice whose doer is then quoted is the doer's own account; narrated
# alone it is the article's; a meeting is nobody's, quoted or not
ACTS = [("berterima kasih kepada Jepang", "JPN", "051"), ("memuji Turki atas perannya", "TUR", "051"),
        ("mengecam Korea Utara", "PRK", "111"), ("menuduh Filipina melanggar wilayahnya", "PHL", "112")]
for (s, c), (act, tgt, code) in zip([SP[5], SP[0], SP[7], SP[6]], ACTS):
    q = "Kami tidak akan tinggal diam,"
    add("id.speech-act-speaker-quoted", "id", f"{s} {act} pada Senin. “{q}” kata {s}.", [(c, tgt, code, c)], [(q, c)])
for (s, c), (act, tgt, code) in zip([("Indonesia", "IDN"), ("Rusia", "RUS")],
                                   [("mendesak Israel menghentikan serangan di Gaza", "ISR", "0256"),
                                    ("mengecam Inggris pada Selasa", "GBR", "111")]):
    q = "Dunia tidak boleh diam,"
    add("id.speech-act-country-speaker", "id", f"{s} {act}. “{q}” kata Menteri Luar Negeri {s}.",
        [(c, tgt, code, c + "GOV")], [(q, c + "GOV")])
for (s, c), (act, tgt, code) in zip([SP[7], SP[0], ("Presiden Brasil", "BRAGOV")],
                                   [("menyampaikan protes kepada Tiongkok atas latihan militer itu", "CHN", "114"),
                                    ("mengungkapkan kekecewaan terhadap Jerman atas keputusan itu", "DEU", "110"),
                                    ("menyampaikan rasa terima kasih kepada Jepang atas bantuan itu", "JPN", "051")]):
    add("id.speech-act-narrated-alone", "id", f"{s} {act}.", [(c, tgt, code, None)])
q = "Hubungan kedua negara sangat baik,"
add("id.meeting-speaker-quoted", "id", f"Presiden Indonesia bertemu Perdana Menteri Jepang di Tokyo pada Senin. “{q}” kata Presiden Indonesia.",
    [("IDNGOV", "JPNGOV", "044", None)], [(q, "IDNGOV")])
# ... unless the speaker tells that act in their own words: then it is their account
for (s, c), (act, tgt, code), q in zip([("Presiden Indonesia", "IDNGOV"), ("Presiden Meksiko", "MEXGOV")],
                                      [("bertemu Perdana Menteri Jepang di Tokyo", "JPNGOV", "044"),
                                       ("membahas isu migrasi dengan Presiden Amerika Serikat", "USAGOV", "040")],
                                      ["Dalam pertemuan itu kami sepakat memperluas perdagangan,",
                                       "Kami membahas strategi di perbatasan,"]):
    add("id.own-retelling", "id", f"{s} {act} pada Senin. “{q}” kata {s}.", [(c, tgt, code, c)], [(q, c)])
q = "Kami membahas keamanan maritim,"
add("id.own-retelling", "id", f"Jepang membahas patroli bersama dengan Filipina pada Senin. “{q}” kata Perdana Menteri Jepang.",
    [("JPN", "PHL", "040", "JPNGOV")], [(q, "JPNGOV")])
for (s, c), (act, tgt, code) in zip([SPE[5], SPE[7]], [("thanked Japan", "JPN", "051"), ("condemned North Korea", "PRK", "111")]):
    q = "We will not stay silent,"
    low = s[0].lower() + s[1:] if s.startswith("The") else s
    add("en.speech-act-speaker-quoted", "en", f"{s} {act} on Monday. \"{q}\" {low} said.", [(c, tgt, code, c)], [(q, c)])
# "kata pernyataan itu", "menurut pernyataan tersebut", "the statement said": the statement cited before
for (s, c), e, cue in zip([SP[2], SP[0], SP[3]], [EV[4], EV[1], EV[0]],
                          ["{e}, kata pernyataan itu.", "Menurut pernyataan tersebut, {e}.", "{e}, ujar pernyataan tersebut."]):
    add("id.statement-anaphor", "id", f"{s} mengatakan bahwa situasi di perbatasan tetap tegang pada Senin. " + cue.format(e=e[0]),
        [ev(e, c)])
for (s, c), e in zip([SPE[2], SPE[0]], [EVE[4], EVE[1]]):
    add("en.statement-anaphor", "en", f"{s} said on Monday that the situation at the border remained tense. {cap(e[0])} overnight, the statement said.",
        [ev(e, c)])
# narrated, then referred back to inside someone's claim ("sanksi tersebut", "serangan itu", "these sanctions"):
# the narrated event takes the claim's source; a later event of the same root is the one referred to
add("id.retold-anaphor", "id", "Amerika Serikat menjatuhkan sanksi terhadap Iran pada Senin. Kementerian Luar Negeri China "
    "mengatakan bahwa sanksi tersebut melanggar hukum internasional.",
    [("USA", "IRN", "163", "CHNGOV"), ("CHNGOV", "USA", "111", "CHNGOV")])  # calling it unlawful criticises it
add("id.retold-anaphor", "id", "Turki mengecam Swedia pada Senin. Menurut Anadolu, kecaman itu disampaikan setelah sebuah "
    "demonstrasi di Stockholm.", [("TUR", "SWE", "111", "TURMED")])
add("id.retold-anaphor", "id", "Tiongkok mengecam Filipina pada Senin. Korea Utara menyerang Korea Selatan pada malam harinya. "
    "Kementerian Luar Negeri Rusia mengatakan bahwa serangan tersebut terjadi tanpa peringatan.",
    [("CHN", "PHL", "111", None), ("PRK", "KOR", "190", "RUSGOV")])
add("en.retold-anaphor", "en", "The United States imposed sanctions on Iran on Monday. China's foreign ministry said these "
    "sanctions were illegal.", [("USA", "IRN", "163", "CHNGOV"), ("CHNGOV", "USA", "111", "CHNGOV")])
# ", demikian diumumkan X", ", seperti disampaikan oleh X", ", demikian kata X": the clause before is X's claim
for (s, c), e, cue in zip([SP[0], SP[3], SP[6], SP[2]], [EV[2], EV[4], EV[0], EV[6]],
                          ["demikian diumumkan", "seperti disampaikan oleh", "demikian kata", "sebagaimana diungkapkan"]):
    add("id.postposed-passive", "id", f"{e[0]} pada Minggu, {cue} {s}.", [ev(e, c)])
# "Hal itu disampaikan X ..." points back at the sentence before; "..., tulis X"; "X mengeklaim/mengungkap ..."
for (s, c), e, opener in zip([SP[5], SP[1], SP[4]], [EV[1], EV[3], EV[4]],
                             ["Hal itu disampaikan", "Hal tersebut diungkapkan", "Hal ini juga ditegaskan oleh"]):
    add("id.claim-anaphor", "id", f"{e[0]} pada Senin malam. {opener} {s} di hadapan wartawan, Selasa.", [ev(e, c)])
for (s, c), e in zip([SP[5], SP[7]], [EV[1], EV[5]]):
    add("id.postposed-cue", "id", f"{e[0]} pada Sabtu, tulis {s} di media sosial.", [ev(e, c)])
for (s, c), e, verb in zip([SP[3], SP[6]], [EV[0], EV[2]], ["mengeklaim", "mengungkap"]):
    add("id.preposed-clause", "id", f"{s} {verb} {e[0]} pekan lalu.", [ev(e, c)])
# "according to a statement from X": a new statement, whose owner is named after it
for (s, c), e in zip([SPE[0], SPE[3]], [EVE[4], EVE[0]]):
    add("en.according-to", "en", f"{cap(e[0])} overnight, according to a statement from {s[0].lower() + s[1:] if s.startswith('The') else s}.",
        [ev(e, c)])
# ", X said in a statement, adding that ...": the tail of the cue ends at the comma
for (s, c), e in zip([SPE[3], SPE[6]], [EVE[0], EVE[3]]):
    add("en.postposed-long", "en", f"{cap(e[0])} on Sunday, {s} said in a statement, adding that talks would resume.", [ev(e, c)])
# an unnamed source relayed by the outlet it spoke to is the outlet's claim; a named speaker stays the source
# and the outlet it told is no actor of the events
for (o, oc), e in zip([("Reuters", "GBRMED"), ("AFP", "FRAMED")], [EV[1], EV[4]]):
    add("id.outlet", "id", f"Sebuah sumber mengatakan kepada {o} bahwa {e[0]} pada Minggu.", [ev(e, oc)])
for (o, oc), e in zip([("Reuters", "GBRMED"), ("AFP", "FRAMED")], [EVE[1], EVE[4]]):
    add("en.outlet", "en", f"A source told {o} that {e[0]} on Sunday.", [ev(e, oc)])
for (s, c), e in zip([SPE[0], SPE[6]], [EVE[0], EVE[2]]):
    add("en.relay", "en", f"{s} told Reuters that {e[0]} on Sunday.", [ev(e, c)])
# a narrated threat stays in the article's voice even when the threatener is quoted
q = "Kami tidak akan mundur,"
add("id.threat-speaker-quoted", "id", f"Korea Utara mengancam akan menyerang Korea Selatan pada Senin. “{q}” kata Kementerian Luar Negeri Korea Utara.",
    [("PRK", "KOR", "138", None)], [(q, "PRKGOV")])
# "Menurutnya, ...": the sentence is the claim of the speaker talked about before
for (s, c), e in zip([SP[5], SP[1]], [EV[1], EV[4]]):
    add("id.menurut", "id", f"{s} berbicara kepada wartawan pada Senin. Menurutnya, {e[0]} pada malam harinya.", [ev(e, c)])
# session 6: a verb that takes no noun object ("mengatakan", "berkata", "menambahkan") opens its claim with no
# "bahwa" and something other than its subject first
for verb, ((s, c), e) in zip(["mengatakan", "berkata", "menambahkan", "mengatakan"], pairs[:4]):
    add("id.clause-speech", "id", f"{s} {verb} pada Minggu {e[0]} di perbatasan.", [ev(e, c)])
# "Pernyataan itu menambahkan ...", "Pernyataan lain dari X mengatakan ...": a statement as the subject
for (s, c), e in zip([SP[2], SP[3]], [EV[4], EV[0]]):
    add("id.statement-subject", "id", f"{s} mengatakan bahwa situasi di perbatasan tetap tegang pada Senin. "
        f"Pernyataan itu menambahkan bahwa {e[0]} pada malam harinya.", [ev(e, c)])
for (s, c), e in zip([SP[0], SP[6]], [EV[1], EV[3]]):
    low = s[0].lower() + s[1:]
    add("id.statement-subject", "id", f"Pernyataan lain dari {low} mengatakan bahwa {e[0]} pada Senin.", [ev(e, c)])
# "..., lapor X": the outlet after a postposed "lapor"
for (o, oc), e in zip(OUT[:3], [EV[0], EV[4], EV[1]]):
    add("id.postposed-lapor", "id", f"{e[0]} pada Jumat, lapor {o}.", [ev(e, oc)])
# the subject opening the sentence, with an uncoded name and place and day after it
for (s, c), e, name in zip([SP[0], SP[6], SP[3]], [EV[1], EV[4], EV[0]], ["Andi Wirawan", "Lin Wei", "Omar Tariq"]):
    add("id.opening-subject", "id", f"Sementara itu, Juru bicara {s} {name} dalam jumpa pers di kantornya, Rabu, mengatakan bahwa "
        f"{e[0]} pada malam hari.", [ev(e, c)])
# a verb of saying coordinated with an earlier verb: the first verb's subject, not the place before "dan"
for (s, c), e in zip([SP[7], SP[0]], [EV[5], EV[0]]):
    add("id.coordinated-speech", "id", f"{s} mengecam latihan militer di perbatasan Korea Selatan dan memperingatkan "
        f"bahwa {e[0]} pada Senin.", [ev(e, c)])
# "Pernyataan/Penegasan itu disampaikan X": a noun of saying pointing back at the sentence before
for (s, c), e, opener in zip([SP[5], SP[2]], [EV[1], EV[4]], ["Pernyataan tersebut disampaikan", "Penegasan itu disampaikan oleh"]):
    add("id.claim-anaphor", "id", f"Kabar dari perbatasan\n\n{e[0]} pada Senin malam.\n\n{opener} {s} di hadapan wartawan, Selasa.",
        [ev(e, c)])
# a speaker telling someone else's act does not claim an act of its own narrated before
add("id.retold-other", "id", "Militer Israel menyerang Lebanon selatan pada Senin. “Hizbullah menyerang Israel utara "
    "dengan roket,” kata Militer Israel.", [("ISRMIL", "LBN", "190", None), ("LBNREB", "ISR", "190", "ISRMIL")],
    [("Hizbullah menyerang Israel utara dengan roket,", "ISRMIL")])
# more verbs closing a quote: "tanyanya", "tutup X", "jawabnya", "harap X"
for verb, ((s, c), e) in zip(["tanyanya", "jawabnya", "akunya"], [pairs[5], pairs[0], pairs[3]]):
    q = f"{e[0]} tanpa peringatan,"
    add("id.quote-anaphor", "id", f"{s} berbicara kepada wartawan di Jakarta. “{q}” {verb}.", [ev(e, c)], [(q, c)])
for verb, ((s, c), e) in zip(["tutup", "harap"], [pairs[1], pairs[6]]):
    q = f"{e[0]} pada malam hari,"
    add("id.quote-after", "id", f"“{q}” {verb} {s}.", [ev(e, c)], [(q, c)])
# session 7: a bare country's speech act is the account of its government speaking, not of its police or
# citizens quoted in the same article
for (s, c), (act, tgt, code), (who, wc) in zip(
        [("Indonesia", "IDN"), ("Malaysia", "MYS")],
        [("mengecam Israel atas serangan di Gaza", "ISR", "111"), ("mengkritik Myanmar atas kekerasan di Rakhine", "MMR", "111")],
        [("Kepala Kepolisian", "COP"), ("seorang warga", "CVL")]):
    q = "Keadaan di ibu kota tetap tenang,"
    add("id.speech-act-country-nongov", "id", f"{s} {act} pada Senin. “{q}” kata {who} {s}.",
        [(c, tgt, code, None)], [(q, c + wc)])
# "X, kata dia, VERB ...": a cue inserted after the subject claims the clause it interrupts
for (s, c), e in zip([SP[5], SP[2]], [EV[1], EV[4]]):
    subj, rest = e[0].split(" ", 1)
    add("id.inserted-cue", "id", f"{s} berbicara kepada wartawan pada Senin. {subj}, kata dia, {rest} pada malam harinya.",
        [ev(e, c)])
# ", kata sumber keamanan kepada AFP": an unnamed source after the clause is relayed by the outlet it told
for (o, oc), e in zip([("Reuters", "GBRMED"), ("AFP", "FRAMED")], [EV[0], EV[4]]):
    add("id.outlet-postposed", "id", f"{e[0]} pada Minggu, kata sumber keamanan kepada {o}.", [ev(e, oc)])
# "..., two security sources told Reuters.": the outlet relays an unnamed teller; a named teller stays the source
for (o, oc), e in zip([("Reuters", "GBRMED"), ("AFP", "FRAMED")], [EVE[1], EVE[4]]):
    add("en.outlet-postposed", "en", f"{cap(e[0])} on Sunday, two security sources told {o}.", [ev(e, oc)])
for (s, c), e in zip([SPE[0], SPE[6]], [EVE[0], EVE[2]]):
    add("en.outlet-postposed", "en", f"{cap(e[0])} on Sunday, {s[0].lower() + s[1:] if s.startswith('The') else s} told AFP.",
        [ev(e, c)])
# ", X berkata, “...”" after a fronted clause: the verb opens the quote after it
for (s, c), e in zip([SP[0], SP[7]], [EV[1], EV[3]]):
    q = f"{e[0]} pada malam hari."
    add("id.quote-after-fronted-clause", "id", f"Saat ditanya wartawan pada Senin, {s} berkata, “{q}”", [ev(e, c)], [(q, c)])
# "X menilai/menyebut Y (sebagai) “...”", "X called Y “...”": the quoted words are the naming verb's subject's
for (s, c), verb in zip([SP[6], SP[2], SP[0]], ["menilai", "menyebut", "menganggap"]):
    q = "langkah sepihak yang mengancam perdamaian kawasan"
    add("id.quote-naming", "id", f"{s} {verb} keputusan itu sebagai “{q}”.", [], [(q, c)])
for (s, c) in [SPE[0], SPE[6]]:
    q = "a reckless step that threatens peace in the region"
    add("en.quote-naming", "en", f"{s} called the decision “{q}”.", [], [(q, c)])
# "keputusan yang disebut/dinilai X “...”": the agent of a passive verb of naming
for (s, c), verb in zip([SP[3], SP[6]], ["disebut", "dinilai"]):
    q = "langkah sepihak yang mengancam perdamaian kawasan"
    add("id.quote-naming-passive", "id", f"Pemerintah itu mengumumkan keputusan baru, yang {verb} {s} “{q}”.", [], [(q, c)])
# "X mengecam Y, seperti dikutip dari Reuters": a relayed speech act is its doer's claim, who speaks first; a
# relayed act that is no speech stays the outlet's
for e, (o, oc) in zip([EV[3], EV[6]], [("Reuters", "GBRMED"), ("Anadolu", "TURMED")]):
    add("id.relay-speech-act", "id", f"{e[0]} pada Senin, seperti dikutip dari {o}.", [ev(e, e[1])])
for e, (o, oc) in zip([EV[0], EV[4]], [("Reuters", "GBRMED"), ("AFP", "FRAMED")]):
    add("id.relay-speech-act", "id", f"{e[0]} pada Senin, seperti dikutip dari {o}.", [ev(e, oc)])
# session 9: "X condemned the strike on Y in a statement": the statement is the sentence's subject's, not the
# actor the statement phrase happens to follow
# (the act it condemns, named inside the statement, is stated in it too)
for (s, c), (act, t, about) in zip([SPE[0], SPE[6]], [("condemned the Israeli strike on Syria", "ISR", ("SYR", "190")),
                                                    ("criticised the American sanctions on Iran", "USA", ("IRN", "163"))]):
    add("en.statement-after-object", "en", f"{s} {act} in a statement on Monday.",
        [(c, t, "111", c), (t, about[0], about[1], c)])
for (s, c), (act, t, about) in zip([SP[0], SP[6]], [("mengecam serangan Israel terhadap Suriah", "ISR", ("SYR", "190")),
                                                  ("mengkritik sanksi Amerika Serikat terhadap Iran", "USA", ("IRN", "163"))]):
    add("id.statement-after-object", "id", f"{s} {act} dalam pernyataannya pada Senin.",
        [(c, t, "111", c), (t, about[0], about[1], c)])
# ", X told reporters at the White House": a place after the addressee does not stop the post-posed frame
for (s, c), e in zip([("Trump", "USAGOV"), ("Peskov", "RUSGOV")], [EVE[0], EVE[4]]):
    add("en.postposed-told-place", "en", f"{cap(e[0])} on Sunday, {s} told reporters at the White House.", [ev(e, c)])
# a quote standing alone after a sentence whose subject speaks with no clause of its own ("berbicara", "spoke")
for (s, c), e in zip([SP[5], SP[0], SP[3]], [EV[4], EV[0], EV[3]]):
    q = f"{e[0]} tanpa peringatan."
    add("id.quote-after-speaking", "id", f"{s} berbicara kepada wartawan di Jakarta pada Senin. “{q}”", [ev(e, c)], [(q, c)])
for (s, c), e in zip([SPE[5], SPE[1]], [EVE[4], EVE[0]]):
    q = f"{cap(e[0])} without warning."
    add("en.quote-after-speaking", "en", f"{s} spoke to reporters in Kyiv on Monday. \"{q}\"", [ev(e, c)], [(q, c)])
# more verbs of saying and reporting: each opens a claim of its subject ("mengaku telah ...", "menduga bahwa ...")
for verb, ((s, c), e) in zip(["mengaku", "menekankan", "memastikan", "mengemukakan", "menandaskan", "bersikeras",
                              "mengingatkan", "menduga"], pairs2[:7] + pairs2[:1]):
    add("id.preposed-verbs", "id", f"{s} {verb} bahwa {e[0]} pekan lalu.", [ev(e, c)])
for verb, ((o, oc), e) in zip(["melansir", "memberitakan"], zip(OUT, EV[1:3])):
    add("id.outlet-verb", "id", f"{o} {verb} bahwa {e[0]} pada Senin.", [ev(e, oc)])
for verb, ((s, c), e) in zip(["admitted", "revealed", "reiterated"], pe[:3]):
    add("en.preposed-verbs", "en", f"{s} {verb} that {e[0]} on Sunday.", [ev(e, c)])
# a possessive after a verb of saying is a noun object, not a clause: the speaker claims nothing
add("en.noun-object", "en", "Kremlin spokesman Dmitry Peskov emphasized Russia's commitment to peace talks. "
    "India attacked Pakistan on Monday.", [ev(EVE[0], None)])
# a straight quotation mark before a verb of saying opens a quote of the subject's words; it closes none
for (s, c), e in zip([SP[1], SP[5]], [EV[4], EV[0]]):
    q = f"menegaskan bahwa {e[0]} tanpa alasan"
    add("id.quote-opening-verb", "id", f'{s} "{q}".', [ev(e, c)], [(q, c)])
for (s, c), e in zip([SPE[1], SPE[5]], [EVE[4], EVE[0]]):
    q = f"stressed that {e[0]} without reason"
    add("en.quote-opening-verb", "en", f'{s} "{q}".', [ev(e, c)], [(q, c)])
# "-nya"/"it" closing a clause with no speaker cited before is the body that opens the clause, telling its own
# act; after a sentence about a person ("X berbicara di Kyiv.") it is that person
for (s, c), (act, t, code) in zip([SP[0], SP[4]], [("mengusir diplomat Jerman", "DEUGOV", "161"),
                                                 ("menangkap tiga anggota kelompok bersenjata", "IDNUAF", "173")]):
    add("id.nya-own-act", "id", f"{s} {act} pada Senin, katanya dalam sebuah pernyataan.", [(c, t, code, c)])
add("en.it-own-act", "en", "Russia's foreign ministry expelled two German diplomats on Monday, it said in a statement.",
    [("RUSGOV", "DEUGOV", "174", "RUSGOV")])
for (s, c), e in zip([SP[5]], [EV[3]]):
    add("id.nya-person-before", "id", f"{s} berbicara di Kyiv pada Senin. {e[0]} semalam, katanya.", [ev(e, c)])
# verbs of opinion and writing open a claim too ("berpendapat bahwa", "menulis di akunnya bahwa")
for verb, ((s, c), e) in zip(["berpendapat", "bersikukuh", "memperkirakan"], pairs[1:4]):
    add("id.preposed-verbs", "id", f"{s} {verb} bahwa {e[0]} pekan lalu.", [ev(e, c)])
add("id.preposed-verbs", "id", f"Presiden Ukraina Volodymyr Zelensky menulis di akun media sosialnya bahwa {EV[3][0]}.",
    [ev(EV[3], "UKRGOV")])
# relay chains: an outlet citing a named speaker relays that speaker's claim; citing a bare role ("pejabat
# setempat", "local officials") it stays the outlet's
for (o, oc), e in zip([("Al Jazeera", "QATMED"), ("Reuters", "GBRMED")], [EV[0], EV[3]]):
    add("id.relay-chain", "id", f"{e[0]} pada Senin, seperti dilaporkan {o} mengutip Kementerian Luar Negeri Rusia.",
        [ev(e, "RUSGOV")])
    add("id.relay-chain", "id", f"{e[0]} pada Senin, menurut {o} yang mengutip Kementerian Luar Negeri Rusia.",
        [ev(e, "RUSGOV")])
    add("id.relay-chain-role", "id", f"{EV[1][0]} pada Senin, seperti dilaporkan {o} mengutip pejabat setempat.",
        [ev(EV[1], oc)])
add("id.relay-chain", "id", f"{EV[2][0]} pada Senin, seperti dilansir Reuters dari pernyataan Kementerian Luar Negeri "
    "Rusia.", [("USA", "IRN", "163", "RUSGOV")])
for (o, oc), e in zip([("Al Jazeera", "QATMED"), ("Reuters", "GBRMED")], [EVE[0], EVE[4]]):
    add("en.relay-chain", "en", f"{cap(e[0])} on Monday, {o} reported, quoting Russia's foreign ministry.", [ev(e, "RUSGOV")])
    add("en.relay-chain-role", "en", f"{cap(e[0])} on Monday, {o} reported, citing local officials.", [ev(e, oc)])
# a speech act done through a channel ("lewat akun X-nya", "melalui siaran pers", "dalam pidato", "during a
# briefing", "in a speech") is a statement frame: the act is its doer's own account
for (s, c), (phrase, act, t) in zip([SP[0], SP[6], SP[3]], [("Lewat akun X resminya", "mengecam Turki", "TUR"),
                                                         ("Melalui siaran pers", "mengkritik Jepang", "JPN"),
                                                         ("Dalam pidato di Jakarta", "mengecam India", "IND")]):
    add("id.statement-channel", "id", f"{phrase}, {s} {act} pada Senin.", [(c, t, "111", c)])
for (s, c), (act, t) in zip([SP[6], SP[0]], [("mengecam Filipina", "PHL"), ("mengkritik Jerman", "DEU")]):
    add("id.statement-channel", "id", f"{s} {act} melalui akun X resminya pada Senin.", [(c, t, "111", c)])
for (s, c), (phrase, act, t) in zip([SPE[6], SPE[5]], [("During a briefing in Beijing", "criticised Japan", "JPN"),
                                                    ("In a speech to parliament", "condemned Russia", "RUS")]):
    add("en.statement-channel", "en", f"{phrase}, {s[0].lower() + s[1:] if s.startswith('The') else s} {act} on Monday.",
        [(c, t, "111", c)])
# a denial is a claim: the act denied right after it ("membantah telah menyerang", "membantah bahwa ...",
# "denied that ...") is the denier's account; a denied accusation or report ("membantah tuduhan X bahwa ...")
# leaves what it says to its owner
# (the denial itself, 016, is narrated)
for (s, c), (act, t, code) in zip([SP[2], SP[4]], [("menyerang Lebanon", "LBN", "190"),
                                                 ("menangkap mahasiswa", "IDNEDU", "173")]):
    add("id.denial", "id", f"{s} membantah telah {act} pekan lalu.", [(c, t, code, c), (c, None, "016", None)])
add("id.denial", "id", "Kementerian Pertahanan Pakistan membantah bahwa India menyerang Pakistan pekan lalu.",
    [("IND", "PAK", "190", "PAKGOV"), ("PAKGOV", None, "016", None)])
add("en.denial", "en", "Pakistan's defence ministry denied that India attacked Pakistan last week.",
    [("IND", "PAKGOV", "190", "PAKGOV"), ("PAKGOV", None, "016", None)])
# "Demikian disampaikan X." after a sentence, "Seperti disampaikan X, ...", ", demikian keterangan X": frames
# pointing back at, or fronted before, what X says
for (s, c), e in zip([SP[0], SP[3]], [EV[0], EV[4]]):
    add("id.demikian-sentence", "id", f"{e[0]} pada Senin. Demikian disampaikan {s} di Jakarta.", [ev(e, c)])
for (s, c), e in zip([SP[5], SP[6]], [EV[3], EV[0]]):
    add("id.seperti-fronted", "id", f"Seperti disampaikan {s}, {e[0]} pada Senin.", [ev(e, c)])
for (s, c), e in zip([SP[0], SP[6]], [EV[4], EV[0]]):
    add("id.demikian-statement", "id", f"{e[0]} pada Senin, demikian keterangan {s}.", [ev(e, c)])
# a quotation left open at its paragraph's end goes on in the next paragraph: one quote, the speaker named at
# its end
for (s, c), (e, e2) in zip([SP[0], SP[5]], [(EV[0], EV[4]), (EV[4], EV[3])]):
    q1, q2 = f"{e[0]} pada malam hari.", f"{e2[0]} pekan lalu,"
    add("id.quote-paragraphs", "id", f"{s} berbicara kepada wartawan pada Senin.\n\n“{q1}\n\n“{q2}” kata {s}.",
        [ev(e, c), ev(e2, c)], [(q1, c), (q2, c)])
# "said" takes no noun object: a possessive after it opens the claimed clause ("X said Russia's forces ...")
for (s, c), (clause, src, tgt) in zip([SPE[0], SPE[6]], [("India's army attacked Pakistan", "INDMIL", "PAK"),
                                                      ("Russia's forces attacked Ukraine", "RUSMIL", "UKR")]):
    add("en.said-possessive", "en", f"{s} said {clause} overnight.", [(src, tgt, "190", c)])
with open(Path(__file__).with_name("suite.jsonl"), "w", encoding="utf-8") as fh:
    fh.writelines(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
print(len(items), sum(len(i["quotes"]) for i in items))
