// The exportable views by name, for the main window's docks and for `entente export`.
#pragma once

#include <QStringList>

class QWidget;

namespace Entente {

class CorpusStore;
class ExportableView;

namespace ViewFactory {

// calendar, network, issues, meetings, timeline
QStringList names();
// A new view over store (the caller owns it), or nullptr for an unknown name.
QWidget* create(const QString& name, CorpusStore* store, QWidget* parent = nullptr);
ExportableView* exportable(QWidget* view);

} // namespace ViewFactory
} // namespace Entente
