//! `drafts/consultation.json`: what the consultation is and who runs it.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Problem, SCHEMA};
use crate::i18n::Lang;

/// A stakeholder category (government, university, employer, ...).
///
/// In the manifest its `"label"` is either one string or one label per language, a map from
/// language code to label (`{"en": "Employer", "es": "Empleador"}`); a category is written
/// back the way it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawCategory", into = "RawCategory")]
pub struct Category {
    pub id: String,
    /// The label as one string, as it always was: the plain label, or from a map the label
    /// in the consultation's first language, else the English one, else the first given.
    /// For a category with [`labels`](Self::labels), change those: they are what is written.
    pub label: String,
    /// The labels by language, in the manifest's order; empty when the label is one string.
    pub labels: Vec<(String, String)>,
}

impl Category {
    /// A category with one label for every language.
    pub fn plain(id: impl Into<String>, label: impl Into<String>) -> Category {
        Category {
            id: id.into(),
            label: label.into(),
            labels: Vec::new(),
        }
    }

    /// A category with a label per language (`(code, label)`, in the manifest's order); its
    /// `label` is the first language's of `languages` (the consultation's), else English's,
    /// else the first given.
    pub fn by_language(
        id: impl Into<String>,
        labels: Vec<(String, String)>,
        languages: &[String],
    ) -> Category {
        let mut c = Category {
            id: id.into(),
            label: String::new(),
            labels,
        };
        c.resolve(languages);
        c
    }

    /// Sets `label` from `labels` for a consultation in `languages` (first one first).
    fn resolve(&mut self, languages: &[String]) {
        if self.labels.is_empty() {
            return;
        }
        let find = |code: &str| {
            self.labels
                .iter()
                .find(|(k, _)| same_language(k, code))
                .map(|(_, v)| v.clone())
        };
        self.label = languages
            .first()
            .and_then(|l| find(l))
            .or_else(|| find("en"))
            .or_else(|| self.labels.first().map(|(_, v)| v.clone()))
            .unwrap_or_default();
    }

    /// The label in `lang`; else in the consultation's first language; else in English; else
    /// any label it has; else the id.
    pub fn label_in(&self, lang: Lang) -> &str {
        let own = self
            .labels
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(lang.code()))
            .or_else(|| {
                self.labels
                    .iter()
                    .find(|(k, _)| Lang::parse(k) == Some(lang))
            })
            .map(|(_, v)| v.as_str());
        match own {
            Some(l) if !l.trim().is_empty() => l,
            _ if !self.label.trim().is_empty() => &self.label,
            _ => &self.id,
        }
    }
}

/// Whether two language tags name the same language (`pt` and `pt-BR`, `es_MX` and `ES`).
fn same_language(a: &str, b: &str) -> bool {
    let primary = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    a.eq_ignore_ascii_case(b) || primary(a) == primary(b)
}

/// Whether `code` looks like a language tag: a 2 or 3 letter language, then optional
/// subtags of 1 to 8 letters or digits (`es`, `pt-BR`, `ht`, `es-419`).
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A category as the manifest spells it.
#[derive(Serialize, Deserialize)]
struct RawCategory {
    id: String,
    label: Label,
}

/// `"label"`: one string or a map from language code to label.
enum Label {
    One(String),
    ByLanguage(Vec<(String, String)>),
}

impl From<RawCategory> for Category {
    fn from(r: RawCategory) -> Self {
        match r.label {
            Label::One(label) => Category::plain(r.id, label),
            Label::ByLanguage(labels) => Category::by_language(r.id, labels, &[]),
        }
    }
}

