#include "models/export/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace panelist {

using namespace Qt::StringLiterals;

QByteArray Csv::field(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';' || c == '\t') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray Csv::record(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(field(fields.at(i)));
    }
    out.append("\r\n");
    return out;
}

QString Csv::guarded(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return u"'"_s + text;
    default:
        return text;
    }
}

// Exports replace an existing file, but never a database: a mistyped --out naming the study or a
// response file must not destroy it.
Status checkReplaceable(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (QFileInfo(path).isDir())
        return Status::failure(path + u": is a folder; give a file name"_s);
    if (f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayLiteral("SQLite format 3\0"))
        return Status::failure(path
            + u": is an SQLite database (a study or response file?); "
              u"refusing to overwrite it with an export"_s);
    return {};
}

Status saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (Status s = checkReplaceable(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(path + u": cannot write: "_s + file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(path + u": could not write all the data: "_s + why);
    }
    if (!file.commit())
        return Status::failure(path + u": could not finish writing: "_s + file.errorString());
    return {};
}

} // namespace panelist
