# L'interface de consulta en français.

## Shared

lang-self = français
count-comments = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
cli-lang-unknown = consulta ne parle pas « { $lang } » ; choisissez l’une de : { $known }

# Les messages de la bibliothèque : erreurs et refus (err-), progression, avertissements et problèmes de check (lib-).

## Manifeste : libellés de catégorie

lib-label-expected = un libellé, ou une table code de langue → libellé
err-label-language-code = « { $code } » n'est pas un code de langue (comme en, es, pt-BR)
err-label-language-twice = la langue « { $code } » a deux libellés
err-label-empty = le libellé en « { $code } » est vide
err-label-no-language = la table des libellés par langue est vide

## Erreurs

err-no-consultation = aucune consultation trouvée dans { $path } (il n'y a pas de drafts/consultation.json). Pour participer à une consultation, copiez-la avec `{ $join }` (le secrétariat donne l'adresse) ; pour en lancer une, `{ $init }`
err-unborn-clone = ce clone n'a rien d'extrait : son dépôt distant n'a pas indiqué quelle branche utiliser, et la consultation est sur { $branch }. Lancez ici `{ $switch }`, puis consulta à nouveau

## Commentaires, réponses, propositions appliquées

err-no-section-in-round = il n'y a pas de section { $section } dans { $round } ; les sections sont : { $sections }
err-comment-empty = le commentaire est vide : dites ce que vous pensez dans { $option }
err-comment-too-long = le commentaire ou la proposition dépasse { $max } octets ; raccourcissez-le ou joignez un résumé
err-comment-no-type = dites de quel type de commentaire il s'agit : { $option } ge (général), te (technique) ou ed (rédactionnel)
err-not-a-comment-id = { $id } n'est pas un id de commentaire
err-no-comment-to-reply = il n'y a pas de commentaire { $id } auquel répondre
err-reply-section-not-in-round = le commentaire { $id } porte sur la section { $section }, qui n'est pas dans { $round } ; répondez sans { $option }
err-occurrence-without-quote = { $occurrence } choisit une occurrence de { $quote } ; donnez le passage avec { $quote }
err-range-outside-section = le passage sélectionné n'est pas dans la section
err-quote-not-found = la citation { $quote } ne figure pas dans la section { $section } ({ $title }) de { $round } ; copiez le passage exactement comme `{ $command }` l'affiche
err-quote-ambiguous = la citation figure { $count } fois dans la section { $section } ; ajoutez { $option } (de 1 à { $count }) pour dire laquelle, ou citez un passage plus long
err-occurrence-out-of-range = { $option } est hors limites : la citation figure { $count } fois dans la section { $section }
err-proposal-without-quote = une modification proposée remplace un passage : donnez le passage avec { $option }
err-respond-not-secretariat = seul le secrétariat ({ $secretariat }) peut répondre aux commentaires ; vous êtes { $you }
err-no-comment = il n'y a pas de commentaire { $id }
err-apply-not-secretariat = seul le secrétariat ({ $secretariat }) peut appliquer des propositions ; vous êtes { $you }
err-apply-no-passage = le commentaire { $id } porte sur toute la section, pas sur un passage : il n'y a rien à remplacer
err-apply-no-wording = le commentaire { $id } ne propose aucune formulation ; donnez la nouvelle formulation avec { $option }
err-apply-modified-needs-text = le commentaire { $id } a été accepté avec modifications : donnez la formulation à appliquer avec { $option }
err-apply-not-accepted = le commentaire { $id } est { $status } ; seules les propositions acceptées sont appliquées
err-apply-no-decision = le commentaire { $id } n'a pas encore de décision ; répondez d'abord (`{ $command }`)
err-apply-already = le commentaire { $id } a déjà été appliqué dans le commit { $commit }
err-apply-section-gone = la section { $section } n'existe plus dans le projet de travail ; le passage est orphelin
err-apply-passage-gone = le passage { $quote } du commentaire { $id } n'est plus dans la section { $section } : il est orphelin, ou une autre proposition appliquée l'a modifié
err-apply-passage-ambiguous = le passage du commentaire { $id } figure maintenant { $count } fois dans la section { $section } et rien ne les distingue ; appliquez-le à la main

## merge

err-merge-not-secretariat = seul le secrétariat ({ $secretariat }) peut intégrer des contributions ; vous êtes { $you }
err-merge-no-commit = la consultation n'a encore aucun commit : rien dans quoi intégrer
err-merge-detached = HEAD n'est pas sur une branche (détaché) : passez d'abord sur la branche de la consultation (`{ $command }`)
err-merge-remote-ahead = { $remote } est en avance sur votre { $branch } (commits faits dans un autre clone) : rapatriez-les d'abord avec `{ $command }`, puis intégrez à nouveau ; rien n'a été intégré
lib-merge-checking = vérification de { $branch }
err-merge-own-branch = { $branch } est la branche sur laquelle vous êtes : nommez les branches des parties prenantes (ou leur dépôt distant) à y intégrer
err-merge-unknown-source = { $source } n'est ni un dépôt distant (`{ $command }` les liste), ni une branche locale, ni l'URL ou le chemin d'un dépôt
err-merge-bad-ref-folder = { $name } ne peut pas nommer un dossier de références
lib-merge-fetching = récupération des branches de { $url }
lib-nothing-merged = rien n'a été intégré
lib-merge-no-shared-history = n'a aucun historique commun avec cette consultation : une contribution est une branche faite depuis un clone de celle-ci
lib-merge-root-commit = est un premier commit d'un autre historique
lib-merge-merge-commit = est un commit de fusion qui fait plus que ramener la branche de la consultation : une contribution se compose de commits simples qui ajoutent des fichiers de commentaires ; rebasez-la sur la branche de la consultation (`{ $command }`) et renvoyez-la
lib-merge-symlink = est un lien symbolique : un commentaire est un fichier ordinaire
lib-merge-not-plain-file = n'est pas un fichier ordinaire (un sous-module ?)
lib-merge-exists = existe déjà dans la consultation : une contribution ne fait qu'ajouter de nouveaux commentaires
lib-merge-too-big = fait { $size } octets, au-delà de la limite de { $max } octets
lib-merge-not-comment = n'est pas un fichier de commentaire
lib-merge-not-own-comment = le commentaire se dit de { $claimed }, mais l'auteur du commit est { $author } : une partie prenante ne commite que ses propres commentaires
lib-merge-reply-no-parent = répond à { $id }, qui n'existe pas
lib-merge-reply-other-section = répond à { $id }, qui porte sur la section { $section } : une réponse se place dans la section de son commentaire d'origine
lib-merge-reply-earlier-round = répond à { $id }, un commentaire sur { $round }, depuis { $from } : une réponse se fait dans le cycle en vigueur, jamais dans un cycle antérieur à celui de son commentaire d'origine
lib-merge-id-twice = l'id { $id } est aussi utilisé par un autre commentaire

## sync

