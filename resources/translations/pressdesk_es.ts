<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>Backups</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>it is not a Pressdesk database</source>
        <translation>no es una base de datos de Pressdesk</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 no es una copia de seguridad utilizable: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>Error al hacer la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>No se puede apartar %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2; the original was put back.</source>
        <translation>No se puede copiar %1 en %2; se ha restablecido el original.</translation>
    </message>
    <message>
        <source>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</source>
        <translation>%1 está abierto en Pressdesk o en otro programa. Ciérrelo allí primero; no se ha cambiado nada.</translation>
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
    <message>
        <source>would create %1 "%2"%3</source>
        <translation>would create %1 "%2"%3</translation>
    </message>
    <message>
        <source>created %1 %2 "%3"%4</source>
        <translation>created %1 %2 "%3"%4</translation>
    </message>
    <message>
        <source>would update %1 %2 "%3"%4</source>
        <translation>would update %1 %2 "%3"%4</translation>
    </message>
    <message>
        <source>updated %1 %2 "%3"%4</source>
        <translation>updated %1 %2 "%3"%4</translation>
    </message>
    <message>
        <source>skipped %1 "%2"%3: already there as %1 %4 (%5)</source>
        <translation>skipped %1 "%2"%3: already there as %1 %4 (%5)</translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation>Name at least one file to import.</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use %2.</source>
        <translation>Unknown format "%1"; use %2.</translation>
    </message>
    <message>
        <source>--format-output must be text or json.</source>
        <translation>--format-output must be text or json.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or keep-both.</source>
        <translation>--on-duplicate must be skip, update or keep-both.</translation>
    </message>
    <message>
        <source>Dry run: would create %1, update %2, skip %3; nothing was written.</source>
        <translation>Dry run: would create %1, update %2, skip %3; nothing was written.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Imported: %1 created, %2 updated, %3 skipped.</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Integrity: %n problem</numerusform>
            <numerusform>Integrity: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>salvage takes no arguments; use --to FILE.</source>
        <translation>salvage takes no arguments; use --to FILE.</translation>
    </message>
    <message>
        <source>Salvaged %1 organizations, %2 speakers, %3 events and %4 releases into %5.</source>
        <translation>Salvaged %1 organizations, %2 speakers, %3 events and %4 releases into %5.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: --strict refuses files with problems (above).</source>
        <translation>Nothing was imported: --strict refuses files with problems (above).</translation>
    </message>
    <message>
        <source>Nothing could be imported (see above).</source>
        <translation>Nothing could be imported (see above).</translation>
    </message>
    <message>
        <source>Not imported: %1 records with problems (listed above).</source>
        <translation>Not imported: %1 records with problems (listed above).</translation>
    </message>
    <message>
        <source>copy takes no arguments; use --from and --to.</source>
        <translation>copy takes no arguments; use --from and --to.</translation>
    </message>
    <message>
        <source>copy needs both --from and --to.</source>
        <translation>copy needs both --from and --to.</translation>
    </message>
    <message>
        <source>--from and --to are the same newsroom.</source>
        <translation>--from and --to are the same newsroom.</translation>
    </message>
    <message>
        <source>--from: %1 does not exist.</source>
        <translation>--from: %1 does not exist.</translation>
    </message>
    <message>
        <source>Copied %1 to %2:</source>
        <translation>Copied %1 to %2:</translation>
    </message>
    <message>
        <source>restore replaces a file. A server's newsroom is restored by its administrator (pg_restore), or a backup file is copied into an empty newsroom with pressdesk copy --from BACKUP --to URL.</source>
        <translation>restore replaces a file. A server's newsroom is restored by its administrator (pg_restore), or a backup file is copied into an empty newsroom with pressdesk copy --from BACKUP --to URL.</translation>
    </message>
    <message>
        <source>salvage rescues a damaged file; a server keeps its own data safe (see pressdesk check).</source>
        <translation>salvage rescues a damaged file; a server keeps its own data safe (see pressdesk check).</translation>
    </message>
    <message>
        <source>team init sets up a PostgreSQL server; a file needs no setting up.</source>
        <translation>team init sets up a PostgreSQL server; a file needs no setting up.</translation>
    </message>
    <message>
        <source>%1 is now a Pressdesk newsroom (schema %2).</source>
        <translation>%1 is now a Pressdesk newsroom (schema %2).</translation>
    </message>
    <message>
        <source>%1 is a Pressdesk newsroom (schema %2).</source>
        <translation>%1 is a Pressdesk newsroom (schema %2).</translation>
    </message>
    <message>
        <source>Say what to comment on and its id.</source>
        <translation>Say what to comment on and its id.</translation>
    </message>
    <message>
        <source>Comment %1 is resolved.</source>
        <translation>Comment %1 is resolved.</translation>
    </message>
    <message>
        <source>Comment %1 is open again.</source>
        <translation>Comment %1 is open again.</translation>
    </message>
    <message>
        <source>Cannot comment on "%1".</source>
        <translation>Cannot comment on "%1".</translation>
    </message>
    <message>
        <source>--text is required.</source>
        <translation>--text is required.</translation>
    </message>
    <message>
        <source>--field must be headline, subheadline, lead, body:N or quote:N.</source>
        <translation>--field must be headline, subheadline, lead, body:N or quote:N.</translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>There is no release with id %1.</translation>
    </message>
    <message>
        <source>Comment %1 added to release %2.</source>
        <translation>Comment %1 added to release %2.</translation>
    </message>
    <message>
        <source>Say which release and the status to move it to.</source>
        <translation>Say which release and the status to move it to.</translation>
    </message>
    <message>
        <source>"%1" is not a status.</source>
        <translation>"%1" is not a status.</translation>
    </message>
    <message>
        <source>Release %1 is already %2.</source>
        <translation>Release %1 is already %2.</translation>
    </message>
    <message>
        <source>Release %1 cannot be %2 yet:</source>
        <translation>Release %1 cannot be %2 yet:</translation>
    </message>
    <message>
        <source>Not allowed for your role (%1): %2</source>
        <translation>Not allowed for your role (%1): %2</translation>
    </message>
    <message>
        <source>Release %1 was not moved to %2: %3</source>
        <translation>Release %1 was not moved to %2: %3</translation>
    </message>
    <message>
        <source>Release %1 is now %2, but the comment was not saved: %3</source>
        <translation>Release %1 is now %2, but the comment was not saved: %3</translation>
    </message>
    <message>
        <source>Release %1: %2 -&gt; %3.</source>
        <translation>Release %1: %2 -&gt; %3.</translation>
    </message>
    <message>
        <source>team init needs a server address.</source>
        <translation>team init needs a server address.</translation>
    </message>
    <message>
        <source>team add-user needs the person's login name.</source>
        <translation>team add-user needs the person's login name.</translation>
    </message>
    <message>
        <source>--role must be contributor, editor, publisher or admin.</source>
        <translation>--role must be contributor, editor, publisher or admin.</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Cannot read the password from standard input.</translation>
    </message>
    <message>
        <source>--password-stdin read an empty password.</source>
        <translation>--password-stdin read an empty password.</translation>
    </message>
    <message>
        <source>%1 is added to this newsroom as %2.</source>
        <translation>%1 is added to this newsroom as %2.</translation>
    </message>
    <message>
        <source>team set-role needs a login name and a role.</source>
        <translation>team set-role needs a login name and a role.</translation>
    </message>
    <message>
        <source>The role must be contributor, editor, publisher or admin.</source>
        <translation>The role must be contributor, editor, publisher or admin.</translation>
    </message>
    <message>
        <source>%1's role is now %2.</source>
        <translation>%1's role is now %2.</translation>
    </message>
    <message>
        <source>team remove-user needs the person's login name.</source>
        <translation>team remove-user needs the person's login name.</translation>
    </message>
    <message>
        <source>%1 can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>%1 can no longer connect; their releases, comments and history stay, with their name.</translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD.</source>
        <translation>--map needs COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>Contacts are imported from csv or vcf, not "%1".</source>
        <translation>Contacts are imported from csv or vcf, not "%1".</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip or update for contacts.</source>
        <translation>--on-duplicate must be skip or update for contacts.</translation>
    </message>
    <message>
        <source>--map applies to CSV files only.</source>
        <translation>--map applies to CSV files only.</translation>
    </message>
    <message>
        <source>Dry run: would create %1, update %2, skip %3 contacts; nothing was written.</source>
        <translation>Dry run: would create %1, update %2, skip %3 contacts; nothing was written.</translation>
    </message>
    <message>
        <source>Contacts: %1 created, %2 updated, %3 skipped.</source>
        <translation>Contacts: %1 created, %2 updated, %3 skipped.</translation>
    </message>
    <message>
        <source>Not imported: %1 lines with problems (listed above).</source>
        <translation>Not imported: %1 lines with problems (listed above).</translation>
    </message>
    <message>
        <source>--search applies to contacts only.</source>
        <translation>--search applies to contacts only.</translation>
    </message>
    <message>
        <source>Name the list to show.</source>
        <translation>Name the list to show.</translation>
    </message>
    <message>
        <source>There is no media list named "%1".</source>
        <translation>There is no media list named "%1".</translation>
    </message>
    <message>
        <source>Saved filter: %1</source>
        <translation>Saved filter: %1</translation>
    </message>
    <message>
        <source>%1 recipients, %2 left out</source>
        <translation>%1 recipients, %2 left out</translation>
    </message>
    <message>
        <source>%1 connected with a one-time password and must choose their own first: run pressdesk team password (it reads the new password from standard input).</source>
        <translation>%1 connected with a one-time password and must choose their own first: run pressdesk team password (it reads the new password from standard input).</translation>
    </message>
    <message>
        <source>--for-my-review lists releases in review; it takes no --status.</source>
        <translation>--for-my-review lists releases in review; it takes no --status.</translation>
    </message>
    <message>
        <source>--reviewer needs a login name.</source>
        <translation>--reviewer needs a login name.</translation>
    </message>
    <message>
        <source>--reviewer goes with in_review: reviewers are asked when a release goes to review.</source>
        <translation>--reviewer goes with in_review: reviewers are asked when a release goes to review.</translation>
    </message>
    <message>
        <source>Review of release %1 was not requested: %2</source>
        <translation>Review of release %1 was not requested: %2</translation>
    </message>
    <message>
        <source>Release %1 is in review by %2.</source>
        <translation>Release %1 is in review by %2.</translation>
    </message>
    <message>
        <source>Asked to review: %1.</source>
        <translation>Asked to review: %1.</translation>
    </message>
    <message>
        <source>One-time password: %1
It is shown only now: give it to %2 in person. It expires in 7 days; at first connection they choose their own (in the window, or with pressdesk team password).</source>
        <translation>One-time password: %1
It is shown only now: give it to %2 in person. It expires in 7 days; at first connection they choose their own (in the window, or with pressdesk team password).</translation>
    </message>
    <message>
        <source>team password takes no other words; the password comes on standard input.</source>
        <translation>team password takes no other words; the password comes on standard input.</translation>
    </message>
    <message>
        <source>team password read an empty password from standard input.</source>
        <translation>team password read an empty password from standard input.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>The password of %1 is changed.</translation>
    </message>
    <message>
        <source>A Pressdesk file has no password; team password changes yours on a team newsroom (a server).</source>
        <translation>A Pressdesk file has no password; team password changes yours on a team newsroom (a server).</translation>
    </message>
    <message>
        <source>team reset-password needs the person's login name.</source>
        <translation>team reset-password needs the person's login name.</translation>
    </message>
    <message>
        <source>%1's password is reset: the old one no longer works, and until they choose their own they can do nothing else.</source>
        <translation>%1's password is reset: the old one no longer works, and until they choose their own they can do nothing else.</translation>
    </message>
    <message>
        <source>team needs init, add-user, set-role, remove-user, reset-password, users or password.</source>
        <translation>team needs init, add-user, set-role, remove-user, reset-password, users or password.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database needs a file name.</translation>
    </message>
    <message>
        <source>Usage: pressdesk [--database FILE] [COMMAND [ARGUMENTS]]
       pressdesk [FILE]

Without a command, opens the Pressdesk window (on FILE when given).

Commands:
  demo [--releases N] [--seed S]   add the demo newsroom, or N synthetic releases
  list releases|speakers|events|organizations [--status S] [--limit N]
       [--format table|json|csv]
  list releases --for-my-review    the releases in review you are asked to review
  list contacts [--search QUERY] | list lists   media contacts and lists
  show release|speaker|event|organization ID [--format json|text]
  show list NAME [--format json|text]   a media list and who is on it now
  check                            integrity check and schema version
  search QUERY [--in releases|speakers|events] [--limit N] [--format table|json]
  backup [--to FILE]               a verified copy, safe while Pressdesk runs
  restore FILE                     replace the database with a backup (kept aside)
  salvage [--to FILE]              rescue what can be read from a damaged database
  export release ID... --format pdf|html|odt|md|txt|ninjs [--output FILE|DIR|-]
       [--fragment] [--pdfa] [--paper a4|letter]
  export releases (--all | --status S) --format FMT --out-dir DIR
  export event ID...|--all [--format ics] [--output FILE|-]
  export speaker ID...|--all [--format vcf] [--output FILE|-]
  export list NAME [--format csv|vcf] [--output FILE|-]
  import FILE... [--format auto|text|md|html|ninjs|csv|ics|vcf] [--dry-run] [--strict]
       [--on-duplicate skip|update|keep-both] [--format-output text|json]
  import FILE... --into contacts [--format auto|csv|vcf] [--list NAME]
       [--map COLUMN=FIELD]... [--on-duplicate skip|update] [--dry-run]
  copy --from FILE|URL --to FILE|URL [--format text|json]
                                   a whole newsroom into a new file or an empty server
  team init URL                    make an empty PostgreSQL database a team newsroom
  team add-user NAME --role ROLE [--full-name TEXT] [--email ADDRESS] [--password-stdin]
  team set-role NAME ROLE | team remove-user NAME | team users [--format table|json]
  team reset-password NAME         a new one-time password for a person (admins)
  team password                    choose your password (read from standard input)
  status release ID STATUS [--comment TEXT]   move a release through the workflow
  status release ID in_review --reviewer NAME [NAME…]   ask editors to review it
  comment release ID --text TEXT [--field FIELD] [--reply-to ID] | comment resolve|reopen ID
  publish-site --out DIR [--base-url URL] [--language CODE]... [--templates DIR]
       [--no-pdf] [--format text|json]   the public releases as a static press room
  send release ID [--list NAME]... [--recipient "NAME &lt;EMAIL&gt;[;LANG,...]"]... (--eml-dir DIR |
       --smtp URL [--user USER] [--password-env VAR]) [--from "NAME &lt;EMAIL&gt;"] [--dry-run]
                                   e-mail a release: drafts, or through the outbox
  outbox [--retry] [--resend-uncertain] [--format table|json]
  sent release ID [--format table|json|csv]   who received which version, when, how

Options:
  --database FILE|URL   the newsroom to use: a file, or a server as
                    postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA]
                    (also $PRESSDESK_DATABASE; the password from PGPASSWORD or ~/.pgpass)
  --exit-after-startup   open the window, print the start-up time, exit
  --help, --version

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Usage: pressdesk [--database FILE] [COMMAND [ARGUMENTS]]
       pressdesk [FILE]

Without a command, opens the Pressdesk window (on FILE when given).

