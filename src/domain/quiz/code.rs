//! Result codes: answers packed into a short, URL-safe, checksummed string.
//!
//! Layout: one byte instrument version, the answers at 3 bits each (most significant bit
//! first, zero-padded to a byte), then a CRC-16 of everything before it; all in URL-safe
//! base64 without padding. A whole 43- or 44-item instrument gives 27 characters.

use super::answers::Answer;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The longest code accepted, so pasted garbage is rejected before any decoding work.
pub const MAX_CODE_LEN: usize = 40;

/// Why a code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing there.
    Empty,
    /// Longer than any code we make.
    TooLong,
    /// Characters outside URL-safe base64, or bits that base64 can not have.
    NotACode,
    /// The wrong length for this instrument (for example cut off when copied).
    WrongLength,
    /// Made by another version of the quiz.
    WrongVersion,
    /// The checksum does not match: the code was changed or mistyped.
    Checksum,
    /// An answer slot holds a value no answer has.
    BadAnswer,
}

impl CodeError {
    /// A stable name for the `data-error` attribute (tests and styling), independent of
    /// `Debug` output.
    pub fn name(self) -> &'static str {
        match self {
            CodeError::Empty => "Empty",
            CodeError::TooLong => "TooLong",
            CodeError::NotACode => "NotACode",
            CodeError::WrongLength => "WrongLength",
            CodeError::WrongVersion => "WrongVersion",
            CodeError::Checksum => "Checksum",
            CodeError::BadAnswer => "BadAnswer",
        }
    }
}

