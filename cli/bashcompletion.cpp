#include "cli/bashcompletion.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// The script around the table's cases. @F@ is the function's name; @NEXT@, @COMMANDS@ and @VALUES@
// are the case arms made from the table. Words are split by bash at "=" (COMP_WORDBREAKS), so
// "--format=cs" arrives as "--format" "=" "cs"; the "--format=cs" of a shell that does not split
// is handled too.
const char16_t Template[]
    = uR"(# bash completion for @PROGRAM@                                  -*- shell-script -*-
# SPDX-License-Identifier: GPL-3.0-or-later
# Made by panelist-docgen (app/docgen_main.cpp) from @PROGRAM@'s command table; do not edit.

# The words that may follow the command words in $1, in REPLY.
@F@_next()
{
    case "$1" in
@NEXT@
    *) REPLY="" ;;
    esac
}

# A whole command's options and its arguments' kinds (file, dir, none; "+" repeats), in options and
# arguments; fails for anything that is not a whole command.
@F@_command()
{
    case "$1" in
@COMMANDS@
    *) return 1 ;;
    esac
}

# What option $2 of command $1 takes, in REPLY: flag (no value), file, dir, none, or "words W...".
@F@_value()
{
    case "$1 $2" in
@VALUES@
    *) REPLY="flag" ;;
    esac
}

# COMPREPLY for kind $1, each prefixed with $2, matching $3.
@F@_offer()
{
    local IFS=$'\n'
    case "$1" in
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$3")) ;;
    dir) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$3")) ;;
    words\ *) COMPREPLY=($(IFS=' '; compgen -W "${1#words }" -- "$3")) ;;
    *) COMPREPLY=() ;;
    esac
    [[ -z $2 ]] || COMPREPLY=("${COMPREPLY[@]/#/$2}")
}

