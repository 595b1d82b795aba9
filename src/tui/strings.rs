//! Every user-facing string of the TUI, in one place so that it can be translated (Spanish and
//! Portuguese come next). Messages that take values are small functions.

pub const APP: &str = "consulta";
pub const SECTIONS: &str = "Sections";
pub const COMMENTS: &str = "Comments";
pub const NO_SECTIONS: &str = "This round has no sections.";
pub const NO_COMMENTS_SECTION: &str =
    "No comments on this section yet. Press c to write the first.";
pub const NO_COMMENTS_FILTERED: &str = "No comment matches the filters (f changes them).";
pub const LOADING_TITLE: &str = "Opening the consultation";
pub const LOADING_START: &str = "reading the repository";
pub const TOO_SMALL: &str = "Terminal too small";
pub const HELP_TITLE: &str = "Keys";
pub const HELP_FOOT: &str = "↑↓ scroll · Esc or ? closes";
pub const CURRENT: &str = "current";
pub const WHOLE_SECTION: &str = "whole section";
pub const YOU: &str = "you";
pub const REPLY_MARK: &str = "↳ ";
pub const MINE_MARK: &str = "●";
pub const OTHER_MARK: &str = "•";
pub const CHANGED_MARK: &str = "Δ";
pub const SELECTED_MARK: &str = "▸";
pub const PASSAGE_MARK: &str = "▐";
pub const NO_STANCE: &str = "no stance";
pub const OPEN_STATUS: &str = "open";

// Compose.
pub const COMPOSE_COMMENT: &str = "Comment";
pub const COMPOSE_PROPOSE: &str = "Propose wording";
pub const COMPOSE_REPLY: &str = "Reply";
pub const FIELD_BODY: &str = "Your comment";
pub const FIELD_PROPOSAL: &str = "Proposed wording (replaces the passage)";
pub const PREVIEW: &str = "Change";
pub const TYPE: &str = "Type";
pub const STANCE: &str = "Stance";
pub const ON: &str = "On";
pub const PASSAGE: &str = "Passage";
pub const SUBMITTING: &str = "Submitting…";
pub const BODY_PLACEHOLDER: &str = "Say what you think and why.";

// Confirm and restore.
pub const CONFIRM_TITLE: &str = "Discard?";
pub const CONFIRM_DISCARD: &str =
    "Throw away the comment you were writing? y discards · n goes back";
pub const RESTORE_TITLE: &str = "Unfinished comment";
pub const RESTORE_KEYS: &str = "y restores it · n discards it";

// Identity form.
pub const IDENTITY_TITLE: &str = "Who are you?";
pub const IDENTITY_INTRO: &str =
    "Your comments are signed with these details (kept in this repository's git config).";
pub const IDENTITY_KEYS: &str = "↑↓ field · ←→ category · Enter next / save · Esc cancel";

// Filters.
pub const FILTERS_TITLE: &str = "Filter comments";
pub const FILTERS_KEYS: &str = "↑↓ choose · ←→ change · x clears · Esc closes";
pub const FILTER_TYPE: &str = "Type";
pub const FILTER_CATEGORY: &str = "Category";
pub const FILTER_STATUS: &str = "Status";
pub const FILTER_MINE: &str = "Only mine";
pub const FILTER_CARRIED: &str = "Earlier rounds";
pub const SHOWN: &str = "shown";
pub const HIDDEN: &str = "hidden";
pub const CARRIED_SHOWN: &str =
    "Comments of earlier rounds are shown where their passages are now.";
pub const CARRIED_HIDDEN: &str = "Comments of earlier rounds are hidden (e shows them).";

// Comments carried from earlier rounds: status labels, with a marker each.
pub const CARRY_UNCHANGED: &str = "= unchanged";
pub const CARRY_MOVED: &str = "↻ moved";
pub const CARRY_CHANGED: &str = "Δ changed";
pub const CARRY_RESOLVED: &str = "✓ resolved";
pub const CARRY_ORPHANED: &str = "⌀ orphaned (passage gone)";

pub fn carried_from(round: &str) -> String {
    format!("from {round}")
}

/// The comment panel's title when earlier rounds' comments are carried in.
pub fn with_earlier(n: usize, earlier: usize) -> String {
    format!("{COMMENTS} · {n} + {earlier} earlier")
}
pub const ALL: &str = "all";
pub const YES: &str = "yes";
pub const NO: &str = "no";
pub const FILTERED: &str = "filtered";

