<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n finding(s): %2</source>
        <translation>
            <numerusform>%1&#xa0;; %n constat&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;; %n constats&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing selected. The design holds %n component(s)</source>
        <translation>
            <numerusform>Rien n&apos;est sélectionné. La conception contient %n composant</numerusform>
            <numerusform>Rien n&apos;est sélectionné. La conception contient %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n connection(s).</source>
        <translation>
            <numerusform> et %n connexion.</numerusform>
            <numerusform> et %n connexions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Selected: the connection from %1 to %2.</source>
        <translation>Sélection&#xa0;: la connexion de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected: %1.</source>
        <translation>
            <numerusform>%n élément sélectionné&#xa0;: %1.</numerusform>
            <numerusform>%n éléments sélectionnés&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>le fichier dépasse 16 Mio</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>expected primary, retail-api, secondary, derived or assumption</source>
        <translation>primary, retail-api, secondary, derived ou assumption attendu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>nombre ou null attendu</translation>
    </message>
    <message>
        <source>must be null or absent</source>
        <translation>doit être null ou absent</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or a year</source>
        <translation>date AAAA-MM-JJ ou année attendue</translation>
    </message>
    <message>
        <source>an assumption needs a note giving its basis</source>
        <translation>une hypothèse doit avoir une note indiquant sa base</translation>
    </message>
    <message>
        <source>an empty value needs a note saying why</source>
        <translation>une valeur vide doit avoir une note expliquant pourquoi</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>nombre positif attendu</translation>
    </message>
    <message>
        <source>a fact id must not be empty</source>
        <translation>l&apos;identifiant d&apos;un fait ne doit pas être vide</translation>
    </message>
    <message>
        <source>this fact needs a number</source>
        <translation>ce fait doit avoir un nombre</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>entier positif attendu</translation>
    </message>
    <message>
        <source>duplicate VM size</source>
        <translation>taille de machine virtuelle en double</translation>
    </message>
    <message>
        <source>expected a programmatic region name</source>
        <translation>nom de région programmatique attendu</translation>
    </message>
    <message>
        <source>expected a region name or null</source>
        <translation>nom de région ou null attendu</translation>
    </message>
    <message>
        <source>expected another region&apos;s name</source>
        <translation>nom d&apos;une autre région attendu</translation>
    </message>
    <message>
        <source>duplicate region</source>
        <translation>région en double</translation>
    </message>
    <message>
        <source>unknown fact id</source>
        <translation>identifiant de fait inconnu</translation>
    </message>
    <message>
        <source>expected a number or an object with a value</source>
        <translation>nombre ou objet avec une valeur attendu</translation>
    </message>
    <message>
        <source>local override</source>
        <translation>remplacement local</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Replaces %1 (%2, %3).</source>
        <translation>Remplace %1 (%2, %3).</translation>
    </message>
    <message>
        <source>an assumption needs a note</source>
        <translation>une hypothèse doit avoir une note</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check a design against its deployment model</source>
        <translation>vérifier une conception par rapport à son modèle de déploiement</translation>
    </message>
    <message>
        <source>estimate cost, recovery time, data loss and availability</source>
        <translation>estimer le coût, le temps de reprise, la perte de données et la disponibilité</translation>
    </message>
    <message>
        <source>simulate failures: what survives, downtime, data loss</source>
        <translation>simuler des pannes&#xa0;: ce qui survit, temps d&apos;arrêt, perte de données</translation>
    </message>
    <message>
        <source>write a design as a diagram or as canonical JSON</source>
        <translation>écrire une conception sous forme de diagramme ou de JSON canonique</translation>
    </message>
    <message>
        <source>list every validation rule</source>
        <translation>lister toutes les règles de validation</translation>
    </message>
    <message>
        <source>write a design&apos;s review report as HTML or PDF</source>
        <translation>écrire le rapport de revue d&apos;une conception en HTML ou en PDF</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Move to another region</source>
        <translation>Déplacer vers une autre région</translation>
    </message>
    <message>
        <source>Set deployment model to %1</source>
        <translation>Définir le modèle de déploiement sur %1</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Renommer la conception</translation>
    </message>
</context>
<context>
    <name>ComponentItem</name>
    <message>
        <source>%1–%2 nodes</source>
        <translation>%1–%2 nœuds</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 nœud</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nœuds</translation>
    </message>
    <message>
        <source> · stopped</source>
        <translation> · arrêté</translation>
    </message>
    <message>
        <source> · Z %1</source>
        <translation> · Z %1</translation>
    </message>
    <message>
        <source>%1 routing</source>
        <translation>Routage %1</translation>
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
        <translation> · +%1 géo</translation>
    </message>
    <message>
        <source>%1 GB/day</source>
        <translation>%1 Go/jour</translation>
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
        <translation>%1 · %2 Go</translation>
    </message>
    <message>
        <source>%1 · every %2 h</source>
        <translation>%1 · toutes les %2 h</translation>
    </message>
    <message>
        <source>Firewall Manager</source>
        <translation>Firewall Manager</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>aucun emplacement</translation>
    </message>
    <message>
        <source>%1 (unknown region)</source>
        <translation>%1 (région inconnue)</translation>
    </message>
    <message>
        <source> · zones 1 2 3</source>
        <translation> · zones 1 2 3</translation>
    </message>
    <message>
        <source> · no zones</source>
        <translation> · aucune zone</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 de plus</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Primary source</source>
        <translation>Source primaire</translation>
    </message>
    <message>
        <source>Retail Prices API</source>
        <translation>API Retail Prices</translation>
    </message>
    <message>
        <source>Secondary source</source>
        <translation>Source secondaire</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Dérivé</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
</context>
<context>
    <name>ConnectTool</name>
    <message>
        <source>%1 and %2 cannot be connected: no connection kind joins a %3 and a %4.</source>
        <translation>%1 et %2 ne peuvent pas être connectés&#xa0;: aucun type de connexion ne relie %3 et %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are already connected.</source>
        <translation>%1 et %2 sont déjà connectés.</translation>
    </message>
