//! Who is acting: git's user.name and user.email, plus organisation, category and country kept
//! in git config under `consulta.`, so every git tool sees the same author.

use git2::{Config, Repository, Signature};

use crate::{Error, Result};

/// The acting person, as far as git config knows them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub category: String,
    pub country: String,
}

/// One field of an identity, with its git config key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityField {
    Name,
    Email,
    Organisation,
    Category,
    Country,
}

impl IdentityField {
    pub const ALL: [IdentityField; 5] = [
        Self::Name,
        Self::Email,
        Self::Organisation,
        Self::Category,
        Self::Country,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "user.name",
            Self::Email => "user.email",
            Self::Organisation => "consulta.organisation",
            Self::Category => "consulta.category",
            Self::Country => "consulta.country",
        }
    }

    pub fn flag(self) -> &'static str {
        match self {
            Self::Name => "--name",
            Self::Email => "--email",
            Self::Organisation => "--organisation",
            Self::Category => "--category",
            Self::Country => "--country",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Email => "e-mail",
            Self::Organisation => "organisation",
            Self::Category => "category",
            Self::Country => "country",
        }
    }

    /// The field's name in the interface language, for messages (`label` is English).
    pub fn word(self) -> String {
        match self {
            Self::Name => crate::t!("lib-identity-name"),
            Self::Email => crate::t!("lib-identity-email"),
            Self::Organisation => crate::t!("lib-identity-organisation"),
            Self::Category => crate::t!("lib-identity-category"),
            Self::Country => crate::t!("lib-identity-country"),
        }
    }
}

impl Identity {
    /// Read from the repository's config (which includes the user's global config), or from
    /// the global config alone when there is no repository.
    pub fn load(repo: Option<&Repository>) -> Identity {
        let cfg = match repo {
            Some(r) => r.config(),
            None => Config::open_default(),
        };
        let Ok(cfg) = cfg.and_then(|mut c| c.snapshot()) else {
            return Identity::default();
        };
        let get = |k: &str| cfg.get_string(k).unwrap_or_default().trim().to_string();
        Identity {
            name: get("user.name"),
            email: get("user.email"),
            organisation: get("consulta.organisation"),
            category: get("consulta.category"),
            country: get("consulta.country"),
        }
    }

    pub fn get(&self, f: IdentityField) -> &str {
        match f {
            IdentityField::Name => &self.name,
            IdentityField::Email => &self.email,
            IdentityField::Organisation => &self.organisation,
            IdentityField::Category => &self.category,
            IdentityField::Country => &self.country,
        }
    }

    pub fn set(&mut self, f: IdentityField, v: String) {
        match f {
            IdentityField::Name => self.name = v,
            IdentityField::Email => self.email = v,
            IdentityField::Organisation => self.organisation = v,
            IdentityField::Category => self.category = v,
            IdentityField::Country => self.country = v,
        }
    }

    /// The fields a stakeholder must have before writing a comment.
    pub fn missing(&self) -> Vec<IdentityField> {
        IdentityField::ALL
            .into_iter()
            .filter(|&f| self.get(f).is_empty())
            .collect()
    }

    /// Refuse with a message that names every missing field and the command that sets it.
    pub fn require_complete(&self) -> Result<()> {
        let missing = self.missing();
        if missing.is_empty() {
            return Ok(());
        }
        let names: Vec<_> = missing.iter().map(|f| f.word()).collect();
        let flags: Vec<_> = missing.iter().map(|f| format!("{} …", f.flag())).collect();
        Err(Error::Refused(crate::t!(
            "err-identity-incomplete",
            fields = names.join(", "),
            count = names.len(),
            command = format!("consulta whoami {}", flags.join(" "))
        )))
    }

    /// Check the values a user gives: e-mail shape, country code.
    pub fn validate(&self) -> Result<()> {
        if !self.email.is_empty()
            && (!self.email.contains('@') || self.email.contains(char::is_whitespace))
        {
            return Err(Error::Invalid(crate::t!(
                "err-identity-email",
                email = format!("{:?}", self.email)
            )));
        }
        let country_ok = self.country.is_empty() || crate::model::is_country_code(&self.country);
        if !country_ok {
            return Err(Error::Invalid(crate::t!(
                "err-identity-country",
                country = format!("{:?}", self.country)
            )));
        }
        for f in IdentityField::ALL {
            if self.get(f).chars().any(char::is_control) {
                return Err(Error::Invalid(crate::t!(
                    "err-identity-control",
                    field = f.word()
                )));
            }
        }
        Ok(())
    }

    /// Write the non-empty fields to the repository's local config (or the global one).
    pub fn save(&self, repo: Option<&Repository>, global: bool) -> Result<()> {
        self.validate()?;
        let mut cfg = match (repo, global) {
            (Some(r), false) => r.config()?.open_level(git2::ConfigLevel::Local)?,
            _ => Config::open_default()?.open_level(git2::ConfigLevel::Global)?,
        };
        for f in IdentityField::ALL {
            let v = self.get(f);
            if !v.is_empty() {
                cfg.set_str(f.key(), v)?;
            }
        }
        Ok(())
    }

    /// A git signature for now.
    pub fn signature(&self) -> Result<Signature<'static>> {
        if self.name.is_empty() || self.email.is_empty() {
            return Err(Error::Refused(crate::t!(
                "err-identity-unknown",
                command = "consulta whoami --name \"Your Name\" --email you@example.org"
            )));
        }
        Ok(Signature::now(&self.name, &self.email)?)
    }

    pub fn author(&self) -> crate::model::Author {
        crate::model::Author {
            name: self.name.clone(),
            email: self.email.clone(),
            organisation: self.organisation.clone(),
            category: self.category.clone(),
            country: self.country.clone(),
        }
    }
}
