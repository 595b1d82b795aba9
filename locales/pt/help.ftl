# A ajuda da linha de comando (`consulta --help`, `consulta <comando> --help`) e as palavras
# próprias do clap. Chaves: help-<caminho do comando>[-arg-<argumento>][-long|-after].
# Os exemplos são linhas de comando: seus comandos e opções ficam como estão.

help-consulta = Conduzir uma consulta às partes interessadas sobre uma minuta de marco guardada no git
help-consulta-after =
    Exemplos:
      consulta                              abrir a TUI na consulta daqui (ou na de exemplo)
      consulta demo /tmp/sample             criar a consulta de exemplo como repositório git
      consulta --repo /tmp/sample sections  listar suas seções
      consulta whoami --name "Ana Pérez" --email ana@uni.example --organisation "Universidad X" \
                      --category higher-education --country UY
      consulta comment add --section quality-assurance --quote "at least 25 hours" --type te \
                      --body "Rígido demais para módulos curtos." --propose "uma carga horária declarada"

    Código de saída: 0 sucesso, 1 um problema que você pode corrigir (a mensagem diz qual e onde), 2 uso.
help-consulta-arg-repo = A pasta da consulta (padrão: o repositório git que contém a pasta atual)
help-consulta-arg-lang = O idioma de tudo o que este comando mostra: mensagens, relatórios e, quando o marco tem várias versões linguísticas, o texto (en, es, fr, pt)

help-init = Iniciar uma consulta nova em PASTA (padrão: aqui)
help-init-after =
    Exemplo:
      consulta init marco --title "Marco regional de padrões mínimos para microcredenciais"

    Você se torna a secretaria dela (seu user.email do git fica em drafts/consultation.json).
help-init-arg-dir = A pasta onde iniciá-la (padrão: aqui)
help-init-arg-title = O título da consulta
help-init-arg-languages = Os idiomas do marco, primeiro o do texto principal: en,es,pt,fr

help-demo = Criar em PASTA a consulta de exemplo (duas rodadas, comentários, decisões), ou uma sintética grande com --sections/--comments
help-demo-after =
    Exemplos:
      consulta demo /tmp/sample
      consulta demo /tmp/big --sections 200 --comments 100000 --seed 7
help-demo-arg-dir = A pasta onde criá-la
help-demo-arg-sections = Número de seções de uma consulta sintética
help-demo-arg-comments = Número de comentários de uma consulta sintética
help-demo-arg-seed = Semente de uma consulta sintética (mesma semente, mesmo repositório)

help-whoami = Mostrar ou definir quem você é: user.name e user.email do git, mais consulta.organisation, consulta.category e consulta.country
help-whoami-after =
    Exemplos:
      consulta whoami
      consulta whoami --organisation "Universidad X" --category higher-education --country UY

    Os valores ficam na configuração git deste repositório (com --global, na sua configuração de usuário).
help-whoami-arg-name = Seu nome (user.name do git)
help-whoami-arg-email = Seu endereço de e-mail (user.email do git)
help-whoami-arg-organisation = Sua organização (consulta.organisation)
help-whoami-arg-category = Um id de categoria da consulta, como higher-education ou employer
help-whoami-arg-country = Código ISO 3166-1 alfa-2, como UY ou BR
help-whoami-arg-signing-key = Assinar cada commit do consulta com este arquivo de chave SSH (privada, ou pública com a metade privada no ssh-agent): define user.signingkey, gpg.format=ssh e commit.gpgsign
help-whoami-arg-language = O idioma em que o consulta fala com você (en, es, fr, pt): guardado como consulta.language na configuração git
help-whoami-arg-global = Guardar na sua configuração git de usuário em vez da deste repositório

help-sections = Listar as seções de uma rodada (padrão: a última rodada)
help-sections-after =
    Exemplos:
      consulta sections
      consulta sections --round round-1
      consulta sections --round draft      (a minuta de trabalho)
help-sections-arg-round = Um nome de rodada, ou `draft` para a minuta de trabalho
help-sections-arg-format = Formato de saída

help-show = Mostrar o texto de uma seção (por id, número ou parte única do título)
help-show-after =
    Exemplos:
      consulta show quality-assurance
      consulta show 6 --round round-1