Commands:
  demo [--releases N] [--seed S]   add the demo newsroom, or N synthetic releases
  list releases|speakers|events|organizations [--status S] [--limit N]
       [--format table|json|csv]
  list releases --for-my-review    the releases in review you are asked to review
  list contacts [--search QUERY] | list lists   media contacts and lists
  show release|speaker|event|organization ID [--format json|text]
  show list NAME [--format json|text]   a media list and who is on it now
  check                            integrity check and schema version
  search QUERY [--in releases|speakers|events] [--limit N] [--format table|json]
  backup [--to FILE]               a verified copy, safe while Pressdesk runs
  restore FILE                     replace the database with a backup (kept aside)
  salvage [--to FILE]              rescue what can be read from a damaged database
  export release ID... --format pdf|html|odt|md|txt|ninjs [--output FILE|DIR|-]
       [--fragment] [--pdfa] [--paper a4|letter]
  export releases (--all | --status S) --format FMT --out-dir DIR
  export event ID...|--all [--format ics] [--output FILE|-]
  export speaker ID...|--all [--format vcf] [--output FILE|-]
  export list NAME [--format csv|vcf] [--output FILE|-]
  import FILE... [--format auto|text|md|html|ninjs|csv|ics|vcf] [--dry-run] [--strict]
       [--on-duplicate skip|update|keep-both] [--format-output text|json]
  import FILE... --into contacts [--format auto|csv|vcf] [--list NAME]
       [--map COLUMN=FIELD]... [--on-duplicate skip|update] [--dry-run]
  copy --from FILE|URL --to FILE|URL [--format text|json]
                                   a whole newsroom into a new file or an empty server
  team init URL                    make an empty PostgreSQL database a team newsroom
  team add-user NAME --role ROLE [--full-name TEXT] [--email ADDRESS] [--password-stdin]
  team set-role NAME ROLE | team remove-user NAME | team users [--format table|json]
  team reset-password NAME         a new one-time password for a person (admins)
  team password                    choose your password (read from standard input)
  status release ID STATUS [--comment TEXT]   move a release through the workflow
  status release ID in_review --reviewer NAME [NAME…]   ask editors to review it
  comment release ID --text TEXT [--field FIELD] [--reply-to ID] | comment resolve|reopen ID
  publish-site --out DIR [--base-url URL] [--language CODE]... [--templates DIR]
       [--no-pdf] [--format text|json]   the public releases as a static press room
  send release ID [--list NAME]... [--recipient "NAME &lt;EMAIL&gt;[;LANG,...]"]... (--eml-dir DIR |
       --smtp URL [--user USER] [--password-env VAR]) [--from "NAME &lt;EMAIL&gt;"] [--dry-run]
                                   e-mail a release: drafts, or through the outbox
  outbox [--retry] [--resend-uncertain] [--format table|json]
  sent release ID [--format table|json|csv]   who received which version, when, how

Options:
  --database FILE|URL   the newsroom to use: a file, or a server as
                    postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA]
                    (also $PRESSDESK_DATABASE; the password from PGPASSWORD or ~/.pgpass)
  --exit-after-startup   open the window, print the start-up time, exit
  --help, --version

