<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Backups</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>it is not a Pressdesk database</source>
        <translation>it is not a Pressdesk database</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 is not a usable backup: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>Backing up to %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>Cannot move %1 aside; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2; the original was put back.</source>
        <translation>Cannot copy %1 to %2; the original was put back.</translation>
    </message>
    <message>
        <source>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</source>
        <translation>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</translation>
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
        <translation>Whole release</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <source>the release</source>
        <translation>the release</translation>
    </message>
    <message>
        <source>the headline</source>
        <translation>the headline</translation>
    </message>
    <message>
        <source>the subheadline</source>
        <translation>the subheadline</translation>
    </message>
    <message>
        <source>the lead</source>
        <translation>the lead</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>quote %1</translation>
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
        <translation>The damaged file is kept beside the new one whatever you choose.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds %2 records (%3).</source>
        <translation>The newest good backup is from %1 and holds %2 records (%3).</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>&amp;Restore the Backup</translation>
    </message>
    <message>
        <source>&amp;Salvage What Can Be Read</source>
        <translation>&amp;Salvage What Can Be Read</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Salvaged %1 from the damaged file. Check the newest work: what stood on the damaged parts could not be read. The damaged file was kept as %2.</source>
        <translation>Salvaged %1 from the damaged file. Check the newest work: what stood on the damaged parts could not be read. The damaged file was kept as %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Embargoed until</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Our organization</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>marked "do not contact"</source>
        <translation>marked "do not contact"</translation>
    </message>
    <message>
        <source>the address bounced</source>
        <translation>the address bounced</translation>
    </message>
    <message>
        <source>the address bounced: %1</source>
        <translation>the address bounced: %1</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>There is no media list named "%1".</source>
        <translation>There is no media list named "%1".</translation>
    </message>
    <message>
        <source>There is no media contact with id %1.</source>
        <translation>There is no media contact with id %1.</translation>
    </message>
