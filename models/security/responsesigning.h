#pragma once

#include "models/security/identitykey.h"
#include "models/storage/responsestore.h"

#include <QByteArray>

namespace panelist {

// How an expert's Panelist submits a response (docs/security.md): the copy signed with identity and,
// when coordinatorKey (the survey's X25519 public key, 32 raw bytes) is not empty, sealed to it.
ResponseStore::SubmitOptions submitOptions(
    const IdentityKey &identity, const QByteArray &coordinatorKey = {});

} // namespace panelist
