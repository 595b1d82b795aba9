# El marco en versiones lingüísticas paralelas (drafts/<lang>/NN-slug.md).

versions-folder-not-a-language = drafts/{ $lang }/ no es una versión lingüística: los idiomas de la consulta son { $languages } (el primero es el texto principal, en drafts/)
versions-file-name = los archivos de una versión lingüística se llaman como los del texto principal (NN-slug.md)
versions-no-primary = ninguna sección del texto principal tiene este id; una versión lingüística usa los nombres de archivo del texto principal
versions-other-number = el texto principal llama a esta sección drafts/{ $file }; una versión lingüística usa el mismo nombre de archivo
versions-not-utf8 = no es texto UTF-8 válido (¿es un archivo binario?)
versions-unaligned-translation = el párrafo { $paragraph } no tiene equivalente en { $file } (el número de párrafos difiere y su numeración no coincide)
versions-unaligned-primary = el párrafo { $paragraph } no tiene equivalente en { $file } (el número de párrafos difiere y su numeración no coincide)
versions-import-not-translation = «{ $lang }» no es el idioma de una traducción: el texto principal está en { $primary } y los idiomas de la consulta son { $languages } (agregue primero el idioma a drafts/consultation.json)
versions-import-dirty = la versión lingüística tiene cambios sin confirmar ({ $files }); confírmelos o descártelos antes de importar, para no sobrescribir nada
versions-import-no-headings = { $source } no tiene títulos Markdown (# Título) para dividirlo en secciones
versions-import-count = el documento tiene { $found } secciones; el texto principal tiene { $expected }
versions-import-number = la sección { $position } del documento lleva el número { $found }; la sección { $position } del texto principal ({ $section }) lleva el { $expected }
versions-import-mismatch = no se importó nada: { $source } no corresponde sección por sección al texto principal, así que no puede ser su versión { $lang }:
versions-comment-lang-code = lang { $lang } no es un código de idioma (dos o tres letras minúsculas, como es o pt)
versions-comment-lang-unknown = el idioma { $lang } no es uno de los de la consulta: { $languages }
versions-comment-no-version = la sección { $section } no tiene versión { $lang } en { $round }
versions-init-bad-language = --languages: «{ $lang }» no es un código de idioma (dos o tres letras minúsculas, como en, es, pt o fr)
versions-init-twice = --languages: { $lang } aparece dos veces
versions-cli-missing = { $count ->
    [one] La sección { $sections } no tiene versión { $lang }: se muestra el texto principal.
   *[other] { $count } secciones no tienen versión { $lang } ({ $sections }): se muestra el texto principal.
}
versions-state-current = al día
versions-state-behind = desactualizada
versions-state-missing = falta
versions-column-translation = traducción
versions-round-behind = { $count ->
    [one] Atención: la versión { $lang } está desactualizada (otra versión cambió y ella no) en { $count } sección: { $sections }.
   *[other] Atención: la versión { $lang } está desactualizada (otra versión cambió y ella no) en { $count } secciones: { $sections }.
}
versions-imported = Se importó la versión { $lang } desde { $source }: { $count } secciones, { $changed } agregadas o modificadas.
versions-imported-commit = Commit { $commit } creado.
versions-imported-nothing = La versión { $lang } ya era este documento; no hay nada que confirmar.
versions-check-unaligned = { $count ->
    [one] { $count } párrafo no puede alinearse entre las versiones lingüísticas (no es un error: las versiones difieren ahí hasta que la traducción se ponga al día).
   *[other] { $count } párrafos no pueden alinearse entre las versiones lingüísticas (no es un error: las versiones difieren ahí hasta que la traducción se ponga al día).
}
versions-summary-behind = Traducciones desactualizadas respecto del texto principal
