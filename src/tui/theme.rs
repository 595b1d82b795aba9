//! Semantic styles. Views ask for `theme.added`, never for a colour; with `NO_COLOR` every
//! style falls back to modifiers (bold, underline, reverse), and markers carry the meaning too.

use ratatui::style::{Color, Modifier, Style};

/// The styles the views use, by meaning.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub muted: Style,
    pub title: Style,
    pub heading: Style,
    pub emphasis: Style,
    pub strong: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub cursor: Style,
    pub marker: Style,
    pub added: Style,
    pub removed: Style,
    pub search: Style,
    pub key: Style,
    pub error: Style,
    pub info: Style,
    pub mine: Style,
    pub changed: Style,
    /// Bars and gauges of the summary (the number is always written next to them).
    pub bar: Style,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme::new(!no_color)
    }

    pub fn new(color: bool) -> Theme {
        let plain = Style::default();
        let bold = plain.add_modifier(Modifier::BOLD);
        if !color {
            return Theme {
                base: plain,
                muted: plain.add_modifier(Modifier::DIM),
                title: bold,
                heading: bold,
                emphasis: plain.add_modifier(Modifier::ITALIC),
                strong: bold,
                border: plain,
                border_focus: bold,
                selected: plain.add_modifier(Modifier::REVERSED),
                cursor: plain
                    .add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
                marker: plain.add_modifier(Modifier::UNDERLINED),
                added: plain.add_modifier(Modifier::UNDERLINED),
                removed: plain.add_modifier(Modifier::CROSSED_OUT),
                search: plain.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                key: bold,
                error: bold,
                info: plain,
                mine: bold,
                changed: bold,
                bar: plain,
            };
        }
        Theme {
            base: plain,
            muted: plain.fg(Color::DarkGray),
            title: bold.fg(Color::Cyan),
            heading: bold.fg(Color::Cyan),
            emphasis: plain.add_modifier(Modifier::ITALIC),
            strong: bold,
            border: plain.fg(Color::DarkGray),
            border_focus: plain.fg(Color::Cyan),
            selected: plain.bg(Color::Blue).fg(Color::White),
            cursor: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            marker: plain.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
            added: plain.fg(Color::Green).add_modifier(Modifier::UNDERLINED),
            removed: plain.fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
            search: plain.bg(Color::Yellow).fg(Color::Black),
            key: bold.fg(Color::Cyan),
            error: bold.fg(Color::Red),
            info: plain.fg(Color::Green),
            mine: bold.fg(Color::Magenta),
            changed: bold.fg(Color::Yellow),
            bar: plain.fg(Color::Cyan),
        }
    }
}
