# La interfaz de consulta en español.

## Shared

lang-self = español
count-comments = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
cli-lang-unknown = consulta no habla «{ $lang }»; elija uno de: { $known }

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

## sync

err-auth-failed = la autenticación falló: el remoto rechazó las credenciales (guárdelas con el gestor de credenciales de git)
lib-receiving-objects = recibiendo objetos: { $percent } % ({ $done }/{ $total }), { $kib } KiB
lib-writing-objects = escribiendo objetos: { $percent } % ({ $done }/{ $total }), { $kib } KiB
err-remote-unreachable = no se puede conectar con el remoto { $remote }: { $why }. Todo se conserva aquí ({ $kept }); ejecute el comando de nuevo cuando el remoto esté accesible
err-no-remote-add-one = no hay ningún remoto { $remote }: añada el repositorio compartido de la consulta con `{ $command }`
err-no-remote = no hay ningún remoto { $remote }; los remotos son: { $remotes }
err-sync-no-commit = el repositorio aún no tiene ningún commit: no hay nada que sincronizar
err-sync-detached = HEAD no está en una rama (desacoplado): cambie primero a su rama (`{ $command }`)
lib-sync-fetching = descargando de { $remote } ({ $url })
lib-nothing-fetched-or-pushed = no se descargó ni se envió nada
lib-sync-remote-ahead = { $remote_branch } va por delante de su { $branch }
lib-sync-moved-to-own-branch = sus comentarios están ahora en su propia rama { $branch }
err-sync-diverged = se descargó de { $remote }, pero no se envía: { $remote_branch } tiene commits que le faltan a su { $branch }, y al revés. { $next }
err-sync-diverged-secretariat = Incorpore el trabajo del remoto con `{ $merge }` (comentarios de las partes interesadas), o con `{ $pull }` para los commits de la propia secretaría, y sincronice de nuevo
err-sync-diverged-stakeholder = Su rama en el repositorio compartido tiene comentarios que faltan en esta copia (¿enviados desde otra computadora?). No se perdió nada: envíe por correo electrónico los comentarios hechos aquí con `{ $command }`, o pida ayuda a la secretaría
lib-sync-round-not-pushed = la ronda { $round } la abrió { $by }, no la secretaría: no se envió
lib-sync-pushing = enviando { $refs } a { $remote }
lib-commits-safe-not-pushed = sus commits están a salvo pero no se enviaron
err-push-rejected-secretariat = descargue lo que cambió y sincronice de nuevo
err-push-rejected-stakeholder = ejecute `{ $sync }` de nuevo; si el repositorio compartido sigue rechazándolos, envíelos por correo electrónico con `{ $send }`
err-push-rejected = el repositorio compartido ({ $remote }) no aceptó sus comentarios: { $why }. Se conservan aquí; { $next }
err-sync-would-overwrite = { $why }, pero traer sus archivos aquí sobrescribiría sus cambios sin commit ({ $error }); haga commit de ellos o apártelos y sincronice de nuevo
err-sync-no-free-branch = todos los nombres de rama de { $first } a { $last } están ocupados: cree la suya con `{ $command }` y sincronice de nuevo
err-sync-not-sending = no se envía { $branch }: `{ $merge }` de la secretaría la rechazaría entera, porque
err-sync-not-sending-next = No se envió nada. Una contribución solo añade sus propios archivos de comentarios; para proponer una nueva redacción del borrador, comente con una propuesta (`p` en la TUI, o `{ $propose }`). Para quitar esos commits de su rama y conservar sus comentarios, ejecute `{ $rebase }` y borre las líneas de los commits nombrados arriba (o pida ayuda a la secretaría), y luego `{ $sync }` de nuevo
lib-sync-new-work = { $branch } tiene trabajo nuevo de la secretaría
err-sync-conflict = su rama { $branch } y { $main } cambian los mismos archivos, así que el trabajo de la secretaría no puede traerse: en su rama solo van archivos de comentarios. No se envió nada; pida ayuda a la secretaría

## Escritura y commits

err-full-disk-advice = libere espacio y ejecute el comando de nuevo
err-read-only-advice = consulta no puede escribir en este repositorio aquí: cópielo o clónelo en un lugar con permiso de escritura
err-disk-full = no queda espacio en el disco que contiene { $path }
err-read-only = { $path } está en un sistema de archivos de solo lectura
err-writer-busy = otro proceso de consulta lleva más de { $seconds } s escribiendo en este repositorio (tiene { $path }); espere a que termine o deténgalo
lib-stale-lock-removed = aviso: se eliminó { $path }, dejado hace { $seconds } s por un proceso detenido mientras escribía
err-commit-locked = no se pudo hacer el commit: la rama siguió bloqueada o siguió moviéndose ({ $why }); si no hay otro consulta ni git en marcha, elimine { $path }
err-commit-not-written = no se pudo escribir el commit en { $path } ({ $why })
err-branch-moved-while-merging = la rama se movió durante la incorporación (¿otro proceso de git?): no se incorporó nada más ({ $why })
lib-index-locked = aviso: { $path } siguió bloqueado; el commit está hecho, pero `{ $command }` puede mostrar los archivos nuevos como preparados hasta la próxima escritura de consulta
lib-index-not-updated = aviso: el commit está hecho, pero el índice de git no se pudo actualizar ({ $why }); hasta la próxima escritura de consulta, `{ $command }` puede mostrar los archivos del commit como borrados y sin seguimiento
lib-nothing-written = no se escribió ni se hizo commit de nada
lib-not-put-back = no se hizo ningún commit, pero { $paths } no se pudo restaurar como estaba y contiene el texto nuevo

## Lectura del borrador y de los registros

lib-slug-not-portable = el slug { $slug } no puede ser un nombre de carpeta en Windows (un nombre de dispositivo como CON o NUL, o un punto o espacio al final); cambie el nombre del archivo
lib-section-file-name = los archivos de sección se llaman { $pattern } (un número, un guion, un slug de letras, cifras y guiones)
lib-section-not-utf8 = no es texto UTF-8 válido (¿es un archivo binario?)
lib-section-nul-bytes = contiene bytes NUL (¿es un archivo binario?)
lib-section-id-twice = el id de sección { $id } también lo usa { $file }; los ids deben ser únicos
lib-section-id-case = el id de sección { $id } solo difiere de { $other } ({ $file }) en mayúsculas y minúsculas: en Windows y macOS sus carpetas de comentarios serían una sola; cambie el nombre de una de ellas
lib-folder-unreadable = no se puede leer la carpeta: { $error }
lib-file-name-not-utf8 = el nombre del archivo no es UTF-8 válido; se omite
lib-symlink-replace = es un enlace simbólico; consulta no sigue enlaces (reemplácelo por el propio archivo)
lib-symlink = es un enlace simbólico; consulta no sigue enlaces
lib-file-too-big-skipped = tiene { $size } bytes, más que el límite de { $max } bytes; se omite
err-reading-drafts-failed = falló la lectura del borrador
lib-not-a-record = no es un archivo de comentario ni de decisión ({ $folder } contiene { $comment } y { $disposition })

## Registros (comentarios y decisiones)

lib-schema-zero = el esquema 0 no es un esquema de consulta (se esperaba { $expected })
lib-schema-newer = el esquema { $schema } lo escribió un consulta más reciente; este lee el esquema { $reads }: actualice consulta para leerlo
lib-record-not-utf8 = no es texto UTF-8 válido: guarde el archivo como UTF-8 (puede haberse escrito en otra codificación, o ser un archivo binario)
lib-field-empty = `{ $field }` está vacío
lib-id-not-ulid = el id { $id } no es un ULID (26 caracteres en base32 de Crockford)
lib-bad-section-id = la sección { $section } no es un id de sección válido
lib-bad-round-name = la ronda { $round } no es un nombre de ronda válido
lib-bad-created = created { $created } no es una hora RFC 3339
lib-anchor-end-before-start = el fin del anclaje { $end } es anterior a su inicio { $start }
lib-anchor-quote-empty = la cita del anclaje está vacía (deje `anchor` en null para comentar toda la sección)
lib-bad-in-reply-to = in_reply_to { $id } no es un id de comentario
lib-comment-misplaced = el archivo debería estar en { $path } (lo dicen su ronda, su sección y su id)
lib-disposition-bad-comment = el comentario { $id } no es un id de comentario
lib-disposition-misnamed = el archivo debería llamarse { $name }

## Archivos JSON

lib-json-truncated = el archivo termina demasiado pronto ({ $error }); ¿quedó truncado?
lib-json-invalid = JSON no válido: { $error }
lib-json-too-deep = aquí hay listas u objetos anidados a más de { $depth } niveles; un registro de consulta tiene solo unos pocos niveles, así que este archivo está dañado o no lo escribió consulta

## Manifiesto

lib-manifest-schema-newer = el esquema { $schema } lo escribió un consulta más reciente; este lee el esquema { $reads }: actualice consulta
lib-manifest-no-title = el título está vacío

## Direcciones (IRI) de la exportación W3C

lib-iri-bad-user = { $user } no es una parte de usuario válida
lib-iri-unclosed-ip = un literal IP sin su ']' de cierre
lib-iri-bad-ip = { $ip } no es una dirección IP
lib-iri-bad-host = { $host } no es un host válido
lib-iri-bad-port = { $port } no es un puerto
lib-iri-no-scheme = no tiene esquema (como https: o urn:)
lib-iri-bad-scheme = { $scheme } no es un esquema (no tiene un esquema como https: o urn:)
lib-iri-bad-path = la ruta { $path } contiene caracteres que un URI no admite
lib-iri-bad-query = la consulta { $part } del URI contiene caracteres que un URI no admite
lib-iri-bad-fragment = el fragmento { $part } contiene caracteres que un URI no admite
lib-iri-not-absolute = { $iri } no es un IRI absoluto como { $example }: { $why }

## check

lib-check-no-sections = no hay archivos de sección ({ $pattern })
lib-check-id-twice = el id { $id } también lo usa otro archivo de comentario
lib-check-reply-to-itself = se responde a sí mismo
lib-check-answers-nothing = responde al comentario { $id }, que no existe
lib-check-disposition-misplaced = debería estar en { $path }, junto a su comentario
lib-check-no-round = la ronda { $round } no existe (no hay ninguna etiqueta de ronda con ese nombre)
lib-check-no-section = la sección { $section } no existe en la ronda { $round }
lib-check-quote-occurs-at = ; aparece en { $range }
lib-check-quote-nowhere = ; no aparece en ninguna parte de la sección
lib-check-quote-moved = la cita no está en { $range } de la sección { $section } en la ronda { $round }{ $hint }
lib-check-context-mismatch = el prefijo o el sufijo del anclaje no coincide con el texto alrededor de la cita

## Rondas

