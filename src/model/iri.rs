//! Absolute IRIs for the W3C export: the base that every annotation's `source` and the
//! collection's `id` hang from, made from what the consultation says about itself.
//!
//! Everything written here is an absolute URI by RFC 3986's grammar (a URI is an IRI, and
//! readers of the Web Annotation model such as the W3C test suite check `format: uri`):
//! names are percent-encoded as UTF-8, and a base given by a person is checked.

/// Characters a URI holds as they are in any component: RFC 3986's `unreserved`.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn is_sub_delim(b: u8) -> bool {
    matches!(
        b,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
    )
}

/// RFC 3986's `pchar`, less `pct-encoded` (checked apart).
fn is_pchar(b: u8) -> bool {
    is_unreserved(b) || is_sub_delim(b) || matches!(b, b':' | b'@')
}

/// One name as a path segment: every byte of its UTF-8 but the unreserved characters is
/// percent-encoded, so a round or file name can never add a `/`, `?` or `#` of its own.
pub fn segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for &b in name.as_bytes() {
        if is_unreserved(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `s` with every non-ASCII character percent-encoded as UTF-8: RFC 3987's mapping of an IRI
/// to a URI (section 3.1). ASCII is left as it is, to be judged by [`check_uri`].
fn iri_to_uri(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Does every byte of `s` pass `ok`, with `%` only as the start of a `%XX` escape?
fn chars_ok(s: &str, ok: impl Fn(u8) -> bool) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if i + 2 >= b.len() || !b[i + 1].is_ascii_hexdigit() || !b[i + 2].is_ascii_hexdigit() {
                return false;
            }
            i += 3;
        } else if ok(b[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// RFC 3986's `authority`: `[userinfo "@"] host [":" port]`.
fn check_authority(a: &str) -> Result<(), String> {
    let (userinfo, hostport) = match a.rfind('@') {
        Some(i) => (Some(&a[..i]), &a[i + 1..]),
        None => (None, a),
    };
    if let Some(u) = userinfo {
        if !chars_ok(u, |b| is_unreserved(b) || is_sub_delim(b) || b == b':') {
            return Err(crate::t!("lib-iri-bad-user", user = format!("{u:?}")));
        }
    }
    let (host, port) = if let Some(rest) = hostport.strip_prefix('[') {
        let Some(close) = rest.find(']') else {
            return Err(crate::t!("lib-iri-unclosed-ip"));
        };
        let literal = &rest[..close];
        let future = literal.len() > 1
            && literal.starts_with(['v', 'V'])
            && literal[1..].split_once('.').is_some_and(|(v, r)| {
                !v.is_empty()
                    && v.bytes().all(|b| b.is_ascii_hexdigit())
                    && !r.is_empty()
                    && r.bytes()
                        .all(|b| is_unreserved(b) || is_sub_delim(b) || b == b':')
            });
        if !future && literal.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(crate::t!("lib-iri-bad-ip", ip = format!("[{literal}]")));
        }
        (&hostport[..close + 2], &rest[close + 1..])
    } else {
        match hostport.find(':') {
            Some(i) => (&hostport[..i], &hostport[i..]),
            None => (hostport, ""),
        }
    };
    if !host.starts_with('[') && !chars_ok(host, |b| is_unreserved(b) || is_sub_delim(b)) {
        return Err(crate::t!("lib-iri-bad-host", host = format!("{host:?}")));
    }
    let port_ok = match port.strip_prefix(':') {
        Some(digits) => digits.bytes().all(|b| b.is_ascii_digit()),
        None => port.is_empty(),
    };
    if !port_ok {
        return Err(crate::t!("lib-iri-bad-port", port = format!("{port:?}")));
    }
    Ok(())
}

/// Is `s` an absolute URI by RFC 3986's grammar (`scheme ":" hier-part ["?" query]
/// ["#" fragment]`)? The error says what is wrong.
pub fn check_uri(s: &str) -> Result<(), String> {
    let Some((scheme, rest)) = s.split_once(':') else {
        return Err(crate::t!("lib-iri-no-scheme"));
    };
    let sb = scheme.as_bytes();
    if sb.is_empty()
        || !sb[0].is_ascii_alphabetic()
        || !sb
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    {
        return Err(crate::t!(
            "lib-iri-bad-scheme",
            scheme = format!("{scheme:?}")
        ));
    }
    let (rest, fragment) = match rest.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (rest, None),
    };
    let (hier, query) = match rest.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (rest, None),
    };
    let path = match hier.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            check_authority(&after[..end])?;
            &after[end..]
        }
        None => hier,
    };
    if !chars_ok(path, |b| is_pchar(b) || b == b'/') {
        return Err(crate::t!("lib-iri-bad-path", path = format!("{path:?}")));
    }
    for (key, part) in [
        ("lib-iri-bad-query", query),
        ("lib-iri-bad-fragment", fragment),
    ] {
        if let Some(p) = part {
            if !chars_ok(p, |b| is_pchar(b) || b == b'/' || b == b'?') {
                return Err(crate::t!(key, part = format!("{p:?}")));
            }
        }
    }
    Ok(())
}

