// The files of crash recovery: a session folder per running instance, held with a lock file, and in
// it one recovery file per changed article (a header, then the text byte for byte).
#pragma once

#include "autosaver.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace Entente::RecoveryFiles {

extern const QString suffix; // of a recovery file
extern const QString lockName; // the lock file in a session folder

// The recovery files in a session folder.
QStringList recoveryFiles(const QString& session);
// A session whose lock nobody holds belongs to a process that is gone.
bool sessionIsDead(const QString& session);
QByteArray encodeRecovery(const QString& path, const QDateTime& time, const QString& text);
// The copy in a recovery file, or nothing if it is not one (another version, cut short).
std::optional<AutoSaver::Recoverable> readRecovery(const QString& fileName);
// Removes a dead session's folder once it holds no copies.
void removeIfEmpty(const QString& session);

} // namespace Entente::RecoveryFiles
