<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Backups</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>it is not a Pressdesk database</source>
        <translation>ce n'est pas une base de données Pressdesk</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 n'est pas une sauvegarde utilisable : %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>Échec de la sauvegarde vers %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>Impossible de mettre %1 de côté ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2; the original was put back.</source>
        <translation>Impossible de copier %1 vers %2 ; l'original a été remis en place.</translation>
    </message>
    <message>
        <source>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</source>
        <translation>%1 est ouvert dans Pressdesk ou un autre programme. Fermez-le d’abord ; rien n’a été modifié.</translation>
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
        <translation>Tout le communiqué</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Citation %1</translation>
    </message>
    <message>
        <source>the release</source>
        <translation>le communiqué</translation>
    </message>
    <message>
        <source>the headline</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the subheadline</source>
        <translation>le sous-titre</translation>
    </message>
    <message>
        <source>the lead</source>
        <translation>le chapeau</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>le paragraphe %1</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>la citation %1</translation>
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
        <translation>Quel que soit votre choix, le fichier endommagé est conservé à côté du nouveau.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds %2 records (%3).</source>
        <translation>La sauvegarde valide la plus récente date du %1 et contient %2 fiches (%3).</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Salvage What Can Be Read</source>
        <translation>&amp;Sauver ce qui peut être lu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Salvaged %1 from the damaged file. Check the newest work: what stood on the damaged parts could not be read. The damaged file was kept as %2.</source>
        <translation>Récupéré depuis le fichier endommagé : %1. Vérifiez le travail le plus récent : ce qui se trouvait sur les parties endommagées n’a pas pu être lu. Le fichier endommagé a été conservé sous %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu'au</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Notre organisation</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>marked "do not contact"</source>
        <translation>marqué « ne pas contacter »</translation>
    </message>
    <message>
        <source>the address bounced</source>
        <translation>l’adresse a rejeté le message</translation>
    </message>
    <message>
        <source>the address bounced: %1</source>
        <translation>l’adresse a rejeté le message : %1</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d’adresse électronique</translation>
    </message>
    <message>
        <source>There is no media list named "%1".</source>
        <translation>Il n’y a pas de liste de médias nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is no media contact with id %1.</source>
        <translation>Il n’y a pas de contact presse avec l’id %1.</translation>
    </message>
