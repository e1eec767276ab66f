//! QR codes of shareable links scan back to exactly the same link.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::route::{Family, Route};
use explainer::domain::address::{Embed, PageAddress};
use explainer::domain::content::quiz;
use explainer::domain::lang::Lang;
use explainer::domain::qr::{qr_modules, qr_svg};
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::code::encode;

/// Pixels per module in the rendered test image.
const SCALE: usize = 4;
/// White border around the code, in modules.
const QUIET: usize = 4;

/// Renders the modules as a greyscale image and returns what a scanner reads from it.
fn scan(modules: &[Vec<bool>]) -> Vec<String> {
    let n = modules.len();
    let side = (n + 2 * QUIET) * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let dark = (QUIET..QUIET + n).contains(&mx)
            && (QUIET..QUIET + n).contains(&my)
            && modules[my - QUIET][mx - QUIET];
        if dark {
            0
        } else {
            255
        }
    });
    image
        .detect_grids()
        .into_iter()
        .map(|grid| grid.decode().expect("the code decodes").1)
        .collect()
}

fn links() -> Vec<String> {
    let base = "https://example.org/explainer/";
    let code = encode(
        quiz().version,
        &vec![Answer::Value(Point::Four); quiz().item_count()],
    );
    vec![
        "https://example.org/explainer/?lang=id#/motivations/bandwagon".to_string(),
        PageAddress::new(
            Lang::En,
            Route::Family {
                family: Family::Benefits,
                node: Some("entertainment"),
            },
        )
        .absolute(base, Some(Embed::Section)),
        PageAddress::new(Lang::Id, Route::Results(code)).absolute(base, None),
        PageAddress::new(Lang::Id, Route::Overview).absolute(base, None),
        PageAddress::new(
            Lang::En,
            Route::Glossary(Some("parasocial-relationship".into())),
        )
        .absolute(base, None),
    ]
}

#[test]
fn qr_codes_of_real_links_scan_back_to_the_same_link() {
    for link in links() {
        let modules = qr_modules(&link).unwrap_or_else(|| panic!("no QR code for {link}"));
        assert!(
            modules.iter().all(|row| row.len() == modules.len()),
            "square"
        );
        assert_eq!(scan(&modules), vec![link.clone()], "{link}");
    }
}

#[test]
fn svg_has_a_four_module_quiet_zone_and_one_square_per_dark_module() {
    for link in links() {
        let modules = qr_modules(&link).unwrap();
        let svg = qr_svg(&link).unwrap();
        let n = modules.len() as i32;
        assert_eq!(svg.size, n + 8, "{link}");
        assert!(!svg.path.is_empty());
        let dark = modules.iter().flatten().filter(|d| **d).count();
        let squares: Vec<&str> = svg.path.split('M').filter(|s| !s.is_empty()).collect();
        assert_eq!(squares.len(), dark, "{link}");
        for square in squares {
            let (xy, rest) = square.split_at(square.find('h').expect("a square"));
            assert_eq!(rest, "h1v1h-1z");
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(
                (4..n + 4).contains(&x) && (4..n + 4).contains(&y),
                "{square}"
            );
            let (mx, my) = ((x - 4) as usize, (y - 4) as usize);
            assert!(modules[my][mx], "({mx}, {my}) is drawn but light");
        }
    }
}

#[test]
fn text_too_long_for_any_qr_code_gets_none() {
    let long = "a".repeat(5000);
    assert_eq!(qr_svg(&long), None);
    assert_eq!(qr_modules(&long), None);
}
