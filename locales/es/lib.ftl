# Los mensajes de la biblioteca: errores y rechazos (err-), avance, avisos y problemas de check (lib-).

## Manifiesto: etiquetas de categoría

lib-label-expected = una etiqueta, o un mapa de código de idioma a etiqueta
err-label-language-code = «{ $code }» no es un código de idioma (como en, es, pt-BR)
err-label-language-twice = el idioma «{ $code }» tiene dos etiquetas
err-label-empty = la etiqueta en «{ $code }» está vacía
err-label-no-language = el mapa de etiquetas por idioma está vacío

## Errores

err-no-consultation = no hay ninguna consulta en { $path } (no existe drafts/consultation.json). Para participar en una, cópiela con `{ $join }` (la secretaría le da la dirección); para iniciar una, `{ $init }`
err-unborn-clone = este clon no tiene nada extraído: su remoto no indicó qué rama usar, y la consulta está en { $branch }. Ejecute aquí `{ $switch }` y luego consulta de nuevo

## Comentarios, respuestas, propuestas aplicadas

err-no-section-in-round = no hay ninguna sección { $section } en { $round }; las secciones son: { $sections }
err-comment-empty = el comentario está vacío: diga lo que piensa en { $option }
err-comment-too-long = el comentario o la propuesta supera los { $max } bytes; acórtelo o adjunte un resumen
err-comment-no-type = indique qué tipo de comentario es: { $option } ge (general), te (técnico) o ed (editorial)
err-not-a-comment-id = { $id } no es un id de comentario
err-no-comment-to-reply = no hay ningún comentario { $id } al que responder
err-reply-section-not-in-round = el comentario { $id } está en la sección { $section }, que no está en { $round }; responda sin { $option }
err-occurrence-without-quote = { $occurrence } elige una aparición de { $quote }; indique el pasaje con { $quote }
err-range-outside-section = el pasaje seleccionado no está dentro de la sección
err-quote-not-found = la cita { $quote } no aparece en la sección { $section } ({ $title }) de { $round }; copie el pasaje tal como lo muestra `{ $command }`
err-quote-ambiguous = la cita aparece { $count } veces en la sección { $section }; añada { $option } (de 1 a { $count }) para indicar cuál, o cite un pasaje más largo
err-occurrence-out-of-range = { $option } está fuera de rango: la cita aparece { $count ->
    [one] { $count } vez
   *[other] { $count } veces
  } en la sección { $section }
err-proposal-without-quote = un cambio propuesto reemplaza un pasaje: indique el pasaje con { $option }
err-respond-not-secretariat = solo la secretaría ({ $secretariat }) puede responder a los comentarios; usted es { $you }
err-no-comment = no hay ningún comentario { $id }
err-apply-not-secretariat = solo la secretaría ({ $secretariat }) puede aplicar propuestas; usted es { $you }
err-apply-no-passage = el comentario { $id } trata de toda la sección, no de un pasaje: no hay nada que reemplazar
err-apply-no-wording = el comentario { $id } no propone ninguna redacción; indique la nueva redacción con { $option }
err-apply-modified-needs-text = el comentario { $id } fue aceptado con modificaciones: indique la redacción que se aplicará con { $option }
err-apply-not-accepted = el comentario { $id } quedó como { $status }; solo se aplican las propuestas aceptadas
err-apply-no-decision = el comentario { $id } aún no tiene decisión; responda primero (`{ $command }`)
err-apply-already = el comentario { $id } ya se aplicó en el commit { $commit }
err-apply-section-gone = la sección { $section } ya no existe en el borrador de trabajo; el pasaje quedó huérfano
err-apply-passage-gone = el pasaje { $quote } del comentario { $id } ya no está en la sección { $section }: quedó huérfano, u otra propuesta aplicada lo cambió
err-apply-passage-ambiguous = el pasaje del comentario { $id } aparece ahora { $count } veces en la sección { $section } y nada permite distinguirlas; aplíquelo a mano

## merge

err-merge-not-secretariat = solo la secretaría ({ $secretariat }) puede incorporar contribuciones; usted es { $you }
err-merge-no-commit = la consulta aún no tiene ningún commit: no hay dónde incorporar
err-merge-detached = HEAD no está en una rama (desacoplado): cambie primero a la rama de la consulta (`{ $command }`)
err-merge-remote-ahead = { $remote } va por delante de su { $branch } (commits hechos en otro clon): tráigalos aquí primero con `{ $command }` e incorpore de nuevo; no se incorporó nada
lib-merge-checking = revisando { $branch }
err-merge-own-branch = { $branch } es la rama en la que está: nombre las ramas de las partes interesadas (o su remoto) para incorporarlas a ella
err-merge-unknown-source = { $source } no es un remoto (`{ $command }` los lista), ni una rama local, ni la URL o ruta de un repositorio
err-merge-bad-ref-folder = { $name } no puede nombrar una carpeta de referencias
lib-merge-fetching = descargando las ramas de { $url }
lib-nothing-merged = no se incorporó nada
lib-merge-no-shared-history = no comparte historia con esta consulta: una contribución es una rama hecha desde un clon de ella
lib-merge-root-commit = es un primer commit de otra historia
lib-merge-merge-commit = es un commit de fusión que hace más que traer la rama de la consulta: una contribución son commits simples que añaden archivos de comentarios; rebásela sobre la rama de la consulta (`{ $command }`) y vuelva a enviarla
lib-merge-symlink = es un enlace simbólico: un comentario es un archivo normal
lib-merge-not-plain-file = no es un archivo normal (¿un submódulo?)
lib-merge-exists = ya existe en la consulta: una contribución solo añade comentarios nuevos
lib-merge-too-big = tiene { $size } bytes, más que el límite de { $max } bytes
lib-merge-not-comment = no es un archivo de comentario
lib-merge-not-own-comment = el comentario dice ser de { $claimed }, pero el autor del commit es { $author }: una parte interesada solo hace commit de sus propios comentarios
lib-merge-reply-no-parent = responde a { $id }, que no existe
lib-merge-reply-other-section = responde a { $id }, que está en la sección { $section }: una respuesta va en la sección de su comentario original
lib-merge-reply-earlier-round = responde a { $id }, un comentario de { $round }, desde { $from }: una respuesta se hace en la ronda vigente, nunca en una anterior a la de su comentario original
lib-merge-id-twice = el id { $id } también lo usa otro comentario
