# L'aide de la ligne de commande (`consulta --help`, `consulta <commande> --help`) et les mots
# propres à clap. Clés : help-<chemin de la commande>[-arg-<argument>][-long|-after].
# Les exemples sont des lignes de commande : leurs commandes et options restent telles quelles.

help-consulta = Mener une consultation des parties prenantes sur un projet de cadre conservé dans git
help-consulta-after =
    Exemples :
      consulta                              ouvrir la TUI sur la consultation d'ici (ou celle d'exemple)
      consulta demo /tmp/sample             créer la consultation d'exemple comme dépôt git
      consulta --repo /tmp/sample sections  lister ses sections
      consulta whoami --name "Ana Pérez" --email ana@uni.example --organisation "Universidad X" \
                      --category higher-education --country UY
      consulta comment add --section quality-assurance --quote "at least 25 hours" --type te \
                      --body "Trop rigide pour des modules courts." --propose "une charge de travail déclarée"

    Code de sortie : 0 succès, 1 un problème que vous pouvez corriger (le message dit lequel et où), 2 usage.
help-consulta-arg-repo = Le dossier de la consultation (par défaut : le dépôt git qui contient le dossier courant)
help-consulta-arg-lang = La langue de tout ce qu'affiche cette commande : messages, rapports et, quand le cadre a plusieurs versions linguistiques, le texte (en, es, fr, pt)

help-init = Commencer une nouvelle consultation dans DOSSIER (par défaut : ici)
help-init-after =
    Exemple :
      consulta init cadre --title "Cadre régional de normes minimales pour les microcertifications"

    Vous en devenez le secrétariat (votre user.email git figure dans drafts/consultation.json).
help-init-arg-dir = Le dossier où la commencer (par défaut : ici)
help-init-arg-title = Le titre de la consultation
help-init-arg-languages = Les langues du cadre, celle du texte de référence d'abord : en,es,pt,fr

help-demo = Créer dans DOSSIER la consultation d'exemple (deux cycles, des commentaires, des décisions), ou une grande consultation synthétique avec --sections/--comments
help-demo-after =
    Exemples :
      consulta demo /tmp/sample
      consulta demo /tmp/big --sections 200 --comments 100000 --seed 7
help-demo-arg-dir = Le dossier où la créer
help-demo-arg-sections = Nombre de sections d'une consultation synthétique
help-demo-arg-comments = Nombre de commentaires d'une consultation synthétique
help-demo-arg-seed = Graine d'une consultation synthétique (même graine, même dépôt)

