/**
 * Every interface string in French. Plain spaces before « : ; ! ? » are fine: `ui()` applies
 * French typography. `{name}` marks a value filled in by `fill()`.
 */
export const fr = {
  'site.tagline': 'Et si la satisfaction client se gagnait d’abord à l’intérieur ?',
  'site.description':
    'Leadership, climat de service et engagement : ce que les études disent vraiment du lien entre vos équipes et vos clients.',
  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil',
  'nav.articles': 'Articles',
  'nav.tags': 'Étiquettes',
  'nav.about': 'À propos',
  'nav.tools': 'Outils',
  'tools.title': 'Outils de calcul',
  'tools.description':
    'Six calculateurs sourcés pour chiffrer un meilleur climat de service, un engagement plus fort ou une meilleure fidélisation, et un outil qui mesure le lien sur vos données.',
  'tools.lead':
    'Chaque outil répond à une question de gestionnaire, montre sa formule et, pour chaque hypothèse, cite sa source, sa nature et la façon dont nous l’avons vérifiée, ou dit qu’elle vient de nous. Les résultats se partagent par lien, s’impriment sur une page et s’exportent en CSV.',
  'tools.all': 'Tous les outils',
  'tools.featured': 'Les outils de calcul',
  'tools.usedIn': 'Cet outil est utilisé dans :',
  'nav.sources': 'Sources',
  'nav.glossary': 'Glossaire',
  'refs.title': 'Les sources',
  'refs.description':
    'Toutes les études et tous les rapports cités sur Le Lien, classés par thème, avec leur nature, notre vérification et les articles qui les citent.',
  'refs.lead':
    'Chaque chiffre publié ici renvoie à l’une de ces sources. Pour chacune : sa nature, ce que nous en avons vu et ce qui l’affaiblit, ce qu’elle appuie, et les articles qui la citent.',
  'refs.entry': 'fiche de la source',
  'refs.topics': 'Thèmes',
  'refs.topic.chain': 'La chaîne service-profit',
  'refs.topic.climate': 'Le climat de service',
  'refs.topic.engagement': 'L’engagement des équipes',
  'refs.topic.customers': 'Satisfaction, fidélité et valeur client',
  'refs.topic.people': 'Rotation du personnel et moyens des équipes',
  'refs.topic.frontline': 'La première ligne',
  'refs.supports': 'Ce qu’elle appuie',
  'refs.citedBy': 'Citée dans :',
  'refs.notCited': 'Pas encore citée dans un article.',
  'refs.why': 'Ce que nous en avons vu :',
  'glossary.title': 'Glossaire',
  'glossary.description':
    'Les mots du service et de l’engagement, définis simplement : climat de service, chaîne service-profit, eNPS, valeur client et les autres.',
  'glossary.lead':
    'Les termes qui reviennent dans les articles et les outils, expliqués en quelques phrases, avec leurs sources quand un chiffre est en jeu.',
  'glossary.related': 'Voir aussi :',
  'glossary.sources': 'Sources :',
  'glossary.open': 'Définition de « {term} » dans le glossaire',
  'search.kind.article': 'Article',
  'search.kind.tool': 'Outil',
  'search.kind.term': 'Glossaire',
  'search.kind.source': 'Source',
  'search.filter.all': 'Tout',
  'search.filter.article': 'Articles',
  'search.filter.tool': 'Outils',
  'search.filter.term': 'Glossaire',
  'search.filter.source': 'Sources',
  'search.filter.legend': 'Type de résultat',
  'search.tag': 'Étiquette',
  'search.tag.all': 'Toutes les étiquettes',
  'search.open': 'Rechercher',
  'search.close': 'Fermer la recherche',
  'search.label': 'Rechercher des articles, outils, termes et sources',
  'search.placeholder': 'Par exemple : fidélisation',
  'search.results': 'Résultats',
  'search.count.one': '{count} résultat pour « {query} »',
  'search.count.other': '{count} résultats pour « {query} »',
  'search.countBrowse.one': '{count} résultat',
  'search.countBrowse.other': '{count} résultats',
  'search.none':
    'Aucun résultat pour « {query} ». Essayez un mot plus court, un synonyme ou un autre type de résultat.',
  'search.noneBrowse': 'Aucun résultat avec ces filtres.',
  'search.keys': '↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer',
  'search.loading': 'Chargement de la recherche…',
  'search.missing':
    'L’index de recherche n’existe pas encore : en développement, la recherche utilise celui de la dernière construction. Lancez « npm run build » une fois, puis rechargez la page.',
  'search.failed': 'La recherche n’a pas pu se charger. Vérifiez votre connexion puis réessayez.',
  'search.retry': 'Réessayer',
  'search.more': 'Afficher plus de résultats',
  'search.all': 'Voir tous les résultats ({count}) sur la page de recherche',
  'search.title': 'Rechercher',
  'search.description':
    'Chercher dans les articles, les outils de calcul, le glossaire et les sources de Le Lien.',
  'search.lead':
    'Cherchez un mot dans les articles, les outils de calcul, le glossaire et les sources. Les accents et les pluriels sont facultatifs.',
  'search.noscript':
    'La recherche a besoin de JavaScript, qui semble désactivé ou bloqué dans ce navigateur. En attendant, voici tous les articles et tous les outils.',
  'search.submit': 'Chercher',
  'nav.skip': 'Aller au contenu',
  'lang.name': 'Français',
  'lang.untranslated':
    'Cet article n’a pas encore de version anglaise ; le lien mène à l’accueil anglais.',
  'lang.homeNote': ', page d’accueil : cet article n’existe pas encore en français',
  'theme.label': 'Thème',
  'theme.system': 'Système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  'article.published': 'Publié le',
  'article.updated': 'mis à jour le',
  'article.reading': '{minutes} min de lecture',
  'article.toc': 'Sommaire',
  'article.tags': 'Étiquettes',
  'article.previous': 'Article précédent',
  'article.next': 'Article suivant',
  'article.neighbours': 'Articles voisins',
  'article.related': 'À lire aussi',
  'article.anchor': 'Lien vers la section « {title} »',
  'article.corrections': 'Corrections et mises à jour',
  'article.correctionSep': ' : ',
  'article.draft': 'Brouillon : visible seulement dans npm run dev',
  'article.scheduled': 'Programmé pour le {date} : absent du site jusque-là',
  'sources.title': 'Sources',
  'sources.noDate': 's. d.',
  'callout.note': 'À noter',
  'callout.tip': 'Conseil',
  'callout.warning': 'Attention',
  'list.title': 'Tous les articles',
  'list.description': 'Tous les articles du Lien, du plus récent au plus ancien.',
  'list.page': 'page {page} sur {pages}',
  'list.pagination': 'Pagination',
  'list.newer': 'Articles plus récents',
  'list.older': 'Articles plus anciens',
  'list.count.one': '{count} article',
  'list.count.other': '{count} articles',
  'tags.title': 'Étiquettes',
  'tags.description': 'Les articles du Lien, classés par thème.',
  'tag.title': 'Étiquette : {tag}',
  'tag.description': 'Les articles du Lien sur le thème « {tag} ».',
  'home.title': 'Le Lien : la satisfaction client se gagne-t-elle d’abord à l’intérieur ?',
  'home.lead':
    'Ce que vivent vos équipes va souvent de pair avec ce que vivent vos clients. Le Lien rassemble ce que la recherche dit vraiment de ce lien entre leadership interne, climat de service, engagement des employés et fidélité des clients : ce qu’elle montre, ce qu’elle ne montre pas, chaque chiffre sourcé et sa vérification indiquée.',
  'home.chain': 'La chaîne supposée, en cinq maillons : un modèle à tester, pas une loi',
  'home.chain.1': 'Leadership interne',
  'home.chain.2': 'Climat de service',
  'home.chain.3': 'Engagement des équipes',
  'home.chain.4': 'Satisfaction des clients',
  'home.chain.5': 'Fidélité et revenus',
  'home.latest': 'Derniers articles',
  'home.all': 'Tous les articles',
  'footer.about': 'Le Lien, un site sur le lien entre vos équipes et vos clients.',
  'footer.rss': 'Flux RSS',
  'footer.language': 'Version anglaise',
  'footer.rights': '© {year} Le Lien',
  'notFound.title': 'Page introuvable',
  'notFound.lead':
    'Cette adresse ne mène à aucune page. Elle a peut-être changé, ou une faute de frappe s’est glissée dans le lien.',
  'notFound.home': 'Retour à l’accueil',
  'notFound.search': 'Chercher sur le site',
  'notFound.latest': 'Articles à lire',
  'rss.title': 'Le Lien : articles',
  'social.article': 'Article · {minutes} min de lecture',
} as const;

