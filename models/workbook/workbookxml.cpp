#include "models/workbook/workbookxml.h"

using namespace Qt::StringLiterals;

namespace panelist {

WorkbookXml::WorkbookXml(const QString &shown, const QString &part, const QByteArray &bytes)
    : m_xml(bytes)
    , m_shown(shown)
    , m_part(part)
{ }

bool WorkbookXml::next()
{
    if (!m_problem.isEmpty() || m_xml.atEnd())
        return false;
    switch (m_xml.readNext()) {
    case QXmlStreamReader::DTD:
        // Refused as soon as it is seen, before any entity it declares could be used.
        return fail(u"has a document type declaration (DOCTYPE), which spreadsheet files never have"_s);
    case QXmlStreamReader::EntityReference:
        return fail(u"refers to the entity \"%1\", which spreadsheet files never do"_s.arg(m_xml.name()));
    case QXmlStreamReader::Invalid:
        return fail(u"is not well-formed XML (line %1, column %2: %3)"_s.arg(
            QString::number(m_xml.lineNumber()), QString::number(m_xml.columnNumber()), m_xml.errorString()));
    case QXmlStreamReader::StartElement:
        m_attributes = m_xml.attributes();
        ++m_depth;
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::EndDocument:
        return false;
    default:
        return true;
    }
}

bool WorkbookXml::skipElement()
{
    const int depth = m_depth;
    while (next()) {
        if (isEnd() && m_depth == depth - 1)
            return true;
    }
    return false;
}

bool WorkbookXml::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
    return false;
}

Status WorkbookXml::status() const
{
    if (!m_problem.isEmpty())
        return Status::failure(u"%1: part \"%2\" %3"_s.arg(m_shown, m_part, m_problem));
    return {};
}

bool WorkbookXml::isStart(QStringView ns, QStringView name) const
{
    return isStart() && m_xml.name() == name && m_xml.namespaceUri() == ns;
}

bool WorkbookXml::isEnd(QStringView ns, QStringView name) const
{
    return isEnd() && m_xml.name() == name && m_xml.namespaceUri() == ns;
}

QStringView WorkbookXml::attribute(QStringView qualifiedName) const
{
    for (const QXmlStreamAttribute &a : m_attributes) {
        if (a.qualifiedName() == qualifiedName)
            return a.value();
    }
    return {};
}

QStringView WorkbookXml::attribute(QStringView ns, QStringView name) const
{
    for (const QXmlStreamAttribute &a : m_attributes) {
        if (a.name() == name && a.namespaceUri() == ns)
            return a.value();
    }
    return {};
}

bool WorkbookXml::hasAttribute(QStringView ns, QStringView name) const
{
    for (const QXmlStreamAttribute &a : m_attributes) {
        if (a.name() == name && a.namespaceUri() == ns)
            return true;
    }
    return false;
}

} // namespace panelist
