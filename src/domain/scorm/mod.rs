//! SCORM 1.2, the route into a course's gradebook: value formats, how values the LMS returns
//! are read, the package's names, what to record for each quiz event and at which
//! interaction index, the score, and when a commit is due. Pure: `platform::scorm` finds the
//! LMS's `API` object and makes the calls.

pub mod commit;
pub mod format;
pub mod recorder;
pub mod score;
pub mod slots;
pub mod suspend;
pub mod value;

use crate::domain::lang::Lang;

/// The file name of the package for `lang`, served from `lms/` next to the app.
pub fn package_file(lang: Lang) -> String {
    format!("explainer-scorm12-{}.zip", lang.code())
}

/// Whether the explainer is recording to a course, as the reader is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LmsStatus {
    /// Not a course package (the public site): nothing is searched for or said.
    #[default]
    Off,
    /// The course's LMS accepts what the quiz records.
    Recording,
    /// A course package whose LMS is missing or refused a call: nothing is recorded any more.
    NotRecording,
}

/// What the reader is told about the course connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LmsReport {
    /// Recording or not.
    pub status: LmsStatus,
    /// The course held saved progress that failed its checksum and was ignored.
    pub unreadable_progress: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_package_name_per_language() {
        assert_eq!(package_file(Lang::Id), "explainer-scorm12-id.zip");
        assert_eq!(package_file(Lang::En), "explainer-scorm12-en.zip");
    }
}
