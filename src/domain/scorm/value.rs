//! What an LMS's `LMSGetValue` returned, read the way SCORM content written in JavaScript
//! reads it: with `String(value)`.
//!
//! The standard says values are strings, but LMSs answer with whatever their data model
//! holds. Moodle's player returns `eval(element)`, so a value restored from an earlier
//! session comes back as a JavaScript number (`cmi.interactions._count` is `22`, not `"22"`).
//! Refusing anything but a string would read such a count as missing and write over the
//! answers it counts, so every kind of value is accepted here, and only an error code from
//! `LMSGetLastError` makes a read fail.

/// A JavaScript value as an LMS call returned it, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Returned {
    /// A string.
    Text(String),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// `undefined`, or nothing at all.
    Undefined,
    /// Anything else (a number, an object, a big integer), already printed by JavaScript's
    /// own `String()`, which only the browser can run (and which prints a number exactly as
    /// JavaScript content reading it would: `22`, `87.5`, `1e+21`).
    Printed(String),
}

impl Returned {
    /// The text `String(value)` gives in JavaScript.
    pub fn to_text(&self) -> String {
        match self {
            Returned::Text(text) | Returned::Printed(text) => text.clone(),
            Returned::Bool(b) => b.to_string(),
            Returned::Null => "null".into(),
            Returned::Undefined => "undefined".into(),
        }
    }
}

/// The LMS reported an error for a read: `LMSGetLastError` gave this code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LmsError(pub String);

/// The value of a read, given what `LMSGetValue` returned and what `LMSGetLastError` gave
/// after it (`None` when the LMS has no such function or it failed). Only an error code
/// other than `0` (or empty) is a failure; the code is read like any value, as LMSs return
/// it as a string or a number.
pub fn read(returned: &Returned, last_error: Option<&Returned>) -> Result<String, LmsError> {
    let code = last_error.map(Returned::to_text).unwrap_or_default();
    match code.trim() {
        "" | "0" => Ok(returned.to_text()),
        code => Err(LmsError(code.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_as_string_would_read_it() {
        for (returned, text) in [
            (Returned::Text("incomplete".into()), "incomplete"),
            (Returned::Text(String::new()), ""),
            (Returned::Printed("22".into()), "22"),
            (Returned::Printed("87.5".into()), "87.5"),
            (Returned::Bool(true), "true"),
            (Returned::Bool(false), "false"),
            (Returned::Null, "null"),
            (Returned::Undefined, "undefined"),
            (
                Returned::Printed("[object Object]".into()),
                "[object Object]",
            ),
        ] {
            assert_eq!(read(&returned, None), Ok(text.to_string()));
            assert_eq!(
                read(&returned, Some(&Returned::Text("0".into()))),
                Ok(text.to_string())
            );
        }
    }

    #[test]
    fn only_an_error_code_is_a_failure() {
        let count = Returned::Printed("22".into());
        // Moodle answers "0" as a string; other LMSs answer the number 0, or nothing.
        for no_error in [
            Returned::Text("0".into()),
            Returned::Printed("0".into()),
            Returned::Text(String::new()),
            Returned::Text(" 0 ".into()),
        ] {
            assert_eq!(read(&count, Some(&no_error)), Ok("22".into()));
        }
        assert_eq!(
            read(
                &Returned::Text(String::new()),
                Some(&Returned::Text("404".into()))
            ),
            Err(LmsError("404".into()))
        );
        assert_eq!(
            read(&count, Some(&Returned::Printed("301".into()))),
            Err(LmsError("301".into()))
        );
    }
}
