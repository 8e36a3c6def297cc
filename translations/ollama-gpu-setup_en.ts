<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%n model loaded at %1:</numerusform>
            <numerusform>%n models loaded at %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) kept</source>
        <translation>
            <numerusform>%n sample kept</numerusform>
            <numerusform>%n samples kept</numerusform>
        </translation>
    </message>
</context>
</TS>
