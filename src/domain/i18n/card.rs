//! Strings of the shareable results card.

use super::tr;

tr!(
    CARD_TITLE,
    "Kartu hasil untuk dibagikan",
    "A results card to share"
);
tr!(
    CARD_INTRO,
    "Gambar ini dibuat di peramban Anda dari jawaban Anda saja; tidak ada yang diunggah. Gambar tidak memuat nama atau data pribadi.",
    "This picture is made in your browser from your answers alone; nothing is uploaded. It holds no name or other personal data."
);
tr!(
    CARD_HEADING,
    "Apa yang membuat saya mengikuti micro influencer",
    "What draws me to micro influencers"
);
tr!(
    CARD_CAVEAT,
    "Sebuah refleksi, bukan tes: urutan ini hanya mengikuti jawaban saya.",
    "A reflection, not a test: this order only follows my answers."
);
tr!(
    CARD_SHARE_STORY,
    "Bagikan gambar (story)",
    "Share image (story)"
);
tr!(
    CARD_DOWNLOAD_LINK,
    "Unduh gambar untuk tautan",
    "Download link image"
);
tr!(
    CARD_SHARED,
    "Gambar sudah dibagikan.",
    "The image was shared."
);
tr!(
    CARD_DOWNLOADED,
    "Gambar sudah diunduh.",
    "The image was downloaded."
);
tr!(
    CARD_FAILED,
    "Gambar tidak dapat dibuat di peramban ini. Tautan hasil tetap bisa Anda salin.",
    "The image could not be made in this browser. You can still copy the results link."
);
tr!(CARD_AS_TEXT, "Isi kartu sebagai teks", "The card as text");
tr!(
    CARD_PREVIEW,
    "Pratinjau kartu hasil",
    "Preview of the results card"
);
