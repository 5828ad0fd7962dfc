#include "cli/manpage.h"

using namespace Qt::StringLiterals;

namespace panelist {

// The prose of the two pages; their synopses, commands and options come from the command tables.
// Paths in /usr/share/doc/panelist are the repository's docs/ as packaging/CMakeLists.txt installs them.

const ManPageText &guiManPageText()
{
    static const ManPageText text {
        .summary = u"expert elicitation surveys: answer offline, merge, present"_s,
        .description = {
            u"Panelist is the desktop application of an expert elicitation survey. An expert opens the "
            u"survey file a study coordinator sent (a *.panelist-survey file), rates each measure, "
            u"comments and picks a preferred combination; every answer is on disk the moment it is "
            u"given, so the window may be closed at any time and the survey continued later. Submit "
            u"writes one response file to send back."_s,
            u"The coordinator's window merges the response files into a study database, shows who has "
            u"answered and exports the study; the presenter's dashboard shows live charts of a study as "
            u"files arrive. panelist-cli(1) does the coordinator's work without a display."_s,
            u"FILE is opened as what its header says it is, whatever its name: a response file is "
            u"continued (one that is not the expert's own working file opens read only), a survey file "
            u"starts or continues the expert's response to it, a study opens the coordinator's window."_s,
            u"--help, --version and a usage error need no display."_s,
        },
        .sections = {
            { u"FILES"_s,
                { u"~/.local/share/Panelist/panelist/responses/: the expert's working response files."_s } },
            { u"EXIT STATUS"_s,
                { u"0 when the window was closed; 1 when a study given to --present cannot be opened or "
                  u"a file given to --preview cannot be shown; 2 for a usage error (what was wrong and "
                  u"the usage on standard error)."_s } },
        },
        .seeAlso = { u"panelist-cli(1)"_s, u"/usr/share/doc/panelist/"_s },
    };
    return text;
}

const ManPageText &cliManPageText()
{
    static const ManPageText text {
        .summary = u"instruments, survey files, response files and studies of Panelist, without a display"_s,
        .description = {
            u"panelist-cli is the command-line side of Panelist, an application for expert elicitation "
            u"surveys (panelist(1)). It checks and describes instruments and makes the workbooks they "
            u"are written in, keeps coordinator keys, makes the survey files sent to the experts, "
            u"converts response files, merges them into a study database, and exports and reports the "
            u"study. It needs no display, so it runs over SSH, in scripts and in CI."_s,
            u"On a terminal, merge and simulate count their work on standard error (\"1,200 of 3,000 "
            u"files, 40 s left\"), redrawn in place and erased when done; never when standard error is "
            u"not a terminal. --quiet leaves out the progress and every line that needs no attention: "
            u"merge then prints only rejected files, conflicts and its summary."_s,
        },
        .seeAlso = { u"panelist(1)"_s, u"/usr/share/doc/panelist/cli.md"_s },
    };
    return text;
}

} // namespace panelist
