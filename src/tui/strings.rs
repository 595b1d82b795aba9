//! Every user-facing string of the TUI, in one place: each is a function giving its Fluent
//! message (`locales/<lang>/tui.ftl`) in the interface language. Marks that are not words
//! (`▐ ● • Δ ▸`) stay constants. The key tables (`keys::BINDINGS`) are static, so their help
//! texts and context names are message keys here (`K_*`, `CTX_*`), turned into text where
//! they are shown.

pub const APP: &str = "consulta";
pub fn sections() -> String {
    crate::t!("tui-sections")
}
pub fn comments() -> String {
    crate::t!("tui-comments")
}
pub fn no_sections() -> String {
    crate::t!("tui-no-sections")
}
pub fn no_comments_section() -> String {
    crate::t!("tui-no-comments-section")
}
pub fn no_comments_filtered() -> String {
    crate::t!("tui-no-comments-filtered")
}
pub fn section_loading() -> String {
    crate::t!("tui-section-loading")
}
pub fn section_unreadable(why: &str) -> String {
    crate::t!("tui-section-unreadable", error = why)
}
pub fn all_loading(count: usize) -> String {
    crate::t!("tui-all-loading", count = count)
}
pub fn counting(folders: usize) -> String {
    crate::t!("tui-counting", folders = folders)
}
pub fn all_loaded() -> String {
    crate::t!("tui-all-loaded")
}
pub fn loading_title() -> String {
    crate::t!("tui-loading-title")
}
pub fn loading_start() -> String {
    crate::t!("tui-loading-start")
}
pub fn too_small_title() -> String {
    crate::t!("tui-too-small")
}
pub fn help_title() -> String {
    crate::t!("tui-help-title")
}
pub fn help_foot() -> String {
    crate::t!("tui-help-foot")
}
pub fn current() -> String {
    crate::t!("tui-current")
}
pub fn whole_section() -> String {
    crate::t!("tui-whole-section")
}
pub fn you() -> String {
    crate::t!("tui-you")
}
pub const REPLY_MARK: &str = "↳ ";
pub const MINE_MARK: &str = "●";
pub const OTHER_MARK: &str = "•";
pub const CHANGED_MARK: &str = "Δ";
/// In the section list while a translation is read: its text is behind the primary's.
pub const BEHIND_MARK: &str = "≠";
/// In the section list while a translation is read: it has no text for this section (the
/// primary's is shown).
pub const MISSING_MARK: &str = "∅";
pub const SELECTED_MARK: &str = "▸";
pub const PASSAGE_MARK: &str = "▐";
/// After the name of an author whose comment is signed by their registered key (a mark, not
/// colour alone).
pub const VERIFIED_MARK: &str = " ✓";
pub fn no_stance() -> String {
    crate::t!("tui-no-stance")
}
pub fn open_status() -> String {
    crate::t!("tui-open-status")
}

// Compose.
pub fn compose_comment() -> String {
    crate::t!("tui-compose-comment")
}
pub fn compose_propose() -> String {
    crate::t!("tui-compose-propose")
}
pub fn compose_reply() -> String {
    crate::t!("tui-compose-reply")
}
pub fn field_body() -> String {
    crate::t!("tui-field-body")
}
pub fn field_proposal() -> String {
    crate::t!("tui-field-proposal")
}
pub fn preview() -> String {
    crate::t!("tui-preview")
}
pub fn type_label() -> String {
    crate::t!("tui-type")
}
pub fn stance() -> String {
    crate::t!("tui-stance")
}
pub fn on() -> String {
    crate::t!("tui-on")
}
pub fn passage() -> String {
    crate::t!("tui-passage")
}
pub fn submitting() -> String {
    crate::t!("tui-submitting")
}
pub fn body_placeholder() -> String {
    crate::t!("tui-body-placeholder")
}