err-no-round-none-open = no hay ninguna ronda { $round }: aún no se ha abierto ninguna ronda (la secretaría abre una con `{ $command }`)
err-no-round = no hay ninguna ronda { $round }; las rondas son: { $rounds }
err-no-round-open = aún no hay ninguna ronda abierta, así que no hay nada que comentar: la secretaría abre una con `{ $command }`
err-round-name = { $name } no sirve como nombre de ronda: use letras, cifras, '-', '_' o '.', como { $example }
err-round-tag-exists = ya existe una etiqueta llamada { $name }; elija otro nombre de ronda
err-round-drafts-uncommitted = el borrador tiene cambios sin commit ({ $files }); haga commit primero (`{ $command }`) para que la ronda sea exactamente lo que leen las partes interesadas
err-no-commit-yet = el repositorio aún no tiene ningún commit
err-manifest-not-committed = { $file } aún no tiene commit
err-round-head-already = HEAD ya es la ronda { $round }; cambie el borrador y haga commit antes de abrir una ronda nueva
err-undo-round-not-secretariat = solo la secretaría ({ $secretariat }) puede retirar una ronda; usted es { $you }
err-undo-round-not-latest = { $round } no es la última ronda (lo es { $latest }): solo se puede retirar la última ronda
err-undo-round-has-comments = { $round } ya tiene comentarios ({ $folder }): una ronda que las partes interesadas han comentado se queda; abra la siguiente en su lugar

## Registro de participantes

