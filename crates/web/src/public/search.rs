//! Searching a process: the analysis, proposals and measures, with the matched words marked.

use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::view::{Chrome, Txt};
use crate::{AppError, AppState, paths};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use mitwirken_store::search::{HitKind, Piece, snippet, terms};
use serde::Deserialize;
use std::collections::HashMap;

pub struct HitView {
    pub kind: String,
    pub title: Txt,
    /// The title with the matched words marked.
    pub title_pieces: Vec<Piece>,
    pub context: Txt,
    pub path: String,
    pub snippet: Vec<Piece>,
    /// ` lang="…"` when the snippet is not in the page's language, or the mark of a participant's text.
    pub snippet_attr: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    process_title: Txt,
    query: String,
    searched: bool,
    hits: Vec<HitView>,
}

impl SearchPage {
    fn result_count(&self) -> String {
        self.tr.count("search-results", self.hits.len() as i64)
    }
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

pub async fn search(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<SearchQuery>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let query_text: String = query.q.trim().chars().take(200).collect();
    let words = terms(&query_text);
    let all_fields = state.store.fields_of_action(process.id).await?;
    let found = if words.is_empty() {
        Vec::new()
    } else {
        state
            .store
            .search(&process, &all_fields, &query_text)
            .await?
    };
    let fields: HashMap<i64, Txt> = all_fields
        .iter()
        .map(|f| (f.id.0, content.pick(&f.title)))
        .collect();
    let hits = found
        .into_iter()
        .map(|hit| {
            let field = fields.get(&hit.field_id).cloned().unwrap_or_default();
            // What participants wrote is shown as written, in whatever language that was.
            let participant_text = hit.kind == HitKind::Proposal;
            let shown = if participant_text {
                Txt::by_user(hit.text.get(ctx.locale).text)
            } else {
                content.pick(&hit.text)
            };
            let (kind, title) = match hit.kind {
                HitKind::Paragraph => (tr.t("search-kind-paragraph"), field.clone()),
                HitKind::Proposal => (
                    tr.t("search-kind-proposal"),
                    Txt::by_user(hit.title.get(ctx.locale).text),
                ),
                HitKind::Measure => (tr.t("search-kind-measure"), content.pick(&hit.title)),
            };
            HitView {
                kind,
                title_pieces: snippet(&title.text, &words, usize::MAX / 4),
                title,
                context: field,
                path: paths::link(&hit.link),
                snippet: snippet(&shown.text, &words, 90),
                snippet_attr: shown.attr(),
            }
        })
        .collect();
    let page = SearchPage {
        chrome: ctx.chrome(tr.t("search-title"), &content),
        slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        searched: !words.is_empty(),
        query: query_text,
        hits,
        tr,
    };
    html(page)
}
