#pragma once

#include "google/ApiEndpoint.h"
#include "google/Page.h"
#include "net/JsonReader.h"
#include "net/NetRequest.h"
#include "net/RequestPipeline.h"
#include "net/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace onair {

// What every Google resource client shares (YouTube's and Content ID's): building a request
// under the client's API root with the read or write timeout, and the generic list / get /
// write / delete calls over the client's pipeline. One copy of each, whatever the resource.
class ResourceCalls
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;
    // Fetches one page of a list call, starting at `pageToken`.
    template<typename T>
    using PageFetch =
        std::function<void(const QString &pageToken, QObject *context, Done<Page<T>> done)>;

    explicit ResourceCalls(const ApiEndpoint *endpoint)
        : m_endpoint(endpoint)
    {}

    const ApiEndpoint *endpoint() const { return m_endpoint; }

    // A request to `path` under the API root; reads get the read timeout, the rest the write one.
    NetRequest request(const QString &method, const QByteArray &verb, const QString &path,
                       const QUrlQuery &query) const;
    // The same with a JSON body.
    NetRequest request(const QString &method, const QByteArray &verb, const QString &path,
                       const QUrlQuery &query, const QJsonObject &body) const;
    void send(NetRequest request, QObject *context, RequestPipeline::Done done) const;

    // A list call: one page of items.
    template<typename T>
    void list(NetRequest request, QObject *context, Done<Page<T>> done) const;
    // A read answered by one item (a get by path).
    template<typename T>
    void read(NetRequest request, QObject *context, Done<T> done) const
    {
        write<T>(std::move(request), context, std::move(done));
    }
    // A list call by id: the item, or ApiError 404 `notFoundReason`.
    template<typename T>
    void get(NetRequest request, const QString &id, const QString &notFoundReason,
             const QString &domain, QObject *context, Done<T> done) const;
    // A write answered by the written item.
    template<typename T>
    void write(NetRequest request, QObject *context, Done<T> done) const;
    // `method` DELETE `path`?id=…; a retry that finds the item gone after an answer was lost
    // (`notFoundReason`) counts as deleted.
    void remove(const QString &method, const QString &path, const QString &id,
                const QString &notFoundReason, QObject *context, Done<bool> done) const;
    // Up to `pagesLeft` pages of a list, items in order.
    template<typename T>
    static void collectPages(PageFetch<T> fetch, const QString &pageToken, int pagesLeft,
                             QList<T> soFar, QObject *context, Done<QList<T>> done);

    static QString joinParts(const QStringList &parts, const QStringList &fallback);
    static QStringList withParts(QStringList parts, const QStringList &needed);
    static ApiError notFound(const QString &reason, const QString &domain, const QString &what);
    template<typename T>
    static Result<T> parseItem(const QByteArray &body, const QString &what);

private:
    const ApiEndpoint *m_endpoint;
};

template<typename T>
Result<T> ResourceCalls::parseItem(const QByteArray &body, const QString &what)
{
    Result<QJsonObject> json = parseJsonObject(body, what);
    if (!json)
        return json.error();
    return T::fromJson(json.value());
}

template<typename T>
void ResourceCalls::list(NetRequest request, QObject *context, Done<Page<T>> done) const
{
    const QString method = request.method;
    send(std::move(request), context,
         [method, done = std::move(done)](Result<NetReply> r, NetCallInfo) {
             if (!r)
                 return done(r.error());
             Result<QJsonObject> json = parseJsonObject(r.value().body, method);
             if (!json)
                 return done(json.error());
             JsonReader reader(json.value());
             Page<T> page;
             page.nextPageToken = reader.string("nextPageToken");
             if (reader.enter("pageInfo")) {
                 page.totalResults = static_cast<int>(reader.int64("totalResults"));
                 reader.leave();
             }
             const QJsonArray items = reader.array("items");
             if (!reader.ok())
                 return done(ApiError::badResponse(method + QStringLiteral(": ") + reader.error()));
             for (const QJsonValue &v : items) {
                 if (!v.isObject())
                     return done(ApiError::badResponse(
                         method + QStringLiteral(": an item is not an object")));
                 Result<T> item = T::fromJson(v.toObject());
                 if (!item)
                     return done(item.error());
                 page.items.append(std::move(item).value());
             }
             done(std::move(page));
         });
}

template<typename T>
void ResourceCalls::get(NetRequest request, const QString &id, const QString &notFoundReason,
                        const QString &domain, QObject *context, Done<T> done) const
{
    list<T>(std::move(request), context,
            [id, notFoundReason, domain, done = std::move(done)](Result<Page<T>> page) {
                if (!page)
                    return done(page.error());
                for (const T &item : page.value().items) {
                    if (item.id == id)
                        return done(item);
                }
                done(notFound(notFoundReason, domain, id + QStringLiteral(" not found")));
            });
}

template<typename T>
void ResourceCalls::write(NetRequest request, QObject *context, Done<T> done) const
{
    const QString method = request.method;
    send(std::move(request), context,
         [method, done = std::move(done)](Result<NetReply> r, NetCallInfo) {
             if (!r)
                 return done(r.error());
             done(parseItem<T>(r.value().body, method));
         });
}

template<typename T>
void ResourceCalls::collectPages(PageFetch<T> fetch, const QString &pageToken, int pagesLeft,
                                 QList<T> soFar, QObject *context, Done<QList<T>> done)
{
    QPointer<QObject> guard(context);
    fetch(pageToken, context, [fetch, pagesLeft, soFar, guard, done](Result<Page<T>> page) mutable {
        if (!page)
            return done(page.error());
        soFar += page.value().items;
        if (page.value().nextPageToken.isEmpty() || pagesLeft <= 1 || !guard)
            return done(soFar);
        collectPages<T>(fetch, page.value().nextPageToken, pagesLeft - 1, soFar, guard, done);
    });
}

} // namespace onair
