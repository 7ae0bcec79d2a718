//! Co-creation: the analysis as paragraphs that keep their identity across edits, proposals and
//! their answers, the action plan's measures, and the limits on what participants post.

use crate::DomainError;
use crate::process::{PhaseKind, PhasePosition, Process, string_enum};
use jiff::SignedDuration;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

string_enum!(
    /// What a participant proposes: a goal of the plan, or a measure towards one.
    ProposalKind, "proposal kind" {
        Goal = "goal",
        Measure = "measure",
    }
);

string_enum!(
    /// The organiser's public answer to a proposal.
    ProposalState, "proposal state" {
        Open = "open",
        Adopted = "adopted",
        Merged = "merged",
        NotAdopted = "not_adopted",
    }
);

string_enum!(
    MeasureStatus, "measure status" {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Dropped = "dropped",
    }
);

string_enum!(
    /// Where a measure came from.
    OriginKind, "origin kind" {
        Proposal = "proposal",
        Workshop = "workshop",
        Comment = "comment",
        Paper = "paper",
    }
);

string_enum!(
    /// Who at an event produced a workshop result: a working group at its table, or the pin boards.
    WorkshopSource, "workshop source" {
        WorkingGroup = "group",
        PinBoard = "pin_board",
    }
);

string_enum!(
    /// What a report points at.
    ReportTarget, "report target" {
        Comment = "comment",
        Proposal = "proposal",
        Paper = "paper",
    }
);

/// How long an author may still change what they wrote.
pub const EDIT_WINDOW: SignedDuration = SignedDuration::from_mins(15);
/// Posts (comments, proposals, papers) one account may make within [`RATE_WINDOW`].
pub const RATE_LIMIT: u64 = 10;
pub const RATE_WINDOW: SignedDuration = SignedDuration::from_mins(10);
/// The longest comment or proposal text, in characters.
pub const MAX_TEXT: usize = 5_000;
pub const MAX_TITLE: usize = 200;
pub const MAX_DISPLAY_NAME: usize = 60;

/// Whether participants may comment and propose on `today`: only while a participation phase runs.
pub fn participation_open(process: &Process, today: Date) -> bool {
    match process.phase_position(today) {
        PhasePosition::In(i) => process.phases[i].kind == PhaseKind::Participation,
        _ => false,
    }
}

/// Why a participant's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong { max: usize },
}

/// A participant's text, trimmed; empty or too long is refused.
pub fn contribution_text(raw: &str, max: usize) -> Result<String, TextError> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Err(TextError::Empty);
    }
    if text.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(text)
}

/// The paragraphs of a Markdown text: blocks separated by blank lines, trimmed.
pub fn paragraphs(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in markdown.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n").trim().to_owned());
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n").trim().to_owned());
    }
    out
}

/// What became of a paragraph when the text was edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Aligned {
    /// The same text as old paragraph `n`.
    Kept(usize),
    /// Old paragraph `n` with its text changed.
    Changed(usize),
    /// A paragraph that did not exist before.
    Added,
}

/// Matches the paragraphs of a new text to the old ones, so that each keeps its identity (and
/// its comments): unchanged paragraphs are found by their text, in order (longest common
/// subsequence); between two of those, changed paragraphs pair up with the old ones in order,
/// and what is left over was added or removed. Returns one entry per new paragraph.
pub fn align(old: &[String], new: &[String]) -> Vec<Aligned> {
    let (n, m) = (old.len(), new.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut matches = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i] == new[j] {
            matches.push((i, j));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    matches.push((n, m));
    let mut out = vec![Aligned::Added; m];
    let (mut old_from, mut new_from) = (0, 0);
    for (oi, nj) in matches {
        for (k, slot) in out[new_from..nj].iter_mut().enumerate() {
            if old_from + k < oi {
                *slot = Aligned::Changed(old_from + k);
            }
        }
        if nj < m {
            out[nj] = Aligned::Kept(oi);
        }
        old_from = oi + 1;
        new_from = nj + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn paragraphs_are_blocks_between_blank_lines() {
        assert_eq!(
            paragraphs("One\nstill one\n\n\nTwo  \r\n\r\n- a\n- b\n"),
            texts(&["One\nstill one", "Two", "- a\n- b"])
        );
        assert!(paragraphs("  \n\n").is_empty());
    }

    #[test]
    fn an_edit_elsewhere_keeps_every_other_paragraph() {
        let old = texts(&["a", "b", "c", "d", "e"]);
        let new = texts(&["a", "b", "c", "d", "E!"]);
        assert_eq!(
            align(&old, &new),
            vec![
                Aligned::Kept(0),
                Aligned::Kept(1),
                Aligned::Kept(2),
                Aligned::Kept(3),
                Aligned::Changed(4)
            ]
        );
    }

    #[test]
    fn inserted_and_removed_paragraphs_shift_nothing_else() {
        let old = texts(&["a", "b", "c"]);
        let new = texts(&["new", "a", "c", "end"]);
        assert_eq!(
            align(&old, &new),
            vec![
                Aligned::Added,
                Aligned::Kept(0),
                Aligned::Kept(2),
                Aligned::Added
            ]
        );
        let new = texts(&["a", "b changed", "c"]);
        assert_eq!(
            align(&old, &new),
            vec![Aligned::Kept(0), Aligned::Changed(1), Aligned::Kept(2)]
        );
    }

    #[test]
    fn a_rewritten_text_pairs_paragraphs_in_order() {
        let old = texts(&["a", "b"]);
        let new = texts(&["x", "y", "z"]);
        assert_eq!(
            align(&old, &new),
            vec![Aligned::Changed(0), Aligned::Changed(1), Aligned::Added]
        );
    }

    #[test]
    fn texts_are_trimmed_and_limited() {
        assert_eq!(contribution_text("  hi \r\n", 10).unwrap(), "hi");
        assert!(contribution_text("   ", 10).is_err());
        assert!(contribution_text("ééééé", 4).is_err());
        assert!(contribution_text("éééé", 4).is_ok());
    }
}
