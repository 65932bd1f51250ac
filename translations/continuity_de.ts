<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n finding(s): %2</source>
        <translation>
            <numerusform>%1; %n Befund: %2</numerusform>
            <numerusform>%1; %n Befunde: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing selected. The design holds %n component(s)</source>
        <translation>
            <numerusform>Nichts ausgewählt. Der Entwurf enthält %n Komponente</numerusform>
            <numerusform>Nichts ausgewählt. Der Entwurf enthält %n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n connection(s).</source>
        <translation>
            <numerusform> und %n Verbindung.</numerusform>
            <numerusform> und %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>Selected: the connection from %1 to %2.</source>
        <translation>Ausgewählt: die Verbindung von %1 nach %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected: %1.</source>
        <translation>
            <numerusform>%n Element ausgewählt: %1.</numerusform>
            <numerusform>%n Elemente ausgewählt: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>die Datei ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected primary, retail-api, secondary, derived or assumption</source>
        <translation>primary, retail-api, secondary, derived oder assumption erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>Zahl oder null erwartet</translation>
    </message>
    <message>
        <source>must be null or absent</source>
        <translation>muss null sein oder fehlen</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or a year</source>
        <translation>Datum JJJJ-MM-TT oder Jahr erwartet</translation>
    </message>
    <message>
        <source>an assumption needs a note giving its basis</source>
        <translation>eine Annahme braucht eine Notiz mit ihrer Grundlage</translation>
    </message>
    <message>
        <source>an empty value needs a note saying why</source>
        <translation>ein leerer Wert braucht eine Notiz mit der Begründung</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>positive Zahl erwartet</translation>
    </message>
    <message>
        <source>a fact id must not be empty</source>
        <translation>eine Fakten-ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>this fact needs a number</source>
        <translation>dieser Fakt braucht eine Zahl</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>positive ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>duplicate VM size</source>
        <translation>doppelte VM-Größe</translation>
    </message>
    <message>
        <source>expected a programmatic region name</source>
        <translation>programmatischer Regionsname erwartet</translation>
    </message>
    <message>
        <source>expected a region name or null</source>
        <translation>Regionsname oder null erwartet</translation>
    </message>
    <message>
        <source>expected another region&apos;s name</source>
        <translation>Name einer anderen Region erwartet</translation>
    </message>
    <message>
        <source>duplicate region</source>
        <translation>doppelte Region</translation>
    </message>
    <message>
        <source>unknown fact id</source>
        <translation>unbekannte Fakten-ID</translation>
    </message>
    <message>
        <source>expected a number or an object with a value</source>
        <translation>Zahl oder Objekt mit einem Wert erwartet</translation>
    </message>
    <message>
        <source>local override</source>
        <translation>lokale Überschreibung</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Replaces %1 (%2, %3).</source>
        <translation>Ersetzt %1 (%2, %3).</translation>
    </message>
    <message>
        <source>an assumption needs a note</source>
        <translation>eine Annahme braucht eine Notiz</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check a design against its deployment model</source>
        <translation>einen Entwurf gegen sein Bereitstellungsmodell prüfen</translation>
    </message>
    <message>
        <source>estimate cost, recovery time, data loss and availability</source>
        <translation>Kosten, Wiederherstellungszeit, Datenverlust und Verfügbarkeit schätzen</translation>
    </message>
    <message>
        <source>simulate failures: what survives, downtime, data loss</source>
        <translation>Ausfälle simulieren: was überlebt, Ausfallzeit, Datenverlust</translation>
    </message>
    <message>
        <source>write a design as a diagram or as canonical JSON</source>
        <translation>einen Entwurf als Diagramm oder als kanonisches JSON schreiben</translation>
    </message>
    <message>
        <source>list every validation rule</source>
        <translation>alle Validierungsregeln auflisten</translation>
    </message>
    <message>
        <source>write a design&apos;s review report as HTML or PDF</source>
        <translation>den Prüfbericht eines Entwurfs als HTML oder PDF schreiben</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move to another region</source>
        <translation>In andere Region verschieben</translation>
    </message>
    <message>
        <source>Set deployment model to %1</source>
        <translation>Bereitstellungsmodell auf %1 setzen</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Entwurf umbenennen</translation>
    </message>
</context>
<context>
    <name>ComponentItem</name>
    <message>
        <source>%1–%2 nodes</source>
        <translation>%1–%2 Knoten</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source> · stopped</source>
        <translation> · beendet</translation>
    </message>
    <message>
        <source> · Z %1</source>
        <translation> · Z %1</translation>
    </message>
    <message>
        <source>%1 routing</source>
        <translation>Routing: %1</translation>
    </message>
    <message>
        <source>WAF v2</source>
        <translation>WAF v2</translation>
    </message>
    <message>
        <source>Standard v2</source>
        <translation>Standard v2</translation>
    </message>
    <message>
        <source> · +%1 geo</source>
        <translation> · +%1 Geo</translation>
    </message>
    <message>
        <source>%1 GB/day</source>
        <translation>%1 GB/Tag</translation>
    </message>
    <message>
        <source>Cosmos DB</source>
        <translation>Cosmos DB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Azure SQL</source>
        <translation>Azure SQL</translation>
    </message>
    <message>
        <source> · ZR</source>
        <translation> · ZR</translation>
    </message>
    <message>
        <source>%1 · %2 GB</source>
        <translation>%1 · %2 GB</translation>
    </message>
    <message>
        <source>%1 · every %2 h</source>
        <translation>%1 · alle %2 h</translation>
    </message>
    <message>
        <source>Firewall Manager</source>
        <translation>Firewall Manager</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>kein Standort</translation>
    </message>
    <message>
        <source>%1 (unknown region)</source>
        <translation>%1 (unbekannte Region)</translation>
    </message>
    <message>
        <source> · zones 1 2 3</source>
        <translation> · Zonen 1 2 3</translation>
    </message>
    <message>
        <source> · no zones</source>
        <translation> · keine Zonen</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Primary source</source>
        <translation>Primärquelle</translation>
    </message>
    <message>
        <source>Retail Prices API</source>
        <translation>Retail Prices API</translation>
    </message>
    <message>
        <source>Secondary source</source>
        <translation>Sekundärquelle</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
</context>
<context>
    <name>ConnectTool</name>
    <message>
        <source>%1 and %2 cannot be connected: no connection kind joins a %3 and a %4.</source>
        <translation>%1 und %2 können nicht verbunden werden: keine Verbindungsart verbindet %3 und %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are already connected.</source>
        <translation>%1 und %2 sind bereits verbunden.</translation>
    </message>
