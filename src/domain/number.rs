//! Decimal numbers formatted with integer arithmetic: Rust's float formatting would add
//! several kilobytes to the WebAssembly bundle, and we only ever need a few fixed places.

/// `value` rounded to `places` decimals (half away from zero). With `trim`, trailing zeros
/// and a bare decimal point are dropped (`12.50` → `12.5`, `12.00` → `12`); without, every
/// place is shown (`50.0`). Negative zero prints as zero.
pub fn decimal(value: f64, places: u32, trim: bool) -> String {
    let scale = 10i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, mut frac) = (scaled.abs() / scale, scaled.abs() % scale);
    let mut digits = places as usize;
    if trim {
        if frac == 0 {
            return format!("{sign}{whole}");
        }
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
    }
    if digits == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0digits$}")
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn trimmed_and_fixed_forms() {
        assert_eq!(decimal(12.5, 3, true), "12.5");
        assert_eq!(decimal(12.0, 3, true), "12");
        assert_eq!(decimal(50.0, 1, false), "50.0");
        assert_eq!(decimal(46.43, 1, false), "46.4");
        assert_eq!(decimal(0.05, 2, false), "0.05");
        assert_eq!(decimal(-0.04, 1, false), "0.0");
        assert_eq!(decimal(-2.25, 1, false), "-2.3");
    }
}
