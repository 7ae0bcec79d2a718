//! A plain table of text cells, the input of the spreadsheet exports (CSV, XLSX).

/// A table to export, e.g. the registration list of an event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// What the table is about, e.g. `Anmeldungen Sommerfest`: the XLSX sheet name
    /// (shortened and cleaned there). CSV has no place for it; use it for the file name.
    pub title: String,
    /// Column headings, written as the first row.
    pub headers: Vec<String>,
    /// The data rows; a row may be shorter or longer than `headers`.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The number of columns: the longest of the header row and the data rows.
    pub fn column_count(&self) -> usize {
        self.rows
            .iter()
            .map(Vec::len)
            .chain(std::iter::once(self.headers.len()))
            .max()
            .unwrap_or(0)
    }
}
