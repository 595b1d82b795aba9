//! The word diff: two texts from the input, and one of them edited, diffed both ways.
//! Invariants: `consulta_fuzz::checks::word_diff`.
#![no_main]

use consulta::model::text;
use consulta_fuzz::checks;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let old: String = u.arbitrary()?;
    let new: String = u.arbitrary()?;
    checks::word_diff(&old, &new);
    checks::word_diff(&new, &old);
    let n = text::cp_len(&old) + 1;
    let mut edited = old.clone();
    while !u.is_empty() {
        let at = u.arbitrary::<usize>()? % n;
        let del = usize::from(u.arbitrary::<u8>()? % 16);
        let ins: String = u.arbitrary()?;
        edited = checks::edit(&edited, at, del, &ins);
    }
    checks::word_diff(&old, &edited);
    checks::word_diff(&edited.replace('\n', "\r\n"), &old);
    Ok(())
}