err-auth-failed = échec de l'authentification : le dépôt distant a refusé les identifiants (enregistrez-les avec le gestionnaire d'identifiants de git)
lib-receiving-objects = réception des objets : { $percent } % ({ $done }/{ $total }), { $kib } Kio
lib-writing-objects = écriture des objets : { $percent } % ({ $done }/{ $total }), { $kib } Kio
err-remote-unreachable = impossible de joindre le dépôt distant { $remote } : { $why }. Tout est conservé ici ({ $kept }) ; relancez la commande quand le dépôt distant sera joignable
err-no-remote-add-one = il n'y a pas de dépôt distant { $remote } : ajoutez le dépôt partagé de la consultation avec `{ $command }`
err-no-remote = il n'y a pas de dépôt distant { $remote } ; les dépôts distants sont : { $remotes }
err-sync-no-commit = le dépôt n'a encore aucun commit : rien à synchroniser
err-sync-detached = HEAD n'est pas sur une branche (détaché) : passez d'abord sur votre branche (`{ $command }`)
lib-sync-fetching = récupération depuis { $remote } ({ $url })
lib-nothing-fetched-or-pushed = rien n'a été récupéré ni envoyé
lib-sync-remote-ahead = { $remote_branch } est en avance sur votre { $branch }
lib-sync-moved-to-own-branch = vos commentaires sont maintenant sur votre propre branche { $branch }
err-sync-diverged = récupéré depuis { $remote }, mais pas d'envoi : { $remote_branch } a des commits qui manquent à votre { $branch }, et inversement. { $next }
err-sync-diverged-secretariat = Intégrez le travail du dépôt distant avec `{ $merge }` (commentaires des parties prenantes), ou `{ $pull }` pour les commits du secrétariat lui-même, puis synchronisez à nouveau
err-sync-diverged-stakeholder = Votre branche sur le dépôt partagé a des commentaires qui manquent à cette copie (envoyés depuis un autre ordinateur ?). Rien n'est perdu : envoyez par courriel les commentaires faits ici avec `{ $command }`, ou demandez de l'aide au secrétariat
lib-sync-round-not-pushed = le cycle { $round } a été ouvert par { $by }, pas par le secrétariat : il n'a pas été envoyé
lib-sync-pushing = envoi de { $refs } vers { $remote }
lib-commits-safe-not-pushed = vos commits sont en sécurité mais pas envoyés
err-push-rejected-secretariat = récupérez ce qui a changé et synchronisez à nouveau
err-push-rejected-stakeholder = relancez `{ $sync }` ; si le dépôt partagé refuse encore, envoyez-les par courriel avec `{ $send }`
err-push-rejected = le dépôt partagé ({ $remote }) n'a pas accepté vos commentaires : { $why }. Ils sont conservés ici ; { $next }
err-sync-would-overwrite = { $why }, mais amener ses fichiers ici écraserait vos modifications non commitées ({ $error }) ; commitez-les ou mettez-les de côté, puis synchronisez à nouveau
err-sync-no-free-branch = tous les noms de branche de { $first } à { $last } sont pris : créez la vôtre avec `{ $command }`, puis synchronisez à nouveau
err-sync-not-sending = { $branch } n'est pas envoyée : le `{ $merge }` du secrétariat la refuserait entièrement, car
err-sync-not-sending-next = Rien n'a été envoyé. Une contribution n'ajoute que vos propres fichiers de commentaires ; pour proposer une nouvelle formulation du projet, commentez avec une proposition (`p` dans la TUI, ou `{ $propose }`). Pour retirer ces commits de votre branche en gardant vos commentaires, lancez `{ $rebase }` et supprimez les lignes des commits cités plus haut (ou demandez de l'aide au secrétariat), puis `{ $sync }` à nouveau
lib-sync-new-work = { $branch } contient du nouveau travail du secrétariat
err-sync-conflict = votre branche { $branch } et { $main } modifient les mêmes fichiers, donc le travail du secrétariat ne peut pas être intégré : seuls des fichiers de commentaires vont sur votre branche. Rien n'a été envoyé ; demandez de l'aide au secrétariat

## Écriture et commits

err-full-disk-advice = libérez de l'espace et relancez la commande
err-read-only-advice = consulta ne peut pas écrire dans ce dépôt ici : copiez-le ou clonez-le dans un endroit accessible en écriture
err-disk-full = plus d'espace sur le disque qui contient { $path }
err-read-only = { $path } est sur un système de fichiers en lecture seule
err-writer-busy = un autre processus consulta écrit dans ce dépôt depuis plus de { $seconds } s (il détient { $path }) ; attendez qu'il finisse ou arrêtez-le
lib-stale-lock-removed = avertissement : { $path } supprimé, laissé il y a { $seconds } s par un processus arrêté en pleine écriture
err-commit-locked = commit impossible : la branche est restée verrouillée ou n'a cessé de bouger ({ $why }) ; si aucun autre consulta ni git ne tourne, supprimez { $path }
err-commit-not-written = impossible d'écrire le commit dans { $path } ({ $why })
err-branch-moved-while-merging = la branche a bougé pendant l'intégration (un autre processus git ?) : rien de plus n'a été intégré ({ $why })
lib-index-locked = avertissement : { $path } est resté verrouillé ; le commit est fait, mais `{ $command }` peut montrer les nouveaux fichiers comme indexés jusqu'à la prochaine écriture de consulta
lib-index-not-updated = avertissement : le commit est fait, mais l'index de git n'a pas pu être mis à jour ({ $why }) ; jusqu'à la prochaine écriture de consulta, `{ $command }` peut montrer les fichiers commités comme supprimés et non suivis
lib-nothing-written = rien n'a été écrit ni commité
lib-not-put-back = rien n'a été commité, mais { $paths } n'a pas pu être remis en l'état et contient le nouveau texte

## Lecture du projet et des enregistrements

lib-slug-not-portable = le slug { $slug } ne peut pas être un nom de dossier sous Windows (un nom de périphérique comme CON ou NUL, ou un point ou une espace à la fin) ; renommez le fichier
lib-section-file-name = les fichiers de section se nomment { $pattern } (un numéro, un tiret, un slug de lettres, chiffres et tirets)
lib-section-not-utf8 = texte UTF-8 non valide (est-ce un fichier binaire ?)
lib-section-nul-bytes = contient des octets NUL (est-ce un fichier binaire ?)
lib-section-id-twice = l'id de section { $id } est aussi utilisé par { $file } ; les ids doivent être uniques
lib-section-id-case = l'id de section { $id } ne diffère de { $other } ({ $file }) que par la casse : sous Windows et macOS leurs dossiers de commentaires n'en feraient qu'un ; renommez l'un des deux
lib-folder-unreadable = impossible de lire le dossier : { $error }
lib-file-name-not-utf8 = le nom du fichier n'est pas en UTF-8 valide ; ignoré
lib-symlink-replace = est un lien symbolique ; consulta ne suit pas les liens (remplacez-le par le fichier lui-même)
lib-symlink = est un lien symbolique ; consulta ne suit pas les liens
lib-file-too-big-skipped = fait { $size } octets, au-delà de la limite de { $max } octets ; ignoré
err-reading-drafts-failed = la lecture du projet a échoué
lib-not-a-record = ni un fichier de commentaire ni un fichier de décision ({ $folder } contient { $comment } et { $disposition })

## Enregistrements (commentaires et décisions)

lib-schema-zero = le schéma 0 n'est pas un schéma de consulta (attendu : { $expected })
lib-schema-newer = le schéma { $schema } a été écrit par un consulta plus récent ; celui-ci lit le schéma { $reads } : mettez consulta à jour pour le lire
lib-record-not-utf8 = texte UTF-8 non valide : enregistrez le fichier en UTF-8 (il a pu être écrit dans un autre encodage, ou être un fichier binaire)
lib-field-empty = `{ $field }` est vide
lib-id-not-ulid = l'id { $id } n'est pas un ULID (26 caractères en base32 de Crockford)
lib-bad-section-id = la section { $section } n'est pas un id de section valide
lib-bad-round-name = le cycle { $round } n'est pas un nom de cycle valide
lib-bad-created = created { $created } n'est pas une heure RFC 3339
lib-anchor-end-before-start = la fin de l'ancrage { $end } précède son début { $start }
lib-anchor-quote-empty = la citation de l'ancrage est vide (laissez `anchor` à null pour commenter toute la section)
lib-bad-in-reply-to = in_reply_to { $id } n'est pas un id de commentaire
lib-comment-misplaced = le fichier devrait être dans { $path } (son cycle, sa section et son id l'indiquent)
lib-disposition-bad-comment = le commentaire { $id } n'est pas un id de commentaire
lib-disposition-misnamed = le fichier devrait s'appeler { $name }

## Fichiers JSON

lib-json-truncated = le fichier se termine trop tôt ({ $error }) ; a-t-il été tronqué ?
lib-json-invalid = JSON non valide : { $error }
lib-json-too-deep = des tableaux ou des objets sont imbriqués ici sur plus de { $depth } niveaux ; un enregistrement de consulta n'a que quelques niveaux, donc ce fichier est endommagé ou n'a pas été écrit par consulta

## Manifeste

lib-manifest-schema-newer = le schéma { $schema } a été écrit par un consulta plus récent ; celui-ci lit le schéma { $reads } : mettez consulta à jour
lib-manifest-no-title = le titre est vide

## Adresses (IRI) de l'export W3C

lib-iri-bad-user = { $user } n'est pas une partie utilisateur valide
lib-iri-unclosed-ip = un littéral IP sans son ']' fermant
lib-iri-bad-ip = { $ip } n'est pas une adresse IP
lib-iri-bad-host = { $host } n'est pas un hôte valide
lib-iri-bad-port = { $port } n'est pas un port
lib-iri-no-scheme = elle n'a pas de schéma (comme https: ou urn:)
lib-iri-bad-scheme = { $scheme } n'est pas un schéma (elle n'a pas de schéma comme https: ou urn:)
lib-iri-bad-path = le chemin { $path } contient des caractères qu'un URI ne peut pas contenir
lib-iri-bad-query = la requête { $part } contient des caractères qu'un URI ne peut pas contenir
lib-iri-bad-fragment = le fragment { $part } contient des caractères qu'un URI ne peut pas contenir
lib-iri-not-absolute = { $iri } n'est pas un IRI absolu comme { $example } : { $why }

## check

lib-check-no-sections = il n'y a aucun fichier de section ({ $pattern })
lib-check-id-twice = l'id { $id } est aussi utilisé par un autre fichier de commentaire
lib-check-reply-to-itself = se répond à lui-même
lib-check-answers-nothing = répond au commentaire { $id }, qui n'existe pas
lib-check-disposition-misplaced = devrait être dans { $path }, à côté de son commentaire
lib-check-no-round = le cycle { $round } n'existe pas (aucune étiquette de cycle de ce nom)
lib-check-no-section = la section { $section } n'existe pas dans le cycle { $round }
lib-check-quote-occurs-at = ; elle figure en { $range }
lib-check-quote-nowhere = ; elle ne figure nulle part dans la section
lib-check-quote-moved = la citation n'est pas en { $range } de la section { $section } dans le cycle { $round }{ $hint }
lib-check-context-mismatch = le préfixe ou le suffixe de l'ancrage ne correspond pas au texte autour de la citation

## Cycles

err-no-round-none-open = il n'y a pas de cycle { $round } : aucun cycle n'a encore été ouvert (le secrétariat en ouvre un avec `{ $command }`)
err-no-round = il n'y a pas de cycle { $round } ; les cycles sont : { $rounds }
err-no-round-open = aucun cycle n'est encore ouvert, il n'y a donc rien à commenter : le secrétariat en ouvre un avec `{ $command }`
err-round-name = { $name } n'est pas un nom de cycle utilisable : utilisez des lettres, des chiffres, '-', '_' ou '.', comme { $example }
err-round-tag-exists = une étiquette nommée { $name } existe déjà ; choisissez un autre nom de cycle
err-round-drafts-uncommitted = le projet a des modifications non commitées ({ $files }) ; commitez-les d'abord (`{ $command }`) pour que le cycle soit exactement ce que lisent les parties prenantes
err-no-commit-yet = le dépôt n'a encore aucun commit
err-manifest-not-committed = { $file } n'est pas encore commité
err-round-head-already = HEAD est déjà le cycle { $round } ; modifiez le projet et commitez avant d'ouvrir un nouveau cycle
err-undo-round-not-secretariat = seul le secrétariat ({ $secretariat }) peut retirer un cycle ; vous êtes { $you }
err-undo-round-not-latest = { $round } n'est pas le dernier cycle ({ $latest } l'est) : seul le dernier cycle peut être retiré
err-undo-round-has-comments = { $round } a déjà des commentaires ({ $folder }) : un cycle que les parties prenantes ont commenté reste ; ouvrez plutôt le suivant

## Registre des participants