Exit codes: 0 success, 1 failure, 2 usage error.
</translation>
    </message>
    <message>
        <source>"%1" is a file, not a command. To open a database in the window, give only its file name; to run a command on it, use --database FILE.</source>
        <translation>"%1" is a file, not a command. To open a database in the window, give only its file name; to run a command on it, use --database FILE.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Could not write to standard output.</translation>
    </message>
    <message>
        <source>Reading release %1 failed: %2</source>
        <translation>Reading release %1 failed: %2</translation>
    </message>
    <message>
        <source>Could not export release %1: %2</source>
        <translation>Could not export release %1: %2</translation>
    </message>
    <message>
        <source>Say where to write the files with --out-dir DIR.</source>
        <translation>Say where to write the files with --out-dir DIR.</translation>
    </message>
    <message>
        <source>Say which releases: --all or --status S.</source>
        <translation>Say which releases: --all or --status S.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Reading the releases failed: %1</source>
        <translation>Reading the releases failed: %1</translation>
    </message>
    <message>
        <source>Release %1 failed: %2</source>
        <translation>Release %1 failed: %2</translation>
    </message>
    <message>
        <source>Exported %1 releases as %2 to %3 in %4 s.</source>
        <translation>Exported %1 releases as %2 to %3 in %4 s.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 releases as %3 to %4 in %5 s; %6 failed.</source>
        <translation>Exported %1 of %2 releases as %3 to %4 in %5 s; %6 failed.</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Reading failed: %1</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>There is no event with id %1.</translation>
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>There is no speaker with id %1.</translation>
    </message>
    <message>
        <source>Name the list to export.</source>
        <translation>Name the list to export.</translation>
    </message>
    <message>
        <source>Unknown format "%1" for %2; use %3.</source>
        <translation>Unknown format "%1" for %2; use %3.</translation>
    </message>
    <message>
        <source>--%1 does not apply to export list.</source>
        <translation>--%1 does not apply to export list.</translation>
    </message>
    <message>
        <source>Say what to export: release, releases, event or speaker.</source>
        <translation>Say what to export: release, releases, event or speaker.</translation>
    </message>
    <message>
        <source>Cannot export "%1".</source>
        <translation>Cannot export "%1".</translation>
    </message>
    <message>
        <source>Say which format with --format.</source>
        <translation>Say which format with --format.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper must be a4 or letter.</translation>
    </message>
    <message>
        <source>--pdfa applies to --format pdf only.</source>
        <translation>--pdfa applies to --format pdf only.</translation>
    </message>
    <message>
        <source>--fragment applies to --format html only.</source>
        <translation>--fragment applies to --format html only.</translation>
    </message>
    <message>
        <source>export releases takes no ids; use export release ID...</source>
        <translation>export releases takes no ids; use export release ID...</translation>
    </message>
    <message>
        <source>export releases writes to a folder: use --out-dir DIR.</source>
        <translation>export releases writes to a folder: use --out-dir DIR.</translation>
    </message>
    <message>
        <source>--out-dir and --status apply to export releases only.</source>
        <translation>--out-dir and --status apply to export releases only.</translation>
    </message>
    <message>
        <source>To export every release, use export releases --all --out-dir DIR.</source>
        <translation>To export every release, use export releases --all --out-dir DIR.</translation>
    </message>
    <message>
        <source>Say which release to export by its id.</source>
        <translation>Say which release to export by its id.</translation>
    </message>
    <message>
        <source>With several releases, --output must be an existing folder.</source>
        <translation>With several releases, --output must be an existing folder.</translation>
    </message>
    <message>
        <source>Give ids or --all, not both and not neither.</source>
        <translation>Give ids or --all, not both and not neither.</translation>
    </message>
    <message>
        <source>outbox takes no arguments besides its options.</source>
        <translation>outbox takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>--mark-delivered takes message ids separated by commas (the outbox's id column), not "%1".</source>
        <translation>--mark-delivered takes message ids separated by commas (the outbox's id column), not "%1".</translation>
    </message>
    <message>
        <source>%1 of the %2 messages were not uncertain and are left as they were (only an uncertain message can be marked as delivered).</source>
        <translation>%1 of the %2 messages were not uncertain and are left as they were (only an uncertain message can be marked as delivered).</translation>
    </message>
    <message>
        <source>%1 message(s) were being sent when Pressdesk stopped; they are uncertain and go again only with --resend-uncertain.</source>
        <translation>%1 message(s) were being sent when Pressdesk stopped; they are uncertain and go again only with --resend-uncertain.</translation>
    </message>
    <message>
        <source>%1: stopped (%2)</source>
        <translation>%1: stopped (%2)</translation>
    </message>
    <message>
        <source>Say which release: sent release ID.</source>
        <translation>Say which release: sent release ID.</translation>
    </message>
    <message>
        <source>--language needs a language code, such as en or es.</source>
        <translation>--language needs a language code, such as en or es.</translation>
    </message>
    <message>
        <source>"%1" is not a language code (en, es, pt-BR…).</source>
        <translation>"%1" is not a language code (en, es, pt-BR…).</translation>
    </message>
    <message>
        <source>publish-site takes no arguments; give the folder with --out DIR.</source>
        <translation>publish-site takes no arguments; give the folder with --out DIR.</translation>
    </message>
    <message>
        <source>publish-site needs --out DIR.</source>
        <translation>publish-site needs --out DIR.</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use text or json.</source>
        <translation>Unknown format "%1"; use text or json.</translation>
    </message>
    <message>
        <source>"%1" is not an http or https address.</source>
        <translation>"%1" is not an http or https address.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>The template folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Published %1 releases in %2 (%3 pages) to %4
%5 files written, %6 unchanged, %7 removed; %8 PDFs made; %9 ms
</source>
        <translation>Published %1 releases in %2 (%3 pages) to %4
%5 files written, %6 unchanged, %7 removed; %8 PDFs made; %9 ms
</translation>
    </message>
    <message>
        <source>No --base-url: canonical links, the feeds and the sitemap point at %1.
</source>
        <translation>No --base-url: canonical links, the feeds and the sitemap point at %1.
</translation>
    </message>
    <message>
        <source>would send %1 (release %2, %3) to %4</source>
        <translation>would send %1 (release %2, %3) to %4</translation>
    </message>
    <message>
        <source>would not send to %1: %2</source>
        <translation>would not send to %1: %2</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting in the outbox %3.</source>
        <translation>Sent %1, failed %2, waiting in the outbox %3.</translation>
    </message>
    <message>
        <source>Stopped (%1); the messages wait in the outbox: send them with pressdesk outbox --retry.</source>
        <translation>Stopped (%1); the messages wait in the outbox: send them with pressdesk outbox --retry.</translation>
    </message>
    <message>
        <source>Say which release to send: send release ID.</source>
        <translation>Say which release to send: send release ID.</translation>
    </message>
    <message>
        <source>Say how to send: --eml-dir DIR (drafts) or --smtp URL, one of them.</source>
        <translation>Say how to send: --eml-dir DIR (drafts) or --smtp URL, one of them.</translation>
    </message>
    <message>
        <source>Say who gets it: --list NAME or --recipient "NAME &lt;EMAIL&gt;" (both repeatable).</source>
        <translation>Say who gets it: --list NAME or --recipient "NAME &lt;EMAIL&gt;" (both repeatable).</translation>
    </message>
    <message>
        <source>Say who sends it: --from "NAME &lt;EMAIL&gt;" (kept with --remember-sender).</source>
        <translation>Say who sends it: --from "NAME &lt;EMAIL&gt;" (kept with --remember-sender).</translation>
    </message>
    <message>
        <source>--list-unsubscribe must be a mailto: address or an https:// address.</source>
        <translation>--list-unsubscribe must be a mailto: address or an https:// address.</translation>
    </message>
    <message>
        <source>Release %1 is under embargo until %2 (%3 UTC). Only people who respect embargoes may get it; if everyone named with --recipient does, repeat with --confirm-embargo.</source>
        <translation>Release %1 is under embargo until %2 (%3 UTC). Only people who respect embargoes may get it; if everyone named with --recipient does, repeat with --confirm-embargo.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Not sent to %1: %2</translation>
    </message>
    <message>
        <source>Nobody may receive this release.</source>
        <translation>Nobody may receive this release.</translation>
    </message>
    <message>
        <source>A password needs a user name (--user USER).</source>
        <translation>A password needs a user name (--user USER).</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>The environment variable %1 is not set.</translation>
    </message>
    <message>
        <source>No password for %1 on %2 in the keychain (%3); give the name of an environment variable that holds it with --password-env VAR.</source>
        <translation>No password for %1 on %2 in the keychain (%3); give the name of an environment variable that holds it with --password-env VAR.</translation>
    </message>
    <message>
        <source>--mark-delivered records by hand; it does not go with --retry or --resend-uncertain.</source>
        <translation>--mark-delivered records by hand; it does not go with --retry or --resend-uncertain.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>--%1 must be a whole number from %2 to %3, not "%4".</translation>
    </message>
</context>
<context>
    <name>CommentWords</name>
    <message>
        <source>Whole release</source>
        <translation>Todo el comunicado</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Párrafo %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Cita %1</translation>
    </message>
    <message>
        <source>the release</source>
        <translation>el comunicado</translation>
    </message>
    <message>
        <source>the headline</source>
        <translation>el titular</translation>
    </message>
    <message>
        <source>the subheadline</source>
        <translation>el subtítulo</translation>
    </message>
    <message>
        <source>the lead</source>
        <translation>la entradilla</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>el párrafo %1</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>la cita %1</translation>
    </message>
</context>
<context>
    <name>DamagedFileRecovery</name>
    <message>
        <source>Pressdesk</source>
        <translation>Pressdesk</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the new one whatever you choose.</source>
        <translation>Elija lo que elija, el archivo dañado se conserva junto al nuevo.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds %2 records (%3).</source>
        <translation>La copia de seguridad válida más reciente es del %1 y contiene %2 registros (%3).</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <source>&amp;Salvage What Can Be Read</source>
        <translation>&amp;Rescatar lo que se pueda leer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Salvaged %1 from the damaged file. Check the newest work: what stood on the damaged parts could not be read. The damaged file was kept as %2.</source>
        <translation>Se rescataron %1 del archivo dañado. Revise el trabajo más reciente: lo que estaba en las partes dañadas no se pudo leer. El archivo dañado se conservó como %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Dateline</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Embargado hasta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Nuestra organización</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>marked "do not contact"</source>
        <translation>marcado como «no contactar»</translation>
    </message>
    <message>
        <source>the address bounced</source>
        <translation>la dirección rebotó</translation>
    </message>
    <message>
        <source>the address bounced: %1</source>
        <translation>la dirección rebotó: %1</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sin dirección de correo</translation>
    </message>
    <message>
        <source>There is no media list named "%1".</source>
        <translation>No hay ninguna lista de medios llamada «%1».</translation>
    </message>
    <message>
        <source>There is no media contact with id %1.</source>
        <translation>No hay ningún contacto de prensa con el id %1.</translation>
    </message>
</context>
<context>
    <name>EventFormat</name>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is no release with id %1.</source>
        <translation>No existe ningún comunicado con el id %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>No se puede leer la plantilla %1: %2</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>La plantilla %1 no es una plantilla Mustache válida: %2</translation>
    </message>
    <message>
        <source>Could not write the OpenDocument file.</source>
        <translation>No se pudo escribir el archivo OpenDocument.</translation>
    </message>
    <message>
        <source>Could not lay out the PDF.</source>
        <translation>No se pudo maquetar el PDF.</translation>
    </message>
    <message>
        <source>A release cannot be exported as %1.</source>
        <translation>Un comunicado no se puede exportar como %1.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>IPTC ninjs 2.2</source>
        <translation>IPTC ninjs 2.2</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Pressdesk</source>
        <translation>Pressdesk</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Nombre para ordenar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Enlace en línea</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Elija la columna que contiene: %1.</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>La fila %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Row %1 has no event name.</source>
        <translation>La fila %1 no tiene nombre de evento.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not a start date such as 2026-07-14 09:00.</source>
        <translation>Fila %1: «%2» no es una fecha de inicio como 2026-07-14 09:00.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not an end date.</source>
        <translation>Fila %1: «%2» no es una fecha de fin.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not an event format (in person, online or hybrid).</source>
        <translation>Fila %1: «%2» no es una modalidad de evento (presencial, en línea o híbrido).</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un campo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>Una fila tiene más de %1 columnas.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>El archivo tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>same ninjs uri</source>
        <translation>mismo URI de ninjs</translation>
    </message>
    <message>
        <source>same iCalendar UID</source>
        <translation>mismo UID de iCalendar</translation>
    </message>
    <message>
        <source>same vCard UID</source>
        <translation>mismo UID de vCard</translation>
    </message>
    <message>
        <source>same headline and date</source>
        <translation>mismo titular y fecha</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <source>same name and start</source>
        <translation>mismo nombre e inicio</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>No es un archivo iCalendar: no empieza por BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Evento sin título</translation>
    </message>
    <message>
        <source>The file holds more than %1 events.</source>
        <translation>El archivo contiene más de %1 eventos.</translation>
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>No existe ningún orador con el id %1.</translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>No existe ningún comunicado con el id %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>No existe ningún evento con el id %1.</translation>
    </message>
    <message>
        <source>appears twice in this import</source>
        <translation>aparece dos veces en esta importación</translation>
    </message>
    <message>
        <source>%1%2 "%3" could not be imported: %4 Nothing was imported.</source>
        <translation>%1%2 «%3» no se pudo importar: %4 No se importó nada.</translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing was imported.</source>
        <translation>La importación falló: %1 No se importó nada.</translation>
    </message>
    <message>
        <source>Everything Pressdesk imports (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Releases (*.txt *.md *.markdown *.html *.htm *.json);;Speakers and events (*.csv);;Calendars (*.ics);;Address cards (*.vcf);;All files (*)</source>
        <translation>Todo lo que Pressdesk importa (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Comunicados (*.txt *.md *.markdown *.html *.htm *.json);;Oradores y eventos (*.csv);;Calendarios (*.ics);;Tarjetas de contacto (*.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation>No hay texto que importar.</translation>
    </message>
    <message>
        <source>No headline was found.</source>
        <translation>No se encontró ningún titular.</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>El JSON está anidado en más de %1 niveles.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>No es un JSON válido: %1.</translation>
    </message>
    <message>
        <source>The file holds more than %1 items.</source>
        <translation>El archivo contiene más de %1 elementos.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object.</source>
        <translation>El elemento %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The text is not valid %1.</source>
        <translation>El texto no es %1 válido.</translation>
    </message>
    <message>
        <source>This looks like binary data, not text.</source>
        <translation>Parecen datos binarios, no texto.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cards.</source>
        <translation>El archivo contiene más de %1 tarjetas.</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Página web: %1</translation>
    </message>
    <message>
        <source>a line could not be read and was left out (%1)</source>
        <translation>una línea no se pudo leer y se dejó fuera (%1)</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 has no start date (DTSTART): skipped.</source>
        <translation>El evento «%1» de la línea %2 no tiene fecha de inicio (DTSTART): omitido.</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 has no start date that can be read: skipped.</source>
        <translation>El evento «%1» de la línea %2 no tiene una fecha de inicio legible: omitido.</translation>
    </message>
    <message>
        <source>it ends before it starts; the end was left out</source>
        <translation>termina antes de empezar; se dejó fuera el final</translation>
    </message>
    <message>
        <source>Repeats (%1); imported as its first occurrence.</source>
        <translation>Se repite (%1); importado como su primera ocurrencia.</translation>
    </message>
    <message>
        <source>it repeats; it was imported as its first occurrence, with the rule in its description</source>
        <translation>se repite; se importó su primera ocurrencia, con la regla en la descripción</translation>
    </message>
    <message>
        <source>its link “%1” is not a web address and was left out</source>
        <translation>su enlace «%1» no es una dirección web y se dejó fuera</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 is cut off by the end of the file (no END:VEVENT): skipped.</source>
        <translation>El evento «%1» de la línea %2 queda cortado por el final del archivo (sin END:VEVENT): omitido.</translation>
    </message>
    <message>
        <source>Event “%1” at line %2: %3.</source>
        <translation>Evento «%1» de la línea %2: %3.</translation>
    </message>
    <message>
        <source>The calendar holds no events (VEVENT).</source>
        <translation>El calendario no contiene eventos (VEVENT).</translation>
    </message>
    <message>
        <source>its time zone “%1” matches no known zone; the time was converted to UTC by the file's own rules</source>
        <translation>su zona horaria «%1» no coincide con ninguna conocida; la hora se convirtió a UTC con las reglas del propio archivo</translation>
    </message>
    <message>
        <source>its time zone “%1” is defined only in the file; it was read as %2, which has the same offsets</source>
        <translation>su zona horaria «%1» solo está definida en el archivo; se leyó como %2, que tiene los mismos desfases</translation>
    </message>
    <message>
        <source>its time zone “%1” is neither known nor defined in the file; the time is kept as written (%2): set the event's time zone</source>
        <translation>su zona horaria «%1» no es conocida ni está definida en el archivo; la hora se conserva tal como está escrita (%2): indique la zona horaria del evento</translation>
    </message>
    <message>
        <source>“%1” at line %2 cannot be imported: %3 Skipped.</source>
        <translation>«%1» de la línea %2 no se puede importar: %3 Omitido.</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>its photo is larger than %1 MB and was left out</source>
        <translation>su foto ocupa más de %1 MB y se dejó fuera</translation>
    </message>
    <message>
        <source>"%1" is not a language code and was left out</source>
        <translation>«%1» no es un código de idioma y se dejó fuera</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; it was kept in the notes</source>
        <translation>«%1» no es una dirección de correo; se guardó en las notas</translation>
    </message>
    <message>
        <source>E-mail as written: %1</source>
        <translation>Correo tal como estaba escrito: %1</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>El archivo no contiene ninguna vCard (no hay línea BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>La tarjeta</translation>
    </message>
    <message>
        <source>The card of “%1”</source>
        <translation>La tarjeta de «%1»</translation>
    </message>
    <message>
        <source>%1 at line %2 is cut off by the end of the file (no END:VCARD): skipped.</source>
        <translation>%1 de la línea %2 queda cortada por el final del archivo (sin END:VCARD): omitida.</translation>
    </message>
    <message>
        <source>The card at line %1 has no name (FN or N): skipped.</source>
        <translation>La tarjeta de la línea %1 no tiene nombre (FN o N): omitida.</translation>
    </message>
    <message>
        <source>line %1 is not a NAME:value line and was left out</source>
        <translation>la línea %1 no tiene la forma NOMBRE:valor y se dejó fuera</translation>
    </message>
    <message>
        <source>%1 at line %2: %3.</source>
        <translation>%1 de la línea %2: %3.</translation>
    </message>
    <message>
        <source>it names no person; the organization's name was used</source>
        <translation>no nombra a ninguna persona; se usó el nombre de la organización</translation>
    </message>
    <message>
        <source>it changes one occurrence of a repeating event and was imported as an event of its own</source>
        <translation>modifica una ocurrencia de un evento repetido y se importó como un evento propio</translation>
    </message>
    <message>
        <source>“%1”: the embargo (%2) is printed without a time zone; it was read as UTC. Check it before the release goes out.</source>
        <translation>«%1»: el embargo (%2) está impreso sin zona horaria; se leyó como UTC. Revíselo antes de difundir el comunicado.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3: skipped.</source>
        <translation>Línea %1 (%2): %3: omitida.</translation>
    </message>
    <message>
        <source>--map %1: there is no column "%2" (the columns are: %3).</source>
        <translation>--map %1: no hay ninguna columna «%2» (las columnas son: %3).</translation>
    </message>
    <message>
        <source>--map %1: "%2" is not a field; use %3.</source>
        <translation>--map %1: «%2» no es un campo; use %3.</translation>
    </message>
    <message>
        <source>No column holds the name (columns: %1); name it with --map COLUMN=name.</source>
        <translation>Ninguna columna contiene el nombre (columnas: %1); indíquela con --map COLUMNA=name.</translation>
    </message>
    <message>
        <source>Line %1 has no name: skipped.</source>
        <translation>La línea %1 no tiene nombre: omitida.</translation>
    </message>
    <message>
        <source>Other e-mail: %1</source>
        <translation>Otro correo: %1</translation>
    </message>
    <message>
        <source>Line %1: %2; nothing was imported.</source>
        <translation>Línea %1: %2; no se importó nada.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Respects embargoes</source>
        <translation>Respeta embargos</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Inglés (Estados Unidos)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Inglés (Reino Unido)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Español (España)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Español (Latinoamérica)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Español (México)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Francés (Francia)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francés (Canadá)</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugués (Portugal)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseFiles</name>
    <message>
        <source>%1 is the newsroom database Pressdesk has open (or one of its working files). Pressdesk does not read or write it as an ordinary file, so that no work is lost; choose another file.</source>
        <translation>%1 es la base de datos de la sala de prensa que Pressdesk tiene abierta (o uno de sus archivos de trabajo). Pressdesk no la lee ni la escribe como un archivo cualquiera, para que no se pierda ningún trabajo; elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message>
        <source>Contributor</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicador</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Contributors write releases and ask for review; editors edit, comment and approve; publishers also publish and archive; admins also manage people and the newsroom.</source>
        <translation>Los colaboradores escriben comunicados y piden revisión; los editores editan, comentan y aprueban; los publicadores además publican y archivan; los administradores además gestionan las personas y la sala de prensa.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>PresenceRepository</name>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>En edición por %1 desde las %2</translation>
    </message>
    <message>
        <source>Changed elsewhere at %1</source>
        <translation>Modificado en otro lugar a las %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Modificado por %1 a las %2</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person: nobody else holds its releases.</source>
        <translation>Un archivo de Pressdesk tiene una sola persona: nadie más tiene abiertos sus comunicados.</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>Press room</source>
        <translation>Sala de prensa</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>La plantilla %1 no es Mustache válido: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Refusing to write outside the folder: %1</source>
        <translation>Se rechaza escribir fuera de la carpeta: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation>No se puede escribir el manifiesto: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Another publish into %1 is running.</source>
        <translation>Ya se está publicando en %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
</context>
<context>
    <name>ReleaseFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>ReleaseStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message numerus="yes">
        <source>The event is linked from %n release(s); unlink it first.</source>
        <translation>
            <numerusform>El evento está vinculado desde %n comunicado; desvincúlelo primero.</numerusform>
            <numerusform>El evento está vinculado desde %n comunicados; desvincúlelo primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message numerus="yes">
        <source>The organization takes part in %n event(s); remove it from them first.</source>
        <translation>
            <numerusform>La organización participa en %n evento; retírela primero de él.</numerusform>
            <numerusform>La organización participa en %n eventos; retírela primero de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>No existe ningún comunicado con el id %1.</translation>
    </message>
    <message>
        <source>The release was changed elsewhere since it was opened (version %1 was opened, version %2 is saved). Nothing was overwritten.</source>
        <translation>El comunicado se modificó en otro lugar después de abrirlo (se abrió la versión %1 y la guardada es la %2). No se sobrescribió nada.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No existe ningún registro (%1) con el id %2.</translation>
    </message>
    <message>
        <source>The %1 was changed elsewhere since it was opened (version %2 was opened, version %3 is saved). Nothing was overwritten; reopen it to see the other changes.</source>
        <translation>Este registro (%1) se modificó en otro lugar después de abrirlo (se abrió la versión %2 y la guardada es la %3). No se sobrescribió nada; vuelva a abrirlo para ver los otros cambios.</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>The speaker is quoted or named as a contact in: %1. Remove them from those releases first.</source>
        <translation>El orador aparece citado o como contacto en: %1. Retírelo primero de esos comunicados.</translation>
    </message>
    <message>
        <source>%1 already has the address %2.</source>
        <translation>%1 ya tiene la dirección %2.</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contacto de prensa</translation>
    </message>
    <message>
        <source>There is already a list named "%1".</source>
        <translation>Ya hay una lista llamada «%1».</translation>
    </message>
    <message>
        <source>media list</source>
        <translation>lista de medios</translation>
    </message>
    <message>
        <source>Not allowed on this team newsroom: %1</source>
        <translation>No permitido en esta sala de prensa de equipo: %1</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n comunicado</numerusform>
            <numerusform>%n comunicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n orador</numerusform>
            <numerusform>%n oradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all (%2); nothing can be salvaged from it.</source>
        <translation>%1 no se puede leer en absoluto (%2); no se puede rescatar nada.</translation>
    </message>
    <message>
        <source>Salvaging %1 failed: %2</source>
        <translation>No se pudo rescatar %1: %2</translation>
    </message>
    <message>
        <source>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</source>
        <translation>%1 está abierto en Pressdesk o en otro programa. Ciérrelo allí primero; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The rescued copy is %1, but %2 could not be moved aside to take its place.</source>
        <translation>La copia rescatada es %1, pero %2 no se pudo apartar para que ocupe su lugar.</translation>
    </message>
    <message>
        <source>Cannot put the rescued copy %1 in place; the damaged file was put back.</source>
        <translation>No se puede colocar la copia rescatada %1; se volvió a poner el archivo dañado.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The closing quotation mark was missing; the phrase runs to the end.</source>
        <translation>Faltaban las comillas de cierre; la frase llega hasta el final.</translation>
    </message>
    <message>
        <source>"%1:" needs a value.</source>
        <translation>«%1:» necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; use draft, in_review, approved, published or archived.</source>
        <translation>Estado desconocido «%1»; use draft, in_review, approved, published o archived.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-07-01.</source>
        <translation>«%1» no es una fecha; escríbala como 2026-07-01.</translation>
    </message>
    <message>
        <source>embargoed: takes yes or no.</source>
        <translation>embargoed: admite yes o no.</translation>
    </message>
    <message>
        <source>Ignored "%1": it has no letters or digits.</source>
        <translation>Se ignoró «%1»: no contiene letras ni dígitos.</translation>
    </message>
    <message>
        <source>Ignored "OR": it joins two words, as in migrant OR refugee.</source>
        <translation>Se ignoró «OR»: une dos palabras, como en migrante OR refugiada.</translation>
    </message>
    <message>
        <source>Searched "%1" as ordinary words: NEAR is not part of the search language.</source>
        <translation>Se buscó «%1» como palabras corrientes: NEAR no forma parte del lenguaje de búsqueda.</translation>
    </message>
    <message>
        <source>Ignored the filters (%1): they apply to releases only.</source>
        <translation>Se ignoraron los filtros (%1): solo se aplican a los comunicados.</translation>
    </message>
    <message>
        <source>Ignored "%1:": it applies to releases only.</source>
        <translation>Se ignoró «%1:»: solo se aplica a comunicados.</translation>
    </message>
    <message>
        <source>Ignored "%1:": it applies to media contacts only.</source>
        <translation>Se ignoró «%1:»: solo se aplica a contactos de prensa.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Media Contacts</source>
        <translation>Contactos de prensa</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>Go to a field or button</source>
        <translation>Ir a un campo o botón</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la letra subrayada</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Pestaña siguiente o anterior</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Control+Tabulador, Control+Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Abrir la fila seleccionada</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Take a suggestion of a picker</source>
        <translation>Elegir una sugerencia de un selector</translation>
    </message>
    <message>
        <source>Down, then Enter</source>
        <translation>Abajo y luego Intro</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Cerrar un cuadro de diálogo</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Release body text</source>
        <translation>Cuerpo del comunicado</translation>
    </message>
    <message>
        <source>Quotes in the body</source>
        <translation>Citas en el cuerpo</translation>
    </message>
    <message>
        <source>Insert a quote at the cursor</source>
        <translation>Insertar una cita en el cursor</translation>
    </message>
    <message>
        <source>Move the selected quote up or down</source>
        <translation>Subir o bajar la cita seleccionada</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Arriba, Alt+Abajo</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comment on the field you are in</source>
        <translation>Comentar el campo en el que está</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>The target is not empty (it has %1); nothing was copied. Copy into a new file or an empty newsroom.</source>
        <translation>El destino no está vacío (tiene %1); no se copió nada. Copie a un archivo nuevo o a una sala de prensa vacía.</translation>
    </message>
    <message>
        <source>%1: %2 rows were read but %3 arrived.</source>
        <translation>%1: se leyeron %2 filas pero llegaron %3.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>No se copió nada: %1</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Falta la tabla %1.</translation>
    </message>
    <message>
        <source>Only the newsroom's owner, %1, copies a newsroom in: the copy keeps every author, date and approval as it was, which nobody else may write. Connect as %1. Nothing was copied.</source>
        <translation>Solo el propietario de la sala de prensa, %1, puede copiar una sala de prensa en ella: la copia conserva cada autor, fecha y aprobación tal como eran, algo que nadie más puede escribir. Conéctese como %1. No se copió nada.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>%1 is not a role; the roles are contributor, editor, publisher and admin.</source>
        <translation>%1 no es un rol; los roles son colaborador (contributor), editor, publicador (publisher) y administrador (admin).</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, with every role; people are added on a team newsroom (a PostgreSQL server).</source>
        <translation>Un archivo de Pressdesk tiene una sola persona, el usuario local, con todos los roles; las personas se añaden en una sala de prensa de equipo (un servidor PostgreSQL).</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, with every role.</source>
        <translation>Un archivo de Pressdesk tiene una sola persona, el usuario local, con todos los roles.</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, who cannot be removed.</source>
        <translation>Un archivo de Pressdesk tiene una sola persona, el usuario local, que no se puede quitar.</translation>
    </message>
    <message>
        <source>%1 is not a field of a release; use headline, subheadline, lead, body:N or quote:N.</source>
        <translation>%1 no es un campo de un comunicado; use headline, subheadline, lead, body:N o quote:N.</translation>
    </message>
    <message>
        <source>A comment needs text.</source>
        <translation>Un comentario necesita texto.</translation>
    </message>
    <message>
        <source>There is no comment with id %1.</source>
        <translation>No hay ningún comentario con el id %1.</translation>
    </message>
    <message>
        <source>A Pressdesk file has no password of its own; the local user needs none.</source>
        <translation>Un archivo de Pressdesk no tiene contraseña propia; el usuario local no la necesita.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Una contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>Una contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one reviewer.</source>
        <translation>Elija al menos un revisor.</translation>
    </message>
    <message>
        <source>%1 cannot review: reviewers are the editors, publishers and admins of this newsroom.</source>
        <translation>%1 no puede revisar: los revisores son los editores, publicadores y administradores de esta sala de prensa.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The event name is required.</source>
        <translation>El nombre del evento es obligatorio.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>La fecha de inicio es obligatoria.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>El evento no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation>«%1» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>The online link must be an http or https address.</source>
        <translation>El enlace en línea debe ser una dirección http o https.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>The website must be an http or https address.</source>
        <translation>El sitio web debe ser una dirección http o https.</translation>
    </message>
    <message>
        <source>The logo is %1 MB; at most %2 MB are allowed.</source>
        <translation>El logotipo ocupa %1 MB; se permiten como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The headline is required.</source>
        <translation>El titular es obligatorio.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; at most %2 are allowed.</source>
        <translation>El titular tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The language must be a code such as "en" or "es".</source>
        <translation>El idioma debe ser un código como «en» o «es».</translation>
    </message>
    <message>
        <source>An embargo needs a time zone.</source>
        <translation>Un embargo necesita una zona horaria.</translation>
    </message>
    <message>
        <source>A published release needs a dateline.</source>
        <translation>Un comunicado publicado necesita lugar y fecha.</translation>
    </message>
    <message>
        <source>A published release needs a body.</source>
        <translation>Un comunicado publicado necesita un cuerpo.</translation>
    </message>
    <message>
        <source>The release is embargoed until %1 UTC; it cannot be published before then.</source>
        <translation>El comunicado está embargado hasta el %1 UTC; no se puede publicar antes.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Este texto tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The release has %1 quotes; at most %2 are allowed.</source>
        <translation>El comunicado tiene %1 citas; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The quote has no text.</source>
        <translation>La cita no tiene texto.</translation>
    </message>
    <message>
        <source>The quote has no speaker.</source>
        <translation>La cita no tiene orador.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>El nombre completo es obligatorio.</translation>
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>The photo is %1 MB; at most %2 MB are allowed.</source>
        <translation>La foto ocupa %1 MB; se permiten como máximo %2 MB.</translation>
    </message>
    <message>
        <source>"%1" is not a language code such as "es".</source>
        <translation>«%1» no es un código de idioma como «es».</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter language code such as "es".</source>
        <translation>«%1» no es un código de idioma de dos letras como «es».</translation>
    </message>
    <message>
        <source>The list needs a name.</source>
        <translation>La lista necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>WorkflowPolicy</name>
    <message>
        <source>%1 is not a person of this newsroom; ask an admin to add them.</source>
        <translation>%1 no es una persona de esta sala de prensa; pida a un administrador que la añada.</translation>
    </message>
    <message>
        <source>An editor cannot change a release that is %1; a publisher can.</source>
        <translation>Un editor no puede cambiar un comunicado en estado «%1»; un publicador sí puede.</translation>
    </message>
    <message>
        <source>A contributor can change only their own releases; this one is %1's.</source>
        <translation>Un colaborador solo puede cambiar sus propios comunicados; este es de %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>A contributor can change a release only while it is a draft or in review; this one is %1.</source>
        <translation>Un colaborador solo puede cambiar un comunicado mientras es un borrador o está en revisión; este está en estado «%1».</translation>
    </message>
    <message>
        <source>A contributor can ask for review but cannot set a release to %1; an editor approves and a publisher publishes.</source>
        <translation>Un colaborador puede pedir revisión, pero no puede poner un comunicado en estado «%1»; un editor aprueba y un publicador publica.</translation>
    </message>
    <message>
        <source>An editor cannot set a release to %1; a publisher can.</source>
        <translation>Un editor no puede poner un comunicado en estado «%1»; un publicador sí puede.</translation>
    </message>
</context>
<context>
    <name>pressdesk::AboutDialog</name>
    <message>
        <source>About Pressdesk</source>
        <translation>Acerca de Pressdesk</translation>
    </message>
    <message>
        <source>Pressdesk %1</source>
        <translation>Pressdesk %1</translation>
    </message>
    <message>
        <source>An offline newsroom editor for press releases.</source>
        <translation>Un editor de comunicados de prensa sin conexión.</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Copyright © 2026 The Pressdesk developers.</source>
        <translation>Distribuido con licencia MIT. Copyright © 2026 Los desarrolladores de Pressdesk.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1; se ejecuta con Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Archivo de base de &amp;datos:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>HTML export &amp;template:</source>
        <translation>&amp;Plantilla de exportación HTML:</translation>
    </message>
    <message>
        <source>built in (put your own in %1)</source>
        <translation>integrada (ponga la suya en %1)</translation>
    </message>
    <message>
        <source>HTML export template</source>
        <translation>Plantilla de exportación HTML</translation>
    </message>
</context>
<context>
    <name>pressdesk::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Creado como %1</translation>
    </message>
    <message>
        <source>Edited (version %1)</source>
        <translation>Editado (versión %1)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Movido a la papelera</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Recuperado de la papelera</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Comentario %1</translation>
    </message>
    <message>
        <source>Approved version %1</source>
        <translation>Versión %1 aprobada</translation>
    </message>
    <message>
        <source>Draft of the %1 version (revision %2) for %3</source>
        <translation>Borrador de la versión en %1 (revisión %2) para %3</translation>
    </message>
    <message>
        <source>Sent the %1 version (revision %2) to %3 by SMTP</source>
        <translation>Versión en %1 (revisión %2) enviada a %3 por SMTP</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::AddPersonDialog</name>
    <message>
        <source>&amp;Make a one-time password (shown once, after adding)</source>
        <translation>&amp;Crear una contraseña de un solo uso (se muestra una vez, al añadir)</translation>
    </message>
    <message>
        <source>&amp;Type a password:</source>
        <translation>Escri&amp;bir una contraseña:</translation>
    </message>
    <message>
        <source>Ask them to &amp;choose their own password at first connection</source>
        <translation>Pedirle que eli&amp;ja su propia contraseña al conectarse por primera vez</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>anna.berg</source>
        <translation>ana.berg</translation>
    </message>
    <message>
        <source>The login name: lower-case letters, digits, _ . and -</source>
        <translation>El nombre de usuario: minúsculas, dígitos, _ . y -</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Primera contraseña:</translation>
    </message>
    <message>
        <source>The login name needs lower-case letters, digits, _ . or - (at most 48), starting with a letter or _.</source>
        <translation>El nombre de usuario lleva minúsculas, dígitos, _ . o - (48 como máximo) y empieza por una letra o _.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Una contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>Una contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::BackupController</name>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>Save a verified copy of the whole database</source>
        <translation>Guardar una copia verificada de toda la base de datos</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current file is kept aside</source>
        <translation>Sustituir la base de datos por una copia de seguridad; el archivo actual se conserva aparte</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Pressdesk databases (*.sqlite)</source>
        <translation>Bases de datos de Pressdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Replace the current database with %1?

The current file is kept beside it, renamed, and Pressdesk closes so that you can start it again on the restored data.</source>
        <translation>¿Sustituir la base de datos actual por %1?

El archivo actual se conserva a su lado con otro nombre, y Pressdesk se cierra para que pueda volver a abrirlo con los datos restaurados.</translation>
    </message>
    <message>
        <source>Restored. The previous file was kept as %1.
Pressdesk will now close.</source>
        <translation>Restaurada. El archivo anterior se conservó como %1.
Pressdesk se cerrará ahora.</translation>
    </message>
    <message>
        <source>Today's backup: %1</source>
        <translation>Copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La copia de seguridad automática falló: %1</translation>
    </message>
    <message>
        <source>Restore &amp;From Backup…</source>
        <translation>Res&amp;taurar desde una copia…</translation>
    </message>
</context>
<context>
    <name>pressdesk::CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comments on this release</source>
        <translation>Comentarios sobre este comunicado</translation>
    </message>
    <message>
        <source>Field the new comment is on</source>
        <translation>Campo al que se refiere el nuevo comentario</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>Write a comment, or select one and reply</source>
        <translation>Escriba un comentario, o seleccione uno y responda</translation>
    </message>
    <message>
        <source>A new comment on the chosen field</source>
        <translation>Un comentario nuevo sobre el campo elegido</translation>
    </message>
    <message>
        <source>Answer the selected comment in its thread</source>
        <translation>Responde al comentario seleccionado en su hilo</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (resuelto)</translation>
    </message>
    <message>
        <source>Save the release to comment on it.</source>
        <translation>Guarde el comunicado para comentarlo.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Ciudad de emisión</translation>
    </message>
    <message>
        <source>Dateline country</source>
        <translation>País de emisión</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texto institucional</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notas para los editores</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>This release was saved elsewhere (version %1) after you opened it (version %2). Choose what to keep; the other version stays in the history.</source>
        <translation>Este comunicado se guardó en otro lugar (versión %1) después de que usted lo abriera (versión %2). Elija qué conservar; la otra versión queda en el historial.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suya&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;La otra&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The texts are the same; other fields (quotes, links, status) differ.</source>
        <translation>Los textos son iguales; difieren otros campos (citas, vínculos, estado).</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar la otra</translation>
    </message>
    <message>
        <source>Merge As Chosen</source>
        <translation>Combinar según lo elegido</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
</context>
<context>
    <name>pressdesk::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Connect to Team Newsroom</source>
        <translation>Conectar a la sala de prensa del equipo</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>sala_de_prensa</translation>
    </message>
    <message>
        <source>Verify the certificate and the server's name (verify-full)</source>
        <translation>Verificar el certificado y el nombre del servidor (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate (verify-ca)</source>
        <translation>Verificar el certificado (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Cifrar sin verificar (require)</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Cifrar si el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <source>Do not encrypt: this computer or a trusted network only (disable)</source>
        <translation>No cifrar: solo este equipo o una red de confianza (disable)</translation>
    </message>
    <message>
        <source>The system's certificates</source>
        <translation>Los certificados del sistema</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>Ci&amp;frado (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la &amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Server: give the name or address of the newsroom's server.</source>
        <translation>Servidor: indique el nombre o la dirección del servidor de la sala de prensa.</translation>
    </message>
    <message>
        <source>Database: give the name of the newsroom's database.</source>
        <translation>Base de datos: indique el nombre de la base de datos de la sala de prensa.</translation>
    </message>
    <message>
        <source>User name: give your user name on the server.</source>
        <translation>Usuario: indique su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>CA certificate: %1 cannot be read.</source>
        <translation>Certificado de la CA: no se puede leer %1.</translation>
    </message>
    <message>
        <source>Server: "%1" is not a valid server name.</source>
        <translation>Servidor: «%1» no es un nombre de servidor válido.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: a Pressdesk newsroom is there.</source>
        <translation>Conectado: ahí hay una sala de prensa de Pressdesk.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactEditor</name>
    <message>
        <source>es, en (most preferred first)</source>
        <translation>es, en (el preferido primero)</translation>
    </message>
    <message>
        <source>economy, health</source>
        <translation>economía, salud</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Medio:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Beats:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Respects embargoes</source>
        <translation>Respeta embargos</translation>
    </message>
    <message>
        <source>The Address Works Again</source>
        <translation>La dirección vuelve a funcionar</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>New media contact</source>
        <translation>Nuevo contacto de prensa</translation>
    </message>
    <message>
        <source>Messages to this address bounced on %1: %2</source>
        <translation>Los mensajes a esta dirección rebotaron el %1: %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactImport</name>
    <message>
        <source>Import Media Contacts</source>
        <translation>Importar contactos de medios</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation>Contactos (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s).</source>
        <translation>
            <numerusform>%n contacto nuevo.</numerusform>
            <numerusform>%n contactos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) already in the newsroom (the same e-mail address).</source>
        <translation>
            <numerusform>%n contacto ya está en la redacción (la misma dirección de correo).</numerusform>
            <numerusform>%n contactos ya están en la redacción (la misma dirección de correo).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Them</source>
        <translation>&amp;Actualizarlos</translation>
    </message>
    <message>
        <source>&amp;Keep Them as They Are</source>
        <translation>&amp;Dejarlos como están</translation>
    </message>
    <message>
        <source>No contact could be read from these files.</source>
        <translation>No se pudo leer ningún contacto de estos archivos.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported media contacts: %1 new, %2 updated, %3 already there and kept as they were.</source>
        <translation>Contactos de medios importados: %1 nuevos, %2 actualizados, %3 ya estaban y se dejaron como estaban.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search contacts: words, lang:es, beat:economy, country:Panamá, outlet:…</source>
        <translation>Buscar contactos: palabras, lang:es, beat:economía, country:Panamá, outlet:…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Contactos de prensa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Media lists</source>
        <translation>Listas de medios</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>New List</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>Add to List Being Edited</source>
        <translation>Añadir a la lista en edición</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>The address bounced: %1</source>
        <translation>La dirección rebotó: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n recipient(s))</source>
        <translation>
            <numerusform>%1 (%n destinatario)</numerusform>
            <numerusform>%1 (%n destinatarios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Eliminar lista</translation>
    </message>
    <message>
        <source>Delete the list “%1”? The contacts on it are kept.</source>
        <translation>¿Eliminar la lista «%1»? Sus contactos se conservan.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? They also leave every list.</source>
        <translation>
            <numerusform>¿Eliminar %n contacto definitivamente? También sale de todas las listas.</numerusform>
            <numerusform>¿Eliminar %n contactos definitivamente? También salen de todas las listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Media contacts from CSV or vCard files; those already here are found by e-mail</source>
        <translation>Contactos de medios desde archivos CSV o vCard; los que ya están se reconocen por el correo electrónico</translation>
    </message>
</context>
<context>
    <name>pressdesk::CsvMappingDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Las filas son:</translation>
    </message>
    <message>
        <source>Columns (%1 rows, %2):</source>
        <translation>Columnas (%1 filas, %2):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Elija la columna que contiene: %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Contactos de medios</translation>
    </message>
</context>
<context>
    <name>pressdesk::Database</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Versión del esquema %1; se esperaba %2.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Pressdesk (schema %2; this version reads up to schema %3). Nothing was changed; please update Pressdesk.</source>
        <translation>%1 fue configurada por una versión más reciente de Pressdesk (esquema %2; esta versión lee hasta el esquema %3). No se cambió nada; actualice Pressdesk.</translation>
    </message>
    <message>
        <source>%1 is not a Pressdesk newsroom: it holds other tables (%2). Nothing was changed; use an empty database.</source>
        <translation>%1 no es una sala de prensa de Pressdesk: contiene otras tablas (%2). No se cambió nada; use una base de datos vacía.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a Pressdesk newsroom. Set it up with pressdesk team init.</source>
        <translation>%1 es una base de datos vacía, aún no es una sala de prensa de Pressdesk. Configúrela con pressdesk team init.</translation>
    </message>
</context>
<context>
    <name>pressdesk::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Seleccione un elemento para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>pressdesk::EditorArea</name>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (cambios sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>«%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>Pressdesk closed without saving your changes to “%1” (autosaved %2).</source>
        <translation>Pressdesk se cerró sin guardar sus cambios en «%1» (guardado automático: %2).</translation>
    </message>
    <message>
        <source>an untitled record</source>
        <translation>un registro sin título</translation>
    </message>
    <message>
        <source>Restore them in an editor, or discard them?</source>
        <translation>¿Restaurarlos en un editor o descartarlos?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>pressdesk::EventEditor</name>
    <message>
        <source>New event, not saved</source>
        <translation>Evento nuevo, sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>e.g. 4th</source>
        <translation>p. ej., 4.ª</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>En&amp;lace en línea:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation>Escriba para añadir una organización</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Type to add a speaker</source>
        <translation>Escriba para añadir un orador</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <source>Releases linking this event. Double-click to open one.</source>
        <translation>Comunicados vinculados a este evento. Haga doble clic para abrir uno.</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Co-organizer</source>
        <translation>Coorganizador</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Orador principal</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation>Añadir organización</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Añadir orador</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>Quitar organización</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Quitar orador</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Evento nuevo</translation>
    </message>
    <message>
        <source>Releases (%1)</source>
        <translation>Comunicados (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Participantes (%1)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Ed&amp;ition:</source>
        <translation>Ed&amp;ición:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Inici&amp;o:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>Luga&amp;r:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Añadir una organización</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Añadir un orador</translation>
    </message>
    <message>
        <source>Releases linking this event</source>
        <translation>Comunicados vinculados a este evento</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>pressdesk::EventListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
</context>
<context>
    <name>pressdesk::ExportController</name>
    <message>
        <source>Export Releases</source>
        <translation>Exportar comunicados</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;OpenDocument…</source>
        <translation>Exportar como &amp;OpenDocument…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>Exportar como &amp;texto sin formato…</translation>
    </message>
    <message>
        <source>Export as &amp;ninjs…</source>
        <translation>Exportar como &amp;ninjs…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation>Copiar como texto &amp;enriquecido</translation>
    </message>
    <message>
        <source>Copy as Plain Te&amp;xt</source>
        <translation>Copiar como te&amp;xto sin formato</translation>
    </message>
    <message>
        <source>Export &amp;Selected Releases…</source>
        <translation>Exportar los comunicados &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Export &amp;All Listed Releases…</source>
        <translation>Exportar todos los com&amp;unicados de la lista…</translation>
    </message>
    <message>
        <source>Export &amp;Events as iCalendar…</source>
        <translation>Exportar los eventos como i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Export Spea&amp;kers as vCard…</source>
        <translation>Exportar los o&amp;radores como vCard…</translation>
    </message>
    <message>
        <source>Export &amp;List as CSV…</source>
        <translation>Exportar la &amp;lista como CSV…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>Carta &amp;EE. UU.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The release could not be read: %1</source>
        <translation>No se pudo leer el comunicado: %1</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Exportar comunicado</translation>
    </message>
    <message>
        <source>There are no releases to export.</source>
        <translation>No hay comunicados que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Release(s) to Folder</source>
        <translation>
            <numerusform>Exportar %n comunicado a una carpeta</numerusform>
            <numerusform>Exportar %n comunicados a una carpeta</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting releases…</source>
        <translation>Exportando comunicados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were written; no file was left half-written.</source>
        <translation>
            <numerusform>Cancelado: se escribió %n archivo; ningún archivo quedó a medio escribir.</numerusform>
            <numerusform>Cancelado: se escribieron %n archivos; ningún archivo quedó a medio escribir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n comunicado a %1.</numerusform>
            <numerusform>Se exportaron %n comunicados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>There are no events to export.</source>
        <translation>No hay eventos que exportar.</translation>
    </message>
    <message>
        <source>Export Speakers</source>
        <translation>Exportar oradores</translation>
    </message>
    <message>
        <source>There are no speakers to export.</source>
        <translation>No hay oradores que exportar.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The release could not be printed.</source>
        <translation>No se pudo imprimir el comunicado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n comunicado a %1</numerusform>
            <numerusform>Se exportaron %n comunicados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Paper Si&amp;ze</source>
        <translation>Tamaño &amp;del papel</translation>
    </message>
</context>
<context>
    <name>pressdesk::ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Open the exported file in its application</source>
        <translation>Abrir el archivo exportado en su aplicación</translation>
    </message>
    <message>
        <source>Show the folder the file was written to</source>
        <translation>Mostrar la carpeta donde se escribió el archivo</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Cerrar el aviso de exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>Se exportó «%1» a %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::FirstRunAssistant</name>
    <message>
        <source>Welcome to Pressdesk</source>
        <translation>Bienvenido a Pressdesk</translation>
    </message>
    <message>
        <source>Load Logo</source>
        <translation>Cargar logotipo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logotipos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Tell Pressdesk who issues your releases. Every release starts with this letterhead, ends with this text and names this media contact. You can change all of it later in Organizations and Preferences.</source>
        <translation>Indique a Pressdesk quién emite sus comunicados. Cada comunicado empieza con este membrete, termina con este texto y nombra a este contacto de prensa. Puede cambiarlo todo más tarde en Organizaciones y Preferencias.</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Nuestra organización</translation>
    </message>
    <message>
        <source>UN Agency for Migration, Costa Rica office</source>
        <translation>Agencia de la ONU para las Migraciones, oficina de Costa Rica</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Who we are, in two or three sentences: printed under "About …".</source>
        <translation>Quiénes somos, en dos o tres frases: se imprime bajo «Acerca de …».</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Quiénes somos</translation>
    </message>
    <message>
        <source>&amp;About us:</source>
        <translation>&amp;Quiénes somos:</translation>
    </message>
    <message>
        <source>Media contact</source>
        <translation>Contacto de prensa</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>New releases</source>
        <translation>Comunicados nuevos</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read (PNG, JPEG or SVG up to 5 MB).</source>
        <translation>«%1» no es un logotipo que Pressdesk pueda leer (PNG, JPEG o SVG de hasta 5 MB).</translation>
    </message>
    <message>
        <source>Logo loaded (SVG)</source>
        <translation>Logotipo cargado (SVG)</translation>
    </message>
    <message>
        <source>Name: write the name of your organization, or choose Not Now.</source>
        <translation>Nombre: escriba el nombre de su organización, o elija Ahora no.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Version %1
%2 · %3</source>
        <translation>Versión %1
%2 · %3</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <source>Save the text of version %1 as a new version? The current version stays in the history.</source>
        <translation>¿Guardar el texto de la versión %1 como una versión nueva? La versión actual queda en el historial.</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (modificado)</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Esta es la versión actual.</translation>
    </message>
    <message>
        <source>The text is the same as the current version.</source>
        <translation>El texto es igual al de la versión actual.</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>No se pudo restaurar la versión %1: %2</translation>
    </message>
    <message>
        <source>&amp;Versions (newest first):</source>
        <translation>Vers&amp;iones (la más reciente primero):</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>C&amp;hanges from the selected version to the current one:</source>
        <translation>Ca&amp;mbios de la versión seleccionada a la actual:</translation>
    </message>
    <message>
        <source>Changed fields &amp;only</source>
        <translation>&amp;Solo los campos modificados</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportBlockView</name>
    <message>
        <source>your choice</source>
        <translation>elección suya</translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation>seguro al %1 %</translation>
    </message>
    <message>
        <source>Blocks of the pasted text</source>
        <translation>Bloques del texto pegado</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>%1 (%2): right-click or press a key to move it</source>
        <translation>%1 (%2): haga clic con el botón derecho o pulse una tecla para moverlo</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import releases, speakers or events from files</source>
        <translation>Importar comunicados, oradores o eventos desde archivos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Already in Pressdesk</source>
        <translation>Ya está en Pressdesk</translation>
    </message>
    <message>
        <source>Records to import that are already in Pressdesk: %1.</source>
        <translation>Registros por importar que ya están en Pressdesk: %1.</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlos</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Actualizarlos</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texto soltado</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importado: %1 creados, %2 actualizados, %3 omitidos.</translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation>Importando %1 registros…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Read the copied release (text or web page) into a new release, for review</source>
        <translation>Leer el comunicado copiado (texto o página web) como un comunicado nuevo, para revisarlo</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read as a release. Copy the release first.</source>
        <translation>El portapapeles no contiene texto para leer como comunicado. Copie primero el comunicado.</translation>
    </message>
    <message>
        <source>Paste as &amp;New Release</source>
        <translation>Pegar como &amp;nuevo comunicado</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportProblemsDialog</name>
    <message>
        <source>Import: Records with Problems</source>
        <translation>Importar: registros con problemas</translation>
    </message>
    <message>
        <source>Nothing can be imported: none of the records can be read. Here is why.</source>
        <translation>No se puede importar nada: ninguno de los registros se puede leer. Este es el motivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n registro.</numerusform>
            <numerusform>Se pueden importar %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cannot and will be left out; nothing is written until you choose Import the Others.</source>
        <translation>
            <numerusform>%n registro no se puede importar y se dejará fuera; no se escribe nada hasta que elija Importar los demás.</numerusform>
            <numerusform>%n registros no se pueden importar y se dejarán fuera; no se escribe nada hasta que elija Importar los demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) can be imported, but some were changed on the way. Check them before you import.</source>
        <translation>
            <numerusform>El registro (%n) se puede importar, pero se modificó al leerlo. Revíselo antes de importar.</numerusform>
            <numerusform>Los %n registros se pueden importar, pero algunos se modificaron al leerlos. Revíselos antes de importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Records with problems</source>
        <translation>Registros con problemas</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Se deja fuera</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Se importa, modificado</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
    <message>
        <source>&amp;Import the Others</source>
        <translation>&amp;Importar los demás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Revisar importación</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha del comunicado</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>&amp;Subheadline:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <source>Dateline &amp;city:</source>
        <translation>&amp;Ciudad de emisión:</translation>
    </message>
    <message>
        <source>Dateline c&amp;ountry:</source>
        <translation>&amp;País de emisión:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation>&amp;Entradilla:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Acerca de:</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notas para los editores:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>None (keep in the body)</source>
        <translation>Ninguno (dejar en el cuerpo)</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Orador nuevo</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. The original text is kept with the release.</source>
        <translation>No se guarda nada hasta que elija Importar. El texto original se conserva con el comunicado.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
    <message>
        <source>The body as it will be saved: **bold**, *italic*, lines starting with - are a list.</source>
        <translation>El cuerpo tal como se guardará: **negrita**, *cursiva*, las líneas que empiezan con - forman una lista.</translation>
    </message>
    <message>
        <source>Discard Your Edits?</source>
        <translation>¿Descartar sus cambios?</translation>
    </message>
    <message>
        <source>You changed what will be imported. Throw those changes away? Nothing is imported.</source>
        <translation>Ha cambiado lo que se va a importar. ¿Descartar esos cambios? No se importará nada.</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Embargado hasta</translation>
    </message>
    <message>
        <source>Embargo time</source>
        <translation>Hora del embargo</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Zona horaria del embargo</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Each block of the pasted text is tinted by the field it went to. To move one, right-click it or select it and press H (headline), S (subheadline), L (lead), B (body), Q (quote), N (notes), A (about) or I (ignore); %1 undoes.</source>
        <translation>Cada bloque del texto pegado lleva el color del campo al que fue. Para moverlo, haga clic con el botón derecho o selecciónelo y pulse H (titular), S (subtítulo), L (entradilla), B (cuerpo), Q (cita), N (notas), A (acerca de) o I (ignorar); %1 deshace.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Move a Block to %1</source>
        <translation>Mover un bloque a %1</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: ninguno</translation>
    </message>
    <message>
        <source>Date: from the dateline.</source>
        <translation>Fecha: de la data.</translation>
    </message>
    <message>
        <source>Date: printed above the lead.</source>
        <translation>Fecha: impresa sobre la entradilla.</translation>
    </message>
    <message>
        <source>Date: as the page declares it.</source>
        <translation>Fecha: la que declara la página.</translation>
    </message>
    <message>
        <source>Date: none found, so none is set. Enter it on the Fields page if you know it.</source>
        <translation>Fecha: no se encontró ninguna, así que no se fija. Escríbala en la página Campos si la conoce.</translation>
    </message>
    <message>
        <source>%1 (on file: %2)</source>
        <translation>%1 (en el archivo: %2)</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin cargo</translation>
    </message>
    <message>
        <source>Printed in this release: %1
On file for %2: %3
The quote keeps the printed title as its attribution; the speaker's record is not changed.</source>
        <translation>Impreso en este comunicado: %1
En el archivo de %2: %3
La cita conserva el cargo impreso como atribución; la ficha del portavoz no cambia.</translation>
    </message>
</context>
<context>
    <name>pressdesk::MailPreferences</name>
    <message>
        <source>Sending e-mail</source>
        <translation>Envío de correo</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>smtp://mail.example.org:587</source>
        <translation>smtp://mail.example.org:587</translation>
    </message>
    <message>
        <source>smtp://host:587 uses STARTTLS; smtps://host:465 uses TLS from the start</source>
        <translation>smtp://host:587 usa STARTTLS; smtps://host:465 usa TLS desde el principio</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Vacío si el servidor no pide inicio de sesión</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Optional: a PEM file of certificates to trust</source>
        <translation>Opcional: un archivo PEM de certificados de confianza</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <source>Your e-&amp;mail address:</source>
        <translation>Su dirección de &amp;correo:</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Certificates:</source>
        <translation>Certi&amp;ficados:</translation>
    </message>
    <message>
        <source>Messages per minu&amp;te:</source>
        <translation>&amp;Mensajes por minuto:</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>A password needs an SMTP server and a user.</source>
        <translation>Una contraseña necesita un servidor SMTP y un usuario.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::MainActions</name>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>Move the selected items to the trash</source>
        <translation>Mover los elementos seleccionados a la papelera</translation>
    </message>
    <message>
        <source>Restore the selected items from the trash</source>
        <translation>Restaurar los elementos seleccionados de la papelera</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Buscar en la lista actual</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Pressdesk</source>
        <translation>&amp;Acerca de Pressdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Create a new record in the current section</source>
        <translation>Crear un registro nuevo en la sección actual</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>&amp;Cerrar el editor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Create &amp;Translation…</source>
        <translation>Crear &amp;traducción…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Comunicado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>pressdesk::MainWindow</name>
    <message>
        <source>This list has no search.</source>
        <translation>Esta lista no tiene búsqueda.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet. Save them first?</source>
        <translation>«%1» tiene cambios que aún no se han guardado. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>Use the Saved Version</source>
        <translation>Usar la versión guardada</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Deshacer mover a la papelera</translation>
    </message>
    <message>
        <source>Our organization is set up. Write the first release with Ctrl+N.</source>
        <translation>Su organización está configurada. Escriba el primer comunicado con Ctrl+N.</translation>
    </message>
    <message>
        <source>%1 — Pressdesk</source>
        <translation>%1 — Pressdesk</translation>
    </message>
</context>
<context>
    <name>pressdesk::MediaListEditor</name>
    <message>
        <source>lang:es beat:economy country:Guatemala</source>
        <translation>lang:es beat:economía country:Guatemala</translation>
    </message>
    <message>
        <source>Who joins the list by themselves: words, "phrases", a OR b, -excluded, and name: outlet: role: beat: lang: country: email:</source>
        <translation>Quién entra en la lista por sí solo: palabras, "frases", a OR b, -excluidas, y name: outlet: role: beat: lang: country: email:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Saved filter:</source>
        <translation>Filtro guardado:</translation>
    </message>
    <message>
        <source>Added by hand:</source>
        <translation>Añadidos a mano:</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who is on the list now</source>
        <translation>Quién está en la lista ahora</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Guardar lista</translation>
    </message>
    <message>
        <source>New media list</source>
        <translation>Nueva lista de medios</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>found by the filter</source>
        <translation>encontrado por el filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now</source>
        <translation>
            <numerusform>%n destinatario ahora</numerusform>
            <numerusform>%n destinatarios ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n excluido</numerusform>
            <numerusform>%n excluidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::NavigationList</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>pressdesk::NewSpeakerDialog</name>
    <message>
        <source>New Speaker</source>
        <translation>Orador nuevo</translation>
    </message>
    <message>
        <source>The speaker is saved at once and can be completed later in the Speakers section.</source>
        <translation>El orador se guarda de inmediato y puede completarse más tarde en la sección Oradores.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>&amp;Cargo actual:</translation>
    </message>
    <message>
        <source>e.g. Deputy Minister of Labour and Social Welfare</source>
        <translation>p. ej., Viceministra de Trabajo y Bienestar Social</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Pick one, or type a new name to create it</source>
        <translation>Elija una o escriba un nombre nuevo para crearla</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
</context>
<context>
    <name>pressdesk::NotificationBell</name>
    <message>
        <source>(no headline)</source>
        <translation>(sin titular)</translation>
    </message>
    <message>
        <source>%1 asked you to review “%2”</source>
        <translation>%1 le pide que revise «%2»</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1 aprobó «%2»</translation>
    </message>
    <message>
        <source>%1 sent “%2” back to draft</source>
        <translation>%1 devolvió «%2» a borrador</translation>
    </message>
    <message>
        <source>%1 commented on %2 of “%3”</source>
        <translation>%1 comentó %2 de «%3»</translation>
    </message>
    <message>
        <source>%1 replied to your comment on “%2”</source>
        <translation>%1 respondió a su comentario sobre «%2»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>No hay notificaciones</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificación sin leer</numerusform>
            <numerusform>%n notificaciones sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::OrganizationEditor</name>
    <message>
        <source>New organization, not saved</source>
        <translation>Organización nueva, sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Acronym, e.g. IOM</source>
        <translation>Sigla, p. ej., OIM</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Boilerplate:</source>
        <translation>&amp;Texto institucional:</translation>
    </message>
    <message>
        <source>The "About" paragraph printed at the end of releases</source>
        <translation>El párrafo «Acerca de» que se imprime al final de los comunicados</translation>
    </message>
    <message>
        <source>Our organization: the letterhead and boilerplate of new releases (change it in Preferences).</source>
        <translation>Nuestra organización: el membrete y el texto institucional de los comunicados nuevos (se cambia en Preferencias).</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Load Logo</source>
        <translation>Cargar logotipo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logotipos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read.</source>
        <translation>«%1» no es un logotipo que Pressdesk pueda leer.</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Organización nueva</translation>
    </message>
    <message>
        <source>Logo stored (SVG)</source>
        <translation>Logotipo guardado (SVG)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Sh&amp;ort name:</source>
        <translation>Nombre c&amp;orto:</translation>
    </message>
    <message>
        <source>Load logo</source>
        <translation>Cargar logotipo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Use as Our Organization</source>
        <translation>Usar como nuestra organi&amp;zación</translation>
    </message>
    <message>
        <source>New releases take this organization's letterhead, logo and boilerplate</source>
        <translation>Los comunicados nuevos llevan el membrete, el logotipo y el texto institucional de esta organización</translation>
    </message>
</context>
<context>
    <name>pressdesk::OrganizationListModel</name>
    <message>
        <source>Ours</source>
        <translation>Nuestra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
</context>
<context>
    <name>pressdesk::PagePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::PasswordChangeDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>You connected to %1 as %2 with a one-time password. Choose your own password to start working; the one-time password stops working.</source>
        <translation>Se ha conectado a %1 como %2 con una contraseña de un solo uso. Elija su propia contraseña para empezar a trabajar; la de un solo uso deja de funcionar.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>%1 must choose a password before working in %2: connect once with a window, or run pressdesk team password.</source>
        <translation>%1 debe elegir una contraseña antes de trabajar en %2: conéctese una vez con una ventana o ejecute pressdesk team password.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PeopleController</name>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, you, with every role; people are managed on a team newsroom (File ▸ Connect to Team Newsroom…).</source>
        <translation>Un archivo de Pressdesk tiene una sola persona, usted, con todos los roles; las personas se gestionan en una sala de prensa de equipo (Archivo ▸ Conectar a la sala de prensa del equipo…).</translation>
    </message>
    <message>
        <source>Only admins manage people; you are %1 here.</source>
        <translation>Solo los administradores gestionan las personas; aquí usted es %1.</translation>
    </message>
    <message>
        <source>no person of this newsroom</source>
        <translation>nadie de esta sala de prensa</translation>
    </message>
    <message>
        <source>Add people to this newsroom, change their roles or remove them</source>
        <translation>Añadir personas a esta sala de prensa, cambiar sus roles o quitarlas</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Sala de prensa</translation>
    </message>
</context>
<context>
    <name>pressdesk::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>People of this newsroom</source>
        <translation>Personas de esta sala de prensa</translation>
    </message>
    <message>
        <source>Role of the selected person</source>
        <translation>Rol de la persona seleccionada</translation>
    </message>
    <message>
        <source>They can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>Ya no podrá conectarse; sus comunicados, comentarios e historial se conservan, con su nombre.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Not yet (has a one-time password)</source>
        <translation>Todavía no (tiene una contraseña de un solo uso)</translation>
    </message>
    <message>
        <source>One-time password for %1, shown only now: give it to them in person. They choose their own password when they first connect; this one expires in 7 days.</source>
        <translation>Contraseña de un solo uso para %1, que solo se muestra ahora: entréguesela en persona. Elegirá su propia contraseña al conectarse por primera vez; esta caduca en 7 días.</translation>
    </message>
    <message>
        <source>%1 is added as %2.</source>
        <translation>%1 se ha añadido como %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Remove %1 from this newsroom? They can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>¿Quitar a %1 de esta sala de prensa? Ya no podrá conectarse; sus comunicados, comentarios e historial se conservan, con su nombre.</translation>
    </message>
    <message>
        <source>%1 can no longer connect; their work stays.</source>
        <translation>%1 ya no puede conectarse; su trabajo se conserva.</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Restablecer con&amp;traseña…</translation>
    </message>
    <message>
        <source>Gives them a one-time password, shown once here; they choose their own when they next connect.</source>
        <translation>Le da una contraseña de un solo uso, que se muestra una vez aquí; elegirá la suya en su próxima conexión.</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their present password stops working now, and until they choose their own at their next connection they can do nothing else.</source>
        <translation>¿Dar a %1 una nueva contraseña de un solo uso? Su contraseña actual deja de funcionar ahora y, hasta que elija la suya en su próxima conexión, no podrá hacer nada más.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PersonalDictionary</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::PostgresStore</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): %3</source>
        <translation>No se puede conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1: %2</source>
        <translation>No se puede preparar la conexión con %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>No se pueden leer las tablas de %1: %2</translation>
    </message>
    <message>
        <source>Creating or upgrading the schema of %1 to version %2 failed; nothing was changed. %3</source>
        <translation>No se pudo crear o actualizar el esquema de %1 a la versión %2; no se cambió nada. %3</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>comunicados</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>oradores</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 are missing from the search index.</source>
        <translation>
            <numerusform>Falta %n elemento de %1 en el índice de búsqueda.</numerusform>
            <numerusform>Faltan %n elementos de %1 en el índice de búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1.</source>
        <translation>No se pueden escuchar los cambios en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n words of the search index are missing from its word list, so words being typed may miss releases. The newsroom's owner can list them again with: SELECT pressdesk_relearn_words();</source>
        <translation>
            <numerusform>Falta %n palabra del índice de búsqueda en su lista de palabras, así que las palabras que se escriben pueden no encontrar algunos comunicados. El propietario de la sala de prensa puede volver a listarlas con: SELECT pressdesk_relearn_words();</numerusform>
            <numerusform>Faltan %n palabras del índice de búsqueda en su lista de palabras, así que las palabras que se escriben pueden no encontrar algunos comunicados. El propietario de la sala de prensa puede volver a listarlas con: SELECT pressdesk_relearn_words();</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a newsroom of schema %2, and this Pressdesk needs schema %3. Only the newsroom's owner, %4, can upgrade it: ask them to run pressdesk team init with its address and this version of Pressdesk. Nothing was changed.</source>
        <translation>%1 contiene una sala de prensa con el esquema %2, y este Pressdesk necesita el esquema %3. Solo el propietario de la sala de prensa, %4, puede actualizarla: pídale que ejecute pressdesk team init con su dirección y esta versión de Pressdesk. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Our organization:</source>
        <translation>&amp;Nuestra organización:</translation>
    </message>
    <message>
        <source>The letterhead, boilerplate and default media contacts of new releases</source>
        <translation>El membrete, el texto institucional y los contactos de prensa predeterminados de los comunicados nuevos</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Idioma pre&amp;determinado de los comunicados:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Guardado automático cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Carpeta de &amp;exportación:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xplorar…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time Pressdesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie Pressdesk.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <source>System follows the desktop's light or dark colours</source>
        <translation>«Sistema» sigue los colores claros u oscuros del escritorio</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Ortografía:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>pressdesk::PublishController</name>
    <message>
        <source>Publish Press &amp;Room…</source>
        <translation>Pu&amp;blicar la sala de prensa…</translation>
    </message>
    <message>
        <source>Write the published releases as a website with feeds</source>
        <translation>Escribir los comunicados publicados como un sitio web con canales</translation>
    </message>
</context>
<context>
    <name>pressdesk::PublishDialog</name>
    <message>
        <source>Publish Press Room</source>
        <translation>Publicar la sala de prensa</translation>
    </message>
    <message>
        <source>Writes the published releases as a website: a folder of pages, feeds and PDFs that any web server can serve. Drafts, releases in review or approved and releases under embargo are never included.</source>
        <translation>Escribe los comunicados publicados como un sitio web: una carpeta de páginas, canales y PDF que cualquier servidor web puede servir. Nunca se incluyen borradores, comunicados en revisión o aprobados ni comunicados bajo embargo.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Language codes separated by commas, such as en, es; empty for every language.</source>
        <translation>Códigos de idioma separados por comas, como en, es; vacío para todos los idiomas.</translation>
    </message>
    <message>
        <source>A PDF of each release</source>
        <translation>Un PDF de cada comunicado</translation>
    </message>
    <message>
        <source>Open the press room in the browser afterwards</source>
        <translation>Abrir después la sala de prensa en el navegador</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Dirección web:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Folder for the Press Room</source>
        <translation>Carpeta para la sala de prensa</translation>
    </message>
    <message>
        <source>The web address must start with https:// or http://.</source>
        <translation>La dirección web debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <source>"%1" is not a language code (such as en, es or pt-BR).</source>
        <translation>«%1» no es un código de idioma (como en, es o pt-BR).</translation>
    </message>
    <message>
        <source>The press room could not be published: %1</source>
        <translation>No se pudo publicar la sala de prensa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n release(s) to %1.</source>
        <translation>
            <numerusform>Se publicó %n comunicado en %1.</numerusform>
            <numerusform>Se publicaron %n comunicados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, %1 unchanged, %2 removed.</source>
        <translation>
            <numerusform>%n archivo escrito, %1 sin cambios, %2 eliminados.</numerusform>
            <numerusform>%n archivos escritos, %1 sin cambios, %2 eliminados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::QuoteMarkers</name>
    <message>
        <source>Quote %1: %2
Drag to move it in the body.</source>
        <translation>Cita %1: %2
Arrástrela para moverla en el cuerpo.</translation>
    </message>
    <message>
        <source>Quote places in the body</source>
        <translation>Lugares de las citas en el cuerpo</translation>
    </message>
    <message>
        <source>Each quote is set between the paragraphs where its badge is. Move a quote with Alt+Up and Alt+Down in the Quotes tab, or Insert Quote Here at the cursor.</source>
        <translation>Cada cita se coloca entre los párrafos donde está su marca. Mueva una cita con Alt+Arriba y Alt+Abajo en la pestaña Citas, o con Insertar cita aquí en el cursor.</translation>
    </message>
</context>
<context>
    <name>pressdesk::RecentNewsrooms</name>
    <message>
        <source>Open Ne&amp;wsroom…</source>
        <translation>Abrir &amp;redacción…</translation>
    </message>
    <message>
        <source>Open another newsroom file in a window of its own</source>
        <translation>Abrir otro archivo de redacción en una ventana propia</translation>
    </message>
    <message>
        <source>Open Newsroom</source>
        <translation>Abrir redacción</translation>
    </message>
    <message>
        <source>Pressdesk newsrooms (*.pressdesk *.sqlite *.db);;All files (*)</source>
        <translation>Redacciones de Pressdesk (*.pressdesk *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</source>
        <translation>%1 ya no está ahí (se movió, cambió de nombre o se eliminó); se quita de la lista.</translation>
    </message>
    <message>
        <source>Pressdesk could not start on %1.</source>
        <translation>Pressdesk no pudo abrirse con %1.</translation>
    </message>
    <message>
        <source>No Other Newsrooms Yet</source>
        <translation>Aún no hay otras redacciones</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Newsroom…</source>
        <translation>Conectar a la sala de prensa del e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open a newsroom your team shares on a PostgreSQL server</source>
        <translation>Abrir una sala de prensa que su equipo comparte en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to Team Newsroom</source>
        <translation>Conectar a la sala de prensa del equipo</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). The new window uses it until it is closed.</source>
        <translation>El llavero del sistema no pudo guardar la contraseña (%1). La nueva ventana la usa hasta que se cierre.</translation>
    </message>
    <message>
        <source>Open R&amp;ecent</source>
        <translation>Abrir reci&amp;ente</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseAccess</name>
    <message>
        <source>You can read this release and comment on it, but not change it: %1</source>
        <translation>Puede leer este comunicado y comentarlo, pero no cambiarlo: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>This release is open for reading while someone else edits it; choose Edit Anyway to change it.</source>
        <translation>Este comunicado está abierto para lectura mientras otra persona lo edita; elija «Editar de todos modos» para modificarlo.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseChangeWatch</name>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Show the version stored now (asks first when you have unsaved changes).</source>
        <translation>Muestra la versión guardada ahora (pregunta antes si tiene cambios sin guardar).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare your text with the version stored now and choose what to keep.</source>
        <translation>Compare su texto con la versión guardada ahora y elija qué conservar.</translation>
    </message>
    <message>
        <source>Reload Release</source>
        <translation>Recargar el comunicado</translation>
    </message>
    <message>
        <source>Reloading shows the stored version and discards your unsaved changes. Compare lets you keep some of them.</source>
        <translation>Al recargar se muestra la versión guardada y se descartan sus cambios sin guardar. «Comparar» le permite conservar algunos.</translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Descartar y recargar</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseComments</name>
    <message>
        <source>Comment on This Field</source>
        <translation>Comentar este campo</translation>
    </message>
    <message>
        <source>Show or hide the comments beside the release (Ctrl+Alt+M comments on the field you are in)</source>
        <translation>Muestra u oculta los comentarios junto al comunicado (Ctrl+Alt+M comenta el campo en el que está)</translation>
    </message>
    <message>
        <source>Comment on the field that has the focus</source>
        <translation>Comenta el campo que tiene el foco</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comentarios (%1)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n comentario abierto</numerusform>
            <numerusform>%n comentarios abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseEditor</name>
    <message>
        <source>New release, not saved</source>
        <translation>Comunicado nuevo, sin guardar</translation>
    </message>
    <message>
        <source>Earlier versions of this release</source>
        <translation>Versiones anteriores de este comunicado</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;icar</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vista &amp;previa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Head&amp;line:</source>
        <translation>Ti&amp;tular:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <source>0/100</source>
        <translation>0/100</translation>
    </message>
    <message>
        <source>Su&amp;bheadline:</source>
        <translation>Su&amp;btítulo:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation>&amp;Fecha del comunicado:</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>The time zone the embargo is given in</source>
        <translation>La zona horaria en la que se indica el embargo</translation>
    </message>
    <message>
        <source>FOR IMMEDIATE RELEASE</source>
        <translation>PARA DIFUSIÓN INMEDIATA</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. migration, gender</source>
        <translation>Separadas por comas, p. ej., migración, género</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Who, what, when, where, why</source>
        <translation>Quién, qué, cuándo, dónde, por qué</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Cue&amp;rpo:</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the quote up</source>
        <translation>Subir la cita</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the quote down</source>
        <translation>Bajar la cita</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>&amp;Orador:</translation>
    </message>
    <message>
        <source>Type a name or organization</source>
        <translation>Escriba un nombre o una organización</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>Orador &amp;nuevo…</translation>
    </message>
    <message>
        <source>Attri&amp;bution:</source>
        <translation>Atri&amp;bución:</translation>
    </message>
    <message>
        <source>As printed, e.g. Deputy Minister of Labour of Costa Rica</source>
        <translation>Tal como se imprime, p. ej., Viceministra de Trabajo de Costa Rica</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>Ci&amp;ta:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Eventos vinculados</translation>
    </message>
    <message>
        <source>Type to add an event</source>
        <translation>Escriba para añadir un evento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Contactos de prensa</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Escriba para añadir un contacto</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>About the organi&amp;zation (boilerplate):</source>
        <translation>Acerca de la organi&amp;zación (texto institucional):</translation>
    </message>
    <message>
        <source>Edit a copy of the organization’s text</source>
        <translation>Editar una copia del texto de la organización</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notas para los editores:</translation>
    </message>
    <message>
        <source>Preview as exported</source>
        <translation>Vista previa tal como se exporta</translation>
    </message>
    <message>
        <source>Show this release or one of its translations</source>
        <translation>Mostrar este comunicado o una de sus traducciones</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(sin orador)</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Crear traducción</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traducir al:</translation>
    </message>
    <message>
        <source>Link event</source>
        <translation>Vincular evento</translation>
    </message>
    <message>
        <source>Unlink event</source>
        <translation>Desvincular evento</translation>
    </message>
    <message>
        <source>Add media contact</source>
        <translation>Añadir contacto de prensa</translation>
    </message>
    <message>
        <source>Remove media contact</source>
        <translation>Quitar contacto de prensa</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Comunicado nuevo</translation>
    </message>
    <message>
        <source>The organization has no boilerplate; write one for this release here.</source>
        <translation>La organización no tiene texto institucional; escriba uno aquí para este comunicado.</translation>
    </message>
    <message>
        <source>Empty: the organization's text is used:

%1</source>
        <translation>Vacío: se usa el texto de la organización:

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to read</source>
        <translation>
            <numerusform>aprox. %n minuto de lectura</numerusform>
            <numerusform>aprox. %n minutos de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Headlines read best under %1 characters.</source>
        <translation>Los titulares se leen mejor con menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters are allowed.</source>
        <translation>Demasiado largo: se permiten como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Long: headlines read best under %1 characters.</source>
        <translation>Largo: los titulares se leen mejor con menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved, version %1</source>
        <translation>Guardado, versión %1</translation>
    </message>
    <message>
        <source>This release</source>
        <translation>Este comunicado</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>En paralelo: %1</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Move quote</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Vínculos (%1)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Save the release first: the translation starts as a copy of the saved text.</source>
        <translation>Guarde primero el comunicado: la traducción empieza como una copia del texto guardado.</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Create translation…</source>
        <translation>Crear tra&amp;ducción…</translation>
    </message>
    <message>
        <source>Datel&amp;ine:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Dateline country</source>
        <translation>País de emisión</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>E&amp;mbargo:</source>
        <translation>Emba&amp;rgo:</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo hasta</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Zona horaria del embargo</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Auth&amp;or:</source>
        <translation>Aut&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Lead paragraph:</source>
        <translation>E&amp;ntradilla:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Lin&amp;ked events</source>
        <translation>Eve&amp;ntos vinculados</translation>
    </message>
    <message>
        <source>Link an event</source>
        <translation>Vincular un evento</translation>
    </message>
    <message>
        <source>Remove linked event</source>
        <translation>Quitar evento vinculado</translation>
    </message>
    <message>
        <source>&amp;Media contacts</source>
        <translation>Con&amp;tactos de prensa</translation>
    </message>
    <message>
        <source>Add a media contact</source>
        <translation>Añadir un contacto de prensa</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Vista previa de</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Add a speaker who is not in the list yet</source>
        <translation>Añadir un orador que aún no está en la lista</translation>
    </message>
    <message>
        <source>The release was approved and its text changed, so it is back in review: it needs approval again before it is published.</source>
        <translation>El comunicado estaba aprobado y su texto cambió, así que vuelve a revisión: necesita una nueva aprobación antes de publicarse.</translation>
    </message>
    <message>
        <source>Insert Quote Here</source>
        <translation>Insertar cita aquí</translation>
    </message>
    <message>
        <source>Move the Selected Quote Here</source>
        <translation>Mover aquí la cita seleccionada</translation>
    </message>
    <message>
        <source>Move the quote up in the body (Alt+Up)</source>
        <translation>Subir la cita en el cuerpo (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the quote down in the body (Alt+Down)</source>
        <translation>Bajar la cita en el cuerpo (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Placed before the body.</source>
        <translation>Colocada antes del cuerpo.</translation>
    </message>
    <message>
        <source>Placed after paragraph %1 of %2: “%3”</source>
        <translation>Colocada después del párrafo %1 de %2: «%3»</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Review requested of %1.</source>
        <translation>Revisión pedida a %1.</translation>
    </message>
    <message>
        <source>The release is in review, but its reviewers were not asked: %1</source>
        <translation>El comunicado está en revisión, pero no se ha pedido la revisión a sus revisores: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFields</name>
    <message>
        <source>Spell checking is off for this language. %1</source>
        <translation>La revisión ortográfica está desactivada para este idioma. %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>With or without embargo</source>
        <translation>Con o sin embargo</translation>
    </message>
    <message>
        <source>Embargoed</source>
        <translation>Embargados</translation>
    </message>
    <message>
        <source>Not embargoed</source>
        <translation>Sin embargo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Quoted speaker</source>
        <translation>Orador citado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>Embargo filter</source>
        <translation>Filtro de embargo</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtro de evento</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Filtro de orador</translation>
    </message>
    <message>
        <source>Author filter</source>
        <translation>Filtro de autor</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseListModel</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleasePresence</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Editar de todos modos</translation>
    </message>
    <message>
        <source>Change the release too; if they save first, your save offers to compare the two.</source>
        <translation>Modifique también el comunicado; si la otra persona guarda antes, al guardar podrá comparar las dos versiones.</translation>
    </message>
    <message>
        <source>Clear Lock</source>
        <translation>Quitar el bloqueo</translation>
    </message>
    <message>
        <source>Admins: take the release over (someone left it open and went away).</source>
        <translation>Administradores: tomar el comunicado (alguien lo dejó abierto y se fue).</translation>
    </message>
    <message>
        <source>%1. You are reading it; Edit Anyway lets you change it too.</source>
        <translation>%1. Lo está leyendo; «Editar de todos modos» le permite modificarlo también.</translation>
    </message>
    <message>
        <source>%1. You are editing it too: if they save first, your save offers to compare the two.</source>
        <translation>%1. Usted también lo está editando: si la otra persona guarda antes, al guardar podrá comparar las dos versiones.</translation>
    </message>
    <message>
        <source>The lock could not be cleared: %1</source>
        <translation>No se pudo quitar el bloqueo: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReviewQueueButton</name>
    <message>
        <source>For My Review (%1)</source>
        <translation>Para mi revisión (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) in review that you are asked to review</source>
        <translation>
            <numerusform>%n comunicado en revisión que le piden revisar</numerusform>
            <numerusform>%n comunicados en revisión que le piden revisar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::ReviewersDialog</name>
    <message>
        <source>Request Review</source>
        <translation>Pedir revisión</translation>
    </message>
    <message>
        <source>Who should review this release? They find it under For My Review.</source>
        <translation>¿Quién debe revisar este comunicado? Lo encontrará en Para mi revisión.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>This newsroom has no editor, publisher or admin yet; ask an admin to add one.</source>
        <translation>Esta sala de prensa aún no tiene editores, publicadores ni administradores; pida a un administrador que añada uno.</translation>
    </message>
    <message>
        <source>&amp;Request Review</source>
        <translation>&amp;Pedir revisión</translation>
    </message>
    <message>
        <source>Tick at least one reviewer.</source>
        <translation>Marque al menos un revisor.</translation>
    </message>
</context>
<context>
    <name>pressdesk::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Vínculo…</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar formato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Address (https://…), empty to remove the link:</source>
        <translation>Dirección (https://…); vacía para quitar el vínculo:</translation>
    </message>
</context>
<context>
    <name>pressdesk::SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>pressdesk::SectionView</name>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Buscar en %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>No se pudo realizar la búsqueda: %1</translation>
    </message>
    <message>
        <source>Nothing matches this search. Clear the search field (Esc) to see everything.</source>
        <translation>Nada coincide con esta búsqueda. Vacíe el campo de búsqueda (Esc) para verlo todo.</translation>
    </message>
    <message>
        <source>No releases yet.
Write the first one with New (Ctrl+N), paste one you already have with Edit ▸ Paste as New Release (Ctrl+Shift+V), or import files with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>Aún no hay comunicados.
Escriba el primero con Nuevo (Ctrl+N), pegue uno que ya tenga con Edición ▸ Pegar como comunicado nuevo (Ctrl+Mayús+V) o importe archivos con Archivo ▸ Importar (Ctrl+Mayús+I).</translation>
    </message>
    <message>
        <source>No speakers yet.
Add the people your releases quote with New (Ctrl+N), with their exact titles, or import a list (CSV or vCard) with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>Aún no hay oradores.
Añada a las personas que citan sus comunicados con Nuevo (Ctrl+N), con sus cargos exactos, o importe una lista (CSV o vCard) con Archivo ▸ Importar (Ctrl+Mayús+I).</translation>
    </message>
    <message>
        <source>No events yet.
Add a congress, workshop or launch with New (Ctrl+N), or import a calendar (.ics) with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>Aún no hay eventos.
Añada un congreso, taller o lanzamiento con Nuevo (Ctrl+N), o importe un calendario (.ics) con Archivo ▸ Importar (Ctrl+Mayús+I).</translation>
    </message>
    <message>
        <source>No organizations yet.
Add your own with New (Ctrl+N) and choose Use as Our Organization: it gives new releases their letterhead, logo and boilerplate. Partners and funders go here too.</source>
        <translation>Aún no hay organizaciones.
Añada la suya con Nuevo (Ctrl+N) y elija Usar como nuestra organización: da a los comunicados nuevos su membrete, logotipo y texto institucional. Los socios y financiadores también van aquí.</translation>
    </message>
    <message>
        <source>The trash is empty.
What you move to the trash waits here until you restore it.</source>
        <translation>La papelera está vacía.
Lo que mueva a la papelera espera aquí hasta que lo restaure.</translation>
    </message>
    <message>
        <source>The list could not be read (%1). What it shows may be out of date; Refresh (F5) tries again.</source>
        <translation>No se pudo leer la lista (%1). Lo que muestra puede estar desactualizado; Actualizar (F5) lo vuelve a intentar.</translation>
    </message>
</context>
<context>
    <name>pressdesk::SendController</name>
    <message>
        <source>Send to &amp;Media…</source>
        <translation>Enviar a &amp;medios…</translation>
    </message>
    <message>
        <source>E-mail the current release to media lists and people</source>
        <translation>Enviar por correo el comunicado actual a listas de medios y personas</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when Pressdesk stopped: they may or may not have arrived. Review them under Send to Media ▸ Record.</source>
        <translation>
            <numerusform>%n mensaje se estaba enviando cuando Pressdesk se detuvo: puede haber llegado o no. Revíselo en Enviar a medios ▸ Registro.</numerusform>
            <numerusform>%n mensajes se estaban enviando cuando Pressdesk se detuvo: pueden haber llegado o no. Revíselos en Enviar a medios ▸ Registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that waited in the outbox were sent.</source>
        <translation>
            <numerusform>Se envió %n mensaje que esperaba en la bandeja de salida.</numerusform>
            <numerusform>Se enviaron %n mensajes que esperaban en la bandeja de salida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::SendDialog</name>
    <message>
        <source>Send to Media</source>
        <translation>Enviar a medios</translation>
    </message>
    <message>
        <source>Who Gets What</source>
        <translation>Quién recibe qué</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Send &amp;Test to Me</source>
        <translation>Enviarme una prue&amp;ba</translation>
    </message>
    <message>
        <source>Send the message of the recipient shown in the preview to your own address only</source>
        <translation>Enviar el mensaje del destinatario de la vista previa solo a su propia dirección</translation>
    </message>
    <message>
        <source>Save &amp;Drafts for My Mail Program…</source>
        <translation>Guardar bo&amp;rradores para mi programa de correo…</translation>
    </message>
    <message>
        <source>One .eml draft per language with everyone in Bcc, to send from your own mailbox</source>
        <translation>Un borrador .eml por idioma con todos en CCO, para enviar desde su propio buzón</translation>
    </message>
    <message>
        <source>Send Through &amp;SMTP</source>
        <translation>Enviar por &amp;SMTP</translation>
    </message>
    <message>
        <source>One personal message per recipient through the server set in Preferences</source>
        <translation>Un mensaje personal por destinatario a través del servidor configurado en Preferencias</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Folder for the Drafts</source>
        <translation>Carpeta de los borradores</translation>
    </message>
    <message>
        <source>Send Under Embargo</source>
        <translation>Enviar bajo embargo</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not kept; set it in Preferences to keep it in the keychain):</source>
        <translation>Contraseña de %1 en %2 (no se guarda; configúrela en Preferencias para guardarla en el llavero):</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>Media &amp;lists</source>
        <translation>&amp;Listas de medios</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Under embargo until %1: only people who respect embargoes get it.</source>
        <translation>Bajo embargo hasta %1: solo lo reciben quienes respetan los embargos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>As s&amp;een by:</source>
        <translation>&amp;Como lo ve:</translation>
    </message>
    <message>
        <source>Send What &amp;Waits</source>
        <translation>Enviar lo pen&amp;diente</translation>
    </message>
    <message>
        <source>Try again the messages that wait in the outbox for the server in Preferences</source>
        <translation>Volver a intentar los mensajes que esperan en la bandeja de salida para el servidor de Preferencias</translation>
    </message>
    <message>
        <source>Pick media lists or people on the left.</source>
        <translation>Elija listas de medios o personas a la izquierda.</translation>
    </message>
    <message>
        <source>Nobody picked may receive this release.</source>
        <translation>Ninguna de las personas elegidas puede recibir este comunicado.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), one message each:</source>
        <translation>
            <numerusform>%n destinatario, un mensaje:</numerusform>
            <numerusform>%n destinatarios, un mensaje cada uno:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 version: %n recipient(s)</source>
        <translation>
            <numerusform>• versión en %1: %n destinatario</numerusform>
            <numerusform>• versión en %1: %n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody picked is left out.</source>
        <translation>No queda fuera nadie de los elegidos.</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Queda fuera (%n):</numerusform>
            <numerusform>Quedan fuera (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The preview shows the message of a recipient once people are picked.</source>
        <translation>La vista previa muestra el mensaje de un destinatario cuando haya personas elegidas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;De:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Para:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Asunto:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Sin adjuntos.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>This release is under embargo until %1 (%2 where you are). Only people who respect embargoes get it. Send it now?</source>
        <translation>Este comunicado está bajo embargo hasta %1 (%2 donde usted está). Solo lo reciben quienes respetan los embargos. ¿Enviarlo ahora?</translation>
    </message>
    <message>
        <source>Set the SMTP server in Preferences first (File ▸ Preferences…).</source>
        <translation>Configure primero el servidor SMTP en Preferencias (Archivo ▸ Preferencias…).</translation>
    </message>
    <message>
        <source>No password for %1 on %2: nothing was sent.</source>
        <translation>No hay contraseña para %1 en %2: no se envió nada.</translation>
    </message>
    <message>
        <source>The drafts could not be saved: %1</source>
        <translation>No se pudieron guardar los borradores: %1</translation>
    </message>
    <message>
        <source>The drafts are saved, but who got them could not be recorded: %1</source>
        <translation>Los borradores están guardados, pero no se pudo registrar quién los recibió: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n draft(s) in %1: open each in your mail program and send it.</source>
        <translation>
            <numerusform>Se guardó %n borrador en %1: ábralo en su programa de correo y envíelo.</numerusform>
            <numerusform>Se guardaron %n borradores en %1: abra cada uno en su programa de correo y envíelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set your name and e-mail address in Preferences first (File ▸ Preferences…).</source>
        <translation>Configure primero su nombre y su dirección de correo en Preferencias (Archivo ▸ Preferencias…).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Enviando %n mensaje…</numerusform>
            <numerusform>Enviando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>No entregado a %1: %2</translation>
    </message>
    <message>
        <source>Will try %1 again later: %2</source>
        <translation>Se volverá a intentar con %1 más tarde: %2</translation>
    </message>
    <message>
        <source>The outbox could not be opened: %1</source>
        <translation>No se pudo abrir la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the mail server (%1). Sent %2; %n message(s) wait in the outbox and go with Send What Waits (Record tab) once the connection is back.</source>
        <translation>
            <numerusform>No se pudo contactar con el servidor de correo (%1). Enviados: %2; %n mensaje espera en la bandeja de salida y saldrá con «Enviar lo pendiente» (pestaña Registro) cuando vuelva la conexión.</numerusform>
            <numerusform>No se pudo contactar con el servidor de correo (%1). Enviados: %2; %n mensajes esperan en la bandeja de salida y saldrán con «Enviar lo pendiente» (pestaña Registro) cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1; %2 could not be delivered and %3 wait to be tried again (listed below).</source>
        <translation>Enviados: %1; %2 no se pudieron entregar y %3 esperan otro intento (abajo).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Se envió %n mensaje.</numerusform>
            <numerusform>Se enviaron %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend &amp;Uncertain…</source>
        <translation>Reenviar los &amp;inciertos…</translation>
    </message>
    <message>
        <source>Review and resend the messages that were being sent when Pressdesk stopped: they may or may not have arrived</source>
        <translation>Revisar y reenviar los mensajes que se estaban enviando cuando Pressdesk se detuvo: pueden haber llegado o no</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (versión en %2)</translation>
    </message>
    <message>
        <source>Resend Uncertain Messages</source>
        <translation>Reenviar los mensajes inciertos</translation>
    </message>
    <message>
        <source>Pressdesk stopped while these messages were being handed to the mail server, so they may or may not have arrived:

%1

Resend them? Whoever got them already will get them twice.</source>
        <translation>Pressdesk se detuvo mientras entregaba estos mensajes al servidor de correo, así que pueden haber llegado o no:

%1

¿Reenviarlos? Quien ya los recibió los recibirá dos veces.</translation>
    </message>
    <message>
        <source>Waiting for the outbox, which is sending in the background…</source>
        <translation>Esperando a la bandeja de salida, que está enviando en segundo plano…</translation>
    </message>
    <message>
        <source>&amp;Mark as Delivered…</source>
        <translation>&amp;Marcar como entregados…</translation>
    </message>
    <message>
        <source>Record the uncertain messages as sent, when you know they arrived (they are not sent again)</source>
        <translation>Registrar los mensajes inciertos como enviados, cuando sabe que llegaron (no se vuelven a enviar)</translation>
    </message>
    <message>
        <source>Mark as Delivered</source>
        <translation>Marcar como entregados</translation>
    </message>
    <message>
        <source>Record these messages as sent? Do so only when you know they arrived (the journalist or the server's log says so); they will not be sent again.

%1</source>
        <translation>¿Registrar estos mensajes como enviados? Hágalo solo si sabe que llegaron (lo dice el periodista o el registro del servidor); no se volverán a enviar.

%1</translation>
    </message>
    <message>
        <source>The messages could not be marked: %1</source>
        <translation>No se pudieron marcar los mensajes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n mensaje registrado como enviado.</numerusform>
            <numerusform>%n mensajes registrados como enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::SentRecordView</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Server's reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revisión %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>This release has not been sent yet.</source>
        <translation>Este comunicado aún no se ha enviado.</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting %3.</source>
        <translation>Enviados %1, fallidos %2, en espera %3.</translation>
    </message>
    <message>
        <source>Sent record</source>
        <translation>Registro de envíos</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting %3, uncertain %4 (may or may not have arrived).</source>
        <translation>Enviados %1, fallidos %2, en espera %3, inciertos %4 (pueden haber llegado o no).</translation>
    </message>
</context>
<context>
    <name>pressdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Action or key, e.g. save or Ctrl+S</source>
        <translation>Acción o tecla, p. ej., guardar o Control+S</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpeakerEditor</name>
    <message>
        <source>New speaker, not saved</source>
        <translation>Orador nuevo, sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>e.g. Dr., Hon.</source>
        <translation>p. ej., Dra., Excmo.</translation>
    </message>
    <message>
        <source>Derived from the full name until you change it</source>
        <translation>Se deriva del nombre completo hasta que lo cambie</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>Pick one, or type a new name to create it on save</source>
        <translation>Elija una o escriba un nombre nuevo para crearla al guardar</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Codes, comma-separated: es, en</source>
        <translation>Códigos separados por comas: es, en</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Biografía:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Quoted in</source>
        <translation>Citado en</translation>
    </message>
    <message>
        <source>Double-click to open the release</source>
        <translation>Haga doble clic para abrir el comunicado</translation>
    </message>
    <message>
        <source>Load Photo</source>
        <translation>Cargar foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>“%1” is not an image Pressdesk can read.</source>
        <translation>«%1» no es una imagen que Pressdesk pueda leer.</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Orador nuevo</translation>
    </message>
    <message>
        <source>Quoted in (%1)</source>
        <translation>Citado en (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Hon&amp;orific:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>Sor&amp;t name:</source>
        <translation>Nombre para &amp;ordenar:</translation>
    </message>
    <message>
        <source>Current t&amp;itle:</source>
        <translation>Ca&amp;rgo actual:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Load photo</source>
        <translation>Cargar foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpeakerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellCheckGroup</name>
    <message>
        <source>No Suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>The word is accepted until Pressdesk quits, but it could not be saved: %1</source>
        <translation>La palabra se acepta hasta que se cierre Pressdesk, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Accept this word until Pressdesk quits</source>
        <translation>Aceptar esta palabra hasta que se cierre Pressdesk</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellChecker</name>
    <message>
        <source>No dictionary.</source>
        <translation>No hay ningún diccionario.</translation>
    </message>
    <message>
        <source>The dictionary files %1 and %2 are missing.</source>
        <translation>Faltan los archivos de diccionario %1 y %2.</translation>
    </message>
    <message>
        <source>The dictionary %1 uses the encoding %2, which this system cannot convert.</source>
        <translation>El diccionario %1 usa la codificación %2, que este sistema no puede convertir.</translation>
    </message>
    <message>
        <source>Pressdesk was built without Hunspell.</source>
        <translation>Pressdesk se compiló sin Hunspell.</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellingService</name>
    <message>
        <source>No dictionary found for %1 in %2.</source>
        <translation>No se encontró ningún diccionario para %1 en %2.</translation>
    </message>
    <message>
        <source>Hunspell is not built in.</source>
        <translation>Hunspell no está integrado.</translation>
    </message>
    <message>
        <source>Spell checking is off: Pressdesk was built without Hunspell.</source>
        <translation>La revisión ortográfica está desactivada: Pressdesk se compiló sin Hunspell.</translation>
    </message>
    <message>
        <source>Spell checking is off: no Hunspell dictionary found in %1.</source>
        <translation>La revisión ortográfica está desactivada: no se encontró ningún diccionario de Hunspell en %1.</translation>
    </message>
    <message>
        <source>Spell checking: no dictionary for English, Spanish or French.</source>
        <translation>Revisión ortográfica: no hay ningún diccionario de inglés, español ni francés.</translation>
    </message>
    <message>
        <source>Spell checking: %1 available.</source>
        <translation>Revisión ortográfica disponible para: %1.</translation>
    </message>
    <message>
        <source>Not available: %1 (no dictionary installed).</source>
        <translation>No disponible para: %1 (no hay ningún diccionario instalado).</translation>
    </message>
</context>
<context>
    <name>pressdesk::SqliteStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>No se puede crear %1: la carpeta %2 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Pressdesk database.</source>
        <translation>%1 es una carpeta, no una base de datos de Pressdesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>No se puede leer %1: permiso denegado.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the file is read-only.</source>
        <translation>No se puede abrir %1 para escribir: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Pressdesk database.</source>
        <translation>%1 es una base de datos SQLite, pero no de Pressdesk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Pressdesk (schema %2; this version reads up to schema %3). It was left unchanged; please update Pressdesk.</source>
        <translation>%1 fue escrito por una versión más reciente de Pressdesk (esquema %2; esta versión lee hasta el esquema %3). No se ha modificado; actualice Pressdesk.</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again when it is closed.</source>
        <translation>%1 está bloqueado por otro programa; inténtelo de nuevo cuando se cierre.</translation>
    </message>
    <message>
        <source>%1 is not a Pressdesk database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 no es una base de datos de Pressdesk (no es un archivo SQLite o está dañado).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost. Rescue what can still be read with pressdesk salvage.</source>
        <translation>%1 está dañado (%2). No se abrió, así que no se pierde nada más. Rescate lo que aún se pueda leer con pressdesk salvage.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost. The newest good backup is %3 (pressdesk restore %3); or rescue what can still be read with pressdesk salvage.</source>
        <translation>%1 está dañado (%2). No se abrió, así que no se pierde nada más. La copia de seguridad válida más reciente es %3 (pressdesk restore %3); o rescate lo que aún se pueda leer con pressdesk salvage.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>No se puede configurar %1: %2</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because the copy made before upgrading failed: %2</source>
        <translation>%1 no se actualizó porque falló la copia previa a la actualización: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file was left at schema %3. %4</source>
        <translation>Falló la actualización de %1 al esquema %2; el archivo quedó en el esquema %3. %4</translation>
    </message>
    <message>
        <source>Another program removed or replaced the journal of %1 (%2-wal) while Pressdesk had the file open. To keep your work safe, Pressdesk writes nothing more to it in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</source>
        <translation>Otro programa eliminó o sustituyó el diario de %1 (%2-wal) mientras Pressdesk tenía el archivo abierto. Para proteger su trabajo, Pressdesk no escribe nada más en él durante esta sesión: lo que no ha guardado sigue en los editores abiertos y en la copia de recuperación. Cierre Pressdesk y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Pressdesk lost its lock on %1 and could not take it back. To keep your work safe, it writes nothing more to the file in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</source>
        <translation>Pressdesk perdió su bloqueo sobre %1 y no pudo recuperarlo. Para proteger su trabajo, no escribe nada más en el archivo durante esta sesión: lo que no ha guardado sigue en los editores abiertos y en la copia de recuperación. Cierre Pressdesk y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>La fila %1 de la tabla %2 apunta a una fila inexistente de %3.</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>comunicados</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>oradores</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>The search index of the %1 does not match their saved text: searches may miss or show wrong %1. pressdesk salvage --to FILE writes a copy with the index rebuilt.</source>
        <translation>El índice de búsqueda de %1 no coincide con el texto guardado: las búsquedas pueden omitir o mostrar %1 equivocados. pressdesk salvage --to ARCHIVO escribe una copia con el índice reconstruido.</translation>
    </message>
</context>
<context>
    <name>pressdesk::StatusPanel</name>
    <message>
        <source>Team newsroom: %1</source>
        <translation>Sala de prensa del equipo: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server and database in use</source>
        <translation>El servidor PostgreSQL y la base de datos en uso</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>El archivo de base de datos en uso</translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es)</source>
        <translation>
            <numerusform>Más de %n coincidencia</numerusform>
            <numerusform>Más de %n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n comunicado</numerusform>
            <numerusform>%n comunicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n orador</numerusform>
            <numerusform>%n oradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>%n elemento en la papelera</numerusform>
            <numerusform>%n elementos en la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>Pressdesk Stopped Saving</source>
        <translation>Pressdesk dejó de guardar</translation>
    </message>
    <message>
        <source>%1 (not saving)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Conectado de nuevo al servidor.</translation>
    </message>
    <message>
        <source>Server unreachable, reconnecting… (%1)</source>
        <translation>Servidor inaccesible, reconectando… (%1)</translation>
    </message>
    <message>
        <source>Your edits stay in their editors and in a recovery copy on this computer; save again once the server is back.
%1</source>
        <translation>Sus cambios siguen en sus editores y en una copia de recuperación en este equipo; guarde de nuevo cuando vuelva el servidor.
%1</translation>
    </message>
</context>
<context>
    <name>pressdesk::StoreLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>No se indicó ninguna base de datos.</translation>
    </message>
    <message>
        <source>The server address is not a valid URI: %1</source>
        <translation>La dirección del servidor no es un URI válido: %1</translation>
    </message>
    <message>
        <source>The server address has an unknown parameter "%1".</source>
        <translation>La dirección del servidor tiene un parámetro desconocido «%1».</translation>
    </message>
    <message>
        <source>The server address has an unknown sslmode "%1" (one of %2).</source>
        <translation>La dirección del servidor tiene un sslmode desconocido «%1» (uno de %2).</translation>
    </message>
    <message>
        <source>The server address has an invalid port.</source>
        <translation>La dirección del servidor tiene un puerto no válido.</translation>
    </message>
    <message>
        <source>The server address names no database (postgresql://host/DATABASE).</source>
        <translation>La dirección del servidor no indica ninguna base de datos (postgresql://servidor/BASE).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::TrashController</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo Move to Trash</source>
        <translation>Deshacer mover a la papelera</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Could not move the item to the trash: %1</source>
        <translation>No se pudo mover el elemento a la papelera: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the trash.</source>
        <translation>
            <numerusform>Se movió %n elemento a la papelera.</numerusform>
            <numerusform>Se movieron %n elementos a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore the item: %1</source>
        <translation>No se pudo restaurar el elemento: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the trash.</source>
        <translation>
            <numerusform>Se restauró %n elemento de la papelera.</numerusform>
            <numerusform>Se restauraron %n elementos de la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation>
            <numerusform>Se restauró %n elemento.</numerusform>
            <numerusform>Se restauraron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n elemento de la papelera? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente %n elementos de la papelera? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items were kept because they are still in use:

%1</source>
        <translation>Algunos elementos se conservaron porque todavía están en uso:

%1</translation>
    </message>
</context>
<context>
    <name>pressdesk::TrashListModel</name>
    <message>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
</context>
</TS>