err-no-ssh-keygen = no se puede ejecutar { $program } para leer la clave ({ $error }); instale OpenSSH
err-not-ssh-key = esta no es una clave pública SSH que { $program } pueda leer
err-register-not-secretariat = solo la secretaría ({ $secretariat }) puede llevar el registro de participantes; usted es { $you }
err-register-bad-email = { $email } no es una dirección de correo electrónico que quepa en una línea del registro (una sola palabra con @, sin , * ? ! " #)
err-register-no-key = el archivo de clave no contiene ninguna clave pública SSH (una línea como `{ $example }`, como en un archivo .pub o la línea que muestra `{ $command }`)
err-register-bad-category = { $category } no es una categoría de esta consulta; use una de: { $categories }
err-register-already = { $email } ya está registrado con esta clave
err-revoke-no-key = { $email } no tiene ninguna clave en el registro que revocar

## Firma

err-sign-format = { $setting } está activado, pero gpg.format es { $format }: consulta firma con ssh u openpgp; no se hizo ningún commit
err-sign-no-key = { $setting } está activado con gpg.format=ssh, pero user.signingkey no está definido: defínalo con `{ $command }`; no se hizo ningún commit
err-sign-key-missing = la clave de firma { $path } (user.signingkey) no está; indique otra con `{ $command }`; no se hizo ningún commit
err-sign-no-signature = { $program } no dio ninguna firma { $kind }; no se hizo ningún commit
err-sign-cannot-run = no se puede ejecutar { $program } para firmar ({ $error }); la firma está activada en la configuración de git (commit.gpgsign): instálelo o desactive la firma; no se hizo ningún commit
err-sign-failed = { $program } no pudo firmar ({ $why }); no se hizo ningún commit
err-bad-tag-name = { $name } no puede ser un nombre de etiqueta

## Lo que puede hacer una contribución (merge y sync)

lib-rule-too-long = el comentario o su propuesta supera los { $max } bytes, el límite de `{ $command }`
lib-rule-category = la categoría del autor { $category } no es una de las de la consulta: { $categories }
lib-rule-country = el país del autor { $country } no es un código ISO 3166-1 de dos letras
lib-rule-round-closed = comenta sobre { $round } después de abrirse { $next }: { $round } está cerrada; comente sobre { $next }
lib-rule-created-early = el comentario dice haberse creado el { $created }, antes de abrirse su ronda ({ $opened }): un comentario se escribe mientras su ronda está abierta (un reloj puede desviarse un día, no más)
lib-rule-created-late = el comentario dice haberse creado el { $created }, después de esta incorporación ({ $now }): un comentario no puede venir del futuro (un reloj puede desviarse un día, no más)
lib-at-line-column = línea { $line }, columna { $column }: { $message }
lib-rule-adds-to-draft = añade un archivo al borrador: solo la secretaría cambia el borrador
lib-rule-adds-outside = añade un archivo fuera de { $folder }: una contribución solo añade archivos de comentarios
lib-rule-adds-disposition = añade una decisión: solo la secretaría registra decisiones
lib-rule-misplaced = no está donde van los comentarios: { $pattern }
lib-rule-file-name = el nombre de archivo { $name } no es { $pattern } (un archivo de comentario se llama como su id)
lib-rule-edits-draft = modifica el borrador: solo la secretaría cambia el borrador
lib-rule-changes-disposition = cambia una decisión: solo la secretaría registra decisiones
lib-rule-changes-comment = cambia un comentario existente: un comentario enviado nunca se reescribe
lib-rule-changes-file = cambia un archivo de la consulta: una contribución solo añade archivos de comentarios
lib-rule-deletes-draft = borra un archivo del borrador: solo la secretaría cambia el borrador
lib-rule-deletes-disposition = borra una decisión: solo la secretaría registra decisiones
lib-rule-deletes-comment = borra un comentario: los comentarios enviados nunca se eliminan
lib-rule-deletes-file = borra un archivo de la consulta: una contribución solo añade archivos de comentarios

## Identidad

lib-identity-name = nombre
lib-identity-email = correo electrónico
lib-identity-organisation = organización
lib-identity-category = categoría
lib-identity-country = país
err-identity-incomplete = { $count ->
    [one] falta su dato: { $fields }; defínalo una vez con `{ $command }`
   *[other] faltan sus datos: { $fields }; defínalos una vez con `{ $command }`
  }
err-identity-email = { $email } no es una dirección de correo electrónico
err-identity-country = el país { $country } debe ser un código ISO 3166-1 alfa-2 en mayúsculas, como UY, BR o JM
err-identity-control = su { $field } contiene caracteres de control
err-identity-unknown = git no sabe quién es usted: indíquelo con `{ $command }`

## import draft

err-import-drafts-uncommitted = el borrador tiene cambios sin commit ({ $files }); haga commit de ellos o descártelos antes de importar, para que no se sobrescriba nada
err-import-level = { $option }: los encabezados de Markdown tienen niveles del 1 al 6
err-import-no-headings = { $file } no tiene encabezados de Markdown (# Título) para dividirlo en secciones
err-import-device-name = el encabezado { $heading } daría el id de sección { $id }, un nombre que Windows reserva para un dispositivo (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, con cualquier extensión): allí no se podría crear la carpeta de sus comentarios. Dé más palabras al encabezado («Sección { $title }», por ejemplo) e importe de nuevo

## Abrir e iniciar una consulta

err-not-in-repository = { $path } no está dentro de una consulta (ni de ningún repositorio git). Para participar en una, cópiela con `{ $join }` (la secretaría le da la dirección); para iniciar una, `{ $init }`
err-bare-repository-clone = { $path } es un repositorio sin copia de trabajo (bare): clónelo primero (`{ $command }`) y ejecute consulta en el clon
err-bare-repository = { $path } es un repositorio sin copia de trabajo (bare)
err-already-a-consultation = { $path } ya contiene una consulta (existe { $file })
err-path-escapes = se rechaza la ruta { $path }: podría salir de su carpeta
err-path-not-portable = se rechaza la ruta { $path }: { $name } no puede ser un nombre de archivo en Windows (ni nombres de dispositivo como CON o NUL, ni { $characters }, ni punto o espacio al final)

## verify

lib-verify-never-committed = ningún commit añadió este archivo: nunca se envió (haga commit de él con su autor como autor del commit, o elimínelo)
lib-verify-rewritten = reescrito en el commit { $later } después de que el commit { $commit } lo añadiera: el archivo no es lo que se envió
lib-verify-rewritten-and-changed = reescrito en el commit { $later } después de que el commit { $commit } lo añadiera, y cambiado otra vez en la copia de trabajo: el archivo no es lo que se envió
lib-verify-changed = cambiado en la copia de trabajo desde que el commit { $commit } lo añadió: el archivo no es lo que se envió
lib-verify-no-author = no se puede leer el autor del comentario: { $why }
lib-verify-other-author = el commit { $commit } que lo añadió es de { $author }, pero el comentario dice que su autor es { $claimed }

## Rondas y commits del repositorio compartido

lib-round-tag-differs = la ronda { $round } del remoto apunta al commit { $there }, la suya al { $here }: se conserva la suya (una ronda, una vez abierta, no se mueve)
lib-round-tag-stranger = la etiqueta { $round } del remoto parece una ronda pero la hizo { $by }, no la secretaría ({ $secretariat }): no se tomó
lib-commit-by = { $commit } de { $author } ({ $summary })
err-strangers-commits = { $name } tiene commits que no hizo la secretaría: { $commits }. No se trajo ni se envió nada. Revíselos con `{ $log }`; cuando esté seguro de que no corresponden, restablezca el repositorio compartido con `{ $push }`

## join

err-join-folder-not-empty = { $path } ya existe y no está vacía: indique otra carpeta (`{ $command }`)
lib-join-copying = copiando la consulta desde { $url }
err-join-failed = no se pudo copiar la consulta desde { $url }: { $why }. Revise la dirección (la da la secretaría), su red, y que tenga permiso de lectura; no se escribió nada
err-join-empty = { $url } aún no contiene ninguna consulta (no tiene rama main); pida a la secretaría que la publique con `{ $command }`
err-join-not-consultation = { $url } es un repositorio git pero no una consulta (no hay { $file }); verifique la dirección con la secretaría
err-join-bad-category = { $category } no es una categoría de partes interesadas de esta consulta; las categorías son: { $categories }

## Lo nuevo después de sincronizar

lib-news-nothing = Nada nuevo en la consulta desde su última sincronización.
lib-news = Novedades: { $parts }.
lib-news-decided = { $count ->
    [one] { $count } de sus comentarios con decisión
   *[other] { $count } de sus comentarios con decisión
  } ({ $detail })
lib-news-status-accepted = { $count ->
    [one] { $count } aceptado
   *[other] { $count } aceptados
  }
lib-news-status-modified = { $count ->
    [one] { $count } aceptado con modificaciones
   *[other] { $count } aceptados con modificaciones
  }
lib-news-status-rejected = { $count ->
    [one] { $count } no aceptado
   *[other] { $count } no aceptados
  }
lib-news-status-noted = { $count ->
    [one] { $count } tomado en cuenta
   *[other] { $count } tomados en cuenta
  }
lib-news-applied = { $count ->
    [one] { $count } de sus propuestas aplicada al borrador
   *[other] { $count } de sus propuestas aplicadas al borrador
  }
lib-news-round-opened = se abrió { $round }
lib-news-new-comments = { $count ->
    [one] { $count } comentario nuevo
   *[other] { $count } comentarios nuevos
  } de otras personas
lib-cannot-read = no se puede leer: { $error }

## send

err-send-no-commit = el repositorio aún no tiene ningún commit: no hay nada que enviar
err-send-nothing = aún no tiene comentarios que enviar: escriba uno (`c` en la TUI, o `{ $command }`) y luego envíe
err-send-bundle-failed = no se pudo escribir el paquete: { $why }

## Recuperación de una escritura interrumpida

lib-recover-was-empty = aviso: se restauró { $path } desde el último commit: estaba vacío tras interrumpirse una escritura de consulta
lib-recover-was-missing = aviso: se restauró { $path } desde el último commit: una escritura de consulta se interrumpió antes de guardarlo en disco
lib-recover-put-back = aviso: se restauró { $path } tal como está en el último commit: una escritura de consulta se interrumpió antes del commit
lib-recover-not-put-back = aviso: { $path } contiene una escritura interrumpida antes del commit y no se pudo restaurar ({ $error }); `{ $command }` lo restaura
lib-recover-left = aviso: un proceso de consulta interrumpido estaba escribiendo { $path }, que ya tenía cambios sin commit: se deja como está; compárelo con `{ $command }`

## El comando git

err-git-not-installed = a este remoto se llega con el comando `{ $program }`, que no está en el PATH (instale git: consulta le delega los remotos https y ssh)
err-git-cannot-run = no se puede ejecutar git: { $error }
err-git-wait = esperando a git: { $error }
err-git-exit = git terminó con { $status }

## diff

lib-diff-title-was = el título era { $title }
lib-diff-text-changed = texto modificado
lib-diff-status-added = añadida
lib-diff-status-removed = eliminada
lib-diff-status-renamed = renombrada
lib-diff-status-reordered = reordenada
lib-diff-status-changed = modificada
lib-diff-status-unchanged = sin cambios
lib-diff-summary = diff { $from } → { $to }: { $count ->
    [one] { $count } sección modificada
   *[other] { $count } secciones modificadas
  }, +{ $added } −{ $removed } palabras
lib-diff-words = +{ $added } −{ $removed } palabras
lib-diff-hunk-comments = comentarios: { $ids }
lib-diff-unchanged = { $count ->
    [one] { $count } sección sin cambios
   *[other] { $count } secciones sin cambios
  }
lib-diff-md-title = Cambios de { $from } a { $to }
lib-diff-md-totals = { $count ->
    [one] { $count } sección modificada
   *[other] { $count } secciones modificadas
  }, { $added } palabras añadidas, { $removed } palabras eliminadas.
lib-diff-md-section = Sección
lib-diff-md-status = Estado
lib-diff-md-words-added = Palabras añadidas
lib-diff-md-words-removed = Palabras eliminadas
lib-diff-md-lines = Líneas { $old } → { $new }
lib-diff-md-comments = comentarios { $ids }

## Archivos de salida

err-output-is-folder = { $path } es una carpeta: indique el nombre de un archivo en el que escribir
err-output-too-many-links = más de { $count } enlaces simbólicos seguidos
lib-branch-created-meanwhile = la rama se creó mientras tanto

## Categorías de partes interesadas de una consulta nueva

lib-category-government = Ministerio u organismo público
lib-category-quality-assurance = Agencia de aseguramiento de la calidad
lib-category-higher-education = Universidad o institución de educación superior
lib-category-tvet = Institución técnica y profesional
lib-category-private-provider = Proveedor privado o en línea
lib-category-employer = Empleador u organización empresarial
lib-category-learner = Estudiante u organización estudiantil
lib-category-international = Organismo internacional o regional
lib-category-civil-society = Organización de la sociedad civil
lib-category-individual = Persona a título individual

# Los informes publicados: el resumen (Markdown, HTML, etiquetas del JSON, encabezados de CSV y
# xlsx), en el idioma del informe. Números y fechas (ISO 8601) se escriben igual en todos los
# idiomas.

## Palabras que se repiten

report-unknown-country = desconocido
report-no-category = (ninguna)
report-open = abierto
report-working-draft = borrador de trabajo
report-none = Ninguno.
report-generated = Generado el
report-reply-mark = (respuesta)
report-weeks-span = { $from } a { $to }

## Los estados de la plantilla ISO

report-status-accepted = aceptado
report-status-modified = aceptado con modificaciones
report-status-rejected = no aceptado
report-status-noted = tomado en cuenta

## Título y alcance

report-summary-of = Resumen de la consulta
report-scope-all = Todos los comentarios hasta la última ronda.
report-scope-all-rounds = Todos los comentarios hasta la última ronda ({ $rounds }).
report-scope-round = Comentarios hechos en { $round }.
report-skipped-md = { $count ->
    [one] { $count } archivo de registro no se pudo leer y queda fuera
   *[other] { $count } archivos de registro no se pudieron leer y quedan fuera
} (`consulta check` los enumera).
report-skipped-html = { $count ->
    [one] { $count } archivo de registro no se pudo leer y queda fuera.
   *[other] { $count } archivos de registro no se pudieron leer y quedan fuera.
}

## Encabezados

report-h-contents = Contenido
report-h-participation = Participación
report-h-by-category = Por categoría de parte interesada
report-h-by-country = Por país
report-h-by-week = Evolución (comentarios por semana ISO)
report-h-sections = Comentarios por sección
report-h-decisions = Decisiones por estado
report-h-dispositions = Tabla de decisiones
report-h-you-said = Ustedes dijeron, nosotros hicimos
report-h-campaigns = Campañas (comentarios casi idénticos)
report-h-open = Lo que queda pendiente
report-h-awaiting = En espera de decisión
report-h-not-applied = Aceptados pero aún no aplicados al borrador

## Etiquetas de datos, tablas y gráficos

report-l-comments = Comentarios
report-l-replies = son respuestas
report-l-proposals = con redacción propuesta
report-l-participants = Participantes (direcciones de correo distintas)
report-l-organisations = Organizaciones (nombres distintos)
report-l-orgs-short = Organizaciones
report-l-category = Categoría
report-l-country = País
report-l-code = Código
report-l-week = Semana
report-l-starting = Desde
report-l-section = Sección
report-l-support = A favor
report-l-oppose = En contra
report-l-neutral = Neutral
report-l-no-stance = Sin posición
report-l-proposals-short = Propuestas
report-l-open = Abiertos
report-l-status = Estado
report-l-comments-by-country = Comentarios por país
report-l-comments-per-week = Comentarios por semana ISO
report-no-comments = sin comentarios
report-no-comments-in = sin comentarios en
report-week-from = { $week } (desde { $date }): { $count }

## "Ustedes dijeron, nosotros hicimos"

report-no-change-yet = El borrador aún no ha cambiado desde esta ronda.
report-diff-legend-html = Las palabras suprimidas aparecen tachadas en el texto anterior; las añadidas, subrayadas en el nuevo.
report-diff-legend-md = Las palabras suprimidas aparecen ~~tachadas~~ en el texto anterior; las añadidas, **en negrita** en el nuevo.
report-step-totals = { $sections ->
    [one] { $sections } sección cambiada
   *[other] { $sections } secciones cambiadas
}, { $added } palabras añadidas, { $removed } palabras suprimidas.
report-words-short = palabras
report-section-added = añadida
report-section-removed = suprimida
report-section-renamed = renombrada
report-section-reordered = reubicada
report-section-changed = modificada
report-section-unchanged = sin cambios
report-as-it-was = Antes
report-as-it-is-now = Ahora
report-because-of = A raíz de
report-no-comment-behind = Ningún comentario consta como origen de este cambio (una edición de la secretaría).
report-moved-only = La sección cambió de lugar o de nombre; su texto no cambió.
report-f-about = Sobre
report-whole-section = toda la sección
report-f-said = Comentario
report-f-proposed = Propuesta
report-f-decision = Decisión
report-f-observations = Observaciones de la secretaría
report-f-applied = Aplicado
report-applied-as-modified = la secretaría aplicó su propia redacción
report-reply-to = Respuesta a

## Campañas

report-campaign-measure = similitud de Jaccard de los 3-shingles de palabras del texto normalizado
report-campaign-rule = Los comentarios casi idénticos se agrupan cuando la { $measure } es de al menos { $threshold } y hay al menos { $group } comentarios vinculados; los textos de menos de { $shingles } shingles no se agrupan.
report-no-campaign = No se encontró ninguna campaña.
report-campaign-heading = Campaña { $number }: { $size } comentarios (similitud mínima { $similarity })
report-campaign-sections = Secciones
report-campaign-organisations = Organizaciones
report-campaign-countries = Países

## Columnas de la tabla de decisiones: las de la plantilla ISO/IEC, luego las de consulta.
## `consulta import comments` las vuelve a leer (véase src/report/headers.rs).

report-col-mbnc = OM/CN
report-col-line = Número de línea
report-col-clause = Cláusula/Subcláusula
report-col-paragraph = Párrafo/Figura/Tabla
report-col-type = Tipo de comentario
report-col-comments = Comentarios
report-col-proposed = Cambio propuesto
report-col-observations = Observaciones de la secretaría
report-col-decision = Decisión
report-col-resulting-change = Cambio resultante
report-col-comment-id = ID del comentario
report-col-round = Ronda
report-col-section = Sección
report-col-quote = Cita
report-col-author-name = Nombre del autor
report-col-author-email = Correo electrónico del autor
report-col-organisation = Organización
report-col-category = Categoría
report-col-stance = Posición
report-col-in-reply-to = En respuesta a
report-col-created = Fecha
report-col-language = Idioma del texto
report-col-comment-short = Comentario

## La plantilla de comentarios en blanco (`consulta template`)

report-template-title = Plantilla de comentarios y observaciones de la secretaría
report-template-document = Documento: { $title }
report-template-round = Ronda: { $round }
report-template-not-in-list = No está en la lista
report-template-choose = Elija { $what } en la lista desplegable.
report-template-choose-clause = una cláusula de esta ronda (véase la hoja Clauses)
report-template-choose-category = una categoría de parte interesada
report-template-choose-type = ge, te o ed
report-template-choose-stance = support, oppose o neutral
report-template-section-id = ID de la sección

## Firmas y registro de participantes

trust-not-secretariat = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} hace lo que solo la secretaría puede hacer, pero { $email } no es una dirección de la secretaría: solo una dirección de la secretaría del manifiesto puede cambiar los borradores, el manifiesto, el registro o una decisión, o abrir una ronda
trust-unsigned = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} de { $email } no está firmado, pero { $email } tiene una clave registrada: firme con esa clave (`consulta whoami --signing-key ARCHIVO_DE_CLAVE`) y envíelo de nuevo, o pida a la secretaría que revoque la clave (`consulta register --revoke { $email }`)
trust-not-ssh = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} de { $email } no está firmado con una clave SSH, pero { $email } tiene una clave SSH registrada: firme con esa clave SSH (`consulta whoami --signing-key ARCHIVO_DE_CLAVE`)
trust-unregistered = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} de { $email } debe estar firmado con una clave registrada de la secretaría, y { $email } no tiene ninguna: la secretaría registra su clave con `consulta register { $email } --key CLAVE.pub`
trust-wrong-key = la firma de { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} no está hecha con una clave registrada para { $email }: firme con la clave registrada, o pida a la secretaría que registre la nueva (`consulta register { $email } --key NUEVA.pub`)
trust-verify-counts = Firmas: { $verified } verificadas, { $unverified } sin verificar, { $bad } inválidas (commits y etiquetas de ronda; verificada: firmada con una clave que el registro asigna al firmante).
trust-merge-secretariat = está a nombre de la dirección de la secretaría { $email } pero no está firmado con una clave registrada de la secretaría: solo la secretaría habla por la secretaría; comente con su propia dirección (`consulta whoami --email …`)
trust-merge-required = no está firmado con una clave registrada para { $email }, y esta consulta lo exige ("verification": "require"): la secretaría registra la clave de un participante con `consulta register`
trust-join-send = Sus comentarios van firmados. Para contar como participante verificado, envíe esta línea a la secretaría (contiene su clave pública, nunca la privada):
trust-join-sign = Para contar como participante verificado, firme sus comentarios: `consulta whoami --signing-key ~/.ssh/id_ed25519` (una clave creada con `ssh-keygen -t ed25519`) y envíe a la secretaría la línea que se muestra.
trust-report-participants = { $verified } verificados, { $unverified } sin verificar
trust-report-unconfirmed = { $count ->
    [one] 1 más, nombrada solo por participantes sin verificar, no contada
   *[other] { $count } más, nombradas solo por participantes sin verificar, no contadas
}
trust-tui-loading = comprobando las firmas con el registro
trust-tui-verified = verificados
trust-whoami-language = Idioma: { $name } ({ $code }), { $from ->
    [flag] por --lang
    [environment] por CONSULTA_LANG
    [git-config] por git config consulta.language (consulta whoami --language)
    [system] por la configuración regional del sistema
    [consultation] el primer idioma de la consulta
   *[default] el predeterminado
}
trust-whoami-language-no-repo = no está dentro de un repositorio git: use --global para guardar su idioma en su configuración de usuario

