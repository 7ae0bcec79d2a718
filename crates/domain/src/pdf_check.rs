//! The rule that an uploaded PDF is passive, so that anyone may download it safely; pure bytes in, a verdict out.
//!
//! Only PDF files are taken, and only passive ones. The rule ([`check_pdf`]):
//! - the bytes begin with `%PDF-` and are at most [`MAX_PAPER_BYTES`] long;
//! - no PDF name anywhere in the file, with `#xx` escapes decoded, is one of `/JavaScript`,
//!   `/Launch`, `/EmbeddedFile`, `/EmbeddedFiles`, `/RichMedia` or `/XFA` (scripts, programs
//!   started by the reader, attached files, Flash or video, scriptable forms);
//! - no dictionary has a `/JS` key. An `/OpenAction` that only opens a page is allowed; one that
//!   runs a script carries `/S /JavaScript` and is refused by the rule above;
//! - objects packed into compressed object streams (`/ObjStm`) are inflated and checked the same
//!   way; a PDF whose object streams cannot be read (encrypted, or packed with a filter other
//!   than `/FlateDecode`) is refused, because it cannot be checked.
//!
//! A short name such as `/JS` can occur by chance in compressed image or font data, so it is only
//! looked for outside stream data and inside inflated object streams; the long names are looked
//! for everywhere.

/// The largest PDF taken: 10 MiB.
pub const MAX_PAPER_BYTES: usize = 10 * 1024 * 1024;

/// Why an uploaded file is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfProblem {
    /// No file was chosen, or it is empty.
    Missing,
    NotPdf,
    TooLarge,
    /// Scripts, launched programs, attachments, multimedia or scriptable forms.
    ActiveContent,
    /// Parts of the file are encrypted or packed in a way that cannot be checked.
    Uncheckable,
}

/// Names that make a PDF active, looked for everywhere in the file.
const ACTIVE_NAMES: &[&[u8]] = &[
    b"JavaScript",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
];
/// Looked for only where dictionaries are: outside stream data and in object streams.
const ACTIVE_KEYS: &[&[u8]] = &[b"JS"];
/// Filters other than `/FlateDecode`, with their abbreviations.
const OTHER_FILTERS: &[&[u8]] = &[
    b"ASCIIHexDecode",
    b"AHx",
    b"ASCII85Decode",
    b"A85",
    b"LZWDecode",
    b"LZW",
    b"RunLengthDecode",
    b"RL",
    b"CCITTFaxDecode",
    b"CCF",
    b"JBIG2Decode",
    b"DCTDecode",
    b"DCT",
    b"JPXDecode",
    b"Crypt",
];
/// How many bytes all object streams of one file may inflate to, against compression bombs.
const MAX_INFLATED: usize = 64 * 1024 * 1024;