err-no-ssh-keygen = impossible de lancer { $program } pour lire la clé ({ $error }) ; installez OpenSSH
err-not-ssh-key = ce n'est pas une clé publique SSH que { $program } sait lire
err-register-not-secretariat = seul le secrétariat ({ $secretariat }) peut tenir le registre des participants ; vous êtes { $you }
err-register-bad-email = { $email } n'est pas une adresse électronique qu'une ligne du registre peut contenir (un seul mot avec un @, sans , * ? ! " #)
err-register-no-key = le fichier de clé ne contient aucune clé publique SSH (une ligne comme `{ $example }`, comme dans un fichier .pub ou la ligne qu'affiche `{ $command }`)
err-register-bad-category = { $category } n'est pas une catégorie de cette consultation ; utilisez l'une de : { $categories }
err-register-already = { $email } est déjà enregistré avec cette clé
err-revoke-no-key = { $email } n'a aucune clé à révoquer dans le registre

## Signature

err-sign-format = { $setting } est activé, mais gpg.format vaut { $format } : consulta signe avec ssh ou openpgp ; rien n'a été commité
err-sign-no-key = { $setting } est activé avec gpg.format=ssh, mais user.signingkey n'est pas défini : définissez-le avec `{ $command }` ; rien n'a été commité
err-sign-key-missing = la clé de signature { $path } (user.signingkey) est introuvable ; indiquez-en une autre avec `{ $command }` ; rien n'a été commité
err-sign-no-signature = { $program } n'a produit aucune signature { $kind } ; rien n'a été commité
err-sign-cannot-run = impossible de lancer { $program } pour signer ({ $error }) ; la signature est activée dans la configuration de git (commit.gpgsign) : installez-le, ou désactivez la signature ; rien n'a été commité
err-sign-failed = { $program } n'a pas pu signer ({ $why }) ; rien n'a été commité
err-bad-tag-name = { $name } ne peut pas être un nom d'étiquette

## Ce qu'une contribution peut faire (merge et sync)

lib-rule-too-long = le commentaire ou sa proposition dépasse { $max } octets, la limite de `{ $command }`
lib-rule-category = la catégorie de l'auteur { $category } n'est pas l'une de celles de la consultation : { $categories }
lib-rule-country = le pays de l'auteur { $country } n'est pas un code ISO 3166-1 à deux lettres
lib-rule-round-closed = commente { $round } après l'ouverture de { $next } : { $round } est clos ; commentez { $next }
lib-rule-created-early = le commentaire dit avoir été créé le { $created }, avant l'ouverture de son cycle ({ $opened }) : un commentaire s'écrit pendant que son cycle est ouvert (une horloge peut se tromper d'un jour, pas plus)
lib-rule-created-late = le commentaire dit avoir été créé le { $created }, après cette intégration ({ $now }) : un commentaire ne peut pas venir du futur (une horloge peut se tromper d'un jour, pas plus)
lib-at-line-column = ligne { $line }, colonne { $column } : { $message }
lib-rule-adds-to-draft = ajoute un fichier au projet : seul le secrétariat modifie le projet
lib-rule-adds-outside = ajoute un fichier hors de { $folder } : une contribution n'ajoute que des fichiers de commentaires
lib-rule-adds-disposition = ajoute une décision : seul le secrétariat enregistre les décisions
lib-rule-misplaced = n'est pas là où vont les commentaires : { $pattern }
lib-rule-file-name = le nom de fichier { $name } n'est pas { $pattern } (un fichier de commentaire porte le nom de son id)
lib-rule-edits-draft = modifie le projet : seul le secrétariat modifie le projet
lib-rule-changes-disposition = modifie une décision : seul le secrétariat enregistre les décisions
lib-rule-changes-comment = modifie un commentaire existant : un commentaire soumis n'est jamais réécrit
lib-rule-changes-file = modifie un fichier de la consultation : une contribution n'ajoute que des fichiers de commentaires
lib-rule-deletes-draft = supprime un fichier du projet : seul le secrétariat modifie le projet
lib-rule-deletes-disposition = supprime une décision : seul le secrétariat enregistre les décisions
lib-rule-deletes-comment = supprime un commentaire : les commentaires soumis ne sont jamais retirés
lib-rule-deletes-file = supprime un fichier de la consultation : une contribution n'ajoute que des fichiers de commentaires

## Identité

lib-identity-name = nom
lib-identity-email = adresse électronique
lib-identity-organisation = organisation
lib-identity-category = catégorie
lib-identity-country = pays
err-identity-incomplete = { $count ->
    [one] il manque votre donnée : { $fields } ; définissez-la une fois avec `{ $command }`
   *[other] il manque vos données : { $fields } ; définissez-les une fois avec `{ $command }`
  }
err-identity-email = { $email } n'est pas une adresse électronique
err-identity-country = le pays { $country } doit être un code ISO 3166-1 alpha-2 en majuscules, comme UY, BR ou JM
err-identity-control = votre champ { $field } contient des caractères de contrôle
err-identity-unknown = git ne sait pas qui vous êtes : indiquez-le avec `{ $command }`

## import draft

err-import-drafts-uncommitted = le projet a des modifications non commitées ({ $files }) ; commitez-les ou abandonnez-les avant d'importer, pour que rien ne soit écrasé
err-import-level = { $option } : les titres Markdown ont des niveaux de 1 à 6
err-import-no-headings = { $file } n'a aucun titre Markdown (# Titre) pour le découper en sections
err-import-device-name = le titre { $heading } donnerait l'id de section { $id }, un nom que Windows réserve à un périphérique (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, avec toute extension) : le dossier de ses commentaires ne pourrait pas y être créé. Donnez plus de mots au titre (« Section { $title } », par exemple) et importez à nouveau

## Ouvrir et lancer une consultation

err-not-in-repository = { $path } n'est dans aucune consultation (ni dans aucun dépôt git). Pour participer à une consultation, copiez-la avec `{ $join }` (le secrétariat donne l'adresse) ; pour en lancer une, `{ $init }`
err-bare-repository-clone = { $path } est un dépôt nu (bare) : clonez-le d'abord (`{ $command }`) et lancez consulta dans le clone
err-bare-repository = { $path } est un dépôt nu (bare)
err-already-a-consultation = { $path } contient déjà une consultation ({ $file } existe)
err-path-escapes = chemin { $path } refusé : il pourrait sortir de son dossier
err-path-not-portable = chemin { $path } refusé : { $name } ne peut pas être un nom de fichier sous Windows (ni noms de périphérique comme CON ou NUL, ni { $characters }, ni point ou espace à la fin)

## verify

lib-verify-never-committed = aucun commit n'a ajouté ce fichier : il n'a jamais été soumis (commitez-le avec son auteur comme auteur du commit, ou retirez-le)
lib-verify-rewritten = réécrit dans le commit { $later } après que le commit { $commit } l'a ajouté : le fichier n'est pas ce qui a été soumis
lib-verify-rewritten-and-changed = réécrit dans le commit { $later } après que le commit { $commit } l'a ajouté, puis modifié à nouveau dans la copie de travail : le fichier n'est pas ce qui a été soumis
lib-verify-changed = modifié dans la copie de travail depuis que le commit { $commit } l'a ajouté : le fichier n'est pas ce qui a été soumis
lib-verify-no-author = impossible de lire l'auteur du commentaire : { $why }
lib-verify-other-author = le commit { $commit } qui l'a ajouté est de { $author }, mais le commentaire dit que son auteur est { $claimed }

## Cycles et commits du dépôt partagé

lib-round-tag-differs = le cycle { $round } du dépôt distant désigne le commit { $there }, le vôtre { $here } : le vôtre est conservé (un cycle, une fois ouvert, ne bouge pas)
lib-round-tag-stranger = l'étiquette { $round } du dépôt distant ressemble à un cycle mais a été faite par { $by }, pas par le secrétariat ({ $secretariat }) : elle n'a pas été prise
lib-commit-by = { $commit } par { $author } ({ $summary })
err-strangers-commits = { $name } a des commits que le secrétariat n'a pas faits : { $commits }. Rien n'a été rapatrié ni envoyé. Examinez-les avec `{ $log }` ; une fois sûr qu'ils n'ont pas leur place, rétablissez le dépôt partagé avec `{ $push }`

## join

err-join-folder-not-empty = { $path } existe déjà et n'est pas vide : indiquez un autre dossier (`{ $command }`)
lib-join-copying = copie de la consultation depuis { $url }
err-join-failed = impossible de copier la consultation depuis { $url } : { $why }. Vérifiez l'adresse (le secrétariat la donne), votre réseau, et que vous avez le droit de la lire ; rien n'a été écrit
err-join-empty = { $url } ne contient encore aucune consultation (pas de branche main) ; demandez au secrétariat de la publier avec `{ $command }`
err-join-not-consultation = { $url } est un dépôt git mais pas une consultation (il n'y a pas de { $file }) ; vérifiez l'adresse auprès du secrétariat
err-join-bad-category = { $category } n'est pas une catégorie de parties prenantes de cette consultation ; les catégories sont : { $categories }

## Les nouveautés après une synchronisation

lib-news-nothing = Rien de nouveau dans la consultation depuis votre dernière synchronisation.
lib-news = Nouveau : { $parts }.
lib-news-decided = { $count ->
    [one] { $count } de vos commentaires a reçu une décision
   *[other] { $count } de vos commentaires ont reçu une décision
  } ({ $detail })
lib-news-status-accepted = { $count ->
    [one] { $count } accepté
   *[other] { $count } acceptés
  }
lib-news-status-modified = { $count ->
    [one] { $count } accepté avec modifications
   *[other] { $count } acceptés avec modifications
  }
lib-news-status-rejected = { $count ->
    [one] { $count } non accepté
   *[other] { $count } non acceptés
  }
lib-news-status-noted = { $count ->
    [one] { $count } pris en compte
   *[other] { $count } pris en compte
  }
lib-news-applied = { $count ->
    [one] { $count } de vos propositions appliquée au projet
   *[other] { $count } de vos propositions appliquées au projet
  }
lib-news-round-opened = { $round } ouvert
lib-news-new-comments = { $count ->
    [one] { $count } nouveau commentaire
   *[other] { $count } nouveaux commentaires
  } d'autres personnes
lib-cannot-read = lecture impossible : { $error }

## send

err-send-no-commit = le dépôt n'a encore aucun commit : rien à envoyer
err-send-nothing = vous n'avez encore aucun commentaire à envoyer : écrivez-en un (`c` dans la TUI, ou `{ $command }`), puis envoyez
err-send-bundle-failed = impossible d'écrire le paquet : { $why }

## Reprise après une écriture interrompue

lib-recover-was-empty = avertissement : { $path } rétabli depuis le dernier commit : il était vide après l'arrêt d'une écriture de consulta
lib-recover-was-missing = avertissement : { $path } rétabli depuis le dernier commit : une écriture de consulta a été arrêtée avant de l'écrire sur le disque
lib-recover-put-back = avertissement : { $path } rétabli tel qu'au dernier commit : une écriture de consulta a été arrêtée avant le commit
lib-recover-not-put-back = avertissement : { $path } contient une écriture arrêtée avant le commit et n'a pas pu être rétabli ({ $error }) ; `{ $command }` le rétablit
lib-recover-left = avertissement : { $path } était en cours d'écriture par un processus consulta arrêté, et avait déjà des modifications non commitées : il est laissé tel quel ; comparez-le avec `{ $command }`

## La commande git

err-git-not-installed = ce dépôt distant est joint par la commande `{ $program }`, qui n'est pas dans le PATH (installez git : consulta lui confie les dépôts distants https et ssh)
err-git-cannot-run = impossible de lancer git : { $error }
err-git-wait = en attente de git : { $error }
err-git-exit = git s'est terminé avec { $status }

## diff

lib-diff-title-was = le titre était { $title }
lib-diff-text-changed = texte modifié
lib-diff-status-added = ajoutée
lib-diff-status-removed = supprimée
lib-diff-status-renamed = renommée
lib-diff-status-reordered = déplacée
lib-diff-status-changed = modifiée
lib-diff-status-unchanged = inchangée
lib-diff-summary = diff { $from } → { $to } : { $count ->
    [one] { $count } section modifiée
   *[other] { $count } sections modifiées
  }, +{ $added } −{ $removed } mots
lib-diff-words = +{ $added } −{ $removed } mots
lib-diff-hunk-comments = commentaires : { $ids }
lib-diff-unchanged = { $count ->
    [one] { $count } section inchangée
   *[other] { $count } sections inchangées
  }
lib-diff-md-title = Modifications de { $from } à { $to }
lib-diff-md-totals = { $count ->
    [one] { $count } section modifiée
   *[other] { $count } sections modifiées
  }, { $added } mots ajoutés, { $removed } mots supprimés.
lib-diff-md-section = Section
lib-diff-md-status = Statut
lib-diff-md-words-added = Mots ajoutés
lib-diff-md-words-removed = Mots supprimés
lib-diff-md-lines = Lignes { $old } → { $new }
lib-diff-md-comments = commentaires { $ids }

## Fichiers de sortie

err-output-is-folder = { $path } est un dossier : donnez le nom d'un fichier à écrire
err-output-too-many-links = plus de { $count } liens symboliques à la suite
lib-branch-created-meanwhile = la branche a été créée entre-temps

## Catégories de parties prenantes d'une nouvelle consultation

lib-category-government = Ministère ou organisme public
lib-category-quality-assurance = Agence d'assurance qualité
lib-category-higher-education = Université ou établissement d'enseignement supérieur
lib-category-tvet = Établissement d'enseignement technique et professionnel
lib-category-private-provider = Prestataire privé ou en ligne
lib-category-employer = Employeur ou organisation professionnelle
lib-category-learner = Apprenant ou organisation étudiante
lib-category-international = Organisme international ou régional
lib-category-civil-society = Organisation de la société civile
lib-category-individual = Particulier

# Les rapports publiés : la synthèse (Markdown, HTML, libellés du JSON, en-têtes CSV et xlsx),
# dans la langue du rapport. Les nombres et les dates (ISO 8601) s'écrivent de même dans toutes
# les langues.

## Mots récurrents

report-unknown-country = inconnu
report-no-category = (aucune)
report-open = ouvert
report-working-draft = projet de travail
report-none = Aucun.
report-generated = Généré le
report-reply-mark = (réponse)
report-weeks-span = { $from } à { $to }

## Les statuts du modèle ISO

report-status-accepted = accepté
report-status-modified = accepté avec modifications
report-status-rejected = non accepté
report-status-noted = pris en compte

## Titre et portée

report-summary-of = Synthèse de la consultation
report-scope-all = Tous les commentaires jusqu'au dernier cycle.
report-scope-all-rounds = Tous les commentaires jusqu'au dernier cycle ({ $rounds }).
report-scope-round = Commentaires formulés lors de { $round }.
report-skipped-md = { $count ->
    [one] { $count } fichier d'enregistrement n'a pas pu être lu et est laissé de côté
   *[other] { $count } fichiers d'enregistrement n'ont pas pu être lus et sont laissés de côté
} (`consulta check` les énumère).
report-skipped-html = { $count ->
    [one] { $count } fichier d'enregistrement n'a pas pu être lu et est laissé de côté.
   *[other] { $count } fichiers d'enregistrement n'ont pas pu être lus et sont laissés de côté.
}

## Titres

report-h-contents = Sommaire
report-h-participation = Participation
report-h-by-category = Par catégorie de partie prenante
report-h-by-country = Par pays
report-h-by-week = Dans le temps (commentaires par semaine ISO)
report-h-sections = Commentaires par section
report-h-decisions = Décisions par statut
report-h-dispositions = Tableau des décisions
report-h-you-said = Vous avez dit, nous avons fait
report-h-campaigns = Campagnes (commentaires quasi identiques)
report-h-open = Ce qui reste ouvert
report-h-awaiting = En attente de décision
report-h-not-applied = Acceptés mais pas encore appliqués au projet

## Libellés des données, tableaux et graphiques

report-l-comments = Commentaires
report-l-replies = en réponse
report-l-proposals = avec une formulation proposée
report-l-participants = Participants (adresses électroniques distinctes)
report-l-organisations = Organisations (noms distincts)
report-l-orgs-short = Organisations
report-l-category = Catégorie
report-l-country = Pays
report-l-code = Code
report-l-week = Semaine
report-l-starting = Début
report-l-section = Section
report-l-support = Pour
report-l-oppose = Contre
report-l-neutral = Neutre
report-l-no-stance = Sans position
report-l-proposals-short = Propositions
report-l-open = Ouverts
report-l-status = Statut
report-l-comments-by-country = Commentaires par pays
report-l-comments-per-week = Commentaires par semaine ISO
report-no-comments = aucun commentaire
report-no-comments-in = aucun commentaire en
report-week-from = { $week } (à partir du { $date }) : { $count }

## « Vous avez dit, nous avons fait »

report-no-change-yet = Le projet n'a pas encore changé depuis ce cycle.
report-diff-legend-html = Les mots supprimés sont barrés dans l'ancien texte ; les mots ajoutés sont soulignés dans le nouveau.
report-diff-legend-md = Les mots supprimés sont ~~barrés~~ dans l'ancien texte ; les mots ajoutés sont **en gras** dans le nouveau.
report-step-totals = { $sections ->
    [one] { $sections } section modifiée
   *[other] { $sections } sections modifiées
}, { $added } mots ajoutés, { $removed } mots supprimés.
report-words-short = mots
report-section-added = ajoutée
report-section-removed = supprimée
report-section-renamed = renommée
report-section-reordered = déplacée
report-section-changed = modifiée
report-section-unchanged = inchangée
report-as-it-was = Avant
report-as-it-is-now = Maintenant
report-because-of = À la suite de
report-no-comment-behind = Aucun commentaire n'est enregistré à l'origine de ce changement (une modification du secrétariat).
report-moved-only = La section a été déplacée ou renommée ; son texte n'a pas changé.
report-f-about = Sur
report-whole-section = toute la section
report-f-said = Commentaire
report-f-proposed = Proposition
report-f-decision = Décision
report-f-observations = Observations du secrétariat
report-f-applied = Appliqué
report-applied-as-modified = le secrétariat a appliqué sa propre formulation
report-reply-to = Réponse à

## Campagnes

report-campaign-measure = similarité de Jaccard des 3-shingles de mots du texte normalisé
report-campaign-rule = Les commentaires quasi identiques sont regroupés lorsque la { $measure } est d'au moins { $threshold } et qu'au moins { $group } commentaires sont liés ; les textes de moins de { $shingles } shingles ne sont pas regroupés.
report-no-campaign = Aucune campagne trouvée.
report-campaign-heading = Campagne { $number } : { $size } commentaires (similarité minimale { $similarity })
report-campaign-sections = Sections
report-campaign-organisations = Organisations
report-campaign-countries = Pays

## Colonnes du tableau des décisions : celles du modèle ISO/IEC, puis celles de consulta.
## `consulta import comments` les relit (voir src/report/headers.rs).

report-col-mbnc = OM/CN
report-col-line = Numéro de ligne
report-col-clause = Article/Paragraphe
report-col-paragraph = Alinéa/Figure/Tableau
report-col-type = Type de commentaire
report-col-comments = Commentaires
report-col-proposed = Modification proposée
report-col-observations = Observations du secrétariat
report-col-decision = Décision
report-col-resulting-change = Changement résultant
report-col-comment-id = ID du commentaire
report-col-round = Cycle
report-col-section = Section
report-col-quote = Passage
report-col-author-name = Nom de l'auteur
report-col-author-email = Courriel de l'auteur
report-col-organisation = Organisation
report-col-category = Catégorie
report-col-stance = Position
report-col-in-reply-to = En réponse à
report-col-created = Date
report-col-language = Langue du texte
report-col-comment-short = Commentaire

## Le modèle de commentaires vierge (`consulta template`)

report-template-title = Modèle pour les commentaires et les observations du secrétariat
report-template-document = Document : { $title }
report-template-round = Cycle : { $round }
report-template-not-in-list = Absent de la liste
report-template-choose = Choisissez { $what } dans la liste déroulante.
report-template-choose-clause = un article de ce cycle (voir la feuille Clauses)
report-template-choose-category = une catégorie de partie prenante
report-template-choose-type = ge, te ou ed
report-template-choose-stance = support, oppose ou neutral
report-template-section-id = ID de la section

## Signatures et registre des participants

trust-not-secretariat = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} fait ce que seul le secrétariat peut faire, mais { $email } n’est pas une adresse du secrétariat : seule une adresse du secrétariat du manifeste peut modifier les projets, le manifeste, le registre ou une décision, ou ouvrir un cycle
trust-unsigned = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} de { $email } n’est pas signé, mais { $email } a une clé enregistrée : signez avec cette clé (`consulta whoami --signing-key FICHIER_DE_CLÉ`) et envoyez de nouveau, ou demandez au secrétariat de révoquer la clé (`consulta register --revoke { $email }`)
trust-not-ssh = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} de { $email } n’est pas signé avec une clé SSH, mais { $email } a une clé SSH enregistrée : signez avec cette clé SSH (`consulta whoami --signing-key FICHIER_DE_CLÉ`)
trust-unregistered = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} de { $email } doit être signé par une clé enregistrée du secrétariat, et { $email } n’en a aucune : le secrétariat enregistre sa clé avec `consulta register { $email } --key CLÉ.pub`
trust-wrong-key = la signature { $what ->
    [tag] de cette étiquette de cycle
   *[other] de ce commit
} n’est pas faite avec une clé enregistrée pour { $email } : signez avec la clé enregistrée, ou demandez au secrétariat d’enregistrer la nouvelle (`consulta register { $email } --key NOUVELLE.pub`)
trust-verify-counts = Signatures : { $verified } vérifiées, { $unverified } non vérifiées, { $bad } invalides (commits et étiquettes de cycle ; vérifiée : signée par une clé que le registre attribue au signataire).
trust-merge-secretariat = est au nom de l’adresse du secrétariat { $email } mais n’est pas signé par une clé enregistrée du secrétariat : seul le secrétariat parle au nom du secrétariat ; commentez sous votre propre adresse (`consulta whoami --email …`)
trust-merge-required = n’est pas signé par une clé enregistrée pour { $email }, et cette consultation l’exige ("verification": "require") : le secrétariat enregistre la clé d’un participant avec `consulta register`
trust-join-send = Vos commentaires sont signés. Pour être compté comme participant vérifié, envoyez cette ligne au secrétariat (elle contient votre clé publique, jamais la clé privée) :
trust-join-sign = Pour être compté comme participant vérifié, signez vos commentaires : `consulta whoami --signing-key ~/.ssh/id_ed25519` (une clé créée avec `ssh-keygen -t ed25519`), puis envoyez au secrétariat la ligne affichée.
trust-report-participants = { $verified } vérifiés, { $unverified } non vérifiés
trust-report-unconfirmed = { $count ->
    [one] 1 de plus, nommée seulement par des participants non vérifiés, non comptée
   *[other] { $count } de plus, nommées seulement par des participants non vérifiés, non comptées
}
trust-tui-loading = vérification des signatures avec le registre
trust-tui-verified = vérifiés
trust-whoami-language = Langue : { $name } ({ $code }), { $from ->
    [flag] par --lang
    [environment] par CONSULTA_LANG
    [git-config] par git config consulta.language (consulta whoami --language)
    [system] par les paramètres régionaux du système
    [consultation] la première langue de la consultation
   *[default] par défaut
}
trust-whoami-language-no-repo = pas dans un dépôt git : utilisez --global pour enregistrer votre langue dans votre configuration utilisateur