# La interfaz de terminal (consulta tui): títulos, ayuda de teclas, estado, progreso.
# Líneas cortas: la TUI debe caber en 80 columnas.

tui-sections = Secciones
tui-comments = Comentarios
tui-no-sections = Esta ronda no tiene secciones.
tui-no-comments-section = Aún no hay comentarios en esta sección. Pulse c para escribir el primero.
tui-no-comments-filtered = Ningún comentario cumple los filtros (f los cambia).
tui-loading-title = Abriendo la consulta
tui-loading-start = leyendo el repositorio
tui-too-small = Terminal demasiado pequeña
tui-help-title = Teclas
tui-help-foot = ↑↓ desplazar · Esc o ? cierra
tui-current = actual
tui-whole-section = toda la sección
tui-you = usted
tui-no-stance = sin postura
tui-open-status = abierto
tui-compose-comment = Comentario
tui-compose-propose = Proponer redacción
tui-compose-reply = Respuesta
tui-field-body = Su comentario
tui-field-proposal = Redacción propuesta (reemplaza el pasaje)
tui-preview = Cambio
tui-type = Tipo
tui-stance = Postura
tui-on = Sobre
tui-passage = Pasaje
tui-submitting = Enviando…
tui-body-placeholder = Diga qué piensa y por qué.
tui-confirm-title = ¿Descartar?
tui-confirm-discard = ¿Descartar el comentario que estaba escribiendo? y descarta · n vuelve
tui-restore-title = Comentario sin terminar
tui-restore-keys = y lo recupera · n lo descarta
tui-identity-title = ¿Quién es usted?
tui-identity-intro = Sus comentarios se firman con estos datos (guardados en la configuración git de este repositorio).
tui-identity-keys = ↑↓ campo · ←→ categoría · Enter sigue / guarda · Esc cancela
tui-filters-title = Filtrar comentarios
tui-filters-keys = ↑↓ elegir · ←→ cambiar · x borra · Esc cierra
tui-filter-type = Tipo
tui-filter-category = Categoría
tui-filter-status = Estado
tui-filter-mine = Solo los míos
tui-filter-carried = Rondas anteriores
tui-shown = visibles
tui-hidden = ocultos
tui-carried-shown = Los comentarios de rondas anteriores se muestran donde hoy están sus pasajes.
tui-carried-hidden = Los comentarios de rondas anteriores están ocultos (e los muestra).
tui-carry-unchanged = = sin cambios
tui-carry-moved = ↻ movido
tui-carry-changed = Δ cambiado
tui-carry-resolved = ✓ resuelto
tui-carry-orphaned = ⌀ huérfano (el pasaje ya no existe)
tui-all = todos
tui-yes = sí
tui-no = no
tui-filtered = filtrados
tui-search-prompt = Buscar:
tui-search-hint = Enter busca · Esc cancela
tui-nothing-selected-to-propose = Seleccione un pasaje (v y mueva el cursor) o ponga el cursor en un párrafo: una propuesta reemplaza un pasaje.
tui-no-comment-to-reply = Elija un comentario en el panel de comentarios (Tab, luego ↑↓) para responderlo.
tui-no-more-passages = No hay más pasajes comentados en esta sección.
tui-discarded = Comentario descartado.
tui-restored = Su comentario sin terminar está de vuelta.
tui-identity-saved = Sus datos se guardaron en la configuración git de este repositorio.
tui-empty-body = El comentario está vacío: diga qué piensa antes de Ctrl-s.
tui-empty-search = Escriba algo para buscar.
tui-busy = Aún se está enviando el comentario anterior…
tui-k-quit = salir
tui-k-help = ayuda
tui-k-next-pane = panel siguiente
tui-k-prev-pane = panel anterior
tui-k-search = buscar en todas las secciones
tui-k-next-match = resultado siguiente
tui-k-prev-match = resultado anterior
tui-k-round = leer otra ronda
tui-k-filters = filtrar comentarios
tui-k-next-passage = pasaje comentado siguiente
tui-k-prev-passage = pasaje comentado anterior
tui-k-comment = comentar
tui-k-propose = proponer redacción
tui-k-reply = responder
tui-k-carried = mostrar / ocultar comentarios de rondas anteriores
tui-k-scope = comentarios del párrafo / de la sección
tui-k-diff = vista de diferencias: qué cambió entre dos rondas
tui-k-triage = vista de clasificación: la cola de la secretaría
tui-k-section-up = sección anterior
tui-k-section-down = sección siguiente
tui-k-next-change = cambio siguiente
tui-k-prev-change = cambio anterior
tui-k-side-by-side = en línea / lado a lado
tui-k-language = leer otra versión lingüística
tui-k-parallel = la otra versión lingüística junto al texto
tui-k-scroll-down = bajar en las diferencias
tui-k-scroll-up = subir en las diferencias
tui-k-from-prev = comparar desde una versión anterior
tui-k-from-next = comparar desde una versión posterior
tui-k-to-prev = comparar con una versión anterior
tui-k-to-next = comparar con una versión posterior (hasta el borrador de trabajo)
tui-k-back = volver a la lectura
tui-k-accept = decidir: aceptado
tui-k-modify = decidir: aceptado con modificaciones
tui-k-reject = decidir: no aceptado
tui-k-note = decidir: tomado en cuenta
tui-k-apply = aplicar la propuesta aceptada al borrador (con modificaciones: escriba antes la redacción)
tui-k-triage-filters = filtrar la cola
tui-k-save-decision = guardar la decisión
tui-k-summary = vista de resumen: participación, secciones, decisiones
tui-k-send = enviar mis comentarios, traer las novedades de la secretaría
tui-sending = Enviando sus comentarios y trayendo las novedades de la consulta…
tui-k-summary-scroll-up = subir en las listas
tui-k-summary-scroll-down = bajar en las listas
tui-k-export = exportar el resumen a un archivo
tui-k-export-md = Markdown
tui-k-export-html = HTML (autónomo)
tui-k-export-json = JSON
tui-k-export-csv = CSV (plantilla de comentarios ISO)
tui-k-up = arriba
tui-k-down = abajo
tui-k-open = abrir
tui-k-page-up = página arriba
tui-k-page-down = página abajo
tui-k-top = primera
tui-k-bottom = última
tui-k-prev-word = palabra anterior
tui-k-next-word = palabra siguiente
tui-k-line-up = línea arriba
tui-k-line-down = línea abajo
tui-k-select = empezar / terminar la selección
tui-k-select-par = seleccionar el párrafo
tui-k-next-sentence = oración siguiente
tui-k-prev-sentence = oración anterior
tui-k-next-par = párrafo siguiente
tui-k-prev-par = párrafo anterior
tui-k-clear = quitar la selección
tui-k-go-passage = ir al pasaje
tui-k-submit = enviar
tui-k-cancel = cancelar
tui-k-editor = abrir $EDITOR
tui-k-field = cambiar de campo
tui-k-general = tipo general
tui-k-technical = tipo técnico
tui-k-editorial = tipo editorial
tui-k-support = postura a favor
tui-k-oppose = postura en contra
tui-k-neutral = postura neutral
tui-k-select-mouse = seleccionar con el ratón: clic y arrastrar
tui-ctx-global = En todas partes
tui-ctx-list = Lista de secciones
tui-ctx-reader = Lectura
tui-ctx-comments = Panel de comentarios
tui-ctx-compose = Escribiendo un comentario
tui-ctx-diff = Vista de diferencias
tui-ctx-triage = Clasificación (secretaría)
tui-ctx-decide = Escribiendo observaciones
tui-ctx-summary = Vista de resumen
tui-ctx-export = Exportando el resumen
tui-diff-title = Diferencias
tui-changes = Cambios
tui-behind = Origen de este cambio
tui-no-comment-behind = Ninguna propuesta aplicada produjo este cambio (lo editó la secretaría).
tui-no-change-section = No hay cambios en esta sección.
tui-computing-diff = Comparando las dos versiones…
tui-same-version = Ambos lados son la misma versión: elija otra con [ ] o {"{"} {"}"}.
tui-no-more-changes = No hay más cambios.
tui-status-new = nueva
tui-status-removed = eliminada
tui-status-renamed = renombrada
tui-status-reordered = movida
tui-old = antes
tui-new = después
tui-queue = Cola
tui-queue-to-apply = Por aplicar
tui-k-to-apply = propuestas decididas aún sin aplicar (otra vez: volver)
tui-showing-to-apply = Propuestas aceptadas aún sin aplicar: `a` aplica una, `A` vuelve.
tui-mark-open = ○ abierto
tui-mark-applied-accepted = ✓ aplic.
tui-mark-applied-modified = ≈ aplic.
tui-mark-accepted = ✓ acep.
tui-mark-modified = ≈ modif.
tui-mark-rejected = ✗ no ac.
tui-mark-noted = · en cta.
tui-triage-empty = Ningún comentario cumple los filtros de la cola (f los cambia).
tui-competing = Propuestas en competencia (1 acepta la seleccionada, las demás no se aceptan)
tui-filter-section = Sección
tui-filter-competing = Solo en competencia
tui-triage-filters-title = Filtrar la cola
tui-observations = Observaciones
tui-others-observations = Observaciones para las demás propuestas (no aceptadas)
tui-obs-placeholder = Por qué: qué hará la secretaría, o por qué no.
tui-saving = Registrando la decisión…
tui-applying = Aplicando la propuesta…
tui-applied-title = Aplicada
tui-applied-keys = Esc o Enter cierra
tui-not-a-proposal = Este comentario no propone redacción para un pasaje: no hay nada que aplicar.
tui-empty-observations = Escriba las observaciones antes de Ctrl-s: toda decisión dice por qué.
tui-proposed = Propuesta
tui-quote = Pasaje
tui-wording = Redacción a aplicar (ajuste la propuesta según lo decidido; Ctrl-s aplica)
tui-empty-wording = La redacción está vacía: escriba el texto que reemplaza el pasaje.
tui-summary-title = Resumen
tui-computing-summary = Contando comentarios y decisiones…
tui-by-category = Comentarios por categoría
tui-by-section = Comentarios por sección
tui-decisions = Decisiones
tui-nothing-yet = Aún no hay comentarios.
tui-sum-accepted = ✓ aceptados
tui-sum-modified = ≈ con modif.
tui-sum-rejected = ✗ no aceptados
tui-sum-noted = · tomados en cuenta
tui-sum-open = ○ abiertos
tui-sum-not-applied = aceptados, aún sin aplicar
tui-sum-campaigns = campañas detectadas
tui-sum-comments = comentarios
tui-sum-replies = respuestas
tui-sum-proposals = propuestas
tui-sum-participants = personas
tui-sum-organisations = entidades
tui-export-title = Exportar el resumen como
tui-exporting = Escribiendo el resumen…
tui-summary-not-ready = El resumen aún se está contando; exporte cuando aparezca.
tui-carried-from = de { $round }
tui-with-earlier = Comentarios · { $n } + { $earlier } anteriores
tui-later-version = La vista { $view } llegará en una versión posterior.
tui-only-current-round = Los comentarios van a la ronda actual ({ $current }); pulse R para leerla.
tui-submitted = Comentario { $id } sobre { $section } enviado y guardado (commit).
tui-submit-failed = No enviado: { $err }
tui-load-failed = No se pudo abrir la consulta: { $err }
tui-problems = { $n ->
    [one] 1 archivo no se pudo leer y se omitió; `consulta check` lo indica.
   *[other] { $n } archivos no se pudieron leer y se omitieron; `consulta check` los lista.
}
tui-matches = { $n ->
    [one] 1 resultado
   *[other] { $n } resultados
} en { $sections ->
    [one] 1 sección
   *[other] { $sections } secciones
} · n siguiente · N anterior
tui-no-match = Nada coincide con “{ $query }”.
tui-match-pos = Resultado { $i } de { $n }
tui-reading-round = Leyendo { $round }.
tui-reading-language = Leyendo la versión en { $language } ({ $code }).
tui-one-language = Este texto no tiene otra versión lingüística.
tui-parallel-unaligned = Ningún párrafo de esta versión está alineado con el ¶{ $number }.
tui-editor-failed = El editor no se ejecutó: { $err }
tui-crash-report = consulta se detuvo de forma inesperada. Se escribió un informe del fallo en { $path }; su comentario sin terminar, si lo hay, se conserva y se le ofrecerá la próxima vez.
tui-identity-hint-name = Su nombre tal como aparecerá junto a sus comentarios.
tui-identity-hint-email = Una dirección donde la secretaría pueda contactarle; el resumen publicado no la incluye.
tui-identity-hint-organisation = El ministerio, agencia, universidad o empresa en cuyo nombre habla.
tui-identity-hint-category = ←/→ elija qué tipo de parte interesada es.
tui-identity-hint-country = Dos letras (ISO 3166-1): BR, MX, JM, HT, CL…
tui-field-name = nombre
tui-field-email = correo
tui-field-organisation = organización
tui-field-category = categoría
tui-field-country = país
tui-decision-accepted = aceptado
tui-decision-modified = aceptado con modificaciones
tui-decision-rejected = no aceptado
tui-decision-noted = tomado en cuenta
tui-interface-language = Idioma: { $lang } (--lang o CONSULTA_LANG lo cambian)
tui-applied-in = aplicado en el commit { $commit }
tui-already-applied = Ya aplicado en el commit { $commit }: nada que hacer (la vista de diferencias lo muestra).
tui-in-reply-to = En respuesta a { $author }
tui-restore-question = Estaba escribiendo un comentario sobre { $section }: “{ $preview }”
tui-too-small-size = { $w }×{ $h }: amplíela al menos a { $min_w }×{ $min_h }
tui-sent = { $count ->
    [0] Nada nuevo suyo que enviar. { $news }
    [one] 1 comentario enviado a la secretaría. { $news }
   *[other] { $count } comentarios enviados a la secretaría. { $news }
}
tui-send-failed = No enviado: { $why }
tui-hunk-head = @@ líneas { $old_start }+{ $old_lines } → { $new_start }+{ $new_lines }
tui-change-pos = cambio { $i } de { $n }
tui-diff-failed = No se pudo comparar: { $err }
tui-renamed-from = antes “{ $old }”
tui-progress = decididos { $decided }/{ $total }
tui-not-secretariat = La clasificación es para la secretaría ({ $list }); usted es { $email }. Pida a la secretaría que añada su correo al manifiesto.
tui-recorded-one = Registrado: { $status }, y guardado (commit).
tui-recorded-many = { $n } decisiones registradas ({ $status } y no aceptado para las demás), y guardadas (commit).
tui-apply-title = Aplicar: la redacción que reemplaza el pasaje · { $author }
tui-decide-title = Decidir: { $status } · { $author }
tui-applied = Aplicado a { $section } en el commit { $commit }
tui-failed = No se hizo: { $err }
tui-decided-gauge = decididos { $decided } de { $total } ({ $pct } %)
tui-rows-shown = { $from }–{ $to } de { $n }
tui-summary-failed = No se pudo preparar el resumen: { $err }
tui-exported = Se escribió { $path }
tui-export-failed = No se pudo exportar el resumen: { $err }
tui-hint-csv = CSV
tui-hint-html = HTML
tui-hint-json = JSON
tui-hint-markdown = Markdown
tui-hint-accept = aceptar
tui-hint-apply = aplicar
tui-hint-back = atrás
tui-hint-cancel = cancelar
tui-hint-change = cambio
tui-hint-comment = comentar
tui-hint-commented = comentado
tui-hint-diff = dif.
tui-hint-editor = editor
tui-hint-export = exportar
tui-hint-filter = filtro
tui-hint-from = desde
tui-hint-help = ayuda
tui-hint-modify = modif.
tui-hint-move = mover
tui-hint-note = en cta.
tui-hint-open = abrir
tui-hint-pane = panel
tui-hint-passage = pasaje
tui-hint-propose = proponer
tui-hint-quit = salir
tui-hint-reject = rechazar
tui-hint-reply = responder
tui-hint-round = ronda
tui-hint-save = guardar
tui-hint-scroll = desplazar
tui-hint-search = buscar
tui-hint-section = sección
tui-hint-select = marcar
tui-hint-sentence = oración
tui-hint-side-by-side = lado a lado
tui-hint-submit = enviar
tui-hint-to = hasta
tui-hint-word = palabra
tui-help-mouse = ratón
tui-background-stopped = el trabajo en segundo plano se detuvo
tui-submission-stopped = el envío se detuvo
tui-loader-stopped = la carga se detuvo
tui-editor-unclosed = no se puede leer el comando del editor { $editor } (¿una comilla sin cerrar?)
tui-editor-empty = el comando del editor está vacío
tui-loading-opening = abriendo el repositorio
tui-loading-rounds = leyendo las rondas
tui-loading-text = leyendo el texto de { $round }
tui-loading-comments = leyendo los comentarios
tui-loading-indexing = indexando { $count } comentarios
tui-loading-carrying = trasladando { $count } comentarios a { $round }
tui-counting = Contando sus comentarios en { $folders ->
    [one] una carpeta de sección
   *[other] { $folders } carpetas de sección
  }; sus marcas aparecerán al terminar…
