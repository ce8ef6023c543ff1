#include "tst_routetable.h"

#include "kernel/FaultInjector.h"
#include "kernel/RouteTable.h"

#include <QJsonArray>
#include <QTest>

using namespace onair::sandbox;

namespace {

Route route(Route::Kind kind, const QString &verb, const QString &path, const QString &service,
            const QString &method)
{
    Route r;
    r.kind = kind;
    r.verb = verb;
    r.path = path;
    r.service = service;
    r.method = method;
    return r;
}

RouteTable table()
{
    RouteTable routes;
    routes.add(route(Route::Kind::Api, QStringLiteral("GET"),
                     QStringLiteral("/youtube/v3/liveStreams"), QStringLiteral("youtube"),
                     QStringLiteral("liveStreams.list")));
    routes.add(route(Route::Kind::Endpoint, QStringLiteral("*"), QStringLiteral("/token"),
                     QStringLiteral("oauth2"), QStringLiteral("token")));
    routes.add(route(Route::Kind::Page, QStringLiteral("*"), QStringLiteral("/embed/*"),
                     QStringLiteral("ingest"), QStringLiteral("embed")));
    routes.add(route(Route::Kind::Control, QStringLiteral("GET"),
                     QStringLiteral("/_sandbox/youtube/state"), QStringLiteral("youtube"),
                     QStringLiteral("state")));
    return routes;
}

} // namespace

void TestRouteTable::matching()
{
    const Route exact = route(Route::Kind::Api, QStringLiteral("POST"),
                              QStringLiteral("/youtube/v3/liveBroadcasts/bind"),
                              QStringLiteral("youtube"), QStringLiteral("liveBroadcasts.bind"));
    QVERIFY(
        exact.matches(QStringLiteral("POST"), QStringLiteral("/youtube/v3/liveBroadcasts/bind")));
    QVERIFY(
        !exact.matches(QStringLiteral("GET"), QStringLiteral("/youtube/v3/liveBroadcasts/bind")));
    QVERIFY(!exact.matches(QStringLiteral("POST"), QStringLiteral("/youtube/v3/liveBroadcasts")));
    QVERIFY(!exact.matches(QStringLiteral("POST"),
                           QStringLiteral("/youtube/v3/liveBroadcasts/bind/x")));
    const Route prefix = route(Route::Kind::Page, QStringLiteral("*"), QStringLiteral("/embed/*"),
                               QStringLiteral("ingest"), QStringLiteral("embed"));
    QVERIFY(prefix.matches(QStringLiteral("GET"), QStringLiteral("/embed/abc/hls/index.m3u8")));
    QVERIFY(prefix.matches(QStringLiteral("DELETE"), QStringLiteral("/embed/")));
    QVERIFY(!prefix.matches(QStringLiteral("GET"), QStringLiteral("/embed")));
    QCOMPARE(exact.faultKey(), QStringLiteral("youtube:liveBroadcasts.bind"));
}

void TestRouteTable::segmentPatterns()
{
    const Route ownership = route(Route::Kind::Api, QStringLiteral("PUT"),
                                  QStringLiteral("/youtube/partner/v1/assets/{}/ownership"),
                                  QStringLiteral("contentid"), QStringLiteral("ownership.update"));
    QVERIFY(ownership.matches(QStringLiteral("PUT"),
                              QStringLiteral("/youtube/partner/v1/assets/A123/ownership")));
    QVERIFY(!ownership.matches(QStringLiteral("PUT"),
                               QStringLiteral("/youtube/partner/v1/assets//ownership")));
    QVERIFY(!ownership.matches(QStringLiteral("PUT"),
                               QStringLiteral("/youtube/partner/v1/assets/A1/B2/ownership")));
    QVERIFY(!ownership.matches(QStringLiteral("PUT"),
                               QStringLiteral("/youtube/partner/v1/assets/A123/matchPolicy")));
    const Route get = route(Route::Kind::Api, QStringLiteral("GET"),
                            QStringLiteral("/youtube/partner/v1/assets/{}"),
                            QStringLiteral("contentid"), QStringLiteral("assets.get"));
    QVERIFY(get.matches(QStringLiteral("GET"), QStringLiteral("/youtube/partner/v1/assets/A1")));
    QVERIFY(!get.matches(QStringLiteral("GET"),
                         QStringLiteral("/youtube/partner/v1/assets/A1/ownership")));
    QVERIFY(!get.matches(QStringLiteral("GET"), QStringLiteral("/youtube/partner/v1/assets")));
}