</context>
<context>
    <name>EventFormat</name>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is no release with id %1.</source>
        <translation>There is no release with id %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Cannot read the template %1: %2</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>The template %1 is not valid Mustache: %2</translation>
    </message>
    <message>
        <source>Could not write the OpenDocument file.</source>
        <translation>Could not write the OpenDocument file.</translation>
    </message>
    <message>
        <source>Could not lay out the PDF.</source>
        <translation>Could not lay out the PDF.</translation>
    </message>
    <message>
        <source>A release cannot be exported as %1.</source>
        <translation>A release cannot be exported as %1.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Sort name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biography</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Choose the column that holds the %1.</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>Row %1 has no name.</translation>
    </message>
    <message>
        <source>Row %1 has no event name.</source>
        <translation>Row %1 has no event name.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not a start date such as 2026-07-14 09:00.</source>
        <translation>Row %1: "%2" is not a start date such as 2026-07-14 09:00.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not an end date.</source>
        <translation>Row %1: "%2" is not an end date.</translation>
    </message>
    <message>
        <source>Row %1: "%2" is not an event format (in person, online or hybrid).</source>
        <translation>Row %1: "%2" is not an event format (in person, online or hybrid).</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>A field is longer than %1 characters.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>A row has more than %1 columns.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>The file has more than %1 rows.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>A quoted field is not closed.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>same ninjs uri</source>
        <translation>same ninjs uri</translation>
    </message>
    <message>
        <source>same iCalendar UID</source>
        <translation>same iCalendar UID</translation>
    </message>
    <message>
        <source>same vCard UID</source>
        <translation>same vCard UID</translation>
    </message>
    <message>
        <source>same headline and date</source>
        <translation>same headline and date</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>same name and organization</translation>
    </message>
    <message>
        <source>same name and start</source>
        <translation>same name and start</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Untitled event</translation>
    </message>
    <message>
        <source>The file holds more than %1 events.</source>
        <translation>The file holds more than %1 events.</translation>
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>There is no speaker with id %1.</translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>There is no release with id %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>There is no event with id %1.</translation>
    </message>
    <message>
        <source>appears twice in this import</source>
        <translation>appears twice in this import</translation>
    </message>
    <message>
        <source>%1%2 "%3" could not be imported: %4 Nothing was imported.</source>
        <translation>%1%2 "%3" could not be imported: %4 Nothing was imported.</translation>
    </message>
    <message>
        <source>The import failed: %1 Nothing was imported.</source>
        <translation>The import failed: %1 Nothing was imported.</translation>
    </message>
    <message>
        <source>Everything Pressdesk imports (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Releases (*.txt *.md *.markdown *.html *.htm *.json);;Speakers and events (*.csv);;Calendars (*.ics);;Address cards (*.vcf);;All files (*)</source>
        <translation>Everything Pressdesk imports (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics *.vcf);;Releases (*.txt *.md *.markdown *.html *.htm *.json);;Speakers and events (*.csv);;Calendars (*.ics);;Address cards (*.vcf);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation>There is no text to import.</translation>
    </message>
    <message>
        <source>No headline was found.</source>
        <translation>No headline was found.</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>The JSON is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>This is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The file holds more than %1 items.</source>
        <translation>The file holds more than %1 items.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object.</source>
        <translation>Item %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The text is not valid %1.</source>
        <translation>The text is not valid %1.</translation>
    </message>
    <message>
        <source>This looks like binary data, not text.</source>
        <translation>This looks like binary data, not text.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cards.</source>
        <translation>The file holds more than %1 cards.</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Web page: %1</translation>
    </message>
    <message>
        <source>a line could not be read and was left out (%1)</source>
        <translation>a line could not be read and was left out (%1)</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 has no start date (DTSTART): skipped.</source>
        <translation>Event “%1” at line %2 has no start date (DTSTART): skipped.</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 has no start date that can be read: skipped.</source>
        <translation>Event “%1” at line %2 has no start date that can be read: skipped.</translation>
    </message>
    <message>
        <source>it ends before it starts; the end was left out</source>
        <translation>it ends before it starts; the end was left out</translation>
    </message>
    <message>
        <source>Repeats (%1); imported as its first occurrence.</source>
        <translation>Repeats (%1); imported as its first occurrence.</translation>
    </message>
    <message>
        <source>it repeats; it was imported as its first occurrence, with the rule in its description</source>
        <translation>it repeats; it was imported as its first occurrence, with the rule in its description</translation>
    </message>
    <message>
        <source>its link “%1” is not a web address and was left out</source>
        <translation>its link “%1” is not a web address and was left out</translation>
    </message>
    <message>
        <source>Event “%1” at line %2 is cut off by the end of the file (no END:VEVENT): skipped.</source>
        <translation>Event “%1” at line %2 is cut off by the end of the file (no END:VEVENT): skipped.</translation>
    </message>
    <message>
        <source>Event “%1” at line %2: %3.</source>
        <translation>Event “%1” at line %2: %3.</translation>
    </message>
    <message>
        <source>The calendar holds no events (VEVENT).</source>
        <translation>The calendar holds no events (VEVENT).</translation>
    </message>
    <message>
        <source>its time zone “%1” matches no known zone; the time was converted to UTC by the file's own rules</source>
        <translation>its time zone “%1” matches no known zone; the time was converted to UTC by the file's own rules</translation>
    </message>
    <message>
        <source>its time zone “%1” is defined only in the file; it was read as %2, which has the same offsets</source>
        <translation>its time zone “%1” is defined only in the file; it was read as %2, which has the same offsets</translation>
    </message>
    <message>
        <source>its time zone “%1” is neither known nor defined in the file; the time is kept as written (%2): set the event's time zone</source>
        <translation>its time zone “%1” is neither known nor defined in the file; the time is kept as written (%2): set the event's time zone</translation>
    </message>
    <message>
        <source>“%1” at line %2 cannot be imported: %3 Skipped.</source>
        <translation>“%1” at line %2 cannot be imported: %3 Skipped.</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo: %1</translation>
    </message>
    <message>
        <source>its photo is larger than %1 MB and was left out</source>
        <translation>its photo is larger than %1 MB and was left out</translation>
    </message>
    <message>
        <source>"%1" is not a language code and was left out</source>
        <translation>"%1" is not a language code and was left out</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address; it was kept in the notes</source>
        <translation>"%1" is not an e-mail address; it was kept in the notes</translation>
    </message>
    <message>
        <source>E-mail as written: %1</source>
        <translation>E-mail as written: %1</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>The file holds no vCard (no BEGIN:VCARD line).</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>The card</translation>
    </message>
    <message>
        <source>The card of “%1”</source>
        <translation>The card of “%1”</translation>
    </message>
    <message>
        <source>%1 at line %2 is cut off by the end of the file (no END:VCARD): skipped.</source>
        <translation>%1 at line %2 is cut off by the end of the file (no END:VCARD): skipped.</translation>
    </message>
    <message>
        <source>The card at line %1 has no name (FN or N): skipped.</source>
        <translation>The card at line %1 has no name (FN or N): skipped.</translation>
    </message>
    <message>
        <source>line %1 is not a NAME:value line and was left out</source>
        <translation>line %1 is not a NAME:value line and was left out</translation>
    </message>
    <message>
        <source>%1 at line %2: %3.</source>
        <translation>%1 at line %2: %3.</translation>
    </message>
    <message>
        <source>it names no person; the organization's name was used</source>
        <translation>it names no person; the organization's name was used</translation>
    </message>
    <message>
        <source>it changes one occurrence of a repeating event and was imported as an event of its own</source>
        <translation>it changes one occurrence of a repeating event and was imported as an event of its own</translation>
    </message>
    <message>
        <source>“%1”: the embargo (%2) is printed without a time zone; it was read as UTC. Check it before the release goes out.</source>
        <translation>“%1”: the embargo (%2) is printed without a time zone; it was read as UTC. Check it before the release goes out.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3: skipped.</source>
        <translation>Line %1 (%2): %3: skipped.</translation>
    </message>
    <message>
        <source>--map %1: there is no column "%2" (the columns are: %3).</source>
        <translation>--map %1: there is no column "%2" (the columns are: %3).</translation>
    </message>
    <message>
        <source>--map %1: "%2" is not a field; use %3.</source>
        <translation>--map %1: "%2" is not a field; use %3.</translation>
    </message>
    <message>
        <source>No column holds the name (columns: %1); name it with --map COLUMN=name.</source>
        <translation>No column holds the name (columns: %1); name it with --map COLUMN=name.</translation>
    </message>
    <message>
        <source>Line %1 has no name: skipped.</source>
        <translation>Line %1 has no name: skipped.</translation>
    </message>
    <message>
        <source>Other e-mail: %1</source>
        <translation>Other e-mail: %1</translation>
    </message>
    <message>
        <source>Line %1: %2; nothing was imported.</source>
        <translation>Line %1: %2; nothing was imported.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Beats</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Respects embargoes</source>
        <translation>Respects embargoes</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>English (United States)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>English (United Kingdom)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanish (Spain)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Spanish (Latin America)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spanish (Mexico)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>French (France)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>French (Canada)</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portuguese (Brazil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portuguese (Portugal)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinese (Simplified)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinese (Traditional)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseFiles</name>
    <message>
        <source>%1 is the newsroom database Pressdesk has open (or one of its working files). Pressdesk does not read or write it as an ordinary file, so that no work is lost; choose another file.</source>
        <translation>%1 is the newsroom database Pressdesk has open (or one of its working files). Pressdesk does not read or write it as an ordinary file, so that no work is lost; choose another file.</translation>
    </message>
</context>
<context>
    <name>PeopleWords</name>
    <message>
        <source>Contributor</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Contributors write releases and ask for review; editors edit, comment and approve; publishers also publish and archive; admins also manage people and the newsroom.</source>
        <translation>Contributors write releases and ask for review; editors edit, comment and approve; publishers also publish and archive; admins also manage people and the newsroom.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>PresenceRepository</name>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>Being edited by %1 since %2</translation>
    </message>
    <message>
        <source>Changed elsewhere at %1</source>
        <translation>Changed elsewhere at %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Changed by %1 at %2</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person: nobody else holds its releases.</source>
        <translation>A Pressdesk file has one person: nobody else holds its releases.</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>Press room</source>
        <translation>Press room</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>The template %1 is not valid Mustache: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Refusing to write outside the folder: %1</source>
        <translation>Refusing to write outside the folder: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation>Cannot write the manifest: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Another publish into %1 is running.</source>
        <translation>Another publish into %1 is running.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
</context>
<context>
    <name>ReleaseFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>ReleaseStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message numerus="yes">
        <source>The event is linked from %n release(s); unlink it first.</source>
        <translation>
            <numerusform>The event is linked from %n release; unlink it first.</numerusform>
            <numerusform>The event is linked from %n releases; unlink it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organization takes part in %n event(s); remove it from them first.</source>
        <translation>
            <numerusform>The organization takes part in %n event; remove it from them first.</numerusform>
            <numerusform>The organization takes part in %n events; remove it from them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>There is no release with id %1.</translation>
    </message>
    <message>
        <source>The release was changed elsewhere since it was opened (version %1 was opened, version %2 is saved). Nothing was overwritten.</source>
        <translation>The release was changed elsewhere since it was opened (version %1 was opened, version %2 is saved). Nothing was overwritten.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>There is no %1 with id %2.</translation>
    </message>
    <message>
        <source>The %1 was changed elsewhere since it was opened (version %2 was opened, version %3 is saved). Nothing was overwritten; reopen it to see the other changes.</source>
        <translation>The %1 was changed elsewhere since it was opened (version %2 was opened, version %3 is saved). Nothing was overwritten; reopen it to see the other changes.</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>The speaker is quoted or named as a contact in: %1. Remove them from those releases first.</source>
        <translation>The speaker is quoted or named as a contact in: %1. Remove them from those releases first.</translation>
    </message>
    <message>
        <source>%1 already has the address %2.</source>
        <translation>%1 already has the address %2.</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>media contact</translation>
    </message>
    <message>
        <source>There is already a list named "%1".</source>
        <translation>There is already a list named "%1".</translation>
    </message>
    <message>
        <source>media list</source>
        <translation>media list</translation>
    </message>
    <message>
        <source>Not allowed on this team newsroom: %1</source>
        <translation>Not allowed on this team newsroom: %1</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all (%2); nothing can be salvaged from it.</source>
        <translation>%1 cannot be read at all (%2); nothing can be salvaged from it.</translation>
    </message>
    <message>
        <source>Salvaging %1 failed: %2</source>
        <translation>Salvaging %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</source>
        <translation>%1 is open in Pressdesk or another program. Close it there first; nothing was changed.</translation>
    </message>
    <message>
        <source>The rescued copy is %1, but %2 could not be moved aside to take its place.</source>
        <translation>The rescued copy is %1, but %2 could not be moved aside to take its place.</translation>
    </message>
    <message>
        <source>Cannot put the rescued copy %1 in place; the damaged file was put back.</source>
        <translation>Cannot put the rescued copy %1 in place; the damaged file was put back.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The closing quotation mark was missing; the phrase runs to the end.</source>
        <translation>The closing quotation mark was missing; the phrase runs to the end.</translation>
    </message>
    <message>
        <source>"%1:" needs a value.</source>
        <translation>"%1:" needs a value.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; use draft, in_review, approved, published or archived.</source>
        <translation>Unknown status "%1"; use draft, in_review, approved, published or archived.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-07-01.</source>
        <translation>"%1" is not a date; write it as 2026-07-01.</translation>
    </message>
    <message>
        <source>embargoed: takes yes or no.</source>
        <translation>embargoed: takes yes or no.</translation>
    </message>
    <message>
        <source>Ignored "%1": it has no letters or digits.</source>
        <translation>Ignored "%1": it has no letters or digits.</translation>
    </message>
    <message>
        <source>Ignored "OR": it joins two words, as in migrant OR refugee.</source>
        <translation>Ignored "OR": it joins two words, as in migrant OR refugee.</translation>
    </message>
    <message>
        <source>Searched "%1" as ordinary words: NEAR is not part of the search language.</source>
        <translation>Searched "%1" as ordinary words: NEAR is not part of the search language.</translation>
    </message>
    <message>
        <source>Ignored the filters (%1): they apply to releases only.</source>
        <translation>Ignored the filters (%1): they apply to releases only.</translation>
    </message>
    <message>
        <source>Ignored "%1:": it applies to releases only.</source>
        <translation>Ignored "%1:": it applies to releases only.</translation>
    </message>
    <message>
        <source>Ignored "%1:": it applies to media contacts only.</source>
        <translation>Ignored "%1:": it applies to media contacts only.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Media Contacts</source>
        <translation>Media Contacts</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Next or previous field</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a field or button</source>
        <translation>Go to a field or button</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + the underlined letter</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Next or previous tab</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Take a suggestion of a picker</source>
        <translation>Take a suggestion of a picker</translation>
    </message>
    <message>
        <source>Down, then Enter</source>
        <translation>Down, then Enter</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Close a dialog</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Release body text</source>
        <translation>Release body text</translation>
    </message>
    <message>
        <source>Quotes in the body</source>
        <translation>Quotes in the body</translation>
    </message>
    <message>
        <source>Insert a quote at the cursor</source>
        <translation>Insert a quote at the cursor</translation>
    </message>
    <message>
        <source>Move the selected quote up or down</source>
        <translation>Move the selected quote up or down</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Up, Alt+Down</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Comment on the field you are in</source>
        <translation>Comment on the field you are in</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>The target is not empty (it has %1); nothing was copied. Copy into a new file or an empty newsroom.</source>
        <translation>The target is not empty (it has %1); nothing was copied. Copy into a new file or an empty newsroom.</translation>
    </message>
    <message>
        <source>%1: %2 rows were read but %3 arrived.</source>
        <translation>%1: %2 rows were read but %3 arrived.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Nothing was copied: %1</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>The table %1 is missing.</translation>
    </message>
    <message>
        <source>Only the newsroom's owner, %1, copies a newsroom in: the copy keeps every author, date and approval as it was, which nobody else may write. Connect as %1. Nothing was copied.</source>
        <translation>Only the newsroom's owner, %1, copies a newsroom in: the copy keeps every author, date and approval as it was, which nobody else may write. Connect as %1. Nothing was copied.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>%1 is not a role; the roles are contributor, editor, publisher and admin.</source>
        <translation>%1 is not a role; the roles are contributor, editor, publisher and admin.</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, with every role; people are added on a team newsroom (a PostgreSQL server).</source>
        <translation>A Pressdesk file has one person, the local user, with every role; people are added on a team newsroom (a PostgreSQL server).</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, with every role.</source>
        <translation>A Pressdesk file has one person, the local user, with every role.</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, the local user, who cannot be removed.</source>
        <translation>A Pressdesk file has one person, the local user, who cannot be removed.</translation>
    </message>
    <message>
        <source>%1 is not a field of a release; use headline, subheadline, lead, body:N or quote:N.</source>
        <translation>%1 is not a field of a release; use headline, subheadline, lead, body:N or quote:N.</translation>
    </message>
    <message>
        <source>A comment needs text.</source>
        <translation>A comment needs text.</translation>
    </message>
    <message>
        <source>There is no comment with id %1.</source>
        <translation>There is no comment with id %1.</translation>
    </message>
    <message>
        <source>A Pressdesk file has no password of its own; the local user needs none.</source>
        <translation>A Pressdesk file has no password of its own; the local user needs none.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n characters.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one reviewer.</source>
        <translation>Choose at least one reviewer.</translation>
    </message>
    <message>
        <source>%1 cannot review: reviewers are the editors, publishers and admins of this newsroom.</source>
        <translation>%1 cannot review: reviewers are the editors, publishers and admins of this newsroom.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The event name is required.</source>
        <translation>The event name is required.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>The event cannot end before it starts.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation>"%1" is not a known time zone.</translation>
    </message>
    <message>
        <source>The online link must be an http or https address.</source>
        <translation>The online link must be an http or https address.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>The website must be an http or https address.</source>
        <translation>The website must be an http or https address.</translation>
    </message>
    <message>
        <source>The logo is %1 MB; at most %2 MB are allowed.</source>
        <translation>The logo is %1 MB; at most %2 MB are allowed.</translation>
    </message>
    <message>
        <source>The headline is required.</source>
        <translation>The headline is required.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; at most %2 are allowed.</source>
        <translation>The headline has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The language must be a code such as "en" or "es".</source>
        <translation>The language must be a code such as "en" or "es".</translation>
    </message>
    <message>
        <source>An embargo needs a time zone.</source>
        <translation>An embargo needs a time zone.</translation>
    </message>
    <message>
        <source>A published release needs a dateline.</source>
        <translation>A published release needs a dateline.</translation>
    </message>
    <message>
        <source>A published release needs a body.</source>
        <translation>A published release needs a body.</translation>
    </message>
    <message>
        <source>The release is embargoed until %1 UTC; it cannot be published before then.</source>
        <translation>The release is embargoed until %1 UTC; it cannot be published before then.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>This text has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The release has %1 quotes; at most %2 are allowed.</source>
        <translation>The release has %1 quotes; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The quote has no text.</source>
        <translation>The quote has no text.</translation>
    </message>
    <message>
        <source>The quote has no speaker.</source>
        <translation>The quote has no speaker.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation>"%1" is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The photo is %1 MB; at most %2 MB are allowed.</source>
        <translation>The photo is %1 MB; at most %2 MB are allowed.</translation>
    </message>
    <message>
        <source>"%1" is not a language code such as "es".</source>
        <translation>"%1" is not a language code such as "es".</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter language code such as "es".</source>
        <translation>"%1" is not a two-letter language code such as "es".</translation>
    </message>
    <message>
        <source>The list needs a name.</source>
        <translation>The list needs a name.</translation>
    </message>
</context>
<context>
    <name>WorkflowPolicy</name>
    <message>
        <source>%1 is not a person of this newsroom; ask an admin to add them.</source>
        <translation>%1 is not a person of this newsroom; ask an admin to add them.</translation>
    </message>
    <message>
        <source>An editor cannot change a release that is %1; a publisher can.</source>
        <translation>An editor cannot change a release that is %1; a publisher can.</translation>
    </message>
    <message>
        <source>A contributor can change only their own releases; this one is %1's.</source>
        <translation>A contributor can change only their own releases; this one is %1's.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>A contributor can change a release only while it is a draft or in review; this one is %1.</source>
        <translation>A contributor can change a release only while it is a draft or in review; this one is %1.</translation>
    </message>
    <message>
        <source>A contributor can ask for review but cannot set a release to %1; an editor approves and a publisher publishes.</source>
        <translation>A contributor can ask for review but cannot set a release to %1; an editor approves and a publisher publishes.</translation>
    </message>
    <message>
        <source>An editor cannot set a release to %1; a publisher can.</source>
        <translation>An editor cannot set a release to %1; a publisher can.</translation>
    </message>
</context>
<context>
    <name>pressdesk::AboutDialog</name>
    <message>
        <source>About Pressdesk</source>
        <translation>About Pressdesk</translation>
    </message>
    <message>
        <source>Pressdesk %1</source>
        <translation>Pressdesk %1</translation>
    </message>
    <message>
        <source>An offline newsroom editor for press releases.</source>
        <translation>An offline newsroom editor for press releases.</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Copyright © 2026 The Pressdesk developers.</source>
        <translation>Released under the MIT licence. Copyright © 2026 The Pressdesk developers.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Database file:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copy Path</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Open Folder</translation>
    </message>
    <message>
        <source>HTML export &amp;template:</source>
        <translation>HTML export &amp;template:</translation>
    </message>
    <message>
        <source>built in (put your own in %1)</source>
        <translation>built in (put your own in %1)</translation>
    </message>
    <message>
        <source>HTML export template</source>
        <translation>HTML export template</translation>
    </message>
</context>
<context>
    <name>pressdesk::ActivityList</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Created as %1</translation>
    </message>
    <message>
        <source>Edited (version %1)</source>
        <translation>Edited (version %1)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Restored from the trash</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Comment %1</translation>
    </message>
    <message>
        <source>Approved version %1</source>
        <translation>Approved version %1</translation>
    </message>
    <message>
        <source>Draft of the %1 version (revision %2) for %3</source>
        <translation>Draft of the %1 version (revision %2) for %3</translation>
    </message>
    <message>
        <source>Sent the %1 version (revision %2) to %3 by SMTP</source>
        <translation>Sent the %1 version (revision %2) to %3 by SMTP</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::AddPersonDialog</name>
    <message>
        <source>&amp;Make a one-time password (shown once, after adding)</source>
        <translation>&amp;Make a one-time password (shown once, after adding)</translation>
    </message>
    <message>
        <source>&amp;Type a password:</source>
        <translation>&amp;Type a password:</translation>
    </message>
    <message>
        <source>Ask them to &amp;choose their own password at first connection</source>
        <translation>Ask them to &amp;choose their own password at first connection</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>anna.berg</source>
        <translation>anna.berg</translation>
    </message>
    <message>
        <source>The login name: lower-case letters, digits, _ . and -</source>
        <translation>The login name: lower-case letters, digits, _ . and -</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <source>The login name needs lower-case letters, digits, _ . or - (at most 48), starting with a letter or _.</source>
        <translation>The login name needs lower-case letters, digits, _ . or - (at most 48), starting with a letter or _.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n characters.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::BackupController</name>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>Save a verified copy of the whole database</source>
        <translation>Save a verified copy of the whole database</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current file is kept aside</source>
        <translation>Replace the database with a backup; the current file is kept aside</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Back Up</translation>
    </message>
    <message>
        <source>Pressdesk databases (*.sqlite)</source>
        <translation>Pressdesk databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Restore From Backup</translation>
    </message>
    <message>
        <source>Replace the current database with %1?

The current file is kept beside it, renamed, and Pressdesk closes so that you can start it again on the restored data.</source>
        <translation>Replace the current database with %1?

The current file is kept beside it, renamed, and Pressdesk closes so that you can start it again on the restored data.</translation>
    </message>
    <message>
        <source>Restored. The previous file was kept as %1.
Pressdesk will now close.</source>
        <translation>Restored. The previous file was kept as %1.
Pressdesk will now close.</translation>
    </message>
    <message>
        <source>Today's backup: %1</source>
        <translation>Today's backup: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Restore &amp;From Backup…</source>
        <translation>Restore &amp;From Backup…</translation>
    </message>
</context>
<context>
    <name>pressdesk::CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Comments on this release</source>
        <translation>Comments on this release</translation>
    </message>
    <message>
        <source>Field the new comment is on</source>
        <translation>Field the new comment is on</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Comment text</translation>
    </message>
    <message>
        <source>Write a comment, or select one and reply</source>
        <translation>Write a comment, or select one and reply</translation>
    </message>
    <message>
        <source>A new comment on the chosen field</source>
        <translation>A new comment on the chosen field</translation>
    </message>
    <message>
        <source>Answer the selected comment in its thread</source>
        <translation>Answer the selected comment in its thread</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (resolved)</translation>
    </message>
    <message>
        <source>Save the release to comment on it.</source>
        <translation>Save the release to comment on it.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <source>Dateline country</source>
        <translation>Dateline country</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Boilerplate</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notes to editors</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Changed Elsewhere</translation>
    </message>
    <message>
        <source>This release was saved elsewhere (version %1) after you opened it (version %2). Choose what to keep; the other version stays in the history.</source>
        <translation>This release was saved elsewhere (version %1) after you opened it (version %2). Choose what to keep; the other version stays in the history.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Theirs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The texts are the same; other fields (quotes, links, status) differ.</source>
        <translation>The texts are the same; other fields (quotes, links, status) differ.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Take Theirs</translation>
    </message>
    <message>
        <source>Merge As Chosen</source>
        <translation>Merge As Chosen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
</context>
<context>
    <name>pressdesk::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Connect to Team Newsroom</source>
        <translation>Connect to Team Newsroom</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>Verify the certificate and the server's name (verify-full)</source>
        <translation>Verify the certificate and the server's name (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate (verify-ca)</source>
        <translation>Verify the certificate (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Encrypt, do not verify (require)</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Encrypt when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Do not encrypt: this computer or a trusted network only (disable)</source>
        <translation>Do not encrypt: this computer or a trusted network only (disable)</translation>
    </message>
    <message>
        <source>The system's certificates</source>
        <translation>The system's certificates</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA Certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Server: give the name or address of the newsroom's server.</source>
        <translation>Server: give the name or address of the newsroom's server.</translation>
    </message>
    <message>
        <source>Database: give the name of the newsroom's database.</source>
        <translation>Database: give the name of the newsroom's database.</translation>
    </message>
    <message>
        <source>User name: give your user name on the server.</source>
        <translation>User name: give your user name on the server.</translation>
    </message>
    <message>
        <source>CA certificate: %1 cannot be read.</source>
        <translation>CA certificate: %1 cannot be read.</translation>
    </message>
    <message>
        <source>Server: "%1" is not a valid server name.</source>
        <translation>Server: "%1" is not a valid server name.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected: a Pressdesk newsroom is there.</source>
        <translation>Connected: a Pressdesk newsroom is there.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactEditor</name>
    <message>
        <source>es, en (most preferred first)</source>
        <translation>es, en (most preferred first)</translation>
    </message>
    <message>
        <source>economy, health</source>
        <translation>economy, health</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Outlet:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Beats:</source>
        <translation>Beats:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Respects embargoes</source>
        <translation>Respects embargoes</translation>
    </message>
    <message>
        <source>The Address Works Again</source>
        <translation>The Address Works Again</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Save Contact</translation>
    </message>
    <message>
        <source>New media contact</source>
        <translation>New media contact</translation>
    </message>
    <message>
        <source>Messages to this address bounced on %1: %2</source>
        <translation>Messages to this address bounced on %1: %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactImport</name>
    <message>
        <source>Import Media Contacts</source>
        <translation>Import Media Contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s).</source>
        <translation>
            <numerusform>%n new contact.</numerusform>
            <numerusform>%n new contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) already in the newsroom (the same e-mail address).</source>
        <translation>
            <numerusform>%n contact already in the newsroom (the same e-mail address).</numerusform>
            <numerusform>%n contacts already in the newsroom (the same e-mail address).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Them</source>
        <translation>&amp;Update Them</translation>
    </message>
    <message>
        <source>&amp;Keep Them as They Are</source>
        <translation>&amp;Keep Them as They Are</translation>
    </message>
    <message>
        <source>No contact could be read from these files.</source>
        <translation>No contact could be read from these files.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported media contacts: %1 new, %2 updated, %3 already there and kept as they were.</source>
        <translation>Imported media contacts: %1 new, %2 updated, %3 already there and kept as they were.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Search contacts: words, lang:es, beat:economy, country:Panamá, outlet:…</source>
        <translation>Search contacts: words, lang:es, beat:economy, country:Panamá, outlet:…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Media contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Media lists</source>
        <translation>Media lists</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>New List</source>
        <translation>New List</translation>
    </message>
    <message>
        <source>Add to List Being Edited</source>
        <translation>Add to List Being Edited</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>The address bounced: %1</source>
        <translation>The address bounced: %1</translation>
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
            <numerusform>%1 (%n recipient)</numerusform>
            <numerusform>%1 (%n recipients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Delete List</translation>
    </message>
    <message>
        <source>Delete the list “%1”? The contacts on it are kept.</source>
        <translation>Delete the list “%1”? The contacts on it are kept.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Delete Contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? They also leave every list.</source>
        <translation>
            <numerusform>Delete %n contact for good? They also leave every list.</numerusform>
            <numerusform>Delete %n contacts for good? They also leave every list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Media contacts from CSV or vCard files; those already here are found by e-mail</source>
        <translation>Media contacts from CSV or vCard files; those already here are found by e-mail</translation>
    </message>
</context>
<context>
    <name>pressdesk::CsvMappingDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>The rows are:</translation>
    </message>
    <message>
        <source>Columns (%1 rows, %2):</source>
        <translation>Columns (%1 rows, %2):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1.</source>
        <translation>Choose the column that holds the %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Media contacts</translation>
    </message>
</context>
<context>
    <name>pressdesk::Database</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Schema version %1, expected %2.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Pressdesk (schema %2; this version reads up to schema %3). Nothing was changed; please update Pressdesk.</source>
        <translation>%1 was set up by a newer version of Pressdesk (schema %2; this version reads up to schema %3). Nothing was changed; please update Pressdesk.</translation>
    </message>
    <message>
        <source>%1 is not a Pressdesk newsroom: it holds other tables (%2). Nothing was changed; use an empty database.</source>
        <translation>%1 is not a Pressdesk newsroom: it holds other tables (%2). Nothing was changed; use an empty database.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a Pressdesk newsroom. Set it up with pressdesk team init.</source>
        <translation>%1 is an empty database, not yet a Pressdesk newsroom. Set it up with pressdesk team init.</translation>
    </message>
</context>
<context>
    <name>pressdesk::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Select an item to see its details.</translation>
    </message>
</context>
<context>
    <name>pressdesk::EditorArea</name>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (unsaved changes)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <source>Pressdesk closed without saving your changes to “%1” (autosaved %2).</source>
        <translation>Pressdesk closed without saving your changes to “%1” (autosaved %2).</translation>
    </message>
    <message>
        <source>an untitled record</source>
        <translation>an untitled record</translation>
    </message>
    <message>
        <source>Restore them in an editor, or discard them?</source>
        <translation>Restore them in an editor, or discard them?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>pressdesk::EventEditor</name>
    <message>
        <source>New event, not saved</source>
        <translation>New event, not saved</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. 4th</source>
        <translation>e.g. 4th</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online &amp;link:</translation>
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
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation>Type to add an organization</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Type to add a speaker</source>
        <translation>Type to add a speaker</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Releases linking this event. Double-click to open one.</source>
        <translation>Releases linking this event. Double-click to open one.</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Co-organizer</source>
        <translation>Co-organizer</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Keynote</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation>Add organization</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Add speaker</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>Remove organization</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Remove speaker</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Releases (%1)</source>
        <translation>Releases (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Ed&amp;ition:</source>
        <translation>Ed&amp;ition:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>En&amp;d:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>Ven&amp;ue:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Add an organization</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Add a speaker</translation>
    </message>
    <message>
        <source>Releases linking this event</source>
        <translation>Releases linking this event</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>pressdesk::EventListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
</context>
<context>
    <name>pressdesk::ExportController</name>
    <message numerus="yes">
        <source>Export %n Release(s) to Folder</source>
        <translation>
            <numerusform>Export %n Release to Folder</numerusform>
            <numerusform>Export %n Releases to Folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were written; no file was left half-written.</source>
        <translation>
            <numerusform>Cancelled: %n file were written; no file was left half-written.</numerusform>
            <numerusform>Cancelled: %n files were written; no file was left half-written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1.</source>
        <translation>
            <numerusform>Exported %n release to %1.</numerusform>
            <numerusform>Exported %n releases to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Releases</source>
        <translation>Export Releases</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Export as &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;OpenDocument…</source>
        <translation>Export as &amp;OpenDocument…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Export as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>Export as Plain &amp;Text…</translation>
    </message>
    <message>
        <source>Export as &amp;ninjs…</source>
        <translation>Export as &amp;ninjs…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation>Copy as &amp;Rich Text</translation>
    </message>
    <message>
        <source>Copy as Plain Te&amp;xt</source>
        <translation>Copy as Plain Te&amp;xt</translation>
    </message>
    <message>
        <source>Export &amp;Selected Releases…</source>
        <translation>Export &amp;Selected Releases…</translation>
    </message>
    <message>
        <source>Export &amp;All Listed Releases…</source>
        <translation>Export &amp;All Listed Releases…</translation>
    </message>
    <message>
        <source>Export &amp;Events as iCalendar…</source>
        <translation>Export &amp;Events as iCalendar…</translation>
    </message>
    <message>
        <source>Export Spea&amp;kers as vCard…</source>
        <translation>Export Spea&amp;kers as vCard…</translation>
    </message>
    <message>
        <source>Export &amp;List as CSV…</source>
        <translation>Export &amp;List as CSV…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>US &amp;Letter</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The release could not be read: %1</source>
        <translation>The release could not be read: %1</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Export Release</translation>
    </message>
    <message>
        <source>There are no releases to export.</source>
        <translation>There are no releases to export.</translation>
    </message>
    <message>
        <source>Exporting releases…</source>
        <translation>Exporting releases…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Export Events</translation>
    </message>
    <message>
        <source>There are no events to export.</source>
        <translation>There are no events to export.</translation>
    </message>
    <message>
        <source>Export Speakers</source>
        <translation>Export Speakers</translation>
    </message>
    <message>
        <source>There are no speakers to export.</source>
        <translation>There are no speakers to export.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Export List</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The release could not be printed.</source>
        <translation>The release could not be printed.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n release(s) to %1</source>
        <translation>
            <numerusform>Exported %n release to %1</numerusform>
            <numerusform>Exported %n releases to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Paper Si&amp;ze</source>
        <translation>Paper Si&amp;ze</translation>
    </message>
</context>
<context>
    <name>pressdesk::ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Open the exported file in its application</source>
        <translation>Open the exported file in its application</translation>
    </message>
    <message>
        <source>Show the folder the file was written to</source>
        <translation>Show the folder the file was written to</translation>
    </message>
    <message>
        <source>Close the export notice</source>
        <translation>Close the export notice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>Exported “%1” to %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::FirstRunAssistant</name>
    <message>
        <source>Welcome to Pressdesk</source>
        <translation>Welcome to Pressdesk</translation>
    </message>
    <message>
        <source>Load Logo</source>
        <translation>Load Logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Tell Pressdesk who issues your releases. Every release starts with this letterhead, ends with this text and names this media contact. You can change all of it later in Organizations and Preferences.</source>
        <translation>Tell Pressdesk who issues your releases. Every release starts with this letterhead, ends with this text and names this media contact. You can change all of it later in Organizations and Preferences.</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Our organization</translation>
    </message>
    <message>
        <source>UN Agency for Migration, Costa Rica office</source>
        <translation>UN Agency for Migration, Costa Rica office</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Choose &amp;Logo…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Who we are, in two or three sentences: printed under "About …".</source>
        <translation>Who we are, in two or three sentences: printed under "About …".</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>About us</translation>
    </message>
    <message>
        <source>&amp;About us:</source>
        <translation>&amp;About us:</translation>
    </message>
    <message>
        <source>Media contact</source>
        <translation>Media contact</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>New releases</source>
        <translation>New releases</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>Not &amp;Now</translation>
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read (PNG, JPEG or SVG up to 5 MB).</source>
        <translation>“%1” is not a logo Pressdesk can read (PNG, JPEG or SVG up to 5 MB).</translation>
    </message>
    <message>
        <source>Logo loaded (SVG)</source>
        <translation>Logo loaded (SVG)</translation>
    </message>
    <message>
        <source>Name: write the name of your organization, or choose Not Now.</source>
        <translation>Name: write the name of your organization, or choose Not Now.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restore This Version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Version %1
%2 · %3</source>
        <translation>Version %1
%2 · %3</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <source>Save the text of version %1 as a new version? The current version stays in the history.</source>
        <translation>Save the text of version %1 as a new version? The current version stays in the history.</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (changed)</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>This is the current version.</translation>
    </message>
    <message>
        <source>The text is the same as the current version.</source>
        <translation>The text is the same as the current version.</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>Version %1 could not be restored: %2</translation>
    </message>
    <message>
        <source>&amp;Versions (newest first):</source>
        <translation>&amp;Versions (newest first):</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>C&amp;hanges from the selected version to the current one:</source>
        <translation>C&amp;hanges from the selected version to the current one:</translation>
    </message>
    <message>
        <source>Changed fields &amp;only</source>
        <translation>Changed fields &amp;only</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportBlockView</name>
    <message>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation>%1 % sure</translation>
    </message>
    <message>
        <source>Blocks of the pasted text</source>
        <translation>Blocks of the pasted text</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>%1 (%2): right-click or press a key to move it</source>
        <translation>%1 (%2): right-click or press a key to move it</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import releases, speakers or events from files</source>
        <translation>Import releases, speakers or events from files</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Already in Pressdesk</source>
        <translation>Already in Pressdesk</translation>
    </message>
    <message>
        <source>Records to import that are already in Pressdesk: %1.</source>
        <translation>Records to import that are already in Pressdesk: %1.</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Update them</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>dropped text</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Imported: %1 created, %2 updated, %3 skipped.</translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation>Importing %1 records…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Read the copied release (text or web page) into a new release, for review</source>
        <translation>Read the copied release (text or web page) into a new release, for review</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read as a release. Copy the release first.</source>
        <translation>The clipboard holds no text to read as a release. Copy the release first.</translation>
    </message>
    <message>
        <source>Paste as &amp;New Release</source>
        <translation>Paste as &amp;New Release</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportProblemsDialog</name>
    <message>
        <source>Import: Records with Problems</source>
        <translation>Import: Records with Problems</translation>
    </message>
    <message>
        <source>Nothing can be imported: none of the records can be read. Here is why.</source>
        <translation>Nothing can be imported: none of the records can be read. Here is why.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported.</source>
        <translation>
            <numerusform>%n record can be imported.</numerusform>
            <numerusform>%n records can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cannot and will be left out; nothing is written until you choose Import the Others.</source>
        <translation>
            <numerusform>%n record cannot and will be left out; nothing is written until you choose Import the Others.</numerusform>
            <numerusform>%n records cannot and will be left out; nothing is written until you choose Import the Others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) can be imported, but some were changed on the way. Check them before you import.</source>
        <translation>
            <numerusform>All %n record can be imported, but some were changed on the way. Check them before you import.</numerusform>
            <numerusform>All %n records can be imported, but some were changed on the way. Check them before you import.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Records with problems</source>
        <translation>Records with problems</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Imported, changed</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copy List</translation>
    </message>
    <message>
        <source>&amp;Import the Others</source>
        <translation>&amp;Import the Others</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>pressdesk::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Review Import</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Release date</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <source>&amp;Subheadline:</source>
        <translation>&amp;Subheadline:</translation>
    </message>
    <message>
        <source>Dateline &amp;city:</source>
        <translation>Dateline &amp;city:</translation>
    </message>
    <message>
        <source>Dateline c&amp;ountry:</source>
        <translation>Dateline c&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation>L&amp;ead:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notes to editors:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>None (keep in the body)</source>
        <translation>None (keep in the body)</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>New speaker</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Quotes (%1)</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Original text</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. The original text is kept with the release.</source>
        <translation>Nothing is saved until you choose Import. The original text is kept with the release.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>The body as it will be saved: **bold**, *italic*, lines starting with - are a list.</source>
        <translation>The body as it will be saved: **bold**, *italic*, lines starting with - are a list.</translation>
    </message>
    <message>
        <source>Discard Your Edits?</source>
        <translation>Discard Your Edits?</translation>
    </message>
    <message>
        <source>You changed what will be imported. Throw those changes away? Nothing is imported.</source>
        <translation>You changed what will be imported. Throw those changes away? Nothing is imported.</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Embargoed until</translation>
    </message>
    <message>
        <source>Embargo time</source>
        <translation>Embargo time</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Embargo time zone</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Each block of the pasted text is tinted by the field it went to. To move one, right-click it or select it and press H (headline), S (subheadline), L (lead), B (body), Q (quote), N (notes), A (about) or I (ignore); %1 undoes.</source>
        <translation>Each block of the pasted text is tinted by the field it went to. To move one, right-click it or select it and press H (headline), S (subheadline), L (lead), B (body), Q (quote), N (notes), A (about) or I (ignore); %1 undoes.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Move a Block to %1</source>
        <translation>Move a Block to %1</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: none</translation>
    </message>
    <message>
        <source>Date: from the dateline.</source>
        <translation>Date: from the dateline.</translation>
    </message>
    <message>
        <source>Date: printed above the lead.</source>
        <translation>Date: printed above the lead.</translation>
    </message>
    <message>
        <source>Date: as the page declares it.</source>
        <translation>Date: as the page declares it.</translation>
    </message>
    <message>
        <source>Date: none found, so none is set. Enter it on the Fields page if you know it.</source>
        <translation>Date: none found, so none is set. Enter it on the Fields page if you know it.</translation>
    </message>
    <message>
        <source>%1 (on file: %2)</source>
        <translation>%1 (on file: %2)</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>no title</translation>
    </message>
    <message>
        <source>Printed in this release: %1
On file for %2: %3
The quote keeps the printed title as its attribution; the speaker's record is not changed.</source>
        <translation>Printed in this release: %1
On file for %2: %3
The quote keeps the printed title as its attribution; the speaker's record is not changed.</translation>
    </message>
</context>
<context>
    <name>pressdesk::MailPreferences</name>
    <message>
        <source>Sending e-mail</source>
        <translation>Sending e-mail</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>smtp://mail.example.org:587</source>
        <translation>smtp://mail.example.org:587</translation>
    </message>
    <message>
        <source>smtp://host:587 uses STARTTLS; smtps://host:465 uses TLS from the start</source>
        <translation>smtp://host:587 uses STARTTLS; smtps://host:465 uses TLS from the start</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Empty when the server needs no login</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Kept in the system keychain</translation>
    </message>
    <message>
        <source>Optional: a PEM file of certificates to trust</source>
        <translation>Optional: a PEM file of certificates to trust</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your e-&amp;mail address:</source>
        <translation>Your e-&amp;mail address:</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP &amp;server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Certificates:</source>
        <translation>&amp;Certificates:</translation>
    </message>
    <message>
        <source>Messages per minu&amp;te:</source>
        <translation>Messages per minu&amp;te:</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>A password needs an SMTP server and a user.</source>
        <translation>A password needs an SMTP server and a user.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>The password could not be kept in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::MainActions</name>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Move to &amp;Trash</translation>
    </message>
    <message>
        <source>Move the selected items to the trash</source>
        <translation>Move the selected items to the trash</translation>
    </message>
    <message>
        <source>Restore the selected items from the trash</source>
        <translation>Restore the selected items from the trash</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Search the current list</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Pressdesk</source>
        <translation>&amp;About Pressdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Create a new record in the current section</source>
        <translation>Create a new record in the current section</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>&amp;Close Editor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Create &amp;Translation…</source>
        <translation>Create &amp;Translation…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
</context>
<context>
    <name>pressdesk::MainWindow</name>
    <message>
        <source>This list has no search.</source>
        <translation>This list has no search.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet. Save them first?</source>
        <translation>“%1” has changes that are not saved yet. Save them first?</translation>
    </message>
    <message>
        <source>Use the Saved Version</source>
        <translation>Use the Saved Version</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Undo Move to Trash</translation>
    </message>
    <message>
        <source>Our organization is set up. Write the first release with Ctrl+N.</source>
        <translation>Our organization is set up. Write the first release with Ctrl+N.</translation>
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
        <translation>lang:es beat:economy country:Guatemala</translation>
    </message>
    <message>
        <source>Who joins the list by themselves: words, "phrases", a OR b, -excluded, and name: outlet: role: beat: lang: country: email:</source>
        <translation>Who joins the list by themselves: words, "phrases", a OR b, -excluded, and name: outlet: role: beat: lang: country: email:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Saved filter:</source>
        <translation>Saved filter:</translation>
    </message>
    <message>
        <source>Added by hand:</source>
        <translation>Added by hand:</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Remove from List</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who is on the list now</source>
        <translation>Who is on the list now</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Save List</translation>
    </message>
    <message>
        <source>New media list</source>
        <translation>New media list</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <source>found by the filter</source>
        <translation>found by the filter</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now</source>
        <translation>
            <numerusform>%n recipient now</numerusform>
            <numerusform>%n recipients now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
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
        <translation>New Speaker</translation>
    </message>
    <message>
        <source>The speaker is saved at once and can be completed later in the Speakers section.</source>
        <translation>The speaker is saved at once and can be completed later in the Speakers section.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>Current &amp;title:</translation>
    </message>
    <message>
        <source>e.g. Deputy Minister of Labour and Social Welfare</source>
        <translation>e.g. Deputy Minister of Labour and Social Welfare</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>Pick one, or type a new name to create it</source>
        <translation>Pick one, or type a new name to create it</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
</context>
<context>
    <name>pressdesk::NotificationBell</name>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>%1 asked you to review “%2”</source>
        <translation>%1 asked you to review “%2”</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1 approved “%2”</translation>
    </message>
    <message>
        <source>%1 sent “%2” back to draft</source>
        <translation>%1 sent “%2” back to draft</translation>
    </message>
    <message>
        <source>%1 commented on %2 of “%3”</source>
        <translation>%1 commented on %2 of “%3”</translation>
    </message>
    <message>
        <source>%1 replied to your comment on “%2”</source>
        <translation>%1 replied to your comment on “%2”</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Mark All as Read</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::OrganizationEditor</name>
    <message>
        <source>New organization, not saved</source>
        <translation>New organization, not saved</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Acronym, e.g. IOM</source>
        <translation>Acronym, e.g. IOM</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Boilerplate:</source>
        <translation>&amp;Boilerplate:</translation>
    </message>
    <message>
        <source>The "About" paragraph printed at the end of releases</source>
        <translation>The "About" paragraph printed at the end of releases</translation>
    </message>
    <message>
        <source>Our organization: the letterhead and boilerplate of new releases (change it in Preferences).</source>
        <translation>Our organization: the letterhead and boilerplate of new releases (change it in Preferences).</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Load Logo</source>
        <translation>Load Logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>“%1” is not a logo Pressdesk can read.</source>
        <translation>“%1” is not a logo Pressdesk can read.</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>Logo stored (SVG)</source>
        <translation>Logo stored (SVG)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Sh&amp;ort name:</source>
        <translation>Sh&amp;ort name:</translation>
    </message>
    <message>
        <source>Load logo</source>
        <translation>Load logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Use as Our Organization</source>
        <translation>&amp;Use as Our Organization</translation>
    </message>
    <message>
        <source>New releases take this organization's letterhead, logo and boilerplate</source>
        <translation>New releases take this organization's letterhead, logo and boilerplate</translation>
    </message>
</context>
<context>
    <name>pressdesk::OrganizationListModel</name>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>pressdesk::PagePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::PasswordChangeDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>Choose Your Password</translation>
    </message>
    <message>
        <source>You connected to %1 as %2 with a one-time password. Choose your own password to start working; the one-time password stops working.</source>
        <translation>You connected to %1 as %2 with a one-time password. Choose your own password to start working; the one-time password stops working.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Change Password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 must choose a password before working in %2: connect once with a window, or run pressdesk team password.</source>
        <translation>%1 must choose a password before working in %2: connect once with a window, or run pressdesk team password.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PeopleController</name>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>A Pressdesk file has one person, you, with every role; people are managed on a team newsroom (File ▸ Connect to Team Newsroom…).</source>
        <translation>A Pressdesk file has one person, you, with every role; people are managed on a team newsroom (File ▸ Connect to Team Newsroom…).</translation>
    </message>
    <message>
        <source>Only admins manage people; you are %1 here.</source>
        <translation>Only admins manage people; you are %1 here.</translation>
    </message>
    <message>
        <source>no person of this newsroom</source>
        <translation>no person of this newsroom</translation>
    </message>
    <message>
        <source>Add people to this newsroom, change their roles or remove them</source>
        <translation>Add people to this newsroom, change their roles or remove them</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
</context>
<context>
    <name>pressdesk::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Add Person…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Change &amp;Role</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Full Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Last Seen</translation>
    </message>
    <message>
        <source>People of this newsroom</source>
        <translation>People of this newsroom</translation>
    </message>
    <message>
        <source>Role of the selected person</source>
        <translation>Role of the selected person</translation>
    </message>
    <message>
        <source>They can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>They can no longer connect; their releases, comments and history stay, with their name.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Not yet (has a one-time password)</source>
        <translation>Not yet (has a one-time password)</translation>
    </message>
    <message>
        <source>One-time password for %1, shown only now: give it to them in person. They choose their own password when they first connect; this one expires in 7 days.</source>
        <translation>One-time password for %1, shown only now: give it to them in person. They choose their own password when they first connect; this one expires in 7 days.</translation>
    </message>
    <message>
        <source>%1 is added as %2.</source>
        <translation>%1 is added as %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Remove %1 from this newsroom? They can no longer connect; their releases, comments and history stay, with their name.</source>
        <translation>Remove %1 from this newsroom? They can no longer connect; their releases, comments and history stay, with their name.</translation>
    </message>
    <message>
        <source>%1 can no longer connect; their work stays.</source>
        <translation>%1 can no longer connect; their work stays.</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Reset &amp;Password…</translation>
    </message>
    <message>
        <source>Gives them a one-time password, shown once here; they choose their own when they next connect.</source>
        <translation>Gives them a one-time password, shown once here; they choose their own when they next connect.</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their present password stops working now, and until they choose their own at their next connection they can do nothing else.</source>
        <translation>Give %1 a new one-time password? Their present password stops working now, and until they choose their own at their next connection they can do nothing else.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PersonalDictionary</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::PostgresStore</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): %3</source>
        <translation>Cannot connect to %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1: %2</source>
        <translation>Cannot prepare the connection to %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Cannot read the tables of %1: %2</translation>
    </message>
    <message>
        <source>Creating or upgrading the schema of %1 to version %2 failed; nothing was changed. %3</source>
        <translation>Creating or upgrading the schema of %1 to version %2 failed; nothing was changed. %3</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>releases</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>speakers</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 are missing from the search index.</source>
        <translation>
            <numerusform>%n %1 are missing from the search index.</numerusform>
            <numerusform>%n %1 are missing from the search index.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1.</source>
        <translation>Cannot listen for changes on %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n words of the search index are missing from its word list, so words being typed may miss releases. The newsroom's owner can list them again with: SELECT pressdesk_relearn_words();</source>
        <translation>
            <numerusform>%n words of the search index are missing from its word list, so words being typed may miss releases. The newsroom's owner can list them again with: SELECT pressdesk_relearn_words();</numerusform>
            <numerusform>%n words of the search index are missing from its word list, so words being typed may miss releases. The newsroom's owner can list them again with: SELECT pressdesk_relearn_words();</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a newsroom of schema %2, and this Pressdesk needs schema %3. Only the newsroom's owner, %4, can upgrade it: ask them to run pressdesk team init with its address and this version of Pressdesk. Nothing was changed.</source>
        <translation>%1 holds a newsroom of schema %2, and this Pressdesk needs schema %3. Only the newsroom's owner, %4, can upgrade it: ask them to run pressdesk team init with its address and this version of Pressdesk. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>pressdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Our organization:</source>
        <translation>&amp;Our organization:</translation>
    </message>
    <message>
        <source>The letterhead, boilerplate and default media contacts of new releases</source>
        <translation>The letterhead, boilerplate and default media contacts of new releases</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Default &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autosave every:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Takes effect the next time Pressdesk starts.</source>
        <translation>Takes effect the next time Pressdesk starts.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Export Folder</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appea&amp;rance:</translation>
    </message>
    <message>
        <source>System follows the desktop's light or dark colours</source>
        <translation>System follows the desktop's light or dark colours</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Spelling:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>pressdesk::PublishController</name>
    <message>
        <source>Publish Press &amp;Room…</source>
        <translation>Publish Press &amp;Room…</translation>
    </message>
    <message>
        <source>Write the published releases as a website with feeds</source>
        <translation>Write the published releases as a website with feeds</translation>
    </message>
</context>
<context>
    <name>pressdesk::PublishDialog</name>
    <message>
        <source>Publish Press Room</source>
        <translation>Publish Press Room</translation>
    </message>
    <message>
        <source>Writes the published releases as a website: a folder of pages, feeds and PDFs that any web server can serve. Drafts, releases in review or approved and releases under embargo are never included.</source>
        <translation>Writes the published releases as a website: a folder of pages, feeds and PDFs that any web server can serve. Drafts, releases in review or approved and releases under embargo are never included.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Language codes separated by commas, such as en, es; empty for every language.</source>
        <translation>Language codes separated by commas, such as en, es; empty for every language.</translation>
    </message>
    <message>
        <source>A PDF of each release</source>
        <translation>A PDF of each release</translation>
    </message>
    <message>
        <source>Open the press room in the browser afterwards</source>
        <translation>Open the press room in the browser afterwards</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Folder for the Press Room</source>
        <translation>Folder for the Press Room</translation>
    </message>
    <message>
        <source>The web address must start with https:// or http://.</source>
        <translation>The web address must start with https:// or http://.</translation>
    </message>
    <message>
        <source>"%1" is not a language code (such as en, es or pt-BR).</source>
        <translation>"%1" is not a language code (such as en, es or pt-BR).</translation>
    </message>
    <message>
        <source>The press room could not be published: %1</source>
        <translation>The press room could not be published: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n release(s) to %1.</source>
        <translation>
            <numerusform>Published %n release to %1.</numerusform>
            <numerusform>Published %n releases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, %1 unchanged, %2 removed.</source>
        <translation>
            <numerusform>%n file written, %1 unchanged, %2 removed.</numerusform>
            <numerusform>%n files written, %1 unchanged, %2 removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::QuoteMarkers</name>
    <message>
        <source>Quote %1: %2
Drag to move it in the body.</source>
        <translation>Quote %1: %2
Drag to move it in the body.</translation>
    </message>
    <message>
        <source>Quote places in the body</source>
        <translation>Quote places in the body</translation>
    </message>
    <message>
        <source>Each quote is set between the paragraphs where its badge is. Move a quote with Alt+Up and Alt+Down in the Quotes tab, or Insert Quote Here at the cursor.</source>
        <translation>Each quote is set between the paragraphs where its badge is. Move a quote with Alt+Up and Alt+Down in the Quotes tab, or Insert Quote Here at the cursor.</translation>
    </message>
</context>
<context>
    <name>pressdesk::RecentNewsrooms</name>
    <message>
        <source>Open Ne&amp;wsroom…</source>
        <translation>Open Ne&amp;wsroom…</translation>
    </message>
    <message>
        <source>Open another newsroom file in a window of its own</source>
        <translation>Open another newsroom file in a window of its own</translation>
    </message>
    <message>
        <source>Open Newsroom</source>
        <translation>Open Newsroom</translation>
    </message>
    <message>
        <source>Pressdesk newsrooms (*.pressdesk *.sqlite *.db);;All files (*)</source>
        <translation>Pressdesk newsrooms (*.pressdesk *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</source>
        <translation>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</translation>
    </message>
    <message>
        <source>Pressdesk could not start on %1.</source>
        <translation>Pressdesk could not start on %1.</translation>
    </message>
    <message>
        <source>No Other Newsrooms Yet</source>
        <translation>No Other Newsrooms Yet</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Newsroom…</source>
        <translation>Connect to &amp;Team Newsroom…</translation>
    </message>
    <message>
        <source>Open a newsroom your team shares on a PostgreSQL server</source>
        <translation>Open a newsroom your team shares on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Connect to Team Newsroom</source>
        <translation>Connect to Team Newsroom</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). The new window uses it until it is closed.</source>
        <translation>The system keychain could not keep the password (%1). The new window uses it until it is closed.</translation>
    </message>
    <message>
        <source>Open R&amp;ecent</source>
        <translation>Open R&amp;ecent</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseAccess</name>
    <message>
        <source>You can read this release and comment on it, but not change it: %1</source>
        <translation>You can read this release and comment on it, but not change it: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>This release is open for reading while someone else edits it; choose Edit Anyway to change it.</source>
        <translation>This release is open for reading while someone else edits it; choose Edit Anyway to change it.</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseChangeWatch</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Show the version stored now (asks first when you have unsaved changes).</source>
        <translation>Show the version stored now (asks first when you have unsaved changes).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare your text with the version stored now and choose what to keep.</source>
        <translation>Compare your text with the version stored now and choose what to keep.</translation>
    </message>
    <message>
        <source>Reload Release</source>
        <translation>Reload Release</translation>
    </message>
    <message>
        <source>Reloading shows the stored version and discards your unsaved changes. Compare lets you keep some of them.</source>
        <translation>Reloading shows the stored version and discards your unsaved changes. Compare lets you keep some of them.</translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Discard and Reload</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseComments</name>
    <message>
        <source>Comment on This Field</source>
        <translation>Comment on This Field</translation>
    </message>
    <message>
        <source>Show or hide the comments beside the release (Ctrl+Alt+M comments on the field you are in)</source>
        <translation>Show or hide the comments beside the release (Ctrl+Alt+M comments on the field you are in)</translation>
    </message>
    <message>
        <source>Comment on the field that has the focus</source>
        <translation>Comment on the field that has the focus</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to read</source>
        <translation>
            <numerusform>about %n minute to read</numerusform>
            <numerusform>about %n minutes to read</numerusform>
        </translation>
    </message>
    <message>
        <source>New release, not saved</source>
        <translation>New release, not saved</translation>
    </message>
    <message>
        <source>Earlier versions of this release</source>
        <translation>Earlier versions of this release</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Head&amp;line:</source>
        <translation>Head&amp;line:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>What happened, in one line</translation>
    </message>
    <message>
        <source>0/100</source>
        <translation>0/100</translation>
    </message>
    <message>
        <source>Su&amp;bheadline:</source>
        <translation>Su&amp;bheadline:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation>Release &amp;date:</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>The time zone the embargo is given in</source>
        <translation>The time zone the embargo is given in</translation>
    </message>
    <message>
        <source>FOR IMMEDIATE RELEASE</source>
        <translation>FOR IMMEDIATE RELEASE</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. migration, gender</source>
        <translation>Comma-separated, e.g. migration, gender</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Who, what, when, where, why</source>
        <translation>Who, what, when, where, why</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move the quote up</source>
        <translation>Move the quote up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the quote down</source>
        <translation>Move the quote down</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>Spea&amp;ker:</translation>
    </message>
    <message>
        <source>Type a name or organization</source>
        <translation>Type a name or organization</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>&amp;New speaker…</translation>
    </message>
    <message>
        <source>Attri&amp;bution:</source>
        <translation>Attri&amp;bution:</translation>
    </message>
    <message>
        <source>As printed, e.g. Deputy Minister of Labour of Costa Rica</source>
        <translation>As printed, e.g. Deputy Minister of Labour of Costa Rica</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Linked events</translation>
    </message>
    <message>
        <source>Type to add an event</source>
        <translation>Type to add an event</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Media contacts</source>
        <translation>Media contacts</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Type to add a contact</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>About the organi&amp;zation (boilerplate):</source>
        <translation>About the organi&amp;zation (boilerplate):</translation>
    </message>
    <message>
        <source>Edit a copy of the organization’s text</source>
        <translation>Edit a copy of the organization’s text</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notes to editors:</translation>
    </message>
    <message>
        <source>Preview as exported</source>
        <translation>Preview as exported</translation>
    </message>
    <message>
        <source>Show this release or one of its translations</source>
        <translation>Show this release or one of its translations</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(no speaker)</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>Create Translation</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Translate into:</translation>
    </message>
    <message>
        <source>Link event</source>
        <translation>Link event</translation>
    </message>
    <message>
        <source>Unlink event</source>
        <translation>Unlink event</translation>
    </message>
    <message>
        <source>Add media contact</source>
        <translation>Add media contact</translation>
    </message>
    <message>
        <source>Remove media contact</source>
        <translation>Remove media contact</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>New release</translation>
    </message>
    <message>
        <source>The organization has no boilerplate; write one for this release here.</source>
        <translation>The organization has no boilerplate; write one for this release here.</translation>
    </message>
    <message>
        <source>Empty: the organization's text is used:

%1</source>
        <translation>Empty: the organization's text is used:

%1</translation>
    </message>
    <message>
        <source>Headlines read best under %1 characters.</source>
        <translation>Headlines read best under %1 characters.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters are allowed.</source>
        <translation>Too long: at most %1 characters are allowed.</translation>
    </message>
    <message>
        <source>Long: headlines read best under %1 characters.</source>
        <translation>Long: headlines read best under %1 characters.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved, version %1</source>
        <translation>Saved, version %1</translation>
    </message>
    <message>
        <source>This release</source>
        <translation>This release</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>Side by side: %1</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Quotes (%1)</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Remove quote</translation>
    </message>
    <message>
        <source>Move quote</source>
        <translation>Move quote</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Links (%1)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>Save the release first: the translation starts as a copy of the saved text.</source>
        <translation>Save the release first: the translation starts as a copy of the saved text.</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <source>&amp;Create translation…</source>
        <translation>&amp;Create translation…</translation>
    </message>
    <message>
        <source>Datel&amp;ine:</source>
        <translation>Datel&amp;ine:</translation>
    </message>
    <message>
        <source>Dateline country</source>
        <translation>Dateline country</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>E&amp;mbargo:</source>
        <translation>E&amp;mbargo:</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo until</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Embargo time zone</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Auth&amp;or:</source>
        <translation>Auth&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Lead paragraph:</source>
        <translation>&amp;Lead paragraph:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Lin&amp;ked events</source>
        <translation>Lin&amp;ked events</translation>
    </message>
    <message>
        <source>Link an event</source>
        <translation>Link an event</translation>
    </message>
    <message>
        <source>Remove linked event</source>
        <translation>Remove linked event</translation>
    </message>
    <message>
        <source>&amp;Media contacts</source>
        <translation>&amp;Media contacts</translation>
    </message>
    <message>
        <source>Add a media contact</source>
        <translation>Add a media contact</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Preview of</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Add a speaker who is not in the list yet</source>
        <translation>Add a speaker who is not in the list yet</translation>
    </message>
    <message>
        <source>The release was approved and its text changed, so it is back in review: it needs approval again before it is published.</source>
        <translation>The release was approved and its text changed, so it is back in review: it needs approval again before it is published.</translation>
    </message>
    <message>
        <source>Insert Quote Here</source>
        <translation>Insert Quote Here</translation>
    </message>
    <message>
        <source>Move the Selected Quote Here</source>
        <translation>Move the Selected Quote Here</translation>
    </message>
    <message>
        <source>Move the quote up in the body (Alt+Up)</source>
        <translation>Move the quote up in the body (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the quote down in the body (Alt+Down)</source>
        <translation>Move the quote down in the body (Alt+Down)</translation>
    </message>
    <message>
        <source>Placed before the body.</source>
        <translation>Placed before the body.</translation>
    </message>
    <message>
        <source>Placed after paragraph %1 of %2: “%3”</source>
        <translation>Placed after paragraph %1 of %2: “%3”</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Review requested of %1.</source>
        <translation>Review requested of %1.</translation>
    </message>
    <message>
        <source>The release is in review, but its reviewers were not asked: %1</source>
        <translation>The release is in review, but its reviewers were not asked: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFields</name>
    <message>
        <source>Spell checking is off for this language. %1</source>
        <translation>Spell checking is off for this language. %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>With or without embargo</source>
        <translation>With or without embargo</translation>
    </message>
    <message>
        <source>Embargoed</source>
        <translation>Embargoed</translation>
    </message>
    <message>
        <source>Not embargoed</source>
        <translation>Not embargoed</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>Quoted speaker</source>
        <translation>Quoted speaker</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Language filter</translation>
    </message>
    <message>
        <source>Embargo filter</source>
        <translation>Embargo filter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Event filter</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Speaker filter</translation>
    </message>
    <message>
        <source>Author filter</source>
        <translation>Author filter</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleaseListModel</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Release date</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReleasePresence</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Edit Anyway</translation>
    </message>
    <message>
        <source>Change the release too; if they save first, your save offers to compare the two.</source>
        <translation>Change the release too; if they save first, your save offers to compare the two.</translation>
    </message>
    <message>
        <source>Clear Lock</source>
        <translation>Clear Lock</translation>
    </message>
    <message>
        <source>Admins: take the release over (someone left it open and went away).</source>
        <translation>Admins: take the release over (someone left it open and went away).</translation>
    </message>
    <message>
        <source>%1. You are reading it; Edit Anyway lets you change it too.</source>
        <translation>%1. You are reading it; Edit Anyway lets you change it too.</translation>
    </message>
    <message>
        <source>%1. You are editing it too: if they save first, your save offers to compare the two.</source>
        <translation>%1. You are editing it too: if they save first, your save offers to compare the two.</translation>
    </message>
    <message>
        <source>The lock could not be cleared: %1</source>
        <translation>The lock could not be cleared: %1</translation>
    </message>
</context>
<context>
    <name>pressdesk::ReviewQueueButton</name>
    <message>
        <source>For My Review (%1)</source>
        <translation>For My Review (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) in review that you are asked to review</source>
        <translation>
            <numerusform>%n release in review that you are asked to review</numerusform>
            <numerusform>%n releases in review that you are asked to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::ReviewersDialog</name>
    <message>
        <source>Request Review</source>
        <translation>Request Review</translation>
    </message>
    <message>
        <source>Who should review this release? They find it under For My Review.</source>
        <translation>Who should review this release? They find it under For My Review.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>This newsroom has no editor, publisher or admin yet; ask an admin to add one.</source>
        <translation>This newsroom has no editor, publisher or admin yet; ask an admin to add one.</translation>
    </message>
    <message>
        <source>&amp;Request Review</source>
        <translation>&amp;Request Review</translation>
    </message>
    <message>
        <source>Tick at least one reviewer.</source>
        <translation>Tick at least one reviewer.</translation>
    </message>
</context>
<context>
    <name>pressdesk::RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://…), empty to remove the link:</source>
        <translation>Address (https://…), empty to remove the link:</translation>
    </message>
</context>
<context>
    <name>pressdesk::SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>pressdesk::SectionView</name>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Search %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>The search could not run: %1</translation>
    </message>
    <message>
        <source>Nothing matches this search. Clear the search field (Esc) to see everything.</source>
        <translation>Nothing matches this search. Clear the search field (Esc) to see everything.</translation>
    </message>
    <message>
        <source>No releases yet.
Write the first one with New (Ctrl+N), paste one you already have with Edit ▸ Paste as New Release (Ctrl+Shift+V), or import files with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>No releases yet.
Write the first one with New (Ctrl+N), paste one you already have with Edit ▸ Paste as New Release (Ctrl+Shift+V), or import files with File ▸ Import (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>No speakers yet.
Add the people your releases quote with New (Ctrl+N), with their exact titles, or import a list (CSV or vCard) with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>No speakers yet.
Add the people your releases quote with New (Ctrl+N), with their exact titles, or import a list (CSV or vCard) with File ▸ Import (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>No events yet.
Add a congress, workshop or launch with New (Ctrl+N), or import a calendar (.ics) with File ▸ Import (Ctrl+Shift+I).</source>
        <translation>No events yet.
Add a congress, workshop or launch with New (Ctrl+N), or import a calendar (.ics) with File ▸ Import (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>No organizations yet.
Add your own with New (Ctrl+N) and choose Use as Our Organization: it gives new releases their letterhead, logo and boilerplate. Partners and funders go here too.</source>
        <translation>No organizations yet.
Add your own with New (Ctrl+N) and choose Use as Our Organization: it gives new releases their letterhead, logo and boilerplate. Partners and funders go here too.</translation>
    </message>
    <message>
        <source>The trash is empty.
What you move to the trash waits here until you restore it.</source>
        <translation>The trash is empty.
What you move to the trash waits here until you restore it.</translation>
    </message>
    <message>
        <source>The list could not be read (%1). What it shows may be out of date; Refresh (F5) tries again.</source>
        <translation>The list could not be read (%1). What it shows may be out of date; Refresh (F5) tries again.</translation>
    </message>
</context>
<context>
    <name>pressdesk::SendController</name>
    <message>
        <source>Send to &amp;Media…</source>
        <translation>Send to &amp;Media…</translation>
    </message>
    <message>
        <source>E-mail the current release to media lists and people</source>
        <translation>E-mail the current release to media lists and people</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when Pressdesk stopped: they may or may not have arrived. Review them under Send to Media ▸ Record.</source>
        <translation>
            <numerusform>%n message were being sent when Pressdesk stopped: they may or may not have arrived. Review them under Send to Media ▸ Record.</numerusform>
            <numerusform>%n messages were being sent when Pressdesk stopped: they may or may not have arrived. Review them under Send to Media ▸ Record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that waited in the outbox were sent.</source>
        <translation>
            <numerusform>%n message that waited in the outbox were sent.</numerusform>
            <numerusform>%n messages that waited in the outbox were sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::SendDialog</name>
    <message>
        <source>Send to Media</source>
        <translation>Send to Media</translation>
    </message>
    <message>
        <source>Who Gets What</source>
        <translation>Who Gets What</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Send &amp;Test to Me</source>
        <translation>Send &amp;Test to Me</translation>
    </message>
    <message>
        <source>Send the message of the recipient shown in the preview to your own address only</source>
        <translation>Send the message of the recipient shown in the preview to your own address only</translation>
    </message>
    <message>
        <source>Save &amp;Drafts for My Mail Program…</source>
        <translation>Save &amp;Drafts for My Mail Program…</translation>
    </message>
    <message>
        <source>One .eml draft per language with everyone in Bcc, to send from your own mailbox</source>
        <translation>One .eml draft per language with everyone in Bcc, to send from your own mailbox</translation>
    </message>
    <message>
        <source>Send Through &amp;SMTP</source>
        <translation>Send Through &amp;SMTP</translation>
    </message>
    <message>
        <source>One personal message per recipient through the server set in Preferences</source>
        <translation>One personal message per recipient through the server set in Preferences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Folder for the Drafts</source>
        <translation>Folder for the Drafts</translation>
    </message>
    <message>
        <source>Send Under Embargo</source>
        <translation>Send Under Embargo</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>SMTP Password</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not kept; set it in Preferences to keep it in the keychain):</source>
        <translation>Password of %1 on %2 (not kept; set it in Preferences to keep it in the keychain):</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filter people</translation>
    </message>
    <message>
        <source>Media &amp;lists</source>
        <translation>Media &amp;lists</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>Under embargo until %1: only people who respect embargoes get it.</source>
        <translation>Under embargo until %1: only people who respect embargoes get it.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>As s&amp;een by:</source>
        <translation>As s&amp;een by:</translation>
    </message>
    <message>
        <source>Send What &amp;Waits</source>
        <translation>Send What &amp;Waits</translation>
    </message>
    <message>
        <source>Try again the messages that wait in the outbox for the server in Preferences</source>
        <translation>Try again the messages that wait in the outbox for the server in Preferences</translation>
    </message>
    <message>
        <source>Pick media lists or people on the left.</source>
        <translation>Pick media lists or people on the left.</translation>
    </message>
    <message>
        <source>Nobody picked may receive this release.</source>
        <translation>Nobody picked may receive this release.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), one message each:</source>
        <translation>
            <numerusform>%n recipient, one message each:</numerusform>
            <numerusform>%n recipients, one message each:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 version: %n recipient(s)</source>
        <translation>
            <numerusform>• %1 version: %n recipient</numerusform>
            <numerusform>• %1 version: %n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody picked is left out.</source>
        <translation>Nobody picked is left out.</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Left out (%n):</numerusform>
            <numerusform>Left out (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The preview shows the message of a recipient once people are picked.</source>
        <translation>The preview shows the message of a recipient once people are picked.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>This release is under embargo until %1 (%2 where you are). Only people who respect embargoes get it. Send it now?</source>
        <translation>This release is under embargo until %1 (%2 where you are). Only people who respect embargoes get it. Send it now?</translation>
    </message>
    <message>
        <source>Set the SMTP server in Preferences first (File ▸ Preferences…).</source>
        <translation>Set the SMTP server in Preferences first (File ▸ Preferences…).</translation>
    </message>
    <message>
        <source>No password for %1 on %2: nothing was sent.</source>
        <translation>No password for %1 on %2: nothing was sent.</translation>
    </message>
    <message>
        <source>The drafts could not be saved: %1</source>
        <translation>The drafts could not be saved: %1</translation>
    </message>
    <message>
        <source>The drafts are saved, but who got them could not be recorded: %1</source>
        <translation>The drafts are saved, but who got them could not be recorded: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n draft(s) in %1: open each in your mail program and send it.</source>
        <translation>
            <numerusform>Saved %n draft in %1: open each in your mail program and send it.</numerusform>
            <numerusform>Saved %n drafts in %1: open each in your mail program and send it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set your name and e-mail address in Preferences first (File ▸ Preferences…).</source>
        <translation>Set your name and e-mail address in Preferences first (File ▸ Preferences…).</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sending %n message…</numerusform>
            <numerusform>Sending %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Not delivered to %1: %2</translation>
    </message>
    <message>
        <source>Will try %1 again later: %2</source>
        <translation>Will try %1 again later: %2</translation>
    </message>
    <message>
        <source>The outbox could not be opened: %1</source>
        <translation>The outbox could not be opened: %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the mail server (%1). Sent %2; %n message(s) wait in the outbox and go with Send What Waits (Record tab) once the connection is back.</source>
        <translation>
            <numerusform>Could not reach the mail server (%1). Sent %2; %n message wait in the outbox and go with Send What Waits (Record tab) once the connection is back.</numerusform>
            <numerusform>Could not reach the mail server (%1). Sent %2; %n messages wait in the outbox and go with Send What Waits (Record tab) once the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1; %2 could not be delivered and %3 wait to be tried again (listed below).</source>
        <translation>Sent %1; %2 could not be delivered and %3 wait to be tried again (listed below).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Sent %n message.</numerusform>
            <numerusform>Sent %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend &amp;Uncertain…</source>
        <translation>Resend &amp;Uncertain…</translation>
    </message>
    <message>
        <source>Review and resend the messages that were being sent when Pressdesk stopped: they may or may not have arrived</source>
        <translation>Review and resend the messages that were being sent when Pressdesk stopped: they may or may not have arrived</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (%2 version)</translation>
    </message>
    <message>
        <source>Resend Uncertain Messages</source>
        <translation>Resend Uncertain Messages</translation>
    </message>
    <message>
        <source>Pressdesk stopped while these messages were being handed to the mail server, so they may or may not have arrived:

%1

Resend them? Whoever got them already will get them twice.</source>
        <translation>Pressdesk stopped while these messages were being handed to the mail server, so they may or may not have arrived:

%1

Resend them? Whoever got them already will get them twice.</translation>
    </message>
    <message>
        <source>Waiting for the outbox, which is sending in the background…</source>
        <translation>Waiting for the outbox, which is sending in the background…</translation>
    </message>
    <message>
        <source>&amp;Mark as Delivered…</source>
        <translation>&amp;Mark as Delivered…</translation>
    </message>
    <message>
        <source>Record the uncertain messages as sent, when you know they arrived (they are not sent again)</source>
        <translation>Record the uncertain messages as sent, when you know they arrived (they are not sent again)</translation>
    </message>
    <message>
        <source>Mark as Delivered</source>
        <translation>Mark as Delivered</translation>
    </message>
    <message>
        <source>Record these messages as sent? Do so only when you know they arrived (the journalist or the server's log says so); they will not be sent again.

%1</source>
        <translation>Record these messages as sent? Do so only when you know they arrived (the journalist or the server's log says so); they will not be sent again.

%1</translation>
    </message>
    <message>
        <source>The messages could not be marked: %1</source>
        <translation>The messages could not be marked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n message recorded as sent.</numerusform>
            <numerusform>%n messages recorded as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pressdesk::SentRecordView</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Server's reply</source>
        <translation>Server's reply</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>The record could not be read: %1</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revision %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>This release has not been sent yet.</source>
        <translation>This release has not been sent yet.</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting %3.</source>
        <translation>Sent %1, failed %2, waiting %3.</translation>
    </message>
    <message>
        <source>Sent record</source>
        <translation>Sent record</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, waiting %3, uncertain %4 (may or may not have arrived).</source>
        <translation>Sent %1, failed %2, waiting %3, uncertain %4 (may or may not have arrived).</translation>
    </message>
</context>
<context>
    <name>pressdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Action or key, e.g. save or Ctrl+S</source>
        <translation>Action or key, e.g. save or Ctrl+S</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filter shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpeakerEditor</name>
    <message>
        <source>New speaker, not saved</source>
        <translation>New speaker, not saved</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>e.g. Dr., Hon.</source>
        <translation>e.g. Dr., Hon.</translation>
    </message>
    <message>
        <source>Derived from the full name until you change it</source>
        <translation>Derived from the full name until you change it</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganization:</translation>
    </message>
    <message>
        <source>Pick one, or type a new name to create it on save</source>
        <translation>Pick one, or type a new name to create it on save</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Codes, comma-separated: es, en</source>
        <translation>Codes, comma-separated: es, en</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Bio:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Quoted in</source>
        <translation>Quoted in</translation>
    </message>
    <message>
        <source>Double-click to open the release</source>
        <translation>Double-click to open the release</translation>
    </message>
    <message>
        <source>Load Photo</source>
        <translation>Load Photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>“%1” is not an image Pressdesk can read.</source>
        <translation>“%1” is not an image Pressdesk can read.</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>New speaker</translation>
    </message>
    <message>
        <source>Quoted in (%1)</source>
        <translation>Quoted in (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Hon&amp;orific:</source>
        <translation>Hon&amp;orific:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>F&amp;ull name:</translation>
    </message>
    <message>
        <source>Sor&amp;t name:</source>
        <translation>Sor&amp;t name:</translation>
    </message>
    <message>
        <source>Current t&amp;itle:</source>
        <translation>Current t&amp;itle:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Load photo</source>
        <translation>Load photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpeakerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellCheckGroup</name>
    <message>
        <source>No Suggestions</source>
        <translation>No Suggestions</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Add “%1” to Dictionary</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Add to Dictionary</translation>
    </message>
    <message>
        <source>The word is accepted until Pressdesk quits, but it could not be saved: %1</source>
        <translation>The word is accepted until Pressdesk quits, but it could not be saved: %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Accept this word until Pressdesk quits</source>
        <translation>Accept this word until Pressdesk quits</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellChecker</name>
    <message>
        <source>No dictionary.</source>
        <translation>No dictionary.</translation>
    </message>
    <message>
        <source>The dictionary files %1 and %2 are missing.</source>
        <translation>The dictionary files %1 and %2 are missing.</translation>
    </message>
    <message>
        <source>The dictionary %1 uses the encoding %2, which this system cannot convert.</source>
        <translation>The dictionary %1 uses the encoding %2, which this system cannot convert.</translation>
    </message>
    <message>
        <source>Pressdesk was built without Hunspell.</source>
        <translation>Pressdesk was built without Hunspell.</translation>
    </message>
</context>
<context>
    <name>pressdesk::SpellingService</name>
    <message>
        <source>No dictionary found for %1 in %2.</source>
        <translation>No dictionary found for %1 in %2.</translation>
    </message>
    <message>
        <source>Hunspell is not built in.</source>
        <translation>Hunspell is not built in.</translation>
    </message>
    <message>
        <source>Spell checking is off: Pressdesk was built without Hunspell.</source>
        <translation>Spell checking is off: Pressdesk was built without Hunspell.</translation>
    </message>
    <message>
        <source>Spell checking is off: no Hunspell dictionary found in %1.</source>
        <translation>Spell checking is off: no Hunspell dictionary found in %1.</translation>
    </message>
    <message>
        <source>Spell checking: no dictionary for English, Spanish or French.</source>
        <translation>Spell checking: no dictionary for English, Spanish or French.</translation>
    </message>
    <message>
        <source>Spell checking: %1 available.</source>
        <translation>Spell checking: %1 available.</translation>
    </message>
    <message>
        <source>Not available: %1 (no dictionary installed).</source>
        <translation>Not available: %1 (no dictionary installed).</translation>
    </message>
</context>
<context>
    <name>pressdesk::SqliteStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Cannot create %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>Cannot create %1: the folder %2 is read-only.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Pressdesk database.</source>
        <translation>%1 is a folder, not a Pressdesk database.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Cannot read %1: permission denied.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the file is read-only.</source>
        <translation>Cannot open %1 for writing: the file is read-only.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Pressdesk database.</source>
        <translation>%1 is an SQLite database, but not a Pressdesk database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Pressdesk (schema %2; this version reads up to schema %3). It was left unchanged; please update Pressdesk.</source>
        <translation>%1 was written by a newer version of Pressdesk (schema %2; this version reads up to schema %3). It was left unchanged; please update Pressdesk.</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again when it is closed.</source>
        <translation>%1 is locked by another program; try again when it is closed.</translation>
    </message>
    <message>
        <source>%1 is not a Pressdesk database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 is not a Pressdesk database (it is not an SQLite file, or it is damaged).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost. Rescue what can still be read with pressdesk salvage.</source>
        <translation>%1 is damaged (%2). It was not opened, so nothing more is lost. Rescue what can still be read with pressdesk salvage.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not opened, so nothing more is lost. The newest good backup is %3 (pressdesk restore %3); or rescue what can still be read with pressdesk salvage.</source>
        <translation>%1 is damaged (%2). It was not opened, so nothing more is lost. The newest good backup is %3 (pressdesk restore %3); or rescue what can still be read with pressdesk salvage.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Cannot configure %1: %2</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because the copy made before upgrading failed: %2</source>
        <translation>%1 was not upgraded, because the copy made before upgrading failed: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file was left at schema %3. %4</source>
        <translation>Upgrading %1 to schema %2 failed; the file was left at schema %3. %4</translation>
    </message>
    <message>
        <source>Another program removed or replaced the journal of %1 (%2-wal) while Pressdesk had the file open. To keep your work safe, Pressdesk writes nothing more to it in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</source>
        <translation>Another program removed or replaced the journal of %1 (%2-wal) while Pressdesk had the file open. To keep your work safe, Pressdesk writes nothing more to it in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</translation>
    </message>
    <message>
        <source>Pressdesk lost its lock on %1 and could not take it back. To keep your work safe, it writes nothing more to the file in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</source>
        <translation>Pressdesk lost its lock on %1 and could not take it back. To keep your work safe, it writes nothing more to the file in this session: what you have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it again.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>Row %1 of table %2 points to a missing row of %3.</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>releases</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>speakers</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>The search index of the %1 does not match their saved text: searches may miss or show wrong %1. pressdesk salvage --to FILE writes a copy with the index rebuilt.</source>
        <translation>The search index of the %1 does not match their saved text: searches may miss or show wrong %1. pressdesk salvage --to FILE writes a copy with the index rebuilt.</translation>
    </message>
</context>
<context>
    <name>pressdesk::StatusPanel</name>
    <message>
        <source>Team newsroom: %1</source>
        <translation>Team newsroom: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server and database in use</source>
        <translation>The PostgreSQL server and database in use</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>The database file in use</translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es)</source>
        <translation>
            <numerusform>More than %n match(es)</numerusform>
            <numerusform>More than %n match(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>%n item in the trash</numerusform>
            <numerusform>%n items in the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Pressdesk Stopped Saving</source>
        <translation>Pressdesk Stopped Saving</translation>
    </message>
    <message>
        <source>%1 (not saving)</source>
        <translation>%1 (not saving)</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <source>Server unreachable, reconnecting… (%1)</source>
        <translation>Server unreachable, reconnecting… (%1)</translation>
    </message>
    <message>
        <source>Your edits stay in their editors and in a recovery copy on this computer; save again once the server is back.
%1</source>
        <translation>Your edits stay in their editors and in a recovery copy on this computer; save again once the server is back.
%1</translation>
    </message>
</context>
<context>
    <name>pressdesk::StoreLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>No database was given.</translation>
    </message>
    <message>
        <source>The server address is not a valid URI: %1</source>
        <translation>The server address is not a valid URI: %1</translation>
    </message>
    <message>
        <source>The server address has an unknown parameter "%1".</source>
        <translation>The server address has an unknown parameter "%1".</translation>
    </message>
    <message>
        <source>The server address has an unknown sslmode "%1" (one of %2).</source>
        <translation>The server address has an unknown sslmode "%1" (one of %2).</translation>
    </message>
    <message>
        <source>The server address has an invalid port.</source>
        <translation>The server address has an invalid port.</translation>
    </message>
    <message>
        <source>The server address names no database (postgresql://host/DATABASE).</source>
        <translation>The server address names no database (postgresql://host/DATABASE).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>pressdesk::TrashController</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo Move to Trash</source>
        <translation>Undo Move to Trash</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Move to Trash</translation>
    </message>
    <message>
        <source>Could not move the item to the trash: %1</source>
        <translation>Could not move the item to the trash: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n item to the trash.</numerusform>
            <numerusform>Moved %n items to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore the item: %1</source>
        <translation>Could not restore the item: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the trash.</source>
        <translation>
            <numerusform>Restored %n item from the trash.</numerusform>
            <numerusform>Restored %n items from the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation>
            <numerusform>Restored %n item.</numerusform>
            <numerusform>Restored %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Empty Trash</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items were kept because they are still in use:

%1</source>
        <translation>Some items were kept because they are still in use:

%1</translation>
    </message>
</context>
<context>
    <name>pressdesk::TrashListModel</name>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
</TS>