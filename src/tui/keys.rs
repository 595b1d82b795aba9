//! Key bindings as data: one list feeds the key handling, the footer hints and the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::strings as s;

/// What a key asks for, independent of which key it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Quit,
    Help,
    NextPane,
    PrevPane,
    Search,
    NextMatch,
    PrevMatch,
    NextRound,
    /// Read the next language version of the text.
    NextLanguage,
    Filters,
    NextPassage,
    PrevPassage,
    Comment,
    Propose,
    Reply,
    ToggleScope,
    ToggleCarried,
    Later(&'static str),
    Up,
    Down,
    Open,
    PageUp,
    PageDown,
    Top,
    Bottom,
    PrevWord,
    NextWord,
    Select,
    SelectParagraph,
    NextSentence,
    PrevSentence,
    NextParagraph,
    PrevParagraph,
    ClearSelection,
    Submit,
    Cancel,
    Editor,
    SwitchField,
    Kind(crate::model::CommentType),
    /// Switch to the diff view (or back to reading from it).
    ViewDiff,
    /// Switch to the triage view (or back to reading from it).
    ViewTriage,
    /// Back to the Read view.
    ViewRead,
    DiffFromPrev,
    DiffFromNext,
    DiffToPrev,
    DiffToNext,
    NextChange,
    PrevChange,
    SideBySide,
    ScrollUp,
    ScrollDown,
    Decide(crate::model::Status),
    Apply,
    /// Toggle the triage queue between its filters and "to apply".
    ToApply,
    TriageFilters,
    Stance(crate::model::Stance),
    /// Switch to the summary view (or back to reading from it).
    ViewSummary,
    /// Open the summary's export choice.
    SummaryExport,
    /// Send my comments and bring in the secretariat's news (`consulta sync`).
    Send,
    /// Export the summary in this format.
    ExportAs(super::views::summary::ExportFormat),
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    List,
    Reader,
    Comments,
    Compose,
    Diff,
    Triage,
    /// Writing the secretariat's observations.
    Decide,
    Summary,
    /// Choosing the summary's export format.
    Export,
}

impl Context {
    pub fn label(self) -> String {
        crate::t!(match self {
            Context::Global => s::CTX_GLOBAL,
            Context::List => s::CTX_LIST,
            Context::Reader => s::CTX_READER,
            Context::Comments => s::CTX_COMMENTS,
            Context::Compose => s::CTX_COMPOSE,
            Context::Diff => s::CTX_DIFF,
            Context::Triage => s::CTX_TRIAGE,
            Context::Decide => s::CTX_DECIDE,
            Context::Summary => s::CTX_SUMMARY,
            Context::Export => s::CTX_EXPORT,
        })
    }
}

/// One key (code and the modifiers that must be held).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> Key {
    k(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}

impl Key {
    /// Does the pressed key match? Shift is ignored for characters (it is in the character).
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        let mods = match ev.code {
            KeyCode::Char(_) | KeyCode::BackTab => ev.modifiers - KeyModifiers::SHIFT,
            _ => ev.modifiers,
        };
        self.code == ev.code && self.mods == mods
    }

    /// How the key is written on screen.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => crate::t!("tui-key-space"),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "⏎".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => crate::t!("tui-key-home"),
            KeyCode::End => crate::t!("tui-key-end"),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("C-{base}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("M-{base}")
        } else {
            base
        }
    }
}

/// One binding: keys, what they do, where, the help text, and whether the footer shows it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub context: Context,
    /// The help text's message key (`Binding::help_text` gives the text).
    pub help: &'static str,
    /// Short footer hint's message key, when the footer should show this binding.
    pub hint: Option<&'static str>,
}

impl Binding {
    /// The help text in the interface language.
    pub fn help_text(&self) -> String {
        crate::t!(self.help)
    }
}

const fn b(
    keys: &'static [Key],
    command: Command,
    context: Context,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        command,
        context,
        help,
        hint,
    }
}

use super::views::summary::ExportFormat;
use crate::model::{CommentType, Stance, Status};
use Command as C;
use Context::*;

