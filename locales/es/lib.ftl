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
