<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionPlanDocument</name>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Clos le %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Plan opened on</source>
        <translation>Plan ouvert le</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>État du plan</translation>
    </message>
    <message>
        <source>Built from</source>
        <translation>Établi à partir de</translation>
    </message>
    <message>
        <source>the diagnostic of %1</source>
        <translation>le diagnostic du %1</translation>
    </message>
    <message>
        <source>a diagnostic</source>
        <translation>un diagnostic</translation>
    </message>
    <message>
        <source>In the contract; the person agreed on %1</source>
        <translation>Inscrit au contrat ; accord de la personne le %1</translation>
    </message>
    <message>
        <source>In the contract; the person&apos;s agreement is awaited</source>
        <translation>Inscrit au contrat ; accord de la personne en attente</translation>
    </message>
    <message>
        <source>Objective and its actions</source>
        <translation>Objectif et ses actions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Aucune action pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Objectives and actions</source>
        <translation>Objectifs et actions</translation>
    </message>
    <message>
        <source>No objective recorded.</source>
        <translation>Aucun objectif enregistré.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun bilan renseigné.</translation>
    </message>
    <message>
        <source>Review at closing</source>
        <translation>Bilan à la clôture</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>The adviser</source>
        <translation>Le conseiller</translation>
    </message>
    <message>
        <source>Action plan – %1</source>
        <translation>Plan d&apos;action – %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Personalised support pathway</source>
        <translation>Parcours d&apos;accompagnement personnalisé</translation>
    </message>
</context>
<context>
    <name>ActionPlanStore</name>
    <message>
        <source>The action plan could not be read (%1).</source>
        <translation>Le plan d&apos;action n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>An action plan is built from a validated diagnostic of the same person.</source>
        <translation>Un plan d&apos;action s&apos;établit à partir d&apos;un diagnostic validé de la même personne.</translation>
    </message>
    <message>
        <source>The plan&apos;s opening date must be a real day, today or earlier.</source>
        <translation>La date d&apos;ouverture du plan doit être une date valide, aujourd&apos;hui ou antérieure.</translation>
    </message>
    <message>
        <source>This person already has an action plan open since %1: close it with its bilan first.</source>
        <translation>Cette personne a déjà un plan d&apos;action ouvert depuis le %1 : clôturez-le d&apos;abord avec son bilan.</translation>
    </message>
    <message>
        <source>This action plan is closed: open a new one.</source>
        <translation>Ce plan d&apos;action est clos : ouvrez-en un nouveau.</translation>
    </message>
    <message>
        <source>The objective&apos;s date must fall between the plan&apos;s opening and today.</source>
        <translation>La date de l&apos;objectif doit être comprise entre l&apos;ouverture du plan et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Write the objective.</source>
        <translation>Rédigez l&apos;objectif.</translation>
    </message>
    <message>
        <source>Choose the objective&apos;s theme.</source>
        <translation>Choisissez le thème de l&apos;objectif.</translation>
    </message>
    <message>
        <source>This contract is not one of this person&apos;s.</source>
        <translation>Ce contrat n&apos;appartient pas à cette personne.</translation>
    </message>
    <message>
        <source>Record the day the person gave their consent to tie this objective to the contract.</source>
        <translation>Indiquez le jour où la personne a donné son consentement pour rattacher cet objectif au contrat.</translation>
    </message>
    <message>
        <source>This objective cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Cet objectif ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>The date must fall between the objective&apos;s creation and today.</source>
        <translation>La date doit être comprise entre la création de l&apos;objectif et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Write the action.</source>
        <translation>Rédigez l&apos;action.</translation>
    </message>
    <message>
        <source>The action&apos;s date must be a real day, today or earlier.</source>
        <translation>La date de l&apos;action doit être une date valide, aujourd&apos;hui ou antérieure.</translation>
    </message>
    <message>
        <source>An action cannot be due before it is decided.</source>
        <translation>L&apos;échéance d&apos;une action ne peut pas précéder la date à laquelle elle a été décidée.</translation>
    </message>
    <message>
        <source>This action cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Cette action ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>The date must fall between the action&apos;s creation and today.</source>
        <translation>La date doit être comprise entre la création de l&apos;action et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This action plan is already closed.</source>
        <translation>Ce plan d&apos;action est déjà clos.</translation>
    </message>
    <message>
        <source>The closing date must fall between the plan&apos;s opening and today.</source>
        <translation>La date de clôture doit être comprise entre l&apos;ouverture du plan et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Write the bilan of the plan before closing it.</source>
        <translation>Rédigez le bilan du plan avant de le clôturer.</translation>
    </message>
    <message>
        <source>An action cannot be decided before its objective (%1).</source>
        <translation>Une action ne peut pas être décidée avant son objectif (%1).</translation>
    </message>
