#pragma once

#include <QObject>

// Declared apart from its fixtures: moc's lexer in Qt 6.4 loses its way in raw string literals.
class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void broadcastFromJson();
    void broadcastMinimal();
    void broadcastWrongTypes_data();
    void broadcastWrongTypes();
    void broadcastToJsonOnlyRequestedParts();
    void streamFromJson();
    void streamWrongTypes_data();
    void streamWrongTypes();
    void streamToJson();
    void cuepointNeverBothTimes();
    void cuepointFromJson_data();
    void cuepointFromJson();
    void errorEnvelope_data();
    void errorEnvelope();
    void rateLimitReasons_data();
    void rateLimitReasons();
    void parseJsonObject_data();
    void parseJsonObject();
    void rfc3339();
};