/// A base given by a person (`--base`, or `base` in the manifest) as the absolute URI that
/// names are appended to: an IRI's non-ASCII characters percent-encoded, then checked, and a
/// `/` added unless it ends with `/` or `:`. The error says why it is not an absolute IRI.
pub fn base(given: &str) -> Result<String, String> {
    let given = given.trim();
    let mut uri = iri_to_uri(given);
    check_uri(&uri).map_err(|why| {
        crate::t!(
            "lib-iri-not-absolute",
            iri = format!("{given:?}"),
            example = "https://git.example.org/framework/raw/",
            why = why
        )
    })?;
    if !uri.ends_with(['/', ':']) {
        uri.push('/');
    }
    Ok(uri)
}

/// The `urn:` base of a consultation that says nothing of where it is published: `root` is
/// the id of its first commit, which every copy of the consultation shares.
pub fn urn(root: &str) -> String {
    format!("urn:consulta:{}:", segment(root))
}

/// Host and path of a git remote's URL: `scheme://[user@]host[:port]/path` or git's short
/// `[user@]host:path`. `None` for a local path or anything else.
fn host_and_path(url: &str) -> Option<(&str, &str)> {
    let url = url.trim();
    if let Some((scheme, rest)) = url.split_once("://") {
        let scheme = scheme.to_ascii_lowercase();
        if !matches!(
            scheme.as_str(),
            "https" | "http" | "ssh" | "git" | "git+ssh" | "ssh+git"
        ) {
            return None;
        }
        let slash = rest.find('/')?;
        let (authority, path) = rest.split_at(slash);
        let hostport = authority.rsplit('@').next()?;
        let host = hostport.split(':').next()?;
        let path = path.split(['?', '#']).next()?;
        return Some((host, path));
    }
    // Git's short form: the ':' comes before any '/', and the host is more than a drive letter.
    let colon = url.find(':')?;
    let host = url[..colon].rsplit('@').next()?;
    if url[..colon].contains(['/', '\\']) || host.len() < 2 {
        return None;
    }
    Some((host, &url[colon + 1..]))
}

