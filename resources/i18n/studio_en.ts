<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>GeneratorBox</name>
    <message numerus="yes">
        <location filename="../../studio/qt/local_pictures_settings.py" line="+117"/>
        <source>%n checkpoint(s) found.</source>
        <translation>
            <numerusform>%n checkpoint found.</numerusform>
            <numerusform>%n checkpoints found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../studio/qt/settings_dialog.py" line="+317"/>
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
</TS>
