//! SCORM 1.2 data-model value formats (run-time environment, appendix A): time spans, clock
//! times, identifiers and the length limits an LMS may enforce.

/// `cmi.suspend_data` is a CMIString4096.
pub const MAX_SUSPEND_DATA: usize = 4096;
/// A CMIIdentifier holds at most 255 characters.
pub const MAX_IDENTIFIER: usize = 255;
/// `cmi.interactions.n.student_response` is a CMIFeedback, at most 255 characters.
pub const MAX_FEEDBACK: usize = 255;

/// The longest time span `HHHH:MM:SS.SS` can hold, in hundredths of a second.
const MAX_CENTISECONDS: u64 = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/// A CMITimespan (`cmi.core.session_time`): `HHHH:MM:SS.SS` from milliseconds, truncated to
/// hundredths and capped at `9999:59:59.99`, the largest value the format has.
pub fn timespan(millis: u64) -> String {
    // The cap fits in a u32, whose formatting the app already carries.
    let centis = (millis / 10).min(MAX_CENTISECONDS) as u32;
    let seconds = centis / 100;
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60,
        centis % 100
    )
}

/// A time of day, for `cmi.interactions.n.time`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClockTime {
    hours: u8,
    minutes: u8,
    seconds: u8,
}

impl ClockTime {
    /// 00:00:00, for a clock that cannot be read.
    pub const MIDNIGHT: ClockTime = ClockTime {
        hours: 0,
        minutes: 0,
        seconds: 0,
    };

    /// A valid time of day; `None` outside 00:00:00–23:59:59 (a leap second counts as :59).
    pub fn new(hours: u32, minutes: u32, seconds: u32) -> Option<ClockTime> {
        (hours < 24 && minutes < 60 && seconds <= 60).then(|| ClockTime {
            hours: hours as u8,
            minutes: minutes as u8,
            seconds: seconds.min(59) as u8,
        })
    }

    /// The CMITime form `HH:MM:SS`.
    pub fn to_cmi(self) -> String {
        format!("{:02}:{:02}:{:02}", self.hours, self.minutes, self.seconds)
    }
}

/// A CMIIdentifier made from `raw`: letters, digits, `-`, `_` and `.` kept, anything else
/// (spaces, punctuation, non-ASCII) replaced by `_`, cut to 255 characters. `None` when
/// nothing is left, because an empty identifier is not one.
pub fn identifier(raw: &str) -> Option<String> {
    let id: String = raw
        .trim()
        .chars()
        .take(MAX_IDENTIFIER)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    (!id.is_empty()).then_some(id)
}

/// Whether `value` fits a CMIFeedback: at most 255 bytes (so at most 255 characters in any
/// LMS's count), one line.
pub fn is_feedback(value: &str) -> bool {
    value.len() <= MAX_FEEDBACK && !value.contains(['\n', '\r'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timespans_have_four_hour_digits_and_hundredths() {
        assert_eq!(timespan(0), "0000:00:00.00");
        assert_eq!(timespan(62_509), "0000:01:02.50");
        assert_eq!(timespan(3_600_000 * 27 + 61_010), "0027:01:01.01");
    }

    #[test]
    fn clock_times_are_checked() {
        assert_eq!(
            ClockTime::new(9, 5, 7).map(ClockTime::to_cmi),
            Some("09:05:07".into())
        );
        assert_eq!(ClockTime::new(24, 0, 0), None);
        assert_eq!(
            ClockTime::new(23, 59, 60).map(ClockTime::to_cmi),
            Some("23:59:59".into())
        );
    }

    #[test]
    fn identifiers_lose_spaces_and_never_exceed_255() {
        assert_eq!(
            identifier("emotional-arousal-1").as_deref(),
            Some("emotional-arousal-1")
        );
        assert_eq!(identifier("a b/ç").as_deref(), Some("a_b__"));
        assert_eq!(identifier("   "), None);
        assert_eq!(identifier(&"x".repeat(300)).map(|s| s.len()), Some(255));
    }
}
