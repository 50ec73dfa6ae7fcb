<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backup</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not back up the database to %1: %2.</source>
        <translation>Impossible de sauvegarder la base de données dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not write the backup file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L&apos;option --%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue&#xa0;: --%1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number between %2 and %3.</source>
        <translation>L&apos;option --%1 attend un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>jalon-cli: error: %1</source>
        <translation>jalon-cli&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>jalon-cli: %1 (see jalon-cli --help)</source>
        <translation>jalon-cli&#xa0;: %1 (voir jalon-cli --help)</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argument inattendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 fictional people created in %2 (%3 s).</source>
        <translation>Personnes fictives créées&#xa0;: %L1, dans %2 (%L3&#xa0;s).</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown language %1: use fr or en.</source>
        <translation>Langue inconnue&#xa0;: %1&#xa0;; utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Commande inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>persons search needs the text to look for.</source>
        <translation>persons search&#xa0;: indiquez le texte à rechercher.</translation>
    </message>
    <message>
        <source>persons list takes no argument.</source>
        <translation>persons list n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>persons add needs --%1.</source>
        <translation>persons add&#xa0;: l&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>persons add takes options only.</source>
        <translation>persons add n&apos;accepte que des options.</translation>
    </message>
    <message>
        <source>Unknown INSEE commune code %1.</source>
        <translation>Code commune INSEE inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>possible duplicate of %1 (%2 %3, %4): %5. Add --force to create the record anyway.</source>
        <translation>doublon possible de la fiche %1 (%2 %3, %4)&#xa0;: %5. Ajoutez --force pour créer la fiche malgré tout.</translation>
    </message>
    <message>
        <source>persons show needs a person&apos;s id.</source>
        <translation>persons show&#xa0;: indiquez l&apos;identifiant d&apos;une personne.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>birth name</source>
        <translation>nom de naissance</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>CAF/MSA number</source>
        <translation>numéro CAF/MSA</translation>
    </message>
    <message>
        <source>France Travail id</source>
        <translation>identifiant France Travail</translation>
    </message>
    <message>
        <source>RSA right</source>
        <translation>droit RSA</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>niveau de formation</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>persons needs an action: add, search, list or show.</source>
        <translation>persons attend une action&#xa0;: add, search, list ou show.</translation>
    </message>
    <message>
        <source>Unknown persons action: %1.</source>
        <translation>Action inconnue pour persons&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: it is not a questionnaire definition.</source>
        <translation>%1 dépasse 4 Mo&#xa0;: ce n&apos;est pas une définition de questionnaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1.</source>
        <translation>
            <numerusform>%n problème dans %1.</numerusform>
            <numerusform>%n problèmes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid questionnaire &quot;%2&quot; version %3, %4 themes, %5 questions, %6</source>
        <translation>%1&#xa0;: questionnaire &quot;%2&quot; valide, version %3, %4 thèmes, %5 questions, %6</translation>
    </message>
    <message>
        <source>Installed &quot;%1&quot; version %2 (%3).</source>
        <translation>Questionnaire &quot;%1&quot; version %2 installé (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 was already installed with this content (%3).</source>
        <translation>Le questionnaire &quot;%1&quot; version %2 était déjà installé avec ce contenu (%3).</translation>
    </message>
    <message>
        <source>questionnaire validate needs one definition file.</source>
        <translation>questionnaire validate attend un fichier de définition.</translation>
    </message>
    <message>
        <source>questionnaire import needs one definition file.</source>
        <translation>questionnaire import attend un fichier de définition.</translation>
    </message>
    <message>
        <source>questionnaire needs an action: validate, import or list.</source>
        <translation>questionnaire attend une action&#xa0;: validate, import ou list.</translation>
    </message>
    <message>
        <source>Unknown questionnaire action: %1.</source>
        <translation>Action inconnue pour questionnaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>jalon-cli: warning: %1</source>
        <translation>jalon-cli : attention : %1</translation>
    </message>
    <message>
        <source>diagnostic list needs one person id, nothing else.</source>
        <translation>diagnostic list attend un identifiant de personne, et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>diagnostic print needs one diagnostic id.</source>
        <translation>diagnostic print attend un identifiant de diagnostic.</translation>
    </message>
    <message>
        <source>diagnostic print needs --out FILE.pdf, the PDF to write.</source>
        <translation>diagnostic print attend --out FICHIER.pdf, le PDF à écrire.</translation>
    </message>
    <message>
        <source>Diagnostic summary written to %1.</source>
        <translation>Synthèse du diagnostic écrite dans %1.</translation>
    </message>
    <message>
        <source>diagnostic needs an action: list or print.</source>
        <translation>diagnostic attend une action : list ou print.</translation>
    </message>
    <message>
        <source>Unknown diagnostic action: %1.</source>
        <translation>Action de diagnostic inconnue : %1.</translation>
    </message>
    <message>
        <source>Usage: jalon-cli [--db FILE] [--lang fr|en] COMMAND [OPTIONS]

Commands:
  demo --persons N [--seed S]      fill a new, empty database with fictional people
  persons add --last-name X --first-name Y --birth-date YYYY-MM-DD|DD/MM/YYYY
              [--commune INSEE] [--postcode P] [--caf N] [--phone T] [--email E] [--force]
                                   add a person and print the new id (--force: despite a
                                   possible duplicate)
  persons search TEXT [--limit N]  people matching TEXT (names, dd/mm/yyyy, CAF number, commune)
  persons list [--limit N]         everyone, in register order
  persons show ID                  one person&apos;s record
  questionnaire validate FILE      check a diagnostic grid definition; prints every problem as
                                   JSON-PATH&lt;TAB&gt;message (exit 1 if any)
  questionnaire import FILE        install a new grid version, as the local administrator
                                   (an installed version never changes)
  questionnaire list               installed grids: id, version, themes, questions, hash, title
  diagnostic list PERSON_ID        the person&apos;s diagnostics, newest first: id, date, state
                                   (validated|draft), grid id:version, adviser, priority themes
  diagnostic print ID --out FILE.pdf [--without-sensitive]
                                   write the diagnostic&apos;s printed summary as a PDF
                                   (--without-sensitive: leave out the grid&apos;s sensitive themes)

Lists print one person per line: id, last name, first name, birth date, commune, separated by tabs.

Options:
  --db FILE      the database file (default: $JALON_DB, else %1)
  --lang fr|en   language of messages (default: the language chosen in Jalon&apos;s settings)
  --help         this help
  --version      Jalon&apos;s version

Exit status: 0 success, 1 error, 2 wrong usage.
</source>
        <translation>Utilisation : jalon-cli [--db FICHIER] [--lang fr|en] COMMANDE [OPTIONS]

Commandes :
  demo --persons N [--seed S]      remplit une base neuve et vide avec des personnes fictives
  persons add --last-name X --first-name Y --birth-date AAAA-MM-JJ|JJ/MM/AAAA
              [--commune INSEE] [--postcode P] [--caf N] [--phone T] [--email E] [--force]
                                   ajoute une personne et affiche son identifiant (--force :
                                   même en cas de doublon possible)
  persons search TEXTE [--limit N] personnes correspondant à TEXTE (noms, jj/mm/aaaa, n° CAF,
                                   commune)
  persons list [--limit N]         toutes les personnes, dans l&apos;ordre du registre
  persons show ID                  la fiche d&apos;une personne
  questionnaire validate FICHIER   vérifie la définition d&apos;une grille de diagnostic ; affiche chaque
                                   problème sous la forme CHEMIN-JSON&lt;TAB&gt;message (code 1 s&apos;il y en a)
  questionnaire import FICHIER     installe une nouvelle version de grille, en tant qu&apos;administrateur
                                   local (une version installée ne change jamais)
  questionnaire list               grilles installées : identifiant, version, thèmes, questions,
                                   empreinte, titre
  diagnostic list ID_PERSONNE      les diagnostics de la personne, du plus récent au plus ancien :
                                   identifiant, date, état (validated|draft), grille id:version,
                                   conseiller, thèmes prioritaires
  diagnostic print ID --out FICHIER.pdf [--without-sensitive]
                                   écrit la synthèse imprimée du diagnostic en PDF
                                   (--without-sensitive : sans les thèmes sensibles de la grille)

Les listes affichent une personne par ligne : identifiant, nom, prénom, date de naissance,
commune, séparés par des tabulations.

Options :
  --db FICHIER   le fichier de base de données (par défaut : $JALON_DB, sinon %1)
  --lang fr|en   langue des messages (par défaut : la langue choisie dans les paramètres de Jalon)
  --help         cette aide
  --version      la version de Jalon

Code de sortie : 0 succès, 1 erreur, 2 mauvaise utilisation.
</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not save to the database (%1).</source>
        <translation>Impossible d&apos;enregistrer dans la base de données (%1).</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet enregistrement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1. Check the path and your rights on it.</source>
        <translation>Impossible de créer le dossier de la base de données %1. Vérifiez le chemin et vos droits d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database needs an update, but its backup failed, so it was not changed. %1</source>
        <translation>La base de données doit être mise à jour, mais sa sauvegarde a échoué&#xa0;: elle n&apos;a donc pas été modifiée. %1</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2.</source>
        <translation>Impossible de préparer la base de données %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database is busy or read-only (%1). Try again in a moment.</source>
        <translation>La base de données est occupée ou en lecture seule (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not save to the database (%1). Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer dans la base de données (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Jalon has not changed it. Close Jalon, keep a copy of this file, and restore your latest backup (the &quot;backups&quot; folder beside it), or ask your administrator for help.</source>
        <translation>Le fichier de base de données %1 est endommagé (%2). Jalon ne l&apos;a pas modifié. Fermez Jalon, gardez une copie de ce fichier et restaurez votre dernière sauvegarde (dossier «&#xa0;backups&#xa0;» situé à côté), ou demandez de l&apos;aide à votre administrateur.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it (%2). Try again in a moment.</source>
        <translation>La base de données %1 est occupée : un autre programme y écrit (%2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot open the database %1 (%2). Check that the file and its folder exist and that you may read and write them.</source>
        <translation>Impossible d’ouvrir la base de données %1 (%2). Vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire et de les modifier.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: it is not a readable file. Check the path and your rights on it.</source>
        <translation>Impossible de lire la base de données %1 : ce n’est pas un fichier lisible. Vérifiez le chemin et vos droits sur ce fichier.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Jalon database. Jalon has not changed it. Choose a Jalon file.</source>
        <translation>Le fichier %1 est une base de données SQLite d&apos;un autre logiciel, pas une base Jalon. Jalon ne l&apos;a pas modifié. Choisissez un fichier Jalon.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Jalon (structure version %2; this version knows up to %3). Jalon has not changed it. Install the latest Jalon to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Jalon (structure en version %2&#xa0;; cette version connaît au plus la version %3). Jalon ne l&apos;a pas modifiée. Installez la dernière version de Jalon pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>DemoDiagnostics</name>
    <message>
        <source>Not discussed at this interview.</source>
        <translation>Non abordé lors de cet entretien.</translation>
    </message>
    <message>
        <source>Next appointment in one month.</source>
        <translation>Prochain rendez-vous dans un mois.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo people must be between 0 and 1,000,000.</source>
        <translation>Le nombre de personnes de démonstration doit être compris entre 0 et 1&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>This database already holds people: demo data only goes into a new, empty database. Choose another file with --db.</source>
        <translation>Cette base de données contient déjà des personnes&#xa0;: les données de démonstration ne vont que dans une base neuve et vide. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>Unknown département %1.</source>
        <translation>Département %1 inconnu.</translation>
    </message>
    <message>
        <source>Insertion service of the Trégor (demo)</source>
        <translation>Service insertion du Trégor (démo)</translation>
    </message>
    <message>
        <source>Demo generation cancelled; nothing was written.</source>
        <translation>Génération des données de démonstration annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write to the database.</source>
        <translation>Impossible d’écrire dans la base de données.</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>The theme “%1” is not part of this grid.</source>
        <translation>Le thème « %1 » ne fait pas partie de cette grille.</translation>
    </message>
    <message>
        <source>Choose at most %1 priority themes.</source>
        <translation>Choisissez au plus %1 thèmes prioritaires.</translation>
    </message>
    <message>
        <source>The theme “%1” is chosen twice as a priority.</source>
        <translation>Le thème « %1 » est choisi deux fois comme priorité.</translation>
    </message>
    <message>
        <source>%1: the question “%2” needs an answer.</source>
        <translation>%1 : la question « %2 » attend une réponse.</translation>
    </message>
    <message>
        <source>%1: say why the level was changed from the one the answers give.</source>
        <translation>%1 : indiquez pourquoi le niveau diffère de celui que donnent les réponses.</translation>
    </message>
</context>
<context>
    <name>DiagnosticHistoryWidget</name>
    <message>
        <source>Start the interview on the latest grid (Ctrl+D)</source>
        <translation>Commencer l&apos;entretien sur la dernière grille (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Start a new diagnostic prefilled with this one&apos;s answers</source>
        <translation>Commencer un nouveau diagnostic prérempli avec les réponses de celui-ci</translation>
    </message>
    <message>
        <source>The person&apos;s diagnostics</source>
        <translation>Les diagnostics de la personne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Radar of the theme levels</source>
        <translation>Radar des niveaux par thème</translation>
    </message>
    <message>
        <source>Levels compared with the previous diagnostic</source>
        <translation>Niveaux comparés au diagnostic précédent</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Sensitive themes are not printed: no level, no comment</source>
        <translation>Les thèmes sensibles ne sont pas imprimés : ni niveau, ni commentaire</translation>
    </message>
    <message>
        <source>&amp;Print the summary…</source>
        <translation>Imprimer la &amp;synthèse…</translation>
    </message>
    <message>
        <source>Preview and print the one-page summary for the person (Ctrl+P)</source>
        <translation>Prévisualiser et imprimer la synthèse d&apos;une page pour la personne (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ne&amp;w diagnostic</source>
        <translation>No&amp;uveau diagnostic</translation>
    </message>
    <message>
        <source>&amp;Update from this one</source>
        <translation>Ac&amp;tualiser à partir de celui-ci</translation>
    </message>
    <message>
        <source>Discard the draf&amp;t</source>
        <translation>Supprimer &amp;le brouillon</translation>
    </message>
    <message>
        <source>&amp;Leave the sensitive themes (health, family) out of the printout</source>
        <translation>&amp;Masquer à l&apos;impression les thèmes sensibles (santé, famille)</translation>
    </message>
</context>
<context>
    <name>DiagnosticStore</name>
    <message>
        <source>This diagnostic does not exist or is not visible to you.</source>
        <translation>Ce diagnostic n&apos;existe pas ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>The database could not be read (%1).</source>
        <translation>La base de données n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>This person&apos;s record does not exist or is not visible to you.</source>
        <translation>La fiche de cette personne n&apos;existe pas ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>This person&apos;s file is archived: restore it before changing a diagnostic.</source>
        <translation>Le dossier de cette personne est archivé : restaurez-le avant de modifier un diagnostic.</translation>
    </message>
    <message>
        <source>This person already has a diagnostic in progress: resume it or discard it first.</source>
        <translation>Cette personne a déjà un diagnostic en cours : reprenez-le ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This diagnostic was validated on %1 and can no longer change. Start a new diagnostic from it instead.</source>
        <translation>Ce diagnostic a été validé le %1 et ne peut plus changer. Commencez plutôt un nouveau diagnostic à partir de celui-ci.</translation>
    </message>
    <message>
        <source>A validated diagnostic is part of the person&apos;s history and cannot be removed.</source>
        <translation>Un diagnostic validé fait partie de l&apos;historique de la personne et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>This diagnostic was made with a different content of the grid “%1” version %2 than the one installed; it cannot be shown faithfully.</source>
        <translation>Ce diagnostic a été fait avec un autre contenu de la grille « %1 » version %2 que celui installé ; il ne peut pas être affiché fidèlement.</translation>
    </message>
</context>
<context>
    <name>DiagnosticSummaryDocument</name>
    <message>
        <source>Diagnostic summary</source>
        <translation>Synthèse du diagnostic</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Diagnostic of %1</source>
        <translation>Diagnostic du %1</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Draft, not validated</source>
        <translation>Brouillon, non validé</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Level per theme</source>
        <translation>Niveau par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Level set by the adviser: %1</source>
        <translation>Niveau retenu par le conseiller : %1</translation>
    </message>
    <message>
        <source>Some themes are left out of this summary at the person&apos;s request.</source>
        <translation>Certains thèmes sont retirés de cette synthèse à la demande de la personne.</translation>
    </message>
    <message>
        <source>Priorities and objectives</source>
        <translation>Priorités et objectifs</translation>
    </message>
    <message>
        <source>No priority theme was chosen.</source>
        <translation>Aucun thème prioritaire n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune renseignée.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Signature of the person</source>
        <translation>Signature de la personne</translation>
    </message>
    <message>
        <source>Signature of the adviser</source>
        <translation>Signature du conseiller / de la conseillère</translation>
    </message>
    <message>
        <source>Diagnostic summary – %1</source>
        <translation>Synthèse du diagnostic – %1</translation>
    </message>
    <message>
        <source>This diagnostic (%1)</source>
        <translation>Ce diagnostic (%1)</translation>
    </message>
    <message>
        <source>Previous diagnostic (%1)</source>
        <translation>Diagnostic précédent (%1)</translation>
    </message>
</context>
<context>
    <name>DiagnosticWizard</name>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Themes of the diagnostic</source>
        <translation>Thèmes du diagnostic</translation>
    </message>
    <message>
        <source>Go to a theme (Ctrl+Page Down / Ctrl+Page Up for the next or previous one)</source>
        <translation>Aller à un thème (Ctrl+Page suivante / Ctrl+Page précédente pour le suivant ou le précédent)</translation>
    </message>
    <message>
        <source>Themes covered</source>
        <translation>Thèmes abordés</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous theme (Ctrl+Page Up)</source>
        <translation>Thème précédent (Ctrl+Page précédente)</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Next theme (Ctrl+Page Down)</source>
        <translation>Thème suivant (Ctrl+Page suivante)</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>Va&amp;lider…</translation>
    </message>
    <message>
        <source>Lock the diagnostic once the interview is over</source>
        <translation>Verrouiller le diagnostic une fois l&apos;entretien terminé</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close; what was typed is kept as a draft</source>
        <translation>Fermer ; ce qui a été saisi est gardé en brouillon</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Could not keep the draft (%1).</source>
        <translation>Impossible de conserver le brouillon (%1).</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This person may already have a record. Check before creating a new one.</source>
        <translation>Cette personne a peut-être déjà une fiche. Vérifiez avant d&apos;en créer une nouvelle.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Open the selected record</source>
        <translation>&amp;Ouvrir la fiche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>&amp;Créer quand même</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same CAF/MSA number</source>
        <translation>même numéro CAF/MSA</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>not discussed</source>
        <translation>non abordé</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>point d&apos;appui</translation>
    </message>
    <message>
        <source>light need</source>
        <translation>besoin léger</translation>
    </message>
    <message>
        <source>major barrier</source>
        <translation>frein important</translation>
    </message>
    <message>
        <source>blocking barrier</source>
        <translation>frein bloquant</translation>
    </message>
    <message>
        <source>The theme was not discussed during the interview.</source>
        <translation>Le thème n&apos;a pas été abordé pendant l&apos;entretien.</translation>
    </message>
    <message>
        <source>A strength the person can rely on.</source>
        <translation>Une ressource sur laquelle la personne peut compter.</translation>
    </message>
    <message>
        <source>A need that information or a light step can meet.</source>
        <translation>Un besoin auquel une information ou une démarche simple peut répondre.</translation>
    </message>
    <message>
        <source>A barrier that needs support over time.</source>
        <translation>Un frein qui demande un accompagnement dans la durée.</translation>
    </message>
    <message>
        <source>A barrier that prevents any step towards work for now.</source>
        <translation>Un frein qui empêche pour l&apos;instant toute démarche vers l&apos;emploi.</translation>
    </message>
</context>
<context>
    <name>LocalAccount</name>
    <message>
        <source>Unknown user account.</source>
        <translation>Compte utilisateur inconnu.</translation>
    </message>
    <message>
        <source>My structure</source>
        <translation>Ma structure</translation>
    </message>
    <message>
        <source>Local adviser</source>
        <translation>Conseiller local</translation>
    </message>
    <message>
        <source>Could not create the local account.</source>
        <translation>Impossible de créer le compte local.</translation>
    </message>
    <message>
        <source>Local administrator</source>
        <translation>Administrateur local</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save the record</source>
        <translation>&amp;Enregistrer la fiche</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>Re&amp;chercher une personne</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Archive or restore the person</source>
        <translation>Archi&amp;ver ou restaurer la personne</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Jalon</source>
        <translation>À &amp;propos de Jalon</translation>
    </message>
    <message>
        <source>&amp;Diagnostic</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Diagnostic of the person</source>
        <translation>&amp;Diagnostic de la personne</translation>
    </message>
    <message>
        <source>Start the person&apos;s diagnostic, or resume the one in progress</source>
        <translation>Commencer le diagnostic de la personne, ou reprendre celui en cours</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Diagnostic &amp;history</source>
        <translation>&amp;Historique des diagnostics</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Print the diagnostic summary…</source>
        <translation>&amp;Imprimer la synthèse du diagnostic…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not update the database structure from version %1 to %2 (%3). The database was left unchanged.</source>
        <translation>Impossible de mettre à jour la structure de la base de données de la version %1 à la version %2 (%3). La base de données n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>PagedDocumentWriter</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is not writable; choose another one</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>see people&apos;s files</source>
        <translation>consulter les dossiers des personnes</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>ajouter une personne</translation>
    </message>
    <message>
        <source>change a person&apos;s record</source>
        <translation>modifier la fiche d&apos;une personne</translation>
    </message>
    <message>
        <source>archive a person</source>
        <translation>archiver une personne</translation>
    </message>
    <message>
        <source>create demonstration data</source>
        <translation>créer des données de démonstration</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow you to %2.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à %2.</translation>
    </message>
    <message>
        <source>see the diagnostic grids</source>
        <translation>consulter les grilles de diagnostic</translation>
    </message>
    <message>
        <source>install a diagnostic grid</source>
        <translation>installer une grille de diagnostic</translation>
    </message>
    <message>
        <source>see people&apos;s diagnostics</source>
        <translation>voir les diagnostics des personnes</translation>
    </message>
    <message>
        <source>fill in a diagnostic</source>
        <translation>remplir un diagnostic</translation>
    </message>
</context>
<context>
    <name>PersonChoices</name>
    <message>
        <source>(not given)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Claim pending</source>
        <translation>Demande en cours d&apos;instruction</translation>
    </message>
    <message>
        <source>Right open and payable</source>
        <translation>Droit ouvert et versable</translation>
    </message>
    <message>
        <source>Right open and suspended</source>
        <translation>Droit ouvert et suspendu</translation>
    </message>
    <message>
        <source>Right closed</source>
        <translation>Droit clos</translation>
    </message>
    <message>
        <source>Not an RSA recipient</source>
        <translation>Non bénéficiaire du RSA</translation>
    </message>
    <message>
        <source>No schooling (AFS)</source>
        <translation>Aucune scolarité (AFS)</translation>
    </message>
    <message>
        <source>End of compulsory schooling, CFG, brevet</source>
        <translation>Fin de scolarité obligatoire, CFG, brevet</translation>
    </message>
    <message>
        <source>CAP, BEP (level 3)</source>
        <translation>CAP, BEP (niveau 3)</translation>
    </message>
    <message>
        <source>Baccalauréat (level 4)</source>
        <translation>Baccalauréat (niveau 4)</translation>
    </message>
    <message>
        <source>Bac+2: BTS, DUT (level 5)</source>
        <translation>Bac+2&#xa0;: BTS, DUT (niveau 5)</translation>
    </message>
    <message>
        <source>Bac+3: licence, BUT (level 6)</source>
        <translation>Bac+3&#xa0;: licence, BUT (niveau 6)</translation>
    </message>
    <message>
        <source>Bac+5: master (level 7)</source>
        <translation>Bac+5&#xa0;: master (niveau 7)</translation>
    </message>
    <message>
        <source>Doctorate (level 8)</source>
        <translation>Doctorat (niveau 8)</translation>
    </message>
    <message>
        <source>Without a job</source>
        <translation>Sans emploi</translation>
    </message>
    <message>
        <source>Part-time job</source>
        <translation>Emploi à temps partiel</translation>
    </message>
    <message>
        <source>Full-time job</source>
        <translation>Emploi à temps plein</translation>
    </message>
    <message>
        <source>Temporary or seasonal work</source>
        <translation>Emploi temporaire ou saisonnier</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Activité indépendante</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Unable to work for now</source>
        <translation>Momentanément dans l&apos;incapacité de travailler</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Personne seule</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <source>In a couple</source>
        <translation>En couple</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Awaiting orientation</source>
        <translation>En attente d&apos;orientation</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>En accompagnement</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sortie du dispositif</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>create %1</source>
        <translation>la création de la fiche %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>la modification de la fiche %1</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>l&apos;archivage de la fiche %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>la restauration de la fiche %1</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>No&amp;m *</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Prénom *</translation>
    </message>
    <message>
        <source>Birt&amp;h name</source>
        <translation>Nom de na&amp;issance</translation>
    </message>
    <message>
        <source>&amp;Birth date *</source>
        <translation>Date de nai&amp;ssance *</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Contact and address</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>C&amp;ode postal</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>Comm&amp;une</translation>
    </message>
    <message>
        <source>Type a name or a postcode</source>
        <translation>Saisissez un nom ou un code postal</translation>
    </message>
    <message>
        <source>Rights and situation</source>
        <translation>Droits et situation</translation>
    </message>
    <message>
        <source>Benefits a&amp;gency</source>
        <translation>Or&amp;ganisme payeur</translation>
    </message>
    <message>
        <source>CAF/MSA &amp;number</source>
        <translation>N° CAF/&amp;MSA</translation>
    </message>
    <message>
        <source>France &amp;Travail id</source>
        <translation>&amp;Identifiant France Travail</translation>
    </message>
    <message>
        <source>&amp;RSA right</source>
        <translation>Dr&amp;oit RSA</translation>
    </message>
    <message>
        <source>Rights and d&amp;uties</source>
        <translation>Droits et de&amp;voirs</translation>
    </message>
    <message>
        <source>Subject to rights and duties</source>
        <translation>Soumis à droits et devoirs</translation>
    </message>
    <message>
        <source>Educat&amp;ion level</source>
        <translation>Niv&amp;eau de formation</translation>
    </message>
    <message>
        <source>&amp;Work situation</source>
        <translation>Situation professionne&amp;lle</translation>
    </message>
    <message>
        <source>RQT&amp;H</source>
        <translation>R&amp;QTH</translation>
    </message>
    <message>
        <source>Recognised disabled worker (RQTH)</source>
        <translation>Reconnaissance de la qualité de travailleur handicapé (RQTH)</translation>
    </message>
    <message>
        <source>Famil&amp;y situation</source>
        <translation>&amp;Situation familiale</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>E&amp;nfants</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up &amp;status</source>
        <translation>Statut du s&amp;uivi</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>PersonRegister</name>
    <message>
        <source>Could not read the register (%1).</source>
        <translation>Impossible de lire le registre (%1).</translation>
    </message>
</context>
<context>
    <name>PersonRegisterWidget</name>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, birth date (dd/mm/yyyy), CAF number or commune</source>
        <translation>Nom, date de naissance (jj/mm/aaaa), n° CAF ou commune</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Show people by status</source>
        <translation>Afficher les personnes selon leur statut</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Person&apos;s file</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>F&amp;iche</translation>
    </message>
    <message>
        <source>Dia&amp;gnostics</source>
        <translation>Dia&amp;gnostics</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>You can only add people to your own structure.</source>
        <translation>Vous ne pouvez ajouter des personnes qu&apos;à votre propre structure.</translation>
    </message>
    <message>
        <source>This person&apos;s record does not exist or is not visible to you.</source>
        <translation>La fiche de cette personne n&apos;existe pas ou ne vous est pas accessible.</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>birth name</source>
        <translation>nom de naissance</translation>
    </message>
    <message>
        <source>Enter a valid birth date (dd/mm/yyyy).</source>
        <translation>Saisissez une date de naissance valide (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is more than 120 years ago: check the year.</source>
        <translation>La date de naissance remonte à plus de 120 ans&#xa0;: vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Enter a French phone number: 10 digits starting with 0, or +33 followed by 9 digits.</source>
        <translation>Saisissez un numéro de téléphone français&#xa0;: 10 chiffres commençant par 0, ou +33 suivi de 9 chiffres.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.fr.</source>
        <translation>Saisissez une adresse e-mail du type nom@example.fr.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits, such as 22000.</source>
        <translation>Un code postal français comporte 5 chiffres, par exemple 22000.</translation>
    </message>
    <message>
        <source>Choose the commune from the list.</source>
        <translation>Choisissez la commune dans la liste.</translation>
    </message>
    <message>
        <source>The postcode %1 is not one of %2&apos;s (%3).</source>
        <translation>Le code postal %1 ne correspond pas à la commune %2 (%3).</translation>
    </message>
    <message>
        <source>The CAF or MSA number contains digits only (15 at most).</source>
        <translation>Le numéro CAF ou MSA ne comporte que des chiffres (15 au maximum).</translation>
    </message>
    <message>
        <source>The France Travail identifier has letters and digits only (11 at most).</source>
        <translation>L&apos;identifiant France Travail ne comporte que des lettres et des chiffres (11 au maximum).</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and 20.</source>
        <translation>Le nombre d&apos;enfants doit être compris entre 0 et 20.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez le %1.</translation>
    </message>
    <message>
        <source>The %1 is too long (100 characters at most).</source>
        <translation>Le %1 est trop long (100 caractères au maximum).</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le %1 ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <source>Choose up to three themes to work on first, with the person. The referential&apos;s objectives for each are proposed: tick those to carry into the action plan.</source>
        <translation>Choisissez avec la personne jusqu&apos;à trois thèmes à travailler en premier. Les objectifs du référentiel sont proposés pour chacun : cochez ceux à reporter dans le plan d&apos;action.</translation>
    </message>
    <message>
        <source>Priorities (up to three themes)</source>
        <translation>Priorités (jusqu&apos;à trois thèmes)</translation>
    </message>
    <message>
        <source>Priority &amp;1:</source>
        <translation>Priorité &amp;1 :</translation>
    </message>
    <message>
        <source>Priority theme 1</source>
        <translation>Thème prioritaire 1</translation>
    </message>
    <message>
        <source>Objectives proposed for priority 1</source>
        <translation>Objectifs proposés pour la priorité 1</translation>
    </message>
    <message>
        <source>Tick the objectives to propose for the action plan</source>
        <translation>Cochez les objectifs à proposer pour le plan d&apos;action</translation>
    </message>
    <message>
        <source>Priority &amp;2:</source>
        <translation>Priorité &amp;2 :</translation>
    </message>
    <message>
        <source>Priority theme 2</source>
        <translation>Thème prioritaire 2</translation>
    </message>
    <message>
        <source>Objectives proposed for priority 2</source>
        <translation>Objectifs proposés pour la priorité 2</translation>
    </message>
    <message>
        <source>Priority &amp;3:</source>
        <translation>Priorité &amp;3 :</translation>
    </message>
    <message>
        <source>Priority theme 3</source>
        <translation>Thème prioritaire 3</translation>
    </message>
    <message>
        <source>Objectives proposed for priority 3</source>
        <translation>Objectifs proposés pour la priorité 3</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Prochaines é&amp;tapes :</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
</context>
<context>
    <name>QuestionnaireParser</name>
    <message>
        <source>The file is larger than 4 MB: it is not a questionnaire definition.</source>
        <translation>Le fichier dépasse 4 Mo&#xa0;: ce n&apos;est pas une définition de questionnaire.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1, at byte %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1, à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>Le fichier doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>The hash does not match the content: the file was changed after it was published. Give it a new version number and remove the hash.</source>
        <translation>L&apos;empreinte (&quot;hash&quot;) ne correspond pas au contenu&#xa0;: le fichier a été modifié après sa publication. Donnez-lui un nouveau numéro de version et retirez l&apos;empreinte.</translation>
    </message>
    <message>
        <source>The condition names an unknown question &quot;%1&quot;.</source>
        <translation>La condition porte sur une question inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This value is not a possible answer to the question &quot;%1&quot;.</source>
        <translation>Cette valeur n&apos;est pas une réponse possible à la question &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The visibility of &quot;%1&quot; depends on itself: %2.</source>
        <translation>La visibilité de &quot;%1&quot; dépend d&apos;elle-même&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (allowed here: %2).</source>
        <translation>Clé &quot;%1&quot; inconnue (clés autorisées ici&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Missing label: give a French and an English text, {&quot;fr&quot;: …, &quot;en&quot;: …}.</source>
        <translation>Libellé manquant&#xa0;: donnez un texte en français et un texte en anglais, {&quot;fr&quot;: …, &quot;en&quot;: …}.</translation>
    </message>
    <message>
        <source>A label is an object {&quot;fr&quot;: …, &quot;en&quot;: …}.</source>
        <translation>Un libellé est un objet {&quot;fr&quot;: …, &quot;en&quot;: …}.</translation>
    </message>
    <message>
        <source>Missing or empty text in this language.</source>
        <translation>Texte manquant ou vide dans cette langue.</translation>
    </message>
    <message>
        <source>Missing id (a string).</source>
        <translation>Identifiant manquant (une chaîne de caractères).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; must match %2 and have 64 characters at most.</source>
        <translation>L&apos;identifiant &quot;%1&quot; doit respecter le motif %2 et comporter 64 caractères au maximum.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Valeur attendue&#xa0;: true ou false.</translation>
    </message>
    <message>
        <source>Expected a non-empty array.</source>
        <translation>Tableau non vide attendu.</translation>
    </message>
    <message>
        <source>Expected an array.</source>
        <translation>Tableau attendu.</translation>
    </message>
    <message>
        <source>This is not a Jalon questionnaire definition: &quot;format&quot; must be &quot;jalon-questionnaire/1&quot;.</source>
        <translation>Ce n&apos;est pas une définition de questionnaire Jalon&#xa0;: &quot;format&quot; doit valoir &quot;jalon-questionnaire/1&quot;.</translation>
    </message>
    <message>
        <source>The version must be a whole number from 1.</source>
        <translation>La version doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The hash must be a string &quot;sha256:…&quot;.</source>
        <translation>L&apos;empreinte (&quot;hash&quot;) doit être une chaîne &quot;sha256:…&quot;.</translation>
    </message>
    <message>
        <source>A theme is an object.</source>
        <translation>Un thème est un objet.</translation>
    </message>
    <message>
        <source>Another theme already has the id &quot;%1&quot;.</source>
        <translation>Un autre thème a déjà l&apos;identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The group must be &quot;personal&quot; or &quot;professional&quot;.</source>
        <translation>Le groupe doit valoir &quot;personal&quot; ou &quot;professional&quot;.</translation>
    </message>
    <message>
        <source>An objective is a non-empty string.</source>
        <translation>Un objectif est une chaîne non vide.</translation>
    </message>
    <message>
        <source>A question is an object.</source>
        <translation>Une question est un objet.</translation>
    </message>
    <message>
        <source>Another question already has the id &quot;%1&quot;.</source>
        <translation>Une autre question a déjà l&apos;identifiant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown question type &quot;%1&quot; (single_choice, multiple_choice, yes_no, number, date, short_text or long_text).</source>
        <translation>Type de question &quot;%1&quot; inconnu (single_choice, multiple_choice, yes_no, number, date, short_text ou long_text).</translation>
    </message>
    <message>
        <source>Only choice questions have options.</source>
        <translation>Seules les questions à choix ont des options.</translation>
    </message>
    <message>
        <source>Only number questions have a numeric min and max.</source>
        <translation>Seules les questions numériques ont un min et un max numériques.</translation>
    </message>
    <message>
        <source>min is greater than max.</source>
        <translation>min est supérieur à max.</translation>
    </message>
    <message>
        <source>A choice question needs an array of at least two options.</source>
        <translation>Une question à choix demande un tableau d&apos;au moins deux options.</translation>
    </message>
    <message>
        <source>An option is an object {&quot;value&quot;: …, &quot;label&quot;: …}.</source>
        <translation>Une option est un objet {&quot;value&quot;: …, &quot;label&quot;: …}.</translation>
    </message>
    <message>
        <source>An option value is made of a-z, 0-9 and _.</source>
        <translation>La valeur d&apos;une option ne contient que a-z, 0-9 et _.</translation>
    </message>
    <message>
        <source>Two options have the value &quot;%1&quot;.</source>
        <translation>Deux options ont la valeur &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A scoring rule is an object {&quot;when&quot;: condition, &quot;level&quot;: code}.</source>
        <translation>Une règle de cotation est un objet {&quot;when&quot;: condition, &quot;level&quot;: code}.</translation>
    </message>
    <message>
        <source>Unknown level (not_discussed, resource, light_need, major_barrier or blocking_barrier).</source>
        <translation>Niveau inconnu (not_discussed, resource, light_need, major_barrier ou blocking_barrier).</translation>
    </message>
    <message>
        <source>Conditions are nested too deeply (16 levels at most).</source>
        <translation>Les conditions sont trop imbriquées (16 niveaux au maximum).</translation>
    </message>
    <message>
        <source>A condition is an object.</source>
        <translation>Une condition est un objet.</translation>
    </message>
    <message>
        <source>Expected a non-empty array of conditions.</source>
        <translation>Tableau non vide de conditions attendu.</translation>
    </message>
    <message>
        <source>A condition uses all, any, not, or names a question with equals, one_of or answered.</source>
        <translation>Une condition utilise all, any ou not, ou désigne une question avec equals, one_of ou answered.</translation>
    </message>
    <message>
        <source>Expected a non-empty array of values.</source>
        <translation>Tableau non vide de valeurs attendu.</translation>
    </message>
    <message>
        <source>A condition on a question needs equals, one_of or answered (true or false).</source>
        <translation>Une condition sur une question demande equals, one_of ou answered (true ou false).</translation>
    </message>
    <message>
        <source>Only an option of a multiple-choice question can be exclusive.</source>
        <translation>Seule une option d&apos;une question à choix multiple peut être exclusive.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>The definition was not installed:
%1</source>
        <translation>La définition n&apos;a pas été installée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already installed with other content, and an installed version never changes (diagnostics refer to it). Give the file a new version number.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» est déjà installée avec un autre contenu, et une version installée ne change jamais (des diagnostics y font référence). Donnez un nouveau numéro de version au fichier.</translation>
    </message>
    <message>
        <source>Version %1 of the questionnaire &quot;%2&quot; is not installed.</source>
        <translation>La version %1 du questionnaire «&#xa0;%2&#xa0;» n&apos;est pas installée.</translation>
    </message>
    <message>
        <source>The stored questionnaire &quot;%1&quot; version %2 is damaged: its content no longer matches its hash.</source>
        <translation>Le questionnaire enregistré «&#xa0;%1&#xa0;», version %2, est endommagé&#xa0;: son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>The questionnaire %1 shipped with Jalon cannot be read.</source>
        <translation>Le questionnaire %1 fourni avec Jalon est illisible.</translation>
    </message>
    <message>
        <source>No version of the diagnostic grid “%1” is installed. Ask your administrator to import it (jalon-cli questionnaire import FILE).</source>
        <translation>Aucune version de la grille de diagnostic « %1 » n&apos;est installée. Demandez à votre administrateur de l&apos;importer (jalon-cli questionnaire import FICHIER).</translation>
    </message>
</context>
<context>
    <name>RadarPainter</name>
    <message>
        <source>theme not discussed</source>
        <translation>thème non abordé</translation>
    </message>
    <message>
        <source>From the centre outwards:</source>
        <translation>Du centre vers l&apos;extérieur :</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>adviser</source>
        <translation>conseiller</translation>
    </message>
    <message>
        <source>orientation officer</source>
        <translation>chargé d&apos;orientation</translation>
    </message>
    <message>
        <source>structure manager</source>
        <translation>responsable de structure</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Jalon starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Jalon.</translation>
    </message>
</context>
<context>
    <name>jalon::DiagnosticHistoryWidget</name>
    <message>
        <source>▲ improved</source>
        <translation>▲ amélioré</translation>
    </message>
    <message>
        <source>▼ worsened</source>
        <translation>▼ dégradé</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= inchangé</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1, v%2</source>
        <translation>%1, v%2</translation>
    </message>
    <message>
        <source>Diagnostic of %1</source>
        <translation>Diagnostic du %1</translation>
    </message>
    <message>
        <source>Previous, %1</source>
        <translation>Précédent, %1</translation>
    </message>
    <message>
        <source>Diagnostic validated.</source>
        <translation>Diagnostic validé.</translation>
    </message>
    <message>
        <source>Discard this diagnostic in progress? What was typed in it will be lost.</source>
        <translation>Supprimer ce diagnostic en cours ? Ce qui y a été saisi sera perdu.</translation>
    </message>
    <message>
        <source>Resu&amp;me the draft</source>
        <translation>Re&amp;prendre le brouillon</translation>
    </message>
    <message>
        <source>Ne&amp;w diagnostic</source>
        <translation>No&amp;uveau diagnostic</translation>
    </message>
    <message>
        <source>New diagnostic</source>
        <translation>Nouveau diagnostic</translation>
    </message>
    <message>
        <source>Diagnostic &amp;grid:</source>
        <translation>&amp;Grille de diagnostic :</translation>
    </message>
</context>
<context>
    <name>jalon::DiagnosticWizard</name>
    <message>
        <source>Validate the diagnostic</source>
        <translation>Valider le diagnostic</translation>
    </message>
    <message>
        <source>Once validated, this diagnostic can no longer change; a later change will start a new diagnostic. Validate it now?</source>
        <translation>Une fois validé, ce diagnostic ne pourra plus changer ; une modification ultérieure commencera un nouveau diagnostic. Le valider maintenant ?</translation>
    </message>
    <message>
        <source>Diagnostic — %1</source>
        <translation>Diagnostic — %1</translation>
    </message>
    <message>
        <source>validated on %1 by %2 — read only</source>
        <translation>validé le %1 par %2 — lecture seule</translation>
    </message>
    <message>
        <source>in progress, started on %1 by %2</source>
        <translation>en cours, commencé le %1 par %2</translation>
    </message>
    <message>
        <source>Priorities and validation</source>
        <translation>Priorités et validation</translation>
    </message>
    <message>
        <source>Theme %1 of %2</source>
        <translation>Thème %1 sur %2</translation>
    </message>
    <message>
        <source>Changes not yet saved…</source>
        <translation>Modifications pas encore enregistrées…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) missing</source>
        <translation>
            <numerusform>%n réponse manquante</numerusform>
            <numerusform>%n réponses manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 themes covered</source>
        <translation>%1 thèmes abordés sur %2</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Diagnostic not saved</source>
        <translation>Diagnostic non enregistré</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1

Close anyway and lose them?</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées : %1

Fermer quand même et les perdre ?</translation>
    </message>
</context>
<context>
    <name>jalon::MainWindow</name>
    <message>
        <source>Jalon — %1</source>
        <translation>Jalon — %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Session&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The database was updated to this version of Jalon; a copy of the previous file was kept in %1.</source>
        <translation>La base de données a été mise à jour pour cette version de Jalon&#xa0;; une copie du fichier précédent a été conservée dans %1.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>About Jalon</source>
        <translation>À propos de Jalon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jalon %1&lt;/h3&gt;&lt;p&gt;Support for insertion caseworkers: diagnostic, pathway, local offer and reports, on this computer, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jalon %1&lt;/h3&gt;&lt;p&gt;L&apos;outil des conseillers en insertion&#xa0;: diagnostic, parcours, offre locale et bilans, sur cet ordinateur, hors ligne.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jalon::PersonEditor</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>jalon::PersonListModel</name>
    <message>
        <source>Archived record</source>
        <translation>Fiche archivée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Fiches archivées</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>CAF/MSA no.</source>
        <translation>N° CAF/MSA</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>jalon::PersonRegisterWidget</name>
    <message>
        <source>Current people</source>
        <translation>Fiches actives</translation>
    </message>
    <message>
        <source>Awaiting orientation</source>
        <translation>En attente d&apos;orientation</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>En accompagnement</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sortie du dispositif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Fiches archivées</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1&apos;s record?</source>
        <translation>Enregistrer les modifications de la fiche (%1)&#xa0;?</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>the new person</source>
        <translation>nouvelle personne</translation>
    </message>
    <message numerus="yes">
        <source>The record was not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>La fiche n&apos;a pas été enregistrée&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>La fiche n&apos;a pas été enregistrée&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 added.</source>
        <translation>Fiche créée&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>Record of %1 %2 saved.</source>
        <translation>Fiche enregistrée&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 archived.</source>
        <translation>Fiche archivée&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 restored.</source>
        <translation>Fiche restaurée&#xa0;: %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown, counting…</source>
        <translation>Affichées&#xa0;: %1, décompte en cours…</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Changes to %1 were not saved when Jalon last closed. Resume them?</source>
        <translation>Les modifications apportées à %1 n&apos;avaient pas été enregistrées lors de la dernière fermeture de Jalon. Les reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>une nouvelle fiche</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Choisissez d&apos;abord une personne dans la liste.</translation>
    </message>
</context>
<context>
    <name>jalon::PrioritiesPage</name>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Before validating:</source>
        <translation>Avant de valider :</translation>
    </message>
</context>
<context>
    <name>jalon::QuestionField</name>
    <message>
        <source>— no answer —</source>
        <translation>— sans réponse —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Type an existing date as dd/mm/yyyy.</source>
        <translation>Saisissez une date qui existe, sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Type a number between %1 and %2.</source>
        <translation>Saisissez un nombre entre %1 et %2.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Type a number of at least %1.</source>
        <translation>Saisissez un nombre supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Type a number of at most %1.</source>
        <translation>Saisissez un nombre inférieur ou égal à %1.</translation>
    </message>
</context>
<context>
    <name>jalon::RadarChartWidget</name>
    <message>
        <source>No diagnostic to show.</source>
        <translation>Aucun diagnostic à afficher.</translation>
    </message>
</context>
<context>
    <name>jalon::ThemePage</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>An answer is required before the diagnostic is validated.</source>
        <translation>Une réponse est nécessaire avant de valider le diagnostic.</translation>
    </message>
    <message>
        <source>Level of this theme</source>
        <translation>Niveau de ce thème</translation>
    </message>
    <message>
        <source>From the answers:</source>
        <translation>D&apos;après les réponses :</translation>
    </message>
    <message>
        <source>Level retained</source>
        <translation>Niveau retenu</translation>
    </message>
    <message>
        <source>The level the answers give</source>
        <translation>Le niveau que donnent les réponses</translation>
    </message>
    <message>
        <source>&amp;Level retained:</source>
        <translation>Niveau &amp;retenu :</translation>
    </message>
    <message>
        <source>Why the level differs from the answers (kept with the diagnostic)</source>
        <translation>Pourquoi le niveau diffère des réponses (conservé avec le diagnostic)</translation>
    </message>
    <message>
        <source>Reason for the level retained</source>
        <translation>Raison du niveau retenu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Rai&amp;son :</translation>
    </message>
    <message>
        <source>Comment on this theme for the printed summary</source>
        <translation>Commentaire sur ce thème pour la synthèse imprimée</translation>
    </message>
    <message>
        <source>Co&amp;mment for the summary:</source>
        <translation>Co&amp;mmentaire pour la synthèse :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Jalon database</source>
        <translation>Base de données Jalon</translation>
    </message>
    <message>
        <source>Jalon database (*.sqlite)</source>
        <translation>Base de données Jalon (*.sqlite)</translation>
    </message>
    <message>
        <source>Jalon: support for insertion caseworkers, on this computer.</source>
        <translation>Jalon&#xa0;: l&apos;outil des conseillers en insertion, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue&#xa0;: fr ou en.</translation>
    </message>
</context>
</TS>
