"""A reproducible Indonesian news corpus for benchmarks and tests: the team's own articles and variations.

The 20 base articles below were written for warta (short political news in the style of Indonesian
outlets, about 200-280 words each). :func:`make_corpus` makes ``n`` distinct articles from them by
substituting countries, officials, cities, days and numbers with a seeded random generator, so the same
``n`` and ``seed`` always give the same corpus.

    python bench/corpus.py 1000 corpus-1k.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

# Slots: {NEG} a country, {KOTA} a city, {HARI} a day, {N} a number, {MENLU} a foreign minister's name.
BASE_ARTICLES: list[str] = [
    """Menlu {MENLU} bertemu Menlu {NEG} di {KOTA}, bahas kerja sama maritim

{KOTA} - Menteri Luar Negeri Indonesia {MENLU} bertemu dengan Menteri Luar Negeri {NEG} di {KOTA} pada {HARI}. Kedua menteri membahas kerja sama keamanan maritim dan perlindungan nelayan di perairan perbatasan.

{MENLU} mengatakan Indonesia siap memperluas patroli bersama dengan {NEG}. "Kami ingin laut kita menjadi ruang kerja sama, bukan sumber sengketa," kata {MENLU} kepada wartawan seusai pertemuan.

Menurut Kementerian Luar Negeri, kedua negara sepakat membentuk kelompok kerja yang akan bertemu setiap tiga bulan. Kelompok itu akan menyusun prosedur bersama untuk menangani kapal nelayan yang melintasi batas laut tanpa izin.

Pemerintah {NEG} menyambut baik usulan tersebut. Duta Besar {NEG} untuk Indonesia menyatakan negaranya akan mengirim delegasi teknis ke Jakarta bulan depan.

Pertemuan ini merupakan yang ke-{N} antara kedua menteri sejak awal tahun. Sebelumnya, kedua negara menandatangani nota kesepahaman tentang pertukaran data pelayaran.""",
    """Polisi {NEG} tangkap {N} nelayan Indonesia, Kemlu layangkan protes

{KOTA} - Polisi {NEG} menangkap {N} nelayan Indonesia di perairan yang disengketakan pada {HARI}. Para nelayan itu dituduh menangkap ikan tanpa izin.

Pemerintah Indonesia mengecam penangkapan tersebut dan meminta {NEG} segera membebaskan para nelayan. Juru bicara Kementerian Luar Negeri mengatakan Indonesia telah mengirim nota protes kepada Kedutaan Besar {NEG} di Jakarta.

"Nelayan kami berada di wilayah tangkapan tradisional. Kami menuntut perlakuan yang adil," kata juru bicara itu.

Menurut keluarga para nelayan, kapal mereka disita dan alat tangkap dirusak. Himpunan Nelayan Seluruh Indonesia mendesak pemerintah memberikan bantuan hukum.

Kedutaan Besar {NEG} belum memberikan tanggapan. Sementara itu, Menteri Kelautan dan Perikanan berjanji akan mengunjungi keluarga para nelayan di {KOTA} pekan depan.""",
    """Presiden Prabowo terima kunjungan Perdana Menteri {NEG} di Istana

JAKARTA - Presiden Prabowo Subianto menerima kunjungan Perdana Menteri {NEG} di Istana Merdeka, Jakarta, pada {HARI}. Kedua pemimpin membahas perdagangan, energi, dan investasi.

Prabowo mengatakan Indonesia menyambut investasi {NEG} di sektor energi terbarukan. "Kami membuka pintu bagi mitra yang ingin membangun bersama," kata Prabowo.

Kedua negara menandatangani {N} perjanjian kerja sama, antara lain di bidang pendidikan, kesehatan, dan pertanian. Perdana Menteri {NEG} berjanji meningkatkan impor kopi dan minyak sawit dari Indonesia.

Menurut Sekretariat Kabinet, nilai perdagangan kedua negara tahun lalu mencapai {N} miliar dolar AS. Pemerintah menargetkan angka itu naik dua kali lipat dalam lima tahun.

Setelah pertemuan di istana, Perdana Menteri {NEG} dijadwalkan mengunjungi {KOTA} untuk meninjau kawasan industri.""",
    """Ribuan buruh unjuk rasa di {KOTA}, tolak kenaikan harga BBM

{KOTA} - Ribuan buruh berunjuk rasa di depan kantor gubernur {KOTA} pada {HARI} untuk menolak kenaikan harga bahan bakar minyak. Mereka menuntut pemerintah membatalkan keputusan tersebut.

Koordinator aksi mengatakan kenaikan harga akan menekan daya beli pekerja. "Upah kami tidak naik, tetapi harga terus naik," katanya.