</context>
<context>
    <name>ConnectionItem</name>
    <message>
        <source>P%1 · w%2</source>
        <translation>P%1 · G%2</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>keine Art</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1 has %2 MiB, more than the %3 MiB a design file may have.</source>
        <translation>%1 hat %2 MiB, mehr als die %3 MiB, die eine Entwurfsdatei haben darf.</translation>
    </message>
    <message>
        <source>the copy could not be written in full</source>
        <translation>die Kopie konnte nicht vollständig geschrieben werden</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a design file.</source>
        <translation>%1 ist ein Ordner, keine Entwurfsdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to read %1.</source>
        <translation>Nicht genügend Arbeitsspeicher, um %1 zu lesen.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The file on disk is unchanged.</source>
        <translation>Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the file could not be written in full</source>
        <translation>die Datei konnte nicht vollständig geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>Component %1 (counting from 1)</source>
        <translation>Komponente %1 (ab 1 gezählt)</translation>
    </message>
    <message>
        <source>Connection %1 (counting from 1)</source>
        <translation>Verbindung %1 (ab 1 gezählt)</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 hat kein „%2“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4.</source>
        <translation>%1: „%2“ muss %3 sein, nicht %4.</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters, more than the %3 allowed.</source>
        <translation>%1: Der Name hat %2 Zeichen, mehr als die erlaubten %3.</translation>
    </message>
    <message>
        <source>This file does not hold a Continuity design: it is JSON, but %1 rather than an object.</source>
        <translation>Diese Datei enthält keinen Continuity-Entwurf: Sie ist JSON, aber %1 statt eines Objekts.</translation>
    </message>
    <message>
        <source>This design is written in format version %1, which this version of Continuity cannot read: it reads format version %2.</source>
        <translation>Dieser Entwurf ist in Formatversion %1 geschrieben, die diese Version von Continuity nicht lesen kann: Sie liest Formatversion %2.</translation>
    </message>
    <message>
        <source>This design could not be brought up from format version %1: %2</source>
        <translation>Dieser Entwurf konnte nicht von Formatversion %1 übernommen werden: %2</translation>
    </message>
    <message>
        <source>Migrating this design from format version %1 failed.</source>
        <translation>Die Migration dieses Entwurfs von Formatversion %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This file is not a Continuity design: it has no &quot;format&quot;.</source>
        <translation>Diese Datei ist kein Continuity-Entwurf: Sie hat kein „format“.</translation>
    </message>
    <message>
        <source>This file is not a Continuity design: &quot;format&quot; is %1, not &quot;continuity-design&quot;.</source>
        <translation>Diese Datei ist kein Continuity-Entwurf: „format“ ist %1, nicht „continuity-design“.</translation>
    </message>
    <message>
        <source>The design has no &quot;version&quot;.</source>
        <translation>Der Entwurf hat keine „version“.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number, not %1.</source>
        <translation>„version“ muss eine ganze Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>This design was written by a newer Continuity: format version %1, this version reads %2.</source>
        <translation>Dieser Entwurf stammt von einem neueren Continuity: Formatversion %1, diese Version liest %2.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist.</source>
        <translation>Formatversion %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The design has no &quot;%1&quot; (an empty list is fine).</source>
        <translation>Der Entwurf hat kein „%1“ (eine leere Liste genügt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2.</source>
        <translation>„%1“ muss ein Array sein, nicht %2.</translation>
    </message>
    <message>
        <source>The design&apos;s &quot;name&quot; must be a string, not %1.</source>
        <translation>Der „name“ des Entwurfs muss eine Zeichenfolge sein, nicht %1.</translation>
    </message>
    <message>
        <source>The design</source>
        <translation>Der Entwurf</translation>
    </message>
    <message>
        <source>The design has no &quot;deploymentModel&quot;.</source>
        <translation>Der Entwurf hat kein „deploymentModel“.</translation>
    </message>
    <message>
        <source>&quot;deploymentModel&quot; must be a string, not %1.</source>
        <translation>„deploymentModel“ muss eine Zeichenfolge sein, nicht %1.</translation>
    </message>
    <message>
        <source>Unknown deployment model %1: expected active-active, active-passive, passive-cold or single-region.</source>
        <translation>Unbekanntes Bereitstellungsmodell %1: erwartet wird active-active, active-passive, passive-cold oder single-region.</translation>
    </message>
    <message>
        <source>&quot;assumptions&quot; must be an object, not %1.</source>
        <translation>„assumptions“ muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid id: an id has 1 to 64 of the characters A-Z, a-z, 0-9, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>%1: %2 ist keine gültige ID: Eine ID hat 1 bis 64 der Zeichen A-Z, a-z, 0-9, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <source>The id %1 is used twice: ids must be unique among all components and connections.</source>
        <translation>Die ID %1 wird zweimal verwendet: IDs müssen unter allen Komponenten und Verbindungen eindeutig sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a finite number.</source>
        <translation>%1: „%2“ muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: unknown kind %2.</source>
        <translation>%1: unbekannte Art %2.</translation>
    </message>
    <message>
        <source>The design could not be read: %1</source>
        <translation>Der Entwurf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file has %1 MiB, more than the %2 MiB a design may have.</source>
        <translation>Die Datei hat %1 MiB, mehr als die %2 MiB, die ein Entwurf haben darf.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no design.</source>
        <translation>Die Datei ist leer: Sie enthält keinen Entwurf.</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8 (byte 0x%2); a design file is UTF-8 text.</source>
        <translation>%1: ungültiges UTF-8 (Byte 0x%2); eine Entwurfsdatei ist UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1: arrays and objects are nested deeper than %2 levels.</source>
        <translation>%1: Arrays und Objekte sind tiefer als %2 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The key %1 appears twice in the same object.</source>
        <translation>Der Schlüssel %1 kommt im selben Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>%1: the number %2 is too large to represent.</source>
        <translation>%1: Die Zahl %2 ist zu groß für eine Darstellung.</translation>
    </message>
    <message>
        <source>%1: this is not valid JSON: the file ends in the middle of the design (was it cut short?).</source>
        <translation>%1: Das ist kein gültiges JSON: Die Datei endet mitten im Entwurf (wurde sie abgeschnitten?).</translation>
    </message>
    <message>
        <source>%1: this is not valid JSON: %2</source>
        <translation>%1: Das ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to read this design.</source>
        <translation>Nicht genügend Arbeitsspeicher, um diesen Entwurf zu lesen.</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>there is nothing to export</source>
        <translation>es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>nicht genügend Arbeitsspeicher für ein Bild von %1 × %2</translation>
    </message>
    <message>
        <source>could not encode the PNG: %1</source>
        <translation>das PNG konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>could not start the SVG</source>
        <translation>das SVG konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Diagram of “%1”, exported by Continuity on %2</source>
        <translation>Diagramm von „%1“, exportiert von Continuity am %2</translation>
    </message>
    <message>
        <source>refused to write an unsafe SVG: %1</source>
        <translation>Schreiben eines unsicheren SVG abgelehnt: %1</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Components: %1.</source>
        <translation>Komponenten: %1.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>its key vault %1 is lost</source>
        <translation>sein Key Vault %1 geht verloren</translation>
    </message>
    <message>
        <source>its egress firewall %1 is lost</source>
        <translation>seine Firewall für ausgehenden Datenverkehr %1 geht verloren</translation>
    </message>
    <message>
        <source>the backup of %1 in %2 cannot be restored where the takeover runs</source>
        <translation>die Sicherung von %1 in %2 kann dort, wo die Übernahme läuft, nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the operational-tier backup of %1 in %2 is lost with it</source>
        <translation>die Sicherung der Betriebsebene von %1 in %2 geht mit verloren</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2, restored across regions</source>
        <translation>%1: Sicherung der Tresorebene in %2, regionsübergreifend wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2</source>
        <translation>%1: Sicherung der Tresorebene in %2</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>zone %1 of %2</source>
        <translation>Zone %1 von %2</translation>
    </message>
    <message>
        <source>Failure: %1 down (%2 components lost)</source>
        <translation>Ausfall: %1 ausgefallen (%2 Komponenten verloren)</translation>
    </message>
    <message>
        <source>%1 marks the lost origins down and sends the traffic to %2</source>
        <translation>%1 markiert die verlorenen Ursprünge als ausgefallen und leitet den Datenverkehr an %2</translation>
    </message>
    <message>
        <source>Clients are repointed by hand to %1</source>
        <translation>Clients werden von Hand auf %1 umgestellt</translation>
    </message>
    <message>
        <source>A person confirms the loss and decides to start %1</source>
        <translation>Eine Person bestätigt den Verlust und beschließt, %1 zu starten</translation>
    </message>
    <message>
        <source>An event starts %1</source>
        <translation>Ein Ereignis startet %1</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>The autoscaler has grown %1 from %2 to %3 nodes (%4 % of the load)</source>
        <translation>Die automatische Skalierung hat %1 von %2 auf %3 Knoten vergrößert (%4 % der Last)</translation>
    </message>
    <message>
        <source>The clusters left reach %1 of the %2 nodes that served before (%3 %).</source>
        <translation>Die verbleibenden Cluster erreichen %1 der %2 Knoten, die vorher bedient haben (%3 %).</translation>
    </message>
    <message>
        <source>No replica of the container registry survives: the clusters cannot add nodes.</source>
        <translation>Kein Replikat der Containerregistrierung überlebt: Die Cluster können keine Knoten hinzufügen.</translation>
    </message>
    <message>
        <source>%1 restored from the backup in %2</source>
        <translation>%1 aus der Sicherung in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>The data takes writes again: %1</source>
        <translation>Die Daten nehmen wieder Schreibvorgänge an: %1</translation>
    </message>
    <message>
        <source>The data takes writes again: %1; in parallel %2</source>
        <translation>Die Daten nehmen wieder Schreibvorgänge an: %1; parallel dazu %2</translation>
    </message>
    <message>
        <source>Data is lost for good: %1.</source>
        <translation>Daten gehen endgültig verloren: %1.</translation>
    </message>
    <message>
        <source>No data store the clusters use is lost.</source>
        <translation>Kein Datenspeicher, den die Cluster verwenden, geht verloren.</translation>
    </message>
    <message>
        <source>The worst: %1, %2.</source>
        <translation>Im schlimmsten Fall: %1, %2.</translation>
    </message>
    <message>
        <source>%1 serves again at %2 % of the capacity</source>
        <translation>%1 bedient wieder mit %2 % der Kapazität</translation>
    </message>
    <message>
        <source>Survives once %1 is started and takes over.</source>
        <translation>Überlebt, sobald %1 gestartet ist und übernimmt.</translation>
    </message>
    <message>
        <source>Survives: %1 takes over.</source>
        <translation>Überlebt: %1 übernimmt.</translation>
    </message>
    <message>
        <source>Recovered: %1 serves at %2 % of the capacity</source>
        <translation>Wiederhergestellt: %1 bedient mit %2 % der Kapazität</translation>
    </message>
    <message>
        <source>Survives without downtime: %1 kept serving.</source>
        <translation>Überlebt ohne Ausfallzeit: %1 hat weiter bedient.</translation>
    </message>
    <message>
        <source>nothing served traffic before the failure</source>
        <translation>vor dem Ausfall hat nichts Datenverkehr bedient</translation>
    </message>
    <message>
        <source>every global router is lost, and with them the entry point</source>
        <translation>jeder globale Router geht verloren und mit ihnen der Einstiegspunkt</translation>
    </message>
    <message>
        <source>%1 cannot serve: %2</source>
        <translation>%1 kann nicht bedienen: %2</translation>
    </message>
    <message>
        <source>no cluster runs or waits outside what is lost</source>
        <translation>außerhalb des Verlorenen läuft oder wartet kein Cluster</translation>
    </message>
    <message>
        <source>Does not survive: %1.</source>
        <translation>Überlebt nicht: %1.</translation>
    </message>
    <message>
        <source>The service does not come back: %1</source>
        <translation>Der Dienst kommt nicht zurück: %1</translation>
    </message>
    <message>
        <source>%1 % of the traffic went to what was lost and fails until it is moved (%2).</source>
        <translation>%1 % des Datenverkehrs gingen an das Verlorene und schlagen fehl, bis er umgeleitet ist (%2).</translation>
    </message>
    <message>
        <source>Reads go on; writes to the data that fails over wait for it.</source>
        <translation>Lesevorgänge laufen weiter; Schreibvorgänge auf die Daten, die ein Failover ausführen, warten darauf.</translation>
    </message>
    <message>
        <source>unknown failure target &apos;%1&apos;: the design has no region at %2</source>
        <translation>unbekanntes Ausfallziel „%1“: Der Entwurf hat keine Region in %2</translation>
    </message>
    <message>
        <source>bad failure target &apos;%1&apos;: write zone:LOCATION:N with N 1, 2 or 3</source>
        <translation>ungültiges Ausfallziel „%1“: Schreiben Sie zone:STANDORT:N mit N 1, 2 oder 3</translation>
    </message>
    <message>
        <source>unknown failure target &apos;%1&apos;: %2 has no availability zones</source>
        <translation>unbekanntes Ausfallziel „%1“: %2 hat keine Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>unknown failure target &apos;%1&apos;: no component of the design has this id, and it is not region:LOCATION or zone:LOCATION:N</source>
        <translation>unbekanntes Ausfallziel „%1“: Keine Komponente des Entwurfs hat diese ID, und es ist weder region:STANDORT noch zone:STANDORT:N</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>%1 serves traffic on the %2 tier, which has no financially backed uptime SLA: there is no availability figure to compose.</source>
        <translation>%1 bedient Datenverkehr im Tarif %2, der keine finanziell abgesicherte Betriebszeit-SLA hat: Es gibt keinen Verfügbarkeitswert zum Zusammensetzen.</translation>
    </message>
    <message>
        <source>%1: no SLA on the %2 tier</source>
        <translation>%1: keine SLA im Tarif %2</translation>
    </message>
    <message>
        <source>No running cluster serves traffic: there is no path to compose.</source>
        <translation>Kein laufender Cluster bedient Datenverkehr: Es gibt keinen Pfad zum Zusammensetzen.</translation>
    </message>
    <message>
        <source>Global router %1</source>
        <translation>Globaler Router %1</translation>
    </message>
    <message>
        <source>gateways %1 in parallel %2</source>
        <translation>Gateways %1 parallel %2</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>Region %1: %2</translation>
    </message>
    <message>
        <source>Region %1, clusters in parallel: %2</source>
        <translation>Region %1, Cluster parallel: %2</translation>
    </message>
    <message>
        <source>%1 serving regions in parallel: 1 − ∏(1 − region)</source>
        <translation>%1 bedienende Regionen parallel: 1 − ∏(1 − Region)</translation>
    </message>
    <message>
        <source>%1, used by every serving region</source>
        <translation>%1, von jeder bedienenden Region verwendet</translation>
    </message>
    <message>
        <source>Global routers %1 × serving regions %2 (%3 in parallel) × services every serving region uses %4 = %5</source>
        <translation>Globale Router %1 × bedienende Regionen %2 (%3 parallel) × Dienste, die jede bedienende Region verwendet %4 = %5</translation>
    </message>
    <message>
        <source>Regional price multiplier (no region): × %1</source>
        <translation>Regionaler Preismultiplikator (keine Region): × %1</translation>
    </message>
    <message>
        <source>Price multiplier of %1: × %2</source>
        <translation>Preismultiplikator von %1: × %2</translation>
    </message>
    <message>
        <source>%1: the VM size %2 is not in the catalog, so its nodes are not priced.</source>
        <translation>%1: Die VM-Größe %2 ist nicht im Katalog, daher sind ihre Knoten nicht bepreist.</translation>
    </message>
    <message>
        <source>%1 tier: %2 USD/h × %3 h%4</source>
        <translation>Tarif %1: %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>%1 × %2: %1 × %3 USD/h × %4 h%5</source>
        <translation>%1 × %2: %1 × %3 USD/h × %4 h%5</translation>
    </message>
    <message>
        <source>%1 OS disks: %1 × %2 USD/month%3</source>
        <translation>%1 Betriebssystemdatenträger: %1 × %2 USD/Monat%3</translation>
    </message>
    <message>
        <source>stopped: the OS disks of %1 nodes alone</source>
        <translation>beendet: nur die Betriebssystemdatenträger von %1 Knoten</translation>
    </message>
    <message>
        <source>running: %1 tier, %2 × %3 (not in the catalog, not priced), OS disks</source>
        <translation>läuft: Tarif %1, %2 × %3 (nicht im Katalog, nicht bepreist), Betriebssystemdatenträger</translation>
    </message>
    <message>
        <source>running: %1 tier, %2 × %3 with OS disks, 730 h</source>
        <translation>läuft: Tarif %1, %2 × %3 mit Betriebssystemdatenträgern, 730 h</translation>
    </message>
    <message>
        <source>%1 base fee</source>
        <translation>Grundgebühr %1</translation>
    </message>
    <message>
        <source>Requests: %1 a month ÷ 10,000 × %2 USD</source>
        <translation>Anforderungen: %1 im Monat ÷ 10.000 × %2 USD</translation>
    </message>
    <message>
        <source>Egress: %1 GB a month × %2 USD/GB</source>
        <translation>Ausgehender Datenverkehr: %1 GB im Monat × %2 USD/GB</translation>
    </message>
    <message>
        <source>%1 base fee, requests and egress from the assumptions</source>
        <translation>Grundgebühr %1, Anforderungen und ausgehender Datenverkehr aus den Annahmen</translation>
    </message>
    <message>
        <source>DNS queries: %1 million a month × %2 USD per million</source>
        <translation>DNS-Abfragen: %1 Millionen im Monat × %2 USD pro Million</translation>
    </message>
    <message>
        <source>DNS queries above the first billion: %1 million × %2 USD per million</source>
        <translation>DNS-Abfragen über der ersten Milliarde: %1 Millionen × %2 USD pro Million</translation>
    </message>
    <message>
        <source>Health checks: %1 endpoints × %2 USD/month</source>
        <translation>Integritätsprüfungen: %1 Endpunkte × %2 USD/Monat</translation>
    </message>
    <message>
        <source>Fast probing (%1 s): %2 endpoints × %3 USD/month</source>
        <translation>Schnelle Tests (%1 s): %2 Endpunkte × %3 USD/Monat</translation>
    </message>
    <message>
        <source>DNS queries from the assumptions, health checks on %1 endpoints</source>
        <translation>DNS-Abfragen aus den Annahmen, Integritätsprüfungen an %1 Endpunkten</translation>
    </message>
    <message>
        <source>%1 fixed: %2 USD/h × %3 h%4</source>
        <translation>%1 fest: %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>%1 capacity units × %2 USD/h × %3 h%4</source>
        <translation>%1 Kapazitätseinheiten × %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>%1: fixed + %2 capacity units, 730 h</source>
        <translation>%1: fest + %2 Kapazitätseinheiten, 730 h</translation>
    </message>
    <message>
        <source>%1: %2 USD/day × %3 days%4</source>
        <translation>%1: %2 USD/Tag × %3 Tage%4</translation>
    </message>
    <message>
        <source>%1: geo-replication needs the Premium SKU; its %2 replica(s) are not priced.</source>
        <translation>%1: Georeplikation erfordert die Premium-SKU; die %2 Replikate sind nicht bepreist.</translation>
    </message>
    <message>
        <source>Geo-replica in %1: %2 USD/day × %3 days%4</source>
        <translation>Georeplikat in %1: %2 USD/Tag × %3 Tage%4</translation>
    </message>
    <message>
        <source>%1 SKU</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>%1 SKU and %2 geo-replica(s)</source>
        <translation>SKU %1 und %2 Georeplikate</translation>
    </message>
    <message>
        <source>Operations: %1 a month ÷ 10,000 × %2 USD%3</source>
        <translation>Vorgänge: %1 im Monat ÷ 10.000 × %2 USD%3</translation>
    </message>
    <message>
        <source>operations from the assumptions; HSM keys not counted (the design does not say how many)</source>
        <translation>Vorgänge aus den Annahmen; HSM-Schlüssel nicht gezählt (der Entwurf sagt nicht, wie viele)</translation>
    </message>
    <message>
        <source>operations from the assumptions</source>
        <translation>Vorgänge aus den Annahmen</translation>
    </message>
    <message>
        <source>Ingestion: %1 GB/day × %2 days × %3 USD/GB%4</source>
        <translation>Erfassung: %1 GB/Tag × %2 Tage × %3 USD/GB%4</translation>
    </message>
    <message>
        <source>%1 GB a day, pay-as-you-go; the free allowance is per billing account and not deducted</source>
        <translation>%1 GB pro Tag, nutzungsbasiert; das kostenlose Kontingent gilt pro Abrechnungskonto und wird nicht abgezogen</translation>
    </message>
    <message>
        <source>%1 deployment: %2 USD/h × %3 h%4</source>
        <translation>Bereitstellung %1: %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>Data processed: %1 GB a month × %2 USD/GB%3</source>
        <translation>Verarbeitete Daten: %1 GB im Monat × %2 USD/GB%3</translation>
    </message>
    <message>
        <source>%1 deployment, 730 h, and data processed</source>
        <translation>Bereitstellung %1, 730 h, und verarbeitete Daten</translation>
    </message>
    <message>
        <source>%1 firewall association(s): free up to %2</source>
        <translation>%1 Firewallzuordnungen: kostenlos bis %2</translation>
    </message>
    <message>
        <source>free: %1 firewall association(s)</source>
        <translation>kostenlos: %1 Firewallzuordnungen</translation>
    </message>
    <message>
        <source>%1 firewalls in %2 region(s): %2 × %3 USD/month</source>
        <translation>%1 Firewalls in %2 Regionen: %2 × %3 USD/Monat</translation>
    </message>
    <message>
        <source>fixed rate per region: %1 associated firewalls in %2 region(s)</source>
        <translation>Festpreis pro Region: %1 zugeordnete Firewalls in %2 Regionen</translation>
    </message>
    <message>
        <source>%1: %2 USD/month%3</source>
        <translation>%1: %2 USD/Monat%3</translation>
    </message>
    <message>
        <source>%1, a typical size (assumption)</source>
        <translation>%1, eine typische Größe (Annahme)</translation>
    </message>
    <message>
        <source>%1 GB %2 × %3 USD/GB-month%4</source>
        <translation>%1 GB %2 × %3 USD/GB-Monat%4</translation>
    </message>
    <message>
        <source>%1 GB, %2</source>
        <translation>%1 GB, %2</translation>
    </message>
    <message>
        <source>%1 protected cluster(s) × %2 USD/month%3</source>
        <translation>%1 geschützte Cluster × %2 USD/Monat%3</translation>
    </message>
    <message>
        <source>protects %1 cluster(s)</source>
        <translation>schützt %1 Cluster</translation>
    </message>
    <message>
        <source>No running cluster serves traffic, so there is no serving region to lose.</source>
        <translation>Kein laufender Cluster bedient Datenverkehr, daher gibt es keine bedienende Region, die verloren gehen kann.</translation>
    </message>
    <message>
        <source>The design as it is.</source>
        <translation>Der Entwurf, wie er ist.</translation>
    </message>
    <message>
        <source>The serving region as designed; every other cluster running at the serving region&apos;s size or more; every global router edge at priority 1.</source>
        <translation>Die bedienende Region wie entworfen; jeder andere Cluster läuft mit der Größe der bedienenden Region oder mehr; jede Kante eines globalen Routers mit Priorität 1.</translation>
    </message>
    <message>
        <source>The serving region as designed; every other cluster running at its autoscale minimum, able to grow to the serving region&apos;s size; router edges into the serving region at priority 1, the others at 2 or worse.</source>
        <translation>Die bedienende Region wie entworfen; jeder andere Cluster läuft mit seinem Autoskalierungsminimum und kann auf die Größe der bedienenden Region wachsen; Router-Kanten in die bedienende Region mit Priorität 1, die anderen mit 2 oder schlechter.</translation>
    </message>
    <message>
        <source>The serving region as designed; every other cluster stopped, at its autoscale minimum, with manual activation; router edges into the serving region at priority 1, the others at 2 or worse.</source>
        <translation>Die bedienende Region wie entworfen; jeder andere Cluster beendet, mit seinem Autoskalierungsminimum und manueller Aktivierung; Router-Kanten in die bedienende Region mit Priorität 1, die anderen mit 2 oder schlechter.</translation>
    </message>
    <message>
        <source>Only the serving region, its components and the global ones; registries lose their geo-replicas.</source>
        <translation>Nur die bedienende Region, ihre Komponenten und die globalen; Registrierungen verlieren ihre Georeplikate.</translation>
    </message>
    <message>
        <source>Requests a month through each Front Door</source>
        <translation>Anforderungen pro Monat über jede Front Door</translation>
    </message>
    <message>
        <source>Egress a month through each Front Door (GB)</source>
        <translation>Ausgehender Datenverkehr pro Monat über jede Front Door (GB)</translation>
    </message>
    <message>
        <source>DNS queries a month per Traffic Manager profile</source>
        <translation>DNS-Abfragen pro Monat je Traffic Manager-Profil</translation>
    </message>
    <message>
        <source>Operations a month per key vault</source>
        <translation>Vorgänge pro Monat je Key Vault</translation>
    </message>
    <message>
        <source>Data processed a month per firewall (GB)</source>
        <translation>Verarbeitete Daten pro Monat je Firewall (GB)</translation>
    </message>
    <message>
        <source>Manual decision to activate a cold cluster (s)</source>
        <translation>Manuelle Entscheidung, einen kalten Cluster zu aktivieren (s)</translation>
    </message>
    <message>
        <source>Event-driven activation of a cold cluster (s)</source>
        <translation>Ereignisgesteuerte Aktivierung eines kalten Clusters (s)</translation>
    </message>
    <message>
        <source>Manual switch-over without a global router (s)</source>
        <translation>Manuelle Umschaltung ohne globalen Router (s)</translation>
    </message>
    <message>
        <source>Node provisioning on scale-out (s)</source>
        <translation>Knotenbereitstellung beim Aufskalieren (s)</translation>
    </message>
    <message>
        <source>Starting a stopped cluster (s)</source>
        <translation>Starten eines beendeten Clusters (s)</translation>
    </message>
    <message>
        <source>Creating a cluster (s)</source>
        <translation>Erstellen eines Clusters (s)</translation>
    </message>
    <message>
        <source>Restoring a cluster from a backup (s)</source>
        <translation>Wiederherstellen eines Clusters aus einer Sicherung (s)</translation>
    </message>
    <message>
        <source>Price multiplier of every region</source>
        <translation>Preismultiplikator jeder Region</translation>
    </message>
    <message>
        <source>Price multiplier of %1</source>
        <translation>Preismultiplikator von %1</translation>
    </message>
    <message>
        <source>Front Door %1</source>
        <translation>Front Door %1</translation>
    </message>
    <message>
        <source>Traffic Manager %1</source>
        <translation>Traffic Manager %1</translation>
    </message>
    <message>
        <source>Azure SQL failover group</source>
        <translation>Azure SQL-Failovergruppe</translation>
    </message>
    <message>
        <source>Cosmos DB automatic failover</source>
        <translation>Automatisches Failover von Cosmos DB</translation>
    </message>
    <message>
        <source>PostgreSQL replica promotion</source>
        <translation>Heraufstufen eines PostgreSQL-Replikats</translation>
    </message>
    <message>
        <source>Detection by %1: (%2 tolerated failures + 1) × %3 s probe interval + %4 s DNS TTL</source>
        <translation>Erkennung durch %1: (%2 tolerierte Fehler + 1) × %3 s Testintervall + %4 s DNS-TTL</translation>
    </message>
    <message>
        <source>Detection by %1: %2 s probe interval × (%3 samples − %4 required + 1)</source>
        <translation>Erkennung durch %1: %2 s Testintervall × (%3 Stichproben − %4 erforderliche + 1)</translation>
    </message>
    <message>
        <source>Manual switch-over: no global router moves the traffic, clients are repointed by hand</source>
        <translation>Manuelle Umschaltung: Kein globaler Router verlagert den Datenverkehr, Clients werden von Hand umgestellt</translation>
    </message>
    <message>
        <source>Activation decision: a person confirms the loss and starts the cold cluster</source>
        <translation>Aktivierungsentscheidung: Eine Person bestätigt den Verlust und startet den kalten Cluster</translation>
    </message>
    <message>
        <source>Activation decision: an event starts the cold cluster</source>
        <translation>Aktivierungsentscheidung: Ein Ereignis startet den kalten Cluster</translation>
    </message>
    <message>
        <source>Starting the stopped cluster until it serves</source>
        <translation>Starten des beendeten Clusters, bis er bedient</translation>
    </message>
    <message>
        <source>Scale-out: the autoscaler adds nodes (it gives up after %1)</source>
        <translation>Aufskalieren: Die automatische Skalierung fügt Knoten hinzu (sie gibt nach %1 auf)</translation>
    </message>
    <message>
        <source>Restore of the cluster&apos;s state and volumes from the backup</source>
        <translation>Wiederherstellung von Zustand und Volumes des Clusters aus der Sicherung</translation>
    </message>
    <message>
        <source>%1 fails over to %2 (%3)</source>
        <translation>%1 führt ein Failover auf %2 aus (%3)</translation>
    </message>
    <message>
        <source>%1: synchronous (strong) replication to %2</source>
        <translation>%1: synchrone (starke) Replikation nach %2</translation>
    </message>
    <message>
        <source>%1: synchronous replication to %2, every committed write is there</source>
        <translation>%1: synchrone Replikation nach %2, jeder bestätigte Schreibvorgang ist dort</translation>
    </message>
    <message>
        <source>%1 fails over to %2, replicated synchronously</source>
        <translation>%1 führt ein Failover auf %2 aus, synchron repliziert</translation>
    </message>
    <message>
        <source>%1: asynchronous replication to %2 (%3)</source>
        <translation>%1: asynchrone Replikation nach %2 (%3)</translation>
    </message>
    <message>
        <source>%1 fails over to %2, replicated asynchronously</source>
        <translation>%1 führt ein Failover auf %2 aus, asynchron repliziert</translation>
    </message>
    <message>
        <source>%1 is a replica of %2, which survives: nothing is lost</source>
        <translation>%1 ist ein Replikat von %2, das überlebt: Nichts geht verloren</translation>
    </message>
    <message>
        <source>%1 is a replica of %2, which survives</source>
        <translation>%1 ist ein Replikat von %2, das überlebt</translation>
    </message>
    <message>
        <source>%1 is geo-restored from geo-replicated backups (no replica outside the lost region)</source>
        <translation>%1 wird per Geowiederherstellung aus georeplizierten Sicherungen wiederhergestellt (kein Replikat außerhalb der verlorenen Region)</translation>
    </message>
    <message>
        <source>%1: geo-restore from geo-replicated backups</source>
        <translation>%1: Geowiederherstellung aus georeplizierten Sicherungen</translation>
    </message>
    <message>
        <source>%1 has no surviving replica and is geo-restored</source>
        <translation>%1 hat kein überlebendes Replikat und wird per Geowiederherstellung wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 (%2) has no replica outside the lost region: its data is lost</source>
        <translation>%1 (%2) hat kein Replikat außerhalb der verlorenen Region: Seine Daten gehen verloren</translation>
    </message>
    <message>
        <source>%1 (%2): customer-managed failover to the paired region</source>
        <translation>%1 (%2): vom Kunden verwaltetes Failover in die gekoppelte Region</translation>
    </message>
    <message>
        <source>%1 (%2): asynchronous geo-replication</source>
        <translation>%1 (%2): asynchrone Georeplikation</translation>
    </message>
    <message>
        <source>%1 (%2) fails over to the paired region</source>
        <translation>%1 (%2) führt ein Failover in die gekoppelte Region aus</translation>
    </message>
    <message>
        <source>%1 (%2) keeps no copy outside its region: its data is lost</source>
        <translation>%1 (%2) hält keine Kopie außerhalb seiner Region: Seine Daten gehen verloren</translation>
    </message>
    <message>
        <source>the backup of %1 in %2 cannot be restored outside the lost region (cross-region restore reaches the paired region only)</source>
        <translation>die Sicherung von %1 in %2 kann nicht außerhalb der verlorenen Region wiederhergestellt werden (regionsübergreifende Wiederherstellung erreicht nur die gekoppelte Region)</translation>
    </message>
    <message>
        <source>the operational-tier backup of %1 in %2 stays in the lost region</source>
        <translation>die Sicherung der Betriebsebene von %1 in %2 bleibt in der verlorenen Region</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2, restored across regions</source>
        <translation>%1: Sicherung der Tresorebene in %2, regionsübergreifend wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2</source>
        <translation>%1: Sicherung der Tresorebene in %2</translation>
    </message>
    <message>
        <source>Nothing survives the loss of %1: no cluster runs or waits outside it.</source>
        <translation>Nichts überlebt den Verlust von %1: Außerhalb davon läuft oder wartet kein Cluster.</translation>
    </message>
    <message>
        <source>After losing %1 the clusters that take over reach %2 of the %3 nodes it ran (%4 %).</source>
        <translation>Nach dem Verlust von %1 erreichen die übernehmenden Cluster %2 der %3 Knoten, die dort liefen (%4 %).</translation>
    </message>
    <message>
        <source>Data-tier failover: %1</source>
        <translation>Failover der Datenebene: %1</translation>
    </message>
    <message>
        <source>Data-tier failover: %1; in parallel with %2</source>
        <translation>Failover der Datenebene: %1; parallel zu %2</translation>
    </message>
    <message>
        <source>Data is lost with %1: %2.</source>
        <translation>Mit %1 gehen Daten verloren: %2.</translation>
    </message>
    <message>
        <source>The clusters use no database or storage in %1 and restore no backup: nothing is lost with it.</source>
        <translation>Die Cluster verwenden keine Datenbank und keinen Speicher in %1 und stellen keine Sicherung wieder her: Damit geht nichts verloren.</translation>
    </message>
    <message>
        <source>The worst over the data the clusters use in %1: %2, %3.</source>
        <translation>Im schlimmsten Fall bei den Daten, die die Cluster in %1 verwenden: %2, %3.</translation>
    </message>
    <message>
        <source>the design&apos;s assumptions (catalog: %1 from %2)</source>
        <translation>die Annahmen des Entwurfs (Katalog: %1 vom %2)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>property %1 of %2</source>
        <translation>Eigenschaft %1 von %2</translation>
    </message>
</context>
<context>
    <name>EstimatesPanel</name>
    <message>
        <source> (the design&apos;s assumption)</source>
        <translation> (Annahme des Entwurfs)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>As of %1, confidence: %2</source>
        <translation>Stand %1, Konfidenz: %2</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS-Cluster</translation>
    </message>
    <message>
        <source>Front Door</source>
        <translation>Front Door</translation>
    </message>
    <message>
        <source>Traffic Manager</source>
        <translation>Traffic Manager</translation>
    </message>
    <message>
        <source>Application Gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Containerregistrierung</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Log Analytics-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <source>Firewall policy</source>
        <translation>Firewallrichtlinie</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Speicherkonto</translation>
    </message>
    <message>
        <source>Backup vault</source>
        <translation>Sicherungstresor</translation>
    </message>
    <message>
        <source>AKS</source>
        <translation>AKS</translation>
    </message>
    <message>
        <source>App Gateway</source>
        <translation>App Gateway</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Log Analytics</source>
        <translation>Log Analytics</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active-active</source>
        <translation>Aktiv/Aktiv</translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation>Aktiv/Passiv</translation>
    </message>
    <message>
        <source>Passive-cold</source>
        <translation>Passiv/Kalt</translation>
    </message>
    <message>
        <source>Single region</source>
        <translation>Einzelne Region</translation>
    </message>
    <message>
        <source>Two or more regions serve traffic at once; when one fails, the others carry its load.</source>
        <translation>Zwei oder mehr Regionen bedienen gleichzeitig Datenverkehr; fällt eine aus, tragen die anderen ihre Last.</translation>
    </message>
    <message>
        <source>One region serves traffic; a smaller, running copy in a second region takes over when it fails.</source>
        <translation>Eine Region bedient Datenverkehr; eine kleinere, laufende Kopie in einer zweiten Region übernimmt, wenn sie ausfällt.</translation>
    </message>
    <message>
        <source>One region serves traffic; the second region&apos;s cluster is stopped and is started when disaster strikes.</source>
        <translation>Eine Region bedient Datenverkehr; der Cluster der zweiten Region ist beendet und wird im Notfall gestartet.</translation>
    </message>
    <message>
        <source>One region spread across availability zones: the baseline the other models are measured against.</source>
        <translation>Eine Region, verteilt auf Verfügbarkeitszonen: die Basis, an der die anderen Modelle gemessen werden.</translation>
    </message>
    <message>
        <source>An Azure region: the container of the regional components.</source>
        <translation>Eine Azure-Region: der Container der regionalen Komponenten.</translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster that runs the workload.</source>
        <translation>Ein verwalteter Kubernetes-Cluster, der die Workload ausführt.</translation>
    </message>
    <message>
        <source>Global HTTP entry point with health probes: sends users to healthy regions.</source>
        <translation>Globaler HTTP-Einstiegspunkt mit Integritätstests: leitet Benutzer zu fehlerfreien Regionen.</translation>
    </message>
    <message>
        <source>DNS-based global routing between regions.</source>
        <translation>DNS-basiertes globales Routing zwischen Regionen.</translation>
    </message>
    <message>
        <source>Regional layer-7 load balancer in front of a cluster, optionally with a web application firewall.</source>
        <translation>Regionaler Layer-7-Lastenausgleich vor einem Cluster, optional mit Web Application Firewall.</translation>
    </message>
    <message>
        <source>Holds the container images; the Premium tier replicates them to other regions.</source>
        <translation>Enthält die Containerimages; der Premium-Tarif repliziert sie in andere Regionen.</translation>
    </message>
    <message>
        <source>Secrets, keys and certificates of the workload.</source>
        <translation>Geheimnisse, Schlüssel und Zertifikate der Workload.</translation>
    </message>
    <message>
        <source>Collects the logs and metrics of the region&apos;s components.</source>
        <translation>Sammelt die Protokolle und Metriken der Komponenten der Region.</translation>
    </message>
    <message>
        <source>Inspects the clusters&apos; outbound traffic, as the hub of a hub-and-spoke network.</source>
        <translation>Prüft den ausgehenden Datenverkehr der Cluster, als Hub eines Hub-Spoke-Netzwerks.</translation>
    </message>
    <message>
        <source>Rules shared by the firewalls of every region (Azure Firewall Manager).</source>
        <translation>Regeln, die die Firewalls aller Regionen gemeinsam nutzen (Azure Firewall Manager).</translation>
    </message>
    <message>
        <source>The application&apos;s data: Azure SQL Database, Cosmos DB or PostgreSQL.</source>
        <translation>Die Daten der Anwendung: Azure SQL-Datenbank, Cosmos DB oder PostgreSQL.</translation>
    </message>
    <message>
        <source>Blob and file storage, with a choice of redundancy.</source>
        <translation>Blob- und Dateispeicher, mit wählbarer Redundanz.</translation>
    </message>
    <message>
        <source>Backs up the clusters, and can restore them in another region.</source>
        <translation>Sichert die Cluster und kann sie in einer anderen Region wiederherstellen.</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Repliziert</translation>
    </message>
    <message>
        <source>Protects</source>
        <translation>Schützt</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Azure SQL Database</source>
        <translation>Azure SQL-Datenbank</translation>
    </message>
    <message>
        <source>Azure Cosmos DB</source>
        <translation>Azure Cosmos DB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Standard v2</source>
        <translation>Standard v2</translation>
    </message>
    <message>
        <source>WAF v2</source>
        <translation>WAF v2</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>Bei einem Ereignis</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
</context>
<context>
    <name>PngText</name>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>not enough memory to encode a %1 × %2 image</source>
        <translation>nicht genügend Arbeitsspeicher, um ein Bild von %1 × %2 zu kodieren</translation>
    </message>
    <message>
        <source>the PNG encoder failed: %1</source>
        <translation>der PNG-Kodierer ist gescheitert: %1</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Availability zones</source>
        <translation>Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Automatische Skalierung</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM-Größe</translation>
    </message>
    <message>
        <source>Pricing tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Node count</source>
        <translation>Knotenanzahl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Max pods per node</source>
        <translation>Max. Pods pro Knoten</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Knotenpools</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Probe interval (s)</source>
        <translation>Testintervall (s)</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stichprobengröße</translation>
    </message>
    <message>
        <source>Successful samples required</source>
        <translation>Erforderliche erfolgreiche Stichproben</translation>
    </message>
    <message>
        <source>Routing method</source>
        <translation>Routingmethode</translation>
    </message>
    <message>
        <source>DNS TTL (s)</source>
        <translation>DNS-TTL (s)</translation>
    </message>
    <message>
        <source>Tolerated failures</source>
        <translation>Tolerierte Fehler</translation>
    </message>
    <message>
        <source>Capacity units</source>
        <translation>Kapazitätseinheiten</translation>
    </message>
    <message>
        <source>Accepts traffic only from Front Door</source>
        <translation>Nimmt nur Datenverkehr von Front Door an</translation>
    </message>
    <message>
        <source>Geo-replicas</source>
        <translation>Georeplikate</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Daily ingestion (GB)</source>
        <translation>Tägliche Erfassung (GB)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Zone-redundant</source>
        <translation>Zonenredundant</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source>Capacity (GB)</source>
        <translation>Kapazität (GB)</translation>
    </message>
    <message>
        <source>Backup every (hours)</source>
        <translation>Sicherung alle (Stunden)</translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation>Regionsübergreifende Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Diagram of %1</source>
        <translation>Diagramm von %1</translation>
    </message>
    <message>
        <source>Monthly cost against %1 under each deployment model</source>
        <translation>Monatliche Kosten gegenüber %1 unter jedem Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>Monthly cost by component kind</source>
        <translation>Monatliche Kosten nach Komponentenart</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Design review</source>
        <translation>Entwurfsprüfung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 components, %4 connections · regions: %5</source>
        <translation>%1 · %2 · %3 Komponenten, %4 Verbindungen · Regionen: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Recovery time (RTO)</source>
        <translation>Wiederherstellungszeit (RTO)</translation>
    </message>
    <message>
        <source>Data loss (RPO)</source>
        <translation>Datenverlust (RPO)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 infos. Single points of failure: %4. Prices and timings from the catalog of %5.</source>
        <translation>Befunde: %1 Fehler, %2 Warnungen, %3 Infos. Single Points of Failure: %4. Preise und Zeiten aus dem Katalog vom %5.</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>The design as the canvas draws it; badges mark the components with findings.</source>
        <translation>Der Entwurf, wie ihn die Zeichenfläche darstellt; Markierungen kennzeichnen die Komponenten mit Befunden.</translation>
    </message>
    <message>
        <source>The design has nothing to draw.</source>
        <translation>Der Entwurf enthält nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings: the design meets every rule of its deployment model.</source>
        <translation>Keine Befunde: Der Entwurf erfüllt jede Regel seines Bereitstellungsmodells.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>The first %1 of the %2 findings:</source>
        <translation>Die ersten %1 der %2 Befunde:</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Money in USD a month (730 hours).</source>
        <translation>Beträge in USD pro Monat (730 Stunden).</translation>
    </message>
    <message>
        <source>Money in USD a month (730 hours). Recovery time and data loss are for the loss of %1, the serving region whose loss is worst.</source>
        <translation>Beträge in USD pro Monat (730 Stunden). Wiederherstellungszeit und Datenverlust gelten für den Verlust von %1, der bedienenden Region, deren Verlust am schwersten wiegt.</translation>
    </message>
    <message>
        <source>Monthly cost: %1</source>
        <translation>Monatliche Kosten: %1</translation>
    </message>
    <message>
        <source>Component kind</source>
        <translation>Komponentenart</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>How it is made up</source>
        <translation>Zusammensetzung</translation>
    </message>
    <message>
        <source>… and %1 more components; the table by kind above holds them all.</source>
        <translation>… und %1 weitere Komponenten; die Tabelle nach Art oben enthält sie alle.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Recovery time (RTO): %1</source>
        <translation>Wiederherstellungszeit (RTO): %1</translation>
    </message>
    <message>
        <source>Data loss (RPO): %1</source>
        <translation>Datenverlust (RPO): %1</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Verfügbarkeit: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Trade-off by deployment model</source>
        <translation>Abwägung nach Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>The same design under each of the four deployment models, for the loss of the same region; the design&apos;s own model is highlighted.</source>
        <translation>Derselbe Entwurf unter jedem der vier Bereitstellungsmodelle, für den Verlust derselben Region; das eigene Modell des Entwurfs ist hervorgehoben.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source> (as designed)</source>
        <translation> (wie entworfen)</translation>
    </message>
    <message>
        <source>the design as it is</source>
        <translation>der Entwurf, wie er ist</translation>
    </message>
    <message>
        <source>Monthly cost against recovery time</source>
        <translation>Monatliche Kosten gegenüber der Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Monthly cost against data loss</source>
        <translation>Monatliche Kosten gegenüber dem Datenverlust</translation>
    </message>
    <message>
        <source>Monthly cost against availability</source>
        <translation>Monatliche Kosten gegenüber der Verfügbarkeit</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Kostenaufschlüsselung</translation>
    </message>
    <message>
        <source>Monthly cost by component kind, largest first</source>
        <translation>Monatliche Kosten nach Komponentenart, größte zuerst</translation>
    </message>
    <message>
        <source>Drills: the loss of each region</source>
        <translation>Ausfalltests: der Verlust jeder Region</translation>
    </message>
    <message>
        <source>The design has no region with a location to fail.</source>
        <translation>Der Entwurf hat keine Region mit einem Standort, der ausfallen könnte.</translation>
    </message>
    <message>
        <source>Region lost</source>
        <translation>Verlorene Region</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Überlebt</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>keine Wiederherstellung</translation>
    </message>
    <message>
        <source>lost for good</source>
        <translation>endgültig verloren</translation>
    </message>
    <message>
        <source>The timelines of the %1 worst losses follow.</source>
        <translation>Es folgen die Zeitachsen der %1 schwersten Verluste.</translation>
    </message>
    <message>
        <source>Loss of %1</source>
        <translation>Verlust von %1</translation>
    </message>
    <message>
        <source>Survives.</source>
        <translation>Überlebt.</translation>
    </message>
    <message>
        <source>Does not survive.</source>
        <translation>Überlebt nicht.</translation>
    </message>
    <message>
        <source>Full recovery</source>
        <translation>Vollständige Wiederherstellung</translation>
    </message>
    <message>
        <source>Capacity after recovery</source>
        <translation>Kapazität nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 % (%2 of the %3 nodes that served)</source>
        <translation>%1 % (%2 der %3 Knoten, die bedient haben)</translation>
    </message>
    <message>
        <source>Serving after recovery</source>
        <translation>Bedient nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Components down</source>
        <translation>Ausgefallene Komponenten</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>Nothing serves traffic even before a failure.</source>
        <translation>Schon vor einem Ausfall bedient nichts Datenverkehr.</translation>
    </message>
    <message>
        <source>None: the service survives the loss of any one component, zone or region.</source>
        <translation>Keine: Der Dienst überlebt den Verlust jeder einzelnen Komponente, Zone oder Region.</translation>
    </message>
    <message>
        <source>The loss of any one of these alone stops the service:</source>
        <translation>Schon der Verlust eines einzigen dieser Elemente hält den Dienst an:</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>The estimate parameters that are not published facts: workload volumes, decision and start-up times, prices not found, region price multipliers. Values the design sets are marked.</source>
        <translation>Die Schätzungsparameter, die keine veröffentlichten Fakten sind: Arbeitslastvolumen, Entscheidungs- und Startzeiten, nicht gefundene Preise, regionale Preismultiplikatoren. Vom Entwurf festgelegte Werte sind gekennzeichnet.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value used</source>
        <translation>Verwendeter Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source> (set by the design)</source>
        <translation> (vom Entwurf festgelegt)</translation>
    </message>
    <message>
        <source>The price multipliers of %1 more regions are at their default, as the catalog gives it.</source>
        <translation>Die Preismultiplikatoren von %1 weiteren Regionen stehen auf ihrem Standardwert laut Katalog.</translation>
    </message>
    <message>
        <source>The design sets these keys, which are not estimate parameters: they change nothing.</source>
        <translation>Der Entwurf legt diese Schlüssel fest, die keine Schätzungsparameter sind: Sie ändern nichts.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Catalog of %1, prices in %2. Regions: %3 (%4). The entries the figures above use:</source>
        <translation>Katalog vom %1, Preise in %2. Regionen: %3 (%4). Die Einträge, die die obigen Zahlen verwenden:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source> (the design&apos;s assumption)</source>
        <translation> (Annahme des Entwurfs)</translation>
    </message>
    <message>
        <source>Made by Continuity %1 on %2 from the design “%3”. Estimates are estimates: check the sources before relying on a figure.</source>
        <translation>Erstellt von Continuity %1 am %2 aus dem Entwurf „%3“. Schätzungen sind Schätzungen: Prüfen Sie die Quellen, bevor Sie sich auf eine Zahl verlassen.</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>could not add a page to the PDF</source>
        <translation>dem PDF konnte keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>Design review · %1</source>
        <translation>Entwurfsprüfung · %1</translation>
    </message>
    <message>
        <source>Continuity %1</source>
        <translation>Continuity %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>A parent, from or to names an id that does not exist.</source>
        <translation>Ein „parent“, „from“ oder „to“ nennt eine ID, die es nicht gibt.</translation>
    </message>
    <message>
        <source>A regional component is not inside a region, or its parent is not a region; or a global component has a parent.</source>
        <translation>Eine regionale Komponente liegt in keiner Region, oder ihr übergeordnetes Element ist keine Region; oder eine globale Komponente hat ein übergeordnetes Element.</translation>
    </message>
    <message>
        <source>A connection joins two kinds that no connection kind allows, or that its written kind does not allow.</source>
        <translation>Eine Verbindung verbindet zwei Arten, die keine Verbindungsart erlaubt oder die ihre angegebene Art nicht erlaubt.</translation>
    </message>
    <message>
        <source>A property is out of range, of an unknown value or of the wrong type (for example nodeCount -1, tier &quot;gold&quot;, zone 4).</source>
        <translation>Eine Eigenschaft liegt außerhalb des Bereichs, hat einen unbekannten Wert oder den falschen Typ (zum Beispiel nodeCount -1, Tarif „gold“, Zone 4).</translation>
    </message>
    <message>
        <source>A region&apos;s location is missing or not a known Azure region.</source>
        <translation>Der Standort einer Region fehlt oder ist keine bekannte Azure-Region.</translation>
    </message>
    <message>
        <source>Two regions stand for the same Azure location, so the design counts that region twice.</source>
        <translation>Zwei Regionen stehen für denselben Azure-Standort, sodass der Entwurf diese Region doppelt zählt.</translation>
    </message>
    <message>
        <source>All clusters are in one region: the nodes protect against node and zone failures, not a region failure.</source>
        <translation>Alle Cluster liegen in einer Region: Die Knoten schützen vor Knoten- und Zonenausfällen, nicht vor dem Ausfall einer Region.</translation>
    </message>
    <message>
        <source>A cluster exceeds an AKS limit: nodes per cluster (or on the Free tier), nodes per node pool, node pools, or pods per node.</source>
        <translation>Ein Cluster überschreitet ein AKS-Limit: Knoten pro Cluster (oder im Free-Tarif), Knoten pro Knotenpool, Knotenpools oder Pods pro Knoten.</translation>
    </message>
    <message>
        <source>A running cluster has fewer than 2 nodes, or no zones in a region that has availability zones.</source>
        <translation>Ein laufender Cluster hat weniger als 2 Knoten oder keine Zonen in einer Region mit Verfügbarkeitszonen.</translation>
    </message>
    <message>
        <source>Zones are set in a region without availability zones.</source>
        <translation>Zonen sind in einer Region ohne Verfügbarkeitszonen festgelegt.</translation>
    </message>
    <message>
        <source>A registry has geo-replicas but is not Premium (geo-replication is Premium only).</source>
        <translation>Eine Registrierung hat Georeplikate, ist aber nicht Premium (Georeplikation gibt es nur mit Premium).</translation>
    </message>
    <message>
        <source>A cluster uses a registry that has no replica (home or geo-replica) in the cluster&apos;s region.</source>
        <translation>Ein Cluster verwendet eine Registrierung, die kein Replikat (Heimat oder Georeplikat) in der Region des Clusters hat.</translation>
    </message>
    <message>
        <source>A cluster region has no Key Vault.</source>
        <translation>Eine Clusterregion hat keinen Key Vault.</translation>
    </message>
    <message>
        <source>A cluster region has no Log Analytics workspace.</source>
        <translation>Eine Clusterregion hat keinen Log Analytics-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>A cluster is on the Free tier: no financially backed uptime SLA.</source>
        <translation>Ein Cluster ist im Free-Tarif: keine finanziell abgesicherte Betriebszeit-SLA.</translation>
    </message>
    <message>
        <source>A cluster region has no hub firewall, or the firewalls are not managed by one firewall policy.</source>
        <translation>Eine Clusterregion hat keine Hub-Firewall, oder die Firewalls werden nicht von einer gemeinsamen Firewallrichtlinie verwaltet.</translation>
    </message>
    <message>
        <source>A database or storage account used by clusters in two or more regions is not replicated to another region.</source>
        <translation>Eine Datenbank oder ein Speicherkonto, das von Clustern in zwei oder mehr Regionen verwendet wird, ist nicht in eine andere Region repliziert.</translation>
    </message>
    <message>
        <source>A cluster&apos;s steady node count lies outside its autoscale range.</source>
        <translation>Die stetige Knotenanzahl eines Clusters liegt außerhalb seines Autoskalierungsbereichs.</translation>
    </message>
    <message>
        <source>A backup vault protects a cluster in another region (a Backup vault must be in the cluster&apos;s region).</source>
        <translation>Ein Sicherungstresor schützt einen Cluster in einer anderen Region (ein Sicherungstresor muss in der Region des Clusters liegen).</translation>
    </message>
    <message>
        <source>A global router&apos;s edge has a priority or a weight outside the range Front Door accepts.</source>
        <translation>Eine Kante eines globalen Routers hat eine Priorität oder Gewichtung außerhalb des Bereichs, den Front Door akzeptiert.</translation>
    </message>
    <message>
        <source>Fewer than two regions hold an active cluster.</source>
        <translation>Weniger als zwei Regionen enthalten einen aktiven Cluster.</translation>
    </message>
    <message>
        <source>No global router (Front Door or Traffic Manager) reaches every running cluster.</source>
        <translation>Kein globaler Router (Front Door oder Traffic Manager) erreicht jeden laufenden Cluster.</translation>
    </message>
    <message>
        <source>A global router&apos;s edges to the clusters&apos; origins have different priorities: that is active-passive routing.</source>
        <translation>Die Kanten eines globalen Routers zu den Ursprüngen der Cluster haben unterschiedliche Prioritäten: Das ist Aktiv/Passiv-Routing.</translation>
    </message>
    <message>
        <source>Front Door reaches a cluster with no Application Gateway in front of it.</source>
        <translation>Front Door erreicht einen Cluster, vor dem kein Application Gateway steht.</translation>
    </message>
    <message>
        <source>An origin does not accept traffic from Front Door alone.</source>
        <translation>Ein Ursprung nimmt nicht ausschließlich Datenverkehr von Front Door an.</translation>
    </message>
    <message>
        <source>The cluster regions are not an Azure region pair.</source>
        <translation>Die Clusterregionen bilden kein Azure-Regionspaar.</translation>
    </message>
    <message>
        <source>If any one cluster region fails, the clusters left cannot reach the total steady node count.</source>
        <translation>Fällt eine einzelne Clusterregion aus, erreichen die verbleibenden Cluster nicht die gesamte stetige Knotenanzahl.</translation>
    </message>
    <message>
        <source>Not exactly one primary cluster at priority 1, or no secondary at priority 2-5.</source>
        <translation>Nicht genau ein primärer Cluster mit Priorität 1, oder kein sekundärer mit Priorität 2–5.</translation>
    </message>
    <message>
        <source>The primary and a secondary cluster are in the same region.</source>
        <translation>Der primäre und ein sekundärer Cluster liegen in derselben Region.</translation>
    </message>
    <message>
        <source>A cluster receives traffic that does not come through the global router.</source>
        <translation>Ein Cluster empfängt Datenverkehr, der nicht über den globalen Router kommt.</translation>
    </message>
    <message>
        <source>A secondary cannot scale to the primary&apos;s node count.</source>
        <translation>Ein sekundärer Cluster kann nicht auf die Knotenanzahl des primären skalieren.</translation>
    </message>
    <message>
        <source>A secondary runs at full size while passive: it could stay scaled down to save cost.</source>
        <translation>Ein sekundärer Cluster läuft im passiven Zustand in voller Größe: Er könnte herunterskaliert bleiben, um Kosten zu sparen.</translation>
    </message>
    <message>
        <source>A Traffic Manager routes by a method that ignores priorities, so the secondary takes traffic too.</source>
        <translation>Ein Traffic Manager routet nach einer Methode, die Prioritäten ignoriert, sodass auch der sekundäre Cluster Datenverkehr erhält.</translation>
    </message>
    <message>
        <source>No cluster is cold (stopped).</source>
        <translation>Kein Cluster ist kalt (beendet).</translation>
    </message>
    <message>
        <source>A cold cluster&apos;s activation is none: nothing is set to bring it up (manual or an event).</source>
        <translation>Die Aktivierung eines kalten Clusters ist „none“: Nichts ist eingerichtet, um ihn hochzufahren (manuell oder per Ereignis).</translation>
    </message>
    <message>
        <source>A running cluster is not protected by a backup vault.</source>
        <translation>Ein laufender Cluster ist nicht durch einen Sicherungstresor geschützt.</translation>
    </message>
    <message>
        <source>A cold cluster is in another region than the vault that protects the running cluster, and restoring there is impossible.</source>
        <translation>Ein kalter Cluster liegt in einer anderen Region als der Tresor, der den laufenden Cluster schützt, und eine Wiederherstellung dort ist unmöglich.</translation>
    </message>
    <message>
        <source>A cold and a running cluster share a region and the same zones.</source>
        <translation>Ein kalter und ein laufender Cluster teilen sich eine Region und dieselben Zonen.</translation>
    </message>
    <message>
        <source>A cold cluster cannot scale to the running cluster&apos;s node count.</source>
        <translation>Ein kalter Cluster kann nicht auf die Knotenanzahl des laufenden Clusters skalieren.</translation>
    </message>
    <message>
        <source>A cold cluster is stopped: it may fail to start in a capacity-constrained region, and its state is kept for a limited time.</source>
        <translation>Ein kalter Cluster ist beendet: Er startet in einer Region mit knapper Kapazität womöglich nicht, und sein Zustand wird nur begrenzte Zeit aufbewahrt.</translation>
    </message>
    <message>
        <source>A running cluster&apos;s nodes are not spread across three zones in a region that has them.</source>
        <translation>Die Knoten eines laufenden Clusters sind nicht auf drei Zonen verteilt, obwohl die Region sie hat.</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message numerus="yes">
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>%n Komponente verschieben</numerusform>
            <numerusform>%n Komponenten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvgSafety</name>
    <message>
        <source>the SVG declares a DTD or entities</source>
        <translation>das SVG deklariert eine DTD oder Entitäten</translation>
    </message>
    <message>
        <source>the SVG&apos;s root element is &lt;%1&gt;</source>
        <translation>das Wurzelelement des SVG ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the SVG holds a &lt;%1&gt; element</source>
        <translation>das SVG enthält ein &lt;%1&gt;-Element</translation>
    </message>
    <message>
        <source>the SVG holds an event attribute &apos;%1&apos;</source>
        <translation>das SVG enthält ein Ereignisattribut „%1“</translation>
    </message>
    <message>
        <source>the SVG refers to something outside itself</source>
        <translation>das SVG verweist auf etwas außerhalb seiner selbst</translation>
    </message>
    <message>
        <source>the SVG is not well-formed: %1</source>
        <translation>das SVG ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <source>the SVG is empty</source>
        <translation>das SVG ist leer</translation>
    </message>
    <message>
        <source>unterminated markup</source>
        <translation>nicht abgeschlossenes Markup</translation>
    </message>
    <message>
        <source>a stray &apos;&amp;&apos;</source>
        <translation>ein einzelnes „&amp;“</translation>
    </message>
    <message>
        <source>a bad character reference</source>
        <translation>ein ungültiger Zeichenverweis</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>Text außerhalb des Wurzelelements</translation>
    </message>
    <message>
        <source>mismatched tags</source>
        <translation>nicht zusammenpassende Tags</translation>
    </message>
    <message>
        <source>a stray &apos;&lt;&apos;</source>
        <translation>ein einzelnes „&lt;“</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>ein zweites Wurzelelement</translation>
    </message>
    <message>
        <source>a stray &apos;/&apos;</source>
        <translation>ein einzelnes „/“</translation>
    </message>
    <message>
        <source>attributes run together</source>
        <translation>aneinanderstoßende Attribute</translation>
    </message>
    <message>
        <source>a bad attribute</source>
        <translation>ein ungültiges Attribut</translation>
    </message>
    <message>
        <source>an unquoted attribute</source>
        <translation>ein Attribut ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in an attribute</source>
        <translation>„&lt;“ in einem Attribut</translation>
    </message>
    <message>
        <source>the SVG holds a processing instruction</source>
        <translation>das SVG enthält eine Verarbeitungsanweisung</translation>
    </message>
    <message>
        <source>unclosed elements</source>
        <translation>nicht geschlossene Elemente</translation>
    </message>
</context>
<context>
    <name>continuity::AssumptionsDialog</name>
    <message>
        <source>Estimate Assumptions</source>
        <translation>Schätzungsannahmen</translation>
    </message>
    <message>
        <source>The estimates use these parameters where the catalog has no published figure. Override them for this design; the defaults and their basis stay shown. The overrides are saved in the design file.</source>
        <translation>Die Schätzungen verwenden diese Parameter, wo der Katalog keinen veröffentlichten Wert hat. Überschreiben Sie sie für diesen Entwurf; die Standardwerte und ihre Grundlage bleiben sichtbar. Die Überschreibungen werden in der Entwurfsdatei gespeichert.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Parameter filtern</translation>
    </message>
    <message>
        <source>Estimate assumptions</source>
        <translation>Schätzungsannahmen</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand %2)</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the overrides of the selected parameters</source>
        <translation>Die Überschreibungen der ausgewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>Overridden for this design</source>
        <translation>Für diesen Entwurf überschrieben</translation>
    </message>
    <message>
        <source>The default applies</source>
        <translation>Der Standardwert gilt</translation>
    </message>
