//! "You said, we did" in words: for each changed section, the passage as it was and as it is
//! now (a word diff marked by `<del>` and `<ins>`, struck through and underlined, so that it
//! does not depend on colour), then each comment behind the change: who (organisation and
//! country), the passage it was about, what it said and proposed, the decision and the
//! secretariat's observations, with a link to its row of the disposition table.

use std::fmt::Write;

use super::super::countries::country_name;
use super::super::escape::{html, html_lines};
use super::super::strings as s;
use super::super::summary::{ChangedSection, DispositionRow, Summary};
use super::{id_link, section_label};
use crate::diff::{Kind, Segment};
use crate::i18n::Lang;
use crate::t_in;

/// One side of a word diff as HTML: the equal text and the segments of `marked` kind, wrapped
/// in `tag`. Newlines become line breaks; the trailing one is dropped.
pub(crate) fn side(segments: &[Segment], marked: Kind, tag: &str) -> String {
    let kept: Vec<&Segment> = segments
        .iter()
        .filter(|g| g.kind == Kind::Equal || g.kind == marked)
        .collect();
    let mut o = String::new();
    for (i, g) in kept.iter().enumerate() {
        let text = if i + 1 == kept.len() {
            g.text.trim_end()
        } else {
            g.text.as_str()
        };
        if text.is_empty() {
            continue;
        }
        let body = |t: &str| html(t).replace('\n', "<br>\n");
        let inner = text.trim();
        if g.kind == Kind::Equal || inner.is_empty() {
            o.push_str(&body(text));
        } else {
            // White space stays outside the mark, so that only words are struck or underlined.
            let lead = &text[..text.len() - text.trim_start().len()];
            let trail = &text[text.trim_end().len()..];
            let _ = write!(
                o,
                "{}<{tag}>{}</{tag}>{}",
                body(lead),
                body(inner),
                body(trail)
            );
        }
    }
    o
}

/// "Organisation, Country" (the person's name when no organisation is given), the country
/// named in `lang`.
pub(crate) fn who_and_where(r: &DispositionRow, lang: Lang) -> String {
    let who = if r.author.organisation.trim().is_empty() {
        r.author.name.as_str()
    } else {
        r.author.organisation.as_str()
    };
    format!("{who}, {}", country_name(&r.country, lang))
}

fn comment_item(o: &mut String, sum: &Summary, id: &str) {
    let l = sum.lang;
    let Some(r) = sum.row(id) else {
        let _ = writeln!(o, "<li>{}</li>", id_link(id));
        return;
    };
    let _ = writeln!(
        o,
        "<li><p><strong>{}</strong> · {}</p>\n<dl class=\"fields\">",
        html(&who_and_where(r, l)),
        id_link(id)
    );
    let about = match &r.quote {
        Some(q) => format!("<q>{}</q>{}", html(q), crate::report::quote_language(r)),
        None => t_in!(l, "report-whole-section").to_string(),
    };
    let clause = if r.clause.is_empty() {
        String::new()
    } else {
        format!(" ({})", html(&r.clause))
    };
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd>{about}{clause}</dd>",
        t_in!(l, "report-f-about")
    );
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd>{}</dd>",
        t_in!(l, "report-f-said"),
        html_lines(&r.comment)
    );
    if let Some(p) = r
        .proposed_change
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            t_in!(l, "report-f-proposed"),
            html_lines(p)
        );
    }
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd>{}</dd>",
        t_in!(l, "report-f-decision"),
        html(r.status_label)
    );
    if !r.observations.trim().is_empty() {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            t_in!(l, "report-f-observations"),
            html_lines(&r.observations)
        );
    }
    if let Some(w) = r
        .resulting_change
        .as_ref()
        .and_then(|c| c.applied_wording.as_deref())
    {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}: <q>{}</q></dd>",
            t_in!(l, "report-f-applied"),
            t_in!(l, "report-applied-as-modified"),
            html(w)
        );
    }
    o.push_str("</dl></li>\n");
}

fn changed_section(o: &mut String, sum: &Summary, x: &ChangedSection, from: &str, to: &str) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<article class=\"change\">\n<h4>{} <span class=\"by\">· {} · +{} −{} {}</span></h4>",
        html(&section_label(x.number, &x.title)),
        s::section_status(l, x.status),
        x.words_added,
        x.words_removed,
        t_in!(l, "report-words-short")
    );
    if x.passages.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t_in!(l, "report-moved-only"));
    }
    for p in &x.passages {
        let _ = writeln!(
            o,
            "<div class=\"passage\">\n<div><p class=\"lbl\">{} ({})</p><p>{}</p></div>\n<div><p class=\"lbl\">{} ({})</p><p>{}</p></div>\n</div>",
            t_in!(l, "report-as-it-was"),
            html(from),
            side(&p.segments, Kind::Delete, "del"),
            t_in!(l, "report-as-it-is-now"),
            html(to),
            side(&p.segments, Kind::Insert, "ins"),
        );
    }
    let _ = writeln!(o, "<p class=\"lbl\">{}</p>", t_in!(l, "report-because-of"));
    if x.comments.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t_in!(l, "report-no-comment-behind"));
    } else {
        o.push_str("<ul class=\"because\">\n");
        for id in &x.comments {
            comment_item(o, sum, id);
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</article>\n");
}

pub(super) fn you_said(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"you-said\">\n<h2>{}</h2>",
        t_in!(l, "report-h-you-said")
    );
    if sum.changes.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t_in!(l, "report-no-change-yet"));
    } else {
        let _ = writeln!(
            o,
            "<p class=\"legend\">{}</p>",
            t_in!(l, "report-diff-legend-html")
        );
    }
    let working_draft = t_in!(l, "report-working-draft");
    for ch in &sum.changes {
        let to = if ch.to == "draft" {
            &working_draft
        } else {
            &ch.to
        };
        let _ = writeln!(
            o,
            "<h3>{} → {}</h3>\n<p>{}</p>",
            html(&ch.from),
            html(to),
            t_in!(
                l,
                "report-step-totals",
                sections = ch.sections_changed,
                added = ch.words_added,
                removed = ch.words_removed
            )
        );
        for x in &ch.sections {
            changed_section(o, sum, x, &ch.from, to);
        }
    }
    o.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(kind: Kind, text: &str) -> Segment {
        Segment {
            kind,
            text: text.into(),
        }
    }

    #[test]
    fn each_side_marks_its_own_words_and_escapes() {
        let segs = [
            seg(Kind::Equal, "at least "),
            seg(Kind::Delete, "25"),
            seg(Kind::Insert, "<b>30</b>"),
            seg(Kind::Equal, " hours\n"),
        ];
        assert_eq!(
            side(&segs, Kind::Delete, "del"),
            "at least <del>25</del> hours"
        );
        assert_eq!(
            side(&segs, Kind::Insert, "ins"),
            "at least <ins>&lt;b&gt;30&lt;/b&gt;</ins> hours"
        );
    }
}
