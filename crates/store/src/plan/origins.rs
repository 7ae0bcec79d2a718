//! Naming and linking what measures came from, with one query per kind of target.

use super::reads::*;
use super::*;
use crate::comments::comment_link;
use crate::convert::text;
use crate::entity::{
    analysis_paragraph, comment, event, measure_origin, position_paper, proposal, working_group,
    workshop_result,
};
use crate::{Result, Store, StoreError};
use mitwirken_domain::{Link, LocalizedText, OriginKind, WorkshopSource};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

impl Store {
    /// A label and link for each origin link, in the same order; one query per kind of target.
    pub(crate) async fn origin_labels(
        &self,
        links: &[measure_origin::Model],
        process_slug: &str,
        field_slugs: &HashMap<i64, &str>,
    ) -> Result<Vec<Origin>> {
        let ids = |kind: OriginKind| -> Vec<i64> {
            let mut ids: Vec<i64> = links
                .iter()
                .filter(|l| l.kind == kind.as_str())
                .map(|l| l.target_id)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let (proposal_ids, result_ids, comment_ids, paper_ids) = (
            ids(OriginKind::Proposal),
            ids(OriginKind::Workshop),
            ids(OriginKind::Comment),
            ids(OriginKind::Paper),
        );
        let proposals: HashMap<i64, (String, bool)> = if proposal_ids.is_empty() {
            HashMap::new()
        } else {
            proposal::Entity::find()
                .select_only()
                .columns([
                    proposal::Column::Id,
                    proposal::Column::Title,
                    proposal::Column::DeletedAt,
                    proposal::Column::HiddenAt,
                ])
                .filter(proposal::Column::Id.is_in(proposal_ids))
                .into_tuple::<(i64, String, Option<i64>, Option<i64>)>()
                .all(&self.db)
                .await?
                .into_iter()
                .map(|(id, title, deleted, hidden)| {
                    (id, (title, deleted.is_some() || hidden.is_some()))
                })
                .collect()
        };
        let results: HashMap<i64, workshop_result::Model> = if result_ids.is_empty() {
            HashMap::new()
        } else {
            workshop_result::Entity::find()
                .filter(workshop_result::Column::Id.is_in(result_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|r| (r.id, r))
                .collect()
        };
        let (events, groups) = if results.is_empty() {
            (HashMap::new(), HashMap::new())
        } else {
            let event_ids: Vec<i64> = results.values().map(|r| r.event_id).collect();
            let group_ids: Vec<i64> = results
                .values()
                .filter_map(|r| r.working_group_id)
                .collect();
            let events: HashMap<i64, String> = event::Entity::find()
                .select_only()
                .columns([event::Column::Id, event::Column::Title])
                .filter(event::Column::Id.is_in(event_ids))
                .into_tuple::<(i64, String)>()
                .all(&self.db)
                .await?
                .into_iter()
                .collect();
            let groups: HashMap<i64, String> = working_group::Entity::find()
                .select_only()
                .columns([working_group::Column::Id, working_group::Column::Title])
                .filter(working_group::Column::Id.is_in(group_ids))
                .into_tuple::<(i64, String)>()
                .all(&self.db)
                .await?
                .into_iter()
                .collect();
            (events, groups)
        };
        let comments: HashMap<i64, comment::Model> = if comment_ids.is_empty() {
            HashMap::new()
        } else {
            comment::Entity::find()
                .filter(comment::Column::Id.is_in(comment_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        let paragraph_fields: HashMap<i64, i64> = {
            let paragraph_ids: Vec<i64> =
                comments.values().filter_map(|c| c.paragraph_id).collect();
            if paragraph_ids.is_empty() {
                HashMap::new()
            } else {
                analysis_paragraph::Entity::find()
                    .select_only()
                    .columns([
                        analysis_paragraph::Column::Id,
                        analysis_paragraph::Column::FieldId,
                    ])
                    .filter(analysis_paragraph::Column::Id.is_in(paragraph_ids))
                    .into_tuple::<(i64, i64)>()
                    .all(&self.db)
                    .await?
                    .into_iter()
                    .collect()
            }
        };
        // The PDF of a paper is not read here: only its names.
        let papers: HashMap<i64, (String, String, bool)> = if paper_ids.is_empty() {
            HashMap::new()
        } else {
            position_paper::Entity::find()
                .select_only()
                .columns([
                    position_paper::Column::Id,
                    position_paper::Column::Organisation,
                    position_paper::Column::Title,
                    position_paper::Column::DeletedAt,
                    position_paper::Column::HiddenAt,
                ])
                .filter(position_paper::Column::Id.is_in(paper_ids))
                .into_tuple::<(i64, String, String, Option<i64>, Option<i64>)>()
                .all(&self.db)
                .await?
                .into_iter()
                .map(|(id, organisation, title, deleted, hidden)| {
                    (
                        id,
                        (organisation, title, deleted.is_some() || hidden.is_some()),
                    )
                })
                .collect()
        };

        let gone = |kind: OriginKind, target_id: i64| Origin {
            kind,
            target_id,
            label: String::new(),
            context: OriginContext::None,
            link: None,
            removed: true,
        };
        links
            .iter()
            .map(|link| {
                let kind = OriginKind::parse(&link.kind)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let id = link.target_id;
                Ok(match kind {
                    OriginKind::Proposal => match proposals.get(&id) {
                        Some((_, true)) => Origin {
                            link: Some(Link::Proposal { id, comment: None }),
                            ..gone(kind, id)
                        },
                        Some((title, false)) => Origin {
                            kind,
                            target_id: id,
                            label: first_line(title, LABEL_LENGTH),
                            context: OriginContext::None,
                            link: Some(Link::Proposal { id, comment: None }),
                            removed: false,
                        },
                        None => gone(kind, id),
                    },
                    OriginKind::Workshop => match results.get(&id) {
                        Some(r) => Origin {
                            kind,
                            target_id: id,
                            label: first_line(&r.body, LABEL_LENGTH),
                            context: OriginContext::Workshop {
                                event: events
                                    .get(&r.event_id)
                                    .map_or_else(|| Ok(LocalizedText::empty()), |t| text(t))?,
                                working_group: r
                                    .working_group_id
                                    .and_then(|g| groups.get(&g))
                                    .map(|t| text(t))
                                    .transpose()?,
                                source: WorkshopSource::parse(&r.source)
                                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                            },
                            link: Some(Link::Result {
                                process_slug: process_slug.to_owned(),
                                result: id,
                            }),
                            removed: false,
                        },
                        None => gone(kind, id),
                    },
                    OriginKind::Comment => match comments.get(&id) {
                        Some(c) => {
                            let link = comment_link(c, |paragraph| {
                                let field = field_slugs.get(paragraph_fields.get(&paragraph)?)?;
                                Some(Link::Field {
                                    process_slug: process_slug.to_owned(),
                                    field_slug: (*field).to_owned(),
                                    comment: None,
                                })
                            });
                            if c.deleted_at.is_some() || c.hidden_at.is_some() {
                                Origin {
                                    link,
                                    ..gone(kind, id)
                                }
                            } else {
                                Origin {
                                    kind,
                                    target_id: id,
                                    label: first_line(&c.body, LABEL_LENGTH),
                                    context: OriginContext::None,
                                    link,
                                    removed: false,
                                }
                            }
                        }
                        None => gone(kind, id),
                    },
                    OriginKind::Paper => match papers.get(&id) {
                        Some((_, _, true)) => gone(kind, id),
                        Some((organisation, title, false)) => Origin {
                            kind,
                            target_id: id,
                            label: first_line(title, LABEL_LENGTH),
                            context: OriginContext::Paper {
                                organisation: organisation.clone(),
                            },
                            link: Some(Link::PaperFile { paper: id }),
                            removed: false,
                        },
                        None => gone(kind, id),
                    },
                })
            })
            .collect()
    }
}
