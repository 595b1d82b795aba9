//! The form that asks who the stakeholder is, the first time they write: name, e-mail,
//! organisation, category and country, stored in git config as `consulta whoami` does.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

use crate::repo::{IdentityField, Store};
use crate::sanitize;
use crate::tui::action::{Msg, Outcome};
use crate::tui::ctx::Ctx;
use crate::tui::keys::Command;
use crate::tui::strings as s;
use crate::tui::widgets::{block, centered, pad, wrap_spans};

/// The form that asks who the stakeholder is.
#[derive(Debug, Clone)]
pub struct IdentityForm {
    pub values: Vec<String>,
    pub field: usize,
    pub category: usize,
    pub error: Option<String>,
    /// What to do once saved.
    pub then: Command,
}

impl IdentityForm {
    /// The form for `id` (its known values filled in, the first missing field chosen), to
    /// run `then` once saved.
    pub fn new(ctx: &Ctx, then: Command) -> IdentityForm {
        let id = &ctx.data.identity;
        let cats = &ctx.data.manifest.categories;
        IdentityForm {
            values: IdentityField::ALL
                .iter()
                .map(|f| id.get(*f).to_string())
                .collect(),
            field: IdentityField::ALL
                .iter()
                .position(|f| id.get(*f).is_empty())
                .unwrap_or(0),
            category: cats.iter().position(|c| c.id == id.category).unwrap_or(0),
            error: None,
            then,
        }
    }

