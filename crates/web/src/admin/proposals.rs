//! The organiser's side of proposals: every proposal of a process with its state and supports,
//! filtered by state, and the form for the public answer (adopted into measures, merged into
//! another proposal, or not adopted with a reason).

use super::Staff;
use crate::base::labels::{author_label, kind_label, removed_note, state_class, state_label};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::MAX_TEXT;
use mitwirken_domain::{Permission, Process, ProposalState};
use mitwirken_store::answers::{AnswerCommand, AnswerError, AnswerProblem};
use mitwirken_store::proposals::Proposal;
use serde::Deserialize;

pub struct ProcessRow {
    pub slug: String,
    pub title: Txt,
    pub open: String,
}

#[derive(Template)]
#[template(path = "admin/proposals_index.html")]
struct IndexPage {
    tr: Tr,
    chrome: Chrome,
    processes: Vec<ProcessRow>,
}

/// The processes whose proposals the staff member answers, with how many still wait.
pub async fn index(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let mut processes = Vec::new();
    for process in state.store.all_processes().await? {
        if !staff.0.may(Permission::EditContent, process.id) {
            continue;
        }
        let open = state
            .store
            .proposals_of_process(process.id, Some(ProposalState::Open))
            .await?
            .len();
        processes.push(ProcessRow {
            slug: process.slug.to_string(),
            title: content.pick(&process.title),
            open: tr.count("admin-proposals-waiting", open as i64),
        });
    }
    Ok(html(IndexPage {
        chrome: ctx.chrome(tr.t("admin-proposals-title"), &content),
        processes,
        tr,
    })?
    .into_response())
}

pub struct StateChoice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

pub struct Row {
    pub id: i64,
    pub title: String,
    pub removed: String,
    pub field: Txt,
    pub kind: String,
    pub author: String,
    pub supports: u64,
    pub state: String,
    pub state_class: &'static str,
    pub date: String,
}

#[derive(Template)]
#[template(path = "admin/proposals.html")]
struct ListPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    states: Vec<StateChoice>,
    count: String,
    rows: Vec<Row>,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    state: String,
}

pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = staff
        .process(&state, &slug, Permission::EditContent)
        .await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let filter = ProposalState::parse(&query.state).ok();
    let fields = state.store.fields_of_action(process.id).await?;
    let proposals = state.store.proposals_of_process(process.id, filter).await?;
    let tz = &process.time_zone;
    let rows = proposals
        .iter()
        .map(|p| Row {
            id: p.id,
            title: if p.title.is_empty() {
                tr.args("proposals-number", &[("id", Arg::Num(p.id))])
            } else {
                p.title.clone()
            },
            removed: removed_note(&tr, &p.visibility),
            field: fields
                .iter()
                .find(|f| f.id.0 == p.field_id)
                .map(|f| content.pick(&f.title))
                .unwrap_or_default(),
            kind: kind_label(&tr, p.kind),
            author: author_label(&tr, p.author.as_deref()),
            supports: p.supports,
            state: state_label(&tr, p.state),
            state_class: state_class(p.state),
            date: tr.long_date(p.created_at.to_zoned_datetime(tz.clone()).date()),
        })
        .collect();
    let states = ProposalState::ALL
        .iter()
        .map(|s| StateChoice {
            value: s.as_str(),
            label: state_label(&tr, *s),
            checked: filter == Some(*s),
        })
        .collect();
    let title = content.pick(&process.title);
    Ok(html(ListPage {
        chrome: ctx.chrome(
            tr.args("admin-proposals-of", &[("process", Arg::Str(&title.text))]),
            &content,
        ),
        slug: process.slug.to_string(),
        states,
        count: tr.count("proposals-count", proposals.len() as i64),
        rows,
        tr,
    })?
    .into_response())
}

/// What the answer form holds: the stored answer, or what was typed.
#[derive(Default, Clone)]
pub struct AnswerInput {
    state: String,
    answer: String,
    merged_into: String,
    measures: Vec<String>,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct MeasureBox {
    pub id: i64,
    pub title: Txt,
    pub field: Txt,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "admin/proposal.html")]
struct AnswerPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    slug: String,
    field: Txt,
    kind: String,
    author: String,
    supports: String,
    state_label: String,
    state_class: &'static str,
    body: String,
    removed: String,
    states: Vec<StateChoice>,
    input: AnswerInput,
    merge_choices: Vec<Choice>,
    measures: Vec<MeasureBox>,
    errors: Vec<ErrorView>,
    saved: bool,
}

impl AnswerPage {}