@F@()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local command= help= option= prefix= options= arguments= given=" " ended= word kind REPLY
    local -i i=1 j count=0
    COMPREPLY=()
    if [[ ${COMP_WORDS[1]} == help ]] && (( COMP_CWORD > 1 )); then
        help=1
        i=2
    fi
    # The command words typed so far.
    while (( i < COMP_CWORD )); do
        @F@_next "$command"
        [[ " $REPLY " == *" ${COMP_WORDS[i]} "* ]] || return 0
        command=${command:+$command }${COMP_WORDS[i]}
        i+=1
        @F@_command "$command" && break
    done
    if ! @F@_command "$command"; then
        if [[ $cur == -* ]]; then
            REPLY="--help"
            [[ -n $command$help ]] || REPLY+=" --version"
        else
            @F@_next "$command"
            [[ -n $command$help ]] || REPLY+=" help"
        fi
        COMPREPLY=($(compgen -W "$REPLY" -- "$cur"))
        return 0
    fi
    [[ -z $help ]] || return 0

    # The value of an option: "--out F", "--out = F" (split by bash), "--out=F" (not split).
    if [[ $cur == = ]]; then
        option=$prev
        cur=
    elif [[ $prev == = ]]; then
        option=${COMP_WORDS[COMP_CWORD-2]}
    elif [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        prefix=$option=
        cur=${cur#*=}
    elif (( COMP_CWORD - 1 >= i )) && [[ $prev == --?* ]]; then
        option=$prev
    fi
    if [[ -n $option ]]; then
        @F@_value "$command" "$option"
        if [[ $REPLY != flag ]]; then
            @F@_offer "$REPLY" "$prefix" "$cur"
            return 0
        fi
    fi

    # What is on the line already: the options given and how many arguments.
    for (( j = i; j < COMP_CWORD; j++ )); do
        word=${COMP_WORDS[j]}
        if [[ -n $ended || $word == - || $word != -* ]]; then
            count+=1
        elif [[ $word == -- ]]; then
            ended=1
        else
            given+="${word%%=*} "
            if [[ ${COMP_WORDS[j+1]} == = ]]; then
                j+=2
            elif [[ $word != *=* ]]; then
                @F@_value "$command" "$word"
                [[ $REPLY == flag ]] || j+=1
            fi
        fi
    done

    # An argument, by its kind; the options when none is left or one is being typed.
    local -a kinds=($arguments)
    kind=
    if (( count < ${#kinds[@]} )); then
        kind=${kinds[count]}
    elif (( ${#kinds[@]} > 0 )) && [[ ${kinds[${#kinds[@]}-1]} == *+ ]]; then
        kind=${kinds[${#kinds[@]}-1]}
    fi
    if [[ -n $ended || ( -n $kind && $cur != -* ) ]]; then
        @F@_offer "${kind%+}" "" "$cur"
        return 0
    fi
    REPLY=
    for word in $options; do
        [[ $given == *" $word "* ]] || REPLY+="$word "
    done
    COMPREPLY=($(compgen -W "$REPLY" -- "$cur"))
}

complete -F @F@ @PROGRAM@
)";

// How the script names a kind ("words json csv html" for the choices of valueName).
QString kindWord(CompletionKind kind, const QString &valueName)
{
    switch (kind) {
    case CompletionKind::Words:
        return u"words "_s + valueName.split(u'|').join(u' ');
    case CompletionKind::File:
        return u"file"_s;
    case CompletionKind::Directory:
        return u"dir"_s;
    case CompletionKind::Nothing:
        break;
    }
    return u"none"_s;
}

QString kindWord(const QString &valueName)
{
    return kindWord(completionKind(valueName).value_or(CompletionKind::File), valueName);
}

QString arm(const QString &pattern, const QString &body)
{
    return u"    \""_s + pattern + u"\") "_s + body + u" ;;\n"_s;
}

// "" -> "instrument keys ...", "instrument" -> "validate show ...": every prefix of every row's words.
QString nextArms(const CommandTable &table)
{
    QStringList prefixes;
    QHash<QString, QStringList> next;
    for (const CommandSpec &c : table.commands) {
        for (qsizetype k = 0; k < c.words.size(); ++k) {
            const QString prefix = c.words.first(k).join(u' ');
            if (!prefixes.contains(prefix))
                prefixes.append(prefix);
            if (!next[prefix].contains(c.words.at(k)))
                next[prefix].append(c.words.at(k));
        }
    }
    QString arms;
    for (const QString &prefix : prefixes)
        arms += arm(prefix, u"REPLY=\""_s + next.value(prefix).join(u' ') + u'"');
    return arms;
}

// One arm per set of words: the options of every row with those words, the arguments of the row
// without a selector (the one parsed unless its selector option is given).
QString commandArms(const CommandTable &table)
{
    QStringList commands;
    QHash<QString, QStringList> options;
    QHash<QString, QString> arguments;
    for (const CommandSpec &c : table.commands) {
        const QString words = c.words.join(u' ');
        if (!commands.contains(words))
            commands.append(words);
        for (const OptionSpec &o : c.options) {
            if (!options[words].contains(u"--"_s + o.name))
                options[words].append(u"--"_s + o.name);
        }
        if (!c.selector.isEmpty())
            continue;
        QStringList kinds;
        for (const PositionalSpec &p : c.positionals)
            kinds.append(kindWord(p.name) + (p.max == Unbounded ? u"+"_s : QString()));
        arguments.insert(words, kinds.join(u' '));
    }
    QString arms;
    for (const QString &words : commands) {
        arms += arm(words,
            u"options=\"%1\"; arguments=\"%2\""_s.arg(
                (options.value(words) + QStringList { u"--help"_s }).join(u' '), arguments.value(words)));
    }
    return arms;
}

QString valueArms(const CommandTable &table)
{
    QStringList seen;
    QString arms;
    for (const CommandSpec &c : table.commands) {
        for (const OptionSpec &o : c.options) {
            const QString pattern = c.words.join(u' ') + u" --"_s + o.name;
            if (o.isFlag() || seen.contains(pattern))
                continue;
            seen.append(pattern);
            arms += arm(pattern, u"REPLY=\""_s + kindWord(o.valueName) + u'"');
        }
    }
    return arms;
}

} // namespace

std::optional<CompletionKind> completionKind(const QString &valueName)
{
    static const QRegularExpression choices(u"^[a-z0-9-]+(\\|[a-z0-9-]+)+$"_s);
    if (choices.match(valueName).hasMatch())
        return CompletionKind::Words;
    if (valueName == u"DIR"_s)
        return CompletionKind::Directory;
    // A name with an extension ("IN.json", "NAME.panelist-key") is a file's.
    static const QStringList files { u"FILE"_s, u"FILE|DIR"_s, u"STUDY"_s, u"PATH"_s, u"OUT"_s,
        u"WORKBOOK"_s };
    if (files.contains(valueName) || valueName.contains(u'.'))
        return CompletionKind::File;
    static const QStringList nothing { u"N"_s, u"S"_s, u"G"_s, u"ID"_s, u"TEXT"_s, u"NAME"_s,
        u"YYYY-MM-DD"_s };
    if (nothing.contains(valueName))
        return CompletionKind::Nothing;
    return std::nullopt;
}

QString bashCompletion(const CommandTable &table)
{
    QString script = QString::fromUtf16(Template);
    script.replace(u"@NEXT@\n"_s, nextArms(table));
    script.replace(u"@COMMANDS@\n"_s, commandArms(table));
    script.replace(u"@VALUES@\n"_s, valueArms(table));
    script.replace(u"@F@"_s, u'_' + QString(table.program).replace(u'-', u'_'));
    return script.replace(u"@PROGRAM@"_s, table.program);
}

} // namespace panelist