// Confirm and restore.
pub fn confirm_title() -> String {
    crate::t!("tui-confirm-title")
}
pub fn confirm_discard() -> String {
    crate::t!("tui-confirm-discard")
}
pub fn restore_title() -> String {
    crate::t!("tui-restore-title")
}
pub fn restore_keys() -> String {
    crate::t!("tui-restore-keys")
}

// Identity form.
pub fn identity_title() -> String {
    crate::t!("tui-identity-title")
}
pub fn identity_intro() -> String {
    crate::t!("tui-identity-intro")
}
pub fn identity_keys() -> String {
    crate::t!("tui-identity-keys")
}

// Filters.
pub fn filters_title() -> String {
    crate::t!("tui-filters-title")
}
pub fn filters_keys() -> String {
    crate::t!("tui-filters-keys")
}
pub fn filter_type() -> String {
    crate::t!("tui-filter-type")
}
pub fn filter_category() -> String {
    crate::t!("tui-filter-category")
}
pub fn filter_status() -> String {
    crate::t!("tui-filter-status")
}
pub fn filter_mine() -> String {
    crate::t!("tui-filter-mine")
}
pub fn filter_carried() -> String {
    crate::t!("tui-filter-carried")
}
pub fn shown() -> String {
    crate::t!("tui-shown")
}
pub fn hidden() -> String {
    crate::t!("tui-hidden")
}
pub fn carried_shown() -> String {
    crate::t!("tui-carried-shown")
}
pub fn carried_hidden() -> String {
    crate::t!("tui-carried-hidden")
}

// Comments carried from earlier rounds: status labels, with a marker each.
pub fn carry_unchanged() -> String {
    crate::t!("tui-carry-unchanged")
}
pub fn carry_moved() -> String {
    crate::t!("tui-carry-moved")
}
pub fn carry_changed() -> String {
    crate::t!("tui-carry-changed")
}
pub fn carry_resolved() -> String {
    crate::t!("tui-carry-resolved")
}
pub fn carry_orphaned() -> String {
    crate::t!("tui-carry-orphaned")
}

pub fn carried_from(round: &str) -> String {
    crate::t!("tui-carried-from", round = round)
}

/// The comment panel's title when earlier rounds' comments are carried in.
pub fn with_earlier(n: usize, earlier: usize) -> String {
    crate::t!("tui-with-earlier", n = n, earlier = earlier)
}
pub fn all() -> String {
    crate::t!("tui-all")
}
pub fn yes() -> String {
    crate::t!("tui-yes")
}
pub fn no() -> String {
    crate::t!("tui-no")
}
pub fn filtered() -> String {
    crate::t!("tui-filtered")
}

// Search.
/// The search line's prompt, with the space before what is typed.
pub fn search_prompt() -> String {
    format!("{} ", crate::t!("tui-search-prompt"))
}
pub fn search_hint() -> String {
    crate::t!("tui-search-hint")
}

// Status messages.
pub fn nothing_selected_to_propose() -> String {
    crate::t!("tui-nothing-selected-to-propose")
}
pub fn no_comment_to_reply() -> String {
    crate::t!("tui-no-comment-to-reply")
}
pub fn no_more_passages() -> String {
    crate::t!("tui-no-more-passages")
}
pub fn discarded() -> String {
    crate::t!("tui-discarded")
}
pub fn restored() -> String {
    crate::t!("tui-restored")
}
pub fn identity_saved() -> String {
    crate::t!("tui-identity-saved")
}
pub fn empty_body() -> String {
    crate::t!("tui-empty-body")
}
pub fn empty_search() -> String {
    crate::t!("tui-empty-search")
}
pub fn busy() -> String {
    crate::t!("tui-busy")
}

pub fn later_version(view: &str) -> String {
    crate::t!("tui-later-version", view = view)
}

pub fn only_current_round(current: &str) -> String {
    crate::t!("tui-only-current-round", current = current)
}

pub fn submitted(section: &str, id: &str) -> String {
    crate::t!("tui-submitted", id = id, section = section)
}

