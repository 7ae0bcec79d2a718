//! Position papers: organisations upload a PDF with a title and a short summary; anyone may
//! download it. The file is kept in the row with its SHA-256.
//!
//! Only PDF files are taken, and only passive ones: see `mitwirken_domain::pdf_check`.

use crate::entity::{field_of_action, position_paper};
use crate::proposals::Visibility;
use crate::{Result, Store, StoreError};
use jiff::Timestamp;
use mitwirken_domain::ProcessId;
use mitwirken_domain::cocreation::{
    MAX_TITLE, RATE_LIMIT, RATE_WINDOW, TextError, contribution_text,
};
use mitwirken_domain::pdf_check::{PdfProblem, check_pdf};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use sha2::{Digest, Sha256};

/// The longest summary, in characters.
pub const MAX_SUMMARY: usize = 1_000;
/// The longest file name kept, in characters.
const MAX_FILENAME: usize = 100;

/// What is wrong with a paper; the form shows each at its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperProblem {
    Organisation(TextError),
    Title(TextError),
    SummaryTooLong,
    UnknownField,
    File(PdfProblem),
}

#[derive(Debug, thiserror::Error)]
pub enum PaperError {
    #[error("the paper is incomplete or its file is refused: {0:?}")]
    Invalid(Vec<PaperProblem>),
    #[error("too many posts within a short time")]
    TooManyPosts,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<DbErr> for PaperError {
    fn from(e: DbErr) -> Self {
        PaperError::Store(StoreError::Db(e))
    }
}

/// A paper as its author submits it.
#[derive(Debug, Clone, Copy)]
pub struct NewPaper<'a> {
    pub process_id: ProcessId,
    pub field_id: Option<i64>,
    pub organisation: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub filename: &'a str,
    pub content: &'a [u8],
}

/// A paper as the list shows it, without its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperSummary {
    pub id: i64,
    pub field_id: Option<i64>,
    pub organisation: String,
    pub title: String,
    pub summary: String,
    pub filename: String,
    pub size: i64,
    pub author: Option<String>,
    pub created_at: Timestamp,
    pub visibility: Visibility,
}

/// A paper's file, for download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperFile {
    pub process_id: ProcessId,
    pub filename: String,
    pub content: Vec<u8>,
}

#[derive(Debug, FromQueryResult)]
struct PaperRow {
    id: i64,
    field_id: Option<i64>,
    organisation: String,
    title: String,
    summary: String,
    filename: String,
    size: i64,
    author_id: Option<i64>,
    created_at: i64,
    deleted_at: Option<i64>,
    hidden_at: Option<i64>,
    hidden_reason: Option<String>,
}

/// The file's own name without any folder, control characters or quotes, ending in `.pdf`.
pub fn clean_filename(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut name: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | ';'))
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_owned();
    if !name.to_lowercase().ends_with(".pdf") {
        name.push_str(".pdf");
    }
    if name.chars().count() > MAX_FILENAME {
        let stem: String = name.chars().take(MAX_FILENAME - 4).collect();
        name = format!("{stem}.pdf");
    }
    if name == ".pdf" {
        name = "paper.pdf".to_owned();
    }
    name
}

