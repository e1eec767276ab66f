//! Strings of the post explorable.

use super::tr;

tr!(POST_TITLE, "Coba di sebuah postingan", "Try it on a post");
tr!(
    POST_INTRO,
    "Gunakan tombol di bawah postingan ini seperti di Instagram. Setiap tombol menunjukkan bentuk interaksinya menurut Bab V, dan meteran di bawahnya menunjukkan kedekatan yang dirasakan kedua pihak.",
    "Use the buttons under this post as you would on Instagram. Each one shows its form of interaction in Chapter V, and the meters below show the closeness each side feels."
);
tr!(
    POST_FIGURE,
    "Contoh postingan micro influencer, digambar untuk penjelasan ini",
    "An example post by a micro influencer, drawn for this explainer"
);
tr!(
    POST_HANDLE,
    "contoh.micro.influencer",
    "example.micro.influencer"
);
tr!(
    POST_KIND,
    "Micro influencer · contoh, bukan akun sungguhan",
    "Micro influencer · an example, not a real account"
);
tr!(POST_ACTIONS, "Tindakan pada postingan", "Post actions");
tr!(
    POST_PICK,
    "Pilih salah satu tombol di atas.",
    "Pick one of the buttons above."
);
tr!(POST_FORM, "Bentuk interaksi: {}", "Form of interaction: {}");
tr!(
    POST_DIRECTION,
    "Arah: {} (tafsiran penjelasan ini)",
    "Direction: {} (this explainer's reading)"
);
tr!(POST_WORDS, "Kata-kata Bab V", "Chapter V's words");
tr!(POST_STATUS, "{}: {}, {}.", "{}: {}, {}.");
tr!(
    POST_REPLIED,
    "Influencer membalas.",
    "The influencer replied."
);
