<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArchivePersonCommand</name>
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
        <source>Usage: jalon-cli [--db FILE] [--lang fr|en] COMMAND [OPTIONS]

Commands:
  demo --persons N [--seed S]      fill a new, empty database with fictional people
  persons add --last-name X --first-name Y --birth-date YYYY-MM-DD
              [--commune INSEE] [--postcode P] [--caf N] [--phone T] [--email E] [--force]
                                   add a person and print the new id (--force: despite a
                                   possible duplicate)
  persons search TEXT [--limit N]  people matching TEXT (names, dd/mm/yyyy, CAF number, commune)
  persons list [--limit N]         everyone, in register order
  persons show ID                  one person&apos;s record

Lists print one person per line: id, last name, first name, birth date, commune, separated by tabs.

Options:
  --db FILE      the database file (default: $JALON_DB, else %1)
  --lang fr|en   language of messages (default: the language chosen in Jalon&apos;s settings)
  --help         this help
  --version      Jalon&apos;s version

Exit status: 0 success, 1 error, 2 wrong usage.
</source>
        <translation>Utilisation&#xa0;: jalon-cli [--db FICHIER] [--lang fr|en] COMMANDE [OPTIONS]

Commandes&#xa0;:
  demo --persons N [--seed S]      remplit une base neuve et vide avec des personnes fictives
  persons add --last-name X --first-name Y --birth-date AAAA-MM-JJ
              [--commune INSEE] [--postcode P] [--caf N] [--phone T] [--email E] [--force]
                                   ajoute une personne et affiche son identifiant (--force&#xa0;:
                                   même en cas de doublon possible)
  persons search TEXTE [--limit N] personnes correspondant à TEXTE (noms, jj/mm/aaaa, n° CAF,
                                   commune)
  persons list [--limit N]         toutes les personnes, dans l&apos;ordre du registre
  persons show ID                  la fiche d&apos;une personne

Les listes affichent une personne par ligne&#xa0;: identifiant, nom, prénom, date de naissance,
commune, séparés par des tabulations.

Options&#xa0;:
  --db FICHIER   le fichier de base de données (par défaut&#xa0;: $JALON_DB, sinon %1)
  --lang fr|en   langue des messages (par défaut&#xa0;: la langue choisie dans les paramètres de Jalon)
  --help         cette aide
  --version      la version de Jalon

Code de sortie&#xa0;: 0 succès, 1 erreur, 2 mauvaise utilisation.
</translation>
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
</context>
<context>
    <name>CreatePersonCommand</name>
    <message>
        <source>create %1</source>
        <translation>la création de la fiche %1</translation>
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
    <name>EditPersonCommand</name>
    <message>
        <source>edit %1</source>
        <translation>la modification de la fiche %1</translation>
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
        <source>Jalon — %1</source>
        <translation>Jalon — %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Session&#xa0;: %1 (%2)</translation>
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
        <source>About Jalon</source>
        <translation>À propos de Jalon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jalon %1&lt;/h3&gt;&lt;p&gt;Support for insertion caseworkers: diagnostic, pathway, local offer and reports, on this computer, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jalon %1&lt;/h3&gt;&lt;p&gt;L&apos;outil des conseillers en insertion&#xa0;: diagnostic, parcours, offre locale et bilans, sur cet ordinateur, hors ligne.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database was updated to this version of Jalon; a copy of the previous file was kept in %1.</source>
        <translation>La base de données a été mise à jour pour cette version de Jalon&#xa0;; une copie du fichier précédent a été conservée dans %1.</translation>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Archived record</source>
        <translation>Fiche archivée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
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
        <translation>Sorties du dispositif</translation>
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
        <source>Changes to %1 were not saved when Jalon last closed. Resume them?</source>
        <translation>Les modifications apportées à %1 n&apos;avaient pas été enregistrées lors de la dernière fermeture de Jalon. Les reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>une nouvelle fiche</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>You can only add people to your own structure.</source>
        <translation>Vous ne pouvez ajouter des personnes qu&apos;à votre propre structure.</translation>
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
    <name>jalon</name>
    <message>
        <source>The database file %1 is damaged (%2). Jalon has not changed it. Close Jalon, keep a copy of this file, and restore your latest backup (the &quot;backups&quot; folder beside it), or ask your administrator for help.</source>
        <translation>Le fichier de base de données %1 est endommagé (%2). Jalon ne l&apos;a pas modifié. Fermez Jalon, gardez une copie de ce fichier et restaurez votre dernière sauvegarde (dossier « backups » situé à côté), ou demandez de l&apos;aide à votre administrateur.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: it is not a readable file.</source>
        <translation>Impossible de lire la base de données %1&#xa0;: ce n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Jalon database. Jalon has not changed it. Choose a Jalon file.</source>
        <translation>Le fichier %1 est une base de données SQLite d&apos;un autre logiciel, pas une base Jalon. Jalon ne l&apos;a pas modifié. Choisissez un fichier Jalon.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Jalon (structure version %2; this version knows up to %3). Jalon has not changed it. Install the latest Jalon to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Jalon (structure en version %2&#xa0;; cette version connaît au plus la version %3). Jalon ne l&apos;a pas modifiée. Installez la dernière version de Jalon pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This person&apos;s record does not exist or is not visible to you.</source>
        <translation>La fiche de cette personne n&apos;existe pas ou ne vous est pas accessible.</translation>
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
    <name>jalon::PersonChoices</name>
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
    <name>jalon::cli</name>
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
        <source>--birth-date needs a real date written YYYY-MM-DD.</source>
        <translation>--birth-date attend une date valide au format AAAA-MM-JJ.</translation>
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
