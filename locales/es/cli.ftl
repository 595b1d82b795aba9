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
