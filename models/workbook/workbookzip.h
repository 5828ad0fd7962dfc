#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QString>

struct zip;

namespace panelist {

// Read access to the zip inside an .xlsx or .ods file through libzip, over the file's bytes already
// in memory. Entry names that could point outside a folder are refused when the zip is opened, and
// what is inflated is capped per part and in total (WorkbookLimits) however small the zip says its
// entries are.
class WorkbookZip
{
public:
    explicit WorkbookZip(QString shown);
    ~WorkbookZip();
    WorkbookZip(const WorkbookZip &) = delete;
    WorkbookZip &operator=(const WorkbookZip &) = delete;

    // Opens bytes (the whole file; kept until the zip is destroyed) and checks every entry name.
    Status open(QByteArray bytes);
    // Whether there is an entry with this name (ignoring case, as OOXML part names do).
    bool contains(const QString &name) const;
    // The entry inflated. Fails when it is missing, damaged, or above the limits.
    Result<QByteArray> read(const QString &name);
    // The file as messages name it.
    const QString &shown() const { return m_shown; }

private:
    QString m_shown;
    QByteArray m_bytes;
    zip *m_zip = nullptr;
    qint64 m_inflated = 0;
};

} // namespace panelist
