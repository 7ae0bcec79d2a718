//! The analysis of a field of action, kept paragraph by paragraph: an edit keeps each paragraph's
//! row (and so its anchor and comments) wherever its German text can be matched.

use crate::convert::{json, text};
use crate::entity::{analysis_paragraph, comment};
use crate::{Result, Store};
use jiff::Timestamp;
use mitwirken_domain::LocalizedText;
use mitwirken_domain::analysis::{LeftOut, split_analysis};
use mitwirken_domain::cocreation::{Aligned, align};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// One paragraph of an analysis as pages show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub id: i64,
    /// 1 for the first paragraph; 0 for a paragraph that was removed.
    pub number: usize,
    pub body: LocalizedText,
    pub revision: i32,
    /// Comments that readers can see: neither hidden nor deleted.
    pub comments: u64,
}

/// A field's analysis: its paragraphs in order, and removed paragraphs that still carry comments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    pub paragraphs: Vec<Paragraph>,
    pub removed: Vec<Paragraph>,
}

/// What saving the analysis did, for the organiser's confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnalysisSaved {
    pub kept: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    /// Translations not taken over because their paragraphs do not match the German ones.
    pub left_out: Vec<LeftOut>,
}

impl Store {
    /// Replaces a field's analysis with `texts` (the whole Markdown per language), keeping every
    /// paragraph whose German text is found again; see [`mitwirken_domain::cocreation::align`].
    pub async fn save_analysis(
        &self,
        field_id: i64,
        texts: &LocalizedText,
        now: Timestamp,
    ) -> Result<AnalysisSaved> {
        let split = split_analysis(texts);
        let txn = self.write().await?;
        let old = analysis_paragraph::Entity::find()
            .filter(analysis_paragraph::Column::FieldId.eq(field_id))
            .filter(analysis_paragraph::Column::Position.is_not_null())
            .order_by_asc(analysis_paragraph::Column::Position)
            .order_by_asc(analysis_paragraph::Column::Id)
            .all(&txn)
            .await?;
        let old_german = old
            .iter()
            .map(|row| Ok(german(&text(&row.body)?)))
            .collect::<Result<Vec<_>>>()?;
        let new_german: Vec<String> = split.paragraphs.iter().map(german).collect();
        let mut saved = AnalysisSaved {
            left_out: split.left_out,
            ..AnalysisSaved::default()
        };
        let mut matched = vec![false; old.len()];
        for ((aligned, body), position) in align(&old_german, &new_german)
            .into_iter()
            .zip(&split.paragraphs)
            .zip(1..)
        {
            let body = json(body);
            match aligned {
                Aligned::Kept(i) | Aligned::Changed(i) => {
                    matched[i] = true;
                    let row = &old[i];
                    let changed = matches!(aligned, Aligned::Changed(_));
                    if changed {
                        saved.changed += 1;
                    } else {
                        saved.kept += 1;
                    }
                    if row.position == Some(position) && row.body == body {
                        continue;
                    }
                    let mut active: analysis_paragraph::ActiveModel = row.clone().into();
                    active.position = Set(Some(position));
                    if row.body != body {
                        active.body = Set(body);
                        active.updated_at = Set(now.as_second());
                    }
                    if changed {
                        active.revision = Set(row.revision + 1);
                    }
                    active.update(&txn).await?;
                }
                Aligned::Added => {
                    saved.added += 1;
                    analysis_paragraph::ActiveModel {
                        field_id: Set(field_id),
                        position: Set(Some(position)),
                        body: Set(body),
                        revision: Set(1),
                        updated_at: Set(now.as_second()),
                        ..Default::default()
                    }
                    .insert(&txn)
                    .await?;
                }
            }
        }
        let gone: Vec<i64> = old
            .iter()
            .zip(&matched)
            .filter(|(_, matched)| !**matched)
            .map(|(row, _)| row.id)
            .collect();
        saved.removed = gone.len();
        if !gone.is_empty() {
            analysis_paragraph::Entity::update_many()
                .col_expr(
                    analysis_paragraph::Column::Position,
                    Expr::value(Option::<i32>::None),
                )
                .col_expr(
                    analysis_paragraph::Column::UpdatedAt,
                    Expr::value(now.as_second()),
                )
                .filter(analysis_paragraph::Column::Id.is_in(gone))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(saved)
    }

    /// A field's analysis in order, with the number of visible comments on each paragraph.
    pub async fn analysis_of(&self, field_id: i64) -> Result<Analysis> {
        let rows = analysis_paragraph::Entity::find()
            .filter(analysis_paragraph::Column::FieldId.eq(field_id))
            .order_by_asc(analysis_paragraph::Column::Position)
            .order_by_asc(analysis_paragraph::Column::Id)
            .all(&self.db)
            .await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        // Per paragraph: comments readers see, and all comments (a removed paragraph is listed
        // only while someone wrote about it).
        let counts: HashMap<i64, (i64, i64)> = comment::Entity::find()
            .select_only()
            .column(comment::Column::ParagraphId)
            .column_as(
                Expr::cust(
                    "SUM(CASE WHEN hidden_at IS NULL AND deleted_at IS NULL THEN 1 ELSE 0 END)",
                ),
                "visible",
            )
            .column_as(Expr::cust("COUNT(*)"), "total")
            .filter(comment::Column::ParagraphId.is_in(ids))
            .group_by(comment::Column::ParagraphId)
            .into_tuple::<(Option<i64>, Option<i64>, i64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|(id, visible, total)| Some((id?, (visible.unwrap_or(0), total))))
            .collect();
        let mut analysis = Analysis::default();
        for row in rows {
            let (visible, total) = counts.get(&row.id).copied().unwrap_or((0, 0));
            let paragraph = Paragraph {
                id: row.id,
                number: 0,
                body: text(&row.body)?,
                revision: row.revision,
                comments: u64::try_from(visible).unwrap_or(0),
            };
            if row.position.is_some() {
                analysis.paragraphs.push(Paragraph {
                    number: analysis.paragraphs.len() + 1,
                    ..paragraph
                });
            } else if total > 0 {
                analysis.removed.push(paragraph);
            }
        }
        Ok(analysis)
    }

    /// The field a paragraph belongs to, and whether it is still part of the analysis.
    pub async fn paragraph_field(&self, paragraph_id: i64) -> Result<Option<(i64, bool)>> {
        Ok(analysis_paragraph::Entity::find_by_id(paragraph_id)
            .one(&self.db)
            .await?
            .map(|p| (p.field_id, p.position.is_some())))
    }
}

fn german(text: &LocalizedText) -> String {
    text.get(mitwirken_domain::Locale::GERMAN).text.to_owned()
}
