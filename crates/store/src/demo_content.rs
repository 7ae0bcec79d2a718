//! Writing the Dresden demo's illustrative co-creation content (parsed in
//! `mitwirken_domain::scenario::demo_content`) through the same functions the pages use.

use crate::answers::AnswerCommand;
use crate::comments::CommentTarget;
use crate::plan::NewMeasure;
use crate::{Result, Store, StoreError};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use mitwirken_domain::scenario::demo_content::DemoContent;
use mitwirken_domain::{
    EventId, MeasureStatus, OriginKind, ProposalKind, ProposalState, WorkshopSource,
};
use std::collections::HashMap;

fn bad(what: impl std::fmt::Display) -> StoreError {
    StoreError::Scenario(format!("demo content: {what}"))
}

fn lookup<T: Copy>(map: &HashMap<String, T>, key: &str, what: &str) -> Result<T> {
    map.get(key)
        .copied()
        .ok_or_else(|| bad(format_args!("unknown {what} {key:?}")))
}

impl Store {
    /// Writes the demo content into the process `slug` through the same functions the pages use.
    /// Posts are spread over the minutes before `now`, so that none is still editable and no
    /// author meets the rate limit.
    pub async fn load_demo_content(
        &self,
        slug: &str,
        content: &DemoContent,
        now: Timestamp,
    ) -> Result<()> {
        let process = self
            .process_by_slug(slug)
            .await?
            .ok_or_else(|| bad(format_args!("no process {slug:?}")))?;
        let fields: HashMap<String, i64> = self
            .fields_of_action(process.id)
            .await?
            .into_iter()
            .map(|f| (f.slug.to_string(), f.id.0))
            .collect();
        let mut at = now - SignedDuration::from_hours(24 * 14);
        let mut tick = || {
            at += SignedDuration::from_mins(17);
            at
        };

        for analysis in &content.analysis {
            let field = lookup(&fields, &analysis.field, "field")?;
            self.save_analysis(field, &analysis.text, tick()).await?;
        }
        let mut people = HashMap::new();
        for p in &content.participants {
            let id = self
                .create_participant(&p.email, &p.name, &p.locale, tick())
                .await?;
            people.insert(p.key.clone(), id);
        }
        let mut comments = HashMap::new();
        for c in &content.comments {
            let field = lookup(&fields, &c.field, "field")?;
            let paragraphs = self.analysis_of(field).await?.paragraphs;
            let paragraph = paragraphs
                .get(c.paragraph.wrapping_sub(1))
                .ok_or_else(|| bad(format_args!("comment {} on a missing paragraph", c.key)))?;
            let parent = match &c.reply_to {
                Some(key) => Some(lookup(&comments, key, "comment")?),
                None => None,
            };
            let id = self
                .post_comment(
                    lookup(&people, &c.author, "participant")?,
                    CommentTarget::Paragraph(paragraph.id),
                    parent,
                    &c.text,
                    tick(),
                )
                .await
                .map_err(|e| bad(format_args!("comment {}: {e:?}", c.key)))?;
            comments.insert(c.key.clone(), id);
        }
        let mut proposals = HashMap::new();
        for p in &content.proposals {
            let kind = ProposalKind::parse(&p.kind).map_err(bad)?;
            let id = self
                .propose(
                    lookup(&people, &p.author, "participant")?,
                    lookup(&fields, &p.field, "field")?,
                    kind,
                    &p.title,
                    &p.text,
                    tick(),
                )
                .await
                .map_err(|e| bad(format_args!("proposal {}: {e:?}", p.key)))?;
            for supporter in &p.supporters {
                self.support(lookup(&people, supporter, "participant")?, id, tick())
                    .await
                    .map_err(|e| bad(format_args!("support of {}: {e:?}", p.key)))?;
            }
            proposals.insert(p.key.clone(), id);
        }
        let events: HashMap<String, (EventId, Vec<i64>)> = self
            .public_events(process.id)
            .await?
            .into_iter()
            .map(|e| {
                let groups = e.working_groups.iter().map(|g| g.id).collect();
                (e.slug.to_string(), (e.id, groups))
            })
            .collect();
        let mut results = HashMap::new();
        for w in &content.workshop_results {
            let (event, groups) = events
                .get(&w.event)
                .ok_or_else(|| bad(format_args!("unknown event {:?}", w.event)))?;
            let group = match w.working_group {
                Some(n) => Some(
                    *groups
                        .get(n.wrapping_sub(1))
                        .ok_or_else(|| bad(format_args!("result {}: no group {n}", w.key)))?,
                ),
                None => None,
            };
            let id = self
                .add_workshop_result(
                    *event,
                    group,
                    lookup(&fields, &w.field, "field")?,
                    WorkshopSource::parse(&w.source).map_err(bad)?,
                    &w.text,
                    u32::try_from(w.dot_votes).unwrap_or(0),
                    tick(),
                )
                .await?;
            results.insert(w.key.clone(), id);
        }
        let mut goals = HashMap::new();
        for g in &content.goals {
            let id = self
                .add_goal(
                    lookup(&fields, &g.field, "field")?,
                    &g.title,
                    &g.description,
                )
                .await?;
            goals.insert(g.key.clone(), id);
        }
        let mut measures = HashMap::new();
        for m in &content.measures {
            let id = self
                .add_measure(
                    lookup(&goals, &m.goal, "goal")?,
                    &NewMeasure {
                        title: m.title.clone(),
                        description: m.description.clone(),
                        lead_unit: m.lead_unit.clone(),
                        partners: m.partners.clone(),
                        timeframe: m.timeframe.clone(),
                        indicators: m.indicators.clone(),
                        status: MeasureStatus::parse(&m.status).map_err(bad)?,
                    },
                    tick(),
                )
                .await?;
            for origin in &m.origins {
                let (kind, key) = origin
                    .split_once(':')
                    .ok_or_else(|| bad(format_args!("origin {origin:?}")))?;
                let (kind, target) = match kind {
                    "proposal" => (OriginKind::Proposal, lookup(&proposals, key, "proposal")?),
                    "workshop" => (OriginKind::Workshop, lookup(&results, key, "result")?),
                    "comment" => (OriginKind::Comment, lookup(&comments, key, "comment")?),
                    other => return Err(bad(format_args!("origin kind {other:?}"))),
                };
                self.link_origin(id, kind, target).await?;
            }
            for u in &m.updates {
                let day: Date = u.on.parse().map_err(bad)?;
                self.add_update(
                    id,
                    day,
                    MeasureStatus::parse(&u.status).map_err(bad)?,
                    &u.note,
                    tick(),
                )
                .await?;
            }
            measures.insert(m.key.clone(), id);
        }
        for a in &content.answers {
            let command = AnswerCommand {
                state: ProposalState::parse(&a.state).map_err(bad)?,
                answer: a.text.clone(),
                merged_into: match &a.merged_into {
                    Some(key) => Some(lookup(&proposals, key, "proposal")?),
                    None => None,
                },
                measures: a
                    .measures
                    .iter()
                    .map(|key| lookup(&measures, key, "measure"))
                    .collect::<Result<_>>()?,
            };
            self.answer_proposal(
                lookup(&proposals, &a.proposal, "proposal")?,
                &command,
                None,
                tick(),
            )
            .await
            .map_err(|e| bad(format_args!("answer to {}: {e:?}", a.proposal)))?;
        }
        Ok(())
    }
}
