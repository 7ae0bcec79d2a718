//! The action plan's origins and progress updates as both the published plan and the back office
//! show them.

use super::labels::status_label;
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Content, Txt};
use mitwirken_domain::{LocalizedText, OriginKind};
use mitwirken_store::plan::{Origin, OriginContext, PlanMeasure, ProgressUpdate};

/// What the kind of an origin is called, for the list of links.
pub fn origin_kind_label(tr: &Tr, kind: OriginKind) -> String {
    match kind {
        OriginKind::Proposal => tr.t("plan-origin-kind-proposal"),
        OriginKind::Workshop => tr.t("plan-origin-kind-workshop"),
        OriginKind::Comment => tr.t("plan-origin-kind-comment"),
        OriginKind::Paper => tr.t("plan-origin-kind-paper"),
    }
}

/// "Based on 2 proposals, 1 workshop result and 3 comments", kinds without any left out; a
/// measure without origins was set by the city.
pub fn origin_line(tr: &Tr, measure: &PlanMeasure) -> String {
    let mut parts = Vec::new();
    for kind in OriginKind::ALL {
        let count = measure.origin_count(*kind) as i64;
        if count == 0 {
            continue;
        }
        parts.push(match kind {
            OriginKind::Proposal => tr.count("plan-origin-proposals", count),
            OriginKind::Workshop => tr.count("plan-origin-workshop-results", count),
            OriginKind::Comment => tr.count("plan-origin-comments", count),
            OriginKind::Paper => tr.count("plan-origin-papers", count),
        });
    }
    if parts.is_empty() {
        return tr.t("plan-origin-none");
    }
    let list = tr.list(parts);
    tr.args("plan-based-on", &[("list", Arg::Str(&list))])
}

/// A working group's name, or what the pin boards are called.
pub fn group_name(
    tr: &Tr,
    content: &Content,
    group: Option<&LocalizedText>,
    pin_board: bool,
) -> Txt {
    match group {
        Some(name) => content.pick(name),
        None if pin_board => Txt::plain(&tr.t("plan-pin-board")),
        None => Txt::plain(&tr.t("plan-working-group-removed")),
    }
}

pub struct OriginView {
    pub kind: String,
    pub text: String,
    pub href: String,
    /// Event and working group of a workshop result, or the organisation of a paper.
    pub context: Vec<Txt>,
}

impl OriginView {
    pub fn new(tr: &Tr, content: &Content, origin: &Origin) -> Self {
        let context = match &origin.context {
            OriginContext::None => Vec::new(),
            OriginContext::Workshop {
                event,
                working_group,
                source,
            } => vec![
                content.pick(event),
                group_name(
                    tr,
                    content,
                    working_group.as_ref(),
                    *source == mitwirken_domain::WorkshopSource::PinBoard,
                ),
            ],
            OriginContext::Paper { organisation } => vec![Txt::plain(organisation)],
        };
        OriginView {
            kind: origin_kind_label(tr, origin.kind),
            text: if origin.removed {
                tr.t("plan-origin-removed")
            } else {
                origin.label.clone()
            },
            href: paths::link_or_none(origin.link.as_ref()),
            context: if origin.removed { Vec::new() } else { context },
        }
    }
}

pub struct UpdateView {
    pub iso: String,
    pub date: String,
    pub status: String,
    pub note: Txt,
}

impl UpdateView {
    pub fn new(tr: &Tr, content: &Content, update: &ProgressUpdate) -> Self {
        UpdateView {
            iso: update.on_date.to_string(),
            date: tr.long_date(update.on_date),
            status: status_label(tr, update.status),
            note: content.pick(&update.note),
        }
    }
}

#[cfg(test)]
mod tests;
