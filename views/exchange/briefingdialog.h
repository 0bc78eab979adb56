// File ▸ Briefing…: the period (the network's dates by default), a title, and where to write the
// PDF or HTML; the network's side and status filters are used when set.
#pragma once

#include "actorgraph.h"
#include "briefing.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace Entente {

class CorpusStore;

class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent = nullptr);
    ~BriefingDialog() override;

    // Runs the dialog and writes the briefing; reports the outcome. True when written.
    static bool makeBriefing(CorpusStore* store, const ActorGraphFilter& networkFilter, QWidget* parent);

    Briefing::Options options() const;
    QString path() const;
    void setPath(const QString& path);
    void setPeriod(const QDate& from, const QDate& to);

private:
    void browse();

    ActorGraphFilter m_networkFilter;
    QLineEdit* m_title;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_useNetworkFilter;
    QLineEdit* m_path;
};

} // namespace Entente
