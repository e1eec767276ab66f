//! Offline reading: when a page keeps the explainer on the device (registers the service
//! worker), the files that make it up, and what the offline page lists.
//!
//! The boot script (`assets/boot.js`) applies [`registers`] before it loads the registration
//! (`src/platform/offline.js`) once the page is idle; `tests/fixtures/offline.json` holds
//! the cases both are tested against. The worker itself is `src/platform/worker.js`, into
//! which `scripts/offline.mjs` writes the build's version and file lists.

use super::address::Route;

/// What a page knows about where it runs when it decides whether to register the worker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Where {
    /// A page of the site that stays where it is: not the bare root or the not-found page,
    /// and not a page moving an old `#/…` link on.
    pub page: bool,
    /// `?embed=1` or `?embed=widget`: a course page shows it in a frame.
    pub embed: bool,
    /// The copy is inside a SCORM package (`<meta name="mie-lms">`).
    pub lms: bool,
    /// The page is in a frame of another page (a course, an LMS player).
    pub framed: bool,
    /// The browser has service workers (and the page is served over HTTPS or localhost).
    pub supported: bool,
}

/// Whether the page registers the service worker: only the public site, read on its own.
/// A course frame, an embed or an LMS package never does: the course is the place to come
/// back to there, and a worker would outlive the package in the LMS's origin.
pub fn registers(here: Where) -> bool {
    here.page && here.supported && !here.embed && !here.lms && !here.framed
}

/// The registration script, at the site root; the boot script loads it after idle.
pub const REGISTER_FILE: &str = "offline.js";

/// The service worker, at the site root (its scope is the whole site).
pub const WORKER_FILE: &str = "sw.js";

/// The page the worker answers with for a page it has not kept, at the site root.
pub const OFFLINE_PAGE: &str = "offline.html";

/// The message the page sends the waiting worker when the reader accepts the new version.
pub const SKIP_WAITING: &str = "skip";

/// The message prefix that asks the worker to keep a language (`keep:en`).
pub const KEEP_PREFIX: &str = "keep:";

/// The pages the offline page offers in each language when the worker holds them: every
/// stable link but the findings (the family pages link to them), in reading order, then the
/// quiz and the lecturer kit.
pub fn offered_routes() -> Vec<Route> {
    Route::stable_links()
        .into_iter()
        .filter(|route| !matches!(route, Route::Family { node: Some(_), .. }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_site_read_on_its_own_registers() {
        let site = Where {
            page: true,
            supported: true,
            ..Where::default()
        };
        assert!(registers(site));
        for elsewhere in [
            Where {
                embed: true,
                ..site
            },
            Where { lms: true, ..site },
            Where {
                framed: true,
                ..site
            },
            Where {
                supported: false,
                ..site
            },
            Where {
                page: false,
                ..site
            },
        ] {
            assert!(!registers(elsewhere), "{elsewhere:?}");
        }
    }

    #[test]
    fn the_offline_page_offers_every_section_once() {
        use crate::domain::address::Family;
        let routes = offered_routes();
        assert_eq!(routes.first(), Some(&Route::Overview));
        assert!(routes.contains(&Route::Quiz) && routes.contains(&Route::Parasocial));
        for family in Family::ALL {
            assert!(routes.contains(&Route::Family { family, node: None }));
        }
        let mut paths: Vec<String> = routes.iter().map(Route::path).collect();
        paths.dedup();
        assert_eq!(paths.len(), routes.len());
    }
}
