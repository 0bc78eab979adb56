// One selection for every view: a record chosen in a list shows its span in the text and is
// selected in the other lists; a cursor inside a mark (or a record line) selects its record.
#pragma once

#include "corpusstore.h"

#include <QHash>
#include <QObject>

namespace Entente {

class AnnotatedEditor;
class ArticleSet;
class RecordPanel;

class SelectionLink : public QObject
{
    Q_OBJECT
public:
    SelectionLink(CorpusStore* store, ArticleSet* articles, AnnotatedEditor* editor, QObject* parent = nullptr);
    ~SelectionLink() override;

    void addPanel(MarkKind kind, RecordPanel* panel);
    // The article shown in the editor, kept by the main window.
    void setCurrentArticle(int index) { m_article = index; }

    // Where a record is best shown: its first mark in the shown article, else in any article, else
    // its record line. Returns false when the record is unknown.
    bool locate(const RecordRef& ref, int* article, int* start, int* end) const;

Q_SIGNALS:
    // The editor must show this article before a span in it can be shown.
    void articleRequested(int index);

private:
    void followStore(const RecordRef& ref);
    void followCursor();

    CorpusStore* m_store;
    ArticleSet* m_articles;
    AnnotatedEditor* m_editor;
    QHash<int, RecordPanel*> m_panels;
    int m_article = -1;
    bool m_moving = false;
};

} // namespace Entente