tui-section-loading = Leyendo los comentarios de esta sección…
tui-section-unreadable = No se pudieron leer los comentarios de esta sección: { $error }. Compruebe que la carpeta se puede leer y vuelva a abrir la consulta.
tui-all-loading = Leyendo los { $count } comentarios para esta vista…
tui-all-loaded = Todos los comentarios leídos.
tui-kind-general = general
tui-kind-technical = técnico
tui-kind-editorial = editorial
tui-stance-support = a favor
tui-stance-oppose = en contra
tui-stance-neutral = neutral
tui-working-draft = borrador de trabajo
tui-key-space = Espacio
tui-key-home = Inicio
tui-key-end = Fin

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

## La línea de comandos

cli-sample-preparing = Preparando la consulta de ejemplo incluida en { $dir } …
cli-sample-banner = { $why ->
    [no-round] Esta consulta aún no tiene ninguna ronda; aquí está el ejemplo incluido.
   *[none] Aquí no hay ninguna consulta; aquí está el ejemplo incluido.
} Inicie la suya con `consulta init DIR --title T`.

### The command line's own messages (cli-).

# Los mensajes propios de la línea de comandos (src/cli). Véase locales/en/cli.ftl.

## Shared: warnings, table headings and cells

cli-warn-skipped = advertencia: omitido: { $problem }
cli-warn-skipped-count = advertencia: { $count ->
    [one] se omitió { $count } archivo
   *[other] se omitieron { $count } archivos
  }; `consulta check` enumera todos los problemas
cli-col-title = título
cli-col-words = palabras
cli-col-comments = comentarios
cli-col-change = cambio
cli-col-round = ronda
cli-col-section = sección
cli-col-clause = cláusula
cli-col-type = tipo
cli-col-author = autor
cli-col-country = país
cli-col-status = estado
cli-col-comment = comentario
cli-col-in-round = en { $round }
cli-col-lang = idioma
cli-col-opened = apertura
cli-col-by = por
cli-col-message = mensaje
cli-change = { $change ->
    [new] nueva
   *[changed] modificada
  }
cli-status = { $status ->
    [accepted] aceptado
    [modified] con modificaciones
    [rejected] no aceptado
    [noted] tomado en cuenta
   *[open] abierto
  }
cli-status-applied = { $status ->
    [accepted] aceptado
    [modified] con modificaciones
    [rejected] no aceptado
   *[noted] tomado en cuenta
  } (aplicado)
cli-clause-reply = respuesta
cli-carry = { $status ->
    [unchanged] sin cambios
    [moved] movido
    [changed] modificado
    [resolved] resuelto
   *[orphaned] huérfano
  }

## init, demo

cli-init-no-title = el título está vacío: indique el título de la consulta con --title
cli-init-no-identity = git no sabe quién es usted; configúrelo primero: `git config --global user.name "Su Nombre"` y `git config --global user.email usted@example.org`
cli-init-started = Se inició la consulta { $title } en { $dir }
cli-init-secretariat = Usted ({ $email }) es su secretaría.
cli-init-next = Siguiente paso: escriba las secciones como drafts/NN-slug.md, haga commit y luego ejecute `consulta round open round-1`.
cli-demo-no-sections = --sections debe ser al menos 1
cli-demo-built = Se creó la consulta { $kind ->
    [synthetic] sintética
   *[sample] de ejemplo
  } en { $dir } ({ $rounds ->
    [one] { $rounds } ronda
   *[other] { $rounds } rondas
  }) en { $seconds } s.
cli-demo-open = Ábrala con: consulta --repo { $dir }

## whoami

cli-whoami-empty = { $option } no puede estar vacío
cli-whoami-key-no-repo = no está dentro de un repositorio git: use --global para firmar en todos los repositorios
cli-whoami-not-category = { $category } no es una categoría de esta consulta; elija una de: { $categories }
cli-whoami-no-repo = no está dentro de un repositorio git: use --global para guardar su identidad en su configuración de usuario
cli-whoami-not-set = (sin definir)
cli-whoami-missing = Para comentar también necesita: consulta whoami { $options }
cli-key-unreadable = no se puede leer la clave de firma { $path }: { $error }
cli-key-not-ssh = { $path } no es un archivo de clave SSH (para OpenPGP, configure en git user.signingkey, gpg.format=openpgp y commit.gpgsign=true: consulta los respeta)
cli-key-not-utf8 = la ruta de la clave { $path } no está en UTF-8

## show, comment add, comments

cli-show-no-section = no hay ninguna sección { $section } en { $version }; las secciones son: { $sections }
cli-comment-bad-type = --type { $value } no es un tipo de comentario: use ge (general), te (técnico) o ed (editorial)
cli-comment-bad-stance = --stance { $value } no es una posición: use support (a favor), oppose (en contra) o neutral
cli-comment-saved = Se guardó el comentario { $id } sobre { $section } ({ $round }) y se hizo commit como { $name } <{ $email }>.
cli-comment-file = Archivo: { $path }
cli-comments-bad-status = --status { $value } no es un estado: use open, accepted, modified, rejected o noted
cli-comments-mine-who = --mine necesita saber quién es usted: indíquelo con `consulta whoami --email usted@example.org`
cli-comments-no-section = no hay ninguna sección { $section }; las secciones son: { $sections }

