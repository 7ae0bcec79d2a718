//! The one place that turns a typed link target into the path of the page that shows it.

use mitwirken_domain::Link;

/// The path, with its anchor, of the page that shows `target`.
pub fn link(target: &Link) -> String {
    match target {
        Link::Proposal { id, comment: None } => format!("/proposals/{id}"),
        Link::Proposal {
            id,
            comment: Some(comment),
        } => format!("/proposals/{id}#c-{comment}"),
        Link::Field {
            process_slug,
            field_slug,
            comment,
        } => {
            let page = format!("/processes/{process_slug}/fields/{field_slug}");
            match comment {
                Some(comment) => format!("{page}#c-{comment}"),
                None => page,
            }
        }
        Link::Paragraph {
            process_slug,
            field_slug,
            paragraph,
        } => format!("/processes/{process_slug}/fields/{field_slug}#p-{paragraph}"),
        Link::Measure {
            process_slug,
            measure,
        } => format!("/processes/{process_slug}/plan#m-{measure}"),
        Link::Paper {
            process_slug,
            paper,
        } => format!("/processes/{process_slug}/papers#paper-{paper}"),
        Link::PaperFile { paper } => format!("/papers/{paper}.pdf"),
        Link::Result {
            process_slug,
            result,
        } => format!("/processes/{process_slug}/results#r-{result}"),
    }
}

/// The path of a target that may be unknown; empty then, so the page shows no link.
pub fn link_or_none(target: Option<&Link>) -> String {
    target.map(link).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
