//! Strings of the lecturer kit.

use super::{plural, tr};

tr!(
    TEACH_TITLE,
    "Untuk dosen: sematkan, tautkan, lihat profil kelas",
    "For lecturers: embed, link, see your class profile"
);
tr!(TEACH_INTRO, "Pilih bagian dan bahasa, lalu sematkan di halaman kursus (Moodle, Canvas, Google Sites, WordPress) atau bagikan tautan dan kode QR.", "Choose a section and a language, then embed it in a course page (Moodle, Canvas, Google Sites, WordPress) or share a link and QR code.");
tr!(
    BUILDER_TITLE,
    "Pembuat tautan dan sematan",
    "Link and embed builder"
);
tr!(PICK_SECTION, "Bagian", "Section");
tr!(PICK_LANG, "Bahasa", "Language");
tr!(PREVIEW, "Pratinjau", "Preview");
tr!(QR_CODE, "Kode QR", "QR code");
tr!(QR_ALT, "Kode QR untuk {}", "QR code for {}");
tr!(CLASS_TITLE, "Profil kelas", "Class profile");
tr!(CLASS_INTRO, "Tempelkan tautan atau kode hasil mahasiswa, satu per baris, atau unggah berkas teks. Semua dihitung di peramban ini; tidak ada yang diunggah.", "Paste students' results links or codes, one per line, or upload a text file. Everything is computed in this browser; nothing is uploaded.");
tr!(
    CLASS_INPUT,
    "Tautan atau kode hasil (satu per baris)",
    "Results links or codes (one per line)"
);
tr!(
    CLASS_FILE,
    "Atau unggah berkas .txt",
    "Or upload a .txt file"
);
tr!(
    CLASS_FILE_ERROR,
    "Berkas itu tidak dapat dibaca sebagai teks.",
    "That file could not be read as text."
);
tr!(CLASS_ANALYSE, "Hitung profil", "Compute profile");
tr!(CLASS_COUNTS, "{}, {}, {}.", "{}, {}, {}.");
plural!(
    VALID_LINES,
    "{} baris valid",
    "{} valid line",
    "{} valid lines"
);
plural!(INVALID_LINES, "{} tidak valid", "{} invalid", "{} invalid");
plural!(
    POSSIBLE_DUPLICATES,
    "{} kemungkinan duplikat",
    "{} possible duplicate",
    "{} possible duplicates"
);
plural!(CODES, "{} kode", "{} code", "{} codes");
tr!(CLASS_CONSTRUCT, "Konstruk", "Construct");
tr!(CLASS_MEAN, "Rata-rata (0–100)", "Mean (0–100)");
tr!(CLASS_SD, "Simpangan baku", "Standard deviation");
tr!(CLASS_N, "Jumlah skor", "Scores");
tr!(CLASS_FIRST, "Di urutan pertama", "Ranked first");
tr!(CLASS_CAPTION, "Profil kelas per konstruk, dari kode versi {}. Ini hanya rangkuman jawaban kelas Anda, bukan data penelitian.", "Class profile by construct, from version {} codes. This summarises your class's answers only; it is not data from the study.");
tr!(
    CLASS_NOT_VALIDATED,
    "Pernyataannya belum divalidasi, jadi perbedaan kecil antarkonstruk jangan ditafsirkan.",
    "The statements are not validated, so do not read small differences between constructs."
);
tr!(
    CLASS_VERSIONS,
    "Versi kuis: {} dari versi sekarang ({}), {} dari versi sebelumnya.",
    "Quiz versions: {} from the current version ({}), {} from earlier versions."
);
tr!(CLASS_VERSION_TITLE, "Kode versi {}", "Version {} codes");
tr!(CLASS_NOT_POOLED, "Versi yang berbeda diringkas terpisah, tidak digabung: versi {} mengubah pernyataan untuk {}, jadi skornya tidak sebanding.", "Versions are summarised separately, not pooled: version {} changed the statements of {}, so their scores are not comparable.");
tr!(CLASS_VERSION, "Versi", "Version");
tr!(
    CLASS_INVALID,
    "Baris yang perlu diperiksa",
    "Lines to check"
);
tr!(CLASS_LINE, "Baris {}: {}", "Line {}: {}");
tr!(
    CLASS_DUPLICATE,
    "Baris {} memuat kode yang sama dengan baris {}: mungkin mahasiswa yang sama dua kali, mungkin dua mahasiswa yang menjawab sama. Keduanya dihitung; hapus satu baris jika itu pengulangan.",
    "Line {} holds the same code as line {}: perhaps one student twice, perhaps two students who answered alike. Both are counted; delete one line if it is a repeat."
);
tr!(CLASS_CSV, "Unduh tabel (CSV)", "Download table (CSV)");
tr!(
    CLASS_TOO_MANY,
    "Hanya {} baris pertama yang dihitung.",
    "Only the first {} lines are counted."
);
