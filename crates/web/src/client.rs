//! Which client sent a request, for limits per client: the peer's address, or, when the peer is a
//! proxy on this host or network, the address that proxy appended last to `X-Forwarded-For`.

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client's address; `None` when the server was started without connection info.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    /// What one client is counted by: an IPv4 address, or the /64 network of an IPv6 address
    /// (one household or device gets a whole /64 and may use any address in it).
    pub fn bucket(&self) -> String {
        match self.0 {
            Some(IpAddr::V4(v4)) => v4.to_string(),
            Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let s = v6.segments();
                    format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
                }
            },
            None => "unknown".to_owned(),
        }
    }
}

/// A peer that is likely a reverse proxy in front of mitwirken: loopback or a private network.
fn is_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback() || v4.is_private() || v4.is_link_local(),
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
                || v6
                    .to_ipv4_mapped()
                    .is_some_and(|v4| is_local(IpAddr::V4(v4)))
        }
    }
}

/// The last address in `X-Forwarded-For`: the one the nearest proxy wrote, which the client cannot forge.
fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let last = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .rfind(|v| !v.is_empty())?;
    last.parse::<IpAddr>()
        .ok()
        .or_else(|| last.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

fn client_address(peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
    let peer = peer?;
    if is_local(peer)
        && let Some(forwarded) = forwarded_for(headers)
    {
        return Some(forwarded);
    }
    Some(peer)
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddress(client_address(peer, &parts.headers)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(forwarded: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(forwarded).unwrap());
        headers
    }

    #[test]
    fn a_proxy_on_this_host_names_the_client_and_a_stranger_cannot() {
        let proxy: IpAddr = "127.0.0.1".parse().unwrap();
        let stranger: IpAddr = "203.0.113.9".parse().unwrap();
        let forwarded = headers("198.51.100.1, 192.0.2.44");
        assert_eq!(
            client_address(Some(proxy), &forwarded),
            Some("192.0.2.44".parse().unwrap())
        );
        assert_eq!(client_address(Some(stranger), &forwarded), Some(stranger));
        assert_eq!(client_address(Some(proxy), &HeaderMap::new()), Some(proxy));
        assert_eq!(client_address(None, &forwarded), None);
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_network() {
        let a = ClientAddress(Some("2001:db8:1:2:aaaa::1".parse().unwrap()));
        let b = ClientAddress(Some("2001:db8:1:2:bbbb::9".parse().unwrap()));
        assert_eq!(a.bucket(), b.bucket());
        assert_eq!(a.bucket(), "2001:db8:1:2::/64");
        let mapped = ClientAddress(Some("::ffff:192.0.2.1".parse().unwrap()));
        assert_eq!(mapped.bucket(), "192.0.2.1");
        assert_eq!(ClientAddress(None).bucket(), "unknown");
    }
}
