//! Fills the Dresden demo with an action plan the size of a real one, for the plan page benchmark
//! (`bench/plan-page/run`): 60 goals over the 12 fields of action, 200 measures in German, English
//! and Arabic, each with origins (proposals, workshop results, comments, position papers) and up
//! to three progress updates.
//!
//! ```sh
//! mitwirken demo --as-in-2021 --data-dir /tmp/plan-bench
//! cargo run --release -p mitwirken --example plan_bench_data -- --data-dir /tmp/plan-bench
//! ```
//!
//! `--database-url postgres://…` works too. The numbers are fixed, and so is the sequence of
//! pseudo-random choices, so every run builds the same plan.

use anyhow::{Context, Result, bail};
use jiff::Timestamp;
use jiff::civil::date;
use mitwirken_domain::{Locale, LocalizedText, MeasureStatus, OriginKind, WorkshopSource};
use mitwirken_store::Store;
use mitwirken_store::entity::{analysis_paragraph, comment, position_paper, proposal};
use mitwirken_store::plan::NewMeasure;
use sea_orm::{ActiveModelTrait, Database, Set};

const SLUG: &str = "integrationskonzept-dresden";
const GOALS: usize = 60;
const MEASURES: usize = 200;

/// A small linear congruential generator: the same plan on every run, without a dependency.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % sides
    }
}

fn texts(de: String, en: String, ar: String) -> Result<LocalizedText> {
    Ok(LocalizedText::german(de)
        .with(Locale::parse("en")?, en)
        .with(Locale::parse("ar")?, ar))
}

