<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>pressdesk::MainWindow</name>
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
    <message numerus="yes">
        <source>Moved %n item(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n item to the trash.</numerusform>
            <numerusform>Moved %n items to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation>
            <numerusform>Restored %n item.</numerusform>
            <numerusform>Restored %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the trash.</source>
        <translation>
            <numerusform>Restored %n item from the trash.</numerusform>
            <numerusform>Restored %n items from the trash.</numerusform>
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
</context>
</TS>