// One Entente per user session: a second start (a .entente file opened from the file manager, or
// `entente FILE` in a terminal) hands its files to the running Entente, which opens them and comes to
// the front, and quits. Through QLocalServer/QLocalSocket; the socket lives in the user's runtime
// folder, readable by the user alone.
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Entente {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& name = defaultName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    // Hands paths (made absolute) to a running Entente; true when one took them, and this process
    // should quit. False at once when none runs.
    bool sendToRunning(const QStringList& paths, int timeoutMs = 2000) const;
    // Becomes the Entente that later starts hand their files to. A socket left by a crashed Entente
    // is taken over. False when the name cannot be listened on (Entente then runs on its own).
    bool listen();
    bool isListening() const;
    // No longer takes files from later starts; removes the socket (the process is about to end).
    void stopListening();

    static QString defaultName();

Q_SIGNALS:
    // Files a later start handed over (possibly none: it was started without files).
    void pathsReceived(const QStringList& paths);

private:
    void receive();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace Entente
