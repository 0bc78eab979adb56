// Saving an article that was read from a .txt file. Its first save asks whether to write the annotated
// article to a .entente file beside it (the .txt stays as it was, the article goes on from the new
// file) or into the .txt itself; the answer holds for every .txt article until Entente quits, unless
// the analyst unticks "for every .txt article".
#pragma once

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Entente {

class TxtSaveChoice : public QObject
{
    Q_OBJECT
public:
    enum class Answer { SaveBeside, WriteIntoTxt, Cancel };
    // Asks the analyst; besideExists says the .entente file is there already (it would be replaced).
    // *remember receives whether the answer holds for the rest of the session.
    using Ask = std::function<Answer(const QString& txtPath, const QString& ententePath, bool besideExists, bool* remember)>;

    explicit TxtSaveChoice(QWidget* dialogParent, QObject* parent = nullptr);
    ~TxtSaveChoice() override;

    // Where Save writes the article read from path: path itself (not a .txt, or the analyst chose
    // so), the .entente beside it, or an empty string when the analyst cancels.
    QString targetFor(const QString& path);
    // Tests answer without a dialog.
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void forget() { m_remembered.reset(); }

    static QString ententePathFor(const QString& txtPath);

private:
    Answer askWithDialog(const QString& txtPath, const QString& ententePath, bool besideExists, bool* remember);

    QWidget* m_dialogParent;
    Ask m_ask;
    std::optional<Answer> m_remembered;
};

} // namespace Entente