Polisi mengerahkan {N} personel untuk mengamankan aksi. Menurut polisi, unjuk rasa berlangsung damai meskipun sempat terjadi saling dorong di dekat gerbang.

Gubernur menemui perwakilan buruh dan berjanji menyampaikan tuntutan mereka kepada pemerintah pusat. Menteri Energi dan Sumber Daya Mineral menyatakan pemerintah akan menyalurkan bantuan langsung tunai kepada keluarga miskin.

Serikat buruh mengancam akan menggelar mogok nasional jika tuntutan mereka tidak dipenuhi dalam dua pekan.""",
    """Indonesia kecam serangan Israel ke kamp pengungsi di Gaza

JAKARTA - Pemerintah Indonesia mengecam serangan militer Israel ke sebuah kamp pengungsi di Jalur Gaza pada {HARI}. Serangan itu menewaskan sedikitnya {N} orang, termasuk anak-anak.

Kementerian Luar Negeri menyebut serangan tersebut pelanggaran berat hukum humaniter internasional. Indonesia meminta Dewan Keamanan PBB segera bertindak untuk menghentikan kekerasan.

"Dunia tidak boleh diam melihat warga sipil menjadi sasaran," kata Menteri Luar Negeri {MENLU} di Jakarta.

Menurut lembaga kemanusiaan setempat, rumah sakit di Gaza kekurangan obat dan bahan bakar. Pemerintah Indonesia berjanji mengirim bantuan kemanusiaan melalui Mesir pekan depan.

Ormas Islam di {KOTA} juga menggelar aksi solidaritas dan menggalang dana untuk warga Palestina.""",
    """KPK tahan bupati terkait suap proyek jalan

JAKARTA - Komisi Pemberantasan Korupsi menahan seorang bupati dari {KOTA} pada {HARI} dalam kasus suap proyek pembangunan jalan. Bupati itu diduga menerima uang {N} miliar rupiah dari kontraktor.

Juru bicara KPK mengatakan penyidik telah memeriksa {N} saksi, termasuk pejabat dinas pekerjaan umum. "Penahanan dilakukan untuk kepentingan penyidikan," katanya.

Menurut KPK, suap diberikan agar perusahaan tertentu memenangkan tender. Penyidik juga menyita dokumen dan uang tunai dari rumah dinas bupati.

Kuasa hukum bupati membantah tuduhan tersebut dan menyatakan kliennya akan mengajukan praperadilan.

Menteri Dalam Negeri menyatakan akan menunjuk pelaksana tugas bupati agar pelayanan publik di {KOTA} tidak terganggu.""",
    """Menhan {NEG} kunjungi Jakarta, tawarkan kerja sama industri pertahanan

JAKARTA - Menteri Pertahanan {NEG} mengunjungi Jakarta pada {HARI} dan bertemu dengan Menteri Pertahanan Sjafrie Sjamsoeddin. Kedua menteri membahas kerja sama industri pertahanan dan latihan militer bersama.

Sjafrie mengatakan Indonesia terbuka terhadap alih teknologi dalam pengadaan alat utama sistem persenjataan. "Kami tidak hanya membeli, kami ingin membangun kemampuan sendiri," kata Sjafrie.

Menurut Kementerian Pertahanan, {NEG} menawarkan {N} kapal patroli yang sebagian akan dibangun di galangan kapal dalam negeri.

Kedua negara juga sepakat menggelar latihan gabungan angkatan laut di perairan {KOTA} tahun depan.

Pengamat militer menilai kerja sama ini penting untuk memperkuat pengawasan di wilayah perbatasan laut.""",
    """DPR setujui RUU perlindungan data, pemerintah siapkan aturan turunan

JAKARTA - Dewan Perwakilan Rakyat menyetujui rancangan undang-undang perlindungan data pribadi dalam rapat paripurna pada {HARI}. Sebanyak {N} anggota hadir dalam rapat tersebut.

Ketua Komisi I DPR mengatakan undang-undang ini memberi kepastian hukum bagi warga. "Data pribadi warga harus dilindungi negara," katanya.

Menteri Komunikasi dan Digital menyatakan pemerintah akan menyiapkan peraturan pelaksana dalam dua tahun. Pemerintah juga akan membentuk lembaga pengawas.

Koalisi masyarakat sipil mengkritik sejumlah pasal yang dinilai memberi kewenangan terlalu besar kepada pemerintah. Mereka mengancam akan mengajukan uji materi ke Mahkamah Konstitusi.

