#include "cli/verifycommand.h"

#include "cli/exitcodes.h"
#include "models/common/printable.h"
#include "models/security/identitykey.h"
#include "models/storage/studystore.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace panelist {

int runStudyVerify(const ParsedCommand &command, CliIo &io)
{
    const QString path = command.argument(u"STUDY"_s);
    auto study = StudyStore::openReadOnly(path, StudyStore::Check::Integrity, StudyStore::Stay::Command);
    if (!study) {
        io.err << study.error() << '\n';
        return ExitRejected;
    }
    const auto checked = (*study)->verify(verifySignature);
    if (!checked) {
        io.err << checked.error() << '\n';
        return ExitRejected;
    }
    const QLocale english(QLocale::English);
    const QString shown = QDir::toNativeSeparators(path);
    io.out << shown << ": study log of " << english.toString(checked->log.entries) << " entries, head "
           << (checked->log.head.isEmpty() ? u"none"_s : checked->log.head) << '\n'
           << shown << ": " << english.toString(checked->versions)
           << " versions checked against their answers, counting data and log entries\n";
    if (checked->problems.isEmpty()) {
        io.out << shown << ": ok\n";
        return ExitOk;
    }
    for (const QString &problem : checked->problems)
        io.err << shown << ": " << printable(problem) << '\n';
    io.err << "panelist-cli: " << shown << " is not what its import log says (" << checked->problems.size()
           << (checked->problems.size() == 1 ? " problem)\n" : " problems)\n");
    return ExitRejected;
}

} // namespace panelist