pub fn submit_failed(err: &str) -> String {
    crate::t!("tui-submit-failed", err = err)
}

pub fn load_failed(err: &str) -> String {
    crate::t!("tui-load-failed", err = err)
}

pub fn problems(n: usize) -> String {
    crate::t!("tui-problems", n = n)
}

pub fn matches(n: usize, section_count: usize) -> String {
    crate::t!("tui-matches", n = n, sections = section_count)
}

pub fn no_match(q: &str) -> String {
    crate::t!("tui-no-match", query = q)
}

pub fn match_pos(i: usize, n: usize) -> String {
    crate::t!("tui-match-pos", i = i, n = n)
}

pub fn reading_round(name: &str) -> String {
    crate::t!("tui-reading-round", round = name)
}

/// The status after `L`: which language version is on screen.
pub fn reading_language(code: &str) -> String {
    crate::t!(
        "tui-reading-language",
        language = crate::i18n::language_name(code, crate::i18n::ui()),
        code = code
    )
}

pub fn one_language() -> String {
    crate::t!("tui-one-language")
}

/// The side-by-side pane when the cursor's paragraph has no counterpart there.
pub fn parallel_unaligned(number: usize) -> String {
    crate::t!("tui-parallel-unaligned", number = number)
}

pub fn editor_failed(err: &str) -> String {
    crate::t!("tui-editor-failed", err = err)
}

pub fn crash_report(path: &str) -> String {
    crate::t!("tui-crash-report", path = path)
}

pub fn comment_count(n: usize) -> String {
    crate::t!("count-comments", count = n)
}

/// What an identity field expects, shown under the form for the selected field.
pub fn identity_hint(f: crate::repo::IdentityField) -> String {
    use crate::repo::IdentityField as F;
    crate::t!(match f {
        F::Name => "tui-identity-hint-name",
        F::Email => "tui-identity-hint-email",
        F::Organisation => "tui-identity-hint-organisation",
        F::Category => "tui-identity-hint-category",
        F::Country => "tui-identity-hint-country",
    })
}

/// An identity field's name, in the form and in its errors.
pub fn field_label(f: crate::repo::IdentityField) -> String {
    use crate::repo::IdentityField as F;
    crate::t!(match f {
        F::Name => "tui-field-name",
        F::Email => "tui-field-email",
        F::Organisation => "tui-field-organisation",
        F::Category => "tui-field-category",
        F::Country => "tui-field-country",
    })
}

/// A decision's wording (the ISO template's, in English).
pub fn decision(st: crate::model::Status) -> String {
    use crate::model::Status as S;
    crate::t!(match st {
        S::Accepted => "tui-decision-accepted",
        S::Modified => "tui-decision-modified",
        S::Rejected => "tui-decision-rejected",
        S::Noted => "tui-decision-noted",
    })
}

/// The working draft (the text not yet made a round), as the diff view names it.
pub fn working_draft() -> String {
    crate::t!("tui-working-draft")
}

/// A comment's type, as the compose form and the comment's details show it.
pub fn kind_label(k: crate::model::CommentType) -> String {
    use crate::model::CommentType as K;
    crate::t!(match k {
        K::General => "tui-kind-general",
        K::Technical => "tui-kind-technical",
        K::Editorial => "tui-kind-editorial",
    })
}

/// A comment's stance.
pub fn stance_label(st: crate::model::Stance) -> String {
    use crate::model::Stance as S;
    crate::t!(match st {
        S::Support => "tui-stance-support",
        S::Oppose => "tui-stance-oppose",
        S::Neutral => "tui-stance-neutral",
    })
}

/// The interface language, named in itself (the identity form shows it).
pub fn interface_language() -> String {
    crate::t!(
        "tui-interface-language",
        lang = crate::i18n::ui().own_name()
    )
}

pub fn applied_in(commit: &str) -> String {
    crate::t!("tui-applied-in", commit = commit)
}

pub fn already_applied(commit: &str) -> String {
    crate::t!("tui-already-applied", commit = commit)
}