    /// A key while the form is open: typing, moving between fields, Enter on the last
    /// field saves (to the repository's git config) and runs the command it was opened for.
    pub fn handle(&mut self, ev: KeyEvent, ctx: &Ctx) -> Outcome {
        let cats: Vec<String> = ctx
            .data
            .manifest
            .categories
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let f = self;
        let cat_field = IdentityField::ALL
            .iter()
            .position(|x| *x == IdentityField::Category)
            .unwrap_or(3);
        let last = IdentityField::ALL.len() - 1;
        match ev.code {
            KeyCode::Esc => return Outcome::closed(vec![Msg::CloseIdentity]),
            KeyCode::Up | KeyCode::BackTab => f.field = f.field.saturating_sub(1),
            KeyCode::Down | KeyCode::Tab => f.field = (f.field + 1).min(last),
            KeyCode::Left if f.field == cat_field && !cats.is_empty() => {
                f.category = (f.category + cats.len() - 1) % cats.len()
            }
            KeyCode::Right if f.field == cat_field && !cats.is_empty() => {
                f.category = (f.category + 1) % cats.len()
            }
            KeyCode::Backspace if f.field != cat_field => {
                f.values[f.field].pop();
                // The message was about what was there before: it goes once it is changed.
                f.error = None;
            }
            KeyCode::Char(c)
                if f.field != cat_field && !ev.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                let c = if IdentityField::ALL[f.field] == IdentityField::Country {
                    c.to_ascii_uppercase()
                } else {
                    c
                };
                f.values[f.field].push(c);
                f.error = None;
            }
            KeyCode::Enter if f.field < last => f.field += 1,
            KeyCode::Enter => return f.save(ctx),
            _ => {}
        }
        if let Some(cat) = cats.get(f.category) {
            f.values[cat_field] = cat.clone();
        }
        Outcome::default()
    }

    fn save(&mut self, ctx: &Ctx) -> Outcome {
        let f = self;
        let mut id = ctx.data.identity.clone();
        for (field, v) in IdentityField::ALL.iter().zip(&f.values) {
            id.set(*field, v.trim().to_string());
        }
        if let Some(m) = id.missing().first() {
            f.error = Some(format!("{}?", s::field_label(*m)));
            f.field = IdentityField::ALL.iter().position(|x| x == m).unwrap_or(0);
            return Outcome::default();
        }
        let res = Store::open(&ctx.data.repo_dir).and_then(|st| id.save(Some(st.git()), false));
        match res {
            Ok(()) => Outcome::closed(vec![
                Msg::status(s::identity_saved()),
                Msg::IdentitySaved(id, f.then),
            ]),
            Err(e) => {
                f.error = Some(e.to_string());
                Outcome::default()
            }
        }
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let form = self;
        let t = ctx.theme;
        let width = area.width.saturating_sub(6).min(72);
        let w = width.saturating_sub(2) as usize;
        // What the selected field expects, and the error, wrapped in full: the box grows to
        // hold them rather than cutting them off.
        let hint =
            s::identity_hint(IdentityField::ALL[form.field.min(IdentityField::ALL.len() - 1)]);
        let hint_lines = wrap_spans(&[(format!("  {hint}"), t.muted)], w, 2);
        let error_lines = form
            .error
            .as_ref()
            .map(|e| wrap_spans(&[(format!("✗ {}", sanitize::inline(e)), t.error)], w, 2))
            .unwrap_or_default();
        let height = 13 + hint_lines.len() as u16 + error_lines.len().saturating_sub(1) as u16;
        let r = centered(area, width, height.min(area.height));
        f.render_widget(Clear, r);
        let b = block(format!(" {} ", s::identity_title()), true, t)
            .title_bottom(Span::styled(format!(" {} ", s::identity_keys()), t.muted));
        let inner = b.inner(r);
        f.render_widget(b, r);
        let mut lines = wrap_spans(&[(s::identity_intro(), t.muted)], inner.width as usize, 0);
        lines.push(Line::styled(s::interface_language(), t.muted));
        for (i, field) in IdentityField::ALL.iter().enumerate() {
            let sel = i == form.field;
            let value = if *field == IdentityField::Category {
                let cat = ctx.data.manifest.categories.get(form.category);
                format!(
                    "‹ {} ›",
                    cat.map_or(String::new(), |c| sanitize::inline(
                        c.label_in(crate::i18n::ui())
                    )
                    .into_owned())
                )
            } else {
                let v = &form.values[i];
                // A country code is shown with its name in the interface language.
                let name = if *field == IdentityField::Country && v.trim().len() == 2 {
                    let n = crate::i18n::country_name(v, crate::i18n::ui());
                    if n.eq_ignore_ascii_case(v.trim()) {
                        String::new()
                    } else {
                        format!(" · {}", sanitize::inline(&n))
                    }
                } else {
                    String::new()
                };
                format!(
                    "{}{}{name}",
                    sanitize::inline(v),
                    if sel { "▏" } else { "" }
                )
            };
            lines.push(Line::from(vec![
                Span::styled(if sel { s::SELECTED_MARK } else { " " }, t.key),
                Span::styled(format!(" {}", pad(&s::field_label(*field), 14)), t.strong),
                Span::styled(value, if sel { t.selected } else { t.base }),
            ]));
        }
        lines.extend(hint_lines);
        lines.extend(error_lines);
        f.render_widget(Paragraph::new(lines), inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ch, ctx, key, sample};

    #[test]
    fn fields_are_typed_in_turn_and_a_bad_country_is_said_until_changed() {
        let (_tmp, mut data) = sample();
        data.identity = crate::repo::Identity::default();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut form = IdentityForm::new(&c, Command::Comment);
        assert_eq!(form.field, 0);
        for v in ["Ana Example", "ana@uni.example", "Universidad Ejemplo"] {
            for x in v.chars() {
                form.handle(ch(x), &c);
            }
            form.handle(key(KeyCode::Enter), &c);
        }
        // The category is chosen with ←/→ and typed letters do nothing there.
        form.handle(ch('z'), &c);
        form.handle(key(KeyCode::Right), &c);
        assert_eq!(form.category, 1);
        form.handle(key(KeyCode::Enter), &c);
        for x in "uyy".chars() {
            form.handle(ch(x), &c);
        }
        assert_eq!(form.values[4], "UYY", "the country is upper-cased as typed");
        let o = form.handle(key(KeyCode::Enter), &c);
        assert!(!o.close && o.msgs.is_empty());
        assert!(form
            .error
            .as_deref()
            .is_some_and(|e| e.contains("ISO 3166-1")));
        form.handle(key(KeyCode::Backspace), &c);
        assert!(form.error.is_none());
        assert!(form.handle(key(KeyCode::Esc), &c).close);
    }
}
