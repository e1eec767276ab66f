//! Strings of the reflection quiz and its results.

use super::tr;

tr!(
    QUIZ_TITLE,
    "Kuis refleksi: Anda dan micro influencer Anda",
    "Reflection quiz: you and your micro influencer"
);
tr!(START, "Mulai", "Start");
tr!(
    RESUME,
    "Lanjutkan dari pernyataan {}",
    "Resume at statement {}"
);
tr!(START_OVER, "Mulai dari awal", "Start over");
tr!(CLEAR, "Hapus jawaban saya", "Clear my answers");
tr!(
    CLEARED,
    "Jawaban Anda sudah dihapus dari perangkat ini.",
    "Your answers have been removed from this device."
);
tr!(
    KEPT_ON_DEVICE,
    "Jawaban Anda hanya disimpan di perangkat ini.",
    "Your answers are kept only on this device."
);
tr!(
    RESUME_OFFER,
    "Anda pernah mengisi kuis ini di perangkat ini.",
    "You started this quiz on this device before."
);
tr!(STORAGE_OFF, "Penyimpanan peramban tidak tersedia (misalnya mode privat atau dibatasi dalam bingkai). Kuis tetap berjalan, tetapi kemajuan Anda tidak akan disimpan.", "Browser storage is not available (for example in private mode or inside a restricted frame). The quiz still works, but your progress will not be kept.");
tr!(PROGRESS, "Pernyataan {} dari {}", "Statement {} of {}");
tr!(PROGRESS_LABEL, "Kemajuan kuis", "Quiz progress");
tr!(SKIP, "Tidak ingin menjawab", "Prefer not to answer");
tr!(BACK, "Kembali", "Back");
tr!(NEXT_ITEM, "Lanjut", "Next");
tr!(SEE_RESULTS, "Lihat hasil", "See my results");
tr!(
    ABOUT_INFLUENCER,
    "Tentang micro influencer yang Anda pikirkan:",
    "About the micro influencer you have in mind:"
);
tr!(
    RESULTS_TITLE,
    "Hasil refleksi Anda",
    "Your reflection results"
);
tr!(
    FAMILY_MOTIVATIONS,
    "Motivasi: sesuai urutan jawabannya",
    "Motivations: in the order of the answers"
);
tr!(
    FAMILY_INTERACTIONS,
    "Bentuk interaksi: sesuai urutan jawabannya",
    "Forms of interaction: in the order of the answers"
);
tr!(
    FAMILY_BENEFITS,
    "Manfaat: sesuai urutan jawabannya",
    "Benefits: in the order of the answers"
);
tr!(NOT_ENOUGH, "belum cukup jawaban", "not enough answers");
tr!(
    NOT_ENOUGH_NOTE,
    "Skor hanya ditampilkan jika setidaknya separuh pernyataannya dijawab (untuk bagian yang hanya berisi dua pernyataan, keduanya).",
    "A score is shown only when at least half of its statements were answered (both, for a part with only two)."
);
tr!(
    NEUTRAL_OR_MIXED,
    "Jawaban untuk hal ini netral atau campuran, jadi tidak menunjuk ke arah mana pun.",
    "The answers on this are neutral or mixed, so they do not point either way."
);
tr!(
    LEANS_DISAGREE,
    "Jawaban ini sedikit condong ke tidak setuju, jadi hal ini tampaknya tidak banyak berperan.",
    "These answers lean slightly towards disagreeing, so this does not seem to play much part."
);
tr!(
    SHARED_HIGH,
    "Jawaban ini jelas condong ke hal ini.",
    "These answers lean clearly towards this."
);
tr!(
    SHARED_MIDDLE,
    "Jawaban ini agak condong ke hal ini.",
    "These answers lean somewhat towards this."
);
tr!(
    SHARED_LOW,
    "Jawaban ini tidak condong ke hal ini.",
    "These answers do not lean towards this."
);
tr!(
    PARTS_NOTE,
    "Dilaporkan dalam tiga bagian, sesuai Bab V; urutannya mengikuti bagian dengan skor tertinggi.",
    "Reported in three parts, as in Chapter V; placed by its highest part."
);
tr!(
    SEE_FACET,
    "Lihat “{}” dalam temuannya",
    "See “{}” in the finding"
);
tr!(
    EARLIER_VERSION,
    "Hasil ini berasal dari versi kuis yang lebih lama (versi {}), dihitung dengan pernyataan yang dijawab saat itu.",
    "These results are from an earlier version of the quiz (version {}), scored with the statements answered then."
);
tr!(
    NO_RESULTS_TITLE,
    "Tidak ada hasil di tautan ini",
    "There are no results in this link"
);
tr!(
    NO_RESULTS_BODY,
    "Isi kuis refleksi untuk mendapatkan tautan hasil Anda sendiri.",
    "Take the reflection quiz to get a results link of your own."
);
tr!(
    OUTDATED_PROGRESS,
    "Anda pernah mulai mengisi versi kuis yang lebih lama di perangkat ini. Pernyataannya sudah berubah, jadi jawaban itu dihapus; silakan mulai dari awal.",
    "You had started an earlier version of this quiz on this device. Its statements have changed, so those answers were removed; please start again."
);
tr!(SCORE_OF, "{} dari 100", "{} of 100");
tr!(
    BASED_ON,
    "dari {} dari {} pernyataan",
    "from {} of {} statements"
);
tr!(TIED, "skor sama", "tied");
tr!(SEE_FINDING, "Lihat temuannya", "See the finding");
tr!(
    REFLECTION_TITLE,
    "Renungan: kedekatan yang sepihak",
    "To reflect on: closeness felt by one side"
);
tr!(REFLECTION_BODY, "Bab V menyimpulkan bahwa follower merasa dekat, terlebih saat influencer membalas, tetapi influencer tidak merasakan kedekatan yang sama. Kedekatan itu bersifat parasosial.", "Chapter V concludes that followers feel close, especially when the influencer replies, but the influencer does not feel the same closeness. The closeness is parasocial.");
tr!(
    CANNOT_CONCLUDE,
    "Yang tidak dapat disampaikan hasil ini",
    "What this cannot tell you"
);
tr!(
    CANNOT_1,
    "Skor ini bukan ukuran yang tervalidasi dan tidak mendiagnosis apa pun.",
    "These scores are not a validated measure and diagnose nothing."
);
tr!(CANNOT_2, "Penelitiannya mewawancarai 12 orang dan tidak bertujuan menggeneralisasi, jadi hasil ini tidak dapat dibandingkan dengan \"kebanyakan orang\".", "The study interviewed 12 people and did not aim to generalise, so these results cannot be compared with \"most people\".");
tr!(
    CANNOT_3,
    "Urutan hanya menggambarkan jawaban tentang satu influencer, pada saat menjawab.",
    "The order only describes the answers about one influencer, at the time they were given."
);
tr!(COPY_LINK, "Salin tautan hasil", "Copy results link");
tr!(LINK_COPIED, "Tautan tersalin. Siapa pun yang membukanya melihat hasil yang sama; jawaban tidak dikirim ke server mana pun.", "Link copied. Anyone who opens it sees the same results; no answers are sent to any server.");
tr!(SHARE, "Bagikan", "Share");
tr!(PRINT, "Cetak hasil", "Print results");
tr!(RETAKE, "Isi kuis lagi", "Take the quiz again");
tr!(TAKE_QUIZ, "Isi kuis refleksi", "Take the reflection quiz");
tr!(
    SHARE_TEXT,
    "Hasil refleksi saya tentang micro influencer",
    "My reflection on following micro influencers"
);
tr!(
    CODE_ERROR_TITLE,
    "Tautan hasil ini tidak dapat dibaca",
    "This results link cannot be read"
);
tr!(
    CODE_EMPTY,
    "Tautan ini tidak memuat kode hasil.",
    "This link carries no results code."
);
tr!(
    CODE_TOO_LONG,
    "Kodenya terlalu panjang untuk kode hasil kuis ini.",
    "The code is too long to be a results code of this quiz."
);
tr!(
    CODE_NOT_A_CODE,
    "Kodenya memuat karakter yang tidak mungkin ada dalam kode hasil.",
    "The code contains characters a results code never has."
);
tr!(
    CODE_WRONG_LENGTH,
    "Kodenya tidak lengkap, mungkin terpotong saat disalin.",
    "The code is incomplete; it may have been cut off when copied."
);
tr!(
    CODE_WRONG_VERSION,
    "Kode ini dibuat oleh versi kuis yang lain.",
    "This code was made by another version of the quiz."
);
tr!(
    CODE_CHECKSUM,
    "Kodenya berubah atau salah ketik (pemeriksaan tidak cocok).",
    "The code was changed or mistyped (its check does not match)."
);
tr!(
    CODE_BAD_ANSWER,
    "Kodenya memuat jawaban yang tidak mungkin.",
    "The code contains an impossible answer."
);
tr!(GLANCE_TITLE, "Sekilas", "At a glance");
tr!(
    GLANCE_INTRO,
    "Skor 0–100 dari jawaban ini, tertinggi lebih dulu; skor yang sama berbagi tempat. Penjelasannya ada di bawah.",
    "Scores from 0 to 100 from these answers, highest first; equal scores share a place. The texts below explain them."
);
tr!(SHORT_MOTIVATIONS, "Motivasi", "Motivations");
tr!(
    SHORT_INTERACTIONS,
    "Bentuk interaksi",
    "Forms of interaction"
);
tr!(SHORT_BENEFITS, "Manfaat", "Benefits");
tr!(AND, "dan", "and");
tr!(AND_MORE, ", dan {} lainnya", " and {} more");
tr!(
    SUMMARY,
    "Tertinggi dalam jawaban ini: {}.",
    "Highest in these answers: {}."
);
tr!(SUMMARY_AMONG, "{} di antara {}", "{} among {}");
tr!(
    SUMMARY_NONE,
    "Jawaban ini terlalu sedikit untuk memberi skor apa pun.",
    "These answers are too few for any score."
);
tr!(
    RESULTS_TITLE_SHARED,
    "Hasil refleksi yang dibagikan kepada Anda",
    "Reflection results shared with you"
);
tr!(RESULTS_TITLE_PLAIN, "Hasil refleksi", "Reflection results");
tr!(
    FRIEND_DOOR,
    "Seseorang membagikan hasil kuis refleksinya kepada Anda. Bagaimana dengan Anda sendiri?",
    "Someone shared the results of their reflection quiz with you. How would you answer?"
);
tr!(
    TAKE_YOURSELF,
    "Isi kuisnya sendiri (sekitar {} menit)",
    "Take the quiz yourself (about {} minutes)"
);
tr!(
    ABOUT_STATEMENTS,
    "Tentang pernyataan-pernyataannya",
    "About the statements"
);
tr!(DETAILS_TITLE, "Penjelasan rinci", "The detailed texts");
tr!(PART_MOTIVATIONS, "Mengapa Anda mengikuti", "Why you follow");
tr!(
    PART_INTERACTIONS,
    "Cara Anda berinteraksi",
    "How you interact"
);
tr!(PART_BENEFITS, "Apa yang Anda dapat", "What you get");
tr!(PART_CLOSENESS, "Kedekatan", "Closeness");
tr!(
    PART_MOTIVATIONS_BLURB,
    "Apa yang membuat Anda tertarik pada influencer ini.",
    "What draws you to this influencer."
);
tr!(
    PART_INTERACTIONS_BLURB,
    "Seberapa sering Anda bereaksi, bercakap, dan membagikan kontennya.",
    "How often you react, talk and share their content."
);
tr!(
    PART_BENEFITS_BLURB,
    "Apa yang Anda peroleh dari mengikutinya.",
    "What following them gives you."
);
tr!(
    PART_CLOSENESS_BLURB,
    "Seberapa dekat Anda merasa dengannya.",
    "How close you feel to them."
);
tr!(PART_OF, "Bagian {} dari {}", "Part {} of {}");
tr!(
    PART_PROGRESS,
    "Pernyataan {} dari {} di bagian ini",
    "Statement {} of {} in this part"
);
tr!(
    PART_DONE,
    "Bagian {} dari {} selesai.",
    "Part {} of {} done."
);
tr!(
    PART_NEXT,
    "Berikutnya: {}, {} pernyataan.",
    "Next: {}, {} statements."
);
tr!(
    HALFWAY,
    "Lebih dari separuh jalan.",
    "More than halfway there."
);
tr!(CONTINUE, "Lanjutkan", "Continue");
tr!(SKIP_ITEM, "Lewati", "Skip");
tr!(
    CAVEAT_SHORT,
    "Ini alat bantu refleksi, bukan tes: pernyataannya kami tulis sendiri dan belum divalidasi.",
    "This is a reflection aid, not a test: we wrote the statements ourselves and they are not validated."
);
tr!(
    CAVEAT_MORE,
    "Apa kuis ini dan apa yang bukan",
    "What this quiz is and isn't"
);
tr!(
    QUIZ_LENGTH,
    "{} pernyataan dalam {} bagian, sekitar {} menit",
    "{} statements in {} parts, about {} minutes"
);
tr!(
    QUIZ_LENGTH_HOW,
    "Perkiraan waktunya dihitung dari jumlah pernyataan, sekitar {} detik per pernyataan.",
    "The time is worked out from the number of statements, at about {} seconds each."
);
tr!(PARTS_LABEL, "Bagian kuis", "Quiz parts");