/// The base of a remote on a forge whose raw-file addresses are known, such that
/// `<base><round>/drafts/<file>` is the section file at that round's tag:
///
/// - GitHub and Bitbucket: `https://<host>/<owner>/<repo>/raw/`
/// - GitLab (`gitlab.com`, or a host whose name starts with `gitlab.`):
///   `https://<host>/<group>/<repo>/-/raw/`
/// - Gitea and Forgejo (`codeberg.org`, or a host whose name starts with `gitea.` or
///   `forgejo.`): `https://<host>/<owner>/<repo>/raw/tag/`
///
/// Whatever the URL's form (https, ssh, git's short form), the result is https, and the
/// URL's user name and password, port, query and fragment are left out. `None` for any other
/// host, and for a local path.
pub fn from_remote(url: &str) -> Option<String> {
    let (host, path) = host_and_path(url)?;
    let host = host.to_ascii_lowercase();
    if host.is_empty()
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    {
        return None;
    }
    let path = path.trim_matches('/');
    let path = path
        .strip_suffix(".git")
        .unwrap_or(path)
        .trim_end_matches('/');
    let parts: Vec<&str> = path.split('/').collect();
    if parts.len() < 2
        || parts
            .iter()
            .any(|p| p.is_empty() || *p == "." || *p == "..")
    {
        return None;
    }
    let tail = match host.as_str() {
        "github.com" | "bitbucket.org" => "raw/",
        h if h == "gitlab.com" || h.starts_with("gitlab.") => "-/raw/",
        h if h == "codeberg.org" || h.starts_with("gitea.") || h.starts_with("forgejo.") => {
            "raw/tag/"
        }
        _ => return None,
    };
    let path: Vec<String> = parts.iter().map(|p| segment(p)).collect();
    Some(format!("https://{host}/{}/{tail}", path.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(segment("05-assessment.md"), "05-assessment.md");
        assert_eq!(segment("evaluación"), "evaluaci%C3%B3n");
        assert_eq!(segment("a b/c?d#e%"), "a%20b%2Fc%3Fd%23e%25");
    }

    #[test]
    fn absolute_uris_by_the_grammar() {
        for good in [
            "https://git.example.org/framework/raw/",
            "urn:consulta:0123abcd:round-1/drafts/05-a.md",
            "urn:uuid:0197a3a1-2b3c-8d4e-9f00-112233445566",
            "mailto:ana@example.org",
            "http://[::1]:8080/x?y=1#z",
            "http://user:pw@host.example:80/a%20b",
            "file:///srv/framework.git",
        ] {
            assert_eq!(check_uri(good), Ok(()), "{good}");
        }
        for bad in [
            "round-1/drafts/05-assessment.md",
            "annotations",
            "/abs/path",
            "1http://x/",
            "https://x/a b",
            "https://x/ü",
            "https://x/%zz",
            "https://x/%4",
            "http://[nope]/",
            "http://host:port/",
            "https://x/a#b#c",
        ] {
            assert!(check_uri(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_given_base_is_checked_and_made_a_prefix() {
        assert_eq!(
            base("https://git.example.org/framework/raw").as_deref(),
            Ok("https://git.example.org/framework/raw/")
        );
        assert_eq!(base("urn:example:x:").as_deref(), Ok("urn:example:x:"));
        assert_eq!(
            base("https://git.example.org/marco/evaluación/").as_deref(),
            Ok("https://git.example.org/marco/evaluaci%C3%B3n/")
        );
        for bad in ["", "annotations/", "git.example.org/raw", "https://x/a b"] {
            let e = base(bad).unwrap_err();
            assert!(e.contains("not an absolute IRI"), "{bad}: {e}");
        }
    }

    #[test]
    fn remotes_on_known_forges_become_browsable() {
        let cases = [
            (
                "https://github.com/org/framework.git",
                Some("https://github.com/org/framework/raw/"),
            ),
            (
                "git@github.com:org/framework.git",
                Some("https://github.com/org/framework/raw/"),
            ),
            (
                "ssh://git@github.com/org/framework",
                Some("https://github.com/org/framework/raw/"),
            ),
            (
                "https://user:secret-token@github.com/org/framework.git/",
                Some("https://github.com/org/framework/raw/"),
            ),
            (
                "https://gitlab.com/group/sub/framework.git",
                Some("https://gitlab.com/group/sub/framework/-/raw/"),
            ),
            (
                "ssh://git@gitlab.example.org:2222/ministry/marco.git",
                Some("https://gitlab.example.org/ministry/marco/-/raw/"),
            ),
            (
                "https://codeberg.org/org/marco-evaluación.git",
                Some("https://codeberg.org/org/marco-evaluaci%C3%B3n/raw/tag/"),
            ),
            (
                "git@bitbucket.org:org/framework.git",
                Some("https://bitbucket.org/org/framework/raw/"),
            ),
            ("https://git.example.org/framework.git", None),
            ("/srv/git/framework.git", None),
            ("../framework.git", None),
            ("file:///srv/git/framework.git", None),
            ("C:\\consultas\\framework.git", None),
            ("https://github.com/framework.git", None),
            ("https://github.com/org/../x", None),
        ];
        for (url, want) in cases {
            assert_eq!(from_remote(url).as_deref(), want, "{url}");
            if let Some(b) = from_remote(url) {
                assert_eq!(check_uri(&b), Ok(()), "{b}");
                assert!(!b.contains("secret"), "{b}");
            }
        }
    }

    #[test]
    fn the_urn_base() {
        let u = urn("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
        assert_eq!(u, "urn:consulta:4b825dc642cb6eb9a060e54bf8d69288fbee4904:");
        assert_eq!(check_uri(&format!("{u}round-1/drafts/05-a.md")), Ok(()));
    }
}
