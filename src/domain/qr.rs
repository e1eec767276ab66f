//! QR codes for links, drawn as one SVG path (from the `qrcodegen` crate's modules).

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// A QR code ready for SVG: the side in modules (with quiet zone) and the path of dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height of the viewBox.
    pub size: i32,
    /// Path data, one `M x yh1v1h-1z` square per dark module.
    pub path: String,
}

/// Quiet zone around the code, in modules, as the QR standard asks.
const QUIET: i32 = 4;

/// Encodes `text`; `None` when it is too long for any QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                // Writing into the one string: no allocation per module.
                let _ = write!(path, "M{} {}h1v1h-1z", x + QUIET, y + QUIET);
            }
        }
    }
    Some(QrSvg {
        size: qr.size() + 2 * QUIET,
        path,
    })
}

/// The dark modules as a grid, for tests that decode the code again.
pub fn qr_modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some(
        (0..qr.size())
            .map(|y| (0..qr.size()).map(|x| qr.get_module(x, y)).collect())
            .collect(),
    )
}
