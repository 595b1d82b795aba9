//! Anchoring: an anchor made on a passage of a text, looked for in that text after an edit and
//! an insertion, carried into the edited text; and a hostile anchor (any quote, context and
//! positions) looked for and carried. Invariants: `consulta_fuzz::checks::{anchor_made,
//! locate_any, locate_after_insert, carried}`.
#![no_main]

use consulta::model::{text, Anchor};
use consulta_fuzz::checks;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Carrying runs an approximate search (up to three character diffs of the quote per word of
/// the section), which takes seconds on inputs of a few KB (see the README); above this many
/// bytes of text it is left out so that the fuzzer keeps its pace.
const CARRY_MAX: usize = 1024;

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let old: String = u.arbitrary()?;
    let n = text::cp_len(&old) + 1;
    let (a, b) = (u.arbitrary::<usize>()? % n, u.arbitrary::<usize>()? % n);
    let anc = checks::anchor_made(&old, a, b);

    let at = u.arbitrary::<usize>()? % n;
    let inserted: String = u.arbitrary()?;
    checks::locate_after_insert(&old, &anc, checks::byte_at(&old, at), &inserted);

    let (at, del) = (u.arbitrary::<usize>()? % n, u.arbitrary::<u8>()?);
    let ins: String = u.arbitrary()?;
    let new = checks::edit(&old, at, usize::from(del), &ins);
    let replacement: String = u.arbitrary()?;
    checks::locate_any(&new, &anc, &replacement);

    let hostile = Anchor {
        clause: None,
        paragraph: None,
        quote: u.arbitrary()?,
        prefix: u.arbitrary()?,
        suffix: u.arbitrary()?,
        start: u.arbitrary()?,
        end: u.arbitrary()?,
    };
    checks::locate_any(&new, &hostile, &replacement);
    checks::locate_any(&old, &hostile, &replacement);

    let applied: Option<String> = u.arbitrary()?;
    if old.len() + new.len() + inserted.len() <= CARRY_MAX {
        let others = [("other", inserted.as_str())];
        checks::carried(&old, &anc, Some(&new), &others, applied.as_deref());
        checks::carried(&old, &anc, Some(&old), &[], None);
        checks::carried(&old, &anc, None, &others, None);
        checks::carried(&old, &hostile, Some(&new), &others, applied.as_deref());
    }
    Ok(())
}
