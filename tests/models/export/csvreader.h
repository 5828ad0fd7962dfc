#pragma once

// A strict RFC 4180 reader for the tests, written independently of the exporter: records end with
// CRLF, fields are quoted or not, quotes inside quoted fields are doubled. Anything else (a bare LF
// or CR outside quotes, a quote inside an unquoted field, text after a closing quote, a missing
// final CRLF) is an error, so a test fails when the exporter's quoting is wrong.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace csvtest {

struct Table
{
    QList<QStringList> records;
    QString error; // empty when the bytes are valid CSV as the exports promise
};

// crlf: records end with CRLF (the exports); false also accepts LF (pspp-convert writes that). A
// byte-order mark is an error here: parseExport() reads the files an export writes.
inline Table parse(const QByteArray &bytes, bool crlf = true)
{
    Table t;
    const auto fail = [&t](qsizetype at, const char *why) {
        t.error = QStringLiteral("byte %1: %2").arg(at).arg(QString::fromLatin1(why));
        return t;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return fail(0, "starts with a byte-order mark");
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        field.clear();
        if (bytes.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(i, "unterminated quoted field");
                if (bytes.at(i) == '"') {
                    if (i + 1 < n && bytes.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(bytes.at(i++));
            }
        } else {
            while (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r' && bytes.at(i) != '\n') {
                if (bytes.at(i) == '"')
                    return fail(i, "quote inside an unquoted field");
                field.append(bytes.at(i++));
            }
        }
        record.append(QString::fromUtf8(field));
        if (i >= n)
            return fail(i, "last record does not end with CRLF");
        if (bytes.at(i) == ',') {
            ++i;
            if (i >= n)
                return fail(i, "comma at the end of the file");
            continue;
        }
        if (bytes.at(i) == '\r' && i + 1 < n && bytes.at(i + 1) == '\n') {
            i += 2;
            t.records.append(record);
            record.clear();
            continue;
        }
        if (!crlf && bytes.at(i) == '\n') {
            i += 1;
            t.records.append(record);
            record.clear();
            continue;
        }
        return fail(i, "expected a comma or CRLF after a field");
    }
    return t;
}

// A CSV file as an export writes it (docs/exports.md, "Encoding"): one UTF-8 byte-order mark, then
// CSV as parse() reads it (so a second mark is an error too).
inline Table parseExport(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        Table t;
        t.error = QStringLiteral("byte 0: does not start with a byte-order mark");
        return t;
    }
    return parse(bytes.mid(3));
}

} // namespace csvtest
