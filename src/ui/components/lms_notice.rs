//! The one quiet line a packaged copy shows about its course: recording, or not (and, while
//! recording, that links leaving the quiz open in a new tab).

use crate::domain::i18n::lms as l;
use crate::domain::lang::Lang;
use crate::domain::scorm::{LmsReport, LmsStatus};
use crate::platform::scorm;
use crate::ui::state::{use_ctx, AppAction};
use yew::prelude::*;

/// What the course connection reports, kept current. Starts as "not a package" and is read
/// in an effect, so the first render matches a page rendered without a browser.
#[hook]
pub fn use_lms_report() -> LmsReport {
    let report = use_state(LmsReport::default);
    {
        let report = report.clone();
        use_effect_with((), move |_| {
            report.set(scorm::report());
            let subscription = scorm::subscribe(move |r| report.set(r));
            move || drop(subscription)
        });
    }
    *report
}

/// The notice, kept current, in the context's language: shown by the quiz document, the only
/// one that connects to a course. It also tells the app whether the course records, so that
/// links leaving the document open in a new tab meanwhile.
#[function_component(LmsNotice)]
pub fn lms_notice_line() -> Html {
    let report = use_lms_report();
    let lang = use_context::<Lang>().unwrap_or_default();
    let ctx = use_ctx();
    use_effect_with(report.status == LmsStatus::Recording, move |records| {
        ctx.dispatch(AppAction::CourseRecords(*records))
    });
    lms_notice(report, lang)
}

/// The notice for `report`; nothing on the public site. A view function: [`LmsNotice`] holds
/// the report (see [`use_lms_report`]).
pub fn lms_notice(report: LmsReport, lang: Lang) -> Html {
    let text = match report.status {
        LmsStatus::Off => return html! {},
        LmsStatus::NotRecording => l::NOT_RECORDING.get(lang).to_string(),
        LmsStatus::Recording if report.unreadable_progress => format!(
            "{} {} {}",
            l::RECORDING.get(lang),
            l::LINKS_NEW_TAB.get(lang),
            l::UNREADABLE.get(lang)
        ),
        LmsStatus::Recording => {
            format!("{} {}", l::RECORDING.get(lang), l::LINKS_NEW_TAB.get(lang))
        }
    };
    let status = if report.status == LmsStatus::Recording {
        "recording"
    } else {
        "not-recording"
    };
    html! {
        <p class="note" role="status" data-testid="lms-notice" data-status={status}
           data-unreadable={report.unreadable_progress.then_some("true")}>{text}</p>
    }
}