## rounds, round open, round undo

cli-rounds-none = Todavía no hay ninguna ronda. La secretaría abre la primera con `consulta round open round-1`.
cli-round-not-secretariat = solo la secretaría ({ $secretariat }) puede abrir una ronda; usted es { $you }
cli-round-opened = Se abrió la ronda { $name } ({ $number }) en el commit { $commit }.
cli-round-share = Compártala con `git push --tags` (o `consulta sync`).
cli-round-undone = Se retiró la ronda { $name }: su etiqueta se eliminó; el commit { $commit } y los borradores quedan como estaban.
cli-round-undone-next = Modifique los borradores, haga commit y vuelva a ejecutar `consulta round open { $name }`. Si ya la había sincronizado, elimínela también del repositorio compartido: `git push origin :refs/tags/{ $name }`.

## respond, apply, check

cli-respond-bad-status = --status { $value } no es una decisión: use accepted, modified, rejected o noted
cli-respond-recorded = Registrado: comentario { $id } { $status ->
    [accepted] aceptado
    [modified] aceptado con modificaciones
    [rejected] no aceptado
   *[noted] tomado en cuenta
  }.
cli-apply-applied = Se aplicó el comentario { $id } a { $section } en el commit { $commit }.
cli-check-counts = { $sections ->
    [one] { $sections } sección
   *[other] { $sections } secciones
  }, { $comments ->
    [one] { $comments } comentario
   *[other] { $comments } comentarios
  }, { $dispositions ->
    [one] { $dispositions } decisión
   *[other] { $dispositions } decisiones
  }, { $rounds ->
    [one] { $rounds } ronda
   *[other] { $rounds } rondas
  }: { $problems ->
    [0] ningún problema
    [one] { $problems } problema
   *[other] { $problems } problemas
  }
cli-check-shallow = nota: este repositorio es un clon superficial (git clone --depth), por lo que pueden faltar etiquetas de ronda e historial antiguo; obténgalos con `git fetch --unshallow --tags` y vuelva a ejecutar check

## verify, register

cli-verify-ok = Se { $comments ->
    [one] comprobó { $comments } archivo de comentario
   *[other] comprobaron { $comments } archivos de comentarios
  } contra { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } en { $seconds } s: cada uno es lo que su autor envió.
cli-verify-problems = Se { $comments ->
    [one] comprobó { $comments } archivo de comentario
   *[other] comprobaron { $comments } archivos de comentarios
  } contra { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } en { $seconds } s: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }.
cli-verify-failed = { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }: los archivos de comentarios indicados arriba no son lo que se envió, o no se pueden comprobar
cli-register-revoked = se { $count ->
    [one] revocó { $count } clave
   *[other] revocaron { $count } claves
  } de { $email }: las firmas hechas a partir de ahora ya no cuentan
cli-register-no-key = se necesita --key PUBKEY_FILE para registrar a un participante
cli-register-unreadable = no se puede leer { $path }: { $error }
cli-register-done = se registró { $email } con la clave { $fingerprint } en { $file }

## merge, sync

cli-merge-merged = incorporada { $name }: { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
  } de { $authors } en el commit { $commit }
cli-merge-refused = rechazada  { $name }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
  } (no se incorporó nada de ella)
cli-merge-totals = { $merged ->
    [one] { $merged } contribución incorporada
   *[other] { $merged } contribuciones incorporadas
  }, { $refused ->
    [one] { $refused } rechazada
   *[other] { $refused } rechazadas
  }, { $added ->
    [one] { $added } comentario añadido
   *[other] { $added } comentarios añadidos
  }{ $up_to_date ->
    [0] {""}
    [one] ; { $up_to_date } rama ya incorporada
   *[other] ; { $up_to_date } ramas ya incorporadas
  }.
cli-merge-refused-all = { $count ->
    [one] Se rechazó { $count } contribución
   *[other] Se rechazaron { $count } contribuciones
  }: cada problema aparece arriba con su commit y su archivo
cli-sync-warning = advertencia: { $problem }
cli-sync-moved = Sus comentarios están ahora en su propia rama { $branch }, que la secretaría incorpora; el próximo `consulta sync` parte de ahí.
cli-sync-fast-forward = Se actualizó { $branch } con { $remote }/{ $branch }.
cli-sync-caught-up = Se trajo el estado más reciente de la consulta ({ $remote }/main) a { $branch }.
cli-sync-sent = { $count ->
    [one] { $count } comentario enviado
   *[other] { $count } comentarios enviados
  } a la secretaría.
cli-sync-nothing = Sincronizado con { $remote } ({ $url }): se obtuvieron los cambios; no tiene comentarios pendientes de envío.
cli-sync-pushed = Sincronizado con { $remote } ({ $url }): se obtuvieron los cambios y se envió: { $names }.
cli-sync-merge-next = La secretaría incorpora su rama con `consulta merge`; sus comentarios están en ella.

## comments --competing

cli-competing-none = No hay propuestas en competencia: ningún par de propuestas cambia pasajes superpuestos.
cli-competing-group = { $section } · { $round } · { $count ->
    [one] { $count } propuesta
   *[other] { $count } propuestas
  } sobre pasajes superpuestos
cli-col-at = posición
cli-col-passage = pasaje
cli-col-proposed = propuesta
cli-competing-groups = { $count ->
    [one] { $count } grupo de propuestas en competencia
   *[other] { $count } grupos de propuestas en competencia
  }

## join, send

cli-join-joined = Se unió a «{ $title }» en { $dir }.
cli-join-branch = Sus comentarios van en su propia rama { $branch }; `consulta sync` (S en la TUI) los envía a la secretaría.
cli-join-who = Antes de comentar, indique quién es: `consulta whoami { $options }` en { $dir } (o la TUI se lo pregunta).
cli-send-moved = Sus comentarios están ahora en su propia rama { $branch }.
cli-send-wrote = Se escribió { $path } con { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
  } de { $branch }. Envíelo a la secretaría (por correo electrónico, por ejemplo); esta lo incorpora con `consulta merge { $file }`.

## summary, export, import comments, template

cli-report-wrote = Se escribió { $path }.
cli-report-workbook-terminal = un libro de cálculo no es texto para la terminal: escríbalo en un archivo con -o ARCHIVO.xlsx
cli-report-skipped = advertencia: { $count ->
    [one] { $count } archivo de registro no se pudo leer y quedó fuera
   *[other] { $count } archivos de registro no se pudieron leer y quedaron fuera
  }; `consulta check` los enumera
cli-import-unreadable = no se puede leer { $path }
cli-import-refused = { $count ->
    [one] { $count } fila de { $file } no se puede importar, así que no se importó nada; corríjala o importe las filas correctas con --partial
   *[other] { $count } filas de { $file } no se pueden importar, así que no se importó nada; corríjalas o importe las filas correctas con --partial
  }
cli-import-done = Se { $comments ->
    [one] importó { $comments } comentario
   *[other] importaron { $comments } comentarios
  } en { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } (uno por autor).
cli-import-skipped = Se { $count ->
    [one] omitió { $count } fila
   *[other] omitieron { $count } filas
  } (indicadas arriba).
cli-template-no-round = no hay ninguna ronda { $round } (las rondas son: { $rounds })
cli-template-working-draft = borrador de trabajo
cli-template-wrote = Se escribió { $path }: la plantilla de comentarios para { $version } ({ $count ->
    [one] { $count } sección
   *[other] { $count } secciones
  }).

## import draft

cli-import-draft-not-secretariat = solo la secretaría ({ $secretariat }) puede importar el borrador; usted es { $you }
cli-import-draft-not-utf8 = { $file }:{ $line }:{ $column }: no es texto UTF-8 válido; guarde el documento como UTF-8
cli-import-draft-done = Se importó { $name } en el nivel de título { $level }: { $sections ->
    [one] { $sections } sección
   *[other] { $sections } secciones
  } ({ $added ->
    [one] { $added } añadida
   *[other] { $added } añadidas
  }, { $changed ->
    [one] { $changed } modificada
   *[other] { $changed } modificadas
  }, { $removed ->
    [one] { $removed } eliminada
   *[other] { $removed } eliminadas
  }, { $renamed ->
    [one] { $renamed } renumerada
   *[other] { $renamed } renumeradas
  }).
cli-import-draft-added = añadida    { $id }
cli-import-draft-removed = eliminada   { $id }
cli-import-draft-renamed = renumerada  { $old } -> { $new }
cli-import-draft-unchanged = El borrador ya era este documento; no hay cambios para hacer commit.
cli-import-draft-committed = Commit { $commit } creado.
cli-import-draft-round = Se abrió la ronda { $name } ({ $number }).

## diff

cli-diff-no-round = todavía no se ha abierto ninguna ronda, así que no hay nada que comparar: la secretaría abre una con `consulta round open round-1`
cli-diff-no-section = no hay ninguna sección { $section } en { $from } ni en { $to }; `consulta sections --round { $round }` las enumera

## crash reports (the report file itself stays in English)

cli-crash-report = consulta se detuvo de forma inesperada. Se escribió un informe de fallo en { $path }; adjúntelo al informar del problema. Lo que se había confirmado en commits está a salvo: `consulta check` indica si el repositorio está intacto.
cli-crash-no-report = consulta se detuvo de forma inesperada y no se pudo escribir ningún informe de fallo ({ $why }); aquí está:

### The --help texts and clap's words (help-): keys from the command path and argument id.

# La ayuda de la línea de comandos (`consulta --help`, `consulta <comando> --help`) y las palabras
# propias de clap. Claves: help-<ruta del comando>[-arg-<argumento>][-long|-after].
# Los ejemplos son líneas de comandos: sus comandos y opciones quedan como están.

help-consulta = Llevar una consulta a las partes interesadas sobre un borrador de marco guardado en git
help-consulta-after =
    Ejemplos:
      consulta                              abrir la TUI sobre la consulta de aquí (o la de ejemplo)
      consulta demo /tmp/sample             crear la consulta de ejemplo como repositorio git
      consulta --repo /tmp/sample sections  listar sus secciones
      consulta whoami --name "Ana Pérez" --email ana@uni.example --organisation "Universidad X" \
                      --category higher-education --country UY
      consulta comment add --section quality-assurance --quote "at least 25 hours" --type te \
                      --body "Demasiado rígido para módulos cortos." --propose "una carga de trabajo declarada"

    Código de salida: 0 éxito, 1 un problema que usted puede corregir (el mensaje dice cuál y dónde), 2 uso.
help-consulta-arg-repo = La carpeta de la consulta (por defecto: el repositorio git que contiene la carpeta actual)
help-consulta-arg-lang = El idioma de todo lo que muestra este comando: mensajes, informes y, cuando el marco tiene varias versiones lingüísticas, el texto (en, es, fr, pt, o una versión lingüística de la consulta, como ht)

help-init = Iniciar una consulta nueva en CARPETA (por defecto: aquí)
help-init-after =
    Ejemplo:
      consulta init marco --title "Marco regional de estándares mínimos para microcredenciales"

    Usted queda como su secretaría (su user.email de git figura en drafts/consultation.json).
