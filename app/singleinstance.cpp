#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace Entente {

namespace {
constexpr quint32 magic = 0x454e5431; // "ENT1": the message's format, should it ever change
constexpr char received = 'k';
} // namespace

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) {
        // No runtime folder: the temporary one, with the user in the name.
        const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
        return QDir::tempPath() + QStringLiteral("/org.entente.Entente-")
            + QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha1).toHex().left(12));
    }
    return folder + QStringLiteral("/org.entente.Entente");
}

bool SingleInstance::sendToRunning(const QStringList& paths, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QStringList absolute;
    for (const QString& path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    out << magic << absolute;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running Entente says it has the paths: only then may this one quit.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(1) == QByteArray(1, received);
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    // With access options QLocalServer replaces the socket file whoever listens on it: an Entente
    // that answers keeps its socket (this one then runs alone), one left by a crash is taken over.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500))
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::receive);
    if (m_server->listen(m_name))
        return true;
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::stopListening()
{
    if (m_server)
        m_server->close();
}

void SingleInstance::receive()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_5);
            in.startTransaction();
            quint32 format = 0;
            QStringList paths;
            in >> format >> paths;
            if (!in.commitTransaction())
                return; // the rest of the message is on its way
            if (format != magic) {
                socket->abort();
                return;
            }
            socket->write(QByteArray(1, received));
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT pathsReceived(paths);
        });
    }
}

} // namespace Entente