</context>
<context>
    <name>continuity::Autosave</name>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>there is not enough memory to autosave the design</source>
        <translation>nicht genügend Arbeitsspeicher, um den Entwurf automatisch zu speichern</translation>
    </message>
    <message>
        <source>The autosaved design is missing.</source>
        <translation>Der automatisch gespeicherte Entwurf fehlt.</translation>
    </message>
</context>
<context>
    <name>continuity::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Entwurfszeichenfläche</translation>
    </message>
    <message>
        <source>The regions, components and connections of the design</source>
        <translation>Die Regionen, Komponenten und Verbindungen des Entwurfs</translation>
    </message>
    <message>
        <source>%1 is outside every region: drag it into a region.</source>
        <translation>%1 liegt außerhalb jeder Region: Ziehen Sie es in eine Region.</translation>
    </message>
    <message>
        <source>The clipboard holds no components.</source>
        <translation>Die Zwischenablage enthält keine Komponenten.</translation>
    </message>
    <message>
        <source>Select two components to connect them.</source>
        <translation>Wählen Sie zwei Komponenten aus, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>No connection kind joins a %1 and a %2.</source>
        <translation>Keine Verbindungsart verbindet %1 und %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>An empty design</source>
        <translation>Ein leerer Entwurf</translation>
    </message>
    <message>
        <source>Drag a region from the palette onto the canvas, then clusters, gateways and data services into it; Front Door and Traffic Manager stay outside regions. Or start from a reference architecture: File ▸ New from Template (Ctrl+Shift+N).</source>
        <translation>Ziehen Sie eine Region aus der Palette auf die Zeichenfläche, dann Cluster, Gateways und Datendienste hinein; Front Door und Traffic Manager bleiben außerhalb von Regionen. Oder beginnen Sie mit einer Referenzarchitektur: Datei ▸ Neu aus Vorlage (Strg+Umschalt+N).</translation>
    </message>