pub fn in_reply_to(author: &str) -> String {
    crate::t!("tui-in-reply-to", author = author)
}

pub fn paragraph_label(n: usize, clause: Option<&str>) -> String {
    match clause {
        Some(c) => format!("¶{n} · {c}"),
        None => format!("¶{n}"),
    }
}

pub fn restore_question(section: &str, preview: &str) -> String {
    crate::t!("tui-restore-question", section = section, preview = preview)
}

pub fn too_small(w: u16, h: u16, min_w: u16, min_h: u16) -> String {
    crate::t!(
        "tui-too-small-size",
        w = usize::from(w),
        h = usize::from(h),
        min_w = usize::from(min_w),
        min_h = usize::from(min_h)
    )
}

pub fn loading_elapsed(secs: f64) -> String {
    format!("{secs:.1} s")
}

// Key help descriptions.
pub const K_QUIT: &str = "tui-k-quit";
pub const K_HELP: &str = "tui-k-help";
pub const K_NEXT_PANE: &str = "tui-k-next-pane";
pub const K_PREV_PANE: &str = "tui-k-prev-pane";
pub const K_SEARCH: &str = "tui-k-search";
pub const K_NEXT_MATCH: &str = "tui-k-next-match";
pub const K_PREV_MATCH: &str = "tui-k-prev-match";
pub const K_ROUND: &str = "tui-k-round";
pub const K_FILTERS: &str = "tui-k-filters";
pub const K_NEXT_PASSAGE: &str = "tui-k-next-passage";
pub const K_PREV_PASSAGE: &str = "tui-k-prev-passage";
pub const K_COMMENT: &str = "tui-k-comment";
pub const K_PROPOSE: &str = "tui-k-propose";
pub const K_REPLY: &str = "tui-k-reply";
pub const K_CARRIED: &str = "tui-k-carried";
pub const K_SCOPE: &str = "tui-k-scope";
pub const K_DIFF: &str = "tui-k-diff";
pub const K_TRIAGE: &str = "tui-k-triage";
pub const K_SECTION_UP: &str = "tui-k-section-up";
pub const K_SECTION_DOWN: &str = "tui-k-section-down";
pub const K_NEXT_CHANGE: &str = "tui-k-next-change";
pub const K_PREV_CHANGE: &str = "tui-k-prev-change";
pub const K_SIDE_BY_SIDE: &str = "tui-k-side-by-side";
pub const K_LANGUAGE: &str = "tui-k-language";
pub const K_PARALLEL: &str = "tui-k-parallel";
pub const K_SCROLL_DOWN: &str = "tui-k-scroll-down";
pub const K_SCROLL_UP: &str = "tui-k-scroll-up";
pub const K_FROM_PREV: &str = "tui-k-from-prev";
pub const K_FROM_NEXT: &str = "tui-k-from-next";
pub const K_TO_PREV: &str = "tui-k-to-prev";
pub const K_TO_NEXT: &str = "tui-k-to-next";
pub const K_BACK: &str = "tui-k-back";
pub const K_ACCEPT: &str = "tui-k-accept";
pub const K_MODIFY: &str = "tui-k-modify";
pub const K_REJECT: &str = "tui-k-reject";
pub const K_NOTE: &str = "tui-k-note";
pub const K_APPLY: &str = "tui-k-apply";
pub const K_TRIAGE_FILTERS: &str = "tui-k-triage-filters";
pub const K_SAVE_DECISION: &str = "tui-k-save-decision";
pub const K_SUMMARY: &str = "tui-k-summary";
pub const K_SEND: &str = "tui-k-send";
pub fn sending() -> String {
    crate::t!("tui-sending")
}

/// After the send key: what was sent, then what is new.
pub fn sent(comments: usize, news: &str) -> String {
    crate::t!("tui-sent", count = comments, news = news)
}

