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