/// Whether `bytes` is a PDF that may be offered for download; see the module's rule.
pub fn check_pdf(bytes: &[u8]) -> Result<(), PdfProblem> {
    if bytes.is_empty() {
        return Err(PdfProblem::Missing);
    }
    if bytes.len() > MAX_PAPER_BYTES {
        return Err(PdfProblem::TooLarge);
    }
    if !bytes.starts_with(b"%PDF-") {
        return Err(PdfProblem::NotPdf);
    }
    let mut encrypted = false;
    let mut object_stream_names = 0;
    for name in names(bytes) {
        if ACTIVE_NAMES.contains(&name.as_slice()) {
            return Err(PdfProblem::ActiveContent);
        }
        encrypted |= name == b"Encrypt";
        if name == b"ObjStm" {
            object_stream_names += 1;
        }
    }
    let mut object_streams = Vec::new();
    for (outside, data) in segments(bytes) {
        if names(outside).any(|n| ACTIVE_KEYS.contains(&n.as_slice())) {
            return Err(PdfProblem::ActiveContent);
        }
        let Some(data) = data else { continue };
        let dictionary = last_object(outside);
        let dictionary_names: Vec<Vec<u8>> = names(dictionary).collect();
        if dictionary_names.iter().any(|n| n == b"ObjStm") {
            object_streams.push((dictionary_names, data));
        }
    }
    // An object stream whose dictionary could not be paired with its data cannot be checked.
    if object_streams.len() < object_stream_names {
        return Err(PdfProblem::Uncheckable);
    }
    if !object_streams.is_empty() && encrypted {
        return Err(PdfProblem::Uncheckable);
    }
    let mut budget = MAX_INFLATED;
    for (dictionary, data) in object_streams {
        let packed = |n: &[u8]| n == b"FlateDecode" || n == b"Fl";
        if dictionary
            .iter()
            .any(|n| OTHER_FILTERS.contains(&n.as_slice()) || n == b"DecodeParms" || n == b"DP")
        {
            return Err(PdfProblem::Uncheckable);
        }
        let content = if dictionary.iter().any(|n| packed(n)) {
            let inflated = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, budget)
                .map_err(|_| PdfProblem::Uncheckable)?;
            budget -= inflated.len();
            inflated
        } else {
            data.to_vec()
        };
        if names(&content)
            .any(|n| ACTIVE_NAMES.contains(&n.as_slice()) || ACTIVE_KEYS.contains(&n.as_slice()))
        {
            return Err(PdfProblem::ActiveContent);
        }
    }
    Ok(())
}

/// PDF white space and delimiters end a name.
fn ends_name(b: u8) -> bool {
    matches!(
        b,
        b'\0'
            | b'\t'
            | b'\n'
            | b'\x0c'
            | b'\r'
            | b' '
            | b'('
            | b')'
            | b'<'
            | b'>'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'/'
            | b'%'
    )
}

/// Every name in `bytes` (`/Name`), with `#xx` escapes decoded.
fn names(bytes: &[u8]) -> impl Iterator<Item = Vec<u8>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if bytes[i] != b'/' {
                i += 1;
                continue;
            }
            i += 1;
            let mut name = Vec::new();
            while i < bytes.len() && !ends_name(bytes[i]) {
                if bytes[i] == b'#'
                    && i + 2 < bytes.len()
                    && let Some(byte) = std::str::from_utf8(&bytes[i + 1..i + 3])
                        .ok()
                        .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                {
                    name.push(byte);
                    i += 3;
                } else {
                    name.push(bytes[i]);
                    i += 1;
                }
            }
            return Some(name);
        }
        None
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The file cut at its streams: the bytes before each `stream` keyword, and the stream's data.
fn segments(bytes: &[u8]) -> Vec<(&[u8], Option<&[u8]>)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(at) = find(bytes, b"stream", search) {
        search = at + 6;
        // The keyword follows a dictionary's `>>` and is followed by an end of line.
        let before = bytes[start..at].trim_ascii_end();
        let eol = match bytes.get(at + 6..at + 8) {
            Some([b'\r', b'\n']) => 2,
            Some([b'\n', _]) | Some([b'\r', _]) => 1,
            _ => 0,
        };
        if !before.ends_with(b">>") || eol == 0 {
            continue;
        }
        let data_start = at + 6 + eol;
        let data_end = find(bytes, b"endstream", data_start).unwrap_or(bytes.len());
        out.push((&bytes[start..at], Some(&bytes[data_start..data_end])));
        start = (data_end + 9).min(bytes.len());
        search = start;
    }
    out.push((&bytes[start..], None));
    out
}

