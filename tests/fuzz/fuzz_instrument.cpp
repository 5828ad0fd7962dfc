// Fuzz target: the instrument reader (models/instrument/instrument.h, Instrument::fromJson), which
// reads every instrument a coordinator writes or a survey file carries. An accepted instrument must
// read back from its canonical JSON as the same instrument.

#include "tests/fuzz/fuzzsupport.h"

#include "models/instrument/instrument.h"

using namespace panelist;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const Result<Instrument> read
        = Instrument::fromJson(fuzz::inputBytes(data, size), QStringLiteral("input"));
    if (!read) {
        fuzz::require(!read.error().isEmpty(), "a refusal that says why");
        return 0;
    }
    const Result<Instrument> again = Instrument::fromJson(read->canonicalJson(), QStringLiteral("canonical"));
    fuzz::require(again.ok(), "the canonical JSON of an accepted instrument to be accepted", again.error());
    fuzz::require(
        again->canonicalJson() == read->canonicalJson() && again->fingerprint() == read->fingerprint(),
        "the canonical JSON to read back as the same instrument", QString::fromUtf8(read->canonicalJson()));
    return 0;
}
