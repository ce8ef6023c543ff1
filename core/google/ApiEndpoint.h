#pragma once

#include <QUrl>

namespace onair {

class RequestPipeline;

// Where a Google API client sends its calls: its API root (Google's or the sandbox's), its
// timeouts and its RequestPipeline. ResourceCalls builds and sends requests against one.
class ApiEndpoint
{
public:
    virtual ~ApiEndpoint() = default;

    virtual QUrl rootUrl() const = 0;
    virtual int readTimeoutMs() const = 0;
    virtual int writeTimeoutMs() const = 0;
    virtual int uploadTimeoutMs() const = 0;
    virtual RequestPipeline *pipeline() const = 0;

    // `root` with its path ending in '/' and no query or fragment, so that relative paths
    // resolve under it.
    static QUrl normalizedRoot(const QUrl &root)
    {
        QUrl r = root;
        QString path = r.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        r.setPath(path);
        r.setQuery(QString());
        r.setFragment(QString());
        return r;
    }
};

} // namespace onair