</context>
<context>
    <name>continuity::CostBreakdownChart</name>
    <message>
        <source>USD a month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Monatliche Kosten (USD)</translation>
    </message>
    <message>
        <source>%1: %2 USD a month (%3 % of the total)</source>
        <translation>%1: %2 USD pro Monat (%3 % der Summe)</translation>
    </message>
</context>
<context>
    <name>continuity::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a new component&apos;s name: its kind, then its region</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Set assumption %1</source>
        <translation>Annahme %1 festlegen</translation>
    </message>
    <message>
        <source>Change estimate assumptions</source>
        <translation>Schätzungsannahmen ändern</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n component(s)</source>
        <translation>
            <numerusform>%n Komponente einfügen</numerusform>
            <numerusform>%n Komponenten einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuity::DrillPanel</name>
    <message>
        <source>Check what fails: whole regions, single availability zones or components. The design does not change.</source>
        <translation>Wählen Sie aus, was ausfällt: ganze Regionen, einzelne Verfügbarkeitszonen oder Komponenten. Der Entwurf ändert sich nicht.</translation>
    </message>
    <message>
        <source>Replays the timeline: the canvas shows the state at each step</source>
        <translation>Spielt die Zeitachse ab: Die Zeichenfläche zeigt den Zustand bei jedem Schritt</translation>
    </message>
    <message>
        <source>Single points of failure: none.</source>
        <translation>Single Points of Failure: keine.</translation>
    </message>
    <message>
        <source>Single points of failure: %1.</source>
        <translation>Single Points of Failure: %1.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Zone %1 of %2</source>
        <translation>Zone %1 von %2</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Check what fails to run a drill.</source>
        <translation>Wählen Sie aus, was ausfällt, um einen Ausfalltest auszuführen.</translation>
    </message>
    <message>
        <source>Survives: yes</source>
        <translation>Überlebt: ja</translation>
    </message>
    <message>
        <source>Survives: no</source>
        <translation>Überlebt: nein</translation>
    </message>
    <message>
        <source>Downtime: %1</source>
        <translation>Ausfallzeit: %1</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>keine Wiederherstellung</translation>
    </message>
    <message>
        <source>Full recovery: %1</source>
        <translation>Vollständige Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Data loss: %1</source>
        <translation>Datenverlust: %1</translation>
    </message>
    <message>
        <source>lost for good</source>
        <translation>endgültig verloren</translation>
    </message>
    <message>
        <source>Capacity: %1 %</source>
        <translation>Kapazität: %1 %</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>Bedient: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Was ausfällt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Step of the timeline</source>
        <translation>Schritt der Zeitachse</translation>
    </message>
