// Fuzz target: the sealed-file opener (models/security/sealedfile.h): readHeader, then open with the
// fixed key of tests/fuzz/fuzzkey.h. The seeds include files genuinely sealed to that key, so the
// fuzzer reaches the opened content; it cannot forge a sealed box (that would be a libsodium break),
// so changes behind the header end in "does not authenticate". Every input is also sealed and opened
// again: the round trip must give it back.

#include "tests/fuzz/fuzzkey.h"
#include "tests/fuzz/fuzzsupport.h"

#include "models/security/sealedfile.h"

using namespace panelist;

namespace {

const CoordinatorKey &key()
{
    static const CoordinatorKey k = fuzz::fuzzKey();
    return k;
}

void openInput(const QByteArray &input)
{
    const Result<SealedFile::Header> header = SealedFile::readHeader(input, QStringLiteral("input"));
    const Result<QByteArray> opened = SealedFile::open(input, key(), QStringLiteral("input"));
    if (!header) {
        fuzz::require(!opened.ok() && opened.error() == header.error(),
            "open() to refuse a file whose header is refused, with the same reason", opened.error());
        return;
    }
    fuzz::require(header->ciphertextOffset + header->contentBytes + SealedFile::SealOverhead == input.size(),
        "an accepted header to account for every byte of the file");
    if (opened)
        fuzz::require(
            opened->size() == header->contentBytes, "the opened content to be as long as announced");
    else
        fuzz::require(!opened.error().isEmpty(), "a refusal that says why");
}

void roundTrip(const QByteArray &input)
{
    const Result<QByteArray> sealed = SealedFile::seal(input, key().publicKey());
    fuzz::require(sealed.ok(), "any small content to be sealed", sealed.error());
    const Result<QByteArray> opened = SealedFile::open(*sealed, key(), QStringLiteral("sealed"));
    fuzz::require(opened.ok() && *opened == input, "sealed content to open as it was", opened.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initQt(argc, argv);
    key();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::inputBytes(data, size);
    openInput(input);
    roundTrip(input);
    return 0;
}
