//! Data in, bytes out: the export formats. Each takes plain values and returns the file's bytes.

pub mod csv;
pub mod ical;
pub mod pdf;
pub mod qr;
pub mod table;
pub mod xlsx;

pub use table::Table;