fn database_url() -> Result<String> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next()) {
        (Some("--database-url"), Some(url)) => Ok(url),
        (Some("--data-dir"), Some(dir)) => Ok(format!(
            "sqlite://{}",
            std::path::Path::new(&dir).join("mitwirken.db").display()
        )),
        _ => bail!("usage: plan_bench_data --data-dir DIR | --database-url URL"),
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let url = database_url()?;
    let store = Store::connect(&url).await?;
    store.migrate().await?;
    let process = store
        .process_by_slug(SLUG)
        .await?
        .context("load the Dresden demo first: mitwirken demo --data-dir DIR")?;
    // The demo comes with an illustrative plan of its own; the benchmark measures a plan of a
    // known size, so that one goes first.
    let plan = store.plan_of(process.id).await?;
    for goal in plan.fields.iter().flat_map(|f| &f.goals) {
        store.delete_goal(goal.id).await?;
    }
    if store
        .plan_of(process.id)
        .await?
        .fields
        .iter()
        .any(|f| !f.goals.is_empty())
    {
        bail!("the demo plan could not be cleared");
    }
    let fields: Vec<i64> = plan.fields.iter().map(|f| f.id).collect();
    let events = store.public_events(process.id).await?;
    let now = Timestamp::now();
    let db = Database::connect(&url).await?;
    let mut dice = Dice(2021);

    // What people contributed: per field five proposals, ten comments on five paragraphs, and
    // six workshop results spread over the events' tables and pin boards; three position papers.
    let mut proposals: Vec<Vec<i64>> = Vec::new();
    let mut comments: Vec<Vec<i64>> = Vec::new();
    let mut results: Vec<Vec<i64>> = Vec::new();
    for (f, field) in fields.iter().enumerate() {
        let mut own = Vec::new();
        for p in 0..5 {
            let row = proposal::ActiveModel {
                field_id: Set(*field),
                kind: Set("measure".into()),
                title: Set(format!(
                    "Vorschlag {p} im Handlungsfeld {f}: mehr Angebote in den Stadtteilen"
                )),
                body: Set(
                    "Damit mehr Menschen mitmachen können, braucht es Angebote in der Nähe.".into(),
                ),
                state: Set("adopted".into()),
                answer: Set("Aufgenommen in den Aktionsplan.".into()),
                created_at: Set(now.as_second()),
                ..Default::default()
            }
            .insert(&db)
            .await?;
            own.push(row.id);
        }
        proposals.push(own);
        let mut own = Vec::new();
        for p in 0..5 {
            let paragraph = analysis_paragraph::ActiveModel {
                field_id: Set(*field),
                position: Set(Some(p + 1)),
                body: Set(format!(
                    "Absatz {} der Analyse im Handlungsfeld {f}.",
                    p + 1
                )),
                revision: Set(1),
                updated_at: Set(now.as_second()),
                ..Default::default()
            }
            .insert(&db)
            .await?;
            for c in 0..2 {
                let row = comment::ActiveModel {
                    paragraph_id: Set(Some(paragraph.id)),
                    paragraph_revision: Set(1),
                    body: Set(format!(
                        "Kommentar {c} zu Absatz {}: Das stimmt, aber die Wartezeiten sind lang.",
                        p + 1
                    )),
                    created_at: Set(now.as_second()),
                    ..Default::default()
                }
                .insert(&db)
                .await?;
                own.push(row.id);
            }
        }
        comments.push(own);
        let mut own = Vec::new();
        for r in 0..6 {
            let event = &events[r % events.len()];
            let group = event.working_groups.get(r % 4).map(|g| g.id);
            let source = if group.is_some() {
                WorkshopSource::WorkingGroup
            } else {
                WorkshopSource::PinBoard
            };
            let id = store
                .add_workshop_result(
                    event.id,
                    group,
                    *field,
                    source,
                    &format!("Ergebnis {r} im Handlungsfeld {f}\nFestgehalten auf einer Karte."),
                    dice.roll(20) as u32,
                    now,
                )
                .await?;
            own.push(id);
        }
        results.push(own);
    }
    let mut papers = Vec::new();
    for p in 0..3 {
        let row = position_paper::ActiveModel {
            process_id: Set(process.id.0),
            field_id: Set(None),
            organisation: Set(format!("Migrantenorganisation {p}")),
            title: Set(format!("Positionspapier {p} zum Aktionsplan")),
            summary: Set(String::new()),
            filename: Set(format!("positionspapier-{p}.pdf")),
            size: Set(9),
            sha256: Set("0".repeat(64)),
            content: Set(b"%PDF-1.7\n".to_vec()),
            created_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&db)
        .await?;
        papers.push(row.id);
    }
    db.close().await?;

    // The plan: five goals per field; the first 20 goals have four measures, the others three.
    let mut made = 0;
    for g in 0..GOALS {
        let f = g % fields.len();
        let goal = store
            .add_goal(
                fields[f],
                &texts(
                    format!("Ziel {}: Alle finden gute Angebote in ihrer Nähe", g + 1),
                    format!("Goal {}: everyone finds good offers nearby", g + 1),
                    format!("الهدف {}: يجد الجميع عروضًا جيدة بالقرب منهم", g + 1),
                )?,
                &texts(
                    "Die Angebote sind bekannt, erreichbar und in mehreren Sprachen.".into(),
                    "The offers are known, easy to reach and in several languages.".into(),
                    "العروض معروفة وسهلة الوصول ومتاحة بعدة لغات.".into(),
                )?,
            )
            .await?;
        let count = if g < MEASURES - 3 * GOALS { 4 } else { 3 };
        for m in 0..count {
            made += 1;
            let new = NewMeasure {
                title: texts(
                    format!("Maßnahme {made}: Beratung und Kurse im Stadtteil"),
                    format!("Measure {made}: advice and courses in the neighbourhood"),
                    format!("الإجراء {made}: استشارات ودورات في الحي"),
                )?,
                description: texts(
                    "Die Stadt und ihre Partner bieten regelmäßig Beratung und Kurse an, auch am Abend.".into(),
                    "The city and its partners regularly offer advice and courses, also in the evening.".into(),
                    "تقدم المدينة وشركاؤها الاستشارات والدورات بانتظام، وفي المساء أيضًا.".into(),
                )?,
                lead_unit: LocalizedText::german("Amt für Integration"),
                partners: LocalizedText::german("Volkshochschule, Migrantenorganisationen"),
                timeframe: LocalizedText::german(format!("{} bis {}", 2022 + m, 2024 + m)),
                indicators: LocalizedText::german("Zahl der Teilnehmenden pro Jahr"),
                status: MeasureStatus::Planned,
            };
            let id = store.add_measure(goal, &new, now).await?;
            for _ in 0..=dice.roll(3) {
                let p = proposals[f][dice.roll(5) as usize];
                store.link_origin(id, OriginKind::Proposal, p).await?;
            }
            for _ in 0..dice.roll(3) {
                let r = results[f][dice.roll(6) as usize];
                store.link_origin(id, OriginKind::Workshop, r).await?;
            }
            for _ in 0..dice.roll(4) {
                let c = comments[f][dice.roll(10) as usize];
                store.link_origin(id, OriginKind::Comment, c).await?;
            }
            if dice.roll(4) == 0 {
                let p = papers[dice.roll(3) as usize];
                store.link_origin(id, OriginKind::Paper, p).await?;
            }
            let statuses = [
                MeasureStatus::InProgress,
                MeasureStatus::InProgress,
                MeasureStatus::Done,
                MeasureStatus::Dropped,
            ];
            for u in 0..dice.roll(4) {
                let status = statuses[(u as usize + dice.roll(2) as usize) % statuses.len()];
                store
                    .add_update(
                        id,
                        date(
                            2022 + u as i16,
                            3 + dice.roll(9) as i8,
                            1 + dice.roll(28) as i8,
                        ),
                        status,
                        &texts(
                            format!(
                                "Bericht {}: Die Kurse laufen, die Nachfrage ist groß.",
                                u + 1
                            ),
                            format!("Update {}: the courses are running and in demand.", u + 1),
                            format!("التقرير {}: الدورات جارية والإقبال عليها كبير.", u + 1),
                        )?,
                        now,
                    )
                    .await?;
            }
        }
    }
    let plan = store.plan_of(process.id).await?;
    let goals: usize = plan.fields.iter().map(|f| f.goals.len()).sum();
    let measures = plan.measures().count();
    let origins: usize = plan.measures().map(|m| m.origins.len()).sum();
    let updates: usize = plan.measures().map(|m| m.updates.len()).sum();
    println!(
        "plan of {SLUG}: {} fields, {goals} goals, {measures} measures, {origins} origins, {updates} progress updates",
        plan.fields.len()
    );
    store.close().await?;
    Ok(())
}