void TestRouteTable::tableOrderAndApiPrefixes()
{
    RouteTable routes = table();
    routes.add(route(Route::Kind::Page, QStringLiteral("GET"), QStringLiteral("/embed/x"),
                     QStringLiteral("other"), QStringLiteral("x")));
    const QList<const Route *> found =
        routes.find(QStringLiteral("GET"), QStringLiteral("/embed/x"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0)->service, QStringLiteral("ingest")); // first added, first asked
    QCOMPARE(found.at(1)->service, QStringLiteral("other"));
    QVERIFY(
        routes.find(QStringLiteral("PUT"), QStringLiteral("/youtube/v3/liveStreams")).isEmpty());
    routes.addApiPrefix(QStringLiteral("/youtube/"));
    QVERIFY(routes.isApiPath(QStringLiteral("/youtube/v3/nothing")));
    QVERIFY(!routes.isApiPath(QStringLiteral("/embed/x")));
}

void TestRouteTable::faultKeys()
{
    const RouteTable routes = table();
    QCOMPARE(routes.faultKey(QStringLiteral("liveStreams.list")),
             QStringLiteral("youtube:liveStreams.list"));
    QCOMPARE(routes.faultKey(QStringLiteral("oauth2.token")), QStringLiteral("oauth2:token"));
    QCOMPARE(routes.faultKey(QStringLiteral("youtube:videos.list")),
             QStringLiteral("youtube:videos.list"));
    // Pages and control endpoints take no faults; unknown names stay as they are.
    QCOMPARE(routes.faultKey(QStringLiteral("ingest.embed")), QStringLiteral("ingest.embed"));
    QCOMPARE(routes.faultKey(QStringLiteral("youtube.state")), QStringLiteral("youtube.state"));
    QCOMPARE(routes.faultKey(QStringLiteral("videos.list")), QStringLiteral("videos.list"));
}

void TestRouteTable::faultsByKey()
{
    const RouteTable routes = table();
    FaultInjector faults;
    faults.setKeyResolver([&routes](const QString &method) { return routes.faultKey(method); });
    QString error;
    QVERIFY(
        faults.addSpec(QStringLiteral("error=500@liveStreams.list,error=503@youtube:liveStreams."
                                      "list,latency=900@oauth2.token"),
                       &error, nullptr));
    QCOMPARE(faults.report().value(QStringLiteral("pending")).toArray().size(), 2);
    QCOMPARE(faults.take(QStringLiteral("youtube:videos.list")).action,
             FaultInjector::Action::None);
    const FaultInjector::Decision first = faults.take(QStringLiteral("youtube:liveStreams.list"));
    QCOMPARE(first.action, FaultInjector::Action::Error);
    QCOMPARE(first.errorStatus, 500);
    // The old name asks for the same key.
    QCOMPARE(faults.take(QStringLiteral("liveStreams.list")).errorStatus, 503);
    QCOMPARE(faults.take(QStringLiteral("youtube:liveStreams.list")).action,
             FaultInjector::Action::None);
    QCOMPARE(faults.latencyFor(QStringLiteral("oauth2:token")), 900);
    QCOMPARE(faults.latencyFor(QStringLiteral("oauth2.token")), 900);
    QCOMPARE(faults.latencyFor(QStringLiteral("oauth2:revoke")), 0);
}

QTEST_GUILESS_MAIN(TestRouteTable)

#include "moc_tst_routetable.cpp"
