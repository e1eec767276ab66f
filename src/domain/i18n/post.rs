//! Strings of the post explorable: the example post (drawn by us, an invented account and
//! caption, no study data), what each move does, and the two meters in words.

use super::tr;

tr!(POST_TITLE, "Coba di sebuah postingan", "Try it on a post");
tr!(POST_ILLUSTRATION, "Ilustrasi, bukan data yang diukur: langkahnya buatan kami. Setiap tindakan follower menambah langkah yang sama; hanya balasan influencer yang menambah lebih banyak, sebagaimana disebut Bab V.", "An illustration, not measured data: the steps are ours. Every follower action adds the same step; only the influencer's reply adds more, as Chapter V notes.");
tr!(POST_INTRO, "Gunakan seperti di Instagram (story dan DM di baris profil). Meteran menggambarkan, bukan mengukur, kedekatan yang dirasakan tiap pihak.", "Use it as on Instagram (story and DM on the profile line). The meters illustrate, not measure, the closeness each side feels.");
tr!(POST_HANDLE, "contoh.influencer", "example.influencer");
tr!(
    POST_KIND,
    "Micro influencer · akun contoh",
    "Micro influencer · example account"
);
tr!(
    POST_PHOTO,
    "Gambar: meja belajar dengan buku, kopi, dan tanaman",
    "Drawing: a study desk with a notebook, coffee and a plant"
);
tr!(
    POST_CAPTION,
    "Meja belajarku minggu ini. Buku, kopi, atau tanaman: mana favoritmu?",
    "My study desk this week. Notebook, coffee or plant: which is your favourite?"
);
tr!(POST_ACTIONS, "Tindakan pada postingan", "Post actions");
tr!(
    POST_CROWD,
    "Komentar follower lain…",
    "Other followers' comments…"
);
tr!(POST_YOU, "kamu", "you");
tr!(
    POST_COMMENT_TEXT,
    "Tanamannya! Ada tips merawatnya?",
    "The plant! Any tips for it?"
);
tr!(
    POST_REPLY_TEXT,
    "@kamu Siram seminggu sekali, dekat jendela!",
    "@you Water it weekly, near a window!"
);
tr!(POST_TAG_TEXT, "@teman.kamu lihat!", "@a.friend look!");
tr!(POST_TAG_BUTTON, "Tag teman", "Tag a friend");
tr!(POST_OTHER_SIDE, "Di sisi influencer, komentarmu satu dari banyak. Sisi follower naik, lebih lagi setelah balasan, sementara sisi influencer tetap: itulah yang disebut Bab V, dengan teori parasosial, sebagai perasaan ilusi.", "On the influencer's side, your comment is one of many. The follower's side rises, more after a reply, while the influencer's stays put: what Chapter V, with parasocial theory, calls an illusion of closeness.");
tr!(
    POST_PICK,
    "Ketuk tanda hati dan lihat siapa yang merasa lebih dekat.",
    "Tap the heart and watch who feels closer."
);
tr!(
    POST_STATUS,
    "{}: {}, {} (tafsiran kami).",
    "{}: {}, {} (our reading)."
);
tr!(POST_UNDONE, "{} dibatalkan.", "{} undone.");
tr!(
    POST_REPLIED,
    "Influencer membalas komentarmu.",
    "The influencer replied to your comment."
);
tr!(
    GAP_FOLLOWER,
    "Kedekatan yang dirasakan follower",
    "Closeness the follower feels"
);
tr!(
    GAP_INFLUENCER,
    "Kedekatan yang dirasakan micro influencer",
    "Closeness the micro influencer feels"
);
tr!(GAP_REPLY, "Influencer membalas", "The influencer replies");
tr!(GAP_RESET, "Ulangi", "Start again");
tr!(
    GAP_NOW,
    "Sisi follower kini {} sisi influencer, yang tetap.",
    "The follower's side is now {} the influencer's side, which stays put."
);
tr!(LEVEL_EQUAL, "sejajar dengan", "level with");
tr!(LEVEL_ABOVE, "di atas", "above");
tr!(LEVEL_FAR, "jauh di atas", "far above");
tr!(
    LEVEL_STAYS,
    "tetap di titik awal",
    "stays where both started"
);
