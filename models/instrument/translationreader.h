#pragma once

#include "models/common/jsonreader.h"
#include "models/instrument/instrument.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace panelist {

// Reads the languages of an instrument document and the translations of its texts, "KEY::LANG"
// beside "KEY" (docs/instrument-format.md, "Translations"), for InstrumentParser: each problem at
// its path, in the parser's words.
class TranslationReader
{
public:
    using Translations = QHash<QString, QHash<QString, QString>>; // language -> address -> text

    explicit TranslationReader(Translations &out)
        : m_out(out)
    { }

    // study.language and study.languages into info; the translations read after this are checked
    // against them (unless they were refused: then only the texts are checked).
    void readLanguages(const JsonObjectReader &study, StudyInfo &info);
    // JsonObjectReader::allowOnly that also allows "KEY::LANG" for each KEY of translatable.
    void allowOnly(const JsonObjectReader &o, const QStringList &keys, const QStringList &translatable) const;
    // Every translation of key in o, read like the main text (text), kept under address.
    void read(const JsonObjectReader &o, const QString &key, JsonText text, const QString &address);

private:
    Translations &m_out;
    QStringList m_languages;
    bool m_languagesKnown = false; // until readLanguages has read them without a problem
};

} // namespace panelist