</context>
<context>
    <name>continuity::EstimatesPanel</name>
    <message>
        <source>Figure and its terms</source>
        <translation>Wert und seine Terme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Recovery time (RTO)</source>
        <translation>Wiederherstellungszeit (RTO)</translation>
    </message>
    <message>
        <source>Data loss (RPO)</source>
        <translation>Datenverlust (RPO)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>The design under each deployment model; click a point to switch the design to that model.</source>
        <translation>Der Entwurf unter jedem Bereitstellungsmodell; klicken Sie auf einen Punkt, um den Entwurf auf dieses Modell umzustellen.</translation>
    </message>
    <message>
        <source>&amp;Plot the cost against:</source>
        <translation>Kosten &amp;darstellen gegen:</translation>
    </message>
    <message>
        <source>Trade-off by model</source>
        <translation>Abwägung nach Modell</translation>
    </message>
    <message>
        <source>Cost by kind</source>
        <translation>Kosten nach Art</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>730 hours a month</source>
        <translation>730 Stunden pro Monat</translation>
    </message>
    <message>
        <source>The sum over the components; open a kind, then a component, for its terms.</source>
        <translation>Die Summe über die Komponenten; öffnen Sie eine Art und dann eine Komponente für ihre Terme.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>for losing %1</source>
        <translation>bei Verlust von %1</translation>
    </message>
    <message>
        <source>The sum of the terms below, for losing %1.</source>
        <translation>Die Summe der Terme unten, bei Verlust von %1.</translation>
    </message>
    <message>
        <source>composite SLA</source>
        <translation>zusammengesetzte SLA</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>The assumption &apos;%1&apos; is not a catalog entry: it changes nothing.</source>
        <translation>Die Annahme „%1“ ist kein Katalogeintrag: Sie ändert nichts.</translation>
    </message>
    <message>
        <source>%1: the design as it is</source>
        <translation>%1: der Entwurf, wie er ist</translation>
    </message>
    <message>
        <source>Monthly cost: %1</source>
        <translation>Monatliche Kosten: %1</translation>
    </message>
    <message>
        <source>Recovery time: %1</source>
        <translation>Wiederherstellungszeit: %1</translation>
    </message>
    <message>
        <source>Data loss: %1</source>
        <translation>Datenverlust: %1</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Verfügbarkeit: %1</translation>
    </message>
    <message>
        <source>Click to switch the design to this model.</source>
        <translation>Klicken, um den Entwurf auf dieses Modell umzustellen.</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>continuity::ExportDialog</name>
    <message>
        <source>Export Diagram as %1</source>
        <translation>Diagramm als %1 exportieren</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 1× is the canvas at 100%, 2× for high-density screens and print</source>
        <translation>Pixel pro Zeichenflächeneinheit: 1× ist die Zeichenfläche bei 100 %, 2× für Bildschirme mit hoher Pixeldichte und den Druck</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Canvas colour</source>
        <translation>Farbe der Zeichenfläche</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>Show finding &amp;badges</source>
        <translation>&amp;Befundmarkierungen anzeigen</translation>
    </message>
    <message>
        <source>The &amp;whole design</source>
        <translation>Der &amp;gesamte Entwurf</translation>
    </message>
    <message>
        <source>The se&amp;lection only</source>
        <translation>Nur die Aus&amp;wahl</translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>Nichts ist ausgewählt</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the diagram…</source>
        <translation>Diagramm wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The diagram could not be exported.</source>
        <translation>Das Diagramm konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Diagram Exported</source>
        <translation>Diagramm exportiert</translation>
    </message>
    <message>
        <source>The design is too large for a PNG at %1×: it was drawn at %2× (%3 × %4 pixels). SVG and PDF keep every detail at any size.</source>
        <translation>Der Entwurf ist zu groß für ein PNG bei %1×: Er wurde bei %2× gezeichnet (%3 × %4 Pixel). SVG und PDF behalten jedes Detail in jeder Größe.</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Prüfbericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The review report could not be written.</source>
        <translation>Der Prüfbericht konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>continuity::FindingsPanel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, message or components hold this text</source>
        <translation>Nur die Befunde anzeigen, deren Regel, Meldung oder Komponenten diesen Text enthalten</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Infos</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the design meets every rule of the %1 model.</source>
        <translation>Keine Befunde: Der Entwurf erfüllt jede Regel des Modells %1.</translation>
    </message>
    <message numerus="yes">
        <source>The filters hide all %n finding(s).</source>
        <translation>
            <numerusform>Die Filter blenden den einzigen Befund aus.</numerusform>
            <numerusform>Die Filter blenden alle %n Befunde aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the errors</source>
        <translation>Fehler ausblenden</translation>
    </message>
    <message>
        <source>Hide the warnings</source>
        <translation>Warnungen ausblenden</translation>
    </message>
    <message>
        <source>Hide the infos</source>
        <translation>Infos ausblenden</translation>
    </message>
    <message>
        <source>Show the errors</source>
        <translation>Fehler einblenden</translation>
    </message>
    <message>
        <source>Show the warnings</source>
        <translation>Warnungen einblenden</translation>
    </message>
    <message>
        <source>Show the infos</source>
        <translation>Infos einblenden</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
