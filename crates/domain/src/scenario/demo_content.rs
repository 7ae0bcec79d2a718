//! The illustrative co-creation content of the Dresden demo
//! (`scenarios/dresden-2021-content.toml`) as written: analysis texts, participants, comments,
//! proposals with answers, workshop results and a plan, for store to write.

use super::ScenarioError;
use crate::LocalizedText;
use serde::Deserialize;

pub const DRESDEN_2021_CONTENT: &str =
    include_str!("../../../../scenarios/dresden-2021-content.toml");

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
    pub fn parse(text: &str) -> Result<DemoContent, ScenarioError> {
        toml::from_str(text).map_err(|e| ScenarioError(e.to_string()))
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
            crate::ProposalKind::parse(&proposal.kind).unwrap();
        }
        for answer in &c.answers {
            assert!(proposals.contains(&answer.proposal.as_str()));
            crate::ProposalState::parse(&answer.state).unwrap();
            for m in &answer.measures {
                assert!(measures.contains(&m.as_str()));
            }
        }
        for m in &c.measures {
            crate::MeasureStatus::parse(&m.status).unwrap();
            for u in &m.updates {
                u.on.parse::<jiff::civil::Date>().unwrap();
            }
        }
    }
}
