# Los mensajes de la biblioteca: errores y rechazos (err-), avance, avisos y problemas de check (lib-).

## Manifiesto: etiquetas de categoría

lib-label-expected = una etiqueta, o un mapa de código de idioma a etiqueta
err-label-language-code = «{ $code }» no es un código de idioma (como en, es, pt-BR)
err-label-language-twice = el idioma «{ $code }» tiene dos etiquetas
err-label-empty = la etiqueta en «{ $code }» está vacía
err-label-no-language = el mapa de etiquetas por idioma está vacío
