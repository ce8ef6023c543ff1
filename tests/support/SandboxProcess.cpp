#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace onair::test {

QByteArray SandboxProcess::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject SandboxProcess::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxProcess::SandboxProcess(const QStringList &arguments, int readyTimeoutMs)
{
    m_process.setProgram(QStringLiteral(ONAIR_SANDBOX_EXECUTABLE));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--rtmp-port"), QStringLiteral("0")} +
                           arguments);
    // The sandbox's warnings go straight to the test's log (and can never fill a pipe).
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(readyTimeoutMs)) {
        m_error = QStringLiteral("onair-sandbox did not start: ") + m_process.errorString();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_process.canReadLine() && clock.elapsed() < readyTimeoutMs &&
           m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    if (!m_process.canReadLine()) {
        m_error = QStringLiteral("no ready line from onair-sandbox (its stderr is in the log)");
        return;
    }
    readReadyLine(m_process.readLine());
}

std::unique_ptr<SandboxProcess> SandboxProcess::attach(const QByteArray &readyLine)
{
    std::unique_ptr<SandboxProcess> sandbox(new SandboxProcess(Attached{}));
    sandbox->readReadyLine(readyLine);
    return sandbox;
}

void SandboxProcess::readReadyLine(const QByteArray &line)
{
    m_endpoints = SandboxEndpoints::parse(line, &m_error);
    m_ready = m_endpoints.isValid();
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
        return false;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

bool SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.terminate();
    if (m_process.waitForFinished(3000))
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.kill();
    m_process.waitForFinished(3000);
    return false;
}

SandboxProcess::Tokens SandboxProcess::signIn(const QStringList &scopes)
{
    const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    QString verifier;
    for (int i = 0; i < 64; ++i)
        verifier.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    const QByteArray challenge =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    // Nothing listens there: the test reads the code from the Location header instead.
    const QString redirectUri = QStringLiteral("http://127.0.0.1:9/");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_endpoints.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("sandbox-process"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    const Response authorization =
        request("GET", m_endpoints.auth.path().mid(1) + QLatin1Char('?') +
                           query.toString(QUrl::FullyEncoded));
    const QUrl location(QString::fromUtf8(authorization.header("Location")));
    const QString code =
        QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (authorization.status != 302 || code.isEmpty())
        return {};
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), verifier);
    form.addQueryItem(QStringLiteral("client_id"), m_endpoints.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_endpoints.clientSecret);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    QByteArray encoded = form.toString(QUrl::FullyEncoded).toLatin1();
    const Response exchange =
        request("POST", m_endpoints.token.path().mid(1), encoded,
                QByteArrayLiteral("application/x-www-form-urlencoded;charset=UTF-8"));
    const QJsonObject tokens = exchange.json();
    if (exchange.status != 200)
        return {};
    return {tokens.value(QStringLiteral("access_token")).toString(),
            tokens.value(QStringLiteral("refresh_token")).toString(),
            tokens.value(QStringLiteral("expires_in")).toInt(),
            tokens.value(QStringLiteral("scope")).toString()};
}

SandboxProcess::Response
SandboxProcess::request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                        const QByteArray &contentType, const QString &bearer,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Response response;
    if (!m_ready) {
        response.error = QStringLiteral("the sandbox is not running");
        return response;
    }
    QNetworkRequest req(QUrl(m_endpoints.api.toString() + pathAndQuery, QUrl::StrictMode));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        req.setRawHeader("Content-Type", contentType);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(m_timeoutMs);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QStringLiteral("timed out");
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && response.status == 0)
            response.error = reply->errorString();
    }
    reply->deleteLater();
    return response;
}

SandboxProcess::Response SandboxProcess::call(const QByteArray &verb, const QString &pathAndQuery,
                                              const QString &bearer, const QJsonObject &body)
{
    if (body.isEmpty())
        return request(verb, pathAndQuery, {}, {}, bearer);
    return request(verb, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   QByteArrayLiteral("application/json; charset=UTF-8"), bearer);
}

QJsonObject SandboxProcess::control(const QByteArray &verb, const QString &name,
                                    const QJsonObject &body)
{
    const Response response =
        request(verb, QStringLiteral("_sandbox/") + name,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"));
    return response.json();
}

int SandboxProcess::requestCount(const QString &apiMethod)
{
    int n = 0;
    const QJsonArray log =
        control("GET", QStringLiteral("requests")).value(QLatin1String("requests")).toArray();
    for (const QJsonValue &e : log)
        n += e.toObject().value(QLatin1String("apiMethod")).toString() == apiMethod;
    return n;
}

QStringList SandboxProcess::contentOwnersNamed()
{
    QStringList out;
    const QJsonArray log =
        control("GET", QStringLiteral("requests")).value(QLatin1String("requests")).toArray();
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        if (!e.value(QLatin1String("path")).toString().contains(QLatin1String("/partner/")) ||
            e.value(QLatin1String("apiMethod")).toString() == QLatin1String("contentOwners.list"))
            continue;
        out << QUrlQuery(e.value(QLatin1String("query")).toString())
                   .queryItemValue(QStringLiteral("onBehalfOfContentOwner"));
    }
    return out;
}

} // namespace onair::test
