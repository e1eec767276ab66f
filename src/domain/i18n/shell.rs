//! Strings of the app shell, reading pages and diagrams.

use super::tr;

tr!(
    APP_TITLE,
    "Mengapa follower mengikuti micro influencer",
    "Why followers follow micro influencers"
);
tr!(SKIP_TO_CONTENT, "Langsung ke isi", "Skip to content");
tr!(NAV_LABEL, "Bagian", "Sections");
tr!(NAV_OVERVIEW, "Ikhtisar", "Overview");
tr!(NAV_MOTIVATIONS, "Motivasi", "Motivations");
tr!(NAV_INTERACTIONS, "Interaksi", "Interactions");
tr!(
    NAV_PARASOCIAL,
    "Kesenjangan parasosial",
    "The parasocial gap"
);
tr!(NAV_BENEFITS, "Manfaat", "Benefits");
tr!(NAV_RECOMMENDATIONS, "Rekomendasi", "Recommendations");
tr!(NAV_QUIZ, "Kuis refleksi", "Reflection quiz");
tr!(NAV_ABOUT, "Tentang penelitian", "About the study");
tr!(NAV_REFERENCES, "Referensi", "References");
tr!(NAV_GLOSSARY, "Glosarium", "Glossary");
tr!(NAV_TEACH, "Untuk dosen", "For lecturers");
// Named in the language it switches to (the link has that `lang`), short enough to sit beside
// the title on a phone.
tr!(SWITCH_LANGUAGE, "English", "Bahasa Indonesia");
tr!(
    FOOTER_PRIVACY,
    "Semua berjalan di peramban Anda. Tidak ada data yang dikirim ke mana pun.",
    "Everything runs in your browser. Nothing is sent anywhere."
);
tr!(
    FOOTER_SOURCE,
    "Berdasarkan Bab V (Penutup) skripsi tentang follower micro influencer di Instagram.",
    "Based on Chapter V (conclusion) of a thesis on followers of micro influencers on Instagram."
);
tr!(OPENS_NEW_TAB, "(membuka tab baru)", "(opens in a new tab)");
// The language switch's new-tab note, written like the switch in the other language: a
// reader built with one language's text alone holds it under its own.
tr!(
    SWITCH_OPENS_NEW_TAB,
    "(opens in a new tab)",
    "(membuka tab baru)"
);
tr!(
    OPEN_FULL,
    "Buka penjelasan lengkap (tab baru)",
    "Open the full explainer (new tab)"
);
tr!(NOT_FOUND_TITLE, "Halaman tidak ditemukan", "Page not found");
tr!(
    NOT_FOUND_BODY,
    "Alamat ini tidak ada di penjelasan ini. Mungkin tautannya terpotong atau salah ketik.",
    "This address is not part of the explainer. The link may have been cut off or mistyped."
);
tr!(
    NOT_FOUND_BACK,
    "Kembali ke ikhtisar",
    "Back to the overview"
);
tr!(PREVIOUS, "Sebelumnya", "Previous");
tr!(NEXT, "Berikutnya", "Next");
tr!(PAGER_LABEL, "Urutan baca", "Reading order");
tr!(SECTION, "Bab V, subbab {}", "Chapter V, section {}");
tr!(
    QUOTE_LABEL,
    "Kutipan asli dari skripsi (Bab V, {})",
    "Original Indonesian words of the thesis (Chapter V, {})"
);
tr!(QUOTE_GLOSS, "Terjemahan kami", "Our translation");
tr!(THEORY_LABEL, "Teori di baliknya", "The theory behind it");
tr!(IN_THE_CHAPTER, "Dalam Bab V", "In Chapter V");
tr!(
    APPLY_TO_ME,
    "Bagaimana dengan saya? Coba kuis refleksi",
    "How does this apply to me? Try the reflection quiz"
);
tr!(
    FACETS,
    "Rinciannya menurut Bab V",
    "Its facets in Chapter V"
);
tr!(READ_FINDING, "Baca temuan ini", "Read this finding");
tr!(
    SHOW_TEXT,
    "Versi teks diagram ini",
    "Text version of this diagram"
);
tr!(
    DIAGRAM_HINT,
    "Pilih sebuah simpul untuk membaca temuannya. Gunakan tombol panah untuk berpindah antarsimpul.",
    "Select a node to read its finding. Arrow keys move between nodes."
);
tr!(
    SELECT_PROMPT,
    "Belum ada yang dipilih. Pilih simpul di diagram untuk membaca temuannya.",
    "Nothing selected yet. Choose a node in the diagram to read its finding."
);
tr!(COL_INTERNAL, "Dorongan internal", "Internal drive");
tr!(COL_EXTERNAL, "Dorongan eksternal", "External drives");
tr!(COL_OTHER, "Motivasi lain", "Other motivations");
tr!(SHEET_CLOSE, "Tutup", "Close");
tr!(READ_FULL, "Baca temuan lengkap", "Read the full finding");
tr!(
    ASK_WHY,
    "Mengapa follower mengikuti?",
    "Why do followers follow?"
);
tr!(ASK_HOW, "Apa bentuk interaksinya?", "How do they interact?");
tr!(
    ASK_WHAT,
    "Apa manfaat yang didapatkan?",
    "What do they gain?"
);
tr!(
    THREE_PARTS,
    "Tiga bagian dari satu jawaban, bukan sebab dan akibat.",
    "Three parts of one answer, not causes and effects."
);
tr!(
    PARASOCIAL_FRAME,
    "Parasosial: kedekatan yang dirasakan satu pihak",
    "Parasocial: closeness felt by one side"
);
tr!(ONE_WAY, "satu arah", "one-way");
tr!(TWO_WAY, "dua arah", "two-way");
tr!(DIRECTION_NOTE, "Bab V menyebut interaksi satu arah dan dua arah tanpa memilah setiap tindakan; pemilahan di sini adalah tafsiran penjelasan ini.", "Chapter V names one-way and two-way interaction without sorting each action; the sorting here is this explainer's reading.");
tr!(
    ACTION_FALLS,
    "{} termasuk {} dan bersifat {}.",
    "{} falls under {} and is {}."
);
tr!(BENEFITS_DIFFER, "Manfaat mengikuti kebutuhan tiap follower, sehingga berbeda dari satu orang ke orang lain, meski sebagian bisa sama.", "Benefits follow each follower's needs, so they differ from one person to another, though some may be shared.");
tr!(
    OVERVIEW_DIAGRAM_LABEL,
    "Ikhtisar temuan: motivasi, bentuk interaksi, manfaat",
    "The findings at a glance: motivations, forms of interaction, benefits"
);
tr!(DIAGRAM_LABEL, "Diagram {}", "{} diagram");
tr!(
    CITE_EXPLAINER,
    "Kutip penjelasan ini",
    "Cite this explainer"
);
tr!(CITE_STUDY, "Kutip penelitiannya", "Cite the study");
tr!(COPY, "Salin", "Copy");
tr!(COPIED, "Tersalin", "Copied");
tr!(
    COPY_FAILED,
    "Tidak dapat menyalin. Pilih teksnya lalu salin secara manual.",
    "Could not copy. Select the text and copy it by hand."
);
tr!(ABOUT_METHOD, "Metode", "Method");
tr!(ABOUT_INFORMANTS, "Informan", "Informants");
tr!(
    ABOUT_DEFINITION,
    "Apa itu micro influencer di sini",
    "What counts as a micro influencer here"
);
tr!(ABOUT_AIM, "Tujuan", "Aim");
tr!(
    ABOUT_NOT_CLAIM,
    "Yang tidak diklaim penelitian ini",
    "What the study does not claim"
);
tr!(
    ABOUT_UNKNOWN,
    "Yang tidak diketahui publik",
    "What is not publicly known"
);
tr!(ABOUT_AUTHORS, "Penulis", "Authors");
tr!(ABOUT_OUTLET, "Terbit di", "Published in");
tr!(ABOUT_SOURCES, "Sumber publik", "Public records");
tr!(
    TERM_MORE,
    "Selengkapnya di glosarium",
    "More in the glossary"
);
tr!(GLOSSARY_THEORY, "Lihat teori: {}", "See theory: {}");
tr!(THEORIES, "Teori yang dipakai", "Theories used");
tr!(REFERENCES_NOTE, "Referensi teori adalah sumber standar yang kami pilih; daftar pustaka skripsi tidak diketahui publik.", "Theory references are standard sources we chose; the thesis's own bibliography is not publicly known.");
tr!(
    MOVED,
    "Halaman ini ada di alamat lain. Membuka:",
    "This page lives at another address. Opening:"
);
tr!(
    SHELL_RESULTS,
    "Halaman ini menampilkan hasil kuis refleksi dari kode di alamatnya.",
    "This page shows the reflection quiz results held in the code of its address."
);
tr!(
    SHELL_KIT,
    "Alat untuk dosen: tautan dan kode sematan per bagian, kode QR, paket LMS, dan profil kelas.",
    "Tools for lecturers: links and embed codes per section, QR codes, LMS packages and the class profile."
);
tr!(SHELL_LOADING, "Memuat…", "Loading…");
tr!(
    NEEDS_JS_QUIZ,
    "Kuis ini memerlukan JavaScript. Semua halaman bacaan dapat dibaca tanpa JavaScript.",
    "The quiz needs JavaScript. Every reading page works without it."
);
tr!(
    NEEDS_JS_RESULTS,
    "Hasil kuis memerlukan JavaScript: kode hasil dibaca di peramban Anda.",
    "Quiz results need JavaScript: the results code is read in your browser."
);
tr!(
    NEEDS_JS_KIT,
    "Perangkat dosen memerlukan JavaScript. Semua halaman bacaan dapat dibaca tanpa JavaScript.",
    "The lecturer kit needs JavaScript. Every reading page works without it."
);
tr!(
    SITE_DESCRIPTION,
    "Penjelasan interaktif atas Bab V sebuah skripsi tentang alasan follower mengikuti micro influencer di Instagram: temuan dari wawancara dengan 12 informan.",
    "An interactive explainer of Chapter V of a thesis on why followers follow micro influencers on Instagram: findings from interviews with 12 informants."
);
tr!(CHOOSE_LANGUAGE, "Pilih bahasa", "Choose a language");
// A page's texts kept beside the reader (`platform::text`) could not be loaded: the page as
// written stays readable, its diagrams and buttons wait for a retry.
tr!(
    LOAD_FAILED,
    "Sebagian halaman ini gagal dimuat: diagram dan tombolnya belum berfungsi, tetapi teksnya dapat dibaca.",
    "Part of this page could not be loaded: its diagrams and buttons do not work yet, but its text can be read."
);
tr!(LOAD_RETRY, "Coba lagi", "Try again");
