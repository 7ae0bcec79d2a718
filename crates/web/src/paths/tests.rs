use super::*;

#[test]
fn a_path_in_a_query_value_keeps_its_slashes_and_escapes_the_rest() {
    assert_eq!(
        encode("/admin/events/2?q=a b"),
        "/admin/events/2%3Fq%3Da%20b"
    );
    assert_eq!(encode("/processes/straße"), "/processes/stra%C3%9Fe");
}

#[test]
fn sign_in_and_name_choice_come_back_to_the_page() {
    assert_eq!(signin_next("/proposals/4"), "/signin?next=/proposals/4");
    assert_eq!(me_next("/a?b=c"), "/me?next=/a%3Fb%3Dc");
    assert_eq!(
        admin_login_next("/admin/events/2?q=x"),
        "/admin/login?next=/admin/events/2%3Fq%3Dx"
    );
}

#[test]
fn public_pages() {
    assert_eq!(proposal(7), "/proposals/7");
    assert_eq!(manage("abc"), "/manage/abc");
    assert_eq!(process("dresden"), "/processes/dresden");
    assert_eq!(field_of_action("p", "f"), "/processes/p/fields/f");
    assert_eq!(plan_measure("p", 3), "/processes/p/plan#m-3");
    assert_eq!(
        paper_submitted("p", 9),
        "/processes/p/papers?submitted=1#paper-9"
    );
    assert_eq!(paper_pdf(9), "/papers/9.pdf");
    assert_eq!(report("comment", 5), "/report/comment/5");
    assert_eq!(event_calendar(2), "/events/2/calendar.ics");
    assert_eq!(registration_sent(2), "/events/2/register/sent");
    assert_eq!(me_saved("ar"), "/me?saved=1&lang=ar");
    assert_eq!(asset("app.css"), "/assets/app.css");
}

#[test]
fn the_feedback_form_keeps_its_query_or_names_the_page() {
    assert_eq!(accessibility_feedback(None), "/accessibility#feedback");
    assert_eq!(
        accessibility_feedback(Some("lang=en")),
        "/accessibility?lang=en#feedback"
    );
    assert_eq!(
        accessibility_feedback_on("/processes/x y"),
        "/accessibility?page=/processes/x%20y#feedback"
    );
}

#[test]
fn back_office_pages_with_their_notices_and_sections() {
    assert_eq!(admin_event(4), "/admin/events/4");
    assert_eq!(
        admin_event_done(4, "confirmed"),
        "/admin/events/4?done=confirmed"
    );
    assert_eq!(admin_checkin(4), "/admin/events/4/checkin");
    assert_eq!(admin_event_edit(4), "/admin/events/4/edit");
    assert_eq!(
        admin_event_edit_at(4, "codes"),
        "/admin/events/4/edit#codes"
    );
    assert_eq!(
        admin_event_code_invalid(4),
        "/admin/events/4/edit?code=invalid"
    );
    assert_eq!(
        admin_event_groups(4, "saved"),
        "/admin/events/4/edit?groups=saved#groups"
    );
    assert_eq!(
        admin_event_results_done(4, "result-added"),
        "/admin/events/4/results?done=result-added"
    );
    assert_eq!(admin_result(8), "/admin/results/8");
    assert_eq!(admin_process_edit("p"), "/admin/processes/p/edit");
    assert_eq!(
        admin_process_new_event("p"),
        "/admin/processes/p/events/new"
    );
    assert_eq!(
        admin_moderation_done("p", "hidden"),
        "/admin/processes/p/moderation?done=hidden"
    );
    assert_eq!(
        admin_field_analysis("p", "f"),
        "/admin/processes/p/fields/f/analysis"
    );
    assert_eq!(
        admin_plan_done("p", "goal-added", Some("goal-3")),
        "/admin/processes/p/plan?done=goal-added#goal-3"
    );
    assert_eq!(
        admin_goal_done(3, "goal-saved"),
        "/admin/goals/3?done=goal-saved"
    );
    assert_eq!(
        admin_measure_done(5, "update-added", Some("progress")),
        "/admin/measures/5?done=update-added#progress"
    );
    assert_eq!(admin_proposal_saved(6), "/admin/proposals/6?saved=1");
}

fn slug() -> String {
    "integrationskonzept-dresden".to_owned()
}

#[test]
fn a_proposal_and_a_comment_on_it() {
    assert_eq!(
        link(&Link::Proposal {
            id: 7,
            comment: None
        }),
        "/proposals/7"
    );
    assert_eq!(
        link(&Link::Proposal {
            id: 7,
            comment: Some(3)
        }),
        "/proposals/7#c-3"
    );
}

#[test]
fn a_field_and_a_comment_on_its_paragraphs() {
    let field = Link::Field {
        process_slug: slug(),
        field_slug: "wohnen".to_owned(),
        comment: None,
    };
    assert_eq!(
        link(&field),
        "/processes/integrationskonzept-dresden/fields/wohnen"
    );
    assert_eq!(
        link(&field.at_comment(12)),
        "/processes/integrationskonzept-dresden/fields/wohnen#c-12"
    );
}

#[test]
fn a_paragraph() {
    let paragraph = Link::Paragraph {
        process_slug: slug(),
        field_slug: "wohnen".to_owned(),
        paragraph: 4,
    };
    assert_eq!(
        link(&paragraph),
        "/processes/integrationskonzept-dresden/fields/wohnen#p-4"
    );
}

#[test]
fn a_measure() {
    let measure = Link::Measure {
        process_slug: slug(),
        measure: 9,
    };
    assert_eq!(
        link(&measure),
        "/processes/integrationskonzept-dresden/plan#m-9"
    );
}

#[test]
fn a_paper_and_its_file() {
    let paper = Link::Paper {
        process_slug: slug(),
        paper: 2,
    };
    assert_eq!(
        link(&paper),
        "/processes/integrationskonzept-dresden/papers#paper-2"
    );
    assert_eq!(link(&Link::PaperFile { paper: 2 }), "/papers/2.pdf");
}

#[test]
fn a_workshop_result() {
    let result = Link::Result {
        process_slug: slug(),
        result: 5,
    };
    assert_eq!(
        link(&result),
        "/processes/integrationskonzept-dresden/results#r-5"
    );
}

#[test]
fn an_unknown_target_is_no_link() {
    assert_eq!(link_or_none(None), "");
}