/**
 * French strings that only pages show, never an island: the newsletter's. `ui()` has them on the
 * server; the browser's bundles leave them out (see `ui.ts`), so they cost no island a byte.
 * Islands that need some get them as props, picked on the server (`newsletter/text.ts`).
 */
export const frPages = {
  'sources.legend':
    'Chaque source porte deux mentions : sa nature (méta-analyse, étude évaluée par les pairs, livre, article professionnel, rapport d’un fournisseur…) et la façon dont nous avons vérifié le chiffre (dans le texte de la source, de seconde main, ou non vérifié). Les chiffres que nous avons calculés nous-mêmes portent la mention « notre calcul ».',
  'evidence.methods': 'Comment nous évaluons les sources',
  'evidence.kind.meta-analysis': 'Méta-analyse',
  'evidence.kind.study': 'Étude',
  'evidence.kind.thesis': 'Thèse',
  'evidence.kind.book': 'Livre',
  'evidence.kind.practitioner': 'Article pro',
  'evidence.kind.vendor': 'Fournisseur',
  'evidence.kindLong.meta-analysis': 'méta-analyse de nombreuses études',
  'evidence.kindLong.study': 'étude évaluée par les pairs',
  'evidence.kindLong.thesis': 'thèse universitaire, non évaluée par les pairs',
  'evidence.kindLong.book': 'livre',
  'evidence.kindLong.practitioner': 'article ou rapport professionnel, non évalué par les pairs',
  'evidence.kindLong.vendor':
    'rapport d’un fournisseur ou d’un commanditaire sur sa propre offre ou sa propre enquête',
  'evidence.check.primary': 'vérifié',
  'evidence.check.secondary': 'de seconde main',
  'evidence.check.untraced': 'non vérifié',
  'evidence.checkLong.primary': 'chiffre vérifié dans le texte de la source',
  'evidence.checkLong.secondary': 'chiffre vu seulement via {via}',
  'evidence.checkLong.untraced':
    'chiffre non retrouvé dans un texte consulté, à ne pas tenir pour un fait',
  'evidence.label': 'Source : {kind} ; {check}',
  'evidence.ours': 'notre calcul',
  'evidence.oursExample': 'notre exemple',
  'evidence.oursLong': 'Chiffre calculé par Le Lien, pas par une source',
  'evidence.oursExampleLong': 'Exemple construit par Le Lien, pas tiré d’une source',
  'evidence.how': 'Comment nous l’avons calculé',
  'evidence.close': 'Fermer',
  'evidence.example': 'Exemple',

  'footer.newsletter': 'Lettre d’information',
  'footer.privacy': 'Confidentialité',
  'newsletter.title': 'Recevoir les nouveaux articles',
  'newsletter.lead':
    'Un e-mail quand un article paraît, une ou deux fois par mois environ. Rien d’autre : ni publicité, ni revente de votre adresse.',
  'newsletter.email': 'Votre adresse e-mail',
  'newsletter.emailHint': 'Elle ne sert qu’à vous envoyer les nouveaux articles.',
  'newsletter.language': 'Langue des e-mails',
  'newsletter.consent':
    'J’accepte de recevoir par e-mail les nouveaux articles du Lien. Chaque e-mail contient un lien de désinscription en un clic.',
  'newsletter.consentPrivacy': 'Ce que nous faisons de votre adresse',
  'newsletter.submit': 'S’abonner',
  'newsletter.sending': 'Envoi en cours…',
  'newsletter.successTitle': 'Vérifiez votre boîte de réception.',
  'newsletter.success':
    'Nous venons de vous envoyer un e-mail : cliquez sur son lien dans les 48 heures pour confirmer l’inscription. Rien reçu ? Regardez dans les courriers indésirables.',
  'newsletter.failed':
    'L’envoi n’a pas abouti, sans doute à cause de la connexion. Rien de ce que vous avez saisi n’est perdu : réessayez dans un instant.',
  'newsletter.trap': 'Laissez ce champ vide',
  'newsletter.problem.email.empty': 'Saisissez votre adresse e-mail, par exemple nom@exemple.fr.',
  'newsletter.problem.email.too-long':
    'Cette adresse est trop longue pour être valide. Vérifiez-la, ou utilisez une autre adresse.',
  'newsletter.problem.email.control':
    'L’adresse contient un caractère invisible ou un retour à la ligne. Retapez-la plutôt que de la coller.',
  'newsletter.problem.email.several':
    'Saisissez une seule adresse e-mail, sans virgule, point-virgule ni espace.',
  'newsletter.problem.email.invalid':
    'Cette adresse e-mail semble incomplète. Vérifiez qu’elle a la forme nom@exemple.fr.',
  'newsletter.problem.consent.missing':
    'Cochez la case pour accepter de recevoir les articles par e-mail : sans votre accord, nous ne pouvons pas vous inscrire.',
  'newsletter.problem.lang.invalid': 'Choisissez la langue des e-mails : français ou anglais.',
  'newsletter.problem.request.type':
    'Le formulaire n’a pas été envoyé de la façon attendue. Rechargez la page, puis réessayez.',
  'newsletter.problem.request.malformed':
    'Le formulaire est arrivé incomplet. Rechargez la page, puis réessayez.',
  'newsletter.problem.request.too-large':
    'Le formulaire envoyé est trop volumineux. Vérifiez l’adresse saisie, puis réessayez.',
  'newsletter.problem.request.origin':
    'Ce formulaire doit être envoyé depuis le site du Lien. Ouvrez la page sur le site, puis réessayez.',
  'newsletter.problem.request.rate':
    'Trop d’inscriptions ont été tentées depuis cette connexion. Attendez {minutes} min, puis réessayez.',
  'newsletter.problem.server.unavailable':
    'L’inscription est momentanément indisponible de notre côté. Réessayez dans quelques minutes : votre saisie est conservée.',
  'newsletter.page.title': 'La lettre du Lien',
  'newsletter.page.description':
    'Recevez les nouveaux articles du Lien par e-mail, une ou deux fois par mois. Désinscription en un clic.',
  'newsletter.page.lead':
    'Les nouveaux articles du Lien dans votre boîte dès leur parution : ce que la recherche dit du lien entre vos équipes et vos clients, chiffres sourcés à l’appui.',
  'newsletter.page.points': 'En bref',
  'newsletter.point.what': 'Ce que vous recevez',
  'newsletter.point.what.text':
    'Un e-mail par nouvel article, avec le lien pour le lire. Ni publicité, ni partenaires.',
  'newsletter.point.often': 'À quel rythme',
  'newsletter.point.often.text':
    'Une ou deux fois par mois environ, seulement quand un article paraît.',
  'newsletter.point.leave': 'Comment partir',
  'newsletter.point.leave.text':
    'Chaque e-mail contient un lien de désinscription en un clic. Votre adresse ne sert qu’à cet envoi :',
  'newsletter.point.leave.privacy': 'voir la politique de confidentialité',
  'newsletter.thanks.title': 'Vérifiez votre boîte de réception',
  'newsletter.thanks.description':
    'Votre inscription à la lettre du Lien attend votre confirmation par e-mail.',
  'newsletter.thanks.body':
    'Nous venons de vous envoyer un e-mail. Cliquez sur le lien qu’il contient dans les 48 heures pour confirmer votre inscription : sans confirmation, vous ne recevrez rien.',
  'newsletter.thanks.spam':
    'Rien reçu après quelques minutes ? Regardez dans les courriers indésirables, ou recommencez en vérifiant l’adresse saisie.',
  'newsletter.thanks.again': 'Revenir au formulaire',
  'newsletter.thanks.home': 'Lire les derniers articles',
  'newsletter.problem.title': 'Votre inscription n’est pas encore passée',
  'newsletter.confirm.ask.title': 'Confirmez votre inscription',
  'newsletter.confirm.ask.body':
    'Un clic sur le bouton, et vous recevrez les nouveaux articles du Lien. Vous pourrez vous désinscrire à tout moment, en un clic depuis chaque e-mail.',
  'newsletter.confirm.button': 'Confirmer mon inscription',
  'newsletter.confirm.done.title': 'Bienvenue dans la lettre du Lien',
  'newsletter.confirm.done.body':
    'Votre inscription est confirmée. Un e-mail de bienvenue est en route ; le prochain article suivra dès sa parution.',
  'newsletter.confirm.read': 'Lire les articles déjà parus',
  'newsletter.confirm.expired.title': 'Ce lien a expiré',
  'newsletter.confirm.expired.body':
    'Un lien de confirmation ne fonctionne que 48 heures. Inscrivez-vous de nouveau ci-dessous : vous recevrez un nouveau lien.',
  'newsletter.confirm.invalid.title': 'Ce lien ne fonctionne pas',
  'newsletter.confirm.invalid.body':
    'Il est incomplet, ou l’inscription a été annulée depuis. Copiez le lien entier depuis l’e-mail, ou inscrivez-vous de nouveau ci-dessous.',
  'newsletter.confirm.rate.title': 'Trop d’essais',
  'newsletter.confirm.rate.body':
    'Attendez {minutes} min, puis cliquez de nouveau sur le lien de l’e-mail.',
  'newsletter.confirm.unavailable.title': 'Inscription indisponible',
  'newsletter.confirm.unavailable.body':
    'La lettre d’information ne fonctionne pas sur ce serveur pour le moment. Réessayez plus tard.',
  'newsletter.leave.ask.title': 'Se désinscrire',
  'newsletter.leave.ask.body':
    'Un clic sur le bouton et vous ne recevrez plus aucun e-mail du Lien. Aucune question, aucun mot de passe.',
  'newsletter.leave.button': 'Me désinscrire',
  'newsletter.leave.done.title': 'Vous êtes désinscrit',
  'newsletter.leave.done.body':
    'C’est fait : vous ne recevrez plus d’e-mail du Lien. Votre adresse sera effacée dans 30 jours.',
  'newsletter.leave.again': 'Changé d’avis ? Se réinscrire',
  'newsletter.leave.invalid.title': 'Ce lien ne fonctionne pas',
  'newsletter.leave.invalid.body':
    'Il est incomplet. Copiez le lien entier depuis l’e-mail, ou utilisez le bouton « Se désabonner » de votre messagerie.',
  'newsletter.leave.unavailable.title': 'Désinscription indisponible',
  'newsletter.leave.unavailable.body':
    'La lettre d’information ne fonctionne pas sur ce serveur pour le moment. Réessayez plus tard.',
} as const;
