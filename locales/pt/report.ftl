# Os relatórios publicados: o resumo (Markdown, HTML, rótulos do JSON, cabeçalhos de CSV e
# xlsx), no idioma do relatório. Números e datas (ISO 8601) são escritos igualmente em todos
# os idiomas.

## Palavras recorrentes

report-unknown-country = desconhecido
report-no-category = (nenhuma)
report-open = aberto
report-working-draft = minuta de trabalho
report-none = Nenhum.
report-generated = Gerado em
report-reply-mark = (resposta)
report-weeks-span = { $from } a { $to }

## Os status do modelo ISO

report-status-accepted = aceito
report-status-modified = aceito com modificações
report-status-rejected = não aceito
report-status-noted = registrado

## Título e escopo

report-summary-of = Resumo da consulta
report-scope-all = Todos os comentários até a última rodada.
report-scope-all-rounds = Todos os comentários até a última rodada ({ $rounds }).
report-scope-round = Comentários feitos em { $round }.
report-skipped-md = { $count ->
    [one] { $count } arquivo de registro não pôde ser lido e ficou de fora
   *[other] { $count } arquivos de registro não puderam ser lidos e ficaram de fora
} (`consulta check` os lista).
report-skipped-html = { $count ->
    [one] { $count } arquivo de registro não pôde ser lido e ficou de fora.
   *[other] { $count } arquivos de registro não puderam ser lidos e ficaram de fora.
}

## Títulos

report-h-contents = Sumário
report-h-participation = Participação
report-h-by-category = Por categoria de parte interessada
report-h-by-country = Por país
report-h-by-week = Ao longo do tempo (comentários por semana ISO)
report-h-sections = Comentários por seção
report-h-decisions = Decisões por status
report-h-dispositions = Tabela de decisões
report-h-you-said = Vocês disseram, nós fizemos
report-h-campaigns = Campanhas (comentários quase idênticos)
report-h-open = O que continua em aberto
report-h-awaiting = Aguardando decisão
report-h-not-applied = Aceitos, mas ainda não aplicados à minuta

## Rótulos de dados, tabelas e gráficos

report-l-comments = Comentários
report-l-replies = são respostas
report-l-proposals = com redação proposta
report-l-participants = Participantes (endereços de e-mail distintos)
report-l-organisations = Organizações (nomes distintos)
report-l-orgs-short = Organizações
report-l-category = Categoria
report-l-country = País
report-l-code = Código
report-l-week = Semana
report-l-starting = Início
report-l-section = Seção
report-l-support = A favor
report-l-oppose = Contra
report-l-neutral = Neutro
report-l-no-stance = Sem posição
report-l-proposals-short = Propostas
report-l-open = Em aberto
report-l-status = Status
report-l-comments-by-country = Comentários por país
report-l-comments-per-week = Comentários por semana ISO
report-no-comments = sem comentários
report-no-comments-in = sem comentários em
report-week-from = { $week } (a partir de { $date }): { $count }

## "Vocês disseram, nós fizemos"

report-no-change-yet = A minuta ainda não mudou desde esta rodada.
report-diff-legend-html = As palavras removidas aparecem riscadas no texto anterior; as acrescentadas, sublinhadas no novo.
report-diff-legend-md = As palavras removidas aparecem ~~riscadas~~ no texto anterior; as acrescentadas, **em negrito** no novo.
report-step-totals = { $sections ->
    [one] { $sections } seção alterada
   *[other] { $sections } seções alteradas
}, { $added } palavras acrescentadas, { $removed } palavras removidas.
report-words-short = palavras
report-section-added = acrescentada
report-section-removed = removida
report-section-renamed = renomeada
report-section-reordered = reposicionada
report-section-changed = alterada
report-section-unchanged = sem alteração
report-as-it-was = Como era
report-as-it-is-now = Como ficou
report-because-of = Em razão de
report-no-comment-behind = Nenhum comentário consta como origem desta alteração (uma edição da secretaria).
report-moved-only = A seção mudou de lugar ou de nome; seu texto não mudou.
report-f-about = Sobre
report-whole-section = a seção inteira
report-f-said = Comentário
report-f-proposed = Proposta
report-f-decision = Decisão
report-f-observations = Observações da secretaria
report-f-applied = Aplicado
report-applied-as-modified = a secretaria aplicou sua própria redação
report-reply-to = Resposta a

## Campanhas

report-campaign-measure = similaridade de Jaccard dos 3-shingles de palavras do texto normalizado
report-campaign-rule = Comentários quase idênticos são agrupados quando a { $measure } é de pelo menos { $threshold } e há pelo menos { $group } comentários ligados; textos com menos de { $shingles } shingles não são agrupados.
report-no-campaign = Nenhuma campanha encontrada.
report-campaign-heading = Campanha { $number }: { $size } comentários (similaridade mínima { $similarity })
report-campaign-sections = Seções
report-campaign-organisations = Organizações
report-campaign-countries = Países

## Colunas da tabela de decisões: as do modelo ISO/IEC, depois as do consulta.
## `consulta import comments` as lê de volta (ver src/report/headers.rs).

report-col-mbnc = OM/CN
report-col-line = Número da linha
report-col-clause = Cláusula/Subcláusula
report-col-paragraph = Parágrafo/Figura/Tabela
report-col-type = Tipo de comentário
report-col-comments = Comentários
report-col-proposed = Alteração proposta
report-col-observations = Observações da secretaria
report-col-decision = Decisão
report-col-resulting-change = Alteração resultante
report-col-comment-id = ID do comentário
report-col-round = Rodada
report-col-section = Seção
report-col-quote = Trecho
report-col-author-name = Nome do autor
report-col-author-email = E-mail do autor
report-col-organisation = Organização
report-col-category = Categoria
report-col-stance = Posição
report-col-in-reply-to = Em resposta a
report-col-created = Data
report-col-comment-short = Comentário

## O modelo de comentários em branco (`consulta template`)

report-template-title = Modelo para comentários e observações da secretaria
report-template-document = Documento: { $title }
report-template-round = Rodada: { $round }
report-template-not-in-list = Fora da lista
report-template-choose = Escolha { $what } na lista suspensa.
report-template-choose-clause = uma cláusula desta rodada (ver a planilha Clauses)
report-template-choose-category = uma categoria de parte interessada
report-template-choose-type = ge, te ou ed
report-template-choose-stance = support, oppose ou neutral
report-template-section-id = ID da seção
