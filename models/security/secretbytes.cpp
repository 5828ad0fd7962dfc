#include "models/security/secretbytes.h"

#include <sodium.h>

#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace panelist {

Status initSodium()
{
    static std::once_flag once;
    static int result = -1;
    std::call_once(once, [] { result = sodium_init(); });
    // 1: another library in the process had already initialised it, which is as good.
    if (result < 0)
        return Status::failure(
            u"the cryptography library (libsodium) could not start: this system gives it no "
            u"source of random numbers"_s);
    return {};
}

SecretBytes::Buffer::~Buffer()
{
    sodium_free(data); // wipes the bytes before freeing them
}

SecretBytes SecretBytes::allocate(std::size_t size)
{
    SecretBytes s;
    if (size == 0 || !initSodium())
        return s;
    void *memory = sodium_malloc(size);
    if (!memory)
        return s;
    s.m_buffer = std::make_shared<Buffer>();
    s.m_buffer->data = static_cast<unsigned char *>(memory);
    s.m_buffer->size = size;
    sodium_memzero(memory, size);
    return s;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes s = allocate(std::size_t(bytes.size()));
    if (!s.isEmpty())
        std::memcpy(s.data(), bytes.data(), s.size());
    return s;
}

bool SecretBytes::equals(QByteArrayView other) const
{
    return std::size_t(other.size()) == size()
        && (isEmpty() || sodium_memcmp(data(), other.data(), size()) == 0);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace panelist
