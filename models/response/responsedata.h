#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace panelist {

// One rating: a scale value or "don't know". Unanswered items are absent from the maps below;
// they are never stored as a default value.
struct Rating
{
    bool dontKnow = false;
    int value = 0; // meaningful only when !dontKnow
    QDateTime answeredAt; // UTC; not part of equality

    static Rating of(int v) { return Rating { false, v, {} }; }
    static Rating unknown() { return Rating { true, 0, {} }; }
    bool sameAnswer(const Rating &o) const
    {
        return dontKnow == o.dontKnow && (dontKnow || value == o.value);
    }
};

// A submitted response's signature (docs/security.md, "Signatures"): the expert's Ed25519 public key
// and the signature over the response's content hash, both base64, as the response file's meta rows
// signer_public_key and signature hold them. Empty for an unsigned response (the working file, a file
// made by `response from-json` or simulate). Not part of the content: the signature signs it.
struct ResponseSignature
{
    QString publicKey;
    QString signature;

    bool isEmpty() const { return publicKey.isEmpty() && signature.isEmpty(); }
    friend bool operator==(const ResponseSignature &, const ResponseSignature &) = default;
};

namespace ResponseSignatureMeta {
inline const QString PublicKey = QStringLiteral("signer_public_key");
inline const QString Signature = QStringLiteral("signature");
} // namespace ResponseSignatureMeta

// Plain data of one expert's response, as stored in a response file and as the interchange JSON.
struct ResponseData
{
    QString instrumentFingerprint;
    QUuid respondentId;
    int revision = 0; // 0 until first submitted; each submit increments it
    QDateTime createdAt;
    QDateTime submittedAt; // null until submitted
    QStringList expertise; // expertise group ids
    QString name; // optional
    QString affiliation; // optional
    // The language the expert answered in: one of the instrument's languages() other than its main
    // one, chosen on the profile page; empty for the main language (and in files from before
    // instruments had languages).
    QString language;
    QMap<QString, QMap<QString, Rating>> effectiveness; // measure id -> area id -> rating
    QMap<QString, Rating> feasibility; // measure id -> rating
    QMap<QString, QString> comments; // measure id -> text (non-empty)
    QMap<QString, QStringList> combinations; // scope (area id or "overall") -> measure ids, in pick order
    ResponseSignature signature; // what the submitted file carries; not in the interchange JSON

    int answeredRatingCount() const;
    // Same answers (ignores answer times and created/submitted times).
    bool sameContent(const ResponseData &o) const;
};

} // namespace panelist
