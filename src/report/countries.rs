//! Country names in a report: CLDR's names ([`crate::i18n::country_name`]) in the report's
//! language, for every ISO 3166-1 alpha-2 code.

use crate::i18n::Lang;

/// The name of `code` (case-insensitive) in `lang`; the code itself (upper-cased) when CLDR
/// has no name for it; an empty code gives "unknown" in `lang`.
pub fn country_name(code: &str, lang: Lang) -> String {
    if code.trim().is_empty() {
        return crate::t_in!(lang, "report-unknown-country");
    }
    crate::i18n::country_name(code, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_fallback() {
        let pt = Lang::parse("pt").unwrap();
        let es = Lang::parse("es").unwrap();
        assert_eq!(country_name("UY", Lang::EN), "Uruguay");
        assert_eq!(country_name("tt", Lang::EN), "Trinidad & Tobago");
        assert_eq!(country_name("ES", Lang::EN), "Spain");
        assert_eq!(country_name("BR", pt), "Brasil");
        assert_eq!(country_name("DO", es), "República Dominicana");
        assert_eq!(country_name("QQ", es), "QQ");
        assert_eq!(country_name(" ", Lang::EN), "unknown");
        assert_eq!(country_name("", es), "desconocido");
    }
}
