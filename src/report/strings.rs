//! Every heading, label and sentence of the reports, in one place, ready for translation.

pub const UNKNOWN_COUNTRY: &str = "unknown";
pub const OPEN: &str = "open";
pub const WORKING_DRAFT: &str = "working draft";
/// Before the wording the secretariat applied instead of the proposal as written.
pub const APPLIED_AS_MODIFIED: &str = "the secretariat applied its own wording";
pub const NO_CHANGE_YET: &str = "The draft has not changed since this round yet.";

pub const SUMMARY_OF: &str = "Consultation summary";
pub const SCOPE_ALL: &str = "All comments up to the latest round";
pub const SCOPE_ROUND: &str = "Comments made on";

pub const H_PARTICIPATION: &str = "Participation";
pub const H_BY_CATEGORY: &str = "By stakeholder category";
pub const H_BY_COUNTRY: &str = "By country";
pub const H_BY_WEEK: &str = "Over time (comments per ISO week)";
pub const H_SECTIONS: &str = "Comments per section";
pub const H_DECISIONS: &str = "Decisions by status";
pub const H_DISPOSITIONS: &str = "Disposition table";
pub const H_YOU_SAID: &str = "You said, we did";
pub const H_CAMPAIGNS: &str = "Campaigns (near-identical comments)";
pub const H_OPEN: &str = "What remains open";
pub const H_AWAITING: &str = "Awaiting a decision";
pub const H_NOT_APPLIED: &str = "Accepted but not yet applied to the draft";

pub const L_COMMENTS: &str = "Comments";
pub const L_REPLIES: &str = "of which replies";
pub const L_PROPOSALS: &str = "with proposed wording";
pub const L_PARTICIPANTS: &str = "Participants (distinct e-mail addresses)";
pub const L_ORGANISATIONS: &str = "Organisations (distinct names)";
/// A table column of distinct organisations (the facts above it say how they are counted).
pub const L_ORGS_SHORT: &str = "Organisations";
pub const L_CATEGORY: &str = "Category";
pub const L_COUNTRY: &str = "Country";
pub const L_CODE: &str = "Code";
pub const L_WEEK: &str = "Week";
pub const L_STARTING: &str = "Starting";
pub const L_SECTION: &str = "Section";
pub const L_GENERAL: &str = "ge";
pub const L_TECHNICAL: &str = "te";
pub const L_EDITORIAL: &str = "ed";
pub const L_SUPPORT: &str = "Support";
pub const L_OPPOSE: &str = "Oppose";
pub const L_NEUTRAL: &str = "Neutral";
pub const L_NO_STANCE: &str = "No stance";
pub const L_PROPOSALS_SHORT: &str = "Proposals";
pub const L_OPEN: &str = "Open";
pub const L_STATUS: &str = "Status";
pub const L_WORDS_ADDED: &str = "Words added";
pub const L_WORDS_REMOVED: &str = "Words removed";
pub const L_DRIVEN_BY: &str = "Comments behind the change";
pub const L_AUTHOR: &str = "Author";
pub const L_COMMENTS_BY_COUNTRY: &str = "Comments by country";
pub const L_COMMENTS_PER_WEEK: &str = "Comments per ISO week";
pub const NO_COMMENTS: &str = "no comments";
pub const NO_COMMENTS_IN: &str = "no comments in";
pub const H_CONTENTS: &str = "Contents";

// "You said, we did", in words.
pub const AS_IT_WAS: &str = "As it was";
pub const AS_IT_IS_NOW: &str = "As it is now";
pub const DIFF_LEGEND_HTML: &str =
    "Removed words are struck through in the old text; added words are underlined in the new.";
pub const DIFF_LEGEND_MD: &str =
    "Removed words are ~~struck through~~ in the old text; added words are **in bold** in the new.";
pub const L_WORDS_SHORT: &str = "words";
pub const BECAUSE_OF: &str = "Because of";
pub const NO_COMMENT_BEHIND: &str =
    "No comment is recorded behind this change (an edit by the secretariat).";
pub const MOVED_ONLY: &str = "The section moved or was renamed; its text did not change.";
pub const F_ABOUT: &str = "About";
pub const WHOLE_SECTION: &str = "the whole section";
pub const F_SAID: &str = "Comment";
pub const F_PROPOSED: &str = "Proposed";
pub const F_DECISION: &str = "Decision";
pub const F_OBSERVATIONS: &str = "Observations of the secretariat";
pub const F_APPLIED: &str = "Applied";
pub const REPLY_TO: &str = "Reply to";
pub const L_ID: &str = "Comment";
pub const L_COMMENT_ID: &str = "Comment id";

/// The ISO/IEC commenting template's columns, in order, then consulta's own.
pub const ISO_COLUMNS: [&str; 8] = [
    "MB/NC",
    "Line number",
    "Clause/Subclause",
    "Paragraph/Figure/Table",
    "Type of comment",
    "Comments",
    "Proposed change",
    "Observations of the secretariat",
];
pub const EXTRA_COLUMNS: [&str; 13] = [
    "Decision",
    "Resulting change",
    "Comment id",
    "Round",
    "Section",
    "Quote",
    "Author name",
    "Author email",
    "Organisation",
    "Category",
    "Stance",
    "In reply to",
    "Created",
];

pub fn campaign_rule() -> String {
    format!(
        "Near-identical comments are grouped when the {} is at least {} and at least {} comments are linked; texts shorter than {} shingles are not grouped.",
        super::campaign::MEASURE,
        super::campaign::THRESHOLD,
        super::campaign::MIN_GROUP,
        super::campaign::MIN_SHINGLES
    )
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
