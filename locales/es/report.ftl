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
