#include "cli/guicommandtable.h"

using namespace Qt::StringLiterals;

namespace panelist {

// clang-format off
const CommandTable &guiCommands()
{
    static const CommandTable table {
        .program = u"panelist"_s,
        .commands = { {
            .positionals = { { .name = u"FILE"_s,
                               .help = u"A response file to continue, a survey file to answer, or a study "
                                       u"to open in the coordinator's window. Without FILE: your only "
                                       u"response, else the list of your surveys."_s,
                               .min = 0 } },
            .options = { { .name = u"coordinator"_s, .help = u"Open the study coordinator's window."_s },
                         { .name = u"study"_s,
                           .valueName = u"STUDY"_s,
                           .help = u"Open the coordinator's window on STUDY."_s },
                         { .name = u"present"_s,
                           .valueName = u"STUDY"_s,
                           .help = u"Show the presenter's dashboard of STUDY full screen."_s },
                         { .name = u"presenter"_s,
                           .help = u"Choose a study in a file dialog, then show its presenter's dashboard "
                                   u"full screen."_s },
                         { .name = u"lang"_s,
                           .valueName = u"LANG"_s,
                           .help = u"The interface language: en, de or fr. Default: the system's language "
                                   u"when Panelist has it, else English."_s },
                         { .name = u"preview"_s,
                           .valueName = u"FILE"_s,
                           .help = u"Show the survey window on an instrument (JSON or workbook) or a survey "
                                   u"file as experts will see it; answers are not kept and Submit is off."_s } },
            .description = u"Answer an expert elicitation survey."_s,
        } },
        .epilogue = u"Qt's own options (-platform NAME, -style NAME, -stylesheet FILE, -reverse, ...) are "
                    u"passed on to Qt."_s,
        .passedOn = {
            { .name = u"platform"_s, .valueName = u"NAME"_s },
            { .name = u"platformpluginpath"_s, .valueName = u"PATH"_s },
            { .name = u"platformtheme"_s, .valueName = u"NAME"_s },
            { .name = u"plugin"_s, .valueName = u"NAME"_s },
            { .name = u"qmljsdebugger"_s }, // only ever -qmljsdebugger=SETTINGS
            { .name = u"qwindowgeometry"_s, .valueName = u"GEOMETRY"_s },
            { .name = u"qwindowicon"_s, .valueName = u"ICON"_s },
            { .name = u"qwindowtitle"_s, .valueName = u"TITLE"_s },
            { .name = u"session"_s, .valueName = u"SESSION"_s },
            { .name = u"display"_s, .valueName = u"DISPLAY"_s },
            { .name = u"geometry"_s, .valueName = u"GEOMETRY"_s },
            { .name = u"title"_s, .valueName = u"TITLE"_s },
            { .name = u"icon"_s, .valueName = u"ICON"_s },
            { .name = u"name"_s, .valueName = u"NAME"_s },
            { .name = u"nograb"_s },
            { .name = u"dograb"_s },
            { .name = u"style"_s, .valueName = u"NAME"_s },
            { .name = u"stylesheet"_s, .valueName = u"FILE"_s },
            { .name = u"reverse"_s },
            { .name = u"widgetcount"_s },
        },
    };
    return table;
}
// clang-format on

} // namespace panelist
