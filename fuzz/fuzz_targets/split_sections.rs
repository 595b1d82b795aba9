//! The section splitter: any text (invalid UTF-8 replaced) split at its automatic level and at
//! every level, slugs of any title, and the pieces of one part of the input matched against the
//! sections of the other. Invariants: `consulta_fuzz::checks::{split_all, slug, matching}`.
#![no_main]

use consulta::model::split::{slugify, split};
use consulta_fuzz::checks;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = String::from_utf8_lossy(data);
    checks::split_all(&doc);
    checks::slug(&doc);
    // First byte: where to cut the rest into a revised document and the existing one.
    if let Some((&cut, rest)) = data.split_first() {
        let mid = usize::from(cut) * rest.len() / 256;
        let new = String::from_utf8_lossy(&rest[..mid]);
        let old = String::from_utf8_lossy(&rest[mid..]);
        for level in [1, 2, 3] {
            let pieces = split(&new, level);
            let existing: Vec<(String, String, String)> = split(&old, level)
                .into_iter()
                .map(|p| (slugify(&p.title), p.title, p.text))
                .collect();
            checks::matching(&pieces, &existing);
        }
    }
});
