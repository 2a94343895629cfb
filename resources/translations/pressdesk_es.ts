<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>Backups</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a Pressdesk database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy %1 to %2; the original was put back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>backup takes no arguments; use --to FILE.</source>
        <translation>backup takes no arguments; use --to FILE.</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check takes no arguments.</translation>
    </message>
    <message>
        <source>--format must be json or text.</source>
        <translation>--format must be json or text.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Pressdesk: %2)</source>
        <translation>Schema version: %1 (this Pressdesk: %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>Added the demo newsroom to %1.</source>
        <translation>Added the demo newsroom to %1.</translation>
    </message>
    <message>
        <source>The demo newsroom is already in %1; nothing added.</source>
        <translation>The demo newsroom is already in %1; nothing added.</translation>
    </message>
    <message>
        <source>Could not add the demo newsroom: %1</source>
        <translation>Could not add the demo newsroom: %1</translation>
    </message>
    <message>
        <source>Could not add synthetic releases (nothing was added): %1</source>
        <translation>Could not add synthetic releases (nothing was added): %1</translation>
    </message>
    <message>
        <source>Added %1 releases, %2 speakers and %3 events in %4 s.</source>
        <translation>Added %1 releases, %2 speakers and %3 events in %4 s.</translation>
    </message>
    <message>
        <source>Say what to list.</source>
        <translation>Say what to list.</translation>
    </message>
    <message>
        <source>--format must be table, json or csv.</source>
        <translation>--format must be table, json or csv.</translation>
    </message>
    <message>
        <source>Cannot list "%1".</source>
        <translation>Cannot list "%1".</translation>
    </message>
    <message>
        <source>--status applies to releases only.</source>
        <translation>--status applies to releases only.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; use draft, in_review, approved, published or archived.</source>
        <translation>Unknown status "%1"; use draft, in_review, approved, published or archived.</translation>
    </message>
    <message>
        <source>Listing %1 failed: %2</source>
        <translation>Listing %1 failed: %2</translation>
    </message>
    <message>
        <source>Name the backup to restore.</source>
        <translation>Name the backup to restore.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>The previous file was kept as %1.</translation>
    </message>
    <message>
        <source>Give one query; quote it when it has spaces.</source>
        <translation>Give one query; quote it when it has spaces.</translation>
    </message>
    <message>
        <source>--format must be table or json.</source>
        <translation>--format must be table or json.</translation>
    </message>
    <message>
        <source>--in must be releases, speakers or events, not "%1".</source>
        <translation>--in must be releases, speakers or events, not "%1".</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Say what to show and its id.</source>
        <translation>Say what to show and its id.</translation>
    </message>
    <message>
        <source>"%1" is not an id; ids are positive whole numbers.</source>
        <translation>"%1" is not an id; ids are positive whole numbers.</translation>
    </message>
    <message>
        <source>Cannot show "%1".</source>
        <translation>Cannot show "%1".</translation>
    </message>
    <message>
        <source>Reading %1 %2 failed: %3</source>
        <translation>Reading %1 %2 failed: %3</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>There is no %1 with id %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Dateline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Embargoed until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventFormat</name>
    <message>
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is no release with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the OpenDocument file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not lay out the PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A release cannot be exported as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPTC ninjs 2.2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Pressdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The file that could not be opened is kept beside it for recovery.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>A line is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 is not a "NAME:value" line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has too many lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 has no event name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: "%2" is not a start date such as 2026-07-14 09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: "%2" is not an end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: "%2" is not an event format (in person, online or hybrid).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same ninjs uri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same iCalendar UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same vCard UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same uuid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same headline and date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name and organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name and start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone "%1" is neither known nor defined in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Components are nested too deeply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>END:%1 does not close the open component.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event "%1" has no DTSTART.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds more than %1 events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file ends inside %1: it is truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appears twice in this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2 "%3" could not be imported: %4 Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import failed: %1 Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything Pressdesk imports (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Releases (*.txt *.md *.markdown *.html *.htm *.json);;Speakers and events (*.csv);;Calendars (*.ics);;Address cards (*.vcf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No headline was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds more than %1 items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is not valid %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like binary data, not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vCard starts inside another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vCard has no name (FN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds more than %1 cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 is outside BEGIN:VCARD … END:VCARD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A photo is larger than 10 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file ends inside a vCard: it is truncated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseFilterBar</name>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The event is linked from %n release(s); unlink it first.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The organization takes part in %n event(s); remove it from them first.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release was changed elsewhere since it was opened (version %1 was opened, version %2 is saved). Nothing was overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 was changed elsewhere since it was opened (version %2 was opened, version %3 is saved). Nothing was overwritten; reopen it to see the other changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker is quoted or named as a contact in: %1. Remove them from those releases first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The closing quotation mark was missing; the phrase runs to the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1:" needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status "%1"; use draft, in_review, approved, published or archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-07-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>embargoed: takes yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored "%1": it has no letters or digits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The event name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The online link must be an http or https address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The website must be an http or https address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo is %1 MB; at most %2 MB are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The headline is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The headline has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language must be a code such as "en" or "es".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An embargo needs a time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A published release needs a dateline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A published release needs a body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release is embargoed until %1 UTC; it cannot be published before then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release has %1 quotes; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quote has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quote has no speaker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The photo is %1 MB; at most %2 MB are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a language code such as "es".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk</name>
    <message>
        <source>would create %1 "%2"%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created %1 %2 "%3"%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>would update %1 %2 "%3"%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated %1 %2 "%3"%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped %1 "%2"%3: already there as %1 %4 (%5)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::BackupController</name>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a verified copy of the whole database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;tore From Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the database with a backup; the current file is kept aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pressdesk databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the current database with %1?

The current file is kept beside it, renamed, and Pressdesk closes so that you can start it again on the restored data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored. The previous file was kept as %1.
Pressdesk will now close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subheadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boilerplate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes to editors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This release was saved elsewhere (version %1) after you opened it (version %2). Choose what to keep; the other version stays in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The texts are the same; other fields (quotes, links, status) differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge As Chosen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::CsvMappingDialog</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rows are:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns (%1 rows, %2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::Database</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a Pressdesk database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1 for writing: the file is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Pressdesk database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of Pressdesk (schema %2; this version reads up to schema %3). It was left unchanged; please update Pressdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another program; try again when it is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Pressdesk database (it is not an SQLite file, or it is damaged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost; keep the file for recovery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost; keep the file for recovery. The newest good backup is %3 (pressdesk restore %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not upgraded, because the copy made before upgrading failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file was left at schema %3. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::DetailPane</name>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::EditorArea</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pressdesk closed without saving your changes to “%1” (autosaved %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an untitled record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore them in an editor, or discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::EventEditor</name>
    <message>
        <source>New event, not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 4th</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to add a speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases linking this event. Double-click to open one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-organizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panelist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::EventListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ExportController</name>
    <message>
        <source>Export Releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as &amp;OpenDocument…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as &amp;ninjs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as Plain Te&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Selected Releases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;All Listed Releases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Events as iCalendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Spea&amp;kers as vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;List as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no releases to export.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Export %n Release(s) to Folder</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Exporting releases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were written; no file was left half-written.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no events to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no speakers to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release could not be printed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions (newest first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes from the selected version to the current one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed fields only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1
%2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the text of version %1 as a new version? The current version stays in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the current version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is the same as the current version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ImportCommand</name>
    <message>
        <source>Name at least one file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1"; use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format-output must be text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--on-duplicate must be skip, update or keep-both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: would create %1, update %2, skip %3; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import releases, speakers or events from files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in Pressdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records to import that are already in Pressdesk: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subheadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline &amp;city:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline c&amp;ountry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (keep in the body)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is saved until you choose Import. The original text is kept with the release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::MainWindow</name>
    <message>
        <source>Pressdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected items to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the selected items from the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This list has no search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Pressdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new record in the current section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;Translation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not move the item to the trash: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Could not restore the item: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the trash.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Some items were kept because they are still in use:

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Pressdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Pressdesk %1&lt;/h3&gt;&lt;p&gt;An offline newsroom editor for press releases.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;HTML export template: %3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built in (put your own in %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::NavigationList</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::NewSpeakerDialog</name>
    <message>
        <source>New Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker is saved at once and can be completed later in the Speakers section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Deputy Minister of Labour and Social Welfare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick one, or type a new name to create it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::OrganizationEditor</name>
    <message>
        <source>New organization, not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym, e.g. IOM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Boilerplate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The "About" paragraph printed at the end of releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our organization: the letterhead and boilerplate of new releases (change it in Preferences).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo stored (SVG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::OrganizationListModel</name>
    <message>
        <source>Ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Our organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letterhead, boilerplate and default media contacts of new releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takes effect the next time Pressdesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ReleaseEditor</name>
    <message>
        <source>New release, not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier versions of this release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;translation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head&amp;line:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0/100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bheadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Embargo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone the embargo is given in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FOR IMMEDIATE RELEASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. migration, gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ead paragraph:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who, what, when, where, why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the quote up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the quote down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attri&amp;bution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed, e.g. Deputy Minister of Labour of Costa Rica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to add an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the organi&amp;zation (boilerplate):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a copy of the organization’s text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview as exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this release or one of its translations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no speaker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create Translation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Translate into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add media contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove media contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization has no boilerplate; write one for this release here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the organization's text is used:

%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to read</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Headlines read best under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long: at most %1 characters are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long: headlines read best under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the release first: the translation starts as a copy of the saved text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With or without embargo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Embargoed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not embargoed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quoted speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::ReleaseListModel</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address (https://…), empty to remove the link:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::SearchBar</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::SectionView</name>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::SpeakerEditor</name>
    <message>
        <source>New speaker, not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Dr., Hon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ort name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Derived from the full name until you change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick one, or type a new name to create it on save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes, comma-separated: es, en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quoted in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to open the release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an image Pressdesk can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quoted in (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::SpeakerListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pressdesk::TrashListModel</name>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>