<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Hindsight::ActionItemModel</name>
    <message>
        <location filename="../ui/actionitemmodel.cpp" line="+58"/>
        <location line="+90"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark action item done</source>
        <translation>Marquer l’action comme terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark action item open</source>
        <translation>Marquer l’action comme ouverte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit action item due date</source>
        <translation>Modifier l’échéance de l’action</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit action item</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit action item category</source>
        <translation>Modifier la catégorie de l’action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit action item owner</source>
        <translation>Modifier le responsable de l’action</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;improvement&quot; (a fix or improvement), &quot;task&quot; (a concrete task), or your own word.</source>
        <translation>«&#xa0;improvement&#xa0;» (une correction ou amélioration), «&#xa0;task&#xa0;» (une tâche concrète) ou votre propre mot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible; empty when unassigned.</source>
        <translation>Qui en est responsable&#xa0;; vide si personne n’est désigné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty.</source>
        <translation>AAAA-MM-JJ, ou vide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n action item(s)</source>
        <translation>
            <numerusform>Supprimer %n action</numerusform>
            <numerusform>Supprimer %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move action item</source>
        <translation>Déplacer l’action</translation>
    </message>
</context>
<context>
    <name>Hindsight::ActionLedgerModel</name>
    <message>
        <location filename="../ui/library/librarymodels.cpp" line="+277"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postmortem</source>
        <translation>Post-mortem</translation>
    </message>
</context>
<context>
    <name>Hindsight::CategoryDelegate</name>
    <message>
        <location filename="../ui/itemdelegates.cpp" line="+81"/>
        <source>Choose a category or type your own.</source>
        <translation>Choisissez une catégorie ou saisissez la vôtre.</translation>
    </message>
</context>
<context>
    <name>Hindsight::CommandLine</name>
    <message>
        <location filename="../app/main/cliexit.cpp" line="+23"/>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../app/main/commandline.cpp" line="+61"/>
        <source>Review a postmortem: what it still lacks or gets wrong.</source>
        <translation>Relire un post-mortem&#xa0;: ce qui manque encore ou est erroné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <location line="+124"/>
        <source>The verb.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+191"/>
        <source>A Hindsight file or any Markdown postmortem.</source>
        <translation>Un fichier Hindsight ou tout post-mortem en Markdown.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: hindsight lint FILE [--format text|json]</source>
        <translation>usage&#xa0;: hindsight lint FICHIER [--format text|json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be text or json (got &apos;%1&apos;)</source>
        <translation>--format doit valoir text ou json (reçu&#xa0;: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2 errors, %3 warnings, %4 hints
</source>
        <translation>%1&#xa0;: %2 erreurs, %3 avertissements, %4 conseils
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Render one load-distribution diagram spec (YAML) to SVG or PNG.</source>
        <translation>Dessiner une spécification de diagramme de répartition de charge (YAML) en SVG ou PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A diagram spec file (YAML, see README).</source>
        <translation>Un fichier de spécification de diagramme (YAML, voir README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: svg or png.</source>
        <translation>Format de sortie&#xa0;: svg ou png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Output file; - or none for standard output.</source>
        <translation>Fichier de sortie&#xa0;; - ou rien pour la sortie standard.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Width in pixels (SVG: CSS pixels). Default: the natural width, twice that for PNG (print resolution).</source>
        <translation>Largeur en pixels (SVG&#xa0;: pixels CSS). Par défaut&#xa0;: la largeur naturelle, le double pour le PNG (résolution d’impression).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Height in pixels. Default: from the width and the diagram&apos;s aspect.</source>
        <translation>Hauteur en pixels. Par défaut&#xa0;: d’après la largeur et les proportions du diagramme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>light (default) or dark.</source>
        <translation>light (clair, par défaut) ou dark (sombre).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hindsight diagram SPEC --to svg|png [-o OUTPUT] [--width PX] [--height PX] [--theme light|dark]</source>
        <translation>usage&#xa0;: hindsight diagram SPEC --to svg|png [-o SORTIE] [--width PX] [--height PX] [--theme light|dark]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be svg or png (got &apos;%1&apos;)</source>
        <translation>--to doit valoir svg ou png (reçu&#xa0;: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>--theme must be light or dark (got &apos;%1&apos;)</source>
        <translation>--theme doit valoir light ou dark (reçu&#xa0;: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>--%1 must be a whole number from 1 to 20000</source>
        <translation>--%1 doit être un nombre entier de 1 à 20000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a directory</source>
        <translation>est un répertoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a diagram spec larger than 4 MiB is not supported</source>
        <translation>%1&#xa0;: une spécification de diagramme de plus de 4 Mio n’est pas prise en charge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot draw a %1x%2 picture</source>
        <translation>impossible de dessiner une image de %1x%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Convert a postmortem to another format.</source>
        <translation>Convertir un post-mortem dans un autre format.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output format: %1 (slides-pdf: the review deck, one 16:9 page per slide; needs -o).</source>
        <translation>Format de sortie : %1 (slides-pdf : les diapositives de la revue, une page 16:9 par diapositive ; nécessite -o).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>usage: hindsight convert INPUT --to %1 [-o OUTPUT] [--report] [--theme light|dark]</source>
        <translation>usage : hindsight convert ENTRÉE --to %1 [-o SORTIE] [--report] [--theme light|dark]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--to doit valoir l&apos;un de %1 (reçu : &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to %1 needs -o OUTPUT</source>
        <translation>--to %1 nécessite -o SORTIE</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Print how a foreign file was imported (recognised, guessed, kept as is) to standard error.</source>
        <translation>Indiquer sur la sortie d’erreur comment un fichier externe a été importé (reconnu, deviné, conservé tel quel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slide theme for slides-pdf: light (default) or dark.</source>
        <translation>Thème des diapositives pour slides-pdf&#xa0;: light (clair, par défaut) ou dark (sombre).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--theme applies to --to slides-pdf only</source>
        <translation>--theme ne s’applique qu’à --to slides-pdf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hindsight file: read as is, nothing imported.
</source>
        <translation>Fichier Hindsight&#xa0;: lu tel quel, rien d’importé.
</translation>
    </message>
</context>
<context>
    <name>Hindsight::DateTimeTextDelegate</name>
    <message>
        <location filename="../ui/itemdelegates.cpp" line="+47"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of an empty date cell; keep the shape, translate the letters if needed.</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:MM</source>
        <extracomment>Placeholder of an empty time cell.</extracomment>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>Hindsight::DisplayNames</name>
    <message>
        <location filename="../app/core/displaynames.cpp" line="+23"/>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misleading</source>
        <translation>Fausse piste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted round robin</source>
        <translation>Round robin pondéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least connections</source>
        <translation>Least connections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP hash / sticky sessions</source>
        <translation>Hachage IP / sessions persistantes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drained</source>
        <translation>Drainé</translation>
    </message>
</context>
<context>
    <name>Hindsight::Duration</name>
    <message>
        <location filename="../app/core/duration.cpp" line="+18"/>
        <source>%1 d</source>
        <extracomment>a number of days, abbreviated (&quot;14 d&quot;)</extracomment>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <extracomment>a number of hours, abbreviated (&quot;4 h&quot;)</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min</source>
        <extracomment>a number of minutes, abbreviated (&quot;40 min&quot;)</extracomment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Hindsight::EditingActions</name>
    <message>
        <location filename="../ui/editingactions.cpp" line="+94"/>
        <source>Words in the postmortem&apos;s text, as the review checks count them</source>
        <translation>Mots du texte du post-mortem, comptés comme le font les vérifications</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy as Rich Te&amp;xt</source>
        <translation>Copier en te&amp;xte enrichi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole postmortem as it is rendered, with its chart, to paste into an e-mail or a word processor</source>
        <translation>Copier tout le post-mortem tel qu’il est affiché, avec son graphique, pour le coller dans un e-mail ou un traitement de texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find text in every field, table and section of the postmortem</source>
        <translation>Rechercher du texte dans tous les champs, tableaux et sections du post-mortem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forma&amp;t</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline &amp;Code</source>
        <translation>&amp;Code en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ulleted List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes Markdown in the section editor: %1</source>
        <translation>Écrit du Markdown dans l’éditeur de section&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Copied the postmortem as rich text</source>
        <translation>Post-mortem copié en texte enrichi</translation>
    </message>
</context>
<context>
    <name>Hindsight::EventDetailEditor</name>
    <message>
        <location filename="../ui/eventdetaileditor.cpp" line="+19"/>
        <source>Event detail</source>
        <translation>Détail de l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output, log excerpt, quote or table that belongs to the selected event, in Markdown</source>
        <translation>Sortie, extrait de journal, citation ou tableau de l’événement sélectionné, en Markdown</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Detail of the event at row %1</source>
        <translation>&amp;Détail de l’événement de la ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail of the selected event</source>
        <translation>&amp;Détail de l’événement sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output, a log excerpt, a quote or a table that belongs to this event (Markdown)</source>
        <translation>Sortie, extrait de journal, citation ou tableau de cet événement (Markdown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an event to add what belongs to it</source>
        <translation>Sélectionnez un événement pour y ajouter ses détails</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit event detail</source>
        <translation>Modifier le détail de l’événement</translation>
    </message>
</context>
<context>
    <name>Hindsight::Export</name>
    <message>
        <location filename="../app/render/odtexporter.cpp" line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the OpenDocument writer failed</source>
        <translation>l&apos;écriture OpenDocument a échoué</translation>
    </message>
</context>
<context>
    <name>Hindsight::ExportFormats</name>
    <message>
        <location filename="../app/render/exportformats.cpp" line="+34"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;OpenDocument Text…</source>
        <translation>Texte &amp;OpenDocument…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument Text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>Hindsight::Fields</name>
    <message>
        <location filename="../app/core/postmortemfields.cpp" line="+10"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional section</source>
        <translation>Section supplémentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident start</source>
        <translation>Début de l’incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end</source>
        <translation>Fin de l’incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users affected</source>
        <translation>Utilisateurs touchés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>Hindsight::FindReplaceBar</name>
    <message>
        <location filename="../ui/findreplace.cpp" line="+88"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the postmortem</source>
        <translation>Rechercher dans le post-mortem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrapped: 999 of 999</source>
        <translation>Reprise&#xa0;: 999 sur 999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Occurrence suivante (F3 ou Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace A&amp;ll</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every match in the postmortem: one undo step</source>
        <translation>Remplacer toutes les occurrences dans le post-mortem&#xa0;: une seule étape d’annulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with:</source>
        <translation>Remplacer par&#xa0;:</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+106"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrapped: %1</source>
        <translation>Reprise&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced the last match</source>
        <translation>Dernière occurrence remplacée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replaced 1 match</source>
        <translation>1 occurrence remplacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced %1 matches</source>
        <translation>%1 occurrences remplacées</translation>
    </message>
</context>
<context>
    <name>Hindsight::GuessMarks</name>
    <message>
        <location filename="../ui/guessmarks.cpp" line="+186"/>
        <source>Guessed on import — please check:</source>
        <translation>Deviné à l’import — à vérifier :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guessed on import, please check: %1</source>
        <translation>Deviné à l’import, à vérifier : %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::HtmlRenderer</name>
    <message>
        <location filename="../app/render/htmlrenderer.cpp" line="+34"/>
        <source>Untitled postmortem</source>
        <translation>Post-mortem sans titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled section</source>
        <translation>Section sans titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first %1 of %2 timeline events; the exports have all of them.</source>
        <translation>L&apos;aperçu montre les %1 premiers des %2 événements de la chronologie ; les exports les contiennent tous.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users affected</source>
        <translation>Utilisateurs touchés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline chart</source>
        <translation>Graphique de la chronologie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(end before start)</source>
        <translation>(fin avant le début)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(before the start)</source>
        <translation>(avant le début)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to mitigate</source>
        <translation>Délai d’atténuation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
</context>
<context>
    <name>Hindsight::ImportReport</name>
    <message>
        <location filename="../app/core/import/span.cpp" line="+189"/>
        <location line="+54"/>
        <location line="+39"/>
        <location filename="../app/core/import/vocabulary.cpp" line="+720"/>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>the impact</source>
        <translation>l’impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root cause</source>
        <translation>la cause racine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolution</source>
        <translation>la résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root cause, then resolution</source>
        <translation>cause racine, puis résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution, then action items</source>
        <translation>résolution, puis actions</translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="+64"/>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>the timeline</source>
        <translation>la chronologie</translation>
    </message>
    <message>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>action items</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../app/core/import/reader.cpp" line="+82"/>
        <source>A line held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>Une ligne contenait plusieurs entrées ou libellés reliés par «&#xa0;-&#xa0;» ou &lt;br&gt;&#xa0;; chacun a été lu séparément.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lines held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>
            <numerusform>%n ligne contenait plusieurs entrées ou libellés reliés par «&#xa0;-&#xa0;» ou &lt;br&gt;&#xa0;; chacun a été lu séparément.</numerusform>
            <numerusform>%n lignes contenaient plusieurs entrées ou libellés reliés par «&#xa0;-&#xa0;» ou &lt;br&gt;&#xa0;; chacun a été lu séparément.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Title: “%1” (front matter).</source>
        <translation>Titre&#xa0;: «&#xa0;%1&#xa0;» (front matter).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title: “%1” (line %2).</source>
        <translation>Titre&#xa0;: «&#xa0;%1&#xa0;» (ligne %2).</translation>
    </message>
    <message>
        <location filename="../app/core/import/actionitems.cpp" line="+432"/>
        <source>Split an action item at “%1”: it states %2 measures.</source>
        <translation>Action scindée à «&#xa0;%1&#xa0;»&#xa0;: elle énonce %2 mesures.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action item listed twice was read once: “%1”.</source>
        <translation>Une action listée deux fois a été lue une seule fois&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/core/import/sections.cpp" line="+150"/>
        <source>Code block</source>
        <translation>Bloc de code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Measures announced in prose at line %1 (“%2…”).</source>
        <translation>Mesures annoncées dans le texte à la ligne %1 («&#xa0;%2…&#xa0;»).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Lines that are only a date and time (line %1 on) read as the timeline, each over its update.</source>
        <translation>Lignes ne contenant qu’une date et une heure (à partir de la ligne %1) lues comme la chronologie, chacune au-dessus de sa mise à jour.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The table headed “%1” (line %2) read as action items.</source>
        <translation>Le tableau intitulé « %1 » (ligne %2) a été lu comme actions.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1: …” (line %2) read as an action item.</source>
        <translation>« %1 : … » (ligne %2) lu comme une action.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Headings that are only a time (line %1 on) read as the timeline.</source>
        <translation>Les titres qui ne sont qu’une heure (à partir de la ligne %1) ont été lus comme chronologie.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>A list of %1 entries led by times (line %2) read as the timeline.</source>
        <translation>Une liste de %1 entrées commençant par une heure (ligne %2) a été lue comme chronologie.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” (line %2) read as %3.</source>
        <translation>«&#xa0;%1&#xa0;» (ligne %2) lu comme&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/import/timelinereader.cpp" line="+91"/>
        <source>“%1” read as the afternoon: the timeline writes AM and PM, and the entry follows one at %2.</source>
        <translation>« %1 » lu comme l’après-midi : la chronologie écrit AM et PM, et l’entrée suit une entrée à %2.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The code block at line %1 is the timeline as a log: each of its lines is an entry.</source>
        <translation>Le bloc de code de la ligne %1 est la chronologie sous forme de journal&#xa0;: chacune de ses lignes est une entrée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code block at line %1 kept with the timeline entry above it, as its detail.</source>
        <translation>Bloc de code à la ligne %1 conservé avec l’entrée de chronologie au-dessus, comme son détail.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Chat log</source>
        <translation>Journal de discussion</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>%n timeline time(s) without am or pm read as afternoon, after the morning entries before them.</source>
        <translation>
            <numerusform>%n heure de la chronologie sans am ni pm lue comme l’après-midi, après les entrées du matin.</numerusform>
            <numerusform>%n heures de la chronologie sans am ni pm lues comme l’après-midi, après les entrées du matin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Timeline: %1 lists of the same hours merged in time order.</source>
        <translation>Chronologie : %1 listes des mêmes heures fusionnées dans l&apos;ordre chronologique.</translation>
    </message>
    <message>
        <location filename="../app/core/import/actionitems.cpp" line="-48"/>
        <source>Read %1 action items from the sentences of one paragraph (line %2).</source>
        <translation>%1 actions lues dans les phrases d’un paragraphe (ligne %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/narrative.cpp" line="+232"/>
        <source>No measures section: the %n items of “%1” that say what to do are read as action items.</source>
        <translation>
            <numerusform>Aucune section de mesures : le %n élément de « %1 » qui dit quoi faire est lu comme action.</numerusform>
            <numerusform>Aucune section de mesures : les %n éléments de « %1 » qui disent quoi faire sont lus comme actions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No measures section: the paragraph of “%1” that says how a repeat is prevented is read as action items.</source>
        <translation>Pas de section de mesures : le paragraphe de « %1 » qui dit comment éviter une récidive a été lu comme actions.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action item taken from the resolution: “%1”</source>
        <translation>Action tirée de la résolution&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No summary: the status page&apos;s first update is the summary.</source>
        <translation>Pas de résumé : la première mise à jour de la page de statut sert de résumé.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the paragraphs that explain why (no section headings)</source>
        <translation>les paragraphes qui expliquent pourquoi (pas de titres de section)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document has no section headings: its %1 paragraphs were read in story order (what happened, impact, cause, recovery).</source>
        <translation>Le document n’a pas de titres de section&#xa0;: ses %1 paragraphes ont été lus dans l’ordre du récit (ce qui s’est passé, impact, cause, rétablissement).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item taken from the prose: “%1”</source>
        <translation>Action tirée du texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="-259"/>
        <source>the summary&apos;s sentence on the resolution</source>
        <translation>la phrase du résumé sur la résolution</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the first time the summary gives</source>
        <translation>la première heure donnée dans le résumé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incident end computed from the duration the summary states (%1 minutes).</source>
        <translation>Fin de l’incident calculée à partir de la durée indiquée dans le résumé (%1 minutes).</translation>
    </message>
    <message>
        <location filename="../app/core/import/incidentday.cpp" line="+322"/>
        <source>the Start and End lines</source>
        <translation>les lignes «&#xa0;Start&#xa0;» et «&#xa0;End&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="+57"/>
        <source>the “%1” line</source>
        <translation>la ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the lead paragraph</source>
        <translation>le paragraphe d’introduction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the impact section</source>
        <translation>la section sur l’impact</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+16"/>
        <source>a sentence outside the summary</source>
        <translation>une phrase hors du résumé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Timeline dates have no year and the document gives none; they are left empty.</source>
        <translation>Les dates de la chronologie n’ont pas d’année et le document n’en donne aucune&#xa0;; elles restent vides.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline dates without a year take the year of %1.</source>
        <translation>Les dates de la chronologie sans année prennent l’année de&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Timeline entries before the first sign of impact, or days after the rest, are lead-up or follow-up: the incident window leaves them out.</source>
        <translation>Les entrées de la chronologie avant le premier signe d&apos;impact, ou plusieurs jours après les autres, sont des antécédents ou des suites : la fenêtre de l&apos;incident les exclut.</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Incident start taken from the stated length (%1 minutes) before its end: the entry at %2.</source>
        <translation>Début de l&apos;incident déduit de la durée indiquée (%1 minutes) avant sa fin : l&apos;entrée de %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the timeline entry that says the outage began</source>
        <translation>l’entrée de la chronologie qui indique le début de la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeline&apos;s first entry</source>
        <translation>la première entrée de la chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the timeline&apos;s first sign of impact</source>
        <translation>le premier signe d&apos;impact de la chronologie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the timeline&apos;s dates</source>
        <translation>les dates de la chronologie</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Incident end computed from the stated length (%1 minutes).</source>
        <translation>Fin de l’incident calculée à partir de la durée indiquée (%1 minutes).</translation>
    </message>
    <message>
        <location filename="../app/core/import/incidentday.cpp" line="-299"/>
        <source>The incident day is written without a year; the year %1 is taken from the document&apos;s other dates.</source>
        <translation>Le jour de l’incident est écrit sans année&#xa0;; l’année %1 est tirée des autres dates du document.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The summary says “yesterday”: the incident day is the day before the post&apos;s date.</source>
        <translation>Le résumé dit « hier » : le jour de l’incident est la veille de la date de l’article.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the first date the document gives</source>
        <translation>la première date que donne le document</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The incident passes midnight: its end (%1) is dated the next day, %2.</source>
        <translation>L’incident passe minuit&#xa0;: sa fin (%1) est datée du lendemain, %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The incident date %1 disagrees with the title&apos;s date %2 only in its month or year; read as %3.</source>
        <translation>La date de l’incident %1 ne diffère de la date du titre %2 que par le mois ou l’année&#xa0;; lue comme %3.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The end is the time a sentence gives for the recovery (“%1”); nothing else states one.</source>
        <translation>La fin est l’heure qu’une phrase donne pour le rétablissement (« %1 ») ; rien d’autre n’en indique une.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The document&apos;s one time comes with a recovery (“%1”): it is read as the end; the start is not stated.</source>
        <translation>La seule heure du document accompagne un rétablissement (« %1 ») : elle est lue comme la fin ; le début n’est pas indiqué.</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="+253"/>
        <source>Incident start %1, from %2.</source>
        <translation>Début de l’incident %1 (source&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end %1, from %2; no start is stated.</source>
        <translation>Fin de l’incident %1 (source : %2) ; aucun début n’est indiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident %1 to %2, from %3.</source>
        <translation>Incident de %1 à %2 (source&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incident end taken from the timeline entry that says the outage ended (%1).</source>
        <translation>Fin de l’incident tirée de l’entrée de la chronologie qui indique la fin de la panne (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident end taken from the timeline entry that says the service recovered (%1).</source>
        <translation>Fin de l’incident tirée de l’entrée de la chronologie qui dit que le service est rétabli (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end taken from the last timeline entry (%1).</source>
        <translation>Fin de l’incident tirée de la dernière entrée de la chronologie (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incident date with a year is given; dates are left empty.</source>
        <translation>Aucune date d’incident avec année n’est indiquée&#xa0;; les dates restent vides.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/timelinereader.cpp" line="-160"/>
        <source>%n timeline time(s) written “12:… AM” right after late-morning or noon entries read as just after noon.</source>
        <translation>
            <numerusform>%n heure de la chronologie écrite « 12:… AM » juste après des entrées de fin de matinée ou de midi lue comme juste après midi.</numerusform>
            <numerusform>%n heures de la chronologie écrites « 12:… AM » juste après des entrées de fin de matinée ou de midi lues comme juste après midi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="-35"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>“%1” (line %2)</source>
        <translation>«&#xa0;%1&#xa0;» (ligne %2)</translation>
    </message>
    <message>
        <location filename="../app/core/import/report.cpp" line="+110"/>
        <location filename="../app/core/import/resolve.cpp" line="+39"/>
        <location line="+234"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="-220"/>
        <source>No time zone is stated; times are kept as written.</source>
        <translation>Aucun fuseau horaire n’est indiqué&#xa0;; les heures sont gardées telles qu’écrites.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone %1 (UTC%2), from %3.</source>
        <translation>Fuseau horaire %1 (UTC%2)&#xa0;; source&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daylight or standard time chosen by the US rule for %1.</source>
        <translation>Heure d’été ou d’hiver choisie selon la règle américaine pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard time assumed (no date).</source>
        <translation>Heure d’hiver supposée (pas de date).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The timeline passes midnight: the entries after it are dated the next day.</source>
        <translation>La chronologie passe minuit&#xa0;: les entrées suivantes sont datées du lendemain.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>the impact and summary</source>
        <translation>l’impact et le résumé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users affected: “all users” read as 100%.</source>
        <translation>Utilisateurs touchés&#xa0;: «&#xa0;tous les utilisateurs&#xa0;» lu comme 100 %.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Users affected: %1 is stated, more than all users; kept as written.</source>
        <translation>Utilisateurs touchés&#xa0;: %1 indiqué, plus que la totalité des utilisateurs&#xa0;; conservé tel qu’écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users affected: %1% chosen from %2 (the largest share of users stated).</source>
        <translation>Utilisateurs touchés&#xa0;: %1 % retenus, la plus grande part indiquée (source&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users affected: %1%, from %2.</source>
        <translation>Utilisateurs touchés&#xa0;: %1 % (source&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Root cause taken from %1.</source>
        <translation>Cause racine reprise (source&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No root-cause section: the root cause is the sentence of the %1 that states a cause.</source>
        <translation>Pas de section sur la cause racine&#xa0;: la cause racine est la phrase %1 qui énonce une cause.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No root-cause section: the root cause is the %n sentences of the %1 that state a cause.</source>
        <translation>
            <numerusform>Pas de section sur la cause racine&#xa0;: la cause racine est la %n phrase %1 qui énonce une cause.</numerusform>
            <numerusform>Pas de section sur la cause racine&#xa0;: la cause racine est formée des %n phrases %1 qui énoncent une cause.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summary</source>
        <translation>du résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact section</source>
        <translation>de la section sur l’impact</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No root-cause section: the root cause is what the resolution says caused the incident.</source>
        <translation>Pas de section de cause racine : la cause racine est ce que la résolution dit avoir causé l’incident.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No sentence states a cause: the root cause is the sentence that says what failed: “%1”</source>
        <translation>Aucune phrase n’énonce de cause&#xa0;: la cause racine est la phrase qui dit ce qui est tombé en panne&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No root-cause section: the root cause is the sentence that names it: “%1”</source>
        <translation>Pas de section sur la cause racine&#xa0;: la cause racine est la phrase qui la nomme&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No root-cause section: the root cause is the text of the “Identified” status update.</source>
        <translation>Aucune section sur la cause racine : la cause racine est le texte de la mise à jour de statut « Identified ».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is no date that exists; kept as written.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date qui existe&#xa0;; conservé tel qu’écrit.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stated duration (%1 minutes) differs from start to end (%2 minutes); both kept as written.</source>
        <translation>La durée indiquée (%1 minutes) diffère de l’écart entre le début et la fin (%2 minutes)&#xa0;; les deux sont conservés tels qu’écrits.</translation>
    </message>
    <message>
        <location filename="../app/core/import/report.cpp" line="-45"/>
        <source>Read %1 as DD/MM: other dates in the document put the day first.</source>
        <translation>%1 lu comme JJ/MM&#xa0;: d’autres dates du document placent le jour en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumed MM/DD for %1: no date in the document puts the day first.</source>
        <translation>MM/JJ supposé pour %1&#xa0;: aucune date du document ne place le jour en premier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written day first (DD/MM).</source>
        <translation>Les dates sont écrites jour en premier (JJ/MM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-digit years read as 19xx for 69–99 and 20xx otherwise: %1.</source>
        <translation>Années à deux chiffres lues comme 19xx pour 69–99 et 20xx sinon&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 status-page updates read as timeline entries.</source>
        <translation>%1 mises à jour de page de statut lues comme entrées de la chronologie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline: %1 entries with a time</source>
        <translation>Chronologie&#xa0;: %1 entrées avec une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 without</source>
        <translation>, %1 sans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (lines %1–%2)</source>
        <translation> (lignes %1–%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action items: %1 (%2 improvements, %3 tasks).</source>
        <translation>Actions&#xa0;: %1 (%2 améliorations, %3 tâches).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No root cause was found.</source>
        <translation>Aucune cause racine n’a été trouvée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, kept in “%3” (not read as timeline entries or action items).</source>
        <translation>%1, %2, conservé dans «&#xa0;%3&#xa0;» (non lu comme entrées de la chronologie ou actions).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” kept as an additional section (1 line).</source>
        <translation>«&#xa0;%1&#xa0;» conservé comme section supplémentaire (1 ligne).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” kept as an additional section (%n lines).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» conservé comme section supplémentaire (%n ligne).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» conservé comme section supplémentaire (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file describes %1 incidents: the first was imported; the rest (from line %2) is kept as additional sections.</source>
        <translation>Ce fichier décrit %1 incidents&#xa0;: le premier a été importé&#xa0;; le reste (à partir de la ligne %2) est conservé en sections supplémentaires.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 incidents found in this file; the first was imported.</source>
        <translation>%1 incidents trouvés dans ce fichier&#xa0;; le premier a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised:</source>
        <translation>Reconnu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed:</source>
        <translation>Deviné&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as is:</source>
        <translation>Conservé tel quel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/core/import/frontmatter.cpp" line="+257"/>
        <source>Front matter of a status page&apos;s incident: its date is the start.</source>
        <translation>En-tête d&apos;un incident de page de statut : sa date est le début.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Front matter: %1 read into fields.</source>
        <translation>Front matter&#xa0;: %1 repris dans les champs.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No summary in the text: the front matter&apos;s “%1” is the summary.</source>
        <translation>Pas de résumé dans le texte&#xa0;: «&#xa0;%1&#xa0;» du front matter sert de résumé.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+52"/>
        <source>Authors: %1 (line %2).</source>
        <translation>Auteurs&#xa0;: %1 (ligne %2).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Severity SEV%1 from line %2.</source>
        <translation>Gravité SEV%1 lue à la ligne %2.</translation>
    </message>
</context>
<context>
    <name>Hindsight::ImportReportPanel</name>
    <message>
        <location filename="../ui/importreportpanel.cpp" line="+78"/>
        <source>Import report details</source>
        <translation>Détails du rapport d’importation</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss the import report</source>
        <translation>Fermer le rapport d’importation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 — please check what was guessed.</source>
        <translation>%1 importé — vérifiez ce qui a été deviné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file describes %1 incidents; the first one was imported.</source>
        <translation>Le fichier décrit %1 incidents&#xa0;; le premier a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed</source>
        <translation>Deviné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as is</source>
        <translation>Conservé tel quel</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryCommand</name>
    <message>
        <location filename="../app/main/librarycommand.cpp" line="+62"/>
        <source>Output format: %1 (default %2).</source>
        <translation>Format de sortie&#xa0;: %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown format &apos;%1&apos;; use %2</source>
        <translation>format inconnu &apos;%1&apos;&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a readable folder</source>
        <translation>%1 n’est pas un dossier lisible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Index the postmortems under a folder (incrementally).</source>
        <translation>Indexer les post-mortems sous un dossier (de façon incrémentale).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: hindsight library index DIR [--format text|json]</source>
        <translation>usage&#xa0;: hindsight library index DOSSIER [--format text|json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 postmortems indexed (%3 added, %4 updated, %5 unchanged, %6 removed) in %7 ms.
</source>
        <translation>%1&#xa0;: %2 post-mortems indexés (%3 ajoutés, %4 mis à jour, %5 inchangés, %6 supprimés) en %7 ms.
</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) not indexed:
</source>
        <translation>
            <numerusform>%n fichier non indexé :
</numerusform>
            <numerusform>%n fichiers non indexés :
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full-text search of a library, best match first (bm25).</source>
        <translation>Recherche plein texte dans une bibliothèque, meilleurs résultats en premier (bm25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N hits (default 20).</source>
        <translation>Au plus N résultats (par défaut&#xa0;: 20).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hindsight library search DIR QUERY [--limit N] [--format text|json]</source>
        <translation>usage&#xa0;: hindsight library search DOSSIER REQUÊTE [--limit N] [--format text|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a positive number</source>
        <translation>--limit nécessite un nombre positif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No postmortem matches.
</source>
        <translation>Aucun post-mortem ne correspond.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents per month; medians and 90th percentiles of time to detect, mitigate and resolve and of duration, with n, per quarter, service and severity.</source>
        <translation>Incidents par mois&#xa0;; médianes et 90e centiles des délais de détection, d’atténuation et de résolution et de la durée, avec n, par trimestre, service et gravité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hindsight library stats DIR [--format text|json]</source>
        <translation>usage&#xa0;: hindsight library stats DOSSIER [--format text|json]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The action items of every postmortem, overdue first.</source>
        <translation>Les actions de tous les post-mortems, celles en retard d’abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only open items past their due date.</source>
        <translation>Seulement les actions ouvertes dont l’échéance est dépassée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count overdue as of this date (YYYY-MM-DD; default today).</source>
        <translation>Compter les retards à cette date (YYYY-MM-DD&#xa0;; par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file; - or none for standard output.</source>
        <translation>Fichier de sortie&#xa0;; - ou rien pour la sortie standard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: hindsight library actions DIR [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o OUTPUT]</source>
        <translation>usage&#xa0;: hindsight library actions DOSSIER [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o SORTIE]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today nécessite une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A report of the library: statistics, overdue action items, incidents, definitions.</source>
        <translation>Un rapport sur la bibliothèque&#xa0;: statistiques, actions en retard, incidents, définitions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report format: html or pdf.</source>
        <translation>Format du rapport&#xa0;: html ou pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file (required for pdf); - or none for standard output.</source>
        <translation>Fichier de sortie (obligatoire pour pdf)&#xa0;; - ou rien pour la sortie standard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date the report and count overdue as of this date (YYYY-MM-DD; default today).</source>
        <translation>Dater le rapport et compter les retards à cette date (YYYY-MM-DD&#xa0;; par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hindsight library report DIR --to html|pdf [-o OUTPUT] [--today YYYY-MM-DD]</source>
        <translation>usage&#xa0;: hindsight library report DOSSIER --to html|pdf [-o SORTIE] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--to pdf needs -o FILE</source>
        <translation>--to pdf nécessite -o FICHIER</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: hindsight library index|search|stats|actions|report DIR … (--help after the verb for more)</source>
        <translation>usage&#xa0;: hindsight library index|search|stats|actions|report DOSSIER … (--help après la commande pour en savoir plus)</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryIndex</name>
    <message>
        <location filename="../app/core/library/libraryindex.cpp" line="+79"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 dépasse 64 Mio</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library index is busy: %1</source>
        <translation>l&apos;index de la bibliothèque est occupé : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the library index %1</source>
        <translation>impossible d’ouvrir l’index de bibliothèque %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the library index: %1</source>
        <translation>impossible de créer l’index de bibliothèque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryMenu</name>
    <message>
        <location filename="../ui/library/librarymenu.cpp" line="+29"/>
        <source>Related incidents</source>
        <translation>Incidents similaires</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open &amp;Library…</source>
        <translation>Ouvrir une &amp;bibliothèque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a folder of postmortems: search, filter, statistics, action items</source>
        <translation>Ouvrir un dossier de post-mortems&#xa0;: recherche, filtres, statistiques, actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryReport</name>
    <message>
        <location filename="../app/core/library/libraryreport.cpp" line="+45"/>
        <location line="+148"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to mitigate</source>
        <translation>Délai d’atténuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No action item is overdue.</source>
        <translation>Aucune action n’est en retard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Postmortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Incident start&lt;/b&gt;: the start of impact as the postmortem states it. Every time below is measured from it.</source>
        <translation>&lt;b&gt;Début de l’incident&lt;/b&gt;&#xa0;: le début de l’impact tel que l’indique le post-mortem. Tous les délais ci-dessous sont mesurés à partir de ce moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time to detect (TTD)&lt;/b&gt;: from the incident start to the earliest timeline event of kind “detection” (Atlassian, “Common incident management metrics”; FireHydrant&apos;s incident metrics glossary).</source>
        <translation>&lt;b&gt;Délai de détection (TTD)&lt;/b&gt;&#xa0;: du début de l’incident au premier événement de la chronologie de type «&#xa0;détection&#xa0;» (Atlassian, «&#xa0;Common incident management metrics&#xa0;»&#xa0;; glossaire des métriques d’incident de FireHydrant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time to mitigate (TTM)&lt;/b&gt;: to the earliest “mitigation” event: impact reduced, not yet fixed (FireHydrant).</source>
        <translation>&lt;b&gt;Délai d’atténuation (TTM)&lt;/b&gt;&#xa0;: jusqu’au premier événement «&#xa0;atténuation&#xa0;»&#xa0;: impact réduit, pas encore corrigé (FireHydrant).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time to resolve (TTR)&lt;/b&gt;: to the earliest “resolution” event, service restored (Atlassian&apos;s time to resolve; for one incident this is DORA&apos;s “time to restore service”). A timeline without such an event has no TTR.</source>
        <translation>&lt;b&gt;Délai de résolution (TTR)&lt;/b&gt;&#xa0;: jusqu’au premier événement «&#xa0;résolution&#xa0;», service rétabli (le «&#xa0;time to resolve&#xa0;» d’Atlassian&#xa0;; pour un seul incident, c’est le «&#xa0;time to restore service&#xa0;» de DORA). Une chronologie sans un tel événement n’a pas de TTR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duration&lt;/b&gt;: incident end minus incident start.</source>
        <translation>&lt;b&gt;Durée&lt;/b&gt;&#xa0;: fin de l’incident moins début de l’incident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;n&lt;/b&gt;: the number of incidents for which a figure is known; an incident without the events or times a figure needs is left out of it, never counted as zero.</source>
        <translation>&lt;b&gt;n&lt;/b&gt;&#xa0;: le nombre d’incidents pour lesquels une valeur est connue&#xa0;; un incident sans les événements ou les heures nécessaires à une valeur en est exclu, jamais compté comme zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Median and 90th percentile&lt;/b&gt;: percentiles interpolate linearly between the closest ranks (Hyndman and Fan definition 7, as R, NumPy and spreadsheets compute them). Half the incidents took at most the median; nine in ten at most the 90th percentile.</source>
        <translation>&lt;b&gt;Médiane et 90e centile&lt;/b&gt;&#xa0;: les centiles sont interpolés linéairement entre les rangs les plus proches (définition 7 de Hyndman et Fan, comme les calculent R, NumPy et les tableurs). La moitié des incidents a duré au plus la médiane&#xa0;; neuf sur dix au plus le 90e centile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;⚠ n &amp;lt; 10&lt;/b&gt;: with fewer than ten incidents one incident moves the median a lot and the 90th percentile is close to the maximum.</source>
        <translation>&lt;b&gt;⚠ n &amp;lt; 10&lt;/b&gt;&#xa0;: avec moins de dix incidents, un seul incident déplace beaucoup la médiane et le 90e centile est proche du maximum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Why no averages&lt;/b&gt;: incident durations are long-tailed. The VOID report (2021, 2022) and Štěpán Davidovič, &lt;i&gt;Incident Metrics in SRE&lt;/i&gt; (O&apos;Reilly, 2021) show that means such as MTTR neither describe a typical incident nor reliably show improvement; read these figures as a description of what happened, not as a target.</source>
        <translation>&lt;b&gt;Pourquoi pas de moyennes&lt;/b&gt;&#xa0;: les durées d’incident ont une distribution à longue traîne. Le rapport VOID (2021, 2022) et Štěpán Davidovič, &lt;i&gt;Incident Metrics in SRE&lt;/i&gt; (O&apos;Reilly, 2021) montrent que des moyennes comme le MTTR ne décrivent pas un incident typique et ne montrent pas de manière fiable une amélioration&#xa0;; lisez ces chiffres comme une description de ce qui s’est passé, non comme un objectif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: an open action item whose due date is before the report&apos;s date.</source>
        <translation>&lt;b&gt;En retard&lt;/b&gt;&#xa0;: une action ouverte dont l’échéance est antérieure à la date du rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Months and quarters&lt;/b&gt;: by the incident start&apos;s date in the zone the postmortem is written in.</source>
        <translation>&lt;b&gt;Mois et trimestres&lt;/b&gt;&#xa0;: selon la date du début de l’incident dans le fuseau horaire du post-mortem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+38"/>
        <source>Incident library report</source>
        <translation>Rapport de la bibliothèque d’incidents</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%1 — %n incident(s), as of %2</source>
        <translation>
            <numerusform>%1 — %n incident, au %2</numerusform>
            <numerusform>%1 — %n incidents, au %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read and are not counted.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu et n&apos;est pas compté.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus et ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long incidents took</source>
        <translation>Durée des incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median / 90th percentile (n). ⚠: n &lt; 10. Definitions on the last page.</source>
        <translation>Médiane / 90e centile (n). ⚠&#xa0;: n &lt; 10. Définitions en dernière page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue action items</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryStats</name>
    <message numerus="yes">
        <location filename="../app/core/library/librarystats.cpp" line="+56"/>
        <source>only %n incident(s); fewer than 10 make an unreliable figure</source>
        <translation>
            <numerusform>seulement %n incident ; moins de 10 donnent un chiffre peu fiable</numerusform>
            <numerusform>seulement %n incidents ; moins de 10 donnent un chiffre peu fiable</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time to detect</source>
        <translation>délai de détection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to mitigate</source>
        <translation>délai d’atténuation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time to resolve</source>
        <translation>délai de résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n without a start date</source>
        <translation>
            <numerusform>, %n sans date de début</numerusform>
            <numerusform>, %n sans date de début</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n fichier non indexé</numerusform>
            <numerusform>, %n fichiers non indexés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents per month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each figure: median / 90th percentile (n = incidents with that figure known).</source>
        <translation>Chaque valeur&#xa0;: médiane / 90e centile (n = incidents pour lesquels cette valeur est connue).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per severity</source>
        <translation>Par gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* n &lt; 10: too few incidents for a reliable median or 90th percentile.</source>
        <translation>* n &lt; 10&#xa0;: trop peu d’incidents pour une médiane ou un 90e centile fiables.</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryTableModel</name>
    <message>
        <location filename="../ui/library/librarymodels.cpp" line="-223"/>
        <source>%1 (imported from a foreign file)</source>
        <translation>%1 (importé d’un fichier externe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>uncommitted</source>
        <translation>non commité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncommitted (%1)</source>
        <translation>non commité (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Time to detect: incident start to the first detection event</source>
        <translation>Délai de détection&#xa0;: du début de l’incident au premier événement de détection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to resolve: incident start to the first resolution event</source>
        <translation>Délai de résolution&#xa0;: du début de l’incident au premier événement de résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items: open / total</source>
        <translation>Actions&#xa0;: ouvertes / total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author and date of the last git commit that changed the file; “uncommitted” when it has changes git does not have yet</source>
        <translation>Auteur et date du dernier commit git qui a modifié le fichier&#xa0;; «&#xa0;non commité&#xa0;» s’il contient des modifications que git n’a pas encore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident start</source>
        <translation>Début de l’incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTD</source>
        <translation>TTD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTR</source>
        <translation>TTR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last commit</source>
        <translation>Dernier commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryWindow</name>
    <message>
        <location filename="../ui/library/librarywindow.cpp" line="+82"/>
        <source>Library — %1</source>
        <translation>Bibliothèque — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;sights</source>
        <translation>Ana&amp;lyses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action items</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not indexed</source>
        <translation>&amp;Non indexés</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Any severity</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open action items</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started between</source>
        <translation>Début entre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search titles, summaries, timelines, root causes, action items…</source>
        <translation>Rechercher dans les titres, résumés, chronologies, causes racines, actions…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Each figure: median / 90th percentile (n = incidents for which it is known). ⚠ n &lt; 10: one incident moves the figure a lot. Times run from the incident start to the first detection, mitigation or resolution event (Atlassian, FireHydrant; time to resolve is DORA&apos;s time to restore service).</source>
        <translation>Chaque valeur&#xa0;: médiane / 90e centile (n = incidents pour lesquels elle est connue). ⚠ n &lt; 10&#xa0;: un seul incident déplace beaucoup la valeur. Les délais vont du début de l’incident au premier événement de détection, d’atténuation ou de résolution (Atlassian, FireHydrant&#xa0;; le délai de résolution est le «&#xa0;time to restore service&#xa0;» de DORA).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export i&amp;Calendar…</source>
        <translation>Exporter en i&amp;Calendar…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Any service</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Not indexed (%1)</source>
        <translation>&amp;Non indexés (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n postmortem(s)</source>
        <translation>
            <numerusform>%n post-mortem</numerusform>
            <numerusform>%n post-mortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n fichier non indexé</numerusform>
            <numerusform>, %n fichiers non indexés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No postmortem matches “%1”.</source>
        <translation>Aucun post-mortem ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents per month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to mitigate</source>
        <translation>Délai d’atténuation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export action items</source>
        <translation>Exporter les actions</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n action item(s) to %1</source>
        <translation>
            <numerusform>%n action corrective exportée vers %1</numerusform>
            <numerusform>%n actions correctives exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagram</name>
    <message>
        <location filename="../app/core/loaddiagram.cpp" line="+304"/>
        <source>During the incident</source>
        <translation>Pendant l’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the fix</source>
        <translation>Après la correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even round robin</source>
        <translation>Round robin équilibré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round robin spreads the requests evenly over four equal backends.</source>
        <translation>Le round robin répartit les requêtes également entre quatre backends identiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal operation</source>
        <translation>Fonctionnement normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misweighted pool</source>
        <translation>Pool mal pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight of 10 instead of 1 sent three quarters of the traffic to web-1, which overloaded while the other backends idled. Equal weights spread the load evenly again.</source>
        <translation>Un poids de 10 au lieu de 1 a envoyé les trois quarts du trafic vers web-1, qui a saturé pendant que les autres backends restaient inactifs. Des poids égaux répartissent de nouveau la charge uniformément.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backends missing from the pool</source>
        <translation>Backends absents du pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two of four backends were left out of the load balancer&apos;s pool; the remaining two took all the traffic and overloaded.</source>
        <translation>Deux des quatre backends manquaient dans le pool du répartiteur de charge&#xa0;; les deux restants ont reçu tout le trafic et ont saturé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sticky sessions</source>
        <translation>Sessions persistantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>60% of the sessions were pinned to web-1, which took 70% of the requests. Without pinning, least connections balances the pool.</source>
        <translation>60 % des sessions étaient attachées à web-1, qui recevait 70 % des requêtes. Sans attachement, least connections équilibre le pool.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health check on the wrong port</source>
        <translation>Contrôle de santé sur le mauvais port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check probed port 80, which still answered on web-2 after its service on 8080 died, so a quarter of the requests failed.</source>
        <translation>Le contrôle de santé sondait le port 80, qui répondait encore sur web-2 après l’arrêt de son service sur 8080&#xa0;; un quart des requêtes a donc échoué.</translation>
    </message>
    <message>
        <location line="+333"/>
        <source>the diagram spec is not a YAML mapping</source>
        <translation>la spécification du diagramme n’est pas un mapping YAML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the diagram spec has no &apos;incident&apos; mapping</source>
        <translation>la spécification du diagramme n’a pas de mapping &apos;incident&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed YAML at line %1: %2</source>
        <translation>YAML mal formé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected value in the diagram spec: %1</source>
        <translation>valeur inattendue dans la spécification du diagramme&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id &apos;%1&apos; is not [A-Za-z0-9_-]; using lb-1</source>
        <translation>l’id &apos;%1&apos; ne respecte pas [A-Za-z0-9_-]&#xa0;; lb-1 est utilisé</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramEditor</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="+43"/>
        <source>Even round robin</source>
        <translation>Round robin équilibré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misweighted pool</source>
        <translation>Pool mal pondéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backend missing from the pool</source>
        <translation>Backend absent du pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sticky sessions</source>
        <translation>Sessions persistantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check on the wrong port</source>
        <translation>Contrôle de santé sur le mauvais port</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Show the state after the fix beside the incident</source>
        <translation>Afficher l’état après la correction à côté de l’incident</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Load-Distribution Diagram</source>
        <translation>Insérer un diagramme de répartition de charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Load-Distribution Diagram</source>
        <translation>Modifier le diagramme de répartition de charge</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or two sentences under the picture</source>
        <translation>Une ou deux phrases sous l’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Use preset</source>
        <translation>&amp;Utiliser le modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace both states with the chosen preset</source>
        <translation>Remplacer les deux états par le modèle choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>During the incident</source>
        <translation>Pendant l’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the fix</source>
        <translation>Après la correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During the &amp;incident</source>
        <translation>Pendant l’&amp;incident</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy from the incident</source>
        <translation>Copier depuis l’incident</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After the &amp;fix</source>
        <translation>Après la &amp;correction</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview colours:</source>
        <translation>Couleurs de l’aperçu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light (documents)</source>
        <translation>Clair (documents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caption says %1, but no share in the diagram is near that any more: check the caption against the numbers.</source>
        <translation>La légende indique %1, mais aucune part du diagramme n&apos;en est plus proche : vérifiez la légende par rapport aux chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramRenderer</name>
    <message>
        <location filename="../app/render/loaddiagramrenderer.cpp" line="+36"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the fix</source>
        <translation>Après la correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>During the incident</source>
        <translation>Pendant l’incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load distribution</source>
        <translation>Répartition de charge</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;1%</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of sessions pinned to %2</source>
        <translation>%1 des sessions attachées à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health check port&#xa0;%1 ≠ service port&#xa0;%2</source>
        <translation>port de contrôle&#xa0;%1 ≠ port du service&#xa0;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health check port&#xa0;%1</source>
        <translation>port de contrôle&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no backend in rotation: every request fails</source>
        <translation>aucun backend en rotation&#xa0;: toutes les requêtes échouent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of requests have no backend</source>
        <translation>%1 des requêtes n’ont pas de backend</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 backends in rotation</source>
        <translation>%1 backends sur %2 en rotation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overloaded</source>
        <translation>%1 saturé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1 req/s (%2) not served</source>
        <translation>~%1 req/s (%2) non servies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all requests served</source>
        <translation>toutes les requêtes servies</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>utilisation up to %1</source>
        <translation>utilisation jusqu’à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy: %1–100%</source>
        <translation>chargé&#xa0;: %1–100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overloaded or failing</source>
        <translation>saturé ou en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no traffic</source>
        <translation>aucun trafic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band width = share of requests</source>
        <translation>largeur de bande = part des requêtes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>missing from the pool</source>
        <translation>absent du pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drained</source>
        <translation>drainé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>down; check on port&#xa0;%1 fails</source>
        <translation>en panne&#xa0;; le contrôle sur le port&#xa0;%1 échoue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check on port&#xa0;%1 fails</source>
        <translation>le contrôle sur le port&#xa0;%1 échoue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down; taken out by the check</source>
        <translation>en panne&#xa0;; retiré par le contrôle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>service down: requests fail</source>
        <translation>service en panne&#xa0;: les requêtes échouent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ± %2 req/s</source>
        <translation>%1 ± %2 req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · cap %2</source>
        <translation>%1 · cap. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · degraded</source>
        <translation> · dégradé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 load</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>no backends</source>
        <translation>aucun backend</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 not in rotation</source>
        <translation>%1 hors rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (failing)</source>
        <translation>%1 %2 (en échec)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 load%4)</source>
        <translation>%1 %2 (charge %3%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, overloaded</source>
        <translation>, saturé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 req/s, %3; %4.</source>
        <translation>%1&#xa0;: %2 req/s, %3&#xa0;; %4.</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramView</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="-340"/>
        <source>Diagram preview</source>
        <translation>Aperçu du diagramme</translation>
    </message>
</context>
<context>
    <name>Hindsight::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+73"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The postmortem as it will be exported; F6 moves the focus here and back</source>
        <translation>Le post-mortem tel qu’il sera exporté&#xa0;; F6 y amène le focus et l’en ramène</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review checks</source>
        <translation>Vérifications de revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template…</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a postmortem in the shape of the course, Google SRE, Atlassian or PagerDuty template, or your team&apos;s own</source>
        <translation>Commencer un post-mortem selon le modèle du cours, de Google SRE, d’Atlassian ou de PagerDuty, ou celui de votre équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hindsight file or import any Markdown postmortem</source>
        <translation>Ouvrir un fichier Hindsight ou importer tout post-mortem en Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Sample Postmortem</source>
        <translation>Ouvrir le post-mortem d’&amp;exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Slides PDF…</source>
        <translation>&amp;Diapositives PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the postmortem as the PDF export lays it out</source>
        <translation>Imprimer le post-mortem avec la mise en page de l’exportation PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch &amp;Template…</source>
        <translation>Changer de &amp;modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the postmortem another template&apos;s sections; no text is lost</source>
        <translation>Donner au post-mortem les sections d’un autre modèle&#xa0;; aucun texte n’est perdu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location filename="../ui/diagramactions.cpp" line="+34"/>
        <source>&amp;Load-distribution diagram…</source>
        <translation>Diagramme de &amp;répartition de charge…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw how the load balancer spread the traffic, and insert it at the cursor</source>
        <translation>Dessiner comment le répartiteur de charge a distribué le trafic, et l’insérer au curseur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’&amp;aperçu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Focus Preview / Form</source>
        <translation>&amp;Focus sur l’aperçu / le formulaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Review Checks</source>
        <translation>Afficher les &amp;vérifications de revue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form &amp;Tab</source>
        <translation>&amp;Onglet du formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Onglet suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Hindsight</source>
        <translation>&amp;À propos de Hindsight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Hindsight</source>
        <translation>À propos de Hindsight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Write blameless incident postmortems: timeline, impact, root cause, action items — and a document ready for the review.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;br&gt;Hindsight: MIT licence.&lt;br&gt;Qt: GNU LGPL version 3.&lt;br&gt;cmark-gfm (Markdown): BSD 2-clause licence.&lt;br&gt;yaml-cpp (front matter): MIT licence.&lt;br&gt;Hunspell (spelling): MPL 1.1 / GPL 2 / LGPL 2.1 tri-licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Rédigez des post-mortems d’incident sans reproches&#xa0;: chronologie, impact, cause racine, actions — et un document prêt pour la revue.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;br&gt;Hindsight&#xa0;: licence MIT.&lt;br&gt;Qt&#xa0;: GNU LGPL version 3.&lt;br&gt;cmark-gfm (Markdown)&#xa0;: licence BSD à 2 clauses.&lt;br&gt;yaml-cpp (front matter)&#xa0;: licence MIT.&lt;br&gt;Hunspell (orthographe)&#xa0;: triple licence MPL 1.1 / GPL 2 / LGPL 2.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+185"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The postmortem has unsaved changes.
Do you want to save them?</source>
        <translation>Le post-mortem contient des modifications non enregistrées.
Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/templateactions.cpp" line="+46"/>
        <source>New postmortem from the %1 template</source>
        <translation>Nouveau post-mortem depuis le modèle %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Switch to the %1 template</source>
        <translation>Passer au modèle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New from Template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch Template</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="-26"/>
        <source>Postmortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;All files (*)</source>
        <translation>Post-mortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md *.markdown);;Texte (*.txt);;HTML (*.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Postmortem</source>
        <translation>Ouvrir un post-mortem</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opening %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is empty: a new postmortem that saves to it.</source>
        <translation>%1 est vide&#xa0;: un nouveau post-mortem qui y sera enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1. Save to keep it as a Hindsight file; the original stays as it is.</source>
        <translation>%1 importé. Enregistrez pour le conserver en fichier Hindsight&#xa0;; l’original reste inchangé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened with warnings</source>
        <translation>Ouvert avec des avertissements</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Cannot open the sample</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The sample postmortem</source>
        <translation>Le post-mortem d’exemple</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme, et vous avez ici des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed by another program.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it and lose your changes, or keep yours (saving will ask before overwriting the other version)?</source>
        <translation>Le recharger et perdre vos modifications, ou garder les vôtres (l’enregistrement demandera avant d’écraser l’autre version)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it to see the new version?</source>
        <translation>Le recharger pour voir la nouvelle version&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot reload the file</source>
        <translation>Impossible de recharger le fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reloaded %1</source>
        <translation>%1 rechargé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overwrite changes on disk?</source>
        <translation>Écraser les modifications sur le disque&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program since you opened it. Saving replaces that version with yours.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme depuis son ouverture. L’enregistrement remplace cette version par la vôtre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save Postmortem</source>
        <translation>Enregistrer le post-mortem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+88"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export Slides</source>
        <translation>Exporter les diapositives</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+23"/>
        <source>an untitled postmortem</source>
        <translation>un post-mortem sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindsight ended without saving “%1”. An autosaved copy from %2 is available.</source>
        <translation>Hindsight s’est arrêté sans enregistrer «&#xa0;%1&#xa0;». Une copie enregistrée automatiquement le %2 est disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens the copy as an unsaved document; your file stays as it is until you save.</source>
        <translation>Restaurer ouvre la copie comme document non enregistré&#xa0;; votre fichier reste inchangé jusqu’à ce que vous enregistriez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot restore the autosaved copy</source>
        <translation>Impossible de restaurer la copie enregistrée automatiquement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored the autosaved copy. Save to keep it.</source>
        <translation>Copie enregistrée automatiquement restaurée. Enregistrez pour la conserver.</translation>
    </message>
    <message>
        <location filename="../ui/diagramactions.cpp" line="+16"/>
        <source>Insert diagram</source>
        <translation>Insérer un diagramme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load distribution</source>
        <translation>Répartition de charge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit diagram</source>
        <translation>Modifier le diagramme</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+42"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+74"/>
        <source>Print Postmortem</source>
        <translation>Imprimer le post-mortem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1</source>
        <translation>Envoyé à %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::MarkdownEditor</name>
    <message>
        <location filename="../ui/markdowneditor.cpp" line="+228"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../ui/spellingmenu.cpp" line="+84"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Accepts the word from now on, here and in `hindsight lint`, by adding it to your personal word list</source>
        <translation>Accepte le mot désormais, ici et dans `hindsight lint`, en l&apos;ajoutant à votre liste de mots personnelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be added to %2: %3</source>
        <translation>« %1 » n&apos;a pas pu être ajouté à %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepts the word until Hindsight quits</source>
        <translation>Accepte le mot jusqu&apos;à la fermeture de Hindsight</translation>
    </message>
</context>
<context>
    <name>Hindsight::MarkdownExport</name>
    <message>
        <location filename="../app/render/markdownexport.cpp" line="+48"/>
        <source>Cannot write %1: No such directory.</source>
        <translation>Impossible d’écrire %1&#xa0;: le répertoire n’existe pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: cannot create the folder.</source>
        <translation>Impossible d’écrire %1&#xa0;: impossible de créer le dossier.</translation>
    </message>
</context>
<context>
    <name>Hindsight::MomentEdit</name>
    <message>
        <location filename="../ui/momentedit.cpp" line="+43"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>Hindsight::NativeFormat</name>
    <message>
        <location filename="../app/core/nativeformat.cpp" line="+527"/>
        <source>the front matter is not a YAML mapping</source>
        <translation>le front matter n’est pas un mapping YAML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the front matter&apos;s &apos;hindsight&apos; schema version is not a positive number</source>
        <translation>la version de schéma &apos;hindsight&apos; du front matter n’est pas un nombre positif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown status &apos;%1&apos; ignored</source>
        <translation>statut inconnu &apos;%1&apos; ignoré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown severity &apos;%1&apos; ignored</source>
        <translation>gravité inconnue &apos;%1&apos; ignorée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident %1 &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>incident %1 &apos;%2&apos; n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usersAffectedPercent &apos;%1&apos; is not a number</source>
        <translation>usersAffectedPercent &apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>diagram %1: </source>
        <translation>diagramme %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1id &apos;%2&apos; is invalid or used twice; renamed to &apos;%3&apos;</source>
        <translation>%1id &apos;%2&apos; est invalide ou utilisé deux fois&#xa0;; renommé en &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;diagrams&apos; is not a list; ignored</source>
        <translation>&apos;diagrams&apos; n’est pas une liste&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speaker notes &apos;%1&apos; are not text; ignored</source>
        <translation>les notes de l’orateur &apos;%1&apos; ne sont pas du texte&#xa0;; ignorées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;speakerNotes&apos; is not a mapping; ignored</source>
        <translation>&apos;speakerNotes&apos; n’est pas un mapping&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>malformed front matter at line %1: %2</source>
        <translation>front matter mal formé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected value in the front matter: %1</source>
        <translation>valeur inattendue dans le front matter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no Hindsight front matter</source>
        <translation>pas de front matter Hindsight</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>unknown event kind &apos;%1&apos;</source>
        <translation>type d’événement inconnu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Hindsight::PdfExporter</name>
    <message>
        <location filename="../app/render/pdfexporter.cpp" line="+52"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF engine could not start</source>
        <translation>le moteur PDF n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not start a new page</source>
        <translation>impossible de commencer une nouvelle page</translation>
    </message>
</context>
<context>
    <name>Hindsight::PictureAssets</name>
    <message>
        <location filename="../ui/pictureassets.cpp" line="+55"/>
        <source>Save the postmortem first?</source>
        <translation>Enregistrer d’abord le post-mortem&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures are kept in a folder beside the postmortem&apos;s file (NAME.assets), so the postmortem needs a file before a picture can be added. Save it now?</source>
        <translation>Les images sont conservées dans un dossier à côté du fichier du post-mortem (NAME.assets)&#xa0;; le post-mortem doit donc avoir un fichier avant de pouvoir ajouter une image. L’enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot convert the picture to PNG: %1.</source>
        <translation>Impossible de convertir l’image en PNG&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the picture as %1</source>
        <translation>Image enregistrée sous %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot add the picture</source>
        <translation>Impossible d’ajouter l’image</translation>
    </message>
</context>
<context>
    <name>Hindsight::PostmortemFile</name>
    <message>
        <location filename="../app/core/postmortemfile.cpp" line="+112"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is a binary file, not a text postmortem.</source>
        <translation>%1 est un fichier binaire, pas un post-mortem texte.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 n’est pas un texte %2 valide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read as %1 text: the file is not UTF-8. Saving writes UTF-8.</source>
        <translation>Lu comme texte %1&#xa0;: le fichier n’est pas en UTF-8. L’enregistrement écrit en UTF-8.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was written by a newer Hindsight (schema %2); it is opened read-only so nothing it holds is lost.</source>
        <translation>%1 a été écrit par une version plus récente de Hindsight (schéma %2)&#xa0;; il est ouvert en lecture seule pour que rien de son contenu ne soit perdu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not look like a postmortem: no incident times, impact, timeline, root cause or action items were found.</source>
        <translation>%1 ne ressemble pas à un post-mortem&#xa0;: aucune heure d’incident, impact, chronologie, cause racine ou action n’a été trouvé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large (%2 MiB; the limit is %3 MiB).</source>
        <translation>%1 est trop volumineux (%2 Mio&#xa0;; la limite est de %3 Mio).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Hindsight::PostmortemForm</name>
    <message>
        <location filename="../ui/postmortemform.cpp" line="+129"/>
        <source>Postmortem sections</source>
        <translation>Sections du post-mortem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Page Down and Ctrl+Page Up switch tabs; Alt+1 to Alt+5 go to one</source>
        <translation>Ctrl+Page suiv et Ctrl+Page préc changent d’onglet&#xa0;; Alt+1 à Alt+5 mènent directement à l’un d’eux</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1, date</source>
        <translation>%1, date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, time (HH:MM)</source>
        <translation>%1, heure (HH:MM)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write this section in Markdown.</source>
        <translation>Rédigez cette section en Markdown.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened, in one line</source>
        <translation>Ce qui s’est passé, en une ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>SEV1 is the most severe</source>
        <translation>SEV1 est le plus grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set severity</source>
        <translation>Définir la gravité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit authors</source>
        <translation>Modifier les auteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthors:</source>
        <translation>A&amp;uteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Affected services, separated by commas</source>
        <translation>Services touchés, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit services</source>
        <translation>Modifier les services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servi&amp;ces:</source>
        <translation>S&amp;ervices&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contributing factors (config-change, capacity, …), separated by commas</source>
        <translation>Facteurs contributifs (config-change, capacity, …), séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set incident start</source>
        <translation>Définir le début de l’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident &amp;start:</source>
        <translation>&amp;Début de l’incident&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set incident end</source>
        <translation>Définir la fin de l’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident &amp;end:</source>
        <translation>&amp;Fin de l’incident&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone stated</source>
        <translation>Aucun fuseau indiqué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set users affected</source>
        <translation>Définir les utilisateurs touchés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Users affected:</source>
        <translation>Utilisateurs &amp;touchés&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened, for whom, and how it ended — in a few lines.</source>
        <translation>Ce qui s’est passé, pour qui, et comment cela s’est terminé — en quelques lignes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what was affected, and how badly.</source>
        <translation>Qui et quoi a été touché, et à quel point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set time zone</source>
        <translation>Définir le fuseau horaire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a timeline event after the selected one (Insert)</source>
        <translation>Ajouter un événement à la chronologie après celui sélectionné (Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected timeline events (Delete)</source>
        <translation>Supprimer les événements sélectionnés de la chronologie (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected event up or down, for events at the same time</source>
        <translation>Monter ou descendre l’événement sélectionné, pour des événements à la même heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are in the document&apos;s time zone; rows stay in time order, across midnight too.</source>
        <translation>Les heures sont dans le fuseau horaire du document&#xa0;; les lignes restent dans l’ordre chronologique, y compris après minuit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The underlying cause, and the trigger that set it off.</source>
        <translation>La cause profonde, et le déclencheur qui l’a activée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>Cause &amp;racine&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How service was restored and the cause removed.</source>
        <translation>Comment le service a été rétabli et la cause éliminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solution:</source>
        <translation>Réso&amp;lution&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause</source>
        <translation>Cause &amp;racine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an action item after the selected one (Insert)</source>
        <translation>Ajouter une action après celle sélectionnée (Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected action items (Delete)</source>
        <translation>Supprimer les actions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action item up or down</source>
        <translation>Monter ou descendre l’action sélectionnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Action items</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections with no field of their own — lessons learned, what went well, text kept from an imported file.</source>
        <translation>Sections sans champ propre — enseignements, ce qui a bien fonctionné, texte conservé d’un fichier importé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other &amp;sections</source>
        <translation>Autres &amp;sections</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section heading</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this section</source>
        <translation>Supprimer cette section</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the section “%1”, in Markdown</source>
        <translation>Texte de la section «&#xa0;%1&#xa0;», en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the section “%1”</source>
        <translation>Supprime la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
</context>
<context>
    <name>Hindsight::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+41"/>
        <source>&amp;Reopen the last document at start-up</source>
        <translation>&amp;Rouvrir le dernier document au démarrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours of the window, the preview and the charts</source>
        <translation>Couleurs de la fenêtre, de l’aperçu et des graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies after a restart</source>
        <translation>Prend effet après un redémarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(applies after restart)</source>
        <translation>(prend effet après redémarrage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language</source>
        <translation>La langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the key facts, headings, chart and diagram labels and slides in the preview and the exports</source>
        <translation>Langue des faits clés, des titres, des libellés du graphique et des diagrammes et des diapositives dans l&apos;aperçu et les exports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Document language:</source>
        <translation>Langue du &amp;document :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d’enregistrement automatique en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause after the last change before a recovery copy is written</source>
        <translation>Délai après la dernière modification avant l’écriture d’une copie de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave after:</source>
        <translation>Enregistrement &amp;automatique après&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank document</source>
        <translation>Document vierge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template for File New</source>
        <translation>Modèle pour Fichier › Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New documents:</source>
        <translation>&amp;Nouveaux documents&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 pouces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size for PDF export and printing</source>
        <translation>Format de page pour l’exportation PDF et l’impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Editor font:</source>
        <translation>Police de l’é&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>editor</source>
        <translation>de l’éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view font:</source>
        <translation>Police de l’a&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>preview</source>
        <translation>de l’aperçu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom %1 font</source>
        <translation>Police personnalisée %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the built-in font</source>
        <translation>Désactivée&#xa0;: la police intégrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 font family</source>
        <translation>Famille de police %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 font size in points</source>
        <translation>Taille de police %1 en points</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresentationActions</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+324"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the postmortem as slides, full screen, for the review meeting</source>
        <translation>Afficher le post-mortem en diapositives, en plein écran, pour la réunion de revue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter &amp;View on a Second Screen</source>
        <translation>&amp;Vue présentateur sur un second écran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current and next slide, speaker notes and timers on your screen; P switches to it on a single screen</source>
        <translation>Diapositive actuelle et suivante, notes de l’orateur et chronomètres sur votre écran&#xa0;; avec un seul écran, P y bascule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dark Slides</source>
        <translation>Diapositives &amp;sombres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light text on a dark background, for a dim room</source>
        <translation>Texte clair sur fond sombre, pour une salle peu éclairée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Present &amp;On</source>
        <translation>Présenter &amp;sur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic (another screen if there is one)</source>
        <translation>Automatique (un autre écran s’il y en a un)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresentationWindow</name>
    <message>
        <location filename="../ui/presentationwindow.cpp" line="+27"/>
        <source>Presentation – %1</source>
        <translation>Présentation – %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresenterView</name>
    <message>
        <location filename="../ui/presenterview.cpp" line="+58"/>
        <location line="+181"/>
        <source>&amp;Edit Notes</source>
        <translation>&amp;Modifier les notes</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Restart &amp;Timer</source>
        <translation>Redémarrer le &amp;chronomètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter View</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screen blanked (B)</source>
        <translation>Écran noir (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time since the presentation started</source>
        <translation>Temps écoulé depuis le début de la présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ Space  next     ← Backspace  previous     Home / End     B  blank     P  slides / presenter view     Esc  end</source>
        <translation>→ Espace  suivante     ← Retour arrière  précédente     Début / Fin     B  écran noir     P  diapositives / vue présentateur     Échap  fin</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Slide %1 of %2 · %3</source>
        <translation>Diapositive %1 sur %2 · %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Speaker notes</source>
        <translation>Notes de l’orateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested review questions</source>
        <translation>Questions suggérées pour la revue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaker notes (editing — Esc when done)</source>
        <translation>Notes de l’orateur (modification — Échap pour terminer)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit speaker notes</source>
        <translation>Modifier les notes de l’orateur</translation>
    </message>
</context>
<context>
    <name>Hindsight::PreviewPane</name>
    <message>
        <location filename="../ui/previewpane.cpp" line="+30"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
</context>
<context>
    <name>Hindsight::Recovery</name>
    <message>
        <location filename="../app/core/recovery.cpp" line="+64"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::RelatedPanel</name>
    <message>
        <location filename="../ui/library/relatedpanel.cpp" line="+56"/>
        <source>Open a library (File &gt; Open Library…) to see related incidents.</source>
        <translation>Ouvrez une bibliothèque (Fichier &gt; Ouvrir une bibliothèque…) pour voir les incidents similaires.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No postmortem in the library shares a service, a tag or a root-cause term with this one.</source>
        <translation>Aucun post-mortem de la bibliothèque n’a de service, d’étiquette ou de terme de cause racine en commun avec celui-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most related in %1:</source>
        <translation>Les plus proches dans %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>services: %1</source>
        <translation>services&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root cause: %1</source>
        <translation>cause racine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewChecks</name>
    <message>
        <location filename="../app/core/review/consistencychecks.cpp" line="+86"/>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a date that exists; check the day and month.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date qui existe&#xa0;; vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>%1% of users is impossible; a share of users is between 0 and 100%.</source>
        <translation>%1 % des utilisateurs est impossible&#xa0;; une part d’utilisateurs est comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The incident ends before it starts; check the dates and times.</source>
        <translation>L’incident se termine avant de commencer&#xa0;; vérifiez les dates et les heures.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stated length (%1 minutes) does not match start to end (%2 minutes).</source>
        <translation>La durée indiquée (%1 minutes) ne correspond pas à l’écart entre le début et la fin (%2 minutes).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The timeline runs newest first; put it in time order, oldest first.</source>
        <translation>La chronologie commence par l’événement le plus récent ; remettez-la dans l’ordre, le plus ancien d’abord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This timeline event is earlier than the one before it; put the timeline in time order or fix the time.</source>
        <translation>Cet événement de la chronologie est antérieur au précédent&#xa0;; remettez la chronologie dans l’ordre ou corrigez l’heure.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The incident start is later than the first timeline event; move the start earlier or check the event&apos;s time.</source>
        <translation>Le début de l’incident est postérieur au premier événement de la chronologie&#xa0;; avancez le début ou vérifiez l’heure de l’événement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A timeline event is later than the incident end; move the end or check the event&apos;s time.</source>
        <translation>Un événement de la chronologie est postérieur à la fin de l’incident&#xa0;; déplacez la fin ou vérifiez l’heure de l’événement.</translation>
    </message>
    <message>
        <location filename="../app/core/review/blamecheck.cpp" line="+46"/>
        <source>&quot;human error&quot; ends the inquiry; say what in the system let the mistake through.</source>
        <translation>«&#xa0;Erreur humaine&#xa0;» clôt l’enquête&#xa0;; dites ce qui, dans le système, a laissé passer l’erreur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Judging a person&apos;s care is not blameless; describe the conditions that made the step easy to get wrong.</source>
        <translation>Juger le soin d’une personne n’est pas sans reproche&#xa0;; décrivez les conditions qui rendaient l’étape facile à rater.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigning fault to a person is not blameless; describe the contributing causes instead.</source>
        <translation>Désigner une personne comme fautive n’est pas sans reproche&#xa0;; décrivez plutôt les causes contributives.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>A person is the subject of the failure; make the system the subject (&quot;the deploy ran without a check&quot;) and say what made the step easy to miss.</source>
        <translation>Une personne est le sujet de la défaillance&#xa0;; faites du système le sujet («&#xa0;le déploiement s’est fait sans contrôle&#xa0;») et dites ce qui rendait l’étape facile à manquer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Naming whose change broke something is not blameless; describe the change and what let it through.</source>
        <translation>Nommer l’auteur du changement qui a cassé quelque chose n’est pas sans reproche&#xa0;; décrivez le changement et ce qui l’a laissé passer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person&apos;s omission is given as the cause; describe what in the process allowed it.</source>
        <translation>L’omission d’une personne est donnée comme cause&#xa0;; décrivez ce qui, dans le processus, l’a permise.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/core/review/spellingcheck.cpp" line="+278"/>
        <source>&quot;%1&quot; is not in the dictionary; did you mean &quot;%2&quot;?</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le dictionnaire&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/reviewchecks.cpp" line="+39"/>
        <source>Timeline row %1</source>
        <translation>Chronologie, ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action item %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../app/core/review/actionchecks.cpp" line="+277"/>
        <source>This action item names no owner; give it a person, @handle or team.</source>
        <translation>Cette action ne nomme aucun responsable&#xa0;; attribuez-la à une personne, un @identifiant ou une équipe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This action item has no due date; give it a calendar date (&quot;soon&quot; or &quot;next sprint&quot; cannot be checked).</source>
        <translation>Cette action n’a pas d’échéance&#xa0;; donnez-lui une date du calendrier («&#xa0;bientôt&#xa0;» ou «&#xa0;au prochain sprint&#xa0;» ne peut pas être vérifié).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; names no concrete change; say what will change in the system (which alert, which check, which setting), as %2 asks for concrete tasks.</source>
        <translation>«&#xa0;%1&#xa0;» ne nomme aucun changement concret&#xa0;; dites ce qui changera dans le système (quelle alerte, quel contrôle, quel réglage), car %2 demande des tâches concrètes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This action item asks for the same change as &quot;%1&quot;; merge them.</source>
        <translation>Cette action demande le même changement que «&#xa0;%1&#xa0;»&#xa0;; fusionnez-les.</translation>
    </message>
    <message>
        <location filename="../app/core/review/requirementchecks.cpp" line="+400"/>
        <source>Google SRE&apos;s template</source>
        <translation>Le modèle de Google SRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian&apos;s template</source>
        <translation>Le modèle d’Atlassian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PagerDuty&apos;s template</source>
        <translation>Le modèle de PagerDuty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The course format</source>
        <translation>Le format du cours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the course format</source>
        <comment>inside a sentence</comment>
        <translation>le format du cours</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 asks for the incident&apos;s duration: a start and an end, each with date and time, and the time zone.</source>
        <translation>%1 demande la durée de l&apos;incident : un début et une fin, chacun avec date et heure, et le fuseau horaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for both the start and the end of the incident (date and time); only part of the duration is given.</source>
        <translation>%1 demande à la fois le début et la fin de l’incident (date et heure)&#xa0;; seule une partie de la durée est indiquée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times are given without a time zone; state it once, e.g. &quot;Timeline (UTC)&quot; or &quot;14:05 CEST (UTC+02:00)&quot;.</source>
        <translation>Les heures sont données sans fuseau horaire&#xa0;; indiquez-le une fois, p.&#xa0;ex. «&#xa0;Chronologie (UTC)&#xa0;» ou «&#xa0;14:05 CEST (UTC+02:00)&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 asks for the impact as a percentage of users affected (counts or percentages of requests do not say it).</source>
        <translation>%1 demande l’impact sous forme de pourcentage d’utilisateurs touchés (des nombres ou des pourcentages de requêtes ne l’indiquent pas).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asks for a root cause section: why it happened, not only what happened.</source>
        <translation>%1 demande une section sur la cause racine&#xa0;: pourquoi c’est arrivé, pas seulement ce qui est arrivé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The summary describes symptoms only; %1 asks it to name the root cause too, so a reader who stops there knows why it happened.</source>
        <translation>Le résumé ne décrit que des symptômes&#xa0;; %1 demande qu’il nomme aussi la cause racine, pour qu’un lecteur qui s’arrête là sache pourquoi c’est arrivé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 asks how and when the problem was detected (a monitoring alert, a page, a user report, …); the document never says.</source>
        <translation>%1 demande comment et quand le problème a été détecté (une alerte de supervision, un appel d’astreinte, un signalement d’utilisateur, …)&#xa0;; le document ne le dit nulle part.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks who the incident was escalated to; the timeline shows no one beyond the first responder.</source>
        <translation>%1 demande à qui l’incident a été escaladé&#xa0;; la chronologie ne montre personne au-delà du premier intervenant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 asks for the misleading investigation paths: what was suspected and ruled out.</source>
        <translation>%1 demande les fausses pistes de l’investigation&#xa0;: ce qui a été soupçonné puis écarté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks what fixed or mitigated the incident; the document gives only outcomes (&quot;service recovered&quot;), not the action.</source>
        <translation>%1 demande ce qui a corrigé ou atténué l’incident&#xa0;; le document ne donne que des résultats («&#xa0;service rétabli&#xa0;»), pas l’action menée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 asks for corrective and preventative measures: concrete tasks with an owner and a due date. None are given yet.</source>
        <translation>%1 demande des mesures correctives et préventives&#xa0;: des tâches concrètes avec un responsable et une échéance. Aucune n’est encore indiquée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The postmortem has %1 words; the course format asks for 400 to 600.</source>
        <translation>Le post-mortem compte %1 mots&#xa0;; le format du cours en demande 400 à 600.</translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="+33"/>
        <source>Review findings</source>
        <translation>Constats de la revue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the postmortem still lacks. Press Enter on a finding to go to its place.</source>
        <translation>Ce qui manque encore au post-mortem. Appuyez sur Entrée sur un constat pour aller à son emplacement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No findings: the postmortem has everything the review asks for.</source>
        <translation>Aucun constat&#xa0;: le post-mortem contient tout ce que demande la revue.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n conseil</numerusform>
            <numerusform>%n conseils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::ScenarioEditor</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="+60"/>
        <source>Something answers on the check port</source>
        <translation>Quelque chose répond sur le port de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add backend</source>
        <translation>Ajouter un backend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State &amp;label:</source>
        <translation>&amp;Nom de l’état&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second arriving from the clients</source>
        <translation>Requêtes par seconde arrivant des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traffic:</source>
        <translation>&amp;Trafic&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the requests in sessions pinned to one backend (sticky cookie, or many clients behind one address)</source>
        <translation>Part des requêtes dans des sessions attachées à un backend (cookie persistant, ou nombreux clients derrière une même adresse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pinned to</source>
        <translation>attachées à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions:</source>
        <translation>Sessions&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health-check ports:</source>
        <translation>Ports du contrôle de santé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the check probes another port than the service: checked, the check passes on every backend (a dead service keeps its traffic); unchecked, it fails on every backend</source>
        <translation>Quand le contrôle sonde un autre port que celui du service&#xa0;: coché, le contrôle réussit sur chaque backend (un service arrêté garde son trafic)&#xa0;; décoché, il échoue sur chaque backend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Backends&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backends&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity (req/s)</source>
        <translation>Capacité (req/s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>Dans le pool</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>web-%1</source>
        <translation>web-%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend %1 name</source>
        <translation>Nom du backend %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1 capacity</source>
        <translation>Capacité du backend %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1 weight</source>
        <translation>Poids du backend %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend %1 health</source>
        <translation>Santé du backend %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend %1 in the pool</source>
        <translation>Backend %1 dans le pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: missing from the load balancer&apos;s pool</source>
        <translation>Décoché&#xa0;: absent du pool du répartiteur de charge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this backend</source>
        <translation>Supprimer ce backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove backend %1</source>
        <translation>Supprimer le backend %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Round robin ignores weights</source>
        <translation>Le round robin ignore les poids</translation>
    </message>
</context>
<context>
    <name>Hindsight::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+55"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In %1</source>
        <translation>Dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it applies</source>
        <translation>Dans la zone concernée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of an action or a key, e.g. “save” or “F”</source>
        <translation>Tapez une partie d’une commande ou d’une touche, p.&#xa0;ex. «&#xa0;enregistrer&#xa0;» ou «&#xa0;F&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Hindsight::Slides</name>
    <message>
        <location filename="../app/render/slides.cpp" line="+363"/>
        <location line="+56"/>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Authors: %1</source>
        <translation>Auteurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of users affected</source>
        <translation>des utilisateurs touchés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to detect (before the start)</source>
        <translation>Délai de détection (avant le début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key facts</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Load distribution</source>
        <translation>Répartition de charge</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions?</source>
        <translation>Des questions&#xa0;?</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slide 16:9</source>
        <translation>Diapositive 16:9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF engine could not start</source>
        <translation>le moteur PDF n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start a new page</source>
        <translation>impossible de commencer une nouvelle page</translation>
    </message>
</context>
<context>
    <name>Hindsight::SpeakerNotes</name>
    <message>
        <location filename="../app/core/speakernotes.cpp" line="+33"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Detection took %1 — what would have caught it sooner?</source>
        <translation>La détection a pris %1 — qu’est-ce qui l’aurait repéré plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The problem was seen %1 before impact began — what kept it from being stopped in time?</source>
        <translation>Le problème a été vu %1 avant le début de l’impact — qu’est-ce qui a empêché de l’arrêter à temps&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeline has no detection event — how did we find out, and would we find out sooner next time?</source>
        <translation>La chronologie n’a pas d’événement de détection — comment l’avons-nous appris, et le saurions-nous plus tôt la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Escalation came %1 after detection — what held it back, and what would make asking for help sooner easy?</source>
        <translation>L’escalade est venue %1 après la détection — qu’est-ce qui l’a retardée, et qu’est-ce qui rendrait facile de demander de l’aide plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation came %1 after the start — what held it back, and what would make asking for help sooner easy?</source>
        <translation>L’escalade est venue %1 après le début — qu’est-ce qui l’a retardée, et qu’est-ce qui rendrait facile de demander de l’aide plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The timeline shows no escalation in %1 — was more help needed, and was it easy to ask for?</source>
        <translation>La chronologie ne montre aucune escalade en %1 — fallait-il plus d’aide, et était-il facile d’en demander&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The team followed a misleading path — what signal would have ruled it out sooner?</source>
        <translation>L’équipe a suivi une fausse piste — quel signal l’aurait écartée plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team followed a misleading path (“%1”) — what signal would have ruled it out sooner?</source>
        <translation>L’équipe a suivi une fausse piste («&#xa0;%1&#xa0;») — quel signal l’aurait écartée plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team followed %1 misleading paths — what signal would have ruled them out sooner?</source>
        <translation>L’équipe a suivi %1 fausses pistes — quel signal les aurait écartées plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team followed %1 misleading paths, first “%2” — what signal would have ruled them out sooner?</source>
        <translation>L’équipe a suivi %1 fausses pistes, d’abord «&#xa0;%2&#xa0;» — quel signal les aurait écartées plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % of users were affected and the timeline has no communication — how and when were they told?</source>
        <translation>%1 % des utilisateurs ont été touchés et la chronologie ne contient aucune communication — comment et quand ont-ils été informés&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Is this the root cause or the trigger? Ask “why?” once more: what allowed it to happen?</source>
        <translation>Est-ce la cause racine ou le déclencheur&#xa0;? Demandez encore une fois «&#xa0;pourquoi&#xa0;?&#xa0;»&#xa0;: qu’est-ce qui a permis que cela arrive&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impact lasted %1 until the full fix — could it have been reduced sooner (rollback, failover, shedding load)?</source>
        <translation>L’impact a duré %1 jusqu’à la correction complète — aurait-il pu être réduit plus tôt (retour arrière, basculement, délestage)&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no action items — what will stop this from happening again?</source>
        <translation>Il n’y a aucune action — qu’est-ce qui empêchera que cela se reproduise&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One open action item has no owner — who will take it?</source>
        <translation>Une action ouverte n’a pas de responsable — qui va la prendre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open action items have no owner — who will take them?</source>
        <translation>%1 actions ouvertes n’ont pas de responsable — qui va les prendre&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One open action item has no due date — when will it be done?</source>
        <translation>Une action ouverte n’a pas d’échéance — quand sera-t-elle faite&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open action items have no due date — when will they be done?</source>
        <translation>%1 actions ouvertes n’ont pas d’échéance — quand seront-elles faites&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Hindsight::TemplateDialog</name>
    <message>
        <location filename="../ui/templatedialog.cpp" line="+20"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your team&apos;s templates: put .yaml files in %1</source>
        <translation>Modèles de votre équipe&#xa0;: placez des fichiers .yaml dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not loaded:</source>
        <translation>Non chargés&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No templates were found.</source>
        <translation>Aucun modèle n’a été trouvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections:</source>
        <translation>Sections&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  • %1 (additional section)</source>
        <translation>  • %1 (section supplémentaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  • %1</source>
        <translation>  • %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::Templates</name>
    <message>
        <location filename="../app/core/templates.cpp" line="+81"/>
        <source>a template is a YAML mapping with id, name and sections</source>
        <translation>un modèle est un mapping YAML avec id, name et sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id &apos;%1&apos; must be lower-case letters, digits and dashes</source>
        <translation>l’id &apos;%1&apos; ne doit contenir que des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no name</source>
        <translation>le modèle n’a pas de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no sections list</source>
        <translation>le modèle n’a pas de liste sections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>section %1 has no heading</source>
        <translation>la section %1 n’a pas de titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section &apos;%1&apos; has unknown field &apos;%2&apos; (one of %3)</source>
        <translation>la section &apos;%1&apos; a un champ inconnu &apos;%2&apos; (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YAML error at line %1: %2</source>
        <translation>Erreur YAML à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML error: %1</source>
        <translation>Erreur YAML&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>larger than 1 MB</source>
        <translation>plus de 1 Mo</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineChart</name>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+48"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zone not stated</source>
        <translation>fuseau non indiqué</translation>
    </message>
    <message>
        <location filename="../app/render/timelinechart.cpp" line="+46"/>
        <source>Incident window</source>
        <translation>Période de l’incident</translation>
    </message>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+4"/>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TTD %1</source>
        <extracomment>TTD = time to detect, shown over the bracket from the incident start to detection</extracomment>
        <translation>TTD %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TTR %1</source>
        <extracomment>TTR = time to resolve, shown over the bracket from the incident start to resolution</extracomment>
        <translation>TTR %1</translation>
    </message>
    <message>
        <location filename="../app/render/timelinechart.cpp" line="+4"/>
        <source>Labels for %1 of %2 events — the table lists all</source>
        <translation>Libellés pour %1 événements sur %2 — le tableau les liste tous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ 1 earlier event</source>
        <extracomment>at the left edge of a timeline chart zoomed to the incident</extracomment>
        <translation>◀ 1 événement antérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ %1 earlier events</source>
        <translation>◀ %1 événements antérieurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 later event ▶</source>
        <extracomment>at the right edge of a timeline chart zoomed to the incident</extracomment>
        <translation>1 événement postérieur ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 later events ▶</source>
        <translation>%1 événements postérieurs ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the incident: events by kind, the incident window, phases, time to detect and time to resolve.</source>
        <translation>Chronologie de l’incident&#xa0;: événements par type, période de l’incident, phases, délai de détection et délai de résolution.</translation>
    </message>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+5"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate</source>
        <translation>Investiguer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigate</source>
        <translation>Atténuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineChartView</name>
    <message>
        <location filename="../ui/timelinechartview.cpp" line="+22"/>
        <source>Timeline chart</source>
        <translation>Graphique de la chronologie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;All Events</source>
        <translation>Afficher &amp;tous les événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen the time axis from the incident to every timeline event</source>
        <translation>Élargir l’axe du temps de l’incident à tous les événements de la chronologie</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The chart appears when timeline events have times.</source>
        <translation>Le graphique apparaît quand les événements de la chronologie ont des heures.</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+105"/>
        <source>No date given: read as %1, carried from the rows above.</source>
        <translation>Pas de date&#xa0;: lu comme %1, reprise des lignes au-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date given.</source>
        <translation>Pas de date.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1

Detail (edit it under the table):
%2</source>
        <translation>%1

Détail (à modifier sous le tableau) :
%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change event kind</source>
        <translation>Changer le type d’événement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event text</source>
        <translation>Modifier le texte de l’événement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit event date</source>
        <translation>Modifier la date de l’événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit event time</source>
        <translation>Modifier l’heure de l’événement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD. Leave empty to carry the date from the rows above; a time more than six hours earlier than the row above is read as the next day.</source>
        <translation>AAAA-MM-JJ. Laissez vide pour reprendre la date des lignes au-dessus&#xa0;; une heure antérieure de plus de six heures à la ligne au-dessus est lue comme le lendemain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:MM, in the document&apos;s time zone.</source>
        <translation>HH:MM, dans le fuseau horaire du document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of step this was.</source>
        <translation>De quel type d’étape il s’agit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (Markdown).</source>
        <translation>Ce qui s’est passé (Markdown).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add timeline event</source>
        <translation>Ajouter un événement à la chronologie</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n timeline event(s)</source>
        <translation>
            <numerusform>Supprimer %n événement de la chronologie</numerusform>
            <numerusform>Supprimer %n événements de la chronologie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move timeline event</source>
        <translation>Déplacer l’événement de la chronologie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/main.cpp" line="+69"/>
        <source>Write incident postmortems.

Commands:
  convert INPUT --to %1 [-o OUTPUT]   Convert without opening a window.
  diagram SPEC --to svg|png [-o OUTPUT]   Render a load-distribution diagram spec.</source>
        <translation>Rédiger les post-mortems d&apos;incidents.

Commandes :
  convert ENTRÉE --to %1 [-o SORTIE]   Convertir sans ouvrir de fenêtre.
  diagram SPEC --to svg|png [-o SORTIE]   Dessiner une description de diagramme de répartition de charge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print launch time and memory as JSON once the window is painted, then quit (for benchmarks).</source>
        <translation>Afficher en JSON le temps de lancement et la mémoire une fois la fenêtre dessinée, puis quitter (pour les benchmarks).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postmortem to open; none opens the bundled sample.</source>
        <translation>Post-mortem à ouvrir&#xa0;; sans argument, l’exemple fourni est ouvert.</translation>
    </message>
</context>
</TS>