fn one_line(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Store {
    /// Stores a position paper after checking its texts and its file; returns its id.
    pub async fn submit_paper(
        &self,
        author: i64,
        paper: &NewPaper<'_>,
        now: Timestamp,
    ) -> Result<i64, PaperError> {
        let mut problems = Vec::new();
        let organisation = contribution_text(&one_line(paper.organisation), MAX_TITLE)
            .map_err(|e| problems.push(PaperProblem::Organisation(e)))
            .unwrap_or_default();
        let title = contribution_text(&one_line(paper.title), MAX_TITLE)
            .map_err(|e| problems.push(PaperProblem::Title(e)))
            .unwrap_or_default();
        let summary = paper.summary.trim().replace("\r\n", "\n");
        if summary.chars().count() > MAX_SUMMARY {
            problems.push(PaperProblem::SummaryTooLong);
        }
        if let Some(field) = paper.field_id {
            let found = field_of_action::Entity::find_by_id(field)
                .filter(field_of_action::Column::ProcessId.eq(paper.process_id.0))
                .count(&self.db)
                .await?;
            if found == 0 {
                problems.push(PaperProblem::UnknownField);
            }
        }
        if let Err(problem) = check_pdf(paper.content) {
            problems.push(PaperProblem::File(problem));
        }
        if !problems.is_empty() {
            return Err(PaperError::Invalid(problems));
        }
        if self.posts_since(author, now - RATE_WINDOW).await? >= RATE_LIMIT {
            return Err(PaperError::TooManyPosts);
        }
        let sha256 = Sha256::digest(paper.content)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>();
        let row = position_paper::ActiveModel {
            process_id: Set(paper.process_id.0),
            field_id: Set(paper.field_id),
            organisation: Set(organisation),
            title: Set(title),
            summary: Set(summary),
            filename: Set(clean_filename(paper.filename)),
            size: Set(i64::try_from(paper.content.len()).unwrap_or(i64::MAX)),
            sha256: Set(sha256),
            content: Set(paper.content.to_vec()),
            author_id: Set(Some(author)),
            created_at: Set(now.as_second()),
            edited_at: Set(None),
            deleted_at: Set(None),
            hidden_at: Set(None),
            hidden_reason: Set(None),
            hidden_by: Set(None),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// The papers of a process, newest first, without their files.
    pub async fn papers_of(&self, process: ProcessId) -> Result<Vec<PaperSummary>> {
        use position_paper::Column as C;
        let rows = position_paper::Entity::find()
            .select_only()
            .columns([
                C::Id,
                C::FieldId,
                C::Organisation,
                C::Title,
                C::Summary,
                C::Filename,
                C::Size,
                C::AuthorId,
                C::CreatedAt,
                C::DeletedAt,
                C::HiddenAt,
                C::HiddenReason,
            ])
            .filter(C::ProcessId.eq(process.0))
            .order_by_desc(C::CreatedAt)
            .order_by_desc(C::Id)
            .into_model::<PaperRow>()
            .all(&self.db)
            .await?;
        let names = self
            .display_names(rows.iter().filter_map(|r| r.author_id).collect())
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(PaperSummary {
                    id: r.id,
                    field_id: r.field_id,
                    author: r.author_id.and_then(|a| names.get(&a).cloned()),
                    created_at: crate::convert::instant(r.created_at)?,
                    visibility: Visibility::of(
                        r.deleted_at,
                        r.hidden_at,
                        r.hidden_reason.as_deref(),
                    ),
                    organisation: r.organisation,
                    title: r.title,
                    summary: r.summary,
                    filename: r.filename,
                    size: r.size,
                })
            })
            .collect()
    }

    /// A paper's file, unless the paper was deleted or hidden.
    pub async fn paper_file(&self, id: i64) -> Result<Option<PaperFile>> {
        Ok(position_paper::Entity::find_by_id(id)
            .filter(position_paper::Column::DeletedAt.is_null())
            .filter(position_paper::Column::HiddenAt.is_null())
            .one(&self.db)
            .await?
            .map(|p| PaperFile {
                process_id: ProcessId(p.process_id),
                filename: p.filename,
                content: p.content,
            }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_folders_and_quotes() {
        assert_eq!(
            clean_filename("C:\\Users\\a\\Stellungnahme.pdf"),
            "Stellungnahme.pdf"
        );
        assert_eq!(clean_filename("../../etc/passwd"), "passwd.pdf");
        assert_eq!(clean_filename("a\"b;c\r\n.PDF"), "abc.PDF");
        assert_eq!(clean_filename(""), "paper.pdf");
        assert_eq!(
            clean_filename("Überblick Verbände.pdf"),
            "Überblick Verbände.pdf"
        );
    }
}
