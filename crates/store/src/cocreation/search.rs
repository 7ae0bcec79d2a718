//! Search across a process's analysis, proposals and measures: SQLite FTS5 or PostgreSQL full
//! text (see migration m0008), accent-insensitive, with the matched words marked in snippets.

use crate::convert::text;
use crate::entity::{analysis_paragraph, goal, measure, proposal};
use crate::{Result, Store};
use mitwirken_domain::{FieldOfAction, Link, LocalizedText, Process};
use mitwirken_migration::fold;
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement};
use std::collections::HashMap;

/// At most this many hits are shown; search is for finding, not for paging through everything.
pub const MAX_HITS: usize = 50;
const MAX_TERMS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    Paragraph,
    Proposal,
    Measure,
}

impl HitKind {
    fn code(self) -> i64 {
        match self {
            HitKind::Paragraph => 1,
            HitKind::Proposal => 2,
            HitKind::Measure => 3,
        }
    }

    fn from_code(code: i64) -> Option<HitKind> {
        match code {
            1 => Some(HitKind::Paragraph),
            2 => Some(HitKind::Proposal),
            3 => Some(HitKind::Measure),
            _ => None,
        }
    }
}

/// One thing found, in the order of relevance.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: HitKind,
    pub id: i64,
    /// The field of action it belongs to.
    pub field_id: i64,
    pub title: LocalizedText,
    pub text: LocalizedText,
    pub link: Link,
}

/// The words of a query as search compares them: folded, at most eight.
pub fn terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = fold(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    out.dedup();
    out.truncate(MAX_TERMS);
    out
}

/// A piece of a snippet; `mark` pieces are the words that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub mark: bool,
}

/// Up to `radius` characters either side of the first match, with every matching word marked.
/// Matching compares folded words, so "Schuler" marks "Schüler".
pub fn snippet(text: &str, terms: &[String], radius: usize) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    // Word boundaries by character index.
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, chars.len()));
    }
    let matched: Vec<(usize, usize)> = words
        .into_iter()
        .filter(|(s, e)| {
            let word = fold(&chars[*s..*e].iter().collect::<String>());
            terms.iter().any(|t| word.starts_with(t.as_str()))
        })
        .collect();
    let first = matched.first().map_or(0, |m| m.0);
    let from = first.saturating_sub(radius);
    let to = (first + radius).min(chars.len());
    // Start and end at word boundaries where possible.
    let from = if from == 0 {
        0
    } else {
        (from..first)
            .find(|i| chars[*i].is_whitespace())
            .map_or(from, |i| i + 1)
    };
    let to = if to >= chars.len() {
        chars.len()
    } else {
        (to..chars.len())
            .find(|i| chars[*i].is_whitespace())
            .unwrap_or(chars.len())
    };
    let mut pieces = Vec::new();
    let mut push = |text: String, mark: bool| {
        if !text.is_empty() {
            pieces.push(Piece { text, mark });
        }
    };
    if from > 0 {
        push("…".to_owned(), false);
    }
    let mut at = from;
    for (s, e) in matched.into_iter().filter(|(s, e)| *s >= from && *e <= to) {
        push(chars[at..s].iter().collect(), false);
        push(chars[s..e].iter().collect(), true);
        at = e;
    }
    push(chars[at..to].iter().collect(), false);
    if to < chars.len() {
        push("…".to_owned(), false);
    }
    pieces
}

impl Store {
    /// The best matches for `query` within one process, whose fields of action are given.
    pub async fn search(
        &self,
        process: &Process,
        fields: &[FieldOfAction],
        query: &str,
    ) -> Result<Vec<Hit>> {
        let terms = terms(query);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let ranked = match self.db.get_database_backend() {
            DbBackend::Sqlite => self.rank_sqlite(&terms).await?,
            _ => self.rank_postgres(process, &terms).await?,
        };
        self.hits(process, fields, ranked).await
    }