</context>
<context>
    <name>ConnectionItem</name>
    <message>
        <source>P%1 · w%2</source>
        <translation>P%1 · p%2</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>aucun type</translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>%1 has %2 MiB, more than the %3 MiB a design file may have.</source>
        <translation>%1 fait %2 Mio, plus que les %3 Mio permis pour un fichier de conception.</translation>
    </message>
    <message>
        <source>the copy could not be written in full</source>
        <translation>la copie n&apos;a pas pu être écrite entièrement</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a design file.</source>
        <translation>%1 est un dossier, pas un fichier de conception.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to read %1.</source>
        <translation>Mémoire insuffisante pour lire %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file on disk is unchanged.</source>
        <translation>Le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the file could not be written in full</source>
        <translation>le fichier n&apos;a pas pu être écrit entièrement</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>Component %1 (counting from 1)</source>
        <translation>Composant %1 (en comptant à partir de 1)</translation>
    </message>
    <message>
        <source>Connection %1 (counting from 1)</source>
        <translation>Connexion %1 (en comptant à partir de 1)</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Composant %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de « %2 ».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4.</source>
        <translation>%1&#xa0;: « %2 » doit être %3, pas %4.</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters, more than the %3 allowed.</source>
        <translation>%1&#xa0;: le nom compte %2 caractères, plus que les %3 autorisés.</translation>
    </message>
    <message>
        <source>This file does not hold a Continuity design: it is JSON, but %1 rather than an object.</source>
        <translation>Ce fichier ne contient pas de conception Continuity&#xa0;: c&apos;est du JSON, mais %1 au lieu d&apos;un objet.</translation>
    </message>
    <message>
        <source>This design is written in format version %1, which this version of Continuity cannot read: it reads format version %2.</source>
        <translation>Cette conception est écrite au format version %1, que cette version de Continuity ne sait pas lire&#xa0;: elle lit le format version %2.</translation>
    </message>
    <message>
        <source>This design could not be brought up from format version %1: %2</source>
        <translation>Cette conception n&apos;a pas pu être mise à niveau depuis le format version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migrating this design from format version %1 failed.</source>
        <translation>La migration de cette conception depuis le format version %1 a échoué.</translation>
    </message>
    <message>
        <source>This file is not a Continuity design: it has no &quot;format&quot;.</source>
        <translation>Ce fichier n&apos;est pas une conception Continuity&#xa0;: il n&apos;a pas de « format ».</translation>
    </message>
    <message>
        <source>This file is not a Continuity design: &quot;format&quot; is %1, not &quot;continuity-design&quot;.</source>
        <translation>Ce fichier n&apos;est pas une conception Continuity&#xa0;: « format » vaut %1, pas « continuity-design ».</translation>
    </message>
    <message>
        <source>The design has no &quot;version&quot;.</source>
        <translation>La conception n&apos;a pas de « version ».</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number, not %1.</source>
        <translation>« version » doit être un nombre entier, pas %1.</translation>
    </message>
    <message>
        <source>This design was written by a newer Continuity: format version %1, this version reads %2.</source>
        <translation>Cette conception a été écrite par un Continuity plus récent&#xa0;: format version %1, cette version lit la %2.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist.</source>
        <translation>Le format version %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The design has no &quot;%1&quot; (an empty list is fine).</source>
        <translation>La conception n&apos;a pas de « %1 » (une liste vide convient).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2.</source>
        <translation>« %1 » doit être un tableau, pas %2.</translation>
    </message>
    <message>
        <source>The design&apos;s &quot;name&quot; must be a string, not %1.</source>
        <translation>Le « name » de la conception doit être une chaîne, pas %1.</translation>
    </message>
    <message>
        <source>The design</source>
        <translation>La conception</translation>
    </message>
    <message>
        <source>The design has no &quot;deploymentModel&quot;.</source>
        <translation>La conception n&apos;a pas de « deploymentModel ».</translation>
    </message>
    <message>
        <source>&quot;deploymentModel&quot; must be a string, not %1.</source>
        <translation>« deploymentModel » doit être une chaîne, pas %1.</translation>
    </message>
    <message>
        <source>Unknown deployment model %1: expected active-active, active-passive, passive-cold or single-region.</source>
        <translation>Modèle de déploiement inconnu %1&#xa0;: active-active, active-passive, passive-cold ou single-region attendu.</translation>
    </message>
    <message>
        <source>&quot;assumptions&quot; must be an object, not %1.</source>
        <translation>« assumptions » doit être un objet, pas %1.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid id: an id has 1 to 64 of the characters A-Z, a-z, 0-9, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un identifiant valide&#xa0;: un identifiant compte de 1 à 64 des caractères A-Z, a-z, 0-9, « _ », « . » et « - ».</translation>
    </message>
    <message>
        <source>The id %1 is used twice: ids must be unique among all components and connections.</source>
        <translation>L&apos;identifiant %1 est utilisé deux fois&#xa0;: les identifiants doivent être uniques parmi tous les composants et connexions.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a finite number.</source>
        <translation>%1&#xa0;: « %2 » doit être un nombre fini.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 doit être un objet, pas %2.</translation>
    </message>
    <message>
        <source>%1: unknown kind %2.</source>
        <translation>%1&#xa0;: type inconnu %2.</translation>
    </message>
    <message>
        <source>The design could not be read: %1</source>
        <translation>La conception n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file has %1 MiB, more than the %2 MiB a design may have.</source>
        <translation>Le fichier fait %1 Mio, plus que les %2 Mio permis pour une conception.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no design.</source>
        <translation>Le fichier est vide&#xa0;: il ne contient aucune conception.</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8 (byte 0x%2); a design file is UTF-8 text.</source>
        <translation>%1&#xa0;: UTF-8 non valide (octet 0x%2)&#xa0;; un fichier de conception est du texte UTF-8.</translation>
    </message>
    <message>
        <source>%1: arrays and objects are nested deeper than %2 levels.</source>
        <translation>%1&#xa0;: les tableaux et objets sont imbriqués sur plus de %2 niveaux.</translation>
    </message>
    <message>
        <source>The key %1 appears twice in the same object.</source>
        <translation>La clé %1 apparaît deux fois dans le même objet.</translation>
    </message>
    <message>
        <source>%1: the number %2 is too large to represent.</source>
        <translation>%1&#xa0;: le nombre %2 est trop grand pour être représenté.</translation>
    </message>
    <message>
        <source>%1: this is not valid JSON: the file ends in the middle of the design (was it cut short?).</source>
        <translation>%1&#xa0;: ce n&apos;est pas du JSON valide&#xa0;: le fichier se termine au milieu de la conception (a-t-il été tronqué&#xa0;?).</translation>
    </message>
    <message>
        <source>%1: this is not valid JSON: %2</source>
        <translation>%1&#xa0;: ce n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to read this design.</source>
        <translation>Mémoire insuffisante pour lire cette conception.</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Untitled design</source>
        <translation>Conception sans titre</translation>
    </message>
    <message>
        <source>there is nothing to export</source>
        <translation>il n&apos;y a rien à exporter</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>mémoire insuffisante pour une image de %1 × %2</translation>
    </message>
    <message>
        <source>could not encode the PNG: %1</source>
        <translation>impossible d&apos;encoder le PNG&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not start the SVG</source>
        <translation>impossible de commencer le SVG</translation>
    </message>
    <message>
        <source>Diagram of “%1”, exported by Continuity on %2</source>
        <translation>Diagramme de « %1 », exporté par Continuity le %2</translation>
    </message>
    <message>
        <source>refused to write an unsafe SVG: %1</source>
        <translation>écriture d&apos;un SVG non sûr refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Components: %1.</source>
        <translation>Composants&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>its key vault %1 is lost</source>
        <translation>son Key Vault %1 est perdu</translation>
    </message>
    <message>
        <source>its egress firewall %1 is lost</source>
        <translation>son pare-feu de sortie %1 est perdu</translation>
    </message>
    <message>
        <source>the backup of %1 in %2 cannot be restored where the takeover runs</source>
        <translation>la sauvegarde de %1 dans %2 ne peut pas être restaurée là où s&apos;exécute la reprise</translation>
    </message>
    <message>
        <source>the operational-tier backup of %1 in %2 is lost with it</source>
        <translation>la sauvegarde du niveau opérationnel de %1 dans %2 est perdue avec elle</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2, restored across regions</source>
        <translation>%1&#xa0;: sauvegarde du niveau coffre dans %2, restaurée entre régions</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2</source>
        <translation>%1&#xa0;: sauvegarde du niveau coffre dans %2</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>zone %1 of %2</source>
        <translation>zone %1 de %2</translation>
    </message>
    <message>
        <source>Failure: %1 down (%2 components lost)</source>
        <translation>Panne&#xa0;: %1 en panne (%2 composants perdus)</translation>
    </message>
    <message>
        <source>%1 marks the lost origins down and sends the traffic to %2</source>
        <translation>%1 marque les origines perdues comme hors service et envoie le trafic vers %2</translation>
    </message>
    <message>
        <source>Clients are repointed by hand to %1</source>
        <translation>Les clients sont redirigés manuellement vers %1</translation>
    </message>
    <message>
        <source>A person confirms the loss and decides to start %1</source>
        <translation>Une personne confirme la perte et décide de démarrer %1</translation>
    </message>
    <message>
        <source>An event starts %1</source>
        <translation>Un événement démarre %1</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The autoscaler has grown %1 from %2 to %3 nodes (%4 % of the load)</source>
        <translation>La mise à l&apos;échelle automatique a fait passer %1 de %2 à %3 nœuds (%4 % de la charge)</translation>
    </message>
    <message>
        <source>The clusters left reach %1 of the %2 nodes that served before (%3 %).</source>
        <translation>Les clusters restants atteignent %1 des %2 nœuds qui servaient auparavant (%3 %).</translation>
    </message>
    <message>
        <source>No replica of the container registry survives: the clusters cannot add nodes.</source>
        <translation>Aucun réplica du registre de conteneurs ne survit&#xa0;: les clusters ne peuvent pas ajouter de nœuds.</translation>
    </message>
    <message>
        <source>%1 restored from the backup in %2</source>
        <translation>%1 restauré à partir de la sauvegarde dans %2</translation>
    </message>
    <message>
        <source>The data takes writes again: %1</source>
        <translation>Les données acceptent de nouveau les écritures&#xa0;: %1</translation>
    </message>
    <message>
        <source>The data takes writes again: %1; in parallel %2</source>
        <translation>Les données acceptent de nouveau les écritures&#xa0;: %1&#xa0;; en parallèle %2</translation>
    </message>
    <message>
        <source>Data is lost for good: %1.</source>
        <translation>Des données sont définitivement perdues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No data store the clusters use is lost.</source>
        <translation>Aucun magasin de données utilisé par les clusters n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The worst: %1, %2.</source>
        <translation>Au pire&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>%1 serves again at %2 % of the capacity</source>
        <translation>%1 sert de nouveau à %2 % de la capacité</translation>
    </message>
    <message>
        <source>Survives once %1 is started and takes over.</source>
        <translation>Survit dès que %1 est démarré et prend le relais.</translation>
    </message>
    <message>
        <source>Survives: %1 takes over.</source>
        <translation>Survit&#xa0;: %1 prend le relais.</translation>
    </message>
    <message>
        <source>Recovered: %1 serves at %2 % of the capacity</source>
        <translation>Rétabli&#xa0;: %1 sert à %2 % de la capacité</translation>
    </message>
    <message>
        <source>Survives without downtime: %1 kept serving.</source>
        <translation>Survit sans temps d&apos;arrêt&#xa0;: %1 a continué à servir.</translation>
    </message>
    <message>
        <source>nothing served traffic before the failure</source>
        <translation>rien ne servait de trafic avant la panne</translation>
    </message>
    <message>
        <source>every global router is lost, and with them the entry point</source>
        <translation>tous les routeurs globaux sont perdus, et avec eux le point d&apos;entrée</translation>
    </message>
    <message>
        <source>%1 cannot serve: %2</source>
        <translation>%1 ne peut pas servir&#xa0;: %2</translation>
    </message>
    <message>
        <source>no cluster runs or waits outside what is lost</source>
        <translation>aucun cluster ne s&apos;exécute ni n&apos;attend en dehors de ce qui est perdu</translation>
    </message>
    <message>
        <source>Does not survive: %1.</source>
        <translation>Ne survit pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The service does not come back: %1</source>
        <translation>Le service ne revient pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 % of the traffic went to what was lost and fails until it is moved (%2).</source>
        <translation>%1 % du trafic allait vers ce qui est perdu et échoue jusqu&apos;à ce qu&apos;il soit déplacé (%2).</translation>
    </message>
    <message>
        <source>Reads go on; writes to the data that fails over wait for it.</source>
        <translation>Les lectures continuent&#xa0;; les écritures sur les données qui basculent attendent le basculement.</translation>
    </message>
    <message>
        <source>unknown failure target &apos;%1&apos;: the design has no region at %2</source>
        <translation>cible de panne inconnue « %1 »&#xa0;: la conception n&apos;a pas de région à %2</translation>
    </message>
    <message>
        <source>bad failure target &apos;%1&apos;: write zone:LOCATION:N with N 1, 2 or 3</source>
        <translation>cible de panne incorrecte « %1 »&#xa0;: écrivez zone:EMPLACEMENT:N avec N valant 1, 2 ou 3</translation>
    </message>
    <message>
        <source>unknown failure target &apos;%1&apos;: %2 has no availability zones</source>
        <translation>cible de panne inconnue « %1 »&#xa0;: %2 n&apos;a pas de zones de disponibilité</translation>
    </message>
    <message>
        <source>unknown failure target &apos;%1&apos;: no component of the design has this id, and it is not region:LOCATION or zone:LOCATION:N</source>
        <translation>cible de panne inconnue « %1 »&#xa0;: aucun composant de la conception n&apos;a cet identifiant, et ce n&apos;est ni region:EMPLACEMENT ni zone:EMPLACEMENT:N</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>%1 serves traffic on the %2 tier, which has no financially backed uptime SLA: there is no availability figure to compose.</source>
        <translation>%1 sert du trafic au niveau %2, qui n&apos;a pas de SLA de durée de fonctionnement financièrement garanti&#xa0;: il n&apos;y a pas de chiffre de disponibilité à composer.</translation>
    </message>
    <message>
        <source>%1: no SLA on the %2 tier</source>
        <translation>%1&#xa0;: aucun SLA au niveau %2</translation>
    </message>
    <message>
        <source>No running cluster serves traffic: there is no path to compose.</source>
        <translation>Aucun cluster en cours d&apos;exécution ne sert de trafic&#xa0;: il n&apos;y a pas de chemin à composer.</translation>
    </message>
    <message>
        <source>Global router %1</source>
        <translation>Routeur global %1</translation>
    </message>
    <message>
        <source>gateways %1 in parallel %2</source>
        <translation>passerelles %1 en parallèle %2</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>aucune région</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>Région %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Region %1, clusters in parallel: %2</source>
        <translation>Région %1, clusters en parallèle&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 serving regions in parallel: 1 − ∏(1 − region)</source>
        <translation>%1 régions de service en parallèle&#xa0;: 1 − ∏(1 − région)</translation>
    </message>
    <message>
        <source>%1, used by every serving region</source>
        <translation>%1, utilisé par chaque région de service</translation>
    </message>
    <message>
        <source>Global routers %1 × serving regions %2 (%3 in parallel) × services every serving region uses %4 = %5</source>
        <translation>Routeurs globaux %1 × régions de service %2 (%3 en parallèle) × services utilisés par chaque région de service %4 = %5</translation>
    </message>
    <message>
        <source>Regional price multiplier (no region): × %1</source>
        <translation>Multiplicateur de prix régional (aucune région)&#xa0;: × %1</translation>
    </message>
    <message>
        <source>Price multiplier of %1: × %2</source>
        <translation>Multiplicateur de prix de %1&#xa0;: × %2</translation>
    </message>
    <message>
        <source>%1: the VM size %2 is not in the catalog, so its nodes are not priced.</source>
        <translation>%1&#xa0;: la taille de machine virtuelle %2 n&apos;est pas dans le catalogue, ses nœuds ne sont donc pas tarifés.</translation>
    </message>
    <message>
        <source>%1 tier: %2 USD/h × %3 h%4</source>
        <translation>Niveau %1&#xa0;: %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>%1 × %2: %1 × %3 USD/h × %4 h%5</source>
        <translation>%1 × %2&#xa0;: %1 × %3 USD/h × %4 h%5</translation>
    </message>
    <message>
        <source>%1 OS disks: %1 × %2 USD/month%3</source>
        <translation>%1 disques de système d&apos;exploitation&#xa0;: %1 × %2 USD/mois%3</translation>
    </message>
    <message>
        <source>stopped: the OS disks of %1 nodes alone</source>
        <translation>arrêté&#xa0;: seuls les disques de système d&apos;exploitation de %1 nœuds</translation>
    </message>
    <message>
        <source>running: %1 tier, %2 × %3 (not in the catalog, not priced), OS disks</source>
        <translation>en cours d&apos;exécution&#xa0;: niveau %1, %2 × %3 (hors catalogue, non tarifé), disques de système d&apos;exploitation</translation>
    </message>
    <message>
        <source>running: %1 tier, %2 × %3 with OS disks, 730 h</source>
        <translation>en cours d&apos;exécution&#xa0;: niveau %1, %2 × %3 avec disques de système d&apos;exploitation, 730 h</translation>
    </message>
    <message>
        <source>%1 base fee</source>
        <translation>Frais de base %1</translation>
    </message>
    <message>
        <source>Requests: %1 a month ÷ 10,000 × %2 USD</source>
        <translation>Requêtes&#xa0;: %1 par mois ÷ 10 000 × %2 USD</translation>
    </message>
    <message>
        <source>Egress: %1 GB a month × %2 USD/GB</source>
        <translation>Sortie&#xa0;: %1 Go par mois × %2 USD/Go</translation>
    </message>
    <message>
        <source>%1 base fee, requests and egress from the assumptions</source>
        <translation>Frais de base %1, requêtes et sortie d&apos;après les hypothèses</translation>
    </message>
    <message>
        <source>DNS queries: %1 million a month × %2 USD per million</source>
        <translation>Requêtes DNS&#xa0;: %1 millions par mois × %2 USD par million</translation>
    </message>
    <message>
        <source>DNS queries above the first billion: %1 million × %2 USD per million</source>
        <translation>Requêtes DNS au-delà du premier milliard&#xa0;: %1 millions × %2 USD par million</translation>
    </message>
    <message>
        <source>Health checks: %1 endpoints × %2 USD/month</source>
        <translation>Contrôles d&apos;intégrité&#xa0;: %1 points de terminaison × %2 USD/mois</translation>
    </message>
    <message>
        <source>Fast probing (%1 s): %2 endpoints × %3 USD/month</source>
        <translation>Sondage rapide (%1 s)&#xa0;: %2 points de terminaison × %3 USD/mois</translation>
    </message>
    <message>
        <source>DNS queries from the assumptions, health checks on %1 endpoints</source>
        <translation>Requêtes DNS d&apos;après les hypothèses, contrôles d&apos;intégrité sur %1 points de terminaison</translation>
    </message>
    <message>
        <source>%1 fixed: %2 USD/h × %3 h%4</source>
        <translation>%1 fixe&#xa0;: %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>%1 capacity units × %2 USD/h × %3 h%4</source>
        <translation>%1 unités de capacité × %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>%1: fixed + %2 capacity units, 730 h</source>
        <translation>%1&#xa0;: fixe + %2 unités de capacité, 730 h</translation>
    </message>
    <message>
        <source>%1: %2 USD/day × %3 days%4</source>
        <translation>%1&#xa0;: %2 USD/jour × %3 jours%4</translation>
    </message>
    <message>
        <source>%1: geo-replication needs the Premium SKU; its %2 replica(s) are not priced.</source>
        <translation>%1&#xa0;: la géoréplication exige la référence SKU Premium&#xa0;; ses %2 réplicas ne sont pas tarifés.</translation>
    </message>
    <message>
        <source>Geo-replica in %1: %2 USD/day × %3 days%4</source>
        <translation>Géoréplica dans %1&#xa0;: %2 USD/jour × %3 jours%4</translation>
    </message>
    <message>
        <source>%1 SKU</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>%1 SKU and %2 geo-replica(s)</source>
        <translation>SKU %1 et %2 géoréplicas</translation>
    </message>
    <message>
        <source>Operations: %1 a month ÷ 10,000 × %2 USD%3</source>
        <translation>Opérations&#xa0;: %1 par mois ÷ 10 000 × %2 USD%3</translation>
    </message>
    <message>
        <source>operations from the assumptions; HSM keys not counted (the design does not say how many)</source>
        <translation>opérations d&apos;après les hypothèses&#xa0;; clés HSM non comptées (la conception n&apos;en indique pas le nombre)</translation>
    </message>
    <message>
        <source>operations from the assumptions</source>
        <translation>opérations d&apos;après les hypothèses</translation>
    </message>
    <message>
        <source>Ingestion: %1 GB/day × %2 days × %3 USD/GB%4</source>
        <translation>Ingestion&#xa0;: %1 Go/jour × %2 jours × %3 USD/Go%4</translation>
    </message>
    <message>
        <source>%1 GB a day, pay-as-you-go; the free allowance is per billing account and not deducted</source>
        <translation>%1 Go par jour, paiement à l&apos;utilisation&#xa0;; la franchise gratuite s&apos;applique par compte de facturation et n&apos;est pas déduite</translation>
    </message>
    <message>
        <source>%1 deployment: %2 USD/h × %3 h%4</source>
        <translation>Déploiement %1&#xa0;: %2 USD/h × %3 h%4</translation>
    </message>
    <message>
        <source>Data processed: %1 GB a month × %2 USD/GB%3</source>
        <translation>Données traitées&#xa0;: %1 Go par mois × %2 USD/Go%3</translation>
    </message>
    <message>
        <source>%1 deployment, 730 h, and data processed</source>
        <translation>Déploiement %1, 730 h, et données traitées</translation>
    </message>
    <message>
        <source>%1 firewall association(s): free up to %2</source>
        <translation>%1 associations de pare-feu&#xa0;: gratuit jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>free: %1 firewall association(s)</source>
        <translation>gratuit&#xa0;: %1 associations de pare-feu</translation>
    </message>
    <message>
        <source>%1 firewalls in %2 region(s): %2 × %3 USD/month</source>
        <translation>%1 pare-feu dans %2 régions&#xa0;: %2 × %3 USD/mois</translation>
    </message>
    <message>
        <source>fixed rate per region: %1 associated firewalls in %2 region(s)</source>
        <translation>tarif fixe par région&#xa0;: %1 pare-feu associés dans %2 régions</translation>
    </message>
    <message>
        <source>%1: %2 USD/month%3</source>
        <translation>%1&#xa0;: %2 USD/mois%3</translation>
    </message>
    <message>
        <source>%1, a typical size (assumption)</source>
        <translation>%1, une taille typique (hypothèse)</translation>
    </message>
    <message>
        <source>%1 GB %2 × %3 USD/GB-month%4</source>
        <translation>%1 Go %2 × %3 USD/Go-mois%4</translation>
    </message>
    <message>
        <source>%1 GB, %2</source>
        <translation>%1 Go, %2</translation>
    </message>
    <message>
        <source>%1 protected cluster(s) × %2 USD/month%3</source>
        <translation>%1 clusters protégés × %2 USD/mois%3</translation>
    </message>
    <message>
        <source>protects %1 cluster(s)</source>
        <translation>protège %1 clusters</translation>
    </message>
    <message>
        <source>No running cluster serves traffic, so there is no serving region to lose.</source>
        <translation>Aucun cluster en cours d&apos;exécution ne sert de trafic&#xa0;: il n&apos;y a donc pas de région de service à perdre.</translation>
    </message>
    <message>
        <source>The design as it is.</source>
        <translation>La conception telle quelle.</translation>
    </message>
    <message>
        <source>The serving region as designed; every other cluster running at the serving region&apos;s size or more; every global router edge at priority 1.</source>
        <translation>La région de service telle que conçue&#xa0;; tous les autres clusters s&apos;exécutent à la taille de la région de service ou plus&#xa0;; toutes les arêtes des routeurs globaux à la priorité 1.</translation>
    </message>
    <message>
        <source>The serving region as designed; every other cluster running at its autoscale minimum, able to grow to the serving region&apos;s size; router edges into the serving region at priority 1, the others at 2 or worse.</source>
        <translation>La région de service telle que conçue&#xa0;; tous les autres clusters s&apos;exécutent à leur minimum de mise à l&apos;échelle automatique et peuvent croître jusqu&apos;à la taille de la région de service&#xa0;; arêtes de routeur vers la région de service à la priorité 1, les autres à 2 ou moins bien.</translation>
    </message>
    <message>
        <source>The serving region as designed; every other cluster stopped, at its autoscale minimum, with manual activation; router edges into the serving region at priority 1, the others at 2 or worse.</source>
        <translation>La région de service telle que conçue&#xa0;; tous les autres clusters arrêtés, à leur minimum de mise à l&apos;échelle automatique, avec activation manuelle&#xa0;; arêtes de routeur vers la région de service à la priorité 1, les autres à 2 ou moins bien.</translation>
    </message>
    <message>
        <source>Only the serving region, its components and the global ones; registries lose their geo-replicas.</source>
        <translation>Seulement la région de service, ses composants et les composants globaux&#xa0;; les registres perdent leurs géoréplicas.</translation>
    </message>
    <message>
        <source>Requests a month through each Front Door</source>
        <translation>Requêtes par mois via chaque Front Door</translation>
    </message>
    <message>
        <source>Egress a month through each Front Door (GB)</source>
        <translation>Sortie par mois via chaque Front Door (Go)</translation>
    </message>
    <message>
        <source>DNS queries a month per Traffic Manager profile</source>
        <translation>Requêtes DNS par mois par profil Traffic Manager</translation>
    </message>
    <message>
        <source>Operations a month per key vault</source>
        <translation>Opérations par mois par Key Vault</translation>
    </message>
    <message>
        <source>Data processed a month per firewall (GB)</source>
        <translation>Données traitées par mois par pare-feu (Go)</translation>
    </message>
    <message>
        <source>Manual decision to activate a cold cluster (s)</source>
        <translation>Décision manuelle d&apos;activer un cluster froid (s)</translation>
    </message>
    <message>
        <source>Event-driven activation of a cold cluster (s)</source>
        <translation>Activation d&apos;un cluster froid déclenchée par un événement (s)</translation>
    </message>
    <message>
        <source>Manual switch-over without a global router (s)</source>
        <translation>Basculement manuel sans routeur global (s)</translation>
    </message>
    <message>
        <source>Node provisioning on scale-out (s)</source>
        <translation>Approvisionnement des nœuds lors du scale-out (s)</translation>
    </message>
    <message>
        <source>Starting a stopped cluster (s)</source>
        <translation>Démarrage d&apos;un cluster arrêté (s)</translation>
    </message>
    <message>
        <source>Creating a cluster (s)</source>
        <translation>Création d&apos;un cluster (s)</translation>
    </message>
    <message>
        <source>Restoring a cluster from a backup (s)</source>
        <translation>Restauration d&apos;un cluster à partir d&apos;une sauvegarde (s)</translation>
    </message>
    <message>
        <source>Price multiplier of every region</source>
        <translation>Multiplicateur de prix de chaque région</translation>
    </message>
    <message>
        <source>Price multiplier of %1</source>
        <translation>Multiplicateur de prix de %1</translation>
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
        <translation>Groupe de basculement Azure SQL</translation>
    </message>
    <message>
        <source>Cosmos DB automatic failover</source>
        <translation>Basculement automatique Cosmos DB</translation>
    </message>
    <message>
        <source>PostgreSQL replica promotion</source>
        <translation>Promotion d&apos;un réplica PostgreSQL</translation>
    </message>
    <message>
        <source>Detection by %1: (%2 tolerated failures + 1) × %3 s probe interval + %4 s DNS TTL</source>
        <translation>Détection par %1&#xa0;: (%2 échecs tolérés + 1) × %3 s d&apos;intervalle de sonde + %4 s de TTL DNS</translation>
    </message>
    <message>
        <source>Detection by %1: %2 s probe interval × (%3 samples − %4 required + 1)</source>
        <translation>Détection par %1&#xa0;: %2 s d&apos;intervalle de sonde × (%3 échantillons − %4 requis + 1)</translation>
    </message>
    <message>
        <source>Manual switch-over: no global router moves the traffic, clients are repointed by hand</source>
        <translation>Basculement manuel&#xa0;: aucun routeur global ne déplace le trafic, les clients sont redirigés manuellement</translation>
    </message>
    <message>
        <source>Activation decision: a person confirms the loss and starts the cold cluster</source>
        <translation>Décision d&apos;activation&#xa0;: une personne confirme la perte et démarre le cluster froid</translation>
    </message>
    <message>
        <source>Activation decision: an event starts the cold cluster</source>
        <translation>Décision d&apos;activation&#xa0;: un événement démarre le cluster froid</translation>
    </message>
    <message>
        <source>Starting the stopped cluster until it serves</source>
        <translation>Démarrage du cluster arrêté jusqu&apos;à ce qu&apos;il serve</translation>
    </message>
    <message>
        <source>Scale-out: the autoscaler adds nodes (it gives up after %1)</source>
        <translation>Scale-out&#xa0;: la mise à l&apos;échelle automatique ajoute des nœuds (elle abandonne après %1)</translation>
    </message>
    <message>
        <source>Restore of the cluster&apos;s state and volumes from the backup</source>
        <translation>Restauration de l&apos;état et des volumes du cluster à partir de la sauvegarde</translation>
    </message>
    <message>
        <source>%1 fails over to %2 (%3)</source>
        <translation>%1 bascule vers %2 (%3)</translation>
    </message>
    <message>
        <source>%1: synchronous (strong) replication to %2</source>
        <translation>%1&#xa0;: réplication synchrone (forte) vers %2</translation>
    </message>
    <message>
        <source>%1: synchronous replication to %2, every committed write is there</source>
        <translation>%1&#xa0;: réplication synchrone vers %2, chaque écriture validée s&apos;y trouve</translation>
    </message>
    <message>
        <source>%1 fails over to %2, replicated synchronously</source>
        <translation>%1 bascule vers %2, répliqué de façon synchrone</translation>
    </message>
    <message>
        <source>%1: asynchronous replication to %2 (%3)</source>
        <translation>%1&#xa0;: réplication asynchrone vers %2 (%3)</translation>
    </message>
    <message>
        <source>%1 fails over to %2, replicated asynchronously</source>
        <translation>%1 bascule vers %2, répliqué de façon asynchrone</translation>
    </message>
    <message>
        <source>%1 is a replica of %2, which survives: nothing is lost</source>
        <translation>%1 est un réplica de %2, qui survit&#xa0;: rien n&apos;est perdu</translation>
    </message>
    <message>
        <source>%1 is a replica of %2, which survives</source>
        <translation>%1 est un réplica de %2, qui survit</translation>
    </message>
    <message>
        <source>%1 is geo-restored from geo-replicated backups (no replica outside the lost region)</source>
        <translation>%1 est géorestauré à partir de sauvegardes géorépliquées (aucun réplica hors de la région perdue)</translation>
    </message>
    <message>
        <source>%1: geo-restore from geo-replicated backups</source>
        <translation>%1&#xa0;: géorestauration à partir de sauvegardes géorépliquées</translation>
    </message>
    <message>
        <source>%1 has no surviving replica and is geo-restored</source>
        <translation>%1 n&apos;a aucun réplica survivant et est géorestauré</translation>
    </message>
    <message>
        <source>%1 (%2) has no replica outside the lost region: its data is lost</source>
        <translation>%1 (%2) n&apos;a aucun réplica hors de la région perdue&#xa0;: ses données sont perdues</translation>
    </message>
    <message>
        <source>%1 (%2): customer-managed failover to the paired region</source>
        <translation>%1 (%2)&#xa0;: basculement géré par le client vers la région jumelée</translation>
    </message>
    <message>
        <source>%1 (%2): asynchronous geo-replication</source>
        <translation>%1 (%2)&#xa0;: géoréplication asynchrone</translation>
    </message>
    <message>
        <source>%1 (%2) fails over to the paired region</source>
        <translation>%1 (%2) bascule vers la région jumelée</translation>
    </message>
    <message>
        <source>%1 (%2) keeps no copy outside its region: its data is lost</source>
        <translation>%1 (%2) ne conserve aucune copie hors de sa région&#xa0;: ses données sont perdues</translation>
    </message>
    <message>
        <source>the backup of %1 in %2 cannot be restored outside the lost region (cross-region restore reaches the paired region only)</source>
        <translation>la sauvegarde de %1 dans %2 ne peut pas être restaurée hors de la région perdue (la restauration interrégion n&apos;atteint que la région jumelée)</translation>
    </message>
    <message>
        <source>the operational-tier backup of %1 in %2 stays in the lost region</source>
        <translation>la sauvegarde du niveau opérationnel de %1 dans %2 reste dans la région perdue</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2, restored across regions</source>
        <translation>%1&#xa0;: sauvegarde du niveau coffre dans %2, restaurée entre régions</translation>
    </message>
    <message>
        <source>%1: vault-tier backup in %2</source>
        <translation>%1&#xa0;: sauvegarde du niveau coffre dans %2</translation>
    </message>
    <message>
        <source>Nothing survives the loss of %1: no cluster runs or waits outside it.</source>
        <translation>Rien ne survit à la perte de %1&#xa0;: aucun cluster ne s&apos;exécute ni n&apos;attend en dehors.</translation>
    </message>
    <message>
        <source>After losing %1 the clusters that take over reach %2 of the %3 nodes it ran (%4 %).</source>
        <translation>Après la perte de %1, les clusters qui prennent le relais atteignent %2 des %3 nœuds qui y tournaient (%4 %).</translation>
    </message>
    <message>
        <source>Data-tier failover: %1</source>
        <translation>Basculement du niveau données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data-tier failover: %1; in parallel with %2</source>
        <translation>Basculement du niveau données&#xa0;: %1&#xa0;; en parallèle avec %2</translation>
    </message>
    <message>
        <source>Data is lost with %1: %2.</source>
        <translation>Des données sont perdues avec %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The clusters use no database or storage in %1 and restore no backup: nothing is lost with it.</source>
        <translation>Les clusters n&apos;utilisent ni base de données ni stockage dans %1 et ne restaurent aucune sauvegarde&#xa0;: rien n&apos;est perdu avec elle.</translation>
    </message>
    <message>
        <source>The worst over the data the clusters use in %1: %2, %3.</source>
        <translation>Au pire, pour les données utilisées par les clusters dans %1&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>the design&apos;s assumptions (catalog: %1 from %2)</source>
        <translation>les hypothèses de la conception (catalogue&#xa0;: %1 du %2)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>property %1 of %2</source>
        <translation>propriété %1 de %2</translation>
    </message>
</context>
<context>
    <name>EstimatesPanel</name>
    <message>
        <source> (the design&apos;s assumption)</source>
        <translation> (hypothèse de la conception)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of %1, confidence: %2</source>
        <translation>Au %1, confiance&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>Cluster AKS</translation>
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
        <translation>Registre de conteneurs</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Espace de travail Log Analytics</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Pare-feu Azure</translation>
    </message>
    <message>
        <source>Firewall policy</source>
        <translation>Stratégie de pare-feu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Compte de stockage</translation>
    </message>
    <message>
        <source>Backup vault</source>
        <translation>Coffre de sauvegarde</translation>
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
        <translation>Registre</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Log Analytics</source>
        <translation>Log Analytics</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active-active</source>
        <translation>Actif/actif</translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation>Actif/passif</translation>
    </message>
    <message>
        <source>Passive-cold</source>
        <translation>Passif/froid</translation>
    </message>
    <message>
        <source>Single region</source>
        <translation>Région unique</translation>
    </message>
    <message>
        <source>Two or more regions serve traffic at once; when one fails, the others carry its load.</source>
        <translation>Deux régions ou plus servent le trafic en même temps&#xa0;; quand l&apos;une tombe en panne, les autres portent sa charge.</translation>
    </message>
    <message>
        <source>One region serves traffic; a smaller, running copy in a second region takes over when it fails.</source>
        <translation>Une région sert le trafic&#xa0;; une copie plus petite, en cours d&apos;exécution dans une deuxième région, prend le relais en cas de panne.</translation>
    </message>
    <message>
        <source>One region serves traffic; the second region&apos;s cluster is stopped and is started when disaster strikes.</source>
        <translation>Une région sert le trafic&#xa0;; le cluster de la deuxième région est arrêté et démarré en cas de sinistre.</translation>
    </message>
    <message>
        <source>One region spread across availability zones: the baseline the other models are measured against.</source>
        <translation>Une région répartie sur des zones de disponibilité&#xa0;: la référence à laquelle les autres modèles sont comparés.</translation>
    </message>
    <message>
        <source>An Azure region: the container of the regional components.</source>
        <translation>Une région Azure&#xa0;: le conteneur des composants régionaux.</translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster that runs the workload.</source>
        <translation>Un cluster Kubernetes managé qui exécute la charge de travail.</translation>
    </message>
    <message>
        <source>Global HTTP entry point with health probes: sends users to healthy regions.</source>
        <translation>Point d&apos;entrée HTTP global avec sondes d&apos;intégrité&#xa0;: envoie les utilisateurs vers les régions saines.</translation>
    </message>
    <message>
        <source>DNS-based global routing between regions.</source>
        <translation>Routage global entre régions fondé sur le DNS.</translation>
    </message>
    <message>
        <source>Regional layer-7 load balancer in front of a cluster, optionally with a web application firewall.</source>
        <translation>Équilibreur de charge régional de couche 7 devant un cluster, avec un pare-feu d&apos;applications web en option.</translation>
    </message>
    <message>
        <source>Holds the container images; the Premium tier replicates them to other regions.</source>
        <translation>Contient les images conteneur&#xa0;; le niveau Premium les réplique vers d&apos;autres régions.</translation>
    </message>
    <message>
        <source>Secrets, keys and certificates of the workload.</source>
        <translation>Secrets, clés et certificats de la charge de travail.</translation>
    </message>
    <message>
        <source>Collects the logs and metrics of the region&apos;s components.</source>
        <translation>Collecte les journaux et les métriques des composants de la région.</translation>
    </message>
    <message>
        <source>Inspects the clusters&apos; outbound traffic, as the hub of a hub-and-spoke network.</source>
        <translation>Inspecte le trafic sortant des clusters, comme hub d&apos;un réseau hub-and-spoke.</translation>
    </message>
    <message>
        <source>Rules shared by the firewalls of every region (Azure Firewall Manager).</source>
        <translation>Règles partagées par les pare-feu de chaque région (Azure Firewall Manager).</translation>
    </message>
    <message>
        <source>The application&apos;s data: Azure SQL Database, Cosmos DB or PostgreSQL.</source>
        <translation>Les données de l&apos;application&#xa0;: Azure SQL Database, Cosmos DB ou PostgreSQL.</translation>
    </message>
    <message>
        <source>Blob and file storage, with a choice of redundancy.</source>
        <translation>Stockage d&apos;objets blob et de fichiers, avec un choix de redondance.</translation>
    </message>
    <message>
        <source>Backs up the clusters, and can restore them in another region.</source>
        <translation>Sauvegarde les clusters et peut les restaurer dans une autre région.</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilise</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Réplique</translation>
    </message>
    <message>
        <source>Protects</source>
        <translation>Protège</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Gère</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Azure SQL Database</source>
        <translation>Azure SQL Database</translation>
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
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchrone</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>Sur un événement</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening Design</source>
        <translation>Ouverture de la conception</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
</context>
<context>
    <name>PngText</name>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
    <message>
        <source>not enough memory to encode a %1 × %2 image</source>
        <translation>mémoire insuffisante pour encoder une image de %1 × %2</translation>
    </message>
    <message>
        <source>the PNG encoder failed: %1</source>
        <translation>l&apos;encodeur PNG a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Availability zones</source>
        <translation>Zones de disponibilité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Mise à l&apos;échelle automatique</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Taille de machine virtuelle</translation>
    </message>
    <message>
        <source>Pricing tier</source>
        <translation>Niveau tarifaire</translation>
    </message>
    <message>
        <source>Node count</source>
        <translation>Nombre de nœuds</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Max pods per node</source>
        <translation>Pods max. par nœud</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Pools de nœuds</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Probe interval (s)</source>
        <translation>Intervalle de sonde (s)</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Taille de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Successful samples required</source>
        <translation>Échantillons réussis requis</translation>
    </message>
    <message>
        <source>Routing method</source>
        <translation>Méthode de routage</translation>
    </message>
    <message>
        <source>DNS TTL (s)</source>
        <translation>TTL DNS (s)</translation>
    </message>
    <message>
        <source>Tolerated failures</source>
        <translation>Échecs tolérés</translation>
    </message>
    <message>
        <source>Capacity units</source>
        <translation>Unités de capacité</translation>
    </message>
    <message>
        <source>Accepts traffic only from Front Door</source>
        <translation>N&apos;accepte que le trafic de Front Door</translation>
    </message>
    <message>
        <source>Geo-replicas</source>
        <translation>Géoréplicas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence SKU</translation>
    </message>
    <message>
        <source>Daily ingestion (GB)</source>
        <translation>Ingestion quotidienne (Go)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Zone-redundant</source>
        <translation>Redondant interzone</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>Capacity (GB)</source>
        <translation>Capacité (Go)</translation>
    </message>
    <message>
        <source>Backup every (hours)</source>
        <translation>Sauvegarde toutes les (heures)</translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation>Restauration interrégion</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Conception sans titre</translation>
    </message>
    <message>
        <source>Diagram of %1</source>
        <translation>Diagramme de %1</translation>
    </message>
    <message>
        <source>Monthly cost against %1 under each deployment model</source>
        <translation>Coût mensuel par rapport à %1 selon chaque modèle de déploiement</translation>
    </message>
    <message>
        <source>Monthly cost by component kind</source>
        <translation>Coût mensuel par type de composant</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Design review</source>
        <translation>Revue de conception</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 components, %4 connections · regions: %5</source>
        <translation>%1 · %2 · %3 composants, %4 connexions · régions&#xa0;: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Recovery time (RTO)</source>
        <translation>Temps de reprise (RTO)</translation>
    </message>
    <message>
        <source>Data loss (RPO)</source>
        <translation>Perte de données (RPO)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 infos. Single points of failure: %4. Prices and timings from the catalog of %5.</source>
        <translation>Constats&#xa0;: %1 erreurs, %2 avertissements, %3 infos. Points de défaillance uniques&#xa0;: %4. Prix et durées issus du catalogue du %5.</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The design as the canvas draws it; badges mark the components with findings.</source>
        <translation>La conception telle que le canevas la dessine&#xa0;; des badges signalent les composants ayant des constats.</translation>
    </message>
    <message>
        <source>The design has nothing to draw.</source>
        <translation>La conception n&apos;a rien à dessiner.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings: the design meets every rule of its deployment model.</source>
        <translation>Aucun constat&#xa0;: la conception respecte toutes les règles de son modèle de déploiement.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first %1 of the %2 findings:</source>
        <translation>Les %1 premiers des %2 constats&#xa0;:</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimations</translation>
    </message>
    <message>
        <source>Money in USD a month (730 hours).</source>
        <translation>Montants en USD par mois (730 heures).</translation>
    </message>
    <message>
        <source>Money in USD a month (730 hours). Recovery time and data loss are for the loss of %1, the serving region whose loss is worst.</source>
        <translation>Montants en USD par mois (730 heures). Le temps de reprise et la perte de données valent pour la perte de %1, la région de service dont la perte est la plus grave.</translation>
    </message>
    <message>
        <source>Monthly cost: %1</source>
        <translation>Coût mensuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Component kind</source>
        <translation>Type de composant</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>How it is made up</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>… and %1 more components; the table by kind above holds them all.</source>
        <translation>… et %1 composants de plus&#xa0;; le tableau par type ci-dessus les contient tous.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recovery time (RTO): %1</source>
        <translation>Temps de reprise (RTO)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data loss (RPO): %1</source>
        <translation>Perte de données (RPO)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Disponibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Trade-off by deployment model</source>
        <translation>Compromis par modèle de déploiement</translation>
    </message>
    <message>
        <source>The same design under each of the four deployment models, for the loss of the same region; the design&apos;s own model is highlighted.</source>
        <translation>La même conception sous chacun des quatre modèles de déploiement, pour la perte de la même région&#xa0;; le modèle propre à la conception est mis en évidence.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source> (as designed)</source>
        <translation> (tel que conçu)</translation>
    </message>
    <message>
        <source>the design as it is</source>
        <translation>la conception telle quelle</translation>
    </message>
    <message>
        <source>Monthly cost against recovery time</source>
        <translation>Coût mensuel par rapport au temps de reprise</translation>
    </message>
    <message>
        <source>Monthly cost against data loss</source>
        <translation>Coût mensuel par rapport à la perte de données</translation>
    </message>
    <message>
        <source>Monthly cost against availability</source>
        <translation>Coût mensuel par rapport à la disponibilité</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Répartition des coûts</translation>
    </message>
    <message>
        <source>Monthly cost by component kind, largest first</source>
        <translation>Coût mensuel par type de composant, du plus élevé au plus faible</translation>
    </message>
    <message>
        <source>Drills: the loss of each region</source>
        <translation>Exercices de panne&#xa0;: la perte de chaque région</translation>
    </message>
    <message>
        <source>The design has no region with a location to fail.</source>
        <translation>La conception n&apos;a aucune région dotée d&apos;un emplacement pouvant tomber en panne.</translation>
    </message>
    <message>
        <source>Region lost</source>
        <translation>Région perdue</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Survit</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Temps d&apos;arrêt</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Perte de données</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
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
        <source>no recovery</source>
        <translation>pas de reprise</translation>
    </message>
    <message>
        <source>lost for good</source>
        <translation>définitivement perdues</translation>
    </message>
    <message>
        <source>The timelines of the %1 worst losses follow.</source>
        <translation>Suivent les chronologies des %1 pertes les plus graves.</translation>
    </message>
    <message>
        <source>Loss of %1</source>
        <translation>Perte de %1</translation>
    </message>
    <message>
        <source>Survives.</source>
        <translation>Survit.</translation>
    </message>
    <message>
        <source>Does not survive.</source>
        <translation>Ne survit pas.</translation>
    </message>
    <message>
        <source>Full recovery</source>
        <translation>Reprise complète</translation>
    </message>
    <message>
        <source>Capacity after recovery</source>
        <translation>Capacité après la reprise</translation>
    </message>
    <message>
        <source>%1 % (%2 of the %3 nodes that served)</source>
        <translation>%1 % (%2 des %3 nœuds qui servaient)</translation>
    </message>
    <message>
        <source>Serving after recovery</source>
        <translation>En service après la reprise</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Components down</source>
        <translation>Composants en panne</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>Nothing serves traffic even before a failure.</source>
        <translation>Rien ne sert de trafic, même avant une panne.</translation>
    </message>
    <message>
        <source>None: the service survives the loss of any one component, zone or region.</source>
        <translation>Aucun&#xa0;: le service survit à la perte de n&apos;importe quel composant, zone ou région, pris isolément.</translation>
    </message>
    <message>
        <source>The loss of any one of these alone stops the service:</source>
        <translation>La perte d&apos;un seul de ces éléments suffit à arrêter le service&#xa0;:</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>The estimate parameters that are not published facts: workload volumes, decision and start-up times, prices not found, region price multipliers. Values the design sets are marked.</source>
        <translation>Les paramètres d&apos;estimation qui ne sont pas des faits publiés&#xa0;: volumes de charge de travail, délais de décision et de démarrage, prix introuvables, multiplicateurs de prix régionaux. Les valeurs définies par la conception sont signalées.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value used</source>
        <translation>Valeur utilisée</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source> (set by the design)</source>
        <translation> (défini par la conception)</translation>
    </message>
    <message>
        <source>The price multipliers of %1 more regions are at their default, as the catalog gives it.</source>
        <translation>Les multiplicateurs de prix de %1 autres régions sont à leur valeur par défaut, telle que le catalogue la donne.</translation>
    </message>
    <message>
        <source>The design sets these keys, which are not estimate parameters: they change nothing.</source>
        <translation>La conception définit ces clés, qui ne sont pas des paramètres d&apos;estimation&#xa0;: elles ne changent rien.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Catalog of %1, prices in %2. Regions: %3 (%4). The entries the figures above use:</source>
        <translation>Catalogue du %1, prix en %2. Régions&#xa0;: %3 (%4). Les entrées qu&apos;utilisent les chiffres ci-dessus&#xa0;:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À jour au</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source> (the design&apos;s assumption)</source>
        <translation> (hypothèse de la conception)</translation>
    </message>
    <message>
        <source>Made by Continuity %1 on %2 from the design “%3”. Estimates are estimates: check the sources before relying on a figure.</source>
        <translation>Produit par Continuity %1 le %2 à partir de la conception « %3 ». Les estimations restent des estimations&#xa0;: vérifiez les sources avant de vous fier à un chiffre.</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>could not add a page to the PDF</source>
        <translation>impossible d&apos;ajouter une page au PDF</translation>
    </message>
    <message>
        <source>Design review · %1</source>
        <translation>Revue de conception · %1</translation>
    </message>
    <message>
        <source>Continuity %1</source>
        <translation>Continuity %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>A parent, from or to names an id that does not exist.</source>
        <translation>Un parent, from ou to désigne un identifiant qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A regional component is not inside a region, or its parent is not a region; or a global component has a parent.</source>
        <translation>Un composant régional n&apos;est pas dans une région, ou son parent n&apos;est pas une région&#xa0;; ou un composant global a un parent.</translation>
    </message>
    <message>
        <source>A connection joins two kinds that no connection kind allows, or that its written kind does not allow.</source>
        <translation>Une connexion relie deux types qu&apos;aucun type de connexion n&apos;autorise, ou que son type écrit n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>A property is out of range, of an unknown value or of the wrong type (for example nodeCount -1, tier &quot;gold&quot;, zone 4).</source>
        <translation>Une propriété est hors limites, d&apos;une valeur inconnue ou du mauvais type (par exemple nodeCount -1, niveau « gold », zone 4).</translation>
    </message>
    <message>
        <source>A region&apos;s location is missing or not a known Azure region.</source>
        <translation>L&apos;emplacement d&apos;une région est absent ou n&apos;est pas une région Azure connue.</translation>
    </message>
    <message>
        <source>Two regions stand for the same Azure location, so the design counts that region twice.</source>
        <translation>Deux régions représentent le même emplacement Azure&#xa0;: la conception compte donc cette région deux fois.</translation>
    </message>
    <message>
        <source>All clusters are in one region: the nodes protect against node and zone failures, not a region failure.</source>
        <translation>Tous les clusters sont dans une seule région&#xa0;: les nœuds protègent contre les pannes de nœud et de zone, pas contre la panne d&apos;une région.</translation>
    </message>
    <message>
        <source>A cluster exceeds an AKS limit: nodes per cluster (or on the Free tier), nodes per node pool, node pools, or pods per node.</source>
        <translation>Un cluster dépasse une limite AKS&#xa0;: nœuds par cluster (ou au niveau Gratuit), nœuds par pool de nœuds, pools de nœuds ou pods par nœud.</translation>
    </message>
    <message>
        <source>A running cluster has fewer than 2 nodes, or no zones in a region that has availability zones.</source>
        <translation>Un cluster en cours d&apos;exécution a moins de 2 nœuds, ou aucune zone dans une région qui a des zones de disponibilité.</translation>
    </message>
    <message>
        <source>Zones are set in a region without availability zones.</source>
        <translation>Des zones sont définies dans une région sans zones de disponibilité.</translation>
    </message>
    <message>
        <source>A registry has geo-replicas but is not Premium (geo-replication is Premium only).</source>
        <translation>Un registre a des géoréplicas mais n&apos;est pas Premium (la géoréplication est réservée à Premium).</translation>
    </message>
    <message>
        <source>A cluster uses a registry that has no replica (home or geo-replica) in the cluster&apos;s region.</source>
        <translation>Un cluster utilise un registre qui n&apos;a aucun réplica (région d&apos;origine ou géoréplica) dans la région du cluster.</translation>
    </message>
    <message>
        <source>A cluster region has no Key Vault.</source>
        <translation>Une région de cluster n&apos;a pas de Key Vault.</translation>
    </message>
    <message>
        <source>A cluster region has no Log Analytics workspace.</source>
        <translation>Une région de cluster n&apos;a pas d&apos;espace de travail Log Analytics.</translation>
    </message>
    <message>
        <source>A cluster is on the Free tier: no financially backed uptime SLA.</source>
        <translation>Un cluster est au niveau Gratuit&#xa0;: aucun SLA de durée de fonctionnement financièrement garanti.</translation>
    </message>
    <message>
        <source>A cluster region has no hub firewall, or the firewalls are not managed by one firewall policy.</source>
        <translation>Une région de cluster n&apos;a pas de pare-feu hub, ou les pare-feu ne sont pas gérés par une même stratégie de pare-feu.</translation>
    </message>
    <message>
        <source>A database or storage account used by clusters in two or more regions is not replicated to another region.</source>
        <translation>Une base de données ou un compte de stockage utilisé par des clusters dans deux régions ou plus n&apos;est pas répliqué vers une autre région.</translation>
    </message>
    <message>
        <source>A cluster&apos;s steady node count lies outside its autoscale range.</source>
        <translation>Le nombre de nœuds stable d&apos;un cluster est hors de sa plage de mise à l&apos;échelle automatique.</translation>
    </message>
    <message>
        <source>A backup vault protects a cluster in another region (a Backup vault must be in the cluster&apos;s region).</source>
        <translation>Un coffre de sauvegarde protège un cluster dans une autre région (un coffre de sauvegarde doit être dans la région du cluster).</translation>
    </message>
    <message>
        <source>A global router&apos;s edge has a priority or a weight outside the range Front Door accepts.</source>
        <translation>Une arête d&apos;un routeur global a une priorité ou un poids hors de la plage acceptée par Front Door.</translation>
    </message>
    <message>
        <source>Fewer than two regions hold an active cluster.</source>
        <translation>Moins de deux régions contiennent un cluster actif.</translation>
    </message>
    <message>
        <source>No global router (Front Door or Traffic Manager) reaches every running cluster.</source>
        <translation>Aucun routeur global (Front Door ou Traffic Manager) n&apos;atteint chaque cluster en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>A global router&apos;s edges to the clusters&apos; origins have different priorities: that is active-passive routing.</source>
        <translation>Les arêtes d&apos;un routeur global vers les origines des clusters ont des priorités différentes&#xa0;: c&apos;est un routage actif/passif.</translation>
    </message>
    <message>
        <source>Front Door reaches a cluster with no Application Gateway in front of it.</source>
        <translation>Front Door atteint un cluster sans Application Gateway devant lui.</translation>
    </message>
    <message>
        <source>An origin does not accept traffic from Front Door alone.</source>
        <translation>Une origine n&apos;accepte pas uniquement le trafic de Front Door.</translation>
    </message>
    <message>
        <source>The cluster regions are not an Azure region pair.</source>
        <translation>Les régions de cluster ne forment pas une paire de régions Azure.</translation>
    </message>
    <message>
        <source>If any one cluster region fails, the clusters left cannot reach the total steady node count.</source>
        <translation>Si une région de cluster tombe en panne, les clusters restants ne peuvent pas atteindre le nombre total de nœuds stable.</translation>
    </message>
    <message>
        <source>Not exactly one primary cluster at priority 1, or no secondary at priority 2-5.</source>
        <translation>Pas exactement un cluster principal à la priorité 1, ou aucun secondaire à la priorité 2-5.</translation>
    </message>
    <message>
        <source>The primary and a secondary cluster are in the same region.</source>
        <translation>Le cluster principal et un cluster secondaire sont dans la même région.</translation>
    </message>
    <message>
        <source>A cluster receives traffic that does not come through the global router.</source>
        <translation>Un cluster reçoit du trafic qui ne passe pas par le routeur global.</translation>
    </message>
    <message>
        <source>A secondary cannot scale to the primary&apos;s node count.</source>
        <translation>Un cluster secondaire ne peut pas atteindre le nombre de nœuds du principal.</translation>
    </message>
    <message>
        <source>A secondary runs at full size while passive: it could stay scaled down to save cost.</source>
        <translation>Un cluster secondaire s&apos;exécute à pleine taille alors qu&apos;il est passif&#xa0;: il pourrait rester réduit pour économiser.</translation>
    </message>
    <message>
        <source>A Traffic Manager routes by a method that ignores priorities, so the secondary takes traffic too.</source>
        <translation>Un Traffic Manager route selon une méthode qui ignore les priorités&#xa0;: le secondaire reçoit donc aussi du trafic.</translation>
    </message>
    <message>
        <source>No cluster is cold (stopped).</source>
        <translation>Aucun cluster n&apos;est froid (arrêté).</translation>
    </message>
    <message>
        <source>A cold cluster&apos;s activation is none: nothing is set to bring it up (manual or an event).</source>
        <translation>L&apos;activation d&apos;un cluster froid est « none »&#xa0;: rien n&apos;est prévu pour le démarrer (manuellement ou sur un événement).</translation>
    </message>
    <message>
        <source>A running cluster is not protected by a backup vault.</source>
        <translation>Un cluster en cours d&apos;exécution n&apos;est pas protégé par un coffre de sauvegarde.</translation>
    </message>
    <message>
        <source>A cold cluster is in another region than the vault that protects the running cluster, and restoring there is impossible.</source>
        <translation>Un cluster froid est dans une autre région que le coffre qui protège le cluster en cours d&apos;exécution, et la restauration y est impossible.</translation>
    </message>
    <message>
        <source>A cold and a running cluster share a region and the same zones.</source>
        <translation>Un cluster froid et un cluster en cours d&apos;exécution partagent une région et les mêmes zones.</translation>
    </message>
    <message>
        <source>A cold cluster cannot scale to the running cluster&apos;s node count.</source>
        <translation>Un cluster froid ne peut pas atteindre le nombre de nœuds du cluster en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>A cold cluster is stopped: it may fail to start in a capacity-constrained region, and its state is kept for a limited time.</source>
        <translation>Un cluster froid est arrêté&#xa0;: il peut ne pas démarrer dans une région à capacité limitée, et son état n&apos;est conservé qu&apos;un temps limité.</translation>
    </message>
    <message>
        <source>A running cluster&apos;s nodes are not spread across three zones in a region that has them.</source>
        <translation>Les nœuds d&apos;un cluster en cours d&apos;exécution ne sont pas répartis sur trois zones dans une région qui en a.</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message numerus="yes">
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Déplacer %n composant</numerusform>
            <numerusform>Déplacer %n composants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvgSafety</name>
    <message>
        <source>the SVG declares a DTD or entities</source>
        <translation>le SVG déclare une DTD ou des entités</translation>
    </message>
    <message>
        <source>the SVG&apos;s root element is &lt;%1&gt;</source>
        <translation>l&apos;élément racine du SVG est &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the SVG holds a &lt;%1&gt; element</source>
        <translation>le SVG contient un élément &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the SVG holds an event attribute &apos;%1&apos;</source>
        <translation>le SVG contient un attribut d&apos;événement « %1 »</translation>
    </message>
    <message>
        <source>the SVG refers to something outside itself</source>
        <translation>le SVG fait référence à quelque chose d&apos;extérieur</translation>
    </message>
    <message>
        <source>the SVG is not well-formed: %1</source>
        <translation>le SVG n&apos;est pas bien formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the SVG is empty</source>
        <translation>le SVG est vide</translation>
    </message>
    <message>
        <source>unterminated markup</source>
        <translation>balisage non terminé</translation>
    </message>
    <message>
        <source>a stray &apos;&amp;&apos;</source>
        <translation>un « &amp; » isolé</translation>
    </message>
    <message>
        <source>a bad character reference</source>
        <translation>une référence de caractère incorrecte</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>du texte en dehors de l&apos;élément racine</translation>
    </message>
    <message>
        <source>mismatched tags</source>
        <translation>des balises qui ne correspondent pas</translation>
    </message>
    <message>
        <source>a stray &apos;&lt;&apos;</source>
        <translation>un « &lt; » isolé</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>un second élément racine</translation>
    </message>
    <message>
        <source>a stray &apos;/&apos;</source>
        <translation>un « / » isolé</translation>
    </message>
    <message>
        <source>attributes run together</source>
        <translation>des attributs accolés</translation>
    </message>
    <message>
        <source>a bad attribute</source>
        <translation>un attribut incorrect</translation>
    </message>
    <message>
        <source>an unquoted attribute</source>
        <translation>un attribut sans guillemets</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in an attribute</source>
        <translation>« &lt; » dans un attribut</translation>
    </message>
    <message>
        <source>the SVG holds a processing instruction</source>
        <translation>le SVG contient une instruction de traitement</translation>
    </message>
    <message>
        <source>unclosed elements</source>
        <translation>des éléments non fermés</translation>
    </message>
</context>
<context>
    <name>continuity::AssumptionsDialog</name>
    <message>
        <source>Estimate Assumptions</source>
        <translation>Hypothèses d&apos;estimation</translation>
    </message>
    <message>
        <source>The estimates use these parameters where the catalog has no published figure. Override them for this design; the defaults and their basis stay shown. The overrides are saved in the design file.</source>
        <translation>Les estimations utilisent ces paramètres là où le catalogue n&apos;a aucun chiffre publié. Remplacez-les pour cette conception&#xa0;; les valeurs par défaut et leur base restent affichées. Les remplacements sont enregistrés dans le fichier de conception.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Filtrer les paramètres</translation>
    </message>
    <message>
        <source>Estimate assumptions</source>
        <translation>Hypothèses d&apos;estimation</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (au %2)</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Remove the overrides of the selected parameters</source>
        <translation>Supprimer les remplacements des paramètres sélectionnés</translation>
    </message>
    <message>
        <source>Overridden for this design</source>
        <translation>Remplacé pour cette conception</translation>
    </message>
    <message>
        <source>The default applies</source>
        <translation>La valeur par défaut s&apos;applique</translation>
    </message>
</context>
<context>
    <name>continuity::Autosave</name>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is not enough memory to autosave the design</source>
        <translation>mémoire insuffisante pour enregistrer automatiquement la conception</translation>
    </message>
    <message>
        <source>The autosaved design is missing.</source>
        <translation>La conception enregistrée automatiquement est introuvable.</translation>
    </message>
</context>
<context>
    <name>continuity::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Canevas de conception</translation>
    </message>
    <message>
        <source>The regions, components and connections of the design</source>
        <translation>Les régions, composants et connexions de la conception</translation>
    </message>
    <message>
        <source>%1 is outside every region: drag it into a region.</source>
        <translation>%1 est hors de toute région&#xa0;: faites-le glisser dans une région.</translation>
    </message>
    <message>
        <source>The clipboard holds no components.</source>
        <translation>Le Presse-papiers ne contient aucun composant.</translation>
    </message>
    <message>
        <source>Select two components to connect them.</source>
        <translation>Sélectionnez deux composants pour les connecter.</translation>
    </message>
    <message>
        <source>No connection kind joins a %1 and a %2.</source>
        <translation>Aucun type de connexion ne relie %1 et %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>An empty design</source>
        <translation>Une conception vide</translation>
    </message>
    <message>
        <source>Drag a region from the palette onto the canvas, then clusters, gateways and data services into it; Front Door and Traffic Manager stay outside regions. Or start from a reference architecture: File ▸ New from Template (Ctrl+Shift+N).</source>
        <translation>Faites glisser une région de la palette sur le canevas, puis des clusters, des passerelles et des services de données à l&apos;intérieur&#xa0;; Front Door et Traffic Manager restent hors des régions. Ou partez d&apos;une architecture de référence&#xa0;: Fichier ▸ Nouveau à partir d&apos;un modèle (Ctrl+Maj+N).</translation>
    </message>
</context>
<context>
    <name>continuity::CostBreakdownChart</name>
    <message>
        <source>USD a month</source>
        <translation>USD par mois</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Coût mensuel (USD)</translation>
    </message>
    <message>
        <source>%1: %2 USD a month (%3 % of the total)</source>
        <translation>%1&#xa0;: %2 USD par mois (%3 % du total)</translation>
    </message>
</context>
<context>
    <name>continuity::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a new component&apos;s name: its kind, then its region</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
    <message>
        <source>Set assumption %1</source>
        <translation>Définir l&apos;hypothèse %1</translation>
    </message>
    <message>
        <source>Change estimate assumptions</source>
        <translation>Modifier les hypothèses d&apos;estimation</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n component(s)</source>
        <translation>
            <numerusform>Coller %n composant</numerusform>
            <numerusform>Coller %n composants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>continuity::DrillPanel</name>
    <message>
        <source>Check what fails: whole regions, single availability zones or components. The design does not change.</source>
        <translation>Cochez ce qui tombe en panne&#xa0;: des régions entières, des zones de disponibilité ou des composants. La conception ne change pas.</translation>
    </message>
    <message>
        <source>Replays the timeline: the canvas shows the state at each step</source>
        <translation>Rejoue la chronologie&#xa0;: le canevas montre l&apos;état à chaque étape</translation>
    </message>
    <message>
        <source>Single points of failure: none.</source>
        <translation>Points de défaillance uniques&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Single points of failure: %1.</source>
        <translation>Points de défaillance uniques&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>Zone %1 of %2</source>
        <translation>Zone %1 de %2</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>Zones de disponibilité</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Check what fails to run a drill.</source>
        <translation>Cochez ce qui tombe en panne pour lancer un exercice.</translation>
    </message>
    <message>
        <source>Survives: yes</source>
        <translation>Survit&#xa0;: oui</translation>
    </message>
    <message>
        <source>Survives: no</source>
        <translation>Survit&#xa0;: non</translation>
    </message>
    <message>
        <source>Downtime: %1</source>
        <translation>Temps d&apos;arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>pas de reprise</translation>
    </message>
    <message>
        <source>Full recovery: %1</source>
        <translation>Reprise complète&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Data loss: %1</source>
        <translation>Perte de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>lost for good</source>
        <translation>définitivement perdues</translation>
    </message>
    <message>
        <source>Capacity: %1 %</source>
        <translation>Capacité&#xa0;: %1 %</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>En service&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Ce qui tombe en panne</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Step of the timeline</source>
        <translation>Étape de la chronologie</translation>
    </message>
</context>
<context>
    <name>continuity::EstimatesPanel</name>
    <message>
        <source>Figure and its terms</source>
        <translation>Chiffre et ses termes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recovery time (RTO)</source>
        <translation>Temps de reprise (RTO)</translation>
    </message>
    <message>
        <source>Data loss (RPO)</source>
        <translation>Perte de données (RPO)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>The design under each deployment model; click a point to switch the design to that model.</source>
        <translation>La conception sous chaque modèle de déploiement&#xa0;; cliquez sur un point pour passer la conception à ce modèle.</translation>
    </message>
    <message>
        <source>&amp;Plot the cost against:</source>
        <translation>&amp;Tracer le coût en fonction de&#xa0;:</translation>
    </message>
    <message>
        <source>Trade-off by model</source>
        <translation>Compromis par modèle</translation>
    </message>
    <message>
        <source>Cost by kind</source>
        <translation>Coût par type</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>730 hours a month</source>
        <translation>730 heures par mois</translation>
    </message>
    <message>
        <source>The sum over the components; open a kind, then a component, for its terms.</source>
        <translation>La somme sur les composants&#xa0;; ouvrez un type, puis un composant, pour voir ses termes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>for losing %1</source>
        <translation>pour la perte de %1</translation>
    </message>
    <message>
        <source>The sum of the terms below, for losing %1.</source>
        <translation>La somme des termes ci-dessous, pour la perte de %1.</translation>
    </message>
    <message>
        <source>composite SLA</source>
        <translation>SLA composite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>The assumption &apos;%1&apos; is not a catalog entry: it changes nothing.</source>
        <translation>L&apos;hypothèse « %1 » n&apos;est pas une entrée du catalogue&#xa0;: elle ne change rien.</translation>
    </message>
    <message>
        <source>%1: the design as it is</source>
        <translation>%1&#xa0;: la conception telle quelle</translation>
    </message>
    <message>
        <source>Monthly cost: %1</source>
        <translation>Coût mensuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery time: %1</source>
        <translation>Temps de reprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data loss: %1</source>
        <translation>Perte de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Disponibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to switch the design to this model.</source>
        <translation>Cliquez pour passer la conception à ce modèle.</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimations</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>continuity::ExportDialog</name>
    <message>
        <source>Export Diagram as %1</source>
        <translation>Exporter le diagramme en %1</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 1× is the canvas at 100%, 2× for high-density screens and print</source>
        <translation>Pixels par unité de canevas&#xa0;: 1× correspond au canevas à 100 %, 2× pour les écrans haute densité et l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Canvas colour</source>
        <translation>Couleur du canevas</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>Show finding &amp;badges</source>
        <translation>Afficher les &amp;badges des constats</translation>
    </message>
    <message>
        <source>The &amp;whole design</source>
        <translation>&amp;Toute la conception</translation>
    </message>
    <message>
        <source>The se&amp;lection only</source>
        <translation>La sé&amp;lection uniquement</translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>Rien n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the diagram…</source>
        <translation>Exportation du diagramme…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The diagram could not be exported.</source>
        <translation>Le diagramme n&apos;a pas pu être exporté.</translation>
    </message>
    <message>
        <source>Diagram Exported</source>
        <translation>Diagramme exporté</translation>
    </message>
    <message>
        <source>The design is too large for a PNG at %1×: it was drawn at %2× (%3 × %4 pixels). SVG and PDF keep every detail at any size.</source>
        <translation>La conception est trop grande pour un PNG à %1×&#xa0;: elle a été dessinée à %2× (%3 × %4 pixels). SVG et PDF conservent chaque détail à toute taille.</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Écriture du rapport de revue…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The review report could not be written.</source>
        <translation>Le rapport de revue n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>continuity::FindingsPanel</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, message or components hold this text</source>
        <translation>Afficher uniquement les constats dont la règle, le message ou les composants contiennent ce texte</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the design meets every rule of the %1 model.</source>
        <translation>Aucun constat&#xa0;: la conception respecte toutes les règles du modèle %1.</translation>
    </message>
    <message numerus="yes">
        <source>The filters hide all %n finding(s).</source>
        <translation>
            <numerusform>Les filtres masquent le seul constat.</numerusform>
            <numerusform>Les filtres masquent les %n constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the errors</source>
        <translation>Masquer les erreurs</translation>
    </message>
    <message>
        <source>Hide the warnings</source>
        <translation>Masquer les avertissements</translation>
    </message>
    <message>
        <source>Hide the infos</source>
        <translation>Masquer les infos</translation>
    </message>
    <message>
        <source>Show the errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <source>Show the warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <source>Show the infos</source>
        <translation>Afficher les infos</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
</context>
<context>
    <name>continuity::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation>Commencer une conception vide</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start from a reference architecture</source>
        <translation>Partir d&apos;une architecture de référence</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Co&amp;nnect Selected</source>
        <translation>Co&amp;nnecter la sélection</translation>
    </message>
    <message>
        <source>Connect the two selected components</source>
        <translation>Connecter les deux composants sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>Aligner les bords &amp;gauches</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>Centrer &amp;horizontalement</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>Aligner les bords &amp;droits</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>Aligner les bords &amp;supérieurs</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>Aligner les bords &amp;inférieurs</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>A&amp;juster la conception</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Show Findings on &amp;Canvas</source>
        <translation>Afficher les constats sur le &amp;canevas</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>Design &amp;Properties</source>
        <translation>&amp;Propriétés de la conception</translation>
    </message>
    <message>
        <source>Edit the design&apos;s name and deployment model</source>
        <translation>Modifier le nom et le modèle de déploiement de la conception</translation>
    </message>
    <message>
        <source>Estimate &amp;Assumptions…</source>
        <translation>&amp;Hypothèses d&apos;estimation…</translation>
    </message>
    <message>
        <source>Override the parameters the estimates assume where the catalog has no figure</source>
        <translation>Remplacer les paramètres que les estimations supposent là où le catalogue n&apos;a pas de chiffre</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>Constat &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious Finding</source>
        <translation>Constat pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Continuity</source>
        <translation>À &amp;propos de Continuity</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Diagram as %1…</source>
        <translation>Diagramme en %1…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation>Ali&amp;gner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Conception</translation>
    </message>
    <message>
        <source>Deployment &amp;Model</source>
        <translation>&amp;Modèle de déploiement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Align the selected components</source>
        <translation>Aligner les composants sélectionnés</translation>
    </message>
    <message>
        <source>Deployment model:</source>
        <translation>Modèle de déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Modèle de déploiement</translation>
    </message>
    <message>
        <source>The model the design is validated against</source>
        <translation>Le modèle par rapport auquel la conception est validée</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimations</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice de panne</translation>
    </message>
    <message>
        <source>Click on the canvas to place a new %1; Esc cancels.</source>
        <translation>Cliquez sur le canevas pour placer un nouvel élément « %1 »&#xa0;; Échap annule.</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>Afficher les constats</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Where in the file: %1</source>
        <translation>Emplacement dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>Impossible d&apos;ouvrir « %1 »</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>%1 was written in format version %2; saving writes version %3.</source>
        <translation>%1 a été écrit au format version %2&#xa0;; l&apos;enregistrement écrit la version %3.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Impossible d&apos;utiliser le modèle</translation>
    </message>
    <message>
        <source>New design from the %1 template</source>
        <translation>Nouvelle conception à partir du modèle %1</translation>
    </message>
    <message>
        <source>Cannot save the design</source>
        <translation>Impossible d&apos;enregistrer la conception</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Impossible de revenir en arrière</translation>
    </message>
    <message>
        <source>Reverted to the saved %1</source>
        <translation>Retour à la version enregistrée de %1</translation>
    </message>
    <message>
        <source>Cannot restore “%1”</source>
        <translation>Impossible de restaurer « %1 »</translation>
    </message>
    <message>
        <source>Restored “%1” as autosaved at %2; it is not saved yet.</source>
        <translation>« %1 » restauré tel qu&apos;enregistré automatiquement le %2&#xa0;; il n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Cannot open the recent file</source>
        <translation>Impossible d&apos;ouvrir le fichier récent</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il est retiré de la liste.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Voulez-vous enregistrer les modifications de « %1 »&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir une conception</translation>
    </message>
    <message>
        <source>Continuity designs (*.continuity.json);;JSON files (*.json);;All files (*)</source>
        <translation>Conceptions Continuity (*.continuity.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Enregistrer la conception sous</translation>
    </message>
    <message>
        <source>Continuity designs (*.continuity.json)</source>
        <translation>Conceptions Continuity (*.continuity.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Drop the changes made since “%1” was saved?</source>
        <translation>Abandonner les modifications faites depuis l&apos;enregistrement de « %1 »&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” has been changed by another program since you opened it.</source>
        <translation>« %1 » a été modifié par un autre programme depuis son ouverture.</translation>
    </message>
    <message>
        <source>Overwrite it with your design? The other changes are lost (the file&apos;s previous version is kept as a backup when backups are on).</source>
        <translation>L&apos;écraser avec votre conception&#xa0;? Les autres modifications seront perdues (la version précédente du fichier est conservée comme sauvegarde quand les sauvegardes sont activées).</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>%1[*] — Continuity</source>
        <translation>%1[*] — Continuity</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No findings</source>
        <translation>✓ Aucun constat</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Fail this component</source>
        <translation>Mettre ce composant en panne</translation>
    </message>
    <message>
        <source>Fail this region (%1)</source>
        <translation>Mettre cette région en panne (%1)</translation>
    </message>
    <message>
        <source>Fail zone %1 of %2</source>
        <translation>Mettre en panne la zone %1 de %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Défilement</translation>
    </message>
    <message>
        <source>Middle button drag, or Space+drag</source>
        <translation>Glisser avec le bouton du milieu, ou Espace+glisser</translation>
    </message>
    <message>
        <source>Cancel placing a component</source>
        <translation>Annuler le placement d&apos;un composant</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Add the palette&apos;s entry in the middle</source>
        <translation>Ajouter l&apos;élément de la palette au centre</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>About Continuity</source>
        <translation>À propos de Continuity</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;A designer for highly available, disaster-recoverable Azure Kubernetes Service deployments: design the regions, clusters and services, validate them against a deployment model, and compare cost, recovery time and data loss.&lt;/p&gt;&lt;p&gt;Prices, limits and timings come from the built-in catalog (as of %2); check them before relying on them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;Un outil de conception de déploiements Azure Kubernetes Service hautement disponibles et récupérables après sinistre&#xa0;: concevez les régions, les clusters et les services, validez-les par rapport à un modèle de déploiement, et comparez le coût, le temps de reprise et la perte de données.&lt;/p&gt;&lt;p&gt;Les prix, limites et durées proviennent du catalogue intégré (au %2)&#xa0;; vérifiez-les avant de vous y fier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, theme, grid, autosave and other settings</source>
        <translation>Langue, thème, grille, enregistrement automatique et autres paramètres</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>Ouverture de %1 annulée</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
</context>
<context>
    <name>continuity::PaletteWidget</name>
    <message>
        <source>Search components</source>
        <translation>Rechercher des composants</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Palette de composants</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or click here and then on the canvas. Enter or a double click adds it in the middle of the view.</source>
        <translation>Faites glisser sur le canevas, ou cliquez ici puis sur le canevas. Entrée ou un double-clic l&apos;ajoute au centre de la vue.</translation>
    </message>
    <message>
        <source>Placed inside a region.</source>
        <translation>Placé dans une région.</translation>
    </message>
    <message>
        <source>Global: placed outside regions.</source>
        <translation>Global&#xa0;: placé hors des régions.</translation>
    </message>
</context>
<context>
    <name>continuity::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language takes effect when Continuity restarts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Continuity.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>%1 (the language&apos;s format)</source>
        <translation>%1 (format de la langue)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>How amounts are written; the catalog&apos;s prices are in US dollars</source>
        <translation>Comment les montants sont écrits&#xa0;; les prix du catalogue sont en dollars américains</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Montants&#xa0;:</translation>
    </message>
    <message>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Taille de la grille</translation>
    </message>
    <message>
        <source>&amp;Snap components to the grid</source>
        <translation>&amp;Aimanter les composants à la grille</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>Taille de la &amp;grille&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervalle d&apos;enregistrement automatique</translation>
    </message>
    <message>
        <source>How often unsaved changes are kept for recovery after a crash; they are never written over your file</source>
        <translation>Fréquence à laquelle les modifications non enregistrées sont conservées pour une récupération après un plantage&#xa0;; votre fichier n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>Keep the previous version as a &amp;backup (.bak) when saving</source>
        <translation>Conserver la version précédente comme &amp;sauvegarde (.bak) à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Deployment model of new designs</source>
        <translation>Modèle de déploiement des nouvelles conceptions</translation>
    </message>
    <message>
        <source>None: the built-in prices</source>
        <translation>Aucun&#xa0;: les prix intégrés</translation>
    </message>
    <message>
        <source>Price overrides file</source>
        <translation>Fichier de remplacement des prix</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a price overrides file</source>
        <translation>Choisir un fichier de remplacement des prix</translation>
    </message>
    <message>
        <source>A JSON file of catalog facts, {&quot;facts&quot;: {ID: value}}, that replaces the built-in prices (docs/catalog.md). It takes effect when Continuity restarts.</source>
        <translation>Un fichier JSON de faits du catalogue, {&quot;facts&quot;: {ID: valeur}}, qui remplace les prix intégrés (docs/catalog.md). Il s&apos;applique au prochain démarrage de Continuity.</translation>
    </message>
    <message>
        <source>Designs and files</source>
        <translation>Conceptions et fichiers</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement a&amp;uto toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>New designs &amp;use:</source>
        <translation>Nouvelles &amp;conceptions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price overrides:</source>
        <translation>&amp;Remplacements de prix&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The built-in catalog cannot be read.</source>
        <translation>Le catalogue intégré ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Price Overrides</source>
        <translation>Remplacements de prix</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The price overrides file cannot be used.</source>
        <translation>Le fichier de remplacement des prix ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>continuity::PresentationWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>Présentation — %1</translation>
    </message>
    <message>
        <source>%1 · %2 a month · recovery %3 · data loss %4 · availability %5</source>
        <translation>%1 · %2 par mois · reprise %3 · perte de données %4 · disponibilité %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1%2: %3 a month, recovery %4, data loss %5</source>
        <translation>%1%2&#xa0;: %3 par mois, reprise %4, perte de données %5</translation>
    </message>
    <message>
        <source> (as designed)</source>
        <translation> (tel que conçu)</translation>
    </message>
    <message>
        <source>No findings: the design meets every rule of its deployment model.</source>
        <translation>Aucun constat&#xa0;: la conception respecte toutes les règles de son modèle de déploiement.</translation>
    </message>
    <message>
        <source>Nothing serves traffic even before a failure.</source>
        <translation>Rien ne sert de trafic, même avant une panne.</translation>
    </message>
    <message>
        <source>None: the service survives the loss of any one component, zone or region.</source>
        <translation>Aucun&#xa0;: le service survit à la perte de n&apos;importe quel composant, zone ou région, pris isolément.</translation>
    </message>
    <message>
        <source>The loss of any one of these alone stops the service:

• %1</source>
        <translation>La perte d&apos;un seul de ces éléments suffit à arrêter le service&#xa0;:

• %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Conception sans titre</translation>
    </message>
    <message>
        <source>%1 components, %2 connections · %3 errors, %4 warnings</source>
        <translation>%1 composants, %2 connexions · %3 erreurs, %4 avertissements</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Trade-off: cost against recovery time</source>
        <translation>Compromis&#xa0;: coût par rapport au temps de reprise</translation>
    </message>
    <message>
        <source>Loss of %1</source>
        <translation>Perte de %1</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Survit</translation>
    </message>
    <message>
        <source>Does not survive</source>
        <translation>Ne survit pas</translation>
    </message>
    <message>
        <source> · downtime %1 · data loss %2 · capacity %3 %</source>
        <translation> · temps d&apos;arrêt %1 · perte de données %2 · capacité %3 %</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>pas de reprise</translation>
    </message>
    <message>
        <source>lost for good</source>
        <translation>définitivement perdues</translation>
    </message>
    <message>
        <source>Step %1 of %2 · at %3: %4</source>
        <translation>Étape %1 sur %2 · à %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Full screen, in large type: the design, its findings, the trade-off and each region&apos;s loss, step by step. Escape leaves.</source>
        <translation>Plein écran, en grands caractères&#xa0;: la conception, ses constats, le compromis et la perte de chaque région, étape par étape. Échap pour quitter.</translation>
    </message>
</context>
<context>
    <name>continuity::PropertyEditor</name>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Nom de la conception</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Modèle de déploiement</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s), </source>
        <translation>
            <numerusform>%n composant, </numerusform>
            <numerusform>%n composants, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a component or a connection on the canvas to edit its properties.</source>
        <translation>Sélectionnez un composant ou une connexion sur le canevas pour en modifier les propriétés.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Editing %n component(s) together</source>
        <translation>
            <numerusform>Modification de %n composant</numerusform>
            <numerusform>Modification de %n composants ensemble</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Several names</source>
        <translation>Plusieurs noms</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Several regions</source>
        <translation>Plusieurs régions</translation>
    </message>
    <message>
        <source>None: drag it into a region</source>
        <translation>Aucune&#xa0;: faites-le glisser dans une région</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Autres propriétés</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (non autorisé)</translation>
    </message>
    <message>
        <source>At most %1 (Azure limit; %2, %3)</source>
        <translation>Au plus %1 (limite Azure&#xa0;; %2, %3)</translation>
    </message>
    <message>
        <source>%1 to %2 (Azure limits; %3)</source>
        <translation>%1 à %2 (limites Azure&#xa0;; %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Autoscale minimum</source>
        <translation>Minimum de mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>Autoscale maximum</source>
        <translation>Maximum de mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>The fewest nodes the autoscaler keeps</source>
        <translation>Le nombre minimal de nœuds que la mise à l&apos;échelle automatique conserve</translation>
    </message>
    <message>
        <source>The most nodes the autoscaler adds; at most %1 (Azure limit)</source>
        <translation>Le nombre maximal de nœuds que la mise à l&apos;échelle automatique ajoute&#xa0;; au plus %1 (limite Azure)</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>%1 has no availability zones.</source>
        <translation>%1 n&apos;a pas de zones de disponibilité.</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Filtrer les régions</translation>
    </message>
    <message>
        <source>The registry&apos;s home region</source>
        <translation>La région d&apos;origine du registre</translation>
    </message>
    <message>
        <source>No geo-replicas</source>
        <translation>Aucun géoréplica</translation>
    </message>
    <message>
        <source>Has availability zones</source>
        <translation>A des zones de disponibilité</translation>
    </message>
    <message>
        <source>No availability zones</source>
        <translation>Pas de zones de disponibilité</translation>
    </message>
    <message>
        <source>Paired with %1</source>
        <translation>Jumelée avec %1</translation>
    </message>
    <message>
        <source>Access on request only</source>
        <translation>Accès sur demande uniquement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (unknown region)</source>
        <translation>%1 (région inconnue)</translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation>zones de disponibilité</translation>
    </message>
    <message>
        <source>no availability zones</source>
        <translation>pas de zones de disponibilité</translation>
    </message>
    <message>
        <source>pair: %1</source>
        <translation>paire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move region to %1</source>
        <translation>Déplacer la région vers %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s), %1 GiB memory</source>
        <translation>
            <numerusform>%n processeur virtuel, %1 Gio de mémoire</numerusform>
            <numerusform>%n processeurs virtuels, %1 Gio de mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the catalog: no price is known.</source>
        <translation>Hors catalogue&#xa0;: aucun prix connu.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Connexion %1</translation>
    </message>
    <message numerus="yes">
        <source>Editing %n connection(s) together</source>
        <translation>
            <numerusform>Modification de %n connexion</numerusform>
            <numerusform>Modification de %n connexions ensemble</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>Plusieurs types</translation>
    </message>
    <message>
        <source>None: these ends cannot be connected</source>
        <translation>Aucun&#xa0;: ces extrémités ne peuvent pas être connectées</translation>
    </message>
    <message>
        <source>%1 (from its ends)</source>
        <translation>%1 (d&apos;après les extrémités)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>%1 to %2; the router sends traffic to the best (lowest) priority that is healthy</source>
        <translation>%1 à %2&#xa0;; le routeur envoie le trafic vers la meilleure priorité (la plus basse) qui est saine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>%1 to %2; shares traffic among origins of the same priority</source>
        <translation>%1 à %2&#xa0;; répartit le trafic entre les origines de même priorité</translation>
    </message>
    <message>
        <source>Replication mode</source>
        <translation>Mode de réplication</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select items of one kind to edit them together.</source>
        <translation>Sélectionnez des éléments d&apos;un même type pour les modifier ensemble.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Properties of the selection</source>
        <translation>Propriétés de la sélection</translation>
    </message>
</context>
<context>
    <name>continuity::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Designs</source>
        <translation>Récupérer les conceptions non enregistrées</translation>
    </message>
    <message>
        <source>Continuity did not close normally last time. These designs had changes that were not saved. Restore opens them with their changes, still unsaved; Discard deletes them.</source>
        <translation>Continuity ne s&apos;est pas fermé normalement la dernière fois. Ces conceptions avaient des modifications non enregistrées. Restaurer les ouvre avec leurs modifications, toujours non enregistrées&#xa0;; Abandonner les supprime.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Untitled, never saved</source>
        <translation>Sans titre, jamais enregistrée</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>continuity::TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Start from one of the reference architectures of the AKS high-availability and disaster-recovery guidance. Every template can be changed freely afterwards.</source>
        <translation>Partez de l&apos;une des architectures de référence des recommandations AKS pour la haute disponibilité et la reprise d&apos;activité. Chaque modèle peut ensuite être modifié librement.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>There is no template named “%1”.</source>
        <translation>Il n&apos;existe aucun modèle nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>continuity::TradeoffChart</name>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Coût mensuel (USD)</translation>
    </message>
    <message>
        <source>Draw a cluster that serves traffic to compare the deployment models here.</source>
        <translation>Dessinez un cluster qui sert du trafic pour comparer ici les modèles de déploiement.</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
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
        <translation>%1 (sans SLA)</translation>
    </message>
    <message>
        <source>%1 (does not recover)</source>
        <translation>%1 (ne se rétablit pas)</translation>
    </message>
    <message>
        <source>%1 (data lost)</source>
        <translation>%1 (données perdues)</translation>
    </message>
    <message>
        <source>Under no deployment model does this design recover from the loss of its serving region: the findings say why.</source>
        <translation>Sous aucun modèle de déploiement cette conception ne se rétablit après la perte de sa région de service&#xa0;: les constats expliquent pourquoi.</translation>
    </message>
    <message>
        <source>Under no deployment model does this design keep its data through the loss of a region: the findings say why.</source>
        <translation>Sous aucun modèle de déploiement cette conception ne conserve ses données lors de la perte d&apos;une région&#xa0;: les constats expliquent pourquoi.</translation>
    </message>
    <message>
        <source>No deployment model gives this design an availability figure: the findings say why.</source>
        <translation>Aucun modèle de déploiement ne donne de chiffre de disponibilité pour cette conception&#xa0;: les constats expliquent pourquoi.</translation>
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
        <translation>Usage&#xa0;: continuity [FICHIER]
        continuity VERBE [OPTIONS] FICHIER
        continuity --version | --help | VERBE --help

Sans verbe, ouvre l&apos;outil de conception (sur FICHIER s&apos;il est donné).

Verbes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done; 1 validate found an error, or drill: the service does not survive; 2 the design file could not be read; 64 bad usage.
</source>
        <translation>
Code de sortie&#xa0;: 0 terminé&#xa0;; 1 validate a trouvé une erreur, ou drill&#xa0;: le service ne survit pas&#xa0;; 2 le fichier de conception n&apos;a pas pu être lu&#xa0;; 64 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>continuity: unknown verb &apos;%1&apos;
</source>
        <translation>continuity&#xa0;: verbe inconnu « %1 »
</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (à %1)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument manquant</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>trop d&apos;arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;continuity %1 --help&apos;.
</source>
        <translation>Essayez « continuity %1 --help ».
</translation>
    </message>
    <message>
        <source>Drill on %1 (%2): %3

</source>
        <translation>Exercice de panne sur %1 (%2)&#xa0;: %3

</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Survit</translation>
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
        <source>Downtime</source>
        <translation>Temps d&apos;arrêt</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>pas de reprise</translation>
    </message>
    <message>
        <source>Full recovery</source>
        <translation>Reprise complète</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Perte de données</translation>
    </message>
    <message>
        <source>data lost for good</source>
        <translation>données définitivement perdues</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>%1 % (the serving clusters reach %2 nodes; %3 carried the load)</source>
        <translation>%1 % (les clusters en service atteignent %2 nœuds&#xa0;; %3 portaient la charge)</translation>
    </message>
    <message>
        <source>Serving clusters</source>
        <translation>Clusters en service</translation>
    </message>
    <message>
        <source>Traffic once recovered:
</source>
        <translation>Trafic une fois rétabli&#xa0;:
</translation>
    </message>
    <message>
        <source>Timeline:
</source>
        <translation>Chronologie&#xa0;:
</translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Remarques&#xa0;:
</translation>
    </message>
    <message>
        <source>Single points of failure of the design:</source>
        <translation>Points de défaillance uniques de la conception&#xa0;:</translation>
    </message>
    <message>
        <source>none computed: nothing serves even without a failure</source>
        <translation>aucun calculé&#xa0;: rien ne sert, même sans panne</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Le fichier de conception.</translation>
    </message>
    <message>
        <source>What fails: a component id, region:LOCATION or zone:LOCATION:N. Repeat for several.</source>
        <translation>Ce qui tombe en panne&#xa0;: un identifiant de composant, region:EMPLACEMENT ou zone:EMPLACEMENT:N. À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Simulates failures: whether the service survives, its downtime, data loss and capacity, the timeline back (from the same terms as the RTO estimate) and the design&apos;s single points of failure. Exits with 1 when the service does not survive.</source>
        <translation>Simule des pannes&#xa0;: si le service survit, son temps d&apos;arrêt, la perte de données et la capacité, la chronologie du retour (à partir des mêmes termes que l&apos;estimation du RTO) et les points de défaillance uniques de la conception. Se termine avec 1 quand le service ne survit pas.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format inconnu « %1 »</translation>
    </message>
    <message>
        <source>say what fails with --fail TARGET</source>
        <translation>indiquez ce qui tombe en panne avec --fail CIBLE</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>Catalog of %1; prices in %2, %3 hours a month.

</source>
        <translation>Catalogue du %1&#xa0;; prix en %2, %3 heures par mois.

</translation>
    </message>
    <message>
        <source>Monthly cost: %1 %2
</source>
        <translation>Coût mensuel&#xa0;: %1 %2
</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>USD/month</source>
        <translation>USD/mois</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Recovery time (RTO): %1
</source>
        <translation>Temps de reprise (RTO)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Recovery time (RTO) for losing %1: %2
</source>
        <translation>Temps de reprise (RTO) pour la perte de %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Data loss (RPO): %1
</source>
        <translation>Perte de données (RPO)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>Availability: %1
</source>
        <translation>Disponibilité&#xa0;: %1
</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>The assumption &apos;%1&apos; is not a catalog entry: it changes nothing.</source>
        <translation>L&apos;hypothèse « %1 » n&apos;est pas une entrée du catalogue&#xa0;: elle ne change rien.</translation>
    </message>
    <message>
        <source>The same design under each model (for the loss of the same region):
</source>
        <translation>La même conception sous chaque modèle (pour la perte de la même région)&#xa0;:
</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
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
        <translation>disponibilité</translation>
    </message>
    <message>
        <source>  * the design as it is; the others are transformed as docs/estimates.md describes.
</source>
        <translation>  * la conception telle quelle&#xa0;; les autres sont transformées comme le décrit docs/estimates.md.
</translation>
    </message>
    <message>
        <source>Estimates a design&apos;s monthly cost, recovery time (RTO), data loss (RPO) and availability, each with its terms and their sources, and the same figures under each deployment model.</source>
        <translation>Estime le coût mensuel, le temps de reprise (RTO), la perte de données (RPO) et la disponibilité d&apos;une conception, chacun avec ses termes et leurs sources, ainsi que les mêmes chiffres sous chaque modèle de déploiement.</translation>
    </message>
    <message>
        <source>Write to OUT.</source>
        <translation>Écrire dans SORTIE.</translation>
    </message>
    <message>
        <source>Output format: png, svg, pdf or json (default: from OUT&apos;s extension).</source>
        <translation>Format de sortie&#xa0;: png, svg, pdf ou json (par défaut&#xa0;: d&apos;après l&apos;extension de SORTIE).</translation>
    </message>
    <message>
        <source>PNG: pixels per canvas unit, 1 = the canvas at 100% (default 1); SVG and PDF: multiplies the nominal size.</source>
        <translation>PNG&#xa0;: pixels par unité de canevas, 1 = le canevas à 100 % (par défaut 1)&#xa0;; SVG et PDF&#xa0;: multiplie la taille nominale.</translation>
    </message>
    <message>
        <source>Leave out the finding badges and colours.</source>
        <translation>Omettre les badges et couleurs des constats.</translation>
    </message>
    <message>
        <source>No background (PNG and SVG); a PDF page stays white.</source>
        <translation>Pas d&apos;arrière-plan (PNG et SVG)&#xa0;; une page PDF reste blanche.</translation>
    </message>
    <message>
        <source>Writes a design in another form: its diagram as PNG, SVG or PDF, drawn as the canvas draws it (light appearance, no display needed), or its canonical JSON (a design written by hand or a script, formatted and with every position filled in).</source>
        <translation>Écrit une conception sous une autre forme&#xa0;: son diagramme en PNG, SVG ou PDF, dessiné comme sur le canevas (apparence claire, sans écran), ou son JSON canonique (une conception écrite à la main ou par un script, mise en forme et avec toutes les positions renseignées).</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o SORTIE est obligatoire</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;%1&apos;: use --format png|svg|pdf|json</source>
        <translation>impossible de déduire le format de sortie de « %1 »&#xa0;: utilisez --format png|svg|pdf|json</translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;</source>
        <translation>format de sortie inconnu « %1 »</translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation>--scale attend un nombre supérieur à 0 et au plus 16, pas « %1 »</translation>
    </message>
    <message>
        <source>--scale, --no-badges and --transparent apply to diagrams only</source>
        <translation>--scale, --no-badges et --transparent ne s&apos;appliquent qu&apos;aux diagrammes</translation>
    </message>
    <message>
        <source>continuity export: the diagram is too large for a PNG at scale %1; drawn at %2
</source>
        <translation>continuity export&#xa0;: le diagramme est trop grand pour un PNG à l&apos;échelle %1&#xa0;; dessiné à %2
</translation>
    </message>
    <message>
        <source>Validate against this deployment model instead of the file&apos;s: active-active, active-passive, passive-cold or single-region. The file is not changed.</source>
        <translation>Valider par rapport à ce modèle de déploiement au lieu de celui du fichier&#xa0;: active-active, active-passive, passive-cold ou single-region. Le fichier n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Checks a design against its deployment model and prints the findings. Exit status 1 when there is at least one error.</source>
        <translation>Vérifie une conception par rapport à son modèle de déploiement et affiche les constats. Code de sortie 1 s&apos;il y a au moins une erreur.</translation>
    </message>
    <message>
        <source>unknown deployment model &apos;%1&apos;</source>
        <translation>modèle de déploiement inconnu « %1 »</translation>
    </message>
    <message>
        <source>hint:</source>
        <translation>conseil&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 error(s), %4 warning(s), %5 info(s)
</source>
        <translation>%1 (%2)&#xa0;: %3 erreur(s), %4 avertissement(s), %5 info(s)
</translation>
    </message>
    <message>
        <source>Lists every validation rule: id, severity, model and when it fires.</source>
        <translation>Liste chaque règle de validation&#xa0;: identifiant, gravité, modèle et quand elle se déclenche.</translation>
    </message>
    <message>
        <source>Write the report to OUT: OUT.html or OUT.pdf.</source>
        <translation>Écrire le rapport dans SORTIE&#xa0;: SORTIE.html ou SORTIE.pdf.</translation>
    </message>
    <message>
        <source>Writes a design&apos;s review report: its name, model and date, the diagram, the findings with hints and references, the estimates with their terms, the trade-off and cost charts, a drill of the loss of each region, the single points of failure, the assumptions and the catalog&apos;s sources. HTML is one self-contained file; PDF is paginated. No display needed.</source>
        <translation>Écrit le rapport de revue d&apos;une conception&#xa0;: son nom, son modèle et sa date, le diagramme, les constats avec leurs conseils et leurs références, les estimations avec leurs termes, les graphiques de compromis et de coûts, un exercice de panne pour la perte de chaque région, les points de défaillance uniques, les hypothèses et les sources du catalogue. Le HTML est un fichier autonome&#xa0;; le PDF est paginé. Aucun affichage nécessaire.</translation>
    </message>
    <message>
        <source>cannot tell the report format from &apos;%1&apos;: end it in .html or .pdf</source>
        <translation>impossible de déduire le format du rapport à partir de « %1 »&#xa0;: terminez-le par .html ou .pdf</translation>
    </message>
    <message>
        <source>unknown report format &apos;%1&apos;: use .html or .pdf</source>
        <translation>format de rapport inconnu « %1 »&#xa0;: utilisez .html ou .pdf</translation>
    </message>
</context>
<context>
    <name>continuity::rules</name>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 et %n de plus</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 accepts traffic from anywhere, not from Front Door alone.</source>
        <translation>%1 accepte le trafic de partout, pas uniquement de Front Door.</translation>
    </message>
    <message>
        <source>Set “Accepts traffic only from Front Door” on %1.</source>
        <translation>Activez « N&apos;accepte que le trafic de Front Door » sur %1.</translation>
    </message>
    <message>
        <source>%1 sends traffic straight to %2, with no Application Gateway in front of it.</source>
        <translation>%1 envoie le trafic directement à %2, sans Application Gateway devant lui.</translation>
    </message>
    <message>
        <source>Put an Application Gateway in the region of %1 between %2 and the cluster.</source>
        <translation>Placez un Application Gateway dans la région de %1, entre %2 et le cluster.</translation>
    </message>
    <message>
        <source>No region holds an active cluster: active-active needs running clusters that take traffic in two regions.</source>
        <translation>Aucune région ne contient de cluster actif&#xa0;: actif/actif exige des clusters en cours d&apos;exécution qui reçoivent du trafic dans deux régions.</translation>
    </message>
    <message>
        <source>Add running clusters in two regions, typically a region pair, and route traffic to both at the same priority.</source>
        <translation>Ajoutez des clusters en cours d&apos;exécution dans deux régions, en général une paire de régions, et routez le trafic vers les deux à la même priorité.</translation>
    </message>
    <message>
        <source>Only %1 holds an active cluster: active-active needs active clusters in two regions.</source>
        <translation>Seule %1 contient un cluster actif&#xa0;: actif/actif exige des clusters actifs dans deux régions.</translation>
    </message>
    <message>
        <source>Add a running cluster in a second region, typically %1&apos;s pair %2, and route to it at the same priority.</source>
        <translation>Ajoutez un cluster en cours d&apos;exécution dans une deuxième région, en général %2, la région jumelée de %1, et routez vers lui à la même priorité.</translation>
    </message>
    <message>
        <source>Add a running cluster in a second region and route to it at the same priority.</source>
        <translation>Ajoutez un cluster en cours d&apos;exécution dans une deuxième région et routez vers lui à la même priorité.</translation>
    </message>
    <message>
        <source>No Front Door or Traffic Manager sends traffic to %1.</source>
        <translation>Aucun Front Door ni Traffic Manager n&apos;envoie de trafic à %1.</translation>
    </message>
    <message>
        <source>Add a Front Door and connect it to an Application Gateway in front of each cluster.</source>
        <translation>Ajoutez un Front Door et connectez-le à un Application Gateway devant chaque cluster.</translation>
    </message>
    <message>
        <source>%1 does not reach %2, so no global router sends traffic to every running cluster.</source>
        <translation>%1 n&apos;atteint pas %2&#xa0;: aucun routeur global n&apos;envoie donc de trafic à chaque cluster en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Connect %1 to the Application Gateway in front of %2.</source>
        <translation>Connectez %1 à l&apos;Application Gateway devant %2.</translation>
    </message>
    <message>
        <source>%1 routes to %2 at a worse priority than %3, the priority of its other routes: that is active-passive routing.</source>
        <translation>%1 route vers %2 à une priorité moins bonne que %3, celle de ses autres routes&#xa0;: c&apos;est un routage actif/passif.</translation>
    </message>
    <message>
        <source>Give every route of %1 the same priority, %2, as two origin groups that each have priority %2.</source>
        <translation>Donnez à chaque route de %1 la même priorité, %2, par exemple deux groupes d&apos;origines ayant chacun la priorité %2.</translation>
    </message>
    <message>
        <source>%1 is not paired with another cluster region: its Azure pair is %2.</source>
        <translation>%1 n&apos;est jumelée avec aucune autre région de cluster&#xa0;: sa paire Azure est %2.</translation>
    </message>
    <message>
        <source>%1 has no Azure region pair, so the cluster regions are not a pair.</source>
        <translation>%1 n&apos;a pas de paire de régions Azure&#xa0;: les régions de cluster ne forment donc pas une paire.</translation>
    </message>
    <message>
        <source>Prefer paired regions: put the other cluster in %1, the pair of %2. Azure recovers and updates a pair one region at a time.</source>
        <translation>Préférez des régions jumelées&#xa0;: placez l&apos;autre cluster dans %1, la paire de %2. Azure récupère et met à jour une paire une région à la fois.</translation>
    </message>
    <message>
        <source>Prefer regions that form an Azure pair: Azure recovers and updates a pair one region at a time.</source>
        <translation>Préférez des régions qui forment une paire Azure&#xa0;: Azure récupère et met à jour une paire une région à la fois.</translation>
    </message>
    <message>
        <source>If %1 fails, the clusters in the other regions can grow to %2 nodes, short of the %3 nodes the design runs in steady state.</source>
        <translation>Si %1 tombe en panne, les clusters des autres régions peuvent croître jusqu&apos;à %2 nœuds, en deçà des %3 nœuds que la conception exécute en régime stable.</translation>
    </message>
    <message>
        <source>Raise the autoscale maximum of the clusters outside %1 so that together they reach %2 nodes.</source>
        <translation>Augmentez le maximum de mise à l&apos;échelle automatique des clusters hors de %1 pour qu&apos;ensemble ils atteignent %2 nœuds.</translation>
    </message>
    <message>
        <source>%1 sends traffic to %2 that does not come through Front Door or Traffic Manager.</source>
        <translation>%1 envoie à %2 du trafic qui ne passe pas par Front Door ou Traffic Manager.</translation>
    </message>
    <message>
        <source>Route to %1 from the global router, and let it accept traffic from Front Door alone.</source>
        <translation>Routez vers %1 depuis le routeur global, et faites-lui accepter le trafic de Front Door uniquement.</translation>
    </message>
    <message>
        <source>%1 uses %2 routing, which ignores priorities: the secondary takes traffic too.</source>
        <translation>%1 utilise le routage %2, qui ignore les priorités&#xa0;: le secondaire reçoit aussi du trafic.</translation>
    </message>
    <message>
        <source>Set the routing method of %1 to priority.</source>
        <translation>Définissez la méthode de routage de %1 sur priorité.</translation>
    </message>
    <message>
        <source>No Front Door or Traffic Manager sends traffic to the clusters, so none is the primary at priority %1.</source>
        <translation>Aucun Front Door ni Traffic Manager n&apos;envoie de trafic aux clusters&#xa0;: aucun n&apos;est donc le principal à la priorité %1.</translation>
    </message>
    <message>
        <source>Add a Front Door with the primary&apos;s origin at priority %1 and the secondary&apos;s at priority %2.</source>
        <translation>Ajoutez un Front Door avec l&apos;origine du principal à la priorité %1 et celle du secondaire à la priorité %2.</translation>
    </message>
    <message>
        <source>%1 take traffic at once, but active-passive sends it to one primary at priority %2.</source>
        <translation>%1 reçoivent du trafic en même temps, mais actif/passif l&apos;envoie à un seul principal à la priorité %2.</translation>
    </message>
    <message>
        <source>In the global router, keep priority %1 for the primary&apos;s origin and give the others priority %2 to %3.</source>
        <translation>Dans le routeur global, gardez la priorité %1 pour l&apos;origine du principal et donnez aux autres une priorité de %2 à %3.</translation>
    </message>
    <message>
        <source>The primary %1 is reached at priority %2, not %3.</source>
        <translation>Le principal %1 est atteint à la priorité %2, pas %3.</translation>
    </message>
    <message>
        <source>Set the priority of the route to %1 to %2.</source>
        <translation>Définissez la priorité de la route vers %1 sur %2.</translation>
    </message>
    <message>
        <source>No secondary cluster is reached at priority %1 to %2 behind the primary %3.</source>
        <translation>Aucun cluster secondaire n&apos;est atteint à une priorité de %1 à %2 derrière le principal %3.</translation>
    </message>
    <message>
        <source>Add a running cluster in another region and route to it at priority %1.</source>
        <translation>Ajoutez un cluster en cours d&apos;exécution dans une autre région et routez vers lui à la priorité %1.</translation>
    </message>
    <message>
        <source>The primary %1 and the secondary %2 are both in %3: losing that region loses both.</source>
        <translation>Le principal %1 et le secondaire %2 sont tous deux dans %3&#xa0;: perdre cette région les perd tous les deux.</translation>
    </message>
    <message>
        <source>Move %1 to another region, typically the pair of %2.</source>
        <translation>Déplacez %1 dans une autre région, en général la paire de %2.</translation>
    </message>
    <message>
        <source>%1 can grow to %2 nodes only, fewer than the %3 nodes of the primary %4.</source>
        <translation>%1 ne peut croître que jusqu&apos;à %2 nœuds, moins que les %3 nœuds du principal %4.</translation>
    </message>
    <message>
        <source>Set the autoscale maximum of %1 to at least %2, so that it can take over the primary&apos;s load.</source>
        <translation>Définissez le maximum de mise à l&apos;échelle automatique de %1 à au moins %2, pour qu&apos;il puisse reprendre la charge du principal.</translation>
    </message>
    <message>
        <source>%1 runs %2 nodes while passive, as many as the primary %3, with no autoscale.</source>
        <translation>%1 exécute %2 nœuds alors qu&apos;il est passif, autant que le principal %3, sans mise à l&apos;échelle automatique.</translation>
    </message>
    <message>
        <source>Run %1 smaller, with autoscale up to %2 nodes: it grows when the primary&apos;s region fails and costs less until then.</source>
        <translation>Exécutez %1 plus petit, avec mise à l&apos;échelle automatique jusqu&apos;à %2 nœuds&#xa0;: il croît quand la région du principal tombe en panne et coûte moins d&apos;ici là.</translation>
    </message>
    <message>
        <source>%1 can have %2 nodes, more than the %3 an AKS cluster supports.</source>
        <translation>%1 peut avoir %2 nœuds, plus que les %3 qu&apos;un cluster AKS prend en charge.</translation>
    </message>
    <message>
        <source>Keep %1 at %2 nodes or fewer (node count and autoscale maximum), and spread the rest of the workload over more clusters.</source>
        <translation>Gardez %1 à %2 nœuds ou moins (nombre de nœuds et maximum de mise à l&apos;échelle automatique), et répartissez le reste de la charge de travail sur d&apos;autres clusters.</translation>
    </message>
    <message>
        <source>%1 can have %2 nodes, more than the %3 a Free-tier cluster supports.</source>
        <translation>%1 peut avoir %2 nœuds, plus que les %3 qu&apos;un cluster au niveau Gratuit prend en charge.</translation>
    </message>
    <message>
        <source>Move %1 to the Standard or Premium tier, or keep it at %2 nodes or fewer.</source>
        <translation>Passez %1 au niveau Standard ou Premium, ou gardez-le à %2 nœuds ou moins.</translation>
    </message>
    <message>
        <source>%1 has %2 node pools, more than the %3 an AKS cluster supports.</source>
        <translation>%1 a %2 pools de nœuds, plus que les %3 qu&apos;un cluster AKS prend en charge.</translation>
    </message>
    <message>
        <source>Use at most %1 node pools per cluster.</source>
        <translation>Utilisez au plus %1 pools de nœuds par cluster.</translation>
    </message>
    <message>
        <source>%1 can have %2 nodes in %n node pool(s), but a node pool holds at most %3 nodes.</source>
        <translation>%1 peut avoir %2 nœuds dans %n pool(s) de nœuds, mais un pool de nœuds contient au plus %3 nœuds.</translation>
    </message>
    <message>
        <source>Add node pools to %1 so that none holds more than %2 nodes.</source>
        <translation>Ajoutez des pools de nœuds à %1 pour qu&apos;aucun ne contienne plus de %2 nœuds.</translation>
    </message>
    <message>
        <source>%1 allows %2 pods per node, more than the %3 AKS supports.</source>
        <translation>%1 autorise %2 pods par nœud, plus que les %3 qu&apos;AKS prend en charge.</translation>
    </message>
    <message>
        <source>Set the maximum pods per node of %1 to %2 or fewer.</source>
        <translation>Définissez le nombre maximal de pods par nœud de %1 à %2 ou moins.</translation>
    </message>
    <message>
        <source>%1 is set to zones %2, but %3 (%4) has no availability zones.</source>
        <translation>%1 est réglé sur les zones %2, mais %3 (%4) n&apos;a pas de zones de disponibilité.</translation>
    </message>
    <message>
        <source>Clear the zones of %1, or move it to a region with availability zones.</source>
        <translation>Effacez les zones de %1, ou déplacez-le vers une région qui a des zones de disponibilité.</translation>
    </message>
    <message>
        <source>%1 pulls its images from %2, which has no replica in %3.</source>
        <translation>%1 tire ses images de %2, qui n&apos;a pas de réplica dans %3.</translation>
    </message>
    <message>
        <source>Add %1 to the geo-replicas of %2 (a Premium registry), so that %3 keeps pulling images when another region is down.</source>
        <translation>Ajoutez %1 aux géoréplicas de %2 (un registre Premium), pour que %3 continue à tirer des images quand une autre région est en panne.</translation>
    </message>
    <message>
        <source>%1 runs %n node(s): losing one node stops its workload.</source>
        <translation>%1 exécute %n nœud(s)&#xa0;: la perte d&apos;un nœud arrête sa charge de travail.</translation>
    </message>
    <message>
        <source>Run at least 2 nodes in %1, and 3 to cover three availability zones.</source>
        <translation>Exécutez au moins 2 nœuds dans %1, et 3 pour couvrir trois zones de disponibilité.</translation>
    </message>
    <message>
        <source>%1 uses no availability zones although %2 has them.</source>
        <translation>%1 n&apos;utilise pas de zones de disponibilité alors que %2 en a.</translation>
    </message>
    <message>
        <source>Spread the nodes of %1 across zones 1, 2 and 3.</source>
        <translation>Répartissez les nœuds de %1 sur les zones 1, 2 et 3.</translation>
    </message>
    <message>
        <source>%1 is on the Free tier, which has no financially backed uptime SLA.</source>
        <translation>%1 est au niveau Gratuit, qui n&apos;a pas de SLA de durée de fonctionnement financièrement garanti.</translation>
    </message>
    <message>
        <source>Put %1 on the Standard or Premium tier for an uptime SLA.</source>
        <translation>Passez %1 au niveau Standard ou Premium pour obtenir un SLA de durée de fonctionnement.</translation>
    </message>
    <message>
        <source>%1 runs %2 nodes, outside its autoscale range of %3 to %4.</source>
        <translation>%1 exécute %2 nœuds, hors de sa plage de mise à l&apos;échelle automatique de %3 à %4.</translation>
    </message>
    <message>
        <source>Set the node count of %1 within its autoscale range, or widen the range.</source>
        <translation>Ramenez le nombre de nœuds de %1 dans sa plage de mise à l&apos;échelle automatique, ou élargissez la plage.</translation>
    </message>
    <message>
        <source>%1 has geo-replicas, but its %2 SKU does not support geo-replication (Premium only).</source>
        <translation>%1 a des géoréplicas, mais sa référence SKU %2 ne prend pas en charge la géoréplication (Premium uniquement).</translation>
    </message>
    <message>
        <source>Set the SKU of %1 to premium, or remove its geo-replicas.</source>
        <translation>Passez la référence SKU de %1 à Premium, ou supprimez ses géoréplicas.</translation>
    </message>
    <message>
        <source>%1 holds a cluster but no Key Vault.</source>
        <translation>%1 contient un cluster mais pas de Key Vault.</translation>
    </message>
    <message>
        <source>Add a Key Vault in %1 for the secrets and keys of its clusters.</source>
        <translation>Ajoutez un Key Vault dans %1 pour les secrets et les clés de ses clusters.</translation>
    </message>
    <message>
        <source>%1 holds a cluster but no Log Analytics workspace.</source>
        <translation>%1 contient un cluster mais pas d&apos;espace de travail Log Analytics.</translation>
    </message>
    <message>
        <source>Add a Log Analytics workspace in %1 for its regional metrics and logs.</source>
        <translation>Ajoutez un espace de travail Log Analytics dans %1 pour ses métriques et journaux régionaux.</translation>
    </message>
    <message>
        <source>%1 holds a cluster but no hub firewall.</source>
        <translation>%1 contient un cluster mais pas de pare-feu hub.</translation>
    </message>
    <message>
        <source>Add an Azure Firewall in %1 (a hub for its clusters&apos; spokes) and send the clusters&apos; egress through it.</source>
        <translation>Ajoutez un Pare-feu Azure dans %1 (un hub pour les spokes de ses clusters) et faites passer le trafic sortant des clusters par lui.</translation>
    </message>
    <message>
        <source>%1 serves clusters in %2 regions but is not replicated to another region.</source>
        <translation>%1 sert des clusters dans %2 régions mais n&apos;est pas répliqué vers une autre région.</translation>
    </message>
    <message>
        <source>Add a database in another region and connect %1 to it with a replicates connection.</source>
        <translation>Ajoutez une base de données dans une autre région et connectez-y %1 par une connexion de réplication.</translation>
    </message>
    <message>
        <source>%1 serves clusters in %2 regions, but %3 redundancy keeps no copy in another region.</source>
        <translation>%1 sert des clusters dans %2 régions, mais la redondance %3 ne conserve aucune copie dans une autre région.</translation>
    </message>
    <message>
        <source>Set the redundancy of %1 to GRS, RA-GRS, GZRS or RA-GZRS.</source>
        <translation>Définissez la redondance de %1 sur GRS, RA-GRS, GZRS ou RA-GZRS.</translation>
    </message>
    <message>
        <source>%1 routes to %2 at priority %3, outside the %4 to %5 that Front Door accepts.</source>
        <translation>%1 route vers %2 à la priorité %3, hors de la plage de %4 à %5 acceptée par Front Door.</translation>
    </message>
    <message>
        <source>Set the route&apos;s priority to a whole number from %1 to %2 (%1 is tried first).</source>
        <translation>Définissez la priorité de la route sur un entier de %1 à %2 (%1 est essayé en premier).</translation>
    </message>
    <message>
        <source>%1 routes to %2 with weight %3, outside the %4 to %5 that Front Door accepts.</source>
        <translation>%1 route vers %2 avec un poids de %3, hors de la plage de %4 à %5 acceptée par Front Door.</translation>
    </message>
    <message>
        <source>Set the route&apos;s weight to a whole number from %1 to %2.</source>
        <translation>Définissez le poids de la route sur un entier de %1 à %2.</translation>
    </message>
    <message>
        <source>%1 in %2 protects %3 in %4, but a Backup vault must be in the region of the cluster it protects.</source>
        <translation>%1 dans %2 protège %3 dans %4, mais un coffre de sauvegarde doit être dans la région du cluster qu&apos;il protège.</translation>
    </message>
    <message>
        <source>Protect %1 with a Backup vault in %2; restore to other regions through cross-region restore.</source>
        <translation>Protégez %1 avec un coffre de sauvegarde dans %2&#xa0;; restaurez vers d&apos;autres régions par la restauration interrégion.</translation>
    </message>
    <message>
        <source>All clusters are in %1: their nodes survive node and zone failures, not the loss of the region.</source>
        <translation>Tous les clusters sont dans %1&#xa0;: leurs nœuds survivent aux pannes de nœud et de zone, pas à la perte de la région.</translation>
    </message>
    <message>
        <source>To survive a region failure, add a cluster in a second region, typically %1&apos;s pair %2, and route traffic to both.</source>
        <translation>Pour survivre à la panne d&apos;une région, ajoutez un cluster dans une deuxième région, en général %2, la paire de %1, et routez le trafic vers les deux.</translation>
    </message>
    <message>
        <source>To survive a region failure, add a cluster in a second region and route traffic to both.</source>
        <translation>Pour survivre à la panne d&apos;une région, ajoutez un cluster dans une deuxième région et routez le trafic vers les deux.</translation>
    </message>
    <message>
        <source>No firewall policy manages the firewalls of %1.</source>
        <translation>Aucune stratégie de pare-feu ne gère les pare-feu de %1.</translation>
    </message>
    <message>
        <source>Add a firewall policy (Azure Firewall Manager) and connect it to the firewall of every cluster region.</source>
        <translation>Ajoutez une stratégie de pare-feu (Azure Firewall Manager) et connectez-la au pare-feu de chaque région de cluster.</translation>
    </message>
    <message>
        <source>The firewalls of %1 are not managed by %2, the firewall policy of the other cluster regions.</source>
        <translation>Les pare-feu de %1 ne sont pas gérés par %2, la stratégie de pare-feu des autres régions de cluster.</translation>
    </message>
    <message>
        <source>The firewalls of %1 are managed by another policy than %2, the firewall policy of the other cluster regions.</source>
        <translation>Les pare-feu de %1 sont gérés par une autre stratégie que %2, la stratégie de pare-feu des autres régions de cluster.</translation>
    </message>
    <message>
        <source>Connect %1 to the firewall of %2, so that one policy manages the rules of every region.</source>
        <translation>Connectez %1 au pare-feu de %2, pour qu&apos;une seule stratégie gère les règles de chaque région.</translation>
    </message>
    <message>
        <source>no zones</source>
        <translation>aucune zone</translation>
    </message>
    <message>
        <source>zones %1</source>
        <translation>zones %1</translation>
    </message>
    <message>
        <source>%1 is cold, but nothing is set to bring it up: its activation is none.</source>
        <translation>%1 est froid, mais rien n&apos;est prévu pour le démarrer&#xa0;: son activation est « none ».</translation>
    </message>
    <message>
        <source>Set the activation of %1 to manual (an operator starts it) or event (an alert starts it).</source>
        <translation>Définissez l&apos;activation de %1 sur manual (un opérateur le démarre) ou event (une alerte le démarre).</translation>
    </message>
    <message>
        <source>%1 is stopped: it may fail to start in a capacity-constrained region, and AKS keeps a stopped cluster&apos;s state for %2 months.</source>
        <translation>%1 est arrêté&#xa0;: il peut ne pas démarrer dans une région à capacité limitée, et AKS conserve l&apos;état d&apos;un cluster arrêté pendant %2 mois.</translation>
    </message>
    <message>
        <source>%1 is stopped: it may fail to start in a capacity-constrained region.</source>
        <translation>%1 est arrêté&#xa0;: il peut ne pas démarrer dans une région à capacité limitée.</translation>
    </message>
    <message>
        <source>Start %1 in a failover drill now and then, and plan to restore from backup if it does not start.</source>
        <translation>Démarrez %1 de temps en temps lors d&apos;un exercice de basculement, et prévoyez une restauration à partir de la sauvegarde s&apos;il ne démarre pas.</translation>
    </message>
    <message>
        <source>its region</source>
        <translation>sa région</translation>
    </message>
    <message>
        <source>%1 is not protected by a backup vault, so there is nothing to restore the cold cluster from.</source>
        <translation>%1 n&apos;est pas protégé par un coffre de sauvegarde&#xa0;: il n&apos;y a donc rien à partir de quoi restaurer le cluster froid.</translation>
    </message>
    <message>
        <source>Add a Backup vault in %1 and connect it to %2 (protects).</source>
        <translation>Ajoutez un coffre de sauvegarde dans %1 et connectez-le à %2 (protège).</translation>
    </message>
    <message>
        <source>No cluster is cold (stopped): passive-cold keeps a stopped cluster to start when the running one is lost.</source>
        <translation>Aucun cluster n&apos;est froid (arrêté)&#xa0;: passif/froid garde un cluster arrêté à démarrer quand celui en cours d&apos;exécution est perdu.</translation>
    </message>
    <message>
        <source>Set the standby cluster&apos;s state to stopped, with an activation of manual or event.</source>
        <translation>Définissez l&apos;état du cluster de secours sur stopped, avec une activation manual ou event.</translation>
    </message>
    <message>
        <source>an operational-tier vault restores in its own region only</source>
        <translation>un coffre du niveau opérationnel ne restaure que dans sa propre région</translation>
    </message>
    <message>
        <source>cross-region restore is off</source>
        <translation>la restauration interrégion est désactivée</translation>
    </message>
    <message>
        <source>cross-region restore reaches the paired region only, and %1 is not the pair of %2</source>
        <translation>la restauration interrégion n&apos;atteint que la région jumelée, et %1 n&apos;est pas la paire de %2</translation>
    </message>
    <message>
        <source>Backups in %1 cannot be restored to %2 in %3: %4.</source>
        <translation>Les sauvegardes dans %1 ne peuvent pas être restaurées vers %2 dans %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Use a vault-tier Backup vault with cross-region restore, and put %1 in the paired region of the vault (or in the vault&apos;s own region).</source>
        <translation>Utilisez un coffre de sauvegarde du niveau coffre avec restauration interrégion, et placez %1 dans la région jumelée du coffre (ou dans la région du coffre elle-même).</translation>
    </message>
    <message>
        <source>The cold %1 and the running %2 share %3 and %4: one failure can take both.</source>
        <translation>Le cluster froid %1 et le cluster en cours d&apos;exécution %2 partagent %3 et %4&#xa0;: une seule panne peut emporter les deux.</translation>
    </message>
    <message>
        <source>Put %1 in another region, or at least in other zones than %2.</source>
        <translation>Placez %1 dans une autre région, ou au moins dans d&apos;autres zones que %2.</translation>
    </message>
    <message>
        <source>%1 can grow to %2 nodes only, fewer than the %3 nodes of the running %4.</source>
        <translation>%1 ne peut croître que jusqu&apos;à %2 nœuds, moins que les %3 nœuds de %4 en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Set the autoscale maximum of %1 to at least %2, so that it can take the load once started.</source>
        <translation>Définissez le maximum de mise à l&apos;échelle automatique de %1 à au moins %2, pour qu&apos;il puisse prendre la charge une fois démarré.</translation>
    </message>
    <message>
        <source>Set the zones of %1 to 1, 2 and 3, and run at least 3 nodes.</source>
        <translation>Définissez les zones de %1 sur 1, 2 et 3, et exécutez au moins 3 nœuds.</translation>
    </message>
    <message>
        <source>%1 spreads its nodes over only %2 of the three availability zones of %3.</source>
        <translation>%1 ne répartit ses nœuds que sur %2 des trois zones de disponibilité de %3.</translation>
    </message>
    <message>
        <source>%1 runs %n node(s), too few to cover the three availability zones of %2.</source>
        <translation>%1 exécute %n nœud(s), trop peu pour couvrir les trois zones de disponibilité de %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not one of %4.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, qui ne fait pas partie de %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not a whole number.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, qui n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, outside the allowed %4 to %5.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, hors de la plage autorisée de %4 à %5.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, below the minimum of %4.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, sous le minimum de %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is neither true nor false.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, qui n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not text.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, qui n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, but zones are distinct numbers from 1 to 3.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, mais les zones sont des nombres distincts de 1 à 3.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, which is not a list of Azure regions.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, qui n&apos;est pas une liste de régions Azure.</translation>
    </message>
    <message>
        <source>%1: “%2” names %3, which is not an Azure region.</source>
        <translation>%1&#xa0;: « %2 » désigne %3, qui n&apos;est pas une région Azure.</translation>
    </message>
    <message>
        <source>%1: “%2” is %3, but it needs whole numbers minCount and maxCount, with 0 ≤ minCount ≤ maxCount.</source>
        <translation>%1&#xa0;: « %2 » vaut %3, mais il faut des entiers minCount et maxCount, avec 0 ≤ minCount ≤ maxCount.</translation>
    </message>
    <message>
        <source>%1 is not inside a region, but every %2 belongs to one.</source>
        <translation>%1 n&apos;est dans aucune région, mais tout élément de type %2 en fait partie d&apos;une.</translation>
    </message>
    <message>
        <source>Drag %1 into the region where it runs.</source>
        <translation>Faites glisser %1 dans la région où il s&apos;exécute.</translation>
    </message>
    <message>
        <source>%1 is placed in “%2”, which does not exist.</source>
        <translation>%1 est placé dans « %2 », qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Drag %1 out onto the canvas: every %2 sits outside regions.</source>
        <translation>Faites glisser %1 hors sur le canevas&#xa0;: tout élément de type %2 se place hors des régions.</translation>
    </message>
    <message>
        <source>%1 is placed in %2, but every %3 is global and sits outside regions.</source>
        <translation>%1 est placé dans %2, mais tout élément de type %3 est global et se place hors des régions.</translation>
    </message>
    <message>
        <source>Drag %1 out of %2.</source>
        <translation>Faites glisser %1 hors de %2.</translation>
    </message>
    <message>
        <source>%1 is placed in %2 (%3), which is not a region.</source>
        <translation>%1 est placé dans %2 (%3), qui n&apos;est pas une région.</translation>
    </message>
    <message>
        <source>%1 has properties %2, which are not an object of named values.</source>
        <translation>%1 a les propriétés %2, qui ne sont pas un objet de valeurs nommées.</translation>
    </message>
    <message>
        <source>Clear the properties of %1 and set them again.</source>
        <translation>Effacez les propriétés de %1 et redéfinissez-les.</translation>
    </message>
    <message>
        <source>Set “%1” to an allowed value in the property editor, or clear it to use the default.</source>
        <translation>Donnez à « %1 » une valeur autorisée dans l&apos;éditeur de propriétés, ou effacez-la pour utiliser la valeur par défaut.</translation>
    </message>
    <message>
        <source>Set the location of %1 to the Azure region it stands for, by its programmatic name (such as eastus2).</source>
        <translation>Définissez l&apos;emplacement de %1 sur la région Azure qu&apos;elle représente, par son nom programmatique (par exemple eastus2).</translation>
    </message>
    <message>
        <source>Region %1 has no location.</source>
        <translation>La région %1 n&apos;a pas d&apos;emplacement.</translation>
    </message>
    <message>
        <source>Region %1 is at “%2”, which is not an Azure region.</source>
        <translation>La région %1 est à « %2 », qui n&apos;est pas une région Azure.</translation>
    </message>
    <message>
        <source>Delete the connection, or draw it between components that exist.</source>
        <translation>Supprimez la connexion, ou tracez-la entre des composants qui existent.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 starts at an id that does not exist.</source>
        <translation>La connexion de %1 à %2 part d&apos;un identifiant qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 ends at an id that does not exist.</source>
        <translation>La connexion de %1 à %2 aboutit à un identifiant qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Delete the connection, or draw it between kinds that fit, such as Front Door to an Application Gateway or an AKS cluster to the registry it uses.</source>
        <translation>Supprimez la connexion, ou tracez-la entre des types compatibles, comme de Front Door vers un Application Gateway ou d&apos;un cluster AKS vers le registre qu&apos;il utilise.</translation>
    </message>
    <message>
        <source>The connection from %1 to itself joins a component to itself.</source>
        <translation>La connexion de %1 vers lui-même relie un composant à lui-même.</translation>
    </message>
    <message>
        <source>The connection from %1 (%4) to %2 (%5) is marked %3, which cannot join these kinds.</source>
        <translation>La connexion de %1 (%4) à %2 (%5) est marquée %3, qui ne peut pas relier ces types.</translation>
    </message>
    <message>
        <source>The connection from %1 (%3) to %2 (%4) joins two kinds that no connection allows.</source>
        <translation>La connexion de %1 (%3) à %2 (%4) relie deux types qu&apos;aucune connexion n&apos;autorise.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 has properties %3, which are not an object of named values.</source>
        <translation>La connexion de %1 à %2 a les propriétés %3, qui ne sont pas un objet de valeurs nommées.</translation>
    </message>
    <message>
        <source>Clear the connection&apos;s properties and set them again.</source>
        <translation>Effacez les propriétés de la connexion et redéfinissez-les.</translation>
    </message>
    <message>
        <source>The connection from %1 to %2 has mode %3, which is not one of async, sync.</source>
        <translation>La connexion de %1 à %2 a le mode %3, qui n&apos;est ni async ni sync.</translation>
    </message>
    <message>
        <source>Set the replication mode to async or sync, or clear it to use async.</source>
        <translation>Définissez le mode de réplication sur async ou sync, ou effacez-le pour utiliser async.</translation>
    </message>
    <message>
        <source>%1 stand for the same Azure region, %2, so the design counts it more than once.</source>
        <translation>%1 représentent la même région Azure, %2&#xa0;: la conception la compte donc plusieurs fois.</translation>
    </message>
    <message>
        <source>Merge them into one region, or set each to the Azure region it stands for.</source>
        <translation>Fusionnez-les en une seule région, ou réglez chacune sur la région Azure qu&apos;elle représente.</translation>
    </message>
</context>
</TS>