pub fn send_failed(why: &str) -> String {
    crate::t!("tui-send-failed", why = why)
}
pub const K_SUMMARY_SCROLL_UP: &str = "tui-k-summary-scroll-up";
pub const K_SUMMARY_SCROLL_DOWN: &str = "tui-k-summary-scroll-down";
pub const K_EXPORT: &str = "tui-k-export";
pub const K_EXPORT_MD: &str = "tui-k-export-md";
pub const K_EXPORT_HTML: &str = "tui-k-export-html";
pub const K_EXPORT_JSON: &str = "tui-k-export-json";
pub const K_EXPORT_CSV: &str = "tui-k-export-csv";
pub const K_UP: &str = "tui-k-up";
pub const K_DOWN: &str = "tui-k-down";
pub const K_OPEN: &str = "tui-k-open";
pub const K_PAGE_UP: &str = "tui-k-page-up";
pub const K_PAGE_DOWN: &str = "tui-k-page-down";
pub const K_TOP: &str = "tui-k-top";
pub const K_BOTTOM: &str = "tui-k-bottom";
pub const K_PREV_WORD: &str = "tui-k-prev-word";
pub const K_NEXT_WORD: &str = "tui-k-next-word";
pub const K_LINE_UP: &str = "tui-k-line-up";
pub const K_LINE_DOWN: &str = "tui-k-line-down";
pub const K_SELECT: &str = "tui-k-select";
pub const K_SELECT_PAR: &str = "tui-k-select-par";
pub const K_NEXT_SENTENCE: &str = "tui-k-next-sentence";
pub const K_PREV_SENTENCE: &str = "tui-k-prev-sentence";
pub const K_NEXT_PAR: &str = "tui-k-next-par";
pub const K_PREV_PAR: &str = "tui-k-prev-par";
pub const K_CLEAR: &str = "tui-k-clear";
pub const K_GO_PASSAGE: &str = "tui-k-go-passage";
pub const K_SUBMIT: &str = "tui-k-submit";
pub const K_CANCEL: &str = "tui-k-cancel";
pub const K_EDITOR: &str = "tui-k-editor";
pub const K_FIELD: &str = "tui-k-field";
pub const K_GENERAL: &str = "tui-k-general";
pub const K_TECHNICAL: &str = "tui-k-technical";
pub const K_EDITORIAL: &str = "tui-k-editorial";
pub const K_SUPPORT: &str = "tui-k-support";
pub const K_OPPOSE: &str = "tui-k-oppose";
pub const K_NEUTRAL: &str = "tui-k-neutral";
pub const K_SELECT_MOUSE: &str = "tui-k-select-mouse";

pub const CTX_GLOBAL: &str = "tui-ctx-global";
pub const CTX_LIST: &str = "tui-ctx-list";
pub const CTX_READER: &str = "tui-ctx-reader";
pub const CTX_COMMENTS: &str = "tui-ctx-comments";
pub const CTX_COMPOSE: &str = "tui-ctx-compose";
pub const CTX_DIFF: &str = "tui-ctx-diff";
pub const CTX_TRIAGE: &str = "tui-ctx-triage";
pub const CTX_DECIDE: &str = "tui-ctx-decide";
pub const CTX_SUMMARY: &str = "tui-ctx-summary";
pub const CTX_EXPORT: &str = "tui-ctx-export";

// Diff view.
pub fn diff_view_title() -> String {
    crate::t!("tui-diff-title")
}
pub fn changes() -> String {
    crate::t!("tui-changes")
}
pub fn behind() -> String {
    crate::t!("tui-behind")
}
pub fn no_comment_behind() -> String {
    crate::t!("tui-no-comment-behind")
}
pub fn no_change_section() -> String {
    crate::t!("tui-no-change-section")
}
pub fn computing_diff() -> String {
    crate::t!("tui-computing-diff")
}
pub fn same_version() -> String {
    crate::t!("tui-same-version")
}
pub fn no_more_changes() -> String {
    crate::t!("tui-no-more-changes")
}
pub fn status_new() -> String {
    crate::t!("tui-status-new")
}
pub fn status_removed() -> String {
    crate::t!("tui-status-removed")
}
pub fn status_renamed() -> String {
    crate::t!("tui-status-renamed")
}
pub fn status_reordered() -> String {
    crate::t!("tui-status-reordered")
}
pub const STATUS_SAME: &str = "=";
pub fn old() -> String {
    crate::t!("tui-old")
}
pub fn new() -> String {
    crate::t!("tui-new")
}

