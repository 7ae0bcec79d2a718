//! Where a thing is shown, as a typed target: store names it, and only web turns it into a path.

/// A page, or a place on a page, that shows one thing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Link {
    /// A proposal's page, or one of the comments on it.
    Proposal { id: i64, comment: Option<i64> },
    /// A field of action's page, or one of the comments on its paragraphs.
    Field {
        process_slug: String,
        field_slug: String,
        comment: Option<i64>,
    },
    /// A paragraph of the analysis, on its field of action's page.
    Paragraph {
        process_slug: String,
        field_slug: String,
        paragraph: i64,
    },
    /// A measure in a process's action plan.
    Measure { process_slug: String, measure: i64 },
    /// A position paper in its process's list of papers.
    Paper { process_slug: String, paper: i64 },
    /// A position paper's PDF file.
    PaperFile { paper: i64 },
    /// A workshop result on its process's page of results.
    Result { process_slug: String, result: i64 },
}

impl Link {
    /// The same page, at one comment; a target that shows no comments stays as it is.
    pub fn at_comment(self, id: i64) -> Link {
        match self {
            Link::Proposal { id: proposal, .. } => Link::Proposal {
                id: proposal,
                comment: Some(id),
            },
            Link::Field {
                process_slug,
                field_slug,
                ..
            } => Link::Field {
                process_slug,
                field_slug,
                comment: Some(id),
            },
            other => other,
        }
    }
}
