// Fuzz target: the interchange reader (models/response/interchange.h, fromInterchange), then what
// `panelist-cli response from-json` does with an accepted document: validateResponse against the
// bundled instrument and, when valid, its indexed answers as a study stores them. An accepted
// document must come back the same through toInterchange(), and contentJson() must write exactly what
// QJsonDocument writes (models/response/contentjson.h).

#include "tests/fuzz/fuzzsupport.h"

#include "models/response/contentjson.h"
#include "models/response/indexedresponse.h"
#include "models/response/interchange.h"
#include "models/response/responsevalidator.h"

#include <QJsonDocument>

using namespace panelist;

namespace {

const Instrument &bundled()
{
    static const Instrument instrument = Instrument::bundled();
    return instrument;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initQt(argc, argv);
    bundled();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const Result<ResponseData> read = fromInterchange(fuzz::inputBytes(data, size), QStringLiteral("input"));
    if (!read) {
        fuzz::require(!read.error().isEmpty(), "a refusal that says why");
        return 0;
    }
    const QJsonObject written = toInterchange(*read);
    const Result<ResponseData> again = fromInterchange(compact(written), QStringLiteral("again"));
    fuzz::require(again.ok(), "toInterchange() of an accepted document to be accepted", again.error());
    fuzz::require(again->sameContent(*read) && toInterchange(*again) == written,
        "toInterchange() to give back the same response", QString::fromUtf8(compact(written)));
    QJsonObject hashed = written;
    hashed.remove(QStringLiteral("submitted_at"));
    fuzz::require(contentJson(*read) == compact(hashed), "contentJson() to equal QJsonDocument's bytes",
        QString::fromUtf8(contentJson(*read)));
    if (!validateResponse(*read, bundled()))
        return 0;
    const IndexedResponse indexed = indexResponse(bundled(), *read);
    IndexedResponse back;
    fuzz::require(back.readBytes(indexed.toBytes(), bundled()) && back == indexed,
        "a valid response's indexed answers to read back from their bytes");
    return 0;
}
