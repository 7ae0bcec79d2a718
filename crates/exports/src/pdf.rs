//! PDFs set with Typst: the printable attendance and sign-in list of an event, and the action
//! plan. Noto Sans and Noto Sans Arabic are built in, so Latin, Cyrillic and Arabic names all print.

use std::sync::OnceLock;
use typst::foundations::{Array, Dict, IntoValue, Value};
use typst_as_lib::TypstEngine;
use typst_as_lib::TypstTemplateMainFile;

static TEMPLATE: &str = include_str!("../templates/attendance.typ");
static PLAN_TEMPLATE: &str = include_str!("../templates/plan.typ");
static FONTS: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
];

/// Everything the list shows; every text already in the reader's language.
#[derive(Debug, Clone)]
pub struct AttendanceList {
    /// A BCP 47 language tag such as `de` or `ar`.
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub when: String,
    pub place: String,
    /// Why the list exists and when it is deleted.
    pub note: String,
    pub footer: String,
    /// Number, name, organisation, signature.
    pub headers: [String; 4],
    /// Name and organisation per person.
    pub rows: Vec<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the document could not be set: {0}")]
    Typeset(String),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

fn engine() -> &'static TypstEngine<TypstTemplateMainFile> {
    static ENGINE: OnceLock<TypstEngine<TypstTemplateMainFile>> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .main_file(TEMPLATE)
            .fonts(FONTS)
            .build()
    })
}

impl From<&AttendanceList> for Dict {
    fn from(list: &AttendanceList) -> Dict {
        let mut dict = Dict::new();
        dict.insert("lang".into(), typst_lang(&list.lang).into_value());
        dict.insert("rtl".into(), list.rtl.into_value());
        dict.insert("title".into(), list.title.clone().into_value());
        dict.insert("when".into(), list.when.clone().into_value());
        dict.insert("place".into(), list.place.clone().into_value());
        dict.insert("note".into(), list.note.clone().into_value());
        dict.insert("footer".into(), list.footer.clone().into_value());
        let headers: Array = list
            .headers
            .iter()
            .map(|h| h.clone().into_value())
            .collect();
        dict.insert("headers".into(), Value::Array(headers));
        let rows: Array = list
            .rows
            .iter()
            .map(|(name, organisation)| {
                let mut row = Dict::new();
                row.insert("name".into(), name.clone().into_value());
                row.insert("organisation".into(), organisation.clone().into_value());
                Value::Dict(row)
            })
            .collect();
        dict.insert("rows".into(), Value::Array(rows));
        dict
    }
}

/// A text with the language it is written in, which may differ from the document's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangText {
    pub text: String,
    pub lang: String,
}

/// The action plan as the PDF prints it; every text already picked for the reader's language.
#[derive(Debug, Clone)]
pub struct PlanDocument {
    pub lang: String,
    pub rtl: bool,
    /// Also the PDF's title in its metadata.
    pub title: LangText,
    pub process: LangText,
    pub summary: LangText,
    /// "Stand: …", the day the file was made.
    pub date_line: String,
    pub footer: String,
    pub labels: PlanLabels,
    pub fields: Vec<PlanFieldPdf>,
}

/// The words the PDF puts before values, in the reader's language.
#[derive(Debug, Clone)]
pub struct PlanLabels {
    pub status: String,
    pub lead_unit: String,
    pub partners: String,
    pub timeframe: String,
    pub latest_update: String,
    pub no_goals: String,
}

#[derive(Debug, Clone)]
pub struct PlanFieldPdf {
    pub title: LangText,
    pub goals: Vec<PlanGoalPdf>,
}

#[derive(Debug, Clone)]
pub struct PlanGoalPdf {
    pub title: LangText,
    pub description: LangText,
    pub measures: Vec<PlanMeasurePdf>,
}

#[derive(Debug, Clone)]
pub struct PlanMeasurePdf {
    pub title: LangText,
    pub description: LangText,
    pub status: String,
    pub lead_unit: LangText,
    pub partners: LangText,
    pub timeframe: LangText,
    /// "Stand vom …: …", or empty.
    pub latest_update: String,
    pub latest_note: LangText,
    /// Where the measure came from, as one sentence.
    pub origins: String,
}

fn plan_engine() -> &'static TypstEngine<TypstTemplateMainFile> {
    static ENGINE: OnceLock<TypstEngine<TypstTemplateMainFile>> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .main_file(PLAN_TEMPLATE)
            .fonts(FONTS)
            .build()
    })
}

