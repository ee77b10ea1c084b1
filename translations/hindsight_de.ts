<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Hindsight::ActionItemModel</name>
    <message>
        <location filename="../ui/actionitemmodel.cpp" line="+58"/>
        <location line="+90"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark action item done</source>
        <translation>Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark action item open</source>
        <translation>Maßnahme als offen markieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit action item due date</source>
        <translation>Fälligkeitsdatum der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit action item</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit action item category</source>
        <translation>Kategorie der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit action item owner</source>
        <translation>Verantwortliche der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;improvement&quot; (a fix or improvement), &quot;task&quot; (a concrete task), or your own word.</source>
        <translation>„improvement“ (eine Korrektur oder Verbesserung), „task“ (eine konkrete Aufgabe) oder ein eigenes Wort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible; empty when unassigned.</source>
        <translation>Wer verantwortlich ist; leer, wenn niemand zugewiesen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty.</source>
        <translation>JJJJ-MM-TT oder leer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n action item(s)</source>
        <translation>
            <numerusform>%n Maßnahme entfernen</numerusform>
            <numerusform>%n Maßnahmen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move action item</source>
        <translation>Maßnahme verschieben</translation>
    </message>
</context>
<context>
    <name>Hindsight::ActionLedgerModel</name>
    <message>
        <location filename="../ui/library/librarymodels.cpp" line="+277"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
</context>
<context>
    <name>Hindsight::CategoryDelegate</name>
    <message>
        <location filename="../ui/itemdelegates.cpp" line="+81"/>
        <source>Choose a category or type your own.</source>
        <translation>Wählen Sie eine Kategorie oder geben Sie eine eigene ein.</translation>
    </message>