/// The text of the last object begun in `outside`: its dictionary when a stream follows.
fn last_object(outside: &[u8]) -> &[u8] {
    match rfind(outside, b"obj") {
        Some(at) => &outside[at + 3..],
        None => outside,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf(body: &str) -> Vec<u8> {
        format!("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n{body}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").into_bytes()
    }

    fn object_stream(objects: &str, compressed: bool) -> Vec<u8> {
        let mut out = b"%PDF-1.5\n5 0 obj\n".to_vec();
        let data = if compressed {
            miniz_oxide::deflate::compress_to_vec_zlib(objects.as_bytes(), 6)
        } else {
            objects.as_bytes().to_vec()
        };
        let filter = if compressed {
            "/Filter /FlateDecode "
        } else {
            ""
        };
        out.extend_from_slice(
            format!(
                "<< /Type /ObjStm /N 1 /First 4 {filter}/Length {} >>\nstream\n",
                data.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        out
    }

    #[test]
    fn a_plain_pdf_passes() {
        assert_eq!(check_pdf(&pdf("")), Ok(()));
        let page_open = pdf("2 0 obj\n<< /OpenAction [3 0 R /Fit] >>\nendobj");
        assert_eq!(check_pdf(&page_open), Ok(()));
    }

    #[test]
    fn anything_but_a_pdf_is_refused() {
        assert_eq!(check_pdf(b""), Err(PdfProblem::Missing));
        assert_eq!(check_pdf(b"\x89PNG\r\n\x1a\n...."), Err(PdfProblem::NotPdf));
        let mut big = pdf("");
        big.resize(MAX_PAPER_BYTES + 1, b' ');
        assert_eq!(check_pdf(&big), Err(PdfProblem::TooLarge));
    }

    #[test]
    fn scripts_and_attachments_are_refused_even_when_escaped() {
        for body in [
            "2 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj",
            "2 0 obj\n<< /OpenAction << /S /J#61vaScript /JS 3 0 R >> >>\nendobj",
            "2 0 obj\n<< /AA << /O << /JS (x) >> >> >>\nendobj",
            "2 0 obj\n<< /S /Launch /F (calc.exe) >>\nendobj",
            "2 0 obj\n<< /Names << /EmbeddedFiles 3 0 R >> >>\nendobj",
            "2 0 obj\n<< /Type /EmbeddedFile >>\nendobj",
            "2 0 obj\n<< /Subtype /RichMedia >>\nendobj",
            "2 0 obj\n<< /AcroForm << /XFA 4 0 R >> >>\nendobj",
        ] {
            assert_eq!(
                check_pdf(&pdf(body)),
                Err(PdfProblem::ActiveContent),
                "{body}"
            );
        }
    }

    #[test]
    fn scripts_packed_in_object_streams_are_found() {
        let hidden = "3 0 << /S /JavaScript /JS (app.alert(1)) >>";
        assert_eq!(
            check_pdf(&object_stream(hidden, true)),
            Err(PdfProblem::ActiveContent)
        );
        assert_eq!(
            check_pdf(&object_stream("3 0 << /JS 9 0 R >>", true)),
            Err(PdfProblem::ActiveContent)
        );
        assert_eq!(
            check_pdf(&object_stream("3 0 << /Type /Page >>", true)),
            Ok(())
        );
        assert_eq!(
            check_pdf(&object_stream("3 0 << /Type /Page >>", false)),
            Ok(())
        );
    }

    #[test]
    fn object_streams_that_cannot_be_read_are_refused() {
        let not_packed = String::from_utf8(object_stream("3 0 << /Type /Page >>", false))
            .unwrap()
            .replace("/ObjStm", "/ObjStm /Filter /FlateDecode");
        assert_eq!(
            check_pdf(not_packed.as_bytes()),
            Err(PdfProblem::Uncheckable)
        );
        let other_filter = String::from_utf8(object_stream("3 0 << >>", false))
            .unwrap()
            .replace("/ObjStm", "/ObjStm /Filter /LZWDecode");
        assert_eq!(
            check_pdf(other_filter.as_bytes()),
            Err(PdfProblem::Uncheckable)
        );
    }

    #[test]
    fn a_short_name_in_image_data_is_no_script() {
        let mut file = pdf("").to_vec();
        file.extend_from_slice(b"4 0 obj\n<< /Subtype /Image /Length 9 >>\nstream\n\x01/JS \x02\x03\xff\nendstream\nendobj\n");
        assert_eq!(check_pdf(&file), Ok(()));
    }
}