/// Every binding of the TUI. Context bindings win over global ones.
pub static BINDINGS: &[Binding] = &[
    // Section list.
    b(
        &[k(KeyCode::Up), ch('k')],
        C::Up,
        List,
        s::K_UP,
        Some("tui-hint-move"),
    ),
    b(&[k(KeyCode::Down), ch('j')], C::Down, List, s::K_DOWN, None),
    b(
        &[k(KeyCode::Enter), k(KeyCode::Right), ch('l')],
        C::Open,
        List,
        s::K_OPEN,
        Some("tui-hint-open"),
    ),
    b(&[k(KeyCode::PageUp)], C::PageUp, List, s::K_PAGE_UP, None),
    b(
        &[k(KeyCode::PageDown)],
        C::PageDown,
        List,
        s::K_PAGE_DOWN,
        None,
    ),
    b(&[k(KeyCode::Home), ch('g')], C::Top, List, s::K_TOP, None),
    b(
        &[k(KeyCode::End), ch('G')],
        C::Bottom,
        List,
        s::K_BOTTOM,
        None,
    ),
    // Reader.
    b(
        &[k(KeyCode::Left), ch('h')],
        C::PrevWord,
        Reader,
        s::K_PREV_WORD,
        None,
    ),
    b(
        &[k(KeyCode::Right), ch('l')],
        C::NextWord,
        Reader,
        s::K_NEXT_WORD,
        Some("tui-hint-word"),
    ),
    b(
        &[k(KeyCode::Up), ch('k')],
        C::Up,
        Reader,
        s::K_LINE_UP,
        None,
    ),
    b(
        &[k(KeyCode::Down), ch('j')],
        C::Down,
        Reader,
        s::K_LINE_DOWN,
        None,
    ),
    b(
        &[ch('v')],
        C::Select,
        Reader,
        s::K_SELECT,
        Some("tui-hint-select"),
    ),
    b(
        &[ch('V')],
        C::SelectParagraph,
        Reader,
        s::K_SELECT_PAR,
        None,
    ),
    b(
        &[ch(')')],
        C::NextSentence,
        Reader,
        s::K_NEXT_SENTENCE,
        Some("tui-hint-sentence"),
    ),
    b(
        &[ch('(')],
        C::PrevSentence,
        Reader,
        s::K_PREV_SENTENCE,
        None,
    ),
    b(&[ch('}')], C::NextParagraph, Reader, s::K_NEXT_PAR, None),
    b(&[ch('{')], C::PrevParagraph, Reader, s::K_PREV_PAR, None),
    b(
        &[k(KeyCode::Esc)],
        C::ClearSelection,
        Reader,
        s::K_CLEAR,
        None,
    ),
    b(&[k(KeyCode::PageUp)], C::PageUp, Reader, s::K_PAGE_UP, None),
    b(
        &[k(KeyCode::PageDown), ch(' ')],
        C::PageDown,
        Reader,
        s::K_PAGE_DOWN,
        None,
    ),
    b(&[k(KeyCode::Home), ch('g')], C::Top, Reader, s::K_TOP, None),
    b(
        &[k(KeyCode::End), ch('G')],
        C::Bottom,
        Reader,
        s::K_BOTTOM,
        None,
    ),
    // Comment panel.
    b(
        &[k(KeyCode::Up), ch('k')],
        C::Up,
        Comments,
        s::K_UP,
        Some("tui-hint-move"),
    ),
    b(
        &[k(KeyCode::Down), ch('j')],
        C::Down,
        Comments,
        s::K_DOWN,
        None,
    ),
    b(
        &[k(KeyCode::Enter)],
        C::Open,
        Comments,
        s::K_GO_PASSAGE,
        Some("tui-hint-passage"),
    ),
    b(
        &[k(KeyCode::Home), ch('g')],
        C::Top,
        Comments,
        s::K_TOP,
        None,
    ),
    b(
        &[k(KeyCode::End), ch('G')],
        C::Bottom,
        Comments,
        s::K_BOTTOM,
        None,
    ),
    // Writing a comment.
    b(
        &[ctrl('s')],
        C::Submit,
        Compose,
        s::K_SUBMIT,
        Some("tui-hint-submit"),
    ),
    b(
        &[k(KeyCode::Esc)],
        C::Cancel,
        Compose,
        s::K_CANCEL,
        Some("tui-hint-cancel"),
    ),
    b(
        &[ctrl('e')],
        C::Editor,
        Compose,
        s::K_EDITOR,
        Some("tui-hint-editor"),
    ),
    b(
        &[k(KeyCode::Tab)],
        C::SwitchField,
        Compose,
        s::K_FIELD,
        None,
    ),
    b(
        &[alt('g'), k(KeyCode::F(1))],
        C::Kind(CommentType::General),
        Compose,
        s::K_GENERAL,
        None,
    ),
    b(
        &[alt('t'), k(KeyCode::F(2))],
        C::Kind(CommentType::Technical),
        Compose,
        s::K_TECHNICAL,
        None,
    ),
    b(
        &[alt('e'), k(KeyCode::F(3))],
        C::Kind(CommentType::Editorial),
        Compose,
        s::K_EDITORIAL,
        None,
    ),
    b(
        &[alt('s'), k(KeyCode::F(5))],
        C::Stance(Stance::Support),
        Compose,
        s::K_SUPPORT,
        None,
    ),
    b(
        &[alt('o'), k(KeyCode::F(6))],
        C::Stance(Stance::Oppose),
        Compose,
        s::K_OPPOSE,
        None,
    ),
    b(
        &[alt('n'), k(KeyCode::F(7))],
        C::Stance(Stance::Neutral),
        Compose,
        s::K_NEUTRAL,
        None,
    ),
    // Diff view.
    b(
        &[k(KeyCode::Up), ch('k')],
        C::Up,
        Diff,
        s::K_SECTION_UP,
        Some("tui-hint-section"),
    ),
    b(
        &[k(KeyCode::Down), ch('j')],
        C::Down,
        Diff,
        s::K_SECTION_DOWN,
        None,
    ),
    b(
        &[ch('n')],
        C::NextChange,
        Diff,
        s::K_NEXT_CHANGE,
        Some("tui-hint-change"),
    ),
    b(&[ch('N')], C::PrevChange, Diff, s::K_PREV_CHANGE, None),
    b(
        &[ch('v'), ch('|')],
        C::SideBySide,
        Diff,
        s::K_SIDE_BY_SIDE,
        Some("tui-hint-side-by-side"),
    ),
    b(
        &[k(KeyCode::PageDown), ch('J'), ch(' ')],
        C::ScrollDown,
        Diff,
        s::K_SCROLL_DOWN,
        None,
    ),
    b(
        &[k(KeyCode::PageUp), ch('K')],
        C::ScrollUp,
        Diff,
        s::K_SCROLL_UP,
        None,
    ),
    b(
        &[ch('[')],
        C::DiffFromPrev,
        Diff,
        s::K_FROM_PREV,
        Some("tui-hint-from"),
    ),
    b(&[ch(']')], C::DiffFromNext, Diff, s::K_FROM_NEXT, None),
    b(
        &[ch('{')],
        C::DiffToPrev,
        Diff,
        s::K_TO_PREV,
        Some("tui-hint-to"),
    ),
    b(&[ch('}')], C::DiffToNext, Diff, s::K_TO_NEXT, None),
    b(
        &[k(KeyCode::Esc)],
        C::ViewRead,
        Diff,
        s::K_BACK,
        Some("tui-hint-back"),
    ),
    // Triage view.
    b(
        &[k(KeyCode::Up), ch('k')],
        C::Up,
        Triage,
        s::K_UP,
        Some("tui-hint-move"),
    ),
    b(
        &[k(KeyCode::Down), ch('j')],
        C::Down,
        Triage,
        s::K_DOWN,
        None,
    ),
    b(&[k(KeyCode::PageUp)], C::PageUp, Triage, s::K_PAGE_UP, None),
    b(
        &[k(KeyCode::PageDown)],
        C::PageDown,
        Triage,
        s::K_PAGE_DOWN,
        None,
    ),
    b(
        &[ch('1')],
        C::Decide(Status::Accepted),
        Triage,
        s::K_ACCEPT,
        Some("tui-hint-accept"),
    ),
    b(
        &[ch('2')],
        C::Decide(Status::Modified),
        Triage,
        s::K_MODIFY,
        Some("tui-hint-modify"),
    ),
    b(
        &[ch('3')],
        C::Decide(Status::Rejected),
        Triage,
        s::K_REJECT,
        Some("tui-hint-reject"),
    ),
    b(
        &[ch('4')],
        C::Decide(Status::Noted),
        Triage,
        s::K_NOTE,
        Some("tui-hint-note"),
    ),
    b(
        &[ch('a')],
        C::Apply,
        Triage,
        s::K_APPLY,
        Some("tui-hint-apply"),
    ),
    b(&[ch('A')], C::ToApply, Triage, s::K_TO_APPLY, None),
    b(
        &[ch('f')],
        C::TriageFilters,
        Triage,
        s::K_TRIAGE_FILTERS,
        Some("tui-hint-filter"),
    ),
    b(
        &[k(KeyCode::Esc)],
        C::ViewRead,
        Triage,
        s::K_BACK,
        Some("tui-hint-back"),
    ),
    // Writing the secretariat's observations.
    b(
        &[ctrl('s')],
        C::Submit,
        Decide,
        s::K_SAVE_DECISION,
        Some("tui-hint-save"),
    ),
    b(
        &[k(KeyCode::Esc)],
        C::Cancel,
        Decide,
        s::K_CANCEL,
        Some("tui-hint-cancel"),
    ),
    b(&[k(KeyCode::Tab)], C::SwitchField, Decide, s::K_FIELD, None),
    // Summary view.
    b(
        &[k(KeyCode::Up), ch('k')],
        C::ScrollUp,
        Summary,
        s::K_SUMMARY_SCROLL_UP,
        Some("tui-hint-scroll"),
    ),
    b(
        &[k(KeyCode::Down), ch('j')],
        C::ScrollDown,
        Summary,
        s::K_SUMMARY_SCROLL_DOWN,
        None,
    ),
    b(
        &[ch('x')],
        C::SummaryExport,
        Summary,
        s::K_EXPORT,
        Some("tui-hint-export"),
    ),
    b(
        &[k(KeyCode::Esc)],
        C::ViewRead,
        Summary,
        s::K_BACK,
        Some("tui-hint-back"),
    ),
    // Choosing the export format.
    b(
        &[ch('m')],
        C::ExportAs(ExportFormat::Markdown),
        Export,
        s::K_EXPORT_MD,
        Some("tui-hint-markdown"),
    ),
    b(
        &[ch('h')],
        C::ExportAs(ExportFormat::Html),
        Export,
        s::K_EXPORT_HTML,
        Some("tui-hint-html"),
    ),
    b(
        &[ch('j')],
        C::ExportAs(ExportFormat::Json),
        Export,
        s::K_EXPORT_JSON,
        Some("tui-hint-json"),
    ),
    b(
        &[ch('c')],
        C::ExportAs(ExportFormat::Csv),
        Export,
        s::K_EXPORT_CSV,
        Some("tui-hint-csv"),
    ),
    b(
        &[k(KeyCode::Esc)],
        C::Cancel,
        Export,
        s::K_CANCEL,
        Some("tui-hint-cancel"),
    ),
    // Everywhere.
    b(
        &[k(KeyCode::Tab)],
        C::NextPane,
        Global,
        s::K_NEXT_PANE,
        Some("tui-hint-pane"),
    ),
    b(
        &[k(KeyCode::BackTab)],
        C::PrevPane,
        Global,
        s::K_PREV_PANE,
        None,
    ),
    b(
        &[ch('c')],
        C::Comment,
        Global,
        s::K_COMMENT,
        Some("tui-hint-comment"),
    ),
    b(
        &[ch('p')],
        C::Propose,
        Global,
        s::K_PROPOSE,
        Some("tui-hint-propose"),
    ),
    b(
        &[ch('r')],
        C::Reply,
        Global,
        s::K_REPLY,
        Some("tui-hint-reply"),
    ),
    b(
        &[ch(']')],
        C::NextPassage,
        Global,
        s::K_NEXT_PASSAGE,
        Some("tui-hint-commented"),
    ),
    b(&[ch('[')], C::PrevPassage, Global, s::K_PREV_PASSAGE, None),
    b(&[ch('a')], C::ToggleScope, Global, s::K_SCOPE, None),
    b(&[ch('e')], C::ToggleCarried, Global, s::K_CARRIED, None),
    b(
        &[ch('/')],
        C::Search,
        Global,
        s::K_SEARCH,
        Some("tui-hint-search"),
    ),
    b(&[ch('n')], C::NextMatch, Global, s::K_NEXT_MATCH, None),
    b(&[ch('N')], C::PrevMatch, Global, s::K_PREV_MATCH, None),
    b(
        &[ch('f')],
        C::Filters,
        Global,
        s::K_FILTERS,
        Some("tui-hint-filter"),
    ),
    b(
        &[ch('R')],
        C::NextRound,
        Global,
        s::K_ROUND,
        Some("tui-hint-round"),
    ),
    b(&[ch('L')], C::NextLanguage, Global, s::K_LANGUAGE, None),
    b(&[ch('|')], C::SideBySide, Global, s::K_PARALLEL, None),
    b(
        &[ch('d')],
        C::ViewDiff,
        Global,
        s::K_DIFF,
        Some("tui-hint-diff"),
    ),
    b(&[ch('t')], C::ViewTriage, Global, s::K_TRIAGE, None),
    b(&[ch('s')], C::ViewSummary, Global, s::K_SUMMARY, None),
    b(&[ch('S')], C::Send, Global, s::K_SEND, None),
    b(
        &[ch('?')],
        C::Help,
        Global,
        s::K_HELP,
        Some("tui-hint-help"),
    ),
    b(
        &[ch('q')],
        C::Quit,
        Global,
        s::K_QUIT,
        Some("tui-hint-quit"),
    ),
];

