<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Hindsight::ActionItemModel</name>
    <message numerus="yes">
        <location filename="../ui/actionitemmodel.cpp" line="+196"/>
        <source>Remove %n action item(s)</source>
        <translation>
            <numerusform>Remove %n action item</numerusform>
            <numerusform>Remove %n action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::ImportReport</name>
    <message numerus="yes">
        <location filename="../app/core/import/narrative.cpp" line="+232"/>
        <source>No measures section: the %n items of “%1” that say what to do are read as action items.</source>
        <translation>
            <numerusform>No measures section: the %n item of “%1” that says what to do is read as an action item.</numerusform>
            <numerusform>No measures section: the %n items of “%1” that say what to do are read as action items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/reader.cpp" line="+84"/>
        <source>%n lines held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>
            <numerusform>%n line held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</numerusform>
            <numerusform>%n lines held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/report.cpp" line="+124"/>
        <source>“%1” kept as an additional section (%n lines).</source>
        <translation>
            <numerusform>“%1” kept as an additional section (%n line).</numerusform>
            <numerusform>“%1” kept as an additional section (%n lines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/resolve.cpp" line="+443"/>
        <source>No root-cause section: the root cause is the %n sentences of the %1 that state a cause.</source>
        <translation>
            <numerusform>No root-cause section: the root cause is the %n sentence of the %1 that states a cause.</numerusform>
            <numerusform>No root-cause section: the root cause is the %n sentences of the %1 that state a cause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/timelinereader.cpp" line="+482"/>
        <source>%n timeline time(s) written “12:… AM” right after late-morning or noon entries read as just after noon.</source>
        <translation>
            <numerusform>%n timeline time written “12:… AM” right after late-morning or noon entries read as just after noon.</numerusform>
            <numerusform>%n timeline times written “12:… AM” right after late-morning or noon entries read as just after noon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n timeline time(s) without am or pm read as afternoon, after the morning entries before them.</source>
        <translation>
            <numerusform>%n timeline time without am or pm read as afternoon, after the morning entries before it.</numerusform>
            <numerusform>%n timeline times without am or pm read as afternoon, after the morning entries before them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryCommand</name>
    <message numerus="yes">
        <location filename="../app/main/librarycommand.cpp" line="+135"/>
        <source>%n file(s) not indexed:
</source>
        <translation>
            <numerusform>%n file not indexed:
</numerusform>
            <numerusform>%n files not indexed:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryReport</name>
    <message numerus="yes">
        <location filename="../app/core/library/libraryreport.cpp" line="+174"/>
        <source>%1 — %n incident(s), as of %2</source>
        <translation>
            <numerusform>%1 — %n incident, as of %2</numerusform>
            <numerusform>%1 — %n incidents, as of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read and are not counted.</source>
        <translation>
            <numerusform>%n file could not be read and is not counted.</numerusform>
            <numerusform>%n files could not be read and are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryStats</name>
    <message numerus="yes">
        <location filename="../app/core/library/librarystats.cpp" line="+56"/>
        <source>only %n incident(s); fewer than 10 make an unreliable figure</source>
        <translation>
            <numerusform>only %n incident; fewer than 10 make an unreliable figure</numerusform>
            <numerusform>only %n incidents; fewer than 10 make an unreliable figure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
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
            <numerusform>, %n without a start date</numerusform>
            <numerusform>, %n without a start date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n file not indexed</numerusform>
            <numerusform>, %n files not indexed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryWindow</name>
    <message numerus="yes">
        <location filename="../ui/library/librarywindow.cpp" line="+384"/>
        <source>%n postmortem(s)</source>
        <translation>
            <numerusform>%n postmortem</numerusform>
            <numerusform>%n postmortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n file not indexed</numerusform>
            <numerusform>, %n files not indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>Exported %n action item(s) to %1</source>
        <translation>
            <numerusform>Exported %n action item to %1</numerusform>
            <numerusform>Exported %n action items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewPanel</name>
    <message numerus="yes">
        <location filename="../ui/reviewpanel.cpp" line="+104"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n hint</numerusform>
            <numerusform>%n hints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/timelinemodel.cpp" line="+295"/>
        <source>Remove %n timeline event(s)</source>
        <translation>
            <numerusform>Remove %n timeline event</numerusform>
            <numerusform>Remove %n timeline events</numerusform>
        </translation>
    </message>
</context>
</TS>
