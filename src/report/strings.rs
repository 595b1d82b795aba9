//! The reports' words: every heading, label and sentence is a message of
//! `locales/<lang>/report.ftl`, taken in the report's language (`crate::t_in!`). What stays
//! here is what is the same in every language (the ISO template's type codes) and the words a
//! report repeats on every row, looked up once per language.

use std::sync::OnceLock;

use crate::diff::rounds::SectionStatus;
use crate::i18n::Lang;
use crate::model::Status;
use crate::t_in;

/// The ISO template's codes of the types of comment, the same in every language.
pub const L_GENERAL: &str = "ge";
pub const L_TECHNICAL: &str = "te";
pub const L_EDITORIAL: &str = "ed";

/// The ISO template's word for a decision's status in `lang` ("open" for none): looked up once
/// per language, since every row of the disposition table carries one.
pub fn status_word(lang: Lang, status: Option<Status>) -> &'static str {
    static WORDS: OnceLock<Vec<(Lang, [&'static str; 5])>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        Lang::all()
            .map(|l| {
                let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
                (
                    l,
                    [
                        leak(t_in!(l, "report-open")),
                        leak(t_in!(l, "report-status-accepted")),
                        leak(t_in!(l, "report-status-modified")),
                        leak(t_in!(l, "report-status-rejected")),
                        leak(t_in!(l, "report-status-noted")),
                    ],
                )
            })
            .collect()
    });
    let w = words
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&words[0].1, |(_, w)| w);
    match status {
        None => w[0],
        Some(Status::Accepted) => w[1],
        Some(Status::Modified) => w[2],
        Some(Status::Rejected) => w[3],
        Some(Status::Noted) => w[4],
    }
}

/// What happened to a section between two versions, in words.
pub fn section_status(lang: Lang, status: SectionStatus) -> String {
    match status {
        SectionStatus::Added => t_in!(lang, "report-section-added"),
        SectionStatus::Removed => t_in!(lang, "report-section-removed"),
        SectionStatus::Renamed => t_in!(lang, "report-section-renamed"),
        SectionStatus::Reordered => t_in!(lang, "report-section-reordered"),
        SectionStatus::Changed => t_in!(lang, "report-section-changed"),
        SectionStatus::Unchanged => t_in!(lang, "report-section-unchanged"),
    }
}

/// The ISO/IEC commenting template's columns, in order, in `lang`.
pub fn iso_columns(lang: Lang) -> [String; 8] {
    [
        t_in!(lang, "report-col-mbnc"),
        t_in!(lang, "report-col-line"),
        t_in!(lang, "report-col-clause"),
        t_in!(lang, "report-col-paragraph"),
        t_in!(lang, "report-col-type"),
        t_in!(lang, "report-col-comments"),
        t_in!(lang, "report-col-proposed"),
        t_in!(lang, "report-col-observations"),
    ]
}

/// consulta's own columns after the ISO template's, in `lang`.
pub fn extra_columns(lang: Lang) -> [String; 14] {
    [
        t_in!(lang, "report-col-decision"),
        t_in!(lang, "report-col-resulting-change"),
        t_in!(lang, "report-col-comment-id"),
        t_in!(lang, "report-col-round"),
        t_in!(lang, "report-col-section"),
        t_in!(lang, "report-col-quote"),
        t_in!(lang, "report-col-author-name"),
        t_in!(lang, "report-col-author-email"),
        t_in!(lang, "report-col-organisation"),
        t_in!(lang, "report-col-category"),
        t_in!(lang, "report-col-stance"),
        t_in!(lang, "report-col-in-reply-to"),
        t_in!(lang, "report-col-created"),
        t_in!(lang, "report-col-language"),
    ]
}

/// How near-identical comments are grouped, in a sentence.
pub fn campaign_rule(lang: Lang) -> String {
    t_in!(
        lang,
        "report-campaign-rule",
        measure = t_in!(lang, "report-campaign-measure"),
        threshold = super::campaign::THRESHOLD.to_string(),
        group = super::campaign::MIN_GROUP,
        shingles = super::campaign::MIN_SHINGLES
    )
}

/// "2026-W17 to 2026-W23", or the one week.
pub fn weeks_span(lang: Lang, from: &str, to: &str) -> String {
    if from == to {
        from.to_string()
    } else {
        t_in!(lang, "report-weeks-span", from = from, to = to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words_in_each_language() {
        let es = Lang::parse("es").unwrap();
        assert_eq!(
            status_word(Lang::EN, Some(Status::Modified)),
            "accepted with modifications"
        );
        assert_eq!(status_word(Lang::EN, None), "open");
        assert_eq!(status_word(es, Some(Status::Rejected)), "no aceptado");
        assert_eq!(
            campaign_rule(Lang::EN),
            format!(
                "Near-identical comments are grouped when the {} is at least {} and at least {} comments are linked; texts shorter than {} shingles are not grouped.",
                super::super::campaign::MEASURE,
                super::super::campaign::THRESHOLD,
                super::super::campaign::MIN_GROUP,
                super::super::campaign::MIN_SHINGLES
            )
        );
    }
}
