//! Illustrative co-creation content for the Dresden demo (`scenarios/dresden-2021-content.toml`):
//! analysis texts, participants, comments, proposals with answers, workshop results and a plan.

use crate::comments::CommentTarget;
use crate::plan::NewMeasure;
use crate::proposals::AnswerCommand;
use crate::{Result, Store, StoreError};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use mitwirken_domain::{
    EventId, LocalizedText, MeasureStatus, OriginKind, ProposalKind, ProposalState, WorkshopSource,
};
use serde::Deserialize;
use std::collections::HashMap;

pub const DRESDEN_2021_CONTENT: &str = include_str!("../../../scenarios/dresden-2021-content.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoContent {
    pub analysis: Vec<DemoAnalysis>,
    pub participants: Vec<DemoParticipant>,
    pub comments: Vec<DemoComment>,
    pub proposals: Vec<DemoProposal>,
    pub answers: Vec<DemoAnswer>,
    pub workshop_results: Vec<DemoWorkshopResult>,
    pub goals: Vec<DemoGoal>,
    pub measures: Vec<DemoMeasure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAnalysis {
    pub field: String,
    pub text: LocalizedText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoParticipant {
    pub key: String,
    pub name: String,
    pub email: String,
    pub locale: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoComment {
    pub key: String,
    pub field: String,
    /// 1-based paragraph number in the German analysis.
    pub paragraph: usize,
    pub author: String,
    pub text: String,
    #[serde(default)]
    pub reply_to: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoProposal {
    pub key: String,
    pub field: String,
    pub kind: String,
    pub author: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub supporters: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAnswer {
    pub proposal: String,
    pub state: String,
    pub text: String,
    #[serde(default)]
    pub measures: Vec<String>,
    #[serde(default)]
    pub merged_into: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoWorkshopResult {
    pub key: String,
    /// The event's slug in the scenario.
    pub event: String,
    /// 1-based position of the working group at that event; absent for the pin boards.
    #[serde(default)]
    pub working_group: Option<usize>,
    pub source: String,
    pub field: String,
    pub text: String,
    pub dot_votes: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoGoal {
    pub key: String,
    pub field: String,
    pub title: LocalizedText,
    pub description: LocalizedText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoMeasure {
    pub key: String,
    pub goal: String,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub lead_unit: LocalizedText,
    pub partners: LocalizedText,
    pub timeframe: LocalizedText,
    pub indicators: LocalizedText,
    pub status: String,
    /// `proposal:p1`, `workshop:w1`, `comment:c3`.
    #[serde(default)]
    pub origins: Vec<String>,
    #[serde(default)]
    pub updates: Vec<DemoUpdate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoUpdate {
    pub on: String,
    pub status: String,
    pub note: LocalizedText,
}

impl DemoContent {
    pub fn parse(text: &str) -> Result<DemoContent, crate::StoreError> {
        toml::from_str(text).map_err(|e| crate::StoreError::Scenario(e.to_string()))
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dresden_content_parses_and_its_references_resolve() {
        let c = DemoContent::parse(DRESDEN_2021_CONTENT).unwrap();
        assert_eq!(c.analysis.len(), 12);
        let people: Vec<&str> = c.participants.iter().map(|p| p.key.as_str()).collect();
        let proposals: Vec<&str> = c.proposals.iter().map(|p| p.key.as_str()).collect();
        let measures: Vec<&str> = c.measures.iter().map(|m| m.key.as_str()).collect();
        for comment in &c.comments {
            assert!(people.contains(&comment.author.as_str()));
        }
        for proposal in &c.proposals {
            assert!(people.contains(&proposal.author.as_str()));
            mitwirken_domain::ProposalKind::parse(&proposal.kind).unwrap();
        }
        for answer in &c.answers {
            assert!(proposals.contains(&answer.proposal.as_str()));
            mitwirken_domain::ProposalState::parse(&answer.state).unwrap();
            for m in &answer.measures {
                assert!(measures.contains(&m.as_str()));
            }
        }
        for m in &c.measures {
            mitwirken_domain::MeasureStatus::parse(&m.status).unwrap();
            for u in &m.updates {
                u.on.parse::<jiff::civil::Date>().unwrap();
            }
        }
    }
}
