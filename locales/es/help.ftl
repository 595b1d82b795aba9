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
help-consulta-arg-lang = El idioma de todo lo que muestra este comando: mensajes, informes y, cuando el marco tiene varias versiones lingüísticas, el texto (en, es, fr, pt)

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