pub fn diff_title(from: &str, to: &str) -> String {
    format!("{from} → {to}")
}

pub fn word_counts(added: usize, removed: usize) -> String {
    format!("+{added} −{removed}")
}

pub fn hunk_head(old_start: usize, old_lines: usize, new_start: usize, new_lines: usize) -> String {
    crate::t!(
        "tui-hunk-head",
        old_start = old_start,
        old_lines = old_lines,
        new_start = new_start,
        new_lines = new_lines
    )
}

pub fn change_pos(i: usize, n: usize) -> String {
    crate::t!("tui-change-pos", i = i, n = n)
}

pub fn diff_failed(err: &str) -> String {
    crate::t!("tui-diff-failed", err = err)
}

pub fn renamed_from(old: &str) -> String {
    crate::t!("tui-renamed-from", old = old)
}

// Triage view.
pub fn queue() -> String {
    crate::t!("tui-queue")
}
pub fn queue_to_apply() -> String {
    crate::t!("tui-queue-to-apply")
}
pub const K_TO_APPLY: &str = "tui-k-to-apply";
pub fn showing_to_apply() -> String {
    crate::t!("tui-showing-to-apply")
}
// Short status marks of the queue (a symbol and a word: never colour alone).
pub fn mark_open() -> String {
    crate::t!("tui-mark-open")
}
/// Accepted, and its wording applied to the draft.
pub fn mark_applied_accepted() -> String {
    crate::t!("tui-mark-applied-accepted")
}
/// Accepted with modifications, and the wording applied.
pub fn mark_applied_modified() -> String {
    crate::t!("tui-mark-applied-modified")
}
pub fn mark_accepted() -> String {
    crate::t!("tui-mark-accepted")
}
pub fn mark_modified() -> String {
    crate::t!("tui-mark-modified")
}
pub fn mark_rejected() -> String {
    crate::t!("tui-mark-rejected")
}
pub fn mark_noted() -> String {
    crate::t!("tui-mark-noted")
}
pub fn triage_empty() -> String {
    crate::t!("tui-triage-empty")
}
pub const COMPETING_MARK: &str = "⚔";
pub fn competing() -> String {
    crate::t!("tui-competing")
}
pub fn filter_section() -> String {
    crate::t!("tui-filter-section")
}
pub fn filter_competing() -> String {
    crate::t!("tui-filter-competing")
}
pub fn triage_filters_title() -> String {
    crate::t!("tui-triage-filters-title")
}
pub fn observations() -> String {
    crate::t!("tui-observations")
}
pub fn others_observations() -> String {
    crate::t!("tui-others-observations")
}
pub fn obs_placeholder() -> String {
    crate::t!("tui-obs-placeholder")
}
pub fn saving() -> String {
    crate::t!("tui-saving")
}
pub fn applying() -> String {
    crate::t!("tui-applying")
}
pub fn applied_title() -> String {
    crate::t!("tui-applied-title")
}
pub fn applied_keys() -> String {
    crate::t!("tui-applied-keys")
}
pub fn not_a_proposal() -> String {
    crate::t!("tui-not-a-proposal")
}
pub fn empty_observations() -> String {
    crate::t!("tui-empty-observations")
}
pub fn proposed() -> String {
    crate::t!("tui-proposed")
}
pub fn quote() -> String {
    crate::t!("tui-quote")
}

pub fn progress(decided: usize, total: usize) -> String {
    crate::t!("tui-progress", decided = decided, total = total)
}