// Search.
pub const SEARCH_PROMPT: &str = "Search: ";
pub const SEARCH_HINT: &str = "Enter searches · Esc cancels";

// Status messages.
pub const NOTHING_SELECTED_TO_PROPOSE: &str = "Select a passage first (v, then move), or put the cursor in a paragraph: a proposal replaces a passage.";
pub const NO_COMMENT_TO_REPLY: &str =
    "Choose a comment in the comment panel (Tab, then ↑↓) to reply to it.";
pub const NO_MORE_PASSAGES: &str = "No further commented passage in this section.";
pub const DISCARDED: &str = "Comment discarded.";
pub const RESTORED: &str = "Your unfinished comment is back.";
pub const IDENTITY_SAVED: &str = "Saved who you are in this repository's git config.";
pub const EMPTY_BODY: &str = "The comment is empty: say what you think before Ctrl-s.";
pub const EMPTY_SEARCH: &str = "Type something to search for.";
pub const BUSY: &str = "Still submitting the previous comment…";

pub fn later_version(view: &str) -> String {
    format!("The {view} view comes in a later version.")
}

pub fn only_current_round(current: &str) -> String {
    format!("Comments go to the current round ({current}); press R to read it.")
}

pub fn submitted(section: &str, id: &str) -> String {
    format!("Comment {id} on {section} submitted and committed.")
}

pub fn submit_failed(err: &str) -> String {
    format!("Not submitted: {err}")
}

pub fn load_failed(err: &str) -> String {
    format!("Could not open the consultation: {err}")
}

pub fn problems(n: usize) -> String {
    format!("{n} file(s) could not be read and were skipped; `consulta check` lists them.")
}

pub fn matches(n: usize, section_count: usize) -> String {
    format!("{n} match(es) in {section_count} section(s) · n next · N previous")
}

pub fn no_match(q: &str) -> String {
    format!("Nothing matches “{q}”.")
}

pub fn match_pos(i: usize, n: usize) -> String {
    format!("Match {i} of {n}")
}

pub fn reading_round(name: &str) -> String {
    format!("Reading {name}.")
}

pub fn editor_failed(err: &str) -> String {
    format!("The editor did not run: {err}")
}

pub fn crash_report(path: &str) -> String {
    format!("consulta stopped unexpectedly. A crash report was written to {path}; your unfinished comment, if any, is kept and offered back next time.")
}

pub fn comment_count(n: usize) -> String {
    if n == 1 {
        "1 comment".into()
    } else {
        format!("{n} comments")
    }
}

/// What an identity field expects, shown under the form for the selected field.
pub fn identity_hint(f: crate::repo::IdentityField) -> &'static str {
    use crate::repo::IdentityField as F;
    match f {
        F::Name => "Your name as it will appear beside your comments.",
        F::Email => {
            "An address the secretariat can reach you at; the published summary leaves it out."
        }
        F::Organisation => "The ministry, agency, university or company you speak for.",
        F::Category => "←/→ choose the kind of stakeholder you are.",
        F::Country => "Two letters (ISO 3166-1): BR, MX, JM, HT, CL…",
    }
}

pub fn applied_in(commit: &str) -> String {
    format!("applied in commit {commit}")
}

pub fn already_applied(commit: &str) -> String {
    format!("Already applied in commit {commit}: nothing to do (the diff view shows it).")
}

pub fn in_reply_to(author: &str) -> String {
    format!("In reply to {author}")
}

pub fn paragraph_label(n: usize, clause: Option<&str>) -> String {
    match clause {
        Some(c) => format!("¶{n} · {c}"),
        None => format!("¶{n}"),
    }
}

pub fn restore_question(section: &str, preview: &str) -> String {
    format!("You were writing a comment on {section}: “{preview}”")
}

pub fn too_small(w: u16, h: u16, min_w: u16, min_h: u16) -> String {
    format!("{w}×{h}: make it at least {min_w}×{min_h}")
}

pub fn loading_elapsed(secs: f64) -> String {
    format!("{secs:.1} s")
}

