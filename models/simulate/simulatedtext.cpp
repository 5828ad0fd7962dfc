#include "models/simulate/simulatedtext.h"

#include <QStringList>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// Sentences chosen to exercise every exporter and parser: separators, quotes, line breaks in both
// conventions, accents, CJK, an emoji outside the BMP, and text that looks like SQL.
const QStringList Sentences = {
    u"Effective only with independent oversight, and even then slow to show results."_s,
    u"The term \"frontier model\" needs a definition before this can be enforced."_s,
    u"Two concerns:\n- cost for small developers\n- who verifies compliance"_s,
    u"Wirksam, aber schwer durchzusetzen – Prüfung durch Dritte wäre nötig."_s,
    u"Très pertinent ; le coût reste élevé pour les petites équipes."_s,
    u"評価方法がまだ明確ではありません。"_s,
    u"Depends on \"red lines\" (e.g. CBRN uplift) being agreed internationally."_s,
    u"Agree in principle.\r\nSee also my comment on incident reporting."_s,
    u"Good idea 👍, but hard to measure."_s,
    u"Useful for critical infrastructure; less so for democratic processes."_s,
    u"Should be combined with incident reporting, otherwise nobody learns from failures."_s,
    u"Robert'); DROP TABLE rating;-- would be a bad name for a model, but this measure is fine."_s,
    u"Neutral."_s,
    u"Feasible today for large labs, not for open-weight releases."_s,
    u"\"Meaningful human control\" is doing a lot of work here, isn't it?"_s,
};

} // namespace

QString simulatedComment(QRandomGenerator &g, const Measure &m, int maxLength)
{
    QString text;
    if (g.bounded(4) == 0)
        text = u"On \"%1\": "_s.arg(m.name);
    const int sentences = 1 + int(g.bounded(2));
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            text += g.bounded(3) == 0 ? u"\n"_s : u" "_s;
        text += Sentences.at(int(g.bounded(quint32(Sentences.size()))));
    }
    if (maxLength > 0 && text.size() > maxLength)
        text.truncate(maxLength);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1); // never cut a character in half
    if (text.isEmpty())
        text = u"Ok"_s.left(qMax(1, maxLength));
    return text;
}

} // namespace panelist
