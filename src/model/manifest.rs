//! `drafts/consultation.json`: what the consultation is and who runs it.

use serde::{Deserialize, Serialize};

use super::{Problem, SCHEMA};

/// A stakeholder category (government, university, employer, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub label: String,
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
    /// Signatures are not looked at.
    Off,
    /// Unsigned or unregistered comments are merged and counted as unverified; a registered
    /// e-mail without its key's signature, or a secretariat address without a secretariat
    /// key's, is refused.
    #[default]
    Mark,
    /// As `mark`, and comments no registered key signed are refused.
    Require,
}

/// The categories a new consultation starts with.
pub fn default_categories() -> Vec<Category> {
    [
        ("government", "Ministry or government agency"),
        ("quality-assurance", "Quality-assurance agency"),
        (
            "higher-education",
            "University or higher-education institution",
        ),
        ("tvet", "Technical and vocational institution"),
        ("private-provider", "Private or online provider"),
        ("employer", "Employer or industry body"),
        ("learner", "Learner or student organisation"),
        ("international", "International or regional body"),
        ("civil-society", "Civil-society organisation"),
        ("individual", "Individual"),
    ]
    .into_iter()
    .map(|(id, label)| Category {
        id: id.into(),
        label: label.into(),
    })
    .collect()
}

impl Manifest {
    pub fn new(title: &str, secretariat: Vec<String>) -> Self {
        Manifest {
            schema: SCHEMA,
            title: title.to_string(),
            description: String::new(),
            languages: vec!["en".into(), "es".into(), "pt".into()],
            categories: default_categories(),
            secretariat,
            base: None,
            verification: Some(Verification::Mark),
        }
    }

    /// Parse and check a manifest; `path` names it in problems.
    pub fn parse(path: &str, bytes: &[u8]) -> Result<Manifest, Problem> {
        let m: Manifest = serde_json::from_slice(bytes).map_err(|e| Problem::json(path, &e))?;
        if m.schema > SCHEMA {
            return Err(Problem::file(path, format!("schema {} was written by a newer consulta; this one reads schema {SCHEMA}: upgrade consulta", m.schema)));
        }
        if m.title.trim().is_empty() {
            return Err(Problem::file(path, "the title is empty"));
        }
        Ok(m)
    }

    pub fn category_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.label.as_str())
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
}
