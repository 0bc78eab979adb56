// The words of an annotated article as the reading view shows and edits them, kept in step with the
// annotated text, which stays the one source of truth and the one undo history.
//
// Line n of the reading text is line n of the annotated text without its markup, up to the records
// section. A change of the annotated text (tagging, the inspector, undo, typing in the markup view)
// re-reads only the lines it touched; a change typed in the reading text becomes the edit of the
// annotated text that changes the same words and keeps the marks around them. Both cost what the
// touched lines cost, whatever the size of the article.
#pragma once

#include <QObject>
#include <QStringList>

class QFont;
class QTextBlock;
class QTextDocument;

namespace Entente {

class LineMarks;
class ReadingLayout;

class ReadingDocument : public QObject
{
    Q_OBJECT
public:
    // The reading document of an annotated text, made on first use; it is a child of the annotated
    // document and goes with it. The annotated document must have its layout (ArticleSet gives it a
    // QPlainTextDocumentLayout): without one QTextDocument reports no changes.
    static ReadingDocument* of(QTextDocument* annotated);
    ~ReadingDocument() override;

    QTextDocument* annotated() const { return m_annotated; }
    QTextDocument* reading() const { return m_reading; }
    ReadingLayout* layout() const { return m_layout; }

    // A position of the annotated text in the reading text: markup goes to the nearest edge of its
    // words, the records section to the end of the words.
    int toReading(int annotatedPosition) const;
    // A position of the reading text in the annotated text; at a mark's edge it stays outside it.
    int toAnnotated(int readingPosition) const;
    // False for positions of the records section, which the reading text does not show.
    bool isInArticle(int annotatedPosition) const;
    // The marks and errors of a line of the reading text, or null when it has none.
    static const LineMarks* lineMarks(const QTextBlock& readingBlock);
    // The font and margin of the reading text: format changes of the whole text, which are not
    // edits of the words.
    void setLook(const QFont& font, qreal margin);
    // True while a change of the reading text is being written into the annotated text.
    bool isApplyingReadingEdit() const { return m_applying; }

Q_SIGNALS:
    // A short, translated message for the status bar (a mark that an edit had to unwrap).
    void message(const QString& text);

private:
    explicit ReadingDocument(QTextDocument* annotated);
    void build();
    QString annotatedLine(int line) const;
    int findDelimiter(int fromLine) const;
    void readingChanged(int position, int charsRemoved, int charsAdded);
    void annotatedChanged(int position, int charsRemoved, int charsAdded);
    void replaceReading(int from, int to, const QString& text);
    // The reading text and marks of the annotated lines [from, to).
    QStringList readLines(int from, int to, QList<LineMarks>* marks) const;
    void setLines(int firstLine, QList<LineMarks>& marks);

    QTextDocument* m_annotated;
    QTextDocument* m_reading;
    ReadingLayout* m_layout;
    int m_annotatedLines = 1;
    int m_readingLines = 1;
    int m_delimiterLine = -1; // the line of the records section's delimiter, -1 without records
    bool m_syncing = false; // the reading text is being changed to follow the annotated text
    bool m_applying = false; // the annotated text is being changed to follow the reading text
};

} // namespace Entente
