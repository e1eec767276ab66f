//! The shared table of arrivals (`tests/fixtures/addresses.json`) against
//! `domain::address::legacy::canonical`, the Rust twin of the boot script; the same table
//! runs `assets/boot.js` under node (`tests/boot.test.mjs`) and in Chromium (e2e). Also the
//! `<html>` contract the table hands to the boot script's tests, and the table of when a page
//! registers the service worker (`tests/fixtures/offline.json`) against
//! `domain::offline::registers`, which the boot script applies too (`tests/boot.test.mjs`).
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::html::{self, Boot};
use explainer::domain::address::legacy::{canonical, Arrival, Plan};
use explainer::domain::address::{Embed, LinkStyle, PageAddress};
use explainer::domain::lang::Lang;
use serde_json::Value;

fn table() -> Value {
    let text = include_str!("fixtures/addresses.json");
    serde_json::from_str(text).expect("addresses.json is JSON")
}

fn offline_table() -> Value {
    let text = include_str!("fixtures/offline.json");
    serde_json::from_str(text).expect("offline.json is JSON")
}

fn field<'a>(case: &'a Value, name: &str) -> Option<&'a str> {
    case.get(name).and_then(Value::as_str)
}

/// The arrival a case describes, with the table's defaults.
fn arrival(case: &Value) -> Arrival<'_> {
    let boot = Boot::parse(field(case, "boot").expect("boot")).expect("a known boot kind");
    let page = field(case, "page").unwrap_or("");
    let lang = match (field(case, "lang"), boot) {
        (Some(lang), _) => Lang::parse(lang),
        (None, Boot::Page) => Lang::parse(&page[..2]),
        (None, _) => Some(Lang::Id),
    };
    Arrival {
        pathname: field(case, "pathname").expect("pathname"),
        search: field(case, "search").unwrap_or(""),
        hash: field(case, "hash").unwrap_or(""),
        boot,
        lang,
        page,
        style: LinkStyle::parse(field(case, "links").unwrap_or("folders")),
        stored: field(case, "stored"),
    }
}

#[test]
fn every_arrival_in_the_table_goes_where_it_says() {
    let table = table();
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 50, "{} cases", cases.len());
    for case in cases {
        let name = field(case, "name").expect("name");
        let expected = Plan {
            embed: match (
                case["embed"].as_bool().expect("embed"),
                case["widget"].as_bool(),
            ) {
                (false, _) => None,
                (true, Some(true)) => Some(Embed::Widget),
                (true, _) => Some(Embed::Section),
            },
            base: field(case, "base").expect("base").to_string(),
            go: field(case, "go").map(String::from),
        };
        assert_eq!(canonical(&arrival(case)), expected, "{name}");
    }
}

#[test]
fn every_move_stays_on_the_origin_and_lands_on_a_page() {
    for case in table()["cases"].as_array().unwrap() {
        let name = field(case, "name").unwrap();
        let plan = canonical(&arrival(case));
        assert!(
            plan.base.starts_with('/') && !plan.base.starts_with("//"),
            "{name}"
        );
        let Some(go) = plan.go else { continue };
        assert!(go.starts_with('/') && !go.starts_with("//"), "{name}: {go}");
        assert!(!go.contains('\\') && !go.contains(".."), "{name}: {go}");
        let (path, fragment) = go.split_once('#').unwrap_or((&go, ""));
        let path = path.split('?').next().unwrap();
        let located = PageAddress::locate(path, fragment);
        assert!(located.is_some(), "{name}: {go} is not a page");
    }
}

#[test]
fn the_table_hands_the_boot_script_the_real_html_contract() {
    let contract = &table()["html"];
    let expected = [
        ("boot", html::BOOT),
        ("page", html::PAGE),
        ("links", html::LINKS),
        ("css", html::CSS),
        ("rel", html::REL),
        ("embedClass", html::EMBED_CLASS),
        ("widgetClass", html::WIDGET_CLASS),
        ("movingClass", html::MOVING_CLASS),
        ("langKey", html::LANG_KEY),
    ];
    for (key, value) in expected {
        assert_eq!(contract[key].as_str(), Some(value), "{key}");
    }
    assert_eq!(contract.as_object().unwrap().len(), expected.len());
}

#[test]
fn the_table_covers_every_boot_kind_and_the_hostile_forms() {
    let table = table();
    let cases = table["cases"].as_array().unwrap();
    for boot in Boot::ALL {
        assert!(
            cases.iter().any(|c| field(c, "boot") == Some(boot.code())),
            "{boot:?}"
        );
    }
    for hostile in ["//", "\\", "%2F", "%5C", "..", "%2e%2E", "javascript:"] {
        assert!(
            cases.iter().any(|c| {
                [field(c, "pathname"), field(c, "hash"), field(c, "search")]
                    .into_iter()
                    .flatten()
                    .any(|v| v.contains(hostile))
            }),
            "{hostile}"
        );
    }
}

#[test]
fn the_table_hands_the_boot_script_the_routes_the_prerenderer_gives_it() {
    let table = table();
    let routes: Vec<&str> = table["routes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(routes, explainer::domain::address::legacy::route_paths());
    let inlined = explainer::prerender::boot_js();
    let quoted: Vec<String> = routes.iter().map(|r| format!("'{r}'")).collect();
    // The script is minified (assets/boot.min.js): the list stands where `ROUTES` was.
    assert!(inlined.contains(&format!("=[{}],", quoted.join(","))));
    assert!(!inlined.contains(explainer::prerender::BOOT_ROUTES));
}

#[test]
fn a_page_registers_the_service_worker_only_where_the_offline_table_says() {
    use explainer::domain::offline::{registers, Where};
    let table = offline_table();
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.iter().any(|c| c["registers"] == true));
    for case in cases {
        let name = field(case, "name").expect("name");
        let arrival = arrival(case);
        let plan = canonical(&arrival);
        let flag = |key: &str| {
            case[key]
                .as_bool()
                .unwrap_or_else(|| panic!("{name}: {key}"))
        };
        let here = Where {
            page: arrival.boot == Boot::Page && plan.go.is_none(),
            embed: plan.embed.is_some(),
            lms: arrival.style == LinkStyle::Files,
            framed: flag("framed"),
            supported: flag("supported"),
        };
        assert_eq!(registers(here), flag("registers"), "{name}");
    }
}
