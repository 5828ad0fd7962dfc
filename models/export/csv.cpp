#include "models/export/csv.h"

#include <QSaveFile>

namespace panelist {

using namespace Qt::StringLiterals;

QByteArray Csv::field(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
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

Status saveFileAtomically(const QString &path, const QByteArray &bytes)
{
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