// Key help descriptions.
pub const K_QUIT: &str = "quit";
pub const K_HELP: &str = "help";
pub const K_NEXT_PANE: &str = "next pane";
pub const K_PREV_PANE: &str = "previous pane";
pub const K_SEARCH: &str = "search all sections";
pub const K_NEXT_MATCH: &str = "next match";
pub const K_PREV_MATCH: &str = "previous match";
pub const K_ROUND: &str = "read another round";
pub const K_FILTERS: &str = "filter comments";
pub const K_NEXT_PASSAGE: &str = "next commented passage";
pub const K_PREV_PASSAGE: &str = "previous commented passage";
pub const K_COMMENT: &str = "comment";
pub const K_PROPOSE: &str = "propose wording";
pub const K_REPLY: &str = "reply";
pub const K_CARRIED: &str = "show / hide earlier rounds' comments";
pub const K_SCOPE: &str = "comments of paragraph / section";
pub const K_DIFF: &str = "diff view: what changed between two rounds";
pub const K_TRIAGE: &str = "triage view: the secretariat's queue";
pub const K_SECTION_UP: &str = "previous section";
pub const K_SECTION_DOWN: &str = "next section";
pub const K_NEXT_CHANGE: &str = "next change";
pub const K_PREV_CHANGE: &str = "previous change";
pub const K_SIDE_BY_SIDE: &str = "inline / side by side";
pub const K_SCROLL_DOWN: &str = "scroll the diff down";
pub const K_SCROLL_UP: &str = "scroll the diff up";
pub const K_FROM_PREV: &str = "compare from an earlier version";
pub const K_FROM_NEXT: &str = "compare from a later version";
pub const K_TO_PREV: &str = "compare to an earlier version";
pub const K_TO_NEXT: &str = "compare to a later version (up to the working draft)";
pub const K_BACK: &str = "back to reading";
pub const K_ACCEPT: &str = "decide: accepted";
pub const K_MODIFY: &str = "decide: accepted with modifications";
pub const K_REJECT: &str = "decide: not accepted";
pub const K_NOTE: &str = "decide: noted";
pub const K_APPLY: &str =
    "apply the accepted proposal to the draft (accepted with modifications: write the wording first)";
pub const K_TRIAGE_FILTERS: &str = "filter the queue";
pub const K_SAVE_DECISION: &str = "save the decision";
pub const K_SUMMARY: &str = "summary view: participation, sections, decisions";
pub const K_SEND: &str = "send my comments, bring in the secretariat's news";
pub const SENDING: &str = "Sending your comments and fetching the consultation's news…";

/// After the send key: what was sent, then what is new.
pub fn sent(pushed: bool, news: &str) -> String {
    if pushed {
        format!("Sent. {news}")
    } else {
        format!("Nothing of yours to send. {news}")
    }
}

pub fn send_failed(why: &str) -> String {
    format!("Not sent: {why}")
}
pub const K_SUMMARY_SCROLL_UP: &str = "scroll the lists up";
pub const K_SUMMARY_SCROLL_DOWN: &str = "scroll the lists down";
pub const K_EXPORT: &str = "export the summary to a file";
pub const K_EXPORT_MD: &str = "Markdown";
pub const K_EXPORT_HTML: &str = "HTML (self-contained)";
pub const K_EXPORT_JSON: &str = "JSON";
pub const K_EXPORT_CSV: &str = "CSV (ISO commenting template)";
pub const K_UP: &str = "up";
pub const K_DOWN: &str = "down";
pub const K_OPEN: &str = "open";
pub const K_PAGE_UP: &str = "page up";
pub const K_PAGE_DOWN: &str = "page down";
pub const K_TOP: &str = "first";
pub const K_BOTTOM: &str = "last";
pub const K_PREV_WORD: &str = "previous word";
pub const K_NEXT_WORD: &str = "next word";
pub const K_LINE_UP: &str = "line up";
pub const K_LINE_DOWN: &str = "line down";
pub const K_SELECT: &str = "start / stop selecting";
pub const K_SELECT_PAR: &str = "select paragraph";
pub const K_NEXT_SENTENCE: &str = "sentence forward";
pub const K_PREV_SENTENCE: &str = "sentence back";
pub const K_NEXT_PAR: &str = "paragraph forward";
pub const K_PREV_PAR: &str = "paragraph back";
pub const K_CLEAR: &str = "clear selection";
pub const K_GO_PASSAGE: &str = "go to passage";
pub const K_SUBMIT: &str = "submit";
pub const K_CANCEL: &str = "cancel";
pub const K_EDITOR: &str = "open $EDITOR";
pub const K_FIELD: &str = "switch field";
pub const K_GENERAL: &str = "type general";
pub const K_TECHNICAL: &str = "type technical";
pub const K_EDITORIAL: &str = "type editorial";
pub const K_SUPPORT: &str = "stance support";
pub const K_OPPOSE: &str = "stance oppose";
pub const K_NEUTRAL: &str = "stance neutral";
pub const K_SELECT_MOUSE: &str = "select with the mouse: click and drag";

