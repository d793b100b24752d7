<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GalleryPane</name>
    <message numerus="yes">
        <location filename="../../studio/qt/gallery/pane.py" line="+331"/>
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
    <name>PrintReadyRunner</name>
    <message numerus="yes">
        <location filename="../../studio/qt/print_ready.py" line="+102"/>
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
</TS>
