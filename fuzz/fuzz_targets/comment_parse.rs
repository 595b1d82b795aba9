//! Comment and disposition files: any bytes as a record file, and records built from the input
//! serialised and read back. Invariants: `consulta_fuzz::checks::{record_bytes,
//! comment_round_trip, disposition_round_trip}`.
#![no_main]

use consulta::model::comment::Person;
use consulta::model::{Anchor, Author, Comment, CommentType, Disposition, Stance, Status};
use consulta_fuzz::checks;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::record_bytes(data);
    let mut u = Unstructured::new(data);
    if let Ok(c) = comment(&mut u) {
        checks::comment_round_trip(&c);
    }
    if let Ok(d) = disposition(&mut u) {
        checks::disposition_round_trip(&d);
    }
});

/// Mostly schema 1 (the only one read), sometimes another.
fn schema(u: &mut Unstructured<'_>) -> Result<u32> {
    Ok(if u.ratio(7u8, 8)? { 1 } else { u.arbitrary()? })
}

fn comment(u: &mut Unstructured<'_>) -> Result<Comment> {
    Ok(Comment {
        schema: schema(u)?,
        id: u.arbitrary()?,
        round: u.arbitrary()?,
        section: u.arbitrary()?,
        author: Author {
            name: u.arbitrary()?,
            email: u.arbitrary()?,
            organisation: u.arbitrary()?,
            category: u.arbitrary()?,
            country: u.arbitrary()?,
        },
        created: u.arbitrary()?,
        kind: *u.choose(&CommentType::ALL)?,
        stance: if u.arbitrary()? {
            Some(*u.choose(&Stance::ALL)?)
        } else {
            None
        },
        anchor: if u.arbitrary()? {
            Some(Anchor {
                clause: u.arbitrary()?,
                paragraph: u.arbitrary()?,
                quote: u.arbitrary()?,
                prefix: u.arbitrary()?,
                suffix: u.arbitrary()?,
                start: u.arbitrary()?,
                end: u.arbitrary()?,
            })
        } else {
            None
        },
        comment: u.arbitrary()?,
        proposed_change: u.arbitrary()?,
        in_reply_to: u.arbitrary()?,
        lang: u.arbitrary()?,
    })
}

fn disposition(u: &mut Unstructured<'_>) -> Result<Disposition> {
    Ok(Disposition {
        schema: schema(u)?,
        comment: u.arbitrary()?,
        status: *u.choose(&Status::ALL)?,
        observations: u.arbitrary()?,
        by: Person {
            name: u.arbitrary()?,
            email: u.arbitrary()?,
        },
        created: u.arbitrary()?,
    })
}