</context>
<context>
    <name>Hindsight::CommandLine</name>
    <message>
        <location filename="../app/main/cliexit.cpp" line="+23"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location filename="../app/main/commandline.cpp" line="+61"/>
        <source>Review a postmortem: what it still lacks or gets wrong.</source>
        <translation>Ein Postmortem prüfen: was noch fehlt oder nicht stimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <location line="+124"/>
        <source>The verb.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+191"/>
        <source>A Hindsight file or any Markdown postmortem.</source>
        <translation>Eine Hindsight-Datei oder ein beliebiges Markdown-Postmortem.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: hindsight lint FILE [--format text|json]</source>
        <translation>Aufruf: hindsight lint DATEI [--format text|json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be text or json (got &apos;%1&apos;)</source>
        <translation>--format muss text oder json sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2 errors, %3 warnings, %4 hints
</source>
        <translation>%1: %2 Fehler, %3 Warnungen, %4 Hinweise
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Render one load-distribution diagram spec (YAML) to SVG or PNG.</source>
        <translation>Eine Lastverteilungsdiagramm-Beschreibung (YAML) als SVG oder PNG zeichnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A diagram spec file (YAML, see README).</source>
        <translation>Eine Diagrammbeschreibung (YAML, siehe README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: svg or png.</source>
        <translation>Ausgabeformat: svg oder png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Output file; - or none for standard output.</source>
        <translation>Ausgabedatei; - oder keine für die Standardausgabe.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Width in pixels (SVG: CSS pixels). Default: the natural width, twice that for PNG (print resolution).</source>
        <translation>Breite in Pixeln (SVG: CSS-Pixel). Standard: die natürliche Breite, bei PNG das Doppelte (Druckauflösung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Height in pixels. Default: from the width and the diagram&apos;s aspect.</source>
        <translation>Höhe in Pixeln. Standard: aus der Breite und dem Seitenverhältnis des Diagramms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>light (default) or dark.</source>
        <translation>light (hell, Standard) oder dark (dunkel).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hindsight diagram SPEC --to svg|png [-o OUTPUT] [--width PX] [--height PX] [--theme light|dark]</source>
        <translation>Aufruf: hindsight diagram SPEC --to svg|png [-o AUSGABE] [--width PX] [--height PX] [--theme light|dark]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be svg or png (got &apos;%1&apos;)</source>
        <translation>--to muss svg oder png sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>--theme must be light or dark (got &apos;%1&apos;)</source>
        <translation>--theme muss light oder dark sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>--%1 must be a whole number from 1 to 20000</source>
        <translation>--%1 muss eine ganze Zahl von 1 bis 20000 sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a diagram spec larger than 4 MiB is not supported</source>
        <translation>%1: Diagrammbeschreibungen über 4 MiB werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot draw a %1x%2 picture</source>
        <translation>ein Bild mit %1x%2 Pixeln kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Convert a postmortem to another format.</source>
        <translation>Ein Postmortem in ein anderes Format umwandeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output format: %1 (slides-pdf: the review deck, one 16:9 page per slide; needs -o).</source>
        <translation>Ausgabeformat: %1 (slides-pdf: die Folien für das Review, eine 16:9-Seite pro Folie; braucht -o).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>usage: hindsight convert INPUT --to %1 [-o OUTPUT] [--report] [--theme light|dark]</source>
        <translation>Aufruf: hindsight convert EINGABE --to %1 [-o AUSGABE] [--report] [--theme light|dark]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--to muss eines von %1 sein (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to %1 needs -o OUTPUT</source>
        <translation>--to %1 braucht -o AUSGABE</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Print how a foreign file was imported (recognised, guessed, kept as is) to standard error.</source>
        <translation>Auf der Standardfehlerausgabe berichten, wie eine fremde Datei importiert wurde (erkannt, geschätzt, unverändert übernommen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slide theme for slides-pdf: light (default) or dark.</source>
        <translation>Folienstil für slides-pdf: light (hell, Standard) oder dark (dunkel).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--theme applies to --to slides-pdf only</source>
        <translation>--theme gilt nur für --to slides-pdf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hindsight file: read as is, nothing imported.
</source>
        <translation>Hindsight-Datei: unverändert gelesen, nichts importiert.
</translation>
    </message>
</context>
<context>
    <name>Hindsight::DateTimeTextDelegate</name>
    <message>
        <location filename="../ui/itemdelegates.cpp" line="+47"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of an empty date cell; keep the shape, translate the letters if needed.</extracomment>
        <translation>JJJJ-MM-TT</translation>
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
        <translation>Erkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misleading</source>
        <translation>Falsche Spur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted round robin</source>
        <translation>Gewichtetes Round Robin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least connections</source>
        <translation>Least Connections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP hash / sticky sessions</source>
        <translation>IP-Hash / Sticky Sessions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drained</source>
        <translation>Entleert</translation>
    </message>
</context>
<context>
    <name>Hindsight::Duration</name>
    <message>
        <location filename="../app/core/duration.cpp" line="+18"/>
        <source>%1 d</source>
        <extracomment>a number of days, abbreviated (&quot;14 d&quot;)</extracomment>
        <translation>%1 d</translation>
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
        <translation>Wörter im Text des Postmortems, so gezählt wie bei den Prüfungen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy as Rich Te&amp;xt</source>
        <translation>Als formatierten Te&amp;xt kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole postmortem as it is rendered, with its chart, to paste into an e-mail or a word processor</source>
        <translation>Das ganze Postmortem so kopieren, wie es dargestellt wird, samt Diagramm, um es in eine E-Mail oder ein Textverarbeitungsprogramm einzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find text in every field, table and section of the postmortem</source>
        <translation>Text in allen Feldern, Tabellen und Abschnitten des Postmortems suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forma&amp;t</source>
        <translation>Forma&amp;t</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline &amp;Code</source>
        <translation>Inline-&amp;Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ulleted List</source>
        <translation>&amp;Aufzählungsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes Markdown in the section editor: %1</source>
        <translation>Schreibt Markdown im Abschnittseditor: %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Copied the postmortem as rich text</source>
        <translation>Postmortem als formatierter Text kopiert</translation>
    </message>
</context>
<context>
    <name>Hindsight::EventDetailEditor</name>
    <message>
        <location filename="../ui/eventdetaileditor.cpp" line="+19"/>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output, log excerpt, quote or table that belongs to the selected event, in Markdown</source>
        <translation>Ausgabe, Log-Auszug, Zitat oder Tabelle zum ausgewählten Ereignis, in Markdown</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Detail of the event at row %1</source>
        <translation>&amp;Details zum Ereignis in Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail of the selected event</source>
        <translation>&amp;Details zum ausgewählten Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output, a log excerpt, a quote or a table that belongs to this event (Markdown)</source>
        <translation>Ausgabe, Log-Auszug, Zitat oder Tabelle zu diesem Ereignis (Markdown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an event to add what belongs to it</source>
        <translation>Wählen Sie ein Ereignis, um Details hinzuzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit event detail</source>
        <translation>Ereignisdetails bearbeiten</translation>
    </message>
</context>
<context>
    <name>Hindsight::Export</name>
    <message>
        <location filename="../app/render/odtexporter.cpp" line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the OpenDocument writer failed</source>
        <translation>der OpenDocument-Export ist fehlgeschlagen</translation>
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
        <translation>&amp;OpenDocument-Text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument Text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
</context>
<context>
    <name>Hindsight::Fields</name>
    <message>
        <location filename="../app/core/postmortemfields.cpp" line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional section</source>
        <translation>Weiterer Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end</source>
        <translation>Ende des Vorfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>Hindsight::FindReplaceBar</name>
    <message>
        <location filename="../ui/findreplace.cpp" line="+88"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the postmortem</source>
        <translation>Im Postmortem suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrapped: 999 of 999</source>
        <translation>Von vorn: 999 von 999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Nächster Treffer (F3 oder Eingabetaste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace A&amp;ll</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every match in the postmortem: one undo step</source>
        <translation>Alle Treffer im Postmortem ersetzen: ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+106"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrapped: %1</source>
        <translation>Von vorn: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced the last match</source>
        <translation>Letzten Treffer ersetzt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replaced 1 match</source>
        <translation>1 Treffer ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced %1 matches</source>
        <translation>%1 Treffer ersetzt</translation>
    </message>
</context>
<context>
    <name>Hindsight::GuessMarks</name>
    <message>
        <location filename="../ui/guessmarks.cpp" line="+186"/>
        <source>Guessed on import — please check:</source>
        <translation>Beim Import geschätzt – bitte prüfen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guessed on import, please check: %1</source>
        <translation>Beim Import geschätzt, bitte prüfen: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::HtmlRenderer</name>
    <message>
        <location filename="../app/render/htmlrenderer.cpp" line="+34"/>
        <source>Untitled postmortem</source>
        <translation>Unbenanntes Postmortem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled section</source>
        <translation>Unbenannter Abschnitt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first %1 of %2 timeline events; the exports have all of them.</source>
        <translation>Die Vorschau zeigt die ersten %1 von %2 Ereignissen der Zeitleiste; die Exporte enthalten alle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline chart</source>
        <translation>Zeitleistendiagramm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(end before start)</source>
        <translation>(Ende vor Beginn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(before the start)</source>
        <translation>(vor dem Beginn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
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
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>the impact</source>
        <translation>die Auswirkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root cause</source>
        <translation>die Grundursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolution</source>
        <translation>die Behebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root cause, then resolution</source>
        <translation>Grundursache, dann Behebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution, then action items</source>
        <translation>Behebung, dann Maßnahmen</translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="+64"/>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>the timeline</source>
        <translation>die Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../app/core/import/reader.cpp" line="+82"/>
        <source>A line held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>Eine Zeile enthielt mehrere Einträge oder Bezeichnungen, verbunden durch „ - “ oder &lt;br&gt;; jeder wurde einzeln gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lines held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>
            <numerusform>%n Zeile enthielt mehrere Einträge oder Bezeichnungen, verbunden durch „ - “ oder &lt;br&gt;; jeder wurde einzeln gelesen.</numerusform>
            <numerusform>%n Zeilen enthielten mehrere Einträge oder Bezeichnungen, verbunden durch „ - “ oder &lt;br&gt;; jeder wurde einzeln gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Title: “%1” (front matter).</source>
        <translation>Titel: „%1“ (Front Matter).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title: “%1” (line %2).</source>
        <translation>Titel: „%1“ (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../app/core/import/actionitems.cpp" line="+432"/>
        <source>Split an action item at “%1”: it states %2 measures.</source>
        <translation>Maßnahme bei „%1“ geteilt: Sie nennt %2 Maßnahmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action item listed twice was read once: “%1”.</source>
        <translation>Eine doppelt aufgeführte Maßnahme wurde nur einmal gelesen: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/import/sections.cpp" line="+150"/>
        <source>Code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Measures announced in prose at line %1 (“%2…”).</source>
        <translation>Maßnahmen im Fließtext angekündigt in Zeile %1 („%2…“).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Lines that are only a date and time (line %1 on) read as the timeline, each over its update.</source>
        <translation>Zeilen, die nur Datum und Uhrzeit enthalten (ab Zeile %1), als Zeitleiste gelesen, jede über ihrer Meldung.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The table headed “%1” (line %2) read as action items.</source>
        <translation>Die Tabelle mit der Überschrift „%1“ (Zeile %2) wurde als Maßnahmen gelesen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1: …” (line %2) read as an action item.</source>
        <translation>„%1: …“ (Zeile %2) als Maßnahme gelesen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Headings that are only a time (line %1 on) read as the timeline.</source>
        <translation>Überschriften, die nur eine Uhrzeit sind (ab Zeile %1), wurden als Zeitleiste gelesen.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>A list of %1 entries led by times (line %2) read as the timeline.</source>
        <translation>Eine Liste mit %1 Einträgen, die mit Uhrzeiten beginnen (Zeile %2), wurde als Zeitleiste gelesen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” (line %2) read as %3.</source>
        <translation>„%1“ (Zeile %2) gelesen als: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/import/timelinereader.cpp" line="+91"/>
        <source>“%1” read as the afternoon: the timeline writes AM and PM, and the entry follows one at %2.</source>
        <translation>„%1“ als Nachmittag gelesen: Die Zeitleiste schreibt AM und PM, und der Eintrag folgt auf einen um %2.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The code block at line %1 is the timeline as a log: each of its lines is an entry.</source>
        <translation>Der Codeblock in Zeile %1 ist die Zeitleiste als Protokoll: Jede seiner Zeilen ist ein Eintrag.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code block at line %1 kept with the timeline entry above it, as its detail.</source>
        <translation>Codeblock in Zeile %1 als Details beim Zeitleisteneintrag darüber behalten.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Chat log</source>
        <translation>Chatprotokoll</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>%n timeline time(s) without am or pm read as afternoon, after the morning entries before them.</source>
        <translation>
            <numerusform>%n Uhrzeit ohne am oder pm nach den Einträgen des Vormittags als Nachmittag gelesen.</numerusform>
            <numerusform>%n Uhrzeiten ohne am oder pm nach den Einträgen des Vormittags als Nachmittag gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Timeline: %1 lists of the same hours merged in time order.</source>
        <translation>Zeitachse: %1 Listen derselben Stunden zeitlich zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../app/core/import/actionitems.cpp" line="-48"/>
        <source>Read %1 action items from the sentences of one paragraph (line %2).</source>
        <translation>%1 Maßnahmen aus den Sätzen eines Absatzes gelesen (Zeile %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/narrative.cpp" line="+232"/>
        <source>No measures section: the %n items of “%1” that say what to do are read as action items.</source>
        <translation>
            <numerusform>Kein Abschnitt mit Maßnahmen: der %n Punkt von „%1“, der sagt, was zu tun ist, wird als Maßnahme gelesen.</numerusform>
            <numerusform>Kein Abschnitt mit Maßnahmen: die %n Punkte von „%1“, die sagen, was zu tun ist, werden als Maßnahmen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No measures section: the paragraph of “%1” that says how a repeat is prevented is read as action items.</source>
        <translation>Kein Abschnitt mit Maßnahmen: Der Absatz von „%1“, der sagt, wie eine Wiederholung verhindert wird, wurde als Maßnahmen gelesen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action item taken from the resolution: “%1”</source>
        <translation>Maßnahme aus der Behebung übernommen: „%1“</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No summary: the status page&apos;s first update is the summary.</source>
        <translation>Keine Zusammenfassung: Die erste Meldung der Statusseite ist die Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the paragraphs that explain why (no section headings)</source>
        <translation>die Absätze, die das Warum erklären (keine Abschnittsüberschriften)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document has no section headings: its %1 paragraphs were read in story order (what happened, impact, cause, recovery).</source>
        <translation>Das Dokument hat keine Abschnittsüberschriften: Seine %1 Absätze wurden in Erzählreihenfolge gelesen (was geschah, Auswirkungen, Ursache, Wiederherstellung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item taken from the prose: “%1”</source>
        <translation>Maßnahme aus dem Fließtext übernommen: „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="-259"/>
        <source>the summary&apos;s sentence on the resolution</source>
        <translation>der Satz der Zusammenfassung zur Behebung</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the first time the summary gives</source>
        <translation>die erste Uhrzeit in der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incident end computed from the duration the summary states (%1 minutes).</source>
        <translation>Ende des Vorfalls aus der in der Zusammenfassung genannten Dauer berechnet (%1 Minuten).</translation>
    </message>
    <message>
        <location filename="../app/core/import/incidentday.cpp" line="+322"/>
        <source>the Start and End lines</source>
        <translation>die Zeilen „Start“ und „End“</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="+57"/>
        <source>the “%1” line</source>
        <translation>die Zeile „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the lead paragraph</source>
        <translation>der einleitende Absatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the impact section</source>
        <translation>der Abschnitt zu den Auswirkungen</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+16"/>
        <source>a sentence outside the summary</source>
        <translation>ein Satz außerhalb der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Timeline dates have no year and the document gives none; they are left empty.</source>
        <translation>Die Daten der Zeitleiste haben kein Jahr, und das Dokument nennt keines; sie bleiben leer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline dates without a year take the year of %1.</source>
        <translation>Daten der Zeitleiste ohne Jahr erhalten das Jahr aus: %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Timeline entries before the first sign of impact, or days after the rest, are lead-up or follow-up: the incident window leaves them out.</source>
        <translation>Zeitleisteneinträge vor dem ersten Anzeichen der Auswirkung oder Tage nach den übrigen sind Vorgeschichte oder Nacharbeit: Das Zeitfenster des Vorfalls lässt sie aus.</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Incident start taken from the stated length (%1 minutes) before its end: the entry at %2.</source>
        <translation>Beginn des Vorfalls aus der angegebenen Dauer (%1 Minuten) vor seinem Ende bestimmt: der Eintrag um %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the timeline entry that says the outage began</source>
        <translation>der Eintrag der Zeitleiste, der den Beginn des Ausfalls nennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeline&apos;s first entry</source>
        <translation>der erste Eintrag der Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the timeline&apos;s first sign of impact</source>
        <translation>das erste Anzeichen der Auswirkung in der Zeitleiste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the timeline&apos;s dates</source>
        <translation>die Daten der Zeitleiste</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Incident end computed from the stated length (%1 minutes).</source>
        <translation>Ende des Vorfalls aus der angegebenen Dauer berechnet (%1 Minuten).</translation>
    </message>
    <message>
        <location filename="../app/core/import/incidentday.cpp" line="-299"/>
        <source>The incident day is written without a year; the year %1 is taken from the document&apos;s other dates.</source>
        <translation>Der Tag des Vorfalls steht ohne Jahr da; das Jahr %1 stammt aus den anderen Daten des Dokuments.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The summary says “yesterday”: the incident day is the day before the post&apos;s date.</source>
        <translation>Die Zusammenfassung sagt „gestern“: Der Tag des Vorfalls ist der Tag vor dem Datum des Beitrags.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the first date the document gives</source>
        <translation>das erste Datum, das das Dokument nennt</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The incident passes midnight: its end (%1) is dated the next day, %2.</source>
        <translation>Der Vorfall geht über Mitternacht: Sein Ende (%1) fällt auf den nächsten Tag, %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The incident date %1 disagrees with the title&apos;s date %2 only in its month or year; read as %3.</source>
        <translation>Das Datum des Vorfalls %1 weicht nur im Monat oder Jahr vom Datum im Titel %2 ab; gelesen als %3.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The end is the time a sentence gives for the recovery (“%1”); nothing else states one.</source>
        <translation>Das Ende ist die Uhrzeit, die ein Satz für die Wiederherstellung nennt („%1“); nichts anderes gibt eines an.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The document&apos;s one time comes with a recovery (“%1”): it is read as the end; the start is not stated.</source>
        <translation>Die einzige Uhrzeit des Dokuments steht bei einer Wiederherstellung („%1“): Sie wird als Ende gelesen; der Beginn ist nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="+253"/>
        <source>Incident start %1, from %2.</source>
        <translation>Beginn des Vorfalls %1 (Quelle: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end %1, from %2; no start is stated.</source>
        <translation>Ende des Vorfalls %1 (Quelle: %2); kein Beginn angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident %1 to %2, from %3.</source>
        <translation>Vorfall von %1 bis %2 (Quelle: %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incident end taken from the timeline entry that says the outage ended (%1).</source>
        <translation>Ende des Vorfalls aus dem Eintrag der Zeitleiste übernommen, der das Ende des Ausfalls nennt (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident end taken from the timeline entry that says the service recovered (%1).</source>
        <translation>Ende des Vorfalls aus dem Eintrag der Zeitleiste übernommen, der sagt, dass der Dienst wieder lief (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end taken from the last timeline entry (%1).</source>
        <translation>Ende des Vorfalls aus dem letzten Eintrag der Zeitleiste übernommen (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incident date with a year is given; dates are left empty.</source>
        <translation>Es ist kein Datum mit Jahr angegeben; die Daten bleiben leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/timelinereader.cpp" line="-160"/>
        <source>%n timeline time(s) written “12:… AM” right after late-morning or noon entries read as just after noon.</source>
        <translation>
            <numerusform>%n Uhrzeit der Zeitleiste, als „12:… AM“ direkt nach Einträgen am späten Vormittag oder Mittag geschrieben, als kurz nach Mittag gelesen.</numerusform>
            <numerusform>%n Uhrzeiten der Zeitleiste, als „12:… AM“ direkt nach Einträgen am späten Vormittag oder Mittag geschrieben, als kurz nach Mittag gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="-35"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>“%1” (line %2)</source>
        <translation>„%1“ (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../app/core/import/report.cpp" line="+110"/>
        <location filename="../app/core/import/resolve.cpp" line="+39"/>
        <location line="+234"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="-220"/>
        <source>No time zone is stated; times are kept as written.</source>
        <translation>Keine Zeitzone angegeben; die Uhrzeiten bleiben wie geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone %1 (UTC%2), from %3.</source>
        <translation>Zeitzone %1 (UTC%2); Quelle: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daylight or standard time chosen by the US rule for %1.</source>
        <translation>Sommer- oder Normalzeit nach der US-Regel für %1 gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard time assumed (no date).</source>
        <translation>Normalzeit angenommen (kein Datum).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The timeline passes midnight: the entries after it are dated the next day.</source>
        <translation>Die Zeitleiste geht über Mitternacht: Die Einträge danach fallen auf den nächsten Tag.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>the impact and summary</source>
        <translation>die Auswirkungen und die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users affected: “all users” read as 100%.</source>
        <translation>Betroffene Nutzer: „alle Nutzer“ als 100 % gelesen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Users affected: %1 is stated, more than all users; kept as written.</source>
        <translation>Betroffene Nutzer: %1 angegeben, mehr als alle Nutzer; wie geschrieben übernommen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users affected: %1% chosen from %2 (the largest share of users stated).</source>
        <translation>Betroffene Nutzer: %1 % gewählt, der größte genannte Anteil (Quelle: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users affected: %1%, from %2.</source>
        <translation>Betroffene Nutzer: %1 % (Quelle: %2).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Root cause taken from %1.</source>
        <translation>Grundursache übernommen (Quelle: %1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No root-cause section: the root cause is the sentence of the %1 that states a cause.</source>
        <translation>Kein Abschnitt zur Grundursache: Die Grundursache ist der Satz aus %1, der eine Ursache nennt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No root-cause section: the root cause is the %n sentences of the %1 that state a cause.</source>
        <translation>
            <numerusform>Kein Abschnitt zur Grundursache: Die Grundursache ist der %n Satz aus %1, der eine Ursache nennt.</numerusform>
            <numerusform>Kein Abschnitt zur Grundursache: Die Grundursache sind die %n Sätze aus %1, die eine Ursache nennen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summary</source>
        <translation>der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact section</source>
        <translation>dem Abschnitt zu den Auswirkungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No root-cause section: the root cause is what the resolution says caused the incident.</source>
        <translation>Kein Abschnitt zur Ursache: Als Ursache gilt, was die Lösung als Auslöser des Vorfalls nennt.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No sentence states a cause: the root cause is the sentence that says what failed: “%1”</source>
        <translation>Kein Satz nennt eine Ursache: Die Grundursache ist der Satz, der sagt, was ausgefallen ist: „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No root-cause section: the root cause is the sentence that names it: “%1”</source>
        <translation>Kein Abschnitt zur Grundursache: Die Grundursache ist der Satz, der sie nennt: „%1“</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No root-cause section: the root cause is the text of the “Identified” status update.</source>
        <translation>Kein Abschnitt zur Grundursache: Die Grundursache ist der Text der Statusmeldung „Identified“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is no date that exists; kept as written.</source>
        <translation>„%1“ ist kein existierendes Datum; wie geschrieben übernommen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stated duration (%1 minutes) differs from start to end (%2 minutes); both kept as written.</source>
        <translation>Die angegebene Dauer (%1 Minuten) weicht von der Zeit zwischen Beginn und Ende (%2 Minuten) ab; beides wie geschrieben übernommen.</translation>
    </message>
    <message>
        <location filename="../app/core/import/report.cpp" line="-45"/>
        <source>Read %1 as DD/MM: other dates in the document put the day first.</source>
        <translation>%1 als TT/MM gelesen: Andere Daten im Dokument nennen den Tag zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumed MM/DD for %1: no date in the document puts the day first.</source>
        <translation>MM/TT für %1 angenommen: Kein Datum im Dokument nennt den Tag zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written day first (DD/MM).</source>
        <translation>Daten werden mit dem Tag zuerst geschrieben (TT/MM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-digit years read as 19xx for 69–99 and 20xx otherwise: %1.</source>
        <translation>Zweistellige Jahre als 19xx für 69–99 und sonst als 20xx gelesen: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 status-page updates read as timeline entries.</source>
        <translation>%1 Statusseiten-Meldungen als Einträge der Zeitleiste gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline: %1 entries with a time</source>
        <translation>Zeitleiste: %1 Einträge mit Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 without</source>
        <translation>, %1 ohne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (lines %1–%2)</source>
        <translation> (Zeilen %1–%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action items: %1 (%2 improvements, %3 tasks).</source>
        <translation>Maßnahmen: %1 (%2 Verbesserungen, %3 Aufgaben).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No root cause was found.</source>
        <translation>Es wurde keine Grundursache gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, kept in “%3” (not read as timeline entries or action items).</source>
        <translation>%1, %2, in „%3“ behalten (nicht als Einträge der Zeitleiste oder Maßnahmen gelesen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” kept as an additional section (1 line).</source>
        <translation>„%1“ als zusätzlicher Abschnitt behalten (1 Zeile).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” kept as an additional section (%n lines).</source>
        <translation>
            <numerusform>„%1“ als zusätzlicher Abschnitt behalten (%n Zeile).</numerusform>
            <numerusform>„%1“ als zusätzlicher Abschnitt behalten (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file describes %1 incidents: the first was imported; the rest (from line %2) is kept as additional sections.</source>
        <translation>Diese Datei beschreibt %1 Vorfälle: Der erste wurde importiert; der Rest (ab Zeile %2) bleibt als zusätzliche Abschnitte erhalten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 incidents found in this file; the first was imported.</source>
        <translation>%1 Vorfälle in dieser Datei gefunden; der erste wurde importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed:</source>
        <translation>Geschätzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as is:</source>
        <translation>Unverändert übernommen:</translation>
    </message>
    <message>
        <location filename="../app/core/import/frontmatter.cpp" line="+257"/>
        <source>Front matter of a status page&apos;s incident: its date is the start.</source>
        <translation>Front Matter eines Vorfalls einer Statusseite: sein Datum ist der Beginn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Front matter: %1 read into fields.</source>
        <translation>Front Matter: %1 in die Felder übernommen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No summary in the text: the front matter&apos;s “%1” is the summary.</source>
        <translation>Keine Zusammenfassung im Text: „%1“ aus dem Front Matter ist die Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+52"/>
        <source>Authors: %1 (line %2).</source>
        <translation>Autoren: %1 (Zeile %2).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Severity SEV%1 from line %2.</source>
        <translation>Schweregrad SEV%1 aus Zeile %2.</translation>
    </message>
</context>
<context>
    <name>Hindsight::ImportReportPanel</name>
    <message>
        <location filename="../ui/importreportpanel.cpp" line="+78"/>
        <source>Import report details</source>
        <translation>Details des Importberichts</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss the import report</source>
        <translation>Importbericht schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 — please check what was guessed.</source>
        <translation>%1 importiert – bitte prüfen Sie, was geschätzt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file describes %1 incidents; the first one was imported.</source>
        <translation>Die Datei beschreibt %1 Vorfälle; der erste wurde importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as is</source>
        <translation>Unverändert übernommen</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryCommand</name>
    <message>
        <location filename="../app/main/librarycommand.cpp" line="+62"/>
        <source>Output format: %1 (default %2).</source>
        <translation>Ausgabeformat: %1 (Standard: %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown format &apos;%1&apos;; use %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; möglich sind %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a readable folder</source>
        <translation>%1 ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Index the postmortems under a folder (incrementally).</source>
        <translation>Die Postmortems unterhalb eines Ordners indizieren (inkrementell).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: hindsight library index DIR [--format text|json]</source>
        <translation>Aufruf: hindsight library index ORDNER [--format text|json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 postmortems indexed (%3 added, %4 updated, %5 unchanged, %6 removed) in %7 ms.
</source>
        <translation>%1: %2 Postmortems indiziert (%3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 entfernt) in %7 ms.
</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) not indexed:
</source>
        <translation>
            <numerusform>%n Datei nicht indiziert:
</numerusform>
            <numerusform>%n Dateien nicht indiziert:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full-text search of a library, best match first (bm25).</source>
        <translation>Volltextsuche in einer Bibliothek, beste Treffer zuerst (bm25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N hits (default 20).</source>
        <translation>Höchstens N Treffer (Standard: 20).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hindsight library search DIR QUERY [--limit N] [--format text|json]</source>
        <translation>Aufruf: hindsight library search ORDNER ANFRAGE [--limit N] [--format text|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No postmortem matches.
</source>
        <translation>Kein passendes Postmortem.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents per month; medians and 90th percentiles of time to detect, mitigate and resolve and of duration, with n, per quarter, service and severity.</source>
        <translation>Vorfälle pro Monat; Mediane und 90. Perzentile der Zeit bis zur Erkennung, Eindämmung und Behebung sowie der Dauer, mit n, pro Quartal, Dienst und Schweregrad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hindsight library stats DIR [--format text|json]</source>
        <translation>Aufruf: hindsight library stats ORDNER [--format text|json]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The action items of every postmortem, overdue first.</source>
        <translation>Die Maßnahmen aller Postmortems, überfällige zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only open items past their due date.</source>
        <translation>Nur offene Maßnahmen, deren Fälligkeitsdatum verstrichen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count overdue as of this date (YYYY-MM-DD; default today).</source>
        <translation>Überfälligkeit zu diesem Datum bestimmen (YYYY-MM-DD; Standard: heute).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file; - or none for standard output.</source>
        <translation>Ausgabedatei; - oder keine für die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: hindsight library actions DIR [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o OUTPUT]</source>
        <translation>Aufruf: hindsight library actions ORDNER [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o AUSGABE]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today braucht ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A report of the library: statistics, overdue action items, incidents, definitions.</source>
        <translation>Ein Bericht über die Bibliothek: Statistiken, überfällige Maßnahmen, Vorfälle, Definitionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report format: html or pdf.</source>
        <translation>Berichtsformat: html oder pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file (required for pdf); - or none for standard output.</source>
        <translation>Ausgabedatei (für pdf erforderlich); - oder keine für die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date the report and count overdue as of this date (YYYY-MM-DD; default today).</source>
        <translation>Den Bericht auf dieses Datum datieren und die Überfälligkeit zu diesem Datum bestimmen (YYYY-MM-DD; Standard: heute).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hindsight library report DIR --to html|pdf [-o OUTPUT] [--today YYYY-MM-DD]</source>
        <translation>Aufruf: hindsight library report ORDNER --to html|pdf [-o AUSGABE] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--to pdf needs -o FILE</source>
        <translation>--to pdf braucht -o DATEI</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: hindsight library index|search|stats|actions|report DIR … (--help after the verb for more)</source>
        <translation>Aufruf: hindsight library index|search|stats|actions|report ORDNER … (--help nach dem Befehl für mehr)</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryIndex</name>
    <message>
        <location filename="../app/core/library/libraryindex.cpp" line="+79"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 ist größer als 64 MiB</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library index is busy: %1</source>
        <translation>der Bibliotheksindex ist belegt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the library index %1</source>
        <translation>der Bibliotheksindex %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the library index: %1</source>
        <translation>der Bibliotheksindex kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryMenu</name>
    <message>
        <location filename="../ui/library/librarymenu.cpp" line="+29"/>
        <source>Related incidents</source>
        <translation>Ähnliche Vorfälle</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open &amp;Library…</source>
        <translation>Bib&amp;liothek öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a folder of postmortems: search, filter, statistics, action items</source>
        <translation>Einen Ordner mit Postmortems öffnen: suchen, filtern, Statistiken, Maßnahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryReport</name>
    <message>
        <location filename="../app/core/library/libraryreport.cpp" line="+45"/>
        <location line="+148"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No action item is overdue.</source>
        <translation>Keine Maßnahme ist überfällig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Incident start&lt;/b&gt;: the start of impact as the postmortem states it. Every time below is measured from it.</source>
        <translation>&lt;b&gt;Beginn des Vorfalls&lt;/b&gt;: der Beginn der Auswirkungen, wie ihn das Postmortem angibt. Alle folgenden Zeiten werden ab diesem Zeitpunkt gemessen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time to detect (TTD)&lt;/b&gt;: from the incident start to the earliest timeline event of kind “detection” (Atlassian, “Common incident management metrics”; FireHydrant&apos;s incident metrics glossary).</source>
        <translation>&lt;b&gt;Zeit bis zur Erkennung (TTD)&lt;/b&gt;: vom Beginn des Vorfalls bis zum frühesten Ereignis der Art „Erkennung“ in der Zeitleiste (Atlassian, „Common incident management metrics“; Glossar der Vorfallsmetriken von FireHydrant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time to mitigate (TTM)&lt;/b&gt;: to the earliest “mitigation” event: impact reduced, not yet fixed (FireHydrant).</source>
        <translation>&lt;b&gt;Zeit bis zur Eindämmung (TTM)&lt;/b&gt;: bis zum frühesten Ereignis „Eindämmung“: Auswirkungen verringert, aber noch nicht behoben (FireHydrant).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time to resolve (TTR)&lt;/b&gt;: to the earliest “resolution” event, service restored (Atlassian&apos;s time to resolve; for one incident this is DORA&apos;s “time to restore service”). A timeline without such an event has no TTR.</source>
        <translation>&lt;b&gt;Zeit bis zur Behebung (TTR)&lt;/b&gt;: bis zum frühesten Ereignis „Behebung“, Dienst wiederhergestellt (Atlassians „time to resolve“; für einen einzelnen Vorfall ist das DORAs „time to restore service“). Eine Zeitleiste ohne ein solches Ereignis hat keine TTR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duration&lt;/b&gt;: incident end minus incident start.</source>
        <translation>&lt;b&gt;Dauer&lt;/b&gt;: Ende des Vorfalls minus Beginn des Vorfalls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;n&lt;/b&gt;: the number of incidents for which a figure is known; an incident without the events or times a figure needs is left out of it, never counted as zero.</source>
        <translation>&lt;b&gt;n&lt;/b&gt;: die Zahl der Vorfälle, für die eine Kennzahl bekannt ist; ein Vorfall ohne die Ereignisse oder Zeiten, die eine Kennzahl braucht, wird bei ihr weggelassen, nie als null gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Median and 90th percentile&lt;/b&gt;: percentiles interpolate linearly between the closest ranks (Hyndman and Fan definition 7, as R, NumPy and spreadsheets compute them). Half the incidents took at most the median; nine in ten at most the 90th percentile.</source>
        <translation>&lt;b&gt;Median und 90. Perzentil&lt;/b&gt;: Perzentile werden linear zwischen den nächstgelegenen Rängen interpoliert (Hyndman und Fan, Definition 7, wie R, NumPy und Tabellenkalkulationen sie berechnen). Die Hälfte der Vorfälle dauerte höchstens so lange wie der Median, neun von zehn höchstens so lange wie das 90. Perzentil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;⚠ n &amp;lt; 10&lt;/b&gt;: with fewer than ten incidents one incident moves the median a lot and the 90th percentile is close to the maximum.</source>
        <translation>&lt;b&gt;⚠ n &amp;lt; 10&lt;/b&gt;: Bei weniger als zehn Vorfällen verschiebt ein einzelner Vorfall den Median stark, und das 90. Perzentil liegt nahe am Maximum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Why no averages&lt;/b&gt;: incident durations are long-tailed. The VOID report (2021, 2022) and Štěpán Davidovič, &lt;i&gt;Incident Metrics in SRE&lt;/i&gt; (O&apos;Reilly, 2021) show that means such as MTTR neither describe a typical incident nor reliably show improvement; read these figures as a description of what happened, not as a target.</source>
        <translation>&lt;b&gt;Warum keine Mittelwerte&lt;/b&gt;: Die Dauer von Vorfällen ist langschwänzig verteilt. Der VOID-Report (2021, 2022) und Štěpán Davidovič, &lt;i&gt;Incident Metrics in SRE&lt;/i&gt; (O&apos;Reilly, 2021) zeigen, dass Mittelwerte wie die MTTR weder einen typischen Vorfall beschreiben noch verlässlich eine Verbesserung anzeigen; diese Zahlen beschreiben, was geschehen ist, und sind kein Ziel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: an open action item whose due date is before the report&apos;s date.</source>
        <translation>&lt;b&gt;Überfällig&lt;/b&gt;: eine offene Maßnahme, deren Fälligkeitsdatum vor dem Datum des Berichts liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Months and quarters&lt;/b&gt;: by the incident start&apos;s date in the zone the postmortem is written in.</source>
        <translation>&lt;b&gt;Monate und Quartale&lt;/b&gt;: nach dem Datum des Vorfallbeginns in der Zeitzone, in der das Postmortem geschrieben ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+38"/>
        <source>Incident library report</source>
        <translation>Bericht der Vorfallbibliothek</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%1 — %n incident(s), as of %2</source>
        <translation>
            <numerusform>%1 — %n Vorfall, Stand %2</numerusform>
            <numerusform>%1 — %n Vorfälle, Stand %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read and are not counted.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und zählt nicht mit.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und zählen nicht mit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per month</source>
        <translation>Vorfälle pro Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long incidents took</source>
        <translation>Wie lange Vorfälle dauerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median / 90th percentile (n). ⚠: n &lt; 10. Definitions on the last page.</source>
        <translation>Median / 90. Perzentil (n). ⚠: n &lt; 10. Definitionen auf der letzten Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per quarter</source>
        <translation>Pro Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per service</source>
        <translation>Pro Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue action items</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryStats</name>
    <message numerus="yes">
        <location filename="../app/core/library/librarystats.cpp" line="+56"/>
        <source>only %n incident(s); fewer than 10 make an unreliable figure</source>
        <translation>
            <numerusform>nur %n Vorfall; weniger als 10 ergeben keine verlässliche Zahl</numerusform>
            <numerusform>nur %n Vorfälle; weniger als 10 ergeben keine verlässliche Zahl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>Dauer</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n without a start date</source>
        <translation>
            <numerusform>, %n ohne Startdatum</numerusform>
            <numerusform>, %n ohne Startdatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n Datei nicht indiziert</numerusform>
            <numerusform>, %n Dateien nicht indiziert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents per month</source>
        <translation>Vorfälle pro Monat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each figure: median / 90th percentile (n = incidents with that figure known).</source>
        <translation>Jede Kennzahl: Median / 90. Perzentil (n = Vorfälle, für die diese Kennzahl bekannt ist).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per quarter</source>
        <translation>Pro Quartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per service</source>
        <translation>Pro Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per severity</source>
        <translation>Pro Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* n &lt; 10: too few incidents for a reliable median or 90th percentile.</source>
        <translation>* n &lt; 10: zu wenige Vorfälle für einen verlässlichen Median oder ein verlässliches 90. Perzentil.</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryTableModel</name>
    <message>
        <location filename="../ui/library/librarymodels.cpp" line="-223"/>
        <source>%1 (imported from a foreign file)</source>
        <translation>%1 (aus einer fremden Datei importiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>uncommitted</source>
        <translation>nicht committet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncommitted (%1)</source>
        <translation>nicht committet (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Time to detect: incident start to the first detection event</source>
        <translation>Zeit bis zur Erkennung: vom Beginn des Vorfalls bis zum ersten Erkennungsereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to resolve: incident start to the first resolution event</source>
        <translation>Zeit bis zur Behebung: vom Beginn des Vorfalls bis zum ersten Behebungsereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items: open / total</source>
        <translation>Maßnahmen: offen / gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author and date of the last git commit that changed the file; “uncommitted” when it has changes git does not have yet</source>
        <translation>Autor und Datum des letzten git-Commits, der die Datei geändert hat; „nicht committet“, wenn sie Änderungen enthält, die git noch nicht hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryWindow</name>
    <message>
        <location filename="../ui/library/librarywindow.cpp" line="+82"/>
        <source>Library — %1</source>
        <translation>Bibliothek – %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;sights</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not indexed</source>
        <translation>&amp;Nicht indiziert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open action items</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started between</source>
        <translation>Beginn zwischen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search titles, summaries, timelines, root causes, action items…</source>
        <translation>Titel, Zusammenfassungen, Zeitleisten, Grundursachen, Maßnahmen durchsuchen…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Each figure: median / 90th percentile (n = incidents for which it is known). ⚠ n &lt; 10: one incident moves the figure a lot. Times run from the incident start to the first detection, mitigation or resolution event (Atlassian, FireHydrant; time to resolve is DORA&apos;s time to restore service).</source>
        <translation>Jede Kennzahl: Median / 90. Perzentil (n = Vorfälle, für die sie bekannt ist). ⚠ n &lt; 10: Ein einzelner Vorfall verschiebt die Kennzahl stark. Die Zeiten reichen vom Beginn des Vorfalls bis zum ersten Ereignis der Erkennung, Eindämmung oder Behebung (Atlassian, FireHydrant; die Zeit bis zur Behebung ist DORAs „time to restore service“).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export i&amp;Calendar…</source>
        <translation>i&amp;Calendar exportieren…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Any service</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Not indexed (%1)</source>
        <translation>&amp;Nicht indiziert (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n postmortem(s)</source>
        <translation>
            <numerusform>%n Postmortem</numerusform>
            <numerusform>%n Postmortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n Datei nicht indiziert</numerusform>
            <numerusform>, %n Dateien nicht indiziert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No postmortem matches “%1”.</source>
        <translation>Kein Postmortem passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents per month</source>
        <translation>Vorfälle pro Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
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
        <translation>Maßnahmen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n action item(s) to %1</source>
        <translation>
            <numerusform>%n Maßnahme nach %1 exportiert</numerusform>
            <numerusform>%n Maßnahmen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagram</name>
    <message>
        <location filename="../app/core/loaddiagram.cpp" line="+304"/>
        <source>During the incident</source>
        <translation>Während des Vorfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the fix</source>
        <translation>Nach der Korrektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even round robin</source>
        <translation>Gleichmäßiges Round Robin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round robin spreads the requests evenly over four equal backends.</source>
        <translation>Round Robin verteilt die Anfragen gleichmäßig auf vier gleiche Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal operation</source>
        <translation>Normalbetrieb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misweighted pool</source>
        <translation>Falsch gewichteter Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight of 10 instead of 1 sent three quarters of the traffic to web-1, which overloaded while the other backends idled. Equal weights spread the load evenly again.</source>
        <translation>Ein Gewicht von 10 statt 1 schickte drei Viertel des Traffics an web-1, das überlastet war, während die anderen Backends kaum etwas zu tun hatten. Gleiche Gewichte verteilen die Last wieder gleichmäßig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backends missing from the pool</source>
        <translation>Backends fehlen im Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two of four backends were left out of the load balancer&apos;s pool; the remaining two took all the traffic and overloaded.</source>
        <translation>Zwei von vier Backends fehlten im Pool des Load Balancers; die übrigen zwei bekamen den gesamten Traffic und waren überlastet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sticky sessions</source>
        <translation>Sticky Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>60% of the sessions were pinned to web-1, which took 70% of the requests. Without pinning, least connections balances the pool.</source>
        <translation>60 % der Sessions waren an web-1 gebunden, das 70 % der Anfragen bekam. Ohne Bindung gleicht Least Connections den Pool aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health check on the wrong port</source>
        <translation>Health-Check auf dem falschen Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check probed port 80, which still answered on web-2 after its service on 8080 died, so a quarter of the requests failed.</source>
        <translation>Der Health-Check prüfte Port 80, der auf web-2 noch antwortete, nachdem der Dienst auf 8080 ausgefallen war; so schlug ein Viertel der Anfragen fehl.</translation>
    </message>
    <message>
        <location line="+333"/>
        <source>the diagram spec is not a YAML mapping</source>
        <translation>die Diagrammbeschreibung ist keine YAML-Zuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the diagram spec has no &apos;incident&apos; mapping</source>
        <translation>die Diagrammbeschreibung hat keine Zuordnung &apos;incident&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed YAML at line %1: %2</source>
        <translation>fehlerhaftes YAML in Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected value in the diagram spec: %1</source>
        <translation>unerwarteter Wert in der Diagrammbeschreibung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id &apos;%1&apos; is not [A-Za-z0-9_-]; using lb-1</source>
        <translation>id &apos;%1&apos; entspricht nicht [A-Za-z0-9_-]; lb-1 wird verwendet</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramEditor</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="+43"/>
        <source>Even round robin</source>
        <translation>Gleichmäßiges Round Robin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misweighted pool</source>
        <translation>Falsch gewichteter Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backend missing from the pool</source>
        <translation>Backend fehlt im Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sticky sessions</source>
        <translation>Sticky Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check on the wrong port</source>
        <translation>Health-Check auf dem falschen Port</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Show the state after the fix beside the incident</source>
        <translation>Den Zustand nach der Korrektur neben dem Vorfall zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Load-Distribution Diagram</source>
        <translation>Lastverteilungsdiagramm einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Load-Distribution Diagram</source>
        <translation>Lastverteilungsdiagramm bearbeiten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or two sentences under the picture</source>
        <translation>Ein oder zwei Sätze unter dem Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Use preset</source>
        <translation>&amp;Vorgabe verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace both states with the chosen preset</source>
        <translation>Beide Zustände durch die gewählte Vorgabe ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preset:</source>
        <translation>V&amp;orgabe:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>During the incident</source>
        <translation>Während des Vorfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the fix</source>
        <translation>Nach der Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During the &amp;incident</source>
        <translation>Während des &amp;Vorfalls</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy from the incident</source>
        <translation>Vom Vorfall übernehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After the &amp;fix</source>
        <translation>Nach der &amp;Korrektur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview colours:</source>
        <translation>Farben der Vorschau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light (documents)</source>
        <translation>Hell (Dokumente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caption says %1, but no share in the diagram is near that any more: check the caption against the numbers.</source>
        <translation>Die Beschriftung nennt %1, aber kein Anteil im Diagramm liegt noch in der Nähe: Beschriftung und Zahlen abgleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
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
        <translation>Anfr./s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the fix</source>
        <translation>Nach der Korrektur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>During the incident</source>
        <translation>Während des Vorfalls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load distribution</source>
        <translation>Lastverteilung</translation>
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
        <translation>%1 der Sessions an %2 gebunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health check port&#xa0;%1 ≠ service port&#xa0;%2</source>
        <translation>Health-Check-Port&#xa0;%1 ≠ Dienst-Port&#xa0;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health check port&#xa0;%1</source>
        <translation>Health-Check-Port&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no backend in rotation: every request fails</source>
        <translation>kein Backend in Rotation: jede Anfrage schlägt fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of requests have no backend</source>
        <translation>%1 der Anfragen haben kein Backend</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 backends in rotation</source>
        <translation>%1 von %2 Backends in Rotation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overloaded</source>
        <translation>%1 überlastet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1 req/s (%2) not served</source>
        <translation>~%1 Anfr./s (%2) nicht bedient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all requests served</source>
        <translation>alle Anfragen bedient</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>utilisation up to %1</source>
        <translation>Auslastung bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy: %1–100%</source>
        <translation>ausgelastet: %1–100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overloaded or failing</source>
        <translation>überlastet oder fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no traffic</source>
        <translation>kein Traffic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band width = share of requests</source>
        <translation>Bandbreite = Anteil der Anfragen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>missing from the pool</source>
        <translation>fehlt im Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drained</source>
        <translation>entleert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>down; check on port&#xa0;%1 fails</source>
        <translation>ausgefallen; Check auf Port&#xa0;%1 schlägt fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check on port&#xa0;%1 fails</source>
        <translation>Check auf Port&#xa0;%1 schlägt fehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down; taken out by the check</source>
        <translation>ausgefallen; durch den Check herausgenommen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>service down: requests fail</source>
        <translation>Dienst ausgefallen: Anfragen schlagen fehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ± %2 req/s</source>
        <translation>%1 ± %2 Anfr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · cap %2</source>
        <translation>%1 · Kap. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · degraded</source>
        <translation> · beeinträchtigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 load</source>
        <translation>%1 Last</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>no backends</source>
        <translation>keine Backends</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 not in rotation</source>
        <translation>%1 nicht in Rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (failing)</source>
        <translation>%1 %2 (fehlerhaft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 load%4)</source>
        <translation>%1 %2 (%3 Last%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, overloaded</source>
        <translation>, überlastet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 req/s, %3; %4.</source>
        <translation>%1: %2 Anfr./s, %3; %4.</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramView</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="-340"/>
        <source>Diagram preview</source>
        <translation>Diagrammvorschau</translation>
    </message>
</context>
<context>
    <name>Hindsight::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+73"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The postmortem as it will be exported; F6 moves the focus here and back</source>
        <translation>Das Postmortem, wie es exportiert wird; F6 setzt den Fokus hierher und wieder zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review checks</source>
        <translation>Review-Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a postmortem in the shape of the course, Google SRE, Atlassian or PagerDuty template, or your team&apos;s own</source>
        <translation>Ein Postmortem nach der Vorlage des Kurses, von Google SRE, Atlassian oder PagerDuty oder nach der eigenen Ihres Teams beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hindsight file or import any Markdown postmortem</source>
        <translation>Eine Hindsight-Datei öffnen oder ein beliebiges Markdown-Postmortem importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Sample Postmortem</source>
        <translation>&amp;Beispiel-Postmortem öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Slides PDF…</source>
        <translation>&amp;Folien-PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the postmortem as the PDF export lays it out</source>
        <translation>Das Postmortem im Layout des PDF-Exports drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch &amp;Template…</source>
        <translation>&amp;Vorlage wechseln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the postmortem another template&apos;s sections; no text is lost</source>
        <translation>Dem Postmortem die Abschnitte einer anderen Vorlage geben; kein Text geht verloren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/diagramactions.cpp" line="+34"/>
        <source>&amp;Load-distribution diagram…</source>
        <translation>&amp;Lastverteilungsdiagramm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw how the load balancer spread the traffic, and insert it at the cursor</source>
        <translation>Zeichnen, wie der Load Balancer den Traffic verteilt hat, und an der Cursorposition einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Focus Preview / Form</source>
        <translation>&amp;Fokus auf Vorschau / Formular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Review Checks</source>
        <translation>&amp;Review-Prüfungen anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form &amp;Tab</source>
        <translation>Formular-&amp;Tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Hindsight</source>
        <translation>&amp;Über Hindsight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Hindsight</source>
        <translation>Über Hindsight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Write blameless incident postmortems: timeline, impact, root cause, action items — and a document ready for the review.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;br&gt;Hindsight: MIT licence.&lt;br&gt;Qt: GNU LGPL version 3.&lt;br&gt;cmark-gfm (Markdown): BSD 2-clause licence.&lt;br&gt;yaml-cpp (front matter): MIT licence.&lt;br&gt;Hunspell (spelling): MPL 1.1 / GPL 2 / LGPL 2.1 tri-licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Schuldfreie Postmortems zu Vorfällen schreiben: Zeitleiste, Auswirkungen, Grundursache, Maßnahmen – und ein Dokument, das für das Review bereit ist.&lt;/p&gt;&lt;p&gt;Kompiliert mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenzen&lt;/b&gt;&lt;br&gt;Hindsight: MIT-Lizenz.&lt;br&gt;Qt: GNU LGPL Version 3.&lt;br&gt;cmark-gfm (Markdown): BSD-Lizenz mit 2 Klauseln.&lt;br&gt;yaml-cpp (Front Matter): MIT-Lizenz.&lt;br&gt;Hunspell (Rechtschreibung): dreifach lizenziert unter MPL 1.1 / GPL 2 / LGPL 2.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+185"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The postmortem has unsaved changes.
Do you want to save them?</source>
        <translation>Das Postmortem hat ungespeicherte Änderungen.
Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../ui/templateactions.cpp" line="+46"/>
        <source>New postmortem from the %1 template</source>
        <translation>Neues Postmortem aus der Vorlage %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Switch to the %1 template</source>
        <translation>Zur Vorlage %1 wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch Template</source>
        <translation>Vorlage wechseln</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="-26"/>
        <source>Postmortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;All files (*)</source>
        <translation>Postmortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Postmortem</source>
        <translation>Postmortem öffnen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is empty: a new postmortem that saves to it.</source>
        <translation>%1 ist leer: ein neues Postmortem, das dorthin gespeichert wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1. Save to keep it as a Hindsight file; the original stays as it is.</source>
        <translation>%1 importiert. Speichern Sie, um es als Hindsight-Datei zu behalten; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened with warnings</source>
        <translation>Mit Warnungen geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Cannot open the sample</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The sample postmortem</source>
        <translation>Das Beispiel-Postmortem</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it and lose your changes, or keep yours (saving will ask before overwriting the other version)?</source>
        <translation>Neu laden und Ihre Änderungen verwerfen, oder Ihre behalten (beim Speichern wird gefragt, bevor die andere Version überschrieben wird)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it to see the new version?</source>
        <translation>Neu laden, um die neue Version zu sehen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot reload the file</source>
        <translation>Die Datei kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overwrite changes on disk?</source>
        <translation>Änderungen auf dem Datenträger überschreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program since you opened it. Saving replaces that version with yours.</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert. Beim Speichern wird diese Version durch Ihre ersetzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save Postmortem</source>
        <translation>Postmortem speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+88"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+23"/>
        <source>an untitled postmortem</source>
        <translation>ein unbenanntes Postmortem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindsight ended without saving “%1”. An autosaved copy from %2 is available.</source>
        <translation>Hindsight wurde beendet, ohne „%1“ zu speichern. Eine automatisch gespeicherte Kopie vom %2 ist vorhanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens the copy as an unsaved document; your file stays as it is until you save.</source>
        <translation>Wiederherstellen öffnet die Kopie als ungespeichertes Dokument; Ihre Datei bleibt unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot restore the autosaved copy</source>
        <translation>Die automatisch gespeicherte Kopie kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored the autosaved copy. Save to keep it.</source>
        <translation>Die automatisch gespeicherte Kopie wurde wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/diagramactions.cpp" line="+16"/>
        <source>Insert diagram</source>
        <translation>Diagramm einfügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load distribution</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit diagram</source>
        <translation>Diagramm bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+42"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+74"/>
        <source>Print Postmortem</source>
        <translation>Postmortem drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
</context>
<context>
    <name>Hindsight::MarkdownEditor</name>
    <message>
        <location filename="../ui/markdowneditor.cpp" line="+228"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../ui/spellingmenu.cpp" line="+84"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Accepts the word from now on, here and in `hindsight lint`, by adding it to your personal word list</source>
        <translation>Akzeptiert das Wort von nun an, hier und in `hindsight lint`, indem es Ihrer persönlichen Wortliste hinzugefügt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be added to %2: %3</source>
        <translation>„%1“ konnte nicht zu %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepts the word until Hindsight quits</source>
        <translation>Akzeptiert das Wort, bis Hindsight beendet wird</translation>
    </message>
</context>
<context>
    <name>Hindsight::MarkdownExport</name>
    <message>
        <location filename="../app/render/markdownexport.cpp" line="+48"/>
        <source>Cannot write %1: No such directory.</source>
        <translation>%1 kann nicht geschrieben werden: Das Verzeichnis existiert nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: cannot create the folder.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Hindsight::MomentEdit</name>
    <message>
        <location filename="../ui/momentedit.cpp" line="+43"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
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
        <translation>der Front Matter ist keine YAML-Zuordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the front matter&apos;s &apos;hindsight&apos; schema version is not a positive number</source>
        <translation>die Schemaversion &apos;hindsight&apos; im Front Matter ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown status &apos;%1&apos; ignored</source>
        <translation>unbekannter Status &apos;%1&apos; ignoriert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown severity &apos;%1&apos; ignored</source>
        <translation>unbekannter Schweregrad &apos;%1&apos; ignoriert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident %1 &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>incident %1 &apos;%2&apos; ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usersAffectedPercent &apos;%1&apos; is not a number</source>
        <translation>usersAffectedPercent &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>diagram %1: </source>
        <translation>Diagramm %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1id &apos;%2&apos; is invalid or used twice; renamed to &apos;%3&apos;</source>
        <translation>%1id &apos;%2&apos; ist ungültig oder doppelt vergeben; umbenannt in &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;diagrams&apos; is not a list; ignored</source>
        <translation>&apos;diagrams&apos; ist keine Liste; ignoriert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speaker notes &apos;%1&apos; are not text; ignored</source>
        <translation>Sprechernotizen &apos;%1&apos; sind kein Text; ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;speakerNotes&apos; is not a mapping; ignored</source>
        <translation>&apos;speakerNotes&apos; ist keine Zuordnung; ignoriert</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>malformed front matter at line %1: %2</source>
        <translation>fehlerhafter Front Matter in Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected value in the front matter: %1</source>
        <translation>unerwarteter Wert im Front Matter: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no Hindsight front matter</source>
        <translation>kein Hindsight-Front-Matter</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>unknown event kind &apos;%1&apos;</source>
        <translation>unbekannte Ereignisart &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Hindsight::PdfExporter</name>
    <message>
        <location filename="../app/render/pdfexporter.cpp" line="+52"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF engine could not start</source>
        <translation>die PDF-Erzeugung konnte nicht starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not start a new page</source>
        <translation>eine neue Seite konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>Hindsight::PictureAssets</name>
    <message>
        <location filename="../ui/pictureassets.cpp" line="+55"/>
        <source>Save the postmortem first?</source>
        <translation>Postmortem zuerst speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures are kept in a folder beside the postmortem&apos;s file (NAME.assets), so the postmortem needs a file before a picture can be added. Save it now?</source>
        <translation>Bilder werden in einem Ordner neben der Datei des Postmortems abgelegt (NAME.assets), daher braucht das Postmortem eine Datei, bevor ein Bild hinzugefügt werden kann. Jetzt speichern?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot convert the picture to PNG: %1.</source>
        <translation>Das Bild kann nicht in PNG umgewandelt werden: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the picture as %1</source>
        <translation>Bild als %1 gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot add the picture</source>
        <translation>Das Bild kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>Hindsight::PostmortemFile</name>
    <message>
        <location filename="../app/core/postmortemfile.cpp" line="+112"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is a binary file, not a text postmortem.</source>
        <translation>%1 ist eine Binärdatei, kein Postmortem in Textform.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 ist kein gültiger %2-Text.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read as %1 text: the file is not UTF-8. Saving writes UTF-8.</source>
        <translation>Als %1-Text gelesen: Die Datei ist nicht in UTF-8. Beim Speichern wird UTF-8 geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was written by a newer Hindsight (schema %2); it is opened read-only so nothing it holds is lost.</source>
        <translation>%1 wurde von einer neueren Hindsight-Version geschrieben (Schema %2); die Datei wird schreibgeschützt geöffnet, damit nichts von ihrem Inhalt verloren geht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not look like a postmortem: no incident times, impact, timeline, root cause or action items were found.</source>
        <translation>%1 sieht nicht wie ein Postmortem aus: Es wurden keine Zeiten des Vorfalls, Auswirkungen, Zeitleiste, Grundursache oder Maßnahmen gefunden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large (%2 MiB; the limit is %3 MiB).</source>
        <translation>%1 ist zu groß (%2 MiB; die Grenze liegt bei %3 MiB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Hindsight::PostmortemForm</name>
    <message>
        <location filename="../ui/postmortemform.cpp" line="+129"/>
        <source>Postmortem sections</source>
        <translation>Abschnitte des Postmortems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Page Down and Ctrl+Page Up switch tabs; Alt+1 to Alt+5 go to one</source>
        <translation>Strg+Bild abwärts und Strg+Bild aufwärts wechseln den Tab; Alt+1 bis Alt+5 springen direkt zu einem</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1, date</source>
        <translation>%1, Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, time (HH:MM)</source>
        <translation>%1, Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write this section in Markdown.</source>
        <translation>Schreiben Sie diesen Abschnitt in Markdown.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened, in one line</source>
        <translation>Was geschah, in einer Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>SEV1 is the most severe</source>
        <translation>SEV1 ist am schwersten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set severity</source>
        <translation>Schweregrad setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit authors</source>
        <translation>Autoren bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthors:</source>
        <translation>A&amp;utoren:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Affected services, separated by commas</source>
        <translation>Betroffene Dienste, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit services</source>
        <translation>Dienste bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servi&amp;ces:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contributing factors (config-change, capacity, …), separated by commas</source>
        <translation>Beitragende Faktoren (config-change, capacity, …), durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Tag&amp;s:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set incident start</source>
        <translation>Beginn des Vorfalls setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident &amp;start:</source>
        <translation>&amp;Beginn des Vorfalls:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set incident end</source>
        <translation>Ende des Vorfalls setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident &amp;end:</source>
        <translation>&amp;Ende des Vorfalls:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone stated</source>
        <translation>Keine Zone angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set users affected</source>
        <translation>Betroffene Nutzer setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Users affected:</source>
        <translation>Betroffene &amp;Nutzer:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened, for whom, and how it ended — in a few lines.</source>
        <translation>Was geschah, für wen und wie es endete – in wenigen Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what was affected, and how badly.</source>
        <translation>Wer und was betroffen war und wie stark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact:</source>
        <translation>Aus&amp;wirkungen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set time zone</source>
        <translation>Zeitzone setzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a timeline event after the selected one (Insert)</source>
        <translation>Ein Ereignis nach dem ausgewählten in die Zeitleiste einfügen (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected timeline events (Delete)</source>
        <translation>Die ausgewählten Ereignisse der Zeitleiste löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected event up or down, for events at the same time</source>
        <translation>Das ausgewählte Ereignis nach oben oder unten verschieben, für Ereignisse zur gleichen Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are in the document&apos;s time zone; rows stay in time order, across midnight too.</source>
        <translation>Uhrzeiten gelten in der Zeitzone des Dokuments; die Zeilen bleiben zeitlich geordnet, auch über Mitternacht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>T&amp;imeline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The underlying cause, and the trigger that set it off.</source>
        <translation>Die zugrunde liegende Ursache und der Auslöser, der sie in Gang setzte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>&amp;Grundursache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How service was restored and the cause removed.</source>
        <translation>Wie der Dienst wiederhergestellt und die Ursache beseitigt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solution:</source>
        <translation>Be&amp;hebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause</source>
        <translation>&amp;Grundursache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an action item after the selected one (Insert)</source>
        <translation>Eine Maßnahme nach der ausgewählten einfügen (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected action items (Delete)</source>
        <translation>Die ausgewählten Maßnahmen löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action item up or down</source>
        <translation>Die ausgewählte Maßnahme nach oben oder unten verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Action items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections with no field of their own — lessons learned, what went well, text kept from an imported file.</source>
        <translation>Abschnitte ohne eigenes Feld – Lehren, was gut lief, Text aus einer importierten Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other &amp;sections</source>
        <translation>Weitere &amp;Abschnitte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section heading</source>
        <translation>Abschnittsüberschrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this section</source>
        <translation>Diesen Abschnitt entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section text</source>
        <translation>Abschnittstext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the section “%1”, in Markdown</source>
        <translation>Text des Abschnitts „%1“, in Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the section “%1”</source>
        <translation>Entfernt den Abschnitt „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit section</source>
        <translation>Abschnitt bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove section</source>
        <translation>Abschnitt entfernen</translation>
    </message>
</context>
<context>
    <name>Hindsight::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+41"/>
        <source>&amp;Reopen the last document at start-up</source>
        <translation>Beim Start das letzte Dokument &amp;wieder öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours of the window, the preview and the charts</source>
        <translation>Farben des Fensters, der Vorschau und der Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies after a restart</source>
        <translation>Wird nach einem Neustart wirksam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(applies after restart)</source>
        <translation>(wirksam nach Neustart)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language</source>
        <translation>Die Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the key facts, headings, chart and diagram labels and slides in the preview and the exports</source>
        <translation>Sprache der Eckdaten, Überschriften, Diagrammbeschriftungen und Folien in der Vorschau und den Exporten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Document language:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervall für automatisches Speichern in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause after the last change before a recovery copy is written</source>
        <translation>Pause nach der letzten Änderung, bevor eine Wiederherstellungskopie geschrieben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch speichern nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank document</source>
        <translation>Leeres Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template for File New</source>
        <translation>Vorlage für Datei › Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New documents:</source>
        <translation>&amp;Neue Dokumente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size for PDF export and printing</source>
        <translation>Papierformat für PDF-Export und Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Editor font:</source>
        <translation>&amp;Editor-Schrift:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view font:</source>
        <translation>&amp;Vorschau-Schrift:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom %1 font</source>
        <translation>Eigene %1-Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the built-in font</source>
        <translation>Aus: die mitgelieferte Schrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 font family</source>
        <translation>%1-Schriftart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 font size in points</source>
        <translation>%1-Schriftgröße in Punkt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresentationActions</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+324"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the postmortem as slides, full screen, for the review meeting</source>
        <translation>Das Postmortem als Folien im Vollbild zeigen, für das Review-Meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter &amp;View on a Second Screen</source>
        <translation>&amp;Referentenansicht auf einem zweiten Bildschirm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current and next slide, speaker notes and timers on your screen; P switches to it on a single screen</source>
        <translation>Aktuelle und nächste Folie, Sprechernotizen und Zeitmesser auf Ihrem Bildschirm; mit nur einem Bildschirm wechselt P dorthin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dark Slides</source>
        <translation>&amp;Dunkle Folien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light text on a dark background, for a dim room</source>
        <translation>Helle Schrift auf dunklem Grund, für einen abgedunkelten Raum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic (another screen if there is one)</source>
        <translation>Automatisch (ein anderer Bildschirm, falls vorhanden)</translation>
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
        <translation>Präsentation – %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresenterView</name>
    <message>
        <location filename="../ui/presenterview.cpp" line="+58"/>
        <location line="+181"/>
        <source>&amp;Edit Notes</source>
        <translation>Notizen &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Restart &amp;Timer</source>
        <translation>&amp;Zeitmesser neu starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter View</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End of the presentation</source>
        <translation>Ende der Präsentation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screen blanked (B)</source>
        <translation>Bildschirm abgedunkelt (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time since the presentation started</source>
        <translation>Zeit seit Beginn der Präsentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ Space  next     ← Backspace  previous     Home / End     B  blank     P  slides / presenter view     Esc  end</source>
        <translation>→ Leertaste  weiter     ← Rücktaste  zurück     Pos1 / Ende     B  abdunkeln     P  Folien / Referentenansicht     Esc  beenden</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Slide %1 of %2 · %3</source>
        <translation>Folie %1 von %2 · %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested review questions</source>
        <translation>Vorgeschlagene Fragen für das Review</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaker notes (editing — Esc when done)</source>
        <translation>Sprechernotizen (Bearbeitung – Esc zum Beenden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit speaker notes</source>
        <translation>Sprechernotizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>Hindsight::PreviewPane</name>
    <message>
        <location filename="../ui/previewpane.cpp" line="+30"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Hindsight::Recovery</name>
    <message>
        <location filename="../app/core/recovery.cpp" line="+64"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Hindsight::RelatedPanel</name>
    <message>
        <location filename="../ui/library/relatedpanel.cpp" line="+56"/>
        <source>Open a library (File &gt; Open Library…) to see related incidents.</source>
        <translation>Öffnen Sie eine Bibliothek (Datei &gt; Bibliothek öffnen…), um ähnliche Vorfälle zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No postmortem in the library shares a service, a tag or a root-cause term with this one.</source>
        <translation>Kein Postmortem in der Bibliothek hat einen Dienst, einen Tag oder einen Begriff der Grundursache mit diesem gemeinsam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most related in %1:</source>
        <translation>Am ähnlichsten in %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root cause: %1</source>
        <translation>Grundursache: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewChecks</name>
    <message>
        <location filename="../app/core/review/consistencychecks.cpp" line="+86"/>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a date that exists; check the day and month.</source>
        <translation>„%1“ ist kein existierendes Datum; prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>%1% of users is impossible; a share of users is between 0 and 100%.</source>
        <translation>%1 % der Nutzer ist unmöglich; ein Anteil der Nutzer liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The incident ends before it starts; check the dates and times.</source>
        <translation>Der Vorfall endet, bevor er beginnt; prüfen Sie Daten und Uhrzeiten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stated length (%1 minutes) does not match start to end (%2 minutes).</source>
        <translation>Die angegebene Dauer (%1 Minuten) passt nicht zu Beginn und Ende (%2 Minuten).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The timeline runs newest first; put it in time order, oldest first.</source>
        <translation>Die Zeitleiste beginnt mit dem neuesten Ereignis; ordnen Sie sie zeitlich, das älteste zuerst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This timeline event is earlier than the one before it; put the timeline in time order or fix the time.</source>
        <translation>Dieses Ereignis der Zeitleiste liegt vor dem vorherigen; ordnen Sie die Zeitleiste zeitlich oder korrigieren Sie die Uhrzeit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The incident start is later than the first timeline event; move the start earlier or check the event&apos;s time.</source>
        <translation>Der Beginn des Vorfalls liegt nach dem ersten Ereignis der Zeitleiste; setzen Sie den Beginn früher oder prüfen Sie die Uhrzeit des Ereignisses.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A timeline event is later than the incident end; move the end or check the event&apos;s time.</source>
        <translation>Ein Ereignis der Zeitleiste liegt nach dem Ende des Vorfalls; verschieben Sie das Ende oder prüfen Sie die Uhrzeit des Ereignisses.</translation>
    </message>
    <message>
        <location filename="../app/core/review/blamecheck.cpp" line="+46"/>
        <source>&quot;human error&quot; ends the inquiry; say what in the system let the mistake through.</source>
        <translation>„Menschliches Versagen“ beendet die Untersuchung; sagen Sie, was im System den Fehler durchgelassen hat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Judging a person&apos;s care is not blameless; describe the conditions that made the step easy to get wrong.</source>
        <translation>Die Sorgfalt einer Person zu beurteilen ist nicht schuldfrei; beschreiben Sie die Umstände, die den Schritt fehleranfällig machten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigning fault to a person is not blameless; describe the contributing causes instead.</source>
        <translation>Einer Person die Schuld zuzuweisen ist nicht schuldfrei; beschreiben Sie stattdessen die beitragenden Ursachen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>A person is the subject of the failure; make the system the subject (&quot;the deploy ran without a check&quot;) and say what made the step easy to miss.</source>
        <translation>Eine Person ist Subjekt des Fehlers; machen Sie das System zum Subjekt („das Deployment lief ohne Prüfung“) und sagen Sie, was es leicht machte, den Schritt zu übersehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Naming whose change broke something is not blameless; describe the change and what let it through.</source>
        <translation>Zu nennen, wessen Änderung etwas kaputt gemacht hat, ist nicht schuldfrei; beschreiben Sie die Änderung und was sie durchgelassen hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person&apos;s omission is given as the cause; describe what in the process allowed it.</source>
        <translation>Das Versäumnis einer Person wird als Ursache genannt; beschreiben Sie, was im Prozess es zugelassen hat.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <location filename="../app/core/review/spellingcheck.cpp" line="+278"/>
        <source>&quot;%1&quot; is not in the dictionary; did you mean &quot;%2&quot;?</source>
        <translation>„%1“ steht nicht im Wörterbuch; meinten Sie „%2“?</translation>
    </message>
    <message>
        <location filename="../app/core/reviewchecks.cpp" line="+39"/>
        <source>Timeline row %1</source>
        <translation>Zeitleiste, Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action item %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <location filename="../app/core/review/actionchecks.cpp" line="+277"/>
        <source>This action item names no owner; give it a person, @handle or team.</source>
        <translation>Diese Maßnahme nennt keine verantwortliche Person; geben Sie ihr eine Person, ein @Handle oder ein Team.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This action item has no due date; give it a calendar date (&quot;soon&quot; or &quot;next sprint&quot; cannot be checked).</source>
        <translation>Diese Maßnahme hat kein Fälligkeitsdatum; geben Sie ihr ein Kalenderdatum („bald“ oder „nächster Sprint“ lässt sich nicht prüfen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; names no concrete change; say what will change in the system (which alert, which check, which setting), as %2 asks for concrete tasks.</source>
        <translation>„%1“ nennt keine konkrete Änderung; sagen Sie, was sich am System ändern wird (welcher Alarm, welche Prüfung, welche Einstellung), denn %2 verlangt konkrete Aufgaben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This action item asks for the same change as &quot;%1&quot;; merge them.</source>
        <translation>Diese Maßnahme verlangt dieselbe Änderung wie „%1“; führen Sie sie zusammen.</translation>
    </message>
    <message>
        <location filename="../app/core/review/requirementchecks.cpp" line="+400"/>
        <source>Google SRE&apos;s template</source>
        <translation>Die Vorlage von Google SRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian&apos;s template</source>
        <translation>Die Vorlage von Atlassian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PagerDuty&apos;s template</source>
        <translation>Die Vorlage von PagerDuty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The course format</source>
        <translation>Das Kursformat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the course format</source>
        <comment>inside a sentence</comment>
        <translation>das Kursformat</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 asks for the incident&apos;s duration: a start and an end, each with date and time, and the time zone.</source>
        <translation>%1 verlangt die Dauer des Vorfalls: Beginn und Ende, jeweils mit Datum und Uhrzeit, und die Zeitzone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for both the start and the end of the incident (date and time); only part of the duration is given.</source>
        <translation>%1 verlangt Beginn und Ende des Vorfalls (Datum und Uhrzeit); die Dauer ist nur teilweise angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times are given without a time zone; state it once, e.g. &quot;Timeline (UTC)&quot; or &quot;14:05 CEST (UTC+02:00)&quot;.</source>
        <translation>Die Uhrzeiten sind ohne Zeitzone angegeben; nennen Sie sie einmal, z. B. „Zeitleiste (UTC)“ oder „14:05 CEST (UTC+02:00)“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 asks for the impact as a percentage of users affected (counts or percentages of requests do not say it).</source>
        <translation>%1 verlangt die Auswirkungen als Prozentsatz der betroffenen Nutzer (Anzahlen oder Prozentsätze von Anfragen sagen das nicht aus).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asks for a root cause section: why it happened, not only what happened.</source>
        <translation>%1 verlangt einen Abschnitt zur Grundursache: warum es geschah, nicht nur was geschah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The summary describes symptoms only; %1 asks it to name the root cause too, so a reader who stops there knows why it happened.</source>
        <translation>Die Zusammenfassung beschreibt nur Symptome; %1 verlangt, dass sie auch die Grundursache nennt, damit auch wer nur sie liest, weiß, warum es geschah.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 asks how and when the problem was detected (a monitoring alert, a page, a user report, …); the document never says.</source>
        <translation>%1 fragt, wie und wann das Problem erkannt wurde (ein Monitoring-Alarm, eine Pager-Alarmierung, eine Nutzermeldung, …); das Dokument sagt es nirgends.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks who the incident was escalated to; the timeline shows no one beyond the first responder.</source>
        <translation>%1 fragt, an wen der Vorfall eskaliert wurde; die Zeitleiste zeigt niemanden außer der Person, die zuerst reagiert hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 asks for the misleading investigation paths: what was suspected and ruled out.</source>
        <translation>%1 verlangt die falschen Spuren der Untersuchung: was vermutet und ausgeschlossen wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks what fixed or mitigated the incident; the document gives only outcomes (&quot;service recovered&quot;), not the action.</source>
        <translation>%1 fragt, was den Vorfall behoben oder eingedämmt hat; das Dokument nennt nur Ergebnisse („Dienst wiederhergestellt“), nicht die Handlung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 asks for corrective and preventative measures: concrete tasks with an owner and a due date. None are given yet.</source>
        <translation>%1 verlangt Korrektur- und Vorbeugungsmaßnahmen: konkrete Aufgaben mit verantwortlicher Person und Fälligkeitsdatum. Bisher ist keine angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The postmortem has %1 words; the course format asks for 400 to 600.</source>
        <translation>Das Postmortem hat %1 Wörter; das Kursformat verlangt 400 bis 600.</translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="+33"/>
        <source>Review findings</source>
        <translation>Review-Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the postmortem still lacks. Press Enter on a finding to go to its place.</source>
        <translation>Was dem Postmortem noch fehlt. Drücken Sie die Eingabetaste auf einem Befund, um zu seiner Stelle zu springen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No findings: the postmortem has everything the review asks for.</source>
        <translation>Keine Befunde: Das Postmortem enthält alles, was das Review verlangt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::ScenarioEditor</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="+60"/>
        <source>Something answers on the check port</source>
        <translation>Auf dem Check-Port antwortet etwas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add backend</source>
        <translation>Backend hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State &amp;label:</source>
        <translation>&amp;Bezeichnung des Zustands:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second arriving from the clients</source>
        <translation>Anfragen pro Sekunde, die von den Clients eintreffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traffic:</source>
        <translation>&amp;Traffic:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the requests in sessions pinned to one backend (sticky cookie, or many clients behind one address)</source>
        <translation>Anteil der Anfragen in Sessions, die an ein Backend gebunden sind (Sticky-Cookie oder viele Clients hinter einer Adresse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pinned to</source>
        <translation>gebunden an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions:</source>
        <translation>Sessions:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health-check ports:</source>
        <translation>Health-Check-Ports:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the check probes another port than the service: checked, the check passes on every backend (a dead service keeps its traffic); unchecked, it fails on every backend</source>
        <translation>Wenn der Check einen anderen Port als den des Dienstes prüft: angehakt besteht der Check auf jedem Backend (ein ausgefallener Dienst behält seinen Traffic); nicht angehakt schlägt er auf jedem Backend fehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Backends&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backends&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity (req/s)</source>
        <translation>Kapazität (Anfr./s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>web-%1</source>
        <translation>web-%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend %1 name</source>
        <translation>Name von Backend %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1 capacity</source>
        <translation>Kapazität von Backend %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1 weight</source>
        <translation>Gewicht von Backend %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend %1 health</source>
        <translation>Zustand von Backend %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend %1 in the pool</source>
        <translation>Backend %1 im Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: missing from the load balancer&apos;s pool</source>
        <translation>Nicht angehakt: fehlt im Pool des Load Balancers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this backend</source>
        <translation>Dieses Backend entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove backend %1</source>
        <translation>Backend %1 entfernen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Round robin ignores weights</source>
        <translation>Round Robin ignoriert Gewichte</translation>
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
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In %1</source>
        <translation>In „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it applies</source>
        <translation>Im zugehörigen Bereich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of an action or a key, e.g. “save” or “F”</source>
        <translation>Teil einer Aktion oder Taste eingeben, z. B. „speichern“ oder „F“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
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
        <translation>Autoren: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of users affected</source>
        <translation>der Nutzer betroffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to detect (before the start)</source>
        <translation>Zeit bis zur Erkennung (vor dem Beginn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Load distribution</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions?</source>
        <translation>Fragen?</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slide 16:9</source>
        <translation>Folie 16:9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF engine could not start</source>
        <translation>die PDF-Erzeugung konnte nicht starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start a new page</source>
        <translation>eine neue Seite konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>Hindsight::SpeakerNotes</name>
    <message>
        <location filename="../app/core/speakernotes.cpp" line="+33"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Detection took %1 — what would have caught it sooner?</source>
        <translation>Die Erkennung dauerte %1 – was hätte es früher bemerkt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The problem was seen %1 before impact began — what kept it from being stopped in time?</source>
        <translation>Das Problem war %1 vor Beginn der Auswirkungen sichtbar – was hat verhindert, dass es rechtzeitig gestoppt wurde?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeline has no detection event — how did we find out, and would we find out sooner next time?</source>
        <translation>Die Zeitleiste hat kein Erkennungsereignis – wie haben wir es bemerkt, und würden wir es nächstes Mal früher bemerken?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Escalation came %1 after detection — what held it back, and what would make asking for help sooner easy?</source>
        <translation>Die Eskalation kam %1 nach der Erkennung – was hat sie aufgehalten, und was würde es leicht machen, früher um Hilfe zu bitten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation came %1 after the start — what held it back, and what would make asking for help sooner easy?</source>
        <translation>Die Eskalation kam %1 nach dem Beginn – was hat sie aufgehalten, und was würde es leicht machen, früher um Hilfe zu bitten?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The timeline shows no escalation in %1 — was more help needed, and was it easy to ask for?</source>
        <translation>Die Zeitleiste zeigt in %1 keine Eskalation – wurde mehr Hilfe gebraucht, und war es leicht, darum zu bitten?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The team followed a misleading path — what signal would have ruled it out sooner?</source>
        <translation>Das Team folgte einer falschen Spur – welches Signal hätte sie früher ausgeschlossen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team followed a misleading path (“%1”) — what signal would have ruled it out sooner?</source>
        <translation>Das Team folgte einer falschen Spur („%1“) – welches Signal hätte sie früher ausgeschlossen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team followed %1 misleading paths — what signal would have ruled them out sooner?</source>
        <translation>Das Team folgte %1 falschen Spuren – welches Signal hätte sie früher ausgeschlossen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team followed %1 misleading paths, first “%2” — what signal would have ruled them out sooner?</source>
        <translation>Das Team folgte %1 falschen Spuren, zuerst „%2“ – welches Signal hätte sie früher ausgeschlossen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % of users were affected and the timeline has no communication — how and when were they told?</source>
        <translation>%1 % der Nutzer waren betroffen, und die Zeitleiste enthält keine Kommunikation – wie und wann wurden sie informiert?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Is this the root cause or the trigger? Ask “why?” once more: what allowed it to happen?</source>
        <translation>Ist das die Grundursache oder der Auslöser? Fragen Sie noch einmal „Warum?“: Was hat es möglich gemacht?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impact lasted %1 until the full fix — could it have been reduced sooner (rollback, failover, shedding load)?</source>
        <translation>Die Auswirkungen dauerten %1 bis zur vollständigen Behebung – hätten sie früher verringert werden können (Rollback, Failover, Lastabwurf)?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no action items — what will stop this from happening again?</source>
        <translation>Es gibt keine Maßnahmen – was verhindert, dass es wieder passiert?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One open action item has no owner — who will take it?</source>
        <translation>Eine offene Maßnahme hat keine verantwortliche Person – wer übernimmt sie?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open action items have no owner — who will take them?</source>
        <translation>%1 offene Maßnahmen haben keine verantwortliche Person – wer übernimmt sie?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One open action item has no due date — when will it be done?</source>
        <translation>Eine offene Maßnahme hat kein Fälligkeitsdatum – wann wird sie erledigt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open action items have no due date — when will they be done?</source>
        <translation>%1 offene Maßnahmen haben kein Fälligkeitsdatum – wann werden sie erledigt?</translation>
    </message>
</context>
<context>
    <name>Hindsight::TemplateDialog</name>
    <message>
        <location filename="../ui/templatedialog.cpp" line="+20"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your team&apos;s templates: put .yaml files in %1</source>
        <translation>Vorlagen Ihres Teams: Legen Sie .yaml-Dateien in %1 ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not loaded:</source>
        <translation>Nicht geladen:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No templates were found.</source>
        <translation>Es wurden keine Vorlagen gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  • %1 (additional section)</source>
        <translation>  • %1 (zusätzlicher Abschnitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  • %1</source>
        <translation>  • %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::Templates</name>
    <message>
        <location filename="../app/core/templates.cpp" line="+81"/>
        <source>a template is a YAML mapping with id, name and sections</source>
        <translation>eine Vorlage ist eine YAML-Zuordnung mit id, name und sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id &apos;%1&apos; must be lower-case letters, digits and dashes</source>
        <translation>id &apos;%1&apos; darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no name</source>
        <translation>die Vorlage hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no sections list</source>
        <translation>die Vorlage hat keine Liste sections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>section %1 has no heading</source>
        <translation>Abschnitt %1 hat keine Überschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section &apos;%1&apos; has unknown field &apos;%2&apos; (one of %3)</source>
        <translation>Abschnitt &apos;%1&apos; hat das unbekannte Feld &apos;%2&apos; (erlaubt: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YAML error at line %1: %2</source>
        <translation>YAML-Fehler in Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML error: %1</source>
        <translation>YAML-Fehler: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>larger than 1 MB</source>
        <translation>größer als 1 MB</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineChart</name>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+48"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zone not stated</source>
        <translation>Zone nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/render/timelinechart.cpp" line="+46"/>
        <source>Incident window</source>
        <translation>Zeitraum des Vorfalls</translation>
    </message>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+4"/>
        <source>Day %1</source>
        <translation>Tag %1</translation>
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
        <translation>Beschriftungen für %1 von %2 Ereignissen – die Tabelle listet alle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ 1 earlier event</source>
        <extracomment>at the left edge of a timeline chart zoomed to the incident</extracomment>
        <translation>◀ 1 früheres Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ %1 earlier events</source>
        <translation>◀ %1 frühere Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 later event ▶</source>
        <extracomment>at the right edge of a timeline chart zoomed to the incident</extracomment>
        <translation>1 späteres Ereignis ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 later events ▶</source>
        <translation>%1 spätere Ereignisse ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the incident: events by kind, the incident window, phases, time to detect and time to resolve.</source>
        <translation>Zeitleiste des Vorfalls: Ereignisse nach Art, Zeitraum des Vorfalls, Phasen, Zeit bis zur Erkennung und Zeit bis zur Behebung.</translation>
    </message>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+5"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineChartView</name>
    <message>
        <location filename="../ui/timelinechartview.cpp" line="+22"/>
        <source>Timeline chart</source>
        <translation>Zeitleistendiagramm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;All Events</source>
        <translation>&amp;Alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen the time axis from the incident to every timeline event</source>
        <translation>Die Zeitachse vom Vorfall auf alle Ereignisse der Zeitleiste erweitern</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The chart appears when timeline events have times.</source>
        <translation>Das Diagramm erscheint, sobald Ereignisse der Zeitleiste Uhrzeiten haben.</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+105"/>
        <source>No date given: read as %1, carried from the rows above.</source>
        <translation>Kein Datum angegeben: gelesen als %1, übernommen aus den Zeilen darüber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date given.</source>
        <translation>Kein Datum angegeben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1

Detail (edit it under the table):
%2</source>
        <translation>%1

Details (unter der Tabelle bearbeiten):
%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change event kind</source>
        <translation>Ereignisart ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event text</source>
        <translation>Ereignistext bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit event date</source>
        <translation>Ereignisdatum bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit event time</source>
        <translation>Ereigniszeit bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD. Leave empty to carry the date from the rows above; a time more than six hours earlier than the row above is read as the next day.</source>
        <translation>JJJJ-MM-TT. Leer lassen, um das Datum aus den Zeilen darüber zu übernehmen; eine Uhrzeit mehr als sechs Stunden vor der Zeile darüber gilt als nächster Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:MM, in the document&apos;s time zone.</source>
        <translation>HH:MM, in der Zeitzone des Dokuments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of step this was.</source>
        <translation>Welche Art von Schritt das war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (Markdown).</source>
        <translation>Was geschah (Markdown).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add timeline event</source>
        <translation>Ereignis zur Zeitleiste hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n timeline event(s)</source>
        <translation>
            <numerusform>%n Ereignis der Zeitleiste entfernen</numerusform>
            <numerusform>%n Ereignisse der Zeitleiste entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move timeline event</source>
        <translation>Ereignis der Zeitleiste verschieben</translation>
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
        <translation>Postmortems zu Vorfällen schreiben.

Befehle:
  convert EINGABE --to %1 [-o AUSGABE]   Umwandeln, ohne ein Fenster zu öffnen.
  diagram SPEZ --to svg|png [-o AUSGABE]   Eine Lastverteilungs-Diagrammbeschreibung zeichnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print launch time and memory as JSON once the window is painted, then quit (for benchmarks).</source>
        <translation>Startzeit und Speicherbedarf als JSON ausgeben, sobald das Fenster gezeichnet ist, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postmortem to open; none opens the bundled sample.</source>
        <translation>Zu öffnendes Postmortem; ohne Angabe wird das mitgelieferte Beispiel geöffnet.</translation>
    </message>
</context>
</TS>