pub const CTX_GLOBAL: &str = "Everywhere";
pub const CTX_LIST: &str = "Section list";
pub const CTX_READER: &str = "Reader";
pub const CTX_COMMENTS: &str = "Comment panel";
pub const CTX_COMPOSE: &str = "Writing a comment";
pub const CTX_DIFF: &str = "Diff view";
pub const CTX_TRIAGE: &str = "Triage view (secretariat)";
pub const CTX_DECIDE: &str = "Writing observations";
pub const CTX_SUMMARY: &str = "Summary view";
pub const CTX_EXPORT: &str = "Exporting the summary";

// Diff view.
pub const DIFF_TITLE: &str = "Diff";
pub const CHANGES: &str = "Changes";
pub const BEHIND: &str = "Behind this change";
pub const NO_COMMENT_BEHIND: &str =
    "No applied proposal produced this change (edited by the secretariat).";
pub const NO_CHANGE_SECTION: &str = "No change in this section.";
pub const COMPUTING_DIFF: &str = "Comparing the two versions…";
pub const SAME_VERSION: &str = "Both sides are the same version: choose another with [ ] or { }.";
pub const NO_MORE_CHANGES: &str = "No further change.";
pub const STATUS_NEW: &str = "new";
pub const STATUS_REMOVED: &str = "removed";
pub const STATUS_RENAMED: &str = "renamed";
pub const STATUS_REORDERED: &str = "moved";
pub const STATUS_SAME: &str = "=";
pub const OLD: &str = "before";
pub const NEW: &str = "after";

pub fn diff_title(from: &str, to: &str) -> String {
    format!("{from} → {to}")
}

pub fn word_counts(added: usize, removed: usize) -> String {
    format!("+{added} −{removed}")
}

pub fn hunk_head(old_start: usize, old_lines: usize, new_start: usize, new_lines: usize) -> String {
    format!("@@ lines {old_start}+{old_lines} → {new_start}+{new_lines}")
}

pub fn change_pos(i: usize, n: usize) -> String {
    format!("change {i} of {n}")
}

pub fn diff_failed(err: &str) -> String {
    format!("Could not compare: {err}")
}

pub fn renamed_from(old: &str) -> String {
    format!("was “{old}”")
}

// Triage view.
pub const QUEUE: &str = "Queue";
pub const QUEUE_TO_APPLY: &str = "To apply";
pub const K_TO_APPLY: &str = "decided proposals not yet applied (again: back)";
pub const SHOWING_TO_APPLY: &str =
    "Showing the accepted proposals not yet applied: `a` applies one, `A` goes back.";
// Short status marks of the queue (a symbol and a word: never colour alone).
pub const MARK_OPEN: &str = "○ open";
/// Accepted, and its wording applied to the draft.
pub const MARK_APPLIED_ACCEPTED: &str = "✓ appl.";
/// Accepted with modifications, and the wording applied.
pub const MARK_APPLIED_MODIFIED: &str = "≈ appl.";
pub const MARK_ACCEPTED: &str = "✓ acc.";
pub const MARK_MODIFIED: &str = "≈ mod.";
pub const MARK_REJECTED: &str = "✗ rej.";
pub const MARK_NOTED: &str = "· noted";
pub const TRIAGE_EMPTY: &str = "No comment matches the queue's filters (f changes them).";
pub const COMPETING_MARK: &str = "⚔";
pub const COMPETING: &str =
    "Competing proposals (1 accepts the selected one, the others are not accepted)";
