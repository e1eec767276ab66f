//! Strings of the course (SCORM) connection and of the packages offered on the kit's page.

use super::tr;

tr!(
    RECORDING,
    "Kursus Anda mencatat jawaban dan penyelesaian kuis ini, jadi Anda dapat melanjutkan di perangkat lain. Nama dan data pribadi Anda tidak dibaca.",
    "Your course records your answers and when you finish, so you can continue on another device. Your name and personal data are not read."
);
tr!(
    LINKS_NEW_TAB,
    "Tautan bertanda ↗ membuka tab baru, jadi kuis ini tetap tercatat.",
    "Links marked ↗ open in a new tab, so this quiz keeps recording."
);
tr!(
    NOT_RECORDING,
    "Kemajuan Anda tidak sedang dicatat oleh kursus Anda. Anda tetap dapat membaca dan mengerjakan kuis.",
    "Your progress is not being recorded by your course. You can still read and take the quiz."
);
tr!(
    UNREADABLE,
    "Kemajuan tersimpan di kursus gagal diperiksa, jadi tidak dipakai.",
    "The progress saved in your course failed its check, so it was not used."
);
tr!(
    RESUME_OFFER_COURSE,
    "Kursus Anda menyimpan sampai mana Anda mengisi kuis ini.",
    "Your course saved where you stopped in this quiz."
);
tr!(
    CLEARED_COURSE,
    "Kemajuan tersimpan sudah dihapus; jawaban yang sudah terkirim tetap di catatan kursus.",
    "Your saved progress is removed; answers already sent stay in the course's records."
);
tr!(
    PACKAGES_TITLE,
    "Paket untuk LMS (SCORM 1.2)",
    "Packages for your LMS (SCORM 1.2)"
);
tr!(
    PACKAGES_INTRO,
    "Unggah satu paket sebagai aktivitas. Paket dibuka di kuis dan mencatat penyelesaian, setiap jawaban, dan kode hasil untuk profil kelas di bawah. Skornya (0–100) adalah persentase pernyataan yang ditanggapi mahasiswa, bukan nilai tes.",
    "Upload one package as an activity. It opens at the quiz and records completion, each answer, and the result code for the class profile below. Its score (0–100) is the share of statements the student responded to, not a test score."
);
tr!(
    PACKAGE_LINK,
    "Paket SCORM 1.2 ({})",
    "SCORM 1.2 package ({})"
);
tr!(
    LMS_MOODLE,
    "Moodle (aktivitas Paket SCORM): dengan metode penilaian bawaan, buku nilai menampilkan skor itu (100% bila semua pernyataan ditanggapi); jawaban di laporan Interaksi.",
    "Moodle (SCORM package activity): with the default grading method, the gradebook shows that score (100% when every statement was responded to); answers in the Interactions report."
);
tr!(
    LMS_CANVAS,
    "Canvas (impor sebagai paket SCORM): menjadi tugas yang dinilai dengan skor itu.",
    "Canvas (import as a SCORM package): becomes an assignment graded with that score."
);
tr!(
    LMS_BLACKBOARD,
    "Blackboard (Paket konten SCORM): kolom nilai, dan setiap percobaan dengan jawabannya.",
    "Blackboard (SCORM content package): a grade column, and each attempt with its answers."
);
tr!(
    LMS_BRIGHTSPACE,
    "Brightspace (objek SCORM): penyelesaian dan jawaban di laporannya, dapat ditautkan ke butir nilai.",
    "Brightspace (SCORM object): completion and answers in its reports, linkable to a grade item."
);
