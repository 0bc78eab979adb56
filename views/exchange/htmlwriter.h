// HTML written to a device as UTF-8 as it is made, a buffer at a time, so that a briefing of a large
// corpus never sits in memory whole (pieces are whole strings: no surrogate pair is split). Once
// stopped() says so, at a buffer's end, nothing more is written and ok() is false.
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace Entente {

class HtmlWriter
{
public:
    HtmlWriter(QIODevice* device, const std::function<bool()>& stopped)
        : m_device(device)
        , m_stopped(stopped)
    { }
    ~HtmlWriter() { flush(); }
    void write(const QString& piece)
    {
        m_buffer += piece;
        if (m_buffer.size() >= 1 << 16)
            flush();
    }
    void write(const QByteArray& utf8)
    {
        flush();
        put(utf8);
    }
    void flush()
    {
        if (!m_buffer.isEmpty())
            put(m_buffer.toUtf8());
        m_buffer.clear();
    }
    bool ok() const { return m_ok; }

private:
    void put(const QByteArray& bytes)
    {
        m_ok = m_ok && !(m_stopped && m_stopped()) && m_device->write(bytes) == bytes.size();
    }

    QIODevice* m_device;
    std::function<bool()> m_stopped;
    QString m_buffer;
    bool m_ok = true;
};

} // namespace Entente