Menurut survei sebuah lembaga riset di {KOTA}, mayoritas responden khawatir data mereka bocor.""",
    """Banjir rendam {KOTA}, pemerintah kirim bantuan

{KOTA} - Banjir merendam ribuan rumah di {KOTA} sejak {HARI} setelah hujan deras mengguyur selama dua hari. Sedikitnya {N} warga mengungsi ke sekolah dan masjid.

Badan Nasional Penanggulangan Bencana mengirim tim dan bantuan logistik ke lokasi. Kepala BNPB mengatakan prioritas utama adalah evakuasi warga lanjut usia dan anak-anak.

Presiden Prabowo Subianto memerintahkan menteri terkait untuk mempercepat penanganan. Menurut pemerintah daerah, jalan utama menuju kota terputus.

Palang Merah Indonesia mendirikan dapur umum dan pos kesehatan. Warga meminta pemerintah memperbaiki tanggul yang jebol.

Pemerintah {NEG} menyampaikan belasungkawa dan menawarkan bantuan kepada Indonesia.""",
    """Indonesia dan {NEG} sepakati perjanjian perdagangan bebas

{KOTA} - Indonesia dan {NEG} menandatangani perjanjian perdagangan bebas di {KOTA} pada {HARI}. Perjanjian itu menghapus tarif atas {N} pos tarif dalam lima tahun.

Menteri Perdagangan mengatakan perjanjian ini membuka pasar baru bagi produk Indonesia. "Eksportir kita akan lebih mudah masuk ke pasar {NEG}," katanya.

Menurut Kementerian Perdagangan, produk yang paling diuntungkan adalah tekstil, alas kaki, dan hasil perikanan. Pemerintah {NEG} berharap impor mobil listrik dari negaranya ke Indonesia meningkat.

Kamar Dagang dan Industri Indonesia menyambut baik perjanjian tersebut, tetapi meminta pemerintah melindungi industri kecil.

Perjanjian ini masih harus diratifikasi oleh parlemen kedua negara.""",
    """Tentara {NEG} tembaki kapal nelayan, Indonesia panggil dubes

JAKARTA - Kementerian Luar Negeri memanggil Duta Besar {NEG} pada {HARI} setelah kapal penjaga pantai {NEG} menembaki kapal nelayan Indonesia. Seorang nelayan terluka dalam insiden itu.

Juru bicara Kemlu mengatakan Indonesia menyampaikan protes keras dan meminta penyelidikan menyeluruh. "Kekerasan terhadap nelayan tidak dapat diterima," katanya.

Menurut Badan Keamanan Laut, insiden terjadi sekitar {N} mil laut dari pantai {KOTA}. Kapal nelayan itu kemudian ditarik ke pelabuhan terdekat.

Komisi I DPR mendesak pemerintah menambah patroli di wilayah perbatasan. Pemerintah {NEG} membantah kapalnya melepaskan tembakan dan menyatakan hanya memberikan peringatan.""",
    """Gubernur {KOTA} resmikan pelabuhan baru bersama investor {NEG}

{KOTA} - Gubernur meresmikan pelabuhan peti kemas baru di {KOTA} pada {HARI}. Pelabuhan itu dibangun oleh perusahaan patungan Indonesia dan {NEG} dengan nilai investasi {N} triliun rupiah.

Gubernur mengatakan pelabuhan baru akan menurunkan biaya logistik di kawasan timur Indonesia. "Barang dari sini bisa langsung dikirim ke luar negeri," katanya.

Duta Besar {NEG} yang hadir dalam peresmian menyatakan negaranya siap menambah investasi di sektor perikanan dan pariwisata.

Menurut pengelola, pelabuhan mampu melayani {N} ribu peti kemas per tahun. Warga sekitar berharap pelabuhan membuka lapangan kerja.

Organisasi lingkungan meminta pemerintah mengawasi dampak pembangunan terhadap hutan bakau.""",
    """Mahasiswa demo di depan DPR, tuntut pembatalan revisi UU TNI

JAKARTA - Ribuan mahasiswa berunjuk rasa di depan gedung DPR pada {HARI} menuntut pembatalan revisi undang-undang TNI. Mereka menilai revisi itu mengancam supremasi sipil.

Polisi menembakkan gas air mata setelah sebagian massa melempar batu ke arah aparat. Menurut polisi, {N} orang ditangkap dalam kericuhan tersebut.

Ketua DPR mengatakan DPR akan menerima perwakilan mahasiswa untuk berdialog. "Aspirasi mahasiswa akan kami dengar," katanya.

Lembaga Bantuan Hukum mengecam penangkapan mahasiswa dan meminta polisi membebaskan mereka. Aksi serupa juga digelar di {KOTA} dan beberapa kota lain.