pub fn not_secretariat(email: &str, list: &str) -> String {
    crate::t!(
        "tui-not-secretariat",
        list = list,
        email = format!("{email:?}")
    )
}

pub fn recorded(n: usize, status: &str) -> String {
    if n == 1 {
        crate::t!("tui-recorded-one", status = status)
    } else {
        crate::t!("tui-recorded-many", n = n, status = status)
    }
}

pub fn apply_title(author: &str) -> String {
    crate::t!("tui-apply-title", author = author)
}

/// The field of the wording to apply.
pub fn wording() -> String {
    crate::t!("tui-wording")
}
pub fn empty_wording() -> String {
    crate::t!("tui-empty-wording")
}

pub fn decide_title(status: &str, author: &str) -> String {
    crate::t!("tui-decide-title", status = status, author = author)
}

pub fn applied(section: &str, commit: &str) -> String {
    crate::t!("tui-applied", section = section, commit = commit)
}

pub fn failed(err: &str) -> String {
    crate::t!("tui-failed", err = err)
}

// Summary view.
pub fn summary_title() -> String {
    crate::t!("tui-summary-title")
}
pub fn computing_summary() -> String {
    crate::t!("tui-computing-summary")
}
pub fn by_category() -> String {
    crate::t!("tui-by-category")
}
pub fn by_section() -> String {
    crate::t!("tui-by-section")
}
pub fn decisions() -> String {
    crate::t!("tui-decisions")
}
pub fn nothing_yet() -> String {
    crate::t!("tui-nothing-yet")
}
pub const NO_NUMBER: &str = "–";
pub const BAR_FULL: &str = "█";
pub const BAR_TICK: &str = "▏";
pub const GAUGE_FILLED: &str = "█";
pub const GAUGE_EMPTY: &str = "░";
pub fn sum_accepted() -> String {
    crate::t!("tui-sum-accepted")
}
pub fn sum_modified() -> String {
    crate::t!("tui-sum-modified")
}
pub fn sum_rejected() -> String {
    crate::t!("tui-sum-rejected")
}
pub fn sum_noted() -> String {
    crate::t!("tui-sum-noted")
}
pub fn sum_open() -> String {
    crate::t!("tui-sum-open")
}
pub fn sum_not_applied() -> String {
    crate::t!("tui-sum-not-applied")
}
pub fn sum_campaigns() -> String {
    crate::t!("tui-sum-campaigns")
}
pub fn sum_comments() -> String {
    crate::t!("tui-sum-comments")
}
pub fn sum_replies() -> String {
    crate::t!("tui-sum-replies")
}
pub fn sum_proposals() -> String {
    crate::t!("tui-sum-proposals")
}
pub fn sum_participants() -> String {
    crate::t!("tui-sum-participants")
}
pub fn sum_organisations() -> String {
    crate::t!("tui-sum-organisations")
}
pub fn export_title() -> String {
    crate::t!("tui-export-title")
}
pub const EXPORT_STEM: &str = "consulta-summary";
pub fn exporting() -> String {
    crate::t!("tui-exporting")
}
pub fn summary_not_ready() -> String {
    crate::t!("tui-summary-not-ready")
}

pub fn decided_gauge(decided: usize, total: usize) -> String {
    let pct = (decided * 100).checked_div(total).unwrap_or(0);
    format!(
        "{} ",
        crate::t!(
            "tui-decided-gauge",
            decided = decided,
            total = total,
            pct = pct
        )
    )
}

pub fn rows_shown(from: usize, to: usize, n: usize) -> String {
    crate::t!("tui-rows-shown", from = from, to = to, n = n)
}

pub fn summary_failed(err: &str) -> String {
    crate::t!("tui-summary-failed", err = err)
}

pub fn exported(path: &str) -> String {
    crate::t!("tui-exported", path = path)
}

pub fn export_failed(err: &str) -> String {
    crate::t!("tui-export-failed", err = err)
}