pub const FILTER_SECTION: &str = "Section";
pub const FILTER_COMPETING: &str = "Only competing";
pub const TRIAGE_FILTERS_TITLE: &str = "Filter the queue";
pub const OBSERVATIONS: &str = "Observations";
pub const OTHERS_OBSERVATIONS: &str = "Observations for the other proposals (not accepted)";
pub const OBS_PLACEHOLDER: &str = "Why: what the secretariat will do, or why not.";
pub const SAVING: &str = "Recording the decision…";
pub const APPLYING: &str = "Applying the proposal…";
pub const APPLIED_TITLE: &str = "Applied";
pub const APPLIED_KEYS: &str = "Esc or Enter closes";
pub const NOT_A_PROPOSAL: &str =
    "This comment proposes no wording on a passage: there is nothing to apply.";
pub const EMPTY_OBSERVATIONS: &str =
    "Write the observations before Ctrl-s: every decision says why.";
pub const PROPOSED: &str = "Proposed";
pub const QUOTE: &str = "Passage";

pub fn progress(decided: usize, total: usize) -> String {
    format!("decided {decided}/{total}")
}

pub fn not_secretariat(email: &str, list: &str) -> String {
    format!("Triage is for the secretariat ({list}); you are {email:?}. Ask the secretariat to add your e-mail to the manifest.")
}

pub fn recorded(n: usize, status: &str) -> String {
    if n == 1 {
        format!("Recorded: {status}, and committed.")
    } else {
        format!("Recorded {n} decisions ({status} and not accepted for the others), and committed.")
    }
}

pub fn apply_title(author: &str) -> String {
    format!("Apply: the wording that replaces the passage · {author}")
}

/// The field of the wording to apply.
pub const WORDING: &str = "Wording to apply (edit the proposal as decided; Ctrl-s applies)";
pub const EMPTY_WORDING: &str = "The wording is empty: write the text that replaces the passage.";

pub fn decide_title(status: &str, author: &str) -> String {
    format!("Decide: {status} · {author}")
}

pub fn applied(section: &str, commit: &str) -> String {
    format!("Applied to {section} in commit {commit}")
}

pub fn failed(err: &str) -> String {
    format!("Not done: {err}")
}

pub const VIEW_DIFF: &str = "diff";
pub const VIEW_TRIAGE: &str = "triage";
pub const VIEW_SUMMARY: &str = "summary";

// Summary view.
pub const SUMMARY_TITLE: &str = "Summary";
pub const COMPUTING_SUMMARY: &str = "Counting comments and decisions…";
pub const BY_CATEGORY: &str = "Comments by stakeholder category";
pub const BY_SECTION: &str = "Comments per section";
pub const DECISIONS: &str = "Decisions";
pub const NOTHING_YET: &str = "No comments yet.";
pub const NO_NUMBER: &str = "–";
pub const BAR_FULL: &str = "█";
pub const BAR_TICK: &str = "▏";
pub const GAUGE_FILLED: &str = "█";
pub const GAUGE_EMPTY: &str = "░";
pub const SUM_ACCEPTED: &str = "✓ accepted";
pub const SUM_MODIFIED: &str = "≈ with modifications";
pub const SUM_REJECTED: &str = "✗ not accepted";
pub const SUM_NOTED: &str = "· noted";
pub const SUM_OPEN: &str = "○ open";
pub const SUM_NOT_APPLIED: &str = "accepted, not yet applied";
pub const SUM_CAMPAIGNS: &str = "campaigns found";
pub const SUM_COMMENTS: &str = "comments";
pub const SUM_REPLIES: &str = "replies";
pub const SUM_PROPOSALS: &str = "proposals";
pub const SUM_PARTICIPANTS: &str = "participants";
pub const SUM_ORGANISATIONS: &str = "organisations";
pub const EXPORT_TITLE: &str = "Export the summary as";
pub const EXPORT_STEM: &str = "consulta-summary";
pub const EXPORTING: &str = "Writing the summary…";
pub const SUMMARY_NOT_READY: &str = "The summary is still being counted; export once it shows.";

pub fn decided_gauge(decided: usize, total: usize) -> String {
    let pct = (decided * 100).checked_div(total).unwrap_or(0);
    format!("decided {decided} of {total} ({pct}%) ")
}

pub fn rows_shown(from: usize, to: usize, n: usize) -> String {
    format!("{from}–{to} of {n}")
}

pub fn summary_failed(err: &str) -> String {
    format!("Could not build the summary: {err}")
}

pub fn exported(path: &str) -> String {
    format!("Wrote {path}")
}

pub fn export_failed(err: &str) -> String {
    format!("Could not export the summary: {err}")
}
