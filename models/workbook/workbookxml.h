#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace panelist {

// QXmlStreamReader over one part of a workbook, refusing what no spreadsheet part has and what
// could make a small part expensive: a DTD (with it every entity declaration, so no entity can
// expand) and references to entities other than the five predefined ones (which QXmlStreamReader
// resolves itself). Every problem is one message naming the file and the part.
class WorkbookXml
{
public:
    WorkbookXml(const QString &shown, const QString &part, const QByteArray &bytes);

    // Reads the next token: false at the end of the document or after a problem (see status()).
    bool next();
    // Reads to the end tag of the current start element (its content is checked like the rest).
    bool skipElement();
    // Ends reading with a problem of this part; returns false for the caller to pass on.
    bool fail(const QString &problem);
    // The first problem, or success when the whole part was read.
    Status status() const;

    bool isStart() const { return m_xml.tokenType() == QXmlStreamReader::StartElement; }
    bool isEnd() const { return m_xml.tokenType() == QXmlStreamReader::EndElement; }
    bool isCharacters() const { return m_xml.tokenType() == QXmlStreamReader::Characters; }
    // Start or end of an element with this local name (any namespace) or this namespace and name.
    bool isStart(QStringView name) const { return isStart() && m_xml.name() == name; }
    bool isEnd(QStringView name) const { return isEnd() && m_xml.name() == name; }
    bool isStart(QStringView ns, QStringView name) const;
    bool isEnd(QStringView ns, QStringView name) const;
    // Attribute of the last start element by qualified name ("r", "xml:space") or namespace and
    // local name; empty when absent. Valid until the next start element.
    QStringView attribute(QStringView qualifiedName) const;
    QStringView attribute(QStringView ns, QStringView name) const;
    bool hasAttribute(QStringView ns, QStringView name) const;
    const QXmlStreamAttributes &attributes() const { return m_attributes; }
    QStringView text() const { return m_xml.text(); }
    int depth() const { return m_depth; }
    const QString &part() const { return m_part; }
    const QString &shown() const { return m_shown; }

private:
    QXmlStreamReader m_xml;
    QString m_shown;
    QString m_part;
    QString m_problem;
    QXmlStreamAttributes m_attributes; // the current start element's, so views into them stay valid
    int m_depth = 0;
};

// The characters XML counts as white space.
inline bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace panelist