help-show-arg-section = A seção (id, número ou parte única do título)
help-show-arg-round = Um nome de rodada, ou `draft` para a minuta de trabalho (padrão: a última rodada)

help-diff = Mostrar o que mudou entre duas rodadas (padrão: a última rodada contra a minuta de trabalho, ou as duas últimas rodadas se a minuta não mudou), seção por seção, com os comentários cujas propostas aplicadas produziram cada mudança
help-diff-after =
    Exemplos:
      consulta diff
      consulta diff round-1 round-2
      consulta diff round-2 draft --section quality-assurance --side-by-side
      consulta diff round-1 round-2 --format markdown > mudancas.md
      consulta diff round-1 round-2 --format json

    Sem cor, o que foi removido aparece como [-antes-] e o que foi inserido como {"{"}+novo+{"}"}; usa-se cor quando
    a saída padrão é um terminal e NO_COLOR não está definida.
help-diff-arg-from = A versão anterior: um nome de rodada, ou `draft` para a minuta de trabalho
help-diff-arg-to = A versão posterior (padrão: a minuta de trabalho)
help-diff-arg-section = Só esta seção (id, número ou parte única do título)
help-diff-arg-format = Formato de saída
help-diff-arg-side-by-side = Duas colunas, antes | depois, das linhas alteradas (largura de $COLUMNS, senão a do terminal, senão 120)

help-comment = Adicionar um comentário

help-comment-add = Comentar uma seção ou um trecho dela, propondo uma nova redação se quiser
help-comment-add-after =
    Exemplos:
      consulta comment add --section assessment --type ge --body "Apoiamos a ênfase na integridade."
      consulta comment add --section 6 --quote "simple and affordable" --type te \
          --body "As taxas deveriam ter um teto." --propose "simple, affordable and time-bound" --stance support
      consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "Concordamos."
help-comment-add-arg-section = A seção (id, número ou parte única do título)
help-comment-add-arg-quote = O trecho exato que você comenta, como `consulta show` o mostra (omita para a seção inteira)
help-comment-add-arg-occurrence = Qual ocorrência da citação, quando ela aparece várias vezes (1 = a primeira)
help-comment-add-arg-kind = ge (geral), te (técnico) ou ed (editorial)
help-comment-add-arg-body = Seu comentário
help-comment-add-arg-propose = Redação proposta para o trecho citado
help-comment-add-arg-stance = support (a favor), oppose (contra) ou neutral (neutro)
help-comment-add-arg-reply-to = Responder a outro comentário (o id dele)

help-comments = Listar os comentários, com seus autores, âncoras e decisões
help-comments-after =
    Exemplos:
      consulta comments
      consulta comments --mine --round round-2      (seus comentários, como estão na round-2)
      consulta comments --section assessment --status open
      consulta comments --round round-1 --format json > comentarios.json
help-comments-arg-round = Só os comentários feitos nesta rodada
help-comments-arg-section = Só os comentários sobre esta seção
help-comments-arg-status = Só os comentários com esta decisão: open, accepted, modified, rejected, noted
help-comments-arg-format = Formato de saída
help-comments-arg-mine = Só os seus próprios comentários (seu user.email do git), com as decisões
help-comments-arg-competing = Listar em vez disso os grupos de propostas sobre trechos sobrepostos (mesma rodada e seção)

help-rounds = Listar as rodadas
help-rounds-after =
    Exemplo:
      consulta rounds
help-rounds-arg-format = Formato de saída

help-round = Abrir uma rodada, ou desfazer uma aberta cedo demais

help-round-open = Marcar o commit atual como a próxima rodada submetida à consulta
help-round-open-after =
    Exemplo:
      consulta round open round-2 --message "Minuta revisada após a primeira consulta"
help-round-open-arg-name = O nome da nova rodada, como round-2
help-round-open-arg-message = A mensagem da tag da rodada

help-round-undo = Desfazer a última rodada, aberta cedo demais, enquanto ninguém a comentou: a tag dela é apagada; as minutas e seus commits ficam
help-round-undo-after =
    Exemplos:
      consulta round undo
      consulta round undo round-3      (recusado a menos que round-3 seja a última rodada)

    Depois altere as minutas, faça commit e abra-a de novo com `consulta round open round-3`.
help-round-undo-arg-name = O nome da última rodada (para conferir que você desfaz a rodada certa)

help-respond = A decisão da secretaria sobre um comentário
help-respond-after =
    Exemplo:
      consulta respond 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --status modified --observations "De acordo no mérito; reescrito em 5.2."
help-respond-arg-id = O id do comentário
help-respond-arg-status = accepted (aceito), modified (aceito com modificações), rejected (não aceito) ou noted (registrado)
help-respond-arg-observations = As observações da secretaria, publicadas na tabela de decisões

help-apply = Aplicar propostas aceitas à minuta de trabalho, com um commit para cada uma indicando a autoria
help-apply-after =
    Exemplos:
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --text "a redação da secretaria"
help-apply-arg-ids = Os ids dos comentários cujas propostas aplicar
help-apply-arg-text = A redação a aplicar em vez da proposta (para decisões "aceito com modificações")

help-check = Validar cada arquivo: JSON, campos, ids, âncoras, respostas, decisões
help-check-after =
    Exemplo:
      consulta check && echo válido

help-verify = Provar que cada arquivo de comentário é o que o autor enviou: byte a byte o que continha o commit que o adicionou, e que o autor desse commit é o do comentário
help-verify-after =
    Exemplo:
      consulta verify && echo "cada comentário está como foi enviado"

help-register = Adicionar a chave SSH de um participante ao registro (drafts/participants), ou revogar as chaves dele (secretaria); cada mudança é um commit
help-register-after =
    Exemplos:
      consulta register ana@uni.example --key ana.pub --name "Ana Pérez" \
          --organisation "Universidad X" --category higher-education --country UY
      consulta register --revoke ana@uni.example

    O registro está no formato allowed-signers do git: `git -c gpg.ssh.allowedSignersFile=drafts/participants log --show-signature` confere as assinaturas com ele.
help-register-arg-email = O endereço de e-mail do participante (o user.email do git dele)
help-register-arg-revoke = Revogar todas as chaves de EMAIL em vez de adicionar uma
help-register-arg-key = A chave pública: um arquivo .pub, ou a linha que `consulta whoami` mostrou ao participante
help-register-arg-name = O nome do participante
help-register-arg-organisation = A organização do participante
help-register-arg-category = Um id de categoria da consulta, como higher-education ou employer
help-register-arg-country = Código ISO 3166-1 alfa-2, como UY ou BR

help-merge = Buscar os ramos das partes interessadas e incorporar as contribuições válidas (cada uma só pode adicionar arquivos de comentário bem formados dos autores dos seus commits); recusar as outras inteiras
help-merge-after =
    Exemplos:
      consulta merge                 (todos os ramos do remoto origin)
      consulta merge origin upstream
      consulta merge contrib/ana      (um ramo local)
      consulta merge https://git.example.org/ana/consultation.git

    Os ramos buscados ficam em refs/consulta/incoming/<remoto>/. Código de saída 1 quando uma
    contribuição é recusada; as válidas são incorporadas mesmo assim.
help-merge-arg-sources = Nomes de remotos, URLs ou caminhos de repositórios, ou nomes de ramos locais (padrão: origin)

help-join = Participar de uma consulta: copiá-la de URL para PASTA, dizer quem você é e ter um ramo próprio para os seus comentários; depois a TUI abre na minuta
help-join-after =
    Exemplos:
      consulta join https://git.example.org/institute/framework.git
      consulta join /mnt/shared/framework.git marco --name "Ana Pérez" --email ana@uni.example \
          --organisation "Universidad X" --category higher-education --country UY --no-tui

    Depois comente (c na TUI, ou `consulta comment add`) e envie (S na TUI, ou `consulta sync`;
    `consulta send -o ARQUIVO` quando não puder fazer push).
help-join-arg-url = O endereço da consulta, como a secretaria o informa (https, ssh ou uma pasta)
help-join-arg-dir = Onde colocá-la (padrão: a última parte do endereço)
help-join-arg-name = Seu nome (user.name do git)
help-join-arg-email = Seu endereço de e-mail (user.email do git)
help-join-arg-organisation = Sua organização (consulta.organisation)
help-join-arg-category = Um id de categoria da consulta, como higher-education ou employer
help-join-arg-country = Código ISO 3166-1 alfa-2, como UY ou BR
help-join-arg-no-tui = Parar depois de preparar a pasta (também quando não há terminal)

help-send = Gravar seus comentários num arquivo (um pacote do git) para enviar por e-mail, quando você não pode fazer push; a secretaria o incorpora com `consulta merge ARQUIVO`
help-send-after =
    Exemplo:
      consulta send -o meus-comentarios.bundle

    O arquivo contém só os seus commits que faltam na consulta; eles são conferidos antes com
    as regras que a incorporação da secretaria aplica.
help-send-arg-output = O arquivo a gravar

help-sync = Buscar do remoto e fazer push: a secretaria envia seu ramo e as tags das rodadas, uma parte interessada o seu próprio ramo
help-sync-after =
    Exemplos:
      consulta sync
      consulta sync upstream

    As partes interessadas trabalham no próprio ramo (`git switch -c contrib/ana`). Remotos https e ssh
    passam pelo comando `git`, com seu gerenciador de credenciais, seu agente ssh e ~/.ssh/config.
    `git config consulta.transport git` faz todos os remotos passarem pelo `git`.
help-sync-arg-remote = O nome do remoto

help-summary = O resumo da consulta: participação, comentários por seção, a tabela de decisões, "vocês disseram, nós fizemos", campanhas e o que continua aberto
help-summary-after =
    Exemplos:
      consulta summary > resumo.md
      consulta summary --format html -o resumo.html
      consulta summary --round round-1 --format json
      consulta summary --format csv -o decisoes.csv
      consulta summary --format xlsx -o decisoes.xlsx     (a tabela de decisões como pasta de trabalho do Excel)
help-summary-arg-round = Só os comentários feitos nesta rodada, e as mudanças dela para a rodada seguinte (ou para a minuta de trabalho). Padrão: todos os comentários até a última rodada
help-summary-arg-format = Formato de saída
help-summary-arg-format-value-xlsx = A tabela de decisões como pasta de trabalho do Excel (requer -o ARQUIVO, ou um pipe)
help-summary-arg-output = Gravar em ARQUIVO (de forma atômica) em vez da saída padrão

help-export = Exportar os comentários: a tabela de decisões ISO (CSV ou uma pasta de trabalho do Excel), anotações web do W3C (JSON-LD) ou JSON
help-export-after =
    Exemplos:
      consulta export --format iso-csv -o decisoes.csv
      consulta export --format xlsx -o comentarios.xlsx
      consulta export --format w3c --base https://git.example.org/framework/raw/ > anotacoes.jsonld
      consulta export --format json > comentarios.json
help-export-arg-format = Formato de saída
help-export-arg-format-value-iso-csv = A tabela de decisões nas colunas do modelo de comentários ISO/IEC (CSV)
help-export-arg-format-value-w3c = Anotações web do W3C: uma AnnotationCollection (JSON-LD)
help-export-arg-format-value-json = Cada comentário com sua decisão (JSON)
help-export-arg-format-value-xlsx = A tabela de decisões como pasta de trabalho do Excel, para enviar às partes interessadas como modelo e importar de novo (requer -o ARQUIVO, ou um pipe)
help-export-arg-output = Gravar em ARQUIVO (de forma atômica) em vez da saída padrão
help-export-arg-base = w3c: o IRI absoluto do qual pendem o id da coleção e os arquivos de seção (<IRI><rodada>/drafts/<arquivo>), como https://git.example.org/framework/raw/. Padrão: `base` em drafts/consultation.json, senão o endereço de arquivos brutos do remoto origin no GitHub, GitLab, Gitea, Forgejo ou Bitbucket, senão urn:consulta:<primeiro commit>:

help-import = Importar uma minuta revisada (Markdown) ou comentários (planilha do modelo ISO)

