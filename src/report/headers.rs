//! The column headers `consulta import comments` recognises: the ISO/IEC commenting
//! template's, consulta's own, and both as the template circulates translated into the UI
//! languages (Spanish, Portuguese, French).
//!
//! A header is compared on its letters and digits only, lower-cased and without accents, so
//! `MB/NC¹`, `Line number (e.g. 17)`, `Clause/ Subclause (e.g. 3.1)` and `Cláusula/Subcláusula`
//! are all recognised. The secretariat's own columns (Observations, Decision, Resulting change,
//! in any language) are not read back.

use unicode_normalization::UnicodeNormalization;

/// Columns consulta understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Country,
    Line,
    Clause,
    Paragraph,
    Type,
    Comment,
    Proposed,
    Id,
    Round,
    Section,
    Quote,
    Name,
    Email,
    Organisation,
    Category,
    Stance,
    ReplyTo,
    Created,
    /// The language version the quote is from (empty: the primary text).
    Language,
}

/// Lower-case ASCII letters and digits of a header, accents removed (`Cláusula` → `clausula`).
pub fn key(header: &str) -> String {
    header
        .nfd()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The field a header names, if consulta reads it.
pub fn field_of(header: &str) -> Option<Field> {
    let k = key(header);
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| k.starts_with(p));
    Some(match k.as_str() {
        "" => return None,
        // MB/NC; es/pt: OM/CN (organismo miembro / comité nacional); fr: CN.
        "mbnc" | "mb" | "nc" | "omcn" | "om" | "cn" | "country" | "countrycode" | "memberbody"
        | "pais" | "codigodepais" | "codigodopais" | "pays" | "codepays" | "codedupays" => {
            Field::Country
        }
        "comments" | "comment" | "commenttext" | "comentarios" | "comentario" | "commentaires"
        | "commentaire" => Field::Comment,
        "commentid" | "id" | "idcomentario" | "iddelcomentario" | "iddocomentario"
        | "idducommentaire" | "identifiant" | "identificador" => Field::Id,
        "round" | "ronda" | "rodada" | "tour" | "cycle" => Field::Round,
        "section" | "sectionid" | "seccion" | "secao" => Field::Section,
        "quote" | "passage" | "quotedtext" | "cita" | "textocitado" | "pasaje" | "citacao"
        | "trecho" | "passagem" | "citation" | "textecite" => Field::Quote,
        "authorname" | "author" | "name" | "nombre" | "nombredelautor" | "autor" | "nome"
        | "nomedoautor" | "nom" | "nomdelauteur" | "auteur" => Field::Name,
        "authoremail"
        | "email"
        | "authoremailaddress"
        | "correo"
        | "correoelectronico"
        | "correoelectronicodelautor"
        | "emaildoautor"
        | "courriel"
        | "courrieldelauteur" => Field::Email,
        "organisation" | "organization" | "authororganisation" | "authororganization"
        | "organizacion" | "organizacao" | "institucion" | "instituicao" => Field::Organisation,
        "category" | "authorcategory" | "stakeholdercategory" | "categoria" | "categorie" => {
            Field::Category
        }
        "stance" | "posicion" | "postura" | "posicao" | "position" => Field::Stance,
        "inreplyto" | "replyto" | "enrespuestaa" | "respuestaa" | "emrespostaa" | "respostaa"
        | "enreponsea" | "reponsea" => Field::ReplyTo,
        "created" | "date" | "submitted" | "fecha" | "creado" | "data" | "criado" | "cree" => {
            Field::Created
        }
        "language" | "lang" | "textlanguage" | "languageofthetext" | "idioma" | "lengua"
        | "idiomadeltexto" | "idiomadotexto" | "langue" | "languedutexte" => Field::Language,
        _ if starts(&[
            "line",
            "linea",
            "numerodelinea",
            "ndelinea",
            "linha",
            "numerodalinha",
        ]) || starts(&["ndalinha", "ligne", "numerodeligne", "ndeligne"]) =>
        {
            Field::Line
        }
        _ if starts(&[
            "clause",
            "clausula",
            "subclausula",
            "article",
            "apartado",
            "secaosub",
        ]) =>
        {
            Field::Clause
        }
        _ if starts(&["paragraph", "parrafo", "paragrafo", "alinea"]) => Field::Paragraph,
        _ if starts(&[
            "typeofcomment",
            "tipodecomentario",
            "tipodocomentario",
            "typedecommentaire",
        ]) || matches!(k.as_str(), "type" | "tipo") =>
        {
            Field::Type
        }
        _ if starts(&[
            "proposedchange",
            "cambiopropuesto",
            "cambiospropuestos",
            "modificacionpropuesta",
            "alteracaoproposta",
            "mudancaproposta",
            "modificacaoproposta",
            "modificationproposee",
            "changementpropose",
            "propositiondemodification",
        ]) =>
        {
            Field::Proposed
        }
        _ => return None,
    })
}

/// A column's spreadsheet letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_as_spreadsheets_write_them() {
        for (h, f) in [
            ("MB/NC¹", Field::Country),
            ("Line number (e.g. 17)", Field::Line),
            ("Clause/ Subclause (e.g. 3.1)", Field::Clause),
            ("Paragraph/ Figure/ Table/ (e.g. Table 1)", Field::Paragraph),
            ("Type of comment²", Field::Type),
            ("COMMENTS", Field::Comment),
            ("Proposed change", Field::Proposed),
            ("Author email", Field::Email),
            ("Organization", Field::Organisation),
            ("In reply to", Field::ReplyTo),
        ] {
            assert_eq!(field_of(h), Some(f), "{h}");
        }
        assert_eq!(field_of("Observations of the secretariat"), None);
        assert_eq!(field_of("Decision"), None);
    }

    #[test]
    fn translated_headers() {
        for (h, f) in [
            // es
            ("OM/CN", Field::Country),
            ("Número de línea (p. ej. 17)", Field::Line),
            ("Cláusula/Subcláusula (p. ej. 3.1)", Field::Clause),
            ("Párrafo/Figura/Tabla", Field::Paragraph),
            ("Tipo de comentario", Field::Type),
            ("Comentarios", Field::Comment),
            ("Cambio propuesto", Field::Proposed),
            ("Correo electrónico", Field::Email),
            ("Organización", Field::Organisation),
            // pt
            ("Nº da linha", Field::Line),
            ("Parágrafo/Figura/Tabela", Field::Paragraph),
            ("Tipo de comentário", Field::Type),
            ("Comentários", Field::Comment),
            ("Alteração proposta", Field::Proposed),
            ("Seção", Field::Section),
            // fr
            ("Numéro de ligne", Field::Line),
            ("Article/Paragraphe", Field::Clause),
            ("Alinéa/Figure/Tableau", Field::Paragraph),
            ("Type de commentaire", Field::Type),
            ("Commentaires", Field::Comment),
            ("Modification proposée", Field::Proposed),
            ("Courriel", Field::Email),
        ] {
            assert_eq!(field_of(h), Some(f), "{h}");
        }
        for secretariat in [
            "Observaciones de la secretaría",
            "Observações do secretariado",
            "Observations du secrétariat",
            "Decisión",
            "Cambio resultante",
        ] {
            assert_eq!(field_of(secretariat), None, "{secretariat}");
        }
    }

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }
}