# L'interface en terminal (consulta tui) : titres, aide des touches, état, progression.
# Lignes courtes : la TUI doit tenir dans 80 colonnes.

tui-sections = Sections
tui-comments = Commentaires
tui-no-sections = Ce cycle n'a aucune section.
tui-no-comments-section = Aucun commentaire sur cette section. Appuyez sur c pour écrire le premier.
tui-no-comments-filtered = Aucun commentaire ne correspond aux filtres (f les modifie).
tui-loading-title = Ouverture de la consultation
tui-loading-start = lecture du dépôt
tui-too-small = Terminal trop petit
tui-help-title = Touches
tui-help-foot = ↑↓ défiler · Esc ou ? ferme
tui-current = en cours
tui-whole-section = toute la section
tui-you = vous
tui-no-stance = sans position
tui-open-status = ouvert
tui-compose-comment = Commentaire
tui-compose-propose = Proposer une formulation
tui-compose-reply = Réponse
tui-field-body = Votre commentaire
tui-field-proposal = Formulation proposée (remplace le passage)
tui-preview = Modification
tui-type = Type
tui-stance = Position
tui-on = Sur
tui-passage = Passage
tui-submitting = Envoi…
tui-body-placeholder = Dites ce que vous pensez, et pourquoi.
tui-confirm-title = Abandonner ?
tui-confirm-discard = Abandonner le commentaire en cours ? y abandonne · n revient
tui-restore-title = Commentaire inachevé
tui-restore-keys = y le reprend · n l'abandonne
tui-identity-title = Qui êtes-vous ?
tui-identity-intro = Vos commentaires sont signés avec ces informations (conservées dans la configuration git de ce dépôt).
tui-identity-keys = ↑↓ champ · ←→ catégorie · Enter suite / enregistre · Esc annule
tui-filters-title = Filtrer les commentaires
tui-filters-keys = ↑↓ choisir · ←→ changer · x efface · Esc ferme
tui-filter-type = Type
tui-filter-category = Catégorie
tui-filter-status = État
tui-filter-mine = Les miens
tui-filter-carried = Cycles précédents
tui-shown = affichés
tui-hidden = masqués
tui-carried-shown = Les commentaires des cycles précédents sont affichés là où se trouvent leurs passages.
tui-carried-hidden = Les commentaires des cycles précédents sont masqués (e les affiche).
tui-carry-unchanged = = inchangé
tui-carry-moved = ↻ déplacé
tui-carry-changed = Δ modifié
tui-carry-resolved = ✓ résolu
tui-carry-orphaned = ⌀ orphelin (passage disparu)
tui-all = tous
tui-yes = oui
tui-no = non
tui-filtered = filtrés
tui-search-prompt = Rechercher :
tui-search-hint = Enter recherche · Esc annule
tui-nothing-selected-to-propose = Sélectionnez d'abord un passage (v, puis déplacez-vous) ou placez le curseur dans un paragraphe : une proposition remplace un passage.
tui-no-comment-to-reply = Choisissez un commentaire dans le panneau des commentaires (Tab, puis ↑↓) pour y répondre.
tui-no-more-passages = Plus aucun passage commenté dans cette section.
tui-discarded = Commentaire abandonné.
tui-restored = Votre commentaire inachevé est de retour.
tui-identity-saved = Votre identité est enregistrée dans la configuration git de ce dépôt.
tui-empty-body = Le commentaire est vide : dites ce que vous pensez avant Ctrl-s.
tui-empty-search = Tapez quelque chose à rechercher.
tui-busy = Envoi du commentaire précédent en cours…
tui-k-quit = quitter
tui-k-help = aide
tui-k-next-pane = panneau suivant
tui-k-prev-pane = panneau précédent
tui-k-search = rechercher dans toutes les sections
tui-k-next-match = résultat suivant
tui-k-prev-match = résultat précédent
tui-k-round = lire un autre cycle
tui-k-filters = filtrer les commentaires
tui-k-next-passage = passage commenté suivant
tui-k-prev-passage = passage commenté précédent
tui-k-comment = commenter
tui-k-propose = proposer une formulation
tui-k-reply = répondre
tui-k-carried = afficher / masquer les commentaires des cycles précédents
tui-k-scope = commentaires du paragraphe / de la section
tui-k-diff = vue des différences : ce qui a changé entre deux cycles
tui-k-triage = vue de tri : la file du secrétariat
tui-k-section-up = section précédente
tui-k-section-down = section suivante
tui-k-next-change = modification suivante
tui-k-prev-change = modification précédente
tui-k-side-by-side = en ligne / côte à côte
tui-k-language = lire une autre version linguistique
tui-k-parallel = l’autre version linguistique à côté du texte
tui-k-scroll-down = faire défiler les différences vers le bas
tui-k-scroll-up = faire défiler les différences vers le haut
tui-k-from-prev = comparer depuis une version antérieure
tui-k-from-next = comparer depuis une version ultérieure
tui-k-to-prev = comparer à une version antérieure
tui-k-to-next = comparer à une version ultérieure (jusqu'au projet de travail)
tui-k-back = retour à la lecture
tui-k-accept = décider : accepté
tui-k-modify = décider : accepté avec modifications
tui-k-reject = décider : non accepté
tui-k-note = décider : pris en compte
tui-k-apply = appliquer la proposition acceptée au projet (avec modifications : écrivez d'abord la formulation)
tui-k-triage-filters = filtrer la file
tui-k-save-decision = enregistrer la décision
tui-k-summary = vue de synthèse : participation, sections, décisions
tui-k-send = envoyer mes commentaires, recevoir les nouvelles du secrétariat
tui-sending = Envoi de vos commentaires et réception des nouvelles de la consultation…
tui-k-summary-scroll-up = faire défiler les listes vers le haut
tui-k-summary-scroll-down = faire défiler les listes vers le bas
tui-k-export = exporter la synthèse dans un fichier
tui-k-export-md = Markdown
tui-k-export-html = HTML (autonome)
tui-k-export-json = JSON
tui-k-export-csv = CSV (modèle de commentaires ISO)
tui-k-up = haut
tui-k-down = bas
tui-k-open = ouvrir
tui-k-page-up = page précédente
tui-k-page-down = page suivante
tui-k-top = première
tui-k-bottom = dernière
tui-k-prev-word = mot précédent
tui-k-next-word = mot suivant
tui-k-line-up = ligne au-dessus
tui-k-line-down = ligne en dessous
tui-k-select = commencer / arrêter la sélection
tui-k-select-par = sélectionner le paragraphe
tui-k-next-sentence = phrase suivante
tui-k-prev-sentence = phrase précédente
tui-k-next-par = paragraphe suivant
tui-k-prev-par = paragraphe précédent
tui-k-clear = effacer la sélection
tui-k-go-passage = aller au passage
tui-k-submit = envoyer
tui-k-cancel = annuler
tui-k-editor = ouvrir $EDITOR
tui-k-field = changer de champ
tui-k-general = type général
tui-k-technical = type technique
tui-k-editorial = type rédactionnel
tui-k-support = position pour
tui-k-oppose = position contre
tui-k-neutral = position neutre
tui-k-select-mouse = sélectionner à la souris : cliquer et glisser
tui-ctx-global = Partout
tui-ctx-list = Liste des sections
tui-ctx-reader = Lecture
tui-ctx-comments = Panneau des commentaires
tui-ctx-compose = Rédaction d'un commentaire
tui-ctx-diff = Vue des différences
tui-ctx-triage = Tri (secrétariat)
tui-ctx-decide = Rédaction des observations
tui-ctx-summary = Vue de synthèse
tui-ctx-export = Export de la synthèse
tui-diff-title = Différences
tui-changes = Modifications
tui-behind = À l'origine de cette modification
tui-no-comment-behind = Aucune proposition appliquée n'a produit cette modification (éditée par le secrétariat).
tui-no-change-section = Aucune modification dans cette section.
tui-computing-diff = Comparaison des deux versions…
tui-same-version = Les deux côtés sont la même version : choisissez-en une autre avec [ ] ou {"{"} {"}"}.
tui-no-more-changes = Plus aucune modification.
tui-status-new = nouvelle
tui-status-removed = supprimée
tui-status-renamed = renommée
tui-status-reordered = déplacée
tui-old = avant
tui-new = après
tui-queue = File
tui-queue-to-apply = À appliquer
tui-k-to-apply = propositions décidées pas encore appliquées (à nouveau : retour)
tui-showing-to-apply = Propositions acceptées pas encore appliquées : `a` en applique une, `A` revient.
tui-mark-open = ○ ouvert
tui-mark-applied-accepted = ✓ appl.
tui-mark-applied-modified = ≈ appl.
tui-mark-accepted = ✓ acc.
tui-mark-modified = ≈ mod.
tui-mark-rejected = ✗ non ac.
tui-mark-noted = · pris c.
tui-triage-empty = Aucun commentaire ne correspond aux filtres de la file (f les modifie).
tui-competing = Propositions concurrentes (1 accepte celle sélectionnée, les autres ne sont pas acceptées)
tui-filter-section = Section
tui-filter-competing = Concurrentes seules
tui-triage-filters-title = Filtrer la file
tui-observations = Observations
tui-others-observations = Observations pour les autres propositions (non acceptées)
tui-obs-placeholder = Pourquoi : ce que fera le secrétariat, ou pourquoi non.
tui-saving = Enregistrement de la décision…
tui-applying = Application de la proposition…
tui-applied-title = Appliquée
tui-applied-keys = Esc ou Enter ferme
tui-not-a-proposal = Ce commentaire ne propose aucune formulation pour un passage : rien à appliquer.
tui-empty-observations = Écrivez les observations avant Ctrl-s : chaque décision dit pourquoi.
tui-proposed = Proposée
tui-quote = Passage
tui-wording = Formulation à appliquer (ajustez la proposition selon la décision ; Ctrl-s applique)
tui-empty-wording = La formulation est vide : écrivez le texte qui remplace le passage.
tui-summary-title = Synthèse
tui-computing-summary = Décompte des commentaires et des décisions…
tui-by-category = Commentaires par catégorie
tui-by-section = Commentaires par section
tui-decisions = Décisions
tui-nothing-yet = Aucun commentaire pour l'instant.
tui-sum-accepted = ✓ acceptés
tui-sum-modified = ≈ avec modif.
tui-sum-rejected = ✗ non acceptés
tui-sum-noted = · pris en compte
tui-sum-open = ○ ouverts
tui-sum-not-applied = acceptés, pas encore appliqués
tui-sum-campaigns = campagnes détectées
tui-sum-comments = commentaires
tui-sum-replies = réponses
tui-sum-proposals = propositions
tui-sum-participants = personnes
tui-sum-organisations = organismes
tui-export-title = Exporter la synthèse en
tui-exporting = Écriture de la synthèse…
tui-summary-not-ready = La synthèse est encore en cours de décompte ; exportez quand elle s'affiche.
tui-carried-from = de { $round }
tui-with-earlier = Commentaires · { $n } + { $earlier } antérieurs
tui-later-version = La vue { $view } arrivera dans une version ultérieure.
tui-only-current-round = Les commentaires vont au cycle en cours ({ $current }) ; R pour le lire.
tui-submitted = Commentaire { $id } sur { $section } envoyé et enregistré (commit).
tui-submit-failed = Non envoyé : { $err }
tui-load-failed = Impossible d'ouvrir la consultation : { $err }
tui-problems = { $n ->
    [one] { $n } fichier illisible a été ignoré ; `consulta check` l'indique.
   *[other] { $n } fichiers illisibles ont été ignorés ; `consulta check` les liste.
}
tui-matches = { $n ->
    [one] { $n } résultat
   *[other] { $n } résultats
} dans { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
} · n suivant · N précédent
tui-no-match = Rien ne correspond à « { $query } ».
tui-match-pos = Résultat { $i } sur { $n }
tui-reading-round = Lecture de { $round }.
tui-reading-language = Lecture de la version en { $language } ({ $code }).
tui-one-language = Ce texte n’a pas d’autre version linguistique.
tui-parallel-unaligned = Aucun paragraphe de cette version n’est aligné avec le ¶{ $number }.
tui-editor-failed = L'éditeur ne s'est pas lancé : { $err }
tui-crash-report = consulta s'est arrêté de façon inattendue. Un rapport d'incident a été écrit dans { $path } ; votre commentaire inachevé, le cas échéant, est conservé et vous sera proposé la prochaine fois.
tui-identity-hint-name = Votre nom tel qu'il apparaîtra à côté de vos commentaires.
tui-identity-hint-email = Une adresse où le secrétariat peut vous joindre ; la synthèse publiée ne l'inclut pas.
tui-identity-hint-organisation = Le ministère, l'agence, l'université ou l'entreprise au nom de laquelle vous parlez.
tui-identity-hint-category = ←/→ choisissez le type de partie prenante que vous êtes.
tui-identity-hint-country = Deux lettres (ISO 3166-1) : BR, MX, JM, HT, CL…
tui-field-name = nom
tui-field-email = courriel
tui-field-organisation = organisation
tui-field-category = catégorie
tui-field-country = pays
tui-decision-accepted = accepté
tui-decision-modified = accepté avec modifications
tui-decision-rejected = non accepté
tui-decision-noted = pris en compte
tui-interface-language = Langue : { $lang } (--lang ou CONSULTA_LANG la change)
tui-applied-in = appliqué dans le commit { $commit }
tui-already-applied = Déjà appliqué dans le commit { $commit } : rien à faire (la vue des différences le montre).
tui-in-reply-to = En réponse à { $author }
tui-restore-question = Vous écriviez un commentaire sur { $section } : « { $preview } »
tui-too-small-size = { $w }×{ $h } : agrandissez-le à au moins { $min_w }×{ $min_h }
tui-sent = { $count ->
    [0] Rien de nouveau à envoyer de votre part. { $news }
    [one] { $count } commentaire envoyé au secrétariat. { $news }
   *[other] { $count } commentaires envoyés au secrétariat. { $news }
}
tui-send-failed = Non envoyé : { $why }
tui-hunk-head = @@ lignes { $old_start }+{ $old_lines } → { $new_start }+{ $new_lines }
tui-change-pos = modif. { $i } sur { $n }
tui-diff-failed = Comparaison impossible : { $err }
tui-renamed-from = anciennement « { $old } »
tui-progress = décidés { $decided }/{ $total }
tui-not-secretariat = Le tri est réservé au secrétariat ({ $list }) ; vous êtes { $email }. Demandez au secrétariat d'ajouter votre courriel au manifeste.
tui-recorded-one = Enregistré : { $status }, et commit fait.
tui-recorded-many = { $n } décisions enregistrées ({ $status }, et non accepté pour les autres), et commit fait.
tui-apply-title = Appliquer : la formulation qui remplace le passage · { $author }
tui-decide-title = Décider : { $status } · { $author }
tui-applied = Appliqué à { $section } dans le commit { $commit }
tui-failed = Non effectué : { $err }
tui-decided-gauge = décidés { $decided } sur { $total } ({ $pct } %)
tui-rows-shown = { $from }–{ $to } sur { $n }
tui-summary-failed = Impossible de préparer la synthèse : { $err }
tui-exported = { $path } écrit
tui-export-failed = Impossible d'exporter la synthèse : { $err }
tui-hint-csv = CSV
tui-hint-html = HTML
tui-hint-json = JSON
tui-hint-markdown = Markdown
tui-hint-accept = valider
tui-hint-apply = appliquer
tui-hint-back = retour
tui-hint-cancel = annuler
tui-hint-change = modif.
tui-hint-comment = commenter
tui-hint-commented = commenté
tui-hint-diff = diff.
tui-hint-editor = éditeur
tui-hint-export = exporter
tui-hint-filter = filtre
tui-hint-from = depuis
tui-hint-help = aide
tui-hint-modify = modif.
tui-hint-move = aller
tui-hint-note = noter
tui-hint-open = ouvrir
tui-hint-pane = volet
tui-hint-passage = passage
tui-hint-propose = proposer
tui-hint-quit = quitter
tui-hint-reject = refuser
tui-hint-reply = répondre
tui-hint-round = cycle
tui-hint-save = enregistrer
tui-hint-scroll = défiler
tui-hint-search = chercher
tui-hint-section = section
tui-hint-select = marquer
tui-hint-sentence = phrase
tui-hint-side-by-side = côte à côte
tui-hint-submit = envoyer
tui-hint-to = vers
tui-hint-word = mot
tui-help-mouse = souris
tui-background-stopped = la tâche de fond s'est arrêtée
tui-submission-stopped = l'envoi s'est arrêté
tui-loader-stopped = le chargement s'est arrêté
tui-editor-unclosed = impossible de lire la commande de l'éditeur { $editor } (guillemet non fermé ?)
tui-editor-empty = la commande de l'éditeur est vide
tui-loading-opening = ouverture du dépôt
tui-loading-rounds = lecture des cycles
tui-loading-text = lecture du texte de { $round }
tui-loading-comments = lecture des commentaires
tui-loading-indexing = indexation de { $count } commentaires
tui-loading-carrying = report de { $count } commentaires dans { $round }
tui-counting = Décompte de vos commentaires dans { $folders ->
    [one] un dossier de section
   *[other] { $folders } dossiers de section
  } ; vos marques apparaîtront ensuite…
tui-section-loading = Lecture des commentaires de cette section…
tui-section-unreadable = Les commentaires de cette section n'ont pas pu être lus : { $error }. Vérifiez que le dossier est lisible, puis rouvrez la consultation.
tui-all-loading = Lecture des { $count } commentaires pour cette vue…
tui-all-loaded = Tous les commentaires sont lus.
tui-kind-general = général
tui-kind-technical = technique
tui-kind-editorial = rédactionnel
tui-stance-support = pour
tui-stance-oppose = contre
tui-stance-neutral = neutre
tui-working-draft = projet de travail
tui-key-space = Espace
tui-key-home = Début
tui-key-end = Fin

# Le cadre en versions linguistiques parallèles (drafts/<lang>/NN-slug.md).

versions-folder-not-a-language = drafts/{ $lang }/ n'est pas une version linguistique : les langues de la consultation sont { $languages } (la première est le texte de référence, dans drafts/)
versions-file-name = les fichiers d'une version linguistique portent les noms de ceux du texte de référence (NN-slug.md)
versions-no-primary = aucune section du texte de référence n'a cet identifiant ; une version linguistique reprend les noms de fichier du texte de référence
versions-other-number = le texte de référence nomme cette section drafts/{ $file } ; une version linguistique garde le même nom de fichier
versions-not-utf8 = ce n'est pas du texte UTF-8 valide (est-ce un fichier binaire ?)
versions-unaligned-translation = le paragraphe { $paragraph } n'a pas d'équivalent dans { $file } (le nombre de paragraphes diffère et sa numérotation ne correspond pas)
versions-unaligned-primary = le paragraphe { $paragraph } n'a pas d'équivalent dans { $file } (le nombre de paragraphes diffère et sa numérotation ne correspond pas)
versions-import-not-translation = « { $lang } » n'est pas la langue d'une traduction : le texte de référence est en { $primary } et les langues de la consultation sont { $languages } (ajoutez d'abord la langue à drafts/consultation.json)
versions-import-dirty = la version linguistique a des modifications non validées ({ $files }) ; validez-les ou abandonnez-les avant d'importer, pour ne rien écraser
versions-import-no-headings = { $source } n'a pas de titres Markdown (# Titre) pour le découper en sections
versions-import-count = le document a { $found } sections ; le texte de référence en a { $expected }
versions-import-number = la section { $position } du document porte le numéro { $found } ; la section { $position } du texte de référence ({ $section }) porte le { $expected }
versions-import-mismatch = rien n'a été importé : { $source } ne correspond pas section par section au texte de référence, il ne peut donc pas en être la version { $lang } :
versions-comment-lang-code = lang { $lang } n'est pas un code de langue (deux ou trois lettres minuscules, comme es ou pt)
versions-comment-lang-unknown = la langue { $lang } ne fait pas partie de celles de la consultation : { $languages }
versions-comment-no-version = la section { $section } n'a pas de version { $lang } dans { $round }
versions-init-bad-language = --languages : « { $lang } » n'est pas un code de langue (deux ou trois lettres minuscules, comme en, es, pt ou fr)
versions-init-twice = --languages : { $lang } figure deux fois
versions-cli-missing = { $count ->
    [one] La section { $sections } n'a pas de version { $lang } : le texte de référence est affiché.
   *[other] { $count } sections n'ont pas de version { $lang } ({ $sections }) : le texte de référence est affiché.
}
versions-state-current = à jour
versions-state-behind = en retard
versions-state-missing = manquante
versions-column-translation = traduction
versions-round-behind = { $count ->
    [one] Attention : la version { $lang } est en retard (une autre version a changé, pas elle) dans { $count } section : { $sections }.
   *[other] Attention : la version { $lang } est en retard (une autre version a changé, pas elle) dans { $count } sections : { $sections }.
}
versions-imported = Version { $lang } importée depuis { $source } : { $count } sections, { $changed } ajoutées ou modifiées.
versions-imported-commit = Commit { $commit } créé.
versions-imported-nothing = La version { $lang } était déjà ce document ; rien à valider.
versions-check-unaligned = { $count ->
    [one] { $count } paragraphe ne peut pas être aligné entre les versions linguistiques (ce n'est pas une erreur : les versions diffèrent à cet endroit jusqu'à la mise à jour de la traduction).
   *[other] { $count } paragraphes ne peuvent pas être alignés entre les versions linguistiques (ce n'est pas une erreur : les versions diffèrent à cet endroit jusqu'à la mise à jour de la traduction).
}
versions-summary-behind = Traductions en retard sur le texte de référence

## La ligne de commande

cli-sample-preparing = Préparation de la consultation d’exemple fournie dans { $dir } …
cli-sample-banner = { $why ->
    [no-round] Cette consultation n’a encore aucun cycle ; voici l’exemple fourni.
   *[none] Aucune consultation ici ; voici l’exemple fourni.
} Commencez la vôtre avec `consulta init DIR --title T`.

### The command line's own messages (cli-).

# Les messages propres à la ligne de commande (src/cli). Voir locales/en/cli.ftl.

## Shared: warnings, table headings and cells

cli-warn-skipped = avertissement : ignoré : { $problem }
cli-warn-skipped-count = avertissement : { $count ->
    [one] { $count } fichier ignoré
   *[other] { $count } fichiers ignorés
  } ; `consulta check` liste tous les problèmes
cli-col-title = titre
cli-col-words = mots
cli-col-comments = commentaires
cli-col-change = changement
cli-col-round = cycle
cli-col-section = section
cli-col-clause = clause
cli-col-type = type
cli-col-author = auteur
cli-col-country = pays
cli-col-status = statut
cli-col-comment = commentaire
cli-col-in-round = dans { $round }
cli-col-lang = langue
cli-col-opened = ouverture
cli-col-by = par
cli-col-message = message
cli-change = { $change ->
    [new] nouvelle
   *[changed] modifiée
  }
cli-status = { $status ->
    [accepted] accepté
    [modified] avec modifications
    [rejected] non accepté
    [noted] pris en compte
   *[open] ouvert
  }
cli-status-applied = { $status ->
    [accepted] accepté
    [modified] avec modifications
    [rejected] non accepté
   *[noted] pris en compte
  } (appliqué)
cli-clause-reply = réponse
cli-carry = { $status ->
    [unchanged] inchangé
    [moved] déplacé
    [changed] modifié
    [resolved] résolu
   *[orphaned] orphelin
  }

## init, demo

cli-init-no-title = le titre est vide : indiquez le titre de la consultation avec --title
cli-init-no-identity = git ne sait pas qui vous êtes ; configurez-le d'abord : `git config --global user.name "Votre Nom"` et `git config --global user.email vous@example.org`
cli-init-started = Consultation { $title } lancée dans { $dir }
cli-init-secretariat = Vous ({ $email }) en êtes le secrétariat.
cli-init-next = Étape suivante : rédigez les sections dans drafts/NN-slug.md, faites-en un commit, puis lancez `consulta round open round-1`.
cli-demo-no-sections = --sections doit valoir au moins 1
cli-demo-built = Consultation { $kind ->
    [synthetic] synthétique
   *[sample] d'exemple
  } créée dans { $dir } ({ $rounds ->
    [one] { $rounds } cycle
   *[other] { $rounds } cycles
  }) en { $seconds } s.
cli-demo-open = Ouvrez-la avec : consulta --repo { $dir }

## whoami

cli-whoami-empty = { $option } ne peut pas être vide
cli-whoami-key-no-repo = hors d'un dépôt git : utilisez --global pour signer dans tous les dépôts
cli-whoami-not-category = { $category } n'est pas une catégorie de cette consultation ; choisissez parmi : { $categories }
cli-whoami-no-repo = hors d'un dépôt git : utilisez --global pour enregistrer votre identité dans votre configuration utilisateur
cli-whoami-not-set = (non défini)
cli-whoami-missing = Pour commenter, il vous faut aussi : consulta whoami { $options }
cli-key-unreadable = impossible de lire la clé de signature { $path } : { $error }
cli-key-not-ssh = { $path } n'est pas un fichier de clé SSH (pour OpenPGP, définissez dans git user.signingkey, gpg.format=openpgp et commit.gpgsign=true : consulta les suit)
cli-key-not-utf8 = le chemin de la clé { $path } n'est pas en UTF-8

## show, comment add, comments

cli-show-no-section = il n'y a pas de section { $section } dans { $version } ; les sections sont : { $sections }
cli-comment-bad-type = --type { $value } n'est pas un type de commentaire : utilisez ge (général), te (technique) ou ed (rédactionnel)
cli-comment-bad-stance = --stance { $value } n'est pas une position : utilisez support (pour), oppose (contre) ou neutral (neutre)
cli-comment-saved = Commentaire { $id } enregistré sur { $section } ({ $round }) et committé au nom de { $name } <{ $email }>.
cli-comment-file = Fichier : { $path }
cli-comments-bad-status = --status { $value } n'est pas un statut : utilisez open, accepted, modified, rejected ou noted
cli-comments-mine-who = --mine doit savoir qui vous êtes : indiquez-le avec `consulta whoami --email vous@example.org`
cli-comments-no-section = il n'y a pas de section { $section } ; les sections sont : { $sections }

## rounds, round open, round undo

cli-rounds-none = Aucun cycle pour l'instant. Le secrétariat ouvre le premier avec `consulta round open round-1`.
cli-round-not-secretariat = seul le secrétariat ({ $secretariat }) peut ouvrir un cycle ; vous êtes { $you }
cli-round-opened = Cycle { $name } ({ $number }) ouvert au commit { $commit }.
cli-round-share = Partagez-le avec `git push --tags` (ou `consulta sync`).
cli-round-undone = Cycle { $name } retiré : son étiquette est supprimée ; le commit { $commit } et les projets sont inchangés.
cli-round-undone-next = Modifiez les projets, faites un commit, puis relancez `consulta round open { $name }`. Si vous l'aviez déjà synchronisé, supprimez-le aussi du dépôt partagé : `git push origin :refs/tags/{ $name }`.

## respond, apply, check

cli-respond-bad-status = --status { $value } n'est pas une décision : utilisez accepted, modified, rejected ou noted
cli-respond-recorded = Enregistré : commentaire { $id } { $status ->
    [accepted] accepté
    [modified] accepté avec modifications
    [rejected] non accepté
   *[noted] pris en compte
  }.
cli-apply-applied = Commentaire { $id } appliqué à { $section } dans le commit { $commit }.
cli-check-counts = { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
  }, { $comments ->
    [one] { $comments } commentaire
   *[other] { $comments } commentaires
  }, { $dispositions ->
    [one] { $dispositions } décision
   *[other] { $dispositions } décisions
  }, { $rounds ->
    [one] { $rounds } cycle
   *[other] { $rounds } cycles
  } : { $problems ->
    [0] aucun problème
    [one] { $problems } problème
   *[other] { $problems } problèmes
  }
cli-check-shallow = remarque : ce dépôt est un clone superficiel (git clone --depth) ; des étiquettes de cycle et l'historique ancien peuvent manquer ; récupérez-les avec `git fetch --unshallow --tags` puis relancez check

## verify, register

cli-verify-ok = { $comments ->
    [one] { $comments } fichier de commentaire vérifié
   *[other] { $comments } fichiers de commentaires vérifiés
  } par rapport à { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } en { $seconds } s : chacun est ce que son auteur a soumis.
cli-verify-problems = { $comments ->
    [one] { $comments } fichier de commentaire vérifié
   *[other] { $comments } fichiers de commentaires vérifiés
  } par rapport à { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } en { $seconds } s : { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
  }.
cli-verify-failed = { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
  } : les fichiers de commentaires listés ci-dessus ne sont pas ce qui a été soumis, ou ne peuvent pas être vérifiés
cli-register-revoked = { $count ->
    [one] { $count } clé révoquée
   *[other] { $count } clés révoquées
  } pour { $email } : les signatures faites désormais ne comptent plus
cli-register-no-key = --key PUBKEY_FILE est nécessaire pour inscrire un participant
cli-register-unreadable = impossible de lire { $path } : { $error }
cli-register-done = { $email } inscrit avec la clé { $fingerprint } dans { $file }

## merge, sync

cli-merge-merged = intégrée { $name } : { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
  } de { $authors } dans le commit { $commit }
cli-merge-refused = refusée  { $name } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
  } (rien n'en a été intégré)
cli-merge-totals = { $merged ->
    [one] { $merged } contribution intégrée
   *[other] { $merged } contributions intégrées
  }, { $refused ->
    [one] { $refused } refusée
   *[other] { $refused } refusées
  }, { $added ->
    [one] { $added } commentaire ajouté
   *[other] { $added } commentaires ajoutés
  }{ $up_to_date ->
    [0] {""}
    [one] ; { $up_to_date } branche déjà intégrée
   *[other] ; { $up_to_date } branches déjà intégrées
  }.
cli-merge-refused-all = { $count ->
    [one] { $count } contribution a été refusée
   *[other] { $count } contributions ont été refusées
  } : chaque problème est listé ci-dessus avec son commit et son fichier
cli-sync-warning = avertissement : { $problem }
cli-sync-moved = Vos commentaires sont désormais sur votre propre branche { $branch }, que le secrétariat intègre ; le prochain `consulta sync` part de là.
cli-sync-fast-forward = { $branch } mise à jour avec { $remote }/{ $branch }.
cli-sync-caught-up = L'état le plus récent de la consultation ({ $remote }/main) a été apporté dans { $branch }.
cli-sync-sent = { $count ->
    [one] { $count } commentaire envoyé
   *[other] { $count } commentaires envoyés
  } au secrétariat.
cli-sync-nothing = Synchronisé avec { $remote } ({ $url }) : récupéré ; vous n'avez aucun commentaire en attente d'envoi.
cli-sync-pushed = Synchronisé avec { $remote } ({ $url }) : récupéré, et envoyé : { $names }.
cli-sync-merge-next = Le secrétariat intègre votre branche avec `consulta merge` ; vos commentaires y sont.

## comments --competing

cli-competing-none = Aucune proposition concurrente : aucune paire de propositions ne modifie des passages qui se chevauchent.
cli-competing-group = { $section } · { $round } · { $count ->
    [one] { $count } proposition
   *[other] { $count } propositions
  } sur des passages qui se chevauchent
cli-col-at = position
cli-col-passage = passage
cli-col-proposed = proposition
cli-competing-groups = { $count ->
    [one] { $count } groupe de propositions concurrentes
   *[other] { $count } groupes de propositions concurrentes
  }

## join, send

cli-join-joined = Vous avez rejoint « { $title } » dans { $dir }.
cli-join-branch = Vos commentaires vont sur votre propre branche { $branch } ; `consulta sync` (S dans la TUI) les envoie au secrétariat.
cli-join-who = Avant de commenter, dites qui vous êtes : `consulta whoami { $options }` dans { $dir } (ou la TUI vous le demande).
cli-send-moved = Vos commentaires sont désormais sur votre propre branche { $branch }.
cli-send-wrote = { $path } écrit avec { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
  } de { $branch }. Envoyez-le au secrétariat (par courriel, par exemple) ; il l'intègre avec `consulta merge { $file }`.

## summary, export, import comments, template

cli-report-wrote = { $path } écrit.
cli-report-workbook-terminal = un classeur n'est pas du texte pour le terminal : écrivez-le dans un fichier avec -o FICHIER.xlsx
cli-report-skipped = avertissement : { $count ->
    [one] { $count } fichier d'enregistrement n'a pas pu être lu et est laissé de côté
   *[other] { $count } fichiers d'enregistrement n'ont pas pu être lus et sont laissés de côté
  } ; `consulta check` les liste
cli-import-unreadable = impossible de lire { $path }
cli-import-refused = { $count ->
    [one] { $count } ligne de { $file } ne peut pas être importée, donc rien n'a été importé ; corrigez-la ou importez les lignes valides avec --partial
   *[other] { $count } lignes de { $file } ne peuvent pas être importées, donc rien n'a été importé ; corrigez-les ou importez les lignes valides avec --partial
  }
cli-import-done = { $comments ->
    [one] { $comments } commentaire importé
   *[other] { $comments } commentaires importés
  } en { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } (un par auteur).
cli-import-skipped = { $count ->
    [one] { $count } ligne ignorée
   *[other] { $count } lignes ignorées
  } (listées ci-dessus).
cli-template-no-round = il n'y a pas de cycle { $round } (les cycles sont : { $rounds })
cli-template-working-draft = projet de travail
cli-template-wrote = { $path } écrit : le modèle de commentaires pour { $version } ({ $count ->
    [one] { $count } section
   *[other] { $count } sections
  }).

## import draft

cli-import-draft-not-secretariat = seul le secrétariat ({ $secretariat }) peut importer le projet ; vous êtes { $you }
cli-import-draft-not-utf8 = { $file }:{ $line }:{ $column } : ce n'est pas du texte UTF-8 valide ; enregistrez le document en UTF-8
cli-import-draft-done = { $name } importé au niveau de titre { $level } : { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
  } ({ $added ->
    [one] { $added } ajoutée
   *[other] { $added } ajoutées
  }, { $changed ->
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
  }, { $removed ->
    [one] { $removed } supprimée
   *[other] { $removed } supprimées
  }, { $renamed ->
    [one] { $renamed } renumérotée
   *[other] { $renamed } renumérotées
  }).
cli-import-draft-added = ajoutée      { $id }
cli-import-draft-removed = supprimée    { $id }
cli-import-draft-renamed = renumérotée  { $old } -> { $new }
cli-import-draft-unchanged = Le projet était déjà ce document ; rien à committer.
cli-import-draft-committed = Commit { $commit } créé.
cli-import-draft-round = Cycle { $name } ({ $number }) ouvert.

## diff

cli-diff-no-round = aucun cycle n'a encore été ouvert, il n'y a donc rien à comparer : le secrétariat en ouvre un avec `consulta round open round-1`
cli-diff-no-section = il n'y a pas de section { $section } dans { $from } ni dans { $to } ; `consulta sections --round { $round }` les liste

## crash reports (the report file itself stays in English)

cli-crash-report = consulta s'est arrêté de façon inattendue. Un rapport de plantage a été écrit dans { $path } ; joignez-le quand vous signalez le problème. Ce qui avait été committé est en sécurité : `consulta check` indique si le dépôt est intact.
cli-crash-no-report = consulta s'est arrêté de façon inattendue, et aucun rapport de plantage n'a pu être écrit ({ $why }) ; le voici :

### The --help texts and clap's words (help-): keys from the command path and argument id.

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
help-consulta-arg-lang = La langue de tout ce qu'affiche cette commande : messages, rapports et, quand le cadre a plusieurs versions linguistiques, le texte (en, es, fr, pt, ou une version linguistique de la consultation, comme ht)

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
