// Help ▸ User Manual: opens the manual installed with Entente (share/doc/entente/manual.md) with the
// desktop's viewer for Markdown, or says where it is when it is not there or nothing opens it.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Entente::UserManual {

// Where the manual may be, in order: beside the installed executable, the install prefix's
// documentation, the source tree of a development build.
QStringList candidates();
// The first candidate that exists, or an empty string.
QString location();
void open(QWidget* parent);

} // namespace Entente::UserManual
