<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Hindsight::ActionItemModel</name>
    <message>
        <location filename="../ui/actionitemmodel.cpp" line="+58"/>
        <location line="+90"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark action item done</source>
        <translation>Marcar la acción como hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark action item open</source>
        <translation>Marcar la acción como abierta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit action item due date</source>
        <translation>Editar la fecha límite de la acción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit action item</source>
        <translation>Editar la acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit action item category</source>
        <translation>Editar la categoría de la acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit action item owner</source>
        <translation>Editar el responsable de la acción</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;improvement&quot; (a fix or improvement), &quot;task&quot; (a concrete task), or your own word.</source>
        <translation>«improvement» (una corrección o mejora), «task» (una tarea concreta) o una palabra propia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible; empty when unassigned.</source>
        <translation>Quién es responsable; vacío si no hay nadie asignado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty.</source>
        <translation>AAAA-MM-DD, o vacío.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add action item</source>
        <translation>Añadir acción</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n action item(s)</source>
        <translation>
            <numerusform>Eliminar %n acción</numerusform>
            <numerusform>Eliminar %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move action item</source>
        <translation>Mover la acción</translation>
    </message>
</context>
<context>
    <name>Hindsight::ActionLedgerModel</name>
    <message>
        <location filename="../ui/library/librarymodels.cpp" line="+277"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Elija una categoría o escriba la suya.</translation>
    </message>
