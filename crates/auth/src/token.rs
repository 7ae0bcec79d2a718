//! Secrets in links and ticket codes. Link tokens are derived from a per-registration nonce with the
//! installation's secret key, so the same link can be mailed again, and only their hashes are stored.

use sha2::{Digest, Sha256};

/// A link secret of 256 bits, written as 64 hex digits.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // Without the OS random source no secret can be issued; there is nothing sensible to fall back to.
    getrandom::fill(&mut bytes).expect("the operating system's random source is available");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Token {
    /// A fresh random token, for secrets that are handed out once (session cookies).
    pub fn random() -> Token {
        Token(hex(&random::<32>()))
    }

    /// A token as it came back in a link; anything not shaped like one can never match.
    pub fn from_link(raw: &str) -> Option<Token> {
        let raw = raw.trim();
        (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| Token(raw.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> String {
        hex(&Sha256::digest(self.0.as_bytes()))
    }
}

/// What a link token is for; one nonce yields a different token per purpose.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    Confirm,
    Manage,
    /// A participant's sign-in link.
    SignIn,
}

/// The installation's secret key, from which link tokens are derived.
#[derive(Clone)]
pub struct Keys([u8; 32]);

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(***)")
    }
}

impl Keys {
    pub fn generate() -> Keys {
        Keys(random())
    }

    /// Reads a key written by [`Keys::to_hex`].
    pub fn from_hex(text: &str) -> Option<Keys> {
        let text = text.trim();
        if text.len() != 64 {
            return None;
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Keys(key))
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// HMAC-SHA256 (RFC 2104) of `purpose` and `nonce` under the key.
    pub fn token(&self, purpose: Purpose, nonce: &str) -> Token {
        let label = match purpose {
            Purpose::Confirm => "confirm",
            Purpose::Manage => "manage",
            Purpose::SignIn => "sign-in",
        };
        let message = format!("{label}:{nonce}");
        let outer = hmac_sha256(&self.0, message.as_bytes());
        Token(hex(&outer))
    }

    /// A keyed hash of a client's network address: it recognises the same client for a rate
    /// limit without storing the address, and cannot be reversed without the key.
    pub fn client_key(&self, address: &str) -> String {
        hex(&hmac_sha256(
            &self.0,
            format!("client:{address}").as_bytes(),
        ))
    }
}

/// HMAC-SHA256 (RFC 2104) for keys of at most one block.
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut inner_key = [0x36u8; 64];
    let mut outer_key = [0x5cu8; 64];
    for (i, b) in key.iter().take(64).enumerate() {
        inner_key[i] ^= b;
        outer_key[i] ^= b;
    }
    let inner = Sha256::new()
        .chain_update(inner_key)
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(outer_key)
        .chain_update(inner)
        .finalize()
        .into()
}

pub fn nonce() -> String {
    hex(&random::<16>())
}

/// A ticket code a person can read out or type: 10 characters without look-alikes, e.g. `K7QMP-3XA9D`.
pub fn ticket_code() -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let bytes = random::<10>();
    let mut code = String::with_capacity(11);
    for (i, b) in bytes.iter().enumerate() {
        if i == 5 {
            code.push('-');
        }
        code.push(ALPHABET[usize::from(b % 32)] as char);
    }
    code
}

/// Invitation codes are compared case-insensitively and without surrounding space.
pub fn hash_code(code: &str) -> String {
    hex(&Sha256::digest(code.trim().to_uppercase().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_the_rfc_4231_test_vector() {
        assert_eq!(
            hex(&hmac_sha256(&[0x0b; 20], b"Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
        let keys = Keys([0x0b; 32]);
        let a = keys.token(Purpose::Manage, "n1");
        let b = keys.token(Purpose::Manage, "n1");
        let c = keys.token(Purpose::Confirm, "n1");
        let d = Keys([0x0c; 32]).token(Purpose::Manage, "n1");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_eq!(a.as_str().len(), 64);
    }

    #[test]
    fn client_keys_recognise_an_address_without_showing_it() {
        let keys = Keys([0x0b; 32]);
        let key = keys.client_key("192.0.2.7");
        assert_eq!(key, keys.client_key("192.0.2.7"));
        assert_ne!(key, keys.client_key("192.0.2.8"));
        assert_ne!(key, Keys([0x0c; 32]).client_key("192.0.2.7"));
        assert_eq!(key.len(), 64);
    }

    #[test]
    fn tokens_round_trip_through_links_and_keys_through_text() {
        let keys = Keys::generate();
        let token = keys.token(Purpose::Confirm, &nonce());
        assert_eq!(Token::from_link(token.as_str()), Some(token.clone()));
        assert_eq!(Token::from_link("../etc/passwd"), None);
        assert_ne!(token.hash(), token.as_str());
        let again = Keys::from_hex(&keys.to_hex()).unwrap();
        assert_eq!(
            again.token(Purpose::Confirm, "x"),
            keys.token(Purpose::Confirm, "x")
        );
        assert!(Keys::from_hex("zz").is_none());
    }

    #[test]
    fn ticket_codes_avoid_look_alike_characters() {
        let code = ticket_code();
        assert_eq!(code.len(), 11);
        assert!(!code.contains(['0', 'O', '1', 'I']));
    }
}