    /// Rowids of the FTS table encode the source: `id * 4 + kind`.
    async fn rank_sqlite(&self, terms: &[String]) -> Result<Vec<(HitKind, i64)>> {
        let query = terms
            .iter()
            .map(|t| format!("\"{}\"*", t.replace('"', "")))
            .collect::<Vec<_>>()
            .join(" ");
        let rows = self
            .db
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT 500",
                [query.into()],
            ))
            .await?;
        let mut out = Vec::new();
        for row in rows {
            let rowid: i64 = row.try_get("", "rowid")?;
            if let Some(kind) = HitKind::from_code(rowid % 4) {
                out.push((kind, rowid / 4));
            }
        }
        Ok(out)
    }

    async fn rank_postgres(
        &self,
        process: &Process,
        terms: &[String],
    ) -> Result<Vec<(HitKind, i64)>> {
        // Prefix matching on every word, all words required.
        let query = terms
            .iter()
            .map(|t| {
                let clean: String = t.chars().filter(|c| c.is_alphanumeric()).collect();
                format!("{clean}:*")
            })
            .collect::<Vec<_>>()
            .join(" & ");
        let sql = "WITH q AS (SELECT to_tsquery('simple', $2) AS q) \
            SELECT 1 AS kind, p.id, ts_rank(to_tsvector('simple', mw_fold(p.body)), q.q) AS rank \
              FROM analysis_paragraphs p JOIN fields_of_action f ON f.id = p.field_id, q \
              WHERE f.process_id = $1 AND p.position IS NOT NULL \
                AND to_tsvector('simple', mw_fold(p.body)) @@ q.q \
            UNION ALL \
            SELECT 2, p.id, ts_rank(to_tsvector('simple', mw_fold(p.title || ' ' || p.body)), q.q) \
              FROM proposals p JOIN fields_of_action f ON f.id = p.field_id, q \
              WHERE f.process_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL \
                AND to_tsvector('simple', mw_fold(p.title || ' ' || p.body)) @@ q.q \
            UNION ALL \
            SELECT 3, m.id, ts_rank(to_tsvector('simple', mw_fold(m.title || ' ' || m.description || ' ' || m.indicators)), q.q) \
              FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id, q \
              WHERE f.process_id = $1 \
                AND to_tsvector('simple', mw_fold(m.title || ' ' || m.description || ' ' || m.indicators)) @@ q.q \
            ORDER BY rank DESC LIMIT 500";
        let rows = self
            .db
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                sql,
                [process.id.0.into(), query.into()],
            ))
            .await?;
        let mut out = Vec::new();
        for row in rows {
            let kind: i32 = row.try_get("", "kind")?;
            let id: i64 = row.try_get("", "id")?;
            if let Some(kind) = HitKind::from_code(i64::from(kind)) {
                out.push((kind, id));
            }
        }
        Ok(out)
    }

    /// Reads what was found, keeps what belongs to the process and is public, in rank order.
    async fn hits(
        &self,
        process: &Process,
        fields: &[FieldOfAction],
        ranked: Vec<(HitKind, i64)>,
    ) -> Result<Vec<Hit>> {
        let fields: HashMap<i64, String> = fields
            .iter()
            .map(|f| (f.id.0, f.slug.to_string()))
            .collect();
        let ids = |kind: HitKind| -> Vec<i64> {
            ranked
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, id)| *id)
                .collect()
        };
        let mut found: HashMap<(i64, i64), Hit> = HashMap::new();
        let slug = process.slug.to_string();
        for p in analysis_paragraph::Entity::find()
            .filter(analysis_paragraph::Column::Id.is_in(ids(HitKind::Paragraph)))
            .filter(analysis_paragraph::Column::Position.is_not_null())
            .all(&self.db)
            .await?
        {
            let Some(field) = fields.get(&p.field_id) else {
                continue;
            };
            found.insert(
                (HitKind::Paragraph.code(), p.id),
                Hit {
                    kind: HitKind::Paragraph,
                    id: p.id,
                    field_id: p.field_id,
                    title: LocalizedText::empty(),
                    text: text(&p.body)?,
                    link: Link::Paragraph {
                        process_slug: slug.clone(),
                        field_slug: field.clone(),
                        paragraph: p.id,
                    },
                },
            );
        }
        for p in proposal::Entity::find()
            .filter(proposal::Column::Id.is_in(ids(HitKind::Proposal)))
            .filter(proposal::Column::DeletedAt.is_null())
            .filter(proposal::Column::HiddenAt.is_null())
            .all(&self.db)
            .await?
        {
            if !fields.contains_key(&p.field_id) {
                continue;
            }
            found.insert(
                (HitKind::Proposal.code(), p.id),
                Hit {
                    kind: HitKind::Proposal,
                    id: p.id,
                    field_id: p.field_id,
                    title: LocalizedText::german(&p.title),
                    text: LocalizedText::german(&p.body),
                    link: Link::Proposal {
                        id: p.id,
                        comment: None,
                    },
                },
            );
        }
        let measures = measure::Entity::find()
            .filter(measure::Column::Id.is_in(ids(HitKind::Measure)))
            .all(&self.db)
            .await?;
        let goals: HashMap<i64, i64> = goal::Entity::find()
            .filter(goal::Column::Id.is_in(measures.iter().map(|m| m.goal_id)))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|g| (g.id, g.field_id))
            .collect();
        for m in measures {
            let Some(field_id) = goals.get(&m.goal_id).copied() else {
                continue;
            };
            if !fields.contains_key(&field_id) {
                continue;
            }
            found.insert(
                (HitKind::Measure.code(), m.id),
                Hit {
                    kind: HitKind::Measure,
                    id: m.id,
                    field_id,
                    title: text(&m.title)?,
                    text: text(&m.description)?,
                    link: Link::Measure {
                        process_slug: slug.clone(),
                        measure: m.id,
                    },
                },
            );
        }
        Ok(ranked
            .into_iter()
            .filter_map(|(kind, id)| found.remove(&(kind.code(), id)))
            .take(MAX_HITS)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| {
                if p.mark {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn terms_are_folded_words() {
        assert_eq!(
            terms("  Schüler-Beratung, ÄRZTE "),
            ["schuler", "beratung", "arzte"]
        );
        assert_eq!(terms("Straße"), ["strasse"]);
        assert!(terms(" ,;- ").is_empty());
    }

    #[test]
    fn snippets_mark_words_whatever_their_accents() {
        let text = "Viele Schüler brauchen Beratung. Die Schule hilft.";
        let pieces = snippet(text, &terms("schuler"), 200);
        assert_eq!(
            shown(&pieces),
            "Viele [Schüler] brauchen Beratung. Die Schule hilft."
        );
    }

    #[test]
    fn long_texts_are_cut_around_the_first_match() {
        let text = format!(
            "{} Sprachkurs am Abend {}",
            "vorher ".repeat(40),
            "danach ".repeat(40)
        );
        let shown = shown(&snippet(&text, &terms("sprachkurs"), 30));
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[Sprachkurs]"));
        assert!(shown.chars().count() < 90, "{shown}");
    }
}
