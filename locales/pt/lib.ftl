# As mensagens da biblioteca: erros e recusas (err-), progresso, avisos e problemas do check (lib-).

## Manifesto: rótulos de categoria

lib-label-expected = um rótulo, ou um mapa de código de idioma para rótulo
err-label-language-code = "{ $code }" não é um código de idioma (como en, es, pt-BR)
err-label-language-twice = o idioma "{ $code }" tem dois rótulos
err-label-empty = o rótulo em "{ $code }" está vazio
err-label-no-language = o mapa de rótulos por idioma está vazio
