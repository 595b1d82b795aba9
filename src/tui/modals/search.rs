//! Search across the sections of the round being read, accent- and case-insensitive: the
//! prompt in the status line, the matches in reading order, and stepping through them.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::text::{Line, Span};

use crate::tui::action::{Msg, Outcome};
use crate::tui::data::{self, Loaded};
use crate::tui::strings as s;
use crate::tui::theme::Theme;

/// Search results over the round being read, and the prompt while it is open.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    /// (section index, byte start, byte end), in reading order.
    pub matches: Vec<(usize, usize, usize)>,
    pub current: Option<usize>,
    /// The prompt's text while it is open.
    pub prompt: Option<String>,
}

impl Search {
    /// Open the prompt.
    pub fn open(&mut self) {
        self.prompt = Some(String::new());
    }

    /// A key while the prompt is open; Enter searches round `round` from `here` (section
    /// index, byte offset), the place being read.
    pub fn handle(
        &mut self,
        ev: KeyEvent,
        data: &Loaded,
        round: usize,
        lang: Option<&str>,
        here: (usize, usize),
    ) -> Outcome {
        let Some(mut p) = self.prompt.take() else {
            return Outcome::closed(Vec::new());
        };
        match ev.code {
            KeyCode::Esc => Outcome::closed(Vec::new()),
            KeyCode::Enter => Outcome::closed(self.run(&p, data, round, lang, here)),
            KeyCode::Backspace => {
                p.pop();
                self.prompt = Some(p);
                Outcome::default()
            }
            KeyCode::Char(c) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
                p.push(c);
                self.prompt = Some(p);
                Outcome::default()
            }
            _ => {
                self.prompt = Some(p);
                Outcome::default()
            }
        }
    }

    /// Find `q` in every section of round `round`, in language version `lang` (`None`: the
    /// primary text; a section the version lacks is searched in the primary); go to the first
    /// match at or after `here`.
    pub fn run(
        &mut self,
        q: &str,
        data: &Loaded,
        round: usize,
        lang: Option<&str>,
        here: (usize, usize),
    ) -> Vec<Msg> {
        let folded_q = data::fold_query(q);
        *self = Search {
            query: q.trim().to_string(),
            ..Search::default()
        };
        if folded_q.is_empty() {
            return vec![Msg::status(s::empty_search())];
        }
        let Some(rt) = data.rounds.get(round) else {
            return Vec::new();
        };
        let mut matches = Vec::new();
        let mut secs = 0;
        for (si, (sec, f)) in rt.sections.iter().zip(&rt.folded).enumerate() {
            // Another version's text is folded when searched: searching is rare, and a
            // round's versions would double what is kept folded.
            let hits = match rt.section_in(lang, &sec.id).filter(|_| lang.is_some()) {
                Some(v) => data::find_all(&data::fold(&v.text), &v.text, &folded_q),
                None => data::find_all(f, &sec.text, &folded_q),
            };
            if !hits.is_empty() {
                secs += 1;
            }
            matches.extend(hits.into_iter().map(|(a, b)| (si, a, b)));
        }
        if matches.is_empty() {
            return vec![Msg::status(s::no_match(&crate::sanitize::inline(q.trim())))];
        }
        let first = matches
            .iter()
            .position(|&(si, a, _)| (si, a) >= here)
            .unwrap_or(0);
        let n = matches.len();
        self.matches = matches;
        let mut msgs = self.goto(first);
        msgs.push(Msg::status(format!(
            "{} · {}",
            s::matches(n, secs),
            s::match_pos(first + 1, n)
        )));
        msgs
    }

    fn goto(&mut self, i: usize) -> Vec<Msg> {
        let Some(&(si, a, _)) = self.matches.get(i) else {
            return Vec::new();
        };
        self.current = Some(i);
        vec![Msg::GotoMatch(si, a)]
    }

    /// The next (or previous) match, round the end.
    pub fn step(&mut self, forward: bool) -> Vec<Msg> {
        let n = self.matches.len();
        if n == 0 {
            return vec![Msg::status(s::empty_search())];
        }
        let i = match (self.current, forward) {
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
            (None, _) => 0,
        };
        let mut msgs = self.goto(i);
        msgs.push(Msg::status(s::match_pos(i + 1, n)));
        msgs
    }

    /// The prompt as the status line shows it, while it is open.
    pub fn prompt_line(&self, t: &Theme) -> Option<Line<'static>> {
        let p = self.prompt.as_ref()?;
        Some(Line::from(vec![
            Span::styled(s::search_prompt(), t.key),
            Span::styled(format!("{}▏", crate::sanitize::inline(p)), t.base),
            Span::styled(format!("  {}", s::search_hint()), t.muted),
        ]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::{ch, key, sample};

    #[test]
    fn the_prompt_searches_without_accents_and_steps_round_the_end() {
        let (_tmp, data) = sample();
        let round = data.rounds.len() - 1;
        let mut s = Search::default();
        s.open();
        for c in "MICROCREDENTIAL".chars() {
            assert!(!s.handle(ch(c), &data, round, None, (0, 0)).close);
        }
        s.handle(key(KeyCode::Backspace), &data, round, None, (0, 0));
        assert_eq!(s.prompt.as_deref(), Some("MICROCREDENTIA"));
        let o = s.handle(key(KeyCode::Enter), &data, round, None, (0, 0));
        assert!(o.close && s.prompt.is_none());
        assert!(s.matches.len() > 10, "{}", s.matches.len());
        assert_eq!(s.current, Some(0));
        assert!(matches!(o.msgs.first(), Some(Msg::GotoMatch(0, _))));
        // Back from the first match is the last.
        s.step(false);
        assert_eq!(s.current, Some(s.matches.len() - 1));
        s.step(true);
        assert_eq!(s.current, Some(0));
        // Nothing found: said, and nothing to step through.
        let msgs = s.run("zzzqqq", &data, round, None, (0, 0));
        assert!(matches!(msgs.as_slice(), [Msg::Status(t, false)] if t.contains("zzzqqq")));
        assert!(matches!(s.step(true).as_slice(), [Msg::Status(_, false)]));
        // Esc closes without searching.
        s.open();
        assert!(
            s.handle(key(KeyCode::Esc), &data, round, None, (0, 0))
                .close
        );
        assert!(s.prompt.is_none());
    }
}
