<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactSheetDialog</name>
    <message numerus="yes">
        <location filename="../../studio/qt/output/contact_sheet_dialog.py" line="+274"/>
        <source>%n panel(s) on {sheets}.</source>
        <translation>
            <numerusform>%n panel on {sheets}.</numerusform>
            <numerusform>%n panels on {sheets}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message numerus="yes">
        <location filename="../../studio/qt/spending_dialog.py" line="+44"/>
        <source>%n picture(s) — the cost is unknown: this model has no price in Settings.</source>
        <translation>
            <numerusform>%n picture — the cost is unknown: this model has no price in Settings.</numerusform>
            <numerusform>%n pictures — the cost is unknown: this model has no price in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n picture(s), about {amount}</source>
        <translation>
            <numerusform>%n picture, about {amount}</numerusform>
            <numerusform>%n pictures, about {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../studio/qt/output/export_dialog.py" line="+274"/>
        <source>Checked for {target}: %n problem(s) it would refuse the file for.</source>
        <translation>
            <numerusform>Checked for {target}: %n problem it would refuse the file for.</numerusform>
            <numerusform>Checked for {target}: %n problems it would refuse the file for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPane</name>
    <message numerus="yes">
        <location filename="../../studio/qt/gallery/pane.py" line="+349"/>
        <source>%n new picture(s) not shown here.</source>
        <translation>
            <numerusform>%n new picture not shown here.</numerusform>
            <numerusform>%n new pictures not shown here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>%Ln picture</numerusform>
            <numerusform>%Ln pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+258"/>
        <source>Imported %n picture(s).</source>
        <translation>
            <numerusform>Imported %n picture.</numerusform>
            <numerusform>Imported %n pictures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorBox</name>
    <message numerus="yes">
        <location filename="../../studio/qt/local_pictures_settings.py" line="+127"/>
        <source>%n checkpoint(s) found.</source>
        <translation>
            <numerusform>%n checkpoint found.</numerusform>
            <numerusform>%n checkpoints found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintReadyRunner</name>
    <message numerus="yes">
        <location filename="../../studio/qt/print_ready.py" line="+108"/>
        <source>%n picture(s) made print-ready; each is one step in Edit ▸ Undo.</source>
        <translation>
            <numerusform>%n picture made print-ready; it is one step in Edit ▸ Undo.</numerusform>
            <numerusform>%n pictures made print-ready; each is one step in Edit ▸ Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n picture(s) print under 300 DPI on the pages.</source>
        <translation>
            <numerusform>%n picture prints under 300 DPI on the pages.</numerusform>
            <numerusform>%n pictures print under 300 DPI on the pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../studio/qt/settings_dialog.py" line="+327"/>
        <source>%n model(s) found.</source>
        <translation>
            <numerusform>%n model found.</numerusform>
            <numerusform>%n models found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingDialog</name>
    <message numerus="yes">
        <location filename="../../studio/qt/spending_dialog.py" line="+96"/>
        <source>Wrote %n row(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n row to {path}</numerusform>
            <numerusform>Wrote %n rows to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message numerus="yes">
        <location filename="../../studio/qt/stickers/sheet_dialog.py" line="+393"/>
        <source>Making %n sticker(s)…</source>
        <translation>
            <numerusform>Making %n sticker…</numerusform>
            <numerusform>Making %n stickers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryboardPane</name>
    <message numerus="yes">
        <location filename="../../studio/qt/storyboard/pane.py" line="+573"/>
        <source>%n page(s) illustrated.</source>
        <translation>
            <numerusform>%n page illustrated.</numerusform>
            <numerusform>%n pages illustrated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not made: see the red badge on the page; click again to retry.</source>
        <translation>
            <numerusform>%n not made: see the red badge on the page; click again to retry.</numerusform>
            <numerusform>%n not made: see the red badges on the pages; click again to retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrittenMessage</name>
    <message numerus="yes">
        <location filename="../../studio/qt/output/destination.py" line="+114"/>
        <source>Wrote %n file(s) in “{folder}”.</source>
        <translation>
            <numerusform>Wrote %n file in “{folder}”.</numerusform>
            <numerusform>Wrote %n files in “{folder}”.</numerusform>
        </translation>
    </message>
</context>
</TS>
