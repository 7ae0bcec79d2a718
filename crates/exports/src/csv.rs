//! CSV for German spreadsheet programs: UTF-8 with BOM, `;` as delimiter, CRLF, safe against formula injection.

use crate::table::Table;
use ::csv::{QuoteStyle, Terminator, WriterBuilder};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The table as CSV bytes: BOM, header row, then the data rows.
///
/// Cells are quoted where needed (`;`, `"`, line breaks). Cells that a spreadsheet
/// program would read as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
/// return) get a leading `'`, as the OWASP guidance on CSV injection recommends.
pub fn csv(table: &Table) -> Vec<u8> {
    let mut writer = WriterBuilder::new()
        .delimiter(b';')
        .terminator(Terminator::CRLF)
        .quote_style(QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(BOM.to_vec());
    for record in std::iter::once(&table.headers).chain(&table.rows) {
        for cell in record {
            writer
                .write_field(defuse(cell).as_bytes())
                .expect("writing CSV into memory cannot fail");
        }
        // Ends the record.
        writer
            .write_record(std::iter::empty::<&[u8]>())
            .expect("writing CSV into memory cannot fail");
    }
    writer
        .into_inner()
        .expect("flushing CSV into memory cannot fail")
}

/// The cell with a leading `'` if a spreadsheet program could take it for a formula.
fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            title: "Anmeldungen".into(),
            headers: vec!["Name".into(), "E-Mail".into(), "Anmerkung".into()],
            rows: vec![
                vec![
                    "عمر الفاروق".into(),
                    "omar@example.org".into(),
                    "=HYPERLINK(\"x\")".into(),
                ],
                vec![
                    "Ольга".into(),
                    "olga@example.org".into(),
                    "vegan; \"kein\" Gluten\nzweite Zeile".into(),
                ],
            ],
        }
    }

    fn read_back(bytes: &[u8]) -> Vec<Vec<String>> {
        let body = bytes.strip_prefix(BOM).expect("starts with a BOM");
        ::csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(body)
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn round_trips_through_a_csv_reader() {
        let rows = read_back(&csv(&table()));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], ["Name", "E-Mail", "Anmerkung"]);
        assert_eq!(rows[1][0], "عمر الفاروق");
        assert_eq!(rows[1][2], "'=HYPERLINK(\"x\")");
        assert_eq!(rows[2][0], "Ольга");
        assert_eq!(rows[2][2], "vegan; \"kein\" Gluten\nzweite Zeile");
    }

    #[test]
    fn uses_crlf_semicolons_and_quotes() {
        let bytes = csv(&table());
        let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
        assert!(text.starts_with("Name;E-Mail;Anmerkung\r\n"));
        assert!(text.contains("\"vegan; \"\"kein\"\" Gluten\nzweite Zeile\"\r\n"));
        assert!(text.ends_with("\r\n"));
    }

    #[test]
    fn defuses_every_formula_trigger() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(defuse(cell), format!("'{cell}"));
        }
        for cell in ["", "Anna", "'=x", " =x", "1-2"] {
            assert_eq!(defuse(cell), cell);
        }
    }

    #[test]
    fn an_empty_record_stays_a_record() {
        // The csv crate writes a record without fields as `""`, so readers do not skip it.
        let bytes = csv(&Table::default());
        assert_eq!(bytes, b"\xEF\xBB\xBF\"\"\r\n");
    }
}
