//! Strings of the lecturer kit's embed builder: what to share and embed, the embed code,
//! the QR code, and each course platform's steps.

use super::tr;

tr!(SHARE_AS, "Cara membagikan", "How to share it");
tr!(
    SHARE_EMBED,
    "Sematkan di halaman kursus",
    "Embed it in a course page"
);
tr!(SHARE_LINK, "Tautan atau kode QR", "A link or QR code");
tr!(WHAT, "Yang disematkan", "What to embed");
tr!(WHAT_SECTION, "Seluruh bagian", "The whole section");
tr!(
    WHAT_DIAGRAM,
    "Hanya diagramnya (ringkas)",
    "Only its diagram (compact)"
);
tr!(
    WHAT_POST,
    "Hanya unggahan interaktifnya (ringkas)",
    "Only the post explorable (compact)"
);
tr!(
    WHAT_QUIZ,
    "Hanya kuisnya (ringkas)",
    "Only the quiz (compact)"
);
tr!(EMBED_CODE, "Kode sematan", "Embed code");
tr!(COPY_EMBED, "Salin kode sematan", "Copy embed code");
tr!(EMBED_COPIED, "Kode sematan tersalin", "Embed code copied");
tr!(
    FIXED_HEIGHT,
    "Bingkai ini setinggi {} piksel: cukup untuk seluruh isinya pada lebar layar umum, tanpa bilah gulir di dalamnya dan tanpa skrip apa pun.",
    "This frame is {} pixels tall: enough for all of it at common screen widths, with no scrollbar inside and no script needed."
);
tr!(
    SECTION_IS_LONG,
    "Seluruh bagian cukup panjang; di layar lebar akan ada ruang kosong di bawahnya. Tambahkan skrip pengubah ukuran jika situs Anda mengizinkannya, atau sematkan versi ringkasnya.",
    "A whole section is long; on wide screens it leaves space below. Add the resizer script where your site allows it, or embed a compact version."
);
tr!(
    RESIZER,
    "Tambahkan skrip pengubah ukuran (opsional)",
    "Add the resizer script (optional)"
);
tr!(
    RESIZER_HINT,
    "Jika situs Anda mempertahankan skrip (Moodle, WordPress), skrip ini membuat bingkai tepat setinggi isinya. Canvas menghapusnya; sematan tetap berfungsi tanpanya.",
    "Where your site keeps scripts (Moodle, WordPress), it makes the frame exactly as tall as its content. Canvas removes it; the embed works without it."
);
tr!(STEPS_FOR, "Langkah untuk", "Steps for");
tr!(
    NO_FRAMES,
    "Jika situs menghapus bingkai, bagikan tautan atau kode QR sebagai gantinya.",
    "Where a site removes frames, share the link or QR code instead."
);
tr!(LINK, "Tautan", "Link");
tr!(COPY_LINK, "Salin tautan", "Copy link");
tr!(LINK_COPIED, "Tautan tersalin", "Link copied");
tr!(QR_DOWNLOAD, "Unduh kode QR (PNG)", "Download QR code (PNG)");
tr!(
    QR_FAILED,
    "Gambar kode QR tidak dapat dibuat di peramban ini.",
    "The QR code picture could not be made in this browser."
);
tr!(
    PREVIEW_AS_STUDENTS,
    "Pratinjau: seperti yang dilihat mahasiswa",
    "Preview: as students see it"
);

tr!(
    MOODLE_ADD,
    "Aktifkan mode penyuntingan, lalu tambahkan Page (Halaman) atau Text and media area di tempat sematan akan muncul.",
    "Turn editing on and add a Page, or a Text and media area, where the embed should appear."
);
tr!(
    MOODLE_SOURCE,
    "Di editor, buka Tools › Source code (atau View › Source code), tempelkan kode sematan di sana, tekan Save, lalu simpan halaman.",
    "In the editor, open Tools › Source code (or View › Source code), paste the embed code there, press Save, then save the page."
);
tr!(
    MOODLE_AS_TEXT,
    "Jika mahasiswa melihat kodenya sebagai teks, kode itu ditempel di tampilan editor biasa: hapus, lalu tempel lagi di Source code.",
    "If students see the code as text, it was pasted into the editor's normal view: remove it and paste it again in Source code."
);
tr!(
    MOODLE_CLEANED,
    "Jika mahasiswa tidak melihat apa pun, situs Anda membersihkan konten (pengaturan administrator): bagikan tautan atau kode QR.",
    "If students see nothing at all, your site cleans content (an administrator's setting): share the link or QR code instead."
);
tr!(
    CANVAS_EDITOR,
    "Di sebuah Page (atau deskripsi Assignment), pilih Insert › Embed, atau buka editor HTML (</> di kanan bawah editor).",
    "In a Page (or an assignment's description), choose Insert › Embed, or open the HTML editor (</> at the bottom right of the editor)."
);
tr!(
    CANVAS_SAVE,
    "Tempelkan kode sematan lalu simpan. Canvas menghapus skrip, jadi bingkai memakai tinggi yang tertulis di kode; isinya tetap muat.",
    "Paste the embed code and save. Canvas removes scripts, so the frame keeps the height written in the code; everything still fits."
);
tr!(
    SITES_INSERT,
    "Pilih Sisipkan › Sematkan › Sematkan kode, tempelkan kode sematan, lalu Berikutnya dan Sisipkan.",
    "Choose Insert › Embed › Embed code, paste the embed code, then Next and Insert."
);
tr!(
    SITES_BOX,
    "Tarik tepi bawah kotaknya sampai seluruh bingkai terlihat: Google Sites menaruh kode sematan di kotaknya sendiri, yang tidak dapat diubah skrip.",
    "Drag the box's lower edge until the whole frame shows: Google Sites puts embedded code in a box of its own, which no script can resize."
);
tr!(
    WORDPRESS_BLOCK,
    "Di editor blok, tambahkan blok HTML Khusus (Custom HTML) dan tempelkan kode sematan.",
    "In the block editor, add a Custom HTML block and paste the embed code."
);
tr!(
    WORDPRESS_ROLES,
    "Hanya editor dan administrator yang boleh menyimpan bingkai (di jaringan multisitus, hanya super admin): jika bingkai hilang saat disimpan, minta bantuan mereka, atau bagikan tautannya.",
    "Only editors and administrators may save frames (on a multisite network, only super admins): if the frame disappears on saving, ask one of them, or share the link."
);