</context>
<context>
    <name>continuity::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation>Einen leeren Entwurf beginnen</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage …</translation>
    </message>
    <message>
        <source>Start from a reference architecture</source>
        <translation>Mit einer Referenzarchitektur beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Auf gespeicherte Version zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Co&amp;nnect Selected</source>
        <translation>Auswahl &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect the two selected components</source>
        <translation>Die zwei ausgewählten Komponenten verbinden</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>Horizontal &amp;zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>&amp;Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>&amp;Obere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>&amp;Vertikal mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>Entwurf &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Show Findings on &amp;Canvas</source>
        <translation>Befunde auf der &amp;Zeichenfläche zeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Design &amp;Properties</source>
        <translation>Entwurfs&amp;eigenschaften</translation>
    </message>
    <message>
        <source>Edit the design&apos;s name and deployment model</source>
        <translation>Name und Bereitstellungsmodell des Entwurfs bearbeiten</translation>
    </message>
    <message>
        <source>Estimate &amp;Assumptions…</source>
        <translation>Schätzungs&amp;annahmen …</translation>
    </message>
    <message>
        <source>Override the parameters the estimates assume where the catalog has no figure</source>
        <translation>Die Parameter überschreiben, die die Schätzungen annehmen, wo der Katalog keinen Wert hat</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Befund</translation>
    </message>
    <message>
        <source>P&amp;revious Finding</source>
        <translation>&amp;Vorheriger Befund</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Continuity</source>
        <translation>&amp;Über Continuity</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Diagram as %1…</source>
        <translation>Diagramm als %1 …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation>A&amp;usrichten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>Deployment &amp;Model</source>
        <translation>Bereitstellungs&amp;modell</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Align the selected components</source>
        <translation>Die ausgewählten Komponenten ausrichten</translation>
    </message>
    <message>
        <source>Deployment model:</source>
        <translation>Bereitstellungsmodell:</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>The model the design is validated against</source>
        <translation>Das Modell, gegen das der Entwurf validiert wird</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Ausfalltest</translation>
    </message>
    <message>
        <source>Click on the canvas to place a new %1; Esc cancels.</source>
        <translation>Klicken Sie auf die Zeichenfläche, um ein neues Element „%1“ zu platzieren; Esc bricht ab.</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>Die Befunde anzeigen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Where in the file: %1</source>
        <translation>Stelle in der Datei: %1</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>„%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was written in format version %2; saving writes version %3.</source>
        <translation>%1 wurde in Formatversion %2 geschrieben; Speichern schreibt Version %3.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Die Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>New design from the %1 template</source>
        <translation>Neuer Entwurf aus der Vorlage %1</translation>
    </message>
    <message>
        <source>Cannot save the design</source>
        <translation>Der Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>Reverted to the saved %1</source>
        <translation>Auf die gespeicherte Version von %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Cannot restore “%1”</source>
        <translation>„%1“ kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored “%1” as autosaved at %2; it is not saved yet.</source>
        <translation>„%1“ wurde wie am %2 automatisch gespeichert wiederhergestellt; er ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot open the recent file</source>
        <translation>Die zuletzt geöffnete Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 existiert nicht mehr; die Datei wird aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Continuity designs (*.continuity.json);;JSON files (*.json);;All files (*)</source>
        <translation>Continuity-Entwürfe (*.continuity.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>Continuity designs (*.continuity.json)</source>
        <translation>Continuity-Entwürfe (*.continuity.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Auf gespeicherte Version zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the changes made since “%1” was saved?</source>
        <translation>Die Änderungen seit dem Speichern von „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“%1” has been changed by another program since you opened it.</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Overwrite it with your design? The other changes are lost (the file&apos;s previous version is kept as a backup when backups are on).</source>
        <translation>Mit Ihrem Entwurf überschreiben? Die anderen Änderungen gehen verloren (die vorherige Version der Datei wird als Sicherung behalten, wenn Sicherungen aktiviert sind).</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>%1[*] — Continuity</source>
        <translation>%1[*] — Continuity</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Infos</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No findings</source>
        <translation>✓ Keine Befunde</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Fail this component</source>
        <translation>Diese Komponente ausfallen lassen</translation>
    </message>
    <message>
        <source>Fail this region (%1)</source>
        <translation>Diese Region ausfallen lassen (%1)</translation>
    </message>
    <message>
        <source>Fail zone %1 of %2</source>
        <translation>Zone %1 von %2 ausfallen lassen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Middle button drag, or Space+drag</source>
        <translation>Mit mittlerer Maustaste ziehen oder Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>Cancel placing a component</source>
        <translation>Platzieren einer Komponente abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Add the palette&apos;s entry in the middle</source>
        <translation>Den Paletteneintrag in der Mitte hinzufügen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>About Continuity</source>
        <translation>Über Continuity</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;A designer for highly available, disaster-recoverable Azure Kubernetes Service deployments: design the regions, clusters and services, validate them against a deployment model, and compare cost, recovery time and data loss.&lt;/p&gt;&lt;p&gt;Prices, limits and timings come from the built-in catalog (as of %2); check them before relying on them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;Ein Designer für hochverfügbare, notfallwiederherstellbare Bereitstellungen von Azure Kubernetes Service: Entwerfen Sie Regionen, Cluster und Dienste, validieren Sie sie gegen ein Bereitstellungsmodell und vergleichen Sie Kosten, Wiederherstellungszeit und Datenverlust.&lt;/p&gt;&lt;p&gt;Preise, Limits und Zeiten stammen aus dem integrierten Katalog (Stand %2); prüfen Sie sie, bevor Sie sich darauf verlassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Language, theme, grid, autosave and other settings</source>
        <translation>Sprache, Farbschema, Raster, automatisches Speichern und weitere Einstellungen</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Prüfbericht exportieren …</translation>
    </message>
</context>
<context>
    <name>continuity::PaletteWidget</name>
    <message>
        <source>Search components</source>
        <translation>Komponenten suchen</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentenpalette</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or click here and then on the canvas. Enter or a double click adds it in the middle of the view.</source>
        <translation>Auf die Zeichenfläche ziehen oder hier und dann auf die Zeichenfläche klicken. Eingabetaste oder Doppelklick fügt es in der Mitte der Ansicht hinzu.</translation>
    </message>
    <message>
        <source>Placed inside a region.</source>
        <translation>Wird in einer Region platziert.</translation>
    </message>
    <message>
        <source>Global: placed outside regions.</source>
        <translation>Global: wird außerhalb von Regionen platziert.</translation>
    </message>
</context>
<context>
    <name>continuity::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language takes effect when Continuity restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Continuity.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>%1 (the language&apos;s format)</source>
        <translation>%1 (Format der Sprache)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>How amounts are written; the catalog&apos;s prices are in US dollars</source>
        <translation>Wie Beträge geschrieben werden; die Preise des Katalogs sind in US-Dollar</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Beträge:</translation>
    </message>
    <message>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Rastergröße</translation>
    </message>
    <message>
        <source>&amp;Snap components to the grid</source>
        <translation>Am Raster &amp;einrasten</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>&amp;Rastergröße:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervall für automatisches Speichern</translation>
    </message>
    <message>
        <source>How often unsaved changes are kept for recovery after a crash; they are never written over your file</source>
        <translation>Wie oft ungespeicherte Änderungen zur Wiederherstellung nach einem Absturz gesichert werden; Ihre Datei wird dabei nie überschrieben</translation>
    </message>
    <message>
        <source>Keep the previous version as a &amp;backup (.bak) when saving</source>
        <translation>&amp;Vorherige Version beim Speichern als Sicherung (.bak) behalten</translation>
    </message>
    <message>
        <source>Deployment model of new designs</source>
        <translation>Bereitstellungsmodell neuer Entwürfe</translation>
    </message>
    <message>
        <source>None: the built-in prices</source>
        <translation>Keine: die integrierten Preise</translation>
    </message>
    <message>
        <source>Price overrides file</source>
        <translation>Datei mit Preisüberschreibungen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose a price overrides file</source>
        <translation>Eine Datei mit Preisüberschreibungen auswählen</translation>
    </message>
    <message>
        <source>A JSON file of catalog facts, {&quot;facts&quot;: {ID: value}}, that replaces the built-in prices (docs/catalog.md). It takes effect when Continuity restarts.</source>
        <translation>Eine JSON-Datei mit Katalogfakten, {&quot;facts&quot;: {ID: Wert}}, die die integrierten Preise ersetzt (docs/catalog.md). Sie gilt nach einem Neustart von Continuity.</translation>
    </message>
    <message>
        <source>Designs and files</source>
        <translation>Entwürfe und Dateien</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatisch speichern &amp;alle:</translation>
    </message>
    <message>
        <source>New designs &amp;use:</source>
        <translation>Neue Entwürfe ver&amp;wenden:</translation>
    </message>
    <message>
        <source>&amp;Price overrides:</source>
        <translation>&amp;Preisüberschreibungen:</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The built-in catalog cannot be read.</source>
        <translation>Der integrierte Katalog kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Price Overrides</source>
        <translation>Preisüberschreibungen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The price overrides file cannot be used.</source>
        <translation>Die Datei mit Preisüberschreibungen kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>continuity::PresentationWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>Präsentation — %1</translation>
    </message>
    <message>
        <source>%1 · %2 a month · recovery %3 · data loss %4 · availability %5</source>
        <translation>%1 · %2 pro Monat · Wiederherstellung %3 · Datenverlust %4 · Verfügbarkeit %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1%2: %3 a month, recovery %4, data loss %5</source>
        <translation>%1%2: %3 pro Monat, Wiederherstellung %4, Datenverlust %5</translation>
    </message>
    <message>
        <source> (as designed)</source>
        <translation> (wie entworfen)</translation>
    </message>
    <message>
        <source>No findings: the design meets every rule of its deployment model.</source>
        <translation>Keine Befunde: Der Entwurf erfüllt jede Regel seines Bereitstellungsmodells.</translation>
    </message>
    <message>
        <source>Nothing serves traffic even before a failure.</source>
        <translation>Schon vor einem Ausfall bedient nichts Datenverkehr.</translation>
    </message>
    <message>
        <source>None: the service survives the loss of any one component, zone or region.</source>
        <translation>Keine: Der Dienst überlebt den Verlust jeder einzelnen Komponente, Zone oder Region.</translation>
    </message>
    <message>
        <source>The loss of any one of these alone stops the service:

• %1</source>
        <translation>Schon der Verlust eines einzigen dieser Elemente hält den Dienst an:

• %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>%1 components, %2 connections · %3 errors, %4 warnings</source>
        <translation>%1 Komponenten, %2 Verbindungen · %3 Fehler, %4 Warnungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Trade-off: cost against recovery time</source>
        <translation>Abwägung: Kosten gegenüber Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Loss of %1</source>
        <translation>Verlust von %1</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Überlebt</translation>
    </message>
    <message>
        <source>Does not survive</source>
        <translation>Überlebt nicht</translation>
    </message>
    <message>
        <source> · downtime %1 · data loss %2 · capacity %3 %</source>
        <translation> · Ausfallzeit %1 · Datenverlust %2 · Kapazität %3 %</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>keine Wiederherstellung</translation>
    </message>
    <message>
        <source>lost for good</source>
        <translation>endgültig verloren</translation>
    </message>
    <message>
        <source>Step %1 of %2 · at %3: %4</source>
        <translation>Schritt %1 von %2 · bei %3: %4</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, in large type: the design, its findings, the trade-off and each region&apos;s loss, step by step. Escape leaves.</source>
        <translation>Vollbild in großer Schrift: der Entwurf, seine Befunde, die Abwägung und der Verlust jeder Region, Schritt für Schritt. Esc beendet.</translation>
    </message>
</context>
<context>
    <name>continuity::PropertyEditor</name>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Entwurfsname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s), </source>
        <translation>
            <numerusform>%n Komponente, </numerusform>
            <numerusform>%n Komponenten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a component or a connection on the canvas to edit its properties.</source>
        <translation>Wählen Sie eine Komponente oder Verbindung auf der Zeichenfläche aus, um ihre Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Editing %n component(s) together</source>
        <translation>
            <numerusform>%n Komponente wird bearbeitet</numerusform>
            <numerusform>%n Komponenten werden gemeinsam bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Several names</source>
        <translation>Mehrere Namen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Several regions</source>
        <translation>Mehrere Regionen</translation>
    </message>
    <message>
        <source>None: drag it into a region</source>
        <translation>Keine: in eine Region ziehen</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Weitere Eigenschaften</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
    <message>
        <source>At most %1 (Azure limit; %2, %3)</source>
        <translation>Höchstens %1 (Azure-Limit; %2, %3)</translation>
    </message>
    <message>
        <source>%1 to %2 (Azure limits; %3)</source>
        <translation>%1 bis %2 (Azure-Limits; %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Autoscale minimum</source>
        <translation>Autoskalierungsminimum</translation>
    </message>
    <message>
        <source>Autoscale maximum</source>
        <translation>Autoskalierungsmaximum</translation>
    </message>
    <message>
        <source>The fewest nodes the autoscaler keeps</source>
        <translation>Die wenigsten Knoten, die die automatische Skalierung behält</translation>
    </message>
    <message>
        <source>The most nodes the autoscaler adds; at most %1 (Azure limit)</source>
        <translation>Die meisten Knoten, die die automatische Skalierung hinzufügt; höchstens %1 (Azure-Limit)</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>%1 has no availability zones.</source>
        <translation>%1 hat keine Verfügbarkeitszonen.</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Regionen filtern</translation>
    </message>
    <message>
        <source>The registry&apos;s home region</source>
        <translation>Die Heimatregion der Registrierung</translation>
    </message>
    <message>
        <source>No geo-replicas</source>
        <translation>Keine Georeplikate</translation>
    </message>
    <message>
        <source>Has availability zones</source>
        <translation>Hat Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>No availability zones</source>
        <translation>Keine Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>Paired with %1</source>
        <translation>Gekoppelt mit %1</translation>
    </message>
    <message>
        <source>Access on request only</source>
        <translation>Zugriff nur auf Anfrage</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (unknown region)</source>
        <translation>%1 (unbekannte Region)</translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation>Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>no availability zones</source>
        <translation>keine Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>pair: %1</source>
        <translation>Paar: %1</translation>
    </message>
    <message>
        <source>Move region to %1</source>
        <translation>Region nach %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s), %1 GiB memory</source>
        <translation>
            <numerusform>%n vCPU, %1 GiB Arbeitsspeicher</numerusform>
            <numerusform>%n vCPUs, %1 GiB Arbeitsspeicher</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the catalog: no price is known.</source>
        <translation>Nicht im Katalog: Kein Preis bekannt.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Editing %n connection(s) together</source>
        <translation>
            <numerusform>%n Verbindung wird bearbeitet</numerusform>
            <numerusform>%n Verbindungen werden gemeinsam bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>Mehrere Arten</translation>
    </message>
    <message>
        <source>None: these ends cannot be connected</source>
        <translation>Keine: Diese Enden können nicht verbunden werden</translation>
    </message>
    <message>
        <source>%1 (from its ends)</source>
        <translation>%1 (aus den Enden)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>%1 to %2; the router sends traffic to the best (lowest) priority that is healthy</source>
        <translation>%1 bis %2; der Router sendet Datenverkehr an die beste (niedrigste) fehlerfreie Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>%1 to %2; shares traffic among origins of the same priority</source>
        <translation>%1 bis %2; verteilt den Datenverkehr auf Ursprünge gleicher Priorität</translation>
    </message>
    <message>
        <source>Replication mode</source>
        <translation>Replikationsmodus</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select items of one kind to edit them together.</source>
        <translation>Wählen Sie Elemente einer Art aus, um sie gemeinsam zu bearbeiten.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Properties of the selection</source>
        <translation>Eigenschaften der Auswahl</translation>
    </message>
</context>
<context>
    <name>continuity::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Designs</source>
        <translation>Ungespeicherte Entwürfe wiederherstellen</translation>
    </message>
    <message>
        <source>Continuity did not close normally last time. These designs had changes that were not saved. Restore opens them with their changes, still unsaved; Discard deletes them.</source>
        <translation>Continuity wurde beim letzten Mal nicht normal beendet. Diese Entwürfe hatten ungespeicherte Änderungen. „Wiederherstellen“ öffnet sie mit ihren Änderungen, weiterhin ungespeichert; „Verwerfen“ löscht sie.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Untitled, never saved</source>
        <translation>Unbenannt, nie gespeichert</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>continuity::TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Start from one of the reference architectures of the AKS high-availability and disaster-recovery guidance. Every template can be changed freely afterwards.</source>
        <translation>Beginnen Sie mit einer der Referenzarchitekturen aus dem AKS-Leitfaden für Hochverfügbarkeit und Notfallwiederherstellung. Jede Vorlage kann danach frei geändert werden.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>There is no template named “%1”.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
</context>
<context>
    <name>continuity::TradeoffChart</name>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Monatliche Kosten (USD)</translation>
    </message>
    <message>
        <source>Draw a cluster that serves traffic to compare the deployment models here.</source>
        <translation>Zeichnen Sie einen Cluster, der Datenverkehr bedient, um hier die Bereitstellungsmodelle zu vergleichen.</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>%1 (h)</source>
        <translation>%1 (h)</translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (min)</translation>
    </message>
    <message>
        <source>%1 (no SLA)</source>
        <translation>%1 (keine SLA)</translation>
    </message>
    <message>
        <source>%1 (does not recover)</source>
        <translation>%1 (wird nicht wiederhergestellt)</translation>
    </message>
    <message>
        <source>%1 (data lost)</source>
        <translation>%1 (Daten verloren)</translation>
    </message>
    <message>
        <source>Under no deployment model does this design recover from the loss of its serving region: the findings say why.</source>
        <translation>Unter keinem Bereitstellungsmodell erholt sich dieser Entwurf vom Verlust seiner bedienenden Region: Die Befunde nennen den Grund.</translation>
    </message>
    <message>
        <source>Under no deployment model does this design keep its data through the loss of a region: the findings say why.</source>
        <translation>Unter keinem Bereitstellungsmodell behält dieser Entwurf seine Daten beim Verlust einer Region: Die Befunde nennen den Grund.</translation>
    </message>
    <message>
        <source>No deployment model gives this design an availability figure: the findings say why.</source>
        <translation>Kein Bereitstellungsmodell liefert für diesen Entwurf einen Verfügbarkeitswert: Die Befunde nennen den Grund.</translation>
    </message>
</context>
<context>
    <name>continuity::cli</name>
    <message>
        <source>Usage: continuity [FILE]
       continuity VERB [OPTIONS] FILE
       continuity --version | --help | VERB --help

Without a verb, opens the designer (on FILE if given).

Verbs:
</source>
        <translation>Aufruf: continuity [DATEI]
        continuity VERB [OPTIONEN] DATEI
        continuity --version | --help | VERB --help

Ohne Verb öffnet sich der Designer (mit DATEI, falls angegeben).

Verben:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done; 1 validate found an error, or drill: the service does not survive; 2 the design file could not be read; 64 bad usage.
</source>
        <translation>
Exit-Status: 0 erledigt; 1 validate hat einen Fehler gefunden, oder drill: der Dienst überlebt nicht; 2 die Entwurfsdatei konnte nicht gelesen werden; 64 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>continuity: unknown verb &apos;%1&apos;
</source>
        <translation>continuity: unbekanntes Verb „%1“
</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (bei %1)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>Argument fehlt</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>zu viele Argumente: %1</translation>
    </message>
    <message>
        <source>Try &apos;continuity %1 --help&apos;.
</source>
        <translation>Siehe „continuity %1 --help“.
</translation>
    </message>
    <message>
        <source>Drill on %1 (%2): %3

</source>
        <translation>Ausfalltest von %1 (%2): %3

</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Überlebt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>keine Wiederherstellung</translation>
    </message>
    <message>
        <source>Full recovery</source>
        <translation>Vollständige Wiederherstellung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>data lost for good</source>
        <translation>Daten endgültig verloren</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>%1 % (the serving clusters reach %2 nodes; %3 carried the load)</source>
        <translation>%1 % (die bedienenden Cluster erreichen %2 Knoten; %3 trugen die Last)</translation>
    </message>
    <message>
        <source>Serving clusters</source>
        <translation>Bedienende Cluster</translation>
    </message>
    <message>
        <source>Traffic once recovered:
</source>
        <translation>Datenverkehr nach der Wiederherstellung:
</translation>
    </message>
    <message>
        <source>Timeline:
</source>
        <translation>Zeitachse:
</translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Hinweise:
</translation>
    </message>
    <message>
        <source>Single points of failure of the design:</source>
        <translation>Single Points of Failure des Entwurfs:</translation>
    </message>
    <message>
        <source>none computed: nothing serves even without a failure</source>
        <translation>keine berechnet: Selbst ohne Ausfall bedient nichts</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Die Entwurfsdatei.</translation>
    </message>
    <message>
        <source>What fails: a component id, region:LOCATION or zone:LOCATION:N. Repeat for several.</source>
        <translation>Was ausfällt: eine Komponenten-ID, region:STANDORT oder zone:STANDORT:N. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Simulates failures: whether the service survives, its downtime, data loss and capacity, the timeline back (from the same terms as the RTO estimate) and the design&apos;s single points of failure. Exits with 1 when the service does not survive.</source>
        <translation>Simuliert Ausfälle: ob der Dienst überlebt, seine Ausfallzeit, Datenverlust und Kapazität, die Zeitachse zurück (aus denselben Termen wie die RTO-Schätzung) und die Single Points of Failure des Entwurfs. Endet mit 1, wenn der Dienst nicht überlebt.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>say what fails with --fail TARGET</source>
        <translation>geben Sie mit --fail ZIEL an, was ausfällt</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>Catalog of %1; prices in %2, %3 hours a month.

</source>
        <translation>Katalog vom %1; Preise in %2, %3 Stunden pro Monat.

</translation>
    </message>
    <message>
        <source>Monthly cost: %1 %2
</source>
        <translation>Monatliche Kosten: %1 %2
</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>USD/month</source>
        <translation>USD/Monat</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Recovery time (RTO): %1
</source>
        <translation>Wiederherstellungszeit (RTO): %1
</translation>
    </message>
    <message>
        <source>Recovery time (RTO) for losing %1: %2
</source>
        <translation>Wiederherstellungszeit (RTO) bei Verlust von %1: %2
</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Data loss (RPO): %1
</source>
        <translation>Datenverlust (RPO): %1
</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Availability: %1
</source>
        <translation>Verfügbarkeit: %1
</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>The assumption &apos;%1&apos; is not a catalog entry: it changes nothing.</source>
        <translation>Die Annahme „%1“ ist kein Katalogeintrag: Sie ändert nichts.</translation>
    </message>
    <message>
        <source>The same design under each model (for the loss of the same region):
</source>
        <translation>Derselbe Entwurf unter jedem Modell (bei Verlust derselben Region):
</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>  * the design as it is; the others are transformed as docs/estimates.md describes.
</source>
        <translation>  * der Entwurf, wie er ist; die anderen werden wie in docs/estimates.md beschrieben umgeformt.
</translation>
    </message>
    <message>
        <source>Estimates a design&apos;s monthly cost, recovery time (RTO), data loss (RPO) and availability, each with its terms and their sources, and the same figures under each deployment model.</source>
        <translation>Schätzt die monatlichen Kosten, die Wiederherstellungszeit (RTO), den Datenverlust (RPO) und die Verfügbarkeit eines Entwurfs, jeweils mit ihren Termen und deren Quellen, und dieselben Werte unter jedem Bereitstellungsmodell.</translation>
    </message>
    <message>
        <source>Write to OUT.</source>
        <translation>Nach AUSGABE schreiben.</translation>
    </message>
    <message>
        <source>Output format: png, svg, pdf or json (default: from OUT&apos;s extension).</source>
        <translation>Ausgabeformat: png, svg, pdf oder json (Standard: aus der Endung von AUSGABE).</translation>
    </message>
    <message>
        <source>PNG: pixels per canvas unit, 1 = the canvas at 100% (default 1); SVG and PDF: multiplies the nominal size.</source>
        <translation>PNG: Pixel pro Zeichenflächeneinheit, 1 = die Zeichenfläche bei 100 % (Standard 1); SVG und PDF: vervielfacht die Nenngröße.</translation>
    </message>
    <message>
        <source>Leave out the finding badges and colours.</source>
        <translation>Die Befundmarkierungen und -farben weglassen.</translation>
    </message>
    <message>
        <source>No background (PNG and SVG); a PDF page stays white.</source>
        <translation>Kein Hintergrund (PNG und SVG); eine PDF-Seite bleibt weiß.</translation>
    </message>
    <message>
        <source>Writes a design in another form: its diagram as PNG, SVG or PDF, drawn as the canvas draws it (light appearance, no display needed), or its canonical JSON (a design written by hand or a script, formatted and with every position filled in).</source>
        <translation>Schreibt einen Entwurf in anderer Form: sein Diagramm als PNG, SVG oder PDF, so gezeichnet wie auf der Zeichenfläche (helle Darstellung, keine Anzeige nötig), oder sein kanonisches JSON (ein von Hand oder per Skript geschriebener Entwurf, formatiert und mit allen Positionen ausgefüllt).</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o AUSGABE ist erforderlich</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;%1&apos;: use --format png|svg|pdf|json</source>
        <translation>das Ausgabeformat lässt sich aus „%1“ nicht ableiten: verwenden Sie --format png|svg|pdf|json</translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;</source>
        <translation>unbekanntes Ausgabeformat „%1“</translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation>--scale erwartet eine Zahl größer als 0 und höchstens 16, nicht „%1“</translation>
    </message>
    <message>
        <source>--scale, --no-badges and --transparent apply to diagrams only</source>
        <translation>--scale, --no-badges und --transparent gelten nur für Diagramme</translation>
    </message>
    <message>
        <source>continuity export: the diagram is too large for a PNG at scale %1; drawn at %2
</source>
        <translation>continuity export: Das Diagramm ist zu groß für ein PNG mit Skalierung %1; gezeichnet mit %2
</translation>
    </message>
    <message>
        <source>Validate against this deployment model instead of the file&apos;s: active-active, active-passive, passive-cold or single-region. The file is not changed.</source>
        <translation>Gegen dieses Bereitstellungsmodell statt dem der Datei validieren: active-active, active-passive, passive-cold oder single-region. Die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>Checks a design against its deployment model and prints the findings. Exit status 1 when there is at least one error.</source>
        <translation>Prüft einen Entwurf gegen sein Bereitstellungsmodell und gibt die Befunde aus. Exit-Status 1, wenn es mindestens einen Fehler gibt.</translation>
    </message>
    <message>
        <source>unknown deployment model &apos;%1&apos;</source>
        <translation>unbekanntes Bereitstellungsmodell „%1“</translation>
    </message>
    <message>
        <source>hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 error(s), %4 warning(s), %5 info(s)
</source>
        <translation>%1 (%2): %3 Fehler, %4 Warnungen, %5 Infos
</translation>
    </message>
    <message>
        <source>Lists every validation rule: id, severity, model and when it fires.</source>
        <translation>Listet jede Validierungsregel auf: ID, Schweregrad, Modell und wann sie greift.</translation>
    </message>
    <message>
        <source>Write the report to OUT: OUT.html or OUT.pdf.</source>
        <translation>Den Bericht nach AUSGABE schreiben: AUSGABE.html oder AUSGABE.pdf.</translation>
    </message>
    <message>
        <source>Writes a design&apos;s review report: its name, model and date, the diagram, the findings with hints and references, the estimates with their terms, the trade-off and cost charts, a drill of the loss of each region, the single points of failure, the assumptions and the catalog&apos;s sources. HTML is one self-contained file; PDF is paginated. No display needed.</source>
        <translation>Schreibt den Prüfbericht eines Entwurfs: Name, Modell und Datum, das Diagramm, die Befunde mit Hinweisen und Referenzen, die Schätzungen mit ihren Termen, die Abwägungs- und Kostendiagramme, einen Ausfalltest für den Verlust jeder Region, die Single Points of Failure, die Annahmen und die Quellen des Katalogs. HTML ist eine eigenständige Datei; PDF ist in Seiten aufgeteilt. Keine Anzeige nötig.</translation>
    </message>
    <message>
        <source>cannot tell the report format from &apos;%1&apos;: end it in .html or .pdf</source>
        <translation>das Berichtsformat lässt sich aus „%1“ nicht ableiten: lassen Sie den Namen auf .html oder .pdf enden</translation>
    </message>
    <message>
        <source>unknown report format &apos;%1&apos;: use .html or .pdf</source>
        <translation>unbekanntes Berichtsformat „%1“: verwenden Sie .html oder .pdf</translation>
    </message>
</context>
<context>
    <name>continuity::rules</name>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 und %n weitere</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 accepts traffic from anywhere, not from Front Door alone.</source>
        <translation>%1 nimmt Datenverkehr von überall an, nicht nur von Front Door.</translation>
    </message>
    <message>
        <source>Set “Accepts traffic only from Front Door” on %1.</source>
        <translation>Aktivieren Sie „Nimmt nur Datenverkehr von Front Door an“ für %1.</translation>
    </message>
    <message>
        <source>%1 sends traffic straight to %2, with no Application Gateway in front of it.</source>
        <translation>%1 sendet Datenverkehr direkt an %2, ohne vorgeschaltetes Application Gateway.</translation>
    </message>
    <message>
        <source>Put an Application Gateway in the region of %1 between %2 and the cluster.</source>
        <translation>Setzen Sie in der Region von %1 ein Application Gateway zwischen %2 und den Cluster.</translation>
    </message>
    <message>
        <source>No region holds an active cluster: active-active needs running clusters that take traffic in two regions.</source>
        <translation>Keine Region enthält einen aktiven Cluster: Aktiv/Aktiv braucht laufende Cluster, die in zwei Regionen Datenverkehr annehmen.</translation>
    </message>
    <message>
        <source>Add running clusters in two regions, typically a region pair, and route traffic to both at the same priority.</source>
        <translation>Fügen Sie laufende Cluster in zwei Regionen hinzu, typischerweise einem Regionspaar, und routen Sie den Datenverkehr mit gleicher Priorität zu beiden.</translation>
    </message>
    <message>
        <source>Only %1 holds an active cluster: active-active needs active clusters in two regions.</source>
        <translation>Nur %1 enthält einen aktiven Cluster: Aktiv/Aktiv braucht aktive Cluster in zwei Regionen.</translation>
    </message>
    <message>
        <source>Add a running cluster in a second region, typically %1&apos;s pair %2, and route to it at the same priority.</source>
        <translation>Fügen Sie einen laufenden Cluster in einer zweiten Region hinzu, typischerweise %2, dem Paar von %1, und routen Sie mit gleicher Priorität dorthin.</translation>
    </message>
    <message>
        <source>Add a running cluster in a second region and route to it at the same priority.</source>
        <translation>Fügen Sie einen laufenden Cluster in einer zweiten Region hinzu und routen Sie mit gleicher Priorität dorthin.</translation>
    </message>
    <message>
        <source>No Front Door or Traffic Manager sends traffic to %1.</source>
        <translation>Keine Front Door und kein Traffic Manager sendet Datenverkehr an %1.</translation>
    </message>
    <message>
        <source>Add a Front Door and connect it to an Application Gateway in front of each cluster.</source>
        <translation>Fügen Sie eine Front Door hinzu und verbinden Sie sie mit einem Application Gateway vor jedem Cluster.</translation>
    </message>
    <message>
        <source>%1 does not reach %2, so no global router sends traffic to every running cluster.</source>
        <translation>%1 erreicht %2 nicht, daher sendet kein globaler Router Datenverkehr an jeden laufenden Cluster.</translation>
    </message>
    <message>
        <source>Connect %1 to the Application Gateway in front of %2.</source>
        <translation>Verbinden Sie %1 mit dem Application Gateway vor %2.</translation>
    </message>
    <message>
        <source>%1 routes to %2 at a worse priority than %3, the priority of its other routes: that is active-passive routing.</source>
        <translation>%1 routet zu %2 mit einer schlechteren Priorität als %3, der Priorität seiner anderen Routen: Das ist Aktiv/Passiv-Routing.</translation>
    </message>
    <message>
        <source>Give every route of %1 the same priority, %2, as two origin groups that each have priority %2.</source>
        <translation>Geben Sie jeder Route von %1 dieselbe Priorität %2, etwa als zwei Ursprungsgruppen mit jeweils Priorität %2.</translation>
    </message>
    <message>
        <source>%1 is not paired with another cluster region: its Azure pair is %2.</source>
        <translation>%1 ist mit keiner anderen Clusterregion gekoppelt: Ihr Azure-Paar ist %2.</translation>
    </message>
    <message>
        <source>%1 has no Azure region pair, so the cluster regions are not a pair.</source>
        <translation>%1 hat kein Azure-Regionspaar, daher bilden die Clusterregionen kein Paar.</translation>
    </message>
    <message>
        <source>Prefer paired regions: put the other cluster in %1, the pair of %2. Azure recovers and updates a pair one region at a time.</source>
        <translation>Bevorzugen Sie gekoppelte Regionen: Legen Sie den anderen Cluster in %1, das Paar von %2. Azure stellt ein Paar Region für Region wieder her und aktualisiert es ebenso.</translation>
    </message>
    <message>
        <source>Prefer regions that form an Azure pair: Azure recovers and updates a pair one region at a time.</source>
        <translation>Bevorzugen Sie Regionen, die ein Azure-Paar bilden: Azure stellt ein Paar Region für Region wieder her und aktualisiert es ebenso.</translation>
    </message>
    <message>
        <source>If %1 fails, the clusters in the other regions can grow to %2 nodes, short of the %3 nodes the design runs in steady state.</source>
        <translation>Fällt %1 aus, können die Cluster in den anderen Regionen auf %2 Knoten wachsen, weniger als die %3 Knoten, die der Entwurf im stetigen Zustand ausführt.</translation>
    </message>
    <message>
        <source>Raise the autoscale maximum of the clusters outside %1 so that together they reach %2 nodes.</source>
        <translation>Erhöhen Sie das Autoskalierungsmaximum der Cluster außerhalb von %1, sodass sie zusammen %2 Knoten erreichen.</translation>
    </message>
    <message>
        <source>%1 sends traffic to %2 that does not come through Front Door or Traffic Manager.</source>
        <translation>%1 sendet Datenverkehr an %2, der nicht über Front Door oder Traffic Manager kommt.</translation>
    </message>
    <message>
        <source>Route to %1 from the global router, and let it accept traffic from Front Door alone.</source>
        <translation>Routen Sie vom globalen Router zu %1 und lassen Sie es nur Datenverkehr von Front Door annehmen.</translation>
    </message>
    <message>
        <source>%1 uses %2 routing, which ignores priorities: the secondary takes traffic too.</source>
        <translation>%1 verwendet das Routing „%2“, das Prioritäten ignoriert: Auch der sekundäre Cluster erhält Datenverkehr.</translation>
    </message>
    <message>
        <source>Set the routing method of %1 to priority.</source>
        <translation>Setzen Sie die Routingmethode von %1 auf „Priorität“.</translation>
    </message>
    <message>
        <source>No Front Door or Traffic Manager sends traffic to the clusters, so none is the primary at priority %1.</source>
        <translation>Keine Front Door und kein Traffic Manager sendet Datenverkehr an die Cluster, daher ist keiner der primäre mit Priorität %1.</translation>
    </message>
    <message>
        <source>Add a Front Door with the primary&apos;s origin at priority %1 and the secondary&apos;s at priority %2.</source>
        <translation>Fügen Sie eine Front Door hinzu, mit dem Ursprung des primären Clusters mit Priorität %1 und dem des sekundären mit Priorität %2.</translation>
    </message>
    <message>
        <source>%1 take traffic at once, but active-passive sends it to one primary at priority %2.</source>
        <translation>%1 nehmen gleichzeitig Datenverkehr an, aber Aktiv/Passiv sendet ihn an einen primären Cluster mit Priorität %2.</translation>
    </message>
    <message>
        <source>In the global router, keep priority %1 for the primary&apos;s origin and give the others priority %2 to %3.</source>
        <translation>Behalten Sie im globalen Router Priorität %1 für den Ursprung des primären Clusters und geben Sie den anderen Priorität %2 bis %3.</translation>
    </message>
    <message>
        <source>The primary %1 is reached at priority %2, not %3.</source>
        <translation>Der primäre Cluster %1 wird mit Priorität %2 erreicht, nicht %3.</translation>
    </message>
    <message>
        <source>Set the priority of the route to %1 to %2.</source>
        <translation>Setzen Sie die Priorität der Route zu %1 auf %2.</translation>
    </message>
    <message>
        <source>No secondary cluster is reached at priority %1 to %2 behind the primary %3.</source>
        <translation>Kein sekundärer Cluster wird hinter dem primären %3 mit Priorität %1 bis %2 erreicht.</translation>
    </message>
    <message>
        <source>Add a running cluster in another region and route to it at priority %1.</source>
        <translation>Fügen Sie einen laufenden Cluster in einer anderen Region hinzu und routen Sie mit Priorität %1 dorthin.</translation>
    </message>
    <message>
        <source>The primary %1 and the secondary %2 are both in %3: losing that region loses both.</source>
        <translation>Der primäre Cluster %1 und der sekundäre %2 liegen beide in %3: Der Verlust dieser Region trifft beide.</translation>
    </message>
    <message>
        <source>Move %1 to another region, typically the pair of %2.</source>
        <translation>Verschieben Sie %1 in eine andere Region, typischerweise das Paar von %2.</translation>
    </message>
    <message>
        <source>%1 can grow to %2 nodes only, fewer than the %3 nodes of the primary %4.</source>
        <translation>%1 kann nur auf %2 Knoten wachsen, weniger als die %3 Knoten des primären Clusters %4.</translation>
    </message>
    <message>
        <source>Set the autoscale maximum of %1 to at least %2, so that it can take over the primary&apos;s load.</source>
        <translation>Setzen Sie das Autoskalierungsmaximum von %1 auf mindestens %2, damit er die Last des primären Clusters übernehmen kann.</translation>
    </message>
    <message>
        <source>%1 runs %2 nodes while passive, as many as the primary %3, with no autoscale.</source>
        <translation>%1 läuft im passiven Zustand mit %2 Knoten, so vielen wie der primäre %3, ohne automatische Skalierung.</translation>
    </message>
    <message>
        <source>Run %1 smaller, with autoscale up to %2 nodes: it grows when the primary&apos;s region fails and costs less until then.</source>
        <translation>Betreiben Sie %1 kleiner, mit automatischer Skalierung bis %2 Knoten: Er wächst, wenn die Region des primären Clusters ausfällt, und kostet bis dahin weniger.</translation>
    </message>
    <message>
        <source>%1 can have %2 nodes, more than the %3 an AKS cluster supports.</source>
        <translation>%1 kann %2 Knoten haben, mehr als die %3, die ein AKS-Cluster unterstützt.</translation>
    </message>
    <message>
        <source>Keep %1 at %2 nodes or fewer (node count and autoscale maximum), and spread the rest of the workload over more clusters.</source>
        <translation>Halten Sie %1 bei höchstens %2 Knoten (Knotenanzahl und Autoskalierungsmaximum) und verteilen Sie den Rest der Workload auf weitere Cluster.</translation>
    </message>
    <message>
        <source>%1 can have %2 nodes, more than the %3 a Free-tier cluster supports.</source>
        <translation>%1 kann %2 Knoten haben, mehr als die %3, die ein Cluster im Free-Tarif unterstützt.</translation>
    </message>
    <message>
        <source>Move %1 to the Standard or Premium tier, or keep it at %2 nodes or fewer.</source>
        <translation>Stufen Sie %1 in den Tarif Standard oder Premium hoch, oder halten Sie ihn bei höchstens %2 Knoten.</translation>
    </message>
    <message>
        <source>%1 has %2 node pools, more than the %3 an AKS cluster supports.</source>
        <translation>%1 hat %2 Knotenpools, mehr als die %3, die ein AKS-Cluster unterstützt.</translation>
    </message>
    <message>
        <source>Use at most %1 node pools per cluster.</source>
        <translation>Verwenden Sie höchstens %1 Knotenpools pro Cluster.</translation>
    </message>
    <message>
        <source>%1 can have %2 nodes in %n node pool(s), but a node pool holds at most %3 nodes.</source>
        <translation>%1 kann %2 Knoten in %n Knotenpool(s) haben, aber ein Knotenpool fasst höchstens %3 Knoten.</translation>
    </message>
    <message>
        <source>Add node pools to %1 so that none holds more than %2 nodes.</source>
        <translation>Fügen Sie %1 Knotenpools hinzu, sodass keiner mehr als %2 Knoten fasst.</translation>
    </message>
    <message>
        <source>%1 allows %2 pods per node, more than the %3 AKS supports.</source>
        <translation>%1 erlaubt %2 Pods pro Knoten, mehr als die %3, die AKS unterstützt.</translation>
    </message>
    <message>
        <source>Set the maximum pods per node of %1 to %2 or fewer.</source>
        <translation>Setzen Sie die maximale Anzahl Pods pro Knoten von %1 auf %2 oder weniger.</translation>
    </message>
    <message>
        <source>%1 is set to zones %2, but %3 (%4) has no availability zones.</source>
        <translation>%1 ist auf die Zonen %2 festgelegt, aber %3 (%4) hat keine Verfügbarkeitszonen.</translation>
    </message>
    <message>
        <source>Clear the zones of %1, or move it to a region with availability zones.</source>
        <translation>Entfernen Sie die Zonen von %1 oder verschieben Sie ihn in eine Region mit Verfügbarkeitszonen.</translation>
    </message>
    <message>
        <source>%1 pulls its images from %2, which has no replica in %3.</source>
        <translation>%1 bezieht seine Images aus %2, das kein Replikat in %3 hat.</translation>
    </message>
    <message>
        <source>Add %1 to the geo-replicas of %2 (a Premium registry), so that %3 keeps pulling images when another region is down.</source>
        <translation>Fügen Sie %1 den Georeplikaten von %2 (einer Premium-Registrierung) hinzu, damit %3 weiter Images beziehen kann, wenn eine andere Region ausgefallen ist.</translation>
    </message>
    <message>
        <source>%1 runs %n node(s): losing one node stops its workload.</source>
        <translation>%1 führt %n Knoten aus: Der Verlust eines Knotens stoppt seine Workload.</translation>
    </message>
    <message>
        <source>Run at least 2 nodes in %1, and 3 to cover three availability zones.</source>
        <translation>Führen Sie in %1 mindestens 2 Knoten aus, und 3, um drei Verfügbarkeitszonen abzudecken.</translation>
    </message>
    <message>
        <source>%1 uses no availability zones although %2 has them.</source>
        <translation>%1 verwendet keine Verfügbarkeitszonen, obwohl %2 sie hat.</translation>
    </message>
    <message>
        <source>Spread the nodes of %1 across zones 1, 2 and 3.</source>
        <translation>Verteilen Sie die Knoten von %1 auf die Zonen 1, 2 und 3.</translation>
    </message>
    <message>
        <source>%1 is on the Free tier, which has no financially backed uptime SLA.</source>
        <translation>%1 ist im Free-Tarif, der keine finanziell abgesicherte Betriebszeit-SLA hat.</translation>
    </message>
    <message>
        <source>Put %1 on the Standard or Premium tier for an uptime SLA.</source>
        <translation>Stellen Sie %1 für eine Betriebszeit-SLA auf den Tarif Standard oder Premium.</translation>
    </message>
    <message>
        <source>%1 runs %2 nodes, outside its autoscale range of %3 to %4.</source>
        <translation>%1 führt %2 Knoten aus, außerhalb seines Autoskalierungsbereichs von %3 bis %4.</translation>
    </message>
    <message>
        <source>Set the node count of %1 within its autoscale range, or widen the range.</source>
        <translation>Setzen Sie die Knotenanzahl von %1 in seinen Autoskalierungsbereich oder erweitern Sie den Bereich.</translation>
    </message>
    <message>
        <source>%1 has geo-replicas, but its %2 SKU does not support geo-replication (Premium only).</source>
        <translation>%1 hat Georeplikate, aber seine SKU %2 unterstützt keine Georeplikation (nur Premium).</translation>
    </message>
    <message>
        <source>Set the SKU of %1 to premium, or remove its geo-replicas.</source>
        <translation>Setzen Sie die SKU von %1 auf Premium oder entfernen Sie seine Georeplikate.</translation>
    </message>
    <message>
        <source>%1 holds a cluster but no Key Vault.</source>
        <translation>%1 enthält einen Cluster, aber keinen Key Vault.</translation>
    </message>
    <message>
        <source>Add a Key Vault in %1 for the secrets and keys of its clusters.</source>
        <translation>Fügen Sie in %1 einen Key Vault für die Geheimnisse und Schlüssel seiner Cluster hinzu.</translation>
    </message>
    <message>
        <source>%1 holds a cluster but no Log Analytics workspace.</source>
        <translation>%1 enthält einen Cluster, aber keinen Log Analytics-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Add a Log Analytics workspace in %1 for its regional metrics and logs.</source>
        <translation>Fügen Sie in %1 einen Log Analytics-Arbeitsbereich für seine regionalen Metriken und Protokolle hinzu.</translation>
    </message>
    <message>
        <source>%1 holds a cluster but no hub firewall.</source>
        <translation>%1 enthält einen Cluster, aber keine Hub-Firewall.</translation>
    </message>
    <message>
        <source>Add an Azure Firewall in %1 (a hub for its clusters&apos; spokes) and send the clusters&apos; egress through it.</source>
        <translation>Fügen Sie in %1 eine Azure Firewall hinzu (ein Hub für die Spokes seiner Cluster) und leiten Sie den ausgehenden Datenverkehr der Cluster darüber.</translation>
    </message>
    <message>
        <source>%1 serves clusters in %2 regions but is not replicated to another region.</source>
        <translation>%1 bedient Cluster in %2 Regionen, ist aber nicht in eine andere Region repliziert.</translation>
    </message>
    <message>
        <source>Add a database in another region and connect %1 to it with a replicates connection.</source>
        <translation>Fügen Sie eine Datenbank in einer anderen Region hinzu und verbinden Sie %1 mit einer Replikationsverbindung damit.</translation>
    </message>
    <message>
        <source>%1 serves clusters in %2 regions, but %3 redundancy keeps no copy in another region.</source>
        <translation>%1 bedient Cluster in %2 Regionen, aber die Redundanz %3 hält keine Kopie in einer anderen Region.</translation>
    </message>
    <message>
        <source>Set the redundancy of %1 to GRS, RA-GRS, GZRS or RA-GZRS.</source>
        <translation>Setzen Sie die Redundanz von %1 auf GRS, RA-GRS, GZRS oder RA-GZRS.</translation>
    </message>
    <message>
        <source>%1 routes to %2 at priority %3, outside the %4 to %5 that Front Door accepts.</source>
        <translation>%1 routet zu %2 mit Priorität %3, außerhalb des Bereichs %4 bis %5, den Front Door akzeptiert.</translation>
    </message>
    <message>
        <source>Set the route&apos;s priority to a whole number from %1 to %2 (%1 is tried first).</source>
        <translation>Setzen Sie die Priorität der Route auf eine ganze Zahl von %1 bis %2 (%1 wird zuerst versucht).</translation>
    </message>
    <message>
        <source>%1 routes to %2 with weight %3, outside the %4 to %5 that Front Door accepts.</source>
        <translation>%1 routet zu %2 mit Gewichtung %3, außerhalb des Bereichs %4 bis %5, den Front Door akzeptiert.</translation>
    </message>
    <message>
        <source>Set the route&apos;s weight to a whole number from %1 to %2.</source>
        <translation>Setzen Sie die Gewichtung der Route auf eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 in %2 protects %3 in %4, but a Backup vault must be in the region of the cluster it protects.</source>
        <translation>%1 in %2 schützt %3 in %4, aber ein Sicherungstresor muss in der Region des Clusters liegen, den er schützt.</translation>
    </message>
    <message>
        <source>Protect %1 with a Backup vault in %2; restore to other regions through cross-region restore.</source>
        <translation>Schützen Sie %1 mit einem Sicherungstresor in %2; stellen Sie über die regionsübergreifende Wiederherstellung in anderen Regionen wieder her.</translation>
    </message>
    <message>
        <source>All clusters are in %1: their nodes survive node and zone failures, not the loss of the region.</source>
        <translation>Alle Cluster liegen in %1: Ihre Knoten überstehen Knoten- und Zonenausfälle, nicht den Verlust der Region.</translation>
    </message>
    <message>
        <source>To survive a region failure, add a cluster in a second region, typically %1&apos;s pair %2, and route traffic to both.</source>
        <translation>Um einen Regionsausfall zu überstehen, fügen Sie einen Cluster in einer zweiten Region hinzu, typischerweise %2, dem Paar von %1, und routen Sie Datenverkehr zu beiden.</translation>
    </message>
    <message>
        <source>To survive a region failure, add a cluster in a second region and route traffic to both.</source>
        <translation>Um einen Regionsausfall zu überstehen, fügen Sie einen Cluster in einer zweiten Region hinzu und routen Sie Datenverkehr zu beiden.</translation>
    </message>
    <message>
        <source>No firewall policy manages the firewalls of %1.</source>
        <translation>Keine Firewallrichtlinie verwaltet die Firewalls von %1.</translation>
    </message>
    <message>
        <source>Add a firewall policy (Azure Firewall Manager) and connect it to the firewall of every cluster region.</source>
        <translation>Fügen Sie eine Firewallrichtlinie (Azure Firewall Manager) hinzu und verbinden Sie sie mit der Firewall jeder Clusterregion.</translation>
    </message>
    <message>
        <source>The firewalls of %1 are not managed by %2, the firewall policy of the other cluster regions.</source>
        <translation>Die Firewalls von %1 werden nicht von %2 verwaltet, der Firewallrichtlinie der anderen Clusterregionen.</translation>
    </message>
    <message>
        <source>The firewalls of %1 are managed by another policy than %2, the firewall policy of the other cluster regions.</source>
        <translation>Die Firewalls von %1 werden von einer anderen Richtlinie als %2 verwaltet, der Firewallrichtlinie der anderen Clusterregionen.</translation>
    </message>
    <message>
        <source>Connect %1 to the firewall of %2, so that one policy manages the rules of every region.</source>
        <translation>Verbinden Sie %1 mit der Firewall von %2, damit eine Richtlinie die Regeln jeder Region verwaltet.</translation>
    </message>
    <message>
        <source>no zones</source>
        <translation>keine Zonen</translation>
    </message>
    <message>
        <source>zones %1</source>
        <translation>Zonen %1</translation>
    </message>
    <message>
        <source>%1 is cold, but nothing is set to bring it up: its activation is none.</source>
        <translation>%1 ist kalt, aber nichts ist eingerichtet, um ihn hochzufahren: Seine Aktivierung ist „none“.</translation>
    </message>
    <message>
        <source>Set the activation of %1 to manual (an operator starts it) or event (an alert starts it).</source>
        <translation>Setzen Sie die Aktivierung von %1 auf „manual“ (ein Operator startet ihn) oder „event“ (eine Warnung startet ihn).</translation>
    </message>
    <message>
        <source>%1 is stopped: it may fail to start in a capacity-constrained region, and AKS keeps a stopped cluster&apos;s state for %2 months.</source>
        <translation>%1 ist beendet: Er startet in einer Region mit knapper Kapazität womöglich nicht, und AKS bewahrt den Zustand eines beendeten Clusters %2 Monate auf.</translation>
    </message>
    <message>
        <source>%1 is stopped: it may fail to start in a capacity-constrained region.</source>
        <translation>%1 ist beendet: Er startet in einer Region mit knapper Kapazität womöglich nicht.</translation>
    </message>
    <message>
        <source>Start %1 in a failover drill now and then, and plan to restore from backup if it does not start.</source>
        <translation>Starten Sie %1 ab und zu in einem Failovertest, und planen Sie eine Wiederherstellung aus der Sicherung ein, falls er nicht startet.</translation>
    </message>
    <message>
        <source>its region</source>
        <translation>seine Region</translation>
    </message>
    <message>
        <source>%1 is not protected by a backup vault, so there is nothing to restore the cold cluster from.</source>
        <translation>%1 ist nicht durch einen Sicherungstresor geschützt, daher gibt es nichts, woraus der kalte Cluster wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Add a Backup vault in %1 and connect it to %2 (protects).</source>
        <translation>Fügen Sie in %1 einen Sicherungstresor hinzu und verbinden Sie ihn mit %2 (schützt).</translation>
    </message>
    <message>
        <source>No cluster is cold (stopped): passive-cold keeps a stopped cluster to start when the running one is lost.</source>
        <translation>Kein Cluster ist kalt (beendet): Passiv/Kalt hält einen beendeten Cluster bereit, der gestartet wird, wenn der laufende verloren geht.</translation>
    </message>
    <message>
        <source>Set the standby cluster&apos;s state to stopped, with an activation of manual or event.</source>
        <translation>Setzen Sie den Zustand des Standby-Clusters auf „stopped“, mit der Aktivierung „manual“ oder „event“.</translation>
    </message>
    <message>
        <source>an operational-tier vault restores in its own region only</source>
        <translation>ein Tresor der Betriebsebene stellt nur in seiner eigenen Region wieder her</translation>
    </message>
    <message>
        <source>cross-region restore is off</source>
        <translation>die regionsübergreifende Wiederherstellung ist deaktiviert</translation>
    </message>
    <message>
        <source>cross-region restore reaches the paired region only, and %1 is not the pair of %2</source>
        <translation>die regionsübergreifende Wiederherstellung erreicht nur die gekoppelte Region, und %1 ist nicht das Paar von %2</translation>
    </message>
    <message>
        <source>Backups in %1 cannot be restored to %2 in %3: %4.</source>
        <translation>Sicherungen in %1 können nicht auf %2 in %3 wiederhergestellt werden: %4.</translation>
    </message>
    <message>
        <source>Use a vault-tier Backup vault with cross-region restore, and put %1 in the paired region of the vault (or in the vault&apos;s own region).</source>
        <translation>Verwenden Sie einen Sicherungstresor der Tresorebene mit regionsübergreifender Wiederherstellung, und legen Sie %1 in die gekoppelte Region des Tresors (oder in die Region des Tresors selbst).</translation>
    </message>
    <message>
        <source>The cold %1 and the running %2 share %3 and %4: one failure can take both.</source>
        <translation>Der kalte %1 und der laufende %2 teilen sich %3 und %4: Ein Ausfall kann beide treffen.</translation>
    </message>
    <message>
        <source>Put %1 in another region, or at least in other zones than %2.</source>
        <translation>Legen Sie %1 in eine andere Region oder zumindest in andere Zonen als %2.</translation>
    </message>
    <message>
        <source>%1 can grow to %2 nodes only, fewer than the %3 nodes of the running %4.</source>
        <translation>%1 kann nur auf %2 Knoten wachsen, weniger als die %3 Knoten des laufenden %4.</translation>
    </message>
    <message>
        <source>Set the autoscale maximum of %1 to at least %2, so that it can take the load once started.</source>
        <translation>Setzen Sie das Autoskalierungsmaximum von %1 auf mindestens %2, damit er nach dem Start die Last übernehmen kann.</translation>
    </message>
    <message>
        <source>Set the zones of %1 to 1, 2 and 3, and run at least 3 nodes.</source>
        <translation>Setzen Sie die Zonen von %1 auf 1, 2 und 3, und führen Sie mindestens 3 Knoten aus.</translation>
    </message>
    <message>
        <source>%1 spreads its nodes over only %2 of the three availability zones of %3.</source>
        <translation>%1 verteilt seine Knoten nur auf %2 der drei Verfügbarkeitszonen von %3.</translation>
    </message>
    <message>
        <source>%1 runs %n node(s), too few to cover the three availability zones of %2.</source>
        <translation>%1 führt %n Knoten aus, zu wenige, um die drei Verfügbarkeitszonen von %2 abzudecken.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not one of %4.</source>
        <translation>%1: „%2“ ist %3, was keiner von %4 ist.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not a whole number.</source>
        <translation>%1: „%2“ ist %3, was keine ganze Zahl ist.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, outside the allowed %4 to %5.</source>
        <translation>%1: „%2“ ist %3, außerhalb des erlaubten Bereichs %4 bis %5.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, below the minimum of %4.</source>
        <translation>%1: „%2“ ist %3, unter dem Minimum von %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is neither true nor false.</source>
        <translation>%1: „%2“ ist %3, was weder true noch false ist.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not text.</source>
        <translation>%1: „%2“ ist %3, was kein Text ist.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, but zones are distinct numbers from 1 to 3.</source>
        <translation>%1: „%2“ ist %3, aber Zonen sind verschiedene Zahlen von 1 bis 3.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not a list of Azure regions.</source>
        <translation>%1: „%2“ ist %3, was keine Liste von Azure-Regionen ist.</translation>
    </message>
    <message>
        <source>%1: “%2” names %3, which is not an Azure region.</source>
        <translation>%1: „%2“ nennt %3, was keine Azure-Region ist.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, but it needs whole numbers minCount and maxCount, with 0 ≤ minCount ≤ maxCount.</source>
        <translation>%1: „%2“ ist %3, braucht aber die ganzen Zahlen minCount und maxCount, mit 0 ≤ minCount ≤ maxCount.</translation>
    </message>
    <message>
        <source>%1 is not inside a region, but every %2 belongs to one.</source>
        <translation>%1 liegt in keiner Region, aber jedes Element vom Typ %2 gehört zu einer.</translation>
    </message>
    <message>
        <source>Drag %1 into the region where it runs.</source>
        <translation>Ziehen Sie %1 in die Region, in der es läuft.</translation>
    </message>
    <message>
        <source>%1 is placed in “%2”, which does not exist.</source>
        <translation>%1 ist in „%2“ platziert, das es nicht gibt.</translation>
    </message>
    <message>
        <source>Drag %1 out onto the canvas: every %2 sits outside regions.</source>
        <translation>Ziehen Sie %1 auf die Zeichenfläche hinaus: Jedes Element vom Typ %2 liegt außerhalb von Regionen.</translation>
    </message>
    <message>
        <source>%1 is placed in %2, but every %3 is global and sits outside regions.</source>
        <translation>%1 ist in %2 platziert, aber jedes Element vom Typ %3 ist global und liegt außerhalb von Regionen.</translation>
    </message>
    <message>
        <source>Drag %1 out of %2.</source>
        <translation>Ziehen Sie %1 aus %2 heraus.</translation>
    </message>
    <message>
        <source>%1 is placed in %2 (%3), which is not a region.</source>
        <translation>%1 ist in %2 (%3) platziert, das keine Region ist.</translation>
    </message>
    <message>
        <source>%1 has properties %2, which are not an object of named values.</source>
        <translation>%1 hat die Eigenschaften %2, die kein Objekt benannter Werte sind.</translation>
    </message>
    <message>
        <source>Clear the properties of %1 and set them again.</source>
        <translation>Leeren Sie die Eigenschaften von %1 und legen Sie sie neu fest.</translation>
    </message>
    <message>
        <source>Set “%1” to an allowed value in the property editor, or clear it to use the default.</source>
        <translation>Setzen Sie „%1“ im Eigenschafteneditor auf einen erlaubten Wert, oder leeren Sie es, um den Standardwert zu verwenden.</translation>
    </message>
    <message>
        <source>Set the location of %1 to the Azure region it stands for, by its programmatic name (such as eastus2).</source>
        <translation>Setzen Sie den Standort von %1 auf die Azure-Region, für die sie steht, mit ihrem programmatischen Namen (etwa eastus2).</translation>
    </message>
    <message>
        <source>Region %1 has no location.</source>
        <translation>Die Region %1 hat keinen Standort.</translation>
    </message>
    <message>
        <source>Region %1 is at “%2”, which is not an Azure region.</source>
        <translation>Die Region %1 liegt in „%2“, das keine Azure-Region ist.</translation>
    </message>
    <message>
        <source>Delete the connection, or draw it between components that exist.</source>
        <translation>Löschen Sie die Verbindung oder ziehen Sie sie zwischen Komponenten, die es gibt.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 starts at an id that does not exist.</source>
        <translation>Die Verbindung von %1 nach %2 beginnt bei einer ID, die es nicht gibt.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 ends at an id that does not exist.</source>
        <translation>Die Verbindung von %1 nach %2 endet bei einer ID, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Delete the connection, or draw it between kinds that fit, such as Front Door to an Application Gateway or an AKS cluster to the registry it uses.</source>
        <translation>Löschen Sie die Verbindung oder ziehen Sie sie zwischen passenden Arten, etwa von Front Door zu einem Application Gateway oder von einem AKS-Cluster zur Registrierung, die er verwendet.</translation>
    </message>
    <message>
        <source>The connection from %1 to itself joins a component to itself.</source>
        <translation>Die Verbindung von %1 zu sich selbst verbindet eine Komponente mit sich selbst.</translation>
    </message>
    <message>
        <source>The connection from %1 (%4) to %2 (%5) is marked %3, which cannot join these kinds.</source>
        <translation>Die Verbindung von %1 (%4) nach %2 (%5) ist als %3 gekennzeichnet, was diese Arten nicht verbinden kann.</translation>
    </message>
    <message>
        <source>The connection from %1 (%3) to %2 (%4) joins two kinds that no connection allows.</source>
        <translation>Die Verbindung von %1 (%3) nach %2 (%4) verbindet zwei Arten, die keine Verbindung erlaubt.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 has properties %3, which are not an object of named values.</source>
        <translation>Die Verbindung von %1 nach %2 hat die Eigenschaften %3, die kein Objekt benannter Werte sind.</translation>
    </message>
    <message>
        <source>Clear the connection&apos;s properties and set them again.</source>
        <translation>Leeren Sie die Eigenschaften der Verbindung und legen Sie sie neu fest.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 has mode %3, which is not one of async, sync.</source>
        <translation>Die Verbindung von %1 nach %2 hat den Modus %3, der nicht async oder sync ist.</translation>
    </message>
    <message>
        <source>Set the replication mode to async or sync, or clear it to use async.</source>
        <translation>Setzen Sie den Replikationsmodus auf async oder sync, oder leeren Sie ihn, um async zu verwenden.</translation>
    </message>
    <message>
        <source>%1 stand for the same Azure region, %2, so the design counts it more than once.</source>
        <translation>%1 stehen für dieselbe Azure-Region %2, sodass der Entwurf sie mehrfach zählt.</translation>
    </message>
    <message>
        <source>Merge them into one region, or set each to the Azure region it stands for.</source>
        <translation>Führen Sie sie zu einer Region zusammen, oder setzen Sie jede auf die Azure-Region, für die sie steht.</translation>
    </message>
</context>
</TS>
