#include "ui/common/languages.h"

#include "models/survey/surveysession.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace panelist::InterfaceLanguage {

namespace {

struct Installed
{
    QString language = u"en"_s;
    std::unique_ptr<QTranslator> panelist;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

QStringList available()
{
    return { u"en"_s, u"de"_s, u"fr"_s };
}

Result<QString> choose(const QString &requested)
{
    const QStringList languages = available();
    if (!requested.isEmpty()) {
        const QString code = requested.toLower();
        if (languages.contains(code))
            return code;
        return Result<QString>::failure(
            u"--lang: no interface language '%1' (there are: %2)"_s.arg(requested, languages.join(u", "_s)));
    }
    // "de-CH" and "de_AT" mean German; the first language the system lists that Panelist has wins.
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &ui : wanted) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (languages.contains(code))
            return code;
    }
    return u"en"_s;
}

QString install(const QString &language)
{
    Installed &state = installed();
    remove(state.panelist);
    remove(state.qt);
    state.language = language;
    // Compiled into the program by qt_add_translations (ui/CMakeLists.txt) under :/i18n.
    auto own = std::make_unique<QTranslator>();
    if (own->load(u":/i18n/panelist_"_s + language + u".qm"_s)) {
        QCoreApplication::installTranslator(own.get());
        state.panelist = std::move(own);
    }
    if (language == u"en"_s)
        return {};
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(u"qtbase_"_s + language, qtFolder))
        return qtFolder + u"/qtbase_"_s + language + u".qm"_s;
    QCoreApplication::installTranslator(qt.get());
    state.qt = std::move(qt);
    return {};
}

QString current()
{
    return installed().language;
}

void startResponseIn(SurveySession &session)
{
    if (!session.isReadOnly() && session.instrument().languages().contains(current()))
        session.setLanguage(current()); // a failure to save shows as the old language; nothing is lost
}

} // namespace panelist::InterfaceLanguage
