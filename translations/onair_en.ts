<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>A control room for YouTube Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::SecretStore</name>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::MainWindow</name>
    <message>
        <source>OnAir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitor stream yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, then create a broadcast or pick an upcoming one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal against the local emulator; nothing reaches YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube — actions reach the real channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir — sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
