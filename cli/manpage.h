#pragma once

#include "cli/commandspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace panelist {

// What a manual page says besides its program's command table: the NAME line, the paragraphs that
// open DESCRIPTION, sections of its own (EXIT STATUS, FILES...) and SEE ALSO.
struct ManPageText
{
    QString summary = {}; // after "program \-" in NAME
    QStringList description = {}; // paragraphs; the table's epilogue follows them
    QList<std::pair<QString, QStringList>> sections = {}; // title, paragraphs
    QStringList seeAlso = {}; // "panelist(1)", or a path
};

// panelist(1) and panelist-cli(1) beside their tables (cli/guicommandtable.h, cli/commandtable.h).
const ManPageText &guiManPageText();
const ManPageText &cliManPageText();

// A manual page in roff (man(7) with groff's .SY/.YS) for section 1: NAME, SYNOPSIS (every row's
// synopsis), DESCRIPTION, COMMANDS by group with each row's arguments and options (a program
// without command words: ARGUMENTS and OPTIONS), the program's own options, the text's sections and
// SEE ALSO. Pure ASCII: other characters become groff's \[uXXXX] escapes, and every "-" a
// command line types is \-, so the page renders the same under any locale and copies as typed.
QString manPage(const CommandTable &table, const ManPageText &text);

} // namespace panelist
