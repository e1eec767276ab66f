//! Strings of the installed app, the offline page and the "new version" notice.

use super::tr;

tr!(APP_SHORT_NAME, "Alasan follow", "Why follow");
tr!(
    UPDATE_READY,
    "Versi baru penjelasan ini sudah siap. Jawaban kuis dan pilihan bahasa Anda tetap tersimpan.",
    "A new version of the explainer is ready. Your quiz answers and language stay saved."
);
tr!(UPDATE_NOW, "Muat ulang sekarang", "Reload now");
tr!(UPDATE_LATER, "Nanti saja", "Later");
tr!(
    OFFLINE_TITLE,
    "Halaman ini belum tersimpan untuk dibaca offline",
    "This page is not saved for offline reading"
);
tr!(
    OFFLINE_BODY,
    "Anda sedang tidak terhubung ke internet, dan halaman ini belum pernah dibuka di perangkat ini.",
    "You are offline, and this page has not been opened on this device before."
);
tr!(
    OFFLINE_AVAILABLE,
    "Halaman berikut tersimpan dan bisa dibuka tanpa koneksi:",
    "These pages are saved and open without a connection:"
);
tr!(OFFLINE_RETRY, "Coba lagi", "Try again");