impl From<Category> for RawCategory {
    fn from(c: Category) -> Self {
        RawCategory {
            id: c.id,
            label: if c.labels.is_empty() {
                Label::One(c.label)
            } else {
                Label::ByLanguage(c.labels)
            },
        }
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Label::One(l) => s.serialize_str(l),
            Label::ByLanguage(labels) => {
                let mut m = s.serialize_map(Some(labels.len()))?;
                for (k, v) in labels {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Label;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::t!("lib-label-expected"))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Label, E> {
                Ok(Label::One(v.to_string()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Label, E> {
                Ok(Label::One(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Label, A::Error> {
                let mut labels: Vec<(String, String)> = Vec::new();
                while let Some((code, label)) = map.next_entry::<String, String>()? {
                    let shown = crate::sanitize::inline(&code).into_owned();
                    if !is_language_code(&code) {
                        return Err(de::Error::custom(crate::t!(
                            "err-label-language-code",
                            code = shown
                        )));
                    }
                    if labels.iter().any(|(k, _)| k.eq_ignore_ascii_case(&code)) {
                        return Err(de::Error::custom(crate::t!(
                            "err-label-language-twice",
                            code = shown
                        )));
                    }
                    if label.trim().is_empty() {
                        return Err(de::Error::custom(crate::t!(
                            "err-label-empty",
                            code = shown
                        )));
                    }
                    labels.push((code, label));
                }
                if labels.is_empty() {
                    return Err(de::Error::custom(crate::t!("err-label-no-language")));
                }
                Ok(Label::ByLanguage(labels))
            }
        }
        d.deserialize_any(V)
    }
}

/// The consultation's manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub categories: Vec<Category>,
    /// E-mail addresses of the people who may respond to comments and apply proposals.
    #[serde(default)]
    pub secretariat: Vec<String>,
    /// Where the consultation is published: the absolute IRI that the W3C export's ids and
    /// section files hang from (`<base><round>/drafts/<file>`). Optional; a manifest without
    /// it reads as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// What `merge` asks of signatures (`"off"`, `"mark"`, `"require"`); absent reads as
    /// `mark`, which new consultations also write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// The verification policy: what `merge` does with comments that no registered key signed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verification {
    /// Nobody is counted as verified (summaries count participants and organisations as
    /// stated). A registered e-mail without its key's signature, or a secretariat address
    /// without a secretariat key's, is still refused.
    Off,
    /// Unsigned or unregistered comments are merged and counted as unverified.
    #[default]
    Mark,
    /// As `mark`, and comments no registered key signed are refused.
    Require,
}

/// The ids of the categories a new consultation starts with; each one's label is the message
/// `lib-category-<id>`.
const DEFAULT_CATEGORIES: [&str; 10] = [
    "government",
    "quality-assurance",
    "higher-education",
    "tvet",
    "private-provider",
    "employer",
    "learner",
    "international",
    "civil-society",
    "individual",
];

fn default_label(id: &str, lang: Lang) -> String {
    crate::t_in!(lang, &format!("{}{id}", "lib-category-"))
}

/// The categories a new consultation starts with, labelled in English.
pub fn default_categories() -> Vec<Category> {
    DEFAULT_CATEGORIES
        .iter()
        .map(|id| Category::plain(*id, default_label(id, Lang::EN)))
        .collect()
}

/// The categories a new consultation in `languages` starts with: labelled in each of them
/// that consulta speaks (a map), or with one label when it speaks only one of them (English
/// when none).
pub fn default_categories_in(languages: &[String]) -> Vec<Category> {
    let mut spoken: Vec<(String, Lang)> = Vec::new();
    for code in languages {
        if let Some(lang) = Lang::parse(code) {
            if !spoken.iter().any(|(_, l)| *l == lang) {
                spoken.push((code.trim().to_string(), lang));
            }
        }
    }
    match spoken.as_slice() {
        [] => default_categories(),
        [(_, lang)] => DEFAULT_CATEGORIES
            .iter()
            .map(|id| Category::plain(*id, default_label(id, *lang)))
            .collect(),
        _ => DEFAULT_CATEGORIES
            .iter()
            .map(|id| {
                let labels = spoken
                    .iter()
                    .map(|(code, lang)| (code.clone(), default_label(id, *lang)))
                    .collect();
                Category::by_language(*id, labels, languages)
            })
            .collect(),
    }
}

impl Manifest {
    pub fn new(title: &str, secretariat: Vec<String>) -> Self {
        let languages: Vec<String> = vec!["en".into(), "es".into(), "pt".into()];
        Manifest {
            schema: SCHEMA,
            title: title.to_string(),
            description: String::new(),
            categories: default_categories_in(&languages),
            languages,
            secretariat,
            base: None,
            verification: Some(Verification::Mark),
        }
    }

    /// Parse and check a manifest; `path` names it in problems.
    pub fn parse(path: &str, bytes: &[u8]) -> Result<Manifest, Problem> {
        let m: Manifest = serde_json::from_slice(bytes).map_err(|e| Problem::json(path, &e))?;
        if m.schema > SCHEMA {
            return Err(Problem::file(
                path,
                crate::t!(
                    "lib-manifest-schema-newer",
                    schema = m.schema,
                    reads = SCHEMA
                ),
            ));
        }
        if m.title.trim().is_empty() {
            return Err(Problem::file(path, crate::t!("lib-manifest-no-title")));
        }

        let mut m = m;
        let languages = m.languages.clone();
        for c in &mut m.categories {
            c.resolve(&languages);
        }
        Ok(m)
    }

    /// The label of category `id` in the interface language (the id itself when the manifest
    /// has no such category).
    pub fn category_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.label_in(crate::i18n::ui()))
    }

    /// The verification policy in force (`mark` when the manifest says none).
    pub fn verification(&self) -> Verification {
        self.verification.unwrap_or_default()
    }

    pub fn is_secretariat(&self, email: &str) -> bool {
        self.secretariat
            .iter()
            .any(|s| s.eq_ignore_ascii_case(email.trim()))
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_optional() {
        let old = br#"{"schema": 1, "title": "Marco", "languages": ["es"], "categories": [], "secretariat": []}"#;
        let m = Manifest::parse("m.json", old).unwrap();
        assert_eq!(m.base, None);
        assert!(!m.to_json().contains("base"), "not written when absent");
        let with =
            br#"{"schema": 1, "title": "Marco", "base": "https://git.example.org/marco/raw/"}"#;
        let m = Manifest::parse("m.json", with).unwrap();
        assert_eq!(
            m.base.as_deref(),
            Some("https://git.example.org/marco/raw/")
        );
        assert_eq!(
            Manifest::parse("m.json", m.to_json().as_bytes()).unwrap(),
            m
        );
    }

    fn lang(code: &str) -> Lang {
        Lang::parse(code).unwrap()
    }

    #[test]
    fn a_label_is_a_string_or_a_map_and_is_written_back_as_read() {
        let src = r#"{"schema": 1, "title": "Marco", "languages": ["es", "en"], "categories": [
            {"id": "employer", "label": "Employer or industry body"},
            {"id": "learner", "label": {"pt-BR": "Estudante", "en": "Learner", "es": "Estudiante"}}
        ]}"#;
        let m = Manifest::parse("m.json", src.as_bytes()).unwrap();
        let plain = &m.categories[0];
        assert_eq!(plain.label, "Employer or industry body");
        assert!(plain.labels.is_empty());
        let map = &m.categories[1];
        // The old meaning of `label`: the consultation's first language's.
        assert_eq!(map.label, "Estudiante");
        let json = m.to_json();
        assert!(
            json.contains(r#""label": "Employer or industry body""#),
            "{json}"
        );
        let written: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            written["categories"][1]["label"],
            serde_json::json!({"pt-BR": "Estudante", "en": "Learner", "es": "Estudiante"})
        );
        // The map keeps the manifest's order of languages.
        let at = |k: &str| json.find(k).unwrap();
        assert!(
            at("\"pt-BR\"") < at("\"en\": \"Learner\"")
                && at("\"en\": \"Learner\"") < at("\"es\": \"Estudiante\"")
        );
        assert_eq!(Manifest::parse("m.json", json.as_bytes()).unwrap(), m);
    }

    #[test]
    fn label_in_falls_back_to_the_first_language_then_english_then_any_then_the_id() {
        let labels = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let langs = |v: &[&str]| -> Vec<String> { v.iter().map(|s| s.to_string()).collect() };
        let c = Category::by_language(
            "learner",
            labels(&[
                ("en", "Learner"),
                ("pt-BR", "Estudante"),
                ("es", "Estudiante"),
            ]),
            &langs(&["es", "en"]),
        );
        assert_eq!(c.label_in(lang("es")), "Estudiante");
        // A regional tag serves its language.
        assert_eq!(c.label_in(lang("pt")), "Estudante");
        // No French: the consultation's first language.
        assert_eq!(c.label_in(lang("fr")), "Estudiante");
        let c = Category::by_language(
            "learner",
            labels(&[("pt", "Estudante"), ("en", "Learner")]),
            &langs(&["ht", "fr"]),
        );
        // Neither French nor the first language (Haitian Creole): English.
        assert_eq!(c.label_in(lang("fr")), "Learner");
        let c = Category::by_language("learner", labels(&[("pt", "Estudante")]), &langs(&["es"]));
        assert_eq!(c.label_in(lang("fr")), "Estudante");
        assert_eq!(c.label, "Estudante");
        // A plain label serves every language; an empty one gives the id.
        let c = Category::plain("learner", "Learner");
        assert_eq!(c.label_in(lang("es")), "Learner");
        assert_eq!(
            Category::plain("learner", " ").label_in(lang("es")),
            "learner"
        );
    }

    #[test]
    fn a_bad_label_map_is_a_problem_at_its_line_and_column() {
        let with = |label: &str| {
            format!(
                "{{\n  \"schema\": 1,\n  \"title\": \"Marco\",\n  \"categories\": [\n    {{\"id\": \"x\", \"label\": {label}}}\n  ]\n}}"
            )
        };
        let problem = |label: &str| {
            crate::i18n::with_ui(Lang::EN, || {
                Manifest::parse("drafts/consultation.json", with(label).as_bytes()).unwrap_err()
            })
        };
        for (label, says) in [
            (r#"{"english": "X"}"#, r#""english" is not a language code"#),
            (r#"{"es": "  "}"#, r#"the label in "es" is empty"#),
            (
                r#"{"es": "X", "ES": "Y"}"#,
                r#"the language "ES" has two labels"#,
            ),
            ("{}", "the map of labels by language is empty"),
            (r#"{"es": 3}"#, "invalid type"),
            ("3", "a label, or a map from language code to label"),
        ] {
            let p = problem(label);
            assert_eq!(p.path, "drafts/consultation.json");
            assert_eq!(p.line, 5, "{label}: {p}");
            assert!(p.column > 20, "{label}: {p}");
            assert!(p.message.contains(says), "{label}: {p}");
        }
        let es = crate::i18n::with_ui(lang("es"), || {
            Manifest::parse("m.json", with(r#"{"es": ""}"#).as_bytes()).unwrap_err()
        });
        assert!(es.message.contains("está vacía"), "{es}");
    }

    #[test]
    fn language_codes() {
        for ok in ["en", "es", "pt-BR", "es-419", "ht", "fil"] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in [
            "",
            "e",
            "english",
            "es_",
            "es-",
            "1a",
            "pt-BRAZILIAN",
            "e s",
        ] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }

    #[test]
    fn a_new_consultations_categories_are_labelled_in_its_languages() {
        let en = default_categories();
        assert_eq!(en[0].label, "Ministry or government agency");
        assert_eq!(en[9].label, "Individual");
        assert!(en.iter().all(|c| c.labels.is_empty()));
        let langs = |v: &[&str]| -> Vec<String> { v.iter().map(|s| s.to_string()).collect() };
        let m = default_categories_in(&langs(&["es", "en", "ht", "fr"]));
        let gov = &m[0];
        let codes: Vec<&str> = gov.labels.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            codes,
            ["es", "en", "fr"],
            "Haitian Creole has no labels here"
        );
        assert_eq!(gov.label, gov.label_in(lang("es")));
        assert_eq!(gov.label_in(lang("en")), "Ministry or government agency");
        assert_ne!(gov.label_in(lang("fr")), gov.label_in(lang("en")));
        // One language consulta speaks: one label, in it.
        let pt = default_categories_in(&langs(&["pt-BR", "ht"]));
        assert!(pt[0].labels.is_empty());
        assert_eq!(pt[0].label, default_label("government", lang("pt")));
        // A new manifest reads back as written.
        let m = Manifest::new("Marco", vec![]);
        assert_eq!(m.categories[0].labels.len(), 3);
        assert_eq!(
            Manifest::parse("m.json", m.to_json().as_bytes()).unwrap(),
            m
        );
    }
}
