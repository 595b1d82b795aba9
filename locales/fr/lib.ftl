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