help-import-comments = Importar comentários de um modelo de comentários ISO/IEC: uma pasta de trabalho (.xlsx, .xls, .ods) ou CSV como os programas de planilha o salvam
help-import-comments-after =
    Exemplos:
      consulta import comments respostas-uy.xlsx
      consulta import comments respostas-br.csv
      consulta import comments livro.ods --sheet "Comentarios"
      consulta import comments antigo.csv --encoding iso-8859-1
      consulta import comments planilha.csv --author-name "Comité UY" --author-email comite@unit.example \
          --organisation "Comité UY" --category government --country UY
      consulta import comments planilha.csv --partial

    Lê-se a primeira planilha da pasta de trabalho com uma coluna Comments (ou --sheet); o CSV pode ser separado
    por vírgulas, ponto e vírgula ou tabulações e codificado em UTF-8, UTF-16 (com marca de ordem de bytes) ou
    Windows-1252, tudo detectado (ou --encoding); as linhas acima da linha de cabeçalhos são ignoradas.

    Colunas: MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment,
    Comments, Proposed change (cabeçalhos sem diferenciar maiúsculas, também em espanhol, português
    e francês), mais as próprias do consulta: Comment id,
    Round, Section, Quote, Author name, Author email, Organisation, Category, Stance, In reply to,
    Created (como `consulta export --format iso-csv|xlsx` as grava). As linhas que não podem ser situadas
    são listadas por planilha, linha e coluna, e nada é importado, a não ser com --partial. Os comentários de
    cada autor entram num commit desse autor, com um trailer Imported-by que nomeia você.
help-import-comments-arg-file = A planilha (.xlsx, .xls, .ods ou .csv)
help-import-comments-arg-partial = Importar as linhas corretas mesmo quando outras não estão
help-import-comments-arg-author-name = Nome do autor para as linhas sem um
help-import-comments-arg-author-email = E-mail do autor para as linhas sem um
help-import-comments-arg-organisation = Organização para as linhas sem uma
help-import-comments-arg-category = Categoria de parte interessada para as linhas sem uma
help-import-comments-arg-country = Código de país para as linhas sem MB/NC
help-import-comments-arg-sheet = A planilha da pasta de trabalho a ler (padrão: a primeira com uma coluna Comments)
help-import-comments-arg-encoding = A codificação de um arquivo CSV, como utf-8, windows-1252, iso-8859-1 ou utf-16le (padrão: detectada)

help-import-draft = Importar um documento Markdown inteiro como minuta, dividido em seções pelos seus títulos; as seções mantêm seus ids entre importações
help-import-draft-after =
    Exemplos:
      consulta import draft marco-v1.md --round round-1
      consulta import draft marco-v2.md --round round-2      (ids e comentários são mantidos)
      consulta import draft norma.md --level 2

    As seções são associadas às existentes pelo título, depois pela semelhança do texto (índice
    de Jaccard dos conjuntos de palavras >= 0,5), assim uma seção renomeada ou renumerada mantém seu id.
help-import-draft-arg-file = O documento Markdown
help-import-draft-arg-round = Abrir esta rodada sobre a minuta importada (uma tag anotada)
help-import-draft-arg-level = Nível de título em que dividir (padrão: o mais alto que aparece mais de uma vez)

help-template = Gravar um modelo ISO de comentários em branco (.xlsx) para uma rodada, para enviar às partes interessadas: sua coluna Clause/Subclause oferece as cláusulas da rodada numa lista suspensa
help-template-after =
    Exemplos:
      consulta template -o comentarios-round-2.xlsx
      consulta template --round round-1 -o comentarios-round-1.xlsx

    As partes interessadas o preenchem no Excel ou no LibreOffice e o devolvem; a secretaria o importa
    com `consulta import comments ARQUIVO.xlsx`.
help-template-arg-output = A pasta de trabalho a gravar (.xlsx)
help-template-arg-round = A rodada cujas seções e cláusulas o modelo oferece (padrão: a última rodada; `draft` para a minuta de trabalho)

help-completions = Mostrar os autocompletar do shell
help-completions-after =
    Exemplo:
      consulta completions bash > ~/.local/share/bash-completion/completions/consulta
help-completions-arg-shell = O shell para o qual gravá-los

