#include "models/common/jsonkeys.h"

#include <jansson.h>

using namespace Qt::StringLiterals;

namespace panelist {

QString duplicateKeyProblem(const QByteArray &json)
{
    json_error_t error;
    json_t *root = json_loadb(json.constData(), size_t(json.size()), JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &error);
    if (root) {
        json_decref(root);
        return {};
    }
    if (json_error_code(&error) != json_error_duplicate_key)
        return {};
    return u"line %1, column %2: %3"_s.arg(error.line).arg(error.column).arg(QString::fromUtf8(error.text));
}

} // namespace panelist
