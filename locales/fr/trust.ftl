## Signatures et registre des participants

trust-not-secretariat = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} fait ce que seul le secrétariat peut faire, mais { $email } n’est pas une adresse du secrétariat
trust-unsigned = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} de { $email } n’est pas signé, mais { $email } a une clé enregistrée
trust-not-ssh = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} de { $email } n’est pas signé avec une clé SSH, mais { $email } a une clé SSH enregistrée
trust-unregistered = { $what ->
    [tag] cette étiquette de cycle
   *[other] ce commit
} de { $email } doit être signé par une clé enregistrée du secrétariat, et { $email } n’en a aucune
trust-wrong-key = la signature { $what ->
    [tag] de cette étiquette de cycle
   *[other] de ce commit
} n’est pas faite avec une clé enregistrée pour { $email }
trust-verify-counts = Signatures : { $verified } vérifiées, { $unverified } non vérifiées, { $bad } invalides (commits et étiquettes de cycle ; vérifiée : signée par une clé que le registre attribue au signataire).
trust-merge-secretariat = est au nom de l’adresse du secrétariat { $email } mais n’est pas signé par une clé enregistrée du secrétariat : seul le secrétariat parle au nom du secrétariat
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
