//! XLSX for the back office: one sheet, bold frozen header row, autofilter, fitted column widths.

use crate::table::Table;
use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook};

/// Excel's limit on sheet name length, in UTF-16 code units.
const MAX_SHEET_NAME: usize = 31;
/// Widest column we set, in character widths.
const MAX_COLUMN_WIDTH: usize = 60;
/// Narrowest column we set, in character widths.
const MIN_COLUMN_WIDTH: usize = 6;
/// Excel's limits: 1,048,576 rows (one is the header) and 16,384 columns.
const MAX_DATA_ROWS: usize = 1_048_575;
const MAX_COLUMNS: usize = 16_384;

/// Why no XLSX file could be made.
#[derive(Debug, thiserror::Error)]
pub enum XlsxError {
    #[error("the table has {rows} rows and {columns} columns, more than a worksheet holds")]
    TooLarge { rows: usize, columns: usize },
    #[error("writing the XLSX file failed: {0}")]
    Write(#[from] rust_xlsxwriter::XlsxError),
}

/// The table as an XLSX workbook with one sheet named after the title.
///
/// Every cell is written as a string, so nothing is ever taken for a formula or number.
pub fn xlsx(table: &Table) -> Result<Vec<u8>, XlsxError> {
    let columns = table.column_count();
    if table.rows.len() > MAX_DATA_ROWS || columns > MAX_COLUMNS {
        return Err(XlsxError::TooLarge {
            rows: table.rows.len(),
            columns,
        });
    }
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name(&table.title))?;

    let bold = Format::new().set_bold();
    for (col, header) in (0..).zip(&table.headers) {
        sheet.write_string_with_format(0, col, header, &bold)?;
    }
    for (row, cells) in (1..).zip(&table.rows) {
        for (col, cell) in (0..).zip(cells) {
            if !cell.is_empty() {
                sheet.write_string(row, col, cell)?;
            }
        }
    }

    if columns > 0 {
        // Both fit: checked against Excel's limits above.
        let last_col = ColNum::try_from(columns - 1).expect("checked above");
        let last_row = RowNum::try_from(table.rows.len()).expect("checked above");
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        for col in 0..=last_col {
            sheet.set_column_width(col, column_width(table, usize::from(col)) as f64)?;
        }
    }
    Ok(workbook.save_to_buffer()?)
}

/// A valid sheet name from the title: without `[]:*?/\` and control characters,
/// no leading or trailing `'`, at most 31 UTF-16 units, never blank nor Excel's reserved `History`.
fn sheet_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .collect();
    let mut name = String::new();
    for c in cleaned.trim().trim_matches('\'').chars() {
        if name.encode_utf16().count() + c.len_utf16() > MAX_SHEET_NAME {
            break;
        }
        name.push(c);
    }
    // Cutting may leave an apostrophe or space at the end.
    let name = name.trim_end().trim_end_matches('\'').trim_end();
    if name.is_empty() {
        "Tabelle".to_owned()
    } else if name.eq_ignore_ascii_case("history") {
        format!("{name} 1")
    } else {
        name.to_owned()
    }
}

/// A rough fit: the longest line in the column plus some room, within the bounds.
fn column_width(table: &Table, col: usize) -> usize {
    let longest = std::iter::once(&table.headers)
        .chain(&table.rows)
        .filter_map(|row| row.get(col))
        .flat_map(|cell| cell.lines())
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    (longest + 2).clamp(MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    use std::io::Cursor;

    fn table() -> Table {
        Table {
            title: "Anmeldungen: Sommerfest [2025/26]".into(),
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
                    "+49 351 1234".into(),
                ],
            ],
        }
    }

    fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
        open_workbook_from_rs(Cursor::new(bytes)).expect("a readable XLSX file")
    }

    #[test]
    fn round_trips_through_calamine() {
        let mut book = open(xlsx(&table()).unwrap());
        assert_eq!(book.sheet_names(), ["Anmeldungen Sommerfest 202526"]);
        let range = book
            .worksheet_range("Anmeldungen Sommerfest 202526")
            .unwrap();
        let cell = |row: u32, col: u32| range.get_value((row, col)).cloned();
        assert_eq!(cell(0, 0), Some(Data::String("Name".into())));
        assert_eq!(cell(0, 1), Some(Data::String("E-Mail".into())));
        assert_eq!(cell(0, 2), Some(Data::String("Anmerkung".into())));
        assert_eq!(cell(1, 0), Some(Data::String("عمر الفاروق".into())));
        assert_eq!(cell(2, 0), Some(Data::String("Ольга".into())));
        assert_eq!(cell(2, 2), Some(Data::String("+49 351 1234".into())));
        // The formula-looking text is a plain string cell, unchanged, and no formula.
        assert_eq!(cell(1, 2), Some(Data::String("=HYPERLINK(\"x\")".into())));
        let formulas = book
            .worksheet_formula("Anmeldungen Sommerfest 202526")
            .unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    }

    #[test]
    fn sets_an_autofilter_over_the_data() {
        let book = open(xlsx(&table()).unwrap());
        let filter = book
            .defined_names()
            .iter()
            .find(|(name, _)| name == "_xlnm._FilterDatabase")
            .map(|(_, range)| range.as_str());
        assert_eq!(filter, Some("'Anmeldungen Sommerfest 202526'!$A$1:$C$3"));
    }

    #[test]
    fn sheet_names_are_valid() {
        assert_eq!(sheet_name("Anmeldungen"), "Anmeldungen");
        assert_eq!(sheet_name("a[b]c:d*e?f/g\\h"), "abcdefgh");
        assert_eq!(sheet_name(""), "Tabelle");
        assert_eq!(sheet_name("[]?"), "Tabelle");
        assert_eq!(sheet_name("'Quoted'"), "Quoted");
        assert_eq!(sheet_name("History"), "History 1");
        let long = sheet_name("Anmeldungen für das große Sommerfest im Park");
        assert_eq!(long, "Anmeldungen für das große Somme");
        assert_eq!(long.encode_utf16().count(), 31);
        // Emoji take two UTF-16 units each.
        assert_eq!(sheet_name(&"🎉".repeat(20)).encode_utf16().count(), 30);
    }

    #[test]
    fn column_widths_are_capped() {
        let mut t = table();
        t.rows.push(vec!["x".repeat(200)]);
        assert_eq!(column_width(&t, 0), MAX_COLUMN_WIDTH);
        assert_eq!(column_width(&t, 1), "olga@example.org".len() + 2);
        assert_eq!(column_width(&Table::default(), 0), MIN_COLUMN_WIDTH);
    }

    #[test]
    fn ragged_and_empty_tables_work() {
        let ragged = Table {
            title: "x".into(),
            headers: vec!["A".into()],
            rows: vec![vec!["1".into(), "2".into(), "3".into()], vec![]],
        };
        let mut book = open(xlsx(&ragged).unwrap());
        let range = book.worksheet_range("x").unwrap();
        assert_eq!(range.get_value((1, 2)), Some(&Data::String("3".into())));
        let empty = open(xlsx(&Table::default()).unwrap());
        assert_eq!(empty.sheet_names(), ["Tabelle"]);
    }
}