help-whoami = Afficher ou définir qui vous êtes : user.name et user.email de git, plus consulta.organisation, consulta.category et consulta.country
help-whoami-after =
    Exemples :
      consulta whoami
      consulta whoami --organisation "Universidad X" --category higher-education --country UY

    Les valeurs sont enregistrées dans la configuration git de ce dépôt (avec --global, dans votre configuration d'utilisateur).
help-whoami-arg-name = Votre nom (user.name de git)
help-whoami-arg-email = Votre adresse e-mail (user.email de git)
help-whoami-arg-organisation = Votre organisation (consulta.organisation)
help-whoami-arg-category = Un id de catégorie de la consultation, comme higher-education ou employer
help-whoami-arg-country = Code ISO 3166-1 alpha-2, comme UY ou BR
help-whoami-arg-signing-key = Signer chaque commit de consulta avec ce fichier de clé SSH (privée, ou publique avec sa moitié privée dans ssh-agent) : définit user.signingkey, gpg.format=ssh et commit.gpgsign
help-whoami-arg-language = La langue dans laquelle consulta vous parle (en, es, fr, pt) : enregistrée comme consulta.language dans la configuration git
help-whoami-arg-global = Enregistrer dans votre configuration git d'utilisateur au lieu de celle de ce dépôt

help-sections = Lister les sections d'un cycle (par défaut : le dernier cycle)
help-sections-after =
    Exemples :
      consulta sections
      consulta sections --round round-1
      consulta sections --round draft      (le projet de travail)
help-sections-arg-round = Un nom de cycle, ou `draft` pour le projet de travail
help-sections-arg-format = Format de sortie

help-show = Afficher le texte d'une section (par id, numéro ou partie unique du titre)
help-show-after =
    Exemples :
      consulta show quality-assurance
      consulta show 6 --round round-1
help-show-arg-section = La section (id, numéro ou partie unique du titre)
help-show-arg-round = Un nom de cycle, ou `draft` pour le projet de travail (par défaut : le dernier cycle)

help-diff = Montrer ce qui a changé entre deux cycles (par défaut : le dernier cycle face au projet de travail, ou les deux derniers cycles si le projet n'a pas changé), section par section, avec les commentaires dont les propositions appliquées ont produit chaque changement
help-diff-after =
    Exemples :
      consulta diff
      consulta diff round-1 round-2
      consulta diff round-2 draft --section quality-assurance --side-by-side
      consulta diff round-1 round-2 --format markdown > changements.md
      consulta diff round-1 round-2 --format json

    Sans couleur, les suppressions s'affichent comme [-ancien-] et les ajouts comme {"{"}+nouveau+{"}"} ; la couleur
    est utilisée quand la sortie standard est un terminal et que NO_COLOR n'est pas défini.
help-diff-arg-from = La version antérieure : un nom de cycle, ou `draft` pour le projet de travail
help-diff-arg-to = La version postérieure (par défaut : le projet de travail)
help-diff-arg-section = Seulement cette section (id, numéro ou partie unique du titre)
help-diff-arg-format = Format de sortie
help-diff-arg-side-by-side = Deux colonnes, avant | après, des lignes modifiées (largeur de $COLUMNS, sinon celle du terminal, sinon 120)

help-comment = Ajouter un commentaire

help-comment-add = Commenter une section ou un passage de celle-ci, en proposant si vous le souhaitez une nouvelle formulation
help-comment-add-after =
    Exemples :
      consulta comment add --section assessment --type ge --body "Nous saluons l'accent mis sur l'intégrité."
      consulta comment add --section 6 --quote "simple and affordable" --type te \
          --body "Les frais devraient être plafonnés." --propose "simple, affordable and time-bound" --stance support
      consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "Nous sommes d'accord."
help-comment-add-arg-section = La section (id, numéro ou partie unique du titre)
help-comment-add-arg-quote = Le passage exact que vous commentez, tel que `consulta show` l'affiche (omettez-le pour toute la section)
help-comment-add-arg-occurrence = Quelle occurrence de la citation, quand elle apparaît plusieurs fois (1 = la première)
help-comment-add-arg-kind = ge (général), te (technique) ou ed (rédactionnel)
help-comment-add-arg-body = Votre commentaire
help-comment-add-arg-propose = Formulation proposée pour le passage cité
help-comment-add-arg-stance = support (pour), oppose (contre) ou neutral (neutre)
help-comment-add-arg-reply-to = Répondre à un autre commentaire (son id)

help-comments = Lister les commentaires, avec leurs auteurs, leurs ancres et leurs décisions
help-comments-after =
    Exemples :
      consulta comments
      consulta comments --mine --round round-2      (vos commentaires, tels qu'ils sont dans round-2)
      consulta comments --section assessment --status open
      consulta comments --round round-1 --format json > commentaires.json
help-comments-arg-round = Seulement les commentaires faits sur ce cycle
help-comments-arg-section = Seulement les commentaires sur cette section
help-comments-arg-status = Seulement les commentaires avec cette décision : open, accepted, modified, rejected, noted
help-comments-arg-format = Format de sortie
help-comments-arg-mine = Seulement vos propres commentaires (votre user.email git), avec leurs décisions
help-comments-arg-competing = Lister plutôt les groupes de propositions sur des passages qui se chevauchent (même cycle et même section)

help-rounds = Lister les cycles
help-rounds-after =
    Exemple :
      consulta rounds
help-rounds-arg-format = Format de sortie

help-round = Ouvrir un cycle, ou retirer un cycle ouvert trop tôt

help-round-open = Étiqueter le commit courant comme le prochain cycle soumis à la consultation
help-round-open-after =
    Exemple :
      consulta round open round-2 --message "Projet révisé après la première consultation"
help-round-open-arg-name = Le nom du nouveau cycle, comme round-2
help-round-open-arg-message = Le message de l'étiquette du cycle

help-round-undo = Retirer le dernier cycle, ouvert trop tôt, tant que personne ne l'a commenté : son étiquette est supprimée ; les projets et leurs commits restent
help-round-undo-after =
    Exemples :
      consulta round undo
      consulta round undo round-3      (refusé sauf si round-3 est le dernier cycle)

    Ensuite modifiez les projets, faites un commit et rouvrez-le avec `consulta round open round-3`.
help-round-undo-arg-name = Le nom du dernier cycle (pour vérifier que vous retirez le bon cycle)

help-respond = La décision du secrétariat sur un commentaire
help-respond-after =
    Exemple :
      consulta respond 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --status modified --observations "D'accord sur le fond ; reformulé en 5.2."
help-respond-arg-id = L'id du commentaire
help-respond-arg-status = accepted (accepté), modified (accepté avec modifications), rejected (non accepté) ou noted (pris en compte)
help-respond-arg-observations = Les observations du secrétariat, publiées dans le tableau des décisions

help-apply = Appliquer des propositions acceptées au projet de travail, chacune dans un commit qui en indique l'auteur
help-apply-after =
    Exemples :
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --text "la formulation du secrétariat"
help-apply-arg-ids = Les ids des commentaires dont appliquer les propositions
help-apply-arg-text = La formulation à appliquer au lieu de la proposition (pour les décisions « accepté avec modifications »)

help-check = Valider chaque fichier : JSON, champs, ids, ancres, réponses, décisions
help-check-after =
    Exemple :
      consulta check && echo valide

help-verify = Prouver que chaque fichier de commentaire est ce que son auteur a soumis : octet pour octet ce que contenait le commit qui l'a ajouté, et que l'auteur de ce commit est celui du commentaire
help-verify-after =
    Exemple :
      consulta verify && echo "chaque commentaire est tel que soumis"

help-register = Ajouter la clé SSH d'un participant au registre (drafts/participants), ou révoquer ses clés (secrétariat) ; chaque changement est un commit
help-register-after =
    Exemples :
      consulta register ana@uni.example --key ana.pub --name "Ana Pérez" \
          --organisation "Universidad X" --category higher-education --country UY
      consulta register --revoke ana@uni.example

    Le registre est au format allowed-signers de git : `git -c gpg.ssh.allowedSignersFile=drafts/participants log --show-signature` vérifie les signatures avec lui.
help-register-arg-email = L'adresse e-mail du participant (son user.email git)
help-register-arg-revoke = Révoquer toutes les clés d'EMAIL au lieu d'en ajouter une
help-register-arg-key = Sa clé publique : un fichier .pub, ou la ligne que `consulta whoami` lui a affichée
help-register-arg-name = Le nom du participant
help-register-arg-organisation = L'organisation du participant
help-register-arg-category = Un id de catégorie de la consultation, comme higher-education ou employer
help-register-arg-country = Code ISO 3166-1 alpha-2, comme UY ou BR

help-merge = Récupérer les branches des parties prenantes et intégrer les contributions valides (chacune ne peut ajouter que des fichiers de commentaire bien formés des auteurs de ses commits) ; refuser les autres en entier
help-merge-after =
    Exemples :
      consulta merge                 (toutes les branches du dépôt distant origin)
      consulta merge origin upstream
      consulta merge contrib/ana      (une branche locale)
      consulta merge https://git.example.org/ana/consultation.git

    Les branches récupérées sont gardées sous refs/consulta/incoming/<distant>/. Code de sortie 1 quand
    une contribution est refusée ; les valides sont intégrées quand même.
help-merge-arg-sources = Noms de dépôts distants, URL ou chemins de dépôts, ou noms de branches locales (par défaut : origin)

help-join = Participer à une consultation : la copier depuis URL dans DOSSIER, dire qui vous êtes et avoir votre propre branche pour vos commentaires ; puis la TUI s'ouvre sur le projet
help-join-after =
    Exemples :
      consulta join https://git.example.org/institute/framework.git
      consulta join /mnt/shared/framework.git cadre --name "Ana Pérez" --email ana@uni.example \
          --organisation "Universidad X" --category higher-education --country UY --no-tui

    Ensuite commentez (c dans la TUI, ou `consulta comment add`) et envoyez (S dans la TUI, ou `consulta sync` ;
    `consulta send -o FICHIER` quand vous ne pouvez pas faire de push).
help-join-arg-url = L'adresse de la consultation, telle que le secrétariat la donne (https, ssh ou un dossier)
help-join-arg-dir = Où la mettre (par défaut : la dernière partie de l'adresse)
help-join-arg-name = Votre nom (user.name de git)
help-join-arg-email = Votre adresse e-mail (user.email de git)
help-join-arg-organisation = Votre organisation (consulta.organisation)
help-join-arg-category = Un id de catégorie de la consultation, comme higher-education ou employer
help-join-arg-country = Code ISO 3166-1 alpha-2, comme UY ou BR
help-join-arg-no-tui = S'arrêter après avoir préparé le dossier (aussi quand il n'y a pas de terminal)

help-send = Écrire vos commentaires dans un fichier (un paquet git) à envoyer par e-mail, quand vous ne pouvez pas faire de push ; le secrétariat l'intègre avec `consulta merge FICHIER`
help-send-after =
    Exemple :
      consulta send -o mes-commentaires.bundle

    Le fichier ne contient que vos commits qui manquent à la consultation ; ils sont d'abord vérifiés
    avec les règles qu'applique l'intégration du secrétariat.
help-send-arg-output = Le fichier à écrire

help-sync = Récupérer depuis le dépôt distant et faire un push : le secrétariat pousse sa branche et les étiquettes des cycles, une partie prenante sa propre branche
help-sync-after =
    Exemples :
      consulta sync
      consulta sync upstream

    Les parties prenantes travaillent sur leur propre branche (`git switch -c contrib/ana`). Les dépôts distants https et ssh
    passent par la commande `git`, avec votre gestionnaire d'identifiants, votre agent ssh et ~/.ssh/config.
    `git config consulta.transport git` fait passer tous les dépôts distants par `git`.
help-sync-arg-remote = Le nom du dépôt distant

help-summary = La synthèse de la consultation : participation, commentaires par section, le tableau des décisions, « vous avez dit, nous avons fait », campagnes et ce qui reste ouvert
help-summary-after =
    Exemples :
      consulta summary > synthese.md
      consulta summary --format html -o synthese.html
      consulta summary --round round-1 --format json
      consulta summary --format csv -o decisions.csv
      consulta summary --format xlsx -o decisions.xlsx     (le tableau des décisions comme classeur)
help-summary-arg-round = Seulement les commentaires faits sur ce cycle, et les changements de ce cycle au suivant (ou au projet de travail). Par défaut : tous les commentaires jusqu'au dernier cycle
help-summary-arg-format = Format de sortie
help-summary-arg-format-value-xlsx = Le tableau des décisions comme classeur Excel (demande -o FICHIER, ou un tube)
help-summary-arg-output = Écrire dans FICHIER (de façon atomique) au lieu de la sortie standard

help-export = Exporter les commentaires : le tableau des décisions ISO (CSV ou un classeur Excel), des annotations web du W3C (JSON-LD) ou du JSON
help-export-after =
    Exemples :
      consulta export --format iso-csv -o decisions.csv
      consulta export --format xlsx -o commentaires.xlsx
      consulta export --format w3c --base https://git.example.org/framework/raw/ > annotations.jsonld
      consulta export --format json > commentaires.json
help-export-arg-format = Format de sortie
help-export-arg-format-value-iso-csv = Le tableau des décisions dans les colonnes du modèle de commentaires ISO/IEC (CSV)
help-export-arg-format-value-w3c = Annotations web du W3C : une AnnotationCollection (JSON-LD)
help-export-arg-format-value-json = Chaque commentaire avec sa décision (JSON)
help-export-arg-format-value-xlsx = Le tableau des décisions comme classeur Excel, à envoyer aux parties prenantes comme modèle puis à réimporter (demande -o FICHIER, ou un tube)
help-export-arg-output = Écrire dans FICHIER (de façon atomique) au lieu de la sortie standard
help-export-arg-base = w3c : l'IRI absolu auquel se rattachent l'id de la collection et les fichiers de section (<IRI><cycle>/drafts/<fichier>), comme https://git.example.org/framework/raw/. Par défaut : `base` dans drafts/consultation.json, sinon l'adresse des fichiers bruts du dépôt distant origin sur GitHub, GitLab, Gitea, Forgejo ou Bitbucket, sinon urn:consulta:<premier commit>:

help-import = Importer un projet révisé (Markdown) ou des commentaires (tableur du modèle ISO)

help-import-comments = Importer des commentaires depuis un modèle de commentaires ISO/IEC : un classeur (.xlsx, .xls, .ods) ou un CSV tel que les tableurs l'enregistrent
help-import-comments-after =
    Exemples :
      consulta import comments reponses-uy.xlsx
      consulta import comments reponses-br.csv
      consulta import comments classeur.ods --sheet "Comentarios"
      consulta import comments ancien.csv --encoding iso-8859-1
      consulta import comments feuille.csv --author-name "Comité UY" --author-email comite@unit.example \
          --organisation "Comité UY" --category government --country UY
      consulta import comments feuille.csv --partial

    La première feuille du classeur avec une colonne Comments est lue (ou --sheet) ; le CSV peut être séparé
    par des virgules, des points-virgules ou des tabulations et encodé en UTF-8, UTF-16 (avec indicateur d'ordre des octets) ou
    Windows-1252, le tout détecté (ou --encoding) ; les lignes au-dessus de la ligne d'en-têtes sont ignorées.

    Colonnes : MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment,
    Comments, Proposed change (en-têtes reconnus sans tenir compte de la casse, aussi en espagnol, portugais
    et français), plus celles de consulta : Comment id,
    Round, Section, Quote, Author name, Author email, Organisation, Category, Stance, In reply to,
    Created (telles que `consulta export --format iso-csv|xlsx` les écrit). Les lignes qui ne peuvent pas être placées
    sont listées par feuille, ligne et colonne, et rien n'est importé, sauf avec --partial. Les commentaires de
    chaque auteur font un commit de cet auteur, avec un trailer Imported-by qui vous nomme.
help-import-comments-arg-file = Le tableur (.xlsx, .xls, .ods ou .csv)
help-import-comments-arg-partial = Importer les lignes correctes même quand d'autres ne le sont pas
help-import-comments-arg-author-name = Nom de l'auteur pour les lignes qui n'en ont pas
help-import-comments-arg-author-email = E-mail de l'auteur pour les lignes qui n'en ont pas
help-import-comments-arg-organisation = Organisation pour les lignes qui n'en ont pas
help-import-comments-arg-category = Catégorie de partie prenante pour les lignes qui n'en ont pas
help-import-comments-arg-country = Code de pays pour les lignes sans MB/NC
help-import-comments-arg-sheet = La feuille du classeur à lire (par défaut : la première avec une colonne Comments)
help-import-comments-arg-encoding = L'encodage d'un fichier CSV, comme utf-8, windows-1252, iso-8859-1 ou utf-16le (par défaut : détecté)

help-import-draft = Importer un document Markdown entier comme projet, découpé en sections selon ses titres ; les sections gardent leurs ids d'une importation à l'autre
help-import-draft-after =
    Exemples :
      consulta import draft cadre-v1.md --round round-1
      consulta import draft cadre-v2.md --round round-2      (ids et commentaires sont conservés)
      consulta import draft norme.md --level 2

    Les sections sont rapprochées des existantes par titre, puis par similarité du texte (indice
    de Jaccard des ensembles de mots >= 0,5) : une section renommée ou renumérotée garde son id.
help-import-draft-arg-file = Le document Markdown
help-import-draft-arg-round = Ouvrir ce cycle sur le projet importé (une étiquette annotée)
help-import-draft-arg-level = Niveau de titre auquel découper (par défaut : le plus haut qui apparaît plus d'une fois)

help-template = Écrire un modèle ISO de commentaires vierge (.xlsx) pour un cycle, à envoyer aux parties prenantes : sa colonne Clause/Subclause propose les clauses du cycle dans une liste déroulante
help-template-after =
    Exemples :
      consulta template -o commentaires-round-2.xlsx
      consulta template --round round-1 -o commentaires-round-1.xlsx

    Les parties prenantes le remplissent avec Excel ou LibreOffice et le renvoient ; le secrétariat l'importe
    avec `consulta import comments FICHIER.xlsx`.
help-template-arg-output = Le classeur à écrire (.xlsx)
help-template-arg-round = Le cycle dont le modèle propose les sections et les clauses (par défaut : le dernier cycle ; `draft` pour le projet de travail)

help-completions = Afficher les complétions du shell
help-completions-after =
    Exemple :
      consulta completions bash > ~/.local/share/bash-completion/completions/consulta
help-completions-arg-shell = Le shell pour lequel les écrire

## Les mots propres à clap : titres de l'aide, les options d'aide et de version, la commande help.
help-heading-usage = Utilisation :
help-heading-commands = Commandes :
help-heading-arguments = Arguments :
help-heading-options = Options :
# Dans la ligne d'utilisation : [OPTIONS], <COMMANDE>.
help-usage-options = OPTIONS
help-usage-command = COMMANDE
# Noms des valeurs dans l'aide et la ligne d'utilisation (`--output <FICHIER>`) ; les textes ci-dessus les citent aussi.
help-value-author-email = EMAIL_AUTEUR
help-value-author-name = NOM_AUTEUR
help-value-body = COMMENTAIRE
help-value-category = CATÉGORIE
help-value-comments = COMMENTAIRES
help-value-country = PAYS
help-value-dir = DOSSIER
help-value-email = EMAIL
help-value-file = FICHIER
help-value-format = FORMAT
help-value-from = AVANT
help-value-id = ID
help-value-ids = IDS
help-value-iri = IRI
help-value-key-file = FICHIER_CLÉ
help-value-lang = LANGUE
help-value-langs = LANGUES
help-value-message = MESSAGE
help-value-n = N
help-value-name = NOM
help-value-observations = OBSERVATIONS
help-value-occurrence = OCCURRENCE
help-value-organisation = ORGANISATION
help-value-pubkey-file = FICHIER_CLÉ_PUB
help-value-quote = CITATION
help-value-remote = DISTANT
help-value-remote-or-branch = DISTANT-OU-BRANCHE
help-value-round = CYCLE
help-value-section = SECTION
help-value-sections = SECTIONS
help-value-seed = GRAINE
help-value-shell = SHELL
help-value-stance = POSITION
help-value-status = DÉCISION
help-value-text = TEXTE
help-value-title = TITRE
help-value-to = APRÈS
help-value-url = URL
help-flag-help = Afficher l'aide
help-flag-help-more = Afficher l'aide (plus de détails avec '--help')
help-flag-help-summary = Afficher l'aide (un résumé avec '-h')
help-flag-version = Afficher la version
help-subcommand-help = Afficher ce message ou l'aide des commandes indiquées
help-subcommand-help-arg = Afficher l'aide des commandes
help-default = [par défaut : { $value }]
help-possible-values = [valeurs possibles : { $list }]
help-possible-values-heading = Valeurs possibles :

## Erreurs de la ligne de commande.
help-error = erreur :
help-error-more = Pour plus d'informations, essayez '{ $flag }'.
help-error-unknown-argument = argument inattendu '{ $arg }'
help-error-unknown-subcommand = commande inconnue '{ $name }'
help-error-missing-arguments =
    { $count ->
        [one] l'argument obligatoire suivant n'a pas été fourni :
       *[other] les arguments obligatoires suivants n'ont pas été fournis :
    }
help-error-missing-subcommand = '{ $name }' demande une commande, mais aucune n'a été fournie
help-error-value-missing = '{ $arg }' demande une valeur, mais aucune n'a été fournie
help-error-invalid-value = valeur non valide '{ $value }' pour '{ $arg }'
help-error-repeated = l'argument '{ $arg }' ne peut pas être utilisé plusieurs fois
help-error-conflict = l'argument '{ $arg }' ne peut pas être utilisé avec { $other }
help-error-possible-values = valeurs possibles : { $list }
help-error-subcommands = commandes : { $list }
help-error-tip = conseil :
help-error-similar-subcommand =
    { $count ->
        [one] une commande proche existe : { $names }
       *[other] des commandes proches existent : { $names }
    }
help-error-similar-argument =
    { $count ->
        [one] un argument proche existe : { $names }
       *[other] des arguments proches existent : { $names }
    }
help-error-similar-value =
    { $count ->
        [one] une valeur proche existe : { $names }
       *[other] des valeurs proches existent : { $names }
    }
help-error-tip-value = pour passer '{ $arg }' comme valeur, utilisez '{ $usage }'
help-error-tip-dash = la commande '{ $name }' existe ; pour l'utiliser, retirez le '--' qui la précède
help-error-tip-exists = '{ $what }' existe
