//! Data in, bytes out: the export formats. Each takes plain values and returns the file's bytes.

pub mod ical;
pub mod qr;
