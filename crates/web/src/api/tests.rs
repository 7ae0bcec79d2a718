use super::routes;
use std::collections::BTreeSet;

/// The document as published before it was built from the routes; a route added later must
/// be added here too, on purpose.
const DOCUMENTED: [(&str, &str); 8] = [
    ("get", "/api/v1/events/{id}"),
    ("post", "/api/v1/events/{id}/registrations"),
    ("get", "/api/v1/processes"),
    ("get", "/api/v1/processes/{slug}"),
    ("get", "/api/v1/processes/{slug}/plan.csv"),
    ("get", "/api/v1/processes/{slug}/plan.json"),
    ("get", "/api/v1/processes/{slug}/statistics.csv"),
    ("get", "/api/v1/processes/{slug}/statistics.json"),
];

#[test]
fn the_document_lists_every_api_route_and_nothing_else() {
    let doc = serde_json::to_value(routes().into_openapi()).unwrap_or_default();
    let mut listed = BTreeSet::new();
    if let Some(paths) = doc["paths"].as_object() {
        for (path, operations) in paths {
            for method in operations.as_object().into_iter().flat_map(|o| o.keys()) {
                listed.insert((method.clone(), path.clone()));
            }
        }
    }
    let expected: BTreeSet<(String, String)> = DOCUMENTED
        .iter()
        .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(listed, expected);
    assert_eq!(doc["info"]["title"], "mitwirken API");
    let tags: Vec<&str> = doc["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(tags, ["public", "open data"]);
}

#[test]
fn a_request_takes_numeric_ids_and_refuses_unknown_fields() {
    use super::registrations::RegistrationRequest;
    use mitwirken_domain::RegistrationInput;
    let read = |json: serde_json::Value| {
        serde_json::from_value::<RegistrationRequest>(json).map(RegistrationInput::from)
    };
    let input = read(serde_json::json!({
        "given_name": "Kofi", "eligible_group": 7, "working_group": null, "consent": true,
        "answers": {"3": "vegan"},
    }));
    assert!(input.as_ref().is_ok_and(|i| i.eligible_group == "7"
        && i.working_group.is_empty()
        && i.consent
        && i.answers.get(&3).is_some_and(|a| a == "vegan")));
    assert!(read(serde_json::json!({"eligible_group": "7"})).is_err());
    assert!(read(serde_json::json!({"nickname": "K"})).is_err());
    assert!(read(serde_json::json!({})).is_ok_and(|i| i == RegistrationInput::default()));
}
