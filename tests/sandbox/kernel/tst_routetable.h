#pragma once

#include <QObject>

// The kernel's one route table, called directly: verb and path matching (exact, prefix, one-segment
// "{}", any verb), table order, API prefixes, and fault keys "service:method" with the old names
// mapped to them (also through FaultInjector).
class TestRouteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching();
    void segmentPatterns();
    void tableOrderAndApiPrefixes();
    void faultKeys();
    void faultsByKey();
};
