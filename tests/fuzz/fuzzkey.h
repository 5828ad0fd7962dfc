#pragma once

// The coordinator key of the sealed-file target and its seeds (tests/fuzz/corpus/sealedfile): the
// secret key is the bytes 1 to 32, so the seeds sealed to it can be opened by every run, and made
// again with fuzz_seeds (tests/fuzz/fuzz_seeds.cpp). A key for tests only; nothing real is sealed to it.

#include "models/security/coordinatorkey.h"

#include <QDateTime>

namespace panelist::fuzz {

inline CoordinatorKey fuzzKey()
{
    QByteArray secret(CoordinatorKey::SecretKeyBytes, '\0');
    for (int i = 0; i < secret.size(); ++i)
        secret[i] = char(i + 1);
    const QDateTime created
        = QDateTime::fromString(QStringLiteral("2026-11-01T09:00:00.000Z"), Qt::ISODateWithMs);
    return *CoordinatorKey::fromSecretKey(SecretBytes::copyOf(secret), created);
}

} // namespace panelist::fuzz
