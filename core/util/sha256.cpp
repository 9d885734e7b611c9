#include "core/util/sha256.h"

#include <openssl/evp.h>

#include <new>

namespace MotCua
{

struct Sha256::Context
{
    EVP_MD_CTX *ctx = nullptr;
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Context>())
{
    m_ctx->ctx = EVP_MD_CTX_new();
    // Only an allocation failure can make these fail, and nothing sensible goes on without a hash.
    if (!m_ctx->ctx || EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr) != 1)
        throw std::bad_alloc();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_ctx->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int n = 0;
    EVP_DigestFinal_ex(m_ctx->ctx, reinterpret_cast<unsigned char *>(out.data()), &n);
    return out;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int n = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(out.data()), &n, EVP_sha256(),
                   nullptr) != 1)
        throw std::bad_alloc();
    return out;
}

QString Sha256::hex(QByteArrayView bytes)
{
    return QString::fromLatin1(hash(bytes).toHex());
}

} // namespace MotCua