async fn proposal_for(
    state: &AppState,
    staff: &Staff,
    id: i64,
) -> Result<(Proposal, Process), AppError> {
    let proposal = state
        .store
        .proposal(id, None)
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(Permission::EditContent, proposal.process_id)?;
    let process = state
        .store
        .process_by_id(proposal.process_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((proposal, process))
}

crate::view::form_errors!(AnswerPage);

async fn answer_page(
    state: &AppState,
    ctx: &PageCtx,
    (proposal, process): (&Proposal, &Process),
    input: AnswerInput,
    errors: Vec<ErrorView>,
    saved: bool,
) -> Result<Response, AppError> {
    let summary = &proposal.summary;
    let fields = state.store.fields_of_action(process.id).await?;
    let others = state.store.proposals_of_process(process.id, None).await?;
    let choices = state.store.measure_choices(process.id).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let field_title = |id: i64| {
        fields
            .iter()
            .find(|f| f.id.0 == id)
            .map(|f| content.pick(&f.title))
            .unwrap_or_default()
    };
    let merge_choices = others
        .into_iter()
        .filter(|p| p.id != summary.id && p.visibility.is_visible())
        .map(|p| Choice {
            selected: input.merged_into == p.id.to_string(),
            value: p.id.to_string(),
            label: tr.args(
                "admin-proposals-choice",
                &[("id", Arg::Num(p.id)), ("title", Arg::Str(&p.title))],
            ),
        })
        .collect();
    let measures = choices
        .into_iter()
        .map(|m| MeasureBox {
            checked: input.measures.contains(&m.id.to_string()),
            id: m.id,
            title: content.pick(&m.title),
            field: field_title(m.field_id),
        })
        .collect();
    let states = [
        ProposalState::Adopted,
        ProposalState::Merged,
        ProposalState::NotAdopted,
    ]
    .into_iter()
    .map(|s| StateChoice {
        value: s.as_str(),
        label: state_label(&tr, s),
        checked: input.state == s.as_str(),
    })
    .collect();
    let heading = if summary.visibility.is_visible() {
        summary.title.clone()
    } else {
        tr.args("proposals-number", &[("id", Arg::Num(summary.id))])
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = AnswerPage {
        chrome: ctx.chrome(
            tr.args(
                "admin-proposals-answer-title",
                &[("title", Arg::Str(&heading))],
            ),
            &content,
        ),
        id: summary.id,
        slug: process.slug.to_string(),
        field: field_title(summary.field_id),
        kind: kind_label(&tr, summary.kind),
        author: author_label(&tr, summary.author.as_deref()),
        supports: tr.count("proposals-supports", summary.supports as i64),
        state_label: state_label(&tr, summary.state),
        state_class: state_class(summary.state),
        // Moderators hide a proposal from the public; the organiser answering it still reads it.
        body: crate::markdown::to_html(&proposal.body),
        removed: removed_note(&tr, &summary.visibility),
        states,
        input,
        merge_choices,
        measures,
        errors,
        saved,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

pub async fn answer_form(
    State(state): State<AppState>,
    staff: Staff,
    Path(PathId(id)): Path<PathId>,
    Query(query): Query<SavedQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (proposal, process) = proposal_for(&state, &staff, id).await?;
    let input = AnswerInput {
        state: match proposal.summary.state {
            ProposalState::Open => String::new(),
            answered => answered.as_str().to_owned(),
        },
        answer: proposal.answer.clone(),
        merged_into: proposal
            .merged_into
            .as_ref()
            .map(|m| m.id.to_string())
            .unwrap_or_default(),
        measures: proposal.measures.iter().map(i64::to_string).collect(),
    };
    answer_page(
        &state,
        &ctx,
        (&proposal, &process),
        input,
        Vec::new(),
        query.saved.is_some(),
    )
    .await
}

fn problem_error(tr: &Tr, state: ProposalState, problem: AnswerProblem) -> ErrorView {
    match problem {
        AnswerProblem::NoState => {
            ErrorView::new("state-adopted", tr.t("admin-proposals-state-missing"))
        }
        AnswerProblem::AnswerMissing if state == ProposalState::NotAdopted => {
            ErrorView::new("answer", tr.t("admin-proposals-reason-missing"))
        }
        AnswerProblem::AnswerMissing => {
            ErrorView::new("answer", tr.t("admin-proposals-answer-missing"))
        }
        AnswerProblem::AnswerTooLong => ErrorView::new(
            "answer",
            tr.args(
                "admin-proposals-answer-too-long",
                &[("max", Arg::Num(MAX_TEXT as i64))],
            ),
        ),
        AnswerProblem::NoMeasure => {
            ErrorView::new("measures", tr.t("admin-proposals-measure-missing"))
        }
        AnswerProblem::UnknownMeasure => {
            ErrorView::new("measures", tr.t("admin-proposals-measure-unknown"))
        }
        AnswerProblem::NoMergeTarget => {
            ErrorView::new("merged_into", tr.t("admin-proposals-merge-missing"))
        }
        AnswerProblem::BadMergeTarget => {
            ErrorView::new("merged_into", tr.t("admin-proposals-merge-invalid"))
        }
    }
}

pub async fn answer(
    State(state): State<AppState>,
    staff: Staff,
    Path(PathId(id)): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (proposal, process) = proposal_for(&state, &staff, id).await?;
    let mut input = AnswerInput::default();
    for (key, value) in pairs {
        match key.as_str() {
            "state" => input.state = value,
            "answer" => input.answer = value,
            "merged_into" => input.merged_into = value,
            "measure" => input.measures.push(value),
            _ => {}
        }
    }
    let chosen = ProposalState::parse(&input.state).unwrap_or(ProposalState::Open);
    let command = AnswerCommand {
        state: chosen,
        answer: input.answer.clone(),
        merged_into: match input.merged_into.trim() {
            "" => None,
            raw => Some(raw.parse().unwrap_or(-1)),
        },
        measures: input
            .measures
            .iter()
            .map(|m| m.parse().unwrap_or(-1))
            .collect(),
    };
    match state
        .store
        .answer_proposal(id, &command, Some(staff.0.id), state.clock.now())
        .await
    {
        Ok(()) => {
            state.mail_queued.notify_one();
            Ok(Redirect::to(&paths::admin_proposal_saved(id)).into_response())
        }
        Err(AnswerError::Invalid(problems)) => {
            let tr = ctx.tr();
            let errors = problems
                .into_iter()
                .map(|p| problem_error(&tr, chosen, p))
                .collect();
            answer_page(&state, &ctx, (&proposal, &process), input, errors, false).await
        }
        Err(AnswerError::NotFound) => Err(AppError::NotFound),
        Err(AnswerError::Store(e)) => Err(e.into()),
    }
}
