//! Strings of the shareable results card.

use super::{tr, Tr};
use crate::domain::quiz::instrument::ConstructFamily;

tr!(
    CARD_TITLE,
    "Kartu hasil untuk dibagikan",
    "A results card to share"
);
tr!(
    CARD_INTRO,
    "Gambar ini dibuat di peramban ini dari jawaban ini saja; tidak ada yang diunggah. Gambar tidak memuat nama atau data pribadi.",
    "This picture is made in this browser from these answers alone; nothing is uploaded. It holds no name or other personal data."
);
tr!(
    CARD_HEADING,
    "Refleksi saya tentang satu micro influencer yang saya ikuti",
    "My reflection on one micro influencer I follow"
);
tr!(
    CARD_CAVEAT,
    "Refleksi, bukan tes: hanya jawaban saya tentang satu akun. Pernyataannya belum divalidasi.",
    "A reflection, not a test: only my answers about one account. The statements are not validated."
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

tr!(
    CARD_NONE,
    "Jawaban saya tentang akun ini tidak jelas condong ke satu hal mana pun.",
    "My answers about this account do not lean clearly towards any one thing."
);
tr!(
    CARD_INVITE,
    "Coba kuisnya sendiri:",
    "Take the quiz yourself:"
);
tr!(CARD_DARK, "Versi gelap", "Dark version");
tr!(
    LEAD_MOTIVATIONS,
    "Yang menarik saya ke akun ini",
    "What draws me to this account"
);
tr!(
    LEAD_INTERACTIONS,
    "Cara saya paling sering berinteraksi dengannya",
    "How I interact with it most"
);
tr!(
    LEAD_BENEFITS,
    "Yang saya dapat darinya",
    "What I get from it"
);

/// The start of a family's line on the card.
pub fn lead(family: ConstructFamily) -> Tr {
    match family {
        ConstructFamily::Interactions => LEAD_INTERACTIONS,
        ConstructFamily::Benefits => LEAD_BENEFITS,
        _ => LEAD_MOTIVATIONS,
    }
}

/// A first place in the reader's own words on the card, by construct or attraction part
/// slug (only our wording of Chapter V's findings, first person, about the one account).
pub fn phrase(slug: &str) -> Option<Tr> {
    let (id, en) = match slug {
        "emotional-arousal" => (
            "perasaan positif dari kehadirannya",
            "the good feeling their presence gives me",
        ),
        "physical" => ("penampilannya", "their looks"),
        "similarity" => ("kesamaan saya dengannya", "what we have in common"),
        "competence" => ("kemampuannya di bidangnya", "their skill in their field"),
        "bandwagon" => (
            "teman-teman saya yang juga mengikutinya",
            "my friends following them too",
        ),
        "role-model" => ("dia sebagai teladan saya", "seeing them as a role model"),
        "applause" => (
            "reaksi singkat (like, emoji)",
            "quick reactions (likes, emoji)",
        ),
        "conversation" => (
            "bercakap dengannya (komentar, DM)",
            "talking with them (comments, DMs)",
        ),
        "amplification" => (
            "menyebarkan unggahannya (share, save, tag)",
            "spreading their posts (share, save, tag)",
        ),
        "information" => (
            "informasi dan rekomendasi",
            "information and recommendations",
        ),
        "entertainment" => ("hiburan", "entertainment"),
        _ => return None,
    };
    Some(Tr { id, en })
}
