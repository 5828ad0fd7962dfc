#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace panelist {

// sodium_init(), once per process and thread-safe; every function of this library calls it first.
// Fails only when the system cannot give libsodium its random source.
Status initSodium();

// Secret bytes (a secret key, a key derived from a passphrase, the passphrase itself) kept in memory
// from sodium_malloc(): guard pages around it, locked out of swap where the system allows, and wiped
// by sodium_free() when the last copy goes. Copies share the one buffer, so a key can be handed around
// without leaving copies of the secret behind. A default-constructed one is empty.
class SecretBytes
{
public:
    SecretBytes() = default;
    // size bytes, zero-filled; empty when the memory could not be had (check isEmpty() against size).
    static SecretBytes allocate(std::size_t size);
    // A copy of bytes; the caller wipes its own copy (sodium_memzero) when it is a secret too.
    static SecretBytes copyOf(QByteArrayView bytes);

    std::size_t size() const { return m_buffer ? m_buffer->size : 0; }
    bool isEmpty() const { return size() == 0; }
    const unsigned char *data() const { return m_buffer ? m_buffer->data : nullptr; }
    // Writable while the secret is being made; the buffer is shared by every copy.
    unsigned char *data() { return m_buffer ? m_buffer->data : nullptr; }
    QByteArrayView view() const { return { reinterpret_cast<const char *>(data()), qsizetype(size()) }; }
    // Constant-time comparison (sodium_memcmp).
    bool equals(QByteArrayView other) const;

private:
    struct Buffer
    {
        unsigned char *data = nullptr;
        std::size_t size = 0;
        ~Buffer();
    };
    std::shared_ptr<Buffer> m_buffer;
};

// Overwrites bytes with zeros in a way the compiler keeps (sodium_memzero), for the ordinary copies
// a secret passes through on its way into SecretBytes.
void wipe(QByteArray &bytes);

} // namespace panelist