</context>
<context>
    <name>Hindsight::CommandLine</name>
    <message>
        <location filename="../app/main/cliexit.cpp" line="+23"/>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <location filename="../app/main/commandline.cpp" line="+61"/>
        <source>Review a postmortem: what it still lacks or gets wrong.</source>
        <translation>Revisar un postmortem: lo que aún le falta o tiene mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <location line="+124"/>
        <source>The verb.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+191"/>
        <source>A Hindsight file or any Markdown postmortem.</source>
        <translation>Un archivo de Hindsight o cualquier postmortem en Markdown.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Output format: text (default) or json.</source>
        <translation>Formato de salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: hindsight lint FILE [--format text|json]</source>
        <translation>uso: hindsight lint ARCHIVO [--format text|json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be text or json (got &apos;%1&apos;)</source>
        <translation>--format debe ser text o json (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2 errors, %3 warnings, %4 hints
</source>
        <translation>%1: %2 errores, %3 advertencias, %4 sugerencias
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Render one load-distribution diagram spec (YAML) to SVG or PNG.</source>
        <translation>Dibujar una especificación de diagrama de distribución de carga (YAML) en SVG o PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A diagram spec file (YAML, see README).</source>
        <translation>Un archivo de especificación de diagrama (YAML, véase README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: svg or png.</source>
        <translation>Formato de salida: svg o png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Output file; - or none for standard output.</source>
        <translation>Archivo de salida; - o ninguno para la salida estándar.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Width in pixels (SVG: CSS pixels). Default: the natural width, twice that for PNG (print resolution).</source>
        <translation>Ancho en píxeles (SVG: píxeles CSS). Predeterminado: el ancho natural, el doble para PNG (resolución de impresión).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Height in pixels. Default: from the width and the diagram&apos;s aspect.</source>
        <translation>Alto en píxeles. Predeterminado: según el ancho y la proporción del diagrama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>light (default) or dark.</source>
        <translation>light (claro, predeterminado) o dark (oscuro).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hindsight diagram SPEC --to svg|png [-o OUTPUT] [--width PX] [--height PX] [--theme light|dark]</source>
        <translation>uso: hindsight diagram SPEC --to svg|png [-o SALIDA] [--width PX] [--height PX] [--theme light|dark]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be svg or png (got &apos;%1&apos;)</source>
        <translation>--to debe ser svg o png (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>--theme must be light or dark (got &apos;%1&apos;)</source>
        <translation>--theme debe ser light o dark (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>--%1 must be a whole number from 1 to 20000</source>
        <translation>--%1 debe ser un número entero de 1 a 20000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a directory</source>
        <translation>es un directorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a diagram spec larger than 4 MiB is not supported</source>
        <translation>%1: no se admiten especificaciones de diagrama de más de 4 MiB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot draw a %1x%2 picture</source>
        <translation>no se puede dibujar una imagen de %1x%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Convert a postmortem to another format.</source>
        <translation>Convertir un postmortem a otro formato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output format: %1 (slides-pdf: the review deck, one 16:9 page per slide; needs -o).</source>
        <translation>Formato de salida: %1 (slides-pdf: las diapositivas de la revisión, una página 16:9 por diapositiva; necesita -o).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>usage: hindsight convert INPUT --to %1 [-o OUTPUT] [--report] [--theme light|dark]</source>
        <translation>uso: hindsight convert ENTRADA --to %1 [-o SALIDA] [--report] [--theme light|dark]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--to debe ser uno de %1 (recibido: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to %1 needs -o OUTPUT</source>
        <translation>--to %1 necesita -o SALIDA</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Print how a foreign file was imported (recognised, guessed, kept as is) to standard error.</source>
        <translation>Mostrar en la salida de errores cómo se importó un archivo externo (reconocido, supuesto, conservado tal cual).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slide theme for slides-pdf: light (default) or dark.</source>
        <translation>Tema de las diapositivas para slides-pdf: light (claro, predeterminado) o dark (oscuro).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--theme applies to --to slides-pdf only</source>
        <translation>--theme solo se aplica a --to slides-pdf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hindsight file: read as is, nothing imported.
</source>
        <translation>Archivo de Hindsight: leído tal cual, no se importó nada.
</translation>
    </message>
</context>
<context>
    <name>Hindsight::DateTimeTextDelegate</name>
    <message>
        <location filename="../ui/itemdelegates.cpp" line="+47"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of an empty date cell; keep the shape, translate the letters if needed.</extracomment>
        <translation>AAAA-MM-DD</translation>
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
        <translation>Detección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misleading</source>
        <translation>Pista falsa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>En revisión</translation>
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
        <translation>Round robin ponderado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least connections</source>
        <translation>Least connections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP hash / sticky sessions</source>
        <translation>Hash de IP / sesiones persistentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Healthy</source>
        <translation>Sano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drained</source>
        <translation>Drenado</translation>
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
        <translation>Palabras del texto del postmortem, contadas como lo hacen las comprobaciones</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy as Rich Te&amp;xt</source>
        <translation>Copiar como te&amp;xto enriquecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole postmortem as it is rendered, with its chart, to paste into an e-mail or a word processor</source>
        <translation>Copiar el postmortem completo tal como se muestra, con su gráfico, para pegarlo en un correo electrónico o un procesador de textos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find text in every field, table and section of the postmortem</source>
        <translation>Buscar texto en todos los campos, tablas y secciones del postmortem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forma&amp;t</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>C&amp;ursiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline &amp;Code</source>
        <translation>&amp;Código en línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link</source>
        <translation>&amp;Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ulleted List</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Numbered List</source>
        <translation>Lista nu&amp;merada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes Markdown in the section editor: %1</source>
        <translation>Escribe Markdown en el editor de secciones: %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Copied the postmortem as rich text</source>
        <translation>Postmortem copiado como texto enriquecido</translation>
    </message>
</context>
<context>
    <name>Hindsight::EventDetailEditor</name>
    <message>
        <location filename="../ui/eventdetaileditor.cpp" line="+19"/>
        <source>Event detail</source>
        <translation>Detalle del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output, log excerpt, quote or table that belongs to the selected event, in Markdown</source>
        <translation>Salida, extracto de registro, cita o tabla del evento seleccionado, en Markdown</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Detail of the event at row %1</source>
        <translation>&amp;Detalle del evento de la fila %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail of the selected event</source>
        <translation>&amp;Detalle del evento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output, a log excerpt, a quote or a table that belongs to this event (Markdown)</source>
        <translation>Salida, extracto de registro, cita o tabla de este evento (Markdown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an event to add what belongs to it</source>
        <translation>Seleccione un evento para añadir sus detalles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit event detail</source>
        <translation>Editar detalle del evento</translation>
    </message>
</context>
<context>
    <name>Hindsight::Export</name>
    <message>
        <location filename="../app/render/odtexporter.cpp" line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the OpenDocument writer failed</source>
        <translation>falló la escritura OpenDocument</translation>
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
        <translation>Texto &amp;OpenDocument…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument Text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>Hindsight::Fields</name>
    <message>
        <location filename="../app/core/postmortemfields.cpp" line="+10"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additional section</source>
        <translation>Sección adicional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident start</source>
        <translation>Inicio del incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end</source>
        <translation>Fin del incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users affected</source>
        <translation>Usuarios afectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>Hindsight::FindReplaceBar</name>
    <message>
        <location filename="../ui/findreplace.cpp" line="+88"/>
        <source>Match &amp;case</source>
        <translation>&amp;Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the postmortem</source>
        <translation>Buscar en el postmortem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrapped: 999 of 999</source>
        <translation>Búsqueda reiniciada: 999 de 999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Coincidencia siguiente (F3 o Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace A&amp;ll</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace every match in the postmortem: one undo step</source>
        <translation>Reemplazar todas las coincidencias del postmortem: un solo paso de deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with:</source>
        <translation>Reemplazar por:</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+106"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrapped: %1</source>
        <translation>Búsqueda reiniciada: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced the last match</source>
        <translation>Última coincidencia reemplazada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replaced 1 match</source>
        <translation>1 coincidencia reemplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced %1 matches</source>
        <translation>%1 coincidencias reemplazadas</translation>
    </message>
</context>
<context>
    <name>Hindsight::GuessMarks</name>
    <message>
        <location filename="../ui/guessmarks.cpp" line="+186"/>
        <source>Guessed on import — please check:</source>
        <translation>Supuesto al importar — revíselo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guessed on import, please check: %1</source>
        <translation>Supuesto al importar, revíselo: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::HtmlRenderer</name>
    <message>
        <location filename="../app/render/htmlrenderer.cpp" line="+34"/>
        <source>Untitled postmortem</source>
        <translation>Postmortem sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled section</source>
        <translation>Sección sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not written yet.</source>
        <translation>Aún sin escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first %1 of %2 timeline events; the exports have all of them.</source>
        <translation>La vista previa muestra los primeros %1 de %2 eventos de la cronología; las exportaciones los contienen todos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users affected</source>
        <translation>Usuarios afectados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(end before start)</source>
        <translation>(fin antes del inicio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(before the start)</source>
        <translation>(antes del inicio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to mitigate</source>
        <translation>Tiempo de mitigación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
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
        <translation>el resumen</translation>
    </message>
    <message>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>the impact</source>
        <translation>el impacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root cause</source>
        <translation>la causa raíz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolution</source>
        <translation>la resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root cause, then resolution</source>
        <translation>causa raíz, luego resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution, then action items</source>
        <translation>resolución, luego acciones</translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="+64"/>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>the timeline</source>
        <translation>la cronología</translation>
    </message>
    <message>
        <location filename="../app/core/import/vocabulary.cpp" line="+2"/>
        <source>action items</source>
        <translation>acciones</translation>
    </message>
    <message>
        <location filename="../app/core/import/reader.cpp" line="+82"/>
        <source>A line held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>Una línea contenía varias entradas o etiquetas unidas por « - » o &lt;br&gt;; cada una se leyó por separado.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lines held several entries or labels joined by &quot; - &quot; or &lt;br&gt;; each was read on its own.</source>
        <translation>
            <numerusform>%n línea contenía varias entradas o etiquetas unidas por « - » o &lt;br&gt;; cada una se leyó por separado.</numerusform>
            <numerusform>%n líneas contenían varias entradas o etiquetas unidas por « - » o &lt;br&gt;; cada una se leyó por separado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Title: “%1” (front matter).</source>
        <translation>Título: «%1» (front matter).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title: “%1” (line %2).</source>
        <translation>Título: «%1» (línea %2).</translation>
    </message>
    <message>
        <location filename="../app/core/import/actionitems.cpp" line="+432"/>
        <source>Split an action item at “%1”: it states %2 measures.</source>
        <translation>Acción dividida en «%1»: enuncia %2 medidas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action item listed twice was read once: “%1”.</source>
        <translation>Una acción que aparecía dos veces se leyó una sola vez: «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/import/sections.cpp" line="+150"/>
        <source>Code block</source>
        <translation>Bloque de código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Measures announced in prose at line %1 (“%2…”).</source>
        <translation>Medidas anunciadas en el texto en la línea %1 («%2…»).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Lines that are only a date and time (line %1 on) read as the timeline, each over its update.</source>
        <translation>Líneas que solo contienen una fecha y una hora (desde la línea %1) leídas como la cronología, cada una sobre su actualización.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The table headed “%1” (line %2) read as action items.</source>
        <translation>La tabla titulada «%1» (línea %2) se leyó como acciones.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1: …” (line %2) read as an action item.</source>
        <translation>«%1: …» (línea %2) leído como una acción.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Headings that are only a time (line %1 on) read as the timeline.</source>
        <translation>Los encabezados que solo son una hora (desde la línea %1) se leyeron como cronología.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>A list of %1 entries led by times (line %2) read as the timeline.</source>
        <translation>Una lista de %1 entradas que empiezan por una hora (línea %2) se leyó como cronología.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” (line %2) read as %3.</source>
        <translation>«%1» (línea %2) leído como: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/import/timelinereader.cpp" line="+91"/>
        <source>“%1” read as the afternoon: the timeline writes AM and PM, and the entry follows one at %2.</source>
        <translation>«%1» leído como la tarde: la cronología escribe AM y PM, y la entrada sigue a una de las %2.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The code block at line %1 is the timeline as a log: each of its lines is an entry.</source>
        <translation>El bloque de código de la línea %1 es la cronología en forma de registro: cada una de sus líneas es una entrada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code block at line %1 kept with the timeline entry above it, as its detail.</source>
        <translation>Bloque de código en la línea %1 conservado con la entrada de cronología anterior, como su detalle.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Chat log</source>
        <translation>Registro de chat</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>%n timeline time(s) without am or pm read as afternoon, after the morning entries before them.</source>
        <translation>
            <numerusform>%n hora de la cronología sin am ni pm leída como de la tarde, tras las entradas de la mañana.</numerusform>
            <numerusform>%n horas de la cronología sin am ni pm leídas como de la tarde, tras las entradas de la mañana.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Timeline: %1 lists of the same hours merged in time order.</source>
        <translation>Cronología: %1 listas de las mismas horas combinadas en orden cronológico.</translation>
    </message>
    <message>
        <location filename="../app/core/import/actionitems.cpp" line="-48"/>
        <source>Read %1 action items from the sentences of one paragraph (line %2).</source>
        <translation>Se leyeron %1 acciones de las frases de un párrafo (línea %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/narrative.cpp" line="+232"/>
        <source>No measures section: the %n items of “%1” that say what to do are read as action items.</source>
        <translation>
            <numerusform>No hay sección de medidas: el %n elemento de «%1» que dice qué hacer se lee como acción.</numerusform>
            <numerusform>No hay sección de medidas: los %n elementos de «%1» que dicen qué hacer se leen como acciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No measures section: the paragraph of “%1” that says how a repeat is prevented is read as action items.</source>
        <translation>No hay sección de medidas: el párrafo de «%1» que dice cómo se evita una repetición se leyó como acciones.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action item taken from the resolution: “%1”</source>
        <translation>Acción tomada de la resolución: «%1»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No summary: the status page&apos;s first update is the summary.</source>
        <translation>Sin resumen: la primera actualización de la página de estado es el resumen.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the paragraphs that explain why (no section headings)</source>
        <translation>los párrafos que explican el porqué (sin títulos de sección)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document has no section headings: its %1 paragraphs were read in story order (what happened, impact, cause, recovery).</source>
        <translation>El documento no tiene títulos de sección: sus %1 párrafos se leyeron en el orden del relato (qué pasó, impacto, causa, recuperación).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item taken from the prose: “%1”</source>
        <translation>Acción tomada del texto: «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="-259"/>
        <source>the summary&apos;s sentence on the resolution</source>
        <translation>la frase del resumen sobre la resolución</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the first time the summary gives</source>
        <translation>la primera hora que da el resumen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incident end computed from the duration the summary states (%1 minutes).</source>
        <translation>Fin del incidente calculado a partir de la duración que indica el resumen (%1 minutos).</translation>
    </message>
    <message>
        <location filename="../app/core/import/incidentday.cpp" line="+322"/>
        <source>the Start and End lines</source>
        <translation>las líneas «Start» y «End»</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="+57"/>
        <source>the “%1” line</source>
        <translation>la línea «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the lead paragraph</source>
        <translation>el párrafo inicial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the impact section</source>
        <translation>la sección de impacto</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+16"/>
        <source>a sentence outside the summary</source>
        <translation>una frase fuera del resumen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Timeline dates have no year and the document gives none; they are left empty.</source>
        <translation>Las fechas de la cronología no tienen año y el documento no da ninguno; se dejan vacías.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline dates without a year take the year of %1.</source>
        <translation>Las fechas de la cronología sin año toman el año de: %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Timeline entries before the first sign of impact, or days after the rest, are lead-up or follow-up: the incident window leaves them out.</source>
        <translation>Las entradas de la cronología anteriores a la primera señal de impacto, o días posteriores al resto, son antecedentes o seguimiento: la ventana del incidente las deja fuera.</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Incident start taken from the stated length (%1 minutes) before its end: the entry at %2.</source>
        <translation>Inicio del incidente tomado de la duración indicada (%1 minutos) antes de su fin: la entrada de las %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the timeline entry that says the outage began</source>
        <translation>la entrada de la cronología que indica el inicio de la caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeline&apos;s first entry</source>
        <translation>la primera entrada de la cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the timeline&apos;s first sign of impact</source>
        <translation>la primera señal de impacto de la cronología</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the timeline&apos;s dates</source>
        <translation>las fechas de la cronología</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Incident end computed from the stated length (%1 minutes).</source>
        <translation>Fin del incidente calculado a partir de la duración indicada (%1 minutos).</translation>
    </message>
    <message>
        <location filename="../app/core/import/incidentday.cpp" line="-299"/>
        <source>The incident day is written without a year; the year %1 is taken from the document&apos;s other dates.</source>
        <translation>El día del incidente está escrito sin año; el año %1 se toma de las demás fechas del documento.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The summary says “yesterday”: the incident day is the day before the post&apos;s date.</source>
        <translation>El resumen dice «ayer»: el día del incidente es el anterior a la fecha de la publicación.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the first date the document gives</source>
        <translation>la primera fecha que da el documento</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The incident passes midnight: its end (%1) is dated the next day, %2.</source>
        <translation>El incidente pasa de medianoche: su fin (%1) se fecha al día siguiente, %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The incident date %1 disagrees with the title&apos;s date %2 only in its month or year; read as %3.</source>
        <translation>La fecha del incidente %1 difiere de la fecha del título %2 solo en el mes o el año; se lee como %3.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The end is the time a sentence gives for the recovery (“%1”); nothing else states one.</source>
        <translation>El final es la hora que una frase da para la recuperación («%1»); nada más indica uno.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The document&apos;s one time comes with a recovery (“%1”): it is read as the end; the start is not stated.</source>
        <translation>La única hora del documento acompaña una recuperación («%1»): se lee como el final; el inicio no se indica.</translation>
    </message>
    <message>
        <location filename="../app/core/import/span.cpp" line="+253"/>
        <source>Incident start %1, from %2.</source>
        <translation>Inicio del incidente %1 (fuente: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end %1, from %2; no start is stated.</source>
        <translation>Fin del incidente %1 (fuente: %2); no se indica el inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident %1 to %2, from %3.</source>
        <translation>Incidente de %1 a %2 (fuente: %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incident end taken from the timeline entry that says the outage ended (%1).</source>
        <translation>Fin del incidente tomado de la entrada de la cronología que indica el fin de la caída (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident end taken from the timeline entry that says the service recovered (%1).</source>
        <translation>Fin del incidente tomado de la entrada de la cronología que dice que el servicio se recuperó (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident end taken from the last timeline entry (%1).</source>
        <translation>Fin del incidente tomado de la última entrada de la cronología (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incident date with a year is given; dates are left empty.</source>
        <translation>No se indica ninguna fecha del incidente con año; las fechas se dejan vacías.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/import/timelinereader.cpp" line="-160"/>
        <source>%n timeline time(s) written “12:… AM” right after late-morning or noon entries read as just after noon.</source>
        <translation>
            <numerusform>%n hora de la cronología escrita «12:… AM» justo después de entradas de media mañana o mediodía leída como justo después del mediodía.</numerusform>
            <numerusform>%n horas de la cronología escritas «12:… AM» justo después de entradas de media mañana o mediodía leídas como justo después del mediodía.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="-35"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>“%1” (line %2)</source>
        <translation>«%1» (línea %2)</translation>
    </message>
    <message>
        <location filename="../app/core/import/report.cpp" line="+110"/>
        <location filename="../app/core/import/resolve.cpp" line="+39"/>
        <location line="+234"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/resolve.cpp" line="-220"/>
        <source>No time zone is stated; times are kept as written.</source>
        <translation>No se indica zona horaria; las horas se conservan tal como están escritas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone %1 (UTC%2), from %3.</source>
        <translation>Zona horaria %1 (UTC%2); fuente: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daylight or standard time chosen by the US rule for %1.</source>
        <translation>Horario de verano o estándar elegido según la regla de EE. UU. para %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard time assumed (no date).</source>
        <translation>Se supone horario estándar (sin fecha).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The timeline passes midnight: the entries after it are dated the next day.</source>
        <translation>La cronología pasa de medianoche: las entradas posteriores se fechan al día siguiente.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>the impact and summary</source>
        <translation>el impacto y el resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users affected: “all users” read as 100%.</source>
        <translation>Usuarios afectados: «todos los usuarios» leído como 100 %.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Users affected: %1 is stated, more than all users; kept as written.</source>
        <translation>Usuarios afectados: se indica %1, más que todos los usuarios; se conserva tal como está escrito.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users affected: %1% chosen from %2 (the largest share of users stated).</source>
        <translation>Usuarios afectados: se eligió %1 %, la mayor proporción indicada (fuente: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users affected: %1%, from %2.</source>
        <translation>Usuarios afectados: %1 % (fuente: %2).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Root cause taken from %1.</source>
        <translation>Causa raíz tomada (fuente: %1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No root-cause section: the root cause is the sentence of the %1 that states a cause.</source>
        <translation>No hay sección de causa raíz: la causa raíz es la frase %1 que enuncia una causa.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No root-cause section: the root cause is the %n sentences of the %1 that state a cause.</source>
        <translation>
            <numerusform>No hay sección de causa raíz: la causa raíz es la %n frase %1 que enuncia una causa.</numerusform>
            <numerusform>No hay sección de causa raíz: la causa raíz son las %n frases %1 que enuncian una causa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summary</source>
        <translation>del resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact section</source>
        <translation>de la sección de impacto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No root-cause section: the root cause is what the resolution says caused the incident.</source>
        <translation>No hay sección de causa raíz: la causa raíz es lo que la resolución dice que causó el incidente.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No sentence states a cause: the root cause is the sentence that says what failed: “%1”</source>
        <translation>Ninguna frase indica una causa: la causa raíz es la frase que dice qué falló: «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No root-cause section: the root cause is the sentence that names it: “%1”</source>
        <translation>No hay sección de causa raíz: la causa raíz es la frase que la nombra: «%1»</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No root-cause section: the root cause is the text of the “Identified” status update.</source>
        <translation>No hay sección de causa raíz: la causa raíz es el texto de la actualización de estado «Identified».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is no date that exists; kept as written.</source>
        <translation>«%1» no es una fecha que exista; se conserva tal como está escrito.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stated duration (%1 minutes) differs from start to end (%2 minutes); both kept as written.</source>
        <translation>La duración indicada (%1 minutos) difiere de la que va del inicio al fin (%2 minutos); ambas se conservan tal como están escritas.</translation>
    </message>
    <message>
        <location filename="../app/core/import/report.cpp" line="-45"/>
        <source>Read %1 as DD/MM: other dates in the document put the day first.</source>
        <translation>%1 leído como DD/MM: otras fechas del documento ponen el día primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumed MM/DD for %1: no date in the document puts the day first.</source>
        <translation>Se supuso MM/DD para %1: ninguna fecha del documento pone el día primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written day first (DD/MM).</source>
        <translation>Las fechas se escriben con el día primero (DD/MM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-digit years read as 19xx for 69–99 and 20xx otherwise: %1.</source>
        <translation>Años de dos cifras leídos como 19xx para 69–99 y 20xx en los demás casos: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 status-page updates read as timeline entries.</source>
        <translation>%1 actualizaciones de la página de estado leídas como entradas de la cronología.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline: %1 entries with a time</source>
        <translation>Cronología: %1 entradas con hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 without</source>
        <translation>, %1 sin hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (lines %1–%2)</source>
        <translation> (líneas %1–%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action items: %1 (%2 improvements, %3 tasks).</source>
        <translation>Acciones: %1 (%2 mejoras, %3 tareas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No root cause was found.</source>
        <translation>No se encontró ninguna causa raíz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines %1–%2</source>
        <translation>líneas %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, kept in “%3” (not read as timeline entries or action items).</source>
        <translation>%1, %2, conservado en «%3» (no leído como entradas de la cronología ni como acciones).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” kept as an additional section (1 line).</source>
        <translation>«%1» conservado como sección adicional (1 línea).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” kept as an additional section (%n lines).</source>
        <translation>
            <numerusform>«%1» conservado como sección adicional (%n línea).</numerusform>
            <numerusform>«%1» conservado como sección adicional (%n líneas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file describes %1 incidents: the first was imported; the rest (from line %2) is kept as additional sections.</source>
        <translation>Este archivo describe %1 incidentes: se importó el primero; el resto (desde la línea %2) se conserva como secciones adicionales.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 incidents found in this file; the first was imported.</source>
        <translation>Se encontraron %1 incidentes en este archivo; se importó el primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised:</source>
        <translation>Reconocido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed:</source>
        <translation>Supuesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as is:</source>
        <translation>Conservado tal cual:</translation>
    </message>
    <message>
        <location filename="../app/core/import/frontmatter.cpp" line="+257"/>
        <source>Front matter of a status page&apos;s incident: its date is the start.</source>
        <translation>Encabezado de un incidente de página de estado: su fecha es el inicio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Front matter: %1 read into fields.</source>
        <translation>Front matter: %1 incorporado a los campos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No summary in the text: the front matter&apos;s “%1” is the summary.</source>
        <translation>No hay resumen en el texto: «%1» del front matter es el resumen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+52"/>
        <source>Authors: %1 (line %2).</source>
        <translation>Autores: %1 (línea %2).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Severity SEV%1 from line %2.</source>
        <translation>Gravedad SEV%1 tomada de la línea %2.</translation>
    </message>
</context>
<context>
    <name>Hindsight::ImportReportPanel</name>
    <message>
        <location filename="../ui/importreportpanel.cpp" line="+78"/>
        <source>Import report details</source>
        <translation>Detalles del informe de importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss the import report</source>
        <translation>Cerrar el informe de importación</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 — please check what was guessed.</source>
        <translation>%1 importado: revise lo que se supuso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file describes %1 incidents; the first one was imported.</source>
        <translation>El archivo describe %1 incidentes; se importó el primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as is</source>
        <translation>Conservado tal cual</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryCommand</name>
    <message>
        <location filename="../app/main/librarycommand.cpp" line="+62"/>
        <source>Output format: %1 (default %2).</source>
        <translation>Formato de salida: %1 (predeterminado: %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown format &apos;%1&apos;; use %2</source>
        <translation>formato desconocido &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a readable folder</source>
        <translation>%1 no es una carpeta legible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Index the postmortems under a folder (incrementally).</source>
        <translation>Indexar los postmortems bajo una carpeta (de forma incremental).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: hindsight library index DIR [--format text|json]</source>
        <translation>uso: hindsight library index CARPETA [--format text|json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 postmortems indexed (%3 added, %4 updated, %5 unchanged, %6 removed) in %7 ms.
</source>
        <translation>%1: %2 postmortems indexados (%3 añadidos, %4 actualizados, %5 sin cambios, %6 eliminados) en %7 ms.
</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) not indexed:
</source>
        <translation>
            <numerusform>%n archivo sin indexar:
</numerusform>
            <numerusform>%n archivos sin indexar:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full-text search of a library, best match first (bm25).</source>
        <translation>Búsqueda de texto completo en una biblioteca, los mejores resultados primero (bm25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N hits (default 20).</source>
        <translation>Como máximo N resultados (predeterminado: 20).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hindsight library search DIR QUERY [--limit N] [--format text|json]</source>
        <translation>uso: hindsight library search CARPETA CONSULTA [--limit N] [--format text|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a positive number</source>
        <translation>--limit necesita un número positivo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No postmortem matches.
</source>
        <translation>Ningún postmortem coincide.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents per month; medians and 90th percentiles of time to detect, mitigate and resolve and of duration, with n, per quarter, service and severity.</source>
        <translation>Incidentes por mes; medianas y percentiles 90 del tiempo de detección, mitigación y resolución y de la duración, con n, por trimestre, servicio y gravedad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hindsight library stats DIR [--format text|json]</source>
        <translation>uso: hindsight library stats CARPETA [--format text|json]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The action items of every postmortem, overdue first.</source>
        <translation>Las acciones de todos los postmortems, primero las vencidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only open items past their due date.</source>
        <translation>Solo las acciones abiertas cuya fecha límite ya pasó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count overdue as of this date (YYYY-MM-DD; default today).</source>
        <translation>Determinar qué está vencido a esta fecha (YYYY-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file; - or none for standard output.</source>
        <translation>Archivo de salida; - o ninguno para la salida estándar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: hindsight library actions DIR [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o OUTPUT]</source>
        <translation>uso: hindsight library actions CARPETA [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o SALIDA]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today necesita una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A report of the library: statistics, overdue action items, incidents, definitions.</source>
        <translation>Un informe de la biblioteca: estadísticas, acciones vencidas, incidentes, definiciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report format: html or pdf.</source>
        <translation>Formato del informe: html o pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file (required for pdf); - or none for standard output.</source>
        <translation>Archivo de salida (obligatorio para pdf); - o ninguno para la salida estándar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date the report and count overdue as of this date (YYYY-MM-DD; default today).</source>
        <translation>Fechar el informe y determinar qué está vencido a esta fecha (YYYY-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hindsight library report DIR --to html|pdf [-o OUTPUT] [--today YYYY-MM-DD]</source>
        <translation>uso: hindsight library report CARPETA --to html|pdf [-o SALIDA] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--to pdf needs -o FILE</source>
        <translation>--to pdf necesita -o ARCHIVO</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: hindsight library index|search|stats|actions|report DIR … (--help after the verb for more)</source>
        <translation>uso: hindsight library index|search|stats|actions|report CARPETA … (--help tras la orden para más información)</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryIndex</name>
    <message>
        <location filename="../app/core/library/libraryindex.cpp" line="+79"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 ocupa más de 64 MiB</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder of %1</source>
        <translation>no se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library index is busy: %1</source>
        <translation>el índice de la biblioteca está ocupado: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the library index %1</source>
        <translation>no se puede abrir el índice de la biblioteca %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the library index: %1</source>
        <translation>no se puede crear el índice de la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryMenu</name>
    <message>
        <location filename="../ui/library/librarymenu.cpp" line="+29"/>
        <source>Related incidents</source>
        <translation>Incidentes relacionados</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open &amp;Library…</source>
        <translation>Abrir &amp;biblioteca…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a folder of postmortems: search, filter, statistics, action items</source>
        <translation>Abrir una carpeta de postmortems: búsqueda, filtros, estadísticas, acciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryReport</name>
    <message>
        <location filename="../app/core/library/libraryreport.cpp" line="+45"/>
        <location line="+148"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to mitigate</source>
        <translation>Tiempo de mitigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No action item is overdue.</source>
        <translation>Ninguna acción está vencida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action item</source>
        <translation>Acción</translation>
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
        <translation>Postmortem</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Incident start&lt;/b&gt;: the start of impact as the postmortem states it. Every time below is measured from it.</source>
        <translation>&lt;b&gt;Inicio del incidente&lt;/b&gt;: el inicio del impacto tal como lo indica el postmortem. Todos los tiempos siguientes se miden desde ese momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time to detect (TTD)&lt;/b&gt;: from the incident start to the earliest timeline event of kind “detection” (Atlassian, “Common incident management metrics”; FireHydrant&apos;s incident metrics glossary).</source>
        <translation>&lt;b&gt;Tiempo de detección (TTD)&lt;/b&gt;: desde el inicio del incidente hasta el primer evento de la cronología de tipo «detección» (Atlassian, «Common incident management metrics»; glosario de métricas de incidentes de FireHydrant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time to mitigate (TTM)&lt;/b&gt;: to the earliest “mitigation” event: impact reduced, not yet fixed (FireHydrant).</source>
        <translation>&lt;b&gt;Tiempo de mitigación (TTM)&lt;/b&gt;: hasta el primer evento de «mitigación»: impacto reducido, aún sin corregir (FireHydrant).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time to resolve (TTR)&lt;/b&gt;: to the earliest “resolution” event, service restored (Atlassian&apos;s time to resolve; for one incident this is DORA&apos;s “time to restore service”). A timeline without such an event has no TTR.</source>
        <translation>&lt;b&gt;Tiempo de resolución (TTR)&lt;/b&gt;: hasta el primer evento de «resolución», servicio restablecido (el «time to resolve» de Atlassian; para un solo incidente es el «time to restore service» de DORA). Una cronología sin un evento así no tiene TTR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duration&lt;/b&gt;: incident end minus incident start.</source>
        <translation>&lt;b&gt;Duración&lt;/b&gt;: fin del incidente menos inicio del incidente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;n&lt;/b&gt;: the number of incidents for which a figure is known; an incident without the events or times a figure needs is left out of it, never counted as zero.</source>
        <translation>&lt;b&gt;n&lt;/b&gt;: el número de incidentes de los que se conoce una cifra; un incidente sin los eventos u horas que necesita una cifra queda fuera de ella, nunca se cuenta como cero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Median and 90th percentile&lt;/b&gt;: percentiles interpolate linearly between the closest ranks (Hyndman and Fan definition 7, as R, NumPy and spreadsheets compute them). Half the incidents took at most the median; nine in ten at most the 90th percentile.</source>
        <translation>&lt;b&gt;Mediana y percentil 90&lt;/b&gt;: los percentiles se interpolan linealmente entre los rangos más próximos (definición 7 de Hyndman y Fan, como los calculan R, NumPy y las hojas de cálculo). La mitad de los incidentes duró como máximo la mediana; nueve de cada diez, como máximo el percentil 90.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;⚠ n &amp;lt; 10&lt;/b&gt;: with fewer than ten incidents one incident moves the median a lot and the 90th percentile is close to the maximum.</source>
        <translation>&lt;b&gt;⚠ n &amp;lt; 10&lt;/b&gt;: con menos de diez incidentes, un solo incidente mueve mucho la mediana y el percentil 90 queda cerca del máximo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Why no averages&lt;/b&gt;: incident durations are long-tailed. The VOID report (2021, 2022) and Štěpán Davidovič, &lt;i&gt;Incident Metrics in SRE&lt;/i&gt; (O&apos;Reilly, 2021) show that means such as MTTR neither describe a typical incident nor reliably show improvement; read these figures as a description of what happened, not as a target.</source>
        <translation>&lt;b&gt;Por qué no hay medias&lt;/b&gt;: la duración de los incidentes tiene una distribución de cola larga. El informe VOID (2021, 2022) y Štěpán Davidovič, &lt;i&gt;Incident Metrics in SRE&lt;/i&gt; (O&apos;Reilly, 2021) muestran que medias como el MTTR ni describen un incidente típico ni muestran de forma fiable una mejora; lea estas cifras como una descripción de lo que pasó, no como un objetivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Overdue&lt;/b&gt;: an open action item whose due date is before the report&apos;s date.</source>
        <translation>&lt;b&gt;Vencida&lt;/b&gt;: una acción abierta cuya fecha límite es anterior a la fecha del informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Months and quarters&lt;/b&gt;: by the incident start&apos;s date in the zone the postmortem is written in.</source>
        <translation>&lt;b&gt;Meses y trimestres&lt;/b&gt;: según la fecha del inicio del incidente en la zona horaria en la que está escrito el postmortem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+38"/>
        <source>Incident library report</source>
        <translation>Informe de la biblioteca de incidentes</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>%1 — %n incident(s), as of %2</source>
        <translation>
            <numerusform>%1 — %n incidente, a fecha de %2</numerusform>
            <numerusform>%1 — %n incidentes, a fecha de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read and are not counted.</source>
        <translation>
            <numerusform>%n archivo no se pudo leer y no se cuenta.</numerusform>
            <numerusform>%n archivos no se pudieron leer y no se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long incidents took</source>
        <translation>Cuánto duraron los incidentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median / 90th percentile (n). ⚠: n &lt; 10. Definitions on the last page.</source>
        <translation>Mediana / percentil 90 (n). ⚠: n &lt; 10. Definiciones en la última página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per service</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue action items</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryStats</name>
    <message numerus="yes">
        <location filename="../app/core/library/librarystats.cpp" line="+56"/>
        <source>only %n incident(s); fewer than 10 make an unreliable figure</source>
        <translation>
            <numerusform>solo %n incidente; menos de 10 dan una cifra poco fiable</numerusform>
            <numerusform>solo %n incidentes; menos de 10 dan una cifra poco fiable</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time to detect</source>
        <translation>tiempo de detección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to mitigate</source>
        <translation>tiempo de mitigación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time to resolve</source>
        <translation>tiempo de resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>duración</translation>
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
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n without a start date</source>
        <translation>
            <numerusform>, %n sin fecha de inicio</numerusform>
            <numerusform>, %n sin fecha de inicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) not indexed</source>
        <translation>
            <numerusform>, %n archivo sin indexar</numerusform>
            <numerusform>, %n archivos sin indexar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each figure: median / 90th percentile (n = incidents with that figure known).</source>
        <translation>Cada cifra: mediana / percentil 90 (n = incidentes de los que se conoce esa cifra).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per service</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per severity</source>
        <translation>Por gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* n &lt; 10: too few incidents for a reliable median or 90th percentile.</source>
        <translation>* n &lt; 10: demasiado pocos incidentes para una mediana o un percentil 90 fiables.</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryTableModel</name>
    <message>
        <location filename="../ui/library/librarymodels.cpp" line="-223"/>
        <source>%1 (imported from a foreign file)</source>
        <translation>%1 (importado de un archivo externo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>uncommitted</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncommitted (%1)</source>
        <translation>sin confirmar (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Time to detect: incident start to the first detection event</source>
        <translation>Tiempo de detección: desde el inicio del incidente hasta el primer evento de detección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to resolve: incident start to the first resolution event</source>
        <translation>Tiempo de resolución: desde el inicio del incidente hasta el primer evento de resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items: open / total</source>
        <translation>Acciones: abiertas / total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author and date of the last git commit that changed the file; “uncommitted” when it has changes git does not have yet</source>
        <translation>Autor y fecha del último commit de git que modificó el archivo; «sin confirmar» si tiene cambios que git aún no tiene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident start</source>
        <translation>Inicio del incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last commit</source>
        <translation>Último commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>Hindsight::LibraryWindow</name>
    <message>
        <location filename="../ui/library/librarywindow.cpp" line="+82"/>
        <source>Library — %1</source>
        <translation>Biblioteca — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;sights</source>
        <translation>Aná&amp;lisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action items</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not indexed</source>
        <translation>&amp;No indexados</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Any severity</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open action items</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started between</source>
        <translation>Inicio entre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search titles, summaries, timelines, root causes, action items…</source>
        <translation>Buscar en títulos, resúmenes, cronologías, causas raíz, acciones…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Each figure: median / 90th percentile (n = incidents for which it is known). ⚠ n &lt; 10: one incident moves the figure a lot. Times run from the incident start to the first detection, mitigation or resolution event (Atlassian, FireHydrant; time to resolve is DORA&apos;s time to restore service).</source>
        <translation>Cada cifra: mediana / percentil 90 (n = incidentes de los que se conoce). ⚠ n &lt; 10: un solo incidente mueve mucho la cifra. Los tiempos van desde el inicio del incidente hasta el primer evento de detección, mitigación o resolución (Atlassian, FireHydrant; el tiempo de resolución es el «time to restore service» de DORA).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export i&amp;Calendar…</source>
        <translation>Exportar i&amp;Calendar…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Any service</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Not indexed (%1)</source>
        <translation>&amp;No indexados (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
            <numerusform>, %n archivo sin indexar</numerusform>
            <numerusform>, %n archivos sin indexar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No postmortem matches “%1”.</source>
        <translation>Ningún postmortem coincide con «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to mitigate</source>
        <translation>Tiempo de mitigación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
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
        <translation>Exportar acciones</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n action item(s) to %1</source>
        <translation>
            <numerusform>%n acción exportada a %1</numerusform>
            <numerusform>%n acciones exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagram</name>
    <message>
        <location filename="../app/core/loaddiagram.cpp" line="+304"/>
        <source>During the incident</source>
        <translation>Durante el incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even round robin</source>
        <translation>Round robin uniforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round robin spreads the requests evenly over four equal backends.</source>
        <translation>Round robin reparte las solicitudes por igual entre cuatro backends iguales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal operation</source>
        <translation>Funcionamiento normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misweighted pool</source>
        <translation>Pool con pesos erróneos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weight of 10 instead of 1 sent three quarters of the traffic to web-1, which overloaded while the other backends idled. Equal weights spread the load evenly again.</source>
        <translation>Un peso de 10 en lugar de 1 envió tres cuartas partes del tráfico a web-1, que se sobrecargó mientras los demás backends estaban ociosos. Con pesos iguales la carga vuelve a repartirse por igual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backends missing from the pool</source>
        <translation>Backends ausentes del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two of four backends were left out of the load balancer&apos;s pool; the remaining two took all the traffic and overloaded.</source>
        <translation>Dos de los cuatro backends quedaron fuera del pool del balanceador de carga; los dos restantes recibieron todo el tráfico y se sobrecargaron.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sticky sessions</source>
        <translation>Sesiones persistentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>60% of the sessions were pinned to web-1, which took 70% of the requests. Without pinning, least connections balances the pool.</source>
        <translation>El 60 % de las sesiones estaban fijadas a web-1, que recibió el 70 % de las solicitudes. Sin fijación, least connections equilibra el pool.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health check on the wrong port</source>
        <translation>Comprobación de estado en el puerto equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The health check probed port 80, which still answered on web-2 after its service on 8080 died, so a quarter of the requests failed.</source>
        <translation>La comprobación de estado sondeaba el puerto 80, que seguía respondiendo en web-2 después de que cayera su servicio en el 8080, así que fallaron una cuarta parte de las solicitudes.</translation>
    </message>
    <message>
        <location line="+333"/>
        <source>the diagram spec is not a YAML mapping</source>
        <translation>la especificación del diagrama no es un mapa YAML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the diagram spec has no &apos;incident&apos; mapping</source>
        <translation>la especificación del diagrama no tiene el mapa &apos;incident&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed YAML at line %1: %2</source>
        <translation>YAML mal formado en la línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected value in the diagram spec: %1</source>
        <translation>valor inesperado en la especificación del diagrama: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id &apos;%1&apos; is not [A-Za-z0-9_-]; using lb-1</source>
        <translation>el id &apos;%1&apos; no cumple [A-Za-z0-9_-]; se usa lb-1</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramEditor</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="+43"/>
        <source>Even round robin</source>
        <translation>Round robin uniforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misweighted pool</source>
        <translation>Pool con pesos erróneos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backend missing from the pool</source>
        <translation>Backend ausente del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sticky sessions</source>
        <translation>Sesiones persistentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check on the wrong port</source>
        <translation>Comprobación de estado en el puerto equivocado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Show the state after the fix beside the incident</source>
        <translation>Mostrar el estado después de la corrección junto al incidente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Load-Distribution Diagram</source>
        <translation>Insertar diagrama de distribución de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Load-Distribution Diagram</source>
        <translation>Editar diagrama de distribución de carga</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or two sentences under the picture</source>
        <translation>Una o dos frases bajo la imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Pie de imagen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Use preset</source>
        <translation>&amp;Usar plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace both states with the chosen preset</source>
        <translation>Sustituir ambos estados por la plantilla elegida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preset:</source>
        <translation>Pl&amp;antilla:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>During the incident</source>
        <translation>Durante el incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During the &amp;incident</source>
        <translation>Durante el &amp;incidente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy from the incident</source>
        <translation>Copiar del incidente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After the &amp;fix</source>
        <translation>Después de la &amp;corrección</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview colours:</source>
        <translation>Colores de la vista previa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light (documents)</source>
        <translation>Claro (documentos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caption says %1, but no share in the diagram is near that any more: check the caption against the numbers.</source>
        <translation>El pie dice %1, pero ninguna parte del diagrama se acerca ya a eso: compruebe el pie con las cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramRenderer</name>
    <message>
        <location filename="../app/render/loaddiagramrenderer.cpp" line="+36"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>req/s</source>
        <translation>sol/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>During the incident</source>
        <translation>Durante el incidente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load distribution</source>
        <translation>Distribución de carga</translation>
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
        <translation>%1 de las sesiones fijadas a %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health check port&#xa0;%1 ≠ service port&#xa0;%2</source>
        <translation>puerto de comprobación&#xa0;%1 ≠ puerto del servicio&#xa0;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health check port&#xa0;%1</source>
        <translation>puerto de comprobación&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no backend in rotation: every request fails</source>
        <translation>ningún backend en rotación: todas las solicitudes fallan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of requests have no backend</source>
        <translation>el %1 de las solicitudes no tiene backend</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 backends in rotation</source>
        <translation>%1 de %2 backends en rotación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overloaded</source>
        <translation>%1 sobrecargado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1 req/s (%2) not served</source>
        <translation>~%1 sol/s (%2) sin servir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all requests served</source>
        <translation>todas las solicitudes servidas</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>utilisation up to %1</source>
        <translation>uso de hasta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy: %1–100%</source>
        <translation>ocupado: %1–100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overloaded or failing</source>
        <translation>sobrecargado o con fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no traffic</source>
        <translation>sin tráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band width = share of requests</source>
        <translation>ancho de banda = proporción de solicitudes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>missing from the pool</source>
        <translation>ausente del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drained</source>
        <translation>drenado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>down; check on port&#xa0;%1 fails</source>
        <translation>caído; la comprobación en el puerto&#xa0;%1 falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check on port&#xa0;%1 fails</source>
        <translation>la comprobación en el puerto&#xa0;%1 falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down; taken out by the check</source>
        <translation>caído; retirado por la comprobación</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>service down: requests fail</source>
        <translation>servicio caído: las solicitudes fallan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ± %2 req/s</source>
        <translation>%1 ± %2 sol/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 req/s</source>
        <translation>%1 sol/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · cap %2</source>
        <translation>%1 · cap. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · degraded</source>
        <translation> · degradado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 load</source>
        <translation>carga %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>no backends</source>
        <translation>sin backends</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 not in rotation</source>
        <translation>%1 fuera de rotación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (failing)</source>
        <translation>%1 %2 (con fallos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3 load%4)</source>
        <translation>%1 %2 (carga %3%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, overloaded</source>
        <translation>, sobrecargado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 req/s, %3; %4.</source>
        <translation>%1: %2 sol/s, %3; %4.</translation>
    </message>
</context>
<context>
    <name>Hindsight::LoadDiagramView</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="-340"/>
        <source>Diagram preview</source>
        <translation>Vista previa del diagrama</translation>
    </message>
</context>
<context>
    <name>Hindsight::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+73"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The postmortem as it will be exported; F6 moves the focus here and back</source>
        <translation>El postmortem tal como se exportará; F6 lleva el foco aquí y de vuelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review checks</source>
        <translation>Comprobaciones de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a postmortem in the shape of the course, Google SRE, Atlassian or PagerDuty template, or your team&apos;s own</source>
        <translation>Empezar un postmortem con la plantilla del curso, de Google SRE, Atlassian o PagerDuty, o con la de su equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hindsight file or import any Markdown postmortem</source>
        <translation>Abrir un archivo de Hindsight o importar cualquier postmortem en Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Documentos &amp;recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Sample Postmortem</source>
        <translation>Abrir postmortem de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Slides PDF…</source>
        <translation>&amp;Diapositivas PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the postmortem as the PDF export lays it out</source>
        <translation>Imprimir el postmortem con la maquetación de la exportación a PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch &amp;Template…</source>
        <translation>Cambiar de &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the postmortem another template&apos;s sections; no text is lost</source>
        <translation>Dar al postmortem las secciones de otra plantilla; no se pierde ningún texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location filename="../ui/diagramactions.cpp" line="+34"/>
        <source>&amp;Load-distribution diagram…</source>
        <translation>Diagrama de &amp;distribución de carga…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw how the load balancer spread the traffic, and insert it at the cursor</source>
        <translation>Dibujar cómo repartió el tráfico el balanceador de carga e insertarlo en el cursor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Focus Preview / Form</source>
        <translation>&amp;Foco en vista previa / formulario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Review Checks</source>
        <translation>Mostrar &amp;comprobaciones de revisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form &amp;Tab</source>
        <translation>Pes&amp;taña del formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Tab</source>
        <translation>Pestaña si&amp;guiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Tab</source>
        <translation>Pestaña an&amp;terior</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Hindsight</source>
        <translation>&amp;Acerca de Hindsight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Hindsight</source>
        <translation>Acerca de Hindsight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Write blameless incident postmortems: timeline, impact, root cause, action items — and a document ready for the review.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;br&gt;Hindsight: MIT licence.&lt;br&gt;Qt: GNU LGPL version 3.&lt;br&gt;cmark-gfm (Markdown): BSD 2-clause licence.&lt;br&gt;yaml-cpp (front matter): MIT licence.&lt;br&gt;Hunspell (spelling): MPL 1.1 / GPL 2 / LGPL 2.1 tri-licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Escriba postmortems de incidentes sin culpables: cronología, impacto, causa raíz, acciones… y un documento listo para la revisión.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2; se ejecuta con Qt %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencias&lt;/b&gt;&lt;br&gt;Hindsight: licencia MIT.&lt;br&gt;Qt: GNU LGPL versión 3.&lt;br&gt;cmark-gfm (Markdown): licencia BSD de 2 cláusulas.&lt;br&gt;yaml-cpp (front matter): licencia MIT.&lt;br&gt;Hunspell (ortografía): triple licencia MPL 1.1 / GPL 2 / LGPL 2.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+185"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The postmortem has unsaved changes.
Do you want to save them?</source>
        <translation>El postmortem tiene cambios sin guardar.
¿Desea guardarlos?</translation>
    </message>
    <message>
        <location filename="../ui/templateactions.cpp" line="+46"/>
        <source>New postmortem from the %1 template</source>
        <translation>Nuevo postmortem desde la plantilla %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Switch to the %1 template</source>
        <translation>Cambiar a la plantilla %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New from Template</source>
        <translation>Nuevo desde plantilla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch Template</source>
        <translation>Cambiar de plantilla</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="-26"/>
        <source>Postmortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;All files (*)</source>
        <translation>Postmortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md *.markdown);;Texto (*.txt);;HTML (*.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Postmortem</source>
        <translation>Abrir postmortem</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opening %1 was cancelled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is empty: a new postmortem that saves to it.</source>
        <translation>%1 está vacío: un postmortem nuevo que se guarda en él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1. Save to keep it as a Hindsight file; the original stays as it is.</source>
        <translation>%1 importado. Guarde para conservarlo como archivo de Hindsight; el original no se modifica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened with warnings</source>
        <translation>Abierto con advertencias</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Cannot open the sample</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The sample postmortem</source>
        <translation>El postmortem de ejemplo</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>Otro programa modificó «%1», y aquí tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed by another program.</source>
        <translation>Otro programa modificó «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it and lose your changes, or keep yours (saving will ask before overwriting the other version)?</source>
        <translation>¿Recargarlo y perder sus cambios, o conservar los suyos (al guardar se preguntará antes de sobrescribir la otra versión)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it to see the new version?</source>
        <translation>¿Recargarlo para ver la versión nueva?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar los míos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot reload the file</source>
        <translation>No se puede recargar el archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reloaded %1</source>
        <translation>%1 recargado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overwrite changes on disk?</source>
        <translation>¿Sobrescribir los cambios del disco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program since you opened it. Saving replaces that version with yours.</source>
        <translation>Otro programa modificó «%1» desde que lo abrió. Al guardar, esa versión se sustituye por la suya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Save Postmortem</source>
        <translation>Guardar postmortem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+88"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export Slides</source>
        <translation>Exportar diapositivas</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+23"/>
        <source>an untitled postmortem</source>
        <translation>un postmortem sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore unsaved changes?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindsight ended without saving “%1”. An autosaved copy from %2 is available.</source>
        <translation>Hindsight se cerró sin guardar «%1». Hay una copia guardada automáticamente del %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore opens the copy as an unsaved document; your file stays as it is until you save.</source>
        <translation>Restaurar abre la copia como documento sin guardar; su archivo no cambia hasta que guarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot restore the autosaved copy</source>
        <translation>No se puede restaurar la copia guardada automáticamente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored the autosaved copy. Save to keep it.</source>
        <translation>Se restauró la copia guardada automáticamente. Guarde para conservarla.</translation>
    </message>
    <message>
        <location filename="../ui/diagramactions.cpp" line="+16"/>
        <source>Insert diagram</source>
        <translation>Insertar diagrama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load distribution</source>
        <translation>Distribución de carga</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit diagram</source>
        <translation>Editar diagrama</translation>
    </message>
    <message>
        <location filename="../ui/documentmanager.cpp" line="+42"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+74"/>
        <source>Print Postmortem</source>
        <translation>Imprimir postmortem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1</source>
        <translation>Enviado a %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::MarkdownEditor</name>
    <message>
        <location filename="../ui/markdowneditor.cpp" line="+228"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../ui/spellingmenu.cpp" line="+84"/>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Accepts the word from now on, here and in `hindsight lint`, by adding it to your personal word list</source>
        <translation>Acepta la palabra a partir de ahora, aquí y en `hindsight lint`, añadiéndola a su lista de palabras personal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be added to %2: %3</source>
        <translation>No se pudo añadir «%1» a %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepts the word until Hindsight quits</source>
        <translation>Acepta la palabra hasta que Hindsight se cierre</translation>
    </message>
</context>
<context>
    <name>Hindsight::MarkdownExport</name>
    <message>
        <location filename="../app/render/markdownexport.cpp" line="+48"/>
        <source>Cannot write %1: No such directory.</source>
        <translation>No se puede escribir %1: el directorio no existe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: cannot create the folder.</source>
        <translation>No se puede escribir %1: no se puede crear la carpeta.</translation>
    </message>
</context>
<context>
    <name>Hindsight::MomentEdit</name>
    <message>
        <location filename="../ui/momentedit.cpp" line="+43"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
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
        <translation>el front matter no es un mapa YAML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the front matter&apos;s &apos;hindsight&apos; schema version is not a positive number</source>
        <translation>la versión de esquema &apos;hindsight&apos; del front matter no es un número positivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown status &apos;%1&apos; ignored</source>
        <translation>estado desconocido &apos;%1&apos; ignorado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown severity &apos;%1&apos; ignored</source>
        <translation>gravedad desconocida &apos;%1&apos; ignorada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>incident %1 &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>incident %1 &apos;%2&apos; no es una hora ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usersAffectedPercent &apos;%1&apos; is not a number</source>
        <translation>usersAffectedPercent &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>diagram %1: </source>
        <translation>diagrama %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1id &apos;%2&apos; is invalid or used twice; renamed to &apos;%3&apos;</source>
        <translation>%1id &apos;%2&apos; no es válido o está repetido; renombrado a &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;diagrams&apos; is not a list; ignored</source>
        <translation>&apos;diagrams&apos; no es una lista; ignorado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speaker notes &apos;%1&apos; are not text; ignored</source>
        <translation>las notas del orador &apos;%1&apos; no son texto; ignoradas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;speakerNotes&apos; is not a mapping; ignored</source>
        <translation>&apos;speakerNotes&apos; no es un mapa; ignorado</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>malformed front matter at line %1: %2</source>
        <translation>front matter mal formado en la línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected value in the front matter: %1</source>
        <translation>valor inesperado en el front matter: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no Hindsight front matter</source>
        <translation>no hay front matter de Hindsight</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>unknown event kind &apos;%1&apos;</source>
        <translation>tipo de evento desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Hindsight::PdfExporter</name>
    <message>
        <location filename="../app/render/pdfexporter.cpp" line="+52"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF engine could not start</source>
        <translation>el motor PDF no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not start a new page</source>
        <translation>no se pudo empezar una página nueva</translation>
    </message>
</context>
<context>
    <name>Hindsight::PictureAssets</name>
    <message>
        <location filename="../ui/pictureassets.cpp" line="+55"/>
        <source>Save the postmortem first?</source>
        <translation>¿Guardar primero el postmortem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures are kept in a folder beside the postmortem&apos;s file (NAME.assets), so the postmortem needs a file before a picture can be added. Save it now?</source>
        <translation>Las imágenes se guardan en una carpeta junto al archivo del postmortem (NAME.assets), así que el postmortem necesita un archivo antes de poder añadir una imagen. ¿Guardarlo ahora?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot convert the picture to PNG: %1.</source>
        <translation>No se puede convertir la imagen a PNG: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the picture as %1</source>
        <translation>Imagen guardada como %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot add the picture</source>
        <translation>No se puede añadir la imagen</translation>
    </message>
</context>
<context>
    <name>Hindsight::PostmortemFile</name>
    <message>
        <location filename="../app/core/postmortemfile.cpp" line="+112"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is a binary file, not a text postmortem.</source>
        <translation>%1 es un archivo binario, no un postmortem de texto.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 no es texto %2 válido.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read as %1 text: the file is not UTF-8. Saving writes UTF-8.</source>
        <translation>Leído como texto %1: el archivo no está en UTF-8. Al guardar se escribe en UTF-8.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was written by a newer Hindsight (schema %2); it is opened read-only so nothing it holds is lost.</source>
        <translation>%1 lo escribió una versión más reciente de Hindsight (esquema %2); se abre en solo lectura para que no se pierda nada de su contenido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not look like a postmortem: no incident times, impact, timeline, root cause or action items were found.</source>
        <translation>%1 no parece un postmortem: no se encontraron horas del incidente, impacto, cronología, causa raíz ni acciones.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large (%2 MiB; the limit is %3 MiB).</source>
        <translation>%1 es demasiado grande (%2 MiB; el límite es %3 MiB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2.</source>
        <translation>No se puede guardar %1: %2.</translation>
    </message>
</context>
<context>
    <name>Hindsight::PostmortemForm</name>
    <message>
        <location filename="../ui/postmortemform.cpp" line="+129"/>
        <source>Postmortem sections</source>
        <translation>Secciones del postmortem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Page Down and Ctrl+Page Up switch tabs; Alt+1 to Alt+5 go to one</source>
        <translation>Ctrl+Av Pág y Ctrl+Re Pág cambian de pestaña; Alt+1 a Alt+5 van directamente a una</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1, date</source>
        <translation>%1, fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, time (HH:MM)</source>
        <translation>%1, hora (HH:MM)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write this section in Markdown.</source>
        <translation>Escriba esta sección en Markdown.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened, in one line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit title</source>
        <translation>Editar el título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>SEV1 is the most severe</source>
        <translation>SEV1 es la más grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set severity</source>
        <translation>Definir la gravedad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set status</source>
        <translation>Definir el estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit authors</source>
        <translation>Editar los autores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthors:</source>
        <translation>A&amp;utores:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Affected services, separated by commas</source>
        <translation>Servicios afectados, separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit services</source>
        <translation>Editar los servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servi&amp;ces:</source>
        <translation>Servici&amp;os:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contributing factors (config-change, capacity, …), separated by commas</source>
        <translation>Factores contribuyentes (config-change, capacity, …), separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Editar las etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set incident start</source>
        <translation>Definir el inicio del incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident &amp;start:</source>
        <translation>&amp;Inicio del incidente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set incident end</source>
        <translation>Definir el fin del incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident &amp;end:</source>
        <translation>&amp;Fin del incidente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zone stated</source>
        <translation>Sin zona indicada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set users affected</source>
        <translation>Definir los usuarios afectados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Users affected:</source>
        <translation>Usuarios a&amp;fectados:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened, for whom, and how it ended — in a few lines.</source>
        <translation>Qué pasó, a quién y cómo terminó, en pocas líneas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who and what was affected, and how badly.</source>
        <translation>Quién y qué se vio afectado, y con qué gravedad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact:</source>
        <translation>Im&amp;pacto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Overview</source>
        <translation>&amp;Visión general</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set time zone</source>
        <translation>Definir la zona horaria</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a timeline event after the selected one (Insert)</source>
        <translation>Añadir un evento a la cronología después del seleccionado (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected timeline events (Delete)</source>
        <translation>Eliminar los eventos seleccionados de la cronología (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected event up or down, for events at the same time</source>
        <translation>Subir o bajar el evento seleccionado, para eventos a la misma hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are in the document&apos;s time zone; rows stay in time order, across midnight too.</source>
        <translation>Las horas están en la zona horaria del documento; las filas se mantienen en orden cronológico, también al pasar la medianoche.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The underlying cause, and the trigger that set it off.</source>
        <translation>La causa de fondo y el desencadenante que la activó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>Causa &amp;raíz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How service was restored and the cause removed.</source>
        <translation>Cómo se restableció el servicio y se eliminó la causa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solution:</source>
        <translation>Re&amp;solución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause</source>
        <translation>Causa &amp;raíz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add action item</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an action item after the selected one (Insert)</source>
        <translation>Añadir una acción después de la seleccionada (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected action items (Delete)</source>
        <translation>Eliminar las acciones seleccionadas (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action item up or down</source>
        <translation>Subir o bajar la acción seleccionada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Action items</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections with no field of their own — lessons learned, what went well, text kept from an imported file.</source>
        <translation>Secciones sin campo propio: lecciones aprendidas, lo que salió bien, texto conservado de un archivo importado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other &amp;sections</source>
        <translation>Otras &amp;secciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section heading</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this section</source>
        <translation>Eliminar esta sección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the section “%1”, in Markdown</source>
        <translation>Texto de la sección «%1», en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the section “%1”</source>
        <translation>Elimina la sección «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename section</source>
        <translation>Renombrar la sección</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit section</source>
        <translation>Editar la sección</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove section</source>
        <translation>Eliminar la sección</translation>
    </message>
</context>
<context>
    <name>Hindsight::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+41"/>
        <source>&amp;Reopen the last document at start-up</source>
        <translation>&amp;Reabrir el último documento al iniciar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours of the window, the preview and the charts</source>
        <translation>Colores de la ventana, la vista previa y los gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies after a restart</source>
        <translation>Se aplica tras reiniciar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(applies after restart)</source>
        <translation>(se aplica tras reiniciar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language</source>
        <translation>El idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the key facts, headings, chart and diagram labels and slides in the preview and the exports</source>
        <translation>Idioma de los datos clave, los títulos, las etiquetas del gráfico y de los diagramas y las diapositivas en la vista previa y las exportaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Document language:</source>
        <translation>Idioma del &amp;documento:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervalo de guardado automático en segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause after the last change before a recovery copy is written</source>
        <translation>Pausa tras el último cambio antes de escribir una copia de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave after:</source>
        <translation>Guardado &amp;automático tras:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank document</source>
        <translation>Documento en blanco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template for File New</source>
        <translation>Plantilla para Archivo › Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New documents:</source>
        <translation>Documentos &amp;nuevos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta de EE. UU. (8,5 × 11 pulgadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size for PDF export and printing</source>
        <translation>Tamaño de página para la exportación a PDF y la impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Editor font:</source>
        <translation>Fuente del &amp;editor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>editor</source>
        <translation>del editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view font:</source>
        <translation>Fuente de la &amp;vista previa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>preview</source>
        <translation>de la vista previa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom %1 font</source>
        <translation>Fuente personalizada %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the built-in font</source>
        <translation>Desactivada: la fuente integrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 font family</source>
        <translation>Familia de fuente %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 font size in points</source>
        <translation>Tamaño de fuente %1 en puntos</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrada)</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresentationActions</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+324"/>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the postmortem as slides, full screen, for the review meeting</source>
        <translation>Mostrar el postmortem como diapositivas, a pantalla completa, para la reunión de revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter &amp;View on a Second Screen</source>
        <translation>&amp;Vista del presentador en una segunda pantalla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current and next slide, speaker notes and timers on your screen; P switches to it on a single screen</source>
        <translation>Diapositiva actual y siguiente, notas del orador y cronómetros en su pantalla; con una sola pantalla, P cambia a ella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dark Slides</source>
        <translation>Diapositivas &amp;oscuras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light text on a dark background, for a dim room</source>
        <translation>Texto claro sobre fondo oscuro, para una sala con poca luz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Present &amp;On</source>
        <translation>Presentar &amp;en</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic (another screen if there is one)</source>
        <translation>Automático (otra pantalla si la hay)</translation>
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
        <translation>Presentación – %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::PresenterView</name>
    <message>
        <location filename="../ui/presenterview.cpp" line="+58"/>
        <location line="+181"/>
        <source>&amp;Edit Notes</source>
        <translation>&amp;Editar notas</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Restart &amp;Timer</source>
        <translation>Reiniciar &amp;cronómetro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter View</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End of the presentation</source>
        <translation>Fin de la presentación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Screen blanked (B)</source>
        <translation>Pantalla en negro (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time since the presentation started</source>
        <translation>Tiempo desde el inicio de la presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>No notes for this slide.</source>
        <translation>No hay notas para esta diapositiva.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ Space  next     ← Backspace  previous     Home / End     B  blank     P  slides / presenter view     Esc  end</source>
        <translation>→ Espacio  siguiente     ← Retroceso  anterior     Inicio / Fin     B  pantalla en negro     P  diapositivas / vista del presentador     Esc  terminar</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Slide %1 of %2 · %3</source>
        <translation>Diapositiva %1 de %2 · %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested review questions</source>
        <translation>Preguntas sugeridas para la revisión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaker notes (editing — Esc when done)</source>
        <translation>Notas del orador (edición: Esc para terminar)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit speaker notes</source>
        <translation>Editar las notas del orador</translation>
    </message>
</context>
<context>
    <name>Hindsight::PreviewPane</name>
    <message>
        <location filename="../ui/previewpane.cpp" line="+30"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
</context>
<context>
    <name>Hindsight::Recovery</name>
    <message>
        <location filename="../app/core/recovery.cpp" line="+64"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::RelatedPanel</name>
    <message>
        <location filename="../ui/library/relatedpanel.cpp" line="+56"/>
        <source>Open a library (File &gt; Open Library…) to see related incidents.</source>
        <translation>Abra una biblioteca (Archivo &gt; Abrir biblioteca…) para ver los incidentes relacionados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No postmortem in the library shares a service, a tag or a root-cause term with this one.</source>
        <translation>Ningún postmortem de la biblioteca comparte un servicio, una etiqueta o un término de la causa raíz con este.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most related in %1:</source>
        <translation>Los más relacionados en %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>services: %1</source>
        <translation>servicios: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root cause: %1</source>
        <translation>causa raíz: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewChecks</name>
    <message>
        <location filename="../app/core/review/consistencychecks.cpp" line="+86"/>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a date that exists; check the day and month.</source>
        <translation>«%1» no es una fecha que exista; revise el día y el mes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>%1% of users is impossible; a share of users is between 0 and 100%.</source>
        <translation>El %1 % de los usuarios es imposible; una proporción de usuarios está entre 0 y 100 %.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The incident ends before it starts; check the dates and times.</source>
        <translation>El incidente termina antes de empezar; revise las fechas y horas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stated length (%1 minutes) does not match start to end (%2 minutes).</source>
        <translation>La duración indicada (%1 minutos) no coincide con la del inicio al fin (%2 minutos).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The timeline runs newest first; put it in time order, oldest first.</source>
        <translation>La cronología empieza por el evento más reciente; ordénela en el tiempo, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This timeline event is earlier than the one before it; put the timeline in time order or fix the time.</source>
        <translation>Este evento de la cronología es anterior al previo; ordene la cronología o corrija la hora.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The incident start is later than the first timeline event; move the start earlier or check the event&apos;s time.</source>
        <translation>El inicio del incidente es posterior al primer evento de la cronología; adelante el inicio o revise la hora del evento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A timeline event is later than the incident end; move the end or check the event&apos;s time.</source>
        <translation>Un evento de la cronología es posterior al fin del incidente; mueva el fin o revise la hora del evento.</translation>
    </message>
    <message>
        <location filename="../app/core/review/blamecheck.cpp" line="+46"/>
        <source>&quot;human error&quot; ends the inquiry; say what in the system let the mistake through.</source>
        <translation>«Error humano» cierra la investigación; diga qué dejó pasar el error en el sistema.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Judging a person&apos;s care is not blameless; describe the conditions that made the step easy to get wrong.</source>
        <translation>Juzgar el cuidado de una persona no es un enfoque sin culpas; describa las condiciones que hacían fácil equivocarse en ese paso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigning fault to a person is not blameless; describe the contributing causes instead.</source>
        <translation>Culpar a una persona no es un enfoque sin culpas; describa en su lugar las causas que contribuyeron.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>A person is the subject of the failure; make the system the subject (&quot;the deploy ran without a check&quot;) and say what made the step easy to miss.</source>
        <translation>Una persona es el sujeto del fallo; haga del sistema el sujeto («el despliegue se ejecutó sin comprobación») y diga qué hacía fácil pasar por alto ese paso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Naming whose change broke something is not blameless; describe the change and what let it through.</source>
        <translation>Señalar de quién fue el cambio que rompió algo no es un enfoque sin culpas; describa el cambio y qué lo dejó pasar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person&apos;s omission is given as the cause; describe what in the process allowed it.</source>
        <translation>Se da como causa la omisión de una persona; describa qué la permitió en el proceso.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <location filename="../app/core/review/spellingcheck.cpp" line="+278"/>
        <source>&quot;%1&quot; is not in the dictionary; did you mean &quot;%2&quot;?</source>
        <translation>«%1» no está en el diccionario; ¿quiso decir «%2»?</translation>
    </message>
    <message>
        <location filename="../app/core/reviewchecks.cpp" line="+39"/>
        <source>Timeline row %1</source>
        <translation>Cronología, fila %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action item %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <location filename="../app/core/review/actionchecks.cpp" line="+277"/>
        <source>This action item names no owner; give it a person, @handle or team.</source>
        <translation>Esta acción no nombra a ningún responsable; asígnele una persona, un @usuario o un equipo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This action item has no due date; give it a calendar date (&quot;soon&quot; or &quot;next sprint&quot; cannot be checked).</source>
        <translation>Esta acción no tiene fecha límite; asígnele una fecha del calendario («pronto» o «el próximo sprint» no se pueden comprobar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; names no concrete change; say what will change in the system (which alert, which check, which setting), as %2 asks for concrete tasks.</source>
        <translation>«%1» no nombra ningún cambio concreto; diga qué cambiará en el sistema (qué alerta, qué comprobación, qué ajuste), ya que %2 pide tareas concretas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This action item asks for the same change as &quot;%1&quot;; merge them.</source>
        <translation>Esta acción pide el mismo cambio que «%1»; combínelas.</translation>
    </message>
    <message>
        <location filename="../app/core/review/requirementchecks.cpp" line="+400"/>
        <source>Google SRE&apos;s template</source>
        <translation>La plantilla de Google SRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlassian&apos;s template</source>
        <translation>La plantilla de Atlassian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PagerDuty&apos;s template</source>
        <translation>La plantilla de PagerDuty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The course format</source>
        <translation>El formato del curso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the course format</source>
        <comment>inside a sentence</comment>
        <translation>el formato del curso</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 asks for the incident&apos;s duration: a start and an end, each with date and time, and the time zone.</source>
        <translation>%1 pide la duración del incidente: un inicio y un fin, cada uno con fecha y hora, y la zona horaria.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for both the start and the end of the incident (date and time); only part of the duration is given.</source>
        <translation>%1 pide tanto el inicio como el fin del incidente (fecha y hora); solo se indica parte de la duración.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times are given without a time zone; state it once, e.g. &quot;Timeline (UTC)&quot; or &quot;14:05 CEST (UTC+02:00)&quot;.</source>
        <translation>Las horas se dan sin zona horaria; indíquela una vez, p. ej., «Cronología (UTC)» o «14:05 CEST (UTC+02:00)».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 asks for the impact as a percentage of users affected (counts or percentages of requests do not say it).</source>
        <translation>%1 pide el impacto como porcentaje de usuarios afectados (los recuentos o porcentajes de solicitudes no lo indican).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asks for a root cause section: why it happened, not only what happened.</source>
        <translation>%1 pide una sección de causa raíz: por qué pasó, no solo qué pasó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The summary describes symptoms only; %1 asks it to name the root cause too, so a reader who stops there knows why it happened.</source>
        <translation>El resumen solo describe síntomas; %1 pide que nombre también la causa raíz, para que quien solo lea eso sepa por qué pasó.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 asks how and when the problem was detected (a monitoring alert, a page, a user report, …); the document never says.</source>
        <translation>%1 pide cómo y cuándo se detectó el problema (una alerta de monitorización, un aviso de guardia, un informe de un usuario, …); el documento no lo dice en ningún momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks who the incident was escalated to; the timeline shows no one beyond the first responder.</source>
        <translation>%1 pide a quién se escaló el incidente; la cronología no muestra a nadie aparte de quien respondió primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 asks for the misleading investigation paths: what was suspected and ruled out.</source>
        <translation>%1 pide las pistas falsas de la investigación: qué se sospechó y se descartó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks what fixed or mitigated the incident; the document gives only outcomes (&quot;service recovered&quot;), not the action.</source>
        <translation>%1 pide qué corrigió o mitigó el incidente; el documento solo da resultados («servicio recuperado»), no la acción.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 asks for corrective and preventative measures: concrete tasks with an owner and a due date. None are given yet.</source>
        <translation>%1 pide medidas correctivas y preventivas: tareas concretas con un responsable y una fecha límite. Aún no se indica ninguna.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The postmortem has %1 words; the course format asks for 400 to 600.</source>
        <translation>El postmortem tiene %1 palabras; el formato del curso pide de 400 a 600.</translation>
    </message>
</context>
<context>
    <name>Hindsight::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="+33"/>
        <source>Review findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the postmortem still lacks. Press Enter on a finding to go to its place.</source>
        <translation>Lo que aún le falta al postmortem. Pulse Intro sobre un hallazgo para ir a su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint</source>
        <translation>Sugerencia</translation>
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
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No findings: the postmortem has everything the review asks for.</source>
        <translation>Sin hallazgos: el postmortem tiene todo lo que pide la revisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n sugerencia</numerusform>
            <numerusform>%n sugerencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hindsight::ScenarioEditor</name>
    <message>
        <location filename="../ui/loaddiagrameditor.cpp" line="+60"/>
        <source>Something answers on the check port</source>
        <translation>Algo responde en el puerto de comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add backend</source>
        <translation>Añadir backend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State &amp;label:</source>
        <translation>&amp;Nombre del estado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> req/s</source>
        <translation> sol/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second arriving from the clients</source>
        <translation>Solicitudes por segundo que llegan de los clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traffic:</source>
        <translation>&amp;Tráfico:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the requests in sessions pinned to one backend (sticky cookie, or many clients behind one address)</source>
        <translation>Proporción de solicitudes en sesiones fijadas a un backend (cookie persistente, o muchos clientes tras una misma dirección)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pinned to</source>
        <translation>fijadas a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health-check ports:</source>
        <translation>Puertos de la comprobación de estado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the check probes another port than the service: checked, the check passes on every backend (a dead service keeps its traffic); unchecked, it fails on every backend</source>
        <translation>Cuando la comprobación sondea un puerto distinto del servicio: marcado, la comprobación pasa en todos los backends (un servicio caído conserva su tráfico); sin marcar, falla en todos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Backends&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backends&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity (req/s)</source>
        <translation>Capacidad (sol/s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>En el pool</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>web-%1</source>
        <translation>web-%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend %1 name</source>
        <translation>Nombre del backend %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1 capacity</source>
        <translation>Capacidad del backend %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1 weight</source>
        <translation>Peso del backend %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend %1 health</source>
        <translation>Estado del backend %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend %1 in the pool</source>
        <translation>Backend %1 en el pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: missing from the load balancer&apos;s pool</source>
        <translation>Sin marcar: ausente del pool del balanceador de carga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this backend</source>
        <translation>Eliminar este backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove backend %1</source>
        <translation>Eliminar el backend %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Round robin ignores weights</source>
        <translation>Round robin ignora los pesos</translation>
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
        <translation>En cualquier parte de la ventana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In %1</source>
        <translation>En «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it applies</source>
        <translation>En la zona correspondiente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of an action or a key, e.g. “save” or “F”</source>
        <translation>Escriba parte de un comando o de una tecla, p. ej., «guardar» o «F»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
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
        <translation>Autores: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of users affected</source>
        <translation>de usuarios afectados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to detect (before the start)</source>
        <translation>Tiempo de detección (antes del inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Load distribution</source>
        <translation>Distribución de carga</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions?</source>
        <translation>¿Preguntas?</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slide 16:9</source>
        <translation>Diapositiva 16:9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF engine could not start</source>
        <translation>el motor PDF no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start a new page</source>
        <translation>no se pudo empezar una página nueva</translation>
    </message>
</context>
<context>
    <name>Hindsight::SpeakerNotes</name>
    <message>
        <location filename="../app/core/speakernotes.cpp" line="+33"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Detection took %1 — what would have caught it sooner?</source>
        <translation>La detección tardó %1: ¿qué lo habría detectado antes?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The problem was seen %1 before impact began — what kept it from being stopped in time?</source>
        <translation>El problema se vio %1 antes de que empezara el impacto: ¿qué impidió detenerlo a tiempo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeline has no detection event — how did we find out, and would we find out sooner next time?</source>
        <translation>La cronología no tiene evento de detección: ¿cómo nos enteramos, y nos enteraríamos antes la próxima vez?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Escalation came %1 after detection — what held it back, and what would make asking for help sooner easy?</source>
        <translation>La escalada llegó %1 después de la detección: ¿qué la frenó, y qué facilitaría pedir ayuda antes?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation came %1 after the start — what held it back, and what would make asking for help sooner easy?</source>
        <translation>La escalada llegó %1 después del inicio: ¿qué la frenó, y qué facilitaría pedir ayuda antes?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The timeline shows no escalation in %1 — was more help needed, and was it easy to ask for?</source>
        <translation>La cronología no muestra ninguna escalada en %1: ¿hacía falta más ayuda, y era fácil pedirla?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The team followed a misleading path — what signal would have ruled it out sooner?</source>
        <translation>El equipo siguió una pista falsa: ¿qué señal la habría descartado antes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team followed a misleading path (“%1”) — what signal would have ruled it out sooner?</source>
        <translation>El equipo siguió una pista falsa («%1»): ¿qué señal la habría descartado antes?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team followed %1 misleading paths — what signal would have ruled them out sooner?</source>
        <translation>El equipo siguió %1 pistas falsas: ¿qué señal las habría descartado antes?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team followed %1 misleading paths, first “%2” — what signal would have ruled them out sooner?</source>
        <translation>El equipo siguió %1 pistas falsas, la primera «%2»: ¿qué señal las habría descartado antes?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % of users were affected and the timeline has no communication — how and when were they told?</source>
        <translation>El %1 % de los usuarios se vio afectado y la cronología no tiene ninguna comunicación: ¿cómo y cuándo se les informó?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Is this the root cause or the trigger? Ask “why?” once more: what allowed it to happen?</source>
        <translation>¿Es esta la causa raíz o el desencadenante? Pregunte «¿por qué?» una vez más: ¿qué permitió que pasara?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impact lasted %1 until the full fix — could it have been reduced sooner (rollback, failover, shedding load)?</source>
        <translation>El impacto duró %1 hasta la corrección completa: ¿se podría haber reducido antes (reversión, conmutación por error, descarte de carga)?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no action items — what will stop this from happening again?</source>
        <translation>No hay acciones: ¿qué evitará que vuelva a pasar?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One open action item has no owner — who will take it?</source>
        <translation>Una acción abierta no tiene responsable: ¿quién se hará cargo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open action items have no owner — who will take them?</source>
        <translation>%1 acciones abiertas no tienen responsable: ¿quién se hará cargo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One open action item has no due date — when will it be done?</source>
        <translation>Una acción abierta no tiene fecha límite: ¿cuándo estará hecha?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open action items have no due date — when will they be done?</source>
        <translation>%1 acciones abiertas no tienen fecha límite: ¿cuándo estarán hechas?</translation>
    </message>
</context>
<context>
    <name>Hindsight::TemplateDialog</name>
    <message>
        <location filename="../ui/templatedialog.cpp" line="+20"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your team&apos;s templates: put .yaml files in %1</source>
        <translation>Plantillas de su equipo: ponga archivos .yaml en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not loaded:</source>
        <translation>No cargadas:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No templates were found.</source>
        <translation>No se encontró ninguna plantilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  • %1 (additional section)</source>
        <translation>  • %1 (sección adicional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  • %1</source>
        <translation>  • %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>Hindsight::Templates</name>
    <message>
        <location filename="../app/core/templates.cpp" line="+81"/>
        <source>a template is a YAML mapping with id, name and sections</source>
        <translation>una plantilla es un mapa YAML con id, name y sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id &apos;%1&apos; must be lower-case letters, digits and dashes</source>
        <translation>el id &apos;%1&apos; solo puede tener minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no name</source>
        <translation>la plantilla no tiene nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no sections list</source>
        <translation>la plantilla no tiene lista sections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>section %1 has no heading</source>
        <translation>la sección %1 no tiene título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section &apos;%1&apos; has unknown field &apos;%2&apos; (one of %3)</source>
        <translation>la sección &apos;%1&apos; tiene el campo desconocido &apos;%2&apos; (valores válidos: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YAML error at line %1: %2</source>
        <translation>Error de YAML en la línea %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML error: %1</source>
        <translation>Error de YAML: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>larger than 1 MB</source>
        <translation>más de 1 MB</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineChart</name>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+48"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zone not stated</source>
        <translation>zona sin indicar</translation>
    </message>
    <message>
        <location filename="../app/render/timelinechart.cpp" line="+46"/>
        <source>Incident window</source>
        <translation>Periodo del incidente</translation>
    </message>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+4"/>
        <source>Day %1</source>
        <translation>Día %1</translation>
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
        <translation>Etiquetas para %1 de %2 eventos; la tabla los muestra todos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ 1 earlier event</source>
        <extracomment>at the left edge of a timeline chart zoomed to the incident</extracomment>
        <translation>◀ 1 evento anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ %1 earlier events</source>
        <translation>◀ %1 eventos anteriores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 later event ▶</source>
        <extracomment>at the right edge of a timeline chart zoomed to the incident</extracomment>
        <translation>1 evento posterior ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 later events ▶</source>
        <translation>%1 eventos posteriores ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the incident: events by kind, the incident window, phases, time to detect and time to resolve.</source>
        <translation>Cronología del incidente: eventos por tipo, periodo del incidente, fases, tiempo de detección y tiempo de resolución.</translation>
    </message>
    <message>
        <location filename="../app/render/timelinelayout.cpp" line="+5"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate</source>
        <translation>Investigar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigate</source>
        <translation>Mitigar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineChartView</name>
    <message>
        <location filename="../ui/timelinechartview.cpp" line="+22"/>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;All Events</source>
        <translation>Mostrar &amp;todos los eventos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen the time axis from the incident to every timeline event</source>
        <translation>Ampliar el eje temporal del incidente a todos los eventos de la cronología</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The chart appears when timeline events have times.</source>
        <translation>El gráfico aparece cuando los eventos de la cronología tienen hora.</translation>
    </message>
</context>
<context>
    <name>Hindsight::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="+105"/>
        <source>No date given: read as %1, carried from the rows above.</source>
        <translation>Sin fecha: se lee como %1, tomada de las filas anteriores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date given.</source>
        <translation>Sin fecha.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1

Detail (edit it under the table):
%2</source>
        <translation>%1

Detalle (edítelo bajo la tabla):
%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change event kind</source>
        <translation>Cambiar el tipo de evento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event text</source>
        <translation>Editar el texto del evento</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit event date</source>
        <translation>Editar la fecha del evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit event time</source>
        <translation>Editar la hora del evento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD. Leave empty to carry the date from the rows above; a time more than six hours earlier than the row above is read as the next day.</source>
        <translation>AAAA-MM-DD. Déjelo vacío para tomar la fecha de las filas anteriores; una hora más de seis horas anterior a la de la fila de arriba se lee como el día siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:MM, in the document&apos;s time zone.</source>
        <translation>HH:MM, en la zona horaria del documento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of step this was.</source>
        <translation>Qué tipo de paso fue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (Markdown).</source>
        <translation>Qué pasó (Markdown).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add timeline event</source>
        <translation>Añadir evento a la cronología</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n timeline event(s)</source>
        <translation>
            <numerusform>Eliminar %n evento de la cronología</numerusform>
            <numerusform>Eliminar %n eventos de la cronología</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move timeline event</source>
        <translation>Mover el evento de la cronología</translation>
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
        <translation>Escribir postmortems de incidentes.

Comandos:
  convert ENTRADA --to %1 [-o SALIDA]   Convertir sin abrir una ventana.
  diagram ESPEC --to svg|png [-o SALIDA]   Dibujar una especificación de diagrama de distribución de carga.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print launch time and memory as JSON once the window is painted, then quit (for benchmarks).</source>
        <translation>Mostrar en JSON el tiempo de arranque y la memoria una vez dibujada la ventana y después salir (para benchmarks).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postmortem to open; none opens the bundled sample.</source>
        <translation>Postmortem que abrir; sin ninguno se abre el ejemplo incluido.</translation>
    </message>
</context>
</TS>