## As palavras próprias do clap: títulos da ajuda, as opções de ajuda e versão, o comando help.
help-heading-usage = Uso:
help-heading-commands = Comandos:
help-heading-arguments = Argumentos:
help-heading-options = Opções:
# Na linha de uso: [OPÇÕES], <COMANDO>.
help-usage-options = OPÇÕES
help-usage-command = COMANDO
# Nomes dos valores na ajuda e na linha de uso (`--output <ARQUIVO>`); os textos acima também os citam.
help-value-author-email = EMAIL_AUTOR
help-value-author-name = NOME_AUTOR
help-value-body = COMENTÁRIO
help-value-category = CATEGORIA
help-value-comments = COMENTÁRIOS
help-value-country = PAÍS
help-value-dir = PASTA
help-value-email = EMAIL
help-value-file = ARQUIVO
help-value-format = FORMATO
help-value-from = DE
help-value-id = ID
help-value-ids = IDS
help-value-iri = IRI
help-value-key-file = ARQUIVO_CHAVE
help-value-lang = IDIOMA
help-value-langs = IDIOMAS
help-value-message = MENSAGEM
help-value-n = N
help-value-name = NOME
help-value-observations = OBSERVAÇÕES
help-value-occurrence = OCORRÊNCIA
help-value-organisation = ORGANIZAÇÃO
help-value-pubkey-file = ARQUIVO_CHAVE_PUB
help-value-quote = CITAÇÃO
help-value-remote = REMOTO
help-value-remote-or-branch = REMOTO-OU-RAMO
help-value-round = RODADA
help-value-section = SEÇÃO
help-value-sections = SEÇÕES
help-value-seed = SEMENTE
help-value-shell = SHELL
help-value-stance = POSIÇÃO
help-value-status = DECISÃO
help-value-text = TEXTO
help-value-title = TÍTULO
help-value-to = ATÉ
help-value-url = URL
help-flag-help = Mostrar a ajuda
help-flag-help-more = Mostrar a ajuda (mais detalhes com '--help')
help-flag-help-summary = Mostrar a ajuda (um resumo com '-h')
help-flag-version = Mostrar a versão
help-subcommand-help = Mostrar esta mensagem ou a ajuda dos comandos indicados
help-subcommand-help-arg = Mostrar a ajuda dos comandos
help-default = [padrão: { $value }]
help-possible-values = [valores possíveis: { $list }]
help-possible-values-heading = Valores possíveis:

## Erros da linha de comando.
help-error = erro:
help-error-more = Para mais informações, tente '{ $flag }'.
help-error-unknown-argument = argumento inesperado '{ $arg }'
help-error-unknown-subcommand = comando desconhecido '{ $name }'
help-error-missing-arguments =
    { $count ->
        [one] falta o seguinte argumento obrigatório:
       *[other] faltam os seguintes argumentos obrigatórios:
    }
help-error-missing-subcommand = '{ $name }' precisa de um comando, mas nenhum foi dado
help-error-value-missing = '{ $arg }' precisa de um valor, mas nenhum foi dado
help-error-invalid-value = valor inválido '{ $value }' para '{ $arg }'
help-error-repeated = o argumento '{ $arg }' não pode ser usado mais de uma vez
help-error-conflict = o argumento '{ $arg }' não pode ser usado com { $other }
help-error-possible-values = valores possíveis: { $list }
help-error-subcommands = comandos: { $list }
help-error-tip = dica:
help-error-similar-subcommand =
    { $count ->
        [one] existe um comando parecido: { $names }
       *[other] existem comandos parecidos: { $names }
    }
help-error-similar-argument =
    { $count ->
        [one] existe um argumento parecido: { $names }
       *[other] existem argumentos parecidos: { $names }
    }
help-error-similar-value =
    { $count ->
        [one] existe um valor parecido: { $names }
       *[other] existem valores parecidos: { $names }
    }
help-error-tip-value = para passar '{ $arg }' como valor, use '{ $usage }'
help-error-tip-dash = o comando '{ $name }' existe; para usá-lo, tire o '--' antes dele
help-error-tip-exists = '{ $what }' existe