</context>
<context>
    <name>AdviserDay</name>
    <message>
        <source>The lists could not be read (%1).</source>
        <translation>Les listes n&apos;ont pas pu être lues (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Invitation by:</source>
        <translation>Mode de &amp;convocation :</translation>
    </message>
    <message>
        <source>Invitation channel</source>
        <translation>Mode de convocation</translation>
    </message>
    <message>
        <source>In&amp;vited on:</source>
        <translation>Date de con&amp;vocation :</translation>
    </message>
    <message>
        <source>Invitation date</source>
        <translation>Date de convocation</translation>
    </message>
    <message>
        <source>Why the change was refused</source>
        <translation>Pourquoi la modification a été refusée</translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>Choose whether the appointment is individual or collective.</source>
        <translation>Indiquez si le rendez-vous est individuel ou collectif.</translation>
    </message>
    <message>
        <source>Choose what the appointment is for.</source>
        <translation>Indiquez l&apos;objet du rendez-vous.</translation>
    </message>
    <message>
        <source>Choose how the person is invited: letter, SMS, e-mail or telephone.</source>
        <translation>Indiquez comment la personne est convoquée : courrier, SMS, courriel ou téléphone.</translation>
    </message>
    <message>
        <source>The appointment needs a real date and time.</source>
        <translation>Le rendez-vous doit avoir une date et une heure valides.</translation>
    </message>
    <message>
        <source>An appointment lasts between 1 minute and 8 hours.</source>
        <translation>Un rendez-vous dure entre 1 minute et 8 heures.</translation>
    </message>
    <message>
        <source>The invitation date must be a real day, today or earlier.</source>
        <translation>La date de convocation doit être une date valide, aujourd&apos;hui ou antérieure.</translation>
    </message>
    <message>
        <source>The invitation cannot be sent after the appointment.</source>
        <translation>La convocation ne peut pas être envoyée après le rendez-vous.</translation>
    </message>
    <message>
        <source>This person is not followed: record their entry before planning an appointment.</source>
        <translation>Cette personne n&apos;est pas en accompagnement : enregistrez son entrée avant de planifier un rendez-vous.</translation>
    </message>
    <message>
        <source>Only a planned appointment can be moved: plan a new one instead.</source>
        <translation>Seul un rendez-vous prévu peut être déplacé : planifiez-en plutôt un nouveau.</translation>
    </message>
    <message>
        <source>An appointment cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un rendez-vous ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>This appointment has not happened yet: it cannot be marked attended or missed.</source>
        <translation>Ce rendez-vous n&apos;a pas encore eu lieu : il ne peut pas être marqué comme honoré ou non honoré.</translation>
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
        <source>%1 rows: %2 new, %3 to update, %4 up to date, %5 possible duplicates, %6 errors.</source>
        <translation>%1 lignes : %2 nouvelles, %3 à mettre à jour, %4 à jour, %5 doublons possibles, %6 erreurs.</translation>
    </message>
    <message>
        <source>intake import needs the file to import.</source>
        <translation>intake import attend le fichier à importer.</translation>
    </message>
    <message>
        <source>jalon-cli: warning: the column “%1” is not recognised and is ignored (--mapping &quot;%1=FIELD&quot; to import it).</source>
        <translation>jalon-cli : attention : la colonne « %1 » n&apos;est pas reconnue et sera ignorée (--mapping &quot;%1=CHAMP&quot; pour l&apos;importer).</translation>
    </message>
    <message>
        <source>Dry run: nothing written (%1 would be created, %2 updated, %3 not written).</source>
        <translation>Simulation : rien n&apos;a été écrit (%1 fiches seraient créées, %2 mises à jour, %3 lignes non écrites).</translation>
    </message>
    <message>
        <source>Written: %1 created, %2 updated, %3 entries into follow-up; %4 rows not written.</source>
        <translation>Écrit : %1 fiches créées, %2 mises à jour, %3 entrées en accompagnement ; %4 lignes non écrites.</translation>
    </message>
    <message>
        <source>intake takes: import FILE.csv [--dry-run] [--create-duplicates] [--mapping &quot;Header=field,…&quot;].</source>
        <translation>intake attend : import FICHIER.csv [--dry-run] [--create-duplicates] [--mapping &quot;En-tête=champ,…&quot;].</translation>
    </message>
    <message>
        <source>pathway events needs one person id, nothing else.</source>
        <translation>pathway events attend un identifiant de personne, et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>pathway print needs one person id.</source>
        <translation>pathway print attend un identifiant de personne.</translation>
    </message>
    <message>
        <source>pathway print needs --what plan, contract or convocation.</source>
        <translation>pathway print attend --what plan, contract ou convocation.</translation>
    </message>
    <message>
        <source>pathway print needs --out FILE.pdf, the PDF to write.</source>
        <translation>pathway print attend --out FICHIER.pdf, le PDF à écrire.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>Document « %1 » écrit dans %2.</translation>
    </message>
    <message>
        <source>pathway needs an action: events or print.</source>
        <translation>pathway attend une action : events ou print.</translation>
    </message>
    <message>
        <source>Unknown pathway action: %1.</source>
        <translation>Action de parcours inconnue : %1.</translation>
    </message>
    <message>
        <source>report monthly takes --structure or --adviser, not both.</source>
        <translation>report monthly accepte --structure ou --adviser, pas les deux.</translation>
    </message>
    <message>
        <source>report monthly needs --month YYYY-MM, a month that exists (for example 2026-10).</source>
        <translation>report monthly attend --month AAAA-MM, un mois qui existe (par exemple 2026-10).</translation>
    </message>
    <message>
        <source>report monthly needs --format pdf, csv, xlsx or json.</source>
        <translation>report monthly attend --format pdf, csv, xlsx ou json.</translation>
    </message>
    <message>
        <source>report monthly needs --out FILE.</source>
        <translation>report monthly attend --out FICHIER.</translation>
    </message>
    <message>
        <source>Report for %1 (%2) written to %3%4.</source>
        <translation>Rapport %1 (%2) écrit dans %3%4.</translation>
    </message>
    <message>
        <source>, small counts suppressed</source>
        <translation>, petits effectifs masqués</translation>
    </message>
    <message>
        <source>report takes: monthly --month YYYY-MM [--structure ID] [--adviser ID] --format pdf|csv|xlsx|json --out FILE [--suppress-small-cells], or sql --month YYYY-MM [--structure ID] [--adviser ID].</source>
        <translation>report attend : monthly --month AAAA-MM [--structure ID] [--adviser ID] --format pdf|csv|xlsx|json --out FICHIER [--suppress-small-cells], ou sql --month AAAA-MM [--structure ID] [--adviser ID].</translation>
    </message>
    <message>
        <source>directory import needs the file to import.</source>
        <translation>directory import attend le fichier à importer.</translation>
    </message>
    <message>
        <source>directory search takes one TEXT (quote it when it has spaces).</source>
        <translation>directory search accepte un seul TEXTE (mettez-le entre guillemets s&apos;il contient des espaces).</translation>
    </message>
    <message>
        <source>directory export needs --out FILE.json.</source>
        <translation>directory export attend --out FICHIER.json.</translation>
    </message>
    <message>
        <source>directory takes: import FILE [--source NAME] [--dry-run], search TEXT [--theme CODE] [--commune INSEE] [--type CODE] [--free], export --out FILE.</source>
        <translation>directory attend : import FICHIER [--source NOM] [--dry-run], search TEXTE [--theme CODE] [--commune INSEE] [--type CODE] [--free], export --out FICHIER.</translation>
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
  pathway events PERSON_ID         the person&apos;s timeline, oldest first: date, kind, action,
                                   description, recorded by
  pathway print PERSON_ID --what plan|contract|convocation --out FILE.pdf [--appointment ID]
                                   write the action plan, the latest contract or a convocation
                                   letter (the next appointment unless --appointment) as a PDF
  intake import FILE.csv [--dry-run] [--create-duplicates] [--mapping &quot;Header=field,...&quot;]
                                   import the list of people to orient (UTF-8 or Windows-1252,
                                   ; or , separated): one line per row, LINE&lt;TAB&gt;status&lt;TAB&gt;name
                                   &lt;TAB&gt;reason (status: new, update, up-to-date, duplicate,
                                   error), then a summary; rows in error and possible duplicates
                                   are not written (--create-duplicates: create the latter);
                                   --dry-run writes nothing
  report monthly --month YYYY-MM [--structure ID] [--adviser ID] --format pdf|csv|xlsx|json
                 --out FILE [--suppress-small-cells]
                                   the activity report of a month (whole database unless a
                                   structure or an adviser&apos;s caseload is named), with the
                                   previous month and the same month last year; small counts
                                   (1 to 4) hidden with --suppress-small-cells
  report sql --month YYYY-MM [--structure ID] [--adviser ID]
                                   the SQL statements of that report, values written in, one
                                   per line (for the sqlite3 shell)
  directory import FILE [--source NAME] [--dry-run]
                                   import a data·inclusion file (JSON structures, services or
                                   both; CSV of services): one line per problem,
                                   RECORD-ID&lt;TAB&gt;field&lt;TAB&gt;error|warning&lt;TAB&gt;message, then a
                                   summary; exit 1 if the file is not the format
  directory search [TEXT] [--theme CODE,...] [--commune INSEE] [--type CODE] [--free]
                   [--withdrawn] [--limit N]
                                   services found: key, name, structure, commune, thématiques,
                                   age in days, quality (0-1), separated by tabs
  directory export --out FILE.json the services and structures added in Jalon, as
                                   data·inclusion JSON {&quot;structures&quot;: [], &quot;services&quot;: []}

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
  persons search TEXTE [--limit N] personnes correspondant à TEXTE (noms, jj/mm/aaaa, numéro
                                   allocataire, commune)
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
  pathway events ID_PERSONNE       l&apos;historique du parcours de la personne, du plus ancien au plus
                                   récent : date, type, action, description, saisi par
  pathway print ID_PERSONNE --what plan|contract|convocation --out FICHIER.pdf [--appointment ID]
                                   écrit en PDF le plan d&apos;action, le dernier contrat ou une
                                   convocation (au prochain rendez-vous, sauf --appointment)
  intake import FICHIER.csv [--dry-run] [--create-duplicates] [--mapping &quot;En-tête=champ,...&quot;]
                                   importe la liste des personnes à orienter (UTF-8 ou
                                   Windows-1252, séparateur ; ou ,) : une ligne par ligne du
                                   fichier, LIGNE&lt;TAB&gt;statut&lt;TAB&gt;nom&lt;TAB&gt;motif (statut : new,
                                   update, up-to-date, duplicate, error), puis un récapitulatif ;
                                   les lignes en erreur et les doublons possibles ne sont pas
                                   écrits (--create-duplicates : créer ces derniers) ;
                                   --dry-run n&apos;écrit rien
  report monthly --month AAAA-MM [--structure ID] [--adviser ID] --format pdf|csv|xlsx|json
                 --out FICHIER [--suppress-small-cells]
                                   le rapport d&apos;activité d&apos;un mois (toute la base, sauf si une
                                   structure ou le portefeuille d&apos;un conseiller est indiqué),
                                   avec le mois précédent et le même mois l&apos;an dernier ; petits
                                   effectifs (1 à 4) masqués avec --suppress-small-cells
  report sql --month AAAA-MM [--structure ID] [--adviser ID]
                                   les requêtes SQL de ce rapport, valeurs incluses, une par
                                   ligne (pour le shell sqlite3)
  directory import FICHIER [--source NOM] [--dry-run]
                                   importe un fichier data·inclusion (structures, services ou
                                   les deux en JSON ; services en CSV) : une ligne par problème,
                                   ID-FICHE&lt;TAB&gt;champ&lt;TAB&gt;error|warning&lt;TAB&gt;message, puis un
                                   récapitulatif ; code 1 si le fichier n&apos;est pas au bon format
  directory search [TEXTE] [--theme CODE,...] [--commune INSEE] [--type CODE] [--free]
                   [--withdrawn] [--limit N]
                                   services trouvés : clé, nom, structure, commune, thématiques,
                                   ancienneté en jours, qualité (0-1), séparés par des tabulations
  directory export --out FICHIER.json
                                   les services et structures ajoutés dans Jalon, en JSON
                                   data·inclusion {&quot;structures&quot;: [], &quot;services&quot;: []}

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
    <name>ContractDocument</name>
    <message>
        <source>born on %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>represented by %1</source>
        <translation>représentée par %1</translation>
    </message>
    <message>
        <source>Between the undersigned</source>
        <translation>Entre les soussignés</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>The structure</source>
        <translation>La structure</translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation>Pas encore signé</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue le</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun engagement renseigné.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>accord le %1</translation>
    </message>
    <message>
        <source>agreement awaited</source>
        <translation>accord en attente</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Objectives agreed</source>
        <translation>Objectifs convenus</translation>
    </message>
    <message>
        <source>No objective of the action plan is tied to this contract.</source>
        <translation>Aucun objectif du plan d&apos;action n&apos;est rattaché à ce contrat.</translation>
    </message>
    <message>
        <source>The person and the structure each commit to what this contract sets out. By signing, the person agrees to the objectives above and to their follow-up by the structure; the person may ask to see them, and have them corrected, at any time.</source>
        <translation>La personne et la structure s&apos;engagent chacune à respecter ce que prévoit ce contrat. En signant, la personne accepte les objectifs ci-dessus et leur suivi par la structure ; elle peut à tout moment demander à les consulter et à les faire rectifier.</translation>
    </message>
    <message>
        <source>Done at %1, on %2</source>
        <extracomment>French: &quot;Fait à ……………, le ……………&quot;, the place and day of signature, filled in by hand.</extracomment>
        <translation>Fait à %1, le %2</translation>
    </message>
    <message>
        <source>Preceded by the words “read and approved”</source>
        <extracomment>The mention the person writes by hand above their signature (&quot;Lu et approuvé&quot;).</extracomment>
        <translation>Précédée de la mention « lu et approuvé »</translation>
    </message>
    <message>
        <source>For the structure</source>
        <translation>Pour la structure</translation>
    </message>
    <message>
        <source>%1, adviser</source>
        <translation>%1, conseiller</translation>
    </message>
    <message>
        <source>Reciprocal commitment contract</source>
        <translation>Contrat d&apos;engagement réciproque</translation>
    </message>
    <message>
        <source>CER – support towards social and professional integration</source>
        <translation>CER – accompagnement vers l&apos;insertion sociale et professionnelle</translation>
    </message>
    <message>
        <source>No contract recorded.</source>
        <translation>Aucun contrat enregistré.</translation>
    </message>
</context>
<context>
    <name>ContractStore</name>
    <message>
        <source>Choose the kind of contract: CER, PPAE, CEJ or PACEA.</source>
        <translation>Choisissez le type de contrat : CER, PPAE, CEJ ou PACEA.</translation>
    </message>
    <message>
        <source>The contract needs a start date and a planned end date.</source>
        <translation>Le contrat doit avoir une date de début et une date de fin prévue.</translation>
    </message>
    <message>
        <source>The contract must end after it starts.</source>
        <translation>Le contrat doit se terminer après son début.</translation>
    </message>
    <message>
        <source>A contract lasts two years at most: record a new one when it is renewed.</source>
        <translation>Un contrat dure deux ans au plus : enregistrez-en un nouveau lors de son renouvellement.</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future or after the contract&apos;s end.</source>
        <translation>La date de signature ne peut pas être dans le futur ni postérieure à la fin du contrat.</translation>
    </message>
    <message>
        <source>A new contract must start after the previous one (started %1).</source>
        <translation>Un nouveau contrat doit commencer après le précédent (commencé le %1).</translation>
    </message>
    <message>
        <source>This contract was already signed on %1.</source>
        <translation>Ce contrat a déjà été signé le %1.</translation>
    </message>
    <message>
        <source>This contract already ended on %1.</source>
        <translation>Ce contrat s&apos;est déjà terminé le %1.</translation>
    </message>
    <message>
        <source>A contract ends between its start (%1) and its planned end (%2).</source>
        <translation>Un contrat se termine entre son début (%1) et sa fin prévue (%2).</translation>
    </message>
</context>
<context>
    <name>ConvocationDocument</name>
    <message>
        <source>Contact: %1</source>
        <extracomment>French: &quot;Affaire suivie par : %1&quot;, the adviser the letter comes from.</extracomment>
        <translation>Affaire suivie par : %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <extracomment>The letter&apos;s date under the address; French: &quot;Le %1&quot;.</extracomment>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Subject: invitation to an appointment</source>
        <extracomment>French: &quot;Objet : convocation à un rendez-vous&quot;.</extracomment>
        <translation>Objet : convocation à un rendez-vous</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <extracomment>French: &quot;Madame, Monsieur,&quot;.</extracomment>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>No appointment recorded.</source>
        <translation>Aucun rendez-vous enregistré.</translation>
    </message>
    <message>
        <source>As part of your support, we invite you to the following appointment:</source>
        <translation>Dans le cadre de votre accompagnement, nous vous convoquons au rendez-vous suivant :</translation>
    </message>
    <message>
        <source>Please bring an identity document, your latest documents about your situation (income, housing, training, health insurance) and this letter.</source>
        <translation>Merci de vous munir d&apos;une pièce d&apos;identité, de vos derniers justificatifs concernant votre situation (ressources, logement, formation, assurance maladie) et de la présente convocation.</translation>
    </message>
    <message>
        <source>If you cannot come, please contact %1 as soon as possible, before the appointment, so that another date can be arranged.</source>
        <translation>En cas d&apos;empêchement, merci de contacter %1 au plus vite, avant le rendez-vous, afin de convenir d&apos;une autre date.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <extracomment>The closing formula; French: &quot;Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.&quot;</extracomment>
        <translation>Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</translation>
    </message>
    <message>
        <source>Your adviser,</source>
        <translation>Votre conseiller,</translation>
    </message>
    <message>
        <source>Invitation to an appointment – %1</source>
        <translation>Convocation à un rendez-vous – %1</translation>
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
    <message>
        <source>The number of demo directory services must be between 0 and 100,000.</source>
        <translation>Le nombre de services de démonstration du répertoire doit être compris entre 0 et 100&#xa0;000.</translation>
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
    <name>DirectoryFilterPanel</name>
    <message>
        <source>Open to people living &amp;in:</source>
        <translation>Ouvert aux personnes &amp;habitant :</translation>
    </message>
    <message>
        <source>Commune or postcode</source>
        <translation>Commune ou code postal</translation>
    </message>
    <message>
        <source>Open to people living in this commune</source>
        <translation>Ouvert aux personnes habitant cette commune</translation>
    </message>
    <message>
        <source>Only the services open to people living in this commune (its own, its EPCI&apos;s, its département&apos;s or national services)</source>
        <translation>Seulement les services ouverts aux personnes habitant cette commune (services de la commune, de son EPCI, de son département ou nationaux)</translation>
    </message>
    <message>
        <source>&amp;Thématiques:</source>
        <translation>&amp;Thématiques :</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Tick a category for all its thématiques, or some of them (Space ticks the current line)</source>
        <translation>Cochez une catégorie pour toutes ses thématiques, ou certaines d&apos;entre elles (Espace coche la ligne courante)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>P&amp;ublics :</translation>
    </message>
    <message>
        <source>Public of the service</source>
        <translation>Publics du service</translation>
    </message>
    <message>
        <source>&amp;Reception:</source>
        <translation>&amp;Accueil :</translation>
    </message>
    <message>
        <source>Mode d&apos;accueil</source>
        <translation>Mode d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Applying:</source>
        <translation>&amp;Mobilisation :</translation>
    </message>
    <message>
        <source>Mode de mobilisation</source>
        <translation>Mode de mobilisation</translation>
    </message>
    <message>
        <source>&amp;Free services only</source>
        <translation>Services &amp;gratuits uniquement</translation>
    </message>
    <message>
        <source>Free services only</source>
        <translation>Services gratuits uniquement</translation>
    </message>
    <message>
        <source>Show &amp;withdrawn services</source>
        <translation>Afficher les &amp;services retirés</translation>
    </message>
    <message>
        <source>Also list the services gone from their source at the last import</source>
        <translation>Lister aussi les services disparus de leur source lors du dernier import</translation>
    </message>
    <message>
        <source>Show withdrawn services</source>
        <translation>Afficher les services retirés</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 withdrawn, %5 skipped</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés, %4 retirés, %5 ignorés</translation>
    </message>
    <message>
        <source>Structures: %1. Services: %2. %3 errors, %4 warnings.</source>
        <translation>Structures : %1. Services : %2. %3 erreurs, %4 avertissements.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message>
        <source>Could not read the directory (%1).</source>
        <translation>Impossible de lire le répertoire (%1).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This id appears twice in the file: the second is skipped.</source>
        <translation>Cet identifiant apparaît deux fois dans le fichier : le second est ignoré.</translation>
    </message>
    <message>
        <source>The structure “%1” is not in the directory.</source>
        <translation>La structure « %1 » n&apos;est pas dans le répertoire.</translation>
    </message>
</context>
<context>
    <name>DirectoryParser</name>
    <message>
        <source>This file is not a data·inclusion directory file: %1 Nothing was imported.</source>
        <translation>Ce fichier n&apos;est pas un fichier de répertoire data·inclusion : %1 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>its lists must hold only objects.</source>
        <translation>ses listes ne doivent contenir que des objets.</translation>
    </message>
    <message>
        <source>no record has an id or a name (nom).</source>
        <translation>aucune fiche n&apos;a d&apos;identifiant (id) ni de nom (nom).</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>it is larger than 256 MB.</source>
        <translation>il dépasse 256 Mo.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>it holds an empty list.</source>
        <translation>il contient une liste vide.</translation>
    </message>
    <message>
        <source>a JSON file must hold a list of structures or services, or an object with the lists &quot;structures&quot; and &quot;services&quot;.</source>
        <translation>un fichier JSON doit contenir une liste de structures ou de services, ou un objet avec les listes « structures » et « services ».</translation>
    </message>
    <message>
        <source>a CSV of services needs the columns %1 (missing: %2).</source>
        <translation>un CSV de services doit avoir les colonnes %1 (manquantes : %2).</translation>
    </message>
</context>
<context>
    <name>DirectorySearch</name>
    <message>
        <source>Unknown commune code %1: give its INSEE code (5 characters).</source>
        <translation>Code commune inconnu %1 : indiquez son code INSEE (5 caractères).</translation>
    </message>
    <message>
        <source>Could not search the directory (%1).</source>
        <translation>Impossible de rechercher dans le répertoire (%1).</translation>
    </message>
</context>
<context>
    <name>DirectorySheet</name>
    <message>
        <source>by: %1</source>
        <translation>par : %1</translation>
    </message>
    <message>
        <source>all of France</source>
        <translation>toute la France</translation>
    </message>
    <message>
        <source>%1 (commune)</source>
        <translation>%1 (commune)</translation>
    </message>
    <message>
        <source>%1 (EPCI)</source>
        <translation>%1 (EPCI)</translation>
    </message>
    <message>
        <source>%1 (not given by the source: assumed)</source>
        <translation>%1 (non précisé par la source : valeur supposée)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment mobiliser</translation>
    </message>
    <message>
        <source>Open to people living in</source>
        <translation>Ouvert aux personnes habitant</translation>
    </message>
    <message>
        <source>Full until</source>
        <translation>Complet jusqu&apos;au</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source> (more than a year ago: check with the structure)</source>
        <translation> (il y a plus d&apos;un an : vérifiez auprès de la structure)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>This service is not in the directory (or was removed).</source>
        <translation>Ce service n&apos;est pas dans le répertoire (ou a été supprimé).</translation>
    </message>
    <message>
        <source>Could not read the directory (%1).</source>
        <translation>Impossible de lire le répertoire (%1).</translation>
    </message>
    <message>
        <source>nom: the name must have 3 to 150 characters.</source>
        <translation>nom : le nom doit comporter de 3 à 150 caractères.</translation>
    </message>
    <message>
        <source>description: describe the service (5 characters at least).</source>
        <translation>description : décrivez le service (5 caractères au moins).</translation>
    </message>
    <message>
        <source>structure_id: a local service belongs to a structure added in Jalon; save it first.</source>
        <translation>structure_id : un service local appartient à une structure ajoutée dans Jalon ; enregistrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>Impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <source>This service was withdrawn from its source&apos;s directory: choose another one.</source>
        <translation>Ce service a été retiré du répertoire de sa source : choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>DirectoryValidator</name>
    <message>
        <source>The value has the wrong type.</source>
        <translation>La valeur n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>This required field is missing or empty.</source>
        <translation>Ce champ obligatoire est absent ou vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value here; it is left out.</source>
        <translation>« %1 » n&apos;est pas une valeur valide ici ; elle est ignorée.</translation>
    </message>
    <message>
        <source>“%1” is not a French phone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone français.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a real date (yyyy-mm-dd).</source>
        <translation>« %1 » n&apos;est pas une date valide (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>Last updated on %1, more than a year ago.</source>
        <translation>Dernière mise à jour le %1, il y a plus d&apos;un an.</translation>
    </message>
    <message>
        <source>Unknown code “%1”: it is left out.</source>
        <translation>Code « %1 » inconnu : il est ignoré.</translation>
    </message>
    <message>
        <source>The service has no description.</source>
        <translation>Le service n&apos;a pas de description.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Local offer directory</source>
        <translation>Répertoire de l&apos;offre locale</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name, structure, commune or words of the description (Ctrl+F)</source>
        <translation>Nom, structure, commune ou mots de la description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rechercher dans le répertoire</translation>
    </message>
    <message>
        <source>Number of services found</source>
        <translation>Nombre de services trouvés</translation>
    </message>
    <message>
        <source>Person to refer</source>
        <translation>Personne à orienter</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <source>Enter reads the service&apos;s sheet</source>
        <translation>Entrée affiche la fiche du service</translation>
    </message>
    <message>
        <source>&amp;Refer to this service</source>
        <translation>&amp;Orienter vers ce service</translation>
    </message>
    <message>
        <source>Record the referral to this service on the person&apos;s pathway</source>
        <translation>Enregistrer l&apos;orientation vers ce service dans le parcours de la personne</translation>
    </message>
    <message>
        <source>Refer the person to this service</source>
        <translation>Orienter la personne vers ce service</translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Print the service sheet for the person (Ctrl+P)</source>
        <translation>Imprimer la fiche du service pour la personne (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy the sheet as plain text, for an e-mail or a message (Ctrl+Shift+C)</source>
        <translation>Copier la fiche en texte brut, pour un e-mail ou un message (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Advisers&apos; &amp;note:</source>
        <translation>&amp;Note des conseillers :</translation>
    </message>
    <message>
        <source>Advisers&apos; note on the service</source>
        <translation>Note des conseillers sur le service</translation>
    </message>
    <message>
        <source>What advisers learned about this service (kept across imports, never printed)</source>
        <translation>Ce que les conseillers ont appris sur ce service (conservé d&apos;un import à l&apos;autre, jamais imprimé)</translation>
    </message>
    <message>
        <source>Only advisers see this note</source>
        <translation>Seuls les conseillers voient cette note</translation>
    </message>
    <message>
        <source>Sa&amp;ve the note</source>
        <translation>Enregistrer &amp;la note</translation>
    </message>
    <message>
        <source>Temporarily &amp;full until</source>
        <translation>Complet temporairement &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Temporarily full</source>
        <translation>Complet temporairement</translation>
    </message>
    <message>
        <source>Mark the service full for a while: other advisers see it in the list</source>
        <translation>Marquer le service comme complet pour un temps : les autres conseillers le voient dans la liste</translation>
    </message>
    <message>
        <source>Full until this day</source>
        <translation>Complet jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>N&amp;ew local service…</source>
        <translation>Nou&amp;veau service local…</translation>
    </message>
    <message>
        <source>Add a service that no national source lists (Ctrl+N)</source>
        <translation>Ajouter un service qu&apos;aucune source nationale ne référence (Ctrl+N)</translation>
    </message>
    <message>
        <source>New local service</source>
        <translation>Nouveau service local</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Edit this service (only services added in Jalon)</source>
        <translation>Modifier ce service (seulement les services ajoutés dans Jalon)</translation>
    </message>
    <message>
        <source>Edit the local service</source>
        <translation>Modifier le service local</translation>
    </message>
    <message>
        <source>E&amp;xport local services…</source>
        <translation>E&amp;xporter les services locaux…</translation>
    </message>
    <message>
        <source>Write the services added in Jalon to a data·inclusion JSON file</source>
        <translation>Écrire les services ajoutés dans Jalon dans un fichier JSON data·inclusion</translation>
    </message>
    <message>
        <source>Export local services</source>
        <translation>Exporter les services locaux</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>Date:</source>
        <extracomment>The line where the signatory writes the day they sign.</extracomment>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <extracomment>Followed by the blank space where the signatory signs.</extracomment>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
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
    <name>FollowUpStore</name>
    <message>
        <source>The database could not be read (%1).</source>
        <translation>La base de données n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The follow-up opening date must be a real day, today or earlier.</source>
        <translation>La date d&apos;entrée en accompagnement doit être une date valide, aujourd&apos;hui ou antérieure.</translation>
    </message>
    <message>
        <source>The rights cannot open after the follow-up they led to.</source>
        <translation>L&apos;ouverture des droits ne peut pas être postérieure à l&apos;entrée en accompagnement qui en découle.</translation>
    </message>
    <message>
        <source>This person is already followed since %1: record their exit before a new entry.</source>
        <translation>Cette personne est déjà en accompagnement depuis le %1 : enregistrez sa sortie avant une nouvelle entrée.</translation>
    </message>
    <message>
        <source>A new entry cannot start before the previous exit (%1).</source>
        <translation>Une nouvelle entrée ne peut pas précéder la sortie précédente (%1).</translation>
    </message>
    <message>
        <source>Choose the kind of orientation: social, socio-professional or professional.</source>
        <translation>Choisissez le type d&apos;orientation : sociale, socio-professionnelle ou professionnelle.</translation>
    </message>
    <message>
        <source>This person has no open follow-up: record their entry before orienting them.</source>
        <translation>Cette personne n&apos;a pas d&apos;accompagnement en cours : enregistrez son entrée avant de l&apos;orienter.</translation>
    </message>
    <message>
        <source>The orientation cannot start before the follow-up opened (%1).</source>
        <translation>L&apos;orientation ne peut pas commencer avant l&apos;entrée en accompagnement (%1).</translation>
    </message>
    <message>
        <source>This person is already oriented (%1, since %2): ask for a reorientation instead.</source>
        <translation>Cette personne est déjà orientée (%1, depuis le %2) : demandez plutôt une réorientation.</translation>
    </message>
    <message>
        <source>The referent must be a member of the structure.</source>
        <translation>Le référent doit être membre de la structure.</translation>
    </message>
    <message>
        <source>Only a person who is oriented can be re-oriented.</source>
        <translation>Seule une personne orientée peut être réorientée.</translation>
    </message>
    <message>
        <source>Choose the orientation requested.</source>
        <translation>Choisissez l&apos;orientation demandée.</translation>
    </message>
    <message>
        <source>Say why a reorientation is requested.</source>
        <translation>Indiquez pourquoi une réorientation est demandée.</translation>
    </message>
    <message>
        <source>The request date must fall between the start of the orientation and today.</source>
        <translation>La date de la demande doit être comprise entre le début de l&apos;orientation et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>A reorientation request is already pending for this person.</source>
        <translation>Une demande de réorientation est déjà en attente pour cette personne.</translation>
    </message>
    <message>
        <source>This reorientation request does not exist.</source>
        <translation>Cette demande de réorientation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>Il a déjà été statué sur cette demande.</translation>
    </message>
    <message>
        <source>The decision date must fall between the request and today.</source>
        <translation>La date de la décision doit être comprise entre la demande et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Give the reason for denying the request.</source>
        <translation>Indiquez le motif du refus de la demande.</translation>
    </message>
    <message>
        <source>This person is not followed: there is nothing to close.</source>
        <translation>Cette personne n&apos;est pas en accompagnement : il n&apos;y a rien à clôturer.</translation>
    </message>
    <message>
        <source>Choose the reason for the exit.</source>
        <translation>Choisissez le motif de sortie.</translation>
    </message>
    <message>
        <source>Describe the exit in the comment when the reason is &quot;other&quot;.</source>
        <translation>Décrivez la sortie dans le commentaire lorsque le motif est « autre ».</translation>
    </message>
    <message>
        <source>The exit date must fall between the follow-up opening (%1) and today.</source>
        <translation>La date de sortie doit être comprise entre l&apos;entrée en accompagnement (%1) et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The orientation needs a start date, today or earlier.</source>
        <translation>L&apos;orientation doit avoir une date de début, aujourd&apos;hui ou avant.</translation>
    </message>
    <message>
        <source>The orientation this request was about has ended: deny it, or make a new request.</source>
        <translation>L&apos;orientation visée par cette demande a pris fin : refusez-la, ou faites une nouvelle demande.</translation>
    </message>
    <message>
        <source>The decision cannot come before the current orientation started (%1).</source>
        <translation>La décision ne peut pas précéder le début de l&apos;orientation en cours (%1).</translation>
    </message>
    <message>
        <source>The exit cannot come before the current orientation started (%1).</source>
        <translation>La sortie ne peut pas précéder le début de l&apos;orientation en cours (%1).</translation>
    </message>
    <message>
        <source>The person left the follow-up.</source>
        <translation>La personne est sortie de l&apos;accompagnement.</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the lists again (F5)</source>
        <translation>Actualiser les listes (F5)</translation>
    </message>
    <message>
        <source>What to do: lists of appointments and people</source>
        <translation>À faire : listes des rendez-vous et des personnes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous week (Ctrl+Left)</source>
        <translation>Semaine précédente (Ctrl+Gauche)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next week (Ctrl+Right)</source>
        <translation>Semaine suivante (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>People followed at the end of the period</source>
        <translation>Personnes suivies en fin de période</translation>
    </message>
    <message>
        <source>People with a follow-up open at the end of the period&apos;s last day: entered on or before that day and not exited on or before it.</source>
        <translation>Personnes dont l&apos;accompagnement est ouvert à la fin du dernier jour de la période : entrées ce jour-là ou avant, et non sorties ce jour-là ou avant.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Follow-ups opened during the period, re-entries included.</source>
        <translation>Accompagnements ouverts pendant la période, réentrées comprises.</translation>
    </message>
    <message>
        <source>of which re-entries</source>
        <translation>dont réentrées</translation>
    </message>
    <message>
        <source>Entries of people who had an earlier follow-up, closed before this one opened.</source>
        <translation>Entrées de personnes ayant eu un accompagnement antérieur, clos avant l&apos;ouverture de celui-ci.</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Follow-ups closed during the period, whatever the reason.</source>
        <translation>Accompagnements clos pendant la période, quel qu&apos;en soit le motif.</translation>
    </message>
    <message>
        <source>Oriented within 45 days</source>
        <translation>Orientés sous 45 jours</translation>
    </message>
    <message>
        <source>Of the follow-ups whose 45th day after entry falls in the period, the share whose person had an orientation starting between the entry day and that 45th day.</source>
        <translation>Parmi les accompagnements dont le 45e jour après l&apos;entrée tombe dans la période, part de ceux dont la personne a eu une orientation débutant entre le jour d&apos;entrée et ce 45e jour.</translation>
    </message>
    <message>
        <source>First accompaniment appointment honoured within 15 days</source>
        <translation>Premier rendez-vous d&apos;accompagnement honoré sous 15 jours</translation>
    </message>
    <message>
        <source>Of the orientations whose 15th day after their start falls in the period, the share whose person attended an accompaniment appointment dated between the orientation&apos;s start and that 15th day.</source>
        <translation>Parmi les orientations dont le 15e jour après leur début tombe dans la période, part de celles dont la personne s&apos;est présentée à un rendez-vous d&apos;accompagnement daté entre le début de l&apos;orientation et ce 15e jour.</translation>
    </message>
    <message>
        <source>First accompaniment appointment honoured within 30 days</source>
        <translation>Premier rendez-vous d&apos;accompagnement honoré sous 30 jours</translation>
    </message>
    <message>
        <source>Of the orientations whose 30th day after their start falls in the period, the share whose person attended an accompaniment appointment dated between the orientation&apos;s start and that 30th day.</source>
        <translation>Parmi les orientations dont le 30e jour après leur début tombe dans la période, part de celles dont la personne s&apos;est présentée à un rendez-vous d&apos;accompagnement daté entre le début de l&apos;orientation et ce 30e jour.</translation>
    </message>
    <message>
        <source>Average days from invitation to appointment</source>
        <translation>Délai moyen entre convocation et rendez-vous</translation>
    </message>
    <message>
        <source>Appointments dated in the period, cancelled ones excepted: the average number of days from the invitation to the appointment&apos;s day.</source>
        <translation>Rendez-vous datés dans la période, hors rendez-vous annulés : nombre moyen de jours entre la convocation et le jour du rendez-vous.</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Appointments dated in the period whose outcome is known (honoured, absent, excused): the share where the person was absent without excuse.</source>
        <translation>Rendez-vous datés dans la période dont le résultat est connu (honoré, absent, excusé) : part de ceux où la personne était absente sans excuse.</translation>
    </message>
    <message>
        <source>Contracts signed</source>
        <translation>Contrats signés</translation>
    </message>
    <message>
        <source>Contracts whose signature day falls in the period.</source>
        <translation>Contrats dont le jour de signature tombe dans la période.</translation>
    </message>
    <message>
        <source>People followed with a valid contract</source>
        <translation>Personnes suivies ayant un contrat en cours de validité</translation>
    </message>
    <message>
        <source>Of the people followed at the end of the period, the share with a signed contract running on the last day: started, planned end not passed, not ended.</source>
        <translation>Parmi les personnes suivies en fin de période, part de celles ayant un contrat signé en cours le dernier jour : commencé, date de fin prévue non dépassée, non terminé.</translation>
    </message>
    <message>
        <source>Action plan within 30 days</source>
        <translation>Plan d&apos;action sous 30 jours</translation>
    </message>
    <message>
        <source>Of the orientations whose 30th day after their start falls in the period, the share whose person had an action plan opened between the orientation&apos;s start and that 30th day.</source>
        <translation>Parmi les orientations dont le 30e jour après leur début tombe dans la période, part de celles dont la personne a eu un plan d&apos;action ouvert entre le début de l&apos;orientation et ce 30e jour.</translation>
    </message>
    <message>
        <source>Diagnostics done</source>
        <translation>Diagnostics réalisés</translation>
    </message>
    <message>
        <source>Diagnostics validated during the period (local day of validation).</source>
        <translation>Diagnostics validés pendant la période (jour de validation en heure locale).</translation>
    </message>
    <message>
        <source>People followed by orientation</source>
        <translation>Personnes suivies par orientation</translation>
    </message>
    <message>
        <source>People followed at the end of the period, by the kind of the orientation running on the last day; &quot;awaiting orientation&quot; when none runs.</source>
        <translation>Personnes suivies en fin de période, par type de l&apos;orientation en cours le dernier jour ; « en attente d&apos;orientation » quand aucune n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Exits by reason</source>
        <translation>Sorties par motif</translation>
    </message>
    <message>
        <source>Follow-ups closed during the period, by exit reason.</source>
        <translation>Accompagnements clos pendant la période, par motif de sortie.</translation>
    </message>
    <message>
        <source>Appointments by outcome</source>
        <translation>Rendez-vous par résultat</translation>
    </message>
    <message>
        <source>Appointments dated in the period, by their status when the report is made.</source>
        <translation>Rendez-vous datés dans la période, par leur statut au moment où le rapport est établi.</translation>
    </message>
    <message>
        <source>Contracts signed by kind</source>
        <translation>Contrats signés par type</translation>
    </message>
    <message>
        <source>Contracts whose signature day falls in the period, by kind.</source>
        <translation>Contrats dont le jour de signature tombe dans la période, par type.</translation>
    </message>
    <message>
        <source>Objectives by theme and status</source>
        <translation>Objectifs par thème et statut</translation>
    </message>
    <message>
        <source>Objectives created during the period, by theme and by their status at the end of the period (from the pathway&apos;s history).</source>
        <translation>Objectifs créés pendant la période, par thème et par leur statut en fin de période (d&apos;après l&apos;historique du parcours).</translation>
    </message>
    <message>
        <source>Actions by theme and status</source>
        <translation>Actions par thème et statut</translation>
    </message>
    <message>
        <source>Actions created during the period, by their objective&apos;s theme and by their status at the end of the period (from the pathway&apos;s history).</source>
        <translation>Actions créées pendant la période, par thème de leur objectif et par leur statut en fin de période (d&apos;après l&apos;historique du parcours).</translation>
    </message>
    <message>
        <source>Referrals by thématique and outcome</source>
        <translation>Prescriptions par thématique et suite donnée</translation>
    </message>
    <message>
        <source>Referrals sent during the period, by the service&apos;s main thématique (data·inclusion) and by their status at the end of the period.</source>
        <translation>Prescriptions envoyées pendant la période, par thématique principale du service (data·inclusion) et par leur statut en fin de période.</translation>
    </message>
    <message>
        <source>Barriers by theme</source>
        <translation>Freins par thème</translation>
    </message>
    <message>
        <source>Diagnostics validated during the period: for each theme, how many were assessed at each level.</source>
        <translation>Diagnostics validés pendant la période : pour chaque thème, combien ont été évalués à chaque niveau.</translation>
    </message>
</context>
<context>
    <name>IntakeColumns</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>CAF/MSA number</source>
        <translation>Numéro allocataire CAF/MSA</translation>
    </message>
    <message>
        <source>Agency (CAF/MSA)</source>
        <translation>Organisme payeur (CAF/MSA)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (complement)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>INSEE code of the commune</source>
        <translation>Code INSEE de la commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>France Travail ID</source>
        <translation>Identifiant France Travail</translation>
    </message>
    <message>
        <source>Rights opened on</source>
        <translation>Date d&apos;ouverture des droits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HEADER=FIELD with a field among: %2.</source>
        <translation>« %1 » n&apos;est pas de la forme EN-TÊTE=CHAMP, avec un champ parmi : %2.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>Le fichier n&apos;a pas de colonne « %1 ».</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”.</source>
        <translation>Aucune colonne n&apos;est associée à « %1 ».</translation>
    </message>
    <message>
        <source>Several columns are mapped to “%1”: keep one.</source>
        <translation>Plusieurs colonnes sont associées à « %1 » : n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds social security numbers (NIR), which Jalon does not keep: it cannot be imported.</source>
        <translation>La colonne « %1 » contient des numéros de sécurité sociale (NIR), que Jalon ne conserve pas : elle ne peut pas être importée.</translation>
    </message>
</context>
<context>
    <name>IntakeFile</name>
    <message>
        <source>A quote opened on this line is never closed: the rest of the file is in one field.</source>
        <translation>Un guillemet ouvert sur cette ligne n&apos;est jamais refermé : le reste du fichier tient dans un seul champ.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: split it into several files.</source>
        <translation>%1 dépasse 64 Mo : découpez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file.</source>
        <translation>%1 n&apos;est pas un fichier texte (CSV).</translation>
    </message>
</context>
<context>
    <name>IntakeImportDialog</name>
    <message>
        <source>Import the list of people to orient</source>
        <translation>Importer la liste des personnes à orienter</translation>
    </message>
    <message>
        <source>Choose the CSV file the département sent (UTF-8 or Windows-1252, separated by semicolons, commas or tabs, with a header line). Nothing is written before you have reviewed every row.</source>
        <translation>Choisissez le fichier CSV transmis par le département (UTF-8 ou Windows-1252, séparé par des points-virgules, des virgules ou des tabulations, avec une ligne d&apos;en-tête). Rien n&apos;est écrit avant que vous ayez vérifié chaque ligne.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Check which Jalon field each column of the file gives. Columns whose header was not recognised are highlighted: choose their field, or leave them not imported.</source>
        <translation>Vérifiez quel champ de Jalon chaque colonne du fichier renseigne. Les colonnes dont l&apos;en-tête n&apos;a pas été reconnu sont surlignées : choisissez leur champ, ou laissez-les non importées.</translation>
    </message>
    <message>
        <source>Columns of the file and their fields</source>
        <translation>Colonnes du fichier et leurs champs</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Jalon field</source>
        <translation>Champ de Jalon</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Rows of the file and what the import will do</source>
        <translation>Lignes du fichier et ce que l&apos;import en fera</translation>
    </message>
    <message>
        <source>Reason for the selected row</source>
        <translation>Motif pour la ligne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Correct the values of the selected row and check it again</source>
        <translation>Corriger les valeurs de la ligne sélectionnée et la vérifier à nouveau</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <source>Do not write the selected row</source>
        <translation>Ne pas écrire la ligne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>Créer &amp;quand même</translation>
    </message>
    <message>
        <source>The selected row is another person: create a record</source>
        <translation>La ligne sélectionnée est une autre personne : créer une fiche</translation>
    </message>
    <message>
        <source>Existing record it may be</source>
        <translation>Fiche existante correspondante possible</translation>
    </message>
    <message>
        <source>Same &amp;person</source>
        <translation>&amp;Même personne</translation>
    </message>
    <message>
        <source>The selected row is the person chosen beside: update that record</source>
        <translation>La ligne sélectionnée est la personne choisie à côté : mettre à jour cette fiche</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>IntakeImporter</name>
    <message>
        <source>The register changed since the review (lines %1): review the file again. Nothing was imported.</source>
        <translation>Le registre a changé depuis la vérification (lignes %1) : vérifiez à nouveau le fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1 could not be written (%2). Nothing was imported.</source>
        <translation>La ligne %1 n&apos;a pas pu être écrite (%2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import annulé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The database could not be read (%1).</source>
        <translation>La base de données n&apos;a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <source>This line has more fields (%1) than the header (%2): check its separators and quotes.</source>
        <translation>Cette ligne a plus de champs (%1) que l&apos;en-tête (%2) : vérifiez ses séparateurs et ses guillemets.</translation>
    </message>
    <message>
        <source>The same person as line %1 of this file.</source>
        <translation>Même personne qu&apos;à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>May be the same person as line %1 of this file (same name and birth date, another CAF/MSA number).</source>
        <translation>Peut-être la même personne qu&apos;à la ligne %1 de ce fichier (mêmes nom et date de naissance, autre numéro CAF/MSA).</translation>
    </message>
    <message>
        <source>Created as another person (your decision).</source>
        <translation>Créée comme une autre personne (votre décision).</translation>
    </message>
    <message>
        <source>New record; follow-up opens on %1.</source>
        <translation>Nouvelle fiche ; entrée en accompagnement le %1.</translation>
    </message>
    <message>
        <source>%1 %2, born %3, CAF/MSA %4 (%5)</source>
        <translation>%1 %2, né(e) le %3, CAF/MSA %4 (%5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Same person as %1 %2 (your decision). %3</source>
        <translation>Même personne que %1 %2 (votre décision). %3</translation>
    </message>
    <message>
        <source>May be: %1.</source>
        <translation>Peut-être : %1.</translation>
    </message>
    <message>
        <source>%1 %2&apos;s record is archived: restore it in the register, then import the file again.</source>
        <translation>La fiche de %1 %2 est archivée : restaurez-la dans le registre, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Updating %1 %2&apos;s record would make it invalid: %3</source>
        <translation>La mise à jour de la fiche de %1 %2 la rendrait invalide : %3</translation>
    </message>
    <message>
        <source>The database could not be read (%1).</source>
        <translation>La base de données n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Modifications : %1.</translation>
    </message>
    <message>
        <source>Not followed now: entry into follow-up on %1.</source>
        <translation>Pas en accompagnement actuellement : entrée en accompagnement le %1.</translation>
    </message>
    <message>
        <source>Already up to date and followed.</source>
        <translation>Déjà à jour et en accompagnement.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>IntakeRowDialog</name>
    <message>
        <source>Fix a row</source>
        <translation>Corriger une ligne</translation>
    </message>
    <message>
        <source>What is wrong with this row</source>
        <translation>Ce qui ne va pas dans cette ligne</translation>
    </message>
    <message>
        <source>Dates as dd/mm/yyyy. The row is checked again when you confirm; the file itself is not changed.</source>
        <translation>Dates au format jj/mm/aaaa. La ligne est vérifiée à nouveau lorsque vous validez ; le fichier lui-même n&apos;est pas modifié.</translation>
    </message>
</context>
<context>
    <name>IntakeValues</name>
    <message>
        <source>The %1 “%2” is not a real date.</source>
        <translation>La %1 « %2 » n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a date: write it dd/mm/yyyy.</source>
        <translation>La %1 « %2 » n&apos;est pas une date : écrivez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>No commune has the INSEE code “%1”.</source>
        <translation>Aucune commune n&apos;a le code INSEE « %1 ».</translation>
    </message>
    <message>
        <source>No commune has the postcode %1.</source>
        <translation>Aucune commune n&apos;a le code postal %1.</translation>
    </message>
    <message>
        <source>No commune is named “%1”.</source>
        <translation>Aucune commune ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>Several communes are named “%1”: give the postcode.</source>
        <translation>Plusieurs communes s&apos;appellent « %1 » : indiquez le code postal.</translation>
    </message>
    <message>
        <source>The postcode %1 is not that of “%2” (it is that of %3).</source>
        <translation>Le code postal %1 n&apos;est pas celui de « %2 » (c&apos;est celui de %3).</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>rights opening date</source>
        <translation>date d&apos;ouverture des droits</translation>
    </message>
    <message>
        <source>The rights opening date %1 is in the future.</source>
        <translation>La date d&apos;ouverture des droits %1 est dans le futur.</translation>
    </message>
    <message>
        <source>“%1” is not a civility: write Mme or M.</source>
        <translation>« %1 » n&apos;est pas une civilité : écrivez Mme ou M.</translation>
    </message>
    <message>
        <source>The agency “%1” is neither the CAF nor the MSA.</source>
        <translation>L&apos;organisme « %1 » n&apos;est ni la CAF ni la MSA.</translation>
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
    <name>LocalServiceDialog</name>
    <message>
        <source>New local service</source>
        <translation>Nouveau service local</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>Fiche du service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>St&amp;ructure:</source>
        <translation>St&amp;ructure :</translation>
    </message>
    <message>
        <source>Structure of the service</source>
        <translation>Structure du service</translation>
    </message>
    <message>
        <source>A structure added in Jalon, or a new one</source>
        <translation>Une structure ajoutée dans Jalon, ou une nouvelle</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Structure&apos;s na&amp;me:</source>
        <translation>No&amp;m de la structure :</translation>
    </message>
    <message>
        <source>New structure&apos;s name</source>
        <translation>Nom de la nouvelle structure</translation>
    </message>
    <message>
        <source>Structure&apos;s &amp;commune:</source>
        <translation>&amp;Commune de la structure :</translation>
    </message>
    <message>
        <source>New structure&apos;s commune</source>
        <translation>Commune de la nouvelle structure</translation>
    </message>
    <message>
        <source>Name or postcode</source>
        <translation>Nom ou code postal</translation>
    </message>
    <message>
        <source>Structure&apos;s addre&amp;ss:</source>
        <translation>Adre&amp;sse de la structure :</translation>
    </message>
    <message>
        <source>New structure&apos;s address</source>
        <translation>Adresse de la nouvelle structure</translation>
    </message>
    <message>
        <source>Structure&apos;s p&amp;hone:</source>
        <translation>Télép&amp;hone de la structure :</translation>
    </message>
    <message>
        <source>New structure&apos;s phone</source>
        <translation>Téléphone de la nouvelle structure</translation>
    </message>
    <message>
        <source>Structure&apos;s e-mai&amp;l:</source>
        <translation>Courrie&amp;l de la structure :</translation>
    </message>
    <message>
        <source>New structure&apos;s e-mail</source>
        <translation>Courriel de la nouvelle structure</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Nom du service :</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description of the service</source>
        <translation>Description du service</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longueur de la description</translation>
    </message>
    <message>
        <source>&amp;Thématiques:</source>
        <translation>&amp;Thématiques :</translation>
    </message>
    <message>
        <source>Thématiques of the service</source>
        <translation>Thématiques du service</translation>
    </message>
    <message>
        <source>Tick at least one: a category ticks all its thématiques</source>
        <translation>Cochez-en au moins une : une catégorie coche toutes ses thématiques</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>&amp;Fees:</source>
        <translation>&amp;Frais :</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Fee detai&amp;ls:</source>
        <translation>Précisions sur &amp;les frais :</translation>
    </message>
    <message>
        <source>Fee details</source>
        <translation>Précisions sur les frais</translation>
    </message>
    <message>
        <source>&amp;Publics:</source>
        <translation>&amp;Publics :</translation>
    </message>
    <message>
        <source>Publics of the service</source>
        <translation>Publics du service</translation>
    </message>
    <message>
        <source>Modes d&apos;&amp;accueil:</source>
        <translation>Modes d&apos;&amp;accueil :</translation>
    </message>
    <message>
        <source>Modes d&apos;accueil</source>
        <translation>Modes d&apos;accueil</translation>
    </message>
    <message>
        <source>Modes de mo&amp;bilisation:</source>
        <translation>Modes de mo&amp;bilisation :</translation>
    </message>
    <message>
        <source>Modes de mobilisation</source>
        <translation>Modes de mobilisation</translation>
    </message>
    <message>
        <source>Mobilisable b&amp;y:</source>
        <translation>Mobilisable pa&amp;r :</translation>
    </message>
    <message>
        <source>Who can mobilise the service</source>
        <translation>Qui peut mobiliser le service</translation>
    </message>
    <message>
        <source>Access &amp;conditions:</source>
        <translation>&amp;Conditions d&apos;accès :</translation>
    </message>
    <message>
        <source>Access conditions</source>
        <translation>Conditions d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>e.g. Mo-Fr 09:00-12:00</source>
        <translation>ex. Mo-Fr 09:00-12:00</translation>
    </message>
    <message>
        <source>Contact and eligibility</source>
        <translation>Contact et éligibilité</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact :</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>Téléphone du service</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Cou&amp;rriel :</translation>
    </message>
    <message>
        <source>Service e-mail</source>
        <translation>Courriel du service</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>Service commune</source>
        <translation>Commune du service</translation>
    </message>
    <message>
        <source>Name or postcode (else the structure&apos;s)</source>
        <translation>Nom ou code postal (sinon celle de la structure)</translation>
    </message>
    <message>
        <source>Open to people living in</source>
        <translation>Ouvert aux personnes habitant</translation>
    </message>
    <message>
        <source>the comm&amp;une</source>
        <translation>la comm&amp;une</translation>
    </message>
    <message>
        <source>Open to the commune</source>
        <translation>Ouvert à la commune</translation>
    </message>
    <message>
        <source>its EPC&amp;I</source>
        <translation>son EPC&amp;I</translation>
    </message>
    <message>
        <source>Open to the EPCI</source>
        <translation>Ouvert à l&apos;EPCI</translation>
    </message>
    <message>
        <source>its &amp;département</source>
        <translation>son &amp;département</translation>
    </message>
    <message>
        <source>Open to the département</source>
        <translation>Ouvert au département</translation>
    </message>
    <message>
        <source>all of &amp;France</source>
        <translation>toute la &amp;France</translation>
    </message>
    <message>
        <source>Open to all of France</source>
        <translation>Ouvert à toute la France</translation>
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
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Appointments and people to see to (Ctrl+1)</source>
        <translation>Rendez-vous et personnes à traiter (Ctrl+1)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The register of people and their files (Ctrl+2)</source>
        <translation>Le registre des personnes et leurs dossiers (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Monthly &amp;activity report…</source>
        <translation>Rapport d&apos;&amp;activité mensuel…</translation>
    </message>
    <message>
        <source>Count the month&apos;s entries, exits, appointments and pathways, in tables and charts, and save them</source>
        <translation>Compter les entrées, les sorties, les rendez-vous et les parcours du mois, en tableaux et en graphiques, et les enregistrer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Local &amp;offer</source>
        <translation>&amp;Offre locale</translation>
    </message>
    <message>
        <source>&amp;Directory of services…</source>
        <translation>&amp;Répertoire des services…</translation>
    </message>
    <message>
        <source>Search the territory&apos;s insertion services, read and print their sheets</source>
        <translation>Rechercher les services d&apos;insertion du territoire, consulter et imprimer leurs fiches</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
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
    <name>NoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The note&apos;s date must be a real day, today or earlier.</source>
        <translation>La date de la note doit être une date valide, aujourd&apos;hui ou antérieure.</translation>
    </message>
    <message>
        <source>Only the author of a note may change it.</source>
        <translation>Seul l&apos;auteur d&apos;une note peut la modifier.</translation>
    </message>
    <message>
        <source>The note could not be read (%1).</source>
        <translation>La note n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>This note is private to its author.</source>
        <translation>Cette note est privée : seul son auteur peut la voir.</translation>
    </message>
    <message>
        <source>The notes could not be read (%1).</source>
        <translation>Les notes n&apos;ont pas pu être lues (%1).</translation>
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
    <name>PathwayChoices</name>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>Socio-professional</source>
        <translation>Socio-professionnelle</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnelle</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Orientation interview</source>
        <translation>Entretien d&apos;orientation</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Contract signature</source>
        <translation>Signature du contrat</translation>
    </message>
    <message>
        <source>Workshop or information session</source>
        <translation>Atelier ou réunion d&apos;information</translation>
    </message>
    <message>
        <source>Other appointment</source>
        <translation>Autre rendez-vous</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>Absent (no excuse)</source>
        <translation>Absent (non excusé)</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Cancelled by the service</source>
        <translation>Annulé par le service</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>CER (reciprocal commitment contract)</source>
        <translation>CER (contrat d&apos;engagement réciproque)</translation>
    </message>
    <message>
        <source>PPAE (personalised job search plan)</source>
        <translation>PPAE (projet personnalisé d&apos;accès à l&apos;emploi)</translation>
    </message>
    <message>
        <source>CEJ (youth commitment contract)</source>
        <translation>CEJ (contrat d&apos;engagement jeune)</translation>
    </message>
    <message>
        <source>PACEA (youth pathway)</source>
        <translation>PACEA (parcours contractualisé d&apos;accompagnement vers l&apos;emploi et l&apos;autonomie)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Abandoned by the person</source>
        <translation>Abandonnée par la personne</translation>
    </message>
    <message>
        <source>Cancelled by the structure</source>
        <translation>Annulée par la structure</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Person could not be reached</source>
        <translation>Personne injoignable</translation>
    </message>
    <message>
        <source>No places available</source>
        <translation>Pas de place disponible</translation>
    </message>
    <message>
        <source>Does not match the service</source>
        <translation>Ne correspond pas à l&apos;offre</translation>
    </message>
    <message>
        <source>Declined by the person</source>
        <translation>Déclinée par la personne</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Lasting job (over 6 months)</source>
        <translation>Emploi durable (plus de 6 mois)</translation>
    </message>
    <message>
        <source>Temporary job</source>
        <translation>Emploi temporaire</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Business creation</source>
        <translation>Création d&apos;entreprise</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>End of rights</source>
        <translation>Fin de droits</translation>
    </message>
    <message>
        <source>Struck off</source>
        <translation>Radiation</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Reorientation request</source>
        <translation>Demande de réorientation</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>En projet</translation>
    </message>
</context>
<context>
    <name>PathwayFormDialog</name>
    <message>
        <source>Why the change was refused</source>
        <translation>Raison pour laquelle la modification a été refusée</translation>
    </message>
</context>
<context>
    <name>PathwayPrintout</name>
    <message>
        <source>This person has no action plan to print.</source>
        <translation>Cette personne n&apos;a pas de plan d&apos;action à imprimer.</translation>
    </message>
    <message>
        <source>This person has no contract to print.</source>
        <translation>Cette personne n&apos;a pas de contrat à imprimer.</translation>
    </message>
    <message>
        <source>This appointment is not one of this person&apos;s.</source>
        <translation>Ce rendez-vous ne concerne pas cette personne.</translation>
    </message>
    <message>
        <source>This person has no appointment ahead: plan one, or choose the appointment, to print its convocation.</source>
        <translation>Cette personne n&apos;a pas de rendez-vous à venir : planifiez-en un, ou choisissez le rendez-vous, pour imprimer sa convocation.</translation>
    </message>
</context>
<context>
    <name>PathwayStore</name>
    <message>
        <source>This person&apos;s record does not exist or is not visible to you.</source>
        <translation>La fiche de cette personne n&apos;existe pas ou ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>The database could not be read (%1).</source>
        <translation>La base de données n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>This record does not exist or was removed.</source>
        <translation>Cet enregistrement n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>This person&apos;s file is archived: restore it before changing the pathway.</source>
        <translation>Le dossier de cette personne est archivé : restaurez-le avant de modifier le parcours.</translation>
    </message>
</context>
<context>
    <name>PathwayWidget</name>
    <message>
        <source>Search the pathway (Ctrl+F)</source>
        <translation>Rechercher dans le parcours (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the pathway</source>
        <translation>Rechercher dans le parcours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Show the events of a period, counted back from today</source>
        <translation>Afficher les événements d&apos;une période, comptée à rebours depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add to the pathway: entry, orientation, appointment, contract, plan, referral, note, exit (Ctrl+Shift+N)</source>
        <translation>Ajouter au parcours : entrée, orientation, rendez-vous, contrat, plan, prescription, note, sortie (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Add to the pathway</source>
        <translation>Ajouter au parcours</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print the action plan, the contract or a convocation letter (print preview, PDF)</source>
        <translation>Imprimer le plan d&apos;action, le contrat ou une convocation (aperçu avant impression, PDF)</translation>
    </message>
    <message>
        <source>Print a pathway document</source>
        <translation>Imprimer un document du parcours</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show every kind of event</source>
        <translation>Afficher tous les types d&apos;événements</translation>
    </message>
    <message>
        <source>The person&apos;s pathway, newest first</source>
        <translation>Le parcours de la personne, du plus récent au plus ancien</translation>
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
    <message>
        <source>see people&apos;s pathways</source>
        <translation>voir le parcours des personnes</translation>
    </message>
    <message>
        <source>record a step of a person&apos;s pathway</source>
        <translation>enregistrer une étape du parcours d&apos;une personne</translation>
    </message>
    <message>
        <source>orient people</source>
        <translation>orienter les personnes</translation>
    </message>
    <message>
        <source>search the offer directory</source>
        <translation>consulter le répertoire de l&apos;offre locale</translation>
    </message>
    <message>
        <source>update the offer directory</source>
        <translation>mettre à jour le répertoire de l&apos;offre locale</translation>
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
    <message>
        <source>Pathwa&amp;y</source>
        <translation>Parc&amp;ours</translation>
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
    <name>ReferralStore</name>
    <message>
        <source>Name the service the person is referred to.</source>
        <translation>Indiquez le service vers lequel la personne est orientée.</translation>
    </message>
    <message>
        <source>The referral date must be a real day, today or earlier.</source>
        <translation>La date de la prescription doit être une date réelle, aujourd&apos;hui ou antérieure.</translation>
    </message>
    <message>
        <source>A referral cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une prescription ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Give the reason of the refusal.</source>
        <translation>Indiquez le motif du refus.</translation>
    </message>
    <message>
        <source>The date must fall between the last change of the referral (%1) and today.</source>
        <translation>La date doit être comprise entre la dernière modification de la prescription (%1) et aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Même mois l&apos;an dernier</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l&apos;an dernier</translation>
    </message>
</context>
<context>
    <name>ReportCalculator</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The report could not be prepared (%1).</source>
        <translation>Le rapport n&apos;a pas pu être préparé (%1).</translation>
    </message>
    <message>
        <source>The report could not be computed (%1).</source>
        <translation>Le rapport n&apos;a pas pu être calculé (%1).</translation>
    </message>
    <message>
        <source>The period is not valid: its first day must come before its last day.</source>
        <translation>La période n&apos;est pas valide : son premier jour doit précéder son dernier jour.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>The last twelve months</source>
        <translation>Les douze derniers mois</translation>
    </message>
    <message>
        <source>The last twelve months, %1 to %2</source>
        <translation>Les douze derniers mois, de %1 à %2</translation>
    </message>
    <message>
        <source>Followed at the month&apos;s end (left scale)</source>
        <translation>Personnes suivies en fin de mois (échelle de gauche)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Exits by reason, %1</source>
        <translation>Sorties par motif, %1</translation>
    </message>
    <message>
        <source>Levels by theme (diagnostics validated in the period)</source>
        <translation>Niveaux par thème (diagnostics validés pendant la période)</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 (days)</source>
        <translation>%1 (jours)</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>yes (threshold %1)</source>
        <translation>oui (seuil %1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Small-cell suppression applied</source>
        <translation>Secret statistique appliqué</translation>
    </message>
    <message>
        <source>Twelve-month trend</source>
        <translation>Tendance sur douze mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>People followed</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Indicator definitions</source>
        <translation>Définitions des indicateurs</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>People followed at the end of the month</source>
        <translation>Personnes suivies en fin de mois</translation>
    </message>
    <message>
        <source>Entries and exits during the month</source>
        <translation>Entrées et sorties du mois</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>Small-cell suppression applied</source>
        <translation>Secret statistique appliqué</translation>
    </message>
    <message>
        <source>(threshold %1): counts from 1 to %1 are shown as “≤ %1”; shares and averages computed from them are left out, and the charts do not draw them.</source>
        <translation>(seuil %1) : les effectifs de 1 à %1 sont affichés « ≤ %1 » ; les parts et les moyennes calculées à partir d&apos;eux sont omises, et les graphiques ne les tracent pas.</translation>
    </message>
    <message>
        <source>No small-cell suppression:</source>
        <translation>Pas de secret statistique :</translation>
    </message>
    <message>
        <source>every figure is exact, including counts from 1 to %1 that could let someone recognise a person. Keep this report within the structure.</source>
        <translation>tous les chiffres sont exacts, y compris les effectifs de 1 à %1 qui pourraient permettre de reconnaître une personne. Gardez ce rapport au sein de la structure.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Definitions of the indicators</source>
        <translation>Définitions des indicateurs</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Each table gives the period, then the previous period and the same period a year earlier for comparison. A dash: no figure (a share with nothing to count, or a hidden one).</source>
        <translation>Chaque tableau donne la période, puis, pour comparaison, la période précédente et la même période un an plus tôt. Un tiret : pas de chiffre (une part sans rien à compter, ou une valeur masquée).</translation>
    </message>
    <message>
        <source>People followed, entries and exits over twelve months</source>
        <translation>Personnes suivies, entrées et sorties sur douze mois</translation>
    </message>
    <message>
        <source>Values ≤ %1 are hidden (small-cell suppression): they are not drawn.</source>
        <translation>Les valeurs ≤ %1 sont masquées (secret statistique) : elles ne sont pas tracées.</translation>
    </message>
    <message>
        <source>How each figure of this report is counted. Days are calendar days; a period includes its first and last days.</source>
        <translation>Comment chaque chiffre de ce rapport est compté. Les jours sont des jours calendaires ; une période inclut son premier et son dernier jour.</translation>
    </message>
    <message>
        <source>Activity report – %1 – %2</source>
        <translation>Rapport d&apos;activité – %1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le rapport.</translation>
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
    <name>ReportExporter</name>
    <message>
        <source>Unknown file format.</source>
        <translation>Format de fichier inconnu.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Fichiers CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the activity report</source>
        <translation>Enregistrer le rapport d&apos;activité</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Awaiting orientation</source>
        <translation>En attente d&apos;orientation</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Choosing a trade</source>
        <translation>Choisir un métier</translation>
    </message>
    <message>
        <source>Starting a business</source>
        <translation>Créer une entreprise</translation>
    </message>
    <message>
        <source>Administrative or legal difficulties</source>
        <translation>Difficultés administratives ou juridiques</translation>
    </message>
    <message>
        <source>Financial difficulties</source>
        <translation>Difficultés financières</translation>
    </message>
    <message>
        <source>Equipment and food</source>
        <translation>Équipement et alimentation</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Reading, writing, arithmetic</source>
        <translation>Lecture, écriture, calcul</translation>
    </message>
    <message>
        <source>Housing and shelter</source>
        <translation>Logement et hébergement</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Preparing an application</source>
        <translation>Préparer sa candidature</translation>
    </message>
    <message>
        <source>Remobilisation</source>
        <translation>Remobilisation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Se former</translation>
    </message>
    <message>
        <source>Going abroad</source>
        <translation>S&apos;ouvrir à l&apos;international</translation>
    </message>
    <message>
        <source>Finding a job</source>
        <translation>Trouver un emploi</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>Whole database</source>
        <translation>Toute la base</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>Structure : %1</translation>
    </message>
    <message>
        <source>Caseload of %1</source>
        <translation>Portefeuille de %1</translation>
    </message>
    <message>
        <source>The structures and advisers could not be read (%1).</source>
        <translation>Les structures et les conseillers n&apos;ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow a report on this scope (%2). Choose one of the scopes offered.</source>
        <translation>Votre rôle (%1) ne permet pas de rapport sur ce périmètre (%2). Choisissez l&apos;un des périmètres proposés.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Thématique</source>
        <translation>Thématique</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Mois du rapport</translation>
    </message>
    <message>
        <source>The calendar month the report counts; the arrow keys change the month</source>
        <translation>Le mois civil que compte le rapport ; les flèches du clavier changent de mois</translation>
    </message>
    <message>
        <source>Or c&amp;ustom dates, from</source>
        <translation>Ou &amp;dates personnalisées, du</translation>
    </message>
    <message>
        <source>Count any span of days instead of a calendar month</source>
        <translation>Compter une période quelconque au lieu d&apos;un mois civil</translation>
    </message>
    <message>
        <source>Custom dates instead of a month</source>
        <translation>Dates personnalisées au lieu d&apos;un mois</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Pé&amp;rimètre :</translation>
    </message>
    <message>
        <source>Whose activity the report counts</source>
        <translation>De qui le rapport compte l&apos;activité</translation>
    </message>
    <message>
        <source>The whole database, a structure or an adviser&apos;s caseload: only the scopes your role may report on</source>
        <translation>Toute la base, une structure ou le portefeuille d&apos;un conseiller : uniquement les périmètres autorisés pour votre rôle</translation>
    </message>
    <message>
        <source>&amp;Hide small counts, up to</source>
        <translation>Mas&amp;quer les petits effectifs, jusqu&apos;à</translation>
    </message>
    <message>
        <source>Hide small counts</source>
        <translation>Masquer les petits effectifs</translation>
    </message>
    <message>
        <source>For a report that leaves the structure: counts from 1 to this number read &quot;≤ n&quot; and the shares built on them are left out, so that nobody can be recognised</source>
        <translation>Pour un rapport diffusé hors de la structure : les effectifs de 1 à ce nombre s&apos;affichent « ≤ n » et les parts calculées à partir d&apos;eux sont omises, pour que personne ne puisse être reconnu</translation>
    </message>
    <message>
        <source>Largest count hidden</source>
        <translation>Plus grand effectif masqué</translation>
    </message>
    <message>
        <source>Counts from 1 to this number are hidden</source>
        <translation>Les effectifs de 1 à ce nombre sont masqués</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Count the period&apos;s activity (Enter or F5)</source>
        <translation>Compter l&apos;activité de la période (Entrée ou F5)</translation>
    </message>
    <message>
        <source>Progress of the computation</source>
        <translation>Progression du calcul</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the computation (Esc)</source>
        <translation>Arrêter le calcul (Échap)</translation>
    </message>
    <message>
        <source>What the report shown covers</source>
        <translation>Ce que couvre le rapport affiché</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tableaux</translation>
    </message>
    <message>
        <source>The report&apos;s tables, figure by figure</source>
        <translation>Les tableaux du rapport, chiffre par chiffre</translation>
    </message>
    <message>
        <source>Tables of the report</source>
        <translation>Tableaux du rapport</translation>
    </message>
    <message>
        <source>Choose the table to show</source>
        <translation>Choisissez le tableau à afficher</translation>
    </message>
    <message>
        <source>Figures of the table</source>
        <translation>Chiffres du tableau</translation>
    </message>
    <message>
        <source>How the figure is counted</source>
        <translation>Comment le chiffre est compté</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>The twelve-month trend, exits by reason and levels by theme</source>
        <translation>La tendance sur douze mois, les sorties par motif et les niveaux par thème</translation>
    </message>
    <message>
        <source>Chart: the last twelve months</source>
        <translation>Graphique : les douze derniers mois</translation>
    </message>
    <message>
        <source>Chart: exits by reason</source>
        <translation>Graphique : sorties par motif</translation>
    </message>
    <message>
        <source>Chart: levels by theme</source>
        <translation>Graphique : niveaux par thème</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF document, with the rules of every figure</source>
        <translation>Enregistrer le rapport en document PDF, avec les règles de chaque chiffre</translation>
    </message>
    <message>
        <source>CSV (&amp;Excel)…</source>
        <translation>CSV (&amp;Excel)…</translation>
    </message>
    <message>
        <source>Save the tables as a CSV file that Excel and LibreOffice open directly</source>
        <translation>Enregistrer les tableaux dans un fichier CSV qu&apos;Excel et LibreOffice ouvrent directement</translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation>&amp;XLSX…</translation>
    </message>
    <message>
        <source>Save the tables as an Excel workbook</source>
        <translation>Enregistrer les tableaux dans un classeur Excel</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Save the report as JSON, for another program</source>
        <translation>Enregistrer le rapport en JSON, pour un autre programme</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preview the report as printed, then print it (Ctrl+P)</source>
        <translation>Afficher l&apos;aperçu avant impression du rapport, puis l&apos;imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Small-cell suppression applied</source>
        <translation>Secret statistique appliqué</translation>
    </message>
    <message>
        <source>yes (threshold %1)</source>
        <translation>oui (seuil %1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (days)</source>
        <translation>%1 (jours)</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Données des graphiques</translation>
    </message>
    <message>
        <source>Twelve-month trend</source>
        <translation>Tendance sur douze mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>People followed</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>the spreadsheet could not be made (%1)</source>
        <translation>le classeur n&apos;a pas pu être créé (%1)</translation>
    </message>
    <message>
        <source>the workbook was already written</source>
        <translation>le classeur a déjà été écrit</translation>
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
    <name>ServiceSheetDocument</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>This service is temporarily full until %1.</source>
        <translation>Ce service est complet temporairement jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>What the service offers</source>
        <translation>Ce que propose le service</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment mobiliser</translation>
    </message>
    <message>
        <source>Open to people living in</source>
        <translation>Ouvert aux personnes habitant</translation>
    </message>
    <message>
        <source>Information updated on %1</source>
        <translation>Informations mises à jour le %1</translation>
    </message>
    <message>
        <source>(more than a year ago: check with the structure)</source>
        <translation>(il y a plus d&apos;un an : vérifiez auprès de la structure)</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>Service sheet – %1</source>
        <translation>Fiche du service – %1</translation>
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
    <name>Timeline</name>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 du %2 : %3</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 : rendez-vous déplacé du %2 au %3</translation>
    </message>
    <message>
        <source>%1 planned for %2 (invitation: %3)</source>
        <translation>%1 : rendez-vous fixé au %2 (convocation : %3)</translation>
    </message>
    <message>
        <source>, collective</source>
        <translation>, collectif</translation>
    </message>
    <message>
        <source>Re-entry into the follow-up</source>
        <translation>Réentrée dans l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Entry into the follow-up</source>
        <translation>Entrée dans l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Oriented: %1</source>
        <translation>Orientation : %1</translation>
    </message>
    <message>
        <source>Reorientation towards %1: %2</source>
        <translation>Réorientation vers %1 : %2</translation>
    </message>
    <message>
        <source>Reorientation requested towards %1: %2</source>
        <translation>Réorientation demandée vers %1 : %2</translation>
    </message>
    <message>
        <source>%1 signed</source>
        <translation>%1 signé</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 terminé</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>Action plan closed: %1</source>
        <translation>Plan d&apos;action clôturé : %1</translation>
    </message>
    <message>
        <source>Action plan opened from the diagnostic&apos;s priorities</source>
        <translation>Plan d&apos;action ouvert à partir des priorités du diagnostic</translation>
    </message>
    <message>
        <source>Action plan opened</source>
        <translation>Plan d&apos;action ouvert</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;: %2</source>
        <translation>Objectif « %1 » : %2</translation>
    </message>
    <message>
        <source>Objective tied to the %1, with the person&apos;s consent</source>
        <translation>Objectif rattaché au %1, avec le consentement de la personne</translation>
    </message>
    <message>
        <source>Objective (%1): %2</source>
        <translation>Objectif (%1) : %2</translation>
    </message>
    <message>
        <source>Action &quot;%1&quot;: %2</source>
        <translation>Action « %1 » : %2</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>Prescription vers %1 : %2</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>Personne orientée vers %1</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Sortie : %1</translation>
    </message>
    <message>
        <source>Private note: %1</source>
        <translation>Note privée : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>The timeline could not be read (%1).</source>
        <translation>L&apos;historique du parcours n&apos;a pas pu être lu (%1).</translation>
    </message>
</context>
<context>
    <name>jalon::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
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
    <name>jalon::DirectoryFilterPanel</name>
    <message>
        <source>Any type</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous publics</translation>
    </message>
    <message>
        <source>On site or remote</source>
        <translation>Sur place ou à distance</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Tous modes</translation>
    </message>
</context>
<context>
    <name>jalon::DirectoryResultsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Full until %1</source>
        <translation>Complet jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Updated on %1, more than a year ago: check the details before referring someone.</source>
        <translation>Mis à jour le %1, il y a plus d&apos;un an : vérifiez les informations avant d&apos;orienter quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>How complete and fresh the service&apos;s information is (%1 %)</source>
        <translation>Complétude et fraîcheur des informations du service (%1 %)</translation>
    </message>
    <message>
        <source>Marked temporarily full by an adviser</source>
        <translation>Marqué complet temporairement par un conseiller</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
</context>
<context>
    <name>jalon::DirectoryWidget</name>
    <message>
        <source>Choose a service in the list to read its sheet.</source>
        <translation>Choisissez un service dans la liste pour lire sa fiche.</translation>
    </message>
    <message>
        <source>Finding a service for %1.</source>
        <translation>Recherche d&apos;un service pour %1.</translation>
    </message>
    <message>
        <source>Local offer directory</source>
        <translation>Répertoire de l&apos;offre locale</translation>
    </message>
    <message>
        <source>Local offer directory — %1</source>
        <translation>Répertoire de l&apos;offre locale — %1</translation>
    </message>
    <message>
        <source>the first %1 services</source>
        <translation>les %1 premiers services</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches: try fewer words or fewer filters.</source>
        <translation>Aucun service ne correspond : essayez avec moins de mots ou de filtres.</translation>
    </message>
    <message>
        <source>&amp;Refer to this service</source>
        <translation>&amp;Orienter vers ce service</translation>
    </message>
    <message>
        <source>&amp;Refer %1 to this service</source>
        <translation>&amp;Orienter %1 vers ce service</translation>
    </message>
    <message>
        <source>The sheet of “%1” was copied: paste it in an e-mail or a message.</source>
        <translation>La fiche de « %1 » a été copiée : collez-la dans un e-mail ou un message.</translation>
    </message>
    <message>
        <source>The referral was not recorded: %1</source>
        <translation>La prescription n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Referral of %1 to “%2” recorded on their pathway (%3).</source>
        <translation>Prescription de « %2 » pour %1 enregistrée dans son parcours (%3).</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La note n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Note saved on “%1”.</source>
        <translation>Note enregistrée sur « %1 ».</translation>
    </message>
    <message>
        <source>The service was not marked: %1</source>
        <translation>Le service n&apos;a pas été marqué : %1</translation>
    </message>
    <message>
        <source>“%1” is marked full until %2.</source>
        <translation>« %1 » est marqué complet jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>“%1” is no longer marked full.</source>
        <translation>« %1 » n&apos;est plus marqué complet.</translation>
    </message>
    <message>
        <source>“%1” is saved in the directory.</source>
        <translation>« %1 » est enregistré dans le répertoire.</translation>
    </message>
    <message>
        <source>Export the local services</source>
        <translation>Exporter les services locaux</translation>
    </message>
    <message>
        <source>data·inclusion JSON (*.json)</source>
        <translation>JSON data·inclusion (*.json)</translation>
    </message>
    <message>
        <source>The local services were not exported: %1</source>
        <translation>Les services locaux n&apos;ont pas été exportés : %1</translation>
    </message>
    <message>
        <source>Local services exported to %1.</source>
        <translation>Services locaux exportés dans %1.</translation>
    </message>
</context>
<context>
    <name>jalon::HomeWidget</name>
    <message>
        <source>To do — %1</source>
        <translation>À faire — %1</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>Appointments today (%n)</source>
        <translation>
            <numerusform>Rendez-vous du jour (%n)</numerusform>
            <numerusform>Rendez-vous du jour (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appointments this week (%n)</source>
        <translation>
            <numerusform>Rendez-vous de la semaine (%n)</numerusform>
            <numerusform>Rendez-vous de la semaine (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appointments to update (%n)</source>
        <translation>
            <numerusform>Rendez-vous à mettre à jour (%n)</numerusform>
            <numerusform>Rendez-vous à mettre à jour (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Past appointments still planned: record what happened</source>
        <translation>Rendez-vous passés encore prévus : enregistrez ce qui s&apos;est passé</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting orientation for over 30 days (%n)</source>
        <translation>
            <numerusform>En attente d&apos;orientation depuis plus de 30 jours (%n)</numerusform>
            <numerusform>En attente d&apos;orientation depuis plus de 30 jours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>awaiting for %n day(s)</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting orientation for over 45 days (%n)</source>
        <translation>
            <numerusform>En attente d&apos;orientation depuis plus de 45 jours (%n)</numerusform>
            <numerusform>En attente d&apos;orientation depuis plus de 45 jours (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The legal delay to orient a person is 45 days</source>
        <translation>Le délai légal pour orienter une personne est de 45 jours</translation>
    </message>
    <message numerus="yes">
        <source>Oriented over 30 days ago, no appointment attended (%n)</source>
        <translation>
            <numerusform>Personnes orientées depuis plus de 30 jours sans rendez-vous honoré (%n)</numerusform>
            <numerusform>Personnes orientées depuis plus de 30 jours sans rendez-vous honoré (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oriented %n day(s) ago</source>
        <translation>
            <numerusform>orientation il y a %n jour</numerusform>
            <numerusform>orientation il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contracts ending within 30 days (%n)</source>
        <translation>
            <numerusform>Contrats arrivant à échéance dans les 30 jours (%n)</numerusform>
            <numerusform>Contrats arrivant à échéance dans les 30 jours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>se termine dans %n jour</numerusform>
            <numerusform>se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Appointment marked: %1</source>
        <translation>Rendez-vous enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n lines: only the first %n are shown. The register&apos;s filters show them all.</source>
        <translation>
            <numerusform>Plus de %n ligne : seule la première est affichée. Les filtres du registre les montrent toutes.</numerusform>
            <numerusform>Plus de %n lignes : seules les %n premières sont affichées. Les filtres du registre les montrent toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jalon::IntakeImportDialog</name>
    <message>
        <source>Choose the list of people to orient</source>
        <translation>Choisir la liste des personnes à orienter</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>Étape 1 sur 3 : choisir le fichier</translation>
    </message>
    <message>
        <source>Step 2 of 3: match the columns</source>
        <translation>Étape 2 sur 3 : associer les colonnes</translation>
    </message>
    <message>
        <source>Step 3 of 3: review the rows</source>
        <translation>Étape 3 sur 3 : vérifier les lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by %3.</source>
        <translation>
            <numerusform>%1 : %n ligne, %2, champs séparés par des %3.</numerusform>
            <numerusform>%1 : %n lignes, %2, champs séparés par des %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field of the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>This header was not recognised: choose its field.</source>
        <translation>Cet en-tête n&apos;a pas été reconnu : choisissez son champ.</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (non reconnu)</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1 : oui</translation>
    </message>
    <message>
        <source>%1: MISSING</source>
        <translation>%1 : MANQUANT</translation>
    </message>
    <message>
        <source>Required fields — %1.</source>
        <translation>Champs obligatoires — %1.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 not written.</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Importer %n ligne</numerusform>
            <numerusform>&amp;Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Include &amp;again</source>
        <translation>Inclure à &amp;nouveau</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <source>%1 %2, born %3</source>
        <translation>%1 %2, né(e) le %3</translation>
    </message>
    <message>
        <source>Importing… Nothing is saved until the last row is written.</source>
        <translation>Importation en cours… Rien n&apos;est enregistré tant que la dernière ligne n&apos;est pas écrite.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import done.
%1 people created, %2 records updated, %3 entries into follow-up.
%4 rows already up to date, %5 rows not written (errors, unresolved duplicates, skipped).</source>
        <translation>Importation terminée.
%1 personnes créées, %2 fiches mises à jour, %3 entrées dans l&apos;accompagnement.
%4 lignes déjà à jour, %5 lignes non enregistrées (erreurs, doublons non résolus, lignes ignorées).</translation>
    </message>
    <message>
        <source>Jalon does not keep social security numbers (NIR).</source>
        <translation>Jalon ne conserve pas les numéros de sécurité sociale (NIR).</translation>
    </message>
</context>
<context>
    <name>jalon::IntakeReviewModel</name>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Re-entry</source>
        <translation>Réentrée</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>CAF/MSA number</source>
        <translation>Numéro allocataire CAF/MSA</translation>
    </message>
    <message>
        <source>Import will</source>
        <translation>Action prévue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>jalon::IntakeRowDialog</name>
    <message>
        <source>Fix line %1</source>
        <translation>Corriger la ligne %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>jalon::LocalServiceDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New local service</source>
        <translation>Nouveau service local</translation>
    </message>
    <message>
        <source>Edit the local service</source>
        <translation>Modifier le service local</translation>
    </message>
    <message>
        <source>New structure…</source>
        <translation>Nouvelle structure…</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Only services added in Jalon can be edited here.</source>
        <translation>Seuls les services ajoutés dans Jalon peuvent être modifiés ici.</translation>
    </message>
    <message>
        <source>the comm&amp;une: %1</source>
        <translation>la comm&amp;une : %1</translation>
    </message>
    <message>
        <source>the comm&amp;une (choose one)</source>
        <translation>la comm&amp;une (à choisir)</translation>
    </message>
    <message>
        <source>its EPC&amp;I: %1</source>
        <translation>son EPC&amp;I : %1</translation>
    </message>
    <message>
        <source>its EPC&amp;I</source>
        <translation>son EPC&amp;I</translation>
    </message>
    <message>
        <source>its &amp;département: %1 (%2)</source>
        <translation>son &amp;département : %1 (%2)</translation>
    </message>
    <message>
        <source>its &amp;département</source>
        <translation>son &amp;département</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); 200 to 2,000 make a good quality score.</source>
        <translation>
            <numerusform>%n caractère ; de 200 à 2 000 donnent un bon score de qualité.</numerusform>
            <numerusform>%n caractères ; de 200 à 2 000 donnent un bon score de qualité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the structure, the service&apos;s name, a description and at least one thématique.</source>
        <translation>Indiquez la structure, le nom du service, une description et au moins une thématique.</translation>
    </message>
    <message>
        <source>The structure was not saved: %1</source>
        <translation>La structure n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>Le service n&apos;a pas été enregistré : %1</translation>
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
    <message>
        <source>&amp;Import intake list…</source>
        <translation>&amp;Importer la liste des personnes à orienter…</translation>
    </message>
</context>
<context>
    <name>jalon::PathwayDialogs</name>
    <message>
        <source>Entry into the follow-up</source>
        <translation>Entrée dans l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Opens a follow-up period: the person then awaits orientation.</source>
        <translation>Ouvre une période d&apos;accompagnement : la personne est ensuite en attente d&apos;orientation.</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Ouvert le :</translation>
    </message>
    <message>
        <source>&amp;Rights opened on:</source>
        <translation>Ouverture des &amp;droits le :</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>Referent:</source>
        <translation>Référent :</translation>
    </message>
    <message>
        <source>Reorientation request</source>
        <translation>Demande de réorientation</translation>
    </message>
    <message>
        <source>Current orientation:</source>
        <translation>Orientation actuelle :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Towards:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Requested &amp;on:</source>
        <translation>Demandée l&amp;e :</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin prévue :</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>&amp;Signé le :</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>&amp;Engagements :</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>No diagnostic: objectives added one by one</source>
        <translation>Sans diagnostic : objectifs ajoutés un par un</translation>
    </message>
    <message>
        <source>The priorities of the diagnostic of %1</source>
        <translation>Les priorités du diagnostic du %1</translation>
    </message>
    <message>
        <source>&amp;Built from:</source>
        <translation>Établi à &amp;partir de :</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The person has no open action plan: open one first.</source>
        <translation>La personne n&apos;a pas de plan d&apos;action ouvert : ouvrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>Not tied to a contract</source>
        <translation>Non rattaché à un contrat</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>Tied to the &amp;contract:</source>
        <translation>Rattaché au &amp;contrat :</translation>
    </message>
    <message>
        <source>Person&apos;s c&amp;onsent on:</source>
        <translation>Co&amp;nsentement de la personne le :</translation>
    </message>
    <message>
        <source>Set &amp;on:</source>
        <translation>Fixé &amp;le :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>The person&apos;s open action plan has no objective yet: set one first.</source>
        <translation>Le plan d&apos;action ouvert de la personne n&apos;a pas encore d&apos;objectif : fixez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>O&amp;bjectif :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Décidée &amp;le :</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Name of the service and its structure</source>
        <translation>Nom du service et de sa structure</translation>
    </message>
    <message>
        <source>T&amp;hematic:</source>
        <translation>&amp;Thématique :</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Envoyée le :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Private: visible to me only</source>
        <translation>Note &amp;privée : visible par moi seul</translation>
    </message>
    <message>
        <source>Exit from the follow-up</source>
        <translation>Sortie de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Closes the follow-up, its orientation and its running contract on the exit day.</source>
        <translation>Clôt l&apos;accompagnement, son orientation et son contrat en cours à la date de sortie.</translation>
    </message>
    <message>
        <source>&amp;Exit on:</source>
        <translation>&amp;Sortie le :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Entry into the follow-up…</source>
        <translation>&amp;Entrée dans l&apos;accompagnement…</translation>
    </message>
    <message>
        <source>&amp;Orientation…</source>
        <translation>&amp;Orientation…</translation>
    </message>
    <message>
        <source>&amp;Reorientation request…</source>
        <translation>&amp;Demande de réorientation…</translation>
    </message>
    <message>
        <source>A&amp;ppointment…</source>
        <translation>&amp;Rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>&amp;Contrat…</translation>
    </message>
    <message>
        <source>Action p&amp;lan…</source>
        <translation>&amp;Plan d&apos;action…</translation>
    </message>
    <message>
        <source>O&amp;bjective…</source>
        <translation>O&amp;bjectif…</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>&amp;Action…</translation>
    </message>
    <message>
        <source>Re&amp;ferral to a service…</source>
        <translation>Prescription vers un ser&amp;vice…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>E&amp;xit from the follow-up…</source>
        <translation>&amp;Sortie de l&apos;accompagnement…</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Enregistré par :</translation>
    </message>
    <message>
        <source>Recorded on:</source>
        <translation>Enregistré le :</translation>
    </message>
    <message>
        <source>This objective could not be found.</source>
        <translation>Cet objectif est introuvable.</translation>
    </message>
    <message>
        <source>This objective&apos;s status can no longer change.</source>
        <translation>Le statut de cet objectif ne peut plus changer.</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>tied to the contract with the person&apos;s consent on %1</source>
        <translation>rattaché au contrat avec le consentement de la personne le %1</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>Tie to the &amp;contract:</source>
        <translation>Rattacher au &amp;contrat :</translation>
    </message>
    <message>
        <source>This action could not be found.</source>
        <translation>Cette action est introuvable.</translation>
    </message>
    <message>
        <source>This action&apos;s status can no longer change.</source>
        <translation>Le statut de cette action ne peut plus changer.</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>This referral&apos;s status can no longer change.</source>
        <translation>Le statut de cette prescription ne peut plus changer.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>&amp;Refusal reason:</source>
        <translation>&amp;Motif du refus :</translation>
    </message>
    <message>
        <source>This request could not be found.</source>
        <translation>Cette demande est introuvable.</translation>
    </message>
    <message>
        <source>Reorientation decision</source>
        <translation>Décision de réorientation</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>Accept: orient towards %1</source>
        <translation>Accepter : orienter vers %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motivation :</translation>
    </message>
    <message>
        <source>Only the author of a note may change it.</source>
        <translation>Seul l&apos;auteur d&apos;une note peut la modifier.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Record the signature</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <source>End it before its planned end</source>
        <translation>Y mettre fin avant la fin prévue</translation>
    </message>
    <message>
        <source>This contract is signed and ended.</source>
        <translation>Ce contrat est signé et terminé.</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signé le :</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>pas encore signé</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modification :</translation>
    </message>
    <message>
        <source>Bilan:</source>
        <translation>Bilan :</translation>
    </message>
    <message>
        <source>Close the action plan</source>
        <translation>Clôturer le plan d&apos;action</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Ouvert le :</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Clôturé le :</translation>
    </message>
    <message>
        <source>&amp;Bilan:</source>
        <translation>&amp;Bilan :</translation>
    </message>
    <message>
        <source>C&amp;lose the plan</source>
        <translation>C&amp;lôturer le plan</translation>
    </message>
</context>
<context>
    <name>jalon::PathwayWidget</name>
    <message>
        <source>Show or hide: %1</source>
        <translation>Afficher ou masquer : %1</translation>
    </message>
    <message>
        <source>Shows or hides this kind of event</source>
        <translation>Affiche ou masque ce type d&apos;événement</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>3 to 6 months ago</source>
        <translation>Il y a 3 à 6 mois</translation>
    </message>
    <message>
        <source>6 to 12 months ago</source>
        <translation>Il y a 6 à 12 mois</translation>
    </message>
    <message>
        <source>Over 12 months ago</source>
        <translation>Il y a plus de 12 mois</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation>&amp;Plan d&apos;action…</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>&amp;Contrat…</translation>
    </message>
    <message>
        <source>Con&amp;vocation letter…</source>
        <translation>Con&amp;vocation…</translation>
    </message>
    <message>
        <source>%1 (not signed)</source>
        <translation>%1 (non signé)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Choose a person to see their pathway.</source>
        <translation>Choisissez une personne pour voir son parcours.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: use Add (Ctrl+Shift+N) to record the entry, an orientation or an appointment.</source>
        <translation>Rien n&apos;est encore enregistré : utilisez Ajouter (Ctrl+Maj+N) pour enregistrer l&apos;entrée, une orientation ou un rendez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 sur %n événement affiché</numerusform>
            <numerusform>%1 sur %n événements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find a service in the directory…</source>
        <translation>&amp;Trouver un service dans le répertoire…</translation>
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
    <message>
        <source>Follows from the pathway: record the entry, the orientation or the exit in the Pathway tab.</source>
        <translation>Découle du parcours : enregistrez l&apos;entrée, l&apos;orientation ou la sortie dans l&apos;onglet Parcours.</translation>
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
    <name>jalon::ReportTableModel</name>
    <message>
        <source>%1

Hidden: a small count (%2 or fewer people), so that nobody can be recognised.</source>
        <translation>%1

Masqué : petit effectif (%2 personnes ou moins), pour que personne ne puisse être reconnu.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
</context>
<context>
    <name>jalon::ReportWindow</name>
    <message>
        <source>Choose a month and a scope, then Compute (Enter).</source>
        <translation>Choisissez un mois et un périmètre, puis Calculer (Entrée).</translation>
    </message>
    <message>
        <source>Your role may not make activity reports.</source>
        <translation>Votre rôle ne permet pas d&apos;établir des rapports d&apos;activité.</translation>
    </message>
    <message>
        <source>The first day of the period must not come after the last.</source>
        <translation>Le premier jour de la période ne doit pas être postérieur au dernier.</translation>
    </message>
    <message>
        <source>Computing the report for %1…</source>
        <translation>Calcul du rapport (%1)…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Computation cancelled; the report shown is the previous one.</source>
        <translation>Calcul annulé ; le rapport affiché est le précédent.</translation>
    </message>
    <message>
        <source>Computation cancelled.</source>
        <translation>Calcul annulé.</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>Le rapport n&apos;a pas pu être calculé.</translation>
    </message>
    <message>
        <source>%1 — %2. Computed on %3 by %4.</source>
        <translation>%1 — %2. Calculé le %3 par %4.</translation>
    </message>
    <message>
        <source>Small counts are hidden (≤ %1).</source>
        <translation>Les petits effectifs sont masqués (≤ %1).</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Choose a line to read how its figure is counted.</source>
        <translation>Choisissez une ligne pour lire comment son chiffre est compté.</translation>
    </message>
    <message>
        <source>How “%1” is counted: %2</source>
        <translation>Comment « %1 » est compté : %2</translation>
    </message>
    <message>
        <source>Small counts (%1 or fewer) are hidden: the charts draw them as 0; the tables show them as “≤ %1”.</source>
        <translation>Les petits effectifs (%1 ou moins) sont masqués : les graphiques les tracent à 0 ; les tableaux les affichent « ≤ %1 ».</translation>
    </message>
    <message>
        <source>Compute the report first.</source>
        <translation>Calculez d&apos;abord le rapport.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
</context>
<context>
    <name>jalon::ServiceSheetView</name>
    <message>
        <source>Service sheet</source>
        <translation>Fiche du service</translation>
    </message>
    <message>
        <source>Withdrawn from its source at the last import: it may no longer exist.</source>
        <translation>Retiré de sa source lors du dernier import : il n&apos;existe peut-être plus.</translation>
    </message>
    <message>
        <source>Temporarily full until %1.</source>
        <translation>Complet temporairement jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Comment mobiliser</translation>
    </message>
    <message>
        <source>Open to people living in</source>
        <translation>Ouvert aux personnes habitant</translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>— more than a year ago: check with the structure before referring someone.</source>
        <translation>— il y a plus d&apos;un an : vérifiez auprès de la structure avant d&apos;orienter quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Quality of the information: %1 %</source>
        <translation>Qualité des informations : %1 %</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
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
    <name>jalon::TimelineModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>month and its number of events</comment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <translation>
            <numerusform>%1, %n événement</numerusform>
            <numerusform>%1, %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Recorded by %2 on %3</source>
        <translation>%1
Enregistré par %2 le %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
</context>
<context>
    <name>jalon::TimelineOverview</name>
    <message>
        <source>Pathway overview</source>
        <translation>Vue d&apos;ensemble du parcours</translation>
    </message>
    <message>
        <source>%1 orientation period(s), %2 contract(s), %3 appointment(s), shown from %4 to %5</source>
        <translation>Périodes d&apos;orientation : %1, contrats : %2, rendez-vous : %3, affichés du %4 au %5</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
</context>
<context>
    <name>jalon::WeekAgenda</name>
    <message>
        <source>Appointments of the week</source>
        <translation>Rendez-vous de la semaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n)</source>
        <comment>day name, day number, appointments</comment>
        <translation>
            <numerusform>%1 %2 (%n)</numerusform>
            <numerusform>%1 %2 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>%1, %2
%3 — %4
%5</source>
        <translation>%1, %2
%3 — %4
%5</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
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
