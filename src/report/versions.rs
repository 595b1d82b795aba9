//! The framework's language versions in the published reports.

use super::summary::DispositionRow;

/// After a quote in the disposition table: the language of the version it was taken from, as
/// ` (es)`, when it is not the primary text's (empty otherwise). The quote itself stays in its
/// own language. Only a well-formed language code is written (it needs no escaping).
pub fn quote_language(r: &DispositionRow) -> String {
    match r.lang.as_deref() {
        Some(l) if crate::model::versions::is_language_code(l) => format!(" ({l})"),
        _ => String::new(),
    }
}
