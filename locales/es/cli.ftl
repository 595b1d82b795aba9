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
cli-sync-pushed = Sincronizado con { $remote } ({ $url }): se obtuvieron los cambios y se envió { $names }.
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