help-init-arg-dir = La carpeta donde iniciarla (por defecto: aquí)
help-init-arg-title = El título de la consulta
help-init-arg-languages = Los idiomas del marco, primero el del texto principal: en,es,pt,fr

help-demo = Crear en CARPETA la consulta de ejemplo (dos rondas, comentarios, decisiones), o una sintética grande con --sections/--comments
help-demo-after =
    Ejemplos:
      consulta demo /tmp/sample
      consulta demo /tmp/big --sections 200 --comments 100000 --seed 7
help-demo-arg-dir = La carpeta donde crearla
help-demo-arg-sections = Número de secciones de una consulta sintética
help-demo-arg-comments = Número de comentarios de una consulta sintética
help-demo-arg-seed = Semilla de una consulta sintética (misma semilla, mismo repositorio)

help-whoami = Mostrar o fijar quién es usted: user.name y user.email de git, más consulta.organisation, consulta.category y consulta.country
help-whoami-after =
    Ejemplos:
      consulta whoami
      consulta whoami --organisation "Universidad X" --category higher-education --country UY

    Los valores se guardan en la configuración git de este repositorio (con --global, en la suya de usuario).
help-whoami-arg-name = Su nombre (user.name de git)
help-whoami-arg-email = Su dirección de correo (user.email de git)
help-whoami-arg-organisation = Su organización (consulta.organisation)
help-whoami-arg-category = Un id de categoría de la consulta, como higher-education o employer
help-whoami-arg-country = Código ISO 3166-1 alfa-2, como UY o BR
help-whoami-arg-signing-key = Firmar cada commit de consulta con este archivo de clave SSH (privada, o pública con su mitad privada en ssh-agent): fija user.signingkey, gpg.format=ssh y commit.gpgsign
help-whoami-arg-language = El idioma en que consulta le habla (en, es, fr, pt): se guarda como consulta.language en la configuración git
help-whoami-arg-global = Guardar en su configuración git de usuario en lugar de la de este repositorio

help-sections = Listar las secciones de una ronda (por defecto: la última ronda)
help-sections-after =
    Ejemplos:
      consulta sections
      consulta sections --round round-1
      consulta sections --round draft      (el borrador de trabajo)
help-sections-arg-round = Un nombre de ronda, o `draft` para el borrador de trabajo
help-sections-arg-format = Formato de salida

help-show = Mostrar el texto de una sección (por id, número o parte única del título)
help-show-after =
    Ejemplos:
      consulta show quality-assurance
      consulta show 6 --round round-1
help-show-arg-section = La sección (id, número o parte única del título)
help-show-arg-round = Un nombre de ronda, o `draft` para el borrador de trabajo (por defecto: la última ronda)

help-diff = Mostrar qué cambió entre dos rondas (por defecto: la última ronda frente al borrador de trabajo, o las dos últimas rondas si el borrador no cambió), sección por sección, con los comentarios cuyas propuestas aplicadas produjeron cada cambio
help-diff-after =
    Ejemplos:
      consulta diff
      consulta diff round-1 round-2
      consulta diff round-2 draft --section quality-assurance --side-by-side
      consulta diff round-1 round-2 --format markdown > cambios.md
      consulta diff round-1 round-2 --format json

    Sin color, lo suprimido se ve como [-antes-] y lo añadido como {"{"}+nuevo+{"}"}; se usa color cuando
    la salida estándar es una terminal y NO_COLOR no está definida.
help-diff-arg-from = La versión anterior: un nombre de ronda, o `draft` para el borrador de trabajo
help-diff-arg-to = La versión posterior (por defecto: el borrador de trabajo)
help-diff-arg-section = Solo esta sección (id, número o parte única del título)
help-diff-arg-format = Formato de salida
help-diff-arg-side-by-side = Dos columnas, antes | después, de las líneas cambiadas (ancho según $COLUMNS, si no el de la terminal, si no 120)

help-comment = Añadir un comentario

help-comment-add = Comentar una sección o un pasaje de ella, con una redacción propuesta si se desea
help-comment-add-after =
    Ejemplos:
      consulta comment add --section assessment --type ge --body "Celebramos el énfasis en la integridad."
      consulta comment add --section 6 --quote "simple and affordable" --type te \
          --body "Las tasas deberían tener un tope." --propose "simple, affordable and time-bound" --stance support
      consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "Estamos de acuerdo."
help-comment-add-arg-section = La sección (id, número o parte única del título)
help-comment-add-arg-quote = El pasaje exacto que comenta, tal como lo muestra `consulta show` (omítalo para toda la sección)
help-comment-add-arg-occurrence = Qué aparición de la cita, si aparece varias veces (1 = la primera)
help-comment-add-arg-kind = ge (general), te (técnico) o ed (editorial)
help-comment-add-arg-body = Su comentario
help-comment-add-arg-propose = Redacción propuesta para el pasaje citado
help-comment-add-arg-stance = support (a favor), oppose (en contra) o neutral
help-comment-add-arg-reply-to = Responder a otro comentario (su id)

help-comments = Listar los comentarios, con sus autores, anclas y decisiones
help-comments-after =
    Ejemplos:
      consulta comments
      consulta comments --mine --round round-2      (sus comentarios, tal como están en round-2)
      consulta comments --section assessment --status open
      consulta comments --round round-1 --format json > comentarios.json
help-comments-arg-round = Solo los comentarios hechos en esta ronda
help-comments-arg-section = Solo los comentarios sobre esta sección
help-comments-arg-status = Solo los comentarios con esta decisión: open, accepted, modified, rejected, noted
help-comments-arg-format = Formato de salida
help-comments-arg-mine = Solo sus propios comentarios (su user.email de git), con sus decisiones
help-comments-arg-competing = Listar en su lugar los grupos de propuestas sobre pasajes superpuestos (misma ronda y sección)

help-rounds = Listar las rondas
help-rounds-after =
    Ejemplo:
      consulta rounds
help-rounds-arg-format = Formato de salida

help-round = Abrir una ronda, o retirar una abierta demasiado pronto

help-round-open = Etiquetar el commit actual como la siguiente ronda sometida a consulta
help-round-open-after =
    Ejemplo:
      consulta round open round-2 --message "Borrador revisado tras la primera consulta"
help-round-open-arg-name = El nombre de la nueva ronda, como round-2
help-round-open-arg-message = El mensaje de la etiqueta de la ronda

help-round-undo = Retirar la última ronda, abierta demasiado pronto, mientras nadie la haya comentado: se borra su etiqueta; los borradores y sus commits se quedan
help-round-undo-after =
    Ejemplos:
      consulta round undo
      consulta round undo round-3      (se rechaza salvo que round-3 sea la última ronda)

    Después modifique los borradores, haga commit y vuelva a abrirla con `consulta round open round-3`.
help-round-undo-arg-name = El nombre de la última ronda (para comprobar que retira la ronda que quiere)

help-respond = La decisión de la secretaría sobre un comentario
help-respond-after =
    Ejemplo:
      consulta respond 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --status modified --observations "De acuerdo en el fondo; reformulado en 5.2."
help-respond-arg-id = El id del comentario
help-respond-arg-status = accepted (aceptado), modified (aceptado con modificaciones), rejected (no aceptado) o noted (tomado en cuenta)
help-respond-arg-observations = Las observaciones de la secretaría, publicadas en la tabla de decisiones

help-apply = Aplicar propuestas aceptadas al borrador de trabajo, con un commit para cada una que indica su autoría
help-apply-after =
    Ejemplos:
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --text "la redacción de la secretaría"
help-apply-arg-ids = Los ids de los comentarios cuyas propuestas aplicar
help-apply-arg-text = La redacción que se aplica en lugar de la propuesta (para decisiones "aceptado con modificaciones")

help-check = Validar cada archivo: JSON, campos, ids, anclas, respuestas, decisiones
help-check-after =
    Ejemplo:
      consulta check && echo válido

help-verify = Probar que cada archivo de comentario es lo que su autor envió: byte a byte lo que contenía el commit que lo añadió, y que el autor de ese commit es el del comentario
help-verify-after =
    Ejemplo:
      consulta verify && echo "cada comentario está como se envió"

help-register = Añadir la clave SSH de un participante al registro (drafts/participants), o revocar sus claves (secretaría); cada cambio es un commit
help-register-after =
    Ejemplos:
      consulta register ana@uni.example --key ana.pub --name "Ana Pérez" \
          --organisation "Universidad X" --category higher-education --country UY
      consulta register --revoke ana@uni.example

    El registro está en el formato allowed-signers de git: `git -c gpg.ssh.allowedSignersFile=drafts/participants log --show-signature` comprueba las firmas con él.
help-register-arg-email = La dirección de correo del participante (su user.email de git)
help-register-arg-revoke = Revocar todas las claves de CORREO en lugar de añadir una
help-register-arg-key = Su clave pública: un archivo .pub, o la línea que `consulta whoami` le mostró
help-register-arg-name = El nombre del participante
help-register-arg-organisation = La organización del participante
help-register-arg-category = Un id de categoría de la consulta, como higher-education o employer
help-register-arg-country = Código ISO 3166-1 alfa-2, como UY o BR

help-merge = Traer las ramas de las partes interesadas e incorporar las contribuciones válidas (cada una solo puede añadir archivos de comentario bien formados de los autores de sus commits); rechazar las demás enteras
help-merge-after =
    Ejemplos:
      consulta merge                 (todas las ramas del remoto origin)
      consulta merge origin upstream
      consulta merge contrib/ana      (una rama local)
      consulta merge https://git.example.org/ana/consultation.git

    Las ramas traídas se guardan bajo refs/consulta/incoming/<remoto>/. Código de salida 1 cuando
    se rechaza una contribución; las válidas se incorporan igualmente.
help-merge-arg-sources = Nombres de remotos, URL o rutas de repositorios, o nombres de ramas locales (por defecto: origin)

help-join = Participar en una consulta: copiarla de URL en CARPETA, decir quién es usted y tener una rama propia para sus comentarios; luego la TUI se abre en el borrador
help-join-after =
    Ejemplos:
      consulta join https://git.example.org/institute/framework.git
      consulta join /mnt/shared/framework.git marco --name "Ana Pérez" --email ana@uni.example \
          --organisation "Universidad X" --category higher-education --country UY --no-tui

    Luego comente (c en la TUI, o `consulta comment add`) y envíe (S en la TUI, o `consulta sync`;
    `consulta send -o ARCHIVO` si no puede hacer push).
help-join-arg-url = La dirección de la consulta, tal como la da la secretaría (https, ssh o una carpeta)
help-join-arg-dir = Dónde ponerla (por defecto: la última parte de la dirección)
help-join-arg-name = Su nombre (user.name de git)
help-join-arg-email = Su dirección de correo (user.email de git)
help-join-arg-organisation = Su organización (consulta.organisation)
help-join-arg-category = Un id de categoría de la consulta, como higher-education o employer
help-join-arg-country = Código ISO 3166-1 alfa-2, como UY o BR
help-join-arg-no-tui = Detenerse tras preparar la carpeta (también cuando no hay terminal)

help-send = Escribir sus comentarios en un archivo (un paquete de git) para enviarlo por correo, cuando no puede hacer push; la secretaría lo incorpora con `consulta merge ARCHIVO`
help-send-after =
    Ejemplo:
      consulta send -o mis-comentarios.bundle

    El archivo contiene solo sus commits que faltan en la consulta; antes se comprueban con
    las reglas que aplica la incorporación de la secretaría.