/// The command bound to `ev` in `context` (context bindings first, then global ones; the
/// compose context has no global fallback because keys there are text).
pub fn lookup(context: Context, ev: &KeyEvent) -> Option<Command> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .filter(|b| b.context == ctx)
            .find(|b| b.keys.iter().any(|k| k.matches(ev)))
            .map(|b| b.command)
    };
    find(context).or_else(|| {
        if matches!(context, Compose | Decide | Export) {
            None
        } else {
            find(Global).filter(|c| applies_in(context, *c))
        }
    })
}

/// Which global commands the diff and triage views take over (the rest are the Read view's).
fn applies_in(context: Context, c: Command) -> bool {
    match context {
        Diff | Triage | Summary => matches!(
            c,
            C::Quit | C::Help | C::ViewDiff | C::ViewTriage | C::ViewSummary | C::Later(_)
        ),
        _ => true,
    }
}

/// Footer hints for a context: its own first, then the global ones.
pub fn hints(context: Context) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let contexts: &[Context] = if matches!(context, Compose | Decide | Export) {
        &[context]
    } else {
        &[context, Global]
    };
    for ctx in contexts {
        for b in BINDINGS
            .iter()
            .filter(|b| b.context == *ctx)
            .filter(|b| *ctx != Global || applies_in(context, b.command))
        {
            if let Some(h) = b.hint {
                out.push((keys_label(b), crate::t!(h)));
            }
        }
    }
    out
}

/// All keys of a binding, written as on screen (`↑/k`).
pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(Key::label).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_prefers_context_and_ignores_shift() {
        let ev = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::NONE);
        assert_eq!(lookup(List, &ev), Some(C::Open));
        assert_eq!(lookup(Reader, &ev), Some(C::NextWord));
        let ev = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Reader, &ev), Some(C::PrevMatch));
        let ev = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(lookup(Compose, &ev), None);
        let ev = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Compose, &ev), Some(C::Submit));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for bb in &BINDINGS[i + 1..] {
                if a.context == bb.context {
                    for ka in a.keys {
                        assert!(
                            !bb.keys.contains(ka),
                            "{:?} bound twice in {:?}",
                            ka,
                            a.context
                        );
                    }
                }
            }
        }
    }
}
