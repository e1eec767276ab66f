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
    /// A number (JavaScript has one number type, a double).
    Number(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// `undefined`, or nothing at all.
    Undefined,
    /// Anything else (an object, a big integer), already printed by JavaScript's own
    /// `String()`, which only the browser can run.
    Printed(String),
}

impl Returned {
    /// The text `String(value)` gives in JavaScript.
    pub fn to_text(&self) -> String {
        match self {
            Returned::Text(text) | Returned::Printed(text) => text.clone(),
            Returned::Number(n) => js_number(*n),
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

/// A number as JavaScript's `Number.prototype.toString()` prints it (ECMA-262,
/// Number::toString): the shortest digits that read back as the same number, written out in
/// full between 1e-7 and 1e21, and in exponent form (`1e+21`, `1.5e-7`) outside.
pub fn js_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n == 0.0 {
        // Both +0 and -0.
        return "0".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if n < 0.0 {
        return format!("-{}", js_number(-n));
    }
    // Rust's `{:e}` gives the shortest round-trip digits: `2.2e1`, `1e21`, `1.5e-7`.
    let scientific = format!("{n:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    // ECMA-262's n: the position of the decimal point after the first digit's place.
    let point = exponent.parse::<i32>().unwrap_or(0) + 1;
    if k <= point && point <= 21 {
        format!("{digits}{}", "0".repeat((point - k) as usize))
    } else if 0 < point && point <= 21 {
        let (whole, fraction) = digits.split_at(point as usize);
        format!("{whole}.{fraction}")
    } else if -6 < point && point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else {
        let e = point - 1;
        let sign = if e < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        format!("{first}{rest}e{sign}{}", e.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each pair was printed by Node.js 20 with `String(n)`.
    #[test]
    fn numbers_print_as_javascript_prints_them() {
        for (n, js) in [
            (22.0, "22"),
            (0.0, "0"),
            (-0.0, "0"),
            (100.0, "100"),
            (4.35, "4.35"),
            (0.5, "0.5"),
            (-7.25, "-7.25"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (123456789012345680000.0, "123456789012345680000"),
            (1.5e300, "1.5e+300"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (1.25e-7, "1.25e-7"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(js_number(n), js, "{n:e}");
        }
    }

    #[test]
    fn every_kind_reads_as_string_would_read_it() {
        for (returned, text) in [
            (Returned::Text("incomplete".into()), "incomplete"),
            (Returned::Text(String::new()), ""),
            (Returned::Number(22.0), "22"),
            (Returned::Number(87.5), "87.5"),
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
        let count = Returned::Number(22.0);
        // Moodle answers "0" as a string; other LMSs answer the number 0, or nothing.
        for no_error in [
            Returned::Text("0".into()),
            Returned::Number(0.0),
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
            read(&count, Some(&Returned::Number(301.0))),
            Err(LmsError("301".into()))
        );
    }
}
