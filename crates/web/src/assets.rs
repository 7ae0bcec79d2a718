//! Stylesheets and fonts built into the binary, served under content-hashed names with long cache lifetimes.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(RustEmbed)]
#[folder = "assets/"]
#[exclude = "*/SOURCE.txt"]
struct Assets;

struct Index {
    /// plain name → hashed name
    hashed: HashMap<String, String>,
    /// hashed name → plain name
    plain: HashMap<String, String>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut hashed = HashMap::new();
        let mut plain = HashMap::new();
        for name in Assets::iter() {
            let Some(file) = Assets::get(&name) else {
                continue;
            };
            let digest = Sha256::digest(&file.data);
            let short: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
            let with_hash = hashed_name(&name, &short);
            hashed.insert(name.to_string(), with_hash.clone());
            plain.insert(with_hash, name.to_string());
        }
        Index { hashed, plain }
    })
}

/// `css/app.css` with hash `ab12` becomes `css/app.ab12.css`.
fn hashed_name(name: &str, hash: &str) -> String {
    let (dir, file) = name.rsplit_once('/').map_or(("", name), |(d, f)| (d, f));
    let sep = if dir.is_empty() { "" } else { "/" };
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{dir}{sep}{stem}.{hash}.{ext}"),
        _ => format!("{name}.{hash}"),
    }
}

/// The URL of an asset under its content-hashed name.
pub fn url(name: &str) -> String {
    match index().hashed.get(name) {
        Some(hashed) => crate::paths::asset(hashed),
        None => crate::paths::asset(name),
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") | Some("md") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

pub async fn serve(Path(path): Path<String>) -> Response {
    let index = index();
    let (name, immutable) = match index.plain.get(&path) {
        Some(plain) => (plain.as_str(), true),
        None => (path.as_str(), false),
    };
    let Some(file) = Assets::get(name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cache = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let mut response = file.data.into_owned().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(name)),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

#[cfg(test)]
#[path = "../unit/assets.rs"]
mod tests;
