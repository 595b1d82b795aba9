//! English names of the countries and territories of Latin America and the Caribbean, by
//! ISO 3166-1 alpha-2 code. Other codes are shown as the code itself.

/// (code, English short name), sorted by code.
const LAC: &[(&str, &str)] = &[
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AR", "Argentina"),
    ("AW", "Aruba"),
    ("BB", "Barbados"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BO", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BZ", "Belize"),
    ("CL", "Chile"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CW", "Curaçao"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("EC", "Ecuador"),
    ("FK", "Falkland Islands (Malvinas)"),
    ("GD", "Grenada"),
    ("GF", "French Guiana"),
    ("GP", "Guadeloupe"),
    ("GT", "Guatemala"),
    ("GY", "Guyana"),
    ("HN", "Honduras"),
    ("HT", "Haiti"),
    ("JM", "Jamaica"),
    ("KN", "Saint Kitts and Nevis"),
    ("KY", "Cayman Islands"),
    ("LC", "Saint Lucia"),
    ("MF", "Saint Martin (French part)"),
    ("MQ", "Martinique"),
    ("MS", "Montserrat"),
    ("MX", "Mexico"),
    ("NI", "Nicaragua"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PR", "Puerto Rico"),
    ("PY", "Paraguay"),
    ("SR", "Suriname"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten (Dutch part)"),
    ("TC", "Turks and Caicos Islands"),
    ("TT", "Trinidad and Tobago"),
    ("UY", "Uruguay"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "British Virgin Islands"),
    ("VI", "United States Virgin Islands"),
];

/// The English name of `code` (case-insensitive), or the code itself (upper-cased) when it is
/// not a Latin American or Caribbean code; an empty code gives "unknown".
pub fn country_name(code: &str) -> String {
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() {
        return super::strings::UNKNOWN_COUNTRY.to_string();
    }
    match LAC.binary_search_by(|(c, _)| c.cmp(&code.as_str())) {
        Ok(i) => LAC[i].1.to_string(),
        Err(_) => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_fallback() {
        assert!(
            LAC.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for binary search"
        );
        assert_eq!(country_name("UY"), "Uruguay");
        assert_eq!(country_name("tt"), "Trinidad and Tobago");
        assert_eq!(country_name("ES"), "ES");
        assert_eq!(country_name(" "), "unknown");
    }
}