/// CRC-16/CCITT-FALSE: detects every error burst up to 16 bits, so any single changed
/// character (6 bits) is caught.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for byte in bytes {
        crc ^= u16::from(*byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn packed_len(items: usize) -> usize {
    (items * 3).div_ceil(8)
}

/// Encodes answers made with instrument `version`.
pub fn encode(version: u8, answers: &[Answer]) -> String {
    let mut bytes = vec![version];
    let mut packed = vec![0u8; packed_len(answers.len())];
    for (i, answer) in answers.iter().enumerate() {
        let bits = answer.to_bits();
        for b in 0..3 {
            if bits & (0b100 >> b) != 0 {
                let pos = i * 3 + b;
                packed[pos / 8] |= 0x80 >> (pos % 8);
            }
        }
    }
    bytes.extend(packed);
    let crc = crc16(&bytes);
    bytes.extend(crc.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes a code for an instrument of `version` with `items` items.
pub fn decode(code: &str, version: u8, items: usize) -> Result<Vec<Answer>, CodeError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(CodeError::TooLong);
    }
    if !code.bytes().all(is_code_byte) {
        return Err(CodeError::NotACode);
    }
    let expected = 1 + packed_len(items) + 2;
    // The alphabet is fine, so base64 fails only on a cut-off code or, at full length, on a
    // typo in the last character's unused bits.
    let full_length = (expected * 4).div_ceil(3);
    let bytes = URL_SAFE_NO_PAD.decode(code).map_err(|_| {
        if code.len() == full_length {
            CodeError::Checksum
        } else {
            CodeError::WrongLength
        }
    })?;
    if bytes.len() < 3 {
        return Err(CodeError::WrongLength);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 2);
    let intact = u16::from_be_bytes([crc[0], crc[1]]) == crc16(body);
    // An intact code from another quiz version may have another length: say "version".
    match (intact, body[0] == version, bytes.len() == expected) {
        (true, false, _) => return Err(CodeError::WrongVersion),
        (_, _, false) => return Err(CodeError::WrongLength),
        (false, _, true) => return Err(CodeError::Checksum),
        (true, true, true) => {}
    }
    let packed = &body[1..];
    let bit = |pos: usize| (packed[pos / 8] >> (7 - pos % 8)) & 1;
    // Padding bits after the last answer must be zero, so each answer set has one code.
    if (items * 3..packed.len() * 8).any(|pos| bit(pos) != 0) {
        return Err(CodeError::BadAnswer);
    }
    (0..items)
        .map(|i| {
            let bits = (bit(i * 3) << 2) | (bit(i * 3 + 1) << 1) | bit(i * 3 + 2);
            Answer::from_bits(bits).ok_or(CodeError::BadAnswer)
        })
        .collect()
}

/// The instrument version a code says it was made with (its first byte), if it has one.
/// Only a hint for choosing how to decode: the checksum is verified by [`decode`].
pub fn peek_version(code: &str) -> Option<u8> {
    // The first byte is the first character's six bits and the second's top two. Read by
    // hand: a second use of the base64 engine costs the app ~1 KB.
    let mut sextets = code.trim().bytes().map(sextet);
    let (first, second) = (sextets.next()??, sextets.next()??);
    Some((first << 2) | (second >> 4))
}

/// The 6-bit value of a URL-safe base64 character.
fn sextet(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Whether `b` can appear in a code (URL-safe base64).
fn is_code_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Finds a code in what a reader pasted: a bare code, a results page link
/// (`…/results/#{code}`) or an older link containing `#/results/{code}`.
pub fn extract_code(pasted: &str) -> &str {
    let trimmed = pasted.trim();
    // An older link (`…?lang=en#/results/CODE`), else a page link whose fragment is the code
    // (`…/en/results/#CODE`, `…/en/results/?embed=1#CODE`).
    let old = trimmed
        .rfind("#/results/")
        .map(|at| at + "#/results/".len());
    let page = || {
        let after = trimmed.rfind("/results/")?;
        trimmed[after..].find('#').map(|hash| after + hash + 1)
    };
    match old.or_else(page) {
        // In a link the code ends at the first character a code can not have (`?lang=`…).
        Some(start) => {
            let rest = &trimmed[start..];
            let end = rest
                .bytes()
                .position(|b| !is_code_byte(b))
                .unwrap_or(rest.len());
            &rest[..end]
        }
        // A bare code ends at a separator (a spreadsheet's comma, semicolon, tab or quote), so
        // `CODE,Alice` works while `garbage!` is still reported as not a code.
        None => {
            let cell = trimmed.trim_start_matches(['"', '\'']);
            cell.split([',', ';', '\t', '"', '\''])
                .next()
                .unwrap_or(cell)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::Point;

    #[test]
    fn crc16_gives_the_ccitt_false_check_value() {
        // The catalogue's check value for CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF).
        assert_eq!(crc16(b"123456789"), 0x29B1);
        assert_eq!(crc16(b""), 0xFFFF);
    }

    fn sample() -> Vec<Answer> {
        (0..43)
            .map(|i| match i % 7 {
                0 => Answer::Skipped,
                6 => Answer::Unanswered,
                v => Answer::Value(Point::new(v as u8).expect("1–6 minus 6")),
            })
            .collect()
    }

    #[test]
    fn whole_instrument_fits_in_forty_characters() {
        let code = encode(1, &sample());
        assert!(code.len() <= MAX_CODE_LEN, "{} chars", code.len());
        assert_eq!(code.len(), 27);
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn round_trips() {
        let answers = sample();
        assert_eq!(decode(&encode(1, &answers), 1, 43), Ok(answers));
    }

    #[test]
    fn rejects_bad_codes_with_reasons() {
        let code = encode(1, &sample());
        assert_eq!(decode("", 1, 43), Err(CodeError::Empty));
        assert_eq!(decode(&"A".repeat(41), 1, 43), Err(CodeError::TooLong));
        assert_eq!(decode("not a code!", 1, 43), Err(CodeError::NotACode));
        assert_eq!(decode(&code[..20], 1, 43), Err(CodeError::WrongLength));
        assert_eq!(decode(&code, 2, 43), Err(CodeError::WrongVersion));
        let mut tampered = code.into_bytes();
        tampered[5] = if tampered[5] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decode(std::str::from_utf8(&tampered).unwrap(), 1, 43),
            Err(CodeError::Checksum)
        );
    }

    #[test]
    fn peeks_the_version_of_any_code() {
        for version in [1, 2, 255] {
            assert_eq!(peek_version(&encode(version, &sample())), Some(version));
        }
        assert_eq!(peek_version("A"), None);
        assert_eq!(peek_version("!!"), None);
    }

    #[test]
    fn finds_codes_in_links() {
        assert_eq!(
            extract_code(" https://x.org/app/?lang=id#/results/AbC_-9 "),
            "AbC_-9"
        );
        assert_eq!(extract_code("#/results/AbC?lang=en"), "AbC");
        assert_eq!(
            extract_code("https://x.org/app/id/results/#AbC_-9"),
            "AbC_-9"
        );
        assert_eq!(
            extract_code("https://x.org/app/en/results/?embed=1#AbC"),
            "AbC"
        );
        assert_eq!(extract_code("AbC"), "AbC");
        assert_eq!(extract_code("\"AbC\",Alice"), "AbC");
        assert_eq!(extract_code("https://x.org/#/results/AbC,Alice"), "AbC");
        assert_eq!(extract_code("garbage!"), "garbage!");
    }
}
