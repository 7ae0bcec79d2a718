//! PDFs set with Typst: the printable attendance and sign-in list of an event. Noto Sans and
//! Noto Sans Arabic are built in, so Latin, Cyrillic and Arabic names all print.

use std::sync::OnceLock;
use typst::foundations::{Array, Dict, IntoValue, Value};
use typst_as_lib::TypstEngine;
use typst_as_lib::TypstTemplateMainFile;

static TEMPLATE: &str = include_str!("../templates/attendance.typ");
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
        dict.insert("lang".into(), list.lang.clone().into_value());
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

/// The attendance list as a PDF.
pub fn attendance(list: &AttendanceList) -> Result<Vec<u8>, PdfError> {
    let document = engine()
        .compile_with_input(Dict::from(list))
        .output
        .map_err(|e| PdfError::Typeset(format!("{e:?}")))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|e| PdfError::Write(format!("{e:?}")))
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
    }
}
