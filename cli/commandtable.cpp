#include "cli/commandtable.h"

#include "cli/authoringcommands.h"
#include "cli/exportcommands.h"
#include "cli/instrumentcommands.h"
#include "cli/keycommands.h"
#include "cli/mergekey.h"
#include "cli/passphrase.h"
#include "cli/progress.h"
#include "cli/reportcommand.h"
#include "cli/responsecommands.h"
#include "cli/studycommands.h"
#include "cli/surveycommands.h"
#include "cli/verifycommand.h"
#include "cli/watchcommand.h"
#include "models/export/exporter.h"

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const QString Instruments = u"Instruments"_s;
const QString Keys = u"Coordinator keys"_s;
const QString Surveys = u"Survey files"_s;
const QString ResponseFiles = u"Response files"_s;
const QString Studies = u"Studies"_s;
const QString Results = u"Results"_s;

const PositionalSpec Study { .name = u"STUDY"_s, .help = u"A study database (*.panelist-study)."_s };

OptionSpec instrumentOption(const QString &help)
{
    return { .name = u"instrument"_s, .valueName = u"FILE"_s, .help = help };
}

// Laid out by hand so that each row reads as one entry of a table.
// clang-format off
QList<CommandSpec> rows()
{
    return {
        { .words = { u"instrument"_s, u"validate"_s },
          .group = Instruments,
          .positionals = { { .name = u"FILE"_s,
                             .help = u"An instrument document (JSON, docs/instrument-format.md) or workbook "
                                     u"(docs/authoring.md)."_s } },
          .description = u"Check an instrument document or workbook; prints its fingerprint and size."_s,
          .handler = &runInstrumentValidate },
        { .words = { u"instrument"_s, u"show"_s },
          .group = Instruments,
          .positionals = { { .name = u"FILE"_s,
                             .help = u"An instrument document or workbook; the bundled one when left out."_s,
                             .min = 0 } },
          .options = { { .name = u"json"_s, .help = u"Print the description as JSON (docs/cli.md)."_s } },
          .description = u"Describe an instrument (the bundled Uuk et al. 2024 one when FILE is omitted)."_s,
          .handler = &runInstrumentShow },
        { .words = { u"instrument"_s, u"template"_s },
          .group = Instruments,
          .positionals = { { .name = u"OUT"_s,
                             .help = u"The workbook to write, .xlsx or .ods; must not exist yet."_s } },
          .options = { instrumentOption(u"Fill the template with this instrument instead of the bundled one."_s) },
          .description = u"Write the workbook a coordinator starts from: a read-me sheet and one sheet per part of "
                         u"the instrument, filled with the bundled instrument (docs/authoring.md)."_s,
          .handler = &runInstrumentTemplate },
        { .words = { u"instrument"_s, u"import"_s },
          .group = Instruments,
          .positionals = { { .name = u"WORKBOOK"_s,
                             .help = u"An instrument workbook: .xlsx, .ods, or a folder of .csv files, one per "
                                     u"sheet."_s } },
          .options = { { .name = u"out"_s,
                         .valueName = u"INSTRUMENT.json"_s,
                         .help = u"The instrument document to write; must not exist yet."_s,
                         .required = true } },
          .description = u"Read an instrument written in a workbook and write it as an instrument document; every "
                         u"mistake is listed by sheet, row and column, and nothing is written then."_s,
          .handler = &runInstrumentImport },
        { .words = { u"keys"_s, u"create"_s },
          .group = Keys,
          .options = { { .name = u"out"_s,
                         .valueName = u"NAME.panelist-key"_s,
                         .help = u"The key file to write; must not exist yet."_s,
                         .required = true },
                       passphraseFdOption() },
          .description = u"Make a coordinator key: the key experts' responses are sealed to. The secret half is "
                         u"stored locked with a passphrase, asked for twice. Prints the fingerprint; back the key "
                         u"up next (keys backup): losing the file or the passphrase loses every sealed response. "
                         u"See docs/security.md."_s,
          .handler = &runKeysCreate },
        { .words = { u"keys"_s, u"show"_s },
          .group = Keys,
          .positionals = { { .name = u"FILE"_s, .help = u"A key file (*.panelist-key); it is only read."_s } },
          .description = u"Describe a key file without its passphrase: fingerprint, public key, when it was "
                         u"made."_s,
          .handler = &runKeysShow },
        { .words = { u"keys"_s, u"backup"_s },
          .group = Keys,
          .positionals = { { .name = u"FILE"_s, .help = u"A key file (*.panelist-key)."_s } },
          .options = { { .name = u"out"_s,
                         .valueName = u"BACKUP.txt|BACKUP.png|BACKUP.svg"_s,
                         .help = u"The backup to write, must not exist yet: .txt for 18 groups of four "
                                 u"characters to print, .png or .svg for a QR code."_s,
                         .required = true },
                       passphraseFdOption() },
          .description = u"Write a printable backup of the key's secret half (needs the passphrase). Print it, "
                         u"keep the paper offline and delete the file."_s,
          .handler = &runKeysBackup },
        { .words = { u"keys"_s, u"restore"_s },
          .group = Keys,
          .positionals = { { .name = u"BACKUP.txt"_s,
                             .help = u"A backup written by keys backup, or the 18 groups typed into a text "
                                     u"file."_s } },
          .options = { { .name = u"out"_s,
                         .valueName = u"NAME.panelist-key"_s,
                         .help = u"The key file to write; must not exist yet."_s,
                         .required = true },
                       passphraseFdOption() },
          .description = u"Make a key file again from its backup, locked with a new passphrase; a mistyped "
                         u"group is named. Prints the fingerprint to compare with the backup's."_s,
          .handler = &runKeysRestore },
        { .words = { u"survey"_s, u"make"_s },
          .group = Surveys,
          .options = { { .name = u"instrument"_s,
                         .valueName = u"FILE"_s,
                         .help = u"The instrument the experts answer: a JSON document or a workbook "
                                 u"(docs/authoring.md)."_s,
                         .required = true },
                       { .name = u"out"_s,
                         .valueName = u"NAME.panelist-survey"_s,
                         .help = u"The survey file to write; must not exist yet."_s,
                         .required = true },
                       { .name = u"coordinator"_s,
                         .valueName = u"NAME"_s,
                         .help = u"Your name, as the experts will see it."_s,
                         .required = true },
                       { .name = u"contact"_s,
                         .valueName = u"TEXT"_s,
                         .help = u"How experts reach you, e.g. an e-mail address."_s,
                         .required = true },
                       { .name = u"return"_s,
                         .valueName = u"TEXT"_s,
                         .help = u"What experts do with their response file; default: \"Send the response "
                                 u"file to CONTACT.\""_s },
                       { .name = u"deadline"_s,
                         .valueName = u"YYYY-MM-DD"_s,
                         .help = u"The date responses are due."_s },
                       { .name = u"study-id"_s,
                         .valueName = u"ID"_s,
                         .help = u"The study's id; default: the instrument's study id."_s },
                       { .name = u"key"_s,
                         .valueName = u"NAME.panelist-key"_s,
                         .help = u"Seal every response to this coordinator key (keys create): only its public "
                                 u"half goes into the survey file, so no passphrase is asked."_s } },
          .description = u"Write the survey file you send the experts: the instrument, who you are and what "
                         u"to do with the answers. Experts open it with Panelist. With --key their responses "
                         u"come back sealed to your key and signed. See docs/survey-file.md."_s,
          .handler = &runSurveyMake },
        { .words = { u"survey"_s, u"show"_s },
          .group = Surveys,
          .positionals = { { .name = u"FILE"_s, .help = u"A survey file (*.panelist-survey); it is only read."_s } },
          .options = { { .name = u"json"_s, .help = u"Print it as JSON (docs/cli.md)."_s } },
          .description = u"Check a survey file as an expert's Panelist would and describe it."_s,
          .handler = &runSurveyShow },
        { .words = { u"response"_s, u"from-json"_s },
          .group = ResponseFiles,
          .positionals = { { .name = u"IN.json"_s,
                             .help = u"Interchange JSON (docs/interchange.md); - for standard input."_s },
                           { .name = u"OUT"_s,
                             .help = u"The response file to create; must not exist yet."_s } },
          .options = { instrumentOption(
              u"Check against, and embed, this instrument instead of the bundled one."_s) },
          .description = u"Create the response file OUT from interchange JSON (IN may be - for standard "
                         u"input), after checking it against the instrument (the bundled one by default). "
                         u"OUT must not exist yet."_s,
          .handler = &runResponseFromJson },
        { .words = { u"response"_s, u"to-json"_s },
          .group = ResponseFiles,
          .positionals = { { .name = u"FILE"_s, .help = u"A response file; it is only read."_s } },
          .description = u"Print a response file as interchange JSON."_s,
          .handler = &runResponseToJson },
        { .words = { u"simulate"_s },
          .group = ResponseFiles,
          .options = { { .name = u"experts"_s,
                         .valueName = u"N"_s,
                         .help = u"How many response files to write, 1 to 1000000."_s,
                         .required = true },
                       { .name = u"seed"_s,
                         .valueName = u"S"_s,
                         .help = u"A whole number from 0 to 18446744073709551615; the same seed gives the "
                                 u"same answers."_s,
                         .required = true },
                       { .name = u"out"_s,
                         .valueName = u"DIR"_s,
                         .help = u"The folder to write into, created if missing; none of the files may "
                                 u"exist yet."_s,
                         .required = true },
                       instrumentOption(u"Answer this instrument instead of the bundled one."_s),
                       quietOption(u"For scripts: no progress on the terminal; the summary line and errors "
                                   u"are printed as ever."_s) },
          .description = u"Write N deterministic synthetic response files into DIR."_s,
          .handler = &runSimulate },
        { .words = { u"study"_s, u"create"_s },
          .group = Studies,
          .positionals = { { .name = u"STUDY"_s, .help = u"The study database to create."_s } },
          .options = { instrumentOption(u"The study's instrument instead of the bundled one."_s),
                       { .name = u"survey"_s,
                         .valueName = u"FILE"_s,
                         .help = u"The survey file the experts answer: the study takes its instrument and, "
                                 u"when it carries a coordinator key, that key and requires signed "
                                 u"responses."_s } },
          .description = u"Create a new study database for the instrument (the bundled one by default) or "
                         u"for a survey file."_s,
          .handler = &runStudyCreate },
        { .words = { u"merge"_s },
          .group = Studies,
          .positionals = { Study,
                           { .name = u"FILE|DIR"_s,
                             .help = u"Response files, and folders whose response files are merged in "
                                     u"name order."_s,
                             .max = Unbounded } },
          .options = { mergeKeyOption(), passphraseFdOption(),
                       quietOption(u"For scripts: no progress on the terminal, and a line only for a file "
                                   u"rejected or in conflict; the summary line and errors are printed as "
                                   u"ever."_s) },
          .description = u"Check and merge response files (a DIR contributes its files); one line per file "
                         u"with its outcome and reason, then a summary. Exit 1 when any file was rejected. "
                         u"See docs/merge.md."_s,
          .handler = &runMerge },
        { .words = { u"merge"_s },
          .selector = u"watch"_s,
          .group = Studies,
          .positionals = { Study },
          .options = { { .name = u"watch"_s,
                         .valueName = u"DIR"_s,
                         .help = u"The folder to watch for response files."_s,
                         .required = true },
                       mergeKeyOption(), passphraseFdOption(),
                       quietOption(u"For scripts: no \"watching\" line, and a line only for a file "
                                   u"rejected or in conflict; the summary line and errors are printed as "
                                   u"ever."_s) },
          .description = u"Merge each response file that appears in DIR (once completely copied) until "
                         u"interrupted (Ctrl+C or SIGTERM); one line per file as it happens, then the "
                         u"summary."_s,
          .handler = &runMergeWatch },
        { .words = { u"study"_s, u"show"_s },
          .group = Studies,
          .positionals = { Study },
          .options = { { .name = u"json"_s, .help = u"Print it as JSON (docs/merge.md)."_s } },
          .description = u"Respondents, revisions, conflicts and the import log of a study."_s,
          .handler = &runStudyShow },
        { .words = { u"study"_s, u"verify"_s },
          .group = Studies,
          .positionals = { Study },
          .description = u"Check a study against itself: the import log's hash chain, every version's answers "
                         u"against the hash they were imported with, its counting data and its log entry, and "
                         u"which version counts. Prints the log's head; exit 1 names every problem found."_s,
          .handler = &runStudyVerify },
        { .words = { u"export"_s },
          .group = Results,
          .positionals = { Study },
          .options = { { .name = u"format"_s,
                         .valueName = exportFormatNames().join(u'|'),
                         .help = u"The file format (docs/exports.md); xlsx is the one for spreadsheets."_s,
                         .required = true },
                       { .name = u"out"_s,
                         .valueName = u"PATH"_s,
                         .help = u"The file to write; an existing file is replaced, unless it is a "
                                 u"database."_s,
                         .required = true } },
          .description = u"Write the study's responses (one per respondent); CSV formats also write PATH's "
                         u"codebook (study.csv -> study.codebook.csv), xlsx holds it as a sheet. See "
                         u"docs/exports.md."_s,
          .handler = &runExport },
        { .words = { u"report"_s },
          .group = Results,
          .positionals = { Study },
          .options = { { .name = u"format"_s,
                         .valueName = u"json|csv|html"_s,
                         .help = u"The report format (docs/report.md)."_s,
                         .required = true },
                       { .name = u"out"_s,
                         .valueName = u"PATH"_s,
                         .help = u"Write the report to PATH (replaced atomically) instead of standard "
                                 u"output."_s },
                       { .name = u"group"_s,
                         .valueName = u"G"_s,
                         .help = u"Only respondents who listed the expertise group G (an id that "
                                 u"instrument show lists)."_s } },
          .description = u"The study's results (agreement, feasibility, selection, stand-out measures) as "
                         u"JSON, CSV or a self-contained HTML report; standard output without --out. --group "
                         u"restricts every figure to one expertise group. See docs/report.md."_s,
          .handler = &runReport },
    };
}
// clang-format on

} // namespace

const CommandTable &cliCommands()
{
    static const CommandTable table {
        .program = u"panelist-cli"_s,
        .commands = rows(),
        .epilogue = u"Options may come anywhere after the command words, each at most once. --name=VALUE is "
                    u"the same as --name VALUE (a VALUE that starts with -- needs the = form). -- ends the "
                    u"options: every argument after it is positional, even one that starts with -. - as IN "
                    u"is standard input.\n"
                    u"Exit status: 0 done; 1 input rejected (the reason on standard error); 2 usage error "
                    u"(what was wrong and the command's usage on standard error).\n"
                    u"Formats: docs/cli.md and docs/interchange.md."_s,
    };
    return table;
}

} // namespace panelist