Panglima TNI menyatakan TNI tetap berkomitmen pada reformasi.""",
    """Indonesia kirim bantuan kemanusiaan ke {NEG} setelah gempa

JAKARTA - Pemerintah Indonesia mengirim bantuan kemanusiaan ke {NEG} pada {HARI} setelah gempa besar menewaskan ratusan orang. Bantuan diberangkatkan dengan {N} pesawat TNI Angkatan Udara dari Bandara Halim Perdanakusuma.

Menteri Luar Negeri {MENLU} mengatakan bantuan berupa tenda, obat-obatan, makanan siap saji, dan tim medis. "Indonesia berdiri bersama rakyat {NEG}," kata {MENLU}.

Menurut BNPB, tim SAR Indonesia juga akan membantu pencarian korban di reruntuhan.

Pemerintah {NEG} berterima kasih atas bantuan Indonesia. Duta Besar {NEG} di Jakarta mengatakan bantuan itu sangat dibutuhkan warga di daerah terdampak.

Sejumlah organisasi kemanusiaan di {KOTA} juga membuka posko donasi.""",
    """Bank Indonesia pertahankan suku bunga, rupiah menguat

JAKARTA - Bank Indonesia mempertahankan suku bunga acuan dalam rapat dewan gubernur pada {HARI}. Keputusan itu diambil untuk menjaga stabilitas nilai tukar rupiah.

Gubernur Bank Indonesia mengatakan inflasi masih terkendali dalam sasaran. "Kami akan terus memantau perkembangan global," katanya.

Rupiah menguat {N} poin terhadap dolar AS setelah pengumuman tersebut. Menurut analis di {KOTA}, pasar menilai kebijakan ini tepat.

Menteri Keuangan menyatakan pemerintah dan Bank Indonesia akan memperkuat koordinasi untuk menjaga pertumbuhan ekonomi.

Pengusaha meminta bank menurunkan bunga kredit agar usaha kecil dapat berkembang.""",
    """Menlu {MENLU} desak {NEG} hentikan kekerasan terhadap warga sipil

{KOTA} - Menteri Luar Negeri {MENLU} mendesak pemerintah {NEG} menghentikan kekerasan terhadap warga sipil dalam sidang Dewan HAM PBB di Jenewa pada {HARI}.

{MENLU} mengatakan Indonesia prihatin atas laporan pembunuhan dan pengusiran paksa di {NEG}. "Kami menyerukan dialog yang melibatkan semua pihak," katanya.

Menurut laporan PBB, sedikitnya {N} ribu orang mengungsi dalam tiga bulan terakhir. Indonesia menawarkan diri menjadi tuan rumah perundingan damai.

Delegasi {NEG} menolak tuduhan tersebut dan menyatakan aparat hanya menindak kelompok bersenjata.

ASEAN akan membahas situasi ini dalam pertemuan para menteri luar negeri bulan depan.""",
    """Presiden lantik menteri baru, janjikan percepatan swasembada pangan

JAKARTA - Presiden Prabowo Subianto melantik menteri pertanian yang baru di Istana Negara pada {HARI}. Pelantikan dihadiri Wakil Presiden Gibran Rakabuming Raka dan para menteri kabinet.

Prabowo meminta menteri baru mempercepat swasembada pangan. "Rakyat tidak boleh kesulitan membeli beras," kata Prabowo.

Menteri baru berjanji akan meninjau {N} sentra produksi beras dalam sebulan pertama, dimulai dari {KOTA}.

Menurut pengamat, pergantian menteri ini terkait harga beras yang terus naik. Partai oposisi mengkritik pemerintah yang dinilai lambat menangani krisis pangan.

Asosiasi petani meminta pemerintah membatasi impor beras saat panen raya.""",
    """Kejaksaan periksa mantan menteri dalam kasus impor gula

JAKARTA - Kejaksaan Agung memeriksa seorang mantan menteri perdagangan pada {HARI} dalam kasus dugaan korupsi impor gula. Pemeriksaan berlangsung selama {N} jam.

Direktur penyidikan mengatakan penyidik menggali peran mantan menteri dalam penerbitan izin impor. "Kami bekerja berdasarkan alat bukti," katanya.

Menurut Kejaksaan, negara dirugikan ratusan miliar rupiah. Penyidik telah menetapkan tiga tersangka dari perusahaan swasta.

Pengacara mantan menteri mengatakan kliennya kooperatif dan membantah menerima keuntungan pribadi.