/// The language as Typst takes it: the primary subtag of a BCP 47 tag, so that Leichte
/// Sprache (`de-x-ls`) is set, hyphenated and tagged as German.
fn typst_lang(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

fn lang_text(t: &LangText) -> Value {
    let mut dict = Dict::new();
    dict.insert("text".into(), t.text.clone().into_value());
    dict.insert("lang".into(), typst_lang(&t.lang).into_value());
    Value::Dict(dict)
}

fn string(s: &str) -> Value {
    s.to_owned().into_value()
}

impl From<&PlanDocument> for Dict {
    fn from(plan: &PlanDocument) -> Dict {
        let mut dict = Dict::new();
        dict.insert("lang".into(), typst_lang(&plan.lang).into_value());
        dict.insert("rtl".into(), plan.rtl.into_value());
        dict.insert("title".into(), lang_text(&plan.title));
        dict.insert("process".into(), lang_text(&plan.process));
        dict.insert("summary".into(), lang_text(&plan.summary));
        dict.insert("date_line".into(), string(&plan.date_line));
        dict.insert("footer".into(), string(&plan.footer));
        let l = &plan.labels;
        let mut labels = Dict::new();
        for (key, value) in [
            ("status", &l.status),
            ("lead_unit", &l.lead_unit),
            ("partners", &l.partners),
            ("timeframe", &l.timeframe),
            ("latest_update", &l.latest_update),
            ("no_goals", &l.no_goals),
        ] {
            labels.insert(key.into(), string(value));
        }
        dict.insert("labels".into(), Value::Dict(labels));
        let fields: Array = plan
            .fields
            .iter()
            .map(|f| {
                let mut field = Dict::new();
                field.insert("title".into(), lang_text(&f.title));
                let goals: Array = f
                    .goals
                    .iter()
                    .map(|g| {
                        let mut goal = Dict::new();
                        goal.insert("title".into(), lang_text(&g.title));
                        goal.insert("description".into(), lang_text(&g.description));
                        let measures: Array = g
                            .measures
                            .iter()
                            .map(|m| {
                                let mut measure = Dict::new();
                                for (key, value) in [
                                    ("title", &m.title),
                                    ("description", &m.description),
                                    ("lead_unit", &m.lead_unit),
                                    ("partners", &m.partners),
                                    ("timeframe", &m.timeframe),
                                    ("latest_note", &m.latest_note),
                                ] {
                                    measure.insert(key.into(), lang_text(value));
                                }
                                measure.insert("status".into(), string(&m.status));
                                measure.insert("latest_update".into(), string(&m.latest_update));
                                measure.insert("origins".into(), string(&m.origins));
                                Value::Dict(measure)
                            })
                            .collect();
                        goal.insert("measures".into(), Value::Array(measures));
                        Value::Dict(goal)
                    })
                    .collect();
                field.insert("goals".into(), Value::Array(goals));
                Value::Dict(field)
            })
            .collect();
        dict.insert("fields".into(), Value::Array(fields));
        dict
    }
}

/// The action plan as a tagged PDF that follows PDF/UA-1, so screen readers can read it.
pub fn plan(document: &PlanDocument) -> Result<Vec<u8>, PdfError> {
    let compiled = plan_engine()
        .compile_with_input(Dict::from(document))
        .output
        .map_err(|e| PdfError::Typeset(format!("{e:?}")))?;
    typst_pdf::pdf(&compiled, &tagged()?).map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// Options for a tagged PDF that follows PDF/UA-1: title, language, reading order, headings
/// and table headers for screen readers.
fn tagged() -> Result<typst_pdf::PdfOptions, PdfError> {
    Ok(typst_pdf::PdfOptions {
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
            .map_err(|e| PdfError::Write(format!("{e:?}")))?,
        ..typst_pdf::PdfOptions::default()
    })
}

/// The attendance list as a tagged PDF (PDF/UA-1).
pub fn attendance(list: &AttendanceList) -> Result<Vec<u8>, PdfError> {
    let document = engine()
        .compile_with_input(Dict::from(list))
        .output
        .map_err(|e| PdfError::Typeset(format!("{e:?}")))?;
    typst_pdf::pdf(&document, &tagged()?).map_err(|e| PdfError::Write(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(rows: usize) -> AttendanceList {
        AttendanceList {
            lang: "de".into(),
            rtl: false,
            title: "Beteiligungsveranstaltung für kommunalpolitische Akteurinnen und Akteure"
                .into(),
            when: "Samstag, 3. Juli 2021, 10:00–16:00 Uhr".into(),
            place: "Dresdner Rathaus, Rathausplatz 1, Eingang Goldene Pforte".into(),
            note:
                "Anwesenheitsliste zur Kontaktnachverfolgung; sie wird nach vier Wochen vernichtet."
                    .into(),
            footer: "Seite".into(),
            headers: [
                "Nr.".into(),
                "Name".into(),
                "Organisation".into(),
                "Unterschrift".into(),
            ],
            rows: (0..rows)
                .map(|i| match i % 3 {
                    0 => (
                        format!("عمر الفاروق {i}"),
                        "جمعية الجالية العربية".to_owned(),
                    ),
                    1 => (format!("Ольга Шевченко {i}"), "Украинский клуб".to_owned()),
                    _ => (format!("Jürgen Müller {i}"), "Stadtteilnetzwerk".to_owned()),
                })
                .collect(),
        }
    }

    /// Page objects in a PDF, counted from its page tree's `/Count`.
    fn page_count(pdf: &[u8]) -> usize {
        let text = String::from_utf8_lossy(pdf);
        text.split("/Count ")
            .skip(1)
            .filter_map(|rest| {
                rest.split(|c: char| !c.is_ascii_digit())
                    .next()?
                    .parse()
                    .ok()
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn the_list_is_a_pdf_that_grows_to_more_pages() {
        let short = attendance(&list(3)).unwrap();
        assert!(short.starts_with(b"%PDF-"));
        assert_eq!(page_count(&short), 1);
        let long = attendance(&list(60)).unwrap();
        assert!(page_count(&long) >= 3, "60 rows of 1 cm need several pages");
        let text = String::from_utf8_lossy(&long);
        assert!(text.contains("/StructTreeRoot"), "the PDF is tagged");
    }

    fn lt(text: &str, lang: &str) -> LangText {
        LangText {
            text: text.into(),
            lang: lang.into(),
        }
    }

    fn plan_document(lang: &str, measures: usize) -> PlanDocument {
        PlanDocument {
            lang: lang.into(),
            rtl: matches!(lang, "ar" | "fa"),
            title: lt("Aktionsplan Integration 2022 bis 2026", "de"),
            process: lt("Dresdner Integrationskonzept", "de"),
            summary: lt("Ziele und Maßnahmen #für [alle] *Dresdner*", "de"),
            date_line: "Stand: Montag, 14. Juni 2021".into(),
            footer: "Aktionsplan".into(),
            labels: PlanLabels {
                status: "Stand".into(),
                lead_unit: "Federführung".into(),
                partners: "Partner".into(),
                timeframe: "Zeitraum".into(),
                latest_update: "Zuletzt".into(),
                no_goals: "Noch keine Ziele.".into(),
            },
            fields: vec![
                PlanFieldPdf {
                    title: lt("اكتساب اللغة", "ar"),
                    goals: vec![PlanGoalPdf {
                        title: lt("Mehr Sprachkurse", "de"),
                        description: lt("", "de"),
                        measures: (0..measures)
                            .map(|i| PlanMeasurePdf {
                                title: lt(&format!("Sprachcafé $x {i}"), "de"),
                                description: lt("Ein Ort zum Üben.", "de"),
                                status: "in Arbeit".into(),
                                lead_unit: lt("Amt für Integration", "de"),
                                partners: lt("", "de"),
                                timeframe: lt("2022–2024", "de"),
                                latest_update: "Stand vom 1. März 2023".into(),
                                latest_note: lt("Zwei Cafés laufen.", "de"),
                                origins: "Beruht auf 2 Vorschlägen.".into(),
                            })
                            .collect(),
                    }],
                },
                PlanFieldPdf {
                    title: lt("Wohnen", "de"),
                    goals: Vec::new(),
                },
            ],
        }
    }

    #[test]
    fn the_plan_is_a_tagged_pdf_in_any_language() {
        for lang in ["de", "de-x-ls", "ar", "fa", "ru", "uk", "tr"] {
            let pdf = plan(&plan_document(lang, 30)).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert!(pdf.starts_with(b"%PDF-"));
            assert!(page_count(&pdf) >= 2, "30 measures fill more than a page");
            let text = String::from_utf8_lossy(&pdf);
            assert!(text.contains("/StructTreeRoot"), "the PDF is tagged");
        }
    }
}