help-send-arg-output = El archivo que se escribe

help-sync = Traer del remoto y hacer push: la secretaría envía su rama y las etiquetas de ronda, una parte interesada su propia rama
help-sync-after =
    Ejemplos:
      consulta sync
      consulta sync upstream

    Las partes interesadas trabajan en su propia rama (`git switch -c contrib/ana`). Los remotos https y ssh
    pasan por el comando `git`, con su gestor de credenciales, su agente ssh y ~/.ssh/config.
    `git config consulta.transport git` hace pasar todos los remotos por `git`.
help-sync-arg-remote = El nombre del remoto

help-summary = El resumen de la consulta: participación, comentarios por sección, la tabla de decisiones, "ustedes dijeron, nosotros hicimos", campañas y lo que sigue abierto
help-summary-after =
    Ejemplos:
      consulta summary > resumen.md
      consulta summary --format html -o resumen.html
      consulta summary --round round-1 --format json
      consulta summary --format csv -o decisiones.csv
      consulta summary --format xlsx -o decisiones.xlsx     (la tabla de decisiones como libro de Excel)
help-summary-arg-round = Solo los comentarios hechos en esta ronda, y los cambios de ella a la siguiente ronda (o al borrador de trabajo). Por defecto: todos los comentarios hasta la última ronda
help-summary-arg-format = Formato de salida
help-summary-arg-format-value-xlsx = La tabla de decisiones como libro de Excel (requiere -o ARCHIVO, o una tubería)
help-summary-arg-output = Escribir en ARCHIVO (de forma atómica) en lugar de la salida estándar

help-export = Exportar los comentarios: la tabla de decisiones ISO (CSV o un libro de Excel), anotaciones web del W3C (JSON-LD) o JSON
help-export-after =
    Ejemplos:
      consulta export --format iso-csv -o decisiones.csv
      consulta export --format xlsx -o comentarios.xlsx
      consulta export --format w3c --base https://git.example.org/framework/raw/ > anotaciones.jsonld
      consulta export --format json > comentarios.json
help-export-arg-format = Formato de salida
help-export-arg-format-value-iso-csv = La tabla de decisiones con las columnas de la plantilla de comentarios ISO/IEC (CSV)
help-export-arg-format-value-w3c = Anotaciones web del W3C: una AnnotationCollection (JSON-LD)
help-export-arg-format-value-json = Cada comentario con su decisión (JSON)
help-export-arg-format-value-xlsx = La tabla de decisiones como libro de Excel, para enviar a las partes interesadas como plantilla e importar de nuevo (requiere -o ARCHIVO, o una tubería)
help-export-arg-output = Escribir en ARCHIVO (de forma atómica) en lugar de la salida estándar
help-export-arg-base = w3c: el IRI absoluto del que cuelgan el id de la colección y los archivos de sección (<IRI><ronda>/drafts/<archivo>), como https://git.example.org/framework/raw/. Por defecto: `base` en drafts/consultation.json, si no la dirección de archivos sin formato del remoto origin en GitHub, GitLab, Gitea, Forgejo o Bitbucket, si no urn:consulta:<primer commit>:

help-import = Importar un borrador revisado (Markdown) o comentarios (hoja de cálculo de la plantilla ISO)

help-import-comments = Importar comentarios de una plantilla de comentarios ISO/IEC: un libro (.xlsx, .xls, .ods) o CSV tal como lo guardan las hojas de cálculo
help-import-comments-after =
    Ejemplos:
      consulta import comments respuestas-uy.xlsx
      consulta import comments respuestas-br.csv
      consulta import comments libro.ods --sheet "Comentarios"
      consulta import comments antiguo.csv --encoding iso-8859-1
      consulta import comments hoja.csv --author-name "Comité UY" --author-email comite@unit.example \
          --organisation "Comité UY" --category government --country UY
      consulta import comments hoja.csv --partial

    Se lee la primera hoja del libro con una columna Comments (o --sheet); el CSV puede estar separado
    por comas, puntos y comas o tabulaciones y codificado en UTF-8, UTF-16 (con marca de orden de bytes) o
    Windows-1252, todo detectado (o --encoding); se omiten las líneas sobre la fila de encabezados.

    Columnas: MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment,
    Comments, Proposed change (encabezados sin distinguir mayúsculas, también en español, portugués
    y francés), más las propias de consulta: Comment id,
    Round, Section, Quote, Author name, Author email, Organisation, Category, Stance, In reply to,
    Created (como las escribe `consulta export --format iso-csv|xlsx`). Las filas que no se pueden ubicar
    se listan por hoja, fila y columna, y no se importa nada, salvo con --partial. Los comentarios de cada
    autor se registran en un commit de ese autor, con un trailer Imported-by que le nombra a usted.
help-import-comments-arg-file = La hoja de cálculo (.xlsx, .xls, .ods o .csv)
help-import-comments-arg-partial = Importar las filas correctas aunque otras no lo sean
help-import-comments-arg-author-name = Nombre del autor para las filas que no lo tienen
help-import-comments-arg-author-email = Correo del autor para las filas que no lo tienen
help-import-comments-arg-organisation = Organización para las filas que no la tienen
help-import-comments-arg-category = Categoría de parte interesada para las filas que no la tienen
help-import-comments-arg-country = Código de país para las filas sin MB/NC
help-import-comments-arg-sheet = La hoja del libro que se lee (por defecto: la primera con una columna Comments)
help-import-comments-arg-encoding = La codificación de un archivo CSV, como utf-8, windows-1252, iso-8859-1 o utf-16le (por defecto: detectada)

help-import-draft = Importar un documento Markdown entero como borrador, dividido en secciones por sus títulos; las secciones conservan sus ids entre importaciones
help-import-draft-after =
    Ejemplos:
      consulta import draft marco-v1.md --round round-1
      consulta import draft marco-v2.md --round round-2      (los ids y los comentarios se conservan)
      consulta import draft norma.md --level 2

    Las secciones se emparejan con las existentes por título, luego por similitud del texto (índice
    de Jaccard de los conjuntos de palabras >= 0,5), así una sección renombrada o renumerada conserva su id.
help-import-draft-arg-file = El documento Markdown
help-import-draft-arg-round = Abrir esta ronda sobre el borrador importado (una etiqueta anotada)
help-import-draft-arg-level = Nivel de título por el que dividir (por defecto: el más alto que aparece más de una vez)

help-template = Escribir una plantilla ISO de comentarios en blanco (.xlsx) para una ronda, para enviar a las partes interesadas: su columna Clause/Subclause ofrece las cláusulas de la ronda en una lista desplegable
help-template-after =
    Ejemplos:
      consulta template -o comentarios-round-2.xlsx
      consulta template --round round-1 -o comentarios-round-1.xlsx

    Las partes interesadas la completan con Excel o LibreOffice y la devuelven; la secretaría la importa
    con `consulta import comments ARCHIVO.xlsx`.
help-template-arg-output = El libro que se escribe (.xlsx)
help-template-arg-round = La ronda cuyas secciones y cláusulas ofrece la plantilla (por defecto: la última ronda; `draft` para el borrador de trabajo)

help-completions = Mostrar los completados para el shell
help-completions-after =
    Ejemplo:
      consulta completions bash > ~/.local/share/bash-completion/completions/consulta
help-completions-arg-shell = El shell para el que se escriben

## Las palabras propias de clap: títulos de la ayuda, las opciones de ayuda y versión, el comando help.
help-heading-usage = Uso:
help-heading-commands = Comandos:
help-heading-arguments = Argumentos:
help-heading-options = Opciones:
# En la línea de uso: [OPCIONES], <COMANDO>.
help-usage-options = OPCIONES
help-usage-command = COMANDO
# Nombres de los valores en la ayuda y la línea de uso (`--output <ARCHIVO>`); los textos de arriba también los nombran.
help-value-author-email = CORREO_AUTOR
help-value-author-name = NOMBRE_AUTOR
help-value-body = COMENTARIO
help-value-category = CATEGORÍA
help-value-comments = COMENTARIOS
help-value-country = PAÍS
help-value-dir = CARPETA
help-value-email = CORREO
help-value-file = ARCHIVO
help-value-format = FORMATO
help-value-from = DESDE
help-value-id = ID
help-value-ids = IDS
help-value-iri = IRI
help-value-key-file = ARCHIVO_CLAVE
help-value-lang = IDIOMA
help-value-langs = IDIOMAS
help-value-message = MENSAJE
help-value-n = N
help-value-name = NOMBRE
help-value-observations = OBSERVACIONES
help-value-occurrence = APARICIÓN
help-value-organisation = ORGANIZACIÓN
help-value-pubkey-file = ARCHIVO_CLAVE_PUB
help-value-quote = CITA
help-value-remote = REMOTO
help-value-remote-or-branch = REMOTO-O-RAMA
help-value-round = RONDA
help-value-section = SECCIÓN
help-value-sections = SECCIONES
help-value-seed = SEMILLA
help-value-shell = SHELL
help-value-stance = POSTURA
help-value-status = DECISIÓN
help-value-text = TEXTO
help-value-title = TÍTULO
help-value-to = HASTA
help-value-url = URL
help-flag-help = Mostrar la ayuda
help-flag-help-more = Mostrar la ayuda (más detalle con '--help')
help-flag-help-summary = Mostrar la ayuda (un resumen con '-h')
help-flag-version = Mostrar la versión
help-subcommand-help = Mostrar este mensaje o la ayuda de los comandos indicados
help-subcommand-help-arg = Mostrar la ayuda de los comandos
help-default = [por defecto: { $value }]
help-possible-values = [valores posibles: { $list }]
help-possible-values-heading = Valores posibles:

## Errores de la línea de comandos.
help-error = error:
help-error-more = Para más información, pruebe '{ $flag }'.
help-error-unknown-argument = argumento inesperado '{ $arg }'
help-error-unknown-subcommand = comando desconocido '{ $name }'
help-error-missing-arguments =
    { $count ->
        [one] falta el siguiente argumento obligatorio:
       *[other] faltan los siguientes argumentos obligatorios:
    }
help-error-missing-subcommand = '{ $name }' necesita un comando, pero no se dio ninguno
help-error-value-missing = '{ $arg }' necesita un valor, pero no se dio ninguno
help-error-invalid-value = valor no válido '{ $value }' para '{ $arg }'
help-error-repeated = el argumento '{ $arg }' no se puede usar más de una vez
help-error-conflict = el argumento '{ $arg }' no se puede usar con { $other }
help-error-possible-values = valores posibles: { $list }
help-error-subcommands = comandos: { $list }
help-error-tip = consejo:
help-error-similar-subcommand =
    { $count ->
        [one] existe un comando parecido: { $names }
       *[other] existen comandos parecidos: { $names }
    }
help-error-similar-argument =
    { $count ->
        [one] existe un argumento parecido: { $names }
       *[other] existen argumentos parecidos: { $names }
    }
help-error-similar-value =
    { $count ->
        [one] existe un valor parecido: { $names }
       *[other] existen valores parecidos: { $names }
    }
help-error-tip-value = para pasar '{ $arg }' como valor, use '{ $usage }'
help-error-tip-dash = el comando '{ $name }' existe; para usarlo, quite el '--' que lo precede
help-error-tip-exists = '{ $what }' existe
