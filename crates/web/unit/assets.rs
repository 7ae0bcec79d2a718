//! Unit tests of `assets.rs`, kept apart from the code that serves requests.
use super::*;

#[test]
fn every_asset_has_a_hashed_name_that_leads_back_to_it() {
    let url = url("css/app.css");
    assert!(url.starts_with("/assets/css/app."), "{url}");
    assert!(url.ends_with(".css"));
    let hashed = url.trim_start_matches("/assets/");
    assert_eq!(
        index().plain.get(hashed).map(String::as_str),
        Some("css/app.css")
    );
}

#[test]
fn the_stylesheets_load_nothing_from_another_host() {
    for name in Assets::iter().filter(|n| n.ends_with(".css")) {
        let css = String::from_utf8_lossy(&Assets::get(&name).unwrap().data).into_owned();
        assert!(!css.contains("@import"), "{name} imports");
        for reference in css.split("url(").skip(1) {
            let target = reference.trim_start_matches(['"', '\'', ' ']);
            let external = target.starts_with("http") || target.starts_with("//");
            assert!(
                !external,
                "{name} loads {}",
                &target[..target.len().min(60)]
            );
        }
    }
}
