// The builder behind Brat::importDocument(), shared by its two source files: where each text-bound
// annotation lies, which ones become marks, and the records they make.
#pragma once

#include "bratann.h"
#include "bratdocument.h"
#include "document.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace Entente::Exchange::Brat::Internal {

// Translated strings of the brat import (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::Brat)
};

struct Bound
{
    const TextBound* source = nullptr;
    int start = -1; // positions in the decoded text
    int end = -1;
    QString words;
    std::optional<Target> target;
    bool isMark = false;
    MarkKind kind = MarkKind::Actor;
    QString ref;
    QString anchor;
    bool fromEntente = false; // the ref came from an Entente N line: the record may live elsewhere
};

inline QString dateText(const FuzzyDate& start, const FuzzyDate& end)
{
    return end.isValid() && end != start ? start.toString() + u".." + end.toString() : start.toString();
}

class Builder
{
public:
    Builder(const TypeMap& types, QList<Diagnostic>* problems)
        : m_types(types)
        , m_problems(problems)
    { }
    ImportedDocument build(const QByteArray& txt, const QString& txtPath, const QByteArray& ann,
                           const QString& annPath);

private:
    void warn(int line, const QString& message)
    {
        m_problems->append({ m_annPath, line, 1, Severity::Warning, message });
    }
    bool locate(const QByteArray& txt, const Annotations& annotations);
    void chooseMarks(const Annotations& annotations);
    void readRefs(const Annotations& annotations);
    void readNoteRecords(const Annotations& annotations);
    void addEntityRecords();
    void addMeetings(const Annotations& annotations);
    void addRelations(const Annotations& annotations);
    void addStatuses(const Annotations& annotations);
    Bound* bound(const QString& id) { return m_byId.contains(id) ? &m_bounds[m_byId.value(id)] : nullptr; }
    Bound* markFor(const QString& id); // a T id, or an E id (its trigger)
    int nearestDateOnLine(int position) const;
    QString uniqueAnchorFor(const QString& words);

    const TypeMap& m_types;
    QList<Diagnostic>* m_problems;
    QString m_annPath;
    QString m_text; // the .txt as Entente reads it
    QList<Bound> m_bounds;
    QHash<QString, int> m_byId; // T id → index in m_bounds
    QHash<QString, QString> m_eventTrigger; // E id → T id
    Document m_records;
    QSet<QString> m_usedMeetingIds;
    QSet<QString> m_anchors;
};

} // namespace Entente::Exchange::Brat::Internal