Indonesia Corruption Watch mendesak Kejaksaan menuntaskan kasus ini secara transparan. Sidang praperadilan salah satu tersangka akan digelar di {KOTA} pekan depan.""",
    """Kapal perang {NEG} masuki perairan Natuna, Bakamla lakukan pengusiran

NATUNA - Badan Keamanan Laut mengusir kapal perang {NEG} yang memasuki perairan Natuna Utara pada {HARI}. Kapal itu berada sekitar {N} mil laut di dalam zona ekonomi eksklusif Indonesia.

Kepala Bakamla mengatakan petugas telah menghubungi kapal tersebut melalui radio dan memintanya keluar. "Kami akan menjaga kedaulatan Indonesia," katanya.

Kementerian Luar Negeri menyampaikan nota protes kepada {NEG}. Menurut Kemlu, Indonesia tidak mengakui klaim sepihak atas perairan tersebut.

TNI Angkatan Laut mengerahkan dua kapal perang dari {KOTA} untuk memperkuat patroli.

Nelayan Natuna mengeluhkan kapal asing yang sering mengganggu aktivitas mereka.""",
    """Indonesia dan {NEG} gelar dialog lintas agama di {KOTA}

{KOTA} - Pemerintah Indonesia dan {NEG} menggelar dialog lintas agama di {KOTA} pada {HARI}. Forum itu dihadiri {N} tokoh agama, akademisi, dan pemuda dari kedua negara.

Menteri Agama mengatakan dialog ini memperkuat toleransi dan mencegah radikalisme. "Perbedaan adalah kekuatan kita," katanya.

Menurut panitia, peserta membahas pendidikan agama, peran media sosial, dan perlindungan kelompok minoritas.

Duta Besar {NEG} menyatakan negaranya ingin belajar dari pengalaman Indonesia mengelola keberagaman. Kedua pemerintah sepakat mengadakan pertukaran pelajar madrasah.

Dialog berikutnya direncanakan berlangsung di ibu kota {NEG} tahun depan.""",
]

COUNTRIES = ["Malaysia", "Singapura", "Australia", "Jepang", "Tiongkok", "Vietnam", "Filipina", "Thailand",
             "India", "Korea Selatan", "Prancis", "Jerman", "Turki", "Mesir", "Arab Saudi", "Belanda"]
CITIES = ["Surabaya", "Medan", "Makassar", "Bandung", "Semarang", "Palembang", "Pontianak", "Manado",
          "Kupang", "Ambon", "Jayapura", "Denpasar", "Padang", "Banjarmasin", "Balikpapan", "Batam"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MINISTERS = ["Sugiono", "Retno Marsudi"]


def _fill(template: str, rng: random.Random) -> str:
    values = {"NEG": rng.choice(COUNTRIES), "KOTA": rng.choice(CITIES), "MENLU": rng.choice(MINISTERS)}
    text = template
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    while "{HARI}" in text:
        day = rng.choice(DAYS)
        text = text.replace("{HARI}", f"{day} ({rng.randint(1, 28)}/{rng.randint(1, 12)})", 1)
    while "{N}" in text:
        text = text.replace("{N}", str(rng.randint(2, 950)), 1)
    return text


def make_corpus(n: int, seed: int = 7, min_words: int = 225) -> list[dict]:
    """``n`` distinct articles (JSON records: id, text, language, published, url, outlet).

    An article shorter than ``min_words`` gets the body paragraphs of further base articles appended (a
    round-up of the day's news, as outlets publish them) until it is long enough."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    rows, seen = [], set()
    i = 0
    while len(rows) < n:
        template = BASE_ARTICLES[i % len(BASE_ARTICLES)]
        i += 1
        text = _fill(template, rng)
        base, k = (i - 1) % len(BASE_ARTICLES), 0
        while len(text.split()) < min_words:
            extra = _fill(BASE_ARTICLES[(base + 1 + 7 * k) % len(BASE_ARTICLES)], rng)
            text += "\n\n" + extra.split("\n\n", 1)[1].split(" - ", 1)[-1]
            k += 1
        if text in seen:
            continue
        seen.add(text)
        k = len(rows)
        published = start + dt.timedelta(days=rng.randint(0, 89))
        outlet = ["warta-satu", "kabar-dua", "berita-tiga"][k % 3]
        rows.append({"id": f"bench-{k:06d}", "text": text, "language": "id", "published": published.isoformat(),
                     "url": f"https://{outlet}.example/{published:%Y/%m/%d}/{k}", "outlet": outlet})
    return rows


def write_jsonl(rows: list[dict], path: str | Path) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    write_jsonl(make_corpus(int(sys.argv[1])), sys.argv[2])