</context>
<context>
    <name>EventFormat</name>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is no release with id %1.</source>
        <translation>Aucun communiqué ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Impossible de lire le modèle %1 : %2</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>Le modèle %1 n'est pas un modèle Mustache valide : %2</translation>
    </message>
    <message>
        <source>Could not write the OpenDocument file.</source>
        <translation>Impossible d'écrire le fichier OpenDocument.</translation>
    </message>
    <message>
        <source>Could not lay out the PDF.</source>
        <translation>Impossible de mettre en page le PDF.</translation>
    </message>
    <message>
        <source>A release cannot be exported as %1.</source>
        <translation>Un communiqué ne peut pas être exporté en %1.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Nom de tri</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Choisissez la colonne qui contient : %1.</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>La ligne %1 n'a pas de nom.</translation>
    </message>
    <message>
        <source>Row %1 has no event name.</source>
        <translation>La ligne %1 n'a pas de nom d'événement.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not a start date such as 2026-07-14 09:00.</source>
        <translation>Ligne %1 : « %2 » n'est pas une date de début comme 2026-07-14 09:00.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not an end date.</source>
        <translation>Ligne %1 : « %2 » n'est pas une date de fin.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not an event format (in person, online or hybrid).</source>
        <translation>Ligne %1 : « %2 » n'est pas un format d'événement (en présentiel, en ligne ou hybride).</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>Une ligne a plus de %1 colonnes.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Le fichier a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n'est pas fermé.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>same ninjs uri</source>
        <translation>même URI ninjs</translation>
    </message>
    <message>
        <source>same iCalendar UID</source>
        <translation>même UID iCalendar</translation>
    </message>
    <message>
        <source>same vCard UID</source>
        <translation>même UID vCard</translation>
    </message>
    <message>
        <source>same headline and date</source>
        <translation>même titre et même date</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>same name and start</source>
        <translation>même nom et même début</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>Ce n'est pas un fichier iCalendar : il ne commence pas par BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Événement sans titre</translation>
    </message>
    <message>
        <source>The file holds more than %1 events.</source>
        <translation>Le fichier contient plus de %1 événements.</translation>
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>Aucun intervenant ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>Aucun communiqué ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Aucun événement ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <source>appears twice in this import</source>
        <translation>apparaît deux fois dans cette importation</translation>
    </message>
    <message>
        <source>%1%2 "%3" could not be imported: %4 Nothing was imported.</source>
        <translation>%1%2 « %3 » n'a pas pu être importé : %4 Rien n'a été importé.</translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing was imported.</source>
        <translation>L'importation a échoué : %1 Rien n'a été importé.</translation>
    </message>
    <message>
        <source>Everything Pressdesk imports (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Releases (*.txt *.md *.markdown *.html *.htm *.json);;Speakers and events (*.csv);;Calendars (*.ics);;Address cards (*.vcf);;All files (*)</source>
        <translation>Tout ce que Pressdesk importe (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Communiqués (*.txt *.md *.markdown *.html *.htm *.json);;Intervenants et événements (*.csv);;Agendas (*.ics);;Cartes de visite (*.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation>Il n'y a aucun texte à importer.</translation>
    </message>
    <message>
        <source>No headline was found.</source>
        <translation>Aucun titre n'a été trouvé.</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Le JSON est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Ce n'est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The file holds more than %1 items.</source>
        <translation>Le fichier contient plus de %1 éléments.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object.</source>
        <translation>L'élément %1 n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The text is not valid %1.</source>
        <translation>Le texte n'est pas du %1 valide.</translation>
    </message>
    <message>
        <source>This looks like binary data, not text.</source>
        <translation>Cela ressemble à des données binaires, pas à du texte.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cards.</source>
        <translation>Le fichier contient plus de %1 cartes.</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Page web : %1</translation>
    </message>
    <message>
        <source>a line could not be read and was left out (%1)</source>
        <translation>une ligne n’a pas pu être lue et a été laissée de côté (%1)</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 has no start date (DTSTART): skipped.</source>
        <translation>L’événement « %1 » à la ligne %2 n’a pas de date de début (DTSTART) : ignoré.</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 has no start date that can be read: skipped.</source>
        <translation>L’événement « %1 » à la ligne %2 n’a pas de date de début lisible : ignoré.</translation>
    </message>
    <message>
        <source>it ends before it starts; the end was left out</source>
        <translation>il finit avant de commencer ; la fin a été laissée de côté</translation>
    </message>
    <message>
        <source>Repeats (%1); imported as its first occurrence.</source>
        <translation>Se répète (%1) ; importé comme sa première occurrence.</translation>
    </message>
    <message>
        <source>it repeats; it was imported as its first occurrence, with the rule in its description</source>
        <translation>il se répète ; sa première occurrence a été importée, avec la règle dans sa description</translation>
    </message>
    <message>
        <source>its link “%1” is not a web address and was left out</source>
        <translation>son lien « %1 » n’est pas une adresse web et a été laissé de côté</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 is cut off by the end of the file (no END:VEVENT): skipped.</source>
        <translation>L’événement « %1 » à la ligne %2 est coupé par la fin du fichier (pas de END:VEVENT) : ignoré.</translation>
    </message>
    <message>
        <source>Event “%1” at line %2: %3.</source>
        <translation>Événement « %1 » à la ligne %2 : %3.</translation>
    </message>
    <message>
        <source>The calendar holds no events (VEVENT).</source>
        <translation>Le calendrier ne contient aucun événement (VEVENT).</translation>
    </message>
    <message>
        <source>its time zone “%1” matches no known zone; the time was converted to UTC by the file's own rules</source>
        <translation>son fuseau horaire « %1 » ne correspond à aucun fuseau connu ; l’heure a été convertie en UTC selon les règles du fichier</translation>
    </message>
    <message>
        <source>its time zone “%1” is defined only in the file; it was read as %2, which has the same offsets</source>
        <translation>son fuseau horaire « %1 » n’est défini que dans le fichier ; il a été lu comme %2, qui a les mêmes décalages</translation>
    </message>
    <message>
        <source>its time zone “%1” is neither known nor defined in the file; the time is kept as written (%2): set the event's time zone</source>
        <translation>son fuseau horaire « %1 » n’est ni connu ni défini dans le fichier ; l’heure est gardée telle qu’écrite (%2) : indiquez le fuseau horaire de l’événement</translation>
    </message>
    <message>
        <source>“%1” at line %2 cannot be imported: %3 Skipped.</source>
        <translation>« %1 » à la ligne %2 ne peut pas être importé : %3 Ignoré.</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo : %1</translation>
    </message>
    <message>
        <source>its photo is larger than %1 MB and was left out</source>
        <translation>sa photo dépasse %1 Mo et a été laissée de côté</translation>
    </message>
    <message>
        <source>"%1" is not a language code and was left out</source>
        <translation>« %1 » n’est pas un code de langue et a été laissé de côté</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; it was kept in the notes</source>
        <translation>« %1 » n’est pas une adresse e-mail ; elle a été gardée dans les notes</translation>
    </message>
    <message>
        <source>E-mail as written: %1</source>
        <translation>E-mail tel qu’écrit : %1</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>The card of “%1”</source>
        <translation>La carte de « %1 »</translation>
    </message>
    <message>
        <source>%1 at line %2 is cut off by the end of the file (no END:VCARD): skipped.</source>
        <translation>%1 à la ligne %2 est coupée par la fin du fichier (pas de END:VCARD) : ignorée.</translation>
    </message>
    <message>
        <source>The card at line %1 has no name (FN or N): skipped.</source>
        <translation>La carte à la ligne %1 n’a pas de nom (FN ou N) : ignorée.</translation>
    </message>
    <message>
        <source>line %1 is not a NAME:value line and was left out</source>
        <translation>la ligne %1 n’a pas la forme NOM:valeur et a été laissée de côté</translation>
    </message>
    <message>
        <source>%1 at line %2: %3.</source>
        <translation>%1 à la ligne %2 : %3.</translation>
    </message>
    <message>
        <source>it names no person; the organization's name was used</source>
        <translation>elle ne nomme aucune personne ; le nom de l’organisation a été utilisé</translation>
    </message>
    <message>
        <source>it changes one occurrence of a repeating event and was imported as an event of its own</source>
        <translation>il modifie une occurrence d’un événement répété et a été importé comme un événement à part</translation>
    </message>
    <message>
        <source>“%1”: the embargo (%2) is printed without a time zone; it was read as UTC. Check it before the release goes out.</source>
        <translation>« %1 » : l’embargo (%2) est imprimé sans fuseau horaire ; il a été lu en UTC. Vérifiez-le avant la diffusion du communiqué.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3: skipped.</source>
        <translation>Ligne %1 (%2) : %3 : ignorée.</translation>
    </message>
    <message>
        <source>--map %1: there is no column "%2" (the columns are: %3).</source>
        <translation>--map %1 : il n’y a pas de colonne « %2 » (les colonnes sont : %3).</translation>
    </message>
    <message>
        <source>--map %1: "%2" is not a field; use %3.</source>
        <translation>--map %1 : « %2 » n’est pas un champ ; utilisez %3.</translation>
    </message>
    <message>
        <source>No column holds the name (columns: %1); name it with --map COLUMN=name.</source>
        <translation>Aucune colonne ne contient le nom (colonnes : %1) ; indiquez-la avec --map COLONNE=name.</translation>
    </message>
    <message>
        <source>Line %1 has no name: skipped.</source>
        <translation>La ligne %1 n’a pas de nom : ignorée.</translation>
    </message>
    <message>
        <source>Other e-mail: %1</source>
        <translation>Autre courriel : %1</translation>
    </message>
    <message>
        <source>Line %1: %2; nothing was imported.</source>
        <translation>Ligne %1 : %2 ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Respects embargoes</source>
        <translation>Respecte les embargos</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Espagnol (Espagne)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Espagnol (Amérique latine)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Espagnol (Mexique)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Français (France)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Français (Canada)</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugais (Brésil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugais (Portugal)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseFiles</name>
    <message>
        <source>%1 is the newsroom database Pressdesk has open (or one of its working files). Pressdesk does not read or write it as an ordinary file, so that no work is lost; choose another file.</source>
        <translation>%1 est la base de données de la salle de presse que Pressdesk a ouverte (ou l’un de ses fichiers de travail). Pressdesk ne la lit ni ne l’écrit comme un fichier ordinaire, afin qu’aucun travail ne soit perdu ; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicateur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Contributors write releases and ask for review; editors edit, comment and approve; publishers also publish and archive; admins also manage people and the newsroom.</source>
        <translation>Les contributeurs rédigent des communiqués et demandent une relecture ; les éditeurs modifient, commentent et approuvent ; les publicateurs publient et archivent en plus ; les administrateurs gèrent en plus les personnes et la salle de presse.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>PresenceRepository</name>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>En cours de modification par %1 depuis %2</translation>
    </message>
    <message>
        <source>Changed elsewhere at %1</source>
        <translation>Modifié ailleurs à %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Modifié par %1 à %2</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person: nobody else holds its releases.</source>
        <translation>Un fichier Pressdesk n’a qu’une personne : personne d’autre ne tient ses communiqués.</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>Press room</source>
        <translation>Salle de presse</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>Le modèle %1 n'est pas du Mustache valide : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Refusing to write outside the folder: %1</source>
        <translation>Écriture hors du dossier refusée : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation>Impossible d'écrire le manifeste : %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Another publish into %1 is running.</source>
        <translation>Une publication dans %1 est déjà en cours.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReleaseFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
</context>
<context>
    <name>ReleaseStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message numerus="yes">
        <source>The event is linked from %n release(s); unlink it first.</source>
        <translation>
            <numerusform>L'événement est lié à %n communiqué ; retirez d'abord ce lien.</numerusform>
            <numerusform>L'événement est lié à %n communiqués ; retirez d'abord ces liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message numerus="yes">
        <source>The organization takes part in %n event(s); remove it from them first.</source>
        <translation>
            <numerusform>L'organisation participe à %n événement ; retirez-la d'abord de celui-ci.</numerusform>
            <numerusform>L'organisation participe à %n événements ; retirez-la d'abord de ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>Aucun communiqué ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <source>The release was changed elsewhere since it was opened (version %1 was opened, version %2 is saved). Nothing was overwritten.</source>
        <translation>Le communiqué a été modifié ailleurs depuis son ouverture (version %1 ouverte, version %2 enregistrée). Rien n'a été écrasé.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Aucun élément (%1) ne porte l'identifiant %2.</translation>
    </message>
    <message>
        <source>The %1 was changed elsewhere since it was opened (version %2 was opened, version %3 is saved). Nothing was overwritten; reopen it to see the other changes.</source>
        <translation>Cet élément (%1) a été modifié ailleurs depuis son ouverture (version %2 ouverte, version %3 enregistrée). Rien n'a été écrasé ; rouvrez-le pour voir les autres modifications.</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>The speaker is quoted or named as a contact in: %1. Remove them from those releases first.</source>
        <translation>L'intervenant est cité ou indiqué comme contact dans : %1. Retirez-le d'abord de ces communiqués.</translation>
    </message>
    <message>
        <source>%1 already has the address %2.</source>
        <translation>%1 a déjà l’adresse %2.</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contact presse</translation>
    </message>
    <message>
        <source>There is already a list named "%1".</source>
        <translation>Il y a déjà une liste nommée « %1 ».</translation>
    </message>
    <message>
        <source>media list</source>
        <translation>liste de médias</translation>
    </message>
    <message>
        <source>Not allowed on this team newsroom: %1</source>
        <translation>Non autorisé dans cette salle de presse d’équipe : %1</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n communiqué</numerusform>
            <numerusform>%n communiqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n intervenant</numerusform>
            <numerusform>%n intervenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all (%2); nothing can be salvaged from it.</source>
        <translation>%1 ne peut pas être lu du tout (%2) ; rien ne peut en être récupéré.</translation>
    </message>
    <message>
        <source>Salvaging %1 failed: %2</source>
        <translation>La récupération de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</source>
        <translation>%1 est ouvert dans Pressdesk ou un autre programme. Fermez-le d’abord ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The rescued copy is %1, but %2 could not be moved aside to take its place.</source>
        <translation>La copie récupérée est %1, mais %2 n’a pas pu être mis de côté pour lui laisser la place.</translation>
    </message>
    <message>
        <source>Cannot put the rescued copy %1 in place; the damaged file was put back.</source>
        <translation>Impossible de mettre la copie récupérée %1 en place ; le fichier endommagé a été remis.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The closing quotation mark was missing; the phrase runs to the end.</source>
        <translation>Le guillemet fermant manquait ; l'expression va jusqu'à la fin.</translation>
    </message>
    <message>
        <source>"%1:" needs a value.</source>
        <translation>« %1: » nécessite une valeur.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; use draft, in_review, approved, published or archived.</source>
        <translation>Statut inconnu « %1 » ; utilisez draft, in_review, approved, published ou archived.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-07-01.</source>
        <translation>« %1 » n'est pas une date ; écrivez-la sous la forme 2026-07-01.</translation>
    </message>
    <message>
        <source>embargoed: takes yes or no.</source>
        <translation>embargoed: accepte yes ou no.</translation>
    </message>
    <message>
        <source>Ignored "%1": it has no letters or digits.</source>
        <translation>« %1 » ignoré : il ne contient ni lettre ni chiffre.</translation>
    </message>
    <message>
        <source>Ignored "OR": it joins two words, as in migrant OR refugee.</source>
        <translation>« OR » ignoré : il relie deux mots, comme dans migrante OR réfugiée.</translation>
    </message>
    <message>
        <source>Searched "%1" as ordinary words: NEAR is not part of the search language.</source>
        <translation>« %1 » recherché comme des mots ordinaires : NEAR ne fait pas partie du langage de recherche.</translation>
    </message>
    <message>
        <source>Ignored the filters (%1): they apply to releases only.</source>
        <translation>Filtres ignorés (%1) : ils ne s’appliquent qu’aux communiqués.</translation>
    </message>
    <message>
        <source>Ignored "%1:": it applies to releases only.</source>
        <translation>« %1: » ignoré : il ne s’applique qu’aux communiqués.</translation>
    </message>
    <message>
        <source>Ignored "%1:": it applies to media contacts only.</source>
        <translation>« %1: » ignoré : il ne s’applique qu’aux contacts presse.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Media Contacts</source>
        <translation>Contacts presse</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Champ suivant ou précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Go to a field or button</source>
        <translation>Aller à un champ ou à un bouton</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lettre soulignée</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Onglet suivant ou précédent</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Ouvrir la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Take a suggestion of a picker</source>
        <translation>Choisir une suggestion dans un sélecteur</translation>
    </message>
    <message>
        <source>Down, then Enter</source>
        <translation>Bas, puis Entrée</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Fermer une boîte de dialogue</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Release body text</source>
        <translation>Corps du texte du communiqué</translation>
    </message>
    <message>
        <source>Quotes in the body</source>
        <translation>Citations dans le corps</translation>
    </message>
    <message>
        <source>Insert a quote at the cursor</source>
        <translation>Insérer une citation au curseur</translation>
    </message>
    <message>
        <source>Move the selected quote up or down</source>
        <translation>Monter ou descendre la citation sélectionnée</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Haut, Alt+Bas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comment on the field you are in</source>
        <translation>Commenter le champ où vous êtes</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>The target is not empty (it has %1); nothing was copied. Copy into a new file or an empty newsroom.</source>
        <translation>La cible n’est pas vide (elle contient %1) ; rien n’a été copié. Copiez vers un nouveau fichier ou une salle de presse vide.</translation>
    </message>
    <message>
        <source>%1: %2 rows were read but %3 arrived.</source>
        <translation>%1 : %2 lignes ont été lues mais %3 sont arrivées.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Rien n’a été copié : %1</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>La table %1 est absente.</translation>
    </message>
    <message>
        <source>Only the newsroom's owner, %1, copies a newsroom in: the copy keeps every author, date and approval as it was, which nobody else may write. Connect as %1. Nothing was copied.</source>
        <translation>Seul le propriétaire de la salle de presse, %1, peut y copier une salle de presse : la copie garde chaque auteur, date et approbation tels qu’ils étaient, ce que personne d’autre ne peut écrire. Connectez-vous en tant que %1. Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>%1 is not a role; the roles are contributor, editor, publisher and admin.</source>
        <translation>%1 n’est pas un rôle ; les rôles sont contributeur (contributor), éditeur (editor), publicateur (publisher) et administrateur (admin).</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, with every role; people are added on a team newsroom (a PostgreSQL server).</source>
        <translation>Un fichier Pressdesk a une seule personne, l’utilisateur local, avec tous les rôles ; les personnes s’ajoutent dans une salle de presse d’équipe (un serveur PostgreSQL).</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, with every role.</source>
        <translation>Un fichier Pressdesk a une seule personne, l’utilisateur local, avec tous les rôles.</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, who cannot be removed.</source>
        <translation>Un fichier Pressdesk a une seule personne, l’utilisateur local, qui ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>%1 is not a field of a release; use headline, subheadline, lead, body:N or quote:N.</source>
        <translation>%1 n’est pas un champ d’un communiqué ; utilisez headline, subheadline, lead, body:N ou quote:N.</translation>
    </message>
    <message>
        <source>A comment needs text.</source>
        <translation>Un commentaire a besoin d’un texte.</translation>
    </message>
    <message>
        <source>There is no comment with id %1.</source>
        <translation>Il n’y a aucun commentaire avec l’id %1.</translation>
    </message>
    <message>
        <source>A Pressdesk file has no password of its own; the local user needs none.</source>
        <translation>Un fichier Pressdesk n’a pas de mot de passe ; l’utilisateur local n’en a pas besoin.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Un mot de passe doit compter au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one reviewer.</source>
        <translation>Choisissez au moins un relecteur.</translation>
    </message>
    <message>
        <source>%1 cannot review: reviewers are the editors, publishers and admins of this newsroom.</source>
        <translation>%1 ne peut pas relire : les relecteurs sont les éditeurs, publicateurs et administrateurs de cette salle de presse.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The event name is required.</source>
        <translation>Le nom de l'événement est obligatoire.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>L'événement ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation>« %1 » n'est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>The online link must be an http or https address.</source>
        <translation>Le lien en ligne doit être une adresse http ou https.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The website must be an http or https address.</source>
        <translation>Le site web doit être une adresse http ou https.</translation>
    </message>
    <message>
        <source>The logo is %1 MB; at most %2 MB are allowed.</source>
        <translation>Le logo fait %1 Mo ; %2 Mo au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The headline is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; at most %2 are allowed.</source>
        <translation>Le titre compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The language must be a code such as "en" or "es".</source>
        <translation>La langue doit être un code comme « en » ou « fr ».</translation>
    </message>
    <message>
        <source>An embargo needs a time zone.</source>
        <translation>Un embargo nécessite un fuseau horaire.</translation>
    </message>
    <message>
        <source>A published release needs a dateline.</source>
        <translation>Un communiqué publié nécessite un lieu d'émission.</translation>
    </message>
    <message>
        <source>A published release needs a body.</source>
        <translation>Un communiqué publié nécessite un corps de texte.</translation>
    </message>
    <message>
        <source>The release is embargoed until %1 UTC; it cannot be published before then.</source>
        <translation>Le communiqué est sous embargo jusqu'au %1 UTC ; il ne peut pas être publié avant.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Ce texte compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The release has %1 quotes; at most %2 are allowed.</source>
        <translation>Le communiqué compte %1 citations ; %2 au maximum sont autorisées.</translation>
    </message>
    <message>
        <source>The quote has no text.</source>
        <translation>La citation n'a pas de texte.</translation>
    </message>
    <message>
        <source>The quote has no speaker.</source>
        <translation>La citation n'a pas d'intervenant.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Le nom complet est obligatoire.</translation>
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation>« %1 » n'est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>The photo is %1 MB; at most %2 MB are allowed.</source>
        <translation>La photo fait %1 Mo ; %2 Mo au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>"%1" is not a language code such as "es".</source>
        <translation>« %1 » n'est pas un code de langue comme « fr ».</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter language code such as "es".</source>
        <translation>« %1 » n’est pas un code de langue à deux lettres comme « es ».</translation>
    </message>
    <message>
        <source>The list needs a name.</source>
        <translation>La liste doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>WorkflowPolicy</name>
    <message>
        <source>%1 is not a person of this newsroom; ask an admin to add them.</source>
        <translation>%1 n’est pas une personne de cette salle de presse ; demandez à un administrateur de l’ajouter.</translation>
    </message>
    <message>
        <source>An editor cannot change a release that is %1; a publisher can.</source>
        <translation>Un éditeur ne peut pas modifier un communiqué à l’état « %1 » ; un publicateur le peut.</translation>
    </message>
    <message>
        <source>A contributor can change only their own releases; this one is %1's.</source>
        <translation>Un contributeur ne peut modifier que ses propres communiqués ; celui-ci est à %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>A contributor can change a release only while it is a draft or in review; this one is %1.</source>
        <translation>Un contributeur ne peut modifier un communiqué que tant qu’il est un brouillon ou en relecture ; celui-ci est à l’état « %1 ».</translation>
    </message>
    <message>
        <source>A contributor can ask for review but cannot set a release to %1; an editor approves and a publisher publishes.</source>
        <translation>Un contributeur peut demander une relecture mais ne peut pas mettre un communiqué à l’état « %1 » ; un éditeur approuve et un publicateur publie.</translation>
    </message>
    <message>
        <source>An editor cannot set a release to %1; a publisher can.</source>
        <translation>Un éditeur ne peut pas mettre un communiqué à l’état « %1 » ; un publicateur le peut.</translation>
    </message>
</context>
<context>
    <name>pressdesk::AboutDialog</name>
    <message>
        <source>About Pressdesk</source>
        <translation>À propos de Pressdesk</translation>
    </message>
    <message>
        <source>Pressdesk %1</source>
        <translation>Pressdesk %1</translation>
    </message>
    <message>
        <source>An offline newsroom editor for press releases.</source>
        <translation>Un éditeur de communiqués de presse hors ligne.</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Copyright © 2026 The Pressdesk developers.</source>
        <translation>Distribué sous licence MIT. Copyright © 2026 Les développeurs de Pressdesk.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Fichier de base de &amp;données :</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Co&amp;pier le chemin</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>HTML export &amp;template:</source>
        <translation>&amp;Modèle d'exportation HTML :</translation>
    </message>
    <message>
        <source>built in (put your own in %1)</source>
        <translation>intégré (placez le vôtre dans %1)</translation>
    </message>
    <message>
        <source>HTML export template</source>
        <translation>Modèle d'exportation HTML</translation>
    </message>
</context>
<context>
    <name>pressdesk::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Créé avec le statut %1</translation>
    </message>
    <message>
        <source>Edited (version %1)</source>
        <translation>Modifié (version %1)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Restauré depuis la corbeille</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Commentaire %1</translation>
    </message>
    <message>
        <source>Approved version %1</source>
        <translation>Version %1 approuvée</translation>
    </message>
    <message>
        <source>Draft of the %1 version (revision %2) for %3</source>
        <translation>Brouillon de la version en %1 (révision %2) pour %3</translation>
    </message>
    <message>
        <source>Sent the %1 version (revision %2) to %3 by SMTP</source>
        <translation>Version en %1 (révision %2) envoyée à %3 par SMTP</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::AddPersonDialog</name>
    <message>
        <source>&amp;Make a one-time password (shown once, after adding)</source>
        <translation>&amp;Créer un mot de passe à usage unique (affiché une fois, après l’ajout)</translation>
    </message>
    <message>
        <source>&amp;Type a password:</source>
        <translation>&amp;Saisir un mot de passe :</translation>
    </message>
    <message>
        <source>Ask them to &amp;choose their own password at first connection</source>
        <translation>Lui demander de c&amp;hoisir son propre mot de passe à la première connexion</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>anna.berg</source>
        <translation>anne.berg</translation>
    </message>
    <message>
        <source>The login name: lower-case letters, digits, _ . and -</source>
        <translation>L’identifiant : minuscules, chiffres, _ . et -</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Premier mot de passe :</translation>
    </message>
    <message>
        <source>The login name needs lower-case letters, digits, _ . or - (at most 48), starting with a letter or _.</source>
        <translation>L’identifiant se compose de minuscules, de chiffres, de _ . ou - (48 au plus) et commence par une lettre ou _.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Un mot de passe doit compter au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::BackupController</name>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Save a verified copy of the whole database</source>
        <translation>Enregistrer une copie vérifiée de toute la base de données</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current file is kept aside</source>
        <translation>Remplacer la base de données par une sauvegarde ; le fichier actuel est conservé à part</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Pressdesk databases (*.sqlite)</source>
        <translation>Bases de données Pressdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current database with %1?

The current file is kept beside it, renamed, and Pressdesk closes so that you can start it again on the restored data.</source>
        <translation>Remplacer la base de données actuelle par %1 ?

Le fichier actuel est conservé à côté, renommé, et Pressdesk se ferme pour que vous puissiez le relancer sur les données restaurées.</translation>
    </message>
    <message>
        <source>Restored. The previous file was kept as %1.
Pressdesk will now close.</source>
        <translation>Restauration terminée. L'ancien fichier a été conservé sous le nom %1.
Pressdesk va maintenant se fermer.</translation>
    </message>
    <message>
        <source>Today's backup: %1</source>
        <translation>Sauvegarde du jour : %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Restore &amp;From Backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>pressdesk::CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comments on this release</source>
        <translation>Commentaires sur ce communiqué</translation>
    </message>
    <message>
        <source>Field the new comment is on</source>
        <translation>Champ visé par le nouveau commentaire</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <source>Write a comment, or select one and reply</source>
        <translation>Écrivez un commentaire, ou sélectionnez-en un et répondez</translation>
    </message>
    <message>
        <source>A new comment on the chosen field</source>
        <translation>Un nouveau commentaire sur le champ choisi</translation>
    </message>
    <message>
        <source>Answer the selected comment in its thread</source>
        <translation>Répond au commentaire sélectionné dans son fil</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sur :</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (résolu)</translation>
    </message>
    <message>
        <source>Save the release to comment on it.</source>
        <translation>Enregistrez le communiqué pour le commenter.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Ville d'émission</translation>
    </message>
    <message>
        <source>Dateline country</source>
        <translation>Pays d'émission</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps du texte</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texte de présentation</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notes aux rédactions</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>This release was saved elsewhere (version %1) after you opened it (version %2). Choose what to keep; the other version stays in the history.</source>
        <translation>Ce communiqué a été enregistré ailleurs (version %1) après que vous l'avez ouvert (version %2). Choisissez ce que vous gardez ; l'autre version reste dans l'historique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;La vôtre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;L'autre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The texts are the same; other fields (quotes, links, status) differ.</source>
        <translation>Les textes sont identiques ; d'autres champs diffèrent (citations, liens, statut).</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre l'autre</translation>
    </message>
    <message>
        <source>Merge As Chosen</source>
        <translation>Fusionner selon les choix</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>pressdesk::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to Team Newsroom</source>
        <translation>Se connecter à la salle de presse de l'équipe</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>salle_de_presse</translation>
    </message>
    <message>
        <source>Verify the certificate and the server's name (verify-full)</source>
        <translation>Vérifier le certificat et le nom du serveur (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate (verify-ca)</source>
        <translation>Vérifier le certificat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Chiffrer sans vérifier (require)</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Chiffrer si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Do not encrypt: this computer or a trusted network only (disable)</source>
        <translation>Ne pas chiffrer : cet ordinateur ou un réseau de confiance seulement (disable)</translation>
    </message>
    <message>
        <source>The system's certificates</source>
        <translation>Les certificats du système</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS) :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l'&amp;AC :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat de l'AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Server: give the name or address of the newsroom's server.</source>
        <translation>Serveur : indiquez le nom ou l'adresse du serveur de la salle de presse.</translation>
    </message>
    <message>
        <source>Database: give the name of the newsroom's database.</source>
        <translation>Base de données : indiquez le nom de la base de données de la salle de presse.</translation>
    </message>
    <message>
        <source>User name: give your user name on the server.</source>
        <translation>Utilisateur : indiquez votre nom d'utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>CA certificate: %1 cannot be read.</source>
        <translation>Certificat de l'AC : %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Server: "%1" is not a valid server name.</source>
        <translation>Serveur : « %1 » n'est pas un nom de serveur valide.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: a Pressdesk newsroom is there.</source>
        <translation>Connecté : une salle de presse Pressdesk s'y trouve.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactEditor</name>
    <message>
        <source>es, en (most preferred first)</source>
        <translation>fr, en (la préférée d’abord)</translation>
    </message>
    <message>
        <source>economy, health</source>
        <translation>économie, santé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Média :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Beats:</source>
        <translation>Rubriques :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Respects embargoes</source>
        <translation>Respecte les embargos</translation>
    </message>
    <message>
        <source>The Address Works Again</source>
        <translation>L’adresse fonctionne à nouveau</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>New media contact</source>
        <translation>Nouveau contact presse</translation>
    </message>
    <message>
        <source>Messages to this address bounced on %1: %2</source>
        <translation>Les messages à cette adresse ont été rejetés le %1 : %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactImport</name>
    <message>
        <source>Import Media Contacts</source>
        <translation>Importer des contacts médias</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s).</source>
        <translation>
            <numerusform>%n nouveau contact.</numerusform>
            <numerusform>%n nouveaux contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) already in the newsroom (the same e-mail address).</source>
        <translation>
            <numerusform>%n contact est déjà dans la rédaction (la même adresse électronique).</numerusform>
            <numerusform>%n contacts sont déjà dans la rédaction (la même adresse électronique).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Them</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Keep Them as They Are</source>
        <translation>&amp;Garder tels quels</translation>
    </message>
    <message>
        <source>No contact could be read from these files.</source>
        <translation>Aucun contact n'a pu être lu dans ces fichiers.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message>
        <source>Imported media contacts: %1 new, %2 updated, %3 already there and kept as they were.</source>
        <translation>Contacts médias importés : %1 nouveaux, %2 mis à jour, %3 déjà là et gardés tels quels.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Chercher des contacts</translation>
    </message>
    <message>
        <source>Search contacts: words, lang:es, beat:economy, country:Panamá, outlet:…</source>
        <translation>Chercher des contacts : mots, lang:fr, beat:économie, country:Canada, outlet:…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Media lists</source>
        <translation>Listes de médias</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New List</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>Add to List Being Edited</source>
        <translation>Ajouter à la liste en cours</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>The address bounced: %1</source>
        <translation>L’adresse a rejeté le message : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n recipient(s))</source>
        <translation>
            <numerusform>%1 (%n destinataire)</numerusform>
            <numerusform>%1 (%n destinataires)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete the list “%1”? The contacts on it are kept.</source>
        <translation>Supprimer la liste « %1 » ? Ses contacts sont conservés.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? They also leave every list.</source>
        <translation>
            <numerusform>Supprimer définitivement %n contact ? Il quitte aussi toutes les listes.</numerusform>
            <numerusform>Supprimer définitivement %n contacts ? Ils quittent aussi toutes les listes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Media contacts from CSV or vCard files; those already here are found by e-mail</source>
        <translation>Contacts médias depuis des fichiers CSV ou vCard ; ceux qui sont déjà là sont reconnus par leur adresse électronique</translation>
    </message>
</context>
<context>
    <name>pressdesk::CsvMappingDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Les lignes sont :</translation>
    </message>
    <message>
        <source>Columns (%1 rows, %2):</source>
        <translation>Colonnes (%1 lignes, %2) :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Choisissez la colonne qui contient : %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Contacts médias</translation>
    </message>
</context>
<context>
    <name>pressdesk::Database</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n'est pas ouverte.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Version du schéma %1, %2 attendue.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Pressdesk (schema %2; this version reads up to schema %3). Nothing was changed; please update Pressdesk.</source>
        <translation>%1 a été configurée par une version plus récente de Pressdesk (schéma %2 ; cette version lit jusqu’au schéma %3). Rien n’a été modifié ; veuillez mettre à jour Pressdesk.</translation>
    </message>
    <message>
        <source>%1 is not a Pressdesk newsroom: it holds other tables (%2). Nothing was changed; use an empty database.</source>
        <translation>%1 n’est pas une salle de presse Pressdesk : elle contient d’autres tables (%2). Rien n’a été modifié ; utilisez une base de données vide.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a Pressdesk newsroom. Set it up with pressdesk team init.</source>
        <translation>%1 est une base de données vide, pas encore une salle de presse Pressdesk. Configurez-la avec pressdesk team init.</translation>
    </message>
</context>
<context>
    <name>pressdesk::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour afficher ses détails.</translation>
    </message>
</context>
<context>
    <name>pressdesk::EditorArea</name>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Pressdesk closed without saving your changes to “%1” (autosaved %2).</source>
        <translation>Pressdesk s'est fermé sans enregistrer vos modifications de « %1 » (enregistrement automatique : %2).</translation>
    </message>
    <message>
        <source>an untitled record</source>
        <translation>un élément sans titre</translation>
    </message>
    <message>
        <source>Restore them in an editor, or discard them?</source>
        <translation>Les restaurer dans un éditeur ou les abandonner ?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>pressdesk::EventEditor</name>
    <message>
        <source>New event, not saved</source>
        <translation>Nouvel événement, non enregistré</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. 4th</source>
        <translation>p. ex. 4e</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se termine</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Lien en li&amp;gne :</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation>Saisissez un nom pour ajouter une organisation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Type to add a speaker</source>
        <translation>Saisissez un nom pour ajouter un intervenant</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <source>Releases linking this event. Double-click to open one.</source>
        <translation>Communiqués liés à cet événement. Double-cliquez pour en ouvrir un.</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Co-organizer</source>
        <translation>Coorganisateur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Orateur principal</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>Retirer l'organisation</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Retirer l'intervenant</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Releases (%1)</source>
        <translation>Communiqués (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Participants (%1)</translation>
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
        <translation>Édi&amp;tion :</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Date de dé&amp;but :</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Date de fin :</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Desc&amp;ription :</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Releases linking this event</source>
        <translation>Communiqués liés à cet événement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>pressdesk::EventListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
</context>
<context>
    <name>pressdesk::ExportController</name>
    <message>
        <source>Export Releases</source>
        <translation>Exporter des communiqués</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;OpenDocument…</source>
        <translation>Exporter en &amp;OpenDocument…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>Exporter en &amp;texte brut…</translation>
    </message>
    <message>
        <source>Export as &amp;ninjs…</source>
        <translation>Exporter en &amp;ninjs…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation>Copier en texte &amp;enrichi</translation>
    </message>
    <message>
        <source>Copy as Plain Te&amp;xt</source>
        <translation>Copier en te&amp;xte brut</translation>
    </message>
    <message>
        <source>Export &amp;Selected Releases…</source>
        <translation>Exporter les communiqués &amp;sélectionnés…</translation>
    </message>
    <message>
        <source>Export &amp;All Listed Releases…</source>
        <translation>Exporter tous les comm&amp;uniqués de la liste…</translation>
    </message>
    <message>
        <source>Export &amp;Events as iCalendar…</source>
        <translation>Exporter les &amp;événements en iCalendar…</translation>
    </message>
    <message>
        <source>Export Spea&amp;kers as vCard…</source>
        <translation>Exporter les inte&amp;rvenants en vCard…</translation>
    </message>
    <message>
        <source>Export &amp;List as CSV…</source>
        <translation>Exporter la &amp;liste en CSV…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>&amp;Lettre US</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The release could not be read: %1</source>
        <translation>Impossible de lire le communiqué : %1</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Exporter le communiqué</translation>
    </message>
    <message>
        <source>There are no releases to export.</source>
        <translation>Il n'y a aucun communiqué à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Release(s) to Folder</source>
        <translation>
            <numerusform>Exporter %n communiqué vers un dossier</numerusform>
            <numerusform>Exporter %n communiqués vers un dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting releases…</source>
        <translation>Exportation des communiqués…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were written; no file was left half-written.</source>
        <translation>
            <numerusform>Annulé : %n fichier a été écrit ; aucun fichier n'est resté à moitié écrit.</numerusform>
            <numerusform>Annulé : %n fichiers ont été écrits ; aucun fichier n'est resté à moitié écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1.</source>
        <translation>
            <numerusform>%n communiqué exporté vers %1.</numerusform>
            <numerusform>%n communiqués exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>There are no events to export.</source>
        <translation>Il n'y a aucun événement à exporter.</translation>
    </message>
    <message>
        <source>Export Speakers</source>
        <translation>Exporter les intervenants</translation>
    </message>
    <message>
        <source>There are no speakers to export.</source>
        <translation>Il n'y a aucun intervenant à exporter.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The release could not be printed.</source>
        <translation>Impossible d'imprimer le communiqué.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1</source>
        <translation>
            <numerusform>%n communiqué exporté vers %1</numerusform>
            <numerusform>%n communiqués exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Paper Si&amp;ze</source>
        <translation>&amp;Format du papier</translation>
    </message>
</context>
<context>
    <name>pressdesk::ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Open the exported file in its application</source>
        <translation>Ouvrir le fichier exporté dans son application</translation>
    </message>
    <message>
        <source>Show the folder the file was written to</source>
        <translation>Afficher le dossier où le fichier a été écrit</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Fermer l’avis d’exportation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>« %1 » exporté vers %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::FirstRunAssistant</name>
    <message>
        <source>Welcome to Pressdesk</source>
        <translation>Bienvenue dans Pressdesk</translation>
    </message>
    <message>
        <source>Load Logo</source>
        <translation>Charger le logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Tell Pressdesk who issues your releases. Every release starts with this letterhead, ends with this text and names this media contact. You can change all of it later in Organizations and Preferences.</source>
        <translation>Indiquez à Pressdesk qui publie vos communiqués. Chaque communiqué commence par cet en-tête, se termine par ce texte et nomme ce contact presse. Vous pourrez tout modifier plus tard dans Organisations et Préférences.</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Notre organisation</translation>
    </message>
    <message>
        <source>UN Agency for Migration, Costa Rica office</source>
        <translation>Agence de l’ONU pour les migrations, bureau du Costa Rica</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Who we are, in two or three sentences: printed under "About …".</source>
        <translation>Qui nous sommes, en deux ou trois phrases : imprimé sous « À propos de … ».</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Qui nous sommes</translation>
    </message>
    <message>
        <source>&amp;About us:</source>
        <translation>&amp;Qui nous sommes :</translation>
    </message>
    <message>
        <source>Media contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>New releases</source>
        <translation>Nouveaux communiqués</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>Pas mainte&amp;nant</translation>
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read (PNG, JPEG or SVG up to 5 MB).</source>
        <translation>« %1 » n’est pas un logo que Pressdesk peut lire (PNG, JPEG ou SVG jusqu’à 5 Mo).</translation>
    </message>
    <message>
        <source>Logo loaded (SVG)</source>
        <translation>Logo chargé (SVG)</translation>
    </message>
    <message>
        <source>Name: write the name of your organization, or choose Not Now.</source>
        <translation>Nom : saisissez le nom de votre organisation, ou choisissez Pas maintenant.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Version %1
%2 · %3</source>
        <translation>Version %1
%2 · %3</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Save the text of version %1 as a new version? The current version stays in the history.</source>
        <translation>Enregistrer le texte de la version %1 comme nouvelle version ? La version actuelle reste dans l'historique.</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>C'est la version actuelle.</translation>
    </message>
    <message>
        <source>The text is the same as the current version.</source>
        <translation>Le texte est identique à celui de la version actuelle.</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>Impossible de restaurer la version %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Versions (newest first):</source>
        <translation>&amp;Versions (la plus récente en premier) :</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>C&amp;hanges from the selected version to the current one:</source>
        <translation>&amp;Modifications depuis la version choisie :</translation>
    </message>
    <message>
        <source>Changed fields &amp;only</source>
        <translation>Champs modifiés &amp;uniquement</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportBlockView</name>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation>sûr à %1 %</translation>
    </message>
    <message>
        <source>Blocks of the pasted text</source>
        <translation>Blocs du texte collé</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Déplacer vers %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>%1 (%2): right-click or press a key to move it</source>
        <translation>%1 (%2) : clic droit ou une touche pour le déplacer</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import releases, speakers or events from files</source>
        <translation>Importer des communiqués, des intervenants ou des événements depuis des fichiers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Already in Pressdesk</source>
        <translation>Déjà dans Pressdesk</translation>
    </message>
    <message>
        <source>Records to import that are already in Pressdesk: %1.</source>
        <translation>Éléments à importer déjà présents dans Pressdesk : %1.</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Les ignorer</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Les mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texte déposé</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importation : %1 créés, %2 mis à jour, %3 ignorés.</translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation>Importation de %1 éléments…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Read the copied release (text or web page) into a new release, for review</source>
        <translation>Lire le communiqué copié (texte ou page web) comme un nouveau communiqué, à relire</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read as a release. Copy the release first.</source>
        <translation>Le presse-papiers ne contient aucun texte à lire comme communiqué. Copiez d’abord le communiqué.</translation>
    </message>
    <message>
        <source>Paste as &amp;New Release</source>
        <translation>Coller comme &amp;nouveau communiqué</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportProblemsDialog</name>
    <message>
        <source>Import: Records with Problems</source>
        <translation>Importer : enregistrements avec des problèmes</translation>
    </message>
    <message>
        <source>Nothing can be imported: none of the records can be read. Here is why.</source>
        <translation>Rien ne peut être importé : aucun enregistrement n’est lisible. Voici pourquoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported.</source>
        <translation>
            <numerusform>%n enregistrement peut être importé.</numerusform>
            <numerusform>%n enregistrements peuvent être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cannot and will be left out; nothing is written until you choose Import the Others.</source>
        <translation>
            <numerusform>%n enregistrement ne peut pas l’être et sera laissé de côté ; rien n’est écrit avant que vous choisissiez Importer les autres.</numerusform>
            <numerusform>%n enregistrements ne peuvent pas l’être et seront laissés de côté ; rien n’est écrit avant que vous choisissiez Importer les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) can be imported, but some were changed on the way. Check them before you import.</source>
        <translation>
            <numerusform>L’enregistrement (%n) peut être importé, mais il a été modifié à la lecture. Vérifiez-le avant d’importer.</numerusform>
            <numerusform>Les %n enregistrements peuvent être importés, mais certains ont été modifiés à la lecture. Vérifiez-les avant d’importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Records with problems</source>
        <translation>Enregistrements avec des problèmes</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissé de côté</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Importé, modifié</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>&amp;Import the Others</source>
        <translation>&amp;Importer les autres</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Vérifier l'importation</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Subheadline:</source>
        <translation>&amp;Sous-titre :</translation>
    </message>
    <message>
        <source>Dateline &amp;city:</source>
        <translation>&amp;Ville d'émission :</translation>
    </message>
    <message>
        <source>Dateline c&amp;ountry:</source>
        <translation>&amp;Pays d'émission :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation>C&amp;hapeau :</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>À p&amp;ropos :</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notes aux rédactions :</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>None (keep in the body)</source>
        <translation>Aucun (laisser dans le corps du texte)</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Citations (%1)</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. The original text is kept with the release.</source>
        <translation>Rien n'est enregistré tant que vous n'avez pas choisi Importer. Le texte original est conservé avec le communiqué.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps du texte :</translation>
    </message>
    <message>
        <source>The body as it will be saved: **bold**, *italic*, lines starting with - are a list.</source>
        <translation>Le corps du texte tel qu’il sera enregistré : **gras**, *italique*, les lignes commençant par - forment une liste.</translation>
    </message>
    <message>
        <source>Discard Your Edits?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>You changed what will be imported. Throw those changes away? Nothing is imported.</source>
        <translation>Vous avez modifié ce qui sera importé. Abandonner ces modifications ? Rien ne sera importé.</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu'au</translation>
    </message>
    <message>
        <source>Embargo time</source>
        <translation>Heure de l'embargo</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l'embargo</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Each block of the pasted text is tinted by the field it went to. To move one, right-click it or select it and press H (headline), S (subheadline), L (lead), B (body), Q (quote), N (notes), A (about) or I (ignore); %1 undoes.</source>
        <translation>Chaque bloc du texte collé prend la couleur du champ où il est allé. Pour en déplacer un, faites un clic droit ou sélectionnez-le et appuyez sur H (titre), S (sous-titre), L (chapeau), B (corps), Q (citation), N (notes), A (à propos) ou I (ignorer) ; %1 annule.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
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
        <source>Move a Block to %1</source>
        <translation>Déplacer un bloc vers %1</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1 : aucun</translation>
    </message>
    <message>
        <source>Date: from the dateline.</source>
        <translation>Date : celle de la ligne de date.</translation>
    </message>
    <message>
        <source>Date: printed above the lead.</source>
        <translation>Date : imprimée au-dessus du chapeau.</translation>
    </message>
    <message>
        <source>Date: as the page declares it.</source>
        <translation>Date : celle que déclare la page.</translation>
    </message>
    <message>
        <source>Date: none found, so none is set. Enter it on the Fields page if you know it.</source>
        <translation>Date : aucune trouvée, donc aucune n'est fixée. Saisissez-la dans la page Champs si vous la connaissez.</translation>
    </message>
    <message>
        <source>%1 (on file: %2)</source>
        <translation>%1 (dans la fiche : %2)</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sans fonction</translation>
    </message>
    <message>
        <source>Printed in this release: %1
On file for %2: %3
The quote keeps the printed title as its attribution; the speaker's record is not changed.</source>
        <translation>Imprimé dans ce communiqué : %1
Dans la fiche de %2 : %3
La citation garde la fonction imprimée comme attribution ; la fiche de l'intervenant ne change pas.</translation>
    </message>
</context>
<context>
    <name>pressdesk::MailPreferences</name>
    <message>
        <source>Sending e-mail</source>
        <translation>Envoi d'e-mails</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>smtp://mail.example.org:587</source>
        <translation>smtp://mail.example.org:587</translation>
    </message>
    <message>
        <source>smtp://host:587 uses STARTTLS; smtps://host:465 uses TLS from the start</source>
        <translation>smtp://host:587 utilise STARTTLS ; smtps://host:465 utilise TLS dès le début</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Vide si le serveur ne demande pas de connexion</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Optional: a PEM file of certificates to trust</source>
        <translation>Facultatif : un fichier PEM de certificats de confiance</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Your e-&amp;mail address:</source>
        <translation>Votre a&amp;dresse e-mail :</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Certificates:</source>
        <translation>&amp;Certificats :</translation>
    </message>
    <message>
        <source>Messages per minu&amp;te:</source>
        <translation>Messages par minu&amp;te :</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A password needs an SMTP server and a user.</source>
        <translation>Un mot de passe nécessite un serveur SMTP et un utilisateur.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Le mot de passe n'a pas pu être conservé dans le trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::MainActions</name>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Move the selected items to the trash</source>
        <translation>Mettre les éléments sélectionnés à la corbeille</translation>
    </message>
    <message>
        <source>Restore the selected items from the trash</source>
        <translation>Restaurer les éléments sélectionnés depuis la corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste actuelle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Pressdesk</source>
        <translation>À &amp;propos de Pressdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Create a new record in the current section</source>
        <translation>Créer un élément dans la section actuelle</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Modifier l'élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>&amp;Fermer l'éditeur</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Create &amp;Translation…</source>
        <translation>Créer une &amp;traduction…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Communiqué</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>pressdesk::MainWindow</name>
    <message>
        <source>This list has no search.</source>
        <translation>Cette liste n'a pas de recherche.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet. Save them first?</source>
        <translation>« %1 » a des modifications qui ne sont pas encore enregistrées. Les enregistrer d'abord ?</translation>
    </message>
    <message>
        <source>Use the Saved Version</source>
        <translation>Utiliser la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Annuler la mise à la corbeille</translation>
    </message>
    <message>
        <source>Our organization is set up. Write the first release with Ctrl+N.</source>
        <translation>Votre organisation est configurée. Rédigez le premier communiqué avec Ctrl+N.</translation>
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
        <translation>lang:fr beat:économie country:Canada</translation>
    </message>
    <message>
        <source>Who joins the list by themselves: words, "phrases", a OR b, -excluded, and name: outlet: role: beat: lang: country: email:</source>
        <translation>Qui rejoint la liste de lui-même : mots, "expressions", a OR b, -exclus, et name: outlet: role: beat: lang: country: email:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Saved filter:</source>
        <translation>Filtre enregistré :</translation>
    </message>
    <message>
        <source>Added by hand:</source>
        <translation>Ajoutés à la main :</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Who is on the list now</source>
        <translation>Qui est sur la liste maintenant</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message>
        <source>New media list</source>
        <translation>Nouvelle liste de médias</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajouté à la main</translation>
    </message>
    <message>
        <source>found by the filter</source>
        <translation>trouvé par le filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now</source>
        <translation>
            <numerusform>%n destinataire maintenant</numerusform>
            <numerusform>%n destinataires maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n exclu</numerusform>
            <numerusform>%n exclus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::NavigationList</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>pressdesk::NewSpeakerDialog</name>
    <message>
        <source>New Speaker</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <source>The speaker is saved at once and can be completed later in the Speakers section.</source>
        <translation>L'intervenant est enregistré aussitôt et pourra être complété plus tard dans la section Intervenants.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>&amp;Fonction actuelle :</translation>
    </message>
    <message>
        <source>e.g. Deputy Minister of Labour and Social Welfare</source>
        <translation>p. ex. vice-ministre du Travail et de la Protection sociale</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Pick one, or type a new name to create it</source>
        <translation>Choisissez-en une ou saisissez un nouveau nom pour la créer</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
</context>
<context>
    <name>pressdesk::NotificationBell</name>
    <message>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 asked you to review “%2”</source>
        <translation>%1 vous demande de relire « %2 »</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1 a approuvé « %2 »</translation>
    </message>
    <message>
        <source>%1 sent “%2” back to draft</source>
        <translation>%1 a renvoyé « %2 » en brouillon</translation>
    </message>
    <message>
        <source>%1 commented on %2 of “%3”</source>
        <translation>%1 a commenté %2 de « %3 »</translation>
    </message>
    <message>
        <source>%1 replied to your comment on “%2”</source>
        <translation>%1 a répondu à votre commentaire sur « %2 »</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::OrganizationEditor</name>
    <message>
        <source>New organization, not saved</source>
        <translation>Nouvelle organisation, non enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Acronym, e.g. IOM</source>
        <translation>Sigle, p. ex. OIM</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Boilerplate:</source>
        <translation>&amp;Texte de présentation :</translation>
    </message>
    <message>
        <source>The "About" paragraph printed at the end of releases</source>
        <translation>Le paragraphe « À propos » imprimé à la fin des communiqués</translation>
    </message>
    <message>
        <source>Our organization: the letterhead and boilerplate of new releases (change it in Preferences).</source>
        <translation>Notre organisation : l'en-tête et le texte de présentation des nouveaux communiqués (à modifier dans les Préférences).</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Load Logo</source>
        <translation>Charger un logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read.</source>
        <translation>« %1 » n'est pas un logo que Pressdesk sait lire.</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Logo stored (SVG)</source>
        <translation>Logo enregistré (SVG)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Sh&amp;ort name:</source>
        <translation>Nom c&amp;ourt :</translation>
    </message>
    <message>
        <source>Load logo</source>
        <translation>Charger un logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Use as Our Organization</source>
        <translation>&amp;Utiliser comme notre organisation</translation>
    </message>
    <message>
        <source>New releases take this organization's letterhead, logo and boilerplate</source>
        <translation>Les nouveaux communiqués prennent l’en-tête, le logo et le texte de présentation de cette organisation</translation>
    </message>
</context>
<context>
    <name>pressdesk::OrganizationListModel</name>
    <message>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>pressdesk::PagePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::PasswordChangeDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>You connected to %1 as %2 with a one-time password. Choose your own password to start working; the one-time password stops working.</source>
        <translation>Vous êtes connecté à %1 en tant que %2 avec un mot de passe à usage unique. Choisissez votre propre mot de passe pour commencer à travailler ; le mot de passe à usage unique cesse de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>%1 must choose a password before working in %2: connect once with a window, or run pressdesk team password.</source>
        <translation>%1 doit choisir un mot de passe avant de travailler dans %2 : connectez-vous une fois avec une fenêtre, ou lancez pressdesk team password.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PeopleController</name>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, you, with every role; people are managed on a team newsroom (File ▸ Connect to Team Newsroom…).</source>
        <translation>Un fichier Pressdesk n’a qu’une personne, vous, avec tous les rôles ; les personnes se gèrent dans une salle de presse d’équipe (Fichier ▸ Se connecter à la salle de presse de l'équipe…).</translation>
    </message>
    <message>
        <source>Only admins manage people; you are %1 here.</source>
        <translation>Seuls les administrateurs gèrent les personnes ; ici, vous êtes %1.</translation>
    </message>
    <message>
        <source>no person of this newsroom</source>
        <translation>personne de cette salle de presse</translation>
    </message>
    <message>
        <source>Add people to this newsroom, change their roles or remove them</source>
        <translation>Ajouter des personnes à cette salle de presse, changer leurs rôles ou les retirer</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Salle de presse</translation>
    </message>
</context>
<context>
    <name>pressdesk::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>People of this newsroom</source>
        <translation>Personnes de cette salle de presse</translation>
    </message>
    <message>
        <source>Role of the selected person</source>
        <translation>Rôle de la personne sélectionnée</translation>
    </message>
    <message>
        <source>They can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>Elle ne pourra plus se connecter ; ses communiqués, commentaires et historique restent, à son nom.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>Not yet (has a one-time password)</source>
        <translation>Pas encore (a un mot de passe à usage unique)</translation>
    </message>
    <message>
        <source>One-time password for %1, shown only now: give it to them in person. They choose their own password when they first connect; this one expires in 7 days.</source>
        <translation>Mot de passe à usage unique pour %1, affiché seulement maintenant : remettez-le en main propre. La personne choisira son propre mot de passe à sa première connexion ; celui-ci expire dans 7 jours.</translation>
    </message>
    <message>
        <source>%1 is added as %2.</source>
        <translation>%1 est ajouté(e) comme %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Remove %1 from this newsroom? They can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>Retirer %1 de cette salle de presse ? La personne ne pourra plus se connecter ; ses communiqués, commentaires et historique restent, à son nom.</translation>
    </message>
    <message>
        <source>%1 can no longer connect; their work stays.</source>
        <translation>%1 ne peut plus se connecter ; son travail reste.</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Gives them a one-time password, shown once here; they choose their own when they next connect.</source>
        <translation>Lui donne un mot de passe à usage unique, affiché une fois ici ; la personne choisira le sien à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their present password stops working now, and until they choose their own at their next connection they can do nothing else.</source>
        <translation>Donner à %1 un nouveau mot de passe à usage unique ? Son mot de passe actuel cesse de fonctionner maintenant et, tant qu’elle n’aura pas choisi le sien à sa prochaine connexion, la personne ne pourra rien faire d’autre.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PersonalDictionary</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::PostgresStore</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): %3</source>
        <translation>Impossible de se connecter à %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1: %2</source>
        <translation>Impossible de préparer la connexion à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Impossible de lire les tables de %1 : %2</translation>
    </message>
    <message>
        <source>Creating or upgrading the schema of %1 to version %2 failed; nothing was changed. %3</source>
        <translation>La création ou la mise à jour du schéma de %1 vers la version %2 a échoué ; rien n’a été modifié. %3</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>communiqués</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 are missing from the search index.</source>
        <translation>
            <numerusform>%n élément des %1 manque dans l’index de recherche.</numerusform>
            <numerusform>%n éléments des %1 manquent dans l’index de recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1.</source>
        <translation>Impossible d'écouter les changements sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n words of the search index are missing from its word list, so words being typed may miss releases. The newsroom's owner can list them again with: SELECT pressdesk_relearn_words();</source>
        <translation>
            <numerusform>%n mot de l’index de recherche manque à sa liste de mots : les mots en cours de saisie peuvent manquer des communiqués. Le propriétaire de la salle de presse peut la compléter avec : SELECT pressdesk_relearn_words();</numerusform>
            <numerusform>%n mots de l’index de recherche manquent à sa liste de mots : les mots en cours de saisie peuvent manquer des communiqués. Le propriétaire de la salle de presse peut la compléter avec : SELECT pressdesk_relearn_words();</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a newsroom of schema %2, and this Pressdesk needs schema %3. Only the newsroom's owner, %4, can upgrade it: ask them to run pressdesk team init with its address and this version of Pressdesk. Nothing was changed.</source>
        <translation>%1 contient une salle de presse au schéma %2, et ce Pressdesk a besoin du schéma %3. Seul le propriétaire de la salle de presse, %4, peut la mettre à niveau : demandez-lui d’exécuter pressdesk team init avec son adresse et cette version de Pressdesk. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Our organization:</source>
        <translation>&amp;Notre organisation :</translation>
    </message>
    <message>
        <source>The letterhead, boilerplate and default media contacts of new releases</source>
        <translation>L'en-tête, le texte de présentation et les contacts presse par défaut des nouveaux communiqués</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Langue par défaut des communiqués :</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page :</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Dossier d'&amp;exportation :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Takes effect the next time Pressdesk starts.</source>
        <translation>Prend effet au prochain démarrage de Pressdesk.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l'&amp;interface :</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Dossier d'exportation</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appa&amp;rence :</translation>
    </message>
    <message>
        <source>System follows the desktop's light or dark colours</source>
        <translation>« Système » suit les couleurs claires ou sombres du bureau</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Orthographe :</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>pressdesk::PublishController</name>
    <message>
        <source>Publish Press &amp;Room…</source>
        <translation>Pu&amp;blier la salle de presse…</translation>
    </message>
    <message>
        <source>Write the published releases as a website with feeds</source>
        <translation>Écrire les communiqués publiés sous forme de site web avec flux</translation>
    </message>
</context>
<context>
    <name>pressdesk::PublishDialog</name>
    <message>
        <source>Publish Press Room</source>
        <translation>Publier la salle de presse</translation>
    </message>
    <message>
        <source>Writes the published releases as a website: a folder of pages, feeds and PDFs that any web server can serve. Drafts, releases in review or approved and releases under embargo are never included.</source>
        <translation>Écrit les communiqués publiés sous forme de site web : un dossier de pages, de flux et de PDF que tout serveur web peut servir. Les brouillons, les communiqués en relecture ou approuvés et les communiqués sous embargo n'y figurent jamais.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Language codes separated by commas, such as en, es; empty for every language.</source>
        <translation>Codes de langue séparés par des virgules, comme en, es ; vide pour toutes les langues.</translation>
    </message>
    <message>
        <source>A PDF of each release</source>
        <translation>Un PDF de chaque communiqué</translation>
    </message>
    <message>
        <source>Open the press room in the browser afterwards</source>
        <translation>Ouvrir ensuite la salle de presse dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Folder for the Press Room</source>
        <translation>Dossier de la salle de presse</translation>
    </message>
    <message>
        <source>The web address must start with https:// or http://.</source>
        <translation>L'adresse web doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>"%1" is not a language code (such as en, es or pt-BR).</source>
        <translation>« %1 » n'est pas un code de langue (comme en, es ou pt-BR).</translation>
    </message>
    <message>
        <source>The press room could not be published: %1</source>
        <translation>La salle de presse n'a pas pu être publiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n release(s) to %1.</source>
        <translation>
            <numerusform>%n communiqué publié dans %1.</numerusform>
            <numerusform>%n communiqués publiés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, %1 unchanged, %2 removed.</source>
        <translation>
            <numerusform>%n fichier écrit, %1 inchangés, %2 supprimés.</numerusform>
            <numerusform>%n fichiers écrits, %1 inchangés, %2 supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::QuoteMarkers</name>
    <message>
        <source>Quote %1: %2
Drag to move it in the body.</source>
        <translation>Citation %1 : %2
Faites-la glisser pour la déplacer dans le corps.</translation>
    </message>
    <message>
        <source>Quote places in the body</source>
        <translation>Places des citations dans le corps</translation>
    </message>
    <message>
        <source>Each quote is set between the paragraphs where its badge is. Move a quote with Alt+Up and Alt+Down in the Quotes tab, or Insert Quote Here at the cursor.</source>
        <translation>Chaque citation se place entre les paragraphes où se trouve son repère. Déplacez une citation avec Alt+Haut et Alt+Bas dans l’onglet Citations, ou avec Insérer une citation ici au curseur.</translation>
    </message>
</context>
<context>
    <name>pressdesk::RecentNewsrooms</name>
    <message>
        <source>Open Ne&amp;wsroom…</source>
        <translation>Ouvrir une &amp;rédaction…</translation>
    </message>
    <message>
        <source>Open another newsroom file in a window of its own</source>
        <translation>Ouvrir un autre fichier de rédaction dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>Open Newsroom</source>
        <translation>Ouvrir une rédaction</translation>
    </message>
    <message>
        <source>Pressdesk newsrooms (*.pressdesk *.sqlite *.db);;All files (*)</source>
        <translation>Rédactions Pressdesk (*.pressdesk *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</source>
        <translation>%1 n’est plus là (déplacé, renommé ou supprimé) ; il est retiré de la liste.</translation>
    </message>
    <message>
        <source>Pressdesk could not start on %1.</source>
        <translation>Pressdesk n’a pas pu s’ouvrir sur %1.</translation>
    </message>
    <message>
        <source>No Other Newsrooms Yet</source>
        <translation>Pas encore d’autres rédactions</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Newsroom…</source>
        <translation>Se connecter à la sa&amp;lle de presse de l'équipe…</translation>
    </message>
    <message>
        <source>Open a newsroom your team shares on a PostgreSQL server</source>
        <translation>Ouvrir une salle de presse que votre équipe partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to Team Newsroom</source>
        <translation>Se connecter à la salle de presse de l'équipe</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). The new window uses it until it is closed.</source>
        <translation>Le trousseau du système n’a pas pu conserver le mot de passe (%1). La nouvelle fenêtre l’utilise jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <source>Open R&amp;ecent</source>
        <translation>Ouvrir un fic&amp;hier récent</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseAccess</name>
    <message>
        <source>You can read this release and comment on it, but not change it: %1</source>
        <translation>Vous pouvez lire ce communiqué et le commenter, mais pas le modifier : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>This release is open for reading while someone else edits it; choose Edit Anyway to change it.</source>
        <translation>Ce communiqué est ouvert en lecture pendant qu’une autre personne le modifie ; choisissez « Modifier quand même » pour le modifier.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseChangeWatch</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Show the version stored now (asks first when you have unsaved changes).</source>
        <translation>Affiche la version enregistrée maintenant (demande d’abord si vous avez des modifications non enregistrées).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare your text with the version stored now and choose what to keep.</source>
        <translation>Comparez votre texte avec la version enregistrée maintenant et choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <source>Reload Release</source>
        <translation>Recharger le communiqué</translation>
    </message>
    <message>
        <source>Reloading shows the stored version and discards your unsaved changes. Compare lets you keep some of them.</source>
        <translation>Recharger affiche la version enregistrée et abandonne vos modifications non enregistrées. « Comparer » vous permet d’en garder une partie.</translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Abandonner et recharger</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseComments</name>
    <message>
        <source>Comment on This Field</source>
        <translation>Commenter ce champ</translation>
    </message>
    <message>
        <source>Show or hide the comments beside the release (Ctrl+Alt+M comments on the field you are in)</source>
        <translation>Affiche ou masque les commentaires à côté du communiqué (Ctrl+Alt+M commente le champ où vous êtes)</translation>
    </message>
    <message>
        <source>Comment on the field that has the focus</source>
        <translation>Commente le champ qui a le focus</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n commentaire ouvert</numerusform>
            <numerusform>%n commentaires ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseEditor</name>
    <message>
        <source>New release, not saved</source>
        <translation>Nouveau communiqué, non enregistré</translation>
    </message>
    <message>
        <source>Earlier versions of this release</source>
        <translation>Versions précédentes de ce communiqué</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Head&amp;line:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Ce qui s'est passé, en une ligne</translation>
    </message>
    <message>
        <source>0/100</source>
        <translation>0/100</translation>
    </message>
    <message>
        <source>Su&amp;bheadline:</source>
        <translation>So&amp;us-titre :</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation>&amp;Date du communiqué :</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>The time zone the embargo is given in</source>
        <translation>Le fuseau horaire dans lequel l'embargo est indiqué</translation>
    </message>
    <message>
        <source>FOR IMMEDIATE RELEASE</source>
        <translation>POUR DIFFUSION IMMÉDIATE</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. migration, gender</source>
        <translation>Séparés par des virgules, p. ex. migration, genre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Who, what, when, where, why</source>
        <translation>Qui, quoi, quand, où, pourquoi</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Co&amp;rps du texte :</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the quote up</source>
        <translation>Monter la citation</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the quote down</source>
        <translation>Descendre la citation</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>Inter&amp;venant :</translation>
    </message>
    <message>
        <source>Type a name or organization</source>
        <translation>Saisissez un nom ou une organisation</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Attri&amp;bution:</source>
        <translation>Attri&amp;bution :</translation>
    </message>
    <message>
        <source>As printed, e.g. Deputy Minister of Labour of Costa Rica</source>
        <translation>Telle qu'imprimée, p. ex. vice-ministre du Travail du Costa Rica</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>Cita&amp;tion :</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Événements liés</translation>
    </message>
    <message>
        <source>Type to add an event</source>
        <translation>Saisissez un nom pour ajouter un événement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Saisissez un nom pour ajouter un contact</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fin du communiqué</translation>
    </message>
    <message>
        <source>About the organi&amp;zation (boilerplate):</source>
        <translation>À propos de l'organi&amp;sation (texte de présentation) :</translation>
    </message>
    <message>
        <source>Edit a copy of the organization’s text</source>
        <translation>Modifier une copie du texte de l'organisation</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notes aux rédactions :</translation>
    </message>
    <message>
        <source>Preview as exported</source>
        <translation>Aperçu tel qu'exporté</translation>
    </message>
    <message>
        <source>Show this release or one of its translations</source>
        <translation>Afficher ce communiqué ou l'une de ses traductions</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(aucun intervenant)</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Créer une traduction</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduire en :</translation>
    </message>
    <message>
        <source>Link event</source>
        <translation>Lier un événement</translation>
    </message>
    <message>
        <source>Unlink event</source>
        <translation>Délier l'événement</translation>
    </message>
    <message>
        <source>Add media contact</source>
        <translation>Ajouter un contact presse</translation>
    </message>
    <message>
        <source>Remove media contact</source>
        <translation>Retirer le contact presse</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <source>The organization has no boilerplate; write one for this release here.</source>
        <translation>L'organisation n'a pas de texte de présentation ; rédigez-en un ici pour ce communiqué.</translation>
    </message>
    <message>
        <source>Empty: the organization's text is used:

%1</source>
        <translation>Vide : le texte de l'organisation est utilisé :

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to read</source>
        <translation>
            <numerusform>environ %n minute de lecture</numerusform>
            <numerusform>environ %n minutes de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Headlines read best under %1 characters.</source>
        <translation>Les titres se lisent mieux sous %1 caractères.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters are allowed.</source>
        <translation>Trop long : %1 caractères au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Long: headlines read best under %1 characters.</source>
        <translation>Long : les titres se lisent mieux sous %1 caractères.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved, version %1</source>
        <translation>Enregistré, version %1</translation>
    </message>
    <message>
        <source>This release</source>
        <translation>Ce communiqué</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>Côte à côte : %1</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Citations (%1)</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Retirer la citation</translation>
    </message>
    <message>
        <source>Move quote</source>
        <translation>Déplacer la citation</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Liens (%1)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Save the release first: the translation starts as a copy of the saved text.</source>
        <translation>Enregistrez d'abord le communiqué : la traduction commence comme une copie du texte enregistré.</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Create translation…</source>
        <translation>Créer une traducti&amp;on…</translation>
    </message>
    <message>
        <source>Datel&amp;ine:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Dateline country</source>
        <translation>Pays d'émission</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>E&amp;mbargo:</source>
        <translation>Em&amp;bargo :</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo jusqu'au</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l'embargo</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Auth&amp;or:</source>
        <translation>Auteu&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Lead paragraph:</source>
        <translation>Chapea&amp;u :</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Lin&amp;ked events</source>
        <translation>Événements &amp;liés</translation>
    </message>
    <message>
        <source>Link an event</source>
        <translation>Lier un événement</translation>
    </message>
    <message>
        <source>Remove linked event</source>
        <translation>Retirer l'événement lié</translation>
    </message>
    <message>
        <source>&amp;Media contacts</source>
        <translation>Con&amp;tacts presse</translation>
    </message>
    <message>
        <source>Add a media contact</source>
        <translation>Ajouter un contact presse</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Aperçu de</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Add a speaker who is not in the list yet</source>
        <translation>Ajouter un intervenant qui n'est pas encore dans la liste</translation>
    </message>
    <message>
        <source>The release was approved and its text changed, so it is back in review: it needs approval again before it is published.</source>
        <translation>Le communiqué était approuvé et son texte a changé : il repasse en relecture et doit être approuvé à nouveau avant sa publication.</translation>
    </message>
    <message>
        <source>Insert Quote Here</source>
        <translation>Insérer une citation ici</translation>
    </message>
    <message>
        <source>Move the Selected Quote Here</source>
        <translation>Déplacer ici la citation sélectionnée</translation>
    </message>
    <message>
        <source>Move the quote up in the body (Alt+Up)</source>
        <translation>Monter la citation dans le corps (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the quote down in the body (Alt+Down)</source>
        <translation>Descendre la citation dans le corps (Alt+Bas)</translation>
    </message>
    <message>
        <source>Placed before the body.</source>
        <translation>Placée avant le corps.</translation>
    </message>
    <message>
        <source>Placed after paragraph %1 of %2: “%3”</source>
        <translation>Placée après le paragraphe %1 sur %2 : « %3 »</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Review requested of %1.</source>
        <translation>Relecture demandée à %1.</translation>
    </message>
    <message>
        <source>The release is in review, but its reviewers were not asked: %1</source>
        <translation>Le communiqué est en relecture, mais ses relecteurs n’ont pas été sollicités : %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envois</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFields</name>
    <message>
        <source>Spell checking is off for this language. %1</source>
        <translation>La vérification orthographique est désactivée pour cette langue. %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>With or without embargo</source>
        <translation>Avec ou sans embargo</translation>
    </message>
    <message>
        <source>Embargoed</source>
        <translation>Sous embargo</translation>
    </message>
    <message>
        <source>Not embargoed</source>
        <translation>Sans embargo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l'événement</translation>
    </message>
    <message>
        <source>Quoted speaker</source>
        <translation>Intervenant cité</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtre de langue</translation>
    </message>
    <message>
        <source>Embargo filter</source>
        <translation>Filtre d'embargo</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre de mot-clé</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtre d'événement</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Filtre d'intervenant</translation>
    </message>
    <message>
        <source>Author filter</source>
        <translation>Filtre d'auteur</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseListModel</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleasePresence</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Modifier quand même</translation>
    </message>
    <message>
        <source>Change the release too; if they save first, your save offers to compare the two.</source>
        <translation>Modifiez aussi le communiqué ; si l’autre personne enregistre d’abord, votre enregistrement proposera de comparer les deux versions.</translation>
    </message>
    <message>
        <source>Clear Lock</source>
        <translation>Lever le verrou</translation>
    </message>
    <message>
        <source>Admins: take the release over (someone left it open and went away).</source>
        <translation>Administrateurs : reprendre le communiqué (quelqu’un l’a laissé ouvert et est parti).</translation>
    </message>
    <message>
        <source>%1. You are reading it; Edit Anyway lets you change it too.</source>
        <translation>%1. Vous le lisez ; « Modifier quand même » vous permet de le modifier aussi.</translation>
    </message>
    <message>
        <source>%1. You are editing it too: if they save first, your save offers to compare the two.</source>
        <translation>%1. Vous le modifiez aussi : si l’autre personne enregistre d’abord, votre enregistrement proposera de comparer les deux versions.</translation>
    </message>
    <message>
        <source>The lock could not be cleared: %1</source>
        <translation>Le verrou n’a pas pu être levé : %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReviewQueueButton</name>
    <message>
        <source>For My Review (%1)</source>
        <translation>À relire par moi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) in review that you are asked to review</source>
        <translation>
            <numerusform>%n communiqué en relecture qu’on vous demande de relire</numerusform>
            <numerusform>%n communiqués en relecture qu’on vous demande de relire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::ReviewersDialog</name>
    <message>
        <source>Request Review</source>
        <translation>Demander une relecture</translation>
    </message>
    <message>
        <source>Who should review this release? They find it under For My Review.</source>
        <translation>Qui doit relire ce communiqué ? Il le trouvera sous À relire par moi.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>This newsroom has no editor, publisher or admin yet; ask an admin to add one.</source>
        <translation>Cette salle de presse n’a encore ni éditeur, ni publicateur, ni administrateur ; demandez à un administrateur d’en ajouter un.</translation>
    </message>
    <message>
        <source>&amp;Request Review</source>
        <translation>&amp;Demander une relecture</translation>
    </message>
    <message>
        <source>Tick at least one reviewer.</source>
        <translation>Cochez au moins un relecteur.</translation>
    </message>
</context>
<context>
    <name>pressdesk::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer la mise en forme</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https://…), empty to remove the link:</source>
        <translation>Adresse (https://…), vide pour retirer le lien :</translation>
    </message>
</context>
<context>
    <name>pressdesk::SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>pressdesk::SectionView</name>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Rechercher parmi les %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>La recherche n'a pas pu être lancée : %1</translation>
    </message>
    <message>
        <source>Nothing matches this search. Clear the search field (Esc) to see everything.</source>
        <translation>Rien ne correspond à cette recherche. Videz le champ de recherche (Échap) pour tout voir.</translation>
    </message>
    <message>
        <source>No releases yet.
Write the first one with New (Ctrl+N), paste one you already have with Edit ▸ Paste as New Release (Ctrl+Shift+V), or import files with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>Aucun communiqué pour l’instant.
Rédigez le premier avec Nouveau (Ctrl+N), collez-en un que vous avez déjà avec Édition ▸ Coller comme nouveau communiqué (Ctrl+Maj+V), ou importez des fichiers avec Fichier ▸ Importer (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <source>No speakers yet.
Add the people your releases quote with New (Ctrl+N), with their exact titles, or import a list (CSV or vCard) with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>Aucun intervenant pour l’instant.
Ajoutez les personnes citées dans vos communiqués avec Nouveau (Ctrl+N), avec leurs fonctions exactes, ou importez une liste (CSV ou vCard) avec Fichier ▸ Importer (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <source>No events yet.
Add a congress, workshop or launch with New (Ctrl+N), or import a calendar (.ics) with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>Aucun événement pour l’instant.
Ajoutez un congrès, un atelier ou un lancement avec Nouveau (Ctrl+N), ou importez un calendrier (.ics) avec Fichier ▸ Importer (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <source>No organizations yet.
Add your own with New (Ctrl+N) and choose Use as Our Organization: it gives new releases their letterhead, logo and boilerplate. Partners and funders go here too.</source>
        <translation>Aucune organisation pour l’instant.
Ajoutez la vôtre avec Nouveau (Ctrl+N) et choisissez Utiliser comme notre organisation : elle donne aux nouveaux communiqués leur en-tête, leur logo et leur texte de présentation. Les partenaires et bailleurs de fonds vont ici aussi.</translation>
    </message>
    <message>
        <source>The trash is empty.
What you move to the trash waits here until you restore it.</source>
        <translation>La corbeille est vide.
Ce que vous mettez à la corbeille attend ici jusqu’à ce que vous le restauriez.</translation>
    </message>
    <message>
        <source>The list could not be read (%1). What it shows may be out of date; Refresh (F5) tries again.</source>
        <translation>La liste n’a pas pu être lue (%1). Ce qu’elle affiche peut être périmé ; Actualiser (F5) réessaie.</translation>
    </message>
</context>
<context>
    <name>pressdesk::SendController</name>
    <message>
        <source>Send to &amp;Media…</source>
        <translation>Envoyer aux &amp;médias…</translation>
    </message>
    <message>
        <source>E-mail the current release to media lists and people</source>
        <translation>Envoyer par e-mail le communiqué courant à des listes de médias et des personnes</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when Pressdesk stopped: they may or may not have arrived. Review them under Send to Media ▸ Record.</source>
        <translation>
            <numerusform>%n message était en cours d'envoi quand Pressdesk s'est arrêté : il est peut-être arrivé, peut-être pas. Vérifiez-le dans Envoyer aux médias ▸ Historique.</numerusform>
            <numerusform>%n messages étaient en cours d'envoi quand Pressdesk s'est arrêté : ils sont peut-être arrivés, peut-être pas. Vérifiez-les dans Envoyer aux médias ▸ Historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that waited in the outbox were sent.</source>
        <translation>
            <numerusform>%n message qui attendait dans la boîte d'envoi a été envoyé.</numerusform>
            <numerusform>%n messages qui attendaient dans la boîte d'envoi ont été envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::SendDialog</name>
    <message>
        <source>Send to Media</source>
        <translation>Envoyer aux médias</translation>
    </message>
    <message>
        <source>Who Gets What</source>
        <translation>Qui reçoit quoi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Send &amp;Test to Me</source>
        <translation>M'envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Send the message of the recipient shown in the preview to your own address only</source>
        <translation>Envoyer le message du destinataire de l'aperçu à votre seule adresse</translation>
    </message>
    <message>
        <source>Save &amp;Drafts for My Mail Program…</source>
        <translation>Enregistrer des &amp;brouillons pour ma messagerie…</translation>
    </message>
    <message>
        <source>One .eml draft per language with everyone in Bcc, to send from your own mailbox</source>
        <translation>Un brouillon .eml par langue avec tout le monde en Cci, à envoyer depuis votre propre boîte</translation>
    </message>
    <message>
        <source>Send Through &amp;SMTP</source>
        <translation>Envoyer par &amp;SMTP</translation>
    </message>
    <message>
        <source>One personal message per recipient through the server set in Preferences</source>
        <translation>Un message personnel par destinataire via le serveur défini dans les Préférences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Folder for the Drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <source>Send Under Embargo</source>
        <translation>Envoyer sous embargo</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not kept; set it in Preferences to keep it in the keychain):</source>
        <translation>Mot de passe de %1 sur %2 (non conservé ; définissez-le dans les Préférences pour le garder dans le trousseau) :</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Media &amp;lists</source>
        <translation>&amp;Listes de médias</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Under embargo until %1: only people who respect embargoes get it.</source>
        <translation>Sous embargo jusqu'au %1 : seules les personnes qui respectent les embargos le reçoivent.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>As s&amp;een by:</source>
        <translation>V&amp;u par :</translation>
    </message>
    <message>
        <source>Send What &amp;Waits</source>
        <translation>Envoyer ce qui &amp;attend</translation>
    </message>
    <message>
        <source>Try again the messages that wait in the outbox for the server in Preferences</source>
        <translation>Réessayer les messages qui attendent dans la boîte d'envoi pour le serveur des Préférences</translation>
    </message>
    <message>
        <source>Pick media lists or people on the left.</source>
        <translation>Choisissez des listes de médias ou des personnes à gauche.</translation>
    </message>
    <message>
        <source>Nobody picked may receive this release.</source>
        <translation>Aucune des personnes choisies ne peut recevoir ce communiqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), one message each:</source>
        <translation>
            <numerusform>%n destinataire, un message :</numerusform>
            <numerusform>%n destinataires, un message chacun :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 version: %n recipient(s)</source>
        <translation>
            <numerusform>• version en %1 : %n destinataire</numerusform>
            <numerusform>• version en %1 : %n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody picked is left out.</source>
        <translation>Personne parmi les choix n'est écarté.</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Écarté (%n) :</numerusform>
            <numerusform>Écartés (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The preview shows the message of a recipient once people are picked.</source>
        <translation>L'aperçu montre le message d'un destinataire dès que des personnes sont choisies.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;De :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;À :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Objet :&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <source>This release is under embargo until %1 (%2 where you are). Only people who respect embargoes get it. Send it now?</source>
        <translation>Ce communiqué est sous embargo jusqu'au %1 (%2 chez vous). Seules les personnes qui respectent les embargos le reçoivent. L'envoyer maintenant ?</translation>
    </message>
    <message>
        <source>Set the SMTP server in Preferences first (File ▸ Preferences…).</source>
        <translation>Définissez d'abord le serveur SMTP dans les Préférences (Fichier ▸ Préférences…).</translation>
    </message>
    <message>
        <source>No password for %1 on %2: nothing was sent.</source>
        <translation>Pas de mot de passe pour %1 sur %2 : rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The drafts could not be saved: %1</source>
        <translation>Les brouillons n'ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>The drafts are saved, but who got them could not be recorded: %1</source>
        <translation>Les brouillons sont enregistrés, mais leurs destinataires n'ont pas pu être consignés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n draft(s) in %1: open each in your mail program and send it.</source>
        <translation>
            <numerusform>%n brouillon enregistré dans %1 : ouvrez-le dans votre messagerie et envoyez-le.</numerusform>
            <numerusform>%n brouillons enregistrés dans %1 : ouvrez-les un à un dans votre messagerie et envoyez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set your name and e-mail address in Preferences first (File ▸ Preferences…).</source>
        <translation>Indiquez d'abord votre nom et votre adresse e-mail dans les Préférences (Fichier ▸ Préférences…).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Envoi de %n message…</numerusform>
            <numerusform>Envoi de %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Non remis à %1 : %2</translation>
    </message>
    <message>
        <source>Will try %1 again later: %2</source>
        <translation>Nouvel essai pour %1 plus tard : %2</translation>
    </message>
    <message>
        <source>The outbox could not be opened: %1</source>
        <translation>La boîte d'envoi n'a pas pu être ouverte : %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the mail server (%1). Sent %2; %n message(s) wait in the outbox and go with Send What Waits (Record tab) once the connection is back.</source>
        <translation>
            <numerusform>Le serveur de messagerie est injoignable (%1). Envoyés : %2 ; %n message attend dans la boîte d'envoi et partira avec « Envoyer ce qui attend » (onglet Historique) quand la connexion sera revenue.</numerusform>
            <numerusform>Le serveur de messagerie est injoignable (%1). Envoyés : %2 ; %n messages attendent dans la boîte d'envoi et partiront avec « Envoyer ce qui attend » (onglet Historique) quand la connexion sera revenue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1; %2 could not be delivered and %3 wait to be tried again (listed below).</source>
        <translation>Envoyés : %1 ; %2 n'ont pas pu être remis et %3 attendent un nouvel essai (ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend &amp;Uncertain…</source>
        <translation>Renvoyer les messages &amp;incertains…</translation>
    </message>
    <message>
        <source>Review and resend the messages that were being sent when Pressdesk stopped: they may or may not have arrived</source>
        <translation>Revoir et renvoyer les messages en cours d'envoi quand Pressdesk s'est arrêté : ils sont peut-être arrivés, peut-être pas</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (version en %2)</translation>
    </message>
    <message>
        <source>Resend Uncertain Messages</source>
        <translation>Renvoyer les messages incertains</translation>
    </message>
    <message>
        <source>Pressdesk stopped while these messages were being handed to the mail server, so they may or may not have arrived:

%1

Resend them? Whoever got them already will get them twice.</source>
        <translation>Pressdesk s'est arrêté pendant qu'il remettait ces messages au serveur de messagerie : ils sont peut-être arrivés, peut-être pas.

%1

Les renvoyer ? Qui les a déjà reçus les recevra deux fois.</translation>
    </message>
    <message>
        <source>Waiting for the outbox, which is sending in the background…</source>
        <translation>En attente de la boîte d'envoi, qui envoie en arrière-plan…</translation>
    </message>
    <message>
        <source>&amp;Mark as Delivered…</source>
        <translation>&amp;Marquer comme remis…</translation>
    </message>
    <message>
        <source>Record the uncertain messages as sent, when you know they arrived (they are not sent again)</source>
        <translation>Enregistrer les messages incertains comme envoyés, quand vous savez qu'ils sont arrivés (ils ne sont pas renvoyés)</translation>
    </message>
    <message>
        <source>Mark as Delivered</source>
        <translation>Marquer comme remis</translation>
    </message>
    <message>
        <source>Record these messages as sent? Do so only when you know they arrived (the journalist or the server's log says so); they will not be sent again.

%1</source>
        <translation>Enregistrer ces messages comme envoyés ? Faites-le seulement si vous savez qu'ils sont arrivés (le journaliste ou le journal du serveur le dit) ; ils ne seront pas renvoyés.

%1</translation>
    </message>
    <message>
        <source>The messages could not be marked: %1</source>
        <translation>Les messages n'ont pas pu être marqués : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n message enregistré comme envoyé.</numerusform>
            <numerusform>%n messages enregistrés comme envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::SentRecordView</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d'envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Server's reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>L'historique n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>This release has not been sent yet.</source>
        <translation>Ce communiqué n'a pas encore été envoyé.</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting %3.</source>
        <translation>Envoyés %1, en échec %2, en attente %3.</translation>
    </message>
    <message>
        <source>Sent record</source>
        <translation>Registre des envois</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting %3, uncertain %4 (may or may not have arrived).</source>
        <translation>Envoyés : %1, échecs : %2, en attente : %3, incertains : %4 (peut-être arrivés, peut-être pas).</translation>
    </message>
</context>
<context>
    <name>pressdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fi&amp;ltrer :</translation>
    </message>
    <message>
        <source>Action or key, e.g. save or Ctrl+S</source>
        <translation>Action ou touche, p. ex. enregistrer ou Ctrl+S</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpeakerEditor</name>
    <message>
        <source>New speaker, not saved</source>
        <translation>Nouvel intervenant, non enregistré</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>e.g. Dr., Hon.</source>
        <translation>p. ex. Dr, S. E.</translation>
    </message>
    <message>
        <source>Derived from the full name until you change it</source>
        <translation>Déduit du nom complet jusqu'à ce que vous le modifiiez</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
    <message>
        <source>Pick one, or type a new name to create it on save</source>
        <translation>Choisissez-en une ou saisissez un nouveau nom pour la créer à l'enregistrement</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Codes, comma-separated: es, en</source>
        <translation>Codes séparés par des virgules : fr, en</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Biographie :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Quoted in</source>
        <translation>Cité dans</translation>
    </message>
    <message>
        <source>Double-click to open the release</source>
        <translation>Double-cliquez pour ouvrir le communiqué</translation>
    </message>
    <message>
        <source>Load Photo</source>
        <translation>Charger une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>“%1” is not an image Pressdesk can read.</source>
        <translation>« %1 » n'est pas une image que Pressdesk sait lire.</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <source>Quoted in (%1)</source>
        <translation>Cité dans (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Hon&amp;orific:</source>
        <translation>&amp;Titre de civilité :</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nom co&amp;mplet :</translation>
    </message>
    <message>
        <source>Sor&amp;t name:</source>
        <translation>Nom de t&amp;ri :</translation>
    </message>
    <message>
        <source>Current t&amp;itle:</source>
        <translation>Fo&amp;nction actuelle :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Load photo</source>
        <translation>Charger une photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpeakerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellCheckGroup</name>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>The word is accepted until Pressdesk quits, but it could not be saved: %1</source>
        <translation>Le mot est accepté jusqu'à la fermeture de Pressdesk, mais il n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Accept this word until Pressdesk quits</source>
        <translation>Accepter ce mot jusqu'à la fermeture de Pressdesk</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellChecker</name>
    <message>
        <source>No dictionary.</source>
        <translation>Aucun dictionnaire.</translation>
    </message>
    <message>
        <source>The dictionary files %1 and %2 are missing.</source>
        <translation>Les fichiers de dictionnaire %1 et %2 sont introuvables.</translation>
    </message>
    <message>
        <source>The dictionary %1 uses the encoding %2, which this system cannot convert.</source>
        <translation>Le dictionnaire %1 utilise l'encodage %2, que ce système ne peut pas convertir.</translation>
    </message>
    <message>
        <source>Pressdesk was built without Hunspell.</source>
        <translation>Pressdesk a été compilé sans Hunspell.</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellingService</name>
    <message>
        <source>No dictionary found for %1 in %2.</source>
        <translation>Aucun dictionnaire trouvé pour %1 dans %2.</translation>
    </message>
    <message>
        <source>Hunspell is not built in.</source>
        <translation>Hunspell n'est pas intégré.</translation>
    </message>
    <message>
        <source>Spell checking is off: Pressdesk was built without Hunspell.</source>
        <translation>La vérification orthographique est désactivée : Pressdesk a été compilé sans Hunspell.</translation>
    </message>
    <message>
        <source>Spell checking is off: no Hunspell dictionary found in %1.</source>
        <translation>La vérification orthographique est désactivée : aucun dictionnaire Hunspell trouvé dans %1.</translation>
    </message>
    <message>
        <source>Spell checking: no dictionary for English, Spanish or French.</source>
        <translation>Vérification orthographique : aucun dictionnaire pour l'anglais, l'espagnol ou le français.</translation>
    </message>
    <message>
        <source>Spell checking: %1 available.</source>
        <translation>Vérification orthographique disponible pour : %1.</translation>
    </message>
    <message>
        <source>Not available: %1 (no dictionary installed).</source>
        <translation>Non disponible pour : %1 (aucun dictionnaire installé).</translation>
    </message>
</context>
<context>
    <name>pressdesk::SqliteStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n'est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>Impossible de créer %1 : le dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Pressdesk database.</source>
        <translation>%1 est un dossier, pas une base de données Pressdesk.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Impossible de lire %1 : permission refusée.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the file is read-only.</source>
        <translation>Impossible d'ouvrir %1 en écriture : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Pressdesk database.</source>
        <translation>%1 est une base de données SQLite, mais pas une base Pressdesk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Pressdesk (schema %2; this version reads up to schema %3). It was left unchanged; please update Pressdesk.</source>
        <translation>%1 a été écrit par une version plus récente de Pressdesk (schéma %2 ; cette version lit jusqu'au schéma %3). Il n'a pas été modifié ; mettez Pressdesk à jour.</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again when it is closed.</source>
        <translation>%1 est verrouillé par un autre programme ; réessayez quand il sera fermé.</translation>
    </message>
    <message>
        <source>%1 is not a Pressdesk database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 n'est pas une base de données Pressdesk (ce n'est pas un fichier SQLite, ou il est endommagé).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost. Rescue what can still be read with pressdesk salvage.</source>
        <translation>%1 est endommagé (%2). Il n’a pas été ouvert, donc rien de plus n’est perdu. Récupérez ce qui peut encore être lu avec pressdesk salvage.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost. The newest good backup is %3 (pressdesk restore %3); or rescue what can still be read with pressdesk salvage.</source>
        <translation>%1 est endommagé (%2). Il n’a pas été ouvert, donc rien de plus n’est perdu. La sauvegarde valide la plus récente est %3 (pressdesk restore %3) ; ou récupérez ce qui peut encore être lu avec pressdesk salvage.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Impossible de configurer %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because the copy made before upgrading failed: %2</source>
        <translation>%1 n'a pas été mis à niveau, car la copie faite avant la mise à niveau a échoué : %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file was left at schema %3. %4</source>
        <translation>La mise à niveau de %1 vers le schéma %2 a échoué ; le fichier est resté au schéma %3. %4</translation>
    </message>
    <message>
        <source>Another program removed or replaced the journal of %1 (%2-wal) while Pressdesk had the file open. To keep your work safe, Pressdesk writes nothing more to it in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</source>
        <translation>Un autre programme a supprimé ou remplacé le journal de %1 (%2-wal) pendant que Pressdesk avait le fichier ouvert. Pour protéger votre travail, Pressdesk n’y écrit plus rien pendant cette session : ce que vous n’avez pas enregistré reste dans les éditeurs ouverts et dans la copie de récupération. Fermez Pressdesk et rouvrez-le.</translation>
    </message>
    <message>
        <source>Pressdesk lost its lock on %1 and could not take it back. To keep your work safe, it writes nothing more to the file in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</source>
        <translation>Pressdesk a perdu son verrou sur %1 et n’a pas pu le reprendre. Pour protéger votre travail, il n’écrit plus rien dans le fichier pendant cette session : ce que vous n’avez pas enregistré reste dans les éditeurs ouverts et dans la copie de récupération. Fermez Pressdesk et rouvrez-le.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 pointe vers une ligne manquante de %3.</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>communiqués</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>The search index of the %1 does not match their saved text: searches may miss or show wrong %1. pressdesk salvage --to FILE writes a copy with the index rebuilt.</source>
        <translation>L’index de recherche des %1 ne correspond plus à leur texte enregistré : les recherches peuvent manquer des %1 ou en montrer de faux. pressdesk salvage --to FICHIER écrit une copie avec l’index reconstruit.</translation>
    </message>
</context>
<context>
    <name>pressdesk::StatusPanel</name>
    <message>
        <source>Team newsroom: %1</source>
        <translation>Salle de presse de l’équipe : %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server and database in use</source>
        <translation>Le serveur PostgreSQL et la base de données utilisés</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>Le fichier de base de données utilisé</translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es)</source>
        <translation>
            <numerusform>Plus de %n résultat</numerusform>
            <numerusform>Plus de %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n communiqué</numerusform>
            <numerusform>%n communiqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n intervenant</numerusform>
            <numerusform>%n intervenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>%n élément dans la corbeille</numerusform>
            <numerusform>%n éléments dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Pressdesk Stopped Saving</source>
        <translation>Pressdesk a cessé d’enregistrer</translation>
    </message>
    <message>
        <source>%1 (not saving)</source>
        <translation>%1 (pas d’enregistrement)</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <source>Server unreachable, reconnecting… (%1)</source>
        <translation>Serveur injoignable, reconnexion… (%1)</translation>
    </message>
    <message>
        <source>Your edits stay in their editors and in a recovery copy on this computer; save again once the server is back.
%1</source>
        <translation>Vos modifications restent dans leurs éditeurs et dans une copie de récupération sur cet ordinateur ; enregistrez de nouveau quand le serveur sera revenu.
%1</translation>
    </message>
</context>
<context>
    <name>pressdesk::StoreLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n’a été indiquée.</translation>
    </message>
    <message>
        <source>The server address is not a valid URI: %1</source>
        <translation>L’adresse du serveur n’est pas une URI valide : %1</translation>
    </message>
    <message>
        <source>The server address has an unknown parameter "%1".</source>
        <translation>L’adresse du serveur contient un paramètre inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The server address has an unknown sslmode "%1" (one of %2).</source>
        <translation>L’adresse du serveur contient un sslmode inconnu « %1 » (parmi %2).</translation>
    </message>
    <message>
        <source>The server address has an invalid port.</source>
        <translation>L’adresse du serveur contient un port non valide.</translation>
    </message>
    <message>
        <source>The server address names no database (postgresql://host/DATABASE).</source>
        <translation>L’adresse du serveur n’indique aucune base de données (postgresql://serveur/BASE).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::TrashController</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo Move to Trash</source>
        <translation>Annuler la mise à la corbeille</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Could not move the item to the trash: %1</source>
        <translation>Impossible de mettre l'élément à la corbeille : %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the trash.</source>
        <translation>
            <numerusform>%n élément mis à la corbeille.</numerusform>
            <numerusform>%n éléments mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore the item: %1</source>
        <translation>Impossible de restaurer l'élément : %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the trash.</source>
        <translation>
            <numerusform>%n élément restauré depuis la corbeille.</numerusform>
            <numerusform>%n éléments restaurés depuis la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation>
            <numerusform>%n élément restauré.</numerusform>
            <numerusform>%n éléments restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément de la corbeille ? Cette opération est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n éléments de la corbeille ? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items were kept because they are still in use:

%1</source>
        <translation>Certains éléments ont été conservés, car ils sont encore utilisés :

%1</translation>
    </message>
</context>
<context>
    <name>pressdesk::TrashListModel</name>
    <message>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
</TS